//! Export throughput on a synthetic graph (`cargo bench --bench exports`): every writer, the
//! JSON reader, and Graphviz rendering of a mid-sized graph when Graphviz is installed.
//! Prints the median of several runs per step.

use std::time::{Duration, Instant};

use actorgraph::export::dot::{to_dot_with, DotOptions};
use actorgraph::export::{gexf::GexfVersion, json, Format};
use actorgraph::render::{graphviz, Layout, STRAIGHT_ABOVE};
use actorgraph::{ActorGraph, DocumentInfo, Evidence, Node, Relation};

fn synthetic(nodes: usize, edges: usize) -> ActorGraph {
    let mut g = ActorGraph::new();
    for i in 0..nodes {
        g.add_node(Node {
            id: format!("actor-{i:05}"),
            label: format!("Actor \"{i}\" <&> Ωμέγα"),
            kind: ["state", "armed_group", "person", "organization"][i % 4].into(),
            aliases: vec![format!("A{i}"), format!("Alias {i}")],
            parent: None,
            country: None,
            office: None,
            mentions: (i % 17) as u64 + 1,
        });
    }
    let mut x: u64 = 0x9E3779B97F4A7C15;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    for k in 0..edges {
        let (s, t) = (next() as usize % nodes, next() as usize % nodes);
        let relation = Relation::ALL[next() as usize % 4];
        for j in 0..2 {
            let text = format!("Sentence {k}.{j}: actor {s} and actor {t} — \"quoted\"; with a comma, and <markup>.");
            let evidence = Evidence {
                document: format!("doc-{}.txt", k % 50),
                sentence: k,
                start: 0,
                end: text.len(),
                text,
                pattern: "bench".into(),
                parties: vec![],
            };
            g.add_relation(
                relation,
                &format!("actor-{s:05}"),
                &format!("actor-{t:05}"),
                evidence,
            );
        }
    }
    for d in 0..50 {
        g.add_document(DocumentInfo {
            id: format!("doc-{d}.txt"),
            sentences: 100,
        });
    }
    g
}

fn median(runs: usize, mut f: impl FnMut() -> usize) -> (Duration, usize) {
    let mut times = Vec::new();
    let mut bytes = 0;
    for _ in 0..runs {
        let t = Instant::now();
        bytes = std::hint::black_box(f());
        times.push(t.elapsed());
    }
    times.sort();
    (times[runs / 2], bytes)
}

fn main() {
    let g = synthetic(2_000, 10_000);
    println!(
        "synthetic graph: {} actors, {} relations, 2 evidence sentences each",
        g.node_count(),
        g.edge_count()
    );
    let formats = [
        ("json", Format::Json),
        ("dot", Format::Dot),
        ("graphml", Format::Graphml),
        ("gexf 1.2draft", Format::Gexf(GexfVersion::V12Draft)),
        ("cyjs", Format::Cyjs),
        ("neo4j csv", Format::Neo4j),
        ("cypher", Format::Cypher),
        ("csv", Format::Csv),
    ];
    for (name, format) in formats {
        let (t, bytes) = median(5, || format.files(&g).iter().map(|(_, s)| s.len()).sum());
        println!(
            "{name:>14}: {:>8.1} ms  {:>6.1} MB  {:>6.0} MB/s",
            t.as_secs_f64() * 1e3,
            bytes as f64 / 1e6,
            bytes as f64 / 1e6 / t.as_secs_f64()
        );
    }
    let text = json::to_json(&g);
    let (t, _) = median(5, || json::from_json("bench", &text).unwrap().edge_count());
    println!("{:>14}: {:>8.1} ms", "json read", t.as_secs_f64() * 1e3);

    // Graphviz on random graphs (a worst case for layered layouts): dot up to 150 actors, sfdp
    // (straight edges) beyond. This is what Layout::for_size's threshold is weighed against.
    for (nodes, edges, layout) in [
        (50, 100, Layout::Dot),
        (150, 300, Layout::Dot),
        (150, 300, Layout::Sfdp),
        (300, 600, Layout::Sfdp),
        (1000, 2000, Layout::Sfdp),
    ] {
        let small = synthetic(nodes, edges);
        // The DOT `render` writes: straight edges for the force layouts above 100 actors.
        let options = DotOptions {
            svg_ids: false,
            straight_edges: layout != Layout::Dot && nodes > STRAIGHT_ABOVE,
            ..DotOptions::default()
        };
        let dot = to_dot_with(&small, options);
        let t = Instant::now();
        match graphviz(&dot, layout, "svg") {
            Ok(svg) => println!(
                "{:>14}: {:>8.1} ms  ({} actors, {} relations, {:.1} MB SVG)",
                format!("render {}", layout.as_str()),
                t.elapsed().as_secs_f64() * 1e3,
                small.node_count(),
                small.edge_count(),
                svg.len() as f64 / 1e6
            ),
            Err(e) => println!("render {}: skipped ({e:?})", layout.as_str()),
        }
    }
}
