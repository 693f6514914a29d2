//! Where extraction time goes, stage by stage, on one core: reads a JSONL corpus (as written
//! by `gen_corpus`) and times JSON parsing, sentence segmentation, typography folding, the
//! dictionary search, relation extraction (tagging, prefilter, patterns, filters), the whole
//! per-document pipeline, and the duplicate fingerprint, each over every document; then the
//! relation stage's parts on the sentences that name two or more actors (tagging, the one-pass
//! prefilter, the guard-word check, the capturing pattern searches).
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
    ex.patterns().prepare();
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

    // Once untimed: the slim rules compile on first use.
    let mut ctx = relations::Context::new();
    for (s, m) in folded.iter().zip(&mentions) {
        relations::extract(ex.readers(), s, m, &mut ctx);
    }
    let t = Instant::now();
    let mut found = 0;
    let mut ctx = relations::Context::new();
    for (s, m) in folded.iter().zip(&mentions) {
        found += relations::extract(ex.readers(), s, m, &mut ctx).len();
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

    // The relation stage's parts, on the sentences it works on (two actors or more).
    let multi: Vec<usize> = (0..folded.len())
        .filter(|&i| {
            let mut a: Vec<_> = mentions[i].iter().map(|m| m.actor).collect();
            a.sort_unstable();
            a.dedup();
            a.len() >= 2
        })
        .collect();
    let pats = ex.patterns();
    let t = Instant::now();
    let tagged: Vec<_> = multi
        .iter()
        .map(|&i| relations::tag(ex.gazetteer(), pats, &folded[i], &mentions[i]))
        .collect();
    let tag = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let candidates: Vec<Vec<usize>> = tagged.iter().map(|s| pats.candidates(&s.text)).collect();
    let prefilter = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let unguarded: Vec<bool> = tagged.iter().map(|s| pats.unguarded(&s.text)).collect();
    let guard = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let mut runs = 0;
    for ((s, c), &u) in tagged.iter().zip(&candidates).zip(&unguarded) {
        for &p in c {
            runs += 1;
            std::hint::black_box(pats.patterns[p].matches(&s.text, u));
        }
    }
    let captures = t.elapsed().as_secs_f64();

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
    println!(
        "relation stage, {} sentences with two or more actors ({} without guarded words), \
         {runs} pattern searches:",
        multi.len(),
        unguarded.iter().filter(|&&u| u).count()
    );
    for (part, s) in [
        ("tagging", tag),
        ("one-pass prefilter", prefilter),
        ("guard words", guard),
        ("capturing searches", captures),
    ] {
        println!(
            "  {part:<36} {s:7.3} s  {:6.2} µs/sentence",
            s * 1e6 / multi.len().max(1) as f64
        );
    }
    Ok(())
}
