//! The tagged sentence: white space collapsed, every actor mention replaced by a token
//! `⟨n?⟩` (n the mention's index, ? its kind letter), head nouns and titles absorbed into the
//! mention before them, place qualifiers dropped.
//!
//! This module owns the one rewrite both readers start from: the regex rules of
//! [`super::rules`] match the tagged text, the clause reader of [`super::frames`] tokenizes it.

use std::sync::LazyLock;

use regex::Regex;

use crate::gazetteer::{ActorKind, Gazetteer, Mention};
use crate::patterns::{offsets_of, PatternSet, MENTION_CLOSE, MENTION_OPEN};

/// A sentence with its mentions replaced by tokens.
#[derive(Debug, Clone)]
pub struct Tagged {
    /// The tagged text.
    pub text: String,
    /// `tokens[i]` = (byte start of token in `text`, mention index).
    pub tokens: Vec<(usize, usize)>,
    /// Mentions whose head noun or title was absorbed into their token ("Ukrainian units",
    /// "Iraqi President"), with the head's last word in lowercase: the token stands for the
    /// actor, not for an adjective.
    pub headed: Vec<(usize, String)>,
    /// `text` holds no word character beyond ASCII ([`crate::patterns::ascii_words`]): the
    /// rules search it with their ASCII twins. Read once per sentence rather than once per
    /// search; `false` is always safe (the twins find what the expressions find).
    pub(crate) ascii_words: bool,
}

/// Appends `s` with every run of white space as one space.
fn push_collapsed(out: &mut String, s: &str) {
    // Text is copied in runs: only a white-space character other than a single space (a tab, a
    // line break, a second space, a no-break space) ends one. An ASCII byte is white space as
    // `char::is_whitespace` says (tab to carriage return, and the space); a non-ASCII character
    // is decoded only there. Eight bytes of printable ASCII and single spaces (most of a
    // sentence) are passed over at once.
    let bytes = s.as_bytes();
    let mut run = 0; // the start of the text not yet copied
    let mut space = false; // the last character was white space
    let mut i = 0;
    while i < bytes.len() {
        if let Some(eight) = bytes.get(i..i + 8) {
            let x = u64::from_le_bytes(eight.try_into().expect("eight bytes"));
            if let Some(last_space) = plain_eight(x, space) {
                space = last_space;
                i += 8;
                continue;
            }
        }
        // Byte by byte up to the next eight (a character may end a little past them).
        let stop = (i + 8).min(bytes.len());
        while i < stop {
            let b = bytes[i];
            // Printable ASCII, the common case: one comparison.
            if b.wrapping_sub(b'!') < 0x7f - b'!' {
                space = false;
                i += 1;
                continue;
            }
            if b == b' ' && !space {
                space = true;
                i += 1;
                continue;
            }
            let (white, len) = match b {
                b' ' | b'\t'..=b'\r' => (true, 1),
                b if b.is_ascii() => (false, 1),
                _ => {
                    let c = s[i..].chars().next().expect("a character at a boundary");
                    (c.is_whitespace(), c.len_utf8())
                }
            };
            if white {
                out.push_str(&s[run..i]);
                if !space {
                    out.push(' ');
                }
                space = true;
                run = i + len;
            } else {
                space = false;
            }
            i += len;
        }
    }
    out.push_str(&s[run..]);
}

/// Whether the eight bytes `x` (little-endian) are all ASCII at or above the space, with no
/// space after a space (`space`: the character before them was white space): then collapsing
/// copies them as they are, and `Some` says whether the last of them is a space.
fn plain_eight(x: u64, space: bool) -> Option<bool> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    // A byte at or above 0x80, or one below the space (`x - 0x20` borrows into a high bit
    // that `x` lacks: exact for "any" when no byte is at or above 0x80).
    if x & HIGH != 0 || x.wrapping_sub(0x20 * ONES) & !x & HIGH != 0 {
        return None;
    }
    // The spaces, exactly: the high bit of each byte of `x ^ spaces` that is zero.
    let y = x ^ (0x20 * ONES);
    let spaces = !(((y & LOW7).wrapping_add(LOW7)) | y) & HIGH;
    // A space after a space, within the eight or across their start.
    if spaces & ((spaces << 8) | u64::from(space) << 7) != 0 {
        return None;
    }
    Some(spaces >> 63 == 1)
}

/// The mention tokens (`⟨12s⟩`) of a tagged text: (byte start, mention index).
fn tokens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for start in offsets_of(text, MENTION_OPEN) {
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
fn replace_found(
    re: &regex_automata::meta::Regex,
    text: String,
    mut with: impl FnMut(&str, &str) -> String,
) -> String {
    let mut found = re.find_iter(&text).peekable();
    if found.peek().is_none() {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for m in found {
        out.push_str(&text[last..m.start()]);
        out.push_str(&with(&text[m.range()], &text[m.end()..]));
        last = m.end();
    }
    out.push_str(&text[last..]);
    out
}

/// Appends `n` in decimal (as `n.to_string()` would, without its allocation).
fn push_number(out: &mut String, n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.push_str(std::str::from_utf8(&digits[at..]).expect("ASCII digits"));
}

/// [`crate::patterns::ascii_words`] of `text`, the tagged form of `sentence`: a tagged
/// sentence is pieces of its sentence and ASCII between the mention brackets (which are no
/// word characters), so an ASCII sentence (most sentences: the folding made their quotes and
/// dashes ASCII) needs only the fast `is_ascii` and not the tagged text's scan.
fn sentence_ascii_words(sentence: &str, text: &str) -> bool {
    sentence.is_ascii() || crate::patterns::ascii_words(text)
}

/// The sentence with white space collapsed and mention `i` replaced by `⟨i?⟩` (? its kind).
fn mention_tokens(gaz: &Gazetteer, sentence: &str, mentions: &[Mention]) -> String {
    let mut text = String::with_capacity(sentence.len() + 16);
    let mut last = 0;
    for (i, m) in mentions.iter().enumerate() {
        push_collapsed(&mut text, &sentence[last..m.start]);
        text.push(MENTION_OPEN);
        push_number(&mut text, i);
        text.push(kind_letter(gaz.actor(m.actor).kind));
        text.push(MENTION_CLOSE);
        last = m.end;
    }
    push_collapsed(&mut text, &sentence[last..]);
    text
}

/// The tagged sentence without the rules' rewrites (no absorbed titles, no dropped places):
/// for sentences only the clause reader reads (one actor and an anaphor), which need no regex.
pub fn tag_plain(gaz: &Gazetteer, sentence: &str, mentions: &[Mention]) -> Tagged {
    let text = mention_tokens(gaz, sentence, mentions).trim().to_string();
    let tokens = tokens(&text);
    Tagged {
        ascii_words: sentence_ascii_words(sentence, &text),
        text,
        tokens,
        headed: Vec::new(),
    }
}

/// Builds the tagged sentence: white space collapsed, mention `i` replaced by `⟨i⟩`, a mention
/// repeated in parentheses ("the IRGC (IRGC)") and a parent's possessive before its organ
/// ("Iran's IRGC") folded into one token.
pub fn tag(gaz: &Gazetteer, pats: &PatternSet, sentence: &str, mentions: &[Mention]) -> Tagged {
    let text = mention_tokens(gaz, sentence, mentions);
    let actor = |s: &str| {
        s.parse::<usize>()
            .ok()
            .and_then(|i| mentions.get(i))
            .map(|m| m.actor)
    };
    // The rewrites below need a parenthesis or an apostrophe after a token: most sentences
    // have neither, and skip them. (Both looked for in one pass; the second again only after
    // the first rewrote the text.)
    let close_then = |text: &str, s: &str| {
        offsets_of(text, MENTION_CLOSE).any(|i| text[i + MENTION_CLOSE.len_utf8()..].starts_with(s))
    };
    let (mut paren, mut apostrophe) = (false, false);
    for i in offsets_of(&text, MENTION_CLOSE) {
        let after = &text.as_bytes()[i + MENTION_CLOSE.len_utf8()..];
        paren |= after.starts_with(b" (");
        apostrophe |= after.starts_with(b"'");
    }
    // Every text below is made of pieces of this one (and ASCII): without a word character
    // beyond ASCII here, there is none there either.
    let ascii_words = sentence_ascii_words(sentence, &text);
    let text = if paren {
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
    if paren {
        apostrophe = close_then(&text, "'");
    }
    let text = if apostrophe {
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
    let mut headed = Vec::new();
    let text = replace_found(pats.absorb_re.for_ascii(ascii_words), text, |m, _| {
        let poss = if m.ends_with("'s") {
            "'s"
        } else if m.ends_with('\'') {
            "'"
        } else {
            ""
        };
        let token = first_token(m);
        if token.len() + poss.len() < m.len() {
            let digits = token
                .trim_start_matches(MENTION_OPEN)
                .trim_end_matches(|c: char| !c.is_ascii_digit());
            if let Ok(k) = digits.parse::<usize>() {
                let head = m[token.len()..m.len() - poss.len()]
                    .rsplit(' ')
                    .next()
                    .unwrap_or("");
                headed.push((k, head.to_lowercase()));
            }
        }
        format!("{token}{poss}")
    });
    // "quit ECOWAS in January, and Russia ...": a month or a day is no place, and the list the
    // qualifier would drop after it is the clause going on.
    let qualifier = pats.qualifier_re.for_ascii(ascii_words);
    let text = replace_found(qualifier, text, |m, after| {
        let dated = m
            .split([' ', ','])
            .map(|w| w.trim_end_matches(['.', ';', ':']))
            .any(|w| {
                crate::word_set!(crate::words::MONTHS).contains(w)
                    || crate::word_set!(crate::words::DAYS).contains(w)
            });
        if dated {
            return m.to_string();
        }
        // "talks hosted by Oman in Muscat, Iran and the United States agreed": a city, then
        // named actors before a verb, are the place and the clause's subject, not three places.
        let token = first_token(m);
        if let Some(comma) = m.find(", ") {
            let first_place = &m[token.len()..comma];
            let rest = &m[comma..];
            let named = |item: &str| {
                let item = item.trim().trim_start_matches("the ");
                item.starts_with(MENTION_OPEN) && item.ends_with(MENTION_CLOSE)
            };
            let items: Vec<&str> = rest[1..]
                .split([','])
                .flat_map(|p| p.split(" and "))
                .map(str::trim)
                .filter(|p| !p.is_empty() && *p != "and")
                .collect();
            if !first_place.contains(MENTION_OPEN)
                && items.len() >= 2
                && items.iter().all(|p| named(p.trim_start_matches("and ")))
                && after
                    .strip_prefix(' ')
                    .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_lowercase()))
            {
                return format!("{token}{rest}");
            }
        }
        token
    });
    let text = text.trim().to_string();
    let tokens = tokens(&text);
    Tagged {
        // (A word character beyond ASCII may have been in a part the rewrites dropped.)
        ascii_words: ascii_words || crate::patterns::ascii_words(&text),
        text,
        tokens,
        headed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_as_to_string_writes_them() {
        for n in [0, 7, 10, 99, 100, 12_345, usize::MAX] {
            let mut s = String::from("⟨");
            push_number(&mut s, n);
            assert_eq!(s, format!("⟨{n}"));
        }
    }

    /// The collapse as one character at a time with `char::is_whitespace`.
    fn collapsed_by_characters(s: &str) -> String {
        let mut want = String::new();
        let mut space = false;
        for c in s.chars() {
            if c.is_whitespace() {
                if !space {
                    want.push(' ');
                }
                space = true;
            } else {
                want.push(c);
                space = false;
            }
        }
        want
    }

    /// Eight bytes at a time give what a character at a time gives, wherever spaces, controls
    /// and non-ASCII characters fall against the eights (random texts of a few pieces).
    #[test]
    fn collapsing_eights_is_collapsing_characters() {
        let pieces = [
            " ", "  ", "a", "word", "\t", "\n", "\u{00A0}", "\u{00E9}", "\x7f", "\x1f", "\u{2009}",
        ];
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..20_000 {
            let mut s = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            for k in 0..(seed % 24) {
                s.push_str(pieces[((seed >> (2 * k + 5)) % pieces.len() as u64) as usize]);
            }
            let mut got = String::new();
            push_collapsed(&mut got, &s);
            assert_eq!(got, collapsed_by_characters(&s), "{s:?}");
        }
    }

    /// Collapsing copies runs and decides white space on ASCII bytes: the same text as one
    /// character at a time with `char::is_whitespace`.
    #[test]
    fn collapsing_runs_is_collapsing_characters() {
        for s in [
            "",
            " ",
            "plain words here",
            "  two\t\tspaces \n\r\x0b\x0c end  ",
            "\x1c\x1f are no white space",
            "non\u{00A0}breaking\u{2009}thin\u{3000}ideographic\u{0085}next\u{2028}line",
            "\u{00E9}t\u{00E9}  \u{00C7}avu\u{015F}o\u{011F}lu\u{201D} x",
            "a \u{00A0}b c\u{00A0} d \t e\t f  \u{7f} ~ ",
            "\u{2009} lead and trail \u{2009}",
            "eight ch  ars then a double space across the eight bytes  x  y",
            "1234567 \n 234567  \t3456789       z\u{00A0}       w  ",
            "abcdefg  bcdefgh abcdefgh\tabcdefgh\x1fabcdefgh\x7fabcdefgh ",
            "Trọng and Łukaszenka  met in São Tomé\u{2009}\u{2009}on Monday . ",
        ] {
            let mut got = String::from("prefix:");
            push_collapsed(&mut got, s);
            assert_eq!(
                got,
                format!("prefix:{}", collapsed_by_characters(s)),
                "{s:?}"
            );
        }
    }
}
