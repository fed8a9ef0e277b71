//! One recommendation: what to do, a first step, and its horizon.

use crate::i18n::{fill, use_t};
use assessment::Recommendation;
use yew::prelude::*;

/// Props of [`RecommendationCard`].
#[derive(Properties, Clone, PartialEq)]
pub struct RecommendationCardProps {
    /// The recommendation.
    pub recommendation: Recommendation,
    /// The name of the dimension it improves.
    pub dimension: AttrValue,
    /// Whether it is one of the "start here" three.
    #[prop_or_default]
    pub top: bool,
}

/// A recommendation as a list item.
#[component]
pub fn RecommendationCard(props: &RecommendationCardProps) -> Html {
    let r = &props.recommendation;
    let t = use_t();
    html! {
        <li class={classes!("sc-rec", props.top.then_some("sc-rec--top"))}>
            <h4 class="sc-rec__title">{r.title.clone()}</h4>
            <p class="sc-rec__meta">{fill(t.horizon_meta, &[("dimension", &props.dimension), ("n", &r.horizon.days())])}</p>
            <p>{r.action.clone()}</p>
            <p><strong>{t.first_step}</strong>{r.first_step.clone()}</p>
        </li>
    }
}
