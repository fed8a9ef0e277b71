//! Runs the built `silo-check` binary from the workspace root, as a consultant would.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test file: clippy allows these in `#[test]` functions but not in their helpers, where a failure is as much a failed test"
)]

use std::path::Path;
use std::process::Command;

/// Runs `silo-check` with `args` and compares its exit code, its whole standard output
/// and a part of its standard error with what is expected.
fn check(args: &[&str], code: i32, stdout: &str, stderr_part: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let output = Command::new(env!("CARGO_BIN_EXE_silo-check"))
        .args(args)
        .current_dir(root)
        .output()
        .unwrap();
    let actual_stdout = String::from_utf8(output.stdout).unwrap();
    let actual_stderr = String::from_utf8(output.stderr).unwrap();
    let context =
        format!("silo-check {args:?}\nstdout:\n{actual_stdout}\nstderr:\n{actual_stderr}");
    assert_eq!(output.status.code(), Some(code), "{context}");
    assert_eq!(actual_stdout, stdout, "{context}");
    assert!(actual_stderr.contains(stderr_part), "{context}");
}

#[test]
fn validates_good_files() {
    check(
        &["validate", "crates/assessment/tests/fixtures/minimal.json"],
        0,
        "crates/assessment/tests/fixtures/minimal.json: OK (2 dimensions, 3 questions)\n",
        "",
    );
    // The built-in questionnaire changes as it is written, so only its verdict is fixed.
    let built_in = "questionnaires/social-media-integration.json";
    let json = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .join(built_in),
    )
    .unwrap();
    let questionnaire = assessment::Questionnaire::parse(&json).unwrap();
    let verdict = format!(
        "{built_in}: OK ({} dimensions, {} questions; languages en, de)\n",
        questionnaire.dimensions().len(),
        questionnaire.questions().len()
    );
    check(&["validate", built_in], 0, &verdict, "");
}

#[test]
fn lists_problems() {
    let weights = "questionnaires/broken/bad-weights.json";
    let problems = format!(
        "{weights}: $.dimensions[0].weight: This must be a whole number from 1 to 100, but it is 0; change it.\n\
         {weights}: $.dimensions[1].weight: This must be a whole number from 1 to 100, but it is 2.5; change it.\n"
    );
    check(&["validate", weights], 1, &problems, "");
    let minimal = "crates/assessment/tests/fixtures/minimal.json";
    let both = format!("{problems}{minimal}: OK (2 dimensions, 3 questions)\n");
    check(&["validate", weights, minimal], 1, &both, "");
    check(
        &["validate", "questionnaires/broken/not-json.json"],
        1,
        "questionnaires/broken/not-json.json: $: This is not valid JSON: a comma is missing between two items, or a bracket is not closed at line 5, column 3; check the commas, quotes and brackets just before that place.\n",
        "",
    );
}

#[test]
fn lists_missing_translations_with_their_paths() {
    let missing = "questionnaires/broken/missing-translation.json";
    let undeclared = "questionnaires/broken/undeclared-language.json";
    let problems = format!(
        "{missing}: $.questions[2].prompt: The German (\"de\") text is missing; every text needs one for each language in \"languages\".\n\
         {missing}: $.profile[0].options[1].label: The German (\"de\") text is missing; every text needs one for each language in \"languages\".\n\
         {undeclared}: $.title.fr: The file does not declare the language \"fr\"; add it to \"languages\", or remove this text.\n\
         {undeclared}: $.recommendations[1].title: The German (\"de\") text is missing; every text needs one for each language in \"languages\".\n\
         {undeclared}: $.recommendations[1].title.DE: The file does not declare the language \"DE\"; did you mean \"de\"?\n"
    );
    check(&["validate", missing, undeclared], 1, &problems, "");
    let bilingual = "crates/assessment/tests/fixtures/bilingual.json";
    check(
        &["validate", bilingual],
        0,
        &format!("{bilingual}: OK (2 dimensions, 3 questions; languages en, de)\n"),
        "",
    );
}

#[test]
fn usage_errors() {
    let minimal = "crates/assessment/tests/fixtures/minimal.json";
    check(&[], 2, "", "Usage:");
    check(&["--help"], 0, &help(), "");
    check(&["validate", "--help"], 0, &help(), "");
    check(&["check"], 2, "", "there is no command \"check\"");
    check(&["validate"], 2, "", "needs at least one file");
    check(
        &["validate", "--strict", minimal],
        2,
        "",
        "has no option \"--strict\"",
    );
    check(
        &["validate", "missing.json", minimal],
        2,
        &format!("{minimal}: OK (2 dimensions, 3 questions)\n"),
        "cannot read missing.json",
    );
}

/// The help text, taken from a run so the test does not repeat it.
fn help() -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_silo-check"))
        .arg("-h")
        .output()
        .unwrap();
    let help = String::from_utf8(output.stdout).unwrap();
    assert!(help.contains("silo-check validate FILE..."));
    help
}

/// A share code of the built-in questionnaire with every question at `level` and the
/// department question answered with its second option.
fn built_in_code(level: u8) -> String {
    use assessment::{share, Answer, Answers, Level, Questionnaire};
    let q = Questionnaire::parse(assessment::BUILT_IN_JSON).unwrap();
    let mut a = Answers::new(&q);
    for i in 0..q.questions().len() {
        a.set(i, Level::new(level).map(Answer::Level));
    }
    a.set_profile_checked(&q, 0, Some(1));
    share::encode(&q, &a)
}

#[test]
fn reports_share_codes_and_links() {
    let code = built_in_code(3);
    let link = format!("https://example.org/silo-check/#r={}", built_in_code(5));
    let output = Command::new(env!("CARGO_BIN_EXE_silo-check"))
        .args(["report", &code, &link])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("Respondent 1\n"), "{text}");
    assert!(
        text.contains("Overall: 50/100, level 3 (Defined)"),
        "{text}"
    );
    assert!(text.contains("Respondent 2\n"), "{text}");
    assert!(
        text.contains("Overall: 100/100, level 5 (Embedded)"),
        "{text}"
    );
    assert!(text.contains("Start here:"), "{text}");
}

#[test]
fn reports_csv_rows_and_explains_bad_codes() {
    let good = built_in_code(2);
    let mut altered = good.clone();
    let last = altered.pop().unwrap();
    altered.push(if last == 'A' { 'B' } else { 'A' });
    let output = Command::new(env!("CARGO_BIN_EXE_silo-check"))
        .args(["report", "--csv", &good, &altered, "nonsense!"])
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(1),
        "bad codes make the exit code 1"
    );
    let text = String::from_utf8(output.stdout).unwrap();
    // Issue 19: CRLF line endings (RFC 4180), as the team view's CSV has.
    assert!(text.ends_with("\r\n"), "{text:?}");
    assert_eq!(
        text.matches('\n').count(),
        text.matches("\r\n").count(),
        "{text:?}"
    );
    let rows: Vec<&str> = text.lines().collect();
    assert_eq!(rows.len(), 2, "a header and one good row: {text}");
    assert!(rows[0].starts_with("code,department,role,"), "{}", rows[0]);
    assert!(rows[0].contains(",overall_score,overall_level,ownership_score,ownership_level,"));
    assert!(rows[1].starts_with(&format!("{good},")), "{}", rows[1]);
    assert!(
        rows[1].contains(",25,2,"),
        "overall 25, level 2: {}",
        rows[1]
    );
    let errors = String::from_utf8(output.stderr).unwrap();
    assert!(errors.contains("code 2: "), "{errors}");
    assert!(errors.contains("code 3: "), "{errors}");
}

#[test]
fn report_needs_codes() {
    check(&["report"], 2, "", "needs at least one share code");
    check(&["report", "--bogus", "x"], 2, "", "has no option");
    check(
        &["report", "--language"],
        2,
        "",
        "--language needs a language tag",
    );
    check(
        &["report", "--language", "Deutsch!", "x"],
        2,
        "",
        "not \"Deutsch!\"",
    );
}

/// Runs `silo-check` with `args` and gives its exit code, standard output and error.
fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_silo-check"))
        .args(args)
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."))
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn reports_in_german() {
    let code = built_in_code(3);
    let (status, german, errors) = run(&["report", "--language", "de", &code]);
    assert_eq!((status, errors.as_str()), (Some(0), ""), "{german}");
    for line in [
        "Befragte Person 1\n",
        "  In welcher Abteilung arbeiten Sie?: Kommunikation/PR\n",
        "  Gesamt: 50/100, Stufe 3 (Definiert)\n",
        "  Zuständigkeit & Governance          50/100  Stufe 3 (Definiert)\n",
        "  Social Listening & Erkenntnisse     50/100  Stufe 3 (Definiert)\n",
        "  Aussagekraft: hoch (32 von 32 beantwortet, 0 × „Weiß nicht“)\n",
        "  Beginnen Sie hier:\n",
        "    - Den Auftrag auf alle Abteilungen ausweiten (innerhalb von 60 Tagen)\n",
        // Integration below level 4: the meeting that starts it is listed too.
        "  Außerdem:\n",
        "    - Das Treffen abhalten, mit dem Integration beginnt (innerhalb von 30 Tagen)\n",
    ] {
        assert!(german.contains(line), "{line:?} missing from:\n{german}");
    }
    // A regional tag finds the language; the CSV has ids and numbers only, in any language.
    assert_eq!(run(&["report", "--language", "de-AT", &code]).1, german);
    let csv = run(&["report", "--csv", &code]).1;
    assert_eq!(run(&["report", "--csv", "--language", "de", &code]).1, csv);

    // Without German texts the report stays in English, with a note.
    let english = run(&["report", &code]).1;
    assert!(
        english.contains("  Overall: 50/100, level 3 (Defined)\n"),
        "{english}"
    );
    let (status, french, errors) = run(&["report", "--language", "fr", &code]);
    assert_eq!((status, french), (Some(0), english));
    assert!(
        errors.contains(
            "the questionnaire has no texts in \"fr\" (it has en, de), so the report is in \"en\"."
        ),
        "{errors}"
    );
}

/// A share code of `q` with every question at `level`.
fn code_for(q: &assessment::Questionnaire, level: u8) -> String {
    use assessment::{share, Answer, Answers, Level};
    let mut a = Answers::new(q);
    for i in 0..q.questions().len() {
        a.set(i, Level::new(level).map(Answer::Level));
    }
    share::encode(q, &a)
}

/// A fresh scratch directory for one test.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("silo-check-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The built-in questionnaire's file, as text.
fn built_in_file() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../questionnaires/social-media-integration.json"),
    )
    .unwrap()
}

#[test]
fn report_since_prints_the_changes() {
    let (old, new) = (built_in_code(2), built_in_code(4));
    let (status, text, errors) = run(&["report", "--since", &old, &new]);
    assert_eq!((status, errors.as_str()), (Some(0), ""), "{text}");
    assert!(
        text.starts_with("Changes since the earlier result\n"),
        "{text}"
    );
    assert!(
        text.contains("25/100 (level 2) \u{2192} 75/100 (level 4)  +50"),
        "{text}"
    );
    assert!(text.contains("New recommendations:"), "{text}");
    assert!(text.contains("Done (no longer recommended):"), "{text}");
    assert!(!text.contains("revision"), "{text}");
    // In German, with the domain's own sentences.
    let (_, german, _) = run(&["report", "--language", "de", "--since", &old, &new]);
    assert!(
        german.starts_with("Veränderungen seit dem früheren Ergebnis\n"),
        "{german}"
    );
    // Usage mistakes.
    check(
        &["report", "--since", &old],
        2,
        "",
        "exactly one later code",
    );
    check(
        &["report", "--since", &old, &new, &new],
        2,
        "",
        "exactly one later code",
    );
    check(
        &["report", "--since", "nonsense!", &new],
        1,
        "",
        "the earlier code (--since)",
    );
}

#[test]
fn report_since_compares_another_revision_by_what_both_have() {
    let dir = scratch("since");
    let json = built_in_file();
    let current = assessment::Questionnaire::parse(&json).unwrap().revision();
    let (from, to) = (current, current + 1);
    let newer_file = dir.join("newer-revision.json");
    let revision = |n: u16| format!("\"revision\": {n},");
    assert!(json.contains(&revision(from)));
    std::fs::write(
        &newer_file,
        json.replacen(&revision(from), &revision(to), 1),
    )
    .unwrap();
    let newer =
        assessment::Questionnaire::parse(&std::fs::read_to_string(&newer_file).unwrap()).unwrap();
    let (old, new) = (built_in_code(3), code_for(&newer, 5));
    let newer_arg = newer_file.to_str().unwrap();
    // Without the earlier revision's file, the earlier code cannot be opened.
    check(
        &[
            "report",
            "--questionnaire",
            newer_arg,
            "--since",
            &old,
            &new,
        ],
        1,
        "",
        &format!("give the file of revision {from} with --since-questionnaire"),
    );
    let (status, text, errors) = run(&[
        "report",
        "--questionnaire",
        newer_arg,
        "--since-questionnaire",
        "questionnaires/social-media-integration.json",
        "--since",
        &old,
        &new,
    ]);
    assert_eq!((status, errors.as_str()), (Some(0), ""), "{text}");
    assert!(
        text.contains("50/100 (level 3) \u{2192} 100/100 (level 5)  +50"),
        "{text}"
    );
    let note = format!("revision {from} of this questionnaire and this one revision {to}");
    assert!(text.contains(&note), "{text}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn benchmark_writes_a_file_the_questionnaire_accepts() {
    let dir = scratch("benchmark");
    let codes: Vec<String> = (1..=5).chain([3]).map(built_in_code).collect();
    let mut args = vec![
        "benchmark",
        "--label",
        "Test organisations",
        "--source",
        "The CLI's tests",
        "--date",
        "2026-03-31",
    ];
    // Four distinct organisations (one code is repeated): refused.
    let four: Vec<&str> = codes
        .iter()
        .take(4)
        .chain(codes.last())
        .map(String::as_str)
        .collect();
    let few = [args.clone(), four].concat();
    let (status, text, errors) = run(&few);
    assert_eq!(status, Some(1), "{text}");
    assert_eq!(text, "");
    assert!(
        errors.contains("at least 5 respondents with an overall score"),
        "{errors}"
    );
    assert!(
        errors.contains("the same answers as the entry on line"),
        "{errors}"
    );

    let out = dir.join("benchmark.json");
    let out_arg = out.to_str().unwrap();
    args.extend(["-o", out_arg]);
    args.extend(codes.iter().take(5).map(String::as_str));
    let (status, text, errors) = run(&args);
    assert_eq!((status, text.as_str(), errors.as_str()), (Some(0), "", ""));
    let benchmark = std::fs::read_to_string(&out).unwrap();
    assert!(benchmark.contains("\"organisations\": 5"), "{benchmark}");
    assert!(
        benchmark.contains("\"quartiles\": [\n      25,\n      50,\n      75\n    ]"),
        "{benchmark}"
    );
    // Nothing in it names a respondent: no code, no department.
    for code in &codes {
        assert!(!benchmark.contains(code.as_str()));
    }
    // Pasted into the questionnaire, it validates.
    let json = built_in_file();
    let body = json.trim_end().strip_suffix('}').unwrap();
    let with = dir.join("with-benchmark.json");
    std::fs::write(&with, format!("{body},\n  \"benchmark\": {benchmark}}}\n")).unwrap();
    let (status, verdict, _) = run(&["validate", with.to_str().unwrap()]);
    assert_eq!(status, Some(0), "{verdict}");
    assert!(verdict.ends_with("; languages en, de)\n"), "{verdict}");
    // To standard output without -o.
    let stdout_args: Vec<&str> = args
        .iter()
        .copied()
        .filter(|a| *a != "-o" && *a != out_arg)
        .collect();
    let (status, text, _) = run(&stdout_args);
    assert_eq!((status, text), (Some(0), benchmark));
    // Usage mistakes.
    check(&["benchmark", &codes[0]], 2, "", "needs --label");
    check(
        &[
            "benchmark",
            "--label",
            "x",
            "--source",
            "y",
            "--date",
            "31.3.2026",
            &codes[0],
        ],
        2,
        "",
        "YYYY-MM-DD",
    );
    check(
        &["benchmark", "--label", "x", "--source", "y"],
        2,
        "",
        "needs share codes",
    );
    let _ = std::fs::remove_dir_all(&dir);
}
