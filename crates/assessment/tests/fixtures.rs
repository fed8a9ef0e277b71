//! The questionnaire files in `questionnaires/`: every shipped one is valid, and every
//! broken one gives exactly the problem paths `questionnaires/broken/expected.json` lists.

use assessment::Questionnaire;
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
    check(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal.json"),
        &[],
    );
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

fn questionnaires() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../questionnaires")
}

/// The `.json` files directly in `dir`, sorted by name.
fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_file() && path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    files
}

fn name(file: &Path) -> String {
    file.file_name().unwrap().to_string_lossy().into_owned()
}
