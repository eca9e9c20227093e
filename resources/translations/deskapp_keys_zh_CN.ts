<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CardDialog</name>
    <message>
        <source>Issue a resident or access card</source>
        <translation>发放住户卡/门禁卡</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>卡类型</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持卡人</translation>
    </message>
    <message>
        <source>Fee (yuan)</source>
        <translation>工本费（元）</translation>
    </message>
    <message>
        <source>Deposit (yuan)</source>
        <translation>押金（元）</translation>
    </message>
</context>
<context>
    <name>CardsTab</name>
    <message>
        <source>Card, unit, plate or holder…</source>
        <translation>卡号、房号、车牌或持卡人…</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>全部卡类</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Expiring within 30 days</source>
        <translation>30 天内到期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>All, including ended</source>
        <translation>全部（含已注销）</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <source>&amp;Issue card…</source>
        <translation>发卡(&amp;I)…</translation>
    </message>
    <message>
        <source>Re&amp;new…</source>
        <translation>续期(&amp;N)…</translation>
    </message>
    <message>
        <source>Report &amp;lost…</source>
        <translation>挂失(&amp;L)…</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>补办(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Cancel card…</source>
        <translation>注销(&amp;C)…</translation>
    </message>
    <message>
        <source>Print plate &amp;slip…</source>
        <translation>打印车位牌(&amp;S)…</translation>
    </message>
    <message>
        <source>Issue vehicle car&amp;d…</source>
        <translation>发放车卡(&amp;D)…</translation>
    </message>
    <message>
        <source>Lost, not yet replaced</source>
        <translation>已挂失（待补办）</translation>
    </message>
    <message>
        <source>Hist&amp;ory…</source>
        <translation>卡证记录(&amp;O)…</translation>
    </message>
    <message>
        <source>Blank card stoc&amp;k…</source>
        <translation>空白卡入库(&amp;K)…</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡号</translation>
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
        <source>Holder</source>
        <translation>持卡人</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发卡日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>车位</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>月管理费</translation>
    </message>
    <message>
        <source>Paid up until</source>
        <translation>缴费至</translation>
    </message>
    <message>
        <source>Deposit held</source>
        <translation>押金（在押）</translation>
    </message>
    <message>
        <source>{n} cards, deposits held {held} yuan</source>
        <translation>共 {n} 张，押金在押 {held} 元</translation>
    </message>
    <message>
        <source>Choose a card in the list first.</source>
        <translation>请先在列表中选择一张卡。</translation>
    </message>
    <message>
        <source>Card {n} is a {kind}: only vehicle cards have this.</source>
        <translation>卡 {n} 是{kind}：只有车卡有此项。</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>续期</translation>
    </message>
    <message>
        <source>Report lost</source>
        <translation>挂失</translation>
    </message>
    <message>
        <source>Report card {n} lost</source>
        <translation>挂失卡 {n}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>补办</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>History of card {n}</source>
        <translation>卡 {n} 的记录</translation>
    </message>
    <message>
        <source>Cancel card</source>
        <translation>注销卡</translation>
    </message>
    <message>
        <source>Cancel card {n} for good?</source>
        <translation>确定注销卡 {n}？注销后不能恢复。</translation>
    </message>
    <message>
        <source>Its deposit of {d} yuan is then refunded or forfeited in Billing ▸ Deposits (Apply for refund… / Forfeit…).</source>
        <translation>注销后，该卡押金 {d} 元在 收费 ▸ 押金台账 退还或没收（申请退款… / 没收…）。</translation>
    </message>
    <message>
        <source>Cancel card {n}</source>
        <translation>注销卡 {n}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Plate slip</source>
        <translation>车位牌</translation>
    </message>
</context>
<context>
    <name>CustodyTab</name>
    <message>
        <source>Tag, unit or cabinet…</source>
        <translation>钥匙编号、房号或钥匙柜…</translation>
    </message>
    <message>
        <source>Show retired and handed over</source>
        <translation>显示已注销和已交还的钥匙</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <source>&amp;Lend…</source>
        <translation>借出(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>归还(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Move / edit…</source>
        <translation>移位/修改(&amp;M)…</translation>
    </message>
    <message>
        <source>Take into &amp;custody…</source>
        <translation>登记托管(&amp;C)…</translation>
    </message>
    <message>
        <source>R&amp;etire…</source>
        <translation>注销(&amp;E)…</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>历史记录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print tag labels…</source>
        <translation>打印钥匙标签(&amp;P)…</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>钥匙编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Cabinet / hook</source>
        <translation>钥匙柜/挂钩</translation>
    </message>
    <message>
        <source>Held because</source>
        <translation>托管原因</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>托管起始</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>委托依据</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lent to</source>
        <translation>借用人</translation>
    </message>
    <message>
        <source>Expected back</source>
        <translation>预计归还</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>{n} keys, {lent} lent</source>
        <translation>共 {n} 把（套），借出 {lent}</translation>
    </message>
    <message>
        <source>Choose a key in the list first.</source>
        <translation>请先在列表中选择一把钥匙。</translation>
    </message>
    <message>
        <source>Lend</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Key {tag} is lent to {who}.</source>
        <translation>钥匙 {tag} 已借给 {who}，尚未归还。</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>归还</translation>
    </message>
    <message>
        <source>Key {tag} is not lent out: it is in {where}.</source>
        <translation>钥匙 {tag} 未借出：在 {where}。</translation>
    </message>
    <message>
        <source>Move / edit</source>
        <translation>移位/修改</translation>
    </message>
    <message>
        <source>Retire key</source>
        <translation>注销钥匙</translation>
    </message>
    <message>
        <source>Retire key {tag}? It keeps its history and its number is never used again.</source>
        <translation>注销钥匙 {tag}？历史记录保留，编号不再使用。</translation>
    </message>
    <message>
        <source>Retire key {tag}</source>
        <translation>注销钥匙 {tag}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>History of key {tag}</source>
        <translation>钥匙 {tag} 的历史记录</translation>
    </message>
    <message>
        <source>Key tag labels</source>
        <translation>托管钥匙标签</translation>
    </message>
</context>
<context>
    <name>EditKeyDialog</name>
    <message>
        <source>Key {tag}</source>
        <translation>钥匙 {tag}</translation>
    </message>
    <message>
        <source>Cabinet / hook</source>
        <translation>钥匙柜/挂钩</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Held because</source>
        <translation>托管原因</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>EndLeaseDialog</name>
    <message>
        <source>End lease {number} early</source>
        <translation>提前结束租约 {number}</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>退租日期（最后一天）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>退租原因</translation>
    </message>
</context>
<context>
    <name>HolderCombo</name>
    <message>
        <source>Enter the unit first</source>
        <translation>请先输入房号</translation>
    </message>
    <message>
        <source>No people on file for this unit</source>
        <translation>本户没有登记的人员</translation>
    </message>
</context>
<context>
    <name>InventoryTab</name>
    <message>
        <source>&amp;Start this month's count</source>
        <translation>开始本月盘点(&amp;S)</translation>
    </message>
    <message>
        <source>Fill in from &amp;records</source>
        <translation>按账面填入(&amp;R)</translation>
    </message>
    <message>
        <source>File the count (&amp;G)</source>
        <translation>盘点归档(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Print last count…</source>
        <translation>打印最近一次盘点(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xport month to Excel…</source>
        <translation>导出本月盘点到 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Note on the whole count</source>
        <translation>本次盘点的总体说明</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Tag / cabinet</source>
        <translation>编号/位置</translation>
    </message>
    <message>
        <source>On record</source>
        <translation>账面数</translation>
    </message>
    <message>
        <source>Lent out</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实点数</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未盘点</translation>
    </message>
    <message>
        <source>Last count: {date}</source>
        <translation>上次盘点：{date}</translation>
    </message>
    <message>
        <source>No count yet this month!</source>
        <translation>本月尚未盘点！</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>未清点</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <source>{n} items, {blank} not counted: {missing} missing, {extra} extra, {lent} lent out</source>
        <translation>共 {n} 项，未清点 {blank}：短缺 {missing}，多出 {extra}，借出未还 {lent}</translation>
    </message>
    <message>
        <source>File the count</source>
        <translation>盘点归档</translation>
    </message>
    <message>
        <source>File this count? It cannot be changed afterwards.</source>
        <translation>确定归档本次盘点？归档后不能修改。</translation>
    </message>
    <message>
        <source>Monthly count</source>
        <translation>月度盘点</translation>
    </message>
    <message>
        <source>Count filed with {n} differences.</source>
        <translation>盘点已归档，差异 {n} 项。</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
</context>
<context>
    <name>KeysView</name>
    <message>
        <source>Keys in custody</source>
        <translation>托管钥匙</translation>
    </message>
    <message>
        <source>Key loan register</source>
        <translation>钥匙借用登记表</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡证</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>车位</translation>
    </message>
    <message>
        <source>Monthly count</source>
        <translation>月度盘点</translation>
    </message>
</context>
<context>
    <name>LeaseDialog</name>
    <message>
        <source>Lease a parking space</source>
        <translation>办理车位租赁</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>车位</translation>
    </message>
    <message>
        <source>Unit (if a resident)</source>
        <translation>房号（本小区业户）</translation>
    </message>
    <message>
        <source>Lessee</source>
        <translation>承租人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Up to 3, separated by spaces or commas, e.g. 浙A12345</source>
        <translation>最多 3 个，用空格或逗号分隔，例如 浙A12345</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Monthly rent (yuan)</source>
        <translation>月租金（元）</translation>
    </message>
    <message>
        <source>Deposit (yuan)</source>
        <translation>押金（元）</translation>
    </message>
</context>
<context>
    <name>LendDialog</name>
    <message>
        <source>Lend a key</source>
        <translation>借出钥匙</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借用人</translation>
    </message>
    <message>
        <source>may borrow</source>
        <translation>可借用</translation>
    </message>
    <message>
        <source>not authorised for keys</source>
        <translation>未授权借用钥匙</translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation>其他人员…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Document number seen</source>
        <translation>核验的证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核验结果</translation>
    </message>
    <message>
        <source>Supervisor's approval</source>
        <translation>客服主管批准</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>You approve this loan as {name}.</source>
        <translation>由您（{name}）批准本次借用。</translation>
    </message>
    <message>
        <source>Supervisor user name</source>
        <translation>主管用户名</translation>
    </message>
    <message>
        <source>Supervisor password</source>
        <translation>主管密码</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>事由说明</translation>
    </message>
    <message>
        <source>Expected back</source>
        <translation>预计归还</translation>
    </message>
    <message>
        <source>Deposit (yuan)</source>
        <translation>押金（元）</translation>
    </message>
    <message>
        <source>Front-desk instructions</source>
        <translation>前台须知</translation>
    </message>
    <message>
        <source>Read before lending:</source>
        <translation>借出前请阅读：</translation>
    </message>
    <message>
        <source>Enter the number of the document the borrower shows.</source>
        <translation>请录入借用人出示的证件号码。</translation>
    </message>
    <message>
        <source>Verified: {kind}, document matches the file.</source>
        <translation>已核验：{kind}，证件与档案相符。</translation>
    </message>
    <message>
        <source>Not verified: {why}. A supervisor must approve.</source>
        <translation>未通过核验：{why}。须客服主管批准。</translation>
    </message>
</context>
<context>
    <name>LoansTab</name>
    <message>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Not returned</source>
        <translation>未归还</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>房号：</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>归还(&amp;R)…</translation>
    </message>
    <message>
        <source>Overdue &amp;note…</source>
        <translation>逾期说明(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Print register…</source>
        <translation>打印登记表(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>导出到 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>钥匙编号</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借用人</translation>
    </message>
    <message>
        <source>ID check</source>
        <translation>证件核验</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Expected back</source>
        <translation>预计归还</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>实际归还</translation>
    </message>
    <message>
        <source>Returned by</source>
        <translation>归还人</translation>
    </message>
    <message>
        <source>Overdue note</source>
        <translation>逾期说明</translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>{n} loans</source>
        <translation>{n} 条借用记录</translation>
    </message>
    <message>
        <source>Choose a loan in the register first.</source>
        <translation>请先在登记表中选择一条借用记录。</translation>
    </message>
    <message>
        <source>Key {tag} was returned on {at} by {who}.</source>
        <translation>钥匙 {tag} 已于 {at} 由 {who} 归还。</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>归还</translation>
    </message>
    <message>
        <source>Key loan register</source>
        <translation>钥匙借用登记表</translation>
    </message>
    <message>
        <source>There is no unit {code}.</source>
        <translation>房号：没有房屋 {code}。</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>{n} rows written.</source>
        <translation>已写入 {n} 行。</translation>
    </message>
</context>
<context>
    <name>OverdueKeysButton</name>
    <message>
        <source>⚠ {n} overdue key(s)</source>
        <translation>⚠ 逾期未还钥匙 {n} 把</translation>
    </message>
    <message>
        <source>Open the list of overdue keys</source>
        <translation>打开逾期钥匙清单</translation>
    </message>
    <message>
        <source>No overdue keys</source>
        <translation>无逾期钥匙</translation>
    </message>
</context>
<context>
    <name>OverdueNoteDialog</name>
    <message>
        <source>Why is key {tag} still out?</source>
        <translation>钥匙 {tag} 为何仍未归还？</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借用人</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进情况</translation>
    </message>
</context>
<context>
    <name>ParkingTab</name>
    <message>
        <source>Register &amp;space…</source>
        <translation>登记车位(&amp;S)…</translation>
    </message>
    <message>
        <source>Mark s&amp;old…</source>
        <translation>标记已售(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Lease…</source>
        <translation>出租(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;End early…</source>
        <translation>提前退租(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;new lease…</source>
        <translation>续租(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Print agreement…</source>
        <translation>打印租赁协议(&amp;P)…</translation>
    </message>
    <message>
        <source>Current and future leases only</source>
        <translation>只看当前和未来的租约</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>车位</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owned by</source>
        <translation>产权房号</translation>
    </message>
    <message>
        <source>Lessee</source>
        <translation>承租人</translation>
    </message>
    <message>
        <source>Lease ends</source>
        <translation>租期至</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>月租金</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>提前结束</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>续租自</translation>
    </message>
    <message>
        <source>{n} spaces: {free} free, {leased} leased, {sold} sold, {public} public</source>
        <translation>共 {n} 个车位：空闲 {free}，已租 {leased}，已售 {sold}，公共/临停 {public}</translation>
    </message>
    <message>
        <source>Choose a lease in the list on the right first.</source>
        <translation>请先在右侧列表中选择一份租约。</translation>
    </message>
    <message>
        <source>Mark sold</source>
        <translation>标记已售</translation>
    </message>
    <message>
        <source>Choose a space in the list first.</source>
        <translation>请先在列表中选择车位。</translation>
    </message>
    <message>
        <source>Space {n} was sold to unit (e.g. 3-2-1502):</source>
        <translation>车位 {n} 已售予哪一户（房号，如 3-2-1502）：</translation>
    </message>
    <message>
        <source>End early</source>
        <translation>提前退租</translation>
    </message>
    <message>
        <source>Renew lease</source>
        <translation>续租</translation>
    </message>
    <message>
        <source>Print agreement</source>
        <translation>打印租赁协议</translation>
    </message>
</context>
<context>
    <name>RegisterKeyDialog</name>
    <message>
        <source>Take a key into custody</source>
        <translation>登记托管钥匙</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>e.g. front door, 2 keys on a red ring</source>
        <translation>例如：入户门，红色钥匙圈 2 把</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Cabinet / hook</source>
        <translation>钥匙柜/挂钩</translation>
    </message>
    <message>
        <source>Held because</source>
        <translation>托管原因</translation>
    </message>
    <message>
        <source>By whose authority</source>
        <translation>委托依据</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>托管起始</translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <source>Renew vehicle card {number}</source>
        <translation>车卡 {number} 续期</translation>
    </message>
    <message>
        <source>Paid up until</source>
        <translation>缴费至</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>续期月数</translation>
    </message>
    <message>
        <source>Monthly fee (yuan)</source>
        <translation>月管理费（元）</translation>
    </message>
</context>
<context>
    <name>RenewLeaseDialog</name>
    <message>
        <source>Renew lease {number}</source>
        <translation>续租 {number}</translation>
    </message>
    <message>
        <source>New end</source>
        <translation>新的结束日期</translation>
    </message>
    <message>
        <source>Monthly rent (yuan)</source>
        <translation>月租金（元）</translation>
    </message>
</context>
<context>
    <name>ReplaceCardDialog</name>
    <message>
        <source>Replace card {n}</source>
        <translation>补办卡 {n}</translation>
    </message>
    <message>
        <source>Old card</source>
        <translation>原卡</translation>
    </message>
    <message>
        <source>New card number</source>
        <translation>新卡号</translation>
    </message>
    <message>
        <source>Deposit of {amount} yuan</source>
        <translation>原卡押金 {amount} 元</translation>
    </message>
    <message>
        <source>Choose: move or refund</source>
        <translation>请选择：转入新卡或退还</translation>
    </message>
    <message>
        <source>Replacement fee (yuan)</source>
        <translation>补卡工本费（元）</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>支付方式</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>{d} days {h} h</source>
        <translation>{d} 天 {h} 小时</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
    <message>
        <source>Return key {tag}</source>
        <translation>归还钥匙 {tag}</translation>
    </message>
    <message>
        <source>Borrowed by</source>
        <translation>借用人</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>借出时间</translation>
    </message>
    <message>
        <source>Expected back</source>
        <translation>预计归还</translation>
    </message>
    <message>
        <source>Overdue {late} (due back {due})</source>
        <translation>逾期 {late}（应于 {due} 归还）</translation>
    </message>
    <message>
        <source>Returned by</source>
        <translation>归还人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Deposit refunded</source>
        <translation>押金已退</translation>
    </message>
</context>
<context>
    <name>SpaceDialog</name>
    <message>
        <source>Register a parking space</source>
        <translation>登记车位</translation>
    </message>
    <message>
        <source>Space number</source>
        <translation>车位号</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owned by unit</source>
        <translation>产权房号</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <source>Blank cards and intercoms in stock</source>
        <translation>空白卡与对讲机库存</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>{item} (in stock: {n})</source>
        <translation>{item}（库存 {n}）</translation>
    </message>
    <message>
        <source>Received (negative: handed out)</source>
        <translation>入库数量（负数为领用）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>UnitKeysSection</name>
    <message>
        <source>&amp;Lend a key…</source>
        <translation>借出钥匙(&amp;L)…</translation>
    </message>
    <message>
        <source>Re&amp;turn a key…</source>
        <translation>归还钥匙(&amp;T)…</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>钥匙编号</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Cabinet / hook</source>
        <translation>钥匙柜/挂钩</translation>
    </message>
    <message>
        <source>Held because</source>
        <translation>托管原因</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lent to</source>
        <translation>借用人</translation>
    </message>
    <message>
        <source>Expected back</source>
        <translation>预计归还</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持卡人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>车位</translation>
    </message>
    <message>
        <source>Paid up until</source>
        <translation>缴费至</translation>
    </message>
    <message>
        <source>Keys in custody</source>
        <translation>托管钥匙</translation>
    </message>
    <message>
        <source>Cards and vehicles</source>
        <translation>卡证与车辆</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>{n} key(s) overdue!</source>
        <translation>{n} 把钥匙逾期未还！</translation>
    </message>
    <message>
        <source>Owns space(s): {spaces}</source>
        <translation>产权车位：{spaces}</translation>
    </message>
    <message>
        <source>Leases {space} ({number}) until {end}</source>
        <translation>租用车位 {space}（{number}）至 {end}</translation>
    </message>
    <message>
        <source>Return a key</source>
        <translation>归还钥匙</translation>
    </message>
    <message>
        <source>Which key?</source>
        <translation>归还哪一把钥匙？</translation>
    </message>
</context>
<context>
    <name>VehicleCardDialog</name>
    <message>
        <source>Issue a vehicle card</source>
        <translation>发放车卡</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持卡人</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Parking space</source>
        <translation>车位</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Months paid</source>
        <translation>缴费月数</translation>
    </message>
    <message>
        <source>Monthly fee (yuan)</source>
        <translation>月管理费（元）</translation>
    </message>
    <message>
        <source>Deposit (yuan)</source>
        <translation>押金（元）</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>Keys &amp;&amp; cards</source>
        <translation>钥匙与卡</translation>
    </message>
    <message>
        <source>Keys, cards and parking</source>
        <translation>钥匙、卡证与车位</translation>
    </message>
    <message>
        <source>Overdue &amp;keys…</source>
        <translation>逾期未还钥匙(&amp;K)…</translation>
    </message>
    <message>
        <source>Parking lease agreement</source>
        <translation>车位租赁协议</translation>
    </message>
</context>
</TS>