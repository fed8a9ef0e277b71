//! Which organisational model (Owyang's five, or a questionnaire author's own) the answers
//! resemble.
//!
//! Each [`Model`](crate::questionnaire::Model) has rules on scored and profile answers; its
//! resemblance is the share of its rules the answers meet. A rule on a question that was
//! not answered, answered "not sure", or a profile question that was skipped, is not met:
//! the match is built from what the respondent said, never from what they left out.

use crate::answers::{Answer, Answers};
use crate::questionnaire::{ModelId, ProfileKind, Questionnaire, RuleSubject};
use serde::Serialize;
use std::cmp::Ordering;

/// How the answers compare with the questionnaire's organisational models.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ModelMatch {
    /// The model with the highest share of rules met (ties: questionnaire order).
    pub best: ModelScore,
    /// Whether the answers resemble another model more than the stated one. A stated model
    /// that ties with the best match is not a contradiction.
    pub contradicts: bool,
    /// The next one, if it meets at least one rule.
    pub runner_up: Option<ModelScore>,
    /// Every model, in questionnaire order.
    pub scores: Vec<ModelScore>,
    /// The model the respondent's own description of the organisation names (the answer
    /// to the first answered profile question of kind [`ProfileKind::Organisation`]).
    pub stated: Option<ModelId>,
}

/// How far the answers meet one model's rules.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ModelScore {
    /// How many of its rules the answers meet.
    pub met: usize,
    /// Which model.
    pub model: ModelId,
    /// `met / total` as a percentage, rounded half up, `0..=100`.
    pub percent: u8,
    /// How many rules it has.
    pub total: usize,
}

impl ModelScore {
    /// Compares the exact shares `met / total` (not the rounded percentages).
    fn cmp_share(&self, other: &ModelScore) -> Ordering {
        let lhs = self.met as u128 * other.total as u128;
        let rhs = other.met as u128 * self.total as u128;
        lhs.cmp(&rhs)
    }
}

/// Matches the answers against the questionnaire's models.
///
/// `None` when the questionnaire has no models or the answers meet none of their rules.
/// Models are ranked by their exact share of rules met, highest first; equal shares keep
/// questionnaire order.
pub fn match_model(questionnaire: &Questionnaire, answers: &Answers) -> Option<ModelMatch> {
    let scores: Vec<ModelScore> = questionnaire
        .models()
        .iter()
        .map(|m| {
            let met = m
                .rules
                .iter()
                .filter(|r| rule_met(questionnaire, answers, r))
                .count();
            let total = m.rules.len();
            let percent = if total == 0 {
                0
            } else {
                let rounded = (200 * met as u128 + total as u128) / (2 * total as u128);
                u8::try_from(rounded).map_or(100, |p| p.min(100))
            };
            ModelScore {
                model: m.id.clone(),
                met,
                total,
                percent,
            }
        })
        .collect();
    let mut ranked: Vec<&ModelScore> = scores.iter().collect();
    // A stable sort keeps questionnaire order among equal shares.
    crate::order::sort_by(&mut ranked, |a, b| b.cmp_share(a));
    let best = (*ranked.first()?).clone();
    if best.met == 0 {
        return None;
    }
    let runner_up = ranked.get(1).filter(|s| s.met > 0).map(|s| (*s).clone());
    let stated = stated_model(questionnaire, answers);
    let contradicts = stated.as_ref().is_some_and(|id| {
        scores
            .iter()
            .find(|s| &s.model == id)
            .is_none_or(|s| s.cmp_share(&best) == Ordering::Less)
    });
    Some(ModelMatch {
        best,
        runner_up,
        scores,
        stated,
        contradicts,
    })
}

/// The model named by the chosen option of the first answered profile question of kind
/// [`ProfileKind::Organisation`], if that option names one.
fn stated_model(questionnaire: &Questionnaire, answers: &Answers) -> Option<ModelId> {
    questionnaire
        .profile()
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind == ProfileKind::Organisation)
        .find_map(|(index, p)| p.options.get(answers.profile(index)?))
        .and_then(|option| option.model.clone())
}

/// Whether the answers meet one rule (of a model, or a recommendation's `when`).
pub(crate) fn rule_met(
    questionnaire: &Questionnaire,
    answers: &Answers,
    rule: &RuleSubject,
) -> bool {
    match rule {
        RuleSubject::Question { question, min, max } => questionnaire
            .question_index(question)
            .and_then(|i| answers.get(i))
            .is_some_and(|a| matches!(a, Answer::Level(l) if (*min..=*max).contains(&l))),
        RuleSubject::Profile { profile, options } => questionnaire
            .profile_index(profile)
            .and_then(|i| {
                let chosen = answers.profile(i)?;
                questionnaire.profile().get(i)?.options.get(chosen)
            })
            .is_some_and(|o| options.contains(&o.id)),
    }
}

/// How clearly one model stands out of the match, so a report can say when none does
/// instead of naming a winner by a hair.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Standing {
    /// The best match meets at least half of its signs and more than any other model.
    Clear,
    /// These models (the best first, in questionnaire order) meet the same share of their
    /// signs as the best.
    Tied(Vec<ModelId>),
    /// The best match meets fewer than half of its signs: the answers resemble no model
    /// much.
    Weak,
}

/// The share of its signs a model must meet to stand out (below it, [`Standing::Weak`]).
pub const CLEAR_PERCENT: u8 = 50;

impl ModelMatch {
    /// Whether a model stands out: a tie with the best comes first, then a weak match.
    pub fn standing(&self) -> Standing {
        let tied: Vec<ModelId> = self
            .scores
            .iter()
            .filter(|s| s.percent == self.best.percent)
            .map(|s| s.model.clone())
            .collect();
        if tied.len() > 1 {
            // The best first, as named in the report.
            let mut ordered = vec![self.best.model.clone()];
            ordered.extend(tied.into_iter().filter(|m| *m != self.best.model));
            Standing::Tied(ordered)
        } else if self.best.percent < CLEAR_PERCENT {
            Standing::Weak
        } else {
            Standing::Clear
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{self, answers, pick};

    /// Checks one respondent: the answers spec, the profile choices `(question, option)`,
    /// then the expected best and runner-up as `"model met/total percent"`, the stated
    /// model and whether it contradicts the best match.
    fn check(
        spec: &str,
        profile: &[(&str, &str)],
        expect: Option<(&str, Option<&str>, Option<&str>, bool)>,
    ) {
        let q = testing::tiny();
        let mut a = answers(&q, spec);
        for (question, option) in profile {
            pick(&q, &mut a, question, option);
        }
        let show = |s: &ModelScore| format!("{} {}/{} {}", s.model, s.met, s.total, s.percent);
        let got = match_model(&q, &a).map(|m| {
            assert_eq!(m.scores.len(), q.models().len());
            (
                show(&m.best),
                m.runner_up.as_ref().map(show),
                m.stated.map(|s| s.to_string()),
                m.contradicts,
            )
        });
        let expect = expect.map(|(best, runner_up, stated, contradicts)| {
            (
                best.to_string(),
                runner_up.map(str::to_string),
                stated.map(str::to_string),
                contradicts,
            )
        });
        assert_eq!(got, expect, "{spec:?} {profile:?}");
    }

    // The models in `testing::tiny`:
    //   organic:       owner 1..=1, monitoring 1..=2, units = none
    //   centralized:   owner 2..=3, planning 1..=3, units in {none, one}
    //   hub-and-spoke: owner 3..=5, planning 3..=5, units in {none, one}
    // Answer order: owner accounts | planning replies | monitoring.

    #[test]
    fn best_match_and_runner_up() {
        check(
            "1- 1- 1",
            &[("units", "none")],
            Some(("organic 3/3 100", Some("centralized 2/3 67"), None, false)),
        );
        check(
            "3- 4- 5",
            &[("units", "one")],
            Some((
                "hub-and-spoke 3/3 100",
                Some("centralized 2/3 67"),
                None,
                false,
            )),
        );
        // Centralized and hub-and-spoke both meet 2 of 3: questionnaire order decides.
        check(
            "3- 3- 5",
            &[],
            Some((
                "centralized 2/3 67",
                Some("hub-and-spoke 2/3 67"),
                None,
                false,
            )),
        );
        // A runner-up that meets no rule is not reported.
        check(
            "5- -- 3",
            &[],
            Some(("hub-and-spoke 1/3 33", None, None, false)),
        );
    }

    #[test]
    fn unanswered_not_sure_and_skipped_rules_are_not_met() {
        check("-- -- -", &[], None);
        check("?? ?? ?", &[("department", "sales")], None);
        check(
            "?- 1- -",
            &[],
            Some(("centralized 1/3 33", None, None, false)),
        );
    }

    #[test]
    fn a_stated_model_that_differs_is_a_contradiction() {
        // Described as centralised; the answers look like hub and spoke.
        check(
            "4- 4- 4",
            &[("organisation", "one-department"), ("units", "one")],
            Some((
                "hub-and-spoke 3/3 100",
                Some("centralized 1/3 33"),
                Some("centralized"),
                true,
            )),
        );
        // Described as hub and spoke, and it is.
        check(
            "4- 4- 4",
            &[("organisation", "central-hub"), ("units", "one")],
            Some((
                "hub-and-spoke 3/3 100",
                Some("centralized 1/3 33"),
                Some("hub-and-spoke"),
                false,
            )),
        );
        // A stated model tied with the best match is not contradicted.
        check(
            "3- 3- 5",
            &[("organisation", "central-hub")],
            Some((
                "centralized 2/3 67",
                Some("hub-and-spoke 2/3 67"),
                Some("hub-and-spoke"),
                false,
            )),
        );
        // An option that names no model states nothing.
        check(
            "1- 1- 1",
            &[("organisation", "unsure"), ("units", "none")],
            Some(("organic 3/3 100", Some("centralized 2/3 67"), None, false)),
        );
    }

    #[test]
    fn no_models_no_match() {
        let q = testing::sized(2, 2, 1);
        assert!(q.models().is_empty());
        assert_eq!(match_model(&q, &answers(&q, "33 33")), None);
    }

    #[test]
    fn standing_says_when_no_model_stands_out() {
        let q = testing::tiny();
        let standing = |spec: &str, units: &str| {
            let mut a = answers(&q, spec);
            pick(&q, &mut a, "units", units);
            match_model(&q, &a).map(|m| m.standing())
        };
        // Every sign of organic, and no other model at 100.
        assert_eq!(standing("1- 1- 1", "none"), Some(Standing::Clear));
        // Centralized and hub-and-spoke both meet all three of theirs.
        assert_eq!(
            standing("3- 3- 5", "one"),
            Some(Standing::Tied(vec![
                ModelId("centralized".into()),
                ModelId("hub-and-spoke".into()),
            ]))
        );
    }

    #[test]
    fn a_best_match_under_half_its_signs_is_weak() {
        let weak = |percent: u8| {
            ModelMatch {
                best: ModelScore {
                    met: 1,
                    model: ModelId("organic".into()),
                    percent,
                    total: 4,
                },
                contradicts: false,
                runner_up: None,
                scores: vec![
                    ModelScore {
                        met: 1,
                        model: ModelId("organic".into()),
                        percent,
                        total: 4,
                    },
                    ModelScore {
                        met: 0,
                        model: ModelId("centralized".into()),
                        percent: 0,
                        total: 4,
                    },
                ],
                stated: None,
            }
            .standing()
        };
        assert_eq!(weak(25), Standing::Weak);
        assert_eq!(weak(49), Standing::Weak);
        assert_eq!(weak(50), Standing::Clear);
    }
}
