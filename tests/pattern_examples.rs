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
    assert!(
        !all.patterns.is_empty() && checked >= all.patterns.len(),
        "only {checked} examples for {} patterns",
        all.patterns.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {checked} examples not read by their pattern:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Pattern examples, the sample article and a generated news corpus (negated and hedged
/// relations included), sentence by sentence.
fn test_sentences(ex: &Extractor) -> Vec<String> {
    let mut sentences: Vec<String> = ex
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
    actorgraph::synth::write_jsonl(ex.gazetteer(), &options, &mut jsonl).unwrap();
    for line in String::from_utf8(jsonl).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        texts.push(v["text"].as_str().unwrap().to_string());
    }
    for text in &texts {
        let doc = actorgraph::Document {
            id: "t".into(),
            text: text.clone(),
        };
        for s in ex.sentences(&doc) {
            sentences.push(text[s.start..s.end].to_string());
        }
    }
    sentences
}

/// The rules' words (a rule runs only on sentences holding them) and the slim rules (run where
/// a sentence holds none of the guarded macros' words) only save time: with them, every test
/// sentence reads exactly as when every full pattern runs on every sentence.
#[test]
fn the_rules_words_and_the_slim_rules_change_no_reading() {
    let filtered = Extractor::new().expect("embedded data loads");
    filtered.patterns().prepare();
    let sentences = test_sentences(&filtered);
    let mut related = 0;
    let plain = Extractor::new().expect("embedded data loads");
    let plain = plain.with_patterns(filtered.patterns().without_guard());
    for s in &sentences {
        let expected = plain.sentence_relations_with_patterns(s);
        related += usize::from(!expected.is_empty());
        assert_eq!(
            filtered.sentence_relations_with_patterns(s),
            expected,
            "{s}"
        );
    }
    assert!(
        sentences.len() > 3_000 && related > 300,
        "{} sentences, {related} with relations",
        sentences.len()
    );
}

/// Where a tagged sentence holds none of the guarded macros' words, every pattern's slim rule
/// finds the same matches with the same groups as its full rule; sentences with the words keep
/// the full rules.
#[test]
fn slim_rules_match_like_the_full_rules() {
    let ex = Extractor::new().expect("embedded data loads");
    let pats = ex.patterns();
    let mut sentences = test_sentences(&ex);
    // Enumerations and armed forces (the guarded macros), and near misses of their words.
    sentences.extend(
        [
            "Iran's proxies, including Hamas and Hezbollah, attacked Israel.",
            "Israel struck Iranian-backed groups such as Hezbollah and the Houthis.",
            "U.S. troops and Iraqi forces fought ISIS.",
            "Russia and Turkey likely discussed Syria.",
            "Turkish soldiers clashed with the PKK, notably in Iraq.",
            "Iran armed the Houthis, especially since 2015, and Hezbollah.",
        ]
        .map(String::from),
    );
    let (mut slim, mut full) = (0, 0);
    for s in &sentences {
        let folded = actorgraph::text::Folded::new(s);
        let mentions = ex.gazetteer().find_mentions(&folded.text);
        let tagged = actorgraph::relations::tag(ex.gazetteer(), pats, &folded.text, &mentions);
        if !pats.unguarded(&tagged.text) {
            full += 1;
            continue;
        }
        slim += 1;
        for p in &pats.patterns {
            assert_eq!(
                p.matches(&tagged.text, true),
                p.matches(&tagged.text, false),
                "pattern {} on {:?}",
                p.id,
                tagged.text
            );
        }
    }
    assert!(
        slim > 3_000 && full > 50,
        "{slim} slim, {full} full sentences"
    );
}
