//! The team view: many respondents' answers gathered without a server, compared by
//! department, and turned into an organisation-wide report and a workshop agenda.
//!
//! # Input
//!
//! [`read_entries`] (or [`TeamInput::read`], to add more text to what was read before)
//! takes pasted text: share codes and share links (anything
//! [`share::decode`](crate::share::decode) accepts), team links (`…#team=CODE.CODE…`, see
//! [`team_code`]) and whole exported report documents (JSON with a `"share_code"`, see
//! [`crate::export`]), separated by whitespace or commas. A dropped report file is read
//! the same way: pass its contents.
//!
//! Each entry is handled on its own and keeps its place: it is either accepted as a
//! [`Respondent`] or rejected with a [`Rejection`] that says why (a code for another
//! questionnaire or revision, cut short, altered or unreadable; a duplicate; a JSON
//! document that is not a report). One bad entry never stops the others.
//!
//! **Duplicates.** Two entries are the same respondent when their *canonical* share codes
//! are identical, that is when they carry exactly the same answers and profile answers for
//! the same questionnaire and revision. Share codes are canonical (one code per set of
//! answers), so a code pasted twice, the same code inside a link and inside a report file,
//! or two people who answered everything identically all count once. The first one counts;
//! the later ones are rejected as [`Rejection::Duplicate`].
//!
//! **Limits.** A text longer than [`MAX_INPUT_BYTES`] is refused whole, before any work;
//! after [`MAX_ENTRIES`] entries the next one is rejected as
//! [`Rejection::TooManyEntries`] and reading stops. So a hostile paste costs at most one
//! linear pass over 2 MiB and ten thousand decodes.
//!
//! # Aggregation
//!
//! [`aggregate`] is pure, infallible and independent of the respondents' order: it only
//! sums, counts and takes minima and maxima, in integers. See [`TeamReport`] for what it
//! computes, and [`workshop_agenda`] for the agenda of a cross-department meeting built
//! from it.

pub use crate::date::{Date, Weekday};

mod agenda;
mod aggregation;
mod input;
mod signals;

pub use agenda::{
    workshop_agenda, workshop_agenda_in, Agenda, AgendaStep, AgendaTopic, FOLLOW_UP_WORKING_DAYS,
};
pub use aggregation::{
    aggregate, aggregate_in, not_given, Department, DepartmentRow, HeatCell, ScoreRange,
    TeamDimension, TeamReport, TeamTally, NOT_GIVEN,
};
pub use input::{
    entry_from_report_json, parse_team_code, read_entries, team_code, DocumentError, Entry,
    Rejection, Respondent, Source, TeamInput, MAX_ENTRIES, MAX_INPUT_BYTES, TEAM_KEY,
};
pub use signals::{generic_gap_meaning, LevelGroup, SiloSignal, GENERIC_GAP_MEANING};

#[cfg(test)]
mod tests {
    //! Tests across the submodules: from pasted text to the agenda, and the translations,
    //! with the helpers the submodules' tests share.

    use super::*;
    use crate::answers::Answers;
    use crate::questionnaire::{ProfileKind, ProfileOptionId, Questionnaire};
    use crate::share;
    use crate::testing::{answers, arbitrary_answers, pick, tiny};
    use crate::text::Locale;
    use proptest::prelude::*;

    /// A respondent of `tiny()`: answers written as in `testing::answers`, and a department.
    pub(super) fn respondent(spec: &str, department: Option<&str>) -> Answers {
        let q = tiny();
        let mut a = answers(&q, spec);
        if let Some(department) = department {
            pick(&q, &mut a, "department", department);
        }
        a
    }

    /// Five colleagues from five departments of the built-in questionnaire, as share links.
    fn five_departments() -> (Questionnaire, String) {
        let q = Questionnaire::parse(crate::BUILT_IN_JSON).unwrap();
        let department = q
            .profile()
            .iter()
            .position(|p| p.kind == ProfileKind::Department)
            .unwrap();
        let option = |id: &str| {
            q.profile()[department]
                .options
                .iter()
                .position(|o| o.id.as_str() == id)
        };
        // Nine dimensions: 4 5 3 6 2 2 3 3 4 questions.
        let people = [
            ("marketing", "4444 33333 333 444444 33 33 444 333 3333"),
            ("sales", "1111 22222 222 222222 22 22 222 222 2222"),
            ("service", "3333 22222 222 222222 22 22 222 444 2222"),
            ("it", "2222 22222 222 222222 33 22 222 222 2222"),
            ("hr", "3333 22222 222 222222 22 22 222 222 4444"),
        ];
        let links: Vec<String> = people
            .iter()
            .map(|(id, spec)| {
                let mut a = answers(&q, spec);
                a.set_profile_checked(&q, department, option(id));
                format!("https://example.org/silo-check#r={}", share::encode(&q, &a))
            })
            .collect();
        (q, links.join("\n"))
    }

    #[test]
    fn five_colleagues_see_their_silo_signals_and_a_workshop_agenda() {
        let (q, pasted) = five_departments();
        let input = read_entries(&q, &pasted);
        assert_eq!((input.accepted(), input.rejected().count()), (5, 0));
        let team = aggregate(&q, input.answers());
        assert_eq!(team.departments.len(), 5);
        let first = &team.silo_signals[0];
        assert_eq!(first.dimension.as_str(), "ownership");
        assert_eq!(first.gap, 3);
        let order: Vec<(&str, u8)> = team
            .silo_signals
            .iter()
            .map(|s| (s.dimension.as_str(), s.gap))
            .collect();
        assert_eq!(
            order,
            [
                ("ownership", 3),
                ("process", 2),
                ("listening", 2),
                ("care", 2),
                ("culture", 2),
                ("integration", 1),
                ("sponsorship", 1),
                ("measurement", 1),
                ("staffing", 1),
            ]
        );
        assert_eq!(
            first.lowest.departments,
            [Department::Named(ProfileOptionId("sales".into()))]
        );
        assert!(first
            .meaning
            .starts_with("Departments that rate ownership apart"));

        let today = Date::new(2026, 11, 23).unwrap();
        let agenda = workshop_agenda(&q, &team, today);
        let topics: Vec<AgendaTopic> = agenda.steps.iter().map(|s| s.topic).collect();
        assert_eq!(topics, AgendaTopic::ALL);
        assert_eq!(agenda.follow_up.to_string(), "2026-12-04");
        let prompts =
            |topic: AgendaTopic| -> String { agenda.steps[topic as usize].prompts.join("\n") };
        for step in &agenda.steps {
            assert!(!step.title.is_empty() && step.guidance.ends_with('.'));
            for prompt in &step.prompts {
                assert!(prompt.ends_with('.'), "{prompt}");
                assert!(!prompt.contains("  "), "{prompt}");
            }
        }
        let goals = prompts(AgendaTopic::CompanyGoals);
        assert!(
            goals.starts_with("5 people answered: Marketing (1), Sales (1),"),
            "{goals}"
        );
        assert!(
            goals.contains("No answers yet from Communications / PR,"),
            "{goals}"
        );
        let efforts = prompts(AgendaTopic::CurrentEfforts);
        assert!(
            efforts.starts_with("Ownership & governance, 3 levels apart: Sales put it at level 1 (Ad hoc), Marketing at level 4 (Integrated). Departments that rate ownership apart"),
            "{efforts}"
        );
        let successes = prompts(AgendaTopic::SuccessesAndFailures);
        assert!(
            successes.starts_with("Marketing: strongest on Ownership & governance at level 4 (Integrated), weakest on Integration across departments at level 3 (Defined).\nSales: strongest on Integration across departments at level 2 (Siloed), weakest on Ownership & governance at level 1 (Ad hoc)."),
            "{successes}"
        );
        assert!(efforts.ends_with("6 more dimensions split the departments by a level or more; the silo signals list them all."), "{efforts}");
        assert_eq!(agenda.steps[2].prompts.len(), 5);
        assert!(prompts(AgendaTopic::IfWeHadMore).contains("point first to \""));
        assert!(
            prompts(AgendaTopic::Staffing).starts_with("The widest gap, on Ownership & governance")
        );
        assert_eq!(
            agenda.steps[6].prompts[0],
            "Suggested date: Friday, 2026-12-04, 11 days from today (9 working days)."
        );
    }

    /// One rejection of every kind, with every kind of share-code and document error; the
    /// `match` fails to compile when a kind is added.
    fn every_rejection() -> Vec<Rejection> {
        let documents = [
            DocumentError::TooLarge,
            DocumentError::NotJson,
            DocumentError::NotAReport,
            DocumentError::NoShareCode,
        ];
        let mut all: Vec<Rejection> = crate::share::tests::every_error()
            .into_iter()
            .map(Rejection::Code)
            .chain(documents.map(Rejection::Document))
            .collect();
        all.extend([
            Rejection::Duplicate {
                first: 0,
                line: 1_234,
            },
            Rejection::TooLarge { bytes: 3_000_000 },
            Rejection::TooManyEntries,
        ]);
        for rejection in &all {
            match rejection {
                Rejection::Code(_)
                | Rejection::Document(
                    DocumentError::TooLarge
                    | DocumentError::NotJson
                    | DocumentError::NotAReport
                    | DocumentError::NoShareCode,
                )
                | Rejection::Duplicate { .. }
                | Rejection::TooLarge { .. }
                | Rejection::TooManyEntries => {}
            }
        }
        all
    }

    #[test]
    fn generated_texts_are_translated() {
        use crate::text::tests::check_localized;
        for rejection in every_rejection() {
            check_localized(&format!("{rejection:?}"), true, |l| rejection.message(l));
            assert_eq!(rejection.to_string(), rejection.message(Locale::En));
            if let Rejection::Document(error) = rejection {
                assert_eq!(error.message(Locale::De), rejection.message(Locale::De));
                assert_eq!(error.to_string(), error.message(Locale::En));
            }
        }
        for topic in AgendaTopic::ALL {
            check_localized(&format!("{topic:?} title"), false, |l| {
                topic.title_in(l).to_owned()
            });
            check_localized(&format!("{topic:?} guidance"), true, |l| {
                topic.guidance_in(l).to_owned()
            });
            assert_eq!(topic.title(), topic.title_in(Locale::En));
            assert_eq!(topic.guidance(), topic.guidance_in(Locale::En));
        }
        check_localized("not given", false, |l| not_given(l).to_owned());
        check_localized("generic gap meaning", true, |l| {
            generic_gap_meaning(l).to_owned()
        });
        assert_eq!(not_given(Locale::En), NOT_GIVEN);
        assert_eq!(generic_gap_meaning(Locale::En), GENERIC_GAP_MEANING);
        let q = tiny();
        assert_eq!(
            Department::NotGiven.label_in(&q, Locale::De),
            "Abteilung nicht angegeben"
        );
        let sales = Department::Named(ProfileOptionId("sales".into()));
        assert_eq!(sales.label_in(&q, Locale::De), sales.label(&q));
        assert_eq!(
            Rejection::TooManyEntries.message(Locale::De),
            "Es können nur die ersten 10.000 Einträge gelesen werden; dieser und alle folgenden wurden ausgelassen."
        );
        assert!(Rejection::TooLarge { bytes: 3_000_000 }
            .message(Locale::De)
            .starts_with("Dieser Text ist 2.930 KiB groß, es können aber höchstens 2.048 KiB"));
    }

    #[test]
    fn five_colleagues_get_their_workshop_agenda_in_german() {
        let (q_en, pasted) = five_departments();
        let q = Questionnaire::parse_in(crate::BUILT_IN_JSON, &["de-DE"]).unwrap();
        assert_eq!(Locale::from_tag(q.language()), Locale::De);
        let input = read_entries(&q, &pasted);
        assert_eq!((input.accepted(), input.rejected().count()), (5, 0));
        let team = aggregate_in(&q, input.answers(), Locale::De);
        let today = Date::new(2026, 11, 23).unwrap();
        let agenda = workshop_agenda_in(&q, &team, today, Locale::De);
        let english = workshop_agenda(&q_en, &aggregate(&q_en, input.answers()), today);
        assert_eq!(agenda.follow_up, english.follow_up);
        let topics: Vec<AgendaTopic> = agenda.steps.iter().map(|s| s.topic).collect();
        assert_eq!(topics, AgendaTopic::ALL);
        for (de, en) in agenda.steps.iter().zip(&english.steps) {
            assert_eq!(de.prompts.len(), en.prompts.len(), "{:?}", de.topic);
            for prompt in &de.prompts {
                assert!(prompt.ends_with('.'), "{prompt}");
                assert!(!prompt.contains("  "), "{prompt}");
                for english in [" level", " and ", " the ", "\"", "not sure", "answered"] {
                    assert!(!prompt.contains(english), "{english:?} in {prompt}");
                }
            }
        }
        let prompts =
            |topic: AgendaTopic| -> String { agenda.steps[topic as usize].prompts.join("\n") };
        let goals = prompts(AgendaTopic::CompanyGoals);
        assert!(
            goals.starts_with("5 Personen haben geantwortet: Marketing (1), Vertrieb (1),"),
            "{goals}"
        );
        assert!(
            goals.contains("Noch keine Antworten von den Abteilungen Kommunikation/PR,"),
            "{goals}"
        );
        let efforts = prompts(AgendaTopic::CurrentEfforts);
        assert!(
            efforts.starts_with("Zuständigkeit & Governance, 3 Stufen Abstand: Vertrieb auf Stufe 1 (Ad hoc), Marketing auf Stufe 4 (Integriert)."),
            "{efforts}"
        );
        assert!(efforts.ends_with("6 weitere Handlungsfelder trennen die Abteilungen um eine Stufe oder mehr; die Silo-Signale führen alle auf."), "{efforts}");
        assert!(
            prompts(AgendaTopic::Staffing).starts_with("Die größte Lücke liegt bei Zuständigkeit & Governance, und dahinter stehen oft Personal und Zeit: Fragen Sie die Abteilung Vertrieb, was nötig wäre, um wie die Abteilung Marketing auf Stufe 4 (Integriert) zu arbeiten."),
            "{}",
            prompts(AgendaTopic::Staffing)
        );
        assert_eq!(
            agenda.steps[6].prompts[0],
            "Vorgeschlagener Termin: Freitag, 4. Dezember 2026, in 11 Tagen (nach 9 Arbeitstagen)."
        );
    }

    proptest! {
        #[test]
        fn read_entries_never_panics_on_code_like_text(
            parts in proptest::collection::vec(
                prop_oneof![
                    "[A-Za-z0-9_\\-{}\\[\\]\":,. \n#=&?;\\\\]{0,60}",
                    arbitrary_answers(tiny()).prop_map(|a| share::encode(&tiny(), &a)),
                    Just("{\"kind\": \"silo-check-report\", \"share_code\": ".to_owned()),
                    Just("#team=".to_owned()),
                ],
                0..12,
            )
        ) {
            let q = tiny();
            let text = parts.concat();
            let input = read_entries(&q, &text);
            prop_assert_eq!(input.accepted(), input.respondents().count());
            let _ = parse_team_code(&q, &text);
            let _ = entry_from_report_json(&text);
            let team = aggregate(&q, input.answers());
            let agenda = workshop_agenda(&q, &team, Date::MAX);
            prop_assert_eq!(agenda.steps.len(), 7);
        }
    }
}
