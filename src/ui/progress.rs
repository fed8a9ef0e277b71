//! The progress indicator: which part of the questionnaire this is, and how much is done.

use crate::i18n::{fill, Messages};
use crate::questionnaire::Shared;
use crate::ui::radar::meter;
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
}

/// Shows "Part 2 of 9", the answered count, a bar, and the dimension names.
pub fn progress(props: &ProgressProps, t: &Messages) -> Html {
    let q = props.questionnaire;
    let total = q.questions().len();
    let answered = props.answers.answered();
    let percent = (answered * 100).checked_div(total).unwrap_or(0);
    let part = props.current.map(|d| {
        fill(
            t.part_of,
            &[("part", &(d + 1)), ("parts", &q.dimensions().len())],
        )
    });
    html! {
        <nav class="sc-progress" aria-label={t.progress_label}>
            <div class="sc-progress__meta">
                <span>{part.unwrap_or_else(|| t.before_you_start.to_string())}</span>
                <span>{fill(t.answered_of, &[("answered", &answered), ("total", &total)])}</span>
            </div>
            <div role="progressbar" aria-label={t.progress_bar_label}
                aria-valuemin="0" aria-valuemax={total.to_string()} aria-valuenow={answered.to_string()}
                aria-valuetext={fill(t.answered_of, &[("answered", &answered), ("total", &total)])}>
                { meter(percent, "sc-progress__track") }
            </div>
            <ol class="sc-progress__steps">
                { for q.dimensions().iter().enumerate().map(|(i, d)| {
                    let done = q.questions_of(&d.id).all(|(qi, _)| props.answers.get(qi).is_some());
                    let current = props.current == Some(i);
                    let class = match (done, current) {
                        (true, true) => "sc-progress__step sc-progress__step--done sc-progress__step--current",
                        (true, false) => "sc-progress__step sc-progress__step--done",
                        (false, true) => "sc-progress__step sc-progress__step--current",
                        (false, false) => "sc-progress__step",
                    };
                    let state = if current { t.step_current } else if done { t.step_complete } else { "" };
                    html! {
                        <li class={class} aria-current={current.then_some("step")}>
                            {d.name.clone()}<span class="sc-visually-hidden">{state}</span>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
