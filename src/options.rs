//! The options a host page gives a widget, read from name/value pairs.
//!
//! The same names work as data attributes (`data-theme="dark"`), as keys of a JSON config
//! element, and (for the options a visitor may safely choose) as URL parameters of the
//! hosted page. This module only interprets values; `embed/host_options.rs` collects them
//! from the page. Pure, so it is unit-tested natively.

/// Where the questionnaire comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuestionnaireSource {
    /// The built-in social media integration questionnaire.
    BuiltIn,
    /// The text of the element with this id (a `<script type="application/json">`).
    Element(String),
    /// A same-origin URL to fetch.
    Url(String),
}

/// The colour scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Follow the visitor's system setting.
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// A part of the report that a host can hide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// The overall score and level.
    Score,
    /// The radar chart, bars and table.
    Chart,
    /// The organisational model.
    Model,
    /// The three "start here" recommendations.
    StartHere,
    /// The 30/60/90-day plan.
    Plan,
    /// The recommendations for every dimension.
    Recommendations,
    /// Share link, download, print.
    Share,
    /// How the assessment works, with sources.
    Methodology,
}

impl Section {
    /// Every section, in report order.
    pub const ALL: [Section; 8] = [
        Section::Score,
        Section::Chart,
        Section::Model,
        Section::StartHere,
        Section::Plan,
        Section::Recommendations,
        Section::Share,
        Section::Methodology,
    ];

    /// The option value naming this section.
    pub fn name(self) -> &'static str {
        match self {
            Section::Score => "score",
            Section::Chart => "chart",
            Section::Model => "model",
            Section::StartHere => "start-here",
            Section::Plan => "plan",
            Section::Recommendations => "recommendations",
            Section::Share => "share",
            Section::Methodology => "methodology",
        }
    }
}

/// Everything a host can set. [`Options::default`] is the stand-alone page's behaviour.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Which questionnaire to use.
    pub questionnaire: QuestionnaireSource,
    /// The preferred language (a BCP 47 tag), before the browser's own.
    pub lang: Option<String>,
    /// Light, dark or automatic.
    pub theme: Theme,
    /// The accent colour, as a CSS hex colour.
    pub accent: Option<String>,
    /// A logo to show on the start and results screens (same-origin path or `data:image/`).
    pub logo: Option<String>,
    /// The logo's text alternative; empty when the logo is decorative.
    pub logo_alt: String,
    /// `--sc-*` custom properties to set on the widget.
    pub css_vars: Vec<(String, String)>,
    /// Whether to keep progress in localStorage.
    pub storage: bool,
    /// The prefix of the localStorage key.
    pub storage_namespace: String,
    /// The product's name in the results' heading, for a consultant's own brand
    /// (`product-name`); the widget's own ("Silo Check") when not given.
    pub product_name: Option<String>,
    /// Replaces the questionnaire's title on the start screen.
    pub start_title: Localized,
    /// Replaces the questionnaire's introduction on the start screen.
    pub start_text: Localized,
    /// Replaces the options of the department question.
    pub departments: Option<Vec<String>>,
    /// The report sections to show.
    pub show: Vec<Section>,
    /// The origins a framed widget may send results to with postMessage.
    pub allowed_origins: Vec<String>,
    /// The step to open at (`step`): `start`, `profile`, a dimension's id or `review`,
    /// as written; the widget checks it against the questionnaire
    /// (`assessment::session::Step::named`), since only that knows its dimensions.
    pub step: Option<String>,
}

/// A text a host gives for every language (`start-title`), for some
/// (`start-title-de`, or `{ "de": …, "en": … }` in the JSON config), or both.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Localized {
    /// For every language the widget shows.
    pub any: Option<String>,
    /// For one language each: its tag and the text.
    pub by_language: Vec<(String, String)>,
}

impl Localized {
    fn set(&mut self, tag: Option<&str>, value: &str) {
        let value = Some(value.to_string()).filter(|v| !v.is_empty());
        match (tag, value) {
            (None, value) => self.any = value,
            (Some(tag), Some(text)) => {
                self.by_language
                    .retain(|(t, _)| !assessment::language::same_tag(t, tag));
                self.by_language.push((tag.to_string(), text));
            }
            (Some(tag), None) => self
                .by_language
                .retain(|(t, _)| !assessment::language::same_tag(t, tag)),
        }
    }

    /// The text for a widget showing `language`: its own (the same tag, else the same
    /// primary language), else the one for every language; `None` means the
    /// questionnaire's own text, never another language's.
    pub fn get(&self, language: &str) -> Option<&str> {
        let tags: Vec<&str> = self.by_language.iter().map(|(t, _)| t.as_str()).collect();
        assessment::language::negotiate(&tags, &[language])
            .and_then(|i| self.by_language.get(i))
            .map(|(_, text)| text.as_str())
            .or(self.any.as_deref())
    }
}

/// `start-title-de` as (`start-title`, `de`): an option given for one language.
pub fn localized(name: &str) -> Option<(&'static str, &str)> {
    ["start-title", "start-text"].into_iter().find_map(|field| {
        name.strip_prefix(field)
            .and_then(|rest| rest.strip_prefix('-'))
            .filter(|tag| !tag.is_empty())
            .map(|tag| (field, tag))
    })
}

impl Default for Options {
    fn default() -> Options {
        Options {
            questionnaire: QuestionnaireSource::BuiltIn,
            lang: None,
            theme: Theme::Auto,
            accent: None,
            logo: None,
            logo_alt: String::new(),
            css_vars: Vec::new(),
            storage: true,
            storage_namespace: DEFAULT_NAMESPACE.to_string(),
            product_name: None,
            start_title: Localized::default(),
            start_text: Localized::default(),
            departments: None,
            show: Section::ALL.to_vec(),
            allowed_origins: Vec::new(),
            step: None,
        }
    }
}

/// The storage namespace when the host names none.
pub const DEFAULT_NAMESPACE: &str = "silo-check";

/// Where an option came from: URL parameters may not set what would let a stranger's link
/// send a visitor's answers elsewhere or read another widget's storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The host page's own markup (data attributes or a JSON config element).
    Page,
    /// The address of the page (query parameters).
    Url,
}

/// The longest text option accepted, in characters.
const MAX_TEXT: usize = 2_000;

impl Options {
    /// Applies one option; returns a sentence for the host's console when the option is
    /// unknown, not allowed from `origin`, or its value is not valid (the option is then
    /// left as it was).
    pub fn set(&mut self, name: &str, value: &str, origin: Origin) -> Result<(), String> {
        let value = value.trim();
        let too_long = value.chars().count() > MAX_TEXT;
        if too_long {
            return Err(format!(
                "The value of \"{name}\" is longer than {MAX_TEXT} characters and was ignored."
            ));
        }
        // A URL can be written by anyone, so it may only choose among what the page
        // offers: never where results go, whose storage is used, or what the widget says.
        let url_allowed = matches!(
            name,
            "questionnaire" | "lang" | "theme" | "storage" | "show" | "step"
        );
        if origin == Origin::Url && !url_allowed {
            return Err(format!(
                "\"{name}\" can only be set by the page itself (a data attribute or the JSON config), never by a URL parameter; it was ignored."
            ));
        }
        match name {
            "questionnaire" => {
                self.questionnaire = match value {
                    "" | "built-in" => QuestionnaireSource::BuiltIn,
                    v if v.starts_with('#') && v.len() > 1 => {
                        QuestionnaireSource::Element(v[1..].to_string())
                    }
                    v => QuestionnaireSource::Url(v.to_string()),
                }
            }
            "lang" => {
                let ok = !value.is_empty()
                    && value.len() <= 35
                    && value.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
                if !ok {
                    return Err(invalid(name, value, "a language tag such as de or en-GB"));
                }
                self.lang = Some(value.to_string());
            }
            "theme" => {
                self.theme = match value {
                    "auto" => Theme::Auto,
                    "light" => Theme::Light,
                    "dark" => Theme::Dark,
                    _ => return Err(invalid(name, value, "auto, light or dark")),
                }
            }
            "accent" => {
                if !is_hex_colour(value) {
                    return Err(invalid(name, value, "a hex colour such as #1a56c4"));
                }
                self.accent = Some(value.to_string());
            }
            "logo" => {
                if !is_safe_image_url(value) {
                    return Err(invalid(
                        name,
                        value,
                        "a path on this site (such as /images/logo.svg) or a data:image/ URL",
                    ));
                }
                self.logo = Some(value.to_string());
            }
            "logo-alt" => self.logo_alt = value.to_string(),
            "css-vars" => self.css_vars = parse_css_vars(value)?,
            "storage" => {
                self.storage = match value {
                    "on" | "true" | "" => true,
                    "off" | "false" => false,
                    _ => return Err(invalid(name, value, "on or off")),
                }
            }
            "storage-namespace" => {
                let ok = !value.is_empty()
                    && value.len() <= 64
                    && value
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
                if !ok {
                    return Err(invalid(name, value, "1-64 letters, digits, - _ or ."));
                }
                self.storage_namespace = value.to_string();
            }
            "step" => self.step = Some(value.to_string()),
            "product-name" => self.product_name = Some(value.to_string()).filter(|v| !v.is_empty()),
            "start-title" => self.start_title.set(None, value),
            "start-text" => self.start_text.set(None, value),
            _ if localized(name).is_some() => {
                let Some((field, tag)) = localized(name) else {
                    return Ok(());
                };
                if !assessment::language::is_valid_tag(tag) {
                    return Err(invalid(
                        name,
                        value,
                        "a text, with a language tag such as start-title-de",
                    ));
                }
                let texts = if field == "start-title" {
                    &mut self.start_title
                } else {
                    &mut self.start_text
                };
                texts.set(Some(tag), value);
            }
            "departments" => {
                self.departments = Some(
                    value
                        .split(',')
                        .map(|d| d.trim().to_string())
                        .filter(|d| !d.is_empty())
                        .collect(),
                )
            }
            "show" => {
                let mut show = Vec::new();
                for part in value.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                    match Section::ALL.iter().find(|s| s.name() == part) {
                        Some(s) => show.push(*s),
                        None => {
                            let names: Vec<&str> = Section::ALL.iter().map(|s| s.name()).collect();
                            return Err(invalid(name, part, &names.join(", ")));
                        }
                    }
                }
                self.show = show;
            }
            // Read by the loader, which starts the widget (embed/silo-check.js).
            "lazy" => {
                if !matches!(value, "on" | "off") {
                    return Err(invalid(name, value, "on or off"));
                }
            }
            "allowed-origins" => {
                let mut origins = Vec::new();
                for part in value
                    .split([',', ' '])
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                {
                    if !is_origin(part) {
                        return Err(invalid(
                            name,
                            part,
                            "origins such as https://portal.example.com (never *)",
                        ));
                    }
                    origins.push(part.trim_end_matches('/').to_string());
                }
                self.allowed_origins = origins;
            }
            _ => return Err(format!("There is no option \"{name}\"; it was ignored.")),
        }
        Ok(())
    }

    /// Whether a report section is shown.
    pub fn shows(&self, section: Section) -> bool {
        self.show.contains(&section)
    }

    /// The address the questionnaire is fetched from, when the host gave one.
    pub fn fetched_from(&self) -> Option<&str> {
        match &self.questionnaire {
            QuestionnaireSource::Url(url) => Some(url),
            QuestionnaireSource::BuiltIn | QuestionnaireSource::Element(_) => None,
        }
    }
}

fn invalid(name: &str, value: &str, expected: &str) -> String {
    format!("The option \"{name}\" cannot be \"{value}\"; use {expected}. It was ignored.")
}

/// `#rgb` or `#rrggbb`: a colour that cannot smuggle anything into CSS.
fn is_hex_colour(value: &str) -> bool {
    value
        .strip_prefix('#')
        .is_some_and(|hex| matches!(hex.len(), 3 | 6) && hex.chars().all(|c| c.is_ascii_hexdigit()))
}

/// A same-origin path, or an inline image: what `img-src 'self' data:` allows.
///
/// Only a first sieve on the text: browsers read `\\` as `/` and drop tabs and line breaks
/// from URLs, so `/\\host/logo.svg` is another site's address, and anything with a backslash,
/// a control character or whitespace, or starting with `//`, is refused here. The widget
/// then resolves the address against the page's own and compares origins
/// (`embed/mount.rs`), which decides.
fn is_safe_image_url(value: &str) -> bool {
    let data = [
        "data:image/png",
        "data:image/svg+xml",
        "data:image/jpeg",
        "data:image/gif",
        "data:image/webp",
    ]
    .iter()
    .any(|p| value.starts_with(p));
    let suspicious = value.is_empty()
        || value.starts_with("//")
        || value
            .chars()
            .any(|c| c == '\\' || c.is_whitespace() || c.is_control() || c == '"' || c == '\'');
    let path = value.starts_with('/') || value.starts_with("./") || !value.contains(':');
    (path || data) && !suspicious
}

/// `scheme://host[:port]` for http or https, nothing after the authority.
fn is_origin(value: &str) -> bool {
    let value = value.trim_end_matches('/');
    let Some(rest) = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"))
    else {
        return false;
    };
    !rest.is_empty()
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
}

/// `--sc-name: value; --sc-other: value`, with names under the widget's prefix and values
/// that cannot close a declaration or open a block.
fn parse_css_vars(value: &str) -> Result<Vec<(String, String)>, String> {
    let mut vars = Vec::new();
    for declaration in value.split(';').map(str::trim).filter(|d| !d.is_empty()) {
        let Some((name, val)) = declaration.split_once(':') else {
            return Err(invalid(
                "css-vars",
                declaration,
                "declarations like --sc-radius: 4px",
            ));
        };
        let (name, val) = (name.trim(), val.trim());
        let name_ok = name.starts_with("--sc-")
            && name[5..]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-')
            && name.len() > 5;
        let value_ok = !val.is_empty()
            && !val.contains(['{', '}', ';', '<', '>', '\\', '"', '\''])
            && !val.to_ascii_lowercase().contains("url(");
        if !name_ok || !value_ok {
            return Err(invalid(
                "css-vars",
                declaration,
                "--sc-* properties with plain values (no url(), quotes or braces)",
            ));
        }
        vars.push((name.to_string(), val.to_string()));
    }
    Ok(vars)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Applies `pairs` to the defaults and checks the result and the messages.
    fn check(pairs: &[(&str, &str, Origin)], expected: Options, messages: usize) {
        let mut options = Options::default();
        let errors: Vec<String> = pairs
            .iter()
            .filter_map(|(n, v, o)| options.set(n, v, *o).err())
            .collect();
        assert_eq!(options, expected, "{pairs:?}");
        assert_eq!(errors.len(), messages, "{errors:?}");
        for e in errors {
            assert!(e.ends_with('.'), "a sentence: {e}");
        }
    }

    use Origin::{Page, Url};

    #[test]
    fn start_texts_per_language_show_only_in_their_language() {
        let mut options = Options::default();
        for (name, value) in [
            ("start-title-de", "Wie sozial ist Acme?"),
            ("start-text-de", "Nur auf Deutsch."),
            ("start-title", "How social is Acme?"),
        ] {
            assert_eq!(options.set(name, value, Origin::Page), Ok(()));
        }
        assert_eq!(
            options.start_title.get("de-AT"),
            Some("Wie sozial ist Acme?")
        );
        assert_eq!(options.start_title.get("en"), Some("How social is Acme?"));
        // No English start text: the questionnaire's own, never the German one.
        assert_eq!(options.start_text.get("en"), None);
        assert_eq!(options.start_text.get("de"), Some("Nur auf Deutsch."));
        assert!(options.set("start-title-x!", "?", Origin::Page).is_err());
        assert!(options.set("start-title-de", "Hallo", Origin::Url).is_err());
    }

    #[test]
    fn valid_options_are_applied() {
        check(
            &[
                ("questionnaire", "#my-questions", Page),
                ("theme", "dark", Url),
                ("lang", "de-AT", Url),
                ("accent", "#0a7", Page),
                ("logo", "/img/logo.svg", Page),
                ("logo-alt", "Acme Consulting", Page),
                (
                    "css-vars",
                    "--sc-radius: 2px; --sc-font: Georgia, serif",
                    Page,
                ),
                ("storage", "off", Url),
                ("storage-namespace", "acme.client-7", Page),
                ("start-title", "How social is Acme?", Page),
                ("departments", "Sales, Service ,, Brand", Page),
                ("show", "score, chart,plan", Url),
                ("step", "integration", Url),
                (
                    "allowed-origins",
                    "https://portal.example.com http://127.0.0.1:4000/",
                    Page,
                ),
            ],
            Options {
                questionnaire: QuestionnaireSource::Element("my-questions".into()),
                lang: Some("de-AT".into()),
                theme: Theme::Dark,
                accent: Some("#0a7".into()),
                logo: Some("/img/logo.svg".into()),
                logo_alt: "Acme Consulting".into(),
                css_vars: vec![
                    ("--sc-radius".into(), "2px".into()),
                    ("--sc-font".into(), "Georgia, serif".into()),
                ],
                storage: false,
                storage_namespace: "acme.client-7".into(),
                start_title: Localized {
                    any: Some("How social is Acme?".into()),
                    by_language: Vec::new(),
                },
                departments: Some(vec!["Sales".into(), "Service".into(), "Brand".into()]),
                show: vec![Section::Score, Section::Chart, Section::Plan],
                allowed_origins: vec![
                    "https://portal.example.com".into(),
                    "http://127.0.0.1:4000".into(),
                ],
                step: Some("integration".into()),
                ..Options::default()
            },
            0,
        );
        check(
            &[("questionnaire", "/q/acme.json", Url)],
            Options {
                questionnaire: QuestionnaireSource::Url("/q/acme.json".into()),
                ..Options::default()
            },
            0,
        );
    }

    #[test]
    fn unsafe_or_invalid_values_are_ignored_with_a_message() {
        check(
            &[
                ("theme", "purple", Page),
                ("lang", "de<script>", Page),
                ("accent", "red; background: url(x)", Page),
                ("accent", "#12345", Page),
                ("logo", "javascript:alert(1)", Page),
                ("logo", "https://tracker.example/pixel.png", Page),
                ("logo", "//tracker.example/pixel.png", Page),
                ("logo", "/\\tracker.example:4174/logo.svg", Page),
                ("logo", "\\\\tracker.example:4174\\logo.svg", Page),
                ("logo", "\\/tracker.example/logo.svg", Page),
                ("logo", "/\t/tracker.example/logo.svg", Page),
                ("logo", "/img\\..\\logo.svg", Page),
                ("css-vars", "--sc-radius: 2px; color: red", Page),
                ("css-vars", "--sc-bg: url(https://x)", Page),
                ("css-vars", "--sc-bg: red}body{display:none", Page),
                ("storage", "maybe", Page),
                ("storage-namespace", "a b", Page),
                ("show", "score,everything", Page),
                ("allowed-origins", "*", Page),
                ("allowed-origins", "https://a.example/path", Page),
                ("nonsense", "1", Page),
            ],
            Options::default(),
            21,
        );
    }

    #[test]
    fn a_url_cannot_redirect_results_storage_or_words() {
        check(
            &[
                ("allowed-origins", "https://evil.example", Url),
                ("storage-namespace", "other", Url),
                ("start-title", "Your account is locked", Url),
                ("start-text", "Call this number", Url),
                ("logo", "/img/other.svg", Url),
                ("css-vars", "--sc-color-text: #fff", Url),
                ("accent", "#fff", Url),
                ("departments", "A, B", Url),
            ],
            Options::default(),
            8,
        );
    }

    #[test]
    fn a_step_is_kept_as_written_from_the_page_or_the_url() {
        // Whether the questionnaire has the step is the widget's to check (app.rs), which
        // warns about a name it has no step for, an empty one too.
        for (value, origin) in [(" review ", Page), ("integration", Url), ("", Url)] {
            check(
                &[("step", value, origin)],
                Options {
                    step: Some(value.trim().into()),
                    ..Options::default()
                },
                0,
            );
        }
        check(
            &[("step", &"x".repeat(MAX_TEXT + 1), Url)],
            Options::default(),
            1,
        );
    }

    #[test]
    fn overlong_values_are_refused() {
        let long = "x".repeat(MAX_TEXT + 1);
        check(&[("start-text", &long, Page)], Options::default(), 1);
    }
}
