; Inno Setup script: packs dist\Gongjian (built by installer/build.py) into one offline
; installer. Per-user install by default (no admin rights needed on office PCs).
#define AppName "共建台账"
#define AppVersion "0.1.0"

[Setup]
AppId={{6C1B4E1E-5F0B-4B8E-9E1A-2D6A0A7C9B31}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Gongjian
DefaultDirName={localappdata}\Programs\Gongjian
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist
OutputBaseFilename=Gongjian-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayName={#AppName}

[Languages]
Name: "chs"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Files]
Source: "..\dist\Gongjian\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\Gongjian.exe"
Name: "{group}\{#AppName}（演示数据）"; Filename: "{app}\Gongjian.exe"; Parameters: "--demo"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\Gongjian.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "在桌面创建快捷方式"; GroupDescription: "附加快捷方式："

[Run]
Filename: "{app}\Gongjian.exe"; Description: "启动共建台账"; Flags: nowait postinstall skipifsilent

; The data folder (%LOCALAPPDATA%\Gongjian) is left in place on uninstall: it holds the
; office's ledgers and backups.
