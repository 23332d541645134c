#!/usr/bin/env bash
# Mutation testing of the numerics (Stryker.NET 5.1.0 from .config/dotnet-tools.json).
# Config: tests/RobustMem.Tests/stryker-config.json. Extra arguments go to Stryker, e.g.
#   tools/mutation/run.sh -m "**/Fit/**/*.cs"     # one folder
#   tools/mutation/run.sh -c 1                    # one test runner on a busy machine
# Report: tests/RobustMem.Tests/StrykerOutput/<date>/reports/mutation-report.{html,json}.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet tool restore >/dev/null
cd tests/RobustMem.Tests
exec dotnet stryker "$@"
