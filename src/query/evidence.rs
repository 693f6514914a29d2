//! `evidence`: every edge between two actors with its sentences.

use std::collections::BTreeSet;

use serde::Serialize;

use super::*;

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

impl<'g> QueryGraph<'g> {
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
}

impl Render for EvidenceAnswer {
    fn render_width(&self, width: Option<usize>) -> String {
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
            s.push_str(&t.render_fit(width));
        }
        s
    }
}
