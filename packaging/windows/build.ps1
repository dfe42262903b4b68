# Builds Translator for Windows, in one command (PowerShell, from the repository root):
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# -> dist\translator-gui\translator-gui.exe (one folder, windowed: no console window)
#    dist\Translator-<version>-windows-x64-setup.exe (Inno Setup: Start-menu entry, icon, uninstaller)
# Needs Python 3.11+ (python.org) on PATH and Inno Setup 6 (iscc.exe on PATH or in its default folder).
# Signing: set $env:SIGNTOOL_CERT (a .pfx) and $env:SIGNTOOL_PASSWORD to sign the exe and the installer.
# NOT run on the Linux machine this project is tested on: see README, Development.
$ErrorActionPreference = "Stop"
$Root = Resolve-Path "$PSScriptRoot\..\.."
Set-Location $Root
$Venv = "$Root\build\venv-windows"

if (-not (Test-Path "$Venv\Scripts\python.exe")) {
    python -m venv $Venv
    & "$Venv\Scripts\python.exe" -m pip install --upgrade pip
}
& "$Venv\Scripts\python.exe" -m pip install --force-reinstall --no-deps "$Root"
& "$Venv\Scripts\python.exe" -m pip install --require-hashes -r "$Root\packaging\lock\build.txt"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

& "$Venv\Scripts\python.exe" packaging\notices.py build\THIRD-PARTY-NOTICES.txt
& "$Venv\Scripts\python.exe" packaging\version_info.py build\version_info.txt
$env:TRANSLATOR_NOTICES = "$Root\build\THIRD-PARTY-NOTICES.txt"
& "$Venv\Scripts\pyinstaller.exe" --noconfirm --clean --distpath dist --workpath build\pyinstaller `
    packaging\pyinstaller\translator-gui.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# The frozen app starts and knows its version (a windowed exe has no console: read the exit code).
$version = & "$Venv\Scripts\python.exe" -c "from importlib.metadata import version; print(version('translator-gui'))"
$probe = Start-Process -FilePath "dist\translator-gui\translator-gui.exe" -ArgumentList "--version" -Wait -PassThru
if ($probe.ExitCode -ne 0) { throw "the frozen app failed to start (exit $($probe.ExitCode))" }

function Sign($file) {
    if ($env:SIGNTOOL_CERT) {
        signtool sign /f $env:SIGNTOOL_CERT /p $env:SIGNTOOL_PASSWORD /fd SHA256 `
            /tr http://timestamp.digicert.com /td SHA256 $file
        if ($LASTEXITCODE -ne 0) { throw "signing $file failed" }
    }
}
Sign "dist\translator-gui\translator-gui.exe"

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" packaging\windows\translator-gui.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Sign "dist\Translator-$version-windows-x64-setup.exe"
Write-Host "Built dist\Translator-$version-windows-x64-setup.exe"
