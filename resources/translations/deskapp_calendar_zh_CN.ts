<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CalendarView</name>
    <message>
        <source>Duty</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>完成记录</translation>
    </message>
    <message>
        <source>Red: overdue · orange: due · grey: not yet · green: done</source>
        <translation>红：逾期 · 橙：待办 · 灰：未到 · 绿：已完成</translation>
    </message>
    <message>
        <source>Holidays…</source>
        <translation>节假日…</translation>
    </message>
    <message>
        <source>&amp;Go and do it</source>
        <translation>去办理(&amp;G)</translation>
    </message>
    <message>
        <source>Double-click a duty, or select it and press the button, to go where it is done.</source>
        <translation>双击一项工作，或选中后按右边的按钮，即可转到办理它的地方。</translation>
    </message>
    <message>
        <source>Duties of {day}</source>
        <translation>{day} 的工作</translation>
    </message>
    <message>
        <source> (holiday: {name})</source>
        <translation>（节假日：{name}）</translation>
    </message>
    <message>
        <source>Duty calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Select a duty first.</source>
        <translation>请先选择一项工作。</translation>
    </message>
    <message>
        <source>{duty} is done by {role}: it has no screen at this desk.</source>
        <translation>“{duty}”由{role}办理，本台没有对应的界面。</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <source>Holidays of {year} and {next}</source>
        <translation>{year} 年和 {next} 年的节假日</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Mark a holiday</source>
        <translation>标记节假日</translation>
    </message>
    <message>
        <source>To (several days)</source>
        <translation>至（多天时）</translation>
    </message>
    <message>
        <source>Choose the holiday in the list first.</source>
        <translation>请先在列表中选择要删除的节假日。</translation>
    </message>
    <message>
        <source>Take {day} off the holidays? The daily duties fall due on it again.</source>
        <translation>取消节假日 {day}？这一天的每日工作将重新到期。</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>Duty calendar</source>
        <translation>工作日历</translation>
    </message>
</context>
</TS>