//! Input: files, folders and stdin turned into [`Document`]s.
//!
//! This module owns decoding (UTF-8 with or without BOM, UTF-16 with BOM, CRLF, lossy decoding
//! of invalid bytes with a warning), skipping of binary files, the recursive walk of folders in
//! a deterministic order, and the reduction of HTML pages to their readable text. Offsets
//! reported anywhere else in the crate are byte offsets into [`Document::text`], the decoded
//! text (UTF-8, no byte-order mark), not into the file's bytes.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// One article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Stable id: the file name for a file argument, the path relative to the folder for files
    /// found in a folder argument, `-` for stdin.
    pub id: String,
    /// The text (for HTML: the readable text, paragraphs separated by blank lines).
    pub text: String,
}

impl Document {
    /// A document from a string (tests, library users, JSONL corpora).
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document {
            id: id.into(),
            text: text.into(),
        }
    }
}

/// File extensions read from folders.
const EXTENSIONS: &[&str] = &["txt", "md", "html", "htm"];

/// Largest document (file, stdin, or JSONL line) read unless the user asks otherwise: 64 MiB.
pub const DEFAULT_MAX_DOCUMENT_BYTES: u64 = 64 << 20;

/// Reads every input path; returns the documents and the warnings to show the user.
///
/// [`read_inputs_with`] with the default size limit, [`DEFAULT_MAX_DOCUMENT_BYTES`].
pub fn read_inputs(paths: &[PathBuf]) -> Result<(Vec<Document>, Vec<String>)> {
    read_inputs_with(paths, DEFAULT_MAX_DOCUMENT_BYTES)
}

/// Reads every input path; returns the documents and the warnings to show the user.
///
/// A path named here must be a regular file, a folder or `-` (stdin): one that does not exist,
/// cannot be read or is something else (a device such as `/dev/zero`, a FIFO, a socket) is an
/// error. In a folder, entries that are not regular files or cannot be read are skipped with a
/// warning: one bad entry must not end or block the run. A document larger than `max_bytes`
/// is skipped with a warning (only `max_bytes + 1` bytes of it are read); a binary file is
/// skipped with a warning; invalid UTF-8 is decoded lossily with a warning.
pub fn read_inputs_with(paths: &[PathBuf], max_bytes: u64) -> Result<(Vec<Document>, Vec<String>)> {
    let mut docs = Vec::new();
    let mut warnings = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            let bytes = read_capped(std::io::stdin().lock(), max_bytes)
                .map_err(|e| Error::io("<stdin>", e))?;
            match bytes {
                Some(bytes) => {
                    if let Some(doc) = decode("-", &bytes, false, &mut warnings) {
                        docs.push(doc);
                    }
                }
                None => warnings.push(too_large("-", max_bytes)),
            }
            continue;
        }
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(Error::MissingInput { path: path.clone() });
            }
            Err(e) => return Err(Error::io(path, e)),
        };
        if meta.is_dir() {
            let mut files = Vec::new();
            let entries = std::fs::read_dir(path).map_err(|e| Error::io(path, e))?;
            walk_entries(path, entries, &mut files, &mut warnings);
            files.sort();
            for file in files {
                let rel = file.strip_prefix(path).unwrap_or(&file);
                let id = rel.to_string_lossy().replace('\\', "/");
                // Entries that vanish or turn unreadable between the walk and the read are
                // skipped like the unreadable ones the walk found.
                match read_file(&file, &id, max_bytes, &mut warnings) {
                    Ok(Some(doc)) => docs.push(doc),
                    Ok(None) => {}
                    Err(e) => warnings.push(format!("{e}; skipped")),
                }
            }
        } else if meta.is_file() {
            let id = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| path.to_string_lossy().into_owned());
            if let Some(doc) = read_file(path, &id, max_bytes, &mut warnings)? {
                docs.push(doc);
            }
        } else {
            return Err(Error::NotRegularFile { path: path.clone() });
        }
    }
    Ok((docs, warnings))
}

/// For readers of graph files, which also take a pipe (`query /dev/stdin`): refuses, before
/// opening, a path that leads to a device or a socket ([`Error::NotRegularFile`]), whose
/// reading never ends (`/dev/zero`) or blocks; anything else is left to the open and the read.
pub fn refuse_devices(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if let Ok(m) = std::fs::metadata(path) {
            let t = m.file_type();
            if t.is_char_device() || t.is_block_device() || t.is_socket() {
                return Err(Error::NotRegularFile {
                    path: path.to_path_buf(),
                });
            }
        }
    }
    Ok(())
}

/// The bytes of a graph JSON input named on the command line: `-` for standard input, a
/// regular file, or a pipe. Missing paths, folders, devices and sockets are errors naming the
/// path. Standard input and pipes are read through [`read_graph_stream`], which gives up at
/// the first bytes that cannot be JSON. Returns the name to use in messages with the bytes.
pub fn read_graph_input(path: &Path) -> Result<(String, Vec<u8>)> {
    if path.as_os_str() == "-" {
        let name = "standard input".to_string();
        let bytes = read_graph_stream(&name, std::io::stdin().lock())?;
        return Ok((name, bytes));
    }
    let name = path.display().to_string();
    let meta = match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::MissingInput {
                path: path.to_path_buf(),
            })
        }
        Err(e) => return Err(Error::io(path, e)),
        Ok(m) => m,
    };
    if meta.is_dir() {
        return Err(Error::io(
            path,
            std::io::Error::new(std::io::ErrorKind::IsADirectory, "is a folder, not a graph"),
        ));
    }
    refuse_devices(path)?;
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let bytes = if meta.is_file() {
        let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
        (&file)
            .read_to_end(&mut bytes)
            .map_err(|e| Error::io(path, e))?;
        bytes
    } else {
        read_graph_stream(&name, file)?
    };
    Ok((name, bytes))
}

/// Reads a graph JSON stream (standard input, a pipe) in pieces, refusing it at the first
/// piece that cannot be JSON text: a first non-blank byte other than `{`, or a control byte
/// JSON never holds outside its escapes (NUL, ESC…). A binary stream or a device behind the
/// pipe (`query - < /dev/zero`) then ends at once with an error instead of filling memory
/// until the machine runs out; a real graph is read whole, whatever its size. Leading blanks
/// are not kept (an endless run of them reads in constant memory).
pub fn read_graph_stream(name: &str, mut reader: impl Read) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    let mut chunk = vec![0u8; 1 << 16];
    let mut offset = 0u64;
    let not_json = |offset: u64, byte: u8, why: &str| Error::Graph {
        file: name.to_string(),
        message: format!("byte {offset} is 0x{byte:02x}, {why}"),
    };
    loop {
        let n = match reader.read(&mut chunk) {
            Ok(0) => return Ok(bytes),
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(Error::io(name, e)),
        };
        let mut piece = &chunk[..n];
        if bytes.is_empty() {
            let blanks = piece
                .iter()
                .take_while(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
                .count();
            offset += blanks as u64;
            piece = &piece[blanks..];
            match piece.first() {
                None => continue,
                Some(b'{') => {}
                Some(&b) => return Err(not_json(offset, b, "where the graph's `{` should be")),
            }
        }
        if let Some(i) = piece
            .iter()
            .position(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r'))
        {
            return Err(not_json(
                offset + i as u64,
                piece[i],
                "a control character JSON text cannot hold",
            ));
        }
        offset += piece.len() as u64;
        bytes.extend_from_slice(piece);
    }
}

fn too_large(id: &str, max_bytes: u64) -> String {
    format!("{id}: larger than {max_bytes} bytes (see --max-document-size), skipped")
}

/// At most `max_bytes` of `reader`, or `None` when it holds more (only one byte more is read).
fn read_capped(reader: impl Read, max_bytes: u64) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    reader
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= max_bytes).then_some(bytes))
}

/// The text files under a folder, recursively; entries that cannot be listed, are not regular
/// files (after following a symbolic link) or whose link leads nowhere become warnings.
fn walk_entries(
    dir: &Path,
    entries: std::fs::ReadDir,
    out: &mut Vec<PathBuf>,
    warnings: &mut Vec<String>,
) {
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                warnings.push(format!("{}: {e}; entry skipped", dir.display()));
                continue;
            }
        };
        let path = entry.path();
        // The entry itself: a symbolic link to a folder is not followed (no loops).
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        if is_dir {
            match std::fs::read_dir(&path) {
                Ok(sub) => walk_entries(&path, sub, out, warnings),
                Err(e) => warnings.push(format!("{}: {e}; folder skipped", path.display())),
            }
            continue;
        }
        if !has_text_extension(&path) {
            continue;
        }
        // What the name leads to: a dangling or looping link, a FIFO (which would block the
        // read forever), a device or a socket is skipped.
        match std::fs::metadata(&path) {
            Ok(m) if m.is_file() => out.push(path),
            Ok(_) => warnings.push(format!(
                "{}: not a regular file (a device, FIFO or socket), skipped",
                path.display()
            )),
            Err(e) => warnings.push(format!("{}: {e}; skipped", path.display())),
        }
    }
}

/// Whether a file name has one of the extensions read from folders (`.txt`, `.md`, `.html`,
/// `.htm`, in any case).
pub fn has_text_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

fn is_html_path(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

fn read_file(
    path: &Path,
    id: &str,
    max_bytes: u64,
    warnings: &mut Vec<String>,
) -> Result<Option<Document>> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let Some(bytes) = read_capped(file, max_bytes).map_err(|e| Error::io(path, e))? else {
        warnings.push(too_large(id, max_bytes));
        return Ok(None);
    };
    let html = is_html_path(path);
    Ok(decode(id, &bytes, html, warnings).map(|mut doc| {
        if html {
            doc.text = html_text(id, &doc.text, warnings);
        }
        doc
    }))
}

/// The text of an HTML document, with a warning when it was read without layout analysis.
fn html_text(id: &str, html: &str, warnings: &mut Vec<String>) -> String {
    let (text, why) = html_to_text_checked(html);
    if let Some(why) = why {
        warnings.push(format!("{id}: {why}"));
    }
    text
}

/// Decodes raw bytes into a document (no HTML handling): UTF-16 with a byte-order mark (as
/// Windows tools write it), else UTF-8 with or without one.
fn decode(id: &str, bytes: &[u8], html: bool, warnings: &mut Vec<String>) -> Option<Document> {
    let utf16 = match bytes {
        [0xFF, 0xFE, rest @ ..] => Some((rest, u16::from_le_bytes as fn([u8; 2]) -> u16)),
        [0xFE, 0xFF, rest @ ..] => Some((rest, u16::from_be_bytes as fn([u8; 2]) -> u16)),
        _ => None,
    };
    if let Some((rest, unit)) = utf16 {
        let units = rest.chunks(2).map(|c| match *c {
            [a, b] => unit([a, b]),
            // An odd last byte: not a whole code unit.
            _ => 0xFFFD,
        });
        let text: String = char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect();
        // UTF-32 (whose little-endian mark starts like UTF-16's) and binary files give NULs.
        if text.contains('\0') {
            warnings.push(format!("{id}: binary file (NUL characters), skipped"));
            return None;
        }
        if rest.len() % 2 == 1 || text.contains(char::REPLACEMENT_CHARACTER) {
            warnings.push(format!(
                "{id}: invalid UTF-16, decoded with replacement characters"
            ));
        }
        return Some(Document {
            id: id.to_string(),
            text,
        });
    }
    if bytes.contains(&0) {
        warnings.push(format!("{id}: binary file (NUL bytes), skipped"));
        return None;
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => {
            warnings.push(format!(
                "{id}: invalid UTF-8, decoded with replacement characters"
            ));
            String::from_utf8_lossy(bytes).into_owned()
        }
    };
    let _ = html;
    Some(Document {
        id: id.to_string(),
        text,
    })
}

/// Decodes a document given as bytes (for library users and corpus readers).
pub fn document_from_bytes(id: &str, bytes: &[u8], html: bool) -> (Option<Document>, Vec<String>) {
    let mut warnings = Vec::new();
    let doc = decode(id, bytes, html, &mut warnings).map(|mut d| {
        if html {
            d.text = html_text(id, &d.text, &mut warnings);
        }
        d
    });
    (doc, warnings)
}

/// The readable text of an HTML page: article paragraphs kept apart by blank lines; scripts,
/// styles and navigation dropped. The title, when found, is the first line.
///
/// The HTML parser and the readability analysis take time quadratic in a page's nesting depth,
/// in the attributes of one tag and in its character references; a page beyond
/// [`HtmlShape::is_hostile`]'s bounds is read by a linear tag stripper instead
/// (see [`html_to_text_checked`] for the warning that says so).
pub fn html_to_text(html: &str) -> String {
    html_to_text_checked(html).0
}

/// [`html_to_text`], with the reason when the page was read without layout analysis.
pub fn html_to_text_checked(html: &str) -> (String, Option<String>) {
    let shape = HtmlShape::of(html);
    match shape.is_hostile() {
        Some(why) => (
            stripped_text(html),
            Some(format!("{why}; read as plain text without layout analysis")),
        ),
        None => (readable_text(html), None),
    }
}

/// Deepest nesting of elements still given to the HTML parser (real pages nest a few dozen).
const HTML_MAX_DEPTH: usize = 256;
/// Most attributes on one tag still given to the HTML parser.
const HTML_MAX_ATTRIBUTES: usize = 64;
/// Most character references (`&…`) in a page still given to the readability analysis.
const HTML_MAX_REFERENCES: usize = 5_000;

/// What a linear scan of a page tells about the cost of parsing it.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct HtmlShape {
    /// Deepest nesting of elements (elements a parser closes implicitly, such as `p` and `li`,
    /// and void elements not counted).
    pub depth: usize,
    /// Most attributes on one tag.
    pub attributes: usize,
    /// Character references (`&`) in the page.
    pub references: usize,
}

impl HtmlShape {
    /// The shape of `html`, in one pass.
    pub fn of(html: &str) -> HtmlShape {
        let mut shape = HtmlShape::default();
        let mut depth = 0usize;
        for token in Tokens::new(html) {
            match token {
                Token::Text(t) => shape.references += memchr_count(b'&', t.as_bytes()),
                Token::Open {
                    name,
                    attributes,
                    self_closing,
                } => {
                    shape.attributes = shape.attributes.max(attributes);
                    if !self_closing && !is_void(name) && !closes_implicitly(name) {
                        depth += 1;
                        shape.depth = shape.depth.max(depth);
                    }
                }
                Token::Close(name) => {
                    if !is_void(name) && !closes_implicitly(name) {
                        depth = depth.saturating_sub(1);
                    }
                }
                Token::Raw { text, .. } => {
                    shape.references += memchr_count(b'&', text.as_bytes());
                }
            }
        }
        shape
    }

    /// Why the page is too costly for the HTML parser, if it is.
    pub fn is_hostile(&self) -> Option<String> {
        if self.depth > HTML_MAX_DEPTH {
            Some(format!(
                "HTML nested {} elements deep (more than {HTML_MAX_DEPTH})",
                self.depth
            ))
        } else if self.attributes > HTML_MAX_ATTRIBUTES {
            Some(format!(
                "HTML tag with {} attributes (more than {HTML_MAX_ATTRIBUTES})",
                self.attributes
            ))
        } else if self.references > HTML_MAX_REFERENCES {
            Some(format!(
                "HTML with {} character references (more than {HTML_MAX_REFERENCES})",
                self.references
            ))
        } else {
            None
        }
    }
}

fn memchr_count(b: u8, hay: &[u8]) -> usize {
    hay.iter().filter(|&&c| c == b).count()
}

fn is_void(name: &str) -> bool {
    const VOID: &[&str] = &[
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr",
    ];
    VOID.iter().any(|v| v.eq_ignore_ascii_case(name))
}

/// Elements whose start tag closes an open one of their kind (`<p>a<p>b`), so that counting
/// them as nesting would overstate the depth of ordinary pages.
fn closes_implicitly(name: &str) -> bool {
    const IMPLIED: &[&str] = &[
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "thead",
        "tbody", "tfoot", "colgroup", "caption",
    ];
    IMPLIED.iter().any(|v| v.eq_ignore_ascii_case(name))
}

/// Elements whose contents are not markup (read up to their end tag).
fn raw_text(name: &str) -> bool {
    const RAW: &[&str] = &[
        "script",
        "style",
        "title",
        "textarea",
        "xmp",
        "noscript",
        "iframe",
        "noembed",
        "noframes",
        "template",
        "plaintext",
    ];
    RAW.iter().any(|v| v.eq_ignore_ascii_case(name))
}

/// A piece of HTML as the linear scanner sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token<'a> {
    Text(&'a str),
    Open {
        name: &'a str,
        attributes: usize,
        self_closing: bool,
    },
    Close(&'a str),
    /// The contents of a raw-text element (`script`, `style`, `title`, …) and its name.
    Raw {
        name: &'a str,
        text: &'a str,
    },
}

/// A single-pass HTML tokenizer (no tree, no error recovery beyond skipping): every byte is
/// looked at a bounded number of times, so the scan is linear in the page.
struct Tokens<'a> {
    html: &'a str,
    at: usize,
    /// A raw-text element just opened: its contents come next.
    raw: Option<&'a str>,
}

impl<'a> Tokens<'a> {
    fn new(html: &'a str) -> Tokens<'a> {
        Tokens {
            html,
            at: 0,
            raw: None,
        }
    }

    /// Position of the first `needle` at or after `from` (ASCII case-insensitive), or the end.
    fn find_ci(&self, from: usize, needle: &[u8]) -> Option<usize> {
        let b = self.html.as_bytes();
        let mut i = from;
        while let Some(off) = b[i..].iter().position(|&c| c == needle[0]) {
            let p = i + off;
            if b.len() - p >= needle.len() && b[p..p + needle.len()].eq_ignore_ascii_case(needle) {
                return Some(p);
            }
            i = p + 1;
        }
        None
    }

    /// The end of a tag that starts at `from` (after `<` and its name): the position after
    /// its `>` (quoted attribute values may hold `>`), the number of attributes, and whether
    /// it ends in `/>`.
    fn tag_end(&self, from: usize) -> (usize, usize, bool) {
        let b = self.html.as_bytes();
        let mut i = from;
        let mut attributes = 0;
        let mut in_name = false;
        let mut quote = None;
        while i < b.len() {
            let c = b[i];
            match quote {
                Some(q) if c == q => quote = None,
                Some(_) => {}
                None => match c {
                    b'>' => return (i + 1, attributes, i > from && b[i - 1] == b'/'),
                    b'"' | b'\'' => quote = Some(c),
                    c if c.is_ascii_whitespace() || c == b'/' => in_name = false,
                    b'=' => in_name = true,
                    _ => {
                        if !in_name {
                            attributes += 1;
                            in_name = true;
                        }
                    }
                },
            }
            i += 1;
        }
        (b.len(), attributes, false)
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        // Comments, doctypes and processing instructions are skipped (a loop, not recursion:
        // a million comments in a row must not exhaust the stack).
        loop {
            if let Some(token) = self.step()? {
                return Some(token);
            }
        }
    }
}

impl<'a> Tokens<'a> {
    /// The next token, `Some(None)` after skipping something that is no token, `None` at the end.
    fn step(&mut self) -> Option<Option<Token<'a>>> {
        let html = self.html;
        let b = html.as_bytes();
        if let Some(name) = self.raw.take() {
            let mut close = Vec::with_capacity(name.len() + 2);
            close.extend_from_slice(b"</");
            close.extend_from_slice(name.as_bytes());
            let end = self.find_ci(self.at, &close).unwrap_or(b.len());
            let text = &html[self.at..end];
            self.at = end;
            return Some(Some(Token::Raw { name, text }));
        }
        if self.at >= b.len() {
            return None;
        }
        let start = self.at;
        if b[start] != b'<' {
            let end = b[start..]
                .iter()
                .position(|&c| c == b'<')
                .map_or(b.len(), |p| start + p);
            self.at = end;
            return Some(Some(Token::Text(&html[start..end])));
        }
        let rest = &b[start + 1..];
        if rest.starts_with(b"!--") {
            let end = self.find_ci(start + 4, b"-->").map_or(b.len(), |p| p + 3);
            self.at = end;
            return Some(None);
        }
        let name_len = |from: usize| {
            b[from..]
                .iter()
                .position(|c| c.is_ascii_whitespace() || matches!(c, b'/' | b'>'))
                .unwrap_or(b.len() - from)
        };
        match rest.first() {
            Some(b'/') if rest.get(1).is_some_and(u8::is_ascii_alphabetic) => {
                let n = name_len(start + 2);
                let name = &html[start + 2..start + 2 + n];
                self.at = self.tag_end(start + 2 + n).0;
                Some(Some(Token::Close(name)))
            }
            Some(c) if c.is_ascii_alphabetic() => {
                let n = name_len(start + 1);
                let name = &html[start + 1..start + 1 + n];
                let (end, attributes, self_closing) = self.tag_end(start + 1 + n);
                self.at = end;
                if raw_text(name) && !self_closing {
                    self.raw = Some(name);
                }
                Some(Some(Token::Open {
                    name,
                    attributes,
                    self_closing,
                }))
            }
            Some(b'!' | b'?' | b'/') => {
                self.at = self.tag_end(start + 1).0;
                Some(None)
            }
            _ => {
                // A `<` that starts no tag is text.
                let end = b[start + 1..]
                    .iter()
                    .position(|&c| c == b'<')
                    .map_or(b.len(), |p| start + 1 + p);
                self.at = end;
                Some(Some(Token::Text(&html[start..end])))
            }
        }
    }
}

/// Elements whose ends are paragraph breaks in the stripped text.
fn is_block(name: &str) -> bool {
    const BLOCK: &[&str] = &[
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "td",
        "th",
        "table",
        "blockquote",
        "pre",
        "section",
        "article",
        "main",
        "aside",
        "figure",
        "figcaption",
        "hr",
        "body",
        "html",
        "head",
        "form",
        "fieldset",
        "address",
    ];
    BLOCK.iter().any(|v| v.eq_ignore_ascii_case(name))
}

/// Elements left out of the stripped text with everything in them.
fn is_chrome(name: &str) -> bool {
    ["nav", "header", "footer"]
        .iter()
        .any(|v| v.eq_ignore_ascii_case(name))
}

/// The text of a page by the linear scanner: tags removed, block elements as paragraph
/// breaks, scripts, styles and navigation dropped, character references decoded, the title
/// as the first paragraph.
fn stripped_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    // Text of the current paragraph, white space collapsed.
    let mut para = String::new();
    let mut chrome = 0usize;
    let flush = |para: &mut String, out: &mut String| {
        let t = para.trim();
        if !t.is_empty() {
            out.push_str(t);
            out.push_str("\n\n");
        }
        para.clear();
    };
    for token in Tokens::new(html) {
        match token {
            Token::Text(t) if chrome == 0 => push_decoded(t, &mut para),
            Token::Text(_) => {}
            Token::Raw { name, text } => {
                if name.eq_ignore_ascii_case("title") || name.eq_ignore_ascii_case("textarea") {
                    flush(&mut para, &mut out);
                    push_decoded(text, &mut para);
                    flush(&mut para, &mut out);
                }
            }
            Token::Open { name, .. } | Token::Close(name) => {
                if is_chrome(name) {
                    if matches!(token, Token::Open { .. }) {
                        chrome += 1;
                    } else {
                        chrome = chrome.saturating_sub(1);
                    }
                }
                // Inline tags separate nothing (a browser shows `<b>Ir</b>an` as one word).
                if is_block(name) {
                    flush(&mut para, &mut out);
                }
            }
        }
    }
    flush(&mut para, &mut out);
    out.truncate(out.trim_end().len());
    out
}

/// Appends `text` to `para` with white space collapsed and character references decoded.
fn push_decoded(text: &str, para: &mut String) {
    let mut rest = text;
    while !rest.is_empty() {
        let Some(amp) = rest.find('&') else {
            push_collapsed(rest, para);
            return;
        };
        push_collapsed(&rest[..amp], para);
        rest = &rest[amp..];
        match decode_reference(rest) {
            Some((c, len)) => {
                if c.is_whitespace() && c != '\u{a0}' {
                    push_collapsed(" ", para);
                } else {
                    para.push(c);
                }
                rest = &rest[len..];
            }
            None => {
                para.push('&');
                rest = &rest[1..];
            }
        }
    }
}

fn push_collapsed(text: &str, para: &mut String) {
    for (i, word) in text.split(char::is_whitespace).enumerate() {
        if i > 0 && !para.is_empty() && !para.ends_with(' ') {
            para.push(' ');
        }
        para.push_str(word);
    }
}

/// The character of a reference at the start of `s` (`&amp;`, `&#39;`, `&#x2019;`) and its
/// length in bytes.
fn decode_reference(s: &str) -> Option<(char, usize)> {
    let end = s.as_bytes().iter().take(12).position(|&c| c == b';')?;
    let body = &s[1..end];
    let c = if let Some(num) = body.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        char::from_u32(code).filter(|&c| c != '\0')?
    } else {
        match body {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => '\u{a0}',
            "ndash" => '\u{2013}',
            "mdash" => '\u{2014}',
            "lsquo" => '\u{2018}',
            "rsquo" => '\u{2019}',
            "ldquo" => '\u{201C}',
            "rdquo" => '\u{201D}',
            "hellip" => '\u{2026}',
            _ => return None,
        }
    };
    Some((c, end + 1))
}

/// The readable text by the HTML parser and readability analysis.
fn readable_text(html: &str) -> String {
    use dom_smoothie::{Config, Readability, TextMode};
    let cfg = Config {
        text_mode: TextMode::Formatted,
        ..Default::default()
    };
    let parsed = Readability::new(html, None, Some(cfg)).and_then(|mut r| r.parse());
    match parsed {
        Ok(article) => {
            let body = article.text_content.to_string();
            let title = article.title.trim();
            if title.is_empty() || body.trim_start().starts_with(title) {
                body
            } else {
                format!("{title}\n\n{body}")
            }
        }
        // Not an article (too short, no content candidate): fall back to all visible text.
        Err(_) => fallback_text(html),
    }
}

/// Text of an HTML fragment without readability: tags removed, block ends as line breaks,
/// script/style contents dropped, the common entities decoded.
fn fallback_text(html: &str) -> String {
    let doc = dom_query::Document::from(html);
    doc.select("script, style, nav, header, footer, noscript")
        .remove();
    let mut out = String::new();
    for node in doc
        .select("title, h1, h2, h3, h4, h5, h6, p, li, td, blockquote, pre")
        .iter()
    {
        let t = node.text();
        let t = t.trim();
        if !t.is_empty() {
            out.push_str(t);
            out.push_str("\n\n");
        }
    }
    if out.is_empty() {
        out = doc.select("body").text().to_string();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_and_invalid_utf8() {
        let mut w = Vec::new();
        let d = decode("a", b"\xEF\xBB\xBFIran", false, &mut w).unwrap();
        assert_eq!(d.text, "Iran");
        assert!(w.is_empty());
        let d = decode("b", b"Iran \xFF Oman", false, &mut w).unwrap();
        assert_eq!(d.text, "Iran \u{FFFD} Oman");
        assert_eq!(w.len(), 1);
        assert!(w[0].starts_with("b:"));
    }

    #[test]
    fn utf16_with_a_byte_order_mark_is_decoded() {
        let text = "Iran backs Hezbollah \u{2014} T\u{fc}rkiye \u{1F600}.";
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        for bytes in [&le, &be] {
            let mut w = Vec::new();
            assert_eq!(decode("u", bytes, false, &mut w).unwrap().text, text);
            assert!(w.is_empty(), "{w:?}");
        }
        // A lone surrogate and an odd last byte: decoded with replacements and a warning.
        let mut w = Vec::new();
        let bad = [0xFF, 0xFE, b'I', 0, 0x00, 0xD8, b'x', 0, b'y'];
        assert_eq!(
            decode("v", &bad, false, &mut w).unwrap().text,
            "I\u{FFFD}x\u{FFFD}"
        );
        assert!(w[0].starts_with("v: invalid UTF-16"), "{w:?}");
        // UTF-32 little-endian starts with the same two bytes: NULs, skipped as binary.
        let mut w = Vec::new();
        assert!(decode("w", b"\xFF\xFE\0\0I\0\0\0", false, &mut w).is_none());
        assert!(w[0].contains("binary"), "{w:?}");
    }

    #[test]
    fn binary_is_skipped() {
        let mut w = Vec::new();
        assert!(decode("bin", b"ab\0cd", false, &mut w).is_none());
        assert!(w[0].contains("binary"));
    }

    /// Ordinary pages go to the layout analysis: paragraphs and list items a parser closes
    /// implicitly, tables, a few dozen levels of nesting, a few hundred references.
    #[test]
    fn ordinary_pages_are_not_hostile() {
        let mut page = String::from("<!DOCTYPE html><html><head><title>T</title></head><body>");
        page.push_str(&"<div class=\"wrap\">".repeat(60));
        for i in 0..2_000 {
            page.push_str(&format!("<p>Paragraph {i} &amp; more<br><img src=x alt=y>"));
            page.push_str("<ul><li>one<li>two</ul><table><tr><td>a<td>b<tr><td>c</table>");
        }
        page.push_str(&"</div>".repeat(60));
        let shape = HtmlShape::of(&page);
        assert_eq!(shape.depth, 63, "{shape:?}");
        assert_eq!(shape.attributes, 2);
        assert_eq!(shape.references, 2_000);
        assert_eq!(shape.is_hostile(), None);
    }

    /// The linear scanner: `>` in quoted values, comments and scripts holding tags, unclosed
    /// tags and comments, a `<` that starts no tag.
    #[test]
    fn the_linear_scanner_reads_tricky_markup() {
        let html = "<p title=\"a > b\" data-x='<p>'>One &lt;two&gt; 3 < 4</p><!-- <p>no</p> -->\
                    <script>if (a</b) { x = \"</div>\" }</script><style>p{}</style>\
                    <div>Five&nbsp;six &bogus; &#128512; &#0; &#xZZ;</div><p>end <b>bold</b>";
        assert_eq!(
            stripped_text(html),
            "One <two> 3 < 4\n\nFive\u{a0}six &bogus; \u{1F600} &#0; &#xZZ;\n\nend bold"
        );
        for cut in ["<p", "<p a='x", "<!-- x", "<script>x", "<", "</", "&", "&#"] {
            let _ = stripped_text(cut);
            let _ = HtmlShape::of(cut);
        }
        assert_eq!(HtmlShape::of("<p a b=c d='e' f=\"g\" h/>").attributes, 5);
    }

    #[test]
    fn html_keeps_paragraphs_apart_and_drops_scripts() {
        let html = "<html><head><title>T</title><script>var Iran = 1;</script></head><body>\
            <nav>Home | World</nav><p>Oman mediated talks between Iran and the United States.</p>\
            <p>Israel struck Hezbollah.</p></body></html>";
        let text = html_to_text(html);
        assert!(text.contains("Oman mediated talks between Iran and the United States."));
        assert!(text.contains("Israel struck Hezbollah."));
        assert!(!text.contains("var Iran"));
        assert!(!text.contains("States.Israel"));
    }
}
