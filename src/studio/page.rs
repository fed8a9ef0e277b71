//! `StudioPage`, the studio's root component: the open screen, the toolbar (open, undo,
//! redo, the studio's language), the section navigation, the problems of the draft, the
//! section's form and the live preview. It owns the one store (`state.rs`), saves every
//! change as the draft in this browser, and warns before the page is left with changes
//! not yet exported.

use super::fields::{field_id, value_of, Ctx};
use super::messages::{studio_messages, StudioMessages};
use super::preview::Preview;
use super::sections;
use super::state::{Action, Notice, Origin, Section, Store, Studio};
use super::translation::translation;
use crate::files;
use crate::i18n::{fill, Lang};
use crate::storage;
use assessment::format::document::OpenError;
use assessment::format::{Document, STARTER_JSON};
use assessment::validate::Problem;
use assessment::Questionnaire;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What the saved draft held when the studio started.
#[derive(Clone, PartialEq)]
enum Draft {
    None,
    Found(Rc<Document>),
    /// Unreadable; whether a copy was kept.
    Unreadable(bool),
}

fn saved_draft() -> Draft {
    let Some(text) = storage::read_draft() else {
        return Draft::None;
    };
    match Document::read(&text) {
        Ok(document) => Draft::Found(Rc::new(document)),
        Err(_) => Draft::Unreadable(storage::set_draft_aside(&text)),
    }
}

fn browser_lang() -> Lang {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .and_then(|tag| Lang::find(&tag))
        .unwrap_or(Lang::En)
}

/// Opens `text` (a file's, the built-in's, the starter's), or says why it cannot be.
fn open_text(store: &Store, text: &str, origin: Origin) {
    if let (Some(current), true) = (&store.document, store.unsaved) {
        // The draft about to be replaced stays in this browser as well as in undo.
        storage::set_draft_aside(&current.write());
    }
    let name = match &origin {
        Origin::File(name) => name.clone(),
        _ => String::new(),
    };
    match Document::read(text) {
        Ok(document) => store.dispatch(Action::Open(Box::new(document), origin)),
        Err(OpenError::Syntax(message)) => {
            store.dispatch(Action::Say(Some(Notice::CannotOpen(name, vec![message]))))
        }
        Err(OpenError::Shape) => {
            let problems = match Questionnaire::check_in(text, &[]) {
                Err(problems) => problems.iter().map(Problem::to_string).collect(),
                Ok(_) => Vec::new(),
            };
            store.dispatch(Action::Say(Some(Notice::CannotOpen(name, problems))));
        }
    }
}

/// Opens the first of the files picked or dropped.
fn open_files(store: &Store, list: Option<web_sys::FileList>) {
    let taken = files::take(list);
    if taken.is_empty() {
        return;
    }
    let store = store.clone();
    wasm_bindgen_futures::spawn_local(async move {
        if let Some(file) = files::read_all(taken).await.into_iter().next() {
            match file.text {
                Ok(text) => open_text(&store, &text, Origin::File(file.name)),
                Err(_) => store.dispatch(Action::Say(Some(Notice::CannotOpen(
                    file.name,
                    vec![studio_messages(store.lang).file_unreadable.to_string()],
                )))),
            }
        }
    });
}

/// The element ids a problem at `path` may belong to, the closest first: the field, the
/// field in the first language, then the item around it.
fn focus_candidates(path: &str, languages: &[String]) -> Vec<String> {
    let mut out = vec![field_id(path)];
    out.extend(languages.iter().map(|l| field_id(&format!("{path}.{l}"))));
    let mut rest = path.to_string();
    while let Some(cut) = rest.rfind(['.', '[']) {
        rest.truncate(cut);
        out.push(field_id(&rest));
        out.extend(languages.iter().map(|l| field_id(&format!("{rest}.{l}"))));
    }
    out
}

fn focus_first(ids: &[String]) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    for id in ids {
        if let Some(element) = document
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let focusable = matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT");
            if !focusable {
                element.set_tab_index(-1);
            }
            let _ = element.focus();
            element.scroll_into_view();
            return;
        }
    }
}

/// The studio.
#[component]
pub fn StudioPage() -> Html {
    let store = use_reducer(|| Studio::new(browser_lang()));
    let draft = use_memo((), |()| saved_draft());
    let filter = use_state(|| None::<String>);
    let m = studio_messages(store.lang);

    // The draft that could not be read is said once.
    {
        let store = store.clone();
        let draft = draft.clone();
        use_effect_with((), move |()| {
            if let Draft::Unreadable(kept) = *draft {
                store.dispatch(Action::Say(Some(Notice::DraftUnreadable(kept))));
            }
        });
    }
    // Every change is saved as the draft.
    {
        let store = store.clone();
        use_effect_with(store.document.clone(), move |document| {
            if let Some(document) = document {
                if !storage::write_draft(&document.write()) {
                    store.dispatch(Action::Say(Some(Notice::DraftNotSaved)));
                }
            }
        });
    }
    // Leaving with changes not exported asks first.
    use_effect_with(store.unsaved, |unsaved| {
        let listener = unsaved.then(|| {
            web_sys::window().map(|window| {
                gloo::events::EventListener::new(&window, "beforeunload", |event| {
                    event.prevent_default();
                    let _ = js_sys::Reflect::set(event, &"returnValue".into(), &"".into());
                })
            })
        });
        move || drop(listener)
    });
    // Undo and redo from the keyboard, anywhere on the page.
    {
        let store = store.clone();
        use_effect_with((), move |()| {
            let listener = web_sys::window().map(|window| {
                gloo::events::EventListener::new(&window, "keydown", move |event| {
                    let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    if !(key.ctrl_key() || key.meta_key()) {
                        return;
                    }
                    let action = match (key.key().to_ascii_lowercase().as_str(), key.shift_key()) {
                        ("z", false) => Action::Undo,
                        ("z", true) | ("y", false) => Action::Redo,
                        _ => return,
                    };
                    event.prevent_default();
                    store.dispatch(action);
                })
            });
            move || drop(listener)
        });
    }
    let languages = store
        .document
        .as_ref()
        .map(|d| d.language_tags())
        .unwrap_or_default();
    // A problem chosen: focus its field once the section is drawn.
    {
        let languages = languages.clone();
        use_effect_with(store.focus.clone(), move |focus| {
            if let Some((path, _)) = focus {
                focus_first(&focus_candidates(path, &languages));
            }
        });
    }
    let text: Option<Rc<str>> = store.document.as_ref().map(|d| Rc::from(d.write()));
    let checked = {
        let text = text.clone();
        let first = languages.first().cloned().unwrap_or_default();
        use_memo(text, move |text| {
            text.as_ref()
                .map(|t| Questionnaire::check_in(t, &[first.as_str()]).map(Rc::new))
        })
    };

    let on_drop = {
        let store = store.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            open_files(&store, event.data_transfer().and_then(|d| d.files()));
        })
    };
    let on_drag_over = Callback::from(|event: DragEvent| event.prevent_default());

    let body = match (&store.document, &*checked) {
        (Some(document), Some(checked)) => {
            let ctx = Ctx {
                store: store.clone(),
                document: document.clone(),
                m,
                languages: languages.clone(),
            };
            let problems: &[Problem] = match checked {
                Ok(_) => &[],
                Err(problems) => problems,
            };
            let questionnaire = checked.as_ref().ok().cloned();
            let on_filter = {
                let filter = filter.clone();
                Callback::from(move |value| filter.set(value))
            };
            let form = match store.section {
                Section::General => sections::general(&ctx),
                Section::Scale => sections::scale(&ctx),
                Section::Dimensions => sections::dimensions(&ctx),
                Section::Questions => sections::questions(&ctx),
                Section::Profile => sections::profile(&ctx),
                Section::Recommendations => sections::recommendations(&ctx),
                Section::Models => sections::models(&ctx),
                Section::Methodology => sections::methodology(&ctx),
                Section::Translation => translation(&ctx, filter.as_deref(), on_filter),
                Section::Export => export(&store, m, document, problems.len()),
            };
            html! {
                <div class="sc-studio-workspace">
                    {navigation(&store, m, document)}
                    <main class="sc-studio-form" id="sc-studio-main" aria-labelledby="sc-studio-section-title">
                        {problems_panel(&store, m, problems)}
                        <h2 class="sc-studio-heading" id="sc-studio-section-title">{section_name(m, store.section)}</h2>
                        {form}
                    </main>
                    <Preview
                        text={text.clone().unwrap_or_else(|| Rc::from(""))}
                        {questionnaire}
                        languages={Rc::new(languages.clone())}
                        lang={store.lang}
                    />
                </div>
            }
        }
        _ => open_screen(&store, m, &draft),
    };

    html! {
        <div class="sc-studio" lang={store.lang.tag()} ondrop={on_drop} ondragover={on_drag_over}>
            <a class="sc-studio-skip" href="#sc-studio-main">{m.skip_to_form}</a>
            <header class="sc-studio-bar">
                <h1 class="sc-studio-title">{m.studio_title}</h1>
                {toolbar(&store, m)}
            </header>
            {notice(&store, m)}
            {body}
        </div>
    }
}

fn toolbar(store: &Store, m: &'static StudioMessages) -> Html {
    let open = |text: &'static str, json: &'static str, origin: Origin| {
        let store = store.clone();
        let onclick = Callback::from(move |_: MouseEvent| open_text(&store, json, origin.clone()));
        html! { <button type="button" class="sc-studio-button" {onclick}>{text}</button> }
    };
    let on_file = {
        let store = store.clone();
        Callback::from(move |event: Event| {
            let input = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
            if let Some(input) = input {
                open_files(&store, input.files());
                input.set_value("");
            }
        })
    };
    let undo = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(Action::Undo))
    };
    let redo = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(Action::Redo))
    };
    let on_lang = {
        let store = store.clone();
        Callback::from(move |event: Event| {
            if let Some(lang) = Lang::find(&value_of(&event)) {
                store.dispatch(Action::Language(lang));
            }
        })
    };
    let has_document = store.document.is_some();
    html! {
        <div class="sc-studio-toolbar" role="toolbar" aria-label={m.toolbar}>
            {open(m.open_built_in, assessment::BUILT_IN_JSON, Origin::BuiltIn)}
            {open(m.open_starter, STARTER_JSON, Origin::Starter)}
            <label class="sc-studio-button sc-studio-file">
                {m.open_file}
                <input type="file" accept=".json,application/json" class="sc-studio-file__input" onchange={on_file} />
            </label>
            if has_document {
                <button type="button" class="sc-studio-button" onclick={undo} disabled={store.undo.is_empty()}
                    aria-keyshortcuts="Control+Z">{m.undo}</button>
                <button type="button" class="sc-studio-button" onclick={redo} disabled={store.redo.is_empty()}
                    aria-keyshortcuts="Control+Shift+Z">{m.redo}</button>
                <span class="sc-studio-status" role="status">
                    {if store.unsaved { m.status_unsaved } else { m.status_saved }}
                </span>
            }
            <div class="sc-studio-field sc-studio-field--inline">
                <label for="sc-studio-lang">{m.studio_language}</label>
                <select id="sc-studio-lang" onchange={on_lang}>
                    {for Lang::ALL.iter().map(|l| html! {
                        <option value={l.tag()} selected={*l == store.lang}>{l.name()}</option>
                    })}
                </select>
            </div>
        </div>
    }
}

fn open_screen(store: &Store, m: &'static StudioMessages, draft: &Draft) -> Html {
    let resume = match draft {
        Draft::Found(document) => {
            let store = store.clone();
            let document = document.clone();
            let title = document.text(
                "$.title",
                &document
                    .language_tags()
                    .first()
                    .cloned()
                    .unwrap_or_default(),
            );
            let onclick = Callback::from(move |_: MouseEvent| {
                store.dispatch(Action::Open(Box::new((*document).clone()), Origin::Draft));
            });
            html! {
                <p>
                    <button type="button" class="sc-studio-button sc-studio-button--primary" {onclick}>
                        {fill(m.open_draft, &[("title", &title)])}
                    </button>
                </p>
            }
        }
        _ => html! {},
    };
    html! {
        <main class="sc-studio-open" id="sc-studio-main" aria-labelledby="sc-studio-open-title">
            <h2 class="sc-studio-heading" id="sc-studio-open-title">{m.open_title}</h2>
            <p>{m.open_lead}</p>
            {resume}
            <p class="sc-studio-drop">{m.drop_here}</p>
        </main>
    }
}

fn section_name(m: &'static StudioMessages, section: Section) -> &'static str {
    match section {
        Section::General => m.section_general,
        Section::Scale => m.section_scale,
        Section::Dimensions => m.section_dimensions,
        Section::Questions => m.section_questions,
        Section::Profile => m.section_profile,
        Section::Recommendations => m.section_recommendations,
        Section::Models => m.section_models,
        Section::Methodology => m.section_methodology,
        Section::Translation => m.translation,
        Section::Export => m.section_export,
    }
}

fn navigation(store: &Store, m: &'static StudioMessages, document: &Document) -> Html {
    let missing: usize = document.missing().iter().map(|x| x.count).sum();
    let items = Section::ALL.iter().map(|section| {
        let section = *section;
        let count = match section {
            Section::Dimensions => Some(document.dimensions.len()),
            Section::Questions => Some(document.questions.len()),
            Section::Profile => Some(document.profile.as_ref().map_or(0, Vec::len)),
            Section::Recommendations => Some(document.recommendations.len()),
            Section::Models => Some(document.models.as_ref().map_or(0, Vec::len)),
            _ => None,
        };
        let onclick = {
            let store = store.clone();
            Callback::from(move |_: MouseEvent| store.dispatch(Action::Show(section)))
        };
        let current = store.section == section;
        html! {
            <li>
                <button type="button" class={classes!("sc-studio-nav__item", current.then_some("sc-studio-nav__item--current"))}
                    aria-current={current.then_some("page")} {onclick}>
                    {section_name(m, section)}
                    if let Some(n) = count {
                        <span class="sc-studio-nav__count">{n.to_string()}</span>
                    }
                    if section == Section::Translation && missing > 0 {
                        <span class="sc-studio-nav__count sc-studio-nav__count--missing">
                            {fill(m.missing_count, &[("n", &missing)])}
                        </span>
                    }
                </button>
            </li>
        }
    });
    html! {
        <nav class="sc-studio-nav" aria-label={m.sections}>
            <ul>{for items}</ul>
        </nav>
    }
}

fn problems_panel(store: &Store, m: &'static StudioMessages, problems: &[Problem]) -> Html {
    if problems.is_empty() {
        return html! {
            <div class="sc-studio-problems sc-studio-problems--none" role="status">
                <p>{m.no_problems}</p>
            </div>
        };
    }
    let items = problems.iter().map(|problem| {
        let onclick = {
            let store = store.clone();
            let path = problem.path.clone();
            Callback::from(move |_: MouseEvent| store.dispatch(Action::Focus(path.clone())))
        };
        html! {
            <li>
                <button type="button" class="sc-studio-problem" {onclick}>
                    <code>{problem.path.clone()}</code>{": "}{problem.message.clone()}
                </button>
            </li>
        }
    });
    let count = problems.len();
    html! {
        <details class="sc-studio-problems" open=true>
            <summary>
                <span aria-live="polite">
                    {fill(if count == 1 { m.problems_one } else { m.problems_many }, &[("n", &count)])}
                </span>
            </summary>
            <p class="sc-studio-hint">{m.problems_hint}</p>
            <ol>{for items}</ol>
        </details>
    }
}

fn notice(store: &Store, m: &'static StudioMessages) -> Html {
    let Some(notice) = &store.notice else {
        return html! {};
    };
    let (text, list, error): (String, Vec<String>, bool) = match notice {
        Notice::CannotOpen(name, reasons) => (
            if name.is_empty() {
                m.cannot_open.to_string()
            } else {
                fill(m.cannot_open_file, &[("name", name)])
            },
            reasons.clone(),
            true,
        ),
        Notice::DraftUnreadable(true) => (m.draft_unreadable_kept.to_string(), Vec::new(), true),
        Notice::DraftUnreadable(false) => (m.draft_unreadable_lost.to_string(), Vec::new(), true),
        Notice::DraftNotSaved => (m.draft_not_saved.to_string(), Vec::new(), true),
        Notice::IdTaken(id) => (fill(m.id_taken, &[("id", id)]), Vec::new(), true),
        Notice::Exported(name) => (fill(m.exported, &[("name", name)]), Vec::new(), false),
        Notice::Opened(origin) => (
            match origin {
                Origin::BuiltIn => m.opened_built_in.to_string(),
                Origin::Starter => m.opened_starter.to_string(),
                Origin::Draft => m.opened_draft.to_string(),
                Origin::File(name) => fill(m.opened_file, &[("name", name)]),
            },
            Vec::new(),
            false,
        ),
    };
    let close = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.dispatch(Action::Say(None)))
    };
    html! {
        <div class={classes!("sc-studio-notice", error.then_some("sc-studio-notice--error"))}
            role={if error { "alert" } else { "status" }}>
            <p>{text}</p>
            if !list.is_empty() {
                <ul>{for list.into_iter().map(|reason| html! { <li>{reason}</li> })}</ul>
            }
            <button type="button" class="sc-studio-button sc-studio-button--small" onclick={close}>{m.dismiss}</button>
        </div>
    }
}

fn export(store: &Store, m: &'static StudioMessages, document: &Document, problems: usize) -> Html {
    let text = document.write();
    let name = format!(
        "{}.json",
        if document.id.is_empty() {
            "questionnaire"
        } else {
            &document.id
        }
    );
    let download = {
        let (store, text, name) = (store.clone(), text.clone(), name.clone());
        Callback::from(move |_: MouseEvent| {
            files::download(&name, "application/json", &text);
            store.dispatch(Action::Exported(name.clone()));
        })
    };
    let snippet = format!(
        "<script type=\"module\" src=\"/silo-check/silo-check.js\"></script>\n<div data-silo-check data-questionnaire=\"/silo-check/questionnaires/{name}\"></div>"
    );
    html! {
        <>
            if problems > 0 {
                <p class="sc-studio-notice sc-studio-notice--error">{fill(m.export_with_problems, &[("n", &problems)])}</p>
            }
            <p>
                <button type="button" class="sc-studio-button sc-studio-button--primary" onclick={download}>
                    {fill(m.download, &[("name", &name)])}
                </button>
            </p>
            <div class="sc-studio-field">
                <label for="sc-studio-export-file">{m.export_file}</label>
                <textarea id="sc-studio-export-file" class="sc-studio-code" readonly=true rows="12" value={text} />
            </div>
            <div class="sc-studio-field">
                <label for="sc-studio-export-snippet">{m.export_snippet}</label>
                <textarea id="sc-studio-export-snippet" class="sc-studio-code" readonly=true rows="3" value={snippet} />
            </div>
            <p>{m.export_snippet_hint}{" "}<a href="../configurator/">{m.configurator_link}</a></p>
        </>
    }
}
