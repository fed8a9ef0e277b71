//! The panel shown instead of the assessment when a questionnaire file has problems.

use assessment::validate::Problem;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`ProblemsPanel`].
#[derive(Properties, Clone, PartialEq)]
pub struct ProblemsPanelProps {
    /// Every problem, with its JSON path.
    pub problems: Rc<Vec<Problem>>,
}

/// Lists each problem of a questionnaire with its path, the same messages as the
/// command-line validator prints, so its author can fix the file.
#[component]
pub fn ProblemsPanel(props: &ProblemsPanelProps) -> Html {
    html! {
        <section class="sc-card sc-notice--error" role="alert" aria-labelledby="sc-problems-title">
            <h2 class="sc-heading" id="sc-problems-title">{"This questionnaire cannot be used"}</h2>
            <p class="sc-lead">
                {format!("The questionnaire file has {} problem{}. Fix {} and reload the page:",
                    props.problems.len(),
                    if props.problems.len() == 1 { "" } else { "s" },
                    if props.problems.len() == 1 { "it" } else { "them" })}
            </p>
            <ul>
                { for props.problems.iter().map(|p| html! {
                    <li><code>{p.path.clone()}</code>{": "}{p.message.clone()}</li>
                }) }
            </ul>
        </section>
    }
}
