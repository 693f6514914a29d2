//! Fixed word lists as sets: membership in one hash probe instead of a scan of the list.
//!
//! The clause reader keeps its vocabulary as named lists (`HEADS`, `BREAKS`, `PREPOSITIONS`
//! ...), and asks for membership many times per sentence: a `contains` over a list of two
//! hundred `&str` compares lengths and bytes word by word (on real news text the head-noun
//! check alone was 1.6 % of a run). [`WordSet`] is built once from such a list and answers
//! the same question with one hash and, mostly, one comparison. The lists stay what they are;
//! [`word_set!`] turns a list into its set where it is looked up.

/// A set of words built from a fixed list: open addressing, linear probing, a quarter full.
#[derive(Debug)]
pub struct WordSet {
    /// The words, each at its hash's slot or after it; `""` marks an empty slot.
    slots: Box<[&'static str]>,
    /// Table size minus one (the size is a power of two).
    mask: usize,
    /// Length of the longest word: a longer one is not looked up.
    longest: usize,
    /// The list holds the empty word (which cannot sit in a slot).
    empty: bool,
}

/// The hash of a word: its first and last eight bytes and its length, multiplied.
#[inline]
fn hash(w: &[u8]) -> u64 {
    let n = w.len();
    let load = |b: &[u8]| {
        let mut buf = [0u8; 8];
        buf[..b.len()].copy_from_slice(b);
        u64::from_le_bytes(buf)
    };
    let head = load(&w[..n.min(8)]);
    let tail = if n > 8 { load(&w[n - 8..]) } else { 0 };
    (head ^ tail.rotate_left(31) ^ ((n as u64) << 56)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

impl WordSet {
    /// The set of the words of `list` (duplicates allowed).
    pub fn new(list: &'static [&'static str]) -> WordSet {
        let size = (list.len() * 4).next_power_of_two().max(16);
        let mask = size - 1;
        let mut slots = vec![""; size].into_boxed_slice();
        let mut empty = false;
        let mut longest = 0;
        for &w in list {
            if w.is_empty() {
                empty = true;
                continue;
            }
            longest = longest.max(w.len());
            let mut i = (hash(w.as_bytes()) >> 32) as usize & mask;
            while !slots[i].is_empty() && slots[i] != w {
                i = (i + 1) & mask;
            }
            slots[i] = w;
        }
        WordSet {
            slots,
            mask,
            longest,
            empty,
        }
    }

    /// Whether `w` is one of the words (compared byte for byte, as `list.contains(&w)`).
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        if w.is_empty() {
            return self.empty;
        }
        if w.len() > self.longest {
            return false;
        }
        let mut i = (hash(w.as_bytes()) >> 32) as usize & self.mask;
        loop {
            let s = self.slots[i];
            if s.is_empty() {
                return false;
            }
            if s.len() == w.len() && s == w {
                return true;
            }
            i = (i + 1) & self.mask;
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
