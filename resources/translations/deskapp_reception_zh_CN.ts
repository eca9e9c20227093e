<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>DefectsTab</name>
    <message>
        <source>Reported</source>
        <translation>反映日期</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Unit / place</source>
        <translation>房号/地点</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <source>Only open defects</source>
        <translation>只看未解决的</translation>
    </message>
    <message>
        <source>New defect…</source>
        <translation>登记遗留问题…</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>跟进…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>处理经过</translation>
    </message>
    <message>
        <source>Open by building and kind: {s}</source>
        <translation>未解决（按楼栋、类别）：{s}</translation>
    </message>
    <message>
        <source>New construction defect</source>
        <translation>登记工程遗留问题</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Public area / place</source>
        <translation>公共区域/地点</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进情况</translation>
    </message>
</context>
<context>
    <name>HandoverTab</name>
    <message>
        <source>Priority</source>
        <translation>重点</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Unit / place</source>
        <translation>房号/地点</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Note for the next clerk</source>
        <translation>交接说明</translation>
    </message>
    <message>
        <source>Notes for the next shift</source>
        <translation>给下一班的说明</translation>
    </message>
    <message>
        <source>&amp;Go to item</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>Draft today's handover</source>
        <translation>起草今日交接表</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>保存说明</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Acknowledge (next clerk)</source>
        <translation>接班确认（下一班）</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export month…</source>
        <translation>导出该月 Excel…</translation>
    </message>
    <message>
        <source>Shift notes:</source>
        <translation>交班说明：</translation>
    </message>
    <message>
        <source>Cannot hand over yet: {reasons}</source>
        <translation>暂不能交班：{reasons}</translation>
    </message>
    <message>
        <source>No handover yet: draft today's from what is still open.</source>
        <translation>还没有交接表：请根据未完成事项起草今日交接表。</translation>
    </message>
    <message>
        <source>{day} handed by {by}{to}: {state}{received}</source>
        <translation>{day} {by} 交班{to}：{state}{received}</translation>
    </message>
    <message>
        <source> to {who}</source>
        <translation>给 {who}</translation>
    </message>
    <message>
        <source>Before today's handover: {reasons}</source>
        <translation>今日交班前须处理：{reasons}</translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <translation>请先选中一个事项。</translation>
    </message>
    <message>
        <source>{kind} {ref} cannot be opened from here: it was handed over before the handover kept where each item is taken on. Find it in its own tab.</source>
        <translation>{kind} {ref} 不能从这里转到：这份交接表是在记录各事项去处之前起草的，请到该事项所在的页面查找。</translation>
    </message>
    <message>
        <source>{kind} {ref} has no screen at this desk.</source>
        <translation>{kind} {ref} 在本台没有可打开的页面。</translation>
    </message>
    <message>
        <source>There is no other active account to take over.</source>
        <translation>没有其他在用的账号可以接班。</translation>
    </message>
    <message>
        <source>Who takes over?</source>
        <translation>由谁接班？</translation>
    </message>
    <message>
        <source>Hand over the shift to {who}? The handover cannot be changed afterwards.</source>
        <translation>交班给 {who}？交班后交接表不能再修改。</translation>
    </message>
    <message>
        <source>, received by {who} at {at}</source>
        <translation>，接班人 {who}（{at}）</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>工作交接</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>Visitor / caller</source>
        <translation>来访/来电人</translation>
    </message>
    <message>
        <source>Unit (optional)</source>
        <translation>房号（可不填）</translation>
    </message>
    <message>
        <source>Matter, Enter to save</source>
        <translation>事由，回车保存</translation>
    </message>
    <message>
        <source>How it was handled</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Correct reception log entry</source>
        <translation>更正接待记录</translation>
    </message>
    <message>
        <source>New entries are recorded for today, {day}.</source>
        <translation>新增记录一律记入今天（{day}）。</translation>
    </message>
</context>
<context>
    <name>MailTab</name>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>寄件人</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>通知方式</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>去向</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>领取</translation>
    </message>
    <message>
        <source>Only items waiting at the desk</source>
        <translation>只看前台待取的</translation>
    </message>
    <message>
        <source>New mail…</source>
        <translation>登记信件…</translation>
    </message>
    <message>
        <source>Told by phone</source>
        <translation>已电话通知</translation>
    </message>
    <message>
        <source>Told by SMS</source>
        <translation>已短信通知</translation>
    </message>
    <message>
        <source>Collected…</source>
        <translation>领取…</translation>
    </message>
    <message>
        <source>New mail or parcel</source>
        <translation>登记信件/包裹</translation>
    </message>
</context>
<context>
    <name>MajorEventsButton</name>
    <message>
        <source>⚠ {n} major event(s) for the supervisor</source>
        <translation>⚠ 重大事件 {n} 件待主管确认</translation>
    </message>
    <message>
        <source>Open the reception view's list of major events</source>
        <translation>打开前台接待的重大事件列表</translation>
    </message>
</context>
<context>
    <name>NoticesTab</name>
    <message>
        <source>Drafted</source>
        <translation>起草时间</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Units reached</source>
        <translation>送达户数</translation>
    </message>
    <message>
        <source>New notice…</source>
        <translation>起草通知…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Send (SMS file)…</source>
        <translation>发送（短信文件）…</translation>
    </message>
    <message>
        <source>New notice</source>
        <translation>起草通知</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Buildings or units (comma-separated)</source>
        <translation>楼栋号或房号（逗号分隔）</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Folder for the SMS files</source>
        <translation>短信文件保存位置</translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>通知已发送</translation>
    </message>
    <message>
        <source>{units} units, {phones} mobile numbers.
Upload {file} to the SMS platform with this text:

{sms}</source>
        <translation>{units} 户，{phones} 个手机号。
请把 {file} 上传到短信平台，短信内容：

{sms}</translation>
    </message>
</context>
<context>
    <name>ReceptionView</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Requests &amp;&amp; complaints</source>
        <translation>需求/投诉</translation>
    </message>
    <message>
        <source>Repair orders</source>
        <translation>工程维修单</translation>
    </message>
    <message>
        <source>Reception log</source>
        <translation>接待记录</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>工作交接</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>信件登记</translation>
    </message>
    <message>
        <source>Construction defects</source>
        <translation>工程遗留问题</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>业户违章</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通知/公告</translation>
    </message>
</context>
<context>
    <name>RepairHistoryDialog</name>
    <message>
        <source>Technician</source>
        <translation>维修人</translation>
    </message>
    <message>
        <source>Dispatched at</source>
        <translation>派工时间</translation>
    </message>
    <message>
        <source>Dispatched by</source>
        <translation>派工人</translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation>到场时间</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>用时（派工至完工）</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} 小时</translation>
    </message>
    <message>
        <source>Dispatches ({n})</source>
        <translation>派工记录（{n} 次）</translation>
    </message>
    <message>
        <source>Finished {f}, sent back {t}</source>
        <translation>{f} 完工，{t} 返工</translation>
    </message>
    <message>
        <source>Reassigned {t}</source>
        <translation>{t} 改派</translation>
    </message>
    <message>
        <source>Cancelled {t}</source>
        <translation>{t} 取消</translation>
    </message>
    <message>
        <source>Finished {t}</source>
        <translation>{t} 完工</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>未完工</translation>
    </message>
</context>
<context>
    <name>RepairsTab</name>
    <message>
        <source>Number, unit, fault…</source>
        <translation>单号、房号、故障…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Unit / place</source>
        <translation>房号/地点</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Paid by receipt</source>
        <translation>收费收据</translation>
    </message>
    <message>
        <source>Two per A4 page</source>
        <translation>一张 A4 打两份</translation>
    </message>
    <message>
        <source>New repair order…</source>
        <translation>新建维修单…</translation>
    </message>
    <message>
        <source>Dispatch…</source>
        <translation>派单…</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>Finished…</source>
        <translation>完工…</translation>
    </message>
    <message>
        <source>Check…</source>
        <translation>检查…</translation>
    </message>
    <message>
        <source>Call back…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>取消维修单…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>处理经过</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source> (to check)</source>
        <translation>（待检查）</translation>
    </message>
    <message>
        <source> (to call back)</source>
        <translation>（待回访）</translation>
    </message>
    <message>
        <source>{n} repair orders</source>
        <translation>共 {n} 张维修单</translation>
    </message>
    <message>
        <source>Pick a technician or type a new name</source>
        <translation>选择维修人，或填写新的姓名</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Free repair: nothing is charged</source>
        <translation>免费维修，不收费</translation>
    </message>
    <message>
        <source>Paid repair: materials and labour, in yuan</source>
        <translation>有偿维修：材料费和人工费（元）</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>维修情况</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>使用材料</translation>
    </message>
    <message>
        <source>Charge (yuan)</source>
        <translation>收费金额（元）</translation>
    </message>
    <message>
        <source>Finished at</source>
        <translation>完工时间</translation>
    </message>
    <message>
        <source>Passed (检查合格)</source>
        <translation>检查合格</translation>
    </message>
    <message>
        <source>Failed, rework (不合格)</source>
        <translation>不合格，返工</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>What the owner said</source>
        <translation>业主意见</translation>
    </message>
    <message>
        <source>Called back by</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>How</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>Called back at</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>取消维修单</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Finished {at}</source>
        <translation>完工 {at}</translation>
    </message>
    <message>
        <source>Callback: {r} ({how}) by {who}, {at} {said}</source>
        <translation>回访：{r}（{how}）回访人 {who}，{at} {said}</translation>
    </message>
    <message>
        <source>Repair order {n}</source>
        <translation>工程维修单 {n}</translation>
    </message>
</context>
<context>
    <name>RequestDetailDialog</name>
    <message>
        <source>Request {number}</source>
        <translation>需求/投诉 {number}</translation>
    </message>
    <message>
        <source>Handled by: {dept} {who}</source>
        <translation>处理：{dept} {who}</translation>
    </message>
    <message>
        <source>Result: {r}</source>
        <translation>处理结果：{r}</translation>
    </message>
    <message>
        <source>completed {at}</source>
        <translation>完成 {at}</translation>
    </message>
    <message>
        <source>Callback: {r} {said}</source>
        <translation>回访：{r} {said}</translation>
    </message>
    <message>
        <source>{how} by {who}, {at}</source>
        <translation>{how}回访，回访人 {who}，{at}</translation>
    </message>
    <message>
        <source>Reopened {n} times</source>
        <translation>重新打开 {n} 次</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>No., unit, caller or content…</source>
        <translation>编号、房号、来电人或内容…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Major events</source>
        <translation>重大事件</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Unit / place</source>
        <translation>房号/地点</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电/来访人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>处理部门</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>登记需求/投诉…</translation>
    </message>
    <message>
        <source>Repair order</source>
        <translation>开维修单</translation>
    </message>
    <message>
        <source>History</source>
        <translation>处理经过</translation>
    </message>
    <message>
        <source>Print sheet…</source>
        <translation>打印处理单…</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>共 {n} 项</translation>
    </message>
    <message>
        <source>Recorded as {number}</source>
        <translation>已登记，编号 {number}</translation>
    </message>
    <message>
        <source>Repair order {number} made from this request; it is selected under Repair orders.</source>
        <translation>已由本条需求开出维修单 {number}，已在“工程维修单”中选中。</translation>
    </message>
    <message>
        <source>Open a repair order for {place}?

Fault: {fault}

The request is dispatched to engineering. The order cannot be deleted afterwards, only cancelled.</source>
        <translation>为 {place} 开《工程维修单》？

报修内容：{fault}

本条需求将派至工程部。维修单开出后不能删除，只能取消。</translation>
    </message>
    <message>
        <source>Handling sheet {number}</source>
        <translation>处理单 {number}</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <source>Major events and escalations awaiting the supervisor</source>
        <translation>待主管确认的重大事件和上报事项</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Unit / place</source>
        <translation>房号/地点</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Acknowledge (supervisor)</source>
        <translation>主管确认</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>&amp;Go to item</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Unfinished work from earlier days (check and carry on):</source>
        <translation>往日未完成的工作事项（核对并继续跟进）：</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Steward rounds</source>
        <translation>管家巡查</translation>
    </message>
    <message>
        <source>Decoration</source>
        <translation>装修管理</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Morning meeting</source>
        <translation>早会</translation>
    </message>
    <message>
        <source>Vacant and rented</source>
        <translation>空置/出租</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>对外联络</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>公共设施</translation>
    </message>
    <message>
        <source>Community life</source>
        <translation>社区文化</translation>
    </message>
    <message>
        <source>Duty calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Month pack</source>
        <translation>每月汇总</translation>
    </message>
    <message>
        <source>{area} {n} ({late} overdue)</source>
        <translation>{area} {n} 项（逾期 {late} 项）</translation>
    </message>
    <message>
        <source>{day}: {n} open items from earlier days, {late} overdue</source>
        <translation>{day}：往日未完成 {n} 项，其中逾期 {late} 项</translation>
    </message>
    <message>
        <source> (mine)</source>
        <translation>（我的）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <translation>请先选中一个事项。</translation>
    </message>
    <message>
        <source>{kind} {ref} has no screen at this desk.</source>
        <translation>{kind} {ref} 在本台没有可打开的页面。</translation>
    </message>
</context>
<context>
    <name>UnitReceptionSection</name>
    <message>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>处理部门</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修人</translation>
    </message>
    <message>
        <source>Record a request for this unit…</source>
        <translation>为本户登记需求/投诉…</translation>
    </message>
    <message>
        <source>Repair order for this unit…</source>
        <translation>为本户开维修单…</translation>
    </message>
</context>
<context>
    <name>ViolationsTab</name>
    <message>
        <source>Found</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>发现人</translation>
    </message>
    <message>
        <source>Demanded</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Only open violations</source>
        <translation>只看未处理完的</translation>
    </message>
    <message>
        <source>New violation…</source>
        <translation>登记违章…</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>跟进…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>处理经过</translation>
    </message>
    <message>
        <source>Print rectification notice…</source>
        <translation>打印整改通知书…</translation>
    </message>
    <message>
        <source>New violation</source>
        <translation>登记业户违章</translation>
    </message>
    <message>
        <source>Rectification demanded</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>Rectification notice {n}</source>
        <translation>整改通知书 {n}</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
</context>
<context>
    <name>reception</name>
    <message>
        <source>Reception</source>
        <translation>前台接待</translation>
    </message>
    <message>
        <source>Requests and repairs</source>
        <translation>需求、投诉和维修</translation>
    </message>
    <message>
        <source>(by unit)</source>
        <translation>（按是否有房号）</translation>
    </message>
    <message>
        <source>Paid repair (materials and labour charged)</source>
        <translation>有偿维修（收材料费、人工费）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Public area / place</source>
        <translation>公共区域/地点</translation>
    </message>
    <message>
        <source>Public or in-unit</source>
        <translation>公共区域/户内</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报修人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>New repair order</source>
        <translation>新建工程维修单</translation>
    </message>
    <message>
        <source>Unit code, e.g. 3-1-502</source>
        <translation>房号，如 3-1-502</translation>
    </message>
    <message>
        <source>Public area, or where in the unit</source>
        <translation>公共区域，或户内具体位置</translation>
    </message>
    <message>
        <source>e.g. noise, leak, lift</source>
        <translation>如 噪音、漏水、电梯</translation>
    </message>
    <message>
        <source>Major event: report to the supervisor at once</source>
        <translation>重大事件：立即上报客服主管</translation>
    </message>
    <message>
        <source>(dispatch later)</source>
        <translation>（稍后派单）</translation>
    </message>
    <message>
        <source>On file: {phone} (leave blank to use it)</source>
        <translation>档案电话 {phone}（留空即用档案电话）</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电/来访人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Dispatch to</source>
        <translation>派至部门</translation>
    </message>
    <message>
        <source>Record a request or complaint</source>
        <translation>登记业户服务需求/投诉</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>处理部门</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>Deferred until</source>
        <translation>暂缓至</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>What the owner said</source>
        <translation>业主意见</translation>
    </message>
    <message>
        <source>Called back by</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>How</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>Called back at</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Dispatch…</source>
        <translation>派单…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>Defer…</source>
        <translation>暂缓…</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <source>Call back…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>关闭…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <source>Export month…</source>
        <translation>导出该月 Excel…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>处理经过</translation>
    </message>
</context>
</TS>