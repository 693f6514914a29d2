//! Typed errors of the library.
//!
//! Every error names what the user has to look at: the input path, or the data file and the line
//! number of a malformed dictionary or pattern entry.

use std::path::PathBuf;

/// Everything the pipeline can fail with.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An input path that does not exist.
    #[error("{path}: no such file or directory")]
    MissingInput {
        /// The path as the user gave it.
        path: PathBuf,
    },
    /// An input path named by the user that is neither a regular file nor a folder (a device
    /// such as `/dev/zero`, a FIFO, a socket): reading it could block or never end. Readers
    /// of graph files take FIFOs (a pipe as `/dev/stdin`) and refuse only devices and sockets.
    #[error("{path}: not a regular file (a device, FIFO or socket, whose reading may block or never end); use - for stdin")]
    NotRegularFile {
        /// The path as the user gave it.
        path: PathBuf,
    },
    /// Reading an input or data file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file that could not be read or written.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A data file (actor dictionary, agent list, relation patterns) is malformed.
    #[error("{file}:{line}: {message}")]
    Data {
        /// The data file (`data/…` for the embedded ones).
        file: String,
        /// 1-based line number of the offending entry (0 when unknown).
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A malformed line of a JSONL corpus.
    #[error("{file}:{line}: {message}")]
    Corpus {
        /// The corpus file (`-` for stdin).
        file: String,
        /// 1-based line number.
        line: u64,
        /// What is wrong.
        message: String,
    },
    /// A graph JSON file that cannot be read back.
    #[error("{file}: not an actorgraph JSON graph: {message}")]
    Graph {
        /// The file.
        file: String,
        /// What is wrong.
        message: String,
    },
    /// Graphviz is not installed; the DOT file was written instead of the picture.
    #[error(
        "Graphviz is not installed, so {output} was not drawn; install it with `apt-get install graphviz` \
         (Debian/Ubuntu), `dnf install graphviz`, `brew install graphviz` (macOS) or from \
         https://graphviz.org/download/ — the DOT was written to {dot}; draw it with `dot -Tsvg {dot} -o out.svg`"
    )]
    GraphvizMissing {
        /// The picture that was asked for.
        output: PathBuf,
        /// Where the DOT was written instead.
        dot: PathBuf,
    },
    /// Graphviz ran but failed.
    #[error("Graphviz `{command}` failed: {message}")]
    Graphviz {
        /// The command line.
        command: String,
        /// Its error output.
        message: String,
    },
    /// An output whose format cannot be told from its name.
    #[error("{path}: {message}")]
    Output {
        /// The output path.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
}

impl Error {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    pub(crate) fn data(file: &str, line: usize, message: impl Into<String>) -> Self {
        Error::Data {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }
}

/// The library's result type.
pub type Result<T> = std::result::Result<T, Error>;

/// The 1-based line number of a byte offset in a text (for error messages).
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())]
        .bytes()
        .filter(|&b| b == b'\n')
        .count()
        + 1
}
