//! Pictures of the graph: SVG, PNG and PDF through Graphviz, and the interactive HTML explorer
//! (drawn in the browser, no Graphviz needed).
//!
//! This module owns what a picture shows (actors without a drawn relation are left out unless
//! asked for; people are linked to the state they lead by a thin `leads` line; a title), the
//! choice of layout engine (`dot` for small graphs, `sfdp` beyond [`SFDP_ABOVE`] actors), the
//! relation and weight filters, and running Graphviz
//! (`dot -K<layout> -T<format>`, the `dot` binary found on `PATH`). When Graphviz is missing the
//! DOT is written next to the requested picture and [`Error::GraphvizMissing`] says how to
//! install Graphviz.

use std::collections::BTreeSet;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::error::{Error, Result};
use crate::export::dot::{to_dot_with, DotOptions};
use crate::export::html::{self, HtmlOptions};
use crate::export::write_atomic;
use crate::graph::ActorGraph;
use crate::graph::Relation;

/// Above this many actors the default layout is `sfdp` instead of `dot`. Measured on random
/// graphs with two relations per actor (`cargo bench --bench exports`): `dot` takes 0.1 s for
/// 50 actors, 9 s for 150 and 70 s for 300; `sfdp` with straight edges under a second.
pub const SFDP_ABOVE: usize = 150;

/// Above this many actors the force layouts draw straight edges (see
/// [`DotOptions::straight_edges`]).
pub const STRAIGHT_ABOVE: usize = 100;

/// A Graphviz layout engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Layered, for small graphs and chains of proxies.
    Dot,
    /// Spring model.
    Neato,
    /// Force-directed.
    Fdp,
    /// Multiscale force-directed, for large graphs.
    Sfdp,
    /// Circular.
    Circo,
}

impl Layout {
    /// The engine name.
    pub fn as_str(self) -> &'static str {
        match self {
            Layout::Dot => "dot",
            Layout::Neato => "neato",
            Layout::Fdp => "fdp",
            Layout::Sfdp => "sfdp",
            Layout::Circo => "circo",
        }
    }

    /// The default engine for a graph of `nodes` actors: `dot` up to [`SFDP_ABOVE`], `sfdp` beyond.
    pub fn for_size(nodes: usize) -> Layout {
        if nodes > SFDP_ABOVE {
            Layout::Sfdp
        } else {
            Layout::Dot
        }
    }
}

/// A picture format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Picture {
    /// SVG.
    Svg,
    /// PNG.
    Png,
    /// PDF.
    Pdf,
    /// The self-contained interactive HTML view.
    Html,
}

impl Picture {
    /// The format of a file name's extension.
    pub fn from_path(path: &Path) -> Result<Picture> {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("svg") => Ok(Picture::Svg),
            Some("png") => Ok(Picture::Png),
            Some("pdf") => Ok(Picture::Pdf),
            Some("html") | Some("htm") => Ok(Picture::Html),
            _ => Err(Error::Output {
                path: path.into(),
                message: "cannot tell the picture format (use .svg, .png, .pdf or .html)".into(),
            }),
        }
    }
}

/// Which edges and actors to draw.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Only these relations (empty: all).
    pub relations: Vec<Relation>,
    /// Only edges with at least this weight.
    pub min_weight: u64,
    /// Also draw the actors that have no relation at all (mentioned only). Actors whose
    /// relations the filter removed are left out either way.
    pub keep_isolated: bool,
}

impl Filter {
    /// The graph with only the edges that pass and the actors they link (and, with
    /// [`keep_isolated`](Self::keep_isolated), the actors that never had an edge).
    pub fn apply(&self, graph: &ActorGraph) -> ActorGraph {
        let keep = |r: Relation, w: u64| {
            (self.relations.is_empty() || self.relations.contains(&r)) && w >= self.min_weight
        };
        let edges = graph.edges();
        let touched: BTreeSet<&str> = edges
            .iter()
            .flat_map(|(s, t, _)| [s.id.as_str(), t.id.as_str()])
            .collect();
        let kept: Vec<_> = edges
            .iter()
            .filter(|(_, _, e)| keep(e.relation, e.weight))
            .collect();
        let linked: BTreeSet<&str> = kept
            .iter()
            .flat_map(|(s, t, _)| [s.id.as_str(), t.id.as_str()])
            .collect();
        let mut g = ActorGraph::new();
        for n in graph.nodes() {
            let isolated = !touched.contains(n.id.as_str());
            if linked.contains(n.id.as_str()) || (self.keep_isolated && isolated) {
                g.add_node(n.clone());
            }
        }
        for (s, t, e) in kept {
            g.insert_edge(&s.id, &t.id, (*e).clone());
        }
        for d in graph.documents() {
            g.add_document(d.clone());
        }
        g
    }
}

/// Options of [`render`].
#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    /// Layout engine (`None`: [`Layout::for_size`]).
    pub layout: Option<Layout>,
    /// Edge and actor filter.
    pub filter: Filter,
    /// Title shown above the picture (`None`: the documents, as the HTML view names them).
    pub title: Option<String>,
}

/// Runs Graphviz on DOT text: `dot -K<layout> -T<format>`.
pub fn graphviz(
    dot_text: &str,
    layout: Layout,
    format: &str,
) -> std::result::Result<Vec<u8>, GraphvizError> {
    let mut child = Command::new("dot")
        .arg(format!("-K{}", layout.as_str()))
        .arg(format!("-T{format}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                GraphvizError::Missing
            } else {
                GraphvizError::Failed(e.to_string())
            }
        })?;
    let mut stdin = child.stdin.take().expect("piped");
    let text = dot_text.to_string();
    // Write from another thread: Graphviz may fill its output pipe before reading all its input.
    let writer = std::thread::spawn(move || stdin.write_all(text.as_bytes()));
    let out = child
        .wait_with_output()
        .map_err(|e| GraphvizError::Failed(e.to_string()))?;
    let _ = writer.join();
    if !out.status.success() {
        return Err(GraphvizError::Failed(
            String::from_utf8_lossy(&out.stderr).trim().to_string(),
        ));
    }
    Ok(out.stdout)
}

/// Why [`graphviz`] failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GraphvizError {
    /// The `dot` binary is not on `PATH`.
    Missing,
    /// Graphviz ran and failed, with this message.
    Failed(String),
}

/// The DOT of a picture: the filtered graph with the layout's edge routing, its title, and the
/// thin `leads` lines from people to the state they lead.
fn picture_dot(graph: &ActorGraph, layout: Layout, title: Option<&str>) -> String {
    let straight_edges = layout != Layout::Dot && graph.node_count() > STRAIGHT_ABOVE;
    to_dot_with(
        graph,
        DotOptions {
            straight_edges,
            leads: true,
            title: title.map(str::to_string),
            ..DotOptions::default()
        },
    )
}

/// Draws `graph` into `output` (SVG, PNG, PDF or HTML by its extension). Returns the layout
/// used (`None` for the HTML explorer, which lays the graph out in the browser). Without
/// Graphviz, writes the DOT to `output` with the extension `.dot` and fails with
/// [`Error::GraphvizMissing`].
pub fn render(
    graph: &ActorGraph,
    output: &Path,
    options: &RenderOptions,
) -> Result<Option<Layout>> {
    let picture = Picture::from_path(output)?;
    match draw(graph, picture, options)? {
        Drawn::Picture(bytes, layout) => {
            write_atomic(output, &bytes)?;
            Ok(layout)
        }
        Drawn::NoGraphviz(dot_text) => {
            let dot_path: PathBuf = output.with_extension("dot");
            write_atomic(&dot_path, dot_text.as_bytes())?;
            Err(Error::GraphvizMissing {
                output: output.into(),
                dot: dot_path,
            })
        }
    }
}

/// The bytes of a picture (for standard output). Without Graphviz, fails with
/// [`Error::Graphviz`] saying how to install it.
pub fn picture_bytes(
    graph: &ActorGraph,
    picture: Picture,
    options: &RenderOptions,
) -> Result<Vec<u8>> {
    match draw(graph, picture, options)? {
        Drawn::Picture(bytes, _) => Ok(bytes),
        Drawn::NoGraphviz(_) => Err(Error::Graphviz {
            command: "dot".into(),
            message: "Graphviz is not installed (apt-get install graphviz, brew install graphviz)"
                .into(),
        }),
    }
}

/// A drawing, or the DOT that Graphviz would have drawn had it been installed.
enum Drawn {
    Picture(Vec<u8>, Option<Layout>),
    NoGraphviz(String),
}

fn draw(graph: &ActorGraph, picture: Picture, options: &RenderOptions) -> Result<Drawn> {
    let graph = options.filter.apply(graph);
    if picture == Picture::Html {
        let page = html::to_html(
            &graph,
            &HtmlOptions {
                title: options.title.clone(),
            },
        );
        return Ok(Drawn::Picture(page.into_bytes(), None));
    }
    let layout = options
        .layout
        .unwrap_or_else(|| Layout::for_size(graph.node_count()));
    let dot_text = picture_dot(&graph, layout, options.title.as_deref());
    let format = match picture {
        Picture::Svg | Picture::Html => "svg",
        Picture::Png => "png",
        Picture::Pdf => "pdf",
    };
    match graphviz(&dot_text, layout, format) {
        Ok(b) => Ok(Drawn::Picture(b, Some(layout))),
        Err(GraphvizError::Missing) => Ok(Drawn::NoGraphviz(dot_text)),
        Err(GraphvizError::Failed(message)) => Err(Error::Graphviz {
            command: format!("dot -K{} -T{format}", layout.as_str()),
            message,
        }),
    }
}

/// The SVG of a whole graph with the default layout, or why there is none (for
/// `extract --out-dir`, which only warns when Graphviz is missing).
pub fn svg(graph: &ActorGraph) -> std::result::Result<Vec<u8>, String> {
    let graph = Filter::default().apply(graph);
    let layout = Layout::for_size(graph.node_count());
    let dot_text = picture_dot(&graph, layout, None);
    graphviz(&dot_text, layout, "svg").map_err(|e| match e {
        GraphvizError::Missing => {
            "Graphviz is not installed (apt-get install graphviz, brew install graphviz)"
                .to_string()
        }
        GraphvizError::Failed(m) => format!("dot failed: {m}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{Edge, Evidence, Node};

    fn node(id: &str) -> Node {
        Node {
            id: id.into(),
            label: id.into(),
            kind: "state".into(),
            aliases: vec![],
            parent: None,
            country: None,
            office: None,
            mentions: 1,
        }
    }

    fn edge(relation: Relation, weight: u64) -> Edge {
        let evidence = vec![Evidence {
            document: "d".into(),
            sentence: 0,
            start: 0,
            end: 1,
            text: "t".into(),
            pattern: "p".into(),
            parties: vec![],
        }];
        Edge {
            relation,
            weight,
            daily: Default::default(),
            evidence,
        }
    }

    #[test]
    fn layout_follows_graph_size() {
        assert_eq!(Layout::for_size(10), Layout::Dot);
        assert_eq!(Layout::for_size(SFDP_ABOVE), Layout::Dot);
        assert_eq!(Layout::for_size(SFDP_ABOVE + 1), Layout::Sfdp);
    }

    #[test]
    fn pictures_leave_out_actors_without_a_drawn_relation() {
        let mut g = ActorGraph::new();
        for id in ["a", "b", "c", "lonely"] {
            g.add_node(node(id));
        }
        g.insert_edge("a", "b", edge(Relation::Proxy, 3));
        g.insert_edge("b", "c", edge(Relation::Ally, 1));
        let ids = |f: &Filter| -> Vec<String> {
            f.apply(&g).nodes().iter().map(|n| n.id.clone()).collect()
        };
        // By default only actors with a drawn relation.
        assert_eq!(ids(&Filter::default()), ["a", "b", "c"]);
        let proxy = Filter {
            relations: vec![Relation::Proxy],
            ..Filter::default()
        };
        assert_eq!(ids(&proxy), ["a", "b"]);
        assert_eq!(proxy.apply(&g).edge_count(), 1);
        // Keeping the isolated keeps the actor that never had a relation, not `c`, whose only
        // relation the filter removed.
        let keep = Filter {
            keep_isolated: true,
            ..proxy
        };
        assert_eq!(ids(&keep), ["a", "b", "lonely"]);
        let heavy = Filter {
            min_weight: 2,
            ..Filter::default()
        };
        assert_eq!(heavy.apply(&g).edge_count(), 1);
        let none = Filter {
            min_weight: 4,
            keep_isolated: true,
            ..Filter::default()
        };
        let out = none.apply(&g);
        assert_eq!((out.node_count(), out.edge_count()), (1, 0));
    }

    #[test]
    fn picture_format_comes_from_the_extension() {
        assert_eq!(
            Picture::from_path(Path::new("a.SVG")).unwrap(),
            Picture::Svg
        );
        assert_eq!(
            Picture::from_path(Path::new("a.htm")).unwrap(),
            Picture::Html
        );
        assert!(Picture::from_path(Path::new("a.bmp")).is_err());
    }
}
