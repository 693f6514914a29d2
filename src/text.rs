//! Typography folding with an offset map back to the original text.
//!
//! News text mixes curly quotes, several dashes, non-breaking and zero-width spaces. Matching works
//! on a *folded* copy in which these are plain ASCII, while every span reported to the user must
//! point into the *original* bytes. [`Folded`] keeps both: the folded string and, for each of its
//! bytes, the byte offset in the original it came from.
//!
//! It also owns the word-byte mask ([`word_byte_mask`]) with which the dictionary search and the
//! duplicate fingerprints find word starts 64 bytes at a time.

/// A folded copy of a text plus the map from folded byte offsets to original byte offsets.
#[derive(Debug, Clone)]
pub struct Folded<'a> {
    /// The folded text: the original itself when nothing folds (most sentences of English
    /// news are plain ASCII), so that no copy is made.
    pub text: std::borrow::Cow<'a, str>,
    /// `map[i]` is the original byte offset of folded byte `i`; `map[text.len()]` is the
    /// original length.
    map: Vec<u32>,
    /// `ends[i]` is the original byte offset just after the character folded byte `i` came from.
    ends: Vec<u32>,
    /// Nothing was folded: offsets are the same in both texts, and `map` and `ends` are empty
    /// (most sentences of English news are plain ASCII).
    identity: bool,
}

/// What a character folds to: `None` keeps it as it is.
fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{02BC}' | '\u{2032}'
        | '\u{00B4}' | '\u{0060}' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => "\"",
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}' | '\u{FE63}'
        | '\u{FF0D}' => "-",
        // An em dash or a horizontal bar separates phrases: keep it apart from the words.
        '\u{2014}' | '\u{2015}' => " - ",
        '\u{00A0}' | '\u{2002}' | '\u{2003}' | '\u{2004}' | '\u{2005}' | '\u{2006}'
        | '\u{2007}' | '\u{2008}' | '\u{2009}' | '\u{200A}' | '\u{202F}' | '\u{205F}'
        | '\u{3000}' | '\t' => " ",
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{200E}' | '\u{200F}'
        | '\u{2060}' | '\u{FEFF}' => "",
        '\u{2026}' => "...",
        _ => return None,
    })
}

/// Whether `text` has a byte that folding changes: a non-ASCII byte, or one of the two ASCII
/// characters [`fold_char`] replaces (a backtick, a tab). Eight bytes at a time: every sentence
/// of a run is checked, and most have none.
fn folds_any(text: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // The high bit of each byte of `x` that is zero (the bytes of `x` are below 0x80).
    let zero = |x: u64| (x.wrapping_sub(ONES)) & !x & HIGH;
    let mut eights = text.chunks_exact(8);
    for eight in &mut eights {
        let x = u64::from_le_bytes(eight.try_into().expect("eight bytes"));
        if x & HIGH != 0
            || zero(x ^ (u64::from(b'`') * ONES)) | zero(x ^ (u64::from(b'\t') * ONES)) != 0
        {
            return true;
        }
    }
    eights
        .remainder()
        .iter()
        .any(|&b| !b.is_ascii() || fold_char(b as char).is_some())
}

impl<'a> Folded<'a> {
    /// Folds `original`.
    pub fn new(original: &'a str) -> Folded<'a> {
        if !folds_any(original.as_bytes()) {
            return Folded {
                text: original.into(),
                map: Vec::new(),
                ends: Vec::new(),
                identity: true,
            };
        }
        let mut text = String::with_capacity(original.len());
        let mut map = Vec::with_capacity(original.len() + 1);
        let mut ends = Vec::with_capacity(original.len());
        let bytes = original.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // A run of ASCII bytes that stay as they are (all but a backtick and a tab), copied
            // whole: curly quotes and dashes send most sentences of news text here.
            let run = bytes[i..]
                .iter()
                .position(|&b| !b.is_ascii() || b == b'`' || b == b'\t')
                .unwrap_or(bytes.len() - i);
            if run > 0 {
                text.push_str(&original[i..i + run]);
                map.extend(i as u32..(i + run) as u32);
                ends.extend(i as u32 + 1..=(i + run) as u32);
                i += run;
                continue;
            }
            let c = original[i..]
                .chars()
                .next()
                .expect("a character at a boundary");
            let end = (i + c.len_utf8()) as u32;
            let rep_len = match fold_char(c) {
                Some(rep) => {
                    text.push_str(rep);
                    rep.len()
                }
                None => {
                    text.push(c);
                    c.len_utf8()
                }
            };
            map.extend(std::iter::repeat_n(i as u32, rep_len));
            ends.extend(std::iter::repeat_n(end, rep_len));
            i = end as usize;
        }
        map.push(original.len() as u32);
        Folded {
            text: text.into(),
            map,
            ends,
            identity: false,
        }
    }

    /// The original byte offset of a folded byte offset (`offset <= text.len()`).
    pub fn original(&self, offset: usize) -> usize {
        if self.identity {
            assert!(offset <= self.text.len(), "offset past the folded text");
            return offset;
        }
        self.map[offset] as usize
    }

    /// The original byte range of a folded range.
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        if end <= start {
            let o = self.original(start);
            return (o, o);
        }
        // The end is where the last folded character's source ends, so a deleted character
        // (zero-width space, direction mark) after the span stays outside it.
        if self.identity {
            return (self.original(start), self.original(end));
        }
        (self.original(start), self.ends[end - 1] as usize)
    }
}

/// Folds a short string (an alias or a pattern word) the same way as a text.
pub fn fold(s: &str) -> String {
    Folded::new(s).text.into_owned()
}

/// The word bytes among 64 (ASCII letters and digits, and every non-ASCII byte) as a bit mask,
/// bit `j` for byte `j`, computed eight bytes at a time.
pub(crate) fn word_byte_mask(block: &[u8; 64]) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut mask = 0;
    for (k, eight) in block.chunks_exact(8).enumerate() {
        let x = u64::from_le_bytes(eight.try_into().expect("eight bytes"));
        // The high bit of each byte says whether the byte is in a range: its low seven bits
        // plus a constant reach 0x80 from the range's first byte and again from the byte
        // after its last, without carrying into the next byte.
        let low7 = x & (0x7f * ONES);
        let digit = (low7 + (0x80 - 0x30) * ONES) ^ (low7 + (0x80 - 0x3a) * ONES);
        let folded = low7 | (0x20 * ONES);
        let letter = (folded + (0x80 - 0x61) * ONES) ^ (folded + (0x80 - 0x7b) * ONES);
        let word = (x | digit | letter) & (0x80 * ONES);
        // The eight high bits gathered into the top byte, byte `j`'s at bit 56 + j.
        let bits = ((word >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56;
        mask |= bits << (8 * k);
    }
    mask
}

/// [`word_byte_mask`] of the 64 bytes of `bytes` from `at`; bytes past its end count as no word.
pub(crate) fn word_byte_mask_at(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..at + 64) {
        Some(block) => word_byte_mask(block.try_into().expect("64 bytes")),
        None => {
            let tail = &bytes[at.min(bytes.len())..];
            let mut padded = [0u8; 64];
            padded[..tail.len()].copy_from_slice(tail);
            word_byte_mask(&padded)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_byte_mask_marks_letters_digits_and_non_ascii() {
        for b in 0..=255u8 {
            for at in [0, 7, 8, 33, 63] {
                let mut block = [b' '; 64];
                block[at] = b;
                let word = b.is_ascii_alphanumeric() || b >= 0x80;
                assert_eq!(
                    word_byte_mask(&block),
                    u64::from(word) << at,
                    "{b:#x} at {at}"
                );
            }
        }
    }

    /// The eight-byte check agrees with the character table for every byte at every place
    /// of a text (two eight-byte blocks and a remainder).
    #[test]
    fn folds_any_finds_every_byte_folding_changes() {
        for b in 0..=255u8 {
            for at in 0..19 {
                let mut text = *b"plain ascii words z";
                text[at] = b;
                let want = !b.is_ascii() || fold_char(b as char).is_some();
                assert_eq!(folds_any(&text), want, "{b:#x} at {at}");
            }
        }
        assert!(!folds_any(b""));
    }

    #[test]
    fn folds_quotes_dashes_and_spaces() {
        let f = Folded::new("Oman\u{2019}s \u{201C}role\u{201D}\u{00A0}in U.S.\u{2013}Iran talks\u{2014}now\u{2026}");
        assert_eq!(f.text, "Oman's \"role\" in U.S.-Iran talks - now...");
    }

    /// The folding as it was written first, one character at a time: the fast path that copies
    /// ASCII runs whole must give the same text and offsets.
    #[test]
    fn ascii_runs_fold_as_characters_do() {
        for original in [
            "Oman\u{2019}s \u{201C}role\u{201D}\u{00A0}in U.S.\u{2013}Iran talks\u{2014}now\u{2026}",
            "a\tb`c\u{200B}d\u{00AD}",
            "\u{2019}starts and ends\u{2019}",
            "\u{00E9}t\u{00E9} \u{00C7}avu\u{015F}o\u{011F}lu \u{201C}x\u{201D}",
            "ascii only, then \u{00A0}",
        ] {
            let f = Folded::new(original);
            let (mut text, mut map, mut ends) = (String::new(), Vec::new(), Vec::new());
            for (i, c) in original.char_indices() {
                let rep = fold_char(c).map_or_else(|| c.to_string(), str::to_string);
                for _ in 0..rep.len() {
                    map.push(i as u32);
                    ends.push((i + c.len_utf8()) as u32);
                }
                text.push_str(&rep);
            }
            map.push(original.len() as u32);
            assert_eq!(f.text, text, "{original:?}");
            assert_eq!((f.map, f.ends), (map, ends), "{original:?}");
        }
    }

    #[test]
    fn offsets_point_into_the_original() {
        let original = "Oman\u{2019}s role\u{200E} in Muscat";
        let f = Folded::new(original);
        let start = f.text.find("Muscat").unwrap();
        let (a, b) = f.original_range(start, start + "Muscat".len());
        assert_eq!(&original[a..b], "Muscat");
        let s = f.text.find("role").unwrap();
        let (a, b) = f.original_range(s, s + 4);
        assert_eq!(&original[a..b], "role");
    }

    #[test]
    fn plain_ascii_keeps_its_offsets_and_ascii_folds_still_fold() {
        let plain = "Oman's role in U.S.-Iran talks.";
        let f = Folded::new(plain);
        assert_eq!(f.text, plain);
        assert_eq!(f.original_range(7, 11), (7, 11));
        assert_eq!(f.original(plain.len()), plain.len());
        // Tabs and backticks are ASCII but fold.
        let original = "Iran\tand `Hamas`";
        let f = Folded::new(original);
        assert_eq!(f.text, "Iran and 'Hamas'");
        let s = f.text.find("Hamas").unwrap();
        let (a, b) = f.original_range(s, s + 5);
        assert_eq!(&original[a..b], "Hamas");
    }
}
