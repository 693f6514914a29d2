//! Whole-archive runs through the binary: `extract --jsonl`, its options, and `merge`.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_actorgraph");

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    let mut input = child.stdin.take().unwrap();
    if let Some(s) = stdin {
        // The binary may exit before reading (bad arguments): a broken pipe is fine.
        let _ = input.write_all(s.as_bytes());
    }
    drop(input);
    child.wait_with_output().unwrap()
}

fn ok(args: &[&str], stdin: Option<&str>) -> (String, String) {
    let out = run(args, stdin);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{args:?} failed: {stderr}");
    (String::from_utf8(out.stdout).unwrap(), stderr)
}

fn line(id: &str, date: Option<&str>, text: &str) -> String {
    let mut v = serde_json::json!({ "id": id, "text": text });
    if let Some(d) = date {
        v["date"] = d.into();
    }
    v.to_string()
}

/// The ids of a graph's documents, in its order.
fn doc_ids(graph: &Value) -> Vec<&str> {
    graph["graph"]["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect()
}

fn links(graph: &Value) -> Vec<(String, String, String)> {
    graph["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["source"].as_str().unwrap().into(),
                l["target"].as_str().unwrap().into(),
                l["relation"].as_str().unwrap().into(),
            )
        })
        .collect()
}

fn link<'a>(graph: &'a Value, s: &str, t: &str, r: &str) -> &'a Value {
    graph["links"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["source"] == s && l["target"] == t && l["relation"] == r)
        .unwrap_or_else(|| panic!("no {s} -> {t} {r} in {:?}", links(graph)))
}

fn generated(dir: &Path, mb: f64, seed: u64, duplicates: f64) -> std::path::PathBuf {
    let ex = actorgraph::Extractor::new().unwrap();
    let path = dir.join(format!("corpus-{seed}.jsonl"));
    let opts = actorgraph::synth::Options {
        seed,
        bytes: (mb * 1e6) as u64,
        duplicates,
        ..Default::default()
    };
    actorgraph::synth::write_jsonl(ex.gazetteer(), &opts, std::fs::File::create(&path).unwrap())
        .unwrap();
    path
}

#[test]
fn malformed_lines_are_reported_and_skipped_or_fatal_with_strict() {
    let corpus = [
        line("a", None, "Israel struck Hezbollah."),
        "{\"id\": \"b\", \"text\": ".to_string(),
        String::new(),
        "{\"id\": \"c\"}".to_string(),
        line("d", None, "Iran backs Hezbollah and arms the Houthis."),
    ]
    .join("\n");
    let (out, err) = ok(&["extract", "--jsonl", "-"], Some(&corpus));
    assert!(err.contains("-:2:"), "{err}");
    assert!(err.contains("-:4:") && err.contains("text"), "{err}");
    assert!(!err.contains("-:3:"), "a blank line is no error: {err}");
    let g: Value = serde_json::from_str(&out).unwrap();
    let docs = doc_ids(&g);
    assert_eq!(docs, ["a", "d"]);
    assert!(links(&g).contains(&("hezbollah".into(), "israel".into(), "adversary".into())));

    let out = run(&["extract", "--jsonl", "-", "--strict"], Some(&corpus));
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("-:2:"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn missing_corpus_file_is_bad_input() {
    let out = run(&["extract", "--jsonl", "/nonexistent/corpus.jsonl"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/corpus.jsonl"));
}

#[test]
fn dates_give_first_and_last_seen_daily_counts_and_filters() {
    let corpus = [
        line("a", Some("2024-03-01"), "Israel struck Hezbollah."),
        line(
            "b",
            Some("2024-03-05T08:00:00Z"),
            "Israel struck Hezbollah again. Israel bombed Hezbollah positions.",
        ),
        line("c", None, "Israel attacked Hezbollah."),
        line(
            "d",
            Some("2024-04-10"),
            "Israel struck Hezbollah targets near Tyre.",
        ),
    ]
    .join("\n");
    let (out, _) = ok(&["extract", "--jsonl", "-"], Some(&corpus));
    let g: Value = serde_json::from_str(&out).unwrap();
    let l = link(&g, "hezbollah", "israel", "adversary");
    assert_eq!(l["first_seen"], "2024-03-01");
    assert_eq!(l["last_seen"], "2024-04-10");
    assert_eq!(
        l["daily"],
        serde_json::json!({ "2024-03-01": 1, "2024-03-05": 2, "2024-04-10": 1 })
    );
    assert_eq!(l["weight"], 5, "the undated document counts in the weight");

    let (out, _) = ok(
        &[
            "extract",
            "--jsonl",
            "-",
            "--since",
            "2024-03-02",
            "--until",
            "2024-03-31",
        ],
        Some(&corpus),
    );
    let g: Value = serde_json::from_str(&out).unwrap();
    let docs = doc_ids(&g);
    assert_eq!(docs, ["b"]);
    assert_eq!(link(&g, "hezbollah", "israel", "adversary")["weight"], 2);

    let out = run(
        &["extract", "--jsonl", "-", "--since", "March 2024"],
        Some(&corpus),
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn duplicates_count_once_and_are_recorded() {
    let story = "Israel struck Hezbollah positions in southern Lebanon on Monday, the army said. \
        The strikes followed days of rocket fire across the border, and residents of several \
        villages said they had fled north to stay with relatives while the shelling continued. \
        Aid groups said roads to the coast were crowded with cars and that shelters in the larger \
        towns had run out of mattresses, blankets and drinking water by the evening. Schools in \
        the district will stay closed until further notice, the education ministry announced, \
        and hospitals have cancelled routine operations to keep beds free for the wounded. \
        Diplomats in the capital said a draft statement calling for restraint was still being \
        negotiated late into the night, with no agreement on its wording.";
    let corpus = [
        line("a", None, story),
        line("b", None, &story.to_uppercase().replace(", ", " , ")),
        line(
            "c",
            None,
            &format!("{story} (Reporting by Sam Lee; editing by Ana Ruiz)"),
        ),
        line("d", None, "Iran backs Hezbollah."),
    ]
    .join("\n");
    let (out, _) = ok(&["extract", "--jsonl", "-"], Some(&corpus));
    let g: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(g["graph"]["duplicates_dropped"], 2);
    assert_eq!(g["graph"]["documents"].as_array().unwrap().len(), 2);
    assert_eq!(link(&g, "hezbollah", "israel", "adversary")["weight"], 1);

    let (out, _) = ok(
        &["extract", "--jsonl", "-", "--keep-duplicates"],
        Some(&corpus),
    );
    let g: Value = serde_json::from_str(&out).unwrap();
    assert!(g["graph"].get("duplicates_dropped").is_none());
    assert_eq!(g["graph"]["documents"].as_array().unwrap().len(), 4);
}

#[test]
fn evidence_is_capped_but_weight_counts_everything() {
    let corpus: Vec<String> = (0..7)
        .map(|i| line(&format!("doc-{i}"), None, "Israel struck Hezbollah."))
        .collect();
    // Identical texts would be duplicates: keep them for this test.
    let corpus = corpus.join("\n");
    let (out, _) = ok(
        &[
            "extract",
            "--jsonl",
            "-",
            "--keep-duplicates",
            "--max-evidence",
            "3",
        ],
        Some(&corpus),
    );
    let g: Value = serde_json::from_str(&out).unwrap();
    let l = link(&g, "hezbollah", "israel", "adversary");
    assert_eq!(l["weight"], 7);
    let kept: Vec<&str> = l["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["document"].as_str().unwrap())
        .collect();
    assert_eq!(
        kept,
        ["doc-0", "doc-1", "doc-2"],
        "the first in document order are kept"
    );
    let (out, _) = ok(
        &[
            "extract",
            "--jsonl",
            "-",
            "--keep-duplicates",
            "--max-evidence",
            "0",
        ],
        Some(&corpus),
    );
    let g: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        link(&g, "hezbollah", "israel", "adversary")["evidence"]
            .as_array()
            .unwrap()
            .len(),
        7
    );
}

/// Threads change nothing: one worker and two give the same bytes; merging partial graphs of
/// the corpus gives the same bytes as extracting it at once.
#[test]
fn parallel_and_merged_runs_equal_the_single_threaded_run() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = generated(dir.path(), 0.6, 7, 0.0);
    let c = corpus.to_str().unwrap();
    let (one, _) = ok(&["extract", "--jsonl", c, "-j", "1", "--quiet"], None);
    let (two, _) = ok(&["extract", "--jsonl", c, "-j", "2", "--quiet"], None);
    assert_eq!(one, two);
    let g: Value = serde_json::from_str(&one).unwrap();
    assert!(
        g["links"].as_array().unwrap().len() > 50,
        "a generated corpus states many relations"
    );

    // Split the lines into three parts, extract each, merge in another order.
    let text = std::fs::read_to_string(&corpus).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut parts = Vec::new();
    for (k, chunk) in lines.chunks(lines.len().div_ceil(3)).enumerate() {
        let p = dir.path().join(format!("part{k}.jsonl"));
        std::fs::write(&p, chunk.join("\n")).unwrap();
        let out = dir.path().join(format!("part{k}.json"));
        ok(
            &[
                "extract",
                "--jsonl",
                p.to_str().unwrap(),
                "--quiet",
                "-o",
                out.to_str().unwrap(),
            ],
            None,
        );
        parts.push(out);
    }
    let merged = dir.path().join("all.json");
    let p: Vec<&str> = parts.iter().map(|p| p.to_str().unwrap()).collect();
    ok(
        &["merge", p[2], p[0], p[1], "-o", merged.to_str().unwrap()],
        None,
    );
    assert_eq!(std::fs::read_to_string(&merged).unwrap(), one);
    // To stdout as well.
    let (stdout, _) = ok(&["merge", p[1], p[2], p[0]], None);
    assert_eq!(stdout, one);
}

#[test]
fn merge_rejects_bad_graphs() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"nodes\": []}").unwrap();
    let out = run(&["merge", bad.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.json"));
    let out = run(&["merge", "/nonexistent/a.json"], None);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn folders_still_work_and_give_the_same_graph_as_the_same_documents_in_jsonl() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir_all(docs.join("sub")).unwrap();
    std::fs::write(docs.join("b.txt"), "Iran backs Hezbollah.").unwrap();
    std::fs::write(docs.join("sub/a.txt"), "Israel struck Hezbollah.").unwrap();
    let (from_files, err) = ok(&["extract", docs.to_str().unwrap()], None);
    assert!(err.is_empty(), "{err}");
    let corpus = [
        line("b.txt", None, "Iran backs Hezbollah."),
        line("sub/a.txt", None, "Israel struck Hezbollah."),
    ]
    .join("\n");
    let (from_jsonl, _) = ok(&["extract", "--jsonl", "-", "--quiet"], Some(&corpus));
    assert_eq!(from_files, from_jsonl);
}

#[test]
fn summary_on_stderr_unless_quiet() {
    let corpus = line("a", None, "Israel struck Hezbollah.");
    let (_, err) = ok(&["extract", "--jsonl", "-"], Some(&corpus));
    assert!(err.contains("1 documents"), "{err}");
    let (_, err) = ok(&["extract", "--jsonl", "-", "--quiet"], Some(&corpus));
    assert!(err.is_empty(), "{err}");
}

/// Graphs written before corpus runs existed (no `daily`, no `duplicates_dropped`) still merge.
#[test]
fn merge_reads_graphs_without_the_new_fields() {
    let dir = tempfile::tempdir().unwrap();
    let old = r#"{"directed": true, "multigraph": true,
        "graph": {"generator": "actorgraph", "version": "0.1.0", "schema": 1, "documents": [{"id": "old", "sentences": 1}]},
        "nodes": [{"id": "hezbollah", "label": "Hezbollah", "kind": "armed_group", "mentions": 1},
                  {"id": "israel", "label": "Israel", "kind": "state", "mentions": 1}],
        "links": [{"source": "hezbollah", "target": "israel", "key": "adversary", "relation": "adversary",
                   "symmetric": true, "weight": 1, "evidence": [{"document": "old", "sentence": 0, "start": 0,
                   "end": 24, "text": "Israel struck Hezbollah.", "pattern": "adversary.attack-verb"}]}]}"#;
    let a = dir.path().join("old.json");
    std::fs::write(&a, old).unwrap();
    let b = dir.path().join("new.json");
    let corpus = line("new", Some("2024-05-01"), "Israel bombed Hezbollah.");
    let (new, _) = ok(&["extract", "--jsonl", "-", "--quiet"], Some(&corpus));
    std::fs::write(&b, new).unwrap();
    let (out, _) = ok(&["merge", a.to_str().unwrap(), b.to_str().unwrap()], None);
    let g: Value = serde_json::from_str(&out).unwrap();
    let l = link(&g, "hezbollah", "israel", "adversary");
    assert_eq!(l["weight"], 2);
    assert_eq!(l["daily"], serde_json::json!({ "2024-05-01": 1 }));
    assert_eq!(g["graph"]["documents"].as_array().unwrap().len(), 2);
}

/// A corpus extracted in parts, with copies of a document in other parts: `dedup
/// fingerprints` per part, one `dedup decide` in corpus order, each part's kept lines extracted
/// with `--keep-duplicates`, all merged with the graph `decide` writes, is the graph of one run
/// over the whole corpus, byte for byte, with the same number of duplicates dropped. A date
/// range decides which documents count, as in a run; bad fingerprint lines are named.
#[test]
fn duplicates_across_parts_count_once_with_dedup() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = generated(dir.path(), 0.6, 11, 0.08);
    let text = std::fs::read_to_string(&corpus).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    for range in [
        &[][..],
        &["--since", "2024-03-01", "--until", "2024-10-31"][..],
    ] {
        let whole = dir.path().join("whole.json");
        let mut args = vec!["extract", "--jsonl", corpus.to_str().unwrap(), "--quiet"];
        args.extend(range);
        args.extend(["-o", whole.to_str().unwrap()]);
        ok(&args, None);
        let whole = std::fs::read_to_string(&whole).unwrap();
        let dropped_whole = serde_json::from_str::<Value>(&whole).unwrap()["graph"]
            ["duplicates_dropped"]
            .as_u64()
            .unwrap();
        // Three parts of uneven size; each part's lines are numbered from 1.
        let cuts = [0, lines.len() / 5, lines.len() * 3 / 5, lines.len()];
        let parts: Vec<String> = cuts
            .windows(2)
            .map(|w| lines[w[0]..w[1]].join("\n") + "\n")
            .collect();
        let mut keys = String::new();
        for (i, part) in parts.iter().enumerate() {
            let mut args = vec!["dedup", "fingerprints", "-"];
            args.extend(range);
            let (fps, _) = ok(&args, Some(part));
            for l in fps.lines() {
                keys.push_str(&format!("{i}:{l}\n"));
            }
        }
        let fragment = dir.path().join("dropped.json");
        let (drop, _) = ok(
            &[
                "dedup",
                "decide",
                "-",
                "--graph",
                fragment.to_str().unwrap(),
            ],
            Some(&keys),
        );
        let drop: std::collections::HashSet<&str> = drop.lines().collect();
        assert_eq!(drop.len() as u64, dropped_whole);
        assert!(
            dropped_whole > 10,
            "{dropped_whole} duplicates: the corpus must have copies"
        );
        let mut graphs = Vec::new();
        for (i, part) in parts.iter().enumerate() {
            let kept: String = part
                .lines()
                .enumerate()
                .filter(|(n, _)| !drop.contains(format!("{i}:{}", n + 1).as_str()))
                .map(|(_, l)| format!("{l}\n"))
                .collect();
            let out = dir.path().join(format!("part{i}.json"));
            let mut args = vec!["extract", "--jsonl", "-", "--keep-duplicates", "--quiet"];
            args.extend(range);
            args.extend(["-o", out.to_str().unwrap()]);
            ok(&args, Some(&kept));
            graphs.push(out);
        }
        let merged = dir.path().join("merged.json");
        let mut args = vec!["merge", fragment.to_str().unwrap()];
        args.extend(graphs.iter().map(|g| g.to_str().unwrap()));
        args.extend(["-o", merged.to_str().unwrap()]);
        ok(&args, None);
        assert!(
            std::fs::read_to_string(&merged).unwrap() == whole,
            "{range:?}"
        );
    }
    let o = run(&["dedup", "decide", "-"], Some("a\t00ff\n"));
    assert_eq!(o.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("-:1"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// A date whose tenth byte falls inside a multi-byte character is one malformed line, reported
/// as FILE:LINE; the documents around it are kept. On the command line it is a usage error.
#[test]
fn a_date_cut_inside_a_character_is_a_warning_not_a_panic() {
    let corpus = [
        line("a", Some("2024-05-01"), "Israel struck Hezbollah."),
        line("b", Some("2024-05-0\u{e9}"), "Iran backs Hezbollah."),
        line("c", Some("2024-05-\u{1F600}"), "Iran backs Hezbollah."),
        line("d", None, "Iran backs Hezbollah and arms the Houthis."),
    ]
    .join("\n");
    let (out, err) = ok(&["extract", "--jsonl", "-"], Some(&corpus));
    assert!(err.contains("-:2:") && err.contains("date"), "{err}");
    assert!(err.contains("-:3:"), "{err}");
    assert_eq!(doc_ids(&serde_json::from_str(&out).unwrap()), ["a", "d"]);

    let (fps, _) = ok(&["dedup", "fingerprints", "-"], Some(&corpus));
    let numbered: Vec<&str> = fps.lines().map(|l| l.split('\t').next().unwrap()).collect();
    assert_eq!(numbered, ["1", "4"]);

    for args in [
        &["extract", "--jsonl", "-", "--since", "2024-05-0\u{e9}"][..],
        &["extract", "--jsonl", "-", "--until", "2024-05-\u{1F600}"][..],
        &["dedup", "fingerprints", "-", "--since", "2024-05-0\u{e9}"][..],
    ] {
        let out = run(args, Some(&corpus));
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("ISO 8601"));
    }
}
