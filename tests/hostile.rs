//! Hostile and careless input through the library: time linear in the input's size, every
//! later stage given bounded pieces.

use std::time::{Duration, Instant};

use actorgraph::input::{document_from_bytes, html_to_text};
use actorgraph::sentences::{NewsSegmenter, Segmenter, MAX_SENTENCE_BYTES};
use actorgraph::{Document, Extractor};

/// The time of one call of `f`: repeated for at least 50 ms so that fast calls are measurable.
fn timed(f: &mut impl FnMut()) -> Duration {
    let t = Instant::now();
    let mut calls = 0;
    while calls == 0 || t.elapsed() < Duration::from_millis(50) {
        f();
        calls += 1;
    }
    t.elapsed() / calls
}

/// One timing test at a time: they would otherwise slow each other down unevenly.
static TIMING: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Fails unless doubling the input at most triples the time: `make(n)` builds an input of
/// about `n` bytes and `work` processes it. A quadratic stage quadruples instead.
///
/// On a shared machine one measurement can be thrown off by other work, so the small and the
/// large input are timed alternately, twice, the fastest of each counting; and a ratio
/// over 3 is measured again, up to three times in all, before the test fails (a quadratic
/// stage fails every time).
fn assert_linear<T>(what: &str, n: usize, make: impl Fn(usize) -> T, mut work: impl FnMut(&T)) {
    let _one_at_a_time = TIMING.lock().unwrap_or_else(|e| e.into_inner());
    let (small, large) = (make(n), make(2 * n));
    work(&small); // warm-up: lazily built tables, page faults
    let mut ratios = Vec::new();
    for _ in 0..3 {
        let (mut t1, mut t2) = (Duration::MAX, Duration::MAX);
        for _ in 0..2 {
            t1 = t1.min(timed(&mut || work(&small)));
            t2 = t2.min(timed(&mut || work(&large)));
        }
        let ratio = t2.as_secs_f64() / t1.as_secs_f64().max(1e-9);
        eprintln!(
            "{what}: {n} bytes {t1:?}, {} bytes {t2:?}, ratio {ratio:.2}",
            2 * n
        );
        if ratio <= 3.0 {
            return;
        }
        ratios.push(format!("{ratio:.2} ({t1:?} -> {t2:?})"));
    }
    panic!("{what}: doubling the input from {n} bytes multiplied the time by {ratios:?}");
}

/// Text without full stops ("Iran attacked Israel and " over and over, as PDF extracts and
/// scraped lists give) is one sentence of megabytes unless the segmenter bounds it.
fn run_on(n: usize) -> String {
    "Iran attacked Israel and ".repeat(n / 25)
}

#[test]
fn a_sentence_without_full_stops_costs_linear_time() {
    let ex = Extractor::new().unwrap();
    // Big enough that a quadratic stage dominates the fixed costs (it did from 400 kB in a
    // debug build, ratio 3.2; the issue measured 1 MB 4 s, 2 MB 16 s in release).
    let n = if cfg!(debug_assertions) {
        600_000
    } else {
        2_000_000
    };
    assert_linear("run-on sentence", n, run_on, |text| {
        let r = ex.process(&Document::new("run-on", text.as_str()));
        assert!(!r.relations.is_empty());
    });
}

/// One paragraph (no blank line) of sentences that end inside quotes of several kinds, as a
/// long article scraped with single line breaks gives: sentencex recounted the paragraph for
/// each quote of a kind other than the last one's, and scanned every earlier quote for each
/// apostrophe (1 MB 7.4 s, 2 MB 27 s in release before the vendored fix).
#[test]
fn a_paragraph_of_quotes_costs_linear_time() {
    let unit = "Iran said so.\" Then Oman agreed.' Qatar said no.'' Egypt left.\u{201D} ";
    let quotes = |n: usize| unit.repeat(n / unit.len());
    let n = if cfg!(debug_assertions) {
        100_000
    } else {
        400_000
    };
    assert_linear("paragraph of quotes", n, quotes, |text| {
        assert!(NewsSegmenter.segment(text).len() > 1_000);
    });
}

#[test]
fn every_sentence_is_bounded_and_the_pieces_keep_every_word_in_order() {
    let cases = [
        run_on(50_000),
        "Iran attacked Israel, ".repeat(2_000),
        "Iran; Israel: Oman, ".repeat(2_000),
        "x".repeat(20_000),
        "é".repeat(10_000) + &"\u{1F600}".repeat(3_001),
        format!("{} {}", "a".repeat(2_999), "b".repeat(9_000)),
        format!(
            "Oman mediated.\n\n{}\n\nIran agreed.",
            "word ".repeat(5_000)
        ),
        " \t ".repeat(5_000),
    ];
    for text in &cases {
        let sentences = NewsSegmenter.segment(text);
        let mut words = String::new();
        for (i, s) in sentences.iter().enumerate() {
            assert_eq!(s.index, i);
            let piece = &text[s.start..s.end];
            assert!(
                s.end - s.start <= MAX_SENTENCE_BYTES,
                "{} bytes",
                piece.len()
            );
            assert_eq!(piece, piece.trim(), "pieces are trimmed");
            words.push_str(piece);
        }
        let strip = |s: &str| s.split_whitespace().collect::<String>();
        assert_eq!(strip(&words), strip(text), "nothing lost or reordered");
    }
}

#[test]
fn long_sentences_are_cut_at_clause_punctuation_first() {
    let text = "Iran attacked Israel, ".repeat(1_000);
    let sentences = NewsSegmenter.segment(&text);
    assert!(sentences.len() > 5);
    for s in &sentences[..sentences.len() - 1] {
        assert!(
            text[s.start..s.end].ends_with(','),
            "{:?}",
            &text[s.start..s.end]
        );
        assert!(s.end - s.start > MAX_SENTENCE_BYTES / 2);
    }
    // Ordinary sentences are left as they were.
    let short = "Oman mediated talks between Iran and the United States. Israel struck Hezbollah.";
    assert_eq!(NewsSegmenter.segment(short).len(), 2);
}

/// Deeply nested elements, one tag with very many attributes, very many character references:
/// each was quadratic in the HTML parser or the readability analysis (the issue measured 2,000
/// nested `<div>` 1.2 s, 4,000 3.7 s, 8,000 13.9 s).
#[test]
fn hostile_html_costs_linear_time_and_keeps_its_text() {
    let article = "<p>Oman mediated talks between Iran and the United States.</p>";
    let nested = |n: usize| {
        let depth = n / 11;
        format!(
            "<html><body>{}{article}{}</body></html>",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        )
    };
    let attributes = |n: usize| {
        let attrs: String = (0..n / 12).map(|i| format!(" a{i:06}=\"x\"")).collect();
        format!("<html><body><div{attrs}>{article}</div></body></html>")
    };
    let references = |n: usize| {
        format!(
            "<html><body>{article}<p>Tom {} Jerry.</p></body></html>",
            "&amp;".repeat(n / 5)
        )
    };
    // Sizes where the old quadratic stage dominated (nested: 40 kB is 3,600 levels).
    for (what, n, make) in [
        ("nested <div>", 40_000, &nested as &dyn Fn(usize) -> String),
        ("attributes on one tag", 100_000, &attributes),
        ("&amp; references", 200_000, &references),
    ] {
        let text = html_to_text(&make(n));
        assert!(
            text.contains("Oman mediated talks between Iran and the United States."),
            "{what}: {text:.200}"
        );
        assert_linear(what, n, make, |html| {
            html_to_text(html);
        });
    }
}

/// A page read without the layout analysis says so, and still gives its text.
#[test]
fn hostile_html_is_read_with_a_warning() {
    let html = format!(
        "<html><head><title>Talks &amp; more</title><script>var Iran = 1;</script></head><body>\
         <nav>Home | World</nav>{}<p>Oman mediated talks between Iran and the United States.</p>\
         <p>Israel struck Hezbollah&#x2019;s depots.</p>{}</body></html>",
        "<div>".repeat(1_000),
        "</div>".repeat(1_000)
    );
    let (doc, warnings) = document_from_bytes("deep.html", html.as_bytes(), true);
    let text = doc.unwrap().text;
    assert_eq!(
        text,
        "Talks & more\n\nOman mediated talks between Iran and the United States.\n\n\
         Israel struck Hezbollah\u{2019}s depots."
    );
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].starts_with("deep.html: HTML nested 1002 elements deep"),
        "{warnings:?}"
    );
}

/// A chain of `n / 100` actors as graph JSON text.
fn chain_graph(n: usize) -> actorgraph::ActorGraph {
    let ids: Vec<String> = (0..n / 100).map(|i| format!("actor-{i:07}")).collect();
    let nodes: Vec<serde_json::Value> = ids
        .iter()
        .map(|id| serde_json::json!({"id": id, "label": id, "kind": "state", "aliases": [], "mentions": 1}))
        .collect();
    let links: Vec<serde_json::Value> = ids
        .windows(2)
        .map(|w| {
            serde_json::json!({"source": w[0], "target": w[1], "key": "ally", "relation": "ally",
                               "symmetric": true, "weight": 1, "evidence": []})
        })
        .collect();
    let doc = serde_json::json!({"directed": true, "multigraph": true,
        "graph": {"generator": "actorgraph", "version": "0.1.0", "schema": 1, "documents": []},
        "nodes": nodes, "links": links});
    actorgraph::export::json::from_json("chain", &doc.to_string()).unwrap()
}

/// The HTML view finds each edge's ends by a map: linear in the graph, where a search over the
/// nodes for every edge was quadratic.
#[test]
fn the_html_view_costs_linear_time_in_the_graph() {
    use actorgraph::export::html::{to_html, HtmlOptions};
    assert_linear("HTML view", 2_000_000, chain_graph, |g| {
        to_html(g, &HtmlOptions::default());
    });
}
