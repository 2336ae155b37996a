#!/usr/bin/env bash
# bench/splice-section.sh N SECTION REPORT: replaces section N of the report (from its heading "## N. " to the
# next section's) with the Markdown in the file SECTION, or adds it at the end; the rest is kept as it is. A
# missing report is written with a title and the section. Used by bench/run.sh (section 7 alone) and
# bench/pages.sh (section 8).
set -euo pipefail
number=$1 section=$2 out=$3
tmp="$out.tmp.$$"
if [ ! -f "$out" ]; then
  { echo "# Benchmarks"; echo; cat "$section"; } >"$tmp"
elif grep -q "^## $number\\. " "$out"; then
  awk -v section="$section" -v heading="^## $number\\\\. " '
    $0 ~ heading { while ((getline line < section) > 0) print line; skipping = 1; next }
    skipping && /^## / { skipping = 0; print "" }
    !skipping' "$out" >"$tmp"
else
  { cat "$out"; echo; cat "$section"; } >"$tmp"
fi
mv "$tmp" "$out"
