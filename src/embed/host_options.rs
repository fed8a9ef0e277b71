//! Reading a container's options from the host page: its JSON config, its `data-*`
//! attributes and the page's URL parameters (`options.rs` interprets the values).

use crate::options::{Options, Origin};
use assessment::json::{self, Entries, Lenient, ReadError};
use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};
use std::fmt;

/// The option names read from `data-*` attributes and JSON config.
const OPTION_NAMES: [&str; 17] = [
    "questionnaire",
    "lang",
    "theme",
    "accent",
    "logo",
    "logo-alt",
    "css-vars",
    "storage",
    "storage-namespace",
    "start-title",
    "start-text",
    "departments",
    "show",
    "allowed-origins",
    "lazy",
    "product-name",
    "step",
];

/// JSON config, then data attributes, then URL parameters (the last wins), with a console
/// warning for each option that was ignored when `warn` (once a container: not again when
/// the widget with the validator mounts one the built-in one has read).
pub(super) fn read_options(
    document: &web_sys::Document,
    container: &web_sys::HtmlElement,
    url_options: &[(String, String)],
    warn: bool,
) -> Options {
    let mut settings: Vec<(String, String, Origin)> = Vec::new();
    let mut warnings: Vec<String> = Vec::new();
    if let Some(config) = json_config(document, container) {
        match json::from_str::<HostConfig>(&config) {
            Ok(HostConfig(Entries(options))) => {
                for (name, ConfigValue { text, by_language }) in options {
                    // `{ "de": …, "en": … }`: one option a language, as `start-title-de`.
                    for (tag, value) in by_language {
                        settings.push((format!("{name}-{tag}"), value, Origin::Page));
                    }
                    if let Some(text) = text {
                        settings.push((name, text, Origin::Page));
                    }
                }
            }
            Err(ReadError::Shape) => warnings.push(
                "The JSON config is not a group of options in curly braces { … }; it was ignored."
                    .to_string(),
            ),
            Err(ReadError::Syntax(e)) => warnings.push(format!(
                "The JSON config could not be read ({e}); it was ignored."
            )),
        }
    }
    // A `<silo-check>` element takes the options as plain attributes (`lang="de"`), a
    // container as data attributes (`data-lang="de"`); the plain one wins on the element.
    let element = container.tag_name().eq_ignore_ascii_case("silo-check");
    for name in OPTION_NAMES {
        let plain = element.then(|| container.get_attribute(name)).flatten();
        if let Some(value) = plain.or_else(|| container.get_attribute(&format!("data-{name}"))) {
            settings.push((name.to_string(), value, Origin::Page));
        }
    }
    // Texts for one language each: `data-start-title-de` (`start-title-de` on the element).
    for attribute in container
        .get_attribute_names()
        .iter()
        .filter_map(|a| a.as_string())
    {
        let name = match attribute.strip_prefix("data-") {
            Some(name) => name,
            None if element => attribute.as_str(),
            None => continue,
        };
        if crate::options::localized(name).is_some() {
            if let Some(value) = container.get_attribute(&attribute) {
                settings.push((name.to_string(), value, Origin::Page));
            }
        }
    }
    settings.extend(
        url_options
            .iter()
            .map(|(n, v)| (n.clone(), v.clone(), Origin::Url)),
    );
    let mut options = Options::default();
    for (name, value, origin) in settings {
        if let Err(message) = options.set(&name, &value, origin) {
            warnings.push(message);
        }
    }
    for warning in warnings.into_iter().filter(|_| warn) {
        super::warn(format_args!("{warning}"));
    }
    options
}

/// A host's JSON config: option names (any names: `Options::set` warns about unknown
/// ones) and their values, in document order. Of a repeated name only the last counts.
#[derive(Deserialize)]
#[serde(transparent)]
struct HostConfig(Entries<ConfigValue>);

/// A JSON config value as option text: a text as it is, `true` and `false` as `on` and
/// `off`, a list as its texts joined by commas, a number as written, `null` as `null`; a
/// group of texts (`{ "de": …, "en": … }`) as one text a language, and any other group of
/// fields as `{…}` (which no option accepts).
struct ConfigValue {
    text: Option<String>,
    by_language: Vec<(String, String)>,
}

impl ConfigValue {
    fn text(text: String) -> ConfigValue {
        ConfigValue {
            text: Some(text),
            by_language: Vec::new(),
        }
    }
}

impl<'de> Deserialize<'de> for ConfigValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<ConfigValue, D::Error> {
        deserializer.deserialize_any(ConfigValueVisitor)
    }
}

struct ConfigValueVisitor;

impl<'de> Visitor<'de> for ConfigValueVisitor {
    type Value = ConfigValue;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an option's value")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<ConfigValue, E> {
        Ok(ConfigValue::text(text.to_string()))
    }

    fn visit_bool<E: de::Error>(self, on: bool) -> Result<ConfigValue, E> {
        Ok(ConfigValue::text(if on { "on" } else { "off" }.to_string()))
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<ConfigValue, E> {
        Ok(ConfigValue::text(n.to_string()))
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<ConfigValue, E> {
        Ok(ConfigValue::text(n.to_string()))
    }

    fn visit_unit<E: de::Error>(self) -> Result<ConfigValue, E> {
        Ok(ConfigValue::text("null".to_string()))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<ConfigValue, A::Error> {
        let mut texts = Vec::new();
        while let Some(Lenient(item)) = items.next_element::<Lenient<String>>()? {
            texts.extend(item);
        }
        Ok(ConfigValue::text(texts.join(",")))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut fields: A) -> Result<ConfigValue, A::Error> {
        let mut by_language = Vec::new();
        let mut texts_only = true;
        while let Some((key, Lenient(value))) = fields.next_entry::<String, Lenient<String>>()? {
            match value {
                Some(text) => by_language.push((key, text)),
                None => texts_only = false,
            }
        }
        Ok(if texts_only && !by_language.is_empty() {
            ConfigValue {
                text: None,
                by_language,
            }
        } else {
            ConfigValue::text("{…}".to_string())
        })
    }
}

/// The text of the container's JSON config: `data-config="#id"`, or a child
/// `<script type="application/json" data-silo-check-config>`.
fn json_config(document: &web_sys::Document, container: &web_sys::HtmlElement) -> Option<String> {
    if let Some(id) = container
        .get_attribute("data-config")
        .and_then(|c| c.strip_prefix('#').map(str::to_string))
    {
        return document.get_element_by_id(&id)?.text_content();
    }
    container
        .query_selector("script[type='application/json'][data-silo-check-config]")
        .ok()
        .flatten()?
        .text_content()
}

/// The page's query parameters whose names are options.
pub(super) fn url_parameters(window: &web_sys::Window) -> Vec<(String, String)> {
    let Ok(search) = window.location().search() else {
        return Vec::new();
    };
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return Vec::new();
    };
    OPTION_NAMES
        .iter()
        .filter_map(|name| params.get(name).map(|v| (name.to_string(), v)))
        .collect()
}
