//! The panel shown instead of the assessment when a questionnaire file has problems.

use crate::i18n::{plural, Lang, Messages};
use assessment::validate::Problem;
use yew::prelude::*;

/// Lists each problem of a questionnaire with its path, the same messages as the
/// command-line validator prints, so its author can fix the file.
pub fn problems_panel(problems: &[Problem], t: &Messages, lang: Lang) -> Html {
    html! {
        <section class="sc-card sc-notice--error" role="alert" aria-labelledby="sc-problems-title">
            <h2 class="sc-heading" id="sc-problems-title">{t.problems_title}</h2>
            <p class="sc-lead">
                {plural(problems.len(), t.problems_lead_one, t.problems_lead_many, lang)}
            </p>
            <ul>
                { for problems.iter().map(|p| html! {
                    <li><code>{p.path.clone()}</code>{": "}{p.message.clone()}</li>
                }) }
            </ul>
        </section>
    }
}
