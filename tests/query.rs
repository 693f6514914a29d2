//! `actorgraph query` through the binary: the sample article's graph (answers checked by hand
//! against the article), generated graphs with known shapes, and betweenness against networkx.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_actorgraph");

fn run(args: &[&str]) -> Output {
    // No COLUMNS from the caller's shell: tables are whole unless a test asks for a width.
    Command::new(BIN)
        .args(args)
        .env_remove("COLUMNS")
        .output()
        .expect("run actorgraph")
}

/// Runs with `stdin` as standard input.
fn run_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    use std::io::Write as _;
    let mut child = Command::new(BIN)
        .args(args)
        .env_remove("COLUMNS")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run actorgraph");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

/// The sample article's graph as extracted when these answers were checked by hand
/// (tests/fixtures/oman-mediation.graph.json), copied into `dir`. A fixed graph keeps the
/// hand-checked answers independent of later pattern tuning; `live_sample_answers` below asks the
/// graph extracted now.
fn sample(dir: &Path) -> PathBuf {
    let out = dir.join("sample.json");
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/oman-mediation.graph.json"
    );
    std::fs::copy(fixture, &out).expect("copy fixture");
    out
}

/// The sample article's graph, extracted by the binary now.
fn live_sample(dir: &Path) -> PathBuf {
    let out = dir.join("live.json");
    let sample = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/samples/oman-mediation.txt"
    );
    let o = run(&[
        "extract",
        sample,
        "--format",
        "json",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    out
}

#[test]
fn live_sample_answers() {
    let dir = tempfile::tempdir().unwrap();
    let g = live_sample(dir.path());
    let v = ask(
        &g,
        &[
            "neighbors",
            "Iran",
            "--relation",
            "proxy",
            "--direction",
            "in",
        ],
    );
    let text = v.to_string();
    for p in ["hamas", "hezbollah", "houthis"] {
        assert!(text.contains(p), "{p} is a proxy of Iran: {text}");
    }
    let b = ask(&g, &["brokers"]).to_string();
    assert!(
        b.contains("oman") && b.contains("iran") && b.contains("united-states"),
        "{b}"
    );
}

/// `actorgraph query GRAPH ARGS...`.
fn query(graph: &Path, args: &[&str]) -> Output {
    let mut all = vec!["query", graph.to_str().unwrap()];
    all.extend_from_slice(args);
    run(&all)
}

/// `actorgraph query GRAPH ARGS... --json`, parsed.
fn ask(graph: &Path, args: &[&str]) -> Value {
    let o = query(graph, &[args, &["--json"]].concat());
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).expect("JSON answer")
}

fn ids(v: &Value, key: &str) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x[key].as_str().unwrap().to_string())
        .collect()
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn irans_proxies_are_hamas_hezbollah_and_the_houthis() {
    let dir = tempfile::tempdir().unwrap();
    let g = sample(dir.path());
    let a = ask(
        &g,
        &[
            "neighbors",
            "Iran",
            "--relation",
            "proxy",
            "--direction",
            "in",
        ],
    );
    assert_eq!(a["question"], "neighbors");
    assert_eq!(a["actor"]["id"], "iran");
    assert_eq!(
        ids(&a["neighbors"], "id"),
        ["hamas", "hezbollah", "houthis"]
    );
    for n in a["neighbors"].as_array().unwrap() {
        assert_eq!(
            (
                n["relation"].as_str(),
                n["direction"].as_str(),
                n["via"].as_str()
            ),
            (Some("proxy"), Some("in"), Some("iran"))
        );
    }
    // The Houthis are named Iran's proxies in two sentences.
    assert_eq!(a["neighbors"][2]["weight"], 2);
    // Iran is nobody's proxy.
    let out = ask(
        &g,
        &[
            "neighbors",
            "iran",
            "--relation",
            "proxy",
            "--direction",
            "out",
        ],
    );
    assert_eq!(out["neighbors"], Value::Array(vec![]));
    // All of Iran's neighbours: the mediator, the adversary and the proxies.
    let all = ask(&g, &["neighbors", "iran"]);
    assert_eq!(
        ids(&all["neighbors"], "id"),
        ["hamas", "hezbollah", "houthis", "israel", "oman"]
    );
    assert_eq!(all["neighbors"][4]["relation"], "mediator");
    assert_eq!(all["neighbors"][4]["direction"], "in");
    assert_eq!(all["neighbors"][3]["direction"], "both");
}

#[test]
fn actors_are_found_by_any_alias_case_insensitively() {
    let dir = tempfile::tempdir().unwrap();
    let g = sample(dir.path());
    for name in [
        "tehran",
        "Islamic Republic of Iran",
        "IRAN",
        "  the   islamic republic ",
    ] {
        let a = ask(&g, &["neighbors", name, "--relation", "proxy"]);
        assert_eq!(a["actor"]["id"], "iran", "{name}");
    }
    assert_eq!(ask(&g, &["neighbors", "Muscat"])["actor"]["id"], "oman");
    assert_eq!(
        ask(&g, &["neighbors", "ansar allah"])["actor"]["id"],
        "houthis"
    );
}

#[test]
fn unknown_actor_suggests_the_closest_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let g = sample(dir.path());
    let o = query(&g, &["neighbors", "Irann"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("no actor named \"Irann\"") && err.contains("did you mean Iran (iran)"),
        "{err}"
    );
    assert!(o.stdout.is_empty());
    let o = query(&g, &["path", "Omaan", "Israel"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("Oman (oman)"));
}

#[test]
fn bad_graph_files_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let o = query(&dir.path().join("missing.json"), &["stats"]);
    assert_eq!(o.status.code(), Some(2));
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"nodes\": [").unwrap();
    let o = query(&bad, &["stats"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("not an actorgraph JSON graph"));
    let dangling = dir.path().join("dangling.json");
    let doc = r#"{"directed":true,"multigraph":true,"graph":{"generator":"x","version":"1","documents":[]},
        "nodes":[{"id":"a","label":"A","kind":"state"}],
        "links":[{"source":"a","target":"b","key":"ally","relation":"ally","symmetric":true,"weight":1,"evidence":[]}]}"#;
    std::fs::write(&dangling, doc).unwrap();
    let o = query(&dangling, &["stats"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("names an unknown node"));
}

#[test]
fn oman_reaches_israel_through_iran_with_evidence_for_every_hop() {
    let dir = tempfile::tempdir().unwrap();
    let g = sample(dir.path());
    let a = ask(&g, &["path", "Oman", "Israel"]);
    assert_eq!(a["paths"].as_array().unwrap().len(), 1);
    let p = &a["paths"][0];
    assert_eq!(strs(&p["actors"]), ["oman", "iran", "israel"]);
    assert_eq!(p["steps"][0]["relation"], "mediator");
    assert_eq!(p["steps"][0]["direction"], "forward");
    assert!(p["steps"][0]["evidence"]["text"]
        .as_str()
        .unwrap()
        .contains("Oman has emerged as a central diplomatic channel"));
    assert_eq!(p["steps"][1]["relation"], "adversary");
    assert_eq!(p["steps"][1]["direction"], "both");
    assert_eq!(p["steps"][1]["weight"], 3);
    assert_eq!(p["steps"][1]["evidence"]["document"], "oman-mediation.txt");

    // All chains up to three hops: the direct one, then one through each of Iran's proxies.
    let all = ask(&g, &["path", "oman", "israel", "--all", "--max-hops", "3"]);
    let chains: Vec<Vec<String>> = all["paths"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| strs(&p["actors"]))
        .collect();
    assert_eq!(
        chains,
        [
            vec!["oman", "iran", "israel"],
            vec!["oman", "iran", "hamas", "israel"],
            vec!["oman", "iran", "hezbollah", "israel"],
            vec!["oman", "iran", "houthis", "israel"],
        ]
    );
    assert_eq!(all["paths"][1]["steps"][1]["direction"], "backward");
    assert_eq!(all["truncated"], false);
    let limited = ask(
        &g,
        &[
            "path",
            "oman",
            "israel",
            "--all",
            "--max-hops",
            "3",
            "--limit",
            "2",
        ],
    );
    assert_eq!(limited["paths"].as_array().unwrap().len(), 2);
    assert_eq!(limited["truncated"], true);
    let short = ask(&g, &["path", "oman", "israel", "--max-hops", "1"]);
    assert_eq!(short["paths"], Value::Array(vec![]));
}

#[test]
fn directed_paths_follow_proxy_to_patron_and_mediator_to_party() {
    let dir = tempfile::tempdir().unwrap();
    let g = sample(dir.path());
    // Hamas is Iran's proxy and Oman mediates with Iran: undirected, they are two hops apart…
    let a = ask(&g, &["path", "hamas", "oman"]);
    assert_eq!(strs(&a["paths"][0]["actors"]), ["hamas", "iran", "oman"]);
    // …but no directed chain leads from Hamas to the mediator,
    assert_eq!(
        ask(&g, &["path", "hamas", "oman", "--directed"])["paths"],
        Value::Array(vec![])
    );
    // while the mediator reaches the United States, and Hamas its patron.
    assert_eq!(
        strs(&ask(&g, &["path", "oman", "us", "--directed"])["paths"][0]["actors"]),
        ["oman", "united-states"]
    );
    assert_eq!(
        strs(&ask(&g, &["path", "hamas", "iran", "--directed"])["paths"][0]["actors"]),
        ["hamas", "iran"]
    );
    assert_eq!(
        ask(
            &g,
            &["path", "iran", "hamas", "--directed", "--relation", "proxy"]
        )["paths"],
        Value::Array(vec![])
    );
}

#[test]
fn oman_brokers_between_the_united_states_and_iran() {
    let dir = tempfile::tempdir().unwrap();
    let g = sample(dir.path());
    let a = ask(&g, &["brokers", "--top", "0"]);
    let m = a["mediators"].as_array().unwrap();
    assert_eq!(m.len(), 1);
    assert_eq!(m[0]["id"], "oman");
    assert_eq!(
        (
            m[0]["pairs"][0]["a"].as_str(),
            m[0]["pairs"][0]["b"].as_str()
        ),
        (Some("iran"), Some("united-states"))
    );
    assert_eq!(m[0]["pairs"][0]["sentences"], 3);
    let by_id = |id: &str| {
        a["brokers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|b| b["id"] == id)
            .unwrap()
            .clone()
    };
    // The United States is linked to Oman only: each of its 8 pairs in the connected part
    // of the graph goes through Oman, and nothing goes through the United States.
    assert_eq!(by_id("oman")["raw"], 8.0);
    assert_eq!(by_id("united-states")["raw"], 0.0);
    // 18 actors: normalised by (n-1)(n-2) = 272 with each pair counted both ways.
    assert!((by_id("oman")["betweenness"].as_f64().unwrap() - 16.0 / 272.0).abs() < 1e-12);
    // Iran and Israel tie at the top; the tie goes to the smaller id.
    assert_eq!(ids(&a["brokers"], "id")[..3], ["iran", "israel", "oman"]);
    assert_eq!(a["brokers"][0]["rank"], 1);
    let top2 = ask(&g, &["brokers", "--top", "2"]);
    assert_eq!(top2["brokers"].as_array().unwrap().len(), 2);
}

#[test]
fn evidence_lists_every_relation_and_sentence_between_two_actors() {
    let dir = tempfile::tempdir().unwrap();
    let g = sample(dir.path());
    let a = ask(&g, &["evidence", "Hamas", "Iran"]);
    let r = a["relations"].as_array().unwrap();
    assert_eq!(r.len(), 1);
    assert_eq!(
        (
            r[0]["source"].as_str(),
            r[0]["target"].as_str(),
            r[0]["relation"].as_str()
        ),
        (Some("hamas"), Some("iran"), Some("proxy"))
    );
    assert_eq!(strs(&r[0]["documents"]), ["oman-mediation.txt"]);
    assert!(r[0]["evidence"][0]["text"]
        .as_str()
        .unwrap()
        .contains("lethal network of Iranian proxies"));
    // The same answer either way round.
    assert_eq!(
        ask(&g, &["evidence", "iran", "hamas"])["relations"],
        a["relations"]
    );
    let israel = ask(&g, &["evidence", "israel", "hamas"]);
    assert_eq!(israel["relations"][0]["relation"], "adversary");
    assert_eq!(
        israel["relations"][0]["evidence"].as_array().unwrap().len(),
        3
    );
    assert_eq!(
        ask(&g, &["evidence", "oman", "israel"])["relations"],
        Value::Array(vec![])
    );
}

#[test]
fn subgraph_writes_the_ego_network_as_json_or_dot() {
    let dir = tempfile::tempdir().unwrap();
    let g = sample(dir.path());
    let o = query(&g, &["subgraph", "oman"]);
    assert!(o.status.success());
    let sub: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(ids(&sub["nodes"], "id"), ["iran", "oman", "united-states"]);
    assert_eq!(sub["links"].as_array().unwrap().len(), 2);
    assert_eq!(sub["graph"]["documents"][0]["id"], "oman-mediation.txt");
    // Two hops out: Iran's proxies and adversary come in, with the edges among them.
    let two: Value =
        serde_json::from_slice(&query(&g, &["subgraph", "oman", "--depth", "2"]).stdout).unwrap();
    assert_eq!(
        ids(&two["nodes"], "id"),
        [
            "hamas",
            "hezbollah",
            "houthis",
            "iran",
            "israel",
            "oman",
            "united-states"
        ]
    );
    assert_eq!(two["links"].as_array().unwrap().len(), 2 + 3 + 1 + 3);
    // The subgraph is a graph `query` reads back.
    let back = dir.path().join("ego.json");
    std::fs::write(&back, &o.stdout).unwrap();
    assert_eq!(ask(&back, &["stats"])["edges"], 2);
    let dot = dir.path().join("ego.dot");
    let o = query(&g, &["subgraph", "Oman", "-o", dot.to_str().unwrap()]);
    assert!(o.status.success() && o.stdout.is_empty());
    let text = std::fs::read_to_string(&dot).unwrap();
    assert!(
        text.starts_with("digraph")
            && text.contains("\"united-states\"")
            && !text.contains("\"israel\""),
        "{text}"
    );
}

#[test]
fn camps_group_proxies_with_their_patron_against_israel() {
    let dir = tempfile::tempdir().unwrap();
    let g = sample(dir.path());
    let a = ask(&g, &["camps"]);
    let camps = a["camps"].as_array().unwrap();
    assert_eq!(
        strs(&camps[0]["members"]),
        ["hamas", "hezbollah", "houthis", "iran", "irgc"]
    );
    assert_eq!(
        strs(&camps[0]["labels"]),
        [
            "Hamas",
            "Hezbollah",
            "Houthis",
            "Iran",
            "Islamic Revolutionary Guard Corps"
        ]
    );
    // Israel is allied to no one: no camp of one, but a side of its own.
    assert!(camps
        .iter()
        .all(|c| c["members"].as_array().unwrap().len() > 1));
    assert!(strs(&a["unaligned"]).contains(&"israel".to_string()));
    let conflict = a["adversaries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["a"] == 1 && c["b"] == "israel")
        .unwrap();
    assert_eq!(conflict["edges"].as_array().unwrap().len(), 4);
    assert_eq!(conflict["weight"], 3 + 1 + 1 + 3);
    // Actors without any relation are in no camp.
    assert!(!camps
        .iter()
        .any(|c| strs(&c["members"]).contains(&"ethiopia".to_string())));
}

#[test]
fn stats_count_actors_edges_and_the_most_connected() {
    let dir = tempfile::tempdir().unwrap();
    let g = sample(dir.path());
    let a = ask(&g, &["stats", "--top", "3"]);
    assert_eq!(a["actors"], 18);
    assert_eq!(a["edges"], 14);
    assert_eq!(a["kinds"]["armed_group"], 3);
    let rel: Vec<(String, u64)> = a["relations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["relation"].as_str().unwrap().into(),
                r["edges"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        rel,
        [
            ("mediator".into(), 2),
            ("adversary".into(), 6),
            ("proxy".into(), 6),
            ("ally".into(), 0)
        ]
    );
    assert_eq!(ids(&a["top"], "id"), ["iran", "israel", "hamas"]);
    assert_eq!(a["documents"][0]["sentences"], 62);
}

#[test]
fn shared_filters_restrict_every_question() {
    let dir = tempfile::tempdir().unwrap();
    let g = sample(dir.path());
    let kinds = ask(&g, &["neighbors", "iran", "--kind", "armed_group"]);
    assert_eq!(
        ids(&kinds["neighbors"], "id"),
        ["hamas", "hezbollah", "houthis"]
    );
    let heavy = ask(&g, &["neighbors", "iran", "--min-weight", "2"]);
    assert_eq!(
        ids(&heavy["neighbors"], "id"),
        ["houthis", "israel", "oman"]
    );
    let stats = ask(
        &g,
        &[
            "stats",
            "--relation",
            "adversary,proxy",
            "--min-weight",
            "2",
        ],
    );
    // hamas-israel (3), iran-israel (3), houthis->iran (2); the mediator edges are filtered out.
    assert_eq!(stats["edges"], 3);
    let states = ask(&g, &["stats", "--kind", "state"]);
    assert_eq!(states["actors"], 10);
    // Filtered out relations leave no path.
    assert_eq!(
        ask(&g, &["path", "oman", "israel", "--relation", "adversary"])["paths"],
        Value::Array(vec![])
    );
}

#[test]
fn tables_by_default_and_same_bytes_every_time() {
    let dir = tempfile::tempdir().unwrap();
    let g = sample(dir.path());
    let gs = g.to_str().unwrap();
    let o = run(&["query", gs, "neighbors", "Iran", "--relation", "proxy"]);
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(text.starts_with("Neighbours of Iran (iran)"), "{text}");
    assert!(
        text.lines().nth(1).unwrap().starts_with("depth  actor"),
        "{text}"
    );
    assert!(
        text.contains("houthis    Houthis    armed_group  iran  proxy     in         2"),
        "{text}"
    );
    for q in [
        &["brokers"][..],
        &["camps"],
        &["stats"],
        &["path", "oman", "israel", "--all"],
        &["evidence", "oman", "iran"],
    ] {
        let mut args = vec!["query", gs];
        args.extend_from_slice(q);
        let (x, y) = (run(&args), run(&args));
        assert!(x.status.success() && !x.stdout.is_empty(), "{q:?}");
        assert_eq!(x.stdout, y.stdout, "{q:?}");
    }
}

/// A generated graph: a ring of `n` allies, a hub with `n` proxies, two blocs at war.
fn generated(dir: &Path, n: usize) -> PathBuf {
    let mut nodes = Vec::new();
    let mut links = Vec::new();
    let ev = |s: &str, t: &str| serde_json::json!([{"document": "gen.txt", "sentence": 0, "start": 0, "end": 1, "text": format!("{s} and {t}."), "pattern": "gen"}]);
    let mut link = |s: String, t: String, rel: &str, w: u64| {
        let e = ev(&s, &t);
        links.push(serde_json::json!({"source": s, "target": t, "key": rel, "relation": rel, "symmetric": rel == "ally" || rel == "adversary", "weight": w, "evidence": e}));
    };
    for i in 0..n {
        nodes.push(serde_json::json!({"id": format!("r{i:03}"), "label": format!("Ring {i}"), "kind": "state"}));
        nodes.push(serde_json::json!({"id": format!("p{i:03}"), "label": format!("Proxy {i}"), "kind": "armed_group"}));
        let (a, b) = (format!("r{i:03}"), format!("r{:03}", (i + 1) % n));
        let (a, b) = if a < b { (a, b) } else { (b, a) };
        link(a, b, "ally", 1);
        link(
            format!("p{i:03}"),
            "hub".into(),
            "proxy",
            1 + (i % 3) as u64,
        );
    }
    nodes.push(serde_json::json!({"id": "hub", "label": "Hub", "kind": "state", "aliases": ["The Centre"]}));
    link("hub".into(), "r000".into(), "adversary", 5);
    let doc = serde_json::json!({"directed": true, "multigraph": true,
        "graph": {"generator": "test", "version": "0", "documents": [{"id": "gen.txt", "sentences": 1}]},
        "nodes": nodes, "links": links});
    let path = dir.join("generated.json");
    std::fs::write(&path, serde_json::to_string(&doc).unwrap()).unwrap();
    path
}

#[test]
fn generated_graph_answers_follow_its_shape() {
    let dir = tempfile::tempdir().unwrap();
    let n = 40;
    let g = generated(dir.path(), n);
    let nb = ask(
        &g,
        &[
            "neighbors",
            "the centre",
            "--relation",
            "proxy",
            "--direction",
            "in",
        ],
    );
    assert_eq!(nb["neighbors"].as_array().unwrap().len(), n);
    assert_eq!(ids(&nb["neighbors"], "id")[0], "p000");
    // Depth 2 from a ring member: its two ring neighbours, then theirs.
    let d2 = ask(
        &g,
        &["neighbors", "r010", "--relation", "ally", "--depth", "2"],
    );
    let got: Vec<(u64, String)> = d2["neighbors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["depth"].as_u64().unwrap(),
                r["id"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (1, "r009".into()),
            (1, "r011".into()),
            (2, "r008".into()),
            (2, "r012".into())
        ]
    );
    // Opposite side of the ring along allies only: two shortest ways, the smaller ids win.
    let p = ask(&g, &["path", "r000", "r020", "--relation", "ally"]);
    let want: Vec<String> = (0..=20).map(|i| format!("r{i:03}")).collect();
    assert_eq!(strs(&p["paths"][0]["actors"]), want);
    // Two proxies of the hub: one chain of two hops, none other within two.
    let all = ask(&g, &["path", "p005", "p007", "--all", "--max-hops", "2"]);
    assert_eq!(strs(&all["paths"][0]["actors"]), ["p005", "hub", "p007"]);
    assert_eq!(all["paths"].as_array().unwrap().len(), 1);
    // The hub sits between every pair of its proxies.
    let b = ask(&g, &["brokers", "--top", "1"]);
    assert_eq!(b["brokers"][0]["id"], "hub");
    let c = ask(&g, &["camps"]);
    assert_eq!(c["camps"][0]["members"].as_array().unwrap().len(), n + 1); // hub and its proxies
    assert_eq!(c["camps"][1]["members"].as_array().unwrap().len(), n); // the ring
    assert_eq!(c["adversaries"][0]["edges"][0]["source"], "hub");
    let s = ask(&g, &["stats", "--top", "1"]);
    assert_eq!(
        (s["actors"].as_u64(), s["edges"].as_u64()),
        (Some(2 * n as u64 + 1), Some(2 * n as u64 + 1))
    );
    assert_eq!(s["top"][0]["id"], "hub");
    let sub: Value =
        serde_json::from_slice(&query(&g, &["subgraph", "r000", "--relation", "ally"]).stdout)
            .unwrap();
    assert_eq!(ids(&sub["nodes"], "id"), ["r000", "r001", "r039"]);
}

#[test]
fn betweenness_agrees_with_networkx_on_50_random_graphs() {
    let dir = tempfile::tempdir().unwrap();
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/py/betweenness_vs_networkx.py"
    );
    let o = Command::new("python3").args([script, BIN, dir.path().to_str().unwrap()]).output().expect(
        "python3 with networkx is needed for this test (.ci/run installs it; locally: pip install networkx)",
    );
    assert!(
        o.status.success(),
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(String::from_utf8_lossy(&o.stdout).contains("50 graphs x 3 ways agree"));
}

/// `neighbors` and `camps` load the graph without its evidence (most of a large file); their
/// answers must be the ones a full load gives, on the hand-checked sample and on a generated
/// graph, for every direction, depth and filter tried.
#[test]
fn questions_without_sentences_answer_the_same_from_a_load_without_evidence() {
    use actorgraph::query::{self, Direction, Filter, QueryGraph};
    use actorgraph::Relation;
    let dir = tempfile::tempdir().unwrap();
    for path in [sample(dir.path()), generated(dir.path(), 12)] {
        let full = query::load(&path).unwrap();
        let bare = query::load_structure(&path).unwrap();
        assert!(full.edges().iter().any(|(_, _, e)| !e.evidence.is_empty()));
        assert!(bare.edges().iter().all(|(_, _, e)| e.evidence.is_empty()));
        let (qf, qb) = (QueryGraph::new(&full), QueryGraph::new(&bare));
        let filters = [
            Filter::default(),
            Filter {
                relations: vec![Relation::Proxy, Relation::Ally],
                min_weight: 2,
                kinds: Vec::new(),
            },
        ];
        for f in &filters {
            let same = |a: &dyn erased::Answer, b: &dyn erased::Answer| {
                assert_eq!(a.json(), b.json(), "{}", path.display());
            };
            same(&qf.camps(f), &qb.camps(f));
            for node in full.nodes() {
                let (a, b) = (qf.resolve(&node.id).unwrap(), qb.resolve(&node.id).unwrap());
                for d in [Direction::In, Direction::Out, Direction::Both] {
                    for depth in [1, 3] {
                        same(&qf.neighbors(a, d, depth, f), &qb.neighbors(b, d, depth, f));
                    }
                }
            }
        }
    }
}

/// Answers compared as their JSON.
mod erased {
    pub trait Answer {
        fn json(&self) -> String;
    }
    impl<T: serde::Serialize> Answer for T {
        fn json(&self) -> String {
            actorgraph::query::to_json("q", self)
        }
    }
}

/// A graph can come through a pipe (`/dev/stdin`), and a folder or a missing file is named in
/// one clear message.
#[test]
fn graphs_from_pipes_and_clear_messages_for_folders() {
    let dir = tempfile::tempdir().unwrap();
    let graph = std::fs::read(sample(dir.path())).unwrap();
    for question in ["stats", "camps"] {
        let o = run_with_stdin(&["query", "/dev/stdin", question, "--json"], &graph);
        assert!(o.status.success(), "{question}");
        let from_file = query(&sample(dir.path()), &[question, "--json"]);
        assert_eq!(o.stdout, from_file.stdout, "{question}");
    }
    let o = query(dir.path(), &["neighbors", "Iran"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("is a directory"), "{err}");
    let missing = dir.path().join("missing.json");
    let o = query(&missing, &["stats"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(err.matches("No such file").count(), 1, "{err}");
}

/// Hubs of stars, the hubs in a ring: every path between two stars runs through hubs.
fn hub_graph(dir: &Path, hubs: usize, leaves: usize) -> PathBuf {
    let mut nodes = Vec::new();
    let mut links = Vec::new();
    let ev = serde_json::json!([{"document": "hub.txt", "sentence": 0, "start": 0, "end": 1, "text": "x", "pattern": "gen"}]);
    for h in 0..hubs {
        let hub = format!("h{h:02}");
        nodes.push(serde_json::json!({"id": hub, "label": format!("Hub {h}"), "kind": "state"}));
        let next = format!("h{:02}", (h + 1) % hubs);
        let (a, b) = if hub < next {
            (hub.clone(), next)
        } else {
            (next, hub.clone())
        };
        links.push(serde_json::json!({"source": a, "target": b, "key": "ally", "relation": "ally", "symmetric": true, "weight": 1, "evidence": ev}));
        for l in 0..leaves {
            let leaf = format!("l{h:02}-{l:03}");
            nodes.push(serde_json::json!({"id": leaf, "label": format!("Leaf {h} {l}"), "kind": "armed_group"}));
            links.push(serde_json::json!({"source": leaf, "target": hub, "key": "proxy", "relation": "proxy", "symmetric": false, "weight": 1, "evidence": ev}));
        }
    }
    let doc = serde_json::json!({"directed": true, "multigraph": true,
        "graph": {"generator": "test", "version": "0", "documents": [{"id": "hub.txt", "sentences": 1}]},
        "nodes": nodes, "links": links});
    let path = dir.join("hubs.json");
    std::fs::write(&path, serde_json::to_string(&doc).unwrap()).unwrap();
    path
}

/// Brokers on a graph too large to count every actor's paths comes from a seeded sample of
/// source actors: flagged as an estimate, the same on every run, and it still finds the
/// brokers a full count finds; `--sample 0` asks for the exact count.
#[test]
fn brokers_can_be_estimated_from_sampled_sources() {
    let dir = tempfile::tempdir().unwrap();
    let g = hub_graph(dir.path(), 8, 99);
    let exact = ask(&g, &["brokers", "--top", "8"]);
    assert_eq!(exact["exact"], true);
    assert_eq!(exact["sources"], 800);
    assert_eq!(exact["actors"], 800);
    let mut hubs = ids(&exact["brokers"], "id");
    hubs.sort();
    assert_eq!(hubs, (0..8).map(|h| format!("h{h:02}")).collect::<Vec<_>>());
    assert_eq!(ask(&g, &["brokers", "--top", "8", "--sample", "0"]), exact);

    let estimate = ask(&g, &["brokers", "--top", "8", "--sample", "80"]);
    assert_eq!(estimate["exact"], false);
    assert_eq!(estimate["sources"], 80);
    let mut found = ids(&estimate["brokers"], "id");
    found.sort();
    assert_eq!(found, hubs);
    for (e, x) in estimate["brokers"]
        .as_array()
        .unwrap()
        .iter()
        .zip(exact["brokers"].as_array().unwrap())
    {
        let (e, x) = (e["raw"].as_f64().unwrap(), x["raw"].as_f64().unwrap());
        assert!(e > 0.5 * x && e < 2.0 * x, "estimate {e} for {x}");
    }
    assert_eq!(
        ask(&g, &["brokers", "--top", "8", "--sample", "80"]),
        estimate
    );
    let table = query(&g, &["brokers", "--sample", "80"]);
    assert!(String::from_utf8_lossy(&table.stdout)
        .contains("estimated from the shortest paths of 80 sampled actors"));
}

#[test]
fn tables_fit_the_terminal_width_and_json_keeps_every_sentence_whole() {
    let dir = tempfile::tempdir().unwrap();
    let g = sample(dir.path());
    let gs = g.to_str().unwrap();
    let narrow = Command::new(BIN)
        .args(["query", gs, "path", "oman", "israel"])
        .env("COLUMNS", "80")
        .output()
        .unwrap();
    let text = String::from_utf8(narrow.stdout).unwrap();
    for line in text.lines() {
        assert!(line.chars().count() <= 80, "{line:?}");
    }
    assert!(text.contains('…'), "the evidence is cut: {text}");
    // Piped without COLUMNS: whole cells, but a path's evidence is still shortened, and the
    // JSON has the sentence in full.
    let piped = String::from_utf8(run(&["query", gs, "path", "oman", "israel"]).stdout).unwrap();
    let json = ask(&g, &["path", "oman", "israel"]);
    let full = json["paths"][0]["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["evidence"]["text"].as_str().unwrap().to_string())
        .max_by_key(|t| t.chars().count())
        .unwrap();
    assert!(full.chars().count() > 120, "{full}");
    assert!(!piped.contains(&full) && piped.contains(&full[..60]));
}

#[test]
fn camps_are_listed_by_name_without_camps_of_one() {
    let dir = tempfile::tempdir().unwrap();
    let g = sample(dir.path());
    let text = String::from_utf8(query(&g, &["camps"]).stdout).unwrap();
    assert!(
        text.contains("Hamas, Hezbollah, Houthis, Iran, Islamic Revolutionary Guard Corps"),
        "{text}"
    );
    // Actors in no camp and the adversary edges by name too (ids in --json).
    let a = ask(&g, &["camps"]);
    let (ids, labels) = (strs(&a["unaligned"]), strs(&a["unaligned_labels"]));
    assert!(ids.contains(&"israel".to_string()), "{a}");
    assert_eq!(ids.len(), labels.len());
    assert!(
        text.contains(&format!(
            "In no camp ({}): {}",
            ids.len(),
            labels.join(", ")
        )),
        "{text}"
    );
    assert!(text.contains("Iran - Israel"), "{text}");
    for id in &ids {
        assert!(!text.contains(id.as_str()), "{id} in {text}");
    }
    assert!(a.get("names").is_none());
    assert!(
        !text.lines().any(|l| l.trim_end().ends_with(" 1  Israel")),
        "{text}"
    );
}

#[test]
fn a_mistyped_kind_is_an_error_listing_the_kinds() {
    let dir = tempfile::tempdir().unwrap();
    let g = sample(dir.path());
    let o = query(&g, &["stats", "--kind", "stat"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("unknown actor kind \"stat\"")
            && err.contains("armed_group")
            && err.contains("state"),
        "{err}"
    );
    // A real kind no actor of this graph has is no error.
    assert!(query(&g, &["stats", "--kind", "media"]).status.success());
}

#[test]
fn a_graph_is_read_from_stdin_with_a_dash() {
    let dir = tempfile::tempdir().unwrap();
    let g = sample(dir.path());
    let bytes = std::fs::read(&g).unwrap();
    for question in [
        &["neighbors", "Iran"][..],
        &["stats"],
        &["path", "oman", "israel"],
    ] {
        let from_stdin = [&["query", "-"], question].concat();
        let (a, b) = (query(&g, question), run_with_stdin(&from_stdin, &bytes));
        assert!(b.status.success(), "{}", String::from_utf8_lossy(&b.stderr));
        assert_eq!(a.stdout, b.stdout, "{question:?}");
    }
    let bad = run_with_stdin(&["query", "-", "stats"], b"{\"nodes\": [");
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn subgraph_draws_a_picture_by_the_extension() {
    let dir = tempfile::tempdir().unwrap();
    let g = sample(dir.path());
    let html = dir.path().join("oman.html");
    let o = query(&g, &["subgraph", "Oman", "-o", html.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("<title>Oman and its neighbours</title>"));
    assert!(page.contains("\"id\":\"united-states\"") && !page.contains("\"id\":\"hezbollah\""));
    let svg = dir.path().join("oman.svg");
    let o = query(&g, &["subgraph", "Oman", "-o", svg.to_str().unwrap()]);
    // Exit 3 (and the DOT written) where Graphviz is missing; an SVG where it is there.
    match o.status.code() {
        Some(0) => assert!(std::fs::read_to_string(&svg).unwrap().contains("<svg")),
        Some(3) => assert!(dir.path().join("oman.dot").exists()),
        c => panic!("exit {c:?}: {}", String::from_utf8_lossy(&o.stderr)),
    }
}
