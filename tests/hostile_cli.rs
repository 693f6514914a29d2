//! Hostile and careless input through the binary: special files, oversized documents, bad
//! folder entries. Every run ends (a time limit turns a hang into a failure), with the exit
//! code of the README's table and every good document kept.

#[allow(dead_code)]
mod common;

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_actorgraph");

/// Runs the binary with `stdin`, killing it after `limit`: a hang fails the test.
fn run_for(limit: Duration, args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    let mut input = child.stdin.take().unwrap();
    let stdin = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        // The binary may exit before reading everything: a broken pipe is fine.
        let _ = input.write_all(&stdin);
    });
    let out = wait_for(child, limit, args);
    writer.join().unwrap();
    out
}

/// Runs the binary with standard input read from `stdin` (a device such as `/dev/zero`),
/// killing it after `limit`.
fn run_from(limit: Duration, args: &[&str], stdin: &Path) -> Output {
    let child = Command::new(BIN)
        .args(args)
        .stdin(std::fs::File::open(stdin).unwrap())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    wait_for(child, limit, args)
}

/// Waits for `child`, killing it after `limit`: a hang fails the test.
fn wait_for(mut child: std::process::Child, limit: Duration, args: &[&str]) -> Output {
    // The pipes are read while the child runs: a full pipe would block it.
    let read = |mut pipe: Box<dyn std::io::Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            bytes
        })
    };
    let stdout = read(Box::new(child.stdout.take().unwrap()));
    let stderr = read(Box::new(child.stderr.take().unwrap()));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > limit {
            child.kill().unwrap();
            let _ = child.wait();
            panic!(
                "{args:?} still running after {limit:?}: {}",
                String::from_utf8_lossy(&stderr.join().unwrap())
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output {
        status,
        stdout: stdout.join().unwrap(),
        stderr: stderr.join().unwrap(),
    }
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    run_for(Duration::from_secs(60), args, stdin)
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The document ids of the graph JSON on stdout.
fn doc_ids(out: &Output) -> Vec<String> {
    assert!(out.status.success(), "{}", stderr(out));
    let g: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    g["graph"]["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect()
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap();
}

fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path; mkfifo only creates a file system entry.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
}

/// Devices, FIFOs and sockets named on the command line as documents are refused at once
/// (exit 2): reading `/dev/zero` never ends, and a FIFO blocks until a writer comes. Graph
/// files may come through a pipe, but not from a device.
#[test]
fn special_files_named_on_the_command_line_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.txt");
    mkfifo(&fifo);
    let fifo = fifo.to_str().unwrap();
    for args in [
        &["extract", "/dev/zero"][..],
        &["extract", fifo],
        &["extract", "--jsonl", "/dev/zero"],
        &["extract", "--jsonl", fifo],
        &["dedup", "fingerprints", "/dev/zero"],
        // Graph readers take pipes (`query /dev/stdin`), but not devices.
        &["merge", "/dev/zero"],
        &["query", "/dev/zero", "stats"],
        &["render", "/dev/zero", "-o", "/tmp/never-written.svg"],
        &["export", "/dev/zero", "-o", "/tmp/never-written.dot"],
    ] {
        let out = run_for(Duration::from_secs(20), args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("not a regular file"),
            "{}",
            stderr(&out)
        );
    }
}

/// A document over --max-document-size is skipped with a warning that names it (FILE:LINE for
/// a JSONL line), the others are kept; only the limit is held in memory.
#[test]
fn oversized_documents_and_lines_are_skipped_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("a.txt"), "Israel struck Hezbollah.");
    write(
        &dir.path().join("big.txt"),
        &"Iran backs Hezbollah. ".repeat(100),
    );
    let out = run(
        &[
            "extract",
            dir.path().to_str().unwrap(),
            "--max-document-size",
            "1K",
        ],
        b"",
    );
    assert!(
        stderr(&out).contains("big.txt: larger than 1024 bytes"),
        "{}",
        stderr(&out)
    );
    assert_eq!(doc_ids(&out), ["a.txt"]);

    let out = run(
        &["extract", "-", "--max-document-size", "1K"],
        &[b'x'; 5000],
    );
    assert!(
        stderr(&out).contains("-: larger than 1024 bytes"),
        "{}",
        stderr(&out)
    );

    let long = format!(
        r#"{{"id": "long", "text": "{}"}}"#,
        "Iran backs Hezbollah. ".repeat(100)
    );
    let corpus = format!(
        "{}\n{long}\n{}\n{long}",
        r#"{"id": "a", "text": "Israel struck Hezbollah."}"#,
        r#"{"id": "b", "text": "Iran backs Hezbollah."}"#
    );
    let args = ["extract", "--jsonl", "-", "--max-document-size", "1K"];
    let out = run(&args, corpus.as_bytes());
    let err = stderr(&out);
    assert!(err.contains("-:2: line longer than 1024 bytes"), "{err}");
    assert!(err.contains("-:4: line longer than 1024 bytes"), "{err}");
    assert_eq!(doc_ids(&out), ["a", "b"]);
    let out = run(
        &["dedup", "fingerprints", "-", "--max-document-size", "1K"],
        corpus.as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<&str> = std::str::from_utf8(&out.stdout)
        .unwrap()
        .lines()
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    assert_eq!(lines, ["1", "3"]);

    let strict = [
        "extract",
        "--jsonl",
        "-",
        "--max-document-size",
        "1K",
        "--strict",
    ];
    let out = run(&strict, corpus.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("-:2:"), "{}", stderr(&out));

    let out = run(&["extract", "-", "--max-document-size", "lots"], b"");
    assert_eq!(out.status.code(), Some(2));
}

/// In a folder, a dangling link, a link to itself and a FIFO are skipped with a warning each;
/// the run ends and keeps every readable document. Named on the command line, each is an error.
#[test]
fn bad_folder_entries_are_skipped_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(&root.join("a.txt"), "Israel struck Hezbollah.");
    std::fs::create_dir(root.join("sub")).unwrap();
    write(&root.join("sub/b.txt"), "Iran backs Hezbollah.");
    std::os::unix::fs::symlink(root.join("missing.txt"), root.join("dangling.txt")).unwrap();
    std::os::unix::fs::symlink(root.join("loop.txt"), root.join("loop.txt")).unwrap();
    std::os::unix::fs::symlink(root, root.join("sub/up")).unwrap();
    mkfifo(&root.join("x.txt"));
    let out = run_for(
        Duration::from_secs(30),
        &["extract", root.to_str().unwrap()],
        b"",
    );
    let err = stderr(&out);
    for name in ["dangling.txt", "loop.txt", "x.txt"] {
        assert!(
            err.lines()
                .any(|l| l.contains(name) && l.contains("skipped")),
            "{name}: {err}"
        );
    }
    assert_eq!(doc_ids(&out), ["a.txt", "sub/b.txt"]);

    for name in ["dangling.txt", "loop.txt", "x.txt"] {
        let path = root.join(name);
        let out = run_for(
            Duration::from_secs(20),
            &["extract", path.to_str().unwrap()],
            b"",
        );
        assert_eq!(out.status.code(), Some(2), "{name}: {}", stderr(&out));
    }
}

/// Runs the binary under `sh` with the given umask.
fn run_with_umask(umask: &str, args: &[&str]) -> Output {
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("umask {umask}; exec \"$0\" \"$@\""))
        .arg(BIN)
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    out
}

fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

/// No hidden temporary file is left in `dir`.
fn no_temporary_files(dir: &Path) {
    for e in std::fs::read_dir(dir).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        assert!(!name.starts_with(".actorgraph-"), "{name} left behind");
    }
}

/// New outputs follow the umask (the neo4j import script is executable); a replaced file keeps
/// its mode.
#[test]
fn outputs_follow_the_umask_and_keep_the_mode_of_the_file_they_replace() {
    let dir = tempfile::tempdir().unwrap();
    let d = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    write(&dir.path().join("a.txt"), "Iran backs Hezbollah.");
    run_with_umask("027", &["extract", &d("a.txt"), "-o", &d("g.json")]);
    assert_eq!(mode(&dir.path().join("g.json")), 0o640);
    run_with_umask("027", &["export", &d("g.json"), "-o", &d("g.dot")]);
    assert_eq!(mode(&dir.path().join("g.dot")), 0o640);
    run_with_umask(
        "022",
        &["export", &d("g.json"), "--format", "neo4j", "-o", &d("n4j")],
    );
    assert_eq!(mode(&dir.path().join("n4j/actors.csv")), 0o644);
    assert_eq!(mode(&dir.path().join("n4j/import.sh")), 0o755);

    use std::os::unix::fs::PermissionsExt;
    let replaced = ["old.json", "old.graphml"];
    for name in replaced {
        write(&dir.path().join(name), "old");
        let mode = std::fs::Permissions::from_mode(0o604);
        std::fs::set_permissions(dir.path().join(name), mode).unwrap();
    }
    run_with_umask("022", &["extract", &d("a.txt"), "-o", &d("old.json")]);
    run_with_umask("022", &["export", &d("g.json"), "-o", &d("old.graphml")]);
    for name in replaced {
        assert_eq!(mode(&dir.path().join(name)), 0o604, "{name}");
        assert_ne!(
            std::fs::read_to_string(dir.path().join(name)).unwrap(),
            "old"
        );
    }
    no_temporary_files(dir.path());
}

/// `-o` onto a symbolic link writes its target and keeps the link; onto a FIFO it writes into
/// the FIFO (its reader gets the graph); onto a link to a device it writes the device.
#[test]
fn outputs_write_through_links_and_into_fifos_and_devices() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let d = |name: &str| root.join(name).to_str().unwrap().to_string();
    write(&root.join("a.txt"), "Iran backs Hezbollah.");

    write(&root.join("real.json"), "old");
    std::os::unix::fs::symlink(root.join("real.json"), root.join("link.json")).unwrap();
    run(&["extract", &d("a.txt"), "-o", &d("link.json")], b"");
    assert!(std::fs::symlink_metadata(root.join("link.json"))
        .unwrap()
        .file_type()
        .is_symlink());
    let g: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("real.json")).unwrap()).unwrap();
    assert_eq!(g["graph"]["documents"][0]["id"], "a.txt");

    // A link to /dev/null: the link stays, and the device is written, not replaced.
    std::os::unix::fs::symlink("/dev/null", root.join("null.dot")).unwrap();
    let out = run(&["export", &d("real.json"), "-o", &d("null.dot")], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(std::fs::symlink_metadata(root.join("null.dot"))
        .unwrap()
        .file_type()
        .is_symlink());
    {
        use std::os::unix::fs::FileTypeExt;
        assert!(std::fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device());
    }

    let fifo = root.join("out.json");
    mkfifo(&fifo);
    let (tx, rx) = std::sync::mpsc::channel();
    let reader_path = fifo.clone();
    // Left blocked on open when no writer ever comes: the test then fails on the timeout.
    std::thread::spawn(move || {
        let _ = tx.send(std::fs::read_to_string(reader_path));
    });
    let out = run_for(
        Duration::from_secs(30),
        &["extract", &d("a.txt"), "-o", &d("out.json")],
        b"",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let got = rx
        .recv_timeout(Duration::from_secs(30))
        .expect("the FIFO's reader got the output")
        .unwrap();
    let g: serde_json::Value = serde_json::from_str(&got).unwrap();
    assert_eq!(g["graph"]["documents"][0]["id"], "a.txt");
    {
        use std::os::unix::fs::FileTypeExt;
        assert!(std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo());
    }
    no_temporary_files(root);
}

/// A document id or evidence that starts like a formula is defused in the spreadsheet CSV and
/// kept verbatim in the Neo4j CSV (which neo4j-admin reads, not a spreadsheet).
#[test]
fn spreadsheet_csv_cells_never_start_a_formula() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = [
        r#"{"id": "=HYPERLINK(\"http://evil\",\"x\")", "text": "Iran backs Hezbollah."}"#,
        r#"{"id": "@SUM(A1)", "text": "-Iran backs Hezbollah.\n\n+Israel struck Hezbollah."}"#,
    ]
    .join("\n");
    let csv = dir.path().join("csv");
    let args = [
        "extract",
        "--jsonl",
        "-",
        "--format",
        "csv",
        "-o",
        csv.to_str().unwrap(),
    ];
    let out = run(&args, corpus.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let edges = std::fs::read_to_string(csv.join("edges.csv")).unwrap();
    assert!(edges.contains(r#""'=HYPERLINK(""http://evil"""#), "{edges}");
    assert!(edges.contains(r#""'@SUM(A1)"#), "{edges}");
    // No quoted cell starts with a formula character.
    for bad in ["\"=", "\"+", "\"-", "\"@"] {
        assert!(
            !edges.contains(&format!(",{bad}")) && !edges.contains(&format!("\n{bad}")),
            "{bad}: {edges}"
        );
    }
    let neo4j = dir.path().join("neo4j");
    let args = [
        "extract",
        "--jsonl",
        "-",
        "--format",
        "neo4j",
        "-o",
        neo4j.to_str().unwrap(),
    ];
    let out = run(&args, corpus.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let rel = std::fs::read_to_string(neo4j.join("relations.csv")).unwrap();
    assert!(
        rel.contains("=HYPERLINK") && !rel.contains("'=HYPERLINK"),
        "{rel}"
    );
}

/// Characters XML 1.0 cannot carry (C0 controls other than tab and line breaks).
fn xml_invalid(text: &str) -> Option<char> {
    text.chars().find(|&c| {
        ((c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r'))
            || c == '\u{FFFE}'
            || c == '\u{FFFF}'
    })
}

/// Control characters from PDF text (form feed), terminal escapes and U+0001 in the evidence
/// leave every XML-based output well-formed, and Graphviz's escapes in it are shown as written.
#[test]
fn control_characters_and_graphviz_escapes_in_evidence_leave_outputs_well_formed() {
    let dir = tempfile::tempdir().unwrap();
    let d = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    let text = "Iran backs Hezbollah\u{c} \u{1b}[31m \u{1} \\N \\G \\E \\T \\H \\L said \\\\ x.";
    write(&dir.path().join("a.txt"), text);
    let out = run(&["extract", &d("a.txt"), "-o", &d("g.json")], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    for name in ["g.svg", "g.html"] {
        let out = run(&["render", &d("g.json"), "-o", &d(name)], b"");
        assert!(out.status.success(), "{}", stderr(&out));
    }
    for name in ["g.dot", "g.graphml", "g.gexf"] {
        let out = run(&["export", &d("g.json"), "-o", &d(name)], b"");
        assert!(out.status.success(), "{}", stderr(&out));
    }
    for name in ["g.svg", "g.html", "g.dot", "g.graphml", "g.gexf"] {
        let written = std::fs::read_to_string(dir.path().join(name)).unwrap();
        assert_eq!(xml_invalid(&written), None, "{name}");
    }
    let svg = std::fs::read_to_string(dir.path().join("g.svg")).unwrap();
    assert!(
        svg.contains(r"\N \G \E \T \H \L said \\ x."),
        "escapes expanded: {}",
        svg.lines()
            .find(|l| l.contains("said"))
            .unwrap_or(&svg[..0])
    );
    // The SVG is XML an XML parser reads (CI has python3).
    let parsed = Command::new("python3")
        .args([
            "-c",
            "import sys, xml.dom.minidom as m; m.parse(sys.argv[1])",
            &d("g.svg"),
        ])
        .output();
    if let Ok(parsed) = parsed {
        assert!(
            parsed.status.success(),
            "{}",
            String::from_utf8_lossy(&parsed.stderr)
        );
    }
}

/// Runs the binary with its standard output a pipe whose reading end is closed before the
/// binary starts.
///
/// Another test's child, forked at that moment, holds a copy of every open pipe end until it
/// execs: a reading end open there for a moment lets a quick writer (`man`, `completions`)
/// succeed. So the reading end is closed at once, never given to a `Child`, and a success is
/// tried again (a real failure to see the closed pipe succeeds every time).
fn run_with_stdout_closed(args: &[&str]) -> Output {
    use std::os::fd::FromRawFd;
    let mut tries = 0;
    loop {
        let mut fds = [0; 2];
        // SAFETY: pipe2 fills the two descriptors; the reading end is closed at once and the
        // writing end owned by the `OwnedFd` given to the child.
        let write_end = unsafe {
            assert_eq!(libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC), 0);
            libc::close(fds[0]);
            std::os::fd::OwnedFd::from_raw_fd(fds[1])
        };
        let out = Command::new(BIN)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::from(write_end))
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        tries += 1;
        if out.status.success() && tries < 5 {
            continue;
        }
        return out;
    }
}

/// One table of exit codes for every subcommand: an output that cannot be written is 1
/// wherever it happens, a closed standard output is 141 (as SIGPIPE gives), never 0 or 101.
#[test]
fn exit_codes_are_the_same_for_every_subcommand() {
    let dir = tempfile::tempdir().unwrap();
    let d = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    write(
        &dir.path().join("a.txt"),
        "Iran backs Hezbollah. Israel struck Hezbollah.",
    );
    let out = run(&["extract", &d("a.txt"), "-o", &d("g.json")], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let fps = dir.path().join("fps.txt");
    write(&fps, "1\t0123456789abcdef\n");
    let jsonl = r#"{"id": "a", "text": "Iran backs Hezbollah."}"#;
    write(&dir.path().join("c.jsonl"), jsonl);
    // Under a file: no folder can be made there, not even by root.
    let nowhere = |name: &str| format!("/proc/version/{name}");
    let unwritable: Vec<Vec<String>> = vec![
        vec!["extract".into(), d("a.txt"), "-o".into(), nowhere("g.json")],
        vec!["extract".into(), d("a.txt"), "-o".into(), nowhere("g.dot")],
        vec![
            "extract".into(),
            d("a.txt"),
            "--out-dir".into(),
            "/proc/version/x".into(),
        ],
        vec!["merge".into(), d("g.json"), "-o".into(), nowhere("m.json")],
        vec!["render".into(), d("g.json"), "-o".into(), nowhere("g.svg")],
        vec!["render".into(), d("g.json"), "-o".into(), nowhere("g.html")],
        vec![
            "export".into(),
            d("g.json"),
            "-o".into(),
            nowhere("g.graphml"),
        ],
        vec![
            "export".into(),
            d("g.json"),
            "--format".into(),
            "csv".into(),
            "-o".into(),
            nowhere("csv"),
        ],
        vec![
            "query".into(),
            d("g.json"),
            "subgraph".into(),
            "iran".into(),
            "-o".into(),
            nowhere("s.json"),
        ],
        vec![
            "dedup".into(),
            "decide".into(),
            d("fps.txt"),
            "--graph".into(),
            nowhere("d.json"),
        ],
    ];
    for args in &unwritable {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = run(&args, b"");
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stderr(&out));
        let target = args.iter().rfind(|a| a.starts_with('/')).unwrap();
        assert!(stderr(&out).contains(*target), "{args:?}: {}", stderr(&out));
    }

    for args in [
        &["extract", &d("a.txt")][..],
        &["extract", &d("a.txt"), "--format", "dot"],
        &["merge", &d("g.json")],
        &["query", &d("g.json"), "stats"],
        &["query", &d("g.json"), "subgraph", "iran"],
        &["explain", "Iran backs Hezbollah."],
        &["explain", &d("a.txt")],
        &["dedup", "fingerprints", &d("c.jsonl")],
    ] {
        let out = run_with_stdout_closed(args);
        assert_eq!(out.status.code(), Some(141), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).is_empty(), "{args:?}: {}", stderr(&out));
    }

    for command in [
        "extract",
        "explain",
        "query",
        "merge",
        "dedup",
        "render",
        "export",
        "completions",
        "man",
    ] {
        let out = run(&[command, "--help"], b"");
        let help = String::from_utf8_lossy(&out.stdout);
        assert!(
            help.contains("Exit codes") && help.contains("141"),
            "{command}"
        );
    }
}

/// A hand-written graph: nodes `a`..`e` in a chain (plus `extra` node records), one ally edge
/// per neighbouring pair, with the given weight and mentions.
fn graph_json(weight: u64, mentions: u64, extra: &[&str]) -> String {
    let ids = ["a", "b", "c", "d", "e"];
    let nodes: Vec<serde_json::Value> = ids
        .iter()
        .chain(extra)
        .map(|id| {
            serde_json::json!({"id": id, "label": id.to_uppercase(), "kind": "state",
                               "aliases": [], "mentions": mentions})
        })
        .collect();
    let links: Vec<serde_json::Value> = ids
        .windows(2)
        .map(|w| {
            serde_json::json!({"source": w[0], "target": w[1], "key": "ally", "relation": "ally", "symmetric": true,
                               "weight": weight, "evidence": []})
        })
        .collect();
    serde_json::json!({"directed": true, "multigraph": true,
                       "graph": {"generator": "actorgraph", "version": "0.1.0", "schema": 1,
                                 "documents": [{"id": "d", "sentences": 1}]},
                       "nodes": nodes, "links": links})
    .to_string()
}

/// Counts saturate instead of wrapping; a node id twice is an error naming it; a huge depth
/// stops when the graph is exhausted; a huge thread count is capped.
#[test]
fn numbers_never_wrap_and_huge_arguments_end() {
    let dir = tempfile::tempdir().unwrap();
    let d = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    write(
        &dir.path().join("max.json"),
        &graph_json(u64::MAX, u64::MAX, &[]),
    );
    write(&dir.path().join("one.json"), &graph_json(1, 1, &[]));
    let out = run(&["merge", &d("max.json"), &d("one.json")], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let g: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(g["links"]
        .as_array()
        .unwrap()
        .iter()
        .all(|l| l["weight"] == u64::MAX));
    assert!(g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .all(|n| n["mentions"] == u64::MAX));

    write(&dir.path().join("dup.json"), &graph_json(1, 1, &["c"]));
    for args in [
        &["merge", &d("dup.json")][..],
        &["export", &d("dup.json"), "-o", &d("dup.dot")],
        &["query", &d("dup.json"), "stats"],
        &["query", &d("dup.json"), "neighbors", "a"],
    ] {
        let out = run(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&out).contains(r#"node id "c" appears more than once"#),
            "{}",
            stderr(&out)
        );
    }

    for question in ["subgraph", "neighbors"] {
        let args = [
            "query",
            &d("one.json"),
            question,
            "a",
            "--depth",
            "99999999999",
        ];
        let out = run_for(Duration::from_secs(20), &args, b"");
        assert!(out.status.success(), "{}", stderr(&out));
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.contains("\"e\"") || text.contains(" e "),
            "{question}: {text}"
        );
    }

    write(
        &dir.path().join("a.txt"),
        &"Iran backs Hezbollah. ".repeat(400),
    );
    let out = run_for(
        Duration::from_secs(30),
        &["extract", &d("a.txt"), "-j", "100000"],
        b"",
    );
    assert!(out.status.success(), "{}", stderr(&out));
}

/// UTF-16 files with a byte-order mark are read (not skipped as binary), and a UTF-8 BOM before
/// the first JSONL line does not cost the first document.
#[test]
fn utf16_files_and_a_bom_on_jsonl_keep_their_documents() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Iran backs Hezbollah.\r\nIsrael struck Hezbollah.";
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    std::fs::write(dir.path().join("le.txt"), le).unwrap();
    std::fs::write(dir.path().join("be.txt"), be).unwrap();
    // The same text twice: kept twice, not dropped as a copy.
    let args = ["extract", dir.path().to_str().unwrap(), "--keep-duplicates"];
    let out = run(&args, b"");
    assert!(!stderr(&out).contains("binary"), "{}", stderr(&out));
    assert_eq!(doc_ids(&out), ["be.txt", "le.txt"]);
    let g: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let weights: Vec<u64> = g["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["weight"].as_u64().unwrap())
        .collect();
    assert_eq!(weights, [2, 2], "each relation from both files");

    let corpus = "\u{feff}{\"id\": \"first\", \"text\": \"Iran backs Hezbollah.\"}\n\
                  {\"id\": \"second\", \"text\": \"Israel struck Hezbollah.\"}\n";
    let out = run(&["extract", "--jsonl", "-"], corpus.as_bytes());
    assert!(!stderr(&out).contains("-:1:"), "{}", stderr(&out));
    assert_eq!(doc_ids(&out), ["first", "second"]);
    let out = run(&["dedup", "fingerprints", "-"], corpus.as_bytes());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("1\t"));
}

/// A graph JSON of about 30 MB (one edge with 150,000 evidence sentences): its write takes long
/// enough to be interrupted.
fn big_graph_json() -> String {
    let evidence: Vec<serde_json::Value> = (0..150_000)
        .map(|i| {
            serde_json::json!({"document": format!("doc-{i:06}"), "sentence": 0, "start": 0,
                               "end": 120, "pattern": "ally.x", "parties": [],
                               "text": format!("Iran and Hezbollah are allies, says report number {i} of the long series of reports.")})
        })
        .collect();
    let mut g: serde_json::Value = serde_json::from_str(&graph_json(1, 1, &[])).unwrap();
    g["links"][0]["weight"] = 150_000.into();
    g["links"][0]["evidence"] = evidence.into();
    g.to_string()
}

/// Ctrl-C, SIGTERM and SIGHUP during a write remove the hidden temporary file, leave no half
/// output, and end the process by that signal.
#[test]
fn signals_during_a_write_leave_no_temporary_file() {
    use std::os::unix::process::ExitStatusExt;
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("big.json");
    write(&input, &big_graph_json());
    let out_dir = dir.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let output = out_dir.join("merged.json");
    for signal in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
        let mut child = Command::new(BIN)
            .args([
                "merge",
                input.to_str().unwrap(),
                "--max-evidence",
                "0",
                "-o",
            ])
            .arg(&output)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let started = Instant::now();
        let temporary = || {
            std::fs::read_dir(&out_dir).unwrap().any(|e| {
                e.unwrap()
                    .file_name()
                    .to_string_lossy()
                    .starts_with(".actorgraph-")
            })
        };
        while !temporary() {
            assert!(
                child.try_wait().unwrap().is_none(),
                "the write ended before it could be interrupted"
            );
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "no write began"
            );
            std::thread::sleep(Duration::from_millis(1));
        }
        // SAFETY: kill(2) on our own child's pid.
        assert_eq!(unsafe { libc::kill(child.id() as i32, signal) }, 0);
        let status = child.wait().unwrap();
        assert_eq!(status.signal(), Some(signal), "{status:?}");
        no_temporary_files(&out_dir);
        assert!(!output.exists(), "no output from an interrupted write");
    }
}

/// Drawing more than 2,000 actors warns first (Graphviz ran for minutes on a large graph
/// without a word); a filter that draws fewer, or a small graph, gives no warning. A stand-in
/// `dot` keeps the test fast.
#[test]
fn render_warns_before_drawing_a_huge_graph() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    write(
        &bin.join("dot"),
        "#!/bin/sh\ncat >/dev/null\necho '<svg></svg>'\n",
    );
    std::fs::set_permissions(bin.join("dot"), std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let ids: Vec<String> = (0..2_001).map(|i| format!("a{i:05}")).collect();
    let nodes: Vec<serde_json::Value> = ids
        .iter()
        .map(|id| serde_json::json!({"id": id, "label": id, "kind": "state", "aliases": [], "mentions": 1}))
        .collect();
    let links: Vec<serde_json::Value> = ids
        .windows(2)
        .map(|w| {
            serde_json::json!({"source": w[0], "target": w[1], "key": "ally", "relation": "ally",
                               "symmetric": true, "weight": 1, "evidence": []})
        })
        .collect();
    let big = serde_json::json!({"directed": true, "multigraph": true,
        "graph": {"generator": "actorgraph", "version": "0.1.0", "schema": 1, "documents": []},
        "nodes": nodes, "links": links});
    let big_path = dir.path().join("big.json");
    write(&big_path, &big.to_string());
    let small_path = dir.path().join("small.json");
    write(&small_path, &graph_json(1, 1, &[]));
    let render = |graph: &Path, extra: &[&str]| {
        let out = Command::new(BIN)
            .args(["render", graph.to_str().unwrap(), "-o"])
            .arg(dir.path().join("g.svg"))
            .args(extra)
            .env("PATH", &path)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        stderr(&out)
    };
    let err = render(&big_path, &[]);
    assert!(err.contains("warning: drawing 2001 actors"), "{err}");
    assert!(!render(&big_path, &["--relation", "proxy"]).contains("warning"));
    assert!(!render(&small_path, &[]).contains("warning"));
}

/// Fails unless `out` ended normally (no panic, no signal) with `code`, its error output
/// naming `names` when it failed.
fn assert_exit(out: &Output, code: i32, names: &str, what: &str) {
    assert_eq!(out.status.code(), Some(code), "{what}: {}", stderr(out));
    assert!(stderr(out).contains(names), "{what}: {}", stderr(out));
}

/// The explanations `explain --json` printed.
fn explanations(out: &Output) -> Vec<serde_json::Value> {
    assert!(out.status.success(), "{}", stderr(out));
    serde_json::from_slice::<serde_json::Value>(&out.stdout)
        .expect("explain --json prints JSON")
        .as_array()
        .unwrap()
        .clone()
}

/// The hostile corpus through `explain --json`: what the argument names on disk is read as a
/// document, strictly, never explained as a sentence in its place (a device, a FIFO, a
/// dangling link, a folder, a mistyped file name are errors naming it); the warnings of the
/// reading (binary, bad bytes, deep HTML) are shown; a huge sentence is read in bounded pieces.
#[test]
fn explain_reads_hostile_documents_strictly_and_says_what_it_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let d = |name: &str| root.join(name).to_str().unwrap().to_string();
    mkfifo(&root.join("pipe.txt"));
    std::os::unix::fs::symlink(root.join("missing.txt"), root.join("dangling.txt")).unwrap();
    std::fs::create_dir(root.join("folder")).unwrap();
    let limit = Duration::from_secs(20);
    for (arg, names) in [
        ("/dev/zero".to_string(), "/dev/zero: not a regular file"),
        (d("pipe.txt"), "pipe.txt: not a regular file"),
        (d("dangling.txt"), "dangling.txt: no such file"),
        (d("folder"), "folder: a folder"),
        (d("missing.txt"), "missing.txt: no such file"),
        ("./missing".to_string(), "./missing: no such file"),
    ] {
        let out = run_for(limit, &["explain", "--json", &arg], b"");
        assert_exit(&out, 2, names, &arg);
        assert!(
            out.stdout.is_empty(),
            "{arg}: nothing explained in its place"
        );
    }
    // A device as the actor dictionary is refused, not read until memory runs out.
    let out = run_for(limit, &["explain", "--actors", "/dev/zero", "Iran"], b"");
    assert_exit(
        &out,
        2,
        "/dev/zero: not a regular file",
        "--actors /dev/zero",
    );

    std::fs::write(root.join("binary.txt"), b"Iran\0backs\0Hezbollah").unwrap();
    let out = run_for(limit, &["explain", "--json", &d("binary.txt")], b"");
    assert!(
        stderr(&out).contains("binary.txt: binary file"),
        "{}",
        stderr(&out)
    );
    assert!(explanations(&out).is_empty());
    let out = run_for(limit, &["explain", "--json", "-"], b"Iran\0backs");
    assert!(stderr(&out).contains("-: binary file"), "{}", stderr(&out));

    let mut bad_bytes = b"Iran backs Hezbollah \xff\xfe.\x0c Israel struck Hamas\x1b[1m.".to_vec();
    bad_bytes.extend_from_slice(b"\n\nOman mediated.");
    std::fs::write(root.join("bad.txt"), &bad_bytes).unwrap();
    let out = run_for(limit, &["explain", "--json", &d("bad.txt")], b"");
    assert!(stderr(&out).contains("bad.txt: "), "{}", stderr(&out));
    assert!(!explanations(&out).is_empty());

    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(
            "Iran backs Hezbollah."
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        )
        .collect();
    std::fs::write(root.join("utf16.txt"), utf16).unwrap();
    let out = run_for(limit, &["explain", "--json", &d("utf16.txt")], b"");
    let e = explanations(&out);
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(!e[0]["relations"].as_array().unwrap().is_empty(), "{e:?}");

    let deep = format!(
        "<html><body>{}<p>Iran backs Hezbollah.</p>{}</body></html>",
        "<div>".repeat(5_000),
        "</div>".repeat(5_000)
    );
    write(&root.join("deep.html"), &deep);
    let out = run_for(limit, &["explain", "--json", &d("deep.html")], b"");
    assert!(
        stderr(&out).contains("deep.html: HTML nested"),
        "{}",
        stderr(&out)
    );
    assert_eq!(explanations(&out).len(), 1);

    // A run-on "sentence" of 100 kB on the command line is read as `extract` reads it, in
    // bounded pieces (read whole, its time grew faster than its length: 130 kB took 5 s).
    let run_on = "Iran attacked Israel and ".repeat(4_000);
    let out = run_for(limit, &["explain", "--json", &run_on], b"");
    let pieces = explanations(&out);
    assert!(pieces.len() > 30, "{} pieces", pieces.len());
    for p in &pieces {
        let text = p["text"].as_str().unwrap();
        assert!(text.len() <= 3_000, "a piece of {} bytes", text.len());
    }
    // An ordinary sentence is still one explanation, not taken for a file.
    let out = run_for(limit, &["explain", "--json", "Iran backs Hezbollah."], b"");
    assert_eq!(explanations(&out).len(), 1);
}

/// `completions` and `man` with hostile arguments and outputs: an unknown shell is a usage
/// error, a closed standard output is 141, and `man -o` writes through a link and into a FIFO,
/// refuses a folder and an unwritable path by name, and never leaves a temporary file.
#[test]
fn completions_and_man_take_hostile_arguments_and_outputs() {
    let out = run(&["completions", "nosh"], b"");
    assert_exit(&out, 2, "nosh", "completions nosh");
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = run(&["completions", shell], b"");
        assert!(out.status.success() && !out.stdout.is_empty(), "{shell}");
        let out = run_with_stdout_closed(&["completions", shell]);
        assert_eq!(out.status.code(), Some(141), "{shell}: {}", stderr(&out));
    }
    let out = run_with_stdout_closed(&["man"]);
    assert_eq!(out.status.code(), Some(141), "{}", stderr(&out));

    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let d = |name: &str| root.join(name).to_str().unwrap().to_string();
    let page = run(&["man"], b"").stdout;
    assert!(page.starts_with(b".ie") || page.starts_with(b".TH"), "roff");

    write(&root.join("real.1"), "old");
    std::os::unix::fs::symlink(root.join("real.1"), root.join("link.1")).unwrap();
    let out = run(&["man", "-o", &d("link.1")], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(std::fs::symlink_metadata(root.join("link.1"))
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(std::fs::read(root.join("real.1")).unwrap(), page);

    let fifo = root.join("fifo.1");
    mkfifo(&fifo);
    let (tx, rx) = std::sync::mpsc::channel();
    let reader = fifo.clone();
    std::thread::spawn(move || {
        let _ = tx.send(std::fs::read(reader));
    });
    let out = run_for(Duration::from_secs(30), &["man", "-o", &d("fifo.1")], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let got = rx.recv_timeout(Duration::from_secs(30)).unwrap().unwrap();
    assert_eq!(got, page);

    std::fs::create_dir(root.join("folder")).unwrap();
    for target in [d("folder"), "/proc/version/man.1".to_string()] {
        let out = run(&["man", "-o", &target], b"");
        assert_exit(&out, 1, &target, "man -o");
    }
    no_temporary_files(root);
}

/// Every reader of graph JSON given a stream that is no JSON (a device or random bytes behind
/// standard input) stops at its first bytes with an error naming standard input, instead of
/// reading until memory runs out; `dedup decide` stops at an over-long line.
#[test]
fn graph_readers_stop_at_a_stream_that_is_no_json() {
    let limit = Duration::from_secs(20);
    for device in ["/dev/zero", "/dev/urandom"] {
        for args in [
            &["query", "-", "stats"][..],
            &["query", "-", "neighbors", "iran"],
            &["merge", "-"],
            &["export", "-", "--format", "dot", "-o", "-"],
            &["render", "-", "--format", "svg", "-o", "-"],
        ] {
            let out = run_from(limit, args, Path::new(device));
            assert_exit(
                &out,
                2,
                "standard input: not an actorgraph JSON graph",
                device,
            );
        }
        let out = run_from(limit, &["dedup", "decide", "-"], Path::new(device));
        assert_eq!(out.status.code(), Some(2), "{device}: {}", stderr(&out));
        assert!(stderr(&out).contains("-:1: "), "{device}: {}", stderr(&out));
    }
    // A graph that is JSON still comes through a pipe, leading blanks and all.
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("a.txt"), "Iran backs Hezbollah.");
    let graph = run(
        &["extract", dir.path().join("a.txt").to_str().unwrap()],
        b"",
    );
    let mut piped = b"\n  \n".to_vec();
    piped.extend_from_slice(&graph.stdout);
    for args in [&["query", "-", "stats"][..], &["merge", "-"]] {
        let out = run(args, &piped);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    }
}

/// In a folder, a file and a sub-folder that cannot be read (mode 000) are skipped with a
/// warning naming each, and every other document is read. Root reads whatever the mode says:
/// run as root, the check runs the binary as user `nobody` instead, and says it skipped the
/// check (and why) when even that cannot be done.
#[test]
fn unreadable_folder_entries_are_skipped_with_a_warning() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let mode = |path: &Path, mode: u32| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap()
    };
    mode(root, 0o755);
    write(&root.join("a.txt"), "Israel struck Hezbollah.");
    write(&root.join("secret.txt"), "Iran backs Hezbollah.");
    std::fs::create_dir(root.join("locked")).unwrap();
    write(&root.join("locked/c.txt"), "Oman mediated talks.");
    std::fs::create_dir(root.join("open")).unwrap();
    write(&root.join("open/b.txt"), "Qatar backs Hamas.");
    for f in ["a.txt", "open/b.txt", "secret.txt", "locked/c.txt"] {
        mode(&root.join(f), 0o644);
    }
    mode(&root.join("open"), 0o755);
    mode(&root.join("secret.txt"), 0o000);
    mode(&root.join("locked"), 0o000);

    let mut command = Command::new(BIN);
    command.args(["extract", root.to_str().unwrap()]);
    // SAFETY: geteuid only reads the process's effective user id.
    if unsafe { libc::geteuid() } == 0 {
        // `nobody` on Linux; the binary must be reachable for it (it is under target/).
        command.uid(65534).gid(65534);
        let probe = Command::new(BIN)
            .arg("--version")
            .uid(65534)
            .gid(65534)
            .output();
        if !probe.is_ok_and(|o| o.status.success()) {
            common::skipped(
                "running as root, which reads files of mode 000, and the binary cannot be run \
                 as user nobody (uid 65534) here: unreadable folder entries not checked",
            );
            return;
        }
    }
    let out = command.output().unwrap();
    let err = stderr(&out);
    for name in ["secret.txt", "locked"] {
        assert!(
            err.lines()
                .any(|l| l.contains(name) && l.contains("skipped")),
            "{name}: {err}"
        );
    }
    assert_eq!(doc_ids(&out), ["a.txt", "open/b.txt"]);
    // The tempdir's clean-up needs the locked folder open again.
    mode(&root.join("locked"), 0o755);
}

/// The hostile documents of this file and the issue, as (file name, bytes).
fn hostile_corpus() -> Vec<(&'static str, Vec<u8>)> {
    let utf16 = |bom: [u8; 2], be: bool| -> Vec<u8> {
        let text = "Iran backs Hezbollah.\r\nIsrael struck Hamas.";
        let units =
            text.encode_utf16().flat_map(
                move |u| {
                    if be {
                        u.to_be_bytes()
                    } else {
                        u.to_le_bytes()
                    }
                },
            );
        bom.into_iter().chain(units).collect()
    };
    let html_nested = format!(
        "<html><body>{}<p>Oman mediated talks between Iran and the United States.</p>{}</body></html>",
        "<div>".repeat(5_000),
        "</div>".repeat(5_000)
    );
    let attrs: String = (0..20_000).map(|i| format!(" a{i}=\"x\"")).collect();
    let html_attrs =
        format!("<html><body><p{attrs}>Qatar mediated between Hamas and Israel.</p></body></html>");
    let html_refs = format!(
        "<html><body><p>Egypt mediated between Hamas and Israel.</p><p>{}</p></body></html>",
        "&amp;".repeat(50_000)
    );
    vec![
        (
            "good.txt",
            b"Oman mediated talks between Iran and the United States.".to_vec(),
        ),
        ("bom.txt", b"\xEF\xBB\xBFIran backs Hezbollah.".to_vec()),
        ("utf16le.txt", utf16([0xFF, 0xFE], false)),
        ("utf16be.txt", utf16([0xFE, 0xFF], true)),
        (
            "invalid.txt",
            b"Iran backs \xff\xfe Hezbollah. Israel \xc3 struck Hamas.".to_vec(),
        ),
        ("binary.txt", b"Iran\0backs\0Hezbollah".to_vec()),
        (
            "control.txt",
            "Iran backs Hezbollah\u{c} \u{1b}[31m \u{1} \\N \\G \\E \\T \\H \\L said \\\\ x."
                .into(),
        ),
        (
            "formula.txt",
            "=HYPERLINK(\"http://evil\") Iran backs Hezbollah.\n\n-Israel struck Hamas.\n\n\
             +Qatar backs Hamas.\n\n@Oman mediated."
                .into(),
        ),
        (
            "markup.txt",
            "<script>alert(1)</script> Iran backs \"Hezbollah\" & 'Israel' ]]> --> {{x}} ${y}."
                .into(),
        ),
        (
            "unicode.txt",
            "\u{202E}Iran\u{202C} backs Hez\u{0301}bollah \u{1F600}. Israel\u{200B} struck Hamas."
                .into(),
        ),
        (
            "crlf.txt",
            b"Iran backs Hezbollah.\r\n\r\nIsrael\rstruck Hamas.\r\n".to_vec(),
        ),
        (
            "run-on.txt",
            "Iran attacked Israel and ".repeat(4_000).into_bytes(),
        ),
        ("long-word.txt", "x".repeat(100_000).into_bytes()),
        ("empty.txt", Vec::new()),
        ("blank.txt", b" \n\t\r\n ".to_vec()),
        ("deep.html", html_nested.into_bytes()),
        ("attrs.html", html_attrs.into_bytes()),
        ("refs.html", html_refs.into_bytes()),
    ]
}

/// The hostile corpus through every subcommand: extract (folder and JSONL), explain, dedup
/// (both steps), merge, every query question, render (the HTML explorer) and export in every
/// format. No run may end in a panic (101) or a signal, or take longer than its time limit;
/// every output is what its reader accepts; every document with text is kept.
#[test]
fn the_hostile_corpus_goes_through_every_subcommand() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let d = |name: &str| root.join(name).to_str().unwrap().to_string();
    std::fs::create_dir(root.join("docs")).unwrap();
    let corpus = hostile_corpus();
    for (name, bytes) in &corpus {
        std::fs::write(root.join("docs").join(name), bytes).unwrap();
    }
    let ok = |args: &[&str], stdin: &[u8]| -> Output {
        let out = run_for(Duration::from_secs(60), args, stdin);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        out
    };

    // extract: every document kept but the binary one (skipped with a warning naming it).
    let out = ok(&["extract", &d("docs"), "--keep-duplicates"], b"");
    let mut kept = doc_ids(&out);
    kept.sort();
    let mut expected: Vec<&str> = corpus
        .iter()
        .map(|(name, _)| *name)
        .filter(|n| *n != "binary.txt")
        .collect();
    expected.sort();
    assert_eq!(kept, expected);
    assert!(
        stderr(&out).contains("binary.txt: binary file"),
        "{}",
        stderr(&out)
    );
    std::fs::write(root.join("g.json"), &out.stdout).unwrap();

    // explain --json on every document: JSON, or a warning naming the skipped one.
    for (name, _) in &corpus {
        let path = root.join("docs").join(name);
        let out = ok(&["explain", "--json", path.to_str().unwrap()], b"");
        serde_json::from_slice::<serde_json::Value>(&out.stdout)
            .unwrap_or_else(|e| panic!("{name}: explain --json: {e}"));
    }

    // The same texts as JSONL lines, between malformed lines: every document line kept.
    let mut jsonl = Vec::new();
    for (name, bytes) in &corpus {
        let line = serde_json::json!({"id": name, "text": String::from_utf8_lossy(bytes)});
        jsonl.extend_from_slice(line.to_string().as_bytes());
        jsonl.extend_from_slice(b"\n\xff\x00{\"id\": \n");
    }
    let out = ok(&["extract", "--jsonl", "-", "--keep-duplicates"], &jsonl);
    assert_eq!(doc_ids(&out).len(), corpus.len(), "{}", stderr(&out));
    let fingerprints = ok(&["dedup", "fingerprints", "-"], &jsonl).stdout;
    assert_eq!(
        String::from_utf8_lossy(&fingerprints).lines().count(),
        corpus.len()
    );
    ok(&["dedup", "decide", "-"], &fingerprints);

    // The graph through merge, query, render and export; each output read back.
    let graph = d("g.json");
    let merged = ok(&["merge", &graph, &graph], b"").stdout;
    serde_json::from_slice::<serde_json::Value>(&merged).expect("merge writes JSON");
    for question in [
        &["stats"][..],
        &["neighbors", "iran", "--depth", "3"],
        &["path", "oman", "hamas"],
        &["brokers"],
        &["evidence", "iran", "hezbollah"],
        &["subgraph", "iran"],
        &["camps"],
    ] {
        let args = [&["query", graph.as_str()], question].concat();
        ok(&args, b"");
        let out = ok(&[&args[..], &["--json"]].concat(), b"");
        serde_json::from_slice::<serde_json::Value>(&out.stdout)
            .unwrap_or_else(|e| panic!("{question:?} --json: {e}"));
    }
    ok(&["render", &d("g.json"), "-o", &d("g.html")], b"");
    let page = std::fs::read_to_string(root.join("g.html")).unwrap();
    assert_eq!(xml_invalid(&page), None);
    for (format, out) in [
        ("json", "e.json"),
        ("dot", "e.dot"),
        ("graphml", "e.graphml"),
        ("gexf", "e.gexf"),
        ("cyjs", "e.cyjs"),
        ("cypher", "e.cypher"),
        ("neo4j", "neo4j"),
        ("csv", "csv"),
    ] {
        ok(
            &["export", &d("g.json"), "--format", format, "-o", &d(out)],
            b"",
        );
        let path = root.join(out);
        let files: Vec<std::path::PathBuf> = if path.is_dir() {
            std::fs::read_dir(&path)
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect()
        } else {
            vec![path]
        };
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            match format {
                "json" | "cyjs" => {
                    serde_json::from_str::<serde_json::Value>(&text)
                        .unwrap_or_else(|e| panic!("{format}: {e}"));
                }
                "dot" | "graphml" | "gexf" => assert_eq!(xml_invalid(&text), None, "{format}"),
                _ => {}
            }
        }
    }
    // The exported JSON is a graph the readers take again.
    ok(&["query", &d("e.json"), "stats"], b"");
}

/// The contents of the files in `dir`, by name, temporary files left out.
fn folder_contents(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).unwrap())
        })
        .collect()
}

/// A folder output (neo4j, csv) is replaced whole or not at all: a write that fails on its
/// second file, or a signal during the write, leaves every old file as it was (the files used
/// to be replaced one by one: a new `actors.csv` beside an old `relations.csv`).
#[test]
fn folder_outputs_are_replaced_whole_or_not_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let d = |name: &str| root.join(name).to_str().unwrap().to_string();
    write(&root.join("a.txt"), "Iran backs Hezbollah.");
    run(&["extract", &d("a.txt"), "-o", &d("g.json")], b"");
    let old = |folder: &str, names: &[&str]| {
        std::fs::create_dir_all(root.join(folder)).unwrap();
        for name in names {
            write(&root.join(folder).join(name), "old");
        }
    };

    // The second file cannot be written (a folder stands where it goes): the first is kept.
    old("neo4j", &["actors.csv", "import.sh"]);
    std::fs::create_dir(root.join("neo4j/relations.csv")).unwrap();
    let out = run(
        &[
            "export",
            &d("g.json"),
            "--format",
            "neo4j",
            "-o",
            &d("neo4j"),
        ],
        b"",
    );
    assert_exit(&out, 1, "relations.csv", "neo4j over a folder");
    let replaced: Vec<String> = folder_contents(&root.join("neo4j"))
        .into_iter()
        .filter(|(_, c)| c != b"old")
        .map(|(name, _)| name)
        .collect();
    assert!(replaced.is_empty(), "replaced: {replaced:?}");
    no_temporary_files(&root.join("neo4j"));

    // A signal during the write: all old, or (had it come after the renames) all new.
    write(&root.join("big.json"), &big_graph_json());
    for (format, names) in [
        ("neo4j", &["actors.csv", "relations.csv", "import.sh"][..]),
        ("csv", &["nodes.csv", "edges.csv"]),
    ] {
        let folder = root.join(format!("{format}-big"));
        old(folder.to_str().unwrap(), names);
        let mut child = Command::new(BIN)
            .args(["export", &d("big.json"), "--format", format, "-o"])
            .arg(&folder)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let started = Instant::now();
        while !std::fs::read_dir(&folder).unwrap().any(|e| {
            e.unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with(".actorgraph-")
        }) {
            assert!(
                child.try_wait().unwrap().is_none(),
                "{format}: ended before a write"
            );
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "no write began"
            );
            std::thread::sleep(Duration::from_millis(1));
        }
        // SAFETY: kill(2) on our own child's pid.
        assert_eq!(unsafe { libc::kill(child.id() as i32, libc::SIGTERM) }, 0);
        child.wait().unwrap();
        let after = folder_contents(&folder);
        assert_eq!(after.len(), names.len(), "{format}: {:?}", after.keys());
        let renewed = after.values().filter(|c| *c != b"old").count();
        assert!(
            renewed == 0 || renewed == names.len(),
            "{format}: {renewed} of {} files replaced",
            names.len()
        );
        no_temporary_files(&folder);
    }
}
