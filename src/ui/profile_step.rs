//! The optional "About you" questions: department, role, organisation.

use crate::i18n::Messages;
use crate::questionnaire::Shared;
use crate::ui::progress::{progress, ProgressProps};
use assessment::session::Action;
use assessment::Answers;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What [`profile_step`] shows.
#[derive(Clone, PartialEq)]
pub struct ProfileStepProps {
    /// The questionnaire.
    pub questionnaire: Shared,
    /// The answers so far.
    pub answers: Answers,
    /// A page-unique prefix for element ids.
    pub instance: AttrValue,
    /// Sends an action to the store.
    pub on_action: Callback<Action>,
}

/// The profile questions as labelled selects; every one may be left unanswered.
pub fn profile_step(props: &ProfileStepProps, t: &Messages) -> Html {
    let q = &props.questionnaire;
    let on_action = props.on_action.clone();
    let onsubmit = {
        let on_action = on_action.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_action.emit(Action::Next);
        })
    };
    let heading_id = format!("{}-profile", props.instance);
    html! {
        <section key="profile" class="sc-card" aria-labelledby={heading_id.clone()}>
            { progress(&ProgressProps { questionnaire: q, answers: &props.answers, current: None, on_action: &props.on_action }, t) }
            <form {onsubmit} novalidate=true>
                <h2 class="sc-heading" id={heading_id} tabindex="-1" data-step-heading="">{t.about_you}</h2>
                <p class="sc-lead">
                    {t.about_you_lead}
                </p>
                { for q.profile().iter().enumerate().map(|(index, p)| {
                    let id = format!("{}-p{index}", props.instance);
                    let help_id = format!("{id}-help");
                    let chosen = props.answers.profile(index);
                    let onchange = {
                        let on_action = on_action.clone();
                        Callback::from(move |e: Event| {
                            let value = e.target()
                                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                                .map(|s| s.value())
                                .unwrap_or_default();
                            on_action.emit(Action::Profile(index, value.parse::<usize>().ok()));
                        })
                    };
                    html! {
                        <div class="sc-field" key={index}>
                            <label class="sc-field__label" for={id.clone()}>{p.prompt.clone()}</label>
                            if let Some(help) = &p.help {
                                <p class="sc-question__help" id={help_id.clone()}>{help.clone()}</p>
                            }
                            <select class="sc-select" id={id} {onchange}
                                aria-describedby={p.help.as_ref().map(|_| help_id.clone())}>
                                <option value="" selected={chosen.is_none()}>{t.prefer_not_to_say}</option>
                                { for p.options.iter().enumerate().map(|(o, option)| html! {
                                    <option value={o.to_string()} selected={chosen == Some(o)}>{option.label.clone()}</option>
                                }) }
                            </select>
                        </div>
                    }
                }) }
                <div class="sc-actions sc-actions--split">
                    <button type="button" class="sc-button" onclick={on_action.reform(|_| Action::Back)}>{t.back}</button>
                    <div class="sc-actions">
                        <button type="button" class="sc-button sc-button--quiet" onclick={on_action.reform(|_| Action::Next)}>{t.skip}</button>
                        <button type="submit" class="sc-button sc-button--primary">{t.next}</button>
                    </div>
                </div>
            </form>
        </section>
    }
}
