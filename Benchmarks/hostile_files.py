#!/usr/bin/env python3
"""Writes hostile scenario files into a folder, for Benchmarks/run.sh."""
import os
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)


def write(name, data):
    with open(os.path.join(out, name), "wb") as handle:
        handle.write(data if isinstance(data, bytes) else data.encode())


laughs = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
laughs += [f"a{i}: &a{i} [" + ",".join([f"*a{i-1}"] * 9) + "]" for i in range(1, 10)]
write("alias-bomb-values.yaml", "id: bombe\n" + "\n".join(laughs) + "\ntitle: *a9\n")
write("alias-bomb-keys.yaml", "id: bombe\n" + "\n".join(laughs) + "\nm:\n  ? *a9\n  : 1\n  ? *a8\n  : 2\n")
write("deep-flow.yaml", "id: profond\ntitle: " + "[" * 900_000 + "\n")
write("deep-block.yaml", "id: profond\nsteps:\n" + "".join(" " * i + "- \n" for i in range(1, 1400)))
write("one-megabyte-of-options.yaml", "id: options\nsteps:\n  - id: s\n    options:\n"
      + "      - {text: t, verdict: correct, feedback: f}\n" * 21_000)
write("almost-one-megabyte-text.yaml", "id: texte\nsituation: >\n" + ("  " + "mot " * 30 + "\n") * 8_500)
write("escapes-and-controls.yaml", "id: echappement\ntitle: \"\\e]0;pirate\\a\\e[2J\\e[31mrouge\"\n")
write("nul-byte.yaml", b"id: nul\ntitle: a\x00b\n")
write("not-utf8.yaml", b"id: latin\ntitle: caf\xe9\n")
write("too-big.yaml", b"#" * ((1 << 20) + 1))
with open(os.path.join(out, "two-gigabytes-sparse.yaml"), "wb") as handle:
    handle.truncate(2 << 30)  # sparse: only the first MiB + 1 byte may be read
