//! The `actorgraph` command line: argument parsing and error reporting only; the work is done
//! by the library.

/// mimalloc: the pipeline allocates and frees many small strings on several threads, where
/// glibc's allocator cost ~10 % of the time and fragmented (peak memory grew with the corpus).
#[global_allocator]
static GLOBAL: Allocator = Allocator;

/// mimalloc, asked for an alignment only where its plain allocation does not give it.
///
/// `mimalloc::MiMalloc` passes every request to `mi_malloc_aligned`, whose fast path serves a
/// block only when the size class's current page has one; when that page is used up it falls
/// back to over-allocating `size + align - 1` bytes from another size class, so the page is
/// never refilled and every later request of that size takes the slow path (~150 instructions
/// instead of ~20; on real news text 770,000 of them per 2 MB). mimalloc's plain `mi_malloc`
/// returns blocks aligned to 16 bytes whenever the size allows it (std's System allocator
/// relies on the same rule for `malloc`), so requests aligned to at most 16 and to no more
/// than their size go there; any other goes to `MiMalloc`.
struct Allocator;

/// The alignment every `mi_malloc` block of at least this many bytes has.
const MI_MIN_ALIGN: usize = 16;

// SAFETY: each method hands the request to mimalloc, which returns memory of the requested
// size and, by the rule above, alignment (or null); blocks from either path are freed and
// reallocated by mimalloc, which finds a block's page from its address.
unsafe impl std::alloc::GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= MI_MIN_ALIGN && layout.align() <= layout.size() {
            unsafe { libmimalloc_sys::mi_malloc(layout.size()).cast() }
        } else {
            unsafe { mimalloc::MiMalloc.alloc(layout) }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= MI_MIN_ALIGN && layout.align() <= layout.size() {
            unsafe { libmimalloc_sys::mi_zalloc(layout.size()).cast() }
        } else {
            unsafe { mimalloc::MiMalloc.alloc_zeroed(layout) }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        unsafe { mimalloc::MiMalloc.dealloc(ptr, layout) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= MI_MIN_ALIGN && layout.align() <= new_size {
            unsafe { libmimalloc_sys::mi_realloc(ptr.cast(), new_size).cast() }
        } else {
            unsafe { mimalloc::MiMalloc.realloc(ptr, layout, new_size) }
        }
    }
}

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context};
use clap::{Parser, Subcommand, ValueEnum};
use corpus_cli::{CorpusArgs, MergeArgs};

use actorgraph::export::{dot, gexf::GexfVersion, json, write_atomic};
use actorgraph::render::{self as draw, Filter, Layout, RenderOptions};
use actorgraph::{export, input, ActorGraph, Extractor, Relation};

/// The exit codes, the same for every subcommand (shown by `--help`; the README has the table).
macro_rules! exit_codes {
    () => {
        "\
Exit codes (every subcommand):
  0    success
  1    the output could not be written (unwritable path, full disk), Graphviz failed, or an
       internal error
  2    bad input or usage: a missing, unreadable or special input file, a malformed graph or
       (with --strict) corpus line, an unknown actor, an unknown output format, bad arguments
  3    render: Graphviz is not installed (the DOT was written instead)
  141  standard output was closed before everything was written (a reader such as `head`
       went away), as for a program killed by SIGPIPE; nothing is printed"
    };
}
const EXIT_CODES: &str = exit_codes!();

/// A subcommand's `--help` epilogue: its examples, then the exit codes.
macro_rules! examples {
    ($($line:literal),+ $(,)?) => {
        concat!("Examples:\n", $("  ", $line, "\n",)+ "\n", exit_codes!())
    };
}

// After the macros, which its subcommands' help uses too.
mod corpus_cli;

#[derive(Parser)]
#[command(
    name = "actorgraph",
    version,
    about = "Actor-relationship graphs (mediator, adversary, proxy, ally) from news articles",
    after_help = EXIT_CODES,
    subcommand_help_heading = "Commands"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Print no warnings or progress (errors are still reported).
    #[arg(short, long, global = true)]
    quiet: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Extract the actor graph of articles (files, folders or `-` for stdin).
    #[command(after_help = examples!(
        "actorgraph extract data/samples/oman-mediation.txt --out-dir output",
        "actorgraph extract articles/ -o graph.json",
        "actorgraph extract --jsonl archive.jsonl --since 2024-01-01 -o graph.json",
        "curl -s https://example.org/story.html | actorgraph extract - --format dot",
    ))]
    Extract(ExtractArgs),
    /// Show how text is read: actor mentions, tagged text, relations and their patterns.
    #[command(after_help = examples!(
        "actorgraph explain \"Oman mediated between Iran and the United States.\"",
        "actorgraph explain data/samples/oman-mediation.txt --json",
        "cat story.txt | actorgraph explain -",
    ))]
    Explain {
        /// A sentence, the path of a document (each sentence with an actor is shown), or `-`
        /// for a document on stdin. A sentence longer than 3,000 bytes is read in the pieces
        /// `extract` cuts it into.
        sentence: String,
        /// Extra actor dictionary (TOML); may be repeated.
        #[arg(long = "actors")]
        actors: Vec<PathBuf>,
        /// Extra predicate lexicon (TOML, the format of data/lexicon.toml); may be repeated.
        #[arg(long = "lexicon")]
        lexicons: Vec<PathBuf>,
        /// Print the explanation as JSON (one object per sentence, in an array).
        #[arg(long)]
        json: bool,
    },
    /// Ask a saved graph (the JSON `extract` writes) who connects to whom.
    #[command(after_help = examples!(
        "actorgraph query graph.json neighbors Iran --depth 2",
        "actorgraph query graph.json path Hamas \"United States\"",
        "actorgraph query graph.json brokers --top 5 --json | jq '.brokers[].id'",
        "actorgraph query graph.json camps --kind state,armed_group",
        "actorgraph query graph.json subgraph Oman -o oman.svg",
        "actorgraph extract story.txt | actorgraph query - stats",
    ))]
    Query(QueryArgs),
    /// Merge graphs (JSON written by `extract`) into one: the graph of all their documents.
    #[command(after_help = examples!(
        "actorgraph merge part-*.json -o graph.json",
        "actorgraph extract new.txt | actorgraph merge graph.json - -o graph.json",
    ))]
    Merge(MergeArgs),
    /// The duplicate check of `extract` in two steps, for a corpus extracted in parts:
    /// fingerprints per part, then one decision in corpus order.
    #[command(after_help = examples!(
        "actorgraph dedup fingerprints part-1.jsonl > part-1.fp",
        "cat part-*.fp | actorgraph dedup decide - > duplicates.txt",
    ))]
    Dedup(corpus_cli::DedupArgs),
    /// Draw a graph (JSON written by `extract`) as SVG, PNG or PDF with Graphviz, or as an
    /// interactive HTML explorer (no Graphviz needed).
    #[command(after_help = examples!(
        "actorgraph render graph.json -o graph.svg --title \"Gulf mediation, 2024\"",
        "actorgraph render graph.json -o explorer.html",
        "actorgraph render graph.json -o proxies.png --relation proxy --min-weight 2",
        "actorgraph render graph.json --format svg -o - > graph.svg",
    ))]
    Render(RenderArgs),
    /// Convert a graph (JSON written by `extract`) to another format.
    #[command(after_help = examples!(
        "actorgraph export graph.json -o graph.graphml",
        "actorgraph export graph.json --format gexf --gexf-version 1.3 -o graph.gexf",
        "actorgraph export graph.json --format neo4j -o neo4j-import/",
        "actorgraph export - --format cyjs -o - < graph.json",
    ))]
    Export(ExportArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    #[command(after_help = examples!(
        "actorgraph completions bash > ~/.local/share/bash-completion/completions/actorgraph",
        "actorgraph completions zsh > ~/.zfunc/_actorgraph",
        "actorgraph completions fish > ~/.config/fish/completions/actorgraph.fish",
    ))]
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), or write it with -o; --dir writes one page per subcommand too.
    #[command(after_help = examples!(
        "actorgraph man | man -l -",
        "actorgraph man --dir ~/.local/share/man/man1   # then `man actorgraph-query`",
        "actorgraph man -o ~/.local/share/man/man1/actorgraph.1",
    ))]
    Man {
        /// Write to this file instead of stdout (`-`: stdout).
        #[arg(short = 'o', long, conflicts_with = "dir")]
        output: Option<PathBuf>,
        /// Write actorgraph.1 and a page for each subcommand (actorgraph-extract.1, …), which
        /// the main page names, into this folder.
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Json,
    Dot,
    /// GraphML (networkx, Gephi, yEd, Cytoscape, Neo4j APOC).
    Graphml,
    /// GEXF (Gephi, networkx); see --gexf-version.
    Gexf,
    /// Cytoscape.js elements JSON.
    Cyjs,
    /// Folder with actors.csv, relations.csv and import.sh for neo4j-admin.
    Neo4j,
    /// Cypher MERGE script.
    Cypher,
    /// Folder with nodes.csv and edges.csv for spreadsheets.
    Csv,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum GexfVersionArg {
    #[value(name = "1.2draft")]
    V12,
    #[value(name = "1.3")]
    V13,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum LayoutArg {
    Dot,
    Neato,
    Fdp,
    Sfdp,
    Circo,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum PictureArg {
    Svg,
    Png,
    Pdf,
    Html,
}

#[derive(clap::Args)]
struct RenderArgs {
    /// Graph JSON written by `actorgraph extract` (`-`: stdin).
    graph: PathBuf,
    /// Output picture: .svg, .png, .pdf (Graphviz) or .html (interactive explorer); `-` for
    /// stdout (with --format).
    #[arg(short = 'o', long)]
    output: PathBuf,
    /// Picture format (default: from the extension of -o).
    #[arg(long, value_enum)]
    format: Option<PictureArg>,
    /// Title above the picture (default: the documents).
    #[arg(long)]
    title: Option<String>,
    /// Also draw actors that have no relation at all (left out by default).
    #[arg(long)]
    keep_isolated: bool,
    /// Layout engine (default: dot, or sfdp above 150 actors).
    #[arg(long, value_enum)]
    layout: Option<LayoutArg>,
    /// Only draw this relation (may be repeated).
    #[arg(long = "relation", value_parser = parse_relation)]
    relations: Vec<Relation>,
    /// Only draw edges with at least this weight (supporting sentences).
    #[arg(long, default_value_t = 0)]
    min_weight: u64,
}

#[derive(clap::Args)]
struct ExportArgs {
    /// Graph JSON written by `actorgraph extract` (`-`: stdin).
    graph: PathBuf,
    /// Output format (default: from the extension of -o).
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// GEXF version.
    #[arg(long, value_enum, default_value = "1.2draft")]
    gexf_version: GexfVersionArg,
    /// Output file (a folder for neo4j and csv); `-` for stdout (with --format).
    #[arg(short = 'o', long)]
    output: PathBuf,
}

fn parse_relation(s: &str) -> Result<Relation, String> {
    Relation::parse(&s.to_ascii_lowercase())
        .ok_or_else(|| format!("unknown relation {s:?} (mediator, adversary, proxy, ally)"))
}

#[derive(clap::Args)]
struct ExtractArgs {
    /// Input files or folders (.txt, .md, .html, .htm; folders recursively), `-` for stdin.
    #[arg(required_unless_present = "jsonl")]
    inputs: Vec<PathBuf>,
    #[command(flatten)]
    corpus: CorpusArgs,
    /// Output format (default json; with -o, taken from the file extension).
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// GEXF version (with --format gexf).
    #[arg(long, value_enum, default_value = "1.2draft")]
    gexf_version: GexfVersionArg,
    /// Write to this file instead of stdout (a folder for neo4j and csv; `-`: stdout).
    #[arg(short = 'o', long)]
    output: Option<PathBuf>,
    /// Write graph.json, graph.dot and (when Graphviz is installed) graph.svg into this folder.
    #[arg(long)]
    out_dir: Option<PathBuf>,
    /// Extra actor dictionary (TOML, the format of data/actors/*.toml); may be repeated.
    #[arg(long = "actors")]
    actors: Vec<PathBuf>,
    /// Extra predicate lexicon (TOML, the format of data/lexicon.toml: more trigger entries,
    /// more words in its word classes); may be repeated.
    #[arg(long = "lexicon")]
    lexicons: Vec<PathBuf>,
}

/// A failure with its exit code (see [`EXIT_CODES`]): 2 for bad input or usage, 1 for an
/// output that could not be written and other errors, 3 for missing Graphviz.
struct Failure(u8, anyhow::Error);

/// The exit code when standard output was closed early: 128 + SIGPIPE, what a shell reports
/// for a program the signal ended.
const EXIT_BROKEN_PIPE: u8 = 141;

fn main() -> ExitCode {
    // No transparent huge pages: mimalloc asks for them, and zeroing them on first touch stalled
    // runs here by up to two seconds of kernel time (a loaded million-edge graph, an archive);
    // with ordinary pages the times are steady.
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE only sets a flag of this process; no memory is touched.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
    let cli = Cli::parse();
    #[cfg(unix)]
    clean_up_on_signals();
    let quiet = cli.quiet;
    let result = match cli.command {
        Command::Extract(args) => extract(args, quiet),
        Command::Explain {
            sentence,
            actors,
            lexicons,
            json,
        } => explain(&sentence, &actors, &lexicons, json, quiet),
        Command::Query(args) => query(args),
        Command::Merge(args) => corpus_cli::merge(args),
        Command::Dedup(args) => corpus_cli::dedup(args),
        Command::Render(args) => render_cmd(args, quiet),
        Command::Export(args) => export_cmd(args),
        Command::Completions { shell } => completions(shell),
        Command::Man { output, dir } => match dir {
            Some(dir) => man_pages(&dir),
            None => man_page(output.as_deref()),
        },
    };
    let code = match result {
        Ok(()) => 0,
        // A reader that went away (`actorgraph … | head`): no message, and not success.
        Err(Failure(_, e)) if is_broken_pipe(&e) => EXIT_BROKEN_PIPE,
        Err(Failure(code, e)) => {
            eprintln!("actorgraph: error: {}", message(&e));
            code
        }
    };
    exit(code)
}

/// Ctrl-C, SIGTERM and SIGHUP during a write would leave the output's hidden temporary file
/// (`.actorgraph-*.tmp`, up to hundreds of megabytes) beside it. A thread of its own takes
/// these signals (signal-hook; nothing runs in the signal handler itself), removes the
/// temporary files of the writes under way, and ends the process by the same signal, so the
/// caller sees what it would have seen without the handling.
#[cfg(unix)]
fn clean_up_on_signals() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            actorgraph::export::cleanup::remove_pending();
            // The default action (termination by `signal`); should it fail, the shell's code
            // (not `exit`, whose flush could wait for a standard output another thread holds).
            let _ = signal_hook::low_level::emulate_default_handler(signal);
            std::process::exit(128 + signal);
        }
    });
}

/// Ends the process with `code`, standard output flushed. On Unix without the allocator's
/// exit-time teardown: mimalloc gives every freed page back to the system page by page (60 ms
/// of a 2.5 s run over 100 MB of archive), and the system takes the whole address space back
/// at once anyway.
fn exit(code: u8) -> ExitCode {
    use std::io::Write as _;
    // A closed pipe is no error here (as for the output itself).
    let _ = std::io::stdout().flush();
    // A profile-instrumented build (scripts/pgo-build.sh) writes its profile at exit, from the
    // handler `_exit` skips: it writes it here.
    #[cfg(actorgraph_pgo_generate)]
    {
        extern "C" {
            fn __llvm_profile_write_file() -> std::ffi::c_int;
        }
        // SAFETY: the profiler runtime linked into an instrumented build defines it; it only
        // writes the counters to the profile file.
        unsafe {
            __llvm_profile_write_file();
        }
    }
    #[cfg(unix)]
    // SAFETY: `_exit` ends the process; nothing runs after it, and the only buffered output
    // (standard output; standard error is unbuffered) was flushed above.
    unsafe {
        libc::_exit(i32::from(code))
    }
    #[cfg(not(unix))]
    ExitCode::from(code)
}

/// The error and its causes, joined by ": ", leaving out a cause the text already ends with
/// (the library's errors name their source in their own message).
fn message(e: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in e.chain() {
        let part = cause.to_string();
        if !text.ends_with(&part) {
            if !text.is_empty() {
                text.push_str(": ");
            }
            text.push_str(&part);
        }
    }
    text
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn input_error(e: actorgraph::Error) -> Failure {
    let code = match e {
        actorgraph::Error::GraphvizMissing { .. } => 3,
        actorgraph::Error::MissingInput { .. }
        | actorgraph::Error::NotRegularFile { .. }
        | actorgraph::Error::Data { .. }
        | actorgraph::Error::Io { .. }
        | actorgraph::Error::Corpus { .. }
        | actorgraph::Error::Graph { .. }
        | actorgraph::Error::Output { .. } => 2,
        _ => 1,
    };
    Failure(code, anyhow::Error::new(e))
}

fn fail(e: anyhow::Error) -> Failure {
    Failure(1, e)
}

/// A bad argument (an output format that cannot be told from the name): exit code 2.
fn usage(e: anyhow::Error) -> Failure {
    Failure(2, e)
}

/// An error of the library while writing an output: exit code 1 (the output could not be
/// written, Graphviz failed), except for an output it cannot tell the format of (2, usage)
/// and missing Graphviz (3).
fn output_error(e: actorgraph::Error) -> Failure {
    let code = match e {
        actorgraph::Error::GraphvizMissing { .. } => 3,
        actorgraph::Error::Output { .. } => 2,
        _ => 1,
    };
    Failure(code, anyhow::Error::new(e))
}

fn format_of(path: &Path) -> anyhow::Result<Format> {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(|e| e.to_ascii_lowercase())
        .as_deref()
    {
        Some("json") => Ok(Format::Json),
        Some("dot") | Some("gv") => Ok(Format::Dot),
        Some("graphml") => Ok(Format::Graphml),
        Some("gexf") => Ok(Format::Gexf),
        Some("cyjs") => Ok(Format::Cyjs),
        Some("cypher") | Some("cql") => Ok(Format::Cypher),
        _ => bail!(
            "{}: cannot tell the format from the extension (use .json, .dot, .graphml, .gexf, .cyjs or .cypher, or --format)",
            path.display()
        ),
    }
}

fn library_format(format: Format, gexf: GexfVersionArg) -> export::Format {
    match format {
        Format::Json => export::Format::Json,
        Format::Dot => export::Format::Dot,
        Format::Graphml => export::Format::Graphml,
        Format::Gexf => export::Format::Gexf(match gexf {
            GexfVersionArg::V12 => GexfVersion::V12Draft,
            GexfVersionArg::V13 => GexfVersion::V13,
        }),
        Format::Cyjs => export::Format::Cyjs,
        Format::Neo4j => export::Format::Neo4j,
        Format::Cypher => export::Format::Cypher,
        Format::Csv => export::Format::Csv,
    }
}

/// `-` as a file name: standard input or output.
fn is_stdio(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// An output path, `None` for `-` (standard output).
fn output_path(path: Option<&Path>) -> Option<&Path> {
    path.filter(|p| !is_stdio(p))
}

/// Reads a graph JSON file (`-`: standard input; a pipe is read, a device refused).
fn read_graph(path: &Path) -> Result<ActorGraph, Failure> {
    let (name, bytes) = input::read_graph_input(path).map_err(input_error)?;
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        input_error(actorgraph::Error::Graph {
            file: name.clone(),
            message: format!("not UTF-8 text: {e}"),
        })
    })?;
    json::from_json(&name, text).map_err(input_error)
}

fn export_cmd(args: ExportArgs) -> Result<(), Failure> {
    let graph = read_graph(&args.graph)?;
    let output = output_path(Some(&args.output));
    let format = match (args.format, output) {
        (Some(f), _) => f,
        (None, Some(path)) => format_of(path).map_err(usage)?,
        (None, None) => {
            return Err(usage(anyhow::anyhow!(
                "-o -: give the format of standard output with --format"
            )))
        }
    };
    write_output(&graph, format, args.gexf_version, output)
}

fn completions(shell: clap_complete::Shell) -> Result<(), Failure> {
    use clap::CommandFactory;
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "actorgraph", &mut out);
    write_stdout(&out)
}

/// The command as its manual pages show it: without clap's `help` subcommand, which has no
/// page of its own (`--help` is listed under each command's options).
fn man_command() -> clap::Command {
    use clap::CommandFactory;
    Cli::command().disable_help_subcommand(true)
}

fn man_page(output: Option<&Path>) -> Result<(), Failure> {
    let mut out = Vec::new();
    clap_mangen::Man::new(man_command())
        .render(&mut out)
        .context("rendering the manual page")
        .map_err(fail)?;
    match output_path(output) {
        Some(path) => write_atomic(path, &out).map_err(|e| fail(e.into())),
        None => write_stdout(&out),
    }
}

/// The manual pages of the command and of every subcommand (as `man` shows them under
/// actorgraph(1)'s "Commands": actorgraph-query(1), actorgraph-dedup-decide(1), …), each
/// written atomically into `dir`; the names written are printed.
fn man_pages(dir: &Path) -> Result<(), Failure> {
    fn pages(cmd: clap::Command, out: &mut Vec<(String, Vec<u8>)>) -> std::io::Result<()> {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            pages(sub.clone(), out)?;
        }
        let man =
            clap_mangen::Man::new(cmd).source(concat!("actorgraph ", env!("CARGO_PKG_VERSION")));
        let mut roff = Vec::new();
        man.render(&mut roff)?;
        out.push((man.get_filename(), roff));
        Ok(())
    }
    if !dir.is_dir() {
        return Err(usage(anyhow::anyhow!(
            "{}: not a folder (create it first)",
            dir.display()
        )));
    }
    let mut cmd = man_command();
    cmd.build();
    let mut out = Vec::new();
    pages(cmd, &mut out)
        .context("rendering the manual pages")
        .map_err(fail)?;
    out.sort_by(|a, b| (a.0 != "actorgraph.1", &a.0).cmp(&(b.0 != "actorgraph.1", &b.0)));
    let mut names = String::new();
    for (name, roff) in &out {
        write_atomic(&dir.join(name), roff).map_err(|e| fail(e.into()))?;
        names.push_str(name);
        names.push('\n');
    }
    write_stdout(names.as_bytes())
}

/// Writes bytes to standard output (a closed pipe is reported, not a panic).
fn write_stdout(bytes: &[u8]) -> Result<(), Failure> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)
        .and_then(|_| out.flush())
        .context("writing to stdout")
        .map_err(fail)
}

/// Actors above which `render` warns before drawing: Graphviz's layouts grow faster than the
/// graph, and a million actors ran for minutes without a word.
const RENDER_WARN_ACTORS: usize = 2_000;

fn render_cmd(args: RenderArgs, quiet: bool) -> Result<(), Failure> {
    let graph = read_graph(&args.graph)?;
    let layout = args.layout.map(|l| match l {
        LayoutArg::Dot => Layout::Dot,
        LayoutArg::Neato => Layout::Neato,
        LayoutArg::Fdp => Layout::Fdp,
        LayoutArg::Sfdp => Layout::Sfdp,
        LayoutArg::Circo => Layout::Circo,
    });
    let options = RenderOptions {
        layout,
        filter: Filter {
            relations: args.relations,
            min_weight: args.min_weight,
            keep_isolated: args.keep_isolated,
        },
        title: args.title,
    };
    let picture = match (args.format, is_stdio(&args.output)) {
        (Some(f), _) => match f {
            PictureArg::Svg => draw::Picture::Svg,
            PictureArg::Png => draw::Picture::Png,
            PictureArg::Pdf => draw::Picture::Pdf,
            PictureArg::Html => draw::Picture::Html,
        },
        (None, true) => {
            return Err(usage(anyhow::anyhow!(
                "-o -: give the picture format of standard output with --format"
            )))
        }
        (None, false) => draw::Picture::from_path(&args.output).map_err(output_error)?,
    };
    let drawn = options.filter.apply(&graph).node_count();
    if !quiet && picture != draw::Picture::Html && drawn > RENDER_WARN_ACTORS {
        eprintln!(
            "actorgraph: warning: drawing {drawn} actors with Graphviz can take minutes or more; \
             --relation, --min-weight or `query GRAPH subgraph ACTOR` draw fewer"
        );
    }
    draw_to(&graph, picture, &args.output, &options)
}

/// Draws a picture into a file (atomically), or to standard output for `-`.
fn draw_to(
    graph: &ActorGraph,
    picture: draw::Picture,
    output: &Path,
    options: &RenderOptions,
) -> Result<(), Failure> {
    if is_stdio(output) {
        let bytes = draw::picture_bytes(graph, picture, options).map_err(output_error)?;
        return write_stdout(&bytes);
    }
    if draw::Picture::from_path(output).ok() != Some(picture) {
        return Err(usage(anyhow::anyhow!(
            "{}: the extension does not match the picture format",
            output.display()
        )));
    }
    draw::render(graph, output, options).map_err(output_error)?;
    Ok(())
}

fn extract(args: ExtractArgs, quiet: bool) -> Result<(), Failure> {
    // Never dropped, like the graph below: freeing the compiled patterns' syntax trees and
    // caches took 30 ms after the output was written.
    let extractor = std::mem::ManuallyDrop::new(extractor(&args.actors, &args.lexicons)?);
    let (docs, warnings) = input::read_inputs_with(&args.inputs, args.corpus.max_document_size)
        .map_err(input_error)?;
    if !quiet {
        for w in extractor.warnings().iter().chain(&warnings) {
            eprintln!("actorgraph: warning: {w}");
        }
    }
    // Never dropped: freeing an archive's graph string by string takes longer than writing it,
    // and the process exits right after.
    let graph =
        std::mem::ManuallyDrop::new(corpus_cli::run(&extractor, docs, &args.corpus, quiet)?);
    if let Some(dir) = &args.out_dir {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("{}: cannot create folder", dir.display()))
            .map_err(fail)?;
        write_atomic(&dir.join("graph.json"), json::to_json(&graph).as_bytes())
            .map_err(|e| fail(e.into()))?;
        let dot_text = dot::to_dot(&graph);
        write_atomic(&dir.join("graph.dot"), dot_text.as_bytes()).map_err(|e| fail(e.into()))?;
        match draw::svg(&graph) {
            Ok(bytes) => {
                write_atomic(&dir.join("graph.svg"), &bytes).map_err(|e| fail(e.into()))?
            }
            Err(msg) => {
                if !quiet {
                    eprintln!("actorgraph: warning: graph.svg not written: {msg}");
                }
            }
        }
    }
    if let Some(path) = output_path(args.output.as_deref()) {
        let format = match args.format {
            Some(f) => f,
            None => format_of(path).map_err(usage)?,
        };
        write_output(&graph, format, args.gexf_version, Some(path))?;
    } else if args.out_dir.is_none() || args.output.is_some() {
        write_output(
            &graph,
            args.format.unwrap_or(Format::Json),
            args.gexf_version,
            None,
        )?;
    }
    Ok(())
}

/// The extractor with the user's own actor dictionaries and lexicons added to the embedded ones.
fn extractor(actors: &[PathBuf], lexicons: &[PathBuf]) -> Result<Extractor, Failure> {
    let files: Vec<&Path> = actors.iter().map(PathBuf::as_path).collect();
    let mut extractor = Extractor::with_actor_files(&files).map_err(input_error)?;
    for file in lexicons {
        extractor.add_lexicon(file).map_err(input_error)?;
    }
    Ok(extractor)
}

fn explain(
    sentence: &str,
    actors: &[PathBuf],
    lexicons: &[PathBuf],
    json: bool,
    quiet: bool,
) -> Result<(), Failure> {
    let extractor = extractor(actors, lexicons)?;
    let explanations = match explained_path(sentence)? {
        Some(path) => {
            let (docs, warnings) = input::read_inputs(&[path]).map_err(input_error)?;
            if !quiet {
                for w in &warnings {
                    eprintln!("actorgraph: warning: {w}");
                }
            }
            docs.iter()
                .flat_map(|doc| extractor.explanations(doc))
                .collect()
        }
        None => extractor.explanations_of_text(sentence),
    };
    let text = if json {
        let mut t = serde_json::to_string_pretty(&explanations).expect("explanations serialise");
        t.push('\n');
        t
    } else if explanations.len() == 1 && explanations[0].sentence.is_none() {
        explanations[0].to_string()
    } else {
        explanations
            .iter()
            .map(|e| format!("== sentence {}: {}\n{e}\n", e.sentence.unwrap_or(0), e.text))
            .collect()
    };
    write_stdout(text.as_bytes())
}

/// The document `explain` reads, or `None` when its argument is a sentence. Anything the
/// argument names on disk is read as a document (a device, FIFO, dangling link or folder is
/// an error naming it, not a sentence explained in its place); so is `-` (stdin). A single
/// word that looks like a path (with a `/` or a document extension) but names nothing is an
/// error too: a mistyped file name, not a sentence.
fn explained_path(argument: &str) -> Result<Option<PathBuf>, Failure> {
    let path = Path::new(argument);
    if is_stdio(path) {
        return Ok(Some(path.to_path_buf()));
    }
    if let Ok(meta) = std::fs::symlink_metadata(path) {
        if meta.is_dir() {
            return Err(usage(anyhow::anyhow!(
                "{argument}: a folder; explain reads one document (a file, or - for stdin)"
            )));
        }
        return Ok(Some(path.to_path_buf()));
    }
    let looks_like_a_path = !argument.contains(char::is_whitespace)
        && (argument.contains('/') || input::has_text_extension(path));
    if looks_like_a_path {
        return Err(input_error(actorgraph::Error::MissingInput {
            path: path.to_path_buf(),
        }));
    }
    Ok(None)
}

/// Writes a graph in a format to a file or folder, or to stdout; JSON is streamed.
fn write_output(
    graph: &ActorGraph,
    format: Format,
    gexf: GexfVersionArg,
    path: Option<&Path>,
) -> Result<(), Failure> {
    if format == Format::Json {
        return corpus_cli::output_json(graph, path);
    }
    let format = library_format(format, gexf);
    match path {
        Some(path) => export::write(graph, format, path)
            .map(|_| ())
            .map_err(output_error),
        None => {
            use std::io::Write;
            if format.is_folder() {
                return Err(Failure(
                    2,
                    anyhow::anyhow!("this format writes a folder of files: give it with -o DIR"),
                ));
            }
            let text = format.files(graph).swap_remove(0).1;
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes())
                .and_then(|_| out.flush())
                .context("writing to stdout")
                .map_err(fail)
        }
    }
}

#[derive(clap::Args)]
struct QueryArgs {
    /// Graph JSON written by `actorgraph extract` (`-`: stdin).
    graph: PathBuf,
    #[command(subcommand)]
    question: Question,
    /// Print the answer as JSON (documented in the README) instead of a table.
    #[arg(long, global = true)]
    json: bool,
    /// Keep only these relations (mediator, adversary, proxy, ally); repeat or comma-separate.
    #[arg(long = "relation", global = true, value_delimiter = ',', value_parser = parse_relation)]
    relations: Vec<actorgraph::Relation>,
    /// Keep only edges with at least this many supporting sentences.
    #[arg(long, global = true, default_value_t = 0)]
    min_weight: u64,
    /// Keep only actors of these kinds (state, armed_group, …); named actors are always kept.
    #[arg(long = "kind", global = true, value_delimiter = ',')]
    kinds: Vec<String>,
}

#[derive(Clone, Copy, ValueEnum)]
enum DirectionArg {
    In,
    Out,
    Both,
}

#[derive(Subcommand)]
enum Question {
    /// The actors around one actor, by relation, with weights.
    #[command(after_help = examples!(
        "actorgraph query graph.json neighbors Iran --relation proxy",
        "actorgraph query graph.json neighbors Hezbollah --direction out --depth 2 --json",
    ))]
    Neighbors {
        /// Actor id, name or alias.
        actor: String,
        /// out: edges the actor is the source of; in: edges pointing at it (symmetric: both).
        #[arg(long, value_enum, default_value = "both")]
        direction: DirectionArg,
        /// Hops to go out.
        #[arg(long, default_value_t = 1)]
        depth: usize,
    },
    /// The shortest chain between two actors, or all simple chains with --all.
    #[command(after_help = examples!(
        "actorgraph query graph.json path Oman Israel",
        "actorgraph query graph.json path Qatar Hamas --all --max-hops 3 --json",
    ))]
    Path {
        /// Start actor.
        from: String,
        /// End actor.
        to: String,
        /// Longest chain (default: none for the shortest path, 4 with --all).
        #[arg(long)]
        max_hops: Option<usize>,
        /// Every simple chain up to --max-hops, shortest first.
        #[arg(long)]
        all: bool,
        /// Follow proxy and mediator edges only in their direction (proxy → patron, mediator → party).
        #[arg(long)]
        directed: bool,
        /// With --all: at most this many chains.
        #[arg(long, default_value_t = 100)]
        limit: usize,
    },
    /// Actors ranked by betweenness centrality, and the mediators with the pairs they sit between.
    #[command(after_help = examples!(
        "actorgraph query graph.json brokers --top 5",
        "actorgraph query archive.json brokers --sample 500 --relation mediator,ally",
    ))]
    Brokers {
        /// How many actors to list (0: all).
        #[arg(long, default_value_t = 10)]
        top: usize,
        /// Betweenness on the directed graph (symmetric relations both ways).
        #[arg(long)]
        directed: bool,
        /// Count the shortest paths of N seeded sample actors only (an estimate; 0: every
        /// actor, exact). Default: exact when it takes under about 5e8 steps (some 7,000
        /// actors with four relations each), else as many sampled actors as fit.
        #[arg(long, value_name = "N")]
        sample: Option<usize>,
    },
    /// Every relation between two actors with all supporting sentences.
    #[command(after_help = examples!(
        "actorgraph query graph.json evidence Iran Houthis",
        "actorgraph query graph.json evidence Oman Iran --json | jq -r '.relations[].evidence[].text'",
    ))]
    Evidence {
        /// One actor.
        a: String,
        /// The other.
        b: String,
    },
    /// The ego network of an actor, written as a graph.
    #[command(after_help = examples!(
        "actorgraph query graph.json subgraph Iran --depth 2 -o iran.svg",
        "actorgraph query archive.json subgraph Hezbollah -o hezbollah.html",
        "actorgraph query graph.json subgraph Iran --format graphml > iran.graphml",
    ))]
    Subgraph {
        /// Actor id, name or alias.
        actor: String,
        /// Hops to include.
        #[arg(long, default_value_t = 1)]
        depth: usize,
        /// Output format (default json; with -o, taken from the file extension).
        #[arg(long, value_enum)]
        format: Option<Format>,
        /// Write to this file instead of stdout: a graph format, or a picture (.svg, .png,
        /// .pdf, .html) drawn as `render` draws it.
        #[arg(short = 'o', long)]
        output: Option<PathBuf>,
    },
    /// Blocs of allies (and proxies with their patrons) and the adversary edges between them.
    #[command(after_help = examples!(
        "actorgraph query graph.json camps",
        "actorgraph query archive.json camps --min-weight 2 --json",
    ))]
    Camps,
    /// Actor and edge counts by kind and relation, documents, most connected actors.
    #[command(after_help = examples!(
        "actorgraph query graph.json stats --top 20",
        "actorgraph extract article.txt | actorgraph query - stats",
    ))]
    Stats {
        /// How many of the most connected actors to list.
        #[arg(long, default_value_t = 10)]
        top: usize,
    },
}

fn query(args: QueryArgs) -> Result<(), Failure> {
    use actorgraph::query::{self, Direction, QueryGraph};
    // Never dropped: on a million-edge graph, freeing every string one by one takes longer than
    // the question; the process exits right after answering.
    // Questions that show no sentence skip the evidence, most of a large graph's file.
    let load = match args.question {
        Question::Neighbors { .. } | Question::Camps => query::load_structure,
        _ => query::load,
    };
    let graph = std::mem::ManuallyDrop::new(
        load(&args.graph).map_err(|e| Failure(2, anyhow::Error::new(e)))?,
    );
    let q = QueryGraph::new(&graph);
    // A mistyped kind is an error naming the valid ones, not an empty answer: the dictionary's
    // kinds and any other kind the graph's actors carry.
    if let Some(bad) = args.kinds.iter().find(|k| {
        actorgraph::ActorKind::parse(k).is_none() && !graph.nodes().iter().any(|n| &n.kind == *k)
    }) {
        let mut known: Vec<&str> = graph.nodes().iter().map(|n| n.kind.as_str()).collect();
        known.extend(actorgraph::ActorKind::ALL.iter().map(|k| k.as_str()));
        known.sort_unstable();
        known.dedup();
        return Err(usage(anyhow::anyhow!(
            "unknown actor kind {bad:?}; the kinds are: {}",
            known.join(", ")
        )));
    }
    let filter = query::Filter {
        relations: args.relations,
        min_weight: args.min_weight,
        kinds: args.kinds,
    };
    let actor = |name: &str| {
        q.resolve(name)
            .map_err(|e| Failure(2, anyhow::Error::new(e)))
    };
    let width = terminal_width();
    let show = |question: &str, json: bool, answer: &dyn Shown| -> String {
        if json {
            answer.json(question)
        } else {
            answer.table(width)
        }
    };
    let text = match args.question {
        Question::Neighbors {
            actor: name,
            direction,
            depth,
        } => {
            let direction = match direction {
                DirectionArg::In => Direction::In,
                DirectionArg::Out => Direction::Out,
                DirectionArg::Both => Direction::Both,
            };
            show(
                "neighbors",
                args.json,
                &q.neighbors(actor(&name)?, direction, depth, &filter),
            )
        }
        Question::Path {
            from,
            to,
            max_hops,
            all,
            directed,
            limit,
        } => {
            let (a, b) = (actor(&from)?, actor(&to)?);
            let max_hops = if all {
                Some(max_hops.unwrap_or(4))
            } else {
                max_hops
            };
            show(
                "path",
                args.json,
                &q.path(a, b, directed, max_hops, all, limit, &filter),
            )
        }
        Question::Brokers {
            top,
            directed,
            sample,
        } => show(
            "brokers",
            args.json,
            &q.brokers(top, directed, sample, &filter),
        ),
        Question::Evidence { a, b } => {
            let (a, b) = (actor(&a)?, actor(&b)?);
            show("evidence", args.json, &q.evidence(a, b, &filter))
        }
        Question::Camps => show("camps", args.json, &q.camps(&filter)),
        Question::Stats { top } => show("stats", args.json, &q.stats(top, &filter)),
        Question::Subgraph {
            actor: name,
            depth,
            format,
            output,
        } => {
            let sub = q.subgraph(actor(&name)?, depth, &filter);
            let output = output_path(output.as_deref());
            if let (None, Some(path)) = (format, output) {
                if let Ok(picture) = draw::Picture::from_path(path) {
                    let options = RenderOptions {
                        title: Some(format!("{} and its neighbours", name)),
                        ..RenderOptions::default()
                    };
                    return draw_to(&sub, picture, path, &options);
                }
            }
            let format = match (format, output) {
                (Some(f), _) => f,
                (None, Some(path)) => format_of(path).map_err(usage)?,
                (None, None) => Format::Json,
            };
            return write_output(&sub, format, GexfVersionArg::V12, output);
        }
    };
    write_stdout(text.as_bytes())
}

/// An answer as JSON or as a table (object-safe, for one `show` over every question).
trait Shown {
    fn json(&self, question: &str) -> String;
    fn table(&self, width: Option<usize>) -> String;
}

impl<T: serde::Serialize + actorgraph::query::Render> Shown for T {
    fn json(&self, question: &str) -> String {
        actorgraph::query::to_json(question, self)
    }
    fn table(&self, width: Option<usize>) -> String {
        self.render_width(width)
    }
}

/// The width tables are fitted to: `COLUMNS` when set, else the terminal's when standard
/// output is one; `None` (no limit) for a pipe or file, so scripts see whole cells.
fn terminal_width() -> Option<usize> {
    if let Some(c) = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()) {
        return Some(c);
    }
    #[cfg(target_os = "linux")]
    {
        use std::io::IsTerminal as _;
        if std::io::stdout().is_terminal() {
            // SAFETY: TIOCGWINSZ only fills the winsize struct passed.
            let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
            if unsafe { libc::ioctl(libc::STDOUT_FILENO, libc::TIOCGWINSZ, &mut ws) } == 0
                && ws.ws_col > 0
            {
                return Some(usize::from(ws.ws_col));
            }
        }
    }
    None
}
