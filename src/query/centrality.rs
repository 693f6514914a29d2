//! Betweenness centrality (Brandes 2001) on a simple graph given as adjacency lists.
//!
//! petgraph has no betweenness, so this is the textbook algorithm: one breadth-first search per
//! source counting shortest paths (`sigma`), then dependencies (`delta`) accumulated in reverse
//! BFS order. The result is scaled exactly as networkx's `betweenness_centrality` scales it,
//! so the two agree to rounding (tests/py/betweenness_vs_networkx.py checks 1e-9).

use std::collections::VecDeque;

/// Betweenness of every node of a simple graph.
///
/// `adj[v]` lists the nodes `v` has an arc to (no duplicates, no self-loops). For an undirected
/// graph every edge must appear in both lists and `directed` is false. Returns
/// `(normalized, raw)`: `normalized` is networkx's default (`normalized=True`), `raw` is
/// networkx's `normalized=False` (for undirected graphs every pair counted once).
pub fn betweenness(adj: &[Vec<u32>], directed: bool) -> (Vec<f64>, Vec<f64>) {
    let n = adj.len();
    let mut bc = vec![0.0f64; n];
    let mut sigma = vec![0.0f64; n];
    let mut dist = vec![u32::MAX; n];
    let mut delta = vec![0.0f64; n];
    let mut preds: Vec<Vec<u32>> = vec![Vec::new(); n];
    let mut order: Vec<u32> = Vec::with_capacity(n);
    let mut queue: VecDeque<u32> = VecDeque::with_capacity(n);
    for s in 0..n {
        // Reset only what the previous search touched.
        for &v in &order {
            let v = v as usize;
            sigma[v] = 0.0;
            dist[v] = u32::MAX;
            delta[v] = 0.0;
            preds[v].clear();
        }
        order.clear();
        sigma[s] = 1.0;
        dist[s] = 0;
        queue.push_back(s as u32);
        while let Some(v) = queue.pop_front() {
            order.push(v);
            let dv = dist[v as usize];
            for &w in &adj[v as usize] {
                let wi = w as usize;
                if dist[wi] == u32::MAX {
                    dist[wi] = dv + 1;
                    queue.push_back(w);
                }
                if dist[wi] == dv + 1 {
                    sigma[wi] += sigma[v as usize];
                    preds[wi].push(v);
                }
            }
        }
        for &w in order.iter().rev() {
            let wi = w as usize;
            let coeff = (1.0 + delta[wi]) / sigma[wi];
            for &v in &preds[wi] {
                delta[v as usize] += sigma[v as usize] * coeff;
            }
            if wi != s {
                bc[wi] += delta[wi];
            }
        }
    }
    let raw: Vec<f64> = if directed {
        bc.clone()
    } else {
        bc.iter().map(|b| b * 0.5).collect()
    };
    let normalized = if n > 2 {
        let scale = 1.0 / ((n as f64 - 1.0) * (n as f64 - 2.0));
        bc.iter().map(|b| b * scale).collect()
    } else {
        bc
    };
    (normalized, raw)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn undirected(n: usize, edges: &[(u32, u32)]) -> Vec<Vec<u32>> {
        let mut adj = vec![Vec::new(); n];
        for &(a, b) in edges {
            adj[a as usize].push(b);
            adj[b as usize].push(a);
        }
        adj
    }

    #[test]
    fn path_graph_middle_node_carries_every_pair() {
        // 0 - 1 - 2: node 1 is on the only path between 0 and 2.
        let (norm, raw) = betweenness(&undirected(3, &[(0, 1), (1, 2)]), false);
        assert_eq!(raw, vec![0.0, 1.0, 0.0]);
        assert_eq!(norm, vec![0.0, 1.0, 0.0]);
    }

    #[test]
    fn square_splits_shortest_paths() {
        // 0-1-2-3-0: each node lies on one of the two shortest paths between its neighbours.
        let (_, raw) = betweenness(&undirected(4, &[(0, 1), (1, 2), (2, 3), (3, 0)]), false);
        assert_eq!(raw, vec![0.5, 0.5, 0.5, 0.5]);
    }

    #[test]
    fn directed_star_counts_one_way() {
        // 0 -> 1 -> 2 only: node 1 is between (0, 2) in one direction.
        let adj = vec![vec![1], vec![2], vec![]];
        let (norm, raw) = betweenness(&adj, true);
        assert_eq!(raw, vec![0.0, 1.0, 0.0]);
        assert_eq!(norm, vec![0.0, 0.5, 0.0]);
    }
}
