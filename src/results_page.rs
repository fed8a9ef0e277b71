//! The results step: the report of a share code, once the questionnaire has every text
//! the results show.
//!
//! The questionnaire a widget shows first may be its start only (without the advice and
//! the models' descriptions): the results then fetch the whole file, wait for it with a
//! short card, and say when it does not arrive, with Try again. The same component is the
//! results step of the widget for hosts' own questionnaires (`app.rs`, in the same
//! WebAssembly as the questions) and the whole of `silo-check-results`, the results
//! screen that the widget visitors download starts beside itself (`embed/results.rs`).

use crate::i18n::{fill, messages, Lang};
use crate::links;
use crate::options::Options;
use crate::questionnaire::Shared;
use crate::ui::logo::logo;
use crate::ui::results::{results, ResultsProps};
use assessment::export::{report_document, ReportDocument};
use assessment::report::report;
use assessment::session::Action;
use assessment::share;
use std::rc::Rc;
use yew::prelude::*;

/// The results step's props.
#[derive(Properties, Clone, PartialEq)]
pub struct ResultsPageProps {
    /// The questionnaire the caller has: whole, or its start (then `whole` says where the
    /// rest is), or none (then `whole` is the questionnaire's file).
    pub questionnaire: Option<Shared>,
    /// The whole questionnaire's file, when `questionnaire` is not whole.
    pub whole: Option<AttrValue>,
    /// The answers, as a share code of this questionnaire.
    pub code: AttrValue,
    /// Whether the answers came from someone else's share link (shown read-only).
    pub shared_view: bool,
    /// The host's options.
    pub options: Rc<Options>,
    /// The language of the widget's words.
    pub lang: Lang,
    /// Sends an action to the store of the questions (Change answers).
    pub on_action: Callback<Action>,
    /// Forgets every answer.
    pub on_clear: Callback<()>,
    /// Leaves a shared report to take the assessment oneself.
    pub on_take_it_yourself: Callback<()>,
    /// Receives the report document once, when the results are first shown (not for a
    /// shared report: those answers are someone else's).
    pub on_complete: Callback<Rc<ReportDocument>>,
}

/// The results step. While it waits, it shows the same section and heading as the results;
/// a heading that has the focus keeps it when the results arrive.
#[component]
pub fn ResultsPage(props: &ResultsPageProps) -> Html {
    let lang = props.lang;
    let t = messages(lang);
    // The whole questionnaire, once it is here; why it did not come; how many tries.
    let whole = use_state(|| match (&props.questionnaire, &props.whole) {
        (Some(q), None) => Some(q.clone()),
        _ => None,
    });
    let failed = use_state(|| None::<String>);
    let tries = use_state(|| 0_u32);
    // A heading that had the focus before a redraw has it after (the waiting card's
    // heading, say, when the results replace it).
    let heading = use_node_ref();
    {
        let focused = heading
            .cast::<web_sys::Element>()
            .is_some_and(|h| h.matches(":focus").unwrap_or(false));
        let heading = heading.clone();
        use_effect(move || {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>().filter(|_| focused) {
                if !h.matches(":focus").unwrap_or(true) {
                    let _ = h.focus();
                }
            }
        });
    }
    {
        let (whole, failed) = (whole.clone(), failed.clone());
        let (start, options) = (props.questionnaire.clone(), props.options.clone());
        let needed = props.whole.clone().filter(|_| whole.is_none());
        use_effect_with((needed, *tries), move |(needed, _)| {
            if let Some(url) = needed.clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = match &start {
                        Some(start) => crate::embed::load_whole(&url, lang, &options, start).await,
                        None => crate::embed::load_translation(&url, lang, &options).await,
                    };
                    match loaded {
                        Ok(q) => whole.set(Some(q)),
                        Err(reason) => failed.set(Some(reason)),
                    }
                });
            }
        });
    }
    let answers = (*whole)
        .as_ref()
        .map(|q| (q.clone(), share::decode(q, &props.code)));
    {
        let on_complete = props.on_complete.clone();
        let ready = match &answers {
            Some((q, Ok(answers))) if !props.shared_view => Some((q.clone(), answers.clone())),
            _ => None,
        };
        let code = props.code.clone();
        use_effect_with(ready.is_some(), move |_| {
            if let Some((q, answers)) = ready {
                let doc = report_document(&q, &answers, &report(&q, &answers), &code);
                on_complete.emit(Rc::new(doc));
            }
        });
    }
    let title = fill(
        if props.shared_view {
            t.shared_title
        } else {
            t.results_title
        },
        &[(
            "product",
            &props.options.product_name.as_deref().unwrap_or(t.product),
        )],
    );
    match answers {
        Some((q, Ok(answers))) => {
            let report = Rc::new(report(&q, &answers));
            let team_link = AttrValue::from(links::team_page_link(
                &assessment::team::team_code(&q, [props.code.as_str()]),
                props.options.fetched_from(),
                lang.tag(),
            ));
            results(
                &ResultsProps {
                    questionnaire: q,
                    options: props.options.clone(),
                    report,
                    answers,
                    code: props.code.clone(),
                    shared_view: props.shared_view,
                    on_action: props.on_action.clone(),
                    on_clear: props.on_clear.clone(),
                    on_take_it_yourself: props.on_take_it_yourself.clone(),
                    team_link,
                    heading: heading.clone(),
                },
                t,
                lang,
            )
        }
        // Only a code changed on its way between the two WebAssembly modules: say so.
        Some((_, Err(e))) => html! {
            <section key="results" class="sc-card" aria-labelledby="sc-results-title">
                { logo(&props.options) }
                <h2 class="sc-title" id="sc-results-title" tabindex="-1" data-step-heading="" ref={heading.clone()}>{title}</h2>
                <div class="sc-notice sc-notice--error" role="alert">
                    <p>{fill(t.share_link_failed, &[("reason", &e.message(lang))])}</p>
                </div>
            </section>
        },
        None => {
            let on_retry = {
                let (failed, tries) = (failed.clone(), tries.clone());
                Callback::from(move |_: MouseEvent| {
                    failed.set(None);
                    tries.set(tries.wrapping_add(1));
                })
            };
            html! {
                <section key="results" class="sc-card" aria-labelledby="sc-results-title">
                    { logo(&props.options) }
                    <h2 class="sc-title" id="sc-results-title" tabindex="-1" data-step-heading="" ref={heading.clone()}>{title}</h2>
                    if let Some(reason) = &*failed {
                        <div class="sc-notice sc-notice--error" role="alert">
                            <p>{fill(t.whole_failed, &[("reason", reason)])}</p>
                        </div>
                        <div class="sc-actions">
                            <button type="button" class="sc-button sc-button--primary" onclick={on_retry}>{t.try_again}</button>
                        </div>
                    } else {
                        <p class="sc-lead" role="status">{t.results_loading}</p>
                    }
                </section>
            }
        }
    }
}
