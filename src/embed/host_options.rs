//! Reading a container's options from the host page: its JSON config, its `data-*`
//! attributes and the page's URL parameters (`options.rs` interprets the values).

use crate::options::{Options, Origin};
use assessment::json::{self, Value};
use wasm_bindgen::JsValue;

/// The option names read from `data-*` attributes and JSON config.
const OPTION_NAMES: [&str; 14] = [
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
];

/// JSON config, then data attributes, then URL parameters (the last wins), with a console
/// warning for each option that was ignored.
pub(super) fn read_options(
    document: &web_sys::Document,
    container: &web_sys::HtmlElement,
    url_options: &[(String, String)],
) -> Options {
    let mut settings: Vec<(String, String, Origin)> = Vec::new();
    let mut warnings: Vec<String> = Vec::new();
    if let Some(config) = json_config(document, container) {
        match json::parse(&config) {
            Ok(Value::Object(fields)) => settings.extend(
                fields
                    .into_iter()
                    .map(|(name, value)| (name, config_text(value), Origin::Page)),
            ),
            Ok(_) => warnings.push(
                "The JSON config is not a group of options in curly braces { … }; it was ignored."
                    .to_string(),
            ),
            Err(e) => warnings.push(format!(
                "The JSON config could not be read ({e}); it was ignored."
            )),
        }
    }
    for name in OPTION_NAMES {
        if let Some(value) = container.get_attribute(&format!("data-{name}")) {
            settings.push((name.to_string(), value, Origin::Page));
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
    for warning in warnings {
        web_sys::console::warn_1(&JsValue::from_str(&format!("Silo Check: {warning}")));
    }
    options
}

/// A JSON config value as option text: lists become comma-separated, booleans on/off.
fn config_text(value: Value) -> String {
    match value {
        Value::String(s) => s,
        Value::Bool(b) => if b { "on" } else { "off" }.to_string(),
        Value::Array(items) => items
            .iter()
            .filter_map(|v| v.as_str())
            .collect::<Vec<_>>()
            .join(","),
        other => other.to_string(),
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
