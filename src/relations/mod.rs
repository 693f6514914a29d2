//! Relation extraction: from a sentence with its actor mentions (and what the document said
//! before it) to the relations the sentence states.
//!
//! One module per step:
//!
//! 1. [`tagging`]: the tagged sentence both readers start from;
//! 2. [`rules`]: the regex rules of `data/patterns.toml` (wording-specific, kept beside);
//! 3. [`lexicon`]: the predicate lexicon of `data/lexicon.toml`;
//! 4. [`clauses`]: tokens, actor lists and the arguments of a word (subject, object, "by"
//!    agent, "between" pair, apposition, relative clause);
//! 5. [`coref`]: pronouns, definite descriptions, "the two sides" and the last talks'
//!    parties, resolved against the document's memory;
//! 6. [`frames`]: each trigger's reading (verb, nominalization, relational noun, compound,
//!    mediation);
//! 7. [`filters`]: negation, denial, hedges and questions, bound to the clause they govern.
//!
//! This module merges the two readers' relations, resolves leaders to the actor they lead,
//! turns "support" into proxy (for an armed group) or ally (for a state) by the actors'
//! kinds, and never relates an actor to itself or to its own organ.

pub mod clauses;
pub mod coref;
pub mod filters;
pub mod frames;
pub mod generic;
pub mod lexicon;
pub mod rules;
pub mod tagging;

use crate::gazetteer::{ActorIdx, ActorKind, Form as MentionForm, Gazetteer, Mention};
use crate::graph::Relation;
use crate::patterns::PatternSet;
use clauses::{Sentence, Texts};
pub use coref::Context;
use frames::{Reader, Reading};
use lexicon::{Lexicon, Sense};
pub use tagging::{tag, Tagged};

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
    /// What found it: a pattern id of `data/patterns.toml`, or `frame:<frame>:<trigger>` for
    /// the clause reader.
    pub rule: String,
    /// The earliest earlier sentence (its index in the document) the relation rests on through
    /// coreference; `None` when the sentence states it alone.
    pub context: Option<usize>,
}

/// The extraction data of the relation step: dictionary, rules and lexicon.
#[derive(Debug, Clone, Copy)]
pub struct Readers<'a> {
    /// The actor dictionary.
    pub gazetteer: &'a Gazetteer,
    /// The regex rules.
    pub patterns: &'a PatternSet,
    /// The predicate lexicon.
    pub lexicon: &'a Lexicon,
}

/// Everything the relation step saw in a sentence (for `explain`).
#[derive(Debug, Clone)]
pub struct Explained {
    /// The tagged text.
    pub tagged: String,
    /// The clause reader's tokens, anaphors resolved, as text.
    pub tokens: String,
    /// Resolved anaphors: (anaphor, actor id, sentence of the antecedent).
    pub links: Vec<(String, String, usize)>,
    /// Readings of the clause reader (dropped ones with the reason).
    pub readings: Vec<String>,
    /// The relations found.
    pub found: Vec<Found>,
}

/// Words that may refer back to an actor of an earlier sentence: with one actor in the
/// sentence (`one`), pronouns, definite descriptions and the talks; with none, only the plural
/// ones that can name both sides of a relation.
fn has_anaphor(sentence: &str, one: bool) -> bool {
    // (By bytes: a byte of a non-ASCII character is no ASCII letter either, so the words are
    // those of a split by characters, with no decoding.)
    sentence
        .as_bytes()
        .split(|c| !c.is_ascii_alphabetic())
        .filter(|w| (2..=14).contains(&w.len()))
        .any(|w| {
            let mut buf = [0u8; 14];
            let lower = &mut buf[..w.len()];
            lower.copy_from_slice(w);
            lower.make_ascii_lowercase();
            match &*lower {
                b"sides" | b"countries" | b"nations" | b"powers" | b"governments"
                | b"neighbours" | b"neighbors" | b"militaries" | b"armies" | b"rivals"
                | b"delegations" | b"parties" | b"leaders" | b"two" => true,
                b"it" | b"its" | b"they" | b"their" | b"them" | b"group" | b"militia"
                | b"rebels" | b"kingdom" | b"country" | b"republic" | b"talks" | b"deal"
                | b"truce" | b"ceasefire" | b"negotiations" | b"movement" | b"emirate"
                | b"regime" | b"his" | b"her" | b"paramilitaries" | b"militants"
                | b"insurgents" | b"jihadists" | b"we" | b"our" | b"organisation"
                | b"organization" | b"government" | b"army" | b"military" | b"junta"
                | b"attackers" | b"assailants" | b"gunmen" | b"fighters" | b"state" | b"nation"
                | b"monarchy" | b"mediation" | b"mediate" | b"mediating" | b"same" => one,
                // "China brokered the agreement": an event whose parties were named before;
                // "X moved to defuse the crisis": a conflict, its sides named before.
                w => {
                    one && std::str::from_utf8(w).is_ok_and(|w| {
                        crate::word_set!(coref::EVENTS).contains(w)
                            || crate::word_set!(coref::CONFLICTS).contains(w)
                    })
                }
            }
        })
}

/// Whether a sentence says "government", "army" or "security" ("government troops attacked
/// Ugandan rebels"): the state in focus may be its second actor even in a document's first
/// sentence.
fn names_government(sentence: &str) -> bool {
    // (By bytes, as in `has_anaphor`.)
    sentence
        .as_bytes()
        .split(|c| !c.is_ascii_alphabetic())
        .any(|w| {
            [
                &b"government"[..],
                b"army",
                b"military",
                b"junta",
                b"security",
            ]
            .iter()
            .any(|g| w.eq_ignore_ascii_case(g))
        })
}

/// Relations stated by one sentence (folded text and its mentions), in the document context
/// `ctx` (which it then updates).
pub fn extract(
    r: Readers<'_>,
    sentence: &str,
    mentions: &[Mention],
    ctx: &mut Context,
) -> Vec<Found> {
    read(r, sentence, mentions, ctx, false).found
}

/// [`extract`] with everything it saw, for `explain`.
pub fn explain(
    r: Readers<'_>,
    sentence: &str,
    mentions: &[Mention],
    ctx: &mut Context,
) -> Explained {
    read(r, sentence, mentions, ctx, true)
}

fn read(
    r: Readers<'_>,
    sentence: &str,
    mentions: &[Mention],
    ctx: &mut Context,
    explain: bool,
) -> Explained {
    ctx.name(mentions.iter().map(|m| m.actor));
    let mut out = read_clauses(r, sentence, mentions, ctx, explain);
    let named = named_opposition(mentions);
    if !named.is_empty() {
        out.found.extend(named);
        finish(r.gazetteer, &mut out.found);
    }
    out
}

/// Enmity a name states: "the anti-ISIL coalition" stands against ISIL wherever it is named,
/// whatever the sentence says of it.
fn named_opposition(mentions: &[Mention]) -> Vec<Found> {
    mentions
        .iter()
        .filter_map(|m| {
            let foe = m.opposes?;
            Some(Found {
                relation: Relation::Adversary,
                source: m.actor.min(foe),
                target: m.actor.max(foe),
                parties: Vec::new(),
                rule: "name:opposed".to_string(),
                context: None,
            })
        })
        .collect()
}

fn read_clauses(
    r: Readers<'_>,
    sentence: &str,
    mentions: &[Mention],
    ctx: &mut Context,
    explain: bool,
) -> Explained {
    let gaz = r.gazetteer;
    // "Minister X said:" hands the word to a speaker the dictionary may not know.
    // (Most sentences hold no colon: one byte search first.)
    if sentence.contains(':')
        && (sentence.trim_end().ends_with(':')
            || sentence.contains(" said:")
            || sentence.contains(" says:"))
    {
        ctx.new_speaker();
    }
    if !mentions.is_empty() && filters::may_deny_charges(sentence) {
        deny_charges(r, sentence, mentions, ctx);
    }
    let mut out = Explained {
        tagged: String::new(),
        tokens: String::new(),
        links: Vec::new(),
        readings: Vec::new(),
        found: Vec::new(),
    };
    // Two actors that are not kin at least, or one and a word that may refer to another:
    // most sentences name none or one and go no further.
    let unrelated = mentions.iter().enumerate().any(|(i, a)| {
        mentions[i + 1..]
            .iter()
            .any(|b| !gaz.related(a.actor, b.actor))
    });
    if !(unrelated
        || ctx.has_recent() && has_anaphor(sentence, !mentions.is_empty())
        || mentions.len() == 1 && names_government(sentence)
        || mentions.len() == 1 && generic::may_compose(r.lexicon, sentence)
        || mentions.len() == 1 && may_launch(sentence, &mentions[0]))
    {
        ctx.note(mentions.iter().map(|m| (m.actor, gaz.actor(m.actor).kind)));
        return out;
    }
    // No trigger word: the rules may still read the sentence; the clause reader has nothing to
    // read and the document only remembers its actors.
    if !r.lexicon.any_trigger(sentence) {
        let found = if unrelated {
            let tagged = tag(gaz, r.patterns, sentence, mentions);
            let texts = Texts::default();
            let sent = sentence_of(r.lexicon, gaz, &tagged, mentions, &texts);
            let mut found = if filters::sentence_blocked(&sent).is_none() {
                rules_of(r, &tagged, mentions, &sent)
            } else {
                Vec::new()
            };
            // (Most sentences state nothing: nothing to finish.)
            if !found.is_empty() {
                finish(gaz, &mut found);
            }
            if explain {
                out.tagged = tagged.text;
            }
            // The document remembers what the sentence named as the clause reader would:
            // its subject, its pair and the talks they hold ("A and B resumed negotiations
            // over fees. The mediation was led by X.").
            let actors: Vec<ActorIdx> = mentions.iter().map(|m| m.actor).collect();
            ctx.update(&sent, &actors);
            found
        } else {
            ctx.note(mentions.iter().map(|m| (m.actor, gaz.actor(m.actor).kind)));
            Vec::new()
        };
        out.found = found;
        return out;
    }
    // The rules read only sentences with two unrelated actors; the clause reader alone needs
    // no regex rewrite.
    let tagged = if unrelated {
        tag(gaz, r.patterns, sentence, mentions)
    } else {
        tagging::tag_plain(gaz, sentence, mentions)
    };
    // The clause reader's sentence; a question, denial or rumour drops the rules' readings too.
    let texts = Texts::default();
    let mut sent = sentence_of(r.lexicon, gaz, &tagged, mentions, &texts);
    let blocked = filters::sentence_blocked(&sent);
    let mut actors: Vec<ActorIdx> = mentions.iter().map(|m| m.actor).collect();
    generic::compose(r.lexicon, gaz, &mut sent, &mut actors);
    let taken_up = definite_clients(gaz, &mut sent, &mut actors, ctx);
    let mut found = if unrelated && blocked.is_none() {
        rules_of(r, &tagged, mentions, &sent)
    } else {
        Vec::new()
    };
    // (A description taken up by a named group is no name of it.)
    for (m, state, word, noun) in sent
        .composed
        .iter()
        .filter(|c| !gaz.is_dictionary(actors[c.0]))
    {
        ctx.composed
            .push((actors[*m], generic::surface(gaz, &sent, *state, word, noun)));
    }
    let mut links = taken_up;
    // The country an actor is of: a derived actor's or a dictionary armed group's.
    let nationality = |a: ActorIdx| {
        gaz.actor(a)
            .country
            .as_deref()
            .and_then(|c| gaz.index_of(c))
    };
    // The state an actor belongs to: a derived actor's country, an organ's or a leader's state.
    // (A named armed group belongs to no state: Hezbollah in a sentence puts Lebanon in no
    // one's view, as "Lebanese rebels" do.)
    let home = |a: ActorIdx| {
        let actor = gaz.actor(a);
        (actor.kind != ActorKind::ArmedGroup || !gaz.is_dictionary(a))
            .then(|| nationality(a))
            .flatten()
            .or_else(|| {
                matches!(actor.kind, ActorKind::StateOrgan | ActorKind::Person)
                    .then(|| gaz.parent(a))
                    .flatten()
                    .filter(|&p| gaz.actor(p).kind == ActorKind::State)
            })
    };
    let mut rivals = Vec::new();
    ctx.resolve(
        &mut sent,
        &mut actors,
        &mut links,
        &mut rivals,
        &coref::Belonging {
            home: &home,
            nationality: &nationality,
            titled: &|a: ActorIdx, title: &str| {
                let actor = gaz.actor(a);
                std::iter::once(&actor.name)
                    .chain(&actor.aliases)
                    .any(|n| n.split(' ').any(|w| w.eq_ignore_ascii_case(title)))
            },
        },
        r.lexicon,
    );
    let event = ctx.event_parties().map(|(parties, from)| {
        let ms: Vec<usize> = parties
            .iter()
            .map(|&a| {
                actors.push(a);
                sent.push_mention(gaz.actor(a).kind, a);
                actors.len() - 1
            })
            .collect();
        (ms, from)
    });
    let origin = |m: usize| -> Option<usize> {
        links.iter().find(|(k, _)| *k == m).map(|(_, l)| l.sentence)
    };
    let readings = Reader::new(r.lexicon, &sent, event, blocked).read();
    let mut negated: Vec<Found> = Vec::new();
    let mut mediated: Option<Vec<ActorIdx>> = None;
    for rd in &readings {
        if explain {
            out.readings.push(describe(gaz, &sent, &actors, rd));
        }
        // The relation the denial verb governs ("denies supporting the group", "denied that
        // it had armed them"), not every reading of the sentence.
        let denied = rd.dropped == Some("denial")
            && (rd.trigger.0.saturating_sub(5)..rd.trigger.0)
                .any(|k| sent.word_at(k).is_some_and(filters::is_denial));
        if denied {
            let hostile = rd.sense == Sense::Adversary;
            for &a in &rd.agent {
                for &p in &rd.patient {
                    ctx.deny(hostile, lead(gaz, actors[a]), lead(gaz, actors[p]));
                }
            }
        }
        if let Some(why) = rd.dropped {
            // "X stopped mediating between Y and Z": a negation the clause reader scoped over
            // the relation also holds for a rule's reading of the same pair.
            // (So does the maker of arms another fires: "X fired American missiles at Y".)
            if matches!(why, "negation" | "former" | "hedge" | "maker") {
                relations_of(gaz, rd, &actors, "", None, &mut negated);
            }
            continue;
        }
        // "X shuttled between A and B. Y later joined the mediation.": the parties a later
        // event noun names.
        if rd.sense == Sense::Mediator && rd.patient.len() >= 2 {
            mediated = Some(rd.patient.iter().map(|&p| lead(gaz, actors[p])).collect());
        }
        let accused = filters::accused_of(&sent, rd.trigger.0);
        if rd.sense == Sense::Adversary
            && !accused
            && r.lexicon.classes.warring.contains(rd.lemma.as_str())
        {
            let side = |m: usize| (lead(gaz, actors[m]), gaz.actor(lead(gaz, actors[m])).kind);
            match (&rd.agent[..], &rd.patient[..]) {
                ([a], [p]) => ctx.fought(side(*a), side(*p)),
                // "X and Y fought a border war".
                ([a, b], []) => ctx.fought(side(*a), side(*b)),
                _ => {}
            }
            if let ([a], false) = (&rd.agent[..], rd.frame.contains("reciprocal")) {
                ctx.attacked(side(*a));
            }
        }
        if accused {
            let hostile = rd.sense == Sense::Adversary;
            for &a in &rd.agent {
                for &p in &rd.patient {
                    let (a, p) = (lead(gaz, actors[a]), lead(gaz, actors[p]));
                    ctx.accuse(a, hostile, a, p);
                }
            }
        }
        let mut context = rd
            .agent
            .iter()
            .chain(&rd.patient)
            .filter_map(|&m| origin(m))
            .filter(|&s| s < ctx.sentence)
            .min();
        if let Some(from) = rd.from_context {
            context = Some(context.map_or(from, |c| c.min(from)));
        }
        let rule = format!("frame:{}:{}", rd.frame, rd.lemma);
        relations_of(gaz, rd, &actors, &rule, context, &mut found);
    }
    // "the two rivals": a pair named for its enmity.
    for (a, b, from) in rivals {
        let (a, b) = (lead(gaz, a), lead(gaz, b));
        if a == b || gaz.related(a, b) {
            continue;
        }
        let (source, target) = if gaz.actor(a).id > gaz.actor(b).id {
            (b, a)
        } else {
            (a, b)
        };
        found.push(Found {
            relation: Relation::Adversary,
            source,
            target,
            parties: Vec::new(),
            rule: "coref:rivals".to_string(),
            context: (from < ctx.sentence).then_some(from),
        });
    }
    if explain {
        out.tagged = tagged.text.clone();
        out.tokens = token_text(&sent, gaz, &actors);
        out.links = links
            .iter()
            .map(|(_, l)| {
                (
                    l.anaphor.to_string(),
                    gaz.actor(l.actor).id.clone(),
                    l.sentence,
                )
            })
            .collect();
    }
    // (A rule's slots still hold leaders: "Brazilian President Lula declined to join
    // sanctions against Russia" is Brazil's negated reading.)
    found.retain(|f| {
        let (s, t) = (lead(gaz, f.source), lead(gaz, f.target));
        f.rule.starts_with("frame:")
            || !negated.iter().any(|n| {
                n.relation == f.relation
                    && n.source.min(n.target) == s.min(t)
                    && n.source.max(n.target) == s.max(t)
            })
    });
    if let Some(a) = launcher(r.lexicon, &sent) {
        ctx.attacked((lead(gaz, actors[a]), gaz.actor(lead(gaz, actors[a])).kind));
    }
    ctx.update(&sent, &actors);
    if let Some(parties) = mediated {
        ctx.mediated(parties);
    }
    if !found.is_empty() {
        finish(gaz, &mut found);
    }
    out.found = found;
    out
}

/// Whether the one actor of a sentence may fire, launch or strike ("North Korea test-fired a
/// missile", "US forces struck boats"): a word of firing or striking within the few words after
/// its mention. Only then does a one-actor sentence go on to [`launcher`] (most such sentences
/// go no further than the dictionary).
fn may_launch(sentence: &str, mention: &Mention) -> bool {
    let rest = sentence.get(mention.end..).unwrap_or("");
    let window = rest
        .char_indices()
        .nth(40)
        .map_or(rest, |(i, _)| &rest[..i]);
    [
        "fire", "launch", "test", "struck", "strike", "attack", "bomb", "raid", "shell",
    ]
    .iter()
    .any(|w| window.contains(w))
}

/// "North Korea fired a ballistic missile into the sea", "US forces struck several boats": the
/// one subject of a verb of the `launching` class whose object, within four words, is a weapon
/// or an attack (the `attacks` class), or of a `striking` verb whose object names no actor; its
/// mention index.
fn launcher(lex: &Lexicon, sent: &Sentence) -> Option<usize> {
    let n = sent.toks.len();
    let k = (0..n).find(|&k| {
        let Some(w) = sent.word_at(k) else {
            return false;
        };
        let object = || (k + 1..(k + 5).min(n)).take_while(|&c| sent.toks[c].word().is_some());
        // (The cheap test first: this runs over every word of every sentence read.)
        if !(sent.verbs[k] || w.ends_with("ed")) {
            return false;
        }
        let launched = || {
            lex.classes.launching.contains(w)
                && object().any(|c| {
                    sent.word_at(c)
                        .is_some_and(|o| lex.classes.attacks.contains(o))
                })
        };
        // ("struck several boats that Washington said ...": a relative clause may follow.)
        // ("PKK targets on Saturday": a plural noun before a preposition, no verb.)
        let struck = || {
            lex.is_verb_of(w, &lex.classes.striking)
                && !sent.word_at(k + 1).is_some_and(clauses::is_preposition)
                && {
                    let words = object().count();
                    words >= 2
                        && (sent
                            .toks
                            .get(k + 1 + words)
                            .is_none_or(|t| t.actor().is_none())
                            || matches!(sent.word_at(k + words), Some("that" | "which")))
                }
        };
        launched() || struck()
    })?;
    let left = clauses::Left {
        max_gap: 3,
        skip_governed: true,
        skip_modifiers: true,
    };
    match sent.agent_left(k, left)?.members[..] {
        [m] => Some(m),
        _ => None,
    }
}

/// "U.S. jets struck Houthi radar sites. The Iran-backed rebels said ...": a definite composed
/// group ("the Iran-backed rebels") takes up the one armed group the last sentences named, if
/// that group is of a country other than the patron's (a local group a foreign state backs);
/// the compound's patron then backs that group. (A transnational group such as the Islamic
/// State is taken up by no such description.)
fn definite_clients(
    gaz: &Gazetteer,
    sent: &mut Sentence,
    actors: &mut [ActorIdx],
    ctx: &Context,
) -> Vec<(usize, coref::Link)> {
    let mut links = Vec::new();
    for k in 0..sent.composed.len() {
        let (m, state, _, _) = sent.composed[k];
        let at = sent.toks.iter().position(|t| t.actor() == Some(m));
        let definite = at.is_some_and(|t| t > 0 && sent.word_is(t - 1, "the"));
        let here = |a: ActorIdx| {
            sent.ids
                .iter()
                .enumerate()
                .any(|(n, &id)| n != m && id == a)
        };
        let patron = sent.ids.get(state).copied();
        let group = definite
            .then(|| {
                ctx.sole_recent_group(|g| {
                    let country = gaz
                        .actor(g)
                        .country
                        .as_deref()
                        .and_then(|c| gaz.index_of(c));
                    gaz.is_dictionary(g) && country.is_some() && country != patron && !here(g)
                })
            })
            .flatten();
        if let Some(l) = group {
            actors[m] = l.actor;
            sent.ids[m] = l.actor;
            sent.kinds[m] = ActorKind::ArmedGroup;
            links.push((m, l));
        }
    }
    links
}

/// "Abu Dhabi denies the charge": the accusations reported against the denier are disputed.
fn deny_charges(r: Readers<'_>, sentence: &str, mentions: &[Mention], ctx: &mut Context) {
    let gaz = r.gazetteer;
    let tagged = tagging::tag_plain(gaz, sentence, mentions);
    let texts = Texts::default();
    let sent = sentence_of(r.lexicon, gaz, &tagged, mentions, &texts);
    let Some(k) = filters::denies_charges(&sent) else {
        return;
    };
    let left = clauses::Left {
        max_gap: 3,
        skip_governed: false,
        skip_modifiers: true,
    };
    if let Some(l) = sent.agent_left(k, left) {
        for &m in &l.members {
            if let Some(a) = mentions.get(m) {
                ctx.deny_charges(lead(gaz, a.actor));
            }
        }
    }
}

/// Leaders resolved to the actor they lead, kin pairs dropped, one statement per (relation,
/// source, target), sorted.
fn finish(gaz: &Gazetteer, found: &mut Vec<Found>) {
    // Leaders stand for the actor they lead.
    for f in found.iter_mut() {
        f.source = lead(gaz, f.source);
        f.target = lead(gaz, f.target);
        for p in &mut f.parties {
            *p = lead(gaz, *p);
        }
        f.parties.sort_unstable();
        f.parties.dedup();
        if f.relation.is_symmetric() && gaz.actor(f.source).id > gaz.actor(f.target).id {
            std::mem::swap(&mut f.source, &mut f.target);
        }
    }
    found.retain(|f| !gaz.related(f.source, f.target));
    // Where the clause reader read a pair as friends, a rule that reads it as foes (or the
    // other way round) misread the sentence.
    let hostile = |r: Relation| r == Relation::Adversary;
    let friendly = |r: Relation| matches!(r, Relation::Ally | Relation::Proxy);
    let read: Vec<(Relation, ActorIdx, ActorIdx)> = found
        .iter()
        .filter(|f| f.rule.starts_with("frame:"))
        .map(|f| (f.relation, f.source.min(f.target), f.source.max(f.target)))
        .collect();
    found.retain(|f| {
        let pair = (f.source.min(f.target), f.source.max(f.target));
        f.rule.starts_with("frame:")
            || !read.iter().any(|&(r, a, b)| {
                (a, b) == pair
                    && (hostile(r) && friendly(f.relation) || friendly(r) && hostile(f.relation))
            })
    });
    for f in found.iter_mut() {
        let (s, t) = (f.source, f.target);
        f.parties.retain(|&p| p == t || !gaz.related(s, p));
    }
    // One statement per (relation, source, target) and sentence: the rules first, in file
    // order, then the clause reader.
    let mut seen = std::collections::HashSet::new();
    found.retain(|f| seen.insert((f.relation, f.source, f.target)));
    found.sort_by_key(|a| (a.relation, a.source, a.target));
}

/// A person with a parent (a leader, an envoy) stands for it in relations.
fn lead(gaz: &Gazetteer, a: ActorIdx) -> ActorIdx {
    if gaz.actor(a).kind == ActorKind::Person {
        if let Some(p) = gaz.parent(a) {
            return p;
        }
    }
    a
}

/// The words [`sentence_of`] marks as verbs besides the lexicon's finite verbs: "said", "says"
/// and the auxiliaries (one set with the finite verbs, [`Lexicon::is_finite_verb_or`]).
static VERB_WORDS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    ["said", "says"]
        .into_iter()
        .chain(clauses::AUXILIARIES.iter().copied())
        .collect()
});

/// The clause reader's sentence: tokens, kinds, which words are verbs. Its tokens' texts are
/// kept in `texts`.
fn sentence_of<'t>(
    lex: &Lexicon,
    gaz: &Gazetteer,
    tagged: &Tagged,
    mentions: &[Mention],
    texts: &'t Texts,
) -> Sentence<'t> {
    let mut toks = clauses::tokenize(&tagged.text, texts);
    let mut owned = Vec::new();
    // "a Greek-owned cargo ship", "a Chinese-made drone": the state names who owns or made a
    // thing, not a party to the clause; it stays a mention of the document.
    for k in 0..toks.len().saturating_sub(2) {
        if let Some(m) = toks[k].actor() {
            if toks[k + 1].kind == clauses::Kind::Punct('-')
                && toks[k + 2]
                    .word()
                    .is_some_and(|w| lex.classes.owning.contains(w))
            {
                if let Some(mention) = mentions.get(m) {
                    toks[k].kind = clauses::Kind::Word;
                    toks[k].text = texts.keep(gaz.actor(mention.actor).name.to_lowercase());
                    owned.push(m);
                }
            }
        }
    }
    let mut verbs = vec![false; toks.len() + 1];
    let finite = lex.finite_verbs_or(&VERB_WORDS);
    for (k, t) in toks.iter().enumerate() {
        if let Some(w) = t.word() {
            verbs[k] = finite.contains(w);
        }
    }
    let mut sent = Sentence {
        toks,
        kinds: per_mention(mentions, |_, m| gaz.actor(m.actor).kind),
        ids: per_mention(mentions, |_, m| m.actor),
        verbs,
        // A demonym whose head noun the tagging absorbed ("Ukrainian units") stands for its
        // state.
        demonym: per_mention(mentions, |k, m| {
            matches!(m.form, MentionForm::Demonym) && !tagged.headed.iter().any(|h| h.0 == k)
        }),
        // "the Lebanese movement": a state's demonym with a group noun absorbed names a group
        // of that nationality.
        nationality_group: per_mention(mentions, |k, m| {
            matches!(m.form, MentionForm::Demonym)
                && gaz.actor(m.actor).kind == ActorKind::State
                && tagged
                    .headed
                    .iter()
                    .any(|h| h.0 == k && lex.classes.nationality_groups.contains(&h.1))
        }),
        adjectival: per_mention(mentions, |_, m| {
            matches!(m.form, MentionForm::Demonym)
                || gaz.actor(m.actor).kind == ActorKind::ArmedGroup
        }),
        composed: Vec::new(),
        owned,
    };
    let derived: Vec<bool> = mentions
        .iter()
        .map(|m| matches!(m.form, MentionForm::Derived))
        .collect();
    apposed_nationality_groups(lex, &mut sent, &derived);
    sent
}

/// `f(k, mention k)` of each of `mentions`, in a list with room for a few more: the mentions
/// coreference and composition add to a sentence ([`Sentence::push_mention`]), which grew
/// each of a sentence's five lists of mentions anew.
fn per_mention<T>(mentions: &[Mention], mut f: impl FnMut(usize, &Mention) -> T) -> Vec<T> {
    const ROOM: usize = 4;
    let mut out = Vec::with_capacity(mentions.len() + ROOM);
    out.extend(mentions.iter().enumerate().map(|(k, m)| f(k, m)));
    out
}

/// "Kataib Hezbollah, an Iraqi militia that receives arms from Y": a group of a nationality
/// apposed to a named group is that group (its token becomes the group's); its state is no
/// party of what the apposition says. So is a derived group of a nationality the named
/// group is "one of" ("X, one of several Iraqi militias armed by Y").
fn apposed_nationality_groups(lex: &Lexicon, sent: &mut Sentence, derived: &[bool]) {
    // The named group at token `t` before the apposition's comma, if it is one.
    let anchor = |sent: &Sentence, t: usize| {
        sent.toks[t]
            .actor()
            .filter(|&a| !sent.toks[t].poss && sent.kinds.get(a) != Some(&ActorKind::State))
    };
    for k in 3..sent.toks.len() {
        let Some(m) = sent.toks[k].actor() else {
            continue;
        };
        if derived.get(m).copied().unwrap_or(false) {
            if let Some(a) = generic::apposed_member(sent, k).and_then(|t| anchor(sent, t)) {
                sent.toks[k].kind = clauses::Kind::Actor(a);
            }
            continue;
        }
        let flag = |v: &[bool]| v.get(m).copied().unwrap_or(false);
        // ("an Iraqi armed faction": one modifier may stand before the noun.)
        let noun = |n: usize| {
            sent.word_at(n)
                .is_some_and(|w| lex.classes.nationality_groups.contains(w))
        };
        let group = flag(&sent.nationality_group)
            || flag(&sent.demonym)
                && sent.kinds.get(m) == Some(&ActorKind::State)
                && (noun(k + 1)
                    || noun(k + 2)
                        && sent
                            .word_at(k + 1)
                            .is_some_and(|w| !clauses::is_break(w) && !clauses::is_preposition(w)));
        if group
            && matches!(sent.word_at(k - 1), Some("a" | "an" | "the"))
            && sent.punct(k - 2) == Some(',')
        {
            if let Some(a) = anchor(sent, k - 3) {
                sent.toks[k].kind = clauses::Kind::Actor(a);
            }
        }
    }
}

/// The rules' relations, without those of an actor the sentence only names as the owner or
/// maker of a thing ([`Sentence::owned`]) or as the patron in a composed actor ("strikes on
/// Iranian-backed militias" strike the militias, not Iran).
fn rules_of(r: Readers<'_>, tagged: &Tagged, mentions: &[Mention], sent: &Sentence) -> Vec<Found> {
    let mut found = rules::apply(r.gazetteer, r.patterns, tagged, mentions);
    let absorbed_only = |a: ActorIdx| {
        (sent.owned.iter().any(|&m| sent.ids[m] == a)
            || sent.composed.iter().any(|(_, st, _, _)| sent.ids[*st] == a))
            && !sent
                .toks
                .iter()
                .filter_map(clauses::Token::actor)
                .any(|m| sent.ids.get(m) == Some(&a))
    };
    if !sent.owned.is_empty() || !sent.composed.is_empty() {
        found.retain(|f| !absorbed_only(f.source) && !absorbed_only(f.target));
    }
    found
}

/// Adds the relations of one reading to `out`.
fn relations_of(
    gaz: &Gazetteer,
    rd: &Reading,
    actors: &[ActorIdx],
    rule: &str,
    context: Option<usize>,
    out: &mut Vec<Found>,
) {
    let actor = |m: usize| lead(gaz, actors[m]);
    let kind = |a: ActorIdx| gaz.actor(a).kind;
    let party = |a: ActorIdx| !matches!(kind(a), ActorKind::Media);
    let mut push = |relation: Relation, a: ActorIdx, b: ActorIdx, parties: Vec<ActorIdx>| {
        if gaz.related(a, b) || !party(a) || !party(b) {
            return;
        }
        let (s, t) = if relation.is_symmetric() && gaz.actor(a).id > gaz.actor(b).id {
            (b, a)
        } else {
            (a, b)
        };
        out.push(Found {
            relation,
            source: s,
            target: t,
            parties,
            rule: rule.to_string(),
            context,
        });
    };
    let agents: Vec<ActorIdx> = rd.agent.iter().map(|&m| actor(m)).collect();
    let patients: Vec<ActorIdx> = rd.patient.iter().map(|&m| actor(m)).collect();
    let pairs: Vec<(ActorIdx, ActorIdx)> = if rd.pairwise {
        let mut v = Vec::new();
        for (i, &a) in agents.iter().enumerate() {
            for &b in &agents[i + 1..] {
                v.push((a, b));
            }
        }
        v
    } else {
        agents
            .iter()
            .flat_map(|&a| patients.iter().map(move |&b| (a, b)))
            .collect()
    };
    let group = |k: ActorKind| matches!(k, ActorKind::ArmedGroup | ActorKind::PoliticalParty);
    let statelike = |k: ActorKind| {
        matches!(
            k,
            ActorKind::State
                | ActorKind::Organization
                | ActorKind::StateOrgan
                | ActorKind::Government
        )
    };
    match rd.sense {
        Sense::Adversary => {
            for (a, b) in pairs {
                push(Relation::Adversary, a, b, Vec::new());
            }
        }
        Sense::Ally => {
            for (a, b) in pairs {
                push(Relation::Ally, a, b, Vec::new());
            }
        }
        Sense::Support => {
            for (a, b) in pairs {
                // An organisation (a coalition, an alliance) backing an armed group is its
                // ally, not its patron: it has no proxies.
                if group(kind(b)) && kind(a) == ActorKind::Organization {
                    push(Relation::Ally, a, b, Vec::new());
                } else if group(kind(b)) && (statelike(kind(a)) || group(kind(a))) {
                    push(Relation::Proxy, b, a, Vec::new());
                } else if statelike(kind(b))
                    && !rd.groups_only
                    && (statelike(kind(a)) || group(kind(a)))
                {
                    push(Relation::Ally, a, b, Vec::new());
                }
            }
        }
        Sense::Proxy => {
            for (a, b) in pairs {
                if group(kind(a)) {
                    push(Relation::Proxy, a, b, Vec::new());
                } else if statelike(kind(a)) && statelike(kind(b)) {
                    push(Relation::Ally, a, b, Vec::new());
                }
            }
        }
        Sense::Mediator => {
            for &m in &agents {
                let mut parties: Vec<ActorIdx> = patients
                    .iter()
                    .copied()
                    .filter(|&p| !gaz.related(m, p) && party(p))
                    .collect();
                parties.sort_unstable();
                parties.dedup();
                // Two sides at least; one where the text names only one as an actor
                // ("an intermediary between Iran and the West").
                let one_named = patients.len() == 1 && parties.len() == 1;
                if parties.len() < 2 && !one_named || !party(m) {
                    continue;
                }
                for &p in &parties {
                    push(Relation::Mediator, m, p, parties.clone());
                }
            }
        }
    }
}

fn token_text(sent: &Sentence, gaz: &Gazetteer, actors: &[ActorIdx]) -> String {
    let mut s = String::new();
    for t in &sent.toks {
        if !s.is_empty() {
            s.push(' ');
        }
        match t.kind {
            clauses::Kind::Actor(m) => {
                s.push('[');
                s.push_str(&gaz.actor(actors[m]).id);
                s.push(']');
                if t.poss {
                    s.push_str("'s");
                }
            }
            clauses::Kind::Word => s.push_str(t.text),
            clauses::Kind::Punct(c) => s.push(c),
        }
    }
    s
}

fn describe(gaz: &Gazetteer, sent: &Sentence, actors: &[ActorIdx], rd: &Reading) -> String {
    let names = |ms: &[usize]| -> String {
        ms.iter()
            .map(|&m| gaz.actor(actors[m]).id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let trigger: Vec<&str> = (rd.trigger.0..rd.trigger.1)
        .filter_map(|k| sent.toks.get(k).and_then(|t| t.word()))
        .collect();
    let roles = match rd.sense {
        Sense::Mediator => format!(
            "mediator [{}] parties [{}]",
            names(&rd.agent),
            names(&rd.patient)
        ),
        _ if rd.pairwise => format!("members [{}] pairwise", names(&rd.agent)),
        _ => format!(
            "agent [{}] patient [{}]",
            names(&rd.agent),
            names(&rd.patient)
        ),
    };
    let status = match rd.dropped {
        Some(why) => format!(" — dropped: {why}"),
        None => String::new(),
    };
    format!(
        "{} {:?} ({}): {roles}{status}",
        rd.frame,
        trigger.join(" "),
        rd.sense.as_str()
    )
}
