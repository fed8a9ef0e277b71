//! One recommendation: what to do, a first step, and its horizon.

use crate::i18n::{fill, Messages};
use assessment::Recommendation;
use yew::prelude::*;

/// A recommendation as a list item, with the name of the dimension it improves; `top`
/// marks one of the "start here" three.
pub fn recommendation_card(r: &Recommendation, dimension: &str, top: bool, t: &Messages) -> Html {
    html! {
        <li class={if top { "sc-rec sc-rec--top" } else { "sc-rec" }}>
            <h4 class="sc-rec__title">{r.title.clone()}</h4>
            <p class="sc-rec__meta">{fill(t.horizon_meta, &[("dimension", &dimension), ("n", &r.horizon.days())])}</p>
            <p>{r.action.clone()}</p>
            <p><strong>{t.first_step}</strong>{r.first_step.clone()}</p>
        </li>
    }
}
