// actorgraph: a scan that finds what `QUOTES_REGEX.find_iter` finds, without the regex.
//
// `QUOTES_REGEX` has Unicode `\b`/`\B` guards, so its lazy DFA gives up on the first non-ASCII
// byte (a curly quote, an accented name) and the whole text is run through the PikeVM, at a
// few hundred instructions a byte. This scan reads the same alternatives by hand, in the
// regex's leftmost-first order, and looks for each alternative's closer once per text (the
// search for the next closer of a kind resumes where the last one ended), so it stays linear.
// The regex is kept: `tests` below compares the two on generated text.

use regex_automata::util::look::LookMatcher;

use crate::constants::QUOTE_PAIRS;

/// Bytes that can start a quote opener: `'`, `` ` ``, `"` and the lead bytes of `«`/`»`
/// (0xC2), the curly, low and angle quotes (0xE2) and `《`/`「` (0xE3).
fn is_opener_byte(b: u8) -> bool {
    matches!(b, b'\'' | b'`' | b'"' | 0xC2 | 0xE2 | 0xE3)
}

/// The first closer of one kind at or after a position, remembered: `found` is the first
/// closer at or after `from` (`None`: there is none), so it answers every later question
/// whose position is at least `from` and at most `found`.
#[derive(Clone, Copy)]
struct NextCloser {
    from: usize,
    found: Option<usize>,
}

impl NextCloser {
    const UNKNOWN: NextCloser = NextCloser {
        from: usize::MAX,
        found: None,
    };

    fn at_or_after(
        &mut self,
        from: usize,
        find: impl FnOnce(usize) -> Option<usize>,
    ) -> Option<usize> {
        let known = self.from <= from && self.found.is_none_or(|f| f >= from);
        if !known {
            *self = NextCloser {
                from,
                found: find(from),
            };
        }
        self.found
    }
}

/// `\s` of the regex (Unicode `White_Space`, as `char::is_whitespace`; `tests` checks every
/// character).
fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// The length of the character at `at` (a character boundary before the end of `text`).
fn char_len_at(text: &str, at: usize) -> usize {
    text[at..].chars().next().map_or(0, char::len_utf8)
}

/// Where a guarded closer `close` (one ASCII byte) ends a guarded pair, at or after `from`:
/// `(?s:.*?[^\s{close}]){close}\B`, the `.*?` and the class taken from `from` on.
fn guarded_closer(text: &str, look: &LookMatcher, close: u8, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    memchr::memchr_iter(close, &bytes[from..])
        .map(|rel| from + rel)
        .find(|&q| {
            // `from` is past the opener's first content character, so the character before
            // `q` is inside the match.
            text[..q]
                .chars()
                .next_back()
                .is_some_and(|c| !is_space(c) && c != close as char)
                && look.is_word_unicode_negate(bytes, q + 1).unwrap()
        })
}

/// Appends, as `(start, end)`, each match `QUOTES_REGEX.find_iter(text)` gives, in order.
pub(crate) fn quote_matches(text: &str, mut push: impl FnMut(usize, usize)) {
    let bytes = text.as_bytes();
    let look = LookMatcher::new();
    let mut next = [NextCloser::UNKNOWN; QUOTE_PAIRS.len()];
    let mut cursor = 0;
    while let Some(rel) = bytes[cursor..].iter().position(|&b| is_opener_byte(b)) {
        let s = cursor + rel;
        match match_at(text, &look, &mut next, s) {
            Some(end) => {
                push(s, end);
                cursor = end;
            }
            None => cursor = s + char_len_at(text, s),
        }
    }
}

/// The end of the match `QUOTES_REGEX` finds starting at `s`, if one does: its alternatives
/// tried in order (the pairs of `QUOTE_PAIRS`, then the line-anchored forms of the ambiguous
/// ones), each with its shortest end (`.*?`, `.+?`).
fn match_at(text: &str, look: &LookMatcher, next: &mut [NextCloser], s: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    for (i, pair) in QUOTE_PAIRS.iter().enumerate() {
        if !text[s..].starts_with(pair.open) {
            continue;
        }
        let content = s + pair.open.len();
        let end = if pair.ambiguous {
            // `\B{open}\b(?s:.*?[^\s{close}]){close}\B`: `open` is one ASCII non-word byte, so
            // `\b` after it needs a word character there, which is also the shortest
            // content the class can end on.
            if !look.is_word_unicode_negate(bytes, s).unwrap()
                || !look.is_word_unicode(bytes, content).unwrap()
            {
                continue;
            }
            let close = pair.close.as_bytes()[0];
            let from = content + char_len_at(text, content);
            next[i]
                .at_or_after(from, |from| guarded_closer(text, look, close, from))
                .map(|q| q + 1)
        } else {
            // `{open}(?s:.*?){close}`
            next[i]
                .at_or_after(content, |from| {
                    text[from..].find(pair.close).map(|r| from + r)
                })
                .map(|q| q + pair.close.len())
        };
        if end.is_some() {
            return end;
        }
    }

    // `(?m:^{open}.+?{close}$)` for the ambiguous pairs: a line that starts with the opener and
    // ends with the closer, with at least one character between them (`.` is not `\n`).
    if s > 0 && bytes[s - 1] != b'\n' {
        return None;
    }
    let line_end = memchr::memchr(b'\n', &bytes[s..]).map_or(bytes.len(), |r| s + r);
    for pair in QUOTE_PAIRS.iter().filter(|p| p.ambiguous) {
        let content = s + pair.open.len();
        if text[s..].starts_with(pair.open)
            && content < line_end
            && content + char_len_at(text, content) < line_end
            && text[..line_end].ends_with(pair.close)
        {
            return Some(line_end);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::constants::QUOTES_REGEX;
    use regex::Regex;

    fn by_regex(text: &str) -> Vec<(usize, usize)> {
        QUOTES_REGEX
            .find_iter(text)
            .map(|m| (m.start(), m.end()))
            .collect()
    }

    fn by_scan(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        quote_matches(text, |s, e| out.push((s, e)));
        out
    }

    #[test]
    fn space_is_the_regex_class() {
        let re = Regex::new(r"^\s$").unwrap();
        let mut buf = [0u8; 4];
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_space(c), re.is_match(c.encode_utf8(&mut buf)), "{c:?}");
        }
    }

    #[test]
    fn examples() {
        for text in [
            "He said 'no' twice.",
            "'Stop,' he said.",
            "Iran's leader said 'we will not' and Hamas' men agreed.",
            "x ' y ' z",
            "''Yes'' he said. ''No",
            "a\n'line'\n'x'",
            "`a' `b` ``c'' ``d`` `e",
            "«Outer 'inner' quotes» „Hallo“ ‹x› 「こんにちは」 《你好》",
            "“unclosed ‘also ’ “closed” \"a\" \"",
            "'é' 'Şa' é'x' 'x'é x'' ''",
            "'\n'",
            "'a'",
            "'''",
            "\u{a0}'a'\u{2009}",
        ] {
            assert_eq!(by_scan(text), by_regex(text), "{text:?}");
        }
    }

    /// Pieces of text around quotes: apostrophes at word edges and inside words, doubled and
    /// tripled, at line starts and ends, next to non-ASCII letters, marks and white space;
    /// straight, curly, low, angled and CJK quotes, backticks, terminators.
    #[rustfmt::skip]
    const PIECES: &[&str] = &[
        "Iran", "'s", "s'", "'", "''", "'''", " ", "  ", "\n", "\r\n", "\t", ".", ". ", "! ", "?",
        ",", "Hamas", "don't", "'Stop.'", " 'We", "go.' ", "\"", "\"Yes.\" ", "“", "”", "‘", "’",
        "«", "»", "„", "‹", "›", "‚", "‛", "‟", "《", "》", "「", "」", "`", "``", "é", "Ş", "ğ", "Ω",
        "文", "\u{a0}", "\u{2009}", "\u{b}", "\u{85}", "(", ")", "[", "]", "x", "Z", "7", "_", "-",
        "—", "'Z", "a'b", "'.", ".'", "')", "('", "' '", "'\n", "\n'", "I'm", "rock 'n' roll",
        "'90s", "Qu'ran", "e'", "'é", "é'", "\u{300}", "\u{300}'", "'\u{300}", "\u{200d}", "²", "٣",
        "`x'", "``y''", "\n`", "`\n",
    ];

    fn generated(seed: u64, count: usize, max_pieces: u64, mut check: impl FnMut(&str)) {
        let mut state = seed;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..count {
            let len = 1 + next() % max_pieces;
            let text: String = (0..len)
                .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                .collect();
            check(&text);
        }
    }

    #[test]
    fn generated_text_gives_the_regex_matches() {
        let mut matched = 0;
        generated(0x9E37_79B9_7F4A_7C15, 300_000, 16, |text| {
            let want = by_regex(text);
            assert_eq!(by_scan(text), want, "{text:?}");
            matched += usize::from(!want.is_empty());
        });
        // Most generated texts hold a quote (so the test compares something).
        assert!(matched > 100_000, "{matched}");
    }

    #[test]
    fn long_generated_text_gives_the_regex_matches() {
        generated(0x2545_F491_4F6C_DD1D, 3_000, 400, |text| {
            assert_eq!(by_scan(text), by_regex(text), "{text:?}");
        });
    }
}
