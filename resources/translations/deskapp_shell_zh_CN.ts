<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DateField</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation>日历（Alt+↓）</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>如 {example}</translation>
    </message>
    <message>
        <source>please give a date, e.g. {example}</source>
        <translation>请填写日期，如 {example}</translation>
    </message>
</context>
<context>
    <name>DepositMoneyRows</name>
    <message>
        <source>Deposit returned by</source>
        <translation>押金退还方式</translation>
    </message>
    <message>
        <source>Deposit paid by</source>
        <translation>押金付款方式</translation>
    </message>
    <message>
        <source>Transaction no.</source>
        <translation>交易流水号</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — Property Service Desk</source>
        <translation>登录 — 物业客服台</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Please enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Opening the database… You are signed in as soon as it is open.</source>
        <translation>正在打开数据库…打开后即自动登录。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Property Service Desk</source>
        <translation>物业客服台</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>{user} ({role})</source>
        <translation>{user}（{role}）</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <source>{kind} {number} has no screen at this desk.</source>
        <translation>{kind} {number} 在本台没有可打开的页面。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Property Service Desk (deskapp) {version}</source>
        <translation>物业客服台 deskapp {version}</translation>
    </message>
    <message>
        <source>The new language is used the next time the program starts.</source>
        <translation>新的界面语言将在下次启动程序时生效。</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>This one is “{state}”</source>
        <translation>这一条为“{state}”</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search: unit 1502 / 3-2-15, name, pinyin zs, phone last 4, paper no. WX2026-… (Ctrl+F)</source>
        <translation>搜索：房号 1502 / 3-2-15、姓名、拼音首字母 zs、电话后四位、单据号 WX2026-…（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Cannot do that</source>
        <translation>无法完成操作</translation>
    </message>
    <message>
        <source>{role} may not do this: {action}</source>
        <translation>{role}无权执行此操作：{action}</translation>
    </message>
</context>
<context>
    <name>file_dialogs</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>{suffix} file</source>
        <translation>{suffix} 文件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>monthly_export</name>
    <message>
        <source>Export register</source>
        <translation>导出登记表</translation>
    </message>
    <message>
        <source>{n} rows written to {path}</source>
        <translation>已导出 {n} 行到 {path}</translation>
    </message>
    <message>
        <source>Exporting {title}…</source>
        <translation>正在导出{title}…</translation>
    </message>
    <message>
        <source>The month to export</source>
        <translation>要导出的月份</translation>
    </message>
    <message>
        <source>Export month…</source>
        <translation>导出该月 Excel…</translation>
    </message>
    <message>
        <source>Export {month}…</source>
        <translation>导出 {month} 登记表…</translation>
    </message>
    <message>
        <source>Export this month…</source>
        <translation>导出本月登记表…</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>This version of the program brings the database up to date: a copy is made first, then it is upgraded. Please wait…</source>
        <translation>新版本程序需要更新数据库：先复制一份，再升级。请稍候…</translation>
    </message>
    <message>
        <source>A new, empty database was made.</source>
        <translation>已新建空数据库。</translation>
    </message>
    <message>
        <source>The database was upgraded for this version.</source>
        <translation>数据库已为此版本升级。</translation>
    </message>
    <message>
        <source>The copy from before: {path}</source>
        <translation>升级前的副本：{path}</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Please sign in.</source>
        <translation>请登录。</translation>
    </message>
    <message>
        <source>Checking the database file (saving waits for it)…</source>
        <translation>正在检查数据库文件（保存会等它完成）…</translation>
    </message>
    <message>
        <source>This PC&apos;s clock is wrong</source>
        <translation>这台电脑的时钟不对</translation>
    </message>
    <message>
        <source>Exit and set the clock</source>
        <translation>退出，先改时间</translation>
    </message>
    <message>
        <source>Carry on anyway</source>
        <translation>仍然继续</translation>
    </message>
    <message>
        <source>The database server was not reached</source>
        <translation>连不上数据库服务器</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Connecting to the database server…</source>
        <translation>正在连接数据库服务器…</translation>
    </message>
    <message>
        <source>No database here</source>
        <translation>没有数据库</translation>
    </message>
    <message>
        <source>There is no database file at {path}.

Create a new, empty database there? If the centre&apos;s database is elsewhere, choose Exit and start the program with that file.</source>
        <translation>{path} 没有数据库文件。

要在这里新建一个空的客服台数据库吗？如果中心的数据库在别处（路径写错了），请选“退出”，再用那个文件启动程序。</translation>
    </message>
    <message>
        <source>Create new database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Creating the database…</source>
        <translation>正在新建数据库…</translation>
    </message>
</context>
<context>
    <name>uncaught</name>
    <message>
        <source>The program ran into an internal error: {error}</source>
        <translation>程序内部出错：{error}</translation>
    </message>
    <message>
        <source>What you were doing may not have been saved; please check it. The details were written to the log file:
{path}
Please give this file to whoever looks after the program.</source>
        <translation>刚才的操作可能没有保存，请核对。详细记录已写入日志文件：
{path}
请把这个文件交给负责维护程序的人员。</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>程序出错</translation>
    </message>
</context>
</TS>
