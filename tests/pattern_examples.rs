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
