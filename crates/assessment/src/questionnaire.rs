//! The validated questionnaire: what the rest of the domain and the widget work with.
//!
//! A [`Questionnaire`] can only be built by [`Questionnaire::parse`] (see `validate.rs`),
//! so every invariant listed on the types below holds wherever one is in hand: ids are
//! unique, every question points at an existing dimension, every dimension has questions
//! and a recommendation for each of the five levels, thresholds rise from 0, and so on.
//! Code that takes a `&Questionnaire` therefore never needs to handle a "not found".
//!
//! The one other way in is [`compiled`](crate::compiled): the build writes the built-in
//! questionnaire, already validated, as these types' serde form, and reading it back checks
//! the same invariants again, so a damaged file is refused, never trusted.

pub use crate::benchmark::Benchmark;
use serde::{Deserialize, Serialize};
use serde_tuple::{Deserialize_tuple, Serialize_tuple};
use std::fmt;

/// The version of the questionnaire file format this crate reads.
pub const FORMAT_VERSION: u32 = 1;

/// The number of maturity levels on every scale. Options are anchored to levels `1..=LEVELS`.
pub const LEVELS: u8 = 5;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        ///
        /// In documents, the id as a string.
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub(crate) String);

        impl $name {
            /// The id as written in the questionnaire file.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_type!(
    /// Identifies a [`Dimension`] within its questionnaire.
    DimensionId
);
id_type!(
    /// Identifies a scored [`Question`] within its questionnaire.
    QuestionId
);
id_type!(
    /// Identifies an unscored [`ProfileQuestion`] within its questionnaire.
    ProfileId
);
id_type!(
    /// Identifies a [`ProfileOption`] within its profile question.
    ProfileOptionId
);
id_type!(
    /// Identifies a [`Recommendation`] within its questionnaire.
    RecommendationId
);
id_type!(
    /// Identifies an organisational [`Model`] within its questionnaire.
    ModelId
);

/// A maturity level, always within `1..=LEVELS`. In documents, its number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "u8", try_from = "u8")]
pub struct Level(u8);

impl From<Level> for u8 {
    fn from(level: Level) -> u8 {
        level.0
    }
}

/// A number outside `1..=LEVELS` read where a level belongs.
#[derive(Debug)]
pub struct NotALevel;

impl fmt::Display for NotALevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a level is a number from 1 to {LEVELS}")
    }
}

impl TryFrom<u8> for Level {
    type Error = NotALevel;
    fn try_from(n: u8) -> Result<Level, NotALevel> {
        Level::new(n).ok_or(NotALevel)
    }
}

impl Level {
    /// The lowest level.
    pub const MIN: Level = Level(1);
    /// The highest level.
    pub const MAX: Level = Level(LEVELS);

    /// The level with this number, if it is on the scale.
    pub fn new(n: u8) -> Option<Level> {
        (1..=LEVELS).contains(&n).then_some(Level(n))
    }

    /// The level's number, `1..=LEVELS`.
    pub fn get(self) -> u8 {
        self.0
    }

    /// The level above this one, or `None` at the top of the scale.
    pub fn next(self) -> Option<Level> {
        Level::new(self.0 + 1)
    }

    /// Every level, lowest first.
    pub fn all() -> impl Iterator<Item = Level> {
        (1..=LEVELS).map(Level)
    }

    /// A zero-based index, for arrays with one entry a level.
    pub fn index(self) -> usize {
        usize::from(self.0 - 1)
    }

    /// This level's entry of an array with one entry a level, which no level can miss.
    pub(crate) fn of<T>(self, per_level: &[T; LEVELS as usize]) -> &T {
        let [one, two, three, four, five] = per_level;
        match self.0 {
            1 => one,
            2 => two,
            3 => three,
            4 => four,
            _ => five,
        }
    }

    /// This level's entry of an array with one entry a level, to change it.
    pub(crate) fn of_mut<T>(self, per_level: &mut [T; LEVELS as usize]) -> &mut T {
        let [one, two, three, four, five] = per_level;
        match self.0 {
            1 => one,
            2 => two,
            3 => three,
            4 => four,
            _ => five,
        }
    }
}

/// The reading speed [`Questionnaire::minutes_to_answer`] assumes: words a minute on a
/// phone, comparing five answers at a time.
pub const WORDS_A_MINUTE: usize = 200;

/// The time [`Questionnaire::minutes_to_answer`] allows for choosing one answer, in
/// seconds.
pub const SECONDS_AN_ANSWER: usize = 5;

/// A complete, validated questionnaire, with its texts in one of the file's languages
/// ([`Questionnaire::language`]); everything else is the same in every language.
#[derive(Clone, Debug, PartialEq, Serialize_tuple, Deserialize_tuple)]
pub struct Questionnaire {
    pub(crate) id: String,
    pub(crate) revision: u16,
    /// The language of this value's texts: one of `languages`.
    pub(crate) language: String,
    /// Every language the file has texts in, its default first; at least one.
    pub(crate) languages: Vec<String>,
    pub(crate) title: String,
    pub(crate) intro: String,
    pub(crate) estimated_minutes: u8,
    /// One entry a level, level 1 first; `min_score` starts at 0 and rises strictly.
    pub(crate) scale: [ScaleLevel; LEVELS as usize],
    /// At least one; every one has at least one question.
    pub(crate) dimensions: Vec<Dimension>,
    /// At least one; each points at an existing dimension.
    pub(crate) questions: Vec<Question>,
    pub(crate) profile: Vec<ProfileQuestion>,
    /// For each dimension, each level is covered by exactly one recommendation.
    pub(crate) recommendations: Vec<Recommendation>,
    pub(crate) models: Vec<Model>,
    pub(crate) methodology: Methodology,
    /// How other organisations scored, when a consultant provides it (`"benchmark"`);
    /// its dimensions name dimensions of this questionnaire, in its order.
    pub(crate) benchmark: Option<Benchmark>,
}

/// One step of the maturity scale.
#[derive(Clone, Debug, PartialEq, Eq, Serialize_tuple, Deserialize_tuple)]
pub struct ScaleLevel {
    /// Which level this is.
    pub level: Level,
    /// A short name such as "Siloed".
    pub name: String,
    /// What an organisation at this level looks like.
    pub description: String,
    /// The lowest 0-100 score that reaches this level.
    pub min_score: u8,
}

/// An area of maturity that gets its own score.
#[derive(Clone, Debug, PartialEq, Eq, Serialize_tuple, Deserialize_tuple)]
pub struct Dimension {
    /// The dimension's id.
    pub id: DimensionId,
    /// Its name, shown as a heading.
    pub name: String,
    /// What it covers.
    pub description: String,
    /// Its weight in the overall score, `1..=100`.
    pub weight: u32,
    /// What it usually means when departments see this dimension a level or more apart,
    /// shown with the team view's silo signals; `None` when the file gives none (the team
    /// view then falls back to a generic sentence).
    pub gap_meaning: Option<String>,
}

/// A scored question with five behaviourally anchored options.
#[derive(Clone, Debug, PartialEq, Eq, Serialize_tuple, Deserialize_tuple)]
pub struct Question {
    /// The question's id.
    pub id: QuestionId,
    /// The dimension it scores.
    pub dimension: DimensionId,
    /// The question as asked.
    pub prompt: String,
    /// Optional guidance shown under the prompt.
    pub help: Option<String>,
    /// Exactly one option for each level, in the order they are shown.
    pub options: Vec<Choice>,
    /// Whether "not sure" may be answered.
    pub not_sure: bool,
    /// Whether "does not apply to us" may be answered (default `false`): for questions
    /// about something a small or specialised organisation may simply not have. It is
    /// scored like "not sure" (left out of the mean) but does not lower confidence.
    pub not_applicable: bool,
}

/// One anchored answer to a question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize_tuple, Deserialize_tuple)]
pub struct Choice {
    /// The level this answer describes.
    pub level: Level,
    /// The observable behaviour, as shown to the respondent.
    pub label: String,
}

/// What an unscored profile question is about; the widget and the models use it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProfileKind {
    /// The respondent's department.
    Department,
    /// The respondent's role or seniority.
    Role,
    /// The organisation's size.
    CompanySize,
    /// How the respondent describes the organisation of social media today.
    Organisation,
    /// Anything else the questionnaire's author wants to ask.
    Other,
}

/// An unscored question about the respondent or the organisation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize_tuple, Deserialize_tuple)]
pub struct ProfileQuestion {
    /// The question's id.
    pub id: ProfileId,
    /// What it is about.
    pub kind: ProfileKind,
    /// The question as asked.
    pub prompt: String,
    /// Optional guidance.
    pub help: Option<String>,
    /// The choices, in the order shown; at least two.
    pub options: Vec<ProfileOption>,
}

/// One choice of a profile question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize_tuple, Deserialize_tuple)]
pub struct ProfileOption {
    /// The option's id, unique within its question.
    pub id: ProfileOptionId,
    /// As shown to the respondent.
    pub label: String,
    /// For [`ProfileKind::Organisation`]: the organisational model this description names.
    pub model: Option<ModelId>,
}

/// How many days an action should take.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Horizon {
    /// Within 30 days.
    Days30,
    /// Within 60 days.
    Days60,
    /// Within 90 days.
    Days90,
}

impl Horizon {
    /// The number of days.
    pub fn days(self) -> u8 {
        match self {
            Horizon::Days30 => 30,
            Horizon::Days60 => 60,
            Horizon::Days90 => 90,
        }
    }

    /// All horizons, soonest first.
    pub const ALL: [Horizon; 3] = [Horizon::Days30, Horizon::Days60, Horizon::Days90];
}

/// Advice for one dimension at a band of levels.
#[derive(Clone, Debug, PartialEq, Eq, Serialize_tuple, Deserialize_tuple)]
pub struct Recommendation {
    /// The recommendation's id.
    pub id: RecommendationId,
    /// The dimension it improves.
    pub dimension: DimensionId,
    /// The levels it is given at, ascending, non-empty.
    pub levels: Vec<Level>,
    /// A short title.
    pub title: String,
    /// What to do and why.
    pub action: String,
    /// A concrete first step someone can take this week.
    pub first_step: String,
    /// How long the action should take.
    pub horizon: Horizon,
    /// Given only to respondents who meet this rule (a profile answer, such as company
    /// size or role, or a question's level), in place of the dimension's unconditional
    /// recommendation at the same level. `None` for the unconditional ones.
    pub when: Option<RuleSubject>,
    /// Shown next to the dimension's own recommendation at each of its levels, rather than
    /// instead of it; not counted when checking that each level has one recommendation.
    pub alongside: bool,
}

/// Which side of a rule's comparison a model rule reads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RuleSubject {
    /// A scored question's answered level must be within `min..=max`.
    Question {
        /// The question.
        question: QuestionId,
        /// The lowest level that meets the rule.
        min: Level,
        /// The highest level that meets the rule.
        max: Level,
    },
    /// A profile question's answer must be one of `options`.
    Profile {
        /// The profile question.
        profile: ProfileId,
        /// The options that meet the rule.
        options: Vec<ProfileOptionId>,
    },
}

/// One of the organisational models (Owyang's five, or a consultant's own).
#[derive(Clone, Debug, PartialEq, Eq, Serialize_tuple, Deserialize_tuple)]
pub struct Model {
    /// The model's id.
    pub id: ModelId,
    /// Its name.
    pub name: String,
    /// What it looks like, its strengths and its risks.
    pub description: String,
    /// The rules whose share met measures the resemblance; at least one.
    pub rules: Vec<RuleSubject>,
}

/// Where the questionnaire's ideas come from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize_tuple, Deserialize_tuple)]
pub struct Methodology {
    /// How the assessment was built and how it scores.
    pub text: String,
    /// The sources it draws on.
    pub sources: Vec<Source>,
}

/// A cited source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize_tuple, Deserialize_tuple)]
pub struct Source {
    /// Author, title, year.
    pub label: String,
    /// Where to read it, if online (`https:` only).
    pub url: Option<String>,
}

impl Questionnaire {
    /// The questionnaire's id, stable across revisions.
    pub fn id(&self) -> &str {
        &self.id
    }
    /// The revision; a share code only opens with the revision it was made with.
    pub fn revision(&self) -> u16 {
        self.revision
    }
    /// The BCP 47 language tag of this value's texts, as the file declares it: one of
    /// [`languages`](Questionnaire::languages), picked by [`Questionnaire::parse_in`].
    pub fn language(&self) -> &str {
        &self.language
    }
    /// Every language the file has texts in, as BCP 47 tags, its default language first.
    /// Ids, levels, weights and rules are the same in each, so share codes and saved
    /// answers work across them; parse the file again with [`Questionnaire::parse_in`] to
    /// get another language.
    pub fn languages(&self) -> &[String] {
        &self.languages
    }
    /// Its title.
    pub fn title(&self) -> &str {
        &self.title
    }
    /// The introduction shown on the start screen.
    pub fn intro(&self) -> &str {
        &self.intro
    }
    /// The file's own `estimated_minutes`, as its author wrote it. What the widget shows
    /// is [`Questionnaire::minutes_to_answer`], computed from the texts.
    pub fn estimated_minutes(&self) -> u8 {
        self.estimated_minutes
    }
    /// The words a respondent reads on the way through, in this language: the
    /// introduction, and the prompt, help and answers of every scored and profile
    /// question.
    pub fn words_to_read(&self) -> usize {
        let count = |t: &str| t.split_whitespace().count();
        let scored = self.questions.iter().map(|q| {
            count(&q.prompt)
                + q.help.as_deref().map_or(0, count)
                + q.options.iter().map(|o| count(&o.label)).sum::<usize>()
        });
        let profile = self.profile.iter().map(|p| {
            count(&p.prompt)
                + p.help.as_deref().map_or(0, count)
                + p.options.iter().map(|o| count(&o.label)).sum::<usize>()
        });
        count(&self.intro) + scored.sum::<usize>() + profile.sum::<usize>()
    }
    /// About how long answering takes, in whole minutes (at least one): the
    /// [`words_to_read`](Questionnaire::words_to_read) at [`WORDS_A_MINUTE`], plus
    /// [`SECONDS_AN_ANSWER`] for each scored and profile question, rounded to the nearest
    /// minute. DESIGN.md, "Time estimate", gives the reasons for both figures.
    pub fn minutes_to_answer(&self) -> usize {
        let answers = self.questions.len() + self.profile.len();
        let seconds = self.words_to_read() * 60 / WORDS_A_MINUTE + answers * SECONDS_AN_ANSWER;
        ((seconds + 30) / 60).max(1)
    }
    /// The scale, level 1 first.
    pub fn scale(&self) -> &[ScaleLevel] {
        &self.scale
    }
    /// The scale entry for a level.
    pub fn scale_level(&self, level: Level) -> &ScaleLevel {
        level.of(&self.scale)
    }
    /// The dimensions, in order.
    pub fn dimensions(&self) -> &[Dimension] {
        &self.dimensions
    }
    /// The scored questions, in order.
    pub fn questions(&self) -> &[Question] {
        &self.questions
    }
    /// The profile questions, in order.
    pub fn profile(&self) -> &[ProfileQuestion] {
        &self.profile
    }
    /// All recommendations.
    pub fn recommendations(&self) -> &[Recommendation] {
        &self.recommendations
    }
    /// The organisational models.
    pub fn models(&self) -> &[Model] {
        &self.models
    }
    /// The methodology note.
    pub fn methodology(&self) -> &Methodology {
        &self.methodology
    }
    /// The benchmark a consultant provided, if any (the built-in questionnaire has none).
    pub fn benchmark(&self) -> Option<&Benchmark> {
        self.benchmark.as_ref()
    }

    /// The index of a dimension by id.
    pub fn dimension_index(&self, id: &DimensionId) -> Option<usize> {
        self.dimensions.iter().position(|d| &d.id == id)
    }
    /// The index of a question by id.
    pub fn question_index(&self, id: &QuestionId) -> Option<usize> {
        self.questions.iter().position(|q| &q.id == id)
    }
    /// The index of a profile question by id.
    pub fn profile_index(&self, id: &ProfileId) -> Option<usize> {
        self.profile.iter().position(|p| &p.id == id)
    }
    /// The questions of one dimension with their indices, in order.
    pub fn questions_of<'a>(
        &'a self,
        dimension: &'a DimensionId,
    ) -> impl Iterator<Item = (usize, &'a Question)> + 'a {
        self.questions
            .iter()
            .enumerate()
            .filter(move |(_, q)| &q.dimension == dimension)
    }
    /// A dimension by id.
    pub fn dimension(&self, id: &DimensionId) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| &d.id == id)
    }
    /// A recommendation by id.
    pub fn recommendation(&self, id: &RecommendationId) -> Option<&Recommendation> {
        self.recommendations.iter().find(|r| &r.id == id)
    }
    /// An organisational model by id.
    pub fn model(&self, id: &ModelId) -> Option<&Model> {
        self.models.iter().find(|m| &m.id == id)
    }
    /// The level a 0-100 score reaches on this questionnaire's scale.
    pub fn level_for(&self, score: u8) -> Level {
        self.scale
            .iter()
            .rev()
            .find(|s| score >= s.min_score)
            .map_or(Level::MIN, |s| s.level)
    }
    /// The unconditional recommendation for a dimension at a level (validation guarantees
    /// exactly one); [`crate::report`] picks a conditional one in its place when the
    /// respondent meets its `when` rule.
    #[expect(
        clippy::indexing_slicing,
        reason = "never empty: validation requires a dimension and a recommendation for each of its levels (and with one for every level, the fallback is never taken)"
    )]
    pub fn recommendation_for(&self, dimension: &DimensionId, level: Level) -> &Recommendation {
        self.recommendations
            .iter()
            .find(|r| {
                &r.dimension == dimension
                    && r.levels.contains(&level)
                    && r.when.is_none()
                    && !r.alongside
            })
            .unwrap_or(&self.recommendations[0])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_time_to_answer_is_reading_at_200_words_a_minute_plus_5_seconds_an_answer() {
        // One question of 22 words (a prompt of two, five answers of four) and no profile:
        // 5 seconds to answer, the rest is the introduction's words.
        let mut q = crate::testing::tiny();
        q.questions.truncate(1);
        q.profile.clear();
        let check = |q: &mut Questionnaire, intro_words: usize, words: usize, minutes: usize| {
            q.intro = vec!["word"; intro_words].join(" ");
            assert_eq!(
                q.words_to_read(),
                words,
                "{intro_words} words of introduction"
            );
            assert_eq!(q.minutes_to_answer(), minutes, "{words} words");
        };
        // 7 s reading + 5 s: never less than a minute.
        check(&mut q, 2, 24, 1);
        // 283 words are 84 s, plus 5: 89 s is rounded down; 284 words make 90 s, up.
        check(&mut q, 261, 283, 1);
        check(&mut q, 262, 284, 2);
        check(&mut q, 378, 400, 2);
        // Help texts count too.
        q.questions[0].help = Some("three more words".to_string());
        check(&mut q, 262, 287, 2);
    }

    #[test]
    fn each_level_has_its_own_entry_of_a_per_level_array() {
        let mut per_level = [10, 20, 30, 40, 50];
        let entries: Vec<u8> = Level::all().map(|level| *level.of(&per_level)).collect();
        assert_eq!(entries, [10, 20, 30, 40, 50]);
        for level in Level::all() {
            *level.of_mut(&mut per_level) += level.get();
        }
        assert_eq!(per_level, [11, 22, 33, 44, 55]);
    }
}
