; 共建台账 Gongjian: the offline installer (NSIS 3.08+, Unicode, Simplified Chinese).
;
; Built by installer/build.py, which passes the version from pyproject.toml:
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DDIST=dist\Gongjian -DOUTFILE=out.exe gongjian.nsi
; -DCHECK_ONLY   (Linux CI) pack the Linux bundle only to prove this script compiles.
; -DSIGN_COMMAND the command that signs a file given as its last argument; the uninstaller
;                and the installer are signed as makensis writes them.
;
; Per-user install without admin rights into %LOCALAPPDATA%\Programs\Gongjian; Windows 10
; x64 or later only. An upgrade runs the previous version's uninstaller silently first, so
; no file of the old version stays behind. The clerk's data folder (%LOCALAPPDATA%\Gongjian:
; databases, attachments, backups) is never touched; the uninstaller says where it is.
; Neither setup nor the uninstaller runs while the app holds its mutex (main.py APP_MUTEX).

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
SetCompressorDictSize 64

!ifndef VERSION | DIST | OUTFILE
  !error "VERSION, DIST and OUTFILE must be defined (installer/build.py defines them)"
!endif
!ifdef CHECK_ONLY
  !warning "CHECK_ONLY: packing a non-Windows bundle to check the script; do not ship this"
!else
  !if ! /FileExists "${DIST}/Gongjian.exe"
    !error "${DIST}\Gongjian.exe not found: build the Windows bundle first"
  !endif
!endif
!ifdef SIGN_COMMAND
  !uninstfinalize '${SIGN_COMMAND} "%1"' = 0
  !finalize '${SIGN_COMMAND} "%1"' = 0
!endif

!define APP_NAME "共建台账"
!define APP_EXE "Gongjian.exe"
!define APP_MUTEX "GongjianAppMutex"
!define PUBLISHER "Gongjian"
!define UNINSTALLER "uninstall.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Gongjian"
!define DATA_DIR "$LOCALAPPDATA\Gongjian"
!define ICON "../resources/icons/gongjian.ico"  ; makensis works in this folder

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"
!include "WinVer.nsh"
!include "FileFunc.nsh"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Gongjian"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel user
BrandingText "${APP_NAME} ${VERSION}"
ShowInstDetails hide
ShowUninstDetails hide

; --- pages ----------------------------------------------------------------------------

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TEXT "本向导将在这台电脑上安装 ${APP_NAME} ${VERSION}。$\r$\n$\r$\n\
  只为当前用户安装，不需要管理员权限。已安装旧版本时，旧版本的程序文件会先被移除；\
  您的数据不受影响。$\r$\n$\r$\n请先退出正在运行的${APP_NAME}，然后点“下一步”。"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "license.txt"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "启动${APP_NAME}"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "将从下列文件夹卸载${APP_NAME}的程序文件。$\r$\n\
  您的数据（数据库、附件、备份）保留在 ${DATA_DIR}，不会被删除。"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "SimpChinese"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileDescription" "${APP_NAME} 安装程序"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "LegalCopyright" "${PUBLISHER}"

; --- checks ---------------------------------------------------------------------------

!macro APP_CLOSED_FUNCTION PREFIX
  ; Waits until the app is closed (its mutex gone); the clerk may cancel instead.
  Function ${PREFIX}WaitForAppClosed
    again:
      System::Call 'kernel32::OpenMutexW(i 0x00100000, i 0, w "${APP_MUTEX}") p .r0'
      ${If} $0 P<> 0
        System::Call 'kernel32::CloseHandle(p r0)'
        MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION \
          "${APP_NAME}正在运行。请先保存工作并退出${APP_NAME}，然后点“重试”。" \
          /SD IDCANCEL IDRETRY again
        Quit
      ${EndIf}
  FunctionEnd
!macroend
!insertmacro APP_CLOSED_FUNCTION ""
!insertmacro APP_CLOSED_FUNCTION "un."

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "${APP_NAME}需要 64 位的 Windows 10 或更高版本。$\r$\n\
      这台电脑的 Windows 是 32 位的，无法安装。" /SD IDOK
    Quit
  ${EndIf}
  ${IfNot} ${AtLeastWin10}
    MessageBox MB_OK|MB_ICONSTOP "${APP_NAME}需要 Windows 10 或更高版本（64 位）。$\r$\n\
      请在较新的电脑上安装，或联系单位的信息化负责人升级系统。" /SD IDOK
    Quit
  ${EndIf}
  SetRegView 64
  Call WaitForAppClosed
FunctionEnd

Function un.onInit
  SetRegView 64
  Call un.WaitForAppClosed
FunctionEnd

; --- install --------------------------------------------------------------------------

Function RemovePreviousVersion
  ; The previous uninstaller removes exactly the files it installed; `_?=` keeps it in
  ; place (so ExecWait waits for it), and it is deleted afterwards.
  ReadRegStr $0 HKCU "${UNINSTALL_KEY}" "InstallLocation"
  ${If} $0 != ""
  ${AndIf} ${FileExists} "$0\${UNINSTALLER}"
    DetailPrint "正在移除旧版本：$0"
    ExecWait '"$0\${UNINSTALLER}" /S _?=$0' $1
    ${If} $1 != 0
      MessageBox MB_OK|MB_ICONSTOP "未能移除旧版本（$0）。请先在“设置 → 应用”中卸载旧版本，\
        再运行本安装程序。" /SD IDOK
      Quit
    ${EndIf}
    Delete "$0\${UNINSTALLER}"
    RMDir "$0"
  ${EndIf}
FunctionEnd

Section "${APP_NAME}" SectionApp
  SectionIn RO
  Call RemovePreviousVersion
  SetOutPath "$INSTDIR"
  File /r "${DIST}/*"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  CreateDirectory "$SMPROGRAMS\${APP_NAME}"
  CreateShortCut "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}"
  CreateShortCut "$SMPROGRAMS\${APP_NAME}\${APP_NAME}（演示数据）.lnk" "$INSTDIR\${APP_EXE}" \
    "--demo" "$INSTDIR\${APP_EXE}" 0 SW_SHOWNORMAL "" "用演示数据库试用，与正式数据分开保存"
  CreateShortCut "$SMPROGRAMS\${APP_NAME}\卸载${APP_NAME}.lnk" "$INSTDIR\${UNINSTALLER}"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

; --- uninstall ------------------------------------------------------------------------

Section "Uninstall"
  ; Only what setup put here: the two programs, _internal and licenses. The data folder
  ; (${DATA_DIR}) is the clerk's and stays.
  Delete "$INSTDIR\Gongjian.exe"
  Delete "$INSTDIR\gongjian-cli.exe"
  RMDir /r "$INSTDIR\_internal"
  RMDir /r "$INSTDIR\licenses"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"

  Delete "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk"
  Delete "$SMPROGRAMS\${APP_NAME}\${APP_NAME}（演示数据）.lnk"
  Delete "$SMPROGRAMS\${APP_NAME}\卸载${APP_NAME}.lnk"
  RMDir "$SMPROGRAMS\${APP_NAME}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd

Function un.onUninstSuccess
  MessageBox MB_OK|MB_ICONINFORMATION "${APP_NAME}已卸载。$\r$\n$\r$\n\
    您的数据（数据库、附件、备份）仍保留在：$\r$\n${DATA_DIR}$\r$\n$\r$\n\
    重新安装后即可继续使用；如确定不再需要，可手动删除该文件夹。" /SD IDOK
FunctionEnd
