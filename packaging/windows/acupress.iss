; Inno Setup 6 installer around the PyInstaller folder (build on Windows; see packaging/README.md):
;   make package            (or: pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\pyinstaller\acupress.spec)
;   iscc packaging\windows\acupress.iss
; The version is not written here: it is read back from acupress.exe, whose version resource the spec
; writes from the package version (pyproject.toml's version source), so the installer cannot disagree.
; Per-user install (no administrator rights), Start menu entry, optional desktop icon, uninstaller.

#define AppId "io.github.acupress.Acupress"
#define AppName "Acupress"
#define SourceDir AddBackslash(SourcePath) + "..\..\dist\acupress"
#define AppVersion GetStringFileInfo(SourceDir + "\acupress.exe", "ProductVersion")
#if AppVersion == ""
  #error acupress.exe has no version: build the bundle with packaging\pyinstaller\acupress.spec first
#endif

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Acupress developers
AppPublisherURL=https://github.com/acupress/acupress
VersionInfoVersion={#GetVersionNumbersString(SourceDir + "\acupress.exe")}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\..\build\icons\acupress.ico
UninstallDisplayIcon={app}\acupress.exe
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=Acupress-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\acupress.exe"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\acupress.exe"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Run]
Filename: "{app}\acupress.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The user's history stays in %LOCALAPPDATA%\Acupress when the app is uninstalled (it is theirs).
