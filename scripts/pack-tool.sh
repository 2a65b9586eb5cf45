#!/usr/bin/env bash
# Packs rgiem as a .NET tool into a folder (default: artifacts/), the way `dotnet tool install` picks it:
#   Rgiem.Tool.<version>.nupkg              the package users name; it only points at the ones below
#   Rgiem.Tool.linux-x64.<version>.nupkg    NativeAOT executable (starts in milliseconds; no .NET runtime needed)
#   Rgiem.Tool.<rid>.<version>.nupkg        framework-dependent ReadyToRun (needs .NET 10) for linux-arm64, osx-arm64,
#                                           osx-x64 and win-x64: precompiled by crossgen here, no native build needed
#   Rgiem.Tool.any.<version>.nupkg          framework-dependent IL, for every other platform (needs .NET 10)
# A NativeAOT package can only be built on its own OS and CPU, with the platform's C toolchain (Debian:
# apt-get install clang zlib1g-dev); it takes a few minutes on two cores. Without clang, or with
# RGIEM_PACK_AOT=0, there is no Rgiem.Tool.linux-x64 and Linux x64 installs Rgiem.Tool.any. RGIEM_PACK_R2R=0 leaves
# out the ReadyToRun packages (those platforms then install Rgiem.Tool.any too); RGIEM_PACK_R2R="win-x64" (a list of
# some of the four, separated by spaces or commas) packs only those, as CI does. The pointer always names exactly the
# packages written, so the folder installs everywhere. Install from the folder with:
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
r2r="${RGIEM_PACK_R2R:-1}"
r2r_rids=(linux-arm64 osx-arm64 osx-x64 win-x64)   # keep in step with ToolPackageRuntimeIdentifiers in the project

rids=()
if [ "$aot" = 1 ]; then rids+=(linux-x64); else
  echo "pack-tool: no NativeAOT package (needs Linux x64 and clang); Linux x64 gets the framework-dependent tool" >&2
fi
case "$r2r" in
  1) rids+=("${r2r_rids[@]}") ;;
  0) ;;
  *)
    read -r -a asked <<< "${r2r//,/ }"
    for rid in "${r2r_rids[@]}"; do   # the pointer's order, whatever the order asked
      for a in "${asked[@]}"; do [ "$a" = "$rid" ] && rids+=("$rid"); done
    done
    for a in "${asked[@]}"; do
      case " ${r2r_rids[*]} " in *" $a "*) ;; *) echo "pack-tool: RGIEM_PACK_R2R: '$a' is not one of ${r2r_rids[*]} (or 0 or 1)" >&2; exit 2 ;; esac
    done
    ;;
esac
rids+=(any)
list="$(IFS=';'; echo "${rids[*]}")"

pack() { echo "pack-tool: dotnet pack $project -c Release $*" >&2; dotnet pack "$project" -c Release -o "$out" --nologo "${extra[@]}" "$@" >&2; }

# The pointer: tools/any/any/DotnetToolSettings.xml names the packages below (quoted: MSBuild would split at ';').
pack "-p:ToolPackageRuntimeIdentifiers=\"$list\""
for rid in "${rids[@]}"; do
  start=$SECONDS
  pack -r "$rid"          # linux-x64: NativeAOT; any: IL; the others: ReadyToRun (src/Rgiem.Cli/Rgiem.Cli.csproj)
  echo "pack-tool: $rid packed in $((SECONDS - start)) s" >&2
done
ls -1 "$out"/Rgiem.Tool*.nupkg
