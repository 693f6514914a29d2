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
    let all: Vec<u32> = (0..adj.len() as u32).collect();
    betweenness_from(adj, directed, &all)
}

/// [`betweenness`] estimated from the shortest paths out of `sources` only (Brandes and Pich's
/// pivot sampling), scaled by `n / sources.len()` as networkx scales its `k`-sample estimate;
/// with every node as a source it is exact. The searches run in parallel (rayon) over fixed
/// blocks of sources whose sums are added in block order, so the result does not depend on
/// the number of threads.
pub fn betweenness_from(adj: &[Vec<u32>], directed: bool, sources: &[u32]) -> (Vec<f64>, Vec<f64>) {
    use rayon::prelude::*;
    const BLOCK: usize = 64;
    let n = adj.len();
    let blocks: Vec<Vec<f64>> = sources
        .par_chunks(BLOCK)
        .map(|block| {
            let mut search = Search::new(n);
            for &s in block {
                search.accumulate(adj, s);
            }
            search.bc
        })
        .collect();
    let mut bc = vec![0.0f64; n];
    for block in blocks {
        for (total, b) in bc.iter_mut().zip(block) {
            *total += b;
        }
    }
    if !sources.is_empty() && sources.len() < n {
        let scale = n as f64 / sources.len() as f64;
        bc.iter_mut().for_each(|b| *b *= scale);
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

/// `k` distinct nodes of `0..n`, drawn with a fixed seed (so a question asked twice gets the
/// same answer), sorted.
pub fn sample_sources(n: usize, k: usize) -> Vec<u32> {
    let mut nodes: Vec<u32> = (0..n as u32).collect();
    let k = k.min(n);
    let mut state = 0x5eed_ac70_u64;
    for i in 0..k {
        // SplitMix64, then a partial Fisher-Yates shuffle.
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        let j = i + (z % (n - i) as u64) as usize;
        nodes.swap(i, j);
    }
    nodes.truncate(k);
    nodes.sort_unstable();
    nodes
}

/// The working arrays of one thread's breadth-first searches, and its share of the sums.
struct Search {
    bc: Vec<f64>,
    sigma: Vec<f64>,
    dist: Vec<u32>,
    delta: Vec<f64>,
    preds: Vec<Vec<u32>>,
    order: Vec<u32>,
    queue: VecDeque<u32>,
}

impl Search {
    fn new(n: usize) -> Search {
        Search {
            bc: vec![0.0; n],
            sigma: vec![0.0; n],
            dist: vec![u32::MAX; n],
            delta: vec![0.0; n],
            preds: vec![Vec::new(); n],
            order: Vec::with_capacity(n),
            queue: VecDeque::with_capacity(n),
        }
    }

    /// Adds the dependencies of source `s` on every node to `bc`.
    fn accumulate(&mut self, adj: &[Vec<u32>], s: u32) {
        let s = s as usize;
        // Reset only what the previous search touched.
        for &v in &self.order {
            let v = v as usize;
            self.sigma[v] = 0.0;
            self.dist[v] = u32::MAX;
            self.delta[v] = 0.0;
            self.preds[v].clear();
        }
        self.order.clear();
        self.sigma[s] = 1.0;
        self.dist[s] = 0;
        self.queue.push_back(s as u32);
        while let Some(v) = self.queue.pop_front() {
            self.order.push(v);
            let dv = self.dist[v as usize];
            for &w in &adj[v as usize] {
                let wi = w as usize;
                if self.dist[wi] == u32::MAX {
                    self.dist[wi] = dv + 1;
                    self.queue.push_back(w);
                }
                if self.dist[wi] == dv + 1 {
                    self.sigma[wi] += self.sigma[v as usize];
                    self.preds[wi].push(v);
                }
            }
        }
        for &w in self.order.iter().rev() {
            let wi = w as usize;
            let coeff = (1.0 + self.delta[wi]) / self.sigma[wi];
            for &v in &self.preds[wi] {
                self.delta[v as usize] += self.sigma[v as usize] * coeff;
            }
            if wi != s {
                self.bc[wi] += self.delta[wi];
            }
        }
    }
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

    #[test]
    fn every_node_as_a_source_is_exact_and_threads_do_not_matter() {
        // A ring of 300 with chords: blocks of sources summed in order, whatever the threads.
        let n = 300u32;
        let mut edges: Vec<(u32, u32)> = (0..n).map(|i| (i, (i + 1) % n)).collect();
        edges.extend(
            (0..n)
                .step_by(7)
                .map(|i| (i, (i * 13 + 5) % n))
                .filter(|(a, b)| a != b),
        );
        edges.sort_unstable();
        edges.dedup();
        let adj = undirected(n as usize, &edges);
        let all: Vec<u32> = (0..n).collect();
        let exact = betweenness(&adj, false);
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .unwrap();
        let one = pool.install(|| betweenness_from(&adj, false, &all));
        assert_eq!(exact, one);
    }

    #[test]
    fn sampled_sources_scale_to_the_whole_graph() {
        // Path 0-1-2-3-4 from source 0 only: node 1 lies on the paths to 2, 3, 4 (3), node 2 on
        // those to 3, 4 (2), node 3 on the one to 4 (1); scaled by n/k = 5.
        let adj = undirected(5, &[(0, 1), (1, 2), (2, 3), (3, 4)]);
        let (_, raw) = betweenness_from(&adj, false, &[0]);
        assert_eq!(raw, vec![0.0, 7.5, 5.0, 2.5, 0.0]);
        // The exact raw values: an estimate from one source is rough, which is why sampling
        // takes many.
        let (_, exact) = betweenness(&adj, false);
        assert_eq!(exact, vec![0.0, 3.0, 4.0, 3.0, 0.0]);
    }
}
