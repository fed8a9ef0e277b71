//! The documents Silo Check writes, against serde_json: byte for byte what serde_json wrote
//! when they were first written, with its map's alphabetical order of fields.

use assessment::json;
use serde_json::Value as Serde;

/// Answers for the built-in questionnaire made from `seed`: levels, "not sure", blanks and
/// profile choices of every kind.
fn some_answers(q: &assessment::Questionnaire, seed: usize) -> assessment::Answers {
    use assessment::{Answer, Answers, Level};
    let mut answers = Answers::new(q);
    for (i, question) in q.questions().iter().enumerate() {
        let answer = match (i * 7 + seed * 3) % 8 {
            0 => None,
            6 if question.not_sure => Some(Answer::NotSure),
            n => Level::new(u8::try_from(n % 5 + 1).unwrap_or(1)).map(Answer::Level),
        };
        answers.set(i, answer);
    }
    for (i, question) in q.profile().iter().enumerate() {
        let choice = (i + seed) % (question.options.len() + 1);
        answers.set_profile_checked(q, i, choice.checked_sub(1));
    }
    answers
}

/// The report document, the team document and the saved session are written exactly as
/// serde_json wrote them, whose map kept fields in alphabetical order: what hosts, saved
/// files and browsers' storage already hold.
#[test]
fn documents_are_written_as_serde_json_wrote_them() {
    use assessment::session::Session;
    use assessment::{export, report, share, team, team_export, Date, Locale, Questionnaire};
    let canonical = |text: &str, pretty: bool| {
        let value: Serde = serde_json::from_str(text).unwrap_or_default();
        let text = if pretty {
            serde_json::to_string_pretty(&value)
        } else {
            serde_json::to_string(&value)
        };
        text.unwrap_or_default()
    };
    for (language, locale) in [("en", Locale::En), ("de", Locale::De)] {
        let q = Questionnaire::parse_in(assessment::BUILT_IN_JSON, &[language]);
        let Ok(q) = q else {
            panic!("the built-in questionnaire is invalid");
        };
        let all: Vec<_> = (0..12).map(|seed| some_answers(&q, seed)).collect();
        let codes: Vec<String> = all.iter().map(|a| share::encode(&q, a)).collect();
        for (answers, code) in all.iter().zip(&codes) {
            let doc = export::report_document(&q, answers, &report::report(&q, answers), code);
            assert_eq!(
                json::to_string(&doc),
                canonical(&json::to_string(&doc), false)
            );
            assert_eq!(
                json::to_pretty(&doc),
                canonical(&json::to_string(&doc), true)
            );
            let saved = Session::with_answers(answers.clone()).save(&q);
            assert_eq!(saved, canonical(&saved, false));
        }
        let team = team::aggregate_in(&q, &all, locale);
        let today = Date::new(2026, 11, 23).unwrap_or_else(|| panic!("a date"));
        let agenda = team::workshop_agenda_in(&q, &team, today, locale);
        let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
        let doc = team_export::team_document(&q, &team, &agenda, &codes);
        assert_eq!(
            json::to_pretty(&doc),
            canonical(&json::to_string(&doc), true)
        );
    }
}
