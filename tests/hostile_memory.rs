//! Hostile input and memory: doubling a hostile document (one run-on sentence, deeply nested
//! HTML, one huge JSONL line) at most about doubles the memory the binary needs for it, as
//! `tests/hostile.rs` proves for time. The peak resident memory of each run is the kernel's
//! count for that one child process (`wait4`), so runs do not see each other's peaks.
//!
//! The kernel counts into a child's peak the memory of the process it was started from (std
//! starts children with `vfork`, and the exec records the shared memory's peak): the inputs
//! are therefore written piece by piece, never held whole, and the test checks that its own
//! peak stays far below the peaks it measures.
#![cfg(target_os = "linux")]

use std::io::{BufWriter, Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_actorgraph");

/// Runs the binary with `args` (stdout discarded) and returns its peak resident memory in
/// bytes. Fails the test on a run longer than `limit` or a failed run.
// The child is reaped by `wait4` (which gives its usage), not by `Child::wait`.
#[allow(clippy::zombie_processes)]
fn peak_rss(args: &[&str], limit: Duration) -> u64 {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    let mut stderr = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    let pid = child.id() as libc::pid_t;
    let started = Instant::now();
    // SAFETY: plain C structs filled in by the kernel; `wait4` reaps only our own child (std's
    // `Child` is not waited on afterwards).
    let (status, usage) = unsafe {
        let mut status = 0;
        let mut usage: libc::rusage = std::mem::zeroed();
        loop {
            let r = libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage);
            assert!(r >= 0, "wait4: {}", std::io::Error::last_os_error());
            if r == pid {
                break;
            }
            if started.elapsed() > limit {
                child.kill().unwrap();
                let _ = child.wait();
                panic!("{args:?} still running after {limit:?}");
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        (status, usage)
    };
    let err = reader.join().unwrap();
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "{args:?}: status {status:#x}: {err}"
    );
    // Linux counts ru_maxrss in kilobytes.
    usage.ru_maxrss as u64 * 1024
}

const MB: u64 = 1 << 20;

/// One measurement at a time: a test writing its inputs raises the peak the others measure.
static MEASURING: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// This process's own peak resident memory (VmHWM), in bytes.
fn own_peak() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
    let kb: u64 = line
        .split_whitespace()
        .nth(1)
        .and_then(|v| v.parse().ok())
        .unwrap();
    kb * 1024
}

/// `piece` written `n / piece.len()` times.
fn repeat(out: &mut dyn Write, piece: &str, n: usize) -> std::io::Result<()> {
    for _ in 0..n / piece.len() {
        out.write_all(piece.as_bytes())?;
    }
    Ok(())
}

/// Fails unless the memory a hostile document costs (the peak over that of a tiny document
/// through the same command) at most about doubles when the document doubles: at most 2.6
/// times plus 10 MB (allocator and thread noise). A stage holding quadratic memory (or a
/// copy per match, per level) gives 4 times once its share passes a few megabytes.
///
/// The memory start-up frees (dictionary and pattern building peak before any document is
/// read) is used first, so a document costing less than about 15 MB seems to cost nothing:
/// the sizes are chosen so that even the smaller document costs well above that.
///
/// `make(n, out)` writes a document of about `n` bytes; `args` is the command, with `{}` for
/// the document's path. The comparison is made again once before the test fails.
fn assert_linear_memory(
    what: &str,
    n: usize,
    file: &str,
    make: impl Fn(usize, &mut dyn Write) -> std::io::Result<()>,
    args: &[&str],
) {
    let _one_at_a_time = MEASURING.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    let measure = |size: usize| {
        let path = dir.path().join(format!("{size}-{file}"));
        let mut out = BufWriter::new(std::fs::File::create(&path).unwrap());
        make(size, &mut out).unwrap();
        out.flush().unwrap();
        drop(out);
        let path = path.to_str().unwrap();
        let args: Vec<&str> = args
            .iter()
            .map(|a| if *a == "{}" { path } else { a })
            .collect();
        peak_rss(&args, Duration::from_secs(180))
    };
    let mut tries = Vec::new();
    for _ in 0..2 {
        let base = measure(200);
        let (small, large) = (measure(n), measure(2 * n));
        let (grown_small, grown_large) = (small.saturating_sub(base), large.saturating_sub(base));
        let ratio = grown_large as f64 / grown_small.max(1) as f64;
        eprintln!(
            "{what}: peak RSS {} MB at 200 bytes, {} MB at {n} bytes (+{} MB), {} MB at {} \
             bytes (+{} MB): ratio {ratio:.2}",
            base / MB,
            small / MB,
            grown_small / MB,
            large / MB,
            2 * n,
            grown_large / MB,
        );
        let own = own_peak();
        assert!(
            own < base / 4,
            "this test's own peak memory ({} MB) would count into the child's",
            own / MB
        );
        if grown_large as f64 <= 2.6 * grown_small as f64 + (10 * MB) as f64 {
            return;
        }
        tries.push(format!(
            "+{} MB -> +{} MB",
            grown_small / MB,
            grown_large / MB
        ));
    }
    panic!("{what}: doubling the document from {n} bytes grew the memory it costs {tries:?}");
}

/// "Iran attacked Israel and " over and over: one sentence of megabytes, a relation every 25
/// bytes (the issue measured a 150 MB single sentence at 1.9 GB).
#[test]
fn a_run_on_sentence_costs_linear_memory() {
    let make = |n: usize, out: &mut dyn Write| repeat(out, "Iran attacked Israel and ", n);
    assert_linear_memory(
        "run-on sentence",
        4_000_000,
        "run-on.txt",
        make,
        &["extract", "-j", "1", "{}"],
    );
}

/// Nested `<div>`s by the hundred thousand around one paragraph.
#[test]
fn deeply_nested_html_costs_linear_memory() {
    let make = |n: usize, out: &mut dyn Write| {
        out.write_all(b"<html><body>")?;
        let depth = n / 11;
        repeat(out, "<div>", 5 * depth)?;
        out.write_all(b"<p>Oman mediated talks between Iran and the United States.</p>")?;
        repeat(out, "</div>", 6 * depth)?;
        out.write_all(b"</body></html>")
    };
    assert_linear_memory(
        "nested HTML",
        16_000_000,
        "deep.html",
        make,
        &["extract", "-j", "1", "{}"],
    );
}

/// One JSONL line of many megabytes (read with a raised size limit) between ordinary lines
/// (the issue measured a 1 GB line at 3.3 GB).
#[test]
fn a_huge_jsonl_line_costs_linear_memory() {
    let make = |n: usize, out: &mut dyn Write| {
        out.write_all(b"{\"id\": \"a\", \"text\": \"Israel struck Hezbollah.\"}\n")?;
        out.write_all(b"{\"id\": \"long\", \"text\": \"")?;
        repeat(out, "the talks between Iran and Oman went on and ", n)?;
        out.write_all(b"\"}\n{\"id\": \"b\", \"text\": \"Iran backs Hezbollah.\"}\n")
    };
    assert_linear_memory(
        "JSONL line",
        16_000_000,
        "long.jsonl",
        make,
        &[
            "extract",
            "-j",
            "1",
            "--jsonl",
            "{}",
            "--max-document-size",
            "1G",
        ],
    );
}
