//! GraphML, for networkx (`read_graphml`), Gephi, yEd, Cytoscape and Neo4j APOC
//! (`apoc.import.graphml` with `readLabels: true`).
//!
//! Every `<key>` is declared before `<graph>` (Gephi's streaming reader drops data of keys it has
//! not seen yet) with a real type (`string`, `int`, `boolean`). Node ids are the stable actor ids;
//! edge ids are `e0, e1, …` in the sorted edge order. Lists (aliases, other parties, documents) and
//! the evidence are serialised to JSON strings. Each edge carries `label` (the Neo4j relationship
//! type, so APOC takes it), `relation` (our lowercase name) and `symmetric` (true for ally and
//! adversary, stored once from the smaller id to the larger; no per-edge `directed="false"`, which
//! networkx refuses in a directed graph). Each node carries `labels` (`:Actor:State`) for APOC.

use std::fmt::Write as _;

use crate::export::{neo4j, xml_escape as x};
use crate::graph::ActorGraph;
use crate::graph::Relation;

/// (id, for, attr.name, attr.type) of every key, in the order they are declared.
const KEYS: &[(&str, &str, &str, &str)] = &[
    ("g_generator", "graph", "generator", "string"),
    ("g_documents", "graph", "documents", "string"),
    ("n_label", "node", "label", "string"),
    ("n_labels", "node", "labels", "string"),
    ("n_kind", "node", "kind", "string"),
    ("n_aliases", "node", "aliases", "string"),
    ("n_parent", "node", "parent", "string"),
    ("n_country", "node", "country", "string"),
    ("n_office", "node", "office", "string"),
    ("n_mentions", "node", "mentions", "int"),
    ("e_label", "edge", "label", "string"),
    ("e_relation", "edge", "relation", "string"),
    ("e_symmetric", "edge", "symmetric", "boolean"),
    ("e_weight", "edge", "weight", "int"),
    ("e_evidence_count", "edge", "evidence_count", "int"),
    ("e_documents", "edge", "documents", "string"),
    ("e_other_parties", "edge", "other_parties", "string"),
    ("e_evidence", "edge", "evidence", "string"),
];

fn data(s: &mut String, indent: &str, key: &str, value: &str) {
    writeln!(s, "{indent}<data key=\"{key}\">{}</data>", x(value)).unwrap();
}

/// The graph as GraphML.
pub fn to_graphml(graph: &ActorGraph) -> String {
    let mut s = String::new();
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.push_str("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    for (id, for_, name, ty) in KEYS {
        writeln!(
            s,
            "  <key id=\"{id}\" for=\"{for_}\" attr.name=\"{name}\" attr.type=\"{ty}\"/>"
        )
        .unwrap();
    }
    s.push_str("  <graph id=\"actorgraph\" edgedefault=\"directed\">\n");
    data(
        &mut s,
        "    ",
        "g_generator",
        &format!("actorgraph {}", env!("CARGO_PKG_VERSION")),
    );
    data(
        &mut s,
        "    ",
        "g_documents",
        &serde_json::to_string(&graph.documents()).expect("serialises"),
    );
    for n in graph.nodes() {
        writeln!(s, "    <node id=\"{}\">", x(&n.id)).unwrap();
        data(&mut s, "      ", "n_label", &n.label);
        data(
            &mut s,
            "      ",
            "n_labels",
            &format!(":{}", neo4j::labels(&n.kind).join(":")),
        );
        data(&mut s, "      ", "n_kind", &n.kind);
        data(
            &mut s,
            "      ",
            "n_aliases",
            &serde_json::to_string(&n.aliases).expect("serialises"),
        );
        for (key, v) in [
            ("n_parent", &n.parent),
            ("n_country", &n.country),
            ("n_office", &n.office),
        ] {
            if let Some(v) = v {
                data(&mut s, "      ", key, v);
            }
        }
        data(&mut s, "      ", "n_mentions", &n.mentions.to_string());
        s.push_str("    </node>\n");
    }
    for (i, (src, dst, e)) in graph.edges().into_iter().enumerate() {
        writeln!(
            s,
            "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\">",
            x(&src.id),
            x(&dst.id)
        )
        .unwrap();
        data(&mut s, "      ", "e_label", neo4j::rel_type(e.relation));
        data(&mut s, "      ", "e_relation", e.relation.as_str());
        data(
            &mut s,
            "      ",
            "e_symmetric",
            if e.relation.is_symmetric() {
                "true"
            } else {
                "false"
            },
        );
        data(&mut s, "      ", "e_weight", &e.weight.to_string());
        data(
            &mut s,
            "      ",
            "e_evidence_count",
            &e.evidence.len().to_string(),
        );
        data(
            &mut s,
            "      ",
            "e_documents",
            &serde_json::to_string(&super::edge_documents(e)).expect("serialises"),
        );
        if e.relation == Relation::Mediator {
            let others = ActorGraph::other_parties(e, &dst.id);
            data(
                &mut s,
                "      ",
                "e_other_parties",
                &serde_json::to_string(&others).expect("serialises"),
            );
        }
        data(
            &mut s,
            "      ",
            "e_evidence",
            &serde_json::to_string(&e.evidence).expect("serialises"),
        );
        s.push_str("    </edge>\n");
    }
    s.push_str("  </graph>\n</graphml>\n");
    s
}

#[cfg(test)]
mod tests {
    use crate::export::xml_escape;

    #[test]
    fn xml_escape_keeps_line_breaks_and_replaces_what_xml_cannot_carry() {
        assert_eq!(xml_escape("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&apos;");
        assert_eq!(xml_escape("x\ny\r\tz"), "x&#10;y&#13;&#9;z");
        assert_eq!(xml_escape("\u{1}\u{FFFE}中"), "\u{FFFD}\u{FFFD}中");
    }
}
