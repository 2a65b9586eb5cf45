#!/usr/bin/env bash
# Builds the bundled samples, converts each DOCX to PDF with headless LibreOffice and writes a PNG of its
# first page at 80 dpi to docs/images/<output-name>-page1.png (the pictures docs/house-style.md shows).
#
# Needs: dotnet, soffice (LibreOffice), pdftoppm (poppler-utils). Usage: scripts/render-pages.sh [dpi]
set -euo pipefail
cd "$(dirname "$0")/.."

dpi="${1:-80}"
samples=samples/rg-iem
images=docs/images

for tool in dotnet soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "render-pages: $tool is not installed" >&2; exit 1; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/rgiem-render-XXXXXX")"
trap 'rm -rf "$work"' EXIT

# 1. The samples, exactly as a user builds them (checked against the schema on the way): the RG-IEM TDs,
#    one record of each other document type, and TSAG-TD521 built with the sample group template.
dotnet run --project src/Rgiem.Cli -- build "$samples" --validate --output "$work/docx"
dotnet run --project src/Rgiem.Cli -- build samples/types --validate --output "$work/docx"
dotnet run --project src/Rgiem.Cli -- build samples/group --validate --output "$work/group"
cp "$work/group/TSAG-TD521.docx" "$work/docx/TSAG-TD521-group.docx"

# 2. DOCX -> PDF, with a private LibreOffice profile so that a running LibreOffice is not disturbed.
timeout 300 soffice "-env:UserInstallation=file://$work/profile" --headless --norestore --nolockcheck \
  --convert-to pdf --outdir "$work/pdf" "$work"/docx/*.docx >/dev/null

# 3. PDF page 1 -> PNG.
mkdir -p "$images"
for pdf in "$work"/pdf/*.pdf; do
  name="$(basename "$pdf" .pdf)"
  pdftoppm -png -r "$dpi" -f 1 -l 1 -singlefile "$pdf" "$images/$name-page1"
  echo "wrote $images/$name-page1.png"
done
