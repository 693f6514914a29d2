//! Every example sentence written next to a pattern in data/patterns.toml must be read by that
//! pattern alone: the data file's own documentation is checked.

use actorgraph::Extractor;

#[test]
fn every_pattern_example_is_found_by_its_pattern() {
    let mut one = Extractor::new().expect("embedded data loads");
    let all = one.patterns().clone();
    let mut failures = Vec::new();
    let mut checked = 0;
    for (i, p) in all.patterns.iter().enumerate() {
        assert!(
            !p.examples.is_empty(),
            "pattern {} has no example sentence",
            p.id
        );
        one.set_patterns(all.only(i));
        for sentence in &p.examples {
            checked += 1;
            let found = one.sentence_relations_with_patterns(sentence);
            if !found
                .iter()
                .any(|(rel, _, _, pid)| *rel == p.relation && *pid == p.id)
            {
                failures.push(format!("{}: {sentence:?}\n{}", p.id, one.explain(sentence)));
            }
        }
    }
    assert!(checked > 50, "only {checked} examples");
    assert!(
        failures.is_empty(),
        "{} of {checked} examples not read by their pattern:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The one-pass prefilter (built for archives) only saves time: with it, every pattern example,
/// every sentence of the sample article and of a generated news corpus (negated and hedged
/// relations included) reads exactly as when every pattern runs on every sentence.
#[test]
fn the_prefilter_changes_no_reading() {
    let filtered = Extractor::new().expect("embedded data loads");
    filtered.patterns().prepare_prefilter();
    let mut sentences: Vec<String> = filtered
        .patterns()
        .patterns
        .iter()
        .flat_map(|p| p.examples.clone())
        .collect();
    let mut texts = vec![std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/samples/oman-mediation.txt"
    ))
    .unwrap()];
    let options = actorgraph::synth::Options {
        bytes: 300_000,
        ..Default::default()
    };
    let mut jsonl = Vec::new();
    actorgraph::synth::write_jsonl(filtered.gazetteer(), &options, &mut jsonl).unwrap();
    for line in String::from_utf8(jsonl).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        texts.push(v["text"].as_str().unwrap().to_string());
    }
    for text in &texts {
        let doc = actorgraph::Document {
            id: "t".into(),
            text: text.clone(),
        };
        for s in filtered.sentences(&doc) {
            sentences.push(text[s.start..s.end].to_string());
        }
    }
    let mut related = 0;
    // A fresh extractor every 1,000 sentences stays below the point where it would build the
    // prefilter itself, so it runs every pattern.
    for chunk in sentences.chunks(1_000) {
        let plain = Extractor::new().expect("embedded data loads");
        for s in chunk {
            let expected = plain.sentence_relations_with_patterns(s);
            related += usize::from(!expected.is_empty());
            assert_eq!(
                filtered.sentence_relations_with_patterns(s),
                expected,
                "{s}"
            );
        }
    }
    assert!(
        sentences.len() > 3_000 && related > 300,
        "{} sentences, {related} with relations",
        sentences.len()
    );
}
