//! Graphviz DOT.
//!
//! One style per relation (colour, line style, arrowheads; symmetric relations have none), one
//! node shape per actor kind, an HTML-table legend node that survives every layout engine, and
//! every id and label quoted and escaped (quotes, backslashes and line breaks in names survive).
//! Never `strict`: that would merge the parallel edges of different relations.

use std::fmt::Write as _;

use crate::graph::ActorGraph;
use crate::graph::Relation;

/// Escapes a string for a double-quoted DOT id or attribute value. Characters XML cannot
/// carry (C0 controls other than tab and line breaks, U+FFFE, U+FFFF: form feeds from PDF text,
/// escape sequences) become U+FFFD, since Graphviz copies them into the SVG, which no XML
/// parser or browser then reads.
pub fn quote(s: &str) -> String {
    quote_with(s, "\\\\")
}

/// [`quote`] for a `tooltip`: Graphviz unescapes a tooltip twice (and expands `\N`, `\G`, `\E`,
/// `\T`, `\H`, `\L` in between), so a backslash is written as four to show as one.
pub fn quote_tooltip(s: &str) -> String {
    quote_with(s, "\\\\\\\\")
}

fn quote_with(s: &str, backslash: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str(backslash),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(super::xml_char(c)),
        }
    }
    out.push('"');
    out
}

/// Escapes text for an HTML-like label.
fn html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Colour, line style and arrow of a relation.
pub fn relation_style(r: Relation) -> (&'static str, &'static str, &'static str) {
    match r {
        Relation::Mediator => ("#1f77b4", "solid", "normal"),
        Relation::Adversary => ("#d62728", "bold", "none"),
        Relation::Proxy => ("#9467bd", "dashed", "empty"),
        Relation::Ally => ("#2ca02c", "solid", "none"),
    }
}

/// Shape and fill colour of an actor kind.
pub fn kind_style(kind: &str) -> (&'static str, &'static str) {
    match kind {
        "state" => ("box", "#dbe9f6"),
        "organization" => ("hexagon", "#fdf2c4"),
        "state_organ" => ("component", "#e3e3f7"),
        "government" => ("box3d", "#dbe9f6"),
        "armed_group" => ("octagon", "#f9d5d3"),
        "political_party" => ("parallelogram", "#e6f4dc"),
        "person" => ("ellipse", "#f3e6f5"),
        "media" => ("note", "#eeeeee"),
        _ => ("ellipse", "#ffffff"),
    }
}

/// Options of the DOT writer.
#[derive(Debug, Clone, Default)]
pub struct DotOptions {
    /// Give every node and edge an SVG id: `a<i>` for the i-th node of
    /// [`ActorGraph::nodes`], `r<i>` for the i-th edge of [`ActorGraph::edges`], `legend` for the
    /// legend (the HTML view finds the drawn elements by these ids).
    pub svg_ids: bool,
    /// Straight edges (`splines=false`): spline routing makes the force layouts (neato, fdp,
    /// sfdp) take minutes on a few hundred actors, straight edges a fraction of a second.
    pub straight_edges: bool,
    /// Draw a thin grey `leads` line from each person to the state of their `parent` (when it
    /// is in the graph): pictures only, not a relation of the graph.
    pub leads: bool,
    /// The graph's label (default `actorgraph`).
    pub title: Option<String>,
}

/// The `leads` lines of a picture: (person id, state id) for each person whose parent is an
/// actor of the graph, sorted.
pub fn leads(graph: &ActorGraph) -> Vec<(String, String)> {
    let nodes = graph.nodes();
    let ids: std::collections::BTreeSet<&str> = nodes.iter().map(|n| n.id.as_str()).collect();
    let mut out: Vec<(String, String)> = nodes
        .iter()
        .filter(|n| n.kind == "person")
        .filter_map(|n| {
            let c = n.parent.as_deref()?;
            (c != n.id && ids.contains(c)).then(|| (n.id.clone(), c.to_string()))
        })
        .collect();
    out.sort();
    out
}

/// The graph as DOT.
pub fn to_dot(graph: &ActorGraph) -> String {
    to_dot_with(graph, DotOptions::default())
}

/// The graph as DOT, with options.
pub fn to_dot_with(graph: &ActorGraph, options: DotOptions) -> String {
    let id = |prefix: &str, i: usize| {
        if options.svg_ids {
            format!(", id=\"{prefix}{i}\"")
        } else {
            String::new()
        }
    };
    let mut s = String::new();
    s.push_str("digraph actorgraph {\n");
    s.push_str("  graph [rankdir=LR, fontname=\"Helvetica\", labelloc=t, label=");
    s.push_str(&quote(options.title.as_deref().unwrap_or("actorgraph")));
    s.push_str(", overlap=false, splines=");
    s.push_str(if options.straight_edges {
        "false];\n"
    } else {
        "true];\n"
    });
    s.push_str("  node [fontname=\"Helvetica\", style=\"filled\", fontsize=11];\n");
    s.push_str("  edge [fontname=\"Helvetica\", fontsize=9];\n");
    for (i, n) in graph.nodes().into_iter().enumerate() {
        let (shape, fill) = kind_style(&n.kind);
        let tooltip = format!("{} ({})", n.label, n.kind);
        writeln!(
            s,
            "  {} [label={}, shape={shape}, fillcolor=\"{fill}\", tooltip={}{}];",
            quote(&n.id),
            quote(&n.label),
            quote_tooltip(&tooltip),
            id("a", i)
        )
        .unwrap();
    }
    for (i, (src, dst, e)) in graph.edges().into_iter().enumerate() {
        let (color, style, arrow) = relation_style(e.relation);
        let label = if e.weight > 1 {
            format!("{} ×{}", e.relation, e.weight)
        } else {
            e.relation.to_string()
        };
        let tooltip = e.evidence.first().map(|ev| ev.text.as_str()).unwrap_or("");
        let dir = if e.relation.is_symmetric() {
            ", dir=none"
        } else {
            ""
        };
        let width = 1.0 + (e.weight as f64).ln().max(0.0);
        writeln!(
            s,
            "  {} -> {} [label={}, color=\"{color}\", fontcolor=\"{color}\", style={style}, arrowhead={arrow}{dir}, penwidth={width:.2}, weight={}, tooltip={}{}];",
            quote(&src.id),
            quote(&dst.id),
            quote(&label),
            e.weight,
            quote_tooltip(tooltip),
            id("r", i)
        )
        .unwrap();
    }
    let leads = if options.leads {
        leads(graph)
    } else {
        Vec::new()
    };
    for (person, state) in &leads {
        // class "leads" (the SVG's class becomes "edge leads"): not counted as a relation.
        writeln!(
            s,
            "  {} -> {} [label=\"leads\", color=\"#9a9a9a\", fontcolor=\"#9a9a9a\", style=dotted, arrowhead=none, penwidth=0.6, weight=0, class=\"leads\", tooltip=\"leads\"];",
            quote(person),
            quote(state)
        )
        .unwrap();
    }
    // Legend: one HTML-table node, which every layout engine keeps in one piece.
    s.push_str("  \"__legend__\" [shape=plain, style=\"\"");
    if options.svg_ids {
        s.push_str(", id=\"legend\"");
    }
    s.push_str(
        ", label=<<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"4\">",
    );
    s.push_str("<tr><td colspan=\"2\"><b>Legend</b></td></tr>");
    for r in Relation::ALL {
        let (color, style, arrow) = relation_style(r);
        let line = match (style, arrow) {
            (_, "none") if style == "bold" => "━━━",
            (_, "none") => "───",
            ("dashed", _) => "- - ▷",
            _ => "──▶",
        };
        write!(
            s,
            "<tr><td><font color=\"{color}\">{}</font></td><td align=\"left\">{}</td></tr>",
            html(line),
            html(r.as_str())
        )
        .unwrap();
    }
    if !leads.is_empty() {
        s.push_str("<tr><td><font color=\"#9a9a9a\">┈┈┈</font></td><td align=\"left\">leads (person → state)</td></tr>");
    }
    s.push_str("</table>>];\n");
    s.push_str("}\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{Edge, Node};

    fn node(id: &str, kind: &str, parent: Option<&str>) -> Node {
        Node {
            id: id.into(),
            label: id.into(),
            kind: kind.into(),
            aliases: vec![],
            parent: parent.map(str::to_string),
            country: None,
            office: None,
            mentions: 1,
        }
    }

    fn graph() -> ActorGraph {
        let mut g = ActorGraph::new();
        g.add_node(node("russia", "state", None));
        g.add_node(node("ukraine", "state", None));
        g.add_node(node("putin", "person", Some("russia")));
        // A leader whose state is not in the picture gets no line.
        g.add_node(node("erdogan", "person", Some("turkey")));
        g.insert_edge(
            "russia",
            "ukraine",
            Edge {
                relation: Relation::Adversary,
                weight: 1,
                daily: Default::default(),
                evidence: vec![],
            },
        );
        g
    }

    #[test]
    fn pictures_link_a_person_to_the_state_they_lead_with_a_thin_line() {
        let g = graph();
        assert_eq!(leads(&g), [("putin".to_string(), "russia".to_string())]);
        let picture = to_dot_with(
            &g,
            DotOptions {
                leads: true,
                ..DotOptions::default()
            },
        );
        assert!(picture.contains(r#"  "putin" -> "russia" [label="leads""#));
        assert!(picture.contains("class=\"leads\"") && picture.contains("leads (person"));
        assert!(!picture.contains("\"erdogan\" ->"));
        // The DOT export is the graph's relations only.
        let export = to_dot(&g);
        assert!(!export.contains("leads"));
        assert_eq!(export.matches(" -> ").count(), 1);
    }

    #[test]
    fn a_title_replaces_the_default_label_quoted() {
        let g = graph();
        let titled = to_dot_with(
            &g,
            DotOptions {
                title: Some("Gulf \"talks\"".into()),
                ..DotOptions::default()
            },
        );
        assert!(titled.contains(r#"label="Gulf \"talks\"", overlap"#));
        assert!(to_dot(&g).contains(r#"label="actorgraph", overlap"#));
    }
}
