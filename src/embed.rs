//! Everything that touches the host page: finding containers, reading their options,
//! attaching a shadow root with the widget's styles, loading the questionnaire, and
//! telling the host what happens (DOM events, and postMessage to allowed parent origins).
//!
//! Each container gets its own shadow root, its own `App` and its own storage namespace,
//! so two widgets on a page never share state or styles.
//!
//! - `mount.rs`: finds the containers and mounts a widget into a shadow root of each.
//! - `host_options.rs`: reads a container's options from the page.
//! - `fetch.rs`: fetches a questionnaire from the page's own origin, or the built-in one
//!   from beside the widget's files.
//! - `language.rs`: chooses the questionnaire's and the widget's language.
//! - `events.rs`: sends events and messages to the host page.
//! - `panic.rs`: the panic hook and the error panel it shows in every widget.
//! - `results.rs`: the results screen of the widget that visitors download, as its own
//!   WebAssembly, shown beside the widget that asks for it.

mod events;
mod fetch;
mod host_options;
mod language;
mod mount;
mod panic;
#[cfg(feature = "results")]
mod results;

pub use events::EVENTS_VERSION;

/// The event a widget's results step sends to the page (`app.rs`), which the loader and the
/// built-in widget's results screen (`results.rs`) answer.
pub(crate) const RESULTS_EVENT: &str = "silo-check:results";
/// The event the results screen sends back to the widget's request element: `back`
/// (Change answers), `clear` (Retake) or `take` (take the assessment oneself).
pub(crate) const RESULTS_ACTION: &str = "silo-check:results-action";
/// The widget's request element for its results screen.
pub(crate) const RESULTS_REQUEST: &str = ".sc-results-request";
pub(crate) use language::load_translation;
#[cfg(feature = "results")]
pub(crate) use language::{load_whole, ready_now, warm};
pub use mount::{mount_all, watch, Build};
pub use panic::{on_panic, show_error, stop_all, unmount, ERROR_ATTRIBUTE, RESTART_ATTRIBUTE};
#[cfg(feature = "results")]
pub use results::watch_results;

/// Tells the host's developer something in the console, as a warning that starts with
/// "Silo Check: ". One function for every warning, so each costs the widget only its words.
pub(crate) fn warn(message: std::fmt::Arguments) {
    web_sys::console::warn_1(&format!("Silo Check: {message}").into());
}
