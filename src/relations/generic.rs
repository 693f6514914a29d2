//! Generic actors composed inside a sentence: a state named in a compound of support before an
//! agent noun ("Iran-backed militias", "Russian-backed separatists") makes one actor of the
//! noun phrase, the state's clients of that kind ([`Gazetteer::backed`]), so that the clause
//! reader can relate them ("Iran-backed militias attacked US troops") like any named group;
//! the reader gives each composed actor its patron from the compound
//! ([`Sentence::composed`]).
//!
//! This module owns only the rewrite of the sentence's tokens; which compounds compose is the
//! lexicon's `composing` class and which nouns are agents is `data/agents.toml`.

use super::clauses::{Kind, Sentence, Token};
use super::lexicon::Lexicon;
use crate::gazetteer::{ActorIdx, ActorKind, Gazetteer};

/// Rewrites every "⟨state⟩-backed <agent noun>" of `sent` into one actor token, adding the
/// composed actor as a new mention (to `actors` and the sentence alike) and recording it in
/// [`Sentence::composed`].
pub fn compose(lex: &Lexicon, gaz: &Gazetteer, sent: &mut Sentence, actors: &mut Vec<ActorIdx>) {
    let mut k = 0;
    while k + 3 < sent.toks.len() {
        let Some((actor, words)) = composed_at(lex, gaz, sent, k) else {
            k += 1;
            continue;
        };
        let (Some(state), Some(word)) = (sent.toks[k].actor(), sent.word_at(k + 2)) else {
            k += 1;
            continue;
        };
        let word = word.to_string();
        let m = actors.len();
        actors.push(actor);
        sent.push_mention(gaz.actor(actor).kind, actor);
        sent.composed.push((m, state, word));
        let span = k..k + 3 + words;
        let poss = sent.toks[span.end - 1].poss;
        sent.toks.splice(
            span.clone(),
            [Token {
                kind: Kind::Actor(m),
                text: String::new(),
                poss,
                cap: false,
            }],
        );
        sent.verbs.splice(span, [false]);
        k += 1;
    }
}

/// The words that composed mention `m` from the state's mention `state` and the word of
/// support: "Iran-aligned militias", "Russian-backed separatists" (the state as the text named
/// it, by name or demonym; the agent noun as its label).
pub fn surface(gaz: &Gazetteer, sent: &Sentence, m: usize, state: usize, word: &str) -> String {
    let s = gaz.actor(sent.ids[state]);
    let by_demonym = sent.demonym.get(state).copied().unwrap_or(false);
    let name = match s.demonyms.first() {
        Some(d) if by_demonym => d.as_str(),
        _ => s.name.as_str(),
    };
    let composed = gaz.actor(sent.ids[m]);
    let noun = composed
        .name
        .split_once(' ')
        .map_or(composed.name.as_str(), |(_, n)| n);
    format!("{name}-{word} {noun}")
}

/// Whether `sentence` holds a hyphen before a word of the `composing` class ("-backed"): only
/// then may one named state compose a second actor.
pub fn may_compose(lex: &Lexicon, sentence: &str) -> bool {
    sentence.match_indices('-').any(|(at, _)| {
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
