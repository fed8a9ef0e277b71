//! Mounting into the host's containers: a shadow root with the adopted stylesheet in each,
//! the host's theme on the container, the questionnaire loaded from its source, and an
//! `App` rendered whose events go to the host.

use super::events::{Messenger, Progress, Ready};
use super::fetch::{built_in_url, fetch_same_origin, fetch_text};
use super::host_options::{read_options, url_parameters};
use super::language::{
    built_in_language, preferred_languages, prepare, prepare_built_in, Prepared,
};
use super::panic::remember;
use crate::app::{AppProps, WidgetEvent};
use crate::contrast::{accent_shades, Rgb};
use crate::i18n::{messages, Lang};
use crate::options::{Options, QuestionnaireSource, Theme};
use crate::questionnaire::Loaded;
use assessment::export::QuestionnaireSummary;
use assessment::validate::Problem;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use yew::{BaseComponent, Callback};

/// The widget's stylesheet (styles/widget.css with rem rewritten by build.rs).
const WIDGET_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

/// Mounts a `Root` (the widget's `App`, or the team page's) into every `[data-silo-check]`
/// element of the page not mounted yet. `built_in` is the folder of the built-in
/// questionnaire's files, relative to the page's WebAssembly module.
pub fn mount_all<Root>(built_in: &'static str)
where
    Root: BaseComponent<Properties = AppProps>,
{
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let Ok(containers) = document.query_selector_all("[data-silo-check]") else {
        return;
    };
    let sheet = stylesheet();
    let url_options = url_parameters(&window);
    let mut namespaces: Vec<String> = Vec::new();
    for i in 0..containers.length() {
        let Some(container) = containers
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        if container.has_attribute("data-silo-check-mounted") {
            continue;
        }
        let _ = container.set_attribute("data-silo-check-mounted", "");
        let mut options = read_options(&document, &container, &url_options);
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
            sheet.as_ref(),
            options,
            Instance {
                id: format!("sc{i}"),
                built_in,
            },
        );
    }
}

/// One container's widget: its page-unique id and where its built-in questionnaire is.
struct Instance {
    id: String,
    built_in: &'static str,
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
    apply_theme(container, &options);
    let init = web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open);
    let Ok(shadow) = container.attach_shadow(&init) else {
        container.set_text_content(Some(
            "Silo Check cannot be shown in this element: use a <div data-silo-check>.",
        ));
        return;
    };
    if let Some(sheet) = sheet {
        shadow.set_adopted_style_sheets(&js_sys::Array::of1(sheet));
    }
    remember(container, &options);
    let Ok(root) = document.create_element("div") else {
        return;
    };
    let _ = shadow.append_child(&root);
    let host = container.clone();
    let options = Rc::new(options);
    match options.questionnaire.clone() {
        QuestionnaireSource::BuiltIn => {
            let lang = built_in_language(&options);
            let folder = instance.built_in;
            root.set_text_content(Some(messages(lang).loading));
            wasm_bindgen_futures::spawn_local(async move {
                let url = |l: Lang| built_in_url(folder, l.tag());
                let fetched = match url(lang) {
                    Some(href) => fetch_text(&href, &href).await,
                    None => Err("The widget's own files cannot be found.".to_string()),
                };
                let prepared = match fetched {
                    Ok(text) => prepare_built_in(&text, lang, &options, url),
                    Err(message) => Prepared::invalid(Problem {
                        path: "questionnaire".into(),
                        message,
                    }),
                };
                root.set_text_content(None);
                render::<Root>(root, host, prepared, options, instance.id);
            });
        }
        QuestionnaireSource::Element(id) => {
            let text = document
                .get_element_by_id(&id)
                .and_then(|e| e.text_content());
            let prepared = match text {
                Some(text) => prepare(&text, &options),
                None => Prepared::invalid(Problem {
                    path: "questionnaire".into(),
                    message: format!("There is no element with id \"{id}\" on this page to read the questionnaire from."),
                }),
            };
            render::<Root>(root, host, prepared, options, instance.id);
        }
        QuestionnaireSource::Url(url) => {
            let lang = preferred_languages(&options)
                .iter()
                .find_map(|tag| Lang::find(tag))
                .unwrap_or(Lang::En);
            root.set_text_content(Some(messages(lang).loading));
            wasm_bindgen_futures::spawn_local(async move {
                let prepared = match fetch_same_origin(&url).await {
                    Ok(text) => prepare(&text, &options),
                    Err(message) => Prepared::invalid(Problem {
                        path: "questionnaire".into(),
                        message,
                    }),
                };
                root.set_text_content(None);
                render::<Root>(root, host, prepared, options, instance.id);
            });
        }
    }
}

fn render<Root>(
    root: web_sys::Element,
    host: web_sys::HtmlElement,
    prepared: Prepared,
    options: Rc<Options>,
    instance: String,
) where
    Root: BaseComponent<Properties = AppProps>,
{
    let Prepared {
        loaded,
        lang,
        translations,
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
    messenger.watch_height();
    let on_event = {
        let messenger = messenger.clone();
        Callback::from(move |event: WidgetEvent| match event {
            WidgetEvent::Progress { answered, total } => {
                messenger.send("progress", &Progress { answered, total })
            }
            WidgetEvent::Complete(report) => messenger.send("complete", &*report),
        })
    };
    let props = AppProps {
        loaded,
        instance: instance.into(),
        storage_namespace: options
            .storage
            .then(|| options.storage_namespace.clone().into()),
        options,
        on_event,
        lang,
        translations: Rc::new(translations),
    };
    yew::Renderer::<Root>::with_root_and_props(root, props).render();
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
                web_sys::console::warn_1(&JsValue::from_str(&format!(
                    "Silo Check: the accent colour {} has a contrast of only {}.{}:1 with the {theme} theme's background (4.5:1 is needed to read it), so the {theme} theme uses {} instead.",
                    colour.hex(),
                    tenths / 10,
                    tenths % 10,
                    shades.accent.hex()
                )));
            }
        }
    }
    for (name, value) in &options.css_vars {
        let _ = style.set_property(name, value);
    }
}

/// One stylesheet object shared by every widget's shadow root.
fn stylesheet() -> Option<web_sys::CssStyleSheet> {
    let sheet = web_sys::CssStyleSheet::new().ok()?;
    sheet.replace_sync(WIDGET_CSS).ok()?;
    Some(sheet)
}
