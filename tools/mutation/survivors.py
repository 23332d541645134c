#!/usr/bin/env python3
"""Summarizes a Stryker.NET mutation-report.json: score per folder, and every surviving or uncovered mutant with the
source line it changes, as Markdown. Usage: tools/mutation/survivors.py [report.json]  (default: the newest report)."""
import glob, json, os, sys
from collections import defaultdict

path = sys.argv[1] if len(sys.argv) > 1 else max(
    glob.glob("tests/RobustMem.Tests/StrykerOutput/*/reports/mutation-report.json"), key=os.path.getmtime)
report = json.load(open(path))
detected, undetected = {"Killed", "Timeout"}, {"Survived", "NoCoverage"}
per_folder = defaultdict(lambda: [0, 0])
rows = []
for file, data in sorted(report["files"].items()):
    rel = file.split("/src/RobustMem/")[-1]
    folder = rel.split("/")[0] if "/" in rel else rel
    lines = data["source"].split("\n")
    for m in data["mutants"]:
        if m["status"] in detected: per_folder[folder][0] += 1
        if m["status"] in detected | undetected: per_folder[folder][1] += 1
        if m["status"] in undetected:
            line = m["location"]["start"]["line"]
            code = lines[line - 1].strip().replace("|", "\\|")[:90]
            replacement = m["replacement"][:60].replace("|", "\\|")
            rows.append(f"| {rel}:{line} | {m['status']} | {m['mutatorName']} | `{replacement}` | `{code}` |")
total = [sum(v[0] for v in per_folder.values()), sum(v[1] for v in per_folder.values())]
print(f"report: {path}\n")
print("| folder | detected / tested | score |\n|---|---|---|")
for folder, (d, t) in sorted(per_folder.items()):
    print(f"| {folder} | {d} / {t} | {100 * d / max(t, 1):.1f}% |")
print(f"| **all** | {total[0]} / {total[1]} | **{100 * total[0] / max(total[1], 1):.1f}%** |\n")
print("| where | status | mutator | replacement | line |\n|---|---|---|---|---|")
print("\n".join(rows))
