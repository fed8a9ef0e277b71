//! The progress indicator: which part of the questionnaire this is, and how much is done.

use crate::app::Shared;
use crate::ui::radar::Meter;
use assessment::Answers;
use yew::prelude::*;

/// Props of [`Progress`].
#[derive(Properties, Clone, PartialEq)]
pub struct ProgressProps {
    /// The questionnaire.
    pub questionnaire: Shared,
    /// The answers so far.
    pub answers: Answers,
    /// The dimension on screen, if any.
    pub current: Option<usize>,
}

/// Shows "Part 2 of 9", the answered count, a bar, and the dimension names.
#[component]
pub fn Progress(props: &ProgressProps) -> Html {
    let q = &props.questionnaire;
    let total = q.questions().len();
    let answered = props.answers.answered();
    let percent = (answered * 100).checked_div(total).unwrap_or(0);
    let part = props
        .current
        .map(|d| format!("Part {} of {}", d + 1, q.dimensions().len()));
    html! {
        <nav class="sc-progress" aria-label="Progress">
            <div class="sc-progress__meta">
                <span>{part.unwrap_or_else(|| "Before you start".to_string())}</span>
                <span>{format!("{answered} of {total} answered")}</span>
            </div>
            <div role="progressbar" aria-label="Questions answered"
                aria-valuemin="0" aria-valuemax={total.to_string()} aria-valuenow={answered.to_string()}
                aria-valuetext={format!("{answered} of {total} answered")}>
                <Meter percent={percent} class="sc-progress__track" />
            </div>
            <ol class="sc-progress__steps">
                { for q.dimensions().iter().enumerate().map(|(i, d)| {
                    let done = q.questions_of(&d.id).all(|(qi, _)| props.answers.get(qi).is_some());
                    let current = props.current == Some(i);
                    let class = classes!(
                        "sc-progress__step",
                        done.then_some("sc-progress__step--done"),
                        current.then_some("sc-progress__step--current"),
                    );
                    let state = if current { ", current" } else if done { ", complete" } else { "" };
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
