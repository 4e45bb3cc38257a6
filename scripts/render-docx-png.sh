#!/usr/bin/env bash
# Renders DOCX files to PDF (LibreOffice) and to one PNG per page (pdftoppm, 60 dpi), to look
# at the export the way a printer would see it.
#
#   scripts/render-docx-png.sh OUT_DIR FILE.docx [FILE.docx …]
#   scripts/render-docx-png.sh --corpus [OUT_DIR]   # writes the corpus documents first
#   scripts/render-docx-png.sh --all [OUT_DIR]      # every kind of document, long and short names
#
# Needs: apt-get install -y libreoffice-writer-nogui poppler-utils fonts-liberation
# Liberation Serif stands in for Times New Roman with the same metrics, so line breaks match.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$repo/node_modules/.bin:$PATH"

for tool in libreoffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y libreoffice-writer-nogui poppler-utils fonts-liberation)" >&2; exit 1; }
done

if [[ "${1:-}" == "--all" ]]; then
  out="${2:-/tmp/render}"
  mkdir -p "$out"
  (cd "$repo" && tsx test/support/write-printed-docx.ts "$out" >/dev/null)
  mapfile -t files < <(ls "$out"/*.docx)
elif [[ "${1:-}" == "--corpus" ]]; then
  out="${2:-/tmp/render}"
  mkdir -p "$out"
  (cd "$repo" && tsx test/support/write-corpus-docx.ts "$out")
  mapfile -t files < <(ls "$out"/*.docx)
else
  [[ $# -ge 2 ]] || { sed -n '2,8p' "$0" >&2; exit 2; }
  out="$1"; shift
  files=("$@")
  mkdir -p "$out"
fi

# A private LibreOffice profile: a second soffice on the same profile would hand the job to
# the first one, or fail, when someone else is converting at the same time.
profile="$(mktemp -d /tmp/lo-profile.XXXXXX)"
trap 'rm -rf "$profile"' EXIT

for docx in "${files[@]}"; do
  name="$(basename "${docx%.docx}")"
  started=$(date +%s.%N)
  libreoffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$docx" >/dev/null 2>&1
  rm -f "$out/$name"-*.png
  pdftoppm -png -r 60 "$out/$name.pdf" "$out/$name"
  elapsed=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  pages=$(ls "$out/$name"-*.png | wc -l)
  echo "$out/$name.pdf  $pages page(s)  ${elapsed}s"
  ls "$out/$name"-*.png
done
