//! Silo Check's widget: renders what the `assessment` crate computes.
//!
//! [`mount`] finds every `[data-silo-check]` container on the page and renders an
//! [`app::App`] into a shadow root of each (see `embed.rs`). Components never compute
//! scores; they show the domain's [`assessment::Report`] and send
//! [`assessment::session::Action`]s to the one store a widget owns.
#![deny(missing_docs)]

pub mod app;
pub mod contrast;
pub mod embed;
pub mod files;
pub mod i18n;
pub mod links;
pub mod options;
pub mod questionnaire;
#[cfg(feature = "results")]
pub mod results_page;
pub mod storage;
#[cfg(feature = "studio")]
pub mod studio;
pub mod team_page;
pub mod ui;

/// Mounts a widget into every `[data-silo-check]` element of the page, after installing
/// the panic hook: a panic shows an error panel with a Restart button in every widget and
/// sends each host a `silo-check:error` event, instead of leaving a frozen box
/// ([`embed::on_panic`]).
pub fn mount() {
    // Through Yew, which otherwise replaces any hook with its own when it first renders.
    yew::set_custom_panic_hook(Box::new(embed::on_panic));
    let build = embed::Build::with_validator();
    embed::mount_all::<app::App>("./", build);
    embed::watch::<app::App>("./", build);
}

/// Like [`mount`], for the built-in questionnaire only: the widget that visitors download
/// (`silo-check-widget`), which reads the questionnaire's compiled files and carries no
/// validator. A container with a questionnaire of its own is handed over to the widget
/// with the validator (`silo-check-custom`, [`mount`]), which the loader then starts.
pub fn mount_built_in() {
    yew::set_custom_panic_hook(Box::new(embed::on_panic));
    let build = embed::Build::built_in_only();
    embed::mount_all::<app::App>("./", build);
    embed::watch::<app::App>("./", build);
}

#[cfg(feature = "results")]
/// Shows the results of every widget of the page that reaches its results step: the
/// results screen of the widget that visitors download (`silo-check-results`,
/// results.html), a WebAssembly of its own that the loader starts with the first answer
/// ([`embed::watch_results`]), with the same panic hook as [`mount`].
pub fn mount_results() {
    yew::set_custom_panic_hook(Box::new(embed::on_panic));
    embed::watch_results();
}

/// Mounts the team view into every `[data-silo-check]` element of the team view's page
/// (`team.html`, built into `dist/team/` with a WebAssembly of its own, so a visitor taking
/// the assessment never downloads it), with the same panic hook as [`mount`].
pub fn mount_team() {
    yew::set_custom_panic_hook(Box::new(embed::on_panic));
    let build = embed::Build::team();
    embed::mount_all::<team_page::TeamPage>("../", build);
    embed::watch::<team_page::TeamPage>("../", build);
}

#[cfg(feature = "studio")]
/// Mounts the studio (`studio/index.html`, built into `dist/studio/` with a WebAssembly of
/// its own, so neither the widget nor the team view carries it) into the page's
/// `#silo-check-studio` element.
pub fn mount_studio() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("silo-check-studio"));
    if let Some(root) = root {
        root.set_inner_html("");
        yew::Renderer::<studio::page::StudioPage>::with_root(root).render();
    }
}
