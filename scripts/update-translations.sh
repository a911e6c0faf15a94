#!/usr/bin/env bash
# Brings the translation sources (translations/*.ts) up to date with the code: new strings are
# added as unfinished, removed ones dropped. Run it after changing user-visible text, translate
# what is unfinished (Qt Linguist, or by hand), commit. tests/translations checks that nothing is
# left unfinished.
#   scripts/update-translations.sh [TS_DIR]   (TS_DIR: where the .ts files are; default translations/)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
ts_dir=${1:-$root/translations}
lupdate=$(command -v lupdate6 || true)
[ -n "$lupdate" ] || lupdate=/usr/lib/qt6/bin/lupdate
sources=("$root/app" "$root/core" "$root/models" "$root/ui")

# Korean: every string. English: the source text is English, so only plural forms ("%n topic(s)").
"$lupdate" -silent -locations none -no-obsolete -extensions cpp,h "${sources[@]}" -ts "$ts_dir/qafka_ko.ts"
"$lupdate" -silent -locations none -no-obsolete -pluralonly -extensions cpp,h "${sources[@]}" -ts "$ts_dir/qafka_en.ts"
