//! Relation patterns: the data format of `data/patterns.toml` and its compilation.
//!
//! A pattern is a regular expression over a *tagged sentence*: the folded sentence with single
//! spaces in which every actor mention is replaced by a token `⟨n⟩`. Rules are written with
//! slots and macros:
//!
//! - `{X}`, `{Y}`, `{Z}` are slots: each matches a list of one or more mentions as the
//!   `[grammar] list` rule defines it ("the Houthis in Yemen, Hamas in Gaza and Hezbollah"),
//!   where `@` stands for one mention token;
//! - `{name}` is a macro from `[macros]` (macros may use other macros);
//! - everything else is `regex` syntax, matched case-insensitively.
//!
//! Macros named in `[grammar] guarded` are optional parts that follow every mention or list
//! (armed-force nouns, "including ..." enumerations) and cost the capturing search most of its
//! time. Each must need one of a set of words, which the loader finds in the macro's expression;
//! a sentence that holds none of them runs the patterns compiled without those macros, which
//! match there exactly as the full ones do.
//!
//! The relation a pattern states, and which slot plays which role, is fixed by its `relation`:
//! ally/adversary relate every member of `X` to every member of `Y` (or, without `Y`, the
//! members of `X` pairwise); proxy points from `X` (the proxy) to `Y` (the patron); mediator
//! points from `X` (the mediator) to every member of `Y` and `Z` (the parties). A pattern
//! marked `subject = true` has no `X` in its rule: `X` is the subject of the sentence.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use regex::Regex;
use regex_automata::meta;
use regex_syntax::hir::Hir;
use serde::Deserialize;

use crate::error::{line_of, Error, Result};
use crate::gazetteer::ActorKind;

/// The relation vocabulary lives in the graph model; re-exported here for the rules' loader.
pub use crate::graph::Relation;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PatternFile {
    grammar: Grammar,
    #[serde(default)]
    macros: BTreeMap<String, String>,
    filters: Filters,
    #[serde(default)]
    pattern: Vec<PatternSpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Grammar {
    mention: String,
    list: String,
    absorb: String,
    qualifier: String,
    #[serde(default)]
    guarded: Vec<String>,
}

/// Words that cancel a match: negation anywhere outside the slots, hedges before the verb.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Filters {
    /// Negations and denials ("not", "never", "denied").
    pub negation: Vec<String>,
    /// Hypotheticals and modals ("if", "would", "could").
    pub hedge: Vec<String>,
    /// Words that may not stand in the gaps of a match (reporting verbs, complementisers):
    /// "Iran said the war against Hamas must end" is no Iran–Hamas hostility. A word that the
    /// rule itself spells out is allowed in that rule.
    #[serde(default)]
    pub breaks: Vec<String>,
    /// How far back (in bytes) the clause before a match is searched.
    #[serde(default = "default_window")]
    pub window: usize,
}

fn default_window() -> usize {
    80
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PatternSpec {
    id: String,
    relation: Relation,
    rule: String,
    #[serde(default)]
    subject: bool,
    #[serde(default)]
    kinds: BTreeMap<String, Vec<ActorKind>>,
    #[serde(default)]
    examples: Vec<String>,
}

/// One compiled pattern.
#[derive(Debug, Clone)]
pub struct Pattern {
    /// Stable id shown in the evidence (`mediator.between`).
    pub id: String,
    /// The relation it states.
    pub relation: Relation,
    /// The compiled rule: at once, or, for the embedded file, on first need ([`Pattern::rule`]).
    rule: Arc<OnceLock<Rule>>,
    /// The rule's expression and its marked form, for a rule compiled on first need: its parse
    /// (a large tree of word alternations) was most of a rule's start-up cost.
    source: Option<Arc<(String, Option<String>)>>,
    /// Every match searched over the whole sentence ([`PatternSet::without_guard`]).
    unbounded: bool,
    /// `X` is the sentence subject, not a slot of the rule.
    pub subject: bool,
    /// Allowed actor kinds per slot (`X`, `Y`, `Z`); empty = any.
    pub kinds: BTreeMap<String, Vec<ActorKind>>,
    /// Example sentences from the data file (checked by the test suite).
    pub examples: Vec<String>,
    /// The [`Filters::breaks`] words this rule does not spell out itself.
    pub breaks: Option<LazyRegex>,
}

/// A pattern's rule, compiled.
#[derive(Debug)]
struct Rule {
    /// The compiled expression.
    regex: TaggedRegex,
    /// The rule without its guarded macros (see the module documentation), compiled on first
    /// use (most sentences of a large run need it, a few sentences never do); `None` inside:
    /// the rule cannot match without them.
    slim: OnceLock<Option<TaggedRegex>>,
    /// The source of `slim`: the rule's syntax tree with [`GUARD_MARK`] before every guarded
    /// macro, until `slim` is compiled from it (then freed: a tree is far larger than its
    /// automaton); `None` when the rule has no guarded macro (it is its own slim rule).
    slim_source: Option<Mutex<Option<Hir>>>,
    /// How far its matches reach around a sentence's mention tokens: only that part of a
    /// sentence is searched.
    reach: Reach,
}

/// How far a rule's matches reach around the mention tokens they hold, read off its syntax
/// tree: `lead`, when every match holds a [`MENTION_OPEN`] at most that many bytes after its
/// start; `trail`, when every match holds a [`MENTION_CLOSE`] that ends at most that many bytes
/// before its end. A match then starts at most `lead` bytes before the sentence's first opening
/// bracket and ends at most `trail` bytes after its last closing one, and the search covers only
/// that span (with the text around it for `\b`): the same matches, the rest of the sentence
/// not walked. (The searches' automata are large and cold: each byte walked cost a cache miss.)
///
/// With a `lead`, every match starts at most `lead` bytes before one of the sentence's opening
/// brackets, so the rule is searched anchored at those few positions only, in order (the
/// leftmost-first match an unanchored search finds is the first anchored match among them),
/// and only where a match can start (`starts`): a search from a mention token dies a few words
/// on where the rule's words are not there, instead of walking the rest of the sentence.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Reach {
    lead: Option<usize>,
    trail: Option<usize>,
    /// The bytes a match can start with (read off the rule's literal prefixes; every byte when
    /// they are not known). Only read with a `lead`.
    starts: ByteSet,
}

/// A set of bytes, a bit each.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct ByteSet([u64; 4]);

impl ByteSet {
    /// Every byte.
    const ALL: ByteSet = ByteSet([u64::MAX; 4]);

    fn insert(&mut self, b: u8) {
        self.0[usize::from(b >> 6)] |= 1 << (b & 63);
    }

    fn contains(&self, b: u8) -> bool {
        self.0[usize::from(b >> 6)] >> (b & 63) & 1 == 1
    }

    /// The first bytes of the matches of `h`: those of its literal prefixes (every match starts
    /// with one of them when they are finite), every byte when they are not finite or one of
    /// them is empty.
    fn first_of(h: &Hir) -> ByteSet {
        let prefixes = regex_syntax::hir::literal::Extractor::new().extract(h);
        let Some(prefixes) = prefixes.literals() else {
            return ByteSet::ALL;
        };
        let mut set = ByteSet::default();
        for prefix in prefixes {
            match prefix.as_bytes().first() {
                Some(&b) => set.insert(b),
                None => return ByteSet::ALL,
            }
        }
        set
    }
}

impl Reach {
    fn of(h: &Hir) -> Reach {
        let mut open = [0u8; 4];
        let mut close = [0u8; 4];
        let open = MENTION_OPEN.encode_utf8(&mut open).as_bytes();
        let close = MENTION_CLOSE.encode_utf8(&mut close).as_bytes();
        let lead = reach(h, open, false);
        Reach {
            lead,
            trail: reach(h, close, true),
            starts: if lead.is_some() {
                ByteSet::first_of(h)
            } else {
                ByteSet::ALL
            },
        }
    }

    /// The part of `text` that holds every match (`None`: no match can be there).
    fn span(&self, text: &str) -> Option<std::ops::Range<usize>> {
        let mut lo = 0;
        let mut hi = text.len();
        if let Some(lead) = self.lead {
            lo = offsets_of(text, MENTION_OPEN).next()?.saturating_sub(lead);
            while !text.is_char_boundary(lo) {
                lo -= 1;
            }
        }
        if let Some(trail) = self.trail {
            let last = text.rfind(MENTION_CLOSE)? + MENTION_CLOSE.len_utf8();
            hi = (last + trail).min(text.len());
            while !text.is_char_boundary(hi) {
                hi += 1;
            }
        }
        (lo <= hi).then_some(lo..hi)
    }
}

/// How far from the start (`from_end`: the end) of every match of `h` an occurrence of `needle`
/// begins (ends) at most; `None` when a match may hold none, or when it cannot be bounded.
fn reach(h: &Hir, needle: &[u8], from_end: bool) -> Option<usize> {
    use regex_syntax::hir::HirKind;
    match h.kind() {
        HirKind::Literal(lit) => {
            let at = |w: &[u8]| w == needle;
            if from_end {
                let i = lit.0.windows(needle.len()).rposition(at)?;
                Some(lit.0.len() - i - needle.len())
            } else {
                lit.0.windows(needle.len()).position(at)
            }
        }
        HirKind::Capture(c) => reach(&c.sub, needle, from_end),
        // The first (last) repetition holds one.
        HirKind::Repetition(r) if r.min > 0 => reach(&r.sub, needle, from_end),
        HirKind::Alternation(branches) => branches
            .iter()
            .map(|b| reach(b, needle, from_end))
            .try_fold(0, |most, r| Some(most.max(r?))),
        // The first (last) part that holds one, after the longest the parts before it can be.
        HirKind::Concat(parts) => {
            let mut before = 0usize;
            let mut walk = |part: &Hir| -> std::ops::ControlFlow<Option<usize>> {
                if let Some(r) = reach(part, needle, from_end) {
                    return std::ops::ControlFlow::Break(before.checked_add(r));
                }
                match part.properties().maximum_len() {
                    Some(n) => {
                        before = before.saturating_add(n);
                        std::ops::ControlFlow::Continue(())
                    }
                    None => std::ops::ControlFlow::Break(None),
                }
            };
            let flow = if from_end {
                parts.iter().rev().try_for_each(&mut walk)
            } else {
                parts.iter().try_for_each(&mut walk)
            };
            match flow {
                std::ops::ControlFlow::Break(r) => r,
                std::ops::ControlFlow::Continue(()) => None,
            }
        }
        _ => None,
    }
}

/// One match of a pattern in a tagged sentence: its span, and the spans of its slots `X`, `Y`
/// and `Z` ([`PatternMatch::SLOTS`] order) where the rule has them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternMatch {
    /// Byte range of the whole match.
    pub span: std::ops::Range<usize>,
    /// Byte ranges of the slots that took part in the match.
    pub slots: [Option<std::ops::Range<usize>>; 3],
}

impl PatternMatch {
    /// Slot names, in the order of [`PatternMatch::slots`].
    pub const SLOTS: [&'static str; 3] = ["X", "Y", "Z"];

    /// The span of slot `X`, `Y` or `Z`.
    pub fn slot(&self, name: &str) -> Option<std::ops::Range<usize>> {
        let i = Self::SLOTS.iter().position(|s| *s == name)?;
        self.slots[i].clone()
    }
}

impl Pattern {
    /// The matches of the pattern in a tagged sentence, left to right. `unguarded` says that
    /// the sentence holds none of the guarded macros' words ([`PatternSet::unguarded`]): the
    /// rule then runs without them, and finds the same matches faster.
    pub fn matches(&self, tagged: &str, unguarded: bool) -> Vec<PatternMatch> {
        self.matches_starting_by(tagged, unguarded, usize::MAX)
    }

    /// [`Pattern::matches`] where no match can start after byte `latest` (the last of the words
    /// the rule needs, [`PatternSet::candidates_bounded`]): a rule searched anchored is not
    /// tried at the mention tokens after it.
    pub fn matches_starting_by(
        &self,
        tagged: &str,
        unguarded: bool,
        latest: usize,
    ) -> Vec<PatternMatch> {
        self.matches_in(tagged, ascii_words(tagged), unguarded, latest)
    }

    /// [`Pattern::matches_starting_by`] in a tagged sentence whose [`ascii_words`] is known
    /// (`false` when not known: the same matches).
    pub fn matches_in(
        &self,
        tagged: &str,
        ascii_words: bool,
        unguarded: bool,
        latest: usize,
    ) -> Vec<PatternMatch> {
        let rule = self.rule();
        let regex = if unguarded && rule.slim_source.is_some() {
            match rule.slim_regex() {
                Some(slim) => slim,
                None => return Vec::new(),
            }
        } else {
            &rule.regex
        };
        let reach = self.reach();
        let Some(span) = reach.span(tagged) else {
            return Vec::new();
        };
        let regex = regex.for_ascii(ascii_words);
        let found = |caps: &regex_automata::util::captures::Captures| {
            Some(PatternMatch {
                span: caps.get_match()?.range(),
                slots: PatternMatch::SLOTS
                    .map(|name| caps.get_group_by_name(name).map(|s| s.range())),
            })
        };
        let Some(lead) = reach.lead else {
            return regex
                .captures_iter(regex_automata::Input::new(tagged).span(span))
                .filter_map(|caps| found(&caps))
                .collect();
        };
        // Anchored at the positions where a match can start (see `Reach`), left to right; a
        // match holds an opening bracket, so it is never empty and the next one starts at or
        // after its end, as in an unanchored iteration.
        let bytes = tagged.as_bytes();
        let mut caps = regex.create_captures();
        let mut out = Vec::new();
        // No match starts before this: the span's start, then the end of the last match or
        // the position after the last one tried.
        let mut next = span.start;
        for open in offsets_of(&tagged[span.start..], MENTION_OPEN) {
            let open = span.start + open;
            if open.saturating_sub(lead) > latest {
                break;
            }
            let from = open.saturating_sub(lead).max(next);
            let starts = (from..=open.min(latest)).filter(|&at| reach.starts.contains(bytes[at]));
            for at in starts {
                let input = regex_automata::Input::new(tagged)
                    .range(at..span.end)
                    .anchored(regex_automata::Anchored::Yes);
                regex.search_captures(&input, &mut caps);
                if let Some(m) = found(&caps) {
                    next = m.span.end;
                    out.push(m);
                    break;
                }
            }
            next = next.max(open + 1);
        }
        out
    }

    /// The compiled rule (compiled now if it waited for first need).
    fn rule(&self) -> &Rule {
        self.rule.get_or_init(|| {
            let (body, marked) = &**self.source.as_ref().expect("a source until compiled");
            let (reach, regex, marked, _) =
                compile(body, marked.as_deref(), Later::Both).expect("an embedded rule compiles");
            Rule::new(reach, regex, marked)
        })
    }

    /// How far the rule's matches reach around a sentence's mention tokens.
    fn reach(&self) -> Reach {
        if self.unbounded {
            Reach::default()
        } else {
            self.rule().reach
        }
    }
}

impl Rule {
    fn new(reach: Reach, regex: TaggedRegex, marked: Option<Hir>) -> Rule {
        Rule {
            regex,
            slim: OnceLock::new(),
            slim_source: marked.map(|m| Mutex::new(Some(m))),
            reach,
        }
    }

    /// The slim rule (compiled on first use); `None` when nothing is left of the rule, or
    /// when it has no guarded macro.
    fn slim_regex(&self) -> Option<&TaggedRegex> {
        let source = self.slim_source.as_ref()?;
        self.slim
            .get_or_init(|| {
                let marked = source
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .take()
                    .expect("the marked tree until the slim rule is compiled");
                slim_regex_of(&marked).expect("a rule compiles without its optional parts")
            })
            .as_ref()
    }
}

/// The compiled pattern set.
#[derive(Debug, Clone)]
pub struct PatternSet {
    /// Patterns in file order.
    pub patterns: Vec<Pattern>,
    /// Negation and hedge filters.
    pub filters: Filters,
    /// Words that belong to the mention before them ("Iranian officials", "Iraqi President
    /// Saddam Hussein's"): removed from the tagged sentence, the token (and a possessive) kept.
    pub absorb_re: TaggedRegex,
    /// A place after a mention ("Hamas in Gaza"): removed, so that its mention is no slot member.
    pub qualifier_re: TaggedRegex,
    /// Matches a negation word (word-bounded).
    pub negation_re: LazyRegex,
    /// Matches a hedge word (word-bounded).
    pub hedge_re: LazyRegex,
    /// The guarded macros' words (ASCII case-insensitive), when the grammar guards any.
    guard: Option<aho_corasick::AhoCorasick>,
    /// The words the rules need (see [`Needs`]): a sentence without a word of each of a
    /// rule's clauses skips that rule.
    needs: Arc<Needs>,
    /// The rules' expressions as expanded (without the case-insensitive flag), for `needs`.
    sources: Vec<Arc<str>>,
    /// The words of `guard`, also looked for by `needs`.
    guard_words: Arc<[Vec<u8>]>,
}

/// Per rule, the words its matches need ([`required_clauses`] over its syntax tree, ASCII
/// case-insensitive): one Aho-Corasick pass over a tagged sentence tells which rules can match
/// at all, and only those run their capturing search. On real news text a sentence naming two
/// actors leaves about one rule in twenty (" on " rather than "on": a word's spaces count where
/// the rule puts them). This replaced a one-pass prefilter, all rules in one lazy automaton,
/// which kept meeting new states on real text (determinizing them was a quarter of a run) and
/// cost more than the searches it saved.
#[derive(Debug, Default)]
struct Needs {
    /// Every word of every clause; pattern `k` of the automaton is word `k`. Walked by hand
    /// (`possible_guarded`), as an overlapping search would, over every byte of every tagged
    /// sentence: a DFA (one table look-up a byte) rather than an NFA (a state's transitions
    /// searched, failure links followed), which halved the walk's instructions for ~5 M more
    /// at start-up.
    words: Option<aho_corasick::dfa::DFA>,
    /// The clauses each word satisfies.
    clauses_of: Vec<Vec<usize>>,
    /// Per rule, its clauses: each needs one of its words; a rule with none may always match.
    rules: Vec<Vec<usize>>,
    /// Number of clauses.
    clauses: usize,
    /// Per word, whether it is one of the guarded macros' words ([`PatternSet::unguarded`]):
    /// the same pass then tells whether the sentence is guarded. Empty: no guard words.
    guard: Vec<bool>,
}

impl Needs {
    /// The needs of rules whose expressions (without the case-insensitive flag) are `bodies`.
    /// `guard` are the guarded macros' words, looked for in the same pass.
    fn new(bodies: &[&str], guard: &[Vec<u8>]) -> Needs {
        let mut word_index: HashMap<Vec<u8>, usize> = HashMap::new();
        let mut clause_index: HashMap<Vec<usize>, usize> = HashMap::new();
        let mut clauses_of: Vec<Vec<usize>> = Vec::new();
        let mut words: Vec<Vec<u8>> = Vec::new();
        let mut rules: Vec<Vec<usize>> = Vec::new();
        for body in bodies {
            let need = regex_syntax::Parser::new()
                .parse(body)
                .map(|h| required_clauses(&h))
                .unwrap_or_default();
            let mut mine = Vec::new();
            for clause in need {
                let mut ids: Vec<usize> = clause
                    .into_iter()
                    .map(|w| {
                        let w = w.to_ascii_lowercase();
                        *word_index.entry(w.clone()).or_insert_with(|| {
                            words.push(w);
                            clauses_of.push(Vec::new());
                            words.len() - 1
                        })
                    })
                    .collect();
                ids.sort_unstable();
                ids.dedup();
                let next = clause_index.len();
                let c = *clause_index.entry(ids.clone()).or_insert(next);
                if c == next {
                    for &w in &ids {
                        clauses_of[w].push(c);
                    }
                }
                if !mine.contains(&c) {
                    mine.push(c);
                }
            }
            rules.push(mine);
        }
        let mut is_guard = vec![false; words.len()];
        for w in guard {
            let w = w.to_ascii_lowercase();
            let k = *word_index.entry(w.clone()).or_insert_with(|| {
                words.push(w);
                clauses_of.push(Vec::new());
                is_guard.push(false);
                words.len() - 1
            });
            is_guard[k] = true;
        }
        if guard.is_empty() {
            is_guard.clear();
        }
        // The words are in ASCII lowercase, and the automaton is ASCII case-insensitive: its
        // matches in a sentence are those of the words in the sentence's ASCII lowercase, and
        // `possible_guarded` reads the sentence's bytes as they are (a capital's transitions
        // are the lowercase letter's, one table look-up either way).
        let words = (!words.is_empty()).then(|| {
            aho_corasick::dfa::DFA::builder()
                .match_kind(aho_corasick::MatchKind::Standard)
                .ascii_case_insensitive(true)
                .prefilter(false)
                .build(&words)
                .expect("the rules' words")
        });
        Needs {
            words,
            clauses_of,
            rules,
            clauses: clause_index.len(),
            guard: is_guard,
        }
    }

    /// Whether each rule may match `text` (`None`: all may; a text with the Kelvin sign or the
    /// long s, which case-insensitive `k` and `s` match, is not checked).
    fn possible(&self, text: &str) -> Option<Vec<bool>> {
        self.possible_guarded(text, false).map(|(possible, _)| {
            let mut may = vec![false; self.rules.len()];
            for (pi, _) in possible {
                may[pi] = true;
            }
            may
        })
    }

    /// The rules that may match `text`, in order, each with the latest byte offset one of its
    /// matches can start at (a match holds a word of each of its clauses, so it starts at or
    /// before the last word of each: the least of those; `usize::MAX` for a rule without
    /// clauses); the rules that cannot are left out, with no list of every rule between
    /// (most rules cannot match a given sentence); and whether `text` holds a guard word (always false when the needs were
    /// built without guard words). `None` as [`Needs::possible`]. `ascii_words`: `text` is
    /// known to hold no word character beyond ASCII ([`ascii_words`]), so neither the Kelvin
    /// sign nor the long s (both letters), and is not searched for them.
    fn possible_guarded(
        &self,
        text: &str,
        ascii_words: bool,
    ) -> Option<(Vec<(usize, usize)>, bool)> {
        let words = self.words.as_ref()?;
        if !ascii_words && has_kelvin_or_long_s(text) {
            return None;
        }
        use aho_corasick::automaton::Automaton;
        use aho_corasick::Anchored;
        // An overlapping search, by hand over the text's bytes (the automaton folds ASCII
        // case): after each byte, every word the state reports ends there (its own and,
        // through the failure links, its suffixes'). No lowercase copy, no iterator between
        // the loop and the automaton. An empty word (the start state reports it) is left to no check at all.
        let mut sid = words
            .start_state(Anchored::No)
            .expect("an NFA supports unanchored searches");
        if words.is_match(sid) {
            return None;
        }
        // Per clause, the start of the last word of it met.
        let mut last: Vec<Option<usize>> = vec![None; self.clauses];
        let mut guarded = false;
        for (i, &b) in text.as_bytes().iter().enumerate() {
            sid = words.next_state(Anchored::No, sid, b);
            if !(words.is_special(sid) && words.is_match(sid)) {
                continue;
            }
            for k in 0..words.match_len(sid) {
                let w = words.match_pattern(sid, k);
                let start = i + 1 - words.pattern_len(w);
                let w = w.as_usize();
                for &c in &self.clauses_of[w] {
                    last[c] = last[c].max(Some(start));
                }
                guarded |= self.guard.get(w).copied().unwrap_or(false);
            }
        }
        let possible = self
            .rules
            .iter()
            .enumerate()
            .filter_map(|(pi, clauses)| {
                let latest = clauses
                    .iter()
                    .try_fold(usize::MAX, |latest, &c| Some(latest.min(last[c]?)))?;
                Some((pi, latest))
            })
            .collect();
        Some((possible, guarded))
    }
}

/// Whether `text` holds the Kelvin sign or the long s, which case-insensitive `k` and `s` also
/// match. Two single-character searches (each a `memchr` of the character's last byte) rather
/// than one for either character, which decodes every character of the text.
fn has_kelvin_or_long_s(text: &str) -> bool {
    text.contains('\u{212A}') || text.contains('\u{17F}')
}

/// The words `part` can match, each with the space that every match puts before it (when
/// every match of `before` ends with one) and after it (when every match of `after` starts
/// with one): " on " instead of "on", which every "one" and "Monday" holds. `None` unless
/// `part` matches one of a few ASCII words and a space is known on at least one side.
fn spaced_words(before: &[Hir], part: &Hir, after: &[Hir]) -> Option<Vec<Vec<u8>>> {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    let words = Extractor::new().extract(part);
    let words = words.literals()?;
    if !words
        .iter()
        .all(|w| w.is_exact() && w.as_bytes().is_ascii())
        || !words
            .iter()
            .all(|w| w.as_bytes().iter().any(u8::is_ascii_alphabetic))
        || words.len() > 64
    {
        return None;
    }
    // Whether every match of `parts` starts (or ends) with a space.
    let spaced = |parts: &[Hir], kind: ExtractKind| -> bool {
        if parts.is_empty() {
            return false;
        }
        let h = Hir::concat(parts.to_vec());
        let seq = Extractor::new().kind(kind.clone()).extract(&h);
        seq.literals().is_some_and(|lits| {
            !lits.is_empty()
                && lits.iter().all(|l| match kind {
                    ExtractKind::Prefix => l.as_bytes().first() == Some(&b' '),
                    _ => l.as_bytes().last() == Some(&b' '),
                })
        })
    };
    let left = spaced(before, ExtractKind::Suffix);
    let right = spaced(after, ExtractKind::Prefix);
    if !left && !right {
        return None;
    }
    Some(
        words
            .iter()
            .map(|w| {
                let mut out = Vec::with_capacity(w.as_bytes().len() + 2);
                if left {
                    out.push(b' ');
                }
                out.extend_from_slice(w.as_bytes());
                if right {
                    out.push(b' ');
                }
                out
            })
            .collect(),
    )
}

/// What every match of `h` holds, as clauses: each clause is a list of ASCII literals one of
/// which the match contains (a literal's longest ASCII run with a letter, which the match holds
/// as it is: matched ASCII case-insensitively, it needs no Unicode case folding). Every clause
/// holds for every match; no clause: nothing is known.
fn required_clauses(h: &Hir) -> Vec<Vec<Vec<u8>>> {
    use regex_syntax::hir::HirKind;
    match h.kind() {
        HirKind::Literal(lit) => lit
            .0
            .split(|b| !b.is_ascii())
            .filter(|run| run.iter().any(u8::is_ascii_alphabetic))
            .max_by_key(|run| run.len())
            .map(|best| vec![vec![best.to_vec()]])
            .unwrap_or_default(),
        HirKind::Capture(c) => required_clauses(&c.sub),
        HirKind::Repetition(r) if r.min > 0 => required_clauses(&r.sub),
        HirKind::Concat(parts) => parts
            .iter()
            .enumerate()
            .flat_map(
                |(i, part)| match spaced_words(&parts[..i], part, &parts[i + 1..]) {
                    Some(words) => vec![words],
                    None => required_clauses(part),
                },
            )
            .collect(),
        // One clause: each branch's most selective one (the longest shortest word, then the
        // fewest words: " threat " is rarer than "the "), joined; nothing when a branch has
        // none.
        HirKind::Alternation(branches) => {
            let mut all = Vec::new();
            for b in branches {
                let best = required_clauses(b).into_iter().min_by_key(|words| {
                    let shortest = words.iter().map(Vec::len).min().unwrap_or(0);
                    (std::cmp::Reverse(shortest), words.len())
                });
                match best {
                    Some(words) => all.extend(words),
                    None => return Vec::new(),
                }
            }
            vec![all]
        }
        _ => Vec::new(),
    }
}

/// An expression run on tagged sentences, with a faster twin where it asserts Unicode word
/// boundaries (`\b`): regex's lazy DFA cannot decide those past a non-ASCII byte and hands the
/// whole search to a slower engine (hundreds of times slower for a large rule set), and
/// every tagged sentence has non-ASCII bytes, its mention brackets. Brackets are no word
/// characters either way, so on a sentence whose non-ASCII characters are all non-word
/// characters (brackets, curly quotes, dashes) an ASCII word boundary is the same assertion,
/// and the twin with ASCII boundaries finds the same matches. Every rule and slim rule is
/// searched through one.
#[derive(Debug, Clone)]
pub struct TaggedRegex {
    /// The expression as written; for a prefilter with a twin, built on first need.
    regex: Arc<OnceLock<meta::Regex>>,
    /// The twin with ASCII word boundaries, when the expression has Unicode ones; built on
    /// first need for a rule of the embedded file ([`Later::Both`]).
    ascii: Option<Arc<OnceLock<meta::Regex>>>,
    /// What `regex` (and `ascii`) are built from when they were not built at once.
    lazy: Option<Arc<(Vec<Arc<Hir>>, Build)>>,
}

/// Compiles expressions into one regex.
type Build = fn(&[&Hir]) -> std::result::Result<meta::Regex, String>;

/// What [`TaggedRegex::from_hirs`] leaves for first need.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Later {
    /// Nothing: both forms are compiled at once.
    Nothing,
    /// The form with Unicode word boundaries, which few texts need (only for expressions
    /// known to compile, with a twin that did).
    Unicode,
    /// Both forms (only for expressions known to compile: the embedded rules, which a test
    /// compiles at once). A one-article run compiles only the rules its sentences reach.
    Both,
}

impl TaggedRegex {
    /// Compiles `source`, and its twin when it has Unicode word boundaries.
    pub fn new(source: &str) -> std::result::Result<TaggedRegex, String> {
        TaggedRegex::from_hirs(&[Arc::new(parse(source)?)], build_one, Later::Nothing)
    }

    /// Compiles the expressions `hirs` with `build`, and their twin (the same expressions with
    /// ASCII word boundaries, compiled by `build` too) when any has a Unicode word boundary;
    /// `later` says what waits for first need.
    fn from_hirs(
        hirs: &[Arc<Hir>],
        build: Build,
        later: Later,
    ) -> std::result::Result<TaggedRegex, String> {
        let refs: Vec<&Hir> = hirs.iter().map(|h| &**h).collect();
        let unicode = refs.iter().any(|h| unicode_word_boundary(h));
        let ascii = if !unicode {
            None
        } else if later == Later::Both {
            Some(OnceLock::new())
        } else {
            Some(OnceLock::from(build(
                &twins_of(&refs).iter().collect::<Vec<_>>(),
            )?))
        };
        let lazy = later == Later::Both || later == Later::Unicode && unicode;
        let regex = if lazy {
            OnceLock::new()
        } else {
            OnceLock::from(build(&refs)?)
        };
        Ok(TaggedRegex {
            regex: Arc::new(regex),
            ascii: ascii.map(Arc::new),
            lazy: lazy.then(|| Arc::new((hirs.to_vec(), build))),
        })
    }

    /// The expression to search `text` with: the same matches either way. The twin serves
    /// every text without a non-ASCII word character (the brackets, curly quotes and dashes
    /// are none): there, a byte outside ASCII is a non-word character to both assertions.
    pub fn for_text(&self, text: &str) -> &meta::Regex {
        self.for_ascii(self.ascii.is_some() && no_word_character_beyond_ascii(text))
    }

    /// [`TaggedRegex::for_text`] for a text known to hold no word character beyond ASCII
    /// (`ascii_words`, see [`ascii_words`]) or not known to (`false`: the expression as
    /// written, which finds the same matches).
    pub fn for_ascii(&self, ascii_words: bool) -> &meta::Regex {
        match &self.ascii {
            Some(ascii) if ascii_words => ascii.get_or_init(|| {
                let (hirs, build) = &**self.lazy.as_ref().expect("built at once unless lazy");
                let refs: Vec<&Hir> = hirs.iter().map(|h| &**h).collect();
                build(&twins_of(&refs).iter().collect::<Vec<_>>())
                    .expect("compiles as the expression did")
            }),
            _ => self.unicode(),
        }
    }

    /// The expression as written (with Unicode word boundaries).
    pub fn unicode(&self) -> &meta::Regex {
        self.regex.get_or_init(|| {
            let (hirs, build) = &**self.lazy.as_ref().expect("built at once unless lazy");
            build(&hirs.iter().map(|h| &**h).collect::<Vec<_>>()).expect("compiles as its twin did")
        })
    }

    /// Builds now what waits for first need, but the form with Unicode word boundaries.
    fn warm(&self) {
        if self.ascii.is_some() {
            self.for_text("");
        } else {
            self.unicode();
        }
    }
}

/// Whether `h` has a Unicode word-boundary assertion.
fn unicode_word_boundary(h: &Hir) -> bool {
    h.properties().look_set().contains_word_unicode()
}

/// The twins of `hirs`: each with ASCII word boundaries (only the expressions with a Unicode
/// one are rewritten, a tree copy each; the others are cloned).
fn twins_of(hirs: &[&Hir]) -> Vec<Hir> {
    hirs.iter()
        .map(|h| {
            if unicode_word_boundary(h) {
                ascii_word_boundaries(h)
            } else {
                (*h).clone()
            }
        })
        .collect()
}

/// The names of the capture groups of `h` (what the compiled regex's group info names).
fn group_names(h: &Hir, out: &mut Vec<String>) {
    use regex_syntax::hir::HirKind;
    match h.kind() {
        HirKind::Capture(c) => {
            if let Some(name) = &c.name {
                out.push(name.to_string());
            }
            group_names(&c.sub, out);
        }
        HirKind::Repetition(r) => group_names(&r.sub, out),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => {
            subs.iter().for_each(|h| group_names(h, out))
        }
        _ => {}
    }
}

/// Whether `text` holds no word character beyond ASCII (the mention brackets are none): what
/// [`TaggedRegex::for_ascii`] needs to know of a tagged sentence, read once for its searches.
pub fn ascii_words(text: &str) -> bool {
    no_word_character_beyond_ascii(text)
}

/// Whether every non-ASCII character of `text` is a non-word character (a mention bracket, a
/// curly quote, a dash). Runs of ASCII are skipped eight bytes at a time: a tagged sentence is
/// searched through a [`TaggedRegex`] several times.
fn no_word_character_beyond_ascii(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if let Some(word) = bytes.get(i..i + 8) {
            if u64::from_le_bytes(word.try_into().expect("8 bytes")) & 0x8080_8080_8080_8080 == 0 {
                i += 8;
                continue;
            }
        }
        if bytes[i].is_ascii() {
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().expect("a character starts here");
        if c != MENTION_OPEN && c != MENTION_CLOSE && regex_syntax::is_word_character(c) {
            return false;
        }
        i += c.len_utf8();
    }
    true
}

/// [`build`] of the one expression in `hirs`.
fn build_one(hirs: &[&Hir]) -> std::result::Result<meta::Regex, String> {
    build(hirs[0])
}

/// Parses an expression as `regex` does (its syntax errors, with their pointers, unchanged).
fn parse(source: &str) -> std::result::Result<Hir, String> {
    regex_syntax::Parser::new()
        .parse(source)
        .map_err(|e| e.to_string())
}

/// Compiles a syntax tree with the engine and the limits of `regex::Regex`: the syntax-tree
/// rewrites of this module ([`slim_regex`], [`TaggedRegex`]) compile without a round trip
/// through text.
fn build(hir: &Hir) -> std::result::Result<meta::Regex, String> {
    build_with(hir, meta::Config::new())
}

/// [`build`] with `config` (the size limit added).
fn build_with(hir: &Hir, config: meta::Config) -> std::result::Result<meta::Regex, String> {
    meta::Regex::builder()
        .configure(config.nfa_size_limit(Some(REGEX_SIZE_LIMIT)))
        .build_from_hir(hir)
        .map_err(|e| e.to_string())
}

/// [`build`] for a rule or a slim rule: without the literal prefilter. A rule's literal
/// prefixes are its mention token or common words, found at nearly every few bytes of a
/// sentence, so the search left its automaton for the prefilter again and again: the capturing
/// searches took a third less CPU without it (real text, same matches).
fn build_rule(hirs: &[&Hir]) -> std::result::Result<meta::Regex, String> {
    build_with(hirs[0], meta::Config::new().auto_prefilter(false))
}

/// `h` with every Unicode word-boundary assertion made ASCII.
fn ascii_word_boundaries(h: &Hir) -> Hir {
    use regex_syntax::hir::{HirKind, Look};
    rewrite_leaves(h, &mut |leaf| {
        let HirKind::Look(look) = leaf.kind() else {
            return Some(leaf.clone());
        };
        let ascii = match look {
            Look::WordUnicode => Look::WordAscii,
            Look::WordUnicodeNegate => Look::WordAsciiNegate,
            Look::WordStartUnicode => Look::WordStartAscii,
            Look::WordEndUnicode => Look::WordEndAscii,
            Look::WordStartHalfUnicode => Look::WordStartHalfAscii,
            Look::WordEndHalfUnicode => Look::WordEndHalfAscii,
            other => *other,
        };
        Some(Hir::look(ascii))
    })
    .expect("no leaf is dropped")
}

/// `h` with each leaf (literal, class, assertion, empty) replaced by `leaf(it)`, the structure
/// kept in order. A leaf mapped to `None` cannot match: a concatenation or a capture holding it
/// cannot either, an optional repetition of it is empty, an alternative of it is dropped; the
/// whole is `None` when nothing can match.
fn rewrite_leaves(h: &Hir, leaf: &mut impl FnMut(&Hir) -> Option<Hir>) -> Option<Hir> {
    use regex_syntax::hir::{Capture, HirKind, Repetition};
    match h.kind() {
        HirKind::Capture(c) => Some(Hir::capture(Capture {
            index: c.index,
            name: c.name.clone(),
            sub: Box::new(rewrite_leaves(&c.sub, leaf)?),
        })),
        HirKind::Repetition(r) => match rewrite_leaves(&r.sub, leaf) {
            Some(sub) => Some(Hir::repetition(Repetition {
                min: r.min,
                max: r.max,
                greedy: r.greedy,
                sub: Box::new(sub),
            })),
            None if r.min == 0 => Some(Hir::empty()),
            None => None,
        },
        HirKind::Concat(parts) => Some(Hir::concat(
            parts
                .iter()
                .map(|p| rewrite_leaves(p, leaf))
                .collect::<Option<Vec<_>>>()?,
        )),
        HirKind::Alternation(branches) => {
            let kept: Vec<Hir> = branches
                .iter()
                .filter_map(|b| rewrite_leaves(b, leaf))
                .collect();
            (!kept.is_empty()).then(|| Hir::alternation(kept))
        }
        _ => leaf(h),
    }
}

/// Compiled-size limit of one pattern (slots expand to large alternations).
const REGEX_SIZE_LIMIT: usize = 1 << 28;

/// Marks where a guarded macro begins in a rule, for [`slim_regex`] to cut it out (a private-use
/// character: no rule spells it, and a rule that did would get no slim version).
const GUARD_MARK: char = '\u{E000}';

/// The rule `source` (with [`GUARD_MARK`] before every guarded macro) without its guarded macros:
/// every way through a mark fails, an optional part that fails is empty, an alternative that
/// fails is dropped. The rest keeps its order, so the leftmost-first matches and groups are
/// those of the full rule wherever no guarded macro can match. `Ok(None)`: nothing is left.
#[cfg(test)]
fn slim_regex(source: &str) -> std::result::Result<Option<TaggedRegex>, String> {
    slim_regex_of(&parse(source)?)
}

/// [`slim_regex`] of the parsed rule (with its marks). Like the rule, its form with Unicode word
/// boundaries is compiled only for a sentence that needs it.
fn slim_regex_of(marked: &Hir) -> std::result::Result<Option<TaggedRegex>, String> {
    match without_marks(marked) {
        Some(slim) => {
            TaggedRegex::from_hirs(&[Arc::new(slim)], build_rule, Later::Unicode).map(Some)
        }
        None => Ok(None),
    }
}

/// The rule of a marked syntax tree ([`slim_regex`]): the marks removed, every way through a
/// guarded macro kept. The same tree as the rule's own text parses to (the smart constructors
/// merge the literals a mark split), so a rule with guarded macros is parsed once, marked.
fn without_mark_literals(h: &Hir) -> Hir {
    strip_marks(h.clone())
}

/// Whether a literal of `h` holds a [`GUARD_MARK`].
fn has_mark(h: &Hir) -> bool {
    use regex_syntax::hir::HirKind;
    let mut mark = [0u8; 4];
    let mark = GUARD_MARK.encode_utf8(&mut mark).as_bytes();
    match h.kind() {
        HirKind::Literal(lit) => lit.0.windows(mark.len()).any(|w| w == mark),
        HirKind::Repetition(r) => has_mark(&r.sub),
        HirKind::Capture(c) => has_mark(&c.sub),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => subs.iter().any(has_mark),
        _ => false,
    }
}

/// [`without_mark_literals`], taking the tree apart: only the parts that hold a mark are
/// rebuilt, the rest is moved as it is.
fn strip_marks(h: Hir) -> Hir {
    use regex_syntax::hir::{Capture, HirKind, Repetition};
    if !has_mark(&h) {
        return h;
    }
    let mut mark = [0u8; 4];
    let mark = GUARD_MARK.encode_utf8(&mut mark).as_bytes();
    match h.into_kind() {
        HirKind::Literal(lit) => {
            let mut bytes = Vec::with_capacity(lit.0.len());
            let mut rest = &lit.0[..];
            while let Some(at) = rest.windows(mark.len()).position(|w| w == mark) {
                bytes.extend_from_slice(&rest[..at]);
                rest = &rest[at + mark.len()..];
            }
            bytes.extend_from_slice(rest);
            if bytes.is_empty() {
                Hir::empty()
            } else {
                Hir::literal(bytes)
            }
        }
        HirKind::Empty => Hir::empty(),
        HirKind::Class(c) => Hir::class(c),
        HirKind::Look(l) => Hir::look(l),
        HirKind::Repetition(r) => Hir::repetition(Repetition {
            sub: Box::new(strip_marks(*r.sub)),
            ..r
        }),
        HirKind::Capture(c) => Hir::capture(Capture {
            sub: Box::new(strip_marks(*c.sub)),
            ..c
        }),
        HirKind::Concat(parts) => Hir::concat(parts.into_iter().map(strip_marks).collect()),
        HirKind::Alternation(branches) => {
            Hir::alternation(branches.into_iter().map(strip_marks).collect())
        }
    }
}

/// [`slim_regex`] on the syntax tree: `None` is an expression that cannot match.
fn without_marks(h: &Hir) -> Option<Hir> {
    use regex_syntax::hir::{Class, ClassUnicode, ClassUnicodeRange, HirKind};
    let mut mark = [0u8; 4];
    let mark = GUARD_MARK.encode_utf8(&mut mark).as_bytes();
    rewrite_leaves(h, &mut |leaf| match leaf.kind() {
        HirKind::Literal(lit) if lit.0.windows(mark.len()).any(|w| w == mark) => None,
        HirKind::Class(Class::Unicode(c))
            if c.iter()
                .any(|r| r.start() <= GUARD_MARK && GUARD_MARK <= r.end()) =>
        {
            let mut c = c.clone();
            c.difference(&ClassUnicode::new([ClassUnicodeRange::new(
                GUARD_MARK, GUARD_MARK,
            )]));
            (!c.ranges().is_empty()).then(|| Hir::class(Class::Unicode(c)))
        }
        _ => Some(leaf.clone()),
    })
}

/// A rule's reach (read off its syntax tree, which is freed at once: the trees of all rules
/// held together until the last compiled were most of the start-up's peak memory), its
/// compiled form, its marked syntax tree ([`slim_regex`]) and its capture groups' names.
type Compiled = (Reach, TaggedRegex, Option<Hir>, Vec<String>);

/// Compiles a rule's expression (case-insensitive). `marked`: the same expression with
/// [`GUARD_MARK`] before every guarded macro, when it has any: then only that is parsed (a
/// parse is most of a rule's start-up cost), and the rule is its tree without the marks. The
/// form with Unicode word boundaries is compiled on first need (few sentences need it);
/// `later`: the other too (a rule known to compile).
fn compile(
    body: &str,
    marked: Option<&str>,
    later: Later,
) -> std::result::Result<Compiled, String> {
    let (hir, marked) = match marked.map(|m| parse(&format!("(?i){m}"))) {
        Some(Ok(marked)) => (without_mark_literals(&marked), Some(marked)),
        // A syntax error is reported on the rule as written.
        _ => (parse(&format!("(?i){body}"))?, None),
    };
    let reach = Reach::of(&hir);
    let mut groups = Vec::new();
    group_names(&hir, &mut groups);
    let regex = TaggedRegex::from_hirs(&[Arc::new(hir)], build_rule, later)?;
    Ok((reach, regex, marked, groups))
}

/// Words one of which every match of `expr` contains (lowercase), or `None` when the
/// expression needs no word (only letters count: a mention token or a space is no word).
fn required_words(expr: &str) -> Option<Vec<String>> {
    let hir = regex_syntax::Parser::new().parse(expr).ok()?;
    let mut words: Vec<String> = required(&hir)?
        .into_iter()
        .map(|w| String::from_utf8_lossy(&w).to_lowercase())
        .collect();
    words.sort();
    words.dedup();
    Some(words)
}

/// A disjunction of literals one of which any match of `h` contains.
fn required(h: &Hir) -> Option<Vec<Vec<u8>>> {
    use regex_syntax::hir::HirKind;
    match h.kind() {
        HirKind::Literal(lit) if lit.0.iter().any(u8::is_ascii_alphabetic) => {
            Some(vec![lit.0.to_vec()])
        }
        HirKind::Capture(c) => required(&c.sub),
        HirKind::Repetition(r) if r.min > 0 => required(&r.sub),
        HirKind::Alternation(branches) => {
            let mut all = Vec::new();
            for b in branches {
                all.extend(required(b)?);
            }
            Some(all)
        }
        // The most selective need of the parts: the fewest words, then the longest shortest.
        HirKind::Concat(parts) => parts.iter().filter_map(required).min_by_key(|words| {
            let shortest = words.iter().map(Vec::len).min().unwrap_or(0);
            (words.len(), std::cmp::Reverse(shortest))
        }),
        _ => None,
    }
}

/// `@name` in rules: a mention of that kind only (the letter is set by the tagger).
const KIND_LETTERS: [(&str, char); 7] = [
    ("state", 's'),
    ("organization", 'o'),
    ("organ", 'g'),
    ("armed", 'a'),
    ("party", 'p'),
    ("person", 'h'),
    ("media", 'm'),
];

/// The token that replaces a mention in a tagged sentence.
pub const MENTION_OPEN: char = '\u{27E8}';
/// Closes a mention token.
pub const MENTION_CLOSE: char = '\u{27E9}';

/// The byte offsets of the character `c` in `text`, left to right, as
/// `text.match_indices(c)` gives them. Made for the mention brackets in a tagged sentence:
/// the text is scanned eight bytes at a time for the first byte of `c`'s encoding, which
/// folded news text (curly quotes and dashes made ASCII) holds almost only in brackets.
pub fn offsets_of(text: &str, c: char) -> Offsets<'_> {
    let mut buf = [0u8; 4];
    let len = c.encode_utf8(&mut buf).len();
    Offsets {
        bytes: text.as_bytes(),
        from: 0,
        buf,
        len,
    }
}

/// The iterator of [`offsets_of`]: a type of its own, its `next` always inlined, so that the
/// scan is compiled into the loops that read each bracket (a closure's call per bracket, where
/// the compiler chose not to inline it, cost more than the scan).
#[derive(Debug, Clone)]
pub struct Offsets<'a> {
    bytes: &'a [u8],
    /// Where the scan goes on.
    from: usize,
    /// The character's encoding, `len` bytes of it.
    buf: [u8; 4],
    len: usize,
}

impl Iterator for Offsets<'_> {
    type Item = usize;

    #[inline(always)]
    fn next(&mut self) -> Option<usize> {
        let bytes = self.bytes;
        while let Some(at) = byte_from(bytes, self.from, self.buf[0]) {
            if bytes[at..].starts_with(&self.buf[..self.len]) {
                self.from = at + self.len;
                return Some(at);
            }
            self.from = at + 1;
        }
        self.from = bytes.len();
        None
    }
}

/// The first offset at or after `from` of the byte `b` in `bytes`.
#[inline]
fn byte_from(bytes: &[u8], mut from: usize, b: u8) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let pattern = u64::from(b) * ONES;
    while let Some(eight) = bytes.get(from..from + 8) {
        let x = u64::from_le_bytes(eight.try_into().expect("eight bytes")) ^ pattern;
        // The high bit of each zero byte of `x`; the lowest one set is exact (a borrow only
        // marks bytes above a zero one).
        let zero = x.wrapping_sub(ONES) & !x & HIGH;
        if zero != 0 {
            return Some(from + (zero.trailing_zeros() / 8) as usize);
        }
        from += 8;
    }
    bytes
        .get(from..)?
        .iter()
        .position(|&x| x == b)
        .map(|k| from + k)
}

fn expand(
    file: &str,
    line: usize,
    s: &str,
    macros: &BTreeMap<String, String>,
    depth: usize,
) -> Result<String> {
    if depth > 8 {
        return Err(Error::data(
            file,
            line,
            "macros nest too deeply (a macro that uses itself?)",
        ));
    }
    // Compiled once: `expand` runs for every rule and, recursively, every macro it uses.
    static MACRO: std::sync::LazyLock<Regex> =
        std::sync::LazyLock::new(|| Regex::new(r"\{([a-z][a-z0-9_]*)\}").expect("static regex"));
    let re = &*MACRO;
    let mut out = String::new();
    let mut last = 0;
    for c in re.captures_iter(s) {
        let m = c.get(0).expect("group 0");
        out.push_str(&s[last..m.start()]);
        let name = &c[1];
        match macros.get(name) {
            Some(body) => {
                out.push_str("(?:");
                out.push_str(&expand(file, line, body, macros, depth + 1)?);
                out.push(')');
            }
            None => return Err(Error::data(file, line, format!("unknown macro {{{name}}}"))),
        }
        last = m.end();
    }
    out.push_str(&s[last..]);
    Ok(out)
}

/// A regex compiled on first use, or at once. The filters' word lists ([`word_list_regex`]) are
/// word-bounded with Unicode `\w` classes, whose compilation was ~40 M instructions of each
/// process's start-up; a short run (one article) may never reach a rule match that needs them.
#[derive(Debug, Clone)]
pub struct LazyRegex {
    source: Arc<str>,
    regex: Arc<OnceLock<Regex>>,
}

impl LazyRegex {
    /// `source`, compiled now unless `lazy` (then it must compile: it is compiled on first use).
    fn new(source: String, lazy: bool) -> std::result::Result<LazyRegex, regex::Error> {
        let regex = if lazy {
            OnceLock::new()
        } else {
            OnceLock::from(Regex::new(&source)?)
        };
        Ok(LazyRegex {
            source: source.into(),
            regex: Arc::new(regex),
        })
    }
}

impl std::ops::Deref for LazyRegex {
    type Target = Regex;

    fn deref(&self) -> &Regex {
        self.regex
            .get_or_init(|| Regex::new(&self.source).expect("a filter regex known to compile"))
    }
}

/// A word-bounded alternation of filter words: matched case-insensitively, except words written
/// with a leading `=` ("=may": not the month).
fn word_list_regex(words: &[String]) -> String {
    let mut w: Vec<String> = words
        .iter()
        .map(|w| match w.strip_prefix('=') {
            Some(exact) => regex::escape(exact),
            None => format!("(?i:{})", regex::escape(w)),
        })
        .collect();
    w.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    format!(r"(?:^|[^\w'])(?:{})(?:$|[^\w])", w.join("|"))
}

/// The word-level pieces a rule spells out ("against", "mediat[a-z]*"): a break word that one
/// of them matches in full is part of the rule, not a gap. Plain words are compared as they
/// are; pieces with regex syntax are compiled once per distinct piece (`cache`) and anchored.
fn spelled_out(body: &str, cache: &mut HashMap<String, Option<Regex>>) -> Spelled {
    let mut out = Spelled::default();
    for piece in body.split(['|', '(', ')', ' ']) {
        let piece = piece
            .trim_start_matches("?:")
            .trim_start_matches("?i:")
            .trim_start_matches("?-i:");
        if piece.len() < 2 || !piece.starts_with(|c: char| c.is_ascii_alphabetic()) {
            continue;
        }
        if piece
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'\'' || b == b'-')
        {
            out.words.insert(piece.to_string());
        } else if let Some(r) = cache
            .entry(piece.to_string())
            .or_insert_with(|| Regex::new(&format!("^(?:{piece})$")).ok())
        {
            out.regexes.push(r.clone());
        }
    }
    out
}

/// What [`spelled_out`] finds in a rule.
#[derive(Default)]
struct Spelled {
    words: std::collections::HashSet<String>,
    regexes: Vec<Regex>,
}

impl Spelled {
    fn matches(&self, word: &str) -> bool {
        self.words.contains(word) || self.regexes.iter().any(|r| r.is_match(word))
    }
}

impl PatternSet {
    /// The indices of the patterns that may match a tagged sentence: those whose words it
    /// holds ([`Needs`]). Running only these finds what running every pattern finds.
    pub fn candidates(&self, tagged: &str) -> Vec<usize> {
        match self.needs.possible(tagged) {
            Some(may) => (0..self.patterns.len()).filter(|&pi| may[pi]).collect(),
            None => (0..self.patterns.len()).collect(),
        }
    }

    /// [`PatternSet::candidates`] and, when there are any, [`PatternSet::unguarded`], in one
    /// pass over the sentence where the needs know the guard words.
    pub fn candidates_unguarded(&self, tagged: &str) -> (Vec<usize>, bool) {
        let (candidates, unguarded) = self.candidates_bounded(tagged);
        (
            candidates.into_iter().map(|(pi, _)| pi).collect(),
            unguarded,
        )
    }

    /// [`PatternSet::candidates_unguarded`], each candidate with the latest byte offset of the
    /// sentence its matches can start at (the last of the words it needs, see [`Needs`]), for
    /// [`Pattern::matches_starting_by`].
    pub fn candidates_bounded(&self, tagged: &str) -> (Vec<(usize, usize)>, bool) {
        self.candidates_bounded_in(tagged, false)
    }

    /// [`PatternSet::candidates_bounded`] of a tagged sentence whose [`ascii_words`] is known
    /// (`false` when not known: the same candidates). A sentence without a word character
    /// beyond ASCII (nearly every one) is not searched for the Kelvin sign and the long s.
    pub fn candidates_bounded_in(
        &self,
        tagged: &str,
        ascii_words: bool,
    ) -> (Vec<(usize, usize)>, bool) {
        if !self.needs.guard.is_empty() {
            if let Some((candidates, guarded)) = self.needs.possible_guarded(tagged, ascii_words) {
                // No Kelvin sign or long s here: `possible_guarded` saw none.
                let unguarded = !candidates.is_empty() && self.guard.is_some() && !guarded;
                return (candidates, unguarded);
            }
        }
        let candidates: Vec<(usize, usize)> = self
            .candidates(tagged)
            .into_iter()
            .map(|pi| (pi, usize::MAX))
            .collect();
        let unguarded = !candidates.is_empty() && self.unguarded(tagged);
        (candidates, unguarded)
    }

    /// Compiles the rules (the embedded ones wait for first need) and the slim rules now, on a
    /// thread of their own, for a run known to be large (a corpus): most of its sentences use
    /// them, and they are ready, or nearly, when the first documents reach the patterns.
    pub fn prepare(&self) {
        let patterns = self.patterns.clone();
        // Without a thread, the first sentence that needs a slim rule compiles it.
        let _ = std::thread::Builder::new()
            .name("pattern-prepare".into())
            .spawn(move || {
                for p in &patterns {
                    let rule = p.rule();
                    rule.regex.warm();
                    rule.slim_regex();
                }
            });
    }

    /// True when the patterns may run without their guarded macros on a tagged sentence: it
    /// holds none of their words. (Case-insensitive `k` and `s` also match the Kelvin sign and
    /// the long s, which an ASCII search does not see: a sentence with either is guarded.)
    pub fn unguarded(&self, tagged: &str) -> bool {
        match &self.guard {
            Some(guard) => !guard.is_match(tagged) && !has_kelvin_or_long_s(tagged),
            None => false,
        }
    }

    /// The same patterns without the shortcuts: every sentence runs every full rule over the
    /// whole sentence, whatever words it holds (for checking that the guarded macros, the rules'
    /// words and their reach change nothing).
    pub fn without_guard(&self) -> PatternSet {
        let mut set = self.clone();
        set.guard = None;
        set.needs = Arc::new(Needs::default());
        for p in &mut set.patterns {
            p.unbounded = true;
        }
        set
    }

    /// A pattern set with only the pattern at `index` (for testing one pattern in isolation).
    pub fn only(&self, index: usize) -> PatternSet {
        let mut set = self.clone();
        set.patterns = vec![self.patterns[index].clone()];
        set.needs = Arc::new(Needs::new(&[&self.sources[index]], &self.guard_words));
        set.sources = vec![self.sources[index].clone()];
        set
    }

    /// The embedded patterns.
    pub fn embedded() -> Result<PatternSet> {
        let (name, text) = crate::embedded::PATTERNS_FILE;
        // Known to compile (a test compiles it at once): its filter regexes wait for first use.
        PatternSet::compile_toml(name, text, true)
    }

    /// Compiles a pattern file.
    pub fn from_toml(file: &str, text: &str) -> Result<PatternSet> {
        PatternSet::compile_toml(file, text, false)
    }

    /// [`PatternSet::from_toml`]; `lazy`: the filter regexes are compiled on first use (for a
    /// file known to compile).
    fn compile_toml(file: &str, text: &str, lazy: bool) -> Result<PatternSet> {
        let parsed: PatternFile = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(0);
            Error::data(file, line, e.message().to_string())
        })?;
        let at = |s: &str| -> String {
            let mut s = s.to_string();
            for (name, letter) in KIND_LETTERS {
                s = s.replace(
                    &format!("@{name}"),
                    &format!("(?:{MENTION_OPEN}[0-9]+{letter}{MENTION_CLOSE})"),
                );
            }
            s.replace(
                '@',
                &format!("(?:{MENTION_OPEN}[0-9]+[a-z]{MENTION_CLOSE})"),
            )
        };
        let mut macros: BTreeMap<String, String> = parsed
            .macros
            .iter()
            .map(|(k, v)| (k.clone(), at(v)))
            .collect();
        macros.insert("mention".into(), at(&parsed.grammar.mention));
        // Guarded macros: each needs one of its words; the slim rules go without them.
        let grammar_line = line_of(text, text.find("guarded").unwrap_or(0));
        let mut guard_words = Vec::new();
        let mut slim_macros = macros.clone();
        for name in &parsed.grammar.guarded {
            let Some(body) = macros.get(name) else {
                return Err(Error::data(
                    file,
                    grammar_line,
                    format!("guarded macro {{{name}}} is not defined"),
                ));
            };
            let expr = expand(file, grammar_line, body, &macros, 0)?;
            let Some(words) = required_words(&expr) else {
                return Err(Error::data(
                    file,
                    grammar_line,
                    format!(
                        "guarded macro {{{name}}} can match without any word of its own, so \
                         no sentence can be checked for it"
                    ),
                ));
            };
            guard_words.extend(words);
            slim_macros.insert(name.clone(), format!("{GUARD_MARK}(?:{body})"));
        }
        // First the rule texts, in file order; then the regexes, compiled in parallel (most of
        // the start-up time); then the checks, in file order again, so that the first error in
        // the file is the one reported.
        // Each rule's line in the file, looked up once (the rules are expanded twice).
        let lines: Vec<usize> = parsed
            .pattern
            .iter()
            .map(|spec| line_of(text, text.find(&format!("\"{}\"", spec.id)).unwrap_or(0)))
            .collect();
        let rules = |macros: &BTreeMap<String, String>| -> Result<Vec<(usize, String)>> {
            let list = expand(file, 0, &at(&parsed.grammar.list), macros, 0)?;
            let mut seen = std::collections::HashSet::new();
            let mut bodies = Vec::with_capacity(parsed.pattern.len());
            for (spec, &line) in parsed.pattern.iter().zip(&lines) {
                if !seen.insert(spec.id.clone()) {
                    return Err(Error::data(
                        file,
                        line,
                        format!("duplicate pattern id {:?}", spec.id),
                    ));
                }
                let mut rule = at(&spec.rule);
                for slot in ["X", "Y", "Z"] {
                    rule = rule.replace(&format!("{{{slot}}}"), &format!("(?P<{slot}>{list})"));
                }
                bodies.push((line, expand(file, line, &rule, macros, 0)?));
            }
            Ok(bodies)
        };
        let bodies = rules(&macros)?;
        let slim_bodies: Vec<Option<String>> =
            if guard_words.is_empty() || text.contains(GUARD_MARK) {
                guard_words.clear();
                vec![None; bodies.len()]
            } else {
                rules(&slim_macros)?
                    .into_iter()
                    .map(|(_, b)| b.contains(GUARD_MARK).then_some(b))
                    .collect()
            };
        // The embedded rules are compiled on first need (`Pattern::rule`), the others at once.
        let compiled: Vec<Option<std::result::Result<Compiled, String>>> = if lazy {
            vec![None; bodies.len()]
        } else {
            use rayon::prelude::*;
            bodies
                .par_iter()
                .zip(&slim_bodies)
                .map(|((_, body), slim)| Some(compile(body, slim.as_deref(), Later::Unicode)))
                .collect()
        };
        let mut patterns = Vec::with_capacity(bodies.len());
        let bodies_text: Vec<String> = bodies.iter().map(|(_, b)| b.clone()).collect();
        let mut pieces = HashMap::new();
        let mut break_res: HashMap<Vec<String>, LazyRegex> = HashMap::new();
        let specs = (parsed.pattern.into_iter())
            .zip(bodies)
            .zip(compiled)
            .zip(slim_bodies);
        for (((spec, (line, body)), compiled), slim_body) in specs {
            let (rule, source, groups) = match compiled {
                Some(compiled) => {
                    let (reach, regex, marked, groups) = compiled.map_err(|e| {
                        Error::data(file, line, format!("pattern {:?}: {e}", spec.id))
                    })?;
                    let rule = OnceLock::from(Rule::new(reach, regex, marked));
                    (rule, None, Some(groups))
                }
                None => (
                    OnceLock::new(),
                    Some(Arc::new((body.clone(), slim_body))),
                    None,
                ),
            };
            // The same groups in either form (the embedded file's are checked by a test).
            let has = |s: &str| groups.as_ref().is_none_or(|g| g.iter().any(|g| g == s));
            let ok = match spec.relation {
                Relation::Mediator => (has("X") || spec.subject) && has("Y"),
                Relation::Proxy => (has("X") || spec.subject) && has("Y"),
                _ => has("X") || spec.subject,
            };
            if !ok || (spec.subject && has("X")) {
                return Err(Error::data(
                    file,
                    line,
                    format!(
                        "pattern {:?}: slots do not fit relation {} (subject = {})",
                        spec.id, spec.relation, spec.subject
                    ),
                ));
            }
            for k in spec.kinds.keys() {
                if !["X", "Y", "Z"].contains(&k.as_str()) {
                    return Err(Error::data(
                        file,
                        line,
                        format!("pattern {:?}: unknown slot {k:?} in kinds", spec.id),
                    ));
                }
            }
            let spelled = spelled_out(&body, &mut pieces);
            let own_breaks: Vec<String> = parsed
                .filters
                .breaks
                .iter()
                .filter(|w| !spelled.matches(&w.trim_start_matches('=').to_lowercase()))
                .cloned()
                .collect();
            let breaks = if own_breaks.is_empty() {
                None
            } else if let Some(r) = break_res.get(&own_breaks) {
                Some(r.clone())
            } else {
                let r = LazyRegex::new(word_list_regex(&own_breaks), lazy)
                    .map_err(|e| Error::data(file, 0, e.to_string()))?;
                break_res.insert(own_breaks, r.clone());
                Some(r)
            };
            patterns.push(Pattern {
                breaks,
                rule: Arc::new(rule),
                source,
                unbounded: false,
                id: spec.id,
                relation: spec.relation,
                subject: spec.subject,
                kinds: spec.kinds,
                examples: spec.examples,
            });
        }
        let build = |src: &str| -> Result<TaggedRegex> {
            let body = expand(file, 0, &at(src), &macros, 0)?;
            TaggedRegex::new(&format!("(?i){body}")).map_err(|e| Error::data(file, 0, e))
        };
        let guard = if guard_words.is_empty() {
            None
        } else {
            Some(
                aho_corasick::AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .build(&guard_words)
                    .map_err(|e| Error::data(file, grammar_line, e.to_string()))?,
            )
        };
        let guard_bytes: Vec<Vec<u8>> = guard_words
            .iter()
            .map(|w| AsRef::<[u8]>::as_ref(w).to_vec())
            .collect();
        let sources: Vec<Arc<str>> = bodies_text.into_iter().map(Arc::from).collect();
        Ok(PatternSet {
            needs: Arc::new(Needs::new(
                &sources.iter().map(|s| &**s).collect::<Vec<_>>(),
                &guard_bytes,
            )),
            guard_words: guard_bytes.into(),
            sources,
            guard,
            absorb_re: build(&parsed.grammar.absorb)?,
            qualifier_re: build(&parsed.grammar.qualifier)?,
            negation_re: LazyRegex::new(word_list_regex(&parsed.filters.negation), lazy)
                .map_err(|e| Error::data(file, 0, e.to_string()))?,
            hedge_re: LazyRegex::new(word_list_regex(&parsed.filters.hedge), lazy)
                .map_err(|e| Error::data(file, 0, e.to_string()))?,
            filters: parsed.filters,
            patterns,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bracket scan finds what `match_indices` finds, wherever the brackets and other
    /// characters with the same first byte fall against the eights.
    #[test]
    fn offsets_of_is_match_indices() {
        let pieces = [
            "\u{27E8}", "\u{27E9}", "\u{2019}", "\u{2014}", "a", "bc ", "\u{E2}", "1s",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let mut text = String::new();
            for k in 0..(seed % 26) {
                text.push_str(pieces[((seed >> (2 * k + 3)) % pieces.len() as u64) as usize]);
            }
            for c in [MENTION_OPEN, MENTION_CLOSE, 'a', '\u{E2}'] {
                let want: Vec<usize> = text.match_indices(c).map(|(i, _)| i).collect();
                assert_eq!(
                    offsets_of(&text, c).collect::<Vec<_>>(),
                    want,
                    "{text:?} {c:?}"
                );
            }
        }
    }

    #[test]
    fn a_macro_needs_the_words_of_its_most_selective_part() {
        let forces = "(?:(?:armed |air )?(?:forces|troops|air force))";
        assert_eq!(
            required_words(forces).unwrap(),
            ["air force", "forces", "troops"]
        );
        // Mention tokens and spaces are no words; the keyword alternation is.
        let enumeration =
            "(?: [a-z-]+){0,2},? (?:including|such as) ⟨[0-9]+[a-z]⟩(?:, ⟨[0-9]+[a-z]⟩)*";
        assert_eq!(
            required_words(enumeration).unwrap(),
            ["including", "such as"]
        );
        // Optional words, or an alternative without a word, leave nothing to look for.
        assert_eq!(required_words("(?:forces)?"), None);
        assert_eq!(required_words("forces|[0-9]+"), None);
        assert_eq!(required_words("⟨[0-9]+⟩"), None);
    }

    #[test]
    fn the_embedded_file_compiles_at_once() {
        // `embedded` leaves what it knows compiles for first use: it must compile.
        let (name, text) = crate::embedded::PATTERNS_FILE;
        // (`from_toml` also checks each rule's slots against its relation.)
        let set = PatternSet::from_toml(name, text).expect("the embedded patterns compile");
        assert!(set.negation_re.is_match("did not attack"));
        assert!(set.patterns.iter().any(|p| p.breaks.is_some()));
    }

    #[test]
    fn a_marked_rule_without_its_marks_is_the_rule() {
        // The rules with guarded macros are parsed once, marked: the tree without the marks
        // must be the very tree the rule's own text parses to (so the same automaton).
        let set = PatternSet::embedded().unwrap();
        let mut marked = 0;
        for (p, source) in set.patterns.iter().zip(&set.sources) {
            let Some(m) = &p.rule().slim_source else {
                continue;
            };
            marked += 1;
            let m = m.lock().unwrap();
            assert_eq!(
                without_mark_literals(m.as_ref().unwrap()),
                parse(&format!("(?i){source}")).unwrap(),
                "{}",
                p.id
            );
        }
        assert!(marked > 0);
        // A mark inside a literal, and one that is a literal of its own.
        let m = parse(&format!("ab{GUARD_MARK}(?:cd)|x{GUARD_MARK}")).unwrap();
        assert_eq!(without_mark_literals(&m), parse("ab(?:cd)|x").unwrap());
        let m = parse(&format!("(?i)a[b-c]{GUARD_MARK}(?:[d-e]f)?")).unwrap();
        assert_eq!(
            without_mark_literals(&m),
            parse("(?i)a[b-c](?:[d-e]f)?").unwrap()
        );
    }

    #[test]
    fn a_slim_rule_drops_every_way_through_a_guarded_macro() {
        let slim = |rule: &str| {
            slim_regex(&rule.replace('#', &GUARD_MARK.to_string()))
                .unwrap()
                .map(|r| r.unicode().clone())
        };
        let groups = |re: &meta::Regex, text: &str| {
            let mut caps = re.create_captures();
            re.captures(text, &mut caps);
            (
                caps.get_match().map(|m| m.range()),
                caps.get_group_by_name("X").map(|s| s.range()),
                caps.get_group_by_name("Y").map(|s| s.range()),
            )
        };
        // An optional guarded part disappears; groups keep their names and spans.
        let r = slim("(?i)(?P<X>a)(?: #(?:troops))? (?P<Y>b)").unwrap();
        assert_eq!(groups(&r, "A b"), (Some(0..3), Some(0..1), Some(2..3)));
        assert_eq!(groups(&r, "A troops b").0, None);
        // A failed alternative is dropped, the others keep their order (leftmost-first).
        let r = slim("(?:#x|ab|a)").unwrap();
        assert_eq!(r.find("ab").map(|m| m.range()), Some(0..2));
        // Repetitions keep their greed: an optional bounded repetition stays greedy (printed
        // as text and read back, it would turn lazy: `x{1,4}?`).
        let r = slim("(?i)a (?:(?:b ?){1,4})?(?: #troops)?").unwrap();
        assert_eq!(r.find("a b b b").map(|m| m.range()), Some(0..7));
        // A rule that needs the macro has nothing left.
        assert!(slim("a #(?:troops)").is_none());
        assert!(slim("(?:#troops)+").is_none());
    }

    #[test]
    fn ascii_twins_find_what_unicode_word_boundaries_find() {
        let re = TaggedRegex::new(r"(?i)\u{27E8}[0-9]+[a-z]\u{27E9}(?:'s?)? (?:foreign )?ministry\b(?-i:(?: [A-Z][a-z]*){1,4})?").unwrap();
        let find = |r: &meta::Regex, t: &str| r.find_iter(t).map(|m| m.range()).collect::<Vec<_>>();
        for text in [
            "⟨1s⟩'s foreign ministry said it",
            "In May. ⟨1s⟩'s foreign ministry Abbas Araghchi said",
            "⟨1s⟩ ministryé said", // a non-ASCII letter: only the Unicode search is right
            "⟨1s⟩ ministry",
            // Curly quotes and dashes are no word characters to either assertion.
            "\u{201C}⟨1s⟩\u{2019}s foreign ministry\u{201D} \u{2014} it said",
            "⟨1s⟩ ministry\u{2019}s \u{2013}ministry\u{2014}",
            "⟨1s⟩ ministry\u{e9}\u{2019}s ministry\u{2019}",
        ] {
            assert_eq!(
                find(re.for_text(text), text),
                find(re.unicode(), text),
                "{text}"
            );
        }
        assert!(std::ptr::eq(re.for_text("⟨1s⟩ ministryé"), re.unicode()));
        assert!(!std::ptr::eq(re.for_text("⟨1s⟩ ministry"), re.unicode()));
        assert!(!std::ptr::eq(
            re.for_text("\u{201C}⟨1s⟩ ministry\u{2014}"),
            re.unicode()
        ));
        assert!(std::ptr::eq(
            re.for_text("⟨1s⟩ \u{e9}t\u{e9}"),
            re.unicode()
        ));
        // Without word boundaries there is no twin.
        let plain = TaggedRegex::new("(?i)ministry").unwrap();
        assert!(std::ptr::eq(plain.for_text("ministry"), plain.unicode()));
    }

    #[test]
    fn only_non_ascii_word_characters_need_unicode_word_boundaries() {
        let by_chars = |t: &str| {
            t.chars()
                .all(|c| c.is_ascii() || !regex_syntax::is_word_character(c))
        };
        let mut texts: Vec<String> = [
            "",
            "plain ASCII text, longer than eight bytes",
            "⟨0s⟩ and ⟨1s⟩",
            "\u{201C}quoted\u{201D} \u{2014} dash",
            "caf\u{e9}",
            "\u{e9}",
            "Stra\u{df}e and \u{2019}",
            "\u{212A}elvin",
            "\u{661}\u{662}",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Every position of a word character and of a bracket among ASCII runs of any length.
        for n in 0..20 {
            for c in ['\u{e9}', '\u{27E8}', '\u{2019}', '\u{4e2d}', '\u{1F600}'] {
                texts.push(format!("{}{c}{}", "a".repeat(n), " b".repeat(n % 5)));
            }
        }
        for t in &texts {
            assert_eq!(no_word_character_beyond_ascii(t), by_chars(t), "{t:?}");
        }
    }

    #[test]
    fn rules_with_word_boundaries_search_tagged_sentences_with_ascii_ones() {
        // A Unicode `\b` in a rule made every search of it fall back from the lazy DFA to a
        // far slower engine, since every tagged sentence has non-ASCII brackets: a rule and
        // its slim form both need the ASCII twin.
        let file = "[grammar]\nmention = \"@(?: {forces})?\"\nlist = \"{mention}\"\n\
                    absorb = \"x\"\nqualifier = \"y\"\nguarded = [\"forces\"]\n\
                    [macros]\nforces = \"troops|forces\"\n\
                    [filters]\nnegation = [\"not\"]\nhedge = [\"if\"]\n\
                    [[pattern]]\nid = \"a\"\nrelation = \"adversary\"\n\
                    rule = \"{X} (?:clashed|fought)(?:[.]|$| [a-z]+ly\\\\b)\"\n";
        let set = PatternSet::from_toml("p.toml", file).unwrap();
        let p = &set.patterns[0];
        let slim = p.rule().slim_regex().expect("a slim rule");
        for text in [
            "⟨0s⟩ and ⟨1s⟩ clashed fiercely on Monday",
            "\u{201C}⟨0s⟩ and ⟨1s⟩ fought bitterly,\u{201D} he said",
            "⟨0s⟩ and ⟨1s⟩ fought overlyé", // a non-ASCII letter: no word boundary after it
            "⟨0s⟩ and ⟨1s⟩ forces fought",
        ] {
            let plain = !text.contains('\u{e9}');
            for re in [&p.rule().regex, slim] {
                assert_eq!(
                    !std::ptr::eq(re.for_text(text), re.unicode()),
                    plain,
                    "{text}"
                );
            }
            let unguarded = set.unguarded(text);
            // The one-pass check says the same as the two passes.
            let candidates = set.candidates(text);
            assert_eq!(
                set.candidates_unguarded(text),
                (candidates.clone(), !candidates.is_empty() && unguarded),
                "{text}"
            );
            let twin = p.matches(text, unguarded);
            let unicode: Vec<_> = p
                .rule()
                .regex
                .unicode()
                .find_iter(text)
                .map(|m| m.range())
                .collect();
            assert_eq!(
                twin.iter().map(|m| m.span.clone()).collect::<Vec<_>>(),
                unicode
            );
            // Candidates may be more than the rules that match, never fewer.
            assert!(
                unicode.is_empty() || !set.candidates(text).is_empty(),
                "{text}"
            );
        }
    }

    /// The anchored searches at the positions a rule's matches can start from find the matches
    /// (and groups) of an unanchored search over the whole sentence: every rule over the
    /// examples of every rule, each also twice in a row (several tokens, several matches).
    #[test]
    fn anchored_searches_find_what_unanchored_ones_find() {
        let gaz = crate::gazetteer::Gazetteer::embedded().expect("embedded actors");
        let set = PatternSet::embedded().expect("embedded patterns");
        let plain = set.without_guard();
        let anchored = set
            .patterns
            .iter()
            .filter(|p| p.reach().lead.is_some())
            .count();
        assert!(
            anchored * 2 > set.patterns.len(),
            "{anchored} rules anchored"
        );
        // Their literal prefixes tell where a match can start ("the ", a mention token).
        let known = set
            .patterns
            .iter()
            .filter(|p| p.reach().starts != ByteSet::ALL);
        assert!(known.count() * 2 > anchored, "start bytes known");
        let (mut sentences, mut found) = (0, 0);
        for example in set.patterns.iter().flat_map(|p| &p.examples) {
            for text in [example.clone(), format!("{example} {example}")] {
                let folded = crate::text::Folded::new(&text);
                let mentions = gaz.find_mentions(&folded.text);
                let tagged = crate::relations::tag(&gaz, &set, &folded.text, &mentions);
                sentences += 1;
                // Also with the latest start the rule's words allow, as `rules::apply` runs them.
                let (bounded, unguarded) = set.candidates_bounded(&tagged.text);
                // (The same candidates where the sentence's ASCII-ness is known.)
                assert_eq!(
                    set.candidates_bounded_in(&tagged.text, tagged.ascii_words),
                    (bounded.clone(), unguarded)
                );
                for (i, (p, q)) in set.patterns.iter().zip(&plain.patterns).enumerate() {
                    let want = q.matches(&tagged.text, false);
                    found += want.len();
                    let (text, id) = (&tagged.text, &p.id);
                    assert_eq!(p.matches(text, false), want, "{id} on {text:?}");
                    let got = match bounded.iter().find(|c| c.0 == i) {
                        Some(&(_, latest)) => p.matches_starting_by(text, unguarded, latest),
                        None => Vec::new(),
                    };
                    assert_eq!(got, want, "{id} on {text:?}, bounded");
                }
            }
        }
        // Every example is read by its own rule, once alone and at least once doubled.
        let examples = set.patterns.iter().map(|p| p.examples.len()).sum::<usize>();
        assert!(
            examples > 20 && sentences == 2 * examples && found >= sentences,
            "{sentences} sentences, {found} matches"
        );
    }

    #[test]
    fn a_rule_reaches_a_bounded_way_around_its_mention_tokens() {
        let reach = |rule: &str| Reach::of(&parse(rule).expect("parses"));
        // A slot first and last: a match starts at most "the " before a token and ends at most
        // "'s" after one.
        let list = "(?:the )?⟨[0-9]+[a-z]⟩(?:'s)?";
        let r = reach(&format!("(?P<X>{list}) attacked (?:[a-z]+ )*(?P<Y>{list})"));
        assert_eq!((r.lead, r.trail), (Some(4), Some(2)));
        // Words before the first slot: bounded when their length is.
        let r = reach(&format!("(?:talks|war) between (?P<Y>{list})"));
        assert_eq!(r.lead, Some("talks between ".len() + 4));
        let r = reach(&format!("[a-z]+ (?P<Y>{list})"));
        assert_eq!(r.lead, None);
        // A branch without a token bounds nothing.
        let r = reach(&format!("(?:{list}|them) fought"));
        assert_eq!((r.lead, r.trail), (None, None));
        // The span: from `lead` before the first token to `trail` after the last one.
        let r = Reach {
            lead: Some(4),
            trail: Some(2),
            starts: ByteSet::ALL,
        };
        let text = "On Monday the ⟨0s⟩ army attacked ⟨1s⟩'s positions near the border.";
        let span = r.span(text).expect("tokens");
        assert_eq!(&text[span], "the ⟨0s⟩ army attacked ⟨1s⟩'s");
        assert_eq!(r.span("no tokens"), None);
        // Every embedded rule with a slot first (or last) is bounded on that side.
        let set = PatternSet::embedded().expect("embedded patterns");
        let bounded = set
            .patterns
            .iter()
            .filter(|p| p.reach().lead.is_some())
            .count();
        assert!(bounded * 2 > set.patterns.len(), "{bounded} rules bounded");
    }

    #[test]
    fn a_rule_needs_its_words_with_the_spaces_it_puts_around_them() {
        let file = "[grammar]\nmention = \"@\"\nlist = \"{mention}\"\n\
                    absorb = \"x\"\nqualifier = \"y\"\n\
                    [filters]\nnegation = [\"not\"]\nhedge = [\"if\"]\n\
                    [[pattern]]\nid = \"a\"\nrelation = \"adversary\"\n\
                    rule = \"{X} (?:attacked|struck) (?:[a-z]+ )?(?:on|at) {Y}\"\n\
                    [[pattern]]\nid = \"b\"\nrelation = \"ally\"\n\
                    rule = \"{X} (?:[a-z]+ )*{Y}\"\n";
        let set = PatternSet::from_toml("p.toml", file).unwrap();
        // "on" alone is in "Monday"; " on " is not; rule b needs no word and always runs.
        assert_eq!(set.candidates("⟨0s⟩ attacked Monday ⟨1s⟩"), [1]);
        assert_eq!(set.candidates("⟨0s⟩ ATTACKED it on ⟨1s⟩"), [0, 1]);
        assert_eq!(set.candidates("⟨0s⟩ counterattacked on ⟨1s⟩"), [1]);
        // The Kelvin sign is a case-insensitive `k`: such a sentence is not checked.
        assert_eq!(set.candidates("⟨0s⟩ \u{212A}illed on ⟨1s⟩"), [0, 1]);
        assert_eq!(set.without_guard().candidates("⟨0s⟩ and ⟨1s⟩"), [0, 1]);
    }

    #[test]
    fn guarded_macros_must_exist_and_need_a_word() {
        let file = |guarded: &str, forces: &str| {
            format!(
                "[grammar]\nmention = \"@(?: {{forces}})?\"\nlist = \"{{mention}}\"\nabsorb = \"x\"\n\
                 qualifier = \"y\"\nguarded = [{guarded}]\n[macros]\nforces = \"{forces}\"\n\
                 [filters]\nnegation = [\"not\"]\nhedge = [\"if\"]\n\
                 [[pattern]]\nid = \"a\"\nrelation = \"ally\"\nrule = \"{{X}} allied\"\n"
            )
        };
        let set = PatternSet::from_toml("p.toml", &file("\"forces\"", "troops|forces")).unwrap();
        assert!(set.unguarded("⟨0s⟩ and ⟨1s⟩ allied"));
        assert!(!set.unguarded("⟨0s⟩ TROOPS and ⟨1s⟩ allied"));
        assert!(!set.without_guard().unguarded("⟨0s⟩ and ⟨1s⟩ allied"));
        // A file that spells the guard mark itself gets no slim rules (the cut would be wrong).
        let marked = file("\"forces\"", "troops|forces").replace("allied", "allied\u{E000}?");
        let set = PatternSet::from_toml("p.toml", &marked).unwrap();
        assert!(!set.unguarded("⟨0s⟩ and ⟨1s⟩ allied"));
        assert!(set.patterns.iter().all(|p| p.rule().slim_source.is_none()));
        // A guarded macro must exist and need a word; the error names the file and the line.
        for (guarded, forces, why) in [
            ("\"army\"", "troops", "{army} is not defined"),
            ("\"forces\"", "troops|[0-9]+", "without any word"),
        ] {
            let err = PatternSet::from_toml("p.toml", &file(guarded, forces))
                .unwrap_err()
                .to_string();
            assert!(err.contains("p.toml:6") && err.contains(why), "{err}");
        }
    }
}
