// The HTML report's script: renders the JSON report inlined in the page (the same text as
// `--json` writes) and, for small runs, the state graph (the same text as `ariadne graph
// --format json` writes, with a "trace" of fingerprints). No network: everything is inlined.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("ariadne-data").textContent);
  var report = data.report;
  // `check` writes {"status", "runs": [...]}; `trace` writes one run's violations at the top.
  var runs = report.runs || [report];
  var explorers = [];      // one per violation shown: {el, steps, selected, graph}
  var current = null;      // the explorer the keys move in

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function verdictClass(status) {
    if (status === "ok") { return "ok"; }
    if (status === "interrupted" || status === "failed") { return "other"; }
    return "bad";
  }

  function num(n) { return n === undefined || n === null ? "?" : Number(n).toLocaleString("en-US"); }

  // ---------------------------------------------------------------- values as trees

  // A value of the language as the JSON report writes it (CLI.md): null None, booleans, numbers,
  // strings, arrays (lists, tuples, sets), objects (records, string-keyed dicts), shared objects
  // {"$id": n, ...} written in full once and {"$ref": n} at every later reach.
  function isRef(v) { return v !== null && typeof v === "object" && !Array.isArray(v) && "$ref" in v; }
  function sharedId(v) {
    return v !== null && typeof v === "object" && !Array.isArray(v) && "$id" in v ? v["$id"] : null;
  }
  function unwrap(v) {
    if (sharedId(v) !== null && "items" in v && Object.keys(v).length === 2) { return v.items; }
    return v;
  }
  function scalarText(v) {
    if (v === null) { return "None"; }
    if (v === true) { return "True"; }
    if (v === false) { return "False"; }
    if (typeof v === "string") { return JSON.stringify(v); }
    return String(v);
  }
  // A value on one line, as the language prints it (shared objects as their contents).
  function valueText(v) {
    v = unwrap(v);
    if (isRef(v)) { return "<#" + v["$ref"] + ">"; }
    if (Array.isArray(v)) { return "[" + v.map(valueText).join(", ") + "]"; }
    if (isContainer(v)) {
      return "{" + Object.keys(v).filter(function (k) { return k !== "$id"; }).map(function (k) {
        return k + ": " + valueText(v[k]);
      }).join(", ") + "}";
    }
    return scalarText(v);
  }
  function isContainer(v) { return v !== null && typeof v === "object"; }
  function same(a, b) { return JSON.stringify(a) === JSON.stringify(b); }

  // One entry of a tree: "key: value", collapsible when the value is a container; `prev` is
  // the value at the same place in the previous state (undefined: there was none).
  function entry(key, v, prev, hasPrev, path) {
    var li = el("li");
    li.dataset.path = path;
    var changed = hasPrev && (prev === undefined || !same(v, prev));
    if (changed) { li.classList.add("changed"); }
    var id = sharedId(v);
    var inner = unwrap(v);
    if (isRef(v)) {
      var row = el("span", "row");
      row.appendChild(el("span", "key", key + ": "));
      var ref = el("span", "ref val", "the same object as #" + v["$ref"]);
      ref.title = "shared: this object is reached along more than one path";
      ref.addEventListener("click", function (ev) {
        ev.stopPropagation();
        var target = li.closest(".tree").querySelector('[data-shared-id="' + v["$ref"] + '"]');
        if (target) {
          target.classList.add("flash");
          target.scrollIntoView({block: "nearest"});
          setTimeout(function () { target.classList.remove("flash"); }, 1200);
        }
      });
      row.appendChild(ref);
      li.appendChild(row);
      return li;
    }
    if (!isContainer(inner)) {
      var r = el("span", "row");
      r.appendChild(el("span", "key", key + ": "));
      r.appendChild(el("span", "val", scalarText(inner)));
      if (changed && prev !== undefined && !isContainer(unwrap(prev))) {
        r.appendChild(el("span", "was", scalarText(unwrap(prev))));
      }
      li.appendChild(r);
      return li;
    }
    var details = el("details");
    details.open = true;
    var summary = el("summary");
    summary.appendChild(el("span", "key", key + ": "));
    var size = Array.isArray(inner) ? inner.length : Object.keys(inner).filter(function (k) { return k !== "$id"; }).length;
    summary.appendChild(el("span", "val", (Array.isArray(inner) ? "[" + size + " items]" : "{" + size + " fields}")));
    if (id !== null) {
      var badge = el("span", "shared", "shared #" + id);
      badge.title = "this object is reached along more than one path (see 'the same object as #" + id + "')";
      summary.appendChild(badge);
      li.dataset.sharedId = id;
    }
    details.appendChild(summary);
    details.appendChild(children(inner, hasPrev ? unwrap(prev) : undefined, hasPrev, path));
    li.appendChild(details);
    return li;
  }

  function children(v, prev, hasPrev, path) {
    var ul = el("ul");
    if (Array.isArray(v)) {
      v.forEach(function (item, i) {
        var p = Array.isArray(prev) ? prev[i] : undefined;
        ul.appendChild(entry("[" + i + "]", item, p, hasPrev, path + "/" + i));
      });
    } else {
      Object.keys(v).forEach(function (k) {
        if (k === "$id") { return; }
        var p = prev !== null && typeof prev === "object" && !Array.isArray(prev) ? prev[k] : undefined;
        ul.appendChild(entry(k, v[k], p, hasPrev, path + "/" + k));
      });
    }
    return ul;
  }

  // A state: its globals, then each process "Name at Label" with its vars.
  function stateTree(state, prev) {
    var hasPrev = prev !== null && prev !== undefined;
    var ul = el("ul", "tree");
    Object.keys(state).forEach(function (k) {
      if (k === "processes") { return; }
      ul.appendChild(entry(k, state[k], hasPrev ? prev[k] : undefined, hasPrev, "/" + k));
    });
    var procs = state.processes || {};
    var before = hasPrev ? prev.processes || {} : {};
    Object.keys(procs).forEach(function (name) {
      var p = procs[name];
      var q = before[name];
      var li = el("li");
      li.dataset.path = "/processes/" + name;
      var details = el("details");
      details.open = true;
      var summary = el("summary");
      summary.appendChild(el("span", "key", name));
      summary.appendChild(el("span", "val", " at " + p.pc));
      if (hasPrev && q && q.pc !== p.pc) {
        summary.appendChild(el("span", "was", "at " + q.pc));
      }
      if (hasPrev && (!q || !same(p, q))) { li.classList.add("changed"); }
      details.appendChild(summary);
      var vars = {};
      Object.keys(p).forEach(function (k) { if (k !== "pc") { vars[k] = p[k]; } });
      var prevVars;
      if (q) {
        prevVars = {};
        Object.keys(q).forEach(function (k) { if (k !== "pc") { prevVars[k] = q[k]; } });
      }
      details.appendChild(children(vars, prevVars, hasPrev, "/processes/" + name));
      li.appendChild(details);
      ul.appendChild(li);
    });
    return ul;
  }

  // ---------------------------------------------------------------- the page

  function header() {
    var top = document.getElementById("top");
    var first = runs[0];
    var h1 = el("h1", null, "Ariadne: " + (first.model || report.model));
    top.appendChild(h1);
    var v = el("div");
    var status = report.status;
    var badge = el("span", "verdict " + verdictClass(status), status);
    badge.id = "verdict";
    v.appendChild(badge);
    top.appendChild(v);
    runs.forEach(function (run) {
      if (run.distinct_states === undefined) {
        top.appendChild(el("div", "counts", "store: " + run.store));
        return;
      }
      var consts = run.constants ? Object.keys(run.constants).map(function (k) {
        return k + "=" + valueText(run.constants[k]);
      }).join(", ") : "";
      top.appendChild(el("div", "counts", (runs.length > 1 ? run.status + " — " : "") +
          (consts ? "constants " + consts + "; " : "") + num(run.distinct_states) + " distinct states, " +
          num(run.generated_states) + " generated, depth " + num(run.depth) + ", " +
          run.elapsed_seconds + " s; store: " + run.store));
    });
  }

  function properties() {
    var sec = document.getElementById("properties");
    sec.appendChild(el("h2", null, "Properties"));
    var any = false;
    runs.forEach(function (run) {
      var table = el("table");
      var head = el("tr");
      ["property", "formula", "verdict", ""].forEach(function (t) { head.appendChild(el("th", null, t)); });
      table.appendChild(head);
      var rows = 0;
      var violated = {};
      (run.violations || (run.violation ? [run.violation] : [])).forEach(function (v) {
        if (v.kind === "invariant") { violated[v.name] = true; }
      });
      (run.properties || []).forEach(function (p) {
        var tr = el("tr", "property");
        tr.appendChild(el("td", "mono", p.name));
        tr.appendChild(el("td", null, p.formula));
        var td = el("td");
        td.appendChild(el("span", "badge " + p.verdict.replace(" ", "-"), p.verdict));
        tr.appendChild(td);
        tr.appendChild(el("td", "hint", p.note || ""));
        table.appendChild(tr);
        rows++;
      });
      var all = run.violations || (run.violation ? [run.violation] : []);
      var listed = {};
      (run.properties || []).forEach(function (p) { listed[p.name] = true; });
      all.forEach(function (v) {
        if (v.kind === "liveness" && listed[v.name]) { return; }
        var tr = el("tr", "property");
        // an assertion or a runtime error has no name: its failing step stands for it
        var last = v.trace.length ? v.trace[v.trace.length - 1] : null;
        tr.appendChild(el("td", "mono", v.name || (last && last.state === null ? last.step : v.kind)));
        tr.appendChild(el("td", null, v.kind));
        var td = el("td");
        td.appendChild(el("span", "badge violated", "violated"));
        tr.appendChild(td);
        tr.appendChild(el("td", "hint", v.location || ""));
        table.appendChild(tr);
        rows++;
      });
      if (rows > 0) {
        any = true;
        if (runs.length > 1) { sec.appendChild(el("h3", null, run.model + " (" + run.status + ")")); }
        sec.appendChild(table);
      }
    });
    if (!any) {
      sec.appendChild(el("p", "hint", report.status === "ok"
          ? "Every invariant holds in every reachable state; no deadlock, no assertion failed."
          : "Nothing to list."));
    }
  }

  function violations() {
    var sec = document.getElementById("violations");
    var count = 0;
    runs.forEach(function (run, r) {
      var vs = run.violations || (run.violation ? [run.violation] : []);
      vs.forEach(function (v, i) {
        if (count === 0) { sec.appendChild(el("h2", null, "Violations")); }
        count++;
        var graph = i === 0 ? data.graphs[r] : null;
        sec.appendChild(violation(v, i, vs.length, graph));
      });
    });
    if (count === 0) {
      sec.appendChild(el("h2", null, "Violations"));
      sec.appendChild(el("p", "hint", "None."));
    }
  }

  function violation(v, index, total, graph) {
    var box = el("div", "violation");
    var title = (total > 1 ? "[" + (index + 1) + " of " + total + "] " : "") + v.kind + (v.name ? " " + v.name : "");
    box.appendChild(el("h3", null, title));
    var msg = el("div", "message");
    msg.appendChild(el("span", "mono", v.location ? v.location + ": " : ""));
    msg.appendChild(el("span", null, v.message));
    box.appendChild(msg);
    if (v.traceback && v.traceback.length) {
      box.appendChild(el("pre", "mono", v.traceback.join("\n")));
    }
    var ex = el("div", "explorer");
    var list = el("ol", "steps");
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "trace of " + title);
    var panel = el("div", "state");
    var exp = {el: box, list: list, panel: panel, v: v, items: [], selected: -1, graph: graph};
    var loop = v.loop_index === undefined ? null : v.loop_index;
    v.trace.forEach(function (s, i) {
      var li = el("li", "step");
      li.setAttribute("role", "option");
      li.tabIndex = -1;
      li.appendChild(el("span", "n", (i + 1) + "."));
      li.appendChild(el("span", "name mono", s.step));
      if (s.location) { li.appendChild(el("span", "loc mono", s.location)); }
      if (s.state === null) { li.classList.add("failing"); }
      if (loop !== null && i >= loop) { li.classList.add("in-cycle"); }
      if (loop !== null && i === loop) { li.appendChild(el("span", "cycle-mark", " ⟲ the cycle starts here")); }
      li.addEventListener("click", function () { current = exp; select(exp, i, true); });
      list.appendChild(li);
      exp.items.push(li);
    });
    ex.appendChild(list);
    ex.appendChild(panel);
    box.appendChild(ex);
    if (v.kind === "liveness") {
      var end = el("div", "cycle-end");
      end.id = "cycle-end";
      end.textContent = v.stutters
          ? "then stutters for ever in state " + v.trace.length
          : "↻ back to state " + (loop + 1) + ": the cycle repeats for ever (the last state is state " + (loop + 1) + " again)";
      box.appendChild(end);
    }
    explorers.push(exp);
    return box;
  }

  function select(exp, i, focus) {
    if (i < 0 || i >= exp.items.length) { return; }
    if (exp.selected >= 0) { exp.items[exp.selected].setAttribute("aria-selected", "false"); }
    exp.selected = i;
    var li = exp.items[i];
    li.setAttribute("aria-selected", "true");
    if (focus) { li.focus({preventScroll: true}); }
    li.scrollIntoView({block: "nearest"});
    var s = exp.v.trace[i];
    exp.panel.textContent = "";
    var title = el("div", "title", "State " + (i + 1) + " of " + exp.v.trace.length + ", after " + s.step +
        (i > 0 ? " (what changed is highlighted)" : ""));
    exp.panel.appendChild(title);
    if (s.state === null) {
      exp.panel.appendChild(el("div", "message", "fails: " + exp.v.message));
    } else {
      var prev = null;
      for (var k = i - 1; k >= 0 && prev === null; k--) { prev = exp.v.trace[k].state; }
      var tree = stateTree(s.state, i > 0 ? prev : null);
      tree.id = exp === explorers[0] ? "state-tree" : "";
      exp.panel.appendChild(tree);
    }
    document.body.dataset.step = String(i + 1);
    if (exp.graph && graphView) { graphView.show(exp, i); }
  }

  // ---------------------------------------------------------------- the state graph

  var graphView = null;

  function drawGraph() {
    var g = null, owner = null;
    for (var i = 0; i < explorers.length && !g; i++) {
      if (explorers[i].graph) { g = explorers[i].graph; owner = explorers[i]; }
    }
    if (!g) {
      data.graphs.forEach(function (x) { if (x && !g) { g = x; } });
    }
    if (!g || typeof cytoscape !== "function") { return; }
    var sec = document.getElementById("graph-section");
    sec.hidden = false;
    var traceIds = g.trace || [];
    var onTrace = {};
    traceIds.forEach(function (id) { if (id) { onTrace[id] = true; } });
    var elements = [];
    g.states.forEach(function (s) {
      var cls = (s.initial ? "initial " : "") + (onTrace[s.id] ? "trace" : "");
      elements.push({data: {id: "s" + s.id, fp: s.id, label: "#" + s.seq, seq: s.seq, depth: s.depth}, classes: cls});
    });
    var traceEdge = {};
    for (var t = 1; t < traceIds.length; t++) {
      if (traceIds[t - 1] && traceIds[t]) { traceEdge[traceIds[t - 1] + ">" + traceIds[t]] = true; }
    }
    g.edges.forEach(function (e, i) {
      elements.push({data: {id: "e" + i, source: "s" + e.from, target: "s" + e.to, label: e.step, location: e.location},
        classes: traceEdge[e.from + ">" + e.to] ? "trace" : ""});
    });
    var labels = g.edges.length <= 200;  // the trace's steps named on the graph; others on a click
    var cy = cytoscape({
      container: document.getElementById("graph"),
      elements: elements,
      wheelSensitivity: 0.3,
      maxZoom: 1.6,
      style: [
        {selector: "node", style: {"label": "data(label)", "font-size": 9, "width": 18, "height": 18,
          "background-color": "#98a2b3", "text-valign": "center", "color": "#101828"}},
        {selector: "node.initial", style: {"border-width": 3, "border-color": "#101828"}},
        {selector: "node.trace", style: {"background-color": "#f04438"}},
        {selector: "node.current", style: {"background-color": "#fdb022", "width": 30, "height": 30}},
        {selector: "edge", style: {"width": 1, "curve-style": "bezier", "target-arrow-shape": "triangle",
          "arrow-scale": 0.7, "line-color": "#d0d5dd", "target-arrow-color": "#d0d5dd",
          "label": "", "font-size": 7, "text-rotation": "autorotate", "color": "#475467"}},
        {selector: "edge.trace", style: {"width": 3, "line-color": "#f04438", "target-arrow-color": "#f04438",
          "label": labels ? "data(label)" : ""}},
        {selector: "edge:selected", style: {"label": "data(label)", "line-color": "#1849a9"}}
      ],
      layout: {name: "preset"}
    });
    // Levels from the initial states down, as the search found them.
    cy.layout({name: "breadthfirst", directed: true, spacingFactor: 1.1, roots: cy.nodes(".initial"),
      padding: 12}).run();
    window.ariadneGraph = cy;
    var note = document.getElementById("graph-note");
    note.textContent = g.states.length + " of " + num(g.states_stored) + " states, " + g.edges.length +
        " transitions" + (g.complete ? " (the whole graph)" : g.states.length === g.states_stored
        ? " (every state stored; the check stopped before it expanded them all)"
        : " (a part: the trace and the states found first)") +
        ". Red: the trace; yellow: the state of the selected step; thick border: initial states." +
        " Drag to pan, scroll to zoom, click a state on the trace to go to its step.";
    cy.on("tap", "node", function (ev) {
      var id = ev.target.data("fp");
      if (owner) {
        var i = traceIds.indexOf(id);
        if (i >= 0) { current = owner; select(owner, i, true); return; }
      }
      var s = ev.target.data();
      note.textContent = "State #" + s.seq + " (" + id + "), depth " + s.depth + ": not on the trace.";
    });
    cy.on("tap", "edge", function (ev) {
      var d = ev.target.data();
      note.textContent = "Step " + d.label + (d.location ? " at " + d.location : "");
    });
    graphView = {
      show: function (exp, i) {
        if (exp !== owner) { return; }
        cy.nodes().removeClass("current");
        var id = traceIds[i];
        if (id) { cy.getElementById("s" + id).addClass("current"); }
      }
    };
    if (owner && owner.selected >= 0) { graphView.show(owner, owner.selected); }
  }

  // ---------------------------------------------------------------- keys

  document.addEventListener("keydown", function (ev) {
    if (ev.altKey || ev.ctrlKey || ev.metaKey || !current) { return; }
    var i = current.selected;
    var k = ev.key;
    if (k === "ArrowDown" || k === "j") { select(current, i + 1, true); }
    else if (k === "ArrowUp" || k === "k") { select(current, i - 1, true); }
    else if (k === "Home") { select(current, 0, true); }
    else if (k === "End") { select(current, current.items.length - 1, true); }
    else if (k === "n" || k === "p") {
      var at = explorers.indexOf(current) + (k === "n" ? 1 : -1);
      if (at < 0 || at >= explorers.length) { return; }
      current = explorers[at];
      current.el.scrollIntoView({block: "start"});
      select(current, Math.max(current.selected, 0), true);
    } else { return; }
    ev.preventDefault();
  });

  header();
  properties();
  violations();
  explorers.forEach(function (exp) { select(exp, 0, false); });
  current = explorers.length ? explorers[0] : null;
  // report.html#step=4 opens at step 4 of the first violation (a link to a step)
  var asked = /^#step=(\d+)$/.exec(window.location.hash);
  if (current && asked) { select(current, Number(asked[1]) - 1, false); }
  try {
    drawGraph();
  } catch (e) {
    document.getElementById("graph-note").textContent = "The graph could not be drawn: " + e;
  }
  document.body.dataset.ready = "true";
}());
