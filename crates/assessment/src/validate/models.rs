//! The organisational models and their rules: a rule names either a scored question with a
//! range of levels, or a profile question with some of its options.

use super::ids::Ids;
use super::known::Known;
use super::path::{Obj, Path};
use super::{Problems, MAX_MODELS, MAX_PROFILE_OPTIONS, MAX_RULES};
use crate::questionnaire::{Model, ModelId, ProfileId, ProfileOptionId, QuestionId, RuleSubject};
use json_positions::Value;
use std::collections::HashSet;

const MODEL_FIELDS: &[&str] = &["id", "name", "description", "rules"];
const RULE_FIELDS: &[&str] = &["question", "min", "max", "profile", "options"];

impl Problems {
    pub(super) fn models(&mut self, obj: &Obj<'_>, known: &Known) -> Option<Vec<Model>> {
        let (path, value) = self.required(obj, "models")?;
        let items = self.list(&path, value, "model", "models", 0, MAX_MODELS)?;
        let mut ids = Ids::new("another model", "model");
        self.each(&path, items, |p, _, path, value| {
            let obj = p.object(value, path, MODEL_FIELDS)?;
            let id = p.unique_id(&obj, &mut ids);
            let name = p.req_text(&obj, "name");
            let description = p.req_text(&obj, "description");
            let rules = p.required(&obj, "rules").and_then(|(path, value)| {
                let items = p.list(&path, value, "rule", "rules", 1, MAX_RULES)?;
                p.each(&path, items, |p, _, path, value| p.rule(path, value, known))
            });
            Some(Model {
                id: ModelId(id?),
                name: name?,
                description: description?,
                rules: rules?,
            })
        })
    }

    /// A rule of a model, or the `when` rule of a recommendation.
    pub(super) fn rule(
        &mut self,
        path: &Path,
        value: &Value,
        known: &Known,
    ) -> Option<RuleSubject> {
        let obj = self.object(value, path, RULE_FIELDS)?;
        let misplaced = |p: &mut Problems, names: &[&str], kind: &str| {
            for name in names {
                if let Some((at, _)) = obj.get(name) {
                    let message = format!(
                        "\"{name}\" belongs to rules about a {kind}, not to this one; remove it or split the rule in two."
                    );
                    p.report(&at, message);
                }
            }
        };
        match (obj.get("question"), obj.get("profile")) {
            (Some(_), Some(_)) => {
                let message =
                    "This rule names both a question and a profile question; split it into two rules.";
                self.report(path, message.to_owned());
                None
            }
            (None, None) => {
                let message =
                    "This rule names no question; add \"question\" with \"min\" and \"max\", or \"profile\" with \"options\".";
                self.report(path, message.to_owned());
                None
            }
            (Some((at, _)), None) => {
                misplaced(self, &["options"], "profile question");
                let question = self.question_reference(&obj, &at, known);
                let min = self.req_level(&obj, "min");
                let max = self.req_level(&obj, "max");
                if let (Some(min), Some(max)) = (min, max) {
                    if min > max {
                        let message = format!(
                            "The highest level ({}) is below the lowest level ({}); make \"max\" at least as high as \"min\".",
                            max.get(),
                            min.get()
                        );
                        let at = obj.at("max");
                        self.report(&at, message);
                        return None;
                    }
                }
                Some(RuleSubject::Question {
                    question: QuestionId(question?),
                    min: min?,
                    max: max?,
                })
            }
            (None, Some(_)) => {
                misplaced(self, &["min", "max"], "scored question");
                let profile = self.reference(
                    &obj,
                    "profile",
                    known.profile.as_ref(),
                    "profile question",
                    "$.profile",
                );
                let choices = profile
                    .as_ref()
                    .and_then(|id| known.profile_options.get(id))
                    .and_then(Option::as_ref);
                let options = self.required(&obj, "options").and_then(|(path, value)| {
                    let items =
                        self.list(&path, value, "option", "options", 1, MAX_PROFILE_OPTIONS)?;
                    let mut seen = HashSet::new();
                    self.each(&path, items, |p, _, path, value| {
                        let option = p.id(path, value)?;
                        if !seen.insert(option.clone()) {
                            let message = format!(
                                "The option \"{option}\" is already listed in this rule; list each option once."
                            );
                            p.report(path, message);
                            return None;
                        }
                        if let Some(choices) = choices {
                            if !choices.contains(&option) {
                                let name = profile.as_deref().unwrap_or_default();
                                let what = format!("option of profile question \"{name}\"");
                                p.missing(path, &option, choices, &what, "its options");
                                return None;
                            }
                        }
                        Some(ProfileOptionId(option))
                    })
                });
                Some(RuleSubject::Profile {
                    profile: ProfileId(profile?),
                    options: options?,
                })
            }
        }
    }

    /// The scored question a rule names, with a hint when it names a profile question.
    fn question_reference(&mut self, obj: &Obj<'_>, at: &Path, known: &Known) -> Option<String> {
        let is_profile = |id: &str| {
            known
                .profile
                .as_ref()
                .is_some_and(|profile| profile.contains(id))
        };
        let value = obj.get("question").map(|(_, value)| value)?;
        let id = self.id(at, value)?;
        if let Some(questions) = &known.questions {
            if !questions.contains(&id) {
                if is_profile(&id) {
                    let message = format!(
                        "\"{id}\" is a profile question, not a scored question; write \"profile\": \"{id}\" with \"options\" instead."
                    );
                    self.report(at, message);
                } else {
                    self.missing(at, &id, questions, "question", "$.questions");
                }
                return None;
            }
        }
        Some(id)
    }
}
