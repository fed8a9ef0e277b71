//! Scoring: from a questionnaire and a respondent's answers to a [`Report`].
//!
//! Everything here is integer arithmetic, so every platform (and every share code, see
//! [`crate::share`]) produces the same report. The rules:
//!
//! - A question answered at level `L` is worth `(L - 1) × 25` points, `0..=100`.
//! - A dimension's score is the mean of its answered questions' points, rounded half up.
//!   "Not sure", "does not apply" and unanswered questions leave the denominator; a
//!   dimension without a single real answer has no score and no level.
//! - The overall score is the weighted mean of the scored dimensions' scores, rounded half
//!   up; it has no score when no dimension does.
//! - Levels come from the questionnaire's scale ([`Questionnaire::level_for`]). The overall
//!   level is further capped at one above the weakest scored dimension's level (CMMI's
//!   staged, weakest-link logic); [`Overall`] records whether that happened and why.
//! - Each scored dimension gets the recommendation for the level of its **weakest answer**
//!   when that is below the dimension's level (the mean), else for the dimension's level:
//!   advice aimed at what is missing, not at the average. Among the recommendations for
//!   that level, the first whose `when` rule the respondent meets (a profile answer such as
//!   company size or role) replaces the unconditional one. Recommendations marked
//!   `alongside` for the dimension's level are listed with it as well.
//! - Recommendations are ranked by `weight × (100 − score)`: the gap to the top of the
//!   scale, weighted. The first three are "start here"; the first six make the plan.

use crate::answers::{Answer, Answers};
use crate::model::{match_model, rule_met, ModelMatch};
use crate::questionnaire::{
    DimensionId, Horizon, Level, Questionnaire, Recommendation, RecommendationId,
};
use serde::Serialize;
use std::cmp::Reverse;

/// The highest score a question, a dimension or the whole assessment can reach.
pub const MAX_SCORE: u8 = 100;

/// How many recommendations "start here" holds, at most.
pub const START_HERE: usize = 3;

/// How many recommendations the 30/60/90-day plan holds, at most (start here included).
pub const PLAN_SIZE: usize = 6;

/// Everything the results screen shows, computed from a questionnaire and answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Report {
    /// How much of the questionnaire was really answered.
    pub confidence: Confidence,
    /// One entry per dimension, in questionnaire order.
    pub dimensions: Vec<DimensionResult>,
    /// The organisational model the answers resemble, if the questionnaire has models and
    /// any of their rules is met.
    pub model: Option<ModelMatch>,
    /// The overall score and level, or `None` when no dimension has a score.
    pub overall: Option<Overall>,
    /// Start here plus the next three, by horizon.
    pub plan: Plan,
    /// The (at most three) recommendations that matter most, most important first.
    pub start_here: Vec<RecommendationId>,
}

/// The overall result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Overall {
    /// The weakest dimensions that lowered the level; empty when the cap did not apply.
    pub capped_by: Vec<DimensionId>,
    /// The level reached: the score's level, capped at one above the weakest dimension.
    pub level: Level,
    /// The weighted mean of the scored dimensions' scores, `0..=100`.
    pub score: u8,
    /// The level the score alone reaches, before the weakest-link cap.
    pub uncapped_level: Level,
}

impl Overall {
    /// Whether the weakest-link cap lowered the level.
    pub fn is_capped(&self) -> bool {
        self.level < self.uncapped_level
    }
}

/// The result for one dimension.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DimensionResult {
    /// Recommendations shown next to `recommendation` at the dimension's level (see
    /// [`Recommendation::alongside`]); usually empty.
    pub alongside: Vec<RecommendationId>,
    /// How many of its questions were answered with a level (the ones that are scored).
    pub answered: usize,
    /// Which dimension.
    pub dimension: DimensionId,
    /// The level the score reaches; `None` exactly when `score` is.
    pub level: Option<Level>,
    /// How many of its questions were answered "does not apply".
    pub not_applicable: usize,
    /// How many of its questions were answered "not sure".
    pub not_sure: usize,
    /// How many questions it has.
    pub questions: usize,
    /// The recommendation for the level of its weakest answer, or for its level when no
    /// answer is below it; `None` when it has no score.
    pub recommendation: Option<RecommendationId>,
    /// The rounded mean of its answered questions' points, `0..=100`; `None` when none of
    /// its questions was answered with a level.
    pub score: Option<u8>,
}

/// How much of the questionnaire the report rests on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Confidence {
    /// How many were answered with a level.
    pub answered: usize,
    /// High, medium or low; see [`ConfidenceLevel`].
    pub level: ConfidenceLevel,
    /// How many were answered "does not apply": known answers that leave the score, so
    /// they do not count against confidence.
    pub not_applicable: usize,
    /// How many were answered "not sure" (per dimension: [`DimensionResult::not_sure`]).
    pub not_sure: usize,
    /// How many scored questions the questionnaire has.
    pub questions: usize,
    /// How many were not answered at all.
    pub unanswered: usize,
    /// The dimensions that could not be scored because none of their questions was
    /// answered with a level, in questionnaire order.
    pub unscored: Vec<DimensionId>,
}

/// How far to trust a report, from the share of scored questions answered with a level.
///
/// High: at least 90 % of the questions; Medium: at least 70 %; Low: anything less
/// (including a questionnaire with no answer at all). "Not sure" counts as not answered;
/// questions answered "does not apply" are left out of the count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ConfidenceLevel {
    /// At least 90 % of the questions have a real answer.
    High,
    /// At least 70 %, less than 90 %.
    Medium,
    /// Less than 70 %.
    Low,
}

impl ConfidenceLevel {
    /// The level for `answered` real answers out of `questions`.
    pub fn from_counts(answered: usize, questions: usize) -> ConfidenceLevel {
        // Widening to u128 keeps the products exact for any usize.
        let (answered, questions) = (answered as u128, questions as u128);
        if questions == 0 || answered == 0 {
            ConfidenceLevel::Low
        } else if answered * 100 >= questions * 90 {
            ConfidenceLevel::High
        } else if answered * 100 >= questions * 70 {
            ConfidenceLevel::Medium
        } else {
            ConfidenceLevel::Low
        }
    }
}

/// A 30/60/90-day plan: the start-here recommendations and the next three by priority,
/// each in the bucket of its own horizon, most important first within a bucket.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Plan {
    /// To do within 30 days.
    pub days_30: Vec<PlanEntry>,
    /// To do within 60 days.
    pub days_60: Vec<PlanEntry>,
    /// To do within 90 days.
    pub days_90: Vec<PlanEntry>,
}

impl Plan {
    /// The entries of one horizon.
    pub fn bucket(&self, horizon: Horizon) -> &[PlanEntry] {
        match horizon {
            Horizon::Days30 => &self.days_30,
            Horizon::Days60 => &self.days_60,
            Horizon::Days90 => &self.days_90,
        }
    }

    /// How many entries the plan has in all.
    pub fn len(&self) -> usize {
        self.days_30.len() + self.days_60.len() + self.days_90.len()
    }

    /// Whether the plan is empty (nothing scored, or every dimension at the top level).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn bucket_mut(&mut self, horizon: Horizon) -> &mut Vec<PlanEntry> {
        match horizon {
            Horizon::Days30 => &mut self.days_30,
            Horizon::Days60 => &mut self.days_60,
            Horizon::Days90 => &mut self.days_90,
        }
    }
}

/// One action in the plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlanEntry {
    /// The dimension it improves.
    pub dimension: DimensionId,
    /// The recommendation to act on.
    pub recommendation: RecommendationId,
}

/// Scores the answers against the questionnaire.
///
/// Infallible: answers that do not fit the questionnaire (see [`Answers::fits`]) are read
/// as far as they go, missing positions counting as unanswered.
pub fn report(questionnaire: &Questionnaire, answers: &Answers) -> Report {
    let dimensions = dimension_results(questionnaire, answers);
    let mut counts = Counts {
        questions: questionnaire.questions().len(),
        ..Counts::default()
    };
    for index in 0..questionnaire.questions().len() {
        counts.add(answers.get(index));
    }
    let confidence = confidence(counts, &dimensions);
    from_dimensions(
        questionnaire,
        dimensions,
        confidence,
        match_model(questionnaire, answers),
    )
}

/// The rest of a report from its dimension results: the overall score and level with the
/// weakest-link cap, the ranking, "start here" and the plan.
///
/// Both a single respondent's [`report`] and a team's organisation-wide report
/// ([`crate::team::aggregate`]) are made here, so the two follow the same rules.
pub(crate) fn from_dimensions(
    questionnaire: &Questionnaire,
    dimensions: Vec<DimensionResult>,
    confidence: Confidence,
    model: Option<ModelMatch>,
) -> Report {
    let overall = overall(questionnaire, &dimensions);
    let ranked = ranked(questionnaire, &dimensions);
    let start_here = ranked
        .iter()
        .take(START_HERE)
        .map(|(_, r)| r.id.clone())
        .collect();
    let mut plan = Plan::default();
    for (dimension, r) in ranked.iter().take(PLAN_SIZE) {
        plan.bucket_mut(r.horizon).push(PlanEntry {
            recommendation: r.id.clone(),
            dimension: (*dimension).clone(),
        });
    }
    Report {
        overall,
        dimensions,
        confidence,
        start_here,
        plan,
        model,
    }
}

/// The points a question answered at `level` is worth: `(level - 1) × 25`.
pub fn points(level: Level) -> u8 {
    (level.get() - 1) * points_per_level()
}

/// How many points one level more is worth.
pub(crate) const fn points_per_level() -> u8 {
    25
}

/// `sum / n` rounded half up, in integers, capped at [`MAX_SCORE`]; `n` must not be zero.
pub(crate) fn rounded_mean(sum: u64, n: u64) -> u8 {
    let mean = (2 * sum + n) / (2 * n);
    u8::try_from(mean).map_or(MAX_SCORE, |m| m.min(MAX_SCORE))
}

/// Each dimension's result for one respondent, in questionnaire order.
pub(crate) fn dimension_results(
    questionnaire: &Questionnaire,
    answers: &Answers,
) -> Vec<DimensionResult> {
    questionnaire
        .dimensions()
        .iter()
        .map(|d| dimension_result(questionnaire, answers, &d.id))
        .collect()
}

fn dimension_result(
    questionnaire: &Questionnaire,
    answers: &Answers,
    dimension: &DimensionId,
) -> DimensionResult {
    let mut sum = 0u64;
    let mut counts = Counts::default();
    for (index, _) in questionnaire.questions_of(dimension) {
        counts.questions += 1;
        let answer = answers.get(index);
        if let Some(Answer::Level(level)) = answer {
            sum += u64::from(points(level));
        }
        counts.add(answer);
    }
    let weakest = weakest(questionnaire, answers, dimension);
    let score = (counts.answered > 0).then(|| rounded_mean(sum, counts.answered as u64));
    scored_dimension(
        questionnaire,
        dimension,
        score,
        counts,
        Some(Respondent { answers, weakest }),
    )
}

/// The lowest level among a dimension's answers, if any was answered with a level.
pub(crate) fn weakest(
    questionnaire: &Questionnaire,
    answers: &Answers,
    dimension: &DimensionId,
) -> Option<Level> {
    questionnaire
        .questions_of(dimension)
        .filter_map(|(index, _)| match answers.get(index) {
            Some(Answer::Level(level)) => Some(level),
            _ => None,
        })
        .min()
}

/// How many questions were answered with a level, "not sure" or "does not apply", and
/// how many were asked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Counts {
    pub(crate) answered: usize,
    pub(crate) not_applicable: usize,
    pub(crate) not_sure: usize,
    pub(crate) questions: usize,
}

impl Counts {
    /// Counts one answer (the caller counts the question itself).
    fn add(&mut self, answer: Option<Answer>) {
        match answer {
            Some(Answer::Level(_)) => self.answered += 1,
            Some(Answer::NotSure) => self.not_sure += 1,
            Some(Answer::NotApplicable) => self.not_applicable += 1,
            None => {}
        }
    }

    /// Adds another dimension's or respondent's counts.
    pub(crate) fn add_counts(&mut self, other: Counts) {
        self.answered += other.answered;
        self.not_applicable += other.not_applicable;
        self.not_sure += other.not_sure;
        self.questions += other.questions;
    }
}

/// One respondent behind a dimension's result: their answers (for the `when` rules of
/// recommendations) and the lowest level among the dimension's answers.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Respondent<'a> {
    pub(crate) answers: &'a Answers,
    pub(crate) weakest: Option<Level>,
}

/// A dimension's result from its score: the level the score reaches and the
/// recommendation for it. With a respondent, the recommendation is for the level of the
/// weakest answer when that is lower, and one whose `when` rule they meet comes first;
/// without one (a team's organisation-wide result), it is the unconditional one for the
/// dimension's level.
pub(crate) fn scored_dimension(
    questionnaire: &Questionnaire,
    dimension: &DimensionId,
    score: Option<u8>,
    counts: Counts,
    respondent: Option<Respondent<'_>>,
) -> DimensionResult {
    let level = score.map(|s| questionnaire.level_for(s));
    let answers = respondent.map(|r| r.answers);
    let meets = |r: &Recommendation| match (&r.when, answers) {
        (None, _) => true,
        (Some(rule), Some(answers)) => rule_met(questionnaire, answers, rule),
        (Some(_), None) => false,
    };
    let advice_level = level.map(|l| {
        respondent
            .and_then(|r| r.weakest)
            .map_or(l, |weakest| weakest.min(l))
    });
    let recommendation = advice_level.map(|l| {
        questionnaire
            .recommendations()
            .iter()
            .find(|r| {
                &r.dimension == dimension
                    && r.levels.contains(&l)
                    && !r.alongside
                    && r.when.is_some()
                    && meets(r)
            })
            .unwrap_or_else(|| questionnaire.recommendation_for(dimension, l))
            .id
            .clone()
    });
    let alongside = level.map_or_else(Vec::new, |l| {
        questionnaire
            .recommendations()
            .iter()
            .filter(|r| {
                &r.dimension == dimension && r.levels.contains(&l) && r.alongside && meets(r)
            })
            .map(|r| r.id.clone())
            .collect()
    });
    DimensionResult {
        alongside,
        dimension: dimension.clone(),
        score,
        level,
        answered: counts.answered,
        not_applicable: counts.not_applicable,
        not_sure: counts.not_sure,
        questions: counts.questions,
        recommendation,
    }
}

fn overall(questionnaire: &Questionnaire, dimensions: &[DimensionResult]) -> Option<Overall> {
    let (mut weighted, mut weights) = (0u64, 0u64);
    for (d, r) in questionnaire.dimensions().iter().zip(dimensions) {
        if let Some(score) = r.score {
            weighted += u64::from(d.weight) * u64::from(score);
            weights += u64::from(d.weight);
        }
    }
    if weights == 0 {
        return None;
    }
    let score = rounded_mean(weighted, weights);
    let uncapped_level = questionnaire.level_for(score);
    let weakest = dimensions.iter().filter_map(|r| r.level).min()?;
    let level = uncapped_level.min(weakest.next().unwrap_or(weakest));
    let capped_by = if level < uncapped_level {
        dimensions
            .iter()
            .filter(|r| r.level == Some(weakest))
            .map(|r| r.dimension.clone())
            .collect()
    } else {
        Vec::new()
    };
    Some(Overall {
        score,
        level,
        uncapped_level,
        capped_by,
    })
}

/// The confidence of a report resting on these counts of answers: the share of real
/// answers among the questions that apply.
pub(crate) fn confidence(counts: Counts, dimensions: &[DimensionResult]) -> Confidence {
    let Counts {
        answered,
        not_applicable,
        not_sure,
        questions,
    } = counts;
    Confidence {
        level: ConfidenceLevel::from_counts(answered, questions.saturating_sub(not_applicable)),
        questions,
        answered,
        not_applicable,
        not_sure,
        unanswered: questions.saturating_sub(answered + not_sure + not_applicable),
        unscored: dimensions
            .iter()
            .filter(|r| r.score.is_none())
            .map(|r| r.dimension.clone())
            .collect(),
    }
}

/// The scored dimensions below the top level with their recommendation, most important
/// first: by `weight × (100 − score)` descending, then lower level, then questionnaire order.
fn ranked<'a>(
    questionnaire: &'a Questionnaire,
    dimensions: &'a [DimensionResult],
) -> Vec<(&'a DimensionId, &'a Recommendation)> {
    let mut candidates: Vec<(Reverse<u64>, Level, usize, &DimensionId, &Recommendation)> =
        questionnaire
            .dimensions()
            .iter()
            .zip(dimensions)
            .enumerate()
            .filter_map(|(order, (d, r))| {
                let (score, level) = (r.score?, r.level?);
                let recommendation = questionnaire.recommendation(r.recommendation.as_ref()?)?;
                (level < Level::MAX).then(|| {
                    let gap = u64::from(MAX_SCORE.saturating_sub(score));
                    (
                        Reverse(u64::from(d.weight) * gap),
                        level,
                        order,
                        &r.dimension,
                        recommendation,
                    )
                })
            })
            .collect();
    crate::order::sort_by(&mut candidates, |a, b| {
        (a.0, a.1, a.2).cmp(&(b.0, b.1, b.2))
    });
    candidates
        .into_iter()
        .map(|(_, _, _, dimension, recommendation)| (dimension, recommendation))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{self, answers, level};
    use proptest::prelude::*;

    /// What a table row expects: each dimension's score, then the overall score, level,
    /// uncapped level and the dimensions that capped it.
    struct Expect<'a> {
        dimensions: [Option<u8>; 3],
        overall: Option<(u8, u8, u8, &'a [&'a str])>,
    }

    fn check(spec: &str, expect: Expect<'_>) {
        let q = testing::tiny();
        let r = report(&q, &answers(&q, spec));
        let scores: Vec<Option<u8>> = r.dimensions.iter().map(|d| d.score).collect();
        assert_eq!(scores, expect.dimensions, "dimension scores for {spec:?}");
        for d in &r.dimensions {
            assert_eq!(d.level, d.score.map(|s| q.level_for(s)), "{spec:?}");
            assert_eq!(d.recommendation.is_some(), d.score.is_some(), "{spec:?}");
        }
        let overall = r.overall.map(|o| {
            (
                o.score,
                o.level.get(),
                o.uncapped_level.get(),
                o.capped_by
                    .iter()
                    .map(|d| d.to_string())
                    .collect::<Vec<_>>(),
            )
        });
        let expected = expect.overall.map(|(s, l, u, by)| {
            (
                s,
                l,
                u,
                by.iter().map(|d| d.to_string()).collect::<Vec<_>>(),
            )
        });
        assert_eq!(overall, expected, "overall for {spec:?}");
    }

    #[test]
    fn scores_levels_and_the_weakest_link_cap() {
        // Question order: ownership (weight 3) owner accounts | process (2) planning
        // replies | listening (1) monitoring. Scale minima: 0, 20, 40, 60, 80.
        check(
            "33 33 3",
            Expect {
                dimensions: [Some(50), Some(50), Some(50)],
                overall: Some((50, 3, 3, &[])),
            },
        );
        check(
            "11 11 1",
            Expect {
                dimensions: [Some(0), Some(0), Some(0)],
                overall: Some((0, 1, 1, &[])),
            },
        );
        check(
            "55 55 5",
            Expect {
                dimensions: [Some(100), Some(100), Some(100)],
                overall: Some((100, 5, 5, &[])),
            },
        );
        // Weakest link: (300 + 200 + 0) / 6 = 83.3 reaches level 5, but listening is at
        // level 1, so the overall level is capped at 2.
        check(
            "55 55 1",
            Expect {
                dimensions: [Some(100), Some(100), Some(0)],
                overall: Some((83, 2, 5, &["listening"])),
            },
        );
        // Two dimensions share the weakest level: both are named.
        check(
            "55 11 1",
            Expect {
                dimensions: [Some(100), Some(0), Some(0)],
                overall: Some((50, 2, 3, &["process", "listening"])),
            },
        );
        // The cap only applies when it lowers the level: 29 is level 2, weakest + 1 = 2.
        check(
            "3- 1- 2",
            Expect {
                dimensions: [Some(50), Some(0), Some(25)],
                overall: Some((29, 2, 2, &[])),
            },
        );
        // Rounding half up: 12.5 -> 13, 37.5 -> 38, 62.5 -> 63, 87.5 -> 88.
        check(
            "12 23 3",
            Expect {
                dimensions: [Some(13), Some(38), Some(50)],
                // (39 + 76 + 50) / 6 = 27.5 -> 28.
                overall: Some((28, 2, 2, &[])),
            },
        );
        check(
            "34 -- -",
            Expect {
                dimensions: [Some(63), None, None],
                overall: Some((63, 4, 4, &[])),
            },
        );
        check(
            "45 -- -",
            Expect {
                dimensions: [Some(88), None, None],
                overall: Some((88, 5, 5, &[])),
            },
        );
    }

    #[test]
    fn not_sure_and_unanswered_leave_the_denominator() {
        // Ownership counts only its level-5 answer; process only its level-3 answer;
        // listening has no real answer and no score. (300 + 100) / 5 = 80 is level 5,
        // capped at process's level 3 + 1.
        check(
            "5? 3- ?",
            Expect {
                dimensions: [Some(100), Some(50), None],
                overall: Some((80, 4, 5, &["process"])),
            },
        );
        let q = testing::tiny();
        let r = report(&q, &answers(&q, "5? 3- ?"));
        let counts: Vec<(usize, usize, usize)> = r
            .dimensions
            .iter()
            .map(|d| (d.answered, d.not_sure, d.questions))
            .collect();
        assert_eq!(counts, [(1, 1, 2), (1, 0, 2), (0, 1, 1)]);
        let c = &r.confidence;
        assert_eq!(
            (c.questions, c.answered, c.not_sure, c.unanswered),
            (5, 2, 2, 1)
        );
        assert_eq!(c.unscored, [testing::dimension("listening")]);
        assert_eq!(c.level, ConfidenceLevel::Low);
    }

    #[test]
    fn a_dimension_without_real_answers_has_no_score() {
        for spec in ["-- -- -", "?? ?? ?", "?- -? -"] {
            check(
                spec,
                Expect {
                    dimensions: [None, None, None],
                    overall: None,
                },
            );
            let q = testing::tiny();
            let r = report(&q, &answers(&q, spec));
            assert_eq!(r.confidence.unscored.len(), 3);
            assert!(r.dimensions.iter().all(|d| d.level.is_none()));
            assert!(r.start_here.is_empty() && r.plan.is_empty());
        }
    }

    #[test]
    fn confidence_levels_follow_the_share_of_real_answers() {
        // Ten questions: 9 real answers is 90 % (high), 7 is 70 % (medium), 6 is low.
        let q = testing::sized(2, 5, 0);
        for (spec, expected) in [
            ("55555 55555", ConfidenceLevel::High),
            ("55555 5555?", ConfidenceLevel::High),
            ("55555 555?-", ConfidenceLevel::Medium),
            ("55555 55?--", ConfidenceLevel::Medium),
            ("55555 5????", ConfidenceLevel::Low),
            ("----- -----", ConfidenceLevel::Low),
        ] {
            let r = report(&q, &answers(&q, spec));
            assert_eq!(r.confidence.level, expected, "{spec:?}");
        }
        assert_eq!(ConfidenceLevel::from_counts(0, 0), ConfidenceLevel::Low);
        assert_eq!(ConfidenceLevel::from_counts(1, 1), ConfidenceLevel::High);
    }

    fn ids<T: std::fmt::Display>(items: &[T]) -> Vec<String> {
        items.iter().map(|i| i.to_string()).collect()
    }

    #[test]
    fn start_here_ranks_by_weighted_gap_then_level_then_order() {
        let q = testing::tiny();
        for (spec, expected) in [
            // Gaps 100 × weights 3, 2, 1.
            (
                "11 11 1",
                &["ownership-low", "process-low", "listening-low"][..],
            ),
            // Ownership 3 × 50 = 150 ties process 2 × 75 = 150: the lower level goes first.
            (
                "33 22 1",
                &["process-low", "ownership-mid", "listening-low"],
            ),
            // Dimensions at level 5 get no start-here entry; unscored ones neither.
            ("55 11 -", &["process-low"]),
            ("44 55 5", &["ownership-high"]),
            ("55 55 5", &[]),
        ] {
            let r = report(&q, &answers(&q, spec));
            assert_eq!(ids(&r.start_here), expected, "{spec:?}");
        }
        // Equal weights, gaps and levels: questionnaire order.
        let mut q = testing::tiny();
        for d in &mut q.dimensions {
            d.weight = 1;
        }
        let r = report(&q, &answers(&q, "22 22 2"));
        assert_eq!(
            ids(&r.start_here),
            ["ownership-low", "process-low", "listening-low"]
        );
    }

    #[test]
    fn the_plan_holds_the_top_six_by_horizon() {
        // Seven equally weighted dimensions; gaps 100 100 75 75 50 50 25. Horizons in
        // `testing::sized`: low = ALL[i % 3], mid = ALL[(i + 1) % 3], high = ALL[(i + 2) % 3].
        let q = testing::sized(7, 1, 0);
        let r = report(&q, &answers(&q, "1 1 2 2 3 3 4"));
        assert_eq!(ids(&r.start_here), ["d0-low", "d1-low", "d2-low"]);
        let entries = |h| -> Vec<String> {
            r.plan
                .bucket(h)
                .iter()
                .map(|e| format!("{}:{}", e.dimension, e.recommendation))
                .collect()
        };
        assert_eq!(
            entries(Horizon::Days30),
            ["d0:d0-low", "d3:d3-low", "d5:d5-mid"]
        );
        assert_eq!(entries(Horizon::Days60), ["d1:d1-low"]);
        assert_eq!(entries(Horizon::Days90), ["d2:d2-low", "d4:d4-mid"]);
        assert_eq!(r.plan.len(), PLAN_SIZE);

        // On the small questionnaire the plan is the start-here three, by horizon.
        let q = testing::tiny();
        let r = report(&q, &answers(&q, "11 33 3"));
        assert_eq!(
            ids(&r.start_here),
            ["ownership-low", "process-mid", "listening-mid"]
        );
        let plan: Vec<Vec<String>> = Horizon::ALL
            .iter()
            .map(|&h| {
                ids(&r
                    .plan
                    .bucket(h)
                    .iter()
                    .map(|e| &e.recommendation)
                    .collect::<Vec<_>>())
            })
            .collect();
        assert_eq!(
            plan,
            [
                vec!["ownership-low", "process-mid"],
                vec![],
                vec!["listening-mid"]
            ]
        );
    }

    #[test]
    fn each_scored_dimension_gets_the_recommendation_for_its_level() {
        let q = testing::tiny();
        let r = report(&q, &answers(&q, "11 44 -"));
        let recs: Vec<Option<String>> = r
            .dimensions
            .iter()
            .map(|d| d.recommendation.as_ref().map(|id| id.to_string()))
            .collect();
        assert_eq!(
            recs,
            [
                Some("ownership-low".to_string()),
                Some("process-high".to_string()),
                None
            ]
        );
    }

    fn recommendation_ids(r: &Report) -> Vec<Option<String>> {
        r.dimensions
            .iter()
            .map(|d| d.recommendation.as_ref().map(|id| id.to_string()))
            .collect()
    }

    #[test]
    fn the_weakest_answer_chooses_the_recommendation_when_it_is_below_the_mean() {
        let q = testing::tiny();
        // Ownership 5 and 1: the mean (50) is level 3, the weakest answer level 1, so the
        // advice is for level 1; process 4 and 3 is at level 4 (63), its weakest answer
        // level 3; listening has one answer, which is its mean.
        let r = report(&q, &answers(&q, "51 43 5"));
        assert_eq!(r.dimensions[0].level, Some(level(3)));
        assert_eq!(
            recommendation_ids(&r),
            [
                Some("ownership-low".to_string()),
                Some("process-mid".to_string()),
                Some("listening-high".to_string())
            ]
        );
        // Start here follows the chosen recommendations, ranked by the dimensions' gaps.
        assert_eq!(ids(&r.start_here), ["ownership-low", "process-mid"]);
        // Answers that agree leave the dimension's own level.
        let r = report(&q, &answers(&q, "33 44 -"));
        assert_eq!(
            recommendation_ids(&r),
            [
                Some("ownership-mid".to_string()),
                Some("process-high".to_string()),
                None
            ]
        );
    }

    /// `tiny()` with two more ownership recommendations: one for small organisations at
    /// levels 1-2, and one shown alongside at levels 1-3.
    fn with_conditional_and_alongside() -> Questionnaire {
        let mut q = testing::tiny();
        let base = q.recommendations[0].clone();
        q.recommendations.push(Recommendation {
            id: RecommendationId("ownership-small".to_string()),
            when: Some(crate::questionnaire::RuleSubject::Profile {
                profile: crate::questionnaire::ProfileId("size".to_string()),
                options: vec![crate::questionnaire::ProfileOptionId("small".to_string())],
            }),
            ..base.clone()
        });
        q.recommendations.push(Recommendation {
            id: RecommendationId("ownership-meeting".to_string()),
            levels: vec![level(1), level(2), level(3)],
            alongside: true,
            ..base
        });
        q
    }

    #[test]
    fn a_recommendation_whose_rule_the_respondent_meets_replaces_the_unconditional_one() {
        let q = with_conditional_and_alongside();
        let mut a = answers(&q, "11 33 3");
        assert_eq!(
            recommendation_ids(&report(&q, &a))[0].as_deref(),
            Some("ownership-low")
        );
        testing::pick(&q, &mut a, "size", "large");
        assert_eq!(
            recommendation_ids(&report(&q, &a))[0].as_deref(),
            Some("ownership-low")
        );
        testing::pick(&q, &mut a, "size", "small");
        let r = report(&q, &a);
        assert_eq!(
            recommendation_ids(&r)[0].as_deref(),
            Some("ownership-small")
        );
        assert_eq!(ids(&r.start_here)[0], "ownership-small");
        // At level 3 the conditional one (levels 1-2) does not apply.
        let mut a = answers(&q, "33 33 3");
        testing::pick(&q, &mut a, "size", "small");
        assert_eq!(
            recommendation_ids(&report(&q, &a))[0].as_deref(),
            Some("ownership-mid")
        );
    }

    #[test]
    fn an_alongside_recommendation_is_listed_at_its_levels_only() {
        let q = with_conditional_and_alongside();
        for (spec, expected) in [
            ("11 33 3", &["ownership-meeting"][..]),
            ("33 33 3", &["ownership-meeting"]),
            // Level 4 by the mean, even though one answer is at level 3.
            ("53 33 3", &[]),
            ("-- 33 3", &[]),
        ] {
            let r = report(&q, &answers(&q, spec));
            assert_eq!(ids(&r.dimensions[0].alongside), expected, "{spec:?}");
            assert!(r.dimensions[1..].iter().all(|d| d.alongside.is_empty()));
        }
    }

    #[test]
    fn does_not_apply_leaves_the_score_like_not_sure_but_keeps_confidence() {
        let q = testing::tiny();
        let (applies_not, unsure) = (
            report(&q, &answers(&q, "5x 33 3")),
            report(&q, &answers(&q, "5? 33 3")),
        );
        assert_eq!(applies_not.dimensions, {
            let mut d = unsure.dimensions.clone();
            d[0].not_sure = 0;
            d[0].not_applicable = 1;
            d
        });
        assert_eq!(applies_not.overall, unsure.overall);
        // Four real answers of the four questions that apply, against four of five.
        let c = &applies_not.confidence;
        assert_eq!(
            (
                c.answered,
                c.not_applicable,
                c.not_sure,
                c.unanswered,
                c.level
            ),
            (4, 1, 0, 0, ConfidenceLevel::High)
        );
        assert_eq!(unsure.confidence.level, ConfidenceLevel::Medium);
        // A dimension whose only answers do not apply has no score.
        let r = report(&q, &answers(&q, "-x 33 3"));
        assert_eq!(r.dimensions[0].score, None);
    }

    #[test]
    fn the_report_includes_the_model_match() {
        let q = testing::tiny();
        let a = answers(&q, "11 11 1");
        assert_eq!(report(&q, &a).model, match_model(&q, &a));
        assert!(report(&q, &a).model.is_some());
    }

    #[test]
    fn points_span_the_scale() {
        let got: Vec<u8> = Level::all().map(points).collect();
        assert_eq!(got, [0, 25, 50, 75, 100]);
        assert_eq!(rounded_mean(1, 2), 1);
        assert_eq!(rounded_mean(1, 3), 0);
        assert_eq!(rounded_mean(2, 3), 1);
    }

    #[test]
    fn every_score_maps_to_exactly_one_level() {
        let q = testing::tiny();
        let bands: Vec<(u8, u8)> = [(0, 19), (20, 39), (40, 59), (60, 79), (80, 100)].to_vec();
        for score in 0..=MAX_SCORE {
            let matching: Vec<usize> = bands
                .iter()
                .enumerate()
                .filter(|(_, (lo, hi))| (lo..=hi).contains(&&score))
                .map(|(i, _)| i + 1)
                .collect();
            assert_eq!(matching.len(), 1, "score {score}");
            assert_eq!(usize::from(q.level_for(score).get()), matching[0]);
        }
    }

    proptest! {
        #[test]
        fn scores_stay_within_the_scale(a in testing::arbitrary_answers(testing::tiny())) {
            let q = testing::tiny();
            let r = report(&q, &a);
            for d in &r.dimensions {
                prop_assert!(d.score.is_none_or(|s| s <= MAX_SCORE));
                prop_assert!(d.answered + d.not_sure <= d.questions);
            }
            if let Some(o) = &r.overall {
                prop_assert!(o.score <= MAX_SCORE);
                prop_assert!(o.level <= o.uncapped_level);
                prop_assert_eq!(o.is_capped(), !o.capped_by.is_empty());
                let weakest = r.dimensions.iter().filter_map(|d| d.level).min();
                prop_assert!(weakest.is_some_and(|w| o.level <= w.next().unwrap_or(w)));
            } else {
                prop_assert!(r.dimensions.iter().all(|d| d.score.is_none()));
            }
            prop_assert!(r.start_here.len() <= START_HERE);
            prop_assert!(r.plan.len() <= PLAN_SIZE);
            let c = &r.confidence;
            prop_assert_eq!(c.answered + c.not_sure + c.not_applicable + c.unanswered, c.questions);
        }

        #[test]
        fn raising_an_answer_never_lowers_a_score(
            a in testing::arbitrary_answers(testing::tiny()),
            index in 0usize..5,
        ) {
            let q = testing::tiny();
            let Some(Answer::Level(from)) = a.get(index) else { return Ok(()) };
            let Some(to) = from.next() else { return Ok(()) };
            let mut raised = a.clone();
            raised.set(index, Some(Answer::Level(to)));
            let (before, after) = (report(&q, &a), report(&q, &raised));
            let dimension = q.dimension_index(&q.questions()[index].dimension).unwrap_or(0);
            prop_assert!(after.dimensions[dimension].score >= before.dimensions[dimension].score);
            let (b, f) = (before.overall.as_ref(), after.overall.as_ref());
            prop_assert!(f.map(|o| o.score) >= b.map(|o| o.score));
            prop_assert!(f.map(|o| o.level) >= b.map(|o| o.level));
        }

        #[test]
        fn any_scale_maps_each_score_to_one_level(
            mut minima in proptest::collection::btree_set(1u8..=100, 4)
        ) {
            let mut q = testing::tiny();
            minima.insert(0);
            for (s, min) in q.scale.iter_mut().zip(&minima) {
                s.min_score = *min;
            }
            for score in 0..=MAX_SCORE {
                let reached: Vec<Level> = q
                    .scale()
                    .iter()
                    .zip(q.scale().iter().skip(1).map(|s| Some(s.min_score)).chain([None]))
                    .filter(|(s, next)| score >= s.min_score && next.is_none_or(|n| score < n))
                    .map(|(s, _)| s.level)
                    .collect();
                prop_assert_eq!(reached.len(), 1);
                prop_assert_eq!(reached[0], q.level_for(score));
            }
            prop_assert_eq!(q.level_for(0), level(1));
        }
    }
}
