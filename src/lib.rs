//! Silo Check's widget: renders what the `assessment` crate computes.
//!
//! [`mount`] finds the container on the page and renders [`app::App`] into it with the
//! built-in questionnaire. Components never compute scores; they show the domain's
//! [`assessment::report::Report`] and send [`assessment::session::Action`]s to the one store
//! a widget owns.
#![deny(missing_docs)]

pub mod app;
pub mod links;
pub mod storage;
pub mod ui;

use app::{App, AppProps, Loaded};
use assessment::Questionnaire;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// Mounts the widget into the page's `#silo-check` element (or the body when there is none).
pub fn mount() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = document
        .get_element_by_id("silo-check")
        .or_else(|| document.body().map(|b| b.unchecked_into()));
    let Some(root) = root else {
        return;
    };
    root.set_inner_html("");
    let props = AppProps {
        loaded: load_built_in(),
        instance: "sc".into(),
        storage_namespace: Some("silo-check".into()),
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}

/// Parses the built-in questionnaire (validated natively by the domain's tests).
pub fn load_built_in() -> Loaded {
    match Questionnaire::parse(assessment::BUILT_IN_JSON) {
        Ok(q) => Loaded::Ready(app::Shared(Rc::new(q))),
        Err(problems) => Loaded::Invalid(Rc::new(problems)),
    }
}
