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
        Value::String(text) => format!("the text {}", quoted(text)),
        Value::Array(_) => "a list".to_owned(),
        Value::Object(_) => "a group of fields".to_owned(),
    }
}

/// A text from the file as a message quotes it: in double quotes, cut to fit, with every
/// character a reader cannot see or may take for another (a zero-width space, a
/// right-to-left override, a Cyrillic "е" among Latin letters) written as `[U+200B]` and
/// named after the quotes: `"own[U+200B]ership" (U+200B is a zero-width space)`.
pub(super) fn quoted(text: &str) -> String {
    const KEEP: usize = 40;
    let cut: String = text.chars().take(KEEP).collect();
    let (mut shown, notes) = crate::text::visible(&cut);
    if text.chars().nth(KEEP).is_some() {
        shown.push('…');
    }
    if notes.is_empty() {
        format!("\"{shown}\"")
    } else {
        format!("\"{shown}\" ({})", Locale::En.and_list(&notes))
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unseen_and_look_alike_characters_are_escaped_and_named() {
        assert_eq!(quoted("ownership"), "\"ownership\"");
        assert_eq!(
            quoted("own\u{200B}ership"),
            "\"own[U+200B]ership\" (U+200B is a zero-width space)"
        );
        assert_eq!(
            quoted("a\u{202E}b\u{202E}c\u{FEFF}"),
            "\"a[U+202E]b[U+202E]c[U+FEFF]\" (U+202E is a right-to-left override and U+FEFF is a zero-width no-break space (byte order mark))"
        );
        // A Cyrillic "е" among Latin letters; a text all in Cyrillic is left as it is.
        assert_eq!(
            quoted("own\u{0435}rship"),
            "\"own[U+0435]rship\" (U+0435 is a Cyrillic letter)"
        );
        assert_eq!(quoted("Владелец"), "\"Владелец\"");
        assert_eq!(quoted("Qualität"), "\"Qualität\"");
        assert_eq!(quoted("a\tb"), "\"a[U+0009]b\" (U+0009 is a tab)");
        assert_eq!(
            describe(&Value::String("x\u{00A0}".into())),
            "the text \"x[U+00A0]\" (U+00A0 is a no-break space)"
        );
    }
}
