//! One respondent's way through a questionnaire: where they are and what they have said.
//!
//! The widget keeps one [`Session`] a widget and changes it only through
//! [`Session::apply`], so every rule about moving between steps lives here and is tested
//! natively. [`Session::save`] and [`Session::restore`] give the versioned text form the
//! widget keeps in localStorage.

use crate::answers::{Answer, Answers};
use crate::questionnaire::{Level, Questionnaire};
use serde_json::{json, Map, Value};
use std::fmt;

/// The version of the saved-session format written by [`Session::save`].
pub const SAVED_FORMAT: u64 = 1;

/// A screen of the assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    /// What the assessment measures, and the Start button.
    Start,
    /// The optional profile questions (department, role, organisation).
    Profile,
    /// The questions of the dimension with this index.
    Dimension(usize),
    /// Before the results: which questions are still unanswered.
    Review,
    /// The report.
    Results,
}

/// Something the respondent did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Begin (or continue) from the start screen.
    Begin,
    /// Answer (or, with `None`, clear) the scored question with this index.
    Answer(usize, Option<Answer>),
    /// Choose (or, with `None`, clear) an option of the profile question with this index.
    Profile(usize, Option<usize>),
    /// Go to the next step; after the last dimension, to the review when questions are
    /// unanswered and to the results otherwise.
    Next,
    /// Go to the previous step.
    Back,
    /// Jump to the dimension holding the question with this index.
    GoToQuestion(usize),
    /// Show the results now, whatever is unanswered.
    Finish,
    /// Forget every answer and return to the start.
    Reset,
}

/// Where a respondent is and what they have answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    answers: Answers,
    step: Step,
}

impl Session {
    /// A fresh session on the start screen.
    pub fn new(questionnaire: &Questionnaire) -> Session {
        Session {
            answers: Answers::new(questionnaire),
            step: Step::Start,
        }
    }

    /// A session showing the results of answers made elsewhere (a share link).
    pub fn with_answers(answers: Answers) -> Session {
        Session {
            answers,
            step: Step::Results,
        }
    }

    /// The current step.
    pub fn step(&self) -> Step {
        self.step
    }

    /// The answers so far.
    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    /// Whether anything has been answered (worth offering "Resume").
    pub fn has_progress(&self) -> bool {
        self.answers.answered() > 0 || self.answers.all_profile().iter().any(Option::is_some)
    }

    /// The session after `action`. Actions that make no sense in the current state (an
    /// index out of range, Back on the start screen) leave it unchanged.
    pub fn apply(&self, questionnaire: &Questionnaire, action: Action) -> Session {
        let mut next = self.clone();
        let dimensions = questionnaire.dimensions().len();
        match action {
            Action::Begin => next.step = Step::Profile,
            Action::Answer(index, answer) => {
                let allowed = match (questionnaire.questions().get(index), answer) {
                    (None, _) => false,
                    (Some(q), Some(Answer::NotSure)) => q.not_sure,
                    (Some(_), _) => true,
                };
                if allowed {
                    next.answers.set(index, answer);
                }
            }
            Action::Profile(index, option) => {
                next.answers
                    .set_profile_checked(questionnaire, index, option)
            }
            Action::Next => {
                next.step = match self.step {
                    Step::Start => Step::Profile,
                    Step::Profile => Step::Dimension(0),
                    Step::Dimension(d) if d + 1 < dimensions => Step::Dimension(d + 1),
                    Step::Dimension(_) if self.answers.unanswered().next().is_some() => {
                        Step::Review
                    }
                    Step::Dimension(_) | Step::Review => Step::Results,
                    Step::Results => Step::Results,
                }
            }
            Action::Back => {
                next.step = match self.step {
                    Step::Start | Step::Profile => Step::Start,
                    Step::Dimension(0) => Step::Profile,
                    Step::Dimension(d) => Step::Dimension(d - 1),
                    Step::Review | Step::Results => Step::Dimension(dimensions.saturating_sub(1)),
                }
            }
            Action::GoToQuestion(index) => {
                if let Some(d) = questionnaire
                    .questions()
                    .get(index)
                    .and_then(|q| questionnaire.dimension_index(&q.dimension))
                {
                    next.step = Step::Dimension(d);
                }
            }
            Action::Finish => next.step = Step::Results,
            Action::Reset => return Session::new(questionnaire),
        }
        next
    }

    /// The session as text for storage: JSON naming the format version, the questionnaire
    /// and revision, the answers by question id and the profile by option id.
    pub fn save(&self, questionnaire: &Questionnaire) -> String {
        let mut answers = Map::new();
        for (q, a) in questionnaire.questions().iter().zip(self.answers.all()) {
            let value = match a {
                Some(Answer::Level(l)) => json!(l.get()),
                Some(Answer::NotSure) => json!("not_sure"),
                None => continue,
            };
            answers.insert(q.id.as_str().to_string(), value);
        }
        let mut profile = Map::new();
        for (p, a) in questionnaire
            .profile()
            .iter()
            .zip(self.answers.all_profile())
        {
            if let Some(option) = a.and_then(|o| p.options.get(o)) {
                profile.insert(p.id.as_str().to_string(), json!(option.id.as_str()));
            }
        }
        let step = match self.step {
            Step::Start => json!("start"),
            Step::Profile => json!("profile"),
            Step::Dimension(d) => json!(questionnaire
                .dimensions()
                .get(d)
                .map_or("profile", |d| d.id.as_str())),
            Step::Review => json!("review"),
            Step::Results => json!("results"),
        };
        json!({
            "format": SAVED_FORMAT,
            "questionnaire": questionnaire.id(),
            "revision": questionnaire.revision(),
            "step": step,
            "answers": answers,
            "profile": profile,
        })
        .to_string()
    }

    /// A session read back from [`Session::save`]'s text.
    ///
    /// Answers to questions this revision no longer has are dropped; anything else that
    /// does not fit is an error, so that the caller can set the text aside rather than
    /// show a wrong report.
    pub fn restore(questionnaire: &Questionnaire, text: &str) -> Result<Session, RestoreError> {
        if text.len() > MAX_SAVED_LEN {
            return Err(RestoreError::Unreadable);
        }
        let value: Value = serde_json::from_str(text).map_err(|_| RestoreError::Unreadable)?;
        let format = value.get("format").and_then(Value::as_u64);
        match format {
            Some(SAVED_FORMAT) => {}
            Some(f) if f > SAVED_FORMAT => return Err(RestoreError::NewerFormat),
            _ => return Err(RestoreError::Unreadable),
        }
        if value.get("questionnaire").and_then(Value::as_str) != Some(questionnaire.id()) {
            return Err(RestoreError::OtherQuestionnaire);
        }
        if value.get("revision").and_then(Value::as_u64)
            != Some(u64::from(questionnaire.revision()))
        {
            return Err(RestoreError::OtherRevision);
        }
        let mut answers = Answers::new(questionnaire);
        let stored = value.get("answers").and_then(Value::as_object);
        for (id, a) in stored.into_iter().flatten() {
            let Some(index) = questionnaire
                .questions()
                .iter()
                .position(|q| q.id.as_str() == id)
            else {
                continue;
            };
            let answer = match a {
                Value::String(s) if s == "not_sure" => Answer::NotSure,
                Value::Number(n) => n
                    .as_u64()
                    .and_then(|n| u8::try_from(n).ok())
                    .and_then(Level::new)
                    .map(Answer::Level)
                    .ok_or(RestoreError::Unreadable)?,
                _ => return Err(RestoreError::Unreadable),
            };
            answers.set(index, Some(answer));
        }
        let stored = value.get("profile").and_then(Value::as_object);
        for (id, a) in stored.into_iter().flatten() {
            let Some(index) = questionnaire
                .profile()
                .iter()
                .position(|p| p.id.as_str() == id)
            else {
                continue;
            };
            let option = a
                .as_str()
                .and_then(|o| {
                    questionnaire.profile()[index]
                        .options
                        .iter()
                        .position(|opt| opt.id.as_str() == o)
                })
                .ok_or(RestoreError::Unreadable)?;
            answers.set_profile_checked(questionnaire, index, Some(option));
        }
        let step = match value.get("step").and_then(Value::as_str) {
            Some("start") | None => Step::Start,
            Some("profile") => Step::Profile,
            Some("review") => Step::Review,
            Some("results") => Step::Results,
            Some(id) => questionnaire
                .dimensions()
                .iter()
                .position(|d| d.id.as_str() == id)
                .map_or(Step::Profile, Step::Dimension),
        };
        Ok(Session { answers, step })
    }
}

/// The longest saved text [`Session::restore`] reads (a full session is a few KB).
const MAX_SAVED_LEN: usize = 256 * 1024;

/// Why a saved session could not be restored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RestoreError {
    /// The text is not a saved session, or parts of it are damaged.
    Unreadable,
    /// It was saved by a newer version of Silo Check.
    NewerFormat,
    /// It belongs to a different questionnaire.
    OtherQuestionnaire,
    /// It belongs to another revision of this questionnaire, whose questions differ.
    OtherRevision,
}

impl fmt::Display for RestoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RestoreError::Unreadable => "The saved answers are damaged and could not be read.",
            RestoreError::NewerFormat => {
                "The saved answers come from a newer version of Silo Check."
            }
            RestoreError::OtherQuestionnaire => {
                "The saved answers belong to a different questionnaire."
            }
            RestoreError::OtherRevision => {
                "The saved answers belong to an earlier version of this questionnaire."
            }
        })
    }
}

impl std::error::Error for RestoreError {}
