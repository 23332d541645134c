#!/usr/bin/env python3
"""Prints the claims table in Markdown from TestResults/claims.jsonl (written by the property tests, one run).

One row per case of the registry (ClaimCases: properties/RobustMem.Properties/Claims/<Claim>/<Claim>Cases.cs): the quantity its check measures
(symbol and name, S for a ledger that predates them), regimes tried, verdict, the
lower bound's and tightness's results, and the conditions that decided the verdict. A property's verdict is decided
by the conditions it violated (FAILS) or by all of them (holds); a negative control's by the conditions it violated
(caught) or by all of them, none violated (NOT CAUGHT). Below the table, every condition of every case: how many
regimes it held in, and its line from the first regime that violated it (or the first regime).
"""
import json, os, re, sys
from collections import OrderedDict

THEORY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "docs", "explanation", "THEORY.md")


def catalogue_order(path=THEORY):
    """The claims' ids in the catalogue's order: the rows of THEORY.md §2's table (a row may hold two, "I-RF, I-NTK").
    GeneratedDocumentsTests keeps that table in Claim.All's order, so a new claim is ordered here without an edit."""
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:
        return []
    section = text[text.find("## 2. "):text.find("## 3. ")]
    ids = [m.group(1) for m in re.finditer(r"(?m)^\| ([^|]+?) \|", section) if m.group(1) != "id" and not m.group(1).startswith("---")]
    return [i for cell in ids for i in cell.split(", ")]


order = catalogue_order()
NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|∞")


def shape(condition):
    """A condition without its numbers and its [ok]/[VIOLATED] mark: the same condition in another regime or repeat."""
    return NUMBER.sub("#", condition.split("] ", 1)[-1])


def violated(condition):
    return condition.startswith("[VIOLATED]")


def case_of(row):
    """The ledger's key; a ledger written before rows carried their case falls back to (claim, control)."""
    return row.get("case") or f"{row['claim']} {'' if row['control'] == 'None' else row['control']}".strip()


def tally(cases, key):
    """The bound's or the tightness's results over the cases, e.g. "Holds 4" or "Attained 3, NotAttained 1"."""
    counts = OrderedDict()
    for c in cases:
        v = c.get(key) or "—"
        counts[v] = counts.get(v, 0) + 1
    return ", ".join(f"{k} {n}" for k, n in counts.items())


def conditions(cases):
    """Each condition shape of the case: (regimes it held in, regimes it was checked in, its line to show)."""
    seen = OrderedDict()
    for c in cases:
        for line in c.get("conditions") or []:
            held, checked, shown = seen.get(shape(line), (0, 0, None))
            if shown is None or (violated(line) and not violated(shown)):
                shown = line
            seen[shape(line)] = (held + (not violated(line)), checked + 1, shown)
    return seen


def cell(text):
    return text.replace("|", "\\|")


def main(path):
    rows = OrderedDict()
    try:
        with open(path) as f:
            for line in f:
                if line.strip():
                    c = json.loads(line)
                    rows.setdefault(case_of(c), []).append(c)
    except FileNotFoundError:
        print(f"No claims ledger at `{path}`: the property tests did not run.")
        return 1
    print("| case | measures | control | regimes tried | verdict | lower bound | tightness | decided by |")
    print("|---|---|---|---|---|---|---|---|")
    bad = 0
    keyed = sorted(rows.items(), key=lambda kv: (order.index(kv[1][0]["claim"]) if kv[1][0]["claim"] in order else 99,
                                                 kv[1][0]["control"] != "None", kv[0]))
    for name, cases in keyed:
        control = cases[0]["control"]
        expected = cases[0]["expected"]
        failed = sum(not c["passed"] for c in cases)
        if expected == "pass":
            ok = failed == 0
            verdict = "holds" if ok else f"FAILS ({failed} regimes)"
        else:
            ok = failed == len(cases)
            verdict = "caught" if ok else f"NOT CAUGHT ({len(cases) - failed} regimes)"
        bad += not ok
        seen = conditions(cases)
        broken = [f"{shown} ({checked - held}/{checked})" for held, checked, shown in seen.values() if held < checked]
        if broken:
            decided = "violated: " + "<br>".join(cell(b) for b in broken)
        elif seen:
            decided = f"every condition held ({len(seen)} conditions, below)"
        else:
            decided = "n/a (no conditions in the ledger)"
        measures = cell(f"{cases[0]['symbol']} ({cases[0]['quantity']})") if cases[0].get("symbol") else "S"
        print(f"| {name} | {measures} | {'—' if control == 'None' else control} | {len(cases)} | {verdict} | {tally(cases, 'bound')} | "
              f"{tally(cases, 'tightness')} | {decided} |")
    print()
    print("Every condition of every case (held in / checked in, the line of the first regime that violated it, else of the first):")
    for name, cases in keyed:
        print()
        print(f"- **{name}**")
        for held, checked, shown in conditions(cases).values():
            print(f"  - {held}/{checked} {shown}")
    disagreements = OrderedDict()
    for name, cases in keyed:
        for c in cases:
            if c.get("disagreement") and c["control"] == "None":
                disagreements.setdefault((c["claim"], c["disagreement"].split("; measured:")[0]), []).append(c)
    if disagreements:
        print()
        print("Where the measurements disagree with the paper's statement:")
        print()
        for (claim, statement), cases in disagreements.items():
            print(f"- **{claim}**: {cases[0]['disagreement']} ({len(cases)} regimes; first: {cases[0]['regime']})")
    return 0 if bad == 0 else 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "TestResults/claims.jsonl"))
