#!/usr/bin/env bash
# The sharper laws' largest RF point (d = 1000, N = 1200, k = 2·10⁵, tanh, gaussian, weights-sd 1, target none, noise 1):
# S = ‖∇f(x₀)‖ through the streamed probe (SensitivityProbe.Measure, never the N×k matrix) against its numpy twin
# (bench/numpy_sensitivity.py, which forms Z), as whole processes under /usr/bin/time -v: wall time, peak RSS, ratios.
# First both fit the same X, W, y at a smaller k (robustmem dumps them, outside its timing) and their S must agree to 1e-8.
# Usage: bash bench/sensitivity_memory.sh [k, default 200000] [n, default 1200] [agreement k, default 10000]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
k="${1:-200000}"; n="${2:-1200}"; small_k="${3:-10000}"; d=1000
# The native backend needs Debian's OpenBLAS (.ci/setup installs it); without it the probe runs on managed code.
ldconfig -p | grep -q libopenblas.so.0 || echo "warning: libopenblas.so.0 not found, run bash .ci/setup: robustmem will be managed-only and far slower" >&2
source bench/common.sh
dotnet build -c Release bench/RobustMem.Benchmarks >/dev/null
ours=(dotnet bench/RobustMem.Benchmarks/bin/Release/net10.0/RobustMem.Benchmarks.dll sensitivity --model rf --activation tanh --d "$d")
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT

field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" "$2"; }

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB"
echo "blas: $(ldconfig -p | grep -m1 libopenblas.so.0 | awk '{print $NF}'); numpy $("$py" -c 'import numpy; print(numpy.__version__)') on $(readlink -f /usr/lib/x86_64-linux-gnu/libblas.so.3 2>/dev/null || echo '?')"

echo "== agreement: the same X, W, y, x0 (d = $d, N = 400, k = $small_k) =="
"${ours[@]}" --n 400 --k "$small_k" --dump "$work/inputs.bin" > "$work/ours-small.txt" 2>/dev/null
"$py" bench/numpy_sensitivity.py --dump "$work/inputs.bin" > "$work/numpy-small.txt"
a=$(field S "$work/ours-small.txt"); b=$(field S "$work/numpy-small.txt")
awk -v a="$a" -v b="$b" 'BEGIN {r = (a - b) / b; if (r < 0) r = -r; printf "S robustmem %.15g, numpy %.15g, relative difference %.2g: %s\n", a, b, r, (r <= 1e-8 ? "agree to 1e-8" : "DISAGREE")}'
rm -f "$work/inputs.bin"

echo "== largest point: d = $d, N = $n, k = $k (each side its own draws) =="
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -v "${ours[@]}" --n "$n" --k "$k" > "$work/ours.txt" 2> "$work/ours.time"
echo "load between: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -v "$py" bench/numpy_sensitivity.py --n "$n" --d "$d" --k "$k" > "$work/numpy.txt" 2> "$work/numpy.time"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
ow=$(wall "$work/ours.time"); nw=$(wall "$work/numpy.time"); om=$(rss_mb "$work/ours.time"); nm=$(rss_mb "$work/numpy.time")
printf '%-10s %18s %14s %14s %10s\n' side S "wall (process)" "fit (inside)" "peak RSS"
printf '%-10s %18.10g %13.1fs %13.1fs %7s MB\n' robustmem "$(field S "$work/ours.txt")" "$ow" "$(field seconds "$work/ours.txt")" "$om"
printf '%-10s %18.10g %13.1fs %13.1fs %7s MB\n' numpy "$(field S "$work/numpy.txt")" "$nw" "$(field seconds "$work/numpy.txt")" "$nm"
awk -v ow="$ow" -v nw="$nw" -v om="$om" -v nm="$nm" 'BEGIN {printf "time ratio robustmem/numpy %.2f; memory ratio robustmem/numpy %.3f; robustmem peak RSS %s 1.5 GB\n", ow / nw, om / nm, (om <= 1536 ? "under" : "OVER")}'
