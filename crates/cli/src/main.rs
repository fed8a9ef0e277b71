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
        Some("report") => report_codes(rest, out, err),
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
