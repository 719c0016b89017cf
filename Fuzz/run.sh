#!/usr/bin/env bash
# Coverage-guided fuzzing (libFuzzer, with AddressSanitizer) of the scenario loader and checker.
# Builds Fuzz/LoaderFuzzer.swift with the sources of ConfidentScheduling, ConfidentCore and ConfidentContent, and
# Yams' copy of libyaml, as one module (SwiftPM cannot build a libFuzzer target), seeds the corpus with every YAML file
# of Tests/Fixtures and of the bundled bank, and runs for a bounded time.
# Invariants: no crash, no input slower than 2 s, under 200 MB; see the harness for the rest.
# Usage: Fuzz/run.sh [seconds]   (default 60). Crashes are kept in .build-fuzz/artifacts.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
work=.build-fuzz
mkdir -p "$work/src" "$work/obj" "$work/corpus" "$work/artifacts"
[ -d .build/checkouts/Yams ] || swift package resolve >/dev/null
yams=.build/checkouts/Yams/Sources

# One module: the imports of the modules merged into it are dropped (libyaml stays the CYaml
# module, as in the package).
rm -f "$work"/src/*.swift
find Sources/ConfidentScheduling Sources/ConfidentCore Sources/ConfidentContent -name '*.swift' -print0 |
  while IFS= read -r -d '' file; do
    name=$(echo "$file" | tr / _)
    grep -v -E '^(@testable )?import (ConfidentScheduling|ConfidentCore)$' "$file" > "$work/src/$name"
  done
cp Fuzz/LoaderFuzzer.swift "$work/src/"

binary=$work/loader-fuzzer
if [ ! -x "$binary" ] || [ -n "$(find Sources Fuzz -newer "$binary" -name '*.swift' | head -1)" ]; then
  echo "building the fuzzer…"
  for c in "$yams"/CYaml/src/*.c; do
    clang -c -O1 -g -fsanitize=fuzzer-no-link,address -DYAML_DECLARE_STATIC -I "$yams/CYaml/include" \
      "$c" -o "$work/obj/$(basename "$c" .c).o"
  done
  swiftc -module-name LoaderFuzzer -parse-as-library -O -g -sanitize=fuzzer,address -D SWIFT_PACKAGE \
    -Xcc -fmodule-map-file="$yams/CYaml/include/module.modulemap" -I "$yams/CYaml/include" \
    "$work"/src/*.swift "$work"/obj/*.o -o "$binary" 2> >(grep -v 'Cannot export local symbol' >&2)
fi

# Seeds: every fixture and bundled file (the corpus keeps what the previous runs found too).
find Tests/Fixtures Scenarios -name '*.yaml' -print0 | while IFS= read -r -d '' seed; do
  cp "$seed" "$work/corpus/seed-$(echo "$seed" | tr / _)"
done

# Swift's own backtracer would race ASan's report on a crash: leave crashes to libFuzzer.
# Memory: 200 MB of RSS for the whole process, ASan included: its quarantine is reduced so that
# freed memory kept to catch use-after-free does not count as the loader's.
export ASAN_OPTIONS=${ASAN_OPTIONS:-quarantine_size_mb=16:malloc_context_size=8}
SWIFT_BACKTRACE=enable=no CONFIDENT_FUZZ_CATALOGUES=Tests/Fixtures/bank/catalogue "$binary" "$work/corpus" \
  -dict=Fuzz/yaml.dict -max_total_time="$seconds" -timeout=2 -rss_limit_mb=200 -malloc_limit_mb=200 -max_len=65536 \
  -artifact_prefix="$work/artifacts/" -print_final_stats=1 > "$work/last-run.log" 2>&1 && status=0 || status=$?
grep -E '^#[0-9]+.*(pulse|DONE)|ERROR|SUMMARY|Fatal error|crashed|stat::' "$work/last-run.log" | tail -20
echo "corpus: $(ls "$work/corpus" | wc -l) inputs"
exit "$status"
