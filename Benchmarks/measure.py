#!/usr/bin/env python3
"""Measures a release build of `confident`; called by Benchmarks/run.sh.

Each figure is the median of several runs. Peak memory is the child's maximum resident set.
"""
import json
import os
import pty
import select
import statistics
import subprocess
import sys
import termios
import time

BIN = sys.argv[1]
import shutil
import tempfile

RUNS = int(os.environ.get("RUNS", "7"))
HOME = tempfile.mkdtemp(prefix="confident-bench-")
ENV = dict(os.environ, LANG="C.UTF-8", NO_COLOR="1", HOME=HOME, CONFIDENT_HOME=HOME)


def clear_cache():
    shutil.rmtree(os.path.join(HOME, "cache"), ignore_errors=True)


def bank_env(bank):
    """The environment in which `bank` is the bundled bank (the one the cache serves)."""
    return dict(ENV, CONFIDENT_SCENARIOS=bank)


def run(args, bank, stdin=b""):
    """Seconds and exit status of one run."""
    start = time.perf_counter()
    proc = subprocess.run([BIN] + args, input=stdin, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL, env=bank_env(bank))
    return time.perf_counter() - start, proc.returncode


def peak_mb(args, bank, stdin=b""):
    """Peak resident memory of one run, measured from a fresh interpreter (ru_maxrss of
    children is a maximum over all children so far)."""
    code = ("import resource,subprocess,sys;"
            "subprocess.run(sys.argv[1:],input=sys.stdin.buffer.read(),stdout=subprocess.DEVNULL,"
            "stderr=subprocess.DEVNULL);"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, BIN] + args, input=stdin,
                         capture_output=True, env=bank_env(bank)).stdout
    return int(out) / 1024


def median_seconds(args, bank, stdin=b""):
    return statistics.median(run(args, bank, stdin)[0] for _ in range(RUNS))


def first_prompt_seconds(args, bank, cold=False):
    """Time from spawn to the shell's prompt on a pseudo-terminal (cold: the cache cleared
    before each start, so every file is parsed and checked first)."""
    times = []
    for _ in range(max(1, RUNS // 2) if cold else RUNS):
        if cold:
            clear_cache()
        master, slave = pty.openpty()
        start = time.perf_counter()
        proc = subprocess.Popen([BIN] + args, stdin=slave, stdout=slave, stderr=slave, env=bank_env(bank))
        os.close(slave)
        seen = b""
        while b"confident \xe2\x80\xba " not in seen:
            ready, _, _ = select.select([master], [], [], 60)
            if not ready:
                raise SystemExit("no prompt within 60 s")
            seen += os.read(master, 65536)
        times.append(time.perf_counter() - start)
        # libedit prints the prompt, then leaves canonical mode: a Ctrl-D sent earlier is lost.
        deadline = time.time() + 5
        while termios.tcgetattr(master)[3] & termios.ICANON and time.time() < deadline:
            time.sleep(0.001)
        os.write(master, b"\x04")
        while proc.poll() is None and select.select([master], [], [], 0.05)[0]:
            try:
                os.read(master, 65536)
            except OSError:
                break
        proc.wait(timeout=10)
        os.close(master)
    return statistics.median(times)


def case_ids(bank):
    """The ids of the bank's cases, as `confident cas --json` lists them."""
    listing = subprocess.run([BIN, "cas", "--json"], capture_output=True, env=bank_env(bank), check=True).stdout
    return [case["id"] for case in json.loads(listing)]


def session_script(case_ids, passes):
    lines = []
    for _ in range(passes):
        for case_id in case_ids:
            lines.append(f"jouer {case_id}")
            lines += ["a", "1"] * 4  # enough for any case; extra lines land at the home prompt
    return ("\n".join(lines) + "\n").encode()


def cold_seconds(args, bank):
    """First run after the cache is cleared: every file parsed and checked."""
    times = []
    for _ in range(max(1, RUNS // 2)):
        clear_cache()
        times.append(run(args, bank)[0])
    return statistics.median(times)


def main():
    banks = sys.argv[2:]
    print("cold = no cache (every file parsed and checked); warm = checked bank read from the cache")
    print(f"{'bank':<18}{'cases':>7}{'cold list':>11}{'warm list':>11}{'cold prompt':>13}{'prompt':>9}{'lint':>9}"
          f"{'cases/s':>9}{'PyYAML':>9}{'lint/Py':>8}{'MB cold':>9}{'MB warm':>9}")
    for bank in banks:
        cases = len(case_ids(bank))
        cold = cold_seconds(["cas"], bank)
        clear_cache()
        peak_cold = peak_mb(["cas"], bank)
        warm = median_seconds(["cas"], bank)
        peak_warm = peak_mb(["cas"], bank)
        cold_prompt_s = first_prompt_seconds([], bank, cold=True)
        prompt_s = first_prompt_seconds([], bank)
        lint_s = median_seconds(["verifier", bank], bank)
        reference = statistics.median(
            float(subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "pyyaml_reference.py"), bank],
                                 capture_output=True).stdout) for _ in range(3))
        print(f"{os.path.basename(bank.rstrip('/')):<18}{cases:>7}{cold*1000:>9.0f}ms{warm*1000:>9.0f}ms"
              f"{cold_prompt_s*1000:>11.0f}ms{prompt_s*1000:>7.0f}ms{lint_s*1000:>7.0f}ms{cases/lint_s:>9.0f}{reference*1000:>7.0f}ms"
              f"{lint_s/reference:>8.2f}{peak_cold:>9.1f}{peak_warm:>9.1f}")

    # Per-answer latency: a long scripted session on the first bank, minus start-up.
    bank = banks[0]
    ids = case_ids(bank)
    passes = 20
    script = session_script(ids, passes)
    answers = script.count(b"\n") - len(ids) * passes
    total = median_seconds([], bank, script)
    start_only = median_seconds([], bank, b"")
    print(f"per input line (answers, rendered, piped): {(total - start_only) / answers * 1000:.3f} ms "
          f"over {answers} lines ({total:.2f} s total)")
    shutil.rmtree(HOME, ignore_errors=True)


main()
