//! Word boundaries that understand the symbols in technology names.
//!
//! A plain `\b` misses "C++", "C#" and ".NET" and finds "Java" inside "Java.util". Here a
//! mention may start only where the previous character is not part of a word (and not a dot
//! glued to a word, as in "ASP.NET"), and must end where the next character is not part of
//! a word, not `+` or `#` (so "C" is not found in "C+"), and not a dot glued to a word (so
//! "Node" is not found in "Node.jsx").

/// Letters, digits and `_` are word characters; so is every non-ASCII alphanumeric.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || (!c.is_ascii() && c.is_alphanumeric())
}

/// The character that ends at byte `i` (exclusive), if any.
#[inline]
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text[..i].chars().next_back()
}

/// The character that starts at byte `i`, if any.
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    text[i..].chars().next()
}

/// May a mention start at byte `start`? (`start` is a char boundary.)
#[inline]
pub(crate) fn start_ok(text: &str, start: usize) -> bool {
    // The usual case, an ASCII byte before: decide without decoding.
    match start.checked_sub(1).map(|i| text.as_bytes()[i]) {
        None => true,
        Some(b) if b < 0x80 && b != b'.' => !super::prefilter::is_word_byte(b),
        _ => start_ok_slow(text, start),
    }
}

#[cold]
fn start_ok_slow(text: &str, start: usize) -> bool {
    match char_before(text, start) {
        None => true,
        Some(c) if is_word_char(c) => false,
        Some('.') => !char_before(text, start - 1).is_some_and(is_word_char),
        Some(_) => true,
    }
}

/// May a mention end at byte `end`?
#[inline]
pub(crate) fn end_ok(text: &str, end: usize) -> bool {
    // The usual case, an ASCII byte after that is not one of the special ones.
    match text.as_bytes().get(end) {
        None => true,
        Some(&b) if b < 0x80 && !matches!(b, b'+' | b'#' | b'.' | b'/') => {
            !super::prefilter::is_word_byte(b)
        }
        _ => end_ok_slow(text, end),
    }
}

/// [`end_ok`] where a whole word ends at `end` (the char there, if any, is no word char):
/// only `+`, `#`, `.`, `/` and non-ASCII chars need a look.
#[inline(always)]
pub(crate) fn end_ok_after_word(text: &str, end: usize) -> bool {
    debug_assert!(!char_at(text, end).is_some_and(is_word_char));
    match text.as_bytes().get(end) {
        Some(&b) if b >= 0x80 || matches!(b, b'+' | b'#' | b'.' | b'/') => end_ok_slow(text, end),
        _ => true,
    }
}

fn end_ok_slow(text: &str, end: usize) -> bool {
    let Some(next) = char_at(text, end) else {
        return true;
    };
    if is_word_char(next) {
        return false;
    }
    match next {
        '+' | '#' => !char_before(text, end).is_some_and(|c| c.is_ascii_alphanumeric()),
        '.' => !char_at(text, end + 1).is_some_and(is_word_char),
        // Not at the "CI" of "CI/CD" ("GitLab CI/CD", "Jenkins CI/CD pipelines"): CI/CD is
        // a form of its own, which the tool's "GitLab CI" would cut.
        '/' => !ends_ci_of_ci_cd(text, end),
        _ => true,
    }
}

/// Does the word "CI" end at `end`, before "/CD" and no more letters?
fn ends_ci_of_ci_cd(text: &str, end: usize) -> bool {
    let bytes = text.as_bytes();
    end >= 2
        && bytes[end - 2..end].eq_ignore_ascii_case(b"ci")
        && !char_before(text, end - 2).is_some_and(is_word_char)
        && bytes
            .get(end..end + 3)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"/cd"))
        && !char_at(text, end + 3).is_some_and(is_word_char)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_and_ends() {
        // (text, start, end, expected)
        let cases: &[(&str, usize, usize, bool)] = &[
            ("C++ dev", 0, 3, true),
            ("C++ dev", 0, 1, false),
            ("C# dev", 0, 1, false),
            ("ASP.NET", 3, 7, false),
            ("in .NET.", 3, 7, true),
            ("JavaScript", 0, 4, false),
            ("Node.js", 0, 4, false),
            ("Node.js,", 0, 7, true),
            ("Python's", 0, 6, true),
            ("Python/Django", 7, 13, true),
            ("café Java", 6, 10, true),
            ("éJava", 2, 6, false),
            ("Python/Django", 0, 6, true),
            // Not at the "CI" of "CI/CD".
            ("GitLab CI/CD", 0, 9, false),
            ("GitLab CI/CD", 0, 6, true),
            ("Jenkins ci/cd", 0, 10, false),
            ("CI/CD", 0, 2, false),
            ("GitLab CI/CDX", 0, 9, true),
            ("GitLab CI/CD", 0, 12, true),
        ];
        for &(text, s, e, want) in cases {
            assert_eq!(
                start_ok(text, s) && end_ok(text, e),
                want,
                "{text:?} {s}..{e}"
            );
        }
        // ("CI" inside a longer word is no word "CI".)
        assert!(end_ok("ÉCI/CD", 4));
        assert!(end_ok("MCI/CD", 3));
    }
}
