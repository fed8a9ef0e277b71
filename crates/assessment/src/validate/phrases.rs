//! Pieces of the sentences in problem messages: values as a message names them, texts cut
//! to fit, lists of names, counts and numbers with thousands separators.

use crate::text::Locale;
use json_positions::Value;

/// A value as a message names it, such as `the text "abc"` or `a list`.
pub(super) fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null (no value)".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Integer(n) => n.to_string(),
        Value::Number(number) => number.clone(),
        Value::String(text) => format!("the text \"{}\"", shorten(text)),
        Value::Array(_) => "a list".to_owned(),
        Value::Object(_) => "a group of fields".to_owned(),
    }
}

/// A text cut to a length that fits in a message.
pub(super) fn shorten(text: &str) -> String {
    const KEEP: usize = 40;
    let mut short: String = text
        .chars()
        .take(KEEP)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if text.chars().nth(KEEP).is_some() {
        short.push('…');
    }
    short
}

/// Names in a sentence: "a", "a and b", "a, b and c" (validation speaks English).
pub(super) fn and_list(names: &[&str]) -> String {
    Locale::En.and_list(names)
}

/// "level 4" or "levels 1, 2 and 3".
pub(super) fn levels_phrase(levels: &[u8]) -> String {
    let numbers: Vec<String> = levels.iter().map(u8::to_string).collect();
    let numbers: Vec<&str> = numbers.iter().map(String::as_str).collect();
    let word = if levels.len() == 1 { "level" } else { "levels" };
    format!("{word} {}", and_list(&numbers))
}

/// "1 level" or "4 levels".
pub(super) fn count(n: usize, one: &str, many: &str) -> String {
    Locale::En.count(n, one, many)
}

/// "is 1 option" or "are 3 options".
pub(super) fn is_are(n: usize, one: &str, many: &str) -> String {
    let verb = if n == 1 { "is" } else { "are" };
    format!("{verb} {}", count(n, one, many))
}

/// A count with thousands separators, as in "2,000".
pub(super) fn thousands(n: usize) -> String {
    Locale::En.number(n)
}

/// A bound with thousands separators; bounds are never negative.
pub(super) fn thousands_i(n: i128) -> String {
    usize::try_from(n).map_or_else(|_| n.to_string(), thousands)
}
