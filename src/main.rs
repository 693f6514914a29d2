//! The `actorgraph` command line: argument parsing and error reporting only; the work is done
//! by the library.

/// mimalloc: the pipeline allocates and frees many small strings on several threads, where
/// glibc's allocator cost ~10 % of the time and fragmented (peak memory grew with the corpus).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context};
use clap::{Parser, Subcommand, ValueEnum};
use corpus_cli::{CorpusArgs, MergeArgs};

use actorgraph::export::{dot, gexf::GexfVersion, json, write_atomic};
use actorgraph::render::{self as draw, Filter, Layout, RenderOptions};
use actorgraph::{export, input, ActorGraph, Extractor, Relation};

mod corpus_cli;

/// The exit codes, the same for every subcommand (shown by `--help`; the README has the table).
const EXIT_CODES: &str = "\
Exit codes (every subcommand):
  0    success
  1    the output could not be written (unwritable path, full disk), Graphviz failed, or an
       internal error
  2    bad input or usage: a missing, unreadable or special input file, a malformed graph or
       (with --strict) corpus line, an unknown actor, an unknown output format, bad arguments
  3    render: Graphviz is not installed (the DOT was written instead)
  141  standard output was closed before everything was written (a reader such as `head`
       went away), as for a program killed by SIGPIPE; nothing is printed";

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
}

#[derive(Subcommand)]
enum Command {
    /// Extract the actor graph of articles (files, folders or `-` for stdin).
    #[command(after_help = EXIT_CODES)]
    Extract(ExtractArgs),
    /// Show how text is read: actor mentions, tagged text, relations and their patterns.
    #[command(after_help = EXIT_CODES)]
    Explain {
        /// A sentence, or the path of a document (each sentence with two or more actors is shown).
        sentence: String,
        /// Extra actor dictionary (TOML); may be repeated.
        #[arg(long = "actors")]
        actors: Vec<PathBuf>,
    },
    /// Ask a saved graph (the JSON `extract` writes) who connects to whom.
    #[command(after_help = EXIT_CODES)]
    Query(QueryArgs),
    /// Merge graphs (JSON written by `extract`) into one: the graph of all their documents.
    #[command(after_help = EXIT_CODES)]
    Merge(MergeArgs),
    /// The duplicate check of `extract` in two steps, for a corpus extracted in parts:
    /// fingerprints per part, then one decision in corpus order.
    #[command(after_help = EXIT_CODES)]
    Dedup(corpus_cli::DedupArgs),
    /// Draw a graph (JSON written by `extract`) as SVG, PNG or PDF with Graphviz, or as an
    /// interactive HTML page.
    #[command(after_help = EXIT_CODES)]
    Render(RenderArgs),
    /// Convert a graph (JSON written by `extract`) to another format.
    #[command(after_help = EXIT_CODES)]
    Export(ExportArgs),
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

#[derive(clap::Args)]
struct RenderArgs {
    /// Graph JSON written by `actorgraph extract`.
    graph: PathBuf,
    /// Output picture: .svg, .png, .pdf (Graphviz) or .html (interactive view).
    #[arg(short = 'o', long)]
    output: PathBuf,
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
    /// Graph JSON written by `actorgraph extract`.
    graph: PathBuf,
    /// Output format (default: from the extension of -o).
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// GEXF version.
    #[arg(long, value_enum, default_value = "1.2draft")]
    gexf_version: GexfVersionArg,
    /// Output file (a folder for neo4j and csv).
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
    /// Write to this file instead of stdout (a folder for neo4j and csv).
    #[arg(short = 'o', long)]
    output: Option<PathBuf>,
    /// Write graph.json, graph.dot and (when Graphviz is installed) graph.svg into this folder.
    #[arg(long)]
    out_dir: Option<PathBuf>,
    /// Extra actor dictionary (TOML, the format of data/actors/*.toml); may be repeated.
    #[arg(long = "actors")]
    actors: Vec<PathBuf>,
    /// Do not print warnings.
    #[arg(short, long)]
    quiet: bool,
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
    let result = match cli.command {
        Command::Extract(args) => extract(args),
        Command::Explain { sentence, actors } => explain(&sentence, &actors),
        Command::Query(args) => query(args),
        Command::Merge(args) => corpus_cli::merge(args),
        Command::Dedup(args) => corpus_cli::dedup(args),
        Command::Render(args) => render_cmd(args),
        Command::Export(args) => export_cmd(args),
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

fn read_graph(path: &Path) -> Result<ActorGraph, Failure> {
    input::refuse_devices(path).map_err(input_error)?;
    let text = std::fs::read_to_string(path).map_err(|e| {
        Failure(
            2,
            anyhow::Error::new(e).context(format!("{}: cannot read the graph", path.display())),
        )
    })?;
    json::from_json(&path.display().to_string(), &text).map_err(input_error)
}

fn export_cmd(args: ExportArgs) -> Result<(), Failure> {
    let graph = read_graph(&args.graph)?;
    let format = match args.format {
        Some(f) => f,
        None => format_of(&args.output).map_err(usage)?,
    };
    export::write(
        &graph,
        library_format(format, args.gexf_version),
        &args.output,
    )
    .map_err(output_error)?;
    Ok(())
}

/// Actors above which `render` warns before drawing: Graphviz's layouts grow faster than the
/// graph, and a million actors ran for minutes without a word.
const RENDER_WARN_ACTORS: usize = 2_000;

fn render_cmd(args: RenderArgs) -> Result<(), Failure> {
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
        },
    };
    let drawn = if options.filter.relations.is_empty() && options.filter.min_weight == 0 {
        graph.node_count()
    } else {
        options.filter.apply(&graph).node_count()
    };
    if drawn > RENDER_WARN_ACTORS {
        eprintln!(
            "actorgraph: warning: drawing {drawn} actors with Graphviz can take minutes or more; \
             --relation, --min-weight or `query GRAPH subgraph ACTOR` draw fewer"
        );
    }
    draw::render(&graph, &args.output, &options).map_err(output_error)?;
    Ok(())
}

fn extract(args: ExtractArgs) -> Result<(), Failure> {
    let actor_files: Vec<&Path> = args.actors.iter().map(PathBuf::as_path).collect();
    // Never dropped, like the graph below: freeing the compiled patterns' syntax trees and
    // caches took 30 ms after the output was written.
    let extractor = std::mem::ManuallyDrop::new(
        Extractor::with_actor_files(&actor_files).map_err(input_error)?,
    );
    let (docs, warnings) = input::read_inputs_with(&args.inputs, args.corpus.max_document_size)
        .map_err(input_error)?;
    if !args.quiet {
        for w in extractor.warnings().iter().chain(&warnings) {
            eprintln!("actorgraph: warning: {w}");
        }
    }
    // Never dropped: freeing an archive's graph string by string takes longer than writing it,
    // and the process exits right after.
    let graph =
        std::mem::ManuallyDrop::new(corpus_cli::run(&extractor, docs, &args.corpus, args.quiet)?);
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
                if !args.quiet {
                    eprintln!("actorgraph: warning: graph.svg not written: {msg}");
                }
            }
        }
    }
    if let Some(path) = &args.output {
        let format = match args.format {
            Some(f) => f,
            None => format_of(path).map_err(usage)?,
        };
        write_output(&graph, format, args.gexf_version, Some(path))?;
    } else if args.out_dir.is_none() {
        write_output(
            &graph,
            args.format.unwrap_or(Format::Json),
            args.gexf_version,
            None,
        )?;
    }
    Ok(())
}

fn explain(sentence: &str, actors: &[PathBuf]) -> Result<(), Failure> {
    use std::io::Write;
    let files: Vec<&Path> = actors.iter().map(PathBuf::as_path).collect();
    let extractor = Extractor::with_actor_files(&files).map_err(input_error)?;
    let path = Path::new(sentence);
    // Not println!, which panics (exit 101) when standard output is closed.
    let mut out = std::io::stdout().lock();
    let written = if path.is_file() {
        let (docs, _) = input::read_inputs(&[path.to_path_buf()]).map_err(input_error)?;
        docs.iter()
            .try_for_each(|doc| write!(out, "{}", extractor.explain_document(doc)))
    } else {
        write!(out, "{}", extractor.explain(sentence))
    };
    written
        .and_then(|()| out.flush())
        .context("writing to stdout")
        .map_err(fail)
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
    /// Graph JSON written by `actorgraph extract`.
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
    Evidence {
        /// One actor.
        a: String,
        /// The other.
        b: String,
    },
    /// The ego network of an actor, written as a graph.
    Subgraph {
        /// Actor id, name or alias.
        actor: String,
        /// Hops to include.
        #[arg(long, default_value_t = 1)]
        depth: usize,
        /// Output format (default json; with -o, taken from the file extension).
        #[arg(long, value_enum)]
        format: Option<Format>,
        /// Write to this file instead of stdout.
        #[arg(short = 'o', long)]
        output: Option<PathBuf>,
    },
    /// Blocs of allies (and proxies with their patrons) and the adversary edges between them.
    Camps,
    /// Actor and edge counts by kind and relation, documents, most connected actors.
    Stats {
        /// How many of the most connected actors to list.
        #[arg(long, default_value_t = 10)]
        top: usize,
    },
}

fn query(args: QueryArgs) -> Result<(), Failure> {
    use actorgraph::query::{self, Direction, QueryGraph, Render};
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
    let filter = query::Filter {
        relations: args.relations,
        min_weight: args.min_weight,
        kinds: args.kinds,
    };
    let actor = |name: &str| {
        q.resolve(name)
            .map_err(|e| Failure(2, anyhow::Error::new(e)))
    };
    fn show<T: serde::Serialize + Render>(question: &str, json: bool, answer: &T) -> String {
        if json {
            query::to_json(question, answer)
        } else {
            answer.render()
        }
    }
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
            let format = match (format, &output) {
                (Some(f), _) => f,
                (None, Some(path)) => format_of(path).map_err(usage)?,
                (None, None) => Format::Json,
            };
            return write_output(&sub, format, GexfVersionArg::V12, output.as_deref());
        }
    };
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|_| out.flush())
        .context("writing to stdout")
        .map_err(fail)
}
