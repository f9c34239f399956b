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
      <source>将用 {0} 的备份替换当前数据库。当前数据库会先另存一份，可随时再恢复。确定恢复吗？</source>
      <translation>The current database will be replaced by the backup from {0}. A copy of the current database is saved first, so you can restore it again at any time. Restore now?</translation>
    </message>
    <message>
      <source>从备份恢复</source>
      <translation>Restore from backup</translation>
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
    <message>
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
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
      <source>{0} · 共建台账</source>
      <translation>{0} · Gongjian</translation>
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
  </context>
  <context>
    <name>ListPage</name>
    <message>
      <source>搜索：汉字、拼音或首字母</source>
      <translation>Search: Chinese characters, pinyin or initials</translation>
    </message>
    <message>
      <source>查找：</source>
      <translation>Find:</translation>
    </message>
    <message>
      <source>全部</source>
      <translation>All</translation>
    </message>
    <message>
      <source>共 {0} 条</source>
      <translation>{0} records</translation>
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
    <message>
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
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
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
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
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
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
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>保存（Ctrl+S）</source>
      <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>已载入最新内容。点“重新应用我的修改”可把您刚才填写的内容放回表单。</source>
      <translation>The latest version has been loaded. Click “Reapply my changes” to put what you entered back into the form.</translation>
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
      <source>首次使用，请填写本社区的信息并设置管理员账号。</source>
      <translation>First use: please enter your community's details and set up an administrator account.</translation>
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
      <source>社区代码：</source>
      <translation>Community code:</translation>
    </message>
    <message>
      <source>管理员用户名：</source>
      <translation>Administrator username:</translation>
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
      <source>两次输入的密码不一致。</source>
      <translation>The passwords do not match.</translation>
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
    <name>messages</name>
    <message>
      <source>程序内部出错，已记录到日志。请将日志发给技术支持。

{0}</source>
      <translation>An internal error occurred and has been logged. Please send the log to technical support.

{0}</translation>
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
      <source>{label}过大：最多 999,999,999,999.99 元。</source>
      <translation>{label} is too large: at most 999,999,999,999.99 yuan.</translation>
    </message>
    <message>
      <source>{user}没有权限执行此操作（需要“{role}”权限）。</source>
      <translation>{user} does not have permission for this operation (the “{role}” permission is required).</translation>
    </message>
    <message>
      <source>“{kind}”不能设在所选的上级组织之下。</source>
      <translation>“{kind}” cannot be placed under the selected parent organisation.</translation>
    </message>
    <message>
      <source>“{name}”下设有小类，请选择具体的小类。</source>
      <translation>“{name}” has subcategories; please select a specific subcategory.</translation>
    </message>
    <message>
      <source>“{name}”是最后一位在用的管理员，不能停用或改为其他角色。请先指定另一位管理员。</source>
      <translation>“{name}” is the last active administrator and cannot be deactivated or given another role. Please designate another administrator first.</translation>
    </message>
    <message>
      <source>“{path}”不是共建台账的数据库（其中已有其他程序的数据表），为免破坏，未做任何改动。</source>
      <translation>“{path}” is not a Gongjian database (it already contains tables from another program). To avoid damaging it, nothing was changed.</translation>
    </message>
    <message>
      <source>不纳入吹哨范围必须写明理由（问题 {number}）。</source>
      <translation>A reason is required for excluding issue {number} from the whistle scope.</translation>
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
      <source>同一次会议对问题 {number} 只能作出一项决定。</source>
      <translation>A meeting can make only one decision on issue {number}.</translation>
    </message>
    <message>
      <source>备份副本未通过完整性校验（{detail}），已丢弃这份副本，以前的备份均未受影响。请检查磁盘空间和磁盘状态后重试。</source>
      <translation>The backup copy failed the integrity check ({detail}) and was discarded; earlier backups are not affected. Please check the free disk space and the condition of the disk, then try again.</translation>
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
      <source>已存在同名的{entity}：{name}。</source>
      <translation>An entry with the same name already exists ({entity}: {name}).</translation>
    </message>
    <message>
      <source>已连续登录失败 {count} 次，请 {seconds} 秒后再试。</source>
      <translation>Sign-in has failed {count} times in a row. Please try again in {seconds} seconds.</translation>
    </message>
    <message>
      <source>当前数据库不是磁盘上的文件，无法备份。</source>
      <translation>The current database is not a file on disk and cannot be backed up.</translation>
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
      <source>所选备份“{path}”已损坏或不是有效的数据库文件（{detail}），无法用它恢复。当前数据库未做任何改动。</source>
      <translation>The selected backup “{path}” is damaged or is not a valid database file ({detail}) and cannot be used for a restore. The current database has not been changed.</translation>
    </message>
    <message>
      <source>所选楼栋不属于所选小区。</source>
      <translation>The selected building does not belong to the selected compound.</translation>
    </message>
    <message>
      <source>找不到备份文件“{path}”。</source>
      <translation>Backup file “{path}” not found.</translation>
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
      <source>数据库“{path}”正被其他程序或窗口使用，无法恢复。请先关闭所有使用该数据库的共建台账窗口后重试。</source>
      <translation>Database “{path}” is in use by another program or window and cannot be restored. Close all Gongjian windows using this database and try again.</translation>
    </message>
    <message>
      <source>数据库“{path}”由更新版本的共建台账创建（结构版本 {revision}），当前程序无法打开。请升级共建台账后再打开。</source>
      <translation>Database “{path}” was created by a newer version of Gongjian (schema version {revision}) and cannot be opened by this version. Please upgrade Gongjian and open it again.</translation>
    </message>
    <message>
      <source>数据库地址“{url}”无法识别。请填写文件路径或 postgresql+psycopg:// 地址。</source>
      <translation>Database address “{url}” is not recognised. Enter a file path or a postgresql+psycopg:// address.</translation>
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
      <source>无法在“{folder}”中写入备份（{detail}）。以前的备份均未受影响。</source>
      <translation>Cannot write a backup to “{folder}” ({detail}). Earlier backups are not affected.</translation>
    </message>
    <message>
      <source>无法读取文件“{path}”（{detail}）。</source>
      <translation>Cannot read file “{path}” ({detail}).</translation>
    </message>
    <message>
      <source>无法连接数据库服务器：{detail}</source>
      <translation>Cannot connect to the database server: {detail}</translation>
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
      <source>来源为“上级交办”时，请填写交办单位。</source>
      <translation>When the source is “Assigned by higher authorities”, enter the assigning organisation.</translation>
    </message>
    <message>
      <source>来源为“驻区单位收集”时，请选择收集问题的驻区单位。</source>
      <translation>When the source is “Collected by resident unit”, select the resident unit that collected the issue.</translation>
    </message>
    <message>
      <source>用户名只能由字母、数字、汉字和 . _ - 组成，长度 {minimum}–{limit} 个字符。</source>
      <translation>A username may contain only letters, digits, Chinese characters and . _ - and must be {minimum}–{limit} characters long.</translation>
    </message>
    <message>
      <source>用户名或密码不正确。</source>
      <translation>Incorrect username or password.</translation>
    </message>
    <message>
      <source>电话号码格式不正确：手机号为 11 位，座机如 0827-5261234。</source>
      <translation>Invalid phone number: mobile numbers have 11 digits; landline numbers look like 0827-5261234.</translation>
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
      <source>该{entity}已被 {user} 于 {when} 修改，您的保存未生效。请重新载入后再保存，您填写的内容会保留。</source>
      <translation>This record ({entity}) was modified by {user} at {when}, so your changes were not saved. Please reload and save again; what you entered will be kept.</translation>
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
      <source>请选择责任单位或填写责任部门。</source>
      <translation>Please select a responsible unit or enter a responsible department.</translation>
    </message>
    <message>
      <source>账号“{username}”已停用，请联系管理员。</source>
      <translation>Account “{username}” has been deactivated. Please contact an administrator.</translation>
    </message>
    <message>
      <source>身份证号码不正确：请检查位数、出生日期和最后一位校验码。</source>
      <translation>Invalid ID card number: please check the number of digits, the date of birth and the final check digit.</translation>
    </message>
    <message>
      <source>连接数据库服务器需要密码，但系统密钥环中没有保存密码。</source>
      <translation>A password is required to connect to the database server, but none is saved in the system keyring.</translation>
    </message>
    <message>
      <source>问题 {number} 尚未交办，没有可发函的责任单位。</source>
      <translation>Issue {number} has not been assigned yet, so there is no responsible unit to send a letter to.</translation>
    </message>
    <message>
      <source>问题 {number} 已销号，不能再修改。</source>
      <translation>Issue {number} has been closed and can no longer be changed.</translation>
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
  </context>
  <context>
    <name>domain</name>
    <message>
      <source>业主</source>
      <translation>Owner</translation>
    </message>
    <message>
      <source>事业单位</source>
      <translation>Public institution</translation>
    </message>
    <message>
      <source>企业</source>
      <translation>Enterprise</translation>
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
      <source>其他</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>删除</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>医院</source>
      <translation>Hospital</translation>
    </message>
    <message>
      <source>商品住宅小区</source>
      <translation>Commercial housing compound</translation>
    </message>
    <message>
      <source>女</source>
      <translation>Female</translation>
    </message>
    <message>
      <source>学校</source>
      <translation>School</translation>
    </message>
    <message>
      <source>安置小区</source>
      <translation>Resettlement compound</translation>
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
      <source>志愿者</source>
      <translation>Volunteer</translation>
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
      <source>社会组织</source>
      <translation>Social organisation</translation>
    </message>
    <message>
      <source>社区党委</source>
      <translation>Community Party committee</translation>
    </message>
    <message>
      <source>社区综合党委</source>
      <translation>Community joint Party committee</translation>
    </message>
    <message>
      <source>管理员</source>
      <translation>Administrator</translation>
    </message>
    <message>
      <source>经办人</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <source>老旧院落</source>
      <translation>Old courtyard compound</translation>
    </message>
    <message>
      <source>街巷长</source>
      <translation>Lane chief</translation>
    </message>
    <message>
      <source>驻区单位党组织</source>
      <translation>Resident unit Party organisation</translation>
    </message>
  </context>
</TS>