#!/bin/sh
# Builds and runs the libFuzzer targets of the Markdown engine (shared/FUZZING.md).
# Usage: Fuzz/run.sh [seconds] [plain|slow]     (default: 600 plain); FUZZ_TIMEOUT=s (default 2)
# Crashes land in Fuzz/crashes/; each one becomes a regression test in Tests/HubMarkdownTests.
set -eu
cd "$(dirname "$0")/.."
SECONDS_TO_RUN="${1:-600}"
TARGET="${2:-plain}"
mkdir -p .build-fuzz Fuzz/crashes
if [ "$TARGET" = slow ]; then HARNESS=Fuzz/MarkdownSlowFuzz.swift; BIN=.build-fuzz/markdown-slow-fuzz; MAXLEN=4096
else HARNESS=Fuzz/MarkdownFuzz.swift; BIN=.build-fuzz/markdown-fuzz; MAXLEN=65536; fi
# A snapshot of the sources, so that editing them during the (slow) build does no harm.
SRC=.build-fuzz/src-$TARGET
rm -rf "$SRC" && mkdir -p "$SRC" && cp Sources/HubMarkdown/*.swift "$HARNESS" "$SRC"/
swiftc -O -sanitize=fuzzer,address -parse-as-library -use-ld=lld -package-name PilotHub \
  -module-name HubFuzz "$SRC"/*.swift -o "$BIN"
WORK=.build-fuzz/corpus-$TARGET
mkdir -p "$WORK"
SWIFT_BACKTRACE=enable=no "$BIN" -max_total_time="$SECONDS_TO_RUN" -timeout="${FUZZ_TIMEOUT:-2}" -max_len="$MAXLEN" \
  -artifact_prefix=Fuzz/crashes/ -print_final_stats=1 "$WORK" Fuzz/corpus/markdown
