//! Per-skill years: the merged months of the positions whose text mentions a skill, the
//! years written beside it, and the statements of years that name it.

use super::super::dates::{merged_months, YearMonth};
use super::super::resume::Position;
use super::super::sections::{kind_at, Section, SectionKind};
use super::super::stated::{stated_range, stated_years};
use super::super::years::{round2, tied_mentions, YearsStatement};
use super::SkillYears;
use crate::extract::Mention;

/// Each skill of `mentions` once, in order of first mention, with the positions that
/// mention it and the years stated beside it; and for each mention, its skill's index in
/// that list.
pub(super) fn skill_years(
    text: &str,
    mentions: &[Mention],
    positions: &[Position],
    today: YearMonth,
) -> (Vec<SkillYears>, Vec<u32>) {
    // Sized for every mention a new skill, so that they never grow.
    let mut skills: Vec<SkillYears> = Vec::with_capacity(mentions.len());
    let mut slots = Vec::with_capacity(mentions.len());
    let mut slot_of =
        foldhash::HashMap::with_capacity_and_hasher(mentions.len(), Default::default());
    // (skill's slot, interval of a position that mentions it): mentions come in text
    // order, so a repeated interval is the last one of its slot.
    let mut intervals: Vec<(u32, YearMonth, YearMonth)> = Vec::new();
    let mut last_interval: Vec<Option<(YearMonth, YearMonth)>> = Vec::with_capacity(mentions.len());
    for (k, m) in mentions.iter().enumerate() {
        let slot = *slot_of.entry(m.skill).or_insert_with(|| {
            skills.push(SkillYears {
                skill: m.skill,
                years: None,
                stated_years: None,
                last_used: None,
                claimed: false,
            });
            last_interval.push(None);
            skills.len() - 1
        });
        slots.push(slot as u32);
        let rs = &mut skills[slot];
        // Position spans are sorted and disjoint: the one holding the mention by binary
        // search.
        let p = positions
            .get(
                positions
                    .partition_point(|p| p.span.start <= m.start)
                    .wrapping_sub(1),
            )
            .filter(|p| m.start < p.span.end);
        if let Some(p) = p {
            let iv = (p.start, p.end.plus(1));
            if last_interval[slot] != Some(iv) {
                last_interval[slot] = Some(iv);
                intervals.push((slot as u32, iv.0, iv.1));
            }
            rs.last_used = Some(rs.last_used.map_or(p.end, |l| l.max(p.end)));
        }
        // "Python (5 years)": the statement follows the mention closely.
        let mut hi = (m.end + 48).min(text.len());
        while !text.is_char_boundary(hi) {
            hi -= 1;
        }
        let after = &text[m.end..hi];
        // "3+ years Java, 2 years Go", "3 years of Java, 2 years of Go": years after a
        // comma that the next skill follows right after their unit (and an "of", "in" or
        // "with") are that skill's.
        let next_skill_s = |end: usize| {
            let rest = after[end..].trim_start_matches([' ', '\t']);
            let rest = ["of ", "in ", "with "]
                .iter()
                .find_map(|w| rest.strip_prefix(w))
                .unwrap_or(rest)
                .trim_start_matches([' ', '\t']);
            let at = m.end + after.len() - rest.len();
            after.trim_start().starts_with(',')
                && mentions.get(k + 1).is_some_and(|next| next.start == at)
        };
        let years = match stated_years(after).filter(|s| !next_skill_s(s.end)) {
            Some(stated) => {
                let n: f64 = stated.number.parse().unwrap_or(1.0); // "a", "an", "one"
                let years = if stated.months { n / 12.0 } else { n };
                // "Less than 1 year", "under 6 months": half of it.
                Some(if stated.less { years / 2.0 } else { years })
            }
            // "Go (2019-2023)", "Python (2018 - present)".
            None => stated_range(after, today),
        };
        if let Some(years) = years.filter(|&y| y <= super::super::years::MAX_YEARS) {
            let y = round2(years);
            rs.stated_years = Some(rs.stated_years.map_or(y, |s| s.max(y)));
        }
    }
    // Each skill's intervals together (in the order met), merged.
    intervals.sort_by_key(|&(slot, _, _)| slot);
    let mut merged: Vec<(YearMonth, YearMonth)> = Vec::new();
    for group in intervals.chunk_by(|a, b| a.0 == b.0) {
        merged.clear();
        merged.extend(group.iter().map(|&(_, s, e)| (s, e)));
        let rs = &mut skills[group[0].0 as usize];
        rs.years = Some(round2(merged_months(&mut merged) as f64 / 12.0));
    }
    for rs in &mut skills {
        rs.years = match (rs.years, rs.stated_years) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
    }
    (skills, slots)
}

/// Gives the skills a statement of years names ("7 years of Python experience", "Python
/// developer with 5 years of experience") those years as stated years, the larger where
/// several do, unless years are stated beside the skill itself ("Python (2 years)", the more
/// precise). Statements in the education and certifications sections are passed over.
pub(super) fn tie_statements(
    text: &str,
    sections: &[Section],
    statements: &[YearsStatement],
    mentions: &[Mention],
    slots: &[u32],
    skills: &mut [SkillYears],
) {
    let mut claimed: Vec<(u32, f64)> = Vec::new();
    for st in statements {
        if matches!(
            kind_at(sections, st.start),
            SectionKind::Education | SectionKind::Certifications
        ) {
            continue;
        }
        let (tied, _) = tied_mentions(text, st, mentions, |m| (m.start, m.end));
        claimed.extend(tied.into_iter().map(|i| (slots[i], st.min_years)));
    }
    // Beside-the-skill years were all read before: only skills without them take a claim.
    for &(slot, y) in &claimed {
        let rs = &mut skills[slot as usize];
        if rs.stated_years.is_none() || rs.claimed {
            rs.claimed = true;
            rs.stated_years = Some(rs.stated_years.map_or(y, |s| s.max(y)));
            rs.years = Some(rs.years.map_or(y, |s| s.max(y)));
        }
    }
}
