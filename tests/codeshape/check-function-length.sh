#!/usr/bin/env bash
# Fails when a function of the product code (core, models, ui, app) is longer than 80 lines, as
# lizard measures it: short functions are a rule of this codebase (issue 14), not a hope.
#   tests/codeshape/check-function-length.sh SOURCE_DIR
# lizard comes from PyPI into a virtual environment under ~/.cache/qafka (made on first use).
set -euo pipefail

source_dir=${1:?source dir}
max_lines=80
lizard_version=1.24.3
venv=${XDG_CACHE_HOME:-$HOME/.cache}/qafka/venv-lizard-$lizard_version

if [[ ! -x $venv/bin/lizard ]]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "lizard==$lizard_version"
fi

cd "$source_dir"
# -L: length limit; -w: only the warnings, one line per function over any default threshold.
report=$("$venv/bin/lizard" -L "$max_lines" -w core models ui app || true)
long=$(python3 -c '
import re, sys
for line in sys.stdin:
    m = re.search(r", (\d+) length,", line)
    if m and int(m.group(1)) > int(sys.argv[1]):
        print(line.rstrip())
' "$max_lines" <<<"$report")
if [[ -n $long ]]; then
  echo "Functions longer than $max_lines lines:"
  echo "$long"
  exit 1
fi
echo "function length: every function of core, models, ui and app is at most $max_lines lines"
