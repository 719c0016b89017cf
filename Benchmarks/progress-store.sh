#!/usr/bin/env bash
# Benchmark of the progress store (figures, not pass/fail): per-answer record + commit, loading
# the cards of 10,000 cases with 100,000 stored answers, and the database size.
# Usage: Benchmarks/progress-store.sh [debug|release]   (default release; FOLDER=… keeps the database)
set -euo pipefail
cd "$(dirname "$0")/.."
configuration=${1:-release}
swift build -c "$configuration" --product progress-store-benchmark >/dev/null
"$(swift build -c "$configuration" --show-bin-path)/progress-store-benchmark" ${FOLDER:+"$FOLDER"}
