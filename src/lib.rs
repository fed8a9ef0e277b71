//! Silo Check's widget: renders what the `assessment` crate computes.
//!
//! [`mount`] finds every `[data-silo-check]` container on the page and renders an
//! [`app::App`] into a shadow root of each (see `embed.rs`). Components never compute
//! scores; they show the domain's [`assessment::Report`] and send
//! [`assessment::session::Action`]s to the one store a widget owns.
#![deny(missing_docs)]

pub mod app;
pub mod embed;
pub mod files;
pub mod links;
pub mod options;
pub mod storage;
pub mod ui;

/// Mounts a widget into every `[data-silo-check]` element of the page.
pub fn mount() {
    embed::mount_all();
}
