//! Where extraction time goes, stage by stage, on one core: reads a JSONL corpus (as written
//! by `gen_corpus`) and times JSON parsing, sentence segmentation, typography folding, the
//! dictionary search, relation extraction (tagging, prefilter, patterns, filters), the whole
//! per-document pipeline, and the duplicate fingerprint, each over every document.
//!
//! ```sh
//! cargo run --release --example gen_corpus -- --mb 10 -o /tmp/c10.jsonl
//! cargo run --release --example stage_profile -- /tmp/c10.jsonl
//! ```

use std::time::Instant;

use actorgraph::{corpus, relations, text, Document, Extractor};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: stage_profile CORPUS.jsonl")?;
    let ex = Extractor::new()?;
    // As an archive run does: the pattern prefilter is built first (and waited for here).
    ex.patterns().prepare_prefilter();
    ex.sentence_relations("Iran and Israel clashed.");
    let data = std::fs::read_to_string(&path)?;

    let t = Instant::now();
    let docs: Vec<Document> = data
        .lines()
        .filter_map(|l| corpus::parse_line(l.as_bytes()).ok())
        .map(|d| d.document)
        .collect();
    let parse = t.elapsed().as_secs_f64();
    let mb = docs.iter().map(|d| d.text.len()).sum::<usize>() as f64 / 1e6;

    let t = Instant::now();
    let sentences: Vec<&str> = docs
        .iter()
        .flat_map(|d| {
            ex.sentences(d)
                .into_iter()
                .map(|s| &d.text[s.start..s.end])
                .collect::<Vec<_>>()
        })
        .collect();
    let segment = t.elapsed().as_secs_f64();

    let t = Instant::now();
    let folded: Vec<String> = sentences.iter().map(|s| text::fold(s)).collect();
    let fold = t.elapsed().as_secs_f64();

    let t = Instant::now();
    let mentions: Vec<_> = folded
        .iter()
        .map(|s| ex.gazetteer().find_mentions(s))
        .collect();
    let search = t.elapsed().as_secs_f64();

    let t = Instant::now();
    let mut found = 0;
    for (s, m) in folded.iter().zip(&mentions) {
        found += relations::extract(ex.gazetteer(), ex.patterns(), s, m).len();
    }
    let rel = t.elapsed().as_secs_f64();

    let t = Instant::now();
    let mut whole = 0;
    for d in &docs {
        whole += ex.process(d).relations.len();
    }
    let process = t.elapsed().as_secs_f64();
    assert_eq!(whole, found);

    let t = Instant::now();
    for d in &docs {
        std::hint::black_box(corpus::fingerprint(&d.text));
    }
    let fingerprint = t.elapsed().as_secs_f64();

    println!(
        "{mb:.1} MB of text, {} documents, {} sentences, {found} relations; seconds on one core:",
        docs.len(),
        sentences.len()
    );
    for (stage, s) in [
        ("parse JSONL", parse),
        ("segment", segment),
        ("fold", fold),
        ("dictionary", search),
        ("relations", rel),
        ("process (all per-document stages)", process),
        ("fingerprint", fingerprint),
    ] {
        println!("  {stage:<36} {s:7.3} s  {:6.1} MB/s", mb / s);
    }
    Ok(())
}
