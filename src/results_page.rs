//! The results step: the report of a share code, once the questionnaire has every text
//! the results show.
//!
//! The questionnaire a widget shows first may be its start only (without the advice and
//! the models' descriptions): the results then fetch the whole file, wait for it with a
//! short card, and say when it does not arrive, with Try again. The same component is the
//! results step of the widget for hosts' own questionnaires (`app.rs`, in the same
//! WebAssembly as the questions) and the whole of `silo-check-results`, the results
//! screen that the widget visitors download starts beside itself (`embed/results.rs`).

use crate::files::FileError;
use crate::i18n::{fill, history_messages, messages, Lang};
use crate::links;
use crate::options::Options;
use crate::questionnaire::Shared;
use crate::storage::HistoryStore;
use crate::ui::history::{
    earlier_results, since_earlier, Earlier, EarlierResults, FromElsewhere, SinceEarlier,
};
use crate::ui::logo::logo;
use crate::ui::radar::Series;
use crate::ui::results::{results, ResultsProps};
use assessment::compare::compare;
use assessment::export::{report_document, ReportDocument};
use assessment::history::{self, HistoryEntry, HistoryProblem, ReportFileError};
use assessment::report::report;
use assessment::session::Action;
use assessment::share;
use assessment::Answers;
use std::collections::BTreeSet;
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
    /// shared report: those answers are someone else's), with the comparison with the
    /// visitor's most recent earlier result kept in this browser, when there is one.
    pub on_complete: Callback<Rc<Completed>>,
}

/// The payload of the host's `complete` event: the report document's fields, and
/// `comparison`, the change since the visitor's most recent earlier result of this
/// questionnaire and revision kept in this browser, when there is one (see
/// docs/events.schema.json).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Completed {
    /// The report document, as "Download JSON" writes it.
    #[serde(flatten)]
    pub report: ReportDocument,
    /// The comparison with the most recent earlier result, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comparison: Option<assessment::compare::Comparison>,
}

/// The dimensions whose detail the visitor has opened, by index.
#[derive(Default, PartialEq)]
struct Opened(Rc<BTreeSet<usize>>);

impl Reducible for Opened {
    /// A dimension's detail opened (`true`) or closed.
    type Action = (usize, bool);

    fn reduce(self: Rc<Self>, (index, open): (usize, bool)) -> Rc<Self> {
        if open == self.0.contains(&index) {
            return self;
        }
        let mut now = (*self.0).clone();
        if open {
            now.insert(index);
        } else {
            now.remove(&index);
        }
        Rc::new(Self(Rc::new(now)))
    }
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
    // The visitor's earlier results (issue 18), once this one is added; the earlier result
    // chosen to compare with (its code); one from elsewhere (pasted or a report file), and
    // why a paste or a file failed.
    let kept = use_state(|| None::<Kept>);
    let pick = use_state(|| None::<String>);
    let pasted = use_state(|| None::<Elsewhere>);
    let paste_error = use_state(|| None::<String>);
    let file_error = use_state(|| None::<String>);
    let paste_box = use_node_ref();
    // The dimensions whose detail the visitor opened, and how many times Print was asked
    // for: the details are drawn only when opened, or all of them for the print.
    let opened = use_reducer(Opened::default);
    let prints = use_state(|| 0_u32);
    // The sections under "Start here", drawn once the score and the first advice have
    // been painted: the visitor sees the score in about a third of the time (DESIGN.md,
    // "The results screen's cost").
    let lower = use_state(|| false);
    {
        let heading = heading.clone();
        use_effect_with(*prints, move |&prints| {
            // After the redraw that drew every detail.
            if prints > 0 {
                if let Some(heading) = heading.cast::<web_sys::Element>() {
                    crate::files::print_widget(&heading);
                }
            }
        });
    }
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
    // The answers and their report, computed once for the questionnaire and the code, not
    // on every redraw (choosing an earlier result, deleting one, a paste).
    let decoded = use_memo(((*whole).clone(), props.code.clone()), |(whole, code)| {
        whole.as_ref().map(|q| {
            let decoded = share::decode(q, code).map(|a| {
                let report = Rc::new(report(q, &a));
                (a, report)
            });
            (q.clone(), decoded)
        })
    });
    {
        let on_complete = props.on_complete.clone();
        let ready = match &*decoded {
            Some((q, Ok((answers, report)))) if !props.shared_view => {
                Some((q.clone(), answers.clone(), report.clone()))
            }
            _ => None,
        };
        let code = props.code.clone();
        let namespace = props
            .options
            .storage
            .then(|| props.options.storage_namespace.clone());
        let kept = kept.clone();
        use_effect_with(ready.is_some(), move |_| {
            if let Some((q, answers, report)) = ready {
                let doc = report_document(&q, &answers, &report, &code);
                let now = namespace.map(|namespace| keep(&namespace, &q, &answers));
                // The most recent earlier result this questionnaire can open.
                let comparison = now.as_ref().and_then(|now| {
                    now.entries
                        .iter()
                        .rev()
                        .filter(|e| e.code != now.current && e.is_for(&q))
                        .find_map(|e| share::decode(&q, &e.code).ok())
                        .map(|before| compare(&q, &before, &answers))
                });
                on_complete.emit(Rc::new(Completed {
                    report: doc,
                    comparison,
                }));
                if now.is_some() {
                    kept.set(now);
                }
            }
        });
    }
    {
        let lower = lower.clone();
        let ready = matches!(&*decoded, Some((_, Ok(_))));
        use_effect_with(ready, move |&ready| {
            if ready && !*lower {
                after_next_paint(move || lower.set(true));
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
    match (*decoded).clone() {
        Some((q, Ok((answers, report)))) => {
            let team_link = AttrValue::from(links::team_page_link(
                &assessment::team::team_code(&q, [props.code.as_str()]),
                props.options.fetched_from(),
                lang.tag(),
            ));
            let over_time = (!props.shared_view).then(|| {
                over_time(
                    &q,
                    &answers,
                    &report,
                    OverTime {
                        kept: kept.clone(),
                        pick: pick.clone(),
                        pasted: pasted.clone(),
                        paste_error: paste_error.clone(),
                        file_error: file_error.clone(),
                        paste_box: paste_box.clone(),
                    },
                    lang,
                )
            });
            let (earlier, over_time) = over_time.unwrap_or_default();
            results(
                &ResultsProps {
                    earlier,
                    over_time,
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
                    opened: opened.0.clone(),
                    on_toggle: {
                        let opened = opened.clone();
                        Callback::from(move |toggled| opened.dispatch(toggled))
                    },
                    printing: *prints > 0,
                    lower: *lower,
                    on_print: {
                        let prints = prints.clone();
                        Callback::from(move |()| prints.set(*prints + 1))
                    },
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

/// Calls `then` in a task after the next frame is painted (an animation frame, then a
/// timeout); at once if the browser refuses either. A tab in the background paints no
/// frame: there `then` waits until the tab is shown.
fn after_next_paint(then: impl FnOnce() + 'static) {
    use std::cell::Cell;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    type Pending = Rc<Cell<Option<Box<dyn FnOnce()>>>>;
    let pending: Pending = Rc::new(Cell::new(Some(Box::new(then))));
    let run = {
        let pending = pending.clone();
        move || {
            if let Some(then) = pending.take() {
                then();
            }
        }
    };
    let Some(window) = web_sys::window() else {
        run();
        return;
    };
    let frame = {
        let (window, run) = (window.clone(), run.clone());
        Closure::once_into_js(move || {
            let task = Closure::once_into_js(run.clone());
            if window
                .set_timeout_with_callback(task.unchecked_ref())
                .is_err()
            {
                run();
            }
        })
    };
    if window
        .request_animation_frame(frame.unchecked_ref())
        .is_err()
    {
        run();
    }
}

/// The visitor's earlier results as the results screen holds them.
#[derive(Clone, PartialEq)]
struct Kept {
    /// Every stored entry, oldest first, this result's among them.
    entries: Vec<HistoryEntry>,
    /// This result's share code (canonical).
    current: String,
    /// What could not be read of the stored list.
    problem: Option<HistoryProblem>,
    /// Whether the list may be written.
    store: Option<HistoryStore>,
    /// Whether this result could not be stored.
    not_kept: bool,
    /// Whether results are kept (the visitor did not opt out).
    keeping: bool,
    /// What the visitor's last change of that choice did, in words.
    keep_notice: Option<String>,
}

/// An earlier result from elsewhere: a pasted share link or code, or a report file.
#[derive(Clone, PartialEq)]
struct Elsewhere {
    /// Its canonical share code.
    code: String,
    /// Its answers.
    answers: Answers,
    /// The report file's name, when it came from one.
    file: Option<String>,
}

impl Elsewhere {
    /// These answers, under their canonical code.
    fn new(q: &assessment::Questionnaire, answers: Answers, file: Option<String>) -> Self {
        Elsewhere {
            code: share::encode(q, &answers),
            answers,
            file,
        }
    }

    /// Makes this the earlier result compared with.
    fn choose(
        self,
        pick: &UseStateHandle<Option<String>>,
        pasted: &UseStateHandle<Option<Elsewhere>>,
    ) {
        pick.set(Some(self.code.clone()));
        pasted.set(Some(self));
    }
}

/// Reads the stored list and adds this result unless it is there already (a results screen
/// shown again keeps its first date) or the visitor chose to keep no results.
fn keep(namespace: &str, q: &Shared, answers: &Answers) -> Kept {
    let store = HistoryStore::new(namespace, q.id());
    let loaded = store.load();
    let keeping = !store.opted_out();
    let mut entries = loaded.history.entries;
    let entry = HistoryEntry::new(q, answers, crate::files::today());
    let current = entry.code.clone();
    let added = keeping && !entries.iter().any(|e| e.code == current);
    if added {
        history::push(&mut entries, entry);
    }
    // A damaged list was set aside whole: what was readable goes back under the key.
    let changed = added || loaded.history.problem.is_some();
    let not_kept = changed && !(loaded.writable && store.save(&entries));
    Kept {
        entries,
        current,
        problem: loaded.history.problem,
        store: loaded.writable.then_some(store),
        not_kept,
        keeping,
        keep_notice: None,
    }
}

/// A change the visitor makes to the list of earlier results, given the code it names.
type ListChange = dyn Fn(&mut Vec<HistoryEntry>, &str);

/// The state [`over_time`] reads and changes.
struct OverTime {
    kept: UseStateHandle<Option<Kept>>,
    pick: UseStateHandle<Option<String>>,
    pasted: UseStateHandle<Option<Elsewhere>>,
    paste_error: UseStateHandle<Option<String>>,
    file_error: UseStateHandle<Option<String>>,
    paste_box: NodeRef,
}

/// The earlier profile for the radar, and the sections "Since an earlier result" and "Your
/// earlier results".
fn over_time(
    q: &Shared,
    answers: &Answers,
    report: &assessment::report::Report,
    state: OverTime,
    lang: Lang,
) -> (Option<Series>, Html) {
    let (t, h) = (messages(lang), history_messages(lang));
    // Newest first, without the result on screen; each decoded when it can be.
    let earlier: Vec<(Earlier, Option<Answers>)> = (*state.kept)
        .iter()
        .flat_map(|kept| kept.entries.iter().rev().filter(|e| e.code != kept.current))
        .map(|e| {
            let decoded = e
                .is_for(q)
                .then(|| share::decode(q, &e.code).ok())
                .flatten();
            let score = decoded.as_ref().and_then(|a| report_score(q, a));
            (
                Earlier {
                    code: e.code.clone(),
                    date: e.date,
                    score,
                    other_revision: (!e.is_for(q)).then_some(e.revision),
                },
                decoded,
            )
        })
        .collect();
    let choices: Vec<Earlier> = earlier
        .iter()
        .filter(|(_, a)| a.is_some())
        .map(|(e, _)| e.clone())
        .collect();
    let pasted = (*state.pasted).clone();
    let chosen: Option<String> = (*state.pick)
        .clone()
        .filter(|code| {
            choices.iter().any(|e| &e.code == code)
                || pasted.as_ref().is_some_and(|p| &p.code == code)
        })
        .or_else(|| choices.first().map(|e| e.code.clone()));
    let (earlier_answers, series_label) =
        match (&chosen, &pasted) {
            (Some(code), Some(p)) if code == &p.code => (
                Some(p.answers.clone()),
                p.file.as_ref().map_or_else(
                    || h.progress_pasted_series.to_string(),
                    |name| fill(h.progress_file_series, &[("name", name)]),
                ),
            ),
            (Some(code), _) => earlier.iter().find(|(e, _)| &e.code == code).map_or(
                (None, String::new()),
                |(e, a)| {
                    (
                        a.clone(),
                        fill(h.progress_earlier_series, &[("date", &e.date.medium(lang))]),
                    )
                },
            ),
            (None, _) => (None, String::new()),
        };
    let comparison = earlier_answers.map(|before| compare(q, &before, answers));
    let series = comparison.as_ref().map(|c| Series {
        label: series_label,
        scores: report
            .dimensions
            .iter()
            .map(|d| {
                c.dimensions
                    .iter()
                    .find(|x| x.dimension == d.dimension)
                    .and_then(|x| x.score.earlier)
            })
            .collect(),
    });
    let on_choose = {
        let pick = state.pick.clone();
        Callback::from(move |code: String| pick.set(Some(code)))
    };
    let on_paste = {
        let (pick, pasted, error) = (
            state.pick.clone(),
            state.pasted.clone(),
            state.paste_error.clone(),
        );
        let (q, paste_box) = (q.clone(), state.paste_box.clone());
        Callback::from(move |()| {
            let text = paste_box
                .cast::<web_sys::HtmlInputElement>()
                .map(|input| input.value())
                .unwrap_or_default();
            match share::decode(&q, &text) {
                Ok(before) => {
                    Elsewhere::new(&q, before, None).choose(&pick, &pasted);
                    error.set(None);
                }
                Err(e) => error.set(Some(fill(
                    h.progress_paste_failed,
                    &[("reason", &e.message(lang))],
                ))),
            }
        })
    };
    let on_file = {
        let (pick, pasted, error) = (
            state.pick.clone(),
            state.pasted.clone(),
            state.file_error.clone(),
        );
        let q = q.clone();
        Callback::from(move |files: Vec<web_sys::File>| {
            let (pick, pasted, error, q) = (pick.clone(), pasted.clone(), error.clone(), q.clone());
            wasm_bindgen_futures::spawn_local(async move {
                // One earlier result: the first file, when several are dropped.
                let file = crate::files::read_all(files.into_iter().take(1).collect()).await;
                let Some(file) = file.into_iter().next() else {
                    return;
                };
                let read = match file.text {
                    Ok(text) => history::from_report_file(&q, &text).map_err(|e| e.message(lang)),
                    Err(FileError::TooBig) => Err(ReportFileError::TooLarge.message(lang)),
                    Err(FileError::NotText) => Err(ReportFileError::NotAReport.message(lang)),
                    Err(FileError::Unreadable) => Err(h.progress_file_unreadable.to_string()),
                };
                match read {
                    Ok(before) => {
                        Elsewhere::new(&q, before, Some(file.name)).choose(&pick, &pasted);
                        error.set(None);
                    }
                    Err(reason) => error.set(Some(fill(
                        h.progress_file_failed,
                        &[("name", &file.name), ("reason", &reason)],
                    ))),
                }
            });
        })
    };
    let on_keep = {
        let kept = state.kept.clone();
        let (q, answers) = (q.clone(), answers.clone());
        Callback::from(move |keeping: bool| {
            let Some(mut now) = (*kept).clone() else {
                return;
            };
            let Some(store) = now.store.clone() else {
                return;
            };
            let remembered = store.set_opted_out(!keeping);
            if keeping {
                history::push(
                    &mut now.entries,
                    HistoryEntry::new(&q, &answers, crate::files::today()),
                );
            } else {
                now.entries.clear();
            }
            now.not_kept = !store.save(&now.entries);
            now.keeping = keeping;
            now.keep_notice = Some(
                if !remembered {
                    h.history_keep_not_remembered
                } else if keeping {
                    h.history_keep_on_done
                } else {
                    h.history_keep_off_done
                }
                .to_string(),
            );
            kept.set(Some(now));
        })
    };
    let change_list = |change: Box<ListChange>| {
        let kept = state.kept.clone();
        Callback::from(move |code: String| {
            if let Some(mut now) = (*kept).clone() {
                change(&mut now.entries, &code);
                if let Some(store) = &now.store {
                    now.not_kept = !store.save(&now.entries);
                }
                kept.set(Some(now));
            }
        })
    };
    let current = (*state.kept)
        .as_ref()
        .map(|k| k.current.clone())
        .unwrap_or_default();
    let on_delete = change_list(Box::new(|entries, code| entries.retain(|e| e.code != code)));
    let on_delete_all = change_list(Box::new(move |entries, _| {
        entries.retain(|e| e.code == current)
    }))
    .reform(|()| String::new());
    let list: Vec<Earlier> = earlier.into_iter().map(|(e, _)| e).collect();
    let html = html! {
        <>
            { since_earlier(&SinceEarlier {
                questionnaire: q,
                choices: &choices,
                chosen: chosen.as_deref(),
                elsewhere: pasted.as_ref().map(|p| FromElsewhere {
                    code: &p.code,
                    file: p.file.as_deref(),
                }),
                comparison: comparison.as_ref(),
                paste_error: (*state.paste_error).clone(),
                file_error: (*state.file_error).clone(),
                id: "sc",
                paste_box: state.paste_box.clone(),
                on_choose,
                on_paste,
                on_file,
            }, t, h, lang) }
            { earlier_results(&EarlierResults {
                entries: &list,
                revision: q.revision(),
                problem: (*state.kept).as_ref().and_then(|k| k.problem).map(|p| p.message(lang)),
                not_kept: (*state.kept).as_ref().is_some_and(|k| k.not_kept),
                keeping: (*state.kept).as_ref().filter(|k| k.store.is_some()).map(|k| k.keeping),
                keep_notice: (*state.kept).as_ref().and_then(|k| k.keep_notice.clone()),
                on_keep,
                id: "sc",
                on_delete,
                on_delete_all,
            }, h, lang) }
        </>
    };
    (series, html)
}

/// An earlier result's overall score, when it has one.
fn report_score(q: &Shared, answers: &Answers) -> Option<u8> {
    report(q, answers).overall.map(|o| o.score)
}
