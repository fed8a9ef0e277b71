//! The first screen: what the assessment measures, how long it takes, and privacy.

use crate::i18n::{fill, plural, Lang, Messages};
use crate::options::Options;
use crate::questionnaire::Shared;
use crate::ui::logo::logo;
use assessment::session::Session;
use std::rc::Rc;
use yew::prelude::*;

/// A saved session that can be continued.
#[derive(Clone, Debug, PartialEq)]
pub struct Resumable {
    /// The saved session.
    pub session: Session,
    /// How many questions it has answered.
    pub answered: usize,
}

/// What [`start_screen`] shows.
#[derive(Clone, PartialEq)]
pub struct StartScreenProps {
    /// The questionnaire.
    pub questionnaire: Shared,
    /// The host's options (start-screen text, logo).
    pub options: Rc<Options>,
    /// Answered and total questions of a saved session, if there is one to resume.
    pub resumable: Option<(usize, usize)>,
    /// Start a new assessment.
    pub on_begin: Callback<()>,
    /// Continue the saved session.
    pub on_resume: Callback<()>,
    /// Discard the saved session and start again.
    pub on_start_over: Callback<()>,
}

/// The start screen.
pub fn start_screen(props: &StartScreenProps, t: &Messages, lang: Lang) -> Html {
    let q = &props.questionnaire;
    let dimensions = q.dimensions().len();
    let questions = q.questions().len();
    let click = |cb: &Callback<()>| cb.reform(|_: MouseEvent| ());
    html! {
        <section key="start" class="sc-card" aria-labelledby="sc-start-title">
            { logo(&props.options) }
            <h2 class="sc-title" id="sc-start-title" tabindex="-1" data-step-heading="">
                {props.options.start_title.get(q.language()).unwrap_or(q.title()).to_string()}
            </h2>
            <p class="sc-lead">{props.options.start_text.get(q.language()).unwrap_or(q.intro()).to_string()}</p>
            <ul class="sc-facts">
                <li><strong>{plural(questions, t.fact_questions, t.fact_questions, lang)}</strong>{fill(t.fact_areas, &[("n", &dimensions)])}</li>
                <li><strong>{fill(t.fact_minutes, &[("n", &q.minutes_to_answer())])}</strong>{t.fact_minutes_text}</li>
                <li><strong>{t.fact_private}</strong>{t.fact_private_text}</li>
            </ul>
            if let Some((answered, total)) = props.resumable {
                <div class="sc-notice" role="status">
                    <p>{fill(t.welcome_back, &[("answered", &answered), ("total", &total)])}</p>
                </div>
                <div class="sc-actions">
                    <button type="button" class="sc-button sc-button--primary" onclick={click(&props.on_resume)}>{t.resume}</button>
                    <button type="button" class="sc-button" onclick={click(&props.on_start_over)}>{t.start_over}</button>
                </div>
            } else {
                <div class="sc-actions">
                    <button type="button" class="sc-button sc-button--primary" onclick={click(&props.on_begin)}>{t.start}</button>
                </div>
            }
        </section>
    }
}
