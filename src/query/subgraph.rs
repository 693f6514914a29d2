//! `subgraph`: the ego network of one actor as a graph of its own, for the exports.

use std::collections::BTreeSet;

use super::*;

impl<'g> QueryGraph<'g> {
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
}
