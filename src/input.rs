//! Input: files, folders and stdin turned into [`Document`]s.
//!
//! This module owns decoding (UTF-8 with BOM, CRLF, lossy decoding of invalid bytes with a
//! warning), skipping of binary files, the recursive walk of folders in a deterministic order, and
//! the reduction of HTML pages to their readable text. Offsets reported anywhere else in the crate
//! are byte offsets into [`Document::text`].

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

/// Reads every input path; returns the documents and the warnings to show the user.
///
/// A path that does not exist is an error; a binary file is skipped with a warning; invalid UTF-8
/// is decoded lossily with a warning.
pub fn read_inputs(paths: &[PathBuf]) -> Result<(Vec<Document>, Vec<String>)> {
    let mut docs = Vec::new();
    let mut warnings = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| Error::io("<stdin>", e))?;
            if let Some(doc) = decode("-", &bytes, false, &mut warnings) {
                docs.push(doc);
            }
            continue;
        }
        if !path.exists() {
            return Err(Error::MissingInput { path: path.clone() });
        }
        if path.is_dir() {
            let mut files = Vec::new();
            walk(path, &mut files)?;
            files.sort();
            for file in files {
                let rel = file.strip_prefix(path).unwrap_or(&file);
                let id = rel.to_string_lossy().replace('\\', "/");
                if let Some(doc) = read_file(&file, &id, &mut warnings)? {
                    docs.push(doc);
                }
            }
        } else {
            let id = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| path.to_string_lossy().into_owned());
            if let Some(doc) = read_file(path, &id, &mut warnings)? {
                docs.push(doc);
            }
        }
    }
    Ok((docs, warnings))
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let path = entry.path();
        let ft = entry.file_type().map_err(|e| Error::io(&path, e))?;
        if ft.is_dir() {
            walk(&path, out)?;
        } else if has_text_extension(&path) {
            out.push(path);
        }
    }
    Ok(())
}

fn has_text_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

fn is_html_path(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

fn read_file(path: &Path, id: &str, warnings: &mut Vec<String>) -> Result<Option<Document>> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let html = is_html_path(path);
    Ok(decode(id, &bytes, html, warnings).map(|mut doc| {
        if html {
            doc.text = html_to_text(&doc.text);
        }
        doc
    }))
}

/// Decodes raw bytes into a document (no HTML handling).
fn decode(id: &str, bytes: &[u8], html: bool, warnings: &mut Vec<String>) -> Option<Document> {
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
            d.text = html_to_text(&d.text);
        }
        d
    });
    (doc, warnings)
}

/// The readable text of an HTML page: article paragraphs kept apart by blank lines; scripts,
/// styles and navigation dropped. The title, when found, is the first line.
pub fn html_to_text(html: &str) -> String {
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
    fn binary_is_skipped() {
        let mut w = Vec::new();
        assert!(decode("bin", b"ab\0cd", false, &mut w).is_none());
        assert!(w[0].contains("binary"));
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
