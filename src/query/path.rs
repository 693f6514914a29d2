//! `path`: the shortest (or all simple) paths between two actors, each hop with its strongest
//! edge and first sentence.

use std::collections::BTreeSet;

use serde::Serialize;

use super::*;

/// The sentence shown for a hop.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceRef {
    /// Document id.
    pub document: String,
    /// Sentence index.
    pub sentence: usize,
    /// The sentence.
    pub text: String,
}

/// One hop of a path.
#[derive(Debug, Clone, Serialize)]
pub struct Hop {
    /// From this actor…
    pub from: String,
    /// …to this one.
    pub to: String,
    /// Relation of the strongest edge between them (highest weight, then relation order).
    pub relation: Relation,
    /// `forward` (the edge points from → to), `backward`, or `both` (symmetric).
    pub direction: &'static str,
    /// Weight of that edge.
    pub weight: u64,
    /// Every relation between the two actors that passes the filter.
    pub relations: Vec<Relation>,
    /// The first sentence (in document order) of the strongest edge.
    pub evidence: Option<EvidenceRef>,
}

/// One path.
#[derive(Debug, Clone, Serialize)]
pub struct PathRow {
    /// Number of hops.
    pub hops: usize,
    /// Actor ids from start to end.
    pub actors: Vec<String>,
    /// The hops.
    pub steps: Vec<Hop>,
}

/// Answer to `path`.
#[derive(Debug, Clone, Serialize)]
pub struct PathAnswer {
    /// Start.
    pub from: ActorRef,
    /// End.
    pub to: ActorRef,
    /// Directed relations followed only in their direction.
    pub directed: bool,
    /// Hop limit (`null`: none).
    pub max_hops: Option<usize>,
    /// All simple paths (up to `max_hops`) rather than the shortest.
    pub all: bool,
    /// Paths, sorted by (hops, actor ids); empty when none.
    pub paths: Vec<PathRow>,
    /// More paths exist than the limit allowed.
    pub truncated: bool,
}

impl<'g> QueryGraph<'g> {
    fn hop(&self, view: &View, from: u32, to: u32, directed: bool) -> Hop {
        let arcs: Vec<(&Arc, &EdgeRec)> = view
            .walk(from, directed, true)
            .filter(|(a, _)| a.other == to)
            .collect();
        let relations: BTreeSet<Relation> = arcs.iter().map(|(_, e)| e.edge.relation).collect();
        let (a, e) = arcs
            .iter()
            .copied()
            .min_by_key(|(a, e)| (std::cmp::Reverse(e.edge.weight), e.edge.relation, !a.out))
            .expect("a hop has an edge");
        Hop {
            from: self.node(from).id.clone(),
            to: self.node(to).id.clone(),
            relation: e.edge.relation,
            direction: if e.edge.relation.is_symmetric() {
                "both"
            } else if a.out {
                "forward"
            } else {
                "backward"
            },
            weight: e.edge.weight,
            relations: relations.into_iter().collect(),
            evidence: e.edge.evidence.first().map(|ev| EvidenceRef {
                document: ev.document.clone(),
                sentence: ev.sentence,
                text: ev.text.clone(),
            }),
        }
    }

    fn path_row(&self, view: &View, actors: &[u32], directed: bool) -> PathRow {
        PathRow {
            hops: actors.len() - 1,
            actors: actors.iter().map(|&v| self.node(v).id.clone()).collect(),
            steps: actors
                .windows(2)
                .map(|w| self.hop(view, w[0], w[1], directed))
                .collect(),
        }
    }

    /// The shortest path from `from` to `to` (the one with the smallest actor ids among equals),
    /// or with `all` every simple path up to `max_hops` (at most `limit`), shortest first.
    #[allow(clippy::too_many_arguments)]
    pub fn path(
        &self,
        from: u32,
        to: u32,
        directed: bool,
        max_hops: Option<usize>,
        all: bool,
        limit: usize,
        filter: &Filter,
    ) -> PathAnswer {
        let limit_hops = max_hops.unwrap_or(usize::MAX);
        let view = View::new(self, filter, &[from, to]);
        let mut answer = PathAnswer {
            from: self.aref(from),
            to: self.aref(to),
            directed,
            max_hops,
            all,
            paths: Vec::new(),
            truncated: false,
        };
        if from == to {
            answer.paths.push(PathRow {
                hops: 0,
                actors: vec![self.node(from).id.clone()],
                steps: Vec::new(),
            });
            return answer;
        }
        let dist = view.dist_to(
            to,
            directed,
            limit_hops,
            if all { None } else { Some(from) },
        );
        let d0 = dist[from as usize];
        if d0 == u32::MAX || d0 as usize > limit_hops {
            return answer;
        }
        if !all {
            let mut path = vec![from];
            let mut v = from;
            while v != to {
                let want = dist[v as usize] - 1;
                v = view
                    .walk(v, directed, true)
                    .map(|(a, _)| a.other)
                    .find(|&u| dist[u as usize] == want)
                    .expect("BFS parent");
                path.push(v);
            }
            answer.paths.push(self.path_row(&view, &path, directed));
            return answer;
        }
        let mut found: Vec<Vec<u32>> = Vec::new();
        let mut on_path = vec![false; self.nodes.len()];
        // Without a hop limit, no simple path is longer than the number of actors.
        'lengths: for len in d0 as usize..=limit_hops.min(self.nodes.len()) {
            // Depth-first, neighbours in id order: paths of one length come out sorted.
            let mut path = vec![from];
            on_path[from as usize] = true;
            let mut stack: Vec<(u32, usize)> = vec![(from, 0)];
            while let Some(&mut (v, ref mut pos)) = stack.last_mut() {
                let arcs = self.arcs(v);
                let mut next = None;
                while *pos < arcs.len() {
                    let a = arcs[*pos];
                    *pos += 1;
                    let u = a.other;
                    let e = &self.edges[a.edge as usize];
                    if on_path[u as usize]
                        || !view.edge_ok(e)
                        || !view.node_ok(u)
                        || (directed && !e.edge.relation.is_symmetric() && !a.out)
                        || dist[u as usize] == u32::MAX
                        || path.len() + dist[u as usize] as usize > len
                    {
                        continue;
                    }
                    // Skip parallel arcs to the same actor once it was tried.
                    while *pos < arcs.len() && arcs[*pos].other == u {
                        *pos += 1;
                    }
                    next = Some(u);
                    break;
                }
                match next {
                    Some(u) if u == to => {
                        if path.len() == len {
                            let mut p = path.clone();
                            p.push(u);
                            found.push(p);
                            if found.len() > limit {
                                break 'lengths;
                            }
                        }
                    }
                    Some(u) => {
                        on_path[u as usize] = true;
                        path.push(u);
                        stack.push((u, 0));
                    }
                    None => {
                        stack.pop();
                        if let Some(v) = path.pop() {
                            on_path[v as usize] = false;
                        }
                    }
                }
            }
        }
        if found.len() > limit {
            found.truncate(limit);
            answer.truncated = true;
        }
        answer.paths = found
            .iter()
            .map(|p| self.path_row(&view, p, directed))
            .collect();
        answer
    }
}

impl Render for PathAnswer {
    fn render_width(&self, width: Option<usize>) -> String {
        let mut s = format!("Paths from {} to {}", self.from.id, self.to.id);
        if self.paths.is_empty() {
            match self.max_hops {
                Some(h) => s.push_str(&format!(": none within {h} hops\n")),
                None => s.push_str(": none\n"),
            }
            return s;
        }
        s.push('\n');
        for (i, p) in self.paths.iter().enumerate() {
            s.push_str(&format!(
                "{}. {} ({} hops)\n",
                i + 1,
                p.actors.join(" - "),
                p.hops
            ));
            let mut t = Table::new(&[
                "from",
                "to",
                "relation",
                "direction",
                "weight",
                "relations",
                "evidence",
            ]);
            for h in &p.steps {
                let ev = h
                    .evidence
                    .as_ref()
                    .map(|e| {
                        let text = table::cut(&e.text, EVIDENCE_CHARS);
                        format!("[{}#{}] {text}", e.document, e.sentence)
                    })
                    .unwrap_or_default();
                t.row(vec![
                    h.from.clone(),
                    h.to.clone(),
                    h.relation.to_string(),
                    h.direction.to_string(),
                    h.weight.to_string(),
                    rel_list(&h.relations),
                    ev,
                ]);
            }
            s.push_str(&t.render_fit(width));
        }
        if self.truncated {
            s.push_str("(more paths left out: raise --limit)\n");
        }
        s
    }
}
