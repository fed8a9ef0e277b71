//! The results screen's progress over time (issue 18): the visitor's earlier results kept
//! in this browser, each with Delete, and what changed since the one chosen (or one pasted
//! from elsewhere: a pasted share link or a downloaded report file), and whether results
//! are kept at all. Plain functions given their data; the state is `ResultsPage`'s, and
//! every figure is the domain's `Comparison`.

use crate::i18n::{fill, HistoryMessages, Lang, Messages};
use crate::questionnaire::Shared;
use assessment::compare::{Change, Comparison};
use assessment::date::Date;
use assessment::RecommendationId;
use yew::prelude::*;

/// One earlier result as the list shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Earlier {
    /// Its share code (what Delete and the choice name it by).
    pub code: String,
    /// The day it was completed.
    pub date: Date,
    /// Its overall score, when its code opens with the current questionnaire and it has one.
    pub score: Option<u8>,
    /// The revision it answers, when that is not the current questionnaire's (it then
    /// cannot be compared here).
    pub other_revision: Option<u16>,
}

/// How an earlier result reads in the list and in the choice of what to compare with.
pub fn entry_label(
    entry: &Earlier,
    current_revision: u16,
    h: &HistoryMessages,
    lang: Lang,
) -> String {
    let date = entry.date.medium(lang);
    match (entry.other_revision, entry.score) {
        (Some(revision), _) => fill(
            h.history_entry_other_revision,
            &[
                ("date", &date),
                ("revision", &revision),
                ("current", &current_revision),
            ],
        ),
        (None, Some(score)) => fill(h.history_entry, &[("date", &date), ("score", &score)]),
        (None, None) => fill(h.history_entry_no_score, &[("date", &date)]),
    }
}

/// What [`earlier_results`] shows.
pub struct EarlierResults<'a> {
    /// The earlier results, newest first (the one on screen left out).
    pub entries: &'a [Earlier],
    /// The current questionnaire's revision.
    pub revision: u16,
    /// What could not be read of the stored list, in words.
    pub problem: Option<String>,
    /// Whether this result could not be added to the list.
    pub not_kept: bool,
    /// Whether results are kept in this browser (the visitor's choice), or `None` when
    /// storage cannot be used and there is nothing to choose.
    pub keeping: Option<bool>,
    /// What the last change of that choice did, in words.
    pub keep_notice: Option<String>,
    /// Keeps results (`true`) or stops keeping them and deletes those kept (`false`).
    pub on_keep: Callback<bool>,
    /// The widget's element id prefix.
    pub id: &'a str,
    /// Deletes the entry with this code.
    pub on_delete: Callback<String>,
    /// Deletes every earlier entry.
    pub on_delete_all: Callback<()>,
}

/// "Your earlier results": whether to keep them (a checkbox that says what it does), the
/// list with Delete and Delete all, or nothing when storage cannot be used and there is
/// nothing to say.
pub fn earlier_results(view: &EarlierResults, h: &HistoryMessages, lang: Lang) -> Html {
    if view.entries.is_empty() && view.problem.is_none() && !view.not_kept && view.keeping.is_none()
    {
        return Html::default();
    }
    let title = format!("{}-history-title", view.id);
    let keep_id = format!("{}-history-keep", view.id);
    let note_id = format!("{}-history-keep-note", view.id);
    let on_keep = view.on_keep.reform(|e: Event| {
        e.target_unchecked_into::<web_sys::HtmlInputElement>()
            .checked()
    });
    html! {
        <section class="sc-no-print" aria-labelledby={title.clone()}>
            <h3 class="sc-subheading" id={title}>{h.history_title}</h3>
            if let Some(keeping) = view.keeping {
                <div class="sc-field sc-keep">
                    <input type="checkbox" class="sc-keep__box" id={keep_id.clone()} checked={keeping}
                        aria-describedby={note_id.clone()} onchange={on_keep} />
                    <label class="sc-keep__label" for={keep_id}>{h.history_keep_label}</label>
                    <p class="sc-muted sc-keep__note" id={note_id}>
                        {if keeping { h.history_keep_on_note } else { h.history_keep_off_note }}
                    </p>
                </div>
            }
            <div role="status">
                if let Some(notice) = &view.keep_notice {
                    <p class="sc-notice">{notice.clone()}</p>
                }
            </div>
            if let Some(problem) = &view.problem {
                <p class="sc-notice" role="alert">{problem.clone()}</p>
            }
            if view.not_kept {
                <p class="sc-notice" role="status">{h.history_not_kept}</p>
            }
            if !view.entries.is_empty() {
                <p class="sc-muted">{h.history_lead}</p>
                <table class="sc-table">
                    <tbody>
                        { for view.entries.iter().map(|e| {
                            let code = e.code.clone();
                            let on_delete = view.on_delete.reform(move |_: MouseEvent| code.clone());
                            html! {
                                <tr>
                                    <td>{entry_label(e, view.revision, h, lang)}</td>
                                    <td class="sc-num">
                                        <button type="button" class="sc-button sc-button--quiet" onclick={on_delete}
                                            aria-label={fill(h.history_delete_label, &[("date", &e.date.medium(lang))])}>
                                            {h.history_delete}
                                        </button>
                                    </td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
                <div class="sc-actions">
                    <button type="button" class="sc-button" onclick={view.on_delete_all.reform(|_: MouseEvent| ())}>{h.history_delete_all}</button>
                </div>
            } else if view.keeping == Some(true) {
                <p class="sc-muted">{h.history_none}</p>
            }
        </section>
    }
}

/// What [`since_earlier`] shows.
pub struct SinceEarlier<'a> {
    /// The questionnaire (names of dimensions and recommendations).
    pub questionnaire: &'a Shared,
    /// The earlier results that can be compared, newest first.
    pub choices: &'a [Earlier],
    /// The code compared with now (an entry's, or the pasted one).
    pub chosen: Option<&'a str>,
    /// The result from elsewhere among the choices, if any (pasted or from a file).
    pub elsewhere: Option<FromElsewhere<'a>>,
    /// The comparison with the chosen result, if any.
    pub comparison: Option<&'a Comparison>,
    /// Why the pasted text could not be compared, in words.
    pub paste_error: Option<String>,
    /// Why the report file could not be compared, in words.
    pub file_error: Option<String>,
    /// The widget's element id prefix.
    pub id: &'a str,
    /// The box a visitor pastes an earlier result's link or code into.
    pub paste_box: NodeRef,
    /// Chooses the earlier result with this code.
    pub on_choose: Callback<String>,
    /// Reads the box.
    pub on_paste: Callback<()>,
    /// Reads a report file picked or dropped (the first one).
    pub on_file: Callback<Vec<web_sys::File>>,
}

/// An earlier result from elsewhere: its share code, and the name of the report file it
/// came from (`None`: pasted).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FromElsewhere<'a> {
    /// Its canonical share code.
    pub code: &'a str,
    /// The report file's name, when it came from one.
    pub file: Option<&'a str>,
}

/// "Since an earlier result": the choice of the earlier result, the change of the overall
/// score and of each dimension, the recommendations new, done and still open, and the box
/// and the file picker for a result from elsewhere.
pub fn since_earlier(view: &SinceEarlier, t: &Messages, h: &HistoryMessages, lang: Lang) -> Html {
    let q = view.questionnaire;
    let title = format!("{}-since-title", view.id);
    let select_id = format!("{}-since-choice", view.id);
    let paste_id = format!("{}-since-paste", view.id);
    let on_change = view.on_choose.reform(|e: Event| {
        e.target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value()
    });
    let on_submit = view.on_paste.reform(|e: SubmitEvent| e.prevent_default());
    let file_id = format!("{}-since-file", view.id);
    let on_file = view.on_file.reform(|e: Event| {
        let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
        let files = crate::files::take(input.files());
        // The same file can be chosen again after a change.
        input.set_value("");
        files
    });
    let on_drop = view.on_file.reform(|e: DragEvent| {
        e.prevent_default();
        crate::files::take(e.data_transfer().and_then(|d| d.files()))
    });
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
    let choosing = !view.choices.is_empty() || view.elsewhere.is_some();
    let compared_file = view
        .elsewhere
        .filter(|e| view.chosen == Some(e.code) && view.file_error.is_none())
        .and_then(|e| e.file);
    html! {
        <section class="sc-no-print" aria-labelledby={title.clone()}>
            <h3 class="sc-subheading" id={title}>{h.progress_title}</h3>
            if choosing {
                <p class="sc-muted">{h.progress_lead}</p>
                <div class="sc-field">
                    <label class="sc-field__label" for={select_id.clone()}>{h.progress_select_label}</label>
                    <select class="sc-select" id={select_id} onchange={on_change}>
                        { for view.choices.iter().map(|e| html! {
                            <option value={e.code.clone()} selected={view.chosen == Some(e.code.as_str())}>
                                {entry_label(e, q.revision(), h, lang)}
                            </option>
                        }) }
                        if let Some(e) = view.elsewhere {
                            <option value={e.code.to_string()} selected={view.chosen == Some(e.code)}>
                                {e.file.map_or_else(|| h.progress_pasted_option.to_string(), |name| fill(h.progress_file_option, &[("name", &name)]))}
                            </option>
                        }
                    </select>
                </div>
            }
            if let Some(c) = view.comparison {
                { comparison(c, q, t, h, lang) }
            }
            <form class="sc-field" onsubmit={on_submit}>
                <label class="sc-field__label" for={paste_id.clone()}>{h.progress_paste_label}</label>
                <input id={paste_id} class="sc-share-url" type="text" ref={view.paste_box.clone()} autocomplete="off" />
                if let Some(reason) = &view.paste_error {
                    <p class="sc-notice sc-notice--error" role="alert">{reason.clone()}</p>
                }
                <div class="sc-actions">
                    <button type="submit" class="sc-button">{h.progress_paste_button}</button>
                </div>
            </form>
            <div class="sc-field sc-file-drop" ondrop={on_drop} ondragover={on_drag_over}>
                <label class="sc-field__label" for={file_id.clone()}>{h.progress_file_label}</label>
                <input id={file_id} class="sc-file-drop__input" type="file" accept=".json,application/json" onchange={on_file} />
                if let Some(reason) = &view.file_error {
                    <p class="sc-notice sc-notice--error" role="alert">{reason.clone()}</p>
                }
                // Announced when a file is compared (its error says so otherwise).
                <div role="status">
                    if let Some(name) = compared_file {
                        <p class="sc-muted">{fill(h.progress_file_compared, &[("name", &name)])}</p>
                    }
                </div>
            </div>
        </section>
    }
}

/// A change in words: "up 5", "down 3", "no change", or why there is none.
fn change_text(change: &Change, h: &HistoryMessages) -> String {
    match change.change {
        Some(n) if n > 0 => fill(h.progress_up, &[("n", &n)]),
        Some(n) if n < 0 => fill(h.progress_down, &[("n", &n.unsigned_abs())]),
        Some(_) => h.progress_same.to_string(),
        None => h.progress_unknown.to_string(),
    }
}

/// The comparison itself.
fn comparison(c: &Comparison, q: &Shared, t: &Messages, h: &HistoryMessages, lang: Lang) -> Html {
    let score = |s: Option<u8>| s.map_or(t.none.to_string(), |s| s.to_string());
    let name =
        |id: &assessment::DimensionId| q.dimension(id).map_or(String::new(), |d| d.name.clone());
    let differ: Vec<String> = c
        .dimensions
        .iter()
        .filter(|d| !d.same_questions)
        .map(|d| name(&d.dimension))
        .collect();
    let recommendations = |title: &'static str, ids: &[RecommendationId]| {
        if ids.is_empty() {
            return Html::default();
        }
        html! {
            <>
                <h4 class="sc-detail-heading">{title}</h4>
                <ul>
                    { for ids.iter().filter_map(|id| q.recommendation(id)).map(|r| html! {
                        <li>{r.title.clone()}{format!(" ({})", name(&r.dimension))}</li>
                    }) }
                </ul>
            </>
        }
    };
    html! {
        <div class="sc-comparison">
            if let Some(note) = c.revision_note(lang) {
                <p class="sc-notice">{note}</p>
            }
            <p>{fill(h.progress_overall, &[
                ("earlier", &score(c.overall.earlier)),
                ("later", &score(c.overall.later)),
                ("change", &change_text(&c.overall, h)),
            ])}</p>
            <table class="sc-table">
                <caption>{h.progress_caption}</caption>
                <thead><tr>
                    <th scope="col">{t.dimension}</th>
                    <th scope="col" class="sc-num">{h.progress_then}</th>
                    <th scope="col" class="sc-num">{h.progress_now}</th>
                    <th scope="col">{h.progress_change}</th>
                </tr></thead>
                <tbody>
                    { for c.dimensions.iter().map(|d| html! {
                        <tr>
                            <th scope="row">{name(&d.dimension)}</th>
                            <td class="sc-num">{score(d.score.earlier)}</td>
                            <td class="sc-num">{score(d.score.later)}</td>
                            <td>{change_text(&d.score, h)}</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            if !differ.is_empty() {
                <p class="sc-muted">{fill(h.progress_other_questions, &[("dimensions", &lang.and_list(&differ))])}</p>
            }
            { recommendations(h.progress_new, &c.recommendations.new) }
            { recommendations(h.progress_done, &c.recommendations.done) }
            { recommendations(h.progress_open, &c.recommendations.open) }
        </div>
    }
}
