//! Exports of an [`ActorGraph`]: node-link JSON, Graphviz DOT,
//! GraphML, GEXF, Cytoscape.js JSON, Neo4j import CSVs and Cypher, spreadsheet CSVs and the
//! interactive HTML view.
//!
//! Every writer takes the one graph model and writes it in sorted order, so the same graph always
//! gives the same bytes. [`Format`] and [`write()`] pick a writer and put its file (or, for the
//! CSV formats, its folder of files) on disk atomically.

pub mod csv;
pub mod cytoscape;
pub mod dot;
pub mod gexf;
pub mod graphml;
pub mod html;
pub mod json;
pub mod neo4j;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::graph::{ActorGraph, Edge};

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Node-link JSON (networkx, D3); the format actorgraph reads back.
    Json,
    /// Graphviz DOT.
    Dot,
    /// GraphML (networkx, Gephi, yEd, Cytoscape, Neo4j APOC).
    Graphml,
    /// GEXF (Gephi, networkx).
    Gexf(gexf::GexfVersion),
    /// Cytoscape.js elements JSON (`.cyjs`).
    Cyjs,
    /// A folder with `actors.csv`, `relations.csv` and `import.sh` for `neo4j-admin`.
    Neo4j,
    /// A Cypher script of `MERGE` statements.
    Cypher,
    /// A folder with `nodes.csv` and `edges.csv` for spreadsheets.
    Csv,
}

impl Format {
    /// The format of a file name's extension (`None` for folders and unknown extensions).
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "json" => Format::Json,
            "dot" | "gv" => Format::Dot,
            "graphml" => Format::Graphml,
            "gexf" => Format::Gexf(gexf::GexfVersion::V12Draft),
            "cyjs" => Format::Cyjs,
            "cypher" | "cql" => Format::Cypher,
            _ => return None,
        })
    }

    /// Whether the format is a folder of files rather than one file.
    pub fn is_folder(self) -> bool {
        matches!(self, Format::Neo4j | Format::Csv)
    }

    /// The files of the format as (file name, contents); single-file formats have one entry with
    /// an empty name.
    pub fn files(self, graph: &ActorGraph) -> Vec<(&'static str, String)> {
        match self {
            Format::Json => vec![("", json::to_json(graph))],
            Format::Dot => vec![("", dot::to_dot(graph))],
            Format::Graphml => vec![("", graphml::to_graphml(graph))],
            Format::Gexf(v) => vec![("", gexf::to_gexf(graph, v))],
            Format::Cyjs => vec![("", cytoscape::to_cyjs(graph))],
            Format::Cypher => vec![("", neo4j::to_cypher(graph))],
            Format::Neo4j => vec![
                ("actors.csv", neo4j::actors_csv(graph)),
                ("relations.csv", neo4j::relations_csv(graph)),
                ("import.sh", neo4j::import_script()),
            ],
            Format::Csv => vec![
                ("nodes.csv", csv::nodes_csv(graph)),
                ("edges.csv", csv::edges_csv(graph)),
            ],
        }
    }
}

/// Writes `graph` in `format` to `path` (a folder, created if needed, for the folder formats),
/// atomically file by file. Returns the files written.
pub fn write(graph: &ActorGraph, format: Format, path: &Path) -> Result<Vec<PathBuf>> {
    let files = format.files(graph);
    if !format.is_folder() {
        let (_, text) = &files[0];
        write_atomic(path, text.as_bytes())?;
        return Ok(vec![path.to_path_buf()]);
    }
    std::fs::create_dir_all(path).map_err(|e| Error::io(path, e))?;
    let mut written = Vec::new();
    for (name, text) in files {
        let p = path.join(name);
        write_atomic(&p, text.as_bytes())?;
        written.push(p);
    }
    Ok(written)
}

/// Escapes text for an XML attribute value or element content. Line breaks and tabs become
/// character references (so attribute values keep them); characters XML 1.0 cannot carry (other
/// C0 controls, U+FFFE, U+FFFF) become U+FFFD.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// The documents an edge's evidence comes from, sorted.
pub fn edge_documents(e: &Edge) -> Vec<String> {
    let set: BTreeSet<&String> = e.evidence.iter().map(|ev| &ev.document).collect();
    set.into_iter().cloned().collect()
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, then a rename, so a
/// failed run never leaves a half-written file.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".actorgraph-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| Error::io(path, e))?;
    tmp.write_all(bytes).map_err(|e| Error::io(path, e))?;
    tmp.as_file().sync_all().map_err(|e| Error::io(path, e))?;
    // A temporary file is private (0600); the result should be an ordinary file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = tmp
            .as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644));
    }
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// Like [`write_atomic`], with the content streamed by `write` (for outputs too large to build
/// in memory first).
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let tmp = tempfile::Builder::new()
        .prefix(".actorgraph-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| Error::io(path, e))?;
    let mut w = std::io::BufWriter::with_capacity(1 << 20, tmp);
    write(&mut w).map_err(|e| Error::io(path, e))?;
    let tmp = w
        .into_inner()
        .map_err(|e| Error::io(path, e.into_error()))?;
    tmp.as_file().sync_all().map_err(|e| Error::io(path, e))?;
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}
