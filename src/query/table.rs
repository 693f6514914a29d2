//! Plain-text tables for the answers: left-aligned columns separated by two spaces, widths in
//! characters, no trailing spaces.

/// A table being built.
pub(crate) struct Table {
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    pub(crate) fn new(headers: &[&str]) -> Table {
        Table {
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
        }
    }

    pub(crate) fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    /// The table with a header line; `(none)` when it has no rows.
    pub(crate) fn render(&self) -> String {
        if self.rows.is_empty() {
            return "(none)\n".to_string();
        }
        let clean = |s: &str| s.replace(['\n', '\r', '\t'], " ");
        let mut widths: Vec<usize> = self.headers.iter().map(|h| h.chars().count()).collect();
        for r in &self.rows {
            for (i, c) in r.iter().enumerate() {
                widths[i] = widths[i].max(clean(c).chars().count());
            }
        }
        let mut out = String::new();
        for r in std::iter::once(&self.headers).chain(&self.rows) {
            let mut line = String::new();
            for (i, c) in r.iter().enumerate() {
                let c = clean(c);
                line.push_str(&c);
                if i + 1 < r.len() {
                    line.extend(std::iter::repeat_n(' ', widths[i] - c.chars().count() + 2));
                }
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_align_by_characters() {
        let mut t = Table::new(&["a", "b"]);
        t.row(vec!["Hézbollah".into(), "x".into()]);
        t.row(vec!["y".into(), "line\nbreak".into()]);
        assert_eq!(
            t.render(),
            "a          b\nHézbollah  x\ny          line break\n"
        );
        assert_eq!(Table::new(&["a"]).render(), "(none)\n");
    }
}
