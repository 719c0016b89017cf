#!/usr/bin/env python3
"""Writes a synthetic bank of N cases for benchmarks: the real catalogues, and copies of the
bundled cases under new ids (so each file has a real case's size and shape).

Usage: synthetic_bank.py SCENARIOS_DIR OUT_DIR N
"""
import os
import re
import shutil
import sys

source, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
shutil.rmtree(out, ignore_errors=True)
shutil.copytree(os.path.join(source, "catalogue"), os.path.join(out, "catalogue"))
cases_dir = os.path.join(source, "cas")
templates = [open(os.path.join(cases_dir, name), encoding="utf-8").read()
             for name in sorted(os.listdir(cases_dir)) if name.endswith(".yaml")]
os.makedirs(os.path.join(out, "cas"))
for index in range(count):
    text = templates[index % len(templates)]
    text = re.sub(r"^id: (\S+)", lambda m: f"id: {m.group(1)}-{index:05d}", text, count=1, flags=re.M)
    with open(os.path.join(out, "cas", f"cas-{index:05d}.yaml"), "w", encoding="utf-8") as handle:
        handle.write(text)
