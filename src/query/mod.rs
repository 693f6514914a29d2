//! Questions asked of a saved graph: neighbours, paths, brokers, evidence, ego networks, camps
//! and statistics.
//!
//! This module owns the query engine. [`QueryGraph`] indexes an [`ActorGraph`] once (actors in
//! id order as dense numbers, edges sorted, a compressed adjacency list with every edge seen from
//! both ends); each question is a method that takes a [`Filter`] and returns an answer struct
//! that serialises to the JSON documented in the README and renders as a plain-text table.
//!
//! Rules shared by every question:
//!
//! - Actors are named by id, label or any alias, case-insensitively ([`QueryGraph::resolve`]).
//! - The [`Filter`] hides edges whose relation is not listed or whose weight is below the
//!   minimum, and actors whose kind is not listed; the actors named in the question are never
//!   hidden.
//! - Symmetric relations (ally, adversary) are walkable both ways. Directed relations (proxy →
//!   patron, mediator → party) are walkable both ways unless the question is *directed*, when
//!   they are only followed in their meaning's direction.
//! - Several relations between the same two actors make one hop; betweenness and camps work on
//!   that simple graph.
//! - Every list is sorted, ties broken by actor id, so the same graph and question always give
//!   the same answer.

mod brokers;
mod camps;
pub mod centrality;
mod evidence;
mod load;
mod neighbors;
mod path;
mod stats;
mod subgraph;
mod table;

pub use brokers::{BrokerRow, BrokersAnswer, MediatedPair, MediatorRow};
pub use camps::{Camp, CampConflict, CampEdge, CampsAnswer, Side};
pub use evidence::{EvidenceAnswer, EvidenceEdge};
pub use load::{load, load_structure};
pub use neighbors::{NeighborRow, NeighborsAnswer};
pub use path::{EvidenceRef, Hop, PathAnswer, PathRow};
pub use stats::{DegreeRow, RelationStat, StatsAnswer};

use std::collections::VecDeque;

use serde::Serialize;

use crate::graph::Relation;
use crate::graph::{ActorGraph, DocumentInfo, Edge, Evidence, Node};
use table::Table;

/// Errors of a question (the graph itself loaded fine).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum QueryError {
    /// No actor has this name; `suggestions` are the closest known ids and labels.
    #[error("no actor named {name:?}{}", did_you_mean(.suggestions))]
    UnknownActor {
        /// The name as given.
        name: String,
        /// Closest known actors, as `label (id)`.
        suggestions: Vec<String>,
    },
    /// The name is an alias of several actors.
    #[error("{name:?} names several actors: {}; use an id", .candidates.join(", "))]
    Ambiguous {
        /// The name as given.
        name: String,
        /// The actors it names, as `label (id)`.
        candidates: Vec<String>,
    },
}

fn did_you_mean(s: &[String]) -> String {
    if s.is_empty() {
        String::new()
    } else {
        format!("; did you mean {}?", s.join(", "))
    }
}

/// Filters shared by all questions. The default hides nothing.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Relations to keep (empty: all).
    pub relations: Vec<Relation>,
    /// Minimum edge weight (number of supporting sentences).
    pub min_weight: u64,
    /// Actor kinds to keep (empty: all); named actors are always kept.
    pub kinds: Vec<String>,
}

/// Which way to follow edges from an actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Edges the actor is the source of (proxy → patron, mediator → party), and symmetric ones.
    Out,
    /// Edges pointing at the actor, and symmetric ones.
    In,
    /// All edges.
    Both,
}

/// One edge of the graph with dense endpoints.
#[derive(Debug, Clone, Copy)]
struct EdgeRec<'g> {
    source: u32,
    target: u32,
    edge: &'g Edge,
}

/// An edge seen from one of its ends.
#[derive(Debug, Clone, Copy)]
struct Arc {
    other: u32,
    edge: u32,
    /// This end is the edge's source.
    out: bool,
}

/// Work allowed to [`QueryGraph::brokers`] by default, in node and arc visits (one
/// breadth-first search per source visits every actor and arc once): about 10-20 s on two cores
/// for the largest graphs. Graphs within it get exact betweenness; larger ones a sample of
/// sources that fits it (never fewer than [`MIN_SAMPLED_SOURCES`]).
pub const BROKERS_WORK: usize = 500_000_000;

/// The fewest sources a default estimate uses.
pub const MIN_SAMPLED_SOURCES: usize = 100;

/// An [`ActorGraph`] indexed for questions. Build once per loaded graph.
#[derive(Debug)]
pub struct QueryGraph<'g> {
    graph: &'g ActorGraph,
    nodes: Vec<&'g Node>,
    edges: Vec<EdgeRec<'g>>,
    adj_start: Vec<u32>,
    adj: Vec<Arc>,
}

/// A filter compiled against one graph.
struct View<'q, 'g> {
    q: &'q QueryGraph<'g>,
    relations: [bool; 4],
    min_weight: u64,
    node_ok: Option<Vec<bool>>,
}

fn rel_index(r: Relation) -> usize {
    Relation::ALL
        .iter()
        .position(|&x| x == r)
        .expect("relation in ALL")
}

impl<'q, 'g> View<'q, 'g> {
    fn new(q: &'q QueryGraph<'g>, f: &Filter, keep: &[u32]) -> Self {
        let mut relations = [f.relations.is_empty(); 4];
        for &r in &f.relations {
            relations[rel_index(r)] = true;
        }
        let node_ok = if f.kinds.is_empty() {
            None
        } else {
            let mut ok: Vec<bool> = q
                .nodes
                .iter()
                .map(|n| f.kinds.iter().any(|k| k.eq_ignore_ascii_case(&n.kind)))
                .collect();
            for &k in keep {
                ok[k as usize] = true;
            }
            Some(ok)
        };
        View {
            q,
            relations,
            min_weight: f.min_weight,
            node_ok,
        }
    }

    fn node_ok(&self, v: u32) -> bool {
        self.node_ok.as_ref().is_none_or(|ok| ok[v as usize])
    }

    fn edge_ok(&self, e: &EdgeRec) -> bool {
        self.relations[rel_index(e.edge.relation)] && e.edge.weight >= self.min_weight
    }

    /// Arcs of `v` passing the filter (edge and other end).
    fn arcs(&self, v: u32) -> impl Iterator<Item = (&'q Arc, &'q EdgeRec<'g>)> + '_ {
        self.q
            .arcs(v)
            .iter()
            .map(|a| (a, &self.q.edges[a.edge as usize]))
            .filter(|(a, e)| self.edge_ok(e) && self.node_ok(a.other))
    }

    /// Arcs of `v` that may be walked away from `v` (`forward`) or walked into `v` (`!forward`).
    fn walk(
        &self,
        v: u32,
        directed: bool,
        forward: bool,
    ) -> impl Iterator<Item = (&'q Arc, &'q EdgeRec<'g>)> + '_ {
        self.arcs(v)
            .filter(move |(a, e)| !directed || e.edge.relation.is_symmetric() || a.out == forward)
    }

    /// Distances (in hops) to `target` from every node within `limit` hops, walking backwards.
    /// Stops early once `stop` is reached when given.
    fn dist_to(&self, target: u32, directed: bool, limit: usize, stop: Option<u32>) -> Vec<u32> {
        let mut dist = vec![u32::MAX; self.q.nodes.len()];
        dist[target as usize] = 0;
        let mut queue = VecDeque::from([target]);
        while let Some(v) = queue.pop_front() {
            if Some(v) == stop {
                break;
            }
            let d = dist[v as usize];
            if d as usize >= limit {
                continue;
            }
            for (a, _) in self.walk(v, directed, false) {
                if dist[a.other as usize] == u32::MAX {
                    dist[a.other as usize] = d + 1;
                    queue.push_back(a.other);
                }
            }
        }
        dist
    }
}

/// An actor in an answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActorRef {
    /// Actor id.
    pub id: String,
    /// Display name.
    pub label: String,
    /// Actor kind.
    pub kind: String,
}

impl ActorRef {
    fn of(n: &Node) -> ActorRef {
        ActorRef {
            id: n.id.clone(),
            label: n.label.clone(),
            kind: n.kind.clone(),
        }
    }
}

fn label_id(n: &Node) -> String {
    if n.label == n.id {
        n.id.clone()
    } else {
        format!("{} ({})", n.label, n.id)
    }
}

impl<'g> QueryGraph<'g> {
    /// Indexes a graph.
    pub fn new(graph: &'g ActorGraph) -> QueryGraph<'g> {
        let pg = graph.petgraph();
        let mut order: Vec<_> = pg.node_indices().collect();
        order.sort_by(|a, b| pg[*a].id.cmp(&pg[*b].id));
        let bound = pg.node_indices().map(|i| i.index() + 1).max().unwrap_or(0);
        let mut dense = vec![u32::MAX; bound];
        for (d, i) in order.iter().enumerate() {
            dense[i.index()] = d as u32;
        }
        let nodes: Vec<&Node> = order.iter().map(|&i| &pg[i]).collect();
        let mut edges: Vec<EdgeRec> = pg
            .edge_indices()
            .map(|e| {
                let (s, t) = pg.edge_endpoints(e).expect("edge exists");
                EdgeRec {
                    source: dense[s.index()],
                    target: dense[t.index()],
                    edge: &pg[e],
                }
            })
            .collect();
        edges.sort_unstable_by_key(|e| (e.source, e.target, e.edge.relation));
        let n = nodes.len();
        let mut adj_start = vec![0u32; n + 1];
        for e in &edges {
            adj_start[e.source as usize + 1] += 1;
            adj_start[e.target as usize + 1] += 1;
        }
        for i in 0..n {
            adj_start[i + 1] += adj_start[i];
        }
        let mut fill = adj_start.clone();
        let mut adj = vec![
            Arc {
                other: 0,
                edge: 0,
                out: false
            };
            edges.len() * 2
        ];
        for (i, e) in edges.iter().enumerate() {
            let s = &mut fill[e.source as usize];
            adj[*s as usize] = Arc {
                other: e.target,
                edge: i as u32,
                out: true,
            };
            *s += 1;
            let t = &mut fill[e.target as usize];
            adj[*t as usize] = Arc {
                other: e.source,
                edge: i as u32,
                out: false,
            };
            *t += 1;
        }
        for v in 0..n {
            let (a, b) = (adj_start[v] as usize, adj_start[v + 1] as usize);
            adj[a..b]
                .sort_unstable_by_key(|a| (a.other, edges[a.edge as usize].edge.relation, !a.out));
        }
        QueryGraph {
            graph,
            nodes,
            edges,
            adj_start,
            adj,
        }
    }

    /// The indexed graph.
    pub fn graph(&self) -> &'g ActorGraph {
        self.graph
    }

    fn arcs(&self, v: u32) -> &[Arc] {
        &self.adj[self.adj_start[v as usize] as usize..self.adj_start[v as usize + 1] as usize]
    }

    fn node(&self, v: u32) -> &'g Node {
        self.nodes[v as usize]
    }

    fn aref(&self, v: u32) -> ActorRef {
        ActorRef::of(self.node(v))
    }

    /// The actor a name stands for: its id, label or any alias, case-insensitively. An exact id
    /// wins; then a label; then an alias. Unknown names come back with the closest actors.
    pub fn resolve(&self, name: &str) -> Result<u32, QueryError> {
        let want = name
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        if let Ok(i) = self.nodes.binary_search_by(|n| n.id.as_str().cmp(name)) {
            return Ok(i as u32);
        }
        // Rank 0: id, 1: label, 2: alias.
        let mut best: Option<(u8, Vec<u32>)> = None;
        for (i, n) in self.nodes.iter().enumerate() {
            // Compares without allocating: resolving scans every actor.
            let same = |s: &str| s.chars().flat_map(char::to_lowercase).eq(want.chars());
            let rank = if same(&n.id) {
                0
            } else if same(&n.label) {
                1
            } else if n.aliases.iter().any(|a| same(a)) {
                2
            } else {
                continue;
            };
            match &mut best {
                Some((r, v)) if *r == rank => v.push(i as u32),
                Some((r, _)) if *r < rank => {}
                _ => best = Some((rank, vec![i as u32])),
            }
        }
        match best {
            Some((_, v)) if v.len() == 1 => Ok(v[0]),
            Some((_, v)) => Err(QueryError::Ambiguous {
                name: name.to_string(),
                candidates: v.iter().map(|&i| label_id(self.node(i))).collect(),
            }),
            None => Err(QueryError::UnknownActor {
                name: name.to_string(),
                suggestions: self.suggest(&want),
            }),
        }
    }

    /// Up to three actors whose id, label or alias is closest to `want` (lowercase).
    fn suggest(&self, want: &str) -> Vec<String> {
        let mut scored: Vec<(f64, u32)> = self
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let names = std::iter::once(&n.id)
                    .chain(std::iter::once(&n.label))
                    .chain(&n.aliases);
                let s = names
                    .map(|x| strsim::jaro_winkler(want, &x.to_lowercase()))
                    .fold(0.0, f64::max);
                (s, i as u32)
            })
            .filter(|(s, _)| *s >= 0.7)
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        scored
            .into_iter()
            .take(3)
            .map(|(_, i)| label_id(self.node(i)))
            .collect()
    }
}

/// Pretty JSON of an answer with a final newline, tagged with the question.
pub fn to_json<T: Serialize>(question: &str, answer: &T) -> String {
    let mut v = serde_json::to_value(answer).expect("answers serialise");
    if let serde_json::Value::Object(map) = &mut v {
        map.shift_insert(0, "question".into(), question.into());
    }
    let mut s = serde_json::to_string_pretty(&v).expect("answers serialise");
    s.push('\n');
    s
}

/// Answers that render as plain-text tables.
pub trait Render {
    /// The answer as text, nothing cut (for a pipe or a file).
    fn render(&self) -> String {
        self.render_width(None)
    }

    /// The answer as text with every table fitted to `width` characters (a terminal's), long
    /// cells cut with `…` (the JSON answer has them whole).
    fn render_width(&self, width: Option<usize>) -> String;
}

/// Characters of an evidence sentence shown in a table cell; the JSON answer has it whole.
pub const EVIDENCE_CHARS: usize = 120;

fn rel_list(r: &[Relation]) -> String {
    r.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(",")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::json::{from_json, from_json_fast, to_json};

    fn sample() -> ActorGraph {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/samples/oman-mediation.txt"
        ))
        .unwrap();
        crate::Extractor::new()
            .unwrap()
            .graph(&[crate::Document::new("oman-mediation.txt", &text)])
    }

    #[test]
    fn fast_loader_reads_the_same_graph_as_from_json() {
        let json = to_json(&sample());
        let slow = from_json("sample", &json).unwrap();
        let fast = from_json_fast("sample", &json).unwrap();
        assert_eq!(to_json(&fast), to_json(&slow));
        assert_eq!(to_json(&fast), json);
    }

    #[test]
    fn fast_loader_merges_repeated_links_and_accepts_links_before_nodes() {
        let ev = |s: usize| {
            format!(
                r#"{{"document":"d","sentence":{s},"start":0,"end":1,"text":"t{s}","pattern":"p"}}"#
            )
        };
        // Links first, a symmetric link stored the wrong way round, a repeated link with
        // unsorted evidence, and an id with an escape.
        let doc = format!(
            r#"{{"links":[
                {{"source":"b","target":"a","key":"ally","relation":"ally","symmetric":true,"weight":1,"evidence":[{e2}]}},
                {{"source":"a","target":"b","key":"ally","relation":"ally","symmetric":true,"weight":2,"evidence":[{e1},{e0}]}},
                {{"source":"c\"q","target":"a","key":"proxy","relation":"proxy","symmetric":false,"weight":1,"evidence":[{e0}]}}],
              "directed":true,"multigraph":true,
              "nodes":[{{"id":"a","label":"A","kind":"state"}},{{"id":"b","label":"B","kind":"state"}},{{"id":"c\"q","label":"C","kind":"armed_group"}}],
              "graph":{{"generator":"t","version":"0","documents":[{{"id":"d","sentences":3}}]}}}}"#,
            e0 = ev(0),
            e1 = ev(1),
            e2 = ev(2)
        );
        let slow = from_json("t", &doc).unwrap();
        let fast = from_json_fast("t", &doc).unwrap();
        assert_eq!(to_json(&fast), to_json(&slow));
        let edges = fast.edges();
        assert_eq!(edges.len(), 2);
        let ally = edges
            .iter()
            .find(|e| e.2.relation == Relation::Ally)
            .unwrap();
        assert_eq!(
            (ally.0.id.as_str(), ally.1.id.as_str(), ally.2.weight),
            ("a", "b", 3)
        );
        let sentences: Vec<usize> = ally.2.evidence.iter().map(|e| e.sentence).collect();
        assert_eq!(sentences, [0, 1, 2]);
        assert!(
            from_json_fast("t", r#"{"nodes":[],"links":[]}"#).is_err(),
            "graph is required"
        );
        assert!(from_json_fast(
            "t",
            &doc.replace(
                r#""target":"a","key":"proxy""#,
                r#""target":"zz","key":"proxy""#
            )
        )
        .is_err());
    }

    #[test]
    fn resolve_prefers_ids_then_labels_then_aliases() {
        let mut g = ActorGraph::new();
        let node = |id: &str, label: &str, aliases: &[&str]| Node {
            id: id.into(),
            label: label.into(),
            kind: "state".into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            parent: None,
            country: None,
            office: None,
            mentions: 1,
        };
        g.add_node(node("georgia", "Georgia", &["Tbilisi"]));
        g.add_node(node(
            "georgia-us",
            "Georgia (U.S. state)",
            &["Georgia", "Atlanta"],
        ));
        g.add_node(node("congo", "Congo", &["the Congo"]));
        g.add_node(node("drc", "DR Congo", &["the Congo"]));
        let q = QueryGraph::new(&g);
        let id = |name: &str| q.resolve(name).map(|i| q.node(i).id.clone());
        assert_eq!(id("GEORGIA").unwrap(), "georgia");
        assert_eq!(id("atlanta").unwrap(), "georgia-us");
        assert!(
            matches!(id("the congo"), Err(QueryError::Ambiguous { candidates, .. }) if candidates == ["Congo (congo)", "DR Congo (drc)"])
        );
        match id("Goergia") {
            Err(QueryError::UnknownActor { suggestions, .. }) => {
                assert_eq!(suggestions[0], "Georgia (georgia)")
            }
            other => panic!("{other:?}"),
        }
    }
}
