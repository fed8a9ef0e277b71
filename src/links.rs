//! The page address: share links carry a report's code in the URL fragment (`#r=CODE`),
//! which browsers never send to a server.

/// The fragment key that marks a share code.
pub const SHARE_KEY: &str = "r=";

/// The fragment key that opens the team view with the codes gathered so far.
pub const TEAM_KEY: &str = "team=";

/// The longest value of one fragment parameter read (a team link of 10,000 codes is about
/// 400 KB). The limit is on each parameter, not the whole fragment, so a share code is read
/// whatever else a link carries after it.
const MAX_PARAMETER: usize = 512 * 1024;

/// A fragment parameter too long to read (over [`MAX_PARAMETER`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooLong;

fn fragment_value(key: &str) -> Result<Option<String>, TooLong> {
    let Some(hash) = web_sys::window().and_then(|w| w.location().hash().ok()) else {
        return Ok(None);
    };
    let fragment = hash.strip_prefix('#').unwrap_or(&hash);
    match fragment.split('&').find_map(|part| part.strip_prefix(key)) {
        None => Ok(None),
        Some(value) if value.len() > MAX_PARAMETER => Err(TooLong),
        Some(value) => Ok(Some(value.to_string())),
    }
}

/// The share code in the current address, if there is one, or [`TooLong`].
pub fn share_code_in_address() -> Result<Option<String>, TooLong> {
    fragment_value(SHARE_KEY).map(|code| code.filter(|code| !code.is_empty()))
}

/// The team code in the current address (possibly empty: a team view with nobody yet), or
/// [`TooLong`].
pub fn team_code_in_address() -> Result<Option<String>, TooLong> {
    fragment_value(TEAM_KEY)
}

/// Calls `changed` each time the fragment changes without a reload (another share link
/// opened in the same tab), until the returned listener is dropped.
pub fn on_fragment_change(changed: impl Fn() + 'static) -> Option<gloo::events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo::events::EventListener::new(
        &window,
        "hashchange",
        move |_| changed(),
    ))
}

/// A link to this page that opens the team view with these codes (on the team page
/// itself).
pub fn team_link(team_code: &str) -> String {
    format!("{}#{TEAM_KEY}{team_code}", page_address())
}

/// The folder of the team view's page, beside the widget's files (`dist/team/`).
const TEAM_PAGE: &str = "team/";

/// A link to the team view's page with these codes, for the same questionnaire as this
/// widget (`questionnaire`, the address it was fetched from, if not the built-in one) in
/// the language shown.
pub fn team_page_link(team_code: &str, questionnaire: Option<&str>, lang: &str) -> String {
    let mut query = format!("?lang={lang}");
    if let Some(url) = questionnaire.and_then(absolute) {
        query.push_str("&questionnaire=");
        query.push_str(&String::from(js_sys::encode_uri_component(&url)));
    }
    let page = beside_module(TEAM_PAGE).unwrap_or_else(|| TEAM_PAGE.to_string());
    format!("{page}{query}#{TEAM_KEY}{team_code}")
}

/// Opens the team view's page in place of this one, for a team link made before the team
/// view had a page of its own (`…/#team=CODES` on the widget's page).
pub fn move_to_team_page(team_code: &str, questionnaire: Option<&str>, lang: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window
            .location()
            .replace(&team_page_link(team_code, questionnaire, lang));
    }
}

/// Leaves the team view's page: back to the page that opened it, or to the widget's own
/// page beside it when the team link was opened directly.
pub fn leave_team_page() {
    let Some(window) = web_sys::window() else {
        return;
    };
    match window.history() {
        Ok(history) if history.length().unwrap_or(0) > 1 => {
            let _ = history.back();
        }
        _ => {
            let _ = window.location().assign("../");
        }
    }
}

/// `url` resolved against this page's address.
fn absolute(url: &str) -> Option<String> {
    let base = web_sys::window()?.location().href().ok()?;
    web_sys::Url::new_with_base(url, &base)
        .ok()
        .map(|u| u.href())
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The address of wasm-bindgen's JavaScript module, the file beside the WebAssembly.
    #[wasm_bindgen(thread_local_v2, js_namespace = ["import", "meta"], js_name = url)]
    static MODULE_URL: String;
}

/// The address of `path` relative to the running WebAssembly module's folder: the
/// widget's own files, wherever a host put them.
pub fn beside_module(path: &str) -> Option<String> {
    let module = MODULE_URL.with(String::clone);
    web_sys::Url::new_with_base(path, &module)
        .ok()
        .map(|url| url.href())
}

/// A link to this page that reopens the report with this code.
pub fn share_link(code: &str) -> String {
    format!("{}#{SHARE_KEY}{code}", page_address())
}

/// This page's address without its fragment.
///
/// Commas in the query (`?show=score,chart`) are written `%2C`, which means the same to
/// every reader of the query: a link is pasted into lists that are split at commas (the team
/// view, spreadsheets), and a comma would cut it into pieces there.
fn page_address() -> String {
    web_sys::window()
        .and_then(|w| {
            let location = w.location();
            Some(format!(
                "{}{}{}",
                location.origin().ok()?,
                location.pathname().ok()?,
                location.search().ok()?.replace(',', "%2C")
            ))
        })
        .unwrap_or_default()
}

/// Removes the fragment from the address without reloading (after "Take it yourself").
pub fn clear_share_code() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{search}")),
        );
    }
}

/// The step this widget's fragment key names in the current address (`sc0-step=profile`),
/// if the address holds one.
pub fn step_in_address(key: &str) -> Option<String> {
    fragment_value(key).ok().flatten()
}

/// Makes a history entry for the step `name` under this widget's fragment key, keeping
/// every other part of the fragment as it is, so the browser's Back goes to the previous
/// step. Nothing is written where the host's own fragment is not made of `key=value`
/// parts (a single-page app's `#/route`): that address is the host's.
pub fn push_step(key: &str, name: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(hash) = window.location().hash() else {
        return;
    };
    let fragment = hash.strip_prefix('#').unwrap_or(&hash);
    let parts: Vec<&str> = fragment.split('&').filter(|p| !p.is_empty()).collect();
    if parts.iter().any(|p| !p.contains('=') || p.starts_with('/')) {
        return;
    }
    let mut kept: Vec<String> = parts
        .into_iter()
        .filter(|p| !p.starts_with(key))
        .map(str::to_string)
        .collect();
    kept.push(format!("{key}{name}"));
    if let Ok(history) = window.history() {
        let _ = history.push_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("#{}", kept.join("&"))),
        );
    }
}
