#!/usr/bin/env python3
"""Prints the claims table in Markdown from TestResults/claims.jsonl (written by the property tests).

One row per claim: regimes tried, verdict, and the worst ratio against its band (the case closest to, or
furthest past, an edge). Negative controls get their own rows: their verdict is "caught" when every case failed
the bound, as it must.
"""
import json, math, sys
from collections import OrderedDict

def position(case):
    """How far inside the band, as a factor: < 1 means outside. min(ratio/lower, upper/ratio)."""
    r, lo, hi = case.get("ratio"), case.get("lower"), case.get("upper")
    if r is None or r <= 0:
        return None
    inside = [x for x in ((r / lo) if lo and lo > 0 else None, (hi / r) if hi else None) if x is not None]
    return min(inside) if inside else None

def tally(cases, key):
    """The bound's or the tightness's results over the cases, e.g. "Holds 4" or "Attained 3, NotAttained 1"."""
    counts = OrderedDict()
    for c in cases:
        v = c.get(key) or "—"
        counts[v] = counts.get(v, 0) + 1
    return ", ".join(f"{k} {n}" for k, n in counts.items())

def main(path):
    rows = OrderedDict()
    try:
        with open(path) as f:
            for line in f:
                if line.strip():
                    c = json.loads(line)
                    rows.setdefault((c["claim"], c["control"], c["expected"]), []).append(c)
    except FileNotFoundError:
        print(f"No claims ledger at `{path}`: the property tests did not run.")
        return 1
    print("| claim | control | regimes tried | verdict | lower bound | tightness | worst ratio against its band |")
    print("|---|---|---|---|---|---|---|")
    bad = 0
    # Claim.All's order (THEORY.md §2); GeneratedDocumentsTests.ClaimsSummary_OrdersEveryClaimOfTheCatalogue keeps them equal.
    order = ["I-RF", "I-NTK", "II", "III", "T", "N", "G", "R", "M", "B-RF", "B-NTK-even", "B-NTK-plateau", "U"]
    keyed = sorted(rows.items(), key=lambda kv: (order.index(kv[0][0]) if kv[0][0] in order else 99, kv[0][1] != "None", kv[0][1]))
    for (claim, control, expected), cases in keyed:
        if expected == "pass":
            ok = all(c["passed"] for c in cases)
            verdict = "holds" if ok else f"FAILS ({sum(not c['passed'] for c in cases)} regimes)"
        else:
            ok = not any(c["passed"] for c in cases)
            verdict = "caught" if ok else f"NOT CAUGHT ({sum(c['passed'] for c in cases)} regimes)"
        bad += not ok
        scored = [(position(c), c) for c in cases if position(c) is not None]
        if scored:
            p, c = min(scored, key=lambda t: t[0])
            hi = "∞" if c["upper"] is None else f"{c['upper']:.3g}"
            worst = f"{c['ratio']:.3g} in [{c['lower']:.3g}, {hi}] ({c['regime']})"
        else:
            worst = "n/a"
        print(f"| {claim} | {'—' if control == 'None' else control} | {len(cases)} | {verdict} | {tally(cases, 'bound')} | {tally(cases, 'tightness')} | {worst} |")
    disagreements = OrderedDict()
    for (claim, control, expected), cases in keyed:
        for c in cases:
            if c.get("disagreement") and control == "None":
                disagreements.setdefault((claim, c["disagreement"].split("; measured:")[0]), []).append(c)
    if disagreements:
        print()
        print("Where the measurements disagree with the paper's statement:")
        print()
        for (claim, statement), cases in disagreements.items():
            print(f"- **{claim}**: {cases[0]['disagreement']} ({len(cases)} regimes; first: {cases[0]['regime']})")
    return 0 if bad == 0 else 2

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "TestResults/claims.jsonl"))
