//! The interactive HTML explorer: one self-contained, offline HTML file (no CDN, no external
//! file) that draws the graph on a WebGL canvas with sigma.js and graphology (bundled into the
//! page from `vendor/explorer/bundle.js`, licences in `vendor/explorer/LICENSES.txt`), the graph
//! data as inline JSON and the explorer's own script.
//!
//! The page lays the graph out in the browser (a deterministic spiral by degree for the first
//! picture, then ForceAtlas2 in a web worker for a few seconds), and offers filters by relation,
//! actor kind, weight and date range (an edge's first and last day seen), a search by any name
//! or alias (case- and accent-insensitive), a focus on an actor's neighbourhood, an evidence
//! panel with document ids and sentences, counts of what is shown, and the document list
//! collapsed. Actors left without a shown relation are hidden. Arrows are drawn by one plain
//! WebGL program (`html/arrow.js`), not sigma's two instanced ones, which software WebGL runs
//! one relation at a time. Above 20,000 relations, where WebGL is software (no GPU), the page
//! draws the relations itself (`html/lines.js`: one-pixel lines into an image, put as one
//! texture on an opaque canvas of the page's own under sigma's layers, so that the browser
//! composes nothing under it), in about 0.03-0.05 s instead of SwiftShader's 0.3-0.4 s,
//! in the frame of the filter that changed them, and sigma then draws a graph of the actors
//! alone; the page draws the actors' discs over them in the same image too (sigma keeps its
//! picking pass, for what is under the pointer); while the camera moves, their last image is
//! moved with it (one quad a frame) until the camera rests. With a GPU they stay sigma's and are drawn in a pass of their own after
//! the frame with the actors (`tests/py/check_html.py` measures both; docs/performance.md).
//!
//! The file is the same bytes for the same graph: the layout runs in the viewer.

use serde_json::json;

use crate::export::dot::{leads, relation_style};
use crate::graph::ActorGraph;
use crate::graph::Relation;

const STYLE: &str = include_str!("html/view.css");
const SCRIPT: &str = concat!(
    include_str!("html/arrow.js"),
    include_str!("html/lines.js"),
    include_str!("html/view.js")
);
/// sigma.js 3, graphology and graphology-layout-forceatlas2, minified (MIT; see
/// `vendor/explorer/LICENSES.txt` and `vendor/explorer/build.sh`).
const VENDOR: &str = include_str!("../../vendor/explorer/bundle.js");

/// Options of [`to_html`].
#[derive(Debug, Clone, Default)]
pub struct HtmlOptions {
    /// The page title (default: the documents, a few named and the rest counted).
    pub title: Option<String>,
}

/// Escapes text for HTML element content (characters XML cannot carry become U+FFFD).
fn text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .chars()
        .map(super::xml_char)
        .collect()
}

/// JSON that can sit inside a `<script>` element: no `<`, `>`, `&`, line separators or
/// non-characters (U+FFFE, U+FFFF, which no XML may carry) left; serde_json already escapes
/// the control characters.
fn script_json(v: &serde_json::Value) -> String {
    serde_json::to_string(v)
        .expect("serialises")
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
        .replace('\u{FFFE}', "\\ufffe")
        .replace('\u{FFFF}', "\\uffff")
}

/// The data the script works on. Nodes are objects in [`ActorGraph::nodes`] order; edges, the
/// bulk of an archive, are arrays in [`ActorGraph::edges`] order:
/// `[source, target, relation, weight, first_seen, last_seen, evidence, other_parties]`, with
/// node and relation indices, and each evidence `[document index, sentence, text]`.
fn data(graph: &ActorGraph, title: &str) -> serde_json::Value {
    let nodes = graph.nodes();
    // Each edge's ends by a map, not a search over the nodes (quadratic on a large graph).
    let positions: std::collections::HashMap<&str, usize> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), i))
        .collect();
    let index = |id: &str| positions[id];
    let documents: Vec<&str> = graph.documents().iter().map(|d| d.id.as_str()).collect();
    let doc_index: std::collections::HashMap<&str, usize> =
        documents.iter().enumerate().map(|(i, d)| (*d, i)).collect();
    let rel = |r: Relation| Relation::ALL.iter().position(|&x| x == r).expect("in ALL");
    let edges: Vec<_> = graph
        .edges()
        .into_iter()
        .map(|(s, t, e)| {
            let others = if e.relation == Relation::Mediator {
                ActorGraph::other_parties(e, &t.id)
            } else {
                Vec::new()
            };
            let evidence: Vec<_> = e
                .evidence
                .iter()
                .map(|ev| {
                    // A document the graph does not list (hand-made graphs) keeps its name.
                    let doc = match doc_index.get(ev.document.as_str()) {
                        Some(&i) => json!(i),
                        None => json!(ev.document),
                    };
                    json!([doc, ev.sentence, ev.text])
                })
                .collect();
            json!([
                index(&s.id),
                index(&t.id),
                rel(e.relation),
                e.weight,
                e.first_seen(),
                e.last_seen(),
                evidence,
                others
            ])
        })
        .collect();
    let mut kinds: Vec<&str> = nodes.iter().map(|n| n.kind.as_str()).collect();
    kinds.sort_unstable();
    kinds.dedup();
    let nodes_json: Vec<_> = nodes
        .iter()
        .map(|n| {
            json!({"id": n.id, "label": n.label, "kind": n.kind, "aliases": n.aliases,
                   "mentions": n.mentions, "office": n.office})
        })
        .collect();
    let leads: Vec<_> = leads(graph)
        .iter()
        .map(|(p, s)| json!([index(p), index(s)]))
        .collect();
    let relations: Vec<_> = Relation::ALL
        .iter()
        .map(|&r| {
            json!({"name": r.as_str(), "color": relation_style(r).0, "symmetric": r.is_symmetric()})
        })
        .collect();
    let kind_colors: serde_json::Map<String, serde_json::Value> = kinds
        .iter()
        .map(|k| (k.to_string(), json!(dot_colour(k))))
        .collect();
    json!({
        "title": title, "relations": relations, "kinds": kind_colors, "nodes": nodes_json,
        "edges": edges, "leads": leads, "documents": documents,
    })
}

/// The colour of an actor kind's dot on the white canvas (the pictures' pale fills are
/// backgrounds for a label, too faint for a dot).
fn dot_colour(kind: &str) -> &'static str {
    match kind {
        "state" => "#4e79a7",
        "organization" => "#f28e2b",
        "state_organ" => "#76b7b2",
        "government" => "#3b5f86",
        "armed_group" => "#b04a3f",
        "political_party" => "#59a14f",
        "person" => "#b07aa1",
        "media" => "#9c755f",
        _ => "#7f7f7f",
    }
}

/// Document ids named in the page's title; an archive's are summed up.
const TITLE_DOCUMENTS: usize = 3;

/// The page title: the documents' ids, the first few of them and how many more for an archive
/// (joining them all made titles of megabytes).
fn title(graph: &ActorGraph) -> String {
    let documents = graph.documents();
    let named: Vec<&str> = documents
        .iter()
        .take(TITLE_DOCUMENTS)
        .map(|d| d.id.as_str())
        .collect();
    match documents.len() {
        0 => "actorgraph".to_string(),
        n if n <= TITLE_DOCUMENTS => format!("actorgraph: {}", named.join(", ")),
        n => format!(
            "actorgraph: {} and {} more documents",
            named.join(", "),
            n - TITLE_DOCUMENTS
        ),
    }
}

/// The explorer page of `graph` (drawn as it is: filter it first for a smaller picture).
pub fn to_html(graph: &ActorGraph, options: &HtmlOptions) -> String {
    let title = options.title.clone().unwrap_or_else(|| title(graph));
    let documents = graph.documents();
    let mut doc_list = String::new();
    for d in &documents {
        doc_list.push_str("<li>");
        doc_list.push_str(&text(&d.id));
        doc_list.push_str("</li>");
    }
    format!(
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="actorgraph {version}">
<title>{title}</title>
<style>
{STYLE}</style>
</head>
<body>
<header>
  <h1>{title}</h1>
  <div id="find"><input id="search" type="search" placeholder="Find an actor by any name…" autocomplete="off" aria-label="Find an actor"><ul id="matches"></ul></div>
  <span id="stats">{nodes} actors · {edges} relations</span>
  <details id="documents"><summary>{ndocs} {doc_word}</summary><ol>{doc_list}</ol></details>
</header>
<main>
  <nav id="filters" aria-label="Filters">
    <fieldset id="f-relations"><legend>Relations</legend></fieldset>
    <fieldset id="f-kinds"><legend>Actor kinds</legend></fieldset>
    <fieldset><legend>Weight</legend><label>at least <input id="f-weight" type="number" min="1" value="1" step="1"></label></fieldset>
    <fieldset id="f-dates"><legend>Seen between</legend><label>from <input id="f-from" type="date"></label><label>to <input id="f-to" type="date"></label></fieldset>
    <fieldset><legend>Focus</legend><span id="focus-name">none</span> <label>depth <select id="f-depth"><option>1</option><option>2</option><option>3</option></select></label> <button id="f-unfocus" type="button">Show all</button></fieldset>
    <fieldset><legend>Layout</legend><button id="layout" type="button">Stop layout</button> <button id="fit" type="button">Fit</button><label><input id="f-leads" type="checkbox" checked> leads lines</label></fieldset>
    <div id="legend"></div>
  </nav>
  <div id="diagram"></div>
  <aside id="panel"><p class="hint">Click a relation to see its evidence, an actor to see its relations; “Focus” shows its neighbourhood only. Click the background to clear.</p></aside>
</main>
<script type="application/json" id="graph-data">{data}</script>
<script>
{VENDOR}</script>
<script>
{SCRIPT}</script>
</body>
</html>
"#,
        version = env!("CARGO_PKG_VERSION"),
        title = text(&title),
        nodes = graph.node_count(),
        edges = graph.edge_count(),
        ndocs = documents.len(),
        doc_word = if documents.len() == 1 {
            "document"
        } else {
            "documents"
        },
        data = script_json(&data(graph, &title)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::DocumentInfo;

    #[test]
    fn the_title_names_a_few_documents_and_counts_the_rest() {
        let mut g = ActorGraph::new();
        assert_eq!(title(&g), "actorgraph");
        for i in 0..3 {
            g.add_document(DocumentInfo {
                id: format!("d{i:05}"),
                sentences: 1,
            });
        }
        assert_eq!(title(&g), "actorgraph: d00000, d00001, d00002");
        for i in 3..10_000 {
            g.add_document(DocumentInfo {
                id: format!("d{i:05}"),
                sentences: 1,
            });
        }
        assert_eq!(
            title(&g),
            "actorgraph: d00000, d00001, d00002 and 9997 more documents"
        );
    }

    #[test]
    fn the_page_needs_no_network_and_a_given_title_wins() {
        let g = ActorGraph::new();
        let page = to_html(
            &g,
            &HtmlOptions {
                title: Some("Gulf <talks>".into()),
            },
        );
        assert!(page.contains("<title>Gulf &lt;talks&gt;</title>"));
        assert!(!page.contains("<script src") && !page.contains("<link "));
        // The bundled libraries cannot end their script element early.
        assert!(!VENDOR.contains("</script"));
    }
}
