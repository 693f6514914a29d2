//! Coreference: pronouns ("it", "its", "they"), definite descriptions ("the group", "the
//! kingdom"), "the two sides"/"both countries", and mediation events ("the talks") resolved to
//! actors named earlier in the sentence or the document.
//!
//! This module owns the document's memory of who was mentioned, who was the subject, which
//! pair was last named together and which parties the last talks or truce were between. It
//! rewrites a sentence's tokens so that an anaphor becomes an actor token of a *synthetic*
//! mention, and records for each synthetic mention the sentence its antecedent stands in, so
//! that the evidence of an edge carries every sentence it rests on.

use super::clauses::{Kind, Sentence, Token};
use crate::gazetteer::{ActorIdx, ActorKind};

/// One actor a sentence contributed to the document's memory.
#[derive(Debug, Clone, Copy)]
struct Seen {
    actor: ActorIdx,
    kind: ActorKind,
    sentence: usize,
}

/// What a document has said so far, for resolving anaphors in its next sentences.
#[derive(Debug, Clone, Default)]
pub struct Context {
    recent: Vec<Seen>,
    subject: Option<(Vec<(ActorIdx, ActorKind)>, usize)>,
    pair: Option<([(ActorIdx, ActorKind); 2], usize)>,
    /// The last two people a sentence named ("X met Y at the Kremlin"): "the two leaders" of a
    /// later sentence.
    leaders: Option<([(ActorIdx, ActorKind); 2], usize)>,
    /// The last two parties a sentence stated fighting each other ("X has been at war with
    /// Y"): "the warring parties" of any later sentence, and "the two sides" when no pair
    /// stands within reach.
    war: Option<([(ActorIdx, ActorKind); 2], usize)>,
    /// The last side that attacked or fired ("North Korea fired a missile"): the author of
    /// "the launch", "the attack" a later sentence condemns.
    attacker: Option<(ActorIdx, ActorKind, usize)>,
    event: Option<(Vec<ActorIdx>, usize)>,
    /// The last state or organisation that was a sentence's subject: the "we" of a statement
    /// it issued ("The Coalition complies with ... We will continue to strike ISIL").
    speaker: Option<(ActorIdx, ActorKind, usize)>,
    /// Pairs a sentence of the document denies a relation between ("X denies arming Y"), with
    /// whether the denied relation is hostile.
    denied: Vec<(bool, ActorIdx, ActorIdx)>,
    /// Relations a sentence reported as an accusation ("X accused Y of arming Z"), with the
    /// accused: a later "Y denies the charge" disputes them.
    accusations: Vec<(ActorIdx, (bool, ActorIdx, ActorIdx))>,
    /// Index of the sentence being read (its position in the document).
    pub sentence: usize,
    /// Every actor the document has named so far (which licenses context aliases).
    named: rustc_hash::FxHashSet<ActorIdx>,
    /// Actors the sentences read since the caller last took them composed from a compound
    /// ("Iran-aligned militias", see `relations::generic`), with the words that composed
    /// them: mentions the dictionary's search cannot count.
    pub composed: Vec<(ActorIdx, String)>,
}

/// A synthetic mention made by resolving an anaphor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    /// The antecedent actor.
    pub actor: ActorIdx,
    /// Its kind.
    pub kind: ActorKind,
    /// The sentence the antecedent was named in.
    pub sentence: usize,
    /// The anaphor's words, for `explain`.
    pub anaphor: &'static str,
}

/// How far back (in sentences) an antecedent may stand.
const REACH: usize = 3;

/// Nouns naming the events whose parties a mediator mediates between.
pub const EVENTS: &[&str] = &[
    "talks",
    "negotiations",
    "dialogue",
    "meeting",
    "meetings",
    "deal",
    "agreement",
    "accord",
    "truce",
    "ceasefire",
    "cease-fire",
    "exchange",
    "exchanges",
    "swap",
    "swaps",
    "summit",
    "round",
    "contacts",
    "discussions",
    "consultations",
    "process",
    "settlement",
    "treaty",
    "armistice",
    "rapprochement",
    "reconciliation",
    "normalisation",
    "normalization",
    "detente",
    "pause",
    "lull",
];

/// Nouns of a conflict that a mediation may name without its sides ("moved to defuse the
/// crisis"): the sides are those of the document's last fighting or talks.
pub const CONFLICTS: &[&str] = &[
    "conflict", "dispute", "crisis", "war", "standoff", "row", "tensions", "fighting", "feud",
];

/// Whether `w` is one of [`EVENTS`] (one set look-up: asked of every word of a sentence
/// naming two parties).
fn is_event(w: &str) -> bool {
    crate::word_set!(EVENTS).contains(w)
}

/// Whether mention `m` (its token followed by `next`) names a group of a state's nationality,
/// not the state: a demonym before a group noun ("the Lebanese group"), or one whose group
/// noun the tagging absorbed ("the Lebanese movement"). The tokens it spans: 2 or 1.
fn national_group(sent: &Sentence, m: usize, next: Option<&Token>) -> Option<usize> {
    if sent.nationality_group.get(m) == Some(&true) {
        Some(1)
    } else {
        (sent.demonym.get(m) == Some(&true)
            && next
                .and_then(Token::word)
                .is_some_and(|w| GROUP_NOUNS.contains(&w)))
        .then_some(2)
    }
}

/// Where actors belong, for [`Context::resolve`].
pub struct Belonging<'a> {
    /// The state an actor belongs to: a leader's, an organ's, a derived group's.
    pub home: &'a dyn Fn(ActorIdx) -> Option<ActorIdx>,
    /// The country an actor is of, a named armed group's too ("the Lebanese movement").
    pub nationality: &'a dyn Fn(ActorIdx) -> Option<ActorIdx>,
    /// Whether a state bears a title ("kingdom", "emirate", "sultanate") in its name or
    /// aliases ("Kingdom of Saudi Arabia"): "the kingdom" is one of those.
    pub titled: &'a dyn Fn(ActorIdx, &str) -> bool,
}

fn group_kind(k: ActorKind) -> bool {
    matches!(k, ActorKind::ArmedGroup | ActorKind::PoliticalParty)
}

/// Who may say "we" in a statement: a state, an organisation or a government.
fn speaker_kind(k: ActorKind) -> bool {
    matches!(
        k,
        ActorKind::State | ActorKind::Organization | ActorKind::Government
    )
}

fn party_kind(k: ActorKind) -> bool {
    !matches!(k, ActorKind::Person | ActorKind::Media)
}

/// The distinct parties a sentence names, in order (up to three: enough to tell a pair).
#[derive(Default)]
struct Parties(Vec<(ActorIdx, ActorKind)>);

/// The distinct people a sentence names (up to three: enough to tell a pair).
#[derive(Default)]
struct People(Vec<(ActorIdx, ActorKind)>);

impl People {
    fn add(&mut self, actor: ActorIdx, kind: ActorKind) {
        if kind == ActorKind::Person && self.0.len() <= 2 && !self.0.iter().any(|p| p.0 == actor) {
            self.0.push((actor, kind));
        }
    }

    fn pair(&self) -> Option<[(ActorIdx, ActorKind); 2]> {
        match self.0[..] {
            [a, b] => Some([a, b]),
            _ => None,
        }
    }
}

impl Parties {
    fn add(&mut self, actor: ActorIdx, kind: ActorKind) {
        if party_kind(kind) && self.0.len() <= 2 && !self.0.iter().any(|p| p.0 == actor) {
            self.0.push((actor, kind));
        }
    }

    /// Exactly two parties: the pair "the two countries" of a later sentence names.
    fn pair(&self) -> Option<[(ActorIdx, ActorKind); 2]> {
        match self.0[..] {
            [a, b] => Some([a, b]),
            _ => None,
        }
    }
}

impl Context {
    /// A new document.
    pub fn new() -> Context {
        Context::default()
    }

    /// Whether the document named the actor in a sentence read so far.
    pub fn named(&self, a: ActorIdx) -> bool {
        self.named.contains(&a)
    }

    /// Records the actors a sentence names.
    pub fn name(&mut self, actors: impl IntoIterator<Item = ActorIdx>) {
        self.named.extend(actors);
    }

    fn latest(&self, want: impl Fn(ActorKind) -> bool) -> Option<Seen> {
        self.recent
            .iter()
            .rev()
            .find(|s| want(s.kind) && self.sentence.saturating_sub(s.sentence) <= REACH)
            .copied()
    }

    /// The one armed group the last sentences named (within reach), if they named exactly one
    /// and `ok` accepts it: the group a definite "the Iran-backed rebels" takes up again.
    pub fn sole_recent_group(&self, ok: impl Fn(ActorIdx) -> bool) -> Option<Link> {
        let mut found: Option<Link> = None;
        for s in self.recent.iter().filter(|s| {
            s.kind == ActorKind::ArmedGroup && self.sentence.saturating_sub(s.sentence) <= REACH
        }) {
            match found {
                Some(l) if l.actor != s.actor => return None,
                _ => {
                    found = Some(Link {
                        actor: s.actor,
                        kind: s.kind,
                        sentence: s.sentence,
                        anaphor: "the backed group",
                    })
                }
            }
        }
        found.filter(|l| ok(l.actor))
    }

    /// Records that the document denies a (hostile or friendly) relation between `a` and `b`.
    pub fn deny(&mut self, hostile: bool, a: ActorIdx, b: ActorIdx) {
        let pair = (hostile, a.min(b), a.max(b));
        if !self.denied.contains(&pair) {
            self.denied.push(pair);
        }
    }

    /// Records a relation reported as an accusation against `accused`.
    pub fn accuse(&mut self, accused: ActorIdx, hostile: bool, a: ActorIdx, b: ActorIdx) {
        self.accusations
            .push((accused, (hostile, a.min(b), a.max(b))));
    }

    /// `accused` denies the charges ("Abu Dhabi denies the charge"): every accusation against
    /// it reported so far is disputed.
    pub fn deny_charges(&mut self, accused: ActorIdx) {
        let pairs: Vec<_> = self
            .accusations
            .iter()
            .filter(|(who, _)| *who == accused)
            .map(|&(_, pair)| pair)
            .collect();
        for (hostile, a, b) in pairs {
            self.deny(hostile, a, b);
        }
    }

    /// Whether the document denies a relation like `hostile` between `a` and `b`: an
    /// accusation it reports elsewhere is then disputed, not stated.
    pub fn denies(&self, hostile: bool, a: ActorIdx, b: ActorIdx) -> bool {
        self.denied.contains(&(hostile, a.min(b), a.max(b)))
    }

    /// A sentence that hands the word to someone ("Minister X said:"): a "we" after it is
    /// theirs, no longer the last subject's.
    pub fn new_speaker(&mut self) {
        self.speaker = None;
    }

    /// Whether an actor was named within reach (an anaphor may then refer to it).
    pub fn has_recent(&self) -> bool {
        self.recent
            .last()
            .is_some_and(|s| self.sentence.saturating_sub(s.sentence) <= REACH)
    }

    /// The parties of the last talks, truce or deal the document named (within reach); failing
    /// those, the last two sides it stated fighting each other, within reach ("A and B fought
    /// for two years. The peace deal brokered by X ...").
    pub fn event_parties(&self) -> Option<(Vec<ActorIdx>, usize)> {
        let near = |n: &usize| self.sentence.saturating_sub(*n) <= REACH;
        self.event
            .as_ref()
            .filter(|(_, n)| near(n))
            .map(|(p, n)| (p.clone(), *n))
            .or_else(|| {
                self.war
                    .as_ref()
                    .filter(|(_, n)| near(n))
                    .map(|(p, n)| (vec![p[0].0, p[1].0], *n))
            })
    }

    /// Rewrites the anaphors of `sent` into actor tokens. `actors` holds the actor of every
    /// mention and grows by one per synthetic mention; `links` (same length as the synthetic
    /// part) tells where each came from; `rivals` receives the pairs the sentence describes
    /// as foes ("the two rivals", "between the nuclear-armed rivals"), with the sentence
    /// their antecedents were named in: the description states their enmity. `belonging`
    /// tells where actors belong.
    pub fn resolve(
        &self,
        sent: &mut Sentence,
        actors: &mut Vec<ActorIdx>,
        links: &mut Vec<(usize, Link)>,
        rivals: &mut Vec<(ActorIdx, ActorIdx, usize)>,
        belonging: &Belonging<'_>,
        lex: &super::lexicon::Lexicon,
    ) {
        let (home, nationality, titled) = (belonging.home, belonging.nationality, belonging.titled);
        let toks = std::mem::take(&mut sent.toks);
        // The rewritten tokens, made at the first anaphor resolved: until then `out` is the
        // prefix of `toks` read so far, and a sentence without one keeps its tokens as they
        // are (most sentences: copying every token was 1.5 % of the real-text run).
        let mut rewritten: Option<Vec<Token>> = None;
        // Quotation marks in `out` so far.
        let mut quotes = 0usize;
        let mut i = 0;
        while i < toks.len() {
            let w = toks[i].word().unwrap_or("");
            // Inside a quotation "we" and "they" are the speaker's; leave them alone.
            let quoted = quotes % 2 == 1;
            // A word no arm of the `match` below names (most words) is passed over here, before
            // the words after it are read and the closures the arms share are set up.
            let named = !quoted && (anaphor_word(w) || GROUP_NOUNS.contains(&w));
            let word_at = |k: usize| toks.get(k).and_then(Token::word).unwrap_or("");
            let (next, next2) = if named {
                (word_at(i + 1), word_at(i + 2))
            } else {
                ("", "")
            };
            // "turned its back on Y", "turned their backs on Y": an idiom, the lexicon's
            // trigger, not a possessive to resolve.
            let idiom = matches!(next, "back" | "backs") && next2 == "on";
            if !named || idiom {
                quotes += usize::from(toks[i].kind == Kind::Punct('"'));
                if let Some(r) = &mut rewritten {
                    r.push(toks[i]);
                }
                i += 1;
                continue;
            }
            let out: &[Token] = match &rewritten {
                Some(r) => r,
                None => &toks[..i],
            };
            // (words consumed, antecedents, possessive, anaphor)
            let mut found: Option<(usize, Vec<Link>, bool)> = None;
            // Tokens already read that the antecedent replaces too ("its northern" before
            // "neighbour").
            let mut retract = 0;
            // Mention `m` of this sentence as an antecedent, if `want` takes its kind.
            let link_of = |m: usize, want: &dyn Fn(ActorKind) -> bool| -> Option<Link> {
                let kind = sent.kinds.get(m).copied()?;
                want(kind).then_some(Link {
                    actor: actors[m],
                    kind,
                    sentence: self.sentence,
                    anaphor: "",
                })
            };
            // ... if it can be a party.
            let party_link = |m: usize| link_of(m, &party_kind);
            let in_sentence = |want: &dyn Fn(ActorKind) -> bool| -> Option<Link> {
                // The subject of this sentence so far: its first actor not after a preposition.
                let mut k = 0;
                while k < out.len() {
                    if let Some(m) = out[k].actor() {
                        let governed = governed_at(out, k);
                        let kind = sent.kinds.get(m).copied().unwrap_or(ActorKind::Person);
                        if !governed && want(kind) {
                            return Some(Link {
                                actor: actors[m],
                                kind,
                                sentence: self.sentence,
                                anaphor: "",
                            });
                        }
                        if !governed {
                            return None;
                        }
                    }
                    k += 1;
                }
                None
            };
            // The nearest actor before, not after "by" and not a possessor; and whether a
            // preposition governs it.
            let nearest = |want: &dyn Fn(ActorKind) -> bool| -> Option<(Link, bool)> {
                let mut k = out.len();
                while k > 0 {
                    k -= 1;
                    if let Some(m) = out[k].actor() {
                        let governed = governed_by(out, k) == Some("by");
                        let poss = out[k].poss
                            && !out
                                .get(k + 1)
                                .and_then(Token::word)
                                .is_some_and(super::clauses::is_head);
                        let kind = sent.kinds.get(m).copied().unwrap_or(ActorKind::Person);
                        // "the Lebanese group said it": a group of that nationality, not the
                        // state.
                        let national = national_group(sent, m, out.get(k + 1)).is_some();
                        if !governed && !poss && !national && want(kind) {
                            let link = Link {
                                actor: actors[m],
                                kind,
                                sentence: self.sentence,
                                anaphor: "",
                            };
                            let loose = governed_at(out, k)
                                || k >= 2
                                    && out[k - 1].word().is_some()
                                    && out[k - 2]
                                        .word()
                                        .is_some_and(super::clauses::is_preposition);
                            return Some((link, loose));
                        }
                    }
                }
                None
            };
            // The first two distinct actors of the sentence so far ("Moscow thanked Beijing ...
            // the two countries").
            // `states`: "the two countries" (neighbours, nations, governments) are states.
            // A party, or a leader as the state they lead.
            let side_link = |m: usize| {
                party_link(m).or_else(|| {
                    let a = *actors.get(m)?;
                    (sent.kinds.get(m) == Some(&ActorKind::Person))
                        .then(|| home(a))
                        .flatten()
                        .map(|h| Link {
                            actor: h,
                            kind: ActorKind::State,
                            sentence: self.sentence,
                            anaphor: "",
                        })
                })
            };
            let pair_here = |states: bool| -> Option<Vec<Link>> {
                // "X and Y, which shuttled proposals between A and B, said the two sides
                // ...": a pair "between" names is the sides.
                for k in 0..out.len().saturating_sub(3) {
                    let w = &out[k..];
                    if w[0].word() != Some("between") || w[2].word() != Some("and") {
                        continue;
                    }
                    // ("between Kiir's government and Machar's SPLM-IO": the possessed side.)
                    let second = if w[3].poss && w.get(4).is_some_and(|t| t.actor().is_some()) {
                        &w[4]
                    } else {
                        &w[3]
                    };
                    if let (Some(a), Some(b)) = (w[1].actor(), second.actor()) {
                        if let (Some(la), Some(lb)) = (side_link(a), side_link(b)) {
                            if la.actor != lb.actor {
                                return Some(vec![la, lb]);
                            }
                        }
                    }
                }
                // A pair named together first ("the India-Pakistan ceasefire", "X and Y").
                // ("hosted Armenia's Pashinyan and Azerbaijan's Aliyev": leaders too.)
                for w in out.windows(3) {
                    let joined = w[1].kind == Kind::Punct('-') || w[1].word() == Some("and");
                    if let (Some(a), true, Some(b)) = (w[0].actor(), joined, w[2].actor()) {
                        if let (Some(la), Some(lb)) = (side_link(a), side_link(b)) {
                            if la.actor != lb.actor {
                                return Some(vec![la, lb]);
                            }
                        }
                    }
                }
                let mut seen: Vec<Link> = Vec::new();
                for t in out {
                    let Some(m) = t.actor() else { continue };
                    let mut kind = sent.kinds.get(m).copied().unwrap_or(ActorKind::Person);
                    let mut actor = actors[m];
                    // ("X's president and Y's prime minister ... the two neighbours": the
                    // leaders' states.)
                    if states && kind == ActorKind::Person {
                        if let Some(h) = home(actor) {
                            (actor, kind) = (h, ActorKind::State);
                        }
                    }
                    if !party_kind(kind)
                        || states && kind != ActorKind::State
                        || seen.iter().any(|l| l.actor == actor)
                    {
                        continue;
                    }
                    seen.push(Link {
                        actor,
                        kind,
                        sentence: self.sentence,
                        anaphor: "",
                    });
                    if seen.len() == 2 {
                        return Some(seen);
                    }
                }
                None
            };
            let earlier = |want: &dyn Fn(ActorKind) -> bool| -> Option<Link> {
                self.latest(want).map(|s| Link {
                    actor: s.actor,
                    kind: s.kind,
                    sentence: s.sentence,
                    anaphor: "",
                })
            };
            // (Only the words of `anaphor_word` and the group nouns reach this `match`: an arm
            // for another word adds it there.)
            match w {
                // "The Iran-aligned group has attacked ...": the group noun after a compound of
                // support is the armed group named last; the compound stays and reads the
                // patron ("the Iran-aligned [group]").
                // ("The al-Qaeda-linked group has been fighting ...": a group tied to another
                // group, so too.)
                w if i >= 4
                    && GROUP_NOUNS.contains(&w)
                    && toks[i - 2].kind == Kind::Punct('-')
                    && toks[i - 3].actor().is_some_and(|m| {
                        let kind = sent.kinds.get(m);
                        kind == Some(&ActorKind::State)
                            && toks[i - 1]
                                .word()
                                .is_some_and(|c| lex.classes.composing.contains(c))
                            || kind == Some(&ActorKind::ArmedGroup)
                                && matches!(toks[i - 1].word(), Some("linked" | "affiliated"))
                    })
                    && toks[i - 4].word() == Some("the") =>
                {
                    // ("Israel struck Hezbollah positions after the Iran-backed group fired":
                    // the group this sentence named before, else the last sentences'.)
                    let group = |k: ActorKind| k == ActorKind::ArmedGroup;
                    let before = &out[..out.len().saturating_sub(4)];
                    let here = before
                        .iter()
                        .rev()
                        .find_map(|t| link_of(t.actor()?, &group));
                    // ("X, a force armed by Y, pushed the Iran-backed movement out": an object
                    // is not its own clause's subject.)
                    let own = here.filter(|l| {
                        object_slot(before)
                            && (own_clause_subject(before, actors, l.actor)
                                || heads_clause(before, actors, l.actor))
                    });
                    let here = here.filter(|_| own.is_none());
                    let earlier_other = || {
                        earlier(&group).filter(|l| own.as_ref().is_none_or(|o| o.actor != l.actor))
                    };
                    if let Some(l) = here.or_else(earlier_other) {
                        found = Some((1, vec![l], toks[i].poss));
                    }
                }
                // "The Lebanese group said ...": the armed group named last, if it is of that
                // nationality ("the Lebanese movement", its noun absorbed into the mention).
                "the"
                    if toks.get(i + 1).and_then(Token::actor).is_some_and(|m| {
                        sent.kinds.get(m) == Some(&ActorKind::State)
                            && national_group(sent, m, toks.get(i + 2)).is_some()
                    }) =>
                {
                    let m = toks[i + 1].actor().unwrap_or_default();
                    let width = 1 + national_group(sent, m, toks.get(i + 2)).unwrap_or(1);
                    let group = |k: ActorKind| k == ActorKind::ArmedGroup;
                    if let Some(l) =
                        earlier(&group).filter(|l| nationality(l.actor) == Some(actors[m]))
                    {
                        found = Some((width, vec![l], toks[i + width - 1].poss));
                    }
                }
                // "Mali accused its northern neighbour of ...": the one other state of the
                // sentence so far and the sentence before, beside the possessor.
                "neighbour" | "neighbor" => {
                    let k = out.len();
                    let owner = (1..=3).find_map(|d| {
                        let t = out.get(k.checked_sub(d)?)?;
                        let m = t.actor().filter(|_| t.poss)?;
                        (1..d)
                            .all(|c| {
                                out[k - c].word().is_some_and(|w| {
                                    !super::clauses::is_preposition(w)
                                        && !super::clauses::is_break(w)
                                })
                            })
                            .then(|| Some((*actors.get(m)?, d)))
                            .flatten()
                    });
                    if let Some((owner, d)) = owner {
                        let mut others: Vec<Link> = Vec::new();
                        let here = out.iter().filter_map(|t| {
                            let m = t.actor()?;
                            Some((*actors.get(m)?, *sent.kinds.get(m)?, self.sentence))
                        });
                        let before = self
                            .recent
                            .iter()
                            .filter(|s| s.sentence + 1 == self.sentence)
                            .map(|s| (s.actor, s.kind, s.sentence));
                        for (actor, kind, n) in here.chain(before) {
                            if kind == ActorKind::State
                                && actor != owner
                                && !others.iter().any(|l| l.actor == actor)
                            {
                                others.push(Link {
                                    actor,
                                    kind,
                                    sentence: n,
                                    anaphor: "",
                                });
                            }
                        }
                        if let [l] = others[..] {
                            found = Some((1, vec![l], toks[i].poss));
                            retract = d;
                        }
                    }
                }
                // "Japan condemned the launch": the side that last attacked or fired.
                // ("also denounced the strikes": past adverbs.)
                "the"
                    if out
                        .iter()
                        .rev()
                        .find_map(|t| {
                            t.word()
                                .filter(|v| *v != "also" && !(v.len() > 4 && v.ends_with("ly")))
                        })
                        .is_some_and(|v| lex.is_condemning_verb(v))
                        && lex.classes.attacks.contains(next) =>
                {
                    if let Some((actor, kind, n)) = self
                        .attacker
                        .filter(|&(_, _, n)| n < self.sentence && self.sentence - n <= REACH)
                    {
                        let l = Link {
                            actor,
                            kind,
                            sentence: n,
                            anaphor: "the attack",
                        };
                        found = Some((2, vec![l], toks.get(i + 1).is_some_and(|t| t.poss)));
                    }
                }
                "his" | "her" => {
                    let want = |k: ActorKind| k == ActorKind::Person || party_kind(k);
                    // "Cuba and Nicaragua, his closest allies,": an apposition to a list is
                    // not its members'; the person the last sentence was about.
                    let n = out.len();
                    let after_list = n >= 3
                        && out[n - 1].kind == Kind::Punct(',')
                        && out[n - 2].actor().is_some()
                        && out[n - 3].word() == Some("and");
                    // "between Kiir and his rival Machar": the person the pronoun is
                    // coordinated with.
                    let coordinated = (n >= 2 && out[n - 1].word() == Some("and"))
                        .then(|| out[n - 2].actor())
                        .flatten()
                        .filter(|_| !out[n - 2].poss)
                        .and_then(|m| {
                            let kind = sent.kinds.get(m).copied()?;
                            (kind == ActorKind::Person).then(|| Link {
                                actor: actors[m],
                                kind,
                                sentence: self.sentence,
                                anaphor: "",
                            })
                        });
                    let link = if coordinated.is_some() {
                        coordinated
                    } else if after_list {
                        self.latest(|k| k == ActorKind::Person)
                            .filter(|s| s.sentence + 1 == self.sentence)
                            .map(|s| Link {
                                actor: s.actor,
                                kind: s.kind,
                                sentence: s.sentence,
                                anaphor: "",
                            })
                    } else {
                        // "Rebels killed President X; his army ...": a group is no "he"; the
                        // person named before. ("Serbia's president ... his country": a
                        // state's subject may be its leader.)
                        let person = |k: ActorKind| k == ActorKind::Person;
                        in_sentence(&person).or_else(|| match in_sentence(&want) {
                            Some(l) if l.kind == ActorKind::ArmedGroup => {
                                nearest(&person).map(|(p, _)| p).or(Some(l))
                            }
                            other => other,
                        })
                    };
                    if let Some(l) = link {
                        found = Some((1, vec![l], true));
                    }
                }
                "it" | "its" => {
                    let want = |k: ActorKind| party_kind(k);
                    // The nearest actor, unless it stands after a preposition in an earlier
                    // clause while the sentence's subject is another actor ("X deployed
                    // troops to Y after attacks on its positions"): ambiguous, unresolved.
                    let near = nearest(&want);
                    let ambiguous = near.as_ref().is_some_and(|(l, governed)| {
                        *governed
                            && out.iter().any(|t| {
                                matches!(
                                    t.word(),
                                    Some("after" | "before" | "when" | "while" | "as" | "since")
                                )
                            })
                            && in_sentence(&want).is_some_and(|s| s.actor != l.actor)
                    });
                    let link = near.map(|(l, _)| l).or_else(|| {
                        self.subject
                            .as_ref()
                            .filter(|(s, n)| s.len() == 1 && self.sentence - n <= 1)
                            .map(|(s, n)| Link {
                                actor: s[0].0,
                                kind: s[0].1,
                                sentence: *n,
                                anaphor: "",
                            })
                    });
                    let link = link.filter(|_| !ambiguous);
                    // "X's rivalry with Y shapes its ties with Z", "X's support for Y has cost
                    // it dearly": the possessor of the subject, not the actor after a
                    // preposition inside the subject, in one clause with no comma or "and".
                    let possessor = near.as_ref().is_some_and(|(_, governed)| *governed)
                        && out
                            .iter()
                            .position(|t| t.actor().is_some())
                            .is_some_and(|f| {
                                out[f].poss
                                    && !governed_at(out, f)
                                    && out[f..].iter().all(|t| {
                                        !matches!(t.kind, Kind::Punct(',' | ';' | ':'))
                                            && !matches!(t.word(), Some("and" | "but" | "or"))
                                    })
                            });
                    let link = if possessor {
                        in_sentence(&want).or(link)
                    } else {
                        link
                    };
                    // "Russia's annexation of Crimea and its invasion of Ukraine": in a noun
                    // phrase joined to one a possessor heads, "its" is that possessor's.
                    let coordinated_np = (w == "its"
                        && out.last().and_then(Token::word) == Some("and"))
                    .then(|| {
                        let f = out.iter().position(|t| t.actor().is_some())?;
                        let clear = out[f].poss
                            && !governed_at(out, f)
                            && out[f + 1..out.len() - 1].iter().all(|t| match t.kind {
                                Kind::Word => {
                                    !lex.is_finite_verb(t.text)
                                        && !super::clauses::AUXILIARIES.contains(&t.text)
                                        && !matches!(
                                            t.text,
                                            "and" | "but" | "or" | "that" | "which"
                                        )
                                }
                                Kind::Punct(c) => c == '-',
                                _ => true,
                            });
                        clear.then(|| link_of(out[f].actor()?, &want)).flatten()
                    })
                    .flatten();
                    let link = coordinated_np.or(link);
                    // "X denied arming Y and said it backs Z": the speaker of a coordinated
                    // reporting verb is the sentence's subject.
                    let n = out.len();
                    // "X sent troops to Y, deepening its feud with Z": a participle clause's
                    // possessive is its understood subject's, the sentence's subject.
                    let participle = w == "its"
                        && n >= 2
                        && out[n - 2].kind == Kind::Punct(',')
                        && out[n - 1]
                            .word()
                            .is_some_and(|v| v.len() > 5 && v.ends_with("ing"));
                    // "X says it acts for Y, and it receives arms from Z": a coordinated
                    // clause's subject pronoun is the sentence's subject.
                    let coordinated = w == "it"
                        && n >= 2
                        && out[n - 2].kind == Kind::Punct(',')
                        && matches!(out[n - 1].word(), Some("and" | "but"));
                    let link = if participle
                        || coordinated
                        || w == "it"
                            && n >= 2
                            && out[n - 2].word() == Some("and")
                            && matches!(out[n - 1].word(), Some("says" | "said"))
                    {
                        in_sentence(&want)
                    } else {
                        link
                    };
                    // "X quit the bloc, which it accuses of ...": the pronoun right after a
                    // relative pronoun is not that pronoun's antecedent.
                    let n = out.len();
                    let object_of = (w == "it"
                        && n >= 3
                        && matches!(out[n - 1].word(), Some("which" | "that"))
                        && out[n - 2].kind == Kind::Punct(','))
                    .then(|| out[n - 3].actor().map(|m| actors[m]))
                    .flatten();
                    let link = match object_of {
                        Some(a) if link.is_some_and(|l| l.actor == a) => {
                            in_sentence(&want).filter(|l| l.actor != a)
                        }
                        _ => link,
                    };
                    // "Algeria, which brokered a deal between Bamako and the rebels, recalled
                    // its envoy": past a closed relative clause, the clause's antecedent.
                    // ("China, a backer of the junta in Y, supplied it with jets": an object
                    // pronoun is not its own clause's subject.)
                    let object = w == "it"
                        && out.last().and_then(Token::word).is_some_and(|v| {
                            lex.is_finite_verb(v) && !lex.classes.reporting.contains(v)
                        })
                        && (next.is_empty() || super::clauses::is_preposition(next));
                    let link = if object {
                        link
                    } else {
                        relative_antecedent(out).and_then(&party_link).or(link)
                    };
                    // "Russia, its traditional ally": the apposition describes the actor before
                    // the comma, so "its" is someone else's, the clause's subject.
                    // ("Y is now its closest ally": past the adverbs of a copula.)
                    let adverbs = out
                        .iter()
                        .rev()
                        .take_while(|t| {
                            matches!(
                                t.word(),
                                Some("now" | "still" | "also" | "already" | "long" | "effectively")
                            )
                        })
                        .count();
                    let apposed = match out.len() - adverbs {
                        n if n >= 2 && w == "its" && out[n - 1].kind == Kind::Punct(',') => {
                            out[n - 2].actor().map(|m| actors[m])
                        }
                        // "Y remained its closest ally": a copula's subject does not possess
                        // the copula's complement either.
                        n if n >= 2
                            && w == "its"
                            && out[n - 1].word().is_some_and(|v| {
                                matches!(
                                    v,
                                    "is" | "are"
                                        | "was"
                                        | "were"
                                        | "remains"
                                        | "remain"
                                        | "remained"
                                        | "became"
                                        | "become"
                                        | "becomes"
                                        | "been"
                                )
                            }) =>
                        {
                            let mut k = n - 1;
                            while k > 0
                                && out[k - 1]
                                    .word()
                                    .is_some_and(|v| super::frames::COPULAS.contains(&v))
                            {
                                k -= 1;
                            }
                            k.checked_sub(1)
                                .and_then(|k| out[k].actor())
                                .map(|m| actors[m])
                        }
                        _ => None,
                    };
                    let link = match apposed {
                        Some(a) if link.is_some_and(|l| l.actor == a) => {
                            in_sentence(&want).filter(|l| l.actor != a)
                        }
                        _ => link,
                    };
                    // "X views Y as its main rival", "X considers Y its ally": the possessive
                    // after the object of a verb of regarding is the subject's.
                    let mut k = out.len();
                    if k > 0 && matches!(out[k - 1].word(), Some("as" | "among")) {
                        k -= 1;
                    }
                    let regarded = k >= 2
                        && out[k - 1].actor().is_some()
                        && out[k - 2]
                            .word()
                            .is_some_and(|v| super::clauses::REGARDING.contains(&v));
                    let link = if regarded && w == "its" {
                        in_sentence(&want)
                            .filter(|l| Some(l.actor) != out[k - 1].actor().map(|m| actors[m]))
                    } else {
                        link
                    };
                    // "The kingdom is on alert since the Houthis threatened attacks on it": an
                    // object pronoun is not its own clause's subject (that would be "itself");
                    // the subject before, of this sentence or the last.
                    // ("targeted ships it says are ...": "it" before a verb is a subject.)
                    let object_pronoun = w == "it"
                        && out.last().and_then(Token::word).is_some_and(|v| {
                            super::clauses::is_preposition(v)
                                || lex.is_finite_verb(v) && !lex.classes.reporting.contains(v)
                        })
                        && !lex.is_finite_verb(next)
                        && !super::clauses::AUXILIARIES.contains(&next);
                    let link = match link {
                        Some(l) if object_pronoun && own_clause_subject(out, actors, l.actor) => {
                            // (Not a modifier: "the Iran-aligned group".)
                            let first = out.iter().enumerate().find_map(|(k, t)| {
                                (!governed_at(out, k)
                                    && !t.poss
                                    && out.get(k + 1).is_none_or(|n| n.kind != Kind::Punct('-')))
                                .then(|| link_of(t.actor()?, &want))
                                .flatten()
                                .filter(|c| c.actor != l.actor)
                            });
                            first.or_else(|| {
                                self.subject
                                    .as_ref()
                                    .filter(|(s, n)| {
                                        s.len() == 1 && s[0].0 != l.actor && self.sentence - n <= 1
                                    })
                                    .map(|(s, n)| Link {
                                        actor: s[0].0,
                                        kind: s[0].1,
                                        sentence: *n,
                                        anaphor: "",
                                    })
                            })
                        }
                        other => other,
                    };
                    if let Some(l) = link {
                        found = Some((1, vec![l], w == "its"));
                    }
                }
                // Outside quotation marks "we" is the issuer of a statement (a government's
                // or a coalition's press release): the last state or organisation that was a
                // sentence's subject.
                "we" | "our" => {
                    if let Some((actor, kind, n)) = self
                        .speaker
                        .filter(|&(_, _, n)| self.sentence.saturating_sub(n) <= REACH)
                    {
                        found = Some((
                            1,
                            vec![Link {
                                actor,
                                kind,
                                sentence: n,
                                anaphor: "",
                            }],
                            w == "our",
                        ));
                    }
                }
                "they" | "their" | "them" => {
                    // "U.S. officials said they had helped": the speakers, the actor whose
                    // officials or forces the token absorbed.
                    let n = out.len();
                    // ("X and the United States said they would": the whole list.)
                    let speakers = (w == "they"
                        && n >= 2
                        && out[n - 1]
                            .word()
                            .is_some_and(|v| matches!(v, "said" | "say" | "says" | "told")))
                    .then(|| {
                        let mut links: Vec<Link> = Vec::new();
                        let mut k = n - 1;
                        while k > 0 {
                            let Some(m) = out[k - 1].actor() else { break };
                            links.push(party_link(m)?);
                            k -= 1;
                            if k > 0 && out[k - 1].word() == Some("the") {
                                k -= 1;
                            }
                            if k > 0
                                && (out[k - 1].word() == Some("and")
                                    || out[k - 1].kind == Kind::Punct(','))
                            {
                                k -= 1;
                            } else {
                                break;
                            }
                        }
                        links.reverse();
                        (!links.is_empty()).then_some(links)
                    })
                    .flatten();
                    // "Despite their rivalry, X and Y agreed ...": in a fronted phrase that
                    // names no one, "their" is the plural subject after its comma.
                    let fronted = (w == "their"
                        && out.first().and_then(Token::word).is_some_and(|v| {
                            matches!(v, "despite" | "for" | "amid" | "given" | "after" | "in")
                        })
                        && out
                            .iter()
                            .all(|t| t.actor().is_none() && t.kind != Kind::Punct(',')))
                    .then(|| {
                        let c = (i + 1..toks.len().min(i + 8))
                            .find(|&k| toks[k].kind == Kind::Punct(','))?;
                        let mut links = Vec::new();
                        let mut k = c + 1;
                        if toks.get(k).and_then(Token::word) == Some("the") {
                            k += 1;
                        }
                        while let Some(m) = toks.get(k).and_then(Token::actor) {
                            links.push(party_link(m)?);
                            k += 1;
                            if toks.get(k).and_then(Token::word) != Some("and") {
                                break;
                            }
                            k += 1;
                            if toks.get(k).and_then(Token::word) == Some("the") {
                                k += 1;
                            }
                        }
                        (links.len() >= 2).then_some(links)
                    })
                    .flatten();
                    // Plural antecedents only: a list of two or more, or an armed group.
                    let plural_here = fronted.or(speakers).or_else(|| {
                        let mut k = out.len();
                        let mut found_l = None;
                        while k > 0 {
                            k -= 1;
                            if out[k].actor().is_some() && !governed_at(out, k) {
                                let mut members = vec![];
                                let mut first = k;
                                let mut j = k + 1;
                                while j > 0 {
                                    j -= 1;
                                    match out[j].actor() {
                                        // "Yemen's Houthi rebels ... they": a possessor
                                        // is no member.
                                        Some(_) if j < k && out[j].poss => break,
                                        Some(m) => {
                                            members.push(m);
                                            first = j;
                                        }
                                        None if matches!(out[j].word(), Some("and"))
                                            || out[j].kind == Kind::Punct(',') => {}
                                        // ("X, Y and the United States ... their": a
                                        // member's article.)
                                        None if out[j].word() == Some("the")
                                            && out
                                                .get(j + 1)
                                                .is_some_and(|t| t.actor().is_some()) => {}
                                        None => break,
                                    }
                                }
                                let kinds: Vec<ActorKind> = members
                                    .iter()
                                    .map(|&m| {
                                        sent.kinds.get(m).copied().unwrap_or(ActorKind::Person)
                                    })
                                    .collect();
                                // "X and Y have bombed them": an object pronoun is not its
                                // own clause's subject (that would be "themselves").
                                let own_subject = w == "them"
                                    && out[k + 1..].iter().all(|t| {
                                        t.word().is_some_and(|v| {
                                            !matches!(v, "and" | "that" | "which" | "who" | "to")
                                                && !super::clauses::is_preposition(v)
                                        })
                                    });
                                // ("talks mediated by Qatar and Turkey, after clashes between
                                // their forces": the agents of a passive are no plural
                                // antecedent of a possessive after it.)
                                let by_agents = w == "their"
                                    && members.len() >= 2
                                    && first > 0
                                    && out[first - 1].word() == Some("by");
                                if own_subject || by_agents {
                                    k = first;
                                    continue;
                                }
                                if members.len() >= 2 || kinds.iter().all(|&k| group_kind(k)) {
                                    found_l = Some(
                                        members
                                            .iter()
                                            .zip(&kinds)
                                            // ("X and Y ... their countries": two
                                            // leaders stand for their states.)
                                            .filter(|(_, &k)| {
                                                party_kind(k)
                                                    || k == ActorKind::Person && members.len() >= 2
                                            })
                                            .map(|(&m, &kind)| Link {
                                                actor: actors[m],
                                                kind,
                                                sentence: self.sentence,
                                                anaphor: "",
                                            })
                                            .collect::<Vec<_>>(),
                                    );
                                    break;
                                }
                                // One organisation or state that cannot be "they" ("... left
                                // ECOWAS and set up a confederation of their own"): the list
                                // before it may. (Past a person, unresolved.)
                                if kinds.contains(&ActorKind::Person) {
                                    break;
                                }
                                k = first;
                            }
                        }
                        found_l.filter(|v| !v.is_empty())
                    });
                    let link = plural_here.or_else(|| {
                        self.subject
                            .as_ref()
                            .filter(|(s, n)| {
                                self.sentence - n <= 1
                                    && (s.len() >= 2 || s.iter().all(|a| group_kind(a.1)))
                            })
                            .map(|(s, n)| links_of(s, *n))
                    });
                    if let Some(ls) = link {
                        found = Some((1, ls, w == "their"));
                    }
                }
                "the" => {
                    // ("the same force", "the same militia": the group named before.)
                    let same = next == "same" && (GROUP_NOUNS.contains(&next2) || next2 == "force");
                    let group = GROUP_NOUNS.contains(&next)
                        || same
                        || (next == "paramilitary" && matches!(next2, "group" | "force"))
                        || (next == "rebel" && next2 == "group")
                        || (next == "militant" && next2 == "group")
                        || (matches!(next, "terrorist" | "jihadist" | "extremist" | "armed")
                            && matches!(next2, "group" | "organisation" | "organization"));
                    // "the Gulf state", "the Central Asian nation": a state named by its region,
                    // in capitalised words before a singular noun of a state.
                    let region_width = (2..=3).find(|&d| {
                        toks.get(i + d).and_then(Token::word).is_some_and(|w| {
                            matches!(
                                w,
                                "state" | "nation" | "country" | "kingdom" | "emirate" | "monarchy"
                            )
                        }) && (1..d)
                            .all(|c| toks.get(i + c).is_some_and(|t| t.cap && t.word().is_some()))
                    });
                    let state = matches!(
                        next,
                        "kingdom" | "country" | "emirate" | "republic" | "sultanate" | "regime"
                    ) || (next == "islamic" && next2 == "republic")
                        || region_width.is_some();
                    // "the government", "the army": the state the sentence (or, failing it,
                    // the last sentences) is about, when there is exactly one.
                    let government = matches!(next, "government" | "army" | "military" | "junta")
                        && next2 != "of"
                        && !toks.get(i + 1).is_some_and(|t| t.cap && i > 0);
                    // "between the two.", "talks between the two in Jeddah": the pair without
                    // its noun.
                    // ("..., where the two agreed to end the feud": before a verb too.)
                    let bare_two = next == "two"
                        && toks.get(i + 2).is_none_or(|t| {
                            matches!(t.kind, Kind::Punct(_))
                                || i > 0
                                    && toks[i - 1].word() == Some("between")
                                    && t.word().is_some_and(super::clauses::is_preposition)
                                || t.word().is_some_and(|w| {
                                    lex.classes.party_verbs.contains(w)
                                        || matches!(
                                            w,
                                            "have" | "had" | "were" | "will" | "would" | "met"
                                        )
                                })
                        });
                    // "the two West African neighbours", "the two nuclear-armed rivals": up to
                    // two words before the noun.
                    let pair_noun = |w: &str| {
                        matches!(
                            w,
                            "sides"
                                | "countries"
                                | "nations"
                                | "powers"
                                | "neighbours"
                                | "neighbors"
                                | "governments"
                                | "states"
                                | "rivals"
                                | "armies"
                                | "foes"
                                | "adversaries"
                                | "enemies"
                                | "militaries"
                                | "delegations"
                                | "parties"
                                | "leaders"
                                | "presidents"
                        )
                    };
                    let two_width = (next == "two")
                        .then(|| {
                            // ("the two nuclear-armed neighbours": a hyphen may join them.)
                            (2..=5).find(|&d| {
                                toks.get(i + d).and_then(Token::word).is_some_and(pair_noun)
                                    && (2..d).all(|c| {
                                        toks.get(i + c).is_some_and(|t| {
                                            t.kind == Kind::Punct('-') && c > 2 && c + 1 < d
                                                || t.word().is_some_and(|w| {
                                                    !super::clauses::is_preposition(w)
                                                        && !super::clauses::is_break(w)
                                                        && w != "and"
                                                })
                                        })
                                    })
                                    && (d < 5
                                        || (2..d).any(|c| {
                                            toks.get(i + c)
                                                .is_some_and(|t| t.kind == Kind::Punct('-'))
                                        }))
                            })
                        })
                        .flatten();
                    // "a truce between the neighbours", "between the warring parties": after
                    // "between" a plural names the pair without "two".
                    let between_width =
                        (i > 0 && toks[i - 1].word() == Some("between") && next != "two")
                            .then(|| {
                                if pair_noun(next) {
                                    Some(2)
                                // "between the warring parties", "between the regional
                                // rivals": one word before the noun.
                                } else if pair_noun(next2)
                                    && toks
                                        .get(i + 1)
                                        .is_some_and(|t| t.word().is_some() && !t.cap)
                                    && !super::clauses::is_preposition(next)
                                {
                                    Some(3)
                                } else {
                                    None
                                }
                            })
                            .flatten();
                    let two = bare_two || two_width.is_some() || between_width.is_some();
                    let width = if let Some(d) = two_width.or(region_width) {
                        d + 1
                    } else if let Some(w) = between_width {
                        w
                    } else if two && !bare_two
                        || same
                        || matches!(next2, "group" | "force" | "republic")
                            && (next == "paramilitary"
                                || next == "rebel"
                                || next == "militant"
                                || next == "islamic")
                        || matches!(next2, "group" | "organisation" | "organization")
                            && matches!(next, "terrorist" | "jihadist" | "extremist" | "armed")
                    {
                        3
                    } else {
                        2
                    };
                    let poss = toks.get(i + width - 1).is_some_and(|t| t.poss);
                    if group {
                        let armed = |k: ActorKind| k == ActorKind::ArmedGroup;
                        let here = out.iter().rev().find_map(|t| link_of(t.actor()?, &armed));
                        // ("X, a force armed by Y, pushed the group out": an object is not its
                        // own clause's subject.)
                        let own = here.filter(|l| {
                            object_slot(out)
                                && (own_clause_subject(out, actors, l.actor)
                                    || heads_clause(out, actors, l.actor))
                        });
                        let here = here.filter(|_| own.is_none());
                        let not_own = |l: &Link| own.as_ref().is_none_or(|o| o.actor != l.actor);
                        // ("Fighters from JNIM, al-Qaeda's affiliate, killed ... The group":
                        // the last sentence's one armed subject before a group named aside.)
                        let subject = || {
                            self.subject
                                .as_ref()
                                .filter(|(s, n)| {
                                    self.sentence - n == 1 && s.len() == 1 && armed(s[0].1)
                                })
                                .and_then(|(s, n)| links_of(s, *n).into_iter().next())
                        };
                        if let Some(l) = here
                            .or_else(|| subject().filter(not_own))
                            .or_else(|| earlier(&armed).filter(not_own))
                        {
                            found = Some((width, vec![l], poss));
                        }
                    } else if state {
                        // "Pakistan's army chief said the country would ...": the one state
                        // the sentence has named so far, if it named exactly one (not after
                        // "by"); else the last state of the sentences before.
                        // ("Pakistan's army chief flew to Riyadh, days after the kingdom
                        // signed ...": only a titled state is "the kingdom".)
                        let title =
                            matches!(next, "kingdom" | "emirate" | "sultanate").then_some(next);
                        let fits = |a: ActorIdx| title.is_none_or(|w| titled(a, w));
                        let mut here: Option<Link> = None;
                        let mut states_here = 0;
                        for (k, t) in out.iter().enumerate() {
                            let Some(m) = t.actor() else { continue };
                            let kind = sent.kinds.get(m).copied();
                            if kind != Some(ActorKind::State)
                                || here.is_some_and(|l| l.actor == actors[m])
                                || !fits(actors[m])
                            {
                                continue;
                            }
                            states_here += 1;
                            if governed_by(out, k) != Some("by") {
                                here = Some(Link {
                                    actor: actors[m],
                                    kind: ActorKind::State,
                                    sentence: self.sentence,
                                    anaphor: "",
                                });
                            }
                        }
                        let here = here.filter(|_| states_here == 1);
                        // ("Belarus took delivery of Russian warheads. The country ...": the
                        // last sentence's subject before any state it named.)
                        let last_subject = || {
                            self.subject
                                .as_ref()
                                .filter(|(s, n)| {
                                    s.len() == 1
                                        && s[0].1 == ActorKind::State
                                        && self.sentence == n + 1
                                })
                                .map(|(s, n)| Link {
                                    actor: s[0].0,
                                    kind: s[0].1,
                                    sentence: *n,
                                    anaphor: "",
                                })
                        };
                        // "Port Sudan accuses the Gulf state of ...": an object is not its own
                        // clause's subject.
                        let own = here.filter(|l| {
                            !out.last()
                                .and_then(Token::word)
                                .is_some_and(super::clauses::is_break)
                                && own_clause_subject(out, actors, l.actor)
                        });
                        let here = if states_here == 0 {
                            last_subject()
                        } else {
                            here
                        };
                        let resolved = match own {
                            Some(o) => last_subject()
                                .or_else(|| earlier(&|k| k == ActorKind::State))
                                .filter(|l| l.actor != o.actor),
                            None => here.or_else(|| earlier(&|k| k == ActorKind::State)),
                        }
                        .filter(|l| fits(l.actor));
                        if let Some(l) = resolved {
                            found = Some((width, vec![l], poss));
                        }
                    } else if government {
                        // "the junta in Burkina Faso": the state named right after it.
                        let placed = (toks.get(i + width).and_then(Token::word) == Some("in"))
                            .then(|| toks.get(i + width + 1).and_then(Token::actor))
                            .flatten()
                            .filter(|&m| sent.kinds.get(m) == Some(&ActorKind::State))
                            .map(|m| Link {
                                actor: actors[m],
                                kind: ActorKind::State,
                                sentence: self.sentence,
                                anaphor: "",
                            });
                        // "X brokered a truce between the military and Y": a description
                        // within the clause of its subject does not name that subject (it
                        // would say "its army").
                        // ("X has sided with the army": an object after a preposition of
                        // taking sides, too; then only what the sentence named before it
                        // counts.)
                        let n = out.len();
                        let object = n >= 1
                            && matches!(
                                out[n - 1].word(),
                                Some("between" | "with" | "against" | "alongside")
                            )
                            || n >= 3
                                && out[n - 1].word() == Some("and")
                                && out[n - 2].actor().is_some()
                                && out[n - 3].word() == Some("between");
                        // ("Talks hosted by X and Y between the army and Z": every actor of
                        // the clause so far but a place is a host, a broker or a side-taker.)
                        let not: Vec<ActorIdx> = if object {
                            out.iter()
                                .enumerate()
                                .filter(|&(k, t)| {
                                    t.actor().is_some()
                                        && !governed_by(out, k)
                                            .is_some_and(super::clauses::is_place_preposition)
                                })
                                .filter_map(|(_, t)| actors.get(t.actor()?).copied())
                                .collect()
                        } else {
                            Vec::new()
                        };
                        let named: &[Token] = if not.is_empty() { &toks } else { out };
                        if let Some(l) =
                            placed.or_else(|| self.focus(named, sent, actors, home, &not))
                        {
                            found = Some((width, vec![l], poss));
                        }
                    } else if two {
                        let noun = toks.get(i + width - 1).and_then(Token::word).unwrap_or("");
                        let states = matches!(
                            noun,
                            "countries"
                                | "nations"
                                | "neighbours"
                                | "neighbors"
                                | "governments"
                                | "states"
                        );
                        // "X and Y brokered a truce between the two sides": the pair named
                        // before a broker's verb is the brokers, not the sides.
                        let broker_word =
                            |t: &Token| t.word().is_some_and(|w| lex.is_mediation_verb(w));
                        // The pair right before the verb ("X and Y (have) brokered").
                        // ("X and the Y hosted talks between the warring parties").
                        let brokered = out.windows(3).enumerate().any(|(k, w)| {
                            let governed = out[..k]
                                .iter()
                                .rev()
                                .find(|t| !matches!(t.word(), Some("the" | "both")))
                                .and_then(Token::word)
                                .is_some_and(super::clauses::is_preposition);
                            let the = usize::from(w[2].word() == Some("the"));
                            !governed
                                && w[0].actor().is_some()
                                && w[1].word() == Some("and")
                                && out.get(k + 2 + the).is_some_and(|t| t.actor().is_some())
                                && out[k + 3 + the..]
                                    .iter()
                                    .take_while(|t| t.word().is_some())
                                    .take(3)
                                    .any(broker_word)
                        });
                        let here = if brokered { None } else { pair_here(states) };
                        let war = || {
                            self.war_links().filter(|ls| {
                                !states || ls.iter().all(|l| l.kind == ActorKind::State)
                            })
                        };
                        // ("the two countries" are no pair of armed groups; a group that
                        // governs may stand beside a state: "the Taliban and Pakistan ...
                        // the neighbours".)
                        // ("the two governments" are two states: not a state and the rebels
                        // it fights.)
                        let pair = || {
                            self.pair_links().filter(|ls| {
                                !states
                                    || noun == "governments"
                                        && ls.iter().all(|l| l.kind == ActorKind::State)
                                    || noun != "governments"
                                        && ls.iter().any(|l| l.kind == ActorKind::State)
                            })
                        };
                        let leaders = || {
                            self.leaders
                                .as_ref()
                                .filter(|(_, n)| self.sentence.saturating_sub(*n) <= REACH)
                                .map(|(p, n)| links_of(p, *n))
                        };
                        let links = if matches!(noun, "leaders" | "presidents") {
                            leaders().or(here).or_else(pair)
                        } else if next == "warring"
                            // "talks between the two sides": the pair last stated fighting,
                            // before a pair named together in an accusation or a deal.
                            || i > 0 && toks[i - 1].word() == Some("between") && noun == "sides"
                        {
                            war().or(here).or_else(pair)
                        } else {
                            here.or_else(pair)
                                .or_else(war)
                                .or_else(|| states.then(|| self.state_pair()).flatten())
                        };
                        if let Some(mut ls) = links {
                            // "the two nuclear-armed rivals": a description of foes (not "the
                            // former rivals").
                            let foes = matches!(
                                noun,
                                "rivals" | "foes" | "adversaries" | "enemies" | "arch-rivals"
                            ) && !toks[i + 1..i + width - 1].iter().any(|t| {
                                matches!(t.word(), Some("former" | "erstwhile" | "one-time"))
                            }) && !matches!(
                                i.checked_sub(1).and_then(|p| toks[p].word()),
                                Some("once" | "former")
                            );
                            if let ([a, b], true) = (&ls[..], foes) {
                                rivals.push((a.actor, b.actor, a.sentence.min(b.sentence)));
                            }
                            // ("between the regional rivals": named for what they are.)
                            if between_width == Some(3) && next != "warring" {
                                for l in &mut ls {
                                    l.anaphor = "the two sides";
                                }
                            }
                            found = Some((width, ls, false));
                        }
                    }
                }
                // "the Saudi-backed government": the one state the sentence names besides its
                // backer, or failing one there, of the last sentences.
                "government" | "regime" | "authorities"
                    if i >= 3
                        && toks[i - 1].word().is_some_and(|w| {
                            matches!(
                                w,
                                "backed" | "supported" | "recognised" | "recognized" | "installed"
                            )
                        })
                        && toks[i - 2].kind == Kind::Punct('-')
                        && toks[i - 3].actor().is_some() =>
                {
                    let backer = toks[i - 3].actor().and_then(|m| actors.get(m).copied());
                    let mut others: Vec<ActorIdx> = toks
                        .iter()
                        .filter_map(Token::actor)
                        .filter(|&m| sent.kinds.get(m) == Some(&ActorKind::State))
                        .filter_map(|m| actors.get(m).copied())
                        .filter(|&a| Some(a) != backer)
                        .collect();
                    if others.is_empty() {
                        others = self
                            .recent
                            .iter()
                            .filter(|s| {
                                s.kind == ActorKind::State
                                    && self.sentence.saturating_sub(s.sentence) <= REACH
                                    && Some(s.actor) != backer
                            })
                            .map(|s| s.actor)
                            .collect();
                    }
                    others.sort_unstable();
                    others.dedup();
                    if let [one] = others[..] {
                        let link = Link {
                            actor: one,
                            kind: ActorKind::State,
                            sentence: self.sentence,
                            anaphor: "",
                        };
                        found = Some((1, vec![link], false));
                    }
                }
                // "government forces/troops", "security forces": the state in focus's.
                "government" | "security"
                    if (matches!(
                        next,
                        "forces" | "troops" | "soldiers" | "army" | "offensive" | "troop"
                    ) && w == "government"
                        || next == "forces")
                        && (i == 0
                            || toks[i - 1].actor().is_none()
                                && !toks[i - 1].poss
                                && !toks[i - 1].cap) =>
                {
                    // "Pakistan's military said security forces killed ...": the speaking
                    // state's own.
                    let speaker = (i >= 2
                        && matches!(toks[i - 1].word(), Some("said" | "says" | "say")))
                    .then(|| {
                        let mut k = i - 2;
                        if k > 0
                            && toks[k].word().is_some_and(|w| {
                                matches!(w, "military" | "army" | "government" | "ministry")
                            })
                        {
                            k -= 1;
                            if !toks[k].poss {
                                return None;
                            }
                        }
                        let m = toks[k].actor()?;
                        (sent.kinds.get(m) == Some(&ActorKind::State)).then_some(Link {
                            actor: *actors.get(m)?,
                            kind: ActorKind::State,
                            sentence: self.sentence,
                            anaphor: "",
                        })
                    })
                    .flatten();
                    if let Some(l) = speaker.or_else(|| self.focus(&toks, sent, actors, home, &[]))
                    {
                        found = Some((1, vec![l], false));
                    }
                }
                "both"
                    if matches!(
                        next,
                        "sides"
                            | "countries"
                            | "nations"
                            | "governments"
                            | "armies"
                            | "militaries"
                            | "parties"
                            | "delegations"
                            | "leaders"
                    ) && !places_of(&toks[i + 2..]) =>
                {
                    // "The two countries, which mediated between A and B, urged both sides":
                    // the pair this sentence named after "between"; never the pair that is
                    // the clause's own subject.
                    let n = out.len();
                    let between = (0..n.saturating_sub(3)).rev().find_map(|k| {
                        (out[k].word() == Some("between") && out[k + 2].word() == Some("and"))
                            .then(|| {
                                Some(vec![
                                    party_link(out[k + 1].actor()?)?,
                                    party_link(out[k + 3].actor()?)?,
                                ])
                            })
                            .flatten()
                    });
                    let named_here = |ls: &[Link]| {
                        ls.iter().all(|l| {
                            out.iter()
                                .any(|t| t.actor().is_some_and(|m| actors[m] == l.actor))
                        })
                    };
                    if let Some(ls) =
                        between.or_else(|| self.pair_links().filter(|ls| !named_here(ls)))
                    {
                        found = Some((2, ls, false));
                    }
                }
                _ => {}
            }
            match found {
                Some((width, ls, poss)) if !ls.is_empty() => {
                    let out = rewritten.get_or_insert_with(|| {
                        let mut r = Vec::with_capacity(toks.len() + 2);
                        r.extend_from_slice(&toks[..i]);
                        r
                    });
                    out.truncate(out.len() - retract);
                    let n = ls.len();
                    for (k, mut l) in ls.into_iter().enumerate() {
                        if l.anaphor.is_empty() {
                            l.anaphor = anaphor_text(w, next, next2, width);
                        }
                        let m = actors.len();
                        actors.push(l.actor);
                        sent.push_mention(l.kind, l.actor);
                        links.push((m, l));
                        out.push(Token {
                            kind: Kind::Actor(m),
                            text: w,
                            poss: poss && k + 1 == n,
                            cap: false,
                        });
                        if k + 2 < n {
                            out.push(Token {
                                kind: Kind::Punct(','),
                                text: "",
                                poss: false,
                                cap: false,
                            });
                        } else if k + 2 == n {
                            out.push(Token {
                                kind: Kind::Word,
                                text: "and",
                                poss: false,
                                cap: false,
                            });
                        }
                    }
                    i += width;
                }
                _ => {
                    quotes += usize::from(toks[i].kind == Kind::Punct('"'));
                    if let Some(r) = &mut rewritten {
                        r.push(toks[i]);
                    }
                    i += 1;
                }
            }
        }
        sent.toks = rewritten.unwrap_or(toks);
        sent.verbs.resize(sent.toks.len() + 1, false);
    }

    /// The one state a sentence is about: the states it names and the home states of the
    /// rebels or opposition it names ("Ugandan rebels"); if it names none, those of the last
    /// sentences within reach. `None` where there are two or more.
    fn focus(
        &self,
        toks: &[Token],
        sent: &Sentence,
        actors: &[ActorIdx],
        home: &dyn Fn(ActorIdx) -> Option<ActorIdx>,
        not: &[ActorIdx],
    ) -> Option<Link> {
        // The distinct states of (actor, kind, sentence) triples, with where each was first
        // seen; `not` (and what it belongs to) is passed over.
        let states = |named: &mut dyn Iterator<Item = (ActorIdx, ActorKind, usize)>| {
            let mut seen: Vec<(ActorIdx, usize)> = Vec::new();
            for (a, kind, n) in named {
                let state = if kind == ActorKind::State {
                    Some(a)
                } else {
                    home(a)
                };
                if not.contains(&a) || state.is_some_and(|st| not.contains(&st)) {
                    continue;
                }
                if let Some(st) = state.filter(|st| !seen.iter().any(|x| x.0 == *st)) {
                    seen.push((st, n));
                }
            }
            seen
        };
        let here = states(&mut toks.iter().filter_map(|t| {
            let m = t.actor()?;
            Some((*actors.get(m)?, *sent.kinds.get(m)?, self.sentence))
        }));
        let (actor, sentence) = match here[..] {
            [one] => one,
            [] => match states(
                &mut self
                    .recent
                    .iter()
                    .filter(|s| self.sentence.saturating_sub(s.sentence) <= REACH)
                    .map(|s| (s.actor, s.kind, s.sentence)),
            )[..]
            {
                [one] => one,
                _ => return None,
            },
            _ => return None,
        };
        Some(Link {
            actor,
            kind: ActorKind::State,
            sentence,
            anaphor: "",
        })
    }

    /// Records that the sentence being read states `a` and `b` fighting each other.
    pub fn fought(&mut self, a: (ActorIdx, ActorKind), b: (ActorIdx, ActorKind)) {
        if a.0 != b.0 && party_kind(a.1) && party_kind(b.1) {
            self.war = Some(([a, b], self.sentence));
        }
    }

    /// Records that the sentence being read states `a` attacking or firing.
    pub fn attacked(&mut self, a: (ActorIdx, ActorKind)) {
        if party_kind(a.1) {
            self.attacker = Some((a.0, a.1, self.sentence));
        }
    }

    /// The last pair stated fighting, as antecedents.
    fn war_links(&self) -> Option<Vec<Link>> {
        self.war.as_ref().map(|(p, n)| links_of(p, *n))
    }

    /// The parties of a mediation the sentence just read stated ("X shuttled between A and
    /// B"), unless that sentence named an event of its own: the parties a later "the
    /// mediation" or "the talks" names.
    pub fn mediated(&mut self, parties: Vec<ActorIdx>) {
        let n = self.sentence.saturating_sub(1);
        if self.event.as_ref().is_none_or(|(_, s)| *s != n) {
            self.event = Some((parties, n));
        }
    }

    /// "The two neighbours" after sentences that named two states among other actors
    /// ("Islamabad says the group operates from Afghanistan ..."): the states of the last two
    /// sentences, when they are exactly two.
    fn state_pair(&self) -> Option<Vec<Link>> {
        let mut states: Vec<Link> = Vec::new();
        for s in self.recent.iter().rev() {
            if self.sentence.saturating_sub(s.sentence) > 2 {
                break;
            }
            if s.kind == ActorKind::State && !states.iter().any(|l| l.actor == s.actor) {
                states.push(Link {
                    actor: s.actor,
                    kind: s.kind,
                    sentence: s.sentence,
                    anaphor: "",
                });
            }
        }
        (states.len() == 2).then_some(states)
    }

    /// The last pair named together, within reach, as antecedents.
    fn pair_links(&self) -> Option<Vec<Link>> {
        self.pair
            .as_ref()
            .filter(|(_, n)| self.sentence.saturating_sub(*n) <= REACH)
            .map(|(p, n)| links_of(p, *n))
    }

    /// Remembers the actors of a sentence the clause reader skipped (its first one as the
    /// subject), then moves to the next sentence.
    pub fn note(&mut self, actors: impl Iterator<Item = (ActorIdx, ActorKind)>) {
        let n = self.sentence;
        let mut first = true;
        // The sentence's parties, for "the two countries" in a later one ("X and Y met on
        // Monday. The two countries signed ..."): exactly two distinct ones make the pair.
        let mut parties = Parties::default();
        let mut people = People::default();
        for (actor, kind) in actors {
            parties.add(actor, kind);
            people.add(actor, kind);
            self.recent.push(Seen {
                actor,
                kind,
                sentence: n,
            });
            if first && party_kind(kind) {
                self.subject = Some((vec![(actor, kind)], n));
                if speaker_kind(kind) {
                    self.speaker = Some((actor, kind, n));
                }
                first = false;
            }
        }
        if let Some(pair) = parties.pair() {
            self.pair = Some((pair, n));
        }
        if let Some(pair) = people.pair() {
            self.leaders = Some((pair, n));
        }
        if self.recent.len() > 64 {
            let cut = self.recent.len() - 64;
            self.recent.drain(..cut);
        }
        self.sentence += 1;
    }

    /// Remembers what sentence `sent` (already resolved) named, then moves to the next one.
    pub fn update(&mut self, sent: &Sentence, actors: &[ActorIdx]) {
        let n = self.sentence;
        let kind_of = |m: usize| sent.kinds.get(m).copied().unwrap_or(ActorKind::Person);
        let mut subject_done = false;
        let mut i = 0;
        while i < sent.toks.len() {
            if sent.toks[i].actor().is_some() {
                let Some(l) = sent.list_fwd(i) else {
                    i += 1;
                    continue;
                };
                for &m in &l.members {
                    self.recent.push(Seen {
                        actor: actors[m],
                        kind: kind_of(m),
                        sentence: n,
                    });
                }
                let governor = sent.governor(l.start);
                // ("Fighters from JNIM, ..., killed": the forces heading the sentence are
                // its subject.)
                let forces_of = governor.is_some_and(|p| sent.forces_heading(l.start, p));
                let governed = governor.is_some() && !forces_of;
                if !subject_done && !governed && !l.poss {
                    let members: Vec<_> = l
                        .members
                        .iter()
                        .map(|&m| (actors[m], kind_of(m)))
                        .filter(|a| party_kind(a.1))
                        .collect();
                    if let [(actor, kind)] = members[..] {
                        if speaker_kind(kind) {
                            self.speaker = Some((actor, kind, n));
                        }
                    }
                    if !members.is_empty() {
                        self.subject = Some((members, n));
                        subject_done = true;
                    }
                }
                let parties: Vec<_> = l
                    .members
                    .iter()
                    .map(|&m| (actors[m], kind_of(m)))
                    .filter(|a| party_kind(a.1))
                    .collect();
                if parties.len() == 2 && parties[0].0 != parties[1].0 {
                    self.pair = Some(([parties[0], parties[1]], n));
                    let between = governor == Some("between");
                    // "X and Y restored diplomatic relations": an agreement a later sentence
                    // may name ("China brokered the agreement").
                    let tie_made = |k: usize| {
                        sent.toks[k]
                            .word()
                            .is_some_and(|w| matches!(w, "relations" | "ties"))
                            && (k.saturating_sub(2)..k).any(|v| {
                                sent.toks[v].word().is_some_and(|w| {
                                    matches!(
                                        w,
                                        "restored"
                                            | "restore"
                                            | "established"
                                            | "re-established"
                                            | "normalised"
                                            | "normalized"
                                            | "resumed"
                                    )
                                })
                            })
                    };
                    // "X and Y swapped 300 prisoners": an exchange a later sentence may name
                    // ("The exchange was mediated by Z").
                    let swapped = |k: usize| {
                        sent.toks[k]
                            .word()
                            .is_some_and(|w| matches!(w, "swapped" | "exchanged" | "traded"))
                            && (k + 1..(k + 5).min(sent.toks.len())).any(|p| {
                                sent.toks[p].word().is_some_and(|w| {
                                    matches!(
                                        w,
                                        "prisoners" | "detainees" | "captives" | "bodies" | "pows"
                                    )
                                })
                            })
                    };
                    let event_near = (l.end..(l.end + 8).min(sent.toks.len())).any(|k| {
                        sent.toks[k]
                            .word()
                            .is_some_and(|w| is_event(w) || matches!(w, "met" | "meet"))
                            || tie_made(k)
                            || swapped(k)
                    });
                    // "Envoys of X and Y met in Z": the delegations of the two.
                    let delegates = matches!(governor, Some("of" | "from"))
                        && l.start >= 2
                        && sent.toks[l.start - 2].word().is_some_and(|w| {
                            super::clauses::DELEGATES.contains(&w)
                                || matches!(
                                    w,
                                    "mediators" | "ministers" | "leaders" | "presidents" | "heads"
                                )
                        });
                    let event_before = l.start >= 2
                        && (l.start.saturating_sub(3)..l.start)
                            .any(|k| sent.toks[k].word().is_some_and(is_event));
                    if (between && event_before) || ((!governed || delegates) && event_near) {
                        self.event = Some((parties.iter().map(|a| a.0).collect(), n));
                    }
                }
                i = l.end.max(i + 1);
                continue;
            }
            i += 1;
        }
        if !subject_done {
            // A sentence without an actor subject keeps the last one ("It has ..." two
            // sentences on stays unresolved: reach 1).
        }
        // No pair named together, but exactly two parties in the sentence ("South African
        // President X and Nigerian President Y met ..."): the pair "the two countries" of the
        // next sentence names.
        let mut people = People::default();
        for t in &sent.toks {
            if let Some(m) = t.actor() {
                people.add(actors[m], kind_of(m));
            }
        }
        if let Some(pair) = people.pair() {
            self.leaders = Some((pair, n));
        }
        if self.pair.as_ref().is_none_or(|(_, s)| *s != n) {
            let mut parties = Parties::default();
            // (Not the nationality of those held: "Palestinian prisoners held by Israel".)
            for (k, t) in sent.toks.iter().enumerate() {
                let Some(m) = t.actor() else { continue };
                let held = sent.toks.get(k + 1).and_then(Token::word).is_some_and(|w| {
                    matches!(
                        w,
                        "prisoners" | "detainees" | "hostages" | "captives" | "soldiers"
                    )
                });
                if !held {
                    parties.add(actors[m], kind_of(m));
                }
            }
            if let Some(pair) = parties.pair() {
                self.pair = Some((pair, n));
                // "X resumed peace talks with Y": talks of the two.
                let toks = &sent.toks;
                let talks_with = (0..toks.len()).any(|k| {
                    toks[k].word().is_some_and(is_event)
                        && (k + 1..(k + 3).min(toks.len())).any(|w| {
                            toks[w].word() == Some("with")
                                && toks[w + 1..]
                                    .iter()
                                    .find(|t| t.word() != Some("the"))
                                    .and_then(Token::actor)
                                    .is_some_and(|m| actors[m] == pair[1].0)
                        })
                });
                // "X released hostages in exchange for prisoners held by Y": a swap of the two.
                let exchange_for = (1..toks.len().saturating_sub(1)).any(|k| {
                    toks[k].word() == Some("exchange")
                        && toks[k - 1].word() == Some("in")
                        && toks[k + 1].word() == Some("for")
                });
                if (talks_with || exchange_for) && self.event.as_ref().is_none_or(|(_, s)| *s != n)
                {
                    self.event = Some((vec![pair[0].0, pair[1].0], n));
                }
            }
        }
        if self.recent.len() > 64 {
            let cut = self.recent.len() - 64;
            self.recent.drain(..cut);
        }
        self.sentence += 1;
    }
}

/// Whether `w` is a word an arm of [`Context::resolve`]'s anaphor `match` names (its first arm
/// takes the [`GROUP_NOUNS`] instead). An arm with a new word adds it here.
fn anaphor_word(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "neighbour"
            | "neighbor"
            | "his"
            | "her"
            | "it"
            | "its"
            | "we"
            | "our"
            | "they"
            | "their"
            | "them"
            | "government"
            | "regime"
            | "authorities"
            | "security"
            | "both"
    )
}

/// Nouns that, after "the", name the armed group a document spoke of ("the militia", "the
/// attackers").
const GROUP_NOUNS: &[&str] = &[
    "group",
    "militia",
    "rebels",
    "movement",
    "militants",
    "insurgents",
    "jihadists",
    "paramilitaries",
    "organisation",
    "organization",
    "guerrillas",
    "faction",
    "attackers",
    "assailants",
    "gunmen",
    "fighters",
];

fn anaphor_text(w: &str, next: &str, next2: &str, width: usize) -> &'static str {
    match (w, width) {
        ("it", _) => "it",
        ("its", _) => "its",
        ("they", _) => "they",
        ("their", _) => "their",
        ("them", _) => "them",
        ("we", _) => "we",
        ("our", _) => "our",
        ("government", _) => "government forces",
        ("both", _) => "both sides",
        ("his", _) => "his",
        ("her", _) => "her",
        ("the", _) if next == "two" => "the two sides",
        ("the", _) if next == "warring" => "the warring parties",
        ("the", _) => match next {
            // ("the Ugandan group": a demonym's mention token reads as "".)
            _ if GROUP_NOUNS.contains(&next) || next.is_empty() && GROUP_NOUNS.contains(&next2) => {
                "the group"
            }
            "paramilitary" | "rebel" | "militant" | "terrorist" | "jihadist" | "extremist"
            | "armed" => "the group",
            _ if next2 == "republic" => "the republic",
            "government" => "the government",
            "army" | "military" | "junta" => "the army",
            _ => "the country",
        },
        (w, _) if GROUP_NOUNS.contains(&w) => "the group",
        ("neighbour" | "neighbor", _) => "its neighbour",
        _ => "anaphor",
    }
}

/// Remembered actors and the sentence that named them, as antecedents.
fn links_of(actors: &[(ActorIdx, ActorKind)], n: usize) -> Vec<Link> {
    actors
        .iter()
        .map(|&(actor, kind)| Link {
            actor,
            kind,
            sentence: n,
            anaphor: "",
        })
        .collect()
}

/// The actor a relative clause or an apposition set off by commas describes, when the tokens
/// so far end past that clause's closing comma with no actor after it: "X, which brokered ...
/// Y and Z, recalled" and "X, one of the militias aligned with Y, said" give X's mention.
fn relative_antecedent(out: &[Token]) -> Option<usize> {
    let close = out.iter().rposition(|t| t.kind == Kind::Punct(','))?;
    if out[close + 1..].iter().any(|t| t.actor().is_some())
        || out
            .get(close + 1)
            .and_then(Token::word)
            .is_some_and(|w| matches!(w, "and" | "or" | "but"))
    {
        return None;
    }
    let open = (1..close).rev().find(|&c| {
        out[c].kind == Kind::Punct(',')
            && out.get(c + 1).and_then(Token::word).is_some_and(|w| {
                matches!(w, "which" | "who")
                    // An apposition of the clause's subject (not of an object).
                    || matches!(w, "one" | "a" | "an" | "the" | "once" | "itself" | "long")
                        && !governed_at(out, c - 1)
            })
    })?;
    // Only the relative clause between the commas.
    if out[open + 1..close]
        .iter()
        .any(|t| t.kind == Kind::Punct(','))
    {
        return None;
    }
    let t = &out[open - 1];
    t.actor().filter(|_| !t.poss)
}

/// Whether `actor` heads the clause `out` holds: its first actor, neither possessive nor after
/// a preposition ("Along the coast, the X Brigades, a force armed by Y, pushed ...").
fn heads_clause(out: &[Token], actors: &[ActorIdx], actor: ActorIdx) -> bool {
    out.iter()
        .position(|t| t.actor().is_some())
        .is_some_and(|k| {
            out[k].actor().and_then(|m| actors.get(m)) == Some(&actor)
                && !out[k].poss
                && !governed_at(out, k)
                // (Followed by an aside or its verb, not by a noun it qualifies: "X's chief
                // patron, Y, flew ..." names Y.)
                && out.get(k + 1).is_some_and(|t| {
                    matches!(t.kind, Kind::Punct(',' | '(' | '—'))
                        || t.word().is_some_and(|w| {
                            w.len() > 3 && w.ends_with("ed")
                                || matches!(w, "has" | "have" | "had" | "is" | "was" | "were" | "are" | "will")
                        })
                })
        })
}

/// Whether what follows `out` stands in an object's place: after a word of the clause that is
/// no reporting verb, conjunction or complementiser ("pushed the group", "fired at the group";
/// not "said the group", "and the group").
fn object_slot(out: &[Token]) -> bool {
    out.last().and_then(Token::word).is_some_and(|w| {
        !matches!(
            w,
            "said"
                | "says"
                | "say"
                | "told"
                | "added"
                | "warned"
                | "claimed"
                | "insisted"
                | "stated"
                | "that"
                | "and"
                | "but"
                | "or"
                | "while"
                | "as"
        )
    })
}

/// Whether `actor` is the subject of the clause that `out` ends in: named last in `out`, as no
/// possessor and after no preposition, with no clause boundary after it.
fn own_clause_subject(out: &[Token], actors: &[ActorIdx], actor: ActorIdx) -> bool {
    let Some(k) = out
        .iter()
        .rposition(|t| t.actor().is_some_and(|m| actors.get(m) == Some(&actor)))
    else {
        return false;
    };
    !out[k].poss
        && !governed_at(out, k)
        && out[k + 1..].iter().all(|t| {
            t.word().is_some_and(|v| {
                !matches!(
                    v,
                    "and"
                        | "but"
                        | "or"
                        | "that"
                        | "which"
                        | "who"
                        | "after"
                        | "before"
                        | "since"
                        | "when"
                        | "while"
                        | "because"
                        | "as"
                        | "if"
                        | "until"
                        | "unless"
                )
            })
        })
}

/// The preposition the actor token at `k` follows (across "the").
fn governed_by<'t>(toks: &[Token<'t>], k: usize) -> Option<&'t str> {
    let mut j = k;
    while j > 0 && toks[j - 1].word() == Some("the") {
        j -= 1;
    }
    // "by Kurdish fighters": one modifier may stand after "by".
    if j >= 2
        && toks[j - 2].word() == Some("by")
        && toks[j - 1]
            .word()
            .is_some_and(|w| !super::clauses::is_preposition(w))
    {
        return Some("by");
    }
    j.checked_sub(1)
        .and_then(|p| toks[p].word())
        .filter(|w| super::clauses::is_preposition(w))
}

/// Whether the words after "both sides" make them places ("on both sides of the border"), not
/// the parties of a conflict ("both sides of the war").
fn places_of(rest: &[Token]) -> bool {
    let mut words = rest.iter().map(|t| t.word().unwrap_or(""));
    if words.next() != Some("of") {
        return false;
    }
    let noun = words.find(|w| *w != "the").unwrap_or("");
    !matches!(
        noun,
        "conflict" | "war" | "dispute" | "fighting" | "feud" | "standoff" | "talks" | "divide"
    )
}

/// Whether the actor token at `k` follows a preposition (across "the").
fn governed_at(toks: &[Token], k: usize) -> bool {
    let mut j = k;
    while j > 0 && toks[j - 1].word() == Some("the") {
        j -= 1;
    }
    j > 0
        && toks[j - 1]
            .word()
            .is_some_and(super::clauses::is_preposition)
}
