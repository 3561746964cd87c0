//! The skill extractor: one pass of a multi-pattern automaton, tried only at word starts.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::boundary::{end_ok, end_ok_after_word, is_word_char, start_ok};
use super::context::{self, Risk};
use super::fuzzy::FuzzyIndex;
use super::inflect;
use super::invisible::Visible;
use super::prefilter::{
    after_first_word, skip_word_tail, Inflections, StateId, Step, WordAutomaton, ROOT,
};
use super::tokens::{read_word, Tokens, Word};
use super::trie::{Trie, MAX_ENDS, NONE};
use crate::error::{Error, ErrorKind, Result};
use crate::taxonomy::{Skill, SkillIndex, SkillKind, Taxonomy};

/// How a mention was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MatchType {
    /// A surface form of the taxonomy, matched ASCII case-insensitively.
    Exact,
    /// A misspelling within a small edit distance of a surface form (opt-in).
    Fuzzy,
    /// A verb phrase of the taxonomy with its verb inflected: "Managed budgets" for
    /// "manage budgets", "leads a team" for "lead a team", "taught English" for "teach
    /// English" (only multi-word forms of hard and soft skills, and only their first
    /// word); or a multi-word form of a hard or soft skill or of knowledge with its last
    /// word in the plural: "operate tower cranes" for "operate tower crane".
    Inflected,
}

impl MatchType {
    /// The name: `"exact"`, `"fuzzy"` or `"inflected"` (as in JSON).
    pub fn as_str(self) -> &'static str {
        match self {
            MatchType::Exact => "exact",
            MatchType::Fuzzy => "fuzzy",
            MatchType::Inflected => "inflected",
        }
    }

    /// The match type of a name given by [`MatchType::as_str`].
    pub fn from_name(name: &str) -> Option<MatchType> {
        [MatchType::Exact, MatchType::Fuzzy, MatchType::Inflected]
            .into_iter()
            .find(|m| m.as_str() == name)
    }
}

/// One skill found in a text.
///
/// Offsets are byte offsets into the text that was searched (`text[start..end]` is the
/// matched text); they always fall on character boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Mention {
    /// Index of the skill in the extractor's taxonomy ([`Extractor::skill`]).
    pub skill: SkillIndex,
    /// Byte offset of the first matched byte.
    pub start: usize,
    /// Byte offset one past the last matched byte.
    pub end: usize,
    /// Exact or fuzzy.
    pub match_type: MatchType,
}

impl Mention {
    /// The matched text.
    pub fn text<'a>(&self, haystack: &'a str) -> &'a str {
        haystack.get(self.start..self.end).unwrap_or("")
    }
}

/// Options for building an [`Extractor`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ExtractorOptions {
    /// Also match misspellings of technology names ("Javscript", "Kubernets"). Off by
    /// default; when off it costs nothing.
    pub fuzzy: bool,
    /// Fuzzy matching ignores words shorter than this (at least 5).
    pub fuzzy_min_len: usize,
}

impl Default for ExtractorOptions {
    fn default() -> Self {
        ExtractorOptions {
            fuzzy: false,
            fuzzy_min_len: 6,
        }
    }
}

impl ExtractorOptions {
    /// Turns fuzzy matching on or off.
    pub fn fuzzy(mut self, on: bool) -> Self {
        self.fuzzy = on;
        self
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Pattern {
    pub(crate) skill: SkillIndex,
    pub(crate) risk: Risk,
    /// Is the skill a technology (one that nearby technology mentions confirm)?
    tech: bool,
    /// Can the form's own capitals mark it as a name ("Spark", "ML", "Polish"; not "CV",
    /// "excel", nor "Management" of a soft skill)?
    casing_counts: bool,
    /// A risky capitalised everyday word that is one word of its skill's longer name
    /// ("Project" of "Microsoft Project", "Teams" of "Microsoft Teams"; see
    /// [`context::is_everyday_word`]): in lower case it is the word.
    part_of_name: bool,
    /// In lower case, is the form the everyday word, even beside technologies? True for
    /// `part_of_name` forms and for those of [`context::is_word_in_lower_case`] ("trade
    /// scheme planning", "built from scratch").
    lower_is_word: bool,
    /// Does the form begin or end an everyday phrase ("Go live", "Sous Chef"; see
    /// [`context::in_everyday_phrases`])?
    in_phrases: bool,
    /// Is the form an everyday name of a field of work of a skill that is no technology
    /// ("sales", "inventory"; see [`context::is_work_area`])?
    work_area: bool,
    /// Has the form two capitals or more ("ML", "CALM"; for
    /// [`context::acronym_not_in_capitals`])?
    acronym: bool,
    /// Whether the form has a use that is not the skill, whatever its risk.
    pub(crate) look: Look,
    /// The form as written in the taxonomy, kept for the rules that read it (risky forms'
    /// casing, everyday phrases, plurals of shorter acronyms); empty otherwise.
    form: Box<str>,
}

/// Finds the skills of a [`Taxonomy`] in text. Immutable, `Send + Sync`; build once, use
/// from any number of threads.
///
/// ```
/// use jobmatch::Extractor;
/// let ex = Extractor::builtin();
/// let text = "We use C++, C# and Node.js with JavaScript (not Java.util).";
/// let names: Vec<&str> = ex.extract(text).iter().map(|m| ex.skill(m).name.as_str()).collect();
/// assert_eq!(names, ["C++", "C#", "Node.js", "JavaScript"]);
/// ```
#[derive(Debug, Clone)]
pub struct Extractor {
    taxonomy: Arc<Taxonomy>,
    /// The surface forms with symbols ("C++", "Node.js", "CI/CD"), walked byte by byte.
    trie: Trie,
    patterns: Vec<Pattern>,
    /// The surface forms as words separated by single spaces, up to their first symbol.
    words: WordAutomaton,
    /// Inflected first words of verb phrases, and their base forms' states in `words`.
    inflections: Inflections,
    fuzzy: Option<FuzzyIndex>,
    options: ExtractorOptions,
}

/// Forms with a use that is not the skill, whatever their risk (see [`Extractor::disambiguate`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Look {
    /// Nothing more to look at.
    Plain,
    /// A language's name of one word ("Danish"), which may name an origin instead
    /// ([`context::names_an_origin`]).
    Language,
    /// A protected characteristic ("pregnancy", "genetics"), which an equal-opportunity
    /// statement lists ([`context::in_equal_opportunity_statement`]).
    ProtectedTrait,
    /// A domain's acronym ("IT"), which may qualify the next word
    /// ([`context::qualifies_next_word`]).
    DomainAcronym,
    /// A skill's name that also names the people who have it ("leadership"), which may
    /// mean them ([`context::names_the_people`]).
    GroupNoun,
    /// An acronym that also notes how pay is set ("DOE", depending on experience), which
    /// it means after pay ([`context::after_pay`]).
    PayNote,
    /// A credential's acronym ("PHR", "CPA", "LPN"), which before the name of a thing or
    /// of staff qualifies it ([`context::credential_qualifies_next_word`]: "our PHR
    /// system", "a CPA firm", "LPN staff").
    CredentialAcronym,
    /// A standards body's acronym ("API"), which before a number names one of its
    /// standards ([`context::standard_number_follows`]).
    StandardBody,
    /// An acronym or name that another trade uses for something else ("ADR" beside
    /// "RevPAR"), the index of its cues ([`context::in_other_trade`]).
    OtherSense(u8),
    /// A product's name that is an everyday noun ("Beam", "Notion";
    /// [`context::is_everyday_noun_name`]): the product only beside another technology
    /// of a list.
    EverydayNoun,
}

struct Candidate {
    start: usize,
    end: usize,
    pattern: u32,
    /// Found through an inflected first word or a plural last word
    /// ([`MatchType::Inflected`]).
    inflected: bool,
}

/// An everyday noun's candidate left for [`Extractor::keep_everyday_nouns`]: its index
/// among the candidates, whether it is a whole item of a list, and whether it is a
/// bulleted line of its own.
struct NounItem {
    index: usize,
    in_list: bool,
    bulleted: bool,
}

/// May a form of several words of `pattern` (of `skill`) be read with its last word in the
/// plural ([`Extractor::follow_plural`])? A safe form of a hard or soft skill or of
/// knowledge, not a name's ("JavaScript", "SAS language": "Java scripts" are scripts in
/// Java).
fn plural_may_end(pattern: &Pattern, skill: &Skill) -> bool {
    pattern.risk == Risk::Safe
        && matches!(
            skill.kind,
            SkillKind::Hard | SkillKind::Soft | SkillKind::Knowledge
        )
        && !skill.name.bytes().skip(1).any(|b| b.is_ascii_uppercase())
}

/// A match of [`Extractor::longest_from`] as [`Extractor::follow`] gives it: not plural.
#[inline]
fn exact((end, pattern): (usize, u32)) -> (usize, u32, bool) {
    (end, pattern, false)
}

/// The taxonomy's surface forms, each form with non-ASCII letters followed by its Unicode
/// lower- and upper-case variants (the scan folds ASCII case only and compares other
/// letters exactly): "Comptabilité" also finds "comptabilité" and "COMPTABILITÉ". A variant
/// that is another skill's form is left out ("STRASSE" of "Straße" where "Strasse" is a
/// skill of its own), and so is one already compiled.
fn with_case_variants(taxonomy: &Taxonomy) -> Vec<(std::borrow::Cow<'_, str>, SkillIndex, bool)> {
    use std::borrow::Cow;
    let forms = taxonomy.surface_forms();
    let mut seen: std::collections::HashSet<String> = forms
        .iter()
        .filter(|(f, _, _)| !f.is_ascii())
        .map(|(f, _, _)| f.to_ascii_lowercase())
        .collect();
    let mut out = Vec::with_capacity(forms.len());
    for (form, skill, risky) in forms {
        out.push((Cow::Borrowed(form), skill, risky));
        if form.is_ascii() {
            continue;
        }
        for variant in [form.to_lowercase(), form.to_uppercase()] {
            // An ASCII variant is compiled already when any form has it (in any case).
            let taken = match taxonomy.find_index(&variant) {
                Some(owner) => variant.is_ascii() || owner != skill,
                None => false,
            };
            if !taken && seen.insert(variant.to_ascii_lowercase()) {
                out.push((Cow::Owned(variant), skill, risky));
            }
        }
    }
    out
}

impl Extractor {
    /// The extractor over the built-in taxonomy with default options, built once per process.
    pub fn builtin() -> Arc<Extractor> {
        use std::sync::OnceLock;
        static BUILTIN: OnceLock<Arc<Extractor>> = OnceLock::new();
        BUILTIN
            .get_or_init(|| {
                Arc::new(
                    Extractor::new(Taxonomy::builtin(), ExtractorOptions::default())
                        .unwrap_or_else(|_| Extractor::empty()),
                )
            })
            .clone()
    }

    fn empty() -> Extractor {
        Extractor {
            taxonomy: Arc::new(Taxonomy::empty()),
            trie: Trie::new([]),
            patterns: Vec::new(),
            words: WordAutomaton::default(),
            inflections: Inflections::default(),
            fuzzy: None,
            options: ExtractorOptions::default(),
        }
    }

    /// Builds an extractor over `taxonomy`.
    pub fn new(taxonomy: Arc<Taxonomy>, options: ExtractorOptions) -> Result<Extractor> {
        if options.fuzzy_min_len < 5 {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "fuzzy_min_len must be at least 5, got {}",
                    options.fuzzy_min_len
                ),
            ));
        }
        let forms = with_case_variants(&taxonomy);
        let mut patterns = Vec::with_capacity(forms.len());
        let mut strings = Vec::with_capacity(forms.len());
        for (form, skill, risky) in &forms {
            let (skill, risky) = (*skill, *risky);
            let form = form.trim();
            if form.is_empty() {
                continue;
            }
            let risk = if form.chars().count() == 1 && form.chars().all(|c| c.is_alphanumeric()) {
                Risk::Strict
            } else if risky || (form.len() <= 2 && form.chars().all(|c| c.is_alphanumeric())) {
                Risk::Risky
            } else {
                Risk::Safe
            };
            let skill_data = taxonomy.skill(skill);
            let name = &skill_data.name;
            let base = name.split(" (").next().unwrap_or(name);
            let part_of_name = risk == Risk::Risky
                && form.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                && form.chars().skip(1).all(|c| c.is_ascii_lowercase())
                && context::is_everyday_word(form)
                && !base.eq_ignore_ascii_case(form)
                && base.split(' ').any(|w| w.eq_ignore_ascii_case(form));
            strings.push(form);
            let in_phrases = context::in_everyday_phrases(form);
            // The rules that read the form itself: a risky form's casing, the phrases, the
            // plurals of shorter acronyms and the plurals of acronyms.
            let keep_form = risk != Risk::Safe
                || in_phrases
                || context::is_acronym_in_s(form)
                || context::is_plural_acronym(form);
            patterns.push(Pattern {
                skill,
                risk,
                part_of_name,
                lower_is_word: part_of_name || context::is_word_in_lower_case(form),
                in_phrases,
                work_area: !skill_data.tech && context::is_work_area(form),
                acronym: form.bytes().filter(u8::is_ascii_uppercase).count() >= 2,
                look: if skill_data.kind == SkillKind::Language && !form.contains(' ') {
                    Look::Language
                } else if context::is_protected_trait(form) {
                    Look::ProtectedTrait
                } else if context::is_domain_acronym(form) {
                    Look::DomainAcronym
                } else if context::is_group_noun(form) {
                    Look::GroupNoun
                } else if context::is_pay_note(form) {
                    Look::PayNote
                } else if context::is_standard_body(form) {
                    Look::StandardBody
                } else if let Some(sense) = context::other_sense_of(form) {
                    Look::OtherSense(sense)
                } else if risk == Risk::Risky && context::is_everyday_noun_name(form) {
                    Look::EverydayNoun
                } else if skill_data.kind == SkillKind::Certification
                    && context::is_acronym_of_capitals(form)
                {
                    Look::CredentialAcronym
                } else {
                    Look::Plain
                },
                tech: skill_data.tech,
                // A capital proves a name ("Spark", "ML", "Polish"), not a title-cased
                // word of a skill that is no name ("Management" of "Hotel Management").
                casing_counts: !context::casing_is_not_enough(form)
                    && !context::obscure_product_acronym(skill_data, form)
                    && form.bytes().any(|b| b.is_ascii_uppercase())
                    && (skill_data.tech
                        || skill_data.kind == SkillKind::Language
                        || form.bytes().filter(u8::is_ascii_uppercase).count() > 1),
                form: if keep_form {
                    Box::from(form)
                } else {
                    Box::from("")
                },
            });
        }
        // Each form's words joined by single spaces, up to its first symbol, are states of
        // the word automaton; forms with symbols also go into the byte trie, and the state
        // before their first symbol learns where the trie stands there.
        let mut words = WordAutomaton::default();
        let mut with_symbols: Vec<(u32, &str)> = Vec::new();
        let mut symbol_starts: Vec<(StateId, String)> = Vec::new();
        // The form lower-cased and 16 NULs (no word chars): words are read and hashed with
        // 16 bytes loaded at once, as in the scan, even at the end of the form.
        let mut padded = String::new();
        // The first words of verb phrases (the forms of several words of hard and soft
        // skills, "manage budgets"): word, state and the second word's hash.
        let mut verbs: Vec<(String, StateId, u64)> = Vec::new();
        let mut plural_padded = String::new();
        for (id, form) in strings.iter().enumerate() {
            let id = id as u32;
            if !form.chars().next().is_some_and(is_word_char) {
                with_symbols.push((id, form));
                continue;
            }
            padded.clear();
            padded.push_str(form);
            padded.make_ascii_lowercase();
            padded.extend(std::iter::repeat_n('\0', 16));
            let lower = &padded[..form.len()];
            let bytes = lower.as_bytes();
            let mut word = read_word(&padded, 0);
            let mut state = words.add(ROOT, padded.as_bytes(), 0, &word);
            let mut first_word = true;
            loop {
                let Some(&b) = bytes.get(word.end) else {
                    let step = words.step_mut(state);
                    if step.output == NONE {
                        step.output = id;
                    }
                    break;
                };
                let step = words.step_mut(state);
                step.next.insert(b);
                let after = bytes.get(word.end + 1).copied();
                if b == b' ' {
                    if let Some(c) = after {
                        step.after_space.insert(c);
                    }
                }
                let word_follows = b == b' '
                    && lower[word.end + 1..]
                        .chars()
                        .next()
                        .is_some_and(is_word_char);
                if !word_follows {
                    with_symbols.push((id, form));
                    symbol_starts.push((state, lower[..word.end].to_owned()));
                    break;
                }
                let start = word.end + 1;
                let previous = word.hash;
                word = read_word(&padded, start);
                words.add_follower(state, word.hash);
                if first_word {
                    words.add_pair(previous, word.hash);
                    first_word = false;
                    let pattern = &patterns[id as usize];
                    let skill = taxonomy.skill(pattern.skill);
                    let kind = skill.kind;
                    if matches!(kind, SkillKind::Hard | SkillKind::Soft) {
                        verbs.push((lower[..start - 1].to_owned(), state, word.hash));
                    }
                    // A form of two words may be found with its second in the plural
                    // ([`Extractor::follow_plural`]): the pairs and the verbs know the
                    // plurals too.
                    if word.end == form.len() && plural_may_end(pattern, skill) {
                        for plural in inflect::plurals(&lower[start..word.end]) {
                            plural_padded.clear();
                            plural_padded.push_str(&plural);
                            plural_padded.extend(std::iter::repeat_n('\0', 16));
                            let hash = read_word(&plural_padded, 0).hash;
                            words.add_pair(previous, hash);
                            if kind != SkillKind::Knowledge {
                                verbs.push((lower[..start - 1].to_owned(), state, hash));
                            }
                        }
                    }
                }
                state = words.add(state, padded.as_bytes(), start, &word);
            }
        }
        let trie = Trie::new(with_symbols);
        for (state, prefix) in symbol_starts {
            words.step_mut(state).trie_node = trie.node_after(prefix.as_bytes());
        }
        // Each verb once, with the words that follow it.
        verbs.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(a.2.cmp(&b.2)));
        verbs.dedup();
        let mut bases: Vec<(&str, StateId, Vec<u64>)> = Vec::new();
        for (verb, state, second) in &verbs {
            match bases.last_mut() {
                Some((last, _, seconds)) if *last == verb.as_str() => seconds.push(*second),
                _ => bases.push((verb, *state, vec![*second])),
            }
        }
        let inflections = Inflections::new(
            bases
                .iter()
                .flat_map(|(base, state, seconds)| {
                    inflect::variants(base)
                        .into_iter()
                        .map(move |(v, how)| (v, how, *state, seconds.as_slice()))
                })
                .collect(),
            &mut words,
        );
        words.seal();
        let fuzzy = options
            .fuzzy
            .then(|| FuzzyIndex::new(&strings, &patterns, &taxonomy, options.fuzzy_min_len));
        Ok(Extractor {
            taxonomy,
            trie,
            patterns,
            words,
            inflections,
            fuzzy,
            options,
        })
    }

    /// The taxonomy this extractor searches for.
    pub fn taxonomy(&self) -> &Arc<Taxonomy> {
        &self.taxonomy
    }

    /// The options it was built with.
    pub fn options(&self) -> &ExtractorOptions {
        &self.options
    }

    /// Number of surface forms in the automaton.
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// Approximate heap memory of the automaton and pattern table, in bytes.
    pub fn memory_usage(&self) -> usize {
        self.trie.memory_usage()
            + self.patterns.len() * std::mem::size_of::<Pattern>()
            + self.patterns.iter().map(|p| p.form.len()).sum::<usize>()
            + self.words.memory_usage()
            + self.inflections.memory_usage()
            + self.fuzzy.as_ref().map_or(0, FuzzyIndex::memory_usage)
    }

    /// The skill a mention refers to.
    ///
    /// # Panics
    ///
    /// When `mention` does not come from an extractor over this extractor's taxonomy (its
    /// skill number is beyond the taxonomy's skills).
    pub fn skill(&self, mention: &Mention) -> &Skill {
        self.taxonomy.skill(mention.skill)
    }

    /// Finds the skills in `text`, sorted by position, not overlapping.
    pub fn extract(&self, text: &str) -> Vec<Mention> {
        self.extract_with_lists(text, &[])
    }

    /// [`Extractor::extract`], where the byte ranges `lists` (sorted, not overlapping) are
    /// known to be lists of skills, such as a resume's skills section: a risky form there
    /// needs no other evidence, as on a "Skills: ..." line.
    pub(crate) fn extract_with_lists(&self, text: &str, lists: &[(usize, usize)]) -> Vec<Mention> {
        // Soft hyphens and zero-width spaces inside words ("Post\u{ad}greSQL"): read the
        // text without them, and give the mentions' offsets in the text as given.
        if let Some(visible) = Visible::of(text) {
            let lists: Vec<_> = lists
                .iter()
                .map(|&(s, e)| (visible.visible(s), visible.visible(e)))
                .collect();
            let mut mentions = self.extract_visible(&visible.text, &lists);
            for m in &mut mentions {
                (m.start, m.end) = (visible.start(m.start), visible.end(m.end));
            }
            return mentions;
        }
        self.extract_visible(text, lists)
    }

    /// [`Extractor::extract_with_lists`] on a text without invisible characters.
    fn extract_visible(&self, text: &str, lists: &[(usize, usize)]) -> Vec<Mention> {
        let (candidates, newlines) = self.scan(text);
        let mut mentions = self.disambiguate(text, candidates, &newlines, lists);
        if let Some(fuzzy) = &self.fuzzy {
            fuzzy.extend(text, &mut mentions, &self.patterns);
        }
        mentions
    }

    /// Finds the skills in `text`, then keeps each skill once (its first mention).
    pub fn extract_unique(&self, text: &str) -> Vec<Mention> {
        let mut seen = foldhash::HashSet::default();
        self.extract(text)
            .into_iter()
            .filter(|m| seen.insert(m.skill))
            .collect()
    }

    /// The exact pass: at every word start whose first word begins some surface form, the
    /// longest surface form that ends on a word boundary. Also returns the offsets of the
    /// text's newlines, for the context rules.
    fn scan(&self, text: &str) -> (Vec<Candidate>, Vec<usize>) {
        let newlines = context::newlines(text);
        let candidates = Tokens::with(text, |tokens| self.scan_tokens(text, tokens));
        (candidates, newlines)
    }

    /// [`Extractor::scan`] over the text's words and symbols.
    fn scan_tokens(&self, text: &str, tokens: &Tokens) -> Vec<Candidate> {
        let bytes = text.as_bytes();
        // Sized for skill-dense text (a candidate per 64 bytes), so that most texts never
        // grow it.
        let mut out = Vec::with_capacity(bytes.len() / 64 + 4);
        // The word starting at the given offset, when it was read already (as the
        // previous word's next).
        let (mut ahead_at, mut ahead) = (usize::MAX, Word::default());
        let mut stops = tokens.stops(0);
        while let Some((i, at_word)) = stops.first() {
            // At a word start (whole words are skipped, so the previous char is not a word
            // char) look the word up among the forms' first words; at a symbol, ask
            // whether a form begins with it (".NET"). Without a match the scan goes on at
            // `resume`.
            let (found, resume) = if at_word {
                let w = if ahead_at == i { ahead } else { tokens.word(i) };
                // The next word, when the text goes on with a space (or another gap that
                // may part a form's words) and a word: every form of several words needs
                // it, and the scan goes on with it.
                let next_at = tokens.next_word_after(w.end);
                if let Some(j) = next_at {
                    (ahead_at, ahead) = (j, tokens.word(j));
                }
                let next = next_at.is_some().then_some(&ahead);
                let found = if self.words.may_start(&w, next) {
                    self.words
                        .get(ROOT, bytes, i, &w)
                        .and_then(|(id, step)| {
                            self.follow(text, tokens, i, (id, step), w.end, next.copied())
                        })
                        // "Managed budgets" for "manage budgets".
                        .or_else(|| {
                            // (The shortest inflected words are of three letters:
                            // "led", "met"; "in" is common.)
                            next.filter(|_| w.end - i > 2 && self.inflections.may_hold(&w))
                                .and_then(|next| self.follow_inflected(text, tokens, i, &w, next))
                                .map(|(end, pattern)| (end, pattern, true))
                        })
                } else {
                    None
                };
                (found, w.end)
            } else {
                let found = if self.trie.may_walk(bytes, i) {
                    self.longest_from(text, tokens, 0, i)
                        .map(|(end, pattern)| (end, pattern, false))
                } else {
                    None
                };
                (found, i + 1)
            };
            if let Some((end, pattern, inflected)) = found {
                if start_ok(text, i) {
                    out.push(Candidate {
                        start: i,
                        end,
                        pattern,
                        inflected,
                    });
                    // Resume at the next word start at or after the match end.
                    stops.seek(skip_word_tail(text, end));
                    continue;
                }
            }
            stops.seek(resume);
        }
        out
    }

    /// The longest surface form that starts at `start` with the words read so far (state
    /// `id` and its step, ending at `at`): follow space-separated words through the word
    /// automaton, and walk the byte trie only where a form goes on with a symbol. `next`
    /// is the word after `at` and a space, when the caller has read it.
    #[inline(always)]
    fn follow<'a>(
        &'a self,
        text: &str,
        tokens: &Tokens,
        start: usize,
        (mut id, mut step): (StateId, &'a Step),
        mut at: usize,
        mut next: Option<Word>,
    ) -> Option<(usize, u32, bool)> {
        let bytes = text.as_bytes();
        let mut best = None;
        loop {
            // `at` is where a word ends.
            let here = (step.output != NONE && end_ok_after_word(text, at)).then_some((
                at,
                step.output,
                false,
            ));
            let Some(&first) = bytes.get(at) else {
                return here.or(best);
            };
            // A gap other than one space between two words reads as one space.
            let (b, word_at) = match tokens.next_word_after(at) {
                Some(j) => (b' ', j),
                None => (first, at + 1),
            };
            if !step.next.contains(b) {
                return here.or(best);
            }
            if b != b' ' {
                return self
                    .walk_symbols(text, tokens, step, at)
                    .map(exact)
                    .or(here)
                    .or(best);
            }
            let Some(&c) = bytes.get(word_at) else {
                return here.or(best);
            };
            if !step.after_space.contains(c) {
                return here.or(best);
            }
            if !tokens.is_word(word_at) {
                return self
                    .walk_symbols(text, tokens, step, at)
                    .map(exact)
                    .or(here)
                    .or(best);
            }
            let w = next.take().unwrap_or_else(|| tokens.word(word_at));
            let next_state = if step.may_be_followed_by(w.hash) {
                self.words.get(id, bytes, word_at, &w)
            } else {
                None
            };
            // A form that goes on with this word has it as a state, even when a symbol
            // follows inside the form ("Visual C++" has the state "visual c").
            let Some((next_id, next_step)) = next_state else {
                // "Operate tower cranes" for "operate tower crane".
                return self
                    .follow_plural(text, start, id, step, word_at, &w)
                    .or(here)
                    .or(best);
            };
            best = here.or(best);
            id = next_id;
            step = next_step;
            at = w.end;
        }
    }

    /// The form of several words, starting at `start` and read up to state `id` (whose
    /// step is `step`), that the plural word `w` at `at` ends in its singular: "operate
    /// tower cranes" for "operate tower crane", "calculate taxes", "manage inventories".
    /// Only safe forms of hard and soft skills and of knowledge (a product's name is not
    /// made plural, and a risky form's rules read it as written); a form of two words not
    /// after a determiner, where its words are a noun and a verb ("the team works with").
    #[inline(never)]
    fn follow_plural(
        &self,
        text: &str,
        start: usize,
        id: StateId,
        step: &Step,
        at: usize,
        w: &Word,
    ) -> Option<(usize, u32, bool)> {
        let bytes = text.as_bytes();
        let len = w.end - at;
        if len < 4 || !bytes[w.end - 1].eq_ignore_ascii_case(&b's') {
            return None;
        }
        // Not "business", "glass": no plural. Nor "works", a verb far more often than a
        // plural ("the data team works closely with"; "team work", "social work").
        let before = bytes[w.end - 2].to_ascii_lowercase();
        if before == b's' || bytes[at..w.end].eq_ignore_ascii_case(b"works") {
            return None;
        }
        // The form that the singular `hay[from..to]` ends after `id`, if any.
        let output = |hay: &[u8], from: usize, to: usize| -> Option<u32> {
            let singular = Word::of(hay, from, to);
            if !step.may_be_followed_by(singular.hash) {
                return None;
            }
            let (_, s) = self.words.get(id, hay, from, &singular)?;
            (s.output != NONE).then_some(s.output)
        };
        let mut found = output(bytes, at, w.end - 1);
        if found.is_none() && before == b'e' && len > 4 {
            found = if bytes[w.end - 3].eq_ignore_ascii_case(&b'i') {
                // "inventories": "inventory".
                let stem = &bytes[at..w.end - 3];
                let mut word = [0u8; 48];
                (stem.len() < word.len()).then_some(()).and_then(|()| {
                    word[..stem.len()].copy_from_slice(stem);
                    word[stem.len()] = b'y';
                    output(&word, 0, stem.len() + 1)
                })
            } else {
                // "switches": "switch".
                output(bytes, at, w.end - 2)
            };
        }
        let pattern = found?;
        if after_first_word(id) && context::after_a_determiner(text, start) {
            return None;
        }
        let p = &self.patterns[pattern as usize];
        (plural_may_end(p, self.taxonomy.skill(p.skill)) && end_ok_after_word(text, w.end))
            .then_some((w.end, pattern, true))
    }

    /// The longest verb phrase whose verb the word `w` at `start` inflects ("Managed
    /// budgets"), when `next` follows it: of several words, of a hard or soft skill, and
    /// safe (a risky form's own casing and context rules read the form as written).
    #[inline(never)]
    fn follow_inflected(
        &self,
        text: &str,
        tokens: &Tokens,
        start: usize,
        w: &Word,
        next: &Word,
    ) -> Option<(usize, u32)> {
        let (state, how) = self.inflections.base(text.as_bytes(), start, w)?;
        if !context::inflected_verb_reads_as_one(text, start, how) {
            return None;
        }
        let step = self.words.step(state);
        let (end, pattern, _) =
            self.follow(text, tokens, start, (state, step), w.end, Some(*next))?;
        let p = &self.patterns[pattern as usize];
        (end > w.end
            && p.risk == Risk::Safe
            && matches!(
                self.taxonomy.skill(p.skill).kind,
                SkillKind::Hard | SkillKind::Soft
            ))
        .then_some((end, pattern))
    }

    /// The longest form with symbols that goes on from `step` at `at`.
    #[inline]
    fn walk_symbols(
        &self,
        text: &str,
        tokens: &Tokens,
        step: &Step,
        at: usize,
    ) -> Option<(usize, u32)> {
        if step.trie_node == NONE {
            None
        } else {
            self.longest_from(text, tokens, step.trie_node, at)
        }
    }

    /// The longest surface form that ends on a word boundary, walking the automaton on
    /// from `node`, where the bytes before `at` led (the root for a walk starting at `at`).
    #[inline]
    fn longest_from(
        &self,
        text: &str,
        tokens: &Tokens,
        node: u32,
        at: usize,
    ) -> Option<(usize, u32)> {
        let mut ends = [(0usize, 0u32); MAX_ENDS];
        // White space after a word may part the words of a form as one space does.
        let gap = |i: usize| {
            i.checked_sub(1)
                .is_some_and(|k| tokens.is_word(k))
                .then(|| tokens.next_word_after(i))
                .flatten()
        };
        let n = self
            .trie
            .walk_from(node, text.as_bytes(), at, &mut ends, gap);
        ends[..n]
            .iter()
            .rev()
            .find(|&&(end, _)| text.is_char_boundary(end) && end_ok(text, end))
            .copied()
    }

    /// Adds to `kept` (indices of `candidates` read as skills, in order) the `deferred`
    /// everyday nouns' products ("Beam", "Sentry"; [`Look::EverydayNoun`]) that stand
    /// right beside a kept technology across a separator of a list's items ("Spark, Beam
    /// and Flink"), or beside a deferred one that has such a technology on its other side
    /// ("such as Hive, Impala or Presto", Hive read), or as a bulleted line beside a kept
    /// technology's line ("- Notion\n- Jira"). A kept technology is a product or a body of
    /// knowledge, not an applied skill ("CCTV" beside "Sentry"); one kept only through its
    /// own test, so that "Events: Vault, Beam" (Vault no skill there) gives none.
    fn keep_everyday_nouns(
        &self,
        text: &str,
        newlines: &[usize],
        candidates: &[Candidate],
        deferred: &[NounItem],
        kept: &mut Vec<usize>,
        whole_item: impl Fn(usize) -> Option<(usize, usize)>,
    ) {
        let mut accepted = vec![false; candidates.len()];
        for &i in kept.iter() {
            accepted[i] = true;
        }
        let technology = |j: usize| {
            let p = &self.patterns[candidates[j].pattern as usize];
            accepted[j]
                && p.tech
                && matches!(
                    self.taxonomy.skill(p.skill).kind,
                    SkillKind::Tool | SkillKind::Knowledge
                )
        };
        // Some candidate right after or right before candidate `i` in its list.
        let beside = |i: usize, pred: &dyn Fn(usize) -> bool| {
            let c = &candidates[i];
            context::next_item_start(text, c.end).is_some_and(|at| {
                let from = candidates.partition_point(|d| d.start < at);
                (from..candidates.len())
                    .take_while(|&j| candidates[j].start == at)
                    .any(pred)
            }) || context::prev_item_end(text, c.start).is_some_and(|at| {
                let to = candidates.partition_point(|d| d.start < c.start);
                (0..to)
                    .rev()
                    .take(8)
                    .any(|j| candidates[j].end == at && pred(j))
            })
        };
        // A deferred noun that is a whole item of its list.
        let listed_noun = |j: usize| {
            deferred
                .binary_search_by_key(&j, |d| d.index)
                .is_ok_and(|at| deferred[at].in_list)
        };
        let mut added = false;
        for d in deferred {
            let (i, c) = (d.index, &candidates[d.index]);
            let in_list = d.in_list
                && beside(i, &|j| {
                    technology(j) || (listed_noun(j) && beside(j, &|k| k != i && technology(k)))
                });
            let bulleted = || {
                let k = context::line_of(newlines, c.start);
                d.bulleted
                    && [k.checked_sub(1), Some(k + 1)]
                        .into_iter()
                        .flatten()
                        .filter_map(&whole_item)
                        .any(|(s, e)| {
                            let from = candidates.partition_point(|d| d.start < s);
                            (from..candidates.len())
                                .take_while(|&j| candidates[j].start == s)
                                .any(|j| candidates[j].end == e && technology(j))
                        })
            };
            if in_list || bulleted() {
                kept.push(i);
                added = true;
            }
        }
        if added {
            kept.sort_unstable();
        }
    }

    /// Keeps safe candidates and the risky ones that context supports. Not inlined into
    /// the extraction, so that the scan's code does not change with these rules (callgrind:
    /// slightly fewer instructions this way).
    #[inline(never)]
    fn disambiguate(
        &self,
        text: &str,
        candidates: Vec<Candidate>,
        newlines: &[usize],
        known_lists: &[(usize, usize)],
    ) -> Vec<Mention> {
        let any_risky = candidates
            .iter()
            .any(|c| self.patterns[c.pattern as usize].risk != Risk::Safe);
        let tech = if any_risky {
            candidates
                .iter()
                .filter(|c| {
                    let p = &self.patterns[c.pattern as usize];
                    p.risk == Risk::Safe && p.tech
                })
                .map(|c| (c.start, c.end))
                .collect()
        } else {
            Vec::new()
        };
        let mut tech = context::TechNearby::new(text, newlines, tech);
        let mut lists = context::SkillsLists::new(text, newlines);
        // Candidates come in order: one cursor over the known lists (asked before the
        // skills-list lines, which cost a search).
        let mut known = known_lists.iter().peekable();
        let mut in_known = |at: usize| {
            while known.next_if(|&&(_, end)| end <= at).is_some() {}
            known.peek().is_some_and(|&&(start, _)| start <= at)
        };
        let mut mentions = Vec::with_capacity(candidates.len());
        // Line `k`'s words when they are a bulleted item that is one technology candidate
        // written as a name ("- Excel"; not "- access": a risky form needs a capital, and
        // an acronym its capitals).
        let whole_item = |k: usize| {
            context::bullet_item(text, newlines, k).filter(|&(s, e)| {
                candidates
                    .binary_search_by_key(&s, |c| c.start)
                    .is_ok_and(|i| {
                        let p = &self.patterns[candidates[i].pattern as usize];
                        let matched = &text[s..e];
                        candidates[i].end == e
                            && p.tech
                            && p.look != Look::EverydayNoun
                            && (p.risk == Risk::Safe
                                || (matched.bytes().any(|b| b.is_ascii_uppercase())
                                    && !context::acronym_not_in_capitals(matched, &p.form)))
                    })
            })
        };
        let is_language_at = |at: usize| {
            candidates
                .binary_search_by_key(&at, |c| c.start)
                .is_ok_and(|i| self.patterns[candidates[i].pattern as usize].look == Look::Language)
        };
        // A language's candidate that starts or ends at `at` and is used as a language
        // there ("French and Italian cuisine": Italian is an origin, so French is alone).
        let language_as_such = |c: &Candidate| {
            self.patterns[c.pattern as usize].look == Look::Language
                && !context::names_an_origin(text, c.start, c.end, is_language_at)
        };
        let language_starting_at = |at: usize| {
            candidates
                .binary_search_by_key(&at, |c| c.start)
                .is_ok_and(|i| language_as_such(&candidates[i]))
        };
        let language_ending_at = |at: usize| {
            // Candidates are in order of start; the one ending at `at` starts before it.
            let i = candidates.partition_point(|c| c.start < at);
            candidates[..i]
                .iter()
                .rev()
                .take(4)
                .any(|c| c.end == at && language_as_such(c))
        };
        // Another language right after or before `start..end`, across a slash, a comma,
        // "and", "or" or "&".
        let language_beside = |start: usize, end: usize| {
            const JOINS: &[&str] = &["/", " / ", ", ", ",", " and ", " or ", " & "];
            JOINS.iter().any(|j| {
                (text[end..].starts_with(j) && language_starting_at(end + j.len()))
                    || (text[..start].ends_with(j) && language_ending_at(start - j.len()))
            })
        };
        // An acronym in brackets after the words it abbreviates, or before them in brackets,
        // which name another skill: "crew resource management (CRM)" is no customer
        // relationship management, nor "TMS (Telepresence Management Suite)" a transportation
        // management system. As
        // `Some(true)`; `Some(false)` when the words are the acronym's own skill's; `None`
        // when it is not spelled out so. With whether the text's other uses of it go too.
        let spelled_out_as_another = |c: &Candidate| {
            let p = &self.patterns[c.pattern as usize];
            let bytes = text.as_bytes();
            let (s, e) = match bytes.get(c.end) {
                Some(b')') => context::spelled_out_before(text, c.start, c.end),
                Some(b'(') => context::spelled_out_after(text, c.start, c.end),
                Some(b' ') if bytes.get(c.end + 1) == Some(&b'(') => {
                    context::spelled_out_after(text, c.start, c.end)
                }
                _ => None,
            }?;
            let from = candidates.partition_point(|d| d.start < s);
            let spanning = || {
                candidates[from..]
                    .iter()
                    .take_while(|d| d.start == s)
                    .filter(|d| d.end == e)
            };
            let other = spanning().any(|d| self.patterns[d.pattern as usize].skill != p.skill);
            let own = spanning().any(|d| self.patterns[d.pattern as usize].skill == p.skill);
            let name = &self.taxonomy.skill(p.skill).name;
            // (Not when they are the acronym's own skill's name, which a twin skill holds
            // too: "geographic information system (GIS)".)
            let known = other && !context::begins_with_words(name, &text[s..e]);
            let far = || context::far_from_name(name, &text[s..e]);
            // Words no skill knows that name something else: "Senior Executive Officer
            // (SEO)", "Grant Professional Certified (GPC)".
            let another = known
                || (!own
                    && context::spelled_out_names_another(
                        name,
                        &text[s..e],
                        &text[c.start..c.end],
                    ));
            (another || own).then_some((another, known || (another && far())))
        };
        // The acronyms spelled out as another skill, or as words far from the skill's name,
        // as written, with the skill they are not: the text's other uses of them mean the
        // same ("Mormugao Port Trust (MPT)" ... "Agents of MPT"), unless it spells them out
        // as that skill too. (Not words near its name, which may be the writer's own
        // wording of the skill: "Security incident and event management (SIEM)".)
        // (The candidates spelled out as another, by start and pattern, are kept too, in
        // order of start: the filter below finds them by bisection without asking again.)
        let mut redefined: Vec<(&str, SkillIndex)> = Vec::new();
        let mut owned: Vec<(&str, SkillIndex)> = Vec::new();
        let mut spelled_here: Vec<(usize, u32)> = Vec::new();
        for c in &candidates {
            if let Some((another, known)) = spelled_out_as_another(c) {
                let key = (
                    &text[c.start..c.end],
                    self.patterns[c.pattern as usize].skill,
                );
                if another {
                    spelled_here.push((c.start, c.pattern));
                }
                if known {
                    redefined.push(key);
                } else if !another {
                    owned.push(key);
                }
            }
        }
        redefined.retain(|k| !owned.contains(k));
        // Everyday nouns' products that may be ones, read once the others are settled.
        let mut deferred: Vec<NounItem> = Vec::new();
        let mut kept: Vec<usize> = (0..candidates.len())
            .filter(|&i| {
                let c = &candidates[i];
                let p = &self.patterns[c.pattern as usize];
                // Web and e-mail addresses name no skills; an acronym after a capital
                // and a hyphen is part of another ("C-SSRS", a suicide risk scale); a
                // posting's "Powered by JazzHR" footer asks for nothing.
                if context::inside_a_link(text, c.start, c.end)
                    || (p.acronym && context::after_letter_and_hyphen(text, c.start))
                    || context::powered_by_line(text, c.start, c.end)
                {
                    return false;
                }
                // A phrase that names something else, for every form: "GIS
                // substations" (gas-insulated switchgear), "logic analysers", "Bluetooth
                // Low Energy"; "API 650" is a standard.
                if (p.in_phrases
                    && (context::everyday_phrase_follows(text, c.end, &p.form)
                        || context::everyday_phrase_precedes(text, c.start, &p.form)))
                    || (p.look == Look::StandardBody
                        && context::standard_number_follows(text, c.end))
                {
                    return false;
                }
                // "DMs", "SSAs": another acronym's plural; "ICS": no plural.
                if p.acronym
                    && (context::plural_of_a_shorter_acronym(&text[c.start..c.end], &p.form)
                        || context::capital_s_of_a_plural(text, c.start, c.end, &p.form))
                {
                    return false;
                }
                // An acronym the text spells out as something else, in brackets there
                // or anywhere else ("planned preventive maintenance (PPM)" ... "Carry
                // out PPM tasks").
                if spelled_here[spelled_here.partition_point(|&(s, _)| s < c.start)..]
                    .iter()
                    .take_while(|&&(s, _)| s == c.start)
                    .any(|&(_, pattern)| pattern == c.pattern)
                    || (!redefined.is_empty()
                        && redefined.contains(&(&text[c.start..c.end], p.skill)))
                {
                    return false;
                }
                let other_use = match p.look {
                    Look::Plain => false,
                    // "a Danish company" names no language skill; "Languages: Danish
                    // Native" does.
                    Look::Language => {
                        context::names_an_origin(text, c.start, c.end, is_language_at)
                    }
                    // "without regard to race, ..., pregnancy" names no skill at all.
                    Look::ProtectedTrait
                        if context::in_equal_opportunity_statement(text, c.start, c.end) =>
                    {
                        return false;
                    }
                    Look::ProtectedTrait => false,
                    // "the IT department" is a domain, not a skill.
                    Look::DomainAcronym => context::qualifies_next_word(text, c.end),
                    // "our PHR system", "a CPA firm": a thing, not the credential.
                    Look::CredentialAcronym => context::credential_qualifies_next_word(text, c.end),
                    // "Present findings to client leadership": the leaders.
                    Look::GroupNoun => context::names_the_people(text, c.start, c.end),
                    // "Pay: $19-$23/hr DOE": depending on experience.
                    Look::PayNote => context::after_pay(text, c.start),
                    // Read above, in lists too.
                    Look::StandardBody => false,
                    // "Drive RevPAR, ADR and occupancy": another trade's word, in a
                    // list too.
                    Look::OtherSense(sense)
                        if context::in_other_trade(text, c.start, c.end, sense) =>
                    {
                        return false;
                    }
                    Look::OtherSense(_) => false,
                    // Read below: beside another technology, in a list too.
                    Look::EverydayNoun => false,
                } || (!p.tech
                    && (context::names_a_team(text, c.start, c.end)
                        || context::names_a_partner(text, c.start, c.end)));
                if other_use && !(in_known(c.start) || lists.contains(c.start)) {
                    return false;
                }
                // The cheap tests first: the skills-list test reads the line's heading.
                match p.risk {
                    // A name of one word before a place ("Perl Bistro", "Pascal
                    // County"); "Active Directory Forest" is the product's.
                    Risk::Safe => {
                        text[c.start..c.end].contains(char::is_whitespace)
                            || !(context::names_a_place(text, c.start, c.end)
                                || context::names_a_person(text, c.start, c.end)
                                || context::acronym_of_another_sense(text, c.start, c.end))
                    }
                    Risk::Risky => {
                        let matched = &text[c.start..c.end];
                        // "Allergen management", "Volunteer management" in a list or
                        // not: another field, of which "management" is the head.
                        if p.work_area
                            && p.form.eq_ignore_ascii_case("management")
                            && context::after_a_word_of_its_item(text, c.start)
                        {
                            return false;
                        }
                        // "Spark, Beam and Flink": an everyday noun's product only
                        // as a whole item of a list or a bulleted line, in its
                        // capital, and (read below, once the others are settled)
                        // beside another technology; nothing more is asked of it. Both
                        // findings are kept for that reading.
                        let noun_item = (p.look == Look::EverydayNoun).then(|| NounItem {
                            index: i,
                            in_list: context::whole_list_item_at(text, c.start, c.end),
                            bulleted: context::bullet_item(
                                text,
                                newlines,
                                context::line_of(newlines, c.start),
                            ) == Some((c.start, c.end)),
                        });
                        if noun_item.as_ref().is_some_and(|n| {
                            !matched.bytes().any(|b| b.is_ascii_uppercase())
                                || !(n.in_list || n.bulleted)
                        }) {
                            return false;
                        }
                        if matches!(text[c.end..].chars().next(), Some('&'))
                            || context::acronym_of_another_sense(text, c.start, c.end)
                            || context::comparison_follows(text, c.end)
                            || context::season_of_a_year(text, c.start, c.end)
                            || context::names_a_place(text, c.start, c.end)
                            || context::names_a_person(text, c.start, c.end)
                        {
                            return false;
                        }
                        if let Some(noun_item) = noun_item {
                            deferred.push(noun_item);
                            return false;
                        }
                        // "Project Manager" is a title, "Access Control" a term, but
                        // "Tools: Excel Project Visio" a list.
                        if p.part_of_name
                            && (context::heads_a_name(text, c.end, &p.form)
                                || context::ends_a_name(text, c.start, &p.form)
                                || context::needs_a_list(text, c.start, c.end, &p.form))
                            && !(in_known(c.start) || lists.contains(c.start))
                        {
                            return false;
                        }
                        // "able to express ideas", "to go up stairs", "to access
                        // records": in lower case after "to", a verb.
                        let lower = !matched.bytes().any(|b| b.is_ascii_uppercase());
                        if lower && context::infinitive(text, c.start) {
                            return false;
                        }
                        // An acronym not in capitals ("calm", "Fast" for "CALM",
                        // "FAST") counts in a list only as a whole item of it: "calm
                        // under pressure" and "Fast learner" are the words.
                        if p.acronym
                            && context::acronym_not_in_capitals(matched, &p.form)
                            && (in_known(c.start) || lists.contains(c.start))
                            && !context::whole_list_item(text, c.start, c.end)
                        {
                            return false;
                        }
                        // A name of several capitals written as a word ("Safe handling
                        // of hazardous chemicals" for SAFe) counts in a list only as a
                        // whole item of it.
                        if fewer_capitals(matched, &p.form)
                            && (in_known(c.start) || lists.contains(c.start))
                            && !context::whole_list_item(text, c.start, c.end)
                        {
                            return false;
                        }
                        let hyphenated = text[c.end..].starts_with('-');
                        // An acronym beside a word in capitals that is no skill ("SAN
                        // DIEGO, CA"): the capitals are the text's ("BLS ACLS PALS" keep
                        // theirs).
                        let shouted = || {
                            p.acronym
                                && context::words_in_capitals_beside(text, c.start, c.end)
                                    .into_iter()
                                    .flatten()
                                    .any(|w| {
                                        candidates.binary_search_by_key(&w, |c| c.start).is_err()
                                    })
                        };
                        (!hyphenated
                                && p.casing_counts
                                && context::cased_like_name(text, c.start, matched, &p.form)
                                && !shouted())
                                // "Excel skills required", "- Excel a plus": at the start of
                                // a sentence or a bullet, in its own casing, before a word
                                // that makes it a skill.
                                // (Not acronyms, whose casing rule is their own, nor
                                // everyday words: "CV required", "Assembly experience",
                                // "Access required to the building".)
                                || (p.tech
                                    && !hyphenated
                                    && p.casing_counts
                                    && !p.acronym
                                    && *matched == *p.form
                                    && !lower
                                    && context::skill_word_follows(text, c.end, &p.form))
                                || (p.tech
                                    && !context::acronym_not_in_capitals(matched, &p.form)
                                    && (!p.lower_is_word
                                        || !lower)
                                    && tech.near(c.start, c.end))
                                // (A product's everyday word in lower case in a
                                // sentence of a skills section is no list item: "in
                                // software teams", "the project team".)
                                || (in_known(c.start)
                                    && (!lower
                                        || !p.lower_is_word
                                        || context::in_a_list_like_line(
                                            text, c.start, c.end,
                                        )))
                                || lists.contains(c.start)
                                // "3+ years of sales experience", "experience in FMCG
                                // sales": a field of work in an experience phrase.
                                || (p.work_area
                                    && context::names_a_work_area(text, c.start, c.end, &p.form))
                                // "Bilingual (English/Spanish)", "English and French":
                                // a language beside another.
                                || (p.look == Look::Language && language_beside(c.start, c.end))
                                // "- Excel\n- Outlook": tools named on their own, each a
                                // whole bulleted item beside another technology.
                                || (p.tech && {
                                    let k = context::line_of(newlines, c.start);
                                    whole_item(k) == Some((c.start, c.end))
                                        && (k.checked_sub(1).and_then(whole_item).is_some()
                                            || whole_item(k + 1).is_some())
                                })
                    }
                    Risk::Strict => {
                        let matched = &text[c.start..c.end];
                        context::strict_neighbourhood_ok(text, c.start, c.end, matched)
                            && (tech.near(c.start, c.end)
                                || in_known(c.start)
                                || lists.contains(c.start))
                    }
                }
            })
            .collect();
        if !deferred.is_empty() {
            self.keep_everyday_nouns(
                text,
                newlines,
                &candidates,
                &deferred,
                &mut kept,
                whole_item,
            );
        }
        mentions.extend(kept.iter().map(|&i| {
            let c = &candidates[i];
            Mention {
                skill: self.patterns[c.pattern as usize].skill,
                start: c.start,
                end: c.end,
                match_type: if c.inflected {
                    MatchType::Inflected
                } else {
                    MatchType::Exact
                },
            }
        }));
        mentions
    }
}

/// `matched` is written as an ordinary word at the start of a phrase, with one capital,
/// where `form` mixes two capitals or more with lower case ("Safe" for "SAFe"; not "IPsec"
/// for "IPSec", nor "Chemcad" for "CHEMCAD", which the rule for acronyms reads).
fn fewer_capitals(matched: &str, form: &str) -> bool {
    let caps = |s: &str| s.bytes().filter(u8::is_ascii_uppercase).count();
    caps(form) >= 2
        && form.bytes().any(|b| b.is_ascii_lowercase())
        && caps(matched) == 1
        && matched.starts_with(|c: char| c.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The scan without word tables: a byte walk of the trie from the root at every word
    /// start and symbol. The word tables must find exactly what this finds.
    fn scan_by_bytes(all: &Trie, text: &str) -> Vec<(usize, usize, u32)> {
        // The gaps that part a form's words as one space does
        // ([`Tokens::next_word_after`]) become one space, and offsets are mapped back.
        let mut plain = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len() + 1);
        Tokens::with(text, |tokens| {
            let mut i = 0;
            while let Some(c) = text[i..].chars().next() {
                let after_word = i > 0 && text[..i].chars().next_back().is_some_and(is_word_char);
                match tokens.next_word_after(i).filter(|_| after_word) {
                    Some(j) => {
                        plain.push(' ');
                        origin.push(i);
                        i = j;
                    }
                    None => {
                        plain.push(c);
                        origin.extend(i..i + c.len_utf8());
                        i += c.len_utf8();
                    }
                }
            }
        });
        origin.push(text.len());
        scan_plain(all, &plain)
            .into_iter()
            .map(|(s, e, p)| (origin[s], origin[e - 1] + 1, p))
            .collect()
    }

    /// The byte walk of [`scan_by_bytes`] over a text whose words are parted by single
    /// spaces.
    fn scan_plain(all: &Trie, text: &str) -> Vec<(usize, usize, u32)> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            let word = is_word_char(c);
            let next = if word {
                read_word(text, i).end
            } else {
                i + c.len_utf8()
            };
            if start_ok(text, i) {
                let mut ends = [(0usize, 0u32); MAX_ENDS];
                let n = all.walk_from(0, bytes, i, &mut ends, |_| None);
                let longest = ends[..n]
                    .iter()
                    .rev()
                    .find(|&&(end, _)| text.is_char_boundary(end) && end_ok(text, end));
                if let Some(&(end, pattern)) = longest {
                    out.push((i, end, pattern));
                    i = skip_word_tail(text, end);
                    continue;
                }
            }
            i = next;
        }
        out
    }

    /// An extractor over a taxonomy of the given (id, name) knowledge skills.
    fn extractor_of(skills: &[(&str, &str)]) -> Extractor {
        let skills = skills
            .iter()
            .map(|&(id, name)| Skill::new(id, name, SkillKind::Knowledge))
            .collect();
        let tax = Taxonomy::from_skills(skills).unwrap_or_else(|e| panic!("{e}"));
        Extractor::new(Arc::new(tax), ExtractorOptions::default()).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn newlines_inside_a_form_are_still_counted() {
        let ex = extractor_of(&[("t:a", "Data\nOps"), ("t:b", "Go")]);
        let text = "Skills: Data\nOps\nSkills: Go";
        let (candidates, newlines) = ex.scan(text);
        assert_eq!(candidates.len(), 2);
        assert_eq!(newlines, context::newlines(text));
        // "Go" is on a skills line of its own, so the risky form is kept.
        assert_eq!(ex.extract(text).len(), 2);
    }

    #[test]
    fn case_is_ignored_in_ascii_letters_and_in_whole_forms_of_other_letters() {
        let ex = extractor_of(&[("t:a", "café latte"), ("t:b", "Ãx")]);
        let found = |text: &str| -> Vec<String> {
            ex.extract(text)
                .iter()
                .map(|m| m.text(text).to_owned())
                .collect()
        };
        assert_eq!(found("Skills: CAFé LATTE, ÃX"), ["CAFé LATTE", "ÃX"]);
        // Other letters are compared exactly, but a form is also compiled in Unicode lower
        // and upper case.
        assert_eq!(found("Skills: CAFÉ LATTE, ãx"), ["CAFÉ LATTE", "ãx"]);
        // No other folding: "÷" is not "×", though their bytes differ in one bit, as ASCII
        // letters' cases do.
        let ex = extractor_of(&[("t:c", "a×b calc")]);
        assert_eq!(ex.extract("Skills: A×B CALC").len(), 1);
        assert!(ex.extract("Skills: a÷b calc").is_empty());
        // A variant that is another skill's form stays that skill's.
        let ex = extractor_of(&[("t:d", "Straße"), ("t:e", "Strasse")]);
        let ids = |text: &str| -> Vec<String> {
            ex.extract(text)
                .iter()
                .map(|m| ex.skill(m).id.clone())
                .collect()
        };
        assert_eq!(ids("Skills: STRASSE"), ["t:e"]);
        assert_eq!(ids("Skills: straße"), ["t:d"]);
    }

    #[test]
    fn a_form_may_start_with_any_symbol_but_white_space() {
        let ex = extractor_of(&[
            ("t:a", "\u{7f}control"),
            ("t:b", "~tilde"),
            ("t:c", "\u{1}start"),
        ]);
        let text = "a \u{7f}control, ~tilde and \u{1}start";
        let starts: Vec<usize> = ex.extract(text).iter().map(|m| m.start).collect();
        assert_eq!(starts, [2, 12, 23]);
    }

    fn scan_by_words(ex: &Extractor, text: &str) -> Vec<(usize, usize, u32)> {
        let (candidates, newlines) = ex.scan(text);
        assert_eq!(
            newlines,
            context::newlines(text),
            "every newline of {text:?}"
        );
        candidates
            .iter()
            .map(|c| (c.start, c.end, c.pattern))
            .collect()
    }

    /// A byte trie of every surface form, for the reference scan.
    static ALL_FORMS: std::sync::OnceLock<Trie> = std::sync::OnceLock::new();

    const PIECES: &[&str] = &[
        "machine",
        "learning",
        "machine learning",
        "Machine Learning",
        "data",
        "science",
        "C",
        "C++",
        "c#",
        "Node.js",
        "node",
        "js",
        ".NET",
        "ASP.NET",
        "CI/CD",
        "A/B testing",
        "project management",
        "manage",
        "staff",
        "work",
        "in",
        "a",
        "team",
        "the",
        "of",
        "Python",
        "python3",
        "JavaScript",
        "Java",
        "R&D",
        "café",
        "naïve",
        "日本語",
        "—",
        "-",
        "Visual",
        "visual c++",
        "Microsoft",
        "microsoft .net",
        "ci",
        "cd",
        "a",
        "b",
        "testing",
        "asp",
        "net",
        "core",
        "react",
        "native",
        "react.js",
        "t-sql",
        "sql",
        "server",
        " ",
        " ",
        " ",
        "  ",
        "\n",
        "\u{a0}",
        " \t",
        "\t",
        " \n",
        "and the team works with ",
        ",",
        ".",
        "/",
        "+",
        "#",
        "(",
        ")",
        "'s",
        "_",
        "x",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn word_tables_find_what_a_byte_walk_finds(
            picks in proptest::collection::vec(0..PIECES.len(), 0..60)
        ) {
            let text: String = picks.iter().map(|&i| PIECES[i]).collect();
            let ex = Extractor::builtin();
            let all = ALL_FORMS.get_or_init(|| {
                let forms = with_case_variants(ex.taxonomy());
                Trie::new(
                    forms
                        .iter()
                        .map(|(f, _, _)| f.trim())
                        .filter(|f| !f.is_empty())
                        .enumerate()
                        .map(|(i, f)| (i as u32, f)),
                )
            });
            prop_assert_eq!(scan_by_words(&ex, &text), scan_by_bytes(all, &text));
        }
    }

    fn names(text: &str) -> Vec<String> {
        let ex = Extractor::builtin();
        ex.extract(text)
            .iter()
            .map(|m| ex.skill(m).name.clone())
            .collect()
    }

    fn found(text: &str, needle: &str) -> bool {
        let ex = Extractor::builtin();
        ex.extract(text).iter().any(|m| m.text(text) == needle)
    }

    #[test]
    fn inflected_verbs_find_the_verb_phrases_they_inflect() {
        let ex = Extractor::builtin();
        // (text, matched text): found, and marked as inflected.
        let found_as = |text: &str, matched: &str| {
            ex.extract(text)
                .iter()
                .find(|m| m.text(text) == matched)
                .map(|m| (ex.skill(m).name.clone(), m.match_type))
        };
        let exact = found_as("Manage budgets.", "Manage budgets").map(|(n, _)| n);
        assert!(exact.is_some());
        for (text, matched) in [
            ("- Managed budgets for three stores", "Managed budgets"),
            ("Planning and managing budgets", "managing budgets"),
            ("The director manages budgets.", "manages budgets"),
            ("I managed budgets of $2M", "managed budgets"),
            ("Hired staff, managed budgets", "managed budgets"),
        ] {
            assert_eq!(
                found_as(text, matched),
                exact.clone().map(|n| (n, MatchType::Inflected)),
                "{text}"
            );
        }
        // Irregular verbs.
        assert!(found_as("• Led a team of 12 engineers", "Led a team").is_some());
        assert!(found_as("Technically led a team", "led a team").is_some());
        // The exact form stays exact.
        assert_eq!(
            found_as("Manage budgets.", "Manage budgets").map(|(_, t)| t),
            Some(MatchType::Exact)
        );
        // A participle that qualifies a noun is no verb: after a determiner, a
        // preposition, a verb, an intensifier, a possessive or a hyphen.
        for (text, word) in [
            ("run against the collected data", "collected data"),
            ("for motivated employees", "motivated employees"),
            ("the managed budgets", "managed budgets"),
            ("a highly managed budgets process", "managed budgets"),
            ("the firm's managed budgets", "managed budgets"),
            ("pre-managed budgets", "managed budgets"),
            ("review all managed budgets", "managed budgets"),
            ("degrees in applied mathematics", "applied mathematics"),
        ] {
            assert!(
                !ex.extract(text).iter().any(|m| m.text(text) == word),
                "{text}"
            );
        }
        // A last word in the plural: found, and marked as inflected (the verb too).
        for (text, matched, name) in [
            (
                "- Operate tower cranes on high-rise sites",
                "Operate tower cranes",
                "operate tower crane",
            ),
            (
                "Operated tower cranes for 12 years",
                "Operated tower cranes",
                "operate tower crane",
            ),
            (
                "Cashier who can operate cash registers",
                "operate cash registers",
                "operate cash register",
            ),
            (
                "Able to calculate taxes",
                "calculate taxes",
                "calculate tax",
            ),
        ] {
            assert_eq!(
                found_as(text, matched),
                Some((name.to_string(), MatchType::Inflected)),
                "{text}"
            );
        }
        // Not after a determiner, where a noun and a verb make the two words ("the team
        // works with" is no "team work").
        assert!(found_as("The team works with vendors.", "team works").is_none());
        assert!(found_as("Our data team works with vendors.", "team works").is_none());
        // Nor a technology's name ("Java scripts" are scripts in Java).
        assert!(found_as("Maintain SQL and Java scripts.", "Java scripts").is_none());
        // The singular stays exact.
        assert!(found_as("Operate tower crane.", "Operate tower crane")
            .is_some_and(|(_, t)| t == MatchType::Exact));
        // A single word is never inflected into a form of one word.
        assert!(ex
            .extract("I designed.")
            .iter()
            .all(|m| m.match_type != MatchType::Inflected));
    }

    #[test]
    fn symbols_and_boundaries() {
        // (text, matched text, expected found)
        let cases: &[(&str, &str, bool)] = &[
            ("Strong C++ and C# skills", "C++", true),
            ("Strong C++ and C# skills", "C#", true),
            ("Experience with .NET and Python", ".NET", true),
            ("Backend in Node.js with Docker", "Node.js", true),
            ("Build CI/CD pipelines", "CI/CD", true),
            ("Run A/B testing on the funnel", "A/B testing", true),
            ("Modern JavaScript frameworks", "Java", false),
            ("Lead R&D projects with Python and Docker", "R", false),
            ("Our go to market plan needs communication", "go", false),
            ("Report to the C-level team about Python", "C", false),
            ("Vitamin C supplements, Python, Docker", "C", false),
            ("Handled A/R and A/P in QuickBooks and Excel", "R", false),
            ("Skills: A/R, A/P, collections, SQL", "R", false),
            ("Languages: R/Python, SQL", "R", true),
            ("Languages: C/C++, Java", "C", true),
            ("Languages: C, R, Go", "C", true),
            ("Languages: C, R, Go", "R", true),
            ("Languages: C, R, Go", "Go", true),
            ("We write Go and Rust services", "Go", true),
            ("Go to the office daily", "Go", false),
            ("Excel at customer service", "Excel", false),
            ("Trade scheme planning and DMS reports", "scheme", false),
            ("Functional languages: Scheme and Haskell", "Scheme", true),
            ("Built it from scratch in Python", "scratch", false),
            ("a groovy vibe", "groovy", false),
            ("Java and Groovy", "Groovy", true),
            ("Jenkins pipeline jobs with groovy code", "groovy", true),
            ("Excel skills required", "Excel", true),
            ("- Excel required\n- Valid driver's license", "Excel", true),
            ("- Tableau experience a plus", "Tableau", true),
            ("Excel in a fast-paced environment", "Excel", false),
            ("Chef experience required", "Chef", false),
            ("Assembly experience preferred", "Assembly", false),
            ("Access required to the building", "Access", false),
            ("CV required.", "CV", false),
            ("- excel skills", "excel", false),
            ("Reports in Excel and SQL", "Excel", true),
            ("Python, Django and PostgreSQL", "PostgreSQL", true),
            ("deploy with k8s", "k8s", true),
            // A capitalised everyday word that begins a title or a term is not the product,
            // unless it stands in a skills list.
            ("Senior Project Manager, Python and SQL", "Project", false),
            ("Access Control systems with Python", "Access", false),
            ("Teams Lead for Python services", "Teams", false),
            // ... or ends a name: a group of people.
            (
                "Social Worker (Locality Assessment & Intervention Teams), Python",
                "Teams",
                false,
            ),
            ("Meetings on Slack and Teams, with Python", "Teams", true),
            ("Tools: Excel Project Visio", "Project", true),
            ("Planning in Jira and Project, with Python", "Project", true),
            ("Office suite (Word, Excel, Project)", "Project", true),
            (
                "Major Project: a web shop in Python and SQL",
                "Project",
                false,
            ),
            ("• Project execution with Python and SQL", "Project", false),
            // A product's name that is an everyday noun: only in a list with another
            // technology (a product or a body of knowledge), in its capital.
            ("Pipelines in Spark, Beam and Flink", "Beam", true),
            ("Beam design in ETABS, SAP2000 and AutoCAD", "Beam", false),
            (
                "Members checked: Beam, Column, Slab (ETABS, Revit)",
                "Beam",
                false,
            ),
            ("Formats including Parquet, ORC or Avro", "Parquet", true),
            (
                "Flooring: hardwood, laminate, Parquet, vinyl",
                "Parquet",
                false,
            ),
            (
                "Salads: Caesar, Iceberg, Cobb; POS, Toast, Excel",
                "Iceberg",
                false,
            ),
            ("Tools: Notion, Slack, Jira", "Notion", true),
            ("Tools: notion, Slack, Jira", "notion", false),
            (
                "Notion of ownership. We use Python and AWS.",
                "Notion",
                false,
            ),
            ("Monitoring: Sentry, Datadog, PagerDuty", "Sentry", true),
            (
                "Duties: Patrol, Sentry, Access control, CCTV",
                "Sentry",
                false,
            ),
            ("Set up Prometheus, Grafana and Loki for logs", "Loki", true),
            (
                "Served as School Prefect; Microsoft Office",
                "Prefect",
                false,
            ),
            (
                "Orchestration: Airflow, Prefect or Dagster",
                "Prefect",
                true,
            ),
            ("Skills\n- Notion\n- Jira\n", "Notion", true),
            // Two risky names do not vouch for each other ("Slack" a word too).
            ("Skills\n- Notion\n- Slack\n", "Notion", false),
            (
                "Netherlands Project • Project: DSP in Python and SQL",
                "Project",
                false,
            ),
            // "Go live" is a launch, not the language.
            ("Production Go live with Java and Python", "Go", false),
            ("Go-Live support with Java and Python", "Go", false),
            // "IT" before a word qualifies it: a domain, not a skill.
            ("IT Support Specialist, Python and SQL", "IT", false),
            ("Built the IT-infrastructure with Python", "IT", false),
            ("Legal and IT, with Python and SQL", "IT", true),
            ("Skills: IT Support, networking", "IT Support", true),
            // A language's name before another word may be an adjective of origin.
            ("We are a leading Danish company", "Danish", false),
            ("Staff at Danish Universities", "Danish", false),
            ("Fluent in Danish and English", "Danish", true),
            ("Good English skills", "English", true),
            (
                "written and spoken English any other language",
                "English",
                true,
            ),
            ("Knowledge of German C1, French B2", "German", true),
            ("Languages: English Native, Danish Fluent", "Danish", true),
            // Web and e-mail addresses name no skills; symbols inside names still work.
            ("Visit https://www.python.org today", "https", false),
            ("Visit https://www.python.org today", "python", false),
            ("See www.python.org, in Python", "python", false),
            ("Write to jobs@python-jobs.com", "python", false),
            ("HTML/CSS and Node.js", "CSS", true),
            ("Java/Kotlin and Python", "Kotlin", true),
            // A protected characteristic in an equal-opportunity statement is no skill.
            (
                "without regard to race, religion, sex, pregnancy or age",
                "pregnancy",
                false,
            ),
            ("Research on pregnancy outcomes with R", "pregnancy", true),
            // A capital proves a name, not a title-cased word of a skill that is none.
            (
                "MBA, Great Lakes Institute of Management",
                "Management",
                false,
            ),
            ("Creative Director, Python and SQL", "Creative", false),
            ("Skills: Management, Recruitment", "Management", true),
            ("Fluent in Polish and German", "Polish", true),
        ];
        for &(text, needle, want) in cases {
            assert_eq!(
                found(text, needle),
                want,
                "{needle:?} in {text:?}: {:?}",
                names(text)
            );
        }
    }

    #[test]
    fn invisible_characters_inside_words_are_read_through() {
        let text = "Java\u{ad}Script, Dock\u{200b}er; Skills: R\u{ad}, Go";
        let ex = Extractor::builtin();
        let got: Vec<_> = ex.extract(text).iter().map(|m| m.text(text)).collect();
        assert_eq!(got, ["Java\u{ad}Script", "Dock\u{200b}er", "R", "Go"]);
    }

    #[test]
    fn aliases_resolve_to_canonical_names() {
        assert_eq!(
            names("ReactJS, Postgres and k8s"),
            ["React", "PostgreSQL", "Kubernetes"]
        );
    }

    #[test]
    fn empty_and_whitespace_give_nothing() {
        for t in ["", " ", "\n\t\r ", "\u{0}\u{0}"] {
            assert!(names(t).is_empty(), "{t:?}");
        }
    }
}
