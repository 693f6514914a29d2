//! `camps`: groups of actors held together by alliances, and the adversary edges inside them.

use std::collections::BTreeMap;

use serde::Serialize;

use super::*;

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

impl<'g> QueryGraph<'g> {
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
