//! Cytoscape.js elements JSON (`.cyjs`), which Cytoscape.js loads with `cy.json()` /
//! `cytoscape({elements})` and Cytoscape desktop imports as a `.cyjs` network.
//!
//! Nodes keep their actor id; edge ids are `relation:source->target`, and because Cytoscape
//! keeps node and edge ids in one namespace, an edge id that would clash with an actor id or
//! another edge id gets a `~2`, `~3`, … suffix. Relation and actor kind are also `classes`
//! (`mediator directed`, `ally symmetric`, `state`), so a stylesheet can select on them.

use std::collections::BTreeSet;

use serde_json::{json, Value};

use crate::graph::ActorGraph;
use crate::graph::Relation;

/// A class name made of `[a-z0-9_-]` only.
fn class(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect()
}

/// The graph as Cytoscape.js elements JSON (pretty-printed, with a final newline).
pub fn to_value(graph: &ActorGraph) -> Value {
    let mut used: BTreeSet<String> = graph.nodes().iter().map(|n| n.id.clone()).collect();
    let nodes: Vec<Value> = graph
        .nodes()
        .into_iter()
        .map(|n| {
            let mut data = json!({
                "id": n.id, "label": n.label, "kind": n.kind, "aliases": n.aliases, "mentions": n.mentions,
            });
            for (k, v) in [("parent_actor", &n.parent), ("country", &n.country), ("office", &n.office)] {
                if let Some(v) = v {
                    data[k] = json!(v);
                }
            }
            json!({ "group": "nodes", "data": data, "classes": class(&n.kind) })
        })
        .collect();
    let edges: Vec<Value> = graph
        .edges()
        .into_iter()
        .map(|(s, t, e)| {
            let base = format!("{}:{}->{}", e.relation, s.id, t.id);
            let mut id = base.clone();
            let mut k = 2;
            while used.contains(&id) {
                id = format!("{base}~{k}");
                k += 1;
            }
            used.insert(id.clone());
            let mut data = json!({
                "id": id, "source": s.id, "target": t.id, "relation": e.relation.as_str(),
                "symmetric": e.relation.is_symmetric(), "weight": e.weight,
                "evidence_count": e.evidence.len(), "documents": super::edge_documents(e), "evidence": e.evidence,
            });
            if e.relation == Relation::Mediator {
                data["other_parties"] = json!(ActorGraph::other_parties(e, &t.id));
            }
            let dir = if e.relation.is_symmetric() { "symmetric" } else { "directed" };
            json!({ "group": "edges", "data": data, "classes": format!("{} {dir}", e.relation) })
        })
        .collect();
    let documents: Vec<&str> = graph.documents().iter().map(|d| d.id.as_str()).collect();
    json!({
        "format_version": "1.0",
        "generated_by": format!("actorgraph {}", env!("CARGO_PKG_VERSION")),
        "target_cytoscapejs_version": "~3",
        "data": { "name": "actorgraph", "documents": documents },
        "elements": { "nodes": nodes, "edges": edges },
    })
}

/// The graph as Cytoscape.js elements JSON text.
pub fn to_cyjs(graph: &ActorGraph) -> String {
    let mut s = serde_json::to_string_pretty(&to_value(graph)).expect("serialises");
    s.push('\n');
    s
}
