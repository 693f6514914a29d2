//! Exports of an [`ActorGraph`]: node-link JSON, Graphviz DOT,
//! GraphML, GEXF, Cytoscape.js JSON, Neo4j import CSVs and Cypher, spreadsheet CSVs and the
//! interactive HTML view.
//!
//! Every writer takes the one graph model and writes it in sorted order, so the same graph always
//! gives the same bytes. [`Format`] and [`write()`] pick a writer and put its file (or, for the
//! CSV formats, its folder of files) on disk atomically.

pub mod cleanup;
pub mod csv;
pub mod cytoscape;
pub mod dot;
pub mod gexf;
pub mod graphml;
pub mod html;
pub mod json;
pub mod neo4j;

use std::collections::BTreeSet;
use std::io::Write as _;
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

/// Writes `graph` in `format` to `path` (a folder, created if needed, for the folder formats).
/// Returns the files written.
///
/// A folder's files are replaced together: each is written to its temporary file first, and
/// only when all are written are they renamed into place, one right after the other, while a
/// signal's clean-up waits ([`cleanup`]). A failed or interrupted write leaves the folder as
/// it was, never new `actors.csv` beside an old `relations.csv`.
pub fn write(graph: &ActorGraph, format: Format, path: &Path) -> Result<Vec<PathBuf>> {
    let files = format.files(graph);
    if !format.is_folder() {
        let (_, text) = &files[0];
        write_atomic(path, text.as_bytes())?;
        return Ok(vec![path.to_path_buf()]);
    }
    std::fs::create_dir_all(path).map_err(|e| Error::io(path, e))?;
    let mut written = Vec::new();
    let mut prepared = Vec::new();
    for (name, text) in files {
        let p = path.join(name);
        prepared.push(prepare_output(&p, name.ends_with(".sh"), |w| {
            w.write_all(text.as_bytes())
        })?);
        written.push(p);
    }
    commit_outputs(prepared)?;
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
            c => out.push(xml_char(c)),
        }
    }
    out
}

/// `c`, or U+FFFD when XML 1.0 cannot carry it (C0 controls other than tab, line feed and
/// carriage return; U+FFFE; U+FFFF). For every writer whose output ends up in XML (GraphML,
/// GEXF, DOT drawn as SVG, the HTML view).
pub fn xml_char(c: char) -> char {
    match c {
        '\t' | '\n' | '\r' => c,
        c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => '\u{FFFD}',
        c => c,
    }
}

/// The documents an edge's evidence comes from, sorted.
pub fn edge_documents(e: &Edge) -> Vec<String> {
    let set: BTreeSet<&String> = e.evidence.iter().map(|ev| &ev.document).collect();
    set.into_iter().cloned().collect()
}

/// Writes `bytes` to `path` as [`write_atomic_with`] does.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_output(path, false, |w| w.write_all(bytes))
}

/// [`write_atomic`] for a script: a new file is executable (mode 0777 less the umask).
pub fn write_atomic_executable(path: &Path, bytes: &[u8]) -> Result<()> {
    write_output(path, true, |w| w.write_all(bytes))
}

/// Writes an output file, the content streamed by `write`: the one way every output of the
/// crate reaches the disk.
///
/// - A missing path or a regular file is written atomically: a hidden temporary file
///   (`.actorgraph-*.tmp`) in the same folder, then a rename, so a failed run never leaves a
///   half-written file. A replaced file keeps its mode (and, where the process may set it,
///   its owner); a new one is created with mode 0666 less the umask, like any other program's.
/// - A symbolic link is written through: its target is written as above, the link is kept.
/// - Anything else (a device such as `/dev/null` or `/dev/stdout`, a FIFO) is written in
///   place: renaming over it would replace a device node with a file, or leave a reader
///   waiting on a FIFO that is gone.
/// - A folder is an error.
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> Result<()> {
    write_output(path, false, write)
}

/// Where an output goes: see [`write_atomic_with`].
enum Destination {
    /// Written to a temporary file renamed over this path; the metadata of the file replaced.
    Replace(PathBuf, Option<std::fs::Metadata>),
    /// Opened and written as it is.
    InPlace(PathBuf),
}

fn destination(path: &Path) -> std::io::Result<Destination> {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(Destination::Replace(path.to_path_buf(), None));
        }
        Err(e) => return Err(e),
    };
    let kind = meta.file_type();
    if kind.is_symlink() {
        return match std::fs::canonicalize(path) {
            // The resolved path has no links left: no second round.
            Ok(real) if real != path => destination(&real),
            // A link to nothing: opening it creates its target.
            _ => Ok(Destination::InPlace(path.to_path_buf())),
        };
    }
    if kind.is_dir() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::IsADirectory,
            "is a folder",
        ));
    }
    if kind.is_file() {
        Ok(Destination::Replace(path.to_path_buf(), Some(meta)))
    } else {
        Ok(Destination::InPlace(path.to_path_buf()))
    }
}

fn write_output(
    path: &Path,
    executable: bool,
    write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> Result<()> {
    commit_outputs(vec![prepare_output(path, executable, write)?])
}

/// An output written, but not yet in place: its temporary file, where it goes, and its
/// listing for the signal's clean-up.
struct Prepared {
    tmp: tempfile::NamedTempFile,
    target: PathBuf,
    registered: cleanup::Registered,
}

/// Writes an output as [`write_atomic_with`] says, up to the rename: an output written in
/// place is done (`None`); one to be renamed is returned for [`commit_outputs`].
fn prepare_output(
    path: &Path,
    executable: bool,
    write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> Result<Option<Prepared>> {
    let err = |e| Error::io(path, e);
    match destination(path).map_err(err)? {
        Destination::InPlace(target) => {
            let file = std::fs::OpenOptions::new()
                .write(true)
                .create(true)
                .truncate(true)
                .open(&target)
                .map_err(err)?;
            let mut w = std::io::BufWriter::with_capacity(1 << 20, file);
            write(&mut w).map_err(err)?;
            w.flush().map_err(err)?;
            Ok(None)
        }
        Destination::Replace(target, existing) => {
            let dir = match target.parent() {
                Some(d) if !d.as_os_str().is_empty() => d,
                _ => Path::new("."),
            };
            let mut builder = tempfile::Builder::new();
            builder.prefix(".actorgraph-").suffix(".tmp");
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                // The mode is given to open(2), so the umask applies, as for any new file.
                let mode = match &existing {
                    Some(m) => m.permissions().mode() & 0o7777,
                    None if executable => 0o777,
                    None => 0o666,
                };
                builder.permissions(std::fs::Permissions::from_mode(mode));
            }
            #[cfg(not(unix))]
            let _ = executable;
            let (tmp, registered) =
                cleanup::Registered::create(|| builder.tempfile_in(dir), |t| t.path())
                    .map_err(err)?;
            #[cfg(unix)]
            if let Some(m) = &existing {
                use std::os::unix::fs::{MetadataExt, PermissionsExt};
                // The replaced file's mode exactly (the umask narrowed it at creation), and its
                // owner where the process may set it (as root); failing that, ours.
                let _ = std::os::unix::fs::fchown(tmp.as_file(), Some(m.uid()), Some(m.gid()));
                tmp.as_file()
                    .set_permissions(std::fs::Permissions::from_mode(
                        m.permissions().mode() & 0o7777,
                    ))
                    .map_err(err)?;
            }
            let mut w = std::io::BufWriter::with_capacity(1 << 20, tmp);
            write(&mut w).map_err(err)?;
            let tmp = w.into_inner().map_err(|e| err(e.into_error()))?;
            tmp.as_file().sync_all().map_err(err)?;
            Ok(Some(Prepared {
                tmp,
                target,
                registered,
            }))
        }
    }
}

/// Renames written outputs into place, one right after the other, with the signal's clean-up
/// held off meanwhile: a signal then finds either none of them in place or all of them.
fn commit_outputs(prepared: Vec<Option<Prepared>>) -> Result<()> {
    // The listings are let go only after the renames and the lock (unlisting takes the lock);
    // nothing dropped while it is held may take it.
    let (files, listings): (Vec<_>, Vec<_>) = prepared
        .into_iter()
        .flatten()
        .map(|p| ((p.tmp, p.target), p.registered))
        .unzip();
    let renamed = {
        let _held = cleanup::hold();
        files.into_iter().try_for_each(|(tmp, target)| {
            tmp.persist(&target)
                .map(drop)
                .map_err(|e| Error::io(target, e.error))
        })
    };
    drop(listings);
    renamed
}
