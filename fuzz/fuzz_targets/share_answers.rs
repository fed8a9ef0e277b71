//! Share codes made from real answers, then damaged: the structured companion of
//! `share_code`, which gets past the checksum by construction.
//!
//! The first bytes choose the answers; the code made from them must open to exactly them,
//! also inside a link. Then one damage is chosen: a character replaced, the code cut short,
//! characters added, or (to reach the checks behind the checksum) a code forged with a
//! correct checksum around arbitrary counts and contents. A damaged code must be refused;
//! a forged one refused or opened to answers whose code is exactly the forged one.
#![no_main]

use assessment::share;
use libfuzzer_sys::fuzz_target;
use silo_check_fuzz::{answers_from, assert_sentence, built_in, forge, ALPHABET};

fuzz_target!(|data: &[u8]| {
    let q = built_in();
    let answer_bytes = q.questions().len() + q.profile().len();
    let (chosen, damage) = data.split_at(answer_bytes.min(data.len()));
    let answers = answers_from(q, chosen);
    let code = share::encode(q, &answers);
    assert_eq!(share::decode(q, &code).as_ref(), Ok(&answers), "{code}");
    for link in [
        format!("https://example.com/check#r={code}&lang=en"),
        format!("  https://example.com/check?code={code}\n"),
        format!("#{code}"),
    ] {
        assert_eq!(share::decode(q, &link).as_ref(), Ok(&answers), "{link}");
    }

    let [kind, a, b, rest @ ..] = damage else {
        return;
    };
    let letter = |n: u8| char::from(ALPHABET.get(usize::from(n % 64)).copied().unwrap_or(b'A'));
    let position = usize::from(*a) % code.len();
    let damaged = match kind % 4 {
        // One character replaced by another of the alphabet: CRC-32 catches every such change.
        0 => {
            let replacement = letter(*b);
            let mut chars: Vec<char> = code.chars().collect();
            if chars.get(position) == Some(&replacement) {
                return;
            }
            if let Some(c) = chars.get_mut(position) {
                *c = replacement;
            }
            chars.into_iter().collect()
        }
        // Cut short: the counts fix the length.
        1 => code.chars().take(position).collect(),
        // Characters added: trailing bytes are refused.
        2 => {
            let mut longer = code.clone();
            longer.push(letter(*b));
            longer.extend(rest.iter().take(8).map(|&n| letter(n)));
            longer
        }
        // Forged with a correct checksum around arbitrary counts and contents.
        _ => {
            let forged = forge(q, damage.get(1..).unwrap_or_default());
            match share::decode(q, &forged) {
                Ok(opened) => assert_eq!(share::encode(q, &opened), forged, "not canonical"),
                Err(error) => assert_sentence(&error.to_string()),
            }
            return;
        }
    };
    match share::decode(q, &damaged) {
        Ok(opened) => panic!("{code} damaged to {damaged} opened to {opened:?}"),
        Err(error) => assert_sentence(&error.to_string()),
    }
    assert!(share::peek(&damaged).is_err(), "peek accepted {damaged}");
});
