//! An acronym in brackets after the words it abbreviates: the words decide whose acronym
//! it is ("crew resource management (CRM)" is no customer relationship management).

/// Words that may stand between the words an acronym abbreviates, their initials read or
/// not ("Department of Energy (DOE)").
const SMALL_WORDS: &[&str] = &["of", "and", "&", "the", "for", "in", "to"];

/// The words an acronym in brackets abbreviates: for the match at `start..end` written
/// all in capitals (two to six letters, digits allowed) between "(" and ")", the words right
/// before the bracket whose initials spell it, in order and in any case ("crew resource
/// management (CRM)", "Department of Energy (DOE)": "of", "and", "&", "the", "for", "in"
/// and "to" may stand between them, their initials read or not). Their span, if any.
pub(crate) fn spelled_out_before(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    if start == 0 || bytes[start - 1] != b'(' || bytes.get(end) != Some(&b')') {
        return None;
    }
    let acronym = &bytes[start..end];
    let letters: Vec<u8> = acronym
        .iter()
        .copied()
        .filter(u8::is_ascii_alphabetic)
        .collect();
    if !(2..=6).contains(&letters.len())
        || !acronym
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    {
        return None;
    }
    let mut at = start - 1;
    while at > 0 && bytes[at - 1] == b' ' {
        at -= 1;
    }
    let phrase_end = at;
    // Back over words, matching the initials from the last.
    let mut want = letters.len();
    let mut first = None;
    let mut words = 0;
    while want > 0 && words < 10 {
        while at > 0 && bytes[at - 1] == b' ' {
            at -= 1;
        }
        let word_end = at;
        while at > 0
            && (bytes[at - 1].is_ascii_alphanumeric() || matches!(bytes[at - 1], b'-' | b'&'))
        {
            at -= 1;
        }
        let word = &bytes[at..word_end];
        if word.is_empty() || at == word_end {
            return None;
        }
        words += 1;
        let initial = word[0].to_ascii_uppercase();
        let small = SMALL_WORDS
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w.as_bytes()));
        if initial == letters[want - 1] {
            want -= 1;
            first = Some(at);
        } else if !small {
            return None;
        }
        if at == 0 || bytes[at - 1] != b' ' {
            break;
        }
    }
    (want == 0).then_some((first?, phrase_end))
}

/// Does `name` begin with the words of `phrase`, in any case, a word's final "s" aside
/// ("Geographic information system GIS software" with "geographic information systems")?
pub(crate) fn begins_with_words(name: &str, phrase: &str) -> bool {
    let stem = |w: &str| -> String {
        let w = w.to_ascii_lowercase();
        w.strip_suffix('s').map_or(w.clone(), str::to_owned)
    };
    let mut names = name.split_whitespace();
    phrase
        .split_whitespace()
        .all(|w| names.next().is_some_and(|n| stem(n) == stem(w)))
}

/// Do the words an acronym in brackets spells out (`phrase`) name something other than its
/// skill `name`? The name's words that spell the acronym out are compared: those before
/// the acronym when the name holds it ("Operational Data Store ODS software"; when the
/// words before it do not spell it, "IBM QRadar SIEM", nothing can be said), else the
/// whole name, of two words or more (a one-word name, "SQL", says nothing of them). The
/// phrase's words, short ones ("of", "and", ...) aside, must be words of those, in order,
/// on their first four letters ("Search Engine Optimization" for "search engine
/// optimisation"), or its letters run inside theirs ("Java Server Pages" in "JavaServer
/// Pages"); else "Senior Executive Officer (SEO)" is no search engine optimisation and
/// "Office of Data Science (ODS)" no operational data store.
pub(crate) fn spelled_out_names_another(name: &str, phrase: &str, acronym: &str) -> bool {
    let content = |w: &str| !SMALL_WORDS.iter().any(|k| k.eq_ignore_ascii_case(w));
    let words: Vec<&str> = name.split_whitespace().collect();
    let spelled: &[&str] = match words.iter().position(|w| *w == acronym) {
        Some(at) => {
            let initials = |ws: &mut dyn Iterator<Item = &&str>| -> String {
                ws.filter_map(|w| w.chars().next())
                    .flat_map(char::to_uppercase)
                    .collect()
            };
            let before = &words[..at];
            let spells = initials(&mut before.iter()) == acronym
                || initials(&mut before.iter().filter(|w| content(w))) == acronym;
            if !spells {
                return false;
            }
            before
        }
        None => &words,
    };
    let split = |s: &str| -> Vec<String> {
        s.split(|c: char| c.is_whitespace() || c == '-')
            .filter(|w| !w.is_empty() && content(w))
            .map(str::to_lowercase)
            .collect()
    };
    let phrase_words = split(phrase);
    let spelled_words = split(&spelled.join(" "));
    if spelled_words.len() < 2 || phrase_words.is_empty() {
        return false;
    }
    let head = |w: &String| -> String { w.chars().take(4).collect() };
    let phrase_heads: Vec<String> = phrase_words.iter().map(head).collect();
    let spelled_heads: Vec<String> = spelled_words.iter().map(head).collect();
    let in_order = spelled_heads
        .windows(phrase_heads.len())
        .any(|w| w == phrase_heads.as_slice());
    let letters = |ws: &[String]| -> String {
        ws.concat()
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect()
    };
    !(in_order || letters(&spelled_words).contains(&letters(&phrase_words)))
}
