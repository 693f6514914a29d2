//! Integrity of the actor dictionary under data/actors/ and of its loader.

use std::collections::HashMap;

use actorgraph::gazetteer::{alias_key, GazetteerBuilder};
use actorgraph::text::Folded;
use actorgraph::{Error, Gazetteer};

fn embedded() -> Gazetteer {
    Gazetteer::embedded().expect("embedded dictionary loads")
}

#[test]
fn ids_are_unique_slugs() {
    let g = embedded();
    let mut seen = HashMap::new();
    for a in g.actors() {
        assert!(
            a.id.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "id {:?} is not a slug",
            a.id
        );
        assert!(
            seen.insert(a.id.clone(), ()).is_none(),
            "duplicate id {}",
            a.id
        );
    }
    assert!(
        g.actors()
            .iter()
            .filter(|a| a.kind == actorgraph::ActorKind::State)
            .count()
            >= 197
    );
}

#[test]
fn no_name_belongs_to_two_actors() {
    let g = embedded();
    let mut owner: HashMap<String, &str> = HashMap::new();
    for a in g.actors() {
        for (name, _) in a.all_names() {
            if let Some(other) = owner.insert(alias_key(name), &a.id) {
                assert_eq!(other, a.id, "name {name:?} belongs to {other} and {}", a.id);
            }
        }
    }
}

#[test]
fn every_name_resolves_to_its_actor_in_running_text() {
    let g = embedded();
    let mut failures = Vec::new();
    let mut checked = 0;
    for (i, a) in g.actors().iter().enumerate() {
        // "Iran-backed militias" is composed by the clause reader from the compound
        // (tests/clause_reader.rs), not found by its name.
        if g.is_composed(i as actorgraph::gazetteer::ActorIdx) {
            continue;
        }
        for (name, _) in a.all_names() {
            let sentence = format!("Officials said {name} was involved.");
            let folded = Folded::new(&sentence);
            let start = "Officials said ".len();
            let mentions = g.find_mentions(&folded.text);
            let hit = mentions.iter().find(|m| m.start == start);
            checked += 1;
            match hit {
                Some(m) if g.actor(m.actor).id == a.id => {}
                // A derived actor ("Afghan rebels") may be what a longer phrase means.
                Some(m) if g.actor(m.actor).country.as_deref() == Some(a.id.as_str()) => {}
                other => failures.push(format!(
                    "{name:?} of {} read as {:?}",
                    a.id,
                    other.map(|m| g.actor(m.actor).id.clone())
                )),
            }
        }
    }
    assert!(checked > 5000, "only {checked} names");
    assert!(
        failures.is_empty(),
        "{} names do not resolve:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn matching_is_word_bounded_and_case_aware() {
    let g = embedded();
    let ids = |s: &str| -> Vec<String> {
        let f = Folded::new(s);
        g.find_mentions(&f.text)
            .iter()
            .map(|m| g.actor(m.actor).id.clone())
            .collect()
    };
    assert!(ids("Romania and Bulgaria").contains(&"romania".to_string()));
    assert!(
        !ids("Romania").contains(&"oman".to_string()),
        "Oman inside Romania"
    );
    assert!(ids("let us go").is_empty(), "'us' is not the US");
    assert_eq!(
        ids("the US and the U.S.-Iran talks"),
        vec!["united-states", "united-states", "iran"]
    );
    assert_eq!(ids("Iran-backed militias"), vec!["iran"]);
    assert_eq!(ids("Oman\u{2019}s envoy"), vec!["oman"]);
    assert!(
        ids("a turkey dinner").is_empty(),
        "lowercase turkey is a bird"
    );
    assert_eq!(ids("The Islamic Republic of Iran"), vec!["iran"]);
    // A capital after a place preposition is a venue.
    assert_eq!(
        ids("talks in Muscat between Tehran and Washington"),
        vec!["iran", "united-states"]
    );
}

#[test]
fn a_malformed_user_file_names_file_and_line() {
    let mut b = GazetteerBuilder::embedded().unwrap();
    let text = "[[actor]]\nid = \"x-group\"\nname = \"X Group\"\nkind = \"armed_group\"\ncolour = \"red\"\n";
    let err = b.add_toml("mine.toml", text, true).unwrap_err();
    match err {
        Error::Data {
            file,
            line,
            message,
        } => {
            assert_eq!(file, "mine.toml");
            assert_eq!(line, 5, "{message}");
        }
        e => panic!("unexpected error {e}"),
    }
    let mut b = GazetteerBuilder::embedded().unwrap();
    let bad_kind = "[[actor]]\nid = \"y\"\nname = \"Y\"\nkind = \"planet\"\n";
    assert!(matches!(
        b.add_toml("k.toml", bad_kind, true),
        Err(Error::Data { line: 4, .. })
    ));
}

#[test]
fn duplicate_names_in_one_source_are_errors_and_user_files_override() {
    let mut b = GazetteerBuilder::new();
    b.add_toml(
        "a.toml",
        "[[actor]]\nid = \"a\"\nname = \"Alpha\"\nkind = \"state\"\n\n[[actor]]\nid = \"b\"\nname = \"Beta\"\nkind = \"state\"\naliases = [\"Alpha\"]\n",
        false,
    )
    .unwrap();
    let err = b.build().unwrap_err().to_string();
    assert!(err.contains("a.toml") && err.contains("Alpha"), "{err}");

    let mut b = GazetteerBuilder::embedded().unwrap();
    b.add_toml(
        "user.toml",
        "[[actor]]\nid = \"gaza-humanitarian-foundation\"\nname = \"Gaza Humanitarian Foundation\"\nkind = \"organization\"\naliases = [\"GHF\"]\n",
        true,
    )
    .unwrap();
    let (g, _) = b.build().unwrap();
    let f = Folded::new("The GHF began distributing aid.");
    let m = g.find_mentions(&f.text);
    assert_eq!(g.actor(m[0].actor).id, "gaza-humanitarian-foundation");
}

#[test]
fn a_context_alias_counts_only_where_the_document_names_its_context() {
    let g = embedded();
    let coalition = g.index_of("global-coalition-against-daesh").unwrap();
    let isis = g.index_of("isis").unwrap();
    let found = |text: &str, named: &dyn Fn(u32) -> bool| {
        g.find_mentions_in(text, named)
            .iter()
            .map(|m| m.actor)
            .collect::<Vec<_>>()
    };
    let text = "The international coalition carried out four strikes near Raqqa.";
    assert!(!found(text, &|_| false).contains(&coalition));
    // Named earlier in the document...
    assert!(found(text, &|a| a == isis).contains(&coalition));
    // ...or in the same sentence.
    let same = "The international coalition struck Islamic State positions near Raqqa.";
    assert_eq!(found(same, &|_| false), vec![coalition, isis]);
    // Another actor named earlier licenses nothing.
    let russia = g.index_of("russia").unwrap();
    assert!(!found(text, &|a| a == russia).contains(&coalition));
}

#[test]
fn a_context_actor_must_exist_and_come_with_its_aliases() {
    let mut b = GazetteerBuilder::embedded().unwrap();
    let text = "[[actor]]\nid = \"x-force\"\nname = \"X Force\"\nkind = \"organization\"\ncontext_aliases = [\"the force\"]\ncontext = [\"no-such-actor\"]\n";
    b.add_toml("mine.toml", text, true).unwrap();
    match b.build() {
        Err(Error::Data {
            file,
            line,
            message,
        }) => {
            assert_eq!((file.as_str(), line), ("mine.toml", 2), "{message}");
            assert!(message.contains("no-such-actor"), "{message}");
        }
        other => panic!("expected a data error, got {:?}", other.map(|_| ())),
    }
    let mut b = GazetteerBuilder::embedded().unwrap();
    let alone = "[[actor]]\nid = \"x-force\"\nname = \"X Force\"\nkind = \"organization\"\ncontext_aliases = [\"the force\"]\n";
    b.add_toml("mine.toml", alone, true).unwrap();
    assert!(matches!(b.build(), Err(Error::Data { .. })));
}

#[test]
fn a_state_and_an_agent_noun_compose_an_actor_no_name_search_finds() {
    let g = embedded();
    let iran = g.index_of("iran").unwrap();
    let militias = g.backed(iran, "militias").expect("composed actor");
    assert_eq!(g.actor(militias).id, "iran-backed-militias");
    assert_eq!(g.actor(militias).name, "Iran-backed militias");
    assert!(g.is_composed(militias) && !g.is_composed(iran));
    // Every form of the agent composes the same actor; other nouns compose none.
    assert_eq!(g.backed(iran, "paramilitary forces"), Some(militias));
    assert_eq!(g.backed(iran, "diplomats"), None);
    // The text search finds the state; the clause reader composes the rest.
    let f = Folded::new("Iran-backed militias attacked the base.");
    let found: Vec<&str> = g
        .find_mentions(&f.text)
        .iter()
        .map(|m| g.actor(m.actor).id.as_str())
        .collect();
    assert_eq!(found, ["iran"]);
}

/// Every later stage slices the sentence by mention spans, so the spans must come left to right
/// and never overlap, whatever the compositions around a name do.
fn assert_ordered_disjoint(g: &Gazetteer, text: &str) {
    let f = Folded::new(text);
    let found = g.find_mentions(&f.text);
    for pair in found.windows(2) {
        assert!(
            pair[0].end <= pair[1].start,
            "overlapping mentions {:?} and {:?} in {text:?}",
            &f.text[pair[0].start..pair[0].end],
            &f.text[pair[1].start..pair[1].end],
        );
    }
}

#[test]
fn a_noun_composed_with_a_demonym_is_not_taken_again_by_a_place_after_it() {
    let g = embedded();
    // "Albanian rebels" composes first; "rebels in Macedonia" must not reach back into it.
    let text = "Washington cut off all aid to Albanian rebels in Macedonia on Friday.";
    assert_ordered_disjoint(&g, text);
    let f = Folded::new(text);
    let spans: Vec<&str> = g
        .find_mentions(&f.text)
        .iter()
        .map(|m| &f.text[m.start..m.end])
        .collect();
    assert!(spans.contains(&"Macedonia"), "{spans:?}");
}

#[test]
fn mentions_stay_ordered_and_disjoint_in_dense_compositions() {
    let g = embedded();
    let demonyms = [
        "Albanian",
        "Iraqi",
        "Turkish-backed Syrian",
        "Russian",
        "Iran-backed",
    ];
    let nouns = ["rebels", "militias", "fighters", "forces", "mercenaries"];
    let places = [
        "Macedonia",
        "eastern Congo",
        "Iraq",
        "northern Syria",
        "Libya",
    ];
    for d in demonyms {
        for n in nouns {
            for p in places {
                assert_ordered_disjoint(&g, &format!("Aid to {d} {n} in {p} and {n} in {p}."));
                assert_ordered_disjoint(&g, &format!("North and South Korea and {d} {n} in {p}."));
            }
        }
    }
}
