//! End-to-end corpus benchmark: `cargo bench --bench corpus`.
//!
//! Generates seeded news-like JSONL corpora (`actorgraph::synth`, cached under
//! `target/bench-corpus/`), runs the release binary on each (`extract --jsonl FILE -o out.json`)
//! and reports wall time, CPU time, throughput (MB/s, documents/s, sentences/s) and peak memory
//! (the child's maximum resident set size from `wait4`).
//!
//! Sizes in MB come from `ACTORGRAPH_BENCH_MB` (default `10,100`; add `1000` for the 1 GB run);
//! `ACTORGRAPH_BENCH_THREADS` lists the worker counts (default `1,2`); `ACTORGRAPH_BENCH_BIN`
//! names another actorgraph binary to run (the profile-guided build of `scripts/pgo-build.sh`);
//! with `ACTORGRAPH_BENCH_FLOOR=F` the bench fails when a run processes fewer than F MB per
//! CPU-second (CI's guard against a several-fold slowdown, which tests that only compare
//! results do not see).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

struct Run {
    wall: f64,
    cpu: f64,
    max_rss_mb: f64,
}

// The child is reaped by wait4 (which also gives its rusage), not by Child::wait.
#[allow(clippy::zombie_processes)]
fn run_child(cmd: &mut Command) -> Run {
    let started = Instant::now();
    let child = cmd.spawn().expect("actorgraph runs");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: rusage is plain data that wait4 fills in; pid is our own child, reaped once here.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall = started.elapsed().as_secs_f64();
    assert_eq!(r, pid, "wait4 failed");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "actorgraph failed: status {status}"
    );
    let tv = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    Run {
        wall,
        cpu: tv(usage.ru_utime) + tv(usage.ru_stime),
        max_rss_mb: usage.ru_maxrss as f64 / 1024.0,
    }
}

fn corpus(dir: &Path, mb: u64) -> PathBuf {
    let path = dir.join(format!("corpus-{mb}MB-seed1.jsonl"));
    if !path.exists() {
        let extractor = actorgraph::Extractor::new().expect("extractor");
        let opts = actorgraph::synth::Options {
            seed: 1,
            bytes: mb * 1_000_000,
            ..Default::default()
        };
        let tmp = path.with_extension("tmp");
        let file = std::io::BufWriter::with_capacity(
            1 << 20,
            std::fs::File::create(&tmp).expect("create corpus"),
        );
        actorgraph::synth::write_jsonl(extractor.gazetteer(), &opts, file).expect("write corpus");
        std::fs::rename(&tmp, &path).expect("rename corpus");
    }
    path
}

/// The comma-separated numbers of `var` (or `default`); anything else stops the bench, which
/// would otherwise measure less than it was asked to.
fn list(var: &str, default: &str) -> Vec<u64> {
    let text = std::env::var(var).unwrap_or_else(|_| default.into());
    let numbers: Option<Vec<u64>> = text.split(',').map(|s| s.trim().parse().ok()).collect();
    match numbers {
        Some(n) if !n.is_empty() => n,
        _ => {
            eprintln!("corpus bench: {var}={text:?} is not a comma-separated list of numbers");
            std::process::exit(2)
        }
    }
}

fn main() {
    let built = Path::new(env!("CARGO_BIN_EXE_actorgraph"));
    // Another build of the binary (the profile-guided one, `scripts/pgo-build.sh`) may be
    // measured instead; the corpora stay where they are.
    let other = std::env::var_os("ACTORGRAPH_BENCH_BIN").map(PathBuf::from);
    let bin = other.as_deref().unwrap_or(built);
    if other.is_some() {
        println!("binary: {}", bin.display());
    }
    let dir = built
        .parent()
        .and_then(Path::parent)
        .unwrap_or(Path::new("."))
        .join("bench-corpus");
    std::fs::create_dir_all(&dir).expect("bench folder");
    let sizes = list("ACTORGRAPH_BENCH_MB", "10,100");
    // A coarse guard against a slowdown of several times (CI sets it well under the usual
    // figure, so a VM's drift does not trip it): the run fails when a size is processed at
    // fewer MB per CPU-second. CPU time, not wall time: a busy machine does not count.
    // A value that is no number stops the bench: a guard that silently did nothing would pass.
    let floor: Option<f64> = std::env::var("ACTORGRAPH_BENCH_FLOOR").ok().map(|s| {
        s.trim().parse().unwrap_or_else(|_| {
            eprintln!("corpus bench: ACTORGRAPH_BENCH_FLOOR={s:?} is not a number");
            std::process::exit(2)
        })
    });
    let mut slow = Vec::new();
    let threads = list("ACTORGRAPH_BENCH_THREADS", "1,2");
    println!(
        "{:>8} {:>3} {:>8} {:>8} {:>8} {:>9} {:>8} {:>11} {:>13} {:>9}",
        "input",
        "-j",
        "wall s",
        "cpu s",
        "MB/s",
        "MB/cpu-s",
        "docs/s",
        "sentences/s",
        "docs (dups)",
        "peak MB"
    );
    for &mb in &sizes {
        let path = corpus(&dir, mb);
        let bytes = std::fs::metadata(&path).expect("corpus").len() as f64;
        for &j in &threads {
            let out = dir.join(format!("graph-{mb}MB-j{j}.json"));
            let run = run_child(
                Command::new(bin)
                    .arg("extract")
                    .arg("--jsonl")
                    .arg(&path)
                    .arg("--quiet")
                    .arg("-j")
                    .arg(j.to_string())
                    .arg("-o")
                    .arg(&out),
            );
            // Only the graph's header is read (nodes and links are skipped, not kept): the peak
            // memory of the next child is read from `wait4`, and Linux counts there the
            // parent's peak too when the child is spawned vfork-style.
            #[derive(serde::Deserialize)]
            struct Doc {
                graph: Meta,
            }
            #[derive(serde::Deserialize)]
            struct Meta {
                documents: Vec<DocInfo>,
                #[serde(default)]
                duplicates_dropped: u64,
            }
            #[derive(serde::Deserialize)]
            struct DocInfo {
                sentences: u64,
            }
            let graph: Doc = serde_json::from_reader(std::io::BufReader::new(
                std::fs::File::open(&out).expect("graph"),
            ))
            .expect("graph JSON");
            let docs = &graph.graph.documents;
            let sentences: u64 = docs.iter().map(|d| d.sentences).sum();
            let dups = graph.graph.duplicates_dropped;
            let read = docs.len() as f64 + dups as f64;
            println!(
                "{:>6}MB {:>3} {:>8.2} {:>8.2} {:>8.2} {:>9.2} {:>8.0} {:>11.0} {:>13} {:>9.0}",
                mb,
                j,
                run.wall,
                run.cpu,
                bytes / 1e6 / run.wall,
                bytes / 1e6 / run.cpu,
                read / run.wall,
                sentences as f64 / run.wall,
                format!("{} ({dups})", docs.len()),
                run.max_rss_mb
            );
            if let Some(floor) = floor {
                let rate = bytes / 1e6 / run.cpu;
                if rate < floor {
                    slow.push(format!(
                        "{mb} MB, -j {j}: {rate:.2} MB per CPU-second, under the floor {floor}"
                    ));
                }
            }
        }
    }
    if !slow.is_empty() {
        eprintln!("corpus bench: slower than ACTORGRAPH_BENCH_FLOOR:");
        for s in &slow {
            eprintln!("  {s}");
        }
        std::process::exit(1);
    }
}
