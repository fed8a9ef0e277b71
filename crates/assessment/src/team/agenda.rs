//! The workshop agenda: the seven steps of a cross-department meeting, with prompts
//! drawn from a [`TeamReport`].

use super::aggregation::department_question;
use super::signals::gap_meaning;
use super::{Department, HeatCell, SiloSignal, TeamReport};
use crate::date::Date;
use crate::questionnaire::{DimensionId, Level, ProfileOptionId, Questionnaire};
use crate::text::Locale;
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
        match (locale, self) {
            (Locale::En, AgendaTopic::CompanyGoals) => "Start from the company's goals",
            (Locale::En, AgendaTopic::CurrentEfforts) => {
                "How today's social media work serves those goals"
            }
            (Locale::En, AgendaTopic::SuccessesAndFailures) => {
                "Each team's biggest success and biggest failure"
            }
            (Locale::En, AgendaTopic::EditorialPlanning) => "Editorial planning and calendars",
            (Locale::En, AgendaTopic::IfWeHadMore) => "\"If we had more ___, we could ___\"",
            (Locale::En, AgendaTopic::Staffing) => "Staffing and resources",
            (Locale::En, AgendaTopic::FollowUp) => "Book the follow-up meeting",
            (Locale::De, AgendaTopic::CompanyGoals) => "Mit den Zielen des Unternehmens beginnen",
            (Locale::De, AgendaTopic::CurrentEfforts) => {
                "Wie die heutige Social-Media-Arbeit diesen Zielen dient"
            }
            (Locale::De, AgendaTopic::SuccessesAndFailures) => {
                "Der größte Erfolg und der größte Misserfolg jedes Teams"
            }
            (Locale::De, AgendaTopic::EditorialPlanning) => "Redaktionsplanung und Kalender",
            (Locale::De, AgendaTopic::IfWeHadMore) => "„Wenn wir mehr ___ hätten, könnten wir ___“",
            (Locale::De, AgendaTopic::Staffing) => "Personal und Ressourcen",
            (Locale::De, AgendaTopic::FollowUp) => "Den Folgetermin vereinbaren",
        }
    }

    /// What the facilitator does in this step, in English.
    pub fn guidance(self) -> &'static str {
        self.guidance_in(Locale::En)
    }

    /// What the facilitator does in this step, in `locale`.
    pub fn guidance_in(self, locale: Locale) -> &'static str {
        match (locale, self) {
            (Locale::En, AgendaTopic::CompanyGoals) => "Ask everyone to name the goals of the company as a whole, the ones every budget in the room depends on, and write them up where all can see them; leave departmental goals for later.",
            (Locale::En, AgendaTopic::CurrentEfforts) => "Go round the room: what does each department do on social media today, and which of the goals just written up does it serve? Work that nobody can tie to a goal is a candidate to stop, merge or hand over.",
            (Locale::En, AgendaTopic::SuccessesAndFailures) => "Ask each department for its biggest success and its biggest failure on social media, and what each taught them; its strongest and weakest areas are good places to look. Listen for the same event told from two sides.",
            (Locale::En, AgendaTopic::EditorialPlanning) => "Ask who keeps an editorial calendar, how posts are planned and approved, and whether anyone can see every department's plans in one place; if there turns out to be no calendar, write that down as a finding, not a fault.",
            (Locale::En, AgendaTopic::IfWeHadMore) => "Give everyone two minutes to complete the sentence on their own, in writing, before anyone speaks; then read the answers out and group the ones that ask for the same thing.",
            (Locale::En, AgendaTopic::Staffing) => "Take the answers from the last step that ask for people, time, budget, tools or skills, agree which can be met from what the departments already have, and name a person, not a department, for each.",
            (Locale::En, AgendaTopic::FollowUp) => "Before anyone leaves, book the next meeting with the same people, less than two weeks from today, and put today's open questions and their owners on its agenda.",
            (Locale::De, AgendaTopic::CompanyGoals) => "Bitten Sie alle, die Ziele des Unternehmens als Ganzes zu nennen, also die, von denen jedes Budget im Raum abhängt, und schreiben Sie sie für alle sichtbar auf; die Ziele der einzelnen Abteilungen kommen später.",
            (Locale::De, AgendaTopic::CurrentEfforts) => "Gehen Sie reihum: Was macht jede Abteilung heute auf Social Media, und welchem der eben notierten Ziele dient das? Arbeit, die niemand einem Ziel zuordnen kann, ist ein Kandidat zum Einstellen, Zusammenlegen oder Abgeben.",
            (Locale::De, AgendaTopic::SuccessesAndFailures) => "Fragen Sie jede Abteilung nach ihrem größten Erfolg und ihrem größten Misserfolg auf Social Media und danach, was sie daraus gelernt hat; ihre stärksten und schwächsten Handlungsfelder sind ein guter Ausgangspunkt. Achten Sie darauf, ob dasselbe Ereignis von zwei Seiten erzählt wird.",
            (Locale::De, AgendaTopic::EditorialPlanning) => "Fragen Sie, wer einen Redaktionsplan führt, wie Beiträge geplant und freigegeben werden und ob irgendjemand die Planung aller Abteilungen an einer Stelle sehen kann; stellt sich heraus, dass es keinen Redaktionsplan gibt, halten Sie das als Befund fest, nicht als Versäumnis.",
            (Locale::De, AgendaTopic::IfWeHadMore) => "Geben Sie allen zwei Minuten, um den Satz still und schriftlich zu ergänzen, bevor jemand spricht; lesen Sie die Antworten dann vor und fassen Sie die zusammen, die dasselbe verlangen.",
            (Locale::De, AgendaTopic::Staffing) => "Nehmen Sie die Antworten aus dem vorigen Schritt, die nach Personal, Zeit, Budget, Werkzeugen oder Kompetenzen verlangen, klären Sie gemeinsam, welche sich mit dem decken lassen, was die Abteilungen schon haben, und benennen Sie für jede eine Person, keine Abteilung.",
            (Locale::De, AgendaTopic::FollowUp) => "Vereinbaren Sie, bevor jemand geht, das nächste Treffen mit denselben Personen, keine zwei Wochen nach heute, und setzen Sie die offenen Fragen von heute mit ihren Verantwortlichen auf dessen Tagesordnung.",
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
}

impl Writer<'_> {
    fn goals(&self) -> Vec<String> {
        let (q, team, l) = (self.q, self.team, self.l);
        if team.respondents == 0 {
            return vec![match l {
                Locale::En => "No answers have been added yet: add each participant's share code, link or report to see where the departments agree and where they split.",
                Locale::De => "Es wurden noch keine Antworten hinzugefügt: Fügen Sie den Ergebniscode, den Link oder den Bericht jeder teilnehmenden Person hinzu, um zu sehen, wo sich die Abteilungen einig sind und wo ihre Sicht auseinandergeht.",
            }
            .to_owned()];
        }
        let present: Vec<String> = team
            .departments
            .iter()
            .map(|row| match (l, &row.department) {
                (Locale::En, Department::NotGiven) => {
                    format!("{} without a department", row.respondents)
                }
                (Locale::De, Department::NotGiven) => {
                    format!("{} ohne Angabe der Abteilung", l.number(row.respondents))
                }
                (Locale::En, Department::Named(_)) => {
                    format!("{} ({})", row.department.label(q), row.respondents)
                }
                (Locale::De, Department::Named(_)) => format!(
                    "{} ({})",
                    row.department.label_in(q, l),
                    l.number(row.respondents)
                ),
            })
            .collect();
        let mut prompts = vec![match l {
            Locale::En => format!(
                "{} answered: {}.",
                l.count(team.respondents, "person", "people"),
                l.and_list(&present)
            ),
            Locale::De => format!(
                "{} {} geantwortet: {}.",
                l.count(team.respondents, "Person", "Personen"),
                if team.respondents == 1 {
                    "hat"
                } else {
                    "haben"
                },
                l.and_list(&present)
            ),
        }];
        let missing = missing_departments(q, team);
        if !missing.is_empty() {
            prompts.push(match l {
                Locale::En => format!(
                    "No answers yet from {}: ask who speaks for their goals today, and invite them to the follow-up.",
                    l.and_list(&missing)
                ),
                Locale::De => format!(
                    "Noch keine Antworten von {}: Fragen Sie, wer heute für deren Ziele spricht, und laden Sie sie zum Folgetermin ein.",
                    self.departments_phrase(&missing, true)
                ),
            });
        }
        if let Some(overall) = &team.organisation.overall {
            let names: Vec<String> = overall
                .capped_by
                .iter()
                .map(|d| dimension_name(q, d).to_owned())
                .collect();
            let mut text = match l {
                Locale::En => format!(
                    "Taken together, the answers put the organisation at {}, with a score of {} out of 100",
                    self.level(overall.level),
                    overall.score
                ),
                Locale::De => format!(
                    "Zusammengenommen verorten die Antworten das Unternehmen auf {} mit {} von 100 Punkten",
                    self.level(overall.level),
                    overall.score
                ),
            };
            if overall.is_capped() {
                text.push_str(&match l {
                    Locale::En => format!(", held back by {}", l.and_list(&names)),
                    Locale::De => format!(", gebremst durch {}", l.and_list(&names)),
                });
            }
            text.push_str(match l {
                Locale::En => ". Keep that picture in mind while the goals are written up.",
                Locale::De => {
                    ". Behalten Sie dieses Bild im Kopf, während die Ziele notiert werden."
                }
            });
            prompts.push(text);
        }
        prompts
    }

    fn efforts(&self) -> Vec<String> {
        let (q, team, l) = (self.q, self.team, self.l);
        if team.respondents == 0 {
            return Vec::new();
        }
        let named = team
            .departments
            .iter()
            .filter(|row| row.department != Department::NotGiven)
            .count();
        if named < 2 {
            return vec![match l {
                Locale::En => "Answers from at least two departments are needed to see where their views split; until then, ask each person how their own work serves the goals.",
                Locale::De => "Erst mit Antworten aus mindestens zwei Abteilungen wird sichtbar, wo ihre Sichtweisen auseinandergehen; fragen Sie bis dahin jede Person, wie ihre eigene Arbeit den Zielen dient.",
            }
            .to_owned()];
        }
        if team.silo_signals.is_empty() {
            return vec![match l {
                Locale::En => "The departments place every dimension at the same level. Check that this agreement rests on shared facts, such as the list of accounts or last month's figures, and not on shared assumptions.",
                Locale::De => "Die Abteilungen sehen jedes Handlungsfeld auf derselben Stufe. Prüfen Sie, ob diese Einigkeit auf gemeinsamen Fakten beruht, etwa der Liste der Konten oder den Zahlen des letzten Monats, und nicht auf gemeinsamen Annahmen.",
            }
            .to_owned()];
        }
        let mut prompts: Vec<String> = team
            .silo_signals
            .iter()
            .take(AGENDA_SIGNALS)
            .map(|signal| {
                let name = dimension_name(q, &signal.dimension);
                let lowest = self.departments_list(&signal.lowest.departments);
                let highest = self.departments_list(&signal.highest.departments);
                let (low, high) = (
                    self.level(signal.lowest.level),
                    self.level(signal.highest.level),
                );
                let meaning = self.meaning(signal);
                let gap = usize::from(signal.gap);
                match l {
                    Locale::En => format!(
                        "{name}, {} apart: {lowest} put it at {low}, {highest} at {high}. {meaning}",
                        l.count(gap, "level", "levels"),
                    ),
                    Locale::De => format!(
                        "{name}, {} Abstand: {lowest} auf {low}, {highest} auf {high}. {meaning}",
                        l.count(gap, "Stufe", "Stufen"),
                    ),
                }
            })
            .collect();
        let more = team.silo_signals.len().saturating_sub(AGENDA_SIGNALS);
        if more > 0 {
            prompts.push(match l {
                Locale::En => format!(
                    "{} more {} split the departments by a level or more; the silo signals list them all.",
                    l.number(more),
                    if more == 1 { "dimension" } else { "dimensions" }
                ),
                Locale::De if more == 1 => "1 weiteres Handlungsfeld trennt die Abteilungen um eine Stufe oder mehr; die Silo-Signale führen alle auf.".to_owned(),
                Locale::De => format!(
                    "{} weitere Handlungsfelder trennen die Abteilungen um eine Stufe oder mehr; die Silo-Signale führen alle auf.",
                    l.number(more)
                ),
            });
        }
        prompts
    }

    fn successes(&self) -> Vec<String> {
        let (q, team, l) = (self.q, self.team, self.l);
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
            let name = row.department.label_in(q, l);
            let (high_level, low_level) = (self.level(high_level), self.level(low_level));
            let (strong, weak) = (
                dimension_name(q, &strong.dimension),
                dimension_name(q, &weak.dimension),
            );
            prompts.push(match (l, high == low) {
                (Locale::En, true) => {
                    format!("{name}: every area they scored is at {high_level}.")
                }
                (Locale::De, true) => {
                    format!("{name}: Alle bewerteten Handlungsfelder liegen auf {high_level}.")
                }
                (Locale::En, false) => format!(
                    "{name}: strongest on {strong} at {high_level}, weakest on {weak} at {low_level}."
                ),
                (Locale::De, false) => format!(
                    "{name}: am stärksten bei {strong} auf {high_level}, am schwächsten bei {weak} auf {low_level}."
                ),
            });
        }
        if prompts.is_empty() && team.respondents > 0 {
            prompts.push(match l {
                Locale::En => "Nobody named a department, so ask each person for a success and a failure from their own team.",
                Locale::De => "Niemand hat eine Abteilung angegeben; fragen Sie daher jede Person nach einem Erfolg und einem Misserfolg aus ihrem eigenen Team.",
            }
            .to_owned());
        }
        prompts
    }

    fn planning(&self) -> Vec<String> {
        let (q, team, l) = (self.q, self.team, self.l);
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
            let name = dimension_name(q, &d.dimension);
            prompts.push(match l {
                Locale::En => format!(
                    "{name} drew the most \"not sure\" answers ({} of {}): what happens there is probably not visible to everyone. Ask who would know, and whether it is planned anywhere people can see.",
                    d.not_sure,
                    d.questions
                ),
                Locale::De => format!(
                    "Bei {name} gab es die meisten Antworten „Weiß nicht“ ({} von {}): Was dort geschieht, ist vermutlich nicht für alle sichtbar. Fragen Sie, wer es wissen müsste und ob es irgendwo geplant wird, wo alle es sehen können.",
                    l.number(d.not_sure),
                    l.number(d.questions)
                ),
            });
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
            let name = dimension_name(q, &d.dimension);
            prompts.push(match l {
                Locale::En => format!(
                    "Scores for {name} range from {} to {} out of 100: people see different parts of the work. Put whatever calendars and plans exist side by side.",
                    range.lowest,
                    range.highest
                ),
                Locale::De => format!(
                    "Bei {name} reichen die Werte von {} bis {} von 100 Punkten: Die Beteiligten sehen unterschiedliche Teile der Arbeit. Legen Sie alle vorhandenen Kalender und Pläne nebeneinander.",
                    range.lowest,
                    range.highest
                ),
            });
        }
        prompts
    }

    fn more(&self) -> Vec<String> {
        let (q, team, l) = (self.q, self.team, self.l);
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
        vec![match l {
            Locale::En => format!(
                "For the organisation as a whole, the answers point first to {}. See whether the blanks people fill in ask for the same things.",
                l.and_list(&first)
            ),
            Locale::De => format!(
                "Für das Unternehmen als Ganzes stehen nach den Antworten diese Schritte an erster Stelle: {}. Achten Sie darauf, ob die ergänzten Sätze dasselbe verlangen.",
                l.and_list(&first)
            ),
        }]
    }

    fn staffing(&self) -> Vec<String> {
        let (q, team, l) = (self.q, self.team, self.l);
        let mut prompts = Vec::new();
        if let Some(signal) = team.silo_signals.first() {
            let name = dimension_name(q, &signal.dimension);
            let lowest = self.departments_phrase(&self.labels(&signal.lowest.departments), false);
            let highest = self.departments_phrase(&self.labels(&signal.highest.departments), false);
            let level = self.level(signal.highest.level);
            prompts.push(match l {
                Locale::En => format!(
                    "The widest gap, on {name}, often comes down to people and time: ask {lowest} what it would take to work at {level}, like {highest}."
                ),
                Locale::De => format!(
                    "Die größte Lücke liegt bei {name}, und dahinter stehen oft Personal und Zeit: Fragen Sie {lowest}, was nötig wäre, um wie {highest} auf {level} zu arbeiten."
                ),
            });
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
            prompts.push(match l {
                Locale::En => format!(
                    "The organisation's 30-day plan needs an owner and time for {}.",
                    l.and_list(&soon)
                ),
                Locale::De => format!(
                    "Der 30-Tage-Plan des Unternehmens braucht eine verantwortliche Person und Zeit für {}.",
                    l.and_list(&soon)
                ),
            });
        }
        prompts
    }

    fn follow_up(&self, today: Date, follow_up: Date) -> Vec<String> {
        let (q, team, l) = (self.q, self.team, self.l);
        let days = today.days_until(follow_up);
        let mut prompts = vec![match l {
            Locale::En => format!(
                "Suggested date: {}, {follow_up}, {days} days from today ({} working days).",
                follow_up.weekday().name(),
                FOLLOW_UP_WORKING_DAYS
            ),
            Locale::De => format!(
                "Vorgeschlagener Termin: {}, in {days} Tagen (nach {} Arbeitstagen).",
                follow_up.long(l),
                FOLLOW_UP_WORKING_DAYS
            ),
        }];
        if let Some(signal) = team.silo_signals.first() {
            let mut sides = signal.lowest.departments.clone();
            sides.extend(signal.highest.departments.iter().cloned());
            let name = dimension_name(q, &signal.dimension);
            let sides = self.departments_phrase(&self.labels(&sides), false);
            prompts.push(match l {
                Locale::En => format!(
                    "Ask {sides} to bring evidence on {name}, such as documents, figures or recent examples, so that the follow-up can settle where the organisation stands."
                ),
                Locale::De => format!(
                    "Bitten Sie {sides}, Belege zu {name} mitzubringen, etwa Dokumente, Zahlen oder aktuelle Beispiele, damit beim Folgetermin geklärt werden kann, wo das Unternehmen steht."
                ),
            });
        }
        prompts
    }

    /// "level 2 (Siloed)", "Stufe 2 (Im Silo)".
    fn level(&self, level: Level) -> String {
        let name = &self.q.scale_level(level).name;
        match self.l {
            Locale::En => format!("level {} ({name})", level.get()),
            Locale::De => format!("Stufe {} ({name})", level.get()),
        }
    }

    /// A title in the locale's quotation marks: "…", „…“.
    fn quoted(&self, text: &str) -> String {
        match self.l {
            Locale::En => format!("\"{text}\""),
            Locale::De => format!("„{text}“"),
        }
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
        let list = self.l.and_list(labels);
        match (self.l, labels.len() == 1, dative) {
            (Locale::En, ..) => list,
            (Locale::De, true, false) => format!("die Abteilung {list}"),
            (Locale::De, false, false) => format!("die Abteilungen {list}"),
            (Locale::De, true, true) => format!("der Abteilung {list}"),
            (Locale::De, false, true) => format!("den Abteilungen {list}"),
        }
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
