(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var svg = document.querySelector("#diagram svg");
  var panel = document.getElementById("panel");
  var search = document.getElementById("search");
  var matches = document.getElementById("matches");
  var nodeEls = data.nodes.map(function (n, i) { return document.getElementById("a" + i); });
  var edgeEls = data.edges.map(function (e, i) { return document.getElementById("r" + i); });
  var incident = data.nodes.map(function () { return []; });
  data.edges.forEach(function (e, i) { incident[e.source].push(i); incident[e.target].push(i); });
  var pinned = false;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function fold(s) {
    return String(s).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function each(list, f) { Array.prototype.forEach.call(list, f); }
  function clear() {
    if (svg) svg.classList.remove("focus");
    each(document.querySelectorAll("#diagram .hl, #diagram .sel"), function (x) { x.classList.remove("hl", "sel"); });
  }
  function mark(g, cls) { if (g) g.classList.add(cls); }
  function nodeButton(i) {
    var b = el("button", "link", data.nodes[i].label);
    b.addEventListener("click", function () { selectNode(i); });
    return b;
  }
  function relationLine(i, from) {
    var e = data.edges[i];
    var li = el("li");
    var b = el("button", "link");
    var other = e.source === from ? e.target : e.source;
    var arrow = e.symmetric ? " — " : (e.source === from ? " → " : " ← ");
    b.appendChild(el("span", "rel " + e.relation, e.relation));
    b.appendChild(document.createTextNode(arrow + data.nodes[other].label + (e.weight > 1 ? " ×" + e.weight : "")));
    b.addEventListener("click", function () { selectEdge(i); });
    li.appendChild(b);
    return li;
  }
  function showEdge(i) {
    var e = data.edges[i];
    panel.textContent = "";
    panel.setAttribute("data-edge", String(i));
    panel.removeAttribute("data-node");
    var h = el("h2");
    h.appendChild(nodeButton(e.source));
    h.appendChild(document.createTextNode(e.symmetric ? " — " : " → "));
    h.appendChild(nodeButton(e.target));
    panel.appendChild(h);
    var p = el("p");
    p.appendChild(el("span", "rel " + e.relation, e.relation));
    p.appendChild(document.createTextNode(" weight " + e.weight + " · " + e.evidence.length + " evidence sentence" + (e.evidence.length === 1 ? "" : "s")));
    panel.appendChild(p);
    if (e.other_parties.length) {
      panel.appendChild(el("p", null, "Other parties of the mediation: " + e.other_parties.join(", ")));
    }
    var ol = el("ol", "evidence");
    e.evidence.forEach(function (ev) {
      var li = el("li");
      li.appendChild(el("span", "doc", ev.document + " · sentence " + ev.sentence));
      li.appendChild(el("span", "text", ev.text));
      ol.appendChild(li);
    });
    panel.appendChild(ol);
  }
  function selectEdge(i) {
    pinned = true;
    clear();
    var e = data.edges[i];
    svg.classList.add("focus");
    mark(edgeEls[i], "hl"); mark(edgeEls[i], "sel");
    mark(nodeEls[e.source], "hl"); mark(nodeEls[e.target], "hl");
    showEdge(i);
  }
  function selectNode(i) {
    pinned = true;
    clear();
    var n = data.nodes[i];
    svg.classList.add("focus");
    mark(nodeEls[i], "hl"); mark(nodeEls[i], "sel");
    incident[i].forEach(function (k) {
      var e = data.edges[k];
      mark(edgeEls[k], "hl"); mark(nodeEls[e.source], "hl"); mark(nodeEls[e.target], "hl");
    });
    panel.textContent = "";
    panel.setAttribute("data-node", n.id);
    panel.removeAttribute("data-edge");
    panel.appendChild(el("h2", null, n.label));
    panel.appendChild(el("p", null, n.kind + " · id " + n.id + " · " + n.mentions + " mention" + (n.mentions === 1 ? "" : "s")));
    if (n.aliases.length) panel.appendChild(el("p", "aliases", "Also: " + n.aliases.join(" · ")));
    var ol = el("ul", "relations");
    incident[i].forEach(function (k) { ol.appendChild(relationLine(k, i)); });
    if (!incident[i].length) ol.appendChild(el("li", null, "No relation."));
    panel.appendChild(ol);
    if (nodeEls[i] && nodeEls[i].scrollIntoView) nodeEls[i].scrollIntoView({ block: "center", inline: "center" });
  }

  edgeEls.forEach(function (g, i) {
    if (!g) return;
    var path = g.querySelector("path");
    if (path) {
      var hit = path.cloneNode(false);
      hit.setAttribute("class", "hit");
      hit.removeAttribute("stroke-dasharray");
      g.appendChild(hit);
    }
    g.addEventListener("mouseenter", function () { if (!pinned) showEdge(i); });
    g.addEventListener("click", function (ev) { ev.preventDefault(); ev.stopPropagation(); selectEdge(i); });
  });
  nodeEls.forEach(function (g, i) {
    if (!g) return;
    g.addEventListener("click", function (ev) { ev.preventDefault(); ev.stopPropagation(); selectNode(i); });
  });
  if (svg) {
    svg.addEventListener("click", function () {
      pinned = false;
      clear();
      panel.removeAttribute("data-edge");
      panel.removeAttribute("data-node");
    });
  }

  var names = data.nodes.map(function (n) { return [n.label, n.id].concat(n.aliases).map(fold); });
  function find(q) {
    q = fold(q.trim());
    if (!q) return [];
    var exact = [], prefix = [], inner = [];
    names.forEach(function (list, i) {
      if (list.indexOf(q) >= 0) exact.push(i);
      else if (list.some(function (s) { return s.indexOf(q) === 0; })) prefix.push(i);
      else if (list.some(function (s) { return s.indexOf(q) > 0; })) inner.push(i);
    });
    return exact.concat(prefix, inner).slice(0, 12);
  }
  function showMatches() {
    matches.textContent = "";
    find(search.value).forEach(function (i, k) {
      var n = data.nodes[i];
      var li = el("li", k === 0 ? "active" : null);
      li.setAttribute("data-node", n.id);
      li.appendChild(document.createTextNode(n.label + " "));
      var q = fold(search.value.trim());
      var via = [n.id].concat(n.aliases).filter(function (a) { return fold(a).indexOf(q) >= 0; })[0];
      li.appendChild(el("small", null, via && fold(n.label).indexOf(q) < 0 ? "(" + via + ")" : n.kind));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); pick(i); });
      matches.appendChild(li);
    });
  }
  function pick(i) {
    matches.textContent = "";
    selectNode(i);
  }
  search.addEventListener("input", showMatches);
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var r = find(search.value);
      if (r.length) pick(r[0]);
    } else if (ev.key === "Escape") {
      matches.textContent = "";
    }
  });
  search.addEventListener("blur", function () { setTimeout(function () { matches.textContent = ""; }, 150); });
  document.body.setAttribute("data-ready", "true");
})();
