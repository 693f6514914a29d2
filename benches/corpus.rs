//! End-to-end corpus benchmark: `cargo bench --bench corpus`.
//!
//! Runs the binary users run (the release profile, fat LTO: built by this bench with `cargo
//! build --release` into `target/bench-release/`, so that `target/release/actorgraph` is left as
//! it is) on JSONL corpora of several kinds, cached under `target/bench-corpus/`:
//!
//! - `real`: the texts of `../shared/eval` (every set's `texts/`, a document per file)
//!   repeated under unique ids up to the size asked for, run with `--keep-duplicates`: real
//!   article sentences, longer than the generator's and naming more actors;
//! - `nonascii` and `ascii`: the `real` corpus where every tenth sentence carries the names
//!   of Polish, Turkish, Vietnamese, Arabic and Portuguese spelling ("Łukaszenka, Çavuşoğlu,
//!   Nguyễn Phú Trọng, al-Šarīf, São Tomé"), and its twin with the same names ASCII-folded:
//!   the bench reports the CPU time of the one against the other and fails if the relations
//!   of the two graphs differ;
//! - `synthetic`: the seeded generator (`actorgraph::synth`), duplicates dropped as by default.
//!
//! It reports wall time, CPU time, throughput (MB/s, MB per CPU-second, documents/s,
//! sentences/s) and peak memory (the child's maximum resident set size from `wait4`).
//!
//! `ACTORGRAPH_BENCH_CORPORA` lists the corpora (default `real,nonascii,ascii,synthetic`; the
//! real ones are skipped, saying so, where `../shared/eval` is missing, or
//! `ACTORGRAPH_EVAL_DIR` names another folder); sizes in MB come from `ACTORGRAPH_BENCH_MB`
//! (default `10,100`; add `1000` for the 1 GB run); `ACTORGRAPH_BENCH_THREADS` lists the worker
//! counts (default `2,1`); `ACTORGRAPH_BENCH_BIN` names another actorgraph binary to run (the
//! profile-guided build of `scripts/pgo-build.sh`, or a copy of a release build, which spares
//! the bench its own build); with `ACTORGRAPH_BENCH_FLOOR=F` the bench fails when a run
//! processes fewer than F MB per CPU-second (CI's guard against a several-fold slowdown, which
//! tests that only compare results do not see).

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

/// The synthetic corpus of `mb` MB.
fn synthetic(dir: &Path, mb: u64) -> PathBuf {
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

/// The texts of the evaluation sets (`../shared/eval/*/texts/*`, sorted), named `set/file`;
/// `None` when the folder is missing.
fn eval_texts() -> Option<Vec<(String, String)>> {
    let root = std::env::var_os("ACTORGRAPH_EVAL_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval"));
    let mut sets: Vec<PathBuf> = std::fs::read_dir(&root)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path().join("texts")))
        .filter(|p| p.is_dir())
        .collect();
    sets.sort();
    let mut texts = Vec::new();
    for dir in sets {
        let set = dir
            .parent()
            .and_then(Path::file_name)
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("eval texts")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        for f in files {
            if let Ok(text) = std::fs::read_to_string(&f) {
                let name = f.file_name().map(|n| n.to_string_lossy().into_owned());
                texts.push((format!("{set}/{}", name.unwrap_or_default()), text));
            }
        }
    }
    (!texts.is_empty()).then_some(texts)
}

/// Names of non-ASCII spelling, and their ASCII-folded twins.
const NAMES: [&str; 2] = [
    " (as Łukaszenka, Çavuşoğlu, Nguyễn Phú Trọng and Ahmed al-Šarīf said in São Tomé)",
    " (as Lukaszenka, Cavusoglu, Nguyen Phu Trong and Ahmed al-Sarif said in Sao Tome)",
];

/// A real-text corpus of `mb` MB: the eval texts repeated under unique ids (`set/file#round`);
/// with `names`, every tenth sentence (split at ". ") ends with those names (the documents are
/// those of the `real` corpus of that size, so that the twins hold the same ones).
fn real(dir: &Path, kind: &str, texts: &[(String, String)], mb: u64) -> PathBuf {
    use std::io::Write;
    let path = dir.join(format!("{kind}-{mb}MB.jsonl"));
    if path.exists() {
        return path;
    }
    let names = match kind {
        "nonascii" => Some(NAMES[0]),
        "ascii" => Some(NAMES[1]),
        _ => None,
    };
    let tmp = path.with_extension("tmp");
    let mut out = std::io::BufWriter::with_capacity(
        1 << 20,
        std::fs::File::create(&tmp).expect("create corpus"),
    );
    let (target, mut written, mut sentence) = (mb * 1_000_000, 0u64, 0u64);
    'rounds: for round in 0.. {
        for (name, plain) in texts {
            let text = match names {
                None => plain.clone(),
                Some(names) => {
                    let mut pieces = Vec::new();
                    for piece in plain.split(". ") {
                        sentence += 1;
                        pieces.push(if sentence % 10 == 0 {
                            format!("{piece}{names}")
                        } else {
                            piece.to_string()
                        });
                    }
                    pieces.join(". ")
                }
            };
            let id = format!("{name}#{round}");
            let line = serde_json::json!({"id": id, "text": text});
            out.write_all(format!("{line}\n").as_bytes())
                .expect("write corpus");
            written += serde_json::json!({"id": id, "text": plain})
                .to_string()
                .len() as u64
                + 1;
            if written >= target {
                break 'rounds;
            }
        }
    }
    out.flush().expect("write corpus");
    drop(out);
    std::fs::rename(&tmp, &path).expect("rename corpus");
    path
}

/// The release binary, built by `cargo build --release` into `target/bench-release/` (the
/// profile users get, fat LTO; `cargo bench` itself builds the bench profile, without LTO, into
/// `target/release/`).
fn release_binary(target: &Path) -> PathBuf {
    let dir = target.join("bench-release");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .args(["build", "--release", "--quiet", "--bin", "actorgraph"])
        .arg("--manifest-path")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&dir)
        .status()
        .expect("cargo runs");
    assert!(status.success(), "cargo build --release failed");
    dir.join("release").join("actorgraph")
}

/// The relations of a graph: (relation, source, target, weight), sorted.
fn relations(path: &Path) -> Vec<(String, String, String, u64)> {
    #[derive(serde::Deserialize)]
    struct Graph {
        links: Vec<Link>,
    }
    #[derive(serde::Deserialize)]
    struct Link {
        relation: String,
        source: String,
        target: String,
        weight: u64,
    }
    let g: Graph = serde_json::from_reader(std::io::BufReader::new(
        std::fs::File::open(path).expect("graph"),
    ))
    .expect("graph JSON");
    let mut v: Vec<_> = g
        .links
        .into_iter()
        .map(|l| (l.relation, l.source, l.target, l.weight))
        .collect();
    v.sort();
    v
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
    let target = built
        .parent()
        .and_then(Path::parent)
        .unwrap_or(Path::new("."))
        .to_path_buf();
    // Another build of the binary (the profile-guided one, `scripts/pgo-build.sh`) may be
    // measured instead; the corpora stay where they are.
    let bin = match std::env::var_os("ACTORGRAPH_BENCH_BIN").map(PathBuf::from) {
        Some(other) => other,
        None => release_binary(&target),
    };
    println!("binary: {}", bin.display());
    let dir = target.join("bench-corpus");
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
    let kinds_text = std::env::var("ACTORGRAPH_BENCH_CORPORA")
        .unwrap_or_else(|_| "real,nonascii,ascii,synthetic".into());
    let mut kinds: Vec<&str> = kinds_text.split(',').map(str::trim).collect();
    if let Some(bad) = kinds
        .iter()
        .find(|k| !["real", "nonascii", "ascii", "synthetic"].contains(k))
    {
        eprintln!("corpus bench: unknown corpus {bad:?} in ACTORGRAPH_BENCH_CORPORA");
        std::process::exit(2)
    }
    let texts = if kinds.iter().any(|k| *k != "synthetic") {
        let texts = eval_texts();
        if texts.is_none() {
            println!(
                "real-text corpora skipped: no ../shared/eval/*/texts here \
                 (ACTORGRAPH_EVAL_DIR names another folder); synthetic corpus only"
            );
            kinds.retain(|k| *k == "synthetic");
            if kinds.is_empty() {
                kinds.push("synthetic");
            }
        }
        texts
    } else {
        None
    };
    let mut slow = Vec::new();
    let threads = list("ACTORGRAPH_BENCH_THREADS", "2,1");
    println!(
        "{:>10} {:>8} {:>3} {:>8} {:>8} {:>8} {:>9} {:>8} {:>11} {:>13} {:>9}",
        "corpus",
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
    // (size, workers) -> CPU seconds and graph of the non-ASCII corpus and of its twin.
    type Twins = [Option<(f64, PathBuf)>; 2];
    let mut twins: std::collections::BTreeMap<(u64, u64), Twins> = Default::default();
    for &mb in &sizes {
        for &kind in &kinds {
            let path = match (kind, &texts) {
                ("synthetic", _) => synthetic(&dir, mb),
                (_, Some(texts)) => real(&dir, kind, texts, mb),
                (_, None) => unreachable!("real corpora need texts"),
            };
            let bytes = std::fs::metadata(&path).expect("corpus").len() as f64;
            for &j in &threads {
                let out = dir.join(format!("graph-{kind}-{mb}MB-j{j}.json"));
                let mut cmd = Command::new(&bin);
                cmd.arg("extract")
                    .arg("--jsonl")
                    .arg(&path)
                    .arg("--quiet")
                    .arg("-j")
                    .arg(j.to_string())
                    .arg("-o")
                    .arg(&out);
                if kind != "synthetic" {
                    cmd.arg("--keep-duplicates");
                }
                let run = run_child(&mut cmd);
                // Only the graph's header is read (nodes and links are skipped, not kept): the
                // peak memory of the next child is read from `wait4`, and Linux counts there
                // the parent's peak too when the child is spawned vfork-style.
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
                    "{:>10} {:>6}MB {:>3} {:>8.2} {:>8.2} {:>8.2} {:>9.2} {:>8.0} {:>11.0} {:>13} {:>9.0}",
                    kind,
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
                if let Some(slot) = ["nonascii", "ascii"].iter().position(|k| *k == kind) {
                    twins.entry((mb, j)).or_default()[slot] = Some((run.cpu, out.clone()));
                }
                if let Some(floor) = floor {
                    let rate = bytes / 1e6 / run.cpu;
                    if rate < floor {
                        slow.push(format!(
                            "{kind} {mb} MB, -j {j}: {rate:.2} MB per CPU-second, under the floor {floor}"
                        ));
                    }
                }
            }
        }
    }
    // The non-ASCII names against their ASCII-folded twins: the time, and the same relations.
    let mut differ = Vec::new();
    for ((mb, j), pair) in &twins {
        if let [Some((cpu_u, graph_u)), Some((cpu_a, graph_a))] = pair {
            println!(
                "non-ASCII names, {mb} MB -j {j}: {cpu_u:.2} CPU-s against {cpu_a:.2} for the \
                 ASCII-folded twin ({:+.1} %)",
                (cpu_u / cpu_a - 1.0) * 100.0
            );
            if relations(graph_u) != relations(graph_a) {
                differ.push(format!("{mb} MB, -j {j}"));
            }
        }
    }
    if !differ.is_empty() {
        eprintln!(
            "corpus bench: the non-ASCII corpus and its ASCII-folded twin gave different \
             relations: {}",
            differ.join("; ")
        );
        std::process::exit(1);
    }
    if !slow.is_empty() {
        eprintln!("corpus bench: slower than ACTORGRAPH_BENCH_FLOOR:");
        for s in &slow {
            eprintln!("  {s}");
        }
        std::process::exit(1);
    }
}
