<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book a facility</source>
        <translation>预约公共设施</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Unit code, e.g. 3-1-1502</source>
        <translation>房号，如 3-1-1502</translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation>预约人</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
</context>
<context>
    <name>BookingsTab</name>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>预约号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation>预约人</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>使用费</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>预约…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Cancel booking…</source>
        <translation>取消预约…</translation>
    </message>
    <message>
        <source>Collect…</source>
        <translation>收费…</translation>
    </message>
    <message>
        <source>Print confirmation…</source>
        <translation>打印预约确认单…</translation>
    </message>
    <message>
        <source>Deposit paid</source>
        <translation>已收押金</translation>
    </message>
    <message>
        <source>Paid {receipt}</source>
        <translation>已收 {receipt}</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>未收</translation>
    </message>
    <message>
        <source>Already paid</source>
        <translation>已收费</translation>
    </message>
    <message>
        <source>Nothing to pay</source>
        <translation>无需收费</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>全部设施</translation>
    </message>
    <message>
        <source>{n} bookings</source>
        <translation>共 {n} 条预约</translation>
    </message>
    <message>
        <source>Moving papers of {unit}: {papers}</source>
        <translation>{unit} 的搬运单据：{papers}</translation>
    </message>
    <message>
        <source>none — issue the release slip first</source>
        <translation>无——请先开具物品放行条</translation>
    </message>
    <message>
        <source>Reject booking</source>
        <translation>驳回预约</translation>
    </message>
    <message>
        <source>Why is {n} rejected?</source>
        <translation>{n} 的驳回原因：</translation>
    </message>
    <message>
        <source>Deposit {amount} of {n} taken into the deposits ledger.</source>
        <translation>{n} 押金 {amount} 元已记入押金台账。</translation>
    </message>
    <message>
        <source>{n} paid: receipt {receipt}.</source>
        <translation>{n} 已收费：收据 {receipt}。</translation>
    </message>
    <message>
        <source>Receipt {no}</source>
        <translation>收据 {no}</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Why is {n} cancelled?</source>
        <translation>{n} 的取消原因：</translation>
    </message>
    <message>
        <source>Booking confirmation {n}</source>
        <translation>公共设施预约确认单 {n}</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Facility check</source>
        <translation>开馆/闭馆检查</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>发现的情况</translation>
    </message>
    <message>
        <source>Items (untick what is wrong)</source>
        <translation>检查项目（有问题的取消勾选）</translation>
    </message>
</context>
<context>
    <name>ChecksTab</name>
    <message>
        <source>Facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Findings (repair order)</source>
        <translation>发现的问题（维修单）</translation>
    </message>
    <message>
        <source>Opening check…</source>
        <translation>开馆检查…</translation>
    </message>
    <message>
        <source>Closing check…</source>
        <translation>闭馆检查…</translation>
    </message>
    <message>
        <source>all OK</source>
        <translation>全部正常</translation>
    </message>
    <message>
        <source>Repair orders: {numbers}</source>
        <translation>已生成维修单：{numbers}</translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <source>Close for maintenance</source>
        <translation>停用维护</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>停用原因</translation>
    </message>
</context>
<context>
    <name>CollectDialog</name>
    <message>
        <source>Collect for booking {n}</source>
        <translation>设施预约收费 {n}</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>使用时间</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>使用费</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Transaction no.</source>
        <translation>交易流水号</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>交款人</translation>
    </message>
</context>
<context>
    <name>FacilitiesTab</name>
    <message>
        <source>Facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容纳人数</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>使用费</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>使用须知</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>停用原因</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>New facility…</source>
        <translation>新增设施…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Close for maintenance…</source>
        <translation>停用维护…</translation>
    </message>
    <message>
        <source>Closures for maintenance</source>
        <translation>停用维护</translation>
    </message>
    <message>
        <source>No booking was made for that time.</source>
        <translation>该时段没有预约。</translation>
    </message>
    <message>
        <source>{n} bookings were cancelled (因停用取消). Call their holders:</source>
        <translation>{n} 条预约已因停用取消，请逐一电话通知预约人：</translation>
    </message>
    <message>
        <source>Closed for maintenance</source>
        <translation>已停用维护</translation>
    </message>
</context>
<context>
    <name>FacilitiesView</name>
    <message>
        <source>Bookings</source>
        <translation>设施预约</translation>
    </message>
    <message>
        <source>Facilities and closures</source>
        <translation>设施及停用维护</translation>
    </message>
    <message>
        <source>Opening and closing checks</source>
        <translation>开馆/闭馆检查</translation>
    </message>
</context>
<context>
    <name>FacilityDialog</name>
    <message>
        <source>Facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>New facility</source>
        <translation>新增设施</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>设施名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>开馆时间</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>闭馆时间</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容纳人数</translation>
    </message>
    <message>
        <source>Fee per booking</source>
        <translation>每次使用费</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>使用须知</translation>
    </message>
</context>
<context>
    <name>UnitBookingsSection</name>
    <message>
        <source>Number</source>
        <translation>预约号</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation>预约人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>facilities</name>
    <message>
        <source>Facilities</source>
        <translation>公共设施</translation>
    </message>
    <message>
        <source>Facility bookings</source>
        <translation>公共设施预约</translation>
    </message>
</context>
</TS>