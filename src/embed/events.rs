//! Events sent to the host page: a DOM event on the container, and, in a frame, a
//! postMessage to each allowed parent origin (with the frame's height as it changes).
//!
//! Each event's detail is a [`Message`] around its payload: [`Ready`], [`Progress`], the
//! report document (`complete`), [`Resize`] or [`Failure`] (`error`). Their shapes are
//! published in docs/events.schema.json; every object lists its fields in alphabetical
//! order, as every version has sent them.

use serde::Serialize;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The version of the event and message payloads; see docs/events.schema.json.
pub const EVENTS_VERSION: u32 = 1;

/// An event's detail and a message's data: where it comes from, its type and version, and
/// its payload.
#[derive(Serialize)]
struct Message<'a, P> {
    payload: &'a P,
    source: &'static str,
    #[serde(rename = "type")]
    kind: &'a str,
    version: u32,
}

/// The payload of `ready`: the questionnaire the widget shows.
#[derive(Serialize)]
pub(crate) struct Ready {
    pub(crate) questionnaire: assessment::export::QuestionnaireSummary,
}

/// The payload of `progress`: how many questions are answered, of how many.
#[derive(Serialize)]
pub(crate) struct Progress {
    pub(crate) answered: usize,
    pub(crate) total: usize,
}

/// The payload of `error`: a sentence for the host's logs, never the visitor's answers.
#[derive(Serialize)]
pub(crate) struct Failure<'a> {
    pub(crate) message: &'a str,
}

/// The payload of `resize`, posted to the parent of a framed widget: the page's height.
#[derive(Serialize)]
struct Resize {
    height: i32,
}

/// Sends events to the host: a DOM event on the container, and, when the widget runs in a
/// frame, a postMessage to each allowed parent origin (never to `*`).
#[derive(Clone)]
pub(super) struct Messenger {
    host: web_sys::HtmlElement,
    origins: Rc<Vec<String>>,
}

impl Messenger {
    pub(super) fn new(host: web_sys::HtmlElement, origins: &[String]) -> Messenger {
        Messenger {
            host,
            origins: Rc::new(origins.to_vec()),
        }
    }

    pub(super) fn send<P: Serialize>(&self, kind: &str, payload: &P) {
        let Some(detail) = message(kind, payload) else {
            return;
        };
        let init = web_sys::CustomEventInit::new();
        init.set_detail(&detail);
        init.set_bubbles(true);
        init.set_composed(true);
        if let Ok(event) =
            web_sys::CustomEvent::new_with_event_init_dict(&format!("silo-check:{kind}"), &init)
        {
            let _ = self.host.dispatch_event(&event);
        }
        self.post(&detail);
    }

    fn post(&self, data: &JsValue) {
        let Some(parent) = framed_parent() else {
            return;
        };
        for origin in self.origins.iter() {
            let _ = parent.post_message(data, origin);
        }
    }

    /// In a frame with allowed origins, reports the page's height whenever it changes, so
    /// the host can size the frame without scrollbars.
    /// In a frame with allowed parents, tells them the height the widget needs whenever it
    /// changes, growing or shrinking: measured on the widget's container (where its bottom
    /// edge is in the page), never on the document, which is at least as tall as the frame
    /// and so could never shrink it. In a frame with no allowed parent, says once in the
    /// console that the page around it will hear nothing. Returns what stops the watching,
    /// for when the widget is unmounted.
    pub(super) fn watch_height(&self) -> Option<Box<dyn FnOnce()>> {
        framed_parent()?;
        if self.origins.is_empty() {
            super::warn(format_args!(
                "the widget runs in a frame but has no allowed-origins option, so the page that frames it receives no events and cannot size the frame to the widget. Add that page's origin to data-allowed-origins."
            ));
            return None;
        }
        // The page that frames it, when the browser tells (Chromium and Safari do): one the
        // options do not list hears nothing, which its developer should learn of.
        let parent_origin = web_sys::window()
            .and_then(|w| js_sys::Reflect::get(&w.location(), &"ancestorOrigins".into()).ok())
            .and_then(|origins| js_sys::Reflect::get(&origins, &0.into()).ok())
            .and_then(|origin| origin.as_string());
        if let Some(parent) = parent_origin.filter(|p| !self.origins.iter().any(|o| o == p)) {
            super::warn(format_args!(
                "the widget runs in a frame of {parent}, which its allowed-origins option does not list ({}), so that page receives no events and cannot size the frame.",
                self.origins.join(", ")
            ));
        }
        let messenger = self.clone();
        let measured = self.host.clone();
        let last = std::cell::Cell::new(0);
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| {
            let scrolled = web_sys::window()
                .and_then(|w| w.scroll_y().ok())
                .unwrap_or(0.0);
            let bottom = measured.get_bounding_client_rect().bottom() + scrolled;
            // Whole pixels, rounded up, and the page's margin below the widget.
            let height = bottom.ceil() as i32 + BELOW_WIDGET_PX;
            if height != last.replace(height) {
                if let Some(data) = message("resize", &Resize { height }) {
                    messenger.post(&data);
                }
            }
        });
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(&self.host);
        // The callback lives as long as the observer watches.
        Some(Box::new(move || {
            observer.disconnect();
            drop(callback);
        }))
    }
}

/// Room kept below the widget in a sized frame, for the framed page's own bottom margin.
const BELOW_WIDGET_PX: i32 = 16;

/// The message of type `kind` around `payload`, as a JavaScript object.
fn message<P: Serialize>(kind: &str, payload: &P) -> Option<JsValue> {
    let message = Message {
        payload,
        source: "silo-check",
        kind,
        version: EVENTS_VERSION,
    };
    // Written with indentation, as the downloads are, so that the WebAssembly holds one
    // serializer of the report document rather than two (JSON.parse ignores the spaces).
    js_sys::JSON::parse(&assessment::json::to_pretty(&message)).ok()
}

/// The parent window when this page runs in a frame.
fn framed_parent() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    (!js_sys::Object::is(&window, &parent)).then_some(parent)
}
