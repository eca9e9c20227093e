<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>MoveOutDialog</name>
    <message>
        <source>Tenant {tenant} moves out</source>
        <translation>租户 {tenant} 退租</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Moved out on</source>
        <translation>退租日期</translation>
    </message>
    <message>
        <source>The unit becomes</source>
        <translation>房屋改为</translation>
    </message>
    <message>
        <source>{names} still rent the unit: it stays rented</source>
        <translation>{names} 仍在租住：房屋仍为出租</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>e.g. keys and cards handed back</source>
        <translation>如：钥匙、门禁卡已交回</translation>
    </message>
</context>
<context>
    <name>OccupancyView</name>
    <message>
        <source>Vacant units</source>
        <translation>空置房</translation>
    </message>
    <message>
        <source>Tenants and leases</source>
        <translation>出租房屋</translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <source>Renew the lease of {tenant}</source>
        <translation>租户 {tenant} 续租</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Lease end</source>
        <translation>原租期结束</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>New lease end</source>
        <translation>新租期结束</translation>
    </message>
</context>
<context>
    <name>RentalsTab</name>
    <message>
        <source>Ending within 30 days</source>
        <translation>30 天内到期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Lease start</source>
        <translation>租期开始</translation>
    </message>
    <message>
        <source>Lease end</source>
        <translation>租期结束</translation>
    </message>
    <message>
        <source>Owner notified</source>
        <translation>通知业主日期</translation>
    </message>
    <message>
        <source>Register a tenant…</source>
        <translation>登记租户…</translation>
    </message>
    <message>
        <source>Notify the owner</source>
        <translation>通知业主</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>续租…</translation>
    </message>
    <message>
        <source>Move out…</source>
        <translation>退租…</translation>
    </message>
    <message>
        <source>Choose a tenant in the list first.</source>
        <translation>请先在列表中选择一位租户。</translation>
    </message>
    <message>
        <source>Renew the lease</source>
        <translation>续租</translation>
    </message>
    <message>
        <source>Move out</source>
        <translation>退租</translation>
    </message>
    <message>
        <source>Draft a notice to the owner of {unit} that the lease of {tenant} ends on {end}?</source>
        <translation>起草通知，告知 {unit} 业主：租户 {tenant} 的租期于 {end} 到期？</translation>
    </message>
    <message>
        <source>The owner of {unit} was already notified of this lease end on {day}.</source>
        <translation>{unit} 的业主已于 {day} 被通知过这次租期到期。</translation>
    </message>
    <message>
        <source>The notice to the owner is drafted: send it from Front desk ▸ Notices.</source>
        <translation>给业主的通知已起草，请在 前台 ▸ 通知/公告 中发送。</translation>
    </message>
</context>
<context>
    <name>TenantDialog</name>
    <message>
        <source>Register a tenant</source>
        <translation>登记租户</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Lease start</source>
        <translation>租期开始</translation>
    </message>
    <message>
        <source>Lease end</source>
        <translation>租期结束</translation>
    </message>
</context>
<context>
    <name>UnitOccupancySection</name>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Lease start</source>
        <translation>租期开始</translation>
    </message>
    <message>
        <source>Lease end</source>
        <translation>租期结束</translation>
    </message>
    <message>
        <source>Owner notified</source>
        <translation>通知业主日期</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>巡查日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>巡查人</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现问题及处理</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Vacant-unit checks</source>
        <translation>空置房巡查记录</translation>
    </message>
    <message>
        <source>Tenant {name} is past the lease end ({end})</source>
        <translation>租户 {name} 已过租期（{end} 到期）</translation>
    </message>
    <message>
        <source>all OK</source>
        <translation>各项正常</translation>
    </message>
</context>
<context>
    <name>VacantCheckDialog</name>
    <message>
        <source>Vacant-unit check: {unit}</source>
        <translation>空置房巡查：{unit}</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>巡查日期</translation>
    </message>
    <message>
        <source>Keys in custody</source>
        <translation>托管钥匙</translation>
    </message>
    <message>
        <source>none held by the centre</source>
        <translation>中心未托管钥匙</translation>
    </message>
    <message>
        <source>Mail waiting at reception</source>
        <translation>前台待取信件</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>发现情况</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查内容</translation>
    </message>
</context>
<context>
    <name>VacantTab</name>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>上次巡查</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Record a check…</source>
        <translation>记录巡查…</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未巡查</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>已巡查</translation>
    </message>
    <message>
        <source>Record a check</source>
        <translation>记录巡查</translation>
    </message>
    <message>
        <source>Choose the vacant unit in the list first.</source>
        <translation>请先在列表中选择空置房屋。</translation>
    </message>
</context>
<context>
    <name>occupancy</name>
    <message>
        <source>Vacant &amp;&amp; rented</source>
        <translation>空置与出租</translation>
    </message>
    <message>
        <source>Vacant checks and tenants</source>
        <translation>空置房巡查与租户</translation>
    </message>
</context>
</TS>