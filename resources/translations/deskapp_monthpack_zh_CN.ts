<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>monthpack</name>
    <message>
        <source>{month} was already filed on {at} by {by}, into {folder}.

File it again? A new workbook and summary are written beside the filed ones, which stay as they are (the new names say which filing it is: {again}), and the filing is recorded; the changes since the last filing are listed in it.</source>
        <translation>{month} 已于 {at} 由 {by} 归档，文件在 {folder}。

要再次归档吗？将在已归档的文件旁另写汇总表和汇总报告，已归档的文件保持原样（新文件名注明第几次归档：{again}），并另记一次归档；上次归档之后的变更会列在其中。</translation>
    </message>
    <message>
        <source>{month} has not ended yet (it runs to {last}).

Filed now, the pack holds the records up to today only, and the month still has to be filed after it ends: the duty calendar counts a filing made after {last}.

File {month} now all the same?</source>
        <translation>{month} 还没有结束（到 {last} 为止）。

现在归档，汇总只含到今天为止的记录；月底之后还要再归档一次：工作日历只认 {last} 之后的归档。

仍要现在归档 {month} 吗？</translation>
    </message>
    <message>
        <source>Monthly pack</source>
        <translation>每月汇总归档</translation>
    </message>
    <message>
        <source>Month (YYYY-MM):</source>
        <translation>月份（YYYY-MM）：</translation>
    </message>
    <message>
        <source>{month} filed: {workbook} ({n} registers, {rows} records) and {summary}, written to {folder}.</source>
        <translation>{month} 已归档：{workbook}（{n} 种登记表，{rows} 条记录）和 {summary}，已写到 {folder}。</translation>
    </message>
    <message>
        <source>Making the monthly pack…</source>
        <translation>正在生成每月汇总归档…</translation>
    </message>
    <message>
        <source>Monthly pac&amp;k…</source>
        <translation>每月汇总归档(&amp;K)…</translation>
    </message>
</context>
</TS>