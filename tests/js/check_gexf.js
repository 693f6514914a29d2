// Reads actorgraph's GEXF with graphology-gexf (the parser of sigma.js and Gephi Lite), default
// options, and checks it holds the same relation facts as the graph JSON: every actor, one edge
// per relation with its relation, weight and symmetric flag, nothing more.
//
// Usage: node check_gexf.js GRAPH.json GRAPH.gexf   (prints "ok gexf graphology")
"use strict";
const fs = require("fs");
const Graph = require("graphology");
const gexf = require("graphology-gexf");

function fail(msg) {
  console.error(`FAIL: ${msg}`);
  process.exit(1);
}

const [jsonPath, gexfPath] = process.argv.slice(2);
const want = JSON.parse(fs.readFileSync(jsonPath, "utf8"));
let g;
try {
  g = gexf.parse(Graph, fs.readFileSync(gexfPath, "utf8"));
} catch (e) {
  fail(`graphology-gexf cannot parse ${gexfPath}: ${e.message}`);
}
if (g.order !== want.nodes.length) fail(`${g.order} nodes read, ${want.nodes.length} actors`);
for (const n of want.nodes) {
  if (!g.hasNode(n.id)) fail(`actor ${n.id} missing`);
  if (g.getNodeAttribute(n.id, "label") !== n.label) fail(`label of ${n.id}`);
}
if (g.size !== want.links.length) fail(`${g.size} edges read, ${want.links.length} relations`);
const wanted = new Map(want.links.map((l) => [`${l.source}|${l.target}|${l.relation}`, l]));
g.forEachEdge((e, a, s, t) => {
  if (!g.isDirected(e)) fail(`edge ${s}-${t} read as undirected`);
  const l = wanted.get(`${s}|${t}|${a.relation}`);
  if (!l) fail(`unexpected edge ${s} -> ${t} (${a.relation})`);
  if (a.weight !== l.weight) fail(`weight of ${s} -> ${t}: ${a.weight} != ${l.weight}`);
  if (a.symmetric !== l.symmetric) fail(`symmetric of ${s} -> ${t}`);
  wanted.delete(`${s}|${t}|${a.relation}`);
});
if (wanted.size) fail(`relations missing: ${[...wanted.keys()].join(", ")}`);
console.log("ok gexf graphology");
