<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
  <context>
    <name>services</name>
    <message>
      <source>1–2个季度</source>
      <translation>1–2 quarters</translation>
    </message>
    <message>
      <source>1–5分</source>
      <translation>1–5 points</translation>
    </message>
    <message>
      <source>2个季度以上</source>
      <translation>over 2 quarters</translation>
    </message>
    <message>
      <source>SQLite 完整性检查</source>
      <translation>SQLite integrity check</translation>
    </message>
    <message>
      <source>SQLite 快速检查</source>
      <translation>SQLite quick check</translation>
    </message>
    <message>
      <source>installer 应为 files 中列出的一个文件</source>
      <translation>installer must be one of the files listed</translation>
    </message>
    <message>
      <source>pg_dump 备份失败：{0}</source>
      <translation>pg_dump backup failed: {0}</translation>
    </message>
    <message>
      <source>pg_restore 恢复失败：{0}</source>
      <translation>pg_restore failed: {0}</translation>
    </message>
    <message>
      <source>{0} {1} 元，退给 {2}：{3}（{4} {5} 申请）</source>
      <translation>{0} {1} yuan, to {2}: {3} (applied for by {4}, {5})</translation>
    </message>
    <message>
      <source>{0} {1} 减免 {2} 元（应收 {3}）：{4}（{5} {6} 申请）</source>
      <translation>{0} {1}: reduction of {2} yuan (billed {3}): {4} (applied for by {5}, {6})</translation>
    </message>
    <message>
      <source>{0} {1} 应有现金 {2} ≠ 现金收据 − 现金退款 ± 现金押金 {3}</source>
      <translation>{0} {1}: cash due {2} ≠ cash receipts − cash refunds ± cash deposits {3}</translation>
    </message>
    <message>
      <source>{0} {1} 开具，放行联未交回</source>
      <translation>{0} issued {1}; the release copy has not come back</translation>
    </message>
    <message>
      <source>{0} {1} 楼道巡查发现 {2} 项问题未转工程/保洁：{3}</source>
      <translation>{0} {1} stairwell round: {2} findings not handed to engineering or cleaning: {3}</translation>
    </message>
    <message>
      <source>{0} {1} 的读数已计费并锁定</source>
      <translation>The readings of {0} {1} are billed and locked</translation>
    </message>
    <message>
      <source>{0} {1} 的读数没有标记，无需确认</source>
      <translation>The reading of {0} {1} has no flag; nothing to confirm</translation>
    </message>
    <message>
      <source>{0} {1} 移交表 {2} {3} ≠ 收据 {4}</source>
      <translation>{0} {1}: handover sheet {2} {3} ≠ receipts {4}</translation>
    </message>
    <message>
      <source>{0} {1} 移交表合计或张数与收据不符</source>
      <translation>{0} {1}: the handover sheet's total or count does not match the receipts</translation>
    </message>
    <message>
      <source>{0} {1}–{2} {3}（{4} 人）</source>
      <translation>{0} {1}–{2} {3} ({4} people)</translation>
    </message>
    <message>
      <source>{0} {1}–{2} {3}（{4} 人），未收费</source>
      <translation>{0} {1}–{2} {3} ({4} people), not paid</translation>
    </message>
    <message>
      <source>{0} {1}（持卡人 {2}）</source>
      <translation>{0} {1} (holder {2})</translation>
    </message>
    <message>
      <source>{0} 不合格，不能验收通过</source>
      <translation>{0} failed: the inspection cannot pass</translation>
    </message>
    <message>
      <source>{0} 不合适：只用小写字母、数字和下划线，以字母开头</source>
      <translation>{0} will not do: use lower-case letters, digits and underscores only, starting with a letter</translation>
    </message>
    <message>
      <source>{0} 不在 -10 到 200 之间</source>
      <translation>{0} is not between -10 and 200</translation>
    </message>
    <message>
      <source>{0} 不在装修中，不能做装修日检</source>
      <translation>{0} is not under decoration; no daily site check possible</translation>
    </message>
    <message>
      <source>{0} 不存在或不是文件夹（服务器没连上、U盘没插好？）</source>
      <translation>{0} does not exist or is not a folder (server not connected, USB stick not plugged in?)</translation>
    </message>
    <message>
      <source>{0} 不是 SQLite 数据库文件，不能用来恢复</source>
      <translation>{0} is not a SQLite database file and cannot be restored from</translation>
    </message>
    <message>
      <source>{0} 不是 {1} 登记的{2}（{3}：{4}）</source>
      <translation>{0} is not a {2} registered for {1} ({3}: {4})</translation>
    </message>
    <message>
      <source>{0} 不是 {1} 登记的业主（{2}）</source>
      <translation>{0} is not an owner registered for {1} ({2})</translation>
    </message>
    <message>
      <source>{0} 不是可选的客服人员（在用的前台、管家或主管）</source>
      <translation>{0} is not one of the staff to choose from (an active clerk, steward or supervisor)</translation>
    </message>
    <message>
      <source>{0} 不是完整的 PostgreSQL 备份（pg_restore 读不出目录）</source>
      <translation>{0} is not a complete PostgreSQL backup (pg_restore cannot read its table of contents)</translation>
    </message>
    <message>
      <source>{0} 不是客服台（deskapp）数据库的备份（缺少 {1}）</source>
      <translation>{0} is not a backup of a deskapp database (missing {1})</translation>
    </message>
    <message>
      <source>{0} 不是客服台（deskapp）的数据库</source>
      <translation>{0} is not a deskapp database</translation>
    </message>
    <message>
      <source>{0} 不是文件夹</source>
      <translation>{0} is not a folder</translation>
    </message>
    <message>
      <source>{0} 与备份时审计日志记下的校验值不同：备份写好之后被改动过。当前数据库没有改动。</source>
      <translation>{0} differs from the checksum the audit log recorded at backup time: the backup was changed after it was written. The current database is unchanged.</translation>
    </message>
    <message>
      <source>{0} 个百分点</source>
      <translation>{0} percentage points</translation>
    </message>
    <message>
      <source>{0} 中更新清单的签名不对：不是本程序的发布者签的，或清单被改过，不能安装</source>
      <translation>The update manifest in {0} has a wrong signature: not signed by this program's publisher, or changed since; it cannot be installed</translation>
    </message>
    <message>
      <source>{0} 中的更新没有签名文件 {1}，不能安装</source>
      <translation>The update in {0} has no signature file {1}; it cannot be installed</translation>
    </message>
    <message>
      <source>{0} 为“{1}”，{2}的申请才能{3}</source>
      <translation>{0} is “{1}”; only an application that is {2} can be {3}</translation>
    </message>
    <message>
      <source>{0} 今天已检查过</source>
      <translation>{0} was already checked today</translation>
    </message>
    <message>
      <source>{0} 份整改通知书未整改，但装修已不在施工中</source>
      <translation>{0} rectification notices not rectified, but the decoration is no longer under way</translation>
    </message>
    <message>
      <source>{0} 停用维护中（{1}–{2}，{3}）</source>
      <translation>{0} is closed for maintenance ({1}–{2}, {3})</translation>
    </message>
    <message>
      <source>{0} 元与申请金额 {1} 元不符；少开请先撤回申请，重新选择收据</source>
      <translation>{0} yuan does not match the requested {1} yuan; to invoice less, withdraw the request and choose the receipts again</translation>
    </message>
    <message>
      <source>{0} 元超过所引收据可开票金额 {1} 元</source>
      <translation>{0} yuan is more than the {1} yuan its receipts can be invoiced for</translation>
    </message>
    <message>
      <source>{0} 出账（第 {1} 次）：账单 {2} 张合计 {3}，审计记录为 {4} 张 {5}</source>
      <translation>{0} billing run (no. {1}): {2} bills totalling {3}, the audit trail says {4} bills, {5}</translation>
    </message>
    <message>
      <source>{0} 分 {1} 秒</source>
      <translation>{0} min {1} s</translation>
    </message>
    <message>
      <source>{0} 分钟</source>
      <translation>{0} min</translation>
    </message>
    <message>
      <source>{0} 列同时对应了“{1}”和“{2}”</source>
      <translation>Column {0} matches both “{1}” and “{2}”</translation>
    </message>
    <message>
      <source>{0} 合计：SQLite {1}，服务器 {2}</source>
      <translation>{0} total: SQLite {1}, server {2}</translation>
    </message>
    <message>
      <source>{0} 太大（超过 {1} MB）</source>
      <translation>{0} is too large (over {1} MB)</translation>
    </message>
    <message>
      <source>{0} 实点数</source>
      <translation>{0} counted</translation>
    </message>
    <message>
      <source>{0} 小于上期读数 {1}</source>
      <translation>{0} is less than the previous reading {1}</translation>
    </message>
    <message>
      <source>{0} 小于新表起数 {1}</source>
      <translation>{0} is less than the new meter's start {1}</translation>
    </message>
    <message>
      <source>{0} 小时</source>
      <translation>{0} hours</translation>
    </message>
    <message>
      <source>{0} 尚未交房，不能申请装修</source>
      <translation>{0} has not been handed over yet; no decoration application possible</translation>
    </message>
    <message>
      <source>{0} 已于 {1} 由 {2} 撤销</source>
      <translation>{0} was withdrawn on {1} by {2}</translation>
    </message>
    <message>
      <source>{0} 已于 {1} 移交给 {2}；之后的收据将计入下一天的移交表</source>
      <translation>{0} was handed over at {1} to {2}; receipts taken since go on the next day's sheet</translation>
    </message>
    <message>
      <source>{0} 已停用，不能再修改</source>
      <translation>{0} has been withdrawn and can no longer be changed</translation>
    </message>
    <message>
      <source>{0} 已停用，不能再加新版本</source>
      <translation>{0} is withdrawn; no new version can be added</translation>
    </message>
    <message>
      <source>{0} 已归档，其后 {1}：{2}</source>
      <translation>{0} filed; since then {1}: {2}</translation>
    </message>
    <message>
      <source>{0} 已报名这个活动</source>
      <translation>{0} has already signed up for this activity</translation>
    </message>
    <message>
      <source>{0} 已损坏或不完整（也许没有复制完），读不出来，不能用来恢复；请换一份备份</source>
      <translation>{0} is damaged or incomplete (perhaps not copied to the end) and cannot be read or restored from; please choose another backup</translation>
    </message>
    <message>
      <source>{0} 已损坏（{1}），不能用来恢复</source>
      <translation>{0} is damaged ({1}) and cannot be restored from</translation>
    </message>
    <message>
      <source>{0} 已有 {1} 张有效住户卡/门禁卡，达到每户上限 {2} 张</source>
      <translation>{0} already has {1} valid resident/access cards, the limit per household is {2}</translation>
    </message>
    <message>
      <source>{0} 已有巡查路线“{1}”：请改用编辑路线</source>
      <translation>{0} already has the round route “{1}”: edit that route instead</translation>
    </message>
    <message>
      <source>{0} 已有未结束的装修申请 {1}（{2}）</source>
      <translation>{0} already has an unfinished decoration application {1} ({2})</translation>
    </message>
    <message>
      <source>{0} 已标为节假日：{1}</source>
      <translation>{0} is already marked as a holiday: {1}</translation>
    </message>
    <message>
      <source>{0} 已核验</source>
      <translation>{0} verified</translation>
    </message>
    <message>
      <source>{0} 已核验，{1} 批准</source>
      <translation>{0} verified, approved by {1}</translation>
    </message>
    <message>
      <source>{0} 已用于 {1} 的账单，不能撤销；以后的价格请另加一条收费标准（新的启用日期）</source>
      <translation>{0} was used by the bills of {1} and cannot be withdrawn; add a new standard (with a new start date) for the price from then on</translation>
    </message>
    <message>
      <source>{0} 已经停用</source>
      <translation>{0} is already withdrawn</translation>
    </message>
    <message>
      <source>{0} 已经过去，请选一个将来的时间</source>
      <translation>{0} has passed; please choose a time in the future</translation>
    </message>
    <message>
      <source>{0} 已通知工程部</source>
      <translation>{0} has been passed to the engineering department</translation>
    </message>
    <message>
      <source>{0} 年客诉单号不连续：共 {1} 条，序号 {2}–{3}，不同序号 {4} 个</source>
      <translation>{0}: request numbers have gaps: {1} requests, numbers {2}–{3}, {4} distinct numbers</translation>
    </message>
    <message>
      <source>{0} 年客诉单号计数器为 {1}，最大序号为 {2}</source>
      <translation>{0}: the request number counter is {1}, the highest number is {2}</translation>
    </message>
    <message>
      <source>{0} 年放行条 {1} 张，最大序号 {2}：编号不连续或重复</source>
      <translation>{0}: {1} release slips, highest number {2}: numbers have gaps or duplicates</translation>
    </message>
    <message>
      <source>{0} 年维修单号不连续：共 {1} 张，序号 {2}–{3}，不同序号 {4} 个</source>
      <translation>{0}: repair order numbers have gaps: {1} orders, numbers {2}–{3}, {4} distinct numbers</translation>
    </message>
    <message>
      <source>{0} 年维修单计数器为 {1}，最大序号为 {2}</source>
      <translation>{0}: the repair order counter is {1}, the highest number is {2}</translation>
    </message>
    <message>
      <source>{0} 年节假日已标记 {1} 天：{2}</source>
      <translation>{0} holidays marked, {1} days: {2}</translation>
    </message>
    <message>
      <source>{0} 应为不小于 0、最多两位小数的数字</source>
      <translation>{0} should be a number of at least 0 with at most two decimals</translation>
    </message>
    <message>
      <source>{0} 张维修单的最后一次派工与单上的维修人不同</source>
      <translation>{0} repair orders whose last dispatch names another technician than the order</translation>
    </message>
    <message>
      <source>{0} 恢复出的数据库检查不通过，不能用来恢复：</source>
      <translation>The database restored from {0} fails the checks and cannot be used:</translation>
    </message>
    <message>
      <source>{0} 收费计算已过账：{1} 份账单（{2}，{3}）</source>
      <translation>{0} bill run posted: {1} bills ({2}, {3})</translation>
    </message>
    <message>
      <source>{0} 无建筑面积，不能计物业费</source>
      <translation>{0} has no floor area: no property fee can be charged</translation>
    </message>
    <message>
      <source>{0} 早于申请日期</source>
      <translation>{0} is before the request date</translation>
    </message>
    <message>
      <source>{0} 早会：{1}</source>
      <translation>meeting of {0}: {1}</translation>
    </message>
    <message>
      <source>{0} 是 {1} 本人申请的：申请人与审批人不能是同一人，请另一位客服主管或管理员审批</source>
      <translation>{0} was applied for by {1}: the applicant and the approver must be two people — ask another supervisor or the administrator to approve it</translation>
    </message>
    <message>
      <source>{0} 是空文件（0 字节），请选有内容的文件</source>
      <translation>{0} is empty (0 bytes); choose a file with content</translation>
    </message>
    <message>
      <source>{0} 晚于今天</source>
      <translation>{0} is after today</translation>
    </message>
    <message>
      <source>{0} 月度汇总已归档（{1}，{2}）</source>
      <translation>{0} monthly pack filed ({1}, {2})</translation>
    </message>
    <message>
      <source>{0} 月度盘点已归档（{1}，{2}）</source>
      <translation>{0} monthly count filed ({1}, {2})</translation>
    </message>
    <message>
      <source>{0} 有前台须知，请先阅读并确认后再借出</source>
      <translation>{0} has a desk note; read and confirm it before lending</translation>
    </message>
    <message>
      <source>{0} 有读数缺失：{1}。补齐读数，或选择先为其余房屋出账</source>
      <translation>{0} has missing readings: {1}. Complete the readings, or choose to bill the other units first</translation>
    </message>
    <message>
      <source>{0} 有问题：请写明发现的情况</source>
      <translation>{0} is not OK: write down what was found</translation>
    </message>
    <message>
      <source>{0} 未核验</source>
      <translation>{0} not verified</translation>
    </message>
    <message>
      <source>{0} 未核验，{1} 批准</source>
      <translation>{0} not verified, approved by {1}</translation>
    </message>
    <message>
      <source>{0} 未登记身份证号，不能办理出入证</source>
      <translation>{0} has no ID number on record; no access pass possible</translation>
    </message>
    <message>
      <source>{0} 未获业主授权借用钥匙</source>
      <translation>{0} is not authorised by the owner to borrow keys</translation>
    </message>
    <message>
      <source>{0} 条已完成/已回访的需求没有完成时间</source>
      <translation>{0} completed or called-back requests have no completion time</translation>
    </message>
    <message>
      <source>{0} 条未完成的需求却有完成时间</source>
      <translation>{0} requests not completed have a completion time</translation>
    </message>
    <message>
      <source>{0} 没有已归档的盘点</source>
      <translation>{0} has no filed stock count</translation>
    </message>
    <message>
      <source>{0} 没有记录早会</source>
      <translation>no morning meeting was recorded on {0}</translation>
    </message>
    <message>
      <source>{0} 状态为“{1}”，已交房</source>
      <translation>{0} is “{1}”, already handed over</translation>
    </message>
    <message>
      <source>{0} 的房屋都已缴清，没有需要打印的收费通知单（如需给已缴清的房屋打印，请勾选“含已缴清”）</source>
      <translation>All units of {0} are paid; no fee notices to print (to print them for paid units, tick “include paid”)</translation>
    </message>
    <message>
      <source>{0} 的授权已于 {1} 到期</source>
      <translation>{0}'s authorisation expired on {1}</translation>
    </message>
    <message>
      <source>{0} 的授权是原业主 {1} 给的，{2} 已不是业主（产权已变更），不能确认放行；请由现业主确认</source>
      <translation>{0} was authorised by former owner {1}; {2} is no longer the owner (ownership changed), so cannot confirm the release; the current owner must confirm</translation>
    </message>
    <message>
      <source>{0} 的授权是原业主 {1} 给的，{2} 已不是业主（产权已变更），该授权不再有效</source>
      <translation>{0} was authorised by former owner {1}; {2} is no longer the owner (ownership changed), so the authorisation is no longer valid</translation>
    </message>
    <message>
      <source>{0} 的收款还没有移交：请先移交 {1}（一天一张移交表，各记其日）</source>
      <translation>The money of {0} is not handed over yet: hand over {1} first (one sheet a day, each dated its own day)</translation>
    </message>
    <message>
      <source>{0} 的数量应为正整数</source>
      <translation>The quantity of {0} should be a positive whole number</translation>
    </message>
    <message>
      <source>{0} 的早会已记录：请在未完成安排中追加</source>
      <translation>the meeting of {0} is already recorded: add to its open assignments</translation>
    </message>
    <message>
      <source>{0} 的状态是{1}，不是空置房</source>
      <translation>{0} is {1}, not a vacant unit</translation>
    </message>
    <message>
      <source>{0} 的登记或授权在 {1} 不在有效期内</source>
      <translation>{0}'s registration or authorisation is not valid on {1}</translation>
    </message>
    <message>
      <source>{0} 的结构版本（{1}）比本程序新，请先升级客服台程序</source>
      <translation>{0} has a newer schema ({1}) than this program; please upgrade deskapp first</translation>
    </message>
    <message>
      <source>{0} 的说明不能超过 {1} 个字符</source>
      <translation>the note on {0} may not exceed {1} characters</translation>
    </message>
    <message>
      <source>{0} 的钥匙 {1} 借给 {2} 尚未归还，归还后才能交房</source>
      <translation>{0}'s key {1} lent to {2} has not been returned; hand over after it is returned</translation>
    </message>
    <message>
      <source>{0} 租户搬离须先结清：{1}</source>
      <translation>{0}: the tenant must settle before moving out: {1}</translation>
    </message>
    <message>
      <source>{0} 被改动过，不能用来恢复：</source>
      <translation>{0} has been altered and cannot be restored from:</translation>
    </message>
    <message>
      <source>{0} 读数 {1} 只表已录入，无待复核</source>
      <translation>{0} readings of {1} meters entered, none to re-check</translation>
    </message>
    <message>
      <source>{0} 过大</source>
      <translation>{0} is too large</translation>
    </message>
    <message>
      <source>{0} 还没有出账，没有可打印的收费通知单</source>
      <translation>{0} has not been billed yet; no fee notices to print</translation>
    </message>
    <message>
      <source>{0} 还没有到，不能归档；每月汇总在月底之后归档这个月的登记表</source>
      <translation>{0} has not come yet and cannot be filed; a month is filed after it ends</translation>
    </message>
    <message>
      <source>{0} 项尚未清点：</source>
      <translation>{0} items not counted yet:</translation>
    </message>
    <message>
      <source>{0} 项差异还没有说明，请填写后再归档：</source>
      <translation>{0} differences have no note yet; fill them in before filing:</translation>
    </message>
    <message>
      <source>{0}{1}在 {2} 已有收费标准；新价格请用新的启用日期</source>
      <translation>{0} {1} already has a fee standard from {2}; give a new price a new start date</translation>
    </message>
    <message>
      <source>{0}–{1}（{2} 个季度）</source>
      <translation>{0}–{1} ({2} quarters)</translation>
    </message>
    <message>
      <source>{0}不按收费标准计费</source>
      <translation>{0} is not charged by the fee standard</translation>
    </message>
    <message>
      <source>{0}已办理提前退租，租期至 {1} 才结束：车位押金在租约结束、车位交回后退还，{2} 起可申请退款</source>
      <translation>{0} was ended early, but runs until {1}: a parking deposit is refunded once the lease has ended and the space is handed back; a refund may be applied for from {2}</translation>
    </message>
    <message>
      <source>{0}已挂失：押金在补办时转入新卡或退还持卡人（钥匙与卡 ▸ 卡证 ▸ 补办…）；不再补办的，先注销（钥匙与卡 ▸ 卡证 ▸ 注销…），再在押金台账退还或没收</source>
      <translation>{0} is reported lost: its deposit moves to the new card or goes back to the holder when it is replaced (Keys and cards ▸ Cards ▸ Replace…); if it is not replaced, cancel it first (Keys and cards ▸ Cards ▸ Cancel card…), then refund or forfeit it in the deposits ledger</translation>
    </message>
    <message>
      <source>{0}库存为 0，请先登记入库</source>
      <translation>{0} out of stock; record stock received first</translation>
    </message>
    <message>
      <source>{0}库存只有 {1}</source>
      <translation>Only {1} of {0} in stock</translation>
    </message>
    <message>
      <source>{0}待回访</source>
      <translation>{0} awaiting callback</translation>
    </message>
    <message>
      <source>{0}押金</source>
      <translation>{0} deposit</translation>
    </message>
    <message>
      <source>{0}押金 {1} {2}，不能再{3}</source>
      <translation>{0} deposit {1} is {2}; it cannot be {3} again</translation>
    </message>
    <message>
      <source>{0}押金 {1} {2}，不能再退</source>
      <translation>{0} deposit {1} is {2}; it cannot be refunded again</translation>
    </message>
    <message>
      <source>{0}押金 {1} 只剩 {2} 元（{3}），不能再{4} {5} 元</source>
      <translation>{0} deposit {1} holds only {2} yuan ({3}); {5} yuan cannot be {4}</translation>
    </message>
    <message>
      <source>{0}押金 {1} 已在押金台账{2}，{3}不能再{4} {5} 元：请主管在 收费 ▸ 押金台账 核对</source>
      <translation>{0} deposit {1} was already settled in the deposits ledger ({2}); {3}it cannot {4} {5} yuan again: a supervisor should check it in Billing ▸ Deposits</translation>
    </message>
    <message>
      <source>{0}押金 {1} 没收 {2} 元：{3}（{4} 申请）</source>
      <translation>{0} deposit {1}: forfeit {2} yuan: {3} (applied for by {4})</translation>
    </message>
    <message>
      <source>{0}支付不填写交易流水号</source>
      <translation>No transaction number is entered for a {0} payment</translation>
    </message>
    <message>
      <source>{0}支付必须填写交易流水号</source>
      <translation>A {0} payment needs its transaction number</translation>
    </message>
    <message>
      <source>{0}时请填写楼栋号或房号，用逗号分隔</source>
      <translation>For {0}, give building numbers or unit codes, separated by commas</translation>
    </message>
    <message>
      <source>{0}有效，尚未退卡：退卡时先注销（钥匙与卡 ▸ 卡证 ▸ 注销…），再在押金台账退还押金；补办时押金转入新卡或退还持卡人（钥匙与卡 ▸ 卡证 ▸ 补办…）</source>
      <translation>{0} is active and not handed back: when it is handed back, cancel it first (Keys and cards ▸ Cards ▸ Cancel card…), then refund the deposit in the deposits ledger; a replacement moves the deposit to the new card or gives it back to the holder (Keys and cards ▸ Cards ▸ Replace…)</translation>
    </message>
    <message>
      <source>{0}租期至 {1}，尚未结束：车位押金在租约结束、车位交回后退还；提前退租的，先办理退租（钥匙与卡 ▸ 车位 ▸ 提前退租…）</source>
      <translation>{0} runs until {1} and has not ended: a parking deposit is refunded once the lease has ended and the space is handed back; to end it early, end the lease first (Keys and cards ▸ Parking ▸ End early…)</translation>
    </message>
    <message>
      <source>{0}表起始读数</source>
      <translation>{0} meter start reading</translation>
    </message>
    <message>
      <source>{0}记着第 {1} 条审计记录（{2}）</source>
      <translation>{0} recorded audit entry no. {1} ({2})</translation>
    </message>
    <message>
      <source>{0}说备份的审计日志到第 {1} 条为止，备份里却有 {2} 条：有人在备份里追加了记录</source>
      <translation>{0} says the backup's audit trail ends at entry no. {1}, but the backup holds {2}: someone added entries to the backup</translation>
    </message>
    <message>
      <source>{0}重复</source>
      <translation>{0} appears twice</translation>
    </message>
    <message>
      <source>{0}（{1}）{2} 到，未领取{3}</source>
      <translation>{0} ({1}) arrived {2}, not collected{3}</translation>
    </message>
    <message>
      <source>{0}（{1}）{2} 未巡查</source>
      <translation>{0} ({1}) {2} not patrolled</translation>
    </message>
    <message>
      <source>{0}（{1}）今日尚未检查</source>
      <translation>{0} ({1}) not checked today</translation>
    </message>
    <message>
      <source>{0}（{1}）无权{2}，须由客服主管输入</source>
      <translation>{0} ({1}) has no right to “{2}”: a customer-service supervisor must sign in here</translation>
    </message>
    <message>
      <source>{0}（恢复前请先关闭客服台程序）</source>
      <translation>{0} (close the deskapp program before restoring)</translation>
    </message>
    <message>
      <source>{0}（服务器数据库，不适用）</source>
      <translation>{0} (server database, not applicable)</translation>
    </message>
    <message>
      <source>{0}（编号 {1}）不存在</source>
      <translation>{0} (no. {1}) does not exist</translation>
    </message>
    <message>
      <source>{0}（网络驱动器）</source>
      <translation>{0} (network drive)</translation>
    </message>
    <message>
      <source>{0}，但它的第 1 条记录与日志的第 1 条不同：日志从头被改写，或换成了另一份数据库</source>
      <translation>{0}, but its first entry differs from the trail's first: the trail was rewritten from the start, or this is another database</translation>
    </message>
    <message>
      <source>{0}，它之前的恢复记录（第 {1} 条）不在日志中：日志被改写，或换成了另一份数据库</source>
      <translation>{0}, but the restore before it (entry no. {1}) is not in the trail: the trail was rewritten, or this is another database</translation>
    </message>
    <message>
      <source>{0}，承诺 {1} 前缴纳</source>
      <translation>{0}, promised to pay by {1}</translation>
    </message>
    <message>
      <source>{0}，日志{1}：末尾的记录被删除</source>
      <translation>{0}; the trail {1}: its last entries were deleted</translation>
    </message>
    <message>
      <source>{0}，日志中这条的哈希却是 {1}：这条或它之前的记录被改写过，哈希链被重新计算</source>
      <translation>{0}, but the trail's hash of that entry is {1}: it or an entry before it was rewritten and the hash chain recomputed</translation>
    </message>
    <message>
      <source>{0}，这条记录已不存在：记录被删除</source>
      <translation>{0}, but that entry no longer exists: entries were deleted</translation>
    </message>
    <message>
      <source>{0}：SQLite {1} 行，服务器 {2} 行</source>
      <translation>{0}: SQLite {1} rows, server {2} rows</translation>
    </message>
    <message>
      <source>{0}：{1}（期限 {2}）</source>
      <translation>{0}: {1} (due {2})</translation>
    </message>
    <message>
      <source>{0}：{1}（期限 {2}），已上报主管</source>
      <translation>{0}: {1} (due {2}), reported to the supervisor</translation>
    </message>
    <message>
      <source>{0}：{1}，{2} 到期</source>
      <translation>{0}: {1}, due {2}</translation>
    </message>
    <message>
      <source>{0}：{1}，押金 {2} 元（{3} 申请）</source>
      <translation>{0}: {1}, deposit {2} yuan (applied {3})</translation>
    </message>
    <message>
      <source>{0}：复验已通过，押金 {1} 元待退</source>
      <translation>{0}: second acceptance passed, deposit {1} yuan to give back</translation>
    </message>
    <message>
      <source>{0}：检查 {1} 项（{2}），{3}</source>
      <translation>{0}: {1} checked ({2}), {3}</translation>
    </message>
    <message>
      <source>{0}：检查 {1} 项，{2}</source>
      <translation>{0}: {1} checked, {2}</translation>
    </message>
    <message>
      <source>{0}：没有对应的审计记录</source>
      <translation>{0}: no matching audit entry</translation>
    </message>
    <message>
      <source>{0}：请写明发现的问题</source>
      <translation>{0}: please describe the problem found</translation>
    </message>
    <message>
      <source>{0}：须由客服主管批准并写明理由</source>
      <translation>{0}: needs the supervisor's approval with a reason</translation>
    </message>
    <message>
      <source>“{0}”不在巡查项目中（{1}）</source>
      <translation>“{0}” is not an item of the round ({1})</translation>
    </message>
    <message>
      <source>“{0}”不是房号（应为 3-1-101 或 3栋1单元101室）</source>
      <translation>“{0}” is not a unit (write 3-1-101 or 3栋1单元101室)</translation>
    </message>
    <message>
      <source>“{0}”不是数字</source>
      <translation>“{0}” is not a number</translation>
    </message>
    <message>
      <source>“{0}”不是数字，应为大于 0 的面积（㎡）</source>
      <translation>“{0}” is not a number; give an area above 0 (m²)</translation>
    </message>
    <message>
      <source>“{0}”不是整数</source>
      <translation>“{0}” is not a whole number</translation>
    </message>
    <message>
      <source>“{0}”不是日期，应为 2024-05-01 这样的日期</source>
      <translation>“{0}” is not a date; give a date like 2024-05-01</translation>
    </message>
    <message>
      <source>“{0}”不是有效的车牌号，例如 浙A12345</source>
      <translation>“{0}” is not a valid plate number, e.g. 浙A12345</translation>
    </message>
    <message>
      <source>“{0}”不是有效评分</source>
      <translation>“{0}” is not a valid score</translation>
    </message>
    <message>
      <source>“{0}”不是期间，应为 2025Q3、2025年第3季度、2025-07 或 2025-07-01至2025-09-30</source>
      <translation>“{0}” is not a period; write 2025Q3, 2025年第3季度, 2025-07 or 2025-07-01至2025-09-30</translation>
    </message>
    <message>
      <source>“{0}”不是金额</source>
      <translation>“{0}” is not an amount</translation>
    </message>
    <message>
      <source>“{0}”不是锚点：请按“条号:哈希前 {1} 位”输入，例如 1234:abcd1234</source>
      <translation>"{0}" is not an anchor: type it as "entry number:first {1} hash characters", e.g. 1234:abcd1234</translation>
    </message>
    <message>
      <source>“{0}”不是预交一年优惠，须申请并经主管审批</source>
      <translation>“{0}” is not a year-ahead offer: it needs an application and a supervisor's approval</translation>
    </message>
    <message>
      <source>“{0}”中的日期不存在</source>
      <translation>“{0}” holds a date that does not exist</translation>
    </message>
    <message>
      <source>“{0}”出现了两次</source>
      <translation>“{0}” appears twice</translation>
    </message>
    <message>
      <source>“{0}”只适用于空置房，该房屋不是空置状态</source>
      <translation>“{0}” applies only to vacant units; this unit is not vacant</translation>
    </message>
    <message>
      <source>“{0}”已被使用</source>
      <translation>“{0}” is already taken</translation>
    </message>
    <message>
      <source>“{0}”应为 11 位手机号或带区号的固定电话</source>
      <translation>“{0}” should be an 11-digit mobile number or a landline with area code</translation>
    </message>
    <message>
      <source>“{0}”应为 1–8 位字母或数字</source>
      <translation>“{0}” should be 1–8 letters or digits</translation>
    </message>
    <message>
      <source>“{0}”应为 7–8 位，如 浙A12345</source>
      <translation>“{0}” should be 7–8 characters, e.g. 浙A12345</translation>
    </message>
    <message>
      <source>“{0}”应为 8 到 20 位数字（数电发票 20 位）</source>
      <translation>“{0}” should be 8 to 20 digits (20 on a digital invoice)</translation>
    </message>
    <message>
      <source>“{0}”应为 FX年份-六位序号</source>
      <translation>“{0}” should be FX year - six-digit number</translation>
    </message>
    <message>
      <source>“{0}”应为 WX年份-六位序号，例如 WX2026-000123</source>
      <translation>“{0}” should be WX year - six-digit number, e.g. WX2026-000123</translation>
    </message>
    <message>
      <source>“{0}”应为 YYYY-MM，例如 2026-07</source>
      <translation>“{0}” should be YYYY-MM, e.g. 2026-07</translation>
    </message>
    <message>
      <source>“{0}”应为 普通、紧急 或 特急</source>
      <translation>“{0}” should be normal, urgent or very urgent</translation>
    </message>
    <message>
      <source>“{0}”应为 水表 或 电表</source>
      <translation>“{0}” should be water meter or electricity meter</translation>
    </message>
    <message>
      <source>“{0}”应为如 2026Q3 的季度</source>
      <translation>“{0}” should be a quarter such as 2026Q3</translation>
    </message>
    <message>
      <source>“{0}”时不能填写检查项目</source>
      <translation>With “{0}” no check items may be given</translation>
    </message>
    <message>
      <source>“{0}”的事项不能{1}</source>
      <translation>An item that is “{0}” cannot be {1}</translation>
    </message>
    <message>
      <source>“{0}”的年份应在 {1} 到 {2} 之间</source>
      <translation>The year of “{0}” should be between {1} and {2}</translation>
    </message>
    <message>
      <source>“{0}”的报名不能签到</source>
      <translation>a sign-up that is “{0}” cannot be marked as come</translation>
    </message>
    <message>
      <source>“{0}”的时限不能超过 {1} 小时</source>
      <translation>The time limit of “{0}” cannot exceed {1} hours</translation>
    </message>
    <message>
      <source>“{0}”的时限应为大于 0 的整数小时</source>
      <translation>The time limit of “{0}” should be a whole number of hours above 0</translation>
    </message>
    <message>
      <source>“{0}”的月份应在 1 到 12 之间</source>
      <translation>the month of “{0}” must be 1 to 12</translation>
    </message>
    <message>
      <source>“{0}”的校验位不对，请核对</source>
      <translation>the check character of “{0}” is wrong; please check it</translation>
    </message>
    <message>
      <source>“{0}”的维修单不能{1}</source>
      <translation>A repair order that is “{0}” cannot be {1}</translation>
    </message>
    <message>
      <source>“{0}”要求该年度四个季度的物业费均已出账、一并缴清</source>
      <translation>“{0}” needs the property fee of all four quarters of the year billed and paid together</translation>
    </message>
    <message>
      <source>“已租”由租约决定，请登记为空闲后办理租赁</source>
      <translation>“Let” follows from the lease: register the unit as vacant, then record the lease</translation>
    </message>
    <message>
      <source>　重大事件</source>
      <translation> (major event)</translation>
    </message>
    <message>
      <source>【重大】</source>
      <translation>[major]</translation>
    </message>
    <message>
      <source>【重大事件】</source>
      <translation>[major event]</translation>
    </message>
    <message>
      <source>一个车位最多登记 3 个车牌</source>
      <translation>A parking space holds at most 3 plates</translation>
    </message>
    <message>
      <source>一年以上</source>
      <translation>over a year</translation>
    </message>
    <message>
      <source>一次性收费</source>
      <translation>One-off charge</translation>
    </message>
    <message>
      <source>一次最多标记 {0} 天（{1} 至 {2} 是 {3} 天）</source>
      <translation>At most {0} days can be marked at once ({1} to {2} is {3} days)</translation>
    </message>
    <message>
      <source>一次预约限当天之内</source>
      <translation>a booking must end on the day it starts</translation>
    </message>
    <message>
      <source>上传新版本</source>
      <translation>Upload new version</translation>
    </message>
    <message>
      <source>上季度收费计算与缴费通知</source>
      <translation>Last quarter billed and notices sent</translation>
    </message>
    <message>
      <source>上月登记表汇总归档</source>
      <translation>Last month's registers filed</translation>
    </message>
    <message>
      <source>上线数据核对表</source>
      <translation>Go-live reconciliation sheet</translation>
    </message>
    <message>
      <source>上门</source>
      <translation>home visit</translation>
    </message>
    <message>
      <source>下班时间 {0} 应晚于上班时间 {1}</source>
      <translation>the closing time {0} must be later than the opening time {1}</translation>
    </message>
    <message>
      <source>不变</source>
      <translation>unchanged</translation>
    </message>
    <message>
      <source>不合格</source>
      <translation>Failed</translation>
    </message>
    <message>
      <source>不在开放时间内（{0}–{1}）</source>
      <translation>outside the opening hours ({0}–{1})</translation>
    </message>
    <message>
      <source>不在日检表中：{0}</source>
      <translation>Not on the daily check sheet: {0}</translation>
    </message>
    <message>
      <source>不在项目清单中：{0}</source>
      <translation>Not on the item list: {0}</translation>
    </message>
    <message>
      <source>不在验收单中：{0}</source>
      <translation>Not on the acceptance form: {0}</translation>
    </message>
    <message>
      <source>不对</source>
      <translation>is wrong</translation>
    </message>
    <message>
      <source>不是有效的 JSON：{0}</source>
      <translation>Not valid JSON: {0}</translation>
    </message>
    <message>
      <source>不是有效金额</source>
      <translation>is not a valid amount</translation>
    </message>
    <message>
      <source>不满意</source>
      <translation>dissatisfied</translation>
    </message>
    <message>
      <source>不满意或不合格时请写明哪里还没有好</source>
      <translation>when not satisfied or failed, say what is still not right</translation>
    </message>
    <message>
      <source>不能与原密码相同</source>
      <translation>cannot be the same as the old password</translation>
    </message>
    <message>
      <source>不能为 0</source>
      <translation>cannot be 0</translation>
    </message>
    <message>
      <source>不能为空</source>
      <translation>cannot be empty</translation>
    </message>
    <message>
      <source>不能为空，例如 3号楼公共照明</source>
      <translation>cannot be empty, e.g. building 3 common lighting</translation>
    </message>
    <message>
      <source>不能为空，应为大于 0 的面积（㎡）</source>
      <translation>cannot be empty; give an area above 0 (m²)</translation>
    </message>
    <message>
      <source>不能为负数</source>
      <translation>cannot be negative</translation>
    </message>
    <message>
      <source>不能交班：{0}</source>
      <translation>Cannot hand over: {0}</translation>
    </message>
    <message>
      <source>不能修改自己正在使用的账号的角色；请另一位管理员来改</source>
      <translation>You cannot change the role of the account you are signed in with; ask another administrator</translation>
    </message>
    <message>
      <source>不能停用最后一个管理员账号</source>
      <translation>The last administrator account cannot be disabled</translation>
    </message>
    <message>
      <source>不能停用自己正在使用的账号；请另一位管理员来停用</source>
      <translation>You cannot disable the account you are signed in with; ask another administrator</translation>
    </message>
    <message>
      <source>不能删除最后一个管理员账号</source>
      <translation>The last administrator account cannot be deleted</translation>
    </message>
    <message>
      <source>不能备份到正在使用的数据库文件本身</source>
      <translation>Cannot back up onto the database file in use</translation>
    </message>
    <message>
      <source>不能大于 {0}</source>
      <translation>cannot be more than {0}</translation>
    </message>
    <message>
      <source>不能导入“{0}”（可导入：{1}）</source>
      <translation>Cannot import “{0}” (importable: {1})</translation>
    </message>
    <message>
      <source>不能小于 {0}</source>
      <translation>cannot be less than {0}</translation>
    </message>
    <message>
      <source>不能早于{0} {1}</source>
      <translation>cannot be before the {0} {1}</translation>
    </message>
    <message>
      <source>不能早于今天</source>
      <translation>cannot be before today</translation>
    </message>
    <message>
      <source>不能早于借出时间 {0}</source>
      <translation>cannot be before the lending time {0}</translation>
    </message>
    <message>
      <source>不能早于入住日期 {0}</source>
      <translation>cannot be before the move-in date {0}</translation>
    </message>
    <message>
      <source>不能早于开具时间</source>
      <translation>cannot be before the time of issue</translation>
    </message>
    <message>
      <source>不能早于开始日期</source>
      <translation>cannot be before the start date</translation>
    </message>
    <message>
      <source>不能早于张贴日期 {0}</source>
      <translation>cannot be before the day it was put up, {0}</translation>
    </message>
    <message>
      <source>不能早于早会日期 {0}</source>
      <translation>may not be before the meeting's date {0}</translation>
    </message>
    <message>
      <source>不能早于现业主的登记日期</source>
      <translation>cannot be before the current owner's registration date</translation>
    </message>
    <message>
      <source>不能早于现在 {0}</source>
      <translation>cannot be before now, {0}</translation>
    </message>
    <message>
      <source>不能早于登记日期 {0}</source>
      <translation>cannot be before the registration date {0}</translation>
    </message>
    <message>
      <source>不能早于租期开始</source>
      <translation>cannot be before the lease start</translation>
    </message>
    <message>
      <source>不能早于租期开始 {0}</source>
      <translation>cannot be before the lease start {0}</translation>
    </message>
    <message>
      <source>不能早于联络日期 {0}</source>
      <translation>cannot be before the contact's date, {0}</translation>
    </message>
    <message>
      <source>不能早于起始日期 {0}</source>
      <translation>Cannot be before the first day {0}</translation>
    </message>
    <message>
      <source>不能晚于今天</source>
      <translation>cannot be after today</translation>
    </message>
    <message>
      <source>不能晚于今天 {0}</source>
      <translation>cannot be later than today, {0}</translation>
    </message>
    <message>
      <source>不能晚于今天（{0}）</source>
      <translation>cannot be after today ({0})</translation>
    </message>
    <message>
      <source>不能晚于今天（{0}）：对账单只列已发生的费用</source>
      <translation>cannot be after today ({0}): a statement lists only what has happened</translation>
    </message>
    <message>
      <source>不能晚于今天：租户搬走后再办理退租</source>
      <translation>cannot be after today: record the move-out once the tenant has left</translation>
    </message>
    <message>
      <source>不能晚于截止日期（{0}）</source>
      <translation>cannot be after the end date ({0})</translation>
    </message>
    <message>
      <source>不能晚于现在</source>
      <translation>cannot be after now</translation>
    </message>
    <message>
      <source>不能用小区或服务中心的名称做密码</source>
      <translation>The name of the community or service centre cannot be the password</translation>
    </message>
    <message>
      <source>不能用用户名做密码</source>
      <translation>The user name cannot be the password</translation>
    </message>
    <message>
      <source>不能超过 100%</source>
      <translation>cannot exceed 100%</translation>
    </message>
    <message>
      <source>不能超过 40 个字符</source>
      <translation>cannot be longer than 40 characters</translation>
    </message>
    <message>
      <source>不能超过 50 把</source>
      <translation>cannot be more than 50 keys</translation>
    </message>
    <message>
      <source>不能超过 {0} 个字</source>
      <translation>At most {0} characters</translation>
    </message>
    <message>
      <source>不能超过 {0} 个字符</source>
      <translation>cannot be longer than {0} characters</translation>
    </message>
    <message>
      <source>不能超过 {0} 字（现 {1} 字）</source>
      <translation>at most {0} characters (now {1})</translation>
    </message>
    <message>
      <source>不能预约已经过去的时间</source>
      <translation>a time already past cannot be booked</translation>
    </message>
    <message>
      <source>不足之处</source>
      <translation>Shortfalls</translation>
    </message>
    <message>
      <source>不足应收 {0} 元</source>
      <translation>short of the {0} yuan due</translation>
    </message>
    <message>
      <source>不适用</source>
      <translation>not applicable</translation>
    </message>
    <message>
      <source>与数据库服务器 {0} 的连接断了（{1}）；这一步没有完成，没有保存任何数据。请确认服务器电脑和网络正常，再试一次（连上后程序自动重新连接）。</source>
      <translation>The connection to the database server {0} was lost ({1}); this step was not done and nothing was saved. Check that the server PC and the network are working and try again (the program reconnects by itself).</translation>
    </message>
    <message>
      <source>与租约 {0}（{1} 至 {2}）重叠</source>
      <translation>overlaps lease {0} ({1} to {2})</translation>
    </message>
    <message>
      <source>与预约 {0}（{1}–{2}）时间重叠</source>
      <translation>overlaps booking {0} ({1}–{2})</translation>
    </message>
    <message>
      <source>业主</source>
      <translation>Owner</translation>
    </message>
    <message>
      <source>业主不能直接移除，请办理产权变更</source>
      <translation>An owner cannot simply be removed; record a change of ownership</translation>
    </message>
    <message>
      <source>业主委托</source>
      <translation>Owner's proxy</translation>
    </message>
    <message>
      <source>业主家属（主管批准）</source>
      <translation>Owner's family (supervisor approved)</translation>
    </message>
    <message>
      <source>业主房屋</source>
      <translation>Owner's unit</translation>
    </message>
    <message>
      <source>业主授权人</source>
      <translation>Owner's authorised person</translation>
    </message>
    <message>
      <source>业主本人</source>
      <translation>Owner in person</translation>
    </message>
    <message>
      <source>业主电话</source>
      <translation>Owner's phone</translation>
    </message>
    <message>
      <source>业主确认</source>
      <translation>Owner confirms</translation>
    </message>
    <message>
      <source>业户档案</source>
      <translation>Unit records</translation>
    </message>
    <message>
      <source>业户违章</source>
      <translation>Resident violations</translation>
    </message>
    <message>
      <source>个人信息已遮蔽</source>
      <translation>Personal data masked</translation>
    </message>
    <message>
      <source>临时收费项目</source>
      <translation>Ad-hoc charge items</translation>
    </message>
    <message>
      <source>为回访、催缴查看完整电话</source>
      <translation>See the full phone number for a callback or dunning call</translation>
    </message>
    <message>
      <source>主管密码</source>
      <translation>Supervisor password</translation>
    </message>
    <message>
      <source>主管批准须写明理由（至少 4 个字）</source>
      <translation>A supervisor's approval needs a reason (at least 4 characters)</translation>
    </message>
    <message>
      <source>主管用户名</source>
      <translation>Supervisor user name</translation>
    </message>
    <message>
      <source>主管确认</source>
      <translation>Acknowledged by supervisor</translation>
    </message>
    <message>
      <source>主营业务收入-物业费</source>
      <translation>Main business revenue – property fees</translation>
    </message>
    <message>
      <source>主题</source>
      <translation>Theme</translation>
    </message>
    <message>
      <source>书面</source>
      <translation>In writing</translation>
    </message>
    <message>
      <source>乱停车</source>
      <translation>Illegal parking</translation>
    </message>
    <message>
      <source>乱扔垃圾/杂物</source>
      <translation>Litter / dumped items</translation>
    </message>
    <message>
      <source>事由</source>
      <translation>Purpose</translation>
    </message>
    <message>
      <source>事项</source>
      <translation>Task</translation>
    </message>
    <message>
      <source>事项尚未完成（当前：{0}），不能回访</source>
      <translation>The item is not finished yet (now: {0}); no callback possible</translation>
    </message>
    <message>
      <source>二次装修日检表检查项目</source>
      <translation>Daily decoration check items</translation>
    </message>
    <message>
      <source>交付日期</source>
      <translation>Delivery date</translation>
    </message>
    <message>
      <source>交回时间</source>
      <translation>Returned at</translation>
    </message>
    <message>
      <source>交存人</source>
      <translation>Deposited by</translation>
    </message>
    <message>
      <source>交存日期</source>
      <translation>Deposited on</translation>
    </message>
    <message>
      <source>交房</source>
      <translation>Hand-over</translation>
    </message>
    <message>
      <source>交房后状态</source>
      <translation>State after hand-over</translation>
    </message>
    <message>
      <source>交房日期</source>
      <translation>Hand-over date</translation>
    </message>
    <message>
      <source>交房清单</source>
      <translation>Hand-over list</translation>
    </message>
    <message>
      <source>交房至少交付 1 把钥匙</source>
      <translation>A hand-over gives at least 1 key</translation>
    </message>
    <message>
      <source>交房记录（编号 {0}）不存在</source>
      <translation>Hand-over record (no. {0}) does not exist</translation>
    </message>
    <message>
      <source>交接事项</source>
      <translation>Handover items</translation>
    </message>
    <message>
      <source>交接班</source>
      <translation>Shift handover</translation>
    </message>
    <message>
      <source>交接表</source>
      <translation>Handover sheet</translation>
    </message>
    <message>
      <source>交接表尚未交班，不能接班</source>
      <translation>The handover sheet has not been handed over; it cannot be taken over</translation>
    </message>
    <message>
      <source>交接表已{0}，不能再修改</source>
      <translation>The handover sheet is already {0}; it cannot be changed</translation>
    </message>
    <message>
      <source>交接表已{0}，不能再次交班</source>
      <translation>The handover sheet is already {0}; it cannot be handed over again</translation>
    </message>
    <message>
      <source>交接表已接收：{0}</source>
      <translation>Shift handover received: {0}</translation>
    </message>
    <message>
      <source>交接表已接班</source>
      <translation>The handover sheet has been taken over</translation>
    </message>
    <message>
      <source>交易流水号</source>
      <translation>Transaction no.</translation>
    </message>
    <message>
      <source>交款人</source>
      <translation>Payer</translation>
    </message>
    <message>
      <source>交班</source>
      <translation>Hand over shift</translation>
    </message>
    <message>
      <source>交给</source>
      <translation>Handed to</translation>
    </message>
    <message>
      <source>交还业主</source>
      <translation>Returned to the owner</translation>
    </message>
    <message>
      <source>交还托管钥匙</source>
      <translation>Return custody key</translation>
    </message>
    <message>
      <source>产权变更</source>
      <translation>Change of ownership</translation>
    </message>
    <message>
      <source>产权房号</source>
      <translation>Title unit code</translation>
    </message>
    <message>
      <source>人员</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>人员关系</source>
      <translation>Relation</translation>
    </message>
    <message>
      <source>人员变更</source>
      <translation>Change of people</translation>
    </message>
    <message>
      <source>人员（编号 {0}）不存在</source>
      <translation>Person (no. {0}) does not exist</translation>
    </message>
    <message>
      <source>人数</source>
      <translation>Heads</translation>
    </message>
    <message>
      <source>人数上限</source>
      <translation>People limit</translation>
    </message>
    <message>
      <source>仅客服中心</source>
      <translation>Service centre only</translation>
    </message>
    <message>
      <source>仅记录</source>
      <translation>Note only</translation>
    </message>
    <message>
      <source>今天</source>
      <translation>today</translation>
    </message>
    <message>
      <source>从备份恢复数据库</source>
      <translation>Restore the database from a backup</translation>
    </message>
    <message>
      <source>从未巡查</source>
      <translation>never checked</translation>
    </message>
    <message>
      <source>付款方式</source>
      <translation>Payment method</translation>
    </message>
    <message>
      <source>代取信件</source>
      <translation>Collect mail for someone</translation>
    </message>
    <message>
      <source>代收水费</source>
      <translation>Water collected for the water company</translation>
    </message>
    <message>
      <source>代管钥匙</source>
      <translation>Keys held</translation>
    </message>
    <message>
      <source>以上</source>
      <translation>and above</translation>
    </message>
    <message>
      <source>仪表</source>
      <translation>Meter</translation>
    </message>
    <message>
      <source>份数</source>
      <translation>Copies</translation>
    </message>
    <message>
      <source>份数变更</source>
      <translation>Change of copies</translation>
    </message>
    <message>
      <source>优惠月数</source>
      <translation>Months off</translation>
    </message>
    <message>
      <source>会所</source>
      <translation>Clubhouse</translation>
    </message>
    <message>
      <source>会议</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <source>会议室</source>
      <translation>Meeting room</translation>
    </message>
    <message>
      <source>会议要求</source>
      <translation>Requirements</translation>
    </message>
    <message>
      <source>位置</source>
      <translation>Location</translation>
    </message>
    <message>
      <source>住宅</source>
      <translation>Residential</translation>
    </message>
    <message>
      <source>住建</source>
      <translation>Housing bureau</translation>
    </message>
    <message>
      <source>住户卡</source>
      <translation>Resident card</translation>
    </message>
    <message>
      <source>作废</source>
      <translation>Void</translation>
    </message>
    <message>
      <source>作废原因</source>
      <translation>Reason for voiding</translation>
    </message>
    <message>
      <source>作废已移交的收据</source>
      <translation>Void a receipt already handed over</translation>
    </message>
    <message>
      <source>作废收据</source>
      <translation>Void receipts</translation>
    </message>
    <message>
      <source>作废物品放行条</source>
      <translation>Void release slips</translation>
    </message>
    <message>
      <source>作废社区活动支出</source>
      <translation>Void community activity spending</translation>
    </message>
    <message>
      <source>作废（冲减）</source>
      <translation>Void (reversed)</translation>
    </message>
    <message>
      <source>使用须知</source>
      <translation>Rules</translation>
    </message>
    <message>
      <source>使用预存款</source>
      <translation>Use prepayment</translation>
    </message>
    <message>
      <source>依据</source>
      <translation>Reference</translation>
    </message>
    <message>
      <source>保存上线数据核对表</source>
      <translation>Keep the go-live reconciliation sheet</translation>
    </message>
    <message>
      <source>保存交接表</source>
      <translation>Save handover sheet</translation>
    </message>
    <message>
      <source>保存位置</source>
      <translation>Save to</translation>
    </message>
    <message>
      <source>保存公共设施</source>
      <translation>Save facility</translation>
    </message>
    <message>
      <source>保存附件文件</source>
      <translation>Store attached file</translation>
    </message>
    <message>
      <source>保安</source>
      <translation>Security</translation>
    </message>
    <message>
      <source>保洁</source>
      <translation>Cleaning</translation>
    </message>
    <message>
      <source>保留</source>
      <translation>Kept</translation>
    </message>
    <message>
      <source>信件</source>
      <translation>Letter</translation>
    </message>
    <message>
      <source>信件已领取</source>
      <translation>Mail collected</translation>
    </message>
    <message>
      <source>信件待取</source>
      <translation>Mail to collect</translation>
    </message>
    <message>
      <source>信件待取超过几天提醒</source>
      <translation>Remind of uncollected mail after how many days</translation>
    </message>
    <message>
      <source>信报箱钥匙</source>
      <translation>Mailbox key</translation>
    </message>
    <message>
      <source>修改</source>
      <translation>Edit</translation>
    </message>
    <message>
      <source>修改宣传板报</source>
      <translation>Edit publicity board</translation>
    </message>
    <message>
      <source>修改小区信息</source>
      <translation>Edit community details</translation>
    </message>
    <message>
      <source>修改文件资料</source>
      <translation>Edit document</translation>
    </message>
    <message>
      <source>修改社区活动</source>
      <translation>Edit community activity</translation>
    </message>
    <message>
      <source>修改系统设置</source>
      <translation>Change system settings</translation>
    </message>
    <message>
      <source>修改自己的密码</source>
      <translation>Change own password</translation>
    </message>
    <message>
      <source>修改角色</source>
      <translation>Change role</translation>
    </message>
    <message>
      <source>候补</source>
      <translation>Waiting</translation>
    </message>
    <message>
      <source>候补名单</source>
      <translation>Waiting list</translation>
    </message>
    <message>
      <source>候补转正</source>
      <translation>Promote from waiting list</translation>
    </message>
    <message>
      <source>借出</source>
      <translation>Lent</translation>
    </message>
    <message>
      <source>借出未还</source>
      <translation>Lent, not returned</translation>
    </message>
    <message>
      <source>借出钥匙</source>
      <translation>Lend keys</translation>
    </message>
    <message>
      <source>借用人</source>
      <translation>Borrower</translation>
    </message>
    <message>
      <source>借用人不是本户登记的业主或授权人</source>
      <translation>The borrower is not an owner or authorised person registered for this unit</translation>
    </message>
    <message>
      <source>借用期不能超过 31 天</source>
      <translation>A loan cannot be longer than 31 days</translation>
    </message>
    <message>
      <source>借用记录 {0} 不存在</source>
      <translation>Loan record {0} does not exist</translation>
    </message>
    <message>
      <source>借用记录 {0} 的归还时间早于借出时间</source>
      <translation>Key loan {0} was returned before it was lent</translation>
    </message>
    <message>
      <source>借用钥匙</source>
      <translation>Borrow keys</translation>
    </message>
    <message>
      <source>值</source>
      <translation>Value</translation>
    </message>
    <message>
      <source>值班保安</source>
      <translation>Guard on duty</translation>
    </message>
    <message>
      <source>停工</source>
      <translation>Work stopped</translation>
    </message>
    <message>
      <source>停工原因</source>
      <translation>Reason for stopping work</translation>
    </message>
    <message>
      <source>停用</source>
      <translation>Disabled</translation>
    </message>
    <message>
      <source>停用原因</source>
      <translation>Reason for closure</translation>
    </message>
    <message>
      <source>停用开始</source>
      <translation>Closed from</translation>
    </message>
    <message>
      <source>停用文件资料</source>
      <translation>Withdraw document</translation>
    </message>
    <message>
      <source>停用时间已经过去</source>
      <translation>the closure is already over</translation>
    </message>
    <message>
      <source>停用楼道巡查路线</source>
      <translation>Retire a stairwell round route</translation>
    </message>
    <message>
      <source>停用结束</source>
      <translation>Closed until</translation>
    </message>
    <message>
      <source>停用账号</source>
      <translation>Disable account</translation>
    </message>
    <message>
      <source>健身房</source>
      <translation>Gym</translation>
    </message>
    <message>
      <source>催缴与联系记录</source>
      <translation>Dunning and contact record</translation>
    </message>
    <message>
      <source>催缴期限（天）</source>
      <translation>Dunning deadline (days)</translation>
    </message>
    <message>
      <source>催缴记录</source>
      <translation>Dunning record</translation>
    </message>
    <message>
      <source>催缴通知 {0} 份，联系记录 {1} 条</source>
      <translation>{0} dunning notices, {1} contacts recorded</translation>
    </message>
    <message>
      <source>催缴通知单</source>
      <translation>Payment reminder</translation>
    </message>
    <message>
      <source>免费</source>
      <translation>Free</translation>
    </message>
    <message>
      <source>免费维修不能填写收费金额</source>
      <translation>A free repair cannot have a charge</translation>
    </message>
    <message>
      <source>入住</source>
      <translation>Move-in</translation>
    </message>
    <message>
      <source>入库</source>
      <translation>Into stock</translation>
    </message>
    <message>
      <source>入户门钥匙</source>
      <translation>Entrance door key</translation>
    </message>
    <message>
      <source>全体业户</source>
      <translation>All residents</translation>
    </message>
    <message>
      <source>全年累计</source>
      <translation>Year to date</translation>
    </message>
    <message>
      <source>全部日期</source>
      <translation>all days</translation>
    </message>
    <message>
      <source>全部楼栋</source>
      <translation>All buildings</translation>
    </message>
    <message>
      <source>全部正常</source>
      <translation>All normal</translation>
    </message>
    <message>
      <source>全部用量</source>
      <translation>all usage</translation>
    </message>
    <message>
      <source>公共</source>
      <translation>Common</translation>
    </message>
    <message>
      <source>公共/临停</source>
      <translation>Public / short stay</translation>
    </message>
    <message>
      <source>公共/临停车位不能出租</source>
      <translation>A public / short-stay space cannot be let</translation>
    </message>
    <message>
      <source>公共区域</source>
      <translation>Common area</translation>
    </message>
    <message>
      <source>公共区域维修完工后由客服或管家检查，不需回访</source>
      <translation>A common-area repair is checked by the desk or steward when done; no callback needed</translation>
    </message>
    <message>
      <source>公共维修</source>
      <translation>Common-area repair</translation>
    </message>
    <message>
      <source>公共表</source>
      <translation>Shared meters</translation>
    </message>
    <message>
      <source>公共设施</source>
      <translation>Facility</translation>
    </message>
    <message>
      <source>公共设施开馆、闭馆检查</source>
      <translation>Check facilities at opening and closing</translation>
    </message>
    <message>
      <source>公共设施缺陷</source>
      <translation>Common facility defect</translation>
    </message>
    <message>
      <source>公共设施预约</source>
      <translation>Facility bookings</translation>
    </message>
    <message>
      <source>公摊仅计入已交房的房屋</source>
      <translation>Shared charges only for handed-over units</translation>
    </message>
    <message>
      <source>公摊分配之和 = 表计金额</source>
      <translation>Shared-meter allocations add up to the meter's amount</translation>
    </message>
    <message>
      <source>公摊水费</source>
      <translation>Shared water</translation>
    </message>
    <message>
      <source>公摊电费</source>
      <translation>Shared electricity</translation>
    </message>
    <message>
      <source>公摊表 {0} {1}：分摊 {2} + 暂缓 {3} ≠ 表计金额 {4}</source>
      <translation>Shared meter {0} {1}: allocated {2} + held {3} ≠ meter amount {4}</translation>
    </message>
    <message>
      <source>公示日期</source>
      <translation>Notice date</translation>
    </message>
    <message>
      <source>公约</source>
      <translation>Convention</translation>
    </message>
    <message>
      <source>关系</source>
      <translation>Relation</translation>
    </message>
    <message>
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>关闭他人的早会安排</source>
      <translation>close another's meeting assignment</translation>
    </message>
    <message>
      <source>关闭原因</source>
      <translation>Reason for closing</translation>
    </message>
    <message>
      <source>关闭自己的早会安排</source>
      <translation>close one's own meeting assignment</translation>
    </message>
    <message>
      <source>其中 {0} 天已标为节假日（{1}），一天也没有标记</source>
      <translation>{0} of these days are already holidays ({1}); none was marked</translation>
    </message>
    <message>
      <source>其他</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>其他业务收入</source>
      <translation>Other business revenue</translation>
    </message>
    <message>
      <source>其他人员（主管批准）</source>
      <translation>Someone else (supervisor approved)</translation>
    </message>
    <message>
      <source>其他减免</source>
      <translation>Other discount</translation>
    </message>
    <message>
      <source>其他应付款</source>
      <translation>Other payables</translation>
    </message>
    <message>
      <source>其他应付款-押金</source>
      <translation>Other payables - deposits</translation>
    </message>
    <message>
      <source>其他数量</source>
      <translation>Other sizes</translation>
    </message>
    <message>
      <source>其他物品</source>
      <translation>Other goods</translation>
    </message>
    <message>
      <source>其他证件</source>
      <translation>Other ID</translation>
    </message>
    <message>
      <source>其他货币资金-微信</source>
      <translation>Other monetary funds – WeChat</translation>
    </message>
    <message>
      <source>其他货币资金-支付宝</source>
      <translation>Other monetary funds – Alipay</translation>
    </message>
    <message>
      <source>其他钥匙</source>
      <translation>Other key</translation>
    </message>
    <message>
      <source>内容</source>
      <translation>Content</translation>
    </message>
    <message>
      <source>内容应为一个对象</source>
      <translation>The content must be an object</translation>
    </message>
    <message>
      <source>写入备份 {0} 失败：{1}。当前数据库未受影响。</source>
      <translation>Writing the backup {0} failed: {1}. The current database is unaffected.</translation>
    </message>
    <message>
      <source>写入备份 {0} 失败：磁盘空间不足（或文件过大）。当前数据库未受影响，请腾出空间或换一个位置再备份。</source>
      <translation>Writing the backup {0} failed: the disk is full (or the file too large). The current database is unaffected; free some space or back up to another place.</translation>
    </message>
    <message>
      <source>减免</source>
      <translation>Waiver</translation>
    </message>
    <message>
      <source>减免原因</source>
      <translation>Reason for the waiver</translation>
    </message>
    <message>
      <source>减免待审批</source>
      <translation>Reduction awaiting approval</translation>
    </message>
    <message>
      <source>减免比例</source>
      <translation>Discount percentage</translation>
    </message>
    <message>
      <source>减免滞纳金</source>
      <translation>Waive late fees</translation>
    </message>
    <message>
      <source>减免申请</source>
      <translation>Reduction application</translation>
    </message>
    <message>
      <source>减免申请 {0}：{1}，却有减免记录 {2} 元</source>
      <translation>Discount request {0}: {1}, yet discount records of {2} yuan exist</translation>
    </message>
    <message>
      <source>减免申请 {0}：已批准 {1} 元，</source>
      <translation>Discount request {0}: approved {1} yuan, </translation>
    </message>
    <message>
      <source>减免申请 {0}：已批准 {1} 元，减免记录为明细 {2} 的 {3} 元</source>
      <translation>Waiver application {0}: {1} yuan approved, the waiver recorded is {3} yuan on line {2}</translation>
    </message>
    <message>
      <source>减免申请 {0}：已批准 {1} 元，没有对应的减免记录</source>
      <translation>Waiver application {0}: {1} yuan approved, but no matching waiver is recorded</translation>
    </message>
    <message>
      <source>减免申请不存在</source>
      <translation>No such discount application</translation>
    </message>
    <message>
      <source>减免规则</source>
      <translation>Reduction rule</translation>
    </message>
    <message>
      <source>减免规则“{0}”已停用</source>
      <translation>Discount rule “{0}” is no longer in use</translation>
    </message>
    <message>
      <source>减免规则不存在</source>
      <translation>No such discount rule</translation>
    </message>
    <message>
      <source>减免记录为明细 {0} 的 {1} 元</source>
      <translation>discount records {1} yuan on line {0}</translation>
    </message>
    <message>
      <source>减免金额</source>
      <translation>Discount amount</translation>
    </message>
    <message>
      <source>凭证科目：{0}</source>
      <translation>Voucher account: {0}</translation>
    </message>
    <message>
      <source>出售</source>
      <translation>Sold</translation>
    </message>
    <message>
      <source>出售车位</source>
      <translation>Sell parking space</translation>
    </message>
    <message>
      <source>出示的证件号码与档案不符</source>
      <translation>The ID number shown does not match the record</translation>
    </message>
    <message>
      <source>出租</source>
      <translation>Let</translation>
    </message>
    <message>
      <source>分户</source>
      <translation>Per household</translation>
    </message>
    <message>
      <source>分月分阶如下</source>
      <translation>By month and tier as follows</translation>
    </message>
    <message>
      <source>列对应</source>
      <translation>Column mapping</translation>
    </message>
    <message>
      <source>初验后几天复验</source>
      <translation>Re-inspection how many days after the first</translation>
    </message>
    <message>
      <source>初验通过</source>
      <translation>First inspection passed</translation>
    </message>
    <message>
      <source>删除</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>删除节假日</source>
      <translation>Remove holiday</translation>
    </message>
    <message>
      <source>删除账号</source>
      <translation>Delete account</translation>
    </message>
    <message>
      <source>删除通讯录联系人</source>
      <translation>contact removed from the address book</translation>
    </message>
    <message>
      <source>到场</source>
      <translation>Arrived</translation>
    </message>
    <message>
      <source>前台待取</source>
      <translation>At the front desk</translation>
    </message>
    <message>
      <source>前台接待</source>
      <translation>Front desk</translation>
    </message>
    <message>
      <source>前台收费开收据</source>
      <translation>Take payments and issue receipts</translation>
    </message>
    <message>
      <source>前台须知</source>
      <translation>Desk note</translation>
    </message>
    <message>
      <source>办公</source>
      <translation>Office</translation>
    </message>
    <message>
      <source>办公时间（完成、回访、维修期限落在下班后的顺延到次日上班，紧急的除外；空白：不顺延）</source>
      <translation>Office hours (a due time, callback or repair falling after closing moves to the next opening, urgent ones excepted; blank: not moved)</translation>
    </message>
    <message>
      <source>办理</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>办理交房</source>
      <translation>Record hand-over</translation>
    </message>
    <message>
      <source>办理产权变更</source>
      <translation>Record change of ownership</translation>
    </message>
    <message>
      <source>办理车位租赁</source>
      <translation>Record parking leases</translation>
    </message>
    <message>
      <source>包裹</source>
      <translation>Parcel</translation>
    </message>
    <message>
      <source>升级前自动备份</source>
      <translation>Automatic backup before upgrade</translation>
    </message>
    <message>
      <source>单价</source>
      <translation>Unit price</translation>
    </message>
    <message>
      <source>单元</source>
      <translation>Stairwell</translation>
    </message>
    <message>
      <source>单元门钥匙</source>
      <translation>Building entrance key</translation>
    </message>
    <message>
      <source>占用公共部位</source>
      <translation>Occupying common parts</translation>
    </message>
    <message>
      <source>卡 {0} {1}，不能{2}</source>
      <translation>Card {0} is {1}; cannot {2}</translation>
    </message>
    <message>
      <source>卡不存在</source>
      <translation>The card does not exist</translation>
    </message>
    <message>
      <source>卡号</source>
      <translation>Card number</translation>
    </message>
    <message>
      <source>卡号 {0} 已是有效卡（{1}，持卡人 {2}）</source>
      <translation>Card number {0} is already a valid card ({1}, holder {2})</translation>
    </message>
    <message>
      <source>卡类</source>
      <translation>Card type</translation>
    </message>
    <message>
      <source>卡证</source>
      <translation>Cards and passes</translation>
    </message>
    <message>
      <source>卡证清单</source>
      <translation>Card list</translation>
    </message>
    <message>
      <source>即将到期</source>
      <translation>Expiring soon</translation>
    </message>
    <message>
      <source>历史收费导入</source>
      <translation>Payment history import</translation>
    </message>
    <message>
      <source>历史缴费</source>
      <translation>Payment history</translation>
    </message>
    <message>
      <source>历史缴费 = 导入记录</source>
      <translation>Payment history equals its import records</translation>
    </message>
    <message>
      <source>历史缴费 {0}（工作表 {1}）：导入记录 {2} 笔、应缴 {3}、实缴 {4}，现有 {5} 笔、应缴 {6}、实缴 {7}</source>
      <translation>Payment history {0} (sheet {1}): import record {2} payments, due {3}, paid {4}; now {5} payments, due {6}, paid {7}</translation>
    </message>
    <message>
      <source>原业主</source>
      <translation>Former owner</translation>
    </message>
    <message>
      <source>原业主家属</source>
      <translation>Former owner's family</translation>
    </message>
    <message>
      <source>原业主的安排</source>
      <translation>Former owner's arrangement</translation>
    </message>
    <message>
      <source>原卡押金 {0} 元：请选择转入新卡或退还持卡人</source>
      <translation>Deposit of the old card {0} yuan: choose to move it to the new card or refund the holder</translation>
    </message>
    <message>
      <source>原因</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>原密码</source>
      <translation>Old password</translation>
    </message>
    <message>
      <source>原数据库另存为</source>
      <translation>Previous database kept as</translation>
    </message>
    <message>
      <source>原版本</source>
      <translation>From version</translation>
    </message>
    <message>
      <source>原租期结束</source>
      <translation>the lease end</translation>
    </message>
    <message>
      <source>去函</source>
      <translation>Letter sent</translation>
    </message>
    <message>
      <source>去向</source>
      <translation>Destination</translation>
    </message>
    <message>
      <source>参会人员</source>
      <translation>Attended</translation>
    </message>
    <message>
      <source>反映日期</source>
      <translation>Reported on</translation>
    </message>
    <message>
      <source>发卡日期</source>
      <translation>Issued on</translation>
    </message>
    <message>
      <source>发放</source>
      <translation>Issue</translation>
    </message>
    <message>
      <source>发放、挂失、补办、注销卡证</source>
      <translation>Issue, report lost, replace and cancel cards</translation>
    </message>
    <message>
      <source>发放车卡</source>
      <translation>Issue vehicle card</translation>
    </message>
    <message>
      <source>发现 {0} 处问题</source>
      <translation>{0} problem(s) found</translation>
    </message>
    <message>
      <source>发现人</source>
      <translation>Found by</translation>
    </message>
    <message>
      <source>发现问题</source>
      <translation>Findings</translation>
    </message>
    <message>
      <source>发票号</source>
      <translation>Invoice no.</translation>
    </message>
    <message>
      <source>发票号码</source>
      <translation>Invoice no.</translation>
    </message>
    <message>
      <source>发票抬头</source>
      <translation>Invoice title</translation>
    </message>
    <message>
      <source>发票金额</source>
      <translation>Invoice amount</translation>
    </message>
    <message>
      <source>发送通知</source>
      <translation>Send notice</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>取消原因</source>
      <translation>Reason for cancelling</translation>
    </message>
    <message>
      <source>取消活动报名</source>
      <translation>Cancel activity sign-up</translation>
    </message>
    <message>
      <source>取消社区活动</source>
      <translation>Cancel community activity</translation>
    </message>
    <message>
      <source>取消设施预约</source>
      <translation>Cancel facility booking</translation>
    </message>
    <message>
      <source>受理装修申请</source>
      <translation>Accept decoration applications</translation>
    </message>
    <message>
      <source>变更日期</source>
      <translation>Date of change</translation>
    </message>
    <message>
      <source>另一台客服台（或命令）正在保存大批数据，等了太久仍未完成；未写入任何数据，请稍后再试</source>
      <translation>Another desk (or a command) is saving a large batch and has not finished in time; nothing was written, please try again shortly</translation>
    </message>
    <message>
      <source>另有往日未完成</source>
      <translation>Further open items</translation>
    </message>
    <message>
      <source>只有最后一阶可以不设上限</source>
      <translation>Only the last tier may have no upper limit</translation>
    </message>
    <message>
      <source>只有有偿维修关联维修单</source>
      <translation>only a paid repair is linked to a repair order</translation>
    </message>
    <message>
      <source>只有服务器数据库（PostgreSQL）才有几台客服台同时连着；SQLite 文件一次只由一个程序打开</source>
      <translation>Only a server database (PostgreSQL) has several desks connected at once; a SQLite file is opened by one program at a time</translation>
    </message>
    <message>
      <source>只有滞纳金可以减免，{0}不能减免</source>
      <translation>Only late fees can be waived; {0} cannot be waived</translation>
    </message>
    <message>
      <source>只有物业费按房屋类型定价</source>
      <translation>Only the property fee is priced by unit kind</translation>
    </message>
    <message>
      <source>只有现金支付需要填写</source>
      <translation>Needed for cash payments only</translation>
    </message>
    <message>
      <source>只有自用水费可设阶梯</source>
      <translation>Only own water can have tiers</translation>
    </message>
    <message>
      <source>只能是初验或复验</source>
      <translation>Must be the first or the second inspection</translation>
    </message>
    <message>
      <source>只能查看{0}</source>
      <translation>Can only view {0}</translation>
    </message>
    <message>
      <source>只能用字母和数字，如 SJ</source>
      <translation>Letters and digits only, e.g. SJ</translation>
    </message>
    <message>
      <source>只能由 {0} 的现业主授权</source>
      <translation>Only a current owner of {0} can give an authorisation</translation>
    </message>
    <message>
      <source>可再次登录时间</source>
      <translation>May sign in again at</translation>
    </message>
    <message>
      <source>台湾居民来往大陆通行证</source>
      <translation>Taiwan residents' mainland travel permit</translation>
    </message>
    <message>
      <source>台账记录</source>
      <translation>Ledger entry</translation>
    </message>
    <message>
      <source>合并缴费 {0} 只有 {1} 张收据</source>
      <translation>Combined payment {0} has only {1} receipts</translation>
    </message>
    <message>
      <source>合并缴费 {0} 的收据只作废了 {1} 张（共 {2} 张）</source>
      <translation>Combined payment {0}: only {1} of its {2} receipts voided</translation>
    </message>
    <message>
      <source>合并缴费 {0} 的收据支付方式或交易流水号不一致</source>
      <translation>Combined payment {0}: its receipts differ in payment method or transaction reference</translation>
    </message>
    <message>
      <source>合并缴费号</source>
      <translation>Combined payment no.</translation>
    </message>
    <message>
      <source>合并缴费的收据一致</source>
      <translation>Combined payments' receipts agree</translation>
    </message>
    <message>
      <source>合并缴费请勾选至少两户的费用；一户的费用在收费台直接收取</source>
      <translation>tick the fees of at least two units for a combined payment; one unit's fees are taken at the counter directly</translation>
    </message>
    <message>
      <source>合格</source>
      <translation>Passed</translation>
    </message>
    <message>
      <source>合计</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>同一天选了两次</source>
      <translation>The same day was chosen twice</translation>
    </message>
    <message>
      <source>同一身份证号登记了两次</source>
      <translation>The same ID number is given twice</translation>
    </message>
    <message>
      <source>名称</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>名额已满：限 {0} 人，已报 {1} 人，只剩 {2} 个名额，本活动不设候补</source>
      <translation>Full: the limit is {0} people, {1} have signed up, {2} places left, and this activity keeps no waiting list</translation>
    </message>
    <message>
      <source>含完整证件号码和电话</source>
      <translation>Contains full ID numbers and phones</translation>
    </message>
    <message>
      <source>含有不用于统一社会信用代码的字符“{0}”（不用 I、O、Z、S、V）</source>
      <translation>contains “{0}”, which a unified social credit code does not use (no I, O, Z, S, V)</translation>
    </message>
    <message>
      <source>启用</source>
      <translation>Enabled</translation>
    </message>
    <message>
      <source>启用账号</source>
      <translation>Enable account</translation>
    </message>
    <message>
      <source>周期</source>
      <translation>Period</translation>
    </message>
    <message>
      <source>命令行的操作系统用户没有客服台密码</source>
      <translation>The command line's OS user has no desk password</translation>
    </message>
    <message>
      <source>咨询</source>
      <translation>Enquiry</translation>
    </message>
    <message>
      <source>商铺</source>
      <translation>Shop</translation>
    </message>
    <message>
      <source>噪音扰民</source>
      <translation>Noise nuisance</translation>
    </message>
    <message>
      <source>回访</source>
      <translation>Callback</translation>
    </message>
    <message>
      <source>回访不满意时</source>
      <translation>When a callback is dissatisfied</translation>
    </message>
    <message>
      <source>回访人</source>
      <translation>Called back by</translation>
    </message>
    <message>
      <source>回访方式</source>
      <translation>Callback by</translation>
    </message>
    <message>
      <source>回访时间</source>
      <translation>Callback time</translation>
    </message>
    <message>
      <source>回访结果</source>
      <translation>Callback result</translation>
    </message>
    <message>
      <source>因停用取消</source>
      <translation>Cancelled: closure</translation>
    </message>
    <message>
      <source>在房屋信息中没有</source>
      <translation>is not in 房屋信息</translation>
    </message>
    <message>
      <source>在押</source>
      <translation>Held</translation>
    </message>
    <message>
      <source>在施工装修 {0} 户均已日检</source>
      <translation>All {0} decoration sites checked</translation>
    </message>
    <message>
      <source>地上</source>
      <translation>Above ground</translation>
    </message>
    <message>
      <source>地下</source>
      <translation>Underground</translation>
    </message>
    <message>
      <source>地址</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>地点</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>地面</source>
      <translation>Surface</translation>
    </message>
    <message>
      <source>城管</source>
      <translation>City management</translation>
    </message>
    <message>
      <source>基本满意</source>
      <translation>Fairly satisfied</translation>
    </message>
    <message>
      <source>填写了跟进人或期限，请写明跟进什么</source>
      <translation>a person or due date is given: write what the follow-up is</translation>
    </message>
    <message>
      <source>填写和接收交接表</source>
      <translation>Fill in and receive handover sheets</translation>
    </message>
    <message>
      <source>填写钥匙逾期说明</source>
      <translation>Explain overdue keys</translation>
    </message>
    <message>
      <source>墙面开裂</source>
      <translation>Cracked wall</translation>
    </message>
    <message>
      <source>增加人员</source>
      <translation>Add people</translation>
    </message>
    <message>
      <source>处理中</source>
      <translation>In progress</translation>
    </message>
    <message>
      <source>处理人</source>
      <translation>Handled by</translation>
    </message>
    <message>
      <source>处理情况</source>
      <translation>What was done</translation>
    </message>
    <message>
      <source>处理结果</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>处理部门</source>
      <translation>Department</translation>
    </message>
    <message>
      <source>备份</source>
      <translation>Backup</translation>
    </message>
    <message>
      <source>备份 {0} 写完后自检不通过（{1}），请换一个位置再备份</source>
      <translation>Backup {0} failed its check after writing ({1}); please back up to another place</translation>
    </message>
    <message>
      <source>备份 {0} 的清单</source>
      <translation>The manifest of backup {0}</translation>
    </message>
    <message>
      <source>备份与恢复只用于 SQLite 数据库文件；服务器数据库请用服务器的备份工具</source>
      <translation>Backup and restore are for SQLite database files only; use the server's backup tools for a server database</translation>
    </message>
    <message>
      <source>备份数据库</source>
      <translation>Back up the database</translation>
    </message>
    <message>
      <source>备份文件</source>
      <translation>Backup file</translation>
    </message>
    <message>
      <source>备份时写入审计日志的记录</source>
      <translation>The entry written to the audit trail when the backup was made</translation>
    </message>
    <message>
      <source>备注</source>
      <translation>Remarks</translation>
    </message>
    <message>
      <source>备用电话</source>
      <translation>Second phone</translation>
    </message>
    <message>
      <source>复制的附件数</source>
      <translation>Attachments copied</translation>
    </message>
    <message>
      <source>复制表 {0} 时服务器拒绝了（{1}）；目标数据库已回滚，仍是空的。SQLite 文件没有改动。</source>
      <translation>The server refused the copy of table {0} ({1}); the target database was rolled back and is still empty. The SQLite file has not been changed.</translation>
    </message>
    <message>
      <source>复工</source>
      <translation>Work resumed</translation>
    </message>
    <message>
      <source>复验通过</source>
      <translation>Re-inspection passed</translation>
    </message>
    <message>
      <source>外国人永久居留身份证</source>
      <translation>Foreign permanent resident ID card</translation>
    </message>
    <message>
      <source>多于所选应收 {0} 元；如多收部分转为预存款，请勾选“余额转预存”</source>
      <translation>More than the {0} yuan due; to keep the excess as prepayment, tick “excess to prepayment”</translation>
    </message>
    <message>
      <source>多出</source>
      <translation>Surplus</translation>
    </message>
    <message>
      <source>大事记</source>
      <translation>Chronicle</translation>
    </message>
    <message>
      <source>大小</source>
      <translation>Size</translation>
    </message>
    <message>
      <source>天然气</source>
      <translation>Gas</translation>
    </message>
    <message>
      <source>失败次数</source>
      <translation>Failed attempts</translation>
    </message>
    <message>
      <source>套内面积</source>
      <translation>Inner area</translation>
    </message>
    <message>
      <source>套内面积 {0} ㎡ 大于建筑面积 {1} ㎡</source>
      <translation>Inner area {0} m² is larger than the floor area {1} m²</translation>
    </message>
    <message>
      <source>套打收据垂直偏移（毫米，向下为正）</source>
      <translation>Pre-printed receipt vertical offset (mm, down is positive)</translation>
    </message>
    <message>
      <source>套打收据水平偏移（毫米，向右为正）</source>
      <translation>Pre-printed receipt horizontal offset (mm, right is positive)</translation>
    </message>
    <message>
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>委托依据</source>
      <translation>Authorised by</translation>
    </message>
    <message>
      <source>字段</source>
      <translation>Field</translation>
    </message>
    <message>
      <source>存在问题</source>
      <translation>Issues found</translation>
    </message>
    <message>
      <source>存放位置</source>
      <translation>Kept at</translation>
    </message>
    <message>
      <source>存放文件的文件夹（空：数据库旁的“数据库名-files”文件夹）</source>
      <translation>Folder for kept files (empty: the "database-name-files" folder beside the database)</translation>
    </message>
    <message>
      <source>存档文件</source>
      <translation>Stored files</translation>
    </message>
    <message>
      <source>季度</source>
      <translation>Quarter</translation>
    </message>
    <message>
      <source>季末催缴</source>
      <translation>Quarter-end dunning</translation>
    </message>
    <message>
      <source>安排事项</source>
      <translation>Task</translation>
    </message>
    <message>
      <source>安装包</source>
      <translation>Installer</translation>
    </message>
    <message>
      <source>安装程序更新</source>
      <translation>Install program updates</translation>
    </message>
    <message>
      <source>完好</source>
      <translation>Intact</translation>
    </message>
    <message>
      <source>完工</source>
      <translation>Finished</translation>
    </message>
    <message>
      <source>完工时间</source>
      <translation>Finished at</translation>
    </message>
    <message>
      <source>完成</source>
      <translation>Completed</translation>
    </message>
    <message>
      <source>完成他人的对外联络跟进</source>
      <translation>Close others' liaison follow-ups</translation>
    </message>
    <message>
      <source>完成后回访/检查时限（小时）</source>
      <translation>Hours to call back (or check) after completion</translation>
    </message>
    <message>
      <source>完成情况</source>
      <translation>What was done</translation>
    </message>
    <message>
      <source>完成时间</source>
      <translation>Completed at</translation>
    </message>
    <message>
      <source>完成时限</source>
      <translation>Due by</translation>
    </message>
    <message>
      <source>完成期限</source>
      <translation>Due by</translation>
    </message>
    <message>
      <source>完成楼道巡查</source>
      <translation>Finish stairwell round</translation>
    </message>
    <message>
      <source>完成自己的对外联络跟进</source>
      <translation>Close one's own liaison follow-ups</translation>
    </message>
    <message>
      <source>完整个人信息</source>
      <translation>Full personal data</translation>
    </message>
    <message>
      <source>完整检查</source>
      <translation>Full check</translation>
    </message>
    <message>
      <source>实收现金</source>
      <translation>Cash received</translation>
    </message>
    <message>
      <source>实收金额</source>
      <translation>Amount received</translation>
    </message>
    <message>
      <source>实点 {0} 元与应有现金 {1} 元不符，请说明</source>
      <translation>Counted cash {0} yuan does not match the expected {1} yuan; please explain</translation>
    </message>
    <message>
      <source>实点数</source>
      <translation>Counted</translation>
    </message>
    <message>
      <source>实点现金</source>
      <translation>Counted cash</translation>
    </message>
    <message>
      <source>审批减免</source>
      <translation>Approve discounts</translation>
    </message>
    <message>
      <source>审批没收押金</source>
      <translation>Approve deposit forfeits</translation>
    </message>
    <message>
      <source>审批装修申请</source>
      <translation>Approve decoration applications</translation>
    </message>
    <message>
      <source>审批设施预约</source>
      <translation>Decide facility booking</translation>
    </message>
    <message>
      <source>审批退款</source>
      <translation>Approve refunds</translation>
    </message>
    <message>
      <source>审批通过</source>
      <translation>Approved</translation>
    </message>
    <message>
      <source>审计日志哈希链</source>
      <translation>Audit log hash chain</translation>
    </message>
    <message>
      <source>审计日志第 {0} 条之前有记录被删除（或其哈希被改写）</source>
      <translation>Entries before audit entry no. {0} were deleted (or their hash rewritten)</translation>
    </message>
    <message>
      <source>审计日志第 {0} 条是事后插入的（不在哈希链上）</source>
      <translation>Audit entry no. {0} was inserted afterwards (it is not on the hash chain)</translation>
    </message>
    <message>
      <source>审计日志第 {0} 条的内容被改动过（哈希不符）</source>
      <translation>Audit entry no. {0} was altered (its hash does not match)</translation>
    </message>
    <message>
      <source>审计记录中的收据 {0}（第 {1} 号）已不存在：收据被删除</source>
      <translation>Receipt {0} (no. {1}) in the audit trail no longer exists: the receipt was deleted</translation>
    </message>
    <message>
      <source>审计链末条</source>
      <translation>Audit chain head</translation>
    </message>
    <message>
      <source>审计链锚点（检查记录、备份清单、纸面）</source>
      <translation>Audit chain anchors (check records, backup lists, paper)</translation>
    </message>
    <message>
      <source>客服</source>
      <translation>Desk</translation>
    </message>
    <message>
      <source>客服主管</source>
      <translation>Desk supervisor</translation>
    </message>
    <message>
      <source>客服台程序</source>
      <translation>Desk program</translation>
    </message>
    <message>
      <source>客服台角色</source>
      <translation>Desk role</translation>
    </message>
    <message>
      <source>宣传板报</source>
      <translation>Bulletin board</translation>
    </message>
    <message>
      <source>宣传板报“{0}”{1} 张贴（{2}）</source>
      <translation>Bulletin board “{0}” put up {1} ({2})</translation>
    </message>
    <message>
      <source>家属</source>
      <translation>Family</translation>
    </message>
    <message>
      <source>容纳人数</source>
      <translation>Capacity</translation>
    </message>
    <message>
      <source>宽带</source>
      <translation>Broadband</translation>
    </message>
    <message>
      <source>寄件人</source>
      <translation>Sender</translation>
    </message>
    <message>
      <source>密码错误</source>
      <translation>Wrong password</translation>
    </message>
    <message>
      <source>对外联络</source>
      <translation>Liaison</translation>
    </message>
    <message>
      <source>对外联络跟进</source>
      <translation>Liaison follow-up</translation>
    </message>
    <message>
      <source>对象</source>
      <translation>Target</translation>
    </message>
    <message>
      <source>导入</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>导入 {0} 笔，与预览的 {1} 笔不符，未导入</source>
      <translation>{0} lines imported, but the preview had {1}: nothing imported</translation>
    </message>
    <message>
      <source>导入卡证清单</source>
      <translation>Import the card list</translation>
    </message>
    <message>
      <source>导入历史缴费</source>
      <translation>Import payment history</translation>
    </message>
    <message>
      <source>导入房屋与业主名册</source>
      <translation>Import units and owners</translation>
    </message>
    <message>
      <source>导入托管钥匙</source>
      <translation>Import keys held</translation>
    </message>
    <message>
      <source>导入抄表读数</source>
      <translation>Import meter readings</translation>
    </message>
    <message>
      <source>导入期初押金</source>
      <translation>Import opening deposits</translation>
    </message>
    <message>
      <source>导入期初欠费</source>
      <translation>Import opening arrears</translation>
    </message>
    <message>
      <source>导入期初预存与押金</source>
      <translation>Import prepayments and deposits held</translation>
    </message>
    <message>
      <source>导入类型</source>
      <translation>Import kind</translation>
    </message>
    <message>
      <source>导入车位与租约</source>
      <translation>Import parking spaces and leases</translation>
    </message>
    <message>
      <source>导出</source>
      <translation>Export</translation>
    </message>
    <message>
      <source>导出公共设施预约登记表</source>
      <translation>Export the facility booking register</translation>
    </message>
    <message>
      <source>导出内容</source>
      <translation>What to export</translation>
    </message>
    <message>
      <source>导出前台接待登记表</source>
      <translation>Export the front desk registers</translation>
    </message>
    <message>
      <source>导出完整个人信息</source>
      <translation>Export full personal data</translation>
    </message>
    <message>
      <source>导出完整证件号码和电话</source>
      <translation>Export full ID and phone numbers</translation>
    </message>
    <message>
      <source>导出审计日志</source>
      <translation>Export the audit log</translation>
    </message>
    <message>
      <source>导出宣传板报、社区活动登记表</source>
      <translation>Export the bulletin board and community activity registers</translation>
    </message>
    <message>
      <source>导出对外联络登记表</source>
      <translation>Export the liaison register</translation>
    </message>
    <message>
      <source>导出文件版本登记表</source>
      <translation>Export the document versions register</translation>
    </message>
    <message>
      <source>导出早会记录</source>
      <translation>export the morning meetings</translation>
    </message>
    <message>
      <source>导出楼宇管家登记表</source>
      <translation>Export the steward registers</translation>
    </message>
    <message>
      <source>导出空置房巡查和出租房屋登记表</source>
      <translation>Export the vacant-unit checks and the rented-units register</translation>
    </message>
    <message>
      <source>小区</source>
      <translation>Community</translation>
    </message>
    <message>
      <source>小区名称</source>
      <translation>Community name</translation>
    </message>
    <message>
      <source>尚存押金</source>
      <translation>the deposit still held</translation>
    </message>
    <message>
      <source>尚有 {0} 个点位未检查：{1}</source>
      <translation>{0} points not checked yet: {1}</translation>
    </message>
    <message>
      <source>尚有 {0} 个点位未检查：{1}…</source>
      <translation>{0} points not checked yet: {1}…</translation>
    </message>
    <message>
      <source>尚未完成：{0}</source>
      <translation>Not finished yet: {0}</translation>
    </message>
    <message>
      <source>层数</source>
      <translation>Floors</translation>
    </message>
    <message>
      <source>居委会</source>
      <translation>Residents' committee</translation>
    </message>
    <message>
      <source>居民身份证</source>
      <translation>Resident ID card</translation>
    </message>
    <message>
      <source>居民身份证号码无效（{0}）</source>
      <translation>Invalid resident ID number ({0})</translation>
    </message>
    <message>
      <source>巡查</source>
      <translation>Round</translation>
    </message>
    <message>
      <source>巡查发现</source>
      <translation>Round finding</translation>
    </message>
    <message>
      <source>巡查日</source>
      <translation>Round day</translation>
    </message>
    <message>
      <source>巡查点</source>
      <translation>Round points</translation>
    </message>
    <message>
      <source>巡查点位</source>
      <translation>Round point</translation>
    </message>
    <message>
      <source>巡查结果</source>
      <translation>Round result</translation>
    </message>
    <message>
      <source>巡查记录（编号 {0}）不存在</source>
      <translation>Round record (no. {0}) does not exist</translation>
    </message>
    <message>
      <source>巡查路线</source>
      <translation>Round route</translation>
    </message>
    <message>
      <source>巡查路线（编号 {0}）不存在</source>
      <translation>Round route (no. {0}) does not exist</translation>
    </message>
    <message>
      <source>巡查路线（编号 {0}）不存在或已停用</source>
      <translation>Round route (no. {0}) does not exist or has been retired</translation>
    </message>
    <message>
      <source>巡查问题</source>
      <translation>Finding</translation>
    </message>
    <message>
      <source>巡查问题未转办</source>
      <translation>Round finding not passed on</translation>
    </message>
    <message>
      <source>巡查问题现场处理</source>
      <translation>finding put right on the spot</translation>
    </message>
    <message>
      <source>巡查问题转工程/保洁</source>
      <translation>Pass round findings to engineering / cleaning</translation>
    </message>
    <message>
      <source>巡查问题（编号 {0}）不存在</source>
      <translation>Round finding (no. {0}) does not exist</translation>
    </message>
    <message>
      <source>工人姓名</source>
      <translation>Worker's name</translation>
    </message>
    <message>
      <source>工人电话</source>
      <translation>Worker's phone</translation>
    </message>
    <message>
      <source>工人身份证号</source>
      <translation>Worker's ID number</translation>
    </message>
    <message>
      <source>工作日历</source>
      <translation>Duty calendar</translation>
    </message>
    <message>
      <source>工作日历：上月登记表汇总归档截止日（每月几号）</source>
      <translation>Duty calendar: last month's registers filed by (day of month)</translation>
    </message>
    <message>
      <source>工作日历：季末催缴截止（季度结束前几天）</source>
      <translation>Duty calendar: quarter-end dunning by (days before the quarter ends)</translation>
    </message>
    <message>
      <source>工作日历：宣传板报在季度末前几天到期（0 为季度最后一天）</source>
      <translation>Duty calendar: the bulletin board is due this many days before the quarter's end (0 = its last day)</translation>
    </message>
    <message>
      <source>工作日历：来年节假日在年底前几天标记（0 为 12 月 31 日）</source>
      <translation>Duty calendar: next year's holidays marked by (days before the year's end; 0 = 31 December)</translation>
    </message>
    <message>
      <source>工作日历：档案完整性检查在季度末前几天到期（0 为季度最后一天）</source>
      <translation>Duty calendar: the records completeness check is due this many days before the quarter's end (0 = its last day)</translation>
    </message>
    <message>
      <source>工作日历：每季收费计算与缴费通知截止（季度第几天）</source>
      <translation>Duty calendar: bill run and notices by (day of the quarter)</translation>
    </message>
    <message>
      <source>工作日历：每月抄表录入与复核截止日（几号）</source>
      <translation>Duty calendar: meter readings entered and checked by (day of month)</translation>
    </message>
    <message>
      <source>工作日历：每月钥匙/门卡/对讲机盘点截止日（几号，大于月底即月底）</source>
      <translation>Duty calendar: key/card/intercom count by (day of month; past the month's end = its last day)</translation>
    </message>
    <message>
      <source>工作日历：满意度调查截止（半年结束前几天）</source>
      <translation>Duty calendar: satisfaction survey by (days before the half-year ends)</translation>
    </message>
    <message>
      <source>工作表</source>
      <translation>Worksheet</translation>
    </message>
    <message>
      <source>工作表 {0} 没有写明台账的期间（如“2025年第3季度”）；请指定期间（命令行 --period 2025Q3，向导第一页的“期间”）</source>
      <translation>Sheet {0} does not name the ledger's period (such as “2025年第3季度”); give the period (--period 2025Q3 on the command line, “Period” on the wizard's first page)</translation>
    </message>
    <message>
      <source>工作表 {0}：{1}</source>
      <translation>Sheet {0}: {1}</translation>
    </message>
    <message>
      <source>工作表“{0}”是空的，没有任何内容；请选择填有{1}的工作表或文件</source>
      <translation>Sheet “{0}” is empty; choose a sheet or file that holds {1}</translation>
    </message>
    <message>
      <source>工作要求</source>
      <translation>Requirements</translation>
    </message>
    <message>
      <source>工本费</source>
      <translation>Card fee</translation>
    </message>
    <message>
      <source>工程维修</source>
      <translation>Engineering repair</translation>
    </message>
    <message>
      <source>工程维修单编号连续</source>
      <translation>Repair order numbers without gaps</translation>
    </message>
    <message>
      <source>工程遗留问题</source>
      <translation>Construction defect</translation>
    </message>
    <message>
      <source>工程部</source>
      <translation>Engineering department</translation>
    </message>
    <message>
      <source>差异</source>
      <translation>Differences</translation>
    </message>
    <message>
      <source>差异说明</source>
      <translation>Explanation of the difference</translation>
    </message>
    <message>
      <source>差额</source>
      <translation>Difference</translation>
    </message>
    <message>
      <source>已上报</source>
      <translation>Reported</translation>
    </message>
    <message>
      <source>已举行</source>
      <translation>held</translation>
    </message>
    <message>
      <source>已交回</source>
      <translation>Returned</translation>
    </message>
    <message>
      <source>已交班</source>
      <translation>Handed over</translation>
    </message>
    <message>
      <source>已交还业主</source>
      <translation>Returned to the owner</translation>
    </message>
    <message>
      <source>已付款</source>
      <translation>Paid</translation>
    </message>
    <message>
      <source>已作废</source>
      <translation>Voided</translation>
    </message>
    <message>
      <source>已关闭</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>已到期</source>
      <translation>Expired</translation>
    </message>
    <message>
      <source>已办结</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>已升级</source>
      <translation>Upgraded</translation>
    </message>
    <message>
      <source>已取消</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <source>已售</source>
      <translation>Sold</translation>
    </message>
    <message>
      <source>已售车位请填写所属房号</source>
      <translation>A sold space needs the unit it belongs to</translation>
    </message>
    <message>
      <source>已回访</source>
      <translation>Called back</translation>
    </message>
    <message>
      <source>已完工</source>
      <translation>Work finished</translation>
    </message>
    <message>
      <source>已完成</source>
      <translation>Completed</translation>
    </message>
    <message>
      <source>已开票</source>
      <translation>Invoiced</translation>
    </message>
    <message>
      <source>已批准</source>
      <translation>Approved</translation>
    </message>
    <message>
      <source>已批准减免 = 减免记录</source>
      <translation>Approved discounts equal discount records</translation>
    </message>
    <message>
      <source>已投信箱</source>
      <translation>Put in the mailbox</translation>
    </message>
    <message>
      <source>已报修</source>
      <translation>Reported for repair</translation>
    </message>
    <message>
      <source>已报名</source>
      <translation>Signed up</translation>
    </message>
    <message>
      <source>已报名 {0} 人，上限不能低于 {1}（可先取消报名）</source>
      <translation>{0} people are signed up; the limit cannot be below {1} (cancel sign-ups first)</translation>
    </message>
    <message>
      <source>已挂失</source>
      <translation>Reported lost</translation>
    </message>
    <message>
      <source>已接班</source>
      <translation>Taken over</translation>
    </message>
    <message>
      <source>已撤回</source>
      <translation>Withdrawn</translation>
    </message>
    <message>
      <source>已撤销</source>
      <translation>Withdrawn</translation>
    </message>
    <message>
      <source>已收</source>
      <translation>Paid</translation>
    </message>
    <message>
      <source>已收不超应收、预存款不为负</source>
      <translation>Paid not above due, prepayments not negative</translation>
    </message>
    <message>
      <source>已整改</source>
      <translation>Rectified</translation>
    </message>
    <message>
      <source>已有名为 {0} 的文件</source>
      <translation>There is already a document named {0}</translation>
    </message>
    <message>
      <source>已有名为 {0} 的文件，请给它换新版本</source>
      <translation>A document named {0} exists already; add a new version to it</translation>
    </message>
    <message>
      <source>已有名为 {0} 的设施</source>
      <translation>there is already a facility named {0}</translation>
    </message>
    <message>
      <source>已有名为“{0}”的减免规则</source>
      <translation>A discount rule named “{0}” already exists</translation>
    </message>
    <message>
      <source>已有名为“{0}”的调查</source>
      <translation>A survey named “{0}” already exists</translation>
    </message>
    <message>
      <source>已有用户账号，不能再创建首个管理员；请用管理员账号登录</source>
      <translation>User accounts exist already; the first administrator cannot be created again. Please sign in as an administrator</translation>
    </message>
    <message>
      <source>已核验</source>
      <translation>Verified</translation>
    </message>
    <message>
      <source>已检查</source>
      <translation>Checked</translation>
    </message>
    <message>
      <source>已没有任何记录</source>
      <translation>No records left</translation>
    </message>
    <message>
      <source>已注销</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <source>已派单</source>
      <translation>Dispatched</translation>
    </message>
    <message>
      <source>已派工</source>
      <translation>Worker assigned</translation>
    </message>
    <message>
      <source>已登记</source>
      <translation>Registered</translation>
    </message>
    <message>
      <source>已看前台须知</source>
      <translation>Desk instructions seen</translation>
    </message>
    <message>
      <source>已确认</source>
      <translation>Confirmed</translation>
    </message>
    <message>
      <source>已租</source>
      <translation>Let</translation>
    </message>
    <message>
      <source>已移交</source>
      <translation>Handed over</translation>
    </message>
    <message>
      <source>已签到</source>
      <translation>Attended</translation>
    </message>
    <message>
      <source>已终止</source>
      <translation>Terminated</translation>
    </message>
    <message>
      <source>已经过去，请选今天或以后的日期</source>
      <translation>has passed; choose today or a later date</translation>
    </message>
    <message>
      <source>已结单</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>已结清</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>已补办</source>
      <translation>Replaced</translation>
    </message>
    <message>
      <source>已被 {0} 于 {1} 修改，请刷新后再改</source>
      <translation>{0} changed this at {1}; please refresh and edit again</translation>
    </message>
    <message>
      <source>已被 {0} 修改，请刷新后再改</source>
      <translation>{0} changed this meanwhile; please refresh and edit again</translation>
    </message>
    <message>
      <source>已被取代</source>
      <translation>Superseded</translation>
    </message>
    <message>
      <source>已解决</source>
      <translation>Resolved</translation>
    </message>
    <message>
      <source>已退押金</source>
      <translation>Deposit refunded</translation>
    </message>
    <message>
      <source>已退还</source>
      <translation>Refunded</translation>
    </message>
    <message>
      <source>已通知</source>
      <translation>Notified</translation>
    </message>
    <message>
      <source>已领取</source>
      <translation>Collected</translation>
    </message>
    <message>
      <source>已驳回</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <source>已验收</source>
      <translation>Accepted</translation>
    </message>
    <message>
      <source>库存现金</source>
      <translation>Cash on hand</translation>
    </message>
    <message>
      <source>应为 1 到 36 个月</source>
      <translation>should be 1 to 36 months</translation>
    </message>
    <message>
      <source>应为 1 到 {0} 之间的整数，现为 {1}</source>
      <translation>should be a whole number from 1 to {0}, not {1}</translation>
    </message>
    <message>
      <source>应为 1 至 11 的整数</source>
      <translation>must be a whole number from 1 to 11</translation>
    </message>
    <message>
      <source>应为 4–40 位字母、数字或“-”</source>
      <translation>should be 4–40 letters, digits or “-”</translation>
    </message>
    <message>
      <source>应为 {0}</source>
      <translation>should be {0}</translation>
    </message>
    <message>
      <source>应为 {0} 年到 {1} 年间的日期</source>
      <translation>should be a date from {0} to {1}</translation>
    </message>
    <message>
      <source>应为 {0} 年到 {1} 年间的月份</source>
      <translation>should be a month from {0} to {1}</translation>
    </message>
    <message>
      <source>应为 {0} 或留空</source>
      <translation>should be {0} or empty</translation>
    </message>
    <message>
      <source>应为“是”或“否”</source>
      <translation>should be “是” (yes) or “否” (no)</translation>
    </message>
    <message>
      <source>应为一组文字</source>
      <translation>should be text</translation>
    </message>
    <message>
      <source>应为不小于 0 的数</source>
      <translation>should be a number of at least 0</translation>
    </message>
    <message>
      <source>应为不小于 0 的数字，现为 {0}</source>
      <translation>should be a number of at least 0, not {0}</translation>
    </message>
    <message>
      <source>应为不小于 0、最多两位小数的金额</source>
      <translation>should be an amount of at least 0 with at most two decimals</translation>
    </message>
    <message>
      <source>应为不超过 20 位的字母或数字</source>
      <translation>should be at most 20 letters or digits</translation>
    </message>
    <message>
      <source>应为大于 0 的面积（㎡），现为 {0}</source>
      <translation>should be an area above 0 (m²), not {0}</translation>
    </message>
    <message>
      <source>应为将来的日期</source>
      <translation>should be a date in the future</translation>
    </message>
    <message>
      <source>应为当月第一天</source>
      <translation>should be the first day of the month</translation>
    </message>
    <message>
      <source>应为按月或按年</source>
      <translation>should be monthly or yearly</translation>
    </message>
    <message>
      <source>应为整数，现为“{0}”</source>
      <translation>should be a whole number, not “{0}”</translation>
    </message>
    <message>
      <source>应为每个类别的小时数</source>
      <translation>should give hours for each category</translation>
    </message>
    <message>
      <source>应在 0 到 100% 之间</source>
      <translation>should be between 0 and 100%</translation>
    </message>
    <message>
      <source>应在 0（不限）到 10000 之间</source>
      <translation>must be between 0 (no limit) and 10000</translation>
    </message>
    <message>
      <source>应在 1 到 200 之间，现为 {0}</source>
      <translation>should be from 1 to 200, not {0}</translation>
    </message>
    <message>
      <source>应在 1 到 {0} 之间</source>
      <translation>must be between 1 and {0}</translation>
    </message>
    <message>
      <source>应大于 0，现为 {0}</source>
      <translation>should be above 0, not {0}</translation>
    </message>
    <message>
      <source>应收</source>
      <translation>Billed</translation>
    </message>
    <message>
      <source>应收账款</source>
      <translation>Accounts receivable</translation>
    </message>
    <message>
      <source>应早于原定结束日 {0}；到期自然结束无需办理</source>
      <translation>should be before the planned end {0}; a lease that runs out ends by itself</translation>
    </message>
    <message>
      <source>应晚于借出时间</source>
      <translation>should be after the lending time</translation>
    </message>
    <message>
      <source>应晚于现结束日期 {0}</source>
      <translation>should be after the current end date {0}</translation>
    </message>
    <message>
      <source>应还时间</source>
      <translation>Due back at</translation>
    </message>
    <message>
      <source>应逐阶递增且大于 0</source>
      <translation>should rise tier by tier and be above 0</translation>
    </message>
    <message>
      <source>店面</source>
      <translation>Shop front</translation>
    </message>
    <message>
      <source>店面卷帘门钥匙</source>
      <translation>Shop shutter key</translation>
    </message>
    <message>
      <source>延期</source>
      <translation>Extend</translation>
    </message>
    <message>
      <source>延期原因</source>
      <translation>Reason for the extension</translation>
    </message>
    <message>
      <source>延期至</source>
      <translation>Extended to</translation>
    </message>
    <message>
      <source>建档</source>
      <translation>On file</translation>
    </message>
    <message>
      <source>建筑面积</source>
      <translation>Floor area</translation>
    </message>
    <message>
      <source>建议</source>
      <translation>Suggestion</translation>
    </message>
    <message>
      <source>开具催缴通知单</source>
      <translation>Issue dunning notice</translation>
    </message>
    <message>
      <source>开具收费通知单</source>
      <translation>Issue fee notices</translation>
    </message>
    <message>
      <source>开具整改通知书</source>
      <translation>Issue rectification notice</translation>
    </message>
    <message>
      <source>开具日期</source>
      <translation>Issued on</translation>
    </message>
    <message>
      <source>开具物品放行条</source>
      <translation>Issue release slips</translation>
    </message>
    <message>
      <source>开具违章整改通知</source>
      <translation>Issue violation rectification notice</translation>
    </message>
    <message>
      <source>开头和结尾不能是空格</source>
      <translation>cannot begin or end with a space</translation>
    </message>
    <message>
      <source>开始处理</source>
      <translation>Start work</translation>
    </message>
    <message>
      <source>开始日期</source>
      <translation>Start date</translation>
    </message>
    <message>
      <source>开始时间</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>开始楼道巡查</source>
      <translation>Start stairwell round</translation>
    </message>
    <message>
      <source>开始生成演示小区</source>
      <translation>Began generating the demo community</translation>
    </message>
    <message>
      <source>开票日期</source>
      <translation>Invoice date</translation>
    </message>
    <message>
      <source>开票申请</source>
      <translation>Invoice request</translation>
    </message>
    <message>
      <source>开票申请 {0} {1}，不是待开票</source>
      <translation>invoice request {0} is {1}, not awaiting an invoice</translation>
    </message>
    <message>
      <source>开票申请 {0}：收据 {1} {2} 开票 {3} 超过收据金额 {4}</source>
      <translation>Invoice request {0}: receipt {1} {2} invoiced {3}, more than the receipt's {4}</translation>
    </message>
    <message>
      <source>开票申请 {0}：收据 {1} 已作废</source>
      <translation>Invoice request {0}: receipt {1} is voided</translation>
    </message>
    <message>
      <source>开票申请 {0}：金额 {1} ≠ 明细之和 {2}</source>
      <translation>Invoice request {0}: amount {1} ≠ sum of lines {2}</translation>
    </message>
    <message>
      <source>开票申请（编号 {0}）不存在</source>
      <translation>invoice request (id {0}) does not exist</translation>
    </message>
    <message>
      <source>开票金额不超所引收据、收据不重复开票</source>
      <translation>Invoices not above their receipts, no receipt invoiced twice</translation>
    </message>
    <message>
      <source>开馆检查</source>
      <translation>Opening check</translation>
    </message>
    <message>
      <source>张贴日期</source>
      <translation>Put up on</translation>
    </message>
    <message>
      <source>归还</source>
      <translation>Return</translation>
    </message>
    <message>
      <source>归还人</source>
      <translation>Returned by</translation>
    </message>
    <message>
      <source>归还时间</source>
      <translation>Returned at</translation>
    </message>
    <message>
      <source>归还状态为“{0}”时请写明情况</source>
      <translation>Describe the return when its state is “{0}”</translation>
    </message>
    <message>
      <source>归还说明</source>
      <translation>Return note</translation>
    </message>
    <message>
      <source>当前数据库没有改动。</source>
      <translation>The current database is unchanged.</translation>
    </message>
    <message>
      <source>当天</source>
      <translation>Today</translation>
    </message>
    <message>
      <source>当日到期借出 {0} 把，均已归还</source>
      <translation>{0} keys due back that day, all returned</translation>
    </message>
    <message>
      <source>当日已移交</source>
      <translation>Handed over that day</translation>
    </message>
    <message>
      <source>当日无到期借出，无逾期未还</source>
      <translation>No key due back that day, none overdue</translation>
    </message>
    <message>
      <source>当日无在施工装修</source>
      <translation>No decoration under way that day</translation>
    </message>
    <message>
      <source>录入抄表读数</source>
      <translation>Enter meter readings</translation>
    </message>
    <message>
      <source>待办</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>待回访</source>
      <translation>Awaiting callback</translation>
    </message>
    <message>
      <source>待处理</source>
      <translation>Pending</translation>
    </message>
    <message>
      <source>待复验</source>
      <translation>Awaiting re-inspection</translation>
    </message>
    <message>
      <source>待审批</source>
      <translation>Awaiting approval</translation>
    </message>
    <message>
      <source>待开票</source>
      <translation>Awaiting invoice</translation>
    </message>
    <message>
      <source>待执行</source>
      <translation>Not yet in force</translation>
    </message>
    <message>
      <source>待整改</source>
      <translation>Awaiting rectification</translation>
    </message>
    <message>
      <source>待检查</source>
      <translation>Awaiting check</translation>
    </message>
    <message>
      <source>待生效</source>
      <translation>Not yet in force</translation>
    </message>
    <message>
      <source>微信</source>
      <translation>WeChat</translation>
    </message>
    <message>
      <source>必须与所有者角色不同：客服台角色不得拥有任何表</source>
      <translation>must differ from the owner role: the desk role may own no table</translation>
    </message>
    <message>
      <source>必须大于零</source>
      <translation>must be above zero</translation>
    </message>
    <message>
      <source>快递单号</source>
      <translation>Tracking no.</translation>
    </message>
    <message>
      <source>总表</source>
      <translation>Master meter</translation>
    </message>
    <message>
      <source>恢复后的审计链末条</source>
      <translation>Audit chain head after restore</translation>
    </message>
    <message>
      <source>恢复失败（{0}），已放回恢复前的数据库 {1}</source>
      <translation>Restore failed ({0}); the database from before the restore was put back: {1}</translation>
    </message>
    <message>
      <source>恢复数据库</source>
      <translation>Restore the database</translation>
    </message>
    <message>
      <source>意见</source>
      <translation>Comment</translation>
    </message>
    <message>
      <source>截止</source>
      <translation>Until</translation>
    </message>
    <message>
      <source>截止日期</source>
      <translation>To date</translation>
    </message>
    <message>
      <source>截止日期 {0} 早于起始日期 {1}</source>
      <translation>End date {0} is before the start date {1}</translation>
    </message>
    <message>
      <source>截至日期</source>
      <translation>As of</translation>
    </message>
    <message>
      <source>户内</source>
      <translation>In the unit</translation>
    </message>
    <message>
      <source>户内维修</source>
      <translation>Repair in a unit</translation>
    </message>
    <message>
      <source>户内维修完工后应回访业主，不做公共区域检查</source>
      <translation>A repair in a unit gets a callback to the owner when done, no common-area check</translation>
    </message>
    <message>
      <source>户内维修须选择房号</source>
      <translation>A repair in a unit needs the unit code</translation>
    </message>
    <message>
      <source>房号</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>房号 {0} 已存在</source>
      <translation>Unit {0} already exists</translation>
    </message>
    <message>
      <source>房号/公共区域</source>
      <translation>Unit / common area</translation>
    </message>
    <message>
      <source>房屋</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>房屋 {0} 不存在</source>
      <translation>Unit {0} does not exist</translation>
    </message>
    <message>
      <source>房屋 {0} 不是同一业主的房屋</source>
      <translation>unit {0} does not belong to the same owner</translation>
    </message>
    <message>
      <source>房屋 {0} 预存款余额为负 {1}</source>
      <translation>Unit {0} has a negative prepayment balance {1}</translation>
    </message>
    <message>
      <source>房屋不存在</source>
      <translation>The unit does not exist</translation>
    </message>
    <message>
      <source>房屋与业主名册</source>
      <translation>owner/unit roster</translation>
    </message>
    <message>
      <source>房屋改为</source>
      <translation>Unit becomes</translation>
    </message>
    <message>
      <source>房屋数</source>
      <translation>Units</translation>
    </message>
    <message>
      <source>房屋数量</source>
      <translation>Number of units</translation>
    </message>
    <message>
      <source>房屋状态</source>
      <translation>unit state</translation>
    </message>
    <message>
      <source>房屋类型</source>
      <translation>Unit kind</translation>
    </message>
    <message>
      <source>房屋编号 {0} 不存在</source>
      <translation>Unit id {0} does not exist</translation>
    </message>
    <message>
      <source>房屋（编号 {0}）不存在</source>
      <translation>Unit (no. {0}) does not exist</translation>
    </message>
    <message>
      <source>所属期间</source>
      <translation>Period</translation>
    </message>
    <message>
      <source>所选人员不是本户登记的人员</source>
      <translation>The chosen person is not registered for this unit</translation>
    </message>
    <message>
      <source>所选房屋不存在</source>
      <translation>The chosen unit does not exist</translation>
    </message>
    <message>
      <source>所选费用</source>
      <translation>Chosen fees</translation>
    </message>
    <message>
      <source>所选费用合计必须大于零</source>
      <translation>the chosen fees must add up to more than zero</translation>
    </message>
    <message>
      <source>所选费用已结清或不属于该房屋，请刷新后重试</source>
      <translation>The chosen charges are paid or not of this unit; refresh and try again</translation>
    </message>
    <message>
      <source>所选车位不存在</source>
      <translation>The chosen parking space does not exist</translation>
    </message>
    <message>
      <source>手册</source>
      <translation>Handbook</translation>
    </message>
    <message>
      <source>手动</source>
      <translation>Manual</translation>
    </message>
    <message>
      <source>手工记录</source>
      <translation>Manual record</translation>
    </message>
    <message>
      <source>手机号</source>
      <translation>Mobile number</translation>
    </message>
    <message>
      <source>打不开数据库文件（文件被移走、改名，或所在的 U 盘、磁盘已断开）：这一步没有保存。请把文件放回原处、接好磁盘后再试一次。</source>
      <translation>The database file cannot be opened (moved, renamed, or its USB stick or disk disconnected): this step was not saved. Put the file back or reconnect the disk and try again.</translation>
    </message>
    <message>
      <source>打印</source>
      <translation>Print</translation>
    </message>
    <message>
      <source>打印完整证件号的放行条</source>
      <translation>Print release slip with full ID number</translation>
    </message>
    <message>
      <source>打印活动通知</source>
      <translation>Print activity notice</translation>
    </message>
    <message>
      <source>打印签到表</source>
      <translation>Print sign-in sheet</translation>
    </message>
    <message>
      <source>打印预约确认单</source>
      <translation>Print booking confirmation</translation>
    </message>
    <message>
      <source>托管中</source>
      <translation>Held</translation>
    </message>
    <message>
      <source>托管钥匙</source>
      <translation>Keys held</translation>
    </message>
    <message>
      <source>托管钥匙牌号</source>
      <translation>Custody key tags</translation>
    </message>
    <message>
      <source>扣款原因</source>
      <translation>Reason for the deduction</translation>
    </message>
    <message>
      <source>扣款合计 {0} 元超过押金 {1} 元</source>
      <translation>Deductions of {0} yuan exceed the deposit of {1} yuan</translation>
    </message>
    <message>
      <source>扣款金额</source>
      <translation>Deduction</translation>
    </message>
    <message>
      <source>执行</source>
      <translation>Run</translation>
    </message>
    <message>
      <source>执行中</source>
      <translation>In force</translation>
    </message>
    <message>
      <source>扫码缴费内容（收款码链接，印成二维码；留空不印）</source>
      <translation>Pay-by-scan content (payment link, printed as a QR code; empty: none)</translation>
    </message>
    <message>
      <source>批准</source>
      <translation>Approve</translation>
    </message>
    <message>
      <source>批准人</source>
      <translation>Approved by</translation>
    </message>
    <message>
      <source>批准减免</source>
      <translation>Approve reduction</translation>
    </message>
    <message>
      <source>批准理由</source>
      <translation>Reason for approval</translation>
    </message>
    <message>
      <source>批准退款</source>
      <translation>Approve refund</translation>
    </message>
    <message>
      <source>批准非授权人借用钥匙</source>
      <translation>Approve lending keys to someone not authorised</translation>
    </message>
    <message>
      <source>找不到 PostgreSQL 的 {0}：请在这台电脑上安装 PostgreSQL 客户端工具（postgresql-client）</source>
      <translation>PostgreSQL's {0} was not found: install the PostgreSQL client tools (postgresql-client) on this PC</translation>
    </message>
    <message>
      <source>找不到备份文件 {0}</source>
      <translation>Backup file {0} not found</translation>
    </message>
    <message>
      <source>找不到文件 {0}（或它是一个文件夹）</source>
      <translation>File {0} not found (or it is a folder)</translation>
    </message>
    <message>
      <source>承租人</source>
      <translation>Tenant</translation>
    </message>
    <message>
      <source>承诺缴费日期</source>
      <translation>Promised payment date</translation>
    </message>
    <message>
      <source>抄表</source>
      <translation>Meter reading</translation>
    </message>
    <message>
      <source>抄表录入与复核</source>
      <translation>Meter readings entered and checked</translation>
    </message>
    <message>
      <source>抄表日期</source>
      <translation>Reading date</translation>
    </message>
    <message>
      <source>抄表读数</source>
      <translation>Meter readings</translation>
    </message>
    <message>
      <source>把数</source>
      <translation>Copies</translation>
    </message>
    <message>
      <source>把数据搬到服务器数据库</source>
      <translation>Move the data to the server database</translation>
    </message>
    <message>
      <source>投诉</source>
      <translation>Complaint</translation>
    </message>
    <message>
      <source>护照</source>
      <translation>Passport</translation>
    </message>
    <message>
      <source>报修</source>
      <translation>Repair order</translation>
    </message>
    <message>
      <source>报修人</source>
      <translation>Reported by</translation>
    </message>
    <message>
      <source>报修人电话</source>
      <translation>Reporter's phone</translation>
    </message>
    <message>
      <source>报刊</source>
      <translation>Newspaper / magazine</translation>
    </message>
    <message>
      <source>报名中</source>
      <translation>taking sign-ups</translation>
    </message>
    <message>
      <source>报表期间</source>
      <translation>Report period</translation>
    </message>
    <message>
      <source>押金</source>
      <translation>Deposit</translation>
    </message>
    <message>
      <source>押金 {0} 的{1}记录不应列在 {2} {3} 的移交表</source>
      <translation>Deposit {0}: its {1} entry should not be on the handover sheet of {2} {3}</translation>
    </message>
    <message>
      <source>押金 {0}：台账金额 {1} ≠ 收取记录 {2}</source>
      <translation>Deposit {0}: ledger amount {1} ≠ taken entries {2}</translation>
    </message>
    <message>
      <source>押金 {0}：收取 {1} − 退还/没收/转出 {2} = {3} &lt; 0</source>
      <translation>Deposit {0}: taken {1} − refunded/forfeited/moved {2} = {3} &lt; 0</translation>
    </message>
    <message>
      <source>押金 {0}：退款 {1} 元多于收取 {2}</source>
      <translation>Deposit {0}: refunded {1} yuan, more than taken {2}</translation>
    </message>
    <message>
      <source>押金不存在</source>
      <translation>The deposit does not exist</translation>
    </message>
    <message>
      <source>押金台账中没有该押金（{0}）</source>
      <translation>The deposits ledger has no such deposit ({0})</translation>
    </message>
    <message>
      <source>押金台账在押合计 {0} ≠ 各笔在押之和 {1}</source>
      <translation>Deposit ledger: total held {0} ≠ sum of deposits held {1}</translation>
    </message>
    <message>
      <source>押金台账已有该押金（{0}）</source>
      <translation>The deposits ledger already has this deposit ({0})</translation>
    </message>
    <message>
      <source>押金台账平衡（收取 − 退还 − 没收 = 在押 ≥ 0）</source>
      <translation>Deposit ledger balances (taken − refunded − forfeited = held ≥ 0)</translation>
    </message>
    <message>
      <source>押金尚可没收金额</source>
      <translation>the deposit's amount free to forfeit</translation>
    </message>
    <message>
      <source>押金尚可退金额</source>
      <translation>the deposit's refundable amount</translation>
    </message>
    <message>
      <source>押金已退</source>
      <translation>Deposit refunded</translation>
    </message>
    <message>
      <source>押金收退各移交一次</source>
      <translation>Each deposit taken or refunded handed over once</translation>
    </message>
    <message>
      <source>押金转入新卡</source>
      <translation>Deposit moved to the new card</translation>
    </message>
    <message>
      <source>押金退还</source>
      <translation>Deposit refund</translation>
    </message>
    <message>
      <source>抽样数</source>
      <translation>Sampled</translation>
    </message>
    <message>
      <source>抽样比例</source>
      <translation>Sampling rate</translation>
    </message>
    <message>
      <source>担保事项</source>
      <translation>Secures</translation>
    </message>
    <message>
      <source>拒不开门</source>
      <translation>Refuses to open the door</translation>
    </message>
    <message>
      <source>拒绝</source>
      <translation>Refused</translation>
    </message>
    <message>
      <source>持卡人</source>
      <translation>Card holder</translation>
    </message>
    <message>
      <source>挂号信</source>
      <translation>Registered letter</translation>
    </message>
    <message>
      <source>挂失</source>
      <translation>Report lost</translation>
    </message>
    <message>
      <source>指定房屋</source>
      <translation>Chosen units</translation>
    </message>
    <message>
      <source>指定楼栋</source>
      <translation>Chosen buildings</translation>
    </message>
    <message>
      <source>按付款方式</source>
      <translation>By payment method</translation>
    </message>
    <message>
      <source>按建筑面积</source>
      <translation>By floor area</translation>
    </message>
    <message>
      <source>按户均摊</source>
      <translation>Equally per household</translation>
    </message>
    <message>
      <source>按收费项目</source>
      <translation>By fee item</translation>
    </message>
    <message>
      <source>按类型</source>
      <translation>By kind</translation>
    </message>
    <message>
      <source>按规则减免（预交一年等）</source>
      <translation>Reduction by rule (a year paid ahead etc.)</translation>
    </message>
    <message>
      <source>损坏</source>
      <translation>Damaged</translation>
    </message>
    <message>
      <source>换表</source>
      <translation>Meter replaced</translation>
    </message>
    <message>
      <source>换表读数</source>
      <translation>Replacement readings</translation>
    </message>
    <message>
      <source>换表需填写旧表止数和新表起数</source>
      <translation>A meter replacement needs the old meter's last reading and the new meter's start</translation>
    </message>
    <message>
      <source>授权业主</source>
      <translation>Given by (owner)</translation>
    </message>
    <message>
      <source>授权事项</source>
      <translation>Authorised for</translation>
    </message>
    <message>
      <source>授权人</source>
      <translation>Authorised person</translation>
    </message>
    <message>
      <source>授权截止</source>
      <translation>Authorised until</translation>
    </message>
    <message>
      <source>接待记录</source>
      <translation>Reception log</translation>
    </message>
    <message>
      <source>接班</source>
      <translation>Take over shift</translation>
    </message>
    <message>
      <source>接班人</source>
      <translation>Taken over by</translation>
    </message>
    <message>
      <source>接班人不能是交班人本人</source>
      <translation>The person taking over cannot be the one handing over</translation>
    </message>
    <message>
      <source>提示</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>提醒</source>
      <translation>Warning</translation>
    </message>
    <message>
      <source>搬家迁出</source>
      <translation>Moving out</translation>
    </message>
    <message>
      <source>搬迁的来源须是 SQLite 数据库文件（--db 给文件）</source>
      <translation>The source of a move must be a SQLite database file (give the file as --db)</translation>
    </message>
    <message>
      <source>撤下宣传板报</source>
      <translation>Take down publicity board</translation>
    </message>
    <message>
      <source>撤下日期</source>
      <translation>Taken down on</translation>
    </message>
    <message>
      <source>撤回原因</source>
      <translation>Reason for withdrawal</translation>
    </message>
    <message>
      <source>撤回开票申请</source>
      <translation>Withdraw invoice requests</translation>
    </message>
    <message>
      <source>撤销前台须知</source>
      <translation>Withdraw desk instruction</translation>
    </message>
    <message>
      <source>撤销原因</source>
      <translation>Reason for withdrawing</translation>
    </message>
    <message>
      <source>撤销收费标准</source>
      <translation>Withdraw a fee standard</translation>
    </message>
    <message>
      <source>支付宝</source>
      <translation>Alipay</translation>
    </message>
    <message>
      <source>支付方式</source>
      <translation>Payment method</translation>
    </message>
    <message>
      <source>支出日期</source>
      <translation>Spending date</translation>
    </message>
    <message>
      <source>收取</source>
      <translation>Taken</translation>
    </message>
    <message>
      <source>收取一次性费用（交房等）</source>
      <translation>Take one-off charges (hand-over etc.)</translation>
    </message>
    <message>
      <source>收取交房费用请选择支付方式</source>
      <translation>Choose a payment method for the hand-over charges</translation>
    </message>
    <message>
      <source>收取工本费 {0} 元，请选择支付方式</source>
      <translation>A card fee of {0} yuan: choose a payment method</translation>
    </message>
    <message>
      <source>收取押金（记入押金台账）</source>
      <translation>Take deposits (into the deposits ledger)</translation>
    </message>
    <message>
      <source>收取日期</source>
      <translation>Date taken</translation>
    </message>
    <message>
      <source>收取滞纳金</source>
      <translation>Charge late fees</translation>
    </message>
    <message>
      <source>收据</source>
      <translation>Receipt</translation>
    </message>
    <message>
      <source>收据 {0} 不存在</source>
      <translation>Receipt {0} does not exist</translation>
    </message>
    <message>
      <source>收据 {0} 不是 {1} 同一房屋的收据；一张发票只开一户</source>
      <translation>receipt {0} is not of the same unit as {1}; one invoice is for one unit</translation>
    </message>
    <message>
      <source>收据 {0} 在多张开票申请中：{1}</source>
      <translation>Receipt {0} is in several invoice requests: {1}</translation>
    </message>
    <message>
      <source>收据 {0} 存入的预存款已被使用，不能作废；请先作废使用预存款的收据</source>
      <translation>The prepayment of receipt {0} has been used, so it cannot be voided; void the receipt that used it first</translation>
    </message>
    <message>
      <source>收据 {0} 已于 {1} 作废</source>
      <translation>Receipt {0} was voided on {1}</translation>
    </message>
    <message>
      <source>收据 {0} 已作废，不能开票</source>
      <translation>receipt {0} is void and cannot be invoiced</translation>
    </message>
    <message>
      <source>收据 {0} 已在开票申请 {1} 中，不能作废；请先撤回开票申请</source>
      <translation>receipt {0} is in invoice request {1} and cannot be voided; withdraw the request first</translation>
    </message>
    <message>
      <source>收据 {0} 已在开票申请 {1} 中，不能重复开票</source>
      <translation>receipt {0} is already in invoice request {1}; it cannot be invoiced twice</translation>
    </message>
    <message>
      <source>收据 {0} 有重号</source>
      <translation>Receipt number {0} is used twice</translation>
    </message>
    <message>
      <source>收据 {0} 没有可开票的金额（预存款在使用时开票）</source>
      <translation>receipt {0} has nothing to invoice (prepayments are invoiced when used)</translation>
    </message>
    <message>
      <source>收据 {0} 编号不连续：{1} 张，编号 {2}–{3}</source>
      <translation>Receipts {0}: numbers have gaps: {1} receipts, numbers {2}–{3}</translation>
    </message>
    <message>
      <source>收据 {0}：实收 {1} + 预存抵扣 {2} ≠ 明细 {3}</source>
      <translation>Receipt {0}: received {1} + prepayment used {2} ≠ lines {3}</translation>
    </message>
    <message>
      <source>收据 {0}：实收 {1}、预存抵扣 {2}，审计记录为 {3}、{4}</source>
      <translation>Receipt {0}: received {1}, prepayment used {2}; the audit trail says {3}, {4}</translation>
    </message>
    <message>
      <source>收据 {0}：审计记录中的编号是 {1}</source>
      <translation>Receipt {0}: the audit trail gives its number as {1}</translation>
    </message>
    <message>
      <source>收据 {0}：审计记录显示已作废，收据却未作废</source>
      <translation>Receipt {0}: the audit trail says it was voided, but the receipt is not</translation>
    </message>
    <message>
      <source>收据 {0}：已作废，但没有作废的审计记录</source>
      <translation>Receipt {0}: voided, but there is no audit entry of the voiding</translation>
    </message>
    <message>
      <source>收据 {0}：没有对应的收费审计记录</source>
      <translation>Receipt {0}: no matching payment audit entry</translation>
    </message>
    <message>
      <source>收据 {0}：预存款变动 {1}，按审计记录应为 {2}</source>
      <translation>Receipt {0}: prepayment change {1}, by the audit trail it should be {2}</translation>
    </message>
    <message>
      <source>收据不存在</source>
      <translation>The receipt does not exist</translation>
    </message>
    <message>
      <source>收据号</source>
      <translation>Receipt no.</translation>
    </message>
    <message>
      <source>收据纸张和联数</source>
      <translation>Receipt paper and copies</translation>
    </message>
    <message>
      <source>收据编号前缀</source>
      <translation>Receipt number prefix</translation>
    </message>
    <message>
      <source>收据编号连续无重号</source>
      <translation>Receipt numbers without gaps or duplicates</translation>
    </message>
    <message>
      <source>收据金额 = 明细之和</source>
      <translation>Receipt amounts equal their lines</translation>
    </message>
    <message>
      <source>收款</source>
      <translation>Payment</translation>
    </message>
    <message>
      <source>收款人</source>
      <translation>Payee</translation>
    </message>
    <message>
      <source>收款日期</source>
      <translation>Days of takings</translation>
    </message>
    <message>
      <source>收费</source>
      <translation>Billing</translation>
    </message>
    <message>
      <source>收费标准</source>
      <translation>Fee standards</translation>
    </message>
    <message>
      <source>收费标准不存在</source>
      <translation>No such fee standard</translation>
    </message>
    <message>
      <source>收费财务报表</source>
      <translation>Finance reports (collection)</translation>
    </message>
    <message>
      <source>收费通知单纸张</source>
      <translation>Fee notice paper</translation>
    </message>
    <message>
      <source>收费通知单缴费期限（开具后天数）</source>
      <translation>Fee notice payment deadline (days after issue)</translation>
    </message>
    <message>
      <source>收费金额</source>
      <translation>Amount charged</translation>
    </message>
    <message>
      <source>收费项目</source>
      <translation>Fee item</translation>
    </message>
    <message>
      <source>收费项目（第 {0} 项）</source>
      <translation>Fee item (no. {0})</translation>
    </message>
    <message>
      <source>改了前缀，之后开的收据从新前缀的第 1 号编起（如 SK2026-000001），已开收据的编号不变，两个前缀的收据分开编号。</source>
      <translation>With a new prefix, receipts issued from now on are numbered from 1 under it (e.g. SK2026-000001); receipts already issued keep their numbers, and the two prefixes are numbered apart.</translation>
    </message>
    <message>
      <source>改派</source>
      <translation>Reassigned</translation>
    </message>
    <message>
      <source>放行时段不能超过 3 天</source>
      <translation>A release may cover at most 3 days</translation>
    </message>
    <message>
      <source>放行条</source>
      <translation>Release slip</translation>
    </message>
    <message>
      <source>放行条 {0} 不存在</source>
      <translation>Release slip {0} does not exist</translation>
    </message>
    <message>
      <source>放行条 {0} 已作废</source>
      <translation>Release slip {0} is void</translation>
    </message>
    <message>
      <source>放行条 {0} 已放行并交回，不能作废</source>
      <translation>Release slip {0} was used and returned; it cannot be voided</translation>
    </message>
    <message>
      <source>放行条 {0} 的放行联已于 {1} 交回</source>
      <translation>The release copy of slip {0} came back on {1}</translation>
    </message>
    <message>
      <source>放行条未交回</source>
      <translation>Release slip not returned</translation>
    </message>
    <message>
      <source>放行条编号</source>
      <translation>Release slip number</translation>
    </message>
    <message>
      <source>放行条（编号 {0}）不存在</source>
      <translation>Release slip (no. {0}) does not exist</translation>
    </message>
    <message>
      <source>放行联超过几天未交回提醒</source>
      <translation>Remind of unreturned release copies after how many days</translation>
    </message>
    <message>
      <source>故障</source>
      <translation>Fault</translation>
    </message>
    <message>
      <source>故障描述</source>
      <translation>Fault</translation>
    </message>
    <message>
      <source>数据库</source>
      <translation>Database</translation>
    </message>
    <message>
      <source>数据库 {0} 已经存在：一分钟内只能恢复一次，请稍后再试</source>
      <translation>Database {0} already exists: only one restore a minute, please try again shortly</translation>
    </message>
    <message>
      <source>数据库中已有数据（{0}…），演示数据只能生成到空数据库中，请换一个新的数据库文件。</source>
      <translation>The database already holds data ({0}…); demo data can only be made in an empty database, please choose a new database file.</translation>
    </message>
    <message>
      <source>数据库中已有数据（{0}），演示数据只能生成到空数据库中，请换一个新的数据库文件。</source>
      <translation>The database already holds data ({0}); demo data can only be made in an empty database, please choose a new database file.</translation>
    </message>
    <message>
      <source>数据库名 {0} 不合适：只用字母、数字和下划线</source>
      <translation>Database name {0} is not suitable: use only letters, digits and underscores</translation>
    </message>
    <message>
      <source>数据库所在的磁盘已满：这一步没有保存。请删除不用的文件、把旧备份移到别处，腾出空间后再试一次。</source>
      <translation>The disk holding the database is full: this step was not saved. Delete files you no longer need or move old backups elsewhere, then try again.</translation>
    </message>
    <message>
      <source>数据库文件有损坏：这一步没有保存。请关闭程序，运行 deskapp check，按它的提示从备份恢复。</source>
      <translation>The database file is damaged: this step was not saved. Close the program, run deskapp check and restore from a backup as it says.</translation>
    </message>
    <message>
      <source>数据库文件现在不能写入（文件变成了只读，或所在文件夹的权限改了）：这一步没有保存。请取消文件的只读属性后再试一次。</source>
      <translation>The database file cannot be written now (it became read-only, or its folder's permissions changed): this step was not saved. Clear the file's read-only attribute and try again.</translation>
    </message>
    <message>
      <source>数据库文件读不出来：{0}</source>
      <translation>The database file cannot be read: {0}</translation>
    </message>
    <message>
      <source>数据表</source>
      <translation>Tables</translation>
    </message>
    <message>
      <source>数量</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <source>数量不能为负数（{0}）</source>
      <translation>The quantity cannot be negative ({0})</translation>
    </message>
    <message>
      <source>整改完成</source>
      <translation>Rectified</translation>
    </message>
    <message>
      <source>整改期限</source>
      <translation>Rectify by</translation>
    </message>
    <message>
      <source>整改期限（天）</source>
      <translation>Rectification deadline (days)</translation>
    </message>
    <message>
      <source>整改通知书</source>
      <translation>Rectification notice</translation>
    </message>
    <message>
      <source>整改通知书 {0} 尚未整改，不能通过初验</source>
      <translation>Rectification notice {0} is not rectified yet; the first inspection cannot pass</translation>
    </message>
    <message>
      <source>整改通知书 {0} 已于 {1} 整改完毕</source>
      <translation>Rectification notice {0} was rectified on {1}</translation>
    </message>
    <message>
      <source>整改通知书（编号 {0}）不存在</source>
      <translation>Rectification notice (no. {0}) does not exist</translation>
    </message>
    <message>
      <source>整改逾期</source>
      <translation>Rectification overdue</translation>
    </message>
    <message>
      <source>整改逾期上报</source>
      <translation>Report overdue rectifications</translation>
    </message>
    <message>
      <source>文件</source>
      <translation>File</translation>
    </message>
    <message>
      <source>文件 {0} 不在文件夹 {1} 中（被移走或删除了？请从备份恢复）</source>
      <translation>File {0} is not in folder {1} (moved or deleted? restore it from a backup)</translation>
    </message>
    <message>
      <source>文件 {0} 不存在</source>
      <translation>File {0} does not exist</translation>
    </message>
    <message>
      <source>文件 {0} 已于 {1} 由 {2} 导入（{3} 笔，同一文件 SHA-256 {4}…），不能重复导入</source>
      <translation>File {0} was imported on {1} by {2} ({3} lines, same file SHA-256 {4}…): it cannot be imported twice</translation>
    </message>
    <message>
      <source>文件 {0} 打不开（{1}）</source>
      <translation>File {0} cannot be opened ({1})</translation>
    </message>
    <message>
      <source>文件 {0} 的 SHA-256 不是 64 位十六进制</source>
      <translation>The SHA-256 of file {0} is not 64 hexadecimal digits</translation>
    </message>
    <message>
      <source>文件 {0}（编号 {1}）：{2}</source>
      <translation>File {0} (no. {1}): {2}</translation>
    </message>
    <message>
      <source>文件与备份时审计日志记下的校验值不同：备份写好之后被改动过</source>
      <translation>The file differs from the checksum the audit trail recorded at backup: it was altered after the backup was written</translation>
    </message>
    <message>
      <source>文件与备份时清单（.json）记下的校验值不同：备份写好之后被改动过</source>
      <translation>The file differs from the checksum its manifest (.json) recorded at backup: it was altered after the backup was written</translation>
    </message>
    <message>
      <source>文件名“{0}”不能含路径</source>
      <translation>File name "{0}" must not contain a path</translation>
    </message>
    <message>
      <source>文件名称</source>
      <translation>Document title</translation>
    </message>
    <message>
      <source>文件夹 {0} 不存在</source>
      <translation>Folder {0} does not exist</translation>
    </message>
    <message>
      <source>文件夹 {0} 不能写入（没有权限或磁盘只读）</source>
      <translation>The folder {0} cannot be written to (no permission, or a read-only disk)</translation>
    </message>
    <message>
      <source>文件校验值（SHA-256）</source>
      <translation>File checksum (SHA-256)</translation>
    </message>
    <message>
      <source>文件版本</source>
      <translation>Document version</translation>
    </message>
    <message>
      <source>文件资料</source>
      <translation>Document</translation>
    </message>
    <message>
      <source>新业主</source>
      <translation>New owner</translation>
    </message>
    <message>
      <source>新增</source>
      <translation>New</translation>
    </message>
    <message>
      <source>新增文件资料</source>
      <translation>Add document</translation>
    </message>
    <message>
      <source>新密码</source>
      <translation>New password</translation>
    </message>
    <message>
      <source>新建</source>
      <translation>Create</translation>
    </message>
    <message>
      <source>新建满意度调查</source>
      <translation>New satisfaction survey</translation>
    </message>
    <message>
      <source>新建账号</source>
      <translation>Create account</translation>
    </message>
    <message>
      <source>新版本</source>
      <translation>To version</translation>
    </message>
    <message>
      <source>新租期结束</source>
      <translation>New lease end</translation>
    </message>
    <message>
      <source>新表起数</source>
      <translation>New meter start</translation>
    </message>
    <message>
      <source>方式</source>
      <translation>Way</translation>
    </message>
    <message>
      <source>施工人员</source>
      <translation>Workers</translation>
    </message>
    <message>
      <source>施工项目</source>
      <translation>Works</translation>
    </message>
    <message>
      <source>无上期读数</source>
      <translation>No previous reading</translation>
    </message>
    <message>
      <source>无人</source>
      <translation>Nobody home</translation>
    </message>
    <message>
      <source>无操作自动锁屏（分钟，0 为不锁）</source>
      <translation>Lock the screen after idle minutes (0: never)</translation>
    </message>
    <message>
      <source>无法写入审计日志：{0}</source>
      <translation>Cannot write the audit log: {0}</translation>
    </message>
    <message>
      <source>无法连接 PostgreSQL 服务器（{0}）：请检查地址、用户名和密码，以及服务器是否在运行</source>
      <translation>Cannot connect to the PostgreSQL server ({0}): check the address, user name and password, and that the server is running</translation>
    </message>
    <message>
      <source>无法连接目标数据库（{0}）：请检查地址、用户名、密码，以及数据库是否已建立</source>
      <translation>Cannot connect to the target database ({0}): check the address, user name and password, and that the database has been created</translation>
    </message>
    <message>
      <source>无渗漏、无异味</source>
      <translation>No leaks or smells</translation>
    </message>
    <message>
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>旧版</source>
      <translation>Superseded</translation>
    </message>
    <message>
      <source>旧表止数</source>
      <translation>Old meter last reading</translation>
    </message>
    <message>
      <source>早会</source>
      <translation>Morning meeting</translation>
    </message>
    <message>
      <source>早会安排</source>
      <translation>Meeting assignment</translation>
    </message>
    <message>
      <source>早会安排事项</source>
      <translation>Morning meeting assignment</translation>
    </message>
    <message>
      <source>早会日期</source>
      <translation>Meeting date</translation>
    </message>
    <message>
      <source>时间</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>时间应在 00:00 到 23:59 之间，如 08:30-17:30</source>
      <translation>times lie between 00:00 and 23:59, e.g. 08:30-17:30</translation>
    </message>
    <message>
      <source>明细</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>星期只能是 0（周一）到 6（周日）</source>
      <translation>The weekday can only be 0 (Monday) to 6 (Sunday)</translation>
    </message>
    <message>
      <source>是空表</source>
      <translation>is empty</translation>
    </message>
    <message>
      <source>普通</source>
      <translation>Normal</translation>
    </message>
    <message>
      <source>暂缓</source>
      <translation>Defer</translation>
    </message>
    <message>
      <source>暂缓原因</source>
      <translation>Reason for deferring</translation>
    </message>
    <message>
      <source>暂缓至</source>
      <translation>Deferred until</translation>
    </message>
    <message>
      <source>更新</source>
      <translation>Update</translation>
    </message>
    <message>
      <source>更新文件 {0} 与签名清单不符（文件损坏或被替换），不能安装</source>
      <translation>Update file {0} does not match the signed manifest (damaged or replaced); it cannot be installed</translation>
    </message>
    <message>
      <source>更新文件 {0} 读不了：{1}</source>
      <translation>Update file {0} cannot be read: {1}</translation>
    </message>
    <message>
      <source>更新文件夹中的版本 {0} 比正在使用的 {1} 旧，不能降级安装</source>
      <translation>Version {0} in the update folder is older than {1} in use; downgrades are not installed</translation>
    </message>
    <message>
      <source>更新文件夹的内容在询问后变了，请重新检查</source>
      <translation>The update folder changed after the question; check again</translation>
    </message>
    <message>
      <source>更新文件夹（中心服务器或U盘上存放新版本的文件夹；空：不检查更新）</source>
      <translation>Update folder (on the centre's server or a USB stick; empty: no update check)</translation>
    </message>
    <message>
      <source>更正接待记录</source>
      <translation>Correct reception log</translation>
    </message>
    <message>
      <source>更正楼道巡查记录</source>
      <translation>Correct a stairwell round record</translation>
    </message>
    <message>
      <source>最后一阶不设上限</source>
      <translation>The last tier has no upper limit</translation>
    </message>
    <message>
      <source>最多 100 个字</source>
      <translation>at most 100 characters</translation>
    </message>
    <message>
      <source>最多 200 个字</source>
      <translation>at most 200 characters</translation>
    </message>
    <message>
      <source>最多 40 个字</source>
      <translation>at most 40 characters</translation>
    </message>
    <message>
      <source>最多 8 个字</source>
      <translation>at most 8 characters</translation>
    </message>
    <message>
      <source>最多 {0} 个字</source>
      <translation>at most {0} characters</translation>
    </message>
    <message>
      <source>最多 {0} 个字，现在有 {1} 个</source>
      <translation>at most {0} characters, now {1}</translation>
    </message>
    <message>
      <source>最多 {0} 项</source>
      <translation>at most {0} items</translation>
    </message>
    <message>
      <source>最多两位小数</source>
      <translation>at most two decimals</translation>
    </message>
    <message>
      <source>最多两位小数（到分）</source>
      <translation>at most two decimals (fen)</translation>
    </message>
    <message>
      <source>最多四位小数</source>
      <translation>at most four decimals</translation>
    </message>
    <message>
      <source>月份</source>
      <translation>Month</translation>
    </message>
    <message>
      <source>月度盘点</source>
      <translation>Monthly stock count</translation>
    </message>
    <message>
      <source>月租金</source>
      <translation>Monthly rent</translation>
    </message>
    <message>
      <source>月管理费</source>
      <translation>Monthly management fee</translation>
    </message>
    <message>
      <source>有偿</source>
      <translation>Paid</translation>
    </message>
    <message>
      <source>有偿维修必须选择所收费的维修单</source>
      <translation>a paid repair must name the repair order it pays</translation>
    </message>
    <message>
      <source>有偿维修须填写收费金额（材料费、人工费）</source>
      <translation>A paid repair needs the amount (materials, labour)</translation>
    </message>
    <message>
      <source>有效</source>
      <translation>Valid</translation>
    </message>
    <message>
      <source>有线电视</source>
      <translation>Cable TV</translation>
    </message>
    <message>
      <source>有跟进事项时请填写期限</source>
      <translation>a follow-up needs a due date</translation>
    </message>
    <message>
      <source>有跟进事项时请选择跟进人</source>
      <translation>a follow-up needs the person who owes it</translation>
    </message>
    <message>
      <source>有违规项时须写明违规情况</source>
      <translation>Describe the violations when there are any</translation>
    </message>
    <message>
      <source>有问题的项目请写明发现的情况</source>
      <translation>write what was found for an item that is not OK</translation>
    </message>
    <message>
      <source>服务中心名称</source>
      <translation>Service centre name</translation>
    </message>
    <message>
      <source>服务器拒绝了设置（{0}）：管理员连接须是超级用户，或有 CREATEROLE 和 CREATEDB 权限</source>
      <translation>The server refused the set-up ({0}): the administrator connection must be a superuser, or have CREATEROLE and CREATEDB</translation>
    </message>
    <message>
      <source>服务器拒绝了（{0}）：建立、改名数据库须用管理员或数据库所有者的连接（restore 的 --admin-url）</source>
      <translation>The server refused ({0}): creating and renaming databases needs the administrator's or the database owner's connection (restore's --admin-url)</translation>
    </message>
    <message>
      <source>期初</source>
      <translation>Opening</translation>
    </message>
    <message>
      <source>期初导入 {0}（{1}）{2}：导入记录 {3} 条 {4} 元，期初账单 {5} 条 {6} 元</source>
      <translation>Opening import {0} ({1}) {2}: import record {3} lines {4} yuan, opening bills {5} lines {6} yuan</translation>
    </message>
    <message>
      <source>期初导入 {0}（{1}）：导入记录 {2} 户 {3} 元，期初账单 {4} 张 {5} 元</source>
      <translation>Opening import {0} ({1}): import record {2} units {3} yuan, opening bills {4} bills {5} yuan</translation>
    </message>
    <message>
      <source>期初押金导入</source>
      <translation>Opening deposits import</translation>
    </message>
    <message>
      <source>期初欠费</source>
      <translation>Opening arrears</translation>
    </message>
    <message>
      <source>期初欠费导入</source>
      <translation>Opening arrears import</translation>
    </message>
    <message>
      <source>期初账单 = 期初导入记录</source>
      <translation>Opening bills equal their import records</translation>
    </message>
    <message>
      <source>期初预存与押金</source>
      <translation>Prepayments and deposits held</translation>
    </message>
    <message>
      <source>期初预存与押金 = 导入记录</source>
      <translation>Opening prepayments and deposits equal their import records</translation>
    </message>
    <message>
      <source>期初预存与押金导入 {0}（{1}）{2}：导入记录 {3} 笔 {4} 元，账上 {5} 笔 {6} 元</source>
      <translation>Opening prepayment and deposit import {0} ({1}) {2}: import record {3} entries {4} yuan, on the books {5} entries {6} yuan</translation>
    </message>
    <message>
      <source>期间</source>
      <translation>Period</translation>
    </message>
    <message>
      <source>期间/筛选</source>
      <translation>Period / filter</translation>
    </message>
    <message>
      <source>期限</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <source>未交回</source>
      <translation>Not returned</translation>
    </message>
    <message>
      <source>未交房</source>
      <translation>Not handed over</translation>
    </message>
    <message>
      <source>未到</source>
      <translation>Did not come</translation>
    </message>
    <message>
      <source>未变</source>
      <translation>Unchanged</translation>
    </message>
    <message>
      <source>未填写：{0}</source>
      <translation>Not filled in: {0}</translation>
    </message>
    <message>
      <source>未完成</source>
      <translation>open</translation>
    </message>
    <message>
      <source>未定</source>
      <translation>Undecided</translation>
    </message>
    <message>
      <source>未巡查</source>
      <translation>Not patrolled</translation>
    </message>
    <message>
      <source>未收</source>
      <translation>not paid</translation>
    </message>
    <message>
      <source>未知的字段：{0}</source>
      <translation>Unknown field: {0}</translation>
    </message>
    <message>
      <source>未经业主或授权人确认，不能开具放行条</source>
      <translation>A release slip needs the confirmation of the owner or an authorised person</translation>
    </message>
    <message>
      <source>未结清明细表与收款一致</source>
      <translation>The table of open bill lines agrees with the payments</translation>
    </message>
    <message>
      <source>未结清明细表中有 {0} 条已结清的明细</source>
      <translation>The table of open bill lines holds {0} settled lines</translation>
    </message>
    <message>
      <source>未结清明细表欠费合计 {0} 元，与全部明细的欠费合计 {1} 元不符：有未结清的明细不在表中，欠费表会漏掉它</source>
      <translation>The open bill lines owe {0} yuan in total, all bill lines {1} yuan: an open line is missing from the table and the arrears list would leave it out</translation>
    </message>
    <message>
      <source>未联系上</source>
      <translation>Not reached</translation>
    </message>
    <message>
      <source>未计费</source>
      <translation>Left out</translation>
    </message>
    <message>
      <source>未评分</source>
      <translation>Not rated</translation>
    </message>
    <message>
      <source>未通知</source>
      <translation>Not notified</translation>
    </message>
    <message>
      <source>未通过时须勾出不合格项目或写明存在问题</source>
      <translation>A failed inspection must tick the failed items or describe the issues</translation>
    </message>
    <message>
      <source>未领用可视对讲机</source>
      <translation>Video intercom not taken</translation>
    </message>
    <message>
      <source>本季度</source>
      <translation>This quarter</translation>
    </message>
    <message>
      <source>本季度尚未巡查（{0}）</source>
      <translation>Not checked this quarter ({0})</translation>
    </message>
    <message>
      <source>本季度（{0}）尚未制作宣传板报</source>
      <translation>No bulletin board yet this quarter ({0})</translation>
    </message>
    <message>
      <source>本户还没有出过账单，没有收费通知单</source>
      <translation>No bills for this unit yet, so no fee notice</translation>
    </message>
    <message>
      <source>本月到期</source>
      <translation>Ends this month</translation>
    </message>
    <message>
      <source>本月尚未巡查（{0}）</source>
      <translation>Not checked this month ({0})</translation>
    </message>
    <message>
      <source>本期读数</source>
      <translation>This reading</translation>
    </message>
    <message>
      <source>本次巡查已结束</source>
      <translation>This round is finished</translation>
    </message>
    <message>
      <source>本次巡查已结束，不能再记录</source>
      <translation>This round is finished; nothing more can be recorded</translation>
    </message>
    <message>
      <source>本次巡查已结束，记录不能再更正</source>
      <translation>This round is finished: its records can no longer be corrected</translation>
    </message>
    <message>
      <source>来函</source>
      <translation>Letter received</translation>
    </message>
    <message>
      <source>来源</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>来源渠道</source>
      <translation>Channel</translation>
    </message>
    <message>
      <source>来电/来访人</source>
      <translation>Caller</translation>
    </message>
    <message>
      <source>来访</source>
      <translation>Visit</translation>
    </message>
    <message>
      <source>来访人</source>
      <translation>Visitor</translation>
    </message>
    <message>
      <source>查看业户档案</source>
      <translation>View unit records</translation>
    </message>
    <message>
      <source>查看全部未完成的早会安排</source>
      <translation>see every open meeting assignment</translation>
    </message>
    <message>
      <source>查看公共设施及预约</source>
      <translation>View facilities and bookings</translation>
    </message>
    <message>
      <source>查看前台接待登记</source>
      <translation>View the front desk registers</translation>
    </message>
    <message>
      <source>查看在线工作站</source>
      <translation>View connected desks</translation>
    </message>
    <message>
      <source>查看完整个人信息</source>
      <translation>See full personal data</translation>
    </message>
    <message>
      <source>查看完整证件号码或电话</source>
      <translation>See full ID or phone numbers</translation>
    </message>
    <message>
      <source>查看审计日志</source>
      <translation>View the audit log</translation>
    </message>
    <message>
      <source>查看宣传板报和社区活动</source>
      <translation>View bulletin boards and community activities</translation>
    </message>
    <message>
      <source>查看对外联络</source>
      <translation>View liaison</translation>
    </message>
    <message>
      <source>查看工作日历</source>
      <translation>View the duty calendar</translation>
    </message>
    <message>
      <source>查看抄表</source>
      <translation>View meter readings</translation>
    </message>
    <message>
      <source>查看收费</source>
      <translation>View billing</translation>
    </message>
    <message>
      <source>查看文件资料</source>
      <translation>View the documents</translation>
    </message>
    <message>
      <source>查看施工人员、放行申请人完整证件号</source>
      <translation>See full ID numbers of workers and release applicants</translation>
    </message>
    <message>
      <source>查看楼宇管家工作</source>
      <translation>View the stewards' work</translation>
    </message>
    <message>
      <source>查看空置房与出租房屋</source>
      <translation>View vacant and rented units</translation>
    </message>
    <message>
      <source>查看联系人完整电话</source>
      <translation>contact's full phone shown</translation>
    </message>
    <message>
      <source>查看连着服务器的客服台</source>
      <translation>See the desks connected to the server</translation>
    </message>
    <message>
      <source>查看钥匙、卡证与车位</source>
      <translation>View keys, cards and parking</translation>
    </message>
    <message>
      <source>标记</source>
      <translation>Flags</translation>
    </message>
    <message>
      <source>标记来年节假日</source>
      <translation>Mark next year's holidays</translation>
    </message>
    <message>
      <source>标记节假日</source>
      <translation>Mark holidays</translation>
    </message>
    <message>
      <source>标题</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>核对往日未完成事项（早班清单）</source>
      <translation>Check earlier days' open items (morning list)</translation>
    </message>
    <message>
      <source>格式</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>格式不对</source>
      <translation>wrong format</translation>
    </message>
    <message>
      <source>档案中没有 {0} 的证件号码，无法核验</source>
      <translation>No ID number of {0} on record; cannot verify</translation>
    </message>
    <message>
      <source>档案完整性检查</source>
      <translation>Records completeness check</translation>
    </message>
    <message>
      <source>档案完整性检查：检查房屋 {0} 户，问题 {1} 项（{2}，{3}）</source>
      <translation>Records completeness check: {0} units checked, {1} findings ({2}, {3})</translation>
    </message>
    <message>
      <source>检查</source>
      <translation>Check</translation>
    </message>
    <message>
      <source>检查不合格，返工</source>
      <translation>Check failed, redo</translation>
    </message>
    <message>
      <source>检查合格</source>
      <translation>Check passed</translation>
    </message>
    <message>
      <source>检查房屋数</source>
      <translation>Units checked</translation>
    </message>
    <message>
      <source>检查数据库</source>
      <translation>Check the database</translation>
    </message>
    <message>
      <source>检查数据库：</source>
      <translation>Database check: </translation>
    </message>
    <message>
      <source>检查日期</source>
      <translation>Check date</translation>
    </message>
    <message>
      <source>检查时间</source>
      <translation>Checked at</translation>
    </message>
    <message>
      <source>检查结果</source>
      <translation>Check result</translation>
    </message>
    <message>
      <source>检查记录（{0}）</source>
      <translation>The check record ({0})</translation>
    </message>
    <message>
      <source>检查项目</source>
      <translation>Check items</translation>
    </message>
    <message>
      <source>楼宇管家</source>
      <translation>Building steward</translation>
    </message>
    <message>
      <source>楼层</source>
      <translation>Floor</translation>
    </message>
    <message>
      <source>楼栋</source>
      <translation>Building</translation>
    </message>
    <message>
      <source>楼栋 {0} 不存在</source>
      <translation>Building {0} does not exist</translation>
    </message>
    <message>
      <source>楼栋 {0} 不存在，请先在 业户档案 ▸ 新建楼栋… 中建立</source>
      <translation>Building {0} does not exist; make it first under Unit files ▸ New building…</translation>
    </message>
    <message>
      <source>楼栋 {0} 已存在</source>
      <translation>Building {0} already exists</translation>
    </message>
    <message>
      <source>楼栋数</source>
      <translation>Buildings</translation>
    </message>
    <message>
      <source>楼栋编号</source>
      <translation>Building number</translation>
    </message>
    <message>
      <source>楼栋（编号 {0}）不存在</source>
      <translation>Building (no. {0}) does not exist</translation>
    </message>
    <message>
      <source>楼道巡查 {0} 条路线已完成</source>
      <translation>Stairwell rounds: {0} routes done</translation>
    </message>
    <message>
      <source>楼道巡查 {0} 条路线已完成（{1} 条补巡）</source>
      <translation>Stairwell rounds: {0} routes done ({1} made up later in the week)</translation>
    </message>
    <message>
      <source>楼道巡查日</source>
      <translation>Stairwell round days</translation>
    </message>
    <message>
      <source>楼道巡查检查项目</source>
      <translation>Stairwell round check items</translation>
    </message>
    <message>
      <source>楼道巡查漏检</source>
      <translation>Stairwell round missed</translation>
    </message>
    <message>
      <source>楼道巡查路线 {0} 起设立，当日无路线</source>
      <translation>Stairwell routes set up from {0}: no route that day</translation>
    </message>
    <message>
      <source>楼道照明、卫生巡查</source>
      <translation>Stairwell lighting and hygiene rounds</translation>
    </message>
    <message>
      <source>正常</source>
      <translation>Normal</translation>
    </message>
    <message>
      <source>正文</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>每半年</source>
      <translation>Half-yearly</translation>
    </message>
    <message>
      <source>每周</source>
      <translation>Weekly</translation>
    </message>
    <message>
      <source>每季</source>
      <translation>Quarterly</translation>
    </message>
    <message>
      <source>每季度</source>
      <translation>Quarterly</translation>
    </message>
    <message>
      <source>每年</source>
      <translation>Yearly</translation>
    </message>
    <message>
      <source>每户有效住户卡/门禁卡上限</source>
      <translation>Valid resident/access cards per household</translation>
    </message>
    <message>
      <source>每日</source>
      <translation>Daily</translation>
    </message>
    <message>
      <source>每日移交 = 收据合计</source>
      <translation>Daily handovers equal their receipts</translation>
    </message>
    <message>
      <source>每月</source>
      <translation>Monthly</translation>
    </message>
    <message>
      <source>每月汇总</source>
      <translation>Monthly pack</translation>
    </message>
    <message>
      <source>每月汇总归档</source>
      <translation>Monthly pack (registers filed)</translation>
    </message>
    <message>
      <source>每条不能超过 {0} 个字符</source>
      <translation>each line may have at most {0} characters</translation>
    </message>
    <message>
      <source>每笔扣款须写明原因</source>
      <translation>Each deduction needs a reason</translation>
    </message>
    <message>
      <source>每项检查各填一次，缺少：{0}</source>
      <translation>fill in each item once; missing: {0}</translation>
    </message>
    <message>
      <source>比例</source>
      <translation>Share</translation>
    </message>
    <message>
      <source>水电已关闭</source>
      <translation>Water and power off</translation>
    </message>
    <message>
      <source>水电已送</source>
      <translation>Water and power on</translation>
    </message>
    <message>
      <source>水电管线</source>
      <translation>Water / power lines</translation>
    </message>
    <message>
      <source>水表</source>
      <translation>Water meter</translation>
    </message>
    <message>
      <source>求助/服务需求</source>
      <translation>Help / service request</translation>
    </message>
    <message>
      <source>没收</source>
      <translation>Forfeited</translation>
    </message>
    <message>
      <source>没收原因</source>
      <translation>Forfeit reason</translation>
    </message>
    <message>
      <source>没收待批</source>
      <translation>Forfeit awaiting approval</translation>
    </message>
    <message>
      <source>没收押金待审批</source>
      <translation>Deposit forfeit awaiting approval</translation>
    </message>
    <message>
      <source>没收押金申请</source>
      <translation>Deposit forfeit application</translation>
    </message>
    <message>
      <source>没收申请不存在</source>
      <translation>The forfeit application does not exist</translation>
    </message>
    <message>
      <source>没有“{0}”，可选：{1}</source>
      <translation>No “{0}”; choose from: {1}</translation>
    </message>
    <message>
      <source>没有业主编号</source>
      <translation>no owner number</translation>
    </message>
    <message>
      <source>没有对应的减免记录</source>
      <translation>no waiver written for it</translation>
    </message>
    <message>
      <source>没有已交房的房屋可调查</source>
      <translation>No unit handed over to survey</translation>
    </message>
    <message>
      <source>没有房号 {0}</source>
      <translation>No unit {0}</translation>
    </message>
    <message>
      <source>没有找到{0}的表头行（应有 {1} 等列）</source>
      <translation>No header row of {0} found (it should have columns such as {1})</translation>
    </message>
    <message>
      <source>没有找到分区收费台账的工作表</source>
      <translation>No sheet laid out as a district fee ledger was found</translation>
    </message>
    <message>
      <source>没有改动</source>
      <translation>No changes</translation>
    </message>
    <message>
      <source>没有权限读取 {0}：{1}</source>
      <translation>No permission to read {0}: {1}</translation>
    </message>
    <message>
      <source>没有楼栋 {0}</source>
      <translation>No building {0}</translation>
    </message>
    <message>
      <source>没有楼栋“{0}”</source>
      <translation>No building “{0}”</translation>
    </message>
    <message>
      <source>没有此用户</source>
      <translation>No such user</translation>
    </message>
    <message>
      <source>没有符合的房屋</source>
      <translation>No unit matches</translation>
    </message>
    <message>
      <source>没有账龄“{0}”，可选：{1}</source>
      <translation>no age "{0}"; choose from: {1}</translation>
    </message>
    <message>
      <source>没有这个公共设施</source>
      <translation>no such facility</translation>
    </message>
    <message>
      <source>没有这个房屋</source>
      <translation>no such unit</translation>
    </message>
    <message>
      <source>没有这个版本</source>
      <translation>No such version</translation>
    </message>
    <message>
      <source>没有这个社区活动</source>
      <translation>No such community activity</translation>
    </message>
    <message>
      <source>没有这个节假日</source>
      <translation>No such holiday</translation>
    </message>
    <message>
      <source>没有这份文件</source>
      <translation>No such document</translation>
    </message>
    <message>
      <source>没有这位租户</source>
      <translation>no such tenant</translation>
    </message>
    <message>
      <source>没有这块宣传板报</source>
      <translation>No such bulletin board</translation>
    </message>
    <message>
      <source>没有这条报名</source>
      <translation>No such sign-up</translation>
    </message>
    <message>
      <source>没有这条活动支出</source>
      <translation>No such spending line</translation>
    </message>
    <message>
      <source>没有这条联络记录</source>
      <translation>no such liaison record</translation>
    </message>
    <message>
      <source>没有这条设施预约</source>
      <translation>no such facility booking</translation>
    </message>
    <message>
      <source>没有这项早会安排</source>
      <translation>no such meeting assignment</translation>
    </message>
    <message>
      <source>没有钥匙 {0}</source>
      <translation>No key {0}</translation>
    </message>
    <message>
      <source>没有需要移交的收据</source>
      <translation>No receipts to hand over</translation>
    </message>
    <message>
      <source>注销</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>注销原因</source>
      <translation>Reason for cancelling</translation>
    </message>
    <message>
      <source>注销托管钥匙</source>
      <translation>Cancel keys held</translation>
    </message>
    <message>
      <source>活动</source>
      <translation>Activity</translation>
    </message>
    <message>
      <source>活动“{0}”在 {1} 举行，当天起才能登记到场</source>
      <translation>“{0}” takes place on {1}: who came can be marked from that day</translation>
    </message>
    <message>
      <source>活动“{0}”已于 {1} 取消（{2}）</source>
      <translation>The activity “{0}” was called off on {1} ({2})</translation>
    </message>
    <message>
      <source>活动“{0}”已开始，不能再修改</source>
      <translation>The activity “{0}” has begun and can no longer be changed</translation>
    </message>
    <message>
      <source>活动“{0}”已开始，不能再报名</source>
      <translation>The activity “{0}” has begun; no more sign-ups</translation>
    </message>
    <message>
      <source>活动“{0}”已有业户签到到场，已举行的活动不能取消</source>
      <translation>Households have come to “{0}”; an activity that took place cannot be called off</translation>
    </message>
    <message>
      <source>活动报名</source>
      <translation>Activity sign-up</translation>
    </message>
    <message>
      <source>活动支出</source>
      <translation>Activity spending</translation>
    </message>
    <message>
      <source>活动时间</source>
      <translation>Date and time</translation>
    </message>
    <message>
      <source>活动签到</source>
      <translation>Activity attendance</translation>
    </message>
    <message>
      <source>派出所</source>
      <translation>Police station</translation>
    </message>
    <message>
      <source>派单</source>
      <translation>Dispatch</translation>
    </message>
    <message>
      <source>派单、跟进、回访</source>
      <translation>Dispatch, follow up, call back</translation>
    </message>
    <message>
      <source>派工</source>
      <translation>Assign a worker</translation>
    </message>
    <message>
      <source>派工记录</source>
      <translation>Dispatches</translation>
    </message>
    <message>
      <source>消防</source>
      <translation>Fire service</translation>
    </message>
    <message>
      <source>添加单元大事记</source>
      <translation>Add to the unit's chronicle</translation>
    </message>
    <message>
      <source>清单日期</source>
      <translation>List date</translation>
    </message>
    <message>
      <source>渗漏</source>
      <translation>Leak</translation>
    </message>
    <message>
      <source>港澳居民来往内地通行证</source>
      <translation>Mainland travel permit for Hong Kong and Macao residents</translation>
    </message>
    <message>
      <source>滞纳金</source>
      <translation>Late fee</translation>
    </message>
    <message>
      <source>滞纳金宽限天数</source>
      <translation>Late fee grace days</translation>
    </message>
    <message>
      <source>滞纳金日费率</source>
      <translation>Late fee daily rate</translation>
    </message>
    <message>
      <source>满意</source>
      <translation>Satisfied</translation>
    </message>
    <message>
      <source>满意/基本满意/不满意</source>
      <translation>satisfied / fairly satisfied / dissatisfied</translation>
    </message>
    <message>
      <source>满意度回访</source>
      <translation>Satisfaction visit</translation>
    </message>
    <message>
      <source>满意度调查</source>
      <translation>Satisfaction survey</translation>
    </message>
    <message>
      <source>满意度调查“{0}”（{1} 起）</source>
      <translation>Satisfaction survey "{0}" (from {1})</translation>
    </message>
    <message>
      <source>满意度调查（编号 {0}）不存在</source>
      <translation>Satisfaction survey (no. {0}) does not exist</translation>
    </message>
    <message>
      <source>演示数据</source>
      <translation>Demo data</translation>
    </message>
    <message>
      <source>点位“{0}”已有巡查记录，不能删除</source>
      <translation>Point “{0}” has round records; it cannot be deleted</translation>
    </message>
    <message>
      <source>点位“{0}”本次巡查已记录过</source>
      <translation>Point “{0}” is already recorded in this round</translation>
    </message>
    <message>
      <source>点位“{0}”的问题{1}，不能更正</source>
      <translation>The finding at “{0}” {1}: it cannot be corrected</translation>
    </message>
    <message>
      <source>点位名称重复</source>
      <translation>The point names repeat</translation>
    </message>
    <message>
      <source>版本</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>版本号</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>版本号“{0}”不是 1.2.3 这样的格式</source>
      <translation>Version "{0}" is not in the form 1.2.3</translation>
    </message>
    <message>
      <source>物业费</source>
      <translation>Property fee</translation>
    </message>
    <message>
      <source>物业费及其他</source>
      <translation>Property fee and other</translation>
    </message>
    <message>
      <source>物品</source>
      <translation>Goods</translation>
    </message>
    <message>
      <source>物品名称</source>
      <translation>Goods</translation>
    </message>
    <message>
      <source>物品放行</source>
      <translation>Goods release</translation>
    </message>
    <message>
      <source>物品放行条编号连续、整改与装修状态一致</source>
      <translation>Release slip numbers without gaps; rectifications agree with decorations</translation>
    </message>
    <message>
      <source>物品放行确认</source>
      <translation>Release confirmation</translation>
    </message>
    <message>
      <source>特急</source>
      <translation>Very urgent</translation>
    </message>
    <message>
      <source>状态</source>
      <translation>State</translation>
    </message>
    <message>
      <source>状态变更</source>
      <translation>Change of state</translation>
    </message>
    <message>
      <source>环保</source>
      <translation>Environmental protection</translation>
    </message>
    <message>
      <source>现在只到第 {0} 条</source>
      <translation>now ends at entry no. {0}</translation>
    </message>
    <message>
      <source>现场处理</source>
      <translation>put right on the spot</translation>
    </message>
    <message>
      <source>现行</source>
      <translation>In force</translation>
    </message>
    <message>
      <source>现金</source>
      <translation>Cash</translation>
    </message>
    <message>
      <source>现金交接（费用移交）</source>
      <translation>Cash handover to finance</translation>
    </message>
    <message>
      <source>球场</source>
      <translation>Court</translation>
    </message>
    <message>
      <source>生成</source>
      <translation>Generate</translation>
    </message>
    <message>
      <source>生成季度账单</source>
      <translation>Create the quarter's bills</translation>
    </message>
    <message>
      <source>生成演示小区数据</source>
      <translation>Build demo community data</translation>
    </message>
    <message>
      <source>生成记账凭证</source>
      <translation>Make accounting vouchers</translation>
    </message>
    <message>
      <source>生效日期</source>
      <translation>Effective from</translation>
    </message>
    <message>
      <source>用 2–40 个英文字母、数字、点、下划线或减号，以字母开头，例如 wangli</source>
      <translation>2–40 letters, digits, dots, underscores or hyphens, starting with a letter, e.g. wangli</translation>
    </message>
    <message>
      <source>用户</source>
      <translation>User</translation>
    </message>
    <message>
      <source>用户名</source>
      <translation>User name</translation>
    </message>
    <message>
      <source>用途</source>
      <translation>Use</translation>
    </message>
    <message>
      <source>用量</source>
      <translation>Usage</translation>
    </message>
    <message>
      <source>用量超过常月3倍</source>
      <translation>Usage over 3× the usual month</translation>
    </message>
    <message>
      <source>用预存款支付时实收金额应为 0</source>
      <translation>When paid from prepayment the amount received should be 0</translation>
    </message>
    <message>
      <source>申请人</source>
      <translation>Applicant</translation>
    </message>
    <message>
      <source>申请人须登记身份证号</source>
      <translation>The applicant's ID number is needed</translation>
    </message>
    <message>
      <source>申请减免</source>
      <translation>Apply for a discount</translation>
    </message>
    <message>
      <source>申请开票、登记发票抬头</source>
      <translation>Request invoices, keep invoice titles</translation>
    </message>
    <message>
      <source>申请没收押金</source>
      <translation>Apply to forfeit a deposit</translation>
    </message>
    <message>
      <source>申请退款</source>
      <translation>Apply for refunds</translation>
    </message>
    <message>
      <source>电脑时钟</source>
      <translation>PC clock</translation>
    </message>
    <message>
      <source>电脑时钟有误仍继续</source>
      <translation>Carried on with the PC's clock wrong</translation>
    </message>
    <message>
      <source>电表</source>
      <translation>Electricity meter</translation>
    </message>
    <message>
      <source>电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>登录</source>
      <translation>Sign-in</translation>
    </message>
    <message>
      <source>登录失败</source>
      <translation>Sign-in failed</translation>
    </message>
    <message>
      <source>登记</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>登记业户违章</source>
      <translation>Record resident violations</translation>
    </message>
    <message>
      <source>登记业户需求/投诉</source>
      <translation>Record requests and complaints</translation>
    </message>
    <message>
      <source>登记信件</source>
      <translation>Record mail</translation>
    </message>
    <message>
      <source>登记催缴联系</source>
      <translation>Record dunning contact</translation>
    </message>
    <message>
      <source>登记公共设施预约</source>
      <translation>Book facilities</translation>
    </message>
    <message>
      <source>登记前台须知</source>
      <translation>Record desk notes</translation>
    </message>
    <message>
      <source>登记发票抬头</source>
      <translation>Record invoice buyer</translation>
    </message>
    <message>
      <source>登记和跟进工程维修单</source>
      <translation>Record and follow repair orders</translation>
    </message>
    <message>
      <source>登记和跟进工程遗留问题</source>
      <translation>Record and follow construction defects</translation>
    </message>
    <message>
      <source>登记客服接待记录</source>
      <translation>Record the reception log</translation>
    </message>
    <message>
      <source>登记宣传板报</source>
      <translation>Register bulletin boards</translation>
    </message>
    <message>
      <source>登记对外联络</source>
      <translation>Log liaison</translation>
    </message>
    <message>
      <source>登记工程遗留问题</source>
      <translation>Record construction defect</translation>
    </message>
    <message>
      <source>登记已开发票</source>
      <translation>Record issued invoice</translation>
    </message>
    <message>
      <source>登记已开发票号码</source>
      <translation>Record issued invoice numbers</translation>
    </message>
    <message>
      <source>登记或修改业户、住户</source>
      <translation>Record or change residents and occupants</translation>
    </message>
    <message>
      <source>登记或修改房屋</source>
      <translation>Record or change units</translation>
    </message>
    <message>
      <source>登记或调整托管钥匙</source>
      <translation>Record or adjust keys held</translation>
    </message>
    <message>
      <source>登记托管</source>
      <translation>Take keys in custody</translation>
    </message>
    <message>
      <source>登记托管钥匙</source>
      <translation>Register custody key</translation>
    </message>
    <message>
      <source>登记放行联交回</source>
      <translation>Record returned release copies</translation>
    </message>
    <message>
      <source>登记时只能是“前台待取”或“已投信箱”，领取另行登记</source>
      <translation>When recorded, only “at the front desk” or “put in the mailbox”; collection is recorded later</translation>
    </message>
    <message>
      <source>登记本工作站在线</source>
      <translation>Register this desk as connected</translation>
    </message>
    <message>
      <source>登记活动支出</source>
      <translation>Record activity spending</translation>
    </message>
    <message>
      <source>登记租户及租期</source>
      <translation>Register tenants and leases</translation>
    </message>
    <message>
      <source>登记联系人</source>
      <translation>Record contact person</translation>
    </message>
    <message>
      <source>登记联络单位</source>
      <translation>Record liaison body</translation>
    </message>
    <message>
      <source>登记节假日</source>
      <translation>Add holiday</translation>
    </message>
    <message>
      <source>登记表</source>
      <translation>Register</translation>
    </message>
    <message>
      <source>登记车位</source>
      <translation>Register parking spaces</translation>
    </message>
    <message>
      <source>登记钥匙归还</source>
      <translation>Record key returns</translation>
    </message>
    <message>
      <source>盘点记录不存在</source>
      <translation>The stock count does not exist</translation>
    </message>
    <message>
      <source>目标数据库不是空的：{0}。只能搬到空数据库（新建的，或只运行过 deskapp server setup 的），以免两份数据混在一起。什么都没有写入。</source>
      <translation>The target database is not empty: {0}. Data can only be moved into an empty database (a new one, or one only deskapp server setup has run on), so that two sets of data are never mixed. Nothing was written.</translation>
    </message>
    <message>
      <source>相符</source>
      <translation>Matches</translation>
    </message>
    <message>
      <source>看房</source>
      <translation>Viewing</translation>
    </message>
    <message>
      <source>短信</source>
      <translation>SMS</translation>
    </message>
    <message>
      <source>短信不能超过 {0} 字（现 {1} 字），请精简或只张贴公告</source>
      <translation>An SMS cannot be longer than {0} characters (now {1}); shorten it or only post the notice</translation>
    </message>
    <message>
      <source>短缺</source>
      <translation>Short</translation>
    </message>
    <message>
      <source>确认人</source>
      <translation>Confirmed by</translation>
    </message>
    <message>
      <source>确认原因</source>
      <translation>Reason for confirming</translation>
    </message>
    <message>
      <source>确认时间</source>
      <translation>Confirmed at</translation>
    </message>
    <message>
      <source>确认读数</source>
      <translation>Confirm reading</translation>
    </message>
    <message>
      <source>确认重大事件</source>
      <translation>Acknowledge major events</translation>
    </message>
    <message>
      <source>社区活动</source>
      <translation>Community activity</translation>
    </message>
    <message>
      <source>社区活动报名、取消、签到</source>
      <translation>Sign-ups to community activities, their cancellation and attendance</translation>
    </message>
    <message>
      <source>科目代码、空格、科目名称，如 1001 库存现金</source>
      <translation>account code, a space, account name, e.g. 1001 库存现金</translation>
    </message>
    <message>
      <source>租户</source>
      <translation>Tenant</translation>
    </message>
    <message>
      <source>租户 {0} 租期至 {1}{2}</source>
      <translation>Tenant {0}, lease until {1}{2}</translation>
    </message>
    <message>
      <source>租户必须留联系电话</source>
      <translation>a tenant must leave a phone number</translation>
    </message>
    <message>
      <source>租户搬离</source>
      <translation>Tenant moving out</translation>
    </message>
    <message>
      <source>租户续租</source>
      <translation>lease renewed</translation>
    </message>
    <message>
      <source>租户退租</source>
      <translation>tenant moved out</translation>
    </message>
    <message>
      <source>租户（主管批准）</source>
      <translation>Tenant (supervisor approved)</translation>
    </message>
    <message>
      <source>租期</source>
      <translation>Lease term</translation>
    </message>
    <message>
      <source>租期不能超过 5 年</source>
      <translation>A lease cannot be longer than 5 years</translation>
    </message>
    <message>
      <source>租期开始</source>
      <translation>Lease start</translation>
    </message>
    <message>
      <source>租期未定，无法通知到期</source>
      <translation>the lease has no end date, so no end can be notified</translation>
    </message>
    <message>
      <source>租期止</source>
      <translation>Lease end</translation>
    </message>
    <message>
      <source>租期结束</source>
      <translation>End of lease</translation>
    </message>
    <message>
      <source>租期起</source>
      <translation>Lease start</translation>
    </message>
    <message>
      <source>租用</source>
      <translation>Rented</translation>
    </message>
    <message>
      <source>租约</source>
      <translation>Leases</translation>
    </message>
    <message>
      <source>租约 {0} 已提前结束，请重新办理租赁</source>
      <translation>Lease {0} ended early; record a new lease</translation>
    </message>
    <message>
      <source>租约 {0} 已续租为 {1}</source>
      <translation>Lease {0} was renewed as {1}</translation>
    </message>
    <message>
      <source>租约不存在</source>
      <translation>The lease does not exist</translation>
    </message>
    <message>
      <source>租约到期</source>
      <translation>Lease ending</translation>
    </message>
    <message>
      <source>租约到期通知</source>
      <translation>Lease end notice</translation>
    </message>
    <message>
      <source>移交记录不存在</source>
      <translation>The handover record does not exist</translation>
    </message>
    <message>
      <source>移位</source>
      <translation>Moved</translation>
    </message>
    <message>
      <source>程序</source>
      <translation>Program</translation>
    </message>
    <message>
      <source>税号</source>
      <translation>Tax no.</translation>
    </message>
    <message>
      <source>空白住户卡</source>
      <translation>Blank resident cards</translation>
    </message>
    <message>
      <source>空白卡、对讲机入库</source>
      <translation>Blank cards and intercoms into stock</translation>
    </message>
    <message>
      <source>空白车卡</source>
      <translation>Blank car cards</translation>
    </message>
    <message>
      <source>空白门禁卡</source>
      <translation>Blank access cards</translation>
    </message>
    <message>
      <source>空置</source>
      <translation>Vacant</translation>
    </message>
    <message>
      <source>空置房减免</source>
      <translation>Vacant-unit discount</translation>
    </message>
    <message>
      <source>空置房巡查</source>
      <translation>Vacant unit check</translation>
    </message>
    <message>
      <source>空置房巡查周期</source>
      <translation>Vacant-unit check cadence</translation>
    </message>
    <message>
      <source>空置房有用量</source>
      <translation>Usage on a vacant unit</translation>
    </message>
    <message>
      <source>空置房检查</source>
      <translation>Vacant-unit check</translation>
    </message>
    <message>
      <source>空置房物业费收取比例（%）</source>
      <translation>Property fee share for vacant units (%)</translation>
    </message>
    <message>
      <source>空闲</source>
      <translation>Free</translation>
    </message>
    <message>
      <source>第 {0} 位新业主</source>
      <translation>New owner no. {0}</translation>
    </message>
    <message>
      <source>第 {0} 次出账的账单没有对应的出账审计记录</source>
      <translation>The bills of billing run {0} have no billing run entry in the audit trail</translation>
    </message>
    <message>
      <source>第 {0} 阶上限</source>
      <translation>Upper limit of tier {0}</translation>
    </message>
    <message>
      <source>第 {0} 项“{1}”太长（最多 {2} 个字）</source>
      <translation>Item {0} “{1}” is too long (at most {2} characters)</translation>
    </message>
    <message>
      <source>第 {0} 项安排</source>
      <translation>assignment {0}</translation>
    </message>
    <message>
      <source>第 {0} 项是空的</source>
      <translation>Item {0} is empty</translation>
    </message>
    <message>
      <source>策划社区活动、登记活动支出</source>
      <translation>Plan community activities and record their spending</translation>
    </message>
    <message>
      <source>管理员</source>
      <translation>Administrator</translation>
    </message>
    <message>
      <source>管理员连接</source>
      <translation>Administrator connection</translation>
    </message>
    <message>
      <source>管理文件资料（新增、换新版本、停用）</source>
      <translation>Manage the documents (add, new version, withdraw)</translation>
    </message>
    <message>
      <source>管理用户账号</source>
      <translation>Manage user accounts</translation>
    </message>
    <message>
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>类型</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>系统</source>
      <translation>System</translation>
    </message>
    <message>
      <source>紧急</source>
      <translation>Urgent</translation>
    </message>
    <message>
      <source>紧急事项完成时限（小时）</source>
      <translation>Time limit for urgent items (hours)</translation>
    </message>
    <message>
      <source>紧急程度</source>
      <translation>Urgency</translation>
    </message>
    <message>
      <source>纸张</source>
      <translation>Paper</translation>
    </message>
    <message>
      <source>组织人</source>
      <translation>Organiser</translation>
    </message>
    <message>
      <source>终止原因</source>
      <translation>Reason for terminating</translation>
    </message>
    <message>
      <source>终止装修</source>
      <translation>terminate the works</translation>
    </message>
    <message>
      <source>经办人</source>
      <translation>Handled by</translation>
    </message>
    <message>
      <source>结束</source>
      <translation>End</translation>
    </message>
    <message>
      <source>结束人员关系</source>
      <translation>End person's tie</translation>
    </message>
    <message>
      <source>结束日期</source>
      <translation>End date</translation>
    </message>
    <message>
      <source>结束日期 {0} 早于开始日期 {1}</source>
      <translation>End date {0} is before start date {1}</translation>
    </message>
    <message>
      <source>结束日期早于开始日期</source>
      <translation>The end date is before the start date</translation>
    </message>
    <message>
      <source>结束时间</source>
      <translation>End</translation>
    </message>
    <message>
      <source>结束时间应晚于开始时间</source>
      <translation>The end time should be after the start time</translation>
    </message>
    <message>
      <source>结束时间要晚于开始时间</source>
      <translation>the end must be after the start</translation>
    </message>
    <message>
      <source>结束满意度调查</source>
      <translation>Close satisfaction survey</translation>
    </message>
    <message>
      <source>结束车位租赁</source>
      <translation>End parking lease</translation>
    </message>
    <message>
      <source>结果</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>结论：全部正常</source>
      <translation>Verdict: all normal</translation>
    </message>
    <message>
      <source>结论：共发现 {0} 处问题</source>
      <translation>Verdict: {0} problem(s) found</translation>
    </message>
    <message>
      <source>统一社会信用代码应为 18 位，“{0}”是 {1} 位；个人抬头请留空</source>
      <translation>a unified social credit code has 18 characters, “{0}” has {1}; leave it empty for a person</translation>
    </message>
    <message>
      <source>续期月数</source>
      <translation>Months to extend</translation>
    </message>
    <message>
      <source>续租</source>
      <translation>Renewed</translation>
    </message>
    <message>
      <source>维修</source>
      <translation>Repair</translation>
    </message>
    <message>
      <source>维修中</source>
      <translation>Under repair</translation>
    </message>
    <message>
      <source>维修人</source>
      <translation>Repaired by</translation>
    </message>
    <message>
      <source>维修单</source>
      <translation>Repair order</translation>
    </message>
    <message>
      <source>维修单 {0} 不存在</source>
      <translation>Repair order {0} does not exist</translation>
    </message>
    <message>
      <source>维修单 {0} 不是本房屋的维修单</source>
      <translation>repair order {0} is not this unit's</translation>
    </message>
    <message>
      <source>维修单 {0} 已取消</source>
      <translation>repair order {0} was cancelled</translation>
    </message>
    <message>
      <source>维修单 {0} 已收费，收据 {1}</source>
      <translation>repair order {0} is already paid, receipt {1}</translation>
    </message>
    <message>
      <source>维修单 {0} 是免费维修，不收费</source>
      <translation>repair order {0} is a free repair, nothing to charge</translation>
    </message>
    <message>
      <source>维修单号</source>
      <translation>Repair order number</translation>
    </message>
    <message>
      <source>维修单派工记录与维修人一致</source>
      <translation>Repair dispatches agree with the order's technician</translation>
    </message>
    <message>
      <source>维修尚未完工（当前：{0}）</source>
      <translation>The repair is not finished (now: {0})</translation>
    </message>
    <message>
      <source>维修情况</source>
      <translation>Work done</translation>
    </message>
    <message>
      <source>维护公共设施、审批预约、停用维护</source>
      <translation>Keep the facilities, approve bookings, close for maintenance</translation>
    </message>
    <message>
      <source>维护对外联络通讯录</source>
      <translation>Keep the liaison contacts book</translation>
    </message>
    <message>
      <source>绿化</source>
      <translation>Landscaping</translation>
    </message>
    <message>
      <source>编号</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>缴费方式说明</source>
      <translation>How to pay</translation>
    </message>
    <message>
      <source>缺少 files（文件名和 SHA-256）</source>
      <translation>files (names and SHA-256) missing</translation>
    </message>
    <message>
      <source>缺少必需的列：{0}（工作表 {1}）</source>
      <translation>Required columns missing: {0} (worksheet {1})</translation>
    </message>
    <message>
      <source>缺少必需的列：收费项目（工作表 {0}）</source>
      <translation>A needed column is missing: fee item (sheet {0})</translation>
    </message>
    <message>
      <source>缺少所属期间列，或开始日期和结束日期两列（工作表 {0}）</source>
      <translation>The period column, or the start and end date columns, are missing (sheet {0})</translation>
    </message>
    <message>
      <source>缺少类别</source>
      <translation>Kind missing</translation>
    </message>
    <message>
      <source>缺少钥匙</source>
      <translation>Key missing</translation>
    </message>
    <message>
      <source>翻转</source>
      <translation>Roll-over</translation>
    </message>
    <message>
      <source>翻转值</source>
      <translation>Roll-over value</translation>
    </message>
    <message>
      <source>联系上</source>
      <translation>Reached</translation>
    </message>
    <message>
      <source>联系方式</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>联系电话</source>
      <translation>Contact phone</translation>
    </message>
    <message>
      <source>联系结果</source>
      <translation>Contact result</translation>
    </message>
    <message>
      <source>联络人</source>
      <translation>Contact person</translation>
    </message>
    <message>
      <source>联络单位</source>
      <translation>Body</translation>
    </message>
    <message>
      <source>自住</source>
      <translation>Owner-occupied</translation>
    </message>
    <message>
      <source>自动</source>
      <translation>Automatic</translation>
    </message>
    <message>
      <source>自动备份</source>
      <translation>Automatic backup</translation>
    </message>
    <message>
      <source>自动备份文件夹（空：数据库旁的 backups 文件夹）</source>
      <translation>Automatic backup folder (empty: backups beside the database)</translation>
    </message>
    <message>
      <source>自用水费</source>
      <translation>Own water</translation>
    </message>
    <message>
      <source>自第 {0} 条起；之前的已由{1}核对，完整检查（--full）从头核对</source>
      <translation>from entry {0}; those before were checked by {1}, a full check (--full) checks from the start</translation>
    </message>
    <message>
      <source>至</source>
      <translation>To</translation>
    </message>
    <message>
      <source>至 {0}</source>
      <translation>up to {0}</translation>
    </message>
    <message>
      <source>至少 1 人</source>
      <translation>at least 1 person</translation>
    </message>
    <message>
      <source>至少 1 天</source>
      <translation>at least 1 day</translation>
    </message>
    <message>
      <source>至少 1 把</source>
      <translation>at least 1 key</translation>
    </message>
    <message>
      <source>至少 {0} 个字符</source>
      <translation>at least {0} characters</translation>
    </message>
    <message>
      <source>至少一个点位</source>
      <translation>at least one point</translation>
    </message>
    <message>
      <source>至少一项，且每项须有名称</source>
      <translation>at least one item, each with a name</translation>
    </message>
    <message>
      <source>至少登记一个车牌</source>
      <translation>Register at least one plate</translation>
    </message>
    <message>
      <source>至少登记一件物品</source>
      <translation>Record at least one item</translation>
    </message>
    <message>
      <source>至少登记一位新业主</source>
      <translation>Register at least one new owner</translation>
    </message>
    <message>
      <source>至少登记一名施工人员</source>
      <translation>Register at least one worker</translation>
    </message>
    <message>
      <source>至少要有一项</source>
      <translation>There must be at least one item</translation>
    </message>
    <message>
      <source>至少选择一项</source>
      <translation>Choose at least one</translation>
    </message>
    <message>
      <source>节假日</source>
      <translation>Holiday</translation>
    </message>
    <message>
      <source>范围</source>
      <translation>Scope</translation>
    </message>
    <message>
      <source>草稿</source>
      <translation>Draft</translation>
    </message>
    <message>
      <source>行数</source>
      <translation>Rows</translation>
    </message>
    <message>
      <source>街道办事处</source>
      <translation>Street office</translation>
    </message>
    <message>
      <source>补办</source>
      <translation>Replace</translation>
    </message>
    <message>
      <source>补办卡</source>
      <translation>Replace card</translation>
    </message>
    <message>
      <source>补办卡证工本费（元，0 为不收）</source>
      <translation>Card replacement fee (yuan, 0: free)</translation>
    </message>
    <message>
      <source>补办工本费</source>
      <translation>Replacement fee</translation>
    </message>
    <message>
      <source>补卡工本费</source>
      <translation>Card replacement fee</translation>
    </message>
    <message>
      <source>表 {0} {1} 的读数已于 {2} 计费并锁定；如读数有误，请在下月录入实际读数，差额自动计入下期用量（下期账单）</source>
      <translation>The readings of meter {0} {1} were billed and locked on {2}; if a reading was wrong, enter the real reading next month and the difference goes into the next period's usage (next bill)</translation>
    </message>
    <message>
      <source>表 {0} 第 {1} 行引用的 {2} 不存在</source>
      <translation>Table {0} row {1}: the {2} it refers to does not exist</translation>
    </message>
    <message>
      <source>表号</source>
      <translation>Meter number</translation>
    </message>
    <message>
      <source>表号 {0} 已存在</source>
      <translation>Meter number {0} already exists</translation>
    </message>
    <message>
      <source>表类型</source>
      <translation>Meter kind</translation>
    </message>
    <message>
      <source>表计翻转需填写大于上期读数的最大值（如 10000）</source>
      <translation>A meter roll-over needs the largest value above the previous reading (e.g. 10000)</translation>
    </message>
    <message>
      <source>表计（编号 {0}）不存在</source>
      <translation>Meter (no. {0}) does not exist</translation>
    </message>
    <message>
      <source>装修</source>
      <translation>Decoration</translation>
    </message>
    <message>
      <source>装修 {0} 为“{1}”，不能初验</source>
      <translation>Decoration {0} is “{1}”; no first inspection possible</translation>
    </message>
    <message>
      <source>装修 {0} 为“{1}”，初验通过后才能复验</source>
      <translation>Decoration {0} is “{1}”; re-inspection only after the first inspection passed</translation>
    </message>
    <message>
      <source>装修 {0} 为“{1}”，审批通过后才能送水电</source>
      <translation>Decoration {0} is “{1}”; water and power only after approval</translation>
    </message>
    <message>
      <source>装修 {0} 为“{1}”，尚未退押金：押金在复验通过后退押金时退还或扣款（楼宇管家 ▸ 装修申请 ▸ 退押金…，押金退还单）</source>
      <translation>Decoration {0} is "{1}" and its deposit not refunded yet: the deposit is refunded, less deductions, after the second inspection (Steward ▸ Decoration permits ▸ Refund deposit…, deposit refund form)</translation>
    </message>
    <message>
      <source>装修 {0} 尚无任何日检记录，不能初验</source>
      <translation>Decoration {0} has no daily checks yet; no first inspection possible</translation>
    </message>
    <message>
      <source>装修 {0} 尚未{1}，没有验收单可打印</source>
      <translation>Decoration {0} has had no {1} yet: no acceptance form to print</translation>
    </message>
    <message>
      <source>装修 {0} 尚未审批通过，不能打印装修许可证</source>
      <translation>Decoration {0} is not approved yet; no decoration permit can be printed</translation>
    </message>
    <message>
      <source>装修 {0} 尚未审批通过，没有日检表</source>
      <translation>Decoration {0} is not approved yet: no daily check sheet</translation>
    </message>
    <message>
      <source>装修 {0} 尚未申请送水电</source>
      <translation>Decoration {0} has not applied for water and power</translation>
    </message>
    <message>
      <source>装修 {0} 尚未退押金</source>
      <translation>Decoration {0} has no deposit refund yet</translation>
    </message>
    <message>
      <source>装修 {0} 已于 {1} 申请送水电</source>
      <translation>Decoration {0} applied for water and power on {1}</translation>
    </message>
    <message>
      <source>装修 {0} 已送水电</source>
      <translation>Decoration {0} has water and power</translation>
    </message>
    <message>
      <source>装修 {0} 应于 {1} 起复验</source>
      <translation>Decoration {0} is due for re-inspection from {1}</translation>
    </message>
    <message>
      <source>装修 {0} 未停工</source>
      <translation>Decoration {0} has not stopped work</translation>
    </message>
    <message>
      <source>装修中</source>
      <translation>Under decoration</translation>
    </message>
    <message>
      <source>装修中的房屋</source>
      <translation>Units under decoration</translation>
    </message>
    <message>
      <source>装修停工、复工</source>
      <translation>Stop and resume decoration work</translation>
    </message>
    <message>
      <source>装修公司</source>
      <translation>Renovation company</translation>
    </message>
    <message>
      <source>装修初验、复验</source>
      <translation>First and re-inspections of decorations</translation>
    </message>
    <message>
      <source>装修初验未通过</source>
      <translation>Decoration first acceptance failed</translation>
    </message>
    <message>
      <source>装修单位</source>
      <translation>Decoration company</translation>
    </message>
    <message>
      <source>装修复验未通过</source>
      <translation>Decoration second acceptance failed</translation>
    </message>
    <message>
      <source>装修巡查</source>
      <translation>Decoration check</translation>
    </message>
    <message>
      <source>装修延期</source>
      <translation>Decoration extension</translation>
    </message>
    <message>
      <source>装修开始日期</source>
      <translation>Decoration start date</translation>
    </message>
    <message>
      <source>装修待审批</source>
      <translation>Decoration to approve</translation>
    </message>
    <message>
      <source>装修押金</source>
      <translation>Decoration deposit</translation>
    </message>
    <message>
      <source>装修押金待退</source>
      <translation>Decoration deposit to give back</translation>
    </message>
    <message>
      <source>装修日检</source>
      <translation>Decoration daily check</translation>
    </message>
    <message>
      <source>装修期不能超过一年，请分期申请或办理延期</source>
      <translation>A decoration cannot last over a year; apply in stages or extend</translation>
    </message>
    <message>
      <source>装修期至 {0}，未验收也未办延期</source>
      <translation>Decoration ran until {0}, neither accepted nor extended</translation>
    </message>
    <message>
      <source>装修未日检</source>
      <translation>Decoration not checked today</translation>
    </message>
    <message>
      <source>装修物品</source>
      <translation>Decoration materials</translation>
    </message>
    <message>
      <source>装修现场日检</source>
      <translation>Decoration site checks</translation>
    </message>
    <message>
      <source>装修申请当前为“{0}”，不能{1}</source>
      <translation>The decoration application is “{0}”; cannot {1}</translation>
    </message>
    <message>
      <source>装修申请（编号 {0}）不存在</source>
      <translation>Decoration application (no. {0}) does not exist</translation>
    </message>
    <message>
      <source>装修管理费</source>
      <translation>Decoration management fee</translation>
    </message>
    <message>
      <source>装修结束日期</source>
      <translation>Decoration end date</translation>
    </message>
    <message>
      <source>装修超期</source>
      <translation>Decoration overdue</translation>
    </message>
    <message>
      <source>装修项目</source>
      <translation>Decoration works</translation>
    </message>
    <message>
      <source>装修项目清单</source>
      <translation>Decoration works list</translation>
    </message>
    <message>
      <source>要晚于{0} {1}</source>
      <translation>must be after {0} {1}</translation>
    </message>
    <message>
      <source>规则名称</source>
      <translation>Rule name</translation>
    </message>
    <message>
      <source>规则设置人</source>
      <translation>Rule set by</translation>
    </message>
    <message>
      <source>规定</source>
      <translation>Rules</translation>
    </message>
    <message>
      <source>角色</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>解除登录等待</source>
      <translation>Clear a sign-in wait</translation>
    </message>
    <message>
      <source>触发器 {0} 不存在：有人删除了它，相应的表可以被改写</source>
      <translation>Trigger {0} is missing: someone dropped it, so its table can be rewritten</translation>
    </message>
    <message>
      <source>触发器 {0} 已被停用：相应的表可以被改写</source>
      <translation>Trigger {0} is disabled: its table can be rewritten</translation>
    </message>
    <message>
      <source>触发器 {0} 的定义被改动过，与建库时不同</source>
      <translation>Trigger {0} was redefined and differs from the one the database was built with</translation>
    </message>
    <message>
      <source>警告</source>
      <translation>Warning</translation>
    </message>
    <message>
      <source>计费</source>
      <translation>Charge</translation>
    </message>
    <message>
      <source>计费依据</source>
      <translation>Billing basis</translation>
    </message>
    <message>
      <source>记录巡查点</source>
      <translation>Record round point</translation>
    </message>
    <message>
      <source>记录早会</source>
      <translation>record the morning meeting</translation>
    </message>
    <message>
      <source>记录本次检查</source>
      <translation>Record this check</translation>
    </message>
    <message>
      <source>记录楼道巡查</source>
      <translation>Record stairwell rounds</translation>
    </message>
    <message>
      <source>记录满意度回访</source>
      <translation>Record satisfaction callbacks</translation>
    </message>
    <message>
      <source>记录空置房巡查</source>
      <translation>Record vacant-unit checks</translation>
    </message>
    <message>
      <source>设施停用</source>
      <translation>Facility closure</translation>
    </message>
    <message>
      <source>设施名称</source>
      <translation>Facility name</translation>
    </message>
    <message>
      <source>设施检查</source>
      <translation>Facility check</translation>
    </message>
    <message>
      <source>设施类别</source>
      <translation>Facility kind</translation>
    </message>
    <message>
      <source>设施预约</source>
      <translation>Facility booking</translation>
    </message>
    <message>
      <source>设施预约待审批</source>
      <translation>Facility booking to approve</translation>
    </message>
    <message>
      <source>设施预约收费</source>
      <translation>facility booking paid</translation>
    </message>
    <message>
      <source>设置</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>设置公共表计</source>
      <translation>Set up shared meters</translation>
    </message>
    <message>
      <source>设置减免规则</source>
      <translation>Set discount rules</translation>
    </message>
    <message>
      <source>设置小区与楼栋</source>
      <translation>Set up the community and buildings</translation>
    </message>
    <message>
      <source>设置收费标准</source>
      <translation>Set fee standards</translation>
    </message>
    <message>
      <source>设置楼道巡查路线</source>
      <translation>Set stairwell round routes</translation>
    </message>
    <message>
      <source>设置满意度调查</source>
      <translation>Set up satisfaction surveys</translation>
    </message>
    <message>
      <source>设置项</source>
      <translation>Setting</translation>
    </message>
    <message>
      <source>证件号</source>
      <translation>ID number</translation>
    </message>
    <message>
      <source>证件号码</source>
      <translation>ID number</translation>
    </message>
    <message>
      <source>证件已核对</source>
      <translation>ID matched</translation>
    </message>
    <message>
      <source>证件已核验）</source>
      <translation>ID verified)</translation>
    </message>
    <message>
      <source>评分</source>
      <translation>Scores</translation>
    </message>
    <message>
      <source>评分应在 1 到 {0} 之间</source>
      <translation>The score should be from 1 to {0}</translation>
    </message>
    <message>
      <source>询问事项</source>
      <translation>Asked</translation>
    </message>
    <message>
      <source>该{0}已由 {1} 领取</source>
      <translation>This {0} was collected by {1}</translation>
    </message>
    <message>
      <source>该事项不需要确认或已确认</source>
      <translation>This item needs no acknowledgement or was acknowledged already</translation>
    </message>
    <message>
      <source>该事项已开维修单 {0}</source>
      <translation>This item already has repair order {0}</translation>
    </message>
    <message>
      <source>该人员关系不存在或已结束</source>
      <translation>This relation does not exist or has ended</translation>
    </message>
    <message>
      <source>该前台须知不存在或已撤销</source>
      <translation>This desk note does not exist or was withdrawn</translation>
    </message>
    <message>
      <source>该户已完成调查</source>
      <translation>This household has been surveyed already</translation>
    </message>
    <message>
      <source>该户没有预存款余额</source>
      <translation>This household has no prepayment balance</translation>
    </message>
    <message>
      <source>该时段已预约 {0} 人，只剩 {1} 个名额</source>
      <translation>{0} people already booked for that time, {1} places left</translation>
    </message>
    <message>
      <source>该明细现只欠 {0} 元，少于申请减免的 {1} 元（已有缴费或减免），请驳回后重新申请</source>
      <translation>The line now owes only {0} yuan, less than the {1} yuan applied for (paid or discounted since); refuse it and apply again</translation>
    </message>
    <message>
      <source>该滞纳金已结清，无需减免</source>
      <translation>This late fee is paid; nothing to waive</translation>
    </message>
    <message>
      <source>该点位不在本路线上</source>
      <translation>This point is not on this route</translation>
    </message>
    <message>
      <source>该点位本次巡查尚未记录，无需更正</source>
      <translation>This point has not been recorded in this round: nothing to correct</translation>
    </message>
    <message>
      <source>该车位已售出，不能出租</source>
      <translation>This space is sold; it cannot be let</translation>
    </message>
    <message>
      <source>该违章已{0}</source>
      <translation>This violation is already {0}</translation>
    </message>
    <message>
      <source>该违章已{0}，无需发整改通知书</source>
      <translation>This violation is already {0}; no rectification notice needed</translation>
    </message>
    <message>
      <source>该钥匙已归还，无需逾期说明</source>
      <translation>This key has been returned; no overdue explanation needed</translation>
    </message>
    <message>
      <source>该钥匙已登记归还</source>
      <translation>This key's return is recorded already</translation>
    </message>
    <message>
      <source>该问题{0}</source>
      <translation>This finding {0}</translation>
    </message>
    <message>
      <source>该问题已解决</source>
      <translation>This problem is resolved</translation>
    </message>
    <message>
      <source>说明</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>说明不能超过 100 字</source>
      <translation>The note cannot be longer than 100 characters</translation>
    </message>
    <message>
      <source>说明不能超过 {0} 个字符</source>
      <translation>the note cannot exceed {0} characters</translation>
    </message>
    <message>
      <source>请主管输入其密码</source>
      <translation>the supervisor must type their password</translation>
    </message>
    <message>
      <source>请主管输入其用户名</source>
      <translation>the supervisor must type their user name</translation>
    </message>
    <message>
      <source>请从 {0} 中选择</source>
      <translation>Please choose from {0}</translation>
    </message>
    <message>
      <source>请从通讯录选择联络单位</source>
      <translation>choose the body from the contacts book</translation>
    </message>
    <message>
      <source>请先在列表中选择问题</source>
      <translation>choose a finding in the list first</translation>
    </message>
    <message>
      <source>请先设置小区信息</source>
      <translation>Set up the community first</translation>
    </message>
    <message>
      <source>请先设置小区信息，再导入房屋</source>
      <translation>Set up the community first, then import units</translation>
    </message>
    <message>
      <source>请先选择要催缴的房屋</source>
      <translation>Choose the units to remind first</translation>
    </message>
    <message>
      <source>请先选择要打印标签的钥匙</source>
      <translation>Choose the keys to print labels for first</translation>
    </message>
    <message>
      <source>请写明撤销原因（如：单价录错）</source>
      <translation>Write why it is withdrawn (e.g. unit price typed wrong)</translation>
    </message>
    <message>
      <source>请写明由谁委托托管（例如 业主张三书面委托）</source>
      <translation>Say who put the keys in custody (e.g. owner Zhang San, in writing)</translation>
    </message>
    <message>
      <source>请写明跟进情况（至少 4 个字）</source>
      <translation>Describe the follow-up (at least 4 characters)</translation>
    </message>
    <message>
      <source>请只指定 --day 或 --month 之一</source>
      <translation>give only one of --day and --month</translation>
    </message>
    <message>
      <source>请在 {0} 中选择一项</source>
      <translation>Choose one of {0}</translation>
    </message>
    <message>
      <source>请填写</source>
      <translation>please fill in</translation>
    </message>
    <message>
      <source>请填写 1 到 500 之间的人数</source>
      <translation>enter a number from 1 to 500</translation>
    </message>
    <message>
      <source>请填写不小于 {0} 的数，如 {1}</source>
      <translation>Give a number of at least {0}, e.g. {1}</translation>
    </message>
    <message>
      <source>请填写停用原因</source>
      <translation>write the reason for the closure</translation>
    </message>
    <message>
      <source>请填写出租房屋的房号</source>
      <translation>enter the rented unit's number</translation>
    </message>
    <message>
      <source>请填写安排的事项</source>
      <translation>fill in the task</translation>
    </message>
    <message>
      <source>请填写完成情况再关闭</source>
      <translation>say what was done before closing</translation>
    </message>
    <message>
      <source>请填写完整路径，如 D:\物业备份</source>
      <translation>Give the full path, e.g. D:\Backups</translation>
    </message>
    <message>
      <source>请填写截止日期</source>
      <translation>Please enter the end date</translation>
    </message>
    <message>
      <source>请填写数字，如 {0}</source>
      <translation>Give a number, e.g. {0}</translation>
    </message>
    <message>
      <source>请填写整数</source>
      <translation>Give a whole number</translation>
    </message>
    <message>
      <source>请填写文字</source>
      <translation>Give text</translation>
    </message>
    <message>
      <source>请填写现场如何处理，如：已更换灯泡</source>
      <translation>say what was done on the spot, e.g. bulb replaced</translation>
    </message>
    <message>
      <source>请填写生效日期</source>
      <translation>Enter the effective date</translation>
    </message>
    <message>
      <source>请填写续租后的租期结束日期</source>
      <translation>enter the lease end after renewal</translation>
    </message>
    <message>
      <source>请填写联系人的电话</source>
      <translation>enter the contact's phone</translation>
    </message>
    <message>
      <source>请填写节假日的日期</source>
      <translation>Enter the holiday's date</translation>
    </message>
    <message>
      <source>请填写设施名称</source>
      <translation>enter the facility's name</translation>
    </message>
    <message>
      <source>请填写起始日期</source>
      <translation>Please enter the start date</translation>
    </message>
    <message>
      <source>请填写退租日期</source>
      <translation>enter the move-out date</translation>
    </message>
    <message>
      <source>请填写钥匙柜及挂钩号，例如 A柜-12</source>
      <translation>Give the key cabinet and hook, e.g. cabinet A-12</translation>
    </message>
    <message>
      <source>请对每一项选择结束或保留：{0}</source>
      <translation>Choose end or keep for each item: {0}</translation>
    </message>
    <message>
      <source>请指定日期、月份或季度之一</source>
      <translation>give exactly one of a day, a month or a quarter</translation>
    </message>
    <message>
      <source>请按“上班-下班”填写，如 08:30-17:30；空白为不设</source>
      <translation>write it as opening-closing, e.g. 08:30-17:30; empty for none</translation>
    </message>
    <message>
      <source>请按“时:分”填写 00:00 到 23:59 之间的时间，如 {0}</source>
      <translation>Give a time from 00:00 to 23:59 as “hh:mm”, e.g. {0}</translation>
    </message>
    <message>
      <source>请换一份没有问题的备份（当前数据库没有改动）。</source>
      <translation>Please choose a backup without problems (the current database is unchanged).</translation>
    </message>
    <message>
      <source>请核验并录入借用人出示的证件号码</source>
      <translation>Check and enter the ID number the borrower shows</translation>
    </message>
    <message>
      <source>请用 --day YYYY-MM-DD 或 --month YYYY-MM 指定凭证的日期</source>
      <translation>give the vouchers' date with --day YYYY-MM-DD or --month YYYY-MM</translation>
    </message>
    <message>
      <source>请用 --month YYYY-MM 指定月份</source>
      <translation>Give the month with --month YYYY-MM</translation>
    </message>
    <message>
      <source>请用 --quarter 指定季度，例如 2026Q3</source>
      <translation>Give the quarter with --quarter, e.g. 2026Q3</translation>
    </message>
    <message>
      <source>请至少勾选一位参会人员</source>
      <translation>tick at least one attendee</translation>
    </message>
    <message>
      <source>请至少填写一张收据号</source>
      <translation>enter at least one receipt number</translation>
    </message>
    <message>
      <source>请至少填写一项</source>
      <translation>Fill in at least one</translation>
    </message>
    <message>
      <source>请至少选择一天</source>
      <translation>Choose at least one day</translation>
    </message>
    <message>
      <source>请至少选择一项：{0}</source>
      <translation>Choose at least one: {0}</translation>
    </message>
    <message>
      <source>请说明为什么读数无误（如 已复抄、漏水已报修）</source>
      <translation>Say why the reading is right (e.g. read again, leak reported)</translation>
    </message>
    <message>
      <source>请选择 电话/信件/上门</source>
      <translation>Choose phone / letter / home visit</translation>
    </message>
    <message>
      <source>请选择周一到周日中的至少一天</source>
      <translation>Choose at least one day from Monday to Sunday</translation>
    </message>
    <message>
      <source>请选择处理部门</source>
      <translation>Choose the department</translation>
    </message>
    <message>
      <source>请选择或填写维修人</source>
      <translation>Pick a technician or type a name</translation>
    </message>
    <message>
      <source>请选择房号，或填写公共区域（如 3 号楼 1 单元楼道）</source>
      <translation>Choose the unit, or give the common area (e.g. building 3, entrance 1 stairwell)</translation>
    </message>
    <message>
      <source>请选择接班人</source>
      <translation>Choose who takes over</translation>
    </message>
    <message>
      <source>请选择支付方式</source>
      <translation>Choose the payment method</translation>
    </message>
    <message>
      <source>请选择收件房屋</source>
      <translation>Choose the recipient's unit</translation>
    </message>
    <message>
      <source>请选择整改期限</source>
      <translation>Choose the rectification deadline</translation>
    </message>
    <message>
      <source>请选择文件</source>
      <translation>Choose a file</translation>
    </message>
    <message>
      <source>请选择星期几</source>
      <translation>Choose the weekday</translation>
    </message>
    <message>
      <source>请选择满意、基本满意或不满意</source>
      <translation>Choose satisfied, fairly satisfied or dissatisfied</translation>
    </message>
    <message>
      <source>请选择现金、微信、支付宝、银行卡或转账</source>
      <translation>Choose cash, WeChat, Alipay, bank card or transfer</translation>
    </message>
    <message>
      <source>请选择用途：{0}</source>
      <translation>Choose the purpose: {0}</translation>
    </message>
    <message>
      <source>请选择电话、上门、短信或微信</source>
      <translation>choose phone, visit, text message or WeChat</translation>
    </message>
    <message>
      <source>请选择电话或短信</source>
      <translation>Choose phone or SMS</translation>
    </message>
    <message>
      <source>请选择空置或自住</source>
      <translation>choose vacant or owner-occupied</translation>
    </message>
    <message>
      <source>请选择要打印的维修单</source>
      <translation>Choose the repair orders to print</translation>
    </message>
    <message>
      <source>请选择要退的押金</source>
      <translation>Choose the deposit to refund</translation>
    </message>
    <message>
      <source>请选择角色</source>
      <translation>Choose the role</translation>
    </message>
    <message>
      <source>请选择设施类别</source>
      <translation>choose the facility kind</translation>
    </message>
    <message>
      <source>请选择该房屋的业主、家属、租户或授权人</source>
      <translation>choose an owner, family member, tenant or authorised person of the unit</translation>
    </message>
    <message>
      <source>请选择责任人：每项安排都要落实到人</source>
      <translation>choose the person: every assignment needs someone responsible</translation>
    </message>
    <message>
      <source>请选择违章的房屋</source>
      <translation>Choose the unit of the violation</translation>
    </message>
    <message>
      <source>请选择退预存款的房屋</source>
      <translation>Choose the unit whose prepayment is refunded</translation>
    </message>
    <message>
      <source>请选择预存款或押金</source>
      <translation>Choose prepayment or deposit</translation>
    </message>
    <message>
      <source>请逐项填写检查结果</source>
      <translation>answer every item of the check</translation>
    </message>
    <message>
      <source>读不了 {0}：{1}</source>
      <translation>Cannot read {0}: {1}</translation>
    </message>
    <message>
      <source>读不出文件 {0}（{1}），请换一个文件或检查权限</source>
      <translation>Cannot read file {0} ({1}); choose another file or check permissions</translation>
    </message>
    <message>
      <source>读写数据库文件时出错（磁盘或 U 盘出了问题）：这一步没有保存。请检查磁盘后再试一次；仍不行请关闭程序，运行 deskapp check 检查数据库。</source>
      <translation>Reading or writing the database file failed (a problem with the disk or USB stick): this step was not saved. Check the disk and try again; if it still fails, close the program and run deskapp check.</translation>
    </message>
    <message>
      <source>读数</source>
      <translation>Reading</translation>
    </message>
    <message>
      <source>读数小于上期</source>
      <translation>Reading below the previous one</translation>
    </message>
    <message>
      <source>读数（编号 {0}）不存在</source>
      <translation>Reading (no. {0}) does not exist</translation>
    </message>
    <message>
      <source>调查“{0}”已结束</source>
      <translation>Survey “{0}” has ended</translation>
    </message>
    <message>
      <source>调查对象</source>
      <translation>Surveyed household</translation>
    </message>
    <message>
      <source>调查对象（编号 {0}）不存在</source>
      <translation>Surveyed household (no. {0}) does not exist</translation>
    </message>
    <message>
      <source>调查样本</source>
      <translation>Survey sample</translation>
    </message>
    <message>
      <source>调查活动名称</source>
      <translation>Survey name</translation>
    </message>
    <message>
      <source>调查项目</source>
      <translation>Survey items</translation>
    </message>
    <message>
      <source>负责人</source>
      <translation>Person in charge</translation>
    </message>
    <message>
      <source>负责人电话</source>
      <translation>Phone of the person in charge</translation>
    </message>
    <message>
      <source>财务</source>
      <translation>Finance</translation>
    </message>
    <message>
      <source>财务接收人</source>
      <translation>Received by (finance)</translation>
    </message>
    <message>
      <source>责任人</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>账单</source>
      <translation>Bill</translation>
    </message>
    <message>
      <source>账单 {0}：合计 {1} ≠ 明细之和 {2}</source>
      <translation>Bill {0}: total {1} ≠ sum of lines {2}</translation>
    </message>
    <message>
      <source>账单到期后</source>
      <translation>After the bill is due</translation>
    </message>
    <message>
      <source>账单合计 = 明细之和</source>
      <translation>Bill totals equal their lines</translation>
    </message>
    <message>
      <source>账单数</source>
      <translation>Bills</translation>
    </message>
    <message>
      <source>账单明细</source>
      <translation>Bill line</translation>
    </message>
    <message>
      <source>账单明细 {0}：已收 {1} 多于应收 {2}</source>
      <translation>Bill line {0}: paid {1}, more than due {2}</translation>
    </message>
    <message>
      <source>账单明细不存在</source>
      <translation>The bill line does not exist</translation>
    </message>
    <message>
      <source>账单缴费期限（季度结束后天数）</source>
      <translation>Bill payment deadline (days after the quarter)</translation>
    </message>
    <message>
      <source>账号</source>
      <translation>Account</translation>
    </message>
    <message>
      <source>账号 {0} 已有操作记录，不能删除，只能停用</source>
      <translation>Account {0} has recorded work; it cannot be deleted, only disabled</translation>
    </message>
    <message>
      <source>账号 {0} 没有登录等待，不用解除</source>
      <translation>Account {0} has no sign-in wait to clear</translation>
    </message>
    <message>
      <source>账号不存在</source>
      <translation>The account does not exist</translation>
    </message>
    <message>
      <source>账号（编号 {0}）不存在</source>
      <translation>Account (no. {0}) does not exist</translation>
    </message>
    <message>
      <source>账龄</source>
      <translation>Age</translation>
    </message>
    <message>
      <source>货梯</source>
      <translation>Service lift</translation>
    </message>
    <message>
      <source>费用</source>
      <translation>Fees</translation>
    </message>
    <message>
      <source>费用移交</source>
      <translation>Cash handover</translation>
    </message>
    <message>
      <source>费用移交表：{0}</source>
      <translation>Handover to finance: {0}</translation>
    </message>
    <message>
      <source>走访</source>
      <translation>Visit made</translation>
    </message>
    <message>
      <source>起始日期</source>
      <translation>From date</translation>
    </message>
    <message>
      <source>起始读数</source>
      <translation>Start reading</translation>
    </message>
    <message>
      <source>起草交接表</source>
      <translation>Draft handover sheet</translation>
    </message>
    <message>
      <source>起草和发送通知</source>
      <translation>Draft and send notices</translation>
    </message>
    <message>
      <source>超过{0} {1} 元</source>
      <translation>More than {0} of {1} yuan</translation>
    </message>
    <message>
      <source>超过所选应收 {0} 元</source>
      <translation>More than the {0} yuan due</translation>
    </message>
    <message>
      <source>超过设施的容纳人数 {0} 人</source>
      <translation>more than the facility's capacity of {0}</translation>
    </message>
    <message>
      <source>超过该明细尚欠的 {0} 元</source>
      <translation>exceeds the {0} yuan the line still owes</translation>
    </message>
    <message>
      <source>超过预存款余额 {0} 元</source>
      <translation>More than the prepayment balance of {0} yuan</translation>
    </message>
    <message>
      <source>超预算 {0} 元</source>
      <translation>Over budget by {0} yuan</translation>
    </message>
    <message>
      <source>跟进</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <source>跟进业户违章</source>
      <translation>Follow up violation</translation>
    </message>
    <message>
      <source>跟进事项</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <source>跟进人</source>
      <translation>Follow-up by</translation>
    </message>
    <message>
      <source>跟进工程遗留问题</source>
      <translation>Follow up construction defect</translation>
    </message>
    <message>
      <source>跟进情况</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <source>跟进期限</source>
      <translation>Follow-up due</translation>
    </message>
    <message>
      <source>路线名称</source>
      <translation>Route name</translation>
    </message>
    <message>
      <source>身份证号</source>
      <translation>ID number</translation>
    </message>
    <message>
      <source>车主</source>
      <translation>Car owner</translation>
    </message>
    <message>
      <source>车位</source>
      <translation>Parking space</translation>
    </message>
    <message>
      <source>车位 {0} 已存在</source>
      <translation>Parking space {0} already exists</translation>
    </message>
    <message>
      <source>车位 {0} 有租约 {1} 至 {2}，不能出售</source>
      <translation>Parking space {0} is let from {1} to {2}; it cannot be sold</translation>
    </message>
    <message>
      <source>车位 {0} 租约 {1}</source>
      <translation>space {0} lease {1}</translation>
    </message>
    <message>
      <source>车位不存在</source>
      <translation>The parking space does not exist</translation>
    </message>
    <message>
      <source>车位与租约</source>
      <translation>Parking spaces and leases</translation>
    </message>
    <message>
      <source>车位号</source>
      <translation>Space number</translation>
    </message>
    <message>
      <source>车位租用</source>
      <translation>Parking lease</translation>
    </message>
    <message>
      <source>车卡</source>
      <translation>Car card</translation>
    </message>
    <message>
      <source>车卡 {0} {1}，不能续期</source>
      <translation>Car card {0} is {1}; cannot be renewed</translation>
    </message>
    <message>
      <source>车卡不存在</source>
      <translation>The car card does not exist</translation>
    </message>
    <message>
      <source>车卡续期</source>
      <translation>Renew car cards</translation>
    </message>
    <message>
      <source>车卡请用“发放车卡”办理</source>
      <translation>Issue car cards with “issue car card”</translation>
    </message>
    <message>
      <source>车牌</source>
      <translation>Plates</translation>
    </message>
    <message>
      <source>车牌 {0} 已有有效车卡 {1}</source>
      <translation>Plate {0} already has a valid car card {1}</translation>
    </message>
    <message>
      <source>车牌号</source>
      <translation>Plate number</translation>
    </message>
    <message>
      <source>车辆管理费</source>
      <translation>Parking management fee</translation>
    </message>
    <message>
      <source>转交托管钥匙</source>
      <translation>Transfer custody key</translation>
    </message>
    <message>
      <source>转入新卡</source>
      <translation>Move to the new card</translation>
    </message>
    <message>
      <source>转出</source>
      <translation>Moved</translation>
    </message>
    <message>
      <source>转账</source>
      <translation>Bank transfer</translation>
    </message>
    <message>
      <source>转账收款账户（户名、开户行、账号，印在收费通知单上；留空不印）</source>
      <translation>Bank transfer account (name, bank, number; printed on fee notices; empty: not printed)</translation>
    </message>
    <message>
      <source>过于简单，请混用字母、数字或符号</source>
      <translation>too simple; mix letters, digits or symbols</translation>
    </message>
    <message>
      <source>过账</source>
      <translation>Post</translation>
    </message>
    <message>
      <source>返工</source>
      <translation>Sent back for rework</translation>
    </message>
    <message>
      <source>还有 {0} 个连接连着数据库 {1}（{2}）：请先让这些客服台退出，再恢复。当前数据库没有改动。</source>
      <translation>{0} connections are still open to database {1} ({2}): have those desks sign out first, then restore. The current database has not been changed.</translation>
    </message>
    <message>
      <source>还有 {0} 户在候补，不能不设候补（可先取消他们的报名）</source>
      <translation>{0} households are waiting; the waiting list cannot be dropped (cancel their sign-ups first)</translation>
    </message>
    <message>
      <source>这个文件不是该板报或活动的附件</source>
      <translation>This file is not attached to that board or activity</translation>
    </message>
    <message>
      <source>这份交接表交给 {0} 接班</source>
      <translation>This handover sheet is taken over by {0}</translation>
    </message>
    <message>
      <source>这份检查结果没有记下检查时间，请重新检查后再打印</source>
      <translation>This check result has no time recorded; run the check again before printing it</translation>
    </message>
    <message>
      <source>这位租户已不在册</source>
      <translation>this tenant is no longer on file</translation>
    </message>
    <message>
      <source>这块板报已于 {0} 撤下</source>
      <translation>This board was taken down on {0}</translation>
    </message>
    <message>
      <source>这就是正在使用的数据库文件，请选一个备份</source>
      <translation>This is the database file in use; choose a backup</translation>
    </message>
    <message>
      <source>这是常见密码，很容易被猜中，请换一个</source>
      <translation>This is a common password, easily guessed; choose another</translation>
    </message>
    <message>
      <source>这是最后一个管理员账号，不能改为其他角色</source>
      <translation>This is the last administrator account; its role cannot change</translation>
    </message>
    <message>
      <source>这条报名已取消</source>
      <translation>This sign-up is already cancelled</translation>
    </message>
    <message>
      <source>这条支出已由 {0} 作废</source>
      <translation>This spending line was voided by {0}</translation>
    </message>
    <message>
      <source>这条联络记录没有跟进事项</source>
      <translation>this liaison record has no follow-up</translation>
    </message>
    <message>
      <source>这项安排已由 {0} 关闭</source>
      <translation>this assignment was already closed by {0}</translation>
    </message>
    <message>
      <source>这项跟进已由 {0} 完成</source>
      <translation>this follow-up was already closed by {0}</translation>
    </message>
    <message>
      <source>违章</source>
      <translation>Violation</translation>
    </message>
    <message>
      <source>违章情况</source>
      <translation>Violation</translation>
    </message>
    <message>
      <source>违章搭建</source>
      <translation>Illegal structure</translation>
    </message>
    <message>
      <source>违规</source>
      <translation>Violation</translation>
    </message>
    <message>
      <source>违规情况</source>
      <translation>Violations</translation>
    </message>
    <message>
      <source>违规装修</source>
      <translation>Illegal decoration</translation>
    </message>
    <message>
      <source>违规饲养宠物</source>
      <translation>Pets kept against the rules</translation>
    </message>
    <message>
      <source>退押金</source>
      <translation>Refund the deposit</translation>
    </message>
    <message>
      <source>退款</source>
      <translation>Refunds</translation>
    </message>
    <message>
      <source>退款 {0} {1} 元：押金台账退还记录 {2}</source>
      <translation>Refund {0} {1} yuan: deposit ledger refund entry {2}</translation>
    </message>
    <message>
      <source>退款不超过所存</source>
      <translation>Refunds not above what was deposited</translation>
    </message>
    <message>
      <source>退款付款</source>
      <translation>Pay out refunds</translation>
    </message>
    <message>
      <source>退款原因</source>
      <translation>Refund reason</translation>
    </message>
    <message>
      <source>退款待付</source>
      <translation>Refund awaiting payout</translation>
    </message>
    <message>
      <source>退款待审批</source>
      <translation>Refund awaiting approval</translation>
    </message>
    <message>
      <source>退款待批</source>
      <translation>Refund awaiting approval</translation>
    </message>
    <message>
      <source>退款来源</source>
      <translation>Refund from</translation>
    </message>
    <message>
      <source>退款申请</source>
      <translation>Refund application</translation>
    </message>
    <message>
      <source>退款申请 {0} 为“{1}”，付款后才能打印退款单</source>
      <translation>Refund application {0} is “{1}”; the refund form is printed once it is paid</translation>
    </message>
    <message>
      <source>退款申请不存在</source>
      <translation>The refund application does not exist</translation>
    </message>
    <message>
      <source>退款金额</source>
      <translation>Refund amount</translation>
    </message>
    <message>
      <source>退租原因</source>
      <translation>Reason for ending the lease</translation>
    </message>
    <message>
      <source>退租日期</source>
      <translation>Lease end date</translation>
    </message>
    <message>
      <source>退装修押金</source>
      <translation>Refund the decoration deposit</translation>
    </message>
    <message>
      <source>退还</source>
      <translation>Refunded</translation>
    </message>
    <message>
      <source>退还持卡人</source>
      <translation>Refund the holder</translation>
    </message>
    <message>
      <source>送水电</source>
      <translation>Water and power</translation>
    </message>
    <message>
      <source>送水电未完成</source>
      <translation>Water and power not done</translation>
    </message>
    <message>
      <source>适用范围</source>
      <translation>Audience</translation>
    </message>
    <message>
      <source>选择“其他”时请写明事由</source>
      <translation>With “other”, give the purpose</translation>
    </message>
    <message>
      <source>通知</source>
      <translation>Notice</translation>
    </message>
    <message>
      <source>通知业主</source>
      <translation>Notify the owner</translation>
    </message>
    <message>
      <source>通知业主租约到期</source>
      <translation>Notify owners of ending leases</translation>
    </message>
    <message>
      <source>通知对象</source>
      <translation>Notice target</translation>
    </message>
    <message>
      <source>通知工程部送水电</source>
      <translation>Ask engineering for water and power</translation>
    </message>
    <message>
      <source>通知方式</source>
      <translation>Notified by</translation>
    </message>
    <message>
      <source>通知领取信件</source>
      <translation>Notify mail collection</translation>
    </message>
    <message>
      <source>通行时间</source>
      <translation>Pass time</translation>
    </message>
    <message>
      <source>通行时间已过</source>
      <translation>The pass time is over</translation>
    </message>
    <message>
      <source>通讯录里已有 {0}</source>
      <translation>{0} is already in the contacts book</translation>
    </message>
    <message>
      <source>通讯录里没有这个单位</source>
      <translation>no such body in the contacts book</translation>
    </message>
    <message>
      <source>通讯录里没有这个联系人</source>
      <translation>There is no such contact in the contacts book</translation>
    </message>
    <message>
      <source>逾期</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>逾期已上报</source>
      <translation>Overdue, reported</translation>
    </message>
    <message>
      <source>逾期未交回</source>
      <translation>Overdue, not returned</translation>
    </message>
    <message>
      <source>逾期说明</source>
      <translation>Overdue explanation</translation>
    </message>
    <message>
      <source>遗留问题</source>
      <translation>Defects</translation>
    </message>
    <message>
      <source>邮件包裹</source>
      <translation>Mail and parcels</translation>
    </message>
    <message>
      <source>部分缴纳，缴后{0}</source>
      <translation>Paid in part; after payment {0}</translation>
    </message>
    <message>
      <source>部门</source>
      <translation>Department</translation>
    </message>
    <message>
      <source>重大事件</source>
      <translation>Major event</translation>
    </message>
    <message>
      <source>重大事项</source>
      <translation>Major matter</translation>
    </message>
    <message>
      <source>重新打开</source>
      <translation>Reopen</translation>
    </message>
    <message>
      <source>重新打开原因</source>
      <translation>Reason for reopening</translation>
    </message>
    <message>
      <source>重新授权</source>
      <translation>Grant again</translation>
    </message>
    <message>
      <source>重置密码</source>
      <translation>Reset password</translation>
    </message>
    <message>
      <source>金额</source>
      <translation>Amount</translation>
    </message>
    <message>
      <source>金额与审计记录一致</source>
      <translation>Amounts agree with the audit trail</translation>
    </message>
    <message>
      <source>钥匙</source>
      <translation>Key</translation>
    </message>
    <message>
      <source>钥匙 {0} 借出未还，归还后才能注销</source>
      <translation>Key {0} is lent and not returned; cancel it after its return</translation>
    </message>
    <message>
      <source>钥匙 {0} 借给 {1} 尚未归还：归还后才能注销，或选择保留</source>
      <translation>Key {0} lent to {1} is not returned: cancel after its return, or choose keep</translation>
    </message>
    <message>
      <source>钥匙 {0} 借给 {1}，尚未归还：押金在归还钥匙时退还或不退（钥匙与卡 ▸ 托管钥匙 ▸ 归还…）</source>
      <translation>Key {0} is lent to {1} and not returned yet: its deposit is refunded or kept when the key comes back (Keys and cards ▸ Keys in custody ▸ Return…)</translation>
    </message>
    <message>
      <source>钥匙 {0} 同时有 {1} 条未归还的借用记录</source>
      <translation>Key {0} has {1} loans not returned at once</translation>
    </message>
    <message>
      <source>钥匙 {0} 已{1}</source>
      <translation>Key {0} is already {1}</translation>
    </message>
    <message>
      <source>钥匙 {0} 已{1}，不能借出</source>
      <translation>Key {0} is {1}; it cannot be lent</translation>
    </message>
    <message>
      <source>钥匙 {0} 已{1}，不能再调整</source>
      <translation>Key {0} is {1}; it cannot be adjusted</translation>
    </message>
    <message>
      <source>钥匙 {0} 已于 {1} 借给 {2}，尚未归还</source>
      <translation>Key {0} was lent to {2} on {1} and is not returned</translation>
    </message>
    <message>
      <source>钥匙 {0} 已有借用或交接记录，不能删除，只能注销</source>
      <translation>Key {0} has loans or handovers on record; it cannot be deleted, only cancelled</translation>
    </message>
    <message>
      <source>钥匙 {0} 已有变动记录，不能删除，只能注销</source>
      <translation>Key {0} has changes on record; it cannot be deleted, only cancelled</translation>
    </message>
    <message>
      <source>钥匙 {0}（{1}）借给 {2}，应于 {3} 归还，逾期未还且未填写说明</source>
      <translation>Key {0} ({1}) lent to {2}, due back {3}, is overdue with no explanation</translation>
    </message>
    <message>
      <source>钥匙/门卡/对讲机盘点</source>
      <translation>Count of keys, cards and intercoms</translation>
    </message>
    <message>
      <source>钥匙与卡</source>
      <translation>Keys and cards</translation>
    </message>
    <message>
      <source>钥匙交接</source>
      <translation>Key handover</translation>
    </message>
    <message>
      <source>钥匙借出未还</source>
      <translation>Key lent, not returned</translation>
    </message>
    <message>
      <source>钥匙借用</source>
      <translation>Key loan</translation>
    </message>
    <message>
      <source>钥匙借用记录</source>
      <translation>Key loans</translation>
    </message>
    <message>
      <source>钥匙库存</source>
      <translation>Key stock</translation>
    </message>
    <message>
      <source>钥匙归还</source>
      <translation>Key returned</translation>
    </message>
    <message>
      <source>钥匙归还核对</source>
      <translation>Key returns checked</translation>
    </message>
    <message>
      <source>钥匙托管</source>
      <translation>Keys in custody</translation>
    </message>
    <message>
      <source>钥匙数量</source>
      <translation>Number of keys</translation>
    </message>
    <message>
      <source>钥匙牌号</source>
      <translation>Key tag</translation>
    </message>
    <message>
      <source>钥匙请在托管钥匙中登记</source>
      <translation>Record keys under keys held</translation>
    </message>
    <message>
      <source>钥匙逾期未还</source>
      <translation>Key overdue</translation>
    </message>
    <message>
      <source>钥匙默认归还时间（当日下班前）</source>
      <translation>Default key return time (end of the working day)</translation>
    </message>
    <message>
      <source>钥匙（编号 {0}）不存在</source>
      <translation>Key (no. {0}) does not exist</translation>
    </message>
    <message>
      <source>银行卡</source>
      <translation>Bank card</translation>
    </message>
    <message>
      <source>银行存款</source>
      <translation>Bank deposits</translation>
    </message>
    <message>
      <source>错误</source>
      <translation>Error</translation>
    </message>
    <message>
      <source>锚点</source>
      <translation>Anchor</translation>
    </message>
    <message>
      <source>长度应为 5 到 30 个字符</source>
      <translation>should be 5 to 30 characters long</translation>
    </message>
    <message>
      <source>门岗</source>
      <translation>Gate</translation>
    </message>
    <message>
      <source>门禁卡</source>
      <translation>Access card</translation>
    </message>
    <message>
      <source>门窗</source>
      <translation>Doors and windows</translation>
    </message>
    <message>
      <source>门窗已关闭</source>
      <translation>Windows closed</translation>
    </message>
    <message>
      <source>闭馆时间</source>
      <translation>Closes</translation>
    </message>
    <message>
      <source>闭馆时间要晚于开馆时间</source>
      <translation>closing time must be after opening time</translation>
    </message>
    <message>
      <source>闭馆检查</source>
      <translation>Closing check</translation>
    </message>
    <message>
      <source>问题</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>问题描述</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>防篡改触发器</source>
      <translation>Tamper-proof triggers</translation>
    </message>
    <message>
      <source>阶梯</source>
      <translation>Tiers</translation>
    </message>
    <message>
      <source>阶梯周期</source>
      <translation>Tier period</translation>
    </message>
    <message>
      <source>阶梯水价</source>
      <translation>Tiered water price</translation>
    </message>
    <message>
      <source>阶梯用量按年累计</source>
      <translation>tier usage counted per year</translation>
    </message>
    <message>
      <source>阶梯用量按月累计</source>
      <translation>tier usage counted per month</translation>
    </message>
    <message>
      <source>附件文件</source>
      <translation>Attached file</translation>
    </message>
    <message>
      <source>随机种子</source>
      <translation>Seed</translation>
    </message>
    <message>
      <source>需主管审批预约的设施类别（会所、健身房、球场、会议室、货梯）</source>
      <translation>Facility kinds whose bookings the supervisor approves (clubhouse, gym, court, meeting room, service lift)</translation>
    </message>
    <message>
      <source>需求/投诉</source>
      <translation>Request / complaint</translation>
    </message>
    <message>
      <source>需求/投诉完成时限（小时，按类别）</source>
      <translation>Time limits for requests/complaints (hours, by kind)</translation>
    </message>
    <message>
      <source>需求/投诉状态与完成时间一致</source>
      <translation>Request and complaint states agree with their completion times</translation>
    </message>
    <message>
      <source>需求/投诉编号连续</source>
      <translation>Request numbers without gaps</translation>
    </message>
    <message>
      <source>需要协助</source>
      <translation>Needs help with</translation>
    </message>
    <message>
      <source>面积</source>
      <translation>Area</translation>
    </message>
    <message>
      <source>面积 {0} ㎡ 过大（一套房屋不超过 {1} ㎡）</source>
      <translation>Area {0} m² is too large (a unit is at most {1} m²)</translation>
    </message>
    <message>
      <source>项数</source>
      <translation>Items</translation>
    </message>
    <message>
      <source>项目名称重复</source>
      <translation>The item names repeat</translation>
    </message>
    <message>
      <source>须是 PostgreSQL 数据库的地址，如 postgresql://deskapp_owner@服务器/deskapp</source>
      <translation>Must be the address of a PostgreSQL database, such as postgresql://deskapp_owner@server/deskapp</translation>
    </message>
    <message>
      <source>须是 PostgreSQL 服务器的地址，如 postgresql://postgres@服务器/postgres</source>
      <translation>must be a PostgreSQL server's address, e.g. postgresql://postgres@server/postgres</translation>
    </message>
    <message>
      <source>须知内容</source>
      <translation>Note text</translation>
    </message>
    <message>
      <source>预交一年优惠</source>
      <translation>Year paid ahead</translation>
    </message>
    <message>
      <source>预交一年优惠须一并缴清所选费用：优惠后应收 {0} 元</source>
      <translation>The year-ahead offer needs the chosen lines paid in full: {0} yuan due after the offer</translation>
    </message>
    <message>
      <source>预存抵扣</source>
      <translation>Paid from prepayment</translation>
    </message>
    <message>
      <source>预存款</source>
      <translation>Prepayment</translation>
    </message>
    <message>
      <source>预存款余额只有 {0} 元</source>
      <translation>The prepayment balance is only {0} yuan</translation>
    </message>
    <message>
      <source>预存款可退余额</source>
      <translation>the refundable prepayment balance</translation>
    </message>
    <message>
      <source>预收账款</source>
      <translation>Advances from customers</translation>
    </message>
    <message>
      <source>预算</source>
      <translation>Budget</translation>
    </message>
    <message>
      <source>预约 {0} 与 {1} 时间重叠</source>
      <translation>Bookings {0} and {1} overlap</translation>
    </message>
    <message>
      <source>预约 {0} 为“{1}”，批准后才能收费</source>
      <translation>Booking {0} is “{1}”: it is paid once approved</translation>
    </message>
    <message>
      <source>预约 {0} 已于 {1} 收费</source>
      <translation>Booking {0} was paid at {1}</translation>
    </message>
    <message>
      <source>预约 {0} 已于 {1} 收费（收据 {2}）</source>
      <translation>Booking {0} was paid at {1} (receipt {2})</translation>
    </message>
    <message>
      <source>预约 {0} 已是“{1}”</source>
      <translation>booking {0} is already "{1}"</translation>
    </message>
    <message>
      <source>预约 {0} 已是“{1}”，不能再审批</source>
      <translation>booking {0} is already "{1}" and cannot be decided again</translation>
    </message>
    <message>
      <source>预约 {0} 没有使用费和押金，无需收费</source>
      <translation>Booking {0} has no fee and no deposit: nothing to pay</translation>
    </message>
    <message>
      <source>预约 {0} 的使用时间 {1}–{2} 尚未结束：押金在使用完毕、检查设施无损坏后退还；不再使用的，先取消预约（公共设施 ▸ 设施预约）</source>
      <translation>Booking {0} ({1}–{2}) is not over yet: the deposit is refunded once the facility has been used and found undamaged; if it will not be used, cancel the booking first (Facilities ▸ Bookings)</translation>
    </message>
    <message>
      <source>预约人</source>
      <translation>Booked by</translation>
    </message>
    <message>
      <source>预计归还</source>
      <translation>Due back</translation>
    </message>
    <message>
      <source>领取人</source>
      <translation>Collected by</translation>
    </message>
    <message>
      <source>领款人</source>
      <translation>Payee</translation>
    </message>
    <message>
      <source>领用</source>
      <translation>Taken out</translation>
    </message>
    <message>
      <source>题目</source>
      <translation>Questions</translation>
    </message>
    <message>
      <source>驳回</source>
      <translation>Reject</translation>
    </message>
    <message>
      <source>驳回减免</source>
      <translation>Refuse reduction</translation>
    </message>
    <message>
      <source>驳回原因</source>
      <translation>Reason for rejecting</translation>
    </message>
    <message>
      <source>驳回没收押金</source>
      <translation>Refuse deposit forfeit</translation>
    </message>
    <message>
      <source>驳回理由</source>
      <translation>Reason for refusal</translation>
    </message>
    <message>
      <source>驳回退款</source>
      <translation>Refuse refund</translation>
    </message>
    <message>
      <source>验收类别</source>
      <translation>Inspection stage</translation>
    </message>
    <message>
      <source>验收项目</source>
      <translation>Inspection items</translation>
    </message>
    <message>
      <source>（停用）</source>
      <translation> (inactive)</translation>
    </message>
    <message>
      <source>（冲销作废收据）</source>
      <translation> (reversal of voided receipts)</translation>
    </message>
    <message>
      <source>（已作废）</source>
      <translation> (voided)</translation>
    </message>
    <message>
      <source>（已通知业主）</source>
      <translation> (owner notified)</translation>
    </message>
    <message>
      <source>（无上次调查可比）</source>
      <translation> (no earlier survey to compare)</translation>
    </message>
    <message>
      <source>（无未完成事项）</source>
      <translation>(no unfinished items)</translation>
    </message>
    <message>
      <source>（无）</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>（未填）</source>
      <translation>(not filled in)</translation>
    </message>
    <message>
      <source>（第{0}次归档）</source>
      <translation> (filing {0})</translation>
    </message>
    <message>
      <source>（续租至 {0}）</source>
      <translation> (renewed as {0})</translation>
    </message>
    <message>
      <source>（缺）</source>
      <translation>(missing)</translation>
    </message>
    <message>
      <source>（草稿，未移交）</source>
      <translation>(draft, not handed over)</translation>
    </message>
    <message>
      <source>（见警告，不会导入）</source>
      <translation>(see the warnings; not imported)</translation>
    </message>
    <message>
      <source>，尚未通知业户</source>
      <translation>, the resident not told yet</translation>
    </message>
    <message>
      <source>，已上报主管</source>
      <translation>, reported to the supervisor</translation>
    </message>
    <message>
      <source>，已通知业主</source>
      <translation>, owner notified</translation>
    </message>
    <message>
      <source>，无扣款</source>
      <translation>, no deductions</translation>
    </message>
    <message>
      <source>，无燃气</source>
      <translation>, no gas</translation>
    </message>
    <message>
      <source>，未收费</source>
      <translation>, not paid</translation>
    </message>
    <message>
      <source>，调整</source>
      <translation>, adjustment</translation>
    </message>
    <message>
      <source>；不再复工的，由主管终止装修，退还或扣下押金（楼宇管家 ▸ 装修申请 ▸ 终止装修…）</source>
      <translation>; works that will not resume are terminated by a supervisor, who refunds or keeps the deposit (Steward ▸ Decorations ▸ Terminate works…)</translation>
    </message>
    <message>
      <source>；无押金</source>
      <translation>; no deposit</translation>
    </message>
  </context>
</TS>