//! The languages a file declares, in `"languages"` or, in a file of one language, in
//! `"language"`; they are read before any text, since every text is checked against them.

use super::path::{Obj, Path};
use super::phrases::describe;
use super::Problems;
use crate::language::{self, MAX_LANGUAGES};
use json_positions::Value;

impl Problems {
    /// The declared languages, default first: `"languages"`, or `"language"` in a file of
    /// one language.
    pub(super) fn languages(&mut self, obj: &Obj<'_>) -> Option<Vec<String>> {
        match (obj.get("language"), obj.get("languages")) {
            (None, None) => {
                let message = "The required field \"languages\" is missing; add it (a list of language tags such as [\"en\", \"de\"], the default first), or \"language\": \"en\" for a file in one language.";
                self.report(&obj.path, message.to_owned());
                None
            }
            (Some(_), None) => self.language(obj).map(|tag| vec![tag]),
            (Some((at, _)), Some((path, value))) => {
                let message = "A file has either \"language\" (one language) or \"languages\" (a list), not both; remove \"language\" and list every language in \"languages\".";
                self.report(&at, message.to_owned());
                self.language_list(&path, value)
            }
            (None, Some((path, value))) => self.language_list(&path, value),
        }
    }

    fn language_list(&mut self, path: &Path, value: &Value) -> Option<Vec<String>> {
        let items = self.list(path, value, "language", "languages", 1, MAX_LANGUAGES)?;
        if items.is_empty() || items.len() > MAX_LANGUAGES {
            return None;
        }
        let mut tags: Vec<String> = Vec::with_capacity(items.len());
        self.each(path, items, |p, _, path, value| {
            let tag = p.tag(path, value)?;
            if let Some(first) = tags.iter().find(|t| language::same_tag(t, &tag)) {
                let message = if *first == tag {
                    format!("The language \"{tag}\" is already listed; list each language once.")
                } else {
                    format!("The language \"{tag}\" is already listed, as \"{first}\"; list each language once.")
                };
                p.report(path, message);
                return None;
            }
            tags.push(tag.clone());
            Some(tag)
        })
    }

    fn language(&mut self, obj: &Obj<'_>) -> Option<String> {
        let (path, value) = self.required(obj, "language")?;
        self.tag(&path, value)
    }

    fn tag(&mut self, path: &Path, value: &Value) -> Option<String> {
        let tag = self.plain(path, value)?;
        if language::is_valid_tag(&tag) {
            Some(tag)
        } else {
            let message = format!(
                "This must be a language tag such as \"en\" or \"de-CH\", but it is {}; change it to the tag of the language the texts are in.",
                describe(value)
            );
            self.report(path, message);
            None
        }
    }
}
