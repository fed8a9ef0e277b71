//! One scored question: a fieldset with its legend and the five anchored choices.

use crate::i18n::{fill, Messages};
use assessment::{Answer, Question};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What [`question_card`] shows.
pub struct QuestionCardProps<'a> {
    /// The question's index in the questionnaire.
    pub index: usize,
    /// Its number as shown ("Question 7").
    pub number: usize,
    /// The question.
    pub question: &'a Question,
    /// The current answer.
    pub answer: Option<Answer>,
    /// A page-unique prefix for element ids and radio group names.
    pub instance: AttrValue,
    /// Called with the question's index and the chosen answer.
    pub on_select: Callback<(usize, Answer)>,
}

/// The key that chooses "Not sure" (the options take 1 to 5).
const NOT_SURE_KEY: &str = "6";

/// The key that chooses "Does not apply to us", where a question offers it.
const NOT_APPLICABLE_KEY: &str = "7";

/// Renders a question as a radio group. Arrow keys move within the group (the browser's
/// own radio behaviour), and the number keys 1-5 (6 for "Not sure", 7 for "Does not apply
/// to us") choose directly.
pub fn question_card(props: &QuestionCardProps, t: &Messages) -> Html {
    let q = props.question;
    let base = format!("{}-q{}", props.instance, props.index);
    let legend_id = format!("{base}-legend");
    let help_id = format!("{base}-help");

    let choices: Vec<(String, Answer, String, String)> = q
        .options
        .iter()
        .enumerate()
        .map(|(i, c)| {
            (
                format!("{base}-l{}", c.level.get()),
                Answer::Level(c.level),
                c.label.clone(),
                (i + 1).to_string(),
            )
        })
        .chain(q.not_sure.then(|| {
            (
                format!("{base}-unsure"),
                Answer::NotSure,
                t.not_sure.to_string(),
                NOT_SURE_KEY.to_string(),
            )
        }))
        .chain(q.not_applicable.then(|| {
            (
                format!("{base}-na"),
                Answer::NotApplicable,
                t.not_applicable.to_string(),
                NOT_APPLICABLE_KEY.to_string(),
            )
        }))
        .collect();

    let onkeydown = {
        let on_select = props.on_select.clone();
        let index = props.index;
        let keyed: Vec<(String, Answer, String)> = choices
            .iter()
            .map(|(id, answer, _, key)| (key.clone(), *answer, id.clone()))
            .collect();
        Callback::from(move |e: KeyboardEvent| {
            if e.ctrl_key() || e.alt_key() || e.meta_key() {
                return;
            }
            let key = e.key();
            if let Some((_, answer, id)) = keyed.iter().find(|(k, _, _)| *k == key) {
                e.prevent_default();
                on_select.emit((index, *answer));
                let fieldset = e
                    .current_target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                if let Some(fieldset) = fieldset {
                    focus_within(&fieldset, id);
                }
            }
        })
    };

    html! {
        <fieldset key={props.index} class="sc-question" aria-describedby={q.help.as_ref().map(|_| help_id.clone())} {onkeydown}>
            <legend class="sc-question__legend" id={legend_id}>
                <span class="sc-visually-hidden">{fill(t.question_number, &[("n", &props.number)])}</span>
                {q.prompt.clone()}
            </legend>
            if let Some(help) = &q.help {
                <p class="sc-question__help" id={help_id.clone()}>{help.clone()}</p>
            }
            <ul class="sc-choices" role="none">
                { for choices.into_iter().map(|(id, answer, label, key)| {
                    let checked = props.answer == Some(answer);
                    let onchange = {
                        let on_select = props.on_select.clone();
                        let index = props.index;
                        Callback::from(move |_: Event| on_select.emit((index, answer)))
                    };
                    let unsure = matches!(answer, Answer::NotSure | Answer::NotApplicable);
                    html! {
                        <li role="none">
                            <label class={if unsure { "sc-choice sc-choice--unsure" } else { "sc-choice" }} for={id.clone()} data-key={key}>
                                <input type="radio" id={id} name={base.clone()} {checked} {onchange} />
                                <span class="sc-choice__label">{label}</span>
                            </label>
                        </li>
                    }
                }) }
            </ul>
        </fieldset>
    }
}

/// Focuses the element with this id inside `container` (which works in a shadow root too,
/// where `document.getElementById` does not look).
fn focus_within(container: &web_sys::Element, id: &str) {
    let element = container
        .query_selector(&format!("[id='{id}']"))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}
