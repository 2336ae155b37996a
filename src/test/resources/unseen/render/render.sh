#!/usr/bin/env bash
# The unseen documents as a user gets them, typeset as PDFs two ways:
#   libreoffice/  each document made an HTML page (md2html.py), opened in LibreOffice Writer and exported as PDF
#   enscript/     each document's text set in Courier by GNU enscript and made a PDF by Ghostscript
# The PDFs are committed; the tests make the pdftotext renderings themselves. Needs Debian's
# libreoffice-writer-nogui, enscript and ghostscript. Run from anywhere: render/render.sh
# A document whose two PDFs are newer than it is skipped (PDFs carry their creation time, so making them
# again would change every committed file); --all makes every one again.
set -euo pipefail
all="${1:-}"
here="$(cd "$(dirname "$0")" && pwd)"
unseen="$(dirname "$here")"
out="$unseen/renderings"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for part in dev held; do
  for doc in "$unseen/$part"/*/*.txt; do
    batch="$(basename "$(dirname "$doc")")"
    name="$(basename "$doc" .txt)"
    mkdir -p "$out/libreoffice/$part/$batch" "$out/enscript/$part/$batch"
    if [[ "$all" != --all && "$out/libreoffice/$part/$batch/$name.pdf" -nt "$doc" \
          && "$out/enscript/$part/$batch/$name.pdf" -nt "$doc" ]]; then
      continue
    fi
    python3 "$here/md2html.py" "$doc" > "$work/$name.html"
    soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$work" "$work/$name.html" > /dev/null 2>&1
    mv "$work/$name.pdf" "$out/libreoffice/$part/$batch/$name.pdf"
    # enscript sets Latin-1: characters beyond it are transliterated, as a user's printing would.
    iconv -f utf-8 -t latin1//TRANSLIT "$doc" > "$work/$name.latin1"
    enscript -q -B --word-wrap -f Courier10 -X latin1 -o "$work/$name.ps" "$work/$name.latin1"
    ps2pdf "$work/$name.ps" "$out/enscript/$part/$batch/$name.pdf"
  done
done
echo "rendered into $out"
