//! Fields of study as the ISCED-F 2013 classification (UNESCO Institute for Statistics)
//! groups them: a degree's field in words ("Civil Engineering", "Accounting and Finance")
//! read as the narrow fields it names ("Architecture and construction") and their broad
//! fields ("Engineering, manufacturing and construction"), so that the field a job asks
//! for and a candidate's can be compared. English names only; a field with no word the
//! table knows is unknown, and an unknown field is never held against a candidate.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The narrow fields of ISCED-F 2013 (its three-digit codes), in bit order.
const NARROW: [(u16, &str); 26] = [
    (11, "education"),
    (21, "arts"),
    (22, "humanities"),
    (23, "languages"),
    (31, "social and behavioural sciences"),
    (32, "journalism and information"),
    (41, "business and administration"),
    (42, "law"),
    (51, "biological and related sciences"),
    (52, "environment"),
    (53, "physical sciences"),
    (54, "mathematics and statistics"),
    (61, "information and communication technologies"),
    (71, "engineering and engineering trades"),
    (72, "manufacturing and processing"),
    (73, "architecture and construction"),
    (81, "agriculture"),
    (82, "forestry"),
    (83, "fisheries"),
    (84, "veterinary"),
    (91, "health"),
    (92, "welfare"),
    (101, "personal services"),
    (102, "hygiene and occupational health services"),
    (103, "security services"),
    (104, "transport services"),
];

/// The words and phrases of fields of study (lower case, words joined by one space), and
/// the narrow fields (codes) they name.
const TERMS: &[(&str, &[u16])] = &[
    // 011 Education
    ("education", &[11]),
    ("teaching", &[11]),
    ("pedagogy", &[11]),
    ("early childhood", &[11]),
    ("special education", &[11]),
    ("teacher training", &[11]),
    ("physical education", &[11, 101]),
    // 021 Arts
    ("fine arts", &[21]),
    ("fine art", &[21]),
    ("art", &[21]),
    ("applied arts", &[21]),
    ("visual arts", &[21]),
    ("performing arts", &[21]),
    ("painting", &[21]),
    ("sculpture", &[21]),
    ("design", &[21]),
    ("music", &[21]),
    ("theatre", &[21]),
    ("theater", &[21]),
    ("drama", &[21]),
    ("dance", &[21]),
    ("film", &[21]),
    ("photography", &[21]),
    ("animation", &[21]),
    ("multimedia", &[21]),
    ("visual communication", &[21]),
    // 022 Humanities
    ("history", &[22]),
    ("philosophy", &[22]),
    ("theology", &[22]),
    ("religion", &[22]),
    ("religious studies", &[22]),
    ("archaeology", &[22]),
    ("humanities", &[22]),
    ("liberal arts", &[22]),
    ("classics", &[22]),
    // 023 Languages
    ("english", &[23]),
    ("literature", &[23]),
    ("linguistics", &[23]),
    ("languages", &[23]),
    ("french", &[23]),
    ("german", &[23]),
    ("spanish", &[23]),
    ("hindi", &[23]),
    ("translation", &[23]),
    // 031 Social and behavioural sciences
    ("economics", &[31]),
    ("psychology", &[31]),
    ("sociology", &[31]),
    ("political science", &[31]),
    ("politics", &[31]),
    ("anthropology", &[31]),
    ("social sciences", &[31]),
    ("social science", &[31]),
    ("international relations", &[31]),
    ("public policy", &[31]),
    ("criminology", &[31]),
    ("econometrics", &[31]),
    ("human factors", &[31]),
    // 032 Journalism and information
    ("journalism", &[32]),
    ("mass communication", &[32]),
    ("mass media", &[32]),
    ("media", &[32]),
    ("communication", &[32]),
    ("communications", &[32]),
    ("library science", &[32]),
    ("information science", &[32]),
    // 041 Business and administration
    ("business", &[41]),
    ("commerce", &[41]),
    ("accounting", &[41]),
    ("accountancy", &[41]),
    ("finance", &[41]),
    ("financial", &[41]),
    ("banking", &[41]),
    ("insurance", &[41]),
    ("marketing", &[41]),
    ("advertising", &[41]),
    ("human resources", &[41]),
    ("human resource", &[41]),
    ("hr", &[41]),
    ("supply chain", &[41]),
    ("logistics", &[41, 104]),
    ("bba", &[41]),
    ("mba", &[41]),
    ("entrepreneurship", &[41]),
    ("sales", &[41]),
    ("retail", &[41]),
    ("taxation", &[41]),
    ("auditing", &[41]),
    ("payroll", &[41]),
    ("purchasing", &[41]),
    ("procurement", &[41]),
    ("public relations", &[41]),
    // 042 Law
    ("law", &[42]),
    ("laws", &[42]),
    ("legal", &[42]),
    ("llb", &[42]),
    ("jurisprudence", &[42]),
    // 051 Biological and related sciences
    ("biology", &[51]),
    ("biological", &[51]),
    ("biochemistry", &[51]),
    ("microbiology", &[51]),
    ("biotechnology", &[51]),
    ("bioinformatics", &[51, 61]),
    ("bio informatics", &[51, 61]),
    ("zoology", &[51]),
    ("botany", &[51]),
    ("genetics", &[51]),
    ("life sciences", &[51]),
    ("life science", &[51]),
    ("natural sciences", &[51, 53]),
    ("natural science", &[51, 53]),
    ("marine biology", &[51]),
    ("marine science", &[51]),
    ("neuroscience", &[51]),
    // 052 Environment
    ("environmental", &[52]),
    ("ecology", &[52]),
    ("environmental engineering", &[52, 71]),
    // 053 Physical sciences
    ("physics", &[53]),
    ("chemistry", &[53]),
    ("geology", &[53]),
    ("earth science", &[53]),
    ("earth sciences", &[53]),
    ("geography", &[53]),
    ("astronomy", &[53]),
    ("physical sciences", &[53]),
    ("physical science", &[53]),
    // "Chemical Sciences", or "B.Tech (Chemical)": engineering too.
    ("chemical", &[53, 71]),
    // 054 Mathematics and statistics
    ("mathematics", &[54]),
    ("maths", &[54]),
    ("math", &[54]),
    ("statistics", &[54]),
    ("statistical", &[54]),
    ("actuarial", &[54]),
    ("operations research", &[54]),
    ("analytics", &[54]),
    // 061 Information and communication technologies
    ("computer", &[61]),
    ("computers", &[61]),
    ("computing", &[61]),
    ("informatics", &[61]),
    ("information technology", &[61]),
    ("information and communication technology", &[61]),
    ("information and communication technologies", &[61]),
    ("information and communications technology", &[61]),
    ("information systems", &[61]),
    ("information security", &[61]),
    ("it", &[61]),
    ("cs", &[61]),
    ("cse", &[61]),
    ("mca", &[61]),
    ("bca", &[61]),
    ("ict", &[61]),
    ("cybersecurity", &[61]),
    ("cyber security", &[61]),
    ("software", &[61]),
    ("data science", &[61]),
    ("artificial intelligence", &[61]),
    ("machine learning", &[61]),
    ("networking", &[61]),
    ("hci", &[61, 31]),
    ("human computer interaction", &[61, 31]),
    // 071 Engineering and engineering trades
    ("mechanical", &[71]),
    ("electrical", &[71]),
    ("electronics", &[71]),
    ("electronics and communication", &[71]),
    ("electronics and communications", &[71]),
    ("electronics and telecommunication", &[71]),
    ("communication engineering", &[71]),
    ("communications engineering", &[71]),
    ("engineering design", &[71]),
    ("electronic", &[71]),
    ("eee", &[71]),
    ("ece", &[71]),
    ("ee", &[71]),
    ("extc", &[71]),
    ("entc", &[71]),
    ("telecommunication", &[71]),
    ("telecommunications", &[71]),
    ("instrumentation", &[71]),
    ("mechatronics", &[71]),
    ("automation", &[71]),
    ("robotics", &[71]),
    ("aerospace", &[71]),
    ("aeronautical", &[71]),
    ("aeronautics", &[71]),
    ("automobile", &[71]),
    ("automotive", &[71]),
    ("power systems", &[71]),
    ("energy", &[71]),
    ("machine design", &[71]),
    ("thermal", &[71]),
    ("chemical engineering", &[71]),
    ("industrial engineering", &[71]),
    ("production engineering", &[71]),
    ("marine engineering", &[71]),
    ("biomedical", &[71]),
    // 072 Manufacturing and processing
    ("manufacturing", &[72]),
    ("textile", &[72]),
    ("textiles", &[72]),
    ("food technology", &[72]),
    ("food science", &[72]),
    ("mining", &[72]),
    ("petroleum", &[72]),
    ("metallurgy", &[72]),
    ("materials", &[72]),
    // 073 Architecture and construction
    ("civil", &[73]),
    ("structural", &[73]),
    ("construction", &[73]),
    ("architecture", &[73]),
    ("architectural", &[73]),
    ("town planning", &[73]),
    ("urban planning", &[73]),
    ("surveying", &[73]),
    ("quantity surveying", &[73]),
    // 081-084 Agriculture, forestry, fisheries, veterinary
    ("agriculture", &[81]),
    ("agricultural", &[81]),
    ("horticulture", &[81]),
    ("agronomy", &[81]),
    ("forestry", &[82]),
    ("fisheries", &[83]),
    ("aquaculture", &[83]),
    ("veterinary", &[84]),
    // 091 Health
    ("medicine", &[91]),
    ("medical", &[91]),
    ("nursing", &[91]),
    ("midwifery", &[91]),
    ("pharmacy", &[91]),
    ("pharmaceutical", &[91]),
    ("pharmacology", &[91]),
    ("public health", &[91]),
    ("dentistry", &[91]),
    ("dental", &[91]),
    ("physical therapy", &[91]),
    ("physiotherapy", &[91]),
    ("occupational therapy", &[91]),
    ("therapy", &[91]),
    ("rehabilitation", &[91]),
    ("radiography", &[91]),
    ("radiology", &[91]),
    ("nutrition", &[91]),
    ("dietetics", &[91]),
    ("health", &[91]),
    ("health sciences", &[91]),
    ("health science", &[91]),
    ("healthcare", &[91]),
    ("health care", &[91]),
    ("optometry", &[91]),
    ("paramedic", &[91]),
    // 092 Welfare
    ("social work", &[92]),
    ("counselling", &[92]),
    ("counseling", &[92]),
    ("child care", &[92]),
    // 101 Personal services
    ("hospitality", &[101]),
    ("hotel management", &[101]),
    ("tourism", &[101]),
    ("travel", &[101]),
    ("culinary", &[101]),
    ("catering", &[101]),
    ("sports", &[101]),
    ("sport", &[101]),
    ("sports science", &[101]),
    ("exercise science", &[101]),
    ("kinesiology", &[101]),
    ("fitness", &[101]),
    ("beauty", &[101]),
    ("spa", &[101]),
    ("cosmetology", &[101]),
    // 102-104 Occupational health, security, transport
    ("occupational health", &[102]),
    ("occupational safety", &[102]),
    ("health and safety", &[102]),
    ("military", &[103]),
    ("defence", &[103]),
    ("defense", &[103]),
    ("criminal justice", &[103]),
    ("fire science", &[103]),
    ("law enforcement", &[103]),
    ("police", &[103]),
    ("policing", &[103]),
    ("aviation", &[104]),
    ("transportation", &[104]),
    ("transport", &[104]),
];

/// Words that name a broad field only ("Bachelor of Engineering" may be in computing),
/// counted only when the field names nothing narrower: the broad fields (first digits).
const GENERIC: &[(&str, &[u16])] = &[
    ("engineering", &[6, 7]),
    ("technology", &[6, 7]),
    ("arts", &[2, 3]),
];

/// Words of business counted only when the field names nothing else ("Business
/// Administration", "Public Administration"; not "Construction Management").
const MANAGEMENT: &[&str] = &["management", "administration"];

/// Bit layout: narrow fields in bits 0-25, the broad fields (01-10) of every field named
/// in bits 32-41, and the broad fields named only as broad ones in bits 44-53.
const BROAD_SHIFT: u32 = 32;
const BROAD_ONLY_SHIFT: u32 = 44;
const NARROW_MASK: u64 = (1 << NARROW.len()) - 1;
const BROAD_MASK: u64 = 0x3ff << BROAD_SHIFT;
/// The broad fields of science, technology, engineering and mathematics (05, 06, 07),
/// which count as related to one another.
const STEM: u64 = 0b111 << (BROAD_SHIFT + 4);
/// From the broad fields' bits to the broad-only ones.
const TO_BROAD_ONLY: u32 = BROAD_ONLY_SHIFT - BROAD_SHIFT;
/// Every bit a set may hold.
const ALL_BITS: u64 = NARROW_MASK | BROAD_MASK | BROAD_MASK << TO_BROAD_ONLY;
/// In a candidate's [`FieldClasses::key`]: no known field (a bit no set holds).
const UNKNOWN: u64 = 1 << 31;

/// The fields a job asks for, made ready to test many candidates' keys
/// ([`FieldClasses::key`]) with two masks: a candidate in the same field has a bit of
/// `same`, one in a related field a bit of `related`. Unknown fields on either side are
/// the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FieldTest {
    same: u64,
    related: u64,
    /// The fields are asked of the required degree (else of a preferred one only).
    pub(crate) of_required: bool,
}

impl FieldTest {
    /// The share of a required degree's credit kept by the candidate with `key` (only its
    /// low 56 bits are read).
    #[inline]
    pub(crate) fn credit(self, key: u64) -> f64 {
        use std::hint::select_unpredictable as select;
        select(
            key & self.same != 0,
            1.0,
            select(
                key & self.related != 0,
                RELATED_FIELD_CREDIT,
                UNRELATED_FIELD_CREDIT,
            ),
        )
    }
}

/// How a candidate's field of study stands to the one a job asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldFit {
    /// A narrow field in common, or a broad field named without a narrower one that the
    /// other's fields fall under ("Engineering" and "Civil Engineering").
    Same,
    /// The same broad field ("Civil Engineering" and "Mechanical Engineering"), or both in
    /// science, technology, engineering and mathematics.
    Related,
    /// Nothing in common.
    Unrelated,
}

impl FieldFit {
    /// The share of the required degree's credit this fit keeps: 1, 0.75 and 0.5.
    pub fn credit(self) -> f64 {
        match self {
            FieldFit::Same => 1.0,
            FieldFit::Related => RELATED_FIELD_CREDIT,
            FieldFit::Unrelated => UNRELATED_FIELD_CREDIT,
        }
    }

    /// Its name, as serialised ("same", "related", "unrelated").
    pub fn as_str(self) -> &'static str {
        match self {
            FieldFit::Same => "same",
            FieldFit::Related => "related",
            FieldFit::Unrelated => "unrelated",
        }
    }
}

/// The share of a required degree's credit kept by a degree in a related field.
pub const RELATED_FIELD_CREDIT: f64 = 0.75;
/// The share of a required degree's credit kept by a degree in an unrelated field.
pub const UNRELATED_FIELD_CREDIT: f64 = 0.5;

/// The fields of study that one or more fields in words name, as a set of ISCED-F 2013
/// narrow and broad fields; empty when none is known.
///
/// ```
/// use jobmatch::{FieldClasses, FieldFit};
/// let asked = FieldClasses::of(["Civil Engineering", "Construction Management"]);
/// assert_eq!(asked.narrow_names(), ["architecture and construction"]);
/// assert_eq!(FieldClasses::of(["Structural Engineering"]).fit(asked), Some(FieldFit::Same));
/// assert_eq!(FieldClasses::of(["Mechanical Engineering"]).fit(asked), Some(FieldFit::Related));
/// assert_eq!(FieldClasses::of(["Journalism"]).fit(asked), Some(FieldFit::Unrelated));
/// assert_eq!(FieldClasses::of(["Underwater Basket Weaving"]).fit(asked), None);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct FieldClasses(u64);

/// The terms by their first word: (the words after it, the bits they name).
type TermIndex = HashMap<&'static str, Vec<(Vec<&'static str>, u64)>>;

fn terms() -> &'static TermIndex {
    static TERMS_BY_WORD: OnceLock<TermIndex> = OnceLock::new();
    TERMS_BY_WORD.get_or_init(|| {
        let mut index: TermIndex = HashMap::new();
        for &(term, codes) in TERMS {
            let mut words = term.split(' ');
            let first = words.next().unwrap_or_default();
            let bits = codes.iter().fold(0, |b, &c| b | narrow_bit(c));
            let entry = index.entry(first).or_default();
            entry.push((words.collect(), bits));
            // The longest phrase first.
            entry.sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
        }
        index
    })
}

/// How many of `words` (in lower case, the first at least) name a field of study as the
/// table has it: the longest of its terms they begin with ("human resources": 2,
/// "psychology": 1), or a broad or management word alone ("engineering"); 0 when they
/// begin none. Abbreviations ("it", "hr", "cs") count only in capitals, which their
/// lower-case forms are not.
pub(super) fn field_term_len(words: &[&str]) -> usize {
    let Some(&first) = words.first() else {
        return 0;
    };
    if first.len() < 4 && !matches!(first, "law" | "art" | "math") {
        return 0;
    }
    let term = terms().get(first).and_then(|entries| {
        entries.iter().find(|(rest, _)| {
            words.len() > rest.len() && rest.iter().zip(&words[1..]).all(|(a, b)| a == b)
        })
    });
    match term {
        Some((rest, _)) => 1 + rest.len(),
        None => {
            usize::from(GENERIC.iter().any(|(g, _)| *g == first) || MANAGEMENT.contains(&first))
        }
    }
}

/// The bit of the narrow field `code` (with its broad field's), 0 for an unknown code.
fn narrow_bit(code: u16) -> u64 {
    NARROW
        .iter()
        .position(|&(c, _)| c == code)
        .map_or(0, |i| 1 << i | broad_bit(code / 10))
}

/// The bit of the broad field `code` (1-10) among the broad fields.
fn broad_bit(code: u16) -> u64 {
    1 << (BROAD_SHIFT + u32::from(code.clamp(1, 10)) - 1)
}

impl FieldClasses {
    /// The fields of study that `fields` name, together.
    pub fn of<S: AsRef<str>>(fields: impl IntoIterator<Item = S>) -> FieldClasses {
        fields.into_iter().fold(FieldClasses(0), |acc, f| {
            acc.union(Self::of_one(f.as_ref()))
        })
    }

    /// The fields of study one field in words names. Longer fields (past 200 bytes) are
    /// read up to there.
    fn of_one(field: &str) -> FieldClasses {
        let mut cut = field.len().min(200);
        while !field.is_char_boundary(cut) {
            cut -= 1;
        }
        // "Electrical & Electronics": "&" is "and".
        let lower = field[..cut].to_lowercase().replace('&', " and ");
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let index = terms();
        let mut bits = 0;
        let mut i = 0;
        while i < words.len() {
            let hit = index.get(words[i]).and_then(|entries| {
                entries.iter().find(|(rest, _)| {
                    words.len() > i + rest.len()
                        && rest.iter().zip(&words[i + 1..]).all(|(a, b)| a == b)
                })
            });
            match hit {
                Some((rest, b)) => {
                    bits |= b;
                    i += 1 + rest.len();
                }
                None => i += 1,
            }
        }
        // Without a narrower word: management ("Engineering Management" is business and
        // an engineering, "Business Administration" business) and the broad words.
        if bits == 0 {
            if words.iter().any(|w| MANAGEMENT.contains(w)) {
                bits = narrow_bit(41);
            }
            for &(word, broad) in GENERIC {
                if words.contains(&word) {
                    for &b in broad {
                        bits |= broad_bit(b) | broad_bit(b) << TO_BROAD_ONLY;
                    }
                }
            }
        }
        FieldClasses(bits)
    }

    /// Both sets together.
    pub fn union(self, other: FieldClasses) -> FieldClasses {
        FieldClasses(self.0 | other.0)
    }

    /// No known field.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The names of the narrow fields in the set, in ISCED order.
    pub fn narrow_names(self) -> Vec<&'static str> {
        NARROW
            .iter()
            .enumerate()
            .filter(|&(i, _)| self.0 >> i & 1 == 1)
            .map(|(_, &(_, name))| name)
            .collect()
    }

    /// How a candidate with these fields stands to a job asking for `asked`; `None` when
    /// either is unknown.
    pub fn fit(self, asked: FieldClasses) -> Option<FieldFit> {
        if self.0 == 0 || asked.0 == 0 {
            return None;
        }
        // The masks of the scoring loops ([`FieldClasses::test`]) say it.
        let t = asked.test();
        Some(if self.0 & t.same != 0 {
            FieldFit::Same
        } else if self.0 & t.related != 0 {
            FieldFit::Related
        } else {
            FieldFit::Unrelated
        })
    }

    /// The share of a required degree's credit that a candidate with these fields keeps
    /// against `asked` ([`FieldFit::credit`]; 1 when either is unknown).
    pub fn credit(self, asked: FieldClasses) -> f64 {
        asked.test().credit(self.key())
    }

    /// A candidate's fields as [`FieldTest::credit`] reads them: the set's bits, or a bit
    /// of their own when none is known (56 bits in all).
    pub(crate) fn key(self) -> u64 {
        if self.0 == 0 {
            UNKNOWN
        } else {
            self.0
        }
    }

    /// The job's fields made ready for [`FieldTest::credit`], which gives what
    /// [`FieldClasses::credit`] gives against them.
    pub(crate) fn test(self) -> FieldTest {
        self.test_for(false, true)
    }

    /// [`FieldClasses::test`], a related field counting as the same when `related` (the
    /// job welcomes one: "or a related field"), the fields asked of the required degree
    /// or (`of_required` false) of a preferred one only.
    pub(crate) fn test_for(self, related: bool, of_required: bool) -> FieldTest {
        let j = self.0;
        if j == 0 {
            return FieldTest {
                same: ALL_BITS | UNKNOWN,
                related: 0,
                of_required,
            };
        }
        let broad = j & BROAD_MASK;
        let related_mask = broad | if j & STEM != 0 { STEM } else { 0 };
        FieldTest {
            // A narrow field in common; the candidate's broad-only field among the job's
            // broad fields; the job's broad-only field among the candidate's.
            same: j & NARROW_MASK
                | broad << TO_BROAD_ONLY
                | (j >> TO_BROAD_ONLY) & BROAD_MASK
                | UNKNOWN
                | if related { related_mask } else { 0 },
            related: related_mask,
            of_required,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fit(candidate: &[&str], asked: &[&str]) -> Option<FieldFit> {
        FieldClasses::of(candidate).fit(FieldClasses::of(asked))
    }

    #[test]
    fn fields_compare_by_their_isced_classes() {
        use FieldFit::*;
        for (candidate, asked, want) in [
            (
                &["Computer Science"][..],
                &["Computer Science", "IT"][..],
                Some(Same),
            ),
            (
                &["Information Technology"],
                &["Computer Science"],
                Some(Same),
            ),
            (
                &["Electrical & Electronics Engineering"],
                &["Electrical Engineering"],
                Some(Same),
            ),
            (
                &["Nutrition"],
                &["Physical Education", "Sports Science", "Physiotherapy"],
                Some(Same),
            ),
            // "B.Tech (Chemical)" is chemical engineering; "Chemical Sciences" chemistry.
            (
                &["Chemical"],
                &["Chemical Engineering", "Process Engineering"],
                Some(Same),
            ),
            (&["Chemical Sciences"], &["Chemistry"], Some(Same)),
            (
                &["Marine Biology"],
                &["Mechanical Engineering"],
                Some(Related),
            ),
            (
                &["Electronics and Communication Engineering"],
                &["Journalism"],
                Some(Unrelated),
            ),
            (
                &["Information and Communication Technology"],
                &["Computer Science"],
                Some(Same),
            ),
            (&["Engineering Management"], &["Engineering"], Some(Same)),
            // A broad field alone meets what falls under it, either way.
            (&["Engineering"], &["Civil Engineering"], Some(Same)),
            (&["Civil Engineering"], &["Engineering"], Some(Same)),
            (&["Computer Science"], &["Engineering"], Some(Same)),
            // "Management" is business only when nothing else is named.
            (
                &["Hospitality Management"],
                &["Business Administration"],
                Some(Unrelated),
            ),
            (
                &["Construction Management"],
                &["Civil Engineering"],
                Some(Same),
            ),
            (&["Public Administration"], &["Business"], Some(Same)),
            // The same broad field, or both in STEM.
            (
                &["Mechanical Engineering"],
                &["Civil Engineering"],
                Some(Related),
            ),
            (&["Commerce"], &["Law"], Some(Related)),
            (
                &["Electronics & Communication"],
                &["Statistics", "Computer Science"],
                Some(Related),
            ),
            (&["Journalism"], &["Civil Engineering"], Some(Unrelated)),
            (&["Psychology"], &["Nursing"], Some(Unrelated)),
            // Unknown on either side.
            (&["Underwater Basket Weaving"], &["Law"], None),
            (&["Law"], &[], None),
            (&["Science"], &["Law"], None),
        ] {
            assert_eq!(
                fit(candidate, asked),
                want,
                "{candidate:?} against {asked:?}"
            );
        }
    }

    #[test]
    fn phrases_take_precedence_over_their_words() {
        // "Social Work" is welfare, not "work"; "Computer Science and Mathematics" two
        // fields; case, "&" and punctuation do not matter.
        assert_eq!(
            FieldClasses::of(["SOCIAL WORK"]).narrow_names(),
            ["welfare"]
        );
        assert_eq!(
            FieldClasses::of(["Computer Science and Mathematics"]).narrow_names(),
            [
                "mathematics and statistics",
                "information and communication technologies"
            ]
        );
        assert_eq!(
            FieldClasses::of(["Health&Safety"]).narrow_names(),
            ["hygiene and occupational health services"]
        );
        assert!(FieldClasses::of(["", "  ", "Title"]).is_empty());
        // Long and non-ASCII text is read safely.
        let long = "é".repeat(10_000) + " Law";
        assert!(FieldClasses::of([long.as_str()]).is_empty());
        assert_eq!(FieldClasses::of(["Derecho, Law"]).narrow_names(), ["law"]);
    }

    #[test]
    fn credits_are_the_documented_shares() {
        let asked = FieldClasses::of(["Civil Engineering"]);
        assert_eq!(FieldClasses::of(["Civil"]).credit(asked), 1.0);
        assert_eq!(FieldClasses::of(["Mechanical"]).credit(asked), 0.75);
        assert_eq!(FieldClasses::of(["History"]).credit(asked), 0.5);
        assert_eq!(FieldClasses::default().credit(asked), 1.0);
    }

    #[test]
    fn the_test_of_the_scoring_loops_gives_the_credit() {
        // Every pair of a sample of fields, known and unknown: the two masks give what
        // the comparison of the sets gives.
        let sample = [
            "",
            "Law",
            "Commerce",
            "Engineering",
            "Arts",
            "Computer Science",
            "Civil",
            "Mechanical Engineering",
            "Statistics",
            "Nursing",
            "Journalism",
            "Social Work",
            "Physical Education",
            "Bioinformatics",
            "Technology",
            "Hospitality Management",
        ];
        let sets: Vec<FieldClasses> = sample
            .iter()
            .map(|f| FieldClasses::of([*f]))
            .chain([FieldClasses::of(sample)])
            .collect();
        for &asked in &sets {
            for &theirs in &sets {
                let want = theirs.fit(asked).map_or(1.0, FieldFit::credit);
                // The rank the index packs above the key does not disturb it.
                let key = theirs.key() | 7 << 56;
                assert_eq!(
                    asked.test().credit(key),
                    want,
                    "{theirs:?} against {asked:?}"
                );
            }
        }
    }
}
