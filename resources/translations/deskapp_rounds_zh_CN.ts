<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Decoration application — {unit}</source>
        <translation>装修申请 — {unit}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Add worker row</source>
        <translation>增加施工人员</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Owner's phone</source>
        <translation>业主电话</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>装修单位</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Leader's phone</source>
        <translation>负责人电话</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>资质证号</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>装修项目</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>装修期限</translation>
    </message>
    <message>
        <source>Deposit (yuan)</source>
        <translation>装修押金（元）</translation>
    </message>
    <message>
        <source>Management fee (yuan)</source>
        <translation>装修管理费（元）</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>施工人员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>On file: {phone} (leave blank to use it)</source>
        <translation>档案电话 {phone}（留空即用档案电话）</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve {n}? The unit becomes 装修中.</source>
        <translation>审批通过 {n}？房屋状态将改为装修中。</translation>
    </message>
    <message>
        <source>Deposit (yuan)</source>
        <translation>押金（元）</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New satisfaction survey</source>
        <translation>新建满意度调查</translation>
    </message>
    <message>
        <source>first half</source>
        <translation>上半年</translation>
    </message>
    <message>
        <source>second half</source>
        <translation>下半年</translation>
    </message>
    <message>
        <source>{year} {half} satisfaction survey</source>
        <translation>{year}年{half}满意度调查</translation>
    </message>
    <message>
        <source>every unit</source>
        <translation>全部房屋</translation>
    </message>
    <message>
        <source>Survey campaign name</source>
        <translation>调查活动名称</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Sample per building</source>
        <translation>每栋抽样比例</translation>
    </message>
    <message>
        <source>Questions: </source>
        <translation>调查项目：</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Daily site check — {unit}</source>
        <translation>装修日检 — {unit}</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>What was found (printed on the rectification notice)</source>
        <translation>违规情况（打印在整改通知书上）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>检查情况</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>违规情况</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ChecksTab</name>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>许可证号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>装修单位</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Works until</source>
        <translation>装修期至</translation>
    </message>
    <message>
        <source>Open notices</source>
        <translation>未整改</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>上次检查</translation>
    </message>
    <message>
        <source>Check selected site…</source>
        <translation>检查所选房屋…</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知书</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>违规情况</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>escalated to supervisor</source>
        <translation>已上报主管</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>Open rectification notices</source>
        <translation>未整改的整改通知书</translation>
    </message>
    <message>
        <source>Print notice…</source>
        <translation>打印通知书…</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>{n} sites still to check today</source>
        <translation>今日还有 {n} 户待检查</translation>
    </message>
    <message>
        <source>Daily site check</source>
        <translation>装修日检</translation>
    </message>
    <message>
        <source>Choose a site in the list first.</source>
        <translation>请先在列表中选择一户。</translation>
    </message>
    <message>
        <source>Rectification notice {n}</source>
        <translation>整改通知书 {n}</translation>
    </message>
    <message>
        <source>Print notice</source>
        <translation>打印通知书</translation>
    </message>
    <message>
        <source>Choose a notice in the list first.</source>
        <translation>请先在列表中选择一份整改通知书。</translation>
    </message>
    <message>
        <source>Re-check result for {n}:</source>
        <translation>{n} 复查情况：</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Survey visit — {unit}</source>
        <translation>满意度回访 — {unit}</translation>
    </message>
    <message>
        <source>Reached the owner</source>
        <translation>已联系上业主</translation>
    </message>
    <message>
        <source>Visit or call</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>Who answered</source>
        <translation>受访人</translation>
    </message>
    <message>
        <source>Experience of the service</source>
        <translation>业主的切实感受</translation>
    </message>
    <message>
        <source>What falls short</source>
        <translation>不足之处</translation>
    </message>
    <message>
        <source>Needs the centre's help with</source>
        <translation>需要物业协助</translation>
    </message>
</context>
<context>
    <name>DecorationsTab</name>
    <message>
        <source>Unit, permit or contractor contains…</source>
        <translation>房号、许可证号或装修单位…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>许可证号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>装修单位</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>装修项目</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Click a permit to see its owner, contractor, workers and history.</source>
        <translation>单击一份装修申请，查看业主、装修单位、施工人员和办理记录。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审批通过</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Request water &amp;&amp; power</source>
        <translation>通知送水电</translation>
    </message>
    <message>
        <source>Water &amp;&amp; power on</source>
        <translation>水电已送</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>延期…</translation>
    </message>
    <message>
        <source>Stop works…</source>
        <translation>停工…</translation>
    </message>
    <message>
        <source>Resume works</source>
        <translation>复工</translation>
    </message>
    <message>
        <source>First inspection…</source>
        <translation>初验…</translation>
    </message>
    <message>
        <source>Second inspection…</source>
        <translation>复验…</translation>
    </message>
    <message>
        <source>Refund deposit…</source>
        <translation>退押金…</translation>
    </message>
    <message>
        <source>Terminate works…</source>
        <translation>终止装修…</translation>
    </message>
    <message>
        <source>Print permit…</source>
        <translation>打印装修许可证…</translation>
    </message>
    <message>
        <source>Print stop notice…</source>
        <translation>打印停工通知书…</translation>
    </message>
    <message>
        <source>Print application form…</source>
        <translation>打印装修申请表…</translation>
    </message>
    <message>
        <source>Blank daily check sheet…</source>
        <translation>空白二次装修日检表…</translation>
    </message>
    <message>
        <source>Daily check record…</source>
        <translation>二次装修日检记录…</translation>
    </message>
    <message>
        <source>First inspection form…</source>
        <translation>竣工验收单（初验）…</translation>
    </message>
    <message>
        <source>Second inspection form…</source>
        <translation>竣工验收单（复验）…</translation>
    </message>
    <message>
        <source>Deposit refund form…</source>
        <translation>押金退还单…</translation>
    </message>
    <message>
        <source>New application…</source>
        <translation>受理装修申请…</translation>
    </message>
    <message>
        <source>{n} permits</source>
        <translation>共 {n} 份装修申请</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Management fee</source>
        <translation>装修管理费</translation>
    </message>
    <message>
        <source>Water and power</source>
        <translation>送水电</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>已通知</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>施工人员</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>日检</translation>
    </message>
    <message>
        <source>violation</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退押金</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>验收</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>终止原因</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>受理装修申请</translation>
    </message>
    <message>
        <source>Unit (e.g. 3-2-1502):</source>
        <translation>房号（例如 3-2-1502）：</translation>
    </message>
    <message>
        <source>There is no unit {code}.</source>
        <translation>房号：没有房屋 {code}。</translation>
    </message>
    <message>
        <source>Choose an application in the list first.</source>
        <translation>请先在列表中选择一份装修申请。</translation>
    </message>
    <message>
        <source>Approve {n}? The unit becomes 装修中.</source>
        <translation>审批通过 {n}？房屋状态将改为装修中。</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Reject {n} ({unit})</source>
        <translation>驳回 {n}（{unit}）</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Request water and power</source>
        <translation>通知送水电</translation>
    </message>
    <message>
        <source>Water and power on</source>
        <translation>水电已送</translation>
    </message>
    <message>
        <source>Record that water and power are on for {n} ({unit})?</source>
        <translation>确认 {n}（{unit}）已送水电？登记后不能撤销。</translation>
    </message>
    <message>
        <source>Extend the works</source>
        <translation>装修延期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Stop works</source>
        <translation>停工</translation>
    </message>
    <message>
        <source>Stop works {n} ({unit})</source>
        <translation>停工 {n}（{unit}）</translation>
    </message>
    <message>
        <source>Reason (e.g. refused to open the door):</source>
        <translation>停工原因（如拒不开门）：</translation>
    </message>
    <message>
        <source>Resume works {n} ({unit})</source>
        <translation>复工 {n}（{unit}）</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>First inspection</source>
        <translation>初验</translation>
    </message>
    <message>
        <source>First inspection {n} ({unit})</source>
        <translation>初验 {n}（{unit}）</translation>
    </message>
    <message>
        <source>Second inspection</source>
        <translation>复验</translation>
    </message>
    <message>
        <source>Second inspection {n} ({unit})</source>
        <translation>复验 {n}（{unit}）</translation>
    </message>
    <message>
        <source>Refund deposit</source>
        <translation>退押金</translation>
    </message>
    <message>
        <source>Refund the deposit of {n}? This cannot be undone.</source>
        <translation>退还 {n} 的装修押金？此操作不能撤销。</translation>
    </message>
    <message>
        <source>Terminate works</source>
        <translation>终止装修</translation>
    </message>
    <message>
        <source>Decoration permit</source>
        <translation>装修许可证</translation>
    </message>
    <message>
        <source>Stop-works notice</source>
        <translation>停工通知书</translation>
    </message>
    <message>
        <source>Decoration application form</source>
        <translation>装修申请表</translation>
    </message>
    <message>
        <source>Daily check sheet (blank)</source>
        <translation>二次装修日检表（空白）</translation>
    </message>
    <message>
        <source>Daily check record</source>
        <translation>二次装修日检表</translation>
    </message>
    <message>
        <source>Completion inspection form (first)</source>
        <translation>竣工验收单（初验）</translation>
    </message>
    <message>
        <source>Completion inspection form (second)</source>
        <translation>竣工验收单（复验）</translation>
    </message>
    <message>
        <source>Deposit refund form</source>
        <translation>押金退还单</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>Finding at {point}</source>
        <translation>{point} 发现问题</translation>
    </message>
    <message>
        <source>Another item</source>
        <translation>再加一项</translation>
    </message>
    <message>
        <source>e.g. light out on the landing</source>
        <translation>如：楼梯间声控灯不亮</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>问题描述</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Items not up to standard</source>
        <translation>不合格项目</translation>
    </message>
    <message>
        <source>Issues found</source>
        <translation>存在问题</translation>
    </message>
</context>
<context>
    <name>MoveInDialog</name>
    <message>
        <source>Move-in — {unit}</source>
        <translation>交房 — {unit}</translation>
    </message>
    <message>
        <source>Checklist (everything in one visit)</source>
        <translation>交房清单（一次办结）</translation>
    </message>
    <message>
        <source>No gas supply</source>
        <translation>本户无燃气</translation>
    </message>
    <message>
        <source>e.g. 门禁卡×2、住户卡×1</source>
        <translation>如：门禁卡×2、住户卡×1</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>交房日期</translation>
    </message>
    <message>
        <source>Keys handed over</source>
        <translation>交付钥匙（把）</translation>
    </message>
    <message>
        <source>Water meter start</source>
        <translation>水表起始读数</translation>
    </message>
    <message>
        <source>Electricity meter start</source>
        <translation>电表起始读数</translation>
    </message>
    <message>
        <source>Gas meter start</source>
        <translation>燃气表起始读数</translation>
    </message>
    <message>
        <source>Cards issued</source>
        <translation>发放卡证</translation>
    </message>
    <message>
        <source>Defects found at handover (each becomes an engineering defect)</source>
        <translation>交房发现的问题（每项登记为工程遗留问题）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Add defect</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <source>Remove defect</source>
        <translation>删除问题</translation>
    </message>
    <message>
        <source>Move-in fees (charged with a receipt)</source>
        <translation>交房费用（收费并开收据）</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Add fee</source>
        <translation>添加费用</translation>
    </message>
    <message>
        <source>Remove fee</source>
        <translation>删除费用</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择支付方式）</translation>
    </message>
    <message>
        <source>State after move-in</source>
        <translation>交房后状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund the deposit</source>
        <translation>退装修押金</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Deposit {amount} yuan. Deductions (leave empty for none):</source>
        <translation>押金 {amount} 元。扣款（无扣款请留空）：</translation>
    </message>
</context>
<context>
    <name>ReleaseTab</name>
    <message>
        <source>Number, unit, applicant or plate…</source>
        <translation>编号、房号、申请人或车牌…</translation>
    </message>
    <message>
        <source>Not returned</source>
        <translation>未交回</translation>
    </message>
    <message>
        <source>Out for more than a day</source>
        <translation>超过一天未交回</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开具时间</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>放行类型</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Items to take out</source>
        <translation>放行物品</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>New slip…</source>
        <translation>开放行条…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Gate copy returned…</source>
        <translation>放行联交回…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Find by number…</source>
        <translation>按编号查找…</translation>
    </message>
    <message>
        <source>{n} slips</source>
        <translation>共 {n} 张</translation>
    </message>
    <message>
        <source>Item release slip {n}</source>
        <translation>物品放行条 {n}</translation>
    </message>
    <message>
        <source>Choose a slip in the list first.</source>
        <translation>请先在列表中选择一张放行条。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Gate copy returned</source>
        <translation>放行联交回</translation>
    </message>
    <message>
        <source>Guard who handed back {n}:</source>
        <translation>交回 {n} 的门岗：</translation>
    </message>
    <message>
        <source>Void slip</source>
        <translation>作废放行条</translation>
    </message>
    <message>
        <source>Why is {n} void?</source>
        <translation>{n} 作废原因：</translation>
    </message>
    <message>
        <source>Void {n}? A voided slip stays in the register.</source>
        <translation>作废 {n}？作废的放行条仍保留在登记表中。</translation>
    </message>
    <message>
        <source>Find slip</source>
        <translation>查找放行条</translation>
    </message>
    <message>
        <source>Number (from the slip or its QR code):</source>
        <translation>编号（放行条上或扫二维码）：</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Point</source>
        <translation>点位</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Finding…</source>
        <translation>发现问题…</translation>
    </message>
    <message>
        <source>Correct point</source>
        <translation>更正此点位</translation>
    </message>
    <message>
        <source>Finish round</source>
        <translation>完成巡查</translation>
    </message>
    <message>
        <source>Stairwell round — {route} {day}</source>
        <translation>楼道巡查 — {route} {day}</translation>
    </message>
    <message>
        <source>{left} of {n} points still to check</source>
        <translation>共 {n} 个点位，还有 {left} 个未检查</translation>
    </message>
    <message>
        <source>Choose a point already recorded in this round.</source>
        <translation>请先选择本次巡查中已记录的点位。</translation>
    </message>
    <message>
        <source>Take back what was recorded at {point} ({result}) and record it again?</source>
        <translation>撤回“{point}”已记录的结果（{result}），重新记录？</translation>
    </message>
</context>
<context>
    <name>RoundsView</name>
    <message>
        <source>Today's site checks</source>
        <translation>今日装修日检</translation>
    </message>
    <message>
        <source>Decoration permits</source>
        <translation>装修申请</translation>
    </message>
    <message>
        <source>Release slips</source>
        <translation>物品放行条</translation>
    </message>
    <message>
        <source>Stairwell rounds</source>
        <translation>楼道巡查</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Move-ins</source>
        <translation>交房</translation>
    </message>
    <message>
        <source>Daily site checks</source>
        <translation>二次装修日检</translation>
    </message>
    <message>
        <source>Survey visits</source>
        <translation>满意度回访</translation>
    </message>
    <message>
        <source>Monthly register:</source>
        <translation>月度登记表：</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
</context>
<context>
    <name>RouteDialog</name>
    <message>
        <source>Round route</source>
        <translation>巡查路线</translation>
    </message>
    <message>
        <source>Edit route — {name}</source>
        <translation>编辑巡查路线 — {name}</translation>
    </message>
    <message>
        <source>One point per line, in walking order</source>
        <translation>每行一个点位，按巡查顺序</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Route name</source>
        <translation>路线名称</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点位</translation>
    </message>
    <message>
        <source>From the building's floors</source>
        <translation>按楼层自动生成</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <source>Item release slip</source>
        <translation>物品放行条</translation>
    </message>
    <message>
        <source>Unit code, e.g. 3-1-1502</source>
        <translation>房号，如 3-1-1502</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit of count</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>I have confirmed this with the owner or the authorised person</source>
        <translation>已与业主或授权人确认</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>放行类型</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Company / removal firm</source>
        <translation>申请单位/搬运公司</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Items to take out</source>
        <translation>放行物品</translation>
    </message>
    <message>
        <source>Pass window</source>
        <translation>通行时间</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>How</source>
        <translation>确认方式</translation>
    </message>
    <message>
        <source>When</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <source>Issue and print</source>
        <translation>开具并打印</translation>
    </message>
</context>
<context>
    <name>StairwellTab</name>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路线</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点位</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>to walk today</source>
        <translation>今日待巡查</translation>
    </message>
    <message>
        <source>Start / continue round…</source>
        <translation>开始/继续巡查…</translation>
    </message>
    <message>
        <source>New route…</source>
        <translation>新建路线…</translation>
    </message>
    <message>
        <source>Edit route…</source>
        <translation>编辑路线…</translation>
    </message>
    <message>
        <source>Retire route…</source>
        <translation>停用路线…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>点位</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Findings not yet handed on</source>
        <translation>未转办的巡查问题</translation>
    </message>
    <message>
        <source>Repair order</source>
        <translation>转工程维修</translation>
    </message>
    <message>
        <source>Cleaning task</source>
        <translation>转保洁</translation>
    </message>
    <message>
        <source>As suggested</source>
        <translation>按建议转办</translation>
    </message>
    <message>
        <source>Put right on the spot…</source>
        <translation>现场处理…</translation>
    </message>
    <message>
        <source>Weekly sheet:</source>
        <translation>周报表：</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Missed rounds (last four weeks)</source>
        <translation>漏检的巡查（近四周）</translation>
    </message>
    <message>
        <source>Today is a round day</source>
        <translation>今天是巡查日</translation>
    </message>
    <message>
        <source>No round scheduled today</source>
        <translation>今天不是巡查日</translation>
    </message>
    <message>
        <source>Stairwell round</source>
        <translation>楼道巡查</translation>
    </message>
    <message>
        <source>Choose a route in the list first.</source>
        <translation>请先在列表中选择一条巡查路线。</translation>
    </message>
    <message>
        <source>Edit route</source>
        <translation>编辑路线</translation>
    </message>
    <message>
        <source>Retire route</source>
        <translation>停用路线</translation>
    </message>
    <message>
        <source>Retire the route {name} of {building}? It is no longer walked nor counted as missed; its rounds stay on record.</source>
        <translation>停用{building}的巡查路线“{name}”？停用后不再巡查，也不再计为漏检；已有的巡查记录保留。</translation>
    </message>
    <message>
        <source>Hand on a finding</source>
        <translation>巡查问题转办</translation>
    </message>
    <message>
        <source>Choose a finding in the list first.</source>
        <translation>请先在列表中选择一个巡查问题。</translation>
    </message>
    <message>
        <source>a repair order</source>
        <translation>工程维修单</translation>
    </message>
    <message>
        <source>a cleaning task</source>
        <translation>保洁服务需求</translation>
    </message>
    <message>
        <source>Hand on to {who} as {paper}?
{building} {point}, {day}: {item} — {text}</source>
        <translation>转{who}，开{paper}？
{building} {point}（{day}）：{item} — {text}</translation>
    </message>
    <message>
        <source>Hand on these {n} findings?</source>
        <translation>把这 {n} 个巡查问题转办？</translation>
    </message>
    <message>
        <source>{building} {point}, {day}: {item} — {text} → {who} ({paper})</source>
        <translation>{building} {point}（{day}）：{item} — {text} → 转{who}（{paper}）</translation>
    </message>
    <message>
        <source>Handed to {who}: {ref}</source>
        <translation>已转{who}：{ref}</translation>
    </message>
    <message>
        <source>Put right on the spot</source>
        <translation>现场处理</translation>
    </message>
    <message>
        <source>What was done about: {what}</source>
        <translation>现场如何处理：{what}</translation>
    </message>
    <message>
        <source>Put right on the spot: {n}</source>
        <translation>已现场处理 {n} 项</translation>
    </message>
    <message>
        <source>Print repair order</source>
        <translation>打印工程维修单</translation>
    </message>
    <message>
        <source>Print the repair order {numbers} for engineering now?</source>
        <translation>现在打印工程维修单 {numbers} 交工程部吗？</translation>
    </message>
    <message>
        <source>Repair order {n}</source>
        <translation>工程维修单 {n}</translation>
    </message>
    <message>
        <source>Stairwell weekly sheet</source>
        <translation>楼道巡查周报表</translation>
    </message>
</context>
<context>
    <name>SurveyTab</name>
    <message>
        <source>Only not yet reached</source>
        <translation>只看未完成</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近回访</translation>
    </message>
    <message>
        <source>By</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Owner said</source>
        <translation>业主意见</translation>
    </message>
    <message>
        <source>New survey…</source>
        <translation>新建调查…</translation>
    </message>
    <message>
        <source>Close survey</source>
        <translation>结束调查</translation>
    </message>
    <message>
        <source>Record visit or call…</source>
        <translation>记录回访…</translation>
    </message>
    <message>
        <source>Print questionnaire…</source>
        <translation>打印调查表…</translation>
    </message>
    <message>
        <source>Excel report…</source>
        <translation>Excel 报告…</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>No survey yet.</source>
        <translation>尚无满意度调查。</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>应答率</translation>
    </message>
    <message>
        <source>Satisfied overall</source>
        <translation>总体满意率</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>上次</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>There is no survey yet.</source>
        <translation>还没有满意度调查。</translation>
    </message>
    <message>
        <source>“{name}” has ended already.</source>
        <translation>“{name}”已经结束。</translation>
    </message>
    <message>
        <source>Close “{name}”? {reached} of {sampled} units reached; {left} not yet. No visit or call can be recorded after it.</source>
        <translation>结束“{name}”？抽样 {sampled} 户，已完成 {reached} 户，还有 {left} 户未完成。结束后不能再记录回访。</translation>
    </message>
    <message>
        <source>Record visit or call</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <source>Choose the unit visited or called in the list first.</source>
        <translation>请先在列表中选中要记录回访的房屋。</translation>
    </message>
    <message>
        <source>Print questionnaire</source>
        <translation>打印调查表</translation>
    </message>
    <message>
        <source>Choose the unit to visit in the list first.</source>
        <translation>请先在列表中选中要回访的房屋。</translation>
    </message>
    <message>
        <source>Satisfaction questionnaire — {unit}</source>
        <translation>业户满意度调查表 — {unit}</translation>
    </message>
    <message>
        <source>Excel report</source>
        <translation>Excel 报告</translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <source>Terminate works {n} ({unit})</source>
        <translation>终止装修 {n}（{unit}）</translation>
    </message>
    <message>
        <source>The works will not resume: they end here, and the deposit is settled.</source>
        <translation>不再复工：装修在此终止，押金一并结清（退还，或按扣款扣下）。</translation>
    </message>
    <message>
        <source>Reason for terminating</source>
        <translation>终止原因</translation>
    </message>
    <message>
        <source>Terminate {n}? The deposit is settled as entered; this cannot be undone.</source>
        <translation>终止装修 {n}？押金按所填结清，此操作不能撤销。</translation>
    </message>
</context>
<context>
    <name>UnitRoundsSection</name>
    <message>
        <source>Move-in…</source>
        <translation>办理交房…</translation>
    </message>
    <message>
        <source>Print move-in record…</source>
        <translation>打印交房记录…</translation>
    </message>
    <message>
        <source>Decoration application…</source>
        <translation>装修申请…</translation>
    </message>
    <message>
        <source>Release slip…</source>
        <translation>物品放行条…</translation>
    </message>
    <message>
        <source>Moved in {day}, {keys} keys</source>
        <translation>{day} 交房，钥匙 {keys} 把</translation>
    </message>
    <message>
        <source>Decoration {n}: {state}, {company}, until {end}</source>
        <translation>装修 {n}：{state}，{company}，至 {end}</translation>
    </message>
    <message>
        <source>Release slip {n} ({status}): {items}</source>
        <translation>放行条 {n}（{status}）：{items}</translation>
    </message>
    <message>
        <source>No move-in, decoration or release slip recorded.</source>
        <translation>尚无交房、装修或放行记录。</translation>
    </message>
    <message>
        <source>Move-in record</source>
        <translation>交房记录</translation>
    </message>
    <message>
        <source>Item release slip {n}</source>
        <translation>物品放行条 {n}</translation>
    </message>
</context>
<context>
    <name>rounds</name>
    <message>
        <source>Steward</source>
        <translation>楼宇管家</translation>
    </message>
    <message>
        <source>Move-in, decoration, release slips</source>
        <translation>交房、装修、物品放行</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
</context>
</TS>