#!/usr/bin/env bash
# Issue 19's benchmarks: `./robustmem measure` as users run it (the native executable) against a numpy twin in the same
# run, alternating sides, as whole processes under /usr/bin/time -v (wall time, peak RSS). Appends one CSV row per regime
# and side pair to docs/results/data/bench-routes.csv with the date and the machine load before and after.
#   rf-relu-threshold: RF relu n = k = 1000, d = 300, 5 repeats (dense route; twin: bench/numpy_measure.py, SVD)
#   ntk-readme:        NTK relu d = 300, k = 1000, n = 500, README defaults (dual route; twin forms the 500×300 000 features)
#   rf-tanh-largest:   RF tanh d = 1000, N = 1200, k = 2·10⁵, --fields sensitivity (streamed route; twin bench/numpy_sensitivity.py forms Z)
# Usage: bash bench/routes.sh [regime ...]   (default: all three)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source bench/common.sh
robustmem_as_users_run_it; ours=("${robustmem[@]}")
out=docs/results/data/bench-routes.csv
mkdir -p "$(dirname "$out")"
[ -f "$out" ] || echo "date_utc,regime,route,robustmem_command,numpy_command,robustmem_s,numpy_s,time_ratio,robustmem_rss_mb,numpy_rss_mb,memory_ratio,load_before,load_after,build,cores" > "$out"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
load() { cut -d' ' -f1 /proc/loadavg; }

declare -A ROUTE=( [rf-relu-threshold]=dense [ntk-readme]=dual [rf-tanh-largest]=streamed )
declare -A OURS=(
  [rf-relu-threshold]="measure --model rf --d 300 --k 1000 --n 1000 --repeats 5"
  [ntk-readme]="measure --model ntk"
  [rf-tanh-largest]="measure --model rf --activation tanh --law gaussian --d 1000 --n 1200 --k 200000 --weights-sd 1 --target none --fields sensitivity"
)
declare -A THEIRS=(
  [rf-relu-threshold]="bench/numpy_measure.py --model rf --d 300 --k 1000 --n 1000 --repeats 5"
  [ntk-readme]="bench/numpy_measure.py --model ntk --d 300 --k 1000 --n 500"
  [rf-tanh-largest]="bench/numpy_sensitivity.py --n 1200 --d 1000 --k 200000"
)
regimes=("$@"); [ ${#regimes[@]} -gt 0 ] || regimes=(rf-relu-threshold ntk-readme rf-tanh-largest)
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); robustmem $build; numpy $("$py" -c 'import numpy; print(numpy.__version__)')"
for r in "${regimes[@]}"; do
  before=$(load)
  # shellcheck disable=SC2086
  /usr/bin/time -v "${ours[@]}" ${OURS[$r]} > "$work/ours.out" 2> "$work/ours.time" || { echo "$r: robustmem failed"; tail -3 "$work/ours.time"; continue; }
  # shellcheck disable=SC2086
  /usr/bin/time -v "$py" ${THEIRS[$r]} > "$work/numpy.out" 2> "$work/numpy.time" || { echo "$r: numpy failed"; tail -3 "$work/numpy.time"; continue; }
  after=$(load)
  ow=$(wall "$work/ours.time"); nw=$(wall "$work/numpy.time"); om=$(rss_mb "$work/ours.time"); nm=$(rss_mb "$work/numpy.time")
  tr=$(awk -v a="$ow" -v b="$nw" 'BEGIN {printf "%.3f", a / b}'); mr=$(awk -v a="$om" -v b="$nm" 'BEGIN {printf "%.3f", a / b}')
  echo "$(date -u '+%Y-%m-%d %H:%M'),$r,${ROUTE[$r]},./robustmem ${OURS[$r]},python3 ${THEIRS[$r]},$ow,$nw,$tr,$om,$nm,$mr,$before,$after,$build,$(nproc)" >> "$out"
  printf '%-18s robustmem %7.1fs %6s MB   numpy %7.1fs %6s MB   time ratio %s   memory ratio %s   load %s -> %s\n' "$r" "$ow" "$om" "$nw" "$nm" "$tr" "$mr" "$before" "$after"
done
