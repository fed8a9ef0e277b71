//! The form's parts: a text in every language side by side, numbers, ids, choices, and
//! the controls of an item in a list (move, duplicate, remove). Each field's element id
//! is made from its JSON path ([`field_id`]), so that choosing a problem can focus it.

use super::messages::StudioMessages;
use super::state::{edit, Store};
use crate::i18n::fill;
use assessment::format::Document;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What every part of the form needs: the store, the document, the words.
#[derive(Clone)]
pub struct Ctx {
    /// The studio's store.
    pub store: Store,
    /// The document shown.
    pub document: Rc<Document>,
    /// The studio's words.
    pub m: &'static StudioMessages,
    /// The document's languages, the default first.
    pub languages: Vec<String>,
}

/// The element id of the field at a JSON path (`$.questions[2].prompt.de`).
pub fn field_id(path: &str) -> String {
    let mut id = String::from("sc-f");
    for c in path.chars() {
        id.push(if c.is_ascii_alphanumeric() { c } else { '-' });
    }
    id
}

/// The value of the input, text area or select an event came from.
pub fn value_of(event: &Event) -> String {
    let Some(target) = event.target() else {
        return String::new();
    };
    if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        return input.value();
    }
    if let Some(area) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        return area.value();
    }
    if let Some(select) = target.dyn_ref::<web_sys::HtmlSelectElement>() {
        return select.value();
    }
    String::new()
}

/// Whether the checkbox an event came from is checked.
pub fn checked_of(event: &Event) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|input| input.checked())
}

/// A text for people in every language of the document, side by side, each with its own
/// label; an empty one is marked as missing (unless `optional` and empty in all).
pub fn text_field(ctx: &Ctx, path: &str, label: &str, long: bool, optional: bool) -> Html {
    let document = &ctx.document;
    let values: Vec<(String, String)> = ctx
        .languages
        .iter()
        .map(|lang| (lang.clone(), document.text(path, lang)))
        .collect();
    let any = values.iter().any(|(_, v)| !v.trim().is_empty());
    let several = ctx.languages.len() > 1;
    let inputs = values.into_iter().map(|(lang, value)| {
        let id = if several {
            field_id(&format!("{path}.{lang}"))
        } else {
            field_id(path)
        };
        let missing = value.trim().is_empty() && (!optional || any);
        let oninput = {
            let (store, path, lang) = (ctx.store.clone(), path.to_string(), lang.clone());
            Callback::from(move |event: InputEvent| {
                let value = value_of(&event);
                let (path, lang) = (path.clone(), lang.clone());
                edit(&store, Some(format!("{path}.{lang}")), move |d| {
                    d.set_text(&path, &lang, &value);
                });
            })
        };
        let class = classes!(
            "sc-studio-text",
            missing.then_some("sc-studio-text--missing")
        );
        let name = if several {
            fill(
                ctx.m.text_in_language,
                &[("field", &label), ("language", &lang)],
            )
        } else {
            label.to_string()
        };
        html! {
            <div {class}>
                <label for={id.clone()}>
                    {name}
                    if missing {
                        {" "}
                        <span class="sc-studio-badge">{ctx.m.missing}</span>
                    }
                </label>
                if long {
                    <textarea id={id} lang={lang.clone()} rows="3" value={value} {oninput} />
                } else {
                    <input id={id} lang={lang.clone()} type="text" value={value} {oninput} />
                }
            </div>
        }
    });
    html! {
        <fieldset class="sc-studio-texts">
            <legend>{label}{optional.then_some(ctx.m.optional_suffix)}</legend>
            <div class="sc-studio-texts__row">{for inputs}</div>
        </fieldset>
    }
}

/// A whole number; a value that is not one is not taken (the field shows it until it is).
pub fn number_field(
    ctx: &Ctx,
    path: &str,
    label: &str,
    value: u32,
    min: u32,
    max: u32,
    set: impl Fn(&mut Document, u32) + 'static,
) -> Html {
    let id = field_id(path);
    let set = Rc::new(set);
    let oninput = {
        let (store, path) = (ctx.store.clone(), path.to_string());
        Callback::from(move |event: InputEvent| {
            if let Ok(n) = value_of(&event).trim().parse::<u32>() {
                let set = set.clone();
                edit(&store, Some(path.clone()), move |d| set(d, n));
            }
        })
    };
    html! {
        <div class="sc-studio-field sc-studio-field--number">
            <label for={id.clone()}>{label}</label>
            <input id={id} type="number" inputmode="numeric" min={min.to_string()} max={max.to_string()}
                value={value.to_string()} {oninput} />
        </div>
    }
}

/// A short plain value (an id, a language tag, a URL), taken when the field is left or
/// Enter is pressed. The field then shows the document's value again before the change is
/// dispatched: the new value once it is taken, the old one when it is refused (an id
/// another item has), and an empty field after a value added to a list (a language).
pub fn plain_field(
    ctx: &Ctx,
    path: &str,
    label: &str,
    value: &str,
    hint: Option<&str>,
    set: impl Fn(&Store, String) + 'static,
) -> Html {
    let id = field_id(path);
    let hint_id = format!("{id}-hint");
    let onchange = {
        let store = ctx.store.clone();
        let shown = value.to_string();
        Callback::from(move |event: Event| {
            let typed = value_of(&event).trim().to_string();
            // Rendering the same value again would not touch the field's text.
            if let Some(input) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                input.set_value(&shown);
            }
            set(&store, typed);
        })
    };
    html! {
        <div class="sc-studio-field">
            <label for={id.clone()}>{label}</label>
            <input id={id} type="text" spellcheck="false" autocomplete="off" value={value.to_string()}
                aria-describedby={hint.map(|_| hint_id.clone())} {onchange} />
            if let Some(hint) = hint {
                <p class="sc-studio-hint" id={hint_id}>{hint}</p>
            }
        </div>
    }
}

/// A choice among `options` (value, text shown).
pub fn select_field(
    ctx: &Ctx,
    path: &str,
    label: &str,
    value: &str,
    options: Vec<(String, String)>,
    set: impl Fn(&mut Document, String) + 'static,
) -> Html {
    let id = field_id(path);
    let set = Rc::new(set);
    let onchange = {
        let store = ctx.store.clone();
        Callback::from(move |event: Event| {
            let value = value_of(&event);
            let set = set.clone();
            edit(&store, None, move |d| set(d, value.clone()));
        })
    };
    let known = options.iter().any(|(v, _)| v == value);
    html! {
        <div class="sc-studio-field">
            <label for={id.clone()}>{label}</label>
            <select id={id} {onchange}>
                if !known {
                    <option value={value.to_string()} selected=true>{value.to_string()}</option>
                }
                {for options.into_iter().map(|(v, text)| html! {
                    <option value={v.clone()} selected={v == value}>{text}</option>
                })}
            </select>
        </div>
    }
}

/// A checkbox.
pub fn check_field(
    ctx: &Ctx,
    path: &str,
    label: &str,
    checked: bool,
    set: impl Fn(&mut Document, bool) + 'static,
) -> Html {
    let id = field_id(path);
    let set = Rc::new(set);
    let onchange = {
        let store = ctx.store.clone();
        Callback::from(move |event: Event| {
            let on = checked_of(&event);
            let set = set.clone();
            edit(&store, None, move |d| set(d, on));
        })
    };
    html! {
        <div class="sc-studio-check">
            <input id={id.clone()} type="checkbox" {checked} {onchange} />
            <label for={id}>{label}</label>
        </div>
    }
}

/// An operation on the item at an index of a list.
pub type ItemOp = Rc<dyn Fn(&mut Document, usize)>;

/// An operation moving an item of a list from one index to another.
pub type MoveOp = Rc<dyn Fn(&mut Document, usize, usize)>;

/// What a list's item controls do to the list the item is in.
pub struct ListOps {
    /// Move the item from one index to another.
    pub moved: MoveOp,
    /// Put a copy after it.
    pub duplicated: ItemOp,
    /// Remove it.
    pub removed: ItemOp,
}

/// The buttons of the item at `index` of a list of `len` items, named `name` for screen
/// readers: move up, move down, duplicate, remove.
pub fn item_controls(ctx: &Ctx, ops: &ListOps, index: usize, len: usize, name: &str) -> Html {
    let m = ctx.m;
    let button = |text: &'static str,
                  aria: &str,
                  disabled: bool,
                  change: Rc<dyn Fn(&mut Document)>| {
        let store = ctx.store.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            let change = change.clone();
            edit(&store, None, move |d| change(d));
        });
        let aria = fill(aria, &[("item", &name)]);
        html! {
            <button type="button" class="sc-studio-button sc-studio-button--small" aria-label={aria} {disabled} {onclick}>{text}</button>
        }
    };
    let moved = ops.moved.clone();
    let up: Rc<dyn Fn(&mut Document)> = Rc::new(move |d| moved(d, index, index.saturating_sub(1)));
    let moved = ops.moved.clone();
    let down: Rc<dyn Fn(&mut Document)> = Rc::new(move |d| moved(d, index, index + 1));
    let duplicated = ops.duplicated.clone();
    let duplicate: Rc<dyn Fn(&mut Document)> = Rc::new(move |d| duplicated(d, index));
    let removed = ops.removed.clone();
    let remove: Rc<dyn Fn(&mut Document)> = Rc::new(move |d| removed(d, index));
    html! {
        <div class="sc-studio-item__controls" role="group" aria-label={fill(m.controls_of, &[("item", &name)])}>
            {button(m.move_up, m.move_up_aria, index == 0, up)}
            {button(m.move_down, m.move_down_aria, index + 1 >= len, down)}
            {button(m.duplicate, m.duplicate_aria, false, duplicate)}
            {button(m.remove, m.remove_aria, false, remove)}
        </div>
    }
}

/// A button that runs an operation on the document.
pub fn action_button(ctx: &Ctx, text: &str, change: impl Fn(&mut Document) + 'static) -> Html {
    let store = ctx.store.clone();
    let change = Rc::new(change);
    let onclick = Callback::from(move |_: MouseEvent| {
        let change = change.clone();
        edit(&store, None, move |d| change(d));
    });
    html! {
        <button type="button" class="sc-studio-button" {onclick}>{text.to_string()}</button>
    }
}
