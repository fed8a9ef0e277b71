//! The live preview: the real widget (the build's own page, `../index.html`) in a frame,
//! given the questionnaire being edited as a blob URL of this page's origin, in the
//! language and theme chosen, on its start screen or on the results of simulated answers
//! (a share code the domain writes, so the frame opens that report).

use super::messages::studio_messages;
use crate::i18n::fill;
use crate::i18n::Lang;
use crate::studio::fields::value_of;
use assessment::{share, Answer, Answers, Level, Questionnaire};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How long the preview waits after a change before it shows it, in milliseconds.
const DELAY_MS: i32 = 250;

/// The preview's props.
#[derive(Properties, Clone, PartialEq)]
pub struct PreviewProps {
    /// The questionnaire's text, as it would be exported.
    pub text: Rc<str>,
    /// The questionnaire, when it is valid (for the simulated results).
    pub questionnaire: Option<Rc<Questionnaire>>,
    /// The document's languages.
    pub languages: Rc<Vec<String>>,
    /// The studio's language.
    pub lang: Lang,
}

/// The timer that will show the latest draft: its handle, and the function it calls.
type Pending = (i32, Closure<dyn FnMut()>);

/// What the preview shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum View {
    Start,
    /// The results with every answer at this level.
    Results(u8),
}

/// The live preview with its controls.
#[component]
pub fn Preview(props: &PreviewProps) -> Html {
    let m = studio_messages(props.lang);
    let lang = use_state(String::new);
    let theme = use_state(|| "auto".to_string());
    let view = use_state(|| View::Start);
    let src = use_state(String::new);
    let blob: Rc<RefCell<Option<String>>> = use_mut_ref(|| None);
    let chosen_lang = if props.languages.contains(&*lang) {
        (*lang).clone()
    } else {
        props.languages.first().cloned().unwrap_or_default()
    };
    // The frame follows the draft a moment after the last change, so that typing does not
    // reload the widget at every key.
    let timer: Rc<RefCell<Option<Pending>>> = use_mut_ref(|| None);
    {
        let src = src.clone();
        let key = (
            props.text.clone(),
            chosen_lang.clone(),
            (*theme).clone(),
            *view,
        );
        let questionnaire = props.questionnaire.clone();
        use_effect_with(key, move |(text, lang, theme, view)| {
            let code = match (view, &questionnaire) {
                (View::Results(level), Some(q)) => Some(simulated_code(q, *level)),
                _ => None,
            };
            let (text, lang, theme) = (text.clone(), lang.clone(), theme.clone());
            let show = move || {
                let Some(url) = blob_url(&text) else {
                    return;
                };
                let mut address = format!(
                    "../index.html?questionnaire={}&lang={}&theme={}&storage=off",
                    String::from(js_sys::encode_uri_component(&url)),
                    String::from(js_sys::encode_uri_component(&lang)),
                    theme
                );
                if let Some(code) = &code {
                    address.push_str("#r=");
                    address.push_str(code);
                }
                if let Some(old) = blob.borrow_mut().replace(url) {
                    let _ = web_sys::Url::revoke_object_url(&old);
                }
                src.set(address);
            };
            let window = web_sys::window();
            if let (Some(window), Some((handle, _))) = (&window, timer.borrow_mut().take()) {
                window.clear_timeout_with_handle(handle);
            }
            let mut once = Some(show);
            let callback = Closure::<dyn FnMut()>::new(move || {
                if let Some(show) = once.take() {
                    show();
                }
            });
            let handle = window.and_then(|w| {
                w.set_timeout_with_callback_and_timeout_and_arguments_0(
                    callback.as_ref().unchecked_ref(),
                    DELAY_MS,
                )
                .ok()
            });
            if let Some(handle) = handle {
                *timer.borrow_mut() = Some((handle, callback));
            }
        });
    }
    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |e: Event| lang.set(value_of(&e)))
    };
    let on_theme = {
        let theme = theme.clone();
        Callback::from(move |e: Event| theme.set(value_of(&e)))
    };
    let on_view = {
        let view = view.clone();
        Callback::from(move |e: Event| {
            let value = value_of(&e);
            view.set(match value.parse::<u8>() {
                Ok(level) => View::Results(level),
                Err(_) => View::Start,
            });
        })
    };
    let valid = props.questionnaire.is_some();
    let current_view = match *view {
        View::Start => String::new(),
        View::Results(level) => level.to_string(),
    };
    html! {
        <section class="sc-studio-preview" aria-labelledby="sc-studio-preview-title">
            <h2 id="sc-studio-preview-title" class="sc-studio-heading">{m.preview}</h2>
            <div class="sc-studio-preview__controls">
                <div class="sc-studio-field">
                    <label for="sc-studio-preview-lang">{m.preview_language}</label>
                    <select id="sc-studio-preview-lang" onchange={on_lang}>
                        {for props.languages.iter().map(|l| html! {
                            <option value={l.clone()} selected={*l == chosen_lang}>{l.clone()}</option>
                        })}
                    </select>
                </div>
                <div class="sc-studio-field">
                    <label for="sc-studio-preview-theme">{m.preview_theme}</label>
                    <select id="sc-studio-preview-theme" onchange={on_theme}>
                        <option value="auto" selected={*theme == "auto"}>{m.theme_auto}</option>
                        <option value="light" selected={*theme == "light"}>{m.theme_light}</option>
                        <option value="dark" selected={*theme == "dark"}>{m.theme_dark}</option>
                    </select>
                </div>
                <div class="sc-studio-field">
                    <label for="sc-studio-preview-view">{m.preview_view}</label>
                    <select id="sc-studio-preview-view" onchange={on_view} disabled={!valid}>
                        <option value="" selected={current_view.is_empty()}>{m.view_start}</option>
                        {for (1..=5u8).map(|level| html! {
                            <option value={level.to_string()} selected={current_view == level.to_string()}>
                                {fill(m.view_results_at, &[("n", &level)])}
                            </option>
                        })}
                    </select>
                </div>
            </div>
            if !valid {
                <p class="sc-studio-hint">{m.preview_invalid}</p>
            }
            <iframe class="sc-studio-preview__frame" title={m.preview_frame_title} src={(*src).clone()} />
        </section>
    }
}

/// A blob URL holding `text` as a JSON file, on this page's origin.
fn blob_url(text: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// The share code of a respondent who gave every question the answer at `level`.
fn simulated_code(questionnaire: &Questionnaire, level: u8) -> String {
    let mut answers = Answers::new(questionnaire);
    let answer = Level::new(level).map(Answer::Level);
    for index in 0..questionnaire.questions().len() {
        answers.set(index, answer);
    }
    share::encode(questionnaire, &answers)
}
