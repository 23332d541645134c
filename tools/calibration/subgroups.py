#!/usr/bin/env python3
"""Per-subgroup bands from a calibration figures CSV (properties/RobustMem.Calibration).

Usage: python3 tools/calibration/subgroups.py figures.csv [--csharp]
For each claim (the property name's first word) and subgroup (activation, law, k/d rounded; the kernel claims by
activation), and each figure the scaling checks compare (relative(n), relative(4n), quotient), prints mean, sd and the
band mean ± 4·sd, where sd is the larger of the subgroup's own and the claim's pooled within-subgroup sd (a subgroup of
20 seeds estimates its sd poorly). Fast and full twins of a property are pooled: they draw the same families.
With --csharp, prints the entries of src/RobustMem/Claims/CalibratedBands.cs.
"""
import csv, math, re, sys
from collections import defaultdict

FIGURES = ("relative(n)", "relative(4n)", "quotient")
Z = 4.0

def subgroup(regime):
    m = re.match(r"(\S+) (\S+) (\S+); d=(\d+)(?: k=(\d+))?", regime)
    model, act, law, d, k = m.group(1), m.group(2), m.group(3), int(m.group(4)), m.group(5)
    if k is None:
        return act
    return f"{act} {law} k/d={round(int(k) / d)}"

def main(path, csharp=False):
    data = defaultdict(list)
    with open(path) as f:
        for row in csv.reader(f):
            prop, name, value, regime = row[0], row[2], float(row[3]), ",".join(row[5:])
            if " × " in prop or name not in FIGURES or not math.isfinite(value) or "MinNorm" not in prop:
                continue
            data[(prop.split()[0], subgroup(regime), name)].append(value)
    pooled = {}
    for claim in {k[0] for k in data}:
        for name in FIGURES:
            groups = [v for (c, g, n), v in data.items() if c == claim and n == name and len(v) > 1]
            dof = sum(len(v) - 1 for v in groups)
            ss = sum(sum((x - sum(v) / len(v)) ** 2 for x in v) for v in groups)
            pooled[(claim, name)] = math.sqrt(ss / dof) if dof else float("nan")
    rows = defaultdict(dict)
    for (claim, group, name), v in sorted(data.items()):
        n = len(v); mean = sum(v) / n
        sd = math.sqrt(sum((x - mean) ** 2 for x in v) / (n - 1)) if n > 1 else float("nan")
        used = max(sd if math.isfinite(sd) else 0, pooled[(claim, name)])
        rows[(claim, group)][name] = (mean, sd, used, n)
    for (claim, group), figs in rows.items():
        if csharp:
            parts = []
            for name in FIGURES:
                mean, sd, used, n = figs[name]
                parts.append(f"{mean - Z * used:.3f}, {mean + Z * used:.3f}")
            count = figs[FIGURES[0]][3]
            print(f'        ["{claim} | {group}"] = Entry({count}, {parts[0]}, {parts[1]}, {parts[2]}),')
        else:
            for name in FIGURES:
                mean, sd, used, n = figs[name]
                print(f"{claim} | {group} | {name}: n={n} mean {mean:.4g} sd {sd:.3g} (used {used:.3g}) band [{mean - Z * used:.4g}, {mean + Z * used:.4g}]")

if __name__ == "__main__":
    main(sys.argv[1], "--csharp" in sys.argv)
