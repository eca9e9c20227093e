<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>BuildingDialog</name>
    <message>
        <source>New building</source>
        <translation>新建楼栋</translation>
    </message>
    <message>
        <source>empty: 3号楼</source>
        <translation>留空即“3号楼”</translation>
    </message>
    <message>
        <source>Building &amp;no.:</source>
        <translation>楼栋编号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Floors:</source>
        <translation>层数(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>ChronicleDialog</name>
    <message>
        <source>Unit chronicle entry — {code}</source>
        <translation>单元大事记 — {code}</translation>
    </message>
    <message>
        <source>What happened, e.g. 业主来电告知长期出国，委托其弟代管</source>
        <translation>发生了什么，例如：业主来电告知长期出国，委托其弟代管</translation>
    </message>
    <message>
        <source>&amp;Entry:</source>
        <translation>内容(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>CompletenessView</name>
    <message>
        <source>Press Run check (Ctrl+R) to check every unit and person in the files.</source>
        <translation>按“开始检查”（Ctrl+R）检查档案中的每户房屋和每位人员。</translation>
    </message>
    <message>
        <source>Filter: unit, name or problem…</source>
        <translation>筛选：房号、姓名或问题…</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <source>&amp;Run check</source>
        <translation>开始检查(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>导出 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Checking the owner and unit files…</source>
        <translation>正在检查业户档案…</translation>
    </message>
    <message>
        <source>Checked {units} units on {date}: {findings} findings in {affected} units.</source>
        <translation>{date} 检查房屋 {units} 户：发现问题 {findings} 项，涉及 {affected} 户。</translation>
    </message>
    <message>
        <source>{n} shown</source>
        <translation>显示 {n} 项</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Preparing the print…</source>
        <translation>正在准备打印…</translation>
    </message>
    <message>
        <source>File completeness check</source>
        <translation>档案完整性检查</translation>
    </message>
</context>
<context>
    <name>EditPersonDialog</name>
    <message>
        <source>Edit {relation} {name}</source>
        <translation>编辑{relation} {name}</translation>
    </message>
    <message>
        <source>blank: keep {value}</source>
        <translation>留空：保持 {value}</translation>
    </message>
    <message>
        <source>none on file</source>
        <translation>档案中没有</translation>
    </message>
    <message>
        <source>not fixed</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>until withdrawn</source>
        <translation>长期（至撤销）</translation>
    </message>
    <message>
        <source>e.g. child of the owner; a shop's trade; why the authority was given</source>
        <translation>如：子女；经营：便利店；授权原因</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Mobile phone</source>
        <translation>手机号(&amp;M)</translation>
    </message>
    <message>
        <source>Second &amp;phone</source>
        <translation>备用电话(&amp;P)</translation>
    </message>
    <message>
        <source>ID &amp;type</source>
        <translation>证件类型(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>证件号码(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Lease ends</source>
        <translation>租期结束(&amp;L)</translation>
    </message>
    <message>
        <source>Authorised &amp;until</source>
        <translation>授权截止(&amp;U)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
</context>
<context>
    <name>EndTieDialog</name>
    <message>
        <source>End {relation} {name}</source>
        <translation>结束{relation} {name}</translation>
    </message>
    <message>
        <source>e.g. 租期届满退租</source>
        <translation>例如：租期届满退租</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation>结束日期(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>The person is kept in the unit's history; this cannot be undone.</source>
        <translation>该人员将保留在本户的历史记录中；此操作不能撤销。</translation>
    </message>
    <message>
        <source>End it</source>
        <translation>确认结束</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>InstructionsDialog</name>
    <message>
        <source>Front-desk instructions — {code}</source>
        <translation>前台须知 — {code}</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>须知</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>By</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>&amp;Withdraw selected…</source>
        <translation>撤销所选(&amp;W)…</translation>
    </message>
    <message>
        <source>e.g. 仅限业主本人借用钥匙 / 授权王五代取信件</source>
        <translation>例如：仅限业主本人借用钥匙 / 授权王五代取信件</translation>
    </message>
    <message>
        <source>&amp;Add instruction</source>
        <translation>登记须知(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Instruction</source>
        <translation>须知内容(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>起始日期(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Until (blank: open-ended)</source>
        <translation>结束日期(&amp;U)（留空为长期）</translation>
    </message>
    <message>
        <source>New instruction</source>
        <translation>新的前台须知</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Withdraw instruction</source>
        <translation>撤销前台须知</translation>
    </message>
    <message>
        <source>Withdraw this front-desk instruction?

{text}</source>
        <translation>确定撤销这条前台须知吗？

{text}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person to {code}</source>
        <translation>登记人员 — {code}</translation>
    </message>
    <message>
        <source>&amp;Given by</source>
        <translation>授权业主(&amp;G)</translation>
    </message>
    <message>
        <source>Unit {code}, owners: {owners}</source>
        <translation>房屋 {code}，业主：{owners}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not fixed</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>until withdrawn</source>
        <translation>长期（至撤销）</translation>
    </message>
    <message>
        <source>Register a further owner</source>
        <translation>登记另一位业主</translation>
    </message>
    <message>
        <source>{code} already has its owner {owners}. Register {name} as a further (co-)owner?

A sale or a change of owners is registered under More ▸ Transfer of ownership (supervisor): it ends the seller's ties and arrangements.</source>
        <translation>{code} 已有业主 {owners}。将 {name} 登记为另一位（共有）业主？

房屋买卖、更换业主请用 更多 ▸ 产权变更（客服主管）：原业主的关系和安排随之结束。</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>&amp;Relation</source>
        <translation>关系(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Mobile phone</source>
        <translation>手机号(&amp;M)</translation>
    </message>
    <message>
        <source>11-digit mobile or 0571-88886666</source>
        <translation>11 位手机号或 0571-88886666</translation>
    </message>
    <message>
        <source>Second &amp;phone</source>
        <translation>备用电话(&amp;P)</translation>
    </message>
    <message>
        <source>ID &amp;type</source>
        <translation>证件类型(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>起始日期(&amp;S)</translation>
    </message>
    <message>
        <source>Lease st&amp;arts</source>
        <translation>租期开始(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Lease ends</source>
        <translation>租期结束(&amp;L)</translation>
    </message>
    <message>
        <source>Borrow &amp;keys</source>
        <translation>借用钥匙(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Collect mail</source>
        <translation>代取信件(&amp;C)</translation>
    </message>
    <message>
        <source>Confirm item r&amp;eleases</source>
        <translation>物品放行确认(&amp;E)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>证件号码(&amp;I)</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>租期</translation>
    </message>
    <message>
        <source>Authorised by the owner to</source>
        <translation>业主授权事项</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>截止(&amp;U)</translation>
    </message>
</context>
<context>
    <name>StateDialog</name>
    <message>
        <source>Change the state of {code}</source>
        <translation>变更房屋状态 — {code}</translation>
    </message>
    <message>
        <source>Why, e.g. 业主入住 / 租客退租</source>
        <translation>原因，例如：业主入住 / 租客退租</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>&amp;New state</source>
        <translation>新状态(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer of ownership — {code}</source>
        <translation>产权变更 — {code}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Add another owner</source>
        <translation>再加一位新业主</translation>
    </message>
    <message>
        <source>e.g. 浙(2026)杭州市不动产权第0012345号</source>
        <translation>例如：浙(2026)杭州市不动产权第0012345号</translation>
    </message>
    <message>
        <source>Current owners</source>
        <translation>现业主</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Transfer &amp;date</source>
        <translation>变更日期(&amp;D)</translation>
    </message>
    <message>
        <source>Property certificate no.</source>
        <translation>不动产权证号</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Next: check</source>
        <translation>下一步：核对(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>New owners</source>
        <translation>新业主</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回修改(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Confirm transfer</source>
        <translation>确认变更(&amp;C)</translation>
    </message>
    <message>
        <source>Arrangements of the current owners: end or keep each</source>
        <translation>原业主的安排：逐项选择结束或保留</translation>
    </message>
    <message>
        <source>None on file: no authorised people, family, tenants, front-desk notes or keys in custody.</source>
        <translation>无：没有登记授权人、家属、租户、前台须知或托管钥匙。</translation>
    </message>
    <message>
        <source>Unit {code}: ownership passes from {old} to {new} on {date}.
The current owners are kept in the unit's history with this end date; the transfer is recorded in the unit chronicle and cannot be undone.</source>
        <translation>房屋 {code}：自 {date} 起产权由 {old} 变更为 {new}。
现业主将以此日期结束并保留在本户历史记录中；本次变更记入单元大事记，不能撤销。</translation>
    </message>
    <message>
        <source>The current owners' arrangements:</source>
        <translation>原业主的安排：</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>New unit</source>
        <translation>新建房屋</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>修改房屋</translation>
    </message>
    <message>
        <source>e.g. 2 (empty for shops)</source>
        <translation>例如 2（商铺留空）</translation>
    </message>
    <message>
        <source>e.g. 1502</source>
        <translation>例如 1502</translation>
    </message>
    <message>
        <source>empty: from the room number</source>
        <translation>留空则按房号推算</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>楼栋(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Stairwell</source>
        <translation>单元(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>房号(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>楼层(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>S&amp;tate</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <source>Building &amp;area ㎡</source>
        <translation>建筑面积 ㎡(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Inner area ㎡</source>
        <translation>套内面积 ㎡(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Delivered on</source>
        <translation>交房日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>UnitPageWidget</name>
    <message>
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Lease / authorised to / note</source>
        <translation>租期 / 授权事项 / 备注</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Previous owners</source>
        <translation>原业主</translation>
    </message>
    <message>
        <source>New owners</source>
        <translation>新业主</translation>
    </message>
    <message>
        <source>Property certificate no.</source>
        <translation>不动产权证号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The seller's arrangements</source>
        <translation>原业主的安排</translation>
    </message>
    <message>
        <source>Earlier people and transfers of ownership</source>
        <translation>历史人员与产权变更</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Unit chronicle</source>
        <translation>单元大事记</translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translation>登记人员(&amp;P)…</translation>
    </message>
    <message>
        <source>Edit pe&amp;rson…</source>
        <translation>编辑人员(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;End tenancy / authorisation…</source>
        <translation>结束租住 / 授权(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Transfer of ownership…</source>
        <translation>产权变更(&amp;T)…</translation>
    </message>
    <message>
        <source>Edit &amp;unit…</source>
        <translation>修改房屋(&amp;U)…</translation>
    </message>
    <message>
        <source>Change &amp;state…</source>
        <translation>变更状态(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Chronicle entry…</source>
        <translation>记大事记(&amp;C)…</translation>
    </message>
    <message>
        <source>Front-desk &amp;instructions…</source>
        <translation>前台须知(&amp;I)…</translation>
    </message>
    <message>
        <source>Show full &amp;mobile…</source>
        <translation>查看完整手机号(&amp;M)…</translation>
    </message>
    <message>
        <source>Show full I&amp;D number…</source>
        <translation>查看完整证件号码(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Print unit file…</source>
        <translation>打印业户档案(&amp;P)…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <source>Unit file {code}</source>
        <translation>业户档案 {code}</translation>
    </message>
    <message>
        <source>not fixed</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>{granted} (given by {owner})</source>
        <translation>{granted}（{owner} 授权）</translation>
    </message>
    <message>
        <source>{granted} (expired {date})</source>
        <translation>{granted}（已于 {date} 到期）</translation>
    </message>
    <message>
        <source>{granted} (until {date})</source>
        <translation>{granted}（至 {date}）</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Front-desk instructions:</source>
        <translation>前台须知：</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>{building} stairwell {stairwell}</source>
        <translation>{building} {stairwell} 单元</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Building area</source>
        <translation>建筑面积</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Inner area</source>
        <translation>套内面积</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>交房日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>UnitRegisterView</name>
    <message>
        <source>Unit code contains…</source>
        <translation>房号包含…</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Stairwell</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Building area ㎡</source>
        <translation>建筑面积 ㎡</translation>
    </message>
    <message>
        <source>Inner area ㎡</source>
        <translation>套内面积 ㎡</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>&amp;New unit…</source>
        <translation>新建房屋(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open unit</source>
        <translation>打开房屋(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit unit…</source>
        <translation>修改房屋(&amp;E)…</translation>
    </message>
    <message>
        <source>Change &amp;state…</source>
        <translation>变更状态(&amp;S)…</translation>
    </message>
    <message>
        <source>New &amp;building…</source>
        <translation>新建楼栋(&amp;B)…</translation>
    </message>
    <message>
        <source>{n} units</source>
        <translation>共 {n} 户</translation>
    </message>
    <message>
        <source>A building belongs to the community: first give its name and its service centre's.</source>
        <translation>楼栋属于小区：请先填写小区名称和物业服务中心名称。</translation>
    </message>
</context>
<context>
    <name>registry</name>
    <message>
        <source>Owner &amp;&amp; unit files</source>
        <translation>业户档案</translation>
    </message>
    <message>
        <source>File completeness check</source>
        <translation>档案完整性检查</translation>
    </message>
    <message>
        <source>File c&amp;ompleteness check</source>
        <translation>档案完整性检查(&amp;O)</translation>
    </message>
    <message>
        <source>Export &amp;unit register to Excel…</source>
        <translation>导出业户档案（房屋）到 Excel(&amp;U)…</translation>
    </message>
    <message>
        <source>Export &amp;people register to Excel…</source>
        <translation>导出业户档案（人员）到 Excel(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>registry_exports</name>
    <message>
        <source>Exported {n} rows to {path}</source>
        <translation>已导出 {n} 行到 {path}</translation>
    </message>
    <message>
        <source>Exporting to Excel…</source>
        <translation>正在导出 Excel…</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
</context>
</TS>