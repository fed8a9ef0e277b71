//! The questionnaire files in `questionnaires/`: every shipped one is valid and complete in
//! each of its languages, and every broken one gives exactly the problem paths
//! `questionnaires/broken/expected.json` lists.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test file: clippy allows these in `#[test]` functions but not in their helpers, where a failure is as much a failed test"
)]

mod common;

use common::TEXT_FIELDS;

use assessment::{share, Answer, Answers, Level, Questionnaire};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

#[test]
fn shipped_questionnaires_are_valid() {
    let files = json_files(&questionnaires());
    assert!(
        !files.is_empty(),
        "no questionnaires in {}",
        questionnaires().display()
    );
    for file in files {
        check(&file, &[]);
    }
    for fixture in ["minimal.json", "bilingual.json", "benchmark.json"] {
        check(&fixtures().join(fixture), &[]);
    }
}

#[test]
#[allow(
    clippy::disallowed_methods,
    reason = "a test: std's sort costs nothing here, outside the WebAssembly"
)]
fn every_text_is_given_in_every_language() {
    let mut files = json_files(&questionnaires());
    files.push(fixtures().join("bilingual.json"));
    for file in files {
        let json = fs::read_to_string(&file).unwrap();
        let tree: Value = serde_json::from_str(&json).unwrap();
        let languages: Vec<String> = match (tree.get("languages"), tree.get("language")) {
            (Some(list), None) => serde_json::from_value(list.clone()).unwrap(),
            (None, Some(Value::String(one))) => vec![one.clone()],
            _ => panic!("{}: no languages", file.display()),
        };
        let mut texts = Vec::new();
        collect_texts(&tree, "$", None, &mut texts);
        assert!(!texts.is_empty(), "{}", file.display());
        for (path, text) in &texts {
            match text {
                Value::String(_) => assert_eq!(
                    languages.len(),
                    1,
                    "{}: {path} is in one language only",
                    file.display()
                ),
                Value::Object(by_language) => {
                    let keys: Vec<&String> = by_language.keys().collect();
                    let mut declared: Vec<&String> = languages.iter().collect();
                    declared.sort();
                    assert_eq!(keys, declared, "{}: {path}", file.display());
                    // A sentence left in another language is a forgotten translation; only
                    // short names (such as "Marketing" or "IT") and cited titles may be the same.
                    let mut sentences: Vec<&str> = by_language
                        .values()
                        .filter_map(Value::as_str)
                        .filter(|text| text.split_whitespace().count() > 4)
                        .collect();
                    let all = sentences.len();
                    sentences.sort_unstable();
                    sentences.dedup();
                    assert!(
                        sentences.len() == all || path.contains(".sources["),
                        "{}: {path} is the same in two languages",
                        file.display()
                    );
                }
                other => panic!("{}: {path} is {other}", file.display()),
            }
        }
        let default = Questionnaire::parse(&json).unwrap();
        assert_eq!(default.languages(), languages, "{}", file.display());
        assert_eq!(default.language(), languages[0], "{}", file.display());
        for language in &languages {
            let translated = Questionnaire::parse_in(&json, &[language]).unwrap();
            assert_eq!(translated.language(), language, "{}", file.display());
            assert_eq!(
                without_texts(&translated),
                without_texts(&default),
                "{}: ids, levels, weights, thresholds and rules must not depend on the language",
                file.display()
            );
        }
    }
}

#[test]
fn the_built_in_questionnaire_is_in_english_and_german() {
    let english = Questionnaire::parse(assessment::BUILT_IN_JSON).unwrap();
    let german = Questionnaire::parse_in(assessment::BUILT_IN_JSON, &["de-DE", "en"]).unwrap();
    assert_eq!(english.languages(), ["en", "de"]);
    assert_eq!((english.language(), german.language()), ("en", "de"));
    assert_eq!(
        german.title(),
        "Silo Check: Wie gut ist Social Media in Ihrem Unternehmen verankert?"
    );
    assert_eq!(german.scale_level(Level::new(2).unwrap()).name, "Im Silo");
    for (en, de) in english.questions().iter().zip(german.questions()) {
        assert_ne!(en.prompt, de.prompt, "{}", en.id);
        assert!(de.prompt.ends_with('?'), "{}: {}", de.id, de.prompt);
    }
    assert_eq!(without_texts(&german), without_texts(&english));
    assert_eq!(
        (german.id(), german.revision()),
        (english.id(), english.revision())
    );

    // A share code made in English opens in German with the same answers, and the German
    // questionnaire makes the very same code.
    let mut answers = Answers::new(&english);
    for index in 0..english.questions().len() {
        let answer = match index % 7 {
            0 => None,
            6 => Some(Answer::NotSure),
            n => Level::new(n as u8).map(Answer::Level),
        };
        answers.set(index, answer);
    }
    for index in 0..english.profile().len() {
        answers.set_profile_checked(&english, index, Some(index % 2));
    }
    let code = share::encode(&english, &answers);
    assert_eq!(share::decode(&german, &code), Ok(answers.clone()));
    assert_eq!(share::encode(&german, &answers), code);
}

/// Collects every text for people in a questionnaire file's tree, with its path.
fn collect_texts<'a>(
    value: &'a Value,
    path: &str,
    key: Option<&str>,
    out: &mut Vec<(String, &'a Value)>,
) {
    if key.is_some_and(|key| TEXT_FIELDS.contains(&key)) {
        out.push((path.to_owned(), value));
        return;
    }
    match value {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                collect_texts(item, &format!("{path}[{i}]"), None, out);
            }
        }
        Value::Object(fields) => {
            for (name, field) in fields {
                collect_texts(field, &format!("{path}.{name}"), Some(name), out);
            }
        }
        _ => {}
    }
}

/// A questionnaire as JSON with every text for people, and its language, left out: what
/// must be the same in every language.
fn without_texts(questionnaire: &Questionnaire) -> Value {
    fn strip(value: &mut Value) {
        match value {
            Value::Array(items) => items.iter_mut().for_each(strip),
            Value::Object(fields) => {
                for (name, field) in fields.iter_mut() {
                    if TEXT_FIELDS.contains(&name.as_str()) || name == "language" {
                        *field = Value::Null;
                    } else {
                        strip(field);
                    }
                }
            }
            _ => {}
        }
    }
    let mut value = common::questionnaire_json(questionnaire);
    strip(&mut value);
    value
}

#[test]
fn the_built_in_questionnaire_is_valid() {
    let problems = Questionnaire::parse(assessment::BUILT_IN_JSON)
        .err()
        .unwrap_or_default();
    let listing: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{}", listing.join("\n"));
}

#[test]
fn broken_fixtures_give_their_expected_problems() {
    let broken = questionnaires().join("broken");
    let expected = fs::read_to_string(broken.join("expected.json")).unwrap();
    let expected: BTreeMap<String, Vec<String>> = serde_json::from_str(&expected).unwrap();
    let files: Vec<PathBuf> = json_files(&broken)
        .into_iter()
        .filter(|file| !file.ends_with("expected.json"))
        .collect();
    let names: Vec<String> = files.iter().map(|file| name(file)).collect();
    let listed: Vec<String> = expected.keys().cloned().collect();
    assert_eq!(
        names, listed,
        "expected.json must list every broken fixture, and only those"
    );
    for file in &files {
        let paths: Vec<&str> = expected[&name(file)].iter().map(String::as_str).collect();
        check(file, &paths);
    }
}

/// Validates `file` and compares its problem paths, in order, with `expected`.
fn check(file: &Path, expected: &[&str]) {
    let json = fs::read_to_string(file).unwrap();
    let problems = Questionnaire::parse(&json).err().unwrap_or_default();
    let paths: Vec<&str> = problems
        .iter()
        .map(|problem| problem.path.as_str())
        .collect();
    let listing: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        paths,
        expected,
        "{}:\n{}",
        file.display(),
        listing.join("\n")
    );
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn questionnaires() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../questionnaires")
}

/// The `.json` files directly in `dir`, sorted by name; not the format's JSON Schema
/// (`questionnaires/schema.json`), which describes questionnaires and is not one.
#[allow(
    clippy::disallowed_methods,
    reason = "a test: std's sort costs nothing here, outside the WebAssembly"
)]
fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_file() && path.extension().is_some_and(|ext| ext == "json"))
        .filter(|path| !path.ends_with("schema.json"))
        .collect();
    files.sort();
    files
}

fn name(file: &Path) -> String {
    file.file_name().unwrap().to_string_lossy().into_owned()
}
