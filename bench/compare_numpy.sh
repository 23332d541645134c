#!/usr/bin/env bash
# Times `robustmem measure` against its numpy twin (bench/numpy_measure.py) on the same regimes, as whole processes
# (start-up included), alternating the two so that machine load hits both alike. Prints medians and ratios.
# Usage: bash bench/compare_numpy.sh [runs per side, default 5]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-5}"
bash .ci/setup >/dev/null
source bench/common.sh
robustmem_as_users_run_it; cmd=("${robustmem[@]}")   # the header says which build

regimes=(
  "RF relu n=k=1000 d=300, 5 repeats|--model rf --d 300 --k 1000 --n 1000 --repeats 5"
  "NTK relu n=3000 d=50 k=40|--model ntk --d 50 --k 40 --n 3000"
  "RF kernel relu n=1450 d=500|--model rf-kernel --d 500 --n 1450"
)

seconds() { local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null; t1=$(date +%s.%N); awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}'; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "robustmem: $build build"
echo "blas: $(ldconfig -p | grep -m1 libopenblas.so.0 | awk '{print $NF}'); numpy $("$py" -c 'import numpy; print(numpy.__version__)')"
printf '%-38s %10s %12s %8s %13s %8s\n' regime robustmem "numpy svd" ratio "numpy lstsq" ratio
for entry in "${regimes[@]}"; do
  name="${entry%%|*}"; args="${entry#*|}"
  ours=(); theirs=(); lstsq=()
  for _ in $(seq "$runs"); do
    # shellcheck disable=SC2086
    ours+=("$(seconds "${cmd[@]}" measure $args)")
    # shellcheck disable=SC2086
    theirs+=("$(seconds "$py" bench/numpy_measure.py $args)")
    # shellcheck disable=SC2086
    lstsq+=("$(seconds "$py" bench/numpy_measure.py $args --solver lstsq)")
  done
  a=$(printf '%s\n' "${ours[@]}" | median); b=$(printf '%s\n' "${theirs[@]}" | median); c=$(printf '%s\n' "${lstsq[@]}" | median)
  printf '%-38s %9.2fs %11.2fs %8.2f %12.2fs %8.2f\n' "$name" "$a" "$b" "$(awk -v a="$a" -v b="$b" 'BEGIN {print a / b}')" \
    "$c" "$(awk -v a="$a" -v c="$c" 'BEGIN {print a / c}')"
done
