//! Hostile and careless input through the binary: special files, oversized documents, bad
//! folder entries. Every run ends (a time limit turns a hang into a failure), with the exit
//! code of the README's table and every good document kept.

use std::io::Write;
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
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > limit {
            child.kill().unwrap();
            let out = child.wait_with_output().unwrap();
            panic!(
                "{args:?} still running after {limit:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
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

/// Devices, FIFOs and sockets named on the command line are refused at once (exit 2): reading
/// `/dev/zero` never ends, and a FIFO blocks until a writer comes.
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
