//! The `actorgraph` command line: argument parsing and error reporting only; the work is done
//! by the library.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context};
use clap::{Parser, Subcommand, ValueEnum};

use actorgraph::export::{dot, gexf::GexfVersion, json, write_atomic};
use actorgraph::render::{self as draw, Filter, Layout, RenderOptions};
use actorgraph::{export, input, ActorGraph, Extractor, Relation};

#[derive(Parser)]
#[command(name = "actorgraph", version, about = "Actor-relationship graphs (mediator, adversary, proxy, ally) from news articles")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract the actor graph of articles (files, folders or `-` for stdin).
    Extract(ExtractArgs),
    /// Draw a graph (JSON written by `extract`) as SVG, PNG or PDF with Graphviz, or as an
    /// interactive HTML page.
    Render(RenderArgs),
    /// Convert a graph (JSON written by `extract`) to another format.
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
    Relation::parse(s).ok_or_else(|| format!("unknown relation {s:?} (mediator, adversary, proxy, ally)"))
}

#[derive(clap::Args)]
struct ExtractArgs {
    /// Input files or folders (.txt, .md, .html, .htm; folders recursively), `-` for stdin.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
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

/// A failure with its exit code: 2 for bad input, 1 otherwise.
struct Failure(u8, anyhow::Error);

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract(args),
        Command::Render(args) => render_cmd(args),
        Command::Export(args) => export_cmd(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(code, e)) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("actorgraph: error: {e:#}");
            ExitCode::from(code)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe))
}

fn input_error(e: actorgraph::Error) -> Failure {
    let code = match e {
        actorgraph::Error::GraphvizMissing { .. } => 3,
        actorgraph::Error::Graph { .. } | actorgraph::Error::Output { .. } => 2,
        actorgraph::Error::MissingInput { .. } | actorgraph::Error::Io { .. } => 2,
        _ => 1,
    };
    Failure(code, anyhow::Error::new(e))
}

fn fail(e: anyhow::Error) -> Failure {
    Failure(1, e)
}

fn format_of(path: &Path) -> anyhow::Result<Format> {
    match path.extension().and_then(|e| e.to_str()).map(|e| e.to_ascii_lowercase()).as_deref() {
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
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure(2, anyhow::Error::new(e).context(format!("{}: cannot read the graph", path.display()))))?;
    json::from_json(&path.display().to_string(), &text).map_err(input_error)
}

fn export_cmd(args: ExportArgs) -> Result<(), Failure> {
    let graph = read_graph(&args.graph)?;
    let format = match args.format {
        Some(f) => f,
        None => format_of(&args.output).map_err(|e| Failure(2, e))?,
    };
    export::write(&graph, library_format(format, args.gexf_version), &args.output).map_err(input_error)?;
    Ok(())
}

fn render_cmd(args: RenderArgs) -> Result<(), Failure> {
    let graph = read_graph(&args.graph)?;
    let layout = args.layout.map(|l| match l {
        LayoutArg::Dot => Layout::Dot,
        LayoutArg::Neato => Layout::Neato,
        LayoutArg::Fdp => Layout::Fdp,
        LayoutArg::Sfdp => Layout::Sfdp,
        LayoutArg::Circo => Layout::Circo,
    });
    let options = RenderOptions { layout, filter: Filter { relations: args.relations, min_weight: args.min_weight } };
    draw::render(&graph, &args.output, &options).map_err(input_error)?;
    Ok(())
}

fn extract(args: ExtractArgs) -> Result<(), Failure> {
    let actor_files: Vec<&Path> = args.actors.iter().map(PathBuf::as_path).collect();
    let extractor = Extractor::with_actor_files(&actor_files).map_err(input_error)?;
    let (docs, warnings) = input::read_inputs(&args.inputs).map_err(input_error)?;
    if !args.quiet {
        for w in extractor.warnings().iter().chain(&warnings) {
            eprintln!("actorgraph: warning: {w}");
        }
    }
    let graph = extractor.graph(&docs);
    if let Some(dir) = &args.out_dir {
        std::fs::create_dir_all(dir).with_context(|| format!("{}: cannot create folder", dir.display())).map_err(fail)?;
        write_atomic(&dir.join("graph.json"), json::to_json(&graph).as_bytes()).map_err(|e| fail(e.into()))?;
        let dot_text = dot::to_dot(&graph);
        write_atomic(&dir.join("graph.dot"), dot_text.as_bytes()).map_err(|e| fail(e.into()))?;
        match draw::svg(&graph) {
            Ok(bytes) => write_atomic(&dir.join("graph.svg"), &bytes).map_err(|e| fail(e.into()))?,
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
            None => format_of(path).map_err(fail)?,
        };
        export::write(&graph, library_format(format, args.gexf_version), path).map_err(|e| fail(e.into()))?;
    } else if args.out_dir.is_none() {
        use std::io::Write;
        let format = library_format(args.format.unwrap_or(Format::Json), args.gexf_version);
        if format.is_folder() {
            return Err(Failure(2, anyhow::anyhow!("this format writes a folder of files: give it with -o DIR")));
        }
        let text = format.files(&graph).swap_remove(0).1;
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes()).and_then(|_| out.flush()).context("writing to stdout").map_err(fail)?;
    }
    Ok(())
}
