//! "Share and keep": a link to copy, and the actions that go with it.

use crate::files;
use crate::i18n::{fill, use_t};
use yew::prelude::*;

/// Props of [`ShareBox`].
#[derive(Properties, Clone, PartialEq)]
pub struct ShareBoxProps {
    /// An id prefix for the heading and the link field, unique in the widget.
    pub id: AttrValue,
    /// What the link is and where its data travels.
    pub lead: AttrValue,
    /// The link field's label.
    pub link_label: AttrValue,
    /// The link.
    pub link: AttrValue,
    /// The copy button's label.
    pub copy_label: AttrValue,
    /// Said once the link is copied.
    pub copied: AttrValue,
    /// More buttons, after the copy button.
    #[prop_or_default]
    pub children: Html,
}

/// A read-only link with a copy button (the browser's clipboard, with a fallback message
/// when it refuses), and the caller's other buttons. Left out of print.
#[component]
pub fn ShareBox(props: &ShareBoxProps) -> Html {
    let t = use_t();
    let status = use_state(|| None::<AttrValue>);
    let field = use_node_ref();
    let on_copy = {
        let status = status.clone();
        let link = props.link.clone();
        let copied = props.copied.clone();
        let field = field.clone();
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            let copied = copied.clone();
            let field = field.clone();
            let done = Callback::from(move |ok: bool| {
                if ok {
                    status.set(Some(copied.clone()));
                    return;
                }
                // Copying by hand: the link is selected, ready for the keys.
                if let Some(input) = field.cast::<web_sys::HtmlInputElement>() {
                    let _ = input.focus();
                    input.select();
                }
                status.set(Some(
                    fill(t.copy_failed, &[("keys", &files::copy_keys())]).into(),
                ));
            });
            files::copy(&link, done);
        })
    };
    let title_id = format!("{}-title", props.id);
    let field_id = format!("{}-link", props.id);
    html! {
        <section class="sc-no-print" aria-labelledby={title_id.clone()}>
            <h3 class="sc-subheading" id={title_id}>{t.share_title}</h3>
            <p class="sc-muted">{props.lead.clone()}</p>
            <label class="sc-field__label" for={field_id.clone()}>{props.link_label.clone()}</label>
            <input id={field_id} ref={field} class="sc-share-url" type="text" readonly=true value={props.link.clone()} />
            <div class="sc-actions">
                <button type="button" class="sc-button sc-button--primary" onclick={on_copy}>{props.copy_label.clone()}</button>
                {props.children.clone()}
            </div>
            <div role="status" aria-live="polite">
                if let Some(text) = &*status { <p>{text.clone()}</p> }
            </div>
        </section>
    }
}
