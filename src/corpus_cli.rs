//! The corpus side of the command line: the `extract` options for archives (`--jsonl`,
//! `--strict`, `--max-evidence`, `--since`/`--until`, `--threads`), the progress bar, and the
//! `merge` and `dedup` subcommands. The work is done by [`actorgraph::corpus`] and
//! [`ActorGraph::merge`].

use std::io::{BufReader, IsTerminal};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use actorgraph::corpus::{self, Corpus, Options, Stats, DEFAULT_MAX_EVIDENCE};
use actorgraph::export::{json, write_atomic_with};
use actorgraph::{ActorGraph, Document, Extractor};

use super::{fail, format_of, input_error, usage, Failure, Format};

#[derive(clap::Args)]
pub struct CorpusArgs {
    /// Read a JSONL corpus, one document per line: `id`, `text`, optional `title`, `date`
    /// (ISO 8601), `url`, `source`; `-` for stdin.
    #[arg(long, value_name = "FILE|-")]
    pub jsonl: Option<PathBuf>,
    /// Stop at the first malformed JSONL line (default: report it with its number, skip it).
    #[arg(long)]
    pub strict: bool,
    /// Evidence sentences kept per edge, the first in (document, sentence) order; 0 keeps all.
    /// The weight still counts every sentence.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MAX_EVIDENCE)]
    pub max_evidence: usize,
    /// Only documents dated on or after this day (YYYY-MM-DD); undated documents are left out.
    #[arg(long, value_name = "DATE", value_parser = corpus::parse_date)]
    pub since: Option<String>,
    /// Only documents dated on or before this day (YYYY-MM-DD); undated documents are left out.
    #[arg(long, value_name = "DATE", value_parser = corpus::parse_date)]
    pub until: Option<String>,
    /// Keep duplicate documents (default: exact and near-exact copies count once).
    #[arg(long)]
    pub keep_duplicates: bool,
    /// Worker threads (default: one per core; at most 256). The output does not depend on it.
    #[arg(short = 'j', long, value_name = "N")]
    pub threads: Option<usize>,
    /// Largest document read: a file, stdin or one JSONL line (bytes; K, M or G suffixes are
    /// powers of 1024). A larger one is skipped with a warning naming it (FILE:LINE for JSONL).
    #[arg(long, value_name = "BYTES", default_value = "64M", value_parser = parse_size)]
    pub max_document_size: u64,
}

/// A size in bytes: a number with an optional K, M or G (powers of 1024).
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let (digits, unit) = match t.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => t.split_at(i),
        None => (t, ""),
    };
    let shift = match unit.to_ascii_uppercase().trim_end_matches(['B', 'I']) {
        "" => 0,
        "K" => 10,
        "M" => 20,
        "G" => 30,
        _ => {
            return Err(format!(
                "{s:?} is not a size (bytes, or a number with K, M or G)"
            ))
        }
    };
    let n: u64 = digits
        .parse()
        .map_err(|_| format!("{s:?} is not a size (bytes, or a number with K, M or G)"))?;
    n.checked_mul(1 << shift)
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("{s:?}: a size from 1 byte to 2^64 - 1 bytes"))
}

fn cap(n: usize) -> Option<usize> {
    (n > 0).then_some(n)
}

/// Builds the graph of the documents read from files plus, with `--jsonl`, the corpus.
pub fn run(
    extractor: &Extractor,
    docs: Vec<Document>,
    args: &CorpusArgs,
    quiet: bool,
) -> Result<ActorGraph, Failure> {
    let options = Options {
        strict: args.strict,
        max_evidence: cap(args.max_evidence),
        since: args.since.clone(),
        until: args.until.clone(),
        dedup: !args.keep_duplicates,
        threads: args.threads,
        max_line_bytes: usize::try_from(args.max_document_size).unwrap_or(usize::MAX),
        ..Options::default()
    };
    // An archive (or a large folder) compiles the slim rules from its start, on a thread of
    // their own; a few articles do not.
    if args.jsonl.is_some() || docs.iter().map(|d| d.text.len()).sum::<usize>() > 4 << 20 {
        extractor.patterns().prepare();
    }
    let mut corpus = Corpus::new(extractor, options);
    if !docs.is_empty() {
        corpus.add_plain(docs);
        for w in corpus.take_warnings() {
            if !quiet {
                eprintln!("actorgraph: warning: {w}");
            }
        }
    }
    if let Some(path) = &args.jsonl {
        let started = Instant::now();
        let name = path.display().to_string();
        let (reader, total) = open_input(path)?;
        let bar = progress_bar(total, quiet);
        let mut on_warning = |w: String| {
            if !quiet {
                bar.suspend(|| eprintln!("actorgraph: warning: {w}"));
            }
        };
        let mut on_progress = |s: &Stats| {
            bar.set_position(s.bytes);
            bar.set_message(format!("{} docs", s.documents));
        };
        let result = corpus.read_jsonl(&name, reader, &mut on_warning, &mut on_progress);
        bar.finish_and_clear();
        result.map_err(input_error)?;
        if !quiet {
            summary(corpus.stats(), started.elapsed().as_secs_f64());
        }
    }
    Ok(corpus.finish().0)
}

/// A progress bar on stderr when it is a terminal (and `--quiet` is not given), else hidden.
fn progress_bar(total: Option<u64>, quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let (bar, template) = match total {
        Some(len) => (
            ProgressBar::new(len),
            "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} {bytes_per_sec} ETA {eta} {msg}",
        ),
        None => (ProgressBar::new_spinner(), "{spinner} [{elapsed_precise}] {bytes} {bytes_per_sec} {msg}"),
    };
    bar.set_draw_target(ProgressDrawTarget::stderr());
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar
}

fn summary(s: &Stats, secs: f64) {
    let mb = s.bytes as f64 / 1e6;
    eprintln!(
        "actorgraph: {} documents, {} sentences; dropped {} duplicates ({} exact, {} near), {} out of date range, {} malformed lines, {} failed; {:.1} MB in {:.1} s ({:.1} MB/s)",
        s.documents,
        s.sentences,
        s.exact_duplicates + s.near_duplicates,
        s.exact_duplicates,
        s.near_duplicates,
        s.out_of_range,
        s.malformed,
        s.failed,
        mb,
        secs,
        if secs > 0.0 { mb / secs } else { 0.0 }
    );
}

#[derive(clap::Args)]
pub struct MergeArgs {
    /// Graph JSON files written by `actorgraph extract` (or `merge`); `-` for stdin.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Output format (default json; with -o, taken from the file extension).
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Write to this file instead of stdout (`-`: stdout).
    #[arg(short = 'o', long)]
    output: Option<PathBuf>,
    /// Evidence sentences kept per edge (as for `extract`; 0 keeps all).
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MAX_EVIDENCE)]
    max_evidence: usize,
}

/// `actorgraph merge`: the union of partial graphs, equal to the graph of all their documents.
pub fn merge(args: MergeArgs) -> Result<(), Failure> {
    let mut graph = ActorGraph::new();
    graph.set_max_evidence(cap(args.max_evidence));
    for path in &args.inputs {
        graph.merge(&super::read_graph(path)?);
    }
    match args.output.as_deref().filter(|p| p.as_os_str() != "-") {
        Some(path) => {
            let format = match args.format {
                Some(f) => f,
                None => format_of(path).map_err(usage)?,
            };
            output(&graph, format, Some(path))
        }
        None => output(&graph, args.format.unwrap_or(Format::Json), None),
    }
}

/// Writes the graph to `path` (atomically) or stdout; JSON is streamed, not built in memory.
pub fn output(graph: &ActorGraph, format: Format, path: Option<&Path>) -> Result<(), Failure> {
    super::write_output(graph, format, super::GexfVersionArg::V12, path)
}

/// Streams the graph's JSON to a file (atomically) or to stdout.
pub fn output_json(graph: &ActorGraph, path: Option<&Path>) -> Result<(), Failure> {
    match path {
        Some(path) => {
            write_atomic_with(path, |w| json::write_json(graph, w)).map_err(|e| fail(e.into()))
        }
        None => {
            let out = std::io::BufWriter::with_capacity(1 << 20, std::io::stdout().lock());
            json::write_json(graph, out)
                .context("writing to stdout")
                .map_err(fail)
        }
    }
}

#[derive(clap::Args)]
pub struct DedupArgs {
    #[command(subcommand)]
    step: DedupStep,
}

#[derive(clap::Subcommand)]
enum DedupStep {
    /// For each document line of a JSONL corpus (within --since/--until), its line number and
    /// fingerprint, tab-separated: `LINE<TAB>FINGERPRINT`. Blank, malformed and out-of-range
    /// lines give nothing.
    #[command(after_help = examples!(
        "actorgraph dedup fingerprints part-1.jsonl > part-1.fp",
        "actorgraph dedup fingerprints - --since 2024-01-01 < part-2.jsonl > part-2.fp",
    ))]
    Fingerprints {
        /// JSONL corpus, `-` for stdin.
        #[arg(value_name = "FILE|-")]
        input: PathBuf,
        /// As for `extract`.
        #[arg(long, value_name = "DATE", value_parser = corpus::parse_date)]
        since: Option<String>,
        /// As for `extract`.
        #[arg(long, value_name = "DATE", value_parser = corpus::parse_date)]
        until: Option<String>,
        /// As for `extract`: a longer line gives no fingerprint (and a warning).
        #[arg(long, value_name = "BYTES", default_value = "64M", value_parser = parse_size)]
        max_document_size: u64,
    },
    /// Reads `KEY<TAB>FINGERPRINT` lines in corpus order (KEY: any text without a tab) and
    /// prints the KEY of every document that copies an earlier one, as `extract` would drop it.
    #[command(after_help = examples!(
        "cat part-*.fp | actorgraph dedup decide - > duplicates.txt",
        "actorgraph dedup decide all.fp --graph dropped.json",
    ))]
    Decide {
        /// Fingerprint lines, `-` for stdin.
        #[arg(value_name = "FILE|-")]
        input: PathBuf,
        /// Also write an empty graph that records how many documents were dropped: merged
        /// with the graphs of the kept documents, it gives the graph of the whole corpus.
        #[arg(long, value_name = "FILE")]
        graph: Option<PathBuf>,
    },
}

/// Longest line `dedup decide` reads: a key (a line number or a document id) and a fingerprint.
const MAX_FINGERPRINT_LINE: usize = 1 << 20;

/// A JSONL input (`-`: stdin), buffered, with its size when it is a file.
fn open_input(path: &Path) -> Result<(Box<dyn std::io::BufRead + Send>, Option<u64>), Failure> {
    if path.as_os_str() == "-" {
        let stdin = BufReader::with_capacity(1 << 20, std::io::stdin());
        return Ok((Box::new(stdin), None));
    }
    match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(input_error(actorgraph::Error::MissingInput {
                path: path.to_path_buf(),
            }));
        }
        // A device (`/dev/zero`), FIFO or socket: reading it could block or never end.
        Ok(m) if !m.is_file() => {
            return Err(input_error(actorgraph::Error::NotRegularFile {
                path: path.to_path_buf(),
            }));
        }
        _ => {}
    }
    let file = std::fs::File::open(path).map_err(|source| {
        input_error(actorgraph::Error::Io {
            path: path.to_path_buf(),
            source,
        })
    })?;
    let len = file.metadata().ok().map(|m| m.len());
    Ok((Box::new(BufReader::with_capacity(1 << 20, file)), len))
}

/// `actorgraph dedup`: the duplicate check of `extract`, split in two steps, for corpora
/// processed in parts (see `scripts/spark_extract.py`): fingerprints where the parts are, the
/// decision in one place, in corpus order.
pub fn dedup(args: DedupArgs) -> Result<(), Failure> {
    use std::io::{BufRead, Read, Write};
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let write_err = |e: std::io::Error| fail(anyhow::Error::new(e).context("writing stdout"));
    match args.step {
        DedupStep::Fingerprints {
            input,
            since,
            until,
            max_document_size,
        } => {
            let options = Options {
                since,
                until,
                max_line_bytes: usize::try_from(max_document_size).unwrap_or(usize::MAX),
                ..Options::default()
            };
            let name = input.display().to_string();
            let (mut reader, _) = open_input(&input)?;
            let mut line = Vec::new();
            let mut n = 0u64;
            loop {
                line.clear();
                let max = options.max_line_bytes;
                let (read, too_long) = corpus::read_line_capped(&mut reader, &mut line, max)
                    .map_err(|source| {
                        input_error(actorgraph::Error::Io {
                            path: name.clone().into(),
                            source,
                        })
                    })?;
                if read == 0 {
                    break;
                }
                n += 1;
                if too_long {
                    // Skipped, as `extract` skips it (a malformed line gives no fingerprint).
                    eprintln!(
                        "actorgraph: warning: {name}:{n}: line longer than {max} bytes; line skipped"
                    );
                    continue;
                }
                if let Some(fp) = corpus::line_fingerprint(&line, &options) {
                    writeln!(out, "{n}\t{}", fp.to_hex()).map_err(write_err)?;
                }
            }
        }
        DedupStep::Decide { input, graph } => {
            let name = input.display().to_string();
            let (mut reader, _) = open_input(&input)?;
            let mut filter = corpus::DuplicateFilter::new();
            let mut dropped = 0u64;
            let mut bytes = Vec::new();
            for n in 1u64.. {
                bytes.clear();
                // Fingerprint lines are short: a longer line (a binary stream, `/dev/zero`
                // behind a pipe) is an error at once, not a line read until memory runs out.
                let limit = MAX_FINGERPRINT_LINE as u64 + 1;
                let read = (&mut reader)
                    .take(limit)
                    .read_until(b'\n', &mut bytes)
                    .map_err(|source| {
                        input_error(actorgraph::Error::Io {
                            path: name.clone().into(),
                            source,
                        })
                    })?;
                if read == 0 {
                    break;
                }
                let too_long = bytes.len() > MAX_FINGERPRINT_LINE && bytes.last() != Some(&b'\n');
                let bad = |message: String| {
                    input_error(actorgraph::Error::Corpus {
                        file: name.clone(),
                        line: n,
                        message,
                    })
                };
                if too_long {
                    return Err(bad(format!(
                        "line longer than {MAX_FINGERPRINT_LINE} bytes; expected KEY<TAB>FINGERPRINT"
                    )));
                }
                let line = std::str::from_utf8(&bytes)
                    .map_err(|e| bad(format!("not UTF-8 text: {e}")))?
                    .trim_end_matches(['\n', '\r']);
                if line.trim().is_empty() {
                    continue;
                }
                let (key, fp) = line
                    .split_once('\t')
                    .ok_or_else(|| bad("expected KEY<TAB>FINGERPRINT".into()))?;
                let fp = corpus::Fingerprint::from_hex(fp.trim_end()).map_err(bad)?;
                if filter.check(fp) != corpus::Verdict::Unique {
                    dropped += 1;
                    writeln!(out, "{key}").map_err(write_err)?;
                }
            }
            if let Some(path) = graph {
                let mut g = ActorGraph::new();
                g.add_duplicates_dropped(dropped);
                output(&g, Format::Json, Some(&path))?;
            }
        }
    }
    out.flush().map_err(write_err)
}
