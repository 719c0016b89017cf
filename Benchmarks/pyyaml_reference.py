#!/usr/bin/env python3
"""Reference for the load benchmark: only parses every YAML file of a folder with PyYAML's
C loader (libyaml), in one process, and prints the seconds it took."""
import os
import sys
import time

import yaml

folder = sys.argv[1]
paths = [os.path.join(root, name) for root, _, names in os.walk(folder)
         for name in names if name.endswith((".yaml", ".yml"))]
start = time.perf_counter()
for path in sorted(paths):
    with open(path, "rb") as handle:
        yaml.load(handle, Loader=yaml.CSafeLoader)
print(f"{time.perf_counter() - start:.4f}")
