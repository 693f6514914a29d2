// actorgraph's HTML explorer: draws the inline graph data with sigma.js (WebGL) and graphology,
// filters it, searches it and shows the evidence. Everything it needs is in the page.
(function () {
  "use strict";
  var V = window.ActorgraphVendor;
  var D = JSON.parse(document.getElementById("graph-data").textContent);
  var N = D.nodes.length, E = D.edges.length;
  var REL = D.relations;
  var $ = function (id) { return document.getElementById(id); };
  // Runs f(deadline) when the page is idle (after 50 ms, with no time to spare, where the
  // browser has no idle callbacks).
  var idle = window.requestIdleCallback ? function (f) { requestIdleCallback(f); } : function (f) { setTimeout(function () { f({ timeRemaining: function () { return 0; } }); }, 50); };
  var panel = $("panel");

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) for (var k in attrs) {
      if (k === "text") e.textContent = attrs[k];
      else if (k === "cls") e.className = attrs[k];
      else e.setAttribute(k, attrs[k]);
    }
    (children || []).forEach(function (c) { if (c != null) e.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return e;
  }
  function fold(s) { return String(s).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  function docName(d) { return typeof d === "number" ? D.documents[d] : d; }

  // ---- Degrees and adjacency (edge indices per node) ----
  var degree = new Float64Array(N), adj = [];
  for (var i = 0; i < N; i++) adj.push([]);
  D.edges.forEach(function (e, j) { degree[e[0]] += e[3]; degree[e[1]] += e[3]; adj[e[0]].push(j); adj[e[1]].push(j); });
  var maxDegree = 1;
  for (i = 0; i < N; i++) if (degree[i] > maxDegree) maxDegree = degree[i];
  // The edges' ends, relation and weight in typed arrays, and each actor's kind as a number: a
  // filter then reads 50,000 relations in a few milliseconds.
  var eSrc = new Int32Array(E), eDst = new Int32Array(E), eRel = new Uint8Array(E), eWeight = new Float64Array(E);
  var kindNames = Object.keys(D.kinds), nodeKind = new Uint8Array(N);
  D.edges.forEach(function (e, j) { eSrc[j] = e[0]; eDst[j] = e[1]; eRel[j] = e[2]; eWeight[j] = e[3]; });
  D.nodes.forEach(function (n, k) { nodeKind[k] = Math.max(0, kindNames.indexOf(n.kind)); });
  // sigma's keys of the actors, relations and leads lines, made once.
  var nodeKeys = [], edgeKeys = [], leadKeys = [];
  for (i = 0; i < N; i++) nodeKeys.push(String(i));
  for (i = 0; i < E; i++) edgeKeys.push("e" + i);
  for (i = 0; i < D.leads.length; i++) leadKeys.push("l" + i);

  // ---- The graph, with a first layout: a golden-angle spiral, most connected in the middle ----
  var order = [];
  for (i = 0; i < N; i++) order.push(i);
  order.sort(function (a, b) { return degree[b] - degree[a] || a - b; });
  var g = new V.Graph({ type: "directed", multi: true, allowSelfLoops: true });
  var golden = Math.PI * (3 - Math.sqrt(5));
  var place = new Array(N);
  order.forEach(function (n, k) { place[n] = k; });
  D.nodes.forEach(function (n, k) {
    var r = Math.sqrt(place[k] + 0.5) * 10, a = place[k] * golden;
    g.addNode(String(k), {
      x: r * Math.cos(a), y: r * Math.sin(a),
      size: 2.5 + 9 * Math.sqrt(degree[k] / maxDegree),
      color: D.kinds[n.kind] || "#777", label: n.label,
    });
  });
  // The relations and leads lines, added once: before sigma gets the graph where sigma draws
  // them; where the page draws them (see cpuLines below) only the force layout needs them, and
  // they are added when it starts (50,000 took 0.15-0.2 s of the first picture).
  var linked = false;
  function addRelations() {
    if (linked) return;
    linked = true;
    D.edges.forEach(function (e, j) {
      var r = REL[e[2]];
      g.addEdgeWithKey("e" + j, String(e[0]), String(e[1]), {
        // Arrowheads double the geometry; above 20,000 relations they are too small to see at
        // the overview anyway, and the panel gives each relation's direction.
        color: r.color, size: Math.min(1 + Math.log(e[3]), 5), type: r.symmetric || E > 20000 ? "line" : "arrow",
      });
    });
    D.leads.forEach(function (l, j) {
      g.addEdgeWithKey("l" + j, String(l[0]), String(l[1]), { color: "#b8b8b8", size: 0.6, type: "line" });
    });
  }

  // ---- Filter state and what it shows ----
  var dates = D.edges.map(function (e) { return e[4]; }).filter(Boolean).sort();
  var lastDates = D.edges.map(function (e) { return e[5]; }).filter(Boolean).sort();
  var state = {
    relations: REL.map(function () { return true; }),
    kinds: {},
    minWeight: 1,
    from: "", to: "",
    focus: null, depth: 1,
    leads: true,
    selectedNode: null, selectedEdge: null,
  };
  Object.keys(D.kinds).forEach(function (k) { state.kinds[k] = true; });
  var edgeShown = new Uint8Array(E), nodeShown = new Uint8Array(N), leadShown = new Uint8Array(D.leads.length);
  var highlight = null; // node index -> 1 for the selected actor's neighbourhood (a Uint8Array)
  var shown = { actors: 0, relations: 0 };

  // Above this many actors and relations, filters and selections redraw only what they change
  // (see redraw()).
  var PARTIAL = 5000;
  var pass = new Uint8Array(E), inFocus = new Uint8Array(N), nextEdge = new Uint8Array(E), nextNode = new Uint8Array(N);
  var settleTimer = null;
  // Each relation's first and last day as its rank among the graph's days (in the order of the
  // date strings, which the filter compares), so that the filter compares numbers: an undated
  // relation's last day ranks below every bound and its first day above.
  var days = Array.from(new Set(dates.concat(lastDates))).sort(), dayRank = {};
  days.forEach(function (d, i) { dayRank[d] = i; });
  var eFirst = new Int32Array(E), eLast = new Int32Array(E);
  D.edges.forEach(function (e, j) { eFirst[j] = e[4] ? dayRank[e[4]] : days.length; eLast[j] = e[5] ? dayRank[e[5]] : -1; });
  // How many of the graph's days come before `day` (or are `day` too, with `inclusive`).
  function daysBefore(day, inclusive) {
    var lo = 0, hi = days.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (days[mid] < day || (inclusive && days[mid] === day)) lo = mid + 1; else hi = mid; }
    return lo;
  }

  // The filters' loops, as small functions of typed arrays that every filter runs alike (no
  // branch that only some filters take, whose first use made V8 drop its compiled code of the
  // whole filter; see warmUp()).
  // The relations of the right relation, weight, kinds and days: out[j] = 1 or 0. A relation
  // passes `from` if it was last seen on day rank lo or later, `to` if first seen before hi.
  function passing(out, relOn, kindOn, minWeight, lo, hi) {
    for (var j = 0; j < E; j++) {
      out[j] = relOn[eRel[j]] && kindOn[nodeKind[eSrc[j]]] && kindOn[nodeKind[eDst[j]]] && eWeight[j] >= minWeight && eLast[j] >= lo && eFirst[j] < hi ? 1 : 0;
    }
  }
  // The actors within `depth` passing relations of `focus`: reach[k] = 1 or 0.
  function reachable(reach, ok, focus, depth) {
    reach.fill(0);
    reach[focus] = 1;
    var frontier = [focus];
    for (var d = 0; d < depth; d++) {
      var next = [];
      for (var f = 0; f < frontier.length; f++) {
        var v = frontier[f], around = adj[v];
        for (var a = 0; a < around.length; a++) {
          var j = around[a];
          if (!ok[j]) continue;
          var o = eSrc[j] === v ? eDst[j] : eSrc[j];
          if (!reach[o]) { reach[o] = 1; next.push(o); }
        }
      }
      frontier = next;
    }
  }
  // The relations shown (passing, both actors reached) and their actors; returns how many.
  function showing(outEdge, outNode, ok, reach) {
    var n = 0;
    outNode.fill(0);
    for (var j = 0; j < E; j++) {
      var a = eSrc[j], b = eDst[j], show = ok[j] & reach[a] & reach[b];
      outEdge[j] = show;
      if (show) { outNode[a] = 1; outNode[b] = 1; n++; }
    }
    return n;
  }
  // What the filters of `s` show, into edgeOut and nodeOut; returns the number of relations.
  function filtered(s, ok, reach, edgeOut, nodeOut) {
    var relOn = new Uint8Array(REL.length), kindOn = new Uint8Array(kindNames.length);
    REL.forEach(function (r, i) { relOn[i] = s.relations[i] ? 1 : 0; });
    kindNames.forEach(function (kind, i) { kindOn[i] = s.kinds[kind] ? 1 : 0; });
    passing(ok, relOn, kindOn, s.minWeight, s.from ? daysBefore(s.from, false) : -1, s.to ? daysBefore(s.to, true) : days.length + 1);
    if (s.focus === null) reach.fill(1);
    else reachable(reach, ok, s.focus, s.depth);
    var n = showing(edgeOut, nodeOut, ok, reach);
    if (s.focus !== null) nodeOut[s.focus] = 1;
    return n;
  }

  function apply() {
    var j, k;
    REL.forEach(function (r, i) { relOn[i] = state.relations[i] ? 1 : 0; });
    shown.relations = filtered(state, pass, inFocus, nextEdge, nextNode);
    // What changed, for sigma to redraw just that.
    var nodes = [], edges = [];
    shown.actors = 0;
    for (k = 0; k < N; k++) {
      shown.actors += nextNode[k];
      if (nextNode[k] !== nodeShown[k]) { nodeShown[k] = nextNode[k]; nodes.push(nodeKeys[k]); }
    }
    // (Where the page draws the relations, sigma is given none: see redraw().)
    var linesChanged = false;
    if (cpuLines) { linesChanged = differ(nextEdge, edgeShown); if (linesChanged) edgeShown.set(nextEdge); }
    else for (j = 0; j < E; j++) if (nextEdge[j] !== edgeShown[j]) { edgeShown[j] = nextEdge[j]; edges.push(edgeKeys[j]); }
    D.leads.forEach(function (l, j) {
      var show = state.leads && nodeShown[l[0]] && nodeShown[l[1]] ? 1 : 0;
      if (show !== leadShown[j]) { leadShown[j] = show; edges.push(leadKeys[j]); }
    });
    // What the filters show, as a name for the kept images of drawLines().
    shownKey = keyOf(state);
    $("stats").textContent = "showing " + shown.actors + " of " + N + " actors · " + shown.relations + " of " + E + " relations";
    $("focus-name").textContent = state.focus === null ? "none" : D.nodes[state.focus].label;
    // A selection whose actor or relation is no longer shown goes (with a full redraw).
    if ((state.selectedNode !== null && !nodeShown[state.selectedNode]) || (state.selectedEdge !== null && !edgeShown[state.selectedEdge])) {
      select(null, true);
      if (sigma) sigma.refresh();
      return;
    }
    redraw(nodes, edges, false, linesChanged);
  }
  // (The depth only with a focus: without one it changes nothing shown, and "show all" after
  // a focus of depth 2 missed the image kept from before the focus and drew 50,000 lines.)
  function keyOf(s) {
    return [s.relations.join(), kindNames.map(function (kind) { return s.kinds[kind] ? 1 : 0; }).join(""), s.minWeight, s.from, s.to, s.focus, s.focus === null ? "" : s.depth].join("|");
  }
  // A copy of the filters' state, changed by change(s).
  function variantOf(from, change) {
    var s = Object.assign({}, from, { relations: from.relations.slice(), kinds: Object.assign({}, from.kinds) });
    change(s);
    return s;
  }
  function differ(a, b) {
    for (var i = 0, n = a.length; i < n; i++) if (a[i] !== b[i]) return true;
    return false;
  }
  // Redraws the actors and relations (sigma keys) whose look changed. A large graph gets a
  // partial refresh: sigma re-reads only those (even all 55,000 cost about half of a full
  // refresh, which also rebuilds its indices). Its label grid (which actors' names are drawn)
  // and drawing order (a selection on top) stay as they were until the page rests for a
  // second, when the whole graph is re-read once (see settle()): after a selection, or when
  // actors were shown or hidden. Each redraw puts a pending re-reading a second later: it ran
  // inside the next action's frame (a full refresh and a frame, 50-150 ms, which made the
  // first relation filter after a selection the slowest action of most test runs).
  function redraw(nodes, edges, reorder, linesChanged) {
    if (!sigma || (!nodes.length && !edges.length && !linesChanged)) return;
    if (cpuLines) edges = []; // sigma draws none of them (see drawLines())
    if (E + N <= PARTIAL) { sigma.refresh(); return; }
    sigma.refresh({ partialGraph: { nodes: nodes, edges: edges }, skipIndexation: true });
    if (reorder || nodes.length || settleTimer !== null) settle();
  }
  function settle() {
    clearTimeout(settleTimer);
    settleTimer = setTimeout(function () { settleTimer = null; sigma.refresh(); }, 1000);
  }

  // ---- Drawing ----
  var sigma = null;
  // sigma hands the reducers a copy of the attributes, which they change in place (no second
  // copy for each of 50,000 relations).
  function nodeReducer(key, data) {
    var k = +key;
    if (!nodeShown[k]) { data.hidden = true; return data; }
    // (Where the page draws the actors, it greys them itself: see greyed().)
    if (highlight && !highlight[k]) { if (!cpuLines) { data.color = "#dddddd"; data.label = ""; data.zIndex = 0; } }
    else if (highlight) { data.zIndex = 1; data.forceLabel = true; }
    // (The selected actor's white box is drawn by the page: see "Layers" below.)
    if (state.selectedNode === k) data.forceLabel = true;
    return data;
  }
  function edgeReducer(key, data) {
    if (cpuLines) { data.hidden = true; return data; } // drawn by drawLines()
    var j = +key.slice(1);
    if (key[0] === "l") { if (!leadShown[j]) data.hidden = true; return data; }
    if (!edgeShown[j]) { data.hidden = true; return data; }
    if (state.selectedEdge === j) { data.size += 3; data.zIndex = 2; return data; }
    if (highlight) {
      var a = eSrc[j], b = eDst[j], sel = state.selectedNode;
      if (!(highlight[a] && highlight[b] && (a === sel || b === sel))) { data.color = "#eeeeee"; data.zIndex = 0; }
      else data.zIndex = 1; // over the greyed ones (sigma's default is 0 too)
    }
    return data;
  }

  // ---- Panel ----
  function relBadge(r) { return el("span", { cls: "rel " + REL[r].name, text: REL[r].name }); }
  function actorButton(k) {
    var b = el("button", { cls: "link", type: "button", "data-node": D.nodes[k].id, text: D.nodes[k].label });
    b.addEventListener("click", function () { select({ node: k }); });
    return b;
  }
  function showEdge(j) {
    var e = D.edges[j], r = REL[e[2]];
    panel.replaceChildren();
    panel.setAttribute("data-edge", String(j));
    panel.removeAttribute("data-node");
    panel.appendChild(el("h2", null, [relBadge(e[2]), " ", actorButton(e[0]), r.symmetric ? " — " : " → ", actorButton(e[1])]));
    var meta = "weight " + e[3] + " · " + e[6].length + (e[6].length === 1 ? " sentence" : " sentences");
    if (e[4]) meta += " · seen " + e[4] + (e[5] && e[5] !== e[4] ? " to " + e[5] : "");
    panel.appendChild(el("p", { cls: "meta", text: meta }));
    if (e[7] && e[7].length) panel.appendChild(el("p", { cls: "meta", text: "between: " + e[7].join(", ") }));
    var ol = el("ol", { cls: "evidence" });
    e[6].forEach(function (ev) {
      ol.appendChild(el("li", null, [el("span", { cls: "doc", text: docName(ev[0]) + " #" + ev[1] }), el("span", { cls: "text", text: ev[2] })]));
    });
    panel.appendChild(ol);
  }
  function showNode(k) {
    var n = D.nodes[k];
    panel.replaceChildren();
    panel.setAttribute("data-node", n.id);
    panel.removeAttribute("data-edge");
    var focus = el("button", { type: "button", id: "focus", text: "Focus on its neighbourhood" });
    focus.addEventListener("click", function () { state.focus = k; apply(); fit(); });
    panel.appendChild(el("h2", { text: n.label }));
    panel.appendChild(el("p", { cls: "meta", text: n.id + " · " + n.kind + (n.office ? " · " + n.office : "") + " · " + n.mentions + " mentions" }));
    if (n.aliases.length) panel.appendChild(el("p", { cls: "meta", text: "also: " + n.aliases.join(", ") }));
    panel.appendChild(focus);
    var list = adj[k].filter(function (j) { return edgeShown[j]; }), ul = el("ul", { cls: "relations" });
    panel.appendChild(el("p", { text: list.length + " relations shown" }));
    panel.appendChild(ul);
    // The rows a screen shows now (a row is at least 20 px high), the rest after this frame.
    var first = Math.min(list.length, Math.ceil(window.innerHeight / 20));
    relationRows(ul, k, list, 0, first);
    if (first < list.length) {
      var rest = panelRest = [ul, k, list, first];
      requestAnimationFrame(function () { setTimeout(function () { if (panelRest === rest) fillPanel(); }, 0); });
    }
  }
  // The rows list[from..to) of actor k's relations in ul, each a button that opens it.
  function relationRows(ul, k, list, from, to) {
    for (var i = from; i < to; i++) {
      var j = list[i], e = D.edges[j], other = e[0] === k ? e[1] : e[0];
      var b = el("button", { cls: "link", type: "button", "data-edge": String(j), text: "weight " + e[3] });
      b.addEventListener("click", select.bind(null, { edge: j }, false));
      ul.appendChild(el("li", null, [relBadge(e[2]), " ", e[0] === k ? "→ " : "← ", D.nodes[other].label, " ", b]));
    }
  }
  // The hub of 5,000/50,000 lists 141 relations: building them all, and their layout, which
  // sigma's render forces (its resize() reads the container's size: 11-18 ms), were about 10 ms
  // more of a selection's script than the rows a screen shows, most of them below the panel's
  // fold. Those are added once the selection's frame is drawn (panelDone() says when).
  var panelRest = null, panelWaiters = [];
  function fillPanel() {
    if (panelRest) { var r = panelRest; panelRest = null; relationRows(r[0], r[1], r[2], r[3], r[2].length); }
    var waiters = panelWaiters;
    panelWaiters = [];
    waiters.forEach(function (done) { done(true); });
  }
  // The first actor selected after the page loaded took 150-300 ms to its frame without a GPU
  // (a second one about 60): Chromium's first raster of such a list (compiling its programs,
  // 27-41 ms) and the frame after it (185-285 ms). Once the first picture is drawn, while the
  // page is idle and nothing is selected, the most connected actor's list is put in the panel
  // for a third of a second, nearly transparent (1 %), over the panel and no higher (a scroller
  // of its own), so that the browser rasters it then; any selection replaces it at once.
  function warmPanel() {
    if (!N || state.selectedNode !== null || state.selectedEdge !== null) return;
    // (What showNode() draws, without the ids and handlers: the name, a line of facts, a
    // button, the count and the list, in a scroller as the panel then is.)
    var k = order[0], n = D.nodes[k], list = adj[k].filter(function (j) { return edgeShown[j]; }), ul = el("ul", { cls: "relations" });
    relationRows(ul, k, list, 0, list.length);
    var box = el("div", { "aria-hidden": "true", cls: "warm" }, [el("h2", { text: n.label }), el("p", { cls: "meta", text: n.id + " · " + n.kind }),
      el("button", { type: "button", text: "Focus on its neighbourhood" }), el("p", { text: list.length + " relations shown" }), ul]);
    panel.appendChild(box);
    setTimeout(function () { box.remove(); }, 300);
    // And a selected actor's look (a box with a shadow, see drawLook()) on the labels' layer for
    // one frame at 1 %: its first drawing compiled programs too.
    warmLook = true;
    if (sigma) sigma.scheduleRender();
  }
  var warmLook = false;
  // How a selection draws an actor (0 as usual, 1 greyed, 2 highlighted, 3 selected) and a
  // relation (0 as usual, 1 greyed, 2 selected): what the reducers do, for select() to redraw
  // only what it changes.
  // Where the page draws the actors, a greyed actor looks to sigma as it does without a
  // selection (see greyed()), so that selecting an actor re-reads in sigma only it and its
  // neighbours, not every actor (5,000: about 2 ms of sigma's work, 1-4 ms of the script).
  function nodeLook(k) { return !highlight ? 0 : state.selectedNode === k ? 3 : highlight[k] ? 2 : cpuLines ? 0 : 1; }
  // Whether actor k is greyed by the selection: drawn grey and without its name.
  function greyed(k) { return highlight !== null && !highlight[k]; }
  function edgeLook(j) {
    if (state.selectedEdge === j) return 2;
    if (!highlight) return 0;
    var a = eSrc[j], b = eDst[j], sel = state.selectedNode;
    return highlight[a] && highlight[b] && (a === sel || b === sel) ? 0 : 1;
  }
  function select(what, quiet) {
    // (Where the page draws the relations, sigma has none to redraw.)
    var j, k, nodeBefore = new Uint8Array(N), edgeBefore = cpuLines ? null : new Uint8Array(E);
    for (k = 0; k < N; k++) nodeBefore[k] = nodeLook(k);
    if (edgeBefore) for (j = 0; j < E; j++) edgeBefore[j] = edgeLook(j);
    panelRest = null; // (rows of the panel before are not added)
    state.selectedNode = what && what.node !== undefined ? what.node : null;
    state.selectedEdge = what && what.edge !== undefined ? what.edge : null;
    highlight = null;
    if (state.selectedNode !== null) {
      highlight = new Uint8Array(N);
      highlight[state.selectedNode] = 1;
      adj[state.selectedNode].forEach(function (j) { if (edgeShown[j]) { highlight[eSrc[j]] = 1; highlight[eDst[j]] = 1; } });
      showNode(state.selectedNode);
    } else if (state.selectedEdge !== null) {
      showEdge(state.selectedEdge);
    } else {
      panel.removeAttribute("data-node");
      panel.removeAttribute("data-edge");
      panel.replaceChildren(el("p", { cls: "hint", text: "Click a relation to see its evidence, an actor to see its relations." }));
    }
    if (!panelRest) fillPanel(); // (nothing to add: whoever waits for the panel is answered)
    if (quiet) return;
    var nodes = [], edges = [];
    for (k = 0; k < N; k++) if (nodeLook(k) !== nodeBefore[k]) nodes.push(nodeKeys[k]);
    if (edgeBefore) for (j = 0; j < E; j++) if (edgeLook(j) !== edgeBefore[j]) edges.push(edgeKeys[j]);
    redraw(nodes, edges, true);
  }

  // ---- Filters ----
  // A filter's input applies the filters once the task that changed it ends: inputs changed
  // together (both ends of the date range, every relation at once) cost one redraw, not one
  // each.
  var applying = false;
  function applySoon() {
    if (applying) return;
    applying = true;
    queueMicrotask(function () { applying = false; apply(); });
  }
  var fr = $("f-relations");
  REL.forEach(function (r, i) {
    var n = D.edges.filter(function (e) { return e[2] === i; }).length;
    var box = el("input", { type: "checkbox", "data-relation": r.name });
    box.checked = true;
    box.addEventListener("change", function () { state.relations[i] = box.checked; applySoon(); });
    var line = el("span", { cls: "line" });
    line.style.background = r.color;
    fr.appendChild(el("label", null, [box, " ", line, r.name + " ", el("span", { cls: "n", text: "(" + n + ")" })]));
  });
  var fk = $("f-kinds");
  Object.keys(D.kinds).forEach(function (kind) {
    var n = D.nodes.filter(function (x) { return x.kind === kind; }).length;
    var box = el("input", { type: "checkbox", "data-kind": kind });
    box.checked = true;
    box.addEventListener("change", function () { state.kinds[kind] = box.checked; applySoon(); });
    var dot = el("span", { cls: "swatch" });
    dot.style.background = D.kinds[kind];
    fk.appendChild(el("label", null, [box, " ", dot, kind.replace(/_/g, " ") + " ", el("span", { cls: "n", text: "(" + n + ")" })]));
  });
  $("f-weight").addEventListener("input", function () { state.minWeight = Math.max(1, +this.value || 1); applySoon(); });
  if (dates.length) {
    $("f-from").min = $("f-to").min = dates[0];
    $("f-from").max = $("f-to").max = lastDates[lastDates.length - 1];
  } else {
    $("f-from").disabled = $("f-to").disabled = true;
    $("f-dates").appendChild(el("p", { cls: "n", text: "no dated documents" }));
  }
  $("f-from").addEventListener("change", function () { state.from = this.value; applySoon(); });
  $("f-to").addEventListener("change", function () { state.to = this.value; applySoon(); });
  $("f-depth").addEventListener("change", function () { state.depth = +this.value; applySoon(); });
  $("f-unfocus").addEventListener("click", function () { state.focus = null; apply(); fit(); });
  $("f-leads").addEventListener("change", function () { state.leads = this.checked; applySoon(); });
  $("legend").appendChild(el("p", { cls: "n", text: "Arrows: proxy → patron, mediator → party; ally and adversary lines have no direction. Grey lines: a person leads a state or group. Dot size: weighted degree." }));

  // ---- Search by any name ----
  var names = D.nodes.map(function (n) { return [n.label, n.id].concat(n.aliases).map(fold); });
  var matches = $("matches"), search = $("search"), active = -1;
  function findActors(q) {
    q = fold(q.trim());
    if (!q) return [];
    var hits = [];
    for (var k = 0; k < N; k++) {
      var best = 9;
      names[k].forEach(function (s) { var p = s.indexOf(q); if (p === 0) best = Math.min(best, s.length === q.length ? 0 : 1); else if (p > 0) best = Math.min(best, 2); });
      if (best < 9) hits.push([best, -degree[k], k]);
    }
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    return hits.slice(0, 20).map(function (h) { return h[2]; });
  }
  function pick(k) {
    matches.replaceChildren();
    search.value = D.nodes[k].label;
    if (!nodeShown[k]) { state.focus = k; apply(); }
    select({ node: k });
    var p = sigma && sigma.getNodeDisplayData(String(k));
    if (p) sigma.getCamera().animate({ x: p.x, y: p.y, ratio: 0.5 }, { duration: 300 });
  }
  search.addEventListener("input", function () {
    matches.replaceChildren();
    active = -1;
    findActors(search.value).forEach(function (k) {
      var n = D.nodes[k];
      var li = el("li", { "data-node": n.id }, [n.label + " ", el("small", { text: n.id + " · " + n.kind })]);
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); pick(k); });
      matches.appendChild(li);
    });
  });
  search.addEventListener("keydown", function (ev) {
    var items = matches.children;
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      if (!items.length) return;
      active = (active + (ev.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
      Array.prototype.forEach.call(items, function (li, i) { li.classList.toggle("active", i === active); });
      ev.preventDefault();
    } else if (ev.key === "Enter" && items.length) {
      var id = items[Math.max(active, 0)].getAttribute("data-node");
      for (var k = 0; k < N; k++) if (D.nodes[k].id === id) { pick(k); break; }
    } else if (ev.key === "Escape") {
      matches.replaceChildren();
    }
  });

  // ---- Start: first picture, then the force layout for a few seconds ----
  // The one-draw arrow of arrow.js; sigma's own where that cannot be built.
  function arrowProgram() { try { return actorgraphArrowProgram(V); } catch (err) { return V.EdgeArrowProgram; } }
  // Above 20,000 relations, where WebGL is software (no GPU), sigma draws no relation: lines.js
  // draws them in the frame itself, from the filters' arrays (0.3-0.4 s of rasterising in
  // SwiftShader becomes 0.03-0.05 s of script; a filter then redraws no relation in sigma).
  // `#relations=webgl` or `#relations=cpu` at the end of the page's address picks the way.
  // Whether WebGL is software is asked of sigma's own context once sigma is made (a context of
  // its own for the question cost 0.15-0.25 s of the first picture): until then, above 20,000
  // relations, the page's way is taken, and a GPU then gives the relations back to sigma.
  var DEFER = 20000;
  var cpuLines = E > DEFER && !/relations=webgl/.test(location.hash) ? actorgraphLines() : null;
  if (!cpuLines) addRelations();
  var linesParams = null;
  // While the camera moves (and the layout does not), the last image of the relations is put
  // on the layer again, moved as the camera moved since it was drawn: every actor moved by the
  // same affine map, so the lines did too (only their thickness and what lay outside the view
  // differ). A frame then costs one quad, not 50,000 lines (25-30 ms); the exact lines are
  // drawn once the camera rests (see the camera's "updated" below).
  var drawnMatrix = null;
  function moveLines(renderer, params) {
    if (!sigma || !drawnMatrix || layout) return false;
    var mc = sigma.getMouseCaptor(), gl = relationsLayer(renderer), size = cpuLines.size();
    if (size[0] !== gl.drawingBufferWidth || size[1] !== gl.drawingBufferHeight) return false;
    if (!(sigma.getCamera().isAnimated() || mc.isMoving || mc.draggedEvents || mc.currentWheelDirection)) return false;
    // moved = now · drawn⁻¹, both affine (x' = a x + c y + e, y' = b x + d y + f).
    var m = drawnMatrix, a = m[0], b = m[1], c = m[3], d = m[4], e = m[6], f = m[7], det = a * d - b * c;
    if (!det) return false;
    var i00 = d / det, i01 = -c / det, i02 = (c * f - d * e) / det, i10 = -b / det, i11 = a / det, i12 = (b * e - a * f) / det;
    var n = params.matrix;
    cpuLines.present(gl, new Float32Array([
      n[0] * i00 + n[3] * i10, n[1] * i00 + n[4] * i10, 0,
      n[0] * i01 + n[3] * i11, n[1] * i01 + n[4] * i11, 0,
      n[0] * i02 + n[3] * i12 + n[6], n[1] * i02 + n[4] * i12 + n[7], 1,
    ]));
    return true;
  }
  // The layer the image goes on: a canvas of the page's own under sigma's, opaque (the browser
  // composes no page under it and blends nothing: its composing of a frame, 15-30 ms of
  // SwiftShader with sigma's transparent layer, took 11-13 ms in a trace), the size of sigma's
  // relations' layer, which is hidden; sigma's layer where the page's cannot be made.
  var ownCanvas = null, ownGl = null;
  function relationsLayer(renderer) {
    var edges = renderer.webGLContexts.edges, from = renderer.getCanvases().edges;
    if (!ownGl) return edges;
    if (ownCanvas.width !== edges.drawingBufferWidth || ownCanvas.height !== edges.drawingBufferHeight) {
      ownCanvas.width = edges.drawingBufferWidth;
      ownCanvas.height = edges.drawingBufferHeight;
    }
    if (ownCanvas.style.width !== from.style.width || ownCanvas.style.height !== from.style.height) {
      ownCanvas.style.width = from.style.width;
      ownCanvas.style.height = from.style.height;
    }
    if (from.style.display !== "none") from.style.display = "none";
    return ownGl;
  }
  // The relations the filters show, as the reducers would draw them: greyed ones under the
  // rest, the selected one on top. The image of every shown relation in its colour, and the
  // one of them all greyed, are kept, under the name of the filters' settings, while the
  // camera and the layout stay as they are (the last few settings: see lines.js): selecting
  // an actor or a relation then draws only its own relations over the kept image, and a
  // filter set back (a relation turned on again, "show all" after a focus) copies it (all
  // 50,000 take 25-30 ms here, a copy 1 ms). `metrics.linesDrawn` counts the relations the
  // image holds, from the loop that drew them.
  var nodeX = new Float64Array(N), nodeY = new Float64Array(N), keptX = new Float64Array(N), keptY = new Float64Array(N);
  var shownKey = "", keptCount = {}, keptAny = false;
  // Each relation's colour as a pixel, and a table of the greyed colour for every relation.
  var relColours = new Uint32Array(REL.length), greyColours = new Uint32Array(REL.length);
  if (cpuLines) REL.forEach(function (r, i) { relColours[i] = cpuLines.colour(r.color); greyColours[i] = cpuLines.colour("#eeeeee"); });
  function drawLines(renderer, params) {
    var gl = relationsLayer(renderer), W = gl.drawingBufferWidth, H = gl.drawingBufferHeight, m = params.matrix, j, k, a;
    cpuLines.begin(W, H);
    var same = keptAny, cache = displayData(renderer);
    for (k = 0; k < N; k++) {
      var d = cache ? cache[nodeKeys[k]] : renderer.getNodeDisplayData(nodeKeys[k]);
      nodeX[k] = (m[0] * d.x + m[3] * d.y + m[6] + 1) * 0.5 * W;
      nodeY[k] = (1 - (m[1] * d.x + m[4] * d.y + m[7])) * 0.5 * H;
      if (same && (nodeX[k] !== keptX[k] || nodeY[k] !== keptY[k])) same = false;
    }
    if (!same) {
      cpuLines.forget();
      cpuLines.forgetLayers();
      layersDone = {};
      layersGen++;
      keptCount = {};
      keptAny = true;
      keptX.set(nodeX);
      keptY.set(nodeY);
    }
    var colours = relColours, sel = state.selectedEdge, base = (highlight ? "grey|" : "plain|") + shownKey;
    if (!cpuLines.reuse(base)) {
      var count = 0, layerName = state.focus === null ? otherFilters() : null, layerCounts = layerName && layersDone[layerName];
      if (highlight && cpuLines.reuse("plain|" + shownKey)) {
        // All of them greyed cover the pixels that all of them in colour do (opaque lines):
        // the kept coloured image, every pixel drawn made grey (1-2 ms, not 25-30).
        cpuLines.recolour(greyColours[0]);
        count = keptCount["plain|" + shownKey];
      } else if (layerCounts && cpuLines.composite(layerName, relOn, highlight ? greyColours : colours)) {
        // A choice of relations, its order layer drawn: one pass over the pixels (a few ms).
        for (k = 0; k < REL.length; k++) if (relOn[k]) count += layerCounts[k];
      } else {
        if (layerCounts) delete layersDone[layerName]; // no longer kept by lines.js: drawn again
        count = cpuLines.lines(edgeShown, eSrc, eDst, eRel, nodeX, nodeY, highlight ? greyColours : colours);
      }
      cpuLines.keep(base);
      keptCount[base] = count;
      settleSoon();
    }
    // The selected actor's relations in their colour, over the greyed ones.
    if (highlight && state.selectedNode !== null) {
      a = adj[state.selectedNode];
      for (k = 0; k < a.length; k++) {
        j = a[k];
        if (edgeShown[j] && edgeLook(j) === 0) cpuLines.line(nodeX[eSrc[j]], nodeY[eSrc[j]], nodeX[eDst[j]], nodeY[eDst[j]], colours[eRel[j]]);
      }
    }
    var lead = cpuLines.colour("#b8b8b8");
    for (j = 0; j < D.leads.length; j++) if (leadShown[j]) cpuLines.line(nodeX[D.leads[j][0]], nodeY[D.leads[j][0]], nodeX[D.leads[j][1]], nodeY[D.leads[j][1]], lead);
    if (sel !== null && edgeShown[sel]) cpuLines.line(nodeX[eSrc[sel]], nodeY[eSrc[sel]], nodeX[eDst[sel]], nodeY[eDst[sel]], colours[eRel[sel]]);
    drawActors(renderer, params);
    cpuLines.present(gl);
    drawnMatrix = Float64Array.from(m);
    metrics.linesDrawn = keptCount[base];
    drawLayersSoon();
    drawAheadSoon();
  }
  // The image just kept turned into one byte a pixel (lines.js: settle(), 3-4 ms) while the
  // page is idle, not in the action that drew it.
  var settleJob = false;
  function settleSoon() {
    if (settleJob) return;
    settleJob = true;
    idle(function () { settleJob = false; if (cpuLines) cpuLines.settle(); });
  }
  // Images drawn ahead: while the page is idle (after the order layers), the images of the
  // filters one click away that the order layers cannot compose, each actor kind turned off and
  // the weight one higher, are drawn in their colours (4,000 relations an idle callback, 1-3
  // ms, so that a click waits little; in an array of their own) and kept as drawLines() keeps
  // its own, so that such a click copies its image (about 1 ms; greyed for a selection, 1-2)
  // instead of drawing 30,000-50,000 lines (13-20 ms). With a focus, the one click away is its
  // depth one more (depth 2 of a well-connected actor reaches most of the graph: 8-14 ms of
  // lines). Not while the layout runs, or above 4 million pixels (the kept images' memory:
  // lines.js).
  var ahead = null, aheadJob = false, aheadImage = null, aheadOk = null, aheadReach = null, aheadEdge = null, aheadNode = null;
  function aheadStates() {
    var out = [];
    if (state.focus !== null) {
      if (state.depth < 3) out.push(variantOf(state, function (s) { s.depth = state.depth + 1; }));
      return out;
    }
    kindNames.forEach(function (kind) { if (state.kinds[kind]) out.push(variantOf(state, function (s) { s.kinds[kind] = false; })); });
    out.push(variantOf(state, function (s) { s.minWeight = state.minWeight + 1; }));
    return out;
  }
  function drawAheadSoon() {
    if (aheadJob || !cpuLines || layout || !keptAny || (E + N <= PARTIAL)) return;
    var size = cpuLines.size();
    // (Without a focus, after the order layers, which a relation filter needs.)
    if (size[0] * size[1] > cpuLines.aheadPixels || (state.focus === null && !layersDone[otherFilters()])) return;
    aheadJob = true;
    idle(function step() {
      aheadJob = false;
      if (!cpuLines || layout || !keptAny) return;
      var size = cpuLines.size(), look = "plain|";
      if (ahead && ahead.gen !== layersGen) ahead = null;
      if (!ahead) {
        var states = aheadStates(), next = null, key = "";
        for (var i = 0; i < states.length && !next; i++) {
          key = look + keyOf(states[i]);
          if (!cpuLines.has(key)) next = states[i];
        }
        if (!next) return;
        if (!aheadOk) { aheadOk = new Uint8Array(E); aheadReach = new Uint8Array(N); aheadEdge = new Uint8Array(E); aheadNode = new Uint8Array(N); }
        filtered(next, aheadOk, aheadReach, aheadEdge, aheadNode);
        if (!aheadImage || aheadImage.length !== size[0] * size[1]) aheadImage = new Uint32Array(size[0] * size[1]);
        else aheadImage.fill(0);
        ahead = { key: key, gen: layersGen, next: 0, count: 0 };
      }
      var to = Math.min(E, ahead.next + LAYER_STEP);
      ahead.count += cpuLines.linesInto(aheadImage, ahead.next, to, aheadEdge, eSrc, eDst, eRel, keptX, keptY, relColours);
      ahead.next = to;
      if (to === E) {
        cpuLines.keepImage(ahead.key, aheadImage);
        keptCount[ahead.key] = ahead.count;
        ahead = null;
      }
      aheadJob = true;
      idle(step);
    });
  }
  // The relations' order layer (lines.js: layer(), composite()) for the filters other than the
  // relations and the focus, at the positions of the kept images, drawn while the page is
  // idle (4,000 relations at a time, about 5 ms, so that a click waits little): a relation
  // turned off or on then composes its image from it in one pass over the pixels (1-2 ms)
  // instead of drawing the other relations' 37,000 lines (15-20 ms). lines.js keeps the last
  // four, named by the positions (layersGen, which a move of the positions changes) and the
  // filters; layersDone holds the relations counted in each one drawn to the end.
  var layersGen = 0, layersJob = false, layersDone = {}, relOn = new Uint8Array(REL.length);
  var layersOk = null, layersNext = 0, layersFor = "", layersCounts = null, LAYER_STEP = 4000;
  function otherFilters() { return layersGen + "|" + [kindNames.map(function (kind) { return state.kinds[kind] ? 1 : 0; }).join(""), state.minWeight, state.from, state.to].join("|"); }
  function drawLayersSoon() {
    if (layersJob || !cpuLines || state.focus !== null || layersDone[otherFilters()]) return;
    layersJob = true;
    idle(function build(deadline) {
      layersJob = false;
      if (!cpuLines || layout || state.focus !== null || !keptAny) return;
      var name = otherFilters();
      if (layersDone[name]) return;
      if (layersFor !== name) {
        // The relations that pass every filter but the relations' own (and no focus).
        if (!layersOk) layersOk = new Uint8Array(E);
        var all = new Uint8Array(REL.length).fill(1), kindOn = new Uint8Array(kindNames.length);
        kindNames.forEach(function (kind, i) { kindOn[i] = state.kinds[kind] ? 1 : 0; });
        passing(layersOk, all, kindOn, state.minWeight, state.from ? daysBefore(state.from, false) : -1, state.to ? daysBefore(state.to, true) : days.length + 1);
        layersFor = name;
        layersNext = 0;
        layersCounts = new Int32Array(REL.length);
      }
      do {
        var to = Math.min(E, layersNext + LAYER_STEP);
        if (!cpuLines.layer(name, REL.length, layersNext, to, layersOk, eSrc, eDst, eRel, keptX, keptY, layersCounts)) { layersFor = ""; return; }
        layersNext = to;
      } while (layersNext < E && deadline.timeRemaining() > 10);
      if (layersNext < E) { layersJob = true; idle(build); return; }
      layersDone[name] = layersCounts;
      layersFor = "";
      drawAheadSoon();
    });
  }
  // sigma's display data of the actors, read in place: its getNodeDisplayData() hands out a copy
  // each call (10,000 objects a frame here, whose garbage brought on collections inside the
  // actions); null where sigma keeps them elsewhere.
  function displayData(renderer) {
    var cache = renderer.nodeDataCache;
    return cache && typeof cache === "object" ? cache : null;
  }
  // The actors over the relations, as sigma's point program draws them (see PagePoints): those
  // of the lowest zIndex first, each a disc of its display size and colour.
  var discR = new Float64Array(N), discC = new Uint32Array(N), discList = new Int32Array(N), greyDisc = cpuLines ? cpuLines.colour("#dddddd") : 0;
  function drawActors(renderer, params) {
    var k, z, d, n = 0, scale = params.pixelRatio / params.sizeRatio, cache = displayData(renderer);
    for (z = 0; z < 2; z++) {
      for (k = 0; k < N; k++) {
        d = cache ? cache[nodeKeys[k]] : renderer.getNodeDisplayData(nodeKeys[k]);
        if (!d || d.hidden || ((d.zIndex || 0) > 0 ? 1 : 0) !== z) continue;
        discR[k] = d.size * scale;
        discC[k] = greyed(k) ? greyDisc : cpuLines.colour(d.color);
        discList[n++] = k;
      }
    }
    cpuLines.discs(nodeX, nodeY, discR, discC, discList, n, params.pixelRatio);
  }
  // Where the page draws the relations, sigma's actors' program keeps its picking pass (what
  // is under the pointer) and leaves the drawing of the actors to drawActors(): 5,000 points
  // took 20-25 ms of SwiftShader's CPU a frame, the page's discs a few ms. The picking pass is
  // drawn when sigma first asks what is under the pointer after a frame (see drawPicking()),
  // not in every frame: a pointer at rest asks nothing.
  var picking = null; // the program and parameters of the last frame, its picking pass not drawn
  function pagePoints(Base) {
    return class extends Base {
      render(params) {
        if (!cpuLines || this.normalProgram.gl !== this.renderer.webGLContexts.nodes) { super.render(params); return; }
        picking = [this, params];
      }
      renderPicking(params) {
        if (this.hasNothingToRender() || !this.pickProgram) return;
        this.pickProgram.gl.viewport(0, 0, params.width * params.pixelRatio / params.downSizingRatio, params.height * params.pixelRatio / params.downSizingRatio);
        this.bindProgram(this.pickProgram);
        this.renderProgram(Object.assign({}, params, { pixelRatio: params.pixelRatio / params.downSizingRatio }), this.pickProgram);
        this.unbindProgram(this.pickProgram);
      }
    };
  }
  // Otherwise (a GPU, or sigma's WebGL asked for) above 20,000 relations they are drawn in a
  // pass of their own, after the frame with the actors and labels: without a GPU, drawing
  // 50,000 relations takes 0.3-0.5 s, which would hold up every filter's and selection's
  // frame; the actors' frame answers at once and the relations the filters keep follow
  // (`relationsDrawn()` says when they are all drawn). A frame that draws them again (or,
  // while the camera moves, leaves them out) replaces a pass not yet drawn, so they are never
  // drawn where the camera no longer is.
  var deferred = [], passScheduled = false, passFrame = null, passTimer = null, passWaiters = [];
  function deferredProgram(Base) {
    if (E <= DEFER) return Base;
    return class extends Base {
      render(params) {
        if (cpuLines) {
          // Once a frame (sigma hands each program the same parameters), whichever program is first.
          if (params === linesParams) return;
          linesParams = params;
          if (!moveLines(this.renderer, params)) drawLines(this.renderer, params);
          return;
        }
        deferred.push([this, params]);
        // After the next frame begins (the actors' frame is then on its way to the screen).
        if (!passScheduled) {
          passScheduled = true;
          passFrame = requestAnimationFrame(function () { passFrame = requestAnimationFrame(function () { passFrame = null; passTimer = setTimeout(drawRelations, 0); }); });
        }
      }
      renderNow(params) { super.render(params); }
    };
  }
  function drawRelations() {
    if (passFrame !== null) cancelAnimationFrame(passFrame);
    clearTimeout(passTimer);
    passScheduled = false;
    passFrame = passTimer = null;
    var pass = deferred;
    deferred = [];
    pass.forEach(function (p) { p[0].renderNow(p[1]); });
    if (pass.length) {
      metrics.relationPasses++;
      if (metrics.firstRelations === null) { metrics.firstRelations = performance.now(); fence("edges", "firstRelationsDrawn"); }
    }
    var waiters = passWaiters;
    passWaiters = [];
    waiters.forEach(function (done) { done(true); });
  }
  // When the WebGL drawing issued so far on a layer is done (a fence, polled without waiting
  // for it), kept in metrics[name]: the time a picture is on the screen, not only issued. The
  // first picture's relations drawn, the force layout starts (see the start below).
  function fence(layer, name) {
    var gl = sigma && (layer === "edges" && ownGl ? ownGl : sigma.webGLContexts[layer]);
    if (!gl || !gl.fenceSync) { if (name === "firstRelationsDrawn") setTimeout(firstPictureDone, 0); return; }
    var sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
    gl.flush();
    setTimeout(function poll() {
      if (gl.getSyncParameter(sync, gl.SYNC_STATUS) !== gl.SIGNALED) { setTimeout(poll, 4); return; }
      metrics[name] = performance.now();
      gl.deleteSync(sync);
      if (name === "firstRelationsDrawn") firstPictureDone();
    }, 0);
  }
  function fit() { if (sigma) sigma.getCamera().animatedReset({ duration: 200 }); }
  var metrics = { firstPicture: null, firstPictureDrawn: null, firstRelations: null, firstRelationsDrawn: null, renders: 0, relationPasses: 0, linesDrawn: null };
  apply();
  // Where the page draws the relations, sigma draws the actors alone: it gets a graph of the
  // actors only (their positions kept in step with the layout's), so that a refresh of sigma
  // re-reads 5,000 actors, not 55,000 actors and relations (a full refresh took 45-90 ms).
  var sigmaGraph = g;
  function follow() {
    sigmaGraph.updateEachNodeAttributes(function (k, a) { var b = g.getNodeAttributes(k); a.x = b.x; a.y = b.y; return a; }, { attributes: ["x", "y"] });
  }
  if (cpuLines) {
    sigmaGraph = new V.Graph({ type: "directed", multi: true, allowSelfLoops: true });
    g.forEachNode(function (k, a) { sigmaGraph.addNode(k, Object.assign({}, a)); });
    g.on("eachNodeAttributesUpdated", follow);
  }
  if (cpuLines) {
    ownCanvas = el("canvas", { cls: "sigma-relations" });
    ownCanvas.style.cssText = "position: absolute; inset: 0 auto auto 0;";
    $("diagram").appendChild(ownCanvas);
    var attributes = { alpha: false, antialias: false, depth: false, stencil: false, preserveDrawingBuffer: false };
    try { ownGl = ownCanvas.getContext("webgl2", attributes) || ownCanvas.getContext("webgl", attributes); } catch (err) { ownGl = null; }
    if (!ownGl) { ownCanvas.remove(); ownCanvas = null; }
  }
  try {
    sigma = new V.Sigma(sigmaGraph, $("diagram"), {
      nodeReducer: nodeReducer, edgeReducer: edgeReducer,
      edgeProgramClasses: { arrow: deferredProgram(arrowProgram()), line: deferredProgram(V.EdgeLineProgram) },
      // Above 1,000 actors each is drawn as one point, not sigma's default triangle drawn once
      // per actor (an instanced draw): without a GPU the 5,000 triangles took 0.1-0.15 s a
      // frame, the points 20-30 ms. A point's size has a bound (often 1,024 pixels), which only
      // a very close zoom on a big actor reaches.
      nodeProgramClasses: cpuLines ? { circle: pagePoints(V.NodePointProgram) } : N > 1000 ? { circle: V.NodePointProgram } : {},
      defaultEdgeType: "line", enableEdgeEvents: E <= 20000, zIndex: true,
      // Every name on a small graph; on a large one the labels of the bigger dots, spread out.
      labelDensity: 0.5, labelRenderedSizeThreshold: N <= 150 ? 0 : 7, hideEdgesOnMove: E > 20000 && !cpuLines,
      stagePadding: 40,
    });
  } catch (err) {
    $("diagram").appendChild(el("p", { id: "nogl", text: "This browser cannot draw the graph (WebGL is off): " + err.message }));
    document.body.setAttribute("data-ready", "nogl");
    return;
  }
  if (cpuLines && !/relations=cpu/.test(location.hash) && !actorgraphSoftwareWebGL(sigma.webGLContexts.nodes)) {
    // A GPU: sigma draws the relations, from the whole graph.
    cpuLines = null;
    if (ownCanvas) { ownCanvas.remove(); ownCanvas = ownGl = null; sigma.getCanvases().edges.style.display = ""; }
    g.off("eachNodeAttributesUpdated", follow);
    addRelations();
    sigma.settings.hideEdgesOnMove = true;
    sigma.setGraph(g);
  }
  // Above 20,000 relations, where sigma draws them, they are not drawn while the camera moves
  // (without a GPU a frame of them takes a large part of a second); where the page draws them,
  // their last image moves with the camera (moveLines()). sigma counts only its own animations and mouse drags
  // as moves; here any change of the camera does (a touch, a program's animation), until the
  // camera has rested for a tenth of a second, when the relations are drawn again (exactly).
  if (E > 20000) {
    var camera = sigma.getCamera(), animated = camera.isAnimated.bind(camera), lastMove = -Infinity, moveTimer = null;
    camera.isAnimated = function () { return animated() || performance.now() - lastMove < 100; };
    camera.on("updated", function () {
      lastMove = performance.now();
      clearTimeout(moveTimer);
      moveTimer = setTimeout(function () { sigma.scheduleRender(); }, 120);
    });
  }
  // sigma drew its first picture in its constructor (a second refresh here took 0.15-0.25 s
  // of a 5,000-actor page's start).
  metrics.firstPicture = performance.now();
  metrics.renders = 1;
  fence("nodes", "firstPictureDrawn");
  if (E <= DEFER || cpuLines) { metrics.firstRelations = metrics.firstPicture; fence("edges", "firstRelationsDrawn"); }
  // A new frame clears the relations' layer: a pass not yet drawn is for an older frame.
  sigma.on("beforeRender", function () { deferred = []; });
  sigma.on("afterRender", function () { metrics.renders++; });
  // ---- Layers ----
  // The browser composes each of sigma's layers, a canvas as large as the graph's, into every
  // frame, whether anything is drawn on it or not: without a GPU that is 4-7 ms of CPU a layer
  // a frame. So only the layers with something on them are shown:
  var canvases = sigma.getCanvases();
  // - the relations' labels: none are drawn;
  canvases.edgeLabels.style.display = "none";
  // - sigma's mouse layer only catches the pointer, and nothing is drawn on it: at opacity 0
  //   it still does (hit testing), and the compositor leaves it out;
  canvases.mouse.style.opacity = "0";
  // - where the page draws the actors, sigma's actors' layer, whose picking pass is drawn off
  //   the screen (see pagePoints());
  if (cpuLines) canvases.nodes.style.display = "none";
  // - the hovered actor's look, a white box with its name and its disc over it: sigma draws
  //   the box on a canvas and the disc on a WebGL layer of their own, both cleared and drawn
  //   again with every frame. Here the disc goes on the canvas too (sigma's disc is a circle of
  //   the same radius), which is drawn again only when that look changes and shown only while
  //   it holds one. The selected actor's look is drawn over the names (on the labels' layer,
  //   which every frame draws anyway), not on a layer of its own.
  canvases.hoverNodes.style.display = "none";
  var hoverDrawn = "";
  // What `key` looks like in the frame: its display data, place and size on the screen, and a
  // signature of them (empty when hidden).
  function actorLook(key) {
    var d = sigma.getNodeDisplayData(key);
    if (!d || d.hidden) return null;
    if (cpuLines && greyed(+key)) { d.color = "#dddddd"; d.label = ""; } // (as the reducer greys it for sigma's drawing)
    var p = sigma.framedGraphToViewport(d);
    d.key = key; d.x = p.x; d.y = p.y; d.size = sigma.scaleSize(d.size);
    d.signature = [key, d.x, d.y, d.size, d.color, d.label, sigma.width, sigma.height].join("|");
    return d;
  }
  function drawLook(ctx, d) {
    var settings = sigma.getSettings();
    settings.defaultDrawNodeHover(ctx, d, settings);
    ctx.beginPath();
    ctx.arc(d.x, d.y, d.size, 0, 2 * Math.PI);
    ctx.fillStyle = d.color;
    ctx.fill();
  }
  sigma.renderHighlightedNodes = function () {
    var key = sigma.hoveredNode, look = key === null || key === undefined || +key === state.selectedNode ? null : actorLook(key);
    if ((look ? look.signature : "") === hoverDrawn) return;
    var ctx = sigma.canvasContexts.hovers;
    ctx.clearRect(0, 0, sigma.width, sigma.height);
    if (look) drawLook(ctx, look);
    hoverDrawn = look ? look.signature : "";
    canvases.hovers.style.display = look ? "" : "none";
  };
  canvases.hovers.style.display = "none";
  // sigma's clear() of a frame, without the layers never shown (the hovered actor's canvas
  // is cleared by renderHighlightedNodes() above, when it changes).
  sigma.clear = function () {
    var gl = sigma.webGLContexts;
    if (!cpuLines) { gl.nodes.bindFramebuffer(gl.nodes.FRAMEBUFFER, null); gl.nodes.clear(gl.nodes.COLOR_BUFFER_BIT); }
    if (!ownGl) { gl.edges.bindFramebuffer(gl.edges.FRAMEBUFFER, null); gl.edges.clear(gl.edges.COLOR_BUFFER_BIT); }
    sigma.canvasContexts.labels.clearRect(0, 0, sigma.width, sigma.height);
    return sigma;
  };
  // - and where the page draws the actors, sigma's picking texture (a layer as large as the
  //   graph's, made anew and drawn in every frame: 5-7 ms of CPU a frame without a GPU) is
  //   made and drawn when sigma asks what is under the pointer, as it was at the last frame.
  if (cpuLines) {
    var resetTexture = sigma.resetWebGLTexture.bind(sigma), nodeAt = sigma.getNodeAtPosition.bind(sigma);
    sigma.resetWebGLTexture = function (layer) { return layer === "nodes" ? sigma : resetTexture(layer); };
    sigma.getNodeAtPosition = function (position) { drawPicking(); return nodeAt(position); };
  }
  function drawPicking() {
    if (!picking) return;
    var p = picking;
    picking = null;
    resetTexture("nodes");
    p[0].renderPicking(p[1]);
  }
  sigma.on("afterRender", function () {
    var look = state.selectedNode === null ? null : actorLook(String(state.selectedNode));
    if (look) drawLook(sigma.canvasContexts.labels, look);
    else if (warmLook && N) {
      look = actorLook(String(order[0]));
      if (look) {
        var ctx = sigma.canvasContexts.labels;
        ctx.save();
        ctx.globalAlpha = 0.01;
        drawLook(ctx, look);
        ctx.restore();
      }
    }
    warmLook = false;
  });
  // The names of actors greyed by a selection are not drawn (where the page draws the actors,
  // sigma's data of them is not greyed: see nodeLook()).
  var drawLabel = sigma.settings.defaultDrawNodeLabel;
  sigma.settings.defaultDrawNodeLabel = function (ctx, data, settings) { if (!(cpuLines && greyed(+data.key))) drawLabel(ctx, data, settings); };
  sigma.on("clickNode", function (ev) { select({ node: +ev.node }); });
  sigma.on("clickEdge", function (ev) { if (ev.edge[0] === "e") select({ edge: +ev.edge.slice(1) }); });
  sigma.on("clickStage", function () { select(null); });
  var layout = null, layoutButton = $("layout");
  // Where the page draws the relations only the force layout reads them from the graph: they
  // are dropped when it stops (a third of the page's 27 MB of live objects, which every major
  // collection marks again: 30-40 ms, inside an action when it comes then) and added again when
  // it runs.
  function stopLayout() {
    if (layout) { layout.kill(); layout = null; }
    if (cpuLines && linked) { g.clearEdges(); linked = false; }
    layoutButton.textContent = "Run layout";
    if (cpuLines) drawLayersSoon();
    idle(warmSelect);
  }
  // The first selection after load ran its script twice as long as a later one (57-83 ms
  // against 20-40 on 5,000/50,000): V8 dropped the compiled code of the reducers, of sigma's
  // display data and of drawLines() when they first met a highlight (a trace of its
  // deoptimisations: "insufficient type feedback", "wrong map" for the actors' data with a
  // zIndex). Once the layout has stopped and the page is idle with nothing selected, the most
  // connected actor is selected and let go in one task (the browser paints neither; about two
  // frames' work, once): a person's first selection then runs compiled code, and finds the
  // relations' greyed image kept.
  var selectWarmed = false;
  function warmSelect() {
    if (selectWarmed || !sigma || !N || layout || E + N <= PARTIAL) return;
    if (state.selectedNode !== null || state.selectedEdge !== null || !nodeShown[order[0]]) return;
    selectWarmed = true;
    var before = Array.prototype.slice.call(panel.childNodes);
    select({ node: order[0] });
    select(null);
    panel.replaceChildren.apply(panel, before); // (the panel's text as it was)
  }
  function startLayout(ms) {
    if (N < 2 || !V.FA2Layout) return;
    addRelations();
    try {
      layout = new V.FA2Layout(g, { settings: { barnesHutOptimize: N > 300, gravity: 1, scalingRatio: 4, slowDown: 2 + Math.log(N), strongGravityMode: true, adjustSizes: false } });
      layout.start();
      layoutButton.textContent = "Stop layout";
      setTimeout(stopLayout, ms);
    } catch (err) { layout = null; layoutButton.textContent = "Layout unavailable"; }
  }
  layoutButton.addEventListener("click", function () { layoutStarted = true; if (layout) stopLayout(); else startLayout(10000); });
  $("fit").addEventListener("click", fit);
  // The force layout moves the actors, and sigma redraws everything, every frame: started with
  // the first picture it held that picture's relations back (without a GPU, 5,000 actors'
  // first full picture 2.1 s instead of 1.6 s; 450 actors' 1.2 s instead of 0.8 s). It starts
  // once they are drawn (or after 3 s whatever happens).
  var layoutStarted = false;
  function firstPictureDone() {
    if (layoutStarted) return;
    layoutStarted = true;
    startLayout(Math.min(12000, 2000 + N * 2));
    warmUp();
    idle(warmPanel);
  }
  setTimeout(firstPictureDone, 3000);

  // ---- Warming up ----
  // A person's first filter took twice the script of the later ones (46-51 ms against 24-30 on
  // 5,000/50,000): V8 compiled the filters' loops during it, and dropped compiled code each time
  // a filter took a branch for the first time. Once the first picture is drawn, while the
  // page is idle, the filters' loops run a few times for each kind of filter on arrays of their
  // own (nothing shown changes), so that the first filter finds them compiled; and so does the
  // pass that composes the relations' layers (lines.js: warm()).
  function warmUp() {
    if (E + N <= PARTIAL) return;
    var ok = new Uint8Array(E), reach = new Uint8Array(N), edgeOut = new Uint8Array(E), nodeOut = new Uint8Array(N);
    function variant(change) {
      var s = Object.assign({}, state, { relations: state.relations.slice(), kinds: Object.assign({}, state.kinds) });
      change(s);
      return s;
    }
    var variants = [
      variant(function (s) { s.relations[0] = false; }),
      variant(function (s) { s.kinds[kindNames[0]] = false; }),
      variant(function (s) { s.minWeight = 2; }),
      variant(function (s) { if (days.length) { s.from = days[days.length >> 2]; s.to = days[(3 * days.length) >> 2]; } }),
      variant(function (s) { s.focus = order[0]; s.depth = 2; }),
    ];
    var runs = 0, RUNS = 4 * variants.length;
    idle(function step(deadline) {
      do filtered(variants[runs % variants.length], ok, reach, edgeOut, nodeOut);
      while (++runs < RUNS && deadline.timeRemaining() > 8);
      if (runs < RUNS) idle(step);
      else if (cpuLines) cpuLines.warm(REL.length);
    });
  }

  // For tests and for the curious: the state, what is shown, and how long things took.
  window.actorgraph = {
    state: state, shown: shown, metrics: metrics, sigma: sigma, graph: g, data: D,
    apply: apply, select: select, findActors: findActors, stopLayout: stopLayout,
    // Resolves once the relations of the last frame are drawn (issued to WebGL; at once when
    // they are not deferred); drawRelations() draws a pending pass now.
    relationsDrawn: function () { return new Promise(function (done) { if (!passScheduled) done(true); else passWaiters.push(done); }); },
    drawRelations: drawRelations,
    // Resolves once the selected actor's panel lists all its relations (see fillPanel()).
    panelDone: function () { return new Promise(function (done) { if (!panelRest) done(true); else panelWaiters.push(done); }); },
    // Who draws the relations: "sigma", or "page" (drawLines(), which counts them in
    // metrics.linesDrawn).
    linesBy: cpuLines ? "page" : "sigma",
    // The bytes the kept images of the relations take (lines.js).
    keptBytes: function () { return cpuLines ? cpuLines.keptBytes() : 0; },
    // The WebGL context of the relations' layer (the page's own canvas where the page draws
    // them), and the contexts that draw the picture (a pixel read of each waits for it).
    relationsContext: function () { return ownGl || sigma.webGLContexts.edges; },
    contexts: function () { return [ownGl || sigma.webGLContexts.edges, sigma.webGLContexts.nodes]; },
    edgeShown: edgeShown, nodeShown: nodeShown,
    highlighted: function () { var ids = []; if (highlight) highlight.forEach(function (h, k) { if (h) ids.push(D.nodes[k].id); }); return ids.sort(); },
    // The viewport position of an actor, and of the middle of a relation (for real clicks).
    nodePoint: function (k) { var v = sigma.graphToViewport(g.getNodeAttributes(String(k))); var r = $("diagram").getBoundingClientRect(); return [r.left + v.x, r.top + v.y]; },
    edgePoint: function (j, f) { f = f === undefined ? 0.5 : f; var a = window.actorgraph.nodePoint(D.edges[j][0]), b = window.actorgraph.nodePoint(D.edges[j][1]); return [a[0] + f * (b[0] - a[0]), a[1] + f * (b[1] - a[1])]; },
  };
  document.body.setAttribute("data-ready", "true");
})();
