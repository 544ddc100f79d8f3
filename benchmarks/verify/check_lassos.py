#!/usr/bin/env python3
"""Checks Ariadne's liveness counterexamples against the Python checker's state graph.

Usage: check_lassos.py MODEL.ari [--const NAME=EXPR]... [--no-deadlock]

Runs `ariadne check MODEL --continue --json` (every violated property gets its
trace), explores the model with ari.py, and checks each lasso independently:
  * its first state is initial and each state is a successor of the one before;
  * the loop closes (the trace ends with the state at loop_index once more), or
    the last state stutters for ever;
  * the loop is fair: for each weakly fair instance, some loop state does not
    enable it or a loop step is one of its steps; for each strongly fair one, no
    loop state enables it or a loop step is one of its steps (a step counts for
    every instance that can make it; a stutter for none);
  * the property is false along it, as its form says.
States are matched by their JSON rendering (globals, then each process's pc
and vars), which is enough for the models of examples/liveness/.
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ari  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


def plain(v):
    """The JSON shape of a value of the Python checker (lists for tuples and lists)."""
    if isinstance(v, (list, tuple)):
        return [plain(x) for x in v]
    if isinstance(v, dict):
        return {str(k): plain(x) for k, x in v.items()}
    if isinstance(v, (set, frozenset)):
        return sorted(plain(x) for x in v)
    return v


def render(model, st):
    out = {n: plain(st.g[n]) for n, _ in model.var_order}
    if st.procs:
        out["processes"] = {p.title(): {"pc": p.pc, **{n: plain(v) for n, v in p.vars.items()}} for p in st.procs}
    return json.dumps(out, sort_keys=True)


def main():
    model_path, args = sys.argv[1], sys.argv[2:]
    overrides, deadlock, i = {}, True, 0
    while i < len(args):
        if args[i] == "--const":
            n, _, v = args[i + 1].partition("=")
            overrides[n] = v
            i += 2
        else:
            deadlock = deadlock and args[i] != "--no-deadlock"
            i += 1
    report = tempfile.mktemp(suffix=".json")
    subprocess.run([os.path.join(ROOT, "ariadne"), "check", model_path, "--continue", "--json", report] + args,
                   capture_output=True, text=True)
    run = json.load(open(report))["runs"][0]
    os.unlink(report)
    model = ari.Model(model_path, dict(overrides))
    res = ari.check(model, deadlock=deadlock, want_graph=True)
    states, edges, inits = res["graph"]
    by_render = {render(model, st): k for k, st in states.items()}
    kind_of = {}
    for out in edges.values():
        for _, step in out:
            if step[0] == "process":
                kind_of[step] = model.fairness.get(("process", states[inits[0]].procs[step[1]].name))
            else:
                kind_of[step] = model.fairness.get(("action", step[1]))
    enabled = {u: {i for _, i in edges.get(u, ()) if kind_of[i]} for u in states}
    props = {t: (form, preds, loc) for t, form, preds, loc in model.property_instances(states[inits[0]])}
    failures = 0
    found = run.get("violations") or ([run["violation"]] if run.get("violation") else [])
    for v in found:
        if v["kind"] != "liveness":
            continue
        problems = []
        keys = [by_render.get(json.dumps(step["state"], sort_keys=True)) for step in v["trace"]]
        if None in keys:
            print(f"FAIL {v['name']}: a trace state is not a reachable state")
            failures += 1
            continue
        if keys[0] not in inits:
            problems.append("the first state is not initial")
        for a, b in zip(keys, keys[1:]):
            if not any(w == b for w, _ in edges.get(a, ())):
                problems.append("a step of the trace is not a step of the model")
        if v["stutters"]:
            loop, steps = [keys[-1]], []
        else:  # the trace ends with the state it loops back to, once more
            loop = keys[v["loop_index"]:-1]
            steps = list(zip(keys[v["loop_index"]:-1], keys[v["loop_index"] + 1:]))
            if not loop or keys[-1] != keys[v["loop_index"]]:
                problems.append("the loop does not close")
        taken = {i for a, b in steps for w, i in edges.get(a, ()) if w == b}
        offered = set().union(*(enabled[u] for u in loop))
        for i in offered:
            if i in taken:
                continue
            if kind_of[i] == "SF" or all(i in enabled[u] for u in loop):
                problems.append(f"the loop is not fair to {i}")
        form, preds, loc = props[v["name"]]
        p = [model.eval_pred(preds[0], states[k], loc) for k in keys]
        start = len(keys) - 1 if v["stutters"] else v["loop_index"]
        if form == "always_eventually":
            bad = not any(p[start:])
        elif form == "eventually_always":
            bad = not all(p[start:])
        elif form == "eventually":
            bad = not any(p)
        else:  # leads_to: some P and not Q, then never Q, the loop included
            q = [model.eval_pred(preds[1], states[k], loc) for k in keys]
            bad = any(p[j] and not any(q[min(j, start):]) for j in range(len(keys)))
        if not bad:
            problems.append(f"the property {form} is not false along the lasso")
        failures += bool(problems)
        print(("ok  " if not problems else "FAIL") + f" {v['name']}: {len(keys)} states, "
              + ("stutters" if v["stutters"] else f"loops back to state {v['loop_index'] + 1}"))
        for pr in sorted(set(problems)):
            print("       " + pr)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
