//! Texts for people: a plain text in a file of one language, or one text for each declared
//! language, of which only the chosen language's is kept.

use super::path::{Obj, Path};
use super::phrases::{quoted, thousands};
use super::{Problems, MAX_TEXT};
use crate::language::{self, MAX_LANGUAGES};
use json_positions::Value;

impl Problems {
    /// A plain text: not empty and not too long.
    pub(super) fn plain(&mut self, path: &Path, value: &Value) -> Option<String> {
        let Value::String(text) = value else {
            self.wrong_type(path, value, "a text in double quotes");
            return None;
        };
        let length = text.chars().count();
        if length > MAX_TEXT {
            let message = format!(
                "This text is {} characters long, but texts may be at most 2,000; shorten it.",
                thousands(length)
            );
            self.report(path, message);
            return None;
        }
        if text.trim().is_empty() {
            self.report(
                path,
                "This text is empty; write it, or remove the item it belongs to.".to_owned(),
            );
            return None;
        }
        Some(text.clone())
    }

    /// Whether the file declares more than one language, so that every text for people
    /// must be given once for each.
    pub(super) fn multilingual(&self) -> bool {
        self.languages.as_ref().is_some_and(|l| l.len() > 1)
    }

    /// A text for each declared language, as written in a file: `{ "en": "…", "de": "…" }`
    /// (the first three languages, then `…`).
    pub(super) fn example(&self) -> String {
        let languages = self.languages.as_deref().unwrap_or_default();
        let mut parts: Vec<String> = languages
            .iter()
            .take(3)
            .map(|tag| format!("\"{tag}\": \"…\""))
            .collect();
        if languages.len() > 3 {
            parts.push("…".to_owned());
        }
        format!("{{ {} }}", parts.join(", "))
    }

    /// A text for people: a plain text in a file of one language, else an object with one
    /// text for each declared language. Gives the chosen language's text.
    fn words(&mut self, path: &Path, value: &Value) -> Option<String> {
        match value {
            Value::Object(fields) => self.translations(path, fields, false).flatten(),
            Value::String(_) if self.multilingual() => {
                let count = self.languages.as_ref().map_or(0, Vec::len);
                let message = format!(
                    "This text is in one language only, but the file declares {count} languages; write a text for each, as in {}.",
                    self.example()
                );
                self.report(path, message);
                None
            }
            Value::String(_) => self.plain(path, value),
            _ if self.multilingual() => {
                let expected = format!("a text for each language, as in {}", self.example());
                self.wrong_type(path, value, &expected);
                None
            }
            _ => {
                self.wrong_type(path, value, "a text in double quotes");
                None
            }
        }
    }

    /// The texts of an object with one text a language, which must name each declared
    /// language once and no other. Gives the chosen language's text; `Some(None)` when
    /// the text is `optional` and every language's text is empty (or none is given), which
    /// counts as absent.
    fn translations(
        &mut self,
        path: &Path,
        fields: &[(String, Value)],
        optional: bool,
    ) -> Option<Option<String>> {
        // Lent out for the read, which reports problems through `self`.
        let languages = self.languages.take();
        let read = self.translations_in(path, fields, optional, languages.as_deref());
        self.languages = languages;
        read
    }

    fn translations_in(
        &mut self,
        path: &Path,
        fields: &[(String, Value)],
        optional: bool,
        languages: Option<&[String]>,
    ) -> Option<Option<String>> {
        let blank = |value: &Value| matches!(value, Value::String(text) if text.trim().is_empty());
        let declared =
            |key: &str| languages.is_none_or(|languages| languages.iter().any(|tag| tag == key));
        // An optional text with no text in any declared language is absent.
        let present = !optional
            || fields
                .iter()
                .any(|(key, value)| !blank(value) && declared(key));
        let mut ok = true;
        let mut seen = [false; MAX_LANGUAGES];
        let mut chosen = None;
        for (position, (key, value)) in fields.iter().enumerate() {
            let at = || path.field(key, position);
            let index = match languages {
                None => None,
                Some(languages) => match languages.iter().position(|tag| tag == key) {
                    Some(index) => Some(index),
                    None => {
                        ok = false;
                        if self.full() {
                            continue;
                        }
                        let near = languages.iter().find(|tag| language::same_tag(tag, key));
                        let message = match near {
                            Some(near) => format!(
                                "The file does not declare the language {}; did you mean \"{near}\"?",
                                quoted(key)
                            ),
                            None => format!(
                                "The file does not declare the language {}; add it to \"languages\", or remove this text.",
                                quoted(key)
                            ),
                        };
                        self.report(&at(), message);
                        continue;
                    }
                },
            };
            // `index` is a position in `languages`, of which there are at most `MAX_LANGUAGES`.
            if let Some(slot) = index.and_then(|index| seen.get_mut(index)) {
                if std::mem::replace(slot, true) {
                    let message = format!(
                        "The text for \"{key}\" appears twice here; keep only one of them."
                    );
                    self.report(&at(), message);
                    ok = false;
                    continue;
                }
            }
            if optional && blank(value) {
                if present {
                    let message = "This text is empty while other languages have one; write it, or leave the texts of every language empty to leave this out.";
                    self.report(&at(), message.to_owned());
                    ok = false;
                }
                continue;
            }
            match self.plain(&at(), value) {
                Some(text) if index == Some(self.chosen) => chosen = Some(text),
                Some(_) => {}
                None => ok = false,
            }
        }
        let languages = languages?;
        if !present {
            return ok.then_some(None);
        }
        for (tag, _) in languages.iter().zip(seen).filter(|(_, seen)| !seen) {
            let which = match language::english_name(tag) {
                Some(name) => format!("The {name} (\"{tag}\") text"),
                None => format!("The text in \"{tag}\""),
            };
            let message = format!(
                "{which} is missing; every text needs one for each language in \"languages\"."
            );
            self.report(path, message);
            ok = false;
        }
        if ok {
            chosen.map(Some)
        } else {
            None
        }
    }

    pub(super) fn req_text(&mut self, obj: &Obj<'_>, name: &str) -> Option<String> {
        let (path, value) = self.required(obj, name)?;
        self.words(&path, value)
    }

    /// An optional text for people; an empty one counts as absent. `Some(None)` when absent.
    pub(super) fn opt_text(&mut self, obj: &Obj<'_>, name: &str) -> Option<Option<String>> {
        match obj.get(name) {
            None => Some(None),
            Some((_, Value::String(text))) if text.trim().is_empty() => Some(None),
            Some((path, Value::Object(fields))) => self.translations(&path, fields, true),
            Some((path, value)) => self.words(&path, value).map(Some),
        }
    }
}
