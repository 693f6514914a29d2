//! Shallow clause structure of a tagged sentence: tokens, actor lists, and the arguments of a
//! word (its subject to the left, its object or prepositional object to the right, a "by"
//! agent, a "between" pair).
//!
//! This module owns the reading of the sentence's shape, not of its meaning: it knows
//! determiners, prepositions, clause breaks, appositions and relative clauses, and the head
//! nouns that stand for the actor before them ("Sudan's army", "Israeli jets"). Which words are
//! triggers, and which argument plays which role, is [`super::frames`]' business.

use super::lexicon::Classes;
use crate::gazetteer::ActorKind;
use crate::patterns::{MENTION_CLOSE, MENTION_OPEN};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An actor mention: the index of the mention in the sentence.
    Actor(usize),
    /// A word (its lowercase text is [`Token::text`]).
    Word,
    /// Punctuation: `,` `;` `:` `(` `)` `"` `?` `!`, `-` for a hyphen glued to an actor and
    /// `—` for a free-standing dash.
    Punct(char),
}

/// One token of a tagged sentence. Its text is borrowed from the sentence's [`Texts`] (or
/// is a literal), so a token owns nothing and copying one is copying a few words.
#[derive(Debug, Clone, Copy)]
pub struct Token<'t> {
    /// What it is.
    pub kind: Kind,
    /// Lowercase text of a word; for an actor the anaphor the coreference step resolved
    /// ("it", "the two"), empty for a named actor and punctuation.
    pub text: &'t str,
    /// An actor followed by a possessive `'s` or `'`.
    pub poss: bool,
    /// A word written with a capital letter (part of a name when not sentence-initial).
    pub cap: bool,
}

/// Where the texts of a sentence's tokens are kept, so that a [`Token`] borrows its text
/// instead of owning one (a `String` per word was an allocation, a copy and a free per word,
/// more for every token the coreference step copies): the tagged sentence with its ASCII
/// letters lowercased, of which nearly every word's text is a slice, and the few texts that
/// are no slice of it (a non-ASCII word lowercased, quoted words joined, an actor's name made
/// a word). One per sentence; the tokens cannot outlive it.
#[derive(Default)]
pub struct Texts {
    /// Every text kept: an arena never moves or frees what it holds until it is dropped.
    kept: typed_arena::Arena<String>,
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Texts").finish_non_exhaustive()
    }
}

impl Texts {
    /// Keeps `text` for as long as `self` lives and lends it out.
    pub fn keep(&self, text: String) -> &str {
        self.kept.alloc(text).as_str()
    }
}

impl<'t> Token<'t> {
    /// The word, if the token is one.
    pub fn word(&self) -> Option<&'t str> {
        (self.kind == Kind::Word).then_some(self.text)
    }

    /// The mention index, if the token is an actor.
    pub fn actor(&self) -> Option<usize> {
        match self.kind {
            Kind::Actor(m) => Some(m),
            _ => None,
        }
    }

    fn is(&self, w: &str) -> bool {
        self.kind == Kind::Word && self.text == w
    }

    fn punct(&self) -> Option<char> {
        match self.kind {
            Kind::Punct(c) => Some(c),
            _ => None,
        }
    }
}

/// What [`tokenize`] does at a byte: `PLAIN` (an ASCII byte of a word), `WIDE` (a byte of a
/// non-ASCII character, part of a word), or `STOP`: the space between chunks, the punctuation
/// it splits at, the hyphen, and the first byte of [`MENTION_OPEN`] (no byte of a character's
/// tail is one of these).
static TOKEN_BYTES: [u8; 256] = {
    let mut t = [PLAIN; 256];
    let mut i = 0x80;
    while i < 256 {
        t[i] = WIDE;
        i += 1;
    }
    let stops = b" ,;:()\"?![]-";
    let mut i = 0;
    while i < stops.len() {
        t[stops[i] as usize] = STOP;
        i += 1;
    }
    let mut open = [0u8; 4];
    t[MENTION_OPEN.encode_utf8(&mut open).as_bytes()[0] as usize] = STOP;
    t
};
const PLAIN: u8 = 0;
const WIDE: u8 = 1;
const STOP: u8 = 2;

/// The end of the run of word bytes (`PLAIN` and `WIDE`) from `at`: the first `STOP` byte or
/// the end of `b`. Clears `ascii` if a byte of the run is `WIDE`.
///
/// Most bytes of a sentence are in such runs: this loop of its own keeps only the position
/// and the `WIDE` bits in registers (inside [`tokenize`]'s loop a byte took nearly twice the
/// instructions).
#[inline]
fn word_end(b: &[u8], mut at: usize, ascii: &mut bool) -> usize {
    let mut wide = 0;
    while let Some(&c) = b.get(at) {
        let class = TOKEN_BYTES[usize::from(c)];
        if class == STOP {
            break;
        }
        wide |= class;
        at += 1;
    }
    if wide != 0 {
        *ascii = false;
    }
    at
}

/// Pushes the word `tagged[from..at]` (a piece of a chunk between the tokenizer's stops):
/// trailing full stops and leading apostrophes dropped, a possessive `'s` (or trailing
/// apostrophes) taken off into [`Token::poss`], the rest lowercased. Nothing is pushed for an
/// empty word. `lowered` is `tagged` with its ASCII letters lowercased, kept in `texts`.
/// `ascii`: the word has no byte of a non-ASCII character (`false` where it has none is
/// correct too, only slower).
///
/// By bytes: `.` and `'` are ASCII, so every cut is at a character boundary; an ASCII word
/// (nearly all of them) is its slice of `lowered`, without `to_lowercase`'s character
/// decoding or a copy. Always inlined: a call per word, with its six arguments, cost more
/// than a word's own work.
#[inline(always)]
fn push_word<'t>(
    out: &mut Vec<Token<'t>>,
    texts: &'t Texts,
    (tagged, lowered): (&str, &'t str),
    from: usize,
    at: usize,
    ascii: bool,
) {
    let b = &tagged.as_bytes()[from..at];
    // The word's bytes in `b` once trimmed, and whether a possessive was taken off.
    let (start, stop, poss) = match *b {
        // One byte or none: nothing to trim but the byte itself.
        [] | [b'.' | b'\''] => return,
        [_] => (0, 1, false),
        // Most words have nothing to trim: no apostrophe first, no full stop or apostrophe
        // last, no "'s".
        [first, .., last]
            if first != b'\''
                && last != b'.'
                && last != b'\''
                && !(last == b's' && b[b.len() - 2] == b'\'') =>
        {
            (0, b.len(), false)
        }
        _ => {
            let mut end = b.len();
            while end > 0 && b[end - 1] == b'.' {
                end -= 1;
            }
            let mut start = 0;
            while start < end && b[start] == b'\'' {
                start += 1;
            }
            let (stop, poss) = if end - start > 2 && b[end - 2] == b'\'' && b[end - 1] == b's' {
                (end - 2, true)
            } else {
                let mut e = end;
                while e > start && b[e - 1] == b'\'' {
                    e -= 1;
                }
                (e, false)
            };
            if stop <= start {
                return;
            }
            (start, stop, poss)
        }
    };
    let (start, stop) = (from + start, from + stop);
    let (text, cap) = if ascii {
        (&lowered[start..stop], b[start - from].is_ascii_uppercase())
    } else {
        let t = &tagged[start..stop];
        (
            texts.keep(t.to_lowercase()),
            t.starts_with(|c: char| c.is_uppercase()),
        )
    };
    out.push(Token {
        kind: Kind::Word,
        text,
        poss,
        cap,
    });
}

/// The end of a chunk that is a free-standing dash (`-`, `--`, `—`, `–`) starting at `at`, at
/// the space after it or the end of the text.
#[inline]
fn dash_chunk(b: &[u8], at: usize) -> Option<usize> {
    let rest = &b[at..];
    let len = match rest.first()? {
        b'-' if rest.get(1) == Some(&b'-') => 2,
        b'-' => 1,
        // "—" (E2 80 94) and "–" (E2 80 93).
        0xE2 if rest.get(1) == Some(&0x80) && matches!(rest.get(2), Some(0x93 | 0x94)) => 3,
        _ => return None,
    };
    matches!(rest.get(len), None | Some(b' ')).then_some(at + len)
}

/// The mention token whose text after its opening bracket is `rest` ("12s⟩'s ..."): the
/// mention index, the bytes up to and with the closing bracket, and the length of a possessive
/// right after it ("'s", "’s" or a bare apostrophe); `None` if `rest` starts no mention token.
fn mention_token(rest: &str) -> Option<(usize, usize, Option<usize>)> {
    let d = rest.bytes().take_while(u8::is_ascii_digit).count();
    let end = rest.find(MENTION_CLOSE).filter(|_| d > 0)?;
    let m: usize = rest[..d].parse().unwrap_or(0);
    let skip = end + MENTION_CLOSE.len_utf8();
    let after = &rest[skip..];
    let poss = if after.starts_with("'s") || after.starts_with("’s") {
        Some(2)
    } else if after.starts_with('\'') && !after[1..].starts_with(|c: char| c.is_alphanumeric()) {
        Some(1)
    } else {
        None
    };
    Some((m, skip, poss))
}

/// Splits a tagged sentence into tokens. Mention tokens are `⟨n?⟩` (n the mention index).
///
/// One pass over the bytes: chunks are the text between spaces, and within a chunk the
/// tokenizer stops only at the `STOP` bytes of `TOKEN_BYTES`; everything between two stops is a word
/// ([`push_word`]). The tokens' texts are kept in `texts`.
pub fn tokenize<'t>(tagged: &str, texts: &'t Texts) -> Vec<Token<'t>> {
    // About one token in five or six bytes of news text.
    let mut out: Vec<Token<'t>> = Vec::with_capacity(tagged.len() / 4 + 4);
    // Every ASCII word's text is its slice of this.
    let lowered = texts.keep(tagged.to_ascii_lowercase());
    let words = (tagged, lowered);
    let b = tagged.as_bytes();
    let n = b.len();
    // The word being read is `tagged[from..at]`; `at` is always at a character's start.
    let mut from = 0;
    let mut at = 0;
    // A chunk that is a dash alone is a dash token.
    if let Some(end) = dash_chunk(b, 0) {
        out.push(punct('—'));
        from = end;
        at = end;
    }
    // Whether `tagged[from..at]` is ASCII (see `push_word`).
    let mut ascii = true;
    while at < n {
        at = word_end(b, at, &mut ascii);
        let Some(&c) = b.get(at) else {
            break;
        };
        match c {
            b' ' => {
                push_word(&mut out, texts, words, from, at, ascii);
                ascii = true;
                at += 1;
                from = at;
                if let Some(end) = dash_chunk(b, at) {
                    out.push(punct('—'));
                    from = end;
                    at = end;
                }
                continue;
            }
            b'-' if from == at && out.last().is_some_and(|t| t.actor().is_some()) => {
                out.push(punct('-'));
                from = at + 1;
            }
            b'-' if tagged[at + 1..].starts_with(MENTION_OPEN) => {
                push_word(&mut out, texts, words, from, at, ascii);
                ascii = true;
                out.push(punct('-'));
                from = at + 1;
            }
            b'-' => {}
            // "3,000": a comma between digits is part of the word.
            b',' if at > from
                && b[at - 1].is_ascii_digit()
                && b.get(at + 1).is_some_and(u8::is_ascii_digit) => {}
            b',' | b';' | b':' | b'(' | b')' | b'"' | b'?' | b'!' | b'[' | b']' => {
                push_word(&mut out, texts, words, from, at, ascii);
                ascii = true;
                out.push(punct(char::from(c)));
                from = at + 1;
            }
            _ if tagged[at..].starts_with(MENTION_OPEN) => {
                let open = MENTION_OPEN.len_utf8();
                push_word(&mut out, texts, words, from, at, ascii);
                ascii = true;
                from = at;
                // The rest of the chunk after the bracket.
                let chunk_end = b[at..]
                    .iter()
                    .position(|&x| x == b' ')
                    .map_or(n, |p| at + p);
                let rest = &tagged[at + open..chunk_end];
                if let Some((m, skip, poss)) = mention_token(rest) {
                    out.push(Token::of_actor(m, false));
                    let mut consumed = at + open + skip;
                    if let Some(k) = poss {
                        if let Some(t) = out.last_mut() {
                            t.poss = true;
                        }
                        consumed += k;
                    }
                    // Reading resumes at the first character that starts at or after
                    // `consumed` (two bytes into "’s" is inside its quote).
                    at = consumed.min(chunk_end);
                    while !tagged.is_char_boundary(at) {
                        at += 1;
                    }
                    from = at;
                    continue;
                }
                // Not a mention token: the bracket is part of the word.
                ascii = false;
                at += open;
                continue;
            }
            // Another character that starts with the bracket's first byte: part of the word.
            _ if c >= 0x80 => ascii = false,
            _ => {}
        }
        at += 1;
    }
    push_word(&mut out, texts, words, from, n, ascii);
    drop_scare_quotes(&mut out, texts);
    drop_dateline(&mut out);
    drop_time_adverbials(&mut out);
    out
}

/// Drops a wire dateline heading the sentence ("GOMA, Congo (Reuters) —", "KYIV, Aug 12
/// (Reuters) -", "ISTANBUL (AP) —", "WASHINGTON —"): where the story was filed names no
/// subject, and its place would stand before the verb as one. A dateline is capitalised words,
/// names, numbers, commas and an agency in parentheses, ended by a dash within its first
/// twelve tokens (right after the parentheses, or after at most three tokens without them).
fn drop_dateline(toks: &mut Vec<Token>) {
    let Some(d) = toks
        .iter()
        .take(12)
        .position(|t| t.kind == Kind::Punct('—'))
    else {
        return;
    };
    let plain = |t: &Token| match t.kind {
        Kind::Actor(_) => true,
        Kind::Word => t.cap || t.text.bytes().all(|b| b.is_ascii_digit() || b == b'.'),
        Kind::Punct(c) => matches!(c, ',' | '(' | ')'),
    };
    let agency = d >= 3 && toks[d - 1].kind == Kind::Punct(')');
    // ("WASHINGTON —" without an agency: a place that is no name of the dictionary, not "The
    // Houthis —" or "Hamas —".)
    let place = toks[0].kind == Kind::Word
        && toks[0].cap
        && !matches!(toks[0].text, "the" | "a" | "an" | "but" | "and" | "in");
    if d >= 1
        && (agency || d <= 3 && place)
        && toks[0].kind != Kind::Punct('(')
        && toks[..d].iter().all(plain)
        && toks.len() > d + 1
    {
        toks.drain(..=d);
    }
}

/// Drops the quotation marks around a short phrase inside a noun phrase (a "no limits"
/// partnership, its "iron-clad" ally): the words are the writer's, the quotes only mark
/// them; around a noun before its preposition (Y's "war" on Z) they doubt it, and stay.
/// A quotation that could be speech (an actor or punctuation inside, more than four
/// words, not between two words) keeps its marks, except a phrase of two to four words
/// between a verb and a preposition, which the speaker stated ("pledged "unconditional
/// support" for Y"): its marks go and its words stay apart.
fn drop_scare_quotes<'t>(toks: &mut Vec<Token<'t>>, texts: &'t Texts) {
    // (opening, closing) quotation mark of each scare quote.
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut speech: Vec<(usize, usize)> = Vec::new();
    let mut i = 1;
    while i < toks.len() {
        if toks[i].kind != Kind::Punct('"') {
            i += 1;
            continue;
        }
        let Some(c) = (i + 1..toks.len().min(i + 6)).find(|&k| toks[k].kind != Kind::Word) else {
            i += 1;
            continue;
        };
        let closes = toks[c].kind == Kind::Punct('"');
        // (After a word or a possessive: India's "special" partnership.)
        if closes
            && c > i + 1
            && (toks[i - 1].kind == Kind::Word || toks[i - 1].actor().is_some() && toks[i - 1].poss)
            // (Before the noun they modify: quotes around the head itself, as in Y's "war"
            // on Z, doubt it.)
            && toks.get(c + 1).is_some_and(|t| {
                t.kind == Kind::Word && !is_preposition(t.text) || t.actor().is_some()
            })
        {
            pairs.push((i, c));
        } else if closes
            && c > i + 2
            && toks[i - 1].kind == Kind::Word
            && !matches!(
                toks[i - 1].text,
                "a" | "an" | "the" | "its" | "their" | "his" | "her" | "our" | "this" | "that"
                // (After a modal the quote is a verb phrase, the speaker's threat: would
                // "pay dearly" for.)
                    | "would" | "will" | "could" | "can" | "may" | "might" | "must" | "should"
                    | "to"
            )
            && toks
                .get(c + 1)
                .is_some_and(|t| t.kind == Kind::Word && is_preposition(t.text))
        {
            // A quoted phrase after a verb and before its preposition: the speaker's words,
            // stated ("pledged "unconditional support" for Y"); the words stay apart.
            speech.push((i, c));
        }
        // A pair, scare quote or not, is passed whole.
        i = if closes { c + 1 } else { c };
    }
    if pairs.is_empty() && speech.is_empty() {
        return;
    }
    // The quoted words become one, as if hyphenated: a "no limits" partnership reads as a
    // no-limits one (and its "no" negates nothing).
    let mut keep = vec![true; toks.len()];
    for &(open, close) in &pairs {
        let joined = toks[open + 1..close]
            .iter()
            .map(|t| t.text)
            .collect::<Vec<_>>()
            .join("-");
        toks[open + 1].text = texts.keep(joined);
        keep[open] = false;
        keep[open + 2..=close].fill(false);
    }
    for &(open, close) in &speech {
        keep[open] = false;
        keep[close] = false;
    }
    let mut k = 0;
    toks.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

/// Drops a time adverbial inside a clause ("Qatari mediators on Sunday handed ...", "X late on
/// Wednesday struck ...", "X last week signed ..."): it names no one and only keeps a verb
/// from its subject. One at the clause's edge (before a comma) stays.
fn drop_time_adverbials(toks: &mut Vec<Token>) {
    fn word<'t>(toks: &[Token<'t>], i: usize) -> Option<&'t str> {
        toks.get(i)
            .filter(|t| t.kind == Kind::Word && !t.poss)
            .map(|t| t.text)
    }
    let weekday = |w: &str| crate::words::DAYS.iter().any(|d| d.eq_ignore_ascii_case(w));
    // The length of the adverbial at `i`, or 0.
    let adverbial = |toks: &[Token], i: usize| -> usize {
        // Every adverbial starts with one of these (most words start none: one look at the
        // word, not a compare for each arm below).
        if !matches!(
            word(toks, i),
            Some("late" | "early" | "on" | "earlier" | "later" | "last" | "this")
        ) {
            return 0;
        }
        let mut k = i;
        if matches!(word(toks, k), Some("late" | "early")) && word(toks, k + 1) == Some("on") {
            k += 1;
        }
        // ("on June 24", "on 24 June": a date.)
        let month = |w: &str| {
            crate::words::MONTHS
                .iter()
                .any(|m| m.eq_ignore_ascii_case(w))
        };
        let day = |w: &str| w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit());
        if word(toks, k) == Some("on")
            && (word(toks, k + 1).is_some_and(month) && word(toks, k + 2).is_some_and(day)
                || word(toks, k + 1).is_some_and(day) && word(toks, k + 2).is_some_and(month))
        {
            return k + 3 - i;
        }
        if word(toks, k) == Some("on") && word(toks, k + 1).is_some_and(weekday) {
            k += 2;
            if matches!(
                word(toks, k),
                Some("night" | "morning" | "evening" | "afternoon")
            ) {
                k += 1;
            }
            return k - i;
        }
        if matches!(word(toks, i), Some("earlier" | "later")) && word(toks, i + 1) == Some("this") {
            k = i + 1;
        }
        if matches!(word(toks, k), Some("last" | "this"))
            && matches!(
                word(toks, k + 1),
                Some("week" | "month" | "year" | "weekend")
            )
        {
            return k + 2 - i;
        }
        0
    };
    // The tokens kept, made at the first adverbial (most sentences have none).
    let mut keep: Option<Vec<bool>> = None;
    let mut i = 1;
    while i < toks.len() {
        let n = adverbial(toks, i);
        if n > 0
            && (toks[i - 1].actor().is_some() || toks[i - 1].kind == Kind::Word)
            && toks.get(i + n).is_some_and(|t| t.kind == Kind::Word)
        {
            keep.get_or_insert_with(|| vec![true; toks.len()])[i..i + n].fill(false);
            i += n;
        } else {
            i += 1;
        }
    }
    if let Some(keep) = keep {
        let mut k = 0;
        toks.retain(|_| {
            k += 1;
            keep[k - 1]
        });
    }
}

impl Token<'_> {
    /// A named actor's token: mention `m`, possessive or not.
    pub fn of_actor(m: usize, poss: bool) -> Self {
        Token {
            kind: Kind::Actor(m),
            text: "",
            poss,
            cap: false,
        }
    }
}

fn punct(c: char) -> Token<'static> {
    Token {
        kind: Kind::Punct(c),
        text: "",
        poss: false,
        cap: false,
    }
}

/// Auxiliaries and modals: verbs, but none that starts a clause of its own after a list.
pub const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "did",
    "does",
];

/// Titles before a person's name ("President", "Foreign Minister"): skipped before a list
/// member when capitalised.
const TITLES: &[&str] = &[
    "president",
    "prime",
    "minister",
    "king",
    "queen",
    "emir",
    "crown",
    "prince",
    "general",
    "gen",
    "foreign",
    "defence",
    "defense",
    "secretary",
    "chancellor",
    "premier",
    "supreme",
    "leader",
    "ayatollah",
    "sheikh",
    "commander",
    "chief",
    "marshal",
    "field",
    "colonel",
    "col",
    "sultan",
    "interior",
    "vice",
    "deputy",
    "army",
    "pope",
    "cardinal",
    "envoy",
    "special",
    "ambassador",
    "senator",
    "speaker",
];

/// Prepositions: an actor right after one is governed by it, not a subject.
pub const PREPOSITIONS: &[&str] = &[
    "of",
    "in",
    "on",
    "at",
    "to",
    "from",
    "with",
    "for",
    "against",
    "by",
    "between",
    "into",
    "onto",
    "toward",
    "towards",
    "over",
    "under",
    "near",
    "across",
    "among",
    "amid",
    "along",
    "alongside",
    "behind",
    "beyond",
    "through",
    "throughout",
    "via",
    "within",
    "without",
    "about",
    "upon",
    "like",
    "unlike",
    "than",
    "despite",
    "including",
    "inside",
    "outside",
    "around",
    "against",
    "from",
    "off",
    "per",
    "except",
    "besides",
];

/// Words that end a subject search or an object search: clause and speech boundaries.
/// Verbs of regarding: "X considers Y its ally" (its = X).
pub const REGARDING: &[&str] = &[
    "designated",
    "designates",
    "designate",
    "named",
    "names",
    "counts",
    "counted",
    "count",
    "counting",
    "views",
    "viewed",
    "view",
    "viewing",
    "considers",
    "considered",
    "consider",
    "considering",
    "regards",
    "regarded",
    "regard",
    "regarding",
    "sees",
    "saw",
    "see",
    "seeing",
    "calls",
    "called",
    "call",
    "describes",
    "described",
    "describe",
    "treats",
    "treated",
    "treat",
    "counts",
    "counted",
    "count",
    "names",
    "named",
    "designated",
    "designates",
    "labels",
    "labelled",
    "labeled",
    "brands",
    "branded",
];

const BREAKS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "stated",
    "announced",
    "reported",
    "according",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "when",
    "while",
    "whereas",
    "after",
    "before",
    "because",
    "although",
    "though",
    "but",
    "if",
    "unless",
    "until",
    "as",
    "where",
    "since",
    "whether",
    "so",
    "yet",
    "then",
    "once",
    "meanwhile",
    "however",
    "amid",
    "despite",
    "warned",
    "warns",
    "insisted",
    "insists",
    "claimed",
    "claims",
    "argued",
    "noted",
    "stressed",
    "believes",
    "thinks",
    "thought",
    "hoped",
    "urged",
    "urges",
    "asked",
    "called",
    "calling",
    "saying",
    "adding",
    "accusing",
    "citing",
    "leaving",
    "bringing",
    "ending",
    "killing",
    "reaffirmed",
    "thanked",
    "condemned",
    "welcomed",
    "praised",
    "denounced",
    "criticised",
    "criticized",
    "condemns",
    "condemn",
    "condemning",
    "denounces",
    "welcomes",
    "praises",
    "criticises",
    "criticizes",
    "slammed",
    "slams",
    "hailed",
    "hails",
    "mourned",
    "regrets",
    "regretted",
    "deplored",
    "deplores",
    "lamented",
    "blasted",
];

/// Nouns that stand for the actor before them ("Israeli jets", "Sudan's army").
/// Participles naming who holds a place: "territory held by Y" was Y's.
pub const HOLDING: &[&str] = &["held", "controlled", "occupied"];

/// Parts of a place: "districts of Khartoum" are a place, not the government seated there.
const PLACES: &[&str] = &[
    "districts",
    "district",
    "neighbourhoods",
    "neighborhoods",
    "suburbs",
    "outskirts",
    "parts",
    "areas",
    "streets",
];

/// Nouns of a polity that the name after "of" is ("the breakaway region of Y").
const POLITIES: &[&str] = &[
    "region",
    "republic",
    "province",
    "enclave",
    "territory",
    "entity",
    "statelet",
];

const HEADS: &[&str] = &[
    // A state's military moves: to repel "the Ukrainian incursion" is to repel Ukraine's.
    "incursion",
    "incursions",
    "advance",
    "offensive",
    "onslaught",
    "invasion",
    // A state's territory and assets: an attack on "the Israeli port of Eilat" or "Ukrainian
    // cities" is an attack on the state.
    "city",
    "cities",
    "town",
    "towns",
    "village",
    "villages",
    "port",
    "ports",
    "territory",
    "region",
    "regions",
    "province",
    "provinces",
    "soil",
    "airspace",
    "waters",
    "embassy",
    "consulate",
    "infrastructure",
    "airport",
    "airports",
    "airbase",
    "airbases",
    "refinery",
    "refineries",
    "forces",
    "force",
    "troops",
    "army",
    "armies",
    "military",
    "militaries",
    "government",
    "governments",
    "navy",
    "junta",
    "regime",
    "officials",
    "official",
    "authorities",
    "jets",
    "warplanes",
    "planes",
    "aircraft",
    "fighters",
    "militants",
    "gunmen",
    "rebels",
    "militia",
    "militias",
    "militiamen",
    "soldiers",
    "police",
    "officers",
    "personnel",
    "coast",
    "guard",
    "guards",
    "air",
    "artillery",
    "drones",
    "warships",
    "ships",
    "vessels",
    "mercenaries",
    "separatists",
    "negotiators",
    "delegation",
    "delegations",
    "diplomats",
    "leaders",
    "leader",
    "leadership",
    "rulers",
    "ruler",
    "administration",
    "president",
    "minister",
    "ministry",
    "units",
    "unit",
    "commanders",
    "commander",
    "paramilitaries",
    "insurgents",
    "guerrillas",
    "jihadists",
    "fighter",
    "positions",
    "targets",
    "bases",
    "base",
    "sites",
    "site",
    "outposts",
    "convoy",
    "convoys",
    "patrol",
    "patrols",
    "checkpoint",
    "checkpoints",
    "compound",
    "facilities",
    "facility",
    "strongholds",
    "camps",
    "warship",
    "destroyer",
    "tanker",
    "tankers",
    "ship",
    "vessel",
    "boat",
    "boats",
    "frigate",
    "frigates",
    "destroyers",
    "corvette",
    "pipeline",
    "pipelines",
    "grid",
    "gunboats",
    "tank",
    "tanks",
    "armoured",
    "armored",
    "helicopter",
    "helicopters",
    "submarine",
    "trenches",
    "bunkers",
    "depots",
    "depot",
    "barracks",
    "submarines",
    "brigades",
    "battalions",
    "special",
    "defence",
    "defense",
    "security",
    "intelligence",
    "services",
    "service",
    "proxies",
    "allies",
    "group",
    "movement",
    "faction",
    "outfit",
    "organisation",
    "organization",
    "side",
    "sides",
    "state",
    "envoy",
    "envoys",
    "ambassador",
    "ambassadors",
    "spokesman",
    "spokeswoman",
    "chief",
    "chiefs",
    "generals",
    "general",
    "mediators",
    "mediator",
    "team",
    "teams",
    "administration",
    "cabinet",
    "parliament",
    "embassy",
    "consulate",
    "border",
    "operatives",
    "agents",
    "spies",
    "hackers",
    "missiles",
    "rockets",
    "batteries",
    "naval",
    "ground",
    "armed",
    "coalition",
    "counterparts",
    "counterpart",
    "foreign",
    "prime",
    "national",
    "emergency",
    "elite",
    "republican",
];

/// Nouns after a state's name or demonym that name people of the state who are not its
/// government: "Haiti's gangs", "Syrian rebels", "Belarusian opposition".
const NOT_THE_STATE: &[&str] = &[
    // "our Syrian partners": those a speaker works with in a state, not the state.
    "partners",
    // "the Lebanese group", "a Palestinian faction": a group of that nationality.
    "group",
    "groups",
    "faction",
    "factions",
    "outfit",
    "gunmen",
    "assailants",
    "gang",
    "gangs",
    "rebel",
    "rebels",
    "insurgent",
    "insurgents",
    "militants",
    "militia",
    "militias",
    "paramilitaries",
    "separatist",
    "separatists",
    "jihadists",
    "opposition",
    "protesters",
    "protestors",
    "dissidents",
    "guerrillas",
    "extremists",
    "islamists",
    "cartel",
    "cartels",
    "pirates",
    "smugglers",
    "traffickers",
    "criminals",
    "tribes",
    "tribesmen",
    "clans",
    "exiles",
];

/// Words after "⟨A⟩-" that leave the actor itself in place (a thing of it: "⟨A⟩-flagged",
/// "⟨A⟩-owned", "⟨A⟩-based").
const OWNED: &[&str] = &["flagged", "owned", "based", "operated", "run", "led"];

/// Relational nouns whose possessor is not the noun phrase's referent ("Israel's militia ally").
pub const ALLY_NOUNS: &[&str] = &[
    "ally",
    "allies",
    "proxy",
    "proxies",
    "partner",
    "partners",
    "client",
    "clients",
    "surrogate",
    "surrogates",
];

/// Participles whose "by" agent authors the weapon or operation they follow ("missiles fired
/// by X", "an offensive led by X").
const AUTHORED: &[&str] = &[
    "launched",
    "fired",
    "led",
    "announced",
    "imposed",
    "carried",
    "conducted",
    "mounted",
    "dropped",
    "planted",
    "flown",
    "piloted",
    "ordered",
    "staged",
    "waged",
    "unleashed",
];

/// Words after "⟨A⟩-" that make the noun after them A's client or product ("Iran-backed
/// militias", "Rwanda-backed M23", "Iranian-made drones"): the actor before the hyphen only
/// modifies what follows.
pub const SUPPORT_COMPOUNDS: &[&str] = &[
    "backed",
    "aligned",
    "allied",
    "supported",
    "sponsored",
    "funded",
    "armed",
    "trained",
    "affiliated",
    "linked",
    "inspired",
    "made",
    "built",
    "supplied",
];

/// Plural nouns of the members of a group or of a state's forces ("militants from Y",
/// "troops in Y fighting alongside Z").
pub const MEMBERS: &[&str] = &[
    "militants",
    "fighters",
    "members",
    "soldiers",
    "troops",
    "forces",
    "rebels",
    "insurgents",
    "jihadists",
    "gunmen",
    "commanders",
    "operatives",
];

/// Conjunctions that open a subordinate clause: where a clause starts, and what a fronted
/// clause ("Although X has not joined ..., it has ...") opens.
const SUBORDINATORS: &[&str] = &[
    "although", "though", "while", "whereas", "because", "after", "before", "when", "since", "as",
    "until",
];

/// A state's own forces and officials: after its demonym they stand for it even where an
/// actor before a noun is otherwise a mere modifier ("a Rwandan militia").
const STATE_FORCES: &[&str] = &[
    // ("Air defences of the Saudi-led coalition intercepted ...")
    "defences",
    "defenses",
    "soldiers",
    "troops",
    "forces",
    "army",
    "police",
    "navy",
    "officers",
    "officials",
    "diplomats",
    "peacekeepers",
    "warships",
    "frigates",
    "destroyers",
    "submarines",
    "sailors",
    "jets",
    "warplanes",
    "drones",
    "aircraft",
    "artillery",
    "vessels",
    "missiles",
];

/// A state's organs that still stand for it after one modifier ("Sudan's army-backed
/// government", "Mali's transitional authorities").
const MODIFIED_ORGANS: &[&str] = &[
    "government",
    "administration",
    "cabinet",
    "authorities",
    "regime",
    "junta",
    "army",
    "military",
    "leadership",
    // ("Pakistan's military establishment")
    "establishment",
    // What a state fights with: "Ukraine's long-range drones hit ...".
    "forces",
    "troops",
    "navy",
    "drones",
    "missiles",
    "rockets",
    "jets",
    "warplanes",
    "warships",
    "artillery",
];

/// Modifiers that make an organ someone else's or a rival's ("Iran's proxy forces", "Libya's
/// rival government"): the possessor is then no actor of the clause.
const NOT_OWN: &[&str] = &[
    "proxy",
    "allied",
    "client",
    "partner",
    "rebel",
    "opposition",
    "rival",
    "parallel",
    "breakaway",
    "exiled",
    "former",
    "ousted",
    "puppet",
    "pro-russian",
    "pro-iranian",
    "pro-western",
];

/// Spans of time that head a noun phrase of events ("a year of strikes", "months of fighting").
pub const DURATIONS: &[&str] = &[
    "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
    "night", "nights", "hour", "hours",
];

/// Collective nouns whose "of" phrase names who they are ("a convoy of Malian soldiers").
const GROUPS_OF: &[&str] = &[
    // "the governments of X and Y signed": who governs or leads them.
    "governments",
    "leaders",
    "juntas",
    // "the government of Mali hired ...": one state's too.
    "government",
    "president",
    "leader",
    "junta",
    "army",
    "military",
    "authorities",
    "forces",
    "troops",
    // "the Sahel states of Mali, Burkina Faso and Niger": the states themselves.
    "states",
    "countries",
    "nations",
    "presidents",
    "ministers",
    "armies",
    "militaries",
    "delegations",
    "convoy",
    "column",
    "patrol",
    "unit",
    "contingent",
    "group",
    "team",
    "delegation",
    "detachment",
    "battalion",
    "squad",
    "platoon",
    "fleet",
    "flotilla",
    // "the separatists of the Donetsk People's Republic shelled ...": the group itself.
    "separatists",
    "factions",
];

/// Nouns of the people a side sends to talks ("envoys of X and Y met", "brought together the
/// delegations of X and Y"): who they are of is who meets.
pub const DELEGATES: &[&str] = &[
    "envoys",
    "delegations",
    "delegates",
    "representatives",
    "negotiators",
    "officials",
];

/// Words a subject may be separated from its verb by (auxiliaries, adverbs, time words).
fn gap_word(w: &str) -> bool {
    !is_break(w)
}

/// Whether `w` is a state's forces or officials ("troops", "warships", "diplomats").
pub fn is_state_forces(w: &str) -> bool {
    crate::word_set!(STATE_FORCES).contains(w)
}

/// Whether `w` is a head noun that stands for the actor before it.
pub fn is_head(w: &str) -> bool {
    crate::word_set!(HEADS).contains(w)
}

/// Whether `w` is an adjective of region ("southern Libya", "north-eastern Nigeria").
pub fn is_region(w: &str) -> bool {
    crate::word_set!(crate::words::REGIONS).contains(w)
}

/// Whether `w` is a preposition.
pub fn is_preposition(w: &str) -> bool {
    crate::word_set!(PREPOSITIONS).contains(w)
}

/// Whether `w` is a preposition of place that puts an actor where something happens ("in
/// Iraq", "across Y"), not among those who act.
pub fn is_place_preposition(w: &str) -> bool {
    matches!(w, "in" | "inside" | "across" | "throughout")
}

/// Whether `w` ends a clause for argument searches.
pub fn is_break(w: &str) -> bool {
    crate::word_set!(BREAKS).contains(w)
}

/// Nouns of help given beside another's act ("with Qatari help").
const HELP: &[&str] = &["help", "assistance", "support", "backing", "aid"];

/// A list of actors: "Hamas, Hezbollah and the Houthis".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct List {
    /// Mention indices in order.
    pub members: Vec<usize>,
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The list ends in a possessive ("Iran's").
    pub poss: bool,
}

impl List {
    /// The one mention `m` at token `at` ("pro-⟨Iranian⟩ Hezbollah": the patron alone).
    pub fn one(m: usize, at: usize) -> List {
        List {
            members: vec![m],
            start: at,
            end: at + 1,
            poss: false,
        }
    }

    /// Whether this list and `other` name an actor in common (then neither can be the
    /// other's counterpart in a relation).
    pub fn shares(&self, other: &List) -> bool {
        self.members.iter().any(|m| other.members.contains(m))
    }

    /// This list and `other` as one ("X and Y" read apart, then together): the members of
    /// both, each once, over the span from this list's start to the later end.
    pub fn joined(&self, other: &List) -> List {
        let mut members = self.members.clone();
        for &m in &other.members {
            if !members.contains(&m) {
                members.push(m);
            }
        }
        List {
            members,
            start: self.start.min(other.start),
            end: self.end.max(other.end),
            poss: false,
        }
    }
}

/// A tokenized sentence with what the argument searches need. Its tokens' texts are kept in
/// the [`Texts`] it was tokenized with.
#[derive(Debug, Clone)]
pub struct Sentence<'t> {
    /// The tokens.
    pub toks: Vec<Token<'t>>,
    /// Kind of each mention's actor.
    pub kinds: Vec<ActorKind>,
    /// The actor each mention names (a pronoun's mention names its antecedent's actor).
    pub ids: Vec<crate::gazetteer::ActorIdx>,
    /// Tokens that are verbs the lexicon knows (finite or not), which end a list.
    pub verbs: Vec<bool>,
    /// Mentions that can modify a noun from afar: demonyms ("Houthi drone and missile attack").
    pub adjectival: Vec<bool>,
    /// Mentions by a demonym ("Syrian"): before a noun that is not a head ("the Syrian
    /// people") they modify it and are no argument.
    pub demonym: Vec<bool>,
    /// Mentions by a state's demonym with a group noun absorbed ("the Lebanese movement"):
    /// a group of that nationality, not the state.
    pub nationality_group: Vec<bool>,
    /// Actors composed from a state and an agent noun ("Iran-backed militias"), as
    /// (composed mention, the state's mention, the word of support): see `relations::generic`.
    /// The agent noun as the text wrote it ("fighters") is the fourth.
    pub composed: Vec<(usize, usize, String, String)>,
    /// Mentions of a state that only names who owns or made a thing ("a Greek-owned ship"),
    /// turned into plain words, and derived groups a "pro-" compound recomposed ("pro-Iranian
    /// militias"): no party to any clause.
    pub owned: Vec<usize>,
}

/// Options of a subject search.
#[derive(Debug, Clone, Copy)]
pub struct Left {
    /// Words that may stand between the subject and the word.
    pub max_gap: usize,
    /// Skip over actors governed by a preposition instead of giving up.
    pub skip_governed: bool,
    /// Skip over actors that modify a following noun ("a Rwandan militia").
    pub skip_modifiers: bool,
}

impl Sentence<'_> {
    /// Adds a mention that stands for an actor named elsewhere (a pronoun's antecedent, an
    /// earlier event's party): never adjectival, never a demonym.
    pub fn push_mention(&mut self, kind: ActorKind, id: crate::gazetteer::ActorIdx) {
        self.kinds.push(kind);
        self.ids.push(id);
        self.adjectival.push(false);
        self.demonym.push(false);
        self.nationality_group.push(false);
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// No tokens.
    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    fn word(&self, i: usize) -> Option<&str> {
        self.toks.get(i).and_then(Token::word)
    }

    /// The word at token `i`, if it is one.
    pub fn word_at(&self, i: usize) -> Option<&str> {
        self.word(i)
    }

    /// Whether token `i` is the word `w`.
    pub fn word_is(&self, i: usize, w: &str) -> bool {
        self.is(i, w)
    }

    fn is(&self, i: usize, w: &str) -> bool {
        self.toks.get(i).is_some_and(|t| t.is(w))
    }

    /// The punctuation at token `i`, if it is some.
    pub fn punct(&self, i: usize) -> Option<char> {
        self.toks.get(i).and_then(Token::punct)
    }

    /// Whether mention `q`, right before mention `m`, only qualifies it: a possessor, or a
    /// state before an actor of another kind ("Russian President Vladimir Putin").
    fn qualifies(&self, q: usize, m: usize, poss: bool) -> bool {
        poss || self.kinds.get(q) == Some(&ActorKind::State)
            && self.kinds.get(m).is_some_and(|k| *k != ActorKind::State)
    }

    /// The member starting at `i` (after an optional "the"): (mention, end, possessive).
    pub fn member_fwd(&self, i: usize) -> Option<(usize, usize, bool)> {
        let mut j = i;
        // "and several Iraqi militias": a quantifier before a member.
        while matches!(
            self.word(j),
            Some("the" | "both" | "several" | "some" | "many" | "various" | "numerous")
        ) {
            j += 1;
        }
        let mut titles = 0;
        while titles < 4
            && self.toks.get(j).is_some_and(|t| t.cap)
            && self
                .word(j)
                .is_some_and(|w| crate::word_set!(TITLES).contains(w))
        {
            j += 1;
            titles += 1;
        }
        let t = self.toks.get(j)?;
        let mut m = t.actor()?;
        let mut poss = t.poss;
        j += 1;
        // "Russian President Vladimir Putin", "Afghanistan's Taliban": a state's name before
        // an actor of another kind qualifies it; the member is the second.
        if let Some(n) = self.toks.get(j).and_then(Token::actor) {
            if self.qualifies(m, n, poss) {
                m = n;
                poss = self.toks[j].poss;
                j += 1;
            }
        }
        // "and the Rwanda-backed M23": the member is what the compound modifies.
        if self.punct(j) == Some('-')
            && self
                .word(j + 1)
                .is_some_and(|w| SUPPORT_COMPOUNDS.contains(&w))
        {
            if let Some(n) = self.toks.get(j + 2).and_then(Token::actor) {
                m = n;
                poss = self.toks[j + 2].poss;
                j += 3;
            }
        }
        // "⟨A⟩-flagged", "⟨A⟩-owned", "⟨A⟩-based": still the actor (a thing of it).
        if self.punct(j) == Some('-') && self.word(j + 1).is_some_and(|w| OWNED.contains(&w)) {
            j += 2;
            poss = false;
        }
        // "Sudan's army-backed government", "Libya's interim authorities": one modifier
        // before the state's own organ.
        if poss && self.own_organ_after(j) {
            j += 2;
            poss = false;
        }
        while let Some(w) = self.word(j) {
            if is_head(w) && !self.verbs[j] {
                j += 1;
                poss = false;
            } else {
                break;
            }
        }
        Some((m, j, poss))
    }

    /// The actor a generic noun phrase ending at `k` stands in apposition to: "Jaish-e-Mohammed,
    /// a militant group (that ...)", "the Houthis, the movement (which ...)".
    fn apposed_anchor(&self, k: usize) -> Option<List> {
        // "X, a network of Iran-funded militias that ...": the collective holds the members.
        let k = match self.word(k) {
            Some("militias" | "groups" | "factions" | "fighters" | "militants" | "rebels") => (k
                .saturating_sub(5)
                ..k)
                .rfind(|&o| self.is(o, "of"))
                .filter(|&o| o >= 1 && (o + 1..k).all(|c| self.toks[c].kind != Kind::Punct(',')))
                .map_or(k, |o| o - 1),
            _ => k,
        };
        if !self.word(k).is_some_and(|w| {
            matches!(
                w,
                "group"
                    | "movement"
                    | "militia"
                    | "organisation"
                    | "organization"
                    | "faction"
                    | "outfit"
                    | "network"
                    | "force"
                    | "coalition"
                    | "alliance"
            )
        }) {
            return None;
        }
        let d = (k.saturating_sub(3)..k)
            .rev()
            .find(|&d| matches!(self.word(d), Some("a" | "an" | "the")))?;
        if !(d + 1..k).all(|c| {
            self.word(c)
                .is_some_and(|w| !is_break(w) && !is_preposition(w))
        }) || d < 2
            || self.punct(d - 1) != Some(',')
        {
            return None;
        }
        self.list_back(d - 2).filter(|l| !l.poss)
    }

    /// Whether the words at `j` are one modifier and a state's own organ ("army-backed
    /// government", "interim authorities"), which a possessive before them stands for.
    fn own_organ_after(&self, j: usize) -> bool {
        self.word(j + 1)
            .is_some_and(|w| crate::word_set!(MODIFIED_ORGANS).contains(w))
            && self.word(j).is_some_and(|w| {
                !is_head(w)
                    && !is_preposition(w)
                    && !is_break(w)
                    && !crate::word_set!(NOT_OWN).contains(w)
            })
            && !self.verbs[j]
            && !self.verbs[j + 1]
    }

    /// Whether the actor at `i` is the possessor of its ally or proxy ("the commander of
    /// Riyadh's tribal allies"): the noun phrase names the ally, not the possessor.
    pub fn possessor_of_ally(&self, i: usize) -> bool {
        self.toks[i].poss
            && (1..=2).any(|d| {
                (1..d).all(|k| {
                    self.word(i + k)
                        .is_some_and(|w| !is_preposition(w) && !is_break(w))
                }) && self
                    .word(i + d)
                    .is_some_and(|w| crate::word_set!(ALLY_NOUNS).contains(w))
            })
    }

    /// Whether the state at `i` modifies, within three words, a noun of people who are not
    /// the state: "Haiti's armed gangs", "Syrian rebels", "our Iraqi partners".
    fn not_the_state(&self, i: usize) -> bool {
        self.toks[i]
            .actor()
            .is_some_and(|m| self.kinds.get(m) == Some(&ActorKind::State))
            && (1..=3).any(|d| {
                (1..d).all(|k| {
                    self.word(i + k)
                        .is_some_and(|w| !is_preposition(w) && !is_break(w) && w != "and")
                }) && self
                    .word(i + d)
                    .is_some_and(|w| crate::word_set!(NOT_THE_STATE).contains(w))
            })
    }

    /// Whether the actor at `i` is a demonym modifying a noun that does not stand for it ("the
    /// Syrian people", "Afghan civilians", "a Cambodian refugee camp").
    pub fn modifier_only(&self, i: usize) -> bool {
        let Some(m) = self.toks.get(i).and_then(Token::actor) else {
            return false;
        };
        if self.not_the_state(i) {
            return true;
        }
        if !self.demonym.get(m).copied().unwrap_or(false) || self.toks[i].poss {
            return false;
        }
        // "Russian civilian advisers": the state's civilians are not the state.
        if self.word(i + 1) == Some("civilian") {
            return true;
        }
        // "Ethiopian federal forces", "Russian special forces": a head after one or two
        // adjectives still stands for the actor.
        let plain = |k: usize| {
            self.word(k).is_some_and(|w| {
                !is_preposition(w)
                    && !is_break(w)
                    && !matches!(w, "and" | "or")
                    && !self.verbs.get(k).copied().unwrap_or(false)
            })
        };
        if (2..=3).any(|d| (1..d).all(|k| plain(i + k)) && self.word(i + d).is_some_and(is_head)) {
            return false;
        }
        // "Iranian nuclear and military sites": two adjectives joined by "and".
        if plain(i + 1)
            && self.is(i + 2, "and")
            && plain(i + 3)
            && self.word(i + 4).is_some_and(is_head)
        {
            return false;
        }
        match self.word(i + 1) {
            Some(w) => {
                !is_head(w)
                    && !is_preposition(w)
                    && !is_break(w)
                    && !matches!(w, "and" | "or")
                    && !self.verbs.get(i + 1).copied().unwrap_or(false)
            }
            None => false,
        }
    }

    /// Whether tokens from `k` are actors ("A and B", by name or demonym) whose officials or
    /// sources report: "A and B officials say", "A officials said", "B told".
    fn speakers_at(&self, k: usize) -> bool {
        let mut k = k;
        while self.toks.get(k).is_some_and(|t| t.actor().is_some()) || self.is(k, "and") {
            k += 1;
        }
        if self.is(k, "officials") || self.is(k, "sources") || self.is(k, "diplomats") {
            k += 1;
        }
        k > 0
            && self.toks[k - 1].word().is_none_or(|w| w != "and")
            && matches!(self.word(k), Some("say" | "says" | "said" | "told"))
    }

    /// Whether the actor list at `start`, governed by `p`, names the forces heading a clause:
    /// "Fighters from the Wagner Group have fought ...", "Fighters of the Africa Corps fought
    /// ..." ("of" only at the sentence's or a clause's start, not in an object: "killed 15
    /// fighters of X in a joint operation").
    pub fn forces_heading(&self, start: usize, p: &str) -> bool {
        if start == 0 {
            return false;
        }
        let from_at = start - 1 - usize::from(self.is(start - 1, "the"));
        if from_at == 0 {
            return false;
        }
        // Where the forces' noun phrase starts: "Air defences of X", "Naval forces of X".
        let head = from_at - 1;
        let lead = if head >= 1
            && self
                .word(head - 1)
                .is_some_and(|w| matches!(w, "air" | "naval" | "ground" | "special" | "elite"))
        {
            head - 1
        } else {
            head
        };
        let of_start = p == "of" && (lead == 0 || self.punct(lead - 1).is_some());
        (p == "from" || of_start)
            && (self.is(from_at, "from") || self.is(from_at, "of"))
            && self.word(head).is_some_and(|w| {
                crate::word_set!(STATE_FORCES).contains(w)
                    || matches!(w, "fighters" | "mercenaries" | "militants")
            })
            && (lead == 0
                || self.punct(lead - 1).is_some()
                || self.word(lead - 1).is_some_and(|w| {
                    matches!(
                        w,
                        "the"
                            | "but"
                            | "and"
                            | "as"
                            | "while"
                            | "when"
                            | "after"
                            | "before"
                            | "since"
                            | "until"
                            | "where"
                            | "because"
                    ) || w.bytes().all(|b| b.is_ascii_digit() || b == b',')
                }))
    }

    /// The actor at `i` is the agent of a participle that qualifies a noun before it ("drones
    /// supplied by Iran", "rockets made by the UAE"): a reduced relative clause, not a
    /// passive of the clause ("were supplied by").
    pub fn reduced_agent(&self, i: usize) -> bool {
        let by = i.saturating_sub(1 + usize::from(self.is(i.wrapping_sub(1), "the")));
        if by < 2 || !self.is(by, "by") {
            return false;
        }
        let participle = self.word(by - 1).is_some_and(|w| {
            (w.len() > 4 && w.ends_with("ed"))
                || matches!(
                    w,
                    "made" | "built" | "sold" | "sent" | "given" | "bought" | "paid" | "flown"
                )
        });
        participle
            && self.word(by - 2).is_some_and(|n| {
                !self.verbs[by - 2]
                    && !is_preposition(n)
                    && !is_break(n)
                    && !matches!(
                        n,
                        "was" | "were" | "been" | "be" | "being" | "is" | "are" | "get" | "got"
                    )
            })
    }

    /// The list of actors starting at `i`. A list of more than one member ends with a
    /// conjunction before its last member ("A, B and C"); "A, B's ally" is no list.
    pub fn list_fwd(&self, i: usize) -> Option<List> {
        let (m, end, poss) = self.member_fwd(i)?;
        // (mention, end, possessive, joined to the one before by a conjunction), one list of
        // four rather than two lists.
        let mut members = vec![(m, end, poss, false)];
        let mut cur = end;
        let mut tail = false;
        loop {
            // "Hamas in Gaza, the Houthis in Yemen and ...": a member's place before the next
            // separator is the member's, not a member.
            let state = |m: usize| self.kinds.get(m) == Some(&ActorKind::State);
            if self.is(cur, "in")
                && !state(members[members.len() - 1].0)
                && self
                    .toks
                    .get(cur + 1)
                    .is_some_and(|t| t.actor().is_some_and(state) && !t.poss)
                && self
                    .separator_at(cur + 2)
                    .and_then(|after| self.member_fwd(after))
                    .is_some_and(|(m, _, _)| !state(m))
            {
                cur += 2;
            }
            let Some(after) = self.separator_at(cur) else {
                break;
            };
            // "... to fight the M23, Burundian and Congolese officials say": names after a
            // comma whose officials report are the speakers, not members.
            if self.punct(cur) == Some(',') && self.speakers_at(after) {
                break;
            }
            let is_conj = self.punct(cur) != Some(',') || after > cur + 1;
            // A member after ", and" that follows a single member and comes before any verb,
            // an auxiliary too, starts a new clause ("cut ties with Israel, and Hamas welcomed
            // the move"; "X, Y, and Z are allies" stays one list).
            // A subject pronoun is never a list's member: "..., and it receives" starts a
            // clause whatever the number of members before.
            let starts_clause = self.clause_pronoun(cur, after)
                || members.len() == 1
                    && self.punct(cur) == Some(',')
                    && after == cur + 2
                    && self.member_fwd(after).is_some_and(|(_, e2, p2)| {
                        // ("..., and Abu Dhabi calls the case a stunt": a third-person
                        // form too.)
                        !p2 && self.word(e2).is_some_and(|w| {
                            self.verbs[e2]
                                || w.len() > 3
                                    && (w.ends_with("ed") || w.ends_with('s') && !w.ends_with("ss"))
                        })
                    });
            match self.member_fwd(after) {
                // A member followed by a verb of its own starts a new clause ("X attacked Y
                // and Z struck W").
                Some((m2, e2, p2)) if !self.verb_of_its_own(e2) && !starts_clause => {
                    members.push((m2, e2, p2, is_conj));
                    cur = e2;
                }
                // "Hezbollah, the Houthis, and allied militias in Iraq": one adjective before
                // the last member of a list of three or more.
                _ if is_conj
                    && members.len() >= 2
                    && self.toks.get(after).is_some_and(|t| {
                        t.kind == Kind::Word
                            && !t.cap
                            && !is_break(t.text)
                            && !is_preposition(t.text)
                    })
                    && self
                        .member_fwd(after + 1)
                        .is_some_and(|(_, e2, _)| e2 == after + 2 && !self.verb_of_its_own(e2)) =>
                {
                    let (m2, e2, p2) = self.member_fwd(after + 1).expect("checked");
                    members.push((m2, e2, p2, is_conj));
                    cur = e2;
                }
                _ => {
                    // "Hamas, Hezbollah, the Houthis, and affiliated groups": a list of
                    // actors closed by a generic member after ", and".
                    // ("including Hezbollah, the Houthis and militias in Iraq": without the
                    // serial comma too.)
                    tail = is_conj
                        && (self.punct(cur) == Some(',') || self.is(cur, "and"))
                        && members.len() >= 2
                        && self
                            .toks
                            .get(after)
                            .is_some_and(|t| t.kind == Kind::Word && !t.cap && !is_break(t.text))
                        // "and allied militias": a participle before a noun is an adjective.
                        && (!self.verbs.get(after).copied().unwrap_or(false)
                            || self.toks.get(after + 1).is_some_and(|t| {
                                t.kind == Kind::Word && !is_break(t.text) && !is_preposition(t.text)
                            }));
                    break;
                }
            }
        }
        // Keep the members up to the last one joined by a conjunction.
        let last = if tail {
            members.len() - 1
        } else {
            members.iter().rposition(|&(_, _, _, c)| c).unwrap_or(0)
        };
        members.truncate(last + 1);
        let (_, end, poss, _) = *members.last().expect("one member");
        Some(List {
            members: members.into_iter().map(|(m, _, _, _)| m).collect(),
            start: i,
            end,
            poss,
        })
    }

    /// Whether token `e` is a verb that starts a clause of its own after a list member ("X
    /// attacked Y and Z struck W"); auxiliaries ("between X and Y was") are not.
    fn verb_of_its_own(&self, e: usize) -> bool {
        self.verbs.get(e).copied().unwrap_or(false)
            && !self
                .word(e)
                .is_some_and(|w| crate::word_set!(AUXILIARIES).contains(w))
    }

    /// Whether the separator at `sep` is a comma (", and") and a resolved subject pronoun
    /// ("it", "they") stands at `at` after it: a new clause, never a list's next member.
    fn clause_pronoun(&self, sep: usize, at: usize) -> bool {
        self.punct(sep) == Some(',')
            && self
                .toks
                .get(at)
                .is_some_and(|t| t.actor().is_some() && matches!(t.text, "it" | "they"))
    }

    /// Whether token `k` is "since" as an adverb after an auxiliary ("X has since hired"),
    /// not the conjunction that opens a clause.
    fn since_adverb(&self, k: usize) -> bool {
        self.is(k, "since") && k >= 1 && matches!(self.word(k - 1), Some("has" | "have" | "had"))
    }

    /// Whether the connective at `k` is an adverb inside its clause, between the subject (or
    /// an auxiliary) and the verb, not a clause's start: "Russia then invaded Y", "India has
    /// meanwhile deepened ties with Y", "X has once again attacked Y", "X has since fought Y".
    fn mid_adverb(&self, k: usize) -> bool {
        if self.since_adverb(k) {
            return true;
        }
        let Some(w) = self.word(k) else {
            return false;
        };
        if !matches!(w, "then" | "meanwhile" | "once" | "however") || k == 0 {
            return false;
        }
        let aux = |i: usize| {
            matches!(
                self.word(i),
                Some("has" | "have" | "had" | "is" | "are" | "was" | "were" | "will" | "would")
            )
        };
        let before = self.toks[k - 1].actor().is_some() || aux(k - 1);
        // (A verb the finite-verb marks miss: the first word of a phrase trigger.)
        let verb = |i: usize| {
            self.verbs.get(i).copied().unwrap_or(false)
                || self
                    .word(i)
                    .is_some_and(|v| v.len() > 4 && v.ends_with("ed"))
        };
        let after = if w == "once" {
            self.is(k + 1, "again") || aux(k - 1) && verb(k + 1)
        } else {
            verb(k + 1)
        };
        before && after
    }

    /// If a list separator starts at `i`, the index after it.
    fn separator_at(&self, i: usize) -> Option<usize> {
        match (self.punct(i), self.word(i)) {
            (Some(','), _) => {
                if self.is(i + 1, "and") || self.is(i + 1, "or") {
                    Some(i + 2)
                } else {
                    Some(i + 1)
                }
            }
            (Some('/'), _) => Some(i + 1),
            (_, Some("and" | "or" | "&")) => Some(i + 1),
            (_, Some("as")) if self.is(i + 1, "well") && self.is(i + 2, "as") => Some(i + 3),
            (_, Some("along")) if self.is(i + 1, "with") => Some(i + 2),
            _ => None,
        }
    }

    /// The list whose last member ends at token `j` (inclusive): `j` is an actor or a head
    /// noun after one.
    pub fn list_back(&self, j: usize) -> Option<List> {
        let (mut start, first) = self.member_back(j)?;
        let end = self
            .member_fwd(start)
            .map_or(j + 1, |(_, e, _)| e.max(j + 1));
        let poss = self.toks[j].poss && self.toks[j].actor().is_some();
        let mut members = vec![first];
        let mut first_sep = true;
        // "Iran's support for Hezbollah and its backing of Y": a possessive pronoun opens a noun
        // phrase of its own; it ends no list.
        let pronoun = poss && matches!(self.toks[j].text, "its" | "his" | "her");
        loop {
            if start == 0 || pronoun {
                break;
            }
            // Separators before `start`; the one before the last member is a conjunction.
            let (sep_start, ok) = match (self.punct(start - 1), self.word(start - 1)) {
                (Some(','), _) => (start - 1, !first_sep),
                (_, Some("and" | "or" | "&")) => {
                    if start >= 2 && self.punct(start - 2) == Some(',') {
                        (start - 2, true)
                    } else {
                        (start - 1, true)
                    }
                }
                _ => (start, false),
            };
            if !ok || sep_start == 0 {
                break;
            }
            // "Mali quit ECOWAS, and Russia is an ally of Mali": after ", and" before a verb, one
            // member alone before the comma is another clause's ("X, Y, and Z are" is a list).
            // A subject pronoun after the separator always starts one ("..., and it").
            let new_clause = self.clause_pronoun(sep_start, start)
                || first_sep
                    && sep_start + 2 == start
                    && self
                        .word(end)
                        .is_some_and(|w| self.verbs[end] || w.len() > 3 && w.ends_with("ed"));
            match self.member_back(sep_start - 1) {
                Some((s, _)) if new_clause && (s == 0 || self.punct(s - 1) != Some(',')) => break,
                Some((s, m)) if self.member_fwd(s).is_some_and(|(_, e, _)| e == sep_start) => {
                    members.push(m);
                    start = s;
                    first_sep = false;
                }
                _ => break,
            }
        }
        members.reverse();
        Some(List {
            members,
            start,
            end,
            poss,
        })
    }

    /// The member ending at `j`: (start token incl. "the", mention).
    fn member_back(&self, j: usize) -> Option<(usize, usize)> {
        let mut k = j;
        while self.word(k).is_some_and(is_head) && k > 0 {
            k -= 1;
        }
        if k >= 2
            && self.punct(k - 1) == Some('-')
            && self.word(k).is_some_and(|w| OWNED.contains(&w))
        {
            k -= 2;
        }
        // "Sudan's army-backed government": one modifier before the state's own organ.
        let modified = k >= 1
            && k < j
            && self.toks[k - 1].poss
            && self.toks[k - 1].actor().is_some()
            && self.own_organ_after(k);
        if modified {
            k -= 1;
        }
        let m = self.toks.get(k)?.actor()?;
        if k < j && self.toks[k].poss && !self.word(k + 1).is_some_and(is_head) && !modified {
            return None;
        }
        let mut s = k;
        // "Pakistan and Afghanistan's Taliban government": the possessor belongs to the
        // member's words ("X and Y's Z" lists X and Z).
        if s > 0 {
            if let Some(q) = self.toks[s - 1].actor() {
                if self.qualifies(q, m, self.toks[s - 1].poss) {
                    s -= 1;
                }
            }
        }
        while s > 0 && matches!(self.word(s - 1), Some("the" | "both")) {
            s -= 1;
        }
        Some((s, m))
    }

    /// "X leads a coalition that ...", "X formed an alliance which ...": the leader of the
    /// body named by the noun at `k`, who acts through it.
    fn leader_of(&self, k: usize) -> Option<List> {
        if !matches!(
            self.word(k),
            Some("coalition" | "alliance" | "bloc" | "force" | "group" | "grouping")
        ) {
            return None;
        }
        let mut v = k;
        while v > 0 && k - v < 4 {
            v -= 1;
            match self.word(v) {
                Some(
                    "leads" | "led" | "lead" | "leading" | "heads" | "headed" | "head" | "heading"
                    | "formed" | "forms" | "assembled" | "built" | "created",
                ) => {
                    return self.agent_left(
                        v,
                        Left {
                            max_gap: 4,
                            skip_governed: false,
                            skip_modifiers: false,
                        },
                    );
                }
                Some(w) if !is_break(w) && !is_preposition(w) && !self.verbs[v] => {}
                _ => return None,
            }
        }
        None
    }

    /// The preposition governing the list starting at `start`, if any.
    pub fn governor(&self, start: usize) -> Option<&str> {
        let mut k = start;
        while k > 0 && matches!(self.word(k - 1), Some("the")) {
            k -= 1;
        }
        // "from southern Libya": one adjective of region between.
        if k > 1 && self.word(k - 1).is_some_and(is_region) {
            k -= 1;
            while k > 0 && matches!(self.word(k - 1), Some("the")) {
                k -= 1;
            }
        }
        k.checked_sub(1)
            .and_then(|p| self.word(p))
            .filter(|w| is_preposition(w))
    }

    /// The actor an apposition describes, for a participle at `t` right after the
    /// apposition's head noun: "X, a militia aligned with Y", "X, one of the groups fighting
    /// for Y" give X (whatever X's own role in the clause).
    pub fn apposition_holder(&self, t: usize) -> Option<List> {
        let head = self.word(t.checked_sub(1)?)?;
        if self.verbs[t - 1] || is_break(head) || is_preposition(head) {
            return None;
        }
        let mut k = t - 1;
        loop {
            k = k.checked_sub(1)?;
            if t - k > 9 {
                return None;
            }
            if self.punct(k) == Some(',') {
                break;
            }
            // Words of one noun phrase, with "of" ("one of the most powerful of the militias").
            let w = self.word(k)?;
            if self.verbs[k] || is_break(w) || is_preposition(w) && w != "of" {
                return None;
            }
        }
        if k == 0
            || !matches!(
                self.word(k + 1),
                Some("a" | "an" | "one" | "the" | "another")
            )
        {
            return None;
        }
        self.list_back(k - 1)
            .filter(|l| !l.poss && l.end == k && l.members.len() == 1)
    }

    /// The subject of the word at token `t`: the nearest actor list to its left in the same
    /// clause, across auxiliaries, adverbs and time words, appositions and relative clauses.
    pub fn agent_left(&self, t: usize, opts: Left) -> Option<List> {
        let mut i = t;
        let mut gap = 0;
        while i > 0 {
            i -= 1;
            let tok = &self.toks[i];
            match tok.kind {
                Kind::Actor(_) | Kind::Word
                    if tok.actor().is_some()
                        || (tok.word().is_some_and(is_head) && self.member_back(i).is_some()) =>
                {
                    let Some(l) = self.list_back(i) else {
                        gap += 1;
                        continue;
                    };
                    if l.poss {
                        return None;
                    }
                    // "The Israel-Hamas war has killed": a pair in a compound modifies the
                    // subject noun; neither side is the subject.
                    if l.start >= 2
                        && self.punct(l.start - 1) == Some('-')
                        && self.toks[l.start - 2].actor().is_some()
                        && self
                            .word(l.end)
                            .is_some_and(|w| !is_break(w) && !is_preposition(w))
                    {
                        return None;
                    }
                    // "Pro-Russian hackers claimed": the noun after "pro-X" is the subject.
                    if l.start >= 2
                        && self.punct(l.start - 1) == Some('-')
                        && self.word(l.start - 2) == Some("pro")
                        && self.toks.get(l.end).is_some_and(|t| t.actor().is_none())
                    {
                        return None;
                    }
                    if opts.skip_modifiers
                        && self
                            .word(l.end)
                            .is_some_and(|w| !is_preposition(w) && !is_break(w) && l.end < t)
                        && l.end < t
                        && !self.verbs[l.end]
                        && !self
                            .word(l.end)
                            .is_some_and(|w| crate::word_set!(STATE_FORCES).contains(w))
                        && !self.headed_up_to(&l, t)
                    {
                        // An actor modifying a noun ("a Rwandan militia armed by"): not the head.
                        i = l.start;
                        gap += 1;
                        continue;
                    }
                    if let Some(p) = self.governor(l.start) {
                        let held = l.start >= 2
                            && p == "by"
                            && matches!(
                                self.word(l.start - 2),
                                Some(
                                    "held"
                                        | "controlled"
                                        | "run"
                                        | "operated"
                                        | "used"
                                        | "occupied"
                                )
                            );
                        // "a convoy of Malian soldiers was ambushed": the group of them.
                        let group_of = l.start >= 2
                            && p == "of"
                            && self
                                .word(l.start - 2)
                                .is_some_and(|w| crate::word_set!(GROUPS_OF).contains(w));
                        let forces_from = self.forces_heading(l.start, p);
                        // "Forces loyal to X clashed with Y": the forces are X's.
                        let loyal_to = p == "to"
                            && l.start >= 3
                            && self.is(l.start - 2, "loyal")
                            && self.word(l.start - 3).is_some_and(|w| {
                                crate::word_set!(STATE_FORCES).contains(w)
                                    || matches!(w, "fighters" | "militias" | "units" | "gunmen")
                            })
                            && (l.start == 3
                                || self.punct(l.start - 4).is_some()
                                || self.is(l.start - 4, "the"));
                        // "..., with Oman relaying messages between them": the subject of
                        // an absolute phrase.
                        let absolute = p == "with"
                            && l.end == t
                            && self
                                .word(t)
                                .is_some_and(|w| w.len() > 5 && w.ends_with("ing"));
                        if held || group_of || forces_from || absolute || loyal_to {
                            return Some(l);
                        }
                        // "militias backed by Y have launched": a reduced relative clause after
                        // the subject; its head noun is the subject.
                        let reduced = l.start >= 3
                            && p == "by"
                            && self.word(l.start - 2).is_some_and(|w| w.ends_with("ed"))
                            && self.toks[l.start - 3].actor().is_some();
                        if reduced {
                            if let Some(head) = self.list_back(l.start - 3) {
                                if !head.poss && self.governor(head.start).is_none() {
                                    return Some(head);
                                }
                            }
                        }
                        // "militias in Iraq have launched": the subject's place after it.
                        let placed = l.start >= 2
                            && is_place_preposition(p)
                            && self.toks[l.start - 2].actor().is_some();
                        if placed {
                            if let Some(head) = self.list_back(l.start - 2) {
                                if !head.poss && self.governor(head.start).is_none() {
                                    return Some(head);
                                }
                            }
                        }
                        if opts.skip_governed {
                            i = l.start;
                            gap += 1;
                            if gap > opts.max_gap {
                                return None;
                            }
                            continue;
                        }
                        return None;
                    }
                    return Some(l);
                }
                Kind::Word => {
                    let w = tok.text;
                    // "X, whose troops clashed with Y", "soldiers in X, whose military
                    // rulers expelled Y": the antecedent's forces and rulers are the
                    // antecedent (one adjective may stand before the noun).
                    let ruling = |w: &str| {
                        STATE_FORCES.contains(&w)
                            || matches!(
                                w,
                                "rulers"
                                    | "junta"
                                    | "juntas"
                                    | "government"
                                    | "governments"
                                    | "leaders"
                                    | "leader"
                                    | "president"
                                    | "regime"
                                    | "authorities"
                            )
                    };
                    let whose_at = (ruling(w) && i > 0)
                        .then(|| {
                            if self.is(i - 1, "whose") {
                                Some(i - 1)
                            } else {
                                (i > 1
                                    && self.is(i - 2, "whose")
                                    && self.word(i - 1).is_some_and(|a| {
                                        !self.verbs[i - 1] && !is_preposition(a) && !is_break(a)
                                    }))
                                .then(|| i - 2)
                            }
                        })
                        .flatten();
                    let whose_forces = whose_at.is_some();
                    if let Some(k) = whose_at {
                        i = k;
                    }
                    if whose_forces || matches!(w, "who" | "which" | "that") {
                        // A relative clause: its subject is the antecedent.
                        let mut j = i;
                        if j > 0 && self.punct(j - 1) == Some(',') {
                            j -= 1;
                        }
                        if j == 0 {
                            return None;
                        }
                        let Some(l) = self.list_back(j - 1) else {
                            return self.leader_of(j - 1).or_else(|| self.apposed_anchor(j - 1));
                        };
                        // "an offshoot of the PKK, which has waged ...": "which" takes the
                        // nearest noun, even after "of"; so does it after "from" ("drew a
                        // rebuke from Beijing, which condemned ...").
                        // ("the army of Captain X, who seized power": "who" takes a person
                        // after "of".)
                        let person = l
                            .members
                            .iter()
                            .all(|&m| self.kinds.get(m) == Some(&ActorKind::Person));
                        let free = whose_forces
                            || match self.governor(l.start) {
                                None => true,
                                Some(g) => {
                                    g == "of" && (w != "who" || person) && i > j
                                        || g == "from" && i > j
                                }
                            };
                        return (free && !l.poss).then_some(l);
                    }
                    // "X announced a new aid package for Y": "announced" with a noun phrase
                    // as its object is the trigger's verb, not a report ("X announced that").
                    let announces_object = matches!(w, "announced" | "claimed")
                        && (i + 1..t).all(|k| {
                            self.word(k)
                                .is_some_and(|v| !self.verbs[k] && v != "that" && gap_word(v))
                        });
                    if !gap_word(w) && !announces_object && !self.mid_adverb(i) {
                        return None;
                    }
                    gap += 1;
                    if gap > opts.max_gap {
                        return None;
                    }
                }
                Kind::Punct(',') => {
                    // An apposition or a relative clause between commas: jump over it.
                    let k = (0..i)
                        .rev()
                        .take(24)
                        .find(|&k| matches!(self.punct(k), Some(',' | '(' | '—')))?;
                    // "Iran-backed militias, including A and B, attacked Y": the members the
                    // subject's enumeration names act.
                    if self.is(k + 1, "including")
                        && self
                            .list_fwd(k + 2 + usize::from(self.is(k + 2, "the")))
                            .is_some_and(|l| l.end == i)
                    {
                        return self.list_fwd(k + 2 + usize::from(self.is(k + 2, "the")));
                    }
                    if !self.apposition(k + 1, i) {
                        return None;
                    }
                    if k == 0 {
                        return None;
                    }
                    i = k;
                    // "X, a coalition of militias, many of them armed by Y, fought": a part
                    // of the subject after its apposition; both are jumped.
                    let part = self
                        .word(k + 1)
                        .is_some_and(|w| matches!(w, "many" | "most" | "some" | "several"));
                    if let Some(k2) = (0..k)
                        .rev()
                        .take(24)
                        .find(|&c| self.punct(c) == Some(','))
                        .filter(|&k2| part && k2 > 0 && self.apposition(k2 + 1, k))
                    {
                        i = k2;
                    }
                }
                Kind::Punct(')') => {
                    let k = (0..i)
                        .rev()
                        .take(24)
                        .find(|&k| self.punct(k) == Some('('))?;
                    i = k;
                }
                // "The Houthis — who control Sanaa — fired at Y": an apposition or relative
                // clause between dashes is jumped as one between commas is.
                Kind::Punct('—') => {
                    let k = (0..i)
                        .rev()
                        .take(24)
                        .find(|&k| matches!(self.punct(k), Some(',' | '—')))
                        .filter(|&k| k > 0 && self.punct(k) == Some('—'))?;
                    if !self.apposition(k + 1, i) {
                        return None;
                    }
                    i = k;
                }
                // "Iran-backed militias attacked": the compound modifies the noun after it,
                // which is the subject; the actor before the hyphen is not.
                Kind::Punct('-')
                    if self
                        .word(i + 1)
                        .is_some_and(|w| SUPPORT_COMPOUNDS.contains(&w))
                        && self.toks.get(i + 2).is_some_and(|t| t.actor().is_none()) =>
                {
                    return None
                }
                Kind::Punct('-') => {}
                _ => return None,
            }
        }
        None
    }

    /// Whether tokens `a..b` read as an apposition or a relative clause ("a key ally of X",
    /// "which is backed by Y", "Russia's closest ally", "all three funded by Z", "on Monday").
    pub fn apposition(&self, a: usize, b: usize) -> bool {
        if a >= b {
            return false;
        }
        let first = &self.toks[a];
        if first.actor().is_some() {
            // ("Hamas, [the militant group] which runs Gaza,": a described anchor's relative
            // clause.)
            return first.poss
                || b - a > 1
                    && self
                        .word(a + 1)
                        .is_some_and(|w| !is_break(w) || matches!(w, "which" | "who" | "that"));
        }
        let Some(w) = first.word() else { return false };
        matches!(
            w,
            "a" | "an"
                | "the"
                | "which"
                | "who"
                | "whom"
                | "whose"
                | "both"
                | "all"
                | "each"
                | "long"
                | "once"
                | "now"
                | "its"
                | "their"
                | "his"
                | "her"
                | "itself"
                | "themselves"
                | "already"
                | "backed"
                | "funded"
                | "armed"
                | "supported"
                | "bankrolled"
                | "financed"
                | "sponsored"
                | "trained"
                | "equipped"
                | "deployed"
                | "led"
                | "based"
                | "known"
                | "then"
                | "formerly"
                | "one"
                | "two"
                | "three"
                | "on"
                | "in"
                | "last"
                | "this"
                | "meanwhile"
                | "too"
                | "also"
                | "however"
                | "for"
                | "like"
                | "along"
                | "together"
                | "until"
                | "officials"
                | "analysts"
                | "diplomats"
                | "sources"
                | "experts"
        ) || w.ends_with("ly")
            // "X, a coalition of militias, many of them trained by Y, fought ...": a part of
            // the subject with its own participle.
            || matches!(w, "many" | "most" | "some" | "several" | "none") && self.is(a + 1, "of")
            // "X and Y, former allies, traded accusations": a short bare plural noun phrase.
            // ("Norway and Cuba, guarantors of the process, hosted": with its "of" phrase.)
            || {
                let head_end = (a + 1..b)
                    .find(|&k| self.is(k, "of"))
                    .filter(|&k| b - k <= 3 && (k + 1..b).all(|j| self.word(j).is_some()))
                    .unwrap_or(b);
                head_end - a <= 4
                    && self
                        .word(head_end - 1)
                        .is_some_and(|w| w.len() > 3 && w.ends_with('s'))
                    && (a..head_end).all(|k| {
                    self.word(k).is_some_and(|w| {
                        w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                            && !is_break(w)
                            && !is_preposition(w)
                            && (!self.verbs[k]
                                || matches!(
                                    w,
                                    "allies"
                                        | "rivals"
                                        | "partners"
                                        | "sponsors"
                                        | "hosts"
                                        | "brokers"
                                        | "backers"
                                ))
                    })
                })
            }
    }

    /// The object of the word ending before token `e`: a direct object (no `preps`) or the
    /// object of one of `preps` ("with", "against"), within `max_gap` words.
    pub fn object_right(&self, e: usize, preps: &[Vec<String>], max_gap: usize) -> Option<List> {
        let mut i = e;
        let mut gap = 0;
        let n = self.toks.len();
        if preps.is_empty() {
            let mut via_base = false;
            while i < n {
                let tok = &self.toks[i];
                match tok.kind {
                    Kind::Actor(_) if self.modifier_only(i) => {
                        gap += 1;
                        if gap > max_gap {
                            return None;
                        }
                    }
                    Kind::Actor(_) if self.possessor_of_ally(i) => return None,
                    // ("a base in Syria housing US troops": the base is theirs.)
                    Kind::Actor(_) if via_base => {
                        return self.past_compound(i).filter(|l| {
                            !self.word(l.end).is_some_and(|w| {
                                matches!(w, "housing" | "hosting" | "used" | "where" | "home")
                            })
                        })
                    }
                    Kind::Actor(_) => return self.past_compound(i),
                    Kind::Word
                        if tok.text == "at"
                            && matches!(self.word(i + 1), Some("least" | "most")) =>
                    {
                        i += 1;
                    }
                    // "pounded what the military called Hezbollah depots": past the speaker's
                    // naming to what was struck.
                    Kind::Word if tok.text == "what" && gap == 0 => {
                        let c = (i + 1..(i + 6).min(n)).find(|&c| {
                            matches!(
                                self.word(c),
                                Some("called" | "described" | "termed" | "said")
                            )
                        })?;
                        i = c + usize::from(matches!(
                            self.word(c + 1),
                            Some("as" | "were" | "was")
                        ));
                    }
                    Kind::Word if tok.text == "including" && gap > 0 => {
                        return self.included(i);
                    }
                    Kind::Word => {
                        let w = tok.text;
                        if is_preposition(w) {
                            // "killed dozens of militants from Y": members of Y.
                            let members_from = w == "from"
                                && i > 0
                                && self.word(i - 1).is_some_and(|p| MEMBERS.contains(&p));
                            // "overran a military base in Nigeria's Borno state": a base no
                            // one owns in the phrase is its country's.
                            let base_in = matches!(w, "in" | "at" | "near" | "outside")
                                && i > 0
                                && self.word(i - 1).is_some_and(|p| {
                                    matches!(
                                        p,
                                        "base"
                                            | "bases"
                                            | "airbase"
                                            | "airbases"
                                            | "barracks"
                                            | "garrison"
                                            | "outpost"
                                            | "outposts"
                                    )
                                });
                            let connector = gap > 0
                                && (w == "of"
                                    || base_in
                                    || members_from
                                    || (i > 0
                                        && matches!(
                                            self.word(i - 1),
                                            Some(
                                                "belonging"
                                                    | "held"
                                                    | "controlled"
                                                    | "occupied"
                                                    | "linked"
                                                    | "used"
                                                    | "run"
                                                    | "operated"
                                                    | "loyal"
                                                    | "affiliated"
                                                    | "tied"
                                            )
                                        )));
                            if !connector {
                                return None;
                            }
                            via_base |= base_in;
                        } else if is_break(w)
                            || (self.verbs[i]
                                && gap > 0
                                // "retook territory once held by Y": whose it was.
                                && !(HOLDING.contains(&w) && self.word(i + 1) == Some("by")))
                        {
                            return None;
                        } else if w == "the"
                            && i >= 2
                            && (self.word(i - 1) == Some("from")
                                && self.word(i - 2).is_some_and(|p| MEMBERS.contains(&p))
                                // ("a senior commander of the ELN")
                                || self.word(i - 1) == Some("of") && gap > 1)
                        {
                            // ("militants from the TTP": the article is the name's.)
                            i += 1;
                            continue;
                        }
                        gap += 1;
                        if gap > max_gap {
                            return None;
                        }
                    }
                    Kind::Punct('-') => {}
                    _ => return None,
                }
                i += 1;
            }
            return None;
        }
        'outer: while i < n {
            if let Some(p) = preps.iter().find(|p| self.words_at(i, p)) {
                let mut j = i + p.len();
                let mut skipped = 0;
                // "on behalf of X", "in support of X": a phrase of its own, not the object.
                if matches!(
                    self.word(j),
                    Some("behalf" | "support" | "favour" | "favor")
                ) {
                    return None;
                }
                // "to finish ISIL": an infinitive, not a prepositional object.
                if p.len() == 1
                    && p[0] == "to"
                    && self.toks.get(j).is_some_and(|t| {
                        t.kind == Kind::Word
                            && !t.cap
                            && !matches!(
                                t.text,
                                "the"
                                    | "a"
                                    | "an"
                                    | "its"
                                    | "their"
                                    | "his"
                                    | "her"
                                    | "both"
                                    | "all"
                            )
                            && !t.text.starts_with(|c: char| c.is_ascii_digit())
                    })
                {
                    return None;
                }
                while j < n && skipped <= 3 {
                    match self.toks[j].kind {
                        // "retook the town from Russian control": the state whose hold ended.
                        Kind::Actor(_)
                            if p[0] == "from"
                                && matches!(
                                    self.word(j + 1),
                                    Some("control" | "rule" | "occupation")
                                ) =>
                        {
                            return self.list_fwd(j)
                        }
                        Kind::Actor(_) if self.modifier_only(j) || self.possessor_of_ally(j) => {
                            return None
                        }
                        Kind::Actor(_) => return self.past_compound(j),
                        Kind::Word if skipped > 0 && self.toks[j].text == "including" => {
                            return self.included(j);
                        }
                        Kind::Word => {
                            let w = self.toks[j].text;
                            // "a package of artillery shells for X": what the noun holds,
                            // then its object.
                            if p[0] == "of"
                                && skipped > 0
                                && w != "of"
                                && preps.iter().any(|q| self.words_at(j, q))
                            {
                                i = j;
                                continue 'outer;
                            }
                            // "stands with the people of Y": a population is not its state
                            // (as "the Ukrainian people" is not Ukraine).
                            if w == "of"
                                && matches!(
                                    self.word(j - 1),
                                    Some(
                                        "people"
                                            | "peoples"
                                            | "population"
                                            | "civilians"
                                            | "citizens"
                                            | "residents"
                                            | "inhabitants"
                                    )
                                )
                            {
                                return None;
                            }
                            // "signed a deal with the breakaway region of Y": the polity
                            // named after "of" is the object.
                            if w == "of"
                                && self.word(j - 1).is_some_and(|r| POLITIES.contains(&r))
                                && self.toks.get(j + 1).and_then(Token::actor).is_some()
                            {
                                j += 1;
                                continue;
                            }
                            // "fired missiles at ships and at Y": the preposition repeated
                            // after "and" opens a second object.
                            if w == "and" && self.words_at(j + 1, p) {
                                i = j + 1;
                                continue 'outer;
                            }
                            // "clashed with gunmen from the Sinaloa Cartel", "with fighters
                            // loyal to X": members of whom the phrase names.
                            let members = skipped > 0
                                && self.word(j - 1).is_some_and(|m| MEMBERS.contains(&m));
                            let past = match w {
                                "from" if members => 1,
                                "loyal" if members && self.is(j + 1, "to") => 2,
                                _ => 0,
                            };
                            if past > 0 {
                                j += past + usize::from(self.is(j + past, "the"));
                                continue;
                            }
                            // After "of" a noun phrase ("of shells"): no verb there.
                            // ("at ships and at Y": a noun before the repeated preposition.)
                            if (is_preposition(w) && w != "of")
                                || is_break(w)
                                || (self.verbs[j]
                                    && p[0] != "of"
                                    && !(self.is(j + 1, "and") && self.words_at(j + 2, p)))
                            {
                                return None;
                            }
                            skipped += 1;
                        }
                        Kind::Punct('-') => {}
                        _ => return None,
                    }
                    j += 1;
                }
                return None;
            }
            match self.toks[i].kind {
                Kind::Word => {
                    let w = self.toks[i].text;
                    // "drones heading for Y": a participle of motion makes the phrase after it
                    // the drones' aim, not the object of a preposition of the noun.
                    if is_break(w)
                        || matches!(
                            w,
                            "heading" | "headed" | "bound" | "flying" | "fired" | "launched"
                        )
                    {
                        return None;
                    }
                    gap += 1;
                    if gap > max_gap {
                        return None;
                    }
                }
                // "extradited a suspected British militant to Y": a demonym modifying the
                // object before the preposition; "recalled its ambassador from Y": the agent's
                // own possessive pronoun; "took districts of Khartoum from Y": a capital
                // after "of" is a place.
                Kind::Actor(m)
                    if self.modifier_only(i)
                        // "launched (dozens of) Iranian drones at Kyiv": before the
                        // preposition, the maker of the arms sent.
                        || self.demonym.get(m).copied().unwrap_or(false)
                            && !self.toks[i].poss
                            && matches!(
                                self.word(i + 1),
                                Some("drones" | "missiles" | "rockets" | "shells" | "weapons")
                            )
                        || i >= 2
                            && self.word(i - 1) == Some("of")
                            && self.word(i - 2).is_some_and(|w| PLACES.contains(&w))
                        // "liberated the Syrian town of X from Y": a place of a state.
                        || self
                            .word(i + 1)
                            .is_some_and(|w| matches!(w, "town" | "city" | "village" | "region" | "province"))
                        || self.toks[i].poss
                            && matches!(
                                self.toks[i].text,
                                "its" | "their" | "his" | "her"
                            ) =>
                {
                    gap += 1;
                    if gap > max_gap {
                        return None;
                    }
                }
                // "fired missiles supplied by Iran at Y": the agent of a participle that
                // qualifies the object is the object's, not the preposition's; passed over.
                Kind::Actor(_) if gap > 0 && self.reduced_agent(i) => {
                    let l = self.list_fwd(i)?;
                    i = l.end - 1;
                }
                Kind::Actor(_) => return None,
                Kind::Punct('-') => {}
                // "supplied weapons, including anti-ship missiles, to Y": an enumeration set
                // off by commas inside the object is passed over whole.
                Kind::Punct(',')
                    if gap > 0
                        && matches!(
                            self.word(i + 1),
                            Some("including" | "notably" | "mainly" | "mostly" | "chiefly")
                        ) =>
                {
                    let close = (i + 2..(i + 10).min(n)).find(|&k| self.punct(k) == Some(','))?;
                    if (i + 2..close).any(|k| self.toks[k].actor().is_some()) {
                        return None;
                    }
                    i = close;
                }
                _ => return None,
            }
            i += 1;
        }
        None
    }

    /// The companions named in a parenthesis after a subject ending at `end`: "China and
    /// Russia, along with Iran, held drills" (also "together with", "as well as").
    pub fn companions(&self, end: usize, classes: &Classes) -> Option<List> {
        if self.punct(end) != Some(',') {
            return None;
        }
        let k = end + 1;
        // "Somali troops, supported by US air strikes, killed ...": who strikes beside them.
        if matches!(
            self.word(k),
            Some("supported" | "backed" | "aided" | "assisted" | "helped")
        ) && self.is(k + 1, "by")
        {
            let l = self.list_fwd(k + 2 + usize::from(self.is(k + 2, "the")))?;
            let mut e = l.end;
            let mut fire = false;
            while let Some(w) = self.word(e).filter(|_| e < l.end + 3) {
                if classes.fire_support.contains(w) {
                    fire = true;
                } else if !classes.fire_modifiers.contains(w) {
                    break;
                }
                e += 1;
            }
            return (fire && !l.poss && e > l.end && self.punct(e) == Some(',')).then_some(l);
        }
        let at = if (self.is(k, "along") || self.is(k, "together")) && self.is(k + 1, "with")
            || self.is(k, "as") && self.is(k + 1, "well") && self.is(k + 2, "as")
        {
            k + if self.is(k, "as") { 3 } else { 2 }
        } else {
            return None;
        };
        self.list_fwd(at + usize::from(self.is(at, "the")))
            .filter(|l| !l.poss && self.punct(l.end) == Some(','))
    }

    /// The members an enumeration names after the noun phrase ending at `end`: ", including
    /// A and B" ("Iran-backed militias, including A and B,").
    pub fn enumerated_after(&self, end: usize) -> Option<List> {
        // "militias that make up its axis, among them A and B": past a relative clause.
        let end = if matches!(self.word(end), Some("that" | "which" | "who")) {
            (end + 1..(end + 12).min(self.toks.len())).find(|&k| self.punct(k) == Some(','))?
        } else {
            end
        };
        let at = if self.is(end + 1, "including") {
            end + 2
        } else if self.is(end + 1, "among") && self.is(end + 2, "them") {
            end + 3
        } else {
            return None;
        };
        if self.punct(end) != Some(',') {
            return None;
        }
        self.list_fwd(at + usize::from(self.is(at, "the")))
            .filter(|l| !l.poss)
    }

    /// "fought jihadist groups including JNIM and ISIS", "against armed groups including the
    /// al-Qaeda affiliate JNIM": after a plural noun of the object, the actors `including` (at
    /// `i`) names are the object.
    pub fn included(&self, i: usize) -> Option<List> {
        let plural = self.word(i.checked_sub(1)?).is_some_and(|w| {
            w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !self.verbs[i - 1]
        });
        if !plural {
            return None;
        }
        let mut j = i + 1 + usize::from(self.is(i + 1, "the"));
        self.toks.get(j)?.actor()?;
        // "the al-Qaeda affiliate JNIM": the named head after its patron's compound.
        if self
            .word(j + 1)
            .is_some_and(|w| w != "and" && !is_break(w) && !self.verbs[j + 1])
            && self.toks.get(j + 2).is_some_and(|t| t.actor().is_some())
        {
            j += 2;
        }
        if self.modifier_only(j) {
            return None;
        }
        self.list_fwd(j)
    }

    /// The list at the actor token `k`; for a demonym that only modifies the noun after it
    /// ("curbs on German goods", "from Houthi drones"), that one actor, whose the thing is.
    pub fn list_or_owner(&self, k: usize) -> Option<List> {
        let m = self.toks.get(k)?.actor()?;
        if self.modifier_only(k) {
            Some(List::one(m, k))
        } else {
            self.list_fwd(k)
        }
    }

    /// The object starting at the actor `i`: past a patron's compound to the group it
    /// qualifies ("battles with the Syrian-backed Amal militia" are with Amal), the list at
    /// `i` otherwise. A compound whose group is no actor is no object.
    fn past_compound(&self, i: usize) -> Option<List> {
        let Some(w) = self.word(i + 2).filter(|_| self.punct(i + 1) == Some('-')) else {
            return self.list_fwd(i);
        };
        // "a British-flagged tanker", "an Israeli-owned ship", "Israel-linked vessels": the
        // owner's; "Russian-made drones" are not their maker's.
        if matches!(
            w,
            "flagged" | "owned" | "registered" | "operated" | "linked" | "affiliated" | "connected"
        ) {
            return self.list_fwd(i);
        }
        if matches!(
            w,
            "made" | "built" | "designed" | "supplied" | "manufactured"
        ) {
            return None;
        }
        if !(w.ends_with("ed") || w == "run") {
            return self.list_fwd(i);
        }
        let k = (i + 3..(i + 6).min(self.toks.len())).find(|&k| self.toks[k].actor().is_some());
        // "strikes on Houthi-controlled ports in Yemen": the place after a preposition is not
        // the compound's noun; land held is its holder's.
        let placed =
            k.is_some_and(|k| (i + 3..k).any(|v| self.word(v).is_some_and(is_preposition)));
        // "Turkish-backed factions of the Syrian National Army": the group they belong to.
        if let Some(g) = super::generic::named_after(self, i + 3) {
            return self.list_fwd(g);
        }
        match k {
            Some(k) if !placed => self.list_fwd(k),
            _ if matches!(w, "controlled" | "held" | "occupied" | "run") => self.list_fwd(i),
            _ => None,
        }
    }

    /// The number of tokens a multi-word trigger `ws` spans from token `i`, where an adverb
    /// or an intensity adjective may stand between its words ("are now at odds", "exchanged
    /// heavy fire", "have long been allies"); `None` if it does not stand there.
    pub fn trigger_len_at(&self, i: usize, ws: &[String]) -> Option<usize> {
        let first = ws.first()?;
        if self.word(i) != Some(first.as_str()) {
            return None;
        }
        self.trigger_len_from(i, ws)
    }

    /// [`Sentence::trigger_len_at`] of a trigger whose first word is known to be the word at
    /// `i`, as every trigger [`super::lexicon::Lexicon::starting_with`] gives for that word
    /// is: the first word is not compared again (the frame reader asks this of every trigger
    /// of every word it reads).
    pub fn trigger_len_from(&self, i: usize, ws: &[String]) -> Option<usize> {
        let (first, rest) = ws.split_first()?;
        debug_assert_eq!(self.word(i), Some(first.as_str()));
        let mut k = i + 1;
        for w in rest {
            // ("signed a framework agreement", "an arms deal": the article agrees with the
            // word after it, which may be the deal's modifier.)
            let article_swap = first.starts_with("sign")
                && matches!(
                    (w.as_str(), self.word(k)),
                    ("a", Some("an")) | ("an", Some("a"))
                );
            if self.word(k) != Some(w.as_str()) && !article_swap {
                // The comparison first: most words after a trigger's first word are not the
                // next one's (this runs for every trigger a word of the sentence starts).
                if self.word(k + 1) == Some(w.as_str()) && self.word(k).is_some_and(is_inserted) {
                    k += 1;
                } else if let Some(d) = (first == "joint")
                    .then(|| (1..=2).find(|&d| self.word(k + d) == Some(w.as_str())))
                    .flatten()
                    .filter(|&d| (k..k + d).all(|c| self.plain_word(c)))
                {
                    // "joint bomber patrols", "joint air defence drills": what the joint
                    // activity is made of.
                    k += d;
                } else if let Some(d) = (first.starts_with("sign")
                    && (k - i) + 1 == ws.len()
                    && matches!(self.word(k - 1), Some("a" | "an")))
                .then(|| (1..=2).find(|&d| self.word(k + d) == Some(w.as_str())))
                .flatten()
                .filter(|&d| {
                    (k..k + d).all(|c| {
                        self.plain_word(c)
                            && !self
                                .word(c)
                                .is_some_and(|m| CONFLICT_MODIFIERS.contains(&m))
                    })
                }) {
                    // "signed a port deal with", "signed a $2bn arms agreement": what the deal
                    // is about, unless it ends a conflict ("a peace deal", "a prisoner swap").
                    k += d;
                } else {
                    return None;
                }
            }
            k += 1;
        }
        Some(k - i)
    }

    /// Whether token `k` is a lowercase word that is neither a preposition, a clause break, a
    /// conjunction nor a known verb.
    fn plain_word(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| !t.cap)
            && self
                .word(k)
                .is_some_and(|w| !is_preposition(w) && !is_break(w) && !matches!(w, "and" | "or"))
            && !self.verbs.get(k).copied().unwrap_or(false)
    }

    /// Whether the words `ws` stand at token `i`.
    pub fn words_at(&self, i: usize, ws: &[String]) -> bool {
        ws.iter()
            .enumerate()
            .all(|(k, w)| self.word(i + k) == Some(w.as_str()))
    }

    /// The author of what a "by" phrase names when the phrase names no actor first: its
    /// members ("by fighters of X"), or a weapon or an operation with its own agent ("by 40
    /// missiles launched by X", "by an offensive led by X", "by sanctions announced by X").
    fn nested_agent(&self, j: usize) -> Option<List> {
        // "by fighters of X", "by militants from X", "by the government of President X".
        if self
            .word(j)
            .is_some_and(|w| MEMBERS.contains(&w) || matches!(w, "government" | "administration"))
            && matches!(self.word(j + 1), Some("of" | "from" | "loyal"))
        {
            let mut k = j + 2 + usize::from(self.is(j + 1, "loyal") && self.is(j + 2, "to"));
            while matches!(self.word(k), Some("the")) {
                k += 1;
            }
            return self.list_fwd(k).filter(|l| !l.poss);
        }
        // Past the noun phrase (numbers, adjectives, nouns, "more than", "and") to its
        // participle.
        let mut k = j;
        while k < (j + 8).min(self.toks.len()) {
            let w = self.word(k)?;
            if AUTHORED.contains(&w) {
                break;
            }
            // ("sanctions" is also a verb's form: no verb test here.)
            if is_break(w) && w != "and" || is_preposition(w) && !matches!(w, "of" | "than") {
                return None;
            }
            k += 1;
        }
        if k == j || !self.word(k).is_some_and(|w| AUTHORED.contains(&w)) {
            return None;
        }
        // ("carried out by X", "fired across the border by X": the participle's own adverbial.)
        let after = k + 1 + usize::from(self.is(k + 1, "out"));
        self.by_agent(after, 4)
    }

    /// The agent of a "by" phrase starting within `max_gap` words after token `e`.
    pub fn by_agent(&self, e: usize, max_gap: usize) -> Option<List> {
        let mut i = e;
        let mut gap = 0;
        while i < self.toks.len() {
            match self.toks[i].kind {
                Kind::Word if self.toks[i].text == "by" => {
                    let mut j = i + 1;
                    while matches!(self.word(j), Some("the" | "a" | "an")) {
                        j += 1;
                    }
                    // "aided by strong support from our ally X": the support's giver.
                    if let Some(f) = (j..(j + 3).min(self.toks.len())).find(|&k| {
                        self.word(k).is_some_and(|w| {
                            matches!(w, "support" | "backing" | "help" | "assistance" | "aid")
                        }) && self.word(k + 1) == Some("from")
                    }) {
                        j = f + 2;
                        while matches!(
                            self.word(j),
                            Some(
                                "the"
                                    | "our"
                                    | "its"
                                    | "their"
                                    | "ally"
                                    | "allies"
                                    | "partner"
                                    | "partners"
                            )
                        ) {
                            j += 1;
                        }
                    }
                    // "weakened by a year of Israeli strikes", "by months of shelling by X": a
                    // span of time is no agent; what fills it is.
                    if let Some(d) = (0..=1).find(|&d| {
                        self.word(j + d).is_some_and(|w| DURATIONS.contains(&w))
                            && self.word(j + d + 1) == Some("of")
                    }) {
                        j += d + 2;
                        while matches!(self.word(j), Some("the")) {
                            j += 1;
                        }
                    }
                    let mut agent = self.list_fwd(j).or_else(|| self.nested_agent(j))?;
                    // "Talks brokered by Qatar and Egypt secured a pause": in a participle
                    // phrase after a subject that names no one, the verb after the last agent
                    // is the main clause's, not that agent's own.
                    if self.is(agent.end, "and")
                        && (0..i.saturating_sub(1))
                            .all(|k| !self.verbs[k] && self.toks[k].actor().is_none())
                    {
                        if let Some((m2, e2, p2)) = self
                            .member_fwd(agent.end + 1)
                            .filter(|&(_, e2, _)| self.verbs.get(e2).copied().unwrap_or(false))
                        {
                            agent.members.push(m2);
                            agent.end = e2;
                            agent.poss = p2;
                        }
                    }
                    // "brokered by the United States with Qatari help": the helper acts too.
                    return Some(match self.helper_after(agent.end) {
                        Some((h, _)) => agent.joined(&h),
                        None => agent,
                    });
                }
                Kind::Word => {
                    if is_break(self.toks[i].text) {
                        return None;
                    }
                    gap += 1;
                    if gap > max_gap {
                        return None;
                    }
                }
                // A list or an actor before "by" belongs to another phrase.
                _ => return None,
            }
            i += 1;
        }
        None
    }

    /// The helper named in "with X help", "with X's assistance" or "with help from X" right
    /// at token `e` (after an agent: "brokered by Y with Qatari help"), and the token of the
    /// help noun.
    pub fn helper_after(&self, e: usize) -> Option<(List, usize)> {
        if !self.is(e, "with") {
            return None;
        }
        let mut k = e + 1 + usize::from(self.is(e + 1, "the"));
        if self.word(k).is_some_and(|w| HELP.contains(&w)) {
            let n = k;
            k += 1;
            if !(self.is(k, "from") || self.is(k, "of")) {
                return None;
            }
            k += 1 + usize::from(self.is(k + 1, "the"));
            return self.list_fwd(k).filter(|h| !h.poss).map(|h| (h, n));
        }
        let h = self.list_fwd(k)?;
        let n = h.end;
        self.word(n)
            .is_some_and(|w| HELP.contains(&w))
            .then_some((h, n))
    }

    /// Whether the words from the end of `l` to token `t` are one or two nouns ending in a
    /// head that stands for `l`'s actor ("Houthi radar sites", "Hamas training camps"); a
    /// state's militia or rebels are not the state ([`Sentence::modifier_only`]).
    fn headed_up_to(&self, l: &List, t: usize) -> bool {
        l.members.len() == 1
            && (1..=2).contains(&t.saturating_sub(l.end))
            && !self.modifier_only(l.start)
            && (l.end..t).all(|k| {
                self.word(k).is_some_and(|w| {
                    !is_preposition(w)
                        && !is_break(w)
                        && !matches!(w, "and" | "or")
                        && !self.verbs[k]
                })
            })
            && self.word(t - 1).is_some_and(is_head)
    }

    /// The members of "between X and Y" starting at token `i` (the word "between").
    pub fn between_at(&self, i: usize) -> Option<List> {
        if !self.is(i, "between") {
            return None;
        }
        let mut j = i + 1;
        while matches!(self.word(j), Some("the" | "both")) {
            j += 1;
        }
        let mut l = self.list_fwd(j)?;
        // "between South Sudan's President X and ...": a state before its leader.
        if l.members.len() == 1 && self.toks.get(l.end).is_some_and(|t| t.actor().is_some()) {
            if let Some(leader) = self.list_fwd(l.end) {
                l = List {
                    start: l.start,
                    ..leader
                };
            }
        }
        // "the war between X and Y threatened ...": the second side's verb is the clause's,
        // not one of its own.
        if l.members.len() == 1 && self.is(l.end, "and") {
            if let Some(after) = self.separator_at(l.end) {
                // "and the separatist Y", "and his rival Y": words that describe the second
                // side before it.
                let mut k = after + usize::from(self.is(after, "the"));
                let mut described = 0;
                while described < 2
                    && self.toks.get(k).is_some_and(|t| !t.cap)
                    && self
                        .word(k)
                        .is_some_and(|w| !is_preposition(w) && !is_break(w) && !self.verbs[k])
                {
                    k += 1;
                    described += 1;
                }
                let at = if self.member_fwd(k).is_some() {
                    k
                } else {
                    after
                };
                if let Some((m, end, poss)) = self.member_fwd(at) {
                    l.members.push(m);
                    l.end = end;
                    l.poss = poss;
                }
            }
        }
        // "between X and his rival Y": the possessor's rival is the second side.
        if l.poss
            && self.word(l.end).is_some_and(|w| {
                matches!(
                    w,
                    "rival" | "opponent" | "foe" | "arch-rival" | "nemesis" | "enemy"
                )
            })
        {
            if let Some((m, end, poss)) = self.member_fwd(l.end + 1) {
                l.members.pop();
                l.members.push(m);
                l.end = end;
                l.poss = poss;
            }
        }
        // "between Qatar and its neighbours": a side's own possessive names no other side.
        let own_poss = l.poss
            && l.members.split_last().is_some_and(|(last, rest)| {
                rest.iter().any(|&m| self.ids.get(m) == self.ids.get(*last))
            });
        (l.members.len() >= 2 && !own_poss).then_some(l)
    }

    /// "between X and Y" where only X is an actor named as itself ("between Iran and the
    /// West", "between Qatar and its neighbours"): the named side.
    pub fn between_one_in(&self, from: usize, to: usize) -> Option<List> {
        let i = (from..to.min(self.toks.len())).find(|&i| self.is(i, "between"))?;
        let mut j = i + 1;
        while matches!(self.word(j), Some("the" | "both")) {
            j += 1;
        }
        let mut l = self.list_fwd(j)?;
        if l.poss {
            // "its neighbours": the last member is a possessor, not a side.
            l.members.pop();
        }
        // The named side is one token, right before "and".
        (l.members.len() == 1 && self.toks[j].actor().is_some() && self.word(j + 1) == Some("and"))
            .then(|| List::one(l.members[0], j))
    }

    /// The first "between X and Y" in tokens `from..to`.
    pub fn between_in(&self, from: usize, to: usize) -> Option<List> {
        (from..to.min(self.toks.len())).find_map(|i| self.between_at(i))
    }

    /// A hyphen compound of two actors at `i` ("⟨A⟩-⟨B⟩"): the two mentions.
    pub fn pair_at(&self, i: usize) -> Option<(usize, usize)> {
        let a = self.toks.get(i)?.actor()?;
        if self.punct(i + 1) != Some('-') {
            return None;
        }
        let b = self.toks.get(i + 2)?.actor()?;
        Some((a, b))
    }

    /// The first "⟨A⟩-⟨B⟩" pair in tokens `from..to`, with its token index.
    pub fn pair_in(&self, from: usize, to: usize) -> Option<(usize, (usize, usize))> {
        (from..to.min(self.toks.len())).find_map(|i| self.pair_at(i).map(|p| (i, p)))
    }

    /// The first list of two or more actors in tokens `from..to` that no preposition governs
    /// (a plural subject: "Congo and Rwanda signed ...").
    pub fn plural_subject_in(&self, from: usize, to: usize) -> Option<List> {
        let mut i = from;
        while i < to.min(self.toks.len()) {
            if self.toks[i].actor().is_some() {
                if let Some(l) = self.list_fwd(i) {
                    // "X and Y's (new) authorities have held talks": the organs of both, or of
                    // Y beside X; either way the two sides.
                    let organs = |k: usize| {
                        matches!(
                            self.word(k),
                            Some(
                                "authorities"
                                    | "government"
                                    | "governments"
                                    | "leaders"
                                    | "officials"
                                    | "delegations"
                                    | "negotiators"
                                    | "representatives"
                                    | "envoys"
                            )
                        )
                    };
                    let own = !l.poss
                        || organs(l.end)
                        || self.word(l.end).is_some_and(|w| !is_break(w)) && organs(l.end + 1);
                    if l.members.len() >= 2 && self.governor(l.start).is_none() && own {
                        return Some(l);
                    }
                    i = l.end.max(i + 1);
                    continue;
                }
            }
            i += 1;
        }
        None
    }

    /// The subject of the sentence's main clause before token `before`: its first actor list
    /// that no preposition governs ("Israeli forces pushed on, fighting Hamas").
    pub fn main_subject(&self, before: usize) -> Option<List> {
        let before = before.min(self.toks.len());
        // "X and Y are at odds: the junta in Z expelled ... and turned to W": after a colon or
        // a semicolon, a main clause of its own.
        let mut i = (0..before)
            .rfind(|&k| matches!(self.punct(k), Some(':' | ';')))
            .map_or(0, |k| k + 1);
        let mut limit = i + 8;
        let mut fronted = false;
        // A fronted phrase that names no one ("Since taking power, X ...", "In a statement on
        // Monday, X ..."): the subject follows its comma.
        if let Some(c) = (i + 1..before.min(i + 8)).find(|&k| self.punct(k) == Some(',')) {
            if (i..c).all(|k| self.toks[k].actor().is_none()) {
                i = c + 1;
                limit = c + 9;
                fronted = true;
            }
        }
        // A subject stands near the start ("On Monday, Iran ..."), before any verb.
        while i < before.min(limit) {
            if self.verbs[i] {
                return None;
            }
            match self.toks[i].kind {
                // "our Syrian partners have ...": a noun the demonym does not stand for.
                Kind::Actor(_) if self.not_the_state(i) => return None,
                // "Turkish-backed Syrian fighters ... and clashed": the patron of a compound
                // modifies the subject after it.
                Kind::Actor(_)
                    if self.punct(i + 1) == Some('-')
                        && self.word(i + 2).is_some_and(|w| w.ends_with("ed"))
                        && self.toks.get(i + 3).is_some_and(|t| t.actor().is_some()) =>
                {
                    // (Past the participle, which is no verb of the clause.)
                    i += 2;
                }
                Kind::Actor(_) => {
                    let mut l = self.list_fwd(i)?;
                    // "Britain and France sent ships and joined ...": at the clause's start the
                    // member before the first verb still belongs to the subject.
                    if l.members.len() == 1 && !l.poss && self.is(l.end, "and") {
                        if let Some((m2, e2, p2)) = self.member_fwd(l.end + 1) {
                            if self.verb_of_its_own(e2) {
                                l.members.push(m2);
                                l.end = e2;
                                l.poss = p2;
                            }
                        }
                    }
                    // "X's small group meets to ...": an organ of X, named by a head noun
                    // after at most one word, stands for X.
                    if l.poss
                        && self.governor(l.start).is_none()
                        && (self.word(l.end).is_some_and(is_head)
                            || self.word(l.end + 1).is_some_and(is_head)
                                && self.word(l.end).is_some_and(|w| !is_break(w)))
                    {
                        l.poss = false;
                    }
                    if self.governor(l.start).is_some() || l.poss {
                        // A fronted phrase ("Unlike Oman's neighbours, X ..."): the subject
                        // follows its comma.
                        let comma =
                            (l.end..before.min(l.end + 6)).find(|&k| self.punct(k) == Some(','));
                        match comma {
                            Some(c) if !fronted => {
                                fronted = true;
                                i = c + 1;
                                limit = c + 9;
                                continue;
                            }
                            _ => return None,
                        }
                    }
                    return Some(l);
                }
                Kind::Word if is_break(self.toks[i].text) => return None,
                _ => {}
            }
            i += 1;
        }
        None
    }

    /// Whether the comma at `c` opens a relative clause (", which", ", who", ", whose").
    pub fn opens_relative(&self, c: usize) -> bool {
        self.punct(c) == Some(',')
            && matches!(self.word(c + 1), Some("which" | "who" | "whom" | "whose"))
    }

    /// Where the main clause starts when `i` stands after a fronted subordinate clause that
    /// opens at `k` (after its conjunction at `k - 1`): "Although Egypt has not joined the
    /// coalition, it has backed ...": the main clause starts after the comma that closes the
    /// subordinate one (the last comma before `i` with a verb between the conjunction and it).
    fn after_fronted_clause(&self, k: usize, i: usize) -> Option<usize> {
        let fronted = k == 1 || self.punct(k - 2).is_some_and(|p| p != ',');
        if !fronted || !self.word(k - 1).is_some_and(|w| SUBORDINATORS.contains(&w)) {
            return None;
        }
        let c = (k..i.min(self.toks.len()))
            .rev()
            .find(|&c| self.punct(c) == Some(','))?;
        (k..c).any(|v| self.verbs[v]).then_some(c + 1)
    }

    /// Start of the clause holding token `i`: after the last clause punctuation or clause
    /// word before it.
    pub fn clause_start(&self, i: usize) -> usize {
        let mut k = i.min(self.toks.len());
        while k > 0 {
            let t = &self.toks[k - 1];
            // "X, which seeks independence, has been backed by Y": the main clause goes on
            // past a closed relative clause.
            if t.kind == Kind::Punct(',') && k >= 2 {
                let open = (0..k - 1).rev().find(|&c| self.punct(c) == Some(','));
                if let Some(c) = open.filter(|&c| self.opens_relative(c)) {
                    k = c;
                    continue;
                }
            }
            match t.kind {
                Kind::Punct(';' | ':' | '(' | ')' | '—' | '"') => return k,
                Kind::Word
                    if (SUBORDINATORS.contains(&t.text)
                        || matches!(
                            t.text,
                            "but"
                            | "where"
                            // "X thanked Y for what it called ... and said Z": the reported
                            // clause is not governed by what precedes its reporting verb.
                            | "said"
                            | "says"
                            | "added"
                            | "stressed"
                            | "insisted"
                        ))
                        && !self.since_adverb(k - 1) =>
                {
                    return self.after_fronted_clause(k, i).unwrap_or(k);
                }
                // "X quit the bloc, which it accuses of ...": a relative clause after a comma is
                // not governed by its antecedent's clause.
                Kind::Word
                    if matches!(t.text, "which" | "who" | "whom")
                        && k >= 2
                        && self.punct(k - 2) == Some(',') =>
                {
                    return k
                }
                // "Mali quit the bloc, and Russia is its closest ally": a coordinated clause
                // with its own subject and verb (not the last member of a list: "X, Y, and Z").
                Kind::Word
                    if t.text == "and"
                        && k >= 3
                        && self.punct(k - 2) == Some(',')
                        && (self.toks[k - 3].actor().is_none() || {
                            let mut b = k - 3;
                            if b > 0 && self.is(b - 1, "the") {
                                b -= 1;
                            }
                            b == 0 || self.punct(b - 1) != Some(',')
                        })
                        && {
                            let subject = k + usize::from(self.is(k, "the"));
                            self.toks.get(subject).is_some_and(|t| t.actor().is_some())
                                && (subject + 1..(subject + 3).min(self.toks.len()))
                                    .any(|v| self.verbs[v])
                        } =>
                {
                    return k
                }
                _ => {}
            }
            k -= 1;
        }
        0
    }
}

/// Words that may stand inside a multi-word trigger: adverbs of time and degree, and the
/// adjectives news puts before "fire" or "blows".
/// Modifiers that make a signed deal the end of a conflict, not cooperation.
const CONFLICT_MODIFIERS: &[&str] = &[
    "peace",
    "ceasefire",
    "cease-fire",
    "truce",
    "armistice",
    "prisoner",
    "prisoners",
    "swap",
    "exchange",
    "surrender",
    "de-escalation",
    "withdrawal",
];

fn is_inserted(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ly") && !matches!(w, "rally" | "family" | "italy" | "ally"))
        || w.starts_with(|c: char| c.is_ascii_digit())
        || matches!(
            w,
            "now"
                | "still"
                | "long"
                | "also"
                | "already"
                | "again"
                | "once"
                | "often"
                | "since"
                | "heavy"
                | "fierce"
                | "intense"
                | "sporadic"
                | "deadly"
                | "renewed"
                | "blunt"
                | "stern"
                | "stark"
                | "strong"
                | "formal"
                | "final"
                | "fresh"
                | "further"
                | "more"
                | "recently"
                | "ever"
        )
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    // The tokenizer as it was before it read the whole text in one pass (round 30 of
    // issue 16): the randomized test below compares the two.
    /// The bytes [`tokenize`] stops at inside a chunk: the punctuation it splits at, the hyphen,
    /// and the first byte of [`MENTION_OPEN`] (every other byte, a non-ASCII character's too, is
    /// part of the word; no byte of a character's tail is one of these).
    static TOKEN_STOPS_OLD: [bool; 256] = {
        let mut t = [false; 256];
        let stops = b",;:()\"?![]-";
        let mut i = 0;
        while i < stops.len() {
            t[stops[i] as usize] = true;
            i += 1;
        }
        let mut open = [0u8; 4];
        t[MENTION_OPEN.encode_utf8(&mut open).as_bytes()[0] as usize] = true;
        t
    };

    /// A word's lowercase text: ASCII words (nearly all of them) without `to_lowercase`'s
    /// character decoding.
    fn lowercase_word(t: &str) -> String {
        if t.is_ascii() {
            let mut s = t.to_owned();
            s.make_ascii_lowercase();
            s
        } else {
            t.to_lowercase()
        }
    }

    /// Splits a tagged sentence into tokens. Mention tokens are `⟨n?⟩` (n the mention index).
    fn tokenize_reference<'t>(tagged: &str, texts: &'t Texts) -> Vec<Token<'t>> {
        // About one token in five or six bytes of news text.
        let mut out: Vec<Token> = Vec::with_capacity(tagged.len() / 4 + 4);
        // A word is a slice of its chunk: from `from` to where it ends.
        let word = |out: &mut Vec<Token<'t>>, w: &str| {
            let t = w.trim_end_matches('.').trim_start_matches('\'');
            let (t, poss) = match t.strip_suffix("'s") {
                Some(stem) if !stem.is_empty() => (stem, true),
                _ => (t.trim_end_matches('\''), false),
            };
            if !t.is_empty() {
                out.push(Token {
                    kind: Kind::Word,
                    text: texts.keep(lowercase_word(t)),
                    poss,
                    cap: t.starts_with(|c: char| c.is_uppercase()),
                });
            }
        };
        // The chunks between spaces, found by a byte loop: words are a few bytes long, and
        // `str::split(' ')` paid a `memchr` call's set-up for each.
        let mut chunk_start = 0;
        for piece in tagged.as_bytes().split(|&b| b == b' ') {
            // A space is ASCII: the chunk's ends are character boundaries.
            let chunk = &tagged[chunk_start..chunk_start + piece.len()];
            chunk_start += piece.len() + 1;
            if chunk == "-" || chunk == "--" || chunk == "—" || chunk == "–" {
                out.push(punct('—'));
                continue;
            }
            // Read byte by byte: every character the tokenizer stops at starts with a byte of
            // `TOKEN_STOPS`, and `at` is always at a character's start.
            let bytes = chunk.as_bytes();
            // Start of the word being read: it is `chunk[from..at]` at byte `at`.
            let mut from = 0;
            let mut at = 0;
            while at < bytes.len() {
                let b = bytes[at];
                if !TOKEN_STOPS_OLD[usize::from(b)] {
                    at += 1;
                    continue;
                }
                match b {
                    b'-' if from == at && out.last().is_some_and(|t| t.actor().is_some()) => {
                        out.push(punct('-'));
                        from = at + 1;
                    }
                    b'-' if chunk[at + 1..].starts_with(MENTION_OPEN) => {
                        word(&mut out, &chunk[from..at]);
                        out.push(punct('-'));
                        from = at + 1;
                    }
                    b'-' => {}
                    b',' if chunk[from..at].ends_with(|c: char| c.is_ascii_digit())
                        && chunk[at + 1..].starts_with(|c: char| c.is_ascii_digit()) => {}
                    b',' | b';' | b':' | b'(' | b')' | b'"' | b'?' | b'!' | b'[' | b']' => {
                        word(&mut out, &chunk[from..at]);
                        out.push(punct(char::from(b)));
                        from = at + 1;
                    }
                    _ if chunk[at..].starts_with(MENTION_OPEN) => {
                        let c = MENTION_OPEN;
                        word(&mut out, &chunk[from..at]);
                        from = at;
                        let rest = &chunk[at + c.len_utf8()..];
                        if let Some((m, skip, poss)) = mention_token(rest) {
                            out.push(Token::of_actor(m, false));
                            let mut consumed = at + c.len_utf8() + skip;
                            if let Some(n) = poss {
                                if let Some(t) = out.last_mut() {
                                    t.poss = true;
                                }
                                consumed += n;
                            }
                            // Reading resumes at the first character that starts at or
                            // after `consumed` (two bytes into "’s" is inside its quote).
                            at = consumed.min(chunk.len());
                            while !chunk.is_char_boundary(at) {
                                at += 1;
                            }
                            from = at;
                            continue;
                        }
                        // Not a mention token: the bracket is part of the word.
                        at += c.len_utf8();
                        continue;
                    }
                    _ => {}
                }
                at += 1;
            }
            word(&mut out, &chunk[from..]);
        }
        drop_scare_quotes(&mut out, texts);
        drop_dateline(&mut out);
        drop_time_adverbials(&mut out);
        out
    }

    /// (A test reads a few sentences: their texts are leaked.)
    fn sentence(tagged: &str) -> Sentence<'static> {
        state_sentence(tagged, 10, Box::leak(Box::default()))
    }

    /// The sentence of `tagged` whose `n` mentions are all states, none read as a verb: for
    /// the tests of this module and of the filters. Its tokens' texts are kept in `texts`.
    pub(crate) fn state_sentence<'t>(tagged: &str, n: usize, texts: &'t Texts) -> Sentence<'t> {
        let toks = tokenize(tagged, texts);
        let len = toks.len();
        Sentence {
            toks,
            kinds: vec![ActorKind::State; n],
            ids: (0..n).map(|i| i as _).collect(),
            verbs: vec![false; len + 1],
            adjectival: vec![false; n],
            demonym: vec![false; n],
            nationality_group: vec![false; n],
            composed: Vec::new(),
            owned: Vec::new(),
        }
    }

    /// A xorshift generator from `seed`, for the randomized comparisons with reference
    /// implementations.
    pub(crate) fn xorshift(mut seed: u64) -> impl FnMut() -> u64 {
        move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        }
    }

    #[test]
    fn tokens_split_mentions_possessives_hyphens_and_punctuation() {
        let s = sentence("⟨0s⟩'s offensive, backed by the ⟨1s⟩-led ⟨2o⟩ (pro-⟨3s⟩).");
        let kinds: Vec<_> = s.toks.iter().map(|t| t.kind).collect();
        assert_eq!(kinds[0], Kind::Actor(0));
        assert!(s.toks[0].poss);
        assert_eq!(s.toks[1].text, "offensive");
        assert_eq!(kinds[2], Kind::Punct(','));
        assert!(kinds.contains(&Kind::Actor(3)));
        let hy = s.toks.iter().filter(|t| t.kind == Kind::Punct('-')).count();
        assert_eq!(hy, 2, "{:?}", s.toks);
    }

    #[test]
    fn a_member_after_comma_and_with_a_verb_of_its_own_starts_a_clause() {
        let s = sentence("arming the ⟨0a⟩, and ⟨1s⟩ calls the case a stunt");
        let l = s.list_fwd(2).unwrap();
        assert_eq!(l.members, vec![0]);
        // A serial list keeps its last member.
        let s = sentence("⟨0s⟩, ⟨1s⟩, and ⟨2s⟩ signed the pact");
        assert_eq!(s.list_fwd(0).unwrap().members, vec![0, 1, 2]);
    }

    #[test]
    fn lists_run_over_commas_and_conjunctions_both_ways() {
        let s = sentence("strikes on ⟨0a⟩, the ⟨1a⟩ and ⟨2a⟩ fighters within hours");
        let l = s.list_fwd(2).unwrap();
        assert_eq!(l.members, vec![0, 1, 2]);
        let back = s.list_back(l.end - 1).unwrap();
        assert_eq!(back.members, vec![0, 1, 2]);
    }

    #[test]
    fn a_subject_is_found_across_an_apposition_and_adverbs() {
        let s = sentence("⟨0s⟩, a close partner of ⟨1s⟩, on Monday again struck ⟨2a⟩");
        let t = s.toks.iter().position(|t| t.text == "struck").unwrap();
        let l = s
            .agent_left(
                t,
                Left {
                    max_gap: 6,
                    skip_governed: false,
                    skip_modifiers: false,
                },
            )
            .unwrap();
        assert_eq!(l.members, vec![0]);
    }

    #[test]
    fn a_governed_actor_is_no_subject() {
        let s = sentence("In ⟨0s⟩ fighting continued");
        let t = s.toks.iter().position(|t| t.text == "fighting").unwrap();
        let l = s.agent_left(
            t,
            Left {
                max_gap: 6,
                skip_governed: false,
                skip_modifiers: false,
            },
        );
        assert!(l.is_none());
    }

    /// Every field of every token, to compare two tokenizations.
    fn described(toks: &[Token]) -> Vec<(Kind, String, bool, bool)> {
        toks.iter()
            .map(|t| (t.kind, t.text.to_owned(), t.poss, t.cap))
            .collect()
    }

    /// The one-pass tokenizer gives the tokens of the one that split chunks first, on random
    /// texts of tricky pieces: mention tokens with and without digits or a closing bracket,
    /// possessives with straight and curly apostrophes, hyphens and dashes alone and glued,
    /// digits around commas, full stops, quotes, non-ASCII letters (the Kelvin sign, a
    /// capital I with a dot, whose lowercase is longer), brackets of other kinds.
    #[test]
    fn one_pass_tokenizing_is_tokenizing_by_chunks() {
        let pieces = [
            " ",
            " ",
            " ",
            "word",
            "Word",
            "⟨0s⟩",
            "⟨12o⟩",
            "⟨3",
            "⟨x⟩",
            "⟨⟩",
            "⟩",
            "'s",
            "’s",
            "'",
            "’",
            "-",
            "--",
            "—",
            "–",
            "---",
            ",",
            "3",
            ",000",
            ";",
            ":",
            "(",
            ")",
            "\"",
            "?",
            "!",
            "[",
            "]",
            ".",
            "..",
            "Ünal",
            "é",
            "\u{212a}elvin",
            "İstanbul",
            "s",
            "“",
            "”",
            "a-b",
            "pro-",
            "'tis",
            "X's",
            "e.g.",
            "U.S.",
            "1,2",
        ];
        let mut next = xorshift(0x2545_f491_4f6c_dd1d);
        for _ in 0..200_000 {
            let mut s = String::new();
            for _ in 0..next() % 16 {
                s.push_str(pieces[(next() % pieces.len() as u64) as usize]);
            }
            let texts = Texts::default();
            assert_eq!(
                described(&tokenize(&s, &texts)),
                described(&tokenize_reference(&s, &texts)),
                "{s:?}"
            );
        }
        for s in [
            "",
            "-",
            "- -",
            "—",
            "⟨0s⟩-⟨1s⟩",
            "⟨0s⟩'s offensive, backed by the ⟨1s⟩-led ⟨2o⟩ (pro-⟨3s⟩).",
            "a \"no limits\" partnership",
            "⟨0s⟩’s ⟨1s⟩' 3,000 troops",
        ] {
            let texts = Texts::default();
            assert_eq!(
                described(&tokenize(s, &texts)),
                described(&tokenize_reference(s, &texts)),
                "{s:?}"
            );
        }
    }
}
