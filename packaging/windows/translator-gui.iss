; Inno Setup script: the Windows installer for the one-folder build in dist\translator-gui.
; packaging\windows\build.ps1 runs it as:  iscc /DAppVersion=<version> packaging\windows\translator-gui.iss
; (NOT run on the Linux machine this project is tested on: see README, Development.)

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=0.1.0 translator-gui.iss
#endif

#define AppName "Translator"
#define AppId "io.github.translator_gui.Translator"
#define AppExe "translator-gui.exe"
#define Root "..\.."

[Setup]
; The AppId keys the uninstaller in the registry: never change it between releases.
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Translator contributors
AppPublisherURL=https://github.com/translator-gui/Translator
AppSupportURL=https://github.com/translator-gui/Translator/issues
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install by default (no administrator rights needed); the dialog offers all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile={#Root}\LICENSE
SetupIconFile={#Root}\resources\icons\{#AppId}.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#Root}\dist
OutputBaseFilename=Translator-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running Translator before files are replaced (it would hold them open).
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: translator-gui.exe and _internal\ (Python, Qt, the app).
Source: "{#Root}\dist\translator-gui\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppId}"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Settings, transcripts and logs live in the user's AppData folders and stay on uninstall;
; the API key stays in Windows Credential Manager until "Forget API key" is used.
