//! Share codes: a respondent's answers and profile packed into a short, URL-safe text and
//! back, with no server involved.
//!
//! A code holds the answers, not the report: whoever opens it recomputes the report with
//! [`crate::report::report`], which is deterministic, so everyone sees the same result.
//!
//! # Format, version 1
//!
//! Bytes, then base64url without padding (`A-Z a-z 0-9 - _`):
//!
//! | bytes | content |
//! |---|---|
//! | 1 | format version, `1` |
//! | 4 | questionnaire fingerprint: 32-bit FNV-1a of its id, big-endian |
//! | 2 | questionnaire revision, big-endian |
//! | 1-3 | number of scored questions, unsigned LEB128 varint |
//! | 1-3 | number of profile questions, unsigned LEB128 varint |
//! | ⌈3n/8⌉ | answers, 3 bits each, most significant bit first: 0 none, 1-5 the level, 6 not sure, 7 does not apply (invalid for a question that does not offer it); the padding bits are zero |
//! | 1 each | profile answers: 0 skipped, `k` the option at index `k - 1` |
//! | 4 | CRC-32 (IEEE) of every byte before it, big-endian |
//!
//! A code is canonical: for given answers exactly one code decodes to them. Any change of a
//! single character is detected (CRC-32 catches every error burst up to 32 bits; unused
//! trailing bits must be zero), and so is truncation (the counts fix the length).
//!
//! # What [`decode`] and [`peek`] accept
//!
//! Input longer than [`MAX_INPUT`] bytes is refused before any work. Surrounding whitespace
//! is ignored. The input may be the bare code or a link or fragment holding it: it is split
//! at `?`, `&`, `#` and `;`, and the code is the **last** part that either starts with
//! `code=` or `r=` (the key is dropped) or directly follows a `#` and holds no `=` (a code
//! never does). When there is no such part, the whole (trimmed) input is the code. So `…/check#r=CODE&lang=en`,
//! `…/check?code=CODE` and `…/check#CODE` all work.

use crate::answers::{Answer, Answers};
use crate::messages;
use crate::questionnaire::{Level, Questionnaire};
use crate::text::{fill, Locale};
use std::fmt;

/// The share-code format version this crate writes and reads.
pub const FORMAT: u8 = 1;

/// The longest input [`decode`] and [`peek`] look at, in bytes.
pub const MAX_INPUT: usize = 4096;

/// Header bytes: version, fingerprint, revision.
const HEADER: usize = 1 + 4 + 2;
/// Checksum bytes.
const CHECKSUM: usize = 4;
/// The largest count a varint may carry; more would not fit in [`MAX_INPUT`] anyway.
const MAX_COUNT: usize = 1 << 14;

/// Which questionnaire a code was made for, readable without that questionnaire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CodeHeader {
    /// The format version ([`FORMAT`]).
    pub version: u8,
    /// The [`fingerprint`] of the questionnaire's id.
    pub fingerprint: u32,
    /// The questionnaire's revision.
    pub revision: u16,
}

impl CodeHeader {
    /// Whether the code was made for this questionnaire and revision.
    pub fn is_for(&self, questionnaire: &Questionnaire) -> bool {
        self.fingerprint == fingerprint(questionnaire.id())
            && self.revision == questionnaire.revision()
    }
}

/// Why a share code could not be opened. Positions and indices are zero-based; the
/// messages ([`ShareError::message`], and [`fmt::Display`] in English) count from one and
/// are written for the respondent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ShareError {
    /// There was no code: the input was empty or only whitespace, or a link without one.
    Empty,
    /// A character that cannot be in a code, at this character position of the code.
    NotBase64 {
        /// The character's position within the code (after any link around it is removed).
        position: usize,
    },
    /// The code ends too early: part of it is missing.
    Truncated,
    /// The code was made by a newer format this version cannot read.
    NewerFormat {
        /// The code's format version.
        version: u8,
    },
    /// The code was made for another questionnaire (or one whose questions changed).
    OtherQuestionnaire,
    /// The code was made for another revision of this questionnaire.
    OtherRevision {
        /// The revision the code was made with.
        code_revision: u16,
        /// The revision of the questionnaire it was opened with.
        expected: u16,
    },
    /// The checksum does not match: the code was changed or mistyped.
    Corrupted,
    /// The code holds an impossible answer to this question.
    InvalidAnswer {
        /// The question's index.
        question: usize,
    },
    /// The code holds an option this profile question does not have.
    InvalidProfile {
        /// The profile question's index.
        profile: usize,
    },
    /// The input is far longer than any code.
    TooLong,
}

impl ShareError {
    /// The message for the respondent, in `locale`: what is wrong, and what to do. Numbers
    /// count from one. [`fmt::Display`] gives the English one.
    pub fn message(&self, locale: Locale) -> String {
        let m = messages::code(locale);
        let number = |index: usize| messages::figure(locale, index.saturating_add(1));
        match *self {
            ShareError::Empty => m.share_empty.to_owned(),
            ShareError::NotBase64 { position } => {
                fill(m.share_not_base64, &[("n", &number(position))])
            }
            ShareError::Truncated => m.share_truncated.to_owned(),
            ShareError::NewerFormat { version } => {
                fill(m.share_newer_format, &[("version", &version)])
            }
            ShareError::OtherQuestionnaire => m.share_other_questionnaire.to_owned(),
            ShareError::OtherRevision {
                code_revision,
                expected,
            } => fill(
                m.share_other_revision,
                &[("code_revision", &code_revision), ("expected", &expected)],
            ),
            ShareError::Corrupted => m.share_corrupted.to_owned(),
            ShareError::InvalidAnswer { question } => {
                fill(m.share_invalid_answer, &[("n", &number(question))])
            }
            ShareError::InvalidProfile { profile } => {
                fill(m.share_invalid_profile, &[("n", &number(profile))])
            }
            ShareError::TooLong => m.share_too_long.to_owned(),
        }
    }
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Locale::En))
    }
}

impl std::error::Error for ShareError {}

/// The 32-bit FNV-1a hash of a questionnaire id, as carried in codes.
pub fn fingerprint(questionnaire_id: &str) -> u32 {
    questionnaire_id.bytes().fold(0x811c_9dc5, |hash, b| {
        (hash ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// Packs the answers into a share code for this questionnaire.
///
/// Only what fits the questionnaire is written: positions beyond its questions are
/// dropped, and missing ones, or a profile option it does not have, are written as
/// unanswered. For answers made for the questionnaire, `decode(q, &encode(q, a)) == Ok(a)`.
pub fn encode(questionnaire: &Questionnaire, answers: &Answers) -> String {
    let questions = questionnaire.questions().len();
    let profile = questionnaire.profile();
    let mut bytes = Vec::with_capacity(HEADER + 6 + (3 * questions).div_ceil(8) + profile.len());
    bytes.push(FORMAT);
    bytes.extend_from_slice(&fingerprint(questionnaire.id()).to_be_bytes());
    bytes.extend_from_slice(&questionnaire.revision().to_be_bytes());
    push_varint(&mut bytes, questions);
    push_varint(&mut bytes, profile.len());
    let start = bytes.len();
    bytes.resize(start + (3 * questions).div_ceil(8), 0);
    for index in 0..questions {
        let value = match answers.get(index) {
            None => 0,
            Some(Answer::Level(level)) => level.get(),
            Some(Answer::NotSure) => 6,
            Some(Answer::NotApplicable) => 7,
        };
        for bit in 0..3 {
            let position = 3 * index + bit;
            if let Some(byte) = bytes.get_mut(start + position / 8) {
                *byte |= ((value >> (2 - bit)) & 1) << (7 - position % 8);
            }
        }
    }
    for (index, question) in profile.iter().enumerate() {
        let chosen = answers
            .profile(index)
            .filter(|&o| o < question.options.len())
            .and_then(|o| u8::try_from(o + 1).ok());
        bytes.push(chosen.unwrap_or(0));
    }
    let checksum = crc32(&bytes);
    bytes.extend_from_slice(&checksum.to_be_bytes());
    base64_encode(&bytes)
}

/// Opens a share code (or a link holding one) made for this questionnaire and revision.
///
/// Never panics, whatever the input.
pub fn decode(questionnaire: &Questionnaire, code: &str) -> Result<Answers, ShareError> {
    let (bytes, canonical) = code_bytes(code)?;
    let frame = frame(&bytes, canonical)?;
    if frame.header.fingerprint != fingerprint(questionnaire.id()) {
        return Err(ShareError::OtherQuestionnaire);
    }
    if frame.header.revision != questionnaire.revision() {
        return Err(ShareError::OtherRevision {
            code_revision: frame.header.revision,
            expected: questionnaire.revision(),
        });
    }
    // Same id and revision but a different shape: the questionnaire was changed without
    // raising its revision. Its questions are not the ones the code answers.
    if frame.questions != questionnaire.questions().len()
        || frame.profile != questionnaire.profile().len()
    {
        return Err(ShareError::OtherQuestionnaire);
    }
    let mut answers = Answers::new(questionnaire);
    for question in 0..frame.questions {
        let mut value = 0u8;
        for bit in 0..3 {
            let position = 3 * question + bit;
            let byte = frame
                .answers
                .get(position / 8)
                .ok_or(ShareError::Truncated)?;
            value = (value << 1) | ((byte >> (7 - position % 8)) & 1);
        }
        let answer = match value {
            0 => None,
            6 => Some(Answer::NotSure),
            // Only a question that offers it can be answered "does not apply".
            7 if questionnaire
                .questions()
                .get(question)
                .is_some_and(|q| q.not_applicable) =>
            {
                Some(Answer::NotApplicable)
            }
            7 => return Err(ShareError::InvalidAnswer { question }),
            n => Some(Answer::Level(
                Level::new(n).ok_or(ShareError::InvalidAnswer { question })?,
            )),
        };
        answers.set(question, answer);
    }
    // Canonical form: the bits after the last answer are zero.
    let used = 3 * frame.questions;
    if used % 8 != 0 {
        let last = frame.answers.last().copied().unwrap_or(0);
        if last & (0xff >> (used % 8)) != 0 {
            return Err(ShareError::Corrupted);
        }
    }
    for (index, (&chosen, question)) in frame
        .profile_bytes
        .iter()
        .zip(questionnaire.profile())
        .enumerate()
    {
        if chosen == 0 {
            continue;
        }
        let option = usize::from(chosen - 1);
        if option >= question.options.len() {
            return Err(ShareError::InvalidProfile { profile: index });
        }
        answers.set_profile_checked(questionnaire, index, Some(option));
    }
    Ok(answers)
}

/// Reads which questionnaire and revision a code (or a link holding one) was made for,
/// after checking that it is complete and undamaged.
pub fn peek(code: &str) -> Result<CodeHeader, ShareError> {
    let (bytes, canonical) = code_bytes(code)?;
    frame(&bytes, canonical).map(|f| f.header)
}

/// A code's parts, checked for length and checksum but not against a questionnaire.
struct Frame<'a> {
    header: CodeHeader,
    questions: usize,
    profile: usize,
    answers: &'a [u8],
    profile_bytes: &'a [u8],
}

/// The bytes of the code in `input`, after the length cap, extraction and base64url, and
/// whether the base64url text was canonical (see [`base64_decode`]).
fn code_bytes(input: &str) -> Result<(Vec<u8>, bool), ShareError> {
    if input.len() > MAX_INPUT {
        return Err(ShareError::TooLong);
    }
    let code = extract(input);
    if code.is_empty() {
        return Err(ShareError::Empty);
    }
    base64_decode(code)
}

/// Splits a code into its parts. Length is checked first, so that a code cut short says
/// so; then the canonical form and the checksum.
fn frame(bytes: &[u8], canonical: bool) -> Result<Frame<'_>, ShareError> {
    let version = *bytes.first().ok_or(ShareError::Truncated)?;
    if version == 0 {
        return Err(ShareError::Corrupted);
    }
    if version > FORMAT {
        return Err(ShareError::NewerFormat { version });
    }
    let (header, rest) = bytes
        .split_at_checked(HEADER)
        .ok_or(ShareError::Truncated)?;
    let (questions, rest) = read_varint(rest)?;
    let (profile, rest) = read_varint(rest)?;
    let answer_bytes = (3 * questions).div_ceil(8);
    let body = answer_bytes + profile;
    if rest.len() < body + CHECKSUM {
        return Err(ShareError::Truncated);
    }
    let (content, stored) = bytes
        .split_at_checked(bytes.len().saturating_sub(CHECKSUM))
        .ok_or(ShareError::Truncated)?;
    if !canonical || rest.len() > body + CHECKSUM || stored != crc32(content).to_be_bytes() {
        return Err(ShareError::Corrupted);
    }
    let [_, f0, f1, f2, f3, r0, r1] = header else {
        return Err(ShareError::Truncated);
    };
    let (answers, rest) = rest
        .split_at_checked(answer_bytes)
        .ok_or(ShareError::Truncated)?;
    Ok(Frame {
        header: CodeHeader {
            version,
            fingerprint: u32::from_be_bytes([*f0, *f1, *f2, *f3]),
            revision: u16::from_be_bytes([*r0, *r1]),
        },
        questions,
        profile,
        answers,
        profile_bytes: rest.get(..profile).ok_or(ShareError::Truncated)?,
    })
}

/// The code inside `input`; see the module documentation for the rule.
fn extract(input: &str) -> &str {
    let input = input.trim();
    let mut code = None;
    let mut start = 0;
    let mut after_hash = false;
    let ends = input
        .char_indices()
        .filter(|(_, c)| matches!(c, '?' | '&' | '#' | ';'))
        .chain([(input.len(), '\0')]);
    for (end, delimiter) in ends {
        let part = input.get(start..end).unwrap_or("");
        if let Some(value) = part
            .strip_prefix("code=")
            .or_else(|| part.strip_prefix("r="))
        {
            code = Some(value);
        } else if after_hash && !part.contains('=') {
            code = Some(part);
        }
        after_hash = delimiter == '#';
        start = end + 1;
    }
    code.unwrap_or(input)
}

fn push_varint(bytes: &mut Vec<u8>, mut value: usize) {
    loop {
        let low = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            bytes.push(low);
            return;
        }
        bytes.push(low | 0x80);
    }
}

/// Reads a canonical LEB128 varint no larger than [`MAX_COUNT`].
fn read_varint(bytes: &[u8]) -> Result<(usize, &[u8]), ShareError> {
    let mut value = 0usize;
    for (index, &byte) in bytes.iter().enumerate().take(3) {
        value |= usize::from(byte & 0x7f) << (7 * index);
        if byte & 0x80 == 0 {
            // A zero final byte after the first is a longer spelling of a shorter number.
            if (index > 0 && byte == 0) || value > MAX_COUNT {
                return Err(ShareError::Corrupted);
            }
            return Ok((value, bytes.get(index + 1..).unwrap_or(&[])));
        }
    }
    if bytes.len() < 3 {
        Err(ShareError::Truncated)
    } else {
        Err(ShareError::Corrupted)
    }
}

/// CRC-32 (IEEE 802.3, reflected polynomial `0xEDB88320`), bit by bit: codes are short.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xedb8_8320 & (crc & 1).wrapping_neg());
        }
    }
    !crc
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity((bytes.len() * 4).div_ceil(3));
    let (mut acc, mut bits) = (0u32, 0u32);
    for &byte in bytes {
        acc = (acc << 8) | u32::from(byte);
        bits += 8;
        while bits >= 6 {
            bits -= 6;
            out.push(sextet_char(acc >> bits));
            acc &= (1 << bits) - 1;
        }
    }
    if bits > 0 {
        out.push(sextet_char(acc << (6 - bits)));
    }
    out
}

#[expect(
    clippy::indexing_slicing,
    reason = "masked to six bits, the index is below 64, the length of `ALPHABET`"
)]
fn sextet_char(value: u32) -> char {
    char::from(ALPHABET[(value & 0x3f) as usize])
}

fn sextet(c: char) -> Option<u8> {
    let value = match c {
        'A'..='Z' => u32::from(c) - u32::from('A'),
        'a'..='z' => u32::from(c) - u32::from('a') + 26,
        '0'..='9' => u32::from(c) - u32::from('0') + 52,
        '-' => 62,
        '_' => 63,
        _ => return None,
    };
    u8::try_from(value).ok()
}

/// Decodes unpadded base64url, and tells whether the text was canonical: whether the
/// unused bits of its last character are zero, as [`base64_encode`] writes them.
fn base64_decode(code: &str) -> Result<(Vec<u8>, bool), ShareError> {
    let mut out = Vec::with_capacity(code.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for (position, c) in code.chars().enumerate() {
        let value = sextet(c).ok_or(ShareError::NotBase64 { position })?;
        acc = (acc << 6) | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push(((acc >> bits) & 0xff) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if bits >= 6 {
        // One character more than a whole number of bytes: a character is missing.
        return Err(ShareError::Truncated);
    }
    Ok((out, acc == 0))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::testing::{self, answers, pick};
    use proptest::prelude::*;

    #[test]
    fn checksums_and_fingerprints_match_their_reference_values() {
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
        assert_eq!(crc32(b""), 0);
        assert_eq!(fingerprint(""), 0x811c_9dc5);
        assert_eq!(fingerprint("a"), 0xe40c_292c);
        assert_eq!(fingerprint("foobar"), 0xbf9c_f968);
    }

    #[test]
    fn base64url_matches_rfc_4648_vectors() {
        for (bytes, text) in [
            (&b""[..], ""),
            (b"f", "Zg"),
            (b"fo", "Zm8"),
            (b"foo", "Zm9v"),
            (b"foob", "Zm9vYg"),
            (b"fooba", "Zm9vYmE"),
            (b"foobar", "Zm9vYmFy"),
            (&[0xfb, 0xff, 0xbf], "-_-_"),
        ] {
            assert_eq!(base64_encode(bytes), text);
            assert_eq!(base64_decode(text), Ok((bytes.to_vec(), true)));
        }
        assert_eq!(base64_decode("Zh"), Ok((b"f".to_vec(), false)));
        assert_eq!(base64_decode("Zm9vY"), Err(ShareError::Truncated));
        assert_eq!(
            base64_decode("Zm9+"),
            Err(ShareError::NotBase64 { position: 3 })
        );
    }

    #[test]
    fn varints_round_trip_and_are_canonical() {
        for value in [0, 1, 127, 128, 200, 16383, MAX_COUNT] {
            let mut bytes = Vec::new();
            push_varint(&mut bytes, value);
            assert_eq!(read_varint(&bytes), Ok((value, &[][..])), "{value}");
        }
        assert_eq!(read_varint(&[0x80, 0x00]), Err(ShareError::Corrupted));
        assert_eq!(read_varint(&[0x80]), Err(ShareError::Truncated));
        assert_eq!(read_varint(&[0xff, 0xff, 0xff]), Err(ShareError::Corrupted));
        assert_eq!(read_varint(&[0xff, 0xff, 0x7f]), Err(ShareError::Corrupted));
    }

    /// The code for `spec` on the small questionnaire, with some profile answers.
    fn sample() -> (Questionnaire, Answers, String) {
        let q = testing::tiny();
        let mut a = answers(&q, "5? 3- 1");
        pick(&q, &mut a, "organisation", "central-hub");
        pick(&q, &mut a, "units", "several");
        let code = encode(&q, &a);
        (q, a, code)
    }

    #[test]
    fn the_layout_is_as_documented() {
        let (q, _, code) = sample();
        let (bytes, _) = base64_decode(&code).unwrap_or_default();
        let fp = fingerprint("tiny").to_be_bytes();
        let mut expected = vec![1, fp[0], fp[1], fp[2], fp[3], 0, 3, 5, 5];
        // 101 110 011 000 001 + one zero bit: 1011_1001 1000_0010.
        expected.extend_from_slice(&[0b1011_1001, 0b1000_0010]);
        // Profile: department, role, size skipped; organisation option 2; units option 2.
        expected.extend_from_slice(&[0, 0, 0, 3, 3]);
        let crc = crc32(&expected).to_be_bytes();
        expected.extend_from_slice(&crc);
        assert_eq!(bytes, expected);
        assert_eq!(code.len(), 27);
        assert_eq!(
            peek(&code),
            Ok(CodeHeader {
                version: 1,
                fingerprint: fingerprint("tiny"),
                revision: 3
            })
        );
        assert!(peek(&code).is_ok_and(|h| h.is_for(&q)));
    }

    /// Decodes `input` (with `{code}` replaced by the sample code) and compares.
    fn check(input: &str, expect: Result<(), ShareError>) {
        let (q, a, code) = sample();
        let input = input.replace("{code}", &code);
        assert_eq!(decode(&q, &input), expect.map(|()| a), "{input:?}");
    }

    #[test]
    fn codes_are_found_in_links_and_whitespace() {
        for input in [
            "{code}",
            "  {code}\n",
            "https://example.com/check#{code}",
            "https://example.com/check#r={code}",
            "https://example.com/check#r={code}&lang=en",
            "https://example.com/check?code={code}",
            "https://example.com/check?lang=en&code={code}#top=1",
            "https://example.com/check?r=stale#{code}",
            "#/results;r={code}",
            "\t#{code} ",
        ] {
            check(input, Ok(()));
        }
    }

    #[test]
    fn bad_input_gives_the_matching_error() {
        use ShareError::*;
        let (_, _, code) = sample();
        let long = "A".repeat(MAX_INPUT + 1);
        for (input, expect) in [
            ("", Empty),
            ("   \n", Empty),
            ("https://example.com/check#", Empty),
            ("https://example.com/check?code=", Empty),
            ("https://example.com/check", NotBase64 { position: 5 }),
            ("{code}=", NotBase64 { position: 27 }),
            ("{co de}", NotBase64 { position: 3 }),
            ("AQ", Truncated),
            ("A", Truncated),
            ("AA", Corrupted),
            ("Ag", NewerFormat { version: 2 }),
            (long.as_str(), TooLong),
            (&code[..code.len() - 1], Truncated),
            (&code[..code.len() - 2], Truncated),
            (&code[..12], Truncated),
        ] {
            let input = input.replace("{co de}", &format!("{} {}", &code[..3], &code[3..]));
            check(&input, Err(expect));
        }
    }

    #[test]
    fn codes_for_other_questionnaires_are_refused() {
        let (q, _, code) = sample();
        let mut newer = q.clone();
        newer.revision = 4;
        assert_eq!(
            decode(&newer, &code),
            Err(ShareError::OtherRevision {
                code_revision: 3,
                expected: 4
            })
        );
        let mut other = q.clone();
        other.id = "other".to_string();
        assert_eq!(decode(&other, &code), Err(ShareError::OtherQuestionnaire));
        // Same id and revision, one question fewer: the questionnaire changed silently.
        let mut changed = q.clone();
        changed.questions.pop();
        assert_eq!(decode(&changed, &code), Err(ShareError::OtherQuestionnaire));
        assert!(peek(&code).is_ok_and(|h| !h.is_for(&newer) && !h.is_for(&other)));
    }

    /// A well-formed, correctly checksummed code for `tiny` with these raw contents.
    fn forge(answer_bytes: &[u8], profile: &[u8]) -> String {
        let mut bytes = vec![1];
        bytes.extend_from_slice(&fingerprint("tiny").to_be_bytes());
        bytes.extend_from_slice(&[0, 3, 5, 5]);
        bytes.extend_from_slice(answer_bytes);
        bytes.extend_from_slice(profile);
        let crc = crc32(&bytes).to_be_bytes();
        bytes.extend_from_slice(&crc);
        base64_encode(&bytes)
    }

    #[test]
    fn well_checksummed_but_impossible_contents_are_refused() {
        let q = testing::tiny();
        for (answers, profile, expect) in [
            // Question 0 holds 7, "does not apply", which it does not offer.
            (
                [0b1110_0000, 0],
                [0; 5],
                ShareError::InvalidAnswer { question: 0 },
            ),
            // Question 4 holds 7.
            (
                [0, 0b0000_1110],
                [0; 5],
                ShareError::InvalidAnswer { question: 4 },
            ),
            // The padding bit is set.
            ([0, 0b0000_0001], [0; 5], ShareError::Corrupted),
            // Profile question 2 (size) has two options; 3 means the third.
            (
                [0, 0],
                [0, 0, 3, 0, 0],
                ShareError::InvalidProfile { profile: 2 },
            ),
            (
                [0, 0],
                [0, 0, 0, 0, 255],
                ShareError::InvalidProfile { profile: 4 },
            ),
        ] {
            assert_eq!(decode(&q, &forge(&answers, &profile)), Err(expect));
        }
        assert_eq!(decode(&q, &forge(&[0, 0], &[0; 5])), Ok(Answers::new(&q)));
        // Question 1 (accounts) offers "does not apply": 7 is that answer there.
        let mut expected = Answers::new(&q);
        expected.set(1, Some(Answer::NotApplicable));
        assert_eq!(decode(&q, &forge(&[0b0001_1100, 0], &[0; 5])), Ok(expected));
    }

    /// One error of every kind; the `match` fails to compile when a kind is added.
    pub(crate) fn every_error() -> Vec<ShareError> {
        use ShareError::*;
        let all = vec![
            Empty,
            NotBase64 { position: 1_233 },
            Truncated,
            NewerFormat { version: 2 },
            OtherQuestionnaire,
            OtherRevision {
                code_revision: 1,
                expected: 2,
            },
            Corrupted,
            InvalidAnswer { question: 0 },
            InvalidProfile { profile: 0 },
            TooLong,
        ];
        for error in &all {
            match error {
                Empty
                | NotBase64 { .. }
                | Truncated
                | NewerFormat { .. }
                | OtherQuestionnaire
                | OtherRevision { .. }
                | Corrupted
                | InvalidAnswer { .. }
                | InvalidProfile { .. }
                | TooLong => {}
            }
        }
        all
    }

    #[test]
    fn every_message_is_a_sentence_in_every_language() {
        use ShareError::*;
        for error in every_error() {
            crate::text::tests::check_localized(&format!("{error:?}"), true, |locale| {
                error.message(locale)
            });
            assert_eq!(error.to_string(), error.message(Locale::En));
        }
        assert_eq!(
            NotBase64 { position: 4 }.to_string(),
            "Character 5 cannot be part of a share code. Check that the code was copied exactly."
        );
        assert!(NotBase64 { position: 1_233 }
            .message(Locale::De)
            .starts_with("Das 1.234. Zeichen"));
    }

    #[test]
    fn large_questionnaires_round_trip() {
        for (dimensions, per_dimension, profile) in [(1, 1, 0), (20, 10, 20), (3, 43, 1)] {
            let q = testing::sized(dimensions, per_dimension, profile);
            let spec: String = (0..q.questions().len())
                .map(|i| ['1', '2', '3', '4', '5', '?', '-'][i % 7])
                .collect();
            let mut a = answers(&q, &spec);
            for p in 0..profile {
                a.set_profile_checked(&q, p, (p % 4 < 3).then_some(p % 3));
            }
            let code = encode(&q, &a);
            assert_eq!(decode(&q, &code), Ok(a), "{code}");
            assert!(code.len() <= 200, "{}", code.len());
        }
    }

    fn alphabet_char() -> impl Strategy<Value = char> {
        (0usize..64).prop_map(|i| char::from(ALPHABET[i]))
    }

    proptest! {
        #[test]
        fn decode_inverts_encode(a in testing::arbitrary_answers(testing::tiny())) {
            let q = testing::tiny();
            let code = encode(&q, &a);
            prop_assert!(code.bytes().all(|b| ALPHABET.contains(&b)));
            prop_assert_eq!(decode(&q, &code), Ok(a));
            prop_assert!(peek(&code).is_ok_and(|h| h.is_for(&q)));
        }

        #[test]
        fn decode_never_panics(input in "\\PC{0,80}|[A-Za-z0-9_#=&?-]{0,80}") {
            let q = testing::tiny();
            let _ = decode(&q, &input);
            let _ = peek(&input);
        }

        #[test]
        fn a_decoded_code_is_the_canonical_one(
            body in proptest::collection::vec(any::<u8>(), 0..12),
        ) {
            // Valid header and checksum around arbitrary contents: decoding either fails
            // or gives answers that encode to exactly this code.
            let q = testing::tiny();
            let code = forge(&body, &[]);
            if let Ok(a) = decode(&q, &code) {
                prop_assert_eq!(encode(&q, &a), code);
            }
            let code = forge(body.get(..2).unwrap_or(&[0, 0]), body.get(2..7).unwrap_or(&[0; 5]));
            if let Ok(a) = decode(&q, &code) {
                prop_assert_eq!(encode(&q, &a), code);
            }
        }

        #[test]
        fn a_changed_character_is_always_detected(
            a in testing::arbitrary_answers(testing::tiny()),
            position in any::<prop::sample::Index>(),
            replacement in alphabet_char(),
        ) {
            let q = testing::tiny();
            let code = encode(&q, &a);
            let position = position.index(code.len());
            let mut chars: Vec<char> = code.chars().collect();
            prop_assume!(chars[position] != replacement);
            chars[position] = replacement;
            let changed: String = chars.into_iter().collect();
            prop_assert!(decode(&q, &changed).is_err(), "{} -> {}", code, changed);
            prop_assert!(peek(&changed).is_err());
        }

        #[test]
        fn a_truncated_code_is_always_refused(
            a in testing::arbitrary_answers(testing::tiny()),
            keep in any::<prop::sample::Index>(),
        ) {
            let q = testing::tiny();
            let code = encode(&q, &a);
            let truncated = &code[..keep.index(code.len())];
            prop_assert!(decode(&q, truncated).is_err());
            prop_assert!(peek(truncated).is_err());
        }

        #[test]
        fn codes_for_another_revision_or_questionnaire_are_refused(
            a in testing::arbitrary_answers(testing::tiny()),
            revision in 1u16..,
            id in "[a-z0-9_-]{1,64}",
        ) {
            let q = testing::tiny();
            let code = encode(&q, &a);
            let mut other = q.clone();
            other.revision = revision;
            if revision != q.revision {
                prop_assert_eq!(
                    decode(&other, &code),
                    Err(ShareError::OtherRevision { code_revision: 3, expected: revision })
                );
            }
            let mut other = q.clone();
            other.id = id;
            if fingerprint(&other.id) != fingerprint(&q.id) {
                prop_assert_eq!(decode(&other, &code), Err(ShareError::OtherQuestionnaire));
            }
        }
    }

    // The hand-written base64url and CRC-32 (DESIGN.md, "Share codes" and "Size and
    // speed") against the maintained crates as oracles.
    proptest! {
        #[test]
        fn base64_and_crc32_agree_with_the_maintained_crates(
            bytes in proptest::collection::vec(any::<u8>(), 0..300)
        ) {
            use base64::Engine;
            let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
            let ours = base64_encode(&bytes);
            prop_assert_eq!(&ours, &engine.encode(&bytes));
            prop_assert_eq!(base64_decode(&ours), Ok((bytes.clone(), true)));
            prop_assert_eq!(crc32(&bytes), crc32fast::hash(&bytes));
        }

        #[test]
        fn any_text_decodes_as_the_base64_crate_decodes_it(text in "[A-Za-z0-9_=+/-]{0,40}") {
            use base64::alphabet::URL_SAFE;
            use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
            use base64::Engine;
            let config = GeneralPurposeConfig::new()
                .with_encode_padding(false)
                .with_decode_padding_mode(DecodePaddingMode::RequireNone);
            let strict = GeneralPurpose::new(&URL_SAFE, config);
            let lenient = GeneralPurpose::new(&URL_SAFE, config.with_decode_allow_trailing_bits(true));
            match base64_decode(&text) {
                Ok((bytes, canonical)) => {
                    prop_assert_eq!(lenient.decode(&text).ok(), Some(bytes));
                    prop_assert_eq!(strict.decode(&text).is_ok(), canonical);
                }
                Err(_) => prop_assert!(lenient.decode(&text).is_err()),
            }
        }
    }
}
