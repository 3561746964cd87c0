//! Invisible characters inside words: soft hyphens (U+00AD, hyphenation hints that word
//! processors and web pages leave in "Post\u{ad}greSQL"), zero-width spaces (U+200B, break
//! hints in long words), word joiners (U+2060) and byte order marks in the middle of a text
//! (U+FEFF, the old zero-width no-break space). They show as nothing, so a reader sees one
//! word where the bytes have two; the extractor reads the text without them and maps the
//! mentions back to the text as given. The trademark signs (®, ™, ℠) that vendors' and
//! certifiers' names carry ("SAFe® Practice Consultant", "Excel®", "CDA Credential™") are
//! read the same way: the name goes on past them.

/// The invisible characters removed before a scan.
const INVISIBLE: &[char] = &[
    '\u{ad}', '\u{200b}', '\u{2060}', '\u{feff}', '\u{ae}', '\u{2122}', '\u{2120}',
];

/// A text without its invisible characters, and where they were.
pub(crate) struct Visible {
    /// The text without them.
    pub(crate) text: String,
    /// For each removed character, in order: its offset in `text`, the number of bytes
    /// removed up to and including it, and its offset in the original text.
    removed: Vec<(usize, usize, usize)>,
}

impl Visible {
    /// `text` without its invisible characters, or `None` when it has none (the common
    /// case, found by a byte search for their lead bytes).
    pub(crate) fn of(text: &str) -> Option<Visible> {
        let bytes = text.as_bytes();
        let first = memchr::memchr3_iter(0xC2, 0xE2, 0xEF, bytes).find(|&i| {
            text.get(i..)
                .is_some_and(|rest| rest.starts_with(INVISIBLE))
        })?;
        let mut plain = String::with_capacity(text.len());
        let mut removed = Vec::new();
        let mut total = 0;
        plain.push_str(&text[..first]);
        for (i, c) in text[first..].char_indices() {
            if INVISIBLE.contains(&c) {
                total += c.len_utf8();
                removed.push((plain.len(), total, first + i));
            } else {
                plain.push(c);
            }
        }
        Some(Visible {
            text: plain,
            removed,
        })
    }

    /// The offset in the original text of a match's start at `at` in [`Visible::text`]:
    /// after the invisible characters before it.
    pub(crate) fn start(&self, at: usize) -> usize {
        at + self.shift(self.removed.partition_point(|&(p, _, _)| p <= at))
    }

    /// The offset in the original text of a match's end at `at`: before the invisible
    /// characters right after it.
    pub(crate) fn end(&self, at: usize) -> usize {
        at + self.shift(self.removed.partition_point(|&(p, _, _)| p < at))
    }

    /// The offset in [`Visible::text`] of offset `at` of the original text.
    pub(crate) fn visible(&self, at: usize) -> usize {
        at - self.shift(self.removed.partition_point(|&(_, _, o)| o < at))
    }

    /// The bytes removed by the first `n` removals.
    fn shift(&self, n: usize) -> usize {
        n.checked_sub(1).map_or(0, |i| self.removed[i].1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trademark_signs_are_read_through() {
        let text = "SAFe\u{ae} Practice Consultant, Excel\u{2122}";
        let v = Visible::of(text).unwrap();
        assert_eq!(v.text, "SAFe Practice Consultant, Excel");
        // "Excel" ends before the sign in the text as given.
        let at = v.text.find("Excel").unwrap();
        assert_eq!(&text[v.start(at)..v.end(at + 5)], "Excel");
    }

    #[test]
    fn offsets_map_back_around_the_removed_characters() {
        assert!(Visible::of("plain text • with – bullets\u{a0}and NBSP").is_none());
        let text = "\u{ad}Post\u{ad}greSQL\u{200b}, Kuber\u{2060}netes\u{feff}";
        let v = Visible::of(text).unwrap();
        assert_eq!(v.text, "PostgreSQL, Kubernetes");
        let (s, e) = (
            v.text.find("PostgreSQL").unwrap(),
            v.text.find(',').unwrap(),
        );
        assert_eq!(&text[v.start(s)..v.end(e)], "Post\u{ad}greSQL");
        let s = v.text.find("Kubernetes").unwrap();
        assert_eq!(&text[v.start(s)..v.end(v.text.len())], "Kuber\u{2060}netes");
        assert_eq!(v.end(v.text.len()) + "\u{feff}".len(), text.len());
        for (o, c) in text.char_indices() {
            let at = v.visible(o);
            assert!(v.text.is_char_boundary(at));
            if !INVISIBLE.contains(&c) {
                assert_eq!(v.text[at..].chars().next(), Some(c));
                assert_eq!(v.start(at), o);
            }
        }
        assert_eq!(v.visible(text.len()), v.text.len());
    }
}
