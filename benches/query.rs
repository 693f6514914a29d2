//! Query benchmark: `cargo bench --bench query`.
//!
//! Generates (seeded, so every run sees the same bytes) a graph of 100,000 actors and 1,000,000
//! edges with one evidence sentence each, writes it as the JSON `extract` writes, then measures
//! in a fresh child process: loading (read + parse + build the graph + index it), a shortest-path
//! query, a neighbours query, loading without the evidence (what `query neighbors` and `query
//! camps` do) plus a neighbours query, and the peak memory (VmHWM, both loads together). It also times the `actorgraph query`
//! command end to end. Sizes can be changed with AG_BENCH_ACTORS / AG_BENCH_EDGES.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use actorgraph::export::json::to_json;
use actorgraph::query::{Direction, Filter, QueryGraph};
use actorgraph::{ActorGraph, Evidence, Node, Relation};

/// SplitMix64: a tiny seeded generator, enough for test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const KINDS: [&str; 4] = ["state", "armed_group", "organization", "person"];
const VERBS: [(&str, Relation); 4] = [
    ("mediated talks involving", Relation::Mediator),
    ("accused", Relation::Adversary),
    ("is a proxy of", Relation::Proxy),
    ("signed a defence pact with", Relation::Ally),
];

fn id(i: u64) -> String {
    format!("actor-{i:06}")
}

/// The generated graph: `actors` nodes, `edges` distinct (relation, source, target) edges.
pub fn generate(actors: u64, edges: u64, seed: u64) -> ActorGraph {
    let mut rng = Rng(seed);
    let mut g = ActorGraph::new();
    for i in 0..actors {
        g.add_node(Node {
            id: id(i),
            label: format!("Actor {i}"),
            kind: KINDS[rng.below(4) as usize].to_string(),
            aliases: vec![format!("A{i}"), format!("The Actor Number {i}")],
            parent: None,
            country: None,
            office: None,
            mentions: 1 + rng.below(20),
        });
    }
    let mut seen = std::collections::HashSet::new();
    let mut made = 0;
    while made < edges {
        let (s, t) = (rng.below(actors), rng.below(actors));
        let (verb, relation) = VERBS[rng.below(4) as usize];
        let key = if relation.is_symmetric() {
            (relation, s.min(t), s.max(t))
        } else {
            (relation, s, t)
        };
        if s == t || !seen.insert(key) {
            continue;
        }
        let text = format!("Actor {s} {verb} Actor {t} on Tuesday, officials said.");
        let sentence = rng.below(200) as usize;
        let evidence = Evidence {
            document: format!("doc-{:05}.txt", rng.below(10_000)),
            sentence,
            start: sentence * 80,
            end: sentence * 80 + text.len(),
            text,
            pattern: format!("{relation}.generated"),
            parties: Vec::new(),
        };
        g.add_relation(relation, &id(s), &id(t), evidence);
        made += 1;
    }
    g
}

/// CPU seconds (user + system) this process used so far, from /proc/self/stat.
fn cpu_s() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<f64> = rest
        .split_whitespace()
        .map(|x| x.parse().unwrap_or(0.0))
        .collect();
    // After the command name: state is field 0, utime 11, stime 12 (in 1/100 s).
    if f.len() > 12 {
        (f[11] + f[12]) / 100.0
    } else {
        f64::NAN
    }
}

fn vm_hwm_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

/// Child mode: load the file, answer, print one line of figures.
fn measure(path: &Path, from: &str, to: &str) {
    let t0 = Instant::now();
    let graph = actorgraph::query::load(path).expect("load graph");
    let t_parse = t0.elapsed();
    let q = QueryGraph::new(&graph);
    let t_load = t0.elapsed();
    let f = Filter::default();
    let t1 = Instant::now();
    let (a, b) = (q.resolve(from).expect("from"), q.resolve(to).expect("to"));
    let p = q.path(a, b, false, None, false, 1, &f);
    let t_path = t1.elapsed();
    let t2 = Instant::now();
    let n = q.neighbors(a, Direction::Both, 1, &f);
    let t_nb = t2.elapsed();
    let t3 = Instant::now();
    let n2 = q.neighbors(a, Direction::Both, 2, &f);
    let t_nb2 = t3.elapsed();
    let t4 = Instant::now();
    let structure = actorgraph::query::load_structure(path).expect("load graph structure");
    let qs = QueryGraph::new(&structure);
    let ns = qs.neighbors(qs.resolve(from).expect("from"), Direction::Both, 1, &f);
    let t_snb = t4.elapsed();
    assert_eq!(ns.neighbors.len(), n.neighbors.len());
    println!(
        "cpu {:.2} s | read+parse+build {:.3} s, index {:.3} s, load total {:.3} s | path {:.1} ms ({} hops) | neighbours {:.2} ms ({} rows), depth 2 {:.1} ms ({} rows) | load+path {:.3} s | load without evidence+neighbours {:.3} s | VmHWM {:.0} MB",
        cpu_s(),
        t_parse.as_secs_f64(),
        (t_load - t_parse).as_secs_f64(),
        t_load.as_secs_f64(),
        t_path.as_secs_f64() * 1e3,
        p.paths.first().map_or(0, |p| p.hops),
        t_nb.as_secs_f64() * 1e3,
        n.neighbors.len(),
        t_nb2.as_secs_f64() * 1e3,
        n2.neighbors.len(),
        (t_load + t_path).as_secs_f64(),
        t_snb.as_secs_f64(),
        vm_hwm_mb()
    );
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() == 5 && args[1] == "--measure" {
        measure(Path::new(&args[2]), &args[3], &args[4]);
        return;
    }
    let env = |k: &str, d: u64| {
        std::env::var(k)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(d)
    };
    let (actors, edges) = (
        env("AG_BENCH_ACTORS", 100_000),
        env("AG_BENCH_EDGES", 1_000_000),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    // AG_BENCH_FILE keeps the generated graph (and reuses it when it exists) for profiling.
    let path =
        std::env::var_os("AG_BENCH_FILE").map_or_else(|| dir.path().join("graph.json"), Into::into);
    if !path.exists() {
        let t = Instant::now();
        let g = generate(actors, edges, 42);
        let json = to_json(&g);
        std::fs::write(&path, &json).expect("write graph");
        println!(
            "generated {} actors, {} edges, {:.0} MB of JSON in {:.1} s",
            g.node_count(),
            g.edge_count(),
            json.len() as f64 / 1e6,
            t.elapsed().as_secs_f64()
        );
    }
    let (from, to) = ("Actor 0".to_string(), id(actors - 1));
    let exe = std::env::current_exe().expect("bench executable");
    for run in 1..=3 {
        let out = Command::new(&exe)
            .args(["--measure", path.to_str().expect("utf-8 path"), &from, &to])
            .output()
            .expect("child");
        print!(
            "in-process run {run}: {}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
    let bin = env!("CARGO_BIN_EXE_actorgraph");
    for (name, args) in [
        ("path", vec!["path", from.as_str(), to.as_str()]),
        ("neighbors", vec!["neighbors", from.as_str()]),
    ] {
        for run in 1..=3 {
            let t = Instant::now();
            let out = Command::new(bin)
                .arg("query")
                .arg(&path)
                .args(&args)
                .arg("--json")
                .output()
                .expect("actorgraph");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            println!(
                "actorgraph query {name} (whole command): run {run}: {:.3} s",
                t.elapsed().as_secs_f64()
            );
        }
    }
}
