<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Add a document</source>
        <translation>新增文件</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>文件名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Shown for</source>
        <translation>适用</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Title</source>
        <translation>文件名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Shown for</source>
        <translation>适用</translation>
    </message>
    <message>
        <source>Version in force</source>
        <translation>现行版本</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本数</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>停用原因</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Added at</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Add a document…</source>
        <translation>新增文件…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>换新版本…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Export register…</source>
        <translation>导出登记表…</translation>
    </message>
    <message>
        <source>Versions of the selected document (the one in force marked)</source>
        <translation>所选文件的各版本（标明现行版本）</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>现行</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>待生效</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>旧版</translation>
    </message>
    <message>
        <source>Choose a document in the list first.</source>
        <translation>请先在列表中选择一份文件。</translation>
    </message>
    <message>
        <source>This document has no version in force yet: choose a version in the list below.</source>
        <translation>这份文件还没有现行版本：请在下方版本列表中选择一个版本。</translation>
    </message>
    <message>
        <source>{label} of “{title}” is not yet in force: it takes effect on {day}.</source>
        <translation>“{title}”{label}尚未生效，{day} 起施行。</translation>
    </message>
    <message>
        <source>{label} of “{title}” is superseded.</source>
        <translation>“{title}”{label}已被新版取代，不再适用。</translation>
    </message>
    <message>
        <source>The version in force is {label}, effective from {day}.</source>
        <translation>现行版本为{label}，{day} 起施行。</translation>
    </message>
    <message>
        <source>Print {label} all the same?</source>
        <translation>仍要打印{label}吗？</translation>
    </message>
    <message>
        <source>“{title}” is withdrawn ({reason}): it is kept on record as it was and not changed.</source>
        <translation>“{title}”已停用（{reason}）：按原样存档，不再修改。</translation>
    </message>
    <message>
        <source>Edit document</source>
        <translation>修改文件</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>换新版本</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Export register</source>
        <translation>导出登记表</translation>
    </message>
</context>
<context>
    <name>EditDocumentDialog</name>
    <message>
        <source>Edit {title}</source>
        <translation>修改文件资料：{title}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>文件名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Shown for</source>
        <translation>适用</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Documents</source>
        <translation>文件资料</translation>
    </message>
    <message>
        <source>Manage documents</source>
        <translation>文件管理</translation>
    </message>
</context>
<context>
    <name>UnitDocumentsSection</name>
    <message>
        <source>Document</source>
        <translation>文件名称</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <source>New version of {title}</source>
        <translation>{title} 换新版本</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw {title}</source>
        <translation>停用 {title}</translation>
    </message>
    <message>
        <source>The document and its versions stay on record; it is no longer listed for use.</source>
        <translation>文件及其各版本仍保留在案，只是不再列为在用文件。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>停用原因</translation>
    </message>
</context>
<context>
    <name>_FileField</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose the document&apos;s file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>PDF, Word, images (*.pdf *.doc *.docx *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>PDF、Word、图片 (*.pdf *.doc *.docx *.jpg *.jpeg *.png);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>_VersionForm</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>Documents</source>
        <translation>文件资料</translation>
    </message>
    <message>
        <source>Documents in force</source>
        <translation>在用文件资料</translation>
    </message>
</context>
</TS>
