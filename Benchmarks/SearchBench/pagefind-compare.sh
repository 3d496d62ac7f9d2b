#!/usr/bin/env bash
# Pagefind's figures beside SearchBench's, for the same corpus (optional).
#   python3 /work/shared/bench/gen_corpus.py --docs 10000 --out /tmp/corpus
#   swift build -c release --product pilothub && .build/release/pilothub build --content /tmp/corpus --output /tmp/pub10k
#   pip install pagefind-bin
#   Benchmarks/SearchBench/pagefind-compare.sh /tmp/pub10k
# Pagefind's .pf_* files are stored gzip-compressed, so their sizes are already transfer sizes.
# The bytes before a first result are an estimate from file sizes: pagefind.js (gzip) + the
# language's wasm + its pf_meta + one index chunk (median) + 5 fragments (median), which is
# what Pagefind loads for a one-word query showing 5 results.
set -euo pipefail
site="${1:?usage: pagefind-compare.sh PUBLIC_DIR}"
pf="${PAGEFIND:-$(python3 -c 'import pagefind_bin, os; print(os.path.join(os.path.dirname(pagefind_bin.__file__), "pagefind"))')}"
[ -d "$site/pagefind" ] || "$pf" --site "$site" --output-subdir pagefind >/dev/null
cd "$site/pagefind"
idx=$(du -sb index | cut -f1); frag=$(du -sb fragment | cut -f1)
echo "pagefind index: $(ls index | wc -l) files, $idx bytes (compressed); fragments: $(ls fragment | wc -l) files, $frag bytes (compressed)"
js=$(gzip -9c pagefind.js | wc -c); wasm=$(stat -c %s wasm.sv.pagefind); meta=$(stat -c %s pagefind.sv_*.pf_meta)
chunk=$(ls -l index | awk 'NR>1{print $5}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
fragm=$(ls -l fragment | awk 'NR>1{print $5}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "pagefind before a first result (estimate): pagefind.js $js + wasm.sv $wasm + meta $meta + index chunk $chunk + 5 fragments $((5 * fragm)) = $((js + wasm + meta + chunk + 5 * fragm)) bytes"
echo "ours: $(du -sb "$site/search" | cut -f1) bytes on disk under search/ ($(ls "$site/search" | wc -l) files)"
