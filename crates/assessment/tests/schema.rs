//! `questionnaires/schema.json`, the JSON Schema editors use to complete and check a
//! questionnaire file: every valid questionnaire of the repository meets it, and the broken
//! fixtures whose mistake is one of shape (a wrong type, a value out of range, a field too
//! many or too few) fail it. The rules a schema cannot say (references, rising thresholds,
//! every level covered) remain the validator's.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test file: clippy allows these in `#[test]` functions but not in their helpers, where a failure is as much a failed test"
)]

use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(path: &str) -> serde_json::Value {
    serde_json::from_str(&fs::read_to_string(root().join(path)).unwrap()).unwrap()
}

fn validator() -> jsonschema::Validator {
    jsonschema::validator_for(&read("questionnaires/schema.json")).unwrap()
}

#[test]
fn every_valid_questionnaire_meets_the_schema() {
    let validator = validator();
    for path in [
        "questionnaires/social-media-integration.json",
        "questionnaires/starter.json",
        "crates/assessment/tests/fixtures/minimal.json",
        "crates/assessment/tests/fixtures/bilingual.json",
        "crates/assessment/tests/fixtures/benchmark.json",
    ] {
        let errors: Vec<String> = validator
            .iter_errors(&read(path))
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{path}: {errors:#?}");
    }
}

#[test]
fn broken_shapes_fail_the_schema() {
    let validator = validator();
    for name in [
        "bad-benchmark",
        "bad-options",
        "bad-scale",
        "bad-values",
        "bad-weights",
        "deep-nesting",
        "missing-fields",
        "overlapping-recommendations",
        "thresholds-not-rising",
        "too-long-text",
        "unknown-field",
    ] {
        let file = read(&format!("questionnaires/broken/{name}.json"));
        assert!(!validator.is_valid(&file), "{name} meets the schema");
    }
}

#[test]
fn a_file_has_one_language_field() {
    let validator = validator();
    let mut both = read("questionnaires/starter.json");
    both["languages"] = serde_json::json!(["en"]);
    assert!(!validator.is_valid(&both));
    let mut neither = read("questionnaires/starter.json");
    neither.as_object_mut().unwrap().remove("language");
    assert!(!validator.is_valid(&neither));
}
