//! The languages the domain writes its own sentences in: error messages, the team view's
//! generated texts and the workshop agenda.
//!
//! A questionnaire brings its texts in as many languages as its file declares (see
//! [`crate::language`]); the sentences the domain generates around them (that a share code
//! is damaged, that three departments put a dimension two levels apart) are written here,
//! once for each [`Locale`]. Every type that produces such a sentence keeps its English
//! [`std::fmt::Display`] and adds a method taking a [`Locale`], such as
//! [`crate::ShareError::message`].

use crate::language;
use std::fmt::{Display, Write};

/// A language the domain's own sentences are written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Locale {
    /// English, the default.
    #[default]
    En,
    /// German, in the Sie-Form.
    De,
}

impl Locale {
    /// Every locale, the default first.
    pub const ALL: [Locale; 2] = [Locale::En, Locale::De];

    /// The locale for a BCP 47 tag, by its primary language (`de-AT` and `DE_ch` give
    /// [`Locale::De`]); English for any language without sentences of its own, and for
    /// malformed tags.
    pub fn from_tag(tag: &str) -> Locale {
        Locale::find(tag).unwrap_or_default()
    }

    /// The locale that best fits a reader's languages, most preferred first (as a
    /// browser's `navigator.languages` lists them), by the rules of
    /// [`language::negotiate`]; English when none fits.
    pub fn negotiate(preferred: &[&str]) -> Locale {
        let tags = Locale::ALL.map(Locale::tag);
        language::negotiate(&tags, preferred)
            .and_then(|index| Locale::ALL.get(index).copied())
            .unwrap_or_default()
    }

    /// The locale for a tag whose primary language is one of the locales (`de-AT` gives
    /// [`Locale::De`]), or `None`: unlike [`Locale::from_tag`], no fallback.
    pub fn find(tag: &str) -> Option<Locale> {
        let primary = language::primary(tag.trim());
        Locale::ALL
            .into_iter()
            .find(|locale| language::same_tag(locale.tag(), primary))
    }

    /// The language's name in itself, as a language switcher lists it: `English`,
    /// `Deutsch`.
    pub fn name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::De => "Deutsch",
        }
    }

    /// The locale's BCP 47 tag: `en` or `de`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::De => "de",
        }
    }

    /// A whole number with the locale's thousands separator: `10,000` in English,
    /// `10.000` in German.
    pub fn number(self, n: usize) -> String {
        let separator = match self {
            Locale::En => ',',
            Locale::De => '.',
        };
        let digits = n.to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (index, c) in digits.chars().enumerate() {
            if index > 0 && (digits.len() - index) % 3 == 0 {
                out.push(separator);
            }
            out.push(c);
        }
        out
    }

    /// A list in running text: "a", "a and b", "a, b and c" (in German with "und").
    pub fn and_list<S: AsRef<str>>(self, items: &[S]) -> String {
        let and = match self {
            Locale::En => "and",
            Locale::De => "und",
        };
        let mut out = String::new();
        for (index, item) in items.iter().enumerate() {
            if index > 0 {
                out.push_str(if index + 1 == items.len() { " " } else { ", " });
                if index + 1 == items.len() {
                    out.push_str(and);
                    out.push(' ');
                }
            }
            out.push_str(item.as_ref());
        }
        out
    }

    /// A count with its noun in the singular or the plural, the number written with
    /// [`Locale::number`]: "1 person", "10,000 people".
    pub fn count(self, n: usize, one: &str, many: &str) -> String {
        format!("{} {}", self.number(n), if n == 1 { one } else { many })
    }
}

/// `template` with each `{name}` replaced by its value, in one pass: a value that itself
/// contains `{name}` (a department called "{n}") is written as it is, never replaced
/// again. A `{` that starts no known placeholder is kept.
pub fn fill(template: &str, values: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let known = after.split_once('}').and_then(|(name, tail)| {
            values
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, value)| (value, tail))
        });
        match known {
            Some((value, tail)) => {
                let _ = write!(out, "{value}");
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn fill_replaces_each_placeholder_once() {
        assert_eq!(fill("{a} of {b}", &[("a", &1), ("b", &"two")]), "1 of two");
        assert_eq!(fill("{a} and {a}", &[("a", &"x")]), "x and x");
        // A value is never read as a template.
        assert_eq!(
            fill("{name}: {n}", &[("name", &"{n}"), ("n", &3)]),
            "{n}: 3"
        );
        assert_eq!(fill("{unknown} {", &[("n", &3)]), "{unknown} {");
        assert_eq!(fill("", &[]), "");
    }

    #[test]
    fn a_locale_is_found_by_its_primary_language() {
        assert_eq!(Locale::find("de-AT"), Some(Locale::De));
        assert_eq!(Locale::find("fr"), None);
        assert_eq!(Locale::from_tag("fr"), Locale::En);
    }

    /// Checks that a localized text exists in every locale and is translated: the German
    /// is not empty and differs from the English; with `sentence`, each language's text
    /// starts with a capital letter and ends with a full stop.
    pub(crate) fn check_localized(what: &str, sentence: bool, text: impl Fn(Locale) -> String) {
        let (en, de) = (text(Locale::En), text(Locale::De));
        assert!(!en.trim().is_empty(), "{what}: no English text");
        assert!(!de.trim().is_empty(), "{what}: no German text");
        assert_ne!(en, de, "{what}: the German text is the English one");
        if sentence {
            for message in [&en, &de] {
                assert!(
                    message.starts_with(char::is_uppercase) && message.ends_with('.'),
                    "{what}: not a sentence: {message}"
                );
            }
        }
        for message in [&en, &de] {
            assert!(!message.contains("  "), "{what}: double space: {message}");
        }
    }

    #[test]
    fn locales_from_tags() {
        for (tag, locale) in [
            ("en", Locale::En),
            ("de", Locale::De),
            ("de-AT", Locale::De),
            ("DE_ch", Locale::De),
            (" de ", Locale::De),
            ("en-GB", Locale::En),
            ("fr", Locale::En),
            ("deu", Locale::En),
            ("", Locale::En),
            ("*", Locale::En),
        ] {
            assert_eq!(Locale::from_tag(tag), locale, "{tag:?}");
        }
        for locale in Locale::ALL {
            assert_eq!(Locale::from_tag(locale.tag()), locale);
        }
        assert_eq!(Locale::negotiate(&["fr-FR", "de-AT", "en"]), Locale::De);
        assert_eq!(Locale::negotiate(&["en-US", "de"]), Locale::En);
        assert_eq!(Locale::negotiate(&["fr"]), Locale::En);
        assert_eq!(Locale::negotiate(&[]), Locale::En);
    }

    #[test]
    fn numbers_and_lists() {
        for (n, en, de) in [
            (0, "0", "0"),
            (999, "999", "999"),
            (1_000, "1,000", "1.000"),
            (10_000, "10,000", "10.000"),
            (1_234_567, "1,234,567", "1.234.567"),
        ] {
            assert_eq!(Locale::En.number(n), en);
            assert_eq!(Locale::De.number(n), de);
        }
        let items = |all: &[&str]| -> Vec<String> { all.iter().map(|s| s.to_string()).collect() };
        assert_eq!(Locale::En.and_list::<String>(&[]), "");
        assert_eq!(Locale::De.and_list(&items(&["a"])), "a");
        assert_eq!(Locale::En.and_list(&items(&["a", "b", "c"])), "a, b and c");
        assert_eq!(Locale::De.and_list(&items(&["a", "b", "c"])), "a, b und c");
        assert_eq!(Locale::De.count(1, "Person", "Personen"), "1 Person");
        assert_eq!(
            Locale::De.count(2_000, "Person", "Personen"),
            "2.000 Personen"
        );
    }
}
