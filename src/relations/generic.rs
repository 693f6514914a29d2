//! Generic actors composed inside a sentence: a state named in a compound of support before an
//! agent noun ("Iran-backed militias", "Russian-backed separatists"), or after the noun and a
//! participle of support ("militias backed by Iran"), makes one actor of the noun phrase, the state's clients of that kind ([`Gazetteer::backed`]), so that the clause
//! reader can relate them ("Iran-backed militias attacked US troops") like any named group;
//! the reader gives each composed actor its patron from the compound
//! ([`Sentence::composed`]).
//!
//! This module owns only the rewrite of the sentence's tokens; which compounds compose is the
//! lexicon's `composing` class and which nouns are agents is `data/agents.toml`.

use super::clauses::{is_break, Sentence, Token};
use super::lexicon::Lexicon;
use crate::gazetteer::{ActorIdx, ActorKind, Gazetteer};

/// Rewrites every "⟨state⟩-backed <agent noun>" and "<agent noun> backed by ⟨state⟩" of `sent`
/// into one actor token (the second keeps its "backed by ⟨state⟩"), adding the
/// composed actor as a new mention (to `actors` and the sentence alike) and recording it in
/// [`Sentence::composed`].
pub fn compose(lex: &Lexicon, gaz: &Gazetteer, sent: &mut Sentence, actors: &mut Vec<ActorIdx>) {
    let mut k = 0;
    while k + 3 < sent.toks.len() {
        let found = composed_at(lex, gaz, sent, k);
        let (Some((actor, words)), Some(state), Some(word)) =
            (found, sent.toks[k].actor(), sent.word_at(k + 2))
        else {
            k += 1;
            continue;
        };
        let word = word.to_string();
        let span = k..k + 3 + words;
        let poss = sent.toks[span.end - 1].poss;
        let noun = text_of(sent, k + 3..k + 3 + words);
        replace(gaz, sent, actors, (actor, state, word, noun), span, poss);
        k += 1;
    }
    // "pro-Russian separatists", "pro-Iranian militias": a group on a state's side, of no
    // nationality the text states; the state is its patron, as in "Russia-backed separatists".
    let mut p = 0;
    while p + 2 < sent.toks.len() {
        let twin = (sent.word_is(p, "pro") && sent.punct(p + 1) == Some('-'))
            .then(|| sent.toks[p + 2].actor())
            .flatten()
            .and_then(|m| gaz.backed_twin(*sent.ids.get(m)?));
        if let Some((actor, state)) = twin {
            // (The derived group's mention names no party any more: the rules' reading of it
            // is dropped, as for an owner's.)
            if let Some(m) = sent.toks[p + 2].actor() {
                sent.owned.push(m);
            }
            actors.push(state);
            sent.push_mention(ActorKind::State, state);
            // (Named by its demonym in the composed actor's surface: "pro-Russian".)
            if let Some(d) = sent.demonym.last_mut() {
                *d = true;
            }
            let poss = sent.toks[p + 2].poss;
            let noun = label_noun(gaz, actor).to_string();
            let composed = (actor, actors.len() - 1, "pro".to_string(), noun);
            replace(gaz, sent, actors, composed, p..p + 3, poss);
        }
        p += 1;
    }
    // "armed groups backed by Iran": the agent noun before a participle of support and "by".
    let mut v = 1;
    while v + 2 < sent.toks.len() {
        let found = composed_before(lex, gaz, sent, v);
        let (Some((actor, words)), Some(state), Some(word)) =
            (found, sent.toks[v + 2].actor(), sent.word_at(v))
        else {
            v += 1;
            continue;
        };
        let word = word.to_string();
        let noun = text_of(sent, v - words..v);
        replace(
            gaz,
            sent,
            actors,
            (actor, state, word, noun),
            v - words..v,
            false,
        );
        v = v - words + 2;
    }
}

/// Replaces the tokens of `span` by one token of the composed `actor` (a new mention), made by
/// the state's mention `state` and the word of support `word`.
fn replace(
    gaz: &Gazetteer,
    sent: &mut Sentence,
    actors: &mut Vec<ActorIdx>,
    (actor, state, word, noun): (ActorIdx, usize, String, String),
    span: std::ops::Range<usize>,
    poss: bool,
) {
    let m = actors.len();
    actors.push(actor);
    sent.push_mention(gaz.actor(actor).kind, actor);
    sent.composed.push((m, state, word, noun));
    sent.toks.splice(span.clone(), [Token::of_actor(m, poss)]);
    sent.verbs.splice(span, [false]);
}

/// The words of `span` (plain words), joined by spaces: an agent noun as the text wrote it.
fn text_of(sent: &Sentence, span: std::ops::Range<usize>) -> String {
    let words: Vec<&str> = span.filter_map(|k| sent.word_at(k)).collect();
    words.join(" ")
}

/// The agent noun of a composed actor's label ("militias" of "Iran-backed militias").
fn label_noun(gaz: &Gazetteer, actor: ActorIdx) -> &str {
    let name = gaz.actor(actor).name.as_str();
    name.split_once(' ').map_or(name, |(_, n)| n)
}

/// The words that composed a mention from the state's mention `state`, the word of support
/// and the agent noun: "Iran-aligned militias", "Turkish-backed fighters", "pro-Russian
/// separatists" (the state as the text named it, by name or demonym; the noun as written).
pub fn surface(gaz: &Gazetteer, sent: &Sentence, state: usize, word: &str, noun: &str) -> String {
    let s = gaz.actor(sent.ids[state]);
    let by_demonym = sent.demonym.get(state).copied().unwrap_or(false);
    let name = match s.demonyms.first() {
        Some(d) if by_demonym => d.as_str(),
        _ => s.name.as_str(),
    };
    if word == "pro" {
        format!("pro-{name} {noun}")
    } else {
        format!("{name}-{word} {noun}")
    }
}

/// Whether `sentence` holds a hyphen before a word of the `composing` class ("-backed"), or
/// such a word before " by " ("militias backed by"): only then may one named state compose a
/// second actor.
pub fn may_compose(lex: &Lexicon, sentence: &str) -> bool {
    let by = sentence.match_indices(" by ").any(|(at, _)| {
        let before = &sentence[..at];
        let word = before
            .rfind(|c: char| !c.is_ascii_alphabetic())
            .map_or(before, |s| &before[s + 1..]);
        !word.is_empty()
            && word.len() <= 12
            && lex.classes.composing.contains(&word.to_ascii_lowercase())
    });
    by || sentence.match_indices('-').any(|(at, _)| {
        let rest = &sentence[at + 1..];
        let end = rest
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(rest.len());
        let word = &rest[..end];
        !word.is_empty()
            && word.len() <= 12
            && lex.classes.composing.contains(&word.to_ascii_lowercase())
    })
}

/// The composed actor whose word of support is at token `v`, followed by "by" and a state
/// ("armed groups backed by Iran"), and how many words its agent noun before `v` has. The
/// noun is not itself an actor's ("Iran's militias"), nor the object of a verb or preposition
/// of a named actor's own.
fn composed_before(
    lex: &Lexicon,
    gaz: &Gazetteer,
    sent: &Sentence,
    v: usize,
) -> Option<(ActorIdx, usize)> {
    // "by" first: a string comparison, where the class is a hash look-up (this runs at every
    // token of every sentence the clause reader reads).
    if sent.word_at(v + 1) != Some("by")
        || !sent
            .word_at(v)
            .is_some_and(|w| lex.classes.composing.contains(w))
    {
        return None;
    }
    let m = sent.toks.get(v + 2)?.actor()?;
    if sent.toks[v + 2].poss || sent.kinds.get(m) != Some(&ActorKind::State) {
        return None;
    }
    // "Kataib Hezbollah, one of the militias armed by Iran,": the named group.
    if v >= 5
        && sent.word_is(v - 2, "the")
        && sent.word_is(v - 3, "of")
        && sent.word_is(v - 4, "one")
        && sent.punct(v - 5) == Some(',')
    {
        return None;
    }
    let state = *sent.ids.get(m)?;
    let free = |start: usize| {
        start == 0 || sent.toks[start - 1].actor().is_none() && !sent.toks[start - 1].poss
    };
    // Two-word forms first ("armed groups"), then one word ("militias").
    if v >= 2 {
        if let (Some(first), Some(second)) = (sent.word_at(v - 2), sent.word_at(v - 1)) {
            if let Some(a) = gaz.backed(state, &format!("{first} {second}")) {
                return free(v - 2).then_some((a, 2));
            }
        }
    }
    let noun = sent.word_at(v - 1)?;
    gaz.backed(state, noun)
        .filter(|_| free(v - 1))
        .map(|a| (a, 1))
}

/// The composed actor at token `k` (the state) and how many words its agent noun has.
fn composed_at(
    lex: &Lexicon,
    gaz: &Gazetteer,
    sent: &Sentence,
    k: usize,
) -> Option<(ActorIdx, usize)> {
    let m = sent.toks[k].actor()?;
    if sent.toks[k].poss || sent.kinds.get(m) != Some(&ActorKind::State) {
        return None;
    }
    if sent.punct(k + 1) != Some('-')
        || !sent
            .word_at(k + 2)
            .is_some_and(|w| lex.classes.composing.contains(w))
    {
        return None;
    }
    // "Harakat al-Nujaba, one of the hardline Tehran-sponsored factions,": the phrase
    // describes the actor it is apposed to, and composes none.
    if apposed_member(sent, k).is_some() || named_after(sent, k + 3).is_some() {
        return None;
    }
    let state = *sent.ids.get(m)?;
    let first = sent.word_at(k + 3)?;
    // Two-word forms first ("armed groups"), then one word ("militias").
    if let Some(second) = sent.word_at(k + 4) {
        if let Some(a) = gaz.backed(state, &format!("{first} {second}")) {
            return Some((a, 2));
        }
    }
    gaz.backed(state, first).map(|a| (a, 1))
}

/// Whether the generic noun phrase at token `k` (a compound or a derived group) stands in an
/// apposition that makes a named actor one of its members: "X, one of the (more hardline)
/// Y-backed factions", "X, among the Y-funded groups", "X, one of several Iraqi militias";
/// the token of that actor.
pub fn apposed_member(sent: &Sentence, k: usize) -> Option<usize> {
    // "X, a network of Iran-funded militias,", "X, an umbrella of Y-backed factions": a
    // collective of them is the named actor.
    let collective = (k.saturating_sub(3)..k).rfind(|&j| sent.word_is(j, "of"));
    if let Some(of) = collective.filter(|&of| {
        of >= 4
            && (of + 1..k).all(|j| sent.word_at(j).is_some())
            && sent.word_at(of - 1).is_some_and(|w| {
                matches!(
                    w,
                    "network"
                        | "coalition"
                        | "umbrella"
                        | "alliance"
                        | "array"
                        | "web"
                        | "constellation"
                        | "grouping"
                        | "patchwork"
                        | "bloc"
                        | "collection"
                )
            })
            && matches!(sent.word_at(of - 2), Some("a" | "an" | "the"))
            && sent.punct(of - 3) == Some(',')
            && sent.toks[of - 4].actor().is_some()
            && !sent.toks[of - 4].poss
    }) {
        return Some(of - 4);
    }
    // "X, one of Iraq's Iran-backed militias,", "X, the most powerful of the Y-backed
    // militias,": one picked from the composed set is the named actor.
    if let Some(of) = (k.saturating_sub(6)..k).rfind(|&j| sent.word_is(j, "of")) {
        let middle = (of + 1..k).all(|j| {
            sent.word_at(j).is_some()
                || sent.toks[j].poss
                    && sent.toks[j]
                        .actor()
                        .is_some_and(|m| sent.kinds.get(m) == Some(&ActorKind::State))
        });
        let start = match sent.word_at(of.wrapping_sub(1)) {
            Some("one") => Some(of - 1),
            Some(w) if of >= 2 && (w.ends_with("est") || sent.word_is(of - 2, "most")) => {
                (of.saturating_sub(3)..of - 1).rfind(|&j| sent.word_is(j, "the"))
            }
            _ => None,
        };
        if let Some(start) = start.filter(|&st| {
            middle
                && st >= 2
                && sent.punct(st - 1) == Some(',')
                && sent.toks[st - 2].actor().is_some()
                && !sent.toks[st - 2].poss
        }) {
            return Some(start - 2);
        }
    }
    let the = (k.saturating_sub(4)..k).rfind(|&j| {
        sent.word_at(j)
            .is_some_and(|w| matches!(w, "the" | "several" | "many" | "numerous" | "various"))
    })?;
    let start = if the >= 2 && sent.word_is(the - 1, "of") && sent.word_is(the - 2, "one") {
        the - 2
    } else if the >= 1 && sent.word_is(the - 1, "among") {
        the - 1
    } else {
        return None;
    };
    ((the + 1..k).all(|j| sent.word_at(j).is_some())
        && start >= 2
        && sent.punct(start - 1) == Some(',')
        && sent.toks[start - 2].actor().is_some()
        && !sent.toks[start - 2].poss)
        .then_some(start - 2)
}

/// The named group the generic noun at `k` is part of: "the Russia-backed separatists of the
/// self-proclaimed Donetsk People's Republic", "Turkish-backed factions of the Syrian National
/// Army"; its token.
pub fn named_after(sent: &Sentence, k: usize) -> Option<usize> {
    if !sent.word_at(k).is_some_and(|w| {
        matches!(
            w,
            "separatists" | "factions" | "fighters" | "units" | "militias" | "forces" | "rebels"
        )
    }) || !sent.word_is(k + 1, "of")
    {
        return None;
    }
    let mut j = k + 2;
    while j < k + 6 && (sent.word_at(j).is_some_and(|w| !is_break(w)) || sent.punct(j) == Some('-'))
    {
        j += 1;
    }
    let m = sent.toks.get(j)?.actor()?;
    (sent.kinds.get(m) != Some(&ActorKind::State) && !sent.toks[j].poss).then_some(j)
}
