//! Every text of a document with its JSON path, and what is missing in each language.

use super::document::{Document, Text};

/// One text of a document, for the translation table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextEntry {
    /// Its JSON path, as the validator writes it (`$.questions[3].prompt`).
    pub path: String,
    /// The text.
    pub text: Text,
    /// Whether it may be left out (`help`, `gap_meaning`).
    pub optional: bool,
}

/// How many texts lack a language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Missing {
    /// The language's tag.
    pub language: String,
    /// The texts that lack it.
    pub count: usize,
}

/// A text found by a walk of the document.
enum Slot<'a> {
    Required(&'a mut Text),
    Optional(&'a mut Option<Text>),
}

impl Document {
    /// Calls `f` with every text of the document (optional ones too, present or not) and
    /// its path, in document order.
    fn walk(&mut self, f: &mut dyn FnMut(&str, Slot<'_>)) {
        f("$.title", Slot::Required(&mut self.title));
        f("$.intro", Slot::Required(&mut self.intro));
        for (i, level) in self.scale.iter_mut().enumerate() {
            f(
                &format!("$.scale[{i}].name"),
                Slot::Required(&mut level.name),
            );
            f(
                &format!("$.scale[{i}].description"),
                Slot::Required(&mut level.description),
            );
        }
        for (i, d) in self.dimensions.iter_mut().enumerate() {
            f(
                &format!("$.dimensions[{i}].name"),
                Slot::Required(&mut d.name),
            );
            f(
                &format!("$.dimensions[{i}].description"),
                Slot::Required(&mut d.description),
            );
            f(
                &format!("$.dimensions[{i}].gap_meaning"),
                Slot::Optional(&mut d.gap_meaning),
            );
        }
        for (i, q) in self.questions.iter_mut().enumerate() {
            f(
                &format!("$.questions[{i}].prompt"),
                Slot::Required(&mut q.prompt),
            );
            f(
                &format!("$.questions[{i}].help"),
                Slot::Optional(&mut q.help),
            );
            for (j, o) in q.options.iter_mut().enumerate() {
                f(
                    &format!("$.questions[{i}].options[{j}].label"),
                    Slot::Required(&mut o.label),
                );
            }
        }
        for (i, p) in self.profile.iter_mut().flatten().enumerate() {
            f(
                &format!("$.profile[{i}].prompt"),
                Slot::Required(&mut p.prompt),
            );
            f(&format!("$.profile[{i}].help"), Slot::Optional(&mut p.help));
            for (j, o) in p.options.iter_mut().enumerate() {
                f(
                    &format!("$.profile[{i}].options[{j}].label"),
                    Slot::Required(&mut o.label),
                );
            }
        }
        for (i, r) in self.recommendations.iter_mut().enumerate() {
            f(
                &format!("$.recommendations[{i}].title"),
                Slot::Required(&mut r.title),
            );
            f(
                &format!("$.recommendations[{i}].action"),
                Slot::Required(&mut r.action),
            );
            f(
                &format!("$.recommendations[{i}].first_step"),
                Slot::Required(&mut r.first_step),
            );
        }
        for (i, m) in self.models.iter_mut().flatten().enumerate() {
            f(&format!("$.models[{i}].name"), Slot::Required(&mut m.name));
            f(
                &format!("$.models[{i}].description"),
                Slot::Required(&mut m.description),
            );
        }
        if let Some(methodology) = &mut self.methodology {
            f("$.methodology.text", Slot::Required(&mut methodology.text));
            for (i, s) in methodology.sources.iter_mut().enumerate() {
                f(
                    &format!("$.methodology.sources[{i}].label"),
                    Slot::Required(&mut s.label),
                );
            }
        }
    }

    /// Every text present in the document, with its path, in document order.
    pub fn texts(&self) -> Vec<TextEntry> {
        let mut copy = self.clone();
        let mut out = Vec::new();
        copy.walk(&mut |path, slot| match slot {
            Slot::Required(text) => out.push(TextEntry {
                path: path.to_string(),
                text: text.clone(),
                optional: false,
            }),
            Slot::Optional(Some(text)) => out.push(TextEntry {
                path: path.to_string(),
                text: text.clone(),
                optional: true,
            }),
            Slot::Optional(None) => {}
        });
        out
    }

    /// The text at `path` in `lang` ("" when there is none).
    pub fn text(&self, path: &str, lang: &str) -> String {
        let languages = self.language_tags();
        self.texts()
            .into_iter()
            .find(|entry| entry.path == path)
            .and_then(|entry| text_in(&entry.text, lang, &languages).map(str::to_string))
            .unwrap_or_default()
    }

    /// Sets the text at `path` in `lang`; an optional text left out is added. A file of
    /// several languages gets an object with one text for each. Returns whether `path`
    /// names a text.
    pub fn set_text(&mut self, path: &str, lang: &str, value: &str) -> bool {
        let languages = self.language_tags();
        if path.starts_with("$.methodology") {
            self.methodology.get_or_insert_with(Default::default);
        }
        let mut found = false;
        self.walk(&mut |at, slot| {
            if at != path {
                return;
            }
            found = true;
            let text = match slot {
                Slot::Required(text) => text,
                Slot::Optional(text) => text.get_or_insert_with(|| Text::empty(&languages)),
            };
            if languages.len() > 1 {
                if let Text::Plain(plain) = text {
                    let first = languages.first().cloned().unwrap_or_default();
                    *text = Text::Languages(
                        languages
                            .iter()
                            .map(|l| {
                                (
                                    l.clone(),
                                    if *l == first {
                                        plain.clone()
                                    } else {
                                        String::new()
                                    },
                                )
                            })
                            .collect(),
                    );
                }
            }
            text.set(lang, value);
        });
        found
    }

    /// Whether the text at `entry` lacks `lang`: a required text without it (or empty in
    /// it), or an optional one that other languages have and this one does not.
    pub fn lacks(&self, entry: &TextEntry, lang: &str) -> bool {
        let languages = self.language_tags();
        let empty =
            |l: &str| text_in(&entry.text, l, &languages).is_none_or(|t| t.trim().is_empty());
        if entry.optional {
            empty(lang) && languages.iter().any(|l| !empty(l))
        } else {
            empty(lang)
        }
    }

    /// For each declared language, how many texts lack it.
    pub fn missing(&self) -> Vec<Missing> {
        let texts = self.texts();
        self.language_tags()
            .into_iter()
            .map(|language| Missing {
                count: texts.iter().filter(|e| self.lacks(e, &language)).count(),
                language,
            })
            .collect()
    }

    /// Every text of the document converted to one text a language (an empty text for the
    /// languages it lacks), or to plain strings when one language is left.
    pub(super) fn reshape_texts(&mut self, languages: &[String], from: Option<&str>) {
        self.walk(&mut |_, slot| {
            let text = match slot {
                Slot::Required(text) => text,
                Slot::Optional(Some(text)) => text,
                Slot::Optional(None) => return,
            };
            let value = |l: &str| -> String {
                match &*text {
                    Text::Plain(plain) => {
                        if from.is_none_or(|f| f == l) {
                            plain.clone()
                        } else {
                            String::new()
                        }
                    }
                    Text::Languages(_) => text.get(l).unwrap_or_default().to_string(),
                }
            };
            *text = match languages {
                [one] => Text::Plain(value(one)),
                many => Text::Languages(many.iter().map(|l| (l.clone(), value(l))).collect()),
            };
        });
    }
}

/// The text of `text` in `lang`, in a document of `languages`: a plain string is the text
/// of the first language only when there are several.
fn text_in<'a>(text: &'a Text, lang: &str, languages: &[String]) -> Option<&'a str> {
    match text {
        Text::Plain(plain) => (languages.len() <= 1
            || languages.first().is_some_and(|l| l == lang))
        .then_some(plain.as_str()),
        Text::Languages(_) => text.get(lang),
    }
}
