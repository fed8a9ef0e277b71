//! The languages the domain writes its own sentences in: error messages, the team view's
//! generated texts and the workshop agenda.
//!
//! A questionnaire brings its texts in as many languages as its file declares (see
//! [`crate::language`]); the sentences the domain generates around them (that a share code
//! is damaged, that three departments put a dimension two levels apart) are written once for
//! each [`Locale`], in the domain's message catalogues (`messages.rs`, one `static` a
//! locale, like the widget's `i18n.rs`), with their `{placeholders}` replaced by [`fill`].
//! Every type that produces such a sentence keeps its English [`std::fmt::Display`] and
//! adds a method taking a [`Locale`], such as [`crate::ShareError::message`].

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

/// What a character that a reader cannot see, or may take for another, is called (in
/// English), or `None` for an ordinary one: control characters, invisible formatting
/// (zero-width spaces, bidirectional marks and overrides, variation selectors, tags),
/// spaces other than the plain one, full-width and mathematical letters, and, when `mixed`
/// (the text also has a Latin letter a-z), Cyrillic and Greek letters, which pass for Latin
/// ones. Messages show such a character as `[U+200B]` and name it (issue 19).
pub(crate) fn unclear(c: char, mixed: bool) -> Option<&'static str> {
    let name = match u32::from(c) {
        0x09 => "tab",
        0x0A => "line break",
        0x0D => "carriage return",
        0x00..=0x1F | 0x7F..=0x9F => "control character",
        0xA0 => "no-break space",
        0xAD => "soft hyphen",
        0x034F => "combining grapheme joiner",
        0x061C => "Arabic letter mark",
        0x115F | 0x1160 | 0x3164 | 0xFFA0 => "blank Hangul filler",
        0x1680 | 0x2000..=0x200A | 0x205F | 0x3000 => "unusual space",
        0x180E => "Mongolian vowel separator",
        0x200B => "zero-width space",
        0x200C => "zero-width non-joiner",
        0x200D => "zero-width joiner",
        0x200E => "left-to-right mark",
        0x200F => "right-to-left mark",
        0x2028 => "line separator",
        0x2029 => "paragraph separator",
        0x202A => "left-to-right embedding",
        0x202B => "right-to-left embedding",
        0x202C => "pop directional formatting",
        0x202D => "left-to-right override",
        0x202E => "right-to-left override",
        0x202F => "narrow no-break space",
        0x2060 => "word joiner",
        0x2061..=0x2064 | 0x206A..=0x206F | 0xFFF9..=0xFFFB => "invisible character",
        0x2066 => "left-to-right isolate",
        0x2067 => "right-to-left isolate",
        0x2068 => "first strong isolate",
        0x2069 => "pop directional isolate",
        0xFE00..=0xFE0F | 0xE0100..=0xE01EF => "variation selector",
        0xFEFF => "zero-width no-break space (byte order mark)",
        0xFF01..=0xFF5E => "full-width character",
        0x1D400..=0x1D7FF => "mathematical letter",
        0xE0000..=0xE007F => "tag character",
        0x0400..=0x052F if mixed => "Cyrillic letter",
        0x0370..=0x03FF if mixed => "Greek letter",
        _ => return None,
    };
    Some(name)
}

/// `text` with each [`unclear`] character written as `[U+XXXX]`, and what each of them is,
/// once each, in order: `("own[U+200B]ership", ["U+200B is a zero-width space"])`.
pub(crate) fn visible(text: &str) -> (String, Vec<String>) {
    let mixed = text.chars().any(|c| c.is_ascii_alphabetic());
    let mut shown = String::with_capacity(text.len());
    let mut notes: Vec<String> = Vec::new();
    for c in text.chars() {
        match unclear(c, mixed) {
            Some(name) => {
                let code = format!("U+{:04X}", u32::from(c));
                let _ = write!(shown, "[{code}]");
                let article =
                    if name.starts_with(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U']) {
                        "an"
                    } else {
                        "a"
                    };
                let note = format!("{code} is {article} {name}");
                if !notes.contains(&note) {
                    notes.push(note);
                }
            }
            None => shown.push(c),
        }
    }
    (shown, notes)
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
