//! How a posting words the degrees it asks for: a degree still being studied for, "or
//! equivalent" experience in its place, and school qualifications beside a degree.

use super::super::education::Degree;
use super::super::words::Needles;

/// Whether the words just before a degree at `at` in a posting (`text`, and `lower` its
/// lower-cased copy) say it is still being studied for: "working towards a BS", "pursuing a
/// Bachelor's", "currently enrolled in a 4-year degree programme".
pub(super) fn degree_under_way(text: &str, lower: &str, at: usize) -> bool {
    static STUDYING: Needles = Needles::new(&[
        "working toward",
        "pursuing",
        "currently enrolled",
        "enrolled in",
        "enrolled at",
        "currently studying",
        "studying for",
        "studying toward",
        "final-year",
        "final year",
    ]);
    let mut lo = at.saturating_sub(60);
    while !lower.is_char_boundary(lo) {
        lo += 1;
    }
    let before = &lower[lo..at];
    // Its own line and sentence only: after the last line break, ";", or "." before white
    // space and a capital (not the dots of "pursuing a B.S. or M.S."; `lower` is lower
    // case, so the capital is read in `text`).
    let bytes = text.as_bytes();
    let cut = (lo..at)
        .rev()
        .find(|&i| {
            matches!(bytes[i], b'\n' | b';')
                || (bytes[i] == b'.'
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_whitespace)
                    && bytes.get(i + 2).is_some_and(u8::is_ascii_uppercase))
        })
        .map_or(lo, |i| i + 1);
    STUDYING.in_lower(&before[cut - lo..])
}

/// Where the posting requires its candidate to be a student without naming a degree under
/// way: "Must be enrolled full time at a 4-year accredited university", "must be currently
/// enrolled in a college program". `lower` is the lower-cased text and `entry` the
/// `Starts::entry` words, among which the word pass notes every "enrolled". The caller
/// decides whether what stands there is asked for (not under "Benefits", not a preference).
pub(super) fn enrolment_asked<'a>(
    lower: &'a str,
    entry: &'a [usize],
) -> impl Iterator<Item = usize> + 'a {
    const SCHOOLS: &[&str] = &["university", "college", "degree program", "school"];
    const ENROLLED: &str = "enrolled";
    entry.iter().copied().filter(move |&at| {
        let end = at + ENROLLED.len();
        if lower.get(at..end) != Some(ENROLLED) {
            return false;
        }
        // "be enrolled", "be currently enrolled" (a requirement of the candidate; not
        // "employees enrolled in the plan").
        let before = lower
            .get(at.saturating_sub(20)..at)
            .unwrap_or("")
            .trim_end();
        let after = lower.get(end..(end + 100).min(lower.len())).unwrap_or("");
        let clause = after.split(['\n', '.', ';']).next().unwrap_or("");
        (before.ends_with(" be") || before.ends_with(" be currently"))
            && SCHOOLS.iter().any(|w| clause.contains(w))
    })
}

/// Does a sentence (lower case) say "equivalent" of something other than a degree ("or
/// equivalent", "or equivalent experience", "equivalent combination of education and
/// experience"), which lets experience stand in for the degree? "Master's or equivalent
/// degree" and "a recognised equivalent qualification" name another degree.
pub(super) fn equivalent_not_a_degree(sentence_lower: &str) -> bool {
    const DEGREE_WORDS: &[&str] = &[
        "degree",
        "degrees",
        "qualification",
        "qualifications",
        "diploma",
        "foreign",
        "international",
        "overseas",
        "academic",
        "university",
        "educational",
        // "a PGCE, SCITT or equivalent initial teacher training route", "or an equivalent
        // certificate" (not "or equivalent training, fellowship or work experience").
        "route",
        "certificate",
        "programme",
        "program",
        "course",
    ];
    // Words that end the look for a degree's name ("or equivalent experience").
    const NOT_A_DEGREE: &[&str] = &["experience", "combination", "of", "and", "or", "in"];
    memchr::memmem::find_iter(sentence_lower.as_bytes(), b"equivalent").any(|i| {
        // The degree's name may come after a word or three ("or equivalent tertiary
        // qualification", "an equivalent professional qualification").
        !sentence_lower[i + "equivalent".len()..]
            .trim_start_matches([' ', ','])
            .split(|c: char| !c.is_ascii_alphabetic())
            .take(4)
            .take_while(|w| !w.is_empty() && !NOT_A_DEGREE.contains(w))
            .any(|w| DEGREE_WORDS.contains(&w))
    })
}

/// Does a sentence (lower case) say "equivalent" with "experience" or "work" among the
/// three words after it ("or equivalent experience", "or equivalent kitchen experience", "or
/// equivalent work history")? For a school's level, only that is experience in its place
/// ("High school diploma or equivalent" is a GED).
pub(super) fn equivalent_experience(sentence_lower: &str) -> bool {
    memchr::memmem::find_iter(sentence_lower.as_bytes(), b"equivalent ").any(|i| {
        sentence_lower[i + "equivalent ".len()..]
            .split(|c: char| !c.is_ascii_alphabetic() && c != '-')
            .take(3)
            .any(|w| w == "experience" || w == "work")
    })
}

/// Does `d` (a high-school level) name a school's qualification of the British and
/// Commonwealth kind (GCSE, GCE, NCEA, Matric, NVQ, BTEC, Leaving Certificate, Class XII,
/// A-levels)?
pub(super) fn names_school_qualification(text: &str, d: &Degree) -> bool {
    const NAMES: &[&str] = &[
        "gcse",
        "gce",
        "ncea",
        "matric",
        "national senior",
        "nvq",
        "btec",
        "leaving",
        "class",
        "a-level",
        "a level",
        "as-level",
        "as level",
        "o-level",
        "o level",
    ];
    let name = text.get(d.start..d.end).unwrap_or_default();
    NAMES.iter().any(|n| {
        name.get(..n.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(n))
    })
}

#[cfg(test)]
mod tests {
    use super::super::*;

    #[test]
    fn a_degree_under_way_is_no_degree_held() {
        let ex = Extractor::builtin();
        let job = Job::parse(
            "Requirements\n- Working towards a BS in Environmental Science or a related \
             field.\n- Field testing experience is a plus.\n",
            &ex,
        );
        assert!(job.education.as_ref().is_none_or(|e| !e.required));
        assert!(job.entry_level);
        assert_eq!(job.min_years, Some(0.0));
        // A degree held is still required beside one under way, and the job is no student's.
        let job = Job::parse(
            "Requirements\n- Bachelor's degree in Finance.\n- Candidates pursuing a Master's \
             degree are welcome.\n- 3+ years of experience in audit.\n",
            &ex,
        );
        let education = job.education.as_ref().expect("a degree");
        assert!(education.required);
        assert_eq!(education.level, crate::DegreeLevel::Bachelor);
        assert!(!job.entry_level);
        // Nor is it a student's job when it asks for years.
        let job = Job::parse(
            "Requirements\n- Candidates pursuing a Master's degree are welcome.\n\
             - 5+ years of experience in audit.\n",
            &ex,
        );
        assert!(!job.entry_level);
        // The dots of "B.S." end no sentence: both degrees are under way.
        let job = Job::parse(
            "Requirements\n- Currently pursuing a B.S. or M.S. in Computer Science.\n",
            &ex,
        );
        assert!(job.education.as_ref().is_none_or(|e| !e.required));
        assert!(job.entry_level);
    }

    #[test]
    fn a_candidate_who_must_be_enrolled_is_a_student() {
        let ex = Extractor::builtin();
        let student = |text: &str| {
            let job = Job::parse(text, &ex);
            (job.entry_level, job.min_years)
        };
        let intern = "Software Intern\n\nQualifications\n- Must be enrolled full time at a \
                      4-year university in Computer Science or Statistics.\n- Python.\n";
        assert_eq!(student(intern), (true, Some(0.0)));
        assert_eq!(
            student("Requirements\n- You must be currently enrolled in a college program.\n"),
            (true, Some(0.0))
        );
        // Enrolment in something other than a school, a plan's members, a preference, a
        // benefit, and a job that asks for years are no student's job.
        for text in [
            "Requirements\n- Must be enrolled in the company's safety training.\n",
            "Requirements\n- SQL.\n\nBenefits\n- Tuition aid for staff who must be \
             enrolled at a college.\n",
            "Requirements\n- SQL.\n- Being currently enrolled at a university is a plus.\n",
            "Requirements\n- Must be enrolled at a university.\n- 3+ years of SQL.\n",
        ] {
            assert!(!student(text).0, "{text}");
        }
    }

    #[test]
    fn a_degree_offered_as_another_way_may_be_replaced_by_experience() {
        let ex = Extractor::builtin();
        let job = Job::parse(
            "Requirements:\n- 10+ years of experience in Java, or 6 years with a PhD.\n",
            &ex,
        );
        let edu = job.education.as_ref().unwrap();
        assert_eq!(edu.level, DegreeLevel::Doctorate);
        assert!(edu.experience_may_replace);
        // Tiers stay requirements of their own.
        let job = Job::parse(
            "Requirements:\n- 3 years of experience with a Master's or 5 with a Bachelor's.\n",
            &ex,
        );
        assert!(!job.education.as_ref().unwrap().experience_may_replace);
        // Years offered after the degree.
        for text in [
            "Requirements:\n- A Bachelor's degree or 4+ years of relevant work experience\n",
            "Requirements:\n- Associate's degree or 2 years of relevant experience.\n",
            "Requirements:\n- Bachelor's degree plus 3 years of experience, or 7 years of \
             experience in lieu of a degree\n",
        ] {
            let job = Job::parse(text, &ex);
            assert!(
                job.education.as_ref().unwrap().experience_may_replace,
                "{text}"
            );
        }
        let job = Job::parse(
            "Requirements:\n- Master's or 5 years with a Bachelor's.\n",
            &ex,
        );
        assert!(!job.education.as_ref().unwrap().experience_may_replace);
        // "Or equivalent" lets experience stand in; "an equivalent degree" is another degree.
        for (text, replace) in [
            (
                "Requirements:\n- Bachelor's degree in Accounting or equivalent.\n",
                true,
            ),
            (
                "Requirements:\n- BS in Biology or equivalent practical experience.\n",
                true,
            ),
            (
                "Requirements:\n- Master's or equivalent degree in Computer Science.\n",
                false,
            ),
            // A school's level: a GED, unless experience is named.
            ("Requirements:\n- High school diploma or equivalent.\n", false),
            (
                "Requirements:\n- A degree (any subject) and a PGCE, School Direct, SCITT or \
                 equivalent initial teacher training route\n",
                false,
            ),
            (
                "Requirements:\n- NVQ Level 2 in Professional Cookery, or equivalent kitchen \
                 experience.\n",
                true,
            ),
            (
                "Requirements:\n- A degree in Law, or an equivalent foreign degree.\n",
                false,
            ),
            (
                "Requirements:\n- HND or equivalent qualification in Engineering.\n",
                false,
            ),
            (
                "Requirements:\n- Bachelor of Paramedicine (or equivalent tertiary qualification).\n",
                false,
            ),
            (
                "Requirements:\n- Bachelor's degree or equivalent work experience.\n",
                true,
            ),
            (
                "Requirements:\n- Bachelor's degree in Computer Science, or equivalent \
                 training, fellowship or work experience.\n",
                true,
            ),
            (
                "Requirements:\n- Master's or equivalent degree, or equivalent experience.\n",
                true,
            ),
        ] {
            let job = Job::parse(text, &ex);
            assert_eq!(
                job.education.as_ref().unwrap().experience_may_replace,
                replace,
                "{text}"
            );
        }
        // The degree that years replace asks for nothing when the posting names another;
        // alone, it is asked for.
        let job = Job::parse(
            "Education\nMaster's Degree Preferred In: Statistics\nAdditional experience will \
             be considered in lieu of an advanced degree.\n",
            &ex,
        );
        let edu = job.education.as_ref().unwrap();
        assert!(!edu.required && edu.experience_may_replace, "{edu:?}");
        for text in [
            "Requirements:\n- 8 years of experience in lieu of a Bachelor's degree\n",
            "Requirements:\n- 4 years of experience in lieu of a Bachelor's degree\n\
             Preferred:\n- Master's degree\n",
        ] {
            let job = Job::parse(text, &ex);
            let edu = job.education.as_ref().unwrap();
            assert!(
                edu.required && edu.level == DegreeLevel::Bachelor && edu.experience_may_replace,
                "{text}: {edu:?}"
            );
        }
        // A school's qualifications beside a degree asked for do not lower it.
        let job = Job::parse(
            "Requirements:\n- GCSE Maths and English\n- Degree in Mechanical Engineering\n",
            &ex,
        );
        assert_eq!(job.education.unwrap().level, DegreeLevel::Bachelor);
        let job = Job::parse(
            "Requirements:\n- A-levels or equivalent\n- Degree in Mechanical Engineering\n",
            &ex,
        );
        assert_eq!(job.education.unwrap().level, DegreeLevel::Bachelor);
        let job = Job::parse("Requirements:\n- GCSE Maths and English\n", &ex);
        assert_eq!(job.education.unwrap().level, DegreeLevel::HighSchool);
    }
}
