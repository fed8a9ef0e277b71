//! Hostile input, natively: everything the widget and the CLI read from strangers
//! (questionnaire files, share codes and links, saved sessions, pasted team codes, a host's
//! department list) in the forms an attacker or an accident produces.
//!
//! Every case goes through [`check`]: the input is either accepted, and then kept as plain
//! text, verbatim, or refused with the expected kind of error, whose message is a sentence.
//! Nothing panics, and every case is small enough to run quickly in a debug build. The
//! browser half (nothing is executed, nothing leaves the page, storage failures) is in
//! `tests/e2e`; the fuzz targets in `fuzz/` try the same parsers with random input.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test file: clippy allows these in `#[test]` functions but not in their helpers, where a failure is as much a failed test"
)]

mod common;

use common::TEXT_FIELDS;

use assessment::session::{RestoreError, Session, Step};
use assessment::share::{self, MAX_INPUT};
use assessment::team::{self, Rejection, MAX_ENTRIES, MAX_INPUT_BYTES};
use assessment::{Answer, Answers, Level, Questionnaire, ShareError};
use serde_json::Value;
use std::time::Instant;

const MINIMAL: &str = include_str!("fixtures/minimal.json");

/// Where an input comes from, and so which parser reads it.
enum Input {
    /// A questionnaire file, for `Questionnaire::parse`.
    Questionnaire(String),
    /// A share code or link, opened with the built-in questionnaire.
    Code(String),
    /// A saved session, restored with the built-in questionnaire.
    Saved(String),
    /// Text pasted into the team view, read with the built-in questionnaire.
    Paste(String),
    /// A host page's department list for the built-in questionnaire.
    Departments(Vec<String>),
}

/// What must come of an input.
enum Expect {
    /// A valid questionnaire, every text of it kept verbatim.
    Valid,
    /// Refused, with a problem at this path whose message contains these words.
    Problem(&'static str, &'static str),
    /// The code opens to these answers.
    Opens(Answers),
    /// The code is refused with exactly this error.
    Share(ShareError),
    /// The code is refused, for whichever reason applies first.
    Refused,
    /// The saved session is restored, at this step.
    Restores(Step),
    /// The saved session is refused with exactly this error.
    Restore(RestoreError),
    /// The paste gives this many respondents; every entry it rejects is rejected for one of
    /// these reasons (compared by kind, ignoring the fields).
    Team(usize, Vec<Rejection>),
    /// The department list is accepted, and the labels are kept verbatim.
    Departments,
}

/// Reads `input` and checks that it comes out as `expect` says. Every error message must
/// read as one sentence.
fn check(name: &str, input: &Input, expect: &Expect) {
    let q = built_in();
    match (input, expect) {
        (Input::Questionnaire(json), Expect::Valid) => match Questionnaire::parse(json) {
            Ok(parsed) => assert_texts_kept(name, json, &parsed),
            Err(problems) => panic!("{name}: refused: {problems:#?}"),
        },
        (Input::Questionnaire(json), Expect::Problem(path, words)) => {
            let problems = Questionnaire::parse(json)
                .err()
                .unwrap_or_else(|| panic!("{name}: accepted"));
            for problem in &problems {
                assert_sentence(name, &problem.message);
            }
            assert!(
                problems
                    .iter()
                    .any(|p| p.path == *path && p.message.contains(words)),
                "{name}: no problem at {path} saying {words:?} in {problems:#?}"
            );
        }
        (Input::Code(code), expect) => {
            let decoded = share::decode(q, code);
            if let Err(error) = &decoded {
                assert_sentence(name, &error.to_string());
            }
            match expect {
                Expect::Opens(answers) => assert_eq!(decoded.as_ref(), Ok(answers), "{name}"),
                Expect::Share(error) => assert_eq!(decoded, Err(*error), "{name}"),
                Expect::Refused => assert!(decoded.is_err(), "{name}: opened {code:?}"),
                _ => panic!("{name}: a share code cannot be expected to give that"),
            }
        }
        (Input::Saved(text), expect) => {
            let restored = Session::restore(q, text);
            if let Err(error) = &restored {
                assert_sentence(name, &error.to_string());
            }
            match expect {
                Expect::Restores(step) => {
                    let session = restored.unwrap_or_else(|e| panic!("{name}: {e}"));
                    assert_eq!(session.step(), *step, "{name}");
                    assert!(session.answers().fits(q), "{name}");
                }
                Expect::Restore(error) => assert_eq!(restored, Err(*error), "{name}"),
                _ => panic!("{name}: a saved session cannot be expected to give that"),
            }
        }
        (Input::Paste(text), Expect::Team(accepted, reasons)) => {
            let input = team::read_entries(q, text);
            assert_eq!(input.accepted(), *accepted, "{name}");
            for (entry, rejection) in input.rejected() {
                assert_sentence(name, &rejection.to_string());
                assert!(entry.text.chars().count() <= 80, "{name}: {:?}", entry.text);
                assert!(
                    reasons.iter().any(|r| same_kind(r, &rejection)),
                    "{name}: rejected for {rejection:?}, expected one of {reasons:?}"
                );
            }
            assert!(input.entries().len() <= MAX_ENTRIES + 1, "{name}");
        }
        (Input::Departments(names), Expect::Departments) => {
            let changed = q
                .with_departments(names)
                .unwrap_or_else(|p| panic!("{name}: {p}"));
            let labels: Vec<&str> = changed
                .profile()
                .iter()
                .flat_map(|p| p.options.iter().map(|o| o.label.as_str()))
                .collect();
            for label in names {
                assert!(labels.contains(&label.trim()), "{name}: {label:?} lost");
            }
        }
        (Input::Departments(names), Expect::Problem(path, words)) => {
            let problem = q
                .with_departments(names)
                .err()
                .unwrap_or_else(|| panic!("{name}: accepted"));
            assert_sentence(name, &problem.message);
            assert_eq!(problem.path, *path, "{name}");
            assert!(problem.message.contains(words), "{name}: {problem}");
        }
        _ => panic!("{name}: the case pairs an input with an outcome it cannot have"),
    }
}

fn built_in() -> &'static Questionnaire {
    static BUILT_IN: std::sync::OnceLock<Questionnaire> = std::sync::OnceLock::new();
    BUILT_IN.get_or_init(|| Questionnaire::parse(assessment::BUILT_IN_JSON).unwrap())
}

fn assert_sentence(name: &str, message: &str) {
    let starts_well = message.starts_with(|c: char| c.is_uppercase() || c == '"');
    let ends_well = message.ends_with('.') || message.ends_with('?');
    assert!(
        starts_well && ends_well && !message.contains('\n'),
        "{name}: not a sentence: {message:?}"
    );
}

/// Whether two rejections are of the same kind, whatever their fields.
fn same_kind(a: &Rejection, b: &Rejection) -> bool {
    use std::mem::discriminant;
    match (a, b) {
        (Rejection::Code(a), Rejection::Code(b)) => discriminant(a) == discriminant(b),
        (Rejection::Document(a), Rejection::Document(b)) => a == b,
        _ => discriminant(a) == discriminant(b),
    }
}

/// Every non-blank text of the file is in the parsed questionnaire, character for
/// character: nothing is escaped, trimmed, normalised or dropped.
fn assert_texts_kept(name: &str, json: &str, parsed: &Questionnaire) {
    let file: Value = serde_json::from_str(json.trim_start_matches('\u{feff}')).unwrap();
    let mut wanted = Vec::new();
    texts(&file, None, &mut wanted);
    assert!(!wanted.is_empty(), "{name}: no texts");
    let kept = common::questionnaire_json(parsed);
    let mut all = Vec::new();
    strings(&kept, &mut all);
    for text in wanted {
        assert!(
            all.contains(&text),
            "{name}: {text:?} was not kept verbatim"
        );
    }
}

fn texts(value: &Value, key: Option<&str>, out: &mut Vec<String>) {
    match value {
        // A blank optional text counts as absent, so only the others must be kept.
        Value::String(s)
            if key.is_some_and(|k| TEXT_FIELDS.contains(&k)) && !s.trim().is_empty() =>
        {
            out.push(s.clone());
        }
        Value::Array(items) => items.iter().for_each(|v| texts(v, None, out)),
        Value::Object(fields) => fields.iter().for_each(|(k, v)| texts(v, Some(k), out)),
        _ => {}
    }
}

fn strings(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(s) => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        Value::Object(fields) => fields.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

/// The minimal questionnaire, changed by `edit` on its JSON tree.
fn minimal(edit: impl FnOnce(&mut Value)) -> String {
    let mut value: Value = serde_json::from_str(MINIMAL).unwrap();
    edit(&mut value);
    value.to_string()
}

/// The built-in questionnaire, changed by `edit` on its JSON tree.
fn built_in_json(edit: impl FnOnce(&mut Value)) -> String {
    let mut value: Value = serde_json::from_str(assessment::BUILT_IN_JSON).unwrap();
    edit(&mut value);
    value.to_string()
}

/// Replaces every text for people in the tree by `make(old text)`.
fn rewrite_texts(value: &mut Value, key: Option<&str>, make: &dyn Fn(&str) -> String) {
    match value {
        Value::String(s) if key.is_some_and(|k| TEXT_FIELDS.contains(&k)) => *s = make(s),
        Value::Array(items) => items.iter_mut().for_each(|v| rewrite_texts(v, None, make)),
        Value::Object(fields) => fields
            .iter_mut()
            .for_each(|(k, v)| rewrite_texts(v, Some(k), make)),
        _ => {}
    }
}

fn set(value: &mut Value, pointer: &str, new: Value) {
    *value
        .pointer_mut(pointer)
        .unwrap_or_else(|| panic!("no {pointer}")) = new;
}

/// Answers to the built-in questionnaire that use every kind of answer.
fn mixed_answers() -> Answers {
    let q = built_in();
    let mut answers = Answers::new(q);
    for index in 0..q.questions().len() {
        let answer = match index % 7 {
            0 => None,
            6 => Some(Answer::NotSure),
            n => Level::new(n as u8).map(Answer::Level),
        };
        answers.set(index, answer);
    }
    for index in 0..q.profile().len() {
        answers.set_profile_checked(q, index, Some(index % 2));
    }
    answers
}

// ---------------------------------------------------------------------------------------
// Questionnaire files

const HTML_PAYLOADS: &[&str] = &[
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(document.cookie)>",
    "\"><svg onload=alert(1)>",
    "</textarea><iframe src=javascript:alert(1)>",
    "javascript:alert(1)",
    "{{constructor.constructor('alert(1)')()}}",
    "<a href=\"data:text/html,<script>alert(1)</script>\">click</a>",
    "&lt;b&gt; &amp; &#x3C;script&#x3E;",
];

const UNICODE_TEXTS: &[&str] = &[
    // Arabic and Hebrew, right to left.
    "من يملك وسائل التواصل الاجتماعي في مؤسستك؟",
    "מי אחראי על הרשתות החברתיות?",
    // Bidirectional controls: a right-to-left override and isolates.
    "Owner \u{202e}gnitekram\u{202c} and \u{2067}إدارة\u{2069}",
    // Combining marks, stacked deep.
    "Z\u{0351}\u{0352}\u{0353}a\u{0300}\u{0301}\u{0302}\u{0303}l\u{0336}\u{0337}g\u{0338}o\u{0301}\u{0301}\u{0301}\u{0301}",
    // Decomposed letters, zero-width characters and an emoji sequence.
    "Cafe\u{0301} \u{200b}\u{200d}\u{2060} \u{1f469}\u{200d}\u{1f4bb} \u{1f1e9}\u{1f1ea}",
    // Characters outside the Basic Multilingual Plane and a lone combining mark.
    "\u{1d54a}\u{1d55a}\u{1d55d}\u{1d560} \u{0301}",
];

#[test]
fn questionnaire_files() {
    let mut cases: Vec<(String, Input, Expect)> = Vec::new();
    let mut add = |name: &str, json: String, expect: Expect| {
        cases.push((name.to_string(), Input::Questionnaire(json), expect));
    };

    add("minimal", MINIMAL.to_string(), Expect::Valid);
    add(
        "not JSON",
        "this is not a questionnaire".into(),
        Expect::Problem("$", "not valid JSON"),
    );
    add("empty", String::new(), Expect::Problem("$", "empty"));
    add(
        "only a byte-order mark",
        "\u{feff}".into(),
        Expect::Problem("$", "empty"),
    );
    add(
        "binary",
        "\u{0}\u{1}\u{2}\u{7f}\u{fffd}".into(),
        Expect::Problem("$", "not valid JSON"),
    );
    add("a list", "[]".into(), Expect::Problem("$", "curly braces"));
    add(
        "a number",
        "42".into(),
        Expect::Problem("$", "curly braces"),
    );
    add(
        "cut short",
        MINIMAL[..MINIMAL.len() / 2].to_string(),
        Expect::Problem("$", "ends before"),
    );
    add(
        "a lone surrogate",
        minimal(|_| ()).replacen("\"Minimal", "\"\\ud800Minimal", 1),
        Expect::Problem("$", "not valid JSON"),
    );
    add(
        "a byte-order mark first",
        format!("\u{feff}{MINIMAL}"),
        Expect::Valid,
    );

    // Size: refused by the 1 MiB limit before anything is parsed.
    add(
        "10 MB",
        format!("{MINIMAL}{}", " ".repeat(10 * 1024 * 1024)),
        Expect::Problem("$", "at most 1,024 KiB"),
    );
    add(
        "10 MB of one text",
        minimal(|v| set(v, "/intro", Value::String("x".repeat(10 * 1024 * 1024)))),
        Expect::Problem("$", "at most 1,024 KiB"),
    );
    add(
        "just over 1 MiB",
        format!("{MINIMAL}{}", " ".repeat(1024 * 1024)),
        Expect::Problem("$", "at most 1,024 KiB"),
    );

    // Depth: refused by a scan of the text before a parser recurses.
    add(
        "lists 10,000 deep",
        format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)),
        Expect::Problem("$", "more than 32 levels"),
    );
    add(
        "groups 10,000 deep",
        format!("{}1{}", "{\"a\":".repeat(10_000), "}".repeat(10_000)),
        Expect::Problem("$", "more than 32 levels"),
    );
    add(
        "10,000 deep inside a text field",
        minimal(|_| ()).replacen(
            "\"Minimal test questionnaire\"",
            &format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)),
            1,
        ),
        Expect::Problem("$", "more than 32 levels"),
    );
    add(
        "10,000 unclosed brackets",
        "[".repeat(10_000),
        Expect::Problem("$", "more than 32 levels"),
    );
    add(
        "brackets in texts do not count",
        minimal(|v| set(v, "/intro", Value::String("[".repeat(10_000)))),
        Expect::Problem("$.intro", "at most 2,000"),
    );

    // Counts: many items are refused by the limits, and each item's problems are capped.
    let question = |i: usize| serde_json::json!({"id": format!("q{i}"), "dimension": "ownership", "prompt": "?"});
    add(
        "10,000 questions",
        minimal(|v| set(v, "/questions", (0..10_000).map(question).collect())),
        Expect::Problem("$.questions", "at most 200 are allowed"),
    );
    add(
        "10,000 complete questions",
        minimal(|v| {
            let full = v.pointer("/questions/0").cloned().unwrap_or_default();
            let items = (0..10_000)
                .map(|i| {
                    let mut q = full.clone();
                    q["id"] = format!("q{i}").into();
                    q
                })
                .collect();
            set(v, "/questions", items);
        }),
        Expect::Problem("$", "at most 1,024 KiB"),
    );
    add(
        "10,000 problems",
        minimal(|v| set(v, "/dimensions", (0..10_000).map(|_| Value::Null).collect())),
        Expect::Problem("$", "more problems not listed here"),
    );
    add(
        "100,000 unknown fields",
        format!("{{{}\"x\":0}}", "\"x\":0,".repeat(100_000)),
        Expect::Problem("$", "more problems not listed here"),
    );

    // Duplicates.
    add(
        "duplicate question ids",
        minimal(|v| set(v, "/questions/1/id", "owner".into())),
        Expect::Problem("$.questions[1].id", "already used"),
    );
    add(
        "duplicate dimension ids",
        minimal(|v| set(v, "/dimensions/1/id", "ownership".into())),
        Expect::Problem("$.dimensions[1].id", "already used"),
    );
    add(
        "duplicate option ids",
        minimal(|v| set(v, "/profile/0/options/1/id", "marketing".into())),
        Expect::Problem("$.profile[0].options[1].id", "already used"),
    );
    add(
        "duplicate recommendation ids",
        minimal(|v| set(v, "/recommendations/1/id", "ownership-low".into())),
        Expect::Problem("$.recommendations[1].id", "already used"),
    );
    add(
        "a field twice",
        MINIMAL.replacen("\"title\":", "\"title\": \"First\", \"title\":", 1),
        Expect::Problem("$.title", "appears twice"),
    );

    // Right-to-left, combining and other Unicode: plain text, accepted as it is.
    for (i, text) in UNICODE_TEXTS.iter().enumerate() {
        add(
            &format!("unicode text {i} in every field"),
            minimal(|v| rewrite_texts(v, None, &|old| format!("{text} {old}"))),
            Expect::Valid,
        );
    }
    add(
        "unicode id",
        minimal(|v| set(v, "/id", "مسح".into())),
        Expect::Problem("$.id", "lowercase letters"),
    );
    add(
        "right-to-left override in an id",
        minimal(|v| set(v, "/questions/0/id", "owner\u{202e}".into())),
        Expect::Problem("$.questions[0].id", "lowercase letters"),
    );
    add(
        "2,000 combining marks",
        minimal(|v| set(v, "/intro", format!("a{}", "\u{0301}".repeat(1_999)).into())),
        Expect::Valid,
    );
    add(
        "2,001 combining marks",
        minimal(|v| set(v, "/intro", format!("a{}", "\u{0301}".repeat(2_000)).into())),
        Expect::Problem("$.intro", "at most 2,000"),
    );

    // Markup and script in every text field: plain text, kept verbatim (the widget renders
    // text nodes; `tests/e2e` checks that nothing runs).
    for payload in HTML_PAYLOADS {
        add(
            &format!("{payload} in every text field"),
            minimal(|v| rewrite_texts(v, None, &|old| format!("{payload}{old}{payload}"))),
            Expect::Valid,
        );
    }

    // Links: https only.
    let source_url = |url: &str| minimal(|v| set(v, "/methodology/sources/0/url", url.into()));
    for url in [
        "javascript:alert(1)",
        "JavaScript:alert(document.domain)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "vbscript:msgbox(1)",
        "http://example.com/",
        "//evil.example/",
        "file:///etc/passwd",
        "https://",
        "https:// example.com",
        "https://exa mple.com/",
        "https://example.com/\njavascript:alert(1)",
        "HTTPS://example.com/",
    ] {
        add(
            &format!("source link {url:?}"),
            source_url(url),
            Expect::Problem("$.methodology.sources[0].url", "https://"),
        );
    }
    add(
        "https link with markup",
        source_url("https://example.com/\"><script>alert(1)</script>"),
        Expect::Valid,
    );

    // Numbers out of every range.
    add(
        "a huge revision",
        MINIMAL.replacen(
            "\"revision\": 1",
            "\"revision\": 99999999999999999999999999",
            1,
        ),
        Expect::Problem("$.revision", "whole number from 1 to 65,535"),
    );
    add(
        "a revision of 1e400",
        MINIMAL.replacen("\"revision\": 1", "\"revision\": 1e400", 1),
        // Valid JSON beyond a float's range: the field says it is out of its range (issue 19).
        Expect::Problem("$.revision", "1e400, which is out of that range"),
    );
    add(
        "a negative weight",
        minimal(|v| set(v, "/dimensions/0/weight", (-1).into())),
        Expect::Problem("$.dimensions[0].weight", "whole number from 1 to 100"),
    );
    add(
        "a newer format",
        minimal(|v| set(v, "/format", 2.into())),
        Expect::Problem("$.format", "format 2"),
    );

    assert!(cases.len() > 60, "{} cases", cases.len());
    for (name, input, expect) in &cases {
        check(name, input, expect);
    }
}

/// The size limit is checked before any work, so a 10 MB file costs one comparison.
/// Timing is printed, not asserted (machines differ); see SECURITY.md.
#[test]
fn a_10_mb_file_is_refused_before_it_is_read() {
    let huge = format!("{MINIMAL}{}", " ".repeat(10 * 1024 * 1024));
    let started = Instant::now();
    let problems = Questionnaire::parse(&huge).err().unwrap_or_default();
    let elapsed = started.elapsed();
    assert_eq!(problems.len(), 1, "{problems:?}");
    eprintln!("a 10 MB questionnaire was refused in {elapsed:?}");
}

// ---------------------------------------------------------------------------------------
// Share codes and links

#[test]
fn share_codes() {
    let q = built_in();
    let answers = mixed_answers();
    let code = share::encode(q, &answers);
    assert_eq!(code.len(), 40, "the documented length of a built-in code");
    let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut cases: Vec<(String, Input, Expect)> = Vec::new();
    let mut add = |name: String, text: String, expect: Expect| {
        cases.push((name, Input::Code(text), expect));
    };

    add(
        "the code".into(),
        code.clone(),
        Expect::Opens(answers.clone()),
    );
    add(
        "padded with whitespace".into(),
        format!(" \t\n{code}\r\n "),
        Expect::Opens(answers.clone()),
    );
    add(
        "in a link".into(),
        format!("https://example.com/check#r={code}&lang=en"),
        Expect::Opens(answers.clone()),
    );
    add(
        "padded with =".into(),
        format!("{code}=="),
        Expect::Share(ShareError::NotBase64 { position: 40 }),
    );
    add(
        "padded with one A".into(),
        format!("{code}A"),
        Expect::Share(ShareError::Truncated),
    );
    add(
        "padded with AAAA".into(),
        format!("{code}AAAA"),
        Expect::Share(ShareError::Corrupted),
    );
    add(
        "padded with a zero width space".into(),
        format!("{code}\u{200b}"),
        Expect::Share(ShareError::NotBase64 { position: 40 }),
    );
    add(
        "right-to-left override inside".into(),
        format!("{}\u{202e}{}", &code[..10], &code[10..]),
        Expect::Share(ShareError::NotBase64 { position: 10 }),
    );
    add(
        "standard base64 instead of base64url".into(),
        code.replace('-', "+").replace('_', "/") + "+",
        Expect::Refused,
    );
    add(
        "script in the fragment".into(),
        "https://example.com/check#r=<script>alert(1)</script>".into(),
        Expect::Share(ShareError::NotBase64 { position: 0 }),
    );
    add(
        "javascript: link".into(),
        "javascript:alert(1)".into(),
        Expect::Share(ShareError::NotBase64 { position: 10 }),
    );
    add(
        "empty".into(),
        String::new(),
        Expect::Share(ShareError::Empty),
    );
    add(
        "a link without a code".into(),
        "https://example.com/check#r=".into(),
        Expect::Share(ShareError::Empty),
    );

    // Far too long: refused before any work.
    add(
        "100 KB code".into(),
        "A".repeat(100 * 1024),
        Expect::Share(ShareError::TooLong),
    );
    add(
        "100 KB fragment".into(),
        format!(
            "https://example.com/check#r={code}&x={}",
            "A".repeat(100 * 1024)
        ),
        Expect::Share(ShareError::TooLong),
    );
    add(
        "just over the limit".into(),
        format!("{code}{}", " ".repeat(MAX_INPUT)),
        Expect::Share(ShareError::TooLong),
    );
    add(
        "100 KB of emoji".into(),
        "\u{1f600}".repeat(25 * 1024),
        Expect::Share(ShareError::TooLong),
    );

    // Cut short anywhere: the counts fix the length.
    for keep in 1..code.len() {
        add(
            format!("truncated to {keep}"),
            code[..keep].to_string(),
            Expect::Refused,
        );
    }
    add(
        "truncated by one".into(),
        code[..35].to_string(),
        Expect::Share(ShareError::Truncated),
    );

    // Every bit of every character flipped: refused, whichever check sees it first.
    for (position, byte) in code.bytes().enumerate() {
        for bit in 0..8 {
            let flipped = char::from(byte ^ (1 << bit));
            let mut changed: Vec<char> = code.chars().collect();
            changed[position] = flipped;
            let changed: String = changed.into_iter().collect();
            if changed.trim() == code {
                continue; // Flipped to surrounding whitespace, which is ignored.
            }
            add(
                format!("bit {bit} of character {position} flipped"),
                changed,
                Expect::Refused,
            );
        }
    }
    // Every character replaced by every other of the alphabet: CRC-32 catches them all.
    for position in 0..code.len() {
        for replacement in alphabet.chars() {
            let mut changed: Vec<char> = code.chars().collect();
            if changed[position] == replacement {
                continue;
            }
            changed[position] = replacement;
            add(
                format!("character {position} replaced by {replacement}"),
                changed.into_iter().collect(),
                Expect::Refused,
            );
        }
    }

    // A newer format: the version byte says so, whatever follows.
    let second = alphabet.find(&code[1..2]).unwrap();
    for version in [2u8, 7, 255] {
        let first = alphabet.as_bytes()[usize::from(version >> 2)] as char;
        let second = alphabet.as_bytes()[(usize::from(version & 3) << 4) | (second & 0xf)] as char;
        add(
            format!("format {version}"),
            format!("{first}{second}{}", &code[2..]),
            Expect::Share(ShareError::NewerFormat { version }),
        );
    }

    // Codes for other questionnaires and revisions.
    let minimal_q = Questionnaire::parse(MINIMAL).unwrap();
    add(
        "another questionnaire".into(),
        share::encode(&minimal_q, &Answers::new(&minimal_q)),
        Expect::Share(ShareError::OtherQuestionnaire),
    );
    let revision = u64::from(q.revision());
    let next = Questionnaire::parse(&built_in_json(|v| {
        set(v, "/revision", (revision + 1).into())
    }))
    .unwrap();
    add(
        "a later revision".into(),
        share::encode(&next, &Answers::new(&next)),
        Expect::Share(ShareError::OtherRevision {
            code_revision: q.revision() + 1,
            expected: q.revision(),
        }),
    );
    let grown = Questionnaire::parse(&built_in_json(|v| {
        let mut extra = v.pointer("/questions/0").cloned().unwrap_or_default();
        extra["id"] = "extra-question".into();
        v["questions"].as_array_mut().unwrap().push(extra);
    }))
    .unwrap();
    add(
        "same id and revision, one question more".into(),
        share::encode(&grown, &Answers::new(&grown)),
        Expect::Share(ShareError::OtherQuestionnaire),
    );

    assert!(cases.len() > 2000, "{} cases", cases.len());
    for (name, input, expect) in &cases {
        check(name, input, expect);
    }
}

// ---------------------------------------------------------------------------------------
// Saved sessions

#[test]
fn saved_sessions() {
    let q = built_in();
    let session = Session::with_answers(mixed_answers());
    let saved = session.save(q);
    let mut cases: Vec<(String, Input, Expect)> = Vec::new();
    let mut add = |name: String, text: String, expect: Expect| {
        cases.push((name, Input::Saved(text), expect));
    };
    let format = |f: &str| saved.replacen("\"format\":1", &format!("\"format\":{f}"), 1);

    add(
        "as saved".into(),
        saved.clone(),
        Expect::Restores(Step::Results),
    );
    add(
        "a fresh session".into(),
        Session::new(q).save(q),
        Expect::Restores(Step::Start),
    );
    add(
        "empty".into(),
        String::new(),
        Expect::Restore(RestoreError::Unreadable),
    );
    add(
        "not JSON".into(),
        "answers: 1, 2, 3".into(),
        Expect::Restore(RestoreError::Unreadable),
    );
    add(
        "a JSON list".into(),
        "[1,2,3]".into(),
        Expect::Restore(RestoreError::Unreadable),
    );
    add(
        "null".into(),
        "null".into(),
        Expect::Restore(RestoreError::Unreadable),
    );
    add(
        "a character changed".into(),
        saved.replacen('{', "[", 1),
        Expect::Restore(RestoreError::Unreadable),
    );
    add(
        "binary garbage".into(),
        "\u{0}\u{ffff}\u{1}{".into(),
        Expect::Restore(RestoreError::Unreadable),
    );

    // Truncated anywhere: a saved text is one JSON object, so no prefix of it is one.
    for keep in 0..saved.len() {
        if saved.is_char_boundary(keep) {
            add(
                format!("truncated to {keep}"),
                saved[..keep].to_string(),
                Expect::Restore(RestoreError::Unreadable),
            );
        }
    }

    // Formats: there was none before 1; newer ones are named as such.
    add(
        "format 0".into(),
        format("0"),
        Expect::Restore(RestoreError::Unreadable),
    );
    add(
        "no format".into(),
        saved.replacen("\"format\":1,", "", 1),
        Expect::Restore(RestoreError::Unreadable),
    );
    add(
        "format as text".into(),
        format("\"1\""),
        Expect::Restore(RestoreError::Unreadable),
    );
    add(
        "format -1".into(),
        format("-1"),
        Expect::Restore(RestoreError::Unreadable),
    );
    add(
        "format 1.5".into(),
        format("1.5"),
        Expect::Restore(RestoreError::Unreadable),
    );
    add(
        "format 2".into(),
        format("2"),
        Expect::Restore(RestoreError::NewerFormat),
    );
    add(
        "format 2^64-1".into(),
        format("18446744073709551615"),
        Expect::Restore(RestoreError::NewerFormat),
    );
    add(
        "another questionnaire".into(),
        saved.replacen(q.id(), "someone-else", 1),
        Expect::Restore(RestoreError::OtherQuestionnaire),
    );
    add(
        "another revision".into(),
        saved.replacen(
            &format!("\"revision\":{}", q.revision()),
            "\"revision\":65535",
            1,
        ),
        Expect::Restore(RestoreError::OtherRevision),
    );

    // Damaged contents.
    let first_id = q.questions()[1].id.as_str();
    add(
        "an answer of 9".into(),
        saved.replacen(
            &format!("\"{first_id}\":1"),
            &format!("\"{first_id}\":9"),
            1,
        ),
        Expect::Restore(RestoreError::Unreadable),
    );
    add(
        "an answer of -1".into(),
        saved.replacen(
            &format!("\"{first_id}\":1"),
            &format!("\"{first_id}\":-1"),
            1,
        ),
        Expect::Restore(RestoreError::Unreadable),
    );
    add(
        "an answer as markup".into(),
        saved.replacen(
            &format!("\"{first_id}\":1"),
            &format!("\"{first_id}\":\"<script>alert(1)</script>\""),
            1,
        ),
        Expect::Restore(RestoreError::Unreadable),
    );
    add(
        "answers to questions that are gone".into(),
        saved.replacen(
            "\"answers\":{",
            "\"answers\":{\"<img src=x onerror=alert(1)>\":3,\"gone\":5,",
            1,
        ),
        Expect::Restores(Step::Results),
    );
    add(
        "a step that is markup".into(),
        saved.replacen(
            "\"step\":\"results\"",
            "\"step\":\"<script>alert(1)</script>\"",
            1,
        ),
        Expect::Restores(Step::Profile),
    );
    add(
        "a key twice".into(),
        saved.replacen(
            "\"step\":\"results\"",
            "\"step\":\"start\",\"step\":\"review\"",
            1,
        ),
        Expect::Restores(Step::Review),
    );

    // Enormous: refused by size before parsing, or by the JSON parser's depth limit.
    add(
        "300 KB".into(),
        format!("{saved}{}", " ".repeat(300 * 1024)),
        Expect::Restore(RestoreError::Unreadable),
    );
    add(
        "10 MB".into(),
        "x".repeat(10 * 1024 * 1024),
        Expect::Restore(RestoreError::Unreadable),
    );
    add(
        "nested 10,000 deep".into(),
        format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)),
        Expect::Restore(RestoreError::Unreadable),
    );
    let unknown: String = (0..20_000).map(|i| format!("\"x{i}\":1,")).collect();
    add(
        "20,000 unknown answers".into(),
        saved.replacen("\"answers\":{", &format!("\"answers\":{{{unknown}"), 1),
        Expect::Restores(Step::Results),
    );

    assert!(cases.len() > 100, "{} cases", cases.len());
    for (name, input, expect) in &cases {
        check(name, input, expect);
    }
}

// ---------------------------------------------------------------------------------------
// Team pastes and a host's department list

#[test]
fn team_pastes() {
    let q = built_in();
    let code = share::encode(q, &mixed_answers());
    let code_error = Rejection::Code;
    let cases = [
        ("one code", code.clone(), Expect::Team(1, vec![])),
        (
            "the same code twice",
            format!("{code}\n{code}"),
            Expect::Team(1, vec![Rejection::Duplicate { first: 0, line: 0 }]),
        ),
        (
            "markup",
            "<script>alert(1)</script> <img src=x onerror=alert(1)>".into(),
            Expect::Team(0, vec![code_error(ShareError::NotBase64 { position: 0 })]),
        ),
        (
            "a 100 KB word",
            "A".repeat(100 * 1024),
            Expect::Team(0, vec![code_error(ShareError::TooLong)]),
        ),
        (
            "JSON nested 10,000 deep",
            format!("{}{}", "{".repeat(10_000), "}".repeat(10_000)),
            Expect::Team(0, vec![Rejection::Document(team::DocumentError::NotJson)]),
        ),
        (
            "an unclosed document and a code",
            format!("{{\"kind\": {code}"),
            Expect::Team(0, vec![Rejection::Document(team::DocumentError::NotJson)]),
        ),
        (
            "over the size limit",
            " ".repeat(MAX_INPUT_BYTES + 1),
            Expect::Team(0, vec![Rejection::TooLarge { bytes: 0 }]),
        ),
        (
            "too many entries",
            "x ".repeat(MAX_ENTRIES + 5),
            Expect::Team(
                0,
                vec![code_error(ShareError::Truncated), Rejection::TooManyEntries],
            ),
        ),
    ];
    for (name, text, expect) in &cases {
        check(name, &Input::Paste(text.clone()), expect);
    }
}

#[test]
fn department_lists() {
    let names = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let cases = [
        (
            "markup",
            names(&["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"]),
            Expect::Departments,
        ),
        (
            "right to left",
            names(&["מכירות", "التسويق", "\u{202e}selas"]),
            Expect::Departments,
        ),
        (
            "combining marks",
            names(&["Cafe\u{0301}", "Z\u{0351}a\u{0300}l\u{0336}g\u{0338}o"]),
            Expect::Departments,
        ),
        (
            "10,000 departments",
            (0..10_000).map(|i| format!("team {i}")).collect(),
            Expect::Problem("departments", "between 2 and"),
        ),
        (
            "a 10 KB name",
            vec!["Sales".into(), "x".repeat(10 * 1024)],
            Expect::Problem("departments", "1 to 80 characters"),
        ),
        (
            "the same name twice",
            names(&["Sales", " sales "]),
            Expect::Problem("departments", "the same"),
        ),
    ];
    for (name, list, expect) in &cases {
        check(name, &Input::Departments(list.clone()), expect);
    }
}
