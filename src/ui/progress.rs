//! The progress indicator: which part of the questionnaire this is, how much is done, and
//! every part on demand.

use crate::i18n::{fill, Messages};
use crate::questionnaire::Shared;
use crate::ui::radar::meter;
use assessment::session::Action;
use assessment::Answers;
use yew::prelude::*;

/// What [`progress`] shows.
pub struct ProgressProps<'a> {
    /// The questionnaire.
    pub questionnaire: &'a Shared,
    /// The answers so far.
    pub answers: &'a Answers,
    /// The dimension on screen, if any.
    pub current: Option<usize>,
    /// Sends an action to the store (going to a part).
    pub on_action: &'a Callback<Action>,
}

/// Shows "Part 2 of 9: name", the answered count and a bar, with the list of parts behind
/// a disclosure (a `<details>`, so opening it needs no state): each part is a button that
/// goes to its first question (the current one's, marked `aria-current`, stays).
pub fn progress(props: &ProgressProps, t: &Messages) -> Html {
    let q = props.questionnaire;
    let total = q.questions().len();
    let answered = props.answers.answered();
    let percent = (answered * 100).checked_div(total).unwrap_or(0);
    let part = props.current.and_then(|d| {
        let name = &q.dimensions().get(d)?.name;
        Some(fill(
            t.part_named,
            &[
                ("part", &(d + 1)),
                ("parts", &q.dimensions().len()),
                ("name", name),
            ],
        ))
    });
    html! {
        <nav class="sc-progress" aria-label={t.progress_label}>
            <div class="sc-progress__meta">
                <span class="sc-progress__part">{part.unwrap_or_else(|| t.before_you_start.to_string())}</span>
                <span>{fill(t.answered_of, &[("answered", &answered), ("total", &total)])}</span>
            </div>
            <div role="progressbar" aria-label={t.progress_bar_label}
                aria-valuemin="0" aria-valuemax={total.to_string()} aria-valuenow={answered.to_string()}
                aria-valuetext={fill(t.answered_of, &[("answered", &answered), ("total", &total)])}>
                { meter(percent, "sc-progress__track") }
            </div>
            <details class="sc-progress__parts">
                <summary class="sc-progress__toggle">{t.all_parts}</summary>
                <ol class="sc-progress__steps">
                    { for q.dimensions().iter().enumerate().map(|(i, d)| {
                        let mut questions = q.questions_of(&d.id);
                        // A validated dimension has at least one question.
                        let first = questions.next().map_or(0, |(index, _)| index);
                        let done = props.answers.get(first).is_some()
                            && questions.all(|(qi, _)| props.answers.get(qi).is_some());
                        let current = props.current == Some(i);
                        let class = match (done, current) {
                            (true, true) => "sc-progress__step sc-progress__step--done sc-progress__step--current",
                            (true, false) => "sc-progress__step sc-progress__step--done",
                            (false, true) => "sc-progress__step sc-progress__step--current",
                            (false, false) => "sc-progress__step",
                        };
                        let state = if current { t.step_current } else if done { t.step_complete } else { "" };
                        html! {
                            <li key={i}>
                                <button type="button" class={class} aria-current={current.then_some("step")}
                                    onclick={props.on_action.reform(move |_| Action::GoToQuestion(first))}>
                                    {d.name.clone()}<span class="sc-visually-hidden">{state}</span>
                                </button>
                            </li>
                        }
                    }) }
                </ol>
            </details>
        </nav>
    }
}
