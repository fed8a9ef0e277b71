//! `Questionnaire::parse` on any text: it returns a usable questionnaire or problems, each
//! a sentence at a JSON path, and never panics. A questionnaire it accepts must keep every
//! promise of the format when a report, a share code and a saved session are made from it.
#![no_main]

use assessment::Questionnaire;
use libfuzzer_sys::fuzz_target;
use silo_check_fuzz::{assert_sentence, assert_usable};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match Questionnaire::parse(&text) {
        Ok(questionnaire) => assert_usable(&questionnaire, data),
        Err(problems) => {
            assert!(!problems.is_empty(), "an error without problems");
            // At most 500 problems are kept, and one more line counts the rest.
            assert!(problems.len() <= 501, "{} problems", problems.len());
            for problem in &problems {
                assert!(problem.path.starts_with('$'), "path {:?}", problem.path);
                assert_sentence(&problem.message);
            }
        }
    }
});
