// actorgraph's HTML explorer: draws the inline graph data with sigma.js (WebGL) and graphology,
// filters it, searches it and shows the evidence. Everything it needs is in the page.
(function () {
  "use strict";
  var V = window.ActorgraphVendor;
  var D = JSON.parse(document.getElementById("graph-data").textContent);
  var N = D.nodes.length, E = D.edges.length;
  var REL = D.relations;
  var $ = function (id) { return document.getElementById(id); };
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
  var highlight = null; // node index -> true, for the selected actor's neighbourhood
  var shown = { actors: 0, relations: 0 };

  function edgePasses(e) {
    if (!state.relations[e[2]] || e[3] < state.minWeight) return false;
    if (!state.kinds[D.nodes[e[0]].kind] || !state.kinds[D.nodes[e[1]].kind]) return false;
    // An undated edge (no dated document) passes only an open range.
    if (state.from && !(e[5] && e[5] >= state.from)) return false;
    if (state.to && !(e[4] && e[4] <= state.to)) return false;
    return true;
  }

  function apply() {
    var j, pass = new Uint8Array(E);
    for (j = 0; j < E; j++) pass[j] = edgePasses(D.edges[j]) ? 1 : 0;
    var inFocus = null;
    if (state.focus !== null) {
      inFocus = new Uint8Array(N);
      inFocus[state.focus] = 1;
      var frontier = [state.focus];
      for (var d = 0; d < state.depth; d++) {
        var next = [];
        frontier.forEach(function (v) {
          adj[v].forEach(function (j) {
            if (!pass[j]) return;
            var e = D.edges[j], o = e[0] === v ? e[1] : e[0];
            if (!inFocus[o]) { inFocus[o] = 1; next.push(o); }
          });
        });
        frontier = next;
      }
    }
    nodeShown.fill(0);
    shown.relations = 0;
    for (j = 0; j < E; j++) {
      var e = D.edges[j];
      var ok = pass[j] && (!inFocus || (inFocus[e[0]] && inFocus[e[1]]));
      edgeShown[j] = ok ? 1 : 0;
      if (ok) { nodeShown[e[0]] = 1; nodeShown[e[1]] = 1; shown.relations++; }
    }
    if (inFocus) nodeShown[state.focus] = 1;
    shown.actors = 0;
    for (var k = 0; k < N; k++) shown.actors += nodeShown[k];
    D.leads.forEach(function (l, j) { leadShown[j] = state.leads && nodeShown[l[0]] && nodeShown[l[1]] ? 1 : 0; });
    if (state.selectedNode !== null && !nodeShown[state.selectedNode]) select(null);
    if (state.selectedEdge !== null && !edgeShown[state.selectedEdge]) select(null);
    $("stats").textContent = "showing " + shown.actors + " of " + N + " actors · " + shown.relations + " of " + E + " relations";
    $("focus-name").textContent = state.focus === null ? "none" : D.nodes[state.focus].label;
    if (sigma) sigma.refresh({ skipIndexation: true });
  }

  // ---- Drawing ----
  var sigma = null;
  function nodeReducer(key, data) {
    var k = +key;
    if (!nodeShown[k]) return Object.assign({}, data, { hidden: true });
    var res = data;
    if (highlight && !highlight[k]) res = Object.assign({}, data, { color: "#dddddd", label: "", zIndex: 0 });
    else if (highlight) res = Object.assign({}, data, { zIndex: 1, forceLabel: true });
    if (state.selectedNode === k) res = Object.assign({}, res, { highlighted: true, forceLabel: true });
    return res;
  }
  function edgeReducer(key, data) {
    var j = +key.slice(1);
    if (key[0] === "l") return leadShown[j] ? data : Object.assign({}, data, { hidden: true });
    if (!edgeShown[j]) return Object.assign({}, data, { hidden: true });
    if (state.selectedEdge === j) return Object.assign({}, data, { size: data.size + 3, zIndex: 2 });
    if (highlight) {
      var e = D.edges[j];
      if (!(highlight[e[0]] && highlight[e[1]] && (e[0] === state.selectedNode || e[1] === state.selectedNode)))
        return Object.assign({}, data, { color: "#eeeeee", zIndex: 0 });
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
    var ul = el("ul", { cls: "relations" }), count = 0;
    adj[k].forEach(function (j) {
      if (!edgeShown[j]) return;
      var e = D.edges[j], other = e[0] === k ? e[1] : e[0];
      var b = el("button", { cls: "link", type: "button", "data-edge": String(j), text: "weight " + e[3] });
      b.addEventListener("click", function () { select({ edge: j }); });
      ul.appendChild(el("li", null, [relBadge(e[2]), " ", e[0] === k ? "→ " : "← ", D.nodes[other].label, " ", b]));
      count++;
    });
    panel.appendChild(el("p", { text: count + " relations shown" }));
    panel.appendChild(ul);
  }
  function select(what) {
    state.selectedNode = what && what.node !== undefined ? what.node : null;
    state.selectedEdge = what && what.edge !== undefined ? what.edge : null;
    highlight = null;
    if (state.selectedNode !== null) {
      highlight = {};
      highlight[state.selectedNode] = true;
      adj[state.selectedNode].forEach(function (j) { if (edgeShown[j]) { var e = D.edges[j]; highlight[e[0]] = true; highlight[e[1]] = true; } });
      showNode(state.selectedNode);
    } else if (state.selectedEdge !== null) {
      showEdge(state.selectedEdge);
    } else {
      panel.removeAttribute("data-node");
      panel.removeAttribute("data-edge");
      panel.replaceChildren(el("p", { cls: "hint", text: "Click a relation to see its evidence, an actor to see its relations." }));
    }
    if (sigma) sigma.refresh({ skipIndexation: true });
  }

  // ---- Filters ----
  var fr = $("f-relations");
  REL.forEach(function (r, i) {
    var n = D.edges.filter(function (e) { return e[2] === i; }).length;
    var box = el("input", { type: "checkbox", "data-relation": r.name });
    box.checked = true;
    box.addEventListener("change", function () { state.relations[i] = box.checked; apply(); });
    var line = el("span", { cls: "line" });
    line.style.background = r.color;
    fr.appendChild(el("label", null, [box, " ", line, r.name + " ", el("span", { cls: "n", text: "(" + n + ")" })]));
  });
  var fk = $("f-kinds");
  Object.keys(D.kinds).forEach(function (kind) {
    var n = D.nodes.filter(function (x) { return x.kind === kind; }).length;
    var box = el("input", { type: "checkbox", "data-kind": kind });
    box.checked = true;
    box.addEventListener("change", function () { state.kinds[kind] = box.checked; apply(); });
    var dot = el("span", { cls: "swatch" });
    dot.style.background = D.kinds[kind];
    fk.appendChild(el("label", null, [box, " ", dot, kind.replace(/_/g, " ") + " ", el("span", { cls: "n", text: "(" + n + ")" })]));
  });
  $("f-weight").addEventListener("input", function () { state.minWeight = Math.max(1, +this.value || 1); apply(); });
  if (dates.length) {
    $("f-from").min = $("f-to").min = dates[0];
    $("f-from").max = $("f-to").max = lastDates[lastDates.length - 1];
  } else {
    $("f-from").disabled = $("f-to").disabled = true;
    $("f-dates").appendChild(el("p", { cls: "n", text: "no dated documents" }));
  }
  $("f-from").addEventListener("change", function () { state.from = this.value; apply(); });
  $("f-to").addEventListener("change", function () { state.to = this.value; apply(); });
  $("f-depth").addEventListener("change", function () { state.depth = +this.value; apply(); });
  $("f-unfocus").addEventListener("click", function () { state.focus = null; apply(); fit(); });
  $("f-leads").addEventListener("change", function () { state.leads = this.checked; apply(); });
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
  function fit() { if (sigma) sigma.getCamera().animatedReset({ duration: 200 }); }
  var metrics = { firstPicture: null, renders: 0 };
  apply();
  try {
    sigma = new V.Sigma(g, $("diagram"), {
      nodeReducer: nodeReducer, edgeReducer: edgeReducer,
      edgeProgramClasses: { arrow: V.EdgeArrowProgram, line: V.EdgeLineProgram },
      defaultEdgeType: "line", enableEdgeEvents: E <= 20000, zIndex: true,
      // Every name on a small graph; on a large one the labels of the bigger dots, spread out.
      labelDensity: 0.5, labelRenderedSizeThreshold: N <= 150 ? 0 : 7, hideEdgesOnMove: E > 20000,
      stagePadding: 40,
    });
  } catch (err) {
    $("diagram").appendChild(el("p", { id: "nogl", text: "This browser cannot draw the graph (WebGL is off): " + err.message }));
    document.body.setAttribute("data-ready", "nogl");
    return;
  }
  sigma.on("afterRender", function () {
    metrics.renders++;
    if (metrics.firstPicture === null) metrics.firstPicture = performance.now();
  });
  sigma.on("clickNode", function (ev) { select({ node: +ev.node }); });
  sigma.on("clickEdge", function (ev) { if (ev.edge[0] === "e") select({ edge: +ev.edge.slice(1) }); });
  sigma.on("clickStage", function () { select(null); });
  sigma.refresh();
  var layout = null, layoutButton = $("layout");
  function stopLayout() { if (layout) { layout.kill(); layout = null; } layoutButton.textContent = "Run layout"; }
  function startLayout(ms) {
    if (N < 2 || !V.FA2Layout) return;
    try {
      layout = new V.FA2Layout(g, { settings: { barnesHutOptimize: N > 300, gravity: 1, scalingRatio: 4, slowDown: 2 + Math.log(N), strongGravityMode: true, adjustSizes: false } });
      layout.start();
      layoutButton.textContent = "Stop layout";
      setTimeout(stopLayout, ms);
    } catch (err) { layout = null; layoutButton.textContent = "Layout unavailable"; }
  }
  layoutButton.addEventListener("click", function () { if (layout) stopLayout(); else startLayout(10000); });
  $("fit").addEventListener("click", fit);
  startLayout(Math.min(12000, 2000 + N * 2));

  // For tests and for the curious: the state, what is shown, and how long things took.
  window.actorgraph = {
    state: state, shown: shown, metrics: metrics, sigma: sigma, graph: g, data: D,
    apply: apply, select: select, findActors: findActors, stopLayout: stopLayout,
    edgeShown: edgeShown, nodeShown: nodeShown,
    highlighted: function () { return highlight ? Object.keys(highlight).map(function (k) { return D.nodes[k].id; }).sort() : []; },
    // The viewport position of an actor, and of the middle of a relation (for real clicks).
    nodePoint: function (k) { var v = sigma.graphToViewport(g.getNodeAttributes(String(k))); var r = $("diagram").getBoundingClientRect(); return [r.left + v.x, r.top + v.y]; },
    edgePoint: function (j, f) { f = f === undefined ? 0.5 : f; var a = window.actorgraph.nodePoint(D.edges[j][0]), b = window.actorgraph.nodePoint(D.edges[j][1]); return [a[0] + f * (b[0] - a[0]), a[1] + f * (b[1] - a[1])]; },
  };
  document.body.setAttribute("data-ready", "true");
})();
