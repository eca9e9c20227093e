<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>monthpack</name>
    <message>
        <source>Monthly pack…</source>
        <translation>每月汇总归档…</translation>
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
        <source>{n} sheets, {rows} rows, written to {path}.</source>
        <translation>共 {n} 张工作表、{rows} 行，已写出 {path}。</translation>
    </message>
    <message>
        <source>Making the monthly pack…</source>
        <translation>正在生成每月汇总归档…</translation>
    </message>
</context>
</TS>