//! The types of a questionnaire file, field for field, in the order the format's
//! documentation lists them (serde writes fields in declaration order).

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;
use std::fmt;

/// The fields of an object that this version of the format does not know, kept as read so
/// that opening and saving a file loses nothing (a newer tool's field, a typo the validator
/// will name).
pub type Extra = BTreeMap<String, serde_json::Value>;

/// A text for people: one plain string (a file of one language), or one text for each
/// language, in the order the file gives them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Text {
    /// `"…"`.
    Plain(String),
    /// `{ "en": "…", "de": "…" }`, in document order.
    Languages(Vec<(String, String)>),
}

impl Default for Text {
    fn default() -> Self {
        Text::Plain(String::new())
    }
}

impl Text {
    /// The text in `lang`, when the file has one: a plain string is the text of every
    /// language, as the file has only one.
    pub fn get(&self, lang: &str) -> Option<&str> {
        match self {
            Text::Plain(text) => Some(text),
            Text::Languages(entries) => entries
                .iter()
                .find(|(tag, _)| tag == lang)
                .map(|(_, text)| text.as_str()),
        }
    }

    /// Sets the text in `lang`. On a plain string this replaces it (a file of one
    /// language); a language not yet present is added at the end.
    pub fn set(&mut self, lang: &str, value: &str) {
        match self {
            Text::Plain(text) => *text = value.to_string(),
            Text::Languages(entries) => match entries.iter_mut().find(|(tag, _)| tag == lang) {
                Some((_, text)) => *text = value.to_string(),
                None => entries.push((lang.to_string(), value.to_string())),
            },
        }
    }

    /// Whether every text is empty (an optional text left out).
    pub fn is_empty(&self) -> bool {
        match self {
            Text::Plain(text) => text.trim().is_empty(),
            Text::Languages(entries) => entries.iter().all(|(_, text)| text.trim().is_empty()),
        }
    }

    /// An empty text for each of `languages` (plain when there is one).
    pub fn empty(languages: &[String]) -> Text {
        match languages {
            [_] | [] => Text::Plain(String::new()),
            many => Text::Languages(many.iter().map(|l| (l.clone(), String::new())).collect()),
        }
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match self {
            Text::Plain(text) => serializer.serialize_str(text),
            Text::Languages(entries) => {
                let mut map = serializer.serialize_map(Some(entries.len()))?;
                for (tag, text) in entries {
                    map.serialize_entry(tag, text)?;
                }
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a text, or an object with a text for each language")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text::Plain(v.to_string()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Text, E> {
                Ok(Text::Plain(v))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let mut entries = Vec::new();
                while let Some((tag, text)) = map.next_entry::<String, String>()? {
                    entries.push((tag, text));
                }
                Ok(Text::Languages(entries))
            }
        }
        deserializer.deserialize_any(TextVisitor)
    }
}

fn one() -> u32 {
    1
}

/// A questionnaire file (format 1), as written.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The format's version (1).
    #[serde(default = "one")]
    pub format: u32,
    /// The questionnaire's stable id.
    #[serde(default)]
    pub id: String,
    /// Raised whenever questions, options or their order change.
    #[serde(default = "one")]
    pub revision: u32,
    /// The one language of a file of one language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The languages of a file of several, the default first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<String>>,
    /// The title.
    #[serde(default)]
    pub title: Text,
    /// The start screen's text.
    #[serde(default)]
    pub intro: Text,
    /// How long answering takes, in minutes.
    #[serde(default = "one")]
    pub estimated_minutes: u32,
    /// The five levels.
    #[serde(default)]
    pub scale: Vec<ScaleLevel>,
    /// The areas of maturity.
    #[serde(default)]
    pub dimensions: Vec<Dimension>,
    /// The scored questions.
    #[serde(default)]
    pub questions: Vec<Question>,
    /// The unscored questions about the respondent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<Vec<ProfileQuestion>>,
    /// The advice for each dimension and band of levels.
    #[serde(default)]
    pub recommendations: Vec<Recommendation>,
    /// The organisational models.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub models: Option<Vec<Model>>,
    /// How the scores are made, and the sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub methodology: Option<Methodology>,
    /// How other organisations scored, when the file has a benchmark.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub benchmark: Option<Benchmark>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One level of the scale.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ScaleLevel {
    /// 1 to 5.
    #[serde(default)]
    pub level: u32,
    /// Its name.
    #[serde(default)]
    pub name: Text,
    /// What it looks like.
    #[serde(default)]
    pub description: Text,
    /// The lowest score (0-100) at this level.
    #[serde(default)]
    pub min_score: u32,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

/// An area of maturity.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Dimension {
    /// Its id.
    #[serde(default)]
    pub id: String,
    /// Its name.
    #[serde(default)]
    pub name: Text,
    /// What it covers.
    #[serde(default)]
    pub description: Text,
    /// Its weight in the overall score, 1-100.
    #[serde(default = "one")]
    pub weight: u32,
    /// What a gap between departments here usually means (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gap_meaning: Option<Text>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A scored question.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// Its id.
    #[serde(default)]
    pub id: String,
    /// The dimension it scores.
    #[serde(default)]
    pub dimension: String,
    /// The question.
    #[serde(default)]
    pub prompt: Text,
    /// Help (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<Text>,
    /// Whether "Not sure" is offered (default yes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_sure: Option<bool>,
    /// Whether "Does not apply to us" is offered (default no).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_applicable: Option<bool>,
    /// The five answers, one for each level.
    #[serde(default)]
    pub options: Vec<Choice>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One answer of a scored question.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    /// The level it stands for.
    #[serde(default)]
    pub level: u32,
    /// What the respondent reads.
    #[serde(default)]
    pub label: Text,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

/// An unscored question about the respondent.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ProfileQuestion {
    /// Its id.
    #[serde(default)]
    pub id: String,
    /// department, role, company_size, organisation or other.
    #[serde(default)]
    pub kind: String,
    /// The question.
    #[serde(default)]
    pub prompt: Text,
    /// Help (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<Text>,
    /// The answers.
    #[serde(default)]
    pub options: Vec<ProfileOption>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One answer of a profile question.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ProfileOption {
    /// Its id.
    #[serde(default)]
    pub id: String,
    /// What the respondent reads.
    #[serde(default)]
    pub label: Text,
    /// The model this answer describes (only for kind "organisation").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Advice for one dimension at a band of levels.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Recommendation {
    /// Its id.
    #[serde(default)]
    pub id: String,
    /// The dimension it is for.
    #[serde(default)]
    pub dimension: String,
    /// The levels it covers.
    #[serde(default)]
    pub levels: Vec<u32>,
    /// Its title.
    #[serde(default)]
    pub title: Text,
    /// What to do and why.
    #[serde(default)]
    pub action: Text,
    /// Something concrete to do this week.
    #[serde(default)]
    pub first_step: Text,
    /// 30, 60 or 90 days.
    #[serde(default)]
    pub horizon: u32,
    /// Only for respondents who meet this rule (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Rule>,
    /// Shown next to the level's own recommendation (optional, default no).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alongside: Option<bool>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

/// An organisational model.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Model {
    /// Its id.
    #[serde(default)]
    pub id: String,
    /// Its name.
    #[serde(default)]
    pub name: Text,
    /// What it looks like.
    #[serde(default)]
    pub description: Text,
    /// The rules whose share met measures resemblance.
    #[serde(default)]
    pub rules: Vec<Rule>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A rule of a model: a scored question answered within `min..=max`, or a profile
/// question answered with one of `options`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Rule {
    /// The scored question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<String>,
    /// The lowest level that meets the rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<u32>,
    /// The highest level that meets the rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u32>,
    /// The profile question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    /// The profile answers that meet the rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<String>>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

/// How the scores are made, and where the ideas come from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Methodology {
    /// The explanation.
    #[serde(default)]
    pub text: Text,
    /// The sources.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A source of the methodology.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// Author, title, year.
    #[serde(default)]
    pub label: Text,
    /// Where to read it (https only, optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A benchmark: how other organisations scored.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Benchmark {
    /// Whose results they are.
    #[serde(default)]
    pub label: Text,
    /// When the figures were taken, `YYYY-MM-DD`.
    #[serde(default)]
    pub date: String,
    /// Who collected them, and how.
    #[serde(default)]
    pub source: Text,
    /// The overall score's figure.
    #[serde(default)]
    pub overall: Figure,
    /// A figure for some dimensions, by dimension id, in the file's order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimensions: Option<crate::json::Entries<Figure>>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One figure of a benchmark.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// How many organisations it rests on.
    #[serde(default)]
    pub organisations: u32,
    /// The first quartile, the median and the third quartile of their scores.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quartiles: Option<Vec<u32>>,
    /// How many reached each level, level 1 first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distribution: Option<Vec<u32>>,
    /// Fields this version does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Why a text could not be opened as a [`Document`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenError {
    /// Not JSON: the validator's sentence, with line and column.
    Syntax(String),
    /// JSON, but not of the format's shape (a list where an object belongs, a text where
    /// a number does).
    Shape,
}

impl Document {
    /// Reads a questionnaire file's text as written, without validating it.
    pub fn read(text: &str) -> Result<Document, OpenError> {
        match crate::json::from_str::<Document>(text) {
            Ok(document) => Ok(document),
            Err(crate::json::ReadError::Syntax(error)) => Err(OpenError::Syntax(
                crate::validate::syntax_message_for(text, error),
            )),
            Err(crate::json::ReadError::Shape) => Err(OpenError::Shape),
        }
    }

    /// The file's text: indented by two spaces a level, fields in the format's order.
    pub fn write(&self) -> String {
        let mut text = crate::json::to_pretty(self);
        text.push('\n');
        text
    }

    /// The languages the file declares, the default first.
    pub fn language_tags(&self) -> Vec<String> {
        match (&self.languages, &self.language) {
            (Some(list), _) if !list.is_empty() => list.clone(),
            (_, Some(one)) => vec![one.clone()],
            _ => Vec::new(),
        }
    }
}
