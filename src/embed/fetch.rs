//! Fetching a questionnaire: from a URL a host gives, which must be on the page's own
//! origin, or one of the built-in questionnaire's files, which sit beside the widget's own.

use wasm_bindgen::JsCast;

/// The built-in questionnaire's file in one language, beside the WebAssembly module that
/// runs (`folder` is relative to the module: `"./"` for the widget, `"../"` for the team
/// page in its own folder). `scripts/finish-dist.mjs` writes one such file per language.
pub(super) fn built_in_url(folder: &str, tag: &str) -> Option<String> {
    crate::links::beside_module(&format!(
        "{folder}questionnaires/social-media-integration.{tag}.json"
    ))
}

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
    fetch_text(&resolved.href(), url).await
}

/// Fetches the text at `href`; messages name the address as `url`. The request is the one
/// the loader preloads (`<link rel="preload" as="fetch" crossorigin>`: CORS mode, cookies
/// for the same origin only), so the browser hands over the preloaded response.
pub(super) async fn fetch_text(href: &str, url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("There is no window to load the questionnaire in.")?;
    let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(href))
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
