//! The report: overall level, chart, organisational model, recommendations, plan, sharing.

use crate::files;
use crate::i18n::{fill, plural, Lang, Messages};
use crate::links;
use crate::options::{Options, Section};
use crate::questionnaire::Shared;
use crate::ui::logo::logo;
use crate::ui::radar::{meter, radar, Series};
use crate::ui::recommendation_card::recommendation_card;
use crate::ui::share_box::ShareBox;
use assessment::export::report_document;
use assessment::ladder::next_level;
use assessment::model::Standing;
use assessment::report::{ConfidenceLevel, DimensionResult, Report};
use assessment::session::Action;
use assessment::{Answers, Horizon};
use std::collections::BTreeSet;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What [`results`] shows.
pub struct ResultsProps {
    /// The questionnaire.
    pub questionnaire: Shared,
    /// The host's options (which sections to show, logo).
    pub options: Rc<Options>,
    /// The report computed by the domain.
    pub report: Rc<Report>,
    /// The answers behind it (for the JSON download).
    pub answers: Answers,
    /// The share code of these answers.
    pub code: AttrValue,
    /// Whether this report was opened from someone else's share link.
    pub shared_view: bool,
    /// Sends an action to the store.
    pub on_action: Callback<Action>,
    /// Forgets every answer.
    pub on_clear: Callback<()>,
    /// Leaves a shared report to take the assessment oneself.
    pub on_take_it_yourself: Callback<()>,
    /// The team view's page with this report's code in it.
    pub team_link: AttrValue,
    /// The screen's heading, which keeps the focus when the screen is redrawn.
    pub heading: NodeRef,
    /// The profile of the earlier result compared with, drawn on the same radar.
    pub earlier: Option<Series>,
    /// The sections on earlier results ("Since an earlier result", "Your earlier
    /// results"), shown after the chart.
    pub over_time: Html,
    /// The dimensions (by index) whose detail the visitor has opened: only those are
    /// drawn, with every one when printing (DESIGN.md, "The results screen's cost").
    pub opened: Rc<BTreeSet<usize>>,
    /// A dimension's detail opened (`true`) or closed by the visitor.
    pub on_toggle: Callback<(usize, bool)>,
    /// Whether Print was asked for: every dimension's detail is drawn, then printed.
    pub printing: bool,
    /// Print or save as PDF: draws every detail, then prints ([`files::print_widget`]).
    pub on_print: Callback<()>,
    /// Whether the sections under "Start here" (the chart and everything after it) are
    /// drawn: the score and the first advice are drawn first, the rest after that paint
    /// (DESIGN.md, "The results screen's cost").
    pub lower: bool,
}

/// The results screen.
pub fn results(props: &ResultsProps, t: &Messages, lang: Lang) -> Html {
    let q = &props.questionnaire;
    let report = &props.report;
    let shows = |section| props.options.shows(section);
    let link = links::share_link(&props.code);

    let dimension_name =
        |id: &assessment::DimensionId| q.dimension(id).map_or(String::new(), |d| d.name.clone());

    let summary = match &report.overall {
        Some(overall) => {
            let level = q.scale_level(overall.level);
            let capped = overall.is_capped().then(|| {
                let names: Vec<String> = overall.capped_by.iter().map(&dimension_name).collect();
                fill(
                    t.capped,
                    &[
                        ("level", &overall.uncapped_level.get()),
                        ("name", &q.scale_level(overall.uncapped_level).name),
                        ("dimensions", &names.join(t.and)),
                    ],
                )
            });
            html! {
                <>
                    <div class="sc-summary">
                        <div class="sc-score">
                            <div>
                                <span class="sc-score__number">{overall.score}</span>
                                <span class="sc-score__unit">{t.out_of_100}</span>
                            </div>
                        </div>
                        <div>
                            <p class="sc-level-name">{fill(t.level_named, &[("n", &overall.level.get()), ("name", &level.name)])}</p>
                            <p class="sc-level-text">{level.description.clone()}</p>
                        </div>
                    </div>
                    if let Some(text) = capped {
                        <p class="sc-notice">{text}</p>
                    }
                </>
            }
        }
        None => html! {
            <p class="sc-notice">{t.no_score_yet}</p>
        },
    };

    let confidence = {
        let c = &report.confidence;
        let mut parts = Vec::new();
        if c.not_sure > 0 {
            parts.push(plural(
                c.not_sure,
                t.not_sure_count_one,
                t.not_sure_count_many,
                lang,
            ));
        }
        if c.not_applicable > 0 {
            parts.push(plural(
                c.not_applicable,
                t.not_applicable_count_one,
                t.not_applicable_count_many,
                lang,
            ));
        }
        if c.unanswered > 0 {
            parts.push(plural(
                c.unanswered,
                t.unanswered_count_one,
                t.unanswered_count_many,
                lang,
            ));
        }
        let unscored: Vec<String> = c.unscored.iter().map(&dimension_name).collect();
        (!parts.is_empty()).then(|| {
            let (level, trust) = match c.level {
                ConfidenceLevel::High => (t.confidence_high, t.trust_high),
                ConfidenceLevel::Medium => (t.confidence_medium, t.trust_medium),
                ConfidenceLevel::Low => (t.confidence_low, t.trust_low),
            };
            let missing = if unscored.is_empty() {
                String::new()
            } else {
                fill(t.no_score_for, &[("dimensions", &unscored.join(", "))])
            };
            fill(
                t.confidence,
                &[
                    ("level", &level),
                    ("answered", &c.answered),
                    ("total", &c.questions),
                    ("details", &parts.join(t.and)),
                    ("trust", &trust),
                    ("missing", &missing),
                ],
            )
        })
    };

    let labels: Vec<String> = report
        .dimensions
        .iter()
        .map(|d| dimension_name(&d.dimension))
        .collect();
    let mut series = vec![Series {
        label: t.your_answers.to_string(),
        scores: report.dimensions.iter().map(|d| d.score).collect(),
    }];
    series.extend(props.earlier.clone());

    let model = report.model.as_ref().and_then(|m| {
        let best = q.model(&m.best.model)?;
        let runner = m.runner_up.as_ref().and_then(|r| Some((q.model(&r.model)?, r.percent)));
        let stated = m.stated.as_ref().and_then(|s| q.model(s));
        let (before, after) = t.model_resembles.split_once("{model}").unwrap_or((t.model_resembles, ""));
        let name = |id: &assessment::ModelId| q.model(id).map_or(String::new(), |m| m.name.clone());
        // When no model stands out, the report says so rather than name a winner by a hair,
        // and says how the answers compare with what the visitor said.
        let standing = m.standing();
        let verdict = match &standing {
            Standing::Clear => None,
            Standing::Tied(models) => {
                let names: Vec<String> = models.iter().map(name).collect();
                Some(fill(t.model_tied, &[("models", &lang.and_list(&names)), ("n", &m.best.percent)]))
            }
            Standing::Weak => Some(fill(t.model_weak, &[("model", &best.name), ("n", &m.best.percent)])),
        };
        let stated_fits = match (&standing, &m.stated) {
            (Standing::Tied(models), Some(said)) => models.contains(said),
            _ => false,
        };
        Some(html! {
            <section aria-labelledby="sc-model-title">
                <h3 class="sc-subheading" id="sc-model-title">{t.how_organised}</h3>
                if let Some(verdict) = verdict {
                    <p>{verdict}</p>
                    <p>{fill(t.model_closest, &[("model", &best.name)])}{" "}{best.description.clone()}</p>
                } else {
                    <p>
                        {before}<strong>{best.name.clone()}</strong>{after}
                        {fill(t.model_signs, &[("n", &m.best.percent)])}
                    </p>
                    <p>{best.description.clone()}</p>
                    if let Some((runner, percent)) = runner {
                        <p class="sc-muted">{fill(t.runner_up, &[("model", &runner.name), ("n", &percent)])}</p>
                    }
                }
                if let (true, Some(stated)) = (stated_fits, stated) {
                    <p>{fill(t.model_stated_fits, &[("stated", &stated.name)])}</p>
                }
                if let (true, Some(stated)) = (m.contradicts, stated) {
                    <p class="sc-notice">
                        {fill(t.model_contradiction, &[("stated", &stated.name), ("best", &best.name)])}
                    </p>
                }
                <p class="sc-muted">{t.no_model_fits_all}</p>
            </section>
        })
    });

    // Where the visitor stands among the organisations of the questionnaire's benchmark,
    // only when its author gave one (the built-in questionnaire has none: no invented figures).
    let benchmark = assessment::benchmark::placements(q, report).map(|p| {
        html! {
            <section aria-labelledby="sc-benchmark-title">
                <h3 class="sc-subheading" id="sc-benchmark-title">{t.benchmark_title}</h3>
                if let Some(overall) = &p.overall {
                    <p>{overall.sentence(&p.label, lang)}</p>
                }
                <ul class="sc-benchmark">
                    { for p.dimensions.iter().map(|d| html! {
                        <li>{fill(t.benchmark_dimension, &[
                            ("dimension", &dimension_name(&d.dimension)),
                            ("placement", &d.placement.sentence(&p.label, lang)),
                        ])}</li>
                    }) }
                </ul>
                <p class="sc-muted">{p.source_sentence(lang)}</p>
            </section>
        }
    });

    let recommendation = |id: &assessment::RecommendationId, top: bool| {
        q.recommendation(id)
            .map(|r| recommendation_card(r, &dimension_name(&r.dimension), top, t))
    };

    let on_download = {
        let q = q.clone();
        let answers = props.answers.clone();
        let report = report.clone();
        let code = props.code.clone();
        Callback::from(move |_: MouseEvent| {
            let doc = report_document(&q, &answers, &report, &code);
            let text = assessment::json::to_pretty(&doc);
            files::download("silo-check-report.json", "application/json", &text);
        })
    };
    let on_print = props.on_print.reform(|_: MouseEvent| ());
    // On paper: which questionnaire, when, and the way back to this report online.
    let printed = fill(
        t.printed_on,
        &[
            ("questionnaire", &q.title()),
            ("revision", &q.revision()),
            ("date", &files::today().long(lang)),
            ("link", &link),
        ],
    );

    html! {
        <section key="results" class="sc-card" aria-labelledby="sc-results-title">
            { logo(&props.options) }
            <h2 class="sc-title" id="sc-results-title" tabindex="-1" data-step-heading="" ref={props.heading.clone()}>
                { fill(
                    if props.shared_view { t.shared_title } else { t.results_title },
                    &[("product", &props.options.product_name.as_deref().unwrap_or(t.product))],
                ) }
            </h2>
            if props.shared_view {
                <div class="sc-notice sc-no-print">
                    <p>{t.shared_notice}</p>
                    <div class="sc-actions">
                        <button type="button" class="sc-button sc-button--primary" onclick={props.on_take_it_yourself.reform(|_| ())}>{t.take_it_yourself}</button>
                    </div>
                </div>
            }
            <p class="sc-muted sc-no-print">{q.title()}</p>
            <p class="sc-print-only">{printed}</p>
            if shows(Section::Score) {
                {summary}
            }
            if let Some(text) = confidence {
                <p class="sc-notice" role="note">{text}</p>
            }

            if shows(Section::StartHere) && !report.start_here.is_empty() {
                <section aria-labelledby="sc-start-here-title">
                    <h3 class="sc-subheading" id="sc-start-here-title">{t.start_here}</h3>
                    <p class="sc-muted">{t.start_here_lead}</p>
                    <ol class="sc-recs">
                        { for report.start_here.iter().filter_map(|id| recommendation(id, true)) }
                    </ol>
                </section>
            }

            if props.lower || props.printing {
            if shows(Section::Chart) {
            <h3 class="sc-subheading">{t.profile_by_dimension}</h3>
            // The scores by dimension are written out under "Every dimension in detail",
            // each with its bar: the chart stands alone here.
            { radar(&labels, &series, t.radar_label) }
            <div class="sc-visually-hidden">
            <table class="sc-table">
                <caption>{t.scores_by_dimension}</caption>
                <thead><tr><th scope="col">{t.dimension}</th><th scope="col" class="sc-num">{t.score}</th><th scope="col">{t.level}</th></tr></thead>
                <tbody>
                    { for report.dimensions.iter().map(|d| html! {
                        <tr>
                            <th scope="row">{dimension_name(&d.dimension)}</th>
                            <td class="sc-num">{d.score.map_or(t.none.to_string(), |s| s.to_string())}</td>
                            <td>{d.level.map_or(t.none.to_string(), |l| format!("{} ({})", l.get(), q.scale_level(l).name))}</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
            }

            if shows(Section::Chart) {
                {benchmark.unwrap_or_default()}
            }

            { props.over_time.clone() }

            if shows(Section::Plan) && !report.plan.is_empty() {
                <section aria-labelledby="sc-plan-title">
                    <h3 class="sc-subheading" id="sc-plan-title">{t.plan_title}</h3>
                    <p class="sc-muted">{t.plan_lead}</p>
                    <div class="sc-plan">
                        // Only the horizons with something in them: an empty column says
                        // nothing and leaves a blank area on paper.
                        { for Horizon::ALL.iter().filter(|&&h| !report.plan.bucket(h).is_empty()).map(|&h| html! {
                            <div class="sc-plan__column">
                                <h4>{fill(t.within_days, &[("n", &h.days())])}</h4>
                                <ul>
                                    { for report.plan.bucket(h).iter().filter_map(|e| {
                                        let r = q.recommendation(&e.recommendation)?;
                                        Some(html! { <li><strong>{r.title.clone()}</strong>{format!(" ({})", dimension_name(&e.dimension))}</li> })
                                    }) }
                                </ul>
                            </div>
                        }) }
                    </div>
                </section>
            }

            if shows(Section::Recommendations) {
            <section aria-labelledby="sc-all-recs-title">
                <h3 class="sc-subheading" id="sc-all-recs-title">{t.all_recommendations}</h3>
                <p class="sc-muted sc-no-print">{t.all_recommendations_lead}</p>
                <div class="sc-dimensions">
                    { for report.dimensions.iter().enumerate().map(|(i, d)| dimension_detail(i, d, props, t, &recommendation)) }
                </div>
            </section>
            }

            if shows(Section::Model) {
                {model.unwrap_or_default()}
            }

            if shows(Section::Share) && !props.shared_view {
            <section class="sc-no-print" aria-labelledby="sc-compare-title">
                <h3 class="sc-subheading" id="sc-compare-title">{t.compare_title}</h3>
                <p>{t.compare_text}</p>
                <div class="sc-actions">
                    <a class="sc-button" href={props.team_link.clone()}>{t.open_team_view}</a>
                </div>
            </section>
            }
            if shows(Section::Share) {
            <ShareBox id="sc-share" lead={t.share_lead} link_label={t.share_link_label}
                link={link.clone()} copy_label={t.copy_link} copied={t.link_copied}>
                <button type="button" class="sc-button" onclick={on_download}>{t.download_json}</button>
                <button type="button" class="sc-button" onclick={on_print}>{t.print}</button>
                if !props.shared_view {
                    <button type="button" class="sc-button" onclick={props.on_action.reform(|_| Action::Back)}>{t.change_answers}</button>
                    <button type="button" class="sc-button sc-button--quiet" onclick={props.on_clear.reform(|_| ())}>{t.retake}</button>
                }
            </ShareBox>
            }

            if shows(Section::Methodology) {
            <details class="sc-details">
                <summary>{t.how_it_works}</summary>
                <p>{q.methodology().text.clone()}</p>
                <ul>
                    { for q.methodology().sources.iter().map(|s| html! {
                        <li>
                            if let Some(url) = &s.url {
                                <a class="sc-link" href={url.clone()} rel="noopener noreferrer" target="_blank">{s.label.clone()}</a>
                            } else {
                                {s.label.clone()}
                            }
                        </li>
                    }) }
                </ul>
                if let Some(url) = links::beside_module("ACCESSIBILITY.md") {
                    <p><a class="sc-link" href={url} rel="noopener noreferrer" target="_blank">{t.accessibility_statement}</a></p>
                }
            </details>
            }
            }
        </section>
    }
}

/// One dimension in detail, closed until opened: its level on the five-level ladder, what
/// the next level looks like in the questionnaire's own words, and its advice, written out
/// unless it is one of the "start here" cards above, which it then names. What is inside
/// is drawn once the visitor opens it (or asks to print), not with the results.
fn dimension_detail(
    index: usize,
    d: &DimensionResult,
    props: &ResultsProps,
    t: &Messages,
    recommendation: &dyn Fn(&assessment::RecommendationId, bool) -> Option<Html>,
) -> Html {
    let q = &props.questionnaire;
    let report = &props.report;
    let Some(dimension) = q.dimension(&d.dimension) else {
        return Html::default();
    };
    let ontoggle = props.on_toggle.reform(move |e: Event| {
        let open = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|d| d.has_attribute("open"));
        (index, open)
    });
    let status = match (d.score, d.level) {
        (Some(score), Some(level)) => fill(
            t.dimension_status,
            &[
                ("score", &score),
                ("level", &level.get()),
                ("name", &q.scale_level(level).name),
            ],
        ),
        _ => t.no_score_dimension.to_string(),
    };
    let next = next_level(q, &props.answers, d);
    let advice = |id: &assessment::RecommendationId| {
        if report.start_here.contains(id) {
            let title = q
                .recommendation(id)
                .map_or(String::new(), |r| r.title.clone());
            Some(
                html! { <li class="sc-rec sc-rec--ref"><p>{fill(t.see_start_here, &[("title", &title)])}</p></li> },
            )
        } else {
            recommendation(id, false)
        }
    };
    let summary = html! {
        <summary>
            <span class="sc-dimension__name">{dimension.name.clone()}</span>
            <span class="sc-muted">{status}</span>
            { meter(usize::from(d.score.unwrap_or(0)), "sc-bar__track sc-dimension__bar") }
        </summary>
    };
    if !props.printing && !props.opened.contains(&index) {
        return html! {
            <details class="sc-details sc-dimension" {ontoggle}>{summary}</details>
        };
    }
    html! {
        <details class="sc-details sc-dimension" {ontoggle}>
            {summary}
            <p>{dimension.description.clone()}</p>
            <ol class="sc-ladder" aria-label={fill(t.ladder_label, &[("dimension", &dimension.name)])}>
                { for q.scale().iter().map(|step| {
                    let here = d.level == Some(step.level);
                    let reached = d.level.is_some_and(|l| step.level <= l);
                    let class = match (here, reached) {
                        (true, _) => "sc-ladder__step sc-ladder__step--here",
                        (false, true) => "sc-ladder__step sc-ladder__step--reached",
                        _ => "sc-ladder__step",
                    };
                    html! {
                        <li class={class} aria-current={here.then_some("step")}>
                            <span class="sc-ladder__number">{step.level.get()}</span>
                            <span class="sc-ladder__name">{step.name.clone()}</span>
                        </li>
                    }
                }) }
            </ol>
            if let Some(next) = &next {
                <h4 class="sc-detail-heading">{fill(t.next_level_title, &[("n", &next.level.get()), ("name", &q.scale_level(next.level).name)])}</h4>
                <p>{q.scale_level(next.level).description.clone()}</p>
                if !next.behaviours.is_empty() {
                    <ul class="sc-next-level">
                        { for next.behaviours.iter().map(|(_, choice)| html! { <li>{choice.label.clone()}</li> }) }
                    </ul>
                }
            } else if d.level.is_some() {
                <p>{t.top_level}</p>
            }
            <ul class="sc-recs">
                { for d.recommendation.iter().chain(&d.alongside).filter_map(advice) }
            </ul>
        </details>
    }
}
