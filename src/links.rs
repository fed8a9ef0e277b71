//! The page address: share links carry a report's code in the URL fragment (`#r=CODE`),
//! which browsers never send to a server.

/// The fragment key that marks a share code.
pub const SHARE_KEY: &str = "r=";

/// The fragment key that opens the team view with the codes gathered so far.
pub const TEAM_KEY: &str = "team=";

/// The longest fragment read; anything longer is ignored (a team link of 10,000 codes is
/// about 400 KB).
const MAX_FRAGMENT: usize = 512 * 1024;

fn fragment_value(key: &str) -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    if hash.len() > MAX_FRAGMENT {
        return None;
    }
    let fragment = hash.strip_prefix('#').unwrap_or(&hash);
    fragment
        .split('&')
        .find_map(|part| part.strip_prefix(key))
        .map(str::to_string)
}

/// The share code in the current address, if there is one.
pub fn share_code_in_address() -> Option<String> {
    fragment_value(SHARE_KEY).filter(|code| !code.is_empty())
}

/// The team code in the current address (possibly empty: a team view with nobody yet).
pub fn team_code_in_address() -> Option<String> {
    fragment_value(TEAM_KEY)
}

/// A link to this page that opens the team view with these codes.
pub fn team_link(team_code: &str) -> String {
    format!("{}#{TEAM_KEY}{team_code}", page_address())
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
