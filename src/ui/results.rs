//! The report: overall level, chart, organisational model, recommendations, plan, sharing.

use crate::app::Shared;
use crate::links;
use crate::options::{Options, Section};
use crate::ui::logo::Logo;
use crate::ui::radar::{Meter, Radar, Series};
use crate::ui::recommendation_card::RecommendationCard;
use assessment::export::report_document;
use assessment::report::{ConfidenceLevel, Report};
use assessment::session::Action;
use assessment::{Answers, Horizon};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Results`].
#[derive(Properties, Clone, PartialEq)]
pub struct ResultsProps {
    /// The questionnaire.
    pub questionnaire: Shared,
    /// The host's options (which sections to show, logo).
    #[prop_or_default]
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
    /// Opens the team view.
    #[prop_or_default]
    pub on_team: Callback<()>,
}

/// The results screen.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let q = &props.questionnaire;
    let report = &props.report;
    let shows = |section| props.options.shows(section);
    let copied = use_state(|| None::<&'static str>);
    let link = links::share_link(&props.code);

    let dimension_name =
        |id: &assessment::DimensionId| q.dimension(id).map_or(String::new(), |d| d.name.clone());

    let summary = match &report.overall {
        Some(overall) => {
            let level = q.scale_level(overall.level);
            let capped = overall.is_capped().then(|| {
                let names: Vec<String> = overall.capped_by.iter().map(&dimension_name).collect();
                format!(
                    "Your average alone would place you at level {} ({}), but {} holds the overall level back: an organisation is only as mature as its weakest area, so the overall level is at most one above the lowest dimension.",
                    overall.uncapped_level.get(),
                    q.scale_level(overall.uncapped_level).name,
                    names.join(" and ")
                )
            });
            html! {
                <>
                    <div class="sc-summary">
                        <div class="sc-score">
                            <div>
                                <span class="sc-score__number">{overall.score}</span>
                                <span class="sc-score__unit">{"out of 100"}</span>
                            </div>
                        </div>
                        <div>
                            <p class="sc-level-name">{format!("Level {}: {}", overall.level.get(), level.name)}</p>
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
            <p class="sc-notice">{"No question was answered with one of its options, so there is no score yet. Answer at least one question in each area to see where you stand."}</p>
        },
    };

    let confidence = {
        let c = &report.confidence;
        let mut parts = Vec::new();
        if c.not_sure > 0 {
            parts.push(format!(
                "{} answer{} \u{201c}Not sure\u{201d}",
                c.not_sure,
                if c.not_sure == 1 { " was" } else { "s were" }
            ));
        }
        if c.unanswered > 0 {
            parts.push(format!(
                "{} question{} unanswered",
                c.unanswered,
                if c.unanswered == 1 { " was" } else { "s were" }
            ));
        }
        let unscored: Vec<String> = c.unscored.iter().map(&dimension_name).collect();
        (!parts.is_empty()).then(|| {
            let trust = match c.level {
                ConfidenceLevel::High => "The report still rests on most of the questionnaire.",
                ConfidenceLevel::Medium => "Treat the scores as a fair indication rather than a verdict.",
                ConfidenceLevel::Low => "Treat the scores as a rough first look: much of the picture is missing.",
            };
            let missing = if unscored.is_empty() {
                String::new()
            } else {
                format!(" No score could be given for {}.", unscored.join(", "))
            };
            format!(
                "Confidence: {}. {} of {} questions have a real answer; {}. Those leave the scores rather than count as zero. {trust}{missing}",
                match c.level { ConfidenceLevel::High => "high", ConfidenceLevel::Medium => "medium", ConfidenceLevel::Low => "low" },
                c.answered, c.questions, parts.join(" and ")
            )
        })
    };

    let labels: Vec<String> = report
        .dimensions
        .iter()
        .map(|d| dimension_name(&d.dimension))
        .collect();
    let series = vec![Series {
        label: "Your answers".to_string(),
        scores: report.dimensions.iter().map(|d| d.score).collect(),
    }];

    let model = report.model.as_ref().and_then(|m| {
        let best = q.model(&m.best.model)?;
        let runner = m.runner_up.as_ref().and_then(|r| Some((q.model(&r.model)?, r.percent)));
        let stated = m.stated.as_ref().and_then(|s| q.model(s));
        Some(html! {
            <section aria-labelledby="sc-model-title">
                <h3 class="sc-subheading" id="sc-model-title">{"How you are organised"}</h3>
                <p>
                    {"Your answers most resemble the "}<strong>{best.name.clone()}</strong>
                    {format!(" model ({}% of its signs are present).", m.best.percent)}
                </p>
                <p>{best.description.clone()}</p>
                if let Some((runner, percent)) = runner {
                    <p class="sc-muted">{format!("Runner-up: {} ({percent}%).", runner.name)}</p>
                }
                if let (true, Some(stated)) = (m.contradicts, stated) {
                    <p class="sc-notice">
                        {format!("You described your organisation as {}, but your answers look more like {}. That gap is worth discussing: the way people think social media is organised and the way it actually works have drifted apart.", stated.name, best.name)}
                    </p>
                }
                <p class="sc-muted">{"No model is right for everyone: the best one fits your size, regulation and culture."}</p>
            </section>
        })
    });

    let recommendation = |id: &assessment::RecommendationId, top: bool| {
        q.recommendation(id).map(|r| {
            html! {
                <RecommendationCard
                    recommendation={r.clone()}
                    dimension={dimension_name(&r.dimension)}
                    top={top}
                />
            }
        })
    };

    let on_copy = {
        let copied = copied.clone();
        let link = link.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
                return;
            };
            let promise = clipboard.write_text(&link);
            wasm_bindgen_futures::spawn_local(async move {
                let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                copied.set(Some(if ok {
                    "Link copied. Anyone who opens it sees this report, read-only."
                } else {
                    "Your browser did not allow copying. Select the link below and copy it."
                }));
            });
        })
    };
    let on_download = {
        let q = q.clone();
        let answers = props.answers.clone();
        let report = report.clone();
        let code = props.code.clone();
        Callback::from(move |_: MouseEvent| {
            let doc = report_document(&q, &answers, &report, &code);
            let text = serde_json::to_string_pretty(&doc).unwrap_or_default();
            crate::files::download("silo-check-report.json", "application/json", &text);
        })
    };
    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });

    html! {
        <section class="sc-card" aria-labelledby="sc-results-title">
            <Logo options={props.options.clone()} />
            <h2 class="sc-title" id="sc-results-title" tabindex="-1" data-step-heading="">
                { if props.shared_view { "A shared Silo Check report" } else { "Your Silo Check results" } }
            </h2>
            if props.shared_view {
                <div class="sc-notice sc-no-print">
                    <p>{"Someone shared this report with you. It is read-only; take the assessment yourself to see where you stand."}</p>
                    <div class="sc-actions">
                        <button type="button" class="sc-button sc-button--primary" onclick={props.on_take_it_yourself.reform(|_| ())}>{"Take it yourself"}</button>
                    </div>
                </div>
            }
            <p class="sc-muted">{q.title()}</p>
            if shows(Section::Score) {
                {summary}
            }
            if let Some(text) = confidence {
                <p class="sc-notice" role="note">{text}</p>
            }

            if shows(Section::Chart) {
            <h3 class="sc-subheading">{"Your profile by dimension"}</h3>
            <div class="sc-chart-layout">
                <div>
                    <Radar labels={labels} series={series} label="Radar chart of the score of each dimension; the same numbers are listed beside it." />
                </div>
                <ul class="sc-bars">
                    { for report.dimensions.iter().map(|d| {
                        let name = dimension_name(&d.dimension);
                        let status = match (d.score, d.level) {
                            (Some(score), Some(level)) => format!("{score}/100 \u{b7} level {}, {}", level.get(), q.scale_level(level).name),
                            _ => "No score: no question answered".to_string(),
                        };
                        html! {
                            <li class="sc-bar">
                                <div class="sc-bar__head">
                                    <span class="sc-bar__name">{name}</span>
                                    <span class="sc-muted">{status}</span>
                                </div>
                                <Meter percent={usize::from(d.score.unwrap_or(0))} class="sc-bar__track" />
                            </li>
                        }
                    }) }
                </ul>
            </div>
            <div class="sc-visually-hidden">
            <table class="sc-table">
                <caption>{"Scores by dimension"}</caption>
                <thead><tr><th scope="col">{"Dimension"}</th><th scope="col" class="sc-num">{"Score"}</th><th scope="col">{"Level"}</th></tr></thead>
                <tbody>
                    { for report.dimensions.iter().map(|d| html! {
                        <tr>
                            <th scope="row">{dimension_name(&d.dimension)}</th>
                            <td class="sc-num">{d.score.map_or("none".to_string(), |s| s.to_string())}</td>
                            <td>{d.level.map_or("none".to_string(), |l| format!("{} ({})", l.get(), q.scale_level(l).name))}</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
            }

            if shows(Section::Model) {
                {model.unwrap_or_default()}
            }

            if shows(Section::StartHere) && !report.start_here.is_empty() {
                <section aria-labelledby="sc-start-here-title">
                    <h3 class="sc-subheading" id="sc-start-here-title">{"Start here"}</h3>
                    <p class="sc-muted">{"The three changes that would move you most, weighing how far each area is from the top by how much it matters."}</p>
                    <ol class="sc-recs">
                        { for report.start_here.iter().filter_map(|id| recommendation(id, true)) }
                    </ol>
                </section>
            }

            if shows(Section::Plan) && !report.plan.is_empty() {
                <section aria-labelledby="sc-plan-title">
                    <h3 class="sc-subheading" id="sc-plan-title">{"Your 30/60/90-day plan"}</h3>
                    <div class="sc-plan">
                        { for Horizon::ALL.iter().map(|&h| {
                            let entries = report.plan.bucket(h);
                            html! {
                                <div class="sc-plan__column">
                                    <h4>{format!("Within {} days", h.days())}</h4>
                                    if entries.is_empty() {
                                        <p class="sc-muted">{"Nothing planned here yet."}</p>
                                    } else {
                                        <ul>
                                            { for entries.iter().filter_map(|e| {
                                                let r = q.recommendation(&e.recommendation)?;
                                                Some(html! { <li><strong>{r.title.clone()}</strong>{format!(" ({})", dimension_name(&e.dimension))}</li> })
                                            }) }
                                        </ul>
                                    }
                                </div>
                            }
                        }) }
                    </div>
                </section>
            }

            if shows(Section::Recommendations) {
            <section aria-labelledby="sc-all-recs-title">
                <h3 class="sc-subheading" id="sc-all-recs-title">{"Recommendations for every dimension"}</h3>
                <ul class="sc-recs">
                    { for report.dimensions.iter().filter_map(|d| d.recommendation.as_ref()).filter_map(|id| recommendation(id, false)) }
                </ul>
            </section>
            }

            if shows(Section::Share) && !props.shared_view {
            <section class="sc-no-print" aria-labelledby="sc-compare-title">
                <h3 class="sc-subheading" id="sc-compare-title">{"Compare with colleagues"}</h3>
                <p>{"Social media sits in silos because each department sees it differently. Ask colleagues from other departments to take the assessment, then put everyone's results side by side: where you agree, where you split, and an agenda for the meeting that follows."}</p>
                <div class="sc-actions">
                    <button type="button" class="sc-button" onclick={props.on_team.reform(|_| ())}>{"Open the team view"}</button>
                </div>
            </section>
            }
            if shows(Section::Share) {
            <section class="sc-no-print" aria-labelledby="sc-share-title">
                <h3 class="sc-subheading" id="sc-share-title">{"Share and keep"}</h3>
                <p class="sc-muted">{"The link holds your answers in its last part, after the #, which browsers never send to any server."}</p>
                <label class="sc-field__label" for="sc-share-link">{"Link to this report"}</label>
                <input id="sc-share-link" class="sc-share-url" type="text" readonly=true value={link} />
                <div class="sc-actions">
                    <button type="button" class="sc-button sc-button--primary" onclick={on_copy}>{"Copy link"}</button>
                    <button type="button" class="sc-button" onclick={on_download}>{"Download JSON"}</button>
                    <button type="button" class="sc-button" onclick={on_print}>{"Print or save as PDF"}</button>
                    if !props.shared_view {
                        <button type="button" class="sc-button" onclick={props.on_action.reform(|_| Action::Back)}>{"Change answers"}</button>
                        <button type="button" class="sc-button sc-button--quiet" onclick={props.on_clear.reform(|_| ())}>{"Retake (clear my answers)"}</button>
                    }
                </div>
                <div role="status" aria-live="polite">
                    if let Some(text) = *copied { <p>{text}</p> }
                </div>
            </section>
            }

            if shows(Section::Methodology) {
            <details class="sc-details">
                <summary>{"How this assessment works"}</summary>
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
            </details>
            }
        </section>
    }
}
