//! Corpora: whole news archives turned into one graph in bounded memory.
//!
//! This module owns what changes when the input is an archive rather than a few files:
//!
//! - **JSONL input**, streamed line by line: one document per line (`id`, `text`, optional
//!   `title`, `date` (ISO 8601), `url`, `source`). A malformed line is reported with its line
//!   number and skipped, or, in strict mode, stops the run; the other documents are never lost.
//! - **Dates**: a document's date (the `YYYY-MM-DD` it starts with) dates every sentence it
//!   contributes, so edges carry per-day counts; `since`/`until` keep the documents of a range.
//! - **Duplicates**: exact copies (same words, ignoring case, punctuation and spacing) and
//!   near-exact copies (syndicated wire copy with a changed byline: a one-permutation MinHash
//!   of word 4-shingles, banded for lookup, ≥ 90 % estimated resemblance) count once; the graph
//!   records how many were dropped. The first copy in input order is kept. For a corpus
//!   processed in parts, [`line_fingerprint`] and [`DuplicateFilter`] split the same check into
//!   fingerprints per part and one decision in corpus order (`actorgraph dedup`).
//! - **Parallelism in bounded chunks**: documents are read a few megabytes at a time, parsed,
//!   fingerprinted and extracted in parallel (rayon), then added to the graph in input order, so
//!   the output is byte-identical to a one-thread run and memory does not grow with the corpus
//!   beyond the graph itself (whose evidence per edge is capped). The stages of consecutive
//!   chunks overlap, so that the serial ones (adding to the graph, the duplicate verdicts) run
//!   beside parallel work: while chunk N is extracted, chunk N-1 is added to the graph and
//!   chunk N+1 is parsed and checked for duplicates.

use std::io::BufRead;

use rayon::prelude::*;
use serde::Deserialize;

use crate::error::{Error, Result};
use crate::graph::ActorGraph;
use crate::input::Document;
use crate::Extractor;

/// Most worker threads a run starts, whatever it is asked for: `-j 100000` spent its time
/// starting threads (each with its stack) and never finished a 9 KB file. Past the cores
/// more threads only add switching; 256 leaves room for the largest machines.
pub const MAX_THREADS: usize = 256;

/// Evidence items kept per edge unless the user asks otherwise.
pub const DEFAULT_MAX_EVIDENCE: usize = 10;

/// A document of a corpus: the text and its day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusDocument {
    /// The document (a JSONL `title` is the first paragraph of its text).
    pub document: Document,
    /// The day (`YYYY-MM-DD`) the document is dated, if any.
    pub date: Option<String>,
}

/// How a corpus is processed.
#[derive(Debug, Clone)]
pub struct Options {
    /// Stop at the first malformed line instead of skipping it.
    pub strict: bool,
    /// Evidence items kept per edge (`None` = all).
    pub max_evidence: Option<usize>,
    /// Keep only documents dated on or after this day (`YYYY-MM-DD`); undated ones are left out.
    pub since: Option<String>,
    /// Keep only documents dated on or before this day (`YYYY-MM-DD`); undated ones are left out.
    pub until: Option<String>,
    /// Drop exact and near-exact duplicate documents.
    pub dedup: bool,
    /// Worker threads (`None` = one per core).
    pub threads: Option<usize>,
    /// Bytes of input read before a chunk is processed.
    pub chunk_bytes: usize,
    /// Longest JSONL line read (in bytes, its newline included); a longer one is reported as
    /// malformed and skipped without being held in memory.
    pub max_line_bytes: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            strict: false,
            max_evidence: Some(DEFAULT_MAX_EVIDENCE),
            since: None,
            until: None,
            dedup: true,
            threads: None,
            chunk_bytes: 8 << 20,
            max_line_bytes: crate::input::DEFAULT_MAX_DOCUMENT_BYTES as usize,
        }
    }
}

/// What a corpus run saw.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    /// Input lines (JSONL) or documents (files) read.
    pub read: u64,
    /// Input bytes read.
    pub bytes: u64,
    /// Documents that went into the graph.
    pub documents: u64,
    /// Sentences of those documents.
    pub sentences: u64,
    /// Documents dropped as exact copies.
    pub exact_duplicates: u64,
    /// Documents dropped as near-exact copies.
    pub near_duplicates: u64,
    /// Documents outside `since`/`until` (or undated while a range is set).
    pub out_of_range: u64,
    /// Malformed lines skipped.
    pub malformed: u64,
    /// Documents skipped because extraction failed on them (an internal error, reported).
    pub failed: u64,
}

/// A corpus run: feed it documents or JSONL streams, then take the graph.
pub struct Corpus<'a> {
    extractor: &'a Extractor,
    options: Options,
    graph: ActorGraph,
    dedup: Dedup,
    stats: Stats,
    pool: Option<rayon::ThreadPool>,
    warnings: Vec<String>,
    /// Documents extracted but not yet added to the graph (see [`Corpus::push_documents`]).
    pending: Vec<Extracted>,
    /// Actors in the graph with all their dictionary names (see
    /// [`Extractor::add_to_graph_tracked`]).
    named: Vec<Option<petgraph::stable_graph::NodeIndex>>,
}

/// One document's extraction (or the panic it caused), waiting to be added to the graph.
struct Extracted {
    id: String,
    date: Option<String>,
    result: std::thread::Result<crate::DocumentResult>,
}

impl std::fmt::Debug for Corpus<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Corpus")
            .field("options", &self.options)
            .field("stats", &self.stats)
            .finish()
    }
}

impl<'a> Corpus<'a> {
    /// A run with `extractor` and `options`.
    pub fn new(extractor: &'a Extractor, options: Options) -> Corpus<'a> {
        let mut graph = ActorGraph::new();
        graph.set_max_evidence(options.max_evidence);
        let pool = options.threads.and_then(|n| {
            rayon::ThreadPoolBuilder::new()
                .num_threads(n.clamp(1, MAX_THREADS))
                .build()
                .ok()
        });
        Corpus {
            extractor,
            options,
            graph,
            dedup: Dedup::default(),
            stats: Stats::default(),
            pool,
            warnings: Vec::new(),
            pending: Vec::new(),
            named: Vec::new(),
        }
    }

    /// What the run has seen so far.
    pub fn stats(&self) -> &Stats {
        &self.stats
    }

    /// Warnings about documents since the last call (documents whose extraction failed).
    pub fn take_warnings(&mut self) -> Vec<String> {
        std::mem::take(&mut self.warnings)
    }

    /// The graph and the statistics.
    pub fn finish(mut self) -> (ActorGraph, Stats) {
        self.flush();
        (self.graph, self.stats)
    }

    /// Adds documents (in this order) to the graph.
    pub fn add_documents(&mut self, docs: Vec<CorpusDocument>) {
        self.push_documents(docs);
        self.flush();
    }

    /// Extracts documents (in this order); they reach the graph with the next batch or at
    /// [`Corpus::flush`], so that adding one batch overlaps extracting the next.
    fn push_documents(&mut self, docs: Vec<CorpusDocument>) {
        let (dedup, options) = (&mut self.dedup, &self.options);
        let checked = install(self.pool.as_ref(), || check(dedup, options, docs));
        self.count(&checked);
        self.extract_while(checked.kept, |_, _| ());
    }

    /// Counts what [`check`] dropped.
    fn count(&mut self, checked: &Checked) {
        self.stats.out_of_range += checked.out_of_range;
        self.stats.exact_duplicates += checked.exact;
        self.stats.near_duplicates += checked.near;
        let dropped = self.stats.exact_duplicates + self.stats.near_duplicates
            - self.graph.duplicates_dropped();
        self.graph.add_duplicates_dropped(dropped);
    }

    /// Extracts `docs` (they reach the graph with the next batch, see
    /// [`Corpus::push_documents`]) and adds the previous batch to the graph, while `also` runs
    /// on the same workers with the duplicate index: a run's serial steps (adding to the graph,
    /// the duplicate check) then overlap parallel ones instead of leaving cores idle.
    fn extract_while<R: Send>(
        &mut self,
        docs: Vec<CorpusDocument>,
        also: impl FnOnce(&mut Dedup, &Options) -> R + Send,
    ) -> R {
        let extractor = self.extractor;
        let earlier = std::mem::take(&mut self.pending);
        let (graph, stats, warnings, named) = (
            &mut self.graph,
            &mut self.stats,
            &mut self.warnings,
            &mut self.named,
        );
        let (dedup, options) = (&mut self.dedup, &self.options);
        let ((results, ()), also) = install(self.pool.as_ref(), || {
            rayon::join(
                || {
                    rayon::join(
                        || {
                            docs.par_iter()
                                .map(|d| {
                                    // A document that makes the extractor panic is reported and
                                    // skipped: one bad article must not cost the rest of the
                                    // archive.
                                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                                        extractor.process(&d.document)
                                    }))
                                })
                                .collect::<Vec<_>>()
                        },
                        || add_extracted(extractor, graph, stats, warnings, named, earlier),
                    )
                },
                || also(dedup, options),
            )
        });
        self.pending = docs
            .into_iter()
            .zip(results)
            .map(|(d, result)| Extracted {
                id: d.document.id,
                date: d.date,
                result,
            })
            .collect();
        also
    }

    /// Adds the documents extracted by the last [`Corpus::push_documents`] to the graph.
    fn flush(&mut self) {
        let earlier = std::mem::take(&mut self.pending);
        add_extracted(
            self.extractor,
            &mut self.graph,
            &mut self.stats,
            &mut self.warnings,
            &mut self.named,
            earlier,
        );
    }

    /// Adds plain documents (files, folders): undated, counted as read.
    pub fn add_plain(&mut self, docs: Vec<Document>) {
        self.stats.read += docs.len() as u64;
        self.stats.bytes += docs.iter().map(|d| d.text.len() as u64).sum::<u64>();
        let docs = docs
            .into_iter()
            .map(|document| CorpusDocument {
                document,
                date: None,
            })
            .collect();
        self.add_documents(docs);
    }

    /// Reads a JSONL stream named `name` (for messages) chunk by chunk. Malformed lines go to
    /// `on_warning` (or, in strict mode, end the run with [`Error::Corpus`]); `on_progress` is
    /// called after every chunk. The stream is read on a thread of its own, one chunk ahead of
    /// the extraction, which would otherwise wait for every read.
    pub fn read_jsonl<R: BufRead + Send>(
        &mut self,
        name: &str,
        reader: R,
        on_warning: &mut dyn FnMut(String),
        on_progress: &mut dyn FnMut(&Stats),
    ) -> Result<()> {
        let (chunk_bytes, max_line) = (self.options.chunk_bytes, self.options.max_line_bytes);
        std::thread::scope(|scope| -> Result<()> {
            let (chunks, received) = std::sync::mpsc::sync_channel(1);
            scope.spawn(move || read_chunks(reader, chunk_bytes, max_line, &chunks));
            // Each chunk is parsed and checked for duplicates while the one before it is
            // extracted (and the one before that added to the graph).
            let mut ready = Vec::new();
            // An early return drops the receiver, which ends the reader.
            for chunk in received {
                let chunk: Chunk = chunk.map_err(|e| Error::io(name, e))?;
                self.stats.read += chunk.read;
                self.stats.bytes += chunk.bytes;
                let strict = self.options.strict;
                let too_long = chunk.too_long;
                let (checked, malformed) =
                    self.extract_while(std::mem::take(&mut ready), |dedup, options| {
                        let (docs, mut malformed) = parse_lines(chunk.lines);
                        if !too_long.is_empty() {
                            let why = format!(
                                "line longer than {} bytes (see --max-document-size)",
                                options.max_line_bytes
                            );
                            malformed.extend(too_long.into_iter().map(|n| (n, why.clone())));
                            malformed.sort_by_key(|&(n, _)| n);
                        }
                        if strict && !malformed.is_empty() {
                            return (Checked::default(), malformed);
                        }
                        (check(dedup, options, docs), malformed)
                    });
                for (line, message) in malformed {
                    if strict {
                        return Err(Error::Corpus {
                            file: name.to_string(),
                            line,
                            message,
                        });
                    }
                    self.stats.malformed += 1;
                    on_warning(format!("{name}:{line}: {message}; line skipped"));
                }
                self.count(&checked);
                ready = checked.kept;
                for w in self.take_warnings() {
                    on_warning(w);
                }
                on_progress(&self.stats);
            }
            self.extract_while(ready, |_, _| ());
            Ok(())
        })?;
        self.flush();
        for w in self.take_warnings() {
            on_warning(w);
        }
        on_progress(&self.stats);
        Ok(())
    }
}

/// A batch after the document-level checks.
#[derive(Default)]
struct Checked {
    /// The documents to extract, in input order.
    kept: Vec<CorpusDocument>,
    /// Dropped for their date.
    out_of_range: u64,
    /// Dropped as exact copies of an earlier document.
    exact: u64,
    /// Dropped as near copies of an earlier document.
    near: u64,
}

/// The checks before extraction: the date range, then duplicates (fingerprints in parallel,
/// the verdicts in input order).
fn check(dedup: &mut Dedup, options: &Options, docs: Vec<CorpusDocument>) -> Checked {
    let (since, until) = (options.since.as_deref(), options.until.as_deref());
    let before = docs.len();
    let docs: Vec<CorpusDocument> = docs
        .into_iter()
        .filter(|d| in_range(d.date.as_deref(), since, until))
        .collect();
    let mut checked = Checked {
        out_of_range: (before - docs.len()) as u64,
        ..Default::default()
    };
    if !options.dedup {
        checked.kept = docs;
        return checked;
    }
    let fps: Vec<Fingerprint> = docs
        .par_iter()
        .map(|d| fingerprint(&d.document.text))
        .collect();
    checked.kept.reserve(docs.len());
    for (d, fp) in docs.into_iter().zip(fps) {
        match dedup.check(fp) {
            Verdict::Unique => checked.kept.push(d),
            Verdict::Exact => checked.exact += 1,
            Verdict::Near => checked.near += 1,
        }
    }
    checked
}

/// Parses numbered JSONL lines in parallel: the documents, and the malformed lines with what
/// is wrong with them, both in line order.
fn parse_lines(lines: Vec<(u64, Vec<u8>)>) -> (Vec<CorpusDocument>, Vec<(u64, String)>) {
    let parsed: Vec<(u64, std::result::Result<CorpusDocument, String>)> = lines
        .into_par_iter()
        .map(|(n, l)| {
            // A line that makes the parser panic is one malformed line, not the end of the run.
            let parsed = std::panic::catch_unwind(|| parse_line(&l)).unwrap_or_else(|panic| {
                Err(format!(
                    "internal error ({}); please report it",
                    panic_message(&*panic)
                ))
            });
            (n, parsed)
        })
        .collect();
    let mut docs = Vec::with_capacity(parsed.len());
    let mut malformed = Vec::new();
    for (line, p) in parsed {
        match p {
            Ok(d) => docs.push(d),
            Err(message) => malformed.push((line, message)),
        }
    }
    (docs, malformed)
}

fn install<R: Send>(pool: Option<&rayon::ThreadPool>, f: impl FnOnce() -> R + Send) -> R {
    match pool {
        Some(p) => p.install(f),
        None => f(),
    }
}

/// Lines of a JSONL stream, read together.
#[derive(Default)]
struct Chunk {
    /// Numbered lines that are not blank.
    lines: Vec<(u64, Vec<u8>)>,
    /// Numbers of the lines longer than the limit (skipped unread).
    too_long: Vec<u64>,
    /// Lines read, blank ones included.
    read: u64,
    /// Bytes read.
    bytes: u64,
}

/// Reads `reader` into chunks of about `chunk_bytes` (whole lines) and sends them, the last one
/// possibly short, or the read error that stopped it. Stops when the receiver is gone.
fn read_chunks<R: BufRead>(
    mut reader: R,
    chunk_bytes: usize,
    max_line_bytes: usize,
    out: &std::sync::mpsc::SyncSender<std::io::Result<Chunk>>,
) {
    let mut line_no = 0u64;
    let mut chunk = Chunk::default();
    loop {
        let mut buf = Vec::new();
        let (n, too_long) = match read_line_capped(&mut reader, &mut buf, max_line_bytes) {
            Ok(r) => r,
            Err(e) => {
                let _ = out.send(Err(e));
                return;
            }
        };
        if n == 0 {
            break;
        }
        line_no += 1;
        chunk.read += 1;
        chunk.bytes += n;
        if too_long {
            chunk.too_long.push(line_no);
            continue;
        }
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        chunk.lines.push((line_no, buf));
        if chunk.bytes >= chunk_bytes as u64 && out.send(Ok(std::mem::take(&mut chunk))).is_err() {
            return;
        }
    }
    let _ = out.send(Ok(chunk));
}

/// Reads one line (through its `\n`, or to the end of the input) into `buf`, keeping at most
/// `max` bytes of it: returns the bytes consumed from `reader` and whether the line was longer
/// than `max`, in which case the rest of it was consumed and dropped and `buf` is empty. Memory
/// stays bounded whatever the input (a multi-gigabyte line, `/dev/zero` on stdin).
pub fn read_line_capped<R: BufRead>(
    reader: &mut R,
    buf: &mut Vec<u8>,
    max: usize,
) -> std::io::Result<(u64, bool)> {
    // One byte past the cap is read at most: if it comes, the line is too long. `read_until`
    // and `skip_until` find the `\n` with `memchr` (a byte loop here was 1.3 % of a run).
    use std::io::Read;
    let room = (max.saturating_sub(buf.len()) as u64).saturating_add(1);
    let mut consumed = reader.by_ref().take(room).read_until(b'\n', buf)? as u64;
    if buf.len() <= max {
        return Ok((consumed, false));
    }
    if buf.last() != Some(&b'\n') {
        consumed += reader.skip_until(b'\n')? as u64;
    }
    *buf = Vec::new();
    Ok((consumed, true))
}

/// Adds extracted documents to the graph, in order, counting them; a document whose extraction
/// panicked becomes a warning.
fn add_extracted(
    extractor: &Extractor,
    graph: &mut ActorGraph,
    stats: &mut Stats,
    warnings: &mut Vec<String>,
    named: &mut Vec<Option<petgraph::stable_graph::NodeIndex>>,
    extracted: Vec<Extracted>,
) {
    for d in extracted {
        match d.result {
            Ok(r) => {
                stats.documents += 1;
                stats.sentences += r.info.sentences as u64;
                extractor.add_to_graph_tracked(graph, r, d.date.as_deref(), named);
            }
            Err(panic) => {
                stats.failed += 1;
                let why = panic_message(&*panic);
                warnings.push(format!(
                    "{}: extraction failed ({why}); document skipped",
                    d.id
                ));
            }
        }
    }
}

/// What a caught panic says.
fn panic_message(panic: &(dyn std::any::Any + Send)) -> &str {
    panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("unknown error")
}

/// One JSONL line as written.
#[derive(Deserialize)]
struct Line {
    id: Id,
    text: String,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    date: Option<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Id {
    Text(String),
    Number(serde_json::Number),
}

/// Parses one JSONL line into a document.
pub fn parse_line(line: &[u8]) -> std::result::Result<CorpusDocument, String> {
    // A UTF-8 byte-order mark (editors on Windows put one before the first line) is no JSON:
    // the first document would be lost as malformed.
    let line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
    let l: Line =
        serde_json::from_slice(line).map_err(|e| format!("not a JSON document line ({e})"))?;
    let id = match l.id {
        Id::Text(s) => s,
        Id::Number(n) => n.to_string(),
    };
    if id.trim().is_empty() {
        return Err("empty \"id\"".into());
    }
    let date = match l.date.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(d) => Some(parse_date(d).map_err(|e| format!("\"date\": {e}"))?),
    };
    let text = match l.title.as_deref().map(str::trim) {
        Some(t) if !t.is_empty() => format!("{t}\n\n{}", l.text),
        _ => l.text,
    };
    Ok(CorpusDocument {
        document: Document::new(id, text),
        date,
    })
}

/// The day of an ISO 8601 date or date-time (`2024-05-01`, `2024-05-01T09:30:00Z`), as
/// `YYYY-MM-DD`. The day is taken as written (no time-zone conversion).
pub fn parse_date(s: &str) -> std::result::Result<String, String> {
    let bad = || format!("{s:?} is not an ISO 8601 date (YYYY-MM-DD)");
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(bad());
    }
    // Bytes, not `&s[..]`: the tenth byte may fall inside a multi-byte character
    // ("2024-05-0é"), where slicing the string would panic.
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return Err(bad());
    };
    if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
        return Err(bad());
    }
    if b.len() > 10 && b[10] != b'T' && b[10] != b't' && b[10] != b' ' {
        return Err(bad());
    }
    // The first ten bytes are ASCII digits and dashes (checked above), so a char boundary.
    Ok(s[..10].to_string())
}

fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        2 if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn in_range(date: Option<&str>, since: Option<&str>, until: Option<&str>) -> bool {
    if since.is_none() && until.is_none() {
        return true;
    }
    let Some(date) = date else { return false };
    since.is_none_or(|s| date >= s) && until.is_none_or(|u| date <= u)
}

// ---- duplicates ----

/// MinHash bins (one-permutation hashing) and LSH bands.
const BINS: usize = 32;
const BANDS: usize = 4;
const ROWS: usize = BINS / BANDS;
/// Shingle length in words.
const SHINGLE: usize = 4;
/// Documents with fewer shingles are only checked for exact copies.
const MIN_SHINGLES: usize = 16;
/// Agreeing bins (of the bins filled in either document) that make a near-exact copy.
const NEAR: f64 = 0.9;
const EMPTY: u32 = u32::MAX;

/// What the duplicate check needs to know of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    /// Hash of the lowercased words in order.
    pub exact: u64,
    /// MinHash signature of the word shingles (none for very short documents).
    pub signature: Option<[u32; BINS]>,
}

fn mix(mut x: u64) -> u64 {
    // splitmix64 finaliser
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// Eight bytes with their ASCII capitals lowercased (other bytes unchanged), all at once.
fn lowercase8(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low7 = x & (0x7f * ONES);
    // High bit of each byte: set when the byte is above 'Z', and when it is 'A' or above.
    let above_z = low7 + (0x7f - u64::from(b'Z')) * ONES;
    let from_a = low7 + (0x80 - u64::from(b'A')) * ONES;
    let ascii = !x & (0x80 * ONES);
    x | ((ascii & (from_a ^ above_z)) >> 2)
}

/// The hash of one word (a non-empty run of word bytes), without case: eight bytes at a time.
fn word_hash(bytes: &[u8], start: usize, end: usize) -> u64 {
    let mut h = (end - start) as u64;
    let mut at = start;
    while at < end {
        let n = (end - at).min(8);
        let chunk = match bytes.get(at..at + 8) {
            // The word and what follows it, cut to the word.
            Some(eight) => {
                let x = u64::from_le_bytes(eight.try_into().expect("eight bytes"));
                x & (u64::MAX >> (64 - 8 * n))
            }
            None => {
                let mut buf = [0u8; 8];
                buf[..n].copy_from_slice(&bytes[at..at + n]);
                u64::from_le_bytes(buf)
            }
        };
        h = mix(h ^ lowercase8(chunk).wrapping_mul(0x9e37_79b9_7f4a_7c15));
        at += n;
    }
    h
}

/// The hash of every word of `text` in order (words: runs of ASCII letters and digits and
/// non-ASCII bytes, without case).
fn word_hashes(text: &str) -> Vec<u64> {
    let bytes = text.as_bytes();
    let mut words: Vec<u64> = Vec::with_capacity(bytes.len() / 5 + 1);
    // Word starts and ends come from a bit mask of the word bytes, 64 at a time (a test of
    // every byte, as before, mispredicted its branch at every word boundary).
    let mut start = 0;
    let mut carry = 0u64;
    for base in (0..bytes.len()).step_by(64) {
        let m = crate::text::word_byte_mask_at(bytes, base);
        let before = (m << 1) | carry;
        carry = m >> 63;
        // Starts and ends alternate: an end closes the word the last start opened.
        let mut edges = m ^ before;
        while edges != 0 {
            let j = edges.trailing_zeros();
            edges &= edges - 1;
            if m >> j & 1 == 1 {
                start = base + j as usize;
            } else {
                words.push(word_hash(bytes, start, base + j as usize));
            }
        }
    }
    // A word that runs to the end of the text (which fills its last block).
    if carry == 1 {
        words.push(word_hash(bytes, start, bytes.len()));
    }
    words
}

/// The fingerprint of a text: words are runs of letters and digits (any non-ASCII byte counts
/// as a letter), compared without case.
pub fn fingerprint(text: &str) -> Fingerprint {
    // First the word hashes, then what is made of them: the exact hash and the shingles.
    let words = word_hashes(text);
    // A polynomial over the word hashes: one multiplication a word to wait for.
    let exact = words.iter().fold(0x9e37_79b9_7f4a_7c15u64, |h, &w| {
        h.wrapping_mul(0x100_0000_01b3).wrapping_add(w)
    });
    let mut sig = [EMPTY; BINS];
    for window in words.windows(SHINGLE) {
        // The word hashes are mixed already: each is turned by its place in the shingle, and
        // one mix of them all is the shingle's hash.
        let s = mix(window
            .iter()
            .enumerate()
            .fold(0, |s, (k, x)| s ^ x.rotate_left(k as u32 * 17)));
        let bin = (s >> 59) as usize;
        let v = (s as u32).min(EMPTY - 1);
        if v < sig[bin] {
            sig[bin] = v;
        }
    }
    let shingles = words.len().saturating_sub(SHINGLE - 1);
    Fingerprint {
        exact: mix(exact),
        signature: (shingles >= MIN_SHINGLES).then_some(sig),
    }
}

/// Estimated resemblance of two signatures: agreeing bins over bins filled in either.
pub fn resemblance(a: &[u32; BINS], b: &[u32; BINS]) -> f64 {
    let (mut same, mut filled) = (0u32, 0u32);
    for (x, y) in a.iter().zip(b) {
        if *x == EMPTY && *y == EMPTY {
            continue;
        }
        filled += 1;
        if x == y {
            same += 1;
        }
    }
    if filled == 0 {
        0.0
    } else {
        f64::from(same) / f64::from(filled)
    }
}

/// What [`DuplicateFilter::check`] says of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The first of its kind.
    Unique,
    /// An exact copy of an earlier document.
    Exact,
    /// A near-exact copy of an earlier document.
    Near,
}

impl Fingerprint {
    /// The fingerprint as text (for passing between processes, as `actorgraph dedup` does):
    /// 16 hex digits of the exact hash, then, for a document long enough to have one, `-` and
    /// 32 × 8 hex digits of its signature.
    pub fn to_hex(&self) -> String {
        let mut s = format!("{:016x}", self.exact);
        if let Some(sig) = &self.signature {
            s.push('-');
            for v in sig {
                s.push_str(&format!("{v:08x}"));
            }
        }
        s
    }

    /// Reads [`Fingerprint::to_hex`]'s text.
    pub fn from_hex(s: &str) -> std::result::Result<Fingerprint, String> {
        let bad = || format!("not a fingerprint: {s:?}");
        let (exact, sig) = match s.split_once('-') {
            Some((e, sig)) => (e, Some(sig)),
            None => (s, None),
        };
        if exact.len() != 16 {
            return Err(bad());
        }
        let exact = u64::from_str_radix(exact, 16).map_err(|_| bad())?;
        let signature = match sig {
            None => None,
            Some(sig) if sig.len() == BINS * 8 && sig.is_ascii() => {
                let mut out = [EMPTY; BINS];
                for (i, v) in out.iter_mut().enumerate() {
                    *v = u32::from_str_radix(&sig[i * 8..(i + 1) * 8], 16).map_err(|_| bad())?;
                }
                Some(out)
            }
            Some(_) => return Err(bad()),
        };
        Ok(Fingerprint { exact, signature })
    }
}

/// The duplicate check of a corpus run on its own: fed fingerprints in input order, it says
/// which are copies of an earlier one, exactly as [`Corpus`] decides. For runs split over
/// machines (`actorgraph dedup`, `scripts/spark_extract.py`), where each part alone would miss
/// the copies in other parts.
#[derive(Default)]
pub struct DuplicateFilter {
    seen: Dedup,
}

impl std::fmt::Debug for DuplicateFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DuplicateFilter")
            .field("documents", &self.seen.exact.len())
            .finish()
    }
}

impl DuplicateFilter {
    /// An empty filter.
    pub fn new() -> DuplicateFilter {
        DuplicateFilter::default()
    }

    /// The verdict on the next document; a unique one is remembered.
    pub fn check(&mut self, fp: Fingerprint) -> Verdict {
        self.seen.check(fp)
    }
}

/// What `actorgraph dedup fingerprints` needs of one JSONL line: its fingerprint when it is a
/// well-formed document line within the date range, as a corpus run would check it; `None`
/// for blank, malformed and out-of-range lines (which a run never counts as duplicates).
pub fn line_fingerprint(line: &[u8], options: &Options) -> Option<Fingerprint> {
    if line.iter().all(u8::is_ascii_whitespace) {
        return None;
    }
    let d = parse_line(line).ok()?;
    in_range(
        d.date.as_deref(),
        options.since.as_deref(),
        options.until.as_deref(),
    )
    .then(|| fingerprint(&d.document.text))
}

/// The documents seen so far: exact hashes, signatures and their LSH band index.
#[derive(Default)]
struct Dedup {
    // FxHash: the keys are hashes already; SipHash on them was most of a serial check.
    exact: rustc_hash::FxHashSet<u64>,
    bands: rustc_hash::FxHashMap<u64, u32>,
    signatures: Vec<[u32; BINS]>,
}

impl Dedup {
    /// The LSH keys of a signature: one per band without an empty bin.
    fn band_keys(sig: &[u32; BINS]) -> [Option<u64>; BANDS] {
        std::array::from_fn(|b| {
            let rows = &sig[b * ROWS..(b + 1) * ROWS];
            if rows.contains(&EMPTY) {
                return None;
            }
            Some(
                rows.iter()
                    .fold(mix(b as u64 + 1), |k, &r| mix(k ^ u64::from(r))),
            )
        })
    }

    fn check(&mut self, fp: Fingerprint) -> Verdict {
        if !self.exact.insert(fp.exact) {
            return Verdict::Exact;
        }
        let Some(sig) = fp.signature else {
            return Verdict::Unique;
        };
        let keys = Dedup::band_keys(&sig);
        for key in keys.iter().flatten() {
            if let Some(&j) = self.bands.get(key) {
                if resemblance(&self.signatures[j as usize], &sig) >= NEAR {
                    return Verdict::Near;
                }
            }
        }
        let idx = self.signatures.len() as u32;
        self.signatures.push(sig);
        for key in keys.into_iter().flatten() {
            self.bands.entry(key).or_insert(idx);
        }
        Verdict::Unique
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_round_trip_as_text() {
        let long = "word ".repeat(40) + "Iran and Oman met in Muscat on Tuesday.";
        for text in ["Short.", long.as_str()] {
            let fp = fingerprint(text);
            assert_eq!(Fingerprint::from_hex(&fp.to_hex()).unwrap(), fp, "{text}");
        }
        assert!(fingerprint(&long).signature.is_some());
        for bad in ["", "xyz", "00ff", "0123456789abcdef-00", "0123456789abcdeg"] {
            assert!(Fingerprint::from_hex(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn dates() {
        assert_eq!(parse_date("2024-02-29").unwrap(), "2024-02-29");
        assert_eq!(parse_date("2024-05-01T09:30:00Z").unwrap(), "2024-05-01");
        assert_eq!(parse_date("2024-05-01 09:30").unwrap(), "2024-05-01");
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-5-1",
            "May 1 2024",
            "2024-05-01x",
            "2024-00-10",
        ] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
        assert!(in_range(
            Some("2024-01-02"),
            Some("2024-01-02"),
            Some("2024-01-02")
        ));
        assert!(!in_range(Some("2024-01-01"), Some("2024-01-02"), None));
        assert!(!in_range(None, None, Some("2024-01-02")));
        assert!(in_range(None, None, None));
    }

    /// A multi-byte character across any of the first eleven bytes is a bad date, not a panic.
    #[test]
    fn dates_with_multibyte_characters_are_errors_not_panics() {
        for bad in [
            "2024-05-0é",
            "2024-05-é1",
            "2024-0é-01",
            "202é-05-01",
            "2024-05-01é",
            "€024-05-01",
            "2024-05-\u{1F600}",
            "2024\u{2011}05-01",
        ] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
        let line = br#"{"id": "a", "text": "x", "date": "2024-05-0\u00e9"}"#;
        assert!(parse_line(line).unwrap_err().contains("date"));
        assert!(line_fingerprint(line, &Options::default()).is_none());
    }

    /// Lines longer than the cap are consumed whole but not kept, across buffer refills.
    #[test]
    fn capped_lines() {
        let input = b"short\n0123456789abcdef\nexact678\n012345678\nlast\n0123456789";
        let mut r = std::io::BufReader::with_capacity(4, &input[..]);
        let mut got = Vec::new();
        loop {
            let mut buf = Vec::new();
            let (n, too_long) = read_line_capped(&mut r, &mut buf, 9).unwrap();
            if n == 0 {
                break;
            }
            got.push((n, too_long, String::from_utf8(buf).unwrap()));
        }
        let want = [
            (6, false, "short\n"),
            (17, true, ""),
            (9, false, "exact678\n"),
            (10, true, ""),
            (5, false, "last\n"),
            (10, true, ""),
        ];
        let want: Vec<_> = want
            .iter()
            .map(|&(n, t, s)| (n, t, s.to_string()))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn lines() {
        let d = parse_line(br#"{"id": 7, "text": "Body.", "title": "Head", "date": "2024-01-05T10:00:00Z", "url": "u"}"#).unwrap();
        assert_eq!(d.document.id, "7");
        assert_eq!(d.document.text, "Head\n\nBody.");
        assert_eq!(d.date.as_deref(), Some("2024-01-05"));
        assert!(parse_line(br#"{"id": "a"}"#).unwrap_err().contains("text"));
        assert!(parse_line(br#"{"id": "", "text": "x"}"#)
            .unwrap_err()
            .contains("id"));
        assert!(
            parse_line(br#"{"id": "a", "text": "x", "date": "yesterday"}"#)
                .unwrap_err()
                .contains("date")
        );
        assert!(parse_line(b"{not json").is_err());
    }

    fn article(seed: usize, words: usize) -> String {
        (0..words)
            .map(|i| format!("w{}", (i * 7919 + seed * 104_729) % 100_003))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn duplicates() {
        let a = article(1, 400);
        let mut d = Dedup::default();
        assert!(matches!(d.check(fingerprint(&a)), Verdict::Unique));
        // Same words, other case, spacing and punctuation: exact.
        let shouted = a.to_uppercase().replace(' ', " ,  ");
        assert!(matches!(d.check(fingerprint(&shouted)), Verdict::Exact));
        // A byline added: near-exact.
        let byline = format!("{a} Reporting by Jane Doe; editing by John Roe");
        assert!(matches!(d.check(fingerprint(&byline)), Verdict::Near));
        // Another article: unique.
        assert!(matches!(
            d.check(fingerprint(&article(2, 400))),
            Verdict::Unique
        ));
        // Half of an article is no copy.
        let half = format!("{} {}", &article(1, 200), article(3, 200));
        assert!(matches!(d.check(fingerprint(&half)), Verdict::Unique));
        // Short texts are compared exactly only.
        assert!(fingerprint("Iran and Oman").signature.is_none());
    }

    /// The words of a text and their hashes, one byte at a time: the reference for the
    /// word mask and the eight-byte word hash.
    fn words_one_by_one(text: &str) -> Vec<u64> {
        text.as_bytes()
            .split(|b| !(b.is_ascii_alphanumeric() || *b >= 0x80))
            .filter(|w| !w.is_empty())
            .map(|w| word_hash(&w.to_ascii_lowercase(), 0, w.len()))
            .collect()
    }

    #[test]
    fn lowercase8_lowercases_ascii_capitals_only() {
        for b in 0..=255u8 {
            let x = u64::from_le_bytes([b, b'A', b'z', b'@', b'[', 0xC3, b'Z', b'`']);
            let want = u64::from_le_bytes([
                b.to_ascii_lowercase(),
                b'a',
                b'z',
                b'@',
                b'[',
                0xC3,
                b'z',
                b'`',
            ]);
            assert_eq!(lowercase8(x), want, "byte {b:#x}");
        }
    }

    proptest::proptest! {
        /// Words of every length, at every offset from the 64-byte blocks and the end of the
        /// text, in any case, between any separators: the same word hashes as one by one.
        #[test]
        fn word_hashes_are_those_of_the_words_one_by_one(
            parts in proptest::collection::vec(
                ("[a-zA-Z0-9é\u{4e2d}]{1,20}", "[ ,.;'\\-\n\u{2014}\u{201c}]{1,3}"),
                0..40,
            ),
            lead in "[ ]{0,70}",
            tail in proptest::bool::ANY,
        ) {
            let mut text = lead;
            for (w, sep) in &parts {
                text.push_str(w);
                text.push_str(sep);
            }
            if tail {
                text.push_str("Final");
            }
            proptest::prop_assert_eq!(word_hashes(&text), words_one_by_one(&text));
            // ASCII case does not count.
            proptest::prop_assert_eq!(
                word_hashes(&text.to_ascii_uppercase()),
                word_hashes(&text.to_ascii_lowercase())
            );
        }
    }

    #[test]
    fn a_word_filling_the_last_block_counts_once() {
        for n in [63, 64, 65, 127, 128, 129] {
            let text = format!("{} Iran", "x".repeat(n - 5));
            assert_eq!(text.len(), n);
            assert_eq!(word_hashes(&text), words_one_by_one(&text), "{n}");
            assert_eq!(word_hashes(&text).len(), 2);
        }
    }
}

#[cfg(test)]
mod reader_tests {
    use super::*;

    /// A stream that yields `data`, then fails.
    struct Failing {
        data: std::io::Cursor<Vec<u8>>,
    }

    impl std::io::Read for Failing {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = self.data.read(buf)?;
            if n == 0 {
                return Err(std::io::Error::other("disk gone"));
            }
            Ok(n)
        }
    }

    fn lines(n: usize) -> String {
        (0..n)
            .map(|i| {
                format!("{{\"id\": \"d{i}\", \"text\": \"Iran and Oman met, article {i}.\"}}\n\n")
            })
            .collect()
    }

    #[test]
    fn chunks_read_ahead_give_every_line_once_in_order() {
        let ex = Extractor::new().unwrap();
        for chunk_bytes in [1, 64, 1 << 20] {
            let mut corpus = Corpus::new(
                &ex,
                Options {
                    chunk_bytes,
                    dedup: false,
                    ..Options::default()
                },
            );
            let mut progress = 0;
            corpus
                .read_jsonl(
                    "t",
                    lines(50).as_bytes(),
                    &mut |w| panic!("{w}"),
                    &mut |_| progress += 1,
                )
                .unwrap();
            let stats = corpus.stats().clone();
            assert_eq!((stats.read, stats.documents), (100, 50), "{chunk_bytes}");
            assert_eq!(stats.bytes, lines(50).len() as u64);
            assert!(progress >= 2, "{progress}");
            let ids: Vec<String> = corpus
                .finish()
                .0
                .documents()
                .iter()
                .map(|d| d.id.clone())
                .collect();
            assert_eq!(ids.len(), 50);
        }
    }

    #[test]
    fn a_read_error_ends_the_run_naming_the_stream() {
        let ex = Extractor::new().unwrap();
        let mut corpus = Corpus::new(
            &ex,
            Options {
                chunk_bytes: 64,
                ..Options::default()
            },
        );
        let reader = std::io::BufReader::new(Failing {
            data: std::io::Cursor::new(lines(10).into_bytes()),
        });
        let err = corpus
            .read_jsonl("feed.jsonl", reader, &mut |_| {}, &mut |_| {})
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("feed.jsonl") && err.contains("disk gone"),
            "{err}"
        );
    }

    /// A stream read in many chunks (each parsed and checked while the one before it is
    /// extracted) gives the graph, statistics and warnings of all its documents added in one
    /// batch: with syndicated copies, malformed lines, a date range, one and two workers.
    #[test]
    fn chunked_reading_gives_the_graph_of_one_batch() {
        let ex = Extractor::new().unwrap();
        let opts = crate::synth::Options {
            seed: 5,
            bytes: 120_000,
            duplicates: 0.2,
            undated: 0.1,
            days: 30,
        };
        let mut jsonl = Vec::new();
        crate::synth::write_jsonl(ex.gazetteer(), &opts, &mut jsonl).unwrap();
        let mut text = String::from_utf8(jsonl).unwrap();
        let middle = text[text.len() / 2..].find('\n').unwrap() + text.len() / 2 + 1;
        text.insert_str(middle, "{not json}\n");
        text.push_str("{\"id\": 7}\n");
        let options = |chunk_bytes, threads| Options {
            chunk_bytes,
            threads: Some(threads),
            since: Some("2024-01-05".into()),
            until: Some("2024-01-25".into()),
            ..Options::default()
        };
        let docs: Vec<CorpusDocument> = text
            .lines()
            .filter_map(|l| parse_line(l.as_bytes()).ok())
            .collect();
        let mut one = Corpus::new(&ex, options(1 << 30, 1));
        one.add_documents(docs);
        let (graph, stats) = one.finish();
        let expected = crate::export::json::to_json(&graph);
        assert!(stats.exact_duplicates + stats.near_duplicates > 0 && stats.out_of_range > 0);
        assert!(graph.petgraph().edge_count() > 10);
        for (chunk_bytes, threads) in [(1, 1), (3000, 2), (20_000, 2), (1 << 30, 2)] {
            let mut corpus = Corpus::new(&ex, options(chunk_bytes, threads));
            let mut warnings = Vec::new();
            corpus
                .read_jsonl("c", text.as_bytes(), &mut |w| warnings.push(w), &mut |_| {})
                .unwrap();
            let (g, st) = corpus.finish();
            let what = format!("chunks of {chunk_bytes} bytes, {threads} workers");
            assert_eq!(crate::export::json::to_json(&g), expected, "{what}");
            assert_eq!(
                (
                    st.documents,
                    st.exact_duplicates,
                    st.near_duplicates,
                    st.out_of_range
                ),
                (
                    stats.documents,
                    stats.exact_duplicates,
                    stats.near_duplicates,
                    stats.out_of_range
                ),
                "{what}"
            );
            assert_eq!(st.malformed, 2, "{what}");
            assert_eq!(warnings.len(), 2, "{what}: {warnings:?}");
            assert!(warnings[0].starts_with("c:") && warnings[0].contains("line skipped"));
        }
    }
}
