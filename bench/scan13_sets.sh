#!/bin/sh
# Rebuild the scan13 scan sets: the silver sets' tune and check halves (bench/silver/*/tune,
# bench/silver/*/check) typeset as official papers and scanned as an office copier (office) and a
# fax (fax) would, with every look (bench/synth_typeset.py). News summaries (kind news_summary in
# each half's sources.tsv, named SET/id: the sets reuse ids) are left out: an article is no official paper. OUT defaults to
# /tmp/scan13 (outside the repository: third-party text); the layout is seeded by file name, so
# the sets are the same at every run. About 5 minutes on 2 cores. Score with
#   plankb report OUT/office/tune --set real-pdfs --jobs 2   (and office/check, fax/tune, fax/check)
# Usage (from the repository root): sh bench/scan13_sets.sh [OUT]
set -e
OUT=${1:-/tmp/scan13}
for h in tune check; do
  skip=$(for t in bench/silver/*/$h/sources.tsv; do
    awk -F'\t' -v set="$(basename "$(dirname "$(dirname "$t")")")" '$3 == "news_summary" {print set "/" $1}' "$t"
  done | paste -sd, -)
  for v in office fax; do
    python3 bench/synth_typeset.py --out "$OUT/$v/$h" --variant $v --looks all --kindless \
      --skip "$skip" --limit 60 bench/silver/*/$h
  done
done
