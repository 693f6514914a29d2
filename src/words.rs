//! Fixed word lists as sets: membership in one hash probe instead of a scan of the list.
//!
//! The clause reader keeps its vocabulary as named lists (`HEADS`, `BREAKS`, `PREPOSITIONS`
//! ...), and asks for membership many times per sentence: a `contains` over a list of two
//! hundred `&str` compares lengths and bytes word by word (on real news text the head-noun
//! check alone was 1.6 % of a run). [`WordSet`] is built once from such a list and answers
//! the same question with one hash and, mostly, one comparison. The lists stay what they are;
//! [`word_set!`] turns a list into its set where it is looked up.

/// A set of words built from a fixed list: open addressing, linear probing, at most a quarter
/// full. A word of up to fifteen bytes is its own key (its bytes and its length in sixteen
/// bytes), so that a probe reads one slot and follows no pointer; longer words, rare in these
/// lists, are compared one by one.
#[derive(Debug, Clone)]
pub struct WordSet {
    /// The keys of the short words, each at its hash's slot or after it; `[0, 0]` is empty.
    slots: Box<[[u64; 2]]>,
    /// Table size minus one (the size is a power of two).
    mask: usize,
    /// The words of sixteen bytes or more.
    long: Vec<Box<str>>,
    /// The list holds the empty word (whose key would be the empty slot's).
    empty: bool,
}

/// The key of a word of one to fifteen bytes: its bytes, zero-padded, with its length in the
/// last byte. Read with overlapping loads rather than copied into a buffer (a copy of a
/// variable length is a call to `memcpy`): where two loads overlap, both hold the same bytes.
#[inline(always)]
fn key(w: &[u8]) -> [u64; 2] {
    let n = w.len();
    debug_assert!((1..16).contains(&n));
    let u32_at = |i: usize| u64::from(u32::from_le_bytes([w[i], w[i + 1], w[i + 2], w[i + 3]]));
    let u64_at = |i: usize| u64::from_le_bytes(w[i..i + 8].try_into().expect("eight bytes"));
    let (lo, hi) = if n >= 8 {
        // Bytes 8..n are the top n - 8 bytes of the last eight.
        let tail = if n > 8 {
            u64_at(n - 8) >> (8 * (16 - n))
        } else {
            0
        };
        (u64_at(0), tail)
    } else if n >= 4 {
        (u32_at(0) | u32_at(n - 4) << (8 * (n - 4)), 0)
    } else {
        let b = |i: usize| u64::from(w[i]) << (8 * i);
        (b(0) | b(n / 2) | b(n - 1), 0)
    };
    [lo, hi | (n as u64) << 56]
}

/// The slot a key starts its probe at.
#[inline(always)]
fn home(k: [u64; 2], mask: usize) -> usize {
    ((k[0] ^ k[1].rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize & mask
}

impl WordSet {
    /// The set of the words of `list` (duplicates allowed).
    pub fn new(list: &'static [&'static str]) -> WordSet {
        WordSet::from_words(list.iter().copied())
    }

    /// The set of `words` (duplicates allowed), a list known only at run time.
    pub fn from_words<'a>(words: impl IntoIterator<Item = &'a str>) -> WordSet {
        let list: Vec<&str> = words.into_iter().collect();
        let size = (list.len() * 4).next_power_of_two().max(16);
        let mask = size - 1;
        let mut slots = vec![[0u64; 2]; size].into_boxed_slice();
        let mut long = Vec::new();
        let mut empty = false;
        for &w in &list {
            if w.is_empty() {
                empty = true;
            } else if w.len() >= 16 {
                long.push(Box::from(w));
            } else {
                let k = key(w.as_bytes());
                let mut i = home(k, mask);
                while slots[i] != [0, 0] && slots[i] != k {
                    i = (i + 1) & mask;
                }
                slots[i] = k;
            }
        }
        WordSet {
            slots,
            mask,
            long,
            empty,
        }
    }

    /// Whether `w` is one of the words (compared byte for byte, as `list.contains(&w)`).
    #[inline(always)]
    pub fn contains(&self, w: &str) -> bool {
        self.contains_bytes(w.as_bytes())
    }

    /// [`WordSet::contains`] of a word's bytes (no word of the set matches bytes that are
    /// not UTF-8).
    #[inline(always)]
    pub fn contains_bytes(&self, b: &[u8]) -> bool {
        if b.len().wrapping_sub(1) >= 15 {
            return self.contains_other(b);
        }
        let k = key(b);
        let mut i = home(k, self.mask);
        loop {
            let s = self.slots[i];
            if s == k {
                return true;
            }
            if s == [0, 0] {
                return false;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// [`WordSet::contains`] for the empty word and words of sixteen bytes or more.
    #[cold]
    fn contains_other(&self, w: &[u8]) -> bool {
        if w.is_empty() {
            self.empty
        } else {
            self.long.iter().any(|l| l.as_bytes() == w)
        }
    }
}

/// The [`WordSet`] of a `&'static [&'static str]` list, built on first use and kept in a
/// static of the call site: `word_set!(HEADS).contains(w)` answers `HEADS.contains(&w)`.
#[macro_export]
macro_rules! word_set {
    ($list:expr) => {{
        static SET: std::sync::LazyLock<$crate::words::WordSet> =
            std::sync::LazyLock::new(|| $crate::words::WordSet::new($list));
        &*SET
    }};
}

/// Adjectives of region before a place's name ("in eastern Congo", "from southern Libya").
pub const REGIONS: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north-eastern",
    "northeastern",
    "north-western",
    "northwestern",
    "south-eastern",
    "southeastern",
    "south-western",
    "southwestern",
];

/// Names of the months, capitalised as written.
pub const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
/// Names of the days of the week, capitalised as written.
pub const DAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

#[cfg(test)]
mod tests {
    use super::*;

    const LIST: &[&str] = &[
        "of",
        "in",
        "the",
        "government",
        "governments",
        "paramilitaries",
        "a",
        "of",
        "counterparts",
        "counterpart",
        "x",
    ];

    #[test]
    fn a_key_is_the_word_zero_padded_with_its_length() {
        let text = b"abcdefghijklmnopq";
        for n in 1..16 {
            let mut buf = [0u8; 16];
            buf[..n].copy_from_slice(&text[..n]);
            buf[15] = n as u8;
            let want = [
                u64::from_le_bytes(buf[..8].try_into().unwrap()),
                u64::from_le_bytes(buf[8..].try_into().unwrap()),
            ];
            assert_eq!(key(&text[..n]), want, "{n}");
        }
    }

    #[test]
    fn a_set_holds_exactly_the_words_of_its_list() {
        let set = WordSet::new(LIST);
        for w in LIST {
            assert!(set.contains(w), "{w}");
        }
        for w in [
            "",
            "o",
            "f",
            "ofx",
            "governmen",
            "governmentss",
            "counterpartz",
            "The",
            "in ",
            "paramilitaries-",
            "y",
        ] {
            assert_eq!(set.contains(w), LIST.contains(&w), "{w:?}");
        }
        let with_empty = WordSet::new(&["", "a"]);
        assert!(with_empty.contains("") && with_empty.contains("a") && !with_empty.contains("b"));
        assert!(word_set!(LIST).contains("government") && !word_set!(LIST).contains("go"));
    }
}
