//! `Session::restore` on any text, against the built-in questionnaire: an error that is a
//! sentence, or a session that the widget can use, that saves to a text restoring to the
//! same session, and that the flow's actions move through without panicking.
#![no_main]

use assessment::session::{Action, Session, Step};
use assessment::{report, Answer};
use libfuzzer_sys::fuzz_target;
use silo_check_fuzz::{assert_sentence, built_in};

fuzz_target!(|data: &[u8]| {
    let q = built_in();
    let text = String::from_utf8_lossy(data);
    match Session::restore(q, &text) {
        Err(error) => assert_sentence(&error.to_string()),
        Ok(session) => {
            assert!(session.answers().fits(q));
            if let Step::Dimension(d) = session.step() {
                assert!(
                    d < q.dimensions().len(),
                    "step {d} of {}",
                    q.dimensions().len()
                );
            }
            assert_eq!(Session::restore(q, &session.save(q)).as_ref(), Ok(&session));
            let _ = report::report(q, session.answers());
            // The flow goes on from wherever the text left it.
            let mut s = session;
            for (i, &byte) in data.iter().take(64).enumerate() {
                let action = match byte % 8 {
                    0 => Action::Next,
                    1 => Action::Back,
                    2 => Action::Begin,
                    3 => Action::Answer(i, Some(Answer::NotSure)),
                    4 => Action::Profile(usize::from(byte / 8), Some(i)),
                    5 => Action::GoToQuestion(usize::from(byte)),
                    6 => Action::Finish,
                    _ => Action::Answer(usize::from(byte / 8), None),
                };
                s = s.apply(q, action);
                assert!(s.answers().fits(q));
            }
        }
    }
});
