//! Translation side by side: every text of the questionnaire in each of its languages,
//! what is missing highlighted and counted, and a filter for what one language lacks.

use super::fields::{field_id, value_of, Ctx};
use super::state::edit;
use crate::i18n::fill;
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
                        <th scope="row"><code>{entry.path.clone()}</code></th>
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
