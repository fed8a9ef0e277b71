//! Silo Check's domain: everything about a social media integration maturity assessment
//! that does not depend on a browser.
//!
//! The flow is: [`Questionnaire::parse`] turns JSON into a validated [`Questionnaire`]
//! (or every [`Problem`] in it), in the file's default language or, with
//! [`Questionnaire::parse_in`], in the one a reader prefers ([`language`]); a respondent
//! fills [`Answers`]; [`report()`] turns both into a [`Report`] with scores, levels,
//! recommendations, a plan and the organisational model the answers resemble; [`share`]
//! packs answers into a URL-safe code and back; [`team`] gathers many respondents' codes
//! and compares them by department. The sentences the domain writes itself (error
//! messages, the team view's texts) come in each [`Locale`] ([`text`]).
//!
//! After validation nothing can fail: scoring, levels and recommendations are infallible
//! functions over validated types, in integer arithmetic so every platform agrees.
//!
//! Every document the domain writes or reads back is a serde type: the report
//! ([`export::ReportDocument`]), the team report ([`team_export::TeamDocument`]), the saved
//! session ([`session::SavedSession`]) and the report files the team view reads; [`json`]
//! turns them into text and back.
#![deny(missing_docs)]
// No index or slice can panic in the domain: `get`, iterators and patterns instead, or a
// reviewed `#[expect]` on the smallest item saying why it is in bounds (ARCHITECTURE.md,
// "Cross-Cutting Concerns").
#![deny(clippy::indexing_slicing)]
#![forbid(unsafe_code)]

pub mod answers;
pub mod benchmark;
pub mod compare;
pub mod compiled;
pub mod customise;
pub mod date;
pub mod export;
#[cfg(feature = "format")]
pub mod format;
pub mod history;
pub mod json;
pub mod ladder;
pub mod language;
mod messages;
pub mod model;
mod order;
pub mod questionnaire;
pub mod report;
pub mod session;
pub mod share;
pub mod team;
pub mod team_export;
pub mod text;
pub mod validate;

#[cfg(test)]
mod testing;

pub use answers::{Answer, Answers};
pub use date::{Date, Weekday};
pub use model::{match_model, ModelMatch, ModelScore};
pub use questionnaire::*;
pub use report::{
    report, Confidence, ConfidenceLevel, DimensionResult, Overall, Plan, PlanEntry, Report,
};
pub use share::{CodeHeader, ShareError};
pub use team::{
    aggregate, aggregate_in, entry_from_report_json, parse_team_code, read_entries, team_code,
    workshop_agenda, workshop_agenda_in, Agenda, AgendaStep, AgendaTopic, Department,
    DepartmentRow, DocumentError, Entry, HeatCell, LevelGroup, Rejection, Respondent, ScoreRange,
    SiloSignal, Source, TeamDimension, TeamInput, TeamReport, TeamTally,
};
pub use text::Locale;
pub use validate::Problem;

/// The built-in social media integration questionnaire, as shipped in
/// `questionnaires/social-media-integration.json` but without the whitespace between its
/// tokens (see `build.rs`).
pub const BUILT_IN_JSON: &str =
    include_str!(concat!(env!("OUT_DIR"), "/social-media-integration.json"));
