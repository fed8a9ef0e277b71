//! The team view: many respondents' codes gathered in the browser, compared by department.

use crate::files;
use crate::i18n::{fill, plural, team_messages, use_lang, use_t, Lang, TeamMessages};
use crate::links;
use crate::questionnaire::Shared;
use crate::ui::share_box::ShareBox;
use crate::ui::team_report::TeamReportView;
use assessment::benchmark::{self, About, BenchmarkError};
use assessment::compare::{self, Change};
use assessment::team::{self, TeamInput, TeamReport, TeamTally};
use assessment::team_export::{team_csv_in, team_document};
use assessment::Questionnaire;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props of [`TeamView`].
#[derive(Properties, Clone, PartialEq)]
pub struct TeamViewProps {
    /// The questionnaire every code must belong to.
    pub questionnaire: Shared,
    /// Text to read first: the codes of a team link (may be empty).
    #[prop_or_default]
    pub initial: AttrValue,
    /// The respondent's own share code, when they have answers to add.
    #[prop_or_default]
    pub own_code: Option<AttrValue>,
    /// A page-unique prefix for element ids.
    pub instance: AttrValue,
    /// Leaves the team view.
    pub on_close: Callback<()>,
}

/// The gathered input; every change makes a new value, so the report is recomputed only
/// when the respondents change.
#[derive(Clone, Debug)]
struct Gathered {
    /// Raised by every change: what the report is memoised on.
    version: u64,
    /// The entries read so far, shared with the states before: they only grow (or are
    /// replaced whole, by a new `Rc`), so reading appends to them in place instead of
    /// copying a thousand entries on every action. `version` says when they changed.
    input: Rc<RefCell<TeamInput>>,
    /// The running sums of the accepted respondents: adding some updates them, so the
    /// report is made without going over everyone again.
    tally: Rc<TeamTally>,
    /// Files that could not be read at all, with the reason.
    unreadable: Vec<(String, files::FileError)>,
    /// When most entries of the team link the view was opened with could not be read: how
    /// many were left out, of how many (until the visitor removes them).
    link_unread: Option<(usize, usize)>,
}

enum TeamAction {
    Read(Shared, String),
    FileProblem(String, files::FileError),
    /// Removes the entries left out, keeping the respondents.
    DropRejected,
    Clear(Shared),
}

impl Reducible for Gathered {
    type Action = TeamAction;

    fn reduce(self: Rc<Self>, action: TeamAction) -> Rc<Self> {
        let mut next = (*self).clone();
        next.version += 1;
        match action {
            TeamAction::Read(q, text) => {
                if text.trim().is_empty() {
                    return self;
                }
                let Ok(mut input) = next.input.try_borrow_mut() else {
                    return self;
                };
                let before = input.entries().len();
                input.read(&q, &text);
                let tally = Rc::make_mut(&mut next.tally);
                for entry in input.entries().iter().skip(before) {
                    if let Ok(respondent) = &entry.outcome {
                        tally.add(&q, &respondent.answers);
                    }
                }
                drop(input);
            }
            TeamAction::FileProblem(name, reason) => next.unreadable.push((name, reason)),
            TeamAction::DropRejected => {
                let kept = next.input.borrow().without_rejected();
                next.input = Rc::new(RefCell::new(kept));
                next.unreadable.clear();
                next.link_unread = None;
            }
            TeamAction::Clear(q) => {
                next.input = Rc::new(RefCell::new(TeamInput::new()));
                next.tally = Rc::new(TeamTally::new(&q));
                next.unreadable.clear();
                next.link_unread = None;
            }
        }
        Rc::new(next)
    }
}

/// The team view.
#[component]
pub fn TeamView(props: &TeamViewProps) -> Html {
    let q = props.questionnaire.clone();
    let gathered = {
        let q = q.clone();
        let initial = props.initial.clone();
        use_reducer(move || {
            let input = team::parse_team_code(&q, &initial);
            let left_out = input.rejected().count();
            let total = input.entries().len();
            let mut tally = TeamTally::new(&q);
            for answers in input.answers() {
                tally.add(&q, answers);
            }
            Gathered {
                version: 0,
                link_unread: (left_out > input.accepted()).then_some((left_out, total)),
                tally: Rc::new(tally),
                input: Rc::new(RefCell::new(input)),
                unreadable: Vec::new(),
            }
        })
    };
    // The text boxes are read when their codes are added, never on a keystroke: typing
    // redraws nothing.
    let codes_box = use_node_ref();
    let earlier_box = use_node_ref();
    let label_box = use_node_ref();
    let source_box = use_node_ref();
    let earlier = use_state(|| None::<Rc<Earlier>>);
    let exported = use_state(|| None::<Rc<Exported>>);
    let t = use_t();
    let tt = team_messages(use_lang());
    let lang = use_lang();

    // The report and the workshop agenda only change when the respondents, the language
    // or the day do, and the report comes from the running tally, not from everyone again.
    let (report, agenda) = {
        let q = q.clone();
        let gathered = gathered.clone();
        let memo = use_memo(
            (gathered.version, lang, files::today()),
            move |(_, lang, today)| {
                let report = gathered.tally.report_in(&q, *lang);
                let agenda = team::workshop_agenda_in(&q, &report, *today, *lang);
                (Rc::new(report), Rc::new(agenda))
            },
        );
        (memo.0.clone(), memo.1.clone())
    };
    // The team link changes with the respondents only, like the report; its codes are the
    // accepted ones, canonical already.
    let link = {
        let gathered = gathered.clone();
        let memo = use_memo(gathered.version, move |_| {
            links::team_link(&gathered.input.borrow().team_code())
        });
        (*memo).clone()
    };

    let add = {
        let gathered = gathered.clone();
        let codes_box = codes_box.clone();
        let q = q.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(area) = codes_box.cast::<web_sys::HtmlTextAreaElement>() {
                gathered.dispatch(TeamAction::Read(q.clone(), area.value()));
                area.set_value("");
            }
        })
    };
    let on_compare = {
        let earlier = earlier.clone();
        let earlier_box = earlier_box.clone();
        let q = q.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(area) = earlier_box.cast::<web_sys::HtmlTextAreaElement>() else {
                return;
            };
            let text = area.value();
            if text.trim().is_empty() {
                earlier.set(None);
            } else {
                earlier.set(Some(Rc::new(Earlier::read(&q, &text, lang))));
            }
        })
    };
    let on_export = {
        let exported = exported.clone();
        let gathered = gathered.clone();
        let (label_box, source_box) = (label_box.clone(), source_box.clone());
        let q = q.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = |node: &NodeRef| {
                node.cast::<web_sys::HtmlInputElement>()
                    .map(|input| input.value().trim().to_string())
                    .unwrap_or_default()
            };
            let (label, source) = (value(&label_box), value(&source_box));
            if label.is_empty() || source.is_empty() {
                exported.set(Some(Rc::new(Exported::Unlabelled)));
                return;
            }
            let about = About {
                label,
                source,
                date: files::today(),
            };
            let outcome =
                match benchmark::from_answers(&q, gathered.input.borrow().answers(), about) {
                    Err(error) => Exported::Refused(error),
                    Ok(written) => {
                        files::download(
                            "silo-check-benchmark.json",
                            "application/json",
                            &benchmark::file_text(&written.benchmark, &q),
                        );
                        let name = |id: &assessment::DimensionId| {
                            q.dimension(id).map_or(id.to_string(), |d| d.name.clone())
                        };
                        Exported::Written {
                            organisations: written.benchmark.overall.organisations,
                            left_out: written
                                .left_out
                                .iter()
                                .map(|(id, n)| (name(id), *n))
                                .collect(),
                        }
                    }
                };
            exported.set(Some(Rc::new(outcome)));
        })
    };
    let read_files = {
        let gathered = gathered.clone();
        let q = q.clone();
        Callback::from(move |list: Vec<web_sys::File>| {
            let gathered = gathered.clone();
            let q = q.clone();
            wasm_bindgen_futures::spawn_local(async move {
                for file in files::read_all(list).await {
                    match file.text {
                        Ok(text) => gathered.dispatch(TeamAction::Read(q.clone(), text)),
                        Err(reason) => {
                            gathered.dispatch(TeamAction::FileProblem(file.name, reason))
                        }
                    }
                }
            });
        })
    };
    let on_files = {
        let read_files = read_files.clone();
        Callback::from(move |e: Event| {
            let input = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
            if let Some(input) = input {
                read_files.emit(files::take(input.files()));
                input.set_value("");
            }
        })
    };
    let on_drop = {
        let read_files = read_files.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            read_files.emit(files::take(e.data_transfer().and_then(|d| d.files())));
        })
    };
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
    let add_own = props.own_code.clone().map(|code| {
        let gathered = gathered.clone();
        let q = q.clone();
        Callback::from(move |_: MouseEvent| {
            gathered.dispatch(TeamAction::Read(q.clone(), code.to_string()))
        })
    });
    let on_csv = {
        let q = q.clone();
        let report = report.clone();
        Callback::from(move |_: MouseEvent| {
            files::download(
                "silo-check-team.csv",
                "text/csv",
                &team_csv_in(&q, &report, lang),
            );
        })
    };
    let on_json = {
        let q = q.clone();
        let report = report.clone();
        let agenda = agenda.clone();
        let gathered = gathered.clone();
        Callback::from(move |_: MouseEvent| {
            let input = gathered.input.borrow();
            let refs: Vec<&str> = input.codes().collect();
            let doc = team_document(&q, &report, &agenda, &refs);
            let text = assessment::json::to_pretty(&doc);
            files::download("silo-check-team.json", "application/json", &text);
        })
    };
    let on_print = Callback::from(|_: MouseEvent| files::print());
    let on_clear = {
        let gathered = gathered.clone();
        let q = q.clone();
        Callback::from(move |_: MouseEvent| gathered.dispatch(TeamAction::Clear(q.clone())))
    };
    let on_drop_rejected = {
        let gathered = gathered.clone();
        Callback::from(move |_: MouseEvent| gathered.dispatch(TeamAction::DropRejected))
    };

    let input = gathered.input.borrow();
    let accepted = input.accepted();
    let rejected: Vec<(usize, String, String)> = input
        .rejected()
        .map(|(entry, why)| (entry.line, entry.text.clone(), why.message(lang)))
        .collect();
    drop(input);
    let textarea_id = format!("{}-team-codes", props.instance);
    let files_id = format!("{}-team-files", props.instance);
    let earlier_id = format!("{}-team-earlier", props.instance);
    let label_id = format!("{}-team-bench-label", props.instance);
    let source_id = format!("{}-team-bench-source", props.instance);
    let over_time = (*earlier).clone().map(|e| {
        let change = compare::teams(&q, &e.report, &report);
        (e, change)
    });

    html! {
        <section class="sc-card sc-team" aria-labelledby="sc-team-title">
            <h2 class="sc-title" id="sc-team-title" tabindex="-1" data-step-heading="">{tt.team_title}</h2>
            <p class="sc-lead">
                {tt.team_lead}
            </p>
            if let Some((left_out, total)) = gathered.link_unread {
                <div class="sc-notice sc-notice--error sc-no-print" role="alert">
                    <p>{fill(tt.team_link_mostly_unread, &[("n", &lang.number(left_out)), ("total", &lang.number(total))])}</p>
                    <div class="sc-actions">
                        <button type="button" class="sc-button" onclick={on_drop_rejected.clone()}>{tt.team_remove_left_out}</button>
                        <button type="button" class="sc-button" onclick={on_clear.clone()}>{tt.team_start_new}</button>
                    </div>
                </div>
            }
            <form class="sc-no-print" onsubmit={add}>
                <label class="sc-field__label" for={textarea_id.clone()}>{tt.team_codes_label}</label>
                <textarea id={textarea_id} class="sc-codes" rows="4" ref={codes_box}
                    spellcheck="false" autocomplete="off" />
                <div class="sc-actions">
                    <button type="submit" class="sc-button sc-button--primary">{tt.team_add}</button>
                    if let Some(add_own) = add_own {
                        <button type="button" class="sc-button" onclick={add_own}>{tt.team_add_own}</button>
                    }
                </div>
                <div class="sc-drop" ondrop={on_drop} ondragover={on_drag_over}>
                    <label class="sc-field__label" for={files_id.clone()}>{tt.team_files_label}</label>
                    <input id={files_id} type="file" multiple=true accept=".json,application/json" onchange={on_files} />
                </div>
            </form>

            <div role="status" aria-live="polite" class="sc-team__status">
                <p><strong>{respondents_sentence(tt, lang, accepted, rejected.len() + gathered.unreadable.len())}</strong></p>
            </div>
            if !rejected.is_empty() || !gathered.unreadable.is_empty() {
                <div class="sc-actions sc-no-print">
                    <button type="button" class="sc-button sc-button--quiet" onclick={on_drop_rejected}>{tt.team_remove_left_out}</button>
                    if accepted == 0 {
                        <button type="button" class="sc-button sc-button--quiet" onclick={on_clear.clone()}>{tt.team_start_new}</button>
                    }
                </div>
            }
            if !rejected.is_empty() || !gathered.unreadable.is_empty() {
                <details class="sc-details sc-no-print" open={rejected.len() + gathered.unreadable.len() <= 10}>
                    <summary>{tt.team_left_out_title}</summary>
                    <ul class="sc-left-out">
                        { for rejected.iter().take(200).map(|(line, text, why)| html! {
                            <li><span class="sc-muted">{fill(tt.team_line, &[("n", line)])}</span><code>{text.clone()}</code>{" \u{2014} "}{why.clone()}</li>
                        }) }
                        { for gathered.unreadable.iter().map(|(name, why)| html! {
                            <li><code>{name.clone()}</code>{" \u{2014} "}{match why {
                                files::FileError::TooBig => tt.file_too_big,
                                files::FileError::NotText => tt.file_not_text,
                                files::FileError::Unreadable => tt.file_unreadable,
                            }}</li>
                        }) }
                    </ul>
                    if rejected.len() > 200 {
                        <p class="sc-muted">{fill(tt.team_more, &[("n", &(rejected.len() - 200))])}</p>
                    }
                </details>
            }

            if report.respondents > 0 {
                <TeamReportView questionnaire={q.clone()} report={report.clone()} agenda={agenda.clone()} />
            }

            <section class="sc-no-print" aria-labelledby="sc-team-time-title">
                <h3 class="sc-subheading" id="sc-team-time-title">{tt.team_time_title}</h3>
                <p>{tt.team_time_lead}</p>
                <form onsubmit={on_compare}>
                    <label class="sc-field__label" for={earlier_id.clone()}>{tt.team_time_label}</label>
                    <textarea id={earlier_id} class="sc-codes" rows="3" ref={earlier_box}
                        spellcheck="false" autocomplete="off" />
                    <div class="sc-actions">
                        <button type="submit" class="sc-button">{tt.team_time_compare}</button>
                    </div>
                </form>
                if let Some((earlier, change)) = over_time {
                    { over_time_table(&q, &earlier, &change, tt, t, lang) }
                }
            </section>

            if report.respondents > 0 {
                <section class="sc-no-print" aria-labelledby="sc-team-bench-title">
                    <h3 class="sc-subheading" id="sc-team-bench-title">{tt.team_bench_title}</h3>
                    <p>{fill(tt.team_bench_lead, &[("min", &benchmark::MIN_RESPONDENTS)])}</p>
                    <form onsubmit={on_export}>
                        <div class="sc-field">
                            <label class="sc-field__label" for={label_id.clone()}>{tt.team_bench_label}</label>
                            <input id={label_id} class="sc-team-input" type="text" ref={label_box} autocomplete="off" />
                        </div>
                        <div class="sc-field">
                            <label class="sc-field__label" for={source_id.clone()}>{tt.team_bench_source}</label>
                            <input id={source_id} class="sc-team-input" type="text" ref={source_box} autocomplete="off" />
                        </div>
                        <div class="sc-actions">
                            <button type="submit" class="sc-button">{tt.team_bench_export}</button>
                        </div>
                    </form>
                    { exported_notice((*exported).as_deref(), tt, lang) }
                </section>
            }

            <ShareBox id="sc-team-share" lead={tt.team_share_lead} link_label={tt.team_link_label}
                link={link.clone()} copy_label={tt.team_copy_link} copied={tt.team_link_copied}>
                if report.respondents > 0 {
                    <button type="button" class="sc-button" onclick={on_csv}>{tt.download_csv}</button>
                    <button type="button" class="sc-button" onclick={on_json}>{t.download_json}</button>
                    <button type="button" class="sc-button" onclick={on_print}>{t.print}</button>
                    <button type="button" class="sc-button sc-button--quiet" onclick={on_clear}>{tt.team_remove_all}</button>
                }
                <button type="button" class="sc-button" onclick={props.on_close.reform(|_| ())}>{t.back}</button>
            </ShareBox>
        </section>
    }
}

/// An earlier team (last quarter's team link or codes), read and aggregated once.
struct Earlier {
    /// How many of its entries were accepted.
    accepted: usize,
    /// How many of its entries were left out.
    left_out: usize,
    report: TeamReport,
}

impl Earlier {
    fn read(q: &Questionnaire, text: &str, lang: Lang) -> Earlier {
        let input = team::read_entries(q, text);
        Earlier {
            accepted: input.accepted(),
            left_out: input.rejected().count(),
            report: team::aggregate_in(q, input.answers(), lang),
        }
    }
}

/// What the last "export benchmark" gave.
enum Exported {
    /// The label or the source was empty.
    Unlabelled,
    /// Too few respondents: nothing was written.
    Refused(BenchmarkError),
    /// The file was downloaded; these dimensions (name, respondents) were left out.
    Written {
        organisations: u32,
        left_out: Vec<(String, u32)>,
    },
}

fn exported_notice(exported: Option<&Exported>, tt: &TeamMessages, lang: Lang) -> Html {
    match exported {
        None => html! {},
        Some(Exported::Unlabelled) => html! {
            <div class="sc-notice sc-notice--error" role="alert"><p>{tt.team_bench_unlabelled}</p></div>
        },
        Some(Exported::Refused(error)) => html! {
            <div class="sc-notice sc-notice--error" role="alert"><p>{error.message(lang)}</p></div>
        },
        Some(Exported::Written {
            organisations,
            left_out,
        }) => html! {
            <div class="sc-notice" role="status">
                <p>{fill(tt.team_bench_written, &[("n", &count_of(*organisations, lang))])}</p>
                if !left_out.is_empty() {
                    <p>{fill(tt.team_bench_left_out, &[("min", &benchmark::MIN_RESPONDENTS)])}</p>
                    <ul>
                        { for left_out.iter().map(|(name, n)| html! {
                            <li>{fill(tt.team_bench_left_out_one, &[("dimension", name), ("n", &count_of(*n, lang))])}</li>
                        }) }
                    </ul>
                }
            </div>
        },
    }
}

/// A count as the language writes numbers.
fn count_of(n: u32, lang: Lang) -> String {
    lang.number(usize::try_from(n).unwrap_or(usize::MAX))
}

/// A change in points: "+12", "−5", "0", or a dash without one.
fn signed(change: Option<i16>) -> String {
    match change {
        Some(n) if n > 0 => format!("+{n}"),
        Some(n) if n < 0 => format!("\u{2212}{}", n.unsigned_abs()),
        Some(_) => "0".to_string(),
        None => "\u{2013}".to_string(),
    }
}

/// A score, or a dash without one.
fn score_cell(score: Option<u8>) -> String {
    score.map_or("\u{2013}".to_string(), |s| s.to_string())
}

/// The team over time: the organisation's overall score and each dimension's mean, then
/// and now.
fn over_time_table(
    q: &Questionnaire,
    earlier: &Earlier,
    change: &compare::TeamComparison,
    tt: &TeamMessages,
    t: &crate::i18n::Messages,
    lang: Lang,
) -> Html {
    let row = |name: String, c: &Change| {
        html! {
            <tr>
                <th scope="row">{name}</th>
                <td class="sc-num">{score_cell(c.earlier)}</td>
                <td class="sc-num">{score_cell(c.later)}</td>
                <td class="sc-num">{signed(c.change)}</td>
            </tr>
        }
    };
    html! {
        <>
            <p role="status">{fill(tt.team_time_counted, &[
                ("earlier", &lang.number(earlier.accepted)),
                ("left_out", &lang.number(earlier.left_out)),
                ("now", &lang.number(change.later_respondents)),
            ])}</p>
            if earlier.accepted > 0 {
                <div class="sc-table-wrap" tabindex="0" role="region" aria-label={tt.team_time_region}>
                <table class="sc-table">
                    <caption>{tt.team_time_caption}</caption>
                    <thead><tr>
                        <th scope="col">{t.dimension}</th>
                        <th scope="col" class="sc-num">{tt.team_time_earlier}</th>
                        <th scope="col" class="sc-num">{tt.team_time_now}</th>
                        <th scope="col" class="sc-num">{tt.team_time_change}</th>
                    </tr></thead>
                    <tbody>
                        { row(tt.team_time_overall.to_string(), &change.overall) }
                        { for change.dimensions.iter().map(|d| {
                            let name = q.dimension(&d.dimension).map_or(String::new(), |x| x.name.clone());
                            row(name, &d.score)
                        }) }
                    </tbody>
                </table>
                </div>
            }
        </>
    }
}

fn respondents_sentence(tt: &TeamMessages, lang: Lang, accepted: usize, left_out: usize) -> String {
    let counted = match accepted {
        0 => tt.team_counted_none.to_string(),
        n => plural(n, tt.team_counted_one, tt.team_counted_many, lang),
    };
    let left = match left_out {
        0 => String::new(),
        n => plural(n, tt.team_left_out_one, tt.team_left_out_many, lang),
    };
    format!("{counted}{left}.")
}
