//! Progress over time: an earlier result against a later one.
//!
//! [`compare`] takes two respondents' answers to one questionnaire (say last quarter's
//! share code and today's) and gives the change of the overall score and of each
//! dimension, and which recommendations are new, done or still open. [`compare_across`]
//! does the same for answers to two revisions of one questionnaire (an old share link):
//! only what both revisions have is compared, the questions with the same id in the same
//! dimension, and the [`Comparison`] says what was left out.
//!
//! # The rules
//!
//! - Both sides are scored by [`report`](crate::report::report) with the **later**
//!   questionnaire's scale, weights and recommendations, on the questions both revisions
//!   have; for one revision that is every question, so each side's figures are exactly
//!   its own report's.
//! - A change is `later - earlier`, in points of the 0-100 score; it is `None` when either
//!   side has no score (every question of the dimension answered "not sure", "does not
//!   apply" or not at all).
//! - "Not sure" and "does not apply" leave a dimension's mean on either side, as in a
//!   report. When the questions that carry a dimension's score are not the same on both
//!   sides, [`DimensionChange::same_questions`] is `false`: part of the change may come from
//!   which questions were answered rather than from progress, and the widget says so.
//! - A recommendation is **new** when the later report gives it and the earlier did not,
//!   **done** when the earlier gave it and the later does not (its dimension moved on), and
//!   **open** when both give it. The recommendations counted are each compared
//!   dimension's own one and those shown alongside it.
//!
//! Every type is a serde type with its fields in alphabetical order, so the host page's
//! events can carry a comparison as it is.

use crate::answers::{Answer, Answers};
use crate::messages;
use crate::questionnaire::{DimensionId, Level, QuestionId, Questionnaire, RecommendationId};
use crate::report::{report, Report};
use crate::text::{fill, Locale};
use serde::Serialize;
use std::fmt;

/// An earlier result against a later one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Comparison {
    /// The dimensions compared (those both revisions have), in the later questionnaire's
    /// order.
    pub dimensions: Vec<DimensionChange>,
    /// The revision of the questionnaire the earlier answers were given to.
    pub earlier_revision: u16,
    /// The revision of the questionnaire the later answers were given to.
    pub later_revision: u16,
    /// The dimensions only one of the revisions has, or whose questions none are shared:
    /// left out of the comparison. Empty for one revision.
    pub left_out_dimensions: Vec<DimensionId>,
    /// The questions only one of the revisions has (by id, in its dimension): left out of
    /// both sides' scores. Empty for one revision.
    pub left_out_questions: Vec<QuestionId>,
    /// The overall score's change.
    pub overall: Change,
    /// Which recommendations are new, done and still open.
    pub recommendations: RecommendationChanges,
    /// Whether both answers were given to the same revision.
    pub same_revision: bool,
}

/// How a score moved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Change {
    /// `later - earlier` in points, `-100..=100`; `None` when either side has no score.
    pub change: Option<i16>,
    /// The earlier score, if it had one.
    pub earlier: Option<u8>,
    /// The earlier level, if it had a score.
    pub earlier_level: Option<Level>,
    /// The later score, if it has one.
    pub later: Option<u8>,
    /// The later level, if it has a score.
    pub later_level: Option<Level>,
}

/// How one dimension's score moved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DimensionChange {
    /// Which dimension.
    pub dimension: DimensionId,
    /// Whether the same questions carry the score on both sides (answered with a level on
    /// both, or on neither); `false` when "not sure", "does not apply" or a skipped
    /// question on one side only changed what the mean rests on.
    pub same_questions: bool,
    /// The scores, levels and change.
    pub score: Change,
}

/// The recommendations of the two reports, compared.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct RecommendationChanges {
    /// Given before, no longer: the dimension has moved past it. In the earlier report's
    /// order.
    pub done: Vec<RecommendationId>,
    /// Given now, not before. In the later report's order.
    pub new: Vec<RecommendationId>,
    /// Given both times. In the later report's order.
    pub open: Vec<RecommendationId>,
}

/// Why two results cannot be compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareError {
    /// The answers belong to two different questionnaires (not two revisions of one).
    OtherQuestionnaire,
}

impl CompareError {
    /// The message for the respondent, in `locale`.
    pub fn message(&self, locale: Locale) -> String {
        match self {
            CompareError::OtherQuestionnaire => messages::progress(locale)
                .compare_other_questionnaire
                .to_owned(),
        }
    }
}

impl fmt::Display for CompareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Locale::En))
    }
}

impl std::error::Error for CompareError {}

impl Comparison {
    /// When the revisions differ: a sentence in `locale` saying that only what both have is
    /// compared. `None` for one revision.
    pub fn revision_note(&self, locale: Locale) -> Option<String> {
        (!self.same_revision).then(|| {
            fill(
                messages::progress(locale).compare_other_revision,
                &[
                    ("earlier", &self.earlier_revision),
                    ("later", &self.later_revision),
                ],
            )
        })
    }
}

/// Compares two results of one questionnaire and revision; see the module's rules.
///
/// Infallible: answers that do not fit the questionnaire are read as far as they go.
pub fn compare(questionnaire: &Questionnaire, earlier: &Answers, later: &Answers) -> Comparison {
    let earlier_report = report(questionnaire, earlier);
    let later_report = report(questionnaire, later);
    let shared: Vec<(usize, usize)> = (0..questionnaire.questions().len())
        .map(|i| (i, i))
        .collect();
    changes(
        questionnaire,
        &shared,
        (earlier, &earlier_report),
        (later, &later_report),
        Revisions {
            earlier: questionnaire.revision(),
            later: questionnaire.revision(),
            left_out_dimensions: Vec::new(),
            left_out_questions: Vec::new(),
        },
    )
}

/// Compares a result of one revision of a questionnaire with a result of another (or the
/// same) revision: only the questions both have, by id within the same dimension, count on
/// either side, and both are scored with the later questionnaire's rules. Profile answers
/// carry over by question and option id.
pub fn compare_across(
    earlier_questionnaire: &Questionnaire,
    earlier: &Answers,
    later_questionnaire: &Questionnaire,
    later: &Answers,
) -> Result<Comparison, CompareError> {
    let (eq, lq) = (earlier_questionnaire, later_questionnaire);
    if eq.id() != lq.id() {
        return Err(CompareError::OtherQuestionnaire);
    }
    // (later index, earlier index) of every question both have.
    let shared: Vec<(usize, usize)> = lq
        .questions()
        .iter()
        .enumerate()
        .filter_map(|(li, question)| {
            let ei = eq.question_index(&question.id)?;
            let same_dimension = eq
                .questions()
                .get(ei)
                .is_some_and(|e| e.dimension == question.dimension);
            same_dimension.then_some((li, ei))
        })
        .collect();
    let mut left_out_questions: Vec<QuestionId> = lq
        .questions()
        .iter()
        .enumerate()
        .filter(|(li, _)| !shared.iter().any(|(l, _)| l == li))
        .map(|(_, q)| q.id.clone())
        .collect();
    for (ei, question) in eq.questions().iter().enumerate() {
        if !shared.iter().any(|(_, e)| *e == ei) && !left_out_questions.contains(&question.id) {
            left_out_questions.push(question.id.clone());
        }
    }
    let has_shared = |d: &DimensionId| {
        shared
            .iter()
            .any(|(li, _)| lq.questions().get(*li).is_some_and(|q| &q.dimension == d))
    };
    let mut left_out_dimensions: Vec<DimensionId> = lq
        .dimensions()
        .iter()
        .filter(|d| !has_shared(&d.id))
        .map(|d| d.id.clone())
        .collect();
    for d in eq.dimensions() {
        if !has_shared(&d.id) && !left_out_dimensions.contains(&d.id) {
            left_out_dimensions.push(d.id.clone());
        }
    }

    // Both sides as answers to the later questionnaire, holding only the shared questions.
    let mut projected = Answers::new(lq);
    let mut masked = Answers::new(lq);
    for &(li, ei) in &shared {
        let offered = lq.questions().get(li).is_some_and(|q| q.not_applicable);
        let earlier_answer = match earlier.get(ei) {
            // "Does not apply" where the later revision no longer offers it is left out
            // the same way, as "not sure" is.
            Some(Answer::NotApplicable) if !offered => Some(Answer::NotSure),
            answer => answer,
        };
        projected.set(li, earlier_answer);
        masked.set(li, later.get(li));
    }
    for (li, profile) in lq.profile().iter().enumerate() {
        masked.set_profile_checked(lq, li, later.profile(li));
        let carried = eq.profile_index(&profile.id).and_then(|ei| {
            let chosen = earlier.profile(ei)?;
            let option = eq.profile().get(ei)?.options.get(chosen)?;
            profile.options.iter().position(|o| o.id == option.id)
        });
        projected.set_profile_checked(lq, li, carried);
    }
    let earlier_report = report(lq, &projected);
    let later_report = report(lq, &masked);
    Ok(changes(
        lq,
        &shared,
        (&projected, &earlier_report),
        (&masked, &later_report),
        Revisions {
            earlier: eq.revision(),
            later: lq.revision(),
            left_out_dimensions,
            left_out_questions,
        },
    ))
}

struct Revisions {
    earlier: u16,
    later: u16,
    left_out_dimensions: Vec<DimensionId>,
    left_out_questions: Vec<QuestionId>,
}

/// The comparison of two reports of `questionnaire`, whose answers are indexed by its
/// questions; `shared` lists (index in `later`, index in `earlier`) of the questions both
/// sides have.
fn changes(
    questionnaire: &Questionnaire,
    shared: &[(usize, usize)],
    (earlier, earlier_report): (&Answers, &Report),
    (later, later_report): (&Answers, &Report),
    revisions: Revisions,
) -> Comparison {
    let scored = |answer: Option<Answer>| matches!(answer, Some(Answer::Level(_)));
    let dimensions = questionnaire
        .dimensions()
        .iter()
        .zip(&earlier_report.dimensions)
        .zip(&later_report.dimensions)
        .filter(|((d, _), _)| !revisions.left_out_dimensions.contains(&d.id))
        .map(|((d, before), after)| {
            let same_questions = shared
                .iter()
                .filter(|(li, _)| {
                    questionnaire
                        .questions()
                        .get(*li)
                        .is_some_and(|q| q.dimension == d.id)
                })
                .all(|&(li, ei)| scored(later.get(li)) == scored(earlier.get(ei)));
            DimensionChange {
                dimension: d.id.clone(),
                score: change(before.score.zip(before.level), after.score.zip(after.level)),
                same_questions,
            }
        })
        .collect();
    let overall = change(
        earlier_report.overall.as_ref().map(|o| (o.score, o.level)),
        later_report.overall.as_ref().map(|o| (o.score, o.level)),
    );
    let recommendations =
        recommendation_changes(earlier_report, later_report, &revisions.left_out_dimensions);
    Comparison {
        dimensions,
        earlier_revision: revisions.earlier,
        later_revision: revisions.later,
        left_out_dimensions: revisions.left_out_dimensions,
        left_out_questions: revisions.left_out_questions,
        overall,
        recommendations,
        same_revision: revisions.earlier == revisions.later,
    }
}

/// A team's results over time: the organisation-wide scores of an earlier team report
/// (last quarter's team link) against a later one, by the same rules as [`Comparison`]
/// (the organisation report of a team is a [`Report`] like a respondent's).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TeamComparison {
    /// Each dimension's change of the team's mean, in questionnaire order.
    pub dimensions: Vec<TeamDimensionChange>,
    /// How many respondents the earlier team had.
    pub earlier_respondents: usize,
    /// How many respondents the later team has.
    pub later_respondents: usize,
    /// The organisation's overall score's change.
    pub overall: Change,
    /// Which of the organisation's recommendations are new, done and still open.
    pub recommendations: RecommendationChanges,
}

/// How one dimension's team mean moved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TeamDimensionChange {
    /// Which dimension.
    pub dimension: DimensionId,
    /// How many of the earlier respondents scored it.
    pub earlier_scored: usize,
    /// How many of the later respondents scored it.
    pub later_scored: usize,
    /// The means, their levels and the change.
    pub score: Change,
}

/// Compares two team reports of one questionnaire (as [`crate::team::aggregate`] makes
/// them): the organisation's overall score, each dimension's mean, and the organisation's
/// recommendations.
pub fn teams(
    questionnaire: &Questionnaire,
    earlier: &crate::team::TeamReport,
    later: &crate::team::TeamReport,
) -> TeamComparison {
    let dimensions = questionnaire
        .dimensions()
        .iter()
        .zip(
            earlier
                .dimensions
                .iter()
                .zip(&earlier.organisation.dimensions),
        )
        .zip(later.dimensions.iter().zip(&later.organisation.dimensions))
        .map(
            |((d, (before_team, before)), (after_team, after))| TeamDimensionChange {
                dimension: d.id.clone(),
                earlier_scored: before_team.scored,
                later_scored: after_team.scored,
                score: change(before.score.zip(before.level), after.score.zip(after.level)),
            },
        )
        .collect();
    let overall = |r: &Report| r.overall.as_ref().map(|o| (o.score, o.level));
    TeamComparison {
        dimensions,
        earlier_respondents: earlier.respondents,
        later_respondents: later.respondents,
        overall: change(overall(&earlier.organisation), overall(&later.organisation)),
        recommendations: recommendation_changes(&earlier.organisation, &later.organisation, &[]),
    }
}

/// The recommendations each report gives (each dimension's own and those alongside it,
/// leaving out the dimensions in `left_out`), compared.
fn recommendation_changes(
    earlier: &Report,
    later: &Report,
    left_out: &[DimensionId],
) -> RecommendationChanges {
    let given = |r: &Report| -> Vec<RecommendationId> {
        r.dimensions
            .iter()
            .filter(|d| !left_out.contains(&d.dimension))
            .flat_map(|d| d.recommendation.iter().chain(&d.alongside))
            .cloned()
            .collect()
    };
    let (before, after) = (given(earlier), given(later));
    RecommendationChanges {
        done: before
            .iter()
            .filter(|r| !after.contains(r))
            .cloned()
            .collect(),
        new: after
            .iter()
            .filter(|r| !before.contains(r))
            .cloned()
            .collect(),
        open: after
            .iter()
            .filter(|r| before.contains(r))
            .cloned()
            .collect(),
    }
}

fn change(earlier: Option<(u8, Level)>, later: Option<(u8, Level)>) -> Change {
    Change {
        change: earlier
            .zip(later)
            .map(|((before, _), (after, _))| i16::from(after) - i16::from(before)),
        earlier: earlier.map(|(score, _)| score),
        earlier_level: earlier.map(|(_, level)| level),
        later: later.map(|(score, _)| score),
        later_level: later.map(|(_, level)| level),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{answers, dimension, level, tiny};

    fn ids(list: &[RecommendationId]) -> Vec<&str> {
        list.iter().map(RecommendationId::as_str).collect()
    }

    /// A dimension's earlier score, later score, change and whether the same questions
    /// carry it.
    type Expected = (Option<u8>, Option<u8>, Option<i16>, bool);

    /// Compares two answer specs of the tiny questionnaire (owner, accounts | planning,
    /// replies | monitoring) and checks each dimension's (earlier, later, change,
    /// same_questions).
    fn check(earlier: &str, later: &str, expected: [Expected; 3]) -> Comparison {
        let q = tiny();
        let c = compare(&q, &answers(&q, earlier), &answers(&q, later));
        let got: Vec<_> = c
            .dimensions
            .iter()
            .map(|d| {
                (
                    d.score.earlier,
                    d.score.later,
                    d.score.change,
                    d.same_questions,
                )
            })
            .collect();
        assert_eq!(got, expected, "{earlier} → {later}");
        c
    }

    #[test]
    fn changes_per_dimension_and_overall() {
        let c = check(
            "11 11 1",
            "33 51 2",
            [
                (Some(0), Some(50), Some(50), true),
                (Some(0), Some(50), Some(50), true),
                (Some(0), Some(25), Some(25), true),
            ],
        );
        assert_eq!(c.overall.earlier, Some(0));
        // Weights 3, 2, 1: (150 + 100 + 25) / 6 = 45.8 → 46.
        assert_eq!(c.overall.later, Some(46));
        assert_eq!(c.overall.change, Some(46));
        assert_eq!(c.overall.earlier_level, Some(level(1)));
        assert!(c.same_revision);
        assert_eq!(c.revision_note(Locale::En), None);
        assert!(c.left_out_dimensions.is_empty() && c.left_out_questions.is_empty());
        // A step back is a negative change.
        let back = check(
            "55 55 5",
            "44 55 5",
            [
                (Some(100), Some(75), Some(-25), true),
                (Some(100), Some(100), Some(0), true),
                (Some(100), Some(100), Some(0), true),
            ],
        );
        assert_eq!(back.overall.change, Some(-12));
    }

    #[test]
    fn not_sure_on_either_side() {
        // Earlier "not sure" on accounts: ownership earlier rests on owner alone.
        check(
            "3? 33 3",
            "35 33 3",
            [
                (Some(50), Some(75), Some(25), false),
                (Some(50), Some(50), Some(0), true),
                (Some(50), Some(50), Some(0), true),
            ],
        );
        // Later "not sure" everywhere in listening: no score, so no change.
        check(
            "33 33 3",
            "33 33 ?",
            [
                (Some(50), Some(50), Some(0), true),
                (Some(50), Some(50), Some(0), true),
                (Some(50), None, None, false),
            ],
        );
        // "Not sure" on both sides for the same question: the same questions carry it.
        check(
            "3? 33 ?",
            "4? 33 ?",
            [
                (Some(50), Some(75), Some(25), true),
                (Some(50), Some(50), Some(0), true),
                (None, None, None, true),
            ],
        );
    }

    #[test]
    fn does_not_apply_on_either_side() {
        // accounts offers "does not apply" (x).
        check(
            "2x 33 3",
            "24 33 3",
            [
                (Some(25), Some(50), Some(25), false),
                (Some(50), Some(50), Some(0), true),
                (Some(50), Some(50), Some(0), true),
            ],
        );
        check(
            "24 33 3",
            "2x 33 3",
            [
                (Some(50), Some(25), Some(-25), false),
                (Some(50), Some(50), Some(0), true),
                (Some(50), Some(50), Some(0), true),
            ],
        );
    }

    #[test]
    fn recommendations_new_done_and_open() {
        let q = tiny();
        // Ownership 1 → 4 (low → high), process 3 → 3 (mid, open), listening 5 → 1.
        let c = compare(&q, &answers(&q, "11 33 5"), &answers(&q, "44 33 1"));
        assert_eq!(
            ids(&c.recommendations.done),
            ["ownership-low", "listening-high"]
        );
        assert_eq!(
            ids(&c.recommendations.new),
            ["ownership-high", "listening-low"]
        );
        assert_eq!(ids(&c.recommendations.open), ["process-mid"]);
    }

    #[test]
    fn one_result_against_itself_changes_nothing() {
        let q = tiny();
        let a = answers(&q, "23 4? 5");
        let c = compare(&q, &a, &a);
        assert!(c
            .dimensions
            .iter()
            .all(|d| d.score.change == Some(0) && d.same_questions));
        assert!(c.recommendations.new.is_empty() && c.recommendations.done.is_empty());
        let r = report(&q, &a);
        assert_eq!(c.overall.later, r.overall.map(|o| o.score));
    }

    /// The tiny questionnaire's revision 4: "replies" was dropped, "monitoring" moved to a
    /// new dimension "insight", and "listening" is gone with it.
    fn revision_4() -> Questionnaire {
        let mut q = tiny();
        q.revision = 4;
        q.questions.retain(|x| x.id.as_str() != "replies");
        if let Some(d) = q
            .dimensions
            .iter_mut()
            .find(|d| d.id.as_str() == "listening")
        {
            d.id = dimension("insight");
        }
        if let Some(x) = q
            .questions
            .iter_mut()
            .find(|x| x.id.as_str() == "monitoring")
        {
            x.dimension = dimension("insight");
        }
        for r in &mut q.recommendations {
            if r.dimension.as_str() == "listening" {
                r.dimension = dimension("insight");
            }
        }
        q
    }

    #[test]
    fn another_revision_compares_only_what_both_have() {
        let old = tiny();
        let new = revision_4();
        assert!(crate::compiled::check(&new).is_ok());
        let earlier = answers(&old, "11 15 3");
        let mut later = Answers::new(&new);
        for (i, n) in [3u8, 3, 2, 4].into_iter().enumerate() {
            later.set(i, Some(Answer::Level(level(n))));
        }
        let c = compare_across(&old, &earlier, &new, &later).unwrap();
        assert!(!c.same_revision);
        assert_eq!((c.earlier_revision, c.later_revision), (3, 4));
        let dims: Vec<&str> = c.dimensions.iter().map(|d| d.dimension.as_str()).collect();
        assert_eq!(dims, ["ownership", "process"]);
        let left: Vec<&str> = c.left_out_dimensions.iter().map(|d| d.as_str()).collect();
        assert_eq!(left, ["insight", "listening"]);
        let questions: Vec<&str> = c.left_out_questions.iter().map(|x| x.as_str()).collect();
        assert_eq!(questions, ["monitoring", "replies"]);
        // Process rests on planning alone on both sides: 1 → 2.
        let process = &c.dimensions[1].score;
        assert_eq!(
            (process.earlier, process.later, process.change),
            (Some(0), Some(25), Some(25))
        );
        // Overall over ownership (3) and process (2) only: earlier 0, later (150 + 50) / 5.
        assert_eq!(c.overall.earlier, Some(0));
        assert_eq!(c.overall.later, Some(40));
        assert!(c
            .recommendations
            .new
            .iter()
            .all(|r| !r.as_str().starts_with("insight")));
        let note = c.revision_note(Locale::En).unwrap();
        assert!(
            note.contains("revision 3") && note.contains("revision 4"),
            "{note}"
        );
        assert!(c.revision_note(Locale::De).unwrap().contains("Revision 3"));
    }

    #[test]
    fn another_revision_with_not_sure_and_does_not_apply() {
        let old = tiny();
        let mut new = revision_4();
        // The new revision no longer offers "does not apply" on accounts.
        if let Some(x) = new
            .questions
            .iter_mut()
            .find(|x| x.id.as_str() == "accounts")
        {
            x.not_applicable = false;
        }
        let earlier = answers(&old, "3x ?3 3");
        let mut later = Answers::new(&new);
        for (i, answer) in [
            Some(Answer::Level(level(3))),
            Some(Answer::Level(level(5))),
            Some(Answer::NotSure),
            Some(Answer::Level(level(1))),
        ]
        .into_iter()
        .enumerate()
        {
            later.set(i, answer);
        }
        let c = compare_across(&old, &earlier, &new, &later).unwrap();
        let ownership = &c.dimensions[0];
        assert_eq!(
            (ownership.score.earlier, ownership.score.later),
            (Some(50), Some(75))
        );
        assert!(!ownership.same_questions);
        let process = &c.dimensions[1];
        assert_eq!(
            (
                process.score.earlier,
                process.score.later,
                process.score.change
            ),
            (None, None, None)
        );
        assert!(process.same_questions);
    }

    #[test]
    fn one_revision_across_is_the_plain_comparison() {
        let q = tiny();
        let (a, b) = (answers(&q, "12 3? x"), answers(&q, "2x 45 1"));
        assert_eq!(compare_across(&q, &a, &q, &b), Ok(compare(&q, &a, &b)));
    }

    #[test]
    fn a_team_over_time() {
        let q = tiny();
        let team = |specs: &[&str]| {
            let all: Vec<Answers> = specs.iter().map(|s| answers(&q, s)).collect();
            crate::team::aggregate(&q, &all)
        };
        let earlier = team(&["11 11 1", "22 22 ?"]);
        let later = team(&["33 33 3", "44 44 ?", "33 33 3"]);
        let c = teams(&q, &earlier, &later);
        assert_eq!((c.earlier_respondents, c.later_respondents), (2, 3));
        let ownership = &c.dimensions[0];
        // Means: earlier (0 + 25) / 2 = 13, later (50 + 75 + 50) / 3 = 58.
        assert_eq!(
            (
                ownership.score.earlier,
                ownership.score.later,
                ownership.score.change
            ),
            (Some(13), Some(58), Some(45))
        );
        let listening = &c.dimensions[2];
        assert_eq!((listening.earlier_scored, listening.later_scored), (1, 2));
        assert_eq!(c.overall.change.map(i16::is_positive), Some(true));
        assert!(c
            .recommendations
            .done
            .iter()
            .any(|r| r.as_str() == "ownership-low"));
        let text = crate::json::to_string(&c);
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(serde_json::to_string(&value).unwrap(), text);
    }

    #[test]
    fn another_questionnaire_is_refused() {
        let q = tiny();
        let mut other = tiny();
        other.id = "other".into();
        let a = answers(&q, "11 11 1");
        assert_eq!(
            compare_across(&q, &a, &other, &Answers::new(&other)),
            Err(CompareError::OtherQuestionnaire)
        );
        assert!(!CompareError::OtherQuestionnaire
            .message(Locale::De)
            .is_empty());
    }

    #[test]
    fn the_comparison_is_a_document_with_sorted_fields() {
        let q = tiny();
        let c = compare(&q, &answers(&q, "11 11 1"), &answers(&q, "22 22 2"));
        let text = crate::json::to_string(&c);
        assert!(text.starts_with(
            "{\"dimensions\":[{\"dimension\":\"ownership\",\"same_questions\":true,\"score\":{\"change\":25,"
        ));
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(serde_json::to_string(&value).unwrap(), text);
    }
}
