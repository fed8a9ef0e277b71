//! The panic panel: the panic hook, and the error panel it shows in every mounted widget.
//!
//! A panic stops the one WebAssembly instance that runs every widget of the page, so the
//! hook replaces each with an error panel built from plain DOM calls and tells each host.

use super::events::{Failure, Messenger};
use crate::i18n::{messages, Lang};
use crate::options::Options;
use wasm_bindgen::JsCast;

/// A mounted widget, as the panic hook and unmounting need it: where it is, whom to tell,
/// its storage namespace, and how to take it down.
struct Mounted {
    container: web_sys::HtmlElement,
    origins: Vec<String>,
    storage: bool,
    namespace: String,
    life: Life,
}

/// What it takes to take one widget down again (its Yew app, its observers), filled in as
/// they are made; `ended` once it is unmounted, so a questionnaire that arrives later is
/// not rendered into a container that has gone.
#[derive(Default)]
pub(super) struct Teardown {
    pub(super) ended: bool,
    steps: Vec<Box<dyn FnOnce()>>,
}

impl Teardown {
    /// Adds a step to run when the widget is unmounted (at once, if it already was).
    pub(super) fn then(&mut self, step: Box<dyn FnOnce()>) {
        if self.ended {
            step();
        } else {
            self.steps.push(step);
        }
    }
}

/// One widget's [`Teardown`], shared by its mounting code and the registry.
pub(super) type Life = std::rc::Rc<std::cell::RefCell<Teardown>>;

thread_local! {
    /// Every widget mounted on this page: a panic stops the one WebAssembly instance that
    /// runs every widget of the page, so each must say so ([`stop_all`]), and a container
    /// removed from the page is unmounted ([`unmount`]). (This is not widget state: no
    /// component can see it.)
    static MOUNTED: std::cell::RefCell<Vec<Mounted>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Adds a mounted widget to [`MOUNTED`]; returns its [`Life`].
pub(super) fn remember(container: &web_sys::HtmlElement, options: &Options) -> Life {
    let life = Life::default();
    let widget = Mounted {
        container: container.clone(),
        origins: options.allowed_origins.clone(),
        storage: options.storage,
        namespace: options.storage_namespace.clone(),
        life: life.clone(),
    };
    let _ = MOUNTED.try_with(|m| m.try_borrow_mut().map(|mut m| m.push(widget)));
    life
}

/// The storage namespaces of the widgets mounted now.
pub(super) fn namespaces() -> Vec<String> {
    MOUNTED
        .try_with(|m| {
            m.try_borrow()
                .map(|m| m.iter().map(|w| w.namespace.clone()).collect())
                .unwrap_or_default()
        })
        .unwrap_or_default()
}

/// The mounted widgets whose containers are no longer in the document.
pub(super) fn disconnected() -> Vec<web_sys::HtmlElement> {
    MOUNTED
        .try_with(|m| {
            m.try_borrow()
                .map(|m| {
                    m.iter()
                        .filter(|w| !w.container.is_connected())
                        .map(|w| w.container.clone())
                        .collect()
                })
                .unwrap_or_default()
        })
        .unwrap_or_default()
}

/// The storage namespace of the widget mounted in `container`, if one is.
pub(super) fn namespace_of(container: &web_sys::HtmlElement) -> Option<String> {
    MOUNTED
        .try_with(|m| {
            m.try_borrow().ok().and_then(|m| {
                m.iter()
                    .find(|w| &w.container == container)
                    .map(|w| w.namespace.clone())
            })
        })
        .ok()
        .flatten()
}

/// Unmounts the widget in `container`: its Yew app is destroyed, its observers stop, its
/// shadow root is emptied (it stays, marked as the widget's, for the next mount) and the
/// container can be mounted again. Nothing happens to a container with no widget.
pub fn unmount(container: &web_sys::HtmlElement) {
    let removed = MOUNTED
        .try_with(|m| {
            m.try_borrow_mut().ok().and_then(|mut m| {
                let at = m.iter().position(|w| &w.container == container)?;
                Some(m.remove(at))
            })
        })
        .ok()
        .flatten();
    let Some(widget) = removed else {
        return;
    };
    let steps = {
        let Ok(mut life) = widget.life.try_borrow_mut() else {
            return;
        };
        life.ended = true;
        std::mem::take(&mut life.steps)
    };
    for step in steps {
        step();
    }
    if let Some(shadow) = container.shadow_root() {
        while let Some(child) = shadow.first_child() {
            if shadow.remove_child(&child).is_err() {
                break;
            }
        }
    }
    for attribute in ["data-silo-check-mounted", ERROR_ATTRIBUTE] {
        let _ = container.remove_attribute(attribute);
    }
}

/// The attribute set on a container that shows the error panel.
pub const ERROR_ATTRIBUTE: &str = "data-silo-check-error";

/// The attribute of the panel's button that restarts the widget. The loader
/// (`embed/silo-check.js`) makes it reload the page: after a panic the WebAssembly instance
/// cannot run again, so nothing in Rust may handle the click.
pub const RESTART_ATTRIBUTE: &str = "data-silo-check-restart";

/// The panic hook [`crate::mount`] installs. The release build aborts on panic, and the
/// hook runs just before: it logs the panic to the console and replaces every widget with
/// the error panel ([`stop_all`]), so the visitor sees what happened instead of a frozen
/// box and each host hears of it.
pub fn on_panic(info: &std::panic::PanicHookInfo<'_>) {
    // An Error object, so that the console shows the stack too.
    web_sys::console::error_1(&js_sys::Error::new(&format!("Silo Check stopped: {info}")));
    // The host gets where it happened, never the panic's text, which could hold answers.
    let place = info
        .location()
        .map(|l| {
            // A dependency's file without the build machine's registry path before it.
            let file = l.file();
            let file = file
                .rfind("/registry/src/")
                .and_then(|i| file.get(i + "/registry/src/".len()..))
                .and_then(|rest| rest.split_once('/'))
                .map_or(file, |(_, rest)| rest);
            format!(" ({file}:{})", l.line())
        })
        .unwrap_or_default();
    stop_all(&format!(
        "Silo Check stopped after an internal error{place}."
    ));
}

/// Shows the error panel in every widget mounted on this page and sends each host a
/// `silo-check:error` event with `message` (see [`show_error`]).
pub fn stop_all(message: &str) {
    let widgets: Vec<(web_sys::HtmlElement, Vec<String>, bool)> = MOUNTED
        .try_with(|m| {
            m.try_borrow()
                .map(|m| {
                    m.iter()
                        .map(|w| (w.container.clone(), w.origins.clone(), w.storage))
                        .collect()
                })
                .unwrap_or_default()
        })
        .unwrap_or_default();
    for (container, origins, storage) in widgets {
        show_error(&container, &origins, storage, message);
    }
}

/// Replaces what the container's shadow root shows with a short error panel and a Restart
/// button, marks the container with [`ERROR_ATTRIBUTE`], and tells the host: a
/// `silo-check:error` DOM event on the container and, in a frame, a message to each of
/// `origins`, both `{ message }` in the shape of the other events.
///
/// Built from plain DOM calls, never Yew, because it runs in the panic hook, with the
/// widget's components in whatever state the panic left them. `storage` says whether the
/// host keeps progress, which decides what the panel says about the answers.
pub fn show_error(
    container: &web_sys::HtmlElement,
    origins: &[String],
    storage: bool,
    message: &str,
) {
    if !container.has_attribute(ERROR_ATTRIBUTE) {
        let _ = container.set_attribute(ERROR_ATTRIBUTE, "");
        if let Some(shadow) = container.shadow_root() {
            // Focus was in the widget, or was lost when the panic interrupted a re-render
            // (the page's body has it): then the Restart button takes it, so a keyboard user
            // is not sent back to the top of the page.
            // The panel speaks the language the widget was showing.
            let lang = shadow
                .query_selector(".sc-root")
                .ok()
                .flatten()
                .and_then(|root| root.get_attribute("lang"))
                .and_then(|tag| Lang::find(&tag))
                .unwrap_or(Lang::En);
            let t = messages(lang);
            let had_focus = shadow.active_element().is_some()
                || container.owner_document().is_some_and(|d| {
                    match (d.active_element(), d.body()) {
                        (None, _) => true,
                        (Some(active), Some(body)) => body.is_same_node(Some(&active)),
                        (Some(_), None) => false,
                    }
                });
            while let Some(child) = shadow.first_child() {
                if shadow.remove_child(&child).is_err() {
                    break;
                }
            }
            let saved = storage
                && web_sys::window()
                    .and_then(|w| w.local_storage().ok().flatten())
                    .is_some();
            let note = if saved {
                t.error_saved
            } else {
                t.error_not_saved
            };
            if let Some(button) = error_panel(&shadow, lang, note) {
                if had_focus {
                    let options = web_sys::FocusOptions::new();
                    options.set_prevent_scroll(true);
                    let _ = button.focus_with_options(&options);
                }
            }
        }
    }
    Messenger::new(container.clone(), origins).send("error", &Failure { message });
}

/// Appends the error panel to `shadow`; returns its Restart button.
fn error_panel(
    shadow: &web_sys::ShadowRoot,
    lang: Lang,
    note: &str,
) -> Option<web_sys::HtmlElement> {
    let t = messages(lang);
    let (panel, button) = alert_panel(
        &shadow.owner_document()?,
        lang,
        Some(t.error_title),
        note,
        t.restart,
    )?;
    let _ = button.set_attribute(RESTART_ATTRIBUTE, "");
    shadow.append_child(&panel).ok()?;
    Some(button)
}

/// An alert card in the widget's markup, built from plain DOM calls (it is shown where no
/// Yew component can run: after a panic, or before the widget has rendered): an optional
/// heading, a sentence and one button. Returns the panel, not yet attached, and its button.
pub(super) fn alert_panel(
    document: &web_sys::Document,
    lang: Lang,
    heading: Option<&str>,
    text: &str,
    button_label: &str,
) -> Option<(web_sys::Element, web_sys::HtmlElement)> {
    let element = |tag: &str, class: &str, text: Option<&str>| {
        let e = document.create_element(tag).ok()?;
        let _ = e.set_attribute("class", class);
        if text.is_some() {
            e.set_text_content(text);
        }
        Some(e)
    };
    let panel = element("div", "sc-root", None)?;
    let _ = panel.set_attribute("lang", lang.tag());
    let card = element("section", "sc-card sc-notice sc-notice--error", None)?;
    let _ = card.set_attribute("role", "alert");
    if let Some(heading) = heading {
        let heading = element("h2", "sc-heading", Some(heading))?;
        card.append_child(&heading).ok()?;
    }
    let text = element("p", "sc-lead", Some(text))?;
    card.append_child(&text).ok()?;
    let actions = element("div", "sc-actions", None)?;
    let button = element("button", "sc-button sc-button--primary", Some(button_label))?;
    let _ = button.set_attribute("type", "button");
    actions.append_child(&button).ok()?;
    card.append_child(&actions).ok()?;
    panel.append_child(&card).ok()?;
    Some((panel, button.dyn_into().ok()?))
}
