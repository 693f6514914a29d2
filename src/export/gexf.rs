//! GEXF, for Gephi and networkx (`read_gexf`): version 1.2draft (what networkx reads by default)
//! or 1.3 (Gephi 0.10's format).
//!
//! Actors are nodes with their display name as `label`; kind, aliases (JSON), parent, country,
//! office and mentions are typed attributes. Every relation is an edge whose `kind` is the
//! relation type, so parallel edges of different relations between the same two actors survive
//! (GEXF requires source–target–kind to be unique), with `label` = relation, `weight` = number of
//! supporting sentences, typed attributes for evidence count, documents and the evidence itself
//! (JSON), and a `viz:color` and `viz:thickness` per relation.
//!
//! Every edge is directed, as in GraphML and JSON: a symmetric relation (ally, adversary) is one
//! edge stored once (source before target) with `symmetric=true`. GEXF's `type="mutual"` in a
//! directed graph was read by networkx as two edges and made graphology's parser (sigma.js,
//! Gephi Lite) fail with its default options, so the same graph gave different relation counts
//! in different tools.

use std::fmt::Write as _;

use crate::export::{dot::relation_style, xml_escape as x};
use crate::graph::ActorGraph;
use crate::graph::Relation;

/// The GEXF version to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GexfVersion {
    /// `http://www.gexf.net/1.2draft`, read by networkx and Gephi.
    #[default]
    V12Draft,
    /// `http://gexf.net/1.3`, Gephi 0.10.
    V13,
}

impl GexfVersion {
    /// (namespace, viz namespace, version attribute, integer type name).
    fn spec(self) -> (&'static str, &'static str, &'static str, &'static str) {
        match self {
            GexfVersion::V12Draft => (
                "http://www.gexf.net/1.2draft",
                "http://www.gexf.net/1.2draft/viz",
                "1.2",
                "integer",
            ),
            GexfVersion::V13 => (
                "http://gexf.net/1.3",
                "http://gexf.net/1.3/viz",
                "1.3",
                "integer",
            ),
        }
    }
}

const NODE_ATTRS: &[(&str, &str)] = &[
    ("kind", "string"),
    ("aliases", "string"),
    ("parent", "string"),
    ("country", "string"),
    ("office", "string"),
    ("mentions", "INT"),
];

const EDGE_ATTRS: &[(&str, &str)] = &[
    ("relation", "string"),
    ("symmetric", "boolean"),
    ("evidence_count", "INT"),
    ("documents", "string"),
    ("other_parties", "string"),
    ("evidence", "string"),
];

fn rgb(hex: &str) -> (u8, u8, u8) {
    let v = u32::from_str_radix(hex.trim_start_matches('#'), 16).unwrap_or(0);
    ((v >> 16) as u8, (v >> 8) as u8, v as u8)
}

fn attvalue(s: &mut String, key: &str, value: &str) {
    writeln!(
        s,
        "          <attvalue for=\"{key}\" value=\"{}\"/>",
        x(value)
    )
    .unwrap();
}

/// The graph as GEXF of the given version.
pub fn to_gexf(graph: &ActorGraph, version: GexfVersion) -> String {
    let (ns, viz, ver, int) = version.spec();
    let mut s = String::new();
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    writeln!(
        s,
        "<gexf xmlns=\"{ns}\" xmlns:viz=\"{viz}\" version=\"{ver}\">"
    )
    .unwrap();
    writeln!(
        s,
        "  <meta>\n    <creator>actorgraph {}</creator>",
        env!("CARGO_PKG_VERSION")
    )
    .unwrap();
    let docs: Vec<&str> = graph.documents().iter().map(|d| d.id.as_str()).collect();
    writeln!(
        s,
        "    <description>{}</description>\n  </meta>",
        x(&format!("documents: {}", docs.join(", ")))
    )
    .unwrap();
    // Dated documents make a dynamic graph: each edge lives from its first to its last day, and
    // its per-day counts are a dynamic attribute (Gephi's timeline; networkx reads both).
    let dynamic = graph.edges().iter().any(|(_, _, e)| !e.daily.is_empty());
    if dynamic {
        s.push_str("  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n");
        s.push_str("    <attributes class=\"edge\" mode=\"dynamic\">\n");
        writeln!(
            s,
            "      <attribute id=\"daily\" title=\"daily\" type=\"{int}\"/>"
        )
        .unwrap();
        s.push_str("    </attributes>\n");
    } else {
        s.push_str("  <graph defaultedgetype=\"directed\" mode=\"static\">\n");
    }
    for (class, attrs) in [("node", NODE_ATTRS), ("edge", EDGE_ATTRS)] {
        writeln!(s, "    <attributes class=\"{class}\">").unwrap();
        for (id, ty) in attrs {
            let ty = if *ty == "INT" { int } else { ty };
            writeln!(
                s,
                "      <attribute id=\"{id}\" title=\"{id}\" type=\"{ty}\"/>"
            )
            .unwrap();
        }
        s.push_str("    </attributes>\n");
    }
    s.push_str("    <nodes>\n");
    for n in graph.nodes() {
        writeln!(
            s,
            "      <node id=\"{}\" label=\"{}\">\n        <attvalues>",
            x(&n.id),
            x(&n.label)
        )
        .unwrap();
        attvalue(&mut s, "kind", &n.kind);
        attvalue(
            &mut s,
            "aliases",
            &serde_json::to_string(&n.aliases).expect("serialises"),
        );
        for (key, v) in [
            ("parent", &n.parent),
            ("country", &n.country),
            ("office", &n.office),
        ] {
            if let Some(v) = v {
                attvalue(&mut s, key, v);
            }
        }
        attvalue(&mut s, "mentions", &n.mentions.to_string());
        s.push_str("        </attvalues>\n");
        let (_, fill) = crate::export::dot::kind_style(&n.kind);
        let (r, g, b) = rgb(fill);
        writeln!(
            s,
            "        <viz:color r=\"{r}\" g=\"{g}\" b=\"{b}\"/>\n      </node>"
        )
        .unwrap();
    }
    s.push_str("    </nodes>\n    <edges>\n");
    for (i, (src, dst, e)) in graph.edges().into_iter().enumerate() {
        writeln!(
            s,
            "      <edge id=\"e{i}\" source=\"{}\" target=\"{}\" kind=\"{rel}\" label=\"{rel}\" weight=\"{}\"{span}>\n        <attvalues>",
            x(&src.id),
            x(&dst.id),
            e.weight,
            rel = e.relation.as_str(),
            span = match (e.first_seen(), e.last_seen()) {
                (Some(a), Some(b)) => format!(" start=\"{}\" end=\"{}\"", x(a), x(b)),
                _ => String::new(),
            }
        )
        .unwrap();
        for (day, n) in &e.daily {
            writeln!(
                s,
                "          <attvalue for=\"daily\" value=\"{n}\" start=\"{d}\" end=\"{d}\"/>",
                d = x(day)
            )
            .unwrap();
        }
        attvalue(&mut s, "relation", e.relation.as_str());
        attvalue(
            &mut s,
            "symmetric",
            if e.relation.is_symmetric() {
                "true"
            } else {
                "false"
            },
        );
        attvalue(&mut s, "evidence_count", &e.evidence.len().to_string());
        attvalue(
            &mut s,
            "documents",
            &serde_json::to_string(&super::edge_documents(e)).expect("serialises"),
        );
        if e.relation == Relation::Mediator {
            let others = ActorGraph::other_parties(e, &dst.id);
            attvalue(
                &mut s,
                "other_parties",
                &serde_json::to_string(&others).expect("serialises"),
            );
        }
        attvalue(
            &mut s,
            "evidence",
            &serde_json::to_string(&e.evidence).expect("serialises"),
        );
        s.push_str("        </attvalues>\n");
        let (color, _, _) = relation_style(e.relation);
        let (r, g, b) = rgb(color);
        let thickness = 1.0 + (e.weight as f64).ln().max(0.0);
        writeln!(s, "        <viz:color r=\"{r}\" g=\"{g}\" b=\"{b}\"/>\n        <viz:thickness value=\"{thickness:.2}\"/>\n      </edge>").unwrap();
    }
    s.push_str("    </edges>\n  </graph>\n</gexf>\n");
    s
}
