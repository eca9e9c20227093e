<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditView</name>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>e.g. 3-1-502</source>
        <translation>例如 3-1-502</translation>
    </message>
    <message>
        <source>words in the summary</source>
        <translation>摘要中的字词</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>导出 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>（全部）</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>共 {n} 条</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>修改内容：</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>{n} entries exported to {path}</source>
        <translation>已导出 {n} 条到 {path}</translation>
    </message>
    <message>
        <source>Exporting the audit trail…</source>
        <translation>正在导出审计日志…</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>⚠ No backup yet</source>
        <translation>⚠ 尚无备份</translation>
    </message>
    <message>
        <source>Last backup: {time}</source>
        <translation>上次备份：{time}</translation>
    </message>
    <message>
        <source>The last good backup is more than 2 days old. Use File ▸ Back up database.</source>
        <translation>上次成功备份已超过 2 天，请用“文件 ▸ 备份数据库”备份。</translation>
    </message>
    <message>
        <source>Backups are made automatically at the first start of each day.</source>
        <translation>每天第一次启动程序时自动备份。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password — {user}</source>
        <translation>修改密码 — {user}</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>原密码(&amp;C)</translation>
    </message>
    <message>
        <source>You signed in with a temporary password from the administrator. Choose your own password to go on.</source>
        <translation>您用管理员给的临时密码登录，请设置自己的新密码后继续。</translation>
    </message>
    <message>
        <source>&amp;New password (at least 8 characters)</source>
        <translation>新密码（至少 8 个字符）(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation>再输一次新密码(&amp;R)</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>DesksDialog</name>
    <message>
        <source>Connected desks</source>
        <translation>在线工作站</translation>
    </message>
    <message>
        <source>Desk (PC)</source>
        <translation>工作站（电脑）</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录时间</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最近在线</translation>
    </message>
    <message>
        <source>{n} desks signed in and heard from in the last three minutes.</source>
        <translation>近三分钟内在线的工作站：{n} 台。</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>First start — create the administrator</source>
        <translation>首次启动 — 创建管理员账号</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator account; the administrator then creates the accounts of the desk staff.</source>
        <translation>此数据库还没有任何账号。请先创建管理员账号，再由管理员为前台人员建立账号。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Password (at least 8 characters)</source>
        <translation>密码（至少 8 个字符）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>再输一次密码(&amp;R)</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>The account {user} was deleted.</source>
        <translation>账号 {user} 已被删除。</translation>
    </message>
    <message>
        <source>The administrator disabled the account {user}.</source>
        <translation>管理员停用了账号 {user}。</translation>
    </message>
    <message>
        <source>The administrator gave the account {user} another role.</source>
        <translation>管理员修改了账号 {user} 的角色。</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <source>This desk signs out now; sign in again. Input not yet saved in open forms is lost.</source>
        <translation>本工作站现在退出登录，请重新登录。打开的表单中尚未保存的输入会丢失。</translation>
    </message>
    <message>
        <source>Locked — {user}</source>
        <translation>已锁定 — {user}</translation>
    </message>
    <message>
        <source>The desk was locked after a quiet spell. Enter your password to go on; your open forms are kept.</source>
        <translation>长时间无操作，客服台已锁定。请输入密码继续；已打开的表单内容都会保留。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Exit the program? Input not yet saved in open forms is lost.</source>
        <translation>退出程序？已打开表单中尚未保存的内容将丢失。</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;First password (at least 8 characters)</source>
        <translation>初始密码（至少 8 个字符）(&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;peat password</source>
        <translation>再输一次密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>PresenceStatus</name>
    <message>
        <source>Live: other desks' work shows at once</source>
        <translation>实时：其他工作站的改动即时显示</translation>
    </message>
    <message>
        <source>⚠ Server connection lost: other desks' work shows again once it is back</source>
        <translation>⚠ 与服务器的连接断了：连上后再显示其他工作站的改动</translation>
    </message>
    <message>
        <source>The program keeps trying to reach the database server every few seconds. Until then, what you save may be refused with a message; nothing is half-saved.</source>
        <translation>程序每隔几秒自动重连数据库服务器。连上之前，保存可能被拒绝并给出提示；不会只保存一半。</translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <source>Show full mobile of %1</source>
        <translation>查看 %1 的完整手机号</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password — {user}</source>
        <translation>重置密码 — {user}</translation>
    </message>
    <message>
        <source>A temporary password for {user}. At the next sign-in they choose their own.</source>
        <translation>为 {user} 设置临时密码。下次登录时须改为自己的密码。</translation>
    </message>
    <message>
        <source>&amp;Temporary password (at least 8 characters)</source>
        <translation>临时密码（至少 8 个字符）(&amp;T)</translation>
    </message>
    <message>
        <source>Re&amp;peat password</source>
        <translation>再输一次密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>RevealSection</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Show full &amp;ID number</source>
        <translation>显示完整证件号(&amp;I)</translation>
    </message>
    <message>
        <source>Show full &amp;mobile</source>
        <translation>显示完整手机号(&amp;M)</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>Select a person first.</source>
        <translation>请先选择一个人。</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>（未登记）</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>User accounts</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Disable / enable</source>
        <translation>停用/启用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>修改角色(&amp;O)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Lift sign-in &amp;wait</source>
        <translation>解除登录等待(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;D)</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>请先选择一个账号。</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Disable the account {user}? It can no longer sign in.</source>
        <translation>停用账号 {user}？停用后不能再登录。</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>启用账号</translation>
    </message>
    <message>
        <source>Enable the account {user} ({name}) again? It can sign in again with its last password.</source>
        <translation>重新启用账号 {user}（{name}）？启用后可以用原来的密码再登录。</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <source>Role of {user}:</source>
        <translation>{user} 的角色：</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>删除账号</translation>
    </message>
    <message>
        <source>{user} has acted in the program, so the account stays in the records. Disable it instead.</source>
        <translation>{user} 已有操作记录，账号须保留，只能停用。</translation>
    </message>
    <message>
        <source>Delete the unused account {user}?</source>
        <translation>删除从未使用的账号 {user}？</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>active, {n} failed sign-ins in a row</source>
        <translation>在用，已连续 {n} 次登录失败</translation>
    </message>
    <message>
        <source>active, must change password</source>
        <translation>在用，须改密码</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在用</translation>
    </message>
</context>
<context>
    <name>_Cover</name>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Personal data (full numbers)</source>
        <translation>个人信息（完整号码）</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>锁定屏幕(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>检查数据库(&amp;C)</translation>
    </message>
    <message>
        <source>Check database (&amp;full)</source>
        <translation>完整检查数据库(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;User accounts…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <source>Connected &amp;desks…</source>
        <translation>在线工作站(&amp;D)…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Desk database (*.sqlite)</source>
        <translation>客服台数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <source>Daily backup…</source>
        <translation>每日自动备份…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Desk database (*.sqlite);;All files (*)</source>
        <translation>客服台数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Restored from {path}. The replaced database was kept as {kept}. Please sign in again.</source>
        <translation>已从 {path} 恢复。被替换的数据库已保存为 {kept}。请重新登录。</translation>
    </message>
    <message>
        <source>Restoring the database…</source>
        <translation>正在恢复数据库…</translation>
    </message>
    <message>
        <source>The restore also undoes {n} account changes made since: {changes}. Do them again after the restore (a leaver's account disabled since is enabled again).</source>
        <translation>恢复还会撤销此后的 {n} 项账号变更：{changes}。恢复后请重做（此后停用的离职人员账号会重新可用）。</translation>
    </message>
    <message>
        <source>Replace the current database with the backup {name}?

The backup was taken at {taken} (its last recorded action). Since then this database has recorded {actions} actions in all (the audit trail, signing in and backups left out), among them {receipts} receipts, {requests} requests and complaints and {loans} key loans: the restore loses them.{undone}

The backup holds {users} accounts and {rows} audit entries. The current database is kept as a backup first. After the restore everyone signs in again.</source>
        <translation>用备份 {name} 替换当前数据库吗？

该备份的数据截至 {taken}（备份中最后一条记录）。此后本数据库共记录了 {actions} 项操作（据审计日志，登录和备份不计），其中收据 {receipts} 张、需求/投诉 {requests} 条、钥匙借出 {loans} 次，恢复后这些都会丢失。{undone}

备份中有 {users} 个账号、{rows} 条审计记录。恢复前会先把当前数据库另存为备份，恢复后所有人需重新登录。</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>数据库检查</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>导出PDF(&amp;X)…</translation>
    </message>
    <message>
        <source>Database check report</source>
        <translation>数据库检查报告</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>The two passwords differ; please type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
        <source>Program update</source>
        <translation>程序更新</translation>
    </message>
    <message>
        <source>The update folder holds version {new} (this desk runs {current}).</source>
        <translation>更新文件夹中有新版本 {new}（本机正在使用 {current}）。</translation>
    </message>
    <message>
        <source>Installing backs the database up first and closes the program; the new version upgrades the database at its first start.</source>
        <translation>安装前先备份数据库，然后关闭本程序；新版本第一次启动时会升级数据库。</translation>
    </message>
    <message>
        <source>Install now</source>
        <translation>立即安装</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>The installer {path} could not be started.</source>
        <translation>无法启动安装程序 {path}。</translation>
    </message>
</context>
</TS>