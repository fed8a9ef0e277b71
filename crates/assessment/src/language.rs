//! Language tags: which of a questionnaire's languages fits what a reader prefers, and the
//! English names of languages for validation messages.
//!
//! A questionnaire file declares its languages as BCP 47 tags (`"en"`, `"de"`, `"de-CH"`),
//! the default first; see `questionnaires/README.md`. Tags are compared without regard to
//! case, as BCP 47 says, and `_` is read as `-`, because some systems write `de_DE`.

/// The most languages one questionnaire file may declare.
pub const MAX_LANGUAGES: usize = 20;

/// Whether a tag looks like BCP 47: a primary language of 2-8 letters, then subtags of 1-8
/// letters and digits, separated by `-`.
pub fn is_valid_tag(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let primary = subtags
        .next()
        .is_some_and(|s| (2..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphabetic()));
    primary
        && subtags
            .all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The primary language subtag of a tag, such as `de` for `de-AT`.
pub fn primary(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or(tag)
}

/// Whether two tags name the same language variant, ignoring case and reading `_` as `-`.
pub fn same_tag(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .all(|(x, y)| normal(x) == normal(y))
}

fn normal(byte: u8) -> u8 {
    if byte == b'_' {
        b'-'
    } else {
        byte.to_ascii_lowercase()
    }
}

/// The index in `available` of the language to use for a reader who prefers `preferred`,
/// most preferred first (as a browser's `navigator.languages` or a host's option lists
/// them); `None` when none of them fits.
///
/// Each preferred tag is tried in turn, and the first that fits wins: a tag fits an
/// available one that is the same tag (`de-AT` and `de-AT`), then one that is its primary
/// language (`de-AT` and `de`), then one with the same primary language (`de-AT` and
/// `de-CH`), because a German reader in Austria is better served by Swiss German texts than
/// by English ones. Malformed preferred tags and `*` fit nothing. The work is linear in
/// each list's length times the other's, and both are short.
pub fn negotiate<S: AsRef<str>>(available: &[S], preferred: &[&str]) -> Option<usize> {
    let find = |fits: &dyn Fn(&str) -> bool| available.iter().position(|tag| fits(tag.as_ref()));
    preferred.iter().map(|tag| tag.trim()).find_map(|wanted| {
        if wanted.is_empty() || wanted == "*" {
            return None;
        }
        let wanted_primary = primary(wanted);
        find(&|tag| same_tag(tag, wanted))
            .or_else(|| find(&|tag| same_tag(tag, wanted_primary)))
            .or_else(|| find(&|tag| same_tag(primary(tag), wanted_primary)))
    })
}

/// The English name of a tag's language, for messages such as "The German ("de") text is
/// missing"; `None` for languages this short list does not know.
pub fn english_name(tag: &str) -> Option<&'static str> {
    const NAMES: &[(&str, &str)] = &[
        ("ar", "Arabic"),
        ("bg", "Bulgarian"),
        ("ca", "Catalan"),
        ("cs", "Czech"),
        ("da", "Danish"),
        ("de", "German"),
        ("el", "Greek"),
        ("en", "English"),
        ("es", "Spanish"),
        ("et", "Estonian"),
        ("fi", "Finnish"),
        ("fr", "French"),
        ("he", "Hebrew"),
        ("hr", "Croatian"),
        ("hu", "Hungarian"),
        ("it", "Italian"),
        ("ja", "Japanese"),
        ("ko", "Korean"),
        ("lt", "Lithuanian"),
        ("lv", "Latvian"),
        ("nb", "Norwegian"),
        ("nl", "Dutch"),
        ("no", "Norwegian"),
        ("pl", "Polish"),
        ("pt", "Portuguese"),
        ("ro", "Romanian"),
        ("ru", "Russian"),
        ("sk", "Slovak"),
        ("sl", "Slovenian"),
        ("sv", "Swedish"),
        ("tr", "Turkish"),
        ("uk", "Ukrainian"),
        ("zh", "Chinese"),
    ];
    let primary = primary(tag);
    NAMES
        .iter()
        .find(|(code, _)| same_tag(code, primary))
        .map(|(_, name)| *name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(available: &[&str], preferred: &[&str], expected: Option<&str>) {
        let picked = negotiate(available, preferred).map(|i| available[i]);
        assert_eq!(picked, expected, "{available:?} for {preferred:?}");
    }

    #[test]
    fn negotiation() {
        let en_de = ["en", "de"];
        check(&en_de, &["de"], Some("de"));
        check(&en_de, &["de-AT"], Some("de"));
        check(&en_de, &["DE-at"], Some("de"));
        check(&en_de, &["de_DE"], Some("de"));
        check(&en_de, &["fr", "de-CH", "en"], Some("de"));
        check(&en_de, &["en-GB", "de"], Some("en"));
        check(&en_de, &["fr"], None);
        check(&en_de, &[], None);
        check(&en_de, &["*", "", " de "], Some("de"));
        check(&["en", "de-CH", "de"], &["de-AT"], Some("de"));
        check(&["en", "de-CH", "de"], &["de-ch"], Some("de-CH"));
        check(&["en", "de-CH"], &["de-AT"], Some("de-CH"));
        check(&["en", "de-CH"], &["de"], Some("de-CH"));
        check(&["pt-BR", "pt-PT"], &["pt-PT"], Some("pt-PT"));
        check(&["pt-BR", "pt-PT"], &["pt"], Some("pt-BR"));
        check(&["en"], &["english"], None);
    }

    #[test]
    fn tags_and_names() {
        for tag in [
            "en",
            "de-CH",
            "zh-Hant-TW",
            "sr-Latn",
            "en-US-x-twain",
            "English",
        ] {
            assert!(is_valid_tag(tag), "{tag}");
        }
        for tag in [
            "",
            "e",
            "en_GB",
            "en-",
            "-en",
            "1a",
            "en-toolongsubtag",
            "de CH",
        ] {
            assert!(!is_valid_tag(tag), "{tag}");
        }
        assert_eq!(primary("de-AT"), "de");
        assert_eq!(primary("de_AT"), "de");
        assert_eq!(primary("de"), "de");
        assert!(same_tag("de-at", "DE_AT") && !same_tag("de", "de-AT"));
        assert_eq!(english_name("de-CH"), Some("German"));
        assert_eq!(english_name("EN"), Some("English"));
        assert_eq!(english_name("tlh"), None);
    }
}
