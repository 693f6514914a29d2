//! Dated documents make the GEXF export a dynamic graph that networkx (and Gephi's timeline)
//! read: edges carry their first and last day, and per-day counts as a dynamic attribute.

mod common;

use std::process::Command;

#[test]
fn dated_corpus_gives_a_dynamic_gexf_that_networkx_reads() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("c.jsonl");
    std::fs::write(
        &corpus,
        concat!(
            "{\"id\":\"a\",\"date\":\"2024-03-01\",\"text\":\"Russia's war against Ukraine continued.\"}\n",
            "{\"id\":\"b\",\"date\":\"2024-03-05\",\"text\":\"Russia struck Ukraine again.\"}\n",
            "{\"id\":\"c\",\"text\":\"Iran-backed Hezbollah fired rockets at Israel.\"}\n",
        ),
    )
    .unwrap();
    let gexf = dir.path().join("g.gexf");
    let out = Command::new(env!("CARGO_BIN_EXE_actorgraph"))
        .args(["extract", "--quiet", "--jsonl"])
        .arg(&corpus)
        .arg("-o")
        .arg(&gexf)
        .output()
        .unwrap();
    common::assert_success(&out);
    let text = std::fs::read_to_string(&gexf).unwrap();
    assert!(text.contains("mode=\"dynamic\" timeformat=\"date\""));
    assert!(text.contains("start=\"2024-03-01\" end=\"2024-03-05\""));

    let script = r#"
import sys, networkx as nx
g = nx.read_gexf(sys.argv[1])
assert g.graph["mode"] == "dynamic", g.graph
e = g.edges["russia", "ukraine"]
assert (e["start"], e["end"]) == ("2024-03-01", "2024-03-05"), e
assert sorted(e["daily"]) == [(1, "2024-03-01", "2024-03-01"), (1, "2024-03-05", "2024-03-05")], e["daily"]
undated = g.edges["hezbollah", "iran"]
assert "start" not in undated and undated["relation"] == "proxy"
print("ok")
"#;
    common::networkx_check("the dynamic GEXF", script, &gexf);
}

#[test]
fn undated_graphs_stay_static() {
    let out = Command::new(env!("CARGO_BIN_EXE_actorgraph"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "extract",
            "data/samples/oman-mediation.txt",
            "--format",
            "gexf",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("mode=\"static\""));
    assert!(!text.contains(" start=\""));
}
