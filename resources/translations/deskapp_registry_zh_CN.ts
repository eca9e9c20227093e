<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
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
        <source>Lease ends</source>
        <translation>租期至</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
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
        <source>{n} units</source>
        <translation>共 {n} 户</translation>
    </message>
</context>
<context>
    <name>registry</name>
    <message>
        <source>Owner &amp;&amp; unit files</source>
        <translation>业户档案</translation>
    </message>
</context>
</TS>