//! The predicate lexicon: which words state a relation (`data/lexicon.toml`), inflected and
//! indexed by their first word for the clause reader.
//!
//! This module owns the data format of the lexicon and its expansion into surface forms: verbs
//! in every inflection (regular ones by rule, irregular ones spelled out), nouns in the singular
//! and plural, relational nouns and the words after a hyphen in compounds ("Iran-backed"). It
//! knows nothing of sentences; [`super::frames`] decides how a trigger's arguments are found.

use rustc_hash::FxHashMap as HashMap;

use serde::Deserialize;

use crate::error::{Error, Result};

/// What a trigger states before the actor kinds are known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sense {
    /// Hostility.
    Adversary,
    /// Alliance or cooperation.
    Ally,
    /// The agent supports the patient: proxy for an armed group, ally for a state.
    Support,
    /// The agent acts for the patient.
    Proxy,
    /// The agent mediates between parties.
    Mediator,
}

impl Sense {
    fn parse(s: &str) -> Option<Sense> {
        Some(match s {
            "adversary" => Sense::Adversary,
            "ally" => Sense::Ally,
            "support" => Sense::Support,
            "proxy" => Sense::Proxy,
            "mediator" => Sense::Mediator,
            _ => return None,
        })
    }

    /// The lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Sense::Adversary => "adversary",
            Sense::Ally => "ally",
            Sense::Support => "support",
            Sense::Proxy => "proxy",
            Sense::Mediator => "mediator",
        }
    }
}

/// Part of speech of a trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pos {
    /// A verb (every inflection).
    Verb,
    /// A noun or nominalization.
    Noun,
    /// A relational noun ("ally", "proxy", "backer").
    RelNoun,
    /// The word after a hyphen in a compound ("backed" in "Iran-backed").
    Compound,
}

/// The inflection a surface form has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Form {
    /// Base form ("attack").
    Base,
    /// Third person singular ("attacks").
    Third,
    /// Simple past ("attacked", "struck").
    Past,
    /// Present participle ("attacking").
    Ing,
    /// Past participle ("attacked", "stricken"); only where it differs from the past it is
    /// listed on its own.
    Participle,
    /// A noun, singular or plural, or a compound word.
    Word,
}

/// One lexicon entry: a group of words with one sense and one argument frame.
#[derive(Debug, Clone)]
pub struct Entry {
    /// What the words state.
    pub sense: Sense,
    /// Part of speech.
    pub pos: Pos,
    /// Prepositions that introduce the patient (empty: direct object).
    pub preps: Vec<Vec<String>>,
    /// "X and Y <trigger>" relates X and Y.
    pub reciprocal: bool,
    /// Verbs: passive and participle frames with a "by" agent.
    pub passive: bool,
    /// Nouns: "<trigger> between X and Y".
    pub between: bool,
    /// Nouns: "the X-Y <trigger>" relates X and Y (by default, when `between` does).
    pub pair: bool,
    /// Nouns: the clause subject is never the agent.
    pub agentless: bool,
    /// Agent and patient swapped ("X receives weapons from Y": Y supports X).
    pub reversed: bool,
    /// Words of which one must follow the trigger within a few words, after its patient
    /// ("turned to Y for help"); empty: none needed.
    pub then: Vec<Vec<String>>,
    /// Support verbs: only an armed group as patient gives a relation ("X controls Y" names a
    /// patron of a militia, not an ally of a state whose land it holds).
    pub groups_only: bool,
}

/// A surface form of a trigger: its words and where it comes from.
#[derive(Debug, Clone)]
pub struct Trigger {
    /// Lowercase words of the form ("exchanged", "fire").
    pub words: Vec<String>,
    /// Index of its entry.
    pub entry: usize,
    /// Inflection.
    pub form: Form,
    /// The lemma or singular it was made from (for `explain` and evidence).
    pub lemma: String,
}

/// A class of lowercase words the clause reader asks about ("is this word a verb of
/// visiting?"); unlike [`crate::words::WordSet`] it grows with a user's lexicon file.
#[derive(Debug, Clone, Default)]
pub struct WordClass(rustc_hash::FxHashSet<String>);

impl WordClass {
    /// Whether `word` (lowercase) is in the set.
    pub fn contains(&self, word: &str) -> bool {
        self.0.contains(word)
    }
}

impl<'de> Deserialize<'de> for WordClass {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let words = Vec::<String>::deserialize(d)?;
        Ok(WordClass(
            words.iter().map(|w| w.trim().to_lowercase()).collect(),
        ))
    }
}

/// Declares [`Classes`]: one [`WordClass`] per class, each a key of the lexicon's `[classes]`
/// table; a user's file adds words to the classes it names.
macro_rules! word_classes {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        /// Word classes of the clause reader: the words, beyond the triggers, by which it tells
        /// one reading from another (`[classes]` in `data/lexicon.toml`).
        #[derive(Debug, Clone, Default, Deserialize)]
        #[serde(deny_unknown_fields, default)]
        pub struct Classes {
            $($(#[$doc])* pub $name: WordClass,)*
        }

        impl Classes {
            fn extend(&mut self, other: Classes) {
                $(self.$name.0.extend(other.$name.0);)*
            }
        }
    };
}

word_classes! {
    /// Mediation verbs that name mediation whatever their object ("mediated", "brokered"); the
    /// others ("hosted", "convened") need talks, a truce or a deal nearby.
    strong_mediation,
    /// Verbs of the parties to a truce or a peace deal (not of its broker).
    party_verbs,
    /// Nouns of an effort whose infinitive names its aim ("Iraq's efforts to destroy ISIL").
    efforts,
    /// Verbs of a role taken "as" something: "X acted as a go-between", "Y serves as Iran's
    /// proxy".
    role_verbs,
    /// What a state thanks another for when it is being supported.
    thanked_for,
    /// Nouns a compound ("Iran-backed", "Russia-allied") may describe in place of a named actor,
    /// which then stands beside the noun phrase ("the Houthis, an Iran-aligned movement").
    group_nouns,
    /// Nouns of armed or political groups that are not a state's own forces: a demonym before
    /// one names the group's nationality, not the state ("Syrian rebels", "a Lebanese movement").
    nationality_groups,
    /// Verbs after which "back" is a particle, not the verb of support ("pushed back the
    /// incursion", "hit back at").
    back_particle,
    /// Words before an ally noun that make it a tie of trade, not of alliance ("its largest
    /// trading partner", "an economic partnership").
    trade_modifiers,
    /// Verbs that undo a tie named by the noun after them ("cut ties", "froze cooperation").
    undoing,
    /// Attack verbs whose object may be a place or a thing in a state ("struck a refinery in Y").
    striking,
    /// Adjectives of a mediator's role ("acted as a quiet go-between").
    mediator_adjectives,
    /// Verbs whose subject carries out the mediation that is their object ("X undertook a
    /// mediation mission").
    mediation_light_verbs,
    /// Verbs of going to a place: "X will visit A and B to mediate", "travelled to A to".
    visiting,
    /// Nouns of a fight that is someone's ("in its fight against Z").
    fights,
    /// Verbs by which a party takes a mediation on ("X accepted Y's mediation", "agreed to").
    accepting,
    /// Verbs of resisting or condemning an attack: their object may be the attack ("repelled a
    /// Russian assault", "condemned Israel's strike").
    resisting,
    /// Nouns of an attack whose author is named before them ("a Russian assault").
    attacks,
    /// Verbs whose object is asked to act ("X urged Y to fight Z"): what is asked is not stated
    /// as done, so the infinitive gives no reading. (An order to one's own troops is stated: "X
    /// ordered its army to attack Y" stays X's.)
    asking,
    /// Words of an attack's object that name who was hit ("militant positions in Y"): the state
    /// the object lies in is then no target.
    named_target,
    /// Verbs of thanks or praise for a deed ("thanked Y for mediating"): their object did it.
    thanking,
    /// Words between two sides and the conflict they are in ("are locked in a bitter dispute",
    /// "have a territorial row").
    in_conflict,
    /// Common nouns for those a patron backs ("the militia, funded by Y"): after them a trailing
    /// participle may qualify the noun rather than the main clause's subject.
    supportable,
    /// Verbs of help whose object is the agent of the infinitive after it ("X helps Y to defeat
    /// Z", "X stands by Y to defeat Z").
    helping,
    /// Verbs that keep a tie or support from happening ("blocked aid to", "vetoed a pact with"):
    /// their subject neither gives the support nor breaks a tie, so the noun gives no reading.
    blocking,
    /// Nouns of a text put to a vote or issued ("a resolution condemning Y"): a participle
    /// after one is the text's, and a text blocked states nothing.
    texts,
    /// Nouns of a rule an act may break ("in violation of a UN embargo"): the breach is no
    /// hostility to the rule's author.
    rules,
    /// Verbs by which their subject makes a text its own ("adopted a resolution condemning
    /// Y"): the subject is the agent of the text's participle.
    issuing,
    /// Verbs of receiving support whose subject is its recipient ("X enjoys Y's backing",
    /// "relied on Y support"); "rely", "depend" and the like stand before "on".
    receiving,
    /// Words after a hyphen by which a state and an agent noun compose one actor, the state's
    /// clients ("Iran-backed militias"; see `relations::generic`).
    composing,
    /// Reporting verbs of a relative clause about its antecedent ("whom experts say are armed").
    reporting,
    /// Lemmas of adversary triggers that state fighting, not words or measures: their two
    /// sides are "the warring parties" of a later sentence.
    warring,
    /// Words after a hyphen by which a state names who owns or made a thing ("a Greek-owned
    /// ship", "a Chinese-made drone"): such a state is no party to the clause.
    owning,
    /// Verb lemmas of condemning an attack: "X condemned the launch" names the attack's author
    /// as X's adversary.
    condemning,
    /// Verbs of firing arms with no target named ("fired a ballistic missile into the sea"):
    /// their subject made the attack a later "the launch" names.
    launching,
    /// Verbs that describe their object "as" something ("whom UN experts describe as backed
    /// by Y"): the one described is the patient of the participle after "as".
    describing,
    /// Words of a claim, a report or an offer that a later clause may dispute or refuse ("X
    /// claimed that it mediated ..., but Y insists ...").
    claiming,
    /// Verbs by which an offer is taken up; negated after "but", the offer came to nothing
    /// ("but neither side has accepted the proposal").
    taking_up,
    /// Verbs by which an offer or a claim is turned away after "but" ("offered to mediate, but
    /// Y rebuffed the offer").
    refusing,
    /// Words that modify a noun of air or fire power ("air", "drone" in "US drone strikes").
    fire_modifiers,
    /// Nouns of air or fire power with which a patron fights beside a subject ("Somali troops,
    /// supported by US air strikes, killed ...").
    fire_support,
    /// Verbs whose subject talks about, blames or looks into an event its object names and
    /// takes no part in it ("discussed the war in Y", "blamed the strike on Z").
    observing,
    /// Nouns of what was said or proposed: an actor right before one only modifies it
    /// ("rejected a U.S. suggestion that ...").
    said_nouns,
    /// Plain nouns of military targets whose land a phrase after them names ("army
    /// positions in Mali", "targets near Damascus").
    target_nouns,
    /// Nouns of arms a supplier gives ("drones supplied by Y"): whoever uses them is the
    /// supplier's client.
    supplied_goods,
    /// Verbs whose subject uses the arms their object names ("fired", "deployed", "relied on").
    using_goods,
    /// Verbs of building a force up with arms ("rebuilt its air force with jets supplied by Y").
    building_up,
}

/// The compiled lexicon.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Entries in file order.
    pub entries: Vec<Entry>,
    /// Triggers by their first word, longest first.
    index: HashMap<String, Vec<Trigger>>,
    /// Compound words by part of speech: `(word, entry)`.
    compounds: HashMap<String, Vec<usize>>,
    /// Every word a trigger starts with or a compound ends with, and every word of a
    /// multi-word trigger: a sentence with none of them has nothing for the clause reader.
    words: rustc_hash::FxHashSet<String>,
    /// The words above as a [`crate::words::WordSet`] for [`Lexicon::any_trigger`], built
    /// on first use (and afresh after [`Lexicon::add_toml`]).
    word_set: std::sync::OnceLock<crate::words::WordSet>,
    /// The first words of one-word third-person and past forms of verbs ([`Lexicon::is_finite_verb`]),
    /// built on first use (and afresh after [`Lexicon::add_toml`]).
    finite_verbs: std::sync::OnceLock<crate::words::WordSet>,
    /// The finite verbs with the words `extra` adds ([`Lexicon::is_finite_verb_or`]), built on
    /// first use (and afresh after [`Lexicon::add_toml`]).
    finite_verbs_or: std::sync::OnceLock<(&'static [&'static str], crate::words::WordSet)>,
    /// Word classes the clause reader asks about beyond the triggers.
    pub classes: Classes,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LexiconFile {
    #[serde(default)]
    entry: Vec<EntrySpec>,
    #[serde(default)]
    classes: Classes,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntrySpec {
    relation: String,
    pos: String,
    words: Vec<String>,
    #[serde(default)]
    preps: Vec<String>,
    #[serde(default)]
    reciprocal: Option<bool>,
    #[serde(default)]
    passive: Option<bool>,
    #[serde(default)]
    between: Option<bool>,
    #[serde(default)]
    pair: Option<bool>,
    #[serde(default)]
    agentless: bool,
    #[serde(default)]
    roles: Option<String>,
    #[serde(default)]
    then: Vec<String>,
    #[serde(default)]
    patient: Option<String>,
}

/// Regular inflections of an English verb: third person, past, -ing.
fn inflect(base: &str) -> (String, String, String) {
    let b = base;
    let last = b.chars().last().unwrap_or('x');
    let before = b.chars().rev().nth(1).unwrap_or('x');
    let vowel = |c: char| "aeiou".contains(c);
    if b.ends_with("ss") || b.ends_with("sh") || b.ends_with("ch") || b.ends_with('x') {
        (format!("{b}es"), format!("{b}ed"), format!("{b}ing"))
    } else if last == 'y' && !vowel(before) {
        let stem = &b[..b.len() - 1];
        (
            format!("{stem}ies"),
            format!("{stem}ied"),
            format!("{b}ing"),
        )
    } else if last == 'e' {
        let stem = &b[..b.len() - 1];
        let ing = if b.ends_with("ee") {
            format!("{b}ing")
        } else {
            format!("{stem}ing")
        };
        (format!("{b}s"), format!("{b}d"), ing)
    } else {
        (format!("{b}s"), format!("{b}ed"), format!("{b}ing"))
    }
}

/// Plural of an English noun.
fn plural(noun: &str) -> String {
    let vowel = |c: char| "aeiou".contains(c);
    let before = noun.chars().rev().nth(1).unwrap_or('x');
    if noun.ends_with('s') || noun.ends_with("sh") || noun.ends_with("ch") || noun.ends_with('x') {
        format!("{noun}es")
    } else if noun.ends_with('y') && !vowel(before) {
        format!("{}ies", &noun[..noun.len() - 1])
    } else {
        format!("{noun}s")
    }
}

fn split_words(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_lowercase).collect()
}

impl Lexicon {
    /// The embedded lexicon.
    pub fn embedded() -> Result<Lexicon> {
        let (name, text) = crate::embedded::LEXICON_FILE;
        Lexicon::from_toml(name, text)
    }

    /// Parses a lexicon file; `file` names it in errors.
    pub fn from_toml(file: &str, text: &str) -> Result<Lexicon> {
        let mut lex = Lexicon::default();
        lex.add_toml(file, text)?;
        Ok(lex)
    }

    /// Adds the entries of another lexicon file (a user's extension).
    pub fn add_toml(&mut self, file: &str, text: &str) -> Result<()> {
        self.finite_verbs = std::sync::OnceLock::new();
        self.finite_verbs_or = std::sync::OnceLock::new();
        self.word_set = std::sync::OnceLock::new();
        let parsed: LexiconFile = toml::from_str(text).map_err(|e| Error::Data {
            file: file.to_string(),
            line: e
                .span()
                .map(|s| crate::error::line_of(text, s.start))
                .unwrap_or(0),
            message: e.message().to_string(),
        })?;
        self.classes.extend(parsed.classes);
        for (n, spec) in parsed.entry.into_iter().enumerate() {
            let bad = |message: String| Error::Data {
                file: file.to_string(),
                line: text
                    .match_indices("[[entry]]")
                    .nth(n)
                    .map(|(at, _)| crate::error::line_of(text, at))
                    .unwrap_or(0),
                message,
            };
            let sense = Sense::parse(&spec.relation)
                .ok_or_else(|| bad(format!("unknown relation {:?}", spec.relation)))?;
            let pos = match spec.pos.as_str() {
                "verb" => Pos::Verb,
                "noun" => Pos::Noun,
                "relnoun" => Pos::RelNoun,
                "compound" => Pos::Compound,
                other => return Err(bad(format!("unknown pos {other:?}"))),
            };
            let reversed = match spec.roles.as_deref() {
                None | Some("agent-patient") => false,
                Some("reversed") => true,
                Some(other) => return Err(bad(format!("unknown roles {other:?}"))),
            };
            let groups_only = match spec.patient.as_deref() {
                None | Some("any") => false,
                Some("group") => true,
                Some(other) => return Err(bad(format!("unknown patient {other:?}"))),
            };
            let entry = self.entries.len();
            self.entries.push(Entry {
                sense,
                pos,
                preps: spec.preps.iter().map(|p| split_words(p)).collect(),
                reciprocal: spec.reciprocal.unwrap_or(false),
                passive: spec.passive.unwrap_or(pos == Pos::Verb),
                between: spec.between.unwrap_or(pos == Pos::Noun),
                pair: spec
                    .pair
                    .unwrap_or_else(|| spec.between.unwrap_or(pos == Pos::Noun)),
                agentless: spec.agentless,
                reversed,
                then: spec.then.iter().map(|p| split_words(p)).collect(),
                groups_only,
            });
            for w in &spec.words {
                let w = w.trim();
                if w.is_empty() {
                    return Err(bad("empty word".into()));
                }
                self.add_word(entry, pos, w).map_err(bad)?;
            }
        }
        for list in self.index.values_mut() {
            list.sort_by_key(|t| std::cmp::Reverse(t.words.len()));
        }
        // Word parts as the sentence check splits them (at hyphens and apostrophes too).
        let parts: Vec<String> = self
            .index
            .keys()
            .chain(self.compounds.keys())
            .flat_map(|k| {
                k.split(|c: char| !c.is_alphanumeric())
                    .filter(|p| !p.is_empty())
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect();
        self.words.extend(parts);
        Ok(())
    }

    fn add_word(&mut self, entry: usize, pos: Pos, spec: &str) -> std::result::Result<(), String> {
        let parts: Vec<&str> = spec.split('|').map(str::trim).collect();
        let lemma = parts[0].to_lowercase();
        let mut forms: Vec<(String, Form)> = Vec::new();
        match pos {
            Pos::Verb => {
                let words = split_words(parts[0]);
                let (first, rest) = words.split_first().ok_or("empty verb")?;
                let rest = rest.join(" ");
                let with_rest = |w: &str| {
                    if rest.is_empty() {
                        w.to_string()
                    } else {
                        format!("{w} {rest}")
                    }
                };
                match parts.len() {
                    // "be at odds": the copula's own forms.
                    1 if first == "be" => {
                        for (w, form) in [
                            ("be", Form::Base),
                            ("is", Form::Third),
                            ("are", Form::Base),
                            ("was", Form::Past),
                            ("were", Form::Past),
                            ("being", Form::Ing),
                            ("been", Form::Participle),
                        ] {
                            forms.push((with_rest(w), form));
                        }
                    }
                    1 => {
                        let (third, past, ing) = inflect(first);
                        forms.push((with_rest(first), Form::Base));
                        forms.push((with_rest(&third), Form::Third));
                        forms.push((with_rest(&past), Form::Past));
                        forms.push((with_rest(&ing), Form::Ing));
                    }
                    4 | 5 => {
                        forms.push((parts[0].to_lowercase(), Form::Base));
                        forms.push((parts[1].to_lowercase(), Form::Third));
                        forms.push((parts[2].to_lowercase(), Form::Past));
                        forms.push((parts[3].to_lowercase(), Form::Ing));
                        if let Some(pp) = parts.get(4) {
                            if !pp.eq_ignore_ascii_case(parts[2]) {
                                forms.push((pp.to_lowercase(), Form::Participle));
                            }
                        }
                    }
                    n => return Err(format!("verb {spec:?}: give 1, 4 or 5 forms, not {n}")),
                }
            }
            Pos::Noun | Pos::RelNoun => match parts.len() {
                1 => {
                    forms.push((lemma.clone(), Form::Word));
                    let words = split_words(&lemma);
                    let (last, head) = words.split_last().ok_or("empty noun")?;
                    let mut pl = head.to_vec();
                    pl.push(plural(last));
                    forms.push((pl.join(" "), Form::Word));
                }
                2 => {
                    forms.push((lemma.clone(), Form::Word));
                    forms.push((parts[1].to_lowercase(), Form::Word));
                }
                n => return Err(format!("noun {spec:?}: give 1 or 2 forms, not {n}")),
            },
            Pos::Compound => {
                for p in &parts {
                    self.compounds
                        .entry(p.to_lowercase())
                        .or_default()
                        .push(entry);
                }
                return Ok(());
            }
        }
        for (form, kind) in forms {
            let words = split_words(&form);
            if words.is_empty() {
                continue;
            }
            let list = self.index.entry(words[0].clone()).or_default();
            if list
                .iter()
                .any(|t| t.entry == entry && t.words == words && t.form == kind)
            {
                continue;
            }
            list.push(Trigger {
                words,
                entry,
                form: kind,
                lemma: lemma.clone(),
            });
        }
        Ok(())
    }

    /// Whether `text` holds a word some trigger starts with (ASCII case-insensitive; a cheap
    /// check before the clause reader tokenizes a sentence).
    pub fn any_trigger(&self, text: &str) -> bool {
        // The words of a split at every character that is not alphanumeric, read by bytes:
        // an ASCII byte is classed by itself, and only a non-ASCII character is decoded (a
        // curly quote splits, a letter such as "ğ" does not), so the words are the split's.
        let words = self.word_set.get_or_init(|| {
            crate::words::WordSet::from_words(self.words.iter().map(String::as_str))
        });
        // The word `text[start..at]`, `upper` if it has an ASCII capital (lowercased into a
        // buffer first; a longer word than the buffer is in no set's slots).
        let found = |w: &str, upper: bool| {
            if w.len() < 2 {
                false
            } else if !upper {
                words.contains(w)
            } else {
                let mut buf = [0u8; 32];
                match buf.get_mut(..w.len()) {
                    Some(lower) => {
                        lower.copy_from_slice(w.as_bytes());
                        lower.make_ascii_lowercase();
                        words.contains_bytes(lower)
                    }
                    None => words.contains(&w.to_ascii_lowercase()),
                }
            }
        };
        let b = text.as_bytes();
        let mut start = 0;
        let mut at = 0;
        let mut upper = false;
        while at < b.len() {
            let c = b[at];
            let len = if c.is_ascii() {
                if c.is_ascii_alphanumeric() {
                    upper |= c.is_ascii_uppercase();
                    at += 1;
                    continue;
                }
                1
            } else {
                let ch = text[at..].chars().next().expect("a character starts here");
                if ch.is_alphanumeric() {
                    at += ch.len_utf8();
                    continue;
                }
                ch.len_utf8()
            };
            if found(&text[start..at], upper) {
                return true;
            }
            at += len;
            start = at;
            upper = false;
        }
        found(&text[start..], upper)
    }

    /// Triggers whose first word is `word` (lowercase), longest first.
    pub fn starting_with(&self, word: &str) -> &[Trigger] {
        self.index.get(word).map_or(&[], Vec::as_slice)
    }

    /// Whether `word` (lowercase) is by itself a form of a verb of the `condemning` class
    /// ("condemned", "denounces").
    pub fn is_condemning_verb(&self, word: &str) -> bool {
        self.is_verb_of(word, &self.classes.condemning)
    }

    /// Whether `word` (lowercase) is by itself a form of a verb whose lemma `class` holds
    /// ("struck" of `striking`).
    pub fn is_verb_of(&self, word: &str, class: &WordClass) -> bool {
        self.starting_with(word).iter().any(|t| {
            t.words.len() == 1
                && self.entries[t.entry].pos == Pos::Verb
                && class.contains(t.lemma.as_str())
        })
    }

    /// Whether `word` (lowercase) is by itself a form of a mediation verb ("brokered",
    /// "hosting").
    pub fn is_mediation_verb(&self, word: &str) -> bool {
        self.starting_with(word).iter().any(|t| {
            let e = &self.entries[t.entry];
            t.words.len() == 1 && e.sense == Sense::Mediator && e.pos == Pos::Verb
        })
    }

    /// Whether `word` (lowercase) is by itself the third-person or past form of a verb trigger:
    /// one of [`Lexicon::starting_with`] it is one word, [`Form::Third`] or [`Form::Past`], of a
    /// [`Pos::Verb`] entry. One set look-up (the clause reader asks it of every word).
    pub fn is_finite_verb(&self, word: &str) -> bool {
        self.finite_verbs
            .get_or_init(|| crate::words::WordSet::from_words(self.finite_verb_forms()))
            .contains(word)
    }

    /// Whether `word` (lowercase) is one of `extra` or [`Lexicon::is_finite_verb`]: one set
    /// look-up for both (the clause reader asks it of every word, with the auxiliaries).
    /// `extra` is the same list at every call (the set is built from the first one).
    pub fn is_finite_verb_or(&self, extra: &'static [&'static str], word: &str) -> bool {
        self.finite_verbs_or(extra).contains(word)
    }

    /// The set [`Lexicon::is_finite_verb_or`] asks: taken once for all the words of a
    /// sentence, it saves each word the call and the look-up of the set.
    pub fn finite_verbs_or(&self, extra: &'static [&'static str]) -> &crate::words::WordSet {
        let (built_from, set) = self.finite_verbs_or.get_or_init(|| {
            let finite = self.finite_verb_forms();
            (
                extra,
                crate::words::WordSet::from_words(finite.into_iter().chain(extra.iter().copied())),
            )
        });
        debug_assert!(std::ptr::eq(*built_from, extra), "one list of extra words");
        set
    }

    /// The words [`Lexicon::is_finite_verb`] holds.
    fn finite_verb_forms(&self) -> Vec<&str> {
        self.index
            .iter()
            .filter(|(_, triggers)| {
                triggers.iter().any(|tr| {
                    tr.words.len() == 1
                        && matches!(tr.form, Form::Third | Form::Past)
                        && self.entries[tr.entry].pos == Pos::Verb
                })
            })
            .map(|(w, _)| w.as_str())
            .collect()
    }

    /// Entries of a compound word ("backed"), if it is one.
    pub fn compound(&self, word: &str) -> &[usize] {
        self.compounds.get(word).map_or(&[], Vec::as_slice)
    }

    /// Number of surface forms (for documentation and tests).
    pub fn form_count(&self) -> usize {
        self.index.values().map(Vec::len).sum::<usize>()
            + self.compounds.values().map(Vec::len).sum::<usize>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The check by bytes answers as the split by characters it replaced, on text made of
    /// trigger words, their capitalised forms, non-ASCII letters and separators.
    #[test]
    fn any_trigger_by_bytes_is_the_split_by_characters() {
        let lex = Lexicon::embedded().expect("embedded lexicon");
        let by_chars = |text: &str| {
            text.split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.len() >= 2)
                .any(|w| lex.words.contains(&w.to_ascii_lowercase()))
        };
        let mut pieces: Vec<String> = lex.words.iter().take(40).cloned().collect();
        pieces.extend(lex.words.iter().take(10).map(|w| w.to_uppercase()));
        pieces.extend(
            [
                "the",
                "Erdoğan",
                "thé",
                "São",
                "’",
                "'",
                "-",
                " ",
                ",",
                "ß",
                "Ɑ",
                "İ",
                "x",
                "K",
                "ſ",
                "7",
                "\u{2019}s",
                "żż",
                "a",
            ]
            .map(String::from),
        );
        let mut next = crate::relations::clauses::tests::xorshift(0x5eed);
        for _ in 0..20_000 {
            let n = (next() % 6) as usize + 1;
            let text: String = (0..n)
                .map(|_| pieces[(next() % pieces.len() as u64) as usize].as_str())
                .collect();
            assert_eq!(lex.any_trigger(&text), by_chars(&text), "{text:?}");
        }
    }

    /// One set for the finite verbs and a list beside them answers as the two asked apart,
    /// for every word the lexicon knows, the list's words and some others.
    #[test]
    fn finite_verbs_with_extra_words_are_both_sets() {
        static EXTRA: &[&str] = &["said", "says", "has", "would", "be"];
        let lex = Lexicon::embedded().expect("embedded lexicon");
        let others = [
            "",
            "x",
            "the",
            "attacked",
            "attacks",
            "attack",
            "mediating",
            "a-b",
        ];
        let words: Vec<&str> = lex
            .index
            .keys()
            .map(String::as_str)
            .chain(lex.words.iter().map(String::as_str))
            .chain(EXTRA.iter().copied())
            .chain(others)
            .collect();
        for w in words {
            assert_eq!(
                lex.is_finite_verb_or(EXTRA, w),
                EXTRA.contains(&w) || lex.is_finite_verb(w),
                "{w:?}"
            );
        }
    }

    #[test]
    fn regular_verbs_inflect_by_rule() {
        assert_eq!(
            inflect("attack"),
            ("attacks".into(), "attacked".into(), "attacking".into())
        );
        assert_eq!(
            inflect("invade"),
            ("invades".into(), "invaded".into(), "invading".into())
        );
        assert_eq!(
            inflect("occupy"),
            ("occupies".into(), "occupied".into(), "occupying".into())
        );
        assert_eq!(
            inflect("ambush"),
            ("ambushes".into(), "ambushed".into(), "ambushing".into())
        );
        assert_eq!(
            inflect("deploy"),
            ("deploys".into(), "deployed".into(), "deploying".into())
        );
    }

    #[test]
    fn nouns_take_their_plural() {
        assert_eq!(plural("ally"), "allies");
        assert_eq!(plural("proxy"), "proxies");
        assert_eq!(plural("attack"), "attacks");
        assert_eq!(plural("embargo"), "embargos");
    }

    #[test]
    fn the_embedded_lexicon_has_thousands_of_forms_and_multi_word_verbs() {
        let lex = Lexicon::embedded().unwrap();
        assert!(lex.form_count() > 1000, "{}", lex.form_count());
        let exchanged = lex.starting_with("exchanged");
        assert!(exchanged.iter().any(|t| t.words == ["exchanged", "fire"]));
        assert!(lex
            .starting_with("struck")
            .iter()
            .any(|t| t.form == Form::Past));
        assert!(!lex.compound("backed").is_empty());
    }

    #[test]
    fn a_bad_entry_names_its_file_and_line() {
        let text = "[[entry]]\nrelation = \"ally\"\npos = \"verb\"\nwords = [\"a\"]\n\n[[entry]]\nrelation = \"friend\"\npos = \"verb\"\nwords = [\"b\"]\n";
        let e = Lexicon::from_toml("mine.toml", text)
            .unwrap_err()
            .to_string();
        assert!(e.contains("mine.toml") && e.contains('6'), "{e}");
    }
}
