//! Plain CSV for spreadsheets: a node list (`nodes.csv`) and an edge list (`edges.csv`).
//!
//! RFC 4180: comma-separated, every text field quoted with quotes doubled, `\n` line ends inside
//! quoted fields kept as they are. Lists are joined with `"; "`; the evidence column holds one
//! line per supporting sentence, `document#sentence: text`.
//!
//! Text fields are defused against formula injection (OWASP's advice): a field that starts with
//! `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so that a spreadsheet shows
//! it as text instead of evaluating it. Document ids come from file names and JSONL ids, and
//! the evidence from the articles: none of it is trusted.

use std::collections::HashMap;

use crate::graph::ActorGraph;
use crate::graph::Relation;

/// A quoted text field, defused against formula injection (see the module documentation).
pub fn field(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        super::neo4j::field(&format!("'{s}"))
    } else {
        super::neo4j::field(s)
    }
}

fn row(fields: Vec<String>) -> String {
    let mut s = fields.join(",");
    s.push_str("\r\n");
    s
}

/// The node list: id, label, kind, aliases, parent, country, office, mentions, degree.
pub fn nodes_csv(graph: &ActorGraph) -> String {
    let mut s = row([
        "id", "label", "kind", "aliases", "parent", "country", "office", "mentions", "degree",
    ]
    .map(String::from)
    .to_vec());
    let mut degrees: HashMap<&str, usize> = HashMap::new();
    for (a, b, _) in graph.edges() {
        *degrees.entry(a.id.as_str()).or_default() += 1;
        *degrees.entry(b.id.as_str()).or_default() += 1;
    }
    for n in graph.nodes() {
        let degree = degrees.get(n.id.as_str()).copied().unwrap_or(0);
        s.push_str(&row(vec![
            field(&n.id),
            field(&n.label),
            field(&n.kind),
            field(&n.aliases.join("; ")),
            field(n.parent.as_deref().unwrap_or("")),
            field(n.country.as_deref().unwrap_or("")),
            field(n.office.as_deref().unwrap_or("")),
            n.mentions.to_string(),
            degree.to_string(),
        ]));
    }
    s
}

/// The edge list: source, target, labels, relation, directed, weight, evidence count, documents,
/// other parties (mediator edges) and the evidence sentences.
pub fn edges_csv(graph: &ActorGraph) -> String {
    let header = [
        "source",
        "target",
        "source_label",
        "target_label",
        "relation",
        "directed",
        "weight",
        "evidence_count",
        "documents",
        "other_parties",
        "evidence",
    ];
    let mut s = row(header.map(String::from).to_vec());
    for (src, dst, e) in graph.edges() {
        let others = if e.relation == Relation::Mediator {
            ActorGraph::other_parties(e, &dst.id)
        } else {
            Vec::new()
        };
        let evidence: Vec<String> = e
            .evidence
            .iter()
            .map(|ev| format!("{}#{}: {}", ev.document, ev.sentence, ev.text))
            .collect();
        s.push_str(&row(vec![
            field(&src.id),
            field(&dst.id),
            field(&src.label),
            field(&dst.label),
            field(e.relation.as_str()),
            (!e.relation.is_symmetric()).to_string(),
            e.weight.to_string(),
            e.evidence.len().to_string(),
            field(&super::edge_documents(e).join("; ")),
            field(&others.join("; ")),
            field(&evidence.join("\n")),
        ]));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_fields_are_defused() {
        for (raw, written) in [
            (
                "=HYPERLINK(\"http://x\")",
                "\"'=HYPERLINK(\"\"http://x\"\")\"",
            ),
            ("+1", "\"'+1\""),
            ("-2+3", "\"'-2+3\""),
            ("@SUM(A1)", "\"'@SUM(A1)\""),
            ("\tx", "\"'\tx\""),
            ("\rx", "\"'\rx\""),
            ("Iran", "\"Iran\""),
            ("a=b", "\"a=b\""),
            ("", "\"\""),
        ] {
            assert_eq!(field(raw), written, "{raw:?}");
        }
    }
}
