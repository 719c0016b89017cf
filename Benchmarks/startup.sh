#!/usr/bin/env bash
# Prints start-up figures of a release build on the bundled bank:
# time of `confident cas`, of `confident verifier`, and to the first prompt of the shell
# (stdin a pipe that ends at once, so the shell starts, prints its home screen and leaves).
# Usage: Benchmarks/startup.sh [runs]   (default 20 runs; figures are medians in ms)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
swift build -c release --product confident >/dev/null 2>&1
bin=.build/release/confident

median_ms() {
  python3 - "$runs" "$@" <<'PY'
import statistics, subprocess, sys, time
runs, cmd = int(sys.argv[1]), sys.argv[2:]
times = []
for _ in range(runs):
    start = time.perf_counter()
    subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times.append((time.perf_counter() - start) * 1000)
print(f"{statistics.median(times):7.1f} ms (min {min(times):.1f}, max {max(times):.1f})")
PY
}

cases=$($bin cas | wc -l)
echo "bank: Scenarios/ ($cases cases), $runs runs each, release build"
printf '%-34s' "confident cas:";            median_ms $bin cas
printf '%-34s' "confident cas --json:";     median_ms $bin cas --json
printf '%-34s' "confident verifier Scenarios:"; median_ms $bin verifier Scenarios
printf '%-34s' "shell to first prompt (EOF):"; median_ms $bin
