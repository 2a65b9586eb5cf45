#!/usr/bin/env bash
# Puts rgiem's covers beside TSB's: builds our TD, contribution and liaison statement samples, renders
# their first pages and the first pages of TSB's templates (../shared/reference/itu-templates) with
# headless LibreOffice and pdftoppm at the same scale, and writes each pair side by side (ours left, TSB's
# right) to docs/images/side-by-side-{td,c,ls}.png, the pictures docs/house-style.md shows.
#
# Needs: dotnet, soffice (LibreOffice), pdftoppm (poppler-utils), python3 (standard library only: the
# pages are composed from pdftoppm's PPM output and written as PNG with zlib, no ImageMagick or PIL).
# Usage: scripts/side-by-side.sh [dpi]     (RGIEM="path/to/rgiem" to use a built rgiem instead of dotnet run)
set -euo pipefail
cd "$(dirname "$0")/.."

dpi="${1:-60}"
images=docs/images
reference="${RGIEM_REFERENCE:-../shared/reference}"
[ -d "$reference" ] || reference=../../shared/reference
templates="$reference/itu-templates"
[ -d "$templates" ] || { echo "side-by-side: TSB's templates are not in $templates" >&2; exit 1; }
read -r -a rgiem <<< "${RGIEM:-dotnet run --project src/Rgiem.Cli --}"

for tool in soffice pdftoppm python3; do
  command -v "$tool" >/dev/null || { echo "side-by-side: $tool is not installed" >&2; exit 1; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/rgiem-side-XXXXXX")"
trap 'rm -rf "$work"' EXIT

"${rgiem[@]}" build samples/rg-iem --validate --output "$work/ours" >/dev/null
"${rgiem[@]}" build samples/types --validate --output "$work/ours" >/dev/null
mkdir -p "$work/docx"
cp "$work/ours/TSAG-TD521.docx" "$work/docx/ours-td.docx"
cp "$work/ours/TSAG-C015.docx" "$work/docx/ours-c.docx"
cp "$work/ours/2024-08-liaison.docx" "$work/docx/ours-ls.docx"
cp "$templates/itu-t-sg12-contribution-template.docx" "$work/docx/tsb-c.docx"
cp "$templates/itu-t-sg12-liaison-statement-template.docx" "$work/docx/tsb-ls.docx"

# A private LibreOffice profile, so that a running LibreOffice is not disturbed.
timeout 300 soffice "-env:UserInstallation=file://$work/profile" --headless --norestore --nolockcheck \
  --convert-to pdf --outdir "$work/pdf" "$work"/docx/*.docx >/dev/null
for pdf in "$work"/pdf/*.pdf; do
  pdftoppm -r "$dpi" -f 1 -l 1 -singlefile "$pdf" "$work/$(basename "$pdf" .pdf)"
done

mkdir -p "$images"
# TSB has no TD template: its contribution form has the same cover, with CONTRIBUTION for TD.
python3 - "$work" "$images" <<'PY'
import struct, sys, zlib

work, images = sys.argv[1], sys.argv[2]

def read_ppm(path):
    data = open(path, "rb").read()
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b"#":
            pos = data.index(b"\n", pos)
            continue
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    assert fields[0] == b"P6" and fields[3] == b"255", path
    width, height = int(fields[1]), int(fields[2])
    pixels = data[pos + 1:]
    return width, height, [pixels[y * width * 3:(y + 1) * width * 3] for y in range(height)]

def side_by_side(left, right, out):
    gap = 16
    (lw, lh, lrows), (rw, rh, rrows) = read_ppm(left), read_ppm(right)
    height = max(lh, rh)
    white = lambda n: b"\xff" * (3 * n)
    grey = b"\x80\x80\x80" * 2
    rows = []
    for y in range(height):
        l = lrows[y] if y < lh else white(lw)
        r = rrows[y] if y < rh else white(rw)
        rows.append(b"\x00" + l + white(gap // 2 - 1) + grey + white(gap // 2 - 1) + r)
    width = lw + gap + rw
    chunk = lambda kind, body: struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")
    open(out, "wb").write(png)
    print("wrote", out)

for ours, tsb, name in [("ours-td", "tsb-c", "td"), ("ours-c", "tsb-c", "c"), ("ours-ls", "tsb-ls", "ls")]:
    side_by_side(f"{work}/{ours}.ppm", f"{work}/{tsb}.ppm", f"{images}/side-by-side-{name}.png")
PY
