#!/usr/bin/env bash
# Writes docs/reference/cli/*.txt, the commands' own --help (System.CommandLine builds it from their definitions), with
# the program's name in the usage line written as `robustmem`. GeneratedDocumentsTests fails when one is stale.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
mkdir -p docs/reference/cli
for command in "" measure reproduce merge laws; do
  name="${command:-robustmem}"
  ROBUSTMEM_JIT="${ROBUSTMEM_JIT:-1}" ./robustmem $command --help | sed '/^Usage:/{n;s/^  [^ ]*/  robustmem/}' > "docs/reference/cli/$name.txt"
done
echo "cli-help: wrote docs/reference/cli/{robustmem,measure,reproduce,merge,laws}.txt"
