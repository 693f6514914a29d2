//! `camps`: groups of actors held together by alliances, and the adversary edges between and
//! inside them. A camp has two members or more; an actor allied to no one is no camp of its own
//! but a side of its own in the adversary list (by its id in `--json`, its name in the table).

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
    /// The members' display names, in the order of `members`.
    pub labels: Vec<String>,
}

/// One side of an adversary grouping: a camp (its number) or an actor in no camp (its id).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(untagged)]
pub enum Side {
    /// A camp, by number.
    Camp(usize),
    /// An actor allied to no one, by id.
    Actor(String),
}

impl std::fmt::Display for Side {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Side::Camp(n) => write!(f, "camp {n}"),
            Side::Actor(id) => f.write_str(id),
        }
    }
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

/// Adversary edges between two sides (`a == b`: inside one camp).
#[derive(Debug, Clone, Serialize)]
pub struct CampConflict {
    /// A camp number, or the id of an actor in no camp (camps sort first).
    pub a: Side,
    /// The other side (≥ a).
    pub b: Side,
    /// Sum of the edge weights.
    pub weight: u64,
    /// The edges.
    pub edges: Vec<CampEdge>,
}

/// Answer to `camps`.
#[derive(Debug, Clone, Serialize)]
pub struct CampsAnswer {
    /// The camps of two members or more.
    pub camps: Vec<Camp>,
    /// Actors with a relation but allied to no one (in no camp), sorted.
    pub unaligned: Vec<String>,
    /// Their display names, in the order of `unaligned`.
    pub unaligned_labels: Vec<String>,
    /// Adversary edges grouped by camp pair, sorted by (a, b).
    pub adversaries: Vec<CampConflict>,
    /// Display names of the actors named above, by id (for the table).
    #[serde(skip)]
    names: BTreeMap<String, String>,
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
        let (mut groups, alone): (Vec<Vec<u32>>, Vec<Vec<u32>>) =
            groups.into_values().partition(|g| g.len() > 1);
        groups.sort_by(|a, b| b.len().cmp(&a.len()).then(a[0].cmp(&b[0])));
        let mut side_of: Vec<Option<Side>> = vec![None; n];
        for (i, g) in groups.iter().enumerate() {
            for &v in g {
                side_of[v as usize] = Some(Side::Camp(i + 1));
            }
        }
        let mut alone_named: Vec<(String, String)> = alone
            .iter()
            .map(|g| (self.node(g[0]).id.clone(), self.node(g[0]).label.clone()))
            .collect();
        alone_named.sort();
        let (unaligned, unaligned_labels): (Vec<String>, Vec<String>) =
            alone_named.into_iter().unzip();
        for g in &alone {
            side_of[g[0] as usize] = Some(Side::Actor(self.node(g[0]).id.clone()));
        }
        let side = |v: u32| side_of[v as usize].clone().expect("an actor with an edge");
        let mut conflicts: BTreeMap<(Side, Side), Vec<&EdgeRec>> = BTreeMap::new();
        for e in &self.edges {
            if e.edge.relation == Relation::Adversary
                && view.edge_ok(e)
                && view.node_ok(e.source)
                && view.node_ok(e.target)
            {
                let (a, b) = (side(e.source), side(e.target));
                let key = if a <= b { (a, b) } else { (b, a) };
                conflicts.entry(key).or_default().push(e);
            }
        }
        let mut names = BTreeMap::new();
        for e in conflicts.values().flatten() {
            for v in [e.source, e.target] {
                let n = self.node(v);
                names.insert(n.id.clone(), n.label.clone());
            }
        }
        CampsAnswer {
            camps: groups
                .iter()
                .enumerate()
                .map(|(i, g)| Camp {
                    camp: i + 1,
                    members: g.iter().map(|&v| self.node(v).id.clone()).collect(),
                    labels: g.iter().map(|&v| self.node(v).label.clone()).collect(),
                })
                .collect(),
            unaligned,
            unaligned_labels,
            names,
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
    fn render_width(&self, width: Option<usize>) -> String {
        let mut t = Table::new(&["camp", "size", "members"]);
        for c in &self.camps {
            t.row(vec![
                c.camp.to_string(),
                c.members.len().to_string(),
                c.labels.join(", "),
            ]);
        }
        // Actors by their display names (the ids are in `--json`).
        let name = |id: &str| self.names.get(id).map_or(id, String::as_str).to_string();
        let side = |s: &Side| match s {
            Side::Camp(_) => s.to_string(),
            Side::Actor(id) => name(id),
        };
        let mut a = Table::new(&["side", "side", "weight", "edges"]);
        for c in &self.adversaries {
            let edges: Vec<String> = c
                .edges
                .iter()
                .map(|e| format!("{} - {}", name(&e.source), name(&e.target)))
                .collect();
            a.row(vec![
                side(&c.a),
                side(&c.b),
                c.weight.to_string(),
                edges.join(", "),
            ]);
        }
        let alone = if self.unaligned.is_empty() {
            String::new()
        } else {
            format!(
                "\nIn no camp ({}): {}\n",
                self.unaligned_labels.len(),
                self.unaligned_labels.join(", ")
            )
        };
        format!(
            "Camps (two members or more)\n{}{alone}\nAdversaries between camps and actors in no camp\n{}",
            t.render_fit(width),
            a.render_fit(width)
        )
    }
}
