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

pub mod centrality;
mod table;

use std::collections::{BTreeMap, BTreeSet, VecDeque};

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

/// One row of a neighbours answer: an edge from an actor at `depth - 1` to one first reached at
/// `depth`.
#[derive(Debug, Clone, Serialize)]
pub struct NeighborRow {
    /// The neighbour.
    #[serde(flatten)]
    pub actor: ActorRef,
    /// Hops from the asked actor.
    pub depth: usize,
    /// The actor at `depth - 1` it is linked to.
    pub via: String,
    /// Relation of the linking edge.
    pub relation: Relation,
    /// `out` (via → neighbour), `in` (neighbour → via) or `both` (symmetric).
    pub direction: &'static str,
    /// Weight of the linking edge.
    pub weight: u64,
}

/// Answer to `neighbors`.
#[derive(Debug, Clone, Serialize)]
pub struct NeighborsAnswer {
    /// The asked actor.
    pub actor: ActorRef,
    /// Direction followed.
    pub direction: Direction,
    /// Maximum depth.
    pub depth: usize,
    /// The rows, sorted by (depth, neighbour id, via id, relation, direction).
    pub neighbors: Vec<NeighborRow>,
}

/// The sentence shown for a hop.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceRef {
    /// Document id.
    pub document: String,
    /// Sentence index.
    pub sentence: usize,
    /// The sentence.
    pub text: String,
}

/// One hop of a path.
#[derive(Debug, Clone, Serialize)]
pub struct Hop {
    /// From this actor…
    pub from: String,
    /// …to this one.
    pub to: String,
    /// Relation of the strongest edge between them (highest weight, then relation order).
    pub relation: Relation,
    /// `forward` (the edge points from → to), `backward`, or `both` (symmetric).
    pub direction: &'static str,
    /// Weight of that edge.
    pub weight: u64,
    /// Every relation between the two actors that passes the filter.
    pub relations: Vec<Relation>,
    /// The first sentence (in document order) of the strongest edge.
    pub evidence: Option<EvidenceRef>,
}

/// One path.
#[derive(Debug, Clone, Serialize)]
pub struct PathRow {
    /// Number of hops.
    pub hops: usize,
    /// Actor ids from start to end.
    pub actors: Vec<String>,
    /// The hops.
    pub steps: Vec<Hop>,
}

/// Answer to `path`.
#[derive(Debug, Clone, Serialize)]
pub struct PathAnswer {
    /// Start.
    pub from: ActorRef,
    /// End.
    pub to: ActorRef,
    /// Directed relations followed only in their direction.
    pub directed: bool,
    /// Hop limit (`null`: none).
    pub max_hops: Option<usize>,
    /// All simple paths (up to `max_hops`) rather than the shortest.
    pub all: bool,
    /// Paths, sorted by (hops, actor ids); empty when none.
    pub paths: Vec<PathRow>,
    /// More paths exist than the limit allowed.
    pub truncated: bool,
}

/// An actor ranked by betweenness.
#[derive(Debug, Clone, Serialize)]
pub struct BrokerRow {
    /// 1-based rank.
    pub rank: usize,
    /// The actor.
    #[serde(flatten)]
    pub actor: ActorRef,
    /// Betweenness normalised as networkx does by default.
    pub betweenness: f64,
    /// Unnormalised betweenness (networkx `normalized=False`).
    pub raw: f64,
    /// Number of distinct neighbours.
    pub degree: usize,
}

/// Two parties a mediator sits between.
#[derive(Debug, Clone, Serialize)]
pub struct MediatedPair {
    /// One party (smaller id).
    pub a: String,
    /// The other party.
    pub b: String,
    /// Sentences stating the mediation between them.
    pub sentences: usize,
}

/// A mediator and the pairs it mediates between.
#[derive(Debug, Clone, Serialize)]
pub struct MediatorRow {
    /// The mediator.
    #[serde(flatten)]
    pub actor: ActorRef,
    /// The pairs, sorted.
    pub pairs: Vec<MediatedPair>,
}

/// Answer to `brokers`.
#[derive(Debug, Clone, Serialize)]
pub struct BrokersAnswer {
    /// Betweenness on the directed graph.
    pub directed: bool,
    /// Number of actors in the (filtered) graph.
    pub actors: usize,
    /// Actors whose shortest paths were counted: all of them (exact), or a seeded sample
    /// (an estimate, for large graphs; see [`QueryGraph::brokers`]).
    pub sources: usize,
    /// Whether the betweenness is exact (every actor a source).
    pub exact: bool,
    /// Highest betweenness first, ties by id.
    pub brokers: Vec<BrokerRow>,
    /// Mediators, by id.
    pub mediators: Vec<MediatorRow>,
}

/// One relation between two actors with its evidence.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceEdge {
    /// Source id.
    pub source: String,
    /// Target id.
    pub target: String,
    /// Relation.
    pub relation: Relation,
    /// Symmetric relation.
    pub symmetric: bool,
    /// Number of supporting sentences.
    pub weight: u64,
    /// Documents the sentences come from.
    pub documents: Vec<String>,
    /// The sentences.
    pub evidence: Vec<Evidence>,
}

/// Answer to `evidence`.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceAnswer {
    /// First actor.
    pub a: ActorRef,
    /// Second actor.
    pub b: ActorRef,
    /// Relations, sorted by (relation, source).
    pub relations: Vec<EvidenceEdge>,
}

/// A bloc.
#[derive(Debug, Clone, Serialize)]
pub struct Camp {
    /// 1-based number (largest camp first, then by smallest member id).
    pub camp: usize,
    /// Member ids, sorted.
    pub members: Vec<String>,
}

/// An adversary edge between (or inside) camps.
#[derive(Debug, Clone, Serialize)]
pub struct CampEdge {
    /// Source id.
    pub source: String,
    /// Target id.
    pub target: String,
    /// Weight.
    pub weight: u64,
}

/// Adversary edges between two camps (`a == b`: inside one camp).
#[derive(Debug, Clone, Serialize)]
pub struct CampConflict {
    /// Camp number.
    pub a: usize,
    /// Camp number (≥ a).
    pub b: usize,
    /// Sum of the edge weights.
    pub weight: u64,
    /// The edges.
    pub edges: Vec<CampEdge>,
}

/// Answer to `camps`.
#[derive(Debug, Clone, Serialize)]
pub struct CampsAnswer {
    /// The camps.
    pub camps: Vec<Camp>,
    /// Adversary edges grouped by camp pair, sorted by (a, b).
    pub adversaries: Vec<CampConflict>,
}

/// Edge counts of one relation.
#[derive(Debug, Clone, Serialize)]
pub struct RelationStat {
    /// Relation.
    pub relation: Relation,
    /// Edges.
    pub edges: usize,
    /// Sum of weights.
    pub weight: u64,
}

/// A connected actor.
#[derive(Debug, Clone, Serialize)]
pub struct DegreeRow {
    /// The actor.
    #[serde(flatten)]
    pub actor: ActorRef,
    /// Distinct neighbours.
    pub degree: usize,
    /// Edges.
    pub edges: usize,
    /// Sum of edge weights.
    pub weight: u64,
}

/// Answer to `stats`.
#[derive(Debug, Clone, Serialize)]
pub struct StatsAnswer {
    /// Actors (after the kind filter).
    pub actors: usize,
    /// Edges (after the filter).
    pub edges: usize,
    /// Evidence sentences kept on those edges.
    pub evidence: usize,
    /// Actors by kind.
    pub kinds: BTreeMap<String, usize>,
    /// Edges by relation.
    pub relations: Vec<RelationStat>,
    /// Documents.
    pub documents: Vec<DocumentInfo>,
    /// Most connected actors (degree, then weight, then id).
    pub top: Vec<DegreeRow>,
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

    /// The actors around `actor` up to `depth` hops.
    pub fn neighbors(
        &self,
        actor: u32,
        direction: Direction,
        depth: usize,
        filter: &Filter,
    ) -> NeighborsAnswer {
        let view = View::new(self, filter, &[actor]);
        let mut seen = vec![u32::MAX; self.nodes.len()];
        seen[actor as usize] = 0;
        let mut frontier = vec![actor];
        let mut rows: Vec<(u32, u32, u32, Relation, &'static str, u64)> = Vec::new();
        // Stops when no actor is left to reach: a depth of 99999999999 costs what the graph's
        // diameter does (and is not cut to 32 bits).
        for d in 1..=u32::try_from(depth).unwrap_or(u32::MAX) {
            if frontier.is_empty() {
                break;
            }
            let mut next = Vec::new();
            for &v in &frontier {
                for (a, e) in view.arcs(v) {
                    let sym = e.edge.relation.is_symmetric();
                    let dir = match (sym, a.out) {
                        (true, _) => "both",
                        (false, true) => "out",
                        (false, false) => "in",
                    };
                    let ok = match direction {
                        Direction::Both => true,
                        Direction::Out => sym || a.out,
                        Direction::In => sym || !a.out,
                    };
                    let u = a.other;
                    if !ok || (seen[u as usize] != u32::MAX && seen[u as usize] != d) {
                        continue;
                    }
                    if seen[u as usize] == u32::MAX {
                        seen[u as usize] = d;
                        next.push(u);
                    }
                    rows.push((d, u, v, e.edge.relation, dir, e.edge.weight));
                }
            }
            next.sort_unstable();
            frontier = next;
        }
        rows.sort_unstable();
        NeighborsAnswer {
            actor: self.aref(actor),
            direction,
            depth,
            neighbors: rows
                .into_iter()
                .map(|(d, u, v, relation, direction, weight)| NeighborRow {
                    actor: self.aref(u),
                    depth: d as usize,
                    via: self.node(v).id.clone(),
                    relation,
                    direction,
                    weight,
                })
                .collect(),
        }
    }

    fn hop(&self, view: &View, from: u32, to: u32, directed: bool) -> Hop {
        let arcs: Vec<(&Arc, &EdgeRec)> = view
            .walk(from, directed, true)
            .filter(|(a, _)| a.other == to)
            .collect();
        let relations: BTreeSet<Relation> = arcs.iter().map(|(_, e)| e.edge.relation).collect();
        let (a, e) = arcs
            .iter()
            .copied()
            .min_by_key(|(a, e)| (std::cmp::Reverse(e.edge.weight), e.edge.relation, !a.out))
            .expect("a hop has an edge");
        Hop {
            from: self.node(from).id.clone(),
            to: self.node(to).id.clone(),
            relation: e.edge.relation,
            direction: if e.edge.relation.is_symmetric() {
                "both"
            } else if a.out {
                "forward"
            } else {
                "backward"
            },
            weight: e.edge.weight,
            relations: relations.into_iter().collect(),
            evidence: e.edge.evidence.first().map(|ev| EvidenceRef {
                document: ev.document.clone(),
                sentence: ev.sentence,
                text: ev.text.clone(),
            }),
        }
    }

    fn path_row(&self, view: &View, actors: &[u32], directed: bool) -> PathRow {
        PathRow {
            hops: actors.len() - 1,
            actors: actors.iter().map(|&v| self.node(v).id.clone()).collect(),
            steps: actors
                .windows(2)
                .map(|w| self.hop(view, w[0], w[1], directed))
                .collect(),
        }
    }

    /// The shortest path from `from` to `to` (the one with the smallest actor ids among equals),
    /// or with `all` every simple path up to `max_hops` (at most `limit`), shortest first.
    #[allow(clippy::too_many_arguments)]
    pub fn path(
        &self,
        from: u32,
        to: u32,
        directed: bool,
        max_hops: Option<usize>,
        all: bool,
        limit: usize,
        filter: &Filter,
    ) -> PathAnswer {
        let limit_hops = max_hops.unwrap_or(usize::MAX);
        let view = View::new(self, filter, &[from, to]);
        let mut answer = PathAnswer {
            from: self.aref(from),
            to: self.aref(to),
            directed,
            max_hops,
            all,
            paths: Vec::new(),
            truncated: false,
        };
        if from == to {
            answer.paths.push(PathRow {
                hops: 0,
                actors: vec![self.node(from).id.clone()],
                steps: Vec::new(),
            });
            return answer;
        }
        let dist = view.dist_to(
            to,
            directed,
            limit_hops,
            if all { None } else { Some(from) },
        );
        let d0 = dist[from as usize];
        if d0 == u32::MAX || d0 as usize > limit_hops {
            return answer;
        }
        if !all {
            let mut path = vec![from];
            let mut v = from;
            while v != to {
                let want = dist[v as usize] - 1;
                v = view
                    .walk(v, directed, true)
                    .map(|(a, _)| a.other)
                    .find(|&u| dist[u as usize] == want)
                    .expect("BFS parent");
                path.push(v);
            }
            answer.paths.push(self.path_row(&view, &path, directed));
            return answer;
        }
        let mut found: Vec<Vec<u32>> = Vec::new();
        let mut on_path = vec![false; self.nodes.len()];
        // Without a hop limit, no simple path is longer than the number of actors.
        'lengths: for len in d0 as usize..=limit_hops.min(self.nodes.len()) {
            // Depth-first, neighbours in id order: paths of one length come out sorted.
            let mut path = vec![from];
            on_path[from as usize] = true;
            let mut stack: Vec<(u32, usize)> = vec![(from, 0)];
            while let Some(&mut (v, ref mut pos)) = stack.last_mut() {
                let arcs = self.arcs(v);
                let mut next = None;
                while *pos < arcs.len() {
                    let a = arcs[*pos];
                    *pos += 1;
                    let u = a.other;
                    let e = &self.edges[a.edge as usize];
                    if on_path[u as usize]
                        || !view.edge_ok(e)
                        || !view.node_ok(u)
                        || (directed && !e.edge.relation.is_symmetric() && !a.out)
                        || dist[u as usize] == u32::MAX
                        || path.len() + dist[u as usize] as usize > len
                    {
                        continue;
                    }
                    // Skip parallel arcs to the same actor once it was tried.
                    while *pos < arcs.len() && arcs[*pos].other == u {
                        *pos += 1;
                    }
                    next = Some(u);
                    break;
                }
                match next {
                    Some(u) if u == to => {
                        if path.len() == len {
                            let mut p = path.clone();
                            p.push(u);
                            found.push(p);
                            if found.len() > limit {
                                break 'lengths;
                            }
                        }
                    }
                    Some(u) => {
                        on_path[u as usize] = true;
                        path.push(u);
                        stack.push((u, 0));
                    }
                    None => {
                        stack.pop();
                        if let Some(v) = path.pop() {
                            on_path[v as usize] = false;
                        }
                    }
                }
            }
        }
        if found.len() > limit {
            found.truncate(limit);
            answer.truncated = true;
        }
        answer.paths = found
            .iter()
            .map(|p| self.path_row(&view, p, directed))
            .collect();
        answer
    }

    /// Simple-graph adjacency of the filtered graph (dense ids of kept actors).
    fn simple_adjacency(&self, view: &View, directed: bool) -> (Vec<u32>, Vec<Vec<u32>>) {
        let kept: Vec<u32> = (0..self.nodes.len() as u32)
            .filter(|&v| view.node_ok(v))
            .collect();
        let mut local = vec![u32::MAX; self.nodes.len()];
        for (i, &v) in kept.iter().enumerate() {
            local[v as usize] = i as u32;
        }
        let adj = kept
            .iter()
            .map(|&v| {
                let mut out: Vec<u32> = view
                    .walk(v, directed, true)
                    .map(|(a, _)| local[a.other as usize])
                    .collect();
                out.dedup();
                out
            })
            .collect();
        (kept, adj)
    }

    /// Actors ranked by betweenness (top `top`, 0 = all), and the mediators with the pairs they
    /// sit between. Betweenness costs a breadth-first search per source actor: `sample`
    /// `Some(0)` counts every actor (exact), `Some(k)` a seeded sample of `k` sources (an
    /// estimate, scaled to the whole graph), `None` is exact when that fits [`BROKERS_WORK`]
    /// and samples as many sources as fit otherwise.
    pub fn brokers(
        &self,
        top: usize,
        directed: bool,
        sample: Option<usize>,
        filter: &Filter,
    ) -> BrokersAnswer {
        let view = View::new(self, filter, &[]);
        let (kept, adj) = self.simple_adjacency(&view, directed);
        let n = kept.len();
        let per_search = n + adj.iter().map(Vec::len).sum::<usize>();
        let k = match sample {
            Some(0) => n,
            Some(k) => k.min(n),
            None => (BROKERS_WORK / per_search.max(1))
                .max(MIN_SAMPLED_SOURCES)
                .min(n),
        };
        let sources = centrality::sample_sources(n, k);
        let (norm, raw) = centrality::betweenness_from(&adj, directed, &sources);
        let mut order: Vec<usize> = (0..kept.len()).collect();
        order.sort_by(|&a, &b| norm[b].total_cmp(&norm[a]).then(a.cmp(&b)));
        let take = if top == 0 {
            order.len()
        } else {
            top.min(order.len())
        };
        let degree = |v: u32| {
            let mut n: Vec<u32> = view.arcs(v).map(|(a, _)| a.other).collect();
            n.dedup();
            n.len()
        };
        let brokers = order[..take]
            .iter()
            .enumerate()
            .map(|(r, &i)| BrokerRow {
                rank: r + 1,
                actor: self.aref(kept[i]),
                betweenness: norm[i],
                raw: raw[i],
                degree: degree(kept[i]),
            })
            .collect();
        let mut mediators = Vec::new();
        for &v in &kept {
            let edges: Vec<&EdgeRec> = view
                .arcs(v)
                .filter(|(a, e)| a.out && e.edge.relation == Relation::Mediator)
                .map(|(_, e)| e)
                .collect();
            if edges.is_empty() {
                continue;
            }
            // A pair per mediation sentence: the parties it names. Sentences are counted once
            // even though they back the edge to every party.
            let mut sentences: BTreeMap<(String, String), BTreeSet<(&str, usize)>> =
                BTreeMap::new();
            let mut targets: Vec<&str> = Vec::new();
            for e in &edges {
                targets.push(&self.node(e.target).id);
                for ev in &e.edge.evidence {
                    let parties: BTreeSet<&str> = ev.parties.iter().map(String::as_str).collect();
                    let parties: Vec<&str> = parties.into_iter().collect();
                    for (i, a) in parties.iter().enumerate() {
                        for b in &parties[i + 1..] {
                            sentences
                                .entry((a.to_string(), b.to_string()))
                                .or_default()
                                .insert((&ev.document, ev.sentence));
                        }
                    }
                }
            }
            if sentences.is_empty() {
                // Graphs without party lists: pair the mediator's parties.
                for (i, a) in targets.iter().enumerate() {
                    for b in &targets[i + 1..] {
                        sentences.entry((a.to_string(), b.to_string())).or_default();
                    }
                }
            }
            let pairs = sentences
                .into_iter()
                .map(|((a, b), s)| MediatedPair {
                    a,
                    b,
                    sentences: s.len(),
                })
                .collect();
            mediators.push(MediatorRow {
                actor: self.aref(v),
                pairs,
            });
        }
        BrokersAnswer {
            directed,
            actors: kept.len(),
            sources: sources.len(),
            exact: sources.len() == kept.len(),
            brokers,
            mediators,
        }
    }

    /// Every relation between `a` and `b` with all its evidence.
    pub fn evidence(&self, a: u32, b: u32, filter: &Filter) -> EvidenceAnswer {
        let view = View::new(self, filter, &[a, b]);
        let mut relations: Vec<EvidenceEdge> = view
            .arcs(a)
            .filter(|(arc, _)| arc.other == b)
            .map(|(_, e)| {
                let documents: BTreeSet<&String> =
                    e.edge.evidence.iter().map(|ev| &ev.document).collect();
                EvidenceEdge {
                    source: self.node(e.source).id.clone(),
                    target: self.node(e.target).id.clone(),
                    relation: e.edge.relation,
                    symmetric: e.edge.relation.is_symmetric(),
                    weight: e.edge.weight,
                    documents: documents.into_iter().cloned().collect(),
                    evidence: e.edge.evidence.clone(),
                }
            })
            .collect();
        relations.sort_by(|x, y| (x.relation, &x.source).cmp(&(y.relation, &y.source)));
        EvidenceAnswer {
            a: self.aref(a),
            b: self.aref(b),
            relations,
        }
    }

    /// The ego network of `actor`: actors within `depth` hops (any direction) and every edge
    /// among them that passes the filter, with the documents their evidence cites.
    pub fn subgraph(&self, actor: u32, depth: usize, filter: &Filter) -> ActorGraph {
        let view = View::new(self, filter, &[actor]);
        let mut inside = vec![false; self.nodes.len()];
        inside[actor as usize] = true;
        let mut frontier = vec![actor];
        // Stops when no actor is left to reach, whatever the depth asked for.
        for _ in 0..depth {
            if frontier.is_empty() {
                break;
            }
            let mut next = Vec::new();
            for &v in &frontier {
                for (a, _) in view.arcs(v) {
                    if !inside[a.other as usize] {
                        inside[a.other as usize] = true;
                        next.push(a.other);
                    }
                }
            }
            frontier = next;
        }
        let mut g = ActorGraph::new();
        for (v, n) in self.nodes.iter().enumerate() {
            if inside[v] {
                g.add_node((*n).clone());
            }
        }
        let mut cited: BTreeSet<&str> = BTreeSet::new();
        for e in &self.edges {
            if inside[e.source as usize] && inside[e.target as usize] && view.edge_ok(e) {
                cited.extend(e.edge.evidence.iter().map(|ev| ev.document.as_str()));
                g.insert_edge(
                    &self.node(e.source).id,
                    &self.node(e.target).id,
                    e.edge.clone(),
                );
            }
        }
        for d in self.graph.documents() {
            if cited.contains(d.id.as_str()) {
                g.add_document(d.clone());
            }
        }
        g
    }

    /// Blocs: connected components over ally and proxy edges (a proxy stands with its patron),
    /// among the actors that have at least one edge passing the filter; then the adversary edges
    /// between and inside them.
    pub fn camps(&self, filter: &Filter) -> CampsAnswer {
        let view = View::new(self, filter, &[]);
        let n = self.nodes.len();
        let mut parent: Vec<u32> = (0..n as u32).collect();
        fn find(p: &mut [u32], mut x: u32) -> u32 {
            while p[x as usize] != x {
                p[x as usize] = p[p[x as usize] as usize];
                x = p[x as usize];
            }
            x
        }
        let mut active = vec![false; n];
        for e in &self.edges {
            if !view.edge_ok(e) || !view.node_ok(e.source) || !view.node_ok(e.target) {
                continue;
            }
            active[e.source as usize] = true;
            active[e.target as usize] = true;
            if matches!(e.edge.relation, Relation::Ally | Relation::Proxy) {
                let (a, b) = (find(&mut parent, e.source), find(&mut parent, e.target));
                let (lo, hi) = (a.min(b), a.max(b));
                parent[hi as usize] = lo;
            }
        }
        let mut groups: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
        for v in 0..n as u32 {
            if active[v as usize] {
                let r = find(&mut parent, v);
                groups.entry(r).or_default().push(v);
            }
        }
        let mut groups: Vec<Vec<u32>> = groups.into_values().collect();
        groups.sort_by(|a, b| b.len().cmp(&a.len()).then(a[0].cmp(&b[0])));
        let mut camp_of = vec![0usize; n];
        for (i, g) in groups.iter().enumerate() {
            for &v in g {
                camp_of[v as usize] = i + 1;
            }
        }
        let mut conflicts: BTreeMap<(usize, usize), Vec<&EdgeRec>> = BTreeMap::new();
        for e in &self.edges {
            if e.edge.relation == Relation::Adversary
                && view.edge_ok(e)
                && view.node_ok(e.source)
                && view.node_ok(e.target)
            {
                let (a, b) = (camp_of[e.source as usize], camp_of[e.target as usize]);
                conflicts.entry((a.min(b), a.max(b))).or_default().push(e);
            }
        }
        CampsAnswer {
            camps: groups
                .iter()
                .enumerate()
                .map(|(i, g)| Camp {
                    camp: i + 1,
                    members: g.iter().map(|&v| self.node(v).id.clone()).collect(),
                })
                .collect(),
            adversaries: conflicts
                .into_iter()
                .map(|((a, b), es)| CampConflict {
                    a,
                    b,
                    weight: es.iter().fold(0, |w, e| w.saturating_add(e.edge.weight)),
                    edges: es
                        .iter()
                        .map(|e| CampEdge {
                            source: self.node(e.source).id.clone(),
                            target: self.node(e.target).id.clone(),
                            weight: e.edge.weight,
                        })
                        .collect(),
                })
                .collect(),
        }
    }

    /// Counts by kind and relation, documents, and the `top` most connected actors.
    pub fn stats(&self, top: usize, filter: &Filter) -> StatsAnswer {
        let view = View::new(self, filter, &[]);
        let mut kinds: BTreeMap<String, usize> = BTreeMap::new();
        let mut actors = 0;
        for v in 0..self.nodes.len() as u32 {
            if view.node_ok(v) {
                actors += 1;
                *kinds.entry(self.node(v).kind.clone()).or_default() += 1;
            }
        }
        let mut relations: Vec<RelationStat> = Relation::ALL
            .iter()
            .map(|&relation| RelationStat {
                relation,
                edges: 0,
                weight: 0,
            })
            .collect();
        let (mut edges, mut evidence) = (0, 0);
        for e in &self.edges {
            if view.edge_ok(e) && view.node_ok(e.source) && view.node_ok(e.target) {
                edges += 1;
                evidence += e.edge.evidence.len();
                let r = &mut relations[rel_index(e.edge.relation)];
                r.edges += 1;
                r.weight += e.edge.weight;
            }
        }
        let mut degrees: Vec<DegreeRow> = (0..self.nodes.len() as u32)
            .filter(|&v| view.node_ok(v))
            .map(|v| {
                let arcs: Vec<(&Arc, &EdgeRec)> = view.arcs(v).collect();
                let mut others: Vec<u32> = arcs.iter().map(|(a, _)| a.other).collect();
                others.dedup();
                DegreeRow {
                    actor: self.aref(v),
                    degree: others.len(),
                    edges: arcs.len(),
                    weight: arcs.iter().map(|(_, e)| e.edge.weight).sum(),
                }
            })
            .filter(|d| d.edges > 0)
            .collect();
        degrees.sort_by(|a, b| {
            (b.degree, b.weight)
                .cmp(&(a.degree, a.weight))
                .then(a.actor.id.cmp(&b.actor.id))
        });
        degrees.truncate(top);
        StatsAnswer {
            actors,
            edges,
            evidence,
            kinds,
            relations,
            documents: self.graph.documents().into_iter().cloned().collect(),
            top: degrees,
        }
    }
}

/// Reads a graph JSON file written by `extract`.
pub fn load(path: &std::path::Path) -> crate::Result<ActorGraph> {
    let bytes = map_file(path)?;
    crate::export::json::from_json_fast_slice(&path.display().to_string(), &bytes)
}

/// Reads a graph JSON file written by `extract` without its evidence sentences (edges keep
/// relation, weight and dates): enough for [`QueryGraph::neighbors`] and [`QueryGraph::camps`],
/// and much faster on large graphs, whose files are mostly evidence.
pub fn load_structure(path: &std::path::Path) -> crate::Result<ActorGraph> {
    let bytes = map_file(path)?;
    crate::export::json::from_json_structure_slice(&path.display().to_string(), &bytes)
}

/// The file's bytes, memory-mapped when it is a regular file: the parser borrows strings from
/// them, and mapping spares copying (and zeroing) hundreds of megabytes first. Anything else
/// (a pipe, `/dev/stdin`) is read.
fn map_file(path: &std::path::Path) -> crate::Result<Bytes> {
    let io = |e| crate::Error::io(path, e);
    crate::input::refuse_devices(path)?;
    let file = std::fs::File::open(path).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    if meta.is_dir() {
        return Err(io(std::io::Error::new(
            std::io::ErrorKind::IsADirectory,
            "is a directory",
        )));
    }
    if meta.is_file() && meta.len() > 0 {
        // SAFETY: the map is only read, and only while the graph is parsed (the parsed graph
        // owns its strings). A file rewritten meanwhile gives a parse error or wrong bytes, as
        // any file changed while it is read; one truncated meanwhile can end the process with
        // SIGBUS, the known cost of mapping files (ripgrep takes it too). Graph files are
        // written by renaming a finished temporary file, so `extract` and `merge` never do that.
        if let Ok(map) = unsafe { memmap2::MmapOptions::new().populate().map(&file) } {
            return Ok(Bytes::Mapped(map));
        }
    }
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut &file, &mut bytes).map_err(io)?;
    Ok(Bytes::Read(bytes))
}

/// A graph file's bytes: mapped or read.
enum Bytes {
    Mapped(memmap2::Mmap),
    Read(Vec<u8>),
}

impl std::ops::Deref for Bytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Bytes::Mapped(m) => m,
            Bytes::Read(v) => v,
        }
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
    /// The answer as text for a terminal.
    fn render(&self) -> String;
}

fn rel_list(r: &[Relation]) -> String {
    r.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(",")
}

impl Render for NeighborsAnswer {
    fn render(&self) -> String {
        let mut t = Table::new(&[
            "depth",
            "actor",
            "label",
            "kind",
            "via",
            "relation",
            "direction",
            "weight",
        ]);
        for r in &self.neighbors {
            t.row(vec![
                r.depth.to_string(),
                r.actor.id.clone(),
                r.actor.label.clone(),
                r.actor.kind.clone(),
                r.via.clone(),
                r.relation.to_string(),
                r.direction.to_string(),
                r.weight.to_string(),
            ]);
        }
        let dir = match self.direction {
            Direction::Out => "out",
            Direction::In => "in",
            Direction::Both => "both",
        };
        format!(
            "Neighbours of {} ({}), direction {dir}, depth {}\n{}",
            self.actor.label,
            self.actor.id,
            self.depth,
            t.render()
        )
    }
}

impl Render for PathAnswer {
    fn render(&self) -> String {
        let mut s = format!("Paths from {} to {}", self.from.id, self.to.id);
        if self.paths.is_empty() {
            match self.max_hops {
                Some(h) => s.push_str(&format!(": none within {h} hops\n")),
                None => s.push_str(": none\n"),
            }
            return s;
        }
        s.push('\n');
        for (i, p) in self.paths.iter().enumerate() {
            s.push_str(&format!(
                "{}. {} ({} hops)\n",
                i + 1,
                p.actors.join(" - "),
                p.hops
            ));
            let mut t = Table::new(&[
                "from",
                "to",
                "relation",
                "direction",
                "weight",
                "relations",
                "evidence",
            ]);
            for h in &p.steps {
                let ev = h
                    .evidence
                    .as_ref()
                    .map(|e| format!("[{}#{}] {}", e.document, e.sentence, e.text))
                    .unwrap_or_default();
                t.row(vec![
                    h.from.clone(),
                    h.to.clone(),
                    h.relation.to_string(),
                    h.direction.to_string(),
                    h.weight.to_string(),
                    rel_list(&h.relations),
                    ev,
                ]);
            }
            s.push_str(&t.render());
        }
        if self.truncated {
            s.push_str("(more paths left out: raise --limit)\n");
        }
        s
    }
}

impl Render for BrokersAnswer {
    fn render(&self) -> String {
        let mut t = Table::new(&[
            "rank",
            "actor",
            "label",
            "kind",
            "betweenness",
            "raw",
            "degree",
        ]);
        for b in &self.brokers {
            t.row(vec![
                b.rank.to_string(),
                b.actor.id.clone(),
                b.actor.label.clone(),
                b.actor.kind.clone(),
                format!("{:.6}", b.betweenness),
                format!("{:.3}", b.raw),
                b.degree.to_string(),
            ]);
        }
        let mut m = Table::new(&["mediator", "label", "between", "and", "sentences"]);
        for r in &self.mediators {
            for p in &r.pairs {
                m.row(vec![
                    r.actor.id.clone(),
                    r.actor.label.clone(),
                    p.a.clone(),
                    p.b.clone(),
                    p.sentences.to_string(),
                ]);
            }
        }
        let how = if self.exact {
            format!("{} actors", self.actors)
        } else {
            format!(
                "{} actors; estimated from the shortest paths of {} sampled actors, --sample 0 for exact",
                self.actors, self.sources
            )
        };
        format!(
            "Brokers by betweenness ({how})\n{}\nMediators\n{}",
            t.render(),
            m.render()
        )
    }
}

impl Render for EvidenceAnswer {
    fn render(&self) -> String {
        let mut s = format!(
            "Relations between {} ({}) and {} ({})\n",
            self.a.label, self.a.id, self.b.label, self.b.id
        );
        if self.relations.is_empty() {
            s.push_str("none\n");
        }
        for r in &self.relations {
            let arrow = if r.symmetric { "--" } else { "->" };
            s.push_str(&format!(
                "{} {} {} {} (weight {})\n",
                r.source, arrow, r.target, r.relation, r.weight
            ));
            let mut t = Table::new(&["document", "sentence", "pattern", "text"]);
            for e in &r.evidence {
                t.row(vec![
                    e.document.clone(),
                    e.sentence.to_string(),
                    e.pattern.clone(),
                    e.text.clone(),
                ]);
            }
            s.push_str(&t.render());
        }
        s
    }
}

impl Render for CampsAnswer {
    fn render(&self) -> String {
        let mut t = Table::new(&["camp", "size", "members"]);
        for c in &self.camps {
            t.row(vec![
                c.camp.to_string(),
                c.members.len().to_string(),
                c.members.join(", "),
            ]);
        }
        let mut a = Table::new(&["camp", "camp", "weight", "edges"]);
        for c in &self.adversaries {
            let edges: Vec<String> = c
                .edges
                .iter()
                .map(|e| format!("{}--{}", e.source, e.target))
                .collect();
            a.row(vec![
                c.a.to_string(),
                c.b.to_string(),
                c.weight.to_string(),
                edges.join(", "),
            ]);
        }
        format!(
            "Camps\n{}\nAdversaries between camps\n{}",
            t.render(),
            a.render()
        )
    }
}

impl Render for StatsAnswer {
    fn render(&self) -> String {
        let mut s = format!(
            "{} actors, {} edges, {} evidence sentences, {} documents\n",
            self.actors,
            self.edges,
            self.evidence,
            self.documents.len()
        );
        let mut k = Table::new(&["kind", "actors"]);
        for (kind, n) in &self.kinds {
            k.row(vec![kind.clone(), n.to_string()]);
        }
        let mut r = Table::new(&["relation", "edges", "weight"]);
        for x in &self.relations {
            r.row(vec![
                x.relation.to_string(),
                x.edges.to_string(),
                x.weight.to_string(),
            ]);
        }
        let mut d = Table::new(&["actor", "label", "kind", "degree", "edges", "weight"]);
        for x in &self.top {
            d.row(vec![
                x.actor.id.clone(),
                x.actor.label.clone(),
                x.actor.kind.clone(),
                x.degree.to_string(),
                x.edges.to_string(),
                x.weight.to_string(),
            ]);
        }
        s.push_str(&format!(
            "\n{}\n{}\nMost connected\n{}",
            k.render(),
            r.render(),
            d.render()
        ));
        s
    }
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
