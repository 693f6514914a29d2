//! `brokers`: betweenness on the simple graph of the filter, and the mediators with the pairs
//! they mediate between.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::*;

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

impl<'g> QueryGraph<'g> {
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
}

impl Render for BrokersAnswer {
    fn render_width(&self, width: Option<usize>) -> String {
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
            t.render_fit(width),
            m.render_fit(width)
        )
    }
}
