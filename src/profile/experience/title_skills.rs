//! The trade skills a title names ("Welder", "Medical Coder", "Radiographer"), given to
//! the position that holds it.

use super::super::education::find_word;
use crate::extract::Mention;

/// Titles that name their trade's or profession's core skill (matched as whole words of a
/// position's title, in any case), and the skill's name in the taxonomy.
const TITLE_SKILLS: &[(&str, &str)] = &[
    ("graphic designer", "graphic design"),
    ("accountant", "accounting"),
    ("bookkeeper", "accounting"),
    ("welder", "welding techniques"),
    ("mechanical engineer", "mechanical engineering"),
    ("civil engineer", "civil engineering"),
    ("electrical engineer", "electrical engineering"),
    ("industrial engineer", "industrial engineering"),
    ("environmental engineer", "environmental engineering"),
    ("aerospace engineer", "aerospace engineering"),
    ("biomedical engineer", "biomedical engineering"),
    ("physical therapist", "physiotherapy"),
    ("physiotherapist", "physiotherapy"),
    ("surveyor", "surveying"),
    ("data scientist", "data science"),
    ("carpenter", "carpentry"),
    ("photographer", "photography"),
    ("plumber", "install plumbing systems"),
    ("data engineer", "data engineering"),
    ("product manager", "Product management"),
    ("project manager", "project management"),
    ("devops engineer", "DevOps"),
    ("ux designer", "UX design"),
    ("ui designer", "UI design"),
    ("software tester", "software testing"),
    ("frontend developer", "implement front-end website design"),
    ("frontend engineer", "implement front-end website design"),
    ("front-end developer", "implement front-end website design"),
    ("front-end engineer", "implement front-end website design"),
    ("front end developer", "implement front-end website design"),
    ("web developer", "web programming"),
    ("business analyst", "business analysis"),
    ("database administrator", "database"),
    (
        "occupational therapist",
        "apply techniques of occupational therapy",
    ),
    ("radiographer", "radiological photography"),
    ("radiologic technologist", "radiological photography"),
    ("paramedic", "principles of paramedic practice"),
    ("medical coder", "clinical coding"),
    ("pharmacist", "pharmacy practice"),
    ("teacher", "teach in academic or vocational contexts"),
    ("lecturer", "perform lectures"),
];

/// Adds a mention of the skill a position's title names ([`TITLE_SKILLS`]: "Graphic
/// Designer" has graphic design, "Staff Accountant" accounting) where the title stands,
/// unless a mention is already there. Only titles: elsewhere the words name other people
/// ("forward invoices to the accountant", "Mike Carpenter"). A taxonomy without the skill
/// gets none.
pub(super) fn add_title_skills(
    text: &str,
    titles: &[(usize, usize)],
    taxonomy: &crate::Taxonomy,
    mentions: &mut Vec<Mention>,
) {
    let before = mentions.len();
    for &(start, end) in titles {
        // (Lower-cased in ASCII only: the offsets stay the title's.)
        let title = text[start..end].to_ascii_lowercase();
        let title_words: Vec<&str> = title
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        for (words, skill_name) in TITLE_SKILLS {
            // A title has a few words: settled by the phrase's last one before any search.
            let ends_with_one = title_words.iter().any(|w| {
                words.ends_with(w)
                    && (words.len() == w.len()
                        || words.as_bytes()[words.len() - w.len() - 1] == b' ')
            });
            if !ends_with_one {
                continue;
            }
            let Some(at) = find_word(&title, words) else {
                continue;
            };
            let Some(skill) = taxonomy.find_index(skill_name) else {
                continue;
            };
            let (s, e) = (start + at, start + at + words.len());
            let taken = mentions[..before].iter().any(|m| {
                m.start < end && m.end > start && (m.skill == skill || m.start < e && m.end > s)
            });
            if !taken {
                mentions.push(Mention {
                    skill,
                    start: s,
                    end: e,
                    match_type: crate::extract::MatchType::Exact,
                });
            }
        }
    }
    if mentions.len() > before {
        mentions.sort_by_key(|m| (m.start, m.end));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_title_skill_is_in_the_built_in_taxonomy() {
        let taxonomy = crate::Taxonomy::builtin();
        for (title, skill) in TITLE_SKILLS {
            assert!(taxonomy.find_index(skill).is_some(), "{title}: {skill}");
        }
    }
}
