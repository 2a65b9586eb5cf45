#!/usr/bin/env pwsh
# A thin mirror of the README commands (PowerShell is optional; every step is a plain dotnet command).
param([ValidateSet('build', 'test', 'samples', 'pack', 'all')] [string] $Target = 'all')
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

if ($Target -in 'build', 'all') { dotnet build Rgiem.slnx }
if ($Target -in 'samples', 'all') { dotnet run --project src/Rgiem.Cli -- build samples/rg-iem }
if ($Target -in 'test', 'all') { dotnet test Rgiem.slnx }
if ($Target -eq 'pack') { dotnet pack src/Rgiem.Cli -c Release -o artifacts }
