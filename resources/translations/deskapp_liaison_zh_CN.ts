<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>BodyDialog</name>
    <message>
        <source>Add a body</source>
        <translation>新增联络单位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>BookTab</name>
    <message>
        <source>Body</source>
        <translation>联络单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Add a body…</source>
        <translation>新增单位…</translation>
    </message>
    <message>
        <source>Add a contact…</source>
        <translation>新增联系人…</translation>
    </message>
    <message>
        <source>Show full phone</source>
        <translation>显示完整电话</translation>
    </message>
    <message>
        <source>Remove contact…</source>
        <translation>删除联系人…</translation>
    </message>
    <message>
        <source>People of the selected body</source>
        <translation>所选单位的联系人</translation>
    </message>
    <message>
        <source>Choose the person in the lower list first.</source>
        <translation>请先在下方联系人列表中选择一人。</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>新增联系人</translation>
    </message>
    <message>
        <source>Choose the body in the list first: the contact is one of its people.</source>
        <translation>请先在列表中选择联络单位：联系人是该单位的人员。</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <source>Take {who} out of the contacts book? What was on file stays in the audit trail.</source>
        <translation>从通讯录中删除 {who}？原登记内容保留在审计日志中。</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Add a contact to {body}</source>
        <translation>新增 {body} 联系人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>LiaisonView</name>
    <message>
        <source>Liaison log</source>
        <translation>联络记录</translation>
    </message>
    <message>
        <source>Contacts book</source>
        <translation>通讯录</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>Open follow-ups only</source>
        <translation>只看未完成的跟进</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>联络单位</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>对方要求</translation>
    </message>
    <message>
        <source>Follow-up owed</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>By</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Log a contact…</source>
        <translation>登记联络…</translation>
    </message>
    <message>
        <source>Follow-up done…</source>
        <translation>完成跟进…</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>done {day}: {note}</source>
        <translation>{day} 已完成：{note}</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>完成跟进</translation>
    </message>
    <message>
        <source>Choose a contact in the log first.</source>
        <translation>请先在联络记录中选择一条记录。</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>跟进结果：</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Log a visit, call or letter</source>
        <translation>登记对外联络（来访、电话、函件）</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>联络单位</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Dealt with</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>对方要求</translation>
    </message>
    <message>
        <source>Follow-up owed</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Follow-up by</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>liaison</name>
    <message>
        <source>Liaison</source>
        <translation>对外联络</translation>
    </message>
</context>
</TS>