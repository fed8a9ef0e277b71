//! The page address: share links carry a report's code in the URL fragment (`#r=CODE`),
//! which browsers never send to a server.

/// The fragment key that marks a share code.
pub const SHARE_KEY: &str = "r=";

/// The share code in the current address, if there is one.
pub fn share_code_in_address() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let fragment = hash.strip_prefix('#').unwrap_or(&hash);
    fragment
        .split('&')
        .find_map(|part| part.strip_prefix(SHARE_KEY))
        .filter(|code| !code.is_empty())
        .map(str::to_string)
}

/// A link to this page that reopens the report with this code.
pub fn share_link(code: &str) -> String {
    let base = web_sys::window()
        .and_then(|w| {
            let location = w.location();
            Some(format!(
                "{}{}{}",
                location.origin().ok()?,
                location.pathname().ok()?,
                location.search().ok()?
            ))
        })
        .unwrap_or_default();
    format!("{base}#{SHARE_KEY}{code}")
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
