//! Reading taxonomies from tab- or comma-separated text and from JSON.
//!
//! Both tabular formats share one schema, the one the built-in taxonomy file uses:
//!
//! | column | required | meaning |
//! |---|---|---|
//! | `id` | yes | unique id |
//! | `name` | yes | canonical name, not empty |
//! | `kind` | no (default `hard`) | hard, soft, knowledge, tool, certification, language |
//! | `category` | no | a coarse group |
//! | `esco_uri`, `reuse_level` | no | ESCO provenance |
//! | `hot`, `in_demand`, `tech` | no | flags: `1`, `true`, `y`, `yes` are true |
//! | `aliases`, `risky_aliases` | no | `\|`-separated surface forms |
//! | `broader`, `related` | no | `\|`-separated ids |

use super::{Skill, SkillKind};
use crate::error::{Error, Result};

const KNOWN_COLUMNS: &[&str] = &[
    "id",
    "name",
    "kind",
    "category",
    "esco_uri",
    "reuse_level",
    "hot",
    "in_demand",
    "tech",
    "aliases",
    "risky_aliases",
    "broader",
    "related",
];

/// Parses delimited text (tab or comma) into skills with the line each came from.
pub(crate) fn parse_delimited(
    text: &str,
    delimiter: char,
    source: &str,
) -> Result<Vec<(Skill, String)>> {
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.strip_suffix('\r').unwrap_or(l)))
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
    let (header_line, header) = lines.next().ok_or_else(|| {
        Error::taxonomy_at(source, 1, "the file is empty: expected a header line")
    })?;
    let header = header.strip_prefix('\u{feff}').unwrap_or(header);
    let columns: Vec<String> = split_record(header, delimiter, source, header_line)?
        .into_iter()
        .map(|c| c.trim().to_ascii_lowercase())
        .collect();
    for required in ["id", "name"] {
        if !columns.iter().any(|c| c == required) {
            return Err(Error::taxonomy_at(
                source,
                header_line,
                format!(
                    "missing required column {required:?} (columns: {})",
                    columns.join(", ")
                ),
            ));
        }
    }
    if let Some(unknown) = columns
        .iter()
        .find(|c| !KNOWN_COLUMNS.contains(&c.as_str()))
    {
        return Err(Error::taxonomy_at(
            source,
            header_line,
            format!(
                "unknown column {unknown:?} (known: {})",
                KNOWN_COLUMNS.join(", ")
            ),
        ));
    }
    let col = |name: &str| columns.iter().position(|c| c == name);
    let idx: Vec<Option<usize>> = KNOWN_COLUMNS.iter().map(|c| col(c)).collect();

    let mut out = Vec::new();
    for (line, record) in lines {
        let fields = split_record(record, delimiter, source, line)?;
        if fields.len() != columns.len() {
            return Err(Error::taxonomy_at(
                source,
                line,
                format!("expected {} fields, found {}", columns.len(), fields.len()),
            ));
        }
        let get = |k: usize| idx[k].map(|i| fields[i].trim()).unwrap_or("");
        let list = |k: usize| -> Vec<String> {
            get(k)
                .split('|')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect()
        };
        let flag = |k: usize| {
            matches!(
                get(k).to_ascii_lowercase().as_str(),
                "1" | "true" | "y" | "yes"
            )
        };
        let kind = match get(2) {
            "" => SkillKind::Hard,
            k => k
                .parse::<SkillKind>()
                .map_err(|e| Error::taxonomy_at(source, line, e.message()))?,
        };
        let opt = |k: usize| Some(get(k).to_owned()).filter(|s| !s.is_empty());
        let mut skill = Skill::new(get(0), get(1), kind);
        skill.category = get(3).to_owned();
        skill.esco_uri = opt(4);
        skill.reuse_level = opt(5);
        skill.hot = flag(6);
        skill.in_demand = flag(7);
        if idx[8].is_some() {
            skill.tech = flag(8);
        }
        skill.aliases = list(9);
        skill.risky_aliases = list(10);
        skill.broader = list(11);
        skill.related = list(12);
        out.push((skill, format!("{source}:{line}")));
    }
    Ok(out)
}

/// Splits one record. Tab-separated text has no quoting; comma-separated text follows RFC 4180
/// quoting within a line (a quoted field may contain commas and doubled quotes).
fn split_record(record: &str, delimiter: char, source: &str, line: usize) -> Result<Vec<String>> {
    if delimiter == '\t' {
        return Ok(record.split('\t').map(str::to_owned).collect());
    }
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut chars = record.chars().peekable();
    let mut quoted = false;
    let mut at_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    field.push('"');
                    chars.next();
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
        } else if c == '"' && at_start {
            quoted = true;
            at_start = false;
        } else if c == delimiter {
            fields.push(std::mem::take(&mut field));
            at_start = true;
        } else {
            field.push(c);
            at_start = false;
        }
    }
    if quoted {
        return Err(Error::taxonomy_at(
            source,
            line,
            "unterminated quoted field",
        ));
    }
    fields.push(field);
    Ok(fields)
}

/// Parses JSON: either `{"skills": [...]}` or a bare array of skill objects. Each skill is
/// read on its own, so that an error names the skill and its line, and says what is wrong.
pub(crate) fn parse_json(text: &str, source: &str) -> Result<Vec<(Skill, String)>> {
    use serde_json::value::RawValue;
    // A byte order mark, as some editors write: not JSON, but no error either.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    #[derive(serde::Deserialize)]
    struct Wrapped<'a> {
        #[serde(borrow)]
        skills: Vec<&'a RawValue>,
    }
    const EXPECTED: &str = "expected a list of skills or {\"skills\": [...]}";
    let whole = |e: serde_json::Error| {
        Error::taxonomy_at(
            source,
            e.line().max(1),
            format!(
                "not a jobmatch taxonomy: {} ({EXPECTED})",
                without_position(&e)
            ),
        )
    };
    let body = text.trim_start_matches([' ', '\t', '\r', '\n']);
    let raws: Vec<&RawValue> = match body.as_bytes().first() {
        Some(b'[') => serde_json::from_str(text).map_err(whole)?,
        Some(b'{') => {
            serde_json::from_str::<Wrapped<'_>>(text)
                .map_err(whole)?
                .skills
        }
        _ => {
            return Err(Error::taxonomy_at(
                source,
                1,
                format!("not a jobmatch taxonomy ({EXPECTED})"),
            ))
        }
    };
    // The line of each skill, counted once over the text (the raw values are slices of it,
    // in order).
    let mut line = 1;
    let mut at = 0;
    let mut out = Vec::with_capacity(raws.len());
    for (i, raw) in raws.iter().enumerate() {
        let start = (raw.get().as_ptr() as usize)
            .saturating_sub(text.as_ptr() as usize)
            .min(text.len());
        if start >= at {
            line += memchr::memchr_iter(b'\n', &text.as_bytes()[at..start]).count();
            at = start;
        }
        let skill: Skill = serde_json::from_str(raw.get()).map_err(|e| {
            Error::taxonomy_at(
                source,
                line + e.line().max(1) - 1,
                format!("skill #{}: {}", i + 1, without_position(&e)),
            )
        })?;
        out.push((skill, format!("{source}:{line}: skill #{}", i + 1)));
    }
    Ok(out)
}

/// A JSON error's message without serde_json's " at line L column C" (the caller gives the
/// line in the file).
fn without_position(e: &serde_json::Error) -> String {
    let text = e
        .to_string()
        .replace("struct SkillFields", "a skill object");
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}
