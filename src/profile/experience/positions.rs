//! A resume's positions: each date range of its experience with the title and employer
//! read from its line and the lines around it.

use super::super::dates::{find_ranges, merged_months, DateRange, YearMonth};
use super::super::education::Degree;
use super::super::resume::Position;
use super::super::sections::{heading_kind, kind_at, DocKind, Section, SectionKind};
use super::super::titles::{
    ends_with_company_suffix, ends_with_title_word, ends_with_us_state, has_title_word,
    is_organisation, name, names_a_region, reads_as_name, title_employer,
};
use super::super::words::Starts;
use super::super::Span;
use super::{double_spaced, is_duration, offset_in, span_in_text, Lines, Purpose};
use crate::extract::context::{char_window, opens_with_bullet, strip_bullets};
use crate::extract::Mention;

/// What a resume's other passes found, for [`positions`] to read the dates among.
#[derive(Clone, Copy)]
pub(super) struct Found<'a> {
    pub(super) sections: &'a [Section],
    pub(super) degrees: &'a [Degree],
    /// The skill mentions, in order.
    pub(super) mentions: &'a [Mention],
}

/// A byte range of the text (start, end).
type ByteRange = (usize, usize);

/// The positions: date ranges in the experience section (or, with no such section, outside
/// education, projects and certifications, and not on a degree's line), with the title and
/// employer found near them (kept for [`Purpose::Profile`] only: for scoring they only
/// mark where a position's text starts). For a profile, dates ignored are noted in `notes`.
/// Also returns where the employers of positions with a title and where the titles stand.
pub(super) fn positions(
    text: &str,
    found: Found<'_>,
    starts: &Starts,
    today: YearMonth,
    purpose: Purpose,
    notes: &mut Vec<String>,
) -> (Vec<Position>, Vec<ByteRange>, Vec<ByteRange>) {
    let Found {
        sections,
        degrees,
        mentions,
    } = found;
    let has_experience = sections.iter().any(|s| s.kind == SectionKind::Experience);
    let mut rejected = Vec::new();
    let ranges = find_ranges(text, starts, today, &mut rejected);
    let lines = Lines::new(text);
    let line_start = |at: usize| lines.start(at);
    let line_end = |at: usize| lines.end(at);
    let degree_lines: foldhash::HashSet<usize> =
        degrees.iter().map(|d| line_start(d.start)).collect();
    let mut last_line = usize::MAX;
    let mut kept_ranges: Vec<DateRange> = Vec::new();
    // Where the text of a break or a student's placement starts (its line, or the line
    // above its dates that names it), in order: the text under it is no position's.
    let mut stops: Vec<usize> = Vec::new();
    // (Not a bullet within a position: "- Practice placement educator (2019 - 2022)".)
    let stop_at = |stops: &mut Vec<usize>, named: &str| {
        if !opens_with_bullet(named.trim_start()) {
            stops.push(named.as_ptr() as usize - text.as_ptr() as usize);
        }
    };
    let mut ranges = ranges.into_iter().peekable();
    while let Some(r) = ranges.next() {
        let kind = kind_at(sections, r.span.0);
        let counts = if has_experience {
            kind == SectionKind::Experience
        } else {
            !(matches!(
                kind,
                SectionKind::Education | SectionKind::Projects | SectionKind::Certifications
            ) || degree_lines.contains(&line_start(r.span.0))
                // "Skills: Go (2019-2023)": a skill's years of use, not a position.
                || (kind == SectionKind::Skills && after_a_skill(text, r.span.0, mentions)))
        };
        let ls = line_start(r.span.0);
        if !counts || ls == last_line {
            continue;
        }
        // A project's dates under a position ("Client: FMCG company\nRole: FICO Consultant
        // | Duration: Feb 2022 – Feb 2024"), within an earlier position's: that position's
        // project, not a position of its own.
        if kept_ranges
            .iter()
            .any(|k| k.start <= r.start && r.end <= k.end)
            && names_a_project(text, ls, line_start)
        {
            continue;
        }
        let line = &text[ls..line_end(r.span.0)];
        // "Clinical Research Associate II (CRA I, Feb 2019 – Jan 2021)" above "Pacifica
        // Trials | February 2019 – February 2023": an earlier grade's dates in brackets
        // after the title, within the dates on the next line, are part of that position.
        // (Not when the next line names a title of its own: "Software Developer at Acme
        // Corp (January 2020 - December 2022)\nFreelance Web Developer (2019-2023)" are
        // two positions.)
        if grade_in_brackets(&text[ls..r.span.0])
            && ranges.peek().is_some_and(|next| {
                let next_ls = line_start(next.span.0);
                next_ls == line_end(r.span.0) + 1 && next.start <= r.start && r.end <= next.end && {
                    let own = format!(
                        "{} {}",
                        &text[next_ls..next.span.0],
                        &text[next.span.1..line_end(next.span.1)]
                    );
                    title_employer(&own).0.is_none()
                }
            })
        {
            continue;
        }
        // "Career break (Jan 2019 - Aug 2019): working holiday", "Sabbatical\n2020 - 2021":
        // time off, not a position (its own line, or the line above a line of dates).
        let dates_alone = || {
            text[ls..r.span.0]
                .trim_start_matches(['-', '*', '•', ' '])
                .is_empty()
        };
        let above = || {
            ls.checked_sub(1)
                .map(|end| &text[line_start(end)..end])
                .filter(|above| dates_alone() && is_a_break(above))
        };
        if let Some(named) = Some(line).filter(|l| is_a_break(l)).or_else(above) {
            if purpose == Purpose::Profile {
                notes.push(format!("not counted as work (a break): {}", named.trim()));
            }
            stop_at(&mut stops, named);
            continue;
        }
        // "Student Nurse, City General | 2022 - 2024", "Clinical Placement - Radiography":
        // a student's placement is training, not work (its line, or the line right above
        // it, that is not blank).
        let placement_above = || {
            ls.checked_sub(1)
                .map(|end| &text[line_start(end)..end])
                .filter(|above| !opens_with_bullet(above.trim_start()) && is_a_placement(above))
        };
        if let Some(named) = Some(line)
            .filter(|l| is_a_placement(l))
            .or_else(placement_above)
        {
            if purpose == Purpose::Profile {
                notes.push(format!(
                    "not counted as work (a student placement): {}",
                    named.trim()
                ));
            }
            stop_at(&mut stops, named);
            continue;
        }
        // (A range may go on to the next line: "Jan 2018 -\nPresent".)
        let after = text.get(r.span.1..ls + line.len()).unwrap_or("");
        // (Years alone: no month's name or number.)
        let years_only = !text[r.span.0..r.span.1]
            .bytes()
            .any(|b| b.is_ascii_alphabetic() || b == b'/' || b == b'.');
        if has_experience
            && an_event_of(
                &text[ls..r.span.0],
                after,
                (&r, years_only),
                kept_ranges.last(),
            )
        {
            continue;
        }
        // A lone date ("2014", "Summer 2016") is a position only at the start or end of
        // a short line, not inside a sentence ("promoted in 2020").
        if r.lone {
            let before = text[ls..r.span.0].trim_end();
            // "Engineer, Acme (since 2020)": a range to the present in brackets at the
            // end of the line (a lone year in them is more often a school's).
            let since = text
                .get(r.span.0..r.span.0 + 5)
                .is_some_and(|w| w.eq_ignore_ascii_case("since"));
            let mut after = text[r.span.1..line_end(r.span.1)].trim_start();
            if since {
                after = after.trim_start_matches(')').trim_start();
            }
            // (Separators: "Frachtly GmbH, Berlin · Since 2024".)
            const SEPARATORS: [char; 8] = ['|', ',', '-', '–', '—', ':', '·', '•'];
            let at_edge = |s: &str, edge_last: bool| {
                s.is_empty()
                    || if edge_last {
                        s.ends_with(SEPARATORS) || (since && s.ends_with('('))
                    } else {
                        s.starts_with(SEPARATORS)
                    }
                    || (!edge_last
                        && s.split_whitespace().take(7).count() <= 6
                        && !s.ends_with(['.', ')']))
            };
            // A column's gap before it ("Sous Chef          Since 2022"): a tab, or
            // three spaces or more.
            let raw_before = &text[ls..r.span.0];
            let gap = raw_before.ends_with('\t') || raw_before.ends_with("   ");
            let edge = before.trim_start_matches(['-', '*', '•', ' ']).is_empty()
                && at_edge(after, false)
                || (gap || at_edge(before, true)) && after.is_empty();
            // A paragraph's sentence that names the position ("Since January 2025 I have
            // been the Junior Sous Chef at Bracken & Stone, ...") holds one.
            let long = line.trim().len() > 100;
            let in_prose = || long && prose_position(text, (ls, ls + line.len()), r.span).is_some();
            if !has_experience || (long || !edge) && !in_prose() {
                continue;
            }
        }
        last_line = ls;
        kept_ranges.push(r);
    }
    for r in rejected.iter().filter(|_| purpose == Purpose::Profile) {
        if kind_at(sections, r.span.0) == SectionKind::Experience || !has_experience {
            let what = if r.clamped {
                "date clamped"
            } else {
                "date ignored"
            };
            notes.push(format!("{what}: {}", r.reason));
        }
    }
    let mut positions: Vec<Position> = Vec::with_capacity(kept_ranges.len());
    // Where the title and employer read for each position stand in the text (read for
    // scoring too), to tell a position given twice.
    let mut read_parts: Vec<(Option<ByteRange>, Option<ByteRange>)> =
        Vec::with_capacity(kept_ranges.len());
    // The positions of each (start, end), by index, and which of them were given again.
    let mut by_dates: foldhash::HashMap<(YearMonth, YearMonth), Vec<usize>> =
        foldhash::HashMap::default();
    let mut dropped: Vec<bool> = Vec::with_capacity(kept_ranges.len());
    // Where the employers of positions with a title stand in the text.
    let mut employers: Vec<(usize, usize)> = Vec::new();
    // Where the positions' titles stand in the text.
    let mut titles: Vec<(usize, usize)> = Vec::new();
    let mut rest = String::new();
    // The section of the last position, and whether its employer stood on a line of its
    // own above it (a header that later positions of the same employer may share).
    let mut last_header: Option<(usize, bool)> = None;
    // Whether the last employer's header held the duration of its whole stay.
    let mut last_grouped = false;
    // Whether the text is double spaced ([`double_spaced`]), found when first needed.
    let mut spacing: Option<bool> = None;
    // The start of the line below a position's dates that gave it its title: no header of
    // the next position.
    let mut title_line_below: Option<usize> = None;
    for (k, r) in kept_ranges.iter().enumerate() {
        let ls = line_start(r.span.0);
        let le = line_end(r.span.1);
        rest.clear();
        // A label before the dates says what they are ("Duration: 01-Apr-2019 to
        // Present", "Period : Jan 2020 - Mar 2022"); it names no title or employer.
        let before_dates = &text[ls..r.span.0];
        if !is_dates_label(before_dates) {
            rest.push_str(before_dates);
        }
        rest.push(' ');
        rest.push_str(&text[r.span.1..le]);
        // In a paragraph, a sentence that names the position ("Before that, I worked as a
        // Chef de Partie at Harbourside Brasserie in Auckland from March 2021 to December
        // 2024.").
        // (Not a header's line: "Senior Engineer | Acme Corp | Jan 2019 – Present | Served
        // as the Technical Lead at Globex ...".)
        let paragraph = text[ls..le].trim().len() > 100
            && !text[ls..le].contains('|')
            && !before_dates.contains("   ")
            && !before_dates.contains('\t');
        let prose = paragraph
            .then(|| prose_position(text, (ls, le), r.span))
            .flatten();
        let (mut title, mut employer) = match prose {
            Some((t, e)) => (Some(t), Some(e)),
            None => title_employer(&rest),
        };
        let employer_on_line = employer.is_some();
        let mut header = ls;
        // Title or employer on the lines just above (two lines, and the blank lines
        // between them in a double-spaced text).
        // Lines read for a title or employer (two at most); lines passed over (details,
        // labels, blank lines of a double-spaced text) count only towards six lines in all.
        let mut read = 0;
        // A duration of the employer's whole stay passed over ("Nordhaven Foods\n6 years 4
        // months\nLogistics Manager\n..."): LinkedIn's several roles under one employer.
        let mut grouped = false;
        // The line above the dates that gave the title, if any.
        let mut title_line: Option<&str> = None;
        for _ in 0..6 {
            if title.is_some() && employer.is_some() || header == 0 || read == 2 {
                break;
            }
            let prev_start = line_start(header - 1);
            let prev = text[prev_start..header].trim();
            if prev.is_empty() && *spacing.get_or_insert_with(|| double_spaced(text)) {
                header = prev_start;
                continue;
            }
            let prev_is_position = (k > 0 && prev_start <= kept_ranges[k - 1].span.0)
                || title_line_below == Some(prev_start);
            // A bullet after the previous position's dates is that position's text ("- Cared
            // for 5 patients per shift"), not this one's header, unless the resume bullets
            // its headers: the previous position's header, above its dates, is a bullet too.
            let bulleted = |line: &str| opens_with_bullet(line.trim_start());
            let headers_bulleted = positions.last().is_some_and(|p| {
                p.span.start < line_start(kept_ranges[k - 1].span.0)
                    && bulleted(&text[p.span.start..])
            });
            let prev_is_bullet = k > 0 && !headers_bulleted && bulleted(prev);
            if prev.is_empty()
                || prev.len() > 100
                || prev_is_position
                || prev_is_bullet
                || heading_kind(prev, DocKind::Resume).is_some()
                || (prev.ends_with('.') && !ends_with_company_suffix(prev))
            {
                break;
            }
            // A Europass CV's employer ends the position before (its labels follow their
            // dates).
            if europass_employer(prev).is_some() {
                break;
            }
            // A title or an employer given with its label, as Indian resumes write a
            // position ("Organisation : Acme Pvt Ltd", "Designation : Senior Coder").
            if let Some((is_title, value)) = labelled_position_line(prev) {
                if is_title && title.is_none() {
                    title = Some(value);
                    title_line = Some(prev);
                } else if !is_title && employer.is_none() {
                    employer = Some(without_town(value));
                }
                read += 1;
                header = prev_start;
                continue;
            }
            // A project's details ("Team Size: 12") are passed over, within the two lines.
            if is_detail_line(prev) {
                header = prev_start;
                continue;
            }
            let (t, e) = title_employer(prev);
            // A line of nothing but places and labels ("description - India", "Boston, MA")
            // is passed over like a detail.
            if (t, e) == (None, None) {
                grouped |= is_duration(prev);
                header = prev_start;
                continue;
            }
            read += 1;
            let before = (title.is_some(), employer.is_some());
            if title.is_none() && t.is_some() {
                title = t;
                if employer.is_none() {
                    employer = e;
                }
                title_line = Some(prev);
            } else if employer.is_none() && (e.is_some() || t.is_some()) {
                // "Medical Assistant\nSunshine Physician Associates, Orlando, FL\nJuly 2022 -
                // Present": two lines of titles, the nearer one with its town and state (or
                // a company's suffix) is the employer's.
                // (Not when the nearer title ends with a title word: "Cook Children's
                // Medical Center\nRegistered Nurse, Fort Worth, TX".)
                let nearer_is_employer = e.is_none()
                    && title.is_some_and(|t| !ends_with_title_word(t))
                    && title_line
                        .is_some_and(|l| ends_with_us_state(l) || ends_with_company_suffix(l));
                if nearer_is_employer {
                    employer = title;
                    title = t;
                } else {
                    employer = e.or(t);
                }
            }
            if before == (title.is_some(), employer.is_some()) {
                break;
            }
            header = prev_start;
        }
        // "Senior Accountant      June 2019 – Current\nLakeshore Manufacturing Group,
        // Chicago, IL": a title with its dates and no employer above them, and the line
        // below names an organisation ("Group", "Hospital", "Inc.", ...) or a name and its
        // US state ("Midway Office Supply, Cicero, IL"), and nothing else.
        // The line starting at `start` below the dates' line, when it may name the
        // position's title or employer: short, no bullet, no sentence, no heading, not
        // another position's dates.
        let line_at = |start: usize| {
            let line = text
                .get(start..)
                .and_then(|t| t.split('\n').next())
                .map_or("", str::trim);
            let next_range_there = kept_ranges
                .get(k + 1)
                .is_some_and(|n| line_start(n.span.0) == start);
            // (Not counting a note in brackets at its end: "Polderkroon Dairy B.V.,
            // Amersfoort (FMCG – yoghurts and dairy desserts, 600 SKUs)".)
            let core = line
                .rsplit_once(" (")
                .filter(|(_, note)| note.ends_with(')'))
                .map_or(line, |(core, _)| core);
            (!line.is_empty()
                && core.len() <= 80
                && line.len() <= 160
                && !next_range_there
                && !opens_with_bullet(line)
                && (!line.ends_with('.') || ends_with_company_suffix(line))
                && heading_kind(line, DocKind::Resume).is_none())
            .then_some(line)
        };
        let line_below = || line_at(le + 1);
        if title.is_some() && employer.is_none() {
            employer = line_below().and_then(employer_on);
            // "Senior Accountant      03/2018 - 06/2021\nBig Four Firm, Chicago\n- Led
            // audits": a name before its town on the line below, over the position's
            // bullets, a blank line or the next position's dates, is the employer
            // ([`named_employer`]).
            if employer.is_none() {
                // (The line after it, if any, closes the position's header.)
                let below_end = line_end(le + 1);
                let closes = below_end >= text.len() || {
                    let s = below_end + 1;
                    let next = text[s..line_end(s)].trim();
                    next.is_empty()
                        || opens_with_bullet(next)
                        || kept_ranges
                            .get(k + 1)
                            .is_some_and(|n| line_start(n.span.0) == s)
                };
                employer = line_below()
                    .filter(|_| closes)
                    .and_then(|below| named_employer(text, below, mentions));
            }
            if employer.is_some() {
                // (The line is this position's: no header of the next one.)
                title_line_below = Some(le + 1);
            }
        }
        // "Senior Civil Engineer – Water & Sanitation      Mar 2019 – Present\nNkanyezi
        // Consulting Engineers (Pty) Ltd, Pretoria": what follows the title's dash on the
        // dates' line is the title's specialty when the line below names an organisation
        // (by a word of its name, no label: not "Client: Bank of America") and it does not.
        if let (Some(t), Some(e), None) = (title, employer, prose) {
            if let (Some(ts), Some(es)) = (offset_in(&rest, t), offset_in(&rest, e)) {
                let dash = rest.get(ts + t.len()..es).is_some_and(|between| {
                    between.contains(['-', '–', '—'])
                        && !between.contains(['|', ','])
                        && between.trim().len() <= 3
                });
                if dash && !is_organisation(e) && ends_with_title_word(t) {
                    let below = line_below()
                        .filter(|l| !l.contains(':'))
                        .and_then(employer_on)
                        .filter(|b| is_organisation(b));
                    if let Some(below) = below {
                        title = rest.get(ts..es + e.len());
                        employer = Some(below);
                    }
                }
            }
        }
        // "Buckeye Power & Light | Columbus, OH | 05/2021 - Present\nJourneyman Electrician":
        // an employer with the dates and no title above them, and the line below is a title
        // (perhaps with its unit) and nothing else; a title has no digits ("SQL Server 2000"
        // below is a detail), and "Sales Associate, Electrical Department" names the
        // employer's unit.
        if title.is_none() && employer_on_line {
            let below = line_below().filter(|b| !b.bytes().any(|c| c.is_ascii_digit()));
            if let Some((Some(t), _)) = below.map(title_employer) {
                title = Some(t);
                title_line_below = Some(le + 1);
            }
        }
        // "2019 - Present\nStore Manager, Aritzia, Calgary AB": the dates alone on their
        // line, nothing above them, and the line below a title (perhaps with its employer)
        // and nothing else.
        if title.is_none() && employer.is_none() && rest.trim().is_empty() {
            // A Europass CV's labels below its dates ("Dates: 09/2024 – 07/2025\nOccupation
            // or position held: Occupational Therapist\n...\nName and address of employer:
            // Kingsbridge Royal Hospitals NHS Trust, Kingsbridge"): the title on the next
            // line, the employer's label further down, before the next position's dates.
            if let Some((true, value)) = line_below().and_then(labelled_position_line) {
                title = Some(value);
                title_line_below = Some(le + 1);
                let block_end = kept_ranges
                    .get(k + 1)
                    .map_or(text.len(), |n| line_start(n.span.0));
                // (Up to another title's label: the next position's, whose dates were not
                // kept.)
                employer = text.get(le + 1..block_end.max(le + 1)).and_then(|block| {
                    block
                        .lines()
                        .skip(1)
                        .take(40)
                        .map(|l| (l, labelled_position_line(l)))
                        .take_while(|(_, label)| !matches!(label, Some((true, _))))
                        .find_map(|(l, label)| match label {
                            // (The address after the name, as its label says.)
                            Some((false, v)) if europass_employer(l) == Some(true) => {
                                v.split(", ").next()
                            }
                            Some((false, v)) => Some(without_town(v)),
                            _ => None,
                        })
                });
            }
            let below = line_below()
                .filter(|_| title.is_none())
                .filter(|b| !b.bytes().any(|c| c.is_ascii_digit()));
            if let Some((Some(t), e)) = below.map(title_employer) {
                (title, employer) = (Some(t), e);
                title_line_below = Some(le + 1);
            }
            // "Aug 2023 – Present\nLicensed Veterinary Technician\nMagic Valley Animal Clinic,
            // Twin Falls, ID": the employer on the line below the title, a name of an
            // organisation or before its US state, and nothing else.
            if title.is_some() && employer.is_none() {
                let second_start = text
                    .get(le + 1..)
                    .and_then(|t| memchr::memchr(b'\n', t.as_bytes()))
                    .map(|i| le + 2 + i);
                employer = second_start.and_then(line_at).and_then(employer_on);
            }
        }
        // Sections are sorted and contiguous: the one holding the range by binary search.
        let section = sections
            .partition_point(|s| s.start <= r.span.0)
            .wrapping_sub(1);
        let section_end = sections
            .get(section)
            .filter(|s| r.span.0 < s.end)
            .map_or(text.len(), |s| s.end);
        // "Target Corporation\nStore Manager, 2021 – Present\n...\nAssistant Store Manager,
        // 2018 – 2021": a title with no employer of its own, and no header above it, under
        // a position whose employer stood above it in the same section, shares that employer.
        let employer_above = employer.is_some() && !employer_on_line && header < ls;
        // Also with its title above its dates when the employer's header held the length
        // of its whole stay (LinkedIn's roles under one employer).
        // And with its title on the line above its dates, right under a bullet of the
        // position before ("...\n• Ran the store\nAssistant Store Manager\n2018 - 2021"; not
        // after a blank line or a sentence, where a new block may begin).
        let title_above = read == 1
            && header < ls
            && header > 0
            && opens_with_bullet(text[line_start(header - 1)..header].trim_start());
        let shares_employer = title.is_some()
            && employer.is_none()
            && last_header == Some((section, true))
            && (header == ls || last_grouped || title_above);
        last_grouped = grouped || (shares_employer && last_grouped);
        last_header = Some((section, employer_above || shares_employer));
        let stop = stops
            .get(stops.partition_point(|&at| at <= ls))
            .map_or(section_end, |&at| at.min(section_end));
        let next = kept_ranges
            .get(k + 1)
            .map_or(stop, |n| line_start(n.span.0).min(stop));
        let months = r.start.months_until(r.end).max(0) as u32;
        // Where the title and employer stand in the text (a part of `rest` mapped back).
        let at = |part: Option<&str>| {
            part.and_then(|p| span_in_text(text, &rest, (ls, r.span.0, r.span.1), p))
        };
        let (t_now, e_now) = (at(title), at(employer));
        if title.is_some() && !shares_employer {
            employers.extend(e_now);
        }
        titles.extend(t_now);
        // The same position twice, as a summary's table row and with its details ("Role |
        // Company | Location | Dates" above or below each position's own header): the same
        // dates, and the same employer or title (by their words, in any case) with the
        // other part the same or read on one side only. Employers may stop short of each
        // other's suffix; titles are the same words.
        let same = |a: Option<ByteRange>, b: Option<ByteRange>, short: bool| {
            matches!((a, b), (Some(a), Some(b))
                if words_alike(&text[a.0..a.1], &text[b.0..b.1], short))
        };
        // The other part the same, or read on one side only (not on neither: two jobs of
        // one title with no employers read are two).
        let agree = |a: Option<ByteRange>, b: Option<ByteRange>, short: bool| {
            (a.is_some() || b.is_some()) && (a.is_none() || b.is_none() || same(a, b, short))
        };
        // (Among the last 16 positions of the same dates: a summary's rows stand near their
        // details, and the work stays linear.)
        let of_dates = by_dates.entry((r.start, r.end)).or_default();
        let earlier = of_dates.iter().rev().take(16).copied().find(|&k| {
            let (t, e) = read_parts[k];
            !dropped[k]
                && ((same(e, e_now, true) && agree(t, t_now, false))
                    || (same(t, t_now, false) && agree(e, e_now, true)))
        });
        of_dates.push(positions.len());
        let keep = |part: Option<&str>| part.filter(|_| purpose == Purpose::Profile).map(name);
        let mut title = keep(title);
        let mut employer = match positions.last() {
            Some(last) if shares_employer => last.employer.clone(),
            _ => keep(employer),
        };
        let span = Span::new(header, next.max(header));
        // The copy with more text stays (the details, before or after the summary), with
        // the part only the other had.
        let mut drop_this = false;
        if let Some(k) = earlier {
            let other = &mut positions[k];
            drop_this = other.span.end - other.span.start > span.end - span.start;
            if drop_this {
                other.title = other.title.take().or(title.take());
                other.employer = other.employer.take().or(employer.take());
            } else {
                title = title.or(other.title.take());
                employer = employer.or(other.employer.take());
                dropped[k] = true;
            }
            if purpose == Purpose::Profile {
                notes.push(format!(
                    "the same position twice, kept once: {}",
                    text[ls..le].trim()
                ));
            }
        }
        read_parts.push((t_now, e_now));
        dropped.push(drop_this);
        positions.push(Position {
            title,
            employer,
            start: r.start,
            end: r.end.plus(-1),
            current: r.current,
            months,
            span,
        });
    }
    if dropped.contains(&true) {
        let mut k = 0;
        positions.retain(|_| {
            k += 1;
            !dropped[k - 1]
        });
    }
    // A position's text ends where the next one's header starts.
    for k in 1..positions.len() {
        let next_start = positions[k].span.start;
        let prev = &mut positions[k - 1].span;
        if prev.end > next_start {
            prev.end = next_start.max(prev.start);
        }
    }
    roles_under_a_stay(text, &mut positions);
    (positions, employers, titles)
}

/// An employer's header with the dates of its whole stay, over roles with titles and dates
/// of their own that fill it ("Acme Corp (Mar 2019 – Jun 2021)\nSenior Data Analyst (Jan
/// 2021 – Jun 2021)\nData Analyst (Mar 2019 – Dec 2020)", as LinkedIn lists promotions): the
/// roles are the positions, at that employer, the first taking in the header; the header is
/// no position of its own. Only a header of two lines at most, with no bullet, right above
/// the first role (a header with text of its own keeps that text's skills at the whole
/// stay's months), and roles one after another that cover every month of the stay, from its
/// first to its last (so that the years counted stay the same, and a job held beside them
/// keeps its own employer).
fn roles_under_a_stay(text: &str, positions: &mut Vec<Position>) {
    // (Stays are marked and dropped together afterwards, so that the work stays linear.)
    let mut stays = vec![false; positions.len()];
    let mut k = 0;
    while k < positions.len() {
        let stay = &positions[k];
        if stay.title.is_some() || stay.employer.is_none() {
            k += 1;
            continue;
        }
        let roles = positions[k + 1..]
            .iter()
            .take_while(|r| {
                r.title.is_some()
                    && r.employer.is_none()
                    && r.start >= stay.start
                    && r.end <= stay.end
            })
            .count();
        let header_only = || {
            let header = text.get(stay.span.start..stay.span.end).unwrap_or("");
            let mut lines = header.lines().map(str::trim).filter(|l| !l.is_empty());
            lines.clone().count() <= 2 && !lines.any(opens_with_bullet)
        };
        let fills = roles > 0 && positions[k + 1].span.start == stay.span.end && header_only() && {
            let roles = &positions[k + 1..=k + roles];
            let mut intervals: Vec<(YearMonth, YearMonth)> =
                roles.iter().map(|r| (r.start, r.end.plus(1))).collect();
            let held: u32 = roles.iter().map(|r| r.months).sum();
            let covered = merged_months(&mut intervals);
            roles.iter().map(|r| r.start).min() == Some(stay.start)
                && roles.iter().map(|r| r.end).max() == Some(stay.end)
                && covered == held
                && covered == stay.months
        };
        if !fills {
            k += 1;
            continue;
        }
        stays[k] = true;
        let (employer, start) = (positions[k].employer.clone(), positions[k].span.start);
        for role in &mut positions[k + 1..=k + roles] {
            role.employer.clone_from(&employer);
        }
        positions[k + 1].span.start = start;
        k += roles + 1;
    }
    if stays.contains(&true) {
        let mut k = 0;
        positions.retain(|_| {
            k += 1;
            !stays[k - 1]
        });
    }
}

/// Are `a` and `b` the same name by their words (runs of letters and digits, in any case),
/// one perhaps stopping short of the other when `short` ("Rooiberg Iron Ore (Pty) Ltd" and
/// "Rooiberg Iron Ore")?
fn words_alike(a: &str, b: &str, short: bool) -> bool {
    let words = |s| str::split(s, |c: char| !c.is_alphanumeric()).filter(|w: &&str| !w.is_empty());
    let (mut x, mut y) = (words(a), words(b));
    let mut any = false;
    loop {
        match (x.next(), y.next()) {
            (Some(p), Some(q)) => {
                let (lp, lq) = (
                    p.chars().flat_map(char::to_lowercase),
                    q.chars().flat_map(char::to_lowercase),
                );
                if !lp.eq(lq) {
                    return false;
                }
                any = true;
            }
            (None, None) => return any,
            _ => return any && short,
        }
    }
}

/// The title and employer that a paragraph's sentence holding the dates at `span` names
/// in the first person or as a position's account: "I worked as a Chef de Partie at
/// Harbourside Brasserie in Auckland from March 2021 to December 2024", "Since January
/// 2025 I have been the Junior Sous Chef at Bracken & Stone, a 65-seat bistro". The title
/// comes after "as", "been" or "I was", "I am" (with its article), has a title word, is
/// capitalised and of six words at most; the employer after "at", capitalised ("the" left
/// out), of eight words at most, up to its place, its dates or the sentence's next clause.
/// Neither may take in the dates, and a sentence about someone else ("who has been the
/// Executive Chef at ...") names none. `line` is the paragraph's line (start, end); the
/// sentence is read within 300 bytes of the dates.
fn prose_position(
    text: &str,
    (ls, le): (usize, usize),
    span: (usize, usize),
) -> Option<(&str, &str)> {
    const LEADS: &[&str] = &[
        " as a ",
        " as an ",
        " as the ",
        " as ",
        " been a ",
        " been an ",
        " been the ",
        " i was a ",
        " i was an ",
        " i was the ",
        " i am a ",
        " i am an ",
        " i am the ",
    ];
    /// Words before the lead that make the position someone else's.
    const OTHERS: &[&str] = &[
        " who ", " he ", " she ", " they ", " his ", " her ", " whose ",
    ];
    /// What ends an employer's name in its sentence (" for " only before a word in lower
    /// case: "Centre for Ageing", "Ministry for the Environment"; the sentence's end, not
    /// any dot: "St. Brendan").
    const AFTER_EMPLOYER: &[&str] = &[
        ", ",
        ";",
        " (",
        " in ",
        " from ",
        " since ",
        " until ",
        " where ",
        " between ",
        " - ",
        " – ",
        " — ",
        " while ",
        " during ",
    ];
    const REACH: usize = 300;
    let line = text.get(ls..le)?;
    let (a, b) = (span.0.checked_sub(ls)?, span.1.checked_sub(ls)?);
    let (lo, hi) = char_window(line, a, b, REACH);
    // A sentence ends at ". ", not after a short capitalised abbreviation ("St. Brendan",
    // "Pte. Ltd.").
    let ends_sentence = |dot: usize| {
        let word_start = line[..dot]
            .char_indices()
            .rev()
            .find(|&(_, c)| !c.is_ascii_alphabetic())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = &line[word_start..dot];
        !(word.len() <= 3 && word.starts_with(|c: char| c.is_ascii_uppercase()))
    };
    let start = line[lo..a]
        .match_indices(". ")
        .map(|(i, _)| lo + i)
        .filter(|&i| ends_sentence(i))
        .last()
        .map(|i| i + 2);
    let end = line[b..hi]
        .match_indices(". ")
        .map(|(i, _)| b + i)
        .find(|&i| ends_sentence(i))
        .map(|i| i + 1);
    // A sentence longer than the reach is no account of a position.
    let start = start.or((lo == 0).then_some(0))?;
    let end = end.or((hi == line.len()).then_some(line.len()))?;
    let sentence = line.get(start..end)?;
    // (With a space in front, a lead may open the sentence: "As a Sous Chef at ...".)
    let lower = format!(" {}", sentence.to_ascii_lowercase());
    // The dates within the sentence.
    let (da, db) = (a - start, b - start);
    let mut leads: Vec<(usize, usize)> = LEADS
        .iter()
        .flat_map(|l| lower.match_indices(l).map(|(i, m)| (i, m.len())))
        .collect();
    leads.sort_unstable_by_key(|&(i, len)| (i, usize::MAX - len));
    let capitalised = |s: &str| s.starts_with(|c: char| c.is_uppercase());
    leads.into_iter().find_map(|(at, len)| {
        // (Offsets in `lower` are one past those in `sentence`.)
        let title_start = at + len - 1;
        if OTHERS.iter().any(|o| lower[..at + 1].contains(o)) {
            return None;
        }
        let title_end = lower.get(title_start + 1..)?.find(" at ")? + title_start;
        let employer_start = title_end + 4;
        // The title may not take in the dates.
        if title_start < db && da < title_end {
            return None;
        }
        let title = sentence.get(title_start..title_end)?.trim();
        let tail = sentence.get(employer_start..)?;
        let mut employer_len = AFTER_EMPLOYER
            .iter()
            .filter_map(|e| tail.find(e))
            .chain(
                tail.match_indices(" for ")
                    .filter(|(i, _)| {
                        let next = &tail[i + 5..];
                        !next
                            .strip_prefix("the ")
                            .unwrap_or(next)
                            .starts_with(char::is_uppercase)
                    })
                    .map(|(i, _)| i),
            )
            .min()
            .unwrap_or(tail.len());
        // Nor the employer (up to the dates: "at Joe's Café 2018–2020").
        if employer_start <= da && da < employer_start + employer_len {
            employer_len = da - employer_start;
        }
        let employer = tail.get(..employer_len)?.trim().trim_end_matches('.');
        let employer = employer.strip_prefix("the ").unwrap_or(employer);
        (capitalised(title)
            && title.split_whitespace().count() <= 6
            && has_title_word(title)
            && capitalised(employer)
            && employer.split_whitespace().count() <= 8)
            .then_some((title, employer))
    })
}

/// Does the text of a line before its dates end inside brackets opened after some words
/// ("Clinical Research Associate II (CRA I, ", "Analyst ("): dates of a part of what the
/// words name?
fn grade_in_brackets(before: &str) -> bool {
    // (Within the 120 bytes before the dates: a title's bracket is near them.)
    let mut lo = before.len().saturating_sub(120);
    while !before.is_char_boundary(lo) {
        lo += 1;
    }
    let before = &before[lo..];
    before.rfind('(').is_some_and(|open| {
        !before[open..].contains(')') && before[..open].chars().any(char::is_alphabetic)
    })
}

/// Does `line` begin with the name of time off work ("Career break", "Sabbatical", "Parental
/// leave", "Gap year"), past a bullet or an opening bracket ("(maternity leave Feb 2023 –
/// Nov 2023)" under a position's line)?
fn is_a_break(line: &str) -> bool {
    const BREAKS: &[&str] = &[
        "career break",
        "career gap",
        "sabbatical",
        "parental leave",
        "maternity leave",
        "paternity leave",
        "family leave",
        "gap year",
    ];
    begins_with_one_of(line.trim_start().trim_start_matches('('), BREAKS)
}

/// Does `line` begin with a student's placement, past a bullet: its name ("Clinical
/// placement", "Practicum", "Clinical rotations", "Student teaching") or a student's
/// title in a profession trained on placements ("Student Nurse", "Nursing Student",
/// "Student Radiographer", "Student Teacher"), or a student's job at their university
/// ("Undergraduate Research Assistant", "Student Assistant")? Internships and industrial
/// placements are work and are not asked for.
fn is_a_placement(line: &str) -> bool {
    const PLACEMENTS: &[&str] = &[
        "clinical placement",
        "practice placement",
        "student placement",
        "clinical rotation",
        "clinical practicum",
        "practicum",
        "student teaching",
        "teaching practice",
        "student nurse",
        "student midwife",
        "student radiographer",
        "student paramedic",
        "student physiotherapist",
        "student pharmacist",
        "student dietitian",
        "student occupational therapist",
        "student social worker",
        "student teacher",
        "nursing student",
        "medical student",
        "pharmacy student",
        "radiography student",
        "paramedic student",
        "midwifery student",
    ];
    // A student's job at their university: the whole title ("Student Assistant, Library";
    // not "Student Assistant Manager" or "Student Worker Supervisor").
    const STUDENT_JOBS: &[&str] = &[
        "undergraduate research assistant",
        "undergraduate teaching assistant",
        "undergraduate assistant",
        "undergraduate researcher",
        "student research assistant",
        "student assistant",
        "student worker",
    ];
    let title = past_bullets(line);
    let student_job = STUDENT_JOBS.iter().any(|n| {
        title
            .get(..n.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(n.as_bytes()))
            && title[n.len()..]
                .trim_ascii_start()
                .first()
                .is_none_or(|c| matches!(c, b'(' | b',' | b'|' | b'-' | b':' | b'@' | 0xE2))
    });
    student_job || begins_with_one_of(line, PLACEMENTS)
}

/// `line` past a bullet or a markdown heading's marks, as bytes.
fn past_bullets(line: &str) -> &[u8] {
    line.trim_start_matches(['-', '–', '—', '*', '•', '·', '▪', '◦', '>', '#', ' ', '\t'])
        .as_bytes()
}

/// Does `line`, past a bullet or a markdown heading's marks, begin with one of `names`
/// (lower case; any case in the
/// line), as whole words or with a plural "s" ("Clinical rotations")?
fn begins_with_one_of(line: &str, names: &[&str]) -> bool {
    let line = past_bullets(line);
    names.iter().any(|n| {
        line.get(..n.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(n.as_bytes()))
            && line
                .get(n.len())
                .is_none_or(|&c| !c.is_ascii_alphanumeric() || c == b's')
    })
}

/// Whether the line at `ls` (a line with dates) is labelled as a project's ("Role: ...",
/// "Project: ...") or follows, in its block of up to four lines, a line labelled so
/// ("Client: ...", "Project Name: ...": "Client: Y\nRole: Z\nDuration: ...").
fn names_a_project(text: &str, ls: usize, line_start: impl Fn(usize) -> usize) -> bool {
    let labelled = |line: &str, labels: &[&str]| {
        line_label(line)
            .is_some_and(|(label, _)| labels.iter().any(|l| l.eq_ignore_ascii_case(label)))
    };
    let this = text[ls..].split('\n').next().unwrap_or("");
    if labelled(this, &["role", "project", "project name"]) {
        return true;
    }
    let mut end = ls;
    for _ in 0..3 {
        if end == 0 {
            return false;
        }
        let start = line_start(end - 1);
        let prev = &text[start..end - 1];
        if prev.trim().is_empty() {
            return false;
        }
        if labelled(prev, &["client", "project", "project name"]) {
            return true;
        }
        end = start;
    }
    false
}

/// The label of a line that gives one before a colon, and what follows it, both trimmed
/// ("Designation  : Senior Coder" gives "Designation" and "Senior Coder"); bullets and
/// marks before the label are passed over.
fn line_label(line: &str) -> Option<(&str, &str)> {
    let line = line.trim_start_matches(|c: char| !c.is_alphanumeric());
    // The number of a numbered list ("1) Company : Acme", "2. Designation: Analyst").
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let line = match line.as_bytes().get(digits) {
        Some(b')' | b'.') if (1..=2).contains(&digits) => line[digits + 1..].trim_start(),
        _ => line,
    };
    let colon = memchr::memchr(b':', line.as_bytes())?;
    Some((line[..colon].trim(), line[colon + 1..].trim()))
}

/// A line that gives a position's title or employer after its label ("Designation :
/// Senior Medical Coder", "Organisation: Acme Pvt Ltd, Chennai", "Company Name: Acme"):
/// whether it is the title, and the value.
fn labelled_position_line(line: &str) -> Option<(bool, &str)> {
    // (Not "Title" alone: a project's name as often as a job's, "Title: E-Banking".)
    const TITLES: &[&str] = &[
        "designation",
        "job title",
        "role",
        "position",
        "post",
        // Europass.
        "occupation or position held",
    ];
    const EMPLOYERS: &[&str] = &[
        "name and address of employer",
        "name of employer",
        "organisation",
        "organization",
        "organisation name",
        "organization name",
        "name of the organisation",
        "name of the organization",
        "company",
        "company name",
        "employer",
        "employer name",
    ];
    let (label, value) = line_label(line)?;
    if value.is_empty() || label.len() > 30 {
        return None;
    }
    let is = |names: &[&str]| names.iter().any(|n| n.eq_ignore_ascii_case(label));
    if is(TITLES) {
        Some((true, value))
    } else if is(EMPLOYERS) {
        Some((false, value))
    } else {
        None
    }
}

/// The employer `line` names and nothing else: an organisation's name, or a name before
/// its US state ("Midway Office Supply, Cicero, IL").
fn employer_on(line: &str) -> Option<&str> {
    match title_employer(line) {
        (None, Some(e)) if reads_as_name(e) && (is_organisation(e) || ends_with_us_state(line)) => {
            Some(e)
        }
        _ => None,
    }
}

/// The employer `line` (a slice of `text`) names, when [`title_employer`] reads only one
/// there and it is a name of two words or more before its town ("Big Four Firm, Chicago",
/// "Harbour View Dental, Leeds, UK"): not a town before its country or state ("London,
/// UK", "San Francisco, California"), a line of one name alone ("Key Achievements",
/// "Chicago"; an organisation's name alone is [`employer_on`]'s), nor skills making all
/// of it ("Python, Django").
fn named_employer<'t>(text: &str, line: &'t str, mentions: &[Mention]) -> Option<&'t str> {
    let (None, Some(e)) = title_employer(line) else {
        return None;
    };
    let rest = line[offset_in(line, e)? + e.len()..]
        .trim_start()
        .strip_prefix(',')?;
    let places: Vec<&str> = rest
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let town_after = e.split_whitespace().count() >= 2
        && !places.is_empty()
        && places.len() <= 2
        && places
            .iter()
            .all(|p| reads_as_name(p) && p.split_whitespace().count() <= 3)
        && !(places.len() == 1 && names_a_region(places[0]));
    if !(town_after && reads_as_name(e)) {
        return None;
    }
    // A word of the name that no skill's mention covers.
    let at = offset_in(text, e)?;
    let covered = |i: usize| {
        let j = mentions.partition_point(|m| m.end <= i);
        mentions.get(j).is_some_and(|m| m.start <= i)
    };
    e.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .any(|w| !covered(at + (w.as_ptr() as usize - e.as_ptr() as usize)))
        .then_some(e)
}

/// A Europass CV's label of the employer ("Name of employer: ...", "Name and address of
/// employer: ..."): whether its label says an address follows the name.
fn europass_employer(line: &str) -> Option<bool> {
    let (label, _) = line_label(line)?;
    if label.eq_ignore_ascii_case("name and address of employer") {
        Some(true)
    } else {
        label
            .eq_ignore_ascii_case("name of employer")
            .then_some(false)
    }
}

/// A labelled employer without the town after it, when what comes before its first comma
/// is an organisation's name ("Nilgiri Data Labs Pvt. Ltd., Hyderabad"; "Acme, Inc." stays
/// whole).
fn without_town(value: &str) -> &str {
    match value.split_once(", ") {
        Some((name, _)) if is_organisation(name) => name,
        _ => value,
    }
}

/// Whether the text before a position's dates on their line is only a label of them
/// ("Duration:", "Period :"), perhaps with the day of the start ("Duration:
/// 01-" before "Apr-2019 to Present").
fn is_dates_label(before: &str) -> bool {
    const LABELS: &[&str] = &[
        "duration",
        "period",
        "tenure",
        "dates",
        "date",
        "working period",
    ];
    let before = before
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches(|c: char| c.is_ascii_digit() || " -/.\t".contains(c));
    before.strip_suffix(':').is_some_and(|label| {
        let label = label.trim();
        LABELS.iter().any(|l| l.eq_ignore_ascii_case(label))
    })
}

/// Is `line` a detail of a project or position ("Team Size: 12", "Environment: ...",
/// "Duration: ..."), which names neither a title nor an employer?
fn is_detail_line(line: &str) -> bool {
    const LABELS: &[&str] = &[
        "team size",
        "duration",
        "environment",
        "technologies",
        "technology",
        "tools",
        "tools used",
        "description",
        "project description",
        "location",
        "domain",
        "responsibilities",
        "operating system",
        "skills",
        "platform",
        "software",
    ];
    line_label(line).is_some_and(|(label, _)| {
        let label = label.trim_matches(|c: char| !c.is_alphanumeric());
        label.len() <= 20 && LABELS.iter().any(|l| l.eq_ignore_ascii_case(label))
    })
}

/// Does a skill's mention and an opening bracket come right before `at` ("Go (2019-2023)")?
fn after_a_skill(text: &str, at: usize, mentions: &[Mention]) -> bool {
    let Some(open) = text[..at].trim_end().strip_suffix('(') else {
        return false;
    };
    let end = open.trim_end().len();
    let i = mentions.partition_point(|m| m.start < end);
    mentions[..i].last().is_some_and(|m| m.end == end)
}

/// Is the date range `r` on a bulleted line (`before` and `after` are the line's text
/// around it) an event of the position before it, `last` ("• Nurse of the Year, May 2022",
/// "• Completed ACLS recertification (2021 - 2023)", and without its bullet "COVID-19
/// outbreak 2020–2021: cohorting, swabbing and ...")? It is when it falls within that
/// position's dates and the bullet's first part names no title ("• Senior Engineer, 2019 -
/// 2021" under the employer's dates is a promotion).
fn an_event_of(
    before: &str,
    after: &str,
    (r, years_only): (&DateRange, bool),
    last: Option<&DateRange>,
) -> bool {
    let Some(last) = last else {
        return false;
    };
    let body = before.trim_start();
    // Within the position's dates, by the year where the bullet gives years alone ("on
    // HealthWATCH (2016–2019)" under "09/2016 – 05/2021").
    let within = (r.start >= last.start || years_only && r.start.year() == last.start.year())
        && (r.end <= last.end || years_only && r.end.plus(-1).year() == last.end.plus(-1).year());
    // A bullet, or a line that lost its bullet and goes on after the dates with a colon
    // ("COVID-19 outbreak 2020–2021: cohorting, swabbing and ...").
    let goes_on = after
        .trim_start()
        .strip_prefix(':')
        .is_some_and(|rest| rest.split_whitespace().count() >= 3);
    if !(opens_with_bullet(body) || goes_on) || !within {
        return false;
    }
    let before = strip_bullets(body).trim();
    let part = if before.is_empty() {
        after.trim()
    } else {
        before
    };
    let first = part
        .split([',', '|', '(', ';', '–', '—'])
        .next()
        .unwrap_or("")
        .split(" - ")
        .next()
        .unwrap_or("")
        .trim();
    // An event reads as words ("Nurse of the Year", "Completed ACLS recertification",
    // "audit cycles"), not as a name ("Globex", "Team Lead").
    // (Or the line goes on as a sentence after a colon: "COVID-19 outbreak 2020–2021:
    // cohorting, swabbing and ...".)
    let words_of_an_event = first.split_whitespace().count() >= 3
        || first.is_empty()
        || first.starts_with(|c: char| c.is_lowercase())
        || goes_on;
    // (Not a promotion's title: "Software Development Engineer II 2018–2021: owned ...".)
    words_of_an_event && !ends_with_title_word(first) && !(goes_on && has_title_word(first))
}
