//! The live preview: the real widget (the build's own page, `../index.html`) in a frame,
//! given the questionnaire being edited as a blob URL of this page's origin, in the
//! language and theme chosen, on the step chosen (the widget's `step` option) or on the
//! results of a simulated respondent (a share code the domain writes from answers at the
//! levels chosen and the profile chosen, so the frame opens that report).

use super::messages::{studio_messages, StudioMessages};
use crate::i18n::fill;
use crate::i18n::Lang;
use crate::studio::fields::value_of;
use assessment::session::Step;
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
    /// The questionnaire in its first language, when it is valid.
    pub questionnaire: Option<Rc<Questionnaire>>,
    /// The document's languages, the first first.
    pub languages: Rc<Vec<String>>,
    /// The studio's language.
    pub lang: Lang,
}

/// What the "Show" choice names for the results: the one step the widget's `step` option
/// does not open (the results come from a share code).
const RESULTS: &str = "results";

/// What the "Show" choice names for the start screen (`Step::Start`'s name).
const START: &str = "start";

/// The respondent whose results the preview shows: by ids, so that a choice survives
/// reordering, and one the questionnaire no longer has is left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Simulation {
    /// The level of every answer (1 to 5), except in the dimensions of `levels`.
    pub level: u8,
    /// A level of their own for some dimensions: the dimension's id and the level.
    pub levels: Vec<(String, u8)>,
    /// The profile: a profile question's id and the id of the option chosen.
    pub profile: Vec<(String, String)>,
}

impl Default for Simulation {
    fn default() -> Simulation {
        Simulation {
            level: 3,
            levels: Vec::new(),
            profile: Vec::new(),
        }
    }
}

impl Simulation {
    /// The level of the answers in the dimension with this id.
    fn level_of(&self, dimension: &str) -> u8 {
        self.levels
            .iter()
            .find(|(id, _)| id == dimension)
            .map_or(self.level, |(_, level)| *level)
    }

    /// The option chosen for the profile question with this id.
    fn choice_of(&self, question: &str) -> Option<&str> {
        self.profile
            .iter()
            .find(|(id, _)| id == question)
            .map(|(_, option)| option.as_str())
    }

    /// The answers of this respondent to `questionnaire`, made through the domain's
    /// checks (a profile option the question does not have is no answer).
    pub fn answers(&self, questionnaire: &Questionnaire) -> Answers {
        let mut answers = Answers::new(questionnaire);
        for (index, question) in questionnaire.questions().iter().enumerate() {
            let level = Level::new(self.level_of(question.dimension.as_str()));
            answers.set(index, level.map(Answer::Level));
        }
        for (index, question) in questionnaire.profile().iter().enumerate() {
            let option = self.choice_of(question.id.as_str()).and_then(|chosen| {
                question
                    .options
                    .iter()
                    .position(|o| o.id.as_str() == chosen)
            });
            answers.set_profile_checked(questionnaire, index, option);
        }
        answers
    }

    /// `list` with `value` for `key` in place of what it had (`None` removes it).
    fn with<T: Clone>(list: &[(String, T)], key: &str, value: Option<T>) -> Vec<(String, T)> {
        let mut out: Vec<(String, T)> = list.iter().filter(|(k, _)| k != key).cloned().collect();
        if let Some(value) = value {
            out.push((key.to_string(), value));
        }
        out
    }
}

/// The timer that will show the latest draft: its handle, and the function it calls.
type Pending = (i32, Closure<dyn FnMut()>);

/// The steps the preview can show, as the widget's `step` option names them, with what
/// the choice says: the start, the profile (when there are profile questions), each
/// dimension by its name, the review, then the results.
fn views(questionnaire: &Questionnaire, m: &StudioMessages) -> Vec<(String, String)> {
    let mut steps = vec![Step::Start];
    if !questionnaire.profile().is_empty() {
        steps.push(Step::Profile);
    }
    steps.extend((0..questionnaire.dimensions().len()).map(Step::Dimension));
    steps.push(Step::Review);
    steps.push(Step::Results);
    steps
        .into_iter()
        .map(|step| {
            let text = match step {
                Step::Start => m.view_start.to_string(),
                Step::Profile => m.view_profile.to_string(),
                Step::Dimension(d) => {
                    let name = questionnaire
                        .dimensions()
                        .get(d)
                        .map_or("", |d| d.name.as_str());
                    fill(m.view_dimension, &[("name", &name)])
                }
                Step::Review => m.view_review.to_string(),
                Step::Results => m.view_results.to_string(),
            };
            (step.name(questionnaire).to_string(), text)
        })
        .collect()
}

/// The live preview with its controls.
#[component]
pub fn Preview(props: &PreviewProps) -> Html {
    let m = studio_messages(props.lang);
    let lang = use_state(String::new);
    let theme = use_state(|| "auto".to_string());
    let view = use_state(|| START.to_string());
    let simulation = use_state(Simulation::default);
    let src = use_state(String::new);
    let blob: Rc<RefCell<Option<String>>> = use_mut_ref(|| None);
    let chosen_lang = if props.languages.contains(&*lang) {
        (*lang).clone()
    } else {
        props.languages.first().cloned().unwrap_or_default()
    };
    // The questionnaire in the language shown, for the names of its dimensions and its
    // profile questions.
    let shown = {
        let first = props.languages.first() == Some(&chosen_lang);
        use_memo(
            (
                props.text.clone(),
                props.questionnaire.clone(),
                chosen_lang.clone(),
            ),
            move |(text, questionnaire, lang)| match questionnaire {
                Some(q) if first => Some(q.clone()),
                Some(_) => Questionnaire::parse_in(text, &[lang.as_str()])
                    .ok()
                    .map(Rc::new),
                None => None,
            },
        )
    };
    let choices = (*shown).as_ref().map(|q| views(q, m)).unwrap_or_default();
    // A step the draft no longer has (a dimension removed or renamed): the start.
    let current = if choices.iter().any(|(name, _)| *name == *view) {
        (*view).clone()
    } else {
        START.to_string()
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
            current.clone(),
            (*simulation).clone(),
        );
        let questionnaire = (*shown).clone();
        use_effect_with(key, move |(text, lang, theme, view, simulation)| {
            let code = match &questionnaire {
                Some(q) if view == RESULTS => Some(share::encode(q, &simulation.answers(q))),
                _ => None,
            };
            let step = (view != RESULTS && view != START).then(|| view.clone());
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
                if let Some(step) = &step {
                    address.push_str("&step=");
                    address.push_str(&String::from(js_sys::encode_uri_component(step)));
                }
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
        Callback::from(move |e: Event| view.set(value_of(&e)))
    };
    let valid = shown.is_some();
    let simulated = match (&*shown, current == RESULTS) {
        (Some(q), true) => simulation_controls(q, &simulation, m),
        _ => html! {},
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
                        if choices.is_empty() {
                            <option value="" selected=true>{m.view_start}</option>
                        }
                        {for choices.iter().map(|(name, text)| html! {
                            <option value={name.clone()} selected={*name == current}>{text.clone()}</option>
                        })}
                    </select>
                </div>
            </div>
            if !valid {
                <p class="sc-studio-hint">{m.preview_invalid}</p>
            }
            {simulated}
            <iframe class="sc-studio-preview__frame" title={m.preview_frame_title} src={(*src).clone()} />
        </section>
    }
}

/// The simulated respondent's controls: a level for every answer, one for each dimension
/// that should differ, and a choice for each profile question, in the language shown.
fn simulation_controls(
    questionnaire: &Questionnaire,
    simulation: &UseStateHandle<Simulation>,
    m: &'static StudioMessages,
) -> Html {
    let levels = |selected: Option<u8>, same: Option<&'static str>| {
        html! {
            <>
                if let Some(same) = same {
                    <option value="" selected={selected.is_none()}>{same}</option>
                }
                {for (1..=5u8).map(|n| html! {
                    <option value={n.to_string()} selected={selected == Some(n)}>{fill(m.level_n, &[("n", &n)])}</option>
                })}
            </>
        }
    };
    let on_all = {
        let simulation = simulation.clone();
        Callback::from(move |e: Event| {
            if let Ok(level) = value_of(&e).parse::<u8>() {
                simulation.set(Simulation {
                    level,
                    ..(*simulation).clone()
                });
            }
        })
    };
    let dimensions = questionnaire.dimensions().iter().enumerate().map(|(i, d)| {
        let id = d.id.as_str().to_string();
        let own = simulation
            .levels
            .iter()
            .find(|(k, _)| *k == id)
            .map(|(_, l)| *l);
        let onchange = {
            let (simulation, id) = (simulation.clone(), id.clone());
            Callback::from(move |e: Event| {
                let level = value_of(&e).parse::<u8>().ok();
                simulation.set(Simulation {
                    levels: Simulation::with(&simulation.levels, &id, level),
                    ..(*simulation).clone()
                });
            })
        };
        let field = format!("sc-studio-sim-dimension-{i}");
        html! {
            <div class="sc-studio-field">
                <label for={field.clone()}>{d.name.clone()}</label>
                <select id={field} {onchange}>{levels(own, Some(m.simulate_same))}</select>
            </div>
        }
    });
    let profile = questionnaire.profile().iter().enumerate().map(|(i, p)| {
        let id = p.id.as_str().to_string();
        let chosen = simulation.choice_of(&id).map(str::to_string);
        let onchange = {
            let (simulation, id) = (simulation.clone(), id.clone());
            Callback::from(move |e: Event| {
                let option = Some(value_of(&e)).filter(|v| !v.is_empty());
                simulation.set(Simulation {
                    profile: Simulation::with(&simulation.profile, &id, option),
                    ..(*simulation).clone()
                });
            })
        };
        let field = format!("sc-studio-sim-profile-{i}");
        html! {
            <div class="sc-studio-field">
                <label for={field.clone()}>{p.prompt.clone()}</label>
                <select id={field} {onchange}>
                    <option value="" selected={chosen.is_none()}>{m.not_answered}</option>
                    {for p.options.iter().map(|o| html! {
                        <option value={o.id.as_str().to_string()} selected={chosen.as_deref() == Some(o.id.as_str())}>{o.label.clone()}</option>
                    })}
                </select>
            </div>
        }
    });
    html! {
        <details class="sc-studio-simulation" open=true>
            <summary>{m.simulated}</summary>
            <p class="sc-studio-hint">{m.simulated_hint}</p>
            <fieldset class="sc-studio-texts">
                <legend>{m.simulated_answers}</legend>
                <div class="sc-studio-preview__controls">
                    <div class="sc-studio-field">
                        <label for="sc-studio-sim-all">{m.simulate_all}</label>
                        <select id="sc-studio-sim-all" onchange={on_all}>{levels(Some(simulation.level), None)}</select>
                    </div>
                    {for dimensions}
                </div>
            </fieldset>
            if !questionnaire.profile().is_empty() {
                <fieldset class="sc-studio-texts">
                    <legend>{m.simulated_profile}</legend>
                    <div class="sc-studio-preview__controls">{for profile}</div>
                </fieldset>
            }
        </details>
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

#[cfg(test)]
mod tests {
    use super::*;
    use assessment::report::report;

    fn built_in() -> Questionnaire {
        Questionnaire::parse_in(assessment::BUILT_IN_JSON, &["en"]).unwrap()
    }

    /// The recommendation of each dimension for `simulation`, read back from its share
    /// code as the widget in the frame reads it.
    fn recommendations(q: &Questionnaire, simulation: &Simulation) -> Vec<(String, String)> {
        let code = share::encode(q, &simulation.answers(q));
        let answers = share::decode(q, &code).unwrap();
        report(q, &answers)
            .dimensions
            .iter()
            .map(|d| {
                let r = d.recommendation.as_ref().map_or("", |r| r.as_str());
                (d.dimension.as_str().to_string(), r.to_string())
            })
            .collect()
    }

    fn of<'a>(list: &'a [(String, String)], dimension: &str) -> &'a str {
        list.iter()
            .find(|(d, _)| d == dimension)
            .map_or("", |(_, r)| r.as_str())
    }

    #[test]
    fn a_chosen_profile_changes_the_recommendations_of_the_when_rules() {
        let q = built_in();
        let anyone = Simulation::default();
        let small = Simulation {
            profile: vec![("company_size".into(), "1-49".into())],
            ..Simulation::default()
        };
        let (general, specific) = (recommendations(&q, &anyone), recommendations(&q, &small));
        assert_eq!(of(&specific, "ownership"), "ownership-3-small");
        assert_ne!(of(&general, "ownership"), "ownership-3-small");
        // A profile option the question does not have is no answer.
        let unknown = Simulation {
            profile: vec![
                ("company_size".into(), "huge".into()),
                ("gone".into(), "x".into()),
            ],
            ..Simulation::default()
        };
        assert!(unknown
            .answers(&q)
            .all_profile()
            .iter()
            .all(Option::is_none));
    }

    #[test]
    fn a_dimension_of_its_own_level_differs_from_the_rest() {
        let q = built_in();
        let simulation = Simulation {
            level: 2,
            levels: vec![("ownership".into(), 5), ("nowhere".into(), 1)],
            profile: Vec::new(),
        };
        let answers = simulation.answers(&q);
        for (i, question) in q.questions().iter().enumerate() {
            let expected = if question.dimension.as_str() == "ownership" {
                5
            } else {
                2
            };
            assert_eq!(
                answers.get(i),
                Level::new(expected).map(Answer::Level),
                "{}",
                question.id.as_str()
            );
        }
        let levels = Simulation::with(&simulation.levels, "ownership", None);
        assert_eq!(levels, vec![("nowhere".to_string(), 1)]);
        let levels = Simulation::with(&levels, "nowhere", Some(4));
        assert_eq!(levels, vec![("nowhere".to_string(), 4)]);
    }

    #[test]
    fn the_preview_offers_every_step_of_the_questionnaire_by_the_names_the_widget_opens() {
        let q = built_in();
        let names: Vec<String> = views(&q, studio_messages(Lang::En))
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        let mut expected = vec!["start".to_string(), "profile".to_string()];
        expected.extend(q.dimensions().iter().map(|d| d.id.as_str().to_string()));
        expected.extend(["review".to_string(), RESULTS.to_string()]);
        assert_eq!(names, expected);
        for name in &names {
            assert!(Step::named(&q, name).is_some(), "{name}");
        }
        assert_eq!(Step::Start.name(&q), START);
    }
}
