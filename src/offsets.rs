//! Byte offsets to `str` (code point) indices, for the Python bindings.

/// Maps byte offsets of one text, on character boundaries and in any order, to code point
/// indices. A code point index is the byte offset less the UTF-8 continuation bytes before
/// it; the map keeps where those bytes are (none in ASCII text), found by a scan that skips
/// ASCII 32 bytes at a time.
#[cfg_attr(not(feature = "python"), allow(dead_code))]
pub(crate) struct CharIndex {
    /// Offsets of the continuation bytes (`0b10xx_xxxx`), in increasing order.
    continuation: Vec<usize>,
}

#[cfg_attr(not(feature = "python"), allow(dead_code))]
impl CharIndex {
    pub(crate) fn new(text: &str) -> CharIndex {
        const BLOCK: usize = 32;
        let bytes = text.as_bytes();
        let mut continuation = Vec::new();
        for (k, block) in bytes.chunks(BLOCK).enumerate() {
            // (A fold the compiler turns into vector code.)
            if block.iter().fold(0u8, |acc, &b| acc | b) < 0x80 {
                continue;
            }
            let base = k * BLOCK;
            continuation.extend(
                block
                    .iter()
                    .enumerate()
                    .filter(|&(_, &b)| b & 0xC0 == 0x80)
                    .map(|(i, _)| base + i),
            );
        }
        CharIndex { continuation }
    }

    /// The code point index of byte offset `b` (a character boundary of the text).
    pub(crate) fn at(&self, b: usize) -> usize {
        b - self.continuation.partition_point(|&p| p < b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn check(text: &str) {
        let index = CharIndex::new(text);
        for (c, (b, _)) in text.char_indices().enumerate() {
            assert_eq!(index.at(b), c, "{text:?} at byte {b}");
        }
        assert_eq!(index.at(text.len()), text.chars().count(), "{text:?}");
    }

    #[test]
    fn indices_are_code_points_before_the_offset() {
        check("");
        check("plain ASCII text, Python and SQL");
        check("Ünïcödé résumé — 数据 🚀 Python and Docker");
        check(&format!("{}é{}", "a".repeat(31), "b".repeat(40)));
        check(&"🚀".repeat(20));
    }

    proptest! {
        #[test]
        fn indices_agree_with_char_indices(text in "\\PC{0,80}", ascii in "[a-z ]{0,70}") {
            check(&text);
            check(&format!("{ascii}{text}{ascii}"));
        }
    }
}
