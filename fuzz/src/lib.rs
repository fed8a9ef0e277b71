//! What the fuzz targets share: the built-in questionnaire, parsed once; answers made from
//! fuzz bytes; the checks every accepted value and every error must pass; and a second,
//! independent writer of share-code bytes, so that a target can forge well-checksummed
//! codes and reach the decoder's checks behind the checksum.
//!
//! A check that fails panics, which libFuzzer reports as a crash with the input that
//! caused it. That is the point of these helpers, so they panic where the domain must not.

use assessment::session::Session;
use assessment::share;
use assessment::{export, report, Answer, Answers, Level, Questionnaire};
use std::sync::OnceLock;

/// The built-in questionnaire, parsed once per process.
pub fn built_in() -> &'static Questionnaire {
    static BUILT_IN: OnceLock<Questionnaire> = OnceLock::new();
    BUILT_IN.get_or_init(|| match Questionnaire::parse(assessment::BUILT_IN_JSON) {
        Ok(q) => q,
        Err(problems) => panic!("the built-in questionnaire is invalid: {problems:?}"),
    })
}

/// Panics unless `message` reads as one sentence for a person: it starts with a capital
/// letter (or a quoted name), ends with a full stop or a question mark, and is one line.
pub fn assert_sentence(message: &str) {
    let starts_well = message.starts_with(|c: char| c.is_uppercase() || c == '"');
    let ends_well = message.ends_with('.') || message.ends_with('?');
    assert!(
        starts_well && ends_well && !message.contains('\n'),
        "not a sentence: {message:?}"
    );
}

/// Answers for `questionnaire` made from `bytes`, cycled: each byte modulo 8 is a scored
/// answer (0 none, 1-5 a level, 6 not sure, 7 does not apply where the question offers it
/// and not sure elsewhere), then each byte is a profile choice (0 none, `k` the option at
/// `k - 1`, wrapped to the options there are).
pub fn answers_from(questionnaire: &Questionnaire, bytes: &[u8]) -> Answers {
    let mut answers = Answers::new(questionnaire);
    let byte = |i: usize| match bytes.len() {
        0 => 0,
        n => bytes.get(i % n).copied().unwrap_or(0),
    };
    for (index, question) in questionnaire.questions().iter().enumerate() {
        let answer = match byte(index) % 8 {
            0 => None,
            7 if question.not_applicable => Some(Answer::NotApplicable),
            6 | 7 => Some(Answer::NotSure),
            n => Level::new(n).map(Answer::Level),
        };
        answers.set(index, answer);
    }
    let offset = questionnaire.questions().len();
    for (index, question) in questionnaire.profile().iter().enumerate() {
        let choice = usize::from(byte(offset + index)) % (question.options.len() + 1);
        answers.set_profile_checked(questionnaire, index, choice.checked_sub(1));
    }
    answers
}

/// Uses a valid questionnaire the way the widget and the CLI do, with answers made from
/// `bytes`, and checks what validation promises: every accessor that cannot fail does not,
/// a report is computed, and the answers survive a share code and a saved session.
pub fn assert_usable(questionnaire: &Questionnaire, bytes: &[u8]) {
    let q = questionnaire;
    for level in Level::all() {
        assert_eq!(q.scale_level(level).level, level);
        for dimension in q.dimensions() {
            let r = q.recommendation_for(&dimension.id, level);
            assert!(
                r.dimension == dimension.id && r.levels.contains(&level),
                "no recommendation for {:?} at level {}",
                dimension.id,
                level.get()
            );
        }
    }
    let answers = answers_from(q, bytes);
    assert!(answers.fits(q));
    let result = report::report(q, &answers);
    assert_eq!(result.dimensions.len(), q.dimensions().len());
    let code = share::encode(q, &answers);
    assert_eq!(share::decode(q, &code), Ok(answers.clone()), "{code}");
    let _document = export::report_document(q, &answers, &result, &code);
    let session = Session::with_answers(answers);
    assert_eq!(Session::restore(q, &session.save(q)), Ok(session));
}

/// CRC-32 (IEEE), as the share-code format specifies, written apart from the domain's.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xedb8_8320 & (crc & 1).wrapping_neg());
        }
    }
    !crc
}

/// The base64url alphabet of share codes.
pub const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Unpadded base64url with zero unused bits, as the share-code format specifies.
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::new();
    let (mut acc, mut bits) = (0u32, 0u32);
    let mut push = |value: u32| {
        let index = usize::try_from(value & 0x3f).unwrap_or(0);
        out.push(char::from(ALPHABET.get(index).copied().unwrap_or(b'A')));
    };
    for &byte in bytes {
        acc = (acc << 8) | u32::from(byte);
        bits += 8;
        while bits >= 6 {
            bits -= 6;
            push(acc >> bits);
            acc &= (1 << bits) - 1;
        }
    }
    if bits > 0 {
        push(acc << (6 - bits));
    }
    out
}

/// A share code with a correct header and checksum for `questionnaire` around `body`,
/// which the caller chooses: the counts and contents the decoder must judge on their own.
pub fn forge(questionnaire: &Questionnaire, body: &[u8]) -> String {
    let mut bytes = vec![share::FORMAT];
    bytes.extend_from_slice(&share::fingerprint(questionnaire.id()).to_be_bytes());
    bytes.extend_from_slice(&questionnaire.revision().to_be_bytes());
    bytes.extend_from_slice(body);
    let checksum = crc32(&bytes);
    bytes.extend_from_slice(&checksum.to_be_bytes());
    base64url(&bytes)
}
