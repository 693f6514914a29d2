//! Node-link JSON, the shape networkx reads with `node_link_graph(data, edges="links")`.
//!
//! ```text
//! { "directed": true, "multigraph": true,
//!   "graph": { "generator": "actorgraph", "version": "…", "schema": 1,
//!              "documents": [ { "id": "…", "sentences": 12 } ] },
//!   "nodes": [ { "id": "iran", "label": "Iran", "kind": "state", "aliases": […], "mentions": 9 } ],
//!   "links": [ { "source": "hamas", "target": "iran", "key": "proxy", "relation": "proxy",
//!                "symmetric": false, "weight": 2, "evidence": [ { "document", "sentence",
//!                "start", "end", "text", "pattern", "parties"? } ], "other_parties"? } ] }
//! ```
//! Corpus runs add, only when they have something to say (so older files read unchanged):
//! `graph.duplicates_dropped` (documents left out as copies of earlier ones) and, per link,
//! `first_seen`, `last_seen` and `daily` (supporting sentences per `YYYY-MM-DD` day of the dated
//! documents). `weight` always counts every supporting sentence, `evidence` may be capped.
//!
//! `key` is the relation, so parallel edges of different relations between the same two actors
//! stay apart in a networx MultiDiGraph. `other_parties` (mediator edges) names the other
//! parties of the mediation. Nodes are sorted by id, links by (source, target, relation).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::graph::{ActorGraph, DocumentInfo, Edge, Evidence, Node};
use crate::patterns::Relation;

/// Version of the JSON layout.
pub const SCHEMA: u32 = 1;

#[derive(Serialize, Deserialize)]
struct GraphMeta {
    generator: String,
    version: String,
    #[serde(default)]
    schema: u32,
    #[serde(default, skip_serializing_if = "is_zero")]
    duplicates_dropped: u64,
    documents: Vec<DocumentInfo>,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

#[derive(Serialize, Deserialize)]
struct Link {
    source: String,
    target: String,
    key: String,
    relation: Relation,
    symmetric: bool,
    weight: u64,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    other_parties: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    first_seen: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    last_seen: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    daily: BTreeMap<String, u64>,
    evidence: Vec<Evidence>,
}

#[derive(Serialize, Deserialize)]
struct NodeLink {
    directed: bool,
    multigraph: bool,
    graph: GraphMeta,
    nodes: Vec<Node>,
    links: Vec<Link>,
}

// Borrowed mirrors of the structures above, for writing without copying the graph.

#[derive(Serialize)]
struct GraphMetaOut<'a> {
    generator: &'a str,
    version: &'a str,
    schema: u32,
    #[serde(skip_serializing_if = "is_zero")]
    duplicates_dropped: u64,
    documents: Vec<&'a DocumentInfo>,
}

#[derive(Serialize)]
struct LinkOut<'a> {
    source: &'a str,
    target: &'a str,
    key: &'a str,
    relation: Relation,
    symmetric: bool,
    weight: u64,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    other_parties: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    first_seen: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_seen: Option<&'a str>,
    #[serde(skip_serializing_if = "no_days")]
    daily: &'a BTreeMap<String, u64>,
    evidence: &'a [Evidence],
}

fn no_days(d: &&BTreeMap<String, u64>) -> bool {
    d.is_empty()
}

#[derive(Serialize)]
struct NodeLinkOut<'a> {
    directed: bool,
    multigraph: bool,
    graph: GraphMetaOut<'a>,
    nodes: Vec<&'a Node>,
    links: Vec<LinkOut<'a>>,
}

/// Writes the graph as pretty-printed node-link JSON (with a final newline) to `out`, without
/// building it in memory first.
pub fn write_json<W: std::io::Write>(graph: &ActorGraph, mut out: W) -> std::io::Result<()> {
    let doc = NodeLinkOut {
        directed: true,
        multigraph: true,
        graph: GraphMetaOut {
            generator: "actorgraph",
            version: env!("CARGO_PKG_VERSION"),
            schema: SCHEMA,
            duplicates_dropped: graph.duplicates_dropped(),
            documents: graph.documents(),
        },
        nodes: graph.nodes(),
        links: graph
            .edges()
            .into_iter()
            .map(|(s, t, e)| LinkOut {
                source: &s.id,
                target: &t.id,
                key: e.relation.as_str(),
                relation: e.relation,
                symmetric: e.relation.is_symmetric(),
                weight: e.weight,
                other_parties: if e.relation == Relation::Mediator {
                    ActorGraph::other_parties(e, &t.id)
                } else {
                    Vec::new()
                },
                first_seen: e.first_seen(),
                last_seen: e.last_seen(),
                daily: &e.daily,
                evidence: &e.evidence,
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut out, &doc).map_err(std::io::Error::from)?;
    out.write_all(b"\n")?;
    out.flush()
}

/// The graph as pretty-printed node-link JSON (with a final newline).
pub fn to_json(graph: &ActorGraph) -> String {
    let mut bytes = Vec::new();
    write_json(graph, &mut bytes).expect("graph serialises");
    String::from_utf8(bytes).expect("JSON is UTF-8")
}

/// Reads a graph written by [`to_json`]. `file` names the source in errors.
pub fn from_json(file: &str, text: &str) -> Result<ActorGraph> {
    let doc: NodeLink = serde_json::from_str(text).map_err(|e| Error::Graph {
        file: file.to_string(),
        message: e.to_string(),
    })?;
    let mut g = ActorGraph::new();
    for n in doc.nodes {
        g.add_node(n);
    }
    for l in doc.links {
        if g.node(&l.source).is_none() || g.node(&l.target).is_none() {
            return Err(Error::Graph {
                file: file.to_string(),
                message: format!("link {} -> {} names an unknown node", l.source, l.target),
            });
        }
        let mut edge = Edge::new(l.relation);
        edge.weight = l.weight;
        edge.evidence = l.evidence;
        edge.daily = l.daily;
        g.insert_edge(&l.source, &l.target, edge);
    }
    for d in doc.graph.documents {
        g.add_document(d);
    }
    g.add_duplicates_dropped(doc.graph.duplicates_dropped);
    Ok(g)
}
