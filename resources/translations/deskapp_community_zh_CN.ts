<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>Plan an activity…</source>
        <translation>策划活动…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>组织人</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>人数上限</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Edit activity…</source>
        <translation>修改活动…</translation>
    </message>
    <message>
        <source>Call off…</source>
        <translation>取消活动…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>By</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Spending against the budget</source>
        <translation>活动支出（对照预算）</translation>
    </message>
    <message>
        <source>Sign up…</source>
        <translation>报名…</translation>
    </message>
    <message>
        <source>Cancel sign-up</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <source>Came / did not come</source>
        <translation>到场 / 未到</translation>
    </message>
    <message>
        <source>Add spending…</source>
        <translation>登记支出…</translation>
    </message>
    <message>
        <source>Void spending…</source>
        <translation>作废支出…</translation>
    </message>
    <message>
        <source>Print notice</source>
        <translation>打印活动通知</translation>
    </message>
    <message>
        <source>Print sign-up sheet</source>
        <translation>打印活动报名表</translation>
    </message>
    <message>
        <source>Photos…</source>
        <translation>活动照片…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>{n} households, {p} people</source>
        <translation>{n} 户 {p} 人</translation>
    </message>
    <message>
        <source>Choose an activity in the list first.</source>
        <translation>请先在列表中选择一项活动。</translation>
    </message>
    <message>
        <source>Who came is marked from {day}, the day of the activity.</source>
        <translation>活动当天（{day}）起才能登记到场。</translation>
    </message>
    <message>
        <source>Print cancellation notice</source>
        <translation>打印取消通知</translation>
    </message>
    <message>
        <source>The activity has been held: there is nothing to announce.</source>
        <translation>活动已举行，无需再打印活动通知。</translation>
    </message>
    <message>
        <source>Signed up {n} households, {p} people; waiting {w}; came {c} households, {cp} people; budget ¥{b}, spent ¥{s}, left ¥{left}</source>
        <translation>报名 {n} 户 {p} 人；候补 {w} 户；到场 {c} 户 {cp} 人；预算 ¥{b}，已支出 ¥{s}，结余 ¥{left}</translation>
    </message>
    <message>
        <source>Called off {when}: {reason}. </source>
        <translation>已取消（{when}）：{reason}。</translation>
    </message>
    <message>
        <source> — over budget</source>
        <translation>——已超预算</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>修改活动</translation>
    </message>
    <message>
        <source>The time or place changed; please tell every household signed up or waiting: {names}</source>
        <translation>活动时间或地点已改，请逐户告知已报名及候补的业户：{names}</translation>
    </message>
    <message>
        <source>“{title}” cannot be called off: {n} households have already come to it.</source>
        <translation>“{title}”不能取消：已有 {n} 户业户签到到场。</translation>
    </message>
    <message>
        <source>Call off {title}</source>
        <translation>取消活动：{title}</translation>
    </message>
    <message>
        <source>Reason (printed on the cancellation notice):</source>
        <translation>取消原因（印在活动取消通知上）：</translation>
    </message>
    <message>
        <source>Call off “{title}” ({when})? {n} households signed up or waiting will have to be told. This cannot be undone.</source>
        <translation>确定取消活动“{title}”（{when}）吗？已报名及候补的 {n} 户需要逐户告知。取消后不能恢复。</translation>
    </message>
    <message>
        <source>Call off</source>
        <translation>取消活动</translation>
    </message>
    <message>
        <source>Called off. Print the cancellation notice for the lobbies.</source>
        <translation>活动已取消。请打印《活动取消通知》张贴到各楼大堂。</translation>
    </message>
    <message>
        <source>Please tell: {names}</source>
        <translation>请逐户告知：{names}</translation>
    </message>
    <message>
        <source>Cancel the sign-up of {who}?</source>
        <translation>取消 {who} 的报名？</translation>
    </message>
    <message>
        <source>In from the waiting list, please tell them: {names}</source>
        <translation>候补转为正式报名，请通知：{names}</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>“{title}” has no place for {who} now: on the waiting list, number {n}. Please tell the household it is not in yet; when a sign-up is cancelled the waiting come in first come first, and the desk is told whom to ring.</source>
        <translation>“{title}”暂无名额：{who} 已列入候补第 {n} 位。请告知住户尚未报上；有人取消报名时候补按先后转正，届时系统会提示通知哪几户。</translation>
    </message>
    <message>
        <source>Choose the household's sign-up in the list first.</source>
        <translation>请先在报名列表中选择该户的报名。</translation>
    </message>
    <message>
        <source>Add spending</source>
        <translation>登记支出</translation>
    </message>
    <message>
        <source>Void spending</source>
        <translation>作废支出</translation>
    </message>
    <message>
        <source>Choose the spending line in the list first.</source>
        <translation>请先在支出列表中选择一条支出。</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>作废原因：</translation>
    </message>
    <message>
        <source>Cancellation notice</source>
        <translation>活动取消通知</translation>
    </message>
    <message>
        <source>Activity notice</source>
        <translation>活动通知</translation>
    </message>
    <message>
        <source>Sign-up sheet</source>
        <translation>活动报名表</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>活动照片</translation>
    </message>
    <message>
        <source>Photos of {title}</source>
        <translation>活动照片：{title}</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Edit {title}</source>
        <translation>修改活动：{title}</translation>
    </message>
    <message>
        <source>Plan an activity</source>
        <translation>策划社区活动</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>活动时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>组织人</translation>
    </message>
    <message>
        <source>Budget (yuan)</source>
        <translation>预算（元）</translation>
    </message>
    <message>
        <source>People limit (0: none)</source>
        <translation>人数上限（0 为不限）</translation>
    </message>
    <message>
        <source>Keep a waiting list past the limit</source>
        <translation>额满后登记候补</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>活动内容</translation>
    </message>
</context>
<context>
    <name>BoardDialog</name>
    <message>
        <source>Edit the board {theme}</source>
        <translation>修改板报：{theme}</translation>
    </message>
    <message>
        <source>Register a bulletin board</source>
        <translation>登记宣传板报</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>张贴位置</translation>
    </message>
    <message>
        <source>Put up on</source>
        <translation>张贴日期</translation>
    </message>
    <message>
        <source>Taken down on</source>
        <translation>撤下日期</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>BoardsTab</name>
    <message>
        <source>Register a board…</source>
        <translation>登记板报…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Taken down…</source>
        <translation>撤下…</translation>
    </message>
    <message>
        <source>Put up on</source>
        <translation>张贴日期</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>张贴位置</translation>
    </message>
    <message>
        <source>Taken down on</source>
        <translation>撤下日期</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Photos and files…</source>
        <translation>照片和附件…</translation>
    </message>
    <message>
        <source>Choose a board in the list first.</source>
        <translation>请先在列表中选择一期板报。</translation>
    </message>
    <message>
        <source>Edit board</source>
        <translation>修改板报</translation>
    </message>
    <message>
        <source>Taken down</source>
        <translation>撤下板报</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>照片和附件</translation>
    </message>
    <message>
        <source>Photos and files of {theme}</source>
        <translation>板报照片和附件：{theme}</translation>
    </message>
</context>
<context>
    <name>CommunityView</name>
    <message>
        <source>Activities</source>
        <translation>社区活动</translation>
    </message>
    <message>
        <source>Bulletin boards</source>
        <translation>宣传板报</translation>
    </message>
</context>
<context>
    <name>FilesDialog</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256 校验值</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>Photos and files (*)</source>
        <translation>照片和文件 (*)</translation>
    </message>
</context>
<context>
    <name>SignupDialog</name>
    <message>
        <source>Sign up for {title}</source>
        <translation>报名：{title}</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
</context>
<context>
    <name>SpendingDialog</name>
    <message>
        <source>Spending on {title}</source>
        <translation>活动支出：{title}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>With ¥{amount} the spending on “{title}” comes to ¥{after}, ¥{over} over its budget of ¥{budget}. Add it all the same?</source>
        <translation>登记这笔 ¥{amount} 后，“{title}”的支出合计 ¥{after}，超出预算 ¥{budget} 共 ¥{over}。仍要登记吗？</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>超出预算</translation>
    </message>
</context>
<context>
    <name>TakeDownDialog</name>
    <message>
        <source>Take down {theme}</source>
        <translation>撤下板报：{theme}</translation>
    </message>
    <message>
        <source>Taken down on</source>
        <translation>撤下日期</translation>
    </message>
</context>
<context>
    <name>UnitSignupsSection</name>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>activity called off</source>
        <translation>活动已取消</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>community</name>
    <message>
        <source>Community life</source>
        <translation>社区文化</translation>
    </message>
    <message>
        <source>Activity sign-ups</source>
        <translation>社区活动报名</translation>
    </message>
</context>
</TS>