"""Reads actorgraph's exports back with the real clients and compares them with the graph JSON.

Usage: python3 check_exports.py FORMAT GRAPH.json OUTPUT...

The expected values come from the JSON that `actorgraph extract` wrote, read with the standard
json module; the exports are read with networkx (GraphML, GEXF, node-link JSON), xml.etree
(GEXF 1.3), and the csv module (Neo4j CSVs, spreadsheet CSVs). Exits non-zero with a message on
the first mismatch; prints "ok FORMAT" on success.
"""

import csv
import json
import re
import sys
import xml.etree.ElementTree as ET

REL_TYPE = {"mediator": "MEDIATES", "adversary": "ADVERSARY_OF", "proxy": "PROXY_OF", "ally": "ALLY_OF"}


def fail(msg):
    sys.exit(f"FAIL: {msg}")


def check(cond, msg):
    if not cond:
        fail(msg)


def expected(path):
    with open(path, encoding="utf-8") as f:
        g = json.load(f)
    nodes = {n["id"]: n for n in g["nodes"]}
    links = {(l["source"], l["target"], l["relation"]): l for l in g["links"]}
    check(len(nodes) == len(g["nodes"]), "duplicate node ids in the JSON")
    return g, nodes, links


def documents(link):
    return sorted({e["document"] for e in link["evidence"]})


def camel(kind):
    return "".join(w[:1].upper() + w[1:] for w in re.split(r"[^0-9A-Za-z]+", kind) if w)


def check_graphml(graph_json, path):
    import networkx as nx

    _, nodes, links = expected(graph_json)
    # Every key must be declared before <graph> (Gephi's streaming reader).
    root = ET.parse(path).getroot()
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    tags = [c.tag for c in root]
    check(ns + "graph" in tags, "no <graph>")
    check(all(t == ns + "key" for t in tags[: tags.index(ns + "graph")]), "a non-key element before <graph>")
    check(tags.count(ns + "key") == tags.index(ns + "graph"), "a <key> after <graph>")
    types = {k.get("attr.name") + "/" + k.get("for"): k.get("attr.type") for k in root.iter(ns + "key")}
    check(types["mentions/node"] == "int" and types["weight/edge"] == "int", f"numeric keys not typed: {types}")
    check(types["symmetric/edge"] == "boolean", "symmetric not boolean")

    G = nx.read_graphml(path, force_multigraph=True)
    check(G.is_directed() and G.is_multigraph(), "not a directed multigraph")
    check_actors(G, nodes)
    for nid, n in nodes.items():
        d = G.nodes[nid]
        check(isinstance(d["mentions"], int), f"mentions of {nid!r} not an integer")
        check(d["labels"] == ":Actor" + (":" + camel(n["kind"]) if camel(n["kind"]) not in ("", "Actor") else ""), f"labels of {nid!r}: {d['labels']}")
    got = {}
    for s, t, k, d in G.edges(keys=True, data=True):
        key = (s, t, d["relation"])
        check(key not in got, f"edge {key} twice")
        got[key] = d
    check(set(got) == set(links), f"edges differ: {set(got) ^ set(links)}")
    for key, l in links.items():
        d = got[key]
        check(d["label"] == REL_TYPE[l["relation"]], f"label of {key}")
        check(d["weight"] == l["weight"] and isinstance(d["weight"], int), f"weight of {key}")
        check(d["symmetric"] is l["symmetric"], f"symmetric of {key}")
        check(d["evidence_count"] == len(l["evidence"]), f"evidence_count of {key}")
        check(json.loads(d["evidence"]) == l["evidence"], f"evidence of {key}")
        check(json.loads(d["documents"]) == documents(l), f"documents of {key}")
        if l["relation"] == "mediator":
            check(json.loads(d["other_parties"]) == l.get("other_parties", []), f"other_parties of {key}")
    check(json.loads(G.graph["documents"]) == expected(graph_json)[0]["graph"]["documents"], "graph documents")


def check_actors(G, nodes):
    """Every actor of the JSON is a node of G with the same ids and attributes."""
    check(set(G.nodes) == set(nodes), f"node ids differ: {set(G.nodes) ^ set(nodes)}")
    for nid, n in nodes.items():
        d = G.nodes[nid]
        check(d["label"] == n["label"], f"label of {nid!r}: {d['label']!r} != {n['label']!r}")
        check(d["kind"] == n["kind"], f"kind of {nid!r}")
        check(json.loads(d["aliases"]) == n["aliases"], f"aliases of {nid!r}")
        check(d["mentions"] == n["mentions"], f"mentions of {nid!r}")
        for k in ("parent", "country", "office"):
            check(d.get(k) == n.get(k), f"{k} of {nid!r}: {d.get(k)!r} != {n.get(k)!r}")


def check_gexf(graph_json, path12, path13):
    import networkx as nx

    _, nodes, links = expected(graph_json)
    root = ET.parse(path12).getroot()
    check(root.tag == "{http://www.gexf.net/1.2draft}gexf", f"1.2draft root: {root.tag}")
    G = nx.read_gexf(path12, version="1.2draft")
    # networkx makes a MultiDiGraph only when some pair has parallel edges.
    check(G.is_directed(), "not a directed graph")
    check_actors(G, nodes)
    for nid in nodes:
        check("color" in G.nodes[nid].get("viz", {}), f"no viz colour on {nid!r}")
    got = {}
    for s, t, d in G.edges(data=True):
        got[(s, t, d["relation"])] = d
    # The same relation facts as GraphML and JSON: one edge per relation, symmetric ones
    # stored once with symmetric=true (no `mutual` edge that networkx reads as two).
    check(len(G.edges) == len(links), f"{len(G.edges)} edges read, {len(links)} relations")
    check(set(got) == set(links), f"edges differ: {set(got) ^ set(links)}")
    for (s, t, r), l in links.items():
        for key in [(s, t, r)]:
            d = got[key]
            check(d["weight"] == float(l["weight"]), f"weight of {key}")
            check(d["label"] == r, f"label of {key}")
            check(d["symmetric"] is l["symmetric"], f"symmetric of {key}")
            check(d["evidence_count"] == len(l["evidence"]), f"evidence_count of {key}")
            check(json.loads(d["evidence"]) == l["evidence"], f"evidence of {key}")
    # The relation is the edge kind, so parallel edges stay apart; viz colour per relation.
    ns12 = "{http://www.gexf.net/1.2draft}"
    kinds = {}
    for e in root.iter(ns12 + "edge"):
        trip = (e.get("source"), e.get("target"), e.get("kind"))
        check(trip not in kinds, f"source-target-kind not unique: {trip}")
        kinds[trip] = e
        check(e.get("type") in (None, "directed"), f"type of {trip}: {e.get('type')}")
        color = e.find("{http://www.gexf.net/1.2draft/viz}color")
        check(color is not None, f"no viz:color on {trip}")
        kinds[trip] = (color.get("r"), color.get("g"), color.get("b"))
    for r in {k[2] for k in kinds}:
        colours = {v for k, v in kinds.items() if k[2] == r}
        check(len(colours) == 1, f"relation {r} has several colours")
    check(len({v for v in kinds.values()}) == len({k[2] for k in kinds}), "two relations share a colour")

    # 1.3: well-formed, the 1.3 namespace, same content.
    root13 = ET.parse(path13).getroot()
    check(root13.tag == "{http://gexf.net/1.3}gexf", f"1.3 root: {root13.tag}")
    check(root13.get("version") == "1.3", "1.3 version attribute")
    ns13 = "{http://gexf.net/1.3}"
    check(root13.find(f"{ns13}graph") is not None, "1.3: no graph")
    labels13 = {n.get("id"): n.get("label") for n in root13.iter(ns13 + "node")}
    check(labels13 == {i: n["label"] for i, n in nodes.items()}, "1.3 node labels differ")
    edges13 = {(e.get("source"), e.get("target"), e.get("kind")) for e in root13.iter(ns13 + "edge")}
    check(edges13 == set(links), "1.3 edges differ")
    check(root13.find(f".//{{http://gexf.net/1.3/viz}}color") is not None, "1.3: no viz colour")
    G13 = nx.read_gexf(path13, version="1.3")
    check(set(G13.nodes) == set(nodes), "1.3 read by networkx: node ids differ")


def check_cyjs(graph_json, path):
    _, nodes, links = expected(graph_json)
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    els = doc["elements"]
    ids = [e["data"]["id"] for e in els["nodes"]] + [e["data"]["id"] for e in els["edges"]]
    check(all(isinstance(i, str) and i for i in ids), "an empty or non-string id")
    check(len(ids) == len(set(ids)), "node and edge ids clash")
    check({n["data"]["id"] for n in els["nodes"]} == set(nodes), "node ids differ")
    for n in els["nodes"]:
        d = n["data"]
        want = nodes[d["id"]]
        check(n["group"] == "nodes", "group")
        check(d["label"] == want["label"] and d["kind"] == want["kind"] and d["aliases"] == want["aliases"], f"node {d['id']!r}")
        check("parent" not in d, "a `parent` key would make compound nodes")
        check(want["kind"].replace(" ", "_") in n["classes"].split(), f"kind class of {d['id']!r}")
    got = {}
    for e in els["edges"]:
        d = e["data"]
        check(e["group"] == "edges", "group")
        check(d["source"] in nodes and d["target"] in nodes, f"edge {d['id']!r} names an unknown node")
        got[(d["source"], d["target"], d["relation"])] = e
    check(set(got) == set(links), "edges differ")
    for key, l in links.items():
        e = got[key]
        classes = e["classes"].split()
        check(l["relation"] in classes, f"relation class of {key}")
        check(("symmetric" if l["symmetric"] else "directed") in classes, f"direction class of {key}")
        check(e["data"]["weight"] == l["weight"] and e["data"]["evidence"] == l["evidence"], f"data of {key}")


def parse_cypher_strings(text):
    """Every single-quoted Cypher string literal, unescaped (the Cypher lexer's rules)."""
    out, i = [], 0
    esc = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}
    while i < len(text):
        c = text[i]
        if c == "'":
            i += 1
            buf = []
            while True:
                check(i < len(text), "unterminated Cypher string")
                c = text[i]
                if c == "\\":
                    n = text[i + 1]
                    if n == "u":
                        buf.append(chr(int(text[i + 2 : i + 6], 16)))
                        i += 6
                        continue
                    check(n in esc, f"bad Cypher escape \\{n}")
                    buf.append(esc[n])
                    i += 2
                elif c == "'":
                    i += 1
                    break
                else:
                    check(c not in "\n\r", "raw line break in a Cypher string")
                    buf.append(c)
                    i += 1
            out.append("".join(buf))
        else:
            i += 1
    return out


def check_neo4j(graph_json, folder, cypher):
    _, nodes, links = expected(graph_json)
    with open(f"{folder}/actors.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, strict=True))
    header = rows[0]
    check(header[0] == "id:ID(Actor)", f"actors header: {header}")
    check(":LABEL" in header, "no :LABEL column")
    for h in header:
        check(re.fullmatch(r"[A-Za-z_]*(:(ID\(Actor\)|LABEL|long|int|double|boolean|string)(\[\])?)?", h), f"bad header field {h!r}")
    col = {h.split(":")[0] or h: i for i, h in enumerate(header)}
    seen = set()
    for r in rows[1:]:
        check(len(r) == len(header), f"actors row has {len(r)} fields")
        nid = r[0]
        seen.add(nid)
        n = nodes[nid]
        check(r[col["name"]] == n["label"], f"name of {nid!r}: {r[col['name']]!r}")
        check(r[col["kind"]] == n["kind"], f"kind of {nid!r}")
        check(r[col["aliases"]] == ";".join(n["aliases"]), f"aliases of {nid!r}")
        check(int(r[col["mentions"]]) == n["mentions"], f"mentions of {nid!r}")
        labels = r[header.index(":LABEL")].split(";")
        check(labels[0] == "Actor" and all(re.fullmatch(r"[A-Za-z][A-Za-z0-9]*", x) for x in labels), f"labels {labels}")
    check(seen == set(nodes), "actors differ")
    with open(f"{folder}/relations.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, strict=True))
    header = rows[0]
    check(header[:3] == [":START_ID(Actor)", ":END_ID(Actor)", ":TYPE"], f"relations header: {header[:3]}")
    for h in header[3:]:
        check(re.fullmatch(r"[A-Za-z_]+(:(long|int|double|boolean|string)(\[\])?)?", h), f"bad header field {h!r}")
    col = {h.split(":")[0]: i for i, h in enumerate(header)}
    got = {}
    for r in rows[1:]:
        check(len(r) == len(header), "relations row length")
        check(r[0] in nodes and r[1] in nodes, "relation names an unknown actor")
        key = (r[0], r[1], r[col["relation"]])
        got[key] = r
        l = links[key]
        check(r[2] == REL_TYPE[l["relation"]], f"type of {key}")
        check(int(r[col["weight"]]) == l["weight"], f"weight of {key}")
        check(r[col["symmetric"]] == str(l["symmetric"]).lower(), f"symmetric of {key}")
        check(r[col["documents"]].split(";") == documents(l), f"documents of {key}")
        check(json.loads(r[col["evidence"]]) == l["evidence"], f"evidence of {key}")
    check(set(got) == set(links), "relations differ")
    # The raw file doubles quotes and quotes every text field.
    raw = open(f"{folder}/actors.csv", encoding="utf-8").read()
    for n in nodes.values():
        if '"' in n["label"]:
            check('"' + n["label"].replace('"', '""') + '"' in raw, f"quotes of {n['label']!r} not doubled")

    text = open(cypher, encoding="utf-8").read()
    strings = parse_cypher_strings(text)
    for n in nodes.values():
        check(n["id"] in strings, f"Cypher lost id {n['id']!r}")
        check(n["label"] in strings, f"Cypher lost name {n['label']!r}")
        for a in n["aliases"]:
            check(a in strings, f"Cypher lost alias {a!r}")
    for l in links.values():
        check(json.dumps(l["evidence"], ensure_ascii=False, separators=(",", ":")) in strings, "Cypher lost evidence")
    merges = [s for s in text.splitlines() if s.startswith("MERGE (a:Actor")]
    check(len(merges) == len(nodes), "one MERGE per actor")
    rels = [s for s in text.splitlines() if s.startswith("MATCH ")]
    check(len(rels) == len(links), "one MERGE per relation")
    for l in links.values():
        check(any(f"[r:{REL_TYPE[l['relation']]}]" in s for s in rels), "relation type missing")


def check_csv(graph_json, folder):
    _, nodes, links = expected(graph_json)
    with open(f"{folder}/nodes.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, strict=True))
    check({r["id"] for r in rows} == set(nodes), "nodes differ")
    for r in rows:
        n = nodes[r["id"]]
        check(r["label"] == n["label"] and r["kind"] == n["kind"], f"node {r['id']!r}")
        check(r["aliases"] == "; ".join(n["aliases"]), f"aliases of {r['id']!r}")
        deg = sum(1 for (s, t, _) in links if r["id"] in (s, t))
        check(int(r["degree"]) == deg, f"degree of {r['id']!r}")
    with open(f"{folder}/edges.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, strict=True))
    got = {(r["source"], r["target"], r["relation"]): r for r in rows}
    check(set(got) == set(links), "edges differ")
    for key, l in links.items():
        r = got[key]
        check(r["source_label"] == nodes[key[0]]["label"], f"source label of {key}")
        check(int(r["weight"]) == l["weight"], f"weight of {key}")
        check(r["directed"] == str(not l["symmetric"]).lower(), f"directed of {key}")
        want = "\n".join(f"{e['document']}#{e['sentence']}: {e['text']}" for e in l["evidence"])
        check(r["evidence"] == want, f"evidence of {key}")


def check_json(graph_json):
    import networkx as nx

    g, nodes, links = expected(graph_json)
    G = nx.node_link_graph(g, edges="links")
    check(G.is_directed() and G.is_multigraph(), "not a directed multigraph")
    check(set(G.nodes) == set(nodes), "nodes differ")
    check({(s, t, k) for s, t, k in G.edges(keys=True)} == set(links), "edges differ")


def main():
    fmt, graph_json, *out = sys.argv[1:]
    {
        "graphml": lambda: check_graphml(graph_json, *out),
        "gexf": lambda: check_gexf(graph_json, *out),
        "cyjs": lambda: check_cyjs(graph_json, *out),
        "neo4j": lambda: check_neo4j(graph_json, *out),
        "csv": lambda: check_csv(graph_json, *out),
        "json": lambda: check_json(graph_json),
    }[fmt]()
    print(f"ok {fmt}")


if __name__ == "__main__":
    main()
