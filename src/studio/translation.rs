//! Translation side by side: every text of the questionnaire in each of its languages,
//! what is missing highlighted and counted, and a filter for what one language lacks.

use super::fields::{field_id, value_of, Ctx};
use super::messages::StudioMessages;
use super::state::edit;
use crate::i18n::fill;
use assessment::format::Document;
use yew::prelude::*;

/// The translation table, showing every text or, with `only_missing`, the texts that
/// language lacks.
pub fn translation(
    ctx: &Ctx,
    only_missing: Option<&str>,
    on_filter: Callback<Option<String>>,
) -> Html {
    let m = ctx.m;
    let document = &ctx.document;
    let languages = &ctx.languages;
    let texts = document.texts();
    let missing = document.missing();
    let counts = missing.iter().map(|x| {
        html! {
            <li class={classes!("sc-studio-count", (x.count > 0).then_some("sc-studio-count--missing"))}>
                {fill(if x.count == 1 { m.missing_one } else { m.missing_many }, &[("n", &x.count), ("language", &x.language)])}
            </li>
        }
    });
    let filter_options = std::iter::once(html! {
        <option value="" selected={only_missing.is_none()}>{m.show_all_texts}</option>
    })
    .chain(languages.iter().map(|lang| {
        html! {
            <option value={lang.clone()} selected={only_missing == Some(lang.as_str())}>
                {fill(m.show_missing_in, &[("language", lang)])}
            </option>
        }
    }));
    let onchange = Callback::from(move |event: Event| {
        let value = value_of(&event);
        on_filter.emit((!value.is_empty()).then_some(value));
    });
    let rows: Vec<Html> =
        texts
            .iter()
            .filter(|entry| only_missing.is_none_or(|lang| document.lacks(entry, lang)))
            .map(|entry| {
                let cells = languages.iter().map(|lang| {
                let value = document.text(&entry.path, lang);
                let lacks = document.lacks(entry, lang);
                let id = field_id(&format!("t{}.{lang}", entry.path));
                let oninput = {
                    let (store, path, lang) = (ctx.store.clone(), entry.path.clone(), lang.clone());
                    Callback::from(move |event: InputEvent| {
                        let value = value_of(&event);
                        let (path, lang) = (path.clone(), lang.clone());
                        edit(&store, Some(format!("{path}.{lang}")), move |d| {
                            d.set_text(&path, &lang, &value);
                        });
                    })
                };
                let label = fill(m.text_in_language, &[("field", &entry.path), ("language", lang)]);
                html! {
                    <td class={classes!(lacks.then_some("sc-studio-cell--missing"))}>
                        <label class="sc-studio-visually-hidden" for={id.clone()}>{label}</label>
                        <textarea id={id} lang={lang.clone()} rows="2" value={value} {oninput} />
                        if lacks {
                            <span class="sc-studio-badge">{m.missing}</span>
                        }
                    </td>
                }
            });
                html! {
                    <tr>
                        <th scope="row">
                            {place(document, &entry.path, m)}
                            <code class="sc-studio-path">{entry.path.clone()}</code>
                        </th>
                        {for cells}
                    </tr>
                }
            })
            .collect();
    let empty = rows.is_empty();
    html! {
        <>
            <ul class="sc-studio-counts" aria-live="polite">{for counts}</ul>
            <div class="sc-studio-field">
                <label for="sc-studio-translation-filter">{m.filter}</label>
                <select id="sc-studio-translation-filter" {onchange}>{for filter_options}</select>
            </div>
            if empty {
                <p class="sc-studio-hint">{m.nothing_missing}</p>
            } else {
                <div class="sc-studio-table-wrap">
                    <table class="sc-studio-table">
                        <caption class="sc-studio-visually-hidden">{m.translation}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{m.text_column}</th>
                                {for languages.iter().map(|l| html! { <th scope="col">{l.clone()}</th> })}
                            </tr>
                        </thead>
                        <tbody>{for rows}</tbody>
                    </table>
                </div>
            }
        </>
    }
}

/// Where a text is, in words: "Question 2: lessons, Answer for level 3".
fn place(document: &Document, path: &str, m: &StudioMessages) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut list = "";
    let mut outer = 0usize;
    for segment in path.trim_start_matches("$.").split('.') {
        let (name, index) = match segment.split_once('[') {
            Some((name, rest)) => (name, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (segment, None),
        };
        let Some(i) = index else {
            parts.push(
                match name {
                    "title" => m.title,
                    "intro" => m.intro,
                    "name" => m.name,
                    "description" => m.description,
                    "gap_meaning" => m.gap_meaning,
                    "prompt" => m.prompt,
                    "help" => m.help,
                    "label" => m.label,
                    "action" => m.action,
                    "first_step" => m.first_step,
                    "text" => m.methodology_text,
                    "methodology" => m.section_methodology,
                    other => other,
                }
                .to_string(),
            );
            continue;
        };
        let n = i + 1;
        let id = |ids: Vec<&str>| ids.get(i).map(|s| s.to_string()).unwrap_or_default();
        parts.push(match name {
            "scale" => fill(m.level_n, &[("n", &n)]),
            "dimensions" => fill(
                m.dimension_n,
                &[
                    ("n", &n),
                    (
                        "id",
                        &id(document.dimensions.iter().map(|x| x.id.as_str()).collect()),
                    ),
                ],
            ),
            "questions" => fill(
                m.question_n,
                &[
                    ("n", &n),
                    (
                        "id",
                        &id(document.questions.iter().map(|x| x.id.as_str()).collect()),
                    ),
                ],
            ),
            "profile" => fill(
                m.profile_n,
                &[
                    ("n", &n),
                    (
                        "id",
                        &id(document
                            .profile
                            .iter()
                            .flatten()
                            .map(|x| x.id.as_str())
                            .collect()),
                    ),
                ],
            ),
            "recommendations" => fill(
                m.recommendation_n,
                &[
                    ("n", &n),
                    (
                        "id",
                        &id(document
                            .recommendations
                            .iter()
                            .map(|x| x.id.as_str())
                            .collect()),
                    ),
                ],
            ),
            "models" => fill(
                m.model_n,
                &[
                    ("n", &n),
                    (
                        "id",
                        &id(document
                            .models
                            .iter()
                            .flatten()
                            .map(|x| x.id.as_str())
                            .collect()),
                    ),
                ],
            ),
            "sources" => fill(m.source_n, &[("n", &n)]),
            "options" if list == "questions" => fill(m.answer_at_level, &[("n", &n)]),
            "options" => {
                let option = document
                    .profile
                    .iter()
                    .flatten()
                    .nth(outer)
                    .and_then(|p| p.options.get(i))
                    .map(|o| o.id.clone())
                    .unwrap_or_default();
                fill(m.answer_n, &[("n", &n), ("id", &option)])
            }
            other => format!("{other} {n}"),
        });
        if name != "options" {
            list = name;
            outer = i;
        }
    }
    parts.join(", ")
}
