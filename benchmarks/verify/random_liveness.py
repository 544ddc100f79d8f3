#!/usr/bin/env python3
"""Random small liveness models: Ariadne's verdicts against ari.py's, and TLC's.

Usage: random_liveness.py FIRST_SEED END_SEED [--tlc]

Each seed gives a model with one variable s in range(K), one to four actions that
move s along random edges (some of them self-loops, which are stutters), each
weakly fair, strongly fair or not fair, per instance (`fair action A(t in
range(K))`) or as a whole (`fair action A:` with `t = oneof(range(K))`), one or two
initial states, and two to four properties of the four temporal forms. Seeds from
1000 on give bigger models with every action fair. For every seed it compares
Ariadne's verdicts (`--continue --no-deadlock`, one worker), its counts, and the
verdicts of ari.py; with --tlc also those of TLC on a generated TLA+ twin (one
TLC run per property; TLA2TOOLS names the jar). Prints one line per seed and the
number of disagreements; exit 1 if any.
"""
import json
import os
import random
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ari  # noqa: E402

JAR = os.environ.get("TLA2TOOLS", "/work/tools/tlc/tla2tools.jar")
ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


def make(seed):
    r = random.Random(seed)
    big = seed >= 1000
    K = r.randint(4, 8) if big else r.randint(3, 5)
    nact = r.randint(2, 4) if big else r.randint(1, 3)
    inits = sorted(r.sample(range(K), r.choice([1, 1, 2])))
    acts = []
    for i in range(nact):
        edges = sorted({(r.randrange(K), r.randrange(K)) for _ in range(r.randint(2, 2 * K))})
        fair = r.choice(["WF", "SF", "SF"] if big else ["", "WF", "SF", "WF", "SF"])
        whole = r.random() < 0.35
        acts.append((f"A{i}", edges, fair, whole))
    props = []
    for j in range(r.randint(2, 4)):
        form = r.choice(["ae", "ea", "e", "lt"])
        a, b = r.randrange(K), r.randrange(K)
        props.append((f"P{j}", form, a, b))
    return K, inits, acts, props


def ari_src(K, inits, acts, props):
    out = [f"var s = oneof({inits})", ""]
    for name, edges, fair, whole in acts:
        kw = {"": "", "WF": "fair ", "SF": "fair+ "}[fair]
        if whole:
            out += [f"{kw}action {name}:", f"    t = oneof(range({K}))"]
        else:
            out += [f"{kw}action {name}(t in range({K})):"]
        out += [f"    await (s, t) in {edges}", "    s = t", ""]
    for name, form, a, b in props:
        body = {"ae": f"always eventually s == {a}", "ea": f"eventually always s != {a}",
                "e": f"eventually s == {a}", "lt": f"s == {a} leads_to s == {b}"}[form]
        out += [f"property {name}:", f"    {body}", ""]
    return "\n".join(out)


def tla_src(K, inits, acts, props):
    tup = lambda e: "<<%d, %d>>" % e
    out = ["---- MODULE R ----", "EXTENDS Naturals", "VARIABLE s", f"Init == s \\in {{{', '.join(map(str, inits))}}}"]
    fairs = []
    for name, edges, fair, whole in acts:
        out.append(f"{name}(t) == <<s, t>> \\in {{{', '.join(tup(e) for e in edges)}}} /\\ s' = t")
        if fair:
            if whole:
                fairs.append(f"{fair}_s(\\E t \\in 0..{K - 1} : {name}(t))")
            else:
                fairs.append(f"\\A t \\in 0..{K - 1} : {fair}_s({name}(t))")
    out.append("Next == \\E t \\in 0..%d : %s" % (K - 1, " \\/ ".join(f"{n}(t)" for n, *_ in acts)))
    out.append("Spec == Init /\\ [][Next]_s" + "".join(" /\\ (" + f + ")" for f in fairs))
    for name, form, a, b in props:
        body = {"ae": f"[]<>(s = {a})", "ea": f"<>[](s # {a})", "e": f"<>(s = {a})",
                "lt": f"(s = {a}) ~> (s = {b})"}[form]
        out.append(f"{name} == {body}")
    out.append("====")
    return "\n".join(out)


def run_ariadne(path, work):
    j = path + ".json"
    subprocess.run([os.path.join(ROOT, "ariadne"), "check", path, "--continue", "--no-deadlock", "--workers", "1",
                    "--json", j], capture_output=True, text=True, cwd=work)
    run = json.load(open(j))["runs"][0]
    return {x["name"]: x["verdict"] for x in run.get("properties", [])}, (run["distinct_states"], run["depth"])


def run_tlc(tla, names, d):
    open(os.path.join(d, "R.tla"), "w").write(tla)
    out = {}
    for n in names:
        open(os.path.join(d, "R.cfg"), "w").write(f"SPECIFICATION Spec\nPROPERTY {n}\n")
        o = subprocess.run(["java", "-XX:+UseParallelGC", "-cp", JAR, "tlc2.TLC", "-workers", "1", "-deadlock",
                            "-metadir", os.path.join(d, "meta-" + n), "-config", "R.cfg", "R.tla"],
                           capture_output=True, text=True, cwd=d).stdout
        if "Temporal properties were violated" in o:
            out[n] = "violated"
        elif "No error has been found" in o:
            out[n] = "holds"
        else:
            out[n] = "ERROR: " + o[-400:]
    return out


def main():
    seeds = range(int(sys.argv[1]), int(sys.argv[2]))
    use_tlc = "--tlc" in sys.argv[3:]
    work = tempfile.mkdtemp(prefix="random-liveness.")
    bad = 0
    for seed in seeds:
        m = make(seed)
        src = ari_src(*m)
        path = os.path.join(work, f"r{seed}.ari")
        open(path, "w").write(src)
        a, counts = run_ariadne(path, work)
        res = ari.check(ari.Model(path, {}), deadlock=False)
        p = res.get("properties", {})
        t = None
        if use_tlc:
            t = run_tlc(tla_src(*m), [n for n, *_ in m[3]], tempfile.mkdtemp(dir=work))
        same = a == p and (t is None or t == p) and counts == (res["distinct"], res["depth"])
        bad += not same
        print(("same " if same else "DIFF ") + f"r{seed}: ariadne={a} python={p} tlc={t} {counts}", flush=True)
    print("disagreements:", bad, "(models in " + work + ")")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
