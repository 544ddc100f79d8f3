#!/usr/bin/env python3
"""Where a Spark run's time went, from Spark's own event log (spark.eventLog.enabled=true).

    python3 benchmarks/spark-eventlog.py EVENT_LOG   # a file, or a directory of Spark 4's rolling event log

A compressed log (Spark 4 writes zstd by default) is read through the `zstd` command.

Prints the jobs (one per level of the search, plus the lookups of a trace) with their
wall times, and the tasks' metrics summed over the run: what the executors spent running
the model and merging, in garbage collection, serialising, writing and fetching the
shuffle, and what is left of each task's wall time for scheduling and launching.
"""
import json
import os
import statistics
import subprocess
import sys
from collections import defaultdict


def lines(path):
    files = [path]
    if os.path.isdir(path):
        files = sorted(os.path.join(path, f) for f in os.listdir(path) if f.startswith("events_"))
    for name in files:
        if name.endswith(".zstd"):
            text = subprocess.run(["zstd", "-dc", name], capture_output=True, text=True, check=True).stdout
        else:
            with open(name) as f:
                text = f.read()
        yield from text.splitlines()


def main(path):
    jobs = {}
    tasks = 0
    wall = 0
    m = defaultdict(float)
    by_stage_kind = defaultdict(float)
    for line in lines(path):
        e = json.loads(line)
        kind = e.get("Event")
        if kind == "SparkListenerJobStart":
            jobs[e["Job ID"]] = [e["Submission Time"], None]
        elif kind == "SparkListenerJobEnd":
            jobs[e["Job ID"]][1] = e["Completion Time"]
        elif kind == "SparkListenerTaskEnd":
            info, metrics = e["Task Info"], e.get("Task Metrics") or {}
            tasks += 1
            took = info["Finish Time"] - info["Launch Time"]
            wall += took
            m["run"] += metrics.get("Executor Run Time", 0)
            m["cpu"] += metrics.get("Executor CPU Time", 0) / 1e6
            m["gc"] += metrics.get("JVM GC Time", 0)
            m["deserialize"] += metrics.get("Executor Deserialize Time", 0)
            m["result"] += metrics.get("Result Serialization Time", 0)
            w = metrics.get("Shuffle Write Metrics", {})
            r = metrics.get("Shuffle Read Metrics", {})
            m["shuffle_write"] += w.get("Shuffle Write Time", 0) / 1e6
            m["shuffle_bytes"] += w.get("Shuffle Bytes Written", 0)
            m["fetch_wait"] += r.get("Fetch Wait Time", 0)
            m["spilled_disk"] += metrics.get("Disk Bytes Spilled", 0)
            stage = "map (expand)" if w.get("Shuffle Records Written", 0) else "result (merge, checkpoint, lookup)"
            by_stage_kind[stage] += metrics.get("Executor Run Time", 0)
    durations = sorted((end - start) / 1000 for start, end in jobs.values() if end)
    print(f"jobs: {len(durations)}, {sum(durations):.1f} s in all; per job min {durations[0]:.2f} s, "
          f"median {statistics.median(durations):.2f} s, max {durations[-1]:.2f} s")
    print("per job, in order (s):", " ".join(f"{(end - start) / 1000:.1f}" for _, (start, end) in sorted(jobs.items())
                                             if end))
    print(f"tasks: {tasks}, {wall / 1000:.1f} s of task wall time in all, {wall / max(tasks, 1):.0f} ms each on average")
    for k in ("run", "cpu", "gc", "deserialize", "result", "shuffle_write", "fetch_wait"):
        print(f"  {k:14} {m[k] / 1000:9.1f} s  ({100 * m[k] / max(wall, 1):5.1f} % of task wall time)")
    print(f"  outside the task's run (launch, deserialise, report): {(wall - m['run']) / 1000:.1f} s")
    for k, v in by_stage_kind.items():
        print(f"  run time in {k}: {v / 1000:.1f} s")
    print(f"shuffle written: {m['shuffle_bytes'] / 2**20:.0f} MiB; spilled to disk: {m['spilled_disk'] / 2**20:.0f} MiB")


if __name__ == "__main__":
    main(sys.argv[1])
