#!/usr/bin/env bash
# Records the golden outputs that GoldenOutputTests compares against: measure JSON for every line of measure-cases.txt,
# the default `reproduce` CSVs and summary.md, the SHA-256 of every committed .snap file, and the machine they came from.
# Run it only when an output is meant to change, and say why in the commit.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
fixture="$root/tests/RobustMem.Tests/Golden/fixture"
cd "$root"
: > "$fixture/measure.jsonl"
grep -v '^#' "$fixture/measure-cases.txt" | while read -r line; do
  # shellcheck disable=SC2086
  ./robustmem measure $line >> "$fixture/measure.jsonl"
done
rm -rf "$fixture/reproduce" && mkdir -p "$fixture/reproduce"
out="$(mktemp -d)"
./robustmem reproduce --out "$out" --force
cp "$out"/*.csv "$out/summary.md" "$fixture/reproduce/"
rm -rf "$out"
(cd snapshots && sha256sum ./*.snap) > "$fixture/snapshots.sha256"
{
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "cores: $(nproc)"
  echo "backend: $(grep -o '"backend":"[a-z]*"' "$fixture/measure.jsonl" | head -1 | cut -d'"' -f4)"
} > "$fixture/machine.txt"
echo "recorded $(wc -l < "$fixture/measure.jsonl") measure lines, $(ls "$fixture/reproduce" | wc -l) reproduce files, $(wc -l < "$fixture/snapshots.sha256") snapshots"
