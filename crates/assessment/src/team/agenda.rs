//! The workshop agenda: the seven steps of a cross-department meeting, with prompts
//! drawn from a [`TeamReport`].

use super::aggregation::department_question;
use super::signals::gap_meaning;
use super::{Department, HeatCell, SiloSignal, TeamReport};
use crate::date::Date;
use crate::messages::{self, TeamMessages};
use crate::questionnaire::{DimensionId, Level, ProfileOptionId, Questionnaire};
use crate::text::{fill, Locale};
use serde::Serialize;

/// How many working days after the workshop the follow-up meeting is suggested.
pub const FOLLOW_UP_WORKING_DAYS: u32 = 9;

/// How many silo signals the agenda discusses by name.
const AGENDA_SIGNALS: usize = 3;

/// The agenda of a cross-department workshop, in seven steps.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Agenda {
    /// The suggested date of the follow-up meeting: [`FOLLOW_UP_WORKING_DAYS`] working days
    /// after the workshop, always a weekday 11 to 13 days later.
    pub follow_up: Date,
    /// The seven steps, in the order of [`AgendaTopic::ALL`].
    pub steps: Vec<AgendaStep>,
}

/// What a step of the workshop is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AgendaTopic {
    /// The company's goals, before any department's.
    CompanyGoals,
    /// How today's social media efforts serve those goals.
    CurrentEfforts,
    /// Each team's biggest success and failure.
    SuccessesAndFailures,
    /// Editorial planning and calendars.
    EditorialPlanning,
    /// "If we had more ___, we could ___."
    IfWeHadMore,
    /// Staffing and resources.
    Staffing,
    /// The follow-up meeting, within two weeks.
    FollowUp,
}

impl AgendaTopic {
    /// The seven steps in the order the workshop takes them.
    pub const ALL: [AgendaTopic; 7] = [
        AgendaTopic::CompanyGoals,
        AgendaTopic::CurrentEfforts,
        AgendaTopic::SuccessesAndFailures,
        AgendaTopic::EditorialPlanning,
        AgendaTopic::IfWeHadMore,
        AgendaTopic::Staffing,
        AgendaTopic::FollowUp,
    ];

    /// The step's heading, in English.
    pub fn title(self) -> &'static str {
        self.title_in(Locale::En)
    }

    /// The step's heading in `locale`.
    pub fn title_in(self, locale: Locale) -> &'static str {
        let m = messages::team(locale);
        match self {
            AgendaTopic::CompanyGoals => m.agenda_goals_title,
            AgendaTopic::CurrentEfforts => m.agenda_efforts_title,
            AgendaTopic::SuccessesAndFailures => m.agenda_successes_title,
            AgendaTopic::EditorialPlanning => m.agenda_planning_title,
            AgendaTopic::IfWeHadMore => m.agenda_more_title,
            AgendaTopic::Staffing => m.agenda_staffing_title,
            AgendaTopic::FollowUp => m.agenda_follow_up_title,
        }
    }

    /// What the facilitator does in this step, in English.
    pub fn guidance(self) -> &'static str {
        self.guidance_in(Locale::En)
    }

    /// What the facilitator does in this step, in `locale`.
    pub fn guidance_in(self, locale: Locale) -> &'static str {
        let m = messages::team(locale);
        match self {
            AgendaTopic::CompanyGoals => m.agenda_goals_guidance,
            AgendaTopic::CurrentEfforts => m.agenda_efforts_guidance,
            AgendaTopic::SuccessesAndFailures => m.agenda_successes_guidance,
            AgendaTopic::EditorialPlanning => m.agenda_planning_guidance,
            AgendaTopic::IfWeHadMore => m.agenda_more_guidance,
            AgendaTopic::Staffing => m.agenda_staffing_guidance,
            AgendaTopic::FollowUp => m.agenda_follow_up_guidance,
        }
    }
}

/// One step of the workshop.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AgendaStep {
    /// What the facilitator does ([`AgendaTopic::guidance_in`]).
    pub guidance: String,
    /// Points drawn from the team's answers for this step: which departments and
    /// dimensions to raise. May be empty.
    pub prompts: Vec<String>,
    /// Its heading ([`AgendaTopic::title_in`]).
    pub title: String,
    /// What the step is about.
    pub topic: AgendaTopic,
}

/// The agenda of a cross-department workshop built from the team's answers, after the
/// seven steps of a first integration meeting: company goals first; how current efforts
/// serve them; each team's biggest success and failure; editorial planning and calendars;
/// "if we had more ___, we could ___"; staffing and resources; and a follow-up meeting
/// within two weeks.
///
/// The prompts name the departments and dimensions that disagree most (the silo signals),
/// each department's strongest and weakest dimension, what the team knows least about,
/// and the organisation-wide recommendations. The follow-up is suggested
/// [`FOLLOW_UP_WORKING_DAYS`] working days after `today`: always a weekday, 11 to 13 days
/// later, so within two weeks whatever day the workshop is held.
///
/// In English; [`workshop_agenda_in`] writes it in another locale.
pub fn workshop_agenda(questionnaire: &Questionnaire, team: &TeamReport, today: Date) -> Agenda {
    workshop_agenda_in(questionnaire, team, today, Locale::En)
}

/// [`workshop_agenda`] in `locale`: titles, guidance and the sentences around the data.
/// The names of dimensions, levels, departments and recommendations come from the
/// questionnaire, in the language it was parsed in (which should be `locale`'s); the
/// silo signals' meanings are taken from the questionnaire again, so a `team` from
/// [`aggregate`](super::aggregate) gives the same agenda as one from
/// [`aggregate_in`](super::aggregate_in). The follow-up date
/// does not depend on the locale.
pub fn workshop_agenda_in(
    questionnaire: &Questionnaire,
    team: &TeamReport,
    today: Date,
    locale: Locale,
) -> Agenda {
    let w = Writer {
        q: questionnaire,
        team,
        l: locale,
        m: messages::team(locale),
    };
    let follow_up = today.add_working_days(FOLLOW_UP_WORKING_DAYS);
    let steps = AgendaTopic::ALL
        .iter()
        .map(|&topic| AgendaStep {
            topic,
            title: topic.title_in(locale).to_owned(),
            guidance: topic.guidance_in(locale).to_owned(),
            prompts: match topic {
                AgendaTopic::CompanyGoals => w.goals(),
                AgendaTopic::CurrentEfforts => w.efforts(),
                AgendaTopic::SuccessesAndFailures => w.successes(),
                AgendaTopic::EditorialPlanning => w.planning(),
                AgendaTopic::IfWeHadMore => w.more(),
                AgendaTopic::Staffing => w.staffing(),
                AgendaTopic::FollowUp => w.follow_up(today, follow_up),
            },
        })
        .collect();
    Agenda { follow_up, steps }
}

/// Writes the agenda's prompts for one team in one locale.
struct Writer<'a> {
    q: &'a Questionnaire,
    team: &'a TeamReport,
    l: Locale,
    m: &'static TeamMessages,
}

impl Writer<'_> {
    fn goals(&self) -> Vec<String> {
        let (q, team, l, m) = (self.q, self.team, self.l, self.m);
        if team.respondents == 0 {
            return vec![m.agenda_no_answers.to_owned()];
        }
        let present: Vec<String> = team
            .departments
            .iter()
            .map(|row| {
                let n = messages::figure(l, row.respondents);
                match &row.department {
                    Department::NotGiven => fill(m.agenda_not_given_count, &[("n", &n)]),
                    Department::Named(_) => fill(
                        m.agenda_department_count,
                        &[("department", &row.department.label_in(q, l)), ("n", &n)],
                    ),
                }
            })
            .collect();
        let answered = if team.respondents == 1 {
            m.agenda_answered_one
        } else {
            m.agenda_answered_many
        };
        let mut prompts = vec![fill(
            answered,
            &[
                ("n", &l.number(team.respondents)),
                ("list", &l.and_list(&present)),
            ],
        )];
        let missing = missing_departments(q, team);
        if !missing.is_empty() {
            prompts.push(fill(
                m.agenda_missing,
                &[("departments", &self.departments_phrase(&missing, true))],
            ));
        }
        if let Some(overall) = &team.organisation.overall {
            let level = self.level(overall.level);
            prompts.push(if overall.is_capped() {
                let names: Vec<String> = overall
                    .capped_by
                    .iter()
                    .map(|d| dimension_name(q, d).to_owned())
                    .collect();
                fill(
                    m.agenda_overall_capped,
                    &[
                        ("level", &level),
                        ("score", &overall.score),
                        ("dimensions", &l.and_list(&names)),
                    ],
                )
            } else {
                fill(
                    m.agenda_overall,
                    &[("level", &level), ("score", &overall.score)],
                )
            });
        }
        prompts
    }

    fn efforts(&self) -> Vec<String> {
        let (q, team, l, m) = (self.q, self.team, self.l, self.m);
        if team.respondents == 0 {
            return Vec::new();
        }
        let named = team
            .departments
            .iter()
            .filter(|row| row.department != Department::NotGiven)
            .count();
        if named < 2 {
            return vec![m.agenda_one_department.to_owned()];
        }
        if team.silo_signals.is_empty() {
            return vec![m.agenda_no_signals.to_owned()];
        }
        let mut prompts: Vec<String> = team
            .silo_signals
            .iter()
            .take(AGENDA_SIGNALS)
            .map(|signal| {
                let text = if signal.gap == 1 {
                    m.agenda_signal_one
                } else {
                    m.agenda_signal_many
                };
                fill(
                    text,
                    &[
                        ("dimension", &dimension_name(q, &signal.dimension)),
                        ("n", &l.number(usize::from(signal.gap))),
                        ("lowest", &self.departments_list(&signal.lowest.departments)),
                        ("low", &self.level(signal.lowest.level)),
                        (
                            "highest",
                            &self.departments_list(&signal.highest.departments),
                        ),
                        ("high", &self.level(signal.highest.level)),
                        ("meaning", &self.meaning(signal)),
                    ],
                )
            })
            .collect();
        let more = team.silo_signals.len().saturating_sub(AGENDA_SIGNALS);
        if more > 0 {
            let text = if more == 1 {
                m.agenda_more_signals_one
            } else {
                m.agenda_more_signals_many
            };
            prompts.push(fill(text, &[("n", &l.number(more))]));
        }
        prompts
    }

    fn successes(&self) -> Vec<String> {
        let (q, team, l, m) = (self.q, self.team, self.l, self.m);
        let mut prompts = Vec::new();
        for row in &team.departments {
            if row.department == Department::NotGiven {
                continue;
            }
            let scored: Vec<(&HeatCell, u8, Level)> = row
                .cells
                .iter()
                .filter_map(|cell| Some((cell, cell.score?, cell.level?)))
                .collect();
            // The first of the highest and the first of the lowest, in questionnaire order.
            let strongest = scored.iter().rev().max_by_key(|&&(_, score, _)| score);
            let weakest = scored.iter().min_by_key(|&&(_, score, _)| score);
            let (Some(&(strong, high, high_level)), Some(&(weak, low, low_level))) =
                (strongest, weakest)
            else {
                continue;
            };
            let department = row.department.label_in(q, l);
            let (high_level, low_level) = (self.level(high_level), self.level(low_level));
            prompts.push(if high == low {
                fill(
                    m.agenda_level_everywhere,
                    &[("department", &department), ("level", &high_level)],
                )
            } else {
                fill(
                    m.agenda_strongest_weakest,
                    &[
                        ("department", &department),
                        ("strong", &dimension_name(q, &strong.dimension)),
                        ("high", &high_level),
                        ("weak", &dimension_name(q, &weak.dimension)),
                        ("low", &low_level),
                    ],
                )
            });
        }
        if prompts.is_empty() && team.respondents > 0 {
            prompts.push(m.agenda_no_department_named.to_owned());
        }
        prompts
    }

    fn planning(&self) -> Vec<String> {
        let (q, team, l, m) = (self.q, self.team, self.l, self.m);
        let mut prompts = Vec::new();
        // The first dimension with the most "not sure" answers.
        let unsure = team
            .organisation
            .dimensions
            .iter()
            .rev()
            .max_by_key(|d| d.not_sure)
            .filter(|d| d.not_sure > 0);
        if let Some(d) = unsure {
            prompts.push(fill(
                m.agenda_not_sure,
                &[
                    ("dimension", &dimension_name(q, &d.dimension)),
                    ("n", &messages::figure(l, d.not_sure)),
                    ("total", &messages::figure(l, d.questions)),
                ],
            ));
        }
        // The first dimension whose respondents' scores spread most.
        let widest = team
            .dimensions
            .iter()
            .rev()
            .filter_map(|d| Some((d, d.scores?)))
            .max_by_key(|(_, range)| range.spread)
            .filter(|(_, range)| range.spread > 0);
        if let Some((d, range)) = widest {
            prompts.push(fill(
                m.agenda_score_range,
                &[
                    ("dimension", &dimension_name(q, &d.dimension)),
                    ("lowest", &range.lowest),
                    ("highest", &range.highest),
                ],
            ));
        }
        prompts
    }

    fn more(&self) -> Vec<String> {
        let (q, team, l, m) = (self.q, self.team, self.l, self.m);
        let first: Vec<String> = team
            .organisation
            .start_here
            .iter()
            .filter_map(|id| q.recommendation(id))
            .map(|r| {
                let title = self.quoted(&r.title);
                format!("{title} ({})", dimension_name(q, &r.dimension))
            })
            .collect();
        if first.is_empty() {
            return Vec::new();
        }
        vec![fill(m.agenda_first_steps, &[("list", &l.and_list(&first))])]
    }

    fn staffing(&self) -> Vec<String> {
        let (q, team, l, m) = (self.q, self.team, self.l, self.m);
        let mut prompts = Vec::new();
        if let Some(signal) = team.silo_signals.first() {
            let lowest = self.departments_phrase(&self.labels(&signal.lowest.departments), false);
            let highest = self.departments_phrase(&self.labels(&signal.highest.departments), false);
            prompts.push(fill(
                m.agenda_widest_gap,
                &[
                    ("dimension", &dimension_name(q, &signal.dimension)),
                    ("lowest", &lowest),
                    ("level", &self.level(signal.highest.level)),
                    ("highest", &highest),
                ],
            ));
        }
        let soon: Vec<String> = team
            .organisation
            .plan
            .days_30
            .iter()
            .filter_map(|entry| q.recommendation(&entry.recommendation))
            .map(|r| self.quoted(&r.title))
            .collect();
        if !soon.is_empty() {
            prompts.push(fill(m.agenda_thirty_days, &[("list", &l.and_list(&soon))]));
        }
        prompts
    }

    fn follow_up(&self, today: Date, follow_up: Date) -> Vec<String> {
        let (q, team, l, m) = (self.q, self.team, self.l, self.m);
        let when = fill(
            m.agenda_when,
            &[
                ("weekday", &follow_up.weekday().name_in(l)),
                ("iso", &follow_up),
                ("long", &follow_up.long(l)),
            ],
        );
        let mut prompts = vec![fill(
            m.agenda_suggested_date,
            &[
                ("when", &when),
                ("days", &today.days_until(follow_up)),
                ("working_days", &FOLLOW_UP_WORKING_DAYS),
            ],
        )];
        if let Some(signal) = team.silo_signals.first() {
            let mut sides = signal.lowest.departments.clone();
            sides.extend(signal.highest.departments.iter().cloned());
            prompts.push(fill(
                m.agenda_evidence,
                &[
                    (
                        "departments",
                        &self.departments_phrase(&self.labels(&sides), false),
                    ),
                    ("dimension", &dimension_name(q, &signal.dimension)),
                ],
            ));
        }
        prompts
    }

    /// "level 2 (Siloed)", "Stufe 2 (Im Silo)".
    fn level(&self, level: Level) -> String {
        let name = &self.q.scale_level(level).name;
        fill(self.m.agenda_level, &[("n", &level.get()), ("name", name)])
    }

    /// A title in the locale's quotation marks: "…", „…“.
    fn quoted(&self, text: &str) -> String {
        fill(self.m.agenda_quoted, &[("text", &text)])
    }

    /// What a gap in the signal's dimension usually means, in this locale when the
    /// questionnaire has no meaning of its own for it.
    fn meaning(&self, signal: &SiloSignal) -> String {
        self.q
            .dimension(&signal.dimension)
            .map_or_else(|| signal.meaning.clone(), |d| gap_meaning(d, self.l))
    }

    fn labels(&self, departments: &[Department]) -> Vec<String> {
        departments
            .iter()
            .map(|d| d.label_in(self.q, self.l).to_owned())
            .collect()
    }

    /// The departments as a list: "Sales and Marketing".
    fn departments_list(&self, departments: &[Department]) -> String {
        self.l.and_list(&self.labels(departments))
    }

    /// The departments as part of a sentence: "Sales and Marketing" in English; in German
    /// "die Abteilung Vertrieb", "die Abteilungen Vertrieb und Marketing" (or, `dative`,
    /// "der Abteilung …", "den Abteilungen …"), because a bare name would need an article
    /// of its own gender ("den Vertrieb", "das Marketing").
    fn departments_phrase(&self, labels: &[String], dative: bool) -> String {
        let m = self.m;
        let text = match (labels.len() == 1, dative) {
            (true, false) => m.agenda_department,
            (false, false) => m.agenda_departments,
            (true, true) => m.agenda_department_dative,
            (false, true) => m.agenda_departments_dative,
        };
        fill(text, &[("list", &self.l.and_list(labels))])
    }
}

/// The labels of the department question's options nobody in the team chose, when at least
/// one respondent named a department.
fn missing_departments(q: &Questionnaire, team: &TeamReport) -> Vec<String> {
    let Some((_, question)) = department_question(q) else {
        return Vec::new();
    };
    let present: Vec<&ProfileOptionId> = team
        .departments
        .iter()
        .filter_map(|row| match &row.department {
            Department::Named(id) => Some(id),
            Department::NotGiven => None,
        })
        .collect();
    if present.is_empty() {
        return Vec::new();
    }
    question
        .options
        .iter()
        .filter(|o| !present.contains(&&o.id))
        .map(|o| o.label.clone())
        .collect()
}

fn dimension_name<'a>(q: &'a Questionnaire, id: &'a DimensionId) -> &'a str {
    q.dimension(id).map_or(id.as_str(), |d| d.name.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::team::tests::respondent;
    use crate::team::{aggregate, aggregate_in};
    use crate::testing::{arbitrary_answers, tiny};
    use proptest::prelude::*;

    #[test]
    fn an_agenda_without_answers_still_has_its_seven_steps() {
        let q = tiny();
        let team = aggregate(&q, []);
        let agenda = workshop_agenda(&q, &team, Date::new(2026, 1, 3).unwrap());
        let counts: Vec<usize> = agenda.steps.iter().map(|s| s.prompts.len()).collect();
        assert_eq!(counts, [1, 0, 0, 0, 0, 0, 1]);
        assert!(agenda.steps[0].prompts[0].starts_with("No answers have been added yet"));
        // Saturday 3 January: nine working days later is Thursday 15 January.
        assert_eq!(agenda.follow_up.to_string(), "2026-01-15");

        // One department, at one level everywhere.
        let one = [respondent("33 33 3", Some("sales"))];
        let team = aggregate(&q, &one);
        let agenda = workshop_agenda(&q, &team, Date::new(2026, 1, 5).unwrap());
        assert_eq!(
            agenda.steps[1].prompts,
            ["Answers from at least two departments are needed to see where their views split; until then, ask each person how their own work serves the goals."]
        );
        assert_eq!(
            agenda.steps[2].prompts,
            ["sales: every area they scored is at level 3 (Defined)."]
        );
        assert_eq!(
            agenda.steps[0].prompts[..2],
            [
                "1 person answered: sales (1).",
                "No answers yet from marketing and service: ask who speaks for their goals today, and invite them to the follow-up."
            ]
        );
        // Two departments in agreement.
        let two = [
            respondent("33 33 3", Some("sales")),
            respondent("33 33 3", Some("service")),
        ];
        let agenda = workshop_agenda(&q, &aggregate(&q, &two), Date::new(2026, 1, 5).unwrap());
        assert!(agenda.steps[1].prompts[0]
            .starts_with("The departments place every dimension at the same level."));
    }

    proptest! {
        #[test]
        fn the_german_agenda_has_the_same_steps_and_date(
            all in proptest::collection::vec(arbitrary_answers(tiny()), 0..6),
            days in 0i64..3_650_000,
        ) {
            let q = tiny();
            let today = Date::MIN.add_days(days);
            let team = aggregate(&q, &all);
            let en = workshop_agenda(&q, &team, today);
            let de = workshop_agenda_in(&q, &aggregate_in(&q, &all, Locale::De), today, Locale::De);
            prop_assert_eq!(de.steps.len(), 7);
            prop_assert_eq!(de.follow_up, en.follow_up);
            for (de, en) in de.steps.iter().zip(&en.steps) {
                prop_assert_eq!(de.topic, en.topic);
                prop_assert_eq!(de.prompts.len(), en.prompts.len());
                for (de, en) in de.prompts.iter().zip(&en.prompts) {
                    prop_assert_ne!(de, en);
                    prop_assert!(de.ends_with('.') && !de.contains("  "), "{}", de);
                }
            }
        }

        #[test]
        fn the_follow_up_is_a_weekday_within_two_weeks(days in 0i64..3_650_000) {
            let today = Date::MIN.add_days(days);
            let follow_up = today.add_working_days(FOLLOW_UP_WORKING_DAYS);
            prop_assert!(follow_up.weekday().is_working_day());
            prop_assert!((11..=13).contains(&today.days_until(follow_up)));
        }
    }
}
