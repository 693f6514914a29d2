//! The `actorgraph` command line: argument parsing and error reporting only; the work is done
//! by the library.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context};
use clap::{Parser, Subcommand, ValueEnum};
use corpus_cli::{CorpusArgs, MergeArgs};

use actorgraph::export::{dot, json, write_atomic};
use actorgraph::{input, ActorGraph, Extractor};

mod corpus_cli;

#[derive(Parser)]
#[command(
    name = "actorgraph",
    version,
    about = "Actor-relationship graphs (mediator, adversary, proxy, ally) from news articles"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract the actor graph of articles (files, folders or `-` for stdin).
    Extract(ExtractArgs),
    /// Show how text is read: actor mentions, tagged text, relations and their patterns.
    Explain {
        /// A sentence, or the path of a document (each sentence with two or more actors is shown).
        sentence: String,
        /// Extra actor dictionary (TOML); may be repeated.
        #[arg(long = "actors")]
        actors: Vec<PathBuf>,
    },
    /// Merge graphs (JSON written by `extract`) into one: the graph of all their documents.
    Merge(MergeArgs),
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Json,
    Dot,
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
    /// Write to this file instead of stdout.
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
        Command::Explain { sentence, actors } => explain(&sentence, &actors),
        Command::Merge(args) => corpus_cli::merge(args),
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
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn input_error(e: actorgraph::Error) -> Failure {
    let code = match e {
        actorgraph::Error::MissingInput { .. }
        | actorgraph::Error::Io { .. }
        | actorgraph::Error::Corpus { .. } => 2,
        _ => 1,
    };
    Failure(code, anyhow::Error::new(e))
}

fn fail(e: anyhow::Error) -> Failure {
    Failure(1, e)
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
        _ => bail!(
            "{}: cannot tell the format from the extension (use .json or .dot, or --format)",
            path.display()
        ),
    }
}

fn render(graph: &ActorGraph, format: Format) -> String {
    match format {
        Format::Json => json::to_json(graph),
        Format::Dot => dot::to_dot(graph),
    }
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
    let graph = corpus_cli::run(&extractor, docs, &args.corpus, args.quiet)?;
    if let Some(dir) = &args.out_dir {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("{}: cannot create folder", dir.display()))
            .map_err(fail)?;
        write_atomic(&dir.join("graph.json"), json::to_json(&graph).as_bytes())
            .map_err(|e| fail(e.into()))?;
        let dot_text = dot::to_dot(&graph);
        write_atomic(&dir.join("graph.dot"), dot_text.as_bytes()).map_err(|e| fail(e.into()))?;
        match svg(&dot_text) {
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
            None => format_of(path).map_err(fail)?,
        };
        corpus_cli::output(&graph, format, Some(path))?;
    } else if args.out_dir.is_none() {
        corpus_cli::output(&graph, args.format.unwrap_or(Format::Json), None)?;
    }
    Ok(())
}

fn explain(sentence: &str, actors: &[PathBuf]) -> Result<(), Failure> {
    let files: Vec<&Path> = actors.iter().map(PathBuf::as_path).collect();
    let extractor = Extractor::with_actor_files(&files).map_err(input_error)?;
    let path = Path::new(sentence);
    if path.is_file() {
        let (docs, _) = input::read_inputs(&[path.to_path_buf()]).map_err(input_error)?;
        for doc in &docs {
            for s in extractor.sentences(doc) {
                let text = &doc.text[s.start..s.end];
                let e = extractor.explain(text);
                if e.matches("\nmention ").count() >= 1 {
                    println!("== sentence {}: {text}\n{e}", s.index);
                }
            }
        }
    } else {
        print!("{}", extractor.explain(sentence));
    }
    Ok(())
}

/// Renders DOT to SVG with Graphviz's `dot`, if it is installed.
fn svg(dot_text: &str) -> Result<Vec<u8>, String> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|_| {
            "Graphviz is not installed (apt-get install graphviz, brew install graphviz)"
                .to_string()
        })?;
    child
        .stdin
        .take()
        .expect("piped")
        .write_all(dot_text.as_bytes())
        .map_err(|e| e.to_string())?;
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!(
            "dot failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(out.stdout)
}
