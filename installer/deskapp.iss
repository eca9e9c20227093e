; Inno Setup script: deskapp-setup-<version>.exe for the reception PC (issue 20 §3).
; Compile after installer/build.py on Windows:
;   iscc /DVersion=0.1.0 /DBundle=..\dist\deskapp installer\deskapp.iss
; (the workflow .github/workflows/windows.yml does both). Why Inno Setup and not NSIS: its
; Pascal [Code] gives the data-folder page in a few lines, it upgrades in place by AppId,
; and it installs silently with /VERYSILENT for the workflow and for IT staff.

#ifndef Version
  #error Give the version: iscc /DVersion=x.y.z
#endif
#ifndef Bundle
  #define Bundle "..\dist\deskapp"
#endif

[Setup]
; Never change AppId: a newer version installs over the older one because of it.
AppId={{6B1F3C2E-7D4A-4E8B-9C55-2F0D8A1E9B47}
AppName=物业客服台
AppVersion={#Version}
AppVerName=物业客服台 {#Version}
AppPublisher=物业服务中心
VersionInfoVersion={#Version}
VersionInfoProductName=物业客服台 deskapp
; The program per machine, under Program Files.
DefaultDirName={autopf}\deskapp
DefaultGroupName=物业客服台
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=Output
OutputBaseFilename=deskapp-setup-{#Version}
SetupIconFile=deskapp.ico
UninstallDisplayIcon={app}\deskapp.exe
UninstallDisplayName=物业客服台 {#Version}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running desk keeps its files open: ask to close it before replacing them.
CloseApplications=yes
RestartApplications=no

[Languages]
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
zh.DataTitle=数据文件夹
zh.DataQuestion=数据库和备份放在哪里？
zh.DataExplain=卸载或升级本程序都不会删除数据文件夹。
zh.DataPerUser=每个 Windows 用户各自一份（%APPDATA%\deskapp，默认）
zh.DataShared=这台电脑的所有用户共用一份（%PROGRAMDATA%\deskapp）
zh.DesktopIcon=在桌面上创建快捷方式
en.DataTitle=Data folder
en.DataQuestion=Where do the database and its backups go?
en.DataExplain=Uninstalling or upgrading never deletes the data folder.
en.DataPerUser=One for each Windows user (%APPDATA%\deskapp, default)
en.DataShared=One shared by everyone on this PC (%PROGRAMDATA%\deskapp)
en.DesktopIcon=Create a desktop shortcut

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"

[Files]
; The whole one-folder bundle. Only program files: the data folder is elsewhere, so an
; upgrade replaces the program and keeps every record; the first start of the new version
; copies the database, then migrates it (gui/app.py, store/schema.py).
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Dirs]
; Shared data: every user of the PC may write the database and its backups.
Name: "{commonappdata}\deskapp"; Permissions: users-modify; Check: DataShared; Flags: uninsneveruninstall

[Icons]
Name: "{group}\物业客服台"; Filename: "{app}\deskapp.exe"; IconFilename: "{app}\deskapp.exe"
Name: "{group}\卸载物业客服台"; Filename: "{uninstallexe}"
Name: "{autodesktop}\物业客服台"; Filename: "{app}\deskapp.exe"; IconFilename: "{app}\deskapp.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\deskapp.exe"; Description: "启动物业客服台"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program wrote beside itself; never the data folder.
Type: files; Name: "{app}\deskapp-install.ini"

[Code]
var
  DataPage: TInputOptionWizardPage;

function PreviousChoiceShared(): Boolean;
begin
  Result := GetIniString('data', 'folder', '', ExpandConstant('{app}\deskapp-install.ini')) <> '';
end;

procedure InitializeWizard();
begin
  DataPage := CreateInputOptionPage(wpSelectDir, CustomMessage('DataTitle'), CustomMessage('DataQuestion'),
    CustomMessage('DataExplain'), True, False);
  DataPage.Add(CustomMessage('DataPerUser'));
  DataPage.Add(CustomMessage('DataShared'));
  DataPage.SelectedValueIndex := 0;
end;

function ShouldSkipPage(PageID: Integer): Boolean;
begin
  { An upgrade keeps the choice made at the first installation: the data stays where it is. }
  Result := (PageID = DataPage.ID) and FileExists(ExpandConstant('{app}\deskapp-install.ini'));
end;

function DataShared(): Boolean;
begin
  if FileExists(ExpandConstant('{app}\deskapp-install.ini')) then
    Result := PreviousChoiceShared()
  else
    { /SHAREDDATA=1 on the command line: a silent installation for everyone on the PC. }
    Result := (DataPage.SelectedValueIndex = 1) or (ExpandConstant('{param:SHAREDDATA|0}') = '1');
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
  begin
    if DataShared() then
      SetIniString('data', 'folder', ExpandConstant('{commonappdata}\deskapp'), ExpandConstant('{app}\deskapp-install.ini'))
    else
      SetIniString('data', 'folder', '', ExpandConstant('{app}\deskapp-install.ini'));
  end;
end;
