//! `stats`: counts by relation and kind, documents, and the actors of highest degree.

use std::collections::BTreeMap;

use serde::Serialize;

use super::*;

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

impl<'g> QueryGraph<'g> {
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

impl Render for StatsAnswer {
    fn render_width(&self, width: Option<usize>) -> String {
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
            k.render_fit(width),
            r.render_fit(width),
            d.render_fit(width)
        ));
        s
    }
}
