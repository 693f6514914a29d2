//! Merge is exact, associative and commutative: on random partitions of a generated corpus,
//! merging the partial graphs (in any order and grouping, through their JSON) gives the same
//! bytes as extracting every document at once.

use std::sync::OnceLock;

use actorgraph::corpus::{parse_line, Corpus, CorpusDocument, Options};
use actorgraph::export::json::{from_json, to_json};
use actorgraph::{ActorGraph, Extractor};
use proptest::prelude::*;

fn extractor() -> &'static Extractor {
    static E: OnceLock<Extractor> = OnceLock::new();
    E.get_or_init(|| Extractor::new().unwrap())
}

/// A small generated corpus (no syndicated copies: duplicates in two partitions cannot be
/// seen by either) with some undated documents.
fn corpus() -> &'static Vec<CorpusDocument> {
    static C: OnceLock<Vec<CorpusDocument>> = OnceLock::new();
    C.get_or_init(|| {
        let opts = actorgraph::synth::Options {
            seed: 11,
            bytes: 100_000,
            duplicates: 0.0,
            undated: 0.2,
            days: 20,
        };
        let mut out = Vec::new();
        actorgraph::synth::write_jsonl(extractor().gazetteer(), &opts, &mut out).unwrap();
        out.split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .map(|l| parse_line(l).unwrap())
            .collect()
    })
}

fn options(cap: usize) -> Options {
    Options {
        max_evidence: Some(cap),
        threads: Some(1),
        ..Options::default()
    }
}

fn extract(docs: Vec<CorpusDocument>, cap: usize) -> ActorGraph {
    let mut c = Corpus::new(extractor(), options(cap));
    c.add_documents(docs);
    c.finish().0
}

/// Merges graphs pairwise following `order` (a permutation) and `split` points, through JSON.
fn merge_tree(mut graphs: Vec<ActorGraph>, cap: usize, picks: &[usize]) -> ActorGraph {
    let mut k = 0;
    while graphs.len() > 1 {
        let i = picks[k % picks.len()] % graphs.len();
        k += 1;
        let a = graphs.swap_remove(i);
        let j = picks[k % picks.len()] % graphs.len();
        k += 1;
        let b = graphs.swap_remove(j);
        let mut m = ActorGraph::new();
        m.set_max_evidence(Some(cap));
        let a = from_json("a", &to_json(&a)).unwrap();
        let b = from_json("b", &to_json(&b)).unwrap();
        m.merge(&a);
        m.merge(&b);
        graphs.push(m);
    }
    graphs.pop().unwrap_or_default()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn merging_random_partitions_equals_extracting_at_once(
        parts in 1usize..6,
        assign in proptest::collection::vec(0usize..6, 64),
        picks in proptest::collection::vec(0usize..100, 1..16),
        cap in 1usize..6,
    ) {
        let docs = corpus();
        let whole = to_json(&extract(docs.clone(), cap));
        let mut partitions: Vec<Vec<CorpusDocument>> = vec![Vec::new(); parts];
        for (i, d) in docs.iter().enumerate() {
            partitions[assign[i % assign.len()] % parts].push(d.clone());
        }
        let graphs: Vec<ActorGraph> = partitions.into_iter().map(|p| extract(p, cap)).collect();
        prop_assert_eq!(to_json(&merge_tree(graphs, cap, &picks)), whole);
    }
}

#[test]
fn the_corpus_is_not_trivial() {
    let g = extract(corpus().clone(), 1);
    assert!(corpus().len() > 20);
    assert!(g.edge_count() > 20);
    assert!(
        g.edges()
            .iter()
            .any(|(_, _, e)| e.weight > e.evidence.len() as u64),
        "some edge is capped"
    );
    assert!(
        g.edges().iter().any(|(_, _, e)| !e.daily.is_empty()),
        "some edge is dated"
    );
}
