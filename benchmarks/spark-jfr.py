#!/usr/bin/env python3
"""Where a JVM's time went, from a JFR recording: execution samples by the part of Ariadne or
Spark they are in (the innermost frame that belongs to one), the methods most often on top,
and the JVM's CPU share and garbage-collection pauses.

    python3 benchmarks/spark-jfr.py RECORDING.jfr

Uses the JDK's `jfr` tool (on the PATH). Written for the executors of `--engine spark`
(benchmarks/spark-cluster --jfr DIR); works on any recording of the engine.
"""
import json
import subprocess
import sys
from collections import Counter

PARTS = [
    ("dev.ariadne.vm", "the model's interpreter"),
    ("dev.ariadne.snapshot", "snapshot codec and fingerprint"),
    ("dev.ariadne.shaded.esotericsoftware", "snapshot codec and fingerprint"),
    ("com.esotericsoftware.kryo", "snapshot codec and fingerprint"),
    ("dev.ariadne.space", "state-space cursor"),
    ("dev.ariadne.spark.search.Merge", "merge (visited table)"),
    ("dev.ariadne.spark.search.VisitedTable", "merge (visited table)"),
    ("dev.ariadne.spark.search.Expansion", "expansion's routing"),
    ("dev.ariadne.spark.search.LongSet", "expansion's routing"),
    ("java.io.ObjectInputStream", "Java serialisation"),
    ("java.io.ObjectOutputStream", "Java serialisation"),
    ("org.apache.spark.shuffle", "Spark shuffle"),
    ("org.apache.spark.util.collection", "Spark shuffle"),
    ("org.apache.spark.storage", "Spark block manager"),
    ("net.jpountz", "compression"),
    ("org.apache.spark.io", "compression"),
]


def events(recording, name):
    out = subprocess.run(["jfr", "print", "--json", "--events", name, recording],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)["recording"]["events"]


def seconds(d):
    if isinstance(d, (int, float)):
        return d / 1e9
    d = d.replace("PT", "").replace("S", "")
    minutes = 0.0
    if "M" in d:
        m, d = d.split("M")
        minutes = float(m) * 60
    return minutes + (float(d) if d else 0.0)


def main(recording):
    parts = [(p.replace(".", "/"), name) for p, name in PARTS]
    by_part, top, n = Counter(), Counter(), 0
    for e in events(recording, "jdk.ExecutionSample"):
        frames = (e["values"].get("stackTrace") or {}).get("frames") or []
        if not frames:
            continue
        n += 1
        m = frames[0]["method"]
        top[m["type"]["name"].replace("/", ".") + "." + m["name"]] += 1
        found = None
        for f in frames:
            t = f["method"]["type"]["name"]
            found = next((name for p, name in parts if t.startswith(p)), None)
            if found:
                break
        by_part[found or "other"] += 1
    print(f"{n} execution samples")
    for name, k in by_part.most_common():
        print(f"  {100 * k / n:5.1f} %  {name}")
    print("methods on top:")
    for name, k in top.most_common(12):
        print(f"  {100 * k / n:5.1f} %  {name}")
    gcs = events(recording, "jdk.GarbageCollection")
    print(f"{len(gcs)} collections, {sum(seconds(e['values']['sumOfPauses']) for e in gcs):.1f} s of pauses")
    cpu = events(recording, "jdk.CPULoad")
    if cpu:
        jvm = sum(e["values"]["jvmUser"] + e["values"]["jvmSystem"] for e in cpu) / len(cpu)
        machine = sum(e["values"]["machineTotal"] for e in cpu) / len(cpu)
        print(f"CPU: this JVM {100 * jvm:.1f} % of the machine, the machine {100 * machine:.1f} % busy (averages)")


if __name__ == "__main__":
    main(sys.argv[1])
