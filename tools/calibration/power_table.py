#!/usr/bin/env python3
"""The power table of docs/results/power.md (docs/results/data/power.csv) from the calibration runner's output with --variants.

Usage: python3 tools/calibration/power_table.py run1.txt [run2.txt ...] [--cases 4]
(a later file's row replaces an earlier one for the same property and variant)
Reads lines "<claim> <property> × <variant>: rejected r/N per case, ..." and prints, per variant and claim, each
property's rejection rate per case and the claim's rate per suite run: 1 − Π over its properties (1 − p)^cases, each
property drawing `cases` regimes (ROBUSTMEM_PROPERTY_CASES, default 4) from its own generator.
"""
import re, sys
from collections import OrderedDict

def main(args):
    cases = 4
    if "--cases" in args:
        i = args.index("--cases"); cases = int(args[i + 1]); args = args[:i] + args[i + 2:]
    rows = OrderedDict()
    for path in args:  # a later file's row replaces an earlier one for the same property and variant (a re-run)
        for line in open(path):
            m = re.match(r"(\S+) (\S+) × (\S+): rejected (\d+)/(\d+) per case.*\(seeds (\d+)\.\.(\d+)\)", line)
            if m:
                claim, prop, variant, r, n, a, b = m.groups()
                props = rows.setdefault((variant, claim), [])
                props[:] = [row for row in props if row[0] != prop] + [(prop, int(r), int(n), f"{a}..{b}")]
    print("| wrong variant | claim | property: rejected per case | per suite run (claim) |")
    print("|---|---|---|---|")
    for (variant, claim), props in rows.items():
        miss = 1.0
        for _, r, n, _ in props:
            miss *= (1 - r / n) ** cases
        cells = "; ".join(f"`{p}` {r}/{n}" for p, r, n, _ in props)
        print(f"| {variant} | {claim} | {cells} | {1 - miss:.4f} |")

if __name__ == "__main__":
    main(sys.argv[1:])
