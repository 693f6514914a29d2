//! Relation extraction from one sentence: tagging, pattern matching, filters, list expansion.
//!
//! This module owns the step from "a sentence with its actor mentions" to "the relations it
//! states". It builds the tagged sentence the patterns run on (see [`crate::patterns`]), runs
//! the patterns, drops matches that are negated, denied or hypothetical, expands the lists in
//! each slot to their members, checks the actor kinds a pattern asks for, and never relates an
//! actor to itself or to its own parent organisation.

use std::sync::LazyLock;

use regex::Regex;

use crate::gazetteer::{ActorIdx, ActorKind, Gazetteer, Mention};
use crate::patterns::{PatternSet, Relation, MENTION_CLOSE, MENTION_OPEN};

/// One relation found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Found {
    /// Relation type.
    pub relation: Relation,
    /// Source actor (for symmetric relations the smaller id).
    pub source: ActorIdx,
    /// Target actor.
    pub target: ActorIdx,
    /// Mediator only: every party of the mediation, sorted.
    pub parties: Vec<ActorIdx>,
    /// Index of the pattern in the [`PatternSet`].
    pub pattern: usize,
}

/// A sentence with its mentions replaced by tokens.
#[derive(Debug, Clone)]
pub struct Tagged {
    /// The tagged text.
    pub text: String,
    /// `tokens[i]` = (byte start of token in `text`, mention index).
    pub tokens: Vec<(usize, usize)>,
}

/// Appends `s` with every run of white space as one space.
fn push_collapsed(out: &mut String, s: &str) {
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
}

/// The mention tokens (`⟨12s⟩`) of a tagged text: (byte start, mention index).
fn tokens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find(MENTION_OPEN) {
        let start = from + i;
        let body = &text[start + MENTION_OPEN.len_utf8()..];
        let digits = body.bytes().take_while(u8::is_ascii_digit).count();
        let rest = &body[digits..];
        let mut chars = rest.chars();
        if let (true, Some(letter), Some(MENTION_CLOSE)) = (digits > 0, chars.next(), chars.next())
        {
            if letter.is_ascii_lowercase() {
                out.push((start, body[..digits].parse().expect("digits")));
            }
        }
        from = start + MENTION_OPEN.len_utf8();
    }
    out
}
static PAREN_DUP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(⟨([0-9]+)[a-z]⟩) \((⟨([0-9]+)[a-z]⟩)\)").expect("static regex"));
static POSS_CHILD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(⟨([0-9]+)[a-z]⟩)'s? (⟨([0-9]+)[a-z]⟩)").expect("static regex"));

/// The kind letter of a mention token: patterns may ask for a kind with `@state` etc.
fn kind_letter(kind: ActorKind) -> char {
    match kind {
        ActorKind::State => 's',
        ActorKind::Organization => 'o',
        ActorKind::StateOrgan | ActorKind::Government => 'g',
        ActorKind::ArmedGroup => 'a',
        ActorKind::PoliticalParty => 'p',
        ActorKind::Person => 'h',
        ActorKind::Media => 'm',
    }
}
static GOVERNED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:in|of|from|to|with|for|against|by|on|at|between|unlike|than|into|toward|towards|over|among)(?: the)? $")
        .expect("static regex")
});
static PREPOSITION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:in|of|from|to|with|for|against|by|on|at|between|and|unlike|than|near|into|toward|towards|over)(?: the)? $")
        .expect("static regex")
});

/// `text` with every match of `re` replaced by `with(match)` (the matches `replace_all` would
/// replace, found without capture groups, which the replacements do not need).
fn replace_found(
    re: &regex_automata::meta::Regex,
    text: String,
    with: impl Fn(&str) -> String,
) -> String {
    let mut found = re.find_iter(&text).peekable();
    if found.peek().is_none() {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for m in found {
        out.push_str(&text[last..m.start()]);
        out.push_str(&with(&text[m.range()]));
        last = m.end();
    }
    out.push_str(&text[last..]);
    out
}

/// Builds the tagged sentence: white space collapsed, mention `i` replaced by `⟨i⟩`, a mention
/// repeated in parentheses ("the IRGC (IRGC)") and a parent's possessive before its organ
/// ("Iran's IRGC") folded into one token.
pub fn tag(gaz: &Gazetteer, pats: &PatternSet, sentence: &str, mentions: &[Mention]) -> Tagged {
    let mut text = String::with_capacity(sentence.len() + 16);
    let mut last = 0;
    for (i, m) in mentions.iter().enumerate() {
        push_collapsed(&mut text, &sentence[last..m.start]);
        text.push(MENTION_OPEN);
        text.push_str(&i.to_string());
        text.push(kind_letter(gaz.actor(m.actor).kind));
        text.push(MENTION_CLOSE);
        last = m.end;
    }
    push_collapsed(&mut text, &sentence[last..]);
    let actor = |s: &str| {
        s.parse::<usize>()
            .ok()
            .and_then(|i| mentions.get(i))
            .map(|m| m.actor)
    };
    // The rewrites below need a parenthesis or an apostrophe after a token: most sentences
    // have neither, and skip them.
    let close_then = |text: &str, s: &str| {
        text.match_indices(MENTION_CLOSE)
            .any(|(i, c)| text[i + c.len()..].starts_with(s))
    };
    let text = if close_then(&text, " (") {
        PAREN_DUP
            .replace_all(&text, |c: &regex::Captures| {
                if actor(&c[2]) == actor(&c[4]) {
                    c[1].to_string()
                } else {
                    c[0].to_string()
                }
            })
            .into_owned()
    } else {
        text
    };
    let text = if close_then(&text, "'") {
        POSS_CHILD
            .replace_all(&text, |c: &regex::Captures| {
                match (actor(&c[2]), actor(&c[4])) {
                    (Some(a), Some(b))
                        if a != b && gaz.related(a, b) && gaz.actor(b).parent.is_some() =>
                    {
                        c[3].to_string()
                    }
                    _ => c[0].to_string(),
                }
            })
            .into_owned()
    } else {
        text
    };
    // Absorb head nouns and titles into the mention before them, then drop place qualifiers.
    let first_token = |s: &str| -> String {
        let end = s
            .find(MENTION_CLOSE)
            .map(|i| i + MENTION_CLOSE.len_utf8())
            .unwrap_or(0);
        s[..end].to_string()
    };
    let text = replace_found(pats.absorb_re.for_text(&text), text, |m| {
        let poss = if m.ends_with("'s") {
            "'s"
        } else if m.ends_with('\'') {
            "'"
        } else {
            ""
        };
        format!("{}{poss}", first_token(m))
    });
    let text = replace_found(pats.qualifier_re.for_text(&text), text, |m| first_token(m));
    let text = text.trim().to_string();
    let tokens = tokens(&text);
    Tagged { text, tokens }
}

/// The mentions of a slot: its tokens (place qualifiers were removed when tagging).
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

/// Relations stated by one sentence (folded text and its mentions).
pub fn extract(
    gaz: &Gazetteer,
    pats: &PatternSet,
    sentence: &str,
    mentions: &[Mention],
) -> Vec<Found> {
    // Two actors that are not kin at least: every relation found joins two such actors (most
    // sentences name none or one, many only a leader and their country: no allocation).
    let unrelated = mentions.iter().enumerate().any(|(i, a)| {
        mentions[i + 1..]
            .iter()
            .any(|b| !gaz.related(a.actor, b.actor))
    });
    if !unrelated {
        return Vec::new();
    }
    let tagged = tag(gaz, pats, sentence, mentions);
    let mut out = Vec::new();
    let candidates = pats.candidates(&tagged.text);
    let unguarded = !candidates.is_empty() && pats.unguarded(&tagged.text);
    for pi in candidates {
        let p = &pats.patterns[pi];
        for found in p.matches(&tagged.text, unguarded) {
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
                    Some(m) if slot == "X" && m.start == whole.start => {
                        slot_members(&tagged, m.start, m.end)
                            .into_iter()
                            .filter(|&i| {
                                let pos =
                                    tagged.tokens.iter().find(|t| t.1 == i).map_or(0, |t| t.0);
                                !GOVERNED.is_match(&tagged.text[..pos])
                            })
                            .map(|i| mentions[i].actor)
                            .collect()
                    }
                    Some(m) => slot_members(&tagged, m.start, m.end)
                        .into_iter()
                        .map(|i| mentions[i].actor)
                        .collect(),
                    None if slot == "X" && p.subject => subject(&tagged, whole.start)
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
                                pattern: pi,
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
                                    pattern: pi,
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
                                pattern: pi,
                            });
                        }
                    }
                }
            }
        }
    }
    // One statement per (relation, source, target) and sentence: the first pattern in file order.
    out.sort_by(|a, b| {
        (a.relation, a.source, a.target, a.pattern)
            .cmp(&(b.relation, b.source, b.target, b.pattern))
    });
    out.dedup_by(|a, b| a.relation == b.relation && a.source == b.source && a.target == b.target);
    out
}
