//! Sentence segmentation for news text.
//!
//! This module owns the split of a document into [`Sentence`] spans (byte offsets into the
//! document). Headlines, section headings and other lines without final punctuation are units of
//! their own; running text is segmented by `sentencex` (pinned, behind the [`Segmenter`] trait),
//! which knows English abbreviations ("Mr.", "Gen.", "U.S.", "No. 10") and keeps quotations whole.

use sentencex::languages::{English, Language};

/// A sentence: its position in the document's sentence list and its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// 0-based index in the document.
    pub index: usize,
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset after the last character.
    pub end: usize,
}

/// Splits text into sentences.
pub trait Segmenter: Send + Sync {
    /// The sentence spans of `text`, in order, trimmed of surrounding white space.
    fn segment(&self, text: &str) -> Vec<Sentence>;
}

/// The default segmenter: lines, headings and paragraphs first, then `sentencex` inside paragraphs.
#[derive(Debug, Default, Clone, Copy)]
pub struct NewsSegmenter;

/// Longest line (in words) still taken as a heading when it lacks final punctuation.
const HEADING_MAX_WORDS: usize = 16;

fn is_heading(line: &str) -> bool {
    let t = line.trim();
    let last = t.chars().last().unwrap_or('.');
    !matches!(
        last,
        '.' | '!' | '?' | ':' | ';' | ',' | '"' | '\'' | ')' | ']' | '\u{201D}' | '\u{2019}'
    ) && t.split_whitespace().count() <= HEADING_MAX_WORDS
}

/// A block of a document's layout, as a byte span: a paragraph (a run of non-blank lines that
/// are no headings) or a heading line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Block {
    Paragraph(usize, usize),
    Heading(usize, usize),
}

/// The blocks of `text`, in order: blank lines end a paragraph, a heading line is a block of
/// its own.
fn blocks(text: &str) -> impl Iterator<Item = Block> + '_ {
    let mut lines = text.split_inclusive('\n');
    let mut pos = 0;
    let mut para: Option<(usize, usize)> = None;
    // A heading that ended a paragraph: it comes after that paragraph.
    let mut heading = None;
    std::iter::from_fn(move || loop {
        if let Some(h) = heading.take() {
            return Some(h);
        }
        let Some(line) = lines.next() else {
            return para.take().map(|(s, e)| Block::Paragraph(s, e));
        };
        let start = pos;
        pos += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        let end = start + content.len();
        if content.trim().is_empty() {
            if let Some((s, e)) = para.take() {
                return Some(Block::Paragraph(s, e));
            }
        } else if is_heading(content) {
            let h = Block::Heading(start, end);
            match para.take() {
                Some((s, e)) => {
                    heading = Some(h);
                    return Some(Block::Paragraph(s, e));
                }
                None => return Some(h),
            }
        } else {
            para = Some(match para {
                Some((s, _)) => (s, end),
                None => (start, end),
            });
        }
    })
}

impl Segmenter for NewsSegmenter {
    fn segment(&self, text: &str) -> Vec<Sentence> {
        // News sentences run to about 150 bytes: room for most documents' sentences at once.
        let mut out = Vec::with_capacity(text.len() / 128 + 1);
        let english = English {};
        // Paragraphs not yet segmented: those one `\n\n` apart go to sentencex in one call,
        // which splits them there itself and segments each alone, as separate calls would
        // (one call per paragraph cost more than the segmentation of a short one).
        let mut run: Option<(usize, usize)> = None;
        for block in blocks(text) {
            match block {
                Block::Paragraph(s, e) => {
                    run = match run {
                        Some((rs, re)) if text.get(re..s) == Some("\n\n") => Some((rs, e)),
                        Some((rs, re)) => {
                            split_paragraph(&english, text, rs, re, &mut out);
                            Some((s, e))
                        }
                        None => Some((s, e)),
                    }
                }
                Block::Heading(s, e) => {
                    if let Some((rs, re)) = run.take() {
                        split_paragraph(&english, text, rs, re, &mut out);
                    }
                    push_trimmed(text, s, e, &mut out);
                }
            }
        }
        if let Some((rs, re)) = run {
            split_paragraph(&english, text, rs, re, &mut out);
        }
        for (i, s) in out.iter_mut().enumerate() {
            s.index = i;
        }
        out
    }
}

fn split_paragraph(lang: &English, text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let para = &text[start..end];
    // `segment` gives the same spans as `get_sentence_boundaries` without the character
    // offsets and end symbols nothing here reads; each is a slice of `para`.
    for s in lang.segment(para) {
        let at = start + (s.as_ptr() as usize - para.as_ptr() as usize);
        push_trimmed(text, at, at + s.len(), out);
    }
}

/// Longest sentence, in bytes, handed to the later stages. Text without full stops (PDF
/// extracts, tables, scraped lists) can run to megabytes in one "sentence", and relation
/// matching within a sentence is not linear in its length; news sentences are a few hundred
/// bytes, so a longer one is split (see [`split_long`]).
pub const MAX_SENTENCE_BYTES: usize = 3_000;

/// A split of an over-long sentence is looked for in its last this many bytes before the cap,
/// at clause punctuation first, then at white space.
const SPLIT_WINDOW: usize = MAX_SENTENCE_BYTES / 2;

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        split_long(text, start + lead, end - trail, out);
    }
}

/// Pushes the sentence `start..end` (trimmed), cut into pieces of at most
/// [`MAX_SENTENCE_BYTES`] when it is longer: each cut goes after the last `;`, `,` or `:`
/// followed by white space in the window before the cap, else at the last white space there,
/// else at the last character boundary before the cap. Each piece scans at most the window, so
/// the whole is linear in the sentence's length.
fn split_long(text: &str, mut start: usize, end: usize, out: &mut Vec<Sentence>) {
    while end - start > MAX_SENTENCE_BYTES {
        let limit = start + MAX_SENTENCE_BYTES;
        let window = &text.as_bytes()[limit - SPLIT_WINDOW..=limit];
        let at_space = |i: usize| window.get(i + 1).is_some_and(u8::is_ascii_whitespace);
        let clause = (0..window.len())
            .rev()
            .find(|&i| matches!(window[i], b';' | b',' | b':') && at_space(i))
            .map(|i| i + 1);
        let space = || {
            (0..window.len())
                .rev()
                .find(|&i| window[i].is_ascii_whitespace())
        };
        let cut = match clause.or_else(space) {
            Some(i) => limit - SPLIT_WINDOW + i,
            None => (start + 1..=limit)
                .rev()
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(limit),
        };
        let piece = &text[start..cut];
        let piece_end = start + piece.trim_end().len();
        if piece_end > start {
            out.push(Sentence {
                index: 0,
                start,
                end: piece_end,
            });
        }
        let rest = &text[cut..end];
        start = cut + (rest.len() - rest.trim_start().len());
    }
    if end > start {
        out.push(Sentence {
            index: 0,
            start,
            end,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        NewsSegmenter
            .segment(t)
            .iter()
            .map(|s| &t[s.start..s.end])
            .collect()
    }

    #[test]
    fn abbreviations_do_not_split() {
        let t = "Mr. Witkoff met Gen. Smith in Washington on Jan. 3. U.S. officials said so.";
        assert_eq!(
            texts(t),
            vec![
                "Mr. Witkoff met Gen. Smith in Washington on Jan. 3.",
                "U.S. officials said so."
            ]
        );
    }

    #[test]
    fn headings_are_units() {
        let t = "Oman's Role in U.S. Strategy\n\nOman mediated. Iran agreed.\nAn Indispensable Mediator\nText here.";
        assert_eq!(
            texts(t),
            vec![
                "Oman's Role in U.S. Strategy",
                "Oman mediated.",
                "Iran agreed.",
                "An Indispensable Mediator",
                "Text here."
            ]
        );
    }

    /// 300 generated articles (seeded) and the sample article.
    fn news(seed: u64) -> Vec<String> {
        let gaz = crate::gazetteer::Gazetteer::embedded().unwrap();
        let cast = crate::synth::Cast::new(&gaz);
        let mut rng = crate::synth::Rng::new(seed);
        let mut texts: Vec<String> = (0..300)
            .map(|_| crate::synth::article(&cast, &mut rng).1)
            .collect();
        texts.push(include_str!("../data/samples/oman-mediation.txt").to_string());
        texts
    }

    /// The spans `segment` gives are the ones `get_sentence_boundaries` gives, on generated news,
    /// the sample article and text built to exercise quotes, brackets, lists, ellipses,
    /// e-mail addresses, abbreviations and non-ASCII letters.
    #[test]
    fn segment_spans_are_the_boundaries_spans() {
        fn by_boundaries(text: &str) -> Vec<Sentence> {
            let mut out = Vec::new();
            let mut start = 0;
            for para in text.split("\n\n") {
                let end = start + para.len();
                for b in (English {}).get_sentence_boundaries(para) {
                    push_trimmed(text, start + b.start_byte, start + b.end_byte, &mut out);
                }
                start = end + 2;
            }
            out
        }
        fn by_segment(text: &str) -> Vec<Sentence> {
            let mut out = Vec::new();
            let mut start = 0;
            for para in text.split("\n\n") {
                split_paragraph(&English {}, text, start, start + para.len(), &mut out);
                start += para.len() + 2;
            }
            out
        }
        let mut texts = news(7);
        texts.extend(
            [
                "He said: \"We will go. They won't.\" Then he left. (See p. 4. Or not.) Fine.",
                "Write to a.b@example.org. Or call!! Really?! Yes... no. Wait . . . Go.",
                "1. First item.\n2. Second item. Still second.\n3) Third.",
                "The U.S. and U.K. met at 3 p.m. on Jan. 5. Mr. Smith (R-Texas) spoke. Dr. Who?",
                "\u{201C}Stop.\u{201D} She said so. \u{2018}No.\u{2019} Türkiye agreed. Ça va… Oui.",
                "Hey! Wow! ok. 7.Bg5 was played. Section [1]. Next. J. R. R. Tolkien wrote it.",
                "", "   ", ".", "!!!", "a.b.c. d", "Quote \"unclosed. Next sentence. End.",
            ]
            .iter()
            .map(|s| s.to_string()),
        );
        let mut sentences = 0;
        for t in &texts {
            assert_eq!(by_segment(t), by_boundaries(t), "{t:?}");
            sentences += by_segment(t).len();
        }
        assert!(sentences > 5_000, "{sentences}");
    }

    /// Paragraphs segmented in one call give the sentences of one call per paragraph (the
    /// segmenter before it grouped them): generated news, the sample article, and layouts
    /// with CRLF, several blank lines, blank lines of spaces, lone carriage returns,
    /// headings between paragraphs and no final newline.
    #[test]
    fn grouped_paragraphs_give_the_sentences_of_one_call_each() {
        fn per_paragraph(text: &str) -> Vec<Sentence> {
            let mut out = Vec::new();
            for block in blocks(text) {
                match block {
                    Block::Paragraph(s, e) => split_paragraph(&English {}, text, s, e, &mut out),
                    Block::Heading(s, e) => push_trimmed(text, s, e, &mut out),
                }
            }
            for (i, s) in out.iter_mut().enumerate() {
                s.index = i;
            }
            out
        }
        let mut texts = news(9);
        let p = "Iran struck. \"Israel (said) no.\" Oman mediated";
        texts.extend(
            [
                format!("{p}.\n\n{p}!\n\n{p}?"),
                format!("{p}.\r\n\r\n{p}.\r\n{p}.\r\n"),
                format!("{p}.\n\n\n{p}.\n \n{p}.\n\t\n{p}.\n\r\n{p}.\n\n"),
                format!("{p}.\n\nA Heading Here\n\n{p}.\nTwo Headings\n{p}.\n\n{p}"),
                format!("{p}.\n{p}.\n\n\r{p}.\r\n\n{p}. and\n\nlower start."),
                format!("\n\n{p}.\n\n"),
            ]
            .iter()
            .cloned(),
        );
        let mut sentences = 0;
        for t in &texts {
            let got = NewsSegmenter.segment(t);
            assert_eq!(got, per_paragraph(t), "{t:?}");
            sentences += got.len();
        }
        assert!(sentences > 5_000, "{sentences}");
    }

    #[test]
    fn crlf_and_offsets() {
        let t = "Iran struck Israel.\r\n\r\nIsrael struck Iran.\r\n";
        let s = NewsSegmenter.segment(t);
        assert_eq!(s.len(), 2);
        assert_eq!(&t[s[1].start..s[1].end], "Israel struck Iran.");
        assert_eq!(s[1].index, 1);
    }
}
