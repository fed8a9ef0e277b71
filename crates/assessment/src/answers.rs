//! A respondent's answers and profile, indexed by position in their questionnaire.

use crate::questionnaire::{Level, Questionnaire};
use serde::de::{self, Unexpected, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// One answer to a scored question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    /// The option anchored at this level was chosen.
    Level(Level),
    /// The respondent does not know; it leaves the score's denominator and lowers confidence.
    NotSure,
    /// The question does not apply to the organisation (a question must offer it, see
    /// [`crate::Question::not_applicable`]); it leaves the score's denominator like
    /// [`Answer::NotSure`], but does not lower confidence.
    NotApplicable,
}

/// How documents write [`Answer::NotSure`]; a level is written as its number.
const NOT_SURE: &str = "not_sure";

/// How documents write [`Answer::NotApplicable`].
const NOT_APPLICABLE: &str = "not_applicable";

impl Serialize for Answer {
    /// The level's number, `"not_sure"` or `"not_applicable"`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Answer::Level(level) => level.serialize(serializer),
            Answer::NotSure => serializer.serialize_str(NOT_SURE),
            Answer::NotApplicable => serializer.serialize_str(NOT_APPLICABLE),
        }
    }
}

impl<'de> Deserialize<'de> for Answer {
    /// A level's number (1 to 5), `"not_sure"` or `"not_applicable"`.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Answer, D::Error> {
        deserializer.deserialize_any(AnswerVisitor)
    }
}

struct AnswerVisitor;

impl Visitor<'_> for AnswerVisitor {
    type Value = Answer;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a level from 1 to 5, \"not_sure\" or \"not_applicable\"")
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Answer, E> {
        u8::try_from(n)
            .ok()
            .and_then(Level::new)
            .map(Answer::Level)
            .ok_or_else(|| E::invalid_value(Unexpected::Unsigned(n), &self))
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Answer, E> {
        match u64::try_from(n) {
            Ok(n) => self.visit_u64(n),
            Err(_) => Err(E::invalid_value(Unexpected::Signed(n), &self)),
        }
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Answer, E> {
        match text {
            NOT_SURE => Ok(Answer::NotSure),
            NOT_APPLICABLE => Ok(Answer::NotApplicable),
            _ => Err(E::invalid_value(Unexpected::Str(text), &self)),
        }
    }
}

/// Everything a respondent has said, sized to one questionnaire.
///
/// `answers[i]` answers `questionnaire.questions()[i]`; `profile[i]` holds the index of the
/// chosen option of `questionnaire.profile()[i]`. [`Answers::new`] sizes both vectors, and
/// the setters ignore out-of-range positions, so the lengths always match the questionnaire
/// the value was made for.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Answers {
    answers: Vec<Option<Answer>>,
    profile: Vec<Option<usize>>,
}

impl Answers {
    /// No answers yet, for this questionnaire.
    pub fn new(questionnaire: &Questionnaire) -> Answers {
        Answers {
            answers: vec![None; questionnaire.questions().len()],
            profile: vec![None; questionnaire.profile().len()],
        }
    }

    /// The answer to question `index`, if any.
    pub fn get(&self, index: usize) -> Option<Answer> {
        self.answers.get(index).copied().flatten()
    }

    /// Sets or clears the answer to question `index`; an index out of range is ignored.
    pub fn set(&mut self, index: usize, answer: Option<Answer>) {
        if let Some(slot) = self.answers.get_mut(index) {
            *slot = answer;
        }
    }

    /// The chosen option of profile question `index`, if any.
    pub fn profile(&self, index: usize) -> Option<usize> {
        self.profile.get(index).copied().flatten()
    }

    /// Sets or clears a profile answer. Out-of-range questions are ignored; an option index
    /// must be checked against the questionnaire by the caller (see [`Answers::set_profile_checked`]).
    fn set_profile_raw(&mut self, index: usize, option: Option<usize>) {
        if let Some(slot) = self.profile.get_mut(index) {
            *slot = option;
        }
    }

    /// Sets or clears a profile answer, ignoring indices the questionnaire does not have.
    pub fn set_profile_checked(
        &mut self,
        questionnaire: &Questionnaire,
        index: usize,
        option: Option<usize>,
    ) {
        let valid = match (questionnaire.profile().get(index), option) {
            (Some(_), None) => true,
            (Some(q), Some(o)) => o < q.options.len(),
            (None, _) => false,
        };
        if valid {
            self.set_profile_raw(index, option);
        }
    }

    /// All answers in question order.
    pub fn all(&self) -> &[Option<Answer>] {
        &self.answers
    }

    /// All profile answers in profile-question order.
    pub fn all_profile(&self) -> &[Option<usize>] {
        &self.profile
    }

    /// How many scored questions have an answer (a level, "not sure" or "does not apply").
    pub fn answered(&self) -> usize {
        self.answers.iter().filter(|a| a.is_some()).count()
    }

    /// The indices of scored questions with no answer yet.
    pub fn unanswered(&self) -> impl Iterator<Item = usize> + '_ {
        self.answers
            .iter()
            .enumerate()
            .filter(|(_, a)| a.is_none())
            .map(|(i, _)| i)
    }

    /// Whether the vectors fit this questionnaire (always true for values made for it).
    pub fn fits(&self, questionnaire: &Questionnaire) -> bool {
        self.answers.len() == questionnaire.questions().len()
            && self.profile.len() == questionnaire.profile().len()
            && self
                .profile
                .iter()
                .zip(questionnaire.profile())
                .all(|(a, q)| a.is_none_or(|o| o < q.options.len()))
    }
}
