//! A line as a heading's name: normalised (markdown, bullets, numbering, ligatures and
//! a trailing colon taken off), looked up among the known names, joined names ("Skills
//! and Qualifications") read as one, and the first letters and prefixes that let most lines
//! be turned away early.

use super::super::headings::{JOB_HEADINGS, RESUME_HEADINGS};
use super::{past_looking_for, DocKind, SectionKind, MAX_HEADING, OPEN_ENDED};

/// Which (first letter, second letter, length) the words of a set of lower-case words have:
/// a quick "no" for most words before a hash lookup.
pub(super) struct LetterShapes {
    /// By first letter, then second letter (26: none), the lengths (bit `len`, up to 31).
    shapes: [[u32; 27]; 26],
}

impl LetterShapes {
    fn new<'a>(words: impl IntoIterator<Item = &'a [u8]>) -> LetterShapes {
        let mut shapes = [[0u32; 27]; 26];
        for w in words {
            if let Some((first, second, bit)) = Self::key(w) {
                shapes[first][second] |= bit;
            }
        }
        LetterShapes { shapes }
    }

    /// The table indexes of a word of ASCII letters, and its length bit.
    fn key(word: &[u8]) -> Option<(usize, usize, u32)> {
        let letter = |b: u8| usize::from((b | 0x20).wrapping_sub(b'a'));
        let first = letter(*word.first()?);
        let second = word.get(1).map_or(26, |&b| letter(b));
        let bit = 1u32.checked_shl(u32::try_from(word.len()).ok()?)?;
        Some((first, second, bit))
    }

    /// May `word` (ASCII letters, any case) be one of the set's words?
    pub(super) fn may_hold(&self, word: &[u8]) -> bool {
        Self::key(word).is_some_and(|(first, second, bit)| {
            self.shapes
                .get(first)
                .and_then(|row| row.get(second))
                .is_some_and(|&lengths| lengths & bit != 0)
        })
    }
}

/// The leading letters of every heading name's first word ("what" for "what's"), with
/// "about" and "why".
pub(super) fn first_letters() -> &'static (LetterShapes, foldhash::HashSet<Vec<u8>>) {
    use std::sync::OnceLock;
    static SET: OnceLock<(LetterShapes, foldhash::HashSet<Vec<u8>>)> = OnceLock::new();
    SET.get_or_init(|| {
        let set: foldhash::HashSet<Vec<u8>> = JOB_HEADINGS
            .iter()
            .chain(RESUME_HEADINGS)
            .map(|(name, _)| *name)
            .chain(OPEN_ENDED)
            .map(|name| {
                name.bytes()
                    .take_while(u8::is_ascii_alphabetic)
                    .collect::<Vec<u8>>()
            })
            .collect();
        (LetterShapes::new(set.iter().map(Vec::as_slice)), set)
    })
}

/// The heading's words normalised for lookup. [`may_be_heading`](super::may_be_heading) is the caller's to ask
/// first: it only ever turns away lines this would turn away too.
pub(super) fn normalise(line: &str, doc: DocKind) -> Option<Name> {
    let mut s = line.trim();
    if s.is_empty() || s.len() > MAX_HEADING * 4 {
        return None;
    }
    // Cheap rejections before any allocation: a heading has at most eight words before
    // its colon, and a long line is a heading only as "Heading: text", colon early.
    // (No colon in the first MAX_HEADING + 9 bytes: the head is longer than allowed, or
    // the line ends sooner.)
    let bytes = s.as_bytes();
    let head_len =
        memchr::memchr(b':', &bytes[..bytes.len().min(MAX_HEADING + 9)]).unwrap_or(bytes.len());
    if head_len > MAX_HEADING + 8 {
        return None;
    }
    // (Counted as a sum, which the compiler turns into vector code.)
    let spaces: usize = bytes[..head_len]
        .iter()
        .map(|&b| usize::from(b == b' '))
        .sum();
    if spaces > 10 {
        return None;
    }
    // Markdown, bullets and numbering in front.
    s = s.trim_start_matches([
        '#', '*', '-', '•', '▪', '●', '■', '◦', '>', '=', '_', ' ', '\t',
    ]);
    // A number of at most four characters ends within the first five bytes.
    let numbered = s
        .bytes()
        .take(5)
        .position(|b| b == b'.' || b == b')')
        .map(|i| (&s[..i], &s[i + 1..]))
        .filter(|(n, _)| !n.is_empty() && n.bytes().all(|c| b"0123456789ivxIVX".contains(&c)))
        .map(|(_, rest)| rest);
    if let Some(rest) = numbered {
        s = rest.trim_start();
    }
    s = s.trim_end_matches(['*', '_', '#', '=', ' ', '\t', '-']);
    let (head, rest) = match memchr::memchr(b':', s.as_bytes()) {
        Some(i) => (&s[..i], s[i + 1..].trim()),
        None => (s, ""),
    };
    let head = head.trim_matches(['*', '_', ' ', '\t']);
    // A note in brackets after the name ("Desirable (not required)", "Nice to have
    // (optional)", "Projects (selected)").
    let head = match head.strip_suffix(')').and_then(|h| h.rfind('(')) {
        Some(open) if open > 0 => head[..open].trim_end(),
        _ => head,
    };
    if head.is_empty() || head.len() > MAX_HEADING {
        return None;
    }
    // Most lines are not headings: their first word starts no heading name. Checking that
    // first saves building the normalised name for them.
    let first = head
        .split(|c: char| c.is_whitespace() || c == '/' || c == '&' || c == ',' || c == '|')
        .find(|w| !w.is_empty())
        .unwrap_or("");
    let first = first.trim_matches(|c: char| !c.is_alphanumeric());
    // (A word of ASCII bytes holds no '’': most words skip the search for it.)
    let curly = !first.is_ascii() && first.contains('’');
    if !curly && !is_first_word(first) {
        return None;
    }
    // Only the "About Acme" and "Why Acme?" rules read past a name no heading begins with.
    let open_ended = OPEN_ENDED.iter().any(|w| first.eq_ignore_ascii_case(w));
    // Lower case, words joined by one space, "and" dropped after the first word (the
    // heading names are stored so); apostrophes, hyphens, letters and digits kept.
    let mut out = String::with_capacity(head.len());
    let mut words = 0;
    // Where each name of a joined heading ("Qualifications and Skills") starts in `out`:
    // names of this kind of document only.
    let mut parts = Parts::default();
    let doc_prefixes = name_prefixes_of(doc);
    for w in head
        .split(|c: char| c.is_whitespace() || c == '/' || c == '&' || c == ',' || c == '|')
        .filter(|w| !w.is_empty())
    {
        let word_start = out.len();
        for c in w.chars() {
            if !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-') {
                continue;
            }
            if out.len() == word_start && word_start > 0 {
                out.push(' ');
            }
            out.push(if c == '’' {
                '\''
            } else {
                c.to_ascii_lowercase()
            });
        }
        if out.len() == word_start {
            continue;
        }
        words += 1;
        if words > 8 {
            return None;
        }
        if word_start > 0 && &out[word_start..] == " and" {
            out.truncate(word_start);
        } else if !doc_prefixes.contains(&out[parts.last()..]) && !past_looking_for(&out) {
            // A heading of two or three names ("Qualifications & Skills", "About You –
            // Essential"): the name so far is complete and this word begins another.
            let next = word_start + 1;
            let joined = word_start > 0
                && heading_map(doc).contains_key(&out[parts.last()..word_start])
                && doc_prefixes.contains(&out[next..])
                && parts.push(next);
            if !joined && !open_ended {
                // No heading name goes on so: most lines that start like a heading
                // ("Experience with ...") stop here, a word or two in.
                return None;
            }
        }
    }
    Some(Name {
        name: out,
        words,
        goes_on: !rest.is_empty(),
        parts,
    })
}

/// The kind of a heading that joins `names` (two or three, of `kinds`). Names of one kind
/// open that kind. A line that goes on after its colon opens nothing else (in a resume,
/// nothing at all: "Tools & Technologies: Git, Docker" inside a project is a label). In a
/// posting, when one of the names is a requirement, a duty or a preference, the section is
/// one of those: a preference when the first or the last name is one ("Desired Skills and
/// Experience", "Education Preferred"), else requirements ("Benefits and Requirements");
/// "Bonus" beside benefits is pay ("Bonus & Benefits"). In a resume, any name of work
/// experience makes it experience ("Education & Work Experience"), education beside
/// certifications or training makes it education ("Training & Education"), and
/// "Qualifications Summary" is a summary. Otherwise the first name decides.
pub(super) fn joined_kind(
    names: &[&str],
    kinds: &[SectionKind],
    goes_on: bool,
    doc: DocKind,
) -> Option<SectionKind> {
    use SectionKind as K;
    let first = *kinds.first()?;
    if kinds.iter().all(|&k| k == first) {
        return (!goes_on || doc == DocKind::Job).then_some(first);
    }
    if goes_on {
        return None;
    }
    if doc == DocKind::Resume {
        return Some(if kinds.contains(&K::Experience) {
            K::Experience
        } else if kinds.contains(&K::Education)
            && kinds
                .iter()
                .all(|&k| k == K::Education || k == K::Certifications)
        {
            // "Training & Education", "Certifications and Education": the degrees are there
            // ("Skills & Education" keeps its list: the first name decides).
            K::Education
        } else if names
            .first()
            .is_some_and(|n| n.starts_with("qualification"))
            && kinds.contains(&K::Summary)
        {
            // "Qualifications Summary" ("Education Summary" is education).
            K::Summary
        } else {
            first
        });
    }
    let bonus = |n: &&str| n.starts_with("bonus");
    if kinds.contains(&K::Benefits)
        && names
            .iter()
            .zip(kinds)
            .all(|(n, &k)| k == K::Benefits || (k == K::Preferred && bonus(n)))
    {
        return Some(K::Benefits);
    }
    if !kinds
        .iter()
        .any(|k| matches!(k, K::Requirements | K::Responsibilities | K::Preferred))
    {
        return Some(first);
    }
    // A preference at either end qualifies the rest ("Preferred Skills and Experience",
    // "Education Preferred").
    if first == K::Preferred || kinds.last() == Some(&K::Preferred) {
        return Some(K::Preferred);
    }
    Some(K::Requirements)
}

/// The starts of the names of a joined heading after the first (at most two more).
#[derive(Default)]
pub(super) struct Parts {
    starts: [usize; 2],
    pub(super) len: usize,
}

impl Parts {
    /// Where the last name starts (0 for the first).
    fn last(&self) -> usize {
        self.len.checked_sub(1).map_or(0, |i| self.starts[i])
    }

    /// Adds a name starting at `at`; false when there are three already.
    fn push(&mut self, at: usize) -> bool {
        let Some(slot) = self.starts.get_mut(self.len) else {
            return false;
        };
        *slot = at;
        self.len += 1;
        true
    }

    /// The names of `name`, in order.
    pub(super) fn of<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        let starts = std::iter::once(0).chain(self.starts[..self.len].iter().copied());
        let ends = self.starts[..self.len]
            .iter()
            .map(|&s| s - 1)
            .chain(std::iter::once(name.len()));
        starts.zip(ends).map(move |(s, e)| &name[s..e])
    }
}

/// Is `name` (normalised) a heading name of postings or of resumes?
pub(super) fn is_name(name: &str) -> bool {
    heading_map(DocKind::Job).contains_key(name) || heading_map(DocKind::Resume).contains_key(name)
}

/// A line's heading name, normalised for lookup.
pub(super) struct Name {
    /// Lower case, one space between words, "and" dropped after the first word.
    pub(super) name: String,
    /// How many words the heading has, "and" included.
    pub(super) words: usize,
    /// The line goes on after a colon.
    pub(super) goes_on: bool,
    /// The names of a heading that joins two or three ("Qualifications and Skills").
    pub(super) parts: Parts,
}

/// The heading names of `doc`, with " and " dropped (so "skills & experience" and "skills
/// and experience" are one name), built once.
pub(super) fn heading_map(doc: DocKind) -> &'static foldhash::HashMap<String, SectionKind> {
    use std::sync::OnceLock;
    static JOB: OnceLock<foldhash::HashMap<String, SectionKind>> = OnceLock::new();
    static RESUME: OnceLock<foldhash::HashMap<String, SectionKind>> = OnceLock::new();
    let (cell, table) = match doc {
        DocKind::Job => (&JOB, JOB_HEADINGS),
        DocKind::Resume => (&RESUME, RESUME_HEADINGS),
    };
    cell.get_or_init(|| {
        table
            .iter()
            .map(|&(name, kind)| (name.replace(" and ", " "), kind))
            .collect()
    })
}

/// Every name of [`heading_map`] (both kinds of document) cut after each of its words
/// ("what", "what you", "what you'll", ...).
pub(super) fn name_prefixes() -> &'static foldhash::HashSet<String> {
    use std::sync::OnceLock;
    static PREFIXES: OnceLock<foldhash::HashSet<String>> = OnceLock::new();
    PREFIXES.get_or_init(|| {
        prefixes(
            heading_map(DocKind::Job)
                .keys()
                .chain(heading_map(DocKind::Resume).keys()),
        )
    })
}

/// [`name_prefixes`] of one kind of document's names only.
fn name_prefixes_of(doc: DocKind) -> &'static foldhash::HashSet<String> {
    use std::sync::OnceLock;
    static JOB: OnceLock<foldhash::HashSet<String>> = OnceLock::new();
    static RESUME: OnceLock<foldhash::HashSet<String>> = OnceLock::new();
    let cell = match doc {
        DocKind::Job => &JOB,
        DocKind::Resume => &RESUME,
    };
    cell.get_or_init(|| prefixes(heading_map(doc).keys()))
}

/// Every name cut after each of its words.
fn prefixes<'a>(names: impl Iterator<Item = &'a String>) -> foldhash::HashSet<String> {
    let mut set = foldhash::HashSet::default();
    for name in names {
        let mut end = 0;
        for word in name.split(' ') {
            end += word.len();
            set.insert(name[..end].to_string());
            end += 1;
        }
    }
    set
}

/// Is `word` (any case) the first word of some heading name, "about" or "why"?
fn is_first_word(word: &str) -> bool {
    use std::sync::OnceLock;
    static WORDS: OnceLock<foldhash::HashSet<String>> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        JOB_HEADINGS
            .iter()
            .chain(RESUME_HEADINGS)
            .filter_map(|(name, _)| name.split(' ').next())
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_ascii_lowercase()
            })
            .chain(OPEN_ENDED.map(str::to_string))
            .collect()
    });
    // Lower-cased on the stack: no heading word is anywhere near this long.
    let mut buf = [0u8; 40];
    let Some(lower) = buf.get_mut(..word.len()) else {
        return false;
    };
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).is_ok_and(|w| words.contains(w))
}
