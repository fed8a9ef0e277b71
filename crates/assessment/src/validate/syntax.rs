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

/// The syntax sentence of `Questionnaire::parse_in`: the reader's error in words, with its
/// line and column, without looking at the text (the widget's, which stays small).
pub(super) fn plain_message(error: json::Error) -> String {
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

/// Explains a JSON syntax error in plain words, with its line and column. `text` is the
/// file the error was found in: what stands at the error's place names the usual mistakes
/// of a person writing JSON by hand (a comment, a doubled or trailing comma, curly quotes).
pub(super) fn syntax_message(text: &str, error: json::Error) -> String {
    let json::Error { kind, line, column } = error;
    if let Some(what) = hand_written_mistake(text, kind, line, column) {
        return format!("This is not valid JSON at line {line}, column {column}: {what}.");
    }
    let what = match kind {
        ErrorKind::TooDeep => return depth_message(line, column),
        ErrorKind::TrailingComma => {
            "there is a comma before a closing bracket (after the last item, JSON has no comma)"
        }
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
        ErrorKind::ExpectedListCommaOrEnd | ErrorKind::ExpectedObjectCommaOrEnd => {
            "a comma is missing between two items, or a bracket is not closed"
        }
        ErrorKind::ExpectedColon => "a colon (:) is missing after a field name",
        ErrorKind::ExpectedIdent
        | ErrorKind::InvalidEscape
        | ErrorKind::InvalidNumber
        | ErrorKind::LoneSurrogate => return syntax_sentence(&kind.to_string(), line, column),
    };
    syntax_sentence(what, line, column)
}

/// The mistake a person writing by hand most likely made at `line` and `column`, judged
/// from the characters there.
fn hand_written_mistake(
    text: &str,
    kind: ErrorKind,
    line: usize,
    column: usize,
) -> Option<&'static str> {
    let here: String = text
        .lines()
        .nth(line.checked_sub(1)?)?
        .chars()
        .skip(column.checked_sub(1)?)
        .take(2)
        .collect();
    let mut chars = here.chars();
    let first = chars.next()?;
    let second = chars.next();
    match (first, second) {
        ('/', Some('/' | '*')) | ('#', _) => Some(
            "there is a comment, which JSON does not allow; remove it, or move what it says into a text",
        ),
        ('\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{2018}' | '\u{2019}' | '\u{00ab}' | '\u{00bb}', _) => Some(
            "there is a curly or typographic quotation mark where JSON needs a straight double quote (\"); a word processor may have replaced it",
        ),
        ('\'', _) => Some("a text is in single quotes; JSON needs double quotes (\")"),
        (',', _) if matches!(kind, ErrorKind::ExpectedValue | ErrorKind::KeyMustBeString) => {
            Some("there are two commas in a row; remove one of them")
        }
        ('\u{2026}', _) => Some(
            "there is a placeholder (…) where a value belongs; write the value in its place",
        ),
        _ => None,
    }
}
fn syntax_sentence(what: &str, line: usize, column: usize) -> String {
    format!(
        "This is not valid JSON: {what} at line {line}, column {column}; check the commas, quotes and brackets just before that place."
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expect: &str) {
        let error = json::parse(text).err().unwrap();
        let message = syntax_message(text, error);
        assert_eq!(message, expect, "{text}");
    }

    #[test]
    fn hand_written_mistakes_are_named_with_their_place() {
        check(
            "{\n  // the title\n  \"id\": \"x\"\n}",
            "This is not valid JSON at line 2, column 3: there is a comment, which JSON does not allow; remove it, or move what it says into a text.",
        );
        check(
            "{\"id\": \"x\", /* note */ \"revision\": 1}",
            "This is not valid JSON at line 1, column 13: there is a comment, which JSON does not allow; remove it, or move what it says into a text.",
        );
        check(
            "{\"levels\": [1,, 2]}",
            "This is not valid JSON at line 1, column 15: there are two commas in a row; remove one of them.",
        );
        check(
            "{\"id\": \"x\",, \"revision\": 1}",
            "This is not valid JSON at line 1, column 12: there are two commas in a row; remove one of them.",
        );
        check(
            "{\"title\": \u{201c}Hello\u{201d}}",
            "This is not valid JSON at line 1, column 11: there is a curly or typographic quotation mark where JSON needs a straight double quote (\"); a word processor may have replaced it.",
        );
        check(
            "{\"title\": \u{2026}}",
            "This is not valid JSON at line 1, column 11: there is a placeholder (…) where a value belongs; write the value in its place.",
        );
        check(
            "{\"levels\": [1, 2,]}",
            "This is not valid JSON: there is a comma before a closing bracket (after the last item, JSON has no comma) at line 1, column 18; check the commas, quotes and brackets just before that place.",
        );
        check(
            "{\n  \"format\": 1\n  \"id\": \"x\"\n}",
            "This is not valid JSON: a comma is missing between two items, or a bracket is not closed at line 3, column 3; check the commas, quotes and brackets just before that place.",
        );
    }
}
