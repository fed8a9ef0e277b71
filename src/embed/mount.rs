//! Mounting into the host's containers: a shadow root with the adopted stylesheet in each,
//! the host's theme on the container, the questionnaire loaded from its source, and an
//! `App` rendered whose events go to the host.

use super::events::{Messenger, Progress, Ready};
use super::fetch::{built_in_url, fetch_same_origin, fetch_text, Failure, Mode, Part, TIMEOUT_MS};
use super::host_options::{read_options, url_parameters};
use super::language::{
    built_in_language, preferred_languages, prepare, prepare_built_in, Prepared,
};
use super::panic::{alert_panel, disconnected, namespaces, remember, unmount, Life};
use crate::app::{AppProps, WidgetEvent};
use crate::contrast::{accent_shades, Rgb};
use crate::i18n::{messages, Lang};
use crate::options::{Options, QuestionnaireSource, Theme};
use crate::questionnaire::Loaded;
use assessment::export::QuestionnaireSummary;
use assessment::validate::Problem;
use std::rc::Rc;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use yew::{BaseComponent, Callback};

/// The widget's stylesheet (styles/widget.css with rem rewritten by build.rs).
const WIDGET_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));
/// The team view's rules (styles/team.css, as build.rs writes it), on its page only.
const TEAM_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/team.css"));

/// What a build of the widget can read: the built-in questionnaire's compiled files only
/// (the widget that visitors download), or a host's own questionnaire too, through the
/// validator (the widget for such hosts, and the team view). A build without the validator
/// never links it: it is reachable only through [`Build::with_validator`].
#[derive(Clone, Copy)]
pub struct Build {
    host: Option<fn(&str, &Options) -> Prepared>,
    /// Rules this build adds to the widget's stylesheet (the team view's, on its page).
    styles: Option<&'static str>,
    /// Whether the built-in questionnaire is shown from its start file first, with the
    /// whole file fetched with the first answer (the widget), or whole at once (the team
    /// view, whose first screen needs the models and the recommendations).
    start_first: bool,
}

impl Build {
    /// The built-in questionnaire only: a container with a questionnaire of its own is
    /// left to the widget with the validator, which the loader starts when one asks
    /// ([`HANDED_OVER`]).
    pub fn built_in_only() -> Build {
        Build {
            host: None,
            styles: None,
            start_first: true,
        }
    }

    /// The built-in questionnaire and a host's own, validated.
    pub fn with_validator() -> Build {
        Build {
            host: Some(prepare),
            styles: None,
            start_first: true,
        }
    }

    /// The team view's page: a host's questionnaire validated, the built-in one whole from
    /// the start (its first screen shows the models and the recommendations), and the team
    /// view's own rules added to the stylesheet.
    pub fn team() -> Build {
        Build {
            host: Some(prepare),
            styles: Some(TEAM_CSS),
            start_first: false,
        }
    }

    /// A host's own questionnaire, which reaches a build without the validator only if
    /// `mount_all`'s hand-over is bypassed.
    fn own(self, text: &str, options: &Options) -> Prepared {
        match self.host {
            Some(prepare) => prepare(text, options),
            None => Prepared::invalid(Problem {
                path: "questionnaire".into(),
                message: "This build of Silo Check reads only its own questionnaire.".to_string(),
            }),
        }
    }
}

/// Marks a container with a questionnaire of its own that a build without the validator
/// met: the `silo-check:own-questionnaire` event it sent asks the loader to start the
/// widget with the validator, which mounts it (without repeating the option warnings).
pub(super) const HANDED_OVER: &str = "data-silo-check-handed-over";

/// Mounts a `Root` (the widget's `App`, or the team page's) into every `[data-silo-check]`
/// element of the page not mounted yet. `built_in` is the folder of the built-in
/// questionnaire's files, relative to the page's WebAssembly module; `build` says which
/// questionnaires this build reads, and what it adds to the stylesheet.
pub fn mount_all<Root>(built_in: &'static str, build: Build)
where
    Root: BaseComponent<Properties = AppProps>,
{
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    // Only the containers not mounted yet: this runs again on every change of the page.
    let Ok(containers) = document.query_selector_all(UNMOUNTED) else {
        return;
    };
    if containers.length() == 0 {
        return;
    }
    let url_options = url_parameters(&window);
    let mut namespaces: Vec<String> = namespaces();
    for i in 0..containers.length() {
        let Some(element) = containers
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let Ok(container) = element.clone().dyn_into::<web_sys::HtmlElement>() else {
            // An SVG or MathML element.
            let _ = element.set_attribute("data-silo-check-mounted", "");
            warn_not_mounted(&element);
            continue;
        };
        let handed_over = container.has_attribute(HANDED_OVER);
        let mut options = read_options(&document, &container, &url_options, !handed_over);
        if build.host.is_none() && options.questionnaire != QuestionnaireSource::BuiltIn {
            if !handed_over {
                let _ = container.set_attribute(HANDED_OVER, "");
                let init = web_sys::CustomEventInit::new();
                init.set_bubbles(true);
                if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(
                    "silo-check:own-questionnaire",
                    &init,
                ) {
                    let _ = container.dispatch_event(&event);
                }
            }
            continue;
        }
        let _ = container.set_attribute("data-silo-check-mounted", "");
        if let Some(logo) = options.logo.take() {
            if same_origin_image(&window, &logo) {
                options.logo = Some(logo);
            } else {
                super::warn(format_args!(
                    "The option \"logo\" cannot be \"{logo}\": it leads to another site once the browser reads it; use a path on this site (such as /images/logo.svg) or a data:image/ URL. It was ignored."
                ));
            }
        }
        // Two widgets with the same namespace would overwrite each other's progress.
        let mut namespace = options.storage_namespace.clone();
        let mut n = 2;
        while namespaces.contains(&namespace) {
            namespace = format!("{}-{n}", options.storage_namespace);
            n += 1;
        }
        namespaces.push(namespace.clone());
        options.storage_namespace = namespace;
        mount::<Root>(
            &document,
            &container,
            stylesheet(build.styles).as_ref(),
            options,
            Instance {
                id: next_instance(),
                built_in,
                build,
                life: Life::default(),
            },
        );
    }
}

/// Whether a logo the options accepted is, as the browser reads it, an inline image or an
/// address on this page's own origin: decided on the resolved address, never on the text.
pub(super) fn same_origin_image(window: &web_sys::Window, logo: &str) -> bool {
    if logo.starts_with("data:image/") {
        return true;
    }
    let location = window.location();
    let (Ok(base), Ok(origin)) = (location.href(), location.origin()) else {
        return false;
    };
    web_sys::Url::new_with_base(logo, &base).is_ok_and(|url| url.origin() == origin)
}

/// The elements a widget is mounted in and not mounted yet: a `[data-silo-check]`
/// container, or the `<silo-check>` element the loader defines.
const UNMOUNTED: &str =
    "[data-silo-check]:not([data-silo-check-mounted]), silo-check:not([data-silo-check-mounted])";

/// The attribute on a container whose shadow root the widget attached, so that a container
/// removed and added again is mounted again in it (and another script's is left alone).
const OWN_SHADOW: &str = "data-silo-check-shadow";

/// One container's widget: its page-unique id, where its built-in questionnaire is, and
/// how to take it down again.
struct Instance {
    id: String,
    built_in: &'static str,
    build: Build,
    life: Life,
}

/// A prefix for element ids unique on the page for as long as it is open, however often
/// widgets come and go.
fn next_instance() -> String {
    thread_local! {
        static COUNT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    }
    let n = COUNT
        .try_with(|c| c.replace(c.get().wrapping_add(1)))
        .unwrap_or(0);
    format!("sc{n}")
}

/// Keeps the page's widgets in step with its DOM from now on: a container added later (a
/// single-page app's route, a click) is mounted, one removed is unmounted (its app
/// destroyed, its listeners gone), and one added again is mounted afresh. A
/// `silo-check:reset` event from a container (the `<silo-check>` element's `reset()`)
/// forgets its saved answers and mounts it again.
pub fn watch<Root>(built_in: &'static str, build: Build)
where
    Root: BaseComponent<Properties = AppProps>,
{
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let changed = Closure::<dyn FnMut(js_sys::Array)>::new(move |_records: js_sys::Array| {
        for container in disconnected() {
            unmount(&container);
        }
        mount_all::<Root>(built_in, build);
    });
    if let (Ok(observer), Some(root)) = (
        web_sys::MutationObserver::new(changed.as_ref().unchecked_ref()),
        document.document_element(),
    ) {
        let options = web_sys::MutationObserverInit::new();
        options.set_child_list(true);
        options.set_subtree(true);
        let _ = observer.observe_with_options(&root, &options);
        // The observer lives as long as the page; so must its callback.
        changed.forget();
    }
    let reset = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        let Some(container) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        if let Some(namespace) = super::panic::namespace_of(&container) {
            unmount(&container);
            crate::storage::forget_namespace(&namespace);
            mount_all::<Root>(built_in, build);
        }
    });
    let _ = document
        .add_event_listener_with_callback("silo-check:reset", reset.as_ref().unchecked_ref());
    reset.forget();
}

fn mount<Root>(
    document: &web_sys::Document,
    container: &web_sys::HtmlElement,
    sheet: Option<&web_sys::CssStyleSheet>,
    options: Options,
    instance: Instance,
) where
    Root: BaseComponent<Properties = AppProps>,
{
    // An element that cannot hold a shadow root (an <input>, an <img>) or already has one
    // (another script's) is left exactly as it is: the host hears why in the console.
    let shadow = match container.shadow_root() {
        // The widget's own (from an earlier mount, or the loader's loading text): emptied.
        Some(own) if container.has_attribute(OWN_SHADOW) => {
            while let Some(child) = own.first_child() {
                if own.remove_child(&child).is_err() {
                    break;
                }
            }
            own
        }
        Some(_) => {
            warn_not_mounted(container);
            return;
        }
        None => {
            let init = web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open);
            let Ok(shadow) = container.attach_shadow(&init) else {
                warn_not_mounted(container);
                return;
            };
            let _ = container.set_attribute(OWN_SHADOW, "");
            shadow
        }
    };
    apply_theme(container, &options);
    if let Some(sheet) = sheet {
        shadow.set_adopted_style_sheets(&js_sys::Array::of1(sheet));
    }
    let instance = Instance {
        life: remember(container, &options),
        ..instance
    };
    let Ok(root) = document.create_element("div") else {
        return;
    };
    let _ = shadow.append_child(&root);
    let host = container.clone();
    let timeout = load_timeout(container);
    let options = Rc::new(options);
    let build = instance.build;
    match options.questionnaire.clone() {
        QuestionnaireSource::BuiltIn => {
            let lang = built_in_language(&options);
            let folder = instance.built_in;
            // Text, in a box of about the start screen's height, until the widget renders.
            let _ = root.set_attribute("class", "sc-loading");
            root.set_text_content(Some(messages(lang).loading));
            let first = if build.start_first {
                Part::Start
            } else {
                Part::Whole
            };
            wasm_bindgen_futures::spawn_local(async move {
                let url = |l: Lang| built_in_url(folder, l.tag(), Part::Whole);
                let fetched = match built_in_url(folder, lang.tag(), first) {
                    Some(href) => {
                        let fetch = || fetch_text(&href, &href, Mode::Cors, timeout);
                        retrying(&root, lang, fetch).await
                    }
                    None => Err(Problem {
                        path: "questionnaire".into(),
                        message: "The widget's own files cannot be found.".to_string(),
                    }),
                };
                let prepared = match fetched {
                    Ok(text) => prepare_built_in(&text, lang, &options, url, first),
                    Err(problem) => Prepared::invalid(problem),
                };
                root.set_text_content(None);
                render::<Root>(root, host, prepared, options, instance);
            });
        }
        QuestionnaireSource::Element(id) => {
            let text = document
                .get_element_by_id(&id)
                .and_then(|e| e.text_content());
            let prepared = match text {
                Some(text) => build.own(&text, &options),
                None => Prepared::invalid(Problem {
                    path: "questionnaire".into(),
                    message: format!("There is no element with id \"{id}\" on this page to read the questionnaire from."),
                }),
            };
            render::<Root>(root, host, prepared, options, instance);
        }
        QuestionnaireSource::Url(url) => {
            let lang = preferred_languages(&options)
                .iter()
                .find_map(|tag| Lang::find(tag))
                .unwrap_or(Lang::En);
            // Text, in a box of about the start screen's height, until the widget renders.
            let _ = root.set_attribute("class", "sc-loading");
            root.set_text_content(Some(messages(lang).loading));
            wasm_bindgen_futures::spawn_local(async move {
                let fetched = retrying(&root, lang, || fetch_same_origin(&url, timeout)).await;
                let prepared = match fetched {
                    Ok(text) => build.own(&text, &options),
                    Err(problem) => Prepared::invalid(problem),
                };
                root.set_text_content(None);
                render::<Root>(root, host, prepared, options, instance);
            });
        }
    }
}

/// The longest a questionnaire may take to arrive: [`TIMEOUT_MS`], or less when the
/// container asks for less with `data-load-timeout-ms` (the end-to-end tests do, to test
/// a server that never answers quickly); it cannot be raised.
fn load_timeout(container: &web_sys::HtmlElement) -> i32 {
    container
        .get_attribute("data-load-timeout-ms")
        .and_then(|v| v.trim().parse::<i32>().ok())
        .map_or(TIMEOUT_MS, |ms| ms.clamp(0, TIMEOUT_MS))
}

/// Runs `fetch` until it gives an answer other than "timed out": after each time-out
/// `root` says so with a Try again button, and the next attempt waits for it.
async fn retrying<F, Fut>(root: &web_sys::Element, lang: Lang, fetch: F) -> Result<String, Problem>
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = Result<String, Failure>>,
{
    loop {
        match fetch().await {
            Ok(text) => return Ok(text),
            Err(Failure::Problem(problem)) => return Err(problem),
            Err(Failure::TimedOut) => {
                let t = messages(lang);
                let Some(clicked) = timed_out_panel(root, lang) else {
                    return Err(Problem {
                        path: "questionnaire".into(),
                        message: t.load_timed_out.to_string(),
                    });
                };
                let _ = wasm_bindgen_futures::JsFuture::from(clicked).await;
                root.set_text_content(Some(t.loading));
            }
        }
    }
}

/// Shows, in `root`, that the questionnaire did not arrive in time, with a Try again
/// button; returns a promise that resolves when the button is pressed. Plain DOM, like
/// the loading text it replaces: no widget is rendered yet.
fn timed_out_panel(root: &web_sys::Element, lang: Lang) -> Option<js_sys::Promise> {
    let t = messages(lang);
    let (panel, button) = alert_panel(
        &root.owner_document()?,
        lang,
        None,
        t.load_timed_out,
        t.try_again,
    )?;
    root.set_text_content(None);
    root.append_child(&panel).ok()?;
    // The button's click handler is the promise's own resolve function.
    Some(js_sys::Promise::new(&mut |resolve, _reject| {
        button.set_onclick(Some(&resolve));
    }))
}

/// The elements that can hold a shadow root (besides custom elements).
const SHADOW_HOSTS: [&str; 18] = [
    "article",
    "aside",
    "blockquote",
    "body",
    "div",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "main",
    "nav",
    "p",
    "section",
    "span",
];

/// Tells the host, in the console, that `container` gets no widget, and why.
fn warn_not_mounted(container: &web_sys::Element) {
    let tag = container.tag_name().to_ascii_lowercase();
    let why = if SHADOW_HOSTS.contains(&tag.as_str()) || tag.contains('-') {
        "it already has a shadow root, made by another script".to_string()
    } else {
        format!("a <{tag}> cannot hold one")
    };
    let id = container.id();
    let name = if id.is_empty() {
        format!("<{tag} data-silo-check>")
    } else {
        format!("<{tag} id=\"{id}\" data-silo-check>")
    };
    super::warn(format_args!(
        "{name} cannot show the widget, which needs a shadow root of its own ({why}); use an empty <div data-silo-check>. The element was left as it was."
    ));
}

fn render<Root>(
    root: web_sys::Element,
    host: web_sys::HtmlElement,
    prepared: Prepared,
    options: Rc<Options>,
    instance: Instance,
) where
    Root: BaseComponent<Properties = AppProps>,
{
    // The container was removed while its questionnaire was on its way.
    if instance.life.try_borrow().map_or(true, |life| life.ended) {
        return;
    }
    let _ = root.remove_attribute("class");
    let Prepared {
        loaded,
        lang,
        translations,
        whole,
    } = prepared;
    let messenger = Messenger::new(host, &options.allowed_origins);
    if let Loaded::Ready(q) = &loaded {
        messenger.send(
            "ready",
            &Ready {
                questionnaire: QuestionnaireSummary::of(q),
            },
        );
    }
    if let Some(stop) = messenger.watch_height() {
        if let Ok(mut life) = instance.life.try_borrow_mut() {
            life.then(stop);
        }
    }
    let on_event = {
        let messenger = messenger.clone();
        Callback::from(move |event: WidgetEvent| match event {
            WidgetEvent::Progress { answered, total } => {
                messenger.send("progress", &Progress { answered, total })
            }
            #[cfg(feature = "results")]
            WidgetEvent::Complete(report) => messenger.send("complete", &*report),
        })
    };
    let props = AppProps {
        loaded,
        instance: instance.id.into(),
        storage_namespace: options
            .storage
            .then(|| options.storage_namespace.clone().into()),
        options,
        on_event,
        lang,
        translations: Rc::new(translations),
        whole,
    };
    let app = yew::Renderer::<Root>::with_root_and_props(root, props).render();
    if let Ok(mut life) = instance.life.try_borrow_mut() {
        life.then(Box::new(move || app.destroy()));
    }
}

/// Theme and custom properties go on the host element, where the widget's :host rules
/// read them. Set through the CSSOM, which a Content-Security-Policy allows.
fn apply_theme(container: &web_sys::HtmlElement, options: &Options) {
    match options.theme {
        Theme::Auto => {}
        Theme::Light => {
            let _ = container.set_attribute("data-sc-theme", "light");
        }
        Theme::Dark => {
            let _ = container.set_attribute("data-sc-theme", "dark");
        }
    }
    let style = container.style();
    if let Some(colour) = options.accent.as_deref().and_then(Rgb::parse) {
        let (light, dark) = accent_shades(colour);
        for (theme, prefix, shades) in [
            ("light", "--sc-accent", light),
            ("dark", "--sc-accent-dark", dark),
        ] {
            let _ = style.set_property(prefix, &shades.accent.hex());
            let _ = style.set_property(&format!("{prefix}-text"), &shades.text.hex());
            let _ = style.set_property(&format!("{prefix}-soft"), &shades.soft.hex());
            if let Some(tenths) = shades.adjusted_from {
                super::warn(format_args!(
                    "the accent colour {} has a contrast of only {}.{}:1 with the {theme} theme's background (4.5:1 is needed to read it), so the {theme} theme uses {} instead.",
                    colour.hex(),
                    tenths / 10,
                    tenths % 10,
                    shades.accent.hex()
                ));
            }
        }
    }
    for (name, value) in &options.css_vars {
        let _ = style.set_property(name, value);
    }
}

/// One stylesheet object shared by every widget's shadow root, made (parsed) once a page
/// however often widgets come and go. It never changes, so sharing it shares no state.
fn stylesheet(styles: Option<&'static str>) -> Option<web_sys::CssStyleSheet> {
    thread_local! {
        static SHEET: std::cell::OnceCell<Option<web_sys::CssStyleSheet>> = const { std::cell::OnceCell::new() };
    }
    let make = || {
        let sheet = web_sys::CssStyleSheet::new().ok()?;
        match styles {
            Some(more) => sheet.replace_sync(&format!("{WIDGET_CSS}{more}")).ok()?,
            None => sheet.replace_sync(WIDGET_CSS).ok()?,
        }
        Some(sheet)
    };
    SHEET
        .try_with(|s| s.get_or_init(make).clone())
        .ok()
        .flatten()
}
