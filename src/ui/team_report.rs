//! The computed part of the team view: the organisation, the dimensions, the silo map, the
//! signals, the radar, the recommendations and the workshop agenda.
//!
//! One more respondent in a team of a thousand moves a mean by a thousandth, so most of
//! these figures stay as they were: each part is a component whose props compare only the
//! figures it shows ([`Shows`]), and a new report redraws only the parts that changed (the
//! department whose count went up, the agenda step that names it), not every table.

use crate::i18n::{fill, team_messages, use_lang, use_t};
use crate::questionnaire::Shared;
use crate::ui::radar::{radar, Series};
use crate::ui::recommendation_card::recommendation_card;
use assessment::team::{Agenda, Department, DepartmentRow, TeamReport};
use assessment::Questionnaire;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`TeamReportView`].
#[derive(Properties, Clone)]
pub struct TeamReportViewProps {
    /// The questionnaire the report is of.
    pub questionnaire: Shared,
    /// The team report.
    pub report: Rc<TeamReport>,
    /// Its workshop agenda.
    pub agenda: Rc<Agenda>,
}

/// By identity: the report and agenda are memoised, so a new `Rc` is a new report, and
/// comparing 1,000 respondents' figures field by field on every redraw is never needed.
impl PartialEq for TeamReportViewProps {
    fn eq(&self, other: &Self) -> bool {
        self.questionnaire == other.questionnaire
            && Rc::ptr_eq(&self.report, &other.report)
            && Rc::ptr_eq(&self.agenda, &other.agenda)
    }
}

/// The computed part of the team view. What it draws itself changes with nearly every
/// respondent (the counts); the rest is in parts that redraw only when theirs change.
#[component]
pub fn TeamReportView(props: &TeamReportViewProps) -> Html {
    let q: &Questionnaire = &props.questionnaire;
    let report = &props.report;
    let t = use_t();
    let tt = team_messages(use_lang());
    let lang = use_lang();
    let dept = |d: &Department| d.label_in(q, lang).to_string();
    let level_name = |l: assessment::Level| q.scale_level(l).name.clone();
    let part = |shows: Shows| PartProps {
        questionnaire: props.questionnaire.clone(),
        report: report.clone(),
        shows,
    };

    let org = &report.organisation;
    html! {
        <>
            <section aria-labelledby="sc-team-org-title">
                <h3 class="sc-subheading" id="sc-team-org-title">{tt.team_org_title}</h3>
                if let Some(overall) = &org.overall {
                    <p class="sc-level-name">{format!("{} / 100 \u{b7} {}", overall.score, fill(t.level_named, &[("n", &overall.level.get()), ("name", &level_name(overall.level))]))}</p>
                    <p>{q.scale_level(overall.level).description.clone()}</p>
                }
                <h4>{tt.team_by_department}</h4>
                <ul class="sc-chips">
                    { for report.departments.iter().map(|row| html! {
                        <li>{format!("{}: {}", dept(&row.department), row.respondents)}</li>
                    }) }
                </ul>
            </section>

            <section aria-labelledby="sc-team-dims-title">
                <h3 class="sc-subheading" id="sc-team-dims-title">{tt.team_dims_title}</h3>
                <DimensionsTable ..part(Shows::Dimensions) />
            </section>

            <section aria-labelledby="sc-team-heat-title">
                <h3 class="sc-subheading" id="sc-team-heat-title">{tt.team_heat_title}</h3>
                <div class="sc-table-wrap" tabindex="0" role="region" aria-label={tt.team_heat_region}>
                <table class="sc-table sc-heatmap">
                    <caption>{tt.team_heat_caption}</caption>
                    <HeatmapHead ..part(Shows::Nothing) />
                    <tbody>
                        { for report.departments.iter().enumerate().map(|(i, row)| html! {
                            <HeatRow key={department_key(&row.department)} ..part(Shows::Department(i)) />
                        }) }
                    </tbody>
                </table>
                </div>
            </section>

            <section aria-labelledby="sc-team-signals-title">
                <h3 class="sc-subheading" id="sc-team-signals-title">{tt.team_signals_title}</h3>
                <SiloSignals ..part(Shows::Signals) />
            </section>

            <section aria-labelledby="sc-team-radar-title">
                <h3 class="sc-subheading" id="sc-team-radar-title">{tt.team_radar_title}</h3>
                <TeamRadar ..part(Shows::Radar) />
            </section>

            if !org.start_here.is_empty() {
                <section aria-labelledby="sc-team-recs-title">
                    <h3 class="sc-subheading" id="sc-team-recs-title">{tt.team_recs_title}</h3>
                    <StartHere ..part(Shows::StartHere) />
                </section>
            }

            <section aria-labelledby="sc-team-agenda-title">
                <h3 class="sc-subheading" id="sc-team-agenda-title">{tt.team_agenda_title}</h3>
                <ol class="sc-agenda">
                    { for (0..props.agenda.steps.len()).map(|index| html! {
                        <AgendaStepView key={index} agenda={props.agenda.clone()} {index} />
                    }) }
                </ol>
                <p><strong>{fill(tt.team_follow_up, &[("date", &props.agenda.follow_up.long(lang))])}</strong></p>
            </section>
        </>
    }
}

/// A department's key in lists: its option's id, which the questionnaire keeps unique.
fn department_key(department: &Department) -> String {
    match department {
        Department::Named(id) => format!("named-{id}"),
        Department::NotGiven => "not-given".to_string(),
    }
}

/// Which figures of the report a part shows: what its props are compared on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shows {
    /// None (the heatmap's header: the questionnaire's dimensions only).
    Nothing,
    /// Each dimension's mean, level, lowest, highest and spread.
    Dimensions,
    /// The department at this index: its count and its row of the heatmap.
    Department(usize),
    /// The silo signals.
    Signals,
    /// The organisation's means and the first departments' (the radar's shapes).
    Radar,
    /// The organisation's start-here recommendations.
    StartHere,
}

/// How many departments the radar overlays on the organisation (the stylesheet has a
/// colour for each, and more would not be readable).
const RADAR_DEPARTMENTS: usize = 7;

impl Shows {
    /// Whether `a` and `b` give this part the same figures.
    fn same(self, a: &TeamReport, b: &TeamReport) -> bool {
        match self {
            Shows::Nothing => true,
            Shows::Dimensions => a.dimensions == b.dimensions,
            Shows::Department(i) => a.departments.get(i) == b.departments.get(i),
            Shows::Signals => a.silo_signals == b.silo_signals,
            Shows::Radar => {
                let means = |r: &'_ TeamReport| {
                    r.dimensions
                        .iter()
                        .map(|d| d.scores.as_ref().map(|s| s.mean))
                        .collect::<Vec<_>>()
                };
                let shape = |a: &DepartmentRow, b: &DepartmentRow| {
                    a.department == b.department
                        && a.cells
                            .iter()
                            .map(|c| c.score)
                            .eq(b.cells.iter().map(|c| c.score))
                };
                let (da, db) = (&a.departments, &b.departments);
                means(a) == means(b)
                    && da.len().min(RADAR_DEPARTMENTS) == db.len().min(RADAR_DEPARTMENTS)
                    && da
                        .iter()
                        .zip(db)
                        .take(RADAR_DEPARTMENTS)
                        .all(|(a, b)| shape(a, b))
            }
            Shows::StartHere => a.organisation.start_here == b.organisation.start_here,
        }
    }
}

/// Props of a part of the report: the whole report, compared only on what the part shows.
#[derive(Properties, Clone)]
struct PartProps {
    questionnaire: Shared,
    report: Rc<TeamReport>,
    shows: Shows,
}

impl PartialEq for PartProps {
    fn eq(&self, other: &Self) -> bool {
        self.shows == other.shows
            && self.questionnaire == other.questionnaire
            && (Rc::ptr_eq(&self.report, &other.report)
                || self.shows.same(&self.report, &other.report))
    }
}

/// Each dimension's mean, level and range.
#[component]
fn DimensionsTable(props: &PartProps) -> Html {
    let q: &Questionnaire = &props.questionnaire;
    let t = use_t();
    let tt = team_messages(use_lang());
    let name =
        |id: &assessment::DimensionId| q.dimension(id).map_or(String::new(), |d| d.name.clone());
    let level_name = |l: assessment::Level| q.scale_level(l).name.clone();
    html! {
        <div class="sc-table-wrap" tabindex="0" role="region" aria-label={tt.team_dims_region}>
        <table class="sc-table">
            <caption>{tt.team_dims_caption}</caption>
            <thead><tr>
                <th scope="col">{t.dimension}</th><th scope="col" class="sc-num">{tt.team_mean}</th><th scope="col">{t.level}</th>
                <th scope="col" class="sc-num">{tt.team_lowest}</th><th scope="col" class="sc-num">{tt.team_highest}</th><th scope="col" class="sc-num">{tt.team_spread}</th>
            </tr></thead>
            <tbody>
                { for props.report.dimensions.iter().map(|d| match &d.scores {
                    Some(s) => html! { <tr>
                        <th scope="row">{name(&d.dimension)}</th>
                        <td class="sc-num">{s.mean}</td><td>{format!("{} ({})", s.level.get(), level_name(s.level))}</td>
                        <td class="sc-num">{s.lowest}</td><td class="sc-num">{s.highest}</td><td class="sc-num">{s.spread}</td>
                    </tr> },
                    None => html! { <tr><th scope="row">{name(&d.dimension)}</th><td colspan="5">{tt.team_nobody}</td></tr> },
                }) }
            </tbody>
        </table>
        </div>
    }
}

/// The heatmap's header: a column for each dimension.
#[component]
fn HeatmapHead(props: &PartProps) -> Html {
    let tt = team_messages(use_lang());
    html! {
        <thead><tr>
            <th scope="col">{tt.team_department}</th>
            { for props.questionnaire.dimensions().iter().map(|d| html! { <th scope="col">{d.name.clone()}</th> }) }
        </tr></thead>
    }
}

/// One department's row of the heatmap: its count, and its level and mean in each
/// dimension.
#[component]
fn HeatRow(props: &PartProps) -> Html {
    let lang = use_lang();
    let Shows::Department(index) = props.shows else {
        return html! {};
    };
    let Some(row) = props.report.departments.get(index) else {
        return html! {};
    };
    let label = row.department.label_in(&props.questionnaire, lang);
    html! {
        <tr>
            <th scope="row">{format!("{label} ({})", row.respondents)}</th>
            { for row.cells.iter().map(|c| match (c.level, c.score) {
                (Some(level), Some(score)) => html! {
                    <td class={format!("sc-heat sc-heat--{}", level.get())}>
                        {level.get()}<span class="sc-heat__score">{format!(" ({score})")}</span>
                    </td>
                },
                _ => html! { <td class="sc-heat">{"\u{2013}"}</td> },
            }) }
        </tr>
    }
}

/// The dimensions departments place a level or more apart, with what the gap means.
#[component]
fn SiloSignals(props: &PartProps) -> Html {
    let q: &Questionnaire = &props.questionnaire;
    let tt = team_messages(use_lang());
    let lang = use_lang();
    let name =
        |id: &assessment::DimensionId| q.dimension(id).map_or(String::new(), |d| d.name.clone());
    let dept = |d: &Department| d.label_in(q, lang).to_string();
    let sees = |departments: &[String], level: assessment::Level| {
        let template = if departments.len() == 1 {
            tt.team_signal_sees
        } else {
            tt.team_signal_see
        };
        fill(
            template,
            &[
                ("departments", &departments.join(", ")),
                ("level", &level.get()),
                ("name", &q.scale_level(level).name),
            ],
        )
    };
    let signals = &props.report.silo_signals;
    if signals.is_empty() {
        return html! { <p>{tt.team_no_signals}</p> };
    }
    html! {
        <ul class="sc-recs">
            { for signals.iter().map(|s| {
                let low: Vec<String> = s.lowest.departments.iter().map(&dept).collect();
                let high: Vec<String> = s.highest.departments.iter().map(&dept).collect();
                html! {
                    <li class="sc-rec sc-rec--top">
                        <h4 class="sc-rec__title">{fill(if s.gap == 1 { tt.team_signal_title_one } else { tt.team_signal_title_many }, &[("dimension", &name(&s.dimension)), ("n", &s.gap)])}</h4>
                        <p>{format!("{}; {}.", sees(&low, s.lowest.level), sees(&high, s.highest.level))}</p>
                        <p>{s.meaning.clone()}</p>
                    </li>
                }
            }) }
        </ul>
    }
}

/// The organisation and the first departments overlaid on one radar.
#[component]
fn TeamRadar(props: &PartProps) -> Html {
    let q: &Questionnaire = &props.questionnaire;
    let report = &props.report;
    let tt = team_messages(use_lang());
    let lang = use_lang();
    let labels: Vec<String> = q.dimensions().iter().map(|d| d.name.clone()).collect();
    let mut series: Vec<Series> = vec![Series {
        label: tt.team_whole_org.to_string(),
        scores: report
            .dimensions
            .iter()
            .map(|d| d.scores.as_ref().map(|s| s.mean))
            .collect(),
    }];
    series.extend(
        report
            .departments
            .iter()
            .take(RADAR_DEPARTMENTS)
            .map(|row| Series {
                label: row.department.label_in(q, lang).to_string(),
                scores: row.cells.iter().map(|c| c.score).collect(),
            }),
    );
    radar(&labels, &series, tt.team_radar_label)
}

/// The organisation's start-here recommendations.
#[component]
fn StartHere(props: &PartProps) -> Html {
    let q: &Questionnaire = &props.questionnaire;
    let t = use_t();
    let name =
        |id: &assessment::DimensionId| q.dimension(id).map_or(String::new(), |d| d.name.clone());
    html! {
        <ol class="sc-recs">
            { for props.report.organisation.start_here.iter().filter_map(|id| q.recommendation(id))
                .map(|r| recommendation_card(r, &name(&r.dimension), true, t)) }
        </ol>
    }
}

/// Props of [`AgendaStepView`]: the agenda, compared on the one step shown.
#[derive(Properties, Clone)]
struct AgendaStepProps {
    agenda: Rc<Agenda>,
    index: usize,
}

impl PartialEq for AgendaStepProps {
    fn eq(&self, other: &Self) -> bool {
        self.index == other.index
            && (Rc::ptr_eq(&self.agenda, &other.agenda)
                || self.agenda.steps.get(self.index) == other.agenda.steps.get(other.index))
    }
}

/// One step of the workshop agenda.
#[component]
fn AgendaStepView(props: &AgendaStepProps) -> Html {
    let Some(step) = props.agenda.steps.get(props.index) else {
        return html! {};
    };
    html! {
        <li>
            <h4>{step.title.clone()}</h4>
            <p>{step.guidance.clone()}</p>
            if !step.prompts.is_empty() {
                <ul>{ for step.prompts.iter().map(|p| html! { <li>{p.clone()}</li> }) }</ul>
            }
        </li>
    }
}
