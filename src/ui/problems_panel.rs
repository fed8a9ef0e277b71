//! The panel shown instead of the assessment when a questionnaire file has problems.

use crate::i18n::{plural, use_lang, use_t};
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
    let t = use_t();
    let lang = use_lang();
    html! {
        <section class="sc-card sc-notice--error" role="alert" aria-labelledby="sc-problems-title">
            <h2 class="sc-heading" id="sc-problems-title">{t.problems_title}</h2>
            <p class="sc-lead">
                {plural(props.problems.len(), t.problems_lead_one, t.problems_lead_many, lang)}
            </p>
            <ul>
                { for props.problems.iter().map(|p| html! {
                    <li><code>{p.path.clone()}</code>{": "}{p.message.clone()}</li>
                }) }
            </ul>
        </section>
    }
}
