//! The questionnaire as a widget holds it, shared by the root component (`app.rs`), the
//! screen parts (`ui/`) and the embedding (`embed.rs`).
//!
//! A leaf: it imports neither `app` nor `ui`, so the dependency goes app → ui → here.

use assessment::validate::Problem;
use assessment::Questionnaire;
use std::ops::Deref;
use std::rc::Rc;

/// A questionnaire shared by every component of one widget; compared by identity, so
/// passing it down costs nothing on re-render.
#[derive(Clone, Debug)]
pub struct Shared(pub Rc<Questionnaire>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for Shared {
    type Target = Questionnaire;
    fn deref(&self) -> &Questionnaire {
        &self.0
    }
}

/// The questionnaire a widget was given: ready, or the problems that stop it.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// A validated questionnaire.
    Ready(Shared),
    /// Every problem found in the questionnaire file.
    Invalid(Rc<Vec<Problem>>),
}

/// The questionnaire in one more language, for the language switcher.
#[derive(Clone, Debug, PartialEq)]
pub enum Translation {
    /// Parsed when the widget started (a host's multilingual file).
    Ready(Shared),
    /// One language of the built-in questionnaire: a file of the widget's own, fetched
    /// when the visitor chooses it, so a visitor downloads only the languages shown.
    Fetch(yew::AttrValue),
}
