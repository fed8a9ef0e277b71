//! One respondent's way through a questionnaire: where they are and what they have said.
//!
//! The widget keeps one [`Session`] a widget and changes it only through
//! [`Session::apply`], so every rule about moving between steps lives here and is tested
//! natively. [`Session::save`] and [`Session::restore`] give the versioned text form the
//! widget keeps in localStorage.

use crate::answers::{Answer, Answers};
use crate::export::{answers_by_id, profile_by_id};
use crate::json::{self, Entries, Lenient};
use crate::messages;
use crate::questionnaire::Questionnaire;
use crate::text::Locale;
use serde::{Deserialize, Serialize};
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

impl Step {
    /// The step a name gives: `start`, `profile`, a dimension's id (its questions),
    /// `review` or `results`, the names a saved session and a host's `step` option use.
    /// `None` for a name the questionnaire has no step for (`profile` when it has no
    /// profile questions).
    pub fn named(questionnaire: &Questionnaire, name: &str) -> Option<Step> {
        Some(match name {
            "start" => Step::Start,
            "profile" if !questionnaire.profile().is_empty() => Step::Profile,
            "review" => Step::Review,
            "results" => Step::Results,
            id => Step::Dimension(
                questionnaire
                    .dimensions()
                    .iter()
                    .position(|d| d.id.as_str() == id)?,
            ),
        })
    }

    /// The step's name, as [`Step::named`] reads it (a dimension the questionnaire does
    /// not have is named `profile`, the step before the first dimension).
    pub fn name(self, questionnaire: &Questionnaire) -> &str {
        match self {
            Step::Start => "start",
            Step::Profile => "profile",
            Step::Dimension(d) => questionnaire
                .dimensions()
                .get(d)
                .map_or("profile", |d| d.id.as_str()),
            Step::Review => "review",
            Step::Results => "results",
        }
    }
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
    /// unanswered and to the results otherwise. On a dimension with unanswered questions
    /// the first Next stays and points them out ([`Session::left_unanswered`]); a second
    /// one goes on anyway.
    Next,
    /// Go to the previous step.
    Back,
    /// Jump to the dimension holding the question with this index.
    GoToQuestion(usize),
    /// Show the results now, whatever is unanswered.
    Finish,
    /// Forget every answer and return to the start.
    Reset,
    /// Go straight to this step (a host's `step` option, the studio's preview). A
    /// dimension the questionnaire does not have, and the profile step of one without
    /// profile questions, are not steps of it: the session stays where it is.
    Open(Step),
}

/// Where a respondent is and what they have answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    answers: Answers,
    step: Step,
    /// Whether Next has just stopped on this step because questions on it are
    /// unanswered; any change of step clears it. Not saved.
    warned: bool,
}

impl Session {
    /// A fresh session on the start screen.
    pub fn new(questionnaire: &Questionnaire) -> Session {
        Session {
            answers: Answers::new(questionnaire),
            step: Step::Start,
            warned: false,
        }
    }

    /// A session showing the results of answers made elsewhere (a share link).
    pub fn with_answers(answers: Answers) -> Session {
        Session {
            answers,
            step: Step::Results,
            warned: false,
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

    /// The questions of the step on screen that have no answer yet, by index in the
    /// questionnaire, in order; empty on a step without scored questions.
    pub fn unanswered_here(&self, questionnaire: &Questionnaire) -> Vec<usize> {
        let Step::Dimension(d) = self.step else {
            return Vec::new();
        };
        let Some(dimension) = questionnaire.dimensions().get(d) else {
            return Vec::new();
        };
        questionnaire
            .questions_of(&dimension.id)
            .filter(|&(index, _)| self.answers.get(index).is_none())
            .map(|(index, _)| index)
            .collect()
    }

    /// The questions Next has just pointed out: [`Session::unanswered_here`] after a Next
    /// that stayed on the step for them, empty otherwise (and once they are answered).
    pub fn left_unanswered(&self, questionnaire: &Questionnaire) -> Vec<usize> {
        if self.warned {
            self.unanswered_here(questionnaire)
        } else {
            Vec::new()
        }
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
        // A questionnaire without profile questions has no "About you" step.
        let first = if questionnaire.profile().is_empty() {
            Step::Dimension(0)
        } else {
            Step::Profile
        };
        match action {
            Action::Begin => next.step = first,
            Action::Answer(index, answer) => {
                let allowed = match (questionnaire.questions().get(index), answer) {
                    (None, _) => false,
                    (Some(q), Some(Answer::NotSure)) => q.not_sure,
                    (Some(q), Some(Answer::NotApplicable)) => q.not_applicable,
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
            Action::Next if !self.warned && !self.unanswered_here(questionnaire).is_empty() => {
                next.warned = true;
            }
            Action::Next => {
                next.step = match self.step {
                    Step::Start => first,
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
                    Step::Dimension(0) if first == Step::Profile => Step::Profile,
                    Step::Dimension(0) => Step::Start,
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
            Action::Open(step) => {
                let exists = match step {
                    Step::Profile => first == Step::Profile,
                    Step::Dimension(d) => d < dimensions,
                    Step::Start | Step::Review | Step::Results => true,
                };
                if exists {
                    next.step = step;
                }
            }
        }
        if next.step != self.step {
            next.warned = false;
        }
        next
    }

    /// The session as a document for storage (see [`Session::save`]).
    pub fn saved(&self, questionnaire: &Questionnaire) -> SavedSession {
        let step = self.step.name(questionnaire);
        SavedSession {
            answers: answers_by_id(questionnaire, &self.answers),
            format: SAVED_FORMAT,
            profile: profile_by_id(questionnaire, &self.answers),
            questionnaire: questionnaire.id().to_owned(),
            revision: questionnaire.revision(),
            step: step.to_owned(),
        }
    }

    /// The session as text for storage: [`SavedSession`] as compact JSON.
    pub fn save(&self, questionnaire: &Questionnaire) -> String {
        json::to_string(&self.saved(questionnaire))
    }

    /// A session read back from [`Session::save`]'s text.
    ///
    /// Answers to questions this revision no longer has are dropped; anything else that
    /// does not fit is an error, so that the caller can set the text aside rather than
    /// show a wrong report.
    pub fn restore(questionnaire: &Questionnaire, text: &str) -> Result<Session, RestoreError> {
        Session::restore_counting(questionnaire, text).map(|(session, _)| session)
    }

    /// [`Session::restore`], with how many answers and profile choices were dropped because
    /// their question is not in this revision, so the caller can keep a copy of the text
    /// and say so rather than write over them with the next change (issue 19).
    pub fn restore_counting(
        questionnaire: &Questionnaire,
        text: &str,
    ) -> Result<(Session, usize), RestoreError> {
        if text.len() > MAX_SAVED_LEN {
            return Err(RestoreError::Unreadable);
        }
        let saved: SavedFields = json::from_str(text).map_err(|_| RestoreError::Unreadable)?;
        match saved.format.0 {
            Some(SAVED_FORMAT) => {}
            Some(f) if f > SAVED_FORMAT => return Err(RestoreError::NewerFormat),
            _ => return Err(RestoreError::Unreadable),
        }
        if saved.questionnaire.0.as_deref() != Some(questionnaire.id()) {
            return Err(RestoreError::OtherQuestionnaire);
        }
        if saved.revision.0 != Some(u64::from(questionnaire.revision())) {
            return Err(RestoreError::OtherRevision);
        }
        let mut answers = Answers::new(questionnaire);
        let mut dropped = 0;
        for (id, answer) in saved.answers.0.into_iter().flat_map(|e| e.0) {
            let Some(index) = questionnaire
                .questions()
                .iter()
                .position(|q| q.id.as_str() == id)
            else {
                dropped += 1;
                continue;
            };
            let answer = answer.0.ok_or(RestoreError::Unreadable)?;
            let offered = questionnaire
                .questions()
                .get(index)
                .is_some_and(|q| q.not_applicable);
            if answer == Answer::NotApplicable && !offered {
                dropped += 1;
                continue;
            }
            answers.set(index, Some(answer));
        }
        for (id, option) in saved.profile.0.into_iter().flat_map(|e| e.0) {
            let Some((index, question)) = questionnaire
                .profile()
                .iter()
                .enumerate()
                .find(|(_, p)| p.id.as_str() == id)
            else {
                dropped += 1;
                continue;
            };
            let option = option
                .0
                .and_then(|o| question.options.iter().position(|opt| opt.id.as_str() == o))
                .ok_or(RestoreError::Unreadable)?;
            answers.set_profile_checked(questionnaire, index, Some(option));
        }
        // A dimension this revision no longer has: the step before the first.
        let step = match saved.step.0.as_deref() {
            None => Step::Start,
            Some(name) => Step::named(questionnaire, name).unwrap_or(Step::Profile),
        };
        Ok((
            Session {
                answers,
                step,
                warned: false,
            },
            dropped,
        ))
    }
}

/// A saved session, as [`Session::save`] writes it for localStorage: the format version,
/// the questionnaire and revision, the step, the answers by question id and the profile by
/// option id (ids, not positions, so it stays readable by people and robust to reordering
/// within a revision). The fields are in alphabetical order, as in every version.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SavedSession {
    /// The answers by question id: a level's number, or `"not_sure"`.
    pub answers: Entries<Answer>,
    /// [`SAVED_FORMAT`].
    pub format: u64,
    /// The profile by profile question id: the chosen option's id.
    pub profile: Entries<String>,
    /// The questionnaire's id.
    pub questionnaire: String,
    /// The questionnaire's revision.
    pub revision: u16,
    /// `start`, `profile`, a dimension's id, `review` or `results`.
    pub step: String,
}

/// A saved text as [`Session::restore`] reads it: any field may be missing or of another
/// type, and `restore` decides what that means, checking the format first, then the
/// questionnaire and its revision, then the answers. Other fields are ignored.
#[derive(Default, Deserialize)]
#[serde(default)]
struct SavedFields {
    answers: Lenient<Entries<Lenient<Answer>>>,
    format: Lenient<u64>,
    profile: Lenient<Entries<Lenient<String>>>,
    questionnaire: Lenient<String>,
    revision: Lenient<u64>,
    step: Lenient<String>,
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

impl RestoreError {
    /// The message for the respondent, in `locale`. [`fmt::Display`] gives the English one.
    pub fn message(&self, locale: Locale) -> String {
        let m = messages::code(locale);
        match self {
            RestoreError::Unreadable => m.restore_unreadable,
            RestoreError::NewerFormat => m.restore_newer_format,
            RestoreError::OtherQuestionnaire => m.restore_other_questionnaire,
            RestoreError::OtherRevision => m.restore_other_revision,
        }
        .to_owned()
    }
}

impl fmt::Display for RestoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Locale::En))
    }
}

impl std::error::Error for RestoreError {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::Level;
    use crate::testing::{answers, arbitrary_answers, pick, tiny};
    use proptest::prelude::*;

    /// Applies `actions` from a fresh session and checks the step reached.
    fn check(actions: &[Action], expected: Step) {
        let q = tiny();
        let session = actions
            .iter()
            .fold(Session::new(&q), |s, &a| s.apply(&q, a));
        assert_eq!(session.step(), expected, "after {actions:?}");
    }

    #[test]
    fn a_questionnaire_without_profile_questions_has_no_about_you_step() {
        let mut q = tiny();
        q.profile.clear();
        let after = |actions: &[Action]| {
            actions
                .iter()
                .fold(Session::new(&q), |s, &a| s.apply(&q, a))
                .step()
        };
        assert_eq!(after(&[Action::Begin]), Step::Dimension(0));
        assert_eq!(after(&[Action::Next]), Step::Dimension(0));
        assert_eq!(after(&[Action::Begin, Action::Back]), Step::Start);
        // The first Next points out the unanswered questions, the second goes on.
        assert_eq!(
            after(&[Action::Begin, Action::Next, Action::Next, Action::Back]),
            Step::Dimension(0)
        );
    }

    fn level(n: u8) -> Option<Answer> {
        Level::new(n).map(Answer::Level)
    }

    #[test]
    fn steps_follow_the_flow() {
        use Action::*;
        check(&[], Step::Start);
        check(&[Back], Step::Start);
        check(&[Begin], Step::Profile);
        check(&[Begin, Next], Step::Dimension(0));
        check(&[Begin, Next, Back], Step::Profile);
        // Nothing is answered, so each dimension takes two Nexts: one that points out its
        // unanswered questions, one that goes on anyway.
        check(&[Begin, Next, Next], Step::Dimension(0));
        check(&[Begin, Next, Next, Next, Next, Next], Step::Dimension(2));
        // After the last dimension with questions unanswered: the review.
        let to_review = [Begin, Next, Next, Next, Next, Next, Next, Next];
        check(&to_review, Step::Review);
        check(&[&to_review[..], &[Next]].concat(), Step::Results);
        check(&[&to_review[..], &[Back]].concat(), Step::Dimension(2));
        check(&[&to_review[..], &[Finish]].concat(), Step::Results);
        // Jumping to an unanswered question lands on its dimension.
        check(
            &[&to_review[..], &[GoToQuestion(3)]].concat(),
            Step::Dimension(1),
        );
        check(&[Begin, GoToQuestion(99)], Step::Profile);
        check(&[Begin, Next, Reset], Step::Start);
    }

    #[test]
    fn a_step_is_opened_by_its_name() {
        let q = tiny();
        let opened = |name: &str| {
            Step::named(&q, name).map(|step| Session::new(&q).apply(&q, Action::Open(step)).step())
        };
        assert_eq!(opened("start"), Some(Step::Start));
        assert_eq!(opened("profile"), Some(Step::Profile));
        assert_eq!(opened("process"), Some(Step::Dimension(1)));
        assert_eq!(opened("listening"), Some(Step::Dimension(2)));
        assert_eq!(opened("review"), Some(Step::Review));
        assert_eq!(opened("results"), Some(Step::Results));
        // Names are exact: no other case, no spaces, no index.
        for name in ["", "Process", " process", "1", "dimension", "profile-"] {
            assert_eq!(Step::named(&q, name), None, "{name:?}");
        }
        // Every step's name opens it again.
        for d in 0..q.dimensions().len() {
            let step = Step::Dimension(d);
            assert_eq!(Step::named(&q, step.name(&q)), Some(step));
        }
        // Opening a step keeps the answers, and the flow goes on from there.
        let s = Session::new(&q)
            .apply(&q, Action::Answer(0, level(4)))
            .apply(&q, Action::Open(Step::Dimension(1)));
        assert_eq!(s.answers().get(0), level(4));
        // (Its questions unanswered, the first Next points them out, the second goes on.)
        assert_eq!(
            s.apply(&q, Action::Next).apply(&q, Action::Next).step(),
            Step::Dimension(2)
        );
        assert_eq!(s.apply(&q, Action::Back).step(), Step::Dimension(0));
    }

    #[test]
    fn a_step_the_questionnaire_lacks_is_not_opened() {
        let mut q = tiny();
        let at = Session::new(&q).apply(&q, Action::Open(Step::Dimension(3)));
        assert_eq!(at.step(), Step::Start);
        let at = Session::new(&q)
            .apply(&q, Action::Open(Step::Review))
            .apply(&q, Action::Open(Step::Dimension(usize::MAX)));
        assert_eq!(at.step(), Step::Review);
        q.profile.clear();
        let at = Session::new(&q).apply(&q, Action::Open(Step::Profile));
        assert_eq!(at.step(), Step::Start);
        assert_eq!(Step::named(&q, "profile"), None);
    }

    #[test]
    fn next_points_out_the_unanswered_questions_of_a_step_once() {
        let q = tiny();
        // "ownership" holds questions 0 and 1, "process" 2 and 3.
        let on_ownership = Session::new(&q)
            .apply(&q, Action::Begin)
            .apply(&q, Action::Next);
        assert_eq!(on_ownership.unanswered_here(&q), [0, 1]);
        assert!(on_ownership.left_unanswered(&q).is_empty());

        let warned = on_ownership.apply(&q, Action::Next);
        assert_eq!(warned.step(), Step::Dimension(0));
        assert_eq!(warned.left_unanswered(&q), [0, 1]);

        // Answering one keeps the message, with one left; answering both ends it.
        let one = warned.apply(&q, Action::Answer(0, level(3)));
        assert_eq!(one.left_unanswered(&q), [1]);
        let both = one.apply(&q, Action::Answer(1, Some(Answer::NotSure)));
        assert!(both.left_unanswered(&q).is_empty());
        assert_eq!(both.apply(&q, Action::Next).step(), Step::Dimension(1));

        // A second Next goes on anyway, and the next step starts without the message.
        let on = one.apply(&q, Action::Next);
        assert_eq!(on.step(), Step::Dimension(1));
        assert!(on.left_unanswered(&q).is_empty());
        assert_eq!(on.unanswered_here(&q), [2, 3]);

        // Leaving the step another way forgets the message too.
        for action in [Action::Back, Action::GoToQuestion(4), Action::Finish] {
            let back = warned.apply(&q, action).apply(&q, Action::GoToQuestion(0));
            assert_eq!(back.step(), Step::Dimension(0), "{action:?}");
            assert!(back.left_unanswered(&q).is_empty(), "{action:?}");
        }

        // Steps without scored questions never stop Next.
        let profile = Session::new(&q).apply(&q, Action::Begin);
        assert!(profile.unanswered_here(&q).is_empty());
        assert_eq!(profile.apply(&q, Action::Next).step(), Step::Dimension(0));
    }

    #[test]
    fn a_complete_questionnaire_skips_the_review() {
        let q = tiny();
        let mut s = Session::new(&q).apply(&q, Action::Begin);
        for i in 0..q.questions().len() {
            s = s.apply(&q, Action::Answer(i, level(2)));
        }
        for _ in 0..=q.dimensions().len() {
            s = s.apply(&q, Action::Next);
        }
        assert_eq!(s.step(), Step::Results);
    }

    #[test]
    fn answers_are_checked_against_the_questionnaire() {
        let q = tiny();
        let s = Session::new(&q)
            .apply(&q, Action::Answer(0, level(4)))
            .apply(&q, Action::Answer(99, level(4)))
            // "replies" (index 3) does not offer "not sure".
            .apply(&q, Action::Answer(3, Some(Answer::NotSure)))
            .apply(&q, Action::Profile(0, Some(1)))
            .apply(&q, Action::Profile(0, Some(99)))
            .apply(&q, Action::Profile(42, Some(0)));
        assert_eq!(s.answers().get(0), level(4));
        assert_eq!(s.answers().get(3), None);
        assert_eq!(s.answers().profile(0), Some(1));
        assert!(s.has_progress());
        let cleared = s.apply(&q, Action::Answer(0, None));
        assert_eq!(cleared.answers().get(0), None);
    }

    #[test]
    fn saved_text_round_trips() {
        let q = tiny();
        let mut a = answers(&q, "4 ? 2 - 5");
        pick(&q, &mut a, "department", "sales");
        pick(&q, &mut a, "units", "several");
        let s = Session {
            answers: a,
            step: Step::Dimension(1),
            warned: false,
        };
        assert_eq!(Session::restore(&q, &s.save(&q)), Ok(s));
    }

    #[test]
    fn unusable_saved_text_is_a_typed_error() {
        let q = tiny();
        let saved = Session::new(&q)
            .apply(&q, Action::Answer(0, level(3)))
            .save(&q);
        let cases: &[(String, RestoreError)] = &[
            (String::new(), RestoreError::Unreadable),
            ("not json".into(), RestoreError::Unreadable),
            (
                saved[..saved.len() / 2].to_string(),
                RestoreError::Unreadable,
            ),
            ("[1,2,3]".into(), RestoreError::Unreadable),
            (
                saved.replace("\"format\":1", "\"format\":2"),
                RestoreError::NewerFormat,
            ),
            (
                saved.replace("\"format\":1", "\"format\":0"),
                RestoreError::Unreadable,
            ),
            (
                saved.replace("\"tiny\"", "\"other\""),
                RestoreError::OtherQuestionnaire,
            ),
            (
                saved.replace("\"revision\":3", "\"revision\":2"),
                RestoreError::OtherRevision,
            ),
            (
                saved.replace("\"owner\":3", "\"owner\":9"),
                RestoreError::Unreadable,
            ),
            (
                saved.replace("\"owner\":3", "\"owner\":\"maybe\""),
                RestoreError::Unreadable,
            ),
            ("x".repeat(MAX_SAVED_LEN + 1), RestoreError::Unreadable),
        ];
        for (text, expected) in cases {
            assert_eq!(
                Session::restore(&q, text),
                Err(*expected),
                "restoring {text:.80}"
            );
        }
    }

    #[test]
    fn every_message_is_a_sentence_in_every_language() {
        use RestoreError::*;
        for error in [Unreadable, NewerFormat, OtherQuestionnaire, OtherRevision] {
            // Fails to compile when a kind is added, so that it gets a message test too.
            match error {
                Unreadable | NewerFormat | OtherQuestionnaire | OtherRevision => {}
            }
            crate::text::tests::check_localized(&format!("{error:?}"), true, |locale| {
                error.message(locale)
            });
            assert_eq!(error.to_string(), error.message(Locale::En));
        }
    }

    #[test]
    fn fields_of_the_wrong_type_give_the_error_of_their_check() {
        let q = tiny();
        let saved = |rest: &str| {
            format!("{{\"format\":1,\"questionnaire\":\"tiny\",\"revision\":3{rest}}}")
        };
        let cases: &[(String, RestoreError)] = &[
            ("{\"format\":\"1\"}".into(), RestoreError::Unreadable),
            ("{\"format\":1.0}".into(), RestoreError::Unreadable),
            (
                "{\"format\":1,\"questionnaire\":5}".into(),
                RestoreError::OtherQuestionnaire,
            ),
            (
                "{\"format\":1,\"questionnaire\":\"tiny\",\"revision\":\"3\"}".into(),
                RestoreError::OtherRevision,
            ),
            (
                saved(",\"answers\":{\"owner\":9,\"owner\":2}"),
                RestoreError::Unreadable,
            ),
            (
                saved(",\"profile\":{\"department\":1}"),
                RestoreError::Unreadable,
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(
                Session::restore(&q, text),
                Err(*expected),
                "restoring {text}"
            );
        }
        // Answers and profile that are not objects, a step that is not a text, and
        // answers to questions the questionnaire does not have, whatever their value, are
        // ignored.
        let s = Session::restore(&q, &saved(",\"answers\":[1],\"profile\":\"x\",\"step\":7"));
        assert_eq!(s, Ok(Session::new(&q)));
        let s = Session::restore(&q, &saved(",\"answers\":{\"gone\":{},\"owner\":2}"));
        assert_eq!(s.map(|s| s.answers().get(0)), Ok(level(2)));
        // Of a repeated field the last counts.
        let text = "{\"format\":2,\"format\":1,\"questionnaire\":\"x\",\"questionnaire\":\"tiny\",\"revision\":3}";
        assert_eq!(Session::restore(&q, text), Ok(Session::new(&q)));
    }

    #[test]
    fn answers_to_questions_a_revision_dropped_are_ignored() {
        let q = tiny();
        let text = r#"{"format":1,"questionnaire":"tiny","revision":3,"step":"review",
            "answers":{"owner":2,"gone":5},"profile":{"gone":"x"}}"#;
        let s = Session::restore(&q, text).expect("restores");
        assert_eq!(s.answers().get(0), level(2));
        assert_eq!(s.step(), Step::Review);
        // Counted, so the widget keeps a copy and says so (issue 19).
        let (counted, dropped) = Session::restore_counting(&q, text).expect("restores");
        assert_eq!((counted, dropped), (s, 2));
        let whole = Session::restore_counting(&q, &Session::new(&q).save(&q));
        assert_eq!(whole.map(|(_, dropped)| dropped), Ok(0));
    }

    proptest! {
        #[test]
        fn any_session_round_trips(a in arbitrary_answers(tiny()), step in 0usize..7) {
            let q = tiny();
            let step = match step {
                0 => Step::Start,
                1 => Step::Profile,
                2..=4 => Step::Dimension(step - 2),
                5 => Step::Review,
                _ => Step::Results,
            };
            // Not-sure on a question that does not offer it is not something a session
            // can hold (apply refuses it), so compare what the session would keep.
            let mut kept = a.clone();
            for (i, question) in q.questions().iter().enumerate() {
                let refused = match kept.get(i) {
                    Some(Answer::NotSure) => !question.not_sure,
                    Some(Answer::NotApplicable) => !question.not_applicable,
                    _ => false,
                };
                if refused {
                    kept.set(i, None);
                }
            }
            let s = Session { answers: kept, step, warned: false };
            let restored = Session::restore(&q, &s.save(&q));
            prop_assert_eq!(restored, Ok(s));
        }

        #[test]
        fn restoring_arbitrary_text_never_panics(text in ".{0,300}") {
            let _ = Session::restore(&tiny(), &text);
        }
    }
}
