//! Ids: their form, repeats within one list, and references to the ids of another section,
//! with a well-formed or a near id to suggest when one is wrong.

use super::path::{Obj, Path};
use super::phrases::{quoted, thousands};
use super::suggest::suggest;
use super::{Problems, MAX_ID};
use crate::text::unclear;
use json_positions::Value;
use std::collections::{BTreeSet, HashMap};

/// The ids seen so far in one list, to report repeats.
pub(super) struct Ids {
    /// Names the earlier holder in a message, such as "another dimension".
    another: &'static str,
    /// Names one holder in a message, such as "dimension".
    each: &'static str,
    seen: HashMap<String, String>,
}

impl Ids {
    pub(super) fn new(another: &'static str, each: &'static str) -> Ids {
        Ids {
            another,
            each,
            seen: HashMap::new(),
        }
    }
}

impl Problems {
    pub(super) fn id(&mut self, path: &Path, value: &Value) -> Option<String> {
        let Value::String(id) = value else {
            self.wrong_type(path, value, "an id in double quotes, such as \"ownership\"");
            return None;
        };
        let length = id.chars().count();
        let message = if length > MAX_ID {
            format!(
                "This id is {} characters long, but ids may be at most 64; shorten it.",
                thousands(length)
            )
        } else if id.is_empty() {
            "This id is empty; write an id of lowercase letters a-z, digits, \"-\" and \"_\"."
                .to_owned()
        } else if !valid_id(id) {
            let example = slug(id);
            let advice = if example.is_empty() {
                "change it".to_owned()
            } else {
                format!("write for example \"{example}\" instead")
            };
            format!(
                "An id may only use lowercase letters a-z, digits, \"-\" and \"_\", but this one is {}; {advice}.",
                quoted(id)
            )
        } else {
            return Some(id.clone());
        };
        self.report(path, message);
        None
    }

    pub(super) fn req_id(&mut self, obj: &Obj<'_>, name: &str) -> Option<String> {
        let (path, value) = self.required(obj, name)?;
        self.id(&path, value)
    }

    /// The "id" field of an item, which must differ from those of the items before it.
    pub(super) fn unique_id(&mut self, obj: &Obj<'_>, ids: &mut Ids) -> Option<String> {
        let (path, value) = self.required(obj, "id")?;
        let id = self.id(&path, value)?;
        if let Some(first) = ids.seen.get(&id) {
            let message = format!(
                "The id \"{id}\" is already used by {} ({first}); give each {} its own id.",
                ids.another, ids.each
            );
            self.report(&path, message);
            return None;
        }
        ids.seen.insert(id.clone(), path.text);
        Some(id)
    }

    /// A required id field that must name one of `known`, when those are known.
    pub(super) fn reference(
        &mut self,
        obj: &Obj<'_>,
        name: &str,
        known: Option<&BTreeSet<String>>,
        what: &str,
        list: &str,
    ) -> Option<String> {
        let (path, value) = self.required(obj, name)?;
        let id = self.id(&path, value)?;
        if let Some(known) = known {
            if !known.contains(&id) {
                self.missing(&path, &id, known, what, list);
                return None;
            }
        }
        Some(id)
    }

    pub(super) fn missing(
        &mut self,
        path: &Path,
        id: &str,
        known: &BTreeSet<String>,
        what: &str,
        list: &str,
    ) {
        if self.full() {
            return;
        }
        let message = match suggest(id, known.iter().map(String::as_str)) {
            Some(near) => {
                format!("There is no {what} with the id \"{id}\"; did you mean \"{near}\"?")
            }
            None => {
                format!("There is no {what} with the id \"{id}\"; use the id of one of {list}.")
            }
        };
        self.report(path, message);
    }
}

pub(super) fn valid_id(id: &str) -> bool {
    (1..=MAX_ID).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// The Latin letter a Cyrillic or Greek one passes for, as in "ownеrship" with a Cyrillic
/// "е", so the suggested id is the one the author meant.
fn latin_look_alike(c: char) -> Option<char> {
    let latin = match c {
        'а' | 'А' | 'α' | 'Α' => 'a',
        'В' | 'β' | 'Β' => 'b',
        'с' | 'С' | 'ϲ' => 'c',
        'ԁ' => 'd',
        'е' | 'Е' | 'ε' | 'Ε' => 'e',
        'һ' | 'Н' | 'Η' => 'h',
        'і' | 'І' | 'ι' | 'Ι' => 'i',
        'ј' | 'Ј' => 'j',
        'К' | 'κ' | 'Κ' => 'k',
        'ӏ' => 'l',
        'М' | 'Μ' => 'm',
        'ո' | 'Ν' => 'n',
        'о' | 'О' | 'ο' | 'Ο' => 'o',
        'р' | 'Р' | 'ρ' | 'Ρ' => 'p',
        'ԛ' => 'q',
        'ѕ' | 'Ѕ' => 's',
        'Т' | 'τ' | 'Τ' => 't',
        'ν' => 'v',
        'ԝ' => 'w',
        'х' | 'Х' | 'χ' | 'Χ' => 'x',
        'у' | 'У' | 'γ' | 'Υ' => 'y',
        'Ζ' => 'z',
        _ => return None,
    };
    Some(latin)
}

/// A well-formed id made from a malformed one, to suggest in a message.
pub(super) fn slug(text: &str) -> String {
    let mut slug = String::new();
    // Among Latin letters, a Cyrillic or Greek one is taken for the Latin it passes for.
    let mixed = text.chars().any(|c| c.is_ascii_alphabetic());
    let latin = |c: char| latin_look_alike(c).filter(|_| mixed).unwrap_or(c);
    for c in text.chars().map(|c| latin(c).to_ascii_lowercase()) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' {
            slug.push(c);
        } else if !c.is_whitespace() && !c.is_control() && unclear(c, false).is_some() {
            // An invisible character (a zero-width space, a bidirectional mark) separates
            // nothing a reader sees.
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    slug.chars().take(MAX_ID).collect()
}
