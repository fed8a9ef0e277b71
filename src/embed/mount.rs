//! Mounting into the host's containers: a shadow root with the adopted stylesheet in each,
//! the host's theme on the container, the questionnaire loaded from its source, and an
//! `App` rendered whose events go to the host.

use super::events::{Messenger, Progress, Ready};
use super::fetch::fetch_same_origin;
use super::host_options::{read_options, url_parameters};
use super::language::{preferred_languages, prepare, Prepared};
use super::panic::remember;
use crate::app::{App, AppProps, WidgetEvent};
use crate::i18n::{messages, Lang};
use crate::options::{Options, QuestionnaireSource, Theme};
use crate::questionnaire::Loaded;
use assessment::export::QuestionnaireSummary;
use assessment::validate::Problem;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::Callback;

/// The widget's stylesheet (styles/widget.css with rem rewritten by build.rs).
const WIDGET_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

/// Mounts a widget into every `[data-silo-check]` element of the page not mounted yet.
pub fn mount_all() {
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
        mount(
            &document,
            &container,
            sheet.as_ref(),
            options,
            format!("sc{i}"),
        );
    }
}

fn mount(
    document: &web_sys::Document,
    container: &web_sys::HtmlElement,
    sheet: Option<&web_sys::CssStyleSheet>,
    options: Options,
    instance: String,
) {
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
            let prepared = prepare(assessment::BUILT_IN_JSON, &options);
            render(root, host, prepared, options, instance);
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
            render(root, host, prepared, options, instance);
        }
        QuestionnaireSource::Url(url) => {
            let lang = preferred_languages(&options)
                .iter()
                .find_map(|tag| Lang::from_tag(tag))
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
                render(root, host, prepared, options, instance);
            });
        }
    }
}

fn render(
    root: web_sys::Element,
    host: web_sys::HtmlElement,
    prepared: Prepared,
    options: Rc<Options>,
    instance: String,
) {
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
    yew::Renderer::<App>::with_root_and_props(root, props).render();
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
    if let Some(accent) = &options.accent {
        let _ = style.set_property("--sc-color-accent", accent);
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
