//! `neighbors`: the actors within some hops of one actor, with the edge that first reached each.

use serde::Serialize;

use super::*;

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

impl<'g> QueryGraph<'g> {
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
}

impl Render for NeighborsAnswer {
    fn render_width(&self, width: Option<usize>) -> String {
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
            t.render_fit(width)
        )
    }
}
