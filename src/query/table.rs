//! Plain-text tables for the answers: left-aligned columns separated by two spaces, widths in
//! characters, no trailing spaces; fitted to a width (a terminal's) by shortening the widest
//! columns, their cells cut with `…`.

/// The narrowest a column is made to fit a width, while narrowing the others to it is enough.
const MIN_COLUMN: usize = 8;

/// The narrowest a column is made where [`MIN_COLUMN`] is not enough (a table of seven or eight
/// columns in a 60-character terminal): its header's width, at least this.
const MIN_CUT: usize = 4;

/// `s` in at most `n` characters: cut with `…` when longer.
pub(crate) fn cut(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let mut out: String = s.chars().take(n.saturating_sub(1)).collect();
    out.push('…');
    out
}

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
    #[cfg(test)]
    pub(crate) fn render(&self) -> String {
        self.render_fit(None)
    }

    /// [`render`](Self::render) within `width` characters a line when given: the widest
    /// columns are narrowed (never below their header or [`MIN_COLUMN`]; where that is not
    /// enough, below [`MIN_COLUMN`] down to their header or [`MIN_CUT`]) and their cells cut.
    pub(crate) fn render_fit(&self, width: Option<usize>) -> String {
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
        if let Some(width) = width {
            let gaps = 2 * widths.len().saturating_sub(1);
            for min in [MIN_COLUMN, MIN_CUT] {
                self.narrow(&mut widths, width.saturating_sub(gaps), min);
            }
        }
        let mut out = String::new();
        for r in std::iter::once(&self.headers).chain(&self.rows) {
            let mut line = String::new();
            for (i, c) in r.iter().enumerate() {
                let c = cut(&clean(c), widths[i]);
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

    /// Narrows the widest columns, a character at a time, until `widths` sum to at most
    /// `width`, none below its header or `min`.
    fn narrow(&self, widths: &mut [usize], width: usize, min: usize) {
        let floors: Vec<usize> = self
            .headers
            .iter()
            .map(|h| h.chars().count().max(min))
            .collect();
        while widths.iter().sum::<usize>() > width {
            // The widest column that can still give.
            let Some(i) = (0..widths.len())
                .filter(|&i| widths[i] > floors[i])
                .max_by_key(|&i| (widths[i], std::cmp::Reverse(i)))
            else {
                break;
            };
            widths[i] -= 1;
        }
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

    #[test]
    fn a_width_narrows_the_widest_column_and_cuts_its_cells() {
        let mut t = Table::new(&["id", "evidence"]);
        t.row(vec!["iran".into(), "a".repeat(100)]);
        t.row(vec!["oman".into(), "short".into()]);
        let fitted = t.render_fit(Some(40));
        for line in fitted.lines() {
            assert!(line.chars().count() <= 40, "{line:?}");
        }
        assert!(fitted.contains(&format!("iran  {}…", "a".repeat(33))));
        assert!(fitted.contains("oman  short\n"));
        // Without a width nothing is cut.
        assert!(t.render_fit(None).contains(&"a".repeat(100)));
        // Columns never go below their floor, even if the line stays too long.
        assert!(t.render_fit(Some(5)).contains("iran  aaaaaaa…"));
    }

    #[test]
    fn many_columns_fit_a_narrow_terminal_below_the_usual_floor() {
        // A neighbours table (eight columns) in 60 characters: eight characters a column and
        // the gaps are 70, so the widest give further, down to their headers.
        let h = [
            "depth",
            "actor",
            "label",
            "kind",
            "via",
            "relation",
            "direction",
            "weight",
        ];
        let mut t = Table::new(&h);
        for _ in 0..3 {
            t.row(
                [
                    "1",
                    "hezbollah",
                    "Hezbollah",
                    "armed_group",
                    "iran",
                    "adversary",
                    "both",
                    "3",
                ]
                .map(String::from)
                .to_vec(),
            );
        }
        let fitted = t.render_fit(Some(60));
        for line in fitted.lines() {
            assert!(line.chars().count() <= 60, "{line:?}");
        }
        // Where eight a column is enough, nothing goes below it.
        assert!(t
            .render_fit(Some(70))
            .contains("hezboll…  Hezboll…  armed_g…"));
    }
}
