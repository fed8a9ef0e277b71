//! `silo-check`, the command-line companion for consultants.
//!
//! Each command is a function from its arguments to an exit code, writing to the given
//! output and error streams; `run` picks one by the first argument. To add a command, add
//! an arm to the `match` in `run`, a function beside `validate`, and a line to `USAGE`.

use assessment::report::report;
use assessment::team_export::csv_row;
use assessment::{language, share, Confidence, ConfidenceLevel, Questionnaire};
use std::ffi::OsString;
use std::fs;
use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

/// Every file was valid, or help was asked for.
const SUCCESS: u8 = 0;
/// At least one file has problems.
const PROBLEMS: u8 = 1;
/// The command line was wrong, or a file could not be read.
const TROUBLE: u8 = 2;

const USAGE: &str = "\
silo-check: the command-line companion to the Silo Check assessment.

Usage:
  silo-check validate FILE...   Check questionnaire files and list every problem in them.
  silo-check report [--csv] [--questionnaire FILE] [--language TAG] CODE...
                                Turn share codes (or whole share links) into a readable
                                report, or with --csv into one CSV row a respondent.
                                Without --questionnaire, codes are read against the
                                built-in questionnaire. --language de writes the report
                                in German if the questionnaire has German texts (the
                                built-in one has English and German).
  silo-check report --since OLD_CODE [--since-questionnaire FILE] [--questionnaire FILE]
                    [--language TAG] NEW_CODE
                                Print what changed from an earlier result to a later one:
                                the overall score and each dimension's, and which
                                recommendations are new, done or still open. When
                                OLD_CODE was made with another revision of the
                                questionnaire, give that revision's file with
                                --since-questionnaire: only what both revisions have is
                                compared, and the output says so.
  silo-check benchmark --label TEXT --source TEXT [--date YYYY-MM-DD] [-o FILE]
                    [--questionnaire FILE] CODE...
                                Write a benchmark (the value of a questionnaire's
                                \"benchmark\" field) from many organisations' share codes,
                                links or team links, one organisation a code: quartiles
                                and a count for each level, nothing else. A figure that
                                would rest on fewer than 5 organisations is left out (a
                                dimension), or nothing is written (overall). --date
                                defaults to today; the file goes to standard output, or
                                to FILE with -o.
  silo-check --help             Show this help.
  silo-check --version          Show the version.

`validate` prints \"FILE: OK (N dimensions, M questions)\" for a valid file, with its
languages when it has more than one, and otherwise one line for each problem:
\"FILE: PATH: what is wrong and what to do\". PATH says where in the file the problem is:
$ is the whole file, $.questions[3].options[2] is the third option of the fourth question
(lists count from 0), and $.questions[3].prompt.de is the German text of its prompt.

`report` prints, for each code that cannot be read, one line on standard error saying why
(another questionnaire or revision, truncated, altered...), and reports the others. A code
opens in every language of its questionnaire. When the questionnaire has no texts in the
language asked for, the report is in its default language, and a note on standard error
says so.

Exit status: 0 if every file or code is valid, 1 if any has problems, 2 if the command
line is wrong or a file cannot be read.
";

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let code = run(&args, &mut io::stdout().lock(), &mut io::stderr().lock());
    ExitCode::from(code)
}

/// Runs the command named by the first argument and returns the exit code.
///
/// Failures to write the output (a closed pipe, say) are ignored: there is nobody left to
/// tell, and the exit code still says how the checks went.
fn run(args: &[OsString], out: &mut impl Write, err: &mut impl Write) -> u8 {
    let Some((command, rest)) = args.split_first() else {
        let _ = write!(err, "{USAGE}");
        return TROUBLE;
    };
    match command.to_str() {
        Some("validate") => validate(rest, out, err),
        Some("report") if rest.iter().any(|a| a == "--since") => report_since(rest, out, err),
        Some("report") => report_codes(rest, out, err),
        Some("benchmark") => benchmark(rest, out, err),
        Some("--help" | "-h" | "help") => {
            let _ = write!(out, "{USAGE}");
            SUCCESS
        }
        Some("--version" | "-V") => {
            let _ = writeln!(out, "silo-check {}", env!("CARGO_PKG_VERSION"));
            SUCCESS
        }
        _ => {
            let _ = writeln!(
                err,
                "silo-check: there is no command \"{}\"; run `silo-check --help` to see the commands.",
                command.to_string_lossy()
            );
            TROUBLE
        }
    }
}

/// `silo-check validate FILE...`: checks each file and prints its verdict or its problems.
fn validate(args: &[OsString], out: &mut impl Write, err: &mut impl Write) -> u8 {
    let mut files = Vec::new();
    let mut options_done = false;
    for arg in args {
        match arg.to_str() {
            Some("--") if !options_done => options_done = true,
            Some("--help" | "-h") if !options_done => {
                let _ = write!(out, "{USAGE}");
                return SUCCESS;
            }
            Some(option) if !options_done && option.starts_with('-') && option != "-" => {
                let _ = writeln!(
                    err,
                    "silo-check: `validate` has no option \"{option}\"; run `silo-check --help` to see how to use it."
                );
                return TROUBLE;
            }
            _ => files.push(Path::new(arg)),
        }
    }
    if files.is_empty() {
        let _ = writeln!(
            err,
            "silo-check: `validate` needs at least one file, as in `silo-check validate questionnaire.json`."
        );
        return TROUBLE;
    }
    let mut code = SUCCESS;
    for file in files {
        let name = file.display();
        let bytes = match fs::read(file) {
            Ok(bytes) => bytes,
            Err(error) => {
                let _ = writeln!(err, "silo-check: cannot read {name}: {error}.");
                code = TROUBLE;
                continue;
            }
        };
        let Ok(json) = String::from_utf8(bytes) else {
            let _ = writeln!(
                out,
                "{name}: $: This file is not saved as UTF-8 text; save it as UTF-8 and check it again."
            );
            code = code.max(PROBLEMS);
            continue;
        };
        match Questionnaire::check_in(&json, &[]) {
            Ok(questionnaire) => {
                let dimensions = questionnaire.dimensions().len();
                let questions = questionnaire.questions().len();
                let languages = match questionnaire.languages() {
                    [_] => String::new(),
                    all => format!("; languages {}", all.join(", ")),
                };
                let _ = writeln!(
                    out,
                    "{name}: OK ({}, {}{})",
                    count(dimensions, "dimension", "dimensions"),
                    count(questions, "question", "questions"),
                    printable(&languages)
                );
            }
            Err(problems) => {
                for problem in problems {
                    let _ = writeln!(out, "{name}: {problem}");
                }
                code = code.max(PROBLEMS);
            }
        }
    }
    code
}

/// "1 question" or "23 questions" (the tool's own messages are in English).
fn count(n: usize, one: &str, many: &str) -> String {
    assessment::Locale::En.count(n, one, many)
}

/// `silo-check report [--csv] [--questionnaire FILE] CODE...`: reads share codes against a
/// questionnaire and prints a report for each, or CSV rows.
fn report_codes(args: &[OsString], out: &mut impl Write, err: &mut impl Write) -> u8 {
    let mut csv = false;
    let mut file = None;
    let mut wanted: Option<String> = None;
    let mut codes = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("--csv") => csv = true,
            Some("--questionnaire") => match args.next() {
                Some(path) => file = Some(Path::new(path)),
                None => {
                    let _ = writeln!(err, "silo-check: --questionnaire needs a file name.");
                    return TROUBLE;
                }
            },
            Some("--language") => match args.next().and_then(|tag| tag.to_str()) {
                Some(tag) if language::is_valid_tag(&tag.replace('_', "-")) => {
                    wanted = Some(tag.to_owned());
                }
                Some(tag) => {
                    let _ = writeln!(
                        err,
                        "silo-check: --language needs a language tag such as \"de\" or \"en-GB\", not \"{tag}\"."
                    );
                    return TROUBLE;
                }
                None => {
                    let _ = writeln!(
                        err,
                        "silo-check: --language needs a language tag such as \"de\" or \"en-GB\"."
                    );
                    return TROUBLE;
                }
            },
            Some("--help" | "-h") => {
                let _ = write!(out, "{USAGE}");
                return SUCCESS;
            }
            Some(option) if option.starts_with("--") => {
                let _ = writeln!(
                    err,
                    "silo-check: `report` has no option \"{option}\"; run `silo-check --help` to see how to use it."
                );
                return TROUBLE;
            }
            _ => codes.push(arg.to_string_lossy().into_owned()),
        }
    }
    if codes.is_empty() {
        let _ = writeln!(
            err,
            "silo-check: `report` needs at least one share code or link, as in `silo-check report ABC123`."
        );
        return TROUBLE;
    }
    let json = match file {
        None => assessment::BUILT_IN_JSON.to_string(),
        Some(path) => match fs::read_to_string(path) {
            Ok(text) => text,
            Err(error) => {
                let _ = writeln!(err, "silo-check: cannot read {}: {error}.", path.display());
                return TROUBLE;
            }
        },
    };
    let preferred: Vec<&str> = wanted.iter().map(String::as_str).collect();
    let questionnaire = match Questionnaire::check_in(&json, &preferred) {
        Ok(q) => q,
        Err(problems) => {
            for problem in problems {
                let _ = writeln!(err, "silo-check: questionnaire: {problem}");
            }
            return PROBLEMS;
        }
    };
    let q = &questionnaire;
    if let Some(wanted) = &wanted {
        if language::negotiate(&[q.language()], &[wanted]).is_none() {
            let _ = writeln!(
                err,
                "silo-check: the questionnaire has no texts in \"{wanted}\" (it has {}), so the report is in \"{}\".",
                q.languages().join(", "),
                q.language()
            );
        }
    }
    let mut code = SUCCESS;
    if csv {
        let _ = write!(out, "{}", csv_row(&csv_header(q)));
    }
    for (n, text) in codes.iter().enumerate() {
        let answers = match share::decode(q, text) {
            Ok(answers) => answers,
            Err(error) => {
                let _ = writeln!(err, "silo-check: code {}: {error}", n + 1);
                code = PROBLEMS;
                continue;
            }
        };
        let r = report(q, &answers);
        let share_code = share::encode(q, &answers);
        if csv {
            let mut row = vec![share_code];
            for (p, a) in q.profile().iter().zip(answers.all_profile()) {
                row.push(
                    a.and_then(|o| p.options.get(o))
                        .map_or(String::new(), |o| o.id.to_string()),
                );
            }
            row.push(
                r.overall
                    .as_ref()
                    .map_or(String::new(), |o| o.score.to_string()),
            );
            row.push(
                r.overall
                    .as_ref()
                    .map_or(String::new(), |o| o.level.get().to_string()),
            );
            for d in &r.dimensions {
                row.push(d.score.map_or(String::new(), |s| s.to_string()));
                row.push(d.level.map_or(String::new(), |l| l.get().to_string()));
            }
            row.push(format!("{:?}", r.confidence.level).to_ascii_lowercase());
            row.push(
                r.model
                    .as_ref()
                    .map_or(String::new(), |m| m.best.model.to_string()),
            );
            let _ = write!(out, "{}", csv_row(&row));
        } else {
            let _ = write!(out, "{}", readable(q, &answers, &r, n + 1));
        }
    }
    code
}

/// The options and codes of a command line: `--name VALUE` pairs for the options in
/// `valued`, and everything else as codes. A help option or an unknown one ends it.
struct CommandLine {
    values: Vec<(&'static str, OsString)>,
    codes: Vec<String>,
}

enum Parsed {
    Line(CommandLine),
    Exit(u8),
}

fn parse_line(
    command: &str,
    args: &[OsString],
    valued: &[&'static str],
    out: &mut impl Write,
    err: &mut impl Write,
) -> Parsed {
    let mut line = CommandLine {
        values: Vec::new(),
        codes: Vec::new(),
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("--help" | "-h") => {
                let _ = write!(out, "{USAGE}");
                return Parsed::Exit(SUCCESS);
            }
            Some(option) if option.starts_with('-') && option != "-" => {
                let Some(name) = valued.iter().find(|v| **v == option) else {
                    let _ = writeln!(
                        err,
                        "silo-check: `{command}` has no option \"{option}\"; run `silo-check --help` to see how to use it."
                    );
                    return Parsed::Exit(TROUBLE);
                };
                let Some(value) = args.next() else {
                    let _ = writeln!(err, "silo-check: {option} needs a value.");
                    return Parsed::Exit(TROUBLE);
                };
                line.values.push((name, value.clone()));
            }
            _ => line.codes.push(arg.to_string_lossy().into_owned()),
        }
    }
    Parsed::Line(line)
}

impl CommandLine {
    /// The last value given for `name`.
    fn value(&self, name: &str) -> Option<&OsString> {
        self.values
            .iter()
            .rev()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v)
    }

    /// The last value given for `name`, as text.
    fn text(&self, name: &str) -> Option<String> {
        self.value(name).map(|v| v.to_string_lossy().into_owned())
    }
}

/// Reads and validates a questionnaire file (or the built-in questionnaire without one) in
/// the preferred language; its problems go to `err`.
fn load(
    file: Option<&OsString>,
    preferred: &[&str],
    err: &mut impl Write,
) -> Result<Questionnaire, u8> {
    let json = match file {
        None => assessment::BUILT_IN_JSON.to_string(),
        Some(path) => match fs::read_to_string(path) {
            Ok(text) => text,
            Err(error) => {
                let _ = writeln!(
                    err,
                    "silo-check: cannot read {}: {error}.",
                    Path::new(path).display()
                );
                return Err(TROUBLE);
            }
        },
    };
    Questionnaire::check_in(&json, preferred).map_err(|problems| {
        for problem in problems {
            let _ = writeln!(err, "silo-check: questionnaire: {problem}");
        }
        PROBLEMS
    })
}

/// The locale of the domain's own sentences for a questionnaire's texts.
fn locale_of(q: &Questionnaire) -> assessment::Locale {
    assessment::Locale::from_tag(q.language())
}

/// `silo-check report --since OLD_CODE NEW_CODE`: what changed between two results.
fn report_since(args: &[OsString], out: &mut impl Write, err: &mut impl Write) -> u8 {
    let valued = [
        "--since",
        "--since-questionnaire",
        "--questionnaire",
        "--language",
    ];
    let line = match parse_line("report --since", args, &valued, out, err) {
        Parsed::Line(line) => line,
        Parsed::Exit(code) => return code,
    };
    let [later_code] = line.codes.as_slice() else {
        let _ = writeln!(
            err,
            "silo-check: `report --since OLD_CODE` needs exactly one later code after it, as in `silo-check report --since OLD NEW`."
        );
        return TROUBLE;
    };
    let Some(earlier_code) = line.text("--since") else {
        return TROUBLE;
    };
    let wanted = line.text("--language");
    let preferred: Vec<&str> = wanted.iter().map(String::as_str).collect();
    let later_q = match load(line.value("--questionnaire"), &preferred, err) {
        Ok(q) => q,
        Err(code) => return code,
    };
    let earlier_q = match line.value("--since-questionnaire") {
        None => later_q.clone(),
        Some(file) => match load(Some(file), &preferred, err) {
            Ok(q) => q,
            Err(code) => return code,
        },
    };
    let later = match share::decode(&later_q, later_code) {
        Ok(answers) => answers,
        Err(error) => {
            let _ = writeln!(err, "silo-check: the later code: {error}");
            return PROBLEMS;
        }
    };
    let earlier = match share::decode(&earlier_q, &earlier_code) {
        Ok(answers) => answers,
        Err(error) => {
            let hint = match error {
                share::ShareError::OtherRevision { code_revision, .. } => format!(
                    " To compare it, give the file of revision {code_revision} with --since-questionnaire."
                ),
                _ => String::new(),
            };
            let _ = writeln!(err, "silo-check: the earlier code (--since): {error}{hint}");
            return PROBLEMS;
        }
    };
    match assessment::compare::compare_across(&earlier_q, &earlier, &later_q, &later) {
        Ok(comparison) => {
            let _ = write!(out, "{}", changes(&later_q, &comparison));
            SUCCESS
        }
        Err(error) => {
            let _ = writeln!(err, "silo-check: {error}");
            PROBLEMS
        }
    }
}

/// A score and level as the report prints them, or "no score".
fn score_text(w: &Words, score: Option<u8>, level: Option<assessment::Level>) -> String {
    match (score, level) {
        (Some(score), Some(level)) => format!("{score}/100 ({} {})", w.level, level.get()),
        _ => w.no_score.to_string(),
    }
}

/// A change in points, signed: "+25", "-5", "0", or "" without one.
fn signed(change: Option<i16>) -> String {
    match change {
        Some(n) if n > 0 => format!("+{n}"),
        Some(n) => n.to_string(),
        None => String::new(),
    }
}

/// The comparison as plain text, in the language of the questionnaire's texts.
fn changes(q: &Questionnaire, c: &assessment::compare::Comparison) -> String {
    use std::fmt::Write as _;
    let w = words(q);
    let mut s = String::new();
    let _ = writeln!(s, "{}", w.changes);
    let o = &c.overall;
    let _ = writeln!(
        s,
        "  {:<34} {} \u{2192} {}  {}",
        w.overall,
        score_text(w, o.earlier, o.earlier_level),
        score_text(w, o.later, o.later_level),
        signed(o.change)
    );
    let mut uneven = false;
    for d in &c.dimensions {
        let name = q.dimension(&d.dimension).map_or("", |d| d.name.as_str());
        let mark = if d.same_questions { "" } else { " *" };
        uneven |= !d.same_questions;
        let _ = writeln!(
            s,
            "  {name:<34} {} \u{2192} {}  {}{mark}",
            score_text(w, d.score.earlier, d.score.earlier_level),
            score_text(w, d.score.later, d.score.later_level),
            signed(d.score.change)
        );
    }
    if uneven {
        let _ = writeln!(s, "  * {}", w.uneven);
    }
    for (heading, ids) in [
        (w.new, &c.recommendations.new),
        (w.done, &c.recommendations.done),
        (w.open, &c.recommendations.open),
    ] {
        if ids.is_empty() {
            continue;
        }
        let _ = writeln!(s, "  {heading}");
        for rec in ids.iter().filter_map(|id| q.recommendation(id)) {
            let _ = writeln!(s, "    - {}", rec.title);
        }
    }
    if let Some(note) = c.revision_note(locale_of(q)) {
        let _ = writeln!(s, "  {note}");
    }
    printable(&s)
}

/// Today's date from the system clock (UTC).
fn today() -> assessment::Date {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400);
    let epoch = assessment::Date::new(1970, 1, 1).unwrap_or(assessment::Date::MIN);
    epoch.add_days(i64::try_from(days).unwrap_or(0))
}

/// `silo-check benchmark CODE...`: a benchmark file from many organisations' codes.
fn benchmark(args: &[OsString], out: &mut impl Write, err: &mut impl Write) -> u8 {
    use assessment::benchmark::{file_text, from_answers, About};
    let valued = ["--label", "--source", "--date", "-o", "--questionnaire"];
    let line = match parse_line("benchmark", args, &valued, out, err) {
        Parsed::Line(line) => line,
        Parsed::Exit(code) => return code,
    };
    let (Some(label), Some(source)) = (line.text("--label"), line.text("--source")) else {
        let _ = writeln!(
            err,
            "silo-check: `benchmark` needs --label (whose results these are, such as \"Acme's 2026 clients\") and --source (who collected them, and how)."
        );
        return TROUBLE;
    };
    if label.trim().is_empty() || source.trim().is_empty() {
        let _ = writeln!(err, "silo-check: --label and --source must not be empty.");
        return TROUBLE;
    }
    let date = match line.text("--date") {
        None => today(),
        Some(text) => match assessment::Date::parse(&text) {
            Some(date) => date,
            None => {
                let _ = writeln!(
                    err,
                    "silo-check: --date needs a date written as YYYY-MM-DD, not \"{text}\"."
                );
                return TROUBLE;
            }
        },
    };
    if line.codes.is_empty() {
        let _ = writeln!(
            err,
            "silo-check: `benchmark` needs share codes or links, at least 5 of them."
        );
        return TROUBLE;
    }
    let q = match load(line.value("--questionnaire"), &[], err) {
        Ok(q) => q,
        Err(code) => return code,
    };
    let locale = locale_of(&q);
    let input = assessment::read_entries(&q, &line.codes.join("\n"));
    let mut code = SUCCESS;
    for (entry, why) in input.rejected() {
        let _ = writeln!(
            err,
            "silo-check: left out \"{}\": {}",
            printable(&entry.text),
            why.message(assessment::Locale::En)
        );
        code = PROBLEMS;
    }
    let about = About {
        label,
        source,
        date,
    };
    let written = match from_answers(&q, input.answers(), about) {
        Ok(written) => written,
        Err(error) => {
            let _ = writeln!(err, "silo-check: {}", error.message(locale));
            return PROBLEMS;
        }
    };
    for (dimension, n) in &written.left_out {
        let _ = writeln!(
            err,
            "silo-check: dimension \"{dimension}\" is left out: only {n} of the organisations scored it, and a figure needs at least {}.",
            assessment::benchmark::MIN_RESPONDENTS
        );
    }
    let mut text = file_text(&written.benchmark, &q);
    text.push('\n');
    match line.value("-o") {
        None => {
            let _ = write!(out, "{}", printable(&text));
        }
        Some(file) => {
            if let Err(error) = fs::write(file, &text) {
                let _ = writeln!(
                    err,
                    "silo-check: cannot write {}: {error}.",
                    Path::new(file).display()
                );
                return TROUBLE;
            }
        }
    }
    code
}

/// The CSV columns: code, profile answers, overall, each dimension's score and level,
/// confidence and organisational model.
fn csv_header(q: &Questionnaire) -> Vec<String> {
    let mut header = vec!["code".to_string()];
    header.extend(q.profile().iter().map(|p| p.id.to_string()));
    header.push("overall_score".into());
    header.push("overall_level".into());
    for d in q.dimensions() {
        header.push(format!("{}_score", d.id));
        header.push(format!("{}_level", d.id));
    }
    header.push("confidence".into());
    header.push("model".into());
    header
}

/// The words of a plain-text report around the questionnaire's own texts, in one language.
struct Words {
    respondent: &'static str,
    overall: &'static str,
    level: &'static str,
    no_score: &'static str,
    nothing_answered: &'static str,
    held_back: fn(level: u8, by: &str) -> String,
    confidence: fn(&Confidence) -> String,
    model: fn(name: &str, percent: u8) -> String,
    start_here: &'static str,
    also: &'static str,
    within: fn(days: u8) -> String,
    changes: &'static str,
    uneven: &'static str,
    new: &'static str,
    done: &'static str,
    open: &'static str,
}

const ENGLISH: Words = Words {
    respondent: "Respondent",
    overall: "Overall",
    level: "level",
    no_score: "no score",
    nothing_answered: "no question answered",
    held_back: |level, by| format!("held back from level {level} by {by}"),
    confidence: |c| {
        let not_applicable = if c.not_applicable > 0 {
            format!(", {} not applicable", c.not_applicable)
        } else {
            String::new()
        };
        format!(
            "Confidence: {:?} ({} of {} answered, {} not sure{not_applicable})",
            c.level, c.answered, c.questions, c.not_sure
        )
    },
    model: |name, percent| format!("Organisational model: {name} ({percent}% of its signs)"),
    start_here: "Start here:",
    also: "Also:",
    within: |days| format!("within {days} days"),
    changes: "Changes since the earlier result",
    uneven: "\"Not sure\", \"does not apply\" or a skipped question changed which questions this score rests on.",
    new: "New recommendations:",
    done: "Done (no longer recommended):",
    open: "Still open:",
};

const GERMAN: Words = Words {
    respondent: "Befragte Person",
    overall: "Gesamt",
    level: "Stufe",
    no_score: "kein Wert",
    nothing_answered: "keine Frage beantwortet",
    held_back: |level, by| format!("gebremst durch {by}, sonst Stufe {level}"),
    confidence: |c| {
        let level = match c.level {
            ConfidenceLevel::High => "hoch",
            ConfidenceLevel::Medium => "mittel",
            ConfidenceLevel::Low => "niedrig",
        };
        let not_applicable = if c.not_applicable > 0 {
            format!(
                ", {} \u{d7} \u{201e}Trifft nicht zu\u{201c}",
                c.not_applicable
            )
        } else {
            String::new()
        };
        format!(
            "Aussagekraft: {level} ({} von {} beantwortet, {} \u{d7} \u{201e}Weiß nicht\u{201c}{not_applicable})",
            c.answered, c.questions, c.not_sure
        )
    },
    model: |name, percent| {
        format!("Organisationsmodell: {name} ({percent}\u{a0}% seiner Merkmale)")
    },
    start_here: "Beginnen Sie hier:",
    also: "Außerdem:",
    within: |days| format!("innerhalb von {days} Tagen"),
    changes: "Veränderungen seit dem früheren Ergebnis",
    uneven: "\u{201e}Weiß nicht\u{201c}, \u{201e}Trifft nicht zu\u{201c} oder eine übersprungene Frage haben verändert, auf welchen Fragen dieser Wert beruht.",
    new: "Neue Empfehlungen:",
    done: "Erledigt (nicht mehr empfohlen):",
    open: "Weiterhin offen:",
};

/// The report's own words for the language the questionnaire's texts are in: German for
/// German texts, English otherwise.
fn words(q: &Questionnaire) -> &'static Words {
    if language::primary(q.language()).eq_ignore_ascii_case("de") {
        &GERMAN
    } else {
        &ENGLISH
    }
}

/// A plain-text report of one respondent, in the language of the questionnaire's texts.
fn readable(
    q: &Questionnaire,
    answers: &assessment::Answers,
    r: &assessment::Report,
    n: usize,
) -> String {
    use std::fmt::Write as _;
    let w = words(q);
    let mut s = String::new();
    let _ = writeln!(s, "{} {n}", w.respondent);
    for (p, a) in q.profile().iter().zip(answers.all_profile()) {
        if let Some(option) = a.and_then(|o| p.options.get(o)) {
            let _ = writeln!(s, "  {}: {}", p.prompt, option.label);
        }
    }
    match &r.overall {
        Some(o) => {
            let _ = writeln!(
                s,
                "  {}: {}/100, {} {} ({})",
                w.overall,
                o.score,
                w.level,
                o.level.get(),
                q.scale_level(o.level).name
            );
            if o.is_capped() {
                let names: Vec<&str> = o
                    .capped_by
                    .iter()
                    .filter_map(|d| q.dimension(d).map(|d| d.name.as_str()))
                    .collect();
                let _ = writeln!(
                    s,
                    "  ({})",
                    (w.held_back)(o.uncapped_level.get(), &names.join(", "))
                );
            }
        }
        None => {
            let _ = writeln!(
                s,
                "  {}: {} ({})",
                w.overall, w.no_score, w.nothing_answered
            );
        }
    }
    for d in &r.dimensions {
        let name = q.dimension(&d.dimension).map_or("", |d| d.name.as_str());
        let value = match (d.score, d.level) {
            (Some(score), Some(level)) => {
                format!(
                    "{score:>3}/100  {} {} ({})",
                    w.level,
                    level.get(),
                    q.scale_level(level).name
                )
            }
            _ => w.no_score.to_string(),
        };
        let _ = writeln!(s, "  {name:<34} {value}");
    }
    let _ = writeln!(s, "  {}", (w.confidence)(&r.confidence));
    if let Some(m) = &r.model {
        let name = q.model(&m.best.model).map_or("", |m| m.name.as_str());
        let _ = writeln!(s, "  {}", (w.model)(name, m.best.percent));
    }
    if !r.start_here.is_empty() {
        let _ = writeln!(s, "  {}", w.start_here);
        for id in &r.start_here {
            if let Some(rec) = q.recommendation(id) {
                let _ = writeln!(
                    s,
                    "    - {} ({})",
                    rec.title,
                    (w.within)(rec.horizon.days())
                );
            }
        }
    }
    let alongside: Vec<&assessment::Recommendation> = r
        .dimensions
        .iter()
        .flat_map(|d| &d.alongside)
        .filter_map(|id| q.recommendation(id))
        .collect();
    if !alongside.is_empty() {
        let _ = writeln!(s, "  {}", w.also);
        for rec in alongside {
            let _ = writeln!(
                s,
                "    - {} ({})",
                rec.title,
                (w.within)(rec.horizon.days())
            );
        }
    }
    let _ = writeln!(s);
    printable(&s)
}

/// `text` with every control character except the line break made harmless, so that the
/// texts of a questionnaire file from someone else cannot send escape sequences to the
/// terminal (moving the cursor, rewriting lines, changing the window title).
fn printable(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\n' => '\n',
            '\t' => ' ',
            c if c.is_control() => '\u{fffd}',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questionnaire_texts_cannot_reach_the_terminal_as_escape_sequences() {
        let json = include_str!("../../assessment/tests/fixtures/minimal.json").replace(
            "\"Marketing\"",
            "\"Market\\u001b]0;owned\\u0007ing\\u001b[2J\\u009b1m\"",
        );
        let q = Questionnaire::parse(&json).unwrap();
        let mut answers = assessment::Answers::new(&q);
        answers.set_profile_checked(&q, 0, Some(0));
        let text = readable(&q, &answers, &report(&q, &answers), 1);
        assert!(
            text.contains("Market\u{fffd}]0;owned\u{fffd}ing\u{fffd}[2J\u{fffd}1m"),
            "{text}"
        );
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{text:?}"
        );
    }
}
