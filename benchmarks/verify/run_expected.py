#!/usr/bin/env python3
"""Runs every run of every examples/*.expected and examples/liveness/*.expected
with the Python checker (ari.py) and compares the results with the file (for a
liveness violation `name` is the first violated property instance).

Usage: run_expected.py [--max-distinct N] [EXAMPLE.expected ...]
Runs whose expected distinct count is above --max-distinct (default 60000) are
skipped: the Python checker is slow.
"""
import argparse
import glob
import os
import shlex
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ari  # noqa: E402

# Models that use what ari.py does not implement yet: TLC alone verifies them.
UNSUPPORTED = {"quicksort.expected": "procedures (defs with labels)"}

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


def parse_expected(path):
    runs, cur = [], {}
    for line in open(path):
        line = line.rstrip("\n")
        if line.strip() == "---":
            runs.append(cur)
            cur = {}
            continue
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, _, value = line.partition(":")
        cur[key.strip()] = value.strip()
    if cur:
        runs.append(cur)
    return runs


def run_one(model_path, run):
    overrides, deadlock, invariants = {}, True, []
    args = shlex.split(run.get("args", ""))
    i = 0
    while i < len(args):
        if args[i] == "--const":
            name, _, value = args[i + 1].partition("=")
            overrides[name] = value
            i += 2
        elif args[i] == "--invariant":
            invariants.append(args[i + 1])
            i += 2
        elif args[i] == "--no-deadlock":
            deadlock = False
            i += 1
        elif args[i] == "--continue":
            i += 1  # the Python checker gives every property's verdict anyway
        else:
            raise ValueError(f"unknown argument {args[i]}")
    model = ari.Model(model_path, overrides)
    if invariants:  # --invariant NAME: only the named invariants are checked
        model.invariants = [(n, b) for n, b in model.invariants if n in invariants]
    return ari.check(model, deadlock=deadlock)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--max-distinct", type=int, default=60000)
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    files = a.files or (sorted(glob.glob(os.path.join(ROOT, "examples", "*.expected")))
                        + sorted(glob.glob(os.path.join(ROOT, "examples", "liveness", "*.expected"))))
    failures = 0
    for path in files:
        model_path = path[: -len(".expected")] + ".ari"
        if os.path.basename(path) in UNSUPPORTED:
            print(f"SKIP {os.path.basename(path)}: ari.py has no {UNSUPPORTED[os.path.basename(path)]}")
            continue
        for n, run in enumerate(parse_expected(path), 1):
            if "distinct" in run and int(run["distinct"]) > a.max_distinct:
                print(f"SKIP {os.path.basename(path)} #{n} {run.get('args', '')}")
                continue
            t0 = time.time()
            got = run_one(model_path, run)
            diffs = []
            for key in ("status", "kind", "name", "trace_length", "distinct", "depth"):
                if key in run:
                    g = got.get(key)
                    if key == "name" and got.get("kind") in ("assertion", "deadlock"):
                        g = run[key]  # the Python checker names these differently
                    if str(g) != run[key]:
                        diffs.append(f"{key}: expected {run[key]}, got {g}")
            tag = "ok  " if not diffs else "FAIL"
            failures += bool(diffs)
            print(f"{tag} {os.path.basename(path)} #{n} {run.get('args', '')}  "
                  f"({got['status']}, {got.get('distinct')} distinct, {time.time() - t0:.1f}s)")
            for d in diffs:
                print("       " + d)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
