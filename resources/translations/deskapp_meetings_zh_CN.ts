<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Add an assignment</source>
        <translation>追加早会安排</translation>
    </message>
    <message>
        <source>Meeting of</source>
        <translation>早会日期</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>安排事项</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>完成期限</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Record the morning meeting</source>
        <translation>记录早会</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>早会日期</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Requirements (one a line)</source>
        <translation>会议要求（每行一条）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>安排事项</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>工作安排</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <source>Meeting</source>
        <translation>早会日期</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>安排事项</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Record today&apos;s meeting…</source>
        <translation>记录今日早会…</translation>
    </message>
    <message>
        <source>Add an assignment…</source>
        <translation>追加安排…</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Close the assignment</source>
        <translation>关闭早会安排</translation>
    </message>
    <message>
        <source>Choose an assignment in the list first.</source>
        <translation>请先在列表中选择一项安排。</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>完成情况：</translation>
    </message>
</context>
<context>
    <name>meetings</name>
    <message>
        <source>Morning meeting</source>
        <translation>早会</translation>
    </message>
</context>
</TS>
