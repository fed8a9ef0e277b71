//! `silo-check`, the command-line companion for consultants.
//!
//! Each command is a function from its arguments to an exit code, writing to the given
//! output and error streams; `run` picks one by the first argument. To add a command, add
//! an arm to the `match` in `run`, a function beside `validate`, and a line to `USAGE`.

use assessment::Questionnaire;
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
  silo-check --help             Show this help.
  silo-check --version          Show the version.

`validate` prints \"FILE: OK (N dimensions, M questions)\" for a valid file, and otherwise
one line for each problem: \"FILE: PATH: what is wrong and what to do\". PATH says where
in the file the problem is: $ is the whole file, and $.questions[3].options[2] is the
third option of the fourth question (lists count from 0).

Exit status: 0 if every file is valid, 1 if any file has problems, 2 if the command line
is wrong or a file cannot be read.
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
        match Questionnaire::parse(&json) {
            Ok(questionnaire) => {
                let dimensions = questionnaire.dimensions().len();
                let questions = questionnaire.questions().len();
                let _ = writeln!(
                    out,
                    "{name}: OK ({}, {})",
                    count(dimensions, "dimension", "dimensions"),
                    count(questions, "question", "questions")
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

/// "1 question" or "23 questions".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
