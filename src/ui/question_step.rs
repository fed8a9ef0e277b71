//! One dimension's questions on one screen, with the progress indicator and navigation.

use crate::i18n::{fill, Messages};
use crate::questionnaire::Shared;
use crate::ui::progress::{progress, ProgressProps};
use crate::ui::question_card::{question_card, QuestionCardProps};
use assessment::session::Action;
use assessment::{Answer, Answers};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What [`question_step`] shows.
#[derive(Clone, PartialEq)]
pub struct QuestionStepProps {
    /// The questionnaire.
    pub questionnaire: Shared,
    /// The dimension on screen.
    pub dimension: usize,
    /// The answers so far.
    pub answers: Answers,
    /// A page-unique prefix for element ids.
    pub instance: AttrValue,
    /// The questions of this step Next has just pointed out as unanswered
    /// ([`Session::left_unanswered`](assessment::session::Session::left_unanswered)).
    pub left_unanswered: Vec<usize>,
    /// Sends an action to the store.
    pub on_action: Callback<Action>,
    /// Forgets every answer.
    pub on_clear: Callback<()>,
}

/// A dimension's questions. Enter on a chosen answer goes on to the next step. Next with
/// questions unanswered stays once and says how many (the domain's rule,
/// [`Session::left_unanswered`](assessment::session::Session::left_unanswered)), with
/// "Go on anyway" and "Show the first one"; focus moves into that message.
pub fn question_step(props: &QuestionStepProps, t: &Messages) -> Html {
    let q = &props.questionnaire;
    let Some(dimension) = q.dimensions().get(props.dimension) else {
        return Html::default();
    };
    let count = q.dimensions().len();
    let is_last = props.dimension + 1 == count;
    let on_select = props
        .on_action
        .reform(|(index, answer): (usize, Answer)| Action::Answer(index, Some(answer)));
    let on_action = props.on_action.clone();
    let onsubmit = {
        let on_action = on_action.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_action.emit(Action::Next);
            focus_notice(e.target());
        })
    };
    // Enter on a radio button goes on, like Enter in a text field submits a form.
    let onkeydown = {
        let on_action = on_action.clone();
        Callback::from(move |e: KeyboardEvent| {
            let on_radio = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .is_some_and(|i| i.type_() == "radio");
            if e.key() == "Enter" && on_radio {
                e.prevent_default();
                on_action.emit(Action::Next);
                focus_notice(e.current_target());
            }
        })
    };
    let heading_id = format!("{}-step-{}", props.instance, props.dimension);
    let left = &props.left_unanswered;
    let notice = left.first().map(|&first| {
        let group = format!("{}-q{first}", props.instance);
        let show_first = Callback::from(move |e: MouseEvent| show_question(e.target(), &group));
        html! {
            <div class="sc-notice sc-left" role="alert" tabindex="-1" data-unanswered-notice="">
                <p><strong>{fill(if left.len() == 1 { t.left_here_one } else { t.left_here_many }, &[("n", &left.len())])}</strong>{" "}{t.left_here_lead}</p>
                <div class="sc-actions">
                    <button type="button" class="sc-button" onclick={show_first}>{t.show_first_unanswered}</button>
                    <button type="button" class="sc-button" onclick={on_action.reform(|_| Action::Next)}>{t.go_on_anyway}</button>
                </div>
            </div>
        }
    });
    html! {
        <section key="questions" class="sc-card" aria-labelledby={heading_id.clone()}>
            { progress(&ProgressProps { questionnaire: q, answers: &props.answers, current: Some(props.dimension), on_action: &props.on_action }, t) }
            <form {onsubmit} {onkeydown} novalidate=true>
                <h2 class="sc-heading" id={heading_id} tabindex="-1" data-step-heading="">{dimension.name.clone()}</h2>
                <p class="sc-lead">{dimension.description.clone()}</p>
                { for q.questions_of(&dimension.id).map(|(index, question)| question_card(&QuestionCardProps {
                    index,
                    number: index + 1,
                    question,
                    answer: props.answers.get(index),
                    instance: props.instance.clone(),
                    on_select: on_select.clone(),
                }, t)) }
                <p class="sc-keys-hint">{t.keys_hint}</p>
                { for notice }
                <div class="sc-actions sc-actions--split">
                    <button type="button" class="sc-button" onclick={on_action.reform(|_| Action::Back)}>{t.back}</button>
                    <button type="submit" class="sc-button sc-button--primary">
                        { if is_last { t.see_results } else { t.next } }
                    </button>
                </div>
            </form>
            <div class="sc-footer-actions">
                <button type="button" class="sc-button sc-button--quiet" onclick={props.on_clear.reform(|_| ())}>
                    {t.clear_answers}
                </button>
            </div>
        </section>
    }
}

/// Once the action just sent has been drawn, moves focus into the form's message about
/// unanswered questions, if Next left one (and does nothing if it went on). Yew draws in
/// a task it queued when the action was sent, which runs before this one.
fn focus_notice(form: Option<web_sys::EventTarget>) {
    let Some(form) = form.and_then(|f| f.dyn_into::<web_sys::Element>().ok()) else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let notice = form
            .query_selector("[data-unanswered-notice]")
            .ok()
            .flatten()
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(notice) = notice {
            let _ = notice.focus();
        }
    });
}

/// Focuses the first answer of the question whose radio buttons are named `group` (the
/// browser brings it into view).
fn show_question(from: Option<web_sys::EventTarget>, group: &str) {
    let form = from
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("form").ok().flatten());
    let Some(form) = form else {
        return;
    };
    let radio = form
        .query_selector(&format!("input[name='{group}']"))
        .ok()
        .flatten()
        .and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(radio) = radio {
        let _ = radio.focus();
    }
}
