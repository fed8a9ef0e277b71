//! Fetching a questionnaire from a URL, which must be on the page's own origin.

use wasm_bindgen::JsCast;

/// Fetches a questionnaire from this page's own origin.
pub(super) async fn fetch_same_origin(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("There is no window to load the questionnaire in.")?;
    let origin = window.location().origin().unwrap_or_default();
    let base = window.location().href().unwrap_or_default();
    let resolved = web_sys::Url::new_with_base(url, &base)
        .map_err(|_| format!("\"{url}\" is not a valid address for a questionnaire."))?;
    if resolved.origin() != origin {
        return Err(format!(
            "The questionnaire must come from this site ({origin}), not from \"{url}\"."
        ));
    }
    let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(&resolved.href()))
        .await
        .map_err(|_| format!("The questionnaire at \"{url}\" could not be loaded."))?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| "The browser gave an unexpected answer.".to_string())?;
    if !response.ok() {
        return Err(format!(
            "The questionnaire at \"{url}\" could not be loaded (HTTP {}).",
            response.status()
        ));
    }
    let text = response
        .text()
        .map_err(|_| "The questionnaire could not be read.".to_string())?;
    let text = wasm_bindgen_futures::JsFuture::from(text)
        .await
        .map_err(|_| "The questionnaire could not be read.".to_string())?;
    Ok(text.as_string().unwrap_or_default())
}
