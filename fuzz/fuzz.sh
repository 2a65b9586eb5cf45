#!/usr/bin/env bash
# Runs the fuzzing harness of rgiem; see docs/fuzzing.md.
#   fuzz/fuzz.sh mutate record|template SECONDS    in-process random mutation (no instrumentation)
#   fuzz/fuzz.sh afl    record|template SECONDS    AFL++ with SharpFuzz instrumentation
#   fuzz/fuzz.sh smoke [--no-build]                CI: a few thousand mutated inputs, fixed seed, at most 15 s per target
# Work files go to fuzz/work/ (ignored by git): corpus/, findings/, the instrumented build.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/fuzz/work"

if [ "${1:-}" = smoke ]; then
  # The seed corpus comes from the repository alone (no `template export`, no network); the Debug build is the
  # one `dotnet test Rgiem.slnx` made (built here when missing). Any exception or an input slower than 10 s fails.
  rm -rf "$work/smoke"
  mkdir -p "$work/smoke/record" "$work/smoke/template" "$work/smoke/include"
  find "$root/samples" -name '*.md' -size -64k | while read -r f; do
    name=$(echo "${f#"$root"/}" | tr / _)
    cp "$f" "$work/smoke/record/$name"
    awk 'NR == 1 && $0 == "---" { fm = 1; next } fm && $0 == "---" { fm = 0; next } !fm' "$f" > "$work/smoke/include/$name"  # an include is a fragment: no front matter
  done
  printf '```{include} part.md\n```\n\nText.\n' > "$work/smoke/include/self.md"
  cp "$root"/samples/group/*.dotx "$root/templates/itu-t.dotx" "$work/smoke/template/"
  [ "${2:-}" = --no-build ] || dotnet build "$root/fuzz/Rgiem.Fuzz" -v q -nologo >/dev/null
  dll="$root/fuzz/Rgiem.Fuzz/bin/Debug/net10.0/Rgiem.Fuzz.dll"
  status=0
  for run in "record 3000" "template 1500" "include 500"; do
    set -- $run
    echo "fuzz smoke: $1"
    dotnet "$dll" mutate "$1" "$work/smoke/$1" "$work/smoke/findings-$1" --seconds 15 --executions "$2" --seed 17 || status=1
  done
  exit $status
fi

mode=${1:?mode: mutate, afl or smoke}
target=${2:?target: record, template or include}
seconds=${3:-600}
corpus="$work/corpus/$target"
mkdir -p "$corpus" "$work/findings"

# The seed corpus: the sample records (and their includes) or the sample and built-in templates.
if [ -z "$(ls -A "$corpus")" ]; then
  if [ "$target" = record ] || [ "$target" = include ]; then
    find "$root/samples" -name '*.md' -size -64k | while read -r f; do cp "$f" "$corpus/$(echo "${f#"$root"/}" | tr / _)"; done
  else
    cp "$root"/samples/group/*.dotx "$corpus/"
    dotnet run --project "$root/src/Rgiem.Cli" -v q -- template export "$corpus/itu-t.dotx" >/dev/null
  fi
fi

# A fresh copy each time: AFL needs the assemblies instrumented exactly once.
rm -rf "$work/bin"
dotnet publish "$root/fuzz/Rgiem.Fuzz" -c Release -o "$work/bin" -v q >/dev/null
if [ "$mode" = mutate ]; then
  exec dotnet "$work/bin/Rgiem.Fuzz.dll" mutate "$target" "$corpus" "$work/findings/$target-mutate" --seconds "$seconds"
fi

# AFL++: instrument rgiem's own assemblies (Markdig, YamlDotNet and the Open XML SDK are not ours to fix).
command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: sudo apt-get install afl++" >&2; exit 2; }
command -v sharpfuzz >/dev/null || export PATH="$PATH:$HOME/.dotnet/tools"
command -v sharpfuzz >/dev/null || { echo "sharpfuzz not found: dotnet tool install -g SharpFuzz.CommandLine" >&2; exit 2; }
for dll in Rgiem.Core.dll Rgiem.Docx.dll; do sharpfuzz "$work/bin/$dll"; done
export AFL_SKIP_BIN_CHECK=1 AFL_AUTORESUME=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
exec afl-fuzz -V "$seconds" -i "$corpus" -o "$work/findings/$target-afl" -t 10000 -m none -x "$root/fuzz/$target.dict" \
  -- dotnet "$work/bin/Rgiem.Fuzz.dll" afl "$target"
