#!/usr/bin/env bash
# Benchmark of a practice session (figures, not pass/fail): the start of `pratique` to its first
# question with 10,000 cases and 100,000 stored answers, one answer including its commit, and the
# database size. Usage: Benchmarks/practice.sh [debug|release]   (default release; FOLDER=… keeps
# the database)
set -euo pipefail
cd "$(dirname "$0")/.."
configuration=${1:-release}
swift build -c "$configuration" --product practice-benchmark >/dev/null
"$(swift build -c "$configuration" --show-bin-path)/practice-benchmark" ${FOLDER:+"$FOLDER"}
