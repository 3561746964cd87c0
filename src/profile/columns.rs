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
//! [`MIN_RIGHT_LINES`] lines leave blank with text to its right, that few lines cross, with
//! a section heading of its own in each column (the left one's on a line where the right
//! one has text too: "PROFILE" beside "KEY SKILLS"), and, on the lines with text on both
//! sides, neither a column of headings on the left ("SUMMARY     Data analyst with ...")
//! nor a column of dates on either side ("03/2021 - today     Senior Demand Planner"). A
//! "Name     Jane Doe" block, a skills list in two columns or "Tools: SAP, Excel" beside
//! nothing stay as written. The columns begin at their first line with a heading of its
//! own in either column (dates set at the right of the experience above a skills table in
//! two columns stay on their lines), and what the right column holds above its first
//! heading (contact details beside the top of the page) goes above the columns.

use super::sections::{heading_kind, DocKind};

/// Lines with text right of the gutter that a layout needs to be read as two columns.
const MIN_RIGHT_LINES: usize = 6;

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
    /// The lines above the two columns (with the right column's text above its first
    /// heading), the left column's lines, the lines below the columns, then the right
    /// column's, each ended by `\n`.
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

/// A line cut at a gutter: its side, and (for [`Side::Right`] and [`Side::Both`]) where
/// its left piece's text ends and its right piece's begins, as byte offsets in the line.
#[derive(Debug, Clone, Copy)]
struct Cut {
    side: Side,
    left_end: usize,
    right_start: usize,
}

/// A line of the text: its byte range without the line end and trailing blanks.
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
}

/// A column's piece of a line: its byte range in the text, and whether the other column
/// has text on the same line.
#[derive(Debug, Clone, Copy)]
struct Piece {
    start: usize,
    end: usize,
    beside: bool,
}

impl Columns {
    /// `text` rewritten column by column when it is laid out in two columns side by side;
    /// `None` (most texts) when it is not. Linear in the text's length.
    pub(crate) fn read(text: &str) -> Option<Columns> {
        // Cheap first test: a page in columns has runs of spaces (or tabs) inside its
        // lines. (Runs of two spaces, which a ragged line may leave, are too common in
        // prose to tell anything: the test counts runs of three.)
        let bytes = text.as_bytes();
        let enough = |n: usize| n >= MIN_RIGHT_LINES;
        if !enough(
            memchr::memmem::find_iter(bytes, b"   ")
                .take(MIN_RIGHT_LINES)
                .count(),
        ) && !enough(
            memchr::memchr_iter(b'\t', bytes)
                .take(MIN_RIGHT_LINES)
                .count(),
        ) {
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
        let cuts: Vec<Cut> = lines
            .iter()
            .map(|l| cut(&text[l.start..l.end], gutter))
            .collect();
        // The two-column part: the run of lines where lines with text right of the gutter
        // most outnumber the lines that cross it (a maximum-sum run, in one pass).
        let (mut best, mut best_range) = (0i64, None);
        let (mut sum, mut from) = (0i64, 0);
        for (i, c) in cuts.iter().enumerate() {
            sum += match c.side {
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
        let (mut from, to) = best_range?;
        // Each column's pieces.
        let mut left = Vec::with_capacity(to - from);
        let mut right = Vec::with_capacity(to - from);
        for (l, c) in lines[from..to].iter().zip(&cuts[from..to]) {
            let piece = |start, end, beside| Piece { start, end, beside };
            match c.side {
                Side::Empty => {
                    left.push(piece(l.start, l.start, false));
                    right.push(piece(l.start, l.start, false));
                }
                Side::Left | Side::Cross => {
                    left.push(piece(l.start, l.end, false));
                    right.push(piece(l.end, l.end, false));
                }
                Side::Right | Side::Both => {
                    let left_end = l.start + text[l.start..l.start + c.left_end].trim_end().len();
                    let both = c.side == Side::Both;
                    left.push(piece(l.start, left_end, both));
                    right.push(piece(l.start + c.right_start, l.end, both));
                }
            }
        }
        // The columns begin with a heading in one of them ("PROFILE   KEY SKILLS"): above
        // it, text beside the gutter is a one-column page's (dates or places set at the
        // right of the experience's lines above a skills table in two columns).
        let first = (0..left.len())
            .find(|&i| own_heading(text, &left, i) || own_heading(text, &right, i))?;
        left.drain(..first);
        right.drain(..first);
        from += first;
        let part = &cuts[from..to];
        let count = |f: &dyn Fn(Side) -> bool| part.iter().filter(|c| f(c.side)).count();
        if count(&|s| matches!(s, Side::Right | Side::Both)) < MIN_RIGHT_LINES
            || count(&|s| s == Side::Both) < MIN_BOTH_LINES
        {
            return None;
        }
        // What the right column holds above its first heading (contact details beside the
        // top of the page) goes above the columns, so that it joins no section of the
        // left one.
        let first_heading = Self::bear_out(text, &left, &right)?;
        let (right_top, right) = right.split_at(first_heading);
        let mut right = right.to_vec();
        // The right column's trailing blank lines (where the left one ran on) go.
        while right.last().is_some_and(|p| p.start == p.end) {
            right.pop();
        }
        let mut out = Columns {
            text: String::with_capacity(text.len() + lines.len() + 2),
            pieces: Vec::with_capacity(lines.len() + 2),
        };
        let whole = |l: &Line| (l.start, l.end);
        let span = |p: &Piece| (p.start, p.end);
        // The lines after the two columns go on from the left one (the main column of a
        // page whose sidebar ends first: the rest of the experience, or a section of the
        // page's width), the right column after them.
        for (s, e) in lines[..from]
            .iter()
            .map(whole)
            .chain(right_top.iter().map(span).filter(|&(s, e)| e > s))
            .chain(left.iter().map(span))
            .chain(lines[to..].iter().map(whole))
            .chain([(text.len(), text.len())])
            .chain(right.iter().map(span))
        {
            out.push(text, s, e);
        }
        Some(out)
    }

    /// Do the columns' pieces bear out a page in two columns? Each column opens a section
    /// with a heading of its own (the left one on a line where the right one has text too:
    /// "PROFILE" beside "KEY SKILLS"); and on the lines with text on both sides, the left
    /// pieces are not mostly headings ("SUMMARY    Data analyst with ...": a column of
    /// headings), and neither column's pieces are mostly dates ("03/2021 - today    Senior
    /// Demand Planner": a column of dates). As the index of the right column's first
    /// heading.
    fn bear_out(text: &str, left: &[Piece], right: &[Piece]) -> Option<usize> {
        let beside = left.iter().filter(|p| p.beside && p.end > p.start).count();
        let many = |n: usize| 2 * n >= beside;
        let dates = |ps: &[Piece]| {
            ps.iter()
                .filter(|p| p.beside && names_a_date(&text[p.start..p.end]))
                .count()
        };
        if many(dates(left)) || many(dates(right)) {
            return None;
        }
        let left_headings = (0..left.len())
            .filter(|&i| left[i].beside && own_heading(text, left, i))
            .count();
        if left_headings == 0 || many(left_headings) {
            return None;
        }
        (0..right.len()).find(|&i| own_heading(text, right, i))
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
    /// piece, the same byte; on a line end added after a piece (or after blank lines that
    /// follow it), the end of that piece.
    pub(crate) fn original(&self, at: usize) -> usize {
        self.original_in(at, self.pieces.partition_point(|&(out, _, _)| out <= at))
    }

    /// The offset in the original text of `at`, an end in the rewritten one: as
    /// [`Columns::original`], except that the start of a piece is the end of the piece
    /// before it (what ends where the right column begins ends with the left column).
    pub(crate) fn original_end(&self, at: usize) -> usize {
        self.original_in(at, self.pieces.partition_point(|&(out, _, _)| out < at))
    }

    /// The original span of `start..end` in the rewritten text, a mention: one that runs
    /// on into the column's next line ("brand\nidentities") ends with its first line, so
    /// that it takes in none of the other column's words.
    pub(crate) fn original_mention(&self, start: usize, end: usize) -> (usize, usize) {
        let i = self.pieces.partition_point(|&(out, _, _)| out <= start);
        let s = self.original_in(start, i);
        match i.checked_sub(1).map(|i| self.pieces[i]) {
            Some((out, orig, len)) if end > out + len => (s, orig + len),
            _ => (s, self.original_end(end).max(s)),
        }
    }

    /// `at` mapped by the piece before `self.pieces[after]`.
    fn original_in(&self, at: usize, after: usize) -> usize {
        match after.checked_sub(1).map(|i| self.pieces[i]) {
            Some((out, orig, len)) => orig + at.saturating_sub(out).min(len),
            None => 0,
        }
    }
}

/// Is `pieces[i]` a heading of its own: a section's name with no text after a colon,
/// at the top of its column or after a blank line in it ("Training" inside a list of
/// competences is none)?
fn own_heading(text: &str, pieces: &[Piece], i: usize) -> bool {
    let p = pieces[i];
    if p.start == p.end || i > 0 && pieces[i - 1].start != pieces[i - 1].end {
        return false;
    }
    let piece = text[p.start..p.end].trim();
    let after_colon = piece.split_once(':').map_or("", |(_, rest)| rest.trim());
    after_colon.is_empty() && heading_kind(piece, DocKind::Resume).is_some()
}

/// Does `piece` name a date, and little else ("03/2021 - today", "2011 - 2016", "Jan 2020 –
/// Present")? A year from 1950 to 2099 or a word of the present, in at most five words.
fn names_a_date(piece: &str) -> bool {
    if piece.split_whitespace().count() > 5 {
        return false;
    }
    let year = piece.as_bytes().windows(4).any(|w| {
        w.iter().all(u8::is_ascii_digit) && (&w[..2] == b"19" && w[2] >= b'5' || &w[..2] == b"20")
    });
    year || {
        piece.split(|c: char| !c.is_ascii_alphabetic()).any(|x| {
            ["present", "today", "current", "now"]
                .iter()
                .any(|w| x.eq_ignore_ascii_case(w))
        })
    }
}

/// Blank characters: a gutter's spaces, tabs and no-break spaces.
fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{a0}')
}

/// The characters of `line` with the column each starts at (a tab runs to the next
/// multiple of eight) and its byte offset.
fn cells(line: &str) -> impl Iterator<Item = (usize, usize, char)> + '_ {
    let mut col = 0;
    line.char_indices().map(move |(i, c)| {
        let at = col;
        col = if c == '\t' {
            (col / 8 + 1) * 8
        } else {
            col + 1
        };
        (at, i, c)
    })
}

/// The lines of `text`, without their line ends and trailing blanks.
fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::with_capacity(text.len() / 40 + 1);
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]) {
        let line = text[start..end].trim_end_matches(|c: char| is_blank(c) || c == '\r');
        out.push(Line {
            start,
            end: start + line.len(),
        });
        start = end + 1;
    }
    out
}

/// Counts, for each column below [`MAX_GUTTER`], the pieces of `line` that start there after
/// at least [`MIN_GAP`] blank columns (or that many from the line's start).
fn gap_ends(line: &str, counts: &mut [u32]) {
    let mut blank_from = Some(0);
    for (col, _, c) in cells(line) {
        if col >= counts.len() {
            return;
        }
        if is_blank(c) {
            blank_from.get_or_insert(col);
        } else {
            if blank_from.is_some_and(|b| col - b >= MIN_GAP) {
                counts[col] += 1;
            }
            blank_from = None;
        }
    }
}

/// How `line` stands to a gutter at column `gutter`: the first text at or past the
/// column before it decides. After at least [`MIN_GAP`] blank columns that reach back to
/// two columns before the gutter, it begins the right piece (one column early too: a
/// ragged right column); without them, the line crosses the gutter.
fn cut(line: &str, gutter: usize) -> Cut {
    let mut blank_from: Option<(usize, usize)> = None;
    let mut text_before = false;
    for (col, byte, c) in cells(line) {
        if is_blank(c) {
            blank_from.get_or_insert((col, byte));
            continue;
        }
        if col + 1 >= gutter {
            let side = match blank_from {
                Some((b, _)) if col - b >= MIN_GAP && b + 2 <= gutter => {
                    if text_before {
                        Side::Both
                    } else {
                        Side::Right
                    }
                }
                _ => Side::Cross,
            };
            return Cut {
                side,
                left_end: blank_from.map_or(byte, |(_, at)| at),
                right_start: byte,
            };
        }
        text_before = true;
        blank_from = None;
    }
    Cut {
        side: if text_before { Side::Left } else { Side::Empty },
        left_end: line.len(),
        right_start: line.len(),
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

    /// A one-column resume with its dates at a tab stop and details as "label   value".
    const DATES: &str = "\
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
        assert!(Columns::read(DATES).is_none());
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
    fn headings_dates_and_labels_in_columns_are_no_page_in_two() {
        // Dates at a tab stop, with a label and its value below a title.
        let dates = DATES.replace(
            "Amersfoort\n",
            "Amersfoort\n                   Tools: SAP IBP, Excel, Power BI\n",
        );
        assert!(Columns::read(&dates).is_none());
        // A column of headings beside the sections' text.
        let headings = "\
JANE DOE
jane.doe@example.com

SUMMARY          Data analyst with six years of SQL, Python and Tableau
                 in fintech and consulting.

EXPERIENCE       Data Analyst, Monzo Bank, London
                 Jan 2021 - Present
                 - Built Tableau dashboards for the credit risk team
                 Junior Analyst, Deloitte, London
                 Sep 2018 - Dec 2020

EDUCATION        BSc Mathematics, University of Bristol, 2015 - 2018

SKILLS           Technical: SQL, Python, Tableau, Excel
                 Languages: English (native), Spanish (B2)
";
        assert!(Columns::read(headings).is_none());
        // A list of competences in two columns, some of them names of headings.
        let list = "\
MARIA GARCIA

CORE COMPETENCIES
Budgeting                      Forecasting
Team leadership                Training
Stakeholder management         Negotiation
Vendor management              Compliance
Languages                      Leadership

EXPERIENCE
Operations Manager, Tesco plc, Dublin, 2018 - Present
";
        assert!(Columns::read(list).is_none());
    }

    #[test]
    fn dates_at_the_right_above_a_table_in_two_columns_stay_on_their_lines() {
        let page = "\
EXPERIENCE
Marketing Manager, HubSpot, Boston                  Feb 2020 - Present
- Ran paid campaigns in Salesforce and Marketo, EMEA
Marketing Specialist, Wayfair, Boston               Jun 2016 - Jan 2020
Marketing Assistant, Zappos, Las Vegas              May 2014 - May 2016

SKILLS                                   LANGUAGES
SEO, SEM                                 English
Google Analytics                         Korean
Salesforce, Marketo                      Spanish
Tableau                                  French
Excel                                    German
";
        // Only the table is read column by column.
        let c = Columns::read(page).expect("a table in two columns");
        assert!(c
            .text
            .starts_with(&page[..page.find("SKILLS").unwrap_or(0)]));
        assert_eq!(line_of(&c.text, "Wayfair"), line_of(page, "Wayfair"));
        let pos = |s: &str| c.text.find(s).unwrap_or(usize::MAX);
        assert!(pos("Excel") < pos("LANGUAGES"));
    }

    #[test]
    fn a_ragged_gutter_and_contact_details_beside_the_top() {
        // The right column starts a column early on one line, and with contact details.
        let page = "\
WORK EXPERIENCE                               jane.doe@example.com
Air Freight Coordinator                       +44 7700 900123
Northway Forwarding Ltd                      Leeds, UK
May 2021 - Present
- Handle 250 import shipments a month         KEY SKILLS
- Submit customs declarations                 Shipment tracking
                                              MS Excel
Operations Assistant
Kestrel Logistics Ltd                         LANGUAGES
Aug 2019 - Apr 2021                           English - fluent
- Filed shipping documents                    French - basic
";
        let c = Columns::read(page).expect("two columns");
        let t = &c.text;
        let pos = |s: &str| t.find(s).unwrap_or(usize::MAX);
        // The contact details go above the columns, the ragged line is cut.
        assert!(pos("jane.doe") < pos("WORK EXPERIENCE"));
        assert!(pos("Leeds, UK") < pos("WORK EXPERIENCE"));
        assert_eq!(line_of(t, "Northway"), "Northway Forwarding Ltd");
        assert!(pos("Filed shipping") < pos("KEY SKILLS"));
        // What ends where the right column begins ends with the left column.
        let right = pos("KEY SKILLS");
        assert!(page[..c.original_end(right)].ends_with("Filed shipping documents"));
    }

    #[test]
    fn a_mention_that_wraps_ends_with_its_line() {
        let c = Columns::read(SIDEBAR).expect("two columns");
        // "forwarding companies" wraps in the left column: "in\nforwarding".
        let at = c.text.find("years in\nforwarding").unwrap_or(0) + 6;
        let end = at + "in\nforwarding".len();
        let (s, e) = c.original_mention(at, end);
        assert_eq!(&SIDEBAR[s..e], "in");
        let at = c.text.find("Northway").unwrap_or(0);
        let (s, e) = c.original_mention(at, at + 8);
        assert_eq!(&SIDEBAR[s..e], "Northway");
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
