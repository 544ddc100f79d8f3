#!/usr/bin/env python3
"""An independent, brute-force checker for Ariadne models (.ari), in Python.

It exists to verify the expected results of the example models without using
Ariadne itself: it shares no code with the Java checker.  It implements the part
of the language the example models use (see /work/shared/LANGUAGE.md), with the
same semantics:

  * a state is the globals (declaration order) plus, for every process instance
    (declaration order, then canonical order of `self`), its position and its
    `var`s; temporaries and constants are not state;
  * mutable values (list, dict, set, record) are Python objects shared by
    reference; a state is identified by a canonical encoding of the heap graph
    reachable from the roots, numbering mutable objects in visiting order, so
    aliasing and cycles are part of the state (two states are equal iff their
    rooted heap graphs are isomorphic and their immutable contents are equal);
  * dict and set iterate in canonical order;
  * actions and process steps are atomic; `either`, `oneof` and action
    parameters fork a step (enumerated by re-running the step with every
    sequence of choices); `await` false disables the step;
  * PlusCal label semantics for processes (a step runs from a label to the next
    label reached, the back edge of a labelled `while` returns to its label,
    `goto` ends the step, the end of the body is `Done`);
  * breadth-first search; depth counted in states; a state where every process
    is Done is terminal, any other state without successors is a deadlock;
  * temporal properties under `fair`/`fair+` processes and actions, checked on
    the whole explored graph once the search is complete (see "Temporal
    properties under fairness" below); `always P` is checked on every state,
    like an invariant.

Not implemented (not used by the examples): labels inside `for` loops, f-strings,
the step budget, 64-bit overflow, frozen constants, lasso traces of liveness
violations (it gives the verdicts only).

The source is translated to Python syntax line by line (`action A(x in S):`
becomes `def __action__A(x=(S)):`, `label L` becomes `__label__ = "L"`,
`await e` becomes `__await__ = e`, `either:`/`or:` become `if __either__:`/
`elif __or__:`, `var x = e` becomes `x: __var__ = e`...), parsed with Python's
`ast` module, then interpreted by this file's own evaluator.

Usage: ari.py check MODEL.ari [--const NAME=EXPR]... [--no-deadlock] [--trace]
"""
import argparse
import ast
import copy
import itertools
import json
import operator
import re
import sys
import time
from collections import deque


# --------------------------------------------------------------------------
# Source translation
# --------------------------------------------------------------------------

def split_top_commas(text):
    parts, depth, cur, quote = [], 0, [], None
    for ch in text:
        if quote:
            cur.append(ch)
            if ch == quote:
                quote = None
            continue
        if ch in "\"'":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append("".join(cur))
            cur = []
            continue
        cur.append(ch)
    if "".join(cur).strip():
        parts.append("".join(cur))
    return parts


def translate_params(text, where):
    out = []
    for p in split_top_commas(text):
        m = re.match(r"\s*(\w+)\s+in\s+(.*)$", p, re.S)
        if not m:
            raise SyntaxError(f"{where}: bad parameter {p!r}")
        out.append(f"{m.group(1)}=({m.group(2).strip()})")
    return ", ".join(out)


def bracket_delta(line):
    """Net bracket depth change of a physical line (strings and comments skipped)."""
    depth, quote, i = 0, None, 0
    while i < len(line):
        ch = line[i]
        if quote:
            if ch == "\\":
                i += 2
                continue
            if ch == quote:
                quote = None
        elif ch == "#":
            break
        elif ch in "\"'":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        i += 1
    return depth


# the prefix forms, longest first; `P leads_to Q` is the infix one
TEMPORAL_FORMS = [("always eventually", "__always_eventually__"), ("eventually always", "__eventually_always__"),
                  ("eventually", "__eventually__"), ("always", "__always__")]


def fold_properties(lines):
    """Folds each `property` declaration into one line `property Name(...): __form__(P[, Q])`,
    keeping the line count (the block's other lines become blank)."""
    out = list(lines)
    i = 0
    while i < len(out):
        m = re.match(r"(property\s+\w+\s*(?:\(.*\))?\s*:)(.*)$", out[i])
        if not m:
            i += 1
            continue
        head, parts, j = m.group(1), [m.group(2)], i + 1
        while j < len(out) and (not out[j].strip() or out[j][0] in " #"):
            parts.append(out[j])
            j += 1
        while j > i + 1 and not out[j - 1].strip():
            j -= 1  # trailing blank lines belong to nobody
        text = " ".join(re.sub(r"#.*$", "", x).strip() for x in parts[: j - i]).strip()
        lt = re.split(r"\bleads_to\b", text)
        if len(lt) == 2:
            expr = f"__leads_to__(({lt[0].strip()}), ({lt[1].strip()}))"
        else:
            for words, fn in TEMPORAL_FORMS:
                fm = re.match(words.replace(" ", r"\s+") + r"\b", text)
                if fm:
                    expr = f"{fn}(({text[fm.end():].strip()}))"
                    break
            else:
                raise SyntaxError(f"line {i + 1}: property without a temporal form: {text}")
        out[i] = f"{head} {expr}"
        for k in range(i + 1, j):
            out[k] = ""
        i = j
    return out


def translate(src, filename, fairness=None):
    """Python syntax for an .ari file; `fairness` (if given) receives ("process"|"action", name) -> "WF"|"SF"."""
    out = []
    depth = 0
    continued = False
    if fairness is None:
        fairness = {}
    for lineno, line in enumerate(fold_properties(src.split("\n")), 1):
        if "\t" in line[: len(line) - len(line.lstrip())]:
            raise SyntaxError(f"{filename}:{lineno}: tab in indentation")
        if depth == 0 and not continued:
            ind = line[: len(line) - len(line.lstrip())]
            s = line.strip()
            where = f"{filename}:{lineno}"
            m = None
            if (fm := re.match(r"fair(\+?)\s+(process|action)\s+(\w+)", s)):
                fairness[(fm.group(2), fm.group(3))] = "SF" if fm.group(1) else "WF"
                s = s[s.index(fm.group(2)):]
            if (m := re.match(r"const\s+(\w+)\s*=\s*(.*)$", s)):
                line = f"{ind}{m.group(1)}: __const__ = {m.group(2)}"
            elif (m := re.match(r"var\s+(\w+)\s*=\s*(.*)$", s)):
                line = f"{ind}{m.group(1)}: __var__ = {m.group(2)}"
            elif re.match(r"init\s*:\s*(#.*)?$", s):
                line = f"{ind}def __init_block__():"
            elif (m := re.match(r"process\s+(\w+)\s*:\s*(#.*)?$", s)):
                line = f"{ind}def __process__{m.group(1)}():"
            elif (m := re.match(r"process\s+(\w+)\s*\((.*)\)\s*:\s*(#.*)?$", s)):
                line = f"{ind}def __process__{m.group(1)}({translate_params(m.group(2), where)}):"
            elif (m := re.match(r"action\s+(\w+)\s*:\s*(#.*)?$", s)):
                line = f"{ind}def __action__{m.group(1)}():"
            elif (m := re.match(r"action\s+(\w+)\s*\((.*)\)\s*:\s*(#.*)?$", s)):
                line = f"{ind}def __action__{m.group(1)}({translate_params(m.group(2), where)}):"
            elif (m := re.match(r"(invariant|constraint)\s+(\w+)\s*:\s*(.*)$", s)):
                rest = m.group(3)
                if rest.strip() and not rest.strip().startswith("#"):
                    line = f"{ind}def __{m.group(1)}__{m.group(2)}(): return {rest}"
                else:
                    line = f"{ind}def __{m.group(1)}__{m.group(2)}():"
            elif (m := re.match(r"property\s+(\w+)\s*(?:\((.*)\))?\s*:\s*(.*)$", s)):
                params = translate_params(m.group(2), where) if m.group(2) else ""
                line = f"{ind}def __property__{m.group(1)}({params}): return {m.group(3)}"
            elif (m := re.match(r"label\s+(\w+)\s*(#.*)?$", s)):
                line = f'{ind}__label__ = "{m.group(1)}"'
            elif (m := re.match(r"goto\s+(\w+)\s*(#.*)?$", s)):
                line = f'{ind}__goto__ = "{m.group(1)}"'
            elif (m := re.match(r"(?:await|require)\s+(.*)$", s)):
                line = f"{ind}__await__ = {m.group(1)}"
            elif re.match(r"either\s*:\s*(#.*)?$", s):
                line = f"{ind}if __either__:"
            elif re.match(r"or\s*:\s*(#.*)?$", s):
                line = f"{ind}elif __or__:"
        depth += bracket_delta(line)
        continued = line.rstrip().endswith("\\")
        out.append(line)
    return "\n".join(out)


# --------------------------------------------------------------------------
# Modelling statements (replace the Python nodes produced by the translation)
# --------------------------------------------------------------------------

class Label:
    def __init__(self, name, node):
        self.name, self.lineno = name, node.lineno


class Goto:
    def __init__(self, name, node):
        self.name, self.lineno = name, node.lineno


class Await:
    def __init__(self, expr, node):
        self.expr, self.lineno = expr, node.lineno


class Either:
    def __init__(self, branches, node):
        self.branches, self.lineno = branches, node.lineno


def convert_block(stmts):
    out = []
    for s in stmts:
        out.append(convert_stmt(s))
    # mark labelled while loops
    for i, s in enumerate(out):
        if isinstance(s, ast.While):
            s._label = out[i - 1].name if i > 0 and isinstance(out[i - 1], Label) else None
    return out


def convert_stmt(s):
    if isinstance(s, ast.Assign) and len(s.targets) == 1 and isinstance(s.targets[0], ast.Name):
        t = s.targets[0].id
        if t == "__label__":
            return Label(s.value.value, s)
        if t == "__goto__":
            return Goto(s.value.value, s)
        if t == "__await__":
            return Await(s.value, s)
    if isinstance(s, ast.If) and isinstance(s.test, ast.Name) and s.test.id == "__either__":
        branches = [convert_block(s.body)]
        rest = s.orelse
        while rest:
            assert len(rest) == 1 and isinstance(rest[0], ast.If) and rest[0].test.id == "__or__", "bad either"
            branches.append(convert_block(rest[0].body))
            rest = rest[0].orelse
        return Either(branches, s)
    if isinstance(s, ast.If):
        s.body = convert_block(s.body)
        s.orelse = convert_block(s.orelse)
    elif isinstance(s, (ast.While, ast.For)):
        s.body = convert_block(s.body)
        s.orelse = convert_block(s.orelse)
    elif isinstance(s, ast.FunctionDef):
        s.body = convert_block(s.body)
    return s


def contains_label(stmts):
    for s in stmts:
        if isinstance(s, Label):
            return True
        if isinstance(s, Either) and any(contains_label(b) for b in s.branches):
            return True
        if isinstance(s, (ast.If, ast.While, ast.For)) and (contains_label(s.body) or contains_label(s.orelse)):
            return True
    return False


# --------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------

class Record:
    def __init__(self, fields):
        self.f = dict(fields)

    def __eq__(self, other):
        return isinstance(other, Record) and self.f == other.f

    __hash__ = None

    def __repr__(self):
        return "record(" + ", ".join(f"{k}={v!r}" for k, v in self.f.items()) + ")"


class Closure:
    """A def or lambda value."""

    def __init__(self, name, args, body, frame, is_lambda):
        self.name, self.args, self.body, self.frame, self.is_lambda = name, args, body, frame, is_lambda

    def __deepcopy__(self, memo):
        return self  # functions are immutable


class Disabled(Exception):
    pass


class AssertFail(Exception):
    pass


class ModelError(Exception):
    pass


class LabelReached(Exception):
    def __init__(self, name):
        self.name = name


class GotoEx(Exception):
    def __init__(self, name):
        self.name = name


class ReturnEx(Exception):
    def __init__(self, value):
        self.value = value


class BreakEx(Exception):
    pass


class ContinueEx(Exception):
    pass


def ckey(v):
    """Canonical order key (immutable values; records and containers by contents)."""
    if v is None:
        return (0,)
    if isinstance(v, bool):
        return (1, v)
    if isinstance(v, int):
        return (2, v)
    if isinstance(v, str):
        return (3, v)
    if isinstance(v, tuple):
        return (4, tuple(ckey(x) for x in v))
    if isinstance(v, frozenset):
        return (5, tuple(sorted(ckey(x) for x in v)))
    if isinstance(v, Record):
        return (6, tuple(sorted((k, ckey(x)) for k, x in v.f.items())))
    if isinstance(v, list):
        return (7, tuple(ckey(x) for x in v))
    if isinstance(v, dict):
        return (8, tuple(sorted((ckey(k), ckey(x)) for k, x in v.items())))
    if isinstance(v, set):
        return (9, tuple(sorted(ckey(x) for x in v)))
    if isinstance(v, Closure):
        return (10, v.name)
    raise ModelError(f"cannot order {v!r}")


def canon_iter(v):
    if isinstance(v, (dict, set, frozenset)):
        return sorted(v, key=ckey)
    if isinstance(v, Record):
        raise ModelError("a record is not iterable")
    return v


def enc(v, memo):
    """Canonical encoding; mutable objects numbered in visiting order."""
    if v is None or isinstance(v, str):
        return v
    if isinstance(v, bool):
        return ("b", v)
    if isinstance(v, int):
        return v
    if isinstance(v, tuple):
        return ("t",) + tuple(enc(x, memo) for x in v)
    if isinstance(v, frozenset):
        return ("fs",) + tuple(enc(x, memo) for x in sorted(v, key=ckey))
    if isinstance(v, Closure):
        return ("fn", v.name, id(v) if v.is_lambda else 0)
    if isinstance(v, range):
        return ("range", v.start, v.stop, v.step)
    k = id(v)
    if k in memo:
        return ("ref", memo[k][0])
    memo[k] = (len(memo), v)  # keep v alive so ids are not reused
    n = memo[k][0]
    if isinstance(v, list):
        return ("L", n) + tuple(enc(x, memo) for x in v)
    if isinstance(v, dict):
        return ("D", n) + tuple((enc(key, memo), enc(v[key], memo)) for key in sorted(v, key=ckey))
    if isinstance(v, set):
        return ("S", n) + tuple(enc(x, memo) for x in sorted(v, key=ckey))
    if isinstance(v, Record):
        return ("R", n) + tuple((f, enc(v.f[f], memo)) for f in sorted(v.f))
    raise ModelError(f"cannot encode {v!r}")


def show(v, memo=None, depth=0):
    """Readable rendering for traces (shared objects shown once, then as #n)."""
    if memo is None:
        memo = {}
    if isinstance(v, (list, dict, set, Record)):
        if id(v) in memo:
            return f"#{memo[id(v)]}"
        memo[id(v)] = len(memo)
        tag = f"#{memo[id(v)]}="
        if isinstance(v, list):
            return tag + "[" + ", ".join(show(x, memo) for x in v) + "]"
        if isinstance(v, dict):
            return tag + "{" + ", ".join(f"{show(k, memo)}: {show(v[k], memo)}" for k in sorted(v, key=ckey)) + "}"
        if isinstance(v, set):
            return tag + "{" + ", ".join(show(x, memo) for x in sorted(v, key=ckey)) + "}"
        return tag + "record(" + ", ".join(f"{k}={show(x, memo)}" for k, x in v.f.items()) + ")"
    if isinstance(v, tuple):
        return "(" + ", ".join(show(x, memo) for x in v) + ("," if len(v) == 1 else "") + ")"
    return repr(v)


# --------------------------------------------------------------------------
# State, choices
# --------------------------------------------------------------------------

class Proc:
    def __init__(self, name, self_name, self_val, pc, vars_):
        self.name, self.self_name, self.self_val, self.pc, self.vars = name, self_name, self_val, pc, vars_

    def title(self):
        return self.name if self.self_name is None else f"{self.name}({self.self_val!r})"


class State:
    def __init__(self, globals_, procs):
        self.g, self.procs = globals_, procs


class Oracle:
    def __init__(self, prefix):
        self.prefix, self.made = prefix, []

    def choose(self, n):
        i = len(self.made)
        c = self.prefix[i] if i < len(self.prefix) else 0
        self.made.append((c, n))
        return c


def all_runs(fn):
    """Run fn(oracle) once for every sequence of choices; collect the results."""
    results, stack = [], [[]]
    while stack:
        prefix = stack.pop()
        o = Oracle(prefix)
        results.append((prefix, fn(o)))
        pending = []
        for i in range(len(prefix), len(o.made)):
            c, n = o.made[i]
            base = [x for x, _ in o.made[:i]]
            for j in range(1, n):
                pending.append(base + [j])
        stack.extend(reversed(pending))
    return results


class Frame:
    __slots__ = ("state", "oracle", "locals", "proc", "parent", "in_def")

    def __init__(self, state, oracle, locals_=None, proc=None, parent=None, in_def=False):
        self.state, self.oracle, self.proc, self.parent, self.in_def = state, oracle, proc, parent, in_def
        self.locals = {} if locals_ is None else locals_


# --------------------------------------------------------------------------
# The model and its interpreter
# --------------------------------------------------------------------------

BINOPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
          ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod, ast.Pow: operator.pow,
          ast.BitOr: operator.or_, ast.BitAnd: operator.and_, ast.BitXor: operator.xor,
          ast.LShift: operator.lshift, ast.RShift: operator.rshift}
IBINOPS = {ast.Add: operator.iadd, ast.Sub: operator.isub, ast.Mult: operator.imul,
           ast.FloorDiv: operator.ifloordiv, ast.Mod: operator.imod, ast.Pow: operator.ipow,
           ast.BitOr: operator.ior, ast.BitAnd: operator.iand, ast.BitXor: operator.ixor}
CMPOPS = {ast.Eq: operator.eq, ast.NotEq: operator.ne, ast.Lt: operator.lt, ast.LtE: operator.le,
          ast.Gt: operator.gt, ast.GtE: operator.ge, ast.Is: operator.is_, ast.IsNot: operator.is_not,
          ast.In: lambda a, b: a in b, ast.NotIn: lambda a, b: a not in b}


class Model:
    def __init__(self, path, overrides):
        src = open(path).read()
        self.path = path
        self.fairness = {}   # ("process"|"action", name) -> "WF" | "SF"
        tree = ast.parse(translate(src, path, self.fairness), path)
        self.consts = {}
        self.const_order = []
        self.var_order = []  # (name, expr)
        self.init_block = None
        self.defs = {}
        self.actions = []    # (name, [(param, expr)], body)
        self.processes = []  # dict
        self.invariants = []
        self.constraints = []
        self.properties = []  # (name, [(param, expr)], form, [predicate exprs])
        const_exprs = []
        for node in tree.body:
            if isinstance(node, ast.AnnAssign) and isinstance(node.annotation, ast.Name):
                kind = node.annotation.id
                if kind == "__const__":
                    const_exprs.append((node.target.id, node.value))
                elif kind == "__var__":
                    self.var_order.append((node.target.id, node.value))
                else:
                    raise SyntaxError(f"line {node.lineno}: unexpected annotation")
            elif isinstance(node, ast.FunctionDef):
                name = node.name
                body = convert_block(node.body)
                if name == "__init_block__":
                    self.init_block = body
                elif name.startswith("__action__"):
                    params = [(a.arg, d) for a, d in zip(node.args.args, node.args.defaults)]
                    self.actions.append((name[len("__action__"):], params, body))
                elif name.startswith("__process__"):
                    self.add_process(name[len("__process__"):], node, body)
                elif name.startswith("__property__"):
                    params = [(a.arg, d) for a, d in zip(node.args.args, node.args.defaults)]
                    call = body[0].value
                    self.properties.append((name[len("__property__"):], params, call.func.id.strip("_"), call.args))
                elif name.startswith("__invariant__") or name.startswith("__constraint__"):
                    if len(body) == 1 and isinstance(body[0], ast.Expr):
                        body = [ast.Return(value=body[0].value)]
                    lst = self.invariants if name.startswith("__invariant__") else self.constraints
                    lst.append((name.split("__")[2], body))
                else:
                    node.body = body
                    self.defs[name] = node
            elif isinstance(node, ast.Pass):
                pass
            else:
                raise SyntaxError(f"line {node.lineno}: unexpected top-level statement")
        self.global_names = {n for n, _ in self.var_order}
        self.def_values = {n: Closure(n, d.args, d.body, None, False) for n, d in self.defs.items()}
        # constants, in order; an override replaces the expression of its constant
        for name, expr in const_exprs:
            self.const_order.append(name)
            if name in overrides:
                expr = ast.parse(overrides.pop(name), mode="eval").body
            self.consts[name] = self.eval(expr, Frame(None, None))
        if overrides:
            raise SyntaxError(f"unknown constants {sorted(overrides)}")

    def add_process(self, name, node, body):
        params = [(a.arg, d) for a, d in zip(node.args.args, node.args.defaults)]
        assert len(params) <= 1
        pvars = []
        i = 0
        while i < len(body) and isinstance(body[i], ast.AnnAssign):
            assert body[i].annotation.id == "__var__"
            pvars.append((body[i].target.id, body[i].value))
            i += 1
        steps = body[i:]
        if not steps or not isinstance(steps[0], Label):
            raise SyntaxError(f"process {name}: the first statement after the vars must be a label")
        paths = {}

        def walk(block, prefix):
            for j, s in enumerate(block):
                here = prefix + [(block, j)]
                if isinstance(s, Label):
                    if s.name in paths:
                        raise SyntaxError(f"process {name}: duplicate label {s.name}")
                    paths[s.name] = here
                elif isinstance(s, ast.If):
                    walk(s.body, here)
                    walk(s.orelse, here)
                elif isinstance(s, Either):
                    for b in s.branches:
                        walk(b, here)
                elif isinstance(s, ast.While):
                    if contains_label(s.body) and not s._label:
                        raise SyntaxError(f"line {s.lineno}: a while holding a label must be labelled")
                    if contains_label(s.orelse):
                        raise SyntaxError(f"line {s.lineno}: label in while-else")
                    walk(s.body, here)
                elif isinstance(s, ast.For):
                    if contains_label(s.body) or contains_label(s.orelse):
                        raise SyntaxError(f"line {s.lineno}: labels in for loops are not supported here")
        walk(steps, [])
        self.processes.append(dict(name=name, param=params[0] if params else None,
                                   vars=pvars, steps=steps, paths=paths, first=steps[0].name))

    # ---------------- names ----------------
    def lookup(self, name, frame):
        f = frame
        while f is not None:
            if name in f.locals:
                return f.locals[name]
            p = f.proc
            if p is not None:
                if name in p.vars:
                    return p.vars[name]
                if name == p.self_name:
                    return p.self_val
            f = f.parent
        st = frame.state
        if st is not None and name in st.g:
            return st.g[name]
        if name in self.consts:
            return self.consts[name]
        if name in self.def_values:
            return self.def_values[name]
        if name in BUILTINS:
            return BUILTINS[name]
        raise ModelError(f"name {name!r} is not defined")

    def assign_name(self, name, value, frame):
        if frame.proc is not None and name in frame.proc.vars:
            frame.proc.vars[name] = value
        elif name in self.global_names:
            frame.state.g[name] = value
        elif name in self.consts:
            raise ModelError(f"assignment to constant {name}")
        else:
            # comprehension scopes and lambdas assign in their own locals
            frame.locals[name] = value

    # ---------------- expressions ----------------
    def eval(self, e, frame):
        m = getattr(self, "e_" + type(e).__name__, None)
        if m is None:
            raise ModelError(f"unsupported expression {type(e).__name__} at line {getattr(e, 'lineno', '?')}")
        return m(e, frame)

    def e_Constant(self, e, frame):
        return e.value

    def e_Name(self, e, frame):
        return self.lookup(e.id, frame)

    def e_BinOp(self, e, frame):
        a, b = self.eval(e.left, frame), self.eval(e.right, frame)
        if isinstance(e.op, ast.Div):
            raise ModelError("'/' is not allowed")
        if isinstance(e.op, ast.Sub) and isinstance(a, (set, frozenset)):
            return a - b
        return BINOPS[type(e.op)](a, b)

    def e_UnaryOp(self, e, frame):
        v = self.eval(e.operand, frame)
        if isinstance(e.op, ast.Not):
            return not self.truth(v)
        if isinstance(e.op, ast.USub):
            return -v
        if isinstance(e.op, ast.UAdd):
            return +v
        raise ModelError("unsupported unary op")

    def truth(self, v):
        if isinstance(v, Record):
            return True
        return bool(v)

    def e_BoolOp(self, e, frame):
        if isinstance(e.op, ast.And):
            v = True
            for x in e.values:
                v = self.eval(x, frame)
                if not self.truth(v):
                    return v
            return v
        v = False
        for x in e.values:
            v = self.eval(x, frame)
            if self.truth(v):
                return v
        return v

    def e_Compare(self, e, frame):
        a = self.eval(e.left, frame)
        for op, c in zip(e.ops, e.comparators):
            b = self.eval(c, frame)
            if not CMPOPS[type(op)](a, b):
                return False
            a = b
        return True

    def e_IfExp(self, e, frame):
        return self.eval(e.body if self.truth(self.eval(e.test, frame)) else e.orelse, frame)

    def e_Tuple(self, e, frame):
        return tuple(self.eval(x, frame) for x in e.elts)

    def e_List(self, e, frame):
        return [self.eval(x, frame) for x in e.elts]

    def e_Set(self, e, frame):
        return {self.eval(x, frame) for x in e.elts}

    def e_Dict(self, e, frame):
        return {self.eval(k, frame): self.eval(v, frame) for k, v in zip(e.keys, e.values)}

    def e_Attribute(self, e, frame):
        inst = self.process_instance(e.value, frame)
        if inst is not None:
            if e.attr not in inst.vars:
                raise ModelError(f"process {inst.name} has no variable {e.attr}")
            return inst.vars[e.attr]
        obj = self.eval(e.value, frame)
        if isinstance(obj, Record):
            if e.attr not in obj.f:
                raise ModelError(f"record has no field {e.attr}")
            return obj.f[e.attr]
        return BoundMethod(obj, e.attr)

    def process_instance(self, e, frame):
        """The instance that P.x or P[i].x reads (P a process not hidden by a local), or None."""
        if isinstance(e, ast.Subscript) and isinstance(e.value, ast.Name):
            name, key = e.value.id, e.slice
        elif isinstance(e, ast.Name):
            name, key = e.id, None
        else:
            return None
        if all(p["name"] != name for p in self.processes):
            return None
        f = frame
        while f is not None:
            if name in f.locals:
                return None
            f = f.parent
        want = None if key is None else self.eval(key, frame)
        for p in frame.state.procs:
            if p.name == name and (key is None or p.self_val == want):
                return p
        raise ModelError(f"no process instance {name}({want!r})")

    def e_Subscript(self, e, frame):
        obj = self.eval(e.value, frame)
        if isinstance(e.slice, ast.Slice):
            s = e.slice
            sl = slice(*(None if x is None else self.eval(x, frame) for x in (s.lower, s.upper, s.step)))
            return obj[sl]
        k = self.eval(e.slice, frame)
        try:
            return obj[k]
        except (KeyError, IndexError) as ex:
            raise ModelError(f"{type(ex).__name__}: {k!r}")

    def comp_loop(self, gens, frame, emit):
        def rec(i, f):
            if i == len(gens):
                emit(f)
                return
            g = gens[i]
            for item in list(canon_iter(self.eval(g.iter, f))):
                sub = Frame(f.state, f.oracle, {}, None, f, f.in_def)
                self.bind_target(g.target, item, sub, local=True)
                if all(self.truth(self.eval(c, sub)) for c in g.ifs):
                    rec(i + 1, sub)
        rec(0, frame)

    def e_ListComp(self, e, frame):
        out = []
        self.comp_loop(e.generators, frame, lambda f: out.append(self.eval(e.elt, f)))
        return out

    e_GeneratorExp = e_ListComp

    def e_SetComp(self, e, frame):
        out = set()
        self.comp_loop(e.generators, frame, lambda f: out.add(self.eval(e.elt, f)))
        return out

    def e_DictComp(self, e, frame):
        out = {}

        def emit(f):
            out[self.eval(e.key, f)] = self.eval(e.value, f)
        self.comp_loop(e.generators, frame, emit)
        return out

    def e_Lambda(self, e, frame):
        return Closure("<lambda>", e.args, [ast.Return(value=e.body)], frame, True)

    def e_Call(self, e, frame):
        fn = self.eval(e.func, frame)
        args = []
        for a in e.args:
            if isinstance(a, ast.Starred):
                args.extend(self.eval(a.value, frame))
            else:
                args.append(self.eval(a, frame))
        kwargs = {k.arg: self.eval(k.value, frame) for k in e.keywords}
        return self.call(fn, args, kwargs, frame)

    def call(self, fn, args, kwargs, frame):
        if isinstance(fn, Closure):
            return self.call_closure(fn, args, kwargs, frame)
        if isinstance(fn, BoundMethod):
            return fn.call(args, kwargs)
        if isinstance(fn, Builtin):
            return fn.fn(self, frame, *args, **kwargs)
        raise ModelError(f"{fn!r} is not callable")

    def call_closure(self, fn, args, kwargs, frame):
        a = fn.args
        names = [x.arg for x in a.args]
        loc = {}
        for n, v in zip(names, args):
            loc[n] = v
        if len(args) > len(names):
            raise ModelError(f"too many arguments to {fn.name}")
        loc.update(kwargs)
        defaults = a.defaults
        for i, n in enumerate(names):
            if n not in loc:
                di = i - (len(names) - len(defaults))
                if di < 0:
                    raise ModelError(f"missing argument {n} to {fn.name}")
                loc[n] = self.eval(defaults[di], Frame(frame.state, frame.oracle))
        f = Frame(frame.state, frame.oracle, loc, None, fn.frame, True)
        try:
            self.exec_block(fn.body, f)
        except ReturnEx as r:
            return r.value
        return None

    # ---------------- statements ----------------
    def bind_target(self, t, value, frame, local=False):
        if isinstance(t, ast.Name):
            if local:
                frame.locals[t.id] = value
            else:
                self.assign_name(t.id, value, frame)
        elif isinstance(t, (ast.Tuple, ast.List)):
            vals = list(canon_iter(value))
            if len(vals) != len(t.elts):
                raise ModelError("unpacking: wrong number of values")
            for x, v in zip(t.elts, vals):
                self.bind_target(x, v, frame, local)
        elif isinstance(t, ast.Subscript):
            obj = self.eval(t.value, frame)
            if isinstance(t.slice, ast.Slice):
                raise ModelError("slice assignment not supported")
            k = self.eval(t.slice, frame)
            if isinstance(obj, list) and not (-len(obj) <= k < len(obj)):
                raise ModelError("list index out of range")
            if isinstance(obj, (tuple, str, frozenset)):
                raise ModelError("immutable value")
            obj[k] = value
        elif isinstance(t, ast.Attribute):
            obj = self.eval(t.value, frame)
            if not isinstance(obj, Record) or t.attr not in obj.f:
                raise ModelError(f"cannot set field {t.attr}")
            obj.f[t.attr] = value
        else:
            raise ModelError("bad assignment target")

    def exec_block(self, stmts, frame, start=0):
        for s in stmts[start:]:
            self.exec_stmt(s, frame)

    def exec_stmt(self, s, frame):
        t = type(s)
        if t is ast.Expr:
            self.eval(s.value, frame)
        elif t is ast.Assign:
            v = self.eval(s.value, frame)
            for tg in s.targets:
                self.bind_target(tg, v, frame)
        elif t is ast.AugAssign:
            tg = s.target
            if isinstance(tg, ast.Name):
                cur = self.lookup(tg.id, frame)
                self.assign_name(tg.id, IBINOPS[type(s.op)](cur, self.eval(s.value, frame)), frame)
            elif isinstance(tg, ast.Subscript):
                obj = self.eval(tg.value, frame)
                k = self.eval(tg.slice, frame)
                obj[k] = IBINOPS[type(s.op)](obj[k], self.eval(s.value, frame))
            elif isinstance(tg, ast.Attribute):
                obj = self.eval(tg.value, frame)
                obj.f[tg.attr] = IBINOPS[type(s.op)](obj.f[tg.attr], self.eval(s.value, frame))
        elif t is ast.If:
            if self.truth(self.eval(s.test, frame)):
                self.exec_block(s.body, frame)
            else:
                self.exec_block(s.orelse, frame)
        elif t is ast.While:
            self.exec_while(s, frame)
        elif t is ast.For:
            broke = False
            for item in list(canon_iter(self.eval(s.iter, frame))):
                self.bind_target(s.target, item, frame)
                try:
                    self.exec_block(s.body, frame)
                except BreakEx:
                    broke = True
                    break
                except ContinueEx:
                    pass
            if not broke:
                self.exec_block(s.orelse, frame)
        elif t is Label:
            raise LabelReached(s.name)
        elif t is Goto:
            raise GotoEx(s.name)
        elif t is Await:
            if not self.truth(self.eval(s.expr, frame)):
                raise Disabled()
        elif t is Either:
            i = frame.oracle.choose(len(s.branches))
            self.exec_block(s.branches[i], frame)
        elif t is ast.Assert:
            if not self.truth(self.eval(s.test, frame)):
                msg = self.eval(s.msg, frame) if s.msg is not None else ""
                raise AssertFail(f"line {s.lineno}: {msg}")
        elif t is ast.Pass:
            pass
        elif t is ast.Break:
            raise BreakEx()
        elif t is ast.Continue:
            raise ContinueEx()
        elif t is ast.Return:
            raise ReturnEx(None if s.value is None else self.eval(s.value, frame))
        elif t is ast.FunctionDef:
            frame.locals[s.name] = Closure(s.name, s.args, s.body, frame, True)
        else:
            raise ModelError(f"unsupported statement {t.__name__} at line {s.lineno}")

    def exec_while(self, s, frame):
        while self.truth(self.eval(s.test, frame)):
            try:
                self.exec_block(s.body, frame)
            except BreakEx:
                return
            except ContinueEx:
                pass
            if s._label:
                raise LabelReached(s._label)  # back edge of a labelled loop
        self.exec_block(s.orelse, frame)

    def resume(self, path, d, frame):
        block, idx = path[d]
        if d == len(path) - 1:
            self.exec_block(block, frame, idx + 1)  # run from just after the label
            return
        s = block[idx]
        if isinstance(s, ast.While):
            try:
                self.resume(path, d + 1, frame)
                raise LabelReached(s._label)  # end of the body: back edge
            except BreakEx:
                pass
            except ContinueEx:
                raise LabelReached(s._label)
        else:  # if / either: finish the branch, then continue after the statement
            self.resume(path, d + 1, frame)
        self.exec_block(block, frame, idx + 1)

    # ---------------- steps ----------------
    def initial_run(self, oracle):
        st = State({}, [])
        f = Frame(st, oracle)
        for name, expr in self.var_order:
            st.g[name] = self.eval(expr, f)
        if self.init_block is not None:
            self.exec_block(self.init_block, Frame(st, oracle))
        for p in self.processes:
            if p["param"] is None:
                selves = [(None, None)]
            else:
                pname, pexpr = p["param"]
                selves = [(pname, v) for v in canon_iter(self.eval(pexpr, Frame(st, oracle)))]
            for sn, sv in selves:
                inst = Proc(p["name"], sn, sv, p["first"], {})
                pf = Frame(st, oracle, {}, inst)
                for vn, ve in p["vars"]:
                    inst.vars[vn] = self.eval(ve, pf)
                st.procs.append(inst)
        return st

    def step_kinds(self, st):
        """(label, runner) for every action and every process instance not Done."""
        kinds = []
        for name, params, body in self.actions:
            kinds.append((name, ("action", name, params, body)))
        for i, inst in enumerate(st.procs):
            if inst.pc != "Done":
                kinds.append((f"{inst.title()} at {inst.pc}", ("proc", i)))
        return kinds

    def run_step(self, base, kind, oracle):
        st = copy.deepcopy(base)
        if kind[0] == "action":
            _, name, params, body = kind
            f = Frame(st, oracle)
            for pn, pe in params:
                vals = list(canon_iter(self.eval(pe, f)))
                if not vals:
                    raise Disabled()
                f.locals[pn] = vals[oracle.choose(len(vals))]
            st.step = ("action", name) + tuple(enc(f.locals[pn], {}) for pn, _ in params)
            self.exec_block(body, f)
            return st
        inst = st.procs[kind[1]]
        st.step = ("process", kind[1])
        proc = next(p for p in self.processes if p["name"] == inst.name)
        f = Frame(st, oracle, {}, inst)
        try:
            self.resume(proc["paths"][inst.pc], 0, f)
            inst.pc = "Done"
        except LabelReached as e:
            inst.pc = e.name
        except GotoEx as e:
            if e.name != "Done" and e.name not in proc["paths"]:
                raise ModelError(f"goto unknown label {e.name}")
            inst.pc = e.name
        return st

    def encode(self, st):
        memo = {}
        g = tuple(enc(st.g[n], memo) for n, _ in self.var_order)
        ps = tuple((p.pc,) + tuple(enc(p.vars[n], memo) for n in p.vars) for p in st.procs)
        return (g, ps)

    def property_instances(self, st):
        """(name, form, [predicate], locals) for every instance of every property, declaration
        order, then canonical order of the parameters (evaluated in state st, the first initial state).
        An instance is named as Ariadne names it: `Name(0)`, `Name(a)` for the string "a" (str(), not repr())."""
        out = []
        for name, params, form, preds in self.properties:
            combos = [({}, [])]
            for pn, pe in params:
                combos = [({**loc, pn: v}, shown + [v if isinstance(v, str) else show(v)]) for loc, shown in combos
                          for v in canon_iter(self.eval(pe, Frame(st, None, dict(loc))))]
            for loc, shown in combos:
                title = f"{name}({', '.join(shown)})" if params else name
                out.append((title, form, preds, loc))
        return out

    def eval_pred(self, expr, st, loc):
        return self.truth(self.eval(expr, Frame(st, None, dict(loc), None, None, True)))

    def check_pred(self, body, st):
        f = Frame(st, None, {}, None, None, True)
        try:
            self.exec_block(body, f)
        except ReturnEx as r:
            return self.truth(r.value)
        raise ModelError("invariant without return")


class BoundMethod:
    def __init__(self, obj, name):
        self.obj, self.name = obj, name

    def call(self, args, kwargs):
        o, n = self.obj, self.name
        if isinstance(o, dict):
            if n == "keys":
                return sorted(o, key=ckey)
            if n == "values":
                return [o[k] for k in sorted(o, key=ckey)]
            if n == "items":
                return [(k, o[k]) for k in sorted(o, key=ckey)]
            if n not in ("get", "pop", "setdefault", "update"):
                raise ModelError(f"dict has no method {n}")
        elif isinstance(o, list):
            if n not in ("append", "extend", "pop", "insert", "remove", "index", "count"):
                raise ModelError(f"list has no method {n}")
        elif isinstance(o, (set, frozenset)):
            if n not in ("add", "remove", "discard", "union", "intersection", "difference", "issubset"):
                raise ModelError(f"set has no method {n}")
        elif isinstance(o, str):
            if n not in ("join", "split", "startswith", "endswith", "format"):
                raise ModelError(f"str has no method {n}")
        else:
            raise ModelError(f"{o!r} has no method {n}")
        try:
            return getattr(o, n)(*args, **kwargs)
        except (KeyError, IndexError, ValueError) as ex:
            raise ModelError(f"{type(ex).__name__} in {n}: {ex}")


class Builtin:
    def __init__(self, fn):
        self.fn = fn


def b_oneof(m, frame, xs):
    vals = list(canon_iter(xs))
    if not vals:
        raise Disabled()
    return vals[frame.oracle.choose(len(vals))]


def b_pc(m, frame, name, *param):
    for p in frame.state.procs:
        if p.name == name and (not param or p.self_val == param[0]):
            return p.pc
    raise ModelError(f"no process {name}{param}")


def b_done(m, frame):
    return all(p.pc == "Done" for p in frame.state.procs)


def b_subsets(m, frame, xs):
    """TLA+'s SUBSET: every subset of the distinct elements, as a set of frozensets."""
    vals = list(dict.fromkeys(canon_iter(xs)))
    return {frozenset(c) for r in range(len(vals) + 1) for c in itertools.combinations(vals, r)}


def b_enabled(m, frame, name, *args):
    """TLA+'s ENABLED: some branch of the action (instance) or of the process
    instance's next step, run from a copy of the state, gets to its end."""
    st = frame.state
    for aname, params, body in m.actions:
        if aname == name:
            want = tuple(enc(a, {}) for a in args)
            kind = ("action", aname, params, body)
            return any(isinstance(res, State) and (not args or res.step[2:] == want)
                       for _, res in all_runs(lambda o: guarded_step(m, st, kind, o)))
    found = False
    for i, inst in enumerate(st.procs):
        if inst.name == name and (not args or inst.self_val == args[0]):
            found = True
            if inst.pc != "Done" and any(isinstance(res, State)
                                         for _, res in all_runs(lambda o: guarded_step(m, st, ("proc", i), o))):
                return True
    if not found and not any(p["name"] == name for p in m.processes):
        raise ModelError(f"enabled: no action or process {name}")
    return False


def b_minmax(f):
    def fn(m, frame, *args, **kw):
        if len(args) == 1:
            vals = list(canon_iter(args[0]))
        else:
            vals = list(args)
        if not vals:
            raise ModelError(f"{f.__name__}() of an empty collection")
        key = kw.get("key")
        if key is not None:
            return f(vals, key=lambda v: ckey(m.call(key, [v], {}, frame)))
        return f(vals, key=ckey)
    return fn


def b_sorted(m, frame, xs, key=None, reverse=False):
    vals = list(canon_iter(xs))
    if key is not None:
        return sorted(vals, key=lambda v: ckey(m.call(key, [v], {}, frame)), reverse=reverse)
    return sorted(vals, key=ckey, reverse=reverse)


def b_record(m, frame, **fields):
    return Record(fields)


BUILTINS = {
    "len": Builtin(lambda m, f, x: len(x)),
    "range": Builtin(lambda m, f, *a: range(*a)),
    "min": Builtin(b_minmax(min)),
    "max": Builtin(b_minmax(max)),
    "sum": Builtin(lambda m, f, xs, start=0: sum(canon_iter(xs), start)),
    "abs": Builtin(lambda m, f, x: abs(x)),
    "sorted": Builtin(b_sorted),
    "reversed": Builtin(lambda m, f, xs: list(reversed(list(xs)))),
    "enumerate": Builtin(lambda m, f, xs, start=0: list(enumerate(canon_iter(xs), start))),
    "zip": Builtin(lambda m, f, *xs: list(zip(*(canon_iter(x) for x in xs)))),
    "all": Builtin(lambda m, f, xs: all(m.truth(x) for x in canon_iter(xs))),
    "any": Builtin(lambda m, f, xs: any(m.truth(x) for x in canon_iter(xs))),
    "list": Builtin(lambda m, f, xs=(): list(canon_iter(xs))),
    "tuple": Builtin(lambda m, f, xs=(): tuple(canon_iter(xs))),
    "dict": Builtin(lambda m, f, *a, **kw: dict(*a, **kw)),
    "set": Builtin(lambda m, f, xs=(): set(canon_iter(xs))),
    "frozenset": Builtin(lambda m, f, xs=(): frozenset(canon_iter(xs))),
    "record": Builtin(b_record),
    "str": Builtin(lambda m, f, x="": x if isinstance(x, str) else show(x)),
    "int": Builtin(lambda m, f, x=0: int(x)),
    "bool": Builtin(lambda m, f, x=False: m.truth(x)),
    "repr": Builtin(lambda m, f, x: show(x)),
    "print": Builtin(lambda m, f, *a: None),
    "oneof": Builtin(b_oneof),
    "pc": Builtin(b_pc),
    "done": Builtin(b_done),
    "subsets": Builtin(b_subsets),
    "enabled": Builtin(b_enabled),
}


# --------------------------------------------------------------------------
# Breadth-first search
# --------------------------------------------------------------------------

def check(model, deadlock=True, want_trace=False, progress=False, want_graph=False):
    t0 = time.time()
    seen = {}        # encoding -> (parent encoding, step label, depth)
    states = {}      # encoding -> State (kept for traces)
    generated = 0
    result = {}

    def trace_to(key):
        out = []
        while key is not None:
            parent, label, _ = seen[key]
            out.append((label, states[key]))
            key = parent
        return list(reversed(out))

    def violation(kind, name, key, extra=None):
        r = dict(status="violation" if kind != "deadlock" else "deadlock", kind=kind, name=name,
                 trace_length=seen[key][2], distinct=len(seen), generated=generated,
                 depth=max(d for _, _, d in seen.values()))
        if extra:
            r["message"] = extra
        if want_trace:
            r["trace"] = trace_to(key)
        return r

    props = None     # the property instances, once there is a state to evaluate their domains in
    edges = {}       # encoding -> {(successor encoding, step instance)}, successors other than itself

    def check_invariants(st, key):
        nonlocal props
        for name, body in model.invariants:
            if not model.check_pred(body, st):
                return violation("invariant", name, key)
        if props is None:
            props = model.property_instances(st)
        for title, form, preds, loc in props:
            if form == "always" and not model.eval_pred(preds[0], st, loc):
                return violation("invariant", title, key)  # `always P` is checked like an invariant
        return None

    frontier = []
    for prefix, res in all_runs(lambda o: run_init(model, o)):
        generated += 1
        if isinstance(res, State):
            k = model.encode(res)
            if k not in seen:
                seen[k] = (None, "Init", 1)
                states[k] = res
                frontier.append(k)
                v = check_invariants(res, k)
                if v:
                    return v
    depth = 1 if frontier else 0
    while frontier:
        nxt = []
        for k in frontier:
            st = states[k]
            if any(not model.check_pred(body, st) for _, body in model.constraints):
                continue
            n_succ = 0
            for label, kind in model.step_kinds(st):
                for prefix, res in all_runs(lambda o: guarded_step(model, st, kind, o)):
                    if isinstance(res, Disabled):
                        continue
                    if isinstance(res, AssertFail):
                        r = violation("assertion", label, k, str(res))
                        return r
                    if isinstance(res, ModelError):
                        r = violation("error", label, k, str(res))
                        r["status"] = "error"
                        return r
                    n_succ += 1
                    generated += 1
                    k2 = model.encode(res)
                    if k2 != k:
                        edges.setdefault(k, set()).add((k2, res.step))
                    if k2 not in seen:
                        seen[k2] = (k, label, seen[k][2] + 1)
                        states[k2] = res
                        nxt.append(k2)
                        v = check_invariants(res, k2)
                        if v:
                            return v
            if n_succ == 0 and deadlock and not (st.procs and all(p.pc == "Done" for p in st.procs)):
                return violation("deadlock", "deadlock", k)
        if nxt:
            depth += 1
        frontier = nxt
        if progress:
            print(f"  depth {depth}: {len(seen)} distinct, {time.time() - t0:.1f}s", file=sys.stderr)
    result = dict(status="ok", distinct=len(seen), depth=depth, generated=generated)
    inits = [k for k, (parent, _, _) in seen.items() if parent is None]
    if want_graph:
        result["graph"] = (states, edges, inits)
    if props:
        verdicts = check_properties(model, props, states, edges, inits)
        result["properties"] = verdicts
        violated = [t for t, v in verdicts.items() if v == "violated"]
        if violated:
            result.update(status="liveness", kind="liveness", name=violated[0])
    result["seconds"] = round(time.time() - t0, 1)
    return result


# --------------------------------------------------------------------------
# Temporal properties under fairness
#
# A behaviour of the model either reaches a set C of states that it visits for
# ever, moving along the steps between them (C strongly connected), or stays for
# ever in one state (C a single state, stuttering). Every step between states of
# C can be taken infinitely often, so the behaviour's fairness depends only on C:
#   weak fairness of instance i holds  iff  some state of C does not enable i,
#                                           or a step of i joins two states of C;
#   strong fairness of i holds         iff  no state of C enables i,
#                                           or a step of i joins two states of C;
# where a step that leaves the state unchanged neither enables nor is taken
# (TLA+'s <<A>>_vars). A property is violated iff some such fair C is reachable
# in the region of states the violating behaviour must stay in (below, for each
# form). A component that fails only strong fairness may still hold fair
# sub-components: those avoid every state that enables a strong obligation that
# the component never takes, so they are searched again without those states.
# Components are found by forward-backward reachability, not by depth-first
# search: the Java checker uses Tarjan's algorithm and Emerson-Lei refinement.
# --------------------------------------------------------------------------

def closure(starts, adj, within):
    """The states reachable from `starts` (those in `within`) along adj, staying in `within`."""
    seen = {u for u in starts if u in within}
    todo = list(seen)
    while todo:
        u = todo.pop()
        for v in adj.get(u, ()):
            if v in within and v not in seen:
                seen.add(v)
                todo.append(v)
    return seen


def components(nodes, succ, pred):
    """Strongly connected components of the subgraph on `nodes`: a pivot's forward and
    backward closures meet in its component; every other component lies entirely in the
    forward part, the backward part, or neither."""
    out, work = [], [set(nodes)]
    while work:
        part = work.pop()
        if not part:
            continue
        pivot = next(iter(part))
        fw = closure([pivot], succ, part)
        bw = closure([pivot], pred, part)
        comp = fw & bw
        out.append(comp)
        work += [fw - comp, bw - comp, part - fw - bw]
    return out


def fair_component(region, edges, succ, pred, enabled, kind, must_visit=None):
    """A strongly connected set of states inside `region` that a fair behaviour can visit for
    ever (meeting `must_visit`, if given), or None."""
    work = components(region, succ, pred)
    while work:
        comp = work.pop()
        if must_visit is not None and not comp & must_visit:
            continue  # nor do its parts
        taken = {i for u in comp for v, i in edges.get(u, ()) if v in comp}
        offered = set().union(*(enabled[u] for u in comp))
        if any(kind[i] == "WF" and i not in taken and all(i in enabled[u] for u in comp) for i in offered):
            continue  # its parts enable i everywhere too, and take it no more
        unmet = {i for i in offered if kind[i] == "SF" and i not in taken}
        if not unmet:
            return comp
        work += components({u for u in comp if not enabled[u] & unmet}, succ, pred)
    return None


def check_properties(model, props, states, edges, inits):
    """The verdict ("holds" / "violated") of every temporal property instance, by title."""
    def fairness_of(step):
        if step[0] == "process":
            return model.fairness.get(("process", states[inits[0]].procs[step[1]].name))
        return model.fairness.get(("action", step[1]))

    kind, succ, pred = {}, {}, {}
    for u, out in edges.items():
        for v, step in out:
            kind.setdefault(step, fairness_of(step))
            succ.setdefault(u, set()).add(v)
            pred.setdefault(v, set()).add(u)
    enabled = {u: {i for _, i in edges.get(u, ()) if kind[i]} for u in states}
    everything = set(states)
    verdicts = {}
    for title, form, preds, loc in props:
        if form == "always":
            verdicts[title] = "holds"  # checked on every state during the search
            continue
        holds_p = {u for u in states if model.eval_pred(preds[0], states[u], loc)}
        if form == "always_eventually":    # violated: for ever in states where P is false
            found = fair_component(everything - holds_p, edges, succ, pred, enabled, kind)
        elif form == "eventually_always":  # violated: P false again and again
            found = fair_component(everything, edges, succ, pred, enabled, kind, must_visit=everything - holds_p)
        elif form == "eventually":         # violated: P false from an initial state on
            region = closure(inits, succ, everything - holds_p)
            found = fair_component(region, edges, succ, pred, enabled, kind)
        elif form == "leads_to":           # violated: P and then Q false from there on
            holds_q = {u for u in states if model.eval_pred(preds[1], states[u], loc)}
            region = closure(holds_p - holds_q, succ, everything - holds_q)
            found = fair_component(region, edges, succ, pred, enabled, kind)
        else:
            raise ModelError(f"unknown temporal form {form}")
        verdicts[title] = "holds" if found is None else "violated"
    return verdicts


def run_init(model, oracle):
    try:
        return model.initial_run(oracle)
    except Disabled as d:
        return d


def guarded_step(model, st, kind, oracle):
    try:
        return model.run_step(st, kind, oracle)
    except (Disabled, AssertFail, ModelError) as e:
        return e
    except (KeyError, IndexError, TypeError, ValueError, ZeroDivisionError, AttributeError) as e:
        return ModelError(f"{type(e).__name__}: {e}")


def render_state(model, st):
    memo = {}
    parts = [f"{n} = {show(st.g[n], memo)}" for n, _ in model.var_order]
    for p in st.procs:
        vs = ", ".join(f"{n}={show(v, memo)}" for n, v in p.vars.items())
        parts.append(f"{p.title()}: pc={p.pc}" + (f" {vs}" if vs else ""))
    return "; ".join(parts)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=["check"])
    ap.add_argument("model")
    ap.add_argument("--const", action="append", default=[])
    ap.add_argument("--no-deadlock", action="store_true")
    ap.add_argument("--trace", action="store_true")
    ap.add_argument("--progress", action="store_true")
    a = ap.parse_args()
    overrides = {}
    for c in a.const:
        n, v = c.split("=", 1)
        overrides[n.strip()] = v
    model = Model(a.model, overrides)
    r = check(model, deadlock=not a.no_deadlock, want_trace=a.trace, progress=a.progress)
    tr = r.pop("trace", None)
    print(json.dumps(r))
    if tr:
        for i, (label, st) in enumerate(tr, 1):
            print(f"{i:3} {label}: {render_state(model, st)}")
    sys.exit({"ok": 0, "violation": 10, "deadlock": 11, "error": 12, "liveness": 13}[r["status"]])


if __name__ == "__main__":
    main()
