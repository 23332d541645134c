#!/usr/bin/env python3
"""Summarizes a Stryker.NET mutation-report.json: score per folder, and every surviving or uncovered mutant with the
source line it changes, as Markdown. Usage: tools/mutation/survivors.py [report.json] [--by-file]  (default: the newest report).
--by-file scores each file instead of each folder (the claims run: one folder), and adds the score without the String
mutator's mutants (the claims code's strings are mostly the human-readable lines of its verdicts)."""
import glob, json, os, sys
from collections import defaultdict

by_file = "--by-file" in sys.argv
args = [a for a in sys.argv[1:] if a != "--by-file"]
path = args[0] if args else max(
    glob.glob("tests/RobustMem.Tests/StrykerOutput/*/reports/mutation-report.json"), key=os.path.getmtime)
report = json.load(open(path))
detected, undetected = {"Killed", "Timeout"}, {"Survived", "NoCoverage"}
per_folder = defaultdict(lambda: [0, 0])
no_strings = defaultdict(lambda: [0, 0])
rows = []
for file, data in sorted(report["files"].items()):
    rel = file.split("/src/RobustMem/")[-1]
    folder = rel if by_file else rel.split("/")[0] if "/" in rel else rel
    lines = data["source"].split("\n")
    for m in data["mutants"]:
        if m["status"] in detected: per_folder[folder][0] += 1
        if m["status"] in detected | undetected: per_folder[folder][1] += 1
        if not m["mutatorName"].startswith("String"):
            if m["status"] in detected: no_strings[folder][0] += 1
            if m["status"] in detected | undetected: no_strings[folder][1] += 1
        if m["status"] in undetected:
            line = m["location"]["start"]["line"]
            code = lines[line - 1].strip().replace("|", "\\|")[:90]
            replacement = m["replacement"][:60].replace("|", "\\|")
            rows.append(f"| {rel}:{line} | {m['status']} | {m['mutatorName']} | `{replacement}` | `{code}` |")
total = [sum(v[0] for v in per_folder.values()), sum(v[1] for v in per_folder.values())]
print(f"report: {path}\n")
def score(d, t): return f"{d} / {t} | {100 * d / max(t, 1):.1f}%"
if by_file:
    print("| file | detected / tested | score | without String mutants | score |\n|---|---|---|---|---|")
    for folder, (d, t) in sorted(per_folder.items()):
        print(f"| {folder} | {score(d, t)} | {score(*no_strings[folder])} |")
    rest = [sum(v[0] for v in no_strings.values()), sum(v[1] for v in no_strings.values())]
    print(f"| **all** | {score(*total)} | {score(*rest)} |\n")
else:
    print("| folder | detected / tested | score |\n|---|---|---|")
    for folder, (d, t) in sorted(per_folder.items()):
        print(f"| {folder} | {score(d, t)} |")
    print(f"| **all** | {total[0]} / {total[1]} | **{100 * total[0] / max(total[1], 1):.1f}%** |\n")
print("| where | status | mutator | replacement | line |\n|---|---|---|---|---|")
print("\n".join(rows))
