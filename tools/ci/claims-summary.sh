#!/usr/bin/env bash
# Markdown claims table for a CI job summary: bash tools/ci/claims-summary.sh [TestResults]
dir="${1:-TestResults}"
echo "## Claims of Dohmatob (2021), as run"
echo
python3 "$(dirname "${BASH_SOURCE[0]}")/claims-summary.py" "$dir/claims.jsonl"
