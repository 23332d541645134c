#!/usr/bin/env bash
# Writes docs/results/data/laws.json, the verdicts table of README.md and docs/results/claims.md: runs
# `./robustmem laws --format json` (seed 0 unless given) and keeps, per (model class, law), the three results with
# their figures, adding the command, seed, date and machine that docs/results/data files carry. Then run
# `dotnet run --project tools/docs` to write the tables. Usage: bash tools/docs/laws-data.sh [SEED]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
seed="${1:-0}"
out=docs/results/data/laws.json
./robustmem laws --format json --show-not-applicable --seed "$seed" > /tmp/robustmem-laws.json 2> /tmp/robustmem-laws.err || true
checked="$(grep -o 'checked .* in [0-9.]* s' /tmp/robustmem-laws.err | tail -n 1)"
python3 - "$seed" "$checked" "$out" <<'PY'
import json, sys, datetime, os, platform
seed, checked, out = sys.argv[1], sys.argv[2], sys.argv[3]
run = json.load(open("/tmp/robustmem-laws.json"))
def figures(part):
    if not part or not part.get("figures"):
        return part["result"] if part else ""
    return part["result"] + ": " + ", ".join(
        f"{f['label']} {f['value']:.3g}" if f.get("value") is not None else f"{f['label']} n/a" for f in part["figures"])
rows = []
for law in run["laws"]:
    if not law.get("applicable", True):
        rows.append({"model": law["model"], "law": law["law"], "applicable": "no", "claim": law.get("claim") or "", "regime": "",
                     "lower bound": law.get("why_not", "not applicable"), "tightness": "", "disagreement with the paper": ""})
        continue
    d = law.get("disagreement")
    rows.append({"model": law["model"], "law": law["law"], "applicable": "yes", "claim": law.get("claim") or "", "regime": law["regime"],
                 "lower bound": figures(law.get("lower_bound")), "tightness": figures(law.get("tightness")),
                 "disagreement with the paper": "none" if not d else f"measured: {d['measured']}; explained by {d['explained_by']}"})
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.machine())
data = {"command": f"./robustmem laws --format json --show-not-applicable --seed {seed}", "seeds": seed,
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{os.cpu_count()} cores, {cpu}, backend {run['backend']}, load {os.getloadavg()[0]:.1f}; {checked}",
        "rows": rows}
with open(out, "w") as f:
    json.dump(data, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"laws-data: wrote {out} ({len(rows)} rows)")
PY
