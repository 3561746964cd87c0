//! Resumes laid out in two columns side by side on each line, as a PDF converter that keeps
//! the layout writes a sidebar beside the experience:
//!
//! ```text
//! PROFILE                                  KEY SKILLS
//! Freight coordinator with five years      Air import clearance
//! in forwarding companies.                 Shipment tracking
//!
//! WORK EXPERIENCE                          LANGUAGES
//! Air Freight Coordinator                  English — fluent
//! ```
//!
//! Read line by line, the sidebar's words would run into the titles, employers and dates of
//! the positions. [`Columns::read`] finds the gutter between the two columns and rewrites
//! the text column by column: the lines above the columns, the left column's lines top to
//! bottom, the lines below the columns (a sidebar most often ends first: what follows goes
//! on from the main column), then the right column's. It maps every offset in the
//! rewritten text back to the original, so profiles keep pointing into the text they were
//! given.
//!
//! Only a layout that is plainly two columns is rewritten: a gutter that at least
//! [`MIN_RIGHT_LINES`] lines leave free with text to its right, that no more than a few
//! lines cross, and with a section heading in each column ("PROFILE" and "KEY SKILLS"
//! above). Dates set at a tab stop beside titles, "Name   Jane Doe" details, or a skills
//! list in two columns have no headings in their right-hand column and stay as written.

use super::sections::{heading_kind, DocKind};

/// Lines with text right of the gutter that a layout needs to be read as two columns.
pub(crate) const MIN_RIGHT_LINES: usize = 6;

/// Lines with text on both sides of the gutter that a layout needs.
const MIN_BOTH_LINES: usize = 3;

/// The left column's narrowest width, in characters.
const MIN_LEFT_WIDTH: usize = 16;

/// Columns past this are not looked at for a gutter (a page of text is rarely wider).
const MAX_GUTTER: usize = 240;

/// Spaces that make a gutter between two pieces of a line.
const MIN_GAP: usize = 2;

/// A crossing line outweighs this many lines with text beside the gutter, where the
/// two-column part of a page begins and ends.
const CROSSING_WEIGHT: i64 = 3;

/// A text rewritten column by column, with where each of its pieces came from.
#[derive(Debug)]
pub(crate) struct Columns {
    /// The lines before the two columns, the left column's lines, the right column's, and
    /// the lines after, each ended by `\n`.
    pub(crate) text: String,
    /// Each piece copied: (offset in `text`, offset in the original, length in bytes), in
    /// order of offset in `text`.
    pieces: Vec<(usize, usize, usize)>,
}

/// How a line stands to a gutter at a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    /// Blank.
    Empty,
    /// Text left of the gutter only.
    Left,
    /// Text right of the gutter only.
    Right,
    /// Text on both sides, with the gutter's columns blank between.
    Both,
    /// Text through the gutter.
    Cross,
}

/// A line of the text: its byte range without the line end, and the end of its text
/// (trailing spaces, tabs and `\r` left out).
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
}

impl Columns {
    /// `text` rewritten column by column when it is laid out in two columns side by side;
    /// `None` (most texts) when it is not. Linear in the text's length.
    pub(crate) fn read(text: &str) -> Option<Columns> {
        // Cheap first test: two columns need runs of spaces inside lines.
        if memchr::memmem::find_iter(text.as_bytes(), b"   ")
            .take(MIN_RIGHT_LINES)
            .count()
            < MIN_RIGHT_LINES
        {
            return None;
        }
        let lines = lines(text);
        let mut counts = vec![0u32; MAX_GUTTER];
        for l in &lines {
            gap_ends(&text[l.start..l.end], &mut counts);
        }
        // The columns where most pieces of text start after a gap, most first.
        let mut candidates: Vec<(u32, usize)> = counts
            .iter()
            .enumerate()
            .filter(|&(c, &n)| c >= MIN_LEFT_WIDTH && n as usize >= MIN_RIGHT_LINES)
            .map(|(c, &n)| (n, c))
            .collect();
        candidates.sort_unstable_by(|a, b| b.cmp(a));
        candidates
            .iter()
            .take(3)
            .find_map(|&(_, gutter)| Self::at(text, &lines, gutter))
    }

    /// `text` rewritten with its gutter at column `gutter`, if the lines bear it out.
    fn at(text: &str, lines: &[Line], gutter: usize) -> Option<Columns> {
        let sides: Vec<(Side, usize)> = lines
            .iter()
            .map(|l| side(&text[l.start..l.end], gutter))
            .collect();
        // The two-column part: the run of lines where lines with text right of the gutter
        // most outnumber the lines that cross it (a maximum-sum run, in one pass).
        let (mut best, mut best_range) = (0i64, None);
        let (mut sum, mut from) = (0i64, 0);
        for (i, &(s, _)) in sides.iter().enumerate() {
            sum += match s {
                Side::Right | Side::Both => 1,
                Side::Cross => -CROSSING_WEIGHT,
                Side::Empty | Side::Left => 0,
            };
            if sum <= 0 {
                sum = 0;
                from = i + 1;
            } else if sum > best {
                best = sum;
                best_range = Some((from, i + 1));
            }
        }
        let (from, to) = best_range?;
        let part = &sides[from..to];
        let count = |f: &dyn Fn(Side) -> bool| part.iter().filter(|&&(s, _)| f(s)).count();
        if count(&|s| matches!(s, Side::Right | Side::Both)) < MIN_RIGHT_LINES
            || count(&|s| s == Side::Both) < MIN_BOTH_LINES
        {
            return None;
        }
        // Each column's pieces (start, end) in the original.
        let mut left = Vec::with_capacity(part.len());
        let mut right = Vec::with_capacity(part.len());
        for (l, &(s, at)) in lines[from..to].iter().zip(part) {
            let line = &text[l.start..l.end];
            match s {
                Side::Empty => {
                    left.push((l.start, l.start));
                    right.push((l.start, l.start));
                }
                Side::Left | Side::Cross => {
                    left.push((l.start, l.end));
                    right.push((l.end, l.end));
                }
                Side::Right | Side::Both => {
                    let left_end = l.start + line[..at].trim_end().len();
                    let right_start =
                        l.start + at + (line[at..].len() - line[at..].trim_start().len());
                    left.push((l.start, left_end));
                    right.push((right_start, l.end));
                }
            }
        }
        // Each column opens a section somewhere (the mark of a page in two columns, which
        // dates beside titles and "Name   Jane Doe" details lack).
        let has_heading = |pieces: &[(usize, usize)]| {
            pieces
                .iter()
                .any(|&(s, e)| heading_kind(text[s..e].trim(), DocKind::Resume).is_some())
        };
        if !has_heading(&left) || !has_heading(&right) {
            return None;
        }
        // The right column's trailing blank lines (where the left one ran on) go.
        while right.last().is_some_and(|&(s, e)| s == e) {
            right.pop();
        }
        let mut out = Columns {
            text: String::with_capacity(text.len() + 2),
            pieces: Vec::with_capacity(lines.len() + 2),
        };
        let whole = |ls: &[Line]| ls.iter().map(|l| (l.start, l.end)).collect::<Vec<_>>();
        // The lines after the two columns go on from the left one (the main column of a
        // page whose sidebar ends first: the rest of the experience, or a section of the
        // page's width), the right column after them.
        for (s, e) in whole(&lines[..from])
            .into_iter()
            .chain(left)
            .chain(whole(&lines[to..]))
            .chain([(text.len(), text.len())])
            .chain(right)
        {
            out.push(text, s, e);
        }
        Some(out)
    }

    /// Copies `text[s..e]` and a line end.
    fn push(&mut self, text: &str, s: usize, e: usize) {
        if e > s {
            self.pieces.push((self.text.len(), s, e - s));
            self.text.push_str(&text[s..e]);
        }
        self.text.push('\n');
    }

    /// The offset in the original text of `at`, a start in the rewritten one: inside a
    /// piece, the same byte; on a line end added after a piece, the end of that piece.
    pub(crate) fn original(&self, at: usize) -> usize {
        self.original_in(at, self.pieces.partition_point(|&(out, _, _)| out <= at))
    }

    /// The offset in the original text of `at`, an end in the rewritten one: as
    /// [`Columns::original`], except that the start of a piece is the end of the piece
    /// before it (what ends where the right column begins ends with the left column).
    pub(crate) fn original_end(&self, at: usize) -> usize {
        self.original_in(at, self.pieces.partition_point(|&(out, _, _)| out < at))
    }

    /// `at` mapped by the piece before `self.pieces[after]`.
    fn original_in(&self, at: usize, after: usize) -> usize {
        match after.checked_sub(1).map(|i| self.pieces[i]) {
            Some((out, orig, len)) => orig + at.saturating_sub(out).min(len),
            None => 0,
        }
    }
}

/// The lines of `text`, without their line ends.
fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::with_capacity(text.len() / 40 + 1);
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]) {
        if end < start {
            break;
        }
        let line = text[start..end].trim_end_matches([' ', '\t', '\r']);
        out.push(Line {
            start,
            end: start + line.len(),
        });
        start = end + 1;
    }
    out
}

/// Counts, for each column below [`MAX_GUTTER`], the pieces of `line` that start there after
/// at least [`MIN_GAP`] spaces (or at least that many spaces from the line's start).
fn gap_ends(line: &str, counts: &mut [u32]) {
    let mut spaces = 0;
    for (col, c) in line.chars().enumerate() {
        if col >= counts.len() {
            return;
        }
        if c == ' ' {
            spaces += 1;
        } else {
            if spaces >= MIN_GAP {
                counts[col] += 1;
            }
            spaces = 0;
        }
    }
}

/// How `line` stands to a gutter ending at column `gutter`, with the byte offset of that
/// column in the line (or the line's length).
fn side(line: &str, gutter: usize) -> (Side, usize) {
    if line.trim_start().is_empty() {
        return (Side::Empty, line.len());
    }
    // The byte where column `gutter` starts, and whether the gap's columns before it are
    // blank.
    let mut at = None;
    let mut gap_blank = true;
    let mut left_blank = true;
    for (col, (i, c)) in line.char_indices().enumerate() {
        if col == gutter {
            at = Some(i);
            break;
        }
        if col + MIN_GAP >= gutter {
            gap_blank &= c == ' ';
        } else {
            left_blank &= c == ' ';
        }
    }
    match at {
        // Nothing past the gutter.
        None => (Side::Left, line.len()),
        Some(at) if !gap_blank => (Side::Cross, at),
        Some(at) if left_blank => (Side::Right, at),
        Some(at) => (Side::Both, at),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page of two columns, the sidebar on the right, under a header across both.
    const SIDEBAR: &str = "\
JANE DOE
Leeds, UK  |  +44 7700 900123  |  jane.doe@example.com

PROFILE                                       KEY SKILLS
Freight coordinator with five years in        Air import clearance
forwarding companies, calm when flights       Shipment tracking
are delayed.                                  MS Excel (VLOOKUP)

WORK EXPERIENCE                               LANGUAGES
Air Freight Coordinator                       English - fluent
Northway Forwarding Ltd                       French - basic
May 2021 - Present
- Handle 250 import shipments a month         EDUCATION
- Submit customs declarations                 BA Geography
                                              University of Leeds, 2019
Operations Assistant
Kestrel Logistics Ltd
Aug 2019 - Apr 2021
- Filed shipping documents
";

    fn line_of<'a>(text: &'a str, needle: &str) -> &'a str {
        text.lines().find(|l| l.contains(needle)).unwrap_or("")
    }

    #[test]
    fn reads_a_sidebar_after_the_main_column() {
        let c = Columns::read(SIDEBAR).expect("two columns");
        let t = &c.text;
        // Each line holds one column's words.
        assert_eq!(line_of(t, "Air Freight"), "Air Freight Coordinator");
        assert_eq!(line_of(t, "Northway"), "Northway Forwarding Ltd");
        assert_eq!(line_of(t, "KEY SKILLS"), "KEY SKILLS");
        // The header stays first, the sidebar comes after the main column.
        assert!(t.starts_with("JANE DOE\nLeeds, UK"));
        let pos = |s: &str| t.find(s).unwrap_or(usize::MAX);
        assert!(pos("Filed shipping") < pos("KEY SKILLS"));
        assert!(pos("KEY SKILLS") < pos("LANGUAGES"));
        assert!(pos("LANGUAGES") < pos("BA Geography"));
    }

    #[test]
    fn maps_every_offset_back_to_the_original() {
        let c = Columns::read(SIDEBAR).expect("two columns");
        for word in [
            "Northway",
            "English",
            "BA Geography",
            "Filed shipping",
            "JANE",
        ] {
            let at = c.text.find(word).unwrap_or(0);
            let s = c.original(at);
            let e = c.original_end(at + word.len());
            assert_eq!(&SIDEBAR[s..e], word);
        }
        // A line end added after a piece maps to the piece's end.
        let at = c.text.find("Northway Forwarding Ltd").unwrap_or(0) + 23;
        assert_eq!(&c.text[at..=at], "\n");
        let orig = c.original(at);
        assert!(SIDEBAR[..orig].ends_with("Northway Forwarding Ltd"));
        // What ends where the right column begins ends with the left column's last line.
        let right = c.text.find("KEY SKILLS").unwrap_or(0);
        assert!(SIDEBAR[..c.original_end(right)].ends_with("Filed shipping documents"));
        assert_eq!(&SIDEBAR[c.original(right)..][..10], "KEY SKILLS");
        assert!(c.original(c.text.len()) <= SIDEBAR.len());
        assert!(c.original_end(c.text.len()) <= SIDEBAR.len());
    }

    #[test]
    fn leaves_one_column_layouts_alone() {
        // Dates at a tab stop beside the titles, details as "label   value".
        let dates = "\
PERSONAL DETAILS
Name               Jan de Vries
Address            Kerkstraat 1, Utrecht
Nationality        Dutch

WORK EXPERIENCE
03/2021 - today    Senior Demand Planner
                   Polderkroon Dairy, Amersfoort
                   - Statistical forecasting in SAP IBP
09/2017 - 02/2021  Demand Planner
                   Noordkaap Beverages, Rotterdam
                   - Weekly MAPE and bias reporting

EDUCATION
2011 - 2016        MSc Econometrics, Erasmus University
";
        assert!(Columns::read(dates).is_none());
        // A skills list in two columns inside a one-column resume.
        let skills = "\
EXPERIENCE
Data Engineer, Acme Ltd, 2020 - Present
- Built pipelines in Python and SQL for the finance team's monthly reports

SKILLS
Python                  Docker
SQL                     Kubernetes
Airflow                 Terraform
Spark                   AWS
dbt                     GCP
Kafka                   Linux
";
        assert!(Columns::read(skills).is_none());
        // Bullets that run across the page cross any gutter.
        let mut wide = String::from("EXPERIENCE\n");
        for _ in 0..8 {
            wide.push_str("Engineer    Acme Ltd    2020 - 2024\n");
            wide.push_str("- Built data pipelines in Python for reporting and kept them running\n");
        }
        assert!(Columns::read(&wide).is_none());
    }

    #[test]
    fn bad_input_is_read_as_written() {
        assert!(Columns::read("").is_none());
        assert!(Columns::read("\n\n\n").is_none());
        let spaces = " ".repeat(10_000);
        assert!(Columns::read(&spaces).is_none());
        // Wide characters and no line ends.
        let odd = "é€ 𝔘   ".repeat(2_000);
        assert!(Columns::read(&odd).is_none());
    }
}
