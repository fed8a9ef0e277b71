//! Before the results: the questions still unanswered, each one step away.

use crate::i18n::{fill, plural, Lang, Messages};
use crate::questionnaire::Shared;
use assessment::session::Action;
use assessment::Answers;
use yew::prelude::*;

/// What [`review_step`] shows.
#[derive(Clone, PartialEq)]
pub struct ReviewStepProps {
    /// The questionnaire.
    pub questionnaire: Shared,
    /// The answers so far.
    pub answers: Answers,
    /// Sends an action to the store.
    pub on_action: Callback<Action>,
}

/// Lists unanswered questions with a button that goes straight to each.
pub fn review_step(props: &ReviewStepProps, t: &Messages, lang: Lang) -> Html {
    let q = &props.questionnaire;
    let missing: Vec<usize> = props.answers.unanswered().collect();
    let on_action = props.on_action.clone();
    html! {
        <section key="review" class="sc-card" aria-labelledby="sc-review-title">
            <h2 class="sc-heading" id="sc-review-title" tabindex="-1" data-step-heading="">
                {plural(missing.len(), t.unanswered_one, t.unanswered_many, lang)}
            </h2>
            <p class="sc-lead">
                {t.review_lead}
            </p>
            <ul class="sc-missing">
                { for missing.iter().filter_map(|&index| {
                    let question = q.questions().get(index)?;
                    let dimension = q.dimension_index(&question.dimension)
                        .and_then(|d| q.dimensions().get(d))
                        .map_or("", |d| d.name.as_str());
                    Some(html! {
                        <li key={index}>
                            <span>
                                <span class="sc-muted">{format!("{dimension}: ")}</span>
                                {question.prompt.clone()}
                            </span>
                            <button type="button" class="sc-button"
                                aria-label={fill(t.answer_question, &[("n", &(index + 1)), ("prompt", &question.prompt)])}
                                onclick={on_action.reform(move |_| Action::GoToQuestion(index))}>
                                {t.answer}
                            </button>
                        </li>
                    })
                }) }
            </ul>
            <div class="sc-actions sc-actions--split">
                <button type="button" class="sc-button" onclick={on_action.reform(|_| Action::Back)}>{t.back}</button>
                <button type="button" class="sc-button sc-button--primary" onclick={on_action.reform(|_| Action::Finish)}>{t.see_results}</button>
            </div>
        </section>
    }
}
