//! The host's logo, when it gives one.

use crate::options::Options;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Logo`].
#[derive(Properties, Clone, PartialEq)]
pub struct LogoProps {
    /// The host's options.
    pub options: Rc<Options>,
}

/// The logo image (its URL was checked to be same-origin or inline by `options`), with
/// the host's text alternative, or empty `alt` when the host gave none (decorative).
#[component]
pub fn Logo(props: &LogoProps) -> Html {
    match &props.options.logo {
        Some(src) => html! {
            <img class="sc-logo" src={src.clone()} alt={props.options.logo_alt.clone()} />
        },
        None => Html::default(),
    }
}
