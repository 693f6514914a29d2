#!/usr/bin/env python3
"""Checks `actorgraph query GRAPH brokers --json` against networkx on 50 random graphs.

Usage: betweenness_vs_networkx.py ACTORGRAPH_BINARY WORK_DIR

The graphs come from a fixed seed, so every run checks the same 50 graphs. Each graph is
written as actorgraph node-link JSON with random relations (parallel edges of different
relations, proxies both ways, isolated actors) and asked three ways: undirected over all
relations, directed (`--directed`: symmetric relations both ways, proxy/mediator one way), and
filtered (`--relation proxy,ally`). Betweenness, normalised and raw, must agree with networkx's
`betweenness_centrality` to 1e-9. Exits non-zero on the first disagreement.
"""
import json
import random
import subprocess
import sys
from pathlib import Path

import networkx as nx

RELATIONS = ["mediator", "adversary", "proxy", "ally"]
SYMMETRIC = {"adversary", "ally"}
TOLERANCE = 1e-9


def random_graph(rng, index):
    n = rng.randint(3, 40)
    ids = [f"actor-{index:02d}-{i:02d}" for i in range(n)]
    density = rng.choice([0.05, 0.1, 0.2, 0.4])
    links = {}
    for a in range(n):
        for b in range(n):
            if a == b or rng.random() > density:
                continue
            rel = rng.choice(RELATIONS)
            s, t = ids[a], ids[b]
            if rel in SYMMETRIC and t < s:
                s, t = t, s
            links[(s, t, rel)] = rng.randint(1, 4)
    nodes = [{"id": i, "label": i.replace("-", " ").title(), "kind": rng.choice(["state", "armed_group"]),
              "aliases": [], "mentions": 1} for i in ids]
    return {
        "directed": True,
        "multigraph": True,
        "graph": {"generator": "actorgraph", "version": "test", "schema": 1,
                  "documents": [{"id": "generated.txt", "sentences": 1}]},
        "nodes": nodes,
        "links": [
            {"source": s, "target": t, "key": rel, "relation": rel, "symmetric": rel in SYMMETRIC,
             "weight": w,
             "evidence": [{"document": "generated.txt", "sentence": 0, "start": 0, "end": 1,
                           "text": f"{s} {rel} {t}.", "pattern": "test"}]}
            for (s, t, rel), w in sorted(links.items())
        ],
    }


def networkx_graph(doc, directed, relations):
    g = nx.DiGraph() if directed else nx.Graph()
    g.add_nodes_from(n["id"] for n in doc["nodes"])
    for link in doc["links"]:
        if link["relation"] not in relations:
            continue
        s, t = link["source"], link["target"]
        g.add_edge(s, t)
        if directed and link["symmetric"]:
            g.add_edge(t, s)
    return g


def check(binary, path, doc, directed, relations):
    args = [binary, "query", str(path), "brokers", "--top", "0", "--json"]
    if directed:
        args.append("--directed")
    if relations != RELATIONS:
        args += ["--relation", ",".join(relations)]
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    answer = json.loads(out)
    got = {b["id"]: (b["betweenness"], b["raw"]) for b in answer["brokers"]}
    g = networkx_graph(doc, directed, relations)
    want_norm = nx.betweenness_centrality(g)
    want_raw = nx.betweenness_centrality(g, normalized=False)
    if set(got) != set(want_norm):
        raise SystemExit(f"{path}: actors differ: {sorted(set(got) ^ set(want_norm))}")
    worst = 0.0
    for actor, (norm, raw) in got.items():
        worst = max(worst, abs(norm - want_norm[actor]), abs(raw - want_raw[actor]))
        if abs(norm - want_norm[actor]) > TOLERANCE or abs(raw - want_raw[actor]) > TOLERANCE:
            raise SystemExit(f"{path} directed={directed} relations={relations}: {actor}: "
                             f"actorgraph {norm!r}/{raw!r}, networkx {want_norm[actor]!r}/{want_raw[actor]!r}")
    ranked = [b["id"] for b in answer["brokers"]]
    expected = sorted(want_norm, key=lambda a: (-got[a][0], a))
    if ranked != expected:
        raise SystemExit(f"{path}: ranking not by (betweenness desc, id): {ranked}")
    return worst


def main():
    binary, work = sys.argv[1], Path(sys.argv[2])
    rng = random.Random(20240611)
    worst = 0.0
    nonzero = 0
    for index in range(50):
        doc = random_graph(rng, index)
        path = work / f"random-{index:02d}.json"
        path.write_text(json.dumps(doc, indent=1))
        for directed, relations in [(False, RELATIONS), (True, RELATIONS), (False, ["proxy", "ally"])]:
            worst = max(worst, check(binary, path, doc, directed, relations))
        nonzero += any(v > 0 for v in nx.betweenness_centrality(networkx_graph(doc, False, RELATIONS)).values())
    if nonzero < 40:
        raise SystemExit(f"only {nonzero} of 50 graphs have a non-zero betweenness: the check is too weak")
    print(f"50 graphs x 3 ways agree with networkx {nx.__version__}; largest difference {worst:.3g}")


if __name__ == "__main__":
    main()
