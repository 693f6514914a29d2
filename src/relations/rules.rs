//! The regex rules of `data/patterns.toml` over a tagged sentence: slots, lists, the filters
//! the rules carry (negation, hedges, breaks), kinds and roles.
//!
//! This module owns the older, wording-specific reader; the clause reader in
//! [`super::frames`] runs beside it and the two readings are merged by [`super::extract`].

use std::sync::LazyLock;

use regex::Regex;

use super::tagging::Tagged;
use super::Found;
use crate::gazetteer::{ActorIdx, Form, Gazetteer, Mention};
use crate::graph::Relation;
use crate::patterns::{PatternSet, MENTION_CLOSE};

static GOVERNED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:in|of|from|to|with|for|against|by|on|at|between|unlike|than|into|toward|towards|over|among)(?: the)? $")
        .expect("static regex")
});
static PREPOSITION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:in|of|from|to|with|for|against|by|on|at|between|and|unlike|than|near|into|toward|towards|over)(?: the)? $")
        .expect("static regex")
});

/// After a mention: the words that make it no party to what its clause says: the possessor of
/// a relational noun ("the chief of Israel's militia ally" names the ally, not Israel).
/// The nouns are the clause reader's ([`super::clauses::ALLY_NOUNS`]).
static NOT_THE_PARTY_POSS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:'s|\x{{2019}}s) (?:[a-z-]+ )?(?:{})\b",
        super::clauses::ALLY_NOUNS.join("|")
    ))
    .expect("static regex")
});

/// After a demonym: people of the state who are not its government ("Russian civilian
/// advisers", "Israeli civilians").
static NOT_THE_PARTY_PEOPLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^ (?:civilian|civilians|citizens|nationals|tourists|residents|workers|hostages|people|passengers|pilgrims|students)\b")
        .expect("static regex")
});

/// After a list's last member: a reporting verb whose subject it is ("against the United
/// States, South Korea's ministry said"): a comma list's last member before it is the speaker.
static SPEAKER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:'s?(?: [a-z-]+){1,3})? (?:said|says|told|added|reported|announced|stated|claimed)\b",
    )
    .expect("static regex")
});

/// Byte offset of mention `i`'s token in the tagged text.
fn mention_pos(tagged: &Tagged, i: usize) -> usize {
    tagged.tokens.iter().find(|t| t.1 == i).map_or(0, |t| t.0)
}

/// The tagged text after mention `i`'s token.
fn after_mention(tagged: &Tagged, i: usize) -> &str {
    let pos = mention_pos(tagged, i);
    tagged.text[pos..]
        .find(MENTION_CLOSE)
        .map_or("", |c| &tagged.text[pos + c + MENTION_CLOSE.len_utf8()..])
}

/// Whether mention `i` of `tagged` is no party to the relation its slot holds (see
/// [`NOT_THE_PARTY_POSS`] and [`NOT_THE_PARTY_PEOPLE`]).
/// ("Hezbollah, the Iranian-funded group": a patron in a compound of support is no member.)
fn not_the_party(tagged: &Tagged, mentions: &[Mention], i: usize) -> bool {
    let rest = after_mention(tagged, i);
    let compound = rest.strip_prefix('-').is_some_and(|r| {
        let w = r
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        super::clauses::SUPPORT_COMPOUNDS.contains(&w)
    });
    compound
        || NOT_THE_PARTY_POSS.is_match(rest)
        || (mentions[i].form == Form::Demonym && NOT_THE_PARTY_PEOPLE.is_match(rest))
}

/// The mentions whose tokens start in `start..end` of the tagged text.
fn slot_members(tagged: &Tagged, start: usize, end: usize) -> Vec<usize> {
    tagged
        .tokens
        .iter()
        .filter(|(pos, _)| *pos >= start && *pos < end)
        .map(|&(_, m)| m)
        .collect()
}

/// The subject of the sentence for `subject` patterns: the first mention before `before` that
/// does not follow a preposition.
fn subject(tagged: &Tagged, before: usize) -> Option<usize> {
    tagged
        .tokens
        .iter()
        .take_while(|(pos, _)| *pos < before)
        .find(|(pos, _)| !PREPOSITION_BEFORE.is_match(&tagged.text[..*pos]))
        .map(|&(_, m)| m)
}

/// Start of the clause that contains byte `at`: after the last clause punctuation, at most
/// `window` bytes back.
fn clause_start(text: &str, at: usize, window: usize) -> usize {
    let mut lo = at.saturating_sub(window);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let head = &text[lo..at];
    head.rfind([',', ';', ':', '(', ')'])
        .map(|p| lo + p + 1)
        .into_iter()
        .chain(head.rfind(" - ").map(|p| lo + p + 3))
        .max()
        .unwrap_or(lo)
}

/// Relations the regex rules find in a tagged sentence.
pub fn apply(
    gaz: &Gazetteer,
    pats: &PatternSet,
    tagged: &Tagged,
    mentions: &[Mention],
) -> Vec<Found> {
    let mut out = Vec::new();
    let (candidates, unguarded) = pats.candidates_bounded_in(&tagged.text, tagged.ascii_words);
    for (pi, latest) in candidates {
        let p = &pats.patterns[pi];
        for found in p.matches_in(&tagged.text, tagged.ascii_words, unguarded, latest) {
            let whole = found.span.clone();
            // Negation and hedges: in the clause before the match, and in the match outside
            // its slots (negation) or right after its first slot (hedges: "X would attack").
            let cs = clause_start(&tagged.text, whole.start, pats.filters.window);
            let prefix = &tagged.text[cs..whole.start];
            let mut outside = String::with_capacity(whole.len());
            let mut cursor = whole.start;
            let mut slots: Vec<std::ops::Range<usize>> =
                found.slots.iter().flatten().cloned().collect();
            slots.sort_by_key(|m| m.start);
            for s in &slots {
                outside.push_str(&tagged.text[cursor..s.start.max(cursor)]);
                outside.push(' ');
                cursor = cursor.max(s.end);
            }
            outside.push_str(&tagged.text[cursor..whole.end]);
            if pats.negation_re.is_match(prefix) || pats.negation_re.is_match(&outside) {
                continue;
            }
            if p.breaks.as_ref().is_some_and(|b| b.is_match(&outside)) {
                continue;
            }
            let after_first = slots.first().map(|s| s.end).unwrap_or(whole.start);
            // The first four space-separated pieces after the first slot.
            let modal = &tagged.text[after_first..whole.end];
            let modal = match modal.match_indices(' ').nth(3) {
                Some((cut, _)) => &modal[..cut],
                None => modal,
            };
            if pats.hedge_re.is_match(prefix) || pats.hedge_re.is_match(modal) {
                continue;
            }
            let members = |slot: &str| -> Vec<ActorIdx> {
                let mut v: Vec<ActorIdx> = match found.slot(slot) {
                    // An agent governed by a preposition is no agent ("the fight against ISIL in
                    // support of the Coalition", "In Syria, the Coalition struck ...").
                    // A list is governed by the preposition before its first member ("militias
                    // in Syria and Iraq attacked").
                    Some(m) if slot == "X" && m.start == whole.start => {
                        let pos = |i: usize| mention_pos(tagged, i);
                        let governed = |i: usize| GOVERNED.is_match(&tagged.text[..pos(i)]);
                        let mut kept = Vec::new();
                        let mut run = false; // the previous member was governed
                        let mut prev = None;
                        for i in slot_members(tagged, m.start, m.end) {
                            // A member joined by a bare "and" to a governed one shares its
                            // preposition; one after a comma starts afresh.
                            let joined =
                                prev.is_some_and(|p| !tagged.text[pos(p)..pos(i)].contains(','));
                            run = governed(i) || (run && joined);
                            if !run {
                                kept.push(mentions[i].actor);
                            }
                            prev = Some(i);
                        }
                        kept
                    }
                    Some(m) => {
                        let mut ms = slot_members(tagged, m.start, m.end);
                        // "A, B said": B is the speaker, not a member of the list.
                        if let [.., prev, last] = ms[..] {
                            let gap =
                                &tagged.text[mention_pos(tagged, prev)..mention_pos(tagged, last)];
                            if !gap.contains(" and ")
                                && !gap.contains(" or ")
                                && SPEAKER_AFTER.is_match(after_mention(tagged, last))
                            {
                                ms.pop();
                            }
                        }
                        ms.into_iter()
                            .filter(|&i| !not_the_party(tagged, mentions, i))
                            .map(|i| mentions[i].actor)
                            .collect()
                    }
                    None if slot == "X" && p.subject => subject(tagged, whole.start)
                        .map(|i| mentions[i].actor)
                        .into_iter()
                        .collect(),
                    None => Vec::new(),
                };
                if let Some(kinds) = p.kinds.get(slot) {
                    v.retain(|&a| kinds.contains(&gaz.actor(a).kind));
                }
                v.sort_unstable();
                v.dedup();
                v
            };
            let xs = members("X");
            let ys = members("Y");
            let zs = members("Z");
            let ok = |a: ActorIdx, b: ActorIdx| !gaz.related(a, b);
            match p.relation {
                Relation::Ally | Relation::Adversary => {
                    let mut pairs = Vec::new();
                    if found.slot("Y").is_some() {
                        for &x in &xs {
                            for &y in &ys {
                                pairs.push((x, y));
                            }
                        }
                    } else {
                        for (i, &x) in xs.iter().enumerate() {
                            for &y in &xs[i + 1..] {
                                pairs.push((x, y));
                            }
                        }
                    }
                    for (a, b) in pairs {
                        if ok(a, b) {
                            let (s, t) = if gaz.actor(a).id <= gaz.actor(b).id {
                                (a, b)
                            } else {
                                (b, a)
                            };
                            out.push(Found {
                                relation: p.relation,
                                source: s,
                                target: t,
                                parties: Vec::new(),
                                rule: pats.patterns[pi].id.clone(),
                                context: None,
                            });
                        }
                    }
                }
                Relation::Proxy => {
                    for &x in &xs {
                        for &y in &ys {
                            if ok(x, y) {
                                out.push(Found {
                                    relation: p.relation,
                                    source: x,
                                    target: y,
                                    parties: Vec::new(),
                                    rule: pats.patterns[pi].id.clone(),
                                    context: None,
                                });
                            }
                        }
                    }
                }
                Relation::Mediator => {
                    let mut parties: Vec<ActorIdx> = ys.iter().chain(&zs).copied().collect();
                    parties.sort_unstable();
                    parties.dedup();
                    for &x in &xs {
                        let mine: Vec<ActorIdx> =
                            parties.iter().copied().filter(|&p| ok(x, p)).collect();
                        for &party in &mine {
                            out.push(Found {
                                relation: p.relation,
                                source: x,
                                target: party,
                                parties: mine.clone(),
                                rule: pats.patterns[pi].id.clone(),
                                context: None,
                            });
                        }
                    }
                }
            }
        }
    }
    out
}
