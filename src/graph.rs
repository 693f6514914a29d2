//! The actor-relationship graph: a petgraph [`StableGraph`] keyed by stable actor ids.
//!
//! This module owns the graph model every export and query works on. Nodes are actors, edges
//! are `(relation, source, target)` triples, each with the evidence that states it; adding the
//! same triple again merges evidence and raises its weight (the number of supporting
//! sentences). Symmetric relations are stored once, from the smaller id to the larger. Iteration
//! is always in sorted order, so every output is deterministic. The relation vocabulary
//! ([`Relation`]) lives here too: the extractor, the exports and the queries all share it.

use std::collections::{BTreeMap, BTreeSet};

use indexmap::IndexMap;
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableGraph};
use serde::{Deserialize, Serialize};

/// The four relation types.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// A mediates between parties; edges point from the mediator to each party.
    Mediator,
    /// Hostility: war, attacks, sanctions, threats. Symmetric.
    Adversary,
    /// A proxy of a patron; edges point from the proxy to the patron.
    Proxy,
    /// Alliance, support, cooperation. Symmetric.
    Ally,
}

impl Relation {
    /// All relation types, in export order.
    pub const ALL: [Relation; 4] = [
        Relation::Mediator,
        Relation::Adversary,
        Relation::Proxy,
        Relation::Ally,
    ];

    /// The lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Mediator => "mediator",
            Relation::Adversary => "adversary",
            Relation::Proxy => "proxy",
            Relation::Ally => "ally",
        }
    }

    /// Parses the lowercase name.
    pub fn parse(s: &str) -> Option<Relation> {
        Relation::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Ally and adversary have no direction.
    pub fn is_symmetric(self) -> bool {
        matches!(self, Relation::Ally | Relation::Adversary)
    }
}

impl std::fmt::Display for Relation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An actor in the graph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Node {
    /// Stable slug.
    pub id: String,
    /// Display name.
    pub label: String,
    /// Actor kind (`state`, `armed_group`, …).
    pub kind: String,
    /// Other names: dictionary forms and the surface forms seen in the documents.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Parent actor id (organ → state, leader → state).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// Country of a derived actor ("Afghan rebels" → afghanistan).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// A person's office.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office: Option<String>,
    /// Number of mentions across the documents.
    #[serde(default)]
    pub mentions: u64,
}

/// One sentence that supports an edge.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Evidence {
    /// Document id.
    pub document: String,
    /// Sentence index in the document.
    pub sentence: usize,
    /// Byte offset of the sentence in the document text.
    pub start: usize,
    /// Byte offset after the sentence.
    pub end: usize,
    /// The sentence as written.
    pub text: String,
    /// Id of the pattern that matched.
    pub pattern: String,
    /// Mediator edges: every party of the mediation this sentence states.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<String>,
}

/// A relation between two actors with its evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edge {
    /// Relation type.
    pub relation: Relation,
    /// Number of supporting sentences (may exceed `evidence.len()` when evidence is capped).
    pub weight: u64,
    /// The supporting sentences, in document order.
    pub evidence: Vec<Evidence>,
    /// Supporting sentences per day (`YYYY-MM-DD`) of the documents that carry a date.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub daily: BTreeMap<String, u64>,
}

impl Edge {
    /// An edge with no evidence yet.
    pub fn new(relation: Relation) -> Edge {
        Edge {
            relation,
            weight: 0,
            evidence: Vec::new(),
            daily: BTreeMap::new(),
        }
    }

    /// The first day a dated document stated this edge.
    pub fn first_seen(&self) -> Option<&str> {
        self.daily.keys().next().map(String::as_str)
    }

    /// The last day a dated document stated this edge.
    pub fn last_seen(&self) -> Option<&str> {
        self.daily.keys().next_back().map(String::as_str)
    }

    /// Counts `n` more supporting sentences on `day`.
    fn count_day(&mut self, day: &str, n: u64) {
        match self.daily.get_mut(day) {
            Some(count) => *count = count.saturating_add(n),
            None => {
                self.daily.insert(day.to_string(), n);
            }
        }
    }

    /// Adds `evidence` to the sorted, repeat-free list, of which at most `cap` items are kept:
    /// the smallest in (document, sentence) order, so the result does not depend on the order
    /// of additions. On a full edge an item larger than its largest is only counted.
    /// [`Edge::keep_evidence`] for one item (every extracted sentence): its place found by
    /// binary search, nothing collected or sorted.
    fn keep_one_evidence(&mut self, evidence: Evidence, cap: Option<usize>) {
        // A full edge and an item past its last (a later document, the usual case): one
        // comparison.
        if cap.is_some_and(|cap| self.evidence.len() >= cap)
            && self.evidence.last().is_some_and(|last| evidence >= *last)
        {
            return;
        }
        let Err(at) = self.evidence.binary_search(&evidence) else {
            return; // a repeat
        };
        if cap.is_some_and(|cap| at >= cap) {
            return; // past the kept ones: only counted
        }
        self.evidence.insert(at, evidence);
        if let Some(cap) = cap {
            self.evidence.truncate(cap);
        }
    }

    fn keep_evidence(&mut self, evidence: impl IntoIterator<Item = Evidence>, cap: Option<usize>) {
        let full = cap.is_some_and(|cap| self.evidence.len() >= cap);
        let kept: Vec<Evidence> = match self.evidence.last() {
            Some(last) if full => evidence.into_iter().filter(|e| e < last).collect(),
            _ => evidence.into_iter().collect(),
        };
        if kept.is_empty() {
            return;
        }
        self.evidence.extend(kept);
        self.evidence.sort();
        self.evidence.dedup();
        if let Some(cap) = cap {
            self.evidence.truncate(cap);
        }
    }
}

/// A document that went into the graph.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DocumentInfo {
    /// Document id.
    pub id: String,
    /// Number of sentences.
    pub sentences: usize,
}

/// The actor-relationship graph.
#[derive(Debug, Clone, Default)]
pub struct ActorGraph {
    graph: StableGraph<Node, Edge>,
    // FxHash: ids are short, and every extracted relation looks up two of them.
    index: IndexMap<String, NodeIndex, rustc_hash::FxBuildHasher>,
    // FxHash: keys are small integers, and SipHash was a visible part of loading large graphs.
    edges: rustc_hash::FxHashMap<(Relation, NodeIndex, NodeIndex), EdgeIndex>,
    documents: Vec<DocumentInfo>,
    /// Maximum evidence items kept per edge (`None` = all).
    max_evidence: Option<usize>,
    /// Documents left out as exact or near-exact copies of an earlier one.
    duplicates_dropped: u64,
}

impl ActorGraph {
    /// An empty graph.
    pub fn new() -> ActorGraph {
        ActorGraph::default()
    }

    /// Caps the evidence kept per edge (the weight still counts every sentence).
    pub fn set_max_evidence(&mut self, cap: Option<usize>) {
        self.max_evidence = cap;
        if let Some(cap) = cap {
            for e in self.graph.edge_weights_mut() {
                e.evidence.truncate(cap);
            }
        }
    }

    /// The evidence cap per edge (`None` = all evidence is kept).
    pub fn max_evidence(&self) -> Option<usize> {
        self.max_evidence
    }

    /// Number of documents dropped as duplicates of earlier ones.
    pub fn duplicates_dropped(&self) -> u64 {
        self.duplicates_dropped
    }

    /// Counts `n` more documents dropped as duplicates.
    pub fn add_duplicates_dropped(&mut self, n: u64) {
        self.duplicates_dropped = self.duplicates_dropped.saturating_add(n);
    }

    /// The underlying petgraph graph (for algorithms).
    pub fn petgraph(&self) -> &StableGraph<Node, Edge> {
        &self.graph
    }

    /// The node index of an actor id.
    pub fn node_index(&self, id: &str) -> Option<NodeIndex> {
        self.index.get(id).copied()
    }

    /// The node of an actor id.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.node_index(id).map(|i| &self.graph[i])
    }

    /// Adds a node, or merges it into the existing one (mention counts add up, aliases unite).
    pub fn add_node(&mut self, node: Node) -> NodeIndex {
        if let Some(&i) = self.index.get(&node.id) {
            let n = &mut self.graph[i];
            n.mentions = n.mentions.saturating_add(node.mentions);
            let mut aliases: BTreeSet<String> = n.aliases.drain(..).collect();
            aliases.extend(node.aliases);
            aliases.remove(&n.label);
            n.aliases = aliases.into_iter().collect();
            return i;
        }
        let id = node.id.clone();
        let i = self.graph.add_node(node);
        self.index.insert(id, i);
        i
    }

    /// For an actor already in the graph: counts `mentions` more and adds the `names` it does not
    /// list yet (never its label) to its aliases, as [`add_node`](Self::add_node) would, without
    /// building a whole node. Returns `false` (and changes nothing) when `id` is not a node.
    pub fn add_mentions<'n>(
        &mut self,
        id: &str,
        mentions: u64,
        names: impl IntoIterator<Item = &'n str>,
    ) -> bool {
        let Some(&i) = self.index.get(id) else {
            return false;
        };
        self.add_mentions_at(i, mentions, names);
        true
    }

    /// [`add_mentions`](Self::add_mentions) for the node at `i`.
    pub(crate) fn add_mentions_at<'n>(
        &mut self,
        i: NodeIndex,
        mentions: u64,
        names: impl IntoIterator<Item = &'n str>,
    ) {
        let n = &mut self.graph[i];
        n.mentions = n.mentions.saturating_add(mentions);
        for name in names {
            if name == n.label {
                continue;
            }
            if let Err(at) = n.aliases.binary_search_by(|a| a.as_str().cmp(name)) {
                n.aliases.insert(at, name.to_string());
            }
        }
    }

    /// Records that `evidence` states `relation` from `source` to `target` (both must be nodes).
    /// Symmetric relations are stored from the smaller id to the larger. Self-loops are ignored.
    pub fn add_relation(
        &mut self,
        relation: Relation,
        source: &str,
        target: &str,
        evidence: Evidence,
    ) {
        self.add_relation_weighted(relation, source, target, 1, vec![evidence], None);
    }

    /// [`add_relation`](Self::add_relation) for a sentence of a document dated `date`
    /// (`YYYY-MM-DD`): the edge also counts the sentence on that day.
    pub fn add_relation_on(
        &mut self,
        relation: Relation,
        source: &str,
        target: &str,
        evidence: Evidence,
        date: Option<&str>,
    ) {
        if let (Some(s), Some(t)) = (self.node_index(source), self.node_index(target)) {
            self.add_relation_at(relation, s, t, evidence, date);
        }
    }

    /// [`add_relation_on`](Self::add_relation_on) between the nodes at `s` and `t`.
    pub(crate) fn add_relation_at(
        &mut self,
        relation: Relation,
        s: NodeIndex,
        t: NodeIndex,
        evidence: Evidence,
        date: Option<&str>,
    ) {
        // One sentence at a time (the path every extracted relation takes): no day map is built
        // to be merged.
        let cap = self.max_evidence;
        let Some(edge) = self.edge_mut_at(relation, s, t) else {
            return;
        };
        edge.weight = edge.weight.saturating_add(1);
        if let Some(day) = date {
            edge.count_day(day, 1);
        }
        edge.keep_one_evidence(evidence, cap);
    }

    /// The edge of `relation` from `source` to `target` (symmetric relations: from the smaller
    /// id), created when new; `None` for a self-loop or an unknown actor.
    fn edge_mut(&mut self, relation: Relation, source: &str, target: &str) -> Option<&mut Edge> {
        let (s, t) = (self.node_index(source)?, self.node_index(target)?);
        self.edge_mut_at(relation, s, t)
    }

    /// [`edge_mut`](Self::edge_mut) between the nodes at `s` and `t`.
    fn edge_mut_at(&mut self, relation: Relation, s: NodeIndex, t: NodeIndex) -> Option<&mut Edge> {
        if s == t {
            return None;
        }
        let (s, t) = if relation.is_symmetric() && self.graph[t].id < self.graph[s].id {
            (t, s)
        } else {
            (s, t)
        };
        let e = match self.edges.get(&(relation, s, t)) {
            Some(&e) => e,
            None => {
                let e = self.graph.add_edge(s, t, Edge::new(relation));
                self.edges.insert((relation, s, t), e);
                e
            }
        };
        Some(&mut self.graph[e])
    }

    /// Adds `weight` supporting sentences, their `evidence` (at most the cap is kept: the
    /// smallest in (document, sentence) order, so the result does not depend on the order of
    /// additions) and per-day counts.
    fn add_relation_weighted(
        &mut self,
        relation: Relation,
        source: &str,
        target: &str,
        weight: u64,
        evidence: Vec<Evidence>,
        daily: Option<BTreeMap<String, u64>>,
    ) {
        let cap = self.max_evidence;
        let Some(edge) = self.edge_mut(relation, source, target) else {
            return;
        };
        edge.weight = edge.weight.saturating_add(weight);
        for (day, n) in daily.iter().flatten() {
            edge.count_day(day, *n);
        }
        edge.keep_evidence(evidence, cap);
    }

    /// Records a document.
    pub fn add_document(&mut self, info: DocumentInfo) {
        self.documents.push(info);
    }

    /// The documents, sorted by id.
    pub fn documents(&self) -> Vec<&DocumentInfo> {
        let mut d: Vec<&DocumentInfo> = self.documents.iter().collect();
        d.sort();
        d
    }

    /// Nodes sorted by id.
    pub fn nodes(&self) -> Vec<&Node> {
        let mut v: Vec<&Node> = self.graph.node_weights().collect();
        v.sort_by(|a, b| a.id.cmp(&b.id));
        v
    }

    /// Edges as (source node, target node, edge), sorted by (source id, target id, relation).
    pub fn edges(&self) -> Vec<(&Node, &Node, &Edge)> {
        let mut v: Vec<(&Node, &Node, &Edge)> = self
            .graph
            .edge_indices()
            .map(|e| {
                let (s, t) = self.graph.edge_endpoints(e).expect("edge exists");
                (&self.graph[s], &self.graph[t], &self.graph[e])
            })
            .collect();
        v.sort_by(|a, b| (&a.0.id, &a.1.id, a.2.relation).cmp(&(&b.0.id, &b.1.id, b.2.relation)));
        v
    }

    /// Number of actors.
    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    /// Number of relation edges.
    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// For a mediator edge: the other parties of the mediations its evidence states.
    pub fn other_parties(edge: &Edge, target: &str) -> Vec<String> {
        let set: BTreeSet<&String> = edge
            .evidence
            .iter()
            .flat_map(|e| &e.parties)
            .filter(|p| *p != target)
            .collect();
        set.into_iter().cloned().collect()
    }

    /// Adds everything of `other` into this graph: nodes merge, edges add weights and evidence.
    pub fn merge(&mut self, other: &ActorGraph) {
        for n in other.nodes() {
            self.add_node(n.clone());
        }
        for (s, t, e) in other.edges() {
            self.add_relation_weighted(
                e.relation,
                &s.id,
                &t.id,
                e.weight,
                e.evidence.clone(),
                Some(e.daily.clone()),
            );
        }
        // Documents are keyed by id; of two entries with the same id the smaller is kept, so
        // merging is commutative.
        let mut docs: BTreeMap<String, DocumentInfo> = BTreeMap::new();
        for d in self
            .documents
            .drain(..)
            .chain(other.documents.iter().cloned())
        {
            match docs.entry(d.id.clone()) {
                std::collections::btree_map::Entry::Vacant(v) => {
                    v.insert(d);
                }
                std::collections::btree_map::Entry::Occupied(mut o) => {
                    if d < *o.get() {
                        o.insert(d);
                    }
                }
            }
        }
        self.documents = docs.into_values().collect();
        self.duplicates_dropped = self
            .duplicates_dropped
            .saturating_add(other.duplicates_dropped);
    }
}

impl ActorGraph {
    /// Inserts a whole edge (used when reading a saved graph); merges into an existing one.
    pub fn insert_edge(&mut self, source: &str, target: &str, edge: Edge) {
        self.add_relation_weighted(
            edge.relation,
            source,
            target,
            edge.weight,
            edge.evidence,
            Some(edge.daily),
        );
    }
}

impl ActorGraph {
    /// Bulk loading: [`ActorGraph::insert_edge`] by node index. Gives the same graph, but skips
    /// the id lookups and, for a new edge whose evidence is already sorted and unique (as saved
    /// graphs are), the evidence sort.
    pub fn insert_edge_at(&mut self, source: NodeIndex, target: NodeIndex, edge: Edge) {
        let swap = edge.relation.is_symmetric() && self.graph[target].id < self.graph[source].id;
        let (s, t) = if swap {
            (target, source)
        } else {
            (source, target)
        };
        self.insert_edge_ordered(s, t, edge);
    }

    /// [`ActorGraph::insert_edge_at`] for a caller that already put a symmetric edge's ends in
    /// id order (it compared the ids it holds, rather than this graph's far-apart node records).
    pub(crate) fn insert_edge_ordered(&mut self, s: NodeIndex, t: NodeIndex, mut edge: Edge) {
        debug_assert!(!edge.relation.is_symmetric() || self.graph[s].id <= self.graph[t].id);
        if s == t {
            return;
        }
        let cap = self.max_evidence;
        let key = (edge.relation, s, t);
        let e = match self.edges.get(&key) {
            Some(&e) => e,
            None => {
                if !edge.evidence.windows(2).all(|w| w[0] < w[1]) {
                    edge.evidence.sort();
                    edge.evidence.dedup();
                }
                if let Some(cap) = cap {
                    edge.evidence.truncate(cap);
                }
                let e = self.graph.add_edge(s, t, edge);
                self.edges.insert(key, e);
                return;
            }
        };
        let existing = &mut self.graph[e];
        existing.weight = existing.weight.saturating_add(edge.weight);
        for (day, n) in edge.daily {
            let count = existing.daily.entry(day).or_insert(0);
            *count = count.saturating_add(n);
        }
        existing.evidence.extend(edge.evidence);
        existing.evidence.sort();
        existing.evidence.dedup();
        if let Some(cap) = cap {
            existing.evidence.truncate(cap);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Keeping evidence one item at a time (every extracted sentence) keeps what the
        /// general path keeps: the smallest items, each once, at most the cap.
        #[test]
        fn one_item_at_a_time_keeps_what_the_general_path_keeps(
            items in proptest::collection::vec((0u8..6, 0usize..4), 0..40),
            cap in proptest::option::of(1usize..6),
        ) {
            let (mut one, mut general) = (Edge::new(Relation::Ally), Edge::new(Relation::Ally));
            for (doc, sentence) in items {
                let e = Evidence {
                    document: format!("doc-{doc}"),
                    sentence,
                    start: 0,
                    end: 1,
                    text: "x".into(),
                    pattern: "p".into(),
                    parties: Vec::new(),
                };
                one.keep_one_evidence(e.clone(), cap);
                general.keep_evidence([e], cap);
                proptest::prop_assert_eq!(&one.evidence, &general.evidence);
            }
        }
    }

    fn node(aliases: &[&str], mentions: u64) -> Node {
        Node {
            id: "iran".into(),
            label: "Iran".into(),
            kind: "state".into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            parent: None,
            country: None,
            office: None,
            mentions,
        }
    }

    #[test]
    fn add_mentions_merges_like_add_node() {
        let mut a = ActorGraph::new();
        let mut b = ActorGraph::new();
        assert!(!b.add_mentions("iran", 1, ["Tehran"]));
        assert_eq!(b.node_count(), 0);
        for g in [&mut a, &mut b] {
            g.add_node(node(&["Iranian", "Tehran"], 2));
        }
        a.add_node(node(&["Persia", "Iran", "Iranian", "Islamic Republic"], 3));
        assert!(b.add_mentions("iran", 3, ["Persia", "Iran", "Iranian", "Islamic Republic"]));
        assert_eq!(a.nodes(), b.nodes());
        assert_eq!(
            b.nodes()[0].aliases,
            ["Iranian", "Islamic Republic", "Persia", "Tehran"]
        );
        assert_eq!(b.nodes()[0].mentions, 5);
    }
}
