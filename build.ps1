#!/usr/bin/env pwsh
# A thin mirror of the README commands (PowerShell is optional; every step is a plain dotnet command).
#   ./build.ps1                      build, build the samples, test
#   ./build.ps1 pack                 artifacts/Rgiem.Tool*.<version>.nupkg (scripts/pack-tool.sh), for 'dotnet tool install --add-source artifacts Rgiem.Tool'
#   ./build.ps1 publish -Runtime R   artifacts/R/rgiem, a self-contained single file for machines without .NET (R: linux-x64, win-x64, osx-arm64…)
#   ./build.ps1 publish-aot -Runtime R  artifacts/R-aot/rgiem, a NativeAOT executable (fastest start; needs clang, takes minutes)
param(
    [ValidateSet('build', 'test', 'samples', 'pack', 'publish', 'publish-aot', 'all')] [string] $Target = 'all',
    [string] $Runtime = 'linux-x64'
)
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

function Invoke-Dotnet { dotnet @args; if ($LASTEXITCODE -ne 0) { throw "dotnet $args failed with exit code $LASTEXITCODE" } }

if ($Target -in 'build', 'all') { Invoke-Dotnet build Rgiem.slnx }
if ($Target -in 'samples', 'all') { Invoke-Dotnet run --project src/Rgiem.Cli -- build samples/rg-iem }
if ($Target -in 'test', 'all') { Invoke-Dotnet test Rgiem.slnx }
if ($Target -eq 'pack') { bash scripts/pack-tool.sh artifacts; if ($LASTEXITCODE -ne 0) { throw "scripts/pack-tool.sh failed with exit code $LASTEXITCODE" } }
if ($Target -eq 'publish') { Invoke-Dotnet publish src/Rgiem.Cli -c Release -r $Runtime -p:PublishSingleFile=true -o "artifacts/$Runtime" }
if ($Target -eq 'publish-aot') { Invoke-Dotnet publish src/Rgiem.Cli -c Release -r $Runtime -p:PublishAot=true -o "artifacts/$Runtime-aot" }
