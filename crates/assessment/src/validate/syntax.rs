//! The checks before the walk: the nesting depth, scanned in the raw text before any parser
//! sees it, and JSON syntax errors explained in plain words with their line and column.

use super::MAX_DEPTH;
use json_positions::{self as json, ErrorKind};

/// The line and column of the first bracket that opens a level deeper than `MAX_DEPTH`.
pub(super) fn too_deep(text: &str) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    let mut in_text = false;
    let mut escaped = false;
    let mut line = 1;
    let mut line_start = 0;
    for (index, byte) in text.bytes().enumerate() {
        if byte == b'\n' {
            line += 1;
            line_start = index + 1;
        }
        if in_text {
            if escaped {
                escaped = false;
            } else if byte == b'\\' {
                escaped = true;
            } else if byte == b'"' {
                in_text = false;
            }
            continue;
        }
        match byte {
            b'"' => in_text = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    let column = text.get(line_start..index).map_or(0, |s| s.chars().count()) + 1;
                    return Some((line, column));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

pub(super) fn depth_message(line: usize, column: usize) -> String {
    format!(
        "This file nests lists and groups more than {MAX_DEPTH} levels deep (at line {line}, column {column}); a questionnaire needs at most six, so remove the extra brackets."
    )
}

/// Explains a JSON syntax error in plain words, with its line and column.
pub(super) fn syntax_message(error: json::Error) -> String {
    let json::Error { kind, line, column } = error;
    let what = match kind {
        ErrorKind::TooDeep => return depth_message(line, column),
        ErrorKind::TrailingComma => "there is a comma before a closing bracket",
        ErrorKind::KeyMustBeString => "a field name is not in double quotes",
        ErrorKind::ExpectedValue => "a value is missing here, or a text is not in double quotes",
        ErrorKind::TrailingCharacters => "something follows the end of the questionnaire",
        ErrorKind::EndInList
        | ErrorKind::EndInObject
        | ErrorKind::EndInString
        | ErrorKind::EndInValue => "the file ends before every bracket and quote is closed",
        ErrorKind::ControlCharacter => {
            "a text contains a line break or tab (write \\n for a line break)"
        }
        ErrorKind::ExpectedColon
        | ErrorKind::ExpectedListCommaOrEnd
        | ErrorKind::ExpectedObjectCommaOrEnd
        | ErrorKind::ExpectedIdent
        | ErrorKind::InvalidEscape
        | ErrorKind::InvalidNumber
        | ErrorKind::LoneSurrogate => return syntax_sentence(&kind.to_string(), line, column),
    };
    syntax_sentence(what, line, column)
}

fn syntax_sentence(what: &str, line: usize, column: usize) -> String {
    format!(
        "This is not valid JSON: {what} at line {line}, column {column}; check the commas, quotes and brackets just before that place."
    )
}
