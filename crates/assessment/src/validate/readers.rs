//! The readers of one value each: objects and their fields, required fields, lists and
//! their items, whole numbers, levels and booleans. Each reports what is wrong with its
//! value and returns `None` in that case.

use super::path::{Obj, Path};
use super::phrases::{and_list, count, describe, is_are, quoted, thousands, thousands_i};
use super::suggest::suggest;
use super::Problems;
use crate::questionnaire::{Level, LEVELS};
use json_positions::Value;
use std::collections::HashSet;

impl Problems {
    /// Reports `value` unless it is an object, and every field of it that is unknown or
    /// repeated.
    pub(super) fn object<'a>(
        &mut self,
        value: &'a Value,
        path: &Path,
        allowed: &[&str],
    ) -> Option<Obj<'a>> {
        let Value::Object(fields) = value else {
            self.wrong_type(path, value, "a group of fields in curly braces { … }");
            return None;
        };
        let mut seen = HashSet::new();
        for (position, (name, _)) in fields.iter().enumerate() {
            if !allowed.contains(&name.as_str()) {
                if self.full() {
                    continue;
                }
                let message = match suggest(name, allowed.iter().copied()) {
                    Some(near) => format!(
                        "There is no field {} in the format here; did you mean \"{near}\"?",
                        quoted(name)
                    ),
                    None => format!(
                        "There is no field {} in the format here; remove it (the fields here are {}).",
                        quoted(name),
                        and_list(allowed)
                    ),
                };
                self.report(&path.field(name, position), message);
            } else if !seen.insert(name.as_str()) {
                let message =
                    format!("The field \"{name}\" appears twice here; keep only one of them.");
                self.report(&path.field(name, position), message);
            }
        }
        Some(Obj {
            path: path.clone(),
            fields,
        })
    }

    pub(super) fn required<'a>(&mut self, obj: &Obj<'a>, name: &str) -> Option<(Path, &'a Value)> {
        let found = obj.get(name);
        if found.is_none() {
            let hint = match hint(name) {
                TEXT_HINT if self.multilingual() => {
                    format!("a text for each language, as in {}", self.example())
                }
                hint => hint.to_owned(),
            };
            let message = format!("The required field \"{name}\" is missing; add it ({hint}).");
            self.report(&obj.path, message);
        }
        found
    }

    /// Reads every item of a list, going on after a bad one so that all are checked.
    pub(super) fn each<T>(
        &mut self,
        path: &Path,
        items: &[Value],
        mut read: impl FnMut(&mut Problems, usize, &Path, &Value) -> Option<T>,
    ) -> Option<Vec<T>> {
        let mut all = Some(Vec::with_capacity(items.len()));
        for (index, item) in items.iter().enumerate() {
            let read = read(self, index, &path.item(index), item);
            match (&mut all, read) {
                (Some(all), Some(read)) => all.push(read),
                _ => all = None,
            }
        }
        all
    }

    pub(super) fn list<'a>(
        &mut self,
        path: &Path,
        value: &'a Value,
        one: &str,
        many: &str,
        min: usize,
        max: usize,
    ) -> Option<&'a [Value]> {
        let Value::Array(items) = value else {
            self.wrong_type(path, value, "a list in square brackets [ … ]");
            return None;
        };
        let n = items.len();
        if n < min {
            let message = if n == 0 {
                format!(
                    "There are no {many} here; add at least {}.",
                    count(min, one, many)
                )
            } else {
                format!(
                    "There {} here, but at least {min} are needed; add more.",
                    is_are(n, one, many)
                )
            };
            self.report(path, message);
        } else if n > max {
            let message = format!(
                "There are {} {many} here, but at most {} are allowed; remove some.",
                thousands(n),
                thousands(max)
            );
            self.report(path, message);
        }
        Some(items)
    }

    pub(super) fn opt_bool(&mut self, obj: &Obj<'_>, name: &str) -> Option<Option<bool>> {
        match obj.get(name) {
            None => Some(None),
            Some((_, Value::Bool(b))) => Some(Some(*b)),
            Some((path, value)) => {
                self.wrong_type(&path, value, "true or false");
                None
            }
        }
    }

    pub(super) fn whole(
        &mut self,
        path: &Path,
        value: &Value,
        min: i128,
        max: i128,
    ) -> Option<i128> {
        match value {
            Value::Integer(n) if (min..=max).contains(n) => Some(*n),
            Value::Integer(n) => {
                let message = format!(
                    "This must be a whole number from {} to {}, but it is {n}; change it.",
                    thousands_i(min),
                    thousands_i(max)
                );
                self.report(path, message);
                None
            }
            Value::Number(text) if whole_number(text).is_some() => {
                let shown: String = text.chars().take(40).collect();
                let shown = if shown.len() < text.len() {
                    format!("{shown}…")
                } else {
                    shown
                };
                let message = match whole_number(text) {
                    Some(Some(n)) if (min..=max).contains(&n) => format!(
                        "This must be a whole number from {} to {} written in digits alone, but it is {shown}; write {n}.",
                        thousands_i(min),
                        thousands_i(max)
                    ),
                    _ => format!(
                        "This must be a whole number from {} to {}, but it is {shown}, which is out of that range; change it.",
                        thousands_i(min),
                        thousands_i(max)
                    ),
                };
                self.report(path, message);
                None
            }
            Value::String(text) if text.trim().parse::<i128>().is_ok() => {
                let message = format!(
                    "This must be a whole number from {} to {}, but it is the text {}; remove the quotes.",
                    thousands_i(min),
                    thousands_i(max),
                    quoted(text)
                );
                self.report(path, message);
                None
            }
            _ => {
                let expected = format!(
                    "a whole number from {} to {}",
                    thousands_i(min),
                    thousands_i(max)
                );
                self.wrong_type(path, value, &expected);
                None
            }
        }
    }

    pub(super) fn req_whole(
        &mut self,
        obj: &Obj<'_>,
        name: &str,
        min: i128,
        max: i128,
    ) -> Option<i128> {
        let (path, value) = self.required(obj, name)?;
        self.whole(&path, value, min, max)
    }

    pub(super) fn level(&mut self, path: &Path, value: &Value) -> Option<Level> {
        let n = self.whole(path, value, 1, i128::from(LEVELS))?;
        Level::new(u8::try_from(n).ok()?)
    }

    pub(super) fn req_level(&mut self, obj: &Obj<'_>, name: &str) -> Option<Level> {
        let (path, value) = self.required(obj, name)?;
        self.level(&path, value)
    }

    pub(super) fn wrong_type(&mut self, path: &Path, value: &Value, expected: &str) {
        let message = format!(
            "This must be {expected}, but it is {}; change it.",
            describe(value)
        );
        self.report(path, message);
    }
}

/// A JSON number written with a fraction or an exponent (`2.0`, `1e2`, `-0`, `1e400`),
/// if it is a whole number: `Some(Some(n))`, or `Some(None)` when it is beyond `i128`, as
/// `1e400` is (found from its digits, so no float parser is needed); `None` for a number
/// with a fraction (`2.5`) or one that is not a number.
fn whole_number(text: &str) -> Option<Option<i128>> {
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exponent) = rest.split_once(['e', 'E']).unwrap_or((rest, "0"));
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let (sign, exponent) = match exponent.strip_prefix('-') {
        Some(digits) => (-1, digits),
        None => (1, exponent.trim_start_matches('+')),
    };
    if [whole, fraction, exponent]
        .iter()
        .any(|part| !part.bytes().all(|b| b.is_ascii_digit()))
        || whole.is_empty()
        || exponent.is_empty()
    {
        return None;
    }
    // Saturates far beyond any number's length, so any number of digits is safe.
    let exponent = exponent.bytes().fold(0i64, |n, digit| {
        (n * 10 + i64::from(digit - b'0')).min(1_000_000)
    }) * sign;
    let digits: String = whole.chars().chain(fraction.chars()).collect();
    let digits = digits.trim_start_matches('0');
    let significant = digits.trim_end_matches('0');
    if significant.is_empty() {
        return Some(Some(0));
    }
    // The number is SIGNIFICANT × 10^scale.
    let zeros = (digits.len() - significant.len()) as i64;
    let scale = exponent - fraction.len() as i64 + zeros;
    if scale < 0 {
        return None;
    }
    if significant.len() as i64 + scale > 38 {
        return Some(None);
    }
    let mut n: i128 = 0;
    for digit in significant.bytes() {
        n = n * 10 + i128::from(digit - b'0');
    }
    for _ in 0..scale {
        n *= 10;
    }
    Some(Some(if negative { -n } else { n }))
}

/// What a missing text field should hold, in a file of one language.
const TEXT_HINT: &str = "a text in double quotes";

/// What a missing field should hold, for the message that asks to add it.
fn hint(name: &str) -> &'static str {
    match name {
        "id" => "an id of lowercase letters a-z, digits, \"-\" and \"_\"",
        "revision" => "a whole number from 1 to 65,535",
        "language" => "a language tag such as \"en\"",
        "estimated_minutes" => "a whole number from 1 to 120",
        "scale" => "a list of five levels",
        "dimensions" | "questions" | "options" | "rules" => "a list in square brackets [ … ]",
        "profile" | "recommendations" | "models" | "sources" => {
            "a list in square brackets [ … ], which may be empty"
        }
        "methodology" => "a group of fields with \"text\" and \"sources\"",
        "level" | "min" | "max" => "a level from 1 to 5",
        "min_score" => "a whole number from 0 to 100",
        "weight" => "a whole number from 1 to 100",
        "dimension" => "the id of a dimension",
        "kind" => "department, role, company_size, organisation or other",
        "levels" => "a list of levels from 1 to 5, such as [1, 2]",
        "horizon" => "30, 60 or 90",
        "date" => "a date written as YYYY-MM-DD",
        "overall" => "a figure with \"organisations\" and \"quartiles\" or \"distribution\"",
        "organisations" => "a whole number of at least 5",
        _ => TEXT_HINT,
    }
}
