#!/usr/bin/env bash
# The -real figures' S_paper (robustmem measure --setting bombari2023, the same quantity at the same regime) against the
# sharper laws' own method re-implemented in numpy (bench/paper_real_data.py) on Fashion-MNIST 0 against 1: the same file,
# classes, protocol, N and k; each side its own random numbers, seeds 0..S-1; mean ± standard error per cell.
# Writes docs/results/data/real-data-comparison.csv (with the command, date and load in its comment lines).
# The same-data, same-weights check to 1e-8 is the test PaperMethodTests (tests/RobustMem.Tests/SharperLaws).
# Usage: bash bench/real_data_comparison.sh [seeds, default 8]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seeds="${1:-8}"
F=/usr/share/datasets/fashion-mnist
[ -f "$F/train-images-idx3-ubyte.gz" ] || { echo "dataset-fashion-mnist is not installed (bash .ci/setup installs it)" >&2; exit 2; }
source bench/common.sh
dotnet build src/RobustMem.Cli -c Release -v q >/dev/null
cli=(dotnet src/RobustMem.Cli/bin/Release/net10.0/RobustMem.Cli.dll)
law="file:$F/train-images-idx3-ubyte.gz,$F/train-labels-idx1-ubyte.gz"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
mkdir -p docs/results/data
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for cell in "rf tanh 512" "rf tanh 2048" "rf tanh 4096" "rf cos 512" "rf cos 2048" "rf cos 4096" "ntk tanh 8" "ntk tanh 32" "ntk cos 8" "ntk cos 32" "ntk quadratic 32"; do
  set -- $cell
  for s in $(seq 0 $((seeds - 1))); do
    "${cli[@]}" measure --setting bombari2023 --law "$law" --classes 0,1 --model "$1" --activation "$2" --k "$3" --n 128 --test-points 2 --seed "$s" >> "$work/ours.jsonl"
  done
done
out=docs/results/data/real-data-comparison.csv
mkdir -p "$(dirname "$out")"
{
  echo "# bash bench/real_data_comparison.sh $seeds; $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, load before $load_before, after $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "# robustmem: measure --setting bombari2023 --law file:train-images-idx3-ubyte.gz,train-labels-idx1-ubyte.gz --classes 0,1 --n 128 --test-points 2 --seed 0..$((seeds - 1)), its sensitivity_paper"
  echo "# paper method: bench/paper_real_data.py (numpy $(/usr/bin/python3 -c 'import numpy; print(numpy.__version__)')), pinv, W ~ N(0, I/d) on z = pixels/255, S = sqrt(d)|grad_z f(z0)|, numpy seeds [seed, N, k, 21]"
  /usr/bin/python3 bench/paper_real_data.py "$F/train-images-idx3-ubyte.gz" "$F/train-labels-idx1-ubyte.gz" --classes 0,1 --seeds "$seeds" --ours "$work/ours.jsonl"
} > "$out.tmp"
mv "$out.tmp" "$out"
cat "$out"
