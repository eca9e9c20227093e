<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CentreDialog</name>
    <message>
        <source>Community and service centre</source>
        <translation>小区与服务中心</translation>
    </message>
    <message>
        <source>The names, address and phone printed at the head of every notice, receipt and register.</source>
        <translation>小区名称、服务中心名称、地址和电话，印在每张通知单、收据和登记表的抬头。</translation>
    </message>
    <message>
        <source>empty: the community's name + 物业服务中心</source>
        <translation>不填则为：小区名称 + 物业服务中心</translation>
    </message>
    <message>
        <source>&amp;Community name:</source>
        <translation>小区名称(&amp;C)：</translation>
    </message>
    <message>
        <source>Service c&amp;entre:</source>
        <translation>服务中心名称(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Imported</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>&amp;Print the reconciliation sheet…</source>
        <translation>打印核对表(&amp;P)…</translation>
    </message>
    <message>
        <source>《上线数据核对表》: these figures, the date of the import and who did it, with signature lines for the centre and for finance</source>
        <translation>《上线数据核对表》：以上数字、导入日期和导入人，附服务中心和财务的签字栏</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>导出 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Created {c}, updated {u}, unchanged {n} units; {p} people registered, {b} buildings created.</source>
        <translation>新建 {c} 户，更新 {u} 户，不变 {n} 户；登记人员 {p} 人，新建楼栋 {b} 栋。</translation>
    </message>
    <message>
        <source>{n} readings imported. Unusual readings are on the re-read list.</source>
        <translation>已导入读数 {n} 条。异常读数已列入复抄清单。</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Excel (.xlsx, .xls) or CSV (UTF-8 or GBK). Nothing is written until the last step, and then only if every row is right.</source>
        <translation>Excel（.xlsx、.xls）或 CSV（UTF-8 或 GBK）。到最后一步才写入，而且只有每一行都正确才写入。</translation>
    </message>
    <message>
        <source>Path of the file to import</source>
        <translation>要导入的文件路径</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Save the &amp;template…</source>
        <translation>下载模板(&amp;T)…</translation>
    </message>
    <message>
        <source>An empty workbook with this import's columns, to fill in and import</source>
        <translation>一个带有本导入各列的空白工作簿，填好后导入</translation>
    </message>
    <message>
        <source>&amp;Update units already on file (otherwise they are errors)</source>
        <translation>更新档案中已有的房屋(&amp;U)（否则算作错误）</translation>
    </message>
    <message>
        <source>Import rows whose only fault is the &amp;ID number, leaving it blank</source>
        <translation>只有身份证号有误的行：留空身份证号导入(&amp;I)</translation>
    </message>
    <message>
        <source>e.g. 2025Q3; used only when the file names no period</source>
        <translation>如 2025Q3；仅在文件未写明期间时使用</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xls *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>{what} template.xlsx</source>
        <translation>{what}导入模板.xlsx</translation>
    </message>
    <message>
        <source>Template saved to {path}. Fill it in from row 3, then choose it above.</source>
        <translation>模板已保存到 {path}。从第 3 行起填写，然后在上面选择该文件。</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
</context>
<context>
    <name>GoLiveSheetsDialog</name>
    <message>
        <source>Go-live reconciliation sheets</source>
        <translation>上线数据核对表</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入内容</translation>
    </message>
    <message>
        <source>File</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>数据行数</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>导入人</translation>
    </message>
    <message>
        <source>No go-live import has been made since the sheets were kept.</source>
        <translation>自保存核对表以来还没有做过上线导入。</translation>
    </message>
    <message>
        <source>&amp;Reprint…</source>
        <translation>重印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>导出 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>The sheet of each go-live import, to print again for finance: it keeps the date of the import and says it is a reprint.</source>
        <translation>每次上线导入的核对表，可重印交财务核对：保留原导入日期，并注明为重印。</translation>
    </message>
    <message>
        <source>Select an import first.</source>
        <translation>请先选中一次导入。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import: {what}</source>
        <translation>导入{what}</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>核对列对应</translation>
    </message>
    <message>
        <source>Each field is matched to a column by its header; correct any that are wrong. Fields marked * are needed.</source>
        <translation>按表头为每个字段找到对应的列；如有不对请改正。带 * 的字段必须有。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>第一行的值</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check each row</source>
        <translation>逐行检查</translation>
    </message>
    <message>
        <source>Rejected rows block the import; warnings must be accepted. Save the rejected rows to Excel, fix them and import them again.</source>
        <translation>有被拒绝的行就不能导入；警告需要确认。可把被拒绝的行保存为 Excel，改正后重新导入。</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>全部行</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <source>Rows with warnings</source>
        <translation>有警告的行</translation>
    </message>
    <message>
        <source>Rows without problems</source>
        <translation>没有问题的行</translation>
    </message>
    <message>
        <source>I have checked the &amp;warnings; import these rows as they are</source>
        <translation>我已核实警告(&amp;W)，按原样导入这些行</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>保存被拒绝的行(&amp;S)…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <source>The rows have not been checked. Press “Check again”.</source>
        <translation>尚未检查各行。请按“重新检查”。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}: {rows} data rows ({counts}).</source>
        <translation>{file}，工作表 {sheet}：数据行 {rows}（{counts}）。</translation>
    </message>
    <message>
        <source>{units} units, {people} people, building area {area} ㎡ in total.</source>
        <translation>房屋 {units} 户，人员 {people} 人，建筑面积合计 {area} ㎡。</translation>
    </message>
    <message>
        <source>New buildings (新建楼栋): {names}.</source>
        <translation>新建楼栋：{names}。</translation>
    </message>
    <message>
        <source>{n} rows are rejected: nothing can be imported until they are fixed.</source>
        <translation>有 {n} 行被拒绝：改正之前不能导入任何数据。</translation>
    </message>
    <message>
        <source>{n} of them are rejected only for the ID number: go back to the first page and tick “Import rows whose only fault is the ID number” to import them with the ID left blank.</source>
        <translation>其中 {n} 行仅因身份证号被拒绝：可回到第一页勾选“只有身份证号有误的行：留空身份证号导入”，这些行将留空身份证号导入。</translation>
    </message>
    <message>
        <source>{n} rows have warnings: read them, tick “I have checked the warnings” below, then press Import.</source>
        <translation>有 {n} 行警告：请逐条核实，勾选下方“我已核实警告”，再按“导入”。</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>可以导入。</translation>
    </message>
    <message>
        <source>Row {row}: no problems.</source>
        <translation>第 {row} 行：没有问题。</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>{n} rows saved to {path}.</source>
        <translation>已保存 {n} 行到 {path}。</translation>
    </message>
    <message>
        <source>Import {n} rows from {file} into the database? This is recorded in the audit log.</source>
        <translation>把 {file} 的 {n} 行导入数据库吗？此操作将记入审计日志。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>导入已取消，没有写入任何数据。</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>Choose the sheet</source>
        <translation>选择工作表</translation>
    </message>
    <message>
        <source>The sheet whose header row names the most known columns is chosen; text beside the table is ignored.</source>
        <translation>自动选择表头中可识别列最多的工作表；表格旁边的说明文字不予理会。</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>{name} (no header row found)</source>
        <translation>{name}（没有找到表头行）</translation>
    </message>
    <message>
        <source>{name} (header in row {row}, {n} columns recognised)</source>
        <translation>{name}（表头在第 {row} 行，识别出 {n} 列）</translation>
    </message>
    <message>
        <source>No header row found on this sheet. Its headers should include: {names}.</source>
        <translation>此工作表没有找到表头行。表头应包括：{names}。</translation>
    </message>
    <message>
        <source>{filled} rows of data under the header (the sheet has {rows} rows, notes beside the table included); header row {row}: {headers}</source>
        <translation>表头下有数据的行：{filled}（工作表共 {rows} 行，含表格旁的说明）；表头在第 {row} 行：{headers}</translation>
    </message>
</context>
<context>
    <name>VerdictModel</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>Adds a person</source>
        <translation>增加人员</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>go_live_sheets</name>
    <message>
        <source>Go-live reconciliation sheet</source>
        <translation>上线数据核对表</translation>
    </message>
    <message>
        <source>Export the reconciliation sheet</source>
        <translation>导出上线数据核对表</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>importing</name>
    <message>
        <source>The units are imported into the community: first give its name and its service centre's (printed at the head of every paper). You can change them later under Tools ▸ Community and service centre…</source>
        <translation>房屋要导入到小区名下：请先填写小区名称和服务中心名称（印在每张单据的抬头）。以后可在 工具 ▸ 小区与服务中心… 中修改。</translation>
    </message>
    <message>
        <source>Import go-live data</source>
        <translation>导入上线数据</translation>
    </message>
    <message>
        <source>There is no go-live import you may run.</source>
        <translation>没有您可以执行的上线数据导入。</translation>
    </message>
    <message>
        <source>What does the file hold?</source>
        <translation>文件里是哪种数据？</translation>
    </message>
    <message>
        <source>&amp;Import owner/unit roster…</source>
        <translation>导入房屋业主名册(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;meter readings…</source>
        <translation>导入抄表读数(&amp;M)…</translation>
    </message>
    <message>
        <source>Import &amp;go-live data…</source>
        <translation>导入上线数据(&amp;G)…</translation>
    </message>
    <message>
        <source>Go-live reconciliation s&amp;heets…</source>
        <translation>上线数据核对表(&amp;H)…</translation>
    </message>
    <message>
        <source>Commu&amp;nity and service centre…</source>
        <translation>小区与服务中心(&amp;N)…</translation>
    </message>
</context>
</TS>