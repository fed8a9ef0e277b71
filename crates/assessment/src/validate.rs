//! Turns questionnaire JSON into a validated [`Questionnaire`], or lists every problem in it.
//!
//! A file is read in four steps, and the first three stop early so that a hostile file
//! cannot exhaust a browser: its size, its nesting depth (a scan of the raw text, before any
//! parser sees it), its JSON syntax, and then a walk over the parsed tree that checks every
//! field against format 1 (`questionnaires/README.md`) and collects every problem with its
//! JSON path. Cross-references, such as a question's dimension or a rule's question, are
//! checked against ids gathered in a quick first pass, so their order in the file does not
//! matter. Problems are sorted into document order at the end.
//!
//! Texts for people (titles, prompts, labels…) are plain texts in a file of one language,
//! or objects with one text for each language the file declares in `"languages"`. Every
//! language's text is checked, but only the chosen language's is kept: the walk builds the
//! [`Questionnaire`] in one language directly, so a file is read once whichever language
//! is asked for.
//!
//! The tree is [`json_positions::Value`], which keeps an object's fields in document order with
//! repeated keys: problems must come in document order, and a repeated field is itself a
//! problem.
//!
//! This module reads the file and its top level; its submodules add the rest of the walk
//! to `Problems`. `syntax` has the depth scan and the syntax messages, `path` and `known`
//! say where a value is and which ids the first pass found, and `readers`, `texts`,
//! `languages` and `ids` read one value each. Each section of the file has its own module:
//! `scale`, `questions` (with the dimensions), `profile`, `recommendations`, `models`,
//! `methodology` and `benchmark`. `phrases` and `suggest` help write the messages.

mod benchmark;
mod ids;
mod known;
mod languages;
mod methodology;
mod models;
mod path;
mod phrases;
mod profile;
mod questions;
mod readers;
mod recommendations;
mod scale;
mod suggest;
mod syntax;
mod texts;

use crate::language;
use crate::questionnaire::{Questionnaire, FORMAT_VERSION};
use json_positions::{self as json, Value};
use known::Known;
use path::Path;
use phrases::{describe, thousands};
use std::fmt;
use syntax::{depth_message, plain_message, syntax_message, too_deep};

/// One thing wrong with a questionnaire file: where it is, and what to do about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where, as a JSON path such as `$.questions[3].options[2].level`; `$` is the whole file.
    pub path: String,
    /// What is wrong and what to do, as one sentence for the person editing the file.
    pub message: String,
}

/// A JSON syntax error in `text` explained in plain words, with its line and column, as the
/// validator explains it (for readers of the same text, such as the studio's).
pub fn syntax_message_for(text: &str, error: json::Error) -> String {
    syntax_message(text, error)
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

impl Questionnaire {
    /// Reads a questionnaire file in format 1 (see `questionnaires/README.md`) and checks it.
    ///
    /// On success every invariant documented on [`Questionnaire`] holds. Otherwise the error
    /// lists every problem found, in document order (problems another one often causes, such
    /// as a dimension no question scores, after all others), each with its JSON path; a file that is
    /// too large, nested too deeply, not JSON at all or in a newer format gives exactly one
    /// problem at `$`. This never panics, whatever the input.
    ///
    /// The questionnaire's texts are in its default language, the first of its
    /// [`languages`](Questionnaire::languages); [`Questionnaire::parse_in`] picks another.
    pub fn parse(json: &str) -> Result<Questionnaire, Vec<Problem>> {
        Questionnaire::parse_in(json, &[])
    }

    /// Like [`Questionnaire::parse`], with the texts in the first of the `preferred`
    /// languages (BCP 47 tags, most preferred first) that the file has, or in its default
    /// language when it has none of them. A preferred tag fits the same tag, then its
    /// primary language (`"de-AT"` fits `"de"`), then another variant of it; see
    /// [`language::negotiate`].
    ///
    /// Every language's texts are checked whichever is picked, so a file is valid or not
    /// regardless of `preferred`, and ids, levels, weights, thresholds and rules, which do
    /// not depend on the language, are the same in every language: a share code made in one
    /// language opens in all of them.
    pub fn parse_in(json: &str, preferred: &[&str]) -> Result<Questionnaire, Vec<Problem>> {
        let mut problems = Problems::default();
        let questionnaire = problems.file(json, preferred, plain_syntax_message);
        problems.finish(questionnaire)
    }

    /// Like [`Questionnaire::parse_in`], for a person who writes the file: a JSON syntax
    /// error names the mistake people make by hand (a comment, two commas in a row, curly
    /// quotes, a placeholder), with its line and column. The command-line tool and the
    /// studio check files with it; the widget uses `parse_in`, so that its WebAssembly
    /// does not carry these sentences (DESIGN.md, "Studio"). Every other problem is the
    /// same.
    pub fn check_in(json: &str, preferred: &[&str]) -> Result<Questionnaire, Vec<Problem>> {
        let mut problems = Problems::default();
        let questionnaire = problems.file(json, preferred, syntax_message);
        problems.finish(questionnaire)
    }
}

/// The syntax sentence of `parse_in`, which does not look at the text.
fn plain_syntax_message(_text: &str, error: json::Error) -> String {
    plain_message(error)
}

/// The largest file accepted, in bytes (the widget also stops reading a download here).
pub const MAX_BYTES: usize = 1024 * 1024;
/// The deepest nesting of lists and groups accepted; a valid file needs six.
const MAX_DEPTH: usize = 32;
const MAX_DIMENSIONS: usize = 20;
const MAX_QUESTIONS: usize = 200;
const MAX_PROFILE: usize = 20;
const MAX_PROFILE_OPTIONS: usize = 50;
const MAX_RECOMMENDATIONS: usize = 200;
const MAX_MODELS: usize = 20;
const MAX_RULES: usize = 50;
/// The longest text accepted, in characters.
const MAX_TEXT: usize = 2000;
/// The longest id accepted, in characters.
const MAX_ID: usize = 64;
/// How many problems are kept; the rest are only counted, so a hostile file cannot make
/// the list itself exhaust memory.
const MAX_PROBLEMS: usize = 500;

const ROOT_FIELDS: &[&str] = &[
    "format",
    "id",
    "revision",
    "language",
    "languages",
    "title",
    "intro",
    "estimated_minutes",
    "scale",
    "dimensions",
    "questions",
    "profile",
    "recommendations",
    "models",
    "methodology",
    "benchmark",
];

/// Collects problems while the file is walked; every reading method reports what is wrong
/// and returns `None` in that case.
#[derive(Default)]
struct Problems {
    found: Vec<(Vec<usize>, Problem)>,
    dropped: usize,
    /// The languages the file declares, once read; every text for people needs one text
    /// for each. `None` while they are unknown (not yet read, missing or malformed, which
    /// is reported): texts are then checked only as texts.
    languages: Option<Vec<String>>,
    /// The index in `languages` of the language whose texts are kept.
    chosen: usize,
}

impl Problems {
    fn report(&mut self, path: &Path, message: String) {
        if self.found.len() < MAX_PROBLEMS {
            let problem = Problem {
                path: path.text.clone(),
                message,
            };
            self.found.push((path.order.clone(), problem));
        } else {
            self.dropped += 1;
        }
    }

    /// Reports a problem that another one often causes (a dimension no question scores,
    /// levels no recommendation covers: a misspelt reference elsewhere leaves both), listed
    /// after every other problem so that the cause is read first.
    fn report_consequence(&mut self, path: &Path, message: String) {
        let mut later = path.clone();
        later.order.insert(0, usize::MAX);
        self.report(&later, message);
    }

    /// Whether no more problems are kept; if so, counts the one about to be reported, so
    /// that callers can skip the work of writing its message.
    fn full(&mut self) -> bool {
        let full = self.found.len() >= MAX_PROBLEMS;
        if full {
            self.dropped += 1;
        }
        full
    }

    fn finish(
        mut self,
        questionnaire: Option<Questionnaire>,
    ) -> Result<Questionnaire, Vec<Problem>> {
        if self.found.is_empty() {
            if let Some(questionnaire) = questionnaire {
                return Ok(questionnaire);
            }
            self.report(
                &Path::root(),
                "This file could not be read for a reason Silo Check does not recognise; please report it together with the file.".to_owned(),
            );
        }
        crate::order::sort_by(&mut self.found, |a, b| a.0.cmp(&b.0));
        let mut problems: Vec<Problem> =
            self.found.into_iter().map(|(_, problem)| problem).collect();
        if self.dropped > 0 {
            problems.push(Problem {
                path: "$".to_owned(),
                message: format!(
                    "There are {} more problems not listed here; fix the ones above and check the file again.",
                    thousands(self.dropped)
                ),
            });
        }
        Err(problems)
    }

    fn file(
        &mut self,
        json: &str,
        preferred: &[&str],
        explain: fn(&str, json::Error) -> String,
    ) -> Option<Questionnaire> {
        let root = Path::root();
        if json.len() > MAX_BYTES {
            let message = format!(
                "This file is {} KiB, but a questionnaire may be at most 1,024 KiB (1 MiB); shorten its texts or remove parts of it.",
                thousands(json.len().div_ceil(1024))
            );
            self.report(&root, message);
            return None;
        }
        let text = json.strip_prefix('\u{feff}').unwrap_or(json);
        if text.trim().is_empty() {
            let message =
                "This file is empty; it must contain a questionnaire in JSON, starting with {.";
            self.report(&root, message.to_owned());
            return None;
        }
        if let Some((line, column)) = too_deep(text) {
            self.report(&root, depth_message(line, column));
            return None;
        }
        match json::parse(text) {
            Ok(value) => self.questionnaire(&value, preferred),
            Err(error) => {
                self.report(&root, explain(text, error));
                None
            }
        }
    }

    fn questionnaire(&mut self, value: &Value, preferred: &[&str]) -> Option<Questionnaire> {
        let root = Path::root();
        let Value::Object(fields) = value else {
            self.wrong_type(
                &root,
                value,
                "a questionnaire: a group of fields in curly braces { … }",
            );
            return None;
        };
        let format = match fields
            .iter()
            .enumerate()
            .find(|(_, (key, _))| key == "format")
        {
            None => {
                let message =
                    "The required field \"format\" is missing; add \"format\": 1 at the top of the file.";
                self.report(&root, message.to_owned());
                None
            }
            Some((position, (_, value))) => {
                let path = root.field("format", position);
                match value {
                    Value::Integer(1) => Some(()),
                    Value::Integer(n) if *n > 1 => {
                        let message = format!(
                            "This file uses format {n}, but this version of Silo Check reads format {FORMAT_VERSION}; update Silo Check or save the file as format {FORMAT_VERSION}."
                        );
                        // A newer format may differ anywhere, so the rest would only be noise.
                        self.report(&path, message);
                        return None;
                    }
                    _ => {
                        let message = format!(
                            "This must be {FORMAT_VERSION}, the format this version of Silo Check reads, but it is {}; change it to {FORMAT_VERSION}.",
                            describe(value)
                        );
                        self.report(&path, message);
                        None
                    }
                }
            }
        };
        let obj = self.object(value, &root, ROOT_FIELDS)?;
        let known = Known::gather(fields);
        let id = self.req_id(&obj, "id");
        let revision = self.req_whole(&obj, "revision", 1, i128::from(u16::MAX));
        // Read before any text, since every text is checked against them.
        let languages = self.languages(&obj);
        if let Some(languages) = &languages {
            self.chosen = language::negotiate(languages.as_slice(), preferred).unwrap_or(0);
        }
        self.languages.clone_from(&languages);
        let title = self.req_text(&obj, "title");
        let intro = self.req_text(&obj, "intro");
        let estimated_minutes = self.req_whole(&obj, "estimated_minutes", 1, 120);
        let scale = self.scale(&obj);
        let dimensions = self.dimensions(&obj, &known);
        let questions = self.questions(&obj, &known);
        let profile = self.profile(&obj, &known);
        let recommendations = self.recommendations(&obj, &known);
        let models = self.models(&obj, &known);
        let methodology = self.methodology(&obj);
        let benchmark = self.benchmark(&obj, &known);
        format?;
        Some(Questionnaire {
            id: id?,
            revision: u16::try_from(revision?).ok()?,
            language: languages.as_ref()?.get(self.chosen)?.clone(),
            languages: languages?,
            title: title?,
            intro: intro?,
            estimated_minutes: u8::try_from(estimated_minutes?).ok()?,
            scale: scale?,
            dimensions: dimensions?,
            questions: questions?,
            profile: profile?,
            recommendations: recommendations?,
            models: models?,
            methodology: methodology?,
            benchmark: benchmark?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::ids::slug;
    use super::phrases::and_list;
    use super::suggest::{edit_distance, suggest};
    use super::*;
    use crate::questionnaire::{Horizon, Level, ModelId, LEVELS};
    use proptest::prelude::*;

    const MINIMAL: &str = include_str!("../tests/fixtures/minimal.json");
    /// The minimal questionnaire in English and German.
    const BILINGUAL: &str = include_str!("../tests/fixtures/bilingual.json");

    /// Parses `json` and compares its problems, in order, with `expected`. An entry is a
    /// path, or a whole `path: message` line where the wording matters. Every message must
    /// also read as one sentence.
    fn check(json: &str, expected: &[&str]) {
        let problems = Questionnaire::parse(json).err().unwrap_or_default();
        let actual: Vec<String> = problems
            .iter()
            .enumerate()
            .map(|(i, problem)| match expected.get(i) {
                Some(line) if line.contains(": ") => problem.to_string(),
                _ => problem.path.clone(),
            })
            .collect();
        let listing: Vec<String> = problems.iter().map(Problem::to_string).collect();
        assert_eq!(actual, expected, "all problems:\n{}", listing.join("\n"));
        for problem in &problems {
            let message = &problem.message;
            let starts_well = message.starts_with(|c: char| c.is_uppercase() || c == '"');
            let ends_well = message.ends_with('.') || message.ends_with('?');
            assert!(
                starts_well && ends_well && !message.contains('\n'),
                "not a sentence: {problem}"
            );
        }
    }

    /// The minimal questionnaire with each `(old, new)` replacement made; `old` must occur
    /// exactly once.
    fn edit(replacements: &[(&str, &str)]) -> String {
        edit_in(MINIMAL, replacements)
    }

    /// The bilingual questionnaire with each `(old, new)` replacement made, as [`edit`].
    fn bilingual(replacements: &[(&str, &str)]) -> String {
        edit_in(BILINGUAL, replacements)
    }

    fn edit_in(base: &str, replacements: &[(&str, &str)]) -> String {
        let mut json = base.to_owned();
        for (old, new) in replacements {
            assert_eq!(
                json.matches(old).count(),
                1,
                "{old:?} must occur exactly once"
            );
            json = json.replacen(old, new, 1);
        }
        json
    }

    /// `n` copies of `template` with `{i}` replaced by the copy's number, comma-separated.
    fn copies(template: &str, n: usize) -> String {
        let items: Vec<String> = (0..n)
            .map(|i| template.replace("{i}", &i.to_string()))
            .collect();
        items.join(", ")
    }

    fn owned(paths: &[String]) -> Vec<&str> {
        paths.iter().map(String::as_str).collect()
    }

    /// What a successful parse promises: the accessors that cannot fail do not.
    fn assert_invariants(q: &Questionnaire) {
        assert_eq!(q.scale().len(), usize::from(LEVELS));
        for level in Level::all() {
            assert_eq!(q.scale_level(level).level, level);
            assert_eq!(q.level_for(q.scale_level(level).min_score), level);
            for dimension in q.dimensions() {
                let recommendation = q.recommendation_for(&dimension.id, level);
                assert_eq!(recommendation.dimension, dimension.id);
                assert!(recommendation.levels.contains(&level));
            }
        }
        for dimension in q.dimensions() {
            assert!(q.questions_of(&dimension.id).next().is_some());
        }
        for question in q.questions() {
            assert!(q.dimension_index(&question.dimension).is_some());
            let levels: Vec<Level> = question.options.iter().map(|o| o.level).collect();
            let mut sorted = levels.clone();
            crate::order::sort_by(&mut sorted, Ord::cmp);
            assert_eq!(sorted, Level::all().collect::<Vec<_>>());
        }
    }

    #[test]
    fn minimal_is_valid() {
        check(MINIMAL, &[]);
        let q = Questionnaire::parse(MINIMAL).unwrap();
        assert_invariants(&q);
        assert_eq!((q.dimensions().len(), q.questions().len()), (2, 3));
        assert!(!q.questions()[1].not_sure && q.questions()[0].not_sure);
        assert_eq!(
            q.profile()[1].options[0].model,
            Some(ModelId("organic".to_owned()))
        );
        assert_eq!(q.recommendations()[1].horizon, Horizon::Days90);
        assert_eq!(q.methodology().sources[1].url, None);
        check(&format!("\u{feff}{MINIMAL}"), &[]);
    }

    #[test]
    fn bilingual_is_valid_in_each_language() {
        check(BILINGUAL, &[]);
        let english = Questionnaire::parse(BILINGUAL).unwrap();
        assert_invariants(&english);
        assert_eq!(english.languages(), ["en", "de"]);
        assert_eq!(english.language(), "en");
        assert_eq!(english.title(), "Minimal test questionnaire");
        let german = Questionnaire::parse_in(BILINGUAL, &["de"]).unwrap();
        assert_invariants(&german);
        assert_eq!(
            (german.language(), german.languages()),
            ("de", english.languages())
        );
        assert_eq!(german.title(), "Minimaler Testfragebogen");
        assert_eq!(
            german.questions()[0].help.as_deref(),
            Some("Denken Sie an die letzte Kampagne.")
        );
        assert_eq!(german.profile()[1].options[2].label, "Weiß ich nicht");
        assert_eq!(
            german.methodology().sources[0].url,
            english.methodology().sources[0].url
        );
        for (preferred, language) in [
            (&["de-AT"][..], "de"),
            (&["fr", "de-CH", "en"][..], "de"),
            (&["en-GB", "de"][..], "en"),
            (&["fr"][..], "en"),
            (&[][..], "en"),
        ] {
            let q = Questionnaire::parse_in(BILINGUAL, preferred).unwrap();
            assert_eq!(q.language(), language, "{preferred:?}");
        }
        // The first declared language is the default.
        let swapped = bilingual(&[(
            "\"languages\": [\"en\", \"de\"]",
            "\"languages\": [\"de\", \"en\"]",
        )]);
        assert_eq!(
            Questionnaire::parse(&swapped).unwrap().title(),
            "Minimaler Testfragebogen"
        );
        // A file of one language may declare it either way, and write its texts either way.
        let listed = edit(&[("\"language\": \"en\"", "\"languages\": [\"en\"]")]);
        check(&listed, &[]);
        assert_eq!(
            Questionnaire::parse_in(&listed, &["de"])
                .unwrap()
                .languages(),
            ["en"]
        );
        check(
            &edit(&[(
                "\"Minimal test questionnaire\"",
                "{ \"en\": \"Minimal test questionnaire\" }",
            )]),
            &[],
        );
        check(&edit(&[("\"Minimal test questionnaire\"", "{ \"en\": \"Minimal\", \"de\": \"Minimal\" }")]), &["$.title.de: The file does not declare the language \"de\"; add it to \"languages\", or remove this text."]);
    }

    #[test]
    fn translations() {
        let title = "\"title\": { \"en\": \"Minimal test questionnaire\", \"de\": \"Minimaler Testfragebogen\" }";
        check(&bilingual(&[(", \"de\": \"Wer ist für Social Media zuständig?\"", "")]), &["$.questions[0].prompt: The German (\"de\") text is missing; every text needs one for each language in \"languages\"."]);
        check(&bilingual(&[("\"en\": \"Workshop notes\", ", "")]), &["$.methodology.sources[1].label: The English (\"en\") text is missing; every text needs one for each language in \"languages\"."]);
        check(&bilingual(&[(title, "\"title\": {}")]), &["$.title: The English (\"en\") text is missing; every text needs one for each language in \"languages\".", "$.title: The German (\"de\") text is missing; every text needs one for each language in \"languages\"."]);
        check(&bilingual(&[(title, "\"title\": { \"en\": \"T\", \"de\": \"T\", \"fr\": \"T\" }")]), &["$.title.fr: The file does not declare the language \"fr\"; add it to \"languages\", or remove this text."]);
        check(&bilingual(&[(title, "\"title\": { \"en\": \"T\", \"DE\": \"T\" }")]), &["$.title: The German (\"de\") text is missing; every text needs one for each language in \"languages\".", "$.title.DE: The file does not declare the language \"DE\"; did you mean \"de\"?"]);
        check(
            &bilingual(&[(
                title,
                "\"title\": { \"en\": \"T\", \"de\": \"T\", \"de\": \"U\" }",
            )]),
            &["$.title.de: The text for \"de\" appears twice here; keep only one of them."],
        );
        check(&bilingual(&[(title, "\"title\": \"Minimal test questionnaire\"")]), &["$.title: This text is in one language only, but the file declares 2 languages; write a text for each, as in { \"en\": \"…\", \"de\": \"…\" }."]);
        check(&bilingual(&[(title, "\"title\": 42")]), &["$.title: This must be a text for each language, as in { \"en\": \"…\", \"de\": \"…\" }, but it is 42; change it."]);
        check(
            &bilingual(&[(title, "\"title\": [\"T\", \"T\"]")]),
            &["$.title"],
        );
        check(
            &bilingual(&[(title, "\"title\": { \"en\": \"T\", \"de\": 42 }")]),
            &["$.title.de: This must be a text in double quotes, but it is 42; change it."],
        );
        check(
            &bilingual(&[(title, "\"title\": { \"en\": \"T\", \"de\": \" \" }")]),
            &["$.title.de: This text is empty; write it, or remove the item it belongs to."],
        );
        check(&bilingual(&[(title, &format!("\"title\": {{ \"en\": \"T\", \"de\": \"{}\" }}", "ß".repeat(2001)))]), &["$.title.de: This text is 2,001 characters long, but texts may be at most 2,000; shorten it."]);
        check(
            &bilingual(&[(
                title,
                &format!(
                    "\"title\": {{ \"en\": \"T\", \"de\": \"{}\" }}",
                    "ß".repeat(2000)
                ),
            )]),
            &[],
        );
        check(&bilingual(&[(&format!("{title},"), "")]), &["$: The required field \"title\" is missing; add it (a text for each language, as in { \"en\": \"…\", \"de\": \"…\" })."]);
        check(
            &bilingual(&[
                (
                    "\"en\": \"Minimal test questionnaire\", \"de\": \"Minimaler Testfragebogen\"",
                    "\"en\": \"T\"",
                ),
                ("\"de\": \"Jede Abteilung für sich\"", "\"de\": null"),
            ]),
            &["$.title", "$.questions[0].options[1].label.de"],
        );
        // A language with a region, whose name is known by its primary language, and one
        // whose name is not.
        let regional = bilingual(&[
            ("[\"en\", \"de\"]", "[\"en\", \"de-CH\", \"tlh\"]"),
            (
                title,
                "\"title\": { \"en\": \"T\", \"de-CH\": \"T\", \"tlh\": \"T\" }",
            ),
        ]);
        let problems = Questionnaire::parse(&regional).err().unwrap_or_default();
        assert!(problems.iter().any(|p| p.to_string() == "$.questions[0].prompt: The German (\"de-CH\") text is missing; every text needs one for each language in \"languages\"."), "{problems:#?}");
        assert!(problems.iter().any(|p| p.to_string() == "$.questions[0].prompt: The text in \"tlh\" is missing; every text needs one for each language in \"languages\"."), "{problems:#?}");
        assert!(problems.iter().any(|p| p.to_string() == "$.questions[0].prompt.de: The file does not declare the language \"de\"; add it to \"languages\", or remove this text."), "{problems:#?}");
        assert!(
            !problems.iter().any(|p| p.path.starts_with("$.title")),
            "{problems:#?}"
        );
        let three = bilingual(&[("[\"en\", \"de\"]", "[\"en\", \"de\", \"fr\", \"it\"]")]);
        let problems = Questionnaire::parse(&three).err().unwrap_or_default();
        assert_eq!(problems[0].to_string(), "$.title: The French (\"fr\") text is missing; every text needs one for each language in \"languages\".");
        let missing = bilingual(&[
            ("[\"en\", \"de\"]", "[\"en\", \"de\", \"fr\", \"it\"]"),
            (&format!("{title},"), ""),
        ]);
        let problems = Questionnaire::parse(&missing).unwrap_err();
        assert_eq!(problems[0].to_string(), "$: The required field \"title\" is missing; add it (a text for each language, as in { \"en\": \"…\", \"de\": \"…\", \"fr\": \"…\", … }).");
        assert_eq!(
            problems.len(),
            1 + 2 * 58,
            "two languages missing in each other text"
        );
    }

    #[test]
    fn optional_translations() {
        let help = "\"help\": { \"en\": \"Think of the last campaign.\", \"de\": \"Denken Sie an die letzte Kampagne.\" }";
        let parsed_help = |json: &str, preferred: &[&str]| {
            Questionnaire::parse_in(json, preferred)
                .ok()
                .map(|q| q.questions()[0].help.clone())
        };
        for absent in [
            "\"help\": { \"en\": \"\", \"de\": \" \" }",
            "\"help\": {}",
            "\"help\": \"\"",
        ] {
            let json = bilingual(&[(help, absent)]);
            check(&json, &[]);
            assert_eq!(parsed_help(&json, &["de"]), Some(None), "{absent}");
        }
        check(&bilingual(&[(help, "\"help\": { \"en\": \"Think.\", \"de\": \"\" }")]), &["$.questions[0].help.de: This text is empty while other languages have one; write it, or leave the texts of every language empty to leave this out."]);
        check(&bilingual(&[(help, "\"help\": { \"en\": \"Think.\" }")]), &["$.questions[0].help: The German (\"de\") text is missing; every text needs one for each language in \"languages\"."]);
        check(
            &bilingual(&[(help, "\"help\": { \"en\": \"\", \"fr\": \"\" }")]),
            &["$.questions[0].help.fr"],
        );
        check(&bilingual(&[(help, "\"help\": \"Think.\"")]), &["$.questions[0].help: This text is in one language only, but the file declares 2 languages; write a text for each, as in { \"en\": \"…\", \"de\": \"…\" }."]);
        let gap = bilingual(&[("\"weight\": 3", "\"weight\": 3, \"gap_meaning\": { \"en\": \"Teams disagree.\", \"de\": \"Die Teams sind uneins.\" }")]);
        check(&gap, &[]);
        let german = Questionnaire::parse_in(&gap, &["de"]).unwrap();
        assert_eq!(
            german.dimensions()[0].gap_meaning.as_deref(),
            Some("Die Teams sind uneins.")
        );
        check(&bilingual(&[("\"weight\": 3", "\"weight\": 3, \"gap_meaning\": { \"de\": \"Die Teams sind uneins.\" }")]), &["$.dimensions[0].gap_meaning: The English (\"en\") text is missing; every text needs one for each language in \"languages\"."]);
    }

    #[test]
    fn declared_languages() {
        let languages = "\"languages\": [\"en\", \"de\"]";
        let with = |list: &str| bilingual(&[(languages, &format!("\"languages\": {list}"))]);
        check(
            &with("[\"en\", \"de\", \"en\"]"),
            &["$.languages[2]: The language \"en\" is already listed; list each language once."],
        );
        check(&with("[\"en\", \"de\", \"DE\"]"), &["$.languages[2]: The language \"DE\" is already listed, as \"de\"; list each language once."]);
        check(&with("[\"en\", \"de_DE\"]"), &["$.languages[1]: This must be a language tag such as \"en\" or \"de-CH\", but it is the text \"de_DE\"; change it to the tag of the language the texts are in."]);
        check(
            &with("[\"en\", \"\"]"),
            &["$.languages[1]: This text is empty; write it, or remove the item it belongs to."],
        );
        check(&with("[\"en\", 7]"), &["$.languages[1]"]);
        check(
            &with("[]"),
            &["$.languages: There are no languages here; add at least 1 language."],
        );
        check(&with("\"en\""), &["$.languages: This must be a list in square brackets [ … ], but it is the text \"en\"; change it."]);
        let many: Vec<String> = (0..21)
            .map(|i| format!("\"x{}\"", char::from(b'a' + i)))
            .collect();
        check(&with(&format!("[{}]", many.join(", "))), &["$.languages: There are 21 languages here, but at most 20 are allowed; remove some."]);
        let twenty: Vec<String> = (0..18)
            .map(|i| format!("\"x{}\"", char::from(b'a' + i)))
            .collect();
        let twenty = format!("[\"en\", \"de\", {}]", twenty.join(", "));
        let problems = Questionnaire::parse(&with(&twenty))
            .err()
            .unwrap_or_default();
        assert_eq!(problems[0].to_string(), "$.title: The text in \"xa\" is missing; every text needs one for each language in \"languages\".");
        check(&bilingual(&[(languages, &format!("\"language\": \"en\", {languages}"))]), &["$.language: A file has either \"language\" (one language) or \"languages\" (a list), not both; remove \"language\" and list every language in \"languages\"."]);
        check(
            &edit(&[(
                "\"language\": \"en\"",
                "\"language\": \"en\", \"languages\": [\"en\"]",
            )]),
            &["$.language"],
        );
        // Without readable languages, texts are checked only as texts.
        check(&bilingual(&[(&format!("{languages},"), "")]), &["$: The required field \"languages\" is missing; add it (a list of language tags such as [\"en\", \"de\"], the default first), or \"language\": \"en\" for a file in one language."]);
        check(
            &bilingual(&[
                (languages, "\"languages\": [\"en\", \"??\"]"),
                ("\"de\": \"Niemand\"", "\"de\": 1"),
            ]),
            &["$.languages[1]", "$.questions[2].options[0].label.de"],
        );
        check(&edit(&[("\"language\": \"en\",", "")]), &["$"]);
    }

    #[test]
    fn validity_does_not_depend_on_the_language_picked() {
        let broken = bilingual(&[
            (", \"de\": \"Wer ist für Social Media zuständig?\"", ""),
            ("\"en\": \"Workshop notes\", ", ""),
        ]);
        for json in [BILINGUAL, MINIMAL, &broken] {
            for preferred in [&["de"][..], &["en"], &["fr"]] {
                assert_eq!(
                    Questionnaire::parse_in(json, preferred).err(),
                    Questionnaire::parse(json).err()
                );
            }
        }
    }

    #[test]
    fn size_depth_and_syntax() {
        check(&" ".repeat(MAX_BYTES + 1), &["$: This file is 1,025 KiB, but a questionnaire may be at most 1,024 KiB (1 MiB); shorten its texts or remove parts of it."]);
        check(&format!("{MINIMAL}{}", " ".repeat(MAX_BYTES)), &["$"]);
        check(
            " \n",
            &["$: This file is empty; it must contain a questionnaire in JSON, starting with {."],
        );
        check("{\n  \"format\": 1\n  \"id\": \"x\"\n}", &["$: This is not valid JSON: expected `,` or `}` at line 3, column 3; check the commas, quotes and brackets just before that place."]);
        check("{\"format\": 1,}", &["$: This is not valid JSON: there is a comma before a closing bracket at line 1, column 14; check the commas, quotes and brackets just before that place."]);
        check("{\"format\": 1", &["$"]);
        check("{format: 1}", &["$"]);
        check("{} {}", &["$"]);
        check("[1, 2", &["$"]);
        check("\"text\"", &["$: This must be a questionnaire: a group of fields in curly braces { … }, but it is the text \"text\"; change it."]);
        check(&format!("{}{}", "[".repeat(33), "]".repeat(33)), &["$: This file nests lists and groups more than 32 levels deep (at line 1, column 33); a questionnaire needs at most six, so remove the extra brackets."]);
        check(&format!("{}{}", "[".repeat(32), "]".repeat(32)), &["$"]);
        check(&"[".repeat(200), &["$"]);
        check(&format!("{{\"a\":\n {}1{}}}", "{\"b\": ".repeat(40), "}".repeat(40)), &["$: This file nests lists and groups more than 32 levels deep (at line 2, column 188); a questionnaire needs at most six, so remove the extra brackets."]);
        // Brackets inside texts do not nest.
        check(
            &edit(&[(
                "\"Minimal test questionnaire\"",
                &format!("\"{}\\\"{}\"", "[".repeat(40), "{".repeat(40)),
            )]),
            &[],
        );
    }

    #[test]
    fn format() {
        check(&edit(&[("\"format\": 1", "\"format\": 2"), ("\"title\": \"Minimal test questionnaire\",", "")]), &["$.format: This file uses format 2, but this version of Silo Check reads format 1; update Silo Check or save the file as format 1."]);
        check(&edit(&[("\"format\": 1", "\"format\": 0")]), &["$.format"]);
        check(
            &edit(&[("\"format\": 1", "\"format\": \"1\"")]),
            &["$.format"],
        );
        check(&edit(&[("\"format\": 1,", "")]), &["$: The required field \"format\" is missing; add \"format\": 1 at the top of the file."]);
    }

    #[test]
    fn fields() {
        check(
            &edit(&[("\"title\": \"Minimal", "\"titel\": \"Minimal")]),
            &[
                "$: The required field \"title\" is missing; add it (a text in double quotes).",
                "$.titel: There is no field \"titel\" in the format here; did you mean \"title\"?",
            ],
        );
        check(&edit(&[("\"weight\": 3", "\"weight\": 3, \"colour\": \"red\"")]), &["$.dimensions[0].colour: There is no field \"colour\" in the format here; remove it (the fields here are id, name, description, weight and gap_meaning)."]);
        check(&edit(&[("\"weight\": 3", "\"Weight\": 3")]), &["$.dimensions[0]", "$.dimensions[0].Weight: There is no field \"Weight\" in the format here; did you mean \"weight\"?"]);
        check(&edit(&[("\"weight\": 3", "\"weight\": 3, \"weight\": 4")]), &["$.dimensions[0].weight: The field \"weight\" appears twice here; keep only one of them."]);
        check(
            &edit(&[("\"format\": 1,", "\"format\": 1, \"my notes\": [],")]),
            &["$[\"my notes\"]"],
        );
        check(&edit(&[("\"prompt\": \"Who owns social media?\",", "")]), &["$.questions[0]: The required field \"prompt\" is missing; add it (a text in double quotes)."]);
        check(&edit(&[("\"not_sure\": false", "\"not_sure\": \"no\"")]), &["$.questions[1].not_sure: This must be true or false, but it is the text \"no\"; change it."]);
        check(&edit(&[("\"profile\": [", "\"profile\": {}, \"unused\": [")]), &["$.profile: This must be a list in square brackets [ … ], but it is a group of fields; change it.", "$.unused"]);
        check(&edit(&[("\"methodology\": {", "\"methodology\": null, \"x\": {")]), &["$.methodology: This must be a group of fields in curly braces { … }, but it is null (no value); change it.", "$.x"]);
    }

    #[test]
    fn texts() {
        check(
            &edit(&[("\"Minimal test questionnaire\"", "\"\"")]),
            &["$.title: This text is empty; write it, or remove the item it belongs to."],
        );
        check(
            &edit(&[("\"label\": \"Marketing\"", "\"label\": \" \\n \"")]),
            &["$.profile[0].options[0].label"],
        );
        check(
            &edit(&[(
                "\"Minimal test questionnaire\"",
                &format!("\"{}\"", "é".repeat(2000)),
            )]),
            &[],
        );
        check(&edit(&[("\"Minimal test questionnaire\"", &format!("\"{}\"", "é".repeat(2001)))]), &["$.title: This text is 2,001 characters long, but texts may be at most 2,000; shorten it."]);
        check(
            &edit(&[("\"Minimal test questionnaire\"", "42")]),
            &["$.title: This must be a text in double quotes, but it is 42; change it."],
        );
        check(
            &edit(&[(
                "\"help\": \"Think of the last campaign.\"",
                "\"help\": \"\"",
            )]),
            &[],
        );
        check(
            &edit(&[("\"language\": \"en\"", "\"language\": \"de-CH\"")]),
            &[],
        );
        check(
            &edit(&[("\"language\": \"en\"", "\"language\": \"English\"")]),
            &[],
        );
        check(&edit(&[("\"language\": \"en\"", "\"language\": \"en_GB\"")]), &["$.language: This must be a language tag such as \"en\" or \"de-CH\", but it is the text \"en_GB\"; change it to the tag of the language the texts are in."]);
        check(&edit(&[("\"url\": \"https://web-strategist.com/blog/\"", "\"url\": \"http://web-strategist.com/blog/\"")]), &["$.methodology.sources[0].url: This must be a secure web address starting with https://, but it is \"http://web-strategist.com/blog/\"; correct it or remove the \"url\"."]);
        check(
            &edit(&[(
                "\"url\": \"https://web-strategist.com/blog/\"",
                "\"url\": \"https://\"",
            )]),
            &["$.methodology.sources[0].url"],
        );
        check(
            &edit(&[(
                "\"url\": \"https://web-strategist.com/blog/\"",
                "\"url\": \"https://a b\"",
            )]),
            &["$.methodology.sources[0].url"],
        );
    }

    #[test]
    fn numbers() {
        check(
            &edit(&[("\"revision\": 1", "\"revision\": 0")]),
            &["$.revision: This must be a whole number from 1 to 65,535, but it is 0; change it."],
        );
        check(&edit(&[("\"revision\": 1", "\"revision\": 65535")]), &[]);
        check(
            &edit(&[("\"revision\": 1", "\"revision\": 65536")]),
            &["$.revision"],
        );
        check(
            &edit(&[("\"estimated_minutes\": 2", "\"estimated_minutes\": 121")]),
            &["$.estimated_minutes"],
        );
        check(&edit(&[("\"weight\": 3", "\"weight\": 0")]), &["$.dimensions[0].weight: This must be a whole number from 1 to 100, but it is 0; change it."]);
        check(&edit(&[("\"weight\": 3", "\"weight\": 100")]), &[]);
        check(
            &edit(&[("\"weight\": 3", "\"weight\": 101")]),
            &["$.dimensions[0].weight"],
        );
        check(
            &edit(&[("\"weight\": 3", "\"weight\": -1")]),
            &["$.dimensions[0].weight"],
        );
        check(&edit(&[("\"weight\": 3", "\"weight\": 2.5")]), &["$.dimensions[0].weight: This must be a whole number from 1 to 100, but it is 2.5; change it."]);
        check(
            &edit(&[("\"weight\": 3", "\"weight\": 3.0")]),
            &["$.dimensions[0].weight"],
        );
        check(&edit(&[("\"weight\": 3", "\"weight\": \"3\"")]), &["$.dimensions[0].weight: This must be a whole number from 1 to 100, but it is the text \"3\"; remove the quotes."]);
        // Issue 19: beyond a float's range is still JSON; the field says what is wrong.
        check(&edit(&[("\"weight\": 3", "\"weight\": 1e400")]), &["$.dimensions[0].weight: This must be a whole number from 1 to 100, but it is 1e400, which is out of that range; change it."]);
        check(&edit(&[("\"weight\": 3", "\"weight\": -1.5e400")]), &["$.dimensions[0].weight: This must be a whole number from 1 to 100, but it is -1.5e400, which is out of that range; change it."]);
        check(&edit(&[("\"weight\": 3", "\"weight\": 1e3")]), &["$.dimensions[0].weight: This must be a whole number from 1 to 100, but it is 1e3, which is out of that range; change it."]);
        check(&edit(&[("\"min_score\": 0", "\"min_score\": -0")]), &["$.scale[0].min_score: This must be a whole number from 0 to 100 written in digits alone, but it is -0; write 0."]);
        check(&edit(&[("\"weight\": 3", "\"weight\": 0.3e1")]), &["$.dimensions[0].weight: This must be a whole number from 1 to 100 written in digits alone, but it is 0.3e1; write 3."]);
        check(&edit(&[("\"weight\": 3", "\"weight\": 25e-1")]), &["$.dimensions[0].weight: This must be a whole number from 1 to 100, but it is 25e-1; change it."]);
        check(
            &edit(&[(
                "\"weight\": 3",
                "\"weight\": 123456789012345678901234567890",
            )]),
            &["$.dimensions[0].weight"],
        );
    }

    #[test]
    fn ids() {
        check(&edit(&[("\"id\": \"minimal\"", "\"id\": \"Own Ership\"")]), &["$.id: An id may only use lowercase letters a-z, digits, \"-\" and \"_\", but this one is \"Own Ership\"; write for example \"own-ership\" instead."]);
        check(&edit(&[("\"id\": \"minimal\"", "\"id\": \"€\"")]), &["$.id: An id may only use lowercase letters a-z, digits, \"-\" and \"_\", but this one is \"€\"; change it."]);
        check(&edit(&[("\"id\": \"minimal\"", "\"id\": \"\"")]), &["$.id"]);
        check(&edit(&[("\"id\": \"minimal\"", "\"id\": 7")]), &["$.id: This must be an id in double quotes, such as \"ownership\", but it is 7; change it."]);
        check(
            &edit(&[(
                "\"id\": \"minimal\"",
                &format!("\"id\": \"{}\"", "a".repeat(64)),
            )]),
            &[],
        );
        check(
            &edit(&[(
                "\"id\": \"minimal\"",
                &format!("\"id\": \"{}\"", "a".repeat(65)),
            )]),
            &["$.id: This id is 65 characters long, but ids may be at most 64; shorten it."],
        );
    }

    #[test]
    fn unseen_and_look_alike_characters_are_shown_escaped_and_named() {
        // Issue 19: a zero-width space, a right-to-left override and a Cyrillic "е" in an
        // id, a field name and a number's text are printed raw no more.
        check(
            &edit(&[("\"id\": \"minimal\"", "\"id\": \"mini\u{200B}mal\"")]),
            &["$.id: An id may only use lowercase letters a-z, digits, \"-\" and \"_\", but this one is \"mini[U+200B]mal\" (U+200B is a zero-width space); write for example \"minimal\" instead."],
        );
        check(
            &edit(&[("\"id\": \"minimal\"", "\"id\": \"minim\u{0430}l\"")]),
            &["$.id: An id may only use lowercase letters a-z, digits, \"-\" and \"_\", but this one is \"minim[U+0430]l\" (U+0430 is a Cyrillic letter); write for example \"minimal\" instead."],
        );
        check(
            &edit(&[("\"id\": \"minimal\"", "\"id\": \"minimal\", \"revision\u{202E}\": 1")]),
            &["$[\"revision\\u202e\"]: There is no field \"revision[U+202E]\" (U+202E is a right-to-left override) in the format here; did you mean \"revision\"?"],
        );
    }

    #[test]
    fn duplicate_ids() {
        check(&edit(&[("\"id\": \"listening\"", "\"id\": \"ownership\""), ("\"dimension\": \"listening\",\n      \"prompt\"", "\"dimension\": \"ownership\",\n      \"prompt\""), ("\"dimension\": \"listening\",\n      \"levels\"", "\"dimension\": \"ownership\",\n      \"levels\"")]), &["$.dimensions[1].id: The id \"ownership\" is already used by another dimension ($.dimensions[0].id); give each dimension its own id.", "$.recommendations[2].levels[0]", "$.recommendations[2].levels[1]", "$.recommendations[2].levels[2]", "$.recommendations[2].levels[3]", "$.recommendations[2].levels[4]"]);
        check(&edit(&[("\"id\": \"budget\"", "\"id\": \"owner\"")]), &["$.questions[1].id: The id \"owner\" is already used by another question ($.questions[0].id); give each question its own id.", "$.models[1].rules[0].question"]);
        check(
            &edit(&[("\"id\": \"department\"", "\"id\": \"setup\"")]),
            &["$.profile[1].id"],
        );
        check(&edit(&[("\"id\": \"support\"", "\"id\": \"marketing\"")]), &["$.profile[0].options[1].id: The id \"marketing\" is already used by another option of this question ($.profile[0].options[0].id); give each option its own id."]);
        check(&edit(&[("\"id\": \"support\"", "\"id\": \"unsure\"")]), &[]);
        check(
            &edit(&[("\"id\": \"ownership-high\"", "\"id\": \"ownership-low\"")]),
            &["$.recommendations[1].id"],
        );
        check(
            &edit(&[
                ("\"id\": \"centralized\"", "\"id\": \"organic\""),
                ("\"model\": \"centralized\"", "\"model\": \"organic\""),
            ]),
            &["$.models[1].id"],
        );
    }

    #[test]
    fn dimension_gap_meaning() {
        let with = |text: &str| {
            edit(&[(
                "\"weight\": 3",
                &format!("\"weight\": 3, \"gap_meaning\": {text}"),
            )])
        };
        check(&with("\"Each team thinks it owns the accounts.\""), &[]);
        check(&with("\"\""), &[]);
        check(&with("\" \\n \""), &[]);
        check(&with(&format!("\"{}\"", "é".repeat(2000))), &[]);
        check(&with(&format!("\"{}\"", "é".repeat(2001))), &["$.dimensions[0].gap_meaning: This text is 2,001 characters long, but texts may be at most 2,000; shorten it."]);
        check(&with("42"), &["$.dimensions[0].gap_meaning: This must be a text in double quotes, but it is 42; change it."]);
        check(&with("null"), &["$.dimensions[0].gap_meaning"]);
        check(&edit(&[("\"weight\": 3", "\"weight\": 3, \"gap_meening\": \"x\"")]), &["$.dimensions[0].gap_meening: There is no field \"gap_meening\" in the format here; did you mean \"gap_meaning\"?"]);
        check(&edit(&[("\"weight\": 3", "\"weight\": 3, \"gap_meaning\": \"a\", \"gap_meaning\": \"b\"")]), &["$.dimensions[0].gap_meaning: The field \"gap_meaning\" appears twice here; keep only one of them."]);

        let gap = |json: &str| {
            Questionnaire::parse(json)
                .ok()
                .map(|q| q.dimensions()[0].gap_meaning.clone())
        };
        assert_eq!(
            gap(&with("\"Each team thinks it owns the accounts.\"")),
            Some(Some("Each team thinks it owns the accounts.".to_owned()))
        );
        assert_eq!(
            gap(&with("\"\"")),
            Some(None),
            "an empty text counts as absent"
        );
        assert_eq!(gap(MINIMAL), Some(None));
    }

    #[test]
    fn dimensions_and_questions() {
        check(&edit(&[("\"dimension\": \"listening\",\n      \"prompt\"", "\"dimension\": \"listning\",\n      \"prompt\"")]), &["$.questions[2].dimension: There is no dimension with the id \"listning\"; did you mean \"listening\"?", "$.dimensions[1]: No question scores this dimension; add a question with \"dimension\": \"listening\" or remove the dimension."]);
        check(&edit(&[("\"dimension\": \"listening\",\n      \"prompt\"", "\"dimension\": \"sales\",\n      \"prompt\"")]), &["$.questions[2].dimension: There is no dimension with the id \"sales\"; use the id of one of $.dimensions.", "$.dimensions[1]"]);
        check(
            &edit(&[(
                "\"dimension\": \"listening\",\n      \"prompt\"",
                "\"dimension\": \"ownership\",\n      \"prompt\"",
            )]),
            &["$.dimensions[1]"],
        );
        check(
            &edit(&[("\"dimensions\": [", "\"dimensions\": 3, \"old\": [")]),
            &["$.dimensions", "$.old"],
        );
        check(
            &edit(&[("\"questions\": [", "\"questions\": [], \"old\": [")]),
            &[
                "$.questions: There are no questions here; add at least 1 question.",
                "$.old",
                "$.models[0].rules[0].question",
                "$.models[1].rules[0].question",
                "$.dimensions[0]",
                "$.dimensions[1]",
            ],
        );
    }

    #[test]
    fn scale() {
        check(&edit(&[(",\n    { \"level\": 5, \"name\": \"Embedded\", \"description\": \"Social is part of how everyone works.\", \"min_score\": 80 }", "")]), &["$.scale: The scale has 4 levels, but it needs exactly five, numbered 1 to 5 in order; add or remove levels."]);
        check(&edit(&[("\"level\": 2, \"name\": \"Siloed\"", "\"level\": 3, \"name\": \"Siloed\""), ("\"level\": 3, \"name\": \"Coordinated\"", "\"level\": 2, \"name\": \"Coordinated\"")]), &["$.scale[1].level: This entry is level 3, but entry 2 of the scale must be level 2; list the levels 1 to 5 in order.", "$.scale[2].level"]);
        check(&edit(&[("\"min_score\": 0", "\"min_score\": 5")]), &["$.scale[0].min_score: The lowest level must start at score 0 so that every score reaches a level; change this to 0."]);
        check(&edit(&[("\"min_score\": 40", "\"min_score\": 10")]), &["$.scale[2].min_score: This threshold (10) must be higher than the one of the level before (20); make each level need a higher score than the one below it."]);
        check(
            &edit(&[("\"min_score\": 40", "\"min_score\": 20")]),
            &["$.scale[2].min_score"],
        );
        check(
            &edit(&[("\"min_score\": 80", "\"min_score\": 101")]),
            &["$.scale[4].min_score"],
        );
        check(&edit(&[("\"min_score\": 80", "\"min_score\": 100")]), &[]);
        check(
            &edit(&[
                ("\"min_score\": 40", "\"min_score\": \"40\""),
                ("\"min_score\": 60", "\"min_score\": 30"),
            ]),
            &["$.scale[2].min_score"],
        );
    }

    #[test]
    fn options() {
        check(&edit(&[("{ \"level\": 2, \"label\": \"Each department for itself\" }", "{ \"level\": 1, \"label\": \"Each department for itself\" }")]), &["$.questions[0].options: This question has no option for level 2; give each of the levels 1 to 5 exactly one option.", "$.questions[0].options[1].level: Level 1 already has an option ($.questions[0].options[0]); give each of the levels 1 to 5 exactly one option."]);
        check(&edit(&[(",\n        { \"level\": 5, \"label\": \"Everyone, within a strategy the board owns\" }", "")]), &["$.questions[0].options: This question has no option for level 5; give each of the levels 1 to 5 exactly one option."]);
        check(
            &edit(&[(
                "{ \"level\": 5, \"label\": \"Everyone, within a strategy the board owns\" }",
                "{ \"level\": 6, \"label\": \"Everyone, within a strategy the board owns\" }",
            )]),
            &["$.questions[0].options[4].level"],
        );
        check(
            &edit(&[(
                "{ \"level\": 5, \"label\": \"Everyone, within a strategy the board owns\" }",
                "{ \"level\": 5, \"label\": \"Everyone\" }, { \"level\": 5, \"label\": \"Again\" }",
            )]),
            &["$.questions[0].options[5].level"],
        );
        check(
            &edit(&[(
                "{ \"level\": 5, \"label\": \"Everyone, within a strategy the board owns\" }",
                "\"Everyone\"",
            )]),
            &["$.questions[0].options[4]"],
        );
        check(
            &edit(&[(
                "\"options\": [\n        { \"level\": 1, \"label\": \"Nobody in particular\" },",
                "\"options\": [",
            )]),
            &["$.questions[0].options"],
        );
    }

    #[test]
    fn profile() {
        check(&edit(&[("\"kind\": \"organisation\"", "\"kind\": \"organization\"")]), &["$.profile[1].kind: This must be one of department, role, company_size, organisation or other, but it is the text \"organization\"; did you mean \"organisation\"?"]);
        check(&edit(&[("\"kind\": \"department\"", "\"kind\": \"team\"")]), &["$.profile[0].kind: This must be one of department, role, company_size, organisation or other, but it is the text \"team\"; change it to one of those."]);
        check(&edit(&[("{ \"id\": \"marketing\", \"label\": \"Marketing\" }", "{ \"id\": \"marketing\", \"label\": \"Marketing\", \"model\": \"organic\" }")]), &["$.profile[0].options[0].model: Only the options of a question of kind \"organisation\" can name a model; remove \"model\" here or change the question's kind to \"organisation\"."]);
        check(&edit(&[("\"model\": \"centralized\"", "\"model\": \"centralised\"")]), &["$.profile[1].options[1].model: There is no model with the id \"centralised\"; did you mean \"centralized\"?"]);
        check(&edit(&[("\"model\": \"centralized\"", "\"model\": \"hub\"")]), &["$.profile[1].options[1].model: There is no model with the id \"hub\"; use the id of one of $.models."]);
        check(&edit(&[(",\n        { \"id\": \"support\", \"label\": \"Customer support\" }", "")]), &["$.profile[0].options: There is 1 option here, but at least 2 are needed; add more."]);
    }

    #[test]
    fn recommendations() {
        check(&edit(&[("\"levels\": [3, 4, 5]", "\"levels\": [3, 4]")]), &["$.recommendations: Dimension \"ownership\" has no recommendation for level 5; add a recommendation that covers it."]);
        check(&edit(&[("\"levels\": [3, 4, 5]", "\"levels\": [5]")]), &["$.recommendations: Dimension \"ownership\" has no recommendation for levels 3 and 4; add a recommendation that covers them."]);
        check(&edit(&[("\"levels\": [1, 2]", "\"levels\": [1, 2, 3]")]), &["$.recommendations[1].levels[0]: Level 3 of dimension \"ownership\" is already covered by recommendation \"ownership-low\"; cover each level of a dimension with exactly one recommendation."]);
        check(&edit(&[("\"levels\": [1, 2]", "\"levels\": [2, 1, 2]")]), &["$.recommendations[0].levels[2]: Level 2 is already listed in this recommendation; list each level once."]);
        check(&edit(&[("\"levels\": [1, 2]", "\"levels\": [2, 1]")]), &[]);
        check(
            &edit(&[("\"levels\": [1, 2]", "\"levels\": [0, 2]")]),
            &["$.recommendations[0].levels[0]"],
        );
        check(&edit(&[("\"levels\": [1, 2]", "\"levels\": []")]), &["$.recommendations[0].levels", "$.recommendations: Dimension \"ownership\" has no recommendation for levels 1 and 2; add a recommendation that covers them."]);
        check(&edit(&[("\"dimension\": \"listening\",\n      \"levels\"", "\"dimension\": \"listen\",\n      \"levels\"")]), &["$.recommendations[2].dimension", "$.recommendations: Dimension \"listening\" has no recommendation for levels 1, 2, 3, 4 and 5; add a recommendation that covers them."]);
        check(&edit(&[("\"horizon\": 30", "\"horizon\": 45")]), &["$.recommendations[0].horizon: This must be 30, 60 or 90 (days), but it is 45; change it to one of those."]);
        check(
            &edit(&[("\"horizon\": 30", "\"horizon\": \"30\"")]),
            &["$.recommendations[0].horizon"],
        );
        check(&edit(&[("\"first_step\": \"List every account your organisation runs and who posts on it.\",", "")]), &["$.recommendations[0]: The required field \"first_step\" is missing; add it (a text in double quotes)."]);
    }

    #[test]
    fn conditional_and_alongside_recommendations() {
        let extra = |fields: &str| {
            edit(&[(
                "\"horizon\": 60\n    }\n  ],",
                &format!("\"horizon\": 60\n    }},\n    {{ \"id\": \"extra\", \"dimension\": \"ownership\", \"levels\": [1, 2], \"title\": \"Extra\", \"action\": \"Do more.\", \"first_step\": \"Begin.\", \"horizon\": 30{fields} }}\n  ],"),
            )])
        };
        // A second recommendation for levels 1 and 2 is fine with a `when` rule or as
        // `alongside`, and a duplicate otherwise.
        check(
            &extra(", \"when\": { \"profile\": \"department\", \"options\": [\"support\"] }"),
            &[],
        );
        check(
            &extra(", \"when\": { \"question\": \"owner\", \"min\": 1, \"max\": 1 }"),
            &[],
        );
        check(&extra(", \"alongside\": true"), &[]);
        check(&extra(", \"alongside\": false"), &["$.recommendations[3].levels[0]: Level 1 of dimension \"ownership\" is already covered by recommendation \"ownership-low\"; cover each level of a dimension with exactly one recommendation.", "$.recommendations[3].levels[1]"]);
        check(
            &extra(""),
            &[
                "$.recommendations[3].levels[0]",
                "$.recommendations[3].levels[1]",
            ],
        );
        // The rule is read like a model's rule.
        check(&extra(", \"when\": { \"profile\": \"department\", \"options\": [\"suport\"] }"), &["$.recommendations[3].when.options[0]: There is no option of profile question \"department\" with the id \"suport\"; did you mean \"support\"?"]);
        check(&extra(", \"when\": { \"profile\": \"department\" }"), &["$.recommendations[3].when: The required field \"options\" is missing; add it (a list in square brackets [ … ])."]);
        check(&extra(", \"alongside\": \"yes\""), &["$.recommendations[3].alongside: This must be true or false, but it is the text \"yes\"; change it."]);
        let q = Questionnaire::parse(&extra(", \"when\": { \"profile\": \"department\", \"options\": [\"support\"] }, \"alongside\": true")).unwrap();
        let extra = q
            .recommendations()
            .iter()
            .find(|r| r.id.as_str() == "extra");
        assert!(extra.is_some_and(|r| r.alongside && r.when.is_some()));
        // Recommendations without them are unconditional and not alongside.
        assert!(q.recommendations()[..3]
            .iter()
            .all(|r| r.when.is_none() && !r.alongside));
    }

    #[test]
    fn not_applicable_is_offered_only_when_asked_for() {
        let q = Questionnaire::parse(MINIMAL).unwrap();
        assert!(q.questions().iter().all(|q| !q.not_applicable));
        let with = edit(&[(
            "\"not_sure\": false",
            "\"not_sure\": false, \"not_applicable\": true",
        )]);
        check(&with, &[]);
        assert!(Questionnaire::parse(&with).unwrap().questions()[1].not_applicable);
        check(&edit(&[("\"not_sure\": false", "\"not_applicable\": 1")]), &["$.questions[1].not_applicable: This must be true or false, but it is 1; change it."]);
    }

    /// The minimal questionnaire with `"benchmark": BENCHMARK` added at its end.
    fn with_benchmark(benchmark: &str) -> String {
        let body = MINIMAL.trim_end().strip_suffix('}').unwrap_or(MINIMAL);
        format!("{body}, \"benchmark\": {benchmark} }}")
    }

    const FIGURE: &str = r#"{ "organisations": 12, "quartiles": [20, 45, 70] }"#;

    #[test]
    fn benchmark() {
        let good = |dimensions: &str| {
            with_benchmark(&format!(
                r#"{{ "label": "Test group", "date": "2026-03-31", "source": "Tests", "overall": {FIGURE}, "dimensions": {dimensions} }}"#
            ))
        };
        // Dimensions in any order are kept in the questionnaire's.
        let q = Questionnaire::parse(&good(&format!(
            r#"{{ "listening": {{ "organisations": 5, "distribution": [1, 1, 1, 1, 1] }}, "ownership": {FIGURE} }}"#
        )))
        .unwrap();
        let b = q.benchmark().unwrap();
        assert_eq!(b.label, "Test group");
        assert_eq!(b.date.to_string(), "2026-03-31");
        assert_eq!(b.overall.quartiles, Some([20, 45, 70]));
        let keys: Vec<&str> = b.dimensions.0.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["ownership", "listening"]);
        assert!(crate::compiled::check(&q).is_ok());
        assert_eq!(Questionnaire::parse(MINIMAL).unwrap().benchmark(), None);
        // Without dimensions.
        let overall_only = with_benchmark(&format!(
            r#"{{ "label": "Test group", "date": "2026-03-31", "source": "Tests", "overall": {FIGURE} }}"#
        ));
        assert!(Questionnaire::parse(&overall_only)
            .unwrap()
            .benchmark()
            .unwrap()
            .dimensions
            .0
            .is_empty());

        check(&with_benchmark("[]"), &["$.benchmark: This must be a group of fields in curly braces { … }, but it is a list; change it."]);
        check(
            &with_benchmark(r#"{ "label": "", "overall": { "organisations": 4, "quartiles": [50, 40, 101] } }"#),
            &[
                "$.benchmark: The required field \"date\" is missing; add it (a date written as YYYY-MM-DD).",
                "$.benchmark",
                "$.benchmark.label",
                "$.benchmark.overall.organisations: A figure must rest on at least 5 organisations, so that none of them can be recognised in it, but this one rests on 4; gather more results or leave this figure out.",
                "$.benchmark.overall.quartiles[2]",
            ],
        );
        check(
            &good(r#"{ "ownership": { "organisations": 5, "quartiles": [50, 40, 60] } }"#),
            &["$.benchmark.dimensions.ownership.quartiles[1]: Quartiles never fall, but this one is 40, below the one before it (50); list the first quartile, the median and the third quartile, lowest first."],
        );
        check(
            &good(r#"{ "ownershp": {FIGURE}, "listening": { "organisations": 6, "distribution": [1, 1, 1, 1, 1] }, "ownership": { "organisations": 6 } }"#.replace("{FIGURE}", FIGURE).as_str()),
            &[
                "$.benchmark.dimensions.ownershp: There is no dimension with the id \"ownershp\"; did you mean \"ownership\"?",
                "$.benchmark.dimensions.listening.distribution: These counts of organisations at levels 1 to 5 add up to 5, but \"organisations\" is 6; they must be the same.",
                "$.benchmark.dimensions.ownership: A figure needs \"quartiles\" (the first quartile, the median and the third quartile of the 0-100 scores), \"distribution\" (how many organisations reached each of the five levels), or both; add one.",
            ],
        );
        check(
            &good(&format!(r#"{{ "ownership": {FIGURE}, "ownership": {FIGURE} }}"#)),
            &["$.benchmark.dimensions.ownership: The dimension \"ownership\" appears twice here; keep only one of them."],
        );
        check(
            &with_benchmark(r#"{ "label": "x", "date": "31.03.2026", "source": "y", "overall": { "organisations": 5, "quartiles": [1, 2], "distribution": [5, 0, 0, 0, 0], "mean": 3 } }"#),
            &[
                "$.benchmark.date: This must be a date written as YYYY-MM-DD, such as \"2026-03-31\", but it is the text \"31.03.2026\"; change it.",
                "$.benchmark.overall.quartiles",
                "$.benchmark.overall.mean",
            ],
        );
    }

    #[test]
    fn models() {
        check(&edit(&[("{ \"question\": \"owner\", \"min\": 1, \"max\": 1 }", "{ \"question\": \"ownr\", \"min\": 1, \"max\": 1 }")]), &["$.models[0].rules[0].question: There is no question with the id \"ownr\"; did you mean \"owner\"?"]);
        check(&edit(&[("{ \"question\": \"owner\", \"min\": 1, \"max\": 1 }", "{ \"question\": \"setup\", \"min\": 1, \"max\": 1 }")]), &["$.models[0].rules[0].question: \"setup\" is a profile question, not a scored question; write \"profile\": \"setup\" with \"options\" instead."]);
        check(&edit(&[("{ \"question\": \"owner\", \"min\": 1, \"max\": 1 }", "{ \"question\": \"owner\", \"min\": 4, \"max\": 2 }")]), &["$.models[0].rules[0].max: The highest level (2) is below the lowest level (4); make \"max\" at least as high as \"min\"."]);
        check(
            &edit(&[(
                "{ \"question\": \"owner\", \"min\": 1, \"max\": 1 }",
                "{ \"question\": \"owner\", \"min\": 0, \"max\": 6 }",
            )]),
            &["$.models[0].rules[0].min", "$.models[0].rules[0].max"],
        );
        check(&edit(&[("{ \"question\": \"owner\", \"min\": 1, \"max\": 1 }", "{ \"question\": \"owner\", \"min\": 1 }")]), &["$.models[0].rules[0]: The required field \"max\" is missing; add it (a level from 1 to 5)."]);
        check(&edit(&[("{ \"question\": \"owner\", \"min\": 1, \"max\": 1 }", "{ \"question\": \"owner\", \"min\": 1, \"max\": 1, \"options\": [\"a\"] }")]), &["$.models[0].rules[0].options: \"options\" belongs to rules about a profile question, not to this one; remove it or split the rule in two."]);
        check(&edit(&[("{ \"question\": \"owner\", \"min\": 1, \"max\": 1 }", "{ \"question\": \"owner\", \"profile\": \"setup\" }")]), &["$.models[0].rules[0]: This rule names both a question and a profile question; split it into two rules."]);
        check(&edit(&[("{ \"question\": \"owner\", \"min\": 1, \"max\": 1 }", "{ \"min\": 1, \"max\": 1 }")]), &["$.models[0].rules[0]: This rule names no question; add \"question\" with \"min\" and \"max\", or \"profile\" with \"options\"."]);
        check(&edit(&[("{ \"profile\": \"setup\", \"options\": [\"everyone\"] }", "{ \"profile\": \"setp\", \"options\": [\"everyone\"] }")]), &["$.models[0].rules[1].profile: There is no profile question with the id \"setp\"; did you mean \"setup\"?"]);
        check(&edit(&[("{ \"profile\": \"setup\", \"options\": [\"everyone\"] }", "{ \"profile\": \"setup\", \"options\": [\"all\", \"everyone\", \"everyone\"], \"min\": 1 }")]), &["$.models[0].rules[1].options[0]: There is no option of profile question \"setup\" with the id \"all\"; use the id of one of its options.", "$.models[0].rules[1].options[2]: The option \"everyone\" is already listed in this rule; list each option once.", "$.models[0].rules[1].min: \"min\" belongs to rules about a scored question, not to this one; remove it or split the rule in two."]);
        check(
            &edit(&[(
                "{ \"profile\": \"setup\", \"options\": [\"everyone\"] }",
                "{ \"profile\": \"setup\", \"options\": [] }",
            )]),
            &["$.models[0].rules[1].options"],
        );
        check(
            &edit(&[(
                "{ \"profile\": \"setup\", \"options\": [\"everyone\"] }",
                "{ \"profile\": \"department\", \"options\": [\"marketing\"] }",
            )]),
            &[],
        );
        check(&edit(&[("\"rules\": [\n        { \"question\": \"owner\", \"min\": 1, \"max\": 1 },\n        { \"profile\": \"setup\", \"options\": [\"everyone\"] }\n      ]", "\"rules\": []")]), &["$.models[0].rules: There are no rules here; add at least 1 rule."]);
        check(
            &edit(&[("\"models\": [", "\"models\": [], \"old\": [")]),
            &[
                "$.profile[1].options[0].model",
                "$.profile[1].options[1].model",
                "$.old",
            ],
        );
    }

    #[test]
    fn limits() {
        let rule = "{ \"question\": \"owner\", \"min\": 1, \"max\": 1 },";
        check(&edit(&[(rule, &format!("{},", copies("{ \"question\": \"owner\", \"min\": 1, \"max\": 1 }", 50)))]), &["$.models[0].rules: There are 51 rules here, but at most 50 are allowed; remove some."]);
        let model = "{ \"id\": \"m{i}\", \"name\": \"M\", \"description\": \"D\", \"rules\": [{ \"question\": \"owner\", \"min\": 1, \"max\": 1 }] }";
        check(
            &edit(&[(
                "\"models\": [",
                &format!("\"models\": [{},", copies(model, 18)),
            )]),
            &[],
        );
        check(
            &edit(&[(
                "\"models\": [",
                &format!("\"models\": [{},", copies(model, 19)),
            )]),
            &["$.models"],
        );
        let profile = "{ \"id\": \"p{i}\", \"kind\": \"other\", \"prompt\": \"P\", \"options\": [{ \"id\": \"a\", \"label\": \"A\" }, { \"id\": \"b\", \"label\": \"B\" }] }";
        check(
            &edit(&[(
                "\"profile\": [",
                &format!("\"profile\": [{},", copies(profile, 19)),
            )]),
            &["$.profile"],
        );
        let option = "{ \"id\": \"o{i}\", \"label\": \"O\" }";
        check(
            &edit(&[(
                "\"options\": [\n        { \"id\": \"marketing\"",
                &format!(
                    "\"options\": [{},\n        {{ \"id\": \"marketing\"",
                    copies(option, 48)
                ),
            )]),
            &[],
        );
        check(
            &edit(&[(
                "\"options\": [\n        { \"id\": \"marketing\"",
                &format!(
                    "\"options\": [{},\n        {{ \"id\": \"marketing\"",
                    copies(option, 49)
                ),
            )]),
            &["$.profile[0].options"],
        );
        let options = (1..=5).map(|level| format!("{{ \"level\": {level}, \"label\": \"L\" }}"));
        let options: Vec<String> = options.collect();
        let question = format!("{{ \"id\": \"q{{i}}\", \"dimension\": \"listening\", \"prompt\": \"Q\", \"options\": [{}] }}", options.join(", "));
        check(
            &edit(&[(
                "\"questions\": [",
                &format!("\"questions\": [{},", copies(&question, 197)),
            )]),
            &[],
        );
        check(&edit(&[("\"questions\": [", &format!("\"questions\": [{},", copies(&question, 198)))]), &["$.questions: There are 201 questions here, but at most 200 are allowed; remove some."]);
        // Each extra dimension also lacks questions and recommendations.
        let dimension =
            "{ \"id\": \"d{i}\", \"name\": \"D\", \"description\": \"D\", \"weight\": 1 }";
        let mut expected = vec!["$.dimensions".to_owned()];
        expected.extend((0..19).map(|i| format!("$.dimensions[{i}]")));
        expected.extend((0..19).map(|_| "$.recommendations".to_owned()));
        check(
            &edit(&[(
                "\"dimensions\": [",
                &format!("\"dimensions\": [{},", copies(dimension, 19)),
            )]),
            &owned(&expected),
        );
        let recommendation = "{ \"id\": \"r{i}\", \"dimension\": \"ownership\", \"levels\": [1], \"title\": \"T\", \"action\": \"A\", \"first_step\": \"F\", \"horizon\": 30 }";
        // The first extra recommendation covers level 1 of "ownership"; every later one,
        // "ownership-low" included, covers it again.
        let mut expected = vec!["$.recommendations".to_owned()];
        expected.extend((1..=198).map(|i| format!("$.recommendations[{i}].levels[0]")));
        check(
            &edit(&[(
                "\"recommendations\": [",
                &format!("\"recommendations\": [{},", copies(recommendation, 198)),
            )]),
            &owned(&expected),
        );
    }

    #[test]
    fn document_order_and_cap() {
        check(&edit(&[("\"format\": 1,", "\"methodology\": { \"text\": \"\", \"sources\": [] }, \"format\": 1,"), ("\"Minimal test questionnaire\"", "\"\"")]), &["$.methodology.text", "$.title", "$.methodology: The field \"methodology\" appears twice here; keep only one of them."]);
        check(&edit(&[("\"questions\": [", "\"questions\": [{ \"id\": \"x\", \"dimension\": \"nowhere\", \"prompt\": \"Q\", \"options\": [] },"), ("\"weight\": 1", "\"weight\": 0")]), &["$.dimensions[1].weight", "$.questions[0].dimension", "$.questions[0].options"]);
        let extra = copies("\"x{i}\": 0", 600);
        let mut expected: Vec<String> = (0..MAX_PROBLEMS).map(|i| format!("$.x{i}")).collect();
        expected.push("$: There are 100 more problems not listed here; fix the ones above and check the file again.".to_owned());
        check(
            &edit(&[("\"format\": 1,", &format!("\"format\": 1, {extra},"))]),
            &owned(&expected),
        );
    }

    #[test]
    fn helpers() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(slug("  Hello World! "), "hello-world");
        assert_eq!(and_list(&["a", "b", "c"]), "a, b and c");
        assert_eq!(
            suggest("tilte", ["title", "intro"].into_iter()),
            Some("title")
        );
        assert_eq!(suggest("xyz", ["id"].into_iter()), None);
        let chars = |word: &str| word.chars().collect::<Vec<char>>();
        assert_eq!(
            edit_distance(&chars("kitten"), &chars("sitting"), 3),
            Some(3)
        );
        assert_eq!(edit_distance(&chars("kitten"), &chars("sitting"), 2), None);
        assert_eq!(
            edit_distance(&chars("weigth"), &chars("weight"), 2),
            Some(2)
        );
        assert_eq!(edit_distance(&chars(""), &chars("ab"), 2), Some(2));
        assert_eq!(
            Problem {
                path: "$.a".to_owned(),
                message: "M.".to_owned()
            }
            .to_string(),
            "$.a: M."
        );
    }

    /// Mutations of a questionnaire: byte flips, insertions and a truncation.
    fn mutated(base: &'static str) -> impl Strategy<Value = String> {
        let flips = prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..8);
        let inserts = prop::collection::vec(
            (
                any::<prop::sample::Index>(),
                prop::sample::select(&b"{}[]\",:0123456789-. aez\\"[..]),
            ),
            0..8,
        );
        (flips, inserts, any::<prop::sample::Index>(), any::<bool>()).prop_map(
            |(flips, inserts, cut, truncate)| {
                let mut bytes = base.as_bytes().to_vec();
                for (at, byte) in flips {
                    let at = at.index(bytes.len());
                    bytes[at] = byte;
                }
                for (at, byte) in inserts {
                    let at = at.index(bytes.len());
                    bytes.insert(at, byte);
                }
                if truncate {
                    bytes.truncate(cut.index(bytes.len()));
                }
                String::from_utf8_lossy(&bytes).into_owned()
            },
        )
    }

    /// The Levenshtein distance by the whole table, to check `edit_distance` against.
    fn full_edit_distance(a: &[char], b: &[char]) -> usize {
        let mut table = vec![vec![0; b.len() + 1]; a.len() + 1];
        for (i, row) in table.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in table[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let substitute = table[i - 1][j - 1] + usize::from(a[i - 1] != b[j - 1]);
                table[i][j] = substitute.min(table[i - 1][j] + 1).min(table[i][j - 1] + 1);
            }
        }
        table[a.len()][b.len()]
    }

    proptest! {
        #[test]
        fn edit_distance_is_the_levenshtein_distance_within_the_limit(
            a in prop::collection::vec(prop::sample::select(&['a', 'b', 'c'][..]), 0..8),
            b in prop::collection::vec(prop::sample::select(&['a', 'b', 'c'][..]), 0..8),
            limit in 0usize..4,
        ) {
            let full = full_edit_distance(&a, &b);
            prop_assert_eq!(edit_distance(&a, &b, limit), (full <= limit).then_some(full));
        }

        #[test]
        fn never_panics_on_any_text(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
            let _ = Questionnaire::parse(&String::from_utf8_lossy(&bytes));
        }

        #[test]
        fn never_panics_on_json_like_text(chars in prop::collection::vec(prop::sample::select(&b"{}[]\",:01-.e \ntrufalsn\\"[..]), 0..512)) {
            let _ = Questionnaire::parse(&String::from_utf8_lossy(&chars));
        }

        #[test]
        fn mutations_fail_cleanly_or_keep_the_invariants(json in mutated(MINIMAL)) {
            match Questionnaire::parse(&json) {
                Ok(q) => assert_invariants(&q),
                Err(problems) => prop_assert!(!problems.is_empty()),
            }
        }

        #[test]
        fn mutated_translations_fail_alike_in_every_language(json in mutated(BILINGUAL)) {
            let english = Questionnaire::parse(&json);
            let german = Questionnaire::parse_in(&json, &["de"]);
            match (&english, &german) {
                (Ok(english), Ok(german)) => {
                    assert_invariants(english);
                    assert_invariants(german);
                    prop_assert_eq!(english.languages(), german.languages());
                    prop_assert_eq!(&english.questions().len(), &german.questions().len());
                }
                (Err(english), Err(german)) => {
                    prop_assert!(!english.is_empty());
                    prop_assert_eq!(english, german);
                }
                _ => prop_assert!(false, "valid in one language only: {english:?} {german:?}"),
            }
        }
    }
}
