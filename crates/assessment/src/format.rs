//! The questionnaire file as written: a serde type of the raw format (version 1), for tools
//! that edit a questionnaire rather than take it (the studio).
//!
//! A [`Document`] holds what a file holds, before validation: texts are plain strings or
//! one text a language ([`Text`]), ids are strings, and nothing is checked. It reads any
//! file of the format's shape (a file with mistakes too, which the studio then shows with
//! the validator's problems) and writes it back with its fields in the order of
//! `questionnaires/README.md`, so that an export reads like a hand-written file; a field
//! this version does not know is kept (`extra`) and written after the known ones.
//! Validation stays [`Questionnaire::parse`](crate::Questionnaire::parse)'s: serialize the
//! document and parse the text.
//!
//! The editing operations a form needs live here too, tested natively: [`edit`] (add,
//! remove, duplicate and move items, rename an id with every reference following, add and
//! remove a language) and [`texts`] (every text with its JSON path, and what is missing in
//! each language).

pub mod document;
pub mod edit;
pub mod texts;

pub use document::{
    Choice, Dimension, Document, Extra, Methodology, Model, ProfileOption, ProfileQuestion,
    Question, Recommendation, Rule, ScaleLevel, Source, Text,
};
pub use edit::{fresh_id, IdKind};
pub use texts::{Missing, TextEntry};

/// The starter template (`questionnaires/starter.json`): a complete, valid questionnaire
/// in one language with two dimensions, for a consultant to make their own.
pub const STARTER_JSON: &str = include_str!("../../../questionnaires/starter.json");
