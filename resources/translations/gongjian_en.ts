<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>关于共建台账</source>
      <translation>About Gongjian</translation>
    </message>
    <message>
      <source>共建台账 Gongjian</source>
      <translation>Gongjian</translation>
    </message>
    <message>
      <source>版本：</source>
      <translation>Version:</translation>
    </message>
    <message>
      <source>数据结构版本：</source>
      <translation>Schema version:</translation>
    </message>
    <message>
      <source>（未打开）</source>
      <translation>(not open)</translation>
    </message>
    <message>
      <source>SQLite 本机文件</source>
      <translation>SQLite local file</translation>
    </message>
    <message>
      <source>PostgreSQL 服务器</source>
      <translation>PostgreSQL server</translation>
    </message>
    <message>
      <source>数据库位置：</source>
      <translation>Database location:</translation>
    </message>
    <message>
      <source>数据库类型：</source>
      <translation>Database type:</translation>
    </message>
  </context>
  <context>
    <name>AccountabilityForm</name>
    <message>
      <source>责任追究</source>
      <translation>Accountability</translation>
    </message>
    <message>
      <source>对问题 {0}“{1}”的责任单位或责任人采取追责措施。记录不能删除，并记入问题的办理过程。</source>
      <translation>Take accountability measures against the responsible unit or person for problem {0} “{1}”. Records cannot be deleted and are added to the problem's handling history.</translation>
    </message>
    <message>
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>追责措施</source>
      <translation>Measures</translation>
    </message>
    <message>
      <source>决定日期</source>
      <translation>Decision date</translation>
    </message>
    <message>
      <source>责任单位</source>
      <translation>Responsible unit</translation>
    </message>
    <message>
      <source>（非驻区单位，填写部门）</source>
      <translation>(If not a resident unit, enter the department)</translation>
    </message>
    <message>
      <source>责任部门</source>
      <translation>Responsible department</translation>
    </message>
    <message>
      <source>责任人</source>
      <translation>Person responsible</translation>
    </message>
    <message>
      <source>事实与依据</source>
      <translation>Facts and grounds</translation>
    </message>
    <message>
      <source>确定对问题 {0} 记录“{1}”吗？记录后不能删除。</source>
      <translation>Record “{1}” for problem {0}? Once recorded, it cannot be deleted.</translation>
    </message>
  </context>
  <context>
    <name>ActionForm</name>
    <message>
      <source>{0}（Ctrl+S）</source>
      <translation>{0} (Ctrl+S)</translation>
    </message>
  </context>
  <context>
    <name>ActionsTab</name>
    <message>
      <source>决定事项跟踪</source>
      <translation>Follow-ups</translation>
    </message>
    <message>
      <source>会议日期</source>
      <translation>Meeting date</translation>
    </message>
    <message>
      <source>小区</source>
      <translation>Compound</translation>
    </message>
    <message>
      <source>决定事项</source>
      <translation>Decisions</translation>
    </message>
    <message>
      <source>责任方</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <source>完成时限</source>
      <translation>Due by</translation>
    </message>
    <message>
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>问题编号</source>
      <translation>Problem number</translation>
    </message>
    <message>
      <source>{0} 已办结</source>
      <translation>Done on {0}</translation>
    </message>
    <message>
      <source>已逾期</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>办理中</source>
      <translation>In progress</translation>
    </message>
    <message>
      <source>办结</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>转入问题台账</source>
      <translation>Send to the issue ledger</translation>
    </message>
    <message>
      <source>请先在列表中选择一项决定事项。</source>
      <translation>Select a decision in the list first.</translation>
    </message>
  </context>
  <context>
    <name>ActivitiesTab</name>
    <message>
      <source>志愿活动</source>
      <translation>Activities</translation>
    </message>
    <message>
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>时间</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>队伍</source>
      <translation>Team</translation>
    </message>
    <message>
      <source>地点</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>活动内容</source>
      <translation>Activity</translation>
    </message>
    <message>
      <source>人数</source>
      <translation>People</translation>
    </message>
    <message>
      <source>时长（小时）</source>
      <translation>Hours</translation>
    </message>
    <message>
      <source>全年</source>
      <translation>Whole year</translation>
    </message>
    <message>
      <source>上半年</source>
      <translation>First half</translation>
    </message>
    <message>
      <source>下半年</source>
      <translation>Second half</translation>
    </message>
    <message>
      <source>期间：</source>
      <translation>Period:</translation>
    </message>
    <message>
      <source>登记活动</source>
      <translation>Record activity</translation>
    </message>
    <message>
      <source>编辑</source>
      <translation>Edit</translation>
    </message>
    <message>
      <source>删除</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>时长统计表</source>
      <translation>Hours report</translation>
    </message>
    <message>
      <source>导出时长统计</source>
      <translation>Export hours</translation>
    </message>
    <message>
      <source>请先在列表中选择一项活动。</source>
      <translation>Please select an activity in the list first.</translation>
    </message>
    <message>
      <source>编辑志愿活动</source>
      <translation>Edit volunteer activity</translation>
    </message>
    <message>
      <source>删除活动</source>
      <translation>Delete activity</translation>
    </message>
    <message>
      <source>将删除 {0} 的活动“{1}”及其 {2} 名参与人员的时长，确定吗？</source>
      <translation>This deletes the activity “{1}” of {0} and the hours of its {2} participants. Continue?</translation>
    </message>
    <message>
      <source>志愿服务时长统计表</source>
      <translation>Volunteer hours report</translation>
    </message>
    <message>
      <source>导出 Excel</source>
      <translation>Export to Excel</translation>
    </message>
    <message>
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <source>已导出到 {0}</source>
      <translation>Exported to {0}</translation>
    </message>
  </context>
  <context>
    <name>ActivityForm</name>
    <message>
      <source>登记志愿活动</source>
      <translation>Record volunteer activity</translation>
    </message>
    <message>
      <source>志愿服务队 / 分队</source>
      <translation>Team / sub-team</translation>
    </message>
    <message>
      <source>活动日期</source>
      <translation>Activity date</translation>
    </message>
    <message>
      <source>开始时间</source>
      <translation>Start time</translation>
    </message>
    <message>
      <source>结束时间</source>
      <translation>End time</translation>
    </message>
    <message>
      <source>地点</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>活动内容</source>
      <translation>Activity</translation>
    </message>
    <message>
      <source>参与人员及时长</source>
      <translation>Participants and hours</translation>
    </message>
  </context>
  <context>
    <name>AssignForm</name>
    <message>
      <source>问题 {0}“{1}”</source>
      <translation>Problem {0} “{1}”</translation>
    </message>
    <message>
      <source>升级响应</source>
      <translation>Escalate response</translation>
    </message>
    <message>
      <source>{0}目前由“{1}”办理（{2}）。升级后，本级交办记录以“已升级”结束并保留，问题改由更高层级的单位或部门办理。</source>
      <translation>{0} is currently handled by “{1}” ({2}). On escalation, the assignment at this level is closed as “Escalated” and kept, and the problem passes to a unit or department at a higher level.</translation>
    </message>
    <message>
      <source>升级</source>
      <translation>Escalate</translation>
    </message>
    <message>
      <source>交办</source>
      <translation>Assign</translation>
    </message>
    <message>
      <source>{0}已纳入吹哨范围。交办后状态变为“已交办”，责任单位应在规定天数内报到。</source>
      <translation>{0} is within the whistle scope. After assignment its status becomes “Assigned”, and the responsible unit must report in within the set number of days.</translation>
    </message>
    <message>
      <source>响应层级</source>
      <translation>Response level</translation>
    </message>
    <message>
      <source>责任单位</source>
      <translation>Responsible unit</translation>
    </message>
    <message>
      <source>（非驻区单位，填写责任部门）</source>
      <translation>(If not a resident unit, enter the responsible department)</translation>
    </message>
    <message>
      <source>责任部门</source>
      <translation>Responsible department</translation>
    </message>
    <message>
      <source>如：巴州区住房和城乡建设局</source>
      <translation>e.g. Bazhou District Housing and Urban-Rural Development Bureau</translation>
    </message>
    <message>
      <source>升级日期</source>
      <translation>Escalation date</translation>
    </message>
    <message>
      <source>交办日期</source>
      <translation>Assignment date</translation>
    </message>
    <message>
      <source>办理时限</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <source>交办意见</source>
      <translation>Assignment instructions</translation>
    </message>
    <message>
      <source>升级理由</source>
      <translation>Reason for escalation</translation>
    </message>
    <message>
      <source>问题 {0} 将升级为“{1}”，改由“{2}”办理，办理时限 {3}。原交办记录以“已升级”结束。确定升级吗？</source>
      <translation>Problem {0} will be escalated to “{1}” and handled by “{2}”, deadline {3}. The original assignment will be closed as “Escalated”. Escalate?</translation>
    </message>
    <message>
      <source>问题 {0} 将交由“{1}”办理（{2}），办理时限 {3}。确定交办吗？</source>
      <translation>Problem {0} will be assigned to “{1}” ({2}), deadline {3}. Assign?</translation>
    </message>
  </context>
  <context>
    <name>BackupDialog</name>
    <message>
      <source>备份与恢复</source>
      <translation>Backup and Restore</translation>
    </message>
    <message>
      <source>备份时间</source>
      <translation>Backup time</translation>
    </message>
    <message>
      <source>类型</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>大小</source>
      <translation>Size</translation>
    </message>
    <message>
      <source>文件</source>
      <translation>File</translation>
    </message>
    <message>
      <source>每次退出时自动备份（每天一次），保留最近 7 天、4 周和 12 个月的备份。每份备份都经过完整性检查。</source>
      <translation>A backup is made automatically on exit (once a day); backups from the last 7 days, 4 weeks and 12 months are kept. Every backup is checked for integrity.</translation>
    </message>
    <message>
      <source>立即备份</source>
      <translation>Back up now</translation>
    </message>
    <message>
      <source>从所选备份恢复…</source>
      <translation>Restore from selected backup…</translation>
    </message>
    <message>
      <source>只有管理员可以从备份恢复：恢复会撤回所有人的工作。</source>
      <translation>Only administrators can restore from a backup: a restore rolls back everyone's work.</translation>
    </message>
    <message>
      <source>恢复前自动保存</source>
      <translation>Saved before restore</translation>
    </message>
    <message>
      <source>定期备份</source>
      <translation>Scheduled backup</translation>
    </message>
    <message>
      <source>已备份到：{0}</source>
      <translation>Backed up to: {0}</translation>
    </message>
    <message>
      <source>正在备份…</source>
      <translation>Backing up…</translation>
    </message>
    <message>
      <source>将用 {0} 的备份替换当前数据库。当前数据库会先另存一份，可随时再恢复。确定恢复吗？</source>
      <translation>The current database will be replaced by the backup from {0}. A copy of the current database is saved first, so you can restore it again at any time. Restore now?</translation>
    </message>
    <message>
      <source>从备份恢复</source>
      <translation>Restore from backup</translation>
    </message>
    <message>
      <source>正在恢复…</source>
      <translation>Restoring…</translation>
    </message>
    <message>
      <source>已从备份恢复。</source>
      <translation>Restored from backup.</translation>
    </message>
    <message>
      <source>
恢复前的数据库已另存为：{0}</source>
      <translation>
The database as it was before the restore has been saved as: {0}</translation>
    </message>
    <message>
      <source>
已从备份恢复附件 {0} 个。</source>
      <translation>
{0} attachment(s) were restored from the backup.</translation>
    </message>
    <message>
      <source>
以下附件在本机和备份中都找不到：{0}</source>
      <translation>
These attachments are neither on this computer nor in the backup: {0}</translation>
    </message>
  </context>
  <context>
    <name>BallotDialog</name>
    <message>
      <source>录入选票：{0}</source>
      <translation>Enter ballots: {0}</translation>
    </message>
    <message>
      <source>直接计入</source>
      <translation>Count directly</translation>
    </message>
    <message>
      <source>双人录入 第一遍</source>
      <translation>Double entry, first pass</translation>
    </message>
    <message>
      <source>双人录入 第二遍</source>
      <translation>Double entry, second pass</translation>
    </message>
    <message>
      <source>选票编号，或业主任一房屋，如 1栋-1单元-0101</source>
      <translation>Ballot number, or any unit of the owner, e.g. 1栋-1单元-0101</translation>
    </message>
    <message>
      <source>录入方式</source>
      <translation>Entry</translation>
    </message>
    <message>
      <source>投票方式</source>
      <translation>Channel</translation>
    </message>
    <message>
      <source>选票 *</source>
      <translation>Ballot *</translation>
    </message>
    <message>
      <source>保存并录入下一张</source>
      <translation>Save and enter the next</translation>
    </message>
    <message>
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>请填写选票编号或房屋。</source>
      <translation>Give the ballot number or a unit.</translation>
    </message>
    <message>
      <source>已保存 {0} 张。</source>
      <translation>{0} saved.</translation>
    </message>
  </context>
  <context>
    <name>BarChart</name>
    <message>
      <source>已办结</source>
      <translation>Resolved</translation>
    </message>
    <message>
      <source>未办结</source>
      <translation>Unresolved</translation>
    </message>
    <message>
      <source>逾期未办结</source>
      <translation>Overdue, unresolved</translation>
    </message>
    <message>
      <source>未纳入</source>
      <translation>Not in scope</translation>
    </message>
    <message>
      <source>按期办结率</source>
      <translation>On-time resolution rate</translation>
    </message>
    <message>
      <source>本期没有问题</source>
      <translation>No problems in this period</translation>
    </message>
  </context>
  <context>
    <name>BodiesPage</name>
    <message>
      <source>自治组织</source>
      <translation>Self-governance bodies</translation>
    </message>
    <message>
      <source>小区</source>
      <translation>Compound</translation>
    </message>
    <message>
      <source>类型</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>名称</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>任期</source>
      <translation>Term</translation>
    </message>
    <message>
      <source>成员</source>
      <translation>Members</translation>
    </message>
    <message>
      <source>党员</source>
      <translation>Party members</translation>
    </message>
    <message>
      <source>主任</source>
      <translation>Chair</translation>
    </message>
    <message>
      <source>问题</source>
      <translation>Problems</translation>
    </message>
    <message>
      <source>（支部书记）</source>
      <translation> (branch secretary)</translation>
    </message>
    <message>
      <source>新建自治组织</source>
      <translation>New body</translation>
    </message>
    <message>
      <source>成员变更…</source>
      <translation>Change of member…</translation>
    </message>
    <message>
      <source>小区 {0} 个，其中成立业委会的 {1} 个；小区党支部书记兼任业委会主任 {2} 人，社区“两委”成员兼任业委会成员 {3} 人；自治组织成员 {4} 人，其中党员 {5} 人。</source>
      <translation>{0} compounds, {1} with an owners' committee; {2} branch secretaries chair a committee, {3} members of the community's two committees sit on one; {4} members of bodies, {5} of them Party members.</translation>
    </message>
    <message>
      <source>请先在列表中选择一个自治组织。</source>
      <translation>Select a body in the list first.</translation>
    </message>
  </context>
  <context>
    <name>BodyDialog</name>
    <message>
      <source>新建自治组织</source>
      <translation>New body</translation>
    </message>
    <message>
      <source>如：翰林苑第二届业主委员会</source>
      <translation>e.g. 翰林苑第二届业主委员会</translation>
    </message>
    <message>
      <source>议事会、自治小组：所在院落或楼栋</source>
      <translation>Councils and groups: their courtyard or buildings</translation>
    </message>
    <message>
      <source>添加成员</source>
      <translation>Add member</translation>
    </message>
    <message>
      <source>删除所选成员</source>
      <translation>Remove selected member</translation>
    </message>
    <message>
      <source>小区 *</source>
      <translation>Compound *</translation>
    </message>
    <message>
      <source>类型 *</source>
      <translation>Kind *</translation>
    </message>
    <message>
      <source>名称 *</source>
      <translation>Name *</translation>
    </message>
    <message>
      <source>范围</source>
      <translation>Scope</translation>
    </message>
    <message>
      <source>任期开始</source>
      <translation>Term starts</translation>
    </message>
    <message>
      <source>任期结束</source>
      <translation>Term ends</translation>
    </message>
    <message>
      <source>成员</source>
      <translation>Members</translation>
    </message>
    <message>
      <source>尚不符合规定：{0}</source>
      <translation>Not yet lawful: {0}</translation>
    </message>
    <message>
      <source>请填写自治组织的名称。</source>
      <translation>Enter the body's name.</translation>
    </message>
  </context>
  <context>
    <name>BookingForm</name>
    <message>
      <source>点单预约：{0}</source>
      <translation>Booking: {0}</translation>
    </message>
    <message>
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>联系电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>手机或座机</source>
      <translation>Mobile or landline</translation>
    </message>
    <message>
      <source>点单日期</source>
      <translation>Booked on</translation>
    </message>
    <message>
      <source>候补</source>
      <translation>Waitlist</translation>
    </message>
    <message>
      <source>已约满时登记为候补（有人取消时依次递补）</source>
      <translation>When full, put on the waitlist (moved up in order when someone cancels)</translation>
    </message>
    <message>
      <source>预约 {0}</source>
      <translation>Book {0}</translation>
    </message>
    <message>
      <source>活动室</source>
      <translation>Room</translation>
    </message>
    <message>
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>开始时间</source>
      <translation>Starts at</translation>
    </message>
    <message>
      <source>结束时间</source>
      <translation>Ends at</translation>
    </message>
    <message>
      <source>用途</source>
      <translation>Purpose</translation>
    </message>
    <message>
      <source>预约人</source>
      <translation>Booked by</translation>
    </message>
  </context>
  <context>
    <name>BookingsDialog</name>
    <message>
      <source>预约名单：{0}</source>
      <translation>Bookings: {0}</translation>
    </message>
    <message>
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>联系电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>点单日期</source>
      <translation>Booked on</translation>
    </message>
    <message>
      <source>状态</source>
      <translation>State</translation>
    </message>
    <message>
      <source>签到</source>
      <translation>Attended</translation>
    </message>
    <message>
      <source>取消预约</source>
      <translation>Cancel booking</translation>
    </message>
    <message>
      <source>签到 / 取消签到</source>
      <translation>Mark / unmark attended</translation>
    </message>
    <message>
      <source>容纳 {0} 人，已预约 {1} 人，候补 {2} 人</source>
      <translation>Capacity {0}, booked {1}, waitlisted {2}</translation>
    </message>
    <message>
      <source>请先选择一条预约。</source>
      <translation>Please select a booking first.</translation>
    </message>
    <message>
      <source>取消 {0} 的预约？如有候补，第一位候补居民将递补。</source>
      <translation>Cancel the booking of {0}? The first resident on the waitlist takes the place.</translation>
    </message>
  </context>
  <context>
    <name>BudgetForm</name>
    <message>
      <source>{0} 年预算</source>
      <translation>{0} budget</translation>
    </message>
    <message>
      <source>小区党支部</source>
      <translation>Compound Party branch</translation>
    </message>
    <message>
      <source>（请选择）</source>
      <translation>(Select)</translation>
    </message>
    <message>
      <source>支出类别</source>
      <translation>Expense category</translation>
    </message>
    <message>
      <source>预算金额（元）</source>
      <translation>Budget amount (yuan)</translation>
    </message>
    <message>
      <source>如 10,000.00</source>
      <translation>e.g. 10,000.00</translation>
    </message>
    <message>
      <source>备注</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>预算金额</source>
      <translation>Budget amount</translation>
    </message>
  </context>
  <context>
    <name>BudgetsDialog</name>
    <message>
      <source>预算执行情况</source>
      <translation>Budget execution</translation>
    </message>
    <message>
      <source>全部小区党支部</source>
      <translation>All compound Party branches</translation>
    </message>
    <message>
      <source>小区党支部</source>
      <translation>Compound Party branch</translation>
    </message>
    <message>
      <source>支出类别</source>
      <translation>Expense category</translation>
    </message>
    <message>
      <source>年度预算</source>
      <translation>Annual budget</translation>
    </message>
    <message>
      <source>实际支出</source>
      <translation>Actual spending</translation>
    </message>
    <message>
      <source>结余</source>
      <translation>Remaining</translation>
    </message>
    <message>
      <source>执行率</source>
      <translation>Execution rate</translation>
    </message>
    <message>
      <source>年度：</source>
      <translation>Year:</translation>
    </message>
    <message>
      <source>小区党支部：</source>
      <translation>Compound Party branch:</translation>
    </message>
    <message>
      <source>新增预算</source>
      <translation>Add budget</translation>
    </message>
    <message>
      <source>修改预算</source>
      <translation>Edit budget</translation>
    </message>
    <message>
      <source>删除预算</source>
      <translation>Delete budget</translation>
    </message>
    <message>
      <source>打印…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <source>预算合计 {0}　实际支出 {1}　结余 {2}</source>
      <translation>Total budget {0}   Actual spending {1}   Remaining {2}</translation>
    </message>
    <message>
      <source>确定删除{0} {1} 年“{2}”的预算 {3} 元吗？已记账的支出不受影响。</source>
      <translation>Delete the {1} budget of {3} yuan for “{2}” of {0}? Posted expenses are not affected.</translation>
    </message>
    <message>
      <source>{0} 年预算执行情况</source>
      <translation>{0} budget execution</translation>
    </message>
  </context>
  <context>
    <name>BuildingForm</name>
    <message>
      <source>楼栋</source>
      <translation>Building</translation>
    </message>
    <message>
      <source>（暂缺）</source>
      <translation>(vacant)</translation>
    </message>
    <message>
      <source>楼栋名称 *：</source>
      <translation>Building name *:</translation>
    </message>
    <message>
      <source>楼栋长：</source>
      <translation>Building chief:</translation>
    </message>
    <message>
      <source>楼口长：</source>
      <translation>Entrance chief:</translation>
    </message>
  </context>
  <context>
    <name>BuildingsDialog</name>
    <message>
      <source>{0} · 楼栋</source>
      <translation>{0} · Buildings</translation>
    </message>
    <message>
      <source>楼栋</source>
      <translation>Building</translation>
    </message>
    <message>
      <source>楼栋长</source>
      <translation>Building chief</translation>
    </message>
    <message>
      <source>楼口长</source>
      <translation>Entrance chief</translation>
    </message>
    <message>
      <source>新增楼栋</source>
      <translation>Add building</translation>
    </message>
    <message>
      <source>编辑</source>
      <translation>Edit</translation>
    </message>
  </context>
  <context>
    <name>CaseForm</name>
    <message>
      <source>受理调解案件</source>
      <translation>Open a mediation case</translation>
    </message>
    <message>
      <source>受理日期</source>
      <translation>Opened on</translation>
    </message>
    <message>
      <source>纠纷类型</source>
      <translation>Dispute type</translation>
    </message>
    <message>
      <source>小区</source>
      <translation>Compound</translation>
    </message>
    <message>
      <source>（不限小区）</source>
      <translation>(any compound)</translation>
    </message>
    <message>
      <source>纠纷事由</source>
      <translation>What the dispute is about</translation>
    </message>
    <message>
      <source>甲方</source>
      <translation>Party A</translation>
    </message>
    <message>
      <source>乙方</source>
      <translation>Party B</translation>
    </message>
    <message>
      <source>姓名或单位名称</source>
      <translation>Name of the person or unit</translation>
    </message>
    <message>
      <source>类型</source>
      <translation> type</translation>
    </message>
    <message>
      <source>公民身份号码</source>
      <translation> citizen ID number</translation>
    </message>
    <message>
      <source>居民可填，打印时隐去中间数字</source>
      <translation>For residents; printed with the middle digits hidden</translation>
    </message>
    <message>
      <source>电话</source>
      <translation> phone</translation>
    </message>
    <message>
      <source>住址</source>
      <translation> address</translation>
    </message>
    <message>
      <source>调解员</source>
      <translation>Mediators</translation>
    </message>
    <message>
      <source>姓名，以顿号分隔</source>
      <translation>Names, separated by 、</translation>
    </message>
  </context>
  <context>
    <name>CategoriesDialog</name>
    <message>
      <source>服务类别</source>
      <translation>Service categories</translation>
    </message>
    <message>
      <source>新类别名称，如：安全生产</source>
      <translation>New category, e.g. 安全生产 (work safety)</translation>
    </message>
    <message>
      <source>添加</source>
      <translation>Add</translation>
    </message>
    <message>
      <source>停用所选类别</source>
      <translation>Retire selected category</translation>
    </message>
    <message>
      <source>请先选择要停用的类别。</source>
      <translation>Select the category to retire first.</translation>
    </message>
  </context>
  <context>
    <name>CategoryForm</name>
    <message>
      <source>大类</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>小类</source>
      <translation>Subcategory</translation>
    </message>
    <message>
      <source>问题类别</source>
      <translation>Problem category</translation>
    </message>
    <message>
      <source>{0}：名称在同一级中不能重复；已使用的类别不能删除，可以停用。</source>
      <translation>{0}: names must be unique within the same level; categories in use cannot be deleted but can be disabled.</translation>
    </message>
    <message>
      <source>类别名称</source>
      <translation>Category name</translation>
    </message>
    <message>
      <source>排序号</source>
      <translation>Sort order</translation>
    </message>
    <message>
      <source>留空则排在最后</source>
      <translation>Leave blank to place last</translation>
    </message>
    <message>
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>启用</source>
      <translation>Enabled</translation>
    </message>
  </context>
  <context>
    <name>ClaimForm</name>
    <message>
      <source>认领微心愿：{0}</source>
      <translation>Claim wish: {0}</translation>
    </message>
    <message>
      <source>认领党员</source>
      <translation>Claimed by</translation>
    </message>
    <message>
      <source>认领事项</source>
      <translation>Claim item</translation>
    </message>
    <message>
      <source>认领方</source>
      <translation>Claimed by</translation>
    </message>
    <message>
      <source>认领人（人员名册）</source>
      <translation>Claimant (registry)</translation>
    </message>
    <message>
      <source>（不是个人）</source>
      <translation>(not a person)</translation>
    </message>
    <message>
      <source>认领人（名册中没有时填写）</source>
      <translation>Claimant (if not in the registry)</translation>
    </message>
    <message>
      <source>认领日期</source>
      <translation>Claimed on</translation>
    </message>
  </context>
  <context>
    <name>CloseForm</name>
    <message>
      <source>结案 {0}</source>
      <translation>Close case {0}</translation>
    </message>
    <message>
      <source>调解结果</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <source>结案日期</source>
      <translation>Closed on</translation>
    </message>
    <message>
      <source>协议内容（每行一条）</source>
      <translation>Terms agreed (one per line)</translation>
    </message>
  </context>
  <context>
    <name>CommunityView</name>
    <message>
      <source>上报记录</source>
      <translation>Reports sent</translation>
    </message>
    <message>
      <source>期间</source>
      <translation>Period</translation>
    </message>
    <message>
      <source>序号</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>生成时间</source>
      <translation>Made at</translation>
    </message>
    <message>
      <source>密钥指纹</source>
      <translation>Key fingerprint</translation>
    </message>
    <message>
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>街道意见</source>
      <translation>Street's comment</translation>
    </message>
    <message>
      <source>回执日期</source>
      <translation>Receipt date</translation>
    </message>
    <message>
      <source>生成数据包</source>
      <translation>Make package</translation>
    </message>
    <message>
      <source>导出本社区公钥</source>
      <translation>Export this community's key</translation>
    </message>
    <message>
      <source>登记街道公钥</source>
      <translation>Register the street's key</translation>
    </message>
    <message>
      <source>导入回执</source>
      <translation>Import receipt</translation>
    </message>
    <message>
      <source>导出本街道公钥</source>
      <translation>Export this street's key</translation>
    </message>
    <message>
      <source>登记区（县）公钥</source>
      <translation>Register the district's key</translation>
    </message>
    <message>
      <source>区（县）意见</source>
      <translation>District's comment</translation>
    </message>
    <message>
      <source>报送期间：</source>
      <translation>Period:</translation>
    </message>
    <message>
      <source>{0}的数据包（第 {1} 次）已被区（县）退回：{2}
请更正后在“报送期间”选择{0}，点“生成数据包”重新报送更正版本。</source>
      <translation>The package for {0} (no. {1}) was returned by the district: {2}
Correct the data, choose {0} under “Period” and click “Make package” to send the corrected version.</translation>
    </message>
    <message>
      <source>{0}的数据包（第 {1} 次）已被街道退回：{2}
请更正后在“报送期间”选择{0}，点“生成数据包”重新报送更正版本。</source>
      <translation>The package for {0} (no. {1}) was returned by the street: {2}
Correct the data, choose {0} under “Period” and click “Make package” to send the corrected version.</translation>
    </message>
    <message>
      <source>（无意见）</source>
      <translation>(no comment)</translation>
    </message>
    <message>
      <source>保存上报数据包</source>
      <translation>Save the report package</translation>
    </message>
    <message>
      <source>上报数据包 (*.zip)</source>
      <translation>Report packages (*.zip)</translation>
    </message>
    <message>
      <source>已生成第 {0} 次报送：{1}
签名密钥指纹：{2}</source>
      <translation>Made submission no. {0}: {1}
Signing key fingerprint: {2}</translation>
    </message>
    <message>
      <source>正在生成上报数据包…</source>
      <translation>Making the report package…</translation>
    </message>
    <message>
      <source>保存公钥文件</source>
      <translation>Save the public key file</translation>
    </message>
    <message>
      <source>公钥文件 (*.json)</source>
      <translation>Public key files (*.json)</translation>
    </message>
    <message>
      <source>已导出公钥文件。请把指纹读给街道核对：{0}</source>
      <translation>Public key file exported. Read the fingerprint out to the street to check: {0}</translation>
    </message>
    <message>
      <source>选择街道的公钥文件</source>
      <translation>Choose the street's public key file</translation>
    </message>
    <message>
      <source>已登记{0}的公钥，请与街道核对指纹：{1}</source>
      <translation>Registered {0}'s public key; check the fingerprint with the street: {1}</translation>
    </message>
    <message>
      <source>选择街道的回执</source>
      <translation>Choose the street's receipt</translation>
    </message>
    <message>
      <source>回执文件 (*.json)</source>
      <translation>Receipt files (*.json)</translation>
    </message>
    <message>
      <source>{0}：{1}第 {2} 次报送{3}（{4}，{5}）。</source>
      <translation>{0}: submission no. {2} for {1} {3} ({4}, {5}).</translation>
    </message>
    <message>
      <source>街道意见：{0}</source>
      <translation>Street's comment: {0}</translation>
    </message>
    <message>
      <source>请更正后重新生成该期间的数据包，报送街道。</source>
      <translation>Correct the data, then make the package for this period again and send it to the street.</translation>
    </message>
    <message>
      <source>该回执已导入过，没有任何改动。</source>
      <translation>This receipt was imported before; nothing was changed.</translation>
    </message>
  </context>
  <context>
    <name>CompoundForm</name>
    <message>
      <source>小区</source>
      <translation>Compound</translation>
    </message>
    <message>
      <source>小区名称</source>
      <translation>Compound name</translation>
    </message>
    <message>
      <source>小区类型</source>
      <translation>Compound type</translation>
    </message>
    <message>
      <source>专有部分总面积（m²）</source>
      <translation>Total area of exclusive parts (m²)</translation>
    </message>
    <message>
      <source>专有部分总套数</source>
      <translation>Total number of exclusive parts</translation>
    </message>
    <message>
      <source>物业服务企业</source>
      <translation>Property service company</translation>
    </message>
    <message>
      <source>无则留空</source>
      <translation>Leave blank if none</translation>
    </message>
    <message>
      <source>地址</source>
      <translation>Address</translation>
    </message>
  </context>
  <context>
    <name>CompoundsPage</name>
    <message>
      <source>小区</source>
      <translation>Compounds</translation>
    </message>
    <message>
      <source>小区基本情况台账</source>
      <translation>Compound register</translation>
    </message>
    <message>
      <source>小区名称</source>
      <translation>Compound name</translation>
    </message>
    <message>
      <source>类型</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>专有部分总面积（m²）</source>
      <translation>Total area of exclusive parts (m²)</translation>
    </message>
    <message>
      <source>套数</source>
      <translation>Exclusive parts</translation>
    </message>
    <message>
      <source>楼栋</source>
      <translation>Buildings</translation>
    </message>
    <message>
      <source>登记人员</source>
      <translation>Registered people</translation>
    </message>
    <message>
      <source>物业服务企业</source>
      <translation>Property service company</translation>
    </message>
    <message>
      <source>地址</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>楼栋…</source>
      <translation>Buildings…</translation>
    </message>
    <message>
      <source>类型：</source>
      <translation>Type:</translation>
    </message>
  </context>
  <context>
    <name>CoordinationForm</name>
    <message>
      <source>协调会商</source>
      <translation>Coordination meeting</translation>
    </message>
    <message>
      <source>记录一次协调会商：召集单位、参加单位、涉及的问题和会商结果。会商记入每个涉及问题的办理过程。</source>
      <translation>Record a coordination meeting: convening unit, participating units, problems involved and outcome. The meeting is added to the handling history of each problem involved.</translation>
    </message>
    <message>
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>会商日期</source>
      <translation>Meeting date</translation>
    </message>
    <message>
      <source>会商议题</source>
      <translation>Topic</translation>
    </message>
    <message>
      <source>涉及问题编号</source>
      <translation>Problem numbers involved</translation>
    </message>
    <message>
      <source>多个编号用空格或顿号分隔</source>
      <translation>Separate multiple numbers with spaces or 、</translation>
    </message>
    <message>
      <source>参加单位（每行一个）</source>
      <translation>Participating units (one per line)</translation>
    </message>
    <message>
      <source>召集单位</source>
      <translation>Convening unit</translation>
    </message>
    <message>
      <source>如：巴州区委组织部</source>
      <translation>e.g. Organisation Department of the Bazhou District Party Committee</translation>
    </message>
    <message>
      <source>会商地点</source>
      <translation>Venue</translation>
    </message>
    <message>
      <source>会商结果</source>
      <translation>Outcome</translation>
    </message>
  </context>
  <context>
    <name>CourseDialog</name>
    <message>
      <source>选举进程：{0}</source>
      <translation>Election course: {0}</translation>
    </message>
    <message>
      <source>会议地点</source>
      <translation>Meeting place</translation>
    </message>
    <message>
      <source>会议形式</source>
      <translation>Meeting form</translation>
    </message>
    <message>
      <source>备案材料</source>
      <translation>Filing documents</translation>
    </message>
    <message>
      <source>期限</source>
      <translation>Deadlines</translation>
    </message>
    <message>
      <source>填写会议日期或公示日期后，这里列出由此产生的期限。</source>
      <translation>Once the meeting or announcement date is entered, the deadlines that follow are listed here.</translation>
    </message>
    <message>
      <source>已按期完成</source>
      <translation>done on time</translation>
    </message>
    <message>
      <source>已完成，但超过期限</source>
      <translation>done, but late</translation>
    </message>
    <message>
      <source>未到期</source>
      <translation>not yet due</translation>
    </message>
    <message>
      <source>已超期</source>
      <translation>overdue</translation>
    </message>
  </context>
  <context>
    <name>DateEdit</name>
    <message>
      <source>请按 2010-07-01、2010.7.1、2010/7/1 或 20100701 填写日期</source>
      <translation>Enter the date as 2010-07-01, 2010.7.1, 2010/7/1 or 20100701</translation>
    </message>
    <message>
      <source>{0} 年 {1} 月没有 {2} 日</source>
      <translation>{1}/{0} has no day {2}</translation>
    </message>
    <message>
      <source>没有 {0} 月</source>
      <translation>There is no month {0}</translation>
    </message>
    <message>
      <source>日期须在 1900 年至 2100 年之间</source>
      <translation>The date must lie between 1900 and 2100</translation>
    </message>
    <message>
      <source>可不填</source>
      <translation>optional</translation>
    </message>
    <message>
      <source>如 2010-07-01</source>
      <translation>e.g. 2010-07-01</translation>
    </message>
    <message>
      <source>从日历中选择</source>
      <translation>Pick from the calendar</translation>
    </message>
    <message>
      <source>请填写日期</source>
      <translation>Enter a date</translation>
    </message>
  </context>
  <context>
    <name>DeliveryForm</name>
    <message>
      <source>记录服务</source>
      <translation>Record service</translation>
    </message>
    <message>
      <source>服务日期</source>
      <translation>Service date</translation>
    </message>
    <message>
      <source>服务地点</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>参与人员及时间</source>
      <translation>Participants and times</translation>
    </message>
    <message>
      <source>受益人数</source>
      <translation>Beneficiaries</translation>
    </message>
    <message>
      <source>备注</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>参与人员</source>
      <translation>Participant</translation>
    </message>
  </context>
  <context>
    <name>DetailTexts</name>
    <message>
      <source>序次</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>响应层级</source>
      <translation>Response level</translation>
    </message>
    <message>
      <source>责任单位</source>
      <translation>Responsible unit</translation>
    </message>
    <message>
      <source>交办日期</source>
      <translation>Assignment date</translation>
    </message>
    <message>
      <source>办理时限</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <source>报到日期</source>
      <translation>Report-in date</translation>
    </message>
    <message>
      <source>结果</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>结束日期</source>
      <translation>End date</translation>
    </message>
    <message>
      <source>交办意见 / 结果说明</source>
      <translation>Instructions / result notes</translation>
    </message>
    <message>
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>记录人</source>
      <translation>Recorded by</translation>
    </message>
    <message>
      <source>办理进展</source>
      <translation>Progress</translation>
    </message>
    <message>
      <source>纳入吹哨范围</source>
      <translation>In whistle scope</translation>
    </message>
    <message>
      <source>不纳入</source>
      <translation>Not in scope</translation>
    </message>
    <message>
      <source>会议日期</source>
      <translation>Meeting date</translation>
    </message>
    <message>
      <source>决定</source>
      <translation>Decision</translation>
    </message>
    <message>
      <source>理由</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>文件名</source>
      <translation>File name</translation>
    </message>
    <message>
      <source>大小</source>
      <translation>Size</translation>
    </message>
    <message>
      <source>说明</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>添加人</source>
      <translation>Added by</translation>
    </message>
    <message>
      <source>添加时间</source>
      <translation>Added on</translation>
    </message>
    <message>
      <source>文号</source>
      <translation>Document number</translation>
    </message>
    <message>
      <source>类型</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>发文日期</source>
      <translation>Issue date</translation>
    </message>
    <message>
      <source>主送单位</source>
      <translation>Addressee</translation>
    </message>
    <message>
      <source>回复期限</source>
      <translation>Reply deadline</translation>
    </message>
    <message>
      <source>标题</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>会商日期</source>
      <translation>Meeting date</translation>
    </message>
    <message>
      <source>议题</source>
      <translation>Topic</translation>
    </message>
    <message>
      <source>召集单位</source>
      <translation>Convening unit</translation>
    </message>
    <message>
      <source>参加单位</source>
      <translation>Participating units</translation>
    </message>
    <message>
      <source>会商结果</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <source>决定日期</source>
      <translation>Decision date</translation>
    </message>
    <message>
      <source>措施</source>
      <translation>Measures</translation>
    </message>
    <message>
      <source>责任人</source>
      <translation>Person responsible</translation>
    </message>
    <message>
      <source>事实与依据</source>
      <translation>Facts and grounds</translation>
    </message>
    <message>
      <source>时间</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>操作人</source>
      <translation>Operator</translation>
    </message>
    <message>
      <source>操作</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>（交办单位：{0}）</source>
      <translation>(Assigned by: {0})</translation>
    </message>
    <message>
      <source>（收集单位：{0}）</source>
      <translation>(Collected by: {0})</translation>
    </message>
    <message>
      <source>已纳入吹哨范围</source>
      <translation>In whistle scope</translation>
    </message>
    <message>
      <source>不纳入：{0}</source>
      <translation>Not in scope: {0}</translation>
    </message>
    <message>
      <source>{0} 次</source>
      <translation>{0} times</translation>
    </message>
    <message>
      <source>编号</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>问题标题</source>
      <translation>Problem title</translation>
    </message>
    <message>
      <source>问题来源</source>
      <translation>Problem source</translation>
    </message>
    <message>
      <source>问题类别</source>
      <translation>Problem category</translation>
    </message>
    <message>
      <source>小区/楼栋</source>
      <translation>Compound/Building</translation>
    </message>
    <message>
      <source>反映人</source>
      <translation>Reported by</translation>
    </message>
    <message>
      <source>发现日期</source>
      <translation>Date found</translation>
    </message>
    <message>
      <source>紧急程度</source>
      <translation>Urgency</translation>
    </message>
    <message>
      <source>研判结果</source>
      <translation>Review result</translation>
    </message>
    <message>
      <source>办结日期</source>
      <translation>Resolved date</translation>
    </message>
    <message>
      <source>销号日期</source>
      <translation>Closing date</translation>
    </message>
    <message>
      <source>重新办理</source>
      <translation>Reopen</translation>
    </message>
    <message>
      <source>问题描述</source>
      <translation>Problem description</translation>
    </message>
    <message>
      <source>最后修改人</source>
      <translation>Last modified by</translation>
    </message>
  </context>
  <context>
    <name>DoneForm</name>
    <message>
      <source>决定事项办结</source>
      <translation>Follow-up done</translation>
    </message>
    <message>
      <source>办结日期</source>
      <translation>Done on</translation>
    </message>
    <message>
      <source>办理结果</source>
      <translation>Result</translation>
    </message>
  </context>
  <context>
    <name>DuesDialog</name>
    <message>
      <source>党费计算器</source>
      <translation>Party dues calculator</translation>
    </message>
    <message>
      <source>如 8,500.00</source>
      <translation>e.g. 8,500.00</translation>
    </message>
    <message>
      <source>党员类别</source>
      <translation>Member category</translation>
    </message>
    <message>
      <source>税后月工资或离退休费（元）</source>
      <translation>Monthly after-tax salary or pension (yuan)</translation>
    </message>
    <message>
      <source>每月应交党费</source>
      <translation>Monthly dues payable</translation>
    </message>
    <message>
      <source>在职：3000 元及以下 0.5%，3000–5000 元 1%，5000–10000 元 1.5%，10000 元以上 2%；离退休：5000 元及以下 0.5%，以上 1%；学生、失业、领取生活补助的党员每月 0.20 元。</source>
      <translation>Employed: up to 3,000 yuan 0.5%, 3,000–5,000 yuan 1%, 5,000–10,000 yuan 1.5%, over 10,000 yuan 2%; retired: up to 5,000 yuan 0.5%, above that 1%; students, unemployed members and members receiving living allowances: 0.20 yuan per month.</translation>
    </message>
    <message>
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>请输入金额。</source>
      <translation>Please enter an amount.</translation>
    </message>
  </context>
  <context>
    <name>ElectionSettingsDialog</name>
    <message>
      <source>选举规则设置</source>
      <translation>Election rules</translation>
    </message>
    <message>
      <source>默认值为全国性规定；本省（市）条例另有规定的，按条例修改。</source>
      <translation>The defaults are the national rules; change them where your province's (city's) regulations differ.</translation>
    </message>
    <message>
      <source>车位作为专有部分参加表决（计入人数和面积）</source>
      <translation>Parking spaces vote as exclusive units (counted in heads and area)</translation>
    </message>
  </context>
  <context>
    <name>EntryForm</name>
    <message>
      <source>收入凭证</source>
      <translation>Receipt voucher</translation>
    </message>
    <message>
      <source>拨付凭证</source>
      <translation>Allocation voucher</translation>
    </message>
    <message>
      <source>支出凭证</source>
      <translation>Expense voucher</translation>
    </message>
    <message>
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>收入来源</source>
      <translation>Income source</translation>
    </message>
    <message>
      <source>经费来源</source>
      <translation>Fund source</translation>
    </message>
    <message>
      <source>拨付对象</source>
      <translation>Allocated to</translation>
    </message>
    <message>
      <source>（请选择小区党支部）</source>
      <translation>(Select a compound Party branch)</translation>
    </message>
    <message>
      <source>收款账户</source>
      <translation>Receiving account</translation>
    </message>
    <message>
      <source>支出单位</source>
      <translation>Spending unit</translation>
    </message>
    <message>
      <source>支出类别</source>
      <translation>Expense category</translation>
    </message>
    <message>
      <source>（请选择）</source>
      <translation>(Select)</translation>
    </message>
    <message>
      <source>金额（元）</source>
      <translation>Amount (yuan)</translation>
    </message>
    <message>
      <source>如 1,234.50</source>
      <translation>e.g. 1,234.50</translation>
    </message>
    <message>
      <source>收款人</source>
      <translation>Payee</translation>
    </message>
    <message>
      <source>付款单位/捐赠人</source>
      <translation>Payer/Donor</translation>
    </message>
    <message>
      <source>摘要</source>
      <translation>Summary</translation>
    </message>
    <message>
      <source>审批人</source>
      <translation>Approved by</translation>
    </message>
    <message>
      <source>决策会议</source>
      <translation>Decision meeting</translation>
    </message>
    <message>
      <source>会议名称或纪要编号，如：支委会（2026年第3次）</source>
      <translation>Meeting name or minutes number, e.g. Branch committee meeting (No. 3, 2026)</translation>
    </message>
    <message>
      <source>会议日期</source>
      <translation>Meeting date</translation>
    </message>
    <message>
      <source>备注</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>添加附件…</source>
      <translation>Add attachment…</translation>
    </message>
    <message>
      <source>移除</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>打开</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>附件（发票等）</source>
      <translation>Attachments (invoices, etc.)</translation>
    </message>
    <message>
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>{0}（保存时添加）</source>
      <translation>{0} (added on save)</translation>
    </message>
    <message>
      <source>添加附件</source>
      <translation>Add attachment</translation>
    </message>
    <message>
      <source>发票、收据等 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.ofd);;所有文件 (*)</source>
      <translation>Invoices, receipts, etc. (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.ofd);;All files (*)</translation>
    </message>
  </context>
  <context>
    <name>FindingsField</name>
    <message>
      <source>添加一条发现</source>
      <translation>Add a finding</translation>
    </message>
    <message>
      <source>巡查发现的情况</source>
      <translation>What was seen</translation>
    </message>
    <message>
      <source>待处理</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>就地解决</source>
      <translation>Settled on the spot</translation>
    </message>
    <message>
      <source>转入问题台账</source>
      <translation>Send to the issue ledger</translation>
    </message>
    <message>
      <source>（问题类别）</source>
      <translation>(problem category)</translation>
    </message>
  </context>
  <context>
    <name>FindingsTab</name>
    <message>
      <source>巡查发现</source>
      <translation>Findings</translation>
    </message>
    <message>
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>网格 / 路线</source>
      <translation>Grid / route</translation>
    </message>
    <message>
      <source>发现情况</source>
      <translation>Finding</translation>
    </message>
    <message>
      <source>地点</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>处置</source>
      <translation>Handling</translation>
    </message>
    <message>
      <source>解决层级</source>
      <translation>Settled at</translation>
    </message>
    <message>
      <source>就地解决</source>
      <translation>Settled on the spot</translation>
    </message>
    <message>
      <source>转入问题台账</source>
      <translation>Send to the issue ledger</translation>
    </message>
    <message>
      <source>请先在列表中选择一条巡查发现。</source>
      <translation>Select a finding in the list first.</translation>
    </message>
    <message>
      <source>记为今天已在网格内解决吗？</source>
      <translation>Record it as settled in the grid today?</translation>
    </message>
  </context>
  <context>
    <name>FundSettingsDialog</name>
    <message>
      <source>经费设置</source>
      <translation>Fund settings</translation>
    </message>
    <message>
      <source>党费留存补助的每一笔支出都须集体研究决定</source>
      <translation>Every expense from retained Party dues must be decided collectively</translation>
    </message>
    <message>
      <source>支出类别（每行一项）</source>
      <translation>Expense categories (one per line)</translation>
    </message>
    <message>
      <source>党费允许用途（每行一项）</source>
      <translation>Permitted uses of Party dues (one per line)</translation>
    </message>
    <message>
      <source>超过此金额须集体决策（元）</source>
      <translation>Collective decision required above (yuan)</translation>
    </message>
  </context>
  <context>
    <name>FundingForm</name>
    <message>
      <source>{0} 计入经费</source>
      <translation>Count spending for {0}</translation>
    </message>
    <message>
      <source>支出凭证号</source>
      <translation>Spending voucher no.</translation>
    </message>
    <message>
      <source>如：2026-0012</source>
      <translation>e.g. 2026-0012</translation>
    </message>
  </context>
  <context>
    <name>FundsPage</name>
    <message>
      <source>搜索：摘要、收付款人、凭证号</source>
      <translation>Search: summary, payer/payee, voucher no.</translation>
    </message>
    <message>
      <source>党建经费</source>
      <translation>Party-building funds</translation>
    </message>
    <message>
      <source>党建经费凭证清单</source>
      <translation>Party-building funds voucher list</translation>
    </message>
    <message>
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>凭证号</source>
      <translation>Voucher no.</translation>
    </message>
    <message>
      <source>（草稿）</source>
      <translation>(Draft)</translation>
    </message>
    <message>
      <source>类型</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>经费来源</source>
      <translation>Fund source</translation>
    </message>
    <message>
      <source>单位</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>摘要</source>
      <translation>Summary</translation>
    </message>
    <message>
      <source>金额</source>
      <translation>Amount</translation>
    </message>
    <message>
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>（已被 {0} 冲销）</source>
      <translation>(Reversed by {0})</translation>
    </message>
    <message>
      <source>（冲销 {0}）</source>
      <translation>(Reverses {0})</translation>
    </message>
    <message>
      <source>新增收入</source>
      <translation>Add receipt</translation>
    </message>
    <message>
      <source>新增拨付</source>
      <translation>Add allocation</translation>
    </message>
    <message>
      <source>新增支出</source>
      <translation>Add expense</translation>
    </message>
    <message>
      <source>编辑</source>
      <translation>Edit</translation>
    </message>
    <message>
      <source>删除草稿</source>
      <translation>Delete draft</translation>
    </message>
    <message>
      <source>记账</source>
      <translation>Post</translation>
    </message>
    <message>
      <source>冲销</source>
      <translation>Reverse</translation>
    </message>
    <message>
      <source>打印凭单</source>
      <translation>Print voucher</translation>
    </message>
    <message>
      <source>日记账</source>
      <translation>Journal</translation>
    </message>
    <message>
      <source>预算</source>
      <translation>Budget</translation>
    </message>
    <message>
      <source>统计/汇总</source>
      <translation>Statistics/Summary</translation>
    </message>
    <message>
      <source>党费计算器</source>
      <translation>Party dues calculator</translation>
    </message>
    <message>
      <source>经费设置</source>
      <translation>Fund settings</translation>
    </message>
    <message>
      <source>年度：</source>
      <translation>Year:</translation>
    </message>
    <message>
      <source>全部年度</source>
      <translation>All years</translation>
    </message>
    <message>
      <source>经费来源：</source>
      <translation>Fund source:</translation>
    </message>
    <message>
      <source>账户：</source>
      <translation>Account:</translation>
    </message>
    <message>
      <source>全部账户</source>
      <translation>All accounts</translation>
    </message>
    <message>
      <source>状态：</source>
      <translation>Status:</translation>
    </message>
    <message>
      <source>类型：</source>
      <translation>Type:</translation>
    </message>
    <message>
      <source>全部账户合计</source>
      <translation>All accounts total</translation>
    </message>
    <message>
      <source>{0} 余额：</source>
      <translation>{0} balance:</translation>
    </message>
    <message>
      <source>已保存草稿。</source>
      <translation>Draft saved.</translation>
    </message>
    <message>
      <source>确定删除草稿“{0}”（{1} 元）吗？草稿没有凭证号，删除后不留空号。</source>
      <translation>Delete draft “{0}” ({1} yuan)? Drafts have no voucher number, so deleting leaves no gap in numbering.</translation>
    </message>
    <message>
      <source>已删除草稿。</source>
      <translation>Draft deleted.</translation>
    </message>
    <message>
      <source>{0} 收入 {1} 元</source>
      <translation>{0} receipt of {1} yuan</translation>
    </message>
    <message>
      <source>从 {0} 支出 {1} 元</source>
      <translation>Spend {1} yuan from {0}</translation>
    </message>
    <message>
      <source>从 社区·{0} 拨付 {1} 元到 {2}</source>
      <translation>Allocate {1} yuan from Community · {0} to {2}</translation>
    </message>
    <message>
      <source>记账：{0}。
摘要：{1}
记账后取得 {2} 年的下一个凭证号，不能再修改或删除；如有错误，只能做红字冲销。确定记账吗？</source>
      <translation>Post: {0}.
Summary: {1}
Posting assigns the next voucher number for {2}; the entry can then no longer be edited or deleted, and errors can only be corrected by a red-ink reversal. Post?</translation>
    </message>
    <message>
      <source>已记账，凭证号 {0}。</source>
      <translation>Posted, voucher no. {0}.</translation>
    </message>
    <message>
      <source>记账 {0} 张草稿（{1} 至 {2}），各取得下一个凭证号，记账后不能再修改或删除。确定记账吗？</source>
      <translation>Post {0} drafts ({1} to {2})? Each takes the next voucher number and can no longer be edited or deleted.</translation>
    </message>
    <message>
      <source>已记账 {0} 张：{1}</source>
      <translation>Posted {0}: {1}</translation>
    </message>
    <message>
      <source>已记账 {0} 张；{1} 未记账。</source>
      <translation>Posted {0}; {1} was not posted.</translation>
    </message>
    <message>
      <source>已起草冲销凭证，请由另一位审核人记账。</source>
      <translation>Reversal drafted; another reviewer must post it.</translation>
    </message>
    <message>
      <source>草稿</source>
      <translation>Draft</translation>
    </message>
    <message>
      <source>凭单 {0}</source>
      <translation>Voucher {0}</translation>
    </message>
  </context>
  <context>
    <name>GovernancePage</name>
    <message>
      <source>小区治理</source>
      <translation>Compound governance</translation>
    </message>
  </context>
  <context>
    <name>GridForm</name>
    <message>
      <source>修改网格</source>
      <translation>Edit grid</translation>
    </message>
    <message>
      <source>新建网格</source>
      <translation>New grid</translation>
    </message>
    <message>
      <source>网格名称</source>
      <translation>Grid name</translation>
    </message>
    <message>
      <source>如：兴文社区第一网格</source>
      <translation>e.g. Xingwen Community Grid 1</translation>
    </message>
    <message>
      <source>网格员</source>
      <translation>Grid worker</translation>
    </message>
    <message>
      <source>（暂未指定）</source>
      <translation>(not yet assigned)</translation>
    </message>
    <message>
      <source>楼栋</source>
      <translation>Buildings</translation>
    </message>
    <message>
      <source>（无楼栋）</source>
      <translation>(no buildings)</translation>
    </message>
    <message>
      <source>街巷</source>
      <translation>Lanes</translation>
    </message>
    <message>
      <source>（无街巷）</source>
      <translation>(no lanes)</translation>
    </message>
    <message>
      <source>备注</source>
      <translation>Note</translation>
    </message>
  </context>
  <context>
    <name>GridsTab</name>
    <message>
      <source>网格</source>
      <translation>Grids</translation>
    </message>
    <message>
      <source>网格员</source>
      <translation>Grid worker</translation>
    </message>
    <message>
      <source>楼栋与街巷</source>
      <translation>Buildings and lanes</translation>
    </message>
    <message>
      <source>街巷长、楼栋长、楼口长</source>
      <translation>Lane, building and entrance chiefs</translation>
    </message>
    <message>
      <source>新建网格</source>
      <translation>New grid</translation>
    </message>
    <message>
      <source>修改网格</source>
      <translation>Edit grid</translation>
    </message>
    <message>
      <source>请先在列表中选择一个网格。</source>
      <translation>Please select a grid in the list first.</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <source>修改记录：{0}</source>
      <translation>History: {0}</translation>
    </message>
    <message>
      <source>时间</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>操作人</source>
      <translation>User</translation>
    </message>
    <message>
      <source>操作</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>内容</source>
      <translation>Details</translation>
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <source>概况</source>
      <translation>Overview</translation>
    </message>
    <message>
      <source>共建台账</source>
      <translation>Gongjian</translation>
    </message>
    <message>
      <source>小区</source>
      <translation>Compounds</translation>
    </message>
    <message>
      <source>楼栋</source>
      <translation>Buildings</translation>
    </message>
    <message>
      <source>登记人员</source>
      <translation>Registered people</translation>
    </message>
    <message>
      <source>党员</source>
      <translation>Party members</translation>
    </message>
    <message>
      <source>小区干部</source>
      <translation>Compound cadres</translation>
    </message>
    <message>
      <source>驻区单位</source>
      <translation>Resident units</translation>
    </message>
    <message>
      <source>党组织</source>
      <translation>Party organisations</translation>
    </message>
    <message>
      <source>今日待办</source>
      <translation>To do today</translation>
    </message>
    <message>
      <source>今天没有待办事项。</source>
      <translation>Nothing to do today.</translation>
    </message>
    <message>
      <source>{0} · 共建台账</source>
      <translation>{0} · Gongjian</translation>
    </message>
    <message>
      <source>单击打开“{0}”</source>
      <translation>Click to open “{0}”</translation>
    </message>
    <message>
      <source>（最早 {0}）</source>
      <translation> (earliest {0})</translation>
    </message>
    <message>
      <source>（{0}）</source>
      <translation> ({0})</translation>
    </message>
  </context>
  <context>
    <name>HomesTab</name>
    <message>
      <source>党群之家</source>
      <translation>Party-member homes</translation>
    </message>
    <message>
      <source>名称</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>小区</source>
      <translation>Compound</translation>
    </message>
    <message>
      <source>地址</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>活动室</source>
      <translation>Room</translation>
    </message>
    <message>
      <source>开放时间</source>
      <translation>Opening hours</translation>
    </message>
    <message>
      <source>设施</source>
      <translation>Facilities</translation>
    </message>
    <message>
      <source>预约次数</source>
      <translation>Bookings</translation>
    </message>
    <message>
      <source>经费支出（元）</source>
      <translation>Funds spent (yuan)</translation>
    </message>
    <message>
      <source>预约活动室</source>
      <translation>Book a room</translation>
    </message>
    <message>
      <source>计入经费</source>
      <translation>Count spending</translation>
    </message>
    <message>
      <source>请先在列表中选择一个党群之家。</source>
      <translation>Select a Party-member home in the list first.</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>人员</source>
      <translation>People</translation>
    </message>
    <message>
      <source>驻区单位</source>
      <translation>Resident units</translation>
    </message>
    <message>
      <source>业主</source>
      <translation>Owners</translation>
    </message>
    <message>
      <source>导入{0}</source>
      <translation>Import {0}</translation>
    </message>
    <message>
      <source>请选择 Excel 工作簿（.xlsx）。</source>
      <translation>Select an Excel workbook (.xlsx).</translation>
    </message>
    <message>
      <source>选择文件…</source>
      <translation>Select file…</translation>
    </message>
    <message>
      <source>保存空白模板…</source>
      <translation>Save blank template…</translation>
    </message>
    <message>
      <source>行号</source>
      <translation>Row</translation>
    </message>
    <message>
      <source>列</source>
      <translation>Column</translation>
    </message>
    <message>
      <source>内容</source>
      <translation>Value</translation>
    </message>
    <message>
      <source>问题</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>停止</source>
      <translation>Stop</translation>
    </message>
    <message>
      <source>导入</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>选择工作簿</source>
      <translation>Select workbook</translation>
    </message>
    <message>
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <source>{0}导入模板.xlsx</source>
      <translation>{0} import template.xlsx</translation>
    </message>
    <message>
      <source>保存模板</source>
      <translation>Save template</translation>
    </message>
    <message>
      <source>模板已保存：{0}</source>
      <translation>Template saved: {0}</translation>
    </message>
    <message>
      <source>工作表“{0}”：共 {1} 行，可导入 {2} 行，有问题 {3} 行。</source>
      <translation>Worksheet “{0}”: {1} rows in total, {2} can be imported, {3} have problems.</translation>
    </message>
    <message>
      <source>读取已停止，未读完的文件不能导入。</source>
      <translation> Reading was stopped; a file that was not read completely cannot be imported.</translation>
    </message>
    <message>
      <source>请在 Excel 中改正下列问题后重新选择文件；改正前不会导入任何一行。</source>
      <translation> Please correct the problems below in Excel, then select the file again. No rows will be imported until they are corrected.</translation>
    </message>
    <message>
      <source>检查通过，点“导入”写入全部 {0} 行。</source>
      <translation> Check passed. Click “Import” to write all {0} rows.</translation>
    </message>
    <message>
      <source>已导入 {0} 条。</source>
      <translation>Imported {0} records.</translation>
    </message>
    <message>
      <source>导入上报数据包</source>
      <translation>Import a report package</translation>
    </message>
    <message>
      <source>意见（退回时必填）</source>
      <translation>Comment (required when returning)</translation>
    </message>
    <message>
      <source>接收</source>
      <translation>Accept</translation>
    </message>
    <message>
      <source>退回</source>
      <translation>Return</translation>
    </message>
    <message>
      <source>核验通过：{0}（{1}）{2}，第 {3} 次报送；签名密钥指纹 {4}。</source>
      <translation>Verified: {0} ({1}) {2}, submission {3}; signing key fingerprint {4}. </translation>
    </message>
    <message>
      <source>该数据包已导入过，没有任何改动。</source>
      <translation>This package was imported before; nothing changes.</translation>
    </message>
    <message>
      <source>这是更正后的重报，与已接收的版本相比有 {0} 处变化，见下表。</source>
      <translation>This is a corrected re-submission with {0} changes against the accepted version, listed below.</translation>
    </message>
    <message>
      <source>首次报送该期间。</source>
      <translation>First submission for this period.</translation>
    </message>
    <message>
      <source>模块</source>
      <translation>Module</translation>
    </message>
    <message>
      <source>记录</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>项目</source>
      <translation>Field</translation>
    </message>
    <message>
      <source>原值</source>
      <translation>Old value</translation>
    </message>
    <message>
      <source>新值</source>
      <translation>New value</translation>
    </message>
  </context>
  <context>
    <name>ImportQueue</name>
    <message>
      <source>正在核验 {0}（其后还有 {1} 个）…</source>
      <translation>Verifying {0} ({1} more after it)…</translation>
    </message>
    <message>
      <source>已接收</source>
      <translation>Accepted</translation>
    </message>
    <message>
      <source>已退回</source>
      <translation>Returned</translation>
    </message>
    <message>
      <source>已导入过、无改动</source>
      <translation>Imported before, unchanged</translation>
    </message>
    <message>
      <source>未处理（预览已关闭）</source>
      <translation>Not decided (preview closed)</translation>
    </message>
    <message>
      <source>{0} {1} 个：{2}</source>
      <translation>{0}: {1}: {2}</translation>
    </message>
    <message>
      <source>拒收 {0} 个：</source>
      <translation>Refused: {0}:</translation>
    </message>
    <message>
      <source>签名回执 {0} 份已保存在：{1}（请交回各社区）</source>
      <translation>{0} signed receipt(s) saved in: {1} (hand them back to the communities)</translation>
    </message>
    <message>
      <source>没有处理任何数据包。</source>
      <translation>No package was processed.</translation>
    </message>
  </context>
  <context>
    <name>InstructorForm</name>
    <message>
      <source>选派党建指导员</source>
      <translation>Send instructor</translation>
    </message>
    <message>
      <source>小区</source>
      <translation>Compound</translation>
    </message>
    <message>
      <source>（请选择）</source>
      <translation>(please choose)</translation>
    </message>
    <message>
      <source>党建指导员</source>
      <translation>Party-building instructor</translation>
    </message>
    <message>
      <source>选派日期</source>
      <translation>Date sent</translation>
    </message>
  </context>
  <context>
    <name>InstructorsTab</name>
    <message>
      <source>党建指导员</source>
      <translation>Party-building instructor</translation>
    </message>
    <message>
      <source>小区</source>
      <translation>Compound</translation>
    </message>
    <message>
      <source>选派日期</source>
      <translation>Date sent</translation>
    </message>
    <message>
      <source>离任日期</source>
      <translation>To</translation>
    </message>
    <message>
      <source>选派党建指导员</source>
      <translation>Send instructor</translation>
    </message>
  </context>
  <context>
    <name>IssueFilterBar</name>
    <message>
      <source>发现日期</source>
      <translation>Date found</translation>
    </message>
    <message>
      <source>未办结（全部）</source>
      <translation>Unresolved (all)</translation>
    </message>
    <message>
      <source>只看逾期</source>
      <translation>Overdue only</translation>
    </message>
    <message>
      <source>编号、标题或描述中的字词，多个词用空格分隔</source>
      <translation>Words in number, title or description; separate multiple words with spaces</translation>
    </message>
    <message>
      <source>全部</source>
      <translation>All</translation>
    </message>
    <message>
      <source>至</source>
      <translation>to</translation>
    </message>
    <message>
      <source>来源：</source>
      <translation>Source:</translation>
    </message>
    <message>
      <source>类别：</source>
      <translation>Category:</translation>
    </message>
    <message>
      <source>响应层级：</source>
      <translation>Response level:</translation>
    </message>
    <message>
      <source>状态：</source>
      <translation>Status:</translation>
    </message>
    <message>
      <source>责任单位：</source>
      <translation>Responsible unit:</translation>
    </message>
    <message>
      <source>查找：</source>
      <translation>Find:</translation>
    </message>
    <message>
      <source>含“{0}”</source>
      <translation>containing “{0}”</translation>
    </message>
    <message>
      <source>，</source>
      <translation>, </translation>
    </message>
  </context>
  <context>
    <name>IssueSettingsDialog</name>
    <message>
      <source>考核分值与发文设置</source>
      <translation>Scoring and document settings</translation>
    </message>
    <message>
      <source>量化考核的分值（负数为扣分）和督办函的文号、发文机关。修改只影响以后的计算和发文，已签发的函件不变。</source>
      <translation>Scores for scoring (negative values are deductions) and the document number and issuing authority of supervision letters. Changes affect only future calculations and letters; letters already issued are unchanged.</translation>
    </message>
    <message>
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>按期办结</source>
      <translation>Resolved on time</translation>
    </message>
    <message>
      <source>逾期</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>每逾期一天</source>
      <translation>Per day overdue</translation>
    </message>
    <message>
      <source>逐日扣分上限天数</source>
      <translation>Daily deduction cap (days)</translation>
    </message>
    <message>
      <source>每次重新办理</source>
      <translation>Per reopening</translation>
    </message>
    <message>
      <source>报到期限天数</source>
      <translation>Report-in deadline (days)</translation>
    </message>
    <message>
      <source>逾期报到</source>
      <translation>Late report-in</translation>
    </message>
    <message>
      <source>每份督办函</source>
      <translation>Per supervision letter</translation>
    </message>
    <message>
      <source>升级</source>
      <translation>Escalate</translation>
    </message>
    <message>
      <source>机关代字</source>
      <translation>Office code</translation>
    </message>
    <message>
      <source>如：兴文社区</source>
      <translation>e.g. Xingwen Community</translation>
    </message>
    <message>
      <source>发文机关标志</source>
      <translation>Issuing authority letterhead</translation>
    </message>
    <message>
      <source>发文机关署名</source>
      <translation>Issuing authority signature</translation>
    </message>
  </context>
  <context>
    <name>IssuesPage</name>
    <message>
      <source>问题台账</source>
      <translation>Problem ledger</translation>
    </message>
    <message>
      <source>新增问题</source>
      <translation>Add problem</translation>
    </message>
    <message>
      <source>查看/办理</source>
      <translation>View/Handle</translation>
    </message>
    <message>
      <source>联席会议</source>
      <translation>Joint meeting</translation>
    </message>
    <message>
      <source>交办</source>
      <translation>Assign</translation>
    </message>
    <message>
      <source>升级</source>
      <translation>Escalate</translation>
    </message>
    <message>
      <source>报到</source>
      <translation>Report in</translation>
    </message>
    <message>
      <source>进展</source>
      <translation>Progress</translation>
    </message>
    <message>
      <source>办结</source>
      <translation>Resolve</translation>
    </message>
    <message>
      <source>销号</source>
      <translation>Sign off</translation>
    </message>
    <message>
      <source>重新办理</source>
      <translation>Reopen</translation>
    </message>
    <message>
      <source>发督办函</source>
      <translation>Send supervision letter</translation>
    </message>
    <message>
      <source>协调会商</source>
      <translation>Coordination meeting</translation>
    </message>
    <message>
      <source>责任追究</source>
      <translation>Accountability</translation>
    </message>
    <message>
      <source>打印台账</source>
      <translation>Print ledger</translation>
    </message>
    <message>
      <source>导出</source>
      <translation>Export</translation>
    </message>
    <message>
      <source>统计</source>
      <translation>Statistics</translation>
    </message>
    <message>
      <source>设置</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>问题类别…</source>
      <translation>Problem categories…</translation>
    </message>
    <message>
      <source>考核分值与发文设置…</source>
      <translation>Scoring and letter settings…</translation>
    </message>
    <message>
      <source>共 {0:,} 条</source>
      <translation>{0:,} records</translation>
    </message>
    <message>
      <source>统计分析</source>
      <translation>Statistics &amp; analysis</translation>
    </message>
    <message>
      <source>导出 Excel</source>
      <translation>Export to Excel</translation>
    </message>
    <message>
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <source>翰林苑3栋电梯频繁故障</source>
      <translation>Hanlinyuan Building 3: frequent lift breakdowns</translation>
    </message>
  </context>
  <context>
    <name>ItemForm</name>
    <message>
      <source>新增服务事项</source>
      <translation>Add service item</translation>
    </message>
    <message>
      <source>清单（驻区单位）</source>
      <translation>List (resident unit)</translation>
    </message>
    <message>
      <source>类型</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>服务方向</source>
      <translation>Direction</translation>
    </message>
    <message>
      <source>服务类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>服务内容</source>
      <translation>Service</translation>
    </message>
    <message>
      <source>计划日期</source>
      <translation>Planned date</translation>
    </message>
    <message>
      <source>预计受益人数</source>
      <translation>Expected beneficiaries</translation>
    </message>
  </context>
  <context>
    <name>JournalDialog</name>
    <message>
      <source>日记账</source>
      <translation>Journal</translation>
    </message>
    <message>
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>凭证号</source>
      <translation>Voucher no.</translation>
    </message>
    <message>
      <source>摘要</source>
      <translation>Summary</translation>
    </message>
    <message>
      <source>收入</source>
      <translation>Income</translation>
    </message>
    <message>
      <source>支出</source>
      <translation>Expense</translation>
    </message>
    <message>
      <source>借或贷</source>
      <translation>Dr/Cr</translation>
    </message>
    <message>
      <source>余额</source>
      <translation>Balance</translation>
    </message>
    <message>
      <source>经费来源：</source>
      <translation>Fund source:</translation>
    </message>
    <message>
      <source>账户：</source>
      <translation>Account:</translation>
    </message>
    <message>
      <source>期间：</source>
      <translation>Period:</translation>
    </message>
    <message>
      <source>至</source>
      <translation>to</translation>
    </message>
    <message>
      <source>打印预览…</source>
      <translation>Print preview…</translation>
    </message>
    <message>
      <source>期初余额 {0}　本期收入 {1}　本期支出 {2}　期末余额 {3}</source>
      <translation>Opening balance {0}   Income {1}   Expense {2}   Closing balance {3}</translation>
    </message>
    <message>
      <source>日记账：{0}·{1}</source>
      <translation>Journal: {0} · {1}</translation>
    </message>
  </context>
  <context>
    <name>LazyTableModel</name>
    <message>
      <source>（读取失败）</source>
      <translation>(could not be read)</translation>
    </message>
  </context>
  <context>
    <name>LectureForm</name>
    <message>
      <source>新增讲座</source>
      <translation>New lecture</translation>
    </message>
    <message>
      <source>讲座主题</source>
      <translation>Topic</translation>
    </message>
    <message>
      <source>主讲人</source>
      <translation>Lecturer</translation>
    </message>
    <message>
      <source>提供单位 / 组织</source>
      <translation>Offered by (unit / organisation)</translation>
    </message>
    <message>
      <source>时长（小时）</source>
      <translation>Hours</translation>
    </message>
    <message>
      <source>容纳人数</source>
      <translation>Capacity</translation>
    </message>
  </context>
  <context>
    <name>LecturesTab</name>
    <message>
      <source>社区微讲堂</source>
      <translation>Community lectures</translation>
    </message>
    <message>
      <source>讲座主题</source>
      <translation>Topic</translation>
    </message>
    <message>
      <source>主讲人</source>
      <translation>Lecturer</translation>
    </message>
    <message>
      <source>提供单位</source>
      <translation>Offered by</translation>
    </message>
    <message>
      <source>时长（小时）</source>
      <translation>Hours</translation>
    </message>
    <message>
      <source>容纳</source>
      <translation>Capacity</translation>
    </message>
    <message>
      <source>已预约</source>
      <translation>Booked</translation>
    </message>
    <message>
      <source>候补</source>
      <translation>Waitlist</translation>
    </message>
    <message>
      <source>签到</source>
      <translation>Attended</translation>
    </message>
    <message>
      <source>配送安排</source>
      <translation>Schedule</translation>
    </message>
    <message>
      <source>未安排</source>
      <translation>Not scheduled</translation>
    </message>
    <message>
      <source>新增讲座</source>
      <translation>New lecture</translation>
    </message>
    <message>
      <source>安排配送</source>
      <translation>Schedule</translation>
    </message>
    <message>
      <source>点单预约</source>
      <translation>Book</translation>
    </message>
    <message>
      <source>预约名单</source>
      <translation>Bookings</translation>
    </message>
    <message>
      <source>打印点单表</source>
      <translation>Print menu</translation>
    </message>
    <message>
      <source>打印签到表</source>
      <translation>Print sign-in sheet</translation>
    </message>
    <message>
      <source>请先在列表中选择一个讲座。</source>
      <translation>Please select a lecture in the list first.</translation>
    </message>
    <message>
      <source>社区微讲堂点单表</source>
      <translation>Community lecture menu</translation>
    </message>
    <message>
      <source>签到表：{0}</source>
      <translation>Sign-in sheet: {0}</translation>
    </message>
  </context>
  <context>
    <name>LedgerTexts</name>
    <message>
      <source>{0}天</source>
      <translation>{0} days</translation>
    </message>
    <message>
      <source>编号</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>发现日期</source>
      <translation>Date found</translation>
    </message>
    <message>
      <source>来源</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>小区/楼栋</source>
      <translation>Compound/Building</translation>
    </message>
    <message>
      <source>问题</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>响应层级</source>
      <translation>Response level</translation>
    </message>
    <message>
      <source>责任单位</source>
      <translation>Responsible unit</translation>
    </message>
    <message>
      <source>期限</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <source>逾期</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>办结日期</source>
      <translation>Resolved date</translation>
    </message>
  </context>
  <context>
    <name>LetterForm</name>
    <message>
      <source>发督办函</source>
      <translation>Send supervision letter</translation>
    </message>
    <message>
      <source>向问题 {0}“{1}”的责任单位“{2}”发函。正文已按台账记录起草，可以修改；签发时自动编入本年度文号。</source>
      <translation>Letter to “{2}”, the responsible unit for problem {0} “{1}”. The text has been drafted from the ledger record and can be edited; a document number for this year is assigned automatically on issue.</translation>
    </message>
    <message>
      <source>签发</source>
      <translation>Issue</translation>
    </message>
    <message>
      <source>函件类型</source>
      <translation>Letter type</translation>
    </message>
    <message>
      <source>发文日期</source>
      <translation>Issue date</translation>
    </message>
    <message>
      <source>标题</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>主送单位</source>
      <translation>Addressee</translation>
    </message>
    <message>
      <source>正文（每段一行）</source>
      <translation>Body (one paragraph per line)</translation>
    </message>
    <message>
      <source>回复期限</source>
      <translation>Reply deadline</translation>
    </message>
    <message>
      <source>签发后，这份{0}将编入 {1} 年的下一个文号，并记入问题 {2} 的办理过程和“{3}”的考核。文号连续编排，不能收回或作废。确定签发吗？</source>
      <translation>Once issued, this {0} will receive the next document number for {1} and be recorded in the handling history of problem {2} and in the scoring of “{3}”. Document numbers are sequential and cannot be withdrawn or voided. Issue it?</translation>
    </message>
  </context>
  <context>
    <name>ListForm</name>
    <message>
      <source>新建双服务清单</source>
      <translation>New two-way service list</translation>
    </message>
    <message>
      <source>驻区单位</source>
      <translation>Resident unit</translation>
    </message>
    <message>
      <source>年度</source>
      <translation>Year</translation>
    </message>
    <message>
      <source>备注</source>
      <translation>Notes</translation>
    </message>
  </context>
  <context>
    <name>ListPage</name>
    <message>
      <source>正在导出…</source>
      <translation>Exporting…</translation>
    </message>
    <message>
      <source>搜索：汉字、拼音或首字母</source>
      <translation>Search: Chinese characters, pinyin or initials</translation>
    </message>
    <message>
      <source>查找：</source>
      <translation>Find:</translation>
    </message>
    <message>
      <source>导出</source>
      <translation>Export</translation>
    </message>
    <message>
      <source>{0}及以上角色可用，当前用户是{1}</source>
      <translation>Needs the role {0} or higher; the current user is {1}</translation>
    </message>
    <message>
      <source>全部</source>
      <translation>All</translation>
    </message>
    <message>
      <source>共 {0} 条</source>
      <translation>{0} records</translation>
    </message>
    <message>
      <source>导出 Excel</source>
      <translation>Export to Excel</translation>
    </message>
    <message>
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <source>已导出 {0} 行到 {1}</source>
      <translation>Exported {0} rows to {1}</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <source>登录共建台账</source>
      <translation>Sign in to Gongjian</translation>
    </message>
    <message>
      <source>用户名：</source>
      <translation>Username:</translation>
    </message>
    <message>
      <source>密码：</source>
      <translation>Password:</translation>
    </message>
    <message>
      <source>登录</source>
      <translation>Sign in</translation>
    </message>
    <message>
      <source>退出</source>
      <translation>Exit</translation>
    </message>
    <message>
      <source>演示账号：admin（管理员）、shenhe（审核人）、jingban（经办人），密码均为 demo1234</source>
      <translation>Demo accounts: admin (Administrator), shenhe (Reviewer), jingban (Clerk); the password for all is demo1234</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>共建台账</source>
      <translation>Gongjian</translation>
    </message>
    <message>
      <source>（演示数据）</source>
      <translation>(demo data)</translation>
    </message>
    <message>
      <source>文件(&amp;F)</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>备份与恢复…</source>
      <translation>Backup and Restore…</translation>
    </message>
    <message>
      <source>切换用户…</source>
      <translation>Switch user…</translation>
    </message>
    <message>
      <source>注销</source>
      <translation>Log out</translation>
    </message>
    <message>
      <source>退出(&amp;X)</source>
      <translation>E&amp;xit</translation>
    </message>
    <message>
      <source>设置(&amp;S)</source>
      <translation>&amp;Settings</translation>
    </message>
    <message>
      <source>选项…</source>
      <translation>Options…</translation>
    </message>
    <message>
      <source>帮助(&amp;H)</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>关于共建台账</source>
      <translation>About Gongjian</translation>
    </message>
    <message>
      <source>正在打开数据库…</source>
      <translation>Opening database…</translation>
    </message>
    <message>
      <source>当前用户：{0}（{1}）</source>
      <translation>Current user: {0} ({1})</translation>
    </message>
    <message>
      <source>未登录</source>
      <translation>Not signed in</translation>
    </message>
    <message>
      <source>数据库：{0}</source>
      <translation>Database: {0}</translation>
    </message>
    <message>
      <source>数据库未能打开</source>
      <translation>Database could not be opened</translation>
    </message>
    <message>
      <source>数据库密码</source>
      <translation>Database password</translation>
    </message>
    <message>
      <source>请输入 {0} 的密码（将保存在系统密钥环中）：</source>
      <translation>Password for {0} (kept in the system keyring):</translation>
    </message>
    <message>
      <source>正在备份数据库…</source>
      <translation>Backing up the database…</translation>
    </message>
  </context>
  <context>
    <name>MediationTab</name>
    <message>
      <source>融心调解室</source>
      <translation>Mediation room</translation>
    </message>
    <message>
      <source>编号</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>受理日期</source>
      <translation>Opened on</translation>
    </message>
    <message>
      <source>纠纷类型</source>
      <translation>Dispute type</translation>
    </message>
    <message>
      <source>甲方</source>
      <translation>Party A</translation>
    </message>
    <message>
      <source>乙方</source>
      <translation>Party B</translation>
    </message>
    <message>
      <source>调解员</source>
      <translation>Mediators</translation>
    </message>
    <message>
      <source>调解次数</source>
      <translation>Sittings</translation>
    </message>
    <message>
      <source>结果</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <source>问题编号</source>
      <translation>Problem number</translation>
    </message>
    <message>
      <source>受理案件</source>
      <translation>Open case</translation>
    </message>
    <message>
      <source>记录调解</source>
      <translation>Record sitting</translation>
    </message>
    <message>
      <source>结案</source>
      <translation>Close case</translation>
    </message>
    <message>
      <source>打印调解协议书</source>
      <translation>Print agreement</translation>
    </message>
    <message>
      <source>转入问题台账</source>
      <translation>Send to the issue ledger</translation>
    </message>
    <message>
      <source>请先在列表中选择一件调解案件。</source>
      <translation>Select a mediation case in the list first.</translation>
    </message>
    <message>
      <source>调解协议书 {0}</source>
      <translation>Mediation agreement {0}</translation>
    </message>
  </context>
  <context>
    <name>MeetingDialog</name>
    <message>
      <source>联席会议</source>
      <translation>Joint meeting</translation>
    </message>
    <message>
      <source>{0}年第{1}季度社区综合党委联席会议</source>
      <translation>Community Party Committee Joint Meeting, Q{1} {0}</translation>
    </message>
    <message>
      <source>（党员）</source>
      <translation>(Party member)</translation>
    </message>
    <message>
      <source>未在人员名册中的参会人员，用顿号分隔</source>
      <translation>Attendees not in the people register, separated by commas</translation>
    </message>
    <message>
      <source>会议日期</source>
      <translation>Meeting date</translation>
    </message>
    <message>
      <source>会议名称</source>
      <translation>Meeting title</translation>
    </message>
    <message>
      <source>会议地点</source>
      <translation>Venue</translation>
    </message>
    <message>
      <source>参会人员</source>
      <translation>Attendees</translation>
    </message>
    <message>
      <source>其他参会人员</source>
      <translation>Other attendees</translation>
    </message>
    <message>
      <source>会议纪要</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <source>待研究的问题（未纳入的问题可以复议）：</source>
      <translation>Problems for review (problems not in scope can be reconsidered):</translation>
    </message>
    <message>
      <source>编号</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>问题</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>发现日期</source>
      <translation>Date found</translation>
    </message>
    <message>
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>决定</source>
      <translation>Decision</translation>
    </message>
    <message>
      <source>理由（不纳入时必填）</source>
      <translation>Reason (required if not in scope)</translation>
    </message>
    <message>
      <source>暂不研究</source>
      <translation>Defer</translation>
    </message>
    <message>
      <source>纳入吹哨范围</source>
      <translation>In whistle scope</translation>
    </message>
    <message>
      <source>不纳入</source>
      <translation>Not in scope</translation>
    </message>
    <message>
      <source>将记录 {0} 的联席会议，并对 {1} 个问题作出决定：纳入吹哨范围 {2} 个，不纳入 {3} 个。决定记入各问题的办理过程，不能撤回；未纳入的问题可在以后的会议上复议。确定保存吗？</source>
      <translation>This will record the joint meeting of {0} with decisions on {1} problems: {2} in whistle scope, {3} not in scope. The decisions are recorded in each problem's handling history and cannot be withdrawn; problems not in scope can be reconsidered at later meetings. Save?</translation>
    </message>
    <message>
      <source>放弃</source>
      <translation>Discard</translation>
    </message>
    <message>
      <source>会议内容尚未保存，确定放弃吗？</source>
      <translation>The meeting has not been saved. Discard it?</translation>
    </message>
  </context>
  <context>
    <name>MeetingForm</name>
    <message>
      <source>记录小区治理联席会议</source>
      <translation>Record a compound joint meeting</translation>
    </message>
    <message>
      <source>小区</source>
      <translation>Compound</translation>
    </message>
    <message>
      <source>会议日期</source>
      <translation>Meeting date</translation>
    </message>
    <message>
      <source>会议地点</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>姓名，以顿号分隔</source>
      <translation>Names, separated by 、</translation>
    </message>
    <message>
      <source>小区党支部参会人员</source>
      <translation>Party branch attendees</translation>
    </message>
    <message>
      <source>业委会参会人员</source>
      <translation>Owners' committee attendees</translation>
    </message>
    <message>
      <source>物业服务企业参会人员</source>
      <translation>Property company attendees</translation>
    </message>
    <message>
      <source>议题</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <source>决定事项（每行：事项｜责任方｜完成时限）</source>
      <translation>Decisions (one a line: what｜who｜due by)</translation>
    </message>
  </context>
  <context>
    <name>MeetingsTab</name>
    <message>
      <source>联席会议</source>
      <translation>Joint meetings</translation>
    </message>
    <message>
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>小区</source>
      <translation>Compound</translation>
    </message>
    <message>
      <source>小区党支部</source>
      <translation>Party branch</translation>
    </message>
    <message>
      <source>业委会</source>
      <translation>Owners' committee</translation>
    </message>
    <message>
      <source>物业服务企业</source>
      <translation>Property company</translation>
    </message>
    <message>
      <source>议题</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <source>决定事项</source>
      <translation>Decisions</translation>
    </message>
    <message>
      <source>未办结</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>记录会议</source>
      <translation>Record meeting</translation>
    </message>
  </context>
  <context>
    <name>MemberChangeDialog</name>
    <message>
      <source>成员变更：{0}</source>
      <translation>Change of member: {0}</translation>
    </message>
    <message>
      <source>如：辞职、搬离小区、罢免</source>
      <translation>e.g. resigned, moved away, recalled</translation>
    </message>
    <message>
      <source>无人接任时留空</source>
      <translation>Leave empty when nobody succeeds</translation>
    </message>
    <message>
      <source>否</source>
      <translation>No</translation>
    </message>
    <message>
      <source>是</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>离任成员 *</source>
      <translation>Leaving member *</translation>
    </message>
    <message>
      <source>变更日期 *</source>
      <translation>Date of change *</translation>
    </message>
    <message>
      <source>原因 *</source>
      <translation>Reason *</translation>
    </message>
    <message>
      <source>接任人</source>
      <translation>Successor</translation>
    </message>
    <message>
      <source>接任职务</source>
      <translation>Successor's post</translation>
    </message>
    <message>
      <source>接任人是否党员</source>
      <translation>Successor is a Party member</translation>
    </message>
    <message>
      <source>该组织没有在任成员。</source>
      <translation>The body has no serving member.</translation>
    </message>
    <message>
      <source>请填写变更日期。</source>
      <translation>Enter the date of the change.</translation>
    </message>
    <message>
      <source>请写明变更原因。</source>
      <translation>Give the reason for the change.</translation>
    </message>
  </context>
  <context>
    <name>MemberForm</name>
    <message>
      <source>在职党员报到登记</source>
      <translation>Register an in-service Party member</translation>
    </message>
    <message>
      <source>党员（人员名册）</source>
      <translation>Party member (registry)</translation>
    </message>
    <message>
      <source>驻区单位</source>
      <translation>Resident unit</translation>
    </message>
    <message>
      <source>（非驻区单位）</source>
      <translation>(not a resident unit)</translation>
    </message>
    <message>
      <source>工作单位（非驻区单位填写）</source>
      <translation>Employer (if not a resident unit)</translation>
    </message>
    <message>
      <source>单位党组织</source>
      <translation>Employer's Party organisation</translation>
    </message>
    <message>
      <source>报到日期</source>
      <translation>Registered on</translation>
    </message>
  </context>
  <context>
    <name>MemberTable</name>
    <message>
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>职务</source>
      <translation>Post</translation>
    </message>
    <message>
      <source>党员</source>
      <translation>Party members</translation>
    </message>
    <message>
      <source>小区党支部书记</source>
      <translation>Compound branch secretary</translation>
    </message>
    <message>
      <source>社区“两委”成员</source>
      <translation>Member of the community's two committees</translation>
    </message>
  </context>
  <context>
    <name>MembersTab</name>
    <message>
      <source>在职党员双报到</source>
      <translation>In-service Party members</translation>
    </message>
    <message>
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>工作单位</source>
      <translation>Employer</translation>
    </message>
    <message>
      <source>单位党组织</source>
      <translation>Employer's Party organisation</translation>
    </message>
    <message>
      <source>居住小区</source>
      <translation>Compound</translation>
    </message>
    <message>
      <source>报到日期</source>
      <translation>Registered on</translation>
    </message>
    <message>
      <source>本期服务次数</source>
      <translation>Services this period</translation>
    </message>
    <message>
      <source>本期时长（小时）</source>
      <translation>Hours this period</translation>
    </message>
    <message>
      <source>反馈周期：</source>
      <translation>Feedback period:</translation>
    </message>
    <message>
      <source>报到登记</source>
      <translation>Register</translation>
    </message>
    <message>
      <source>登记服务</source>
      <translation>Record service</translation>
    </message>
    <message>
      <source>打印反馈表</source>
      <translation>Print feedback form</translation>
    </message>
    <message>
      <source>请先在列表中选择一名在职党员。</source>
      <translation>Please select an in-service Party member in the list first.</translation>
    </message>
    <message>
      <source>请先选择一名党员，将打印其单位党组织的反馈表。</source>
      <translation>Please select a member first; the feedback form of their employer's Party organisation is printed.</translation>
    </message>
    <message>
      <source>服务登记反馈表：{0}</source>
      <translation>Service feedback form: {0}</translation>
    </message>
  </context>
  <context>
    <name>NewUserDialog</name>
    <message>
      <source>新增用户</source>
      <translation>Add user</translation>
    </message>
    <message>
      <source>用户名 *：</source>
      <translation>Username *:</translation>
    </message>
    <message>
      <source>姓名 *：</source>
      <translation>Name *:</translation>
    </message>
    <message>
      <source>角色 *：</source>
      <translation>Role *:</translation>
    </message>
    <message>
      <source>初始密码 *：</source>
      <translation>Initial password *:</translation>
    </message>
  </context>
  <context>
    <name>OrgDialog</name>
    <message>
      <source>新增党组织</source>
      <translation>Add Party organisation</translation>
    </message>
    <message>
      <source>（暂缺）</source>
      <translation>(vacant)</translation>
    </message>
    <message>
      <source>上级组织：</source>
      <translation>Parent organisation:</translation>
    </message>
    <message>
      <source>（无）</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>组织名称 *：</source>
      <translation>Organisation name *:</translation>
    </message>
    <message>
      <source>组织类型 *：</source>
      <translation>Organisation type *:</translation>
    </message>
    <message>
      <source>书记：</source>
      <translation>Secretary:</translation>
    </message>
    <message>
      <source>“{0}”之下不能再设下级组织。</source>
      <translation>No sub-organisations can be added under “{0}”.</translation>
    </message>
  </context>
  <context>
    <name>OrgsPage</name>
    <message>
      <source>党组织</source>
      <translation>Party organisations</translation>
    </message>
    <message>
      <source>新增下级组织</source>
      <translation>Add sub-organisation</translation>
    </message>
    <message>
      <source>新增顶级组织</source>
      <translation>Add top-level organisation</translation>
    </message>
    <message>
      <source>修改记录</source>
      <translation>History</translation>
    </message>
    <message>
      <source>组织名称</source>
      <translation>Organisation name</translation>
    </message>
    <message>
      <source>类型</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>书记</source>
      <translation>Secretary</translation>
    </message>
    <message>
      <source>共 {0} 个党组织</source>
      <translation>{0} Party organisations</translation>
    </message>
  </context>
  <context>
    <name>ParticipantsField</name>
    <message>
      <source>时长（小时）</source>
      <translation>Hours</translation>
    </message>
    <message>
      <source>添加</source>
      <translation>Add</translation>
    </message>
    <message>
      <source>移除</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>{0}　{1} 小时</source>
      <translation>{0}　{1} h</translation>
    </message>
    <message>
      <source>人员</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>开始</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>结束</source>
      <translation>End</translation>
    </message>
    <message>
      <source>添加人员</source>
      <translation>Add person</translation>
    </message>
    <message>
      <source>删除人员</source>
      <translation>Remove person</translation>
    </message>
    <message>
      <source>（请选择）</source>
      <translation>(Select)</translation>
    </message>
  </context>
  <context>
    <name>PatrolForm</name>
    <message>
      <source>记录巡查</source>
      <translation>Record patrol</translation>
    </message>
    <message>
      <source>巡查日期</source>
      <translation>Patrol date</translation>
    </message>
    <message>
      <source>网格</source>
      <translation>Grids</translation>
    </message>
    <message>
      <source>（不按网格，填写路线）</source>
      <translation>(no grid: give the route)</translation>
    </message>
    <message>
      <source>巡查路线</source>
      <translation>Route</translation>
    </message>
    <message>
      <source>如：兴文路—文化路</source>
      <translation>e.g. 兴文路—文化路</translation>
    </message>
    <message>
      <source>巡查人员</source>
      <translation>Patrol members</translation>
    </message>
    <message>
      <source>巡查发现</source>
      <translation>Findings</translation>
    </message>
  </context>
  <context>
    <name>PatrolsTab</name>
    <message>
      <source>巡查</source>
      <translation>Patrols</translation>
    </message>
    <message>
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>网格 / 路线</source>
      <translation>Grid / route</translation>
    </message>
    <message>
      <source>巡查人员</source>
      <translation>Patrol members</translation>
    </message>
    <message>
      <source>发现</source>
      <translation>Findings</translation>
    </message>
    <message>
      <source>就地解决</source>
      <translation>Settled on the spot</translation>
    </message>
    <message>
      <source>转问题台账</source>
      <translation>Sent to ledger</translation>
    </message>
    <message>
      <source>记录巡查</source>
      <translation>Record patrol</translation>
    </message>
    <message>
      <source>打印巡查登记簿</source>
      <translation>Print patrol register</translation>
    </message>
    <message>
      <source>巡查登记簿 {0}年{1}月</source>
      <translation>Patrol register {0}-{1}</translation>
    </message>
  </context>
  <context>
    <name>PdfPreview</name>
    <message>
      <source>预览：{0}</source>
      <translation>Preview: {0}</translation>
    </message>
    <message>
      <source>打印</source>
      <translation>Print</translation>
    </message>
    <message>
      <source>另存为</source>
      <translation>Save as</translation>
    </message>
    <message>
      <source>适合宽度</source>
      <translation>Fit width</translation>
    </message>
    <message>
      <source>整页</source>
      <translation>Whole page</translation>
    </message>
    <message>
      <source>共 {0} 页</source>
      <translation>{0} pages</translation>
    </message>
    <message>
      <source>PDF 文件 (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <source>正在生成：{0}</source>
      <translation>Generating: {0}</translation>
    </message>
  </context>
  <context>
    <name>PeoplePage</name>
    <message>
      <source>人员</source>
      <translation>People</translation>
    </message>
    <message>
      <source>人员名册</source>
      <translation>People register</translation>
    </message>
    <message>
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>性别</source>
      <translation>Gender</translation>
    </message>
    <message>
      <source>公民身份号码</source>
      <translation>ID card number</translation>
    </message>
    <message>
      <source>联系电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>所在小区</source>
      <translation>Compound</translation>
    </message>
    <message>
      <source>党员</source>
      <translation>Party member</translation>
    </message>
    <message>
      <source>是</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>入党时间</source>
      <translation>Date joined the Party</translation>
    </message>
    <message>
      <source>身份</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>查看完整身份证号</source>
      <translation>Show full ID card number</translation>
    </message>
    <message>
      <source>导入人员</source>
      <translation>Import people</translation>
    </message>
    <message>
      <source>导入业主</source>
      <translation>Import owners</translation>
    </message>
    <message>
      <source>身份：</source>
      <translation>Role:</translation>
    </message>
    <message>
      <source>只看党员</source>
      <translation>Party members only</translation>
    </message>
    <message>
      <source>{0} 的公民身份号码：{1}
（本次查看已记入操作日志）</source>
      <translation>ID card number of {0}: {1}
(This viewing has been recorded in the audit log.)</translation>
    </message>
  </context>
  <context>
    <name>PersonForm</name>
    <message>
      <source>人员</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>性别</source>
      <translation>Gender</translation>
    </message>
    <message>
      <source>（按身份证号）</source>
      <translation>(from ID card number)</translation>
    </message>
    <message>
      <source>公民身份号码</source>
      <translation>ID card number</translation>
    </message>
    <message>
      <source>18 位，末位可为 X</source>
      <translation>18 characters; the last may be X</translation>
    </message>
    <message>
      <source>联系电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>住址</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>所在小区</source>
      <translation>Compound</translation>
    </message>
    <message>
      <source>（未填）</source>
      <translation>(not specified)</translation>
    </message>
    <message>
      <source>楼栋</source>
      <translation>Building</translation>
    </message>
    <message>
      <source>党员</source>
      <translation>Party member</translation>
    </message>
    <message>
      <source>中共党员</source>
      <translation>CPC member</translation>
    </message>
    <message>
      <source>入党时间</source>
      <translation>Date joined the Party</translation>
    </message>
    <message>
      <source>身份</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>备注</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>已登记 {0}（留空则不变）</source>
      <translation>Registered: {0} (leave blank to keep it)</translation>
    </message>
  </context>
  <context>
    <name>PostForm</name>
    <message>
      <source>{0} 担任岗位</source>
      <translation>Post taken by {0}</translation>
    </message>
    <message>
      <source>岗位</source>
      <translation>Post</translation>
    </message>
    <message>
      <source>任职日期</source>
      <translation>From</translation>
    </message>
    <message>
      <source>离任日期</source>
      <translation>To</translation>
    </message>
  </context>
  <context>
    <name>PrepGroupDialog</name>
    <message>
      <source>筹备组：{0}</source>
      <translation>Preparatory group: {0}</translation>
    </message>
    <message>
      <source>姓名（单位）</source>
      <translation>Name (organisation)</translation>
    </message>
    <message>
      <source>来源</source>
      <translation>From</translation>
    </message>
    <message>
      <source>组长</source>
      <translation>Leader</translation>
    </message>
    <message>
      <source>添加成员</source>
      <translation>Add member</translation>
    </message>
    <message>
      <source>删除所选成员</source>
      <translation>Remove selected member</translation>
    </message>
    <message>
      <source>成员</source>
      <translation>Members</translation>
    </message>
    <message>
      <source>尚不符合规定：{0}</source>
      <translation>Not yet lawful: {0}</translation>
    </message>
  </context>
  <context>
    <name>ProblemActions</name>
    <message>
      <source>修改问题 {0}</source>
      <translation>Edit problem {0}</translation>
    </message>
  </context>
  <context>
    <name>ProblemDetailDialog</name>
    <message>
      <source>问题详情</source>
      <translation>Problem details</translation>
    </message>
    <message>
      <source>正在载入…</source>
      <translation>Loading…</translation>
    </message>
    <message>
      <source>基本情况</source>
      <translation>General</translation>
    </message>
    <message>
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>交办与升级</source>
      <translation>Assignment &amp; escalation</translation>
    </message>
    <message>
      <source>办理进展</source>
      <translation>Progress</translation>
    </message>
    <message>
      <source>会议研判</source>
      <translation>Meeting review</translation>
    </message>
    <message>
      <source>添加附件…</source>
      <translation>Add attachment…</translation>
    </message>
    <message>
      <source>打开附件</source>
      <translation>Open attachment</translation>
    </message>
    <message>
      <source>附件</source>
      <translation>Attachments</translation>
    </message>
    <message>
      <source>打印函件</source>
      <translation>Print letter</translation>
    </message>
    <message>
      <source>督办函</source>
      <translation>Supervision letter</translation>
    </message>
    <message>
      <source>协调会商</source>
      <translation>Coordination meeting</translation>
    </message>
    <message>
      <source>责任追究</source>
      <translation>Accountability</translation>
    </message>
    <message>
      <source>办理过程</source>
      <translation>Handling history</translation>
    </message>
    <message>
      <source>修改</source>
      <translation>Edit</translation>
    </message>
    <message>
      <source>联席会议研判</source>
      <translation>Joint meeting review</translation>
    </message>
    <message>
      <source>交办</source>
      <translation>Assign</translation>
    </message>
    <message>
      <source>升级</source>
      <translation>Escalate</translation>
    </message>
    <message>
      <source>报到</source>
      <translation>Report in</translation>
    </message>
    <message>
      <source>进展</source>
      <translation>Progress</translation>
    </message>
    <message>
      <source>办结</source>
      <translation>Resolve</translation>
    </message>
    <message>
      <source>销号</source>
      <translation>Sign off</translation>
    </message>
    <message>
      <source>重新办理</source>
      <translation>Reopen</translation>
    </message>
    <message>
      <source>发督办函</source>
      <translation>Send supervision letter</translation>
    </message>
    <message>
      <source>修改记录</source>
      <translation>Edit history</translation>
    </message>
    <message>
      <source>问题 {0}</source>
      <translation>Problem {0}</translation>
    </message>
    <message>
      <source>&lt;b&gt;{0}&lt;/b&gt;　{1}　&lt;span style='color:#3a6ea5'&gt;【{2}】&lt;/span&gt;</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt;  {1}  &lt;span style='color:#3a6ea5'&gt;[{2}]&lt;/span&gt;</translation>
    </message>
    <message>
      <source>选择附件</source>
      <translation>Select attachment</translation>
    </message>
  </context>
  <context>
    <name>ProblemForm</name>
    <message>
      <source>登记问题</source>
      <translation>Register problem</translation>
    </message>
    <message>
      <source>（请选择）</source>
      <translation>(Select)</translation>
    </message>
    <message>
      <source>问题来源</source>
      <translation>Problem source</translation>
    </message>
    <message>
      <source>交办单位</source>
      <translation>Assigning authority</translation>
    </message>
    <message>
      <source>来源为“上级交办”时填写</source>
      <translation>Fill in when the source is “Assigned by higher level”</translation>
    </message>
    <message>
      <source>收集单位</source>
      <translation>Collecting unit</translation>
    </message>
    <message>
      <source>（来源为“驻区单位收集”时选择）</source>
      <translation>(Select when the source is “Collected by resident unit”)</translation>
    </message>
    <message>
      <source>问题类别</source>
      <translation>Problem category</translation>
    </message>
    <message>
      <source>问题标题</source>
      <translation>Problem title</translation>
    </message>
    <message>
      <source>如：翰林苑3栋电梯频繁故障</source>
      <translation>e.g. Hanlinyuan Building 3: frequent lift breakdowns</translation>
    </message>
    <message>
      <source>问题描述</source>
      <translation>Problem description</translation>
    </message>
    <message>
      <source>小区</source>
      <translation>Compound</translation>
    </message>
    <message>
      <source>（不涉及具体小区）</source>
      <translation>(No specific compound)</translation>
    </message>
    <message>
      <source>楼栋</source>
      <translation>Building</translation>
    </message>
    <message>
      <source>（未填）</source>
      <translation>(Blank)</translation>
    </message>
    <message>
      <source>反映人</source>
      <translation>Reported by</translation>
    </message>
    <message>
      <source>发现日期</source>
      <translation>Date found</translation>
    </message>
    <message>
      <source>紧急程度</source>
      <translation>Urgency</translation>
    </message>
    <message>
      <source>办理时限</source>
      <translation>Deadline</translation>
    </message>
  </context>
  <context>
    <name>PropertyTab</name>
    <message>
      <source>物业服务</source>
      <translation>Property services</translation>
    </message>
    <message>
      <source>小区</source>
      <translation>Compound</translation>
    </message>
    <message>
      <source>物业服务企业</source>
      <translation>Property company</translation>
    </message>
    <message>
      <source>企业来源</source>
      <translation>Origin</translation>
    </message>
    <message>
      <source>合同期限</source>
      <translation>Contract period</translation>
    </message>
    <message>
      <source>联系人</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>联系电话</source>
      <translation>Contact phone</translation>
    </message>
    <message>
      <source>登记物业合同</source>
      <translation>Register property contract</translation>
    </message>
  </context>
  <context>
    <name>RateForm</name>
    <message>
      <source>服务评价</source>
      <translation>Rate service</translation>
    </message>
    <message>
      <source>评价</source>
      <translation>Rating</translation>
    </message>
    <message>
      <source>评价意见</source>
      <translation>Comment</translation>
    </message>
    <message>
      <source>评价日期</source>
      <translation>Rating date</translation>
    </message>
  </context>
  <context>
    <name>RecordForm</name>
    <message>
      <source>载入最新内容</source>
      <translation>Load latest version</translation>
    </message>
    <message>
      <source>重新应用我的修改</source>
      <translation>Reapply my changes</translation>
    </message>
    <message>
      <source>保存前请填写或改正：{0}</source>
      <translation>Fill in or correct before saving: {0}</translation>
    </message>
    <message>
      <source>保存（Ctrl+S）</source>
      <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
      <source>已载入最新内容。点“重新应用我的修改”可把您刚才填写的内容放回表单。</source>
      <translation>The latest version has been loaded. Click “Reapply my changes” to put what you entered back into the form.</translation>
    </message>
  </context>
  <context>
    <name>RegistryPage</name>
    <message>
      <source>新增</source>
      <translation>Add</translation>
    </message>
    <message>
      <source>编辑</source>
      <translation>Edit</translation>
    </message>
    <message>
      <source>删除</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>修改记录</source>
      <translation>History</translation>
    </message>
    <message>
      <source>打印</source>
      <translation>Print</translation>
    </message>
    <message>
      <source>确定删除“{0}”吗？删除后可在操作日志中查到原内容。</source>
      <translation>Delete “{0}”? After deletion, its original content can still be found in the audit log.</translation>
    </message>
  </context>
  <context>
    <name>ResidentForm</name>
    <message>
      <source>登记小区能人</source>
      <translation>Register a capable resident</translation>
    </message>
    <message>
      <source>人员</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>（请选择）</source>
      <translation>(Select)</translation>
    </message>
    <message>
      <source>来源群体</source>
      <translation>Source group</translation>
    </message>
    <message>
      <source>发现方式</source>
      <translation>Found through</translation>
    </message>
    <message>
      <source>登记日期</source>
      <translation>Registered on</translation>
    </message>
    <message>
      <source>五有</source>
      <translation>Five qualities</translation>
    </message>
  </context>
  <context>
    <name>ResidentsTab</name>
    <message>
      <source>小区能人</source>
      <translation>Capable residents</translation>
    </message>
    <message>
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>小区</source>
      <translation>Compound</translation>
    </message>
    <message>
      <source>党员</source>
      <translation>Party member</translation>
    </message>
    <message>
      <source>是</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>来源群体</source>
      <translation>Source group</translation>
    </message>
    <message>
      <source>五有</source>
      <translation>Five qualities</translation>
    </message>
    <message>
      <source>参训次数</source>
      <translation>Trainings</translation>
    </message>
    <message>
      <source>担任岗位</source>
      <translation>Posts</translation>
    </message>
    <message>
      <source>登记能人</source>
      <translation>Register resident</translation>
    </message>
    <message>
      <source>记录培训</source>
      <translation>Record training</translation>
    </message>
    <message>
      <source>请先在列表中选择一位小区能人。</source>
      <translation>Please select a capable resident in the list first.</translation>
    </message>
  </context>
  <context>
    <name>ReturnDialog</name>
    <message>
      <source>退回已接收的数据包</source>
      <translation>Return an accepted package</translation>
    </message>
    <message>
      <source>退回</source>
      <translation>Return</translation>
    </message>
    <message>
      <source>退回{0}。退回后其数字不再计入街道汇总，待社区更正后重报。</source>
      <translation>Return {0}. Its figures no longer count in the street's totals until the community sends a corrected package.</translation>
    </message>
    <message>
      <source>退回意见：</source>
      <translation>Comment:</translation>
    </message>
  </context>
  <context>
    <name>ReverseDialog</name>
    <message>
      <source>冲销凭证 {0}</source>
      <translation>Reverse voucher {0}</translation>
    </message>
    <message>
      <source>如：重复录入、金额录错</source>
      <translation>e.g. duplicate entry, wrong amount</translation>
    </message>
    <message>
      <source>原凭证：{0}　{1}　{2} 元</source>
      <translation>Original voucher: {0}  {1}  {2} yuan</translation>
    </message>
    <message>
      <source>冲销日期 *</source>
      <translation>Reversal date *</translation>
    </message>
    <message>
      <source>冲销原因 *</source>
      <translation>Reversal reason *</translation>
    </message>
    <message>
      <source>冲销</source>
      <translation>Reverse</translation>
    </message>
    <message>
      <source>请填写冲销原因。</source>
      <translation>Please enter the reversal reason.</translation>
    </message>
    <message>
      <source>请填写冲销日期。</source>
      <translation>Enter the reversal date.</translation>
    </message>
    <message>
      <source>将为凭证 {0}（{1}，{2} 元）起草一张红字冲销凭证，日期 {3}，冲回原凭证的全部金额；须由另一位审核人记账后才生效并取得凭证号（不相容岗位分离）。原凭证保持不变，日记账中冲销行以红字显示。
确定起草冲销凭证吗？</source>
      <translation>A red reversing voucher will be drafted for voucher {0} ({1}, {2} yuan), dated {3}, reversing the full amount; it takes effect and gets its voucher number only when another reviewer posts it (segregation of duties). The original voucher stays unchanged; the journal shows the reversal in red.
Draft the reversal?</translation>
    </message>
  </context>
  <context>
    <name>ReviewDialog</name>
    <message>
      <source>候选人资格审查：{0}</source>
      <translation>Candidate review: {0}</translation>
    </message>
    <message>
      <source>候选人</source>
      <translation>Candidate</translation>
    </message>
    <message>
      <source>推荐方</source>
      <translation>Recommended by</translation>
    </message>
    <message>
      <source>党员</source>
      <translation>Party member</translation>
    </message>
    <message>
      <source>结论</source>
      <translation>Verdict</translation>
    </message>
    <message>
      <source>理由</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>审查人</source>
      <translation>Reviewer</translation>
    </message>
    <message>
      <source>审查日期</source>
      <translation>Reviewed on</translation>
    </message>
    <message>
      <source>“{0}”的审查日期应写作 2026-11-30，不是“{1}”。</source>
      <translation>The review date of “{0}” must be written like 2026-11-30, not “{1}”.</translation>
    </message>
  </context>
  <context>
    <name>ScheduleForm</name>
    <message>
      <source>安排配送：{0}</source>
      <translation>Schedule: {0}</translation>
    </message>
    <message>
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>开始时间</source>
      <translation>Start time</translation>
    </message>
    <message>
      <source>地点</source>
      <translation>Place</translation>
    </message>
  </context>
  <context>
    <name>ScoringView</name>
    <message>
      <source>名次</source>
      <translation>Rank</translation>
    </message>
    <message>
      <source>责任单位</source>
      <translation>Responsible unit</translation>
    </message>
    <message>
      <source>交办件数</source>
      <translation>Assigned</translation>
    </message>
    <message>
      <source>按期办结</source>
      <translation>Resolved on time</translation>
    </message>
    <message>
      <source>逾期</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>逾期天数</source>
      <translation>Days overdue</translation>
    </message>
    <message>
      <source>重新办理</source>
      <translation>Reopen</translation>
    </message>
    <message>
      <source>逾期报到</source>
      <translation>Late report-in</translation>
    </message>
    <message>
      <source>督办函</source>
      <translation>Supervision letter</translation>
    </message>
    <message>
      <source>升级</source>
      <translation>Escalate</translation>
    </message>
    <message>
      <source>得分</source>
      <translation>Score</translation>
    </message>
    <message>
      <source>计分规则（按办理时限所在期间统计）：按期办结 {0}；逾期 {1}，每逾期一天 {2}（最多计 {3} 天）；每次重新办理 {4}；交办后 {5} 天内未报到 {6}；每份督办函 {7}；升级 {8}。</source>
      <translation>Scoring rules (counted by the period of the handling deadline): resolved on time {0}; overdue {1}, plus {2} per overdue day (max. {3} days); each reopening {4}; no report-in within {5} days of assignment {6}; each supervision letter {7}; escalation {8}.</translation>
    </message>
  </context>
  <context>
    <name>SendForm</name>
    <message>
      <source>问题类别</source>
      <translation>Problem category</translation>
    </message>
    <message>
      <source>（请选择）</source>
      <translation>(Select)</translation>
    </message>
  </context>
  <context>
    <name>ServiceForm</name>
    <message>
      <source>登记服务：{0}</source>
      <translation>Record service: {0}</translation>
    </message>
    <message>
      <source>服务日期</source>
      <translation>Service date</translation>
    </message>
    <message>
      <source>开始时间</source>
      <translation>Start time</translation>
    </message>
    <message>
      <source>结束时间</source>
      <translation>End time</translation>
    </message>
    <message>
      <source>服务时长（小时）</source>
      <translation>Hours served</translation>
    </message>
    <message>
      <source>地点</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>服务内容</source>
      <translation>Service</translation>
    </message>
    <message>
      <source>登记物业合同</source>
      <translation>Register property contract</translation>
    </message>
    <message>
      <source>小区</source>
      <translation>Compound</translation>
    </message>
    <message>
      <source>（请选择）</source>
      <translation>(please choose)</translation>
    </message>
    <message>
      <source>物业服务企业</source>
      <translation>Property company</translation>
    </message>
    <message>
      <source>企业来源</source>
      <translation>Origin</translation>
    </message>
    <message>
      <source>合同起始日期</source>
      <translation>Contract start</translation>
    </message>
    <message>
      <source>合同截止日期</source>
      <translation>Contract end</translation>
    </message>
    <message>
      <source>联系人</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>联系电话</source>
      <translation>Contact phone</translation>
    </message>
  </context>
  <context>
    <name>ServicesPage</name>
    <message>
      <source>双服务清单</source>
      <translation>Two-way service lists</translation>
    </message>
    <message>
      <source>驻区单位</source>
      <translation>Resident unit</translation>
    </message>
    <message>
      <source>序号</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>类型</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>服务方向</source>
      <translation>Direction</translation>
    </message>
    <message>
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>服务内容</source>
      <translation>Service</translation>
    </message>
    <message>
      <source>计划日期</source>
      <translation>Planned date</translation>
    </message>
    <message>
      <source>认领方</source>
      <translation>Claimed by</translation>
    </message>
    <message>
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>评价</source>
      <translation>Rating</translation>
    </message>
    <message>
      <source>年度：</source>
      <translation>Year:</translation>
    </message>
    <message>
      <source>状态：</source>
      <translation>Status:</translation>
    </message>
    <message>
      <source>新建清单</source>
      <translation>New list</translation>
    </message>
    <message>
      <source>新增事项</source>
      <translation>Add item</translation>
    </message>
    <message>
      <source>认领</source>
      <translation>Claim</translation>
    </message>
    <message>
      <source>记录服务</source>
      <translation>Record service</translation>
    </message>
    <message>
      <source>服务完成</source>
      <translation>Service done</translation>
    </message>
    <message>
      <source>签字确认</source>
      <translation>Sign off</translation>
    </message>
    <message>
      <source>附证据…</source>
      <translation>Attach evidence…</translation>
    </message>
    <message>
      <source>年末结转</source>
      <translation>Year-end carry-over</translation>
    </message>
    <message>
      <source>服务类别…</source>
      <translation>Service categories…</translation>
    </message>
    <message>
      <source>打印</source>
      <translation>Print</translation>
    </message>
    <message>
      <source>请先在列表中选择一个服务事项。</source>
      <translation>Select a service item in the list first.</translation>
    </message>
    <message>
      <source>{0} 年还没有清单，请先新建清单。</source>
      <translation>There is no list for {0} yet; create a list first.</translation>
    </message>
    <message>
      <source>确定第 {0} 项“{1}”已服务完成吗？完成后不能再记录服务，等待双方签字确认。</source>
      <translation>Mark item {0} “{1}” as served? No more services can be recorded; both sides then sign off.</translation>
    </message>
    <message>
      <source>第 {0} 项还没有服务记录，请先“记录服务”，再附照片或签到表。</source>
      <translation>Item {0} has no service record yet; record the service first, then attach photos or sign-in sheets.</translation>
    </message>
    <message>
      <source>选择照片或签到表</source>
      <translation>Choose photos or sign-in sheets</translation>
    </message>
    <message>
      <source>照片和扫描件 (*.jpg *.jpeg *.png *.pdf);;所有文件 (*)</source>
      <translation>Photos and scans (*.jpg *.jpeg *.png *.pdf);;All files (*)</translation>
    </message>
    <message>
      <source>已为 {0} 的服务记录附上 {1} 个文件。</source>
      <translation>{1} files attached to the service record of {0}.</translation>
    </message>
    <message>
      <source>把 {0} 年清单中未完成的事项结转到 {1} 年清单（原事项标为已结转，历史保留）？</source>
      <translation>Carry the unfinished items of the {0} lists over to the {1} lists (the originals are marked carried over; their history is kept)?</translation>
    </message>
    <message>
      <source>已结转 {0} 项到 {1} 年清单。</source>
      <translation>{0} item(s) carried over to the {1} lists.</translation>
    </message>
    <message>
      <source>年度双服务评价表</source>
      <translation>Year-end service evaluation</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>选项</source>
      <translation>Options</translation>
    </message>
    <message>
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>界面语言</source>
      <translation>Interface language</translation>
    </message>
    <message>
      <source>语言：</source>
      <translation>Language:</translation>
    </message>
    <message>
      <source>数据库</source>
      <translation>Database</translation>
    </message>
    <message>
      <source>本机文件（单机使用）</source>
      <translation>Local file (single computer)</translation>
    </message>
    <message>
      <source>PostgreSQL 服务器（多台电脑共用）</source>
      <translation>PostgreSQL server (shared by several computers)</translation>
    </message>
    <message>
      <source>浏览…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <source>文件位置：</source>
      <translation>File location:</translation>
    </message>
    <message>
      <source>保存在系统密钥环中，不写入任何文件</source>
      <translation>Stored in the system keyring, never written to a file</translation>
    </message>
    <message>
      <source>服务器：</source>
      <translation>Server:</translation>
    </message>
    <message>
      <source>端口：</source>
      <translation>Port:</translation>
    </message>
    <message>
      <source>数据库名：</source>
      <translation>Database name:</translation>
    </message>
    <message>
      <source>用户名：</source>
      <translation>Username:</translation>
    </message>
    <message>
      <source>密码：</source>
      <translation>Password:</translation>
    </message>
    <message>
      <source>附件文件夹</source>
      <translation>Attachments folder</translation>
    </message>
    <message>
      <source>默认：数据文件夹中的 attachments</source>
      <translation>Default: attachments in the data folder</translation>
    </message>
    <message>
      <source>位置：</source>
      <translation>Location:</translation>
    </message>
    <message>
      <source>多台电脑共用 PostgreSQL 数据库时，请都设为同一个共享文件夹，以便每台电脑都能打开全部附件。</source>
      <translation>When several PCs share a PostgreSQL database, set all of them to the same shared folder so that every PC can open every attachment.</translation>
    </message>
    <message>
      <source>选择附件文件夹</source>
      <translation>Choose the attachments folder</translation>
    </message>
    <message>
      <source>选择数据库文件</source>
      <translation>Select database file</translation>
    </message>
    <message>
      <source>数据库文件 (*.db)</source>
      <translation>Database files (*.db)</translation>
    </message>
    <message>
      <source>设置已保存，重新启动共建台账后生效。</source>
      <translation>Settings saved. They will take effect after Gongjian is restarted.</translation>
    </message>
  </context>
  <context>
    <name>SetupDialog</name>
    <message>
      <source>初始设置</source>
      <translation>Initial setup</translation>
    </message>
    <message>
      <source>12 位统计用区划代码，可留空</source>
      <translation>12-digit statistical division code (optional)</translation>
    </message>
    <message>
      <source>所属街道：</source>
      <translation>Street office:</translation>
    </message>
    <message>
      <source>社区名称：</source>
      <translation>Community name:</translation>
    </message>
    <message>
      <source>街道名称：</source>
      <translation>Street name:</translation>
    </message>
    <message>
      <source>社区代码：</source>
      <translation>Community code:</translation>
    </message>
    <message>
      <source>管理员用户名：</source>
      <translation>Administrator username:</translation>
    </message>
    <message>
      <source>首次使用，请选择本单位是社区还是街道，填写单位信息并设置管理员账号。</source>
      <translation>First use: choose whether this office is a community or a street, fill in the office and set up the administrator account.</translation>
    </message>
    <message>
      <source>社区</source>
      <translation>Community</translation>
    </message>
    <message>
      <source>街道</source>
      <translation>Street office</translation>
    </message>
    <message>
      <source>每行一个：社区名称 社区代码
例如：兴文社区 511902003005</source>
      <translation>One a line: community name and code
e.g. 兴文社区 511902003005</translation>
    </message>
    <message>
      <source>本单位是：</source>
      <translation>This office is a:</translation>
    </message>
    <message>
      <source>所辖社区：</source>
      <translation>Communities:</translation>
    </message>
    <message>
      <source>管理员姓名：</source>
      <translation>Administrator name:</translation>
    </message>
    <message>
      <source>密码：</source>
      <translation>Password:</translation>
    </message>
    <message>
      <source>再次输入密码：</source>
      <translation>Confirm password:</translation>
    </message>
    <message>
      <source>完成设置</source>
      <translation>Finish setup</translation>
    </message>
    <message>
      <source>退出</source>
      <translation>Exit</translation>
    </message>
    <message>
      <source>街道代码：</source>
      <translation>Street code:</translation>
    </message>
    <message>
      <source>9 位统计用区划代码</source>
      <translation>9-digit statistical area code</translation>
    </message>
    <message>
      <source>两次输入的密码不一致。</source>
      <translation>The passwords do not match.</translation>
    </message>
  </context>
  <context>
    <name>SignForm</name>
    <message>
      <source>签字确认</source>
      <translation>Sign off</translation>
    </message>
    <message>
      <source>签字方</source>
      <translation>Signing side</translation>
    </message>
    <message>
      <source>签字人</source>
      <translation>Signed by</translation>
    </message>
    <message>
      <source>职务</source>
      <translation>Post</translation>
    </message>
    <message>
      <source>签字日期</source>
      <translation>Date signed</translation>
    </message>
  </context>
  <context>
    <name>SittingForm</name>
    <message>
      <source>记录调解 {0}</source>
      <translation>Record sitting {0}</translation>
    </message>
    <message>
      <source>调解日期</source>
      <translation>Sitting date</translation>
    </message>
    <message>
      <source>调解情况</source>
      <translation>What happened</translation>
    </message>
  </context>
  <context>
    <name>StatsDialog</name>
    <message>
      <source>经费统计</source>
      <translation>Funds statistics</translation>
    </message>
    <message>
      <source>经费来源</source>
      <translation>Fund source</translation>
    </message>
    <message>
      <source>上年结转</source>
      <translation>Brought forward</translation>
    </message>
    <message>
      <source>本年收入</source>
      <translation>Income this year</translation>
    </message>
    <message>
      <source>拨付小区党支部</source>
      <translation>Allocated to compound Party branches</translation>
    </message>
    <message>
      <source>本年支出</source>
      <translation>Expense this year</translation>
    </message>
    <message>
      <source>年末余额</source>
      <translation>Year-end balance</translation>
    </message>
    <message>
      <source>合计</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>年度：</source>
      <translation>Year:</translation>
    </message>
    <message>
      <source>打印汇总表…</source>
      <translation>Print summary…</translation>
    </message>
    <message>
      <source>{0} 年以来累计拨付小区党支部经费 {1} 元（{2} 万元）</source>
      <translation>Total allocated to compound Party branches since {0}: {1} yuan ({2} × 10,000 yuan)</translation>
    </message>
    <message>
      <source>{0} 年经费收支汇总</source>
      <translation>{0} Funds income and expense summary</translation>
    </message>
  </context>
  <context>
    <name>StatsPage</name>
    <message>
      <source>按问题来源</source>
      <translation>By source</translation>
    </message>
    <message>
      <source>按问题类别</source>
      <translation>By category</translation>
    </message>
    <message>
      <source>按响应层级</source>
      <translation>By response level</translation>
    </message>
    <message>
      <source>按责任单位</source>
      <translation>By responsible unit</translation>
    </message>
    <message>
      <source>打印统计表</source>
      <translation>Print statistics</translation>
    </message>
    <message>
      <source>统计分析</source>
      <translation>Statistics &amp; analysis</translation>
    </message>
    <message>
      <source>收集</source>
      <translation>Collected</translation>
    </message>
    <message>
      <source>纳入吹哨范围</source>
      <translation>In whistle scope</translation>
    </message>
    <message>
      <source>未纳入</source>
      <translation>Not in scope</translation>
    </message>
    <message>
      <source>待研判</source>
      <translation>Pending review</translation>
    </message>
    <message>
      <source>已办结</source>
      <translation>Resolved</translation>
    </message>
    <message>
      <source>未办结</source>
      <translation>Unresolved</translation>
    </message>
    <message>
      <source>其中逾期</source>
      <translation>Of which overdue</translation>
    </message>
    <message>
      <source>按期办结</source>
      <translation>Resolved on time</translation>
    </message>
    <message>
      <source>统计项目</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>按期办结率</source>
      <translation>On-time resolution rate</translation>
    </message>
    <message>
      <source>发现日期：</source>
      <translation>Date found:</translation>
    </message>
    <message>
      <source>至</source>
      <translation>to</translation>
    </message>
    <message>
      <source>统计图表</source>
      <translation>Charts</translation>
    </message>
    <message>
      <source>量化考核</source>
      <translation>Scoring</translation>
    </message>
    <message>
      <source>收集＝已办结＋未办结＋未纳入；待研判（尚未经联席会议研判）计入未办结；纳入吹哨范围指经联席会议纳入的问题，含其后已办结的。按期办结率＝按期办结÷（已办结＋逾期未办结）；逾期未办结计入未办结，不单列。</source>
      <translation>Collected = resolved + unresolved + not in scope; pending review (not yet reviewed by a joint meeting) counts as unresolved; in whistle scope means taken in by a joint meeting, including those resolved since. On-time rate = resolved on time ÷ (resolved + overdue unresolved); overdue counts inside unresolved, not separately.</translation>
    </message>
    <message>
      <source>收集问题 &lt;b&gt;{0}&lt;/b&gt; 件 ＝ 已办结 &lt;b&gt;{1}&lt;/b&gt; 件 ＋ 未办结 &lt;b&gt;{2}&lt;/b&gt; 件（含待研判 &lt;b&gt;{3}&lt;/b&gt; 件，其中逾期 &lt;b&gt;&lt;span style='color:#c0392b'&gt;{4}&lt;/span&gt;&lt;/b&gt; 件） ＋ 未纳入 &lt;b&gt;{5}&lt;/b&gt; 件；纳入吹哨范围 &lt;b&gt;{6}&lt;/b&gt; 件；按期办结率 &lt;b&gt;{7}&lt;/b&gt;</source>
      <translation>Collected &lt;b&gt;{0}&lt;/b&gt; = solved &lt;b&gt;{1}&lt;/b&gt; + open &lt;b&gt;{2}&lt;/b&gt; (incl. &lt;b&gt;{3}&lt;/b&gt; awaiting review; overdue &lt;b&gt;&lt;span style='color:#c0392b'&gt;{4}&lt;/span&gt;&lt;/b&gt;) + not in scope &lt;b&gt;{5}&lt;/b&gt;; in the whistle scope &lt;b&gt;{6}&lt;/b&gt;; on-time rate &lt;b&gt;{7}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>问题台账统计表</source>
      <translation>Problem ledger statistics</translation>
    </message>
  </context>
  <context>
    <name>StepForm</name>
    <message>
      <source>责任单位</source>
      <translation>Responsible unit</translation>
    </message>
    <message>
      <source>问题 {0}“{1}”</source>
      <translation>Problem {0} “{1}”</translation>
    </message>
    <message>
      <source>报到</source>
      <translation>Report in</translation>
    </message>
    <message>
      <source>报到日期</source>
      <translation>Report-in date</translation>
    </message>
    <message>
      <source>备注</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>{0}：记录{1}已报到、接手办理。报到后状态变为“已报到”，可以记录进展或办结。</source>
      <translation>{0}: record that {1} has reported in and taken on the problem. After report-in the status becomes “Reported in”, and progress or resolution can be recorded.</translation>
    </message>
    <message>
      <source>确定记录{0}已报到吗？问题 {1} 将转为“已报到”。</source>
      <translation>Record that {0} has reported in? Problem {1} will change to “Reported in”.</translation>
    </message>
    <message>
      <source>办理进展</source>
      <translation>Progress</translation>
    </message>
    <message>
      <source>记录进展</source>
      <translation>Record progress</translation>
    </message>
    <message>
      <source>进展日期</source>
      <translation>Progress date</translation>
    </message>
    <message>
      <source>{0}：记录{1}的办理进展。状态变为“办理中”，进展记录不能修改或删除。</source>
      <translation>{0}: record the handling progress of {1}. The status becomes “In progress”; progress entries cannot be edited or deleted.</translation>
    </message>
    <message>
      <source>确定记录这条进展吗？记录后不能修改或删除。</source>
      <translation>Record this progress entry? It cannot be edited or deleted afterwards.</translation>
    </message>
    <message>
      <source>办结</source>
      <translation>Resolve</translation>
    </message>
    <message>
      <source>办结日期</source>
      <translation>Resolved date</translation>
    </message>
    <message>
      <source>办理结果</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <source>{0}：{1}报告问题已解决。办结后状态变为“已办结”，由审核人员确认后销号；办结日期用于计算按期办结率。</source>
      <translation>{0}: {1} reports that the problem is solved. After resolution the status becomes “Resolved”, and the problem is closed once a reviewer confirms; the resolution date is used for the on-time resolution rate.</translation>
    </message>
    <message>
      <source>确定办结问题 {0} 吗？办结日期将计入按期办结率和责任单位考核。</source>
      <translation>Resolve problem {0}? The resolution date counts toward the on-time resolution rate and the responsible unit's scoring.</translation>
    </message>
    <message>
      <source>销号</source>
      <translation>Sign off</translation>
    </message>
    <message>
      <source>销号日期</source>
      <translation>Closing date</translation>
    </message>
    <message>
      <source>销号意见</source>
      <translation>Closing remarks</translation>
    </message>
    <message>
      <source>{0}：确认办理结果，从台账中销号。销号后问题只读，只能由审核人员“重新办理”。</source>
      <translation>{0}: confirm the outcome and close the problem in the ledger. A closed problem is read-only and can only be reopened by a reviewer (“Reopen”).</translation>
    </message>
    <message>
      <source>确定将问题 {0} 销号吗？销号后不能再修改，如问题反弹只能重新办理。</source>
      <translation>Close problem {0}? It cannot be edited after closing; if the problem recurs it can only be reopened.</translation>
    </message>
    <message>
      <source>重新办理</source>
      <translation>Reopen</translation>
    </message>
    <message>
      <source>重新办理日期</source>
      <translation>Reopen date</translation>
    </message>
    <message>
      <source>重新办理理由</source>
      <translation>Reopen reason</translation>
    </message>
    <message>
      <source>{0}：办理结果未能巩固，退回{1}继续办理。状态变为“办理中”，原办结记录保留，并计入责任单位考核（重新办理扣分）。</source>
      <translation>{0}: the outcome did not hold; return the problem to {1} for further handling. The status becomes “In progress”; the original resolution record is kept, and the reopening counts in the responsible unit's scoring (reopening deduction).</translation>
    </message>
    <message>
      <source>确定让问题 {0} 重新办理吗？这将计入{1}的考核。</source>
      <translation>Reopen problem {0}? This will count in the scoring of {1}.</translation>
    </message>
  </context>
  <context>
    <name>TallyDialog</name>
    <message>
      <source>表决统计：{0}</source>
      <translation>Tally: {0}</translation>
    </message>
    <message>
      <source>核对两遍录入</source>
      <translation>Compare the two passes</translation>
    </message>
    <message>
      <source>计入两遍一致的选票</source>
      <translation>Count the ballots both passes agree on</translation>
    </message>
    <message>
      <source>打印表决统计表</source>
      <translation>Print the tally sheet</translation>
    </message>
    <message>
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>候选人 / 事项</source>
      <translation>Candidate / proposal</translation>
    </message>
    <message>
      <source>同意人数</source>
      <translation>Yes (owners)</translation>
    </message>
    <message>
      <source>同意面积 m²</source>
      <translation>Yes area m²</translation>
    </message>
    <message>
      <source>不同意</source>
      <translation>No</translation>
    </message>
    <message>
      <source>弃权</source>
      <translation>Abstain</translation>
    </message>
    <message>
      <source>结果</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>还需同意</source>
      <translation>Yes still needed</translation>
    </message>
    <message>
      <source>票数相同</source>
      <translation>Tied</translation>
    </message>
    <message>
      <source>当选</source>
      <translation>Elected</translation>
    </message>
    <message>
      <source>通过</source>
      <translation>Passed</translation>
    </message>
    <message>
      <source>未通过</source>
      <translation>Not passed</translation>
    </message>
    <message>
      <source>已够</source>
      <translation>Enough</translation>
    </message>
    <message>
      <source>{0} 人 / {1} m²</source>
      <translation>{0} owners / {1} m²</translation>
    </message>
    <message>
      <source>两遍录入一致（或尚无双人录入的选票）。</source>
      <translation>The two passes agree (or no ballot was typed twice yet).</translation>
    </message>
    <message>
      <source>第 {0} 号（{1}）：{2}</source>
      <translation>No. {0} ({1}): {2}</translation>
    </message>
    <message>
      <source>两遍录入有 {0} 处不一致：
</source>
      <translation>The two passes differ in {0} places:
</translation>
    </message>
    <message>
      <source>已计入 {0} 张选票。</source>
      <translation>{0} ballots counted.</translation>
    </message>
    <message>
      <source>表决统计表</source>
      <translation>Tally sheet</translation>
    </message>
  </context>
  <context>
    <name>TaxonomyDialog</name>
    <message>
      <source>问题类别</source>
      <translation>Problem category</translation>
    </message>
    <message>
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>排序号</source>
      <translation>Sort order</translation>
    </message>
    <message>
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>新增大类</source>
      <translation>Add category</translation>
    </message>
    <message>
      <source>新增小类</source>
      <translation>Add subcategory</translation>
    </message>
    <message>
      <source>修改</source>
      <translation>Edit</translation>
    </message>
    <message>
      <source>删除</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>启用</source>
      <translation>Enabled</translation>
    </message>
    <message>
      <source>停用</source>
      <translation>Disable</translation>
    </message>
    <message>
      <source>请先选择要添加小类的大类。</source>
      <translation>Please select the category to add a subcategory to.</translation>
    </message>
    <message>
      <source>删除类别</source>
      <translation>Delete category</translation>
    </message>
    <message>
      <source>确定删除类别“{0}”吗？已有问题使用的类别不能删除，只能停用。</source>
      <translation>Delete category “{0}”? Categories used by existing problems cannot be deleted, only disabled.</translation>
    </message>
  </context>
  <context>
    <name>TeamForm</name>
    <message>
      <source>新建志愿服务队 / 分队</source>
      <translation>New team / sub-team</translation>
    </message>
    <message>
      <source>名称</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>如：青年号、环境治理</source>
      <translation>e.g. 青年号, 环境治理</translation>
    </message>
    <message>
      <source>所属队伍（分队填写）</source>
      <translation>Parent team (for a sub-team)</translation>
    </message>
    <message>
      <source>（独立队伍）</source>
      <translation>(a team of its own)</translation>
    </message>
    <message>
      <source>负责人</source>
      <translation>Leader</translation>
    </message>
  </context>
  <context>
    <name>TeamMemberForm</name>
    <message>
      <source>添加队员：{0}</source>
      <translation>Add member: {0}</translation>
    </message>
    <message>
      <source>人员</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>加入日期</source>
      <translation>Joined on</translation>
    </message>
  </context>
  <context>
    <name>TeamsTab</name>
    <message>
      <source>志愿服务队</source>
      <translation>Teams</translation>
    </message>
    <message>
      <source>队伍</source>
      <translation>Team</translation>
    </message>
    <message>
      <source>分队</source>
      <translation>Sub-team</translation>
    </message>
    <message>
      <source>负责人</source>
      <translation>Leader</translation>
    </message>
    <message>
      <source>队员</source>
      <translation>Members</translation>
    </message>
    <message>
      <source>新建队伍</source>
      <translation>New team</translation>
    </message>
    <message>
      <source>添加队员</source>
      <translation>Add member</translation>
    </message>
    <message>
      <source>请先在列表中选择一支队伍或分队。</source>
      <translation>Please select a team or sub-team in the list first.</translation>
    </message>
  </context>
  <context>
    <name>TrainingForm</name>
    <message>
      <source>记录培训</source>
      <translation>Record training</translation>
    </message>
    <message>
      <source>培训形式</source>
      <translation>Kind of training</translation>
    </message>
    <message>
      <source>培训日期</source>
      <translation>Training date</translation>
    </message>
    <message>
      <source>培训主题</source>
      <translation>Topic</translation>
    </message>
    <message>
      <source>培训地点</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>参训能人</source>
      <translation>Attended</translation>
    </message>
    <message>
      <source>（尚无小区能人）</source>
      <translation>(no capable residents yet)</translation>
    </message>
  </context>
  <context>
    <name>UnitForm</name>
    <message>
      <source>驻区单位</source>
      <translation>Resident unit</translation>
    </message>
    <message>
      <source>单位名称</source>
      <translation>Unit name</translation>
    </message>
    <message>
      <source>统一社会信用代码</source>
      <translation>Unified social credit code</translation>
    </message>
    <message>
      <source>18 位，如 91511902MA62A0XX1B</source>
      <translation>18 characters, e.g. 91511902MA62A0XX1B</translation>
    </message>
    <message>
      <source>单位类别</source>
      <translation>Unit category</translation>
    </message>
    <message>
      <source>地址</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>联系人</source>
      <translation>Contact person</translation>
    </message>
    <message>
      <source>联系电话</source>
      <translation>Phone</translation>
    </message>
  </context>
  <context>
    <name>UnitsPage</name>
    <message>
      <source>驻区单位</source>
      <translation>Resident units</translation>
    </message>
    <message>
      <source>驻区单位名册</source>
      <translation>Resident unit register</translation>
    </message>
    <message>
      <source>单位名称</source>
      <translation>Unit name</translation>
    </message>
    <message>
      <source>统一社会信用代码</source>
      <translation>Unified social credit code</translation>
    </message>
    <message>
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>地址</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>联系人</source>
      <translation>Contact person</translation>
    </message>
    <message>
      <source>联系电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>从 Excel 导入</source>
      <translation>Import from Excel</translation>
    </message>
    <message>
      <source>类别：</source>
      <translation>Category:</translation>
    </message>
  </context>
  <context>
    <name>UpwardPage</name>
    <message>
      <source>导入数据包…</source>
      <translation>Import package…</translation>
    </message>
    <message>
      <source>登记社区公钥…</source>
      <translation>Register a community's key…</translation>
    </message>
    <message>
      <source>打印报送情况表</source>
      <translation>Print submission status</translation>
    </message>
    <message>
      <source>导出 Excel…</source>
      <translation>Export to Excel…</translation>
    </message>
    <message>
      <source>退回所选…</source>
      <translation>Return selected…</translation>
    </message>
    <message>
      <source>退回表中所选的已接收数据包，并填写退回意见</source>
      <translation>Return the accepted package selected in the table, with a comment</translation>
    </message>
    <message>
      <source>导出回执…</source>
      <translation>Export receipt…</translation>
    </message>
    <message>
      <source>重新导出表中所选社区该期最近一次报送的签名回执</source>
      <translation>Export again the signed receipt of the selected community's latest package for that period</translation>
    </message>
    <message>
      <source>上报</source>
      <translation>Report upward</translation>
    </message>
    <message>
      <source>本单位签名密钥指纹：{0}</source>
      <translation>This office's signing key fingerprint: {0}</translation>
    </message>
    <message>
      <source>首次上报时生成签名密钥。</source>
      <translation>A signing key is made at the first report.</translation>
    </message>
    <message>
      <source>各社区报送情况（{0}年季报）。汇总后可向区（县）上报。</source>
      <translation>Packages from the communities (quarterly, {0}). Their sum can be sent on to the district. </translation>
    </message>
    <message>
      <source>各街道报送情况（{0}年季报）。</source>
      <translation>Packages from the streets (quarterly, {0}). </translation>
    </message>
    <message>
      <source>把本社区的数据签名后报送街道，并导入街道的回执。</source>
      <translation>Sign this community's data and send it to the street, and import the street's receipts. </translation>
    </message>
    <message>
      <source>社区</source>
      <translation>Community</translation>
    </message>
    <message>
      <source>街道</source>
      <translation>Street</translation>
    </message>
    <message>
      <source>{0}{1}的第 {2} 次报送</source>
      <translation>{0}'s package no. {2} for {1}</translation>
    </message>
    <message>
      <source>上报数据包 (*.zip)</source>
      <translation>Report packages (*.zip)</translation>
    </message>
    <message>
      <source>公钥文件 (*.json)</source>
      <translation>Public key files (*.json)</translation>
    </message>
    <message>
      <source>选择上报数据包（可多选）</source>
      <translation>Choose packages (several allowed)</translation>
    </message>
    <message>
      <source>保存签名回执</source>
      <translation>Save signed receipt</translation>
    </message>
    <message>
      <source>回执 (*.json)</source>
      <translation>Receipts (*.json)</translation>
    </message>
    <message>
      <source>签名回执已保存：{0}</source>
      <translation>Signed receipt saved: {0}</translation>
    </message>
    <message>
      <source>选择社区的公钥文件</source>
      <translation>Choose the community's public key file</translation>
    </message>
    <message>
      <source>已登记{0}的公钥，请与社区核对指纹：{1}</source>
      <translation>Registered the key of {0}; check the fingerprint with the community: {1}</translation>
    </message>
    <message>
      <source>报送情况表</source>
      <translation>Submission status</translation>
    </message>
    <message>
      <source>导出报送情况表</source>
      <translation>Export submission status</translation>
    </message>
    <message>
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <source>已导出：{0}</source>
      <translation>Exported: {0}</translation>
    </message>
  </context>
  <context>
    <name>UsersPage</name>
    <message>
      <source>用户</source>
      <translation>Users</translation>
    </message>
    <message>
      <source>用户名</source>
      <translation>Username</translation>
    </message>
    <message>
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>角色</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>在用</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>已停用</source>
      <translation>Deactivated</translation>
    </message>
    <message>
      <source>连续登录失败</source>
      <translation>Failed sign-ins</translation>
    </message>
    <message>
      <source>最近修改人</source>
      <translation>Last modified by</translation>
    </message>
    <message>
      <source>新增用户</source>
      <translation>Add user</translation>
    </message>
    <message>
      <source>更改角色</source>
      <translation>Change role</translation>
    </message>
    <message>
      <source>停用/启用</source>
      <translation>Deactivate/Activate</translation>
    </message>
    <message>
      <source>重设密码</source>
      <translation>Reset password</translation>
    </message>
    <message>
      <source>{0} 的角色：</source>
      <translation>Role for {0}:</translation>
    </message>
    <message>
      <source>停用</source>
      <translation>Deactivate</translation>
    </message>
    <message>
      <source>启用</source>
      <translation>Activate</translation>
    </message>
    <message>
      <source>确定{0}用户“{1}”吗？</source>
      <translation>{0} user “{1}”?</translation>
    </message>
    <message>
      <source>{0} 的新密码（至少 8 位）：</source>
      <translation>New password for {0} (at least 8 characters):</translation>
    </message>
  </context>
  <context>
    <name>VolunteersPage</name>
    <message>
      <source>志愿服务</source>
      <translation>Volunteers</translation>
    </message>
  </context>
  <context>
    <name>VoteForm</name>
    <message>
      <source>新建表决</source>
      <translation>New vote</translation>
    </message>
    <message>
      <source>小区</source>
      <translation>Compound</translation>
    </message>
    <message>
      <source>表决事项（民法典第278条）</source>
      <translation>Matter (Civil Code art. 278)</translation>
    </message>
    <message>
      <source>表决名称</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>如：第二届业主委员会选举</source>
      <translation>e.g. Election of the second owners’ committee</translation>
    </message>
    <message>
      <source>候选人 / 表决事项（每行一个）</source>
      <translation>Candidates / proposals (one per line)</translation>
    </message>
    <message>
      <source>应选名额</source>
      <translation>Seats</translation>
    </message>
    <message>
      <source>选举时填写；其他事项留空</source>
      <translation>For an election; leave empty otherwise</translation>
    </message>
  </context>
  <context>
    <name>VoteMeter</name>
    <message>
      <source>已参与 {0} 人、{1} m²</source>
      <translation>Taking part: {0} owners, {1} m²</translation>
    </message>
    <message>
      <source>；参与人数和面积均已达到三分之二。</source>
      <translation>; both owners and area have reached two thirds.</translation>
    </message>
    <message>
      <source>；参与表决还差 {0} 人 / {1} m²。</source>
      <translation>; turnout still needs {0} owners / {1} m².</translation>
    </message>
  </context>
  <context>
    <name>VotesPage</name>
    <message>
      <source>业主共同决定</source>
      <translation>Owners’ votes</translation>
    </message>
    <message>
      <source>小区</source>
      <translation>Compound</translation>
    </message>
    <message>
      <source>表决</source>
      <translation>Vote</translation>
    </message>
    <message>
      <source>事项</source>
      <translation>Matter</translation>
    </message>
    <message>
      <source>名册</source>
      <translation>Roll</translation>
    </message>
    <message>
      <source>已公告冻结</source>
      <translation>Announced, frozen</translation>
    </message>
    <message>
      <source>未冻结</source>
      <translation>Not frozen</translation>
    </message>
    <message>
      <source>选票</source>
      <translation>Ballots</translation>
    </message>
    <message>
      <source>参与人数</source>
      <translation>Owners taking part</translation>
    </message>
    <message>
      <source>参与面积 m²</source>
      <translation>Area taking part m²</translation>
    </message>
    <message>
      <source>参与情况</source>
      <translation>Turnout</translation>
    </message>
    <message>
      <source>已达三分之二</source>
      <translation>Two thirds reached</translation>
    </message>
    <message>
      <source>还差 {0} 人 / {1} m²</source>
      <translation>{0} owners / {1} m² short</translation>
    </message>
    <message>
      <source>新建表决</source>
      <translation>New vote</translation>
    </message>
    <message>
      <source>导入名册…</source>
      <translation>Import roll…</translation>
    </message>
    <message>
      <source>公告（冻结名册）</source>
      <translation>Announce (freeze roll)</translation>
    </message>
    <message>
      <source>录入选票…</source>
      <translation>Enter ballots…</translation>
    </message>
    <message>
      <source>导入选票…</source>
      <translation>Import ballots…</translation>
    </message>
    <message>
      <source>统计</source>
      <translation>Tally</translation>
    </message>
    <message>
      <source>选举进程</source>
      <translation>Election course</translation>
    </message>
    <message>
      <source>日期与期限…</source>
      <translation>Dates and deadlines…</translation>
    </message>
    <message>
      <source>筹备组…</source>
      <translation>Preparatory group…</translation>
    </message>
    <message>
      <source>候选人资格审查…</source>
      <translation>Candidate review…</translation>
    </message>
    <message>
      <source>按欠费名单审查…</source>
      <translation>Review against arrears list…</translation>
    </message>
    <message>
      <source>选举规则设置…</source>
      <translation>Election rules…</translation>
    </message>
    <message>
      <source>选择物业欠费名单（列：业主姓名、楼栋、单元、房号、欠费金额）</source>
      <translation>Choose the property company's arrears list (columns: 业主姓名, 楼栋, 单元, 房号, 欠费金额)</translation>
    </message>
    <message>
      <source>欠费名单 {0} 行；认定不具备资格的候选人：{1}</source>
      <translation>Arrears list: {0} rows; candidates found not eligible: {1}</translation>
    </message>
    <message>
      <source>无</source>
      <translation>none</translation>
    </message>
    <message>
      <source>正在读取欠费名单…</source>
      <translation>Reading the arrears list…</translation>
    </message>
    <message>
      <source>只有选举业主委员会的表决才有候选人资格审查。</source>
      <translation>Only a vote electing the owners' committee has candidates to review.</translation>
    </message>
    <message>
      <source>打印</source>
      <translation>Print</translation>
    </message>
    <message>
      <source>候选人资格审查表</source>
      <translation>Candidate review form</translation>
    </message>
    <message>
      <source>备案材料清单</source>
      <translation>Filing checklist</translation>
    </message>
    <message>
      <source>请先在列表中选择一次表决。</source>
      <translation>Select a vote in the list first.</translation>
    </message>
    <message>
      <source>选择业主名册</source>
      <translation>Choose the owners’ roll</translation>
    </message>
    <message>
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <source>已导入名册：{0} 套房屋。</source>
      <translation>Roll imported: {0} units.</translation>
    </message>
    <message>
      <source>正在读取名册…</source>
      <translation>Reading the roll…</translation>
    </message>
    <message>
      <source>名册已于公告时冻结，SHA-256：{0}</source>
      <translation>The roll was frozen at the announcement, SHA-256: {0}</translation>
    </message>
    <message>
      <source>公告后名册冻结，其 SHA-256 印在公告上；以后修改名册须写明原因，录入选票后不能再修改。确定公告吗？</source>
      <translation>After the announcement the roll is frozen and its SHA-256 printed on the notice; later changes need a reason, and none are possible once ballots are entered. Announce now?</translation>
    </message>
    <message>
      <source>名册已冻结，SHA-256：{0}</source>
      <translation>Roll frozen, SHA-256: {0}</translation>
    </message>
    <message>
      <source>选择选票表</source>
      <translation>Choose the ballot sheet</translation>
    </message>
    <message>
      <source>已录入 {0} 张选票。</source>
      <translation>{0} ballots entered.</translation>
    </message>
    <message>
      <source>正在读取选票…</source>
      <translation>Reading the ballots…</translation>
    </message>
    <message>
      <source>委托书</source>
      <translation>Proxy forms</translation>
    </message>
    <message>
      <source>会议公告</source>
      <translation>Meeting notice</translation>
    </message>
    <message>
      <source>结果公示</source>
      <translation>Result announcement</translation>
    </message>
  </context>
  <context>
    <name>WishForm</name>
    <message>
      <source>新增微心愿</source>
      <translation>New wish</translation>
    </message>
    <message>
      <source>心愿人</source>
      <translation>Wished by</translation>
    </message>
    <message>
      <source>心愿内容</source>
      <translation>Wish</translation>
    </message>
    <message>
      <source>登记日期</source>
      <translation>Recorded on</translation>
    </message>
  </context>
  <context>
    <name>WishesTab</name>
    <message>
      <source>微心愿</source>
      <translation>Wishes</translation>
    </message>
    <message>
      <source>心愿人</source>
      <translation>Wished by</translation>
    </message>
    <message>
      <source>心愿内容</source>
      <translation>Wish</translation>
    </message>
    <message>
      <source>登记日期</source>
      <translation>Recorded on</translation>
    </message>
    <message>
      <source>认领党员</source>
      <translation>Claimed by</translation>
    </message>
    <message>
      <source>认领日期</source>
      <translation>Claimed on</translation>
    </message>
    <message>
      <source>完成日期</source>
      <translation>Fulfilled on</translation>
    </message>
    <message>
      <source>状态</source>
      <translation>State</translation>
    </message>
    <message>
      <source>已完成</source>
      <translation>Fulfilled</translation>
    </message>
    <message>
      <source>已认领</source>
      <translation>Claimed</translation>
    </message>
    <message>
      <source>待认领</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>新增心愿</source>
      <translation>New wish</translation>
    </message>
    <message>
      <source>认领</source>
      <translation>Claim</translation>
    </message>
    <message>
      <source>完成</source>
      <translation>Fulfilled</translation>
    </message>
    <message>
      <source>请先在列表中选择一个微心愿。</source>
      <translation>Please select a wish in the list first.</translation>
    </message>
    <message>
      <source>完成微心愿</source>
      <translation>Wish fulfilled</translation>
    </message>
    <message>
      <source>登记“{0}”已于今天完成？</source>
      <translation>Record “{0}” as fulfilled today?</translation>
    </message>
  </context>
  <context>
    <name>dialogs</name>
    <message>
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>放弃修改</source>
      <translation>Discard changes</translation>
    </message>
    <message>
      <source>填写的内容尚未保存，确定放弃吗？</source>
      <translation>Your entries have not been saved. Discard them?</translation>
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <source>最多 {0} 个字，现有 {1} 个</source>
      <translation>At most {0} characters; this has {1}</translation>
    </message>
  </context>
  <context>
    <name>funds</name>
    <message>
      <source>社区及各小区党支部（合并）</source>
      <translation>Community and compound Party branches (combined)</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <source>程序内部出错，详细情况已记录到日志文件：
{0}
请将该文件发给技术支持。</source>
      <translation>An internal error occurred. The details were written to the log file:
{0}
Please send this file to technical support.</translation>
    </message>
    <message>
      <source>确定</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>共建台账</source>
      <translation>Gongjian</translation>
    </message>
  </context>
  <context>
    <name>operations</name>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>view_frame</name>
    <message>
      <source>关闭</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>UserError</name>
    <message>
      <source>PostgreSQL 备份失败（{detail}）。以前的备份均未受影响。</source>
      <translation>PostgreSQL backup failed ({detail}). Earlier backups are not affected.</translation>
    </message>
    <message>
      <source>PostgreSQL 数据库不能在共建台账中恢复。请由服务器管理员用 pg_restore 从备份文件“{path}”恢复。</source>
      <translation>A PostgreSQL database cannot be restored from within Gongjian. Ask the server administrator to restore it from the backup file “{path}” with pg_restore.</translation>
    </message>
    <message>
      <source>{account}余额不足：当前余额 {balance} 元，本笔{kind} {amount} 元，还差 {short} 元。经费余额不能为负数。</source>
      <translation>Insufficient {account} balance: current balance {balance} yuan, this {kind} {amount} yuan, short by {short} yuan. The funds balance cannot be negative.</translation>
    </message>
    <message>
      <source>{branch} {year} 年“{category}”已有预算，请修改原预算。</source>
      <translation>{branch} already has a {year} budget for “{category}”; please edit the existing budget.</translation>
    </message>
    <message>
      <source>{entity}“{name}”仍被其他记录引用，不能删除。</source>
      <translation>“{name}” ({entity}) is still referenced by other records and cannot be deleted.</translation>
    </message>
    <message>
      <source>{entity}（编号 {id}）不存在，可能已被删除。</source>
      <translation>Record {id} ({entity}) does not exist; it may have been deleted.</translation>
    </message>
    <message>
      <source>{label}“{text}”不是有效金额：请填写如 1,234.50 的数字。</source>
      <translation>{label} “{text}” is not a valid amount: enter a number such as 1,234.50.</translation>
    </message>
    <message>
      <source>{label}不是有效日期，请按 2026-11-25 的格式填写。</source>
      <translation>{label} is not a valid date. Please use the format 2026-11-25.</translation>
    </message>
    <message>
      <source>{label}不能为空。</source>
      <translation>{label} is required.</translation>
    </message>
    <message>
      <source>{label}不能为负数。</source>
      <translation>{label} cannot be negative.</translation>
    </message>
    <message>
      <source>{label}不能早于{other}（{date}）。</source>
      <translation>{label} cannot be earlier than {other} ({date}).</translation>
    </message>
    <message>
      <source>{label}不能早于会议日期（{day}）。</source>
      <translation>{label} cannot be before the meeting date ({day}).</translation>
    </message>
    <message>
      <source>{label}不能晚于今天。</source>
      <translation>{label} cannot be later than today.</translation>
    </message>
    <message>
      <source>{label}不能超过 {limit} 个字。</source>
      <translation>{label} cannot exceed {limit} characters.</translation>
    </message>
    <message>
      <source>{label}必须大于零。</source>
      <translation>{label} must be greater than zero.</translation>
    </message>
    <message>
      <source>{label}必须是数字，最多 {places} 位小数。</source>
      <translation>{label} must be a number with at most {places} decimal places.</translation>
    </message>
    <message>
      <source>{label}必须是整数。</source>
      <translation>{label} must be a whole number.</translation>
    </message>
    <message>
      <source>{label}最多填写两位小数（到分）。</source>
      <translation>{label} takes at most two decimals (fen).</translation>
    </message>
    <message>
      <source>{label}第 {position} 个字符（{char}）是不可见的控制字符或文字方向控制符，不能保存。请删除后重新输入（从其他文件复制的文字常带有这类字符）。</source>
      <translation>Character {position} of {label} ({char}) is an invisible control or text-direction character and cannot be saved. Please delete it and type the text again (text copied from other files often carries such characters).</translation>
    </message>
    <message>
      <source>{label}至少要有一项。</source>
      <translation>{label}: at least one item is required.</translation>
    </message>
    <message>
      <source>{label}请用半角数字 0–9 填写（不要用全角或其他文字的数字）。</source>
      <translation>Please type {label} with the digits 0–9 (not full-width or other scripts' digits).</translation>
    </message>
    <message>
      <source>{label}过大：最多 999,999,999,999.99 元。</source>
      <translation>{label} is too large: at most 999,999,999,999.99 yuan.</translation>
    </message>
    <message>
      <source>{label}须在 {first} 年至 {last} 年之间，请检查年份。</source>
      <translation>{label} must be between the years {first} and {last}; please check the year.</translation>
    </message>
    <message>
      <source>{later}（{later_day}）不能早于{earlier}（{earlier_day}）。</source>
      <translation>{later} ({later_day}) cannot come before {earlier} ({earlier_day}).</translation>
    </message>
    <message>
      <source>{name} 在 {day} 的服务时长合计将超过 24 小时。</source>
      <translation>{name}'s hours on {day} would exceed 24 in total.</translation>
    </message>
    <message>
      <source>{name} 在 {other} 已登记服务时长，时间重叠，不能重复登记。</source>
      <translation>{name} already has hours logged at {other}; the times overlap, so they cannot be logged twice.</translation>
    </message>
    <message>
      <source>{name} 在 {start}–{end} 已有服务记录：{other}，时间不能重叠。</source>
      <translation>{name} is already recorded for {start}–{end}: {other}. Times cannot overlap.</translation>
    </message>
    <message>
      <source>{name} 在人员名册中不是党员，请先在名册中登记党员信息。</source>
      <translation>{name} is not a Party member in the registry; record the membership there first.</translation>
    </message>
    <message>
      <source>{name} 在同一次服务中登记了两次。</source>
      <translation>{name} is entered twice in the same service.</translation>
    </message>
    <message>
      <source>{name} 在本次活动中登记了两次。</source>
      <translation>{name} is listed twice in this activity.</translation>
    </message>
    <message>
      <source>{name} 已于 {day} 报到（工作单位：{employer}），不能重复报到。</source>
      <translation>{name} already registered on {day} (employer: {employer}) and cannot register twice.</translation>
    </message>
    <message>
      <source>{name} 已是该队伍成员。</source>
      <translation>{name} is already a member of this team.</translation>
    </message>
    <message>
      <source>{name} 的开始时间应在服务日期 {day} 当天。</source>
      <translation>{name}'s start time must be on the service date {day}.</translation>
    </message>
    <message>
      <source>{name} 的服务时长 {hours} 小时超过一天 24 小时。</source>
      <translation>{name}'s {hours} hours exceed the 24 hours of a day.</translation>
    </message>
    <message>
      <source>{name} 的服务时长应大于 0（结束时间须晚于开始时间）。</source>
      <translation>{name}'s service time must be more than 0 (the end must be after the start).</translation>
    </message>
    <message>
      <source>{name}的这个数据包{status}，只有已接收的数据包可以退回。</source>
      <translation>This package of {name} is {status}; only an accepted package can be returned.</translation>
    </message>
    <message>
      <source>{name}（{phone}）已预约“{topic}”。</source>
      <translation>{name} ({phone}) has already booked “{topic}”.</translation>
    </message>
    <message>
      <source>{name}：{problems}。</source>
      <translation>{name}: {problems}.</translation>
    </message>
    <message>
      <source>{owner}（{units}）已登记委托给 {proxy}。</source>
      <translation>{owner} ({units}) has already authorised {proxy} as proxy.</translation>
    </message>
    <message>
      <source>{period}还没有已接收的社区数据包，街道无法汇总上报。请先导入并接收各社区本期的数据包。</source>
      <translation>No community package for {period} has been accepted yet, so the street has nothing to pass on. Import and accept the communities' packages for this period first.</translation>
    </message>
    <message>
      <source>{place}已划入网格“{grid}”，一处楼栋或街巷只能属于一个网格。</source>
      <translation>{place} is already in grid “{grid}”; a building or lane belongs to one grid only.</translation>
    </message>
    <message>
      <source>{room}在 {start}—{end} 已被“{purpose}”预约，时间不能重叠。</source>
      <translation>{room} is booked {start}–{end} for “{purpose}”; bookings cannot overlap.</translation>
    </message>
    <message>
      <source>{side}已于 {day} 签字（{name}），不能重复签字。</source>
      <translation>{side} already signed on {day} ({name}); it cannot sign twice.</translation>
    </message>
    <message>
      <source>{unit} 在名册中出现了两次（第 {first} 行和第 {row} 行）。</source>
      <translation>{unit} appears twice on the roll (rows {first} and {row}).</translation>
    </message>
    <message>
      <source>{unit} 有 {names} 位业主，却有 {numbers} 个证件号码；共有人的证件号码请按姓名顺序用“、”分隔。</source>
      <translation>{unit} has {names} owners but {numbers} ID numbers; give co-owners’ numbers in the order of their names, separated by “、”.</translation>
    </message>
    <message>
      <source>{unit} 没有业主姓名；开发商未售的房屋请在“开发商未售”列填“是”。</source>
      <translation>{unit} has no owner name; for a unit the developer has not sold, put “是” in the column “开发商未售”.</translation>
    </message>
    <message>
      <source>{unit} 的 {year} 年双服务清单已经建立，请在原清单中添加事项。</source>
      <translation>{unit} already has a {year} service list; add items to that list.</translation>
    </message>
    <message>
      <source>{user}没有权限执行此操作（需要“{role}”权限）。</source>
      <translation>{user} does not have permission for this operation (the “{role}” permission is required).</translation>
    </message>
    <message>
      <source>{year} 年清单第 {number} 项已“{state}”，只有待认领的事项可以修改内容。</source>
      <translation>Item {number} of the {year} list is “{state}”; only unclaimed items can be edited.</translation>
    </message>
    <message>
      <source>{year} 年的清单中没有需要结转的事项。</source>
      <translation>The {year} lists have no items to carry over.</translation>
    </message>
    <message>
      <source>{year} 年还没有双服务清单。</source>
      <translation>There are no service lists for {year} yet.</translation>
    </message>
    <message>
      <source>“{compound}”已有小区党组织，党建指导员只选派到尚无党组织的小区。</source>
      <translation>“{compound}” has its own Party organisation; Party-building instructors go only to compounds without one.</translation>
    </message>
    <message>
      <source>“{kind}”不能设在所选的上级组织之下。</source>
      <translation>“{kind}” cannot be placed under the selected parent organisation.</translation>
    </message>
    <message>
      <source>“{label}”应为 {low} 到 {high} 之间的整数，现为“{value}”。</source>
      <translation>“{label}” must be a whole number from {low} to {high}, not “{value}”.</translation>
    </message>
    <message>
      <source>“{member}”不是严格的 JSON：{detail}。已拒收。</source>
      <translation>“{member}” is not strict JSON: {detail}. Refused.</translation>
    </message>
    <message>
      <source>“{member}”不是有效的 JSON（{detail}）。已拒收。</source>
      <translation>“{member}” is not valid JSON ({detail}). Refused.</translation>
    </message>
    <message>
      <source>“{member}”不符合上报数据格式：{detail}。已拒收。</source>
      <translation>“{member}” does not match the report format: {detail}. Refused.</translation>
    </message>
    <message>
      <source>“{member}”的内容与清单中的校验值不符（被改动或损坏），已拒收。</source>
      <translation>The content of “{member}” does not match the checksum in the manifest (changed or damaged). Refused.</translation>
    </message>
    <message>
      <source>“{member}”的大小与清单不符，已拒收。</source>
      <translation>The size of “{member}” does not match the manifest. Refused.</translation>
    </message>
    <message>
      <source>“{name}”{period} 的第 {sequence} 次报送已接收过，但内容不同，已拒收。请社区重新导出（会生成新的序号）。</source>
      <translation>Submission {sequence} of “{name}” for {period} was received before with different content. Refused. Ask the community to export again (a new sequence number is made).</translation>
    </message>
    <message>
      <source>“{name}”下设有小类，请选择具体的小类。</source>
      <translation>“{name}” has subcategories; please select a specific subcategory.</translation>
    </message>
    <message>
      <source>“{name}”不是有效的上报数据包（不是完整的 zip 文件）。未做任何改动。</source>
      <translation>“{name}” is not a valid report package (not a complete zip file). Nothing was changed.</translation>
    </message>
    <message>
      <source>“{name}”不是本次表决的候选人。</source>
      <translation>“{name}” is not a candidate of this vote.</translation>
    </message>
    <message>
      <source>“{name}”列出了两次。</source>
      <translation>“{name}” is listed twice.</translation>
    </message>
    <message>
      <source>“{name}”已登记为小区能人。</source>
      <translation>“{name}” is already registered as a capable resident.</translation>
    </message>
    <message>
      <source>“{name}”是最后一位在用的管理员，不能停用或改为其他角色。请先指定另一位管理员。</source>
      <translation>“{name}” is the last active administrator and cannot be deactivated or given another role. Please designate another administrator first.</translation>
    </message>
    <message>
      <source>“{name}”的数据包是{sender}报送的，本单位（{receiver}）只接收{expected}报送的数据包，已拒收。</source>
      <translation>The package from "{name}" was sent by a {sender} office; this office ({receiver}) takes packages only from {expected} offices. Refused.</translation>
    </message>
    <message>
      <source>“{path}”不是共建台账的数据库（其中已有其他程序的数据表），为免破坏，未做任何改动。</source>
      <translation>“{path}” is not a Gongjian database (it already contains tables from another program). To avoid damaging it, nothing was changed.</translation>
    </message>
    <message>
      <source>“{path}”前 {scan} 行中找不到表头（需要：{columns}）。</source>
      <translation>No header found in the first {scan} rows of “{path}” (needed: {columns}).</translation>
    </message>
    <message>
      <source>“{path}”是旧版 Excel 文件（.xls）。请在 Excel 中另存为 .xlsx 格式后再导入。</source>
      <translation>“{path}” is an old Excel file (.xls). Save it as .xlsx in Excel, then import it.</translation>
    </message>
    <message>
      <source>“{path}”是空文件（0 字节），不是共建台账的数据库，未做任何改动。请检查文件位置，或从备份恢复。</source>
      <translation>“{path}” is an empty file (0 bytes), not a Gongjian database. Nothing was changed. Please check the file location, or restore from a backup.</translation>
    </message>
    <message>
      <source>“{room}”不是该党群之家的活动室（可选：{rooms}）。</source>
      <translation>“{room}” is not a room of this home (rooms: {rooms}).</translation>
    </message>
    <message>
      <source>“{source}”的收入应记入“{fund}”。</source>
      <translation>Income from “{source}” must be recorded under “{fund}”.</translation>
    </message>
    <message>
      <source>“{text}”不是凭证号，请按“2026-0012”填写。</source>
      <translation>“{text}” is not a voucher number; write it as “2026-0012”.</translation>
    </message>
    <message>
      <source>“{text}”对应多个驻区单位：{names}，请写得更完整。</source>
      <translation>“{text}” matches several resident units: {names}. Please be more specific.</translation>
    </message>
    <message>
      <source>“{topic}”已约满（{capacity} 人）。可登记为候补，有人取消时依次递补。</source>
      <translation>“{topic}” is full ({capacity} people). The resident can go on the waitlist and moves up when someone cancels.</translation>
    </message>
    <message>
      <source>“{value}”被 Excel 存成了数字，无法区分 2019.1 与 2019.10。请写成 2019-10-01，或把单元格设为文本。</source>
      <translation>Excel stored “{value}” as a number, so 2019.1 and 2019.10 cannot be told apart. Write it as 2019-10-01, or format the cell as text.</translation>
    </message>
    <message>
      <source>上报数据包（编号 {id}）不存在。</source>
      <translation>Report package {id} does not exist.</translation>
    </message>
    <message>
      <source>不纳入吹哨范围必须写明理由（问题 {number}）。</source>
      <translation>A reason is required for excluding issue {number} from the whistle scope.</translation>
    </message>
    <message>
      <source>与本表第 {row} 行的{label}重复。</source>
      <translation>Same {label} as row {row} of this sheet.</translation>
    </message>
    <message>
      <source>专有面积应为大于 0 的数字（最多两位小数），不是“{value}”。</source>
      <translation>The exclusive area must be a number above 0 with at most two decimals, not “{value}”.</translation>
    </message>
    <message>
      <source>业主名册尚未公告冻结，不能印制选票。请先公告（冻结名册）再印制。</source>
      <translation>The owners’ roll has not been announced and frozen; ballots cannot be printed yet. Announce (freeze the roll) first.</translation>
    </message>
    <message>
      <source>两遍录入还有 {count} 处不一致，请核对纸质选票后改正：{first}</source>
      <translation>The two passes still differ in {count} places; check the paper ballots and correct them: {first}</translation>
    </message>
    <message>
      <source>党费允许用途“{use}”不在支出类别中，请先加入支出类别。</source>
      <translation>Permitted Party dues use “{use}” is not an expense category; add it to the expense categories first.</translation>
    </message>
    <message>
      <source>党费留存补助只能用于：{uses}。“{category}”不在允许范围内，请改用其他经费来源或更正类别。</source>
      <translation>Retained Party dues may only be used for: {uses}. “{category}” is not permitted; use another funding source or correct the category.</translation>
    </message>
    <message>
      <source>党费留存补助的使用须经集体研究决定：请填写决策会议（名称或纪要编号）和会议日期。</source>
      <translation>Use of retained Party dues requires a collective decision: enter the decision meeting (name or minutes no.) and the meeting date.</translation>
    </message>
    <message>
      <source>冲销凭证由 {user} 起草，须由另一位审核人记账（不相容岗位分离）。</source>
      <translation>The reversal was drafted by {user}; another reviewer must post it (segregation of duties).</translation>
    </message>
    <message>
      <source>冲销后{account}余额将为负数：当前余额 {balance} 元，冲销金额 {amount} 元，还差 {short} 元。请先冲销或调整后续的支出。</source>
      <translation>After this reversal the {account} balance would be negative: current balance {balance} yuan, reversal amount {amount} yuan, short by {short} yuan. Reverse or adjust the later expenses first.</translation>
    </message>
    <message>
      <source>冲销日期 {on} 早于原凭证日期 {original}。</source>
      <translation>Reversal date {on} is earlier than the original voucher date {original}.</translation>
    </message>
    <message>
      <source>冲销草稿的内容取自原凭证，不能修改；如有错误，请删除后重新冲销。</source>
      <translation>A draft reversal copies the original voucher and cannot be edited; if it is wrong, delete it and reverse again.</translation>
    </message>
    <message>
      <source>决定事项第 {line} 行应写作“事项｜责任方｜2026-12-10”。</source>
      <translation>Decision line {line} should read “what｜who｜2026-12-10”.</translation>
    </message>
    <message>
      <source>决策会议日期 {meeting} 晚于支出日期 {entry}：应先开会决定，后支出。</source>
      <translation>Decision meeting date {meeting} is later than the expense date {entry}: the meeting must decide before the money is spent.</translation>
    </message>
    <message>
      <source>凭证 {voucher} 不是已记账的支出，不能计入党群之家经费。</source>
      <translation>Voucher {voucher} is not a posted spending and cannot count as money spent on the home.</translation>
    </message>
    <message>
      <source>凭证 {voucher} 已有一张待记账的冲销草稿，请先记账或删除它。</source>
      <translation>Voucher {voucher} already has a draft reversal waiting to be posted; post or delete it first.</translation>
    </message>
    <message>
      <source>凭证 {voucher} 已被凭证 {by} 冲销，不能重复冲销。</source>
      <translation>Voucher {voucher} has already been reversed by voucher {by} and cannot be reversed again.</translation>
    </message>
    <message>
      <source>凭证 {voucher} 已计入党群之家经费，不能重复计入。</source>
      <translation>Voucher {voucher} already counts for a home; it cannot count twice.</translation>
    </message>
    <message>
      <source>凭证 {voucher} 已记账，不能修改或删除。如有错误，请由审核人做冲销凭证，再重新录入正确的凭证。</source>
      <translation>Voucher {voucher} is posted and cannot be changed or deleted. To correct it, a reviewer records a reversing voucher; then enter the correct one.</translation>
    </message>
    <message>
      <source>凭证 {voucher} 本身是冲销凭证，不能再冲销；请重新录入正确的凭证。</source>
      <translation>Voucher {voucher} is itself a reversing voucher and cannot be reversed; please re-enter the correct voucher.</translation>
    </message>
    <message>
      <source>凭证已由 {user} 记账（凭证号 {voucher}），不能重复记账。</source>
      <translation>{user} already posted this entry (voucher {voucher}); it cannot be posted twice.</translation>
    </message>
    <message>
      <source>分队下不能再设分队。</source>
      <translation>A sub-team cannot have sub-teams.</translation>
    </message>
    <message>
      <source>升级后的响应层级必须高于当前层级“{current}”。</source>
      <translation>The escalated response level must be higher than the current level “{current}”.</translation>
    </message>
    <message>
      <source>原密码不正确。</source>
      <translation>The old password is incorrect.</translation>
    </message>
    <message>
      <source>参训人员须是已登记的小区能人。</source>
      <translation>Attendees must be registered capable residents.</translation>
    </message>
    <message>
      <source>反馈周期应为 每季度 或 每半年。</source>
      <translation>The feedback period must be quarterly or half-yearly.</translation>
    </message>
    <message>
      <source>只有已预约（非候补）的居民可以登记签到。</source>
      <translation>Only booked residents (not the waitlist) can be marked as attended.</translation>
    </message>
    <message>
      <source>只有街道（导入社区的数据包）或区（导入街道的数据包）可以导入上报数据包（本单位为{level}）。</source>
      <translation>Only a street (importing its communities' packages) or a district (importing its streets') can import packages (this office is: {level}).</translation>
    </message>
    <message>
      <source>只有调解不成的案件才能转入问题台账（案件 {number} 为“{outcome}”）。</source>
      <translation>Only a failed mediation can be sent to the issue ledger (case {number} is “{outcome}”).</translation>
    </message>
    <message>
      <source>只有选举业主委员会的表决才有候选人资格审查。</source>
      <translation>Only a vote electing the owners' committee has candidates to review.</translation>
    </message>
    <message>
      <source>号码被 Excel 存成了数字（{shown}），末尾几位或 X 可能已丢失，无法确定原号码。请把该列设为“文本”格式后重新输入。</source>
      <translation>Excel stored the number as a numeric value ({shown}); the last digits or the X may be lost, so the original cannot be known. Format the column as Text and enter the numbers again.</translation>
    </message>
    <message>
      <source>合同截止日期不能早于起始日期。</source>
      <translation>The contract cannot end before it starts.</translation>
    </message>
    <message>
      <source>同一次会议对问题 {number} 只能作出一项决定。</source>
      <translation>A meeting can make only one decision on issue {number}.</translation>
    </message>
    <message>
      <source>名册中没有任何房屋。</source>
      <translation>The roll lists no units.</translation>
    </message>
    <message>
      <source>名册有 {count} 处错误，未写入任何数据：{first}</source>
      <translation>The roll has {count} errors; nothing was written: {first}</translation>
    </message>
    <message>
      <source>回执无法保存：数据包所在的文件夹和“{folder}”都不能写入。请检查磁盘空间和权限后，在报送情况表中选中该社区重新导出回执。</source>
      <translation>The receipt could not be saved: neither the package's folder nor "{folder}" can be written. Check disk space and permissions, then select the community in the completeness grid and export the receipt again.</translation>
    </message>
    <message>
      <source>回执由“{name}”的密钥（指纹 {fingerprint}）签名，本单位尚未登记该密钥，无法核验，未做任何改动。请先登记街道的公钥文件并核对指纹。</source>
      <translation>The receipt is signed with a key of “{name}” (fingerprint {fingerprint}) that this office has not registered, so it cannot be verified. Nothing was changed. Register the street's public key file first and check its fingerprint.</translation>
    </message>
    <message>
      <source>回执的签名与登记的“{name}”公钥（指纹 {fingerprint}）不符：回执被改动过，或不是该街道签发的。未做任何改动。</source>
      <translation>The receipt's signature does not match the registered key of “{name}” (fingerprint {fingerprint}): the receipt was altered or not issued by that street. Nothing was changed.</translation>
    </message>
    <message>
      <source>在工作簿各工作表的前 {scan} 行中没有找到表头。表头至少须包含这些列：{columns}。</source>
      <translation>No header row was found in the first {scan} rows of any sheet. The header must include at least these columns: {columns}.</translation>
    </message>
    <message>
      <source>填写了入党时间，但“是否党员”为“否”。</source>
      <translation>A date of joining the Party is given, but “Party member” says no.</translation>
    </message>
    <message>
      <source>填写了楼栋，但没有填写小区。</source>
      <translation>A building is given but no compound.</translation>
    </message>
    <message>
      <source>备份副本未通过完整性校验（{detail}），已丢弃这份副本，以前的备份均未受影响。请检查磁盘空间和磁盘状态后重试。</source>
      <translation>The backup copy failed the integrity check ({detail}) and was discarded; earlier backups are not affected. Please check the free disk space and the condition of the disk, then try again.</translation>
    </message>
    <message>
      <source>存放数据库的磁盘已满（{detail}）。本次保存未完成，数据没有改动。请清理磁盘空间后再保存。</source>
      <translation>The disk holding the database is full ({detail}). Nothing was saved and the data is unchanged. Please free some disk space and save again.</translation>
    </message>
    <message>
      <source>容纳人数应为 1 至 10000 人。</source>
      <translation>The capacity must be between 1 and 10,000 people.</translation>
    </message>
    <message>
      <source>密码不能超过 {limit} 个字符。</source>
      <translation>The password cannot exceed {limit} characters.</translation>
    </message>
    <message>
      <source>密码至少需要 {minimum} 个字符。</source>
      <translation>The password must be at least {minimum} characters long.</translation>
    </message>
    <message>
      <source>导入已取消，未写入任何数据。</source>
      <translation>Import cancelled; nothing was written.</translation>
    </message>
    <message>
      <source>导入数据中还有 {count} 处错误，未写入任何数据。请修改 Excel 文件后重新读取。</source>
      <translation>The data still has {count} errors; nothing was written. Correct the Excel file and read it again.</translation>
    </message>
    <message>
      <source>小区“{compound}”中没有楼栋“{value}”。</source>
      <translation>Compound “{compound}” has no building “{value}”.</translation>
    </message>
    <message>
      <source>小区“{compound}”还没有业主名册，请先导入名册。</source>
      <translation>Compound “{compound}” has no owners’ roll yet; import the roll first.</translation>
    </message>
    <message>
      <source>巡查须至少有一名巡查人员。</source>
      <translation>A patrol needs at least one member.</translation>
    </message>
    <message>
      <source>工作表“{sheet}”的表头下面没有数据。</source>
      <translation>Sheet “{sheet}” has no data under its header.</translation>
    </message>
    <message>
      <source>已存在同名的{entity}：{name}。</source>
      <translation>An entry with the same name already exists ({entity}: {name}).</translation>
    </message>
    <message>
      <source>已有 {booked} 人预约，容纳人数不能少于此数。</source>
      <translation>{booked} people have booked; the capacity cannot be lower.</translation>
    </message>
    <message>
      <source>已有名为“{name}”的队伍或分队。</source>
      <translation>A team or sub-team named “{name}” already exists.</translation>
    </message>
    <message>
      <source>已连续登录失败 {count} 次，请 {seconds} 秒后再试。</source>
      <translation>Sign-in has failed {count} times in a row. Please try again in {seconds} seconds.</translation>
    </message>
    <message>
      <source>年度应在 2000 至 2100 之间。</source>
      <translation>The year must be between 2000 and 2100.</translation>
    </message>
    <message>
      <source>应选名额应在 1 到候选人数 {count} 之间，不是 {value}。</source>
      <translation>The number of seats must be between 1 and the {count} candidates, not {value}.</translation>
    </message>
    <message>
      <source>当前数据库不是磁盘上的文件，无法备份。</source>
      <translation>The current database is not a file on disk and cannot be backed up.</translation>
    </message>
    <message>
      <source>录入遍数应为 1 或 2。</source>
      <translation>The entry pass must be 1 or 2.</translation>
    </message>
    <message>
      <source>性别与身份证号码不符（第 17 位奇数为男，偶数为女）。</source>
      <translation>Gender does not match the ID card number (an odd 17th digit means male, an even one female).</translation>
    </message>
    <message>
      <source>恢复未完成（{detail}）。当前数据库“{path}”未被替换。</source>
      <translation>The restore did not complete ({detail}). The current database “{path}” has not been replaced.</translation>
    </message>
    <message>
      <source>成员人数下限（{low}）不能大于上限（{high}）。</source>
      <translation>The minimum number of members ({low}) cannot exceed the maximum ({high}).</translation>
    </message>
    <message>
      <source>所选备份“{path}”已损坏或不是有效的数据库文件（{detail}），无法用它恢复。当前数据库未做任何改动。</source>
      <translation>The selected backup “{path}” is damaged or is not a valid database file ({detail}) and cannot be used for a restore. The current database has not been changed.</translation>
    </message>
    <message>
      <source>所选楼栋不属于所选小区。</source>
      <translation>The selected building does not belong to the selected compound.</translation>
    </message>
    <message>
      <source>所选组织不是小区党支部，不能作为经费账户。</source>
      <translation>The selected organisation is not a compound Party branch and cannot be used as a funds account.</translation>
    </message>
    <message>
      <source>找不到 {year} 年第 {number} 号凭证。</source>
      <translation>Voucher no. {number} of {year} not found.</translation>
    </message>
    <message>
      <source>找不到备份文件“{path}”。</source>
      <translation>Backup file “{path}” not found.</translation>
    </message>
    <message>
      <source>找不到小区党支部“{text}”。可选：{names}。</source>
      <translation>No compound Party branch “{text}”. Choose from: {names}.</translation>
    </message>
    <message>
      <source>找不到指纹为 {fingerprint} 的签名私钥（系统密钥环或密钥文件中没有）。请在“上报”中更换密钥，并把新的公钥文件交给街道重新登记。</source>
      <translation>The private signing key with fingerprint {fingerprint} cannot be found (neither in the system keyring nor in the key folder). Rotate the key under “Report upward” and give the new public key file to the street to register.</translation>
    </message>
    <message>
      <source>找不到数据库文件“{path}”。</source>
      <translation>Database file “{path}” not found.</translation>
    </message>
    <message>
      <source>找不到文件“{path}”。</source>
      <translation>File “{path}” not found.</translation>
    </message>
    <message>
      <source>找不到编号为 {numbers} 的问题，请核对问题编号。</source>
      <translation>No problems found with numbers {numbers}; please check the problem numbers.</translation>
    </message>
    <message>
      <source>找不到调解案件 {number}。</source>
      <translation>No mediation case {number}.</translation>
    </message>
    <message>
      <source>找不到驻区单位“{text}”（可填编号或名称中的字）。</source>
      <translation>No resident unit “{text}” (give its number or part of its name).</translation>
    </message>
    <message>
      <source>拨付金额 {amount} 元超过社区{fund}余额 {balance} 元（还差 {short} 元），不能拨付。</source>
      <translation>Allocation of {amount} yuan exceeds the community {fund} balance of {balance} yuan (short by {short} yuan) and cannot be made.</translation>
    </message>
    <message>
      <source>支出 {amount} 元超过 {threshold} 元，须经集体研究决定：请填写决策会议（名称或纪要编号）和会议日期。</source>
      <translation>Expense of {amount} yuan exceeds {threshold} yuan and requires a collective decision: enter the decision meeting (name or minutes no.) and the meeting date.</translation>
    </message>
    <message>
      <source>支出类别“{category}”不在经费设置的类别中，请从列表中选择。</source>
      <translation>Expense category “{category}” is not one of the categories in the funds settings; please choose from the list.</translation>
    </message>
    <message>
      <source>数据包中“{member}”出现了不止一次，已拒收。</source>
      <translation>“{member}” occurs more than once in the package. Refused.</translation>
    </message>
    <message>
      <source>数据包中含有不安全的文件名“{member}”（上级目录、绝对路径或盘符），已拒收。</source>
      <translation>The package contains an unsafe name “{member}” (parent folder, absolute path or drive letter). Refused.</translation>
    </message>
    <message>
      <source>数据包中含有目录项“{member}”，不符合上报格式，已拒收。</source>
      <translation>The package contains a folder entry “{member}”, which the format does not allow. Refused.</translation>
    </message>
    <message>
      <source>数据包中的“{member}”使用了不支持的压缩方式，已拒收。</source>
      <translation>“{member}” in the package uses an unsupported compression method. Refused.</translation>
    </message>
    <message>
      <source>数据包中的“{member}”压缩比异常（{ratio} 倍，上限 {limit} 倍），疑为压缩炸弹，已拒收，未读取其内容。</source>
      <translation>“{member}” in the package is compressed abnormally ({ratio} times, the limit is {limit}), likely a zip bomb. Refused without reading it.</translation>
    </message>
    <message>
      <source>数据包中的“{member}”已加密，无法核验，已拒收。</source>
      <translation>“{member}” in the package is encrypted and cannot be verified. Refused.</translation>
    </message>
    <message>
      <source>数据包中的“{member}”已损坏（解压或校验失败：{detail}），已拒收。</source>
      <translation>“{member}” in the package is damaged (decompression or CRC check failed: {detail}). Refused.</translation>
    </message>
    <message>
      <source>数据包中的“{member}”是符号链接，已拒收。</source>
      <translation>“{member}” in the package is a symbolic link. Refused.</translation>
    </message>
    <message>
      <source>数据包中的“{member}”未列入清单，已拒收。</source>
      <translation>“{member}” in the package is not listed in the manifest. Refused.</translation>
    </message>
    <message>
      <source>数据包中的“{member}”解压后 {size} 字节，超过单个文件上限，已拒收。</source>
      <translation>“{member}” in the package is {size} bytes uncompressed, over the limit for one member. Refused.</translation>
    </message>
    <message>
      <source>数据包中缺少清单文件 manifest.json 或签名文件 manifest.sig，已拒收。</source>
      <translation>The package lacks manifest.json or manifest.sig. Refused.</translation>
    </message>
    <message>
      <source>数据包含有 {count} 个文件，超过上限 {limit} 个，已拒收，未读取其内容。</source>
      <translation>The package holds {count} files, more than the limit of {limit}. Refused without reading them.</translation>
    </message>
    <message>
      <source>数据包含有本程序不认识的数据模块“{module}”，请升级共建台账后再导入。</source>
      <translation>The package holds a data module this program does not know (“{module}”). Upgrade Gongjian, then import.</translation>
    </message>
    <message>
      <source>数据包是报送给“{street}”的，不是本街道，已拒收。</source>
      <translation>The package is addressed to “{street}”, not to this street. Refused.</translation>
    </message>
    <message>
      <source>数据包来自“{name}”（代码 {office_code}），本街道尚未登记该社区的公钥，已拒收。请先登记该社区的公钥文件并核对指纹。</source>
      <translation>The package comes from “{name}” (code {office_code}), whose public key this street has not registered. Refused. Register the community's key file and check its fingerprint first.</translation>
    </message>
    <message>
      <source>数据包的签名与登记的“{name}”公钥（指纹 {fingerprint}）不符：清单被改动，或由其他密钥签名。已拒收。</source>
      <translation>The package's signature does not match the registered key of “{name}” (fingerprint {fingerprint}): the manifest was changed or signed with another key. Refused.</translation>
    </message>
    <message>
      <source>数据包解压后共 {size} 字节，超过上限 {limit} 字节，已拒收，未读取其内容。</source>
      <translation>The package is {size} bytes uncompressed, over the limit of {limit} bytes. Refused without reading it.</translation>
    </message>
    <message>
      <source>数据库“{path}”是只读的，而它需要先升级到本版本的结构才能打开。请把它复制到可写的位置后再打开。</source>
      <translation>The database “{path}” is read-only, and it must first be upgraded to this version's structure. Please copy it to a writable location and open it there.</translation>
    </message>
    <message>
      <source>数据库“{path}”正被其他程序或窗口使用，无法恢复。请先关闭所有使用该数据库的共建台账窗口后重试。</source>
      <translation>Database “{path}” is in use by another program or window and cannot be restored. Close all Gongjian windows using this database and try again.</translation>
    </message>
    <message>
      <source>数据库“{path}”由更新版本的共建台账创建（结构版本 {revision}），当前程序无法打开。请升级共建台账后再打开。</source>
      <translation>Database “{path}” was created by a newer version of Gongjian (schema version {revision}) and cannot be opened by this version. Please upgrade Gongjian and open it again.</translation>
    </message>
    <message>
      <source>数据库“{where}”已损坏（{detail}）。本次操作未完成。请关闭程序，运行数据库检查，或从最近的备份恢复。</source>
      <translation>The database “{where}” is damaged ({detail}). The operation was not completed. Please close the program and run the database check, or restore from the latest backup.</translation>
    </message>
    <message>
      <source>数据库“{where}”是只读的（文件或所在文件夹不允许写入），只能查看和打印，不能保存修改（{detail}）。如需修改，请检查文件属性、权限或存储位置。</source>
      <translation>The database “{where}” is read-only (the file or its folder may not be written): it can be viewed and printed, but changes cannot be saved ({detail}). To make changes, check the file's properties, permissions or storage location.</translation>
    </message>
    <message>
      <source>数据库中有多个社区，且未设定本办公室所属社区，无法确定导入到哪个社区。</source>
      <translation>The database holds several communities and this office's community is not set, so the import target is unclear.</translation>
    </message>
    <message>
      <source>数据库中还没有确定的社区，请先完成初始设置。</source>
      <translation>The database has no community of its own yet; complete the first-run set-up first.</translation>
    </message>
    <message>
      <source>数据库中还没有社区，请先完成初始设置再导入。</source>
      <translation>The database has no community yet. Finish the first-run setup before importing.</translation>
    </message>
    <message>
      <source>数据库地址“{url}”无法识别。请填写文件路径或 postgresql+psycopg:// 地址。</source>
      <translation>Database address “{url}” is not recognised. Enter a file path or a postgresql+psycopg:// address.</translation>
    </message>
    <message>
      <source>数据库已从备份恢复，但附件未能全部恢复（{detail}）。</source>
      <translation>The database was restored from the backup, but not all attachments could be restored ({detail}).</translation>
    </message>
    <message>
      <source>数据库文件“{path}”已损坏或不是有效的数据库文件（{detail}）。原文件未做任何改动。</source>
      <translation>Database file “{path}” is damaged or is not a valid database file ({detail}). The original file has not been changed.</translation>
    </message>
    <message>
      <source>数据库文件“{path}”已损坏或不是有效的数据库文件（{detail}）。原文件未做任何改动，已另存一份副本：{copy}</source>
      <translation>Database file “{path}” is damaged or is not a valid database file ({detail}). The original file has not been changed; a copy has been saved: {copy}</translation>
    </message>
    <message>
      <source>数据库服务器拒绝登录：用户名或密码不正确（{detail}）。请在设置中检查连接地址，或在系统密钥环/pgpass 文件中更新密码。</source>
      <translation>The database server refused the login: wrong user name or password ({detail}). Please check the connection address in Settings, or update the password in the system keyring or the pgpass file.</translation>
    </message>
    <message>
      <source>数据库正被其他电脑或程序占用，等候后仍未释放（{detail}）。本次操作未完成，数据没有改动，请稍后再试。</source>
      <translation>The database is in use by another computer or program and was not released in time ({detail}). The operation was not completed and the data is unchanged; please try again later.</translation>
    </message>
    <message>
      <source>无法在“{folder}”中写入备份（{detail}）。以前的备份均未受影响。</source>
      <translation>Cannot write a backup to “{folder}” ({detail}). Earlier backups are not affected.</translation>
    </message>
    <message>
      <source>无法打开数据库“{where}”（{detail}）。请检查文件是否存在、所在文件夹或服务器上的数据库能否访问。</source>
      <translation>Cannot open the database “{where}” ({detail}). Please check that the file exists and that its folder, or the database on the server, can be reached.</translation>
    </message>
    <message>
      <source>无法识别“{value}”，请填“是”或“否”。</source>
      <translation>“{value}” is not recognised; enter 是 (yes) or 否 (no).</translation>
    </message>
    <message>
      <source>无法识别性别“{value}”，请填“男”或“女”。</source>
      <translation>Gender “{value}” is not recognised; enter 男 or 女.</translation>
    </message>
    <message>
      <source>无法识别日期“{value}”，请写成 2019-07-01、2019/7/1、2019.07 或 2019年7月1日。</source>
      <translation>Date “{value}” is not recognised; write 2019-07-01, 2019/7/1, 2019.07 or 2019年7月1日.</translation>
    </message>
    <message>
      <source>无法识别的单位类别“{value}”，可填：{choices}。</source>
      <translation>Unit type “{value}” is not recognised; allowed: {choices}.</translation>
    </message>
    <message>
      <source>无法识别的身份“{value}”，可填：{choices}。</source>
      <translation>Role “{value}” is not recognised; allowed: {choices}.</translation>
    </message>
    <message>
      <source>无法读取“{path}”：其中的“{part}”压缩比异常（{ratio} 倍，上限 {limit} 倍），可能是恶意构造的文件。</source>
      <translation>Cannot read “{path}”: its part “{part}” is compressed abnormally ({ratio} times, the limit is {limit}); the file may have been built to do harm.</translation>
    </message>
    <message>
      <source>无法读取“{path}”：工作簿中的文字表超过上限（{limit} 条、{mb} MB）。请把数据分成几个较小的文件，分别导入。</source>
      <translation>Cannot read “{path}”: the workbook's text table exceeds the limit ({limit} entries, {mb} MB). Split the data into smaller files and import them one by one.</translation>
    </message>
    <message>
      <source>无法读取“{path}”：工作簿由 {count} 个部件组成，超过上限 {limit} 个，不像是 Excel 保存的文件。</source>
      <translation>Cannot read “{path}”: the workbook has {count} parts, more than the limit of {limit}; it does not look like a file saved by Excel.</translation>
    </message>
    <message>
      <source>无法读取“{path}”：工作簿解压后有 {size} MB，超过一次导入的上限 {limit} MB。请把数据分成几个较小的文件，分别导入。</source>
      <translation>Cannot read “{path}”: the workbook is {size} MB uncompressed, more than the limit of {limit} MB for one import. Split the data into smaller files and import them one by one.</translation>
    </message>
    <message>
      <source>无法读取“{path}”：文件不是有效的 Excel 工作簿（.xlsx），或已损坏。</source>
      <translation>Cannot read “{path}”: it is not a valid Excel workbook (.xlsx), or it is damaged.</translation>
    </message>
    <message>
      <source>无法读取“{path}”：文件中含有 Excel 不会写入的 XML 实体声明，可能是恶意构造的文件。</source>
      <translation>Cannot read “{path}”: the file contains XML entity declarations, which Excel never writes; it may have been built to do harm.</translation>
    </message>
    <message>
      <source>无法读取“{path}”：请确认它是 Excel 工作簿（.xlsx），且没有损坏或加密。</source>
      <translation>Cannot read “{path}”: make sure it is an Excel workbook (.xlsx), not damaged or encrypted.</translation>
    </message>
    <message>
      <source>无法读取文件“{path}”（{detail}）。</source>
      <translation>Cannot read file “{path}” ({detail}).</translation>
    </message>
    <message>
      <source>无法读取附件“{name}”：{detail}</source>
      <translation>Cannot read attachment “{name}”: {detail}</translation>
    </message>
    <message>
      <source>无法连接数据库服务器：{detail}</source>
      <translation>Cannot connect to the database server: {detail}</translation>
    </message>
    <message>
      <source>时长应写成小时数，如 1.5（最小单位 1 分钟）。</source>
      <translation>Type the hours as a number, e.g. 1.5 (in whole minutes).</translation>
    </message>
    <message>
      <source>时间应写成 时:分，如 09:30。</source>
      <translation>Type the time as hours:minutes, e.g. 09:30.</translation>
    </message>
    <message>
      <source>有多个名为“{name}”的小区，请先在小区台账中区分。</source>
      <translation>Several compounds are named “{name}”; tell them apart in the compound register first.</translation>
    </message>
    <message>
      <source>服务日期 {day} 早于认领日期 {claimed}，请核对日期。</source>
      <translation>The service date {day} is before the claim date {claimed}; please check the dates.</translation>
    </message>
    <message>
      <source>服务时长不能超过活动时间（{span}）。</source>
      <translation>The hours cannot exceed the activity's duration ({span}).</translation>
    </message>
    <message>
      <source>服务时长应大于 0 且不超过 24 小时。</source>
      <translation>Hours must be more than 0 and at most 24.</translation>
    </message>
    <message>
      <source>服务类别“{name}”已停用，请选择其他类别。</source>
      <translation>The category “{name}” is retired; choose another.</translation>
    </message>
    <message>
      <source>服务类别“{name}”已经存在。</source>
      <translation>The category “{name}” already exists.</translation>
    </message>
    <message>
      <source>期间“{text}”无法识别：请写作 2026-Q3（季度）、2026-11（月份）或 2026（年度）。</source>
      <translation>Period “{text}” is not recognised: write 2026-Q3 (quarter), 2026-11 (month) or 2026 (year).</translation>
    </message>
    <message>
      <source>本单位尚未设置单位代码，无法生成上报数据包。请先在单位设置中填写代码。</source>
      <translation>This office has no office code yet, so no report package can be made. Enter the code in the office settings first.</translation>
    </message>
    <message>
      <source>本机找不到 PostgreSQL 的备份工具 pg_dump，无法在本机备份服务器上的数据库（{where}）。数据保存在数据库服务器上，请以服务器自身的备份为准，并向服务器管理员确认已定期备份。</source>
      <translation>The PostgreSQL backup tool pg_dump was not found on this computer, so the database on the server ({where}) cannot be backed up here. The data is stored on the database server: rely on the server's own backups, and confirm with the server administrator that they are made regularly.</translation>
    </message>
    <message>
      <source>本机数据库已完成初始设置，不能重复设置。</source>
      <translation>This database has already been set up and cannot be set up again.</translation>
    </message>
    <message>
      <source>本机没有可用的系统密钥环（{detail}）。可改用 PostgreSQL 的 pgpass 文件保存密码，详见使用说明。</source>
      <translation>No system keyring is available on this computer ({detail}). You can store the password in a PostgreSQL pgpass file instead; see the user guide.</translation>
    </message>
    <message>
      <source>本次表决已录入 {count} 张选票，不能再修改业主名册。</source>
      <translation>{count} ballots have been entered for this vote; the owners’ roll can no longer change.</translation>
    </message>
    <message>
      <source>本次表决的业主名册已于 {when} 公告冻结（SHA-256 {digest}）。如确需修改，请注明修改原因。</source>
      <translation>The owners’ roll of this vote was frozen at its announcement on {when} (SHA-256 {digest}). To change it, give the reason.</translation>
    </message>
    <message>
      <source>本社区没有名为“{name}”的小区（可加 --create-compound 先登记）。</source>
      <translation>This community has no compound named “{name}” (add --create-compound to register it).</translation>
    </message>
    <message>
      <source>本社区没有名为“{value}”的小区。</source>
      <translation>This community has no compound named “{value}”.</translation>
    </message>
    <message>
      <source>本遍录入有 {count} 处错误，未保存：{first}</source>
      <translation>This pass has {count} errors and was not saved: {first}</translation>
    </message>
    <message>
      <source>来源为“上级交办”时，请填写交办单位。</source>
      <translation>When the source is “Assigned by higher authorities”, enter the assigning organisation.</translation>
    </message>
    <message>
      <source>来源为“驻区单位收集”时，请选择收集问题的驻区单位。</source>
      <translation>When the source is “Collected by resident unit”, select the resident unit that collected the issue.</translation>
    </message>
    <message>
      <source>案件 {number} 尚未达成协议，没有调解协议书可打印。</source>
      <translation>Case {number} reached no agreement; there is no agreement to print.</translation>
    </message>
    <message>
      <source>案件 {number} 已结案（{outcome}），不能再修改。</source>
      <translation>Case {number} is closed ({outcome}) and can no longer change.</translation>
    </message>
    <message>
      <source>案件 {number} 已转入问题台账（{problem}），不能再次转交。</source>
      <translation>Case {number} was already sent to the issue ledger ({problem}); it cannot be sent again.</translation>
    </message>
    <message>
      <source>楼栋和房号不能为空。</source>
      <translation>Building and room must not be empty.</translation>
    </message>
    <message>
      <source>没有写入权限，或磁盘是只读的（{detail}）。本次操作未完成，请换一个位置或检查权限。</source>
      <translation>No permission to write, or the disk is read-only ({detail}). The operation was not completed; please choose another location or check the permissions.</translation>
    </message>
    <message>
      <source>清单中列出的“{member}”在数据包中不存在，已拒收。</source>
      <translation>“{member}”, listed in the manifest, is missing from the package. Refused.</translation>
    </message>
    <message>
      <source>用户“{username}”不存在，不能执行此操作。请重新登录。</source>
      <translation>User “{username}” does not exist and cannot do this. Please log in again.</translation>
    </message>
    <message>
      <source>用户名只能由字母、数字、汉字和 . _ - 组成，长度 {minimum}–{limit} 个字符。</source>
      <translation>A username may contain only letters, digits, Chinese characters and . _ - and must be {minimum}–{limit} characters long.</translation>
    </message>
    <message>
      <source>用户名或密码不正确，或账号已停用。账号停用请联系管理员。</source>
      <translation>Wrong user name or password, or the account is deactivated. If it is deactivated, contact the administrator.</translation>
    </message>
    <message>
      <source>电话号码格式不正确：手机号为 11 位，座机如 0827-5261234。</source>
      <translation>Invalid phone number: mobile numbers have 11 digits; landline numbers look like 0827-5261234.</translation>
    </message>
    <message>
      <source>磁盘已满（{detail}），本次操作未完成。请清理磁盘空间后重试。</source>
      <translation>The disk is full ({detail}). The operation was not completed. Please free some disk space and try again.</translation>
    </message>
    <message>
      <source>社区代码 {community_code} 出现了不止一次。</source>
      <translation>Community code {community_code} appears more than once.</translation>
    </message>
    <message>
      <source>离任日期不能早于任职日期。</source>
      <translation>The end date cannot be before the start date.</translation>
    </message>
    <message>
      <source>第 {first}–{last} 行写入时与他人刚录入的数据冲突（身份证号码或信用代码重复）。全部导入已撤销，未写入任何数据。请重新读取后再导入。</source>
      <translation>Rows {first}–{last} conflict with data someone just entered (duplicate ID number or credit code). The whole import was undone; nothing was written. Read the file again, then import.</translation>
    </message>
    <message>
      <source>第 {line} 行“{text}”应写作“社区名称 社区代码”，如：兴文社区 511902003005。</source>
      <translation>Line {line} "{text}" should read "community-name community-code", e.g. 兴文社区 511902003005.</translation>
    </message>
    <message>
      <source>第 {line} 行：{owner}（{units}）已经投过票，每位业主只能投一票。</source>
      <translation>Row {line}: {owner} ({units}) has already voted; each owner votes once.</translation>
    </message>
    <message>
      <source>第 {line} 行：{reason}。</source>
      <translation>Row {line}: {reason}.</translation>
    </message>
    <message>
      <source>第 {line} 行：{ref} 不在本次表决的业主名册中。</source>
      <translation>Row {line}: {ref} is not on this vote’s owners’ roll.</translation>
    </message>
    <message>
      <source>第 {line} 行：“{item}”一栏的“{value}”无法识别，应填 同意、不同意 或 弃权。</source>
      <translation>Row {line}: “{value}” under “{item}” is not understood; write 同意, 不同意 or 弃权.</translation>
    </message>
    <message>
      <source>第 {number} 项当前为“{current}”，不能{action}（只有{allowed}的事项可以{action}）。</source>
      <translation>Item {number} is “{current}” and cannot be given “{action}” (only {allowed} items can).</translation>
    </message>
    <message>
      <source>第 {number} 项还没有服务记录，不能标记为服务完成。</source>
      <translation>Item {number} has no service record yet and cannot be marked as served.</translation>
    </message>
    <message>
      <source>第 {row} 行“{column}”：{detail}</source>
      <translation>Row {row}, “{column}”: {detail}</translation>
    </message>
    <message>
      <source>第 {row} 行写入失败：{detail}全部导入已撤销，未写入任何数据。</source>
      <translation>Writing row {row} failed: {detail} The whole import was undone; nothing was written.</translation>
    </message>
    <message>
      <source>第二遍须由另一位经办人录入（第一遍由 {clerk} 录入）。</source>
      <translation>The second pass must be typed by another clerk (the first was typed by {clerk}).</translation>
    </message>
    <message>
      <source>筹备组成员的来源应为 街道、居委会、建设单位、业主代表 或 物业服务企业。</source>
      <translation>A preparatory group member must come from the street office, the residents’ committee, the developer, the owners or the property company.</translation>
    </message>
    <message>
      <source>筹备组组成不符合规定：{problems}。</source>
      <translation>The preparatory group’s composition is not lawful: {problems}.</translation>
    </message>
    <message>
      <source>签字日期 {day} 早于认领日期 {claimed}。</source>
      <translation>The signing date {day} is before the claim date {claimed}.</translation>
    </message>
    <message>
      <source>类型应为 住宅、商业用房 或 车位，不是“{value}”。</source>
      <translation>The kind must be 住宅 (dwelling), 商业用房 (shop) or 车位 (parking space), not “{value}”.</translation>
    </message>
    <message>
      <source>结束时间应晚于开始时间（同一天内）。</source>
      <translation>The end time must be after the start time (on the same day).</translation>
    </message>
    <message>
      <source>结束时间须晚于开始时间。</source>
      <translation>The end must be after the start.</translation>
    </message>
    <message>
      <source>结案日期不能早于受理日期（{day}）。</source>
      <translation>The closing date cannot be before the opening date ({day}).</translation>
    </message>
    <message>
      <source>统一社会信用代码不正确：应为 18 位，校验位须符合国家标准。</source>
      <translation>Invalid unified social credit code: it must have 18 characters, with a check character that conforms to the national standard.</translation>
    </message>
    <message>
      <source>考核分值“{label}”必须是数字，最多两位小数。</source>
      <translation>Assessment score “{label}” must be a number with at most two decimal places.</translation>
    </message>
    <message>
      <source>联席会议须至少有一名参会人员。</source>
      <translation>A joint meeting needs at least one attendee.</translation>
    </message>
    <message>
      <source>自治组织类型应为 业主委员会、自管委、议事会 或 自治小组。</source>
      <translation>The body must be an owners’ committee, a self-management committee, a council or a self-governing group.</translation>
    </message>
    <message>
      <source>草稿尚未记账，不需要冲销：可直接修改或删除。</source>
      <translation>A draft is not posted and needs no reversal: edit or delete it directly.</translation>
    </message>
    <message>
      <source>表决“{title}”的业主名册尚未锁定，锁定后才能打印公告（公告上印有名册校验值）。</source>
      <translation>The owners' roll of the vote “{title}” is not frozen yet; the notice can be printed once it is (the notice carries the roll's checksum).</translation>
    </message>
    <message>
      <source>表决“{title}”还没有录入选票，不能打印结果公示。</source>
      <translation>No ballot of the vote “{title}” has been entered yet; the result cannot be announced.</translation>
    </message>
    <message>
      <source>表决事项应为《民法典》第二百七十八条所列第 1 至 9 项之一，不是“{value}”。</source>
      <translation>The matter must be one of items 1 to 9 of Civil Code art. 278, not “{value}”.</translation>
    </message>
    <message>
      <source>解决日期不能早于巡查日期（{day}）。</source>
      <translation>The settling date cannot be before the patrol date ({day}).</translation>
    </message>
    <message>
      <source>计划日期 {day} 不在清单年度 {year} 年内。</source>
      <translation>The planned date {day} is not in the list's year {year}.</translation>
    </message>
    <message>
      <source>认定“{name}”不具备候选人资格时，请写明理由。</source>
      <translation>Give the reason when “{name}” is found not eligible as a candidate.</translation>
    </message>
    <message>
      <source>讲座时长应为 10 分钟至 8 小时。</source>
      <translation>A lecture lasts from 10 minutes to 8 hours.</translation>
    </message>
    <message>
      <source>证件号码 {masked} 在第 {first} 行属于“{first_name}”，在第 {row} 行却是“{name}”。</source>
      <translation>ID number {masked} belongs to “{first_name}” on row {first} but to “{name}” on row {row}.</translation>
    </message>
    <message>
      <source>证件号码“{value}”既不是有效的公民身份号码，也不是有效的统一社会信用代码。</source>
      <translation>ID number “{value}” is neither a valid citizen ID number nor a valid unified social credit code.</translation>
    </message>
    <message>
      <source>该{entity}已被 {user} 于 {when} 修改，您的保存未生效。请重新载入后再保存，您填写的内容会保留。</source>
      <translation>This record ({entity}) was modified by {user} at {when}, so your changes were not saved. Please reload and save again; what you entered will be kept.</translation>
    </message>
    <message>
      <source>该事项由{side}列出，应由对方认领。</source>
      <translation>This item was listed by the {side}; the other side claims it.</translation>
    </message>
    <message>
      <source>该决定事项已于 {day} 办结。</source>
      <translation>This decision was done on {day}.</translation>
    </message>
    <message>
      <source>该决定事项已转入问题台账（{number}），不能再次转交。</source>
      <translation>This decision was already sent to the issue ledger ({number}); it cannot be sent again.</translation>
    </message>
    <message>
      <source>该巡查发现已于 {day} 就地解决，不能再转入问题台账。</source>
      <translation>This finding was settled on the spot on {day}; it cannot be sent to the issue ledger.</translation>
    </message>
    <message>
      <source>该巡查发现已于先前转入问题台账（{number}），不能再次转交。</source>
      <translation>This finding was already sent to the issue ledger ({number}); it cannot be sent again.</translation>
    </message>
    <message>
      <source>该微心愿尚未认领。</source>
      <translation>This wish has not been claimed yet.</translation>
    </message>
    <message>
      <source>该微心愿已于 {day} 完成。</source>
      <translation>This wish was fulfilled on {day}.</translation>
    </message>
    <message>
      <source>该微心愿已由 {name} 认领。</source>
      <translation>This wish has already been claimed by {name}.</translation>
    </message>
    <message>
      <source>该成员已于 {day} 离任。</source>
      <translation>This member left on {day}.</translation>
    </message>
    <message>
      <source>该统一社会信用代码已登记为“{name}”。</source>
      <translation>This unified social credit code is already registered to “{name}”.</translation>
    </message>
    <message>
      <source>该身份证号码已登记在“{name}”名下。</source>
      <translation>This ID card number is already registered to “{name}”.</translation>
    </message>
    <message>
      <source>该预约已取消。</source>
      <translation>This booking has been cancelled.</translation>
    </message>
    <message>
      <source>请先在选举进程中填写业主大会会议的日期，再打印公告。</source>
      <translation>Enter the date of the owners' meeting in the election course before printing the notice.</translation>
    </message>
    <message>
      <source>请写明决定事项的责任人或责任方。</source>
      <translation>Say who is responsible for the decision.</translation>
    </message>
    <message>
      <source>请填写受托人姓名。</source>
      <translation>Please give the proxy’s name.</translation>
    </message>
    <message>
      <source>请填写联系电话。</source>
      <translation>Please enter a phone number.</translation>
    </message>
    <message>
      <source>请填写表决的名称。</source>
      <translation>Please give the vote a title.</translation>
    </message>
    <message>
      <source>请至少列出一个候选人或表决事项。</source>
      <translation>List at least one candidate or proposal.</translation>
    </message>
    <message>
      <source>请至少填写一名调解员。</source>
      <translation>Give at least one mediator.</translation>
    </message>
    <message>
      <source>请至少登记一名参与人员。</source>
      <translation>Please add at least one participant.</translation>
    </message>
    <message>
      <source>请至少登记一名参与人员及其服务时间。</source>
      <translation>Enter at least one participant and their times.</translation>
    </message>
    <message>
      <source>请至少选择一个问题。</source>
      <translation>Please select at least one issue.</translation>
    </message>
    <message>
      <source>请至少选择一名参会人员。</source>
      <translation>Please select at least one attendee.</translation>
    </message>
    <message>
      <source>请选择{label}。</source>
      <translation>Please select a value for {label}.</translation>
    </message>
    <message>
      <source>请选择经费来源（财政投入、党费留存补助或社会筹集）。</source>
      <translation>Please select a funding source (Fiscal funding, Retained Party dues or Donations).</translation>
    </message>
    <message>
      <source>请选择网格或填写巡查路线。</source>
      <translation>Choose a grid or give the route.</translation>
    </message>
    <message>
      <source>请选择被追责的单位，或填写部门或责任人。</source>
      <translation>Please select the unit held accountable, or enter a department or responsible person.</translation>
    </message>
    <message>
      <source>请选择认领的{kind}（从人员名册中选择或填写姓名）。</source>
      <translation>Choose the claiming {kind} (from the registry, or type the name).</translation>
    </message>
    <message>
      <source>请选择责任单位或填写责任部门。</source>
      <translation>Please select a responsible unit or enter a responsible department.</translation>
    </message>
    <message>
      <source>读写数据库时出现磁盘或网络错误（{detail}）。本次操作未完成，请检查磁盘或网络连接后重试；如反复出现，请从最近的备份恢复。</source>
      <translation>A disk or network error occurred while reading or writing the database ({detail}). The operation was not completed; please check the disk or network connection and try again. If it happens again, restore from the latest backup.</translation>
    </message>
    <message>
      <source>读写文件时出现磁盘或网络错误（{detail}），本次操作未完成。请检查后重试。</source>
      <translation>A disk or network error occurred while reading or writing a file ({detail}). The operation was not completed; please check and try again.</translation>
    </message>
    <message>
      <source>读取已中途取消，数据不完整，未写入任何数据。请重新读取后再导入。</source>
      <translation>Reading was cancelled part-way; the data is incomplete and nothing was written. Read the file again, then import.</translation>
    </message>
    <message>
      <source>调解日期 {day} 早于案件受理日期 {opened}，不能记录。</source>
      <translation>The sitting date {day} is before the case was opened on {opened}; it cannot be recorded.</translation>
    </message>
    <message>
      <source>调解案件须有甲乙双方当事人，每方至少一人。</source>
      <translation>A mediation case needs both parties, at least one on each side.</translation>
    </message>
    <message>
      <source>账号“{user}”已停用，不能执行此操作。请联系管理员。</source>
      <translation>The account of “{user}” is deactivated and cannot do this. Please contact the administrator.</translation>
    </message>
    <message>
      <source>身份证号码不正确：请检查位数、出生日期和最后一位校验码。</source>
      <translation>Invalid ID card number: please check the number of digits, the date of birth and the final check digit.</translation>
    </message>
    <message>
      <source>转入问题台账的发现须选择问题类别。</source>
      <translation>A finding sent to the issue ledger needs a problem category.</translation>
    </message>
    <message>
      <source>达成协议（或部分达成）时请写明协议内容。</source>
      <translation>With an (even partial) agreement, write down the terms.</translation>
    </message>
    <message>
      <source>还没有两遍都录入的选票。</source>
      <translation>No ballot has been typed in both passes yet.</translation>
    </message>
    <message>
      <source>这不是有效的共建台账公钥文件（格式、单位代码或公钥不正确）。</source>
      <translation>This is not a valid Gongjian public key file (wrong format, office code or key).</translation>
    </message>
    <message>
      <source>这不是有效的共建台账回执文件（格式不正确或内容不完整）。未做任何改动。</source>
      <translation>This is not a valid Gongjian receipt file (wrong format or incomplete). Nothing was changed.</translation>
    </message>
    <message>
      <source>这份回执针对“{name}”{period}的第 {sequence} 次报送，本单位没有生成过这个数据包，未做任何改动。</source>
      <translation>This receipt is for submission no. {sequence} of “{name}” for {period}, a package this office never made. Nothing was changed.</translation>
    </message>
    <message>
      <source>这份回执（{period}第 {sequence} 次报送：{status}）比已导入的回执（{current}）旧，未做任何改动。</source>
      <translation>This receipt ({period}, submission no. {sequence}: {status}) is older than the receipt already imported ({current}). Nothing was changed.</translation>
    </message>
    <message>
      <source>这是“{name}”{period} 的第 {sequence} 次报送，比已接收的第 {accepted} 次旧，已拒收。</source>
      <translation>This is submission {sequence} of “{name}” for {period}, older than submission {accepted} already received. Refused.</translation>
    </message>
    <message>
      <source>这是“{name}”（代码 {key_code}）的公钥文件，不是本社区所属街道（代码 {street_code}）的，未登记。</source>
      <translation>This is the public key file of “{name}” (code {key_code}), not of this community's street (code {street_code}). Not registered.</translation>
    </message>
    <message>
      <source>这是本单位自己的公钥文件，无需登记。请登记对方（街道或社区）交来的公钥文件。</source>
      <translation>This is this office's own public key file; it needs no registering. Register the key file the other side (street or community) gave you.</translation>
    </message>
    <message>
      <source>连接数据库服务器需要密码，但系统密钥环中没有保存密码。</source>
      <translation>A password is required to connect to the database server, but none is saved in the system keyring.</translation>
    </message>
    <message>
      <source>退回时请填写退回意见。</source>
      <translation>Give a comment when returning a package.</translation>
    </message>
    <message>
      <source>选票有 {count} 处错误，未录入任何选票：{first}</source>
      <translation>The ballots have {count} errors; no ballot was entered: {first}</translation>
    </message>
    <message>
      <source>选票编号“{value}”的校验位不对，请核对。</source>
      <translation>The check character of ballot number “{value}” is wrong; please check it.</translation>
    </message>
    <message>
      <source>问题 {number} 尚未交办，没有责任单位，不能{action}。</source>
      <translation>Problem {number} has not been assigned and has no responsible unit: {action} is not possible.</translation>
    </message>
    <message>
      <source>问题 {number} 已销号，不能再修改。</source>
      <translation>Issue {number} has been closed and can no longer be changed.</translation>
    </message>
    <message>
      <source>问题 {number} 当前状态为“{current}”，不能{action}。</source>
      <translation>Problem {number} is “{current}”: {action} is not possible.</translation>
    </message>
    <message>
      <source>问题 {number} 当前状态为“{current}”，不能{action}（转为“{requested}”）。只有{allowed}的问题才能{action}。</source>
      <translation>Issue {number} is currently “{current}”, so “{action}” (changing it to “{requested}”) is not possible. “{action}” is only possible for issues that are {allowed}.</translation>
    </message>
    <message>
      <source>问题类别“{name}”已停用，请选择其他类别。</source>
      <translation>Issue category “{name}” has been deactivated; please select another category.</translation>
    </message>
    <message>
      <source>问题类别只有大类和小类两级，小类下不能再设小类。</source>
      <translation>Issue categories have only two levels (category and subcategory); a subcategory cannot have subcategories of its own.</translation>
    </message>
    <message>
      <source>附件“{name}”超过 {limit} MB，无法添加。</source>
      <translation>Attachment “{name}” exceeds {limit} MB and cannot be added.</translation>
    </message>
    <message>
      <source>附件“{name}”超过 {limit} MB，请压缩或分成几份后再添加。</source>
      <translation>Attachment “{name}” exceeds {limit} MB; compress it or split it into several files before adding.</translation>
    </message>
    <message>
      <source>附件（编号 {id}）不存在，可能已被删除。</source>
      <translation>Attachment (ID {id}) does not exist; it may have been deleted.</translation>
    </message>
    <message>
      <source>面积依据应为 不动产登记、测绘 或 合同，不是“{value}”。</source>
      <translation>The area source must be 不动产登记, 测绘 or 合同, not “{value}”.</translation>
    </message>
  </context>
  <context>
    <name>domain</name>
    <message>
      <source>一般</source>
      <translation>Normal</translation>
    </message>
    <message>
      <source>上级交办</source>
      <translation>Assigned by higher level</translation>
    </message>
    <message>
      <source>上门</source>
      <translation>Door to door</translation>
    </message>
    <message>
      <source>不同意</source>
      <translation>No</translation>
    </message>
    <message>
      <source>不满意</source>
      <translation>Unsatisfied</translation>
    </message>
    <message>
      <source>不符合</source>
      <translation>not eligible</translation>
    </message>
    <message>
      <source>业主</source>
      <translation>Owner</translation>
    </message>
    <message>
      <source>业主代表</source>
      <translation>Owners’ representative</translation>
    </message>
    <message>
      <source>业主大会会议</source>
      <translation>Owners' meeting</translation>
    </message>
    <message>
      <source>业主大会决定的其他重大事项</source>
      <translation>Other major decisions of the owners' assembly</translation>
    </message>
    <message>
      <source>业主大会成立和业主委员会选举的情况</source>
      <translation>Report on the assembly's founding and the committee's election</translation>
    </message>
    <message>
      <source>业主大会议事规则</source>
      <translation>Rules of procedure of the owners' assembly</translation>
    </message>
    <message>
      <source>业主委员会</source>
      <translation>Owners’ committee</translation>
    </message>
    <message>
      <source>业委会任期上限（年）</source>
      <translation>Longest committee term (years)</translation>
    </message>
    <message>
      <source>业委会成员</source>
      <translation>Owners' committee member</translation>
    </message>
    <message>
      <source>业委会成员人数上限</source>
      <translation>Most committee members</translation>
    </message>
    <message>
      <source>业委会成员人数下限</source>
      <translation>Fewest committee members</translation>
    </message>
    <message>
      <source>业委会首次会议</source>
      <translation>Committee's first meeting</translation>
    </message>
    <message>
      <source>主任</source>
      <translation>Chair</translation>
    </message>
    <message>
      <source>乙方</source>
      <translation>Party B</translation>
    </message>
    <message>
      <source>书面</source>
      <translation>In writing</translation>
    </message>
    <message>
      <source>书面征求意见</source>
      <translation>Written consultation</translation>
    </message>
    <message>
      <source>事业单位</source>
      <translation>Public institution</translation>
    </message>
    <message>
      <source>交流讨论</source>
      <translation>Discussion</translation>
    </message>
    <message>
      <source>企业</source>
      <translation>Enterprise</translation>
    </message>
    <message>
      <source>优秀网格员</source>
      <translation>Outstanding grid worker</translation>
    </message>
    <message>
      <source>会议公告至少提前天数</source>
      <translation>Days of notice before a meeting, at least</translation>
    </message>
    <message>
      <source>住宅</source>
      <translation>Dwelling</translation>
    </message>
    <message>
      <source>使用建筑物及其附属设施的维修资金</source>
      <translation>Using the maintenance fund of the buildings and their facilities</translation>
    </message>
    <message>
      <source>修改</source>
      <translation>Edit</translation>
    </message>
    <message>
      <source>修改密码</source>
      <translation>Change password</translation>
    </message>
    <message>
      <source>候补</source>
      <translation>Waitlist</translation>
    </message>
    <message>
      <source>停车纠纷</source>
      <translation>Parking dispute</translation>
    </message>
    <message>
      <source>党员骨干</source>
      <translation>Party activist</translation>
    </message>
    <message>
      <source>党费留存补助</source>
      <translation>Retained Party dues</translation>
    </message>
    <message>
      <source>党费留存返还</source>
      <translation>Returned Party dues</translation>
    </message>
    <message>
      <source>公告</source>
      <translation>Notice</translation>
    </message>
    <message>
      <source>公示选举结果</source>
      <translation>Result announced</translation>
    </message>
    <message>
      <source>其他</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>其他纠纷</source>
      <translation>Other dispute</translation>
    </message>
    <message>
      <source>其他骨干</source>
      <translation>Other post</translation>
    </message>
    <message>
      <source>函告</source>
      <translation>Notice letter</translation>
    </message>
    <message>
      <source>列入清单</source>
      <translation>Listed</translation>
    </message>
    <message>
      <source>删除</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>制定和修改业主大会议事规则</source>
      <translation>Making and amending the rules of procedure of the owners’ assembly</translation>
    </message>
    <message>
      <source>制定和修改管理规约</source>
      <translation>Making and amending the management covenant</translation>
    </message>
    <message>
      <source>副主任</source>
      <translation>Vice-chair</translation>
    </message>
    <message>
      <source>办理中</source>
      <translation>In progress</translation>
    </message>
    <message>
      <source>区级拨付</source>
      <translation>District allocation</translation>
    </message>
    <message>
      <source>医院</source>
      <translation>Hospital</translation>
    </message>
    <message>
      <source>单位</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>单位→社区</source>
      <translation>Unit → community</translation>
    </message>
    <message>
      <source>县区</source>
      <translation>County/district</translation>
    </message>
    <message>
      <source>县区委组织部会商</source>
      <translation>County/district organisation dept. consultation</translation>
    </message>
    <message>
      <source>双方确认</source>
      <translation>Confirmed by both</translation>
    </message>
    <message>
      <source>双方签字确认</source>
      <translation>Signed off by both</translation>
    </message>
    <message>
      <source>同意</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>商业用房</source>
      <translation>Commercial unit</translation>
    </message>
    <message>
      <source>商品住宅小区</source>
      <translation>Commercial housing compound</translation>
    </message>
    <message>
      <source>噪音扰民</source>
      <translation>Noise</translation>
    </message>
    <message>
      <source>在职</source>
      <translation>Employed</translation>
    </message>
    <message>
      <source>在职党员</source>
      <translation>In-service Party member</translation>
    </message>
    <message>
      <source>基本满意</source>
      <translation>Fairly satisfied</translation>
    </message>
    <message>
      <source>备案</source>
      <translation>Filing</translation>
    </message>
    <message>
      <source>失业</source>
      <translation>Unemployed</translation>
    </message>
    <message>
      <source>女</source>
      <translation>Female</translation>
    </message>
    <message>
      <source>委员</source>
      <translation>Member</translation>
    </message>
    <message>
      <source>婚姻家庭纠纷</source>
      <translation>Family dispute</translation>
    </message>
    <message>
      <source>学校</source>
      <translation>School</translation>
    </message>
    <message>
      <source>学生</source>
      <translation>Student</translation>
    </message>
    <message>
      <source>安置小区</source>
      <translation>Resettlement compound</translation>
    </message>
    <message>
      <source>实地了解</source>
      <translation>On-site inquiry</translation>
    </message>
    <message>
      <source>实施中</source>
      <translation>In progress</translation>
    </message>
    <message>
      <source>审核人</source>
      <translation>Reviewer</translation>
    </message>
    <message>
      <source>小区党支部</source>
      <translation>Compound Party branch</translation>
    </message>
    <message>
      <source>小区干部</source>
      <translation>Compound cadre</translation>
    </message>
    <message>
      <source>小区能人</source>
      <translation>Capable resident</translation>
    </message>
    <message>
      <source>居委会</source>
      <translation>Residents’ committee</translation>
    </message>
    <message>
      <source>居民</source>
      <translation>Resident</translation>
    </message>
    <message>
      <source>已交办</source>
      <translation>Assigned</translation>
    </message>
    <message>
      <source>已办结</source>
      <translation>Resolved</translation>
    </message>
    <message>
      <source>已升级</source>
      <translation>Escalated</translation>
    </message>
    <message>
      <source>已取消</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <source>已报到</source>
      <translation>Reported in</translation>
    </message>
    <message>
      <source>已接收</source>
      <translation>Accepted</translation>
    </message>
    <message>
      <source>已收集</source>
      <translation>Collected</translation>
    </message>
    <message>
      <source>已服务</source>
      <translation>Served</translation>
    </message>
    <message>
      <source>已生成未回执</source>
      <translation>Made, no receipt yet</translation>
    </message>
    <message>
      <source>已纳入</source>
      <translation>In scope</translation>
    </message>
    <message>
      <source>已结转</source>
      <translation>Carried over</translation>
    </message>
    <message>
      <source>已被更正版本替代</source>
      <translation>Superseded by a correction</translation>
    </message>
    <message>
      <source>已认领</source>
      <translation>Claimed</translation>
    </message>
    <message>
      <source>已记账</source>
      <translation>Posted</translation>
    </message>
    <message>
      <source>已评价</source>
      <translation>Rated</translation>
    </message>
    <message>
      <source>已转问题台账，办理中</source>
      <translation>In the issue ledger, being handled</translation>
    </message>
    <message>
      <source>已转问题台账，未纳入</source>
      <translation>In the issue ledger, not taken up</translation>
    </message>
    <message>
      <source>已退回</source>
      <translation>Returned</translation>
    </message>
    <message>
      <source>已销号</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>已预约</source>
      <translation>Booked</translation>
    </message>
    <message>
      <source>市/县区委组织部协调</source>
      <translation>City/county organisation dept. coordination</translation>
    </message>
    <message>
      <source>市级</source>
      <translation>City</translation>
    </message>
    <message>
      <source>座谈交流</source>
      <translation>Talks</translation>
    </message>
    <message>
      <source>建设单位</source>
      <translation>Developer</translation>
    </message>
    <message>
      <source>弃权</source>
      <translation>Abstain</translation>
    </message>
    <message>
      <source>引入</source>
      <translation>Brought in</translation>
    </message>
    <message>
      <source>待处理</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>待认领</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>志愿服务队长</source>
      <translation>Volunteer team leader</translation>
    </message>
    <message>
      <source>志愿服务队队员</source>
      <translation>Volunteer team member</translation>
    </message>
    <message>
      <source>志愿者</source>
      <translation>Volunteer</translation>
    </message>
    <message>
      <source>成员变更后报告期限（天）</source>
      <translation>Days to report a change of members</translation>
    </message>
    <message>
      <source>拨付</source>
      <translation>Allocation</translation>
    </message>
    <message>
      <source>支出</source>
      <translation>Expense</translation>
    </message>
    <message>
      <source>收入</source>
      <translation>Income</translation>
    </message>
    <message>
      <source>改变共有部分的用途或者利用共有部分从事经营活动</source>
      <translation>Changing the use of common parts or using them for business</translation>
    </message>
    <message>
      <source>改建、重建建筑物及其附属设施</source>
      <translation>Rebuilding or reconstructing the buildings and their facilities</translation>
    </message>
    <message>
      <source>散居院落/独立楼栋</source>
      <translation>Scattered courtyard / standalone building</translation>
    </message>
    <message>
      <source>新增</source>
      <translation>Add</translation>
    </message>
    <message>
      <source>有公心</source>
      <translation>Public spirit</translation>
    </message>
    <message>
      <source>有关共有和共同管理权利的其他重大事项</source>
      <translation>Other major matters of common ownership and management</translation>
    </message>
    <message>
      <source>有影响</source>
      <translation>Influence</translation>
    </message>
    <message>
      <source>有意愿</source>
      <translation>Willingness</translation>
    </message>
    <message>
      <source>有时间</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>有能力</source>
      <translation>Ability</translation>
    </message>
    <message>
      <source>服务完成</source>
      <translation>Service done</translation>
    </message>
    <message>
      <source>未审查</source>
      <translation>not reviewed</translation>
    </message>
    <message>
      <source>未纳入</source>
      <translation>Not in scope</translation>
    </message>
    <message>
      <source>本地培育</source>
      <translation>Grown locally</translation>
    </message>
    <message>
      <source>机关</source>
      <translation>Government agency</translation>
    </message>
    <message>
      <source>查看身份证号</source>
      <translation>View ID card number</translation>
    </message>
    <message>
      <source>楼口长</source>
      <translation>Entrance chief</translation>
    </message>
    <message>
      <source>楼栋党小组</source>
      <translation>Building Party group</translation>
    </message>
    <message>
      <source>楼栋长</source>
      <translation>Building chief</translation>
    </message>
    <message>
      <source>每半年</source>
      <translation>Half-yearly</translation>
    </message>
    <message>
      <source>每季度</source>
      <translation>Quarterly</translation>
    </message>
    <message>
      <source>添加附件</source>
      <translation>Attachment added</translation>
    </message>
    <message>
      <source>满意</source>
      <translation>Satisfied</translation>
    </message>
    <message>
      <source>漏水渗水</source>
      <translation>Water leak</translation>
    </message>
    <message>
      <source>热心居民</source>
      <translation>Warm-hearted resident</translation>
    </message>
    <message>
      <source>物业服务企业</source>
      <translation>Property company</translation>
    </message>
    <message>
      <source>物业纠纷</source>
      <translation>Property management dispute</translation>
    </message>
    <message>
      <source>特急</source>
      <translation>Extra urgent</translation>
    </message>
    <message>
      <source>现场</source>
      <translation>On site</translation>
    </message>
    <message>
      <source>现场观摩</source>
      <translation>Site visit</translation>
    </message>
    <message>
      <source>由上年结转</source>
      <translation>Carried over from last year</translation>
    </message>
    <message>
      <source>甲方</source>
      <translation>Party A</translation>
    </message>
    <message>
      <source>男</source>
      <translation>Male</translation>
    </message>
    <message>
      <source>登录</source>
      <translation>Sign in</translation>
    </message>
    <message>
      <source>登录失败</source>
      <translation>Failed sign-in</translation>
    </message>
    <message>
      <source>督办函</source>
      <translation>Supervision letter</translation>
    </message>
    <message>
      <source>社会捐助</source>
      <translation>Charitable donations</translation>
    </message>
    <message>
      <source>社会筹集</source>
      <translation>Donations</translation>
    </message>
    <message>
      <source>社会组织</source>
      <translation>Social organisation</translation>
    </message>
    <message>
      <source>社区</source>
      <translation>Community</translation>
    </message>
    <message>
      <source>社区→单位</source>
      <translation>Community → unit</translation>
    </message>
    <message>
      <source>社区一线查找</source>
      <translation>Found by community front line</translation>
    </message>
    <message>
      <source>社区党委</source>
      <translation>Community Party committee</translation>
    </message>
    <message>
      <source>社区党组织</source>
      <translation>Community Party organisation</translation>
    </message>
    <message>
      <source>社区综合党委</source>
      <translation>Community joint Party committee</translation>
    </message>
    <message>
      <source>社区综合党委联系解决</source>
      <translation>Community Party committee liaison</translation>
    </message>
    <message>
      <source>社区解决</source>
      <translation>Settled in the community</translation>
    </message>
    <message>
      <source>离退休</source>
      <translation>Retired</translation>
    </message>
    <message>
      <source>移交处理</source>
      <translation>Referred</translation>
    </message>
    <message>
      <source>移交纪检监察机关</source>
      <translation>Referred to discipline inspection authorities</translation>
    </message>
    <message>
      <source>符合</source>
      <translation>eligible</translation>
    </message>
    <message>
      <source>筹备组成立</source>
      <translation>Preparatory group formed</translation>
    </message>
    <message>
      <source>筹集建筑物及其附属设施的维修资金</source>
      <translation>Raising the maintenance fund of the buildings and their facilities</translation>
    </message>
    <message>
      <source>签字</source>
      <translation>Signed</translation>
    </message>
    <message>
      <source>管理员</source>
      <translation>Administrator</translation>
    </message>
    <message>
      <source>管理规约</source>
      <translation>Management statute</translation>
    </message>
    <message>
      <source>紧急</source>
      <translation>Urgent</translation>
    </message>
    <message>
      <source>约谈</source>
      <translation>Formal talk</translation>
    </message>
    <message>
      <source>组织处理</source>
      <translation>Organisational measures</translation>
    </message>
    <message>
      <source>经办人</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <source>结转下年</source>
      <translation>Carry over</translation>
    </message>
    <message>
      <source>网格内解决</source>
      <translation>Settled in the grid</translation>
    </message>
    <message>
      <source>老旧院落</source>
      <translation>Old courtyard compound</translation>
    </message>
    <message>
      <source>考核扣分</source>
      <translation>Scoring deduction</translation>
    </message>
    <message>
      <source>自治小组</source>
      <translation>Self-governing group</translation>
    </message>
    <message>
      <source>自管委</source>
      <translation>Self-management committee</translation>
    </message>
    <message>
      <source>草稿</source>
      <translation>Draft</translation>
    </message>
    <message>
      <source>街巷长</source>
      <translation>Lane chief</translation>
    </message>
    <message>
      <source>街道</source>
      <translation>Street office</translation>
    </message>
    <message>
      <source>街道党工委定向吹哨</source>
      <translation>Street Party working committee whistle</translation>
    </message>
    <message>
      <source>街道及以上解决</source>
      <translation>Settled at the street or above</translation>
    </message>
    <message>
      <source>街道拨付</source>
      <translation>Street office allocation</translation>
    </message>
    <message>
      <source>认领</source>
      <translation>Claim</translation>
    </message>
    <message>
      <source>议事会</source>
      <translation>Council</translation>
    </message>
    <message>
      <source>记录服务</source>
      <translation>Record service</translation>
    </message>
    <message>
      <source>评价</source>
      <translation>Rating</translation>
    </message>
    <message>
      <source>诫勉谈话</source>
      <translation>Admonitory talk</translation>
    </message>
    <message>
      <source>调解不成</source>
      <translation>Failed</translation>
    </message>
    <message>
      <source>调解中</source>
      <translation>In mediation</translation>
    </message>
    <message>
      <source>调解员</source>
      <translation>Mediator</translation>
    </message>
    <message>
      <source>财政投入</source>
      <translation>Fiscal funding</translation>
    </message>
    <message>
      <source>责令书面检查</source>
      <translation>Ordered written self-criticism</translation>
    </message>
    <message>
      <source>资源/服务</source>
      <translation>Offer</translation>
    </message>
    <message>
      <source>走访调查</source>
      <translation>Home visits</translation>
    </message>
    <message>
      <source>车位</source>
      <translation>Parking space</translation>
    </message>
    <message>
      <source>车位作为专有部分参加表决（1 是，0 否）</source>
      <translation>Parking spaces vote (1 yes, 0 no)</translation>
    </message>
    <message>
      <source>达成协议</source>
      <translation>Agreement</translation>
    </message>
    <message>
      <source>退伍军人</source>
      <translation>Veteran</translation>
    </message>
    <message>
      <source>退休干部</source>
      <translation>Retired official</translation>
    </message>
    <message>
      <source>退回认领</source>
      <translation>Release claim</translation>
    </message>
    <message>
      <source>选举业主委员会或者更换业主委员会成员</source>
      <translation>Electing the owners’ committee or replacing its members</translation>
    </message>
    <message>
      <source>选举后召开首次会议期限（天）</source>
      <translation>Days from the election to the first meeting</translation>
    </message>
    <message>
      <source>选举后备案期限（天）</source>
      <translation>Days from the election to the filing</translation>
    </message>
    <message>
      <source>选聘和解聘物业服务企业或者其他管理人</source>
      <translation>Hiring and dismissing the property company or another manager</translation>
    </message>
    <message>
      <source>通报批评</source>
      <translation>Public criticism</translation>
    </message>
    <message>
      <source>邻里纠纷</source>
      <translation>Neighbour dispute</translation>
    </message>
    <message>
      <source>部分达成</source>
      <translation>Partial agreement</translation>
    </message>
    <message>
      <source>集中授课</source>
      <translation>Lecture</translation>
    </message>
    <message>
      <source>集体讨论</source>
      <translation>Collective discussion</translation>
    </message>
    <message>
      <source>需求</source>
      <translation>Need</translation>
    </message>
    <message>
      <source>领取生活补助</source>
      <translation>Receiving living allowance</translation>
    </message>
    <message>
      <source>驻区单位</source>
      <translation>Resident unit</translation>
    </message>
    <message>
      <source>驻区单位党组织</source>
      <translation>Resident unit Party organisation</translation>
    </message>
    <message>
      <source>驻区单位收集</source>
      <translation>Collected by resident unit</translation>
    </message>
  </context>
</TS>