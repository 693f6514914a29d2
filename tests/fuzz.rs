//! A fuzz harness on stable Rust (proptest): arbitrary bytes, arbitrary HTML and arbitrary JSONL
//! lines go through the whole pipeline (decoding, HTML reduction, segmentation, extraction,
//! the corpus reader) and every export writer. No input may panic; every output must be what
//! its reader accepts: the JSON reads back to the same graph, the XML formats and the DOT carry
//! no character XML cannot, the Cytoscape JSON parses. The case counts keep the whole file to
//! a few seconds in a release build (`PROPTEST_CASES` raises them for a longer run).

use std::sync::OnceLock;

use actorgraph::corpus::{Corpus, Options};
use actorgraph::export::json::{from_json, to_json};
use actorgraph::export::{gexf::GexfVersion, html, Format};
use actorgraph::input::document_from_bytes;
use actorgraph::{ActorGraph, Extractor};
use proptest::prelude::*;

fn extractor() -> &'static Extractor {
    static E: OnceLock<Extractor> = OnceLock::new();
    E.get_or_init(|| Extractor::new().unwrap())
}

fn xml_invalid(text: &str) -> Option<char> {
    text.chars().find(|&c| {
        ((c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r'))
            || c == '\u{FFFE}'
            || c == '\u{FFFF}'
    })
}

/// Every writer on `graph`, each output checked as its reader would.
fn check_exports(graph: &ActorGraph) {
    let json = to_json(graph);
    let back = from_json("fuzz", &json).expect("the JSON reads back");
    assert_eq!(
        to_json(&back),
        json,
        "the JSON reads back to the same graph"
    );
    for format in [
        Format::Dot,
        Format::Graphml,
        Format::Gexf(GexfVersion::V12Draft),
        Format::Gexf(GexfVersion::V13),
        Format::Cyjs,
        Format::Neo4j,
        Format::Cypher,
        Format::Csv,
    ] {
        for (name, text) in format.files(graph) {
            if matches!(format, Format::Dot | Format::Graphml | Format::Gexf(_)) {
                assert_eq!(xml_invalid(&text), None, "{format:?}");
            }
            if format == Format::Cyjs {
                serde_json::from_str::<serde_json::Value>(&text).expect("cyjs parses");
            }
            assert!(!name.contains('/'), "{name}");
        }
    }
    let page = html::to_html(graph, &html::HtmlOptions::default());
    assert_eq!(xml_invalid(&page), None, "html");
}

/// Words the dictionary and the patterns know, punctuation, and hostile pieces: control
/// characters, Graphviz escapes, markup, formula starts, byte-order marks.
const PIECES: &[&str] = &[
    "Iran",
    "Israel",
    "Hezbollah",
    "Oman",
    "the United States",
    "Hamas",
    "the Houthis",
    "Qatar",
    " backs ",
    " attacked ",
    " mediated talks between ",
    " and ",
    " struck ",
    " is an ally of ",
    " does not ",
    " would ",
    ".",
    ",",
    ";",
    ":",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\u{c}",
    "\u{1b}[1m",
    "\u{1}",
    "\u{0}",
    "\\N",
    "\\G",
    "\"",
    "'",
    "<",
    ">",
    "&amp;",
    "&#x2019;",
    "=cmd|' /C calc'!A0",
    "+1",
    "-",
    "@x",
    "\t",
    "é",
    "\u{FEFF}",
    "\u{2014}",
    "\u{1F600}",
    "\u{FFFE}",
    "\u{200B}",
    "Mr.",
    "U.S.",
    "...",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(PIECES).prop_map(str::to_string),
            1 => any::<String>(),
        ],
        0..120,
    )
    .prop_map(|v| v.concat())
}

fn html_page() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        text().prop_map(|t| t.replace('<', "&lt;")),
        prop::sample::select(
            &[
                "<br>",
                "<img src=x>",
                "<!-- c -->",
                "&amp;",
                "&nbsp;",
                "<",
                "</",
                "<!--",
                "<p",
                "'\""
            ][..]
        )
        .prop_map(str::to_string),
    ];
    leaf.prop_recursive(6, 64, 6, |inner| {
        (
            prop::sample::select(
                &[
                    "div", "p", "span", "b", "li", "ul", "table", "td", "script", "style", "nav",
                    "article", "title", "h1", "a", "textarea",
                ][..],
            ),
            prop::collection::vec(("[a-z]{1,6}", "[^\"]{0,10}"), 0..4),
            prop::collection::vec(inner, 0..5),
            any::<bool>(),
        )
            .prop_map(|(tag, attrs, children, close)| {
                let attrs: String = attrs.iter().map(|(k, v)| format!(" {k}=\"{v}\"")).collect();
                let end = if close {
                    format!("</{tag}>")
                } else {
                    String::new()
                };
                format!("<{tag}{attrs}>{}{end}", children.concat())
            })
    })
    .prop_map(|body| format!("<html><head><title>T</title></head><body>{body}</body></html>"))
}

/// A JSONL line: a document with arbitrary id, text, title and date, or garbage.
fn jsonl_line() -> impl Strategy<Value = Vec<u8>> {
    let date = prop_oneof![
        Just(None),
        prop::sample::select(
            &[
                "2024-05-01",
                "2024-05-0é",
                "2024-02-30",
                "2024-05-01T10:00Z",
                "x"
            ][..]
        )
        .prop_map(|d| Some(d.to_string())),
        any::<String>().prop_map(Some),
    ];
    let id = prop_oneof![
        any::<String>().prop_map(serde_json::Value::from),
        any::<u64>().prop_map(serde_json::Value::from),
        Just(serde_json::Value::Null),
    ];
    prop_oneof![
        4 => (id, text(), prop::option::of(text()), date).prop_map(|(id, text, title, date)| {
            let mut v = serde_json::json!({"id": id, "text": text});
            if let Some(t) = title {
                v["title"] = t.into();
            }
            if let Some(d) = date {
                v["date"] = d.into();
            }
            v.to_string().into_bytes()
        }),
        1 => prop::collection::vec(any::<u8>(), 0..200),
        1 => Just(b"\xEF\xBB\xBF{\"id\": \"bom\", \"text\": \"Iran backs Hezbollah.\"}".to_vec()),
    ]
}

const BOMS: &[&[u8]] = &[b"", b"\xEF\xBB\xBF", b"\xFF\xFE", b"\xFE\xFF"];

/// Cases per property: 256, or `PROPTEST_CASES`.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(256)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    /// Arbitrary bytes as a text file (with or without a byte-order mark).
    #[test]
    fn arbitrary_bytes_through_the_pipeline(
        bom in prop::sample::select(BOMS),
        body in prop_oneof![prop::collection::vec(any::<u8>(), 0..1500), text().prop_map(String::into_bytes)],
    ) {
        let bytes = [bom, &body[..]].concat();
        let (doc, _warnings) = document_from_bytes("fuzz.txt", &bytes, false);
        if let Some(doc) = doc {
            check_exports(&extractor().graph(&[doc]));
        }
    }

    /// Arbitrary HTML (nested, unclosed, with scripts, entities and attributes) and arbitrary
    /// text read as HTML.
    #[test]
    fn arbitrary_html_through_the_pipeline(page in prop_oneof![html_page(), text()]) {
        let (doc, _warnings) = document_from_bytes("fuzz.html", page.as_bytes(), true);
        if let Some(doc) = doc {
            check_exports(&extractor().graph(&[doc]));
        }
    }

    /// Arbitrary JSONL lines through the corpus reader: good documents, malformed lines,
    /// bad dates and a byte-order mark; never a panic, every malformed line one warning.
    #[test]
    fn arbitrary_jsonl_through_the_corpus_reader(
        lines in prop::collection::vec(jsonl_line(), 0..12),
        dedup in any::<bool>(),
    ) {
        let mut input = Vec::new();
        for l in &lines {
            input.extend(l.iter().filter(|&&b| b != b'\n'));
            input.push(b'\n');
        }
        let options = Options { threads: Some(1), dedup, since: Some("2024-01-01".into()), ..Options::default() };
        let options = if lines.len() % 2 == 0 { Options { since: None, ..options } } else { options };
        let mut corpus = Corpus::new(extractor(), options);
        let mut warnings = 0u64;
        corpus.read_jsonl("fuzz.jsonl", &input[..], &mut |_| warnings += 1, &mut |_| {}).unwrap();
        let (graph, stats) = corpus.finish();
        prop_assert_eq!(stats.read, lines.len() as u64);
        prop_assert!(warnings >= stats.malformed);
        prop_assert_eq!(stats.failed, 0);
        check_exports(&graph);
    }
}
