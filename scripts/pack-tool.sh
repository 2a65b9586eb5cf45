#!/usr/bin/env bash
# Packs rgiem as a .NET tool into a folder (default: artifacts/), the way `dotnet tool install` picks it:
#   Rgiem.Tool.<version>.nupkg            the package users name; it only points at the two below
#   Rgiem.Tool.linux-x64.<version>.nupkg  NativeAOT executable (starts in milliseconds; no .NET runtime needed)
#   Rgiem.Tool.any.<version>.nupkg        framework-dependent IL, for every other platform (needs .NET 10)
# A NativeAOT package can only be built on its own OS and CPU, with the platform's C toolchain (Debian:
# apt-get install clang zlib1g-dev); it takes a few minutes on two cores. Without clang, or with
# RGIEM_PACK_AOT=0, the script packs only Rgiem.Tool.any and a pointer to it alone, so that the folder still
# installs everywhere (JIT). Install from the folder with:
#   dotnet tool install --global --add-source artifacts Rgiem.Tool
# Usage: scripts/pack-tool.sh [OUTPUT-FOLDER]     (extra dotnet arguments in RGIEM_PACK_ARGS)
set -euo pipefail
cd "$(dirname "$0")/.."

out="$(mkdir -p "${1:-artifacts}" && cd "${1:-artifacts}" && pwd)"
project=src/Rgiem.Cli
read -r -a extra <<< "${RGIEM_PACK_ARGS:-}"

aot="${RGIEM_PACK_AOT:-auto}"
if [ "$aot" = auto ]; then
  aot=0
  if [ "$(uname -s)-$(uname -m)" = Linux-x86_64 ] && command -v clang >/dev/null; then aot=1; fi
fi

pack() { echo "pack-tool: dotnet pack $project -c Release $*" >&2; dotnet pack "$project" -c Release -o "$out" --nologo "${extra[@]}" "$@" >&2; }

if [ "$aot" = 1 ]; then
  pack                    # the pointer: tools/any/any/DotnetToolSettings.xml names linux-x64 and any
  pack -r linux-x64       # NativeAOT
else
  echo "pack-tool: no NativeAOT package (needs Linux x64 and clang); packing the framework-dependent tool only" >&2
  pack -p:ToolPackageRuntimeIdentifiers=any
fi
pack -r any               # framework-dependent fallback
ls -1 "$out"/Rgiem.Tool*.nupkg
