<?xml version='1.0' encoding='utf-8'?>
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
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>安排</translation>
    </message>
    <message>
        <source>Record today's meeting…</source>
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
        <source>Assignments still open:</source>
        <translation>未完成的安排：</translation>
    </message>
    <message>
        <source>Meetings of the month:</source>
        <translation>早会记录：</translation>
    </message>
    <message>
        <source>{n} days overdue</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <source>{n}, {open} open</source>
        <translation>{n} 项，未完成 {open} 项</translation>
    </message>
    <message>
        <source>Today's meeting: not recorded yet</source>
        <translation>今日早会：尚未记录</translation>
    </message>
    <message>
        <source>Today's meeting: recorded by {who}, {n} attended, {a} assignments</source>
        <translation>今日早会：已由 {who} 记录，出席 {n} 人，安排 {a} 项</translation>
    </message>
    <message>
        <source>Morning meeting of {day}</source>
        <translation>{day} 早会</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>会议要求</translation>
    </message>
    <message>
        <source>Recorded by {who}</source>
        <translation>记录人：{who}</translation>
    </message>
    <message>
        <source>by {day}</source>
        <translation>{day} 前</translation>
    </message>
    <message>
        <source>done: {note}</source>
        <translation>已完成：{note}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Record the morning meeting</source>
        <translation>记录早会</translation>
    </message>
    <message>
        <source>Today's meeting was recorded by {who}: add assignments with 追加安排….
Make up the meeting of an earlier day instead?</source>
        <translation>今日早会已由 {who} 记录：追加安排请用“追加安排…”。
要补记之前某天的早会吗？</translation>
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