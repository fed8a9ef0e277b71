//! Fetching a questionnaire: from a URL a host gives, which must be on the page's own
//! origin, or one of the built-in questionnaire's files, which sit beside the widget's own.
//!
//! Whatever the server does, a fetch ends: within [`TIMEOUT_MS`] (an `AbortController`
//! stops it), with at most [`MAX_BYTES`] read (the body is read as a stream and cancelled
//! there), from the origin it was asked of (a redirect elsewhere is refused), and only a
//! JSON media type is read at all.

use assessment::validate::{Problem, MAX_BYTES};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How long a questionnaire may take to arrive, headers and body, in milliseconds.
pub(super) const TIMEOUT_MS: i32 = 20_000;

/// Why a fetch gave nothing to read.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Failure {
    /// The file cannot be used, and trying again will not change that.
    Problem(Problem),
    /// Nothing complete arrived within the time limit: worth trying again.
    TimedOut,
}

impl Failure {
    fn at(message: String) -> Failure {
        Failure::Problem(Problem {
            path: "questionnaire".into(),
            message,
        })
    }
}

impl From<&str> for Failure {
    fn from(message: &str) -> Failure {
        Failure::at(message.to_string())
    }
}

/// Where a request may go: a host's questionnaire only to this page's origin (the browser
/// refuses a redirect elsewhere before following it); the built-in file in the mode the
/// loader preloads it in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Mode {
    SameOrigin,
    Cors,
}

/// The built-in questionnaire's file in one language, beside the WebAssembly module that
/// runs (`folder` is relative to the module: `"./"` for the widget, `"../"` for the team
/// page in its own folder). `cargo xtask build` compiles two such files per language
/// (`assessment::compiled`).
pub(super) fn built_in_url(folder: &str, tag: &str, part: Part) -> Option<String> {
    let part = match part {
        Part::Whole => "",
        Part::Start => "start.",
    };
    crate::links::beside_module(&format!(
        "{folder}questionnaires/social-media-integration.{tag}.{part}compiled.json"
    ))
}

/// Which of the built-in questionnaire's two files in a language: the whole questionnaire,
/// or its start (`assessment::compiled::start_of`), without the texts only the results show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Part {
    Whole,
    Start,
}

/// Fetches a questionnaire from this page's own origin, giving up after `timeout_ms`.
pub(super) async fn fetch_same_origin(url: &str, timeout_ms: i32) -> Result<String, Failure> {
    let window = web_sys::window().ok_or("There is no window to load the questionnaire in.")?;
    let origin = window.location().origin().unwrap_or_default();
    let base = window.location().href().unwrap_or_default();
    let resolved = web_sys::Url::new_with_base(url, &base).map_err(|_| {
        Failure::at(format!(
            "\"{url}\" is not a valid address for a questionnaire."
        ))
    })?;
    if resolved.origin() != origin {
        return Err(Failure::at(format!(
            "The questionnaire must come from this site ({origin}), not from \"{url}\"."
        )));
    }
    fetch_text(&resolved.href(), url, Mode::SameOrigin, timeout_ms).await
}

/// A timer that aborts a request when it fires, and is cleared when dropped.
struct Deadline {
    controller: web_sys::AbortController,
    fired: Rc<Cell<bool>>,
    handle: Option<i32>,
    _callback: Closure<dyn FnMut()>,
}

impl Deadline {
    fn new(window: &web_sys::Window, timeout_ms: i32) -> Result<Deadline, Failure> {
        let controller = web_sys::AbortController::new()
            .map_err(|_| Failure::from("This browser cannot load a questionnaire."))?;
        let fired = Rc::new(Cell::new(false));
        let callback = {
            let (controller, fired) = (controller.clone(), fired.clone());
            Closure::<dyn FnMut()>::new(move || {
                fired.set(true);
                controller.abort();
            })
        };
        let handle = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                callback.as_ref().unchecked_ref(),
                timeout_ms.clamp(0, TIMEOUT_MS),
            )
            .ok();
        Ok(Deadline {
            controller,
            fired,
            handle,
            _callback: callback,
        })
    }

    /// `Failure::TimedOut` once the deadline has passed, else `otherwise`.
    fn or(&self, otherwise: Failure) -> Failure {
        if self.fired.get() {
            Failure::TimedOut
        } else {
            otherwise
        }
    }
}

impl Drop for Deadline {
    fn drop(&mut self) {
        if let (Some(window), Some(handle)) = (web_sys::window(), self.handle) {
            window.clear_timeout_with_handle(handle);
        }
        // Nothing more is read: stop whatever the server is still sending.
        self.controller.abort();
    }
}

fn request(mode: Mode, signal: &web_sys::AbortSignal) -> web_sys::RequestInit {
    let init = web_sys::RequestInit::new();
    init.set_signal(Some(signal));
    if mode == Mode::SameOrigin {
        init.set_mode(web_sys::RequestMode::SameOrigin);
    }
    init
}

/// Fetches the text at `href`; messages name the address as `url`. The built-in file's
/// request (`Mode::Cors`) is the one the loader preloads (`<link rel="preload" as="fetch"
/// crossorigin>`: CORS mode, cookies for the same origin only), so the browser hands over
/// the preloaded response.
pub(super) async fn fetch_text(
    href: &str,
    url: &str,
    mode: Mode,
    timeout_ms: i32,
) -> Result<String, Failure> {
    let window = web_sys::window().ok_or("There is no window to load the questionnaire in.")?;
    let deadline = Deadline::new(&window, timeout_ms)?;
    let signal = deadline.controller.signal();
    let not_loaded = || {
        Failure::at(format!(
            "The questionnaire at \"{url}\" could not be loaded."
        ))
    };
    let response = match JsFuture::from(
        window.fetch_with_str_and_init(href, &request(mode, &signal)),
    )
    .await
    {
        Ok(response) => response,
        Err(_) if deadline.fired.get() => return Err(Failure::TimedOut),
        // A same-origin request fails when the server redirects it to another site: ask
        // again without following, to say so.
        Err(_) if mode == Mode::SameOrigin => {
            let init = request(mode, &signal);
            init.set_redirect(web_sys::RequestRedirect::Manual);
            let probe = JsFuture::from(window.fetch_with_str_and_init(href, &init)).await;
            let redirected = probe
                .ok()
                .and_then(|r| r.dyn_into::<web_sys::Response>().ok())
                .is_some_and(|r| r.type_() == web_sys::ResponseType::Opaqueredirect);
            return Err(deadline.or(if redirected {
                Failure::at(format!("The questionnaire at \"{url}\" redirects to another site; it must come from this site, so it was not loaded."))
            } else {
                not_loaded()
            }));
        }
        Err(_) => return Err(not_loaded()),
    };
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| Failure::from("The browser gave an unexpected answer."))?;
    // Where the response really came from, after any redirects.
    let asked = web_sys::Url::new(href).map(|u| u.origin()).ok();
    // (A response a service worker made itself has no address: it answered what was asked.)
    let final_url = response.url();
    let answered = if final_url.is_empty() {
        asked.clone()
    } else {
        web_sys::Url::new(&final_url).map(|u| u.origin()).ok()
    };
    if asked.is_none() || asked != answered {
        return Err(Failure::at(format!(
            "The questionnaire at \"{url}\" was redirected to another site ({}); it must come from this site, so it was not loaded.",
            answered.unwrap_or_default()
        )));
    }
    if !response.ok() {
        return Err(Failure::at(format!(
            "The questionnaire at \"{url}\" could not be loaded (HTTP {}).",
            response.status()
        )));
    }
    let headers = response.headers();
    let media_type = headers.get("content-type").ok().flatten();
    if !media_type.as_deref().is_some_and(is_json_media_type) {
        let sent = media_type.map_or_else(
            || "without a media type".to_string(),
            |m| format!("as \"{m}\""),
        );
        return Err(Failure::at(format!(
            "The questionnaire at \"{url}\" was sent {sent}, not as JSON; the server must send it as application/json."
        )));
    }
    let too_big = || {
        Failure::Problem(Problem {
            path: "$".into(),
            message: format!(
                "The file at \"{url}\" is larger than 1,024 KiB, but a questionnaire may be at most 1,024 KiB (1 MiB); it was not read further."
            ),
        })
    };
    let announced = headers
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|n| n.trim().parse::<u64>().ok());
    if announced.is_some_and(|n| n > MAX_BYTES as u64) {
        return Err(too_big());
    }
    let unreadable = || Failure::at(format!("The questionnaire at \"{url}\" could not be read."));
    let Some(body) = response.body() else {
        return Ok(String::new());
    };
    let reader: web_sys::ReadableStreamDefaultReader =
        body.get_reader().dyn_into().map_err(|_| unreadable())?;
    let mut bytes: Vec<u8> = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|_| deadline.or(unreadable()))?;
        let done =
            js_sys::Reflect::get(&chunk, &JsValue::from_str("done")).map_err(|_| unreadable())?;
        if done.as_bool() == Some(true) {
            break;
        }
        let value =
            js_sys::Reflect::get(&chunk, &JsValue::from_str("value")).map_err(|_| unreadable())?;
        let value: js_sys::Uint8Array = value.dyn_into().map_err(|_| unreadable())?;
        if bytes.len() + value.length() as usize > MAX_BYTES {
            let _ = reader.cancel();
            return Err(too_big());
        }
        bytes.extend(value.to_vec());
    }
    // As `Response.text()` reads it: UTF-8, damaged sequences replaced, no byte order mark.
    let text = String::from_utf8_lossy(&bytes);
    Ok(text.strip_prefix('\u{feff}').unwrap_or(&text).to_string())
}

/// `application/json` or any `…+json` type, with or without parameters (`; charset=utf-8`).
fn is_json_media_type(value: &str) -> bool {
    let essence = value.split(';').next().unwrap_or_default().trim();
    let essence = essence.to_ascii_lowercase();
    match essence.split_once('/') {
        Some(("application", "json")) => true,
        Some((kind, subtype)) => {
            !kind.is_empty() && subtype.len() > "+json".len() && subtype.ends_with("+json")
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::is_json_media_type;

    #[test]
    fn only_json_media_types_are_read() {
        for ok in [
            "application/json",
            "application/json; charset=utf-8",
            "Application/JSON;charset=UTF-8",
            "application/ld+json",
            "application/vnd.silo-check+json; version=1",
        ] {
            assert!(is_json_media_type(ok), "{ok}");
        }
        for bad in [
            "text/html; charset=utf-8",
            "image/png",
            "text/json",
            "application/+json",
            "application/jsonp",
            "text/plain",
            "",
        ] {
            assert!(!is_json_media_type(bad), "{bad}");
        }
    }
}
