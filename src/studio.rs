//! The studio: a consultant's page (`studio/index.html`, built into `dist/studio/` with a
//! WebAssembly of its own) for writing, translating and previewing a questionnaire in
//! forms. It is a front end on the domain's raw format, `assessment::format`: the document,
//! its editing operations and the validator are the domain's; these modules render them
//! and dispatch.
//!
//! - `page.rs`: the root component, [`page::StudioPage`], with the open screen, toolbar,
//!   navigation, problems and export;
//! - `state.rs`: the store (document, undo and redo, section, notices);
//! - `fields.rs`: the form's parts; `sections.rs`: each section's form;
//! - `translation.rs`: every text in every language, side by side;
//! - `preview.rs`: the real widget in a frame, given the draft;
//! - `messages.rs`: the studio's words in English and German.

pub mod fields;
pub mod messages;
pub mod page;
pub mod preview;
pub mod sections;
pub mod state;
pub mod translation;
