<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BoolEditor</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>FolderEditor</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时数</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>SettingRow</name>
    <message>
        <source>Restore default</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Default: {value}</source>
        <translation>默认：{value}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{name} {hours} h</source>
        <translation>{name} {hours} 小时</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>系统设置</translation>
    </message>
    <message>
        <source>Changes take effect for the whole service centre; each change is recorded in the audit trail.</source>
        <translation>设置对整个物业服务中心生效；每项修改都记入审计日志。</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>前台接待</translation>
    </message>
    <message>
        <source>Keys and cards</source>
        <translation>钥匙与卡</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Building stewards</source>
        <translation>楼宇管家</translation>
    </message>
    <message>
        <source>Duty calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Accounts and backups</source>
        <translation>账号与备份</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Change a setting</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>{label}: {what}

Save this change?</source>
        <translation>{label}：{what}

确定保存这项修改吗？</translation>
    </message>
    <message>
        <source>{n} setting(s) could not be saved; nothing was changed.</source>
        <translation>有 {n} 项设置不正确，没有保存任何更改。</translation>
    </message>
    <message>
        <source>{n} setting(s) saved.</source>
        <translation>已保存 {n} 项设置。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>没有需要保存的更改。</translation>
    </message>
</context>
<context>
    <name>SpanEditor</name>
    <message>
        <source>e.g. 08:30-17:30 (empty: none)</source>
        <translation>如 08:30-17:30（空白：不设）</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <source>(empty: the default)</source>
        <translation>（可留空，见左侧说明）</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>系统设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
</context>
</TS>
