//! `share::decode` and `share::peek` on any text, against the built-in questionnaire: an
//! error that is a sentence, or answers that fit the questionnaire and are exactly what the
//! code says. `peek` checks a prefix of what `decode` checks, so when it fails, `decode`
//! must fail the same way.
#![no_main]

use assessment::{report, share};
use libfuzzer_sys::fuzz_target;
use silo_check_fuzz::{assert_sentence, built_in};

fuzz_target!(|data: &[u8]| {
    let q = built_in();
    let text = String::from_utf8_lossy(data);
    let decoded = share::decode(q, &text);
    let peeked = share::peek(&text);
    match (&decoded, &peeked) {
        (Ok(answers), Ok(header)) => {
            assert!(header.is_for(q), "{header:?}");
            assert!(answers.fits(q));
            // A code is canonical: its answers encode back to a code that opens to them.
            let code = share::encode(q, answers);
            assert_eq!(share::decode(q, &code).as_ref(), Ok(answers));
            let _ = report::report(q, answers);
        }
        (Ok(_), Err(error)) => panic!("decode accepted what peek refused: {error:?}"),
        (Err(error), Ok(header)) => {
            assert_sentence(&error.to_string());
            // Past peek's checks, only identity and contents are left to refuse.
            use assessment::ShareError::*;
            match error {
                OtherQuestionnaire
                | OtherRevision { .. }
                | InvalidAnswer { .. }
                | InvalidProfile { .. } => {}
                other => panic!("peek accepted {header:?} but decode said {other:?}"),
            }
        }
        (Err(error), Err(peek_error)) => {
            assert_eq!(error, peek_error, "decode and peek disagree");
            assert_sentence(&error.to_string());
        }
    }
});
