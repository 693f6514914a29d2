//! Frames: how each kind of trigger finds its arguments in a sentence's clause structure.
//!
//! This module owns the readings the lexicon's triggers give: verbs (active subject and object,
//! prepositional object, passive and participle "by" agents, reciprocal plural subjects),
//! nominalizations (possessor, modifier, "by" agent, light-verb subject, "between X and Y",
//! the "X-Y war" compound), relational nouns (apposition, copula, possessor, "of", enumeration
//! after the noun), hyphen compounds ("Iran-backed", "U.S.-brokered") and mediation with its
//! parties (a "between" pair, a compound pair, a plural subject, or the document's last talks).
//! Every reading it returns is a [`Reading`]; [`super::filters`] and the caller decide whether
//! it stands and which relation it becomes.

use super::clauses::{self, is_break, is_head, is_preposition, Kind, Left, List, Sentence};
use super::coref::{CONFLICTS, EVENTS};
use super::filters;
use super::lexicon::{Entry, Form, Lexicon, Pos, Sense, Trigger};
use crate::gazetteer::ActorKind;

/// One reading of a trigger with its arguments (mention indices).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    /// What the trigger states.
    pub sense: Sense,
    /// Agent (mediators for mediation).
    pub agent: Vec<usize>,
    /// Patient (parties for mediation); empty for a reciprocal reading.
    pub patient: Vec<usize>,
    /// Relate the agent's members pairwise (reciprocal: "X and Y clashed").
    pub pairwise: bool,
    /// Trigger tokens.
    pub trigger: (usize, usize),
    /// The frame that found it (`verb`, `passive`, `noun-possessive`, ...).
    pub frame: &'static str,
    /// The trigger's lemma.
    pub lemma: String,
    /// Why it was dropped, if it was (negation, hedge, question, denial).
    pub dropped: Option<filters::Reason>,
    /// Mediation whose parties come from an earlier sentence's talks.
    pub from_context: Option<usize>,
    /// Support that relates only an armed group as patient (the entry's `patient = "group"`).
    pub groups_only: bool,
}

/// Adjectives of acting together ("a joint operation", "coordinated strikes").
const JOINT: &[&str] = &["joint", "combined", "coordinated"];

/// Words enumerating the members after a relational noun ("Iran's proxies, including X").
const ENUMERATORS: &[&str] = &[
    "including",
    "from",
    "such",
    "notably",
    "namely",
    "like",
    "chiefly",
    "especially",
    "mainly",
    "particularly",
    "primarily",
    "among",
    "led",
    "headed",
];

/// Verbs in the third person that take an -ing complement ("keeps supplying"): a participle
/// after them is their subject's act, not a noun's modifier.
const CATENATIVE: &[&str] = &[
    "keeps",
    "continues",
    "starts",
    "stops",
    "begins",
    "resumes",
    "denies",
    "admits",
    "avoids",
    "considers",
    "risks",
    "finishes",
    "recommends",
    "suggests",
];

/// Copulas and their auxiliaries before a predicate noun ("X is an ally of Y").
pub(crate) const COPULAS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "remains",
    "remain",
    "remained",
    "been",
    "became",
    "become",
    "becomes",
    "be",
    "has",
    "have",
    "had",
    "seen",
    "considered",
    "regarded",
    "viewed",
    "described",
    "called",
    "named",
    "designated",
    "as",
    "still",
    "long",
    "now",
    "also",
    "increasingly",
    "widely",
    "often",
    "generally",
    "commonly",
    "known",
];

/// Verbs that carry a nominal trigger to its object ("sanctions were imposed on").
const LIGHT: &[&str] = &[
    "were",
    "was",
    "been",
    "being",
    "have",
    "has",
    "had",
    "is",
    "are",
    "imposed",
    "slapped",
    "levied",
    "placed",
    "carried",
    "out",
    "launched",
    "waged",
    "conducted",
    "staged",
    "mounted",
    "directed",
    "aimed",
    "unleashed",
    "announced",
    "extended",
    "provided",
    "delivered",
    "sent",
];

/// The verbs among [`COPULAS`]: a noun phrase before a predicate noun stops at them.
const COPULA_VERBS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "remains",
    "remain",
    "remained",
    "been",
    "became",
    "become",
    "becomes",
    "be",
    "has",
    "have",
    "had",
    "seen",
    "considered",
    "regarded",
    "viewed",
    "described",
    "called",
    "named",
    "designated",
    "as",
];

/// Auxiliaries before a passive participle.
const PASSIVE_AUX: &[&str] = &[
    "was", "were", "is", "are", "been", "be", "being", "got", "get",
];

/// Reads every trigger of `sent`.
pub struct Reader<'a> {
    lex: &'a Lexicon,
    sent: &'a Sentence<'a>,
    out: Vec<Reading>,
    /// Parties of the document's last talks, truce or deal, and their sentence.
    event: Option<(Vec<usize>, usize)>,
    /// The sentence as a whole is a denial, rumour or question.
    blocked: Option<filters::Reason>,
    /// A word of the frame itself while its reading is emitted, which the filters do not take
    /// for a negation or a hedge of that reading: the verb that undoes a tie ("suspended a
    /// treaty with"), the verb of regarding ("X considers Y its rival").
    own_word: Option<usize>,
    /// The mediation verb being read takes its parties as its object ("brought A and B to
    /// the table"): a verb completed by its `then` words.
    parties_object: bool,
    /// The entry being read relates only an armed group as its patient.
    groups_only: bool,
}

impl<'a> Reader<'a> {
    /// A reader for one sentence; `event` holds synthetic mentions of the last event's parties.
    pub fn new(
        lex: &'a Lexicon,
        sent: &'a Sentence<'a>,
        event: Option<(Vec<usize>, usize)>,
        blocked: Option<filters::Reason>,
    ) -> Self {
        Reader {
            lex,
            sent,
            out: Vec::new(),
            event,
            blocked,
            own_word: None,
            parties_object: false,
            groups_only: false,
        }
    }

    /// Every reading of the sentence, dropped ones marked.
    pub fn read(mut self) -> Vec<Reading> {
        let s = self.sent;
        let n = s.len();
        let mut i = 0;
        // Words inside a longer trigger already read ("peace deal") start no trigger of their own.
        let mut covered = 0;
        // The entries read at the word being read: one list for the sentence, emptied at each
        // word (a list of a word's own was an allocation for every word with a trigger).
        let mut seen_entries: Vec<usize> = Vec::new();
        // "Iran-backed militias": the composed actor's patron (see `relations::generic`).
        for (m, state, word, _) in &s.composed {
            if let Some(k) = (0..n).find(|&k| s.toks[k].actor() == Some(*m)) {
                let (group, patron) = (List::one(*m, k), List::one(*state, k));
                self.emit(
                    Sense::Support,
                    &patron,
                    Some(&group),
                    (k, k + 1),
                    "compound-composed",
                    word,
                    false,
                );
                // "Iran-backed militias, including A and B,": each named member is backed.
                if let Some(members) = s.enumerated_after(k + 1) {
                    self.emit(
                        Sense::Support,
                        &patron,
                        Some(&members),
                        (k, k + 1),
                        "compound-composed",
                        word,
                        false,
                    );
                }
            }
        }
        while i < n {
            match s.toks[i].kind {
                Kind::Word if i < covered => {}
                // A capitalised word inside the sentence is part of a name ("the National
                // Democratic Alliance Army"), not a trigger.
                Kind::Word
                    if s.toks[i].cap
                        && i > 0
                        && !matches!(s.punct(i - 1), Some(':' | '"' | '—')) => {}
                // "to push back the incursion": a particle, not the verb "back".
                Kind::Word
                    if s.toks[i].text == "back"
                        && i > 0
                        && s.word_at(i - 1)
                            .is_some_and(|v| self.lex.classes.back_particle.contains(v)) => {}
                Kind::Word => {
                    let w = s.toks[i].text;
                    seen_entries.clear();
                    // The longest trigger starting here reads ("fought alongside", not
                    // "fought").
                    let triggers = self.lex.starting_with(w);
                    // (The triggers come longest first: the first that stands here.)
                    let first = triggers
                        .iter()
                        .enumerate()
                        .find_map(|(k, t)| Some((k, s.trigger_len_from(i, &t.words)?)));
                    let longest = first.map_or(0, |(k, _)| triggers[k].words.len());
                    // "was hit by", "has hit": after an auxiliary a form that is both a verb's
                    // base and its past ("hit", "cut", "upset") is the participle.
                    // (Asked only of a base form that is also a past: "hit", "cut".)
                    let after_aux = || {
                        let mut k = i;
                        if k > 0 && s.word_at(k - 1).is_some_and(|v| v.ends_with("ly")) {
                            k -= 1;
                        }
                        k > 0
                            && s.word_at(k - 1).is_some_and(|v| {
                                PASSIVE_AUX.contains(&v) || matches!(v, "has" | "have" | "had")
                            })
                    };
                    // (None stands before the first that stands, nor any if none does: those
                    // are not matched again, nor is the first.)
                    let (first, first_len) = first.unwrap_or((triggers.len(), 0));
                    for (k, trig) in triggers.iter().enumerate().skip(first) {
                        if seen_entries.contains(&trig.entry) || trig.words.len() < longest {
                            continue;
                        }
                        if trig.form == Form::Base
                            && triggers.iter().any(|t| {
                                t.entry == trig.entry
                                    && matches!(t.form, Form::Past | Form::Participle)
                                    && t.words == trig.words
                            })
                            && after_aux()
                        {
                            continue;
                        }
                        let len = if k == first {
                            first_len
                        } else if let Some(len) = s.trigger_len_from(i, &trig.words) {
                            len
                        } else {
                            continue;
                        };
                        seen_entries.push(trig.entry);
                        let j = i + len;
                        covered = covered.max(j);
                        let entry = &self.lex.entries[trig.entry];
                        self.groups_only = entry.groups_only;
                        // "its largest trading partner": a tie of trade, no alliance (nor the
                        // verb "partners" after it).
                        if entry.sense == Sense::Ally
                            && i > 0
                            && s.word_at(i - 1)
                                .is_some_and(|w| self.lex.classes.trade_modifiers.contains(w))
                        {
                            continue;
                        }
                        match entry.pos {
                            Pos::Verb => {
                                let before = self.out.len();
                                self.verb(i, j, trig, entry);
                                self.joined_in(before, (i, j), &trig.lemma);
                            }
                            Pos::Noun => {
                                let before = self.out.len();
                                self.noun(i, j, trig, entry);
                                self.own_word = None;
                                self.supported_side_against(before, (i, j), &trig.lemma);
                                self.joined_attack(before, (i, j), &trig.lemma);
                            }
                            Pos::RelNoun => self.relnoun(i, j, trig, entry),
                            Pos::Compound => {}
                        }
                    }
                }
                Kind::Actor(_)
                    if i >= 2 && s.punct(i - 1) == Some('-') && s.word_is(i - 2, "pro") =>
                {
                    self.pro_compound(i);
                }
                Kind::Punct('-') if i > 0 && s.toks[i - 1].actor().is_some() => {
                    if let Some(w) = s.toks.get(i + 1).and_then(|t| t.word()) {
                        for &e in self.lex.compound(w) {
                            self.compound(i, e, w);
                        }
                    }
                }
                _ => {}
            }
            i += 1;
        }
        let lex = self.lex;
        let mut out = self.out;
        // "Turkish-backed factions fought it": no side fights the clients it backs here (a
        // pronoun misread as the patron).
        if !s.composed.is_empty() {
            let client_and_patron = |a: usize, b: usize| {
                s.composed.iter().any(|(m, state, _, _)| {
                    let patron = s.ids.get(*state);
                    (a == *m && s.ids.get(b) == patron) || (b == *m && s.ids.get(a) == patron)
                })
            };
            out.retain(|r| {
                r.sense != Sense::Adversary
                    || !r.agent.iter().any(|&a| {
                        r.patient.iter().any(|&p| client_and_patron(a, p))
                            || r.pairwise && r.agent.iter().any(|&b| client_and_patron(a, b))
                    })
            });
        }
        // "Kinshasa and the M23 signed a declaration, committing to a permanent ceasefire": a
        // pair the sentence gives a truce signed no alliance; the document's signing is the
        // truce's.
        let truce_pairs: Vec<Vec<usize>> = out
            .iter()
            .filter(|r| {
                r.sense == Sense::Adversary
                    && r.dropped.is_none()
                    && r.frame.starts_with("noun")
                    && r.lemma.split(' ').next().is_some_and(|w| {
                        lex.starting_with(w).iter().any(|t| {
                            let e = &lex.entries[t.entry];
                            e.agentless && e.reciprocal && t.words.join(" ") == r.lemma
                        })
                    })
            })
            .map(|r| {
                let mut p: Vec<usize> = r.agent.iter().chain(&r.patient).copied().collect();
                p.sort_unstable();
                p
            })
            .collect();
        if !truce_pairs.is_empty() {
            out.retain(|r| {
                let signed = r.sense == Sense::Ally
                    && r.frame.starts_with("verb")
                    && r.lemma.starts_with("sign ");
                !signed
                    || !truce_pairs.iter().any(|p| {
                        r.agent
                            .iter()
                            .chain(&r.patient)
                            .all(|m| p.binary_search(m).is_ok())
                    })
            });
        }
        // "the ceasefire, which was negotiated by X between A and B": the parties of a
        // mediated truce fought each other (as "a ceasefire between A and B" says); so do a
        // state and an armed group, or two groups, between whom anyone mediates ("Qatar's
        // mediation between Washington and the Taliban"). Two states may meet through a third
        // for other ends (to normalise ties, to hold a summit).
        let truce_at = |k: usize| {
            s.word_at(k).is_some_and(|w| {
                lex.starting_with(w).iter().any(|t| {
                    let e = &lex.entries[t.entry];
                    e.sense == Sense::Adversary
                        && e.agentless
                        && e.reciprocal
                        && s.trigger_len_from(k, &t.words).is_some()
                })
            })
        };
        let truces: Vec<Reading> = out
            .iter()
            .filter(|r| {
                r.sense == Sense::Mediator
                    && r.dropped.is_none()
                    && r.patient.len() == 2
                    && (r
                        .patient
                        .iter()
                        .any(|&m| s.kinds.get(m) == Some(&ActorKind::ArmedGroup))
                        || (r.trigger.0.saturating_sub(8)..(r.trigger.1 + 4).min(n)).any(truce_at))
            })
            .map(|r| Reading {
                sense: Sense::Adversary,
                agent: r.patient.clone(),
                patient: Vec::new(),
                pairwise: true,
                trigger: r.trigger,
                frame: "mediated-truce",
                lemma: r.lemma.clone(),
                dropped: None,
                from_context: None,
                groups_only: false,
            })
            .collect();
        for t in truces {
            let same = |r: &Reading| {
                r.sense == Sense::Adversary
                    && r.agent
                        .iter()
                        .chain(&r.patient)
                        .all(|m| t.agent.contains(m))
            };
            if !out.iter().any(same) {
                out.push(t);
            }
        }
        // "the Qatari-mediated agreement between Kinshasa and the M23", "a deal brokered by
        // Egypt": a mediated deal is the mediation's, no alliance of its parties or its broker.
        let mediated: Vec<(usize, usize)> = out
            .iter()
            .filter(|r| r.sense == Sense::Mediator && r.dropped.is_none())
            .map(|r| r.trigger)
            .collect();
        if !mediated.is_empty() {
            out.retain(|r| {
                !(r.sense == Sense::Ally
                    && r.frame.starts_with("noun")
                    && mediated.iter().any(|&(a, b)| {
                        (b <= r.trigger.0 && r.trigger.0 - b <= 2)
                            || (a >= r.trigger.1 && a - r.trigger.1 <= 1)
                    }))
            });
        }
        // "The talks, hosted by X, brought together envoys of A and B": A and B are the
        // parties this sentence gives its talks, not mediators of earlier talks.
        let parties: Vec<usize> = out
            .iter()
            .filter(|r| r.sense == Sense::Mediator && r.dropped.is_none())
            .filter(|r| r.frame != "event-mediator")
            .flat_map(|r| r.patient.iter().copied())
            .collect();
        if !parties.is_empty() {
            out.retain(|r| {
                r.frame != "event-mediator" || !r.agent.iter().any(|a| parties.contains(a))
            });
        }
        out.dedup();
        out
    }

    /// Whether a hostile trigger of the lexicon starts at token `k` ("sanctions", "bombed").
    fn hostile_trigger_at(&self, k: usize) -> bool {
        let s = self.sent;
        s.word_at(k).is_some_and(|w| {
            self.lex.starting_with(w).iter().any(|t| {
                self.lex.entries[t.entry].sense == Sense::Adversary
                    && s.trigger_len_from(k, &t.words).is_some()
            })
        })
    }

    /// Whether the noun at `i` fills a span of time that a verb ends ("halted 12 days of
    /// war", "ended three decades of conflict"): the pair that ends it waged it.
    fn span_ended(&self, i: usize) -> bool {
        let s = self.sent;
        self.span_of(i)
            && (i.saturating_sub(6)..i).any(|k| {
                s.word_at(k)
                    .is_some_and(|w| self.lex.classes.undoing.contains(w))
            })
    }

    /// Whether the noun at `i` fills a span of time ("after two weeks of (fierce) battles",
    /// "to halt 12 days of war").
    fn span_of(&self, i: usize) -> bool {
        let s = self.sent;
        (i.saturating_sub(2)..i)
            .find(|&k| s.word_is(k, "of"))
            .is_some_and(|of| {
                of >= 1
                    && s.word_at(of - 1)
                        .is_some_and(|w| clauses::DURATIONS.contains(&w))
            })
    }

    #[allow(clippy::too_many_arguments)]
    fn emit(
        &mut self,
        sense: Sense,
        agent: &List,
        patient: Option<&List>,
        trigger: (usize, usize),
        frame: &'static str,
        lemma: &str,
        pairwise: bool,
    ) {
        let s = self.sent;
        // "China and Russia, along with Iran, held drills": the companions act too.
        let with_companions;
        let agent = match s
            .companions(agent.end, &self.lex.classes)
            .filter(|c| c.end < trigger.0)
        {
            Some(c) if !patient.is_some_and(|p| p.shares(&c)) => {
                with_companions = agent.joined(&c);
                &with_companions
            }
            _ => agent,
        };
        // "punishing Moscow for its invasion of Ukraine and Minsk for allowing ...": a last
        // member followed by the preposition that heads the agent's phrase is the verb's
        // parallel object, not a member.
        let gapped;
        let patient = match patient {
            Some(p)
                if p.members.len() >= 2
                    && agent.start < trigger.0
                    && agent.start > 0
                    && s.word_at(p.end)
                        .is_some_and(|w| w == "for" || clauses::is_preposition(w))
                    && s.word_at(p.end) == s.word_at(agent.start - 1) =>
            {
                gapped = List {
                    members: p.members[..p.members.len() - 1].to_vec(),
                    ..p.clone()
                };
                Some(&gapped)
            }
            p => p,
        };
        // The filter scope: from the start of the clause holding the agent (or the trigger)
        // to the patient.
        let first = agent.start.min(trigger.0);
        let mut scope_from = s.clause_start(first);
        // "pressed its offensive against Iranian proxies, chiefly X": a relational noun with
        // its members named after it describes them; the clause's verb does not govern it.
        if matches!(frame, "relnoun-enumeration" | "relnoun-after") {
            scope_from = scope_from.max(self.np_start(first, 5, true));
        }
        // "refused to sanction Russia, its traditional ally": an apposition is parenthetical;
        // the clause around its anchor does not govern it.
        if frame == "relnoun-apposition" && agent.end <= trigger.0 {
            scope_from = scope_from.max(agent.end);
        }
        // "X considers Y an offshoot of Z, which has waged ...": a relative clause between the
        // agent and the trigger is the trigger's clause; the main clause's words do not
        // govern it.
        // ("X offered to mediate between A and B, whose relations soured": the same.)
        // "X said Y would never abandon Z, and accused W of ...": a verb phrase coordinated
        // after ", and" is a clause of its own; what negates or hedges the conjunct before it
        // does not reach it.
        if agent.end < trigger.0 {
            if let Some(r) = (agent.end..trigger.0).rev().find(|&k| {
                // (A relative clause closed before the trigger is not its clause.)
                matches!(s.word_at(k), Some("which" | "who" | "whose"))
                    && (k..trigger.0).all(|c| s.punct(c) != Some(','))
                    || k >= 1
                        && s.punct(k - 1) == Some(',')
                        && matches!(s.word_at(k), Some("and" | "but"))
                        && s.verbs.get(k + 1).copied().unwrap_or(false)
            }) {
                scope_from = scope_from.max(r);
            }
        }
        // "X and Y agreed to end their dispute in talks mediated by Z": the talks' mediation
        // is stated whatever the clause around the talks says of them.
        if frame == "passive-mediator"
            && trigger.0 > 0
            && s.word_at(trigger.0 - 1)
                .is_some_and(|w| EVENTS.contains(&w))
        {
            scope_from = scope_from.max(trigger.0 - 1);
        }
        // "The Polisario Front, which seeks independence and is backed by Algeria": a verb
        // phrase coordinated with its own auxiliary is a clause of its own; a hedge or
        // negation of the conjunct before it does not reach it (a denial does: "denies that
        // it arms X and has ...").
        if let Some(k) = (scope_from..trigger.0).rev().find(|&k| {
            s.word_is(k, "and")
                && s.word_at(k + 1).is_some_and(|w| {
                    matches!(w, "is" | "was" | "are" | "were" | "has" | "have" | "had")
                })
        }) {
            if !(scope_from..k).any(|c| s.word_at(c).is_some_and(filters::is_denial)) {
                scope_from = scope_from.max(k + 1);
            }
        }
        // "Mali scrapped the accord, brokered by Algeria between ...": a participle after a
        // comma describes its noun in a clause of its own.
        if frame.starts_with("passive") && trigger.0 > 0 && s.punct(trigger.0 - 1) == Some(',') {
            scope_from = scope_from.max(trigger.0);
        }
        // "Hungary would not take sides in the conflict between A and B", "talks stalled over
        // the war between A and B": a conflict named inside a phrase of place or topic is
        // presupposed; what the clause around it negates or hedges is not the conflict ("could
        // lead to a war between", "the risk of a war between" are no such phrases).
        if frame == "noun-between" && sense == Sense::Adversary {
            let mut k = trigger.0;
            while k > 0
                && s.word_at(k - 1).is_some_and(|w| {
                    matches!(
                        w,
                        "the" | "a" | "an" | "this" | "that" | "ongoing" | "long-running"
                    ) || w.len() > 4 && w.ends_with("-year")
                })
            {
                k -= 1;
            }
            if k > 0
                && s.word_at(k - 1).is_some_and(|w| {
                    matches!(
                        w,
                        "in" | "over" | "on" | "about" | "amid" | "during" | "throughout"
                    )
                })
            {
                scope_from = scope_from.max(k);
            }
        }
        let mut scope_to = patient.map_or(trigger.1, |p| p.start.max(trigger.1));
        // "Y's main supplier is not X": the copula after the role is the reading's.
        if frame == "relnoun-inverse-copula" {
            scope_to = scope_to.max(agent.start);
        }
        let hostile = sense == Sense::Adversary;
        let ally = matches!(sense, Sense::Ally | Sense::Support);
        let plan = sense == Sense::Mediator;
        // The clause's words, less a phrase trigger's own ("refuse to recognise", "turned its
        // back on") and the word that undoes a tie: those are the reading, not a negation of
        // it. (A one-word trigger stays in the clause: "threatened ... if" reads it.)
        let blocked = |from: usize, to: usize| {
            let own = if trigger.1 >= trigger.0 + 2 {
                (trigger.0, trigger.1)
            } else {
                (usize::MAX, usize::MAX)
            };
            let mut skip = [own, (usize::MAX, usize::MAX)];
            if let Some(k) = self.own_word {
                skip[1] = (k, k + 1);
            }
            skip.sort_unstable();
            let mut at = from;
            for (a, b) in skip {
                if a >= to {
                    break;
                }
                if a > at {
                    if let Some(why) = filters::clause_blocked(s, at, a, hostile, ally, plan) {
                        return Some(why);
                    }
                }
                at = at.max(b);
            }
            (at < to)
                .then(|| filters::clause_blocked(s, at, to, hostile, ally, plan))
                .flatten()
        };
        // "X accused Y of arming Z, a charge Y denies": the accusation was made; the denial
        // after it disputes only what Y is accused of.
        // Likewise "X said it brokered the A-B ceasefire, a claim A rejected": the ceasefire
        // a compound names is presupposed, not claimed.
        // ("Y has been accused by X of arming Z, a charge Y denies": the same.)
        let accusation = matches!(frame, "verb" | "passive") && matches!(lemma, "accuse" | "blame");
        let disputed_elsewhere = self.blocked == Some("denial")
            && ((accusation || frame == "noun-compound")
                && filters::denied_after_comma(s, trigger.1)
                || accusation && filters::denied_before_clause(s, trigger.0));
        let denial_closed = self.blocked == Some("denial")
            && (filters::denial_closed_before(s, trigger.0)
                || filters::denied_in_later_clause(s, trigger.1)
                || filters::denial_in_other_aside(s, trigger.0));
        // "Iran, the Houthis' main patron, denied any role": a closed apposition is the
        // narrator's aside; the sentence's denial or question is about the main clause.
        // ("Qatar, a key mediator between A and B, rejected the report": the same.)
        let apposed = match frame {
            "relnoun-apposition" => true,
            "noun-mediator" => self.mediator_np_start(trigger.0) == agent.end + 1,
            _ => false,
        };
        let aside = apposed && agent.end <= trigger.0 && {
            let end = trigger.1.max(patient.map_or(0, |p| p.end));
            s.punct(agent.end) == Some(',')
                && (end..s.len())
                    .find(|&k| s.punct(k).is_some())
                    .is_some_and(|k| s.punct(k) == Some(','))
                && !filters::parenthetical_blocked(s, agent.end, end)
        };
        let sentence_blocked = if disputed_elsewhere || denial_closed || aside {
            None
        } else {
            self.blocked
        };
        let mut dropped = sentence_blocked
            .or_else(|| blocked(scope_from, scope_to))
            // (Not a conflict the claim presupposes: "claimed that it mediated the truce that
            // halted four days of fighting between A and B, but A insists ...".)
            .or_else(|| {
                (!matches!(frame, "noun-between" | "noun-compound")
                    && filters::claim_disputed(s, trigger.0, &self.lex.classes))
                .then_some("disputed")
            });
        // "wants to join the SDF's fight against Z", "fears the war between X and Y": a
        // definite noun phrase presupposes the fight; the clause's hedge is about what is
        // done with it, not whether it is.
        let determiner = |k: usize| matches!(s.word_at(k), Some("the" | "its" | "their" | "this"));
        let np = match frame {
            "noun-possessive" => {
                Some(agent.start - usize::from(agent.start > 0 && determiner(agent.start - 1)))
            }
            "noun-between" => (first.saturating_sub(3)..first)
                .rev()
                .find(|&k| determiner(k))
                .filter(|&k| {
                    (k + 1..first).all(|c| {
                        s.word_at(c)
                            .is_some_and(|w| !is_break(w) && !is_preposition(w) && !s.verbs[c])
                    })
                }),
            _ => None,
        };
        let definite = np.is_some();
        let np = np.unwrap_or(first);
        // ("India did not condemn Russia's invasion of Ukraine": nor is a negated verb's,
        // for an act of war; "does not share X's hostility towards Y" shares no feeling.)
        let act_of_war = frame == "noun-possessive"
            && (self.lex.classes.attacks.contains(lemma)
                || matches!(
                    lemma,
                    "invasion" | "annexation" | "occupation" | "war" | "blockade" | "siege"
                ));
        if (dropped == Some("hedge") || dropped == Some("negation") && act_of_war)
            && definite
            && sentence_blocked.is_none()
            && blocked(np, scope_to).is_none()
        {
            dropped = None;
        }
        // "War between X and Y would be a disaster": a noun phrase that is the subject of a
        // modal verb is hypothetical; "the war between X and Y could resume" is not.
        // ("remarks that a Chinese attack on Taiwan could trigger a response": an indefinite
        // attack named by its author's demonym, so too.)
        let indefinite_modifier = frame == "noun-modifier"
            && agent.start > 0
            && matches!(s.word_at(agent.start - 1), Some("a" | "an" | "any"));
        if dropped.is_none() && (frame == "noun-between" || indefinite_modifier) {
            let end = agent.end.max(patient.map_or(0, |p| p.end)).max(trigger.1);
            if matches!(
                s.word_at(end),
                Some("would" | "could" | "might" | "may" | "should" | "must")
            ) && !(definite
                && s.word_at(end + 1).is_some_and(|w| {
                    matches!(
                        w,
                        "resume" | "continue" | "escalate" | "intensify" | "spread" | "widen"
                    )
                }))
            {
                dropped = Some("hedge");
            }
        }
        // Hedges between the agent and a trigger after an apposition: "X, which would ...".
        // (From the trigger's own clause when it opens after the agent, as above.)
        if dropped.is_none() && agent.end < trigger.0 {
            dropped = blocked(agent.end.max(scope_from), trigger.0);
        }
        let reading = Reading {
            sense,
            agent: agent.members.clone(),
            patient: patient.map(|p| p.members.clone()).unwrap_or_default(),
            pairwise,
            trigger,
            frame,
            lemma: lemma.to_string(),
            dropped,
            from_context: None,
            groups_only: self.groups_only,
        };
        if !self.out.contains(&reading) {
            self.out.push(reading);
        }
    }

    fn left(max_gap: usize) -> Left {
        Left {
            max_gap,
            skip_governed: false,
            skip_modifiers: false,
        }
    }

    /// "each other", "one another", "the other" right after `j`: as the verb's direct object
    /// for a verb without prepositions ("fought each other"), after one of its prepositions
    /// otherwise ("cooperate with each other"; "fought each other" is no "fight alongside").
    fn reciprocal_marker(&self, j: usize, entry: &Entry) -> bool {
        let s = self.sent;
        (j..(j + 3).min(s.len())).any(|k| {
            let a = s.toks[k].word();
            let b = s.toks.get(k + 1).and_then(|t| t.word());
            let marker = matches!(
                (a, b),
                (Some("each"), Some("other"))
                    | (Some("one"), Some("another"))
                    | (Some("the"), Some("other"))
            );
            marker
                && (entry.preps.is_empty()
                    || entry
                        .preps
                        .iter()
                        .any(|p| k >= p.len() && s.words_at(k - p.len(), p)))
        })
    }

    /// "X and Y fought two wars", "waged a bitter conflict": a hostile verb whose object is
    /// the war itself relates its plural subject's members.
    fn war_object(&self, j: usize, trig: &Trigger) -> bool {
        let s = self.sent;
        matches!(trig.lemma.as_str(), "fight" | "wage" | "battle")
            && (j..(j + 4).min(s.len())).any(|k| {
                matches!(
                    s.word_at(k),
                    Some("war" | "wars" | "battles" | "conflict" | "conflicts" | "skirmishes")
                ) && !matches!(
                    s.word_at(k + 1),
                    Some("games" | "game" | "crimes" | "criminals")
                )
            })
    }

    /// Whether one of `entry`'s completing words (`then`) follows the trigger ending at `j`
    /// within a few words ("turned to Y for help", "relations between X and Y soured"), or
    /// past a longer object in the same phrase ("designated the Sinaloa Cartel and five other
    /// crime groups as terrorist organisations": no clause punctuation between).
    fn completed(&self, j: usize, entry: &Entry) -> bool {
        let s = self.sent;
        (j..(j + 14).min(s.len()))
            .take_while(|&k| k < j + 8 || !matches!(s.punct(k), Some(p) if p != '-' && p != ','))
            .any(|k| entry.then.iter().any(|w| s.words_at(k, w)))
    }

    fn verb(&mut self, i: usize, j: usize, trig: &Trigger, entry: &Entry) {
        let s = self.sent;
        if entry.sense == Sense::Mediator {
            return self.mediation_verb(i, j, trig);
        }
        // "Ukraine relied on drones supplied by Y", "the Houthis fired missiles provided by Y
        // at ships": whoever uses the arms Y gave is Y's client.
        if entry.sense == Sense::Support
            && matches!(trig.form, Form::Past | Form::Participle)
            && s.word_is(j, "by")
        {
            if let Some(user) = self.goods_user(i) {
                if let Some(by) = s.by_agent(j, 1) {
                    self.emit(
                        entry.sense,
                        &by,
                        Some(&user),
                        (i, j),
                        "verb",
                        &trig.lemma,
                        false,
                    );
                }
                return;
            }
        }
        // "turned to Y for help": the words that complete the trigger after its patient.
        if !entry.then.is_empty() && !self.completed(j, entry) {
            return;
        }
        // "Turkish-backed": the word after a hyphen is a compound's, read as one.
        if i > 0 && s.punct(i - 1) == Some('-') {
            return;
        }
        // "to end a bitter year-long feud over X's deal with Y": a bare form after a
        // determiner and adjectives, the object of a verb that undoes it, is a noun; it takes
        // no prepositional object past the words after it (the deal's "with" is not its own).
        // ("fought a deadly clash", "it is a fight we must win" keep the verb's reading.)
        let nominal = trig.form == Form::Base
            && (i.saturating_sub(5)..i).any(|d| {
                matches!(s.word_at(d), Some("a" | "an" | "the"))
                    && d > 0
                    && s.word_at(d - 1)
                        .is_some_and(|w| self.lex.classes.undoing.contains(w))
                    && (d + 1..i).all(|k| {
                        s.toks[k].actor().is_none()
                            && !s.verbs[k]
                            && (s.punct(k) == Some('-')
                                || s.word_at(k).is_some_and(|w| {
                                    !is_preposition(w) && !is_break(w) && w != "to"
                                }))
                    })
            });
        // "X joined NATO" states a membership; "wants to join", "its bid to join", "was
        // invited to join", "against joining" state a wish or its refusal.
        if matches!(trig.lemma.as_str(), "join" | "rejoin")
            && (matches!(trig.form, Form::Base | Form::Ing)
                || i > 0 && s.word_at(i - 1).is_some_and(|w| PASSIVE_AUX.contains(&w)))
        {
            return;
        }
        // "warned Y against providing aid to Z", "barred Y from arming Z": an act warned
        // against or kept from is not stated as done.
        if trig.form == Form::Ing && kept_from(s, i) {
            return;
        }
        // "X helped intercept missiles", "helped to broker": help given to an act, not to an
        // actor after it.
        if matches!(trig.lemma.as_str(), "help" | "assist" | "aid")
            && (s.word_is(j, "to")
                || s.verbs.get(j) == Some(&true)
                || s.word_at(j).is_some_and(|w| {
                    self.lex
                        .starting_with(w)
                        .iter()
                        .any(|t| t.form == Form::Base && self.lex.entries[t.entry].pos == Pos::Verb)
                }))
        {
            return;
        }
        let past = matches!(trig.form, Form::Past | Form::Participle);
        // "the besieged town": a participle used as an adjective states nothing about actors.
        if past && i > 0 && matches!(s.word_at(i - 1), Some("the" | "a" | "an")) {
            return;
        }
        // "back opposite sides", "both sides", "its partners": a third-person form after a
        // determiner or an adjective of sides is a plural noun.
        if trig.form == Form::Third
            && i > 0
            && matches!(
                s.word_at(i - 1),
                Some(
                    "the"
                        | "opposite"
                        | "opposing"
                        | "rival"
                        | "both"
                        | "two"
                        | "all"
                        | "different"
                        | "its"
                        | "their"
                        | "warring"
                        | "other"
                        | "our"
                        | "whose"
                )
            )
        {
            return;
        }
        // "retook territory held by Y": the agent of a participle after the object is not
        // this verb's.
        let own_by = !(j..(j + 4).min(s.len()))
            .any(|k| s.word_at(k).is_some_and(|w| clauses::HOLDING.contains(&w)));
        // "had repelled an assault by X": the "by" is the attack's, not a passive agent.
        let attack_by = self.lex.classes.resisting.contains(trig.lemma.as_str())
            && (j..(j + 4).min(s.len())).any(|k| {
                k > 0
                    && s.word_is(k, "by")
                    && s.word_at(k - 1)
                        .is_some_and(|w| self.lex.classes.attacks.contains(w))
            });
        // "India rebuffed an offer by X to mediate": a verb with its own object after it and
        // no auxiliary before it is active; the "by" is its object's.
        let active_object = matches!(
            s.word_at(j),
            Some("a" | "an" | "its" | "their" | "his" | "her")
        ) && !(i > 0
            && s.word_at(i - 1).is_some_and(|w| PASSIVE_AUX.contains(&w)));
        if entry.passive && past && own_by && !attack_by && !active_object {
            if let Some(by) = s
                .by_agent(j, 3)
                .or_else(|| self.by_agent_past_adverbials(j))
            {
                // "A Russian drone was shot down by Polish jets": who made what was resisted.
                let resisted = || {
                    self.lex
                        .classes
                        .resisting
                        .contains(trig.lemma.as_str())
                        .then(|| self.attack_author(s.clause_start(i).min(i)))
                        .flatten()
                        .filter(|l| l.end < i)
                };
                // "Ukraine's power grid was hit by X", "a Malian army convoy was ambushed by
                // X": what is hit is its owner's.
                let owned = || {
                    (entry.sense == Sense::Adversary)
                        .then(|| self.passive_owner(i))
                        .flatten()
                };
                if let Some(patient) = self.passive_patient(i).or_else(resisted).or_else(owned) {
                    let (a, p) = if entry.reversed {
                        (patient, by)
                    } else {
                        (by, patient)
                    };
                    self.emit(
                        entry.sense,
                        &a,
                        Some(&p),
                        (i, j),
                        "passive",
                        &trig.lemma,
                        false,
                    );
                }
                return;
            }
        }
        // "drones fired by Y at a base": a participle whose agent is its "by" phrase, of a verb
        // read only in the active; the clause's subject did not fire them.
        if past && !entry.passive && s.word_is(j, "by") {
            if let Some(by) = s.by_agent(j, 1) {
                // "Israel intercepted a rocket fired by Y": who stops what Y fired faces Y.
                if entry.sense == Sense::Adversary {
                    if let Some(l) = self.interceptor(i) {
                        self.emit(
                            entry.sense,
                            &l,
                            Some(&by),
                            (i, j),
                            "verb",
                            "intercept",
                            false,
                        );
                    }
                }
                return;
            }
        }
        let owner = (trig.form == Form::Base)
            .then(|| self.effort_owner(i))
            .flatten();
        let mut fallback = false;
        // "Pakistan's strikes on TTP hideouts drew a rebuke from Z": the censure is of the
        // attack's author, not of the actor nearest the verb.
        let drawn = trig
            .lemma
            .starts_with("draw ")
            .then(|| {
                let c = s.clause_start(i);
                self.attack_author(c).or_else(|| {
                    // ("China's drills around Taiwan drew ...": the subject's possessor.)
                    let k = c + usize::from(s.word_is(c, "the"));
                    let m = s.toks.get(k)?.actor()?;
                    s.toks[k].poss.then(|| List::one(m, k))
                })
            })
            .flatten()
            .filter(|l| l.end < i);
        let Some(agent) = owner
            .or(drawn)
            .or_else(|| self.permitted_agent(i, trig))
            .or_else(|| self.verb_subject(i, trig.form == Form::Ing))
            .or_else(|| {
                fallback = true;
                self.infinitive_fallback_subject(i, trig)
            })
        else {
            return;
        };
        // "X stands by Y to defeat Z": an actor right before an infinitive's "to" is the main
        // verb's object; the infinitive's subject is the main clause's.
        // After a verb of help ("X helps Y to defeat Z", "X stands by Y to defeat Z") the
        // object acts too: both fight Z.
        // "X helped Y push Z out": a bare infinitive after the object of a verb of help.
        let bare = agent.end == i
            && (agent.start.saturating_sub(2)..agent.start).any(|k| {
                s.word_at(k)
                    .is_some_and(|w| self.lex.classes.helping.contains(w))
            });
        // "X asked Y to arrest Z", "urged Y to fight Z": Y is to act.
        // ("X demanded that Y disarm Z", "urged that Y expel Z": a subjunctive clause too.)
        let asked_at = |k: usize| {
            s.word_at(k)
                .is_some_and(|w| self.lex.classes.asking.contains(w))
        };
        let asked = agent.start >= 1 && asked_at(agent.start - 1);
        if agent.start >= 2
            && s.word_is(agent.start - 1, "that")
            && asked_at(agent.start - 2)
            && trig.form == Form::Base
        {
            return;
        }
        if asked && trig.form == Form::Base && s.word_is(i - 1, "to") && agent.end + 1 == i {
            return;
        }
        let agent = if !fallback
            && trig.form == Form::Base
            && i >= 1
            && (s.word_is(i - 1, "to") && agent.end + 1 == i || bare)
        {
            let Some(m) = self.infinitive_subject(agent.start) else {
                return;
            };
            let helping = (agent.start.saturating_sub(2)..agent.start).any(|k| {
                s.word_at(k)
                    .is_some_and(|w| self.lex.classes.helping.contains(w))
            });
            if helping && entry.sense == Sense::Adversary {
                m.joined(&agent)
            } else {
                m
            }
        } else {
            agent
        };
        // "provided aerial photographs and other military intelligence to Y": what is given
        // may be a longer phrase when the entry names it.
        let max_gap = if nominal {
            0
        } else if entry.preps.is_empty() {
            4
        } else if entry.then.is_empty() {
            5
        } else {
            8
        };
        let mut patient = s
            .object_right(j, &entry.preps, max_gap)
            .or_else(|| {
                // "struck targets near Damascus", "shelled army positions in Mali": the land of
                // the targets a verb of attack hits.
                (entry.sense == Sense::Adversary && entry.preps.is_empty())
                    .then(|| self.targets_in(j))
                    .flatten()
            })
            .or_else(|| {
                // "Iran arms, funds and trains Y": verbs joined before one object share it
                // ("rammed, blocked and water-cannoned Philippine boats": a past form the
                // verb marks miss, hyphenated too, after the comma or "and").
                let mut k = j;
                let mut joined = false;
                loop {
                    let comma = usize::from(s.punct(k) == Some(','));
                    let and = usize::from(s.word_is(k + comma, "and"));
                    let v = k + comma + and;
                    let past = |t: usize| {
                        s.word_at(t)
                            .is_some_and(|w| w.len() > 4 && w.ends_with("ed"))
                    };
                    let width = if s.verbs.get(v).copied().unwrap_or(false) || past(v) {
                        1
                    } else if s.word_at(v).is_some() && s.punct(v + 1) == Some('-') && past(v + 2) {
                        3
                    } else {
                        0
                    };
                    if comma + and > 0 && width > 0 {
                        joined |= and == 1;
                        k = v + width;
                    } else {
                        break;
                    }
                }
                (joined && entry.preps.is_empty())
                    .then(|| s.object_right(k, &entry.preps, max_gap))
                    .flatten()
            });
        // "Hezbollah, the movement that Iran has funded and armed": the object of a relative
        // clause is its antecedent.
        if patient.is_none() && entry.preps.is_empty() && agent.start >= 2 {
            let mut r = agent.start - 1;
            if s.word_is(r, "the") && r >= 2 {
                r -= 1;
            }
            let aux_only = (agent.end..i).all(|k| {
                s.word_at(k).is_some_and(|w| {
                    PASSIVE_AUX.contains(&w)
                        || matches!(w, "has" | "have" | "had" | "long" | "also" | "openly")
                })
            });
            if aux_only && matches!(s.word_at(r), Some("that" | "which" | "whom")) {
                // ("the Houthis, a group that Saudi Arabia has bombed": the noun's anchor.)
                let mut k = r - 1;
                if s.word_at(k)
                    .is_some_and(|w| self.lex.classes.group_nouns.contains(w))
                {
                    while k > 0 && k + 4 > r && s.word_at(k - 1).is_some() {
                        k -= 1;
                    }
                    if k >= 2 && s.punct(k - 1) == Some(',') {
                        k -= 2;
                    }
                }
                patient = s.list_back(k).filter(|l| !l.poss && !l.shares(&agent));
            }
        }
        // "X helped Tuareg rebels ambush Y": a direct object ends before a verb in its base
        // form; Y is the ambush's, not the help's.
        if entry.preps.is_empty() {
            if let Some(p) = &patient {
                let bare_verb = (j + 1..p.start).any(|k| {
                    !s.word_at(k - 1).is_some_and(|d| {
                        matches!(d, "the" | "a" | "an" | "its" | "their" | "his" | "her")
                    }) && s.word_at(k).is_some_and(|w| {
                        self.lex
                            .starting_with(w)
                            .iter()
                            .any(|t| t.form == Form::Base && t.words.len() == 1)
                    })
                });
                if bare_verb {
                    patient = None;
                }
            }
        }
        // "designated Mexico's Sinaloa and Jalisco cartels as terrorist organisations": what
        // is branded is the possessor's thing, not the possessor.
        if !entry.then.is_empty() && patient.as_ref().is_some_and(|p| p.poss) {
            return;
        }
        // "India rejected a U.S. suggestion that ...": an actor before a noun of what was
        // said or proposed only modifies it; the thing said is the object.
        if entry.sense == Sense::Adversary
            && patient.as_ref().is_some_and(|p| {
                !p.poss
                    && p.end == p.start + 1
                    && !s.toks[p.start].poss
                    && s.word_at(p.end)
                        .is_some_and(|w| self.lex.classes.said_nouns.contains(w))
            })
        {
            return;
        }
        // "X thanked Y for the new air-defence systems": Y supports X.
        if trig.lemma == "thank" {
            if let Some(p) = &patient {
                let support = (p.end..(p.end + 10).min(s.len())).any(|k| {
                    s.word_at(k)
                        .is_some_and(|w| self.lex.classes.thanked_for.contains(w))
                }) && (p.end..(p.end + 5).min(s.len())).any(|k| s.word_is(k, "for"));
                if support {
                    self.emit(
                        Sense::Support,
                        p,
                        Some(&agent),
                        (i, j),
                        "verb-thanks",
                        &trig.lemma,
                        false,
                    );
                }
            }
            return;
        }
        // "X struck an oil refinery deep inside Y": a target located in a state; "X struck
        // Z-controlled ports in Y": Z's.
        if entry.preps.is_empty() && self.lex.classes.striking.contains(trig.lemma.as_str()) {
            if let Some(holder) = self.held_by(j) {
                patient = Some(holder);
            }
        }
        if patient.is_none()
            && entry.preps.is_empty()
            && self.lex.classes.striking.contains(trig.lemma.as_str())
        {
            patient = self.located_target(j);
        }
        // "X repelled a Russian assault", "foiled an Iranian plot": who made the attack.
        if patient.is_none()
            && entry.preps.is_empty()
            && self.lex.classes.resisting.contains(trig.lemma.as_str())
        {
            patient = self.attack_author(j);
        }
        // "intercepted a drone launched from Lebanon": where the attack came from.
        if patient.is_none()
            && entry.preps.is_empty()
            && matches!(trig.lemma.as_str(), "intercept" | "shoot down" | "down")
        {
            patient = self.launched_from(j);
        }
        // "X fired shells aimed at a radar post in Y": a target at a place in a state.
        if patient.is_none()
            && entry.sense == Sense::Adversary
            && (entry
                .preps
                .iter()
                .any(|p| p.len() == 1 && matches!(p[0].as_str(), "at" | "on"))
                || trig
                    .words
                    .last()
                    .is_some_and(|w| matches!(w.as_str(), "at" | "on")))
        {
            let at = if s.word_at(j - 1).is_some_and(|w| matches!(w, "at" | "on")) {
                Some(j)
            } else {
                (j..(j + 5).min(s.len()))
                    .find(|&k| matches!(s.word_at(k), Some("at" | "on")))
                    .map(|k| k + 1)
            };
            patient = at.and_then(|k| {
                self.held_by(k)
                    .or_else(|| self.located_target(k))
                    .or_else(|| self.owned_target(k))
            });
        }
        if patient.is_none() && trig.lemma == "threaten" {
            patient = self.threat_target(j, &agent);
        }
        // "the PKK, which Turkey has fought since 1984": in an object relative clause the
        // antecedent is the verb's object.
        if patient.is_none()
            && entry.preps.is_empty()
            && agent.start >= 2
            && matches!(s.word_at(agent.start - 1), Some("which" | "whom"))
        {
            let r = agent.start - 1;
            let before = if s.punct(r - 1) == Some(',') {
                r.checked_sub(2)
            } else {
                Some(r - 1)
            };
            patient = before
                .and_then(|b| s.list_back(b))
                .filter(|l| !l.poss && !l.shares(&agent));
        }
        // "Ugandan troops have fought the ADF alongside the Congolese army": the partner
        // named after the fight's own object; both sides face that object.
        if patient.is_none()
            && entry
                .preps
                .iter()
                .any(|p| p.len() == 1 && p[0] == "alongside")
        {
            let foe = s
                .object_right(j, &[], 3)
                .filter(|z| !z.poss && s.word_is(z.end, "alongside") && !z.shares(&agent));
            if let Some(z) = foe {
                let k = z.end + 1 + usize::from(s.word_is(z.end + 1, "the"));
                let partner = s
                    .list_fwd(k)
                    .filter(|y| !y.poss && !y.shares(&agent) && !y.shares(&z));
                if let Some(y) = partner {
                    self.emit(
                        Sense::Adversary,
                        &y,
                        Some(&z),
                        (i, j),
                        "verb-against",
                        &trig.lemma,
                        false,
                    );
                    patient = Some(y);
                }
            }
        }
        // "X fought alongside Y against Z", "X and Y fought side by side against Z", "X
        // pledged to defend Y against Z", "to protect its towns from Z", "X fought on the
        // side of Y against Z": both sides face Z.
        if matches!(entry.sense, Sense::Ally | Sense::Support) && !entry.reversed
            || entry.sense == Sense::Proxy && patient.is_some()
        {
            // "accusing X of failing to defend Y against Z": Y faces Z; X did not.
            let failed = i >= 2
                && s.word_is(i - 1, "to")
                && s.word_at(i - 2).is_some_and(|w| {
                    matches!(
                        w,
                        "fail" | "fails" | "failed" | "failing" | "unable" | "refused"
                    )
                });
            let side = match &patient {
                // A pronoun object read as its own clause's subject was misread.
                Some(p)
                    if !p.poss
                        && p.members.iter().any(|&m| {
                            agent.members.iter().any(|&a| s.ids.get(m) == s.ids.get(a))
                        }) =>
                {
                    None
                }
                Some(p) if failed => Some(p.clone()),
                // "unable to protect its towns from Z": what is its own still faces Z.
                None if failed => s.toks.get(j).is_some_and(|t| t.poss).then(|| agent.clone()),
                Some(p) => Some(agent.joined(p)),
                None if agent.members.len() >= 2 || entry.sense == Sense::Support => {
                    Some(agent.clone())
                }
                None => None,
            };
            let shielding = matches!(
                trig.lemma.as_str(),
                "defend" | "protect" | "shield" | "guard" | "safeguard"
            );
            let mut foe = side.as_ref().and_then(|side| {
                self.foe_after(patient.as_ref().map_or(j, |p| p.end), shielding)
                    .filter(|f| !f.shares(side))
            });
            // "X backs Y in its fight against Z": the fight is Y's.
            let mut side = side;
            if foe.is_none() && !failed {
                if let Some(p) = &patient {
                    foe = self.foe_in_fight(p.end).filter(|f| !f.shares(p));
                    side = Some(p.clone());
                }
            }
            if let (Some(side), Some(foe)) = (side, foe) {
                self.emit(
                    Sense::Adversary,
                    &side,
                    Some(&foe),
                    (i, j),
                    "verb-against",
                    &trig.lemma,
                    false,
                );
            }
        }
        match patient {
            Some(p) => {
                let (a, p) = if entry.reversed {
                    (p, agent)
                } else {
                    (agent, p)
                };
                self.emit(
                    entry.sense,
                    &a,
                    Some(&p),
                    (i, j),
                    "verb",
                    &trig.lemma,
                    false,
                );
            }
            None if agent.members.len() >= 2
                && (entry.reciprocal
                    || self.reciprocal_marker(j, entry)
                    || entry.sense == Sense::Adversary && self.war_object(j, trig)
                    || entry.sense == Sense::Adversary && self.fought_each_other(j, trig))
                && matches!(entry.sense, Sense::Adversary | Sense::Ally) =>
            {
                self.emit(
                    entry.sense,
                    &agent,
                    None,
                    (i, j),
                    "verb-reciprocal",
                    &trig.lemma,
                    true,
                );
            }
            None => {}
        }
    }

    /// The "by" agent after a passive at `j` past a longer phrase of time and place ("was
    /// ambushed on Tuesday near the border by Y"): only such words, and names, stand between.
    /// "Strikes on Y across Z were carried out overnight by X": the agent of the light
    /// verb's passive after the noun phrase that ends at `from`.
    fn light_passive_by(&self, from: usize) -> Option<List> {
        let s = self.sent;
        let aux = (from..(from + 6).min(s.len()))
            .take_while(|&k| {
                s.toks[k].actor().is_some()
                    || s.word_at(k).is_some_and(|w| {
                        !is_break(w)
                            && (!s.verbs[k] || PASSIVE_AUX.contains(&w) || clauses::is_head(w))
                    })
            })
            .find(|&k| s.word_at(k).is_some_and(|w| PASSIVE_AUX.contains(&w)))?;
        let mut k = aux + 1;
        while s.word_at(k).is_some_and(|w| PASSIVE_AUX.contains(&w)) {
            k += 1;
        }
        if !s
            .word_at(k)
            .is_some_and(|w| LIGHT.contains(&w) && w.ends_with("ed"))
        {
            return None;
        }
        k += 1 + usize::from(s.word_is(k + 1, "out"));
        s.by_agent(k, 0)
            .or_else(|| self.by_agent_past_adverbials(k))
    }

    fn by_agent_past_adverbials(&self, j: usize) -> Option<List> {
        let s = self.sent;
        let by = (j..(j + 8).min(s.len())).find(|&k| s.word_is(k, "by"))?;
        // "blasted with water cannon by X": the instrument's phrase.
        let with = (j..by).find(|&k| s.word_is(k, "with")).unwrap_or(by);
        let adverbial = (j..by).all(|k| {
            let t = &s.toks[k];
            if k > with {
                return t.kind == Kind::Word && !s.verbs[k] && !is_break(t.text);
            }
            // "near the Niger border": a state naming a place.
            if t.actor().is_some() {
                return matches!(s.word_at(k + 1), Some("border" | "frontier" | "coast"));
            }
            t.kind == Kind::Word
                && !s.verbs[k]
                && (t.cap
                    || t.text.starts_with(|c: char| c.is_ascii_digit())
                    || matches!(
                        t.text,
                        "on" | "in"
                            | "of"
                            | "with"
                            | "late"
                            | "early"
                            | "last"
                            | "this"
                            | "at"
                            | "near"
                            | "outside"
                            | "inside"
                            | "along"
                            | "the"
                            | "a"
                            | "border"
                            | "frontier"
                            | "coast"
                            | "capital"
                            | "overnight"
                            | "today"
                            | "yesterday"
                            | "monday"
                            | "tuesday"
                            | "wednesday"
                            | "thursday"
                            | "friday"
                            | "saturday"
                            | "sunday"
                    ))
        });
        adverbial.then(|| s.by_agent(by, 0)).flatten()
    }

    /// The foe after "against" (or "from", for a verb of shielding) past the object at `k`:
    /// "alongside Ethiopian federal forces against Y", "side by side against Y", "its northern
    /// towns from Y's rockets". What is the foe's stands for it ("from Houthi drones").
    fn foe_after(&self, k: usize, shielding: bool) -> Option<List> {
        let s = self.sent;
        let at = (k..(k + 5).min(s.len()))
            .take_while(|&c| {
                s.toks[c].actor().is_none()
                    && s.toks[c].word().is_some_and(|w| {
                        !is_break(w)
                            && (!is_preposition(w) || matches!(w, "against" | "from" | "by"))
                    })
            })
            .find(|&c| s.word_is(c, "against") || shielding && s.word_is(c, "from"))?;
        let mut c = at + 1;
        while matches!(s.word_at(c), Some("the" | "a" | "an")) {
            c += 1;
        }
        // "against jihadist groups including JNIM".
        s.list_or_owner(c).or_else(|| {
            (c + 1..(c + 4).min(s.len()))
                .take_while(|&k| s.toks[k - 1].word().is_some())
                .find(|&k| s.word_is(k, "including"))
                .and_then(|k| s.included(k))
        })
    }

    /// "in its fight against Z", "in the war on Z" right at `k`: Z, whose foe is the one
    /// whose fight it is (the supported side, not its supporter).
    fn foe_in_fight(&self, k: usize) -> Option<List> {
        let s = self.sent;
        if !s.word_is(k, "in") {
            return None;
        }
        let mut c = k + 1;
        if s.toks.get(c).is_some_and(|t| t.actor().is_some() && t.poss)
            || matches!(
                s.word_at(c),
                Some("the" | "its" | "their" | "his" | "her" | "any" | "a")
            )
        {
            c += 1;
        }
        if !s
            .word_at(c)
            .is_some_and(|w| self.lex.classes.fights.contains(w))
        {
            return None;
        }
        c += 1;
        if !matches!(s.word_at(c), Some("against" | "on" | "with")) {
            return None;
        }
        c += 1;
        while matches!(s.word_at(c), Some("the" | "a" | "an")) {
            c += 1;
        }
        s.list_or_owner(c)
    }

    /// "X's support for Y in its fight against Z", "aid to Y against Z": the supported side
    /// of each support noun's reading since `from` faces Z.
    fn supported_side_against(&mut self, from: usize, trigger: (usize, usize), lemma: &str) {
        let s = self.sent;
        let sides: Vec<List> = self.out[from..]
            .iter()
            .filter(|r| {
                r.sense == Sense::Support
                    && r.dropped.is_none()
                    && !r.patient.is_empty()
                    && r.frame.starts_with("noun")
            })
            .filter_map(|r| {
                let at: Vec<usize> = r
                    .patient
                    .iter()
                    .filter_map(|&m| (0..s.len()).find(|&k| s.toks[k].actor() == Some(m)))
                    .collect();
                Some(List {
                    members: r.patient.clone(),
                    start: *at.iter().min()?,
                    end: at.iter().max()? + 1,
                    poss: false,
                })
            })
            .collect();
        for side in sides {
            if let Some(foe) = self
                .foe_after(side.end, false)
                .or_else(|| self.foe_in_fight(side.end))
                .filter(|f| !f.shares(&side))
            {
                self.emit(
                    Sense::Adversary,
                    &side,
                    Some(&foe),
                    trigger,
                    "noun-support-against",
                    lemma,
                    false,
                );
            }
        }
    }

    /// "Britain has joined the United States in striking Houthi targets": who joins another in
    /// an attack (readings from `from` on) faces its target too.
    fn joined_in(&mut self, from: usize, trigger: (usize, usize), lemma: &str) {
        let s = self.sent;
        let (i, _) = trigger;
        if i < 3 || !s.word_is(i - 1, "in") {
            return;
        }
        let Some(partner) = s.list_back(i - 2).filter(|l| l.end == i - 1 && !l.poss) else {
            return;
        };
        let k =
            partner.start - usize::from(partner.start > 0 && s.word_is(partner.start - 1, "the"));
        let Some(joiner) = self.joiner_before(k) else {
            return;
        };
        if !joiner.shares(&partner) {
            self.joiner_faces_targets(from, &joiner, trigger, "verb-joined-attack", lemma);
        }
    }

    /// "X and Y joined US strikes on Z", "joined the Saudi-led campaign against Z": who
    /// joins an attack shares its target (the readings of trigger `(i, _)` from `from` on).
    fn joined_attack(&mut self, from: usize, trigger: (usize, usize), lemma: &str) {
        let s = self.sent;
        let (i, _) = trigger;
        // Back past the attack's author and determiners to the verb.
        let mut k = i;
        while k > 0
            && (s.toks[k - 1].actor().is_some()
                || s.punct(k - 1) == Some('-')
                || s.word_at(k - 1).is_some_and(|w| {
                    matches!(
                        w,
                        "the" | "a" | "an" | "led" | "its" | "their" | "air" | "naval"
                    )
                }))
        {
            k -= 1;
        }
        let Some(joiner) = self.joiner_before(k) else {
            return;
        };
        self.joiner_faces_targets(from, &joiner, trigger, "noun-joined-attack", lemma);
    }

    /// The subject of a verb of joining right before token `k` ("joined", "joining").
    fn joiner_before(&self, k: usize) -> Option<List> {
        let s = self.sent;
        let v = k.checked_sub(1)?;
        s.word_at(v)
            .is_some_and(|w| matches!(w, "joined" | "joins" | "join" | "joining"))
            .then(|| self.verb_subject(v, s.word_is(v, "joining")))
            .flatten()
    }

    /// The joiner faces the patients of the attack readings from `from` on.
    fn joiner_faces_targets(
        &mut self,
        from: usize,
        joiner: &List,
        trigger: (usize, usize),
        frame: &'static str,
        lemma: &str,
    ) {
        let (i, _) = trigger;
        let targets: Vec<List> = self.out[from..]
            .iter()
            .filter(|r| r.sense == Sense::Adversary && r.dropped.is_none() && !r.patient.is_empty())
            .map(|r| List {
                members: r.patient.clone(),
                start: i,
                end: i,
                poss: false,
            })
            .collect();
        for target in targets {
            if !target.shares(joiner) {
                self.emit(
                    Sense::Adversary,
                    joiner,
                    Some(&target),
                    trigger,
                    frame,
                    lemma,
                    false,
                );
            }
        }
    }

    /// The target of a threat to act (`j` after "threatened"): "threatened on Monday to cut
    /// off electricity to Y", "to impose curbs on German goods" (what is Y's), "to quit the
    /// talks unless Y ..." (the threat is a demand on Y).
    fn threat_target(&self, j: usize, agent: &List) -> Option<List> {
        let s = self.sent;
        // "threatened on Monday to", "threatened again to": a short adverbial before "to".
        let to = (j..(j + 4).min(s.len())).find(|&k| s.word_is(k, "to"))?;
        if (j..to).any(|k| s.toks[k].actor().is_some() || s.word_at(k).is_some_and(is_break)) {
            return None;
        }
        (to + 1..(to + 16).min(s.len()))
            .take_while(|&k| {
                s.toks[k].actor().is_some()
                    || s.toks[k].kind == Kind::Punct('-')
                    || s.toks[k]
                        .word()
                        .is_some_and(|w| matches!(w, "if" | "unless") || !is_break(w))
            })
            .filter(|&k| s.toks[k].actor().is_some())
            .find_map(|k| s.list_or_owner(k).filter(|l| !l.shares(agent)))
    }

    /// "X allowed Y's troops to use its territory to invade Z": the one allowed, let or
    /// enabled is the subject of the infinitives after it (of the same clause).
    fn permitted_agent(&self, i: usize, trig: &Trigger) -> Option<List> {
        let s = self.sent;
        if trig.form != Form::Base || i < 3 || !s.word_is(i - 1, "to") {
            return None;
        }
        let from = s.clause_start(i).max(i.saturating_sub(12));
        let p = (from..i - 1).rev().find(|&k| {
            s.word_at(k).is_some_and(|w| {
                matches!(
                    w,
                    "allowed" | "allows" | "allow" | "permitted" | "permits" | "let" | "lets"
                )
            })
        })?;
        let l = s.list_fwd(p + 1).filter(|l| l.start == p + 1 && !l.poss)?;
        // The list (with its head noun) right before the first "to".
        let to = (l.end..(l.end + 2).min(i)).find(|&k| s.word_is(k, "to"))?;
        (l.end..to)
            .all(|k| s.word_at(k).is_some_and(is_head))
            .then_some(l)
    }

    /// The subject of an infinitive ("to V", "to help V") whose nearest actor is no subject:
    /// - after a place (a state after "to", "in" or "into"), an infinitive of purpose has the
    ///   clause's subject ("X sent advisers to Y to train Z": X trains Z);
    /// - with no actor between it and the main clause's subject, within that clause, it is the
    ///   subject's ("X meets regularly to coordinate efforts to counter Y").
    fn infinitive_fallback_subject(&self, i: usize, trig: &Trigger) -> Option<List> {
        let s = self.sent;
        // "... to help support Y": the infinitive is "help"'s.
        let i = if i >= 2 && s.word_is(i - 1, "help") {
            i - 1
        } else {
            i
        };
        if trig.form != Form::Base || i < 2 || !s.word_is(i - 1, "to") {
            return None;
        }
        if let Some(place) = s.list_back(i - 2).filter(|p| p.end + 1 == i) {
            // "X works with Y to defeat Z", "X stands by Y to defeat Z": partners act together.
            if matches!(
                s.governor(place.start),
                Some("with" | "alongside" | "by" | "beside")
            ) && !place.poss
            {
                return self
                    .infinitive_subject(place.start)
                    .filter(|m| !m.shares(&place))
                    .map(|m| m.joined(&place));
            }
            let governed = matches!(s.governor(place.start), Some("to" | "in" | "into"));
            let states = place
                .members
                .iter()
                .all(|&m| s.kinds.get(m) == Some(&ActorKind::State));
            return (governed && states)
                .then(|| self.infinitive_subject(place.start))
                .flatten()
                .filter(|m| !m.shares(&place));
        }
        let m = s.main_subject(i)?;
        // "X intervened in Y in 2015 to fight Z": a state named as the place of the main
        // verb may stand between.
        let clear = (m.end..i).all(|k| {
            s.toks[k]
                .word()
                .is_some_and(|w| !is_break(w) && !matches!(w, "who" | "which" | "that"))
                || s.toks[k].actor().is_some_and(|a| {
                    s.kinds.get(a) == Some(&ActorKind::State)
                        && !s.toks[k].poss
                        && matches!(s.governor(k), Some("in" | "into"))
                })
        });
        (clear && s.clause_start(i) <= m.start).then_some(m)
    }

    /// The subject of the clause an infinitive after `before` belongs to: the main clause's,
    /// or that of a clause a reporting verb introduces ("UN experts say X has deployed troops
    /// to support Y": X supports Y).
    fn infinitive_subject(&self, before: usize) -> Option<List> {
        let s = self.sent;
        // "Western officials say X ...": no actor before the reporting verb.
        let m = s.main_subject(before);
        let from = m.as_ref().map_or(0, |m| m.end);
        let reported = (from..before.min(from + 6))
            .find(|&k| {
                s.word_at(k)
                    .is_some_and(|w| self.lex.classes.reporting.contains(w))
            })
            .and_then(|k| {
                let k = if s.word_is(k + 1, "that") {
                    k + 2
                } else {
                    k + 1
                };
                s.list_fwd(k)
            })
            .filter(|l| {
                l.start < before
                    && !l.poss
                    && s.word_at(l.end)
                        .is_some_and(|w| clauses::AUXILIARIES.contains(&w) || s.verbs[l.end])
            });
        reported.or(m)
    }

    /// "struck an oil refinery deep inside Y", "shelled towns across Y": the state where an
    /// attack's object lies, when that object names no one (no actor, no "militant
    /// positions": the state is then not the target).
    fn located_target(&self, j: usize) -> Option<List> {
        let s = self.sent;
        let mut k = j;
        let mut words = 0;
        while let Some(w) = s.word_at(k) {
            if clauses::is_place_preposition(w) && words > 0 {
                break;
            }
            // ("struck targets inside Y": right after the verb, "targets" is its object.)
            if words > 6
                || is_break(w)
                || is_preposition(w)
                || s.verbs[k] && words > 0
                || self.lex.classes.named_target.contains(w)
            {
                return None;
            }
            words += 1;
            k += 1;
        }
        let k = self.past_place_words(k + 1);
        let m = s.toks.get(k)?.actor()?;
        if s.kinds.get(m) != Some(&ActorKind::State) || s.modifier_only(k) {
            return None;
        }
        s.list_fwd(k).filter(|l| l.members.len() == 1)
    }

    /// A state's thing as the target at `j`: "fired water cannon at a Philippine supply boat",
    /// "opened fire on Indian posts" (a demonym before the thing's noun: the state is hit).
    fn owned_target(&self, j: usize) -> Option<List> {
        let s = self.sent;
        let mut k = j;
        while matches!(s.word_at(k), Some("a" | "an" | "the")) {
            k += 1;
        }
        let m = s.toks.get(k)?.actor()?;
        let noun = s.word_at(k + 1)?;
        (s.kinds.get(m) == Some(&ActorKind::State)
            && s.modifier_only(k)
            && !s.verbs[k + 1]
            && !is_preposition(noun)
            && !is_break(noun)
            && !self.lex.classes.named_target.contains(noun))
        .then(|| List::one(m, k))
    }

    /// The holder of a target held by an actor, at `j`: "(the) Houthi-controlled ports",
    /// "Russian-occupied towns" (who holds it is who is hit).
    fn held_by(&self, j: usize) -> Option<List> {
        let s = self.sent;
        let mut k = j;
        while matches!(
            s.word_at(k),
            Some("a" | "an" | "the" | "several" | "two" | "three")
        ) {
            k += 1;
        }
        let m = s.toks.get(k)?.actor()?;
        (s.punct(k + 1) == Some('-')
            && s.word_at(k + 2)
                .is_some_and(|w| clauses::HOLDING.contains(&w) || w == "run"))
        .then(|| List::one(m, k))
    }

    /// The author of the attack that is the object at `j`: "(a) Russian (drone) assault",
    /// "Iran's missile attack".
    fn attack_author(&self, j: usize) -> Option<List> {
        let s = self.sent;
        let mut k = j;
        while matches!(
            s.word_at(k),
            Some(
                "a" | "an"
                    | "the"
                    | "another"
                    | "fresh"
                    | "new"
                    | "major"
                    | "large"
                    | "massive"
                    | "repeated"
                    | "renewed"
                    | "fierce"
                    | "several"
                    | "multiple"
                    | "numerous"
                    | "further"
                    | "latest"
            )
        ) {
            k += 1;
        }
        // "repulsed a counteroffensive by Myanmar's military": the attack's "by" agent.
        if s.word_at(k)
            .is_some_and(|w| self.lex.classes.attacks.contains(w))
            && s.word_is(k + 1, "by")
        {
            let by = k + 2 + usize::from(s.word_is(k + 2, "the"));
            return s.list_fwd(by).filter(|l| {
                // ("by Myanmar's military": a state's organ stands for it.)
                (!l.poss || s.word_at(l.end).is_some_and(clauses::is_head))
                    && l.members.iter().all(|&m| {
                        matches!(
                            s.kinds.get(m),
                            Some(ActorKind::State | ActorKind::ArmedGroup)
                        )
                    })
            });
        }
        let m = s.toks.get(k)?.actor()?;
        let kind = s.kinds.get(m)?;
        if !matches!(kind, ActorKind::State | ActorKind::ArmedGroup) {
            return None;
        }
        let noun = (k + 1..(k + 4).min(s.len())).find(|&n| {
            s.word_at(n)
                .is_some_and(|w| self.lex.classes.attacks.contains(w))
        })?;
        // Only plain words between the author and the attack ("drone", "missile", "ground").
        (k + 1..noun)
            .all(|n| {
                s.word_at(n)
                    .is_some_and(|w| !is_preposition(w) && !is_break(w) && w != "and")
            })
            .then(|| List::one(m, k))
    }

    /// The token after "the" and compass words from `k` on ("the northern", "central"): where
    /// a place's name stands.
    fn past_place_words(&self, mut k: usize) -> usize {
        while matches!(
            self.sent.word_at(k),
            Some("the" | "northern" | "southern" | "eastern" | "western" | "central")
        ) {
            k += 1;
        }
        k
    }

    /// "a missile launched from Y", "drones fired from Y" as the object at `j`: Y.
    fn launched_from(&self, j: usize) -> Option<List> {
        let s = self.sent;
        let v = (j..(j + 5).min(s.len()))
            .take_while(|&k| s.word_at(k).is_some_and(|w| !is_break(w)))
            .find(|&k| {
                s.word_at(k)
                    .is_some_and(|w| matches!(w, "launched" | "fired" | "sent" | "flown"))
            })?;
        if !s.word_is(v + 1, "from") {
            return None;
        }
        let k = self.past_place_words(v + 2);
        let m = s.toks.get(k)?.actor()?;
        matches!(
            s.kinds.get(m),
            Some(ActorKind::State | ActorKind::ArmedGroup)
        )
        .then(|| s.list_fwd(k))
        .flatten()
        .filter(|l| l.members.len() == 1)
    }

    /// "X and Y fought fiercely over Z": fighting with no object and no common foe is
    /// fighting each other; "fought together against Z", "fought side by side" is not.
    fn fought_each_other(&self, j: usize, trig: &Trigger) -> bool {
        let s = self.sent;
        let mut k = j;
        while s
            .word_at(k)
            .is_some_and(|w| w.ends_with("ly") || matches!(w, "hard" | "on" | "again"))
        {
            k += 1;
        }
        // No object: the clause ends or a phrase of place, time or cause follows.
        let intransitive = s.word_at(k).is_none_or(|w| {
            matches!(
                w,
                "over"
                    | "in"
                    | "near"
                    | "around"
                    | "across"
                    | "along"
                    | "during"
                    | "until"
                    | "since"
                    | "at"
                    | "for"
                    | "from"
                    | "throughout"
                    | "last"
                    | "this"
                    | "on"
            )
        });
        intransitive
            && matches!(trig.lemma.as_str(), "fight" | "battle")
            && !(j..(j + 6).min(s.len())).any(|k| {
                matches!(
                    s.word_at(k),
                    Some(
                        "together" | "side" | "alongside" | "jointly" | "against" | "with" | "for"
                    )
                ) || s.toks[k].actor().is_some()
            })
    }

    /// The subject of the verb at `i` (`ing`: a present participle).
    /// "Iraq's efforts to destroy ISIL", "Turkey's military campaign to crush the PKK": the
    /// owner of an effort noun before the infinitive is its agent.
    fn effort_owner(&self, i: usize) -> Option<List> {
        let s = self.sent;
        if i < 3
            || !s.word_is(i - 1, "to")
            || !s
                .word_at(i - 2)
                .is_some_and(|w| self.lex.classes.efforts.contains(w))
        {
            return None;
        }
        // The owner right before the noun, or before one adjective.
        for k in [i - 3, i.saturating_sub(4)] {
            if k + 3 < i
                && s.word_at(k + 1)
                    .is_none_or(|w| is_preposition(w) || is_break(w))
            {
                break;
            }
            if s.toks[k].actor().is_some() && !s.modifier_only(k) {
                return s.list_back(k);
            }
        }
        None
    }

    fn verb_subject(&self, i: usize, ing: bool) -> Option<List> {
        let s = self.sent;
        // "X, a militia aligned with Y": a participle after an apposition's head noun.
        if let Some(l) = s.apposition_holder(i) {
            return Some(l);
        }
        // "X is backed by Y and has fought alongside Z", "X accused Y of arming Z and cut
        // ties with W": a second verb phrase shares the first one's subject.
        let mut k = i;
        while k > 0
            && s.word_at(k - 1).is_some_and(|w| {
                clauses::AUXILIARIES.contains(&w)
                    || matches!(w, "also" | "later" | "then" | "since" | "repeatedly")
            })
        {
            k -= 1;
        }
        if k > 0 && s.word_is(k - 1, "and") {
            // "Z says X arms and directs Y": two verbs joined right after their own subject,
            // in a clause reported without "that", share that subject.
            // The first verb is one the lexicon knows or has the second one's ending
            // ("shelters and funds", "trained and armed").
            let same_form = |w: &str, v: &str| {
                w.len() > 3
                    && (w.ends_with("ed") && v.ends_with("ed")
                        || w.ends_with('s') && !w.ends_with("ss") && v.ends_with('s'))
            };
            if k >= 3
                && (s.verbs[k - 2]
                    || s.word_at(k - 2)
                        .zip(s.word_at(i))
                        .is_some_and(|(w, v)| same_form(w, v)))
            {
                if let Some(l) = s.list_back(k - 3).filter(|l| l.end == k - 2 && !l.poss) {
                    return Some(l);
                }
            }
            // "the army of X, who seized power and expelled Y": a verb phrase coordinated
            // inside a relative clause shares the relative pronoun's antecedent.
            let relative = (k.saturating_sub(12)..k - 1).rev().find(|&c| {
                matches!(s.word_at(c), Some("who" | "which"))
                    && (c + 1..k - 1).all(|d| s.punct(d).is_none() && !s.word_is(d, "that"))
            });
            if let Some(r) = relative {
                return s.agent_left(r + 1, Self::left(0));
            }
            // "prompted Somalia to expel the Ethiopian ambassador and sign a pact with Y": a
            // verb joined to an infinitive is the infinitive's, whose subject is its own.
            let infinitive = (k.saturating_sub(12)..k.saturating_sub(2))
                .rev()
                .find(|&c| {
                    s.word_is(c, "to")
                        && s.toks.get(c + 1).is_some_and(|t| {
                            t.word().is_some_and(|w| {
                                !is_preposition(w)
                                    && !is_break(w)
                                    && !matches!(
                                        w,
                                        "the" | "a" | "an" | "its" | "their" | "his" | "her"
                                    )
                                    && !w.starts_with(|c: char| c.is_ascii_digit())
                            })
                        })
                        && (c + 1..k - 1).all(|d| s.punct(d).is_none() && !s.word_is(d, "and"))
                });
            if let Some(c) = infinitive {
                return self.verb_subject(c + 1, false);
            }
            if let Some(m) = s.main_subject(k - 1) {
                return Some(m);
            }
        }
        // "X vetoed a resolution condemning Y", "X adopted a resolution condemning Y": the
        // participle is a text's; a text blocked states nothing, an issued one is its issuer's.
        if ing
            && i >= 2
            && s.word_at(i - 1)
                .is_some_and(|w| self.lex.classes.texts.contains(w))
        {
            let before = |k: usize, class: &super::lexicon::WordClass| {
                s.word_at(k).is_some_and(|w| class.contains(w))
            };
            let classes = &self.lex.classes;
            if (i.saturating_sub(8)..i - 1).any(|k| before(k, &classes.blocking)) {
                return None;
            }
            let issued = (i >= 3)
                .then(|| {
                    (i.saturating_sub(6)..i - 1)
                        .rev()
                        .find(|&k| before(k, &classes.issuing))
                })
                .flatten();
            if let Some(k) = issued {
                return s.agent_left(k, Self::left(6)).filter(|l| !l.poss);
            }
        }
        // "to target individuals supplying oil to Y": a participle right after a plural noun
        // modifies it; the clause's subject is not its agent. A span of time is no such
        // noun ("X has spent years fighting Y").
        if ing && i > 0 {
            if let Some(w) = s.word_at(i - 1) {
                // "a base housing U.S. troops": a singular noun after its article too.
                let plural = (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"))
                    || matches!(w, "people" | "men" | "businessmen" | "militiamen")
                    || i >= 2
                        && s.toks[i - 1].actor().is_none()
                        && matches!(s.word_at(i - 2), Some("a" | "an" | "the"))
                        // "the force battling Y" that the subject leads or joins is its force.
                        && !matches!(
                            w,
                            "force" | "mission" | "coalition" | "contingent" | "operation"
                                | "campaign" | "alliance" | "army"
                        )
                        // "X, a country housing Y's troops": an apposition to the actor.
                        && !(i >= 4 && s.punct(i - 3) == Some(',') && s.toks[i - 4].actor().is_some());
                if plural
                    && !clauses::AUXILIARIES.contains(&w)
                    && !CATENATIVE.contains(&w)
                    && !clauses::DURATIONS.contains(&w)
                    && !s.verbs[i - 1]
                {
                    // "trains Somali troops fighting al-Shabaab": a state's forces fighting
                    // are the state.
                    if i >= 2 && clauses::is_state_forces(w) {
                        if let Some(m) = s.toks[i - 2].actor() {
                            return Some(List::one(m, i - 2));
                        }
                    }
                    return None;
                }
            }
        }
        // "Y, which X accuses of arming Z": the accused is the relative pronoun's antecedent.
        let accused = ing
            && i >= 6
            && s.word_is(i - 1, "of")
            && s.word_at(i - 2).is_some_and(|w| {
                matches!(
                    w,
                    "accuses"
                        | "accused"
                        | "accuse"
                        | "blames"
                        | "blamed"
                        | "blame"
                        | "suspects"
                        | "suspected"
                )
            })
            && s.toks[i - 3].actor().is_some()
            && s.word_at(i - 4)
                .is_some_and(|w| matches!(w, "which" | "who" | "whom"))
            && s.punct(i - 5) == Some(',');
        if let Some(l) = accused.then(|| s.list_back(i - 6)).flatten() {
            return (!l.poss).then_some(l);
        }
        // "X, which has troops in eastern Y fighting alongside Z": the participle is the
        // troops', whose owner is the agent, not the place they are in.
        if ing && i >= 4 {
            let troops_in = s
                .list_back(i - 1)
                .filter(|l| l.end == i && !l.poss)
                .and_then(|l| {
                    (l.start.saturating_sub(3)..l.start).rev().find(|&k| {
                        k >= 1
                            && matches!(s.word_at(k), Some("in" | "inside"))
                            && s.word_at(k - 1)
                                .is_some_and(|w| clauses::MEMBERS.contains(&w))
                    })
                });
            if let Some(k) = troops_in {
                return s.agent_left(k - 1, Self::left(4)).filter(|l| !l.poss);
            }
        }
        let agent = s.agent_left(i, Self::left(6));
        // "X shelled positions held by militias aligned with Y": a past participle right after
        // a plural noun, with a verb between it and the subject, modifies that noun.
        if let (false, Some(l), Some(w)) =
            (ing, &agent, i.checked_sub(1).and_then(|p| s.word_at(p)))
        {
            let plural =
                w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("'s");
            if plural && !s.verbs[i - 1] && (l.end..i - 1).any(|k| s.verbs[k]) {
                return None;
            }
        }
        agent
            .or_else(|| {
                // ", fighting Hamas", "after rejecting Y's offer": a participle clause takes
                // the main clause's subject.
                (ing && i > 0
                    && (s.punct(i - 1) == Some(',')
                        || s.word_at(i - 1).is_some_and(|w| {
                            matches!(
                                w,
                                "after" | "before" | "while" | "since" | "when" | "despite"
                            )
                        })))
                .then(|| s.main_subject(i))
                .flatten()
            })
            .or_else(|| self.claimed_attack(i))
            .or_else(|| {
                // "The Israeli strike on Doha targeted Hamas leaders": an attack named as the
                // subject is its author's act.
                let c = s.clause_start(i).min(i);
                self.attack_author(c).filter(|a| {
                    (a.end..i).all(|k| !s.verbs[k] && s.punct(k).is_none())
                        && (a.end..i).any(|k| matches!(s.word_at(k), Some("on" | "against")))
                })
            })
    }

    /// "X claimed (responsibility for) the bombing, which killed Y": the relative clause of an
    /// attack X claimed has X as its agent.
    fn claimed_attack(&self, i: usize) -> Option<List> {
        let s = self.sent;
        let mut k = i.checked_sub(1)?;
        while k > 0
            && s.word_at(k)
                .is_some_and(|w| clauses::AUXILIARIES.contains(&w))
        {
            k -= 1;
        }
        if !matches!(s.word_at(k), Some("which" | "that")) || k == 0 {
            return None;
        }
        let mut n = k - 1;
        if s.punct(n) == Some(',') {
            n = n.checked_sub(1)?;
        }
        let attack = s.word_at(n).is_some_and(|w| {
            matches!(
                w,
                "attack"
                    | "attacks"
                    | "bombing"
                    | "bombings"
                    | "ambush"
                    | "raid"
                    | "assault"
                    | "strike"
                    | "blast"
                    | "explosion"
                    | "massacre"
                    | "killings"
            )
        });
        if !attack {
            return None;
        }
        let claim = (n.saturating_sub(5)..n).find(|&c| {
            s.word_at(c)
                .is_some_and(|w| matches!(w, "claimed" | "claims" | "claim" | "claiming"))
        })?;
        s.agent_left(claim, Self::left(4))
    }

    /// The patient of a passive or participle at `i`: the subject before the auxiliary, the
    /// head an apposition describes ("X, a militia armed by Y"), or the list right before.
    /// The owner named inside the subject of the passive verb at `i`: "Ukraine's power grid
    /// was hit", "the al-Shabaab stronghold of X was retaken", "two Israeli soldiers were
    /// wounded". The noun phrase is read as an object is ("two American journalists" name
    /// no state).
    fn passive_owner(&self, i: usize) -> Option<List> {
        let s = self.sent;
        let mut aux = i;
        while aux > 0 && s.word_at(aux - 1).is_some_and(|w| PASSIVE_AUX.contains(&w)) {
            aux -= 1;
        }
        if aux == i {
            return None;
        }
        let mut k = aux;
        let mut steps = 0;
        while k > 0 && steps < 8 {
            steps += 1;
            let t = &s.toks[k - 1];
            // ("A position of Hezbollah, Iran's proxy, near Nabatieh was struck": past a
            // closed apposition.)
            if t.kind == Kind::Punct(',') {
                let open = (k.saturating_sub(12)..k - 1)
                    .rev()
                    .find(|&c| s.punct(c) == Some(','))
                    .filter(|&c| c > 0 && s.apposition(c + 1, k - 1));
                if let Some(c) = open {
                    k = c;
                    continue;
                }
            }
            let ok = match t.kind {
                Kind::Actor(_) | Kind::Punct('-') => true,
                Kind::Word => {
                    let w = t.text;
                    // ("a Philippine resupply vessel": a verb's form after a name is a noun.)
                    let noun = !s.verbs[k - 1]
                        || k >= 2 && s.toks[k - 2].actor().is_some() && !s.toks[k - 2].poss;
                    // ("Syrian tanks near Sweida were struck": a place no actor names.)
                    let place = (clauses::is_place_preposition(w)
                        || matches!(w, "near" | "outside" | "around" | "off"))
                        && s.toks.get(k).is_some_and(|t| t.actor().is_none());
                    !is_break(w) && noun && (!is_preposition(w) || w == "of" || place)
                }
                _ => false,
            };
            if !ok {
                break;
            }
            k -= 1;
        }
        // The phrase is the clause's subject: it opens the sentence or follows a comma.
        if k > 0 && s.punct(k - 1) != Some(',') || k == aux {
            return None;
        }
        s.object_right(k, &[], 6).filter(|l| l.end <= aux)
    }

    fn passive_patient(&self, i: usize) -> Option<List> {
        let s = self.sent;
        // "M23, whom UN experts describe as backed by Rwanda": the one described.
        if i >= 2
            && s.word_is(i - 1, "as")
            && s.word_at(i - 2)
                .is_some_and(|w| self.lex.classes.describing.contains(w))
        {
            let r = (i.saturating_sub(9)..i - 2)
                .rev()
                .find(|&r| matches!(s.word_at(r), Some("whom" | "which")))?;
            return (r >= 2 && s.punct(r - 1) == Some(','))
                .then(|| s.list_back(r - 2))
                .flatten()
                .filter(|l| !l.poss);
        }
        // "factions trained and bankrolled by Y": the first participle's noun.
        if i >= 3
            && s.word_is(i - 1, "and")
            && s.word_at(i - 2)
                .is_some_and(|w| w.len() > 4 && w.ends_with("ed"))
        {
            return self.passive_patient(i - 2);
        }
        let mut k = i;
        let mut words = 0;
        while k > 0 && words < 6 {
            k -= 1;
            match s.toks[k].kind {
                Kind::Word => {
                    let w = s.toks[k].text;
                    if PASSIVE_AUX.contains(&w) {
                        if let Some(l) = self.reported_antecedent(k) {
                            return Some(l);
                        }
                        // "seized by M23 rebels, who are backed by Y": a relative pronoun's
                        // antecedent, whatever governs it in the clause before.
                        let mut r = k;
                        while r > 0
                            && s.word_at(r - 1).is_some_and(|w| {
                                PASSIVE_AUX.contains(&w) || matches!(w, "has" | "have" | "had")
                            })
                        {
                            r -= 1;
                        }
                        if r >= 2
                            && matches!(s.word_at(r - 1), Some("which" | "who"))
                            && s.punct(r - 2) == Some(',')
                        {
                            if let Some(l) = r.checked_sub(3).and_then(|b| s.list_back(b)) {
                                return (!l.poss).then_some(l);
                            }
                        }
                        return s.agent_left(
                            k,
                            Left {
                                max_gap: 8,
                                skip_governed: true,
                                skip_modifiers: true,
                            },
                        );
                    }
                    // "an Iraqi militia funded by Y": a state's militia is not the state; the
                    // apposition's anchor is the patient.
                    if is_head(w)
                        && s.toks[k.saturating_sub(1)].actor().is_some()
                        && !s.modifier_only(k.saturating_sub(1))
                        && words == 0
                    {
                        return s.list_back(k);
                    }
                    // "X, one of several factions trained by Y": the apposition's anchor.
                    if w == "of" && k >= 3 && s.word_is(k - 1, "one") && s.punct(k - 2) == Some(',')
                    {
                        return s.list_back(k - 3).filter(|l| !l.poss);
                    }
                    if is_break(w) || is_preposition(w) && w != "in" && w != "part" {
                        return None;
                    }
                    words += 1;
                }
                Kind::Actor(_) => {
                    if words == 0 {
                        return s.list_back(k);
                    }
                    // An actor modifying the apposition's head ("a Rwandan militia").
                    words += 1;
                }
                Kind::Punct(',') | Kind::Punct('(') | Kind::Punct('—') => {
                    if k == 0 {
                        return None;
                    }
                    return match s.list_back(k - 1) {
                        Some(l) => (!l.poss).then_some(l),
                        // "X took the town, backed by Y": a participle after the main clause
                        // is said of its subject, unless a group it could qualify ends the
                        // clause ("X attacked the militia, funded by Y").
                        None if words == 0
                            && s.toks[k].kind == Kind::Punct(',')
                            && !s
                                .word_at(k - 1)
                                .is_some_and(|w| self.lex.classes.supportable.contains(w)) =>
                        {
                            s.main_subject(k)
                                .or_else(|| {
                                    // "... news that X liberated the town, aided by Y": the
                                    // subject of the clause's first verb.
                                    let v = (s.clause_start(k)..k).find(|&t| s.verbs[t])?;
                                    s.agent_left(v, Self::left(6))
                                })
                                .filter(|l| !l.poss)
                        }
                        None => None,
                    };
                }
                _ => return None,
            }
        }
        None
    }

    /// "X, whom UN experts say are backed by Y": the antecedent of a relative pronoun whose
    /// clause reports what others say, believe or allege about it (`aux` is the auxiliary).
    fn reported_antecedent(&self, aux: usize) -> Option<List> {
        let s = self.sent;
        let report = s.word_at(aux.checked_sub(1)?)?;
        if !self.lex.classes.reporting.contains(report) {
            return None;
        }
        let r = (aux.saturating_sub(8)..aux - 1)
            .rev()
            .find(|&k| matches!(s.word_at(k), Some("who" | "whom" | "which" | "that")))?;
        let mut j = r;
        if j > 0 && s.punct(j - 1) == Some(',') {
            j -= 1;
        }
        let l = s.list_back(j.checked_sub(1)?)?;
        (s.governor(l.start).is_none() && !l.poss).then_some(l)
    }

    /// Who uses the arms a participle at `i` qualifies ("relied on drones supplied by Y",
    /// "fired missiles provided by Y", "deployed Turkish-made drones sold by Y"): the subject
    /// of the verb the goods are the object of, past a few modifiers and "on".
    fn goods_user(&self, i: usize) -> Option<List> {
        let s = self.sent;
        let goods = s
            .word_at(i.checked_sub(1)?)
            .is_some_and(|w| self.lex.classes.supplied_goods.contains(w));
        if !goods {
            return None;
        }
        // Back over the object's modifiers: "a few", "dozens of", "Storm Shadow", "long-range",
        // "sea drones and cruise".
        let mut k = i - 1;
        let mut steps = 0;
        while k > 0 && steps < 8 {
            let t = &s.toks[k - 1];
            let modifier = s.punct(k - 1) == Some('-')
                || t.word().is_some_and(|w| {
                    !s.verbs[k - 1]
                        && !is_preposition(w)
                        && !is_break(w)
                        && !self.lex.classes.using_goods.contains(w)
                        || matches!(w, "of" | "and")
                });
            if !modifier {
                break;
            }
            k -= 1;
            steps += 1;
        }
        // "Drones supplied by Y have helped the army retake Z": arms named as the subject
        // help the object of the verb after them.
        if k == 0 || k == 1 && s.word_is(0, "the") {
            let by = s.by_agent(i + 1, 0)?;
            let mut h = by.end;
            while s
                .word_at(h)
                .is_some_and(|w| clauses::AUXILIARIES.contains(&w))
            {
                h += 1;
            }
            if !s
                .word_at(h)
                .is_some_and(|w| matches!(w, "helped" | "help" | "helps" | "enabled" | "allowed"))
            {
                return None;
            }
            return s.list_fwd(h + 1 + usize::from(s.word_is(h + 1, "the")));
        }
        let mut v = k.checked_sub(1)?;
        if matches!(s.word_at(v), Some("on" | "upon")) {
            v = v.checked_sub(1)?;
        } else if s.word_is(v, "with") {
            // "has built up its fleet with drones supplied by Y": the verb before the thing
            // the arms fill.
            v = (v.saturating_sub(5)..v).rev().find(|&c| {
                s.word_at(c).is_some_and(|w| {
                    self.lex.classes.using_goods.contains(w)
                        || self.lex.classes.building_up.contains(w)
                })
            })?;
            return s.agent_left(v, Self::left(3)).filter(|l| !l.poss);
        }
        if !s
            .word_at(v)
            .is_some_and(|w| self.lex.classes.using_goods.contains(w))
        {
            return None;
        }
        // ("X has pushed the fleet out using missiles supplied by Y": a participle's subject
        // is the main clause's.)
        s.agent_left(v, Self::left(3))
            .filter(|l| !l.poss)
            .or_else(|| {
                (s.word_at(v).is_some_and(|w| w.ends_with("ing"))
                    && !s
                        .word_at(v.wrapping_sub(1))
                        .is_some_and(|w| clauses::AUXILIARIES.contains(&w)))
                .then(|| s.main_subject(v))
                .flatten()
                .filter(|m| {
                    !(m.end..v).any(|c| {
                        s.word_at(c).is_some_and(|w| {
                            self.lex.classes.reporting.contains(w) || matches!(w, "that" | "said")
                        })
                    })
                })
            })
    }

    /// Whether a tie named before `e` is said to have ended there ("... have collapsed",
    /// "soured", "frayed").
    fn tie_undone_at(&self, e: usize) -> bool {
        let s = self.sent;
        let aux = usize::from(matches!(s.word_at(e), Some("have" | "has" | "had")));
        // ("A rapprochement between A and B ended the blockade": "ended" with an object is
        // the tie's act.)
        s.word_at(e + aux).is_some_and(|w| {
            matches!(
                w,
                "collapsed" | "soured" | "frayed" | "deteriorated" | "crumbled"
            ) || w == "ended" && aux == 1
        })
    }

    /// Whether the demonym at `k` is the maker of arms a verb before it uses ("Ukraine fired
    /// American missiles", "launched two Iranian drones"): the user fires them, not the maker.
    fn wielded(&self, k: usize) -> bool {
        let s = self.sent;
        let mut v = k;
        while v > 0
            && k - v < 3
            && s.word_at(v - 1).is_some_and(|w| {
                matches!(
                    w,
                    "a" | "an" | "the" | "its" | "their" | "dozens" | "of" | "more"
                ) || w.bytes().all(|b| b.is_ascii_digit())
                    || matches!(
                        w,
                        "two" | "three" | "four" | "five" | "several" | "hundreds"
                    )
            })
        {
            v -= 1;
        }
        v > 0
            && s.word_at(v - 1)
                .is_some_and(|w| self.lex.classes.using_goods.contains(w))
    }

    /// The subject of "intercepted", "downed" or "shot down" whose object is the weapon right
    /// before the participle at `i` ("X intercepted a ballistic missile fired by Y").
    fn interceptor(&self, i: usize) -> Option<List> {
        let s = self.sent;
        let weapon = s
            .word_at(i.checked_sub(1)?)
            .is_some_and(|w| self.lex.classes.attacks.contains(w));
        if !weapon {
            return None;
        }
        let mut k = i - 1;
        while k > 0
            && s.word_at(k - 1).is_some_and(|w| {
                matches!(
                    w,
                    "a" | "an" | "the" | "two" | "three" | "several" | "ballistic"
                )
            })
        {
            k -= 1;
        }
        let v = k.checked_sub(1)?;
        let verb = match s.word_at(v)? {
            "intercepted" | "downed" => v,
            "down" if v > 0 && s.word_is(v - 1, "shot") => v - 1,
            _ => return None,
        };
        s.agent_left(verb, Self::left(3)).filter(|l| !l.poss)
    }

    /// The state whose land holds the targets named at `k`: "(the) army positions in
    /// (neighbouring) Mali", "targets near Damascus", "military bases across Y". The targets
    /// are plain words (not "Hezbollah positions", whose owner is the patient).
    fn targets_in(&self, k: usize) -> Option<List> {
        let s = self.sent;
        let mut k = k + usize::from(matches!(s.word_at(k), Some("the" | "a" | "an")));
        let start = k;
        while k < start + 3
            && s.word_at(k).is_some_and(|w| {
                matches!(
                    w,
                    "army"
                        | "military"
                        | "government"
                        | "security"
                        | "police"
                        | "border"
                        | "air"
                        | "naval"
                        | "key"
                        | "several"
                        | "multiple"
                        | "dozens"
                        | "of"
                )
            })
        {
            k += 1;
        }
        let head = s
            .word_at(k)
            .is_some_and(|w| self.lex.classes.target_nouns.contains(w));
        if !head
            || !matches!(
                s.word_at(k + 1),
                Some("in" | "near" | "across" | "around" | "inside")
            )
        {
            return None;
        }
        let mut p = k + 2;
        while s.word_at(p).is_some_and(|w| {
            matches!(w, "the" | "neighbouring" | "neighboring") || clauses::is_region(w)
        }) {
            p += 1;
        }
        s.list_fwd(p).filter(|l| {
            !l.poss
                && l.members
                    .iter()
                    .all(|&m| s.kinds.get(m) == Some(&ActorKind::State))
        })
    }

    /// Whether tokens `from..to` (between a subject and a noun) are a verb of taking part and
    /// its preposition: "took part in the", "participated in annual", "joined the".
    fn takes_part(&self, from: usize, to: usize) -> bool {
        let s = self.sent;
        (from..to).any(|k| {
            let took = s.word_is(k, "part")
                && k > 0
                && s.word_at(k - 1)
                    .is_some_and(|w| matches!(w, "took" | "take" | "takes" | "taking"))
                && s.word_is(k + 1, "in");
            let participated =
                s.word_at(k).is_some_and(|w| w.starts_with("participat")) && s.word_is(k + 1, "in");
            let joined = matches!(s.word_at(k), Some("joined" | "join" | "joins" | "joining"));
            (took || participated || joined)
                && (k + 1..to).all(|c| {
                    s.word_at(c)
                        .is_some_and(|w| !s.verbs[c] && (w == "in" || !clauses::is_preposition(w)))
                        || s.toks[c].cap
                })
        })
    }

    /// The two sides whose border a phrase at `j` names: "along their (disputed) border"
    /// (the pronoun resolved to "A and B's"), "on the A-B border", "across the A-B frontier".
    fn border_pair(&self, j: usize) -> Option<List> {
        let s = self.sent;
        if !matches!(s.word_at(j), Some("along" | "on" | "at" | "across")) {
            return None;
        }
        let k = j + 1 + usize::from(s.word_is(j + 1, "the"));
        let pair = match s.pair_at(k) {
            Some((a, b)) => List {
                members: vec![a, b],
                start: k,
                end: k + 3,
                poss: false,
            },
            // ("their" resolved to two actors reads as "A and B's", which a list would take
            // for a new clause's pronoun.)
            None => {
                let a = s.toks.get(k)?.actor()?;
                let b = s.toks.get(k + 2).filter(|t| t.poss)?.actor()?;
                s.word_is(k + 1, "and").then(|| List {
                    members: vec![a, b],
                    start: k,
                    end: k + 3,
                    poss: true,
                })?
            }
        };
        let mut e = pair.end;
        while e < pair.end + 2
            && (s.word_at(e).is_some_and(|w| {
                matches!(
                    w,
                    "disputed" | "shared" | "common" | "contested" | "volatile" | "tense" | "long"
                ) || crate::word_set!(crate::words::REGIONS).contains(w)
            }) || s.toks.get(e).is_some_and(|t| t.cap && t.word().is_some()))
        {
            e += 1;
        }
        s.word_at(e)
            .is_some_and(|w| matches!(w, "border" | "frontier" | "boundary"))
            .then_some(pair)
    }

    fn noun(&mut self, i: usize, j: usize, trig: &Trigger, entry: &Entry) {
        let s = self.sent;
        if entry.sense == Sense::Mediator {
            return self.mediation_noun(i, j, trig);
        }
        // "warned Y against providing lethal aid to Z": the noun of an act warned against or
        // kept from ("barred from sending troops") is not stated.
        let kept = (i.saturating_sub(4)..i).any(|k| {
            s.word_at(k)
                .is_some_and(|w| w.len() > 4 && w.ends_with("ing"))
                && kept_from(s, k)
                && (k..i).all(|v| s.toks[v].actor().is_none())
        });
        if kept {
            return;
        }
        let lemma = trig.lemma.as_str();
        // "rejected any US military action against the cartel", "would answer any attack on
        // its soil": an event under "any" is hypothetical.
        if (i.saturating_sub(4)..i).rev().any(|k| {
            s.word_is(k, "any")
                && (k + 1..i).all(|c| {
                    s.toks[c].actor().is_some()
                        || s.punct(c) == Some('-')
                        || s.word_at(c)
                            .is_some_and(|w| !is_preposition(w) && !is_break(w) && !s.verbs[c])
                })
        }) {
            return;
        }
        // "in a joint operation with the Congolese army": who acts jointly "with" a side is
        // its partner, not its foe (the lexicon's joint nouns read it).
        if entry.sense == Sense::Adversary
            && s.word_at(j) == Some("with")
            && (i.saturating_sub(2)..i).any(|k| s.word_at(k).is_some_and(|w| JOINT.contains(&w)))
        {
            return;
        }
        // "relations between X and Y have soured": a noun completed by its `then` words; the
        // same noun's plain reading yields to that one ("ties ... deteriorated" are no
        // alliance).
        if !entry.then.is_empty() && !self.completed(j, entry) {
            return;
        }
        if entry.then.is_empty()
            && self.lex.starting_with(&trig.words[0]).iter().any(|t| {
                let other = &self.lex.entries[t.entry];
                // (The entry's fields first: most of a word's triggers are no noun completed
                // by `then` words, and their words are not compared.)
                !other.then.is_empty()
                    && other.pos == Pos::Noun
                    && t.words == trig.words
                    && self.completed(j, other)
            })
        {
            return;
        }
        // "severed diplomatic ties with", "suspended a friendship treaty with": the tie undone
        // is no alliance but a break, read as hostile with the same arguments; support
        // withdrawn ("halted military aid to") is neither.
        let undone_entry;
        let undoing = (i.saturating_sub(3)..i).rev().find(|&k| {
            s.word_at(k)
                .is_some_and(|w| self.lex.classes.undoing.contains(w))
        });
        self.own_word = None;
        if matches!(entry.sense, Sense::Ally | Sense::Support)
            && (i.saturating_sub(4)..i).any(|k| {
                s.word_at(k)
                    .is_some_and(|w| self.lex.classes.blocking.contains(w))
            })
        {
            return;
        }
        let entry = if let (Some(k), Sense::Ally | Sense::Support) = (undoing, entry.sense) {
            if entry.sense == Sense::Support {
                return;
            }
            self.own_word = Some(k);
            undone_entry = Entry {
                sense: Sense::Adversary,
                ..entry.clone()
            };
            &undone_entry
        } else {
            entry
        };
        // "X and Y restored diplomatic ties", "have mended ties" after a rift: no alliance
        // (ties established or upgraded are one).
        if entry.sense == Sense::Ally
            && matches!(lemma, "ties" | "diplomatic ties")
            && (i.saturating_sub(3)..i).any(|k| {
                s.word_at(k).is_some_and(|w| {
                    matches!(
                        w,
                        "restored"
                            | "restore"
                            | "restoring"
                            | "re-established"
                            | "reestablished"
                            | "mended"
                            | "mend"
                            | "mending"
                            | "repaired"
                            | "repair"
                            | "repairing"
                    )
                })
            })
        {
            return;
        }
        // "are fighting", "was shelling": a verb, read as one.
        if trig.words.len() == 1
            && trig.words[0].ends_with("ing")
            && i > 0
            && s.word_at(i - 1)
                .is_some_and(|w| clauses::AUXILIARIES.contains(&w))
            && self
                .lex
                .starting_with(&trig.words[0])
                .iter()
                .any(|t| t.words.len() == 1 && self.lex.entries[t.entry].pos == Pos::Verb)
        {
            return;
        }
        // "between X and Y": X and Y.
        if entry.between {
            if let Some(b) = s.between_at(j) {
                // ("Security ties between A and B have collapsed": none now.)
                if entry.sense == Sense::Ally && self.tie_undone_at(b.end) {
                    return;
                }
                if matches!(entry.sense, Sense::Adversary | Sense::Ally) {
                    self.emit(entry.sense, &b, None, (i, j), "noun-between", lemma, true);
                }
            }
        }
        // "clashes along their disputed border", "fighting on the Thai-Cambodian frontier": a
        // conflict at the border two sides share is between them.
        if entry.between && entry.reciprocal && entry.sense == Sense::Adversary {
            if let Some(l) = self.border_pair(j) {
                self.emit(entry.sense, &l, None, (i, j), "noun-between", lemma, true);
            }
        }
        // "the X-Y war": a compound pair right before the noun (an adjective may stand between).
        // Only a noun that holds between its two sides does ("the US-Japan alliance" is no
        // coalition against anyone).
        for back in (3..=4).filter(|_| entry.pair) {
            if i >= back {
                if let Some((a, b)) = s.pair_at(i - back) {
                    let between_ok = back == 3
                        || s.toks[i - 1]
                            .word()
                            .is_some_and(|w| !is_preposition(w) && !is_break(w));
                    if between_ok && matches!(entry.sense, Sense::Adversary | Sense::Ally) {
                        let l = List {
                            members: vec![a, b],
                            start: i - back,
                            end: i - back + 3,
                            poss: false,
                        };
                        self.emit(entry.sense, &l, None, (i, j), "noun-compound", lemma, true);
                    }
                }
            }
        }
        // "sanctions were imposed on Y", "strikes carried out on Y": the noun's object after a
        // passive or light verb.
        let mut pj = j;
        // ("sanctions were first imposed on Y": an adverb among them.)
        let adverb = |w: &str| {
            matches!(w, "first" | "also" | "later" | "again" | "since")
                || w.len() > 4 && w.ends_with("ly")
        };
        while pj < j + 4
            && s.word_at(pj)
                .is_some_and(|w| LIGHT.contains(&w) || adverb(w))
        {
            pj += 1;
        }
        // "attacks by X on Y": the agent before the patient. ("arms transfers from X to Y":
        // what is sent comes from its giver.)
        if !entry.preps.is_empty()
            && (s.word_is(j, "by") || entry.sense == Sense::Support && s.word_is(j, "from"))
        {
            let mut k = j + 1;
            while matches!(s.word_at(k), Some("the" | "a" | "an")) {
                k += 1;
            }
            if s.toks.get(k).is_some_and(|t| t.actor().is_none())
                && s.word_at(k)
                    .is_some_and(|w| !is_preposition(w) && !is_break(w))
            {
                k += 1;
            }
            if let Some(by) = s.list_fwd(k).filter(|l| !l.poss) {
                if let Some(p) = s.object_right(by.end, &entry.preps, 1) {
                    if !by.shares(&p) {
                        let (a, p) = if entry.reversed { (p, by) } else { (by, p) };
                        self.emit(entry.sense, &a, Some(&p), (i, j), "noun-by", lemma, false);
                    }
                    return;
                }
            }
        }
        let patient = if entry.preps.is_empty() {
            None
        } else {
            s.object_right(pj, &entry.preps, 1)
        }
        .or_else(|| {
            // "assaults on army positions in Mali": the land of the targets struck.
            (entry.sense == Sense::Adversary
                && matches!(s.word_at(pj), Some("on" | "against" | "at")))
            .then(|| self.targets_in(pj + 1))
            .flatten()
        });
        // "In support of X, Y ...", "With the backing of X, Y ...": a fronted phrase whose
        // agent is the clause after it.
        if let (Some(p), true) = (&patient, entry.sense == Sense::Support) {
            let fronted = i >= 1
                && matches!(s.word_at(i - 1), Some("in" | "of" | "with" | "the"))
                && s.clause_start(i) == 0
                && (0..i).all(|k| s.toks[k].actor().is_none());
            if fronted && s.punct(p.end) == Some(',') {
                if let Some(subject) = s.list_fwd(p.end + 1).or_else(|| s.list_fwd(p.end + 2)) {
                    let (a, b) = if s.word_is(i.saturating_sub(1), "in") {
                        (subject, p.clone())
                    } else {
                        (p.clone(), subject)
                    };
                    self.emit(
                        Sense::Support,
                        &a,
                        Some(&b),
                        (i, j),
                        "noun-fronted",
                        lemma,
                        false,
                    );
                    return;
                }
            }
        }
        // A tie undone: the undoing verb's subject undid it ("X accused Y of Z and cut ties
        // with W": X).
        if let (Some(k), Some(p)) = (self.own_word, &patient) {
            if let Some(a) = self.verb_subject(k, false) {
                if !a.shares(p) {
                    self.emit(
                        entry.sense,
                        &a,
                        Some(p),
                        (i, j),
                        "noun-undone",
                        lemma,
                        false,
                    );
                }
            }
            return;
        }
        // "a package of sanctions targeting Y": a support noun of hostile measures.
        if entry.sense == Sense::Support && s.word_is(j, "of") && self.hostile_trigger_at(j + 1) {
            return;
        }
        // "a truce brokered by Y with Qatari help": the helper shares the agent's act (see
        // `Sentence::by_agent`), it supports no one.
        if entry.sense == Sense::Support
            && (i.saturating_sub(5)..i).any(|w| {
                s.word_is(w, "with")
                    && w >= 2
                    && s.toks[w - 1].actor().is_some()
                    && s.helper_after(w).is_some_and(|(_, n)| n == i)
                    && (w.saturating_sub(6)..w).any(|b| {
                        s.word_is(b, "by")
                            && (b + 1..w).all(|k| {
                                s.toks[k].actor().is_some()
                                    || s.word_at(k).is_some_and(|x| matches!(x, "the" | "and"))
                            })
                    })
            })
        {
            return;
        }
        // "X enjoys Y's backing", "X relied on Y support", "X has the support of Y": the
        // subject receives the support, its giver is the noun's possessor, modifier or "of".
        if entry.sense == Sense::Support && !entry.reversed {
            if let Some(recipient) = self.recipient(i, j) {
                let giver = self.possessor(i).or_else(|| self.modifier(i)).or_else(|| {
                    patient
                        .as_ref()
                        .filter(|_| matches!(s.word_at(pj), Some("of" | "from")))
                        .cloned()
                });
                if let Some(g) = giver.filter(|g| !g.shares(&recipient)) {
                    self.emit(
                        Sense::Support,
                        &g,
                        Some(&recipient),
                        (i, j),
                        "noun-received",
                        lemma,
                        false,
                    );
                    return;
                }
                // "X has strong support for Y" is the subject's own support.
                if !matches!(s.word_at(pj), Some("for" | "to")) {
                    return;
                }
            }
        }
        // "X struck Z in support of Y's forces": the main clause's subject supports, when
        // its act is one of arms ("held rallies in support of Y" backs no one's arms).
        if entry.sense == Sense::Support
            && i >= 1
            && s.word_is(i - 1, "in")
            && j == i + 1
            && s.word_is(j, "of")
        {
            // (With no main subject found, the noun's own readings below.)
            if let Some(agent) = s.main_subject(i - 1) {
                let armed = (agent.end..i - 1).any(|k| {
                    s.word_at(k)
                        .is_some_and(|w| matches!(w, "troops" | "forces" | "deployed" | "deploys"))
                        || self.hostile_trigger_at(k)
                });
                if let Some(p) = patient.filter(|p| armed && !p.shares(&agent)) {
                    // ("Hezbollah fired rockets at Israel in support of Hamas": one armed group
                    // fighting for another is its ally, not its patron.)
                    let groups = |l: &List| {
                        l.members
                            .iter()
                            .all(|&m| s.kinds.get(m) == Some(&ActorKind::ArmedGroup))
                    };
                    let sense = if groups(&agent) && groups(&p) {
                        Sense::Ally
                    } else {
                        Sense::Support
                    };
                    self.emit(
                        sense,
                        &agent,
                        Some(&p),
                        (i, j),
                        "noun-subject",
                        lemma,
                        false,
                    );
                }
                return;
            }
        }
        // "Ukraine fired American missiles into Y": the maker of the arms is passed over; the
        // user's is the act.
        let wielded = self.modifier(i).filter(|l| self.wielded(l.start));
        // (The rules read the maker as the attacker: their reading of the pair is dropped.)
        if let (Some(maker), Some(p)) = (&wielded, &patient) {
            let reading = Reading {
                sense: entry.sense,
                agent: maker.members.clone(),
                patient: p.members.clone(),
                pairwise: false,
                trigger: (i, j),
                frame: "noun-modifier",
                lemma: lemma.to_string(),
                dropped: Some("maker"),
                from_context: None,
                groups_only: self.groups_only,
            };
            if !self.out.contains(&reading) {
                self.out.push(reading);
            }
        }
        let agent = self
            .possessor(i)
            .map(|l| (l, "noun-possessive"))
            .or_else(|| {
                self.modifier(i)
                    .filter(|_| wielded.is_none())
                    .map(|l| (l, "noun-modifier"))
            })
            .or_else(|| {
                patient
                    .as_ref()
                    .and_then(|p| {
                        s.by_agent(p.end, 2)
                            .or_else(|| self.light_passive_by(p.end))
                            .or_else(|| self.by_agent_past_adverbials(p.end))
                    })
                    .map(|l| (l, "noun-by"))
            })
            .or_else(|| {
                (!entry.agentless)
                    .then(|| s.agent_left(wielded.as_ref().map_or(i, |w| w.start), Self::left(7)))
                    .flatten()
                    .and_then(|l| self.subject_of_phrase(l, i))
                    // ("X and Y discussed the war in Z": who talks of a war wages none.)
                    .filter(|l| {
                        !(l.end..i).any(|k| {
                            s.word_at(k)
                                .is_some_and(|w| self.lex.classes.observing.contains(w))
                        })
                    })
                    .map(|l| (l, "noun-subject"))
            })
            .or_else(|| self.np_possessor(i).map(|l| (l, "noun-phrase-possessor")))
            .or_else(|| {
                // "X sent troops to Y, deepening a rift with Z": the object of a participle
                // clause is its understood subject's, the main clause's ("X has grown
                // stronger while waging an insurgency against Z": so after a conjunction).
                let v = (i.saturating_sub(4)..i).rev().find(|&k| {
                    k >= 1
                        && (s.punct(k - 1) == Some(',')
                            || s.word_at(k - 1).is_some_and(|w| {
                                matches!(w, "while" | "after" | "before" | "since" | "when")
                            }))
                        && s.word_at(k).is_some_and(|w| {
                            w.len() > 5
                                && w.ends_with("ing")
                                && !is_preposition(w)
                                && !matches!(
                                    w,
                                    "including" | "according" | "following" | "regarding"
                                )
                        })
                })?;
                let plain = (v + 1..i).all(|k| {
                    s.toks[k].actor().is_none()
                        && s.word_at(k)
                            .is_some_and(|w| !is_preposition(w) && !is_break(w))
                });
                (!entry.agentless && plain)
                    .then(|| s.main_subject(v))
                    .flatten()
                    .map(|l| (l, "noun-subject"))
            })
            .or_else(|| {
                // "X declared a truce after two weeks of (fierce) battles with Y": the span of
                // fighting is the main clause subject's.
                let of = (i.saturating_sub(2)..i).find(|&k| s.word_is(k, "of"))?;
                (!entry.agentless && self.span_of(i))
                    .then(|| s.main_subject(of))
                    .flatten()
                    .map(|l| (l, "noun-subject"))
            })
            .or_else(|| {
                // "X struck Z as part of a joint operation with Y": the main clause's subject.
                // ("X and Y struck Z ... in a joint operation": so too after "in".)
                let (a, after) = (i.saturating_sub(5)..i)
                    .find(|&k| {
                        s.word_is(k, "as") && s.word_is(k + 1, "part") && s.word_is(k + 2, "of")
                    })
                    .map(|a| (a, a + 3))
                    .or_else(|| {
                        (entry.sense == Sense::Ally
                            && entry.reciprocal
                            && i >= 2
                            && matches!(s.word_at(i - 1), Some("a" | "an"))
                            && s.word_is(i - 2, "in"))
                        .then(|| (i - 2, i - 1))
                    })
                    .or_else(|| {
                        // "X's troops are deployed in Y under a defence agreement with Z": the
                        // clause's subject acts under the pact.
                        (entry.sense == Sense::Ally
                            && i >= 2
                            && matches!(s.word_at(i - 1), Some("a" | "an" | "the"))
                            && s.word_is(i - 2, "under"))
                        .then(|| (i - 2, i - 1))
                    })?;
                let plain = (after..i).all(|k| {
                    s.word_at(k)
                        .is_some_and(|w| !is_preposition(w) && !is_break(w))
                });
                (!entry.agentless && plain)
                    .then(|| s.main_subject(a))
                    .flatten()
                    .map(|l| (l, "noun-subject"))
            })
            .or_else(|| {
                // "X and Y signed a peace treaty": the parties of a truce are its subject
                // when the verb is a party's ("signed", "agreed to"), not a broker's; so is
                // one party when the other follows ("X resumed peace talks with Y").
                (entry.agentless && entry.reciprocal)
                    .then(|| {
                        // ("agreed to an immediate, unconditional ceasefire": adjectives,
                        // with a comma or "and" between them, may stand before the noun.)
                        let v = (i.saturating_sub(7)..i).rev().find(|&k| {
                            s.word_at(k)
                                .is_some_and(|w| self.lex.classes.party_verbs.contains(w))
                        })?;
                        if i - v > 5
                            && !(v + 1..i).all(|k| {
                                s.toks[k].actor().is_none()
                                    && (s.punct(k) == Some(',')
                                        || s.word_at(k).is_some_and(|w| {
                                            w == "and"
                                                || k == v + 1 && w == "to"
                                                || !is_break(w) && !is_preposition(w) && !s.verbs[k]
                                        }))
                            })
                        {
                            return None;
                        }
                        s.agent_left(v, Self::left(4))
                            .or_else(|| {
                                // "X and Y signed a declaration, committing to a truce": a
                                // participle clause's subject is the main clause's.
                                (v >= 1
                                    && s.punct(v - 1) == Some(',')
                                    && s.word_at(v).is_some_and(|w| w.ends_with("ing")))
                                .then(|| s.main_subject(v))
                                .flatten()
                            })
                            .or_else(|| {
                                // "Under the auspices of Z, X and Y signed a truce": the
                                // subject after an opening phrase's comma.
                                let c = (v.saturating_sub(8)..v)
                                    .rev()
                                    .find(|&k| s.punct(k) == Some(','))?;
                                s.list_fwd(c + 1).filter(|l| l.end == v)
                            })
                            .filter(|l| l.members.len() >= 2 || patient.is_some())
                            .map(|l| (l, "noun-subject"))
                    })
                    .flatten()
            })
            .or_else(|| {
                // "the peace deal that X and Y signed in Pretoria": the parties are the
                // subject of the relative clause after the noun.
                (entry.agentless
                    && entry.reciprocal
                    && matches!(s.word_at(j), Some("that" | "which")))
                .then(|| s.list_fwd(j + 1))
                .flatten()
                .filter(|l| {
                    !l.poss
                        && l.members.len() >= 2
                        && s.word_at(l.end)
                            .is_some_and(|w| self.lex.classes.party_verbs.contains(w))
                })
                .map(|l| (l, "noun-subject"))
            });
        // "Ties with Y have collapsed": a tie said to have ended is none.
        if entry.sense == Sense::Ally {
            let e = patient
                .as_ref()
                .map_or(j, |p| p.end.max(j))
                .max(agent.as_ref().map_or(j, |(a, _)| a.end));
            if self.tie_undone_at(e) {
                return;
            }
        }
        match (agent, patient) {
            (Some((a, frame)), Some(p)) => {
                if a.shares(&p) {
                    return;
                }
                // "in violation of a UN embargo": a rule broken is no hostility to its author.
                if lemma == "violation"
                    && (p.end..p.end + 2).any(|k| {
                        s.word_at(k)
                            .is_some_and(|w| self.lex.classes.rules.contains(w))
                    })
                {
                    return;
                }
                let (a, p) = if entry.reversed { (p, a) } else { (a, p) };
                self.emit(entry.sense, &a, Some(&p), (i, j), frame, lemma, false);
                // "X and Y launched a joint offensive against Z": X and Y fight together.
                let joint = (i.saturating_sub(2)..i)
                    .any(|k| s.word_at(k).is_some_and(|w| JOINT.contains(&w)));
                if joint && entry.sense == Sense::Adversary && a.members.len() >= 2 {
                    self.emit(Sense::Ally, &a, None, (i, j), "noun-joint", lemma, true);
                }
            }
            // "its backing for Y in the struggle against Z" with no supporter named: Y still
            // faces Z.
            (None, Some(p)) if entry.sense == Sense::Support => {
                if let Some(foe) = self.foe_in_fight(p.end).filter(|f| !f.shares(&p)) {
                    self.emit(
                        Sense::Adversary,
                        &p,
                        Some(&foe),
                        (i, j),
                        "noun-support-against",
                        lemma,
                        false,
                    );
                }
            }
            (Some((a, frame)), None)
                if a.members.len() >= 2
                    && (entry.reciprocal
                        // "X and Y began their annual drills": what a pair owns together.
                        || entry.sense == Sense::Ally && frame == "noun-possessive"
                        // "X, Y and Z took part in the naval exercise": drills a list joins.
                        || entry.sense == Sense::Ally
                            && entry.pair
                            && frame == "noun-subject"
                            && self.takes_part(a.end, i)
                        // "X and Y agreed to halt 12 days of war": the pair's span of it.
                        || entry.sense == Sense::Adversary && self.span_ended(i))
                    && (frame == "noun-subject"
                        && (entry.agentless
                            || entry.sense == Sense::Ally
                            || self.in_conflict(a.end, i)
                            || self.span_ended(i))
                        || frame == "noun-possessive"
                            && (!entry.agentless
                                // "X and Y held their first peace talks": a pair's own talks
                                // (not "their ceasefire proposal", a plan for others).
                                || s.word_at(j).is_none_or(|w| is_preposition(w) || is_break(w))))
                    && !s
                        .word_at(j)
                        .is_some_and(|w| entry.preps.iter().any(|p| p.len() == 1 && p[0] == w))
                    && matches!(entry.sense, Sense::Adversary | Sense::Ally)
                    // "X and Y agreed to back a ceasefire proposal": a plan for others.
                    && !s
                        .word_at(j)
                        .is_some_and(|w| self.lex.classes.said_nouns.contains(w))
                    // "Egyptian, Qatari and Turkish mediators secured agreement from A and B":
                    // those who broker a deal are no parties to it.
                    && !(a.start..=a.end).any(|k| {
                        s.word_at(k).is_some_and(|w| {
                            matches!(
                                w,
                                "mediators"
                                    | "brokers"
                                    | "facilitators"
                                    | "intermediaries"
                                    | "guarantors"
                            )
                        })
                    }) =>
            {
                self.emit(
                    entry.sense,
                    &a,
                    None,
                    (i, j),
                    "noun-reciprocal",
                    lemma,
                    true,
                );
            }
            // "Talks between A and B, mediated by X, produced a ceasefire": a truce with no
            // sides of its own is between the sides of the talks the sentence opened with.
            (None, None) if entry.agentless && entry.reciprocal => {
                let talks = (0..i)
                    .filter(|&k| s.word_at(k).is_some_and(|w| EVENTS.contains(&w)))
                    // ("talks in Doha between A and B": a place may stand between.)
                    .find_map(|k| {
                        (k + 1..(k + 4).min(i))
                            .find(|&b| s.word_is(b, "between"))
                            .and_then(|b| s.between_at(b))
                    });
                if let Some(b) = talks {
                    self.emit(
                        entry.sense,
                        &b,
                        None,
                        (i, j),
                        "noun-event-between",
                        lemma,
                        true,
                    );
                }
            }
            _ => {}
        }
    }

    /// "X and Y are locked in a bitter dispute", "X and Y have a long-running feud": the
    /// words from the subject's end `from` to the conflict noun at `i` say the subject is in
    /// it (not "X and Y condemned the conflict").
    fn in_conflict(&self, from: usize, i: usize) -> bool {
        let s = self.sent;
        (from..i).all(|k| match s.word_at(k) {
            Some(w) => {
                self.lex.classes.in_conflict.contains(w)
                    || w.contains('-')
                    || w.ends_with("ing") && !s.verbs[k]
            }
            None => false,
        })
    }

    /// The agent of a noun in a prepositional phrase after a verb's object ("X killed a Y
    /// commander in a strike on Z"): the verb's subject, not its object `l`.
    fn subject_of_phrase(&self, l: List, i: usize) -> Option<List> {
        let s = self.sent;
        let in_phrase = (i.saturating_sub(3)..i).any(|k| {
            s.word_at(k)
                .is_some_and(|w| matches!(w, "in" | "during" | "with" | "through" | "after"))
        });
        if !in_phrase {
            return Some(l);
        }
        let mut k = l.start;
        let mut words = 0;
        while k > 0 && words <= 2 {
            match s.word_at(k - 1) {
                // ("said Hezbollah acted in solidarity with": the subject of what was said.)
                Some("said" | "says" | "say" | "added" | "insisted" | "stressed" | "noted") => {
                    return Some(l);
                }
                Some(w) if s.verbs[k - 1] && !clauses::AUXILIARIES.contains(&w) => {
                    return s.agent_left(k - 1, Self::left(6));
                }
                // ("sent troops to hunt the ADF in a joint operation": an infinitive's object;
                // the subject of the clause it serves.)
                Some(_) if k >= 2 && s.word_is(k - 2, "to") => {
                    return s.main_subject(k - 2).or(Some(l));
                }
                Some(w) if !is_break(w) && !is_preposition(w) && !s.verbs[k - 1] => {}
                _ => return Some(l),
            }
            k -= 1;
            words += 1;
        }
        Some(l)
    }

    /// The subject of a verb of receiving whose object is the support noun at `i` ("X enjoys
    /// the backing of Y", "X has long relied on Y's support"): between the verb and the noun
    /// only determiners, adjectives and the noun's own giver.
    ///
    /// Also the actor a "with" phrase of support attaches to: "X seized the city with Y's
    /// help", "X, with the backing of Y, ...", "With Y support, X ..." (the subject after the
    /// fronted phrase's comma).
    fn recipient(&self, i: usize, j: usize) -> Option<List> {
        let s = self.sent;
        let mut k = i;
        while k > 0 && i - k < 7 {
            k -= 1;
            match s.word_at(k) {
                Some(w) if self.lex.classes.receiving.contains(w) => {
                    return s.agent_left(k, Self::left(4));
                }
                Some("with") => {
                    let fronted = s.clause_start(k) == k || k > 0 && s.punct(k - 1) == Some(',');
                    if fronted && (0..k).all(|n| s.toks[n].actor().is_none()) {
                        // Past the giver named after the noun ("the backing of Y,").
                        let comma = (j..(j + 6).min(s.len())).find(|&n| s.punct(n) == Some(','))?;
                        return s.list_fwd(comma + 1).filter(|l| !l.poss);
                    }
                    // "X, with the backing of Y, ...": the actor before the comma.
                    if k >= 2 && s.punct(k - 1) == Some(',') {
                        if let Some(l) = s.list_back(k - 2).filter(|l| l.end + 1 == k) {
                            return Some(l);
                        }
                    }
                    return s.agent_left(
                        k,
                        Left {
                            max_gap: 10,
                            skip_governed: true,
                            skip_modifiers: false,
                        },
                    );
                }
                // "relied on", "depends on": the verb before its preposition.
                Some("on" | "upon")
                    if k > 0
                        && s.word_at(k - 1)
                            .is_some_and(|w| self.lex.classes.receiving.contains(w)) =>
                {
                    return s.agent_left(k - 1, Self::left(4));
                }
                Some(w) if is_break(w) || is_preposition(w) || s.verbs[k] => return None,
                Some(_) => {}
                // An actor of the noun's giver ("Russian and Emirati support").
                None if s.toks[k].actor().is_some() => {}
                None => return None,
            }
        }
        None
    }

    /// "X's (adjectives) N": the possessor list.
    fn possessor(&self, i: usize) -> Option<List> {
        let s = self.sent;
        let mut k = i;
        let mut words = 0;
        while k > 0 && words <= 3 {
            k -= 1;
            match s.toks[k].kind {
                Kind::Actor(_) => {
                    if !s.toks[k].poss {
                        return None;
                    }
                    let l = s.list_back(k)?;
                    return l.poss.then_some(l);
                }
                // "Somalia and Ethiopia, whose relations soured": the relative's antecedent.
                Kind::Word
                    if s.toks[k].text == "whose" && k >= 2 && s.punct(k - 1) == Some(',') =>
                {
                    return s.list_back(k - 2).filter(|l| !l.poss);
                }
                Kind::Word => {
                    let w = s.toks[k].text;
                    if is_preposition(w) || is_break(w) || matches!(w, "a" | "an" | "the" | "and") {
                        return None;
                    }
                    words += 1;
                }
                Kind::Punct('-') => {}
                _ => return None,
            }
        }
        None
    }

    /// "X's 24th package of military aid": the possessor of the noun phrase the trigger ends
    /// (within five words, through "of", with no verb between).
    fn np_possessor(&self, i: usize) -> Option<List> {
        let s = self.sent;
        let mut k = i;
        let mut words = 0;
        while k > 0 && words <= 5 {
            k -= 1;
            match s.toks[k].kind {
                Kind::Actor(_) if s.toks[k].poss => {
                    let l = s.list_back(k)?;
                    return l.poss.then_some(l);
                }
                Kind::Word => {
                    let w = s.toks[k].text;
                    if (is_preposition(w) && w != "of") || is_break(w) || s.verbs[k] {
                        return None;
                    }
                    words += 1;
                }
                _ => return None,
            }
        }
        None
    }

    /// "Israeli strikes", "a Houthi drone and missile attack": an actor modifying the noun.
    fn modifier(&self, i: usize) -> Option<List> {
        let s = self.sent;
        let mut k = i;
        let mut words = 0;
        while k > 0 && words <= 3 {
            k -= 1;
            match s.toks[k].kind {
                Kind::Actor(m) => {
                    if s.toks[k].poss {
                        return None;
                    }
                    // Beyond the word right before the noun only a demonym or a name used as
                    // an adjective ("Houthi drone and missile attack").
                    if words > 0 && !s.adjectival.get(m).copied().unwrap_or(false) {
                        return None;
                    }
                    if s.punct(k + 1) == Some('-') || (k > 0 && s.punct(k - 1) == Some('-')) {
                        return None;
                    }
                    let l = s.list_back(k)?;
                    // A preposition before a demonym governs the whole noun phrase ("weeks of
                    // Israeli raids on X", "amid Russian strikes on Y"), and so does any but a
                    // place's before a name ("in support of the coalition campaign against
                    // Y"); a place's may govern the name alone ("in Syria attacks ...").
                    let demonym = l
                        .members
                        .iter()
                        .all(|&m| s.demonym.get(m).copied().unwrap_or(false));
                    let place = |g: &str| {
                        matches!(
                            g,
                            "in" | "at" | "near" | "from" | "across" | "inside" | "into" | "within"
                        )
                    };
                    if s.governor(l.start).is_some_and(|g| !demonym && place(g)) {
                        return None;
                    }
                    return Some(l);
                }
                Kind::Word => {
                    let w = s.toks[k].text;
                    // "X and Y held peace talks": a party's verb, not an adjective.
                    if is_preposition(w)
                        || is_break(w)
                        || matches!(w, "a" | "an" | "the" | "its" | "their")
                        || s.verbs[k]
                        || self.lex.classes.party_verbs.contains(w)
                    {
                        return None;
                    }
                    words += 1;
                }
                _ => return None,
            }
        }
        None
    }

    fn relnoun(&mut self, i: usize, j: usize, trig: &Trigger, entry: &Entry) {
        let s = self.sent;
        let lemma = trig.lemma.as_str();
        // The possessor: "Y's N", "N of Y", "a Y N" ("Y's network of proxies": the
        // collective's).
        let mut possessor = self.possessor(i).or_else(|| {
            (i >= 2
                && s.word_is(i - 1, "of")
                && s.word_at(i - 2).is_some_and(|w| {
                    matches!(
                        w,
                        "network" | "axis" | "web" | "array" | "constellation" | "string" | "host"
                    )
                }))
            .then(|| self.possessor(i - 2))
            .flatten()
        });
        let mut after = j;
        // "a proxy for Iran": the patron after "for" (proxies only; "an ally for" is rare and
        // often a purpose).
        let for_patron = entry.sense == Sense::Proxy && s.word_is(j, "for");
        if possessor.is_none() && (s.word_is(j, "of") || for_patron) {
            let mut k = j + 1;
            while matches!(s.word_at(k), Some("the" | "both")) {
                k += 1;
            }
            if let Some(l) = s.list_fwd(k) {
                after = l.end;
                possessor = Some(l);
            }
        }
        if possessor.is_none()
            && i > 0
            && s.toks[i - 1].actor().is_some()
            && !s.toks[i - 1].poss
            && s.punct(i.saturating_sub(2)) != Some('-')
        {
            possessor = s.list_back(i - 1);
        }
        // "rival Palestinian factions Hamas and Fatah", "arch-foes X and Y": a mutual
        // hostility before the pair that holds it. ("allies X and Y" are often a third
        // side's allies, and give nothing here.)
        if possessor.is_none() && entry.sense == Sense::Adversary {
            let mut k = j;
            if s.toks
                .get(k)
                .and_then(|t| t.actor())
                .is_some_and(|m| s.demonym.get(m).copied().unwrap_or(false) && !s.toks[k].poss)
            {
                k += 1;
            }
            if s.word_at(k)
                .is_some_and(|w| self.lex.classes.group_nouns.contains(w))
            {
                k += 1;
            }
            if let Some(l) = s.list_fwd(k).filter(|l| l.members.len() >= 2 && !l.poss) {
                self.emit(entry.sense, &l, None, (i, j), "relnoun-pair", lemma, true);
                return;
            }
        }
        // Where the noun phrase starts (before its determiner and adjectives).
        let np_from = possessor.as_ref().map_or(i, |p| p.start.min(i));
        let np_start = self.np_start(np_from, 5, false);
        let mut holders: Vec<(List, &'static str)> = Vec::new();
        // (a) The holder right after: "Y's ally X", "Y's chief patron, X,".
        if possessor.as_ref().is_some_and(|p| p.end <= i) {
            let mut k = j;
            // "Tehran's allies in Iraq, the PMF,": where the holders are, before the comma.
            // "in the Gulf": the place may have its article.
            let at = k + 1 + usize::from(s.word_is(k + 1, "the"));
            let placed = s.word_is(k, "in")
                && s.toks.get(at).is_some_and(|t| {
                    (t.actor()
                        .is_some_and(|m| s.kinds.get(m) == Some(&ActorKind::State))
                        || t.kind == Kind::Word && t.cap)
                        && !t.poss
                })
                && s.punct(at + 1) == Some(',');
            if placed {
                k = at + 1;
            }
            // "supplied by Iran, the group's main backer, Israeli officials said": a role that
            // is itself an apposition closes at its comma; who follows is no holder.
            let apposed = np_start > 1
                && s.punct(np_start - 1) == Some(',')
                && s.toks[np_start - 2].actor().is_some();
            let closed_role = apposed && s.punct(k) == Some(',');
            if s.punct(k) == Some(',') {
                k += 1;
            }
            if let Some(l) = s.list_fwd(k).filter(|_| !closed_role) {
                // The apposed holders close with a comma ("..., the PMF, have"); "our partners
                // in Syria, Iraq, and ..." is a list of places.
                let closed = s.punct(l.end) == Some(',')
                    && !matches!(s.word_at(l.end + 1), Some("and" | "or"));
                if (!l.poss || k == j) && (!placed || closed) {
                    holders.push((l, "relnoun-after"));
                }
            }
        }
        // "Y's main arms supplier is X", "Y's biggest backer in Europe remains X": the role
        // named first, its holder after the copula.
        if holders.is_empty() && possessor.as_ref().is_some_and(|p| p.end <= i) {
            let mut k = j;
            // (A place after the role: "in Europe", "in the region".)
            if s.word_is(k, "in") {
                k += 1;
                while k < j + 4 && s.word_at(k).is_some_and(|w| !COPULA_VERBS.contains(&w)) {
                    k += 1;
                }
            }
            let copula = k;
            while matches!(
                s.word_at(k),
                Some(
                    "is" | "was"
                        | "remains"
                        | "remained"
                        | "became"
                        | "has"
                        | "had"
                        | "been"
                        | "still"
                        | "now"
                        | "long"
                )
            ) {
                k += 1;
            }
            if k > copula
                && matches!(
                    s.word_at(copula),
                    Some("is" | "was" | "remains" | "remained" | "became" | "has" | "had")
                )
            {
                while s.word_is(k, "the") {
                    k += 1;
                }
                if let Some(l) = s.list_fwd(k).filter(|l| !l.poss && l.start == k) {
                    holders.push((l, "relnoun-inverse-copula"));
                }
            }
        }
        // "X, which Y designated a major ally": the relative pronoun is the verb's object,
        // the holder; the verb's subject is whose ally.
        if holders.is_empty() && possessor.is_none() && np_start >= 4 {
            if let Some(read) = self.relative_complement(np_start) {
                let (holder, subject) = read;
                self.emit(
                    entry.sense,
                    &holder,
                    Some(&subject),
                    (i, j),
                    "relnoun-relative-complement",
                    lemma,
                    false,
                );
                return;
            }
        }
        if holders.is_empty() {
            // "X and Y, NATO allies but historic rivals,": the second of two coordinated
            // noun phrases in one apposition starts where the first does.
            let joined = |k: usize| matches!(s.word_at(k), Some("but" | "and" | "yet"));
            let mut k = np_start;
            let lim = k.saturating_sub(6);
            // ("allies" is also a verb's form: a relational noun's form is read past.)
            let relnoun = |w: &str| {
                self.lex
                    .starting_with(w)
                    .iter()
                    .any(|t| self.lex.entries[t.entry].pos == Pos::RelNoun)
            };
            while k > lim
                && s.punct(k - 1) != Some(',')
                && (!s.verbs[k - 1] || s.word_at(k - 1).is_some_and(relnoun))
                && s.toks[k - 1].kind != Kind::Punct(';')
                && s.word_at(k - 1).is_none_or(|w| {
                    joined(k - 1)
                        || matches!(w, "once" | "now" | "long")
                        || !is_break(w) && !is_preposition(w)
                })
            {
                k -= 1;
            }
            let np_start =
                if k >= 1 && k < np_start && s.punct(k - 1) == Some(',') && (k..i).any(joined) {
                    k
                } else {
                    np_start
                };
            holders.extend(self.holder(np_start, after));
        }
        // "a peace declaration between A and B, in which the longtime foes agreed ...": a
        // definite plural role with no holder of its own names the pair the sentence set up.
        if holders.is_empty()
            && possessor.is_none()
            && matches!(entry.sense, Sense::Adversary | Sense::Ally)
            && trig.words.last().is_some_and(|w| w.ends_with('s'))
            && s.word_is(np_start, "the")
            && s.word_at(j).is_some_and(|w| !is_preposition(w))
        {
            if let Some(pair) = s.between_in(0, np_start).filter(|l| l.members.len() == 2) {
                holders.push((pair, "relnoun-anaphor"));
            }
        }
        for (h, frame) in holders {
            let complement = frame == "relnoun-complement";
            if complement {
                self.own_word = Some(h.start - 1);
            }
            // "X considers Y a reliable ally": without a possessor, the verb's subject.
            let possessor = match (&possessor, complement) {
                (None, true) => self.verb_subject(h.start - 1, false),
                (p, _) => p.clone(),
            };
            // "Greece and Turkey, NATO allies": the members of an alliance named before a
            // plural noun are allies of each other.
            let fellows = possessor.as_ref().is_some_and(|p| {
                p.end == i
                    && !p.poss
                    && p.members
                        .iter()
                        .all(|&m| s.kinds.get(m) == Some(&ActorKind::Organization))
            }) && h.members.len() >= 2
                && entry.sense == Sense::Ally
                && trig.words.last().is_some_and(|w| w.ends_with('s'));
            if fellows {
                self.emit(entry.sense, &h, None, (i, j), frame, lemma, true);
                continue;
            }
            match &possessor {
                Some(p) => {
                    if h.shares(p) {
                        continue;
                    }
                    // The holder plays the role towards the possessor.
                    let (sense, a, b) = match entry.sense {
                        // "Iran, Hezbollah's patron": Iran supports Hezbollah.
                        Sense::Support => (Sense::Support, h, p.clone()),
                        sense => (sense, h, p.clone()),
                    };
                    self.emit(sense, &a, Some(&b), (i, j), frame, lemma, false);
                }
                None => {
                    if h.members.len() >= 2
                        && matches!(entry.sense, Sense::Adversary | Sense::Ally)
                        && trig.words.last().is_some_and(|w| w.ends_with('s'))
                    {
                        self.emit(entry.sense, &h, None, (i, j), frame, lemma, true);
                    }
                }
            }
            self.own_word = None;
        }
    }

    /// "X, which Y designated <noun phrase at np_start>": (X, Y).
    fn relative_complement(&self, np_start: usize) -> Option<(List, List)> {
        let s = self.sent;
        let v = np_start - 1;
        if !s
            .word_at(v)
            .is_some_and(|w| clauses::REGARDING.contains(&w))
        {
            return None;
        }
        let subject = s.list_back(v - 1).filter(|l| !l.poss)?;
        if subject.start < 2 || !matches!(s.word_at(subject.start - 1), Some("which" | "whom")) {
            return None;
        }
        let r = subject.start - 1;
        let before = if s.punct(r - 1) == Some(',') {
            r.checked_sub(2)?
        } else {
            r - 1
        };
        let holder = s.list_back(before).filter(|l| !l.poss)?;
        (!holder.shares(&subject)).then_some((holder, subject))
    }

    /// Where the noun phrase ending at `from` starts: back over up to `max` words (its
    /// determiner and adjectives) to a clause word, a preposition, a copula or, with
    /// `stop_at_verbs`, any verb.
    fn np_start(&self, from: usize, max: usize, stop_at_verbs: bool) -> usize {
        let s = self.sent;
        let mut k = from;
        while k > from.saturating_sub(max) {
            let Some(w) = s.word_at(k - 1) else { break };
            if is_break(w)
                || is_preposition(w)
                || w == "as"
                || COPULA_VERBS.contains(&w)
                || (stop_at_verbs && s.verbs[k - 1])
            {
                break;
            }
            k -= 1;
        }
        k
    }

    /// The actor a noun phrase describes, the noun phrase running from `np_start` to `after`:
    /// an enumeration after it ("proxies, including A and B"), an apposition ("X, an ally of
    /// Y,") or a copula ("X is Y's ally", "X and Y are rivals").
    fn holder(&self, np_start: usize, after: usize) -> Option<(List, &'static str)> {
        let s = self.sent;
        // An enumeration after the noun: "Y's proxies, including A and B".
        let mut k = after;
        let mut steps = 0;
        while k < s.len() && steps < 6 {
            match s.word_at(k) {
                // "fighters from A and B": their origin; "from A to B" enumerates.
                Some("from")
                    if !s
                        .list_fwd(k + 1 + usize::from(s.word_is(k + 1, "the")))
                        .is_some_and(|l| s.word_is(l.end, "to")) =>
                {
                    break
                }
                // "one of Tehran's most loyal clients among Iraq's militias": the set the one is
                // picked from, no members ("Y's proxies, among them A and B" names some).
                Some("among")
                    if !s.word_is(k + 1, "them")
                        && np_start >= 2
                        && s.word_is(np_start - 1, "of")
                        && s.word_is(np_start - 2, "one") =>
                {
                    break
                }
                Some(w) if ENUMERATORS.contains(&w) => {
                    let mut start = k + 1;
                    if w == "such" && s.word_is(k + 1, "as") {
                        start += 1;
                    }
                    if w == "among" && s.word_is(k + 1, "them") {
                        start += 1;
                    }
                    // "Ukraine's allies, led by A and B"
                    if matches!(w, "led" | "headed") {
                        if !s.word_is(k + 1, "by") {
                            break;
                        }
                        start += 1;
                    }
                    if let Some(mut l) = s.list_fwd(start) {
                        // "from A and B to C"
                        if w == "from" && s.word_is(l.end, "to") {
                            if let Some(l2) = s.list_fwd(l.end + 1) {
                                l.members.extend(l2.members);
                                l.end = l2.end;
                            }
                        }
                        return Some((l, "relnoun-enumeration"));
                    }
                    break;
                }
                Some(w) if is_break(w) => break,
                // ("Iran-backed fighters seized the town from X": a verb ends the phrase.)
                Some(_) if s.verbs[k] && k > after => break,
                _ => {}
            }
            if s.toks[k].actor().is_some() {
                break;
            }
            k += 1;
            steps += 1;
        }
        // An apposition: "X, Y's closest ally," or "X, an ally of Y," ("X — Y's ally —", "X,
        // one of Y's most loyal clients,").
        let np_start =
            if np_start >= 3 && s.word_is(np_start - 1, "of") && s.word_is(np_start - 2, "one") {
                np_start - 2
            } else {
                np_start
            };
        if np_start > 1 && matches!(s.punct(np_start - 1), Some(',' | '(' | '—')) {
            if let Some(l) = s.list_back(np_start - 2) {
                // After a preposition inside the clause the anchor is still the one described
                // ("sanctions on Russia, its traditional ally"); a fronted phrase's is not
                // ("In Lebanon, Iran's proxy ...").
                let fronted = s.governor(l.start).is_some() && {
                    let mut p = l.start;
                    while p > 0 && s.word_is(p - 1, "the") {
                        p -= 1;
                    }
                    p <= 1 || s.punct(p - 2).is_some()
                };
                if !l.poss && !fronted {
                    return Some((l, "relnoun-apposition"));
                }
            }
        }
        // A copula: "X is Y's ally", "X and Y are rivals".
        if np_start > 0 {
            let mut k = np_start;
            // "X is one of Y's closest partners", "X is among Y's allies".
            if k >= 2 && s.word_is(k - 1, "of") && s.word_is(k - 2, "one") {
                k -= 2;
            } else if k >= 1 && s.word_is(k - 1, "among") {
                k -= 1;
            }
            let base = k;
            while k > 0 && COPULAS.contains(&s.word_at(k - 1).unwrap_or("")) {
                k -= 1;
            }
            // "X acts as Iran's proxy", "X served as an ally of Y".
            if k < base
                && k > 0
                && s.word_is(k, "as")
                && s.word_at(k - 1)
                    .is_some_and(|w| self.lex.classes.role_verbs.contains(w))
            {
                k -= 1;
                // "have long acted as": auxiliaries and adverbs before the role verb.
                while k > 0
                    && s.word_at(k - 1).is_some_and(|w| {
                        matches!(
                            w,
                            "have" | "has" | "had" | "long" | "also" | "often" | "now"
                        ) || (w.len() > 4 && w.ends_with("ly"))
                    })
                {
                    k -= 1;
                }
            }
            // "X, a militia that is a proxy for Y": the relative pronoun's antecedent.
            if k < base && k > 0 && matches!(s.word_at(k - 1), Some("that" | "which" | "who")) {
                let rel = k - 1;
                let np = self.np_start(rel, 4, true);
                let before = if np > 1 && s.punct(np - 1) == Some(',') {
                    np - 2
                } else if rel > 0 && np == rel {
                    rel - 1
                } else {
                    return None;
                };
                return s
                    .list_back(before)
                    .filter(|l| !l.poss && s.governor(l.start).is_none())
                    .map(|l| (l, "relnoun-copula"));
            }
            if k < base && k > 0 {
                if let Some(l) = s.list_back(k - 1) {
                    // ("X regards Y as an ally": Y is the object of a verb of regarding, below.)
                    let regarded = l.start > 0
                        && s.word_at(l.start - 1)
                            .is_some_and(|w| clauses::REGARDING.contains(&w));
                    if !l.poss && s.governor(l.start).is_none() && !regarded {
                        return Some((l, "relnoun-copula"));
                    }
                }
            }
        }
        // An object complement: "X considers Y Z's main rival", "counts Y among its allies".
        let object_end = match np_start.checked_sub(1) {
            Some(k) if k > 1 && matches!(s.word_at(k), Some("as" | "among")) => k - 1,
            Some(k) => k,
            None => 0,
        };
        if object_end > 0 && s.toks[object_end].actor().is_some() {
            if let Some(l) = s.list_back(object_end) {
                if !l.poss
                    && l.start > 0
                    && s.word_at(l.start - 1)
                        .is_some_and(|w| clauses::REGARDING.contains(&w))
                {
                    return Some((l, "relnoun-complement"));
                }
            }
        }
        None
    }

    /// "the pro-Iranian Hezbollah", "pro-Turkish Syrian National Army factions": an armed
    /// group named after "pro-X" (within two words) is X's (read as X's support for it).
    fn pro_compound(&mut self, i: usize) {
        let s = self.sent;
        let Some(m) = s.toks[i].actor() else {
            return;
        };
        // The patron alone: "pro-Iranian Hezbollah" is no list of the two.
        let patron = List::one(m, i);
        let mut k = patron.end;
        let mut words = 0;
        while k < s.len() && words <= 2 {
            match s.toks[k].kind {
                Kind::Actor(m) => {
                    let group = matches!(
                        s.kinds.get(m),
                        Some(ActorKind::ArmedGroup | ActorKind::PoliticalParty)
                    );
                    if let (true, Some(p)) = (group, s.list_fwd(k)) {
                        if !p.shares(&patron) {
                            self.emit(
                                Sense::Support,
                                &patron,
                                Some(&p),
                                (i - 2, i),
                                "compound-pro",
                                "pro",
                                false,
                            );
                        }
                    }
                    return;
                }
                Kind::Word if !is_break(s.toks[k].text) && !is_preposition(s.toks[k].text) => {
                    words += 1;
                }
                _ => return,
            }
            k += 1;
        }
    }

    fn compound(&mut self, h: usize, entry: usize, word: &str) {
        let s = self.sent;
        let Some(mut agent) = s.list_back(h - 1) else {
            return;
        };
        // "fighting between Congolese forces and the Rwanda-backed M23": a member with its own
        // determiner is a noun phrase of its own; the compound's actor is the last one alone.
        if agent.members.len() > 1 && s.word_is(h - 2, "the") {
            if let Some(m) = s.toks[h - 1].actor() {
                agent = List::one(m, h - 1);
            }
        }
        // "the US- and French-brokered truce": the first member's hyphen hangs.
        let a = agent.start;
        if a >= 3 && s.word_is(a - 1, "and") && s.punct(a - 2) == Some('-') {
            if let Some(first) = s.toks[a - 3].actor() {
                agent = List::one(first, a - 3).joined(&agent);
            }
        }
        let e = &self.lex.entries[entry];
        let after = h + 2;
        match e.sense {
            Sense::Mediator => {
                self.mediation(&agent, h, after, "compound-mediator", word, true);
            }
            sense => {
                // "the Russia-backed separatists of the Donetsk People's Republic": the group
                // named after.
                if let Some(g) = super::generic::named_after(s, after) {
                    if let Some(x) = s.list_fwd(g).filter(|x| !x.shares(&agent)) {
                        self.emit(sense, &agent, Some(&x), (h, after), "compound", word, false);
                    }
                    return;
                }
                // "X, one of the Y-backed factions": the actor apposed.
                if let Some(anchor) = super::generic::apposed_member(s, h - 1) {
                    if let Some(x) = s.list_back(anchor).filter(|x| !x.shares(&agent)) {
                        self.emit(
                            sense,
                            &agent,
                            Some(&x),
                            (h, after),
                            "compound-described",
                            word,
                            false,
                        );
                    }
                    return;
                }
                // The noun phrase it modifies: an actor right after, or after one or two
                // words ("an Iran-backed militia, Kataib Hezbollah").
                let mut k = after;
                let mut words = 0;
                let mut head = "";
                while k < s.len() && words <= 2 {
                    match s.toks[k].kind {
                        // "an Iranian-backed Iraqi militia": a demonym that only modifies
                        // the head is read past, as an adjective.
                        Kind::Actor(_) if s.modifier_only(k) && words == 0 && head.is_empty() => {}
                        Kind::Actor(_) if s.modifier_only(k) || words > 1 => return,
                        // "Turkish-backed Syrian fighters", "the Iran-backed Lebanese
                        // movement": a group of a nationality, backed, is a group, not its
                        // state; the demonym is read past as an adjective.
                        Kind::Actor(m)
                            if s.kinds.get(m) == Some(&ActorKind::State)
                                && s.demonym.get(m).copied().unwrap_or(false)
                                && s.word_at(k + 1).is_some_and(|w| {
                                    self.lex.classes.nationality_groups.contains(w)
                                }) => {}
                        // The same with the group noun absorbed into the mention.
                        Kind::Actor(m) if s.nationality_group.get(m).copied().unwrap_or(false) => {
                            head = "group";
                            words += 1;
                        }
                        Kind::Actor(_) => {
                            // "X, an Iranian-backed Iraqi militia,": an indefinite noun phrase
                            // describes the actor it stands beside, not a group of its own.
                            let np_start = self.np_start(agent.start, 4, true);
                            let end = s.list_fwd(k).map(|p| p.end);
                            if let (Some("a" | "an"), Some(end)) = (s.word_at(np_start), end) {
                                if self.described(sense, &agent, np_start, end, (h, after), word) {
                                    return;
                                }
                            }
                            // "the Saudi-backed government and the Houthis": a member with its own
                            // determiner is a noun phrase the compound does not modify.
                            let own_np = s.word_is(k + 1, "and") && s.word_is(k + 2, "the");
                            let modified = match s.toks[k].actor() {
                                Some(m) if own_np => Some(List::one(m, k)),
                                _ => s.list_fwd(k),
                            };
                            if let Some(p) = modified {
                                if !p.shares(&agent) {
                                    self.emit(
                                        sense,
                                        &agent,
                                        Some(&p),
                                        (h, after),
                                        "compound",
                                        word,
                                        false,
                                    );
                                    // "Iran-backed militias in Iraq, including A and B,".
                                    if let Some(members) =
                                        s.enumerated_after(p.end).filter(|m| !m.shares(&agent))
                                    {
                                        self.emit(
                                            sense,
                                            &agent,
                                            Some(&members),
                                            (h, after),
                                            "compound",
                                            word,
                                            false,
                                        );
                                    }
                                }
                            }
                            return;
                        }
                        // "the US-backed Kurdish-led militia": a second compound of
                        // the head is read past.
                        Kind::Word
                            if s.word_at(k).is_some_and(|w| {
                                w.ends_with("-led") || w.ends_with("-dominated")
                            }) && s.word_at(k + 1).is_some() => {}
                        Kind::Word => {
                            let w = s.toks[k].text;
                            if is_preposition(w)
                                || is_break(w)
                                || ENUMERATORS.contains(&w)
                                || s.verbs[k]
                                || w.ends_with("ing")
                                || w.ends_with("ed")
                            {
                                break;
                            }
                            head = w;
                            words += 1;
                        }
                        Kind::Punct(',') if head.is_empty() => return,
                        Kind::Punct(',') => {
                            // "an Iran-backed militia, Kataib Hezbollah,"
                            if let Some(p) = s.list_fwd(k + 1).filter(|p| !p.poss) {
                                if !p.shares(&agent)
                                    && self.lex.classes.group_nouns.contains(head)
                                    && s.punct(p.end).is_none_or(|c| c != '-')
                                    && !s.verbs.get(p.end).copied().unwrap_or(false)
                                {
                                    self.emit(
                                        sense,
                                        &agent,
                                        Some(&p),
                                        (h, after),
                                        "compound-apposed",
                                        word,
                                        false,
                                    );
                                    return;
                                }
                            }
                            break;
                        }
                        _ => break,
                    }
                    k += 1;
                }
                // No actor after: the compound describes a generic noun phrase ("an Iran-backed
                // movement") whose actor stands in apposition, before a copula or after it in
                // an enumeration ("Iran-backed groups such as Hezbollah").
                if !self.lex.classes.group_nouns.contains(head) {
                    return;
                }
                let np_start = self.np_start(agent.start, 4, true);
                self.described(sense, &agent, np_start, k, (h, after), word);
            }
        }
    }

    /// A compound in a generic noun phrase ("an Iran-backed militia", "Iran-backed groups")
    /// relates `agent` to the actor the phrase describes (in apposition, before a copula or
    /// in an enumeration after it); whether there was one.
    fn described(
        &mut self,
        sense: Sense,
        agent: &List,
        np_start: usize,
        after: usize,
        trigger: (usize, usize),
        word: &str,
    ) -> bool {
        let Some((holder, _)) = self
            .holder(np_start, after)
            .filter(|(h, _)| !h.shares(agent))
        else {
            return false;
        };
        self.emit(
            sense,
            agent,
            Some(&holder),
            trigger,
            "compound-described",
            word,
            false,
        );
        true
    }

    fn mediation_verb(&mut self, i: usize, j: usize, trig: &Trigger) {
        let s = self.sent;
        let mut strong = self
            .lex
            .classes
            .strong_mediation
            .contains(trig.lemma.as_str());
        // "brought A and B to the table", "persuaded A and B to sign": a verb completed by
        // its `then` words after the parties names mediation whatever follows.
        let entry = &self.lex.entries[trig.entry];
        if !entry.then.is_empty() {
            if !(j..(j + 12).min(s.len())).any(|k| entry.then.iter().any(|w| s.words_at(k, w))) {
                return;
            }
            strong = true;
        }
        self.parties_object = !entry.then.is_empty();
        // "holds the ASEAN chair", "a broker": a bare form after a determiner, or after an
        // actor named behind one, is a noun.
        let det = |k: usize| matches!(s.word_at(k), Some("the" | "a" | "an" | "its" | "their"));
        if trig.form == Form::Base
            && i > 0
            && (det(i - 1) || i > 1 && s.toks[i - 1].actor().is_some() && det(i - 2))
        {
            return;
        }
        let past = matches!(trig.form, Form::Past | Form::Participle);
        if past {
            if let Some(by) = s.by_agent(j, 3).or_else(|| self.with_help(j)) {
                let by = Self::fronted_agent(s, i, by);
                return self.mediation(&by, i, j, "passive-mediator", &trig.lemma, strong);
            }
        }
        // "X thanked Y for facilitating talks with Z": Y mediates between X and Z.
        if trig.form == Form::Ing && i >= 2 && s.word_is(i - 1, "for") {
            let thanked = s.list_back(i - 2).filter(|p| {
                !p.poss
                    && p.start > 0
                    && s.word_at(p.start - 1)
                        .is_some_and(|w| self.lex.classes.thanking.contains(w))
            });
            if let Some(p) = thanked {
                let thanker = s.agent_left(p.start - 1, Self::left(4));
                let with = (j..(j + 6).min(s.len())).find(|&k| s.word_is(k, "with"));
                let other = with.and_then(|k| {
                    let k = if s.word_is(k + 1, "the") {
                        k + 2
                    } else {
                        k + 1
                    };
                    s.list_fwd(k)
                });
                if let (Some(x), Some(z)) = (thanker, other) {
                    let parties = x.joined(&z);
                    if !parties.shares(&p) {
                        self.emit(
                            Sense::Mediator,
                            &p,
                            Some(&parties),
                            (i, j),
                            "verb-thanked-mediator",
                            &trig.lemma,
                            false,
                        );
                    }
                    return;
                }
                return self.mediation(&p, i, j, "verb-mediator", &trig.lemma, strong);
            }
        }
        // "X kept ties with A and B and hosted talks between the two": a second verb phrase
        // shares the first one's subject.
        let second = (i >= 2 && s.word_is(i - 1, "and"))
            .then(|| s.main_subject(i - 1))
            .flatten();
        // "X will visit A and B to mediate": the visitor mediates, not the visited.
        let visitor = self
            .visited_before(i)
            .and_then(|v| s.main_subject(v.start - 1));
        // "..., Malaysia's prime minister said after hosting the two leaders": the subject of
        // the verb right before the participle's connector.
        let adjunct = (trig.form == Form::Ing
            && i >= 3
            && s.word_at(i - 1)
                .is_some_and(|w| matches!(w, "after" | "before" | "while" | "when"))
            && s.verbs[i - 2]
            && s.toks[i - 3].actor().is_some())
        .then(|| s.list_back(i - 3))
        .flatten()
        .filter(|l| !l.poss);
        if let Some(agent) = second
            .or(visitor)
            .or(adjunct)
            .or_else(|| s.agent_left(i, Self::left(6)))
        {
            self.mediation(&agent, i, j, "verb-mediator", &trig.lemma, strong);
        }
    }

    /// The places visited before an infinitive of purpose at `i` ("will visit A and B to
    /// mediate", "travelled to A to"): their list.
    fn visited_before(&self, i: usize) -> Option<List> {
        let s = self.sent;
        let a = s.list_back(i.checked_sub(2)?)?;
        let visiting = |k: usize| {
            s.word_at(k)
                .is_some_and(|w| self.lex.classes.visiting.contains(w))
        };
        (s.word_is(i - 1, "to")
            && a.end + 1 == i
            && !a.poss
            && a.start >= 1
            && (visiting(a.start - 1)
                || a.start >= 2 && s.word_is(a.start - 1, "to") && visiting(a.start - 2)))
        .then_some(a)
    }

    /// "arranged with help from X", "with the help of X", "with X's help": the helper of a
    /// mediation verb's passive, right after it ([`Sentence::helper_after`]).
    fn with_help(&self, j: usize) -> Option<List> {
        let s = self.sent;
        let w = (j..(j + 3).min(s.len())).find(|&k| s.word_is(k, "with"))?;
        s.helper_after(w).map(|(h, _)| h)
    }

    fn mediation_noun(&mut self, i: usize, j: usize, trig: &Trigger) {
        let s = self.sent;
        let lemma = trig.lemma.as_str();
        let strong = self.lex.classes.strong_mediation.contains(lemma);
        // "X's mediation", "X mediators", "mediation by X", "under the auspices of X",
        // "X acted as mediator", "X, Y and Z will be guarantors".
        let agent = self
            .possessor(i)
            .or_else(|| self.modifier(i))
            .or_else(|| {
                (s.word_is(j, "by") || s.word_is(j, "of") || s.word_is(j, "from"))
                    .then(|| {
                        let mut k = j + 1;
                        while matches!(s.word_at(k), Some("the")) {
                            k += 1;
                        }
                        s.list_fwd(k)
                    })
                    .flatten()
            })
            .or_else(|| {
                // "The mediation was led by X": the agent of a light verb's passive.
                let mut k = j;
                while s.word_at(k).is_some_and(|w| PASSIVE_AUX.contains(&w)) {
                    k += 1;
                }
                (k > j
                    && s.word_at(k)
                        .is_some_and(|w| self.lex.classes.mediation_light_verbs.contains(w))
                    && s.word_is(k + 1, "by"))
                .then(|| s.list_fwd(k + 2 + usize::from(s.word_is(k + 2, "the"))))
                .flatten()
                .filter(|l| !l.poss)
            })
            .or_else(|| {
                // "X acted as a mediator", "X will be guarantors": the subject, close by.
                let before = s.word_at(i.saturating_sub(1)).unwrap_or("");
                let det = matches!(
                    before,
                    "a" | "an"
                        | "the"
                        | "as"
                        | "be"
                        | "are"
                        | "is"
                        | "were"
                        | "was"
                        | "remain"
                        | "remains"
                        | "became"
                ) || self.lex.classes.mediator_adjectives.contains(before);
                // Past the determiners to a role verb's "as" ("acted as a go-between").
                let np = self.mediator_np_start(i);
                let mut t = np;
                // "X has positioned itself as a mediator": the reflexive after the verb.
                let reflexive = t > 2
                    && s.word_is(t - 1, "as")
                    && matches!(
                        s.word_at(t - 2),
                        Some("itself" | "himself" | "herself" | "themselves")
                    )
                    && s.word_at(t - 3)
                        .is_some_and(|w| self.lex.classes.role_verbs.contains(w));
                if reflexive {
                    t -= 2;
                } else if t > 1
                    && s.word_is(t - 1, "as")
                    && s.word_at(t - 2)
                        .is_some_and(|w| self.lex.classes.role_verbs.contains(w))
                {
                    t -= 1;
                    // "..., with X and Y acting as guarantors": the actors of the absolute
                    // "with" clause.
                    if t >= 3 && s.word_at(t - 1).is_some_and(|w| w.ends_with("ing")) {
                        if let Some(l) = s.list_back(t - 2) {
                            if !l.poss && s.governor(l.start) == Some("with") {
                                return Some(l);
                            }
                        }
                    }
                } else if t > 1
                    && s.word_is(t - 1, "as")
                    && matches!(s.word_at(t - 2), Some("role" | "status" | "position"))
                {
                    // "X's role as a facilitator", "X's status as a middleman".
                    return self.possessor(t - 2);
                } else {
                    t = i;
                }
                // "X undertook a mediation mission", "launched a new mediation effort".
                let light = t > 1
                    && s.word_at(t - 1)
                        .is_some_and(|w| self.lex.classes.mediation_light_verbs.contains(w));
                if light {
                    return s.agent_left(t - 1, Self::left(4));
                }
                det.then(|| {
                    s.agent_left(t, Self::left(4)).or_else(|| {
                        // "Qatar, a key mediator between A and B, said": the apposition's
                        // anchor.
                        (np > 1 && s.punct(np - 1) == Some(','))
                            .then(|| s.list_back(np - 2))
                            .flatten()
                            .filter(|l| !l.poss && s.governor(l.start).is_none())
                    })
                })
                .flatten()
            });
        if let Some(a) = agent {
            self.mediation(&a, i, j, "noun-mediator", lemma, strong);
        }
    }

    /// Where the noun phrase of the mediator noun at `i` starts: back over its determiner and
    /// its adjectives of a mediator's role ("a key mediator", "the chief go-between").
    fn mediator_np_start(&self, i: usize) -> usize {
        let s = self.sent;
        let mut t = i;
        while t > 0
            && s.word_at(t - 1).is_some_and(|w| {
                matches!(w, "a" | "an" | "the") || self.lex.classes.mediator_adjectives.contains(w)
            })
        {
            t -= 1;
        }
        t
    }

    /// "Qatari mediators are pressing A and B to accept a truce": the parties are the object
    /// of the verb whose subject the mediator noun heads (two actors or more).
    fn mediators_object(&self, frame: &str, j: usize) -> Option<List> {
        let s = self.sent;
        if frame != "noun-mediator" {
            return None;
        }
        let mut k = j;
        while s.word_at(k).is_some_and(|w| {
            PASSIVE_AUX.contains(&w)
                || matches!(
                    w,
                    "has" | "have" | "had" | "will" | "would" | "again" | "now"
                )
                || w.ends_with("ly")
        }) {
            k += 1;
        }
        // One word of the verb, then the object past its preposition and determiners.
        let verb = s.word_at(k)?;
        if is_preposition(verb) || matches!(verb, "and" | "or" | "who" | "which" | "that") {
            return None;
        }
        let mut k = k + 1;
        while matches!(s.word_at(k), Some("with" | "to" | "on" | "the" | "both")) {
            k += 1;
        }
        s.list_fwd(k).filter(|l| {
            l.members.len() >= 2
                && !l.poss
                && s.governor(l.start)
                    .is_none_or(|g| matches!(g, "with" | "to" | "on"))
        })
    }

    /// "Under a swap arranged by X, A and B released ...": in a fronted phrase, the list after
    /// "by" runs on into the main clause's subject. When the rest stands before a verb, the
    /// agents are the first member, or those up to the first "and" when a second one follows
    /// ("by X and Y, A and B agreed").
    fn fronted_agent(s: &Sentence, i: usize, by: List) -> List {
        let fronted = s.word_at(0).is_some_and(|w| {
            matches!(
                w,
                "under" | "in" | "after" | "following" | "through" | "with"
            )
            // ("Under the deal, brokered by X, A and B agreed": a comma may set the participle
            // off.)
        }) && (0..i).all(|k| s.punct(k) != Some(',') || k + 1 == i);
        let verb_after = s
            .word_at(by.end)
            .is_some_and(|w| !is_preposition(w) && !is_break(w));
        if !fronted || !verb_after || by.members.len() < 3 {
            return by;
        }
        let ands: Vec<usize> = (by.start..by.end)
            .filter(|&k| s.word_is(k, "and"))
            .collect();
        let actor_at = |k: usize| s.toks[k].actor().is_some();
        // The token that ends the agents: the member after the first of two "and"s, or the
        // first member before a one-"and" list of three.
        let last = match ands[..] {
            [first, _, ..] => (first..by.end).find(|&k| actor_at(k)),
            [_] if by.members.len() == 3 => (by.start..by.end).find(|&k| actor_at(k)),
            _ => None,
        };
        let Some(last) = last.filter(|&k| s.punct(k + 1) == Some(',')) else {
            return by;
        };
        let members: Vec<usize> = (by.start..=last)
            .filter_map(|k| s.toks[k].actor())
            .collect();
        List {
            members,
            start: by.start,
            end: last + 1,
            poss: false,
        }
    }

    /// Mediation by `mediators` at trigger `i..j`: finds the parties and emits the reading.
    fn mediation(
        &mut self,
        mediators: &List,
        i: usize,
        j: usize,
        frame: &'static str,
        lemma: &str,
        strong: bool,
    ) {
        let s = self.sent;
        let n = s.len();
        // "X facilitated talks between A and B, along with Y and Z": co-mediators named after
        // the parties.
        // "X has led the mediation alongside Y": one right after the trigger.
        let along = (j..(j + 20).min(n))
            .find(|&k| {
                s.punct(k) == Some(',')
                    && matches!(s.word_at(k + 1), Some("along" | "together"))
                    && s.word_is(k + 2, "with")
            })
            .map(|k| k + 3)
            .or_else(|| (s.word_is(j, "alongside")).then_some(j + 1))
            .or_else(|| {
                // "negotiated by X, with help from Y", "with the help of Y".
                let k = (j..(j + 12).min(n))
                    .find(|&k| s.punct(k) == Some(',') && s.word_is(k + 1, "with"))?;
                let mut t = k + 2;
                while matches!(s.word_at(t), Some("the" | "some" | "crucial" | "key")) {
                    t += 1;
                }
                (matches!(s.word_at(t), Some("help" | "support" | "assistance"))
                    && matches!(s.word_at(t + 1), Some("from" | "of")))
                .then_some(t + 2)
            })
            .and_then(|k| s.list_fwd(k + usize::from(s.word_is(k, "the"))))
            .filter(|l| !l.poss);
        let joined;
        let mediators = match along {
            Some(co) => {
                joined = mediators.joined(&co);
                &joined
            }
            None => mediators,
        };
        // Talks, a truce or a deal near the trigger, unless the trigger names mediation itself;
        // a meeting convened for talks anywhere after it ("convened envoys of A and B in Doha
        // to negotiate ...").
        // ("hosted the leaders of A and B for talks", "hosted A's and B's envoys, who agreed
        // to ...").
        // (The flag is the calling verb's alone: taken, it is cleared.)
        let parties_object = std::mem::take(&mut self.parties_object);
        let convening = matches!(lemma, "convene" | "bring together" | "host") || parties_object;
        // "A and B resumed talks in Havana on Monday, with X acting as host": a role taken in
        // the sentence's talks, however far back they stand.
        let role = frame == "noun-mediator"
            && i >= 2
            && s.word_is(i - 1, "as")
            && s.word_at(i - 2)
                .is_some_and(|w| self.lex.classes.role_verbs.contains(w));
        let event_near = (if role { 0 } else { i.saturating_sub(8) }..(j + 8).min(n))
            .any(|k| s.word_at(k).is_some_and(|w| EVENTS.contains(&w)))
            || convening
                && (j..n).any(|k| {
                    s.word_at(k).is_some_and(|w| {
                        EVENTS.contains(&w) || matches!(w, "negotiate" | "discuss" | "agreed")
                    })
                });
        // "The truce between A and B was reached after diplomacy by X": the event the
        // sentence opened with, however far.
        let event_between = || {
            (0..i).any(|k| {
                s.word_at(k).is_some_and(|w| EVENTS.contains(&w)) && s.between_at(k + 1).is_some()
            })
        };
        // "X hosted delegations from A and B": envoys of two sides received together are
        // talks, named or not.
        let delegations = || {
            convening && {
                let mut k = j + usize::from(s.word_is(j, "the"));
                while s.word_at(k).is_some_and(|w| {
                    matches!(w, "senior" | "top" | "high-level" | "rival" | "both")
                }) {
                    k += 1;
                }
                s.word_at(k).is_some_and(|w| {
                    matches!(w, "delegations" | "envoys" | "negotiators" | "delegates")
                }) && matches!(s.word_at(k + 1), Some("from" | "of"))
                    && s.list_fwd(k + 2 + usize::from(s.word_is(k + 2, "the")))
                        .is_some_and(|l| l.members.len() >= 2)
            }
        };
        if !strong && !event_near && !event_between() && !delegations() {
            return;
        }
        let own = |l: &List| l.members.iter().all(|m| !mediators.members.contains(m));
        // Past "the envoys of", "both delegations from", ... to who met.
        let delegates_of = |mut k: usize| {
            while s.word_at(k).is_some_and(|w| {
                clauses::DELEGATES.contains(&w)
                    || matches!(
                        w,
                        "the"
                            | "both"
                            | "leaders"
                            | "presidents"
                            | "ministers"
                            | "foreign"
                            | "heads"
                            | "of"
                            | "from"
                            // ("hosted senior US and Russian officials")
                            | "senior"
                            | "top"
                            | "high-ranking"
                            | "high-level"
                    )
            }) {
                k += 1;
            }
            k
        };
        // ("a summit in Tianjin hosted by Xi, his first visit since clashes between the two
        // countries' armies": a "between" in an apposition after the comma is another noun's;
        // one in a participle phrase, "..., ending years of fighting between the two sides",
        // still names the parties.)
        let reach = (j..(j + 14).min(n))
            .find(|&k| {
                matches!(s.punct(k), Some(';' | ':'))
                    || s.punct(k) == Some(',')
                        && matches!(
                            s.word_at(k + 1),
                            Some("his" | "her" | "its" | "their" | "a" | "an" | "the")
                        )
            })
            .unwrap_or(j + 20);
        let parties = s
            .between_in(j, reach)
            .filter(own)
            .or_else(|| {
                // "Under the deal, brokered by X, A and B agreed to ...": a fronted phrase
                // naming the deal; its parties are the main clause's subject.
                if frame != "passive-mediator"
                    || !matches!(s.word_at(0), Some("under" | "in" | "through" | "with"))
                    || !(1..i.min(5)).any(|k| s.word_at(k).is_some_and(|w| EVENTS.contains(&w)))
                {
                    return None;
                }
                let c = (mediators.end..(mediators.end + 3).min(n))
                    .find(|&k| s.punct(k) == Some(','))?;
                s.list_fwd(c + 1)
                    .filter(|l| l.members.len() >= 2 && !l.poss)
                    .filter(|l| {
                        s.word_at(l.end).is_some_and(|w| {
                            s.verbs[l.end] || clauses::AUXILIARIES.contains(&w) || w.ends_with("ed")
                        })
                    })
                    .filter(own)
            })
            .or_else(|| self.mediators_object(frame, j).filter(own))
            .or_else(|| {
                // "convened envoys of A and B", "brought together A and B": who met.
                if !convening {
                    return None;
                }
                s.list_fwd(delegates_of(j))
                    .filter(|l| l.members.len() >= 2)
                    .filter(own)
            })
            .or_else(|| {
                // "talks hosted by X brought together A and B".
                let k = (j..(j + 12).min(n)).find(|&k| {
                    s.word_is(k, "together")
                        && s.word_at(k.saturating_sub(1)).is_some_and(|w| {
                            matches!(w, "brought" | "bring" | "brings" | "bringing")
                        })
                })?;
                s.list_fwd(delegates_of(k + 1))
                    .filter(|l| l.members.len() >= 2)
                    .filter(own)
            })
            .or_else(|| {
                // "talks hosted by X and attended by envoys from A and B": who attended (two
                // sides; a summit of many is no mediation).
                let k = (j..(j + 12).min(n))
                    .find(|&k| s.word_is(k, "attended") && s.word_is(k + 1, "by"))?;
                s.list_fwd(delegates_of(k + 2))
                    .filter(|l| l.members.len() == 2 && !l.poss)
                    .filter(own)
            })
            .or_else(|| {
                // "a go-between for X and Y": the parties of a mediator's role.
                if !s.word_is(j, "for") {
                    return None;
                }
                let mut k = j + 1;
                while matches!(s.word_at(k), Some("the" | "both")) {
                    k += 1;
                }
                s.list_fwd(k).filter(|l| l.members.len() >= 2).filter(own)
            })
            .or_else(|| {
                // "secured agreement from A and B on a truce": whose consent was won.
                let from = (j..(j + 4).min(n)).find(|&k| {
                    s.word_is(k, "from")
                        && s.word_at(k.wrapping_sub(1)).is_some_and(|w| {
                            matches!(
                                w,
                                "agreement" | "commitments" | "pledges" | "assurances" | "consent"
                            )
                        })
                })?;
                s.list_fwd(from + 1 + usize::from(s.word_is(from + 1, "both")))
                    .filter(|l| l.members.len() >= 2 && !l.poss)
                    .filter(own)
            })
            .or_else(|| {
                // "relayed a message from X to Y": the two ends of the channel.
                let from = (j..(j + 4).min(n)).find(|&k| s.word_is(k, "from"))?;
                let a = s.list_fwd(from + 1)?;
                if !s.word_is(a.end, "to") {
                    return None;
                }
                let b = s.list_fwd(a.end + 1)?;
                Some(a.joined(&b)).filter(own)
            })
            .or_else(|| {
                s.pair_in(j, j + 6).map(|(k, (a, b))| List {
                    members: vec![a, b],
                    start: k,
                    end: k + 3,
                    poss: false,
                })
            })
            .or_else(|| {
                // "X brokered the agreement under which A and B agreed to ...": the sides of
                // the relative clause.
                let k = (j..(j + 6).min(n)).find(|&k| {
                    matches!(s.word_at(k), Some("under" | "in")) && s.word_is(k + 1, "which")
                })?;
                s.list_fwd(k + 2 + usize::from(s.word_is(k + 2, "the")))
                    .filter(|l| l.members.len() >= 2 && !l.poss)
                    .filter(own)
            })
            .or_else(|| s.between_in(s.clause_start(i).min(i), i).filter(own))
            .or_else(|| {
                // "The truce between A and B was reached after mediation by X": the parties
                // of the event the sentence opened with.
                (0..i)
                    .filter(|&k| s.word_at(k).is_some_and(|w| EVENTS.contains(&w)))
                    .find_map(|k| s.between_at(k + 1))
                    .filter(own)
            })
            .or_else(|| {
                s.pair_in(0, i).map(|(k, (a, b))| List {
                    members: vec![a, b],
                    start: k,
                    end: k + 3,
                    poss: false,
                })
            })
            .or_else(|| s.plural_subject_in(0, mediators.start.min(i)).filter(own))
            .or_else(|| {
                // "After months of Qatari mediation, A and B agreed on a truce": a fronted
                // phrase's mediation is between the subjects of the clause after its comma.
                // Also "Under an exchange arranged by X, A and B released ...": the comma after
                // a passive's agent.
                let comma = if s.punct(j) == Some(',') {
                    Some(j)
                } else {
                    // ("talks hosted by Oman in Muscat, A and B ...": a place may stand
                    // before the comma.)
                    let at = mediators.end;
                    let placed = |c: usize| {
                        c > at + 1
                            && matches!(s.word_at(at), Some("in" | "at"))
                            && (at + 1..c).all(|k| {
                                s.toks[k].actor().is_some()
                                    || s.word_at(k).is_some_and(|w| {
                                        w == "the" || s.toks[k].cap && !is_break(w)
                                    })
                            })
                    };
                    (mediators.start >= j)
                        .then(|| (at..(at + 4).min(n)).find(|&c| s.punct(c) == Some(',')))
                        .flatten()
                        .filter(|&c| c == at || placed(c))
                };
                let fronted = comma.is_some()
                    && (0..mediators.start.min(i)).all(|k| s.toks[k].actor().is_none());
                fronted
                    .then(|| s.list_fwd(comma? + 1))
                    .flatten()
                    .filter(|l| {
                        l.members.len() >= 2
                            && !l.poss
                            && s.word_at(l.end).is_some_and(|w| !is_preposition(w))
                    })
                    .filter(own)
            })
            // "an intermediary between Iran and the West": the one side that is an actor.
            .or_else(|| s.between_one_in(j, j + 14).filter(own))
            // "X accepted Y's mediation in its talks with Z": X and Z.
            .or_else(|| {
                let v = (i.saturating_sub(4)..i).rev().find(|&k| {
                    s.word_at(k)
                        .is_some_and(|w| self.lex.classes.accepting.contains(w))
                })?;
                // "agreed to Y's mediation"
                if s.word_is(v, "to")
                    && !(v >= 1
                        && s.word_at(v - 1).is_some_and(|w| {
                            matches!(w, "agreed" | "agree" | "agrees" | "consented")
                        }))
                {
                    return None;
                }
                let x = s.agent_left(v, Self::left(4))?;
                let with = (j..(j + 6).min(n)).find(|&k| s.word_is(k, "with"))?;
                let mut k = with + 1;
                while matches!(s.word_at(k), Some("the")) {
                    k += 1;
                }
                let z = s.list_fwd(k)?;
                Some(x.joined(&z))
                    .filter(own)
                    .filter(|l| l.members.len() >= 2)
            })
            // "X will visit A and B to mediate in their dispute": the visited.
            .or_else(|| {
                self.visited_before(i)
                    .filter(|a| a.members.len() >= 2)
                    .filter(own)
            })
            .or_else(|| {
                // "X restored ties with Y in a deal brokered by Z", "X's rapprochement with Y,
                // brokered by Z": the two actors of the clause around the deal.
                // Also "talks with Y that Z facilitated" (the event is the relative clause's
                // object) and "talks with Y, with Z acting as guarantor".
                let before = |k: usize, w: &[&str]| {
                    k > 0 && s.word_at(k - 1).is_some_and(|v| w.contains(&v))
                };
                let absolute = before(mediators.start, &["with"]);
                let from = if absolute {
                    s.clause_start(mediators.start)
                } else {
                    i.saturating_sub(8).max(s.clause_start(i))
                };
                let deal_before =
                    (from..i).any(|k| s.word_at(k).is_some_and(|w| EVENTS.contains(&w)));
                let event_clause = frame.starts_with("passive")
                    || absolute
                    || before(mediators.start, &["that", "which"]);
                if !deal_before || !event_clause {
                    return None;
                }
                let from = if absolute { from } else { s.clause_start(i) };
                let mediator_ids: Vec<_> =
                    mediators.members.iter().map(|&m| s.ids.get(m)).collect();
                let mut members: Vec<usize> = Vec::new();
                for k in from.min(i)..i {
                    if let Some(m) = s.toks[k].actor() {
                        // "its old rival Y": a pronoun names an actor already counted; "Z's
                        // envoy" is the mediator however often it is named.
                        let counted = members.iter().any(|&o| s.ids.get(o) == s.ids.get(m))
                            || mediator_ids.contains(&s.ids.get(m));
                        if !mediators.members.contains(&m) && !counted {
                            members.push(m);
                        }
                    }
                }
                (members.len() == 2).then_some(List {
                    members,
                    start: 0,
                    end: i,
                    poss: false,
                })
            })
            .or_else(|| {
                s.plural_subject_in(j, n)
                    .filter(own)
                    .filter(|_| lemma == "auspices")
            })
            .or_else(|| {
                // "The deal, mediated by X, saw A and B swap prisoners": the event named just
                // before the participle, its parties in the clause after the mediator.
                let event_before = (i.saturating_sub(3)..i)
                    .any(|k| s.word_at(k).is_some_and(|w| EVENTS.contains(&w)));
                (frame == "passive-mediator" && event_before)
                    .then(|| s.plural_subject_in(mediators.end, (mediators.end + 8).min(n)))
                    .flatten()
                    .filter(own)
            })
            .or_else(|| {
                // "X restored ties with Y under a China-brokered agreement": the deal the
                // compound names is between the clause's subject and its "with" partner.
                if frame != "compound-mediator"
                    || !s.word_at(j).is_some_and(|w| EVENTS.contains(&w))
                {
                    return None;
                }
                let with = (s.clause_start(i)..i).find(|&k| s.word_is(k, "with"))?;
                let y = s.list_fwd(with + 1 + usize::from(s.word_is(with + 1, "the")))?;
                let x = s.main_subject(with)?;
                Some(x.joined(&y))
                    .filter(own)
                    .filter(|l| l.members.len() >= 2)
            });
        match parties {
            Some(p) if own(&p) => {
                self.emit(
                    Sense::Mediator,
                    mediators,
                    Some(&p),
                    (i, j),
                    frame,
                    lemma,
                    false,
                );
            }
            _ => {
                // The parties of the document's last talks ("the talks were hosted by X", "the
                // peace deal brokered by X": one word may stand before the noun).
                let determiner = |k: usize| {
                    matches!(
                        s.word_at(k),
                        Some("the" | "those" | "these" | "that" | "this")
                    )
                };
                // "X has led the mediation": the mediation named is that of the last talks.
                let own_event = i >= 1
                    && (determiner(i - 1) || matches!(s.word_at(i - 1), Some("its" | "their")))
                    && frame == "noun-mediator"
                    && matches!(
                        lemma,
                        "mediation" | "mediation effort" | "mediation efforts"
                    );
                // "X has offered to mediate", "stepped in to mediate in the dispute": a
                // mediation verb with no parties of its own is the last talks' or war's.
                // "helped defuse the crisis", "to end the fighting": the same, with the
                // conflict named but not its sides.
                let conflict = {
                    let k = j + usize::from(s.word_is(j, "in"));
                    let k = k + usize::from(s.word_is(k, "the"));
                    s.word_at(k).is_some_and(|w| CONFLICTS.contains(&w))
                        && !s.word_is(k + 1, "between")
                        && s.toks.get(k + 1).is_none_or(|t| t.actor().is_none())
                };
                let bare = frame == "verb-mediator"
                    && strong
                    && (s.word_at(j).is_none()
                        || matches!(s.word_at(j), Some("and" | "if" | "again"))
                        || conflict);
                let definite = own_event
                    || bare
                    || (i.saturating_sub(8)..(j + 8).min(n)).any(|k| {
                        s.word_at(k).is_some_and(|w| EVENTS.contains(&w))
                            && (k >= 1 && determiner(k - 1)
                                || k >= 2
                                    && determiner(k - 2)
                                    && s.toks[k - 1].actor().is_none()
                                    && s.word_at(k - 1).is_some_and(|w| !is_preposition(w)))
                    });
                // The last talks' parties; failing them, for "The two countries fought a war
                // that ended with a Russian-brokered truce", the sides this sentence stated
                // fighting before the truce.
                let sides = || {
                    self.out
                        .iter()
                        .rev()
                        .find(|r| {
                            r.sense == Sense::Adversary
                                && r.pairwise
                                && r.agent.len() == 2
                                && r.dropped.is_none()
                                && r.trigger.1 <= i
                        })
                        .map(|r| (r.agent.clone(), None, frame))
                };
                let found = definite
                    .then(|| self.event.clone())
                    .flatten()
                    .map(|(members, from)| (members, Some(from), "event-mediator"))
                    .or_else(|| (frame == "compound-mediator").then(sides).flatten());
                if let Some((members, from, frame)) = found {
                    // The parties stand where the event noun does ("envoy X was expected to
                    // join the talks": the filters read the clause up to the talks).
                    let at = (j..(j + 8).min(n))
                        .find(|&k| s.word_at(k).is_some_and(|w| EVENTS.contains(&w)))
                        .map_or(j, |k| k + 1);
                    let p = List {
                        members,
                        start: at,
                        end: at,
                        poss: false,
                    };
                    if own(&p) {
                        self.emit(
                            Sense::Mediator,
                            mediators,
                            Some(&p),
                            (i, j),
                            frame,
                            lemma,
                            false,
                        );
                        if let (Some(from), Some(r)) = (from, self.out.last_mut()) {
                            r.from_context = Some(from);
                        }
                    }
                }
            }
        }
    }
}

/// Whether the gerund at `k` names an act warned against ("warned Y against arming Z") or
/// kept from ("barred Y from sending troops"), which the sentence does not state as done
/// ("profited from selling arms" does).
fn kept_from(s: &Sentence, k: usize) -> bool {
    match k.checked_sub(1).and_then(|p| s.word_at(p)) {
        Some("against") => true,
        Some("from") => (k.saturating_sub(5)..k - 1).any(|v| {
            s.word_at(v).is_some_and(|w| {
                matches!(
                    w,
                    "barred"
                        | "banned"
                        | "prevented"
                        | "prevent"
                        | "stopped"
                        | "stop"
                        | "refrain"
                        | "refrained"
                        | "prohibited"
                        | "deterred"
                        | "blocked"
                        | "dissuaded"
                        | "dissuade"
                        | "keep"
                        | "kept"
                )
            })
        }),
        _ => false,
    }
}
