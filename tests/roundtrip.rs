//! Reading our own JSON back gives an identical graph, on random graphs (proptest): same nodes
//! with every field, same edges with relation, weight and evidence, same documents, and the same
//! bytes when written again.

use actorgraph::export::json::{from_json, to_json};
use actorgraph::{ActorGraph, DocumentInfo, Edge, Evidence, Node, Relation};
use proptest::prelude::*;

/// Any text, including quotes, backslashes, markup, line breaks and non-Latin scripts.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z]{1,8}",
        "\\PC{0,12}",
        proptest::collection::vec(
            prop_oneof![
                Just("\""),
                Just("\\"),
                Just("<"),
                Just("&"),
                Just("\n"),
                Just("中"),
                Just("ع"),
                Just("x")
            ],
            0..8
        )
        .prop_map(|v| v.concat()),
    ]
}

fn relation() -> impl Strategy<Value = Relation> {
    prop_oneof![
        Just(Relation::Mediator),
        Just(Relation::Adversary),
        Just(Relation::Proxy),
        Just(Relation::Ally)
    ]
}

fn evidence(ids: Vec<String>) -> impl Strategy<Value = Evidence> {
    (
        text(),
        0usize..50,
        0usize..5000,
        text(),
        "[a-z.]{1,10}",
        proptest::sample::subsequence(ids.clone(), 0..=ids.len().min(3)),
    )
        .prop_map(
            |(document, sentence, start, text, pattern, parties)| Evidence {
                document,
                sentence,
                start,
                end: start + text.len(),
                text,
                pattern,
                parties,
            },
        )
}

prop_compose! {
    fn node(id: String)(label in text(), kind in "[a-z_]{1,12}", aliases in proptest::collection::btree_set(text(), 0..4),
                        parent in proptest::option::of("[a-z-]{1,8}"), country in proptest::option::of(text()),
                        office in proptest::option::of(text()), mentions in 0u64..1000) -> Node {
        Node { id: id.clone(), label, kind, aliases: aliases.into_iter().collect(), parent, country, office, mentions }
    }
}

fn graph() -> impl Strategy<Value = ActorGraph> {
    proptest::collection::btree_set(text(), 1..8)
        .prop_flat_map(|ids| {
            let ids: Vec<String> = ids.into_iter().collect();
            let n = ids.len();
            let nodes: Vec<_> = ids.iter().map(|id| node(id.clone())).collect();
            let edges = proptest::collection::vec(
                (
                    0..n,
                    0..n,
                    relation(),
                    1u64..5,
                    proptest::collection::vec(evidence(ids.clone()), 0..3),
                ),
                0..12,
            );
            let docs = proptest::collection::btree_map(text(), 0usize..100, 0..3);
            (nodes, edges, docs)
        })
        .prop_map(|(nodes, edges, docs)| {
            let mut g = ActorGraph::new();
            let ids: Vec<String> = nodes.iter().map(|n| n.id.clone()).collect();
            for n in nodes {
                g.add_node(n);
            }
            for (s, t, relation, weight, evidence) in edges {
                g.insert_edge(
                    &ids[s],
                    &ids[t],
                    Edge {
                        relation,
                        weight,
                        // Some edges carry per-day counts, which must survive the round trip too.
                        daily: if weight % 2 == 1 {
                            [(format!("2024-01-{:02}", weight % 28 + 1), weight)]
                                .into_iter()
                                .collect()
                        } else {
                            Default::default()
                        },
                        evidence,
                    },
                );
            }
            for (id, sentences) in docs {
                g.add_document(DocumentInfo { id, sentences });
            }
            g
        })
}

fn same(a: &ActorGraph, b: &ActorGraph) {
    assert_eq!(a.nodes(), b.nodes());
    let ea: Vec<_> = a
        .edges()
        .into_iter()
        .map(|(s, t, e)| (s.id.clone(), t.id.clone(), e.clone()))
        .collect();
    let eb: Vec<_> = b
        .edges()
        .into_iter()
        .map(|(s, t, e)| (s.id.clone(), t.id.clone(), e.clone()))
        .collect();
    assert_eq!(ea, eb);
    assert_eq!(a.documents(), b.documents());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn json_round_trip_gives_an_identical_graph(g in graph()) {
        let text = to_json(&g);
        let back = from_json("random.json", &text).expect("reads back");
        same(&g, &back);
        prop_assert_eq!(to_json(&back), text);
    }
}

#[test]
fn the_generator_makes_interesting_graphs() {
    // Guard against a generator that only yields empty graphs (the property would then be void).
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let (mut with_edges, mut with_evidence) = (0, 0);
    for _ in 0..50 {
        let g = graph().new_tree(&mut runner).unwrap().current();
        with_edges += usize::from(g.edge_count() > 0);
        with_evidence += usize::from(g.edges().iter().any(|(_, _, e)| !e.evidence.is_empty()));
    }
    assert!(
        with_edges > 25 && with_evidence > 15,
        "{with_edges} {with_evidence}"
    );
}
