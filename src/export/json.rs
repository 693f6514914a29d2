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
use crate::graph::Relation;
use crate::graph::{ActorGraph, DocumentInfo, Edge, Evidence, Node};

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

/// The `graph` object written for a graph.
fn meta_out(graph: &ActorGraph) -> GraphMetaOut<'_> {
    GraphMetaOut {
        generator: "actorgraph",
        version: env!("CARGO_PKG_VERSION"),
        schema: SCHEMA,
        duplicates_dropped: graph.duplicates_dropped(),
        documents: graph.documents(),
    }
}

/// The link written for an edge.
fn link_out<'a>((s, t, e): &(&'a Node, &'a Node, &'a crate::graph::Edge)) -> LinkOut<'a> {
    LinkOut {
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
    }
}

fn no_days(d: &&BTreeMap<String, u64>) -> bool {
    d.is_empty()
}

/// Writes the graph as pretty-printed node-link JSON (with a final newline) to `out`, without
/// building it in memory first. The links (most of a large graph) are serialised in parallel,
/// a window at a time, each pretty-printed alone and indented to its depth; the bytes are
/// those `serde_json::to_writer_pretty` writes for the whole document.
pub fn write_json<W: std::io::Write>(graph: &ActorGraph, mut out: W) -> std::io::Result<()> {
    use rayon::prelude::*;

    /// Links per parallel task, and tasks per window written before the next is serialised.
    const CHUNK: usize = 512;
    const WINDOW: usize = 16;

    #[derive(Serialize)]
    struct Head<'a> {
        directed: bool,
        multigraph: bool,
        graph: GraphMetaOut<'a>,
        nodes: Vec<&'a Node>,
    }
    let head = Head {
        directed: true,
        multigraph: true,
        graph: meta_out(graph),
        nodes: graph.nodes(),
    };
    // The head goes straight to `out`, all but its last two bytes: `links` comes last, so the
    // object the head closes is reopened. (Its document list is most of a large graph's head:
    // serialised into one buffer first, it doubled the peak memory of a 3-million-document
    // run, 470 MB → 940 MB while the output was written.)
    let mut held = std::io::BufWriter::with_capacity(
        1 << 16,
        HoldBack {
            out: &mut out,
            tail: Vec::with_capacity(2),
        },
    );
    serde_json::to_writer_pretty(&mut held, &head).map_err(std::io::Error::from)?;
    let held = held.into_inner().map_err(|e| e.into_error())?;
    assert_eq!(held.tail, b"\n}", "pretty JSON object");
    drop(head);
    out.write_all(b",\n  \"links\": ")?;
    let edges = graph.edges();
    if edges.is_empty() {
        out.write_all(b"[]")?;
    } else {
        out.write_all(b"[\n    ")?;
        let serialise = |window: &[(&Node, &Node, &crate::graph::Edge)]| {
            window
                .par_chunks(CHUNK)
                .map(|chunk| {
                    let mut buf = Vec::new();
                    for (i, e) in chunk.iter().enumerate() {
                        if i > 0 {
                            buf.extend_from_slice(b",\n    ");
                        }
                        // A JSON string holds no raw newline: every newline is layout.
                        let link = serde_json::to_vec_pretty(&link_out(e))?;
                        let mut lines = link.split(|&b| b == b'\n');
                        buf.extend_from_slice(lines.next().unwrap_or_default());
                        for line in lines {
                            buf.extend_from_slice(b"\n    ");
                            buf.extend_from_slice(line);
                        }
                    }
                    Ok(buf)
                })
                .collect::<Vec<serde_json::Result<Vec<u8>>>>()
        };
        // Each window is written while the next one is serialised.
        let mut windows = edges.chunks(CHUNK * WINDOW);
        let mut parts = windows.next().map(serialise);
        let mut first = true;
        while let Some(done) = parts.take() {
            let next = windows.next();
            rayon::in_place_scope(|scope| -> std::io::Result<()> {
                scope.spawn(|_| parts = next.map(serialise));
                for part in done {
                    if !first {
                        out.write_all(b",\n    ")?;
                    }
                    first = false;
                    out.write_all(&part.map_err(std::io::Error::from)?)?;
                }
                Ok(())
            })?;
        }
        out.write_all(b"\n  ]")?;
    }
    out.write_all(b"\n}\n")?;
    out.flush()
}

/// A writer that passes on everything but the last two bytes written to it (kept in `tail`).
struct HoldBack<'w, W: std::io::Write> {
    out: &'w mut W,
    tail: Vec<u8>,
}

impl<W: std::io::Write> std::io::Write for HoldBack<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        const KEEP: usize = 2;
        if buf.len() >= KEEP {
            self.out.write_all(&self.tail)?;
            self.out.write_all(&buf[..buf.len() - KEEP])?;
            self.tail.clear();
            self.tail.extend_from_slice(&buf[buf.len() - KEEP..]);
        } else {
            self.tail.extend_from_slice(buf);
            let extra = self.tail.len().saturating_sub(KEEP);
            self.out.write_all(&self.tail[..extra])?;
            self.tail.drain(..extra);
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
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
        // Two records of one actor would be merged silently (mentions added, aliases joined):
        // a hand-edited or concatenated file, not a graph actorgraph wrote.
        if g.node_index(&n.id).is_some() {
            return Err(Error::Graph {
                file: file.to_string(),
                message: duplicate_node(&n.id),
            });
        }
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

fn duplicate_node(id: &str) -> String {
    format!("node id {id:?} appears more than once in \"nodes\"")
}

/// A link with its ids borrowed from the text when they need no unescaping; `E` is how its
/// evidence is read (kept, or skipped unparsed).
#[derive(Deserialize)]
struct BorrowedLink<'a, E> {
    #[serde(borrow)]
    source: std::borrow::Cow<'a, str>,
    #[serde(borrow)]
    target: std::borrow::Cow<'a, str>,
    relation: Relation,
    weight: u64,
    #[serde(default)]
    daily: BTreeMap<String, u64>,
    evidence: E,
}

/// How [`from_json_fast_with`] reads a link's evidence.
trait EvidenceRead<'a>: Deserialize<'a> + Send + 'a {
    fn into_evidence(self) -> Vec<Evidence>;
}

impl<'a> EvidenceRead<'a> for Vec<BorrowedEvidence<'a>> {
    fn into_evidence(self) -> Vec<Evidence> {
        self.into_iter().map(Evidence::from).collect()
    }
}

impl EvidenceRead<'_> for serde::de::IgnoredAny {
    fn into_evidence(self) -> Vec<Evidence> {
        Vec::new()
    }
}

/// [`Evidence`] with its strings borrowed from the text, so that the parsing thread only parses
/// and the building thread allocates.
#[derive(Deserialize)]
struct BorrowedEvidence<'a> {
    #[serde(borrow)]
    document: std::borrow::Cow<'a, str>,
    sentence: usize,
    start: usize,
    end: usize,
    #[serde(borrow)]
    text: std::borrow::Cow<'a, str>,
    #[serde(borrow)]
    pattern: std::borrow::Cow<'a, str>,
    #[serde(default)]
    parties: Vec<String>,
}

impl From<BorrowedEvidence<'_>> for Evidence {
    fn from(e: BorrowedEvidence<'_>) -> Evidence {
        Evidence {
            document: e.document.into_owned(),
            sentence: e.sentence,
            start: e.start,
            end: e.end,
            text: e.text.into_owned(),
            pattern: e.pattern.into_owned(),
            parties: e.parties,
        }
    }
}

/// Reads a graph written by [`to_json`], like [`from_json`] and with the same result, but built
/// for large graphs: links are streamed (never all held at once), their ids are borrowed from the
/// text, and on a machine with two or more cores one thread parses while another builds the
/// graph. Used by `actorgraph query`.
pub fn from_json_fast(file: &str, text: &str) -> Result<ActorGraph> {
    from_json_fast_with::<_, Vec<BorrowedEvidence>>(file, serde_json::Deserializer::from_str(text))
}

/// [`from_json_fast`] on bytes (spares a separate UTF-8 check of the whole file: the parser
/// checks the strings it reads).
pub fn from_json_fast_slice(file: &str, bytes: &[u8]) -> Result<ActorGraph> {
    from_json_fast_with::<_, Vec<BorrowedEvidence>>(
        file,
        serde_json::Deserializer::from_slice(bytes),
    )
}

/// [`from_json_fast_slice`] without the evidence: every edge keeps its relation, weight and
/// dates but an empty evidence list, and the evidence is only skimmed, never decoded. For
/// questions that do not show sentences (neighbours, camps) on large graphs: the evidence is
/// most of the file and most of the loading time.
pub fn from_json_structure_slice(file: &str, bytes: &[u8]) -> Result<ActorGraph> {
    from_json_fast_with::<_, serde::de::IgnoredAny>(
        file,
        serde_json::Deserializer::from_slice(bytes),
    )
}

fn from_json_fast_with<'de, R: serde_json::de::Read<'de>, E: EvidenceRead<'de>>(
    file: &str,
    mut de: serde_json::Deserializer<R>,
) -> Result<ActorGraph> {
    use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
    use std::sync::mpsc::{sync_channel, Receiver};

    const BATCH: usize = 8192;

    /// Inserts batches of links into the graph; the first unknown node is an error.
    fn build<'a, E: EvidenceRead<'a>>(
        g: &mut ActorGraph,
        batches: impl Iterator<Item = Vec<BorrowedLink<'a, E>>>,
    ) -> std::result::Result<(), String> {
        // The ids side by side in one buffer, so the key checks of a million lookups stay in
        // cache; FxHash, since ids are short and SipHash dominated the lookups.
        let nodes = g.nodes();
        let arena: String = nodes.iter().map(|n| n.id.as_str()).collect();
        let mut ids: rustc_hash::FxHashMap<&str, petgraph::stable_graph::NodeIndex> =
            rustc_hash::FxHashMap::with_capacity_and_hasher(nodes.len(), Default::default());
        let mut at = 0;
        for n in &nodes {
            let id = &arena[at..at + n.id.len()];
            at += n.id.len();
            ids.insert(id, g.node_index(id).expect("node"));
        }
        drop(nodes);
        // Saved links come sorted by source: remember the last one, and compare ids as the
        // link holds them, so most lookups never touch the graph's scattered node records.
        let mut last: Option<(String, petgraph::stable_graph::NodeIndex)> = None;
        for batch in batches {
            for l in batch {
                let s = match &last {
                    Some((id, i)) if *id == l.source => Some(*i),
                    _ => ids.get(l.source.as_ref()).copied(),
                };
                let (Some(s), Some(t)) = (s, ids.get(l.target.as_ref()).copied()) else {
                    return Err(format!(
                        "link {} -> {} names an unknown node",
                        l.source, l.target
                    ));
                };
                if last.as_ref().is_none_or(|(id, _)| *id != l.source) {
                    last = Some((l.source.to_string(), s));
                }
                let edge = Edge {
                    relation: l.relation,
                    weight: l.weight,
                    daily: l.daily,
                    evidence: l.evidence.into_evidence(),
                };
                if l.relation.is_symmetric() && l.target < l.source {
                    g.insert_edge_ordered(t, s, edge);
                } else {
                    g.insert_edge_ordered(s, t, edge);
                }
            }
        }
        Ok(())
    }

    struct Doc<'g, E> {
        graph: &'g mut ActorGraph,
        evidence: std::marker::PhantomData<E>,
    }

    struct LinksSeed<'g, E> {
        graph: &'g mut ActorGraph,
        evidence: std::marker::PhantomData<E>,
    }

    struct LinksVisitor<'g, E> {
        graph: &'g mut ActorGraph,
        evidence: std::marker::PhantomData<E>,
    }

    impl<'de, E: EvidenceRead<'de>> Visitor<'de> for LinksVisitor<'_, E> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a list of links")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<(), A::Error> {
            let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
            if threads < 2 {
                let mut batch = Vec::new();
                while let Some(l) = seq.next_element::<BorrowedLink<'de, E>>()? {
                    batch.push(l);
                }
                return build(self.graph, std::iter::once(batch)).map_err(serde::de::Error::custom);
            }
            let graph = self.graph;
            std::thread::scope(|scope| {
                let (tx, rx) = sync_channel::<Vec<BorrowedLink<'de, E>>>(4);
                let builder = scope.spawn(move || {
                    let rx: Receiver<_> = rx;
                    let r = build(graph, rx.iter());
                    // Drain so the parser never blocks on a full channel after an error.
                    for _ in rx.iter() {}
                    r
                });
                let mut batch = Vec::with_capacity(BATCH);
                let parsed = loop {
                    match seq.next_element::<BorrowedLink<'de, E>>() {
                        Ok(Some(l)) => {
                            batch.push(l);
                            if batch.len() == BATCH {
                                let _ = tx
                                    .send(std::mem::replace(&mut batch, Vec::with_capacity(BATCH)));
                            }
                        }
                        Ok(None) => break Ok(()),
                        Err(e) => break Err(e),
                    }
                };
                let _ = tx.send(batch);
                drop(tx);
                let built = builder.join().expect("graph builder thread");
                parsed?;
                built.map_err(serde::de::Error::custom)
            })
        }
    }

    impl<'de, E: EvidenceRead<'de>> DeserializeSeed<'de> for LinksSeed<'_, E> {
        type Value = ();
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
            d.deserialize_seq(LinksVisitor {
                graph: self.graph,
                evidence: self.evidence,
            })
        }
    }

    impl<'de, E: EvidenceRead<'de>> Visitor<'de> for Doc<'_, E> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a node-link graph")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<(), A::Error> {
            let (mut nodes_seen, mut links_seen, mut meta_seen) = (false, false, false);
            let mut early_links: Option<Vec<BorrowedLink<'de, E>>> = None;
            while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                match key.as_ref() {
                    "nodes" => {
                        for n in map.next_value::<Vec<Node>>()? {
                            if self.graph.node_index(&n.id).is_some() {
                                return Err(serde::de::Error::custom(duplicate_node(&n.id)));
                            }
                            self.graph.add_node(n);
                        }
                        nodes_seen = true;
                        if let Some(links) = early_links.take() {
                            build(self.graph, std::iter::once(links))
                                .map_err(serde::de::Error::custom)?;
                        }
                    }
                    "links" if nodes_seen => {
                        map.next_value_seed(LinksSeed {
                            graph: self.graph,
                            evidence: self.evidence,
                        })?;
                        links_seen = true;
                    }
                    "links" => {
                        early_links = Some(map.next_value()?);
                        links_seen = true;
                    }
                    "graph" => {
                        let meta: GraphMeta = map.next_value()?;
                        for d in meta.documents {
                            self.graph.add_document(d);
                        }
                        meta_seen = true;
                    }
                    _ => {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
            }
            for (seen, field) in [
                (nodes_seen, "nodes"),
                (links_seen, "links"),
                (meta_seen, "graph"),
            ] {
                if !seen {
                    return Err(serde::de::Error::missing_field(field));
                }
            }
            Ok(())
        }
    }

    let mut g = ActorGraph::new();
    de.deserialize_map(Doc::<E> {
        graph: &mut g,
        evidence: std::marker::PhantomData,
    })
    .and_then(|()| de.end())
    .map_err(|e| Error::Graph {
        file: file.to_string(),
        message: e.to_string(),
    })?;
    Ok(g)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::Evidence;

    /// The whole document in one struct, as `write_json` wrote it before it wrote links in
    /// parallel.
    #[derive(Serialize)]
    struct NodeLinkOut<'a> {
        directed: bool,
        multigraph: bool,
        graph: GraphMetaOut<'a>,
        nodes: Vec<&'a Node>,
        links: Vec<LinkOut<'a>>,
    }

    /// The whole document through `serde_json::to_writer_pretty`, as `write_json` once did.
    fn reference(graph: &ActorGraph) -> Vec<u8> {
        let doc = NodeLinkOut {
            directed: true,
            multigraph: true,
            graph: meta_out(graph),
            nodes: graph.nodes(),
            links: graph.edges().iter().map(link_out).collect(),
        };
        let mut out = serde_json::to_vec_pretty(&doc).unwrap();
        out.push(b'\n');
        out
    }

    fn node(i: usize) -> Node {
        Node {
            id: format!("a{i}"),
            label: format!("Actor \"{i}\"\n"),
            kind: "state".into(),
            aliases: vec![format!("A\\{i}")],
            parent: None,
            country: None,
            office: None,
            mentions: 1,
        }
    }

    /// The parallel writer gives the bytes of the one-pass writer: no links or documents, a
    /// few, and more than one window, with escapes, mediations, dates and duplicates counted.
    #[test]
    fn parallel_links_write_the_bytes_of_one_pass() {
        for (nodes, links, docs) in [(0, 0, 0), (3, 0, 1), (5, 7, 3), (400, 70_000, 20_000)] {
            let mut g = ActorGraph::new();
            for d in 0..docs {
                g.add_document(crate::graph::DocumentInfo {
                    id: format!("doc \"{d}\"\n"),
                    sentences: d % 17,
                });
            }
            for i in 0..nodes {
                g.add_node(node(i));
            }
            for k in 0..links {
                let (a, b) = (k % nodes, (k * 7 + 1) % nodes);
                let relation = [
                    Relation::Ally,
                    Relation::Adversary,
                    Relation::Proxy,
                    Relation::Mediator,
                ][k % 4];
                let ev = Evidence {
                    document: format!("doc {k}"),
                    sentence: k,
                    start: 0,
                    end: 3,
                    text: format!("\"Quoted\"\ttext \u{2014} {k}"),
                    pattern: "p".into(),
                    parties: vec![format!("a{a}"), format!("a{b}")],
                };
                let day = format!("2026-01-{:02}", 1 + k % 28);
                g.add_relation_on(relation, &format!("a{a}"), &format!("a{b}"), ev, Some(&day));
            }
            g.add_duplicates_dropped(3);
            let mut fast = Vec::new();
            write_json(&g, &mut fast).unwrap();
            assert_eq!(
                String::from_utf8(fast).unwrap(),
                String::from_utf8(reference(&g)).unwrap(),
                "{nodes} nodes, {links} links, {docs} documents"
            );
        }
    }
}
