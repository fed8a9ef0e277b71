//! The raw format (`assessment::format`): every valid questionnaire reads into a
//! `Document` and writes back to a file that validates to the same questionnaire, in
//! every language; the editing operations keep references and translations in step.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test file: clippy allows these in `#[test]` functions but not in their helpers, where a failure is as much a failed test"
)]

use assessment::format::{Document, IdKind, Text, STARTER_JSON};
use assessment::Questionnaire;
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every valid questionnaire of the repository, with its name.
fn valid_files() -> Vec<(String, String)> {
    let mut files = vec![("starter".to_string(), STARTER_JSON.to_string())];
    for path in [
        "questionnaires/social-media-integration.json",
        "questionnaires/starter.json",
        "crates/assessment/tests/fixtures/minimal.json",
        "crates/assessment/tests/fixtures/bilingual.json",
        "crates/assessment/tests/fixtures/benchmark.json",
    ] {
        files.push((
            path.to_string(),
            fs::read_to_string(root().join(path)).unwrap(),
        ));
    }
    files
}

fn languages(text: &str) -> Vec<String> {
    Document::read(text).unwrap().language_tags()
}

#[test]
fn reading_and_writing_loses_nothing() {
    for (name, text) in valid_files() {
        let document = Document::read(&text).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let written = document.write();
        for lang in languages(&text) {
            let before = Questionnaire::parse_in(&text, &[&lang]).unwrap();
            let after = Questionnaire::parse_in(&written, &[&lang])
                .unwrap_or_else(|problems| panic!("{name} in {lang}: {problems:?}"));
            assert_eq!(before, after, "{name} in {lang}");
        }
        // Writing is stable: the written file reads into the same document.
        assert_eq!(Document::read(&written).unwrap(), document, "{name}");
    }
}

#[test]
fn fields_are_written_in_the_order_of_the_documentation() {
    let written = Document::read(STARTER_JSON).unwrap().write();
    let order = [
        "\"format\"",
        "\"id\"",
        "\"revision\"",
        "\"language\"",
        "\"title\"",
        "\"intro\"",
        "\"estimated_minutes\"",
        "\"scale\"",
        "\"dimensions\"",
        "\"questions\"",
        "\"profile\"",
        "\"recommendations\"",
        "\"models\"",
        "\"methodology\"",
    ];
    let positions: Vec<usize> = order.iter().map(|f| written.find(f).unwrap()).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
}

#[test]
fn unknown_fields_are_kept() {
    let text = STARTER_JSON.replacen("\"weight\": 2", "\"weight\": 2, \"colour\": \"blue\"", 1);
    let written = Document::read(&text).unwrap().write();
    assert!(written.contains("\"colour\": \"blue\""));
    let problems = Questionnaire::parse(&written).unwrap_err();
    assert!(
        problems[0].path.starts_with("$.dimensions[0]"),
        "{problems:?}"
    );
}

#[test]
fn broken_files_open_or_say_why() {
    for entry in fs::read_dir(root().join("questionnaires/broken")).unwrap() {
        let path = entry.unwrap().path();
        let text = fs::read_to_string(&path).unwrap();
        // Never a panic: a document, or a reason.
        let _ = Document::read(&text);
    }
    let syntax = Document::read("{\n  \"id\": \"x\",,\n}").unwrap_err();
    assert!(
        matches!(syntax, assessment::format::document::OpenError::Syntax(ref m) if m.contains("two commas in a row") && m.contains("line 2")),
        "{syntax:?}"
    );
}

#[test]
fn renaming_an_id_renames_every_reference() {
    let built_in =
        fs::read_to_string(root().join("questionnaires/social-media-integration.json")).unwrap();
    let mut document = Document::read(&built_in).unwrap();
    let dimension = document.dimensions[0].id.clone();
    let changed = document.rename(&IdKind::Dimension, &dimension, "renamed");
    assert!(changed > 2);
    Questionnaire::parse(&document.write()).unwrap();
    let question = document.questions[0].id.clone();
    document.rename(&IdKind::Question, &question, "renamed-question");
    let model = document
        .models
        .as_ref()
        .and_then(|m| m.first())
        .map(|m| m.id.clone());
    if let Some(model) = model {
        document.rename(&IdKind::Model, &model, "renamed-model");
    }
    Questionnaire::parse(&document.write()).unwrap();
    assert!(!document.write().contains(&format!("\"{question}\"")));
}

#[test]
fn a_new_dimension_needs_only_its_texts() {
    let mut document = Document::read(STARTER_JSON).unwrap();
    let id = document.add_dimension();
    let problems = Questionnaire::parse(&document.write()).unwrap_err();
    assert!(
        problems.iter().all(|p| p.message.contains("empty")),
        "{problems:?}"
    );
    for entry in document.texts() {
        if document.lacks(&entry, "en") {
            assert!(document.set_text(&entry.path, "en", "Written"));
        }
    }
    let questionnaire = Questionnaire::parse(&document.write()).unwrap();
    assert_eq!(questionnaire.dimensions().len(), 3);
    assert!(document.dimensions.iter().any(|d| d.id == id));
}

#[test]
fn a_new_language_is_counted_missing_until_written() {
    let mut document = Document::read(STARTER_JSON).unwrap();
    let total = document.texts().len();
    assert!(document.add_language("de"));
    assert!(!document.add_language("de"));
    assert_eq!(document.language_tags(), ["en", "de"]);
    let missing = document.missing();
    assert_eq!(missing[0].count, 0);
    // The help text is optional, yet English has it, so German lacks it too.
    assert_eq!(missing[1].count, total);
    assert!(matches!(document.title, Text::Languages(_)));
    for entry in document.texts() {
        document.set_text(&entry.path, "de", "Auf Deutsch");
    }
    assert_eq!(document.missing()[1].count, 0);
    Questionnaire::parse_in(&document.write(), &["de"]).unwrap();
    assert!(document.remove_language("de"));
    assert_eq!(
        document.title,
        Text::Plain("How well do your teams work together?".into())
    );
    Questionnaire::parse(&document.write()).unwrap();
}

#[test]
fn duplicates_and_moves_keep_the_file_valid() {
    let mut document = Document::read(STARTER_JSON).unwrap();
    let copy = document.duplicate_dimension(0).unwrap();
    assert_eq!(copy, "planning-copy");
    assert!(document.duplicate_question(0));
    assert!(document.duplicate_recommendation(0));
    // Two recommendations now cover the same levels: the validator says so.
    assert!(Questionnaire::parse(&document.write()).is_err());
    assert!(assessment::format::edit::remove_item(
        &mut document.recommendations,
        1
    ));
    assert!(assessment::format::edit::move_item(
        &mut document.dimensions,
        0,
        2
    ));
    assert!(!assessment::format::edit::move_item(
        &mut document.dimensions,
        0,
        9
    ));
    Questionnaire::parse(&document.write()).unwrap();
    assert!(document.remove_dimension(2));
    Questionnaire::parse(&document.write()).unwrap();
}
