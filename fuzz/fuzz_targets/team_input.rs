//! `team::read_entries` and `team::parse_team_code` on any pasted text, against the
//! built-in questionnaire: every entry is accepted or rejected with a sentence, one bad
//! entry never stops the others, each respondent counts once, the accepted codes make a
//! team code that reads back without rejections, and the team report and workshop agenda
//! are computed from whatever was accepted.
#![no_main]

use assessment::share;
use assessment::team::{self, Date, Rejection, MAX_ENTRIES};
use libfuzzer_sys::fuzz_target;
use silo_check_fuzz::{assert_sentence, built_in};
use std::collections::HashSet;

fuzz_target!(|data: &[u8]| {
    let q = built_in();
    let text = String::from_utf8_lossy(data);
    for input in [
        team::read_entries(q, &text),
        team::parse_team_code(q, &text),
    ] {
        let entries = input.entries();
        assert!(
            entries.len() <= MAX_ENTRIES + 1,
            "{} entries",
            entries.len()
        );
        let mut codes = HashSet::new();
        for (index, entry) in entries.iter().enumerate() {
            assert!(entry.line >= 1);
            assert!(entry.text.chars().count() <= 80, "{:?}", entry.text);
            match &entry.outcome {
                Ok(respondent) => {
                    assert!(respondent.answers.fits(q));
                    assert_eq!(share::encode(q, &respondent.answers), respondent.code);
                    assert!(codes.insert(respondent.code.clone()), "counted twice");
                }
                Err(rejection) => {
                    assert_sentence(&rejection.to_string());
                    if let Rejection::Duplicate { first, .. } = rejection {
                        assert!(*first < index, "a duplicate of a later entry");
                        let earlier = entries.get(*first).map(|e| e.outcome.as_ref());
                        assert!(matches!(earlier, Some(Ok(_))), "a duplicate of a rejection");
                    }
                }
            }
        }
        assert_eq!(input.accepted(), codes.len());
        let team_code = team::team_code(q, input.codes());
        let again = team::parse_team_code(q, &team_code);
        assert_eq!(again.rejected().count(), 0, "{team_code}");
        assert!(again.codes().eq(input.codes()), "{team_code}");
        let report = team::aggregate(q, input.answers());
        assert_eq!(report.respondents, input.accepted());
        let today = text.get(..10).and_then(Date::parse).unwrap_or(Date::MIN);
        let _agenda = team::workshop_agenda(q, &report, today);
    }
});
