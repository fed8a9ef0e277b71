//! The results screen of the widget that visitors download, as its own WebAssembly
//! (`silo-check-results`, results.html): the questions' WebAssembly carries no report, no
//! chart and no advice, so a first visit downloads only what the questions need.
//!
//! When a widget reaches its results step it renders a hidden request element with the
//! answers' share code and language, and sends `silo-check:results` to the page; the
//! loader starts this module (fetched with the first answer), which shows the results in
//! the same shadow root, after the widget's own root, and marks the request as shown (the
//! widget's "preparing" card then hides). The visitor's actions on the results (Change
//! answers, Retake, Take it yourself) go back to the widget as `silo-check:results-action`
//! events on the request; the widget leaving its results step removes the request, and
//! the next `silo-check:results` takes the screen down.

use super::events::Messenger;
use super::fetch::{built_in_url, Part};
use super::host_options::{read_options, url_parameters};
use super::mount::{same_origin_image, HANDED_OVER};
use super::panic::{namespace_of, remember};
use crate::i18n::Lang;
use crate::results_page::{ResultsPage, ResultsPageProps};
use assessment::session::Action;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// Set on a request once its results are shown, which hides the widget's own card.
const SHOWN: &str = "data-shown";
/// The id of the widget's "preparing" heading: when it has the focus, the results take it.
const WAITING_HEADING: &str = "sc-results-waiting";

/// One results screen shown: for which request, in which element, and its app, destroyed
/// when the request goes.
struct Shown {
    request: web_sys::Element,
    mount: web_sys::Element,
    app: yew::AppHandle<ResultsScreen>,
}

thread_local! {
    /// Every results screen this module shows. (Not state of any component.)
    static SHOWN_NOW: RefCell<Vec<Shown>> = const { RefCell::new(Vec::new()) };
}

/// Shows the results of every widget that asks for them now, and from now on whenever a
/// widget sends `silo-check:results`.
pub fn watch_results() {
    scan();
    let Some(window) = web_sys::window() else {
        return;
    };
    // Started before any widget asks (with the first answer): read the whole
    // questionnaire now, while the other questions are answered.
    let asked = SHOWN_NOW
        .try_with(|shown| shown.try_borrow().map_or(true, |s| !s.is_empty()))
        .unwrap_or(true);
    if !asked {
        read_ahead(&window);
    }
    let changed = Closure::<dyn FnMut()>::new(scan);
    let _ = window
        .add_event_listener_with_callback(super::RESULTS_EVENT, changed.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    changed.forget();
}

/// Reads ahead the whole questionnaire in the language of each widget on the page
/// (`embed::warm`), once a language.
fn read_ahead(window: &web_sys::Window) {
    let Some(document) = window.document() else {
        return;
    };
    let Ok(roots) = document.query_selector_all("[data-silo-check-mounted]") else {
        return;
    };
    let mut urls = Vec::new();
    for i in 0..roots.length() {
        let lang = roots
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            // Not a widget with a questionnaire of its own (the other build's).
            .filter(|c| !c.has_attribute(HANDED_OVER))
            .and_then(|c| c.shadow_root())
            .and_then(|s| s.query_selector(".sc-root[lang]").ok().flatten())
            .and_then(|r| r.get_attribute("lang"))
            .and_then(|tag| Lang::find(&tag));
        let url = lang.and_then(|l| built_in_url("./", l.tag(), Part::Whole).map(|u| (u, l)));
        if let Some((url, lang)) = url.filter(|(u, _)| !urls.contains(u)) {
            urls.push(url.clone());
            super::warm(url, lang);
        }
    }
}

/// Takes down the results whose request is gone (the widget left its results step, or
/// was removed), then shows those asked for and not shown yet.
fn scan() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let gone: Vec<Shown> = SHOWN_NOW
        .try_with(|shown| {
            shown.try_borrow_mut().map_or_else(
                |_| Vec::new(),
                |mut shown| {
                    let (gone, kept) = shown.drain(..).partition(|s| !s.request.is_connected());
                    *shown = kept;
                    gone
                },
            )
        })
        .unwrap_or_default();
    for shown in gone {
        shown.app.destroy();
        shown.mount.remove();
    }
    let Ok(containers) = document.query_selector_all("[data-silo-check-mounted]") else {
        return;
    };
    let url_options = url_parameters(&window);
    for i in 0..containers.length() {
        let Some(container) = containers
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        let Some(shadow) = container.shadow_root() else {
            continue;
        };
        let Ok(Some(request)) = shadow.query_selector(super::RESULTS_REQUEST) else {
            continue;
        };
        let known = SHOWN_NOW
            .try_with(|shown| {
                shown
                    .try_borrow()
                    .map_or(true, |shown| shown.iter().any(|s| s.request == request))
            })
            .unwrap_or(true);
        if !known {
            show(
                &window,
                &document,
                &container,
                &shadow,
                request,
                &url_options,
            );
        }
    }
}

/// Shows the results `request` asks for in `shadow`, after the widget's root.
fn show(
    window: &web_sys::Window,
    document: &web_sys::Document,
    container: &web_sys::HtmlElement,
    shadow: &web_sys::ShadowRoot,
    request: web_sys::Element,
    url_options: &[(String, String)],
) {
    let Ok(mount) = document.create_element("div") else {
        return;
    };
    if shadow.append_child(&mount).is_err() {
        return;
    }
    // The widget warned about its options already.
    let mut options = read_options(document, container, url_options, false);
    if let Some(logo) = options.logo.take() {
        options.logo = same_origin_image(window, &logo).then_some(logo);
    }
    let lang = request
        .get_attribute("data-lang")
        .and_then(|tag| Lang::find(&tag))
        .unwrap_or(Lang::En);
    let take_focus = shadow
        .active_element()
        .is_some_and(|active| active.id() == WAITING_HEADING);
    // A panic here stops this module's instance: its hook shows the error panel in the
    // widgets whose results it showed.
    if namespace_of(container).is_none() {
        remember(container, &options);
    }
    let messenger = Messenger::new(container.clone(), &options.allowed_origins);
    let send = {
        let request = request.clone();
        Rc::new(move |what: &str| {
            let init = web_sys::CustomEventInit::new();
            init.set_detail(&JsValue::from_str(what));
            if let Ok(event) =
                web_sys::CustomEvent::new_with_event_init_dict(super::RESULTS_ACTION, &init)
            {
                let _ = request.dispatch_event(&event);
            }
        })
    };
    // Read ahead with the first answer, or by results shown before: drawn at once.
    let whole = built_in_url("./", lang.tag(), Part::Whole);
    let ready = whole
        .as_deref()
        .and_then(|url| super::ready_now(url, &options));
    let page = ResultsPageProps {
        whole: whole.filter(|_| ready.is_none()).map(AttrValue::from),
        questionnaire: ready,
        code: request
            .get_attribute("data-code")
            .unwrap_or_default()
            .into(),
        shared_view: request.has_attribute("data-shared"),
        options: Rc::new(options),
        lang,
        on_action: {
            let send = send.clone();
            Callback::from(move |action: Action| {
                if action == Action::Back {
                    send("back");
                }
            })
        },
        on_clear: {
            let send = send.clone();
            Callback::from(move |()| send("clear"))
        },
        on_take_it_yourself: Callback::from(move |()| send("take")),
        on_complete: Callback::from(move |doc: Rc<crate::results_page::Completed>| {
            messenger.send("complete", &*doc)
        }),
    };
    let app = yew::Renderer::<ResultsScreen>::with_root_and_props(
        mount.clone(),
        ResultsScreenProps { page, take_focus },
    )
    .render();
    let _ = request.set_attribute(SHOWN, "");
    let _ = SHOWN_NOW.try_with(|shown| {
        shown.try_borrow_mut().map(|mut shown| {
            shown.push(Shown {
                request,
                mount,
                app,
            })
        })
    });
}

/// The props of [`ResultsScreen`].
#[derive(Properties, Clone, PartialEq)]
pub struct ResultsScreenProps {
    page: ResultsPageProps,
    /// Whether the widget's "preparing" heading had the focus: the results' heading takes
    /// it (a visitor who pressed See results with the keyboard stays where they were).
    take_focus: bool,
}

/// The results screen as a root of its own: the widget's root element and language.
#[component]
pub fn ResultsScreen(props: &ResultsScreenProps) -> Html {
    let root = use_node_ref();
    {
        let (root, take_focus) = (root.clone(), props.take_focus);
        use_effect_with((), move |()| {
            if !take_focus {
                return;
            }
            let heading = root
                .cast::<web_sys::Element>()
                .and_then(|r| r.query_selector("[data-step-heading]").ok().flatten())
                .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(heading) = heading {
                let _ = heading.focus();
            }
        });
    }
    let lang = props.page.lang;
    html! {
        <ContextProvider<Lang> context={lang}>
            <div class="sc-root" lang={lang.tag()} ref={root}>
                <ResultsPage ..props.page.clone() />
            </div>
        </ContextProvider<Lang>>
    }
}
