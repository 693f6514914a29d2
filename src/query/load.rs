//! Reading a saved graph for questions: memory-mapped when it is a regular file.

use crate::graph::ActorGraph;

/// Reads a graph JSON file written by `extract` (`-`: standard input).
pub fn load(path: &std::path::Path) -> crate::Result<ActorGraph> {
    let bytes = map_file(path)?;
    crate::export::json::from_json_fast_slice(&path.display().to_string(), &bytes)
}

/// Reads a graph JSON file written by `extract` without its evidence sentences (edges keep
/// relation, weight and dates): enough for [`QueryGraph::neighbors`] and [`QueryGraph::camps`],
/// and much faster on large graphs, whose files are mostly evidence.
pub fn load_structure(path: &std::path::Path) -> crate::Result<ActorGraph> {
    let bytes = map_file(path)?;
    crate::export::json::from_json_structure_slice(&path.display().to_string(), &bytes)
}

/// The file's bytes, memory-mapped when it is a regular file: the parser borrows strings from
/// them, and mapping spares copying (and zeroing) hundreds of megabytes first. Anything else
/// (`-` for standard input, a pipe) is read as every graph reader reads it
/// ([`crate::input::read_graph_input`]).
fn map_file(path: &std::path::Path) -> crate::Result<Bytes> {
    let io = |e| crate::Error::io(path, e);
    if path.as_os_str() == "-" {
        return Ok(Bytes::Read(crate::input::read_graph_input(path)?.1));
    }
    crate::input::refuse_devices(path)?;
    let file = std::fs::File::open(path).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    if meta.is_dir() {
        return Err(io(std::io::Error::new(
            std::io::ErrorKind::IsADirectory,
            "is a directory",
        )));
    }
    if meta.is_file() && meta.len() > 0 {
        // SAFETY: the map is only read, and only while the graph is parsed (the parsed graph
        // owns its strings). A file rewritten meanwhile gives a parse error or wrong bytes, as
        // any file changed while it is read; one truncated meanwhile can end the process with
        // SIGBUS, the known cost of mapping files (ripgrep takes it too). Graph files are
        // written by renaming a finished temporary file, so `extract` and `merge` never do that.
        if let Ok(map) = unsafe { memmap2::MmapOptions::new().populate().map(&file) } {
            return Ok(Bytes::Mapped(map));
        }
    }
    if !meta.is_file() {
        return Ok(Bytes::Read(crate::input::read_graph_stream(
            &path.display().to_string(),
            &file,
        )?));
    }
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut &file, &mut bytes).map_err(io)?;
    Ok(Bytes::Read(bytes))
}

/// A graph file's bytes: mapped or read.
enum Bytes {
    Mapped(memmap2::Mmap),
    Read(Vec<u8>),
}

impl std::ops::Deref for Bytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Bytes::Mapped(m) => m,
            Bytes::Read(v) => v,
        }
    }
}
