#!/usr/bin/env bash
# Benchmarks of a release build (figures, not pass/fail; targets are in the performance issue):
# start-up, load + validation, peak memory, first prompt, per-answer latency, on the bundled
# bank and synthetic banks of 1,000 and 10,000 cases, against a PyYAML (libyaml) parse-only
# reference; then the hostile files (time and peak memory each).
# Usage: Benchmarks/run.sh            (RUNS=N sets the repetitions, default 7)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product confident >/dev/null
bin=$PWD/.build/release/confident
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for n in 1000 10000; do python3 Benchmarks/synthetic_bank.py Scenarios "$work/synthetic-$n" "$n"; done
echo "machine: $(nproc) cores; $(swift --version 2>/dev/null | head -1)"
python3 Benchmarks/measure.py "$bin" "$PWD/Scenarios" "$work/synthetic-1000" "$work/synthetic-10000"

echo
echo "hostile files (each alone, with the bundled catalogues):"
python3 Benchmarks/hostile_files.py "$work/hostile"
for file in "$work"/hostile/*.yaml; do
  /usr/bin/time -f "%e s, %M KB peak, exit %x" -o "$work/time" "$bin" verifier --scenarios Scenarios "$file" >/dev/null || true
  printf '  %-24s %s\n' "$(basename "$file")" "$(tail -1 "$work/time")"
done
