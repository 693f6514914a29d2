//! The interactive HTML view: one self-contained, offline HTML file (no CDN, no external file)
//! holding the Graphviz SVG drawing, the graph data as inline JSON and a small inline script.
//!
//! Hovering or clicking a relation shows its type, weight and evidence sentences with their
//! documents; clicking an actor highlights it, its relations and its neighbours; the search box
//! finds an actor by its name, id or any alias (case- and accent-insensitive). The drawing's
//! elements are found by the SVG ids of [`DotOptions::svg_ids`](super::dot::DotOptions).

use serde_json::json;

use crate::graph::ActorGraph;
use crate::graph::Relation;
use crate::render::Layout;

const STYLE: &str = include_str!("html/view.css");
const SCRIPT: &str = include_str!("html/view.js");

/// Escapes text for HTML element content (characters XML cannot carry become U+FFFD).
fn text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
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

/// The `<svg>…</svg>` element of Graphviz's SVG output (without the XML prolog and doctype).
fn svg_element(svg: &str) -> &str {
    match svg.find("<svg") {
        Some(i) => svg[i..].trim_end(),
        None => "",
    }
}

/// The data the script works on: nodes and edges in the order of their SVG ids.
fn data(graph: &ActorGraph) -> serde_json::Value {
    let nodes = graph.nodes();
    // Each edge's ends by a map, not a search over the nodes (quadratic on a large graph).
    let positions: std::collections::HashMap<&str, usize> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), i))
        .collect();
    let index = |id: &str| positions[id];
    let edges: Vec<_> = graph
        .edges()
        .into_iter()
        .map(|(s, t, e)| {
            let others = if e.relation == Relation::Mediator { ActorGraph::other_parties(e, &t.id) } else { Vec::new() };
            json!({
                "source": index(&s.id), "target": index(&t.id), "relation": e.relation.as_str(),
                "symmetric": e.relation.is_symmetric(), "weight": e.weight, "other_parties": others,
                "evidence": e.evidence.iter().map(|ev| json!({"document": ev.document, "sentence": ev.sentence, "text": ev.text})).collect::<Vec<_>>(),
            })
        })
        .collect();
    let nodes: Vec<_> = nodes
        .iter()
        .map(|n| json!({"id": n.id, "label": n.label, "kind": n.kind, "aliases": n.aliases, "mentions": n.mentions}))
        .collect();
    let documents: Vec<&str> = graph.documents().iter().map(|d| d.id.as_str()).collect();
    json!({"nodes": nodes, "edges": edges, "documents": documents})
}

/// Document ids named in the page's title and heading; an archive's are summed up.
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

/// The HTML page of `graph`, drawn by Graphviz as `svg` (the SVG of the DOT written with
/// `svg_ids`, for the same graph).
pub fn to_html(graph: &ActorGraph, svg: &str, layout: Layout) -> String {
    let title = title(graph);
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
  <span id="stats">{nodes} actors · {edges} relations · layout {layout}</span>
</header>
<main>
  <div id="diagram">
{svg}
  </div>
  <aside id="panel"><p class="hint">Hover or click a relation to see its evidence. Click an actor to highlight its neighbours. Click the background to clear.</p></aside>
</main>
<script type="application/json" id="graph-data">{data}</script>
<script>
{SCRIPT}</script>
</body>
</html>
"#,
        version = env!("CARGO_PKG_VERSION"),
        title = text(&title),
        nodes = graph.node_count(),
        edges = graph.edge_count(),
        layout = layout.as_str(),
        svg = svg_element(svg),
        data = script_json(&data(graph)),
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
}
