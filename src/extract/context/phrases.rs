//! Everyday phrases that hold a skill's name in another sense ("safe to say", "from
//! scratch", "Go live", "Sous Chef"), read before or after the match.

use super::{COUNT_WORDS, EVERYDAY_PHRASES};

/// The entries of `list` (grouped by `key`, the groups in order) whose key is `form` in
/// lower case (none when `form` is too long to be one).
fn phrases_of<'a>(
    list: &'a [(&'static str, &'static str)],
    key: fn(&(&'static str, &'static str)) -> &'static str,
    form: &str,
) -> &'a [(&'static str, &'static str)] {
    let mut buffer = [0u8; 16];
    let Some(lower) = buffer.get_mut(..form.len()) else {
        return &[];
    };
    lower.copy_from_slice(form.as_bytes());
    lower.make_ascii_lowercase();
    let lower: &[u8] = lower;
    let from = list.partition_point(|e| key(e).as_bytes() < lower);
    let to = from + list[from..].partition_point(|e| key(e).as_bytes() == lower);
    &list[from..to]
}

/// Does `form` begin one of the [`EVERYDAY_PHRASES`] or end one of the
/// [`EVERYDAY_LEADERS`] (so that the tests below are worth running for its matches)?
pub(crate) fn in_everyday_phrases(form: &str) -> bool {
    EVERYDAY_PHRASES
        .iter()
        .any(|(first, _)| first.eq_ignore_ascii_case(form))
        || EVERYDAY_LEADERS
            .iter()
            .any(|(_, second)| second.eq_ignore_ascii_case(form))
}

/// Does the match of `form` ending at `end` begin one of the [`EVERYDAY_PHRASES`]
/// (the next word after a space or a hyphen, in any case; an entry written with its hyphen,
/// "-to", after the hyphen only)?
pub(crate) fn everyday_phrase_follows(text: &str, end: usize, form: &str) -> bool {
    let rest = text.as_bytes().get(end..).unwrap_or(&[]);
    phrases_of(EVERYDAY_PHRASES, |p| p.0, form)
        .iter()
        .any(|(_, next)| {
            // A phrase written with its hyphen takes only that ("-to"); else a space or a
            // hyphen.
            let (rest, next) = match next.strip_prefix('-') {
                Some(word) if rest.first() == Some(&b'-') => (rest, word),
                Some(_) => return false,
                None if matches!(rest.first(), Some(b' ' | b'-')) => (rest, *next),
                None => return false,
            };
            let n = next.len();
            rest.len() > n
                && rest[1..=n].eq_ignore_ascii_case(next.as_bytes())
                && rest.get(n + 1).is_none_or(|b| !b.is_ascii_alphanumeric())
        })
}

/// Words and the form after them that together name something else: "American Express"
/// is a company, not Express.js; "Bluetooth Low Energy" no energy; a "Sous Chef" cooks,
/// Chef the tool configures; a "Positive Outlook" is no mail client.
pub(super) const EVERYDAY_LEADERS: &[(&str, &str)] = &[
    // A dental camera, no photography.
    ("intraoral", "camera"),
    ("intraoral", "cameras"),
    ("sous", "chef"),
    ("head", "chef"),
    ("commis", "chef"),
    ("demi", "chef"),
    ("trainee", "chef"),
    ("apprentice", "chef"),
    ("relief", "chef"),
    ("prep", "chef"),
    ("grill", "chef"),
    ("breakfast", "chef"),
    ("banquet", "chef"),
    ("executive", "chef"),
    ("pastry", "chef"),
    ("private", "chef"),
    ("personal", "chef"),
    ("line", "chef"),
    ("junior", "chef"),
    ("senior", "chef"),
    ("lowered", "cpa"),
    ("reduced", "cpa"),
    ("lower", "cpa"),
    ("reduce", "cpa"),
    ("cut", "cpa"),
    ("decreased", "cpa"),
    ("target", "cpa"),
    ("blended", "cpa"),
    ("improved", "cpa"),
    ("optimised", "cpa"),
    ("optimized", "cpa"),
    ("your", "cv"),
    ("my", "cv"),
    ("updated", "cv"),
    ("send", "cv"),
    ("submit", "cv"),
    ("attach", "cv"),
    ("his", "cv"),
    ("her", "cv"),
    ("their", "cv"),
    ("solar", "eclipse"),
    ("lunar", "eclipse"),
    ("low", "energy"),
    ("plain", "english"),
    ("american", "express"),
    ("fedex", "express"),
    // A record of past events, not the subject: "ticket history", "medical history".
    ("ticket", "history"),
    ("tickets", "history"),
    ("purchase", "history"),
    ("purchasing", "history"),
    ("credit", "history"),
    ("medical", "history"),
    ("work", "history"),
    ("employment", "history"),
    ("patient", "history"),
    ("order", "history"),
    ("transaction", "history"),
    ("payment", "history"),
    ("browsing", "history"),
    ("search", "history"),
    ("version", "history"),
    ("commit", "history"),
    ("service", "history"),
    ("maintenance", "history"),
    ("case", "history"),
    ("claims", "history"),
    ("salary", "history"),
    ("driving", "history"),
    ("chat", "history"),
    ("call", "history"),
    ("account", "history"),
    ("billing", "history"),
    ("family", "history"),
    ("equipment", "history"),
    ("asset", "history"),
    ("pricing", "history"),
    ("sales", "history"),
    ("job", "history"),
    // A state, not Eclipse Jersey.
    ("new", "jersey"),
    ("borehole", "logging"),
    ("well", "logging"),
    ("mud", "logging"),
    // Logic a machine or a program runs, not the study of reasoning ("PLC logic",
    // "business logic").
    ("plc", "logic"),
    ("relay", "logic"),
    ("control", "logic"),
    ("controls", "logic"),
    ("digital", "logic"),
    ("fuzzy", "logic"),
    ("business", "logic"),
    ("application", "logic"),
    ("backend", "logic"),
    ("back-end", "logic"),
    ("game", "logic"),
    ("combinational", "logic"),
    ("sequential", "logic"),
    ("body", "mechanics"),
    ("game", "mechanics"),
    ("gameplay", "mechanics"),
    ("core", "mechanics"),
    // The people, not the science: "directing mechanics" (and after a count, "a team of
    // six mechanics", "12 mechanics").
    ("directing", "mechanics"),
    ("directed", "mechanics"),
    ("supervising", "mechanics"),
    ("supervised", "mechanics"),
    ("supervise", "mechanics"),
    ("managing", "mechanics"),
    ("mentoring", "mechanics"),
    ("mentored", "mechanics"),
    ("coaching", "mechanics"),
    ("other", "mechanics"),
    ("fellow", "mechanics"),
    ("junior", "mechanics"),
    ("senior", "mechanics"),
    ("apprentice", "mechanics"),
    ("licensed", "mechanics"),
    ("certified", "mechanics"),
    ("sensor", "node"),
    ("lymph", "node"),
    ("positive", "outlook"),
    ("economic", "outlook"),
    ("market", "outlook"),
    ("financial", "outlook"),
    ("business", "outlook"),
    ("career", "outlook"),
    // A physiotherapist's or trainer's programme of exercise, no software.
    ("exercise", "programming"),
    // A nurse whom the writer assists, not a licence held ("Assisted the RN", "Assisted
    // RNs with admissions"). (Not after "the" alone: "The RN will assess patients" asks
    // for one.)
    ("assisted", "registered nurse"),
    ("assisting", "registered nurse"),
    ("supported", "registered nurse"),
    ("assisted the", "registered nurse"),
    ("assisting the", "registered nurse"),
    ("supported the", "registered nurse"),
    ("assisted", "rn"),
    ("assisting", "rn"),
    ("supported", "rn"),
    ("assisted the", "rn"),
    ("assisting the", "rn"),
    ("supported the", "rn"),
    // A plan of pay or savings, not the Scheme language ("Teachers' Pension Scheme").
    ("pension", "scheme"),
    ("pensions", "scheme"),
    ("bonus", "scheme"),
    ("incentive", "scheme"),
    ("retirement", "scheme"),
    // A programme of training ("Graduate Scheme"), no Scheme language.
    ("graduate", "scheme"),
    // Built anew, whatever the tools beside it ("planning models from scratch"), no
    // Scratch language.
    ("from", "scratch"),
    // Security that is no cyber security ("physical security", "job security").
    ("physical", "security"),
    ("site", "security"),
    ("building", "security"),
    ("campus", "security"),
    ("event", "security"),
    ("private", "security"),
    ("retail", "security"),
    ("hospital", "security"),
    ("airport", "security"),
    ("armed", "security"),
    ("unarmed", "security"),
    ("food", "security"),
    ("job", "security"),
    ("social", "security"),
    ("financial", "security"),
    // A British doctor's practice ("two GP surgeries"), no surgery.
    ("gp", "surgeries"),
    ("gp", "surgery"),
    // Tests that are no software testing ("audit testing", "drug testing").
    ("audit", "testing"),
    ("substantive", "testing"),
    ("drug", "testing"),
    ("blood", "testing"),
    ("lab", "testing"),
    ("laboratory", "testing"),
    ("soil", "testing"),
    ("water", "testing"),
    ("materials", "testing"),
    ("hearing", "testing"),
    ("vision", "testing"),
    ("standardized", "testing"),
    ("standardised", "testing"),
    ("consumer", "testing"),
    ("sensory", "testing"),
    ("taste", "testing"),
    ("covid", "testing"),
    ("covid-19", "testing"),
    ("itgc", "testing"),
    ("controls", "testing"),
    ("sox", "testing"),
    ("fluke", "testing"),
    ("cable", "testing"),
    ("continuity", "testing"),
    ("hydrostatic", "testing"),
    ("pressure", "testing"),
    ("leak", "testing"),
    ("emissions", "testing"),
    ("relay", "testing"),
    ("transformer", "testing"),
    ("insulation", "testing"),
    ("battery", "testing"),
    ("breaker", "testing"),
    ("ultrasonic", "testing"),
    ("weld", "testing"),
    ("concrete", "testing"),
    ("compaction", "testing"),
    ("well", "testing"),
    ("cycle", "testing"),
    ("emc", "testing"),
    ("emi", "testing"),
    ("esd", "testing"),
    ("biocompatibility", "testing"),
    ("environmental", "testing"),
    ("vibration", "testing"),
    ("fatigue", "testing"),
    ("tensile", "testing"),
    ("hardness", "testing"),
    ("destructive", "testing"),
    ("ndt", "testing"),
    ("penetrant", "testing"),
    ("radiographic", "testing"),
    ("flow", "testing"),
    ("pump", "testing"),
    ("dyno", "testing"),
    ("coating", "testing"),
    ("noise", "testing"),
    ("thermal", "testing"),
    ("shock", "testing"),
    ("humidity", "testing"),
    ("burn-in", "testing"),
    ("hipot", "testing"),
    ("megger", "testing"),
    ("calibration", "testing"),
    ("sterility", "testing"),
    ("microbial", "testing"),
    ("dissolution", "testing"),
    ("allergy", "testing"),
    ("genetic", "testing"),
    ("dna", "testing"),
    ("paternity", "testing"),
    ("urine", "testing"),
    ("hiv", "testing"),
    ("vehicle", "testing"),
    ("crash", "testing"),
    ("flight", "testing"),
    ("tunnel", "testing"),
    ("fire", "testing"),
    ("alarm", "testing"),
    ("sprinkler", "testing"),
    ("backflow", "testing"),
    ("asbestos", "testing"),
    ("radon", "testing"),
    ("mold", "testing"),
    ("gas", "testing"),
    ("smog", "testing"),
    ("comprehension", "testing"),
    ("content", "testing"),
    // The value of a thing, not of a company ("replacement cost valuation", "stock
    // valuation").
    ("property", "valuation"),
    ("estate", "valuation"),
    ("land", "valuation"),
    ("home", "valuation"),
    ("residential", "valuation"),
    ("rental", "valuation"),
    ("mortgage", "valuation"),
    ("cost", "valuation"),
    ("claim", "valuation"),
    ("claims", "valuation"),
    ("loss", "valuation"),
    ("damage", "valuation"),
    ("vehicle", "valuation"),
    ("equipment", "valuation"),
    ("machinery", "valuation"),
    ("stock", "valuation"),
    ("inventory", "valuation"),
    ("livestock", "valuation"),
    ("jewelry", "valuation"),
    ("jewellery", "valuation"),
    ("art", "valuation"),
    ("antique", "valuation"),
    ("probate", "valuation"),
    ("actuarial", "valuation"),
    ("pension", "valuation"),
    ("insurance", "valuation"),
];

/// Does the match of `form` starting at `start` end one of the [`EVERYDAY_LEADERS`]
/// (the word before it, after a space, in any case)?
pub(crate) fn everyday_phrase_precedes(text: &str, start: usize, form: &str) -> bool {
    let head = text.as_bytes().get(..start).unwrap_or(&[]);
    // After a count: nodes, not Node.js ("4-node RAC clusters", "multi-node",
    // "single-node"); mechanics the people, not the science ("12 mechanics", "six
    // mechanics").
    let counted = [("node", b'-'), ("mechanics", b' ')]
        .iter()
        .any(|&(counted, sep)| form.eq_ignore_ascii_case(counted) && head.last() == Some(&sep));
    if counted {
        let word = &head[..head.len() - 1];
        let from = word
            .iter()
            .rposition(|b| !b.is_ascii_alphanumeric())
            .map_or(0, |i| i + 1);
        let word = &word[from..];
        if !word.is_empty()
            && (word.iter().all(u8::is_ascii_digit)
                || COUNT_WORDS
                    .iter()
                    .any(|w| w.as_bytes().eq_ignore_ascii_case(word)))
        {
            return true;
        }
    }
    phrases_of(EVERYDAY_LEADERS, |p| p.1, form)
        .iter()
        .any(|(before, _)| {
            let n = before.len();
            head.last() == Some(&b' ')
                && head.len() > n
                && head[head.len() - 1 - n..head.len() - 1].eq_ignore_ascii_case(before.as_bytes())
                && (head.len() == n + 1 || !head[head.len() - 2 - n].is_ascii_alphanumeric())
        })
}
