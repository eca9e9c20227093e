<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdhocDialog</name>
    <message>
        <source>Ad-hoc charge for {unit}</source>
        <translation>临时收费 {unit}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Repair order</source>
        <translation>维修单</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Transaction no.</source>
        <translation>交易流水号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>交款人</translation>
    </message>
</context>
<context>
    <name>ApplyDialog</name>
    <message>
        <source>{kind} deposit {ref}: {held} yuan held</source>
        <translation>{kind}押金 {ref}：在押 {held} 元</translation>
    </message>
    <message>
        <source>Refund of a unit's prepayment balance</source>
        <translation>退还房屋的预存款余额</translation>
    </message>
    <message>
        <source>Apply for refund</source>
        <translation>申请退款</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Refundable</source>
        <translation>可退金额</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>领款人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No such unit</source>
        <translation>无此房屋</translation>
    </message>
</context>
<context>
    <name>ApplyDiscountDialog</name>
    <message>
        <source>Apply for discount</source>
        <translation>申请减免</translation>
    </message>
    <message>
        <source>{quarter} {item}: {owed} yuan owed</source>
        <translation>{quarter} {item}：尚欠 {owed} 元</translation>
    </message>
    <message>
        <source>(no rule)</source>
        <translation>（不按规则）</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>减免规则</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>减免原因</translation>
    </message>
</context>
<context>
    <name>ArrearsTab</name>
    <message>
        <source>All arrears</source>
        <translation>全部欠费</translation>
    </message>
    <message>
        <source>Owing {bucket} or older</source>
        <translation>欠费{bucket}及更久</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近催缴</translation>
    </message>
    <message>
        <source>Dunning letters for ticked units…</source>
        <translation>为勾选的房屋开催缴通知单…</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>记录联系…</translation>
    </message>
    <message>
        <source>Show full mobile…</source>
        <translation>查看完整电话…</translation>
    </message>
    <message>
        <source>Finance report…</source>
        <translation>财务报表…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>The units listed: as of the date shown and narrowed to the age chosen, which the sheet's title row states</source>
        <translation>导出列表中的房屋：截至所示日期、按所选账龄筛选，表头注明所用筛选</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Dunning register:</source>
        <translation>催缴登记表：</translation>
    </message>
    <message>
        <source>{n} units owe {total} yuan</source>
        <translation>{n} 户欠费 {total} 元</translation>
    </message>
    <message>
        <source>(not yet due, not counted: {n} units, {total} yuan)</source>
        <translation>（另有未到缴费期限、不计欠费：{n} 户 {total} 元）</translation>
    </message>
    <message>
        <source>Export arrears ageing</source>
        <translation>导出欠费账龄表</translation>
    </message>
    <message>
        <source>{n} rows written to {path}</source>
        <translation>已导出 {n} 行到 {path}</translation>
    </message>
    <message>
        <source>Dunning</source>
        <translation>催缴</translation>
    </message>
    <message>
        <source>Tick the units to send letters to.</source>
        <translation>请先勾选要催缴的房屋。</translation>
    </message>
    <message>
        <source>Number and print {n} dunning letters?</source>
        <translation>编号并打印 {n} 份催缴通知单？</translation>
    </message>
    <message>
        <source>None of the ticked units owes anything past its payment deadline: no dunning letter was issued.</source>
        <translation>勾选的房屋都没有已过缴费期限的欠费，未开催缴通知单。</translation>
    </message>
    <message>
        <source>{n} dunning letters numbered; {k} ticked units owe nothing past its deadline and got none.</source>
        <translation>已编号催缴通知单 {n} 份；另有 {k} 户勾选的房屋没有已过缴费期限的欠费，未开。</translation>
    </message>
    <message>
        <source>Dunning letters</source>
        <translation>催缴通知单</translation>
    </message>
    <message>
        <source>{unit}: no owner's phone on file.</source>
        <translation>{unit}：档案中没有业主电话。</translation>
    </message>
    <message>
        <source>Whose mobile?</source>
        <translation>查看哪位业主的手机号？</translation>
    </message>
</context>
<context>
    <name>BillingSection</name>
    <message>
        <source>Quarter</source>
        <translation>账期</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>尚欠</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Contact method</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>联系结果</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺日期</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Dunning contacts</source>
        <translation>催缴记录</translation>
    </message>
    <message>
        <source>Take payment…</source>
        <translation>收费…</translation>
    </message>
    <message>
        <source>Fee notice…</source>
        <translation>收费通知单…</translation>
    </message>
    <message>
        <source>The fee notice of the latest billed quarter, with what is still owed</source>
        <translation>最近一个已出账季度的收费通知单，列明尚欠金额</translation>
    </message>
    <message>
        <source>Print statement…</source>
        <translation>打印对账单…</translation>
    </message>
    <message>
        <source>The unit's statement of account: bills, payments, discounts and voided receipts of a period with the running balance</source>
        <translation>本户的业户费用对账单：一段期间内的账单、缴费、减免和作废收据，逐笔结出尚欠余额</translation>
    </message>
    <message>
        <source>Apply for discount…</source>
        <translation>申请减免…</translation>
    </message>
    <message>
        <source>A discount on the owed line chosen above, for a supervisor to approve</source>
        <translation>对上面选中的欠费明细申请减免/优惠，由客服主管审批</translation>
    </message>
    <message>
        <source>Owed {owed} yuan; prepayment {pre} yuan; {n} receipts</source>
        <translation>尚欠 {owed} 元；预存款 {pre} 元；收据 {n} 张</translation>
    </message>
    <message>
        <source>Fee notice</source>
        <translation>收费通知单</translation>
    </message>
    <message>
        <source>Apply for discount</source>
        <translation>申请减免</translation>
    </message>
    <message>
        <source>Choose an owed line first.</source>
        <translation>请先选择一条欠费明细。</translation>
    </message>
</context>
<context>
    <name>BillingStatement</name>
    <message>
        <source>Statement of account {unit}</source>
        <translation>业户费用对账单 {unit}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Statement of account {unit} ({start} to {end})</source>
        <translation>业户费用对账单 {unit}（{start} 至 {end}）</translation>
    </message>
    <message>
        <source>What the unit was billed, paid and granted in the period, with the running balance and what it owed at the end of the last day; the prepayment balance and the deposits held are listed apart.</source>
        <translation>列出本户在期间内的应收、实收和减免，逐笔结出尚欠余额，以及截止日期日终的尚欠金额；预存款余额和在押押金另列。</translation>
    </message>
</context>
<context>
    <name>BillingView</name>
    <message>
        <source>Counter</source>
        <translation>前台收费</translation>
    </message>
    <message>
        <source>Meter readings</source>
        <translation>抄表</translation>
    </message>
    <message>
        <source>Bill run &amp;&amp; notices</source>
        <translation>出账与通知单</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Deposits ledger</source>
        <translation>押金台账</translation>
    </message>
    <message>
        <source>Daily handover</source>
        <translation>费用移交</translation>
    </message>
    <message>
        <source>Arrears &amp;&amp; dunning</source>
        <translation>欠费催缴</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>减免</translation>
    </message>
    <message>
        <source>Fee standards</source>
        <translation>收费标准</translation>
    </message>
</context>
<context>
    <name>CombinedDialog</name>
    <message>
        <source>Combined payment for one owner's units</source>
        <translation>合并缴费（同一业主的多户）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>尚欠</translation>
    </message>
    <message>
        <source>Total of the ticked lines</source>
        <translation>所选费用合计</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Transaction no.</source>
        <translation>交易流水号</translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation>实收现金</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>交款人</translation>
    </message>
    <message>
        <source>One receipt per unit, numbered one after another, each with the same combined-payment number.</source>
        <translation>每户一张收据，编号连续，每张印同一合并缴费号。</translation>
    </message>
    <message>
        <source>{unit}: year-ahead offer “{rule}”: {months} months off, {off} yuan</source>
        <translation>{unit}：预交一年优惠（{rule}）：减 {months} 个月 ¥{off}</translation>
    </message>
    <message>
        <source>{due} yuan for {n} units</source>
        <translation>{n} 户共 {due} 元</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Dunning contact: {unit}</source>
        <translation>催缴联系记录：{unit}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Contact method</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>联系结果</translation>
    </message>
    <message>
        <source>Promised to pay by</source>
        <translation>承诺缴费日期</translation>
    </message>
</context>
<context>
    <name>CounterTab</name>
    <message>
        <source>Unit code, e.g. 3-1-101, then Enter</source>
        <translation>房号，如 3-1-101，回车</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>账期</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>计费依据</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>尚欠</translation>
    </message>
    <message>
        <source>Waive late fee…</source>
        <translation>减免滞纳金…</translation>
    </message>
    <message>
        <source>Put the excess on the prepayment balance</source>
        <translation>余额转预存</translation>
    </message>
    <message>
        <source>Take payment (Ctrl+Enter)</source>
        <translation>收款（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>实收金额</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Transaction no.</source>
        <translation>交易流水号</translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation>实收现金</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Use prepayment</source>
        <translation>使用预存款</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>缴款人</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Void: {reason}</source>
        <translation>作废：{reason}</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>重印</translation>
    </message>
    <message>
        <source>Preview, then print</source>
        <translation>预览后打印</translation>
    </message>
    <message>
        <source>Print directly</source>
        <translation>直接打印</translation>
    </message>
    <message>
        <source>Do not print</source>
        <translation>不打印</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>All receipts…</source>
        <translation>全部收据…</translation>
    </message>
    <message>
        <source>Receipts of this unit, last 12 months</source>
        <translation>本户近一年收据</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Ad-hoc charge…</source>
        <translation>临时收费…</translation>
    </message>
    <message>
        <source>Combined payment…</source>
        <translation>合并缴费…</translation>
    </message>
    <message>
        <source>Print statement…</source>
        <translation>打印对账单…</translation>
    </message>
    <message>
        <source>The unit's statement of account: bills, payments, discounts and voided receipts of a period with the running balance</source>
        <translation>本户的业户费用对账单：一段期间内的账单、缴费、减免和作废收据，逐笔结出尚欠余额</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>No unit {code}</source>
        <translation>没有房号 {code}</translation>
    </message>
    <message>
        <source>{unit}  {owners}  owed {owed} yuan  prepayment {pre} yuan</source>
        <translation>{unit}　{owners}　尚欠 {owed} 元　预存款 {pre} 元</translation>
    </message>
    <message>
        <source>Selected {n} lines, {due} yuan</source>
        <translation>已选 {n} 项，{due} 元</translation>
    </message>
    <message>
        <source>Year-ahead offer “{rule}”: {months} months off, {off} yuan; to pay {pay} yuan</source>
        <translation>预交一年优惠（{rule}）：减 {months} 个月 ¥{off}，实收 ¥{pay}</translation>
    </message>
    <message>
        <source>Combined payment</source>
        <translation>合并缴费</translation>
    </message>
    <message>
        <source>The owners of {unit} own no other unit.</source>
        <translation>{unit} 的业主名下没有其他房屋。</translation>
    </message>
    <message>
        <source>This PC has no default printer: the receipt is shown to print or save instead.</source>
        <translation>这台电脑没有默认打印机：收据改为预览，可从预览中打印或另存为 PDF。</translation>
    </message>
    <message>
        <source>Receipt {no}</source>
        <translation>收据 {no}</translation>
    </message>
    <message>
        <source>Reprint of receipt {no}</source>
        <translation>补打收据 {no}</translation>
    </message>
    <message>
        <source>Waive late fee</source>
        <translation>减免滞纳金</translation>
    </message>
    <message>
        <source>Reason for waiving {amount} yuan of {item} ({quarter}):</source>
        <translation>减免 {quarter} {item} {amount} 元的原因：</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已移交</translation>
    </message>
    <message>
        <source>{no} is part of combined payment {group}. Voiding it voids all its receipts ({numbers}, {total} yuan); they stay on record marked void and the amounts are owed again. Void them all?</source>
        <translation>{no} 属于合并缴费 {group}。作废它将同时作废该笔缴费的全部收据（{numbers}，共 {total} 元）；收据保留并标记作废，金额恢复为欠费。全部作废吗？</translation>
    </message>
    <message>
        <source>{no} is void already</source>
        <translation>{no} 已作废</translation>
    </message>
    <message>
        <source>{no} was handed over to finance: only a supervisor voids it</source>
        <translation>{no} 已移交财务：只有主管可以作废</translation>
    </message>
    <message>
        <source>Void receipt</source>
        <translation>作废收据</translation>
    </message>
    <message>
        <source>Reason for voiding {no} ({amount} yuan):</source>
        <translation>作废 {no}（{amount} 元）的原因：</translation>
    </message>
    <message>
        <source>Void {no}? It stays on record marked void and the amount is owed again.</source>
        <translation>作废 {no}？收据保留并标记作废，金额重新计入欠费。</translation>
    </message>
</context>
<context>
    <name>DepositReserved</name>
    <message>
        <source>refund {no} ({state}, applied by {who}) {amount}</source>
        <translation>退款 {no}（{state}，{who}申请）{amount} 元</translation>
    </message>
    <message>
        <source>forfeit ({state}, applied by {who}: {reason}) {amount}</source>
        <translation>没收（{state}，{who}申请：{reason}）{amount} 元</translation>
    </message>
    <message>
        <source>{free} yuan free; set aside: {lines}</source>
        <translation>尚可申请 {free} 元；已被占用：{lines}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已占用</translation>
    </message>
</context>
<context>
    <name>DepositsTab</name>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Unit, payer or paper no.</source>
        <translation>房号、交款人或单据号</translation>
    </message>
    <message>
        <source>Apply for refund…</source>
        <translation>申请退款…</translation>
    </message>
    <message>
        <source>Forfeit…</source>
        <translation>没收…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Applied by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Approve forfeit</source>
        <translation>批准没收</translation>
    </message>
    <message>
        <source>Refuse forfeit…</source>
        <translation>驳回没收…</translation>
    </message>
    <message>
        <source>Forfeits waiting for approval</source>
        <translation>待审批的没收申请</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>交款人</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>收取日期</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>账龄（天）</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>收取金额</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退还</translation>
    </message>
    <message>
        <source>Forfeited</source>
        <translation>已没收</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>在押金额</translation>
    </message>
    <message>
        <source>Refund condition</source>
        <translation>退还条件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>{kind} {n}: {held} yuan</source>
        <translation>{kind} {n} 笔：{held} 元</translation>
    </message>
    <message>
        <source>{n} deposits; held by kind: {parts}</source>
        <translation>共 {n} 笔；按类别在押：{parts}</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>押金台账</translation>
    </message>
    <message>
        <source>Choose a deposit in the list first.</source>
        <translation>请先在列表中选择一笔押金。</translation>
    </message>
    <message>
        <source>Forfeit {amount} yuan of {deposit} ({reason}, applied by {by})? It cannot be undone.</source>
        <translation>没收 {amount} 元（{deposit}，{reason}，申请人 {by}）？没收后不能撤回。</translation>
    </message>
    <message>
        <source>Refuse forfeit</source>
        <translation>驳回没收申请</translation>
    </message>
    <message>
        <source>Reason for refusing {amount} yuan of {deposit}:</source>
        <translation>驳回没收 {deposit} 的 {amount} 元，理由：</translation>
    </message>
    <message>
        <source>Export deposits ledger</source>
        <translation>导出押金台账</translation>
    </message>
    <message>
        <source>{n} rows written to {path}</source>
        <translation>已写入 {n} 行：{path}</translation>
    </message>
</context>
<context>
    <name>DiscountsTab</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>减免金额</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>减免规则</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>减免原因</translation>
    </message>
    <message>
        <source>Applied by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>审批时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Discount rules…</source>
        <translation>减免规则…</translation>
    </message>
    <message>
        <source>{n} applications</source>
        <translation>共 {n} 条申请</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>减免</translation>
    </message>
    <message>
        <source>Choose an application in the list first.</source>
        <translation>请先在列表中选择一条申请。</translation>
    </message>
    <message>
        <source>Approve discount</source>
        <translation>批准减免</translation>
    </message>
    <message>
        <source>Approve a discount of {amount} yuan on {unit} {quarter} {item}?</source>
        <translation>批准对 {unit} {quarter} {item} 减免 {amount} 元？</translation>
    </message>
    <message>
        <source>Refuse discount</source>
        <translation>驳回减免申请</translation>
    </message>
    <message>
        <source>Why is it refused?</source>
        <translation>驳回理由：</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Meter replaced or rolled over: {unit}</source>
        <translation>换表或表计翻转：{unit}</translation>
    </message>
    <message>
        <source>Meter replaced</source>
        <translation>换表</translation>
    </message>
    <message>
        <source>Meter rolled over</source>
        <translation>表计翻转</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Current reading</source>
        <translation>本期读数</translation>
    </message>
    <message>
        <source>Old meter final reading</source>
        <translation>旧表止数</translation>
    </message>
    <message>
        <source>New meter start reading</source>
        <translation>新表起数</translation>
    </message>
    <message>
        <source>Rolls over at</source>
        <translation>翻转值</translation>
    </message>
</context>
<context>
    <name>FinanceHandoverTab</name>
    <message>
        <source>Payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Voided after handover: deducted</source>
        <translation>移交后作废：冲减</translation>
    </message>
    <message>
        <source>Void: {reason}</source>
        <translation>作废：{reason}</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>In/out</source>
        <translation>收/退</translation>
    </message>
    <message>
        <source>Deposit taken</source>
        <translation>押金收取</translation>
    </message>
    <message>
        <source>Deposit returned</source>
        <translation>押金退还</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付款人</translation>
    </message>
    <message>
        <source>Transaction no.</source>
        <translation>交易流水号</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>收款日期</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <source>Received by (finance)</source>
        <translation>财务接收人</translation>
    </message>
    <message>
        <source>Difference explained</source>
        <translation>差异说明</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>移交…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Daily list by method…</source>
        <translation>按收款方式日清单…</translation>
    </message>
    <message>
        <source>Make vouchers…</source>
        <translation>生成凭证…</translation>
    </message>
    <message>
        <source>Past handovers…</source>
        <translation>往日移交表…</translation>
    </message>
    <message>
        <source>Hand over to finance</source>
        <translation>移交财务</translation>
    </message>
    <message>
        <source>Refunds paid out ({n})</source>
        <translation>支出/退款（{n} 笔）</translation>
    </message>
    <message>
        <source>Deposits taken ({n})</source>
        <translation>押金收取（{n} 笔）</translation>
    </message>
    <message>
        <source>Deposits returned ({n})</source>
        <translation>押金退还（{n} 笔）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>{cashier}, {day}: receipts {first} to {last}, {n} receipts, {total} yuan; cash expected {cash} yuan.</source>
        <translation>{cashier}，{day}：收据 {first} 至 {last}，共 {n} 张，{total} 元；应有现金 {cash} 元。</translation>
    </message>
    <message>
        <source>Nothing to hand over.</source>
        <translation>没有需要移交的收据。</translation>
    </message>
    <message>
        <source>{day} was handed over at {time} to {who}. Taken since: {n} receipts, {total} yuan — they go on the next day's sheet.</source>
        <translation>{day} 已于 {time} 移交给 {who}。之后收的 {n} 张收据、{total} 元计入下一天的移交表。</translation>
    </message>
    <message>
        <source>{day}: {n} receipts, {total} yuan{after}</source>
        <translation>{day}：{n} 张收据，{total} 元{after}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source> (taken after its sheet)</source>
        <translation>（当日移交后所收）</translation>
    </message>
    <message>
        <source>Money of {n} days is not handed over yet — {days}.</source>
        <translation>有 {n} 天的收款尚未移交——{days}。</translation>
    </message>
    <message>
        <source>Hand over one sheet a day, the oldest first, each dated its own day (its vouchers fall in its own month). This sheet is {day}'s.</source>
        <translation>请一天一张移交表，从最早的一天交起，各记其日（记账凭证记入各自的月份）。本表为 {day} 的移交表。</translation>
    </message>
    <message>
        <source>This sheet carries the money of {days}.</source>
        <translation>本表含 {days} 的收款。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Money of {day} stays in the vouchers of its own month.</source>
        <translation>{day} 的收款仍记入其所属月份的记账凭证。</translation>
    </message>
    <message>
        <source>count the drawer: {cash} yuan expected</source>
        <translation>请点清现金后填写（应有 {cash} 元）</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>费用移交</translation>
    </message>
    <message>
        <source>Hand over the sheet of {day}: {n} receipts, {total} yuan, and {cash} yuan cash counted to {who}? The day is frozen afterwards.</source>
        <translation>将 {day} 的 {n} 张收据、共 {total} 元及实点现金 {cash} 元移交给 {who}？移交后当日收据即冻结。</translation>
    </message>
    <message>
        <source>Cash short by {diff} yuan (expected {expected} yuan): {why}</source>
        <translation>短款 {diff} 元（应有现金 {expected} 元）：{why}</translation>
    </message>
    <message>
        <source>Cash over by {diff} yuan (expected {expected} yuan): {why}</source>
        <translation>长款 {diff} 元（应有现金 {expected} 元）：{why}</translation>
    </message>
    <message>
        <source>Daily list by method</source>
        <translation>收款方式日清单</translation>
    </message>
    <message>
        <source>{n} receipts written to {path}</source>
        <translation>已写入 {n} 张收据：{path}</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>费用入账和费用移交表</translation>
    </message>
    <message>
        <source>Handover (reprint)</source>
        <translation>费用入账和费用移交表（补打）</translation>
    </message>
</context>
<context>
    <name>FinanceReportDialog</name>
    <message>
        <source>Finance report</source>
        <translation>收费财务报表</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>日报</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>季报</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>A day in the period</source>
        <translation>期间内任一日期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>报表期间</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>Collection rate {rate}, household rate {households}, arrears cleared {cleared}.
Written to {pdf} and {xlsx}.</source>
        <translation>收费率 {rate}，户收费率 {households}，清缴率 {cleared}。
已写出 {pdf} 和 {xlsx}。</translation>
    </message>
    <message>
        <source>Making the finance report…</source>
        <translation>正在生成财务报表…</translation>
    </message>
</context>
<context>
    <name>ForfeitDialog</name>
    <message>
        <source>Forfeit deposit</source>
        <translation>没收押金</translation>
    </message>
    <message>
        <source>{kind} deposit {ref} of {payer}: {held} yuan held</source>
        <translation>{payer} 的{kind}押金 {ref}：在押 {held} 元</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Forfeit {amount} yuan of {ref} now? A supervisor's forfeit takes effect at once and cannot be undone.</source>
        <translation>现在没收 {ref} {amount} 元？主管没收立即生效，不能撤回。</translation>
    </message>
</context>
<context>
    <name>HandoverHistoryDialog</name>
    <message>
        <source>Handover {day} {cashier} (reprint)</source>
        <translation>费用移交表 {day} {cashier}（补打）</translation>
    </message>
    <message>
        <source>Past handovers to finance</source>
        <translation>往日费用移交表</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>Handed over at</source>
        <translation>移交时间</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>财务接收人</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收据张数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>应有现金</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Receipt numbers</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Difference explained</source>
        <translation>差异说明</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>(everyone)</source>
        <translation>（全部）</translation>
    </message>
    <message>
        <source>{n} handovers</source>
        <translation>共 {n} 张移交表</translation>
    </message>
</context>
<context>
    <name>HandoverSheetDialog</name>
    <message>
        <source>Handover {day}, {cashier}</source>
        <translation>费用移交表 {day}，{cashier}</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source> (carries the money of {days})</source>
        <translation>（含 {days} 的收款）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Handed over at</source>
        <translation>移交时间</translation>
    </message>
    <message>
        <source>Received by (finance)</source>
        <translation>财务接收人</translation>
    </message>
    <message>
        <source>{numbers} ({n} receipts)</source>
        <translation>{numbers}（{n} 张）</translation>
    </message>
    <message>
        <source>Receipt numbers</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>expected {expected}, counted {counted}, difference {difference}</source>
        <translation>应有 {expected}，实点 {counted}，差额 {difference}</translation>
    </message>
    <message>
        <source>Difference explained</source>
        <translation>差异说明</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Day of the money</source>
        <translation>收款日期</translation>
    </message>
    <message>
        <source>Refund no.</source>
        <translation>退款单号</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>领款人</translation>
    </message>
    <message>
        <source>Receipts ({n})</source>
        <translation>收据（{n} 张）</translation>
    </message>
    <message>
        <source>Refunds paid out ({n})</source>
        <translation>支出/退款（{n} 笔）</translation>
    </message>
    <message>
        <source>Deposits taken and returned ({n})</source>
        <translation>押金收取/退还（{n} 笔）</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <source>Voided after its handover: deducted</source>
        <translation>移交后作废：冲减</translation>
    </message>
    <message>
        <source>Void: {reason}</source>
        <translation>作废：{reason}</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>HistoryBox</name>
    <message>
        <source>Date</source>
        <translation>缴费日期</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>所属期间</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>应缴</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实缴</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Old system's payments ({n})</source>
        <translation>原系统缴费记录（{n} 笔）</translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Request, unit, title or invoice no.</source>
        <translation>申请编号、房号、抬头或发票号码</translation>
    </message>
    <message>
        <source>Request no.</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Invoice title</source>
        <translation>发票抬头</translation>
    </message>
    <message>
        <source>Tax no.</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>所引收据</translation>
    </message>
    <message>
        <source>Water (collected)</source>
        <translation>代收水费</translation>
    </message>
    <message>
        <source>Property fee and other</source>
        <translation>物业费及其他</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>Request invoice…</source>
        <translation>申请开票…</translation>
    </message>
    <message>
        <source>Record invoice no.…</source>
        <translation>登记发票号…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>Export pending list…</source>
        <translation>导出待开票清单…</translation>
    </message>
    <message>
        <source>{n} requests</source>
        <translation>共 {n} 条申请</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Choose a request in the list first.</source>
        <translation>请先在列表中选择一条开票申请。</translation>
    </message>
    <message>
        <source>Withdraw request</source>
        <translation>撤回开票申请</translation>
    </message>
    <message>
        <source>Reason for withdrawing {no}:</source>
        <translation>撤回 {no} 的原因：</translation>
    </message>
    <message>
        <source>Export pending list</source>
        <translation>导出待开票清单</translation>
    </message>
    <message>
        <source>{n} rows written to {path}</source>
        <translation>已写入 {n} 行：{path}</translation>
    </message>
</context>
<context>
    <name>IssuedDialog</name>
    <message>
        <source>Record the invoice issued</source>
        <translation>登记发票号</translation>
    </message>
    <message>
        <source>Request {no}, {title}: {amount} yuan</source>
        <translation>开票申请 {no}，{title}：{amount} 元</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>Invoice amount (tax included)</source>
        <translation>发票金额（价税合计）</translation>
    </message>
</context>
<context>
    <name>PayDialog</name>
    <message>
        <source>Pay out refund</source>
        <translation>退款付款</translation>
    </message>
    <message>
        <source>Refund {no}: {amount} yuan to {payee}</source>
        <translation>退款 {no}：付给 {payee} {amount} 元</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Transaction no.</source>
        <translation>交易流水号</translation>
    </message>
</context>
<context>
    <name>ReadingGridModel</name>
    <message>
        <source>Unit / meter</source>
        <translation>房号/表名</translation>
    </message>
    <message>
        <source>Meter no.</source>
        <translation>表号</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上期读数</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>本期读数</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Billed, locked</source>
        <translation>已计费，锁定</translation>
    </message>
    <message>
        <source>To confirm or re-read</source>
        <translation>待确认或复抄</translation>
    </message>
    <message>
        <source>First reading: the meter starts here, no usage billed</source>
        <translation>起始读数：从此读数起计，本次不计用量</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已抄</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>{unit} {value} saved with a flag: {why}. No bill uses it until it is confirmed (Confirm reading…) or read again.</source>
        <translation>{unit} {value} 已保存，但有标记：{why}。确认读数（“确认读数…”）或复抄之前，不会用于出账。</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>未抄</translation>
    </message>
</context>
<context>
    <name>ReadingsTab</name>
    <message>
        <source>Water</source>
        <translation>水表</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>电表</translation>
    </message>
    <message>
        <source>Shared meters</source>
        <translation>公共表</translation>
    </message>
    <message>
        <source>Set up meters…</source>
        <translation>建立表具…</translation>
    </message>
    <message>
        <source>Confirm reading…</source>
        <translation>确认读数…</translation>
    </message>
    <message>
        <source>Replaced / rolled over…</source>
        <translation>换表/翻转…</translation>
    </message>
    <message>
        <source>Print re-read list</source>
        <translation>打印复抄清单</translation>
    </message>
    <message>
        <source>Print reading sheet</source>
        <translation>打印抄表单</translation>
    </message>
    <message>
        <source>Import readings…</source>
        <translation>导入读数…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>表类型</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>{read} of {n} meters read</source>
        <translation>已抄 {read} / {n} 块表</translation>
    </message>
    <message>
        <source>; {w} flagged readings to confirm or re-read</source>
        <translation>；{w} 条标记读数待确认或复抄</translation>
    </message>
    <message>
        <source>{n} units of this building have no {kind} meter yet: {codes}</source>
        <translation>本楼有 {n} 户还没有{kind}：{codes}</translation>
    </message>
    <message>
        <source>Set up meters</source>
        <translation>建立表具</translation>
    </message>
    <message>
        <source>Set up a {kind} meter for every unit of building {building} that has none? They are numbered after the unit (S-/D-unit code).</source>
        <translation>为 {building} 栋所有还没有{kind}的房屋建立{kind}？表号按房号编为 S-/D-房号。</translation>
    </message>
    <message>
        <source>Saved: {what}</source>
        <translation>已保存：{what}</translation>
    </message>
    <message>
        <source>{unit}: this reading has no flag to confirm.</source>
        <translation>{unit}：该读数没有标记，无需确认。</translation>
    </message>
    <message>
        <source>Confirm reading</source>
        <translation>确认读数</translation>
    </message>
    <message>
        <source>{unit} {value} ({flags}).
Why is it right? (e.g. read again on site, leak reported)</source>
        <translation>{unit} {value}（{flags}）。
为什么读数无误？（如 已上门复抄、漏水已报修）</translation>
    </message>
    <message>
        <source>Confirmed: {unit} {value}; bills may use it.</source>
        <translation>已确认：{unit} {value}，可用于出账。</translation>
    </message>
    <message>
        <source>Reading sheet</source>
        <translation>抄表记录表</translation>
    </message>
    <message>
        <source>Re-read list</source>
        <translation>复抄清单</translation>
    </message>
</context>
<context>
    <name>ReceiptsTab</name>
    <message>
        <source>Receipt no., unit, payer or transaction no.</source>
        <translation>收据号、房号、缴款人或交易流水号</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>缴款人</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Transaction no.</source>
        <translation>交易流水号</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Voided at</source>
        <translation>作废时间</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>Reprint of receipt {no}</source>
        <translation>补打收据 {no}</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>The receipts of the days and search shown, which the sheet's title row states</source>
        <translation>导出所示日期与检索条件下的收据，表头注明所用条件</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>重印</translation>
    </message>
    <message>
        <source>Pre-printed form test page</source>
        <translation>套打校准页</translation>
    </message>
    <message>
        <source>Print on a blank 241 mm form, then set the pre-printed form offsets in the settings</source>
        <translation>在空白 241 毫米收据上打印，再在系统设置中调整套打偏移</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>{n} receipts</source>
        <translation>共 {n} 张收据</translation>
    </message>
    <message>
        <source>Export receipt register</source>
        <translation>导出收据登记表</translation>
    </message>
    <message>
        <source>{n} rows written to {path}</source>
        <translation>已导出 {n} 行到 {path}</translation>
    </message>
</context>
<context>
    <name>RefundsTab</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Refund no., unit or payee</source>
        <translation>退款单号、房号或领款人</translation>
    </message>
    <message>
        <source>Refund no.</source>
        <translation>退款单号</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Applied by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>From</source>
        <translation>退款来源</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>领款人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Transaction no.</source>
        <translation>交易流水号</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <source>Apply for refund…</source>
        <translation>申请退款…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Pay out…</source>
        <translation>付款…</translation>
    </message>
    <message>
        <source>Print refund form</source>
        <translation>打印退款单</translation>
    </message>
    <message>
        <source>{n} refunds</source>
        <translation>共 {n} 笔退款</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Choose a refund in the list first.</source>
        <translation>请先在列表中选择一笔退款。</translation>
    </message>
    <message>
        <source>Approve refund</source>
        <translation>批准退款</translation>
    </message>
    <message>
        <source>Approve refund {no} of {amount} yuan to {payee}? Note (optional):</source>
        <translation>批准退款 {no}：付给 {payee} {amount} 元？审批意见（可不填）：</translation>
    </message>
    <message>
        <source>Refuse refund</source>
        <translation>驳回退款</translation>
    </message>
    <message>
        <source>Reason for refusing {no}:</source>
        <translation>驳回 {no} 的理由：</translation>
    </message>
    <message>
        <source>Refund form {no}</source>
        <translation>退款单 {no}</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Request an invoice</source>
        <translation>申请开票</translation>
    </message>
    <message>
        <source>Receipt nos.</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>SJ2026-000001, SJ2026-000002</source>
        <translation>SJ2026-000001, SJ2026-000002</translation>
    </message>
    <message>
        <source>Invoice title</source>
        <translation>发票抬头</translation>
    </message>
    <message>
        <source>Tax no. (empty for a person)</source>
        <translation>税号（个人留空）</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>Discount rule</source>
        <translation>减免规则</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>规则名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Months off / per cent</source>
        <translation>优惠月数 / 减免比例（%）</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Discount rules</source>
        <translation>减免规则</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>规则名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>New rule…</source>
        <translation>新建规则…</translation>
    </message>
    <message>
        <source>Change rule…</source>
        <translation>修改规则…</translation>
    </message>
</context>
<context>
    <name>RunTab</name>
    <message>
        <source>Bill the rest, leave units with missing readings for later</source>
        <translation>先为其余房屋出账，缺读数的房屋以后再出</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Post bills…</source>
        <translation>出账…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>New bill</source>
        <translation>新账单</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>计费依据</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Missing readings and readings to confirm</source>
        <translation>缺抄及待确认读数</translation>
    </message>
    <message>
        <source>Left for later: {n} units, readings missing or to confirm ({held} to confirm); not billed in this run.</source>
        <translation>暂缓：{n} 户缺读数或读数待确认，其中待确认读数 {held} 户；本次不出账。</translation>
    </message>
    <message>
        <source>Posting waits for the missing readings: enter them (抄表), or tick “{rest}” to bill the other units now.</source>
        <translation>缺读数，暂不能出账：请先录入读数（抄表），或勾选“{rest}”，先为其余房屋出账。</translation>
    </message>
    <message>
        <source>{n} units with missing readings or readings to confirm are left for later.</source>
        <translation>{n} 户因读数缺失或待确认，留待以后出账。</translation>
    </message>
    <message>
        <source>Whole community</source>
        <translation>全小区</translation>
    </message>
    <message>
        <source>Choose the quarter and press Preview (F9): every unit's bill and the totals by fee item are shown first; nothing is written until you post.</source>
        <translation>选择账期后点「预览」（F9）：先列出每户账单和各收费项目合计，点「出账」之前不写入任何数据。</translation>
    </message>
    <message>
        <source>By setting</source>
        <translation>按系统设置</translation>
    </message>
    <message>
        <source>Include paid-up units</source>
        <translation>含已缴清</translation>
    </message>
    <message>
        <source>Units that owe nothing get a notice marked 已缴清</source>
        <translation>不欠费的房屋也打印通知单，并注明“已缴清”</translation>
    </message>
    <message>
        <source>Print fee notices…</source>
        <translation>打印收费通知单…</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>账期</translation>
    </message>
    <message>
        <source>Fee notices for</source>
        <translation>收费通知单范围</translation>
    </message>
    <message>
        <source>Computing the bill run…</source>
        <translation>正在计算账单…</translation>
    </message>
    <message>
        <source>Preview cancelled; nothing was written.</source>
        <translation>已取消预览，没有写入任何内容。</translation>
    </message>
    <message>
        <source>To confirm: {h}</source>
        <translation>待确认：{h}</translation>
    </message>
    <message>
        <source>Problem: {p}</source>
        <translation>问题：{p}</translation>
    </message>
    <message>
        <source>Not billed, no hand-over date on file (业户档案 ▸ Edit unit): {codes}</source>
        <translation>未出账，档案中没有交房日期（业户档案 ▸ 修改房屋）：{codes}</translation>
    </message>
    <message>
        <source>{q}: {new} new bills, {adj} adjustments, {same} unchanged; total {total} yuan.  {items}</source>
        <translation>{q}：新账单 {new} 户，调整 {adj} 户，无变化 {same} 户；合计 {total} 元。　{items}</translation>
    </message>
    <message>
        <source>Post {n} bills for {q}, total {total} yuan? Posted bills cannot be edited; later changes become adjustments.</source>
        <translation>为 {q} 出账 {n} 张，合计 {total} 元？出账后账单不能修改，以后的变化将作为调整项。</translation>
    </message>
    <message>
        <source>Post bills</source>
        <translation>出账</translation>
    </message>
    <message>
        <source>Posting bills…</source>
        <translation>正在出账…</translation>
    </message>
    <message>
        <source>Posting cancelled: no bill was written; {q} is not posted.</source>
        <translation>已取消出账：没有写入任何账单，{q} 仍未出账。</translation>
    </message>
    <message>
        <source>Posted {n} bills ({adj} adjustments), total {total} yuan.</source>
        <translation>已出账 {n} 张（其中调整 {adj} 张），合计 {total} 元。</translation>
    </message>
    <message>
        <source>Fee notices</source>
        <translation>收费通知单</translation>
    </message>
    <message>
        <source>Printing fee notices…</source>
        <translation>正在生成收费通知单…</translation>
    </message>
    <message>
        <source>Fee notices cancelled: none were issued or printed for {q}.</source>
        <translation>已取消打印收费通知单：{q} 没有开具、也没有打印任何通知单。</translation>
    </message>
</context>
<context>
    <name>SharedMetersBox</name>
    <message>
        <source>Shared meters</source>
        <translation>公共表</translation>
    </message>
    <message>
        <source>Meter no.</source>
        <translation>表号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>表类型</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Whole community</source>
        <translation>全小区</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>分摊方式</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>总表</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Master meter: the units' own meters are taken off</source>
        <translation>总表：扣除其下分户表用量后再分摊</translation>
    </message>
    <message>
        <source>Add shared meter</source>
        <translation>添加公共表</translation>
    </message>
</context>
<context>
    <name>StandardWithdrawDialog</name>
    <message>
        <source>Withdraw standard</source>
        <translation>撤销收费标准</translation>
    </message>
    <message>
        <source>This standard will no longer be used: the bill run, its preview, the fee notices and the fee standards notice leave it out, and the standard before it applies again. It stays on the list marked withdrawn. Bills already made are not touched.</source>
        <translation>撤销后，出账、出账预览、缴费通知单和收费标准公示都不再使用这条标准，它之前的标准重新适用；它仍留在列表中，标为已撤销。已经出的账单不受影响。</translation>
    </message>
    <message>
        <source>{item} ({kind}) {rate} from {day}</source>
        <translation>{item}（{kind}）{rate}，自 {day} 起</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Unit kind</source>
        <translation>房屋类型</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <source>From</source>
        <translation>启用日期</translation>
    </message>
    <message>
        <source>e.g. unit price typed wrong, should be 2.05</source>
        <translation>如：单价录错，应为 2.05</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>撤销原因</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Withdraw {what}? Bills already made are not touched.</source>
        <translation>确定撤销 {what}？已经出的账单不受影响。</translation>
    </message>
</context>
<context>
    <name>StandardsTab</name>
    <message>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Unit kind</source>
        <translation>房屋类型</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <source>From</source>
        <translation>启用日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤销记录</translation>
    </message>
    <message>
        <source>Water tiers, e.g. 15:4.10, 25:5.60, :8.20</source>
        <translation>水费阶梯，如 15:4.10, 25:5.60, :8.20</translation>
    </message>
    <message>
        <source>Tiers per month</source>
        <translation>按月阶梯</translation>
    </message>
    <message>
        <source>Tiers per year</source>
        <translation>按年阶梯</translation>
    </message>
    <message>
        <source>Add standard</source>
        <translation>添加收费标准</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>阶梯</translation>
    </message>
    <message>
        <source>New standard</source>
        <translation>新收费标准</translation>
    </message>
    <message>
        <source>&amp;Withdraw standard…</source>
        <translation>撤销标准(&amp;W)…</translation>
    </message>
    <message>
        <source>Withdraw the chosen standard, entered by mistake, while no bill has used it</source>
        <translation>撤销选中的误录收费标准（仅限尚未用于出账的标准）</translation>
    </message>
    <message>
        <source>Fee standards notice…</source>
        <translation>收费标准公示…</translation>
    </message>
    <message>
        <source>{by} {at}: {reason}</source>
        <translation>{by} 于 {at} 撤销：{reason}</translation>
    </message>
    <message>
        <source>Withdraw standard</source>
        <translation>撤销收费标准</translation>
    </message>
    <message>
        <source>Choose the standard to withdraw in the list first.</source>
        <translation>请先在列表中选中要撤销的收费标准。</translation>
    </message>
</context>
<context>
    <name>TickButtons</name>
    <message>
        <source>Tick all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>全不选</translation>
    </message>
</context>
<context>
    <name>UnitReceiptsDialog</name>
    <message>
        <source>All receipts of {unit}</source>
        <translation>{unit} 全部收据</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>重印</translation>
    </message>
    <message>
        <source>{n} receipts</source>
        <translation>共 {n} 张收据</translation>
    </message>
</context>
<context>
    <name>VoucherDialog</name>
    <message>
        <source>Accounting vouchers</source>
        <translation>记账凭证</translation>
    </message>
    <message>
        <source>Kingdee K/3 (Excel)</source>
        <translation>金蝶 K/3 凭证引入（Excel）</translation>
    </message>
    <message>
        <source>UFIDA U8 (text, GBK)</source>
        <translation>用友 U8 凭证引入（文本，GBK 编码）</translation>
    </message>
    <message>
        <source>The whole month of this day</source>
        <translation>该日期所在的整月</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>No handovers to book in this period.</source>
        <translation>所选期间没有可生成凭证的费用移交。</translation>
    </message>
    <message>
        <source>{n} vouchers, {entries} entries written to {path}.
Debit {debit} = credit {credit} yuan; money handed over {money} yuan.</source>
        <translation>已生成 {n} 张凭证、{entries} 条分录，写入 {path}。
借方合计 {debit} 元 = 贷方合计 {credit} 元；移交收款 {money} 元。</translation>
    </message>
</context>
<context>
    <name>billing</name>
    <message>
        <source>Billing</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Fees and payments</source>
        <translation>收费与缴费</translation>
    </message>
    <message>
        <source>Fee standards notice</source>
        <translation>收费标准公示</translation>
    </message>
    <message>
        <source>Standards in force on</source>
        <translation>公示日期（执行中的标准）</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>The notice lists every fee standard in force on the day, the centre and the price complaint number 12358, for the notice board.</source>
        <translation>公示列出该日执行中的全部收费标准、服务中心名称和价格举报电话 12358，用于张贴公示栏（明码标价）。</translation>
    </message>
</context>
</TS>