//! The host's logo, when it gives one.

use crate::options::Options;
use yew::prelude::*;

/// The logo image (its URL was checked to be same-origin or inline by `options`), with
/// the host's text alternative, or empty `alt` when the host gave none (decorative).
pub fn logo(options: &Options) -> Html {
    match &options.logo {
        Some(src) => html! {
            <img class="sc-logo" src={src.clone()} alt={options.logo_alt.clone()} />
        },
        None => Html::default(),
    }
}
