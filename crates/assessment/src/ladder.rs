//! A dimension's place on the five-level ladder, and what its next level looks like in the
//! questionnaire's own words: for each question answered below that level, the answer
//! anchored at it, which describes what an organisation there does.

use crate::answers::{Answer, Answers};
use crate::questionnaire::{Choice, Level, Question, Questionnaire};
use crate::report::DimensionResult;

/// The level above a dimension's, and the behaviours that would show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextLevel<'q> {
    /// The level above the one the dimension reached.
    pub level: Level,
    /// For each of the dimension's questions answered below `level` (or "not sure", or
    /// not at all), in questionnaire order: the question and its answer anchored at `level`.
    /// Questions that do not apply are left out, as they are from the score.
    pub behaviours: Vec<(&'q Question, &'q Choice)>,
}

/// The next level of the dimension `result` describes, or `None` when it has no score or is
/// at the top of the ladder.
pub fn next_level<'q>(
    questionnaire: &'q Questionnaire,
    answers: &Answers,
    result: &DimensionResult,
) -> Option<NextLevel<'q>> {
    let level = result.level?.next()?;
    let behaviours = questionnaire
        .questions()
        .iter()
        .enumerate()
        .filter(|(_, question)| question.dimension == result.dimension)
        .filter(|(index, _)| match answers.get(*index) {
            Some(Answer::Level(answered)) => answered < level,
            Some(Answer::NotApplicable) => false,
            Some(Answer::NotSure) | None => true,
        })
        .filter_map(|(_, question)| {
            let choice = question.options.iter().find(|c| c.level == level)?;
            Some((question, choice))
        })
        .collect();
    Some(NextLevel { level, behaviours })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::report;
    use crate::testing::{self, answers, level};

    /// The next level of dimension `d` (by index) and the labels it lists.
    fn next(spec: &str, d: usize) -> Option<(u8, Vec<String>)> {
        let q = testing::tiny();
        let a = answers(&q, spec);
        let r = report(&q, &a);
        let result = r.dimensions.get(d).expect("the dimension");
        next_level(&q, &a, result).map(|n| {
            (
                n.level.get(),
                n.behaviours.iter().map(|(_, c)| c.label.clone()).collect(),
            )
        })
    }

    #[test]
    fn the_next_level_lists_what_the_answers_below_it_would_look_like() {
        // Ownership (owner, accounts) at levels 2 and 4 scores 50, level 3: its next level
        // is 4, which the accounts answer already shows.
        assert_eq!(
            next("2 4 3 3 3", 0),
            Some((4, vec!["owner at level 4".to_string()]))
        );
        assert_eq!(
            next("2 2 3 3 3", 0).map(|(_, labels)| labels.len()),
            Some(2)
        );
    }

    #[test]
    fn not_sure_and_unanswered_are_listed_does_not_apply_is_not() {
        assert_eq!(
            next("2 x 3 3 3", 0),
            Some((3, vec!["owner at level 3".to_string()]))
        );
        let listed = |spec| next(spec, 0).map(|(_, labels)| labels);
        assert_eq!(
            listed("3 ? 3 3 3"),
            Some(vec![
                "owner at level 4".to_string(),
                "accounts at level 4".to_string()
            ])
        );
        assert_eq!(listed("3 - 3 3 3").map(|l| l.len()), Some(2));
    }

    #[test]
    fn no_next_level_at_the_top_or_without_a_score() {
        assert_eq!(next("5 5 5 5 5", 0), None);
        assert_eq!(next("? x 3 3 3", 2).map(|(n, _)| n), Some(4));
        assert_eq!(next("3 3 3 3 -", 2), None);
        // The next level is one above the dimension's.
        let q = testing::tiny();
        let a = answers(&q, "1 1 1 1 1");
        let r = report(&q, &a);
        let result = r.dimensions.first().expect("ownership");
        assert_eq!(result.level, Some(level(1)));
        assert_eq!(next_level(&q, &a, result).map(|n| n.level), Some(level(2)));
    }
}
