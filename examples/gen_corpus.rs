//! Writes a deterministic news-like JSONL corpus (see `actorgraph::synth`).
//!
//! ```sh
//! cargo run --release --example gen_corpus -- --mb 100 --seed 1 > corpus.jsonl
//! ```
//! Options: `--mb N` (size, default 10), `--seed N` (default 1), `--duplicates F` (share of
//! syndicated copies, default 0.03), `--undated F` (default 0.02), `-o FILE` (default stdout).

use std::io::{BufWriter, Write};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut options = actorgraph::synth::Options::default();
    let mut output: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "--mb" => options.bytes = (value()?.parse::<f64>()? * 1e6) as u64,
            "--seed" => options.seed = value()?.parse()?,
            "--duplicates" => options.duplicates = value()?.parse()?,
            "--undated" => options.undated = value()?.parse()?,
            "-o" | "--output" => output = Some(value()?),
            _ => return Err(format!("unknown argument {a}").into()),
        }
    }
    let extractor = actorgraph::Extractor::new()?;
    let out: Box<dyn Write> = match &output {
        Some(path) => Box::new(std::fs::File::create(path)?),
        None => Box::new(std::io::stdout().lock()),
    };
    let written = actorgraph::synth::write_jsonl(
        extractor.gazetteer(),
        &options,
        BufWriter::with_capacity(1 << 20, out),
    )?;
    eprintln!(
        "gen_corpus: {} documents, {} bytes",
        written.documents, written.bytes
    );
    Ok(())
}
