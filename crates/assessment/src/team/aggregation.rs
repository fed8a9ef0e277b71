//! Aggregation: many respondents compared by department and dimension (the heatmap and
//! the spread of scores), and the organisation as a whole as one [`Report`].

use super::signals::silo_signals;
use super::SiloSignal;
use crate::answers::{Answer, Answers};
use crate::messages;
use crate::questionnaire::{DimensionId, Level, ProfileKind, ProfileOptionId, Questionnaire};
use crate::report::{self, Counts, DimensionResult, Report};
use crate::text::Locale;
use serde::Serialize;

/// The label of [`Department::NotGiven`]: the respondents who did not name a department.
/// In English; [`not_given`] gives it in each locale.
pub const NOT_GIVEN: &str = "Department not given";

/// The label of [`Department::NotGiven`] in `locale`.
pub fn not_given(locale: Locale) -> &'static str {
    messages::team(locale).not_given
}

/// Everything the team view shows, computed from many respondents' answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamReport {
    /// How many respondents there are.
    pub respondents: usize,
    /// The respondents by department, with the heatmap: one row for each department that
    /// has respondents, in the order of the department question's options, then
    /// [`Department::NotGiven`] last.
    pub departments: Vec<DepartmentRow>,
    /// The spread of the respondents' scores, one entry per dimension, in questionnaire
    /// order.
    pub dimensions: Vec<TeamDimension>,
    /// The dimensions that departments place a level or more apart, widest gap first
    /// (then higher weight, then questionnaire order).
    pub silo_signals: Vec<SiloSignal>,
    /// The organisation as a whole: each dimension's mean score fed through the same
    /// levels, weakest-link cap, recommendations and plan as a single respondent's
    /// [`Report`]. Its counts add up every respondent's answers, so its confidence is the
    /// share of real answers among all answers the team could have given. Its `model` is
    /// always `None`: a model match rests on one person's answers to particular questions.
    pub organisation: Report,
}

/// A group of respondents, by their answer to the department question.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Department {
    /// The respondents who chose this option of the department question.
    Named(ProfileOptionId),
    /// The respondents who did not answer the department question, or all of them when the
    /// questionnaire has none. Shown in the heatmap, but never part of a silo signal: it
    /// is not a department.
    NotGiven,
}

impl Department {
    /// The department's label as the questionnaire words it, or [`NOT_GIVEN`].
    pub fn label<'a>(&'a self, questionnaire: &'a Questionnaire) -> &'a str {
        self.label_in(questionnaire, Locale::En)
    }

    /// The department's label as the questionnaire words it (in the language it was parsed
    /// in), or [`not_given`] in `locale`.
    pub fn label_in<'a>(&'a self, questionnaire: &'a Questionnaire, locale: Locale) -> &'a str {
        match self {
            Department::NotGiven => not_given(locale),
            Department::Named(id) => department_question(questionnaire)
                .and_then(|(_, p)| p.options.iter().find(|o| &o.id == id))
                .map_or(id.as_str(), |o| o.label.as_str()),
        }
    }
}

/// One department's respondents and its row of the heatmap.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DepartmentRow {
    /// One cell per dimension, in questionnaire order.
    pub cells: Vec<HeatCell>,
    /// Which department.
    pub department: Department,
    /// How many respondents it has (at least one).
    pub respondents: usize,
}

/// One department's view of one dimension.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HeatCell {
    /// Which dimension.
    pub dimension: DimensionId,
    /// The level of that mean; `None` exactly when `score` is.
    pub level: Option<Level>,
    /// The mean of their scores, rounded half up; `None` when nobody in the department
    /// scored it.
    pub score: Option<u8>,
    /// How many of the department's respondents scored it.
    pub scored: usize,
}

/// How the respondents' scores of one dimension spread.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TeamDimension {
    /// Which dimension.
    pub dimension: DimensionId,
    /// How many respondents scored it (answered at least one of its questions with a level).
    pub scored: usize,
    /// Mean, lowest, highest and spread of their scores; `None` when nobody scored it.
    pub scores: Option<ScoreRange>,
}

/// The mean and range of some respondents' scores of one dimension, `0..=100`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ScoreRange {
    /// The highest score.
    pub highest: u8,
    /// The level the mean reaches.
    pub level: Level,
    /// The lowest score.
    pub lowest: u8,
    /// The mean, rounded half up.
    pub mean: u8,
    /// `highest - lowest`.
    pub spread: u8,
}

/// Compares many respondents: by department, by dimension, and as one organisation.
///
/// Pure and infallible, in integer arithmetic, and independent of the respondents' order.
/// Each respondent's dimension scores are those of [`report::report`]. Every mean is
/// rounded half up, and takes only the respondents who scored that dimension. For one
/// respondent, `organisation` equals their own report except for `model`, which is `None`.
///
/// The silo signals' generic meaning is in English; [`aggregate_in`] writes it in another
/// locale. To add respondents one at a time without going over the earlier ones again, use
/// a [`TeamTally`].
pub fn aggregate<'a>(
    questionnaire: &Questionnaire,
    respondents: impl IntoIterator<Item = &'a Answers>,
) -> TeamReport {
    aggregate_in(questionnaire, respondents, Locale::En)
}

/// [`aggregate`], with the generic meaning of silo signals
/// ([`generic_gap_meaning`](super::generic_gap_meaning)) in
/// `locale`. Nothing else depends on the locale: the names of dimensions and departments
/// stay ids, for the caller to label in the questionnaire's language.
pub fn aggregate_in<'a>(
    questionnaire: &Questionnaire,
    respondents: impl IntoIterator<Item = &'a Answers>,
    locale: Locale,
) -> TeamReport {
    let mut tally = TeamTally::new(questionnaire);
    for answers in respondents {
        tally.add(questionnaire, answers);
    }
    tally.report_in(questionnaire, locale)
}

/// The running sums a [`TeamReport`] is made from: adding a respondent scores only that
/// respondent and updates the sums ([`TeamTally::add`]), and [`TeamTally::report_in`] makes
/// the report from the sums alone, in time that depends on the questionnaire's size, not on
/// the number of respondents. So a team view of 1,000 respondents adds the 1,001st without
/// going over the others again.
///
/// `tally.add(q, a)` for each respondent, then `tally.report_in(q, locale)`, is exactly
/// [`aggregate_in`] of the same respondents (which is made that way). Made for one
/// questionnaire: pass the same one to every call. Respondents cannot be removed (the lowest
/// and highest scores would be lost); removing one means tallying the others again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamTally {
    /// One group per option of the department question, then "not given": its respondents
    /// and a tally of each dimension's scores.
    groups: Vec<(usize, Vec<Tally>)>,
    /// Each dimension's scores, over everyone.
    totals: Vec<Tally>,
    /// Each dimension's answer counts, over everyone.
    counts: Vec<Counts>,
    /// How many respondents were added.
    count: usize,
    /// Each question's points, over everyone who answered it with a level.
    per_question: Vec<Tally>,
    /// Per profile question: the one option every respondent who answered chose, if any.
    shared_profile: Vec<Shared>,
}

impl TeamTally {
    /// No respondents yet, for this questionnaire.
    pub fn new(questionnaire: &Questionnaire) -> TeamTally {
        let q = questionnaire;
        let dimensions = q.dimensions().len();
        let options = department_question(q).map_or(0, |(_, p)| p.options.len());
        TeamTally {
            groups: vec![(0usize, vec![Tally::default(); dimensions]); options + 1],
            totals: vec![Tally::default(); dimensions],
            counts: vec![Counts::default(); dimensions],
            count: 0,
            per_question: vec![Tally::default(); q.questions().len()],
            shared_profile: vec![Shared::Nobody; q.profile().len()],
        }
    }

    /// How many respondents were added.
    pub fn respondents(&self) -> usize {
        self.count
    }

    /// Adds one respondent: scores their answers and updates the sums, in time that does
    /// not depend on how many were added before.
    pub fn add(&mut self, questionnaire: &Questionnaire, answers: &Answers) {
        let q = questionnaire;
        let department = department_question(q);
        let options = department.map_or(0, |(_, p)| p.options.len());
        self.count += 1;
        for (index, tally) in self.per_question.iter_mut().enumerate() {
            if let Some(Answer::Level(level)) = answers.get(index) {
                tally.add(Some(report::points(level)));
            }
        }
        for (index, shared) in self.shared_profile.iter_mut().enumerate() {
            if let Some(option) = answers.profile(index) {
                *shared = match *shared {
                    Shared::Nobody => Shared::All(option),
                    Shared::All(o) if o == option => Shared::All(o),
                    _ => Shared::Differ,
                };
            }
        }
        let group = department
            .and_then(|(index, _)| answers.profile(index))
            .filter(|&option| option < options)
            .unwrap_or(options);
        let results = report::dimension_results(q, answers);
        if let Some((members, tallies)) = self.groups.get_mut(group) {
            *members += 1;
            for (tally, result) in tallies.iter_mut().zip(&results) {
                tally.add(result.score);
            }
        }
        for ((total, counts), result) in self.totals.iter_mut().zip(&mut self.counts).zip(&results)
        {
            total.add(result.score);
            counts.add_counts(report::Counts {
                answered: result.answered,
                not_applicable: result.not_applicable,
                not_sure: result.not_sure,
                questions: result.questions,
            });
        }
    }

    /// The team report of everyone added so far, with the silo signals' generic meaning
    /// in `locale` (as [`aggregate_in`]).
    pub fn report_in(&self, questionnaire: &Questionnaire, locale: Locale) -> TeamReport {
        let q = questionnaire;
        let dimensions = q.dimensions();
        let department = department_question(q);
        let departments: Vec<DepartmentRow> = self
            .groups
            .iter()
            .enumerate()
            .filter(|(_, (members, _))| *members > 0)
            .map(|(group, (members, tallies))| DepartmentRow {
                department: department
                    .and_then(|(_, p)| p.options.get(group))
                    .map_or(Department::NotGiven, |o| Department::Named(o.id.clone())),
                respondents: *members,
                cells: dimensions
                    .iter()
                    .zip(tallies)
                    .map(|(d, tally)| {
                        let score = tally.mean();
                        HeatCell {
                            dimension: d.id.clone(),
                            scored: tally.count,
                            score,
                            level: score.map(|s| q.level_for(s)),
                        }
                    })
                    .collect(),
            })
            .collect();

        let team_dimensions = dimensions
            .iter()
            .zip(&self.totals)
            .map(|(d, tally)| TeamDimension {
                dimension: d.id.clone(),
                scored: tally.count,
                scores: tally.mean().map(|mean| ScoreRange {
                    mean,
                    level: q.level_for(mean),
                    lowest: tally.lowest,
                    highest: tally.highest,
                    spread: tally.highest.saturating_sub(tally.lowest),
                }),
            })
            .collect();

        // The team as one respondent for choosing recommendations: each question at the
        // level its mean points reach (rounded down), each profile answer that all who gave
        // one share.
        let mut team = Answers::new(q);
        for (index, tally) in self.per_question.iter().enumerate() {
            let level = tally
                .mean()
                .and_then(|mean| Level::new(mean / report::points_per_level() + 1));
            team.set(index, level.map(Answer::Level));
        }
        for (index, shared) in self.shared_profile.iter().enumerate() {
            if let Shared::All(option) = shared {
                team.set_profile_checked(q, index, Some(*option));
            }
        }
        let results: Vec<DimensionResult> = dimensions
            .iter()
            .zip(&self.totals)
            .zip(&self.counts)
            .map(|((d, tally), counts)| {
                let respondent = report::Respondent {
                    answers: &team,
                    weakest: report::weakest(q, &team, &d.id),
                };
                report::scored_dimension(q, &d.id, tally.mean(), *counts, Some(respondent))
            })
            .collect();
        let mut all = Counts::default();
        for c in &self.counts {
            all.add_counts(*c);
        }
        all.questions = self.count.saturating_mul(q.questions().len());
        let confidence = report::confidence(all, &results);

        TeamReport {
            respondents: self.count,
            silo_signals: silo_signals(q, &departments, locale),
            departments,
            dimensions: team_dimensions,
            organisation: report::from_dimensions(q, results, confidence, None),
        }
    }
}

/// The first profile question of kind [`ProfileKind::Department`], with its index.
pub(super) fn department_question(
    questionnaire: &Questionnaire,
) -> Option<(usize, &crate::questionnaire::ProfileQuestion)> {
    questionnaire
        .profile()
        .iter()
        .enumerate()
        .find(|(_, p)| p.kind == ProfileKind::Department)
}

/// A running sum, count, minimum and maximum of scores.
/// Whether the respondents who answered a profile question share one option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shared {
    Nobody,
    All(usize),
    Differ,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Tally {
    sum: u64,
    count: usize,
    lowest: u8,
    highest: u8,
}

impl Tally {
    fn add(&mut self, score: Option<u8>) {
        let Some(score) = score else { return };
        if self.count == 0 {
            (self.lowest, self.highest) = (score, score);
        } else {
            self.lowest = self.lowest.min(score);
            self.highest = self.highest.max(score);
        }
        self.sum += u64::from(score);
        self.count += 1;
    }

    fn mean(&self) -> Option<u8> {
        (self.count > 0).then(|| report::rounded_mean(self.sum, self.count as u64))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::report;
    use crate::share;
    use crate::team::tests::respondent;
    use crate::team::{read_entries, LevelGroup, GENERIC_GAP_MEANING};
    use crate::testing::{answers, arbitrary_answers, sized, tiny};
    use proptest::prelude::*;

    /// Each respondent: answers as in `testing::answers`, and a department (or none).
    type Members<'a> = &'a [(&'a str, Option<&'a str>)];

    /// Aggregates the members on `tiny()` and compares the heatmap (`department count:
    /// score/level` per dimension), the dimensions (`id scored: mean/level lowest-highest
    /// spread`) and the silo signals (`id gap: lowest@level < highest@level`).
    fn check_team(members: Members<'_>, heatmap: &[&str], dimensions: &[&str], signals: &[&str]) {
        let q = tiny();
        let all: Vec<Answers> = members
            .iter()
            .map(|(spec, department)| respondent(spec, *department))
            .collect();
        let team = aggregate(&q, &all);
        assert_eq!(team.respondents, members.len());
        let cell = |c: &HeatCell| match (c.score, c.level) {
            (Some(s), Some(l)) => format!("{s}/{}", l.get()),
            _ => "-".to_owned(),
        };
        let rows: Vec<String> = team
            .departments
            .iter()
            .map(|row| {
                let cells: Vec<String> = row.cells.iter().map(cell).collect();
                format!(
                    "{} {}: {}",
                    row.department.label(&q),
                    row.respondents,
                    cells.join(" ")
                )
            })
            .collect();
        assert_eq!(rows, heatmap, "heatmap of {members:?}");
        let dims: Vec<String> = team
            .dimensions
            .iter()
            .map(|d| match d.scores {
                Some(r) => format!(
                    "{} {}: {}/{} {}-{} {}",
                    d.dimension,
                    d.scored,
                    r.mean,
                    r.level.get(),
                    r.lowest,
                    r.highest,
                    r.spread
                ),
                None => format!("{} {}: -", d.dimension, d.scored),
            })
            .collect();
        assert_eq!(dims, dimensions, "dimensions of {members:?}");
        let side = |g: &LevelGroup| {
            let names: Vec<&str> = g.departments.iter().map(|d| d.label(&q)).collect();
            format!("{}@{}", names.join("+"), g.level.get())
        };
        let found: Vec<String> = team
            .silo_signals
            .iter()
            .map(|s| {
                format!(
                    "{} {}: {} < {}",
                    s.dimension,
                    s.gap,
                    side(&s.lowest),
                    side(&s.highest)
                )
            })
            .collect();
        assert_eq!(found, signals, "silo signals of {members:?}");
        // The organisation's dimension scores are the means.
        for (d, r) in team.dimensions.iter().zip(&team.organisation.dimensions) {
            assert_eq!(d.scores.map(|s| s.mean), r.score);
            assert_eq!(d.scores.map(|s| s.level), r.level);
        }
        assert_eq!(team.organisation.model, None);
    }

    #[test]
    fn aggregation_by_department_and_dimension() {
        check_team(
            &[
                ("55 55 5", Some("marketing")),
                ("11 11 -", Some("sales")),
                ("33 33 3", Some("marketing")),
                ("?? ?? ?", None),
            ],
            &[
                "marketing 2: 75/4 75/4 75/4",
                "sales 1: 0/1 0/1 -",
                "Department not given 1: - - -",
            ],
            &[
                "ownership 3: 50/3 0-100 100",
                "process 3: 50/3 0-100 100",
                "listening 2: 75/4 50-100 50",
            ],
            &[
                "ownership 3: sales@1 < marketing@4",
                "process 3: sales@1 < marketing@4",
            ],
        );
        check_team(
            &[],
            &[],
            &["ownership 0: -", "process 0: -", "listening 0: -"],
            &[],
        );
        // Departments tied at the lowest level are listed together; equal gaps go by weight.
        check_team(
            &[
                ("11 11 1", Some("sales")),
                ("55 55 5", Some("service")),
                ("11 11 1", Some("marketing")),
            ],
            &[
                "marketing 1: 0/1 0/1 0/1",
                "sales 1: 0/1 0/1 0/1",
                "service 1: 100/5 100/5 100/5",
            ],
            &[
                "ownership 3: 33/2 0-100 100",
                "process 3: 33/2 0-100 100",
                "listening 3: 33/2 0-100 100",
            ],
            &[
                "ownership 4: marketing+sales@1 < service@5",
                "process 4: marketing+sales@1 < service@5",
                "listening 4: marketing+sales@1 < service@5",
            ],
        );
        // A wider gap goes first, whatever the weight; scores within one level are no signal.
        check_team(
            &[("33 33 1", Some("marketing")), ("24 42 5", Some("sales"))],
            &["marketing 1: 50/3 50/3 0/1", "sales 1: 50/3 50/3 100/5"],
            &[
                "ownership 2: 50/3 50-50 0",
                "process 2: 50/3 50-50 0",
                "listening 2: 50/3 0-100 100",
            ],
            &["listening 4: marketing@1 < sales@5"],
        );
        // People without a department are no side of a silo signal.
        check_team(
            &[("55 55 5", Some("marketing")), ("11 11 1", None)],
            &[
                "marketing 1: 100/5 100/5 100/5",
                "Department not given 1: 0/1 0/1 0/1",
            ],
            &[
                "ownership 2: 50/3 0-100 100",
                "process 2: 50/3 0-100 100",
                "listening 2: 50/3 0-100 100",
            ],
            &[],
        );
    }

    #[test]
    fn the_organisation_report_rests_on_every_answer() {
        let q = tiny();
        let all = [
            respondent("55 55 5", Some("marketing")),
            respondent("11 11 -", Some("sales")),
            respondent("33 33 3", Some("marketing")),
            respondent("?? ?? ?", None),
        ];
        let org = aggregate(&q, &all).organisation;
        // (3 × 50 + 2 × 50 + 1 × 75) / 6 = 54.2: level 3, not capped.
        let overall = org
            .overall
            .as_ref()
            .map(|o| (o.score, o.level.get(), o.is_capped()));
        assert_eq!(overall, Some((54, 3, false)));
        let c = &org.confidence;
        assert_eq!(
            (c.questions, c.answered, c.not_sure, c.unanswered),
            (20, 14, 5, 1)
        );
        assert_eq!(c.level, report::ConfidenceLevel::Medium);
        let counts: Vec<(usize, usize, usize)> = org
            .dimensions
            .iter()
            .map(|d| (d.answered, d.not_sure, d.questions))
            .collect();
        assert_eq!(counts, [(6, 2, 8), (6, 2, 8), (2, 1, 4)]);
        let start: Vec<&str> = org.start_here.iter().map(|r| r.as_str()).collect();
        assert_eq!(start, ["ownership-mid", "process-mid", "listening-high"]);
        // The gap meaning comes from the questionnaire, or the generic sentence.
        let team = aggregate(&q, &all);
        let meanings: Vec<&str> = team
            .silo_signals
            .iter()
            .map(|s| s.meaning.as_str())
            .collect();
        assert_eq!(
            meanings,
            ["Teams disagree about who decides.", GENERIC_GAP_MEANING]
        );
    }

    #[test]
    fn a_questionnaire_without_a_department_question_has_one_group() {
        let q = sized(2, 1, 1);
        let mut a = answers(&q, "1 5");
        a.set_profile_checked(&q, 0, Some(1));
        let team = aggregate(&q, [&a, &answers(&q, "5 1")]);
        assert_eq!(team.departments.len(), 1);
        assert_eq!(team.departments[0].department, Department::NotGiven);
        assert_eq!(team.departments[0].respondents, 2);
        assert!(team.silo_signals.is_empty());
        assert_eq!(
            Department::Named(ProfileOptionId("x".into())).label(&q),
            "x"
        );
    }

    #[test]
    fn a_tally_adds_one_respondent_to_the_report_of_the_others() {
        let q = tiny();
        let specs = [
            ("55 55 5", Some("marketing")),
            ("11 1? 1", Some("sales")),
            ("3x 33 ?", None),
            ("24 42 2", Some("marketing")),
        ];
        let all: Vec<Answers> = specs
            .iter()
            .map(|(spec, department)| respondent(spec, *department))
            .collect();
        let mut tally = TeamTally::new(&q);
        assert_eq!(tally.report_in(&q, Locale::En), aggregate(&q, &[]));
        for (n, answers) in all.iter().enumerate() {
            tally.add(&q, answers);
            assert_eq!(tally.respondents(), n + 1);
            assert_eq!(
                tally.report_in(&q, Locale::De),
                aggregate_in(&q, all.iter().take(n + 1), Locale::De)
            );
        }
    }

    proptest! {
        #[test]
        fn the_incremental_tally_equals_the_recomputed_aggregate(
            (q, team, extra) in (1usize..4, 1usize..4, 0usize..3).prop_flat_map(|(d, per, p)| {
                let q = sized(d, per, p);
                (
                    Just(q.clone()),
                    prop::collection::vec(arbitrary_answers(q.clone()), 0..12),
                    arbitrary_answers(q),
                )
            })
        ) {
            // Tally the team one by one, in reverse, then add one more: the report equals
            // aggregating everyone from scratch.
            let mut tally = TeamTally::new(&q);
            for answers in team.iter().rev() {
                tally.add(&q, answers);
            }
            tally.add(&q, &extra);
            let everyone: Vec<&Answers> = team.iter().chain([&extra]).collect();
            prop_assert_eq!(tally.report_in(&q, Locale::En), aggregate(&q, everyone));
        }

        #[test]
        fn aggregation_does_not_depend_on_order(
            (all, shuffled) in proptest::collection::vec(arbitrary_answers(tiny()), 0..8)
                .prop_flat_map(|all| (Just(all.clone()), Just(all).prop_shuffle()))
        ) {
            let q = tiny();
            prop_assert_eq!(aggregate(&q, &all), aggregate(&q, &shuffled));
        }

        #[test]
        fn one_respondent_is_their_own_report(a in arbitrary_answers(tiny())) {
            let q = tiny();
            let team = aggregate(&q, [&a]);
            prop_assert_eq!(team.respondents, 1);
            prop_assert_eq!(team.organisation, Report { model: None, ..report(&q, &a) });
            prop_assert!(team.silo_signals.is_empty());
        }

        #[test]
        fn one_respondent_is_their_own_report_on_the_built_in_questionnaire(
            a in arbitrary_answers(Questionnaire::parse(crate::BUILT_IN_JSON).unwrap())
        ) {
            let q = Questionnaire::parse(crate::BUILT_IN_JSON).unwrap();
            let input = read_entries(&q, &share::encode(&q, &a));
            let team = aggregate(&q, input.answers());
            prop_assert_eq!(team.organisation, Report { model: None, ..report(&q, &a) });
        }
    }
}
