//! Editing operations on a [`Document`]: what a form does when a consultant adds, removes,
//! duplicates or moves an item, renames an id, or adds a language. Each keeps what it can
//! of the format's rules (a new dimension comes with a question of five answers and a
//! recommendation for every level; a renamed id is renamed in every reference), and leaves
//! the rest to the validator, whose problems the studio shows.

use super::document::{
    Choice, Dimension, Document, Model, ProfileOption, ProfileQuestion, Question, Recommendation,
    Rule, Source, Text,
};

/// Which kind of id is renamed, for [`Document::rename`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IdKind {
    /// A dimension: questions and recommendations refer to it.
    Dimension,
    /// A scored question: model rules refer to it.
    Question,
    /// A profile question: model rules refer to it.
    Profile,
    /// An option of the profile question with this id: model rules list it.
    ProfileOption(String),
    /// A model: options of organisation questions name it.
    Model,
    /// A recommendation: nothing refers to it.
    Recommendation,
}

/// `base` if no id in `taken` is, else `base-2`, `base-3`, …: an id no item has.
pub fn fresh_id<'a>(base: &str, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    let base = if base.is_empty() { "item" } else { base };
    let free = |id: &str| !taken.clone().any(|t| t == id);
    if free(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| free(id))
        .unwrap_or_default()
}

/// Moves the item at `from` to `to` in `list`; false when either is out of range.
pub fn move_item<T>(list: &mut Vec<T>, from: usize, to: usize) -> bool {
    if from >= list.len() || to >= list.len() {
        return false;
    }
    let item = list.remove(from);
    list.insert(to, item);
    true
}

/// Removes the item at `index` from `list`; false when out of range.
pub fn remove_item<T>(list: &mut Vec<T>, index: usize) -> bool {
    if index >= list.len() {
        return false;
    }
    list.remove(index);
    true
}

/// Puts a copy of the item at `index` right after it; false when out of range.
pub fn duplicate_item<T: Clone>(list: &mut Vec<T>, index: usize) -> bool {
    let Some(copy) = list.get(index).cloned() else {
        return false;
    };
    list.insert(index + 1, copy);
    true
}

impl Document {
    fn empty_text(&self) -> Text {
        Text::empty(&self.language_tags())
    }

    fn new_question(&self, id: String, dimension: &str) -> Question {
        Question {
            id,
            dimension: dimension.to_string(),
            prompt: self.empty_text(),
            options: (1..=5)
                .map(|level| Choice {
                    level,
                    label: self.empty_text(),
                    ..Choice::default()
                })
                .collect(),
            ..Question::default()
        }
    }

    fn new_recommendation(&self, id: String, dimension: &str, levels: Vec<u32>) -> Recommendation {
        Recommendation {
            id,
            dimension: dimension.to_string(),
            levels,
            title: self.empty_text(),
            action: self.empty_text(),
            first_step: self.empty_text(),
            horizon: 30,
            ..Recommendation::default()
        }
    }

    /// Adds a dimension at the end, with one question of five answers and one
    /// recommendation for all five levels, all their texts still to write. Returns its id.
    pub fn add_dimension(&mut self) -> String {
        let id = fresh_id("dimension", self.dimensions.iter().map(|d| d.id.as_str()));
        self.dimensions.push(Dimension {
            id: id.clone(),
            name: self.empty_text(),
            description: self.empty_text(),
            weight: 1,
            ..Dimension::default()
        });
        self.add_question(&id);
        self.add_recommendation(&id);
        id
    }

    /// Adds a question of five answers to `dimension`, after its last one. Returns its
    /// index.
    pub fn add_question(&mut self, dimension: &str) -> usize {
        let id = fresh_id(
            &format!("{dimension}-question"),
            self.questions.iter().map(|q| q.id.as_str()),
        );
        let question = self.new_question(id, dimension);
        let at = self
            .questions
            .iter()
            .rposition(|q| q.dimension == dimension)
            .map_or(self.questions.len(), |i| i + 1);
        self.questions.insert(at, question);
        at
    }

    /// Adds a recommendation for `dimension` covering all five levels, after its last one.
    /// Returns its index.
    pub fn add_recommendation(&mut self, dimension: &str) -> usize {
        let id = fresh_id(
            &format!("{dimension}-advice"),
            self.recommendations.iter().map(|r| r.id.as_str()),
        );
        let levels = if self
            .recommendations
            .iter()
            .any(|r| r.dimension == dimension)
        {
            Vec::new()
        } else {
            (1..=5).collect()
        };
        let recommendation = self.new_recommendation(id, dimension, levels);
        let at = self
            .recommendations
            .iter()
            .rposition(|r| r.dimension == dimension)
            .map_or(self.recommendations.len(), |i| i + 1);
        self.recommendations.insert(at, recommendation);
        at
    }

    /// Adds a profile question of kind "other" with two answers.
    pub fn add_profile_question(&mut self) {
        let profile = self.profile.get_or_insert_with(Vec::new);
        let id = fresh_id("about", profile.iter().map(|p| p.id.as_str()));
        let empty = Text::empty(&self.language_tags());
        let option = |id: &str| ProfileOption {
            id: id.to_string(),
            label: empty.clone(),
            ..ProfileOption::default()
        };
        let question = ProfileQuestion {
            id,
            kind: "other".to_string(),
            prompt: empty.clone(),
            options: vec![option("first"), option("second")],
            ..ProfileQuestion::default()
        };
        if let Some(profile) = &mut self.profile {
            profile.push(question);
        }
    }

    /// Adds an answer to the profile question at `index`.
    pub fn add_profile_option(&mut self, index: usize) {
        let empty = self.empty_text();
        if let Some(question) = self.profile.as_mut().and_then(|p| p.get_mut(index)) {
            let id = fresh_id("answer", question.options.iter().map(|o| o.id.as_str()));
            question.options.push(ProfileOption {
                id,
                label: empty,
                ..ProfileOption::default()
            });
        }
    }

    /// Adds a model with one rule on the first question.
    pub fn add_model(&mut self) {
        let empty = self.empty_text();
        let first = self.questions.first().map(|q| q.id.clone());
        let models = self.models.get_or_insert_with(Vec::new);
        let id = fresh_id("model", models.iter().map(|m| m.id.as_str()));
        models.push(Model {
            id,
            name: empty.clone(),
            description: empty,
            rules: vec![Rule {
                question: first,
                min: Some(1),
                max: Some(5),
                ..Rule::default()
            }],
            ..Model::default()
        });
    }

    /// Adds a rule on the first question to the model at `index`.
    pub fn add_rule(&mut self, index: usize) {
        let first = self.questions.first().map(|q| q.id.clone());
        if let Some(model) = self.models.as_mut().and_then(|m| m.get_mut(index)) {
            model.rules.push(Rule {
                question: first,
                min: Some(1),
                max: Some(5),
                ..Rule::default()
            });
        }
    }

    /// Adds a source to the methodology.
    pub fn add_source(&mut self) {
        let empty = self.empty_text();
        let methodology = self.methodology.get_or_insert_with(Default::default);
        methodology.sources.push(Source {
            label: empty,
            ..Source::default()
        });
    }

    /// Removes the dimension at `index` with its questions and recommendations.
    pub fn remove_dimension(&mut self, index: usize) -> bool {
        let Some(id) = self.dimensions.get(index).map(|d| d.id.clone()) else {
            return false;
        };
        self.dimensions.remove(index);
        self.questions.retain(|q| q.dimension != id);
        self.recommendations.retain(|r| r.dimension != id);
        true
    }

    /// Puts a copy of the dimension at `index` right after it, with copies of its
    /// questions and recommendations, each under a fresh id. Returns the copy's id.
    pub fn duplicate_dimension(&mut self, index: usize) -> Option<String> {
        let original = self.dimensions.get(index)?.clone();
        let id = fresh_id(
            &format!("{}-copy", original.id),
            self.dimensions.iter().map(|d| d.id.as_str()),
        );
        let mut copy = original.clone();
        copy.id = id.clone();
        self.dimensions.insert(index + 1, copy);
        let questions: Vec<Question> = self
            .questions
            .iter()
            .filter(|q| q.dimension == original.id)
            .cloned()
            .collect();
        for mut question in questions {
            question.id = fresh_id(
                &format!("{}-copy", question.id),
                self.questions.iter().map(|q| q.id.as_str()),
            );
            question.dimension = id.clone();
            self.questions.push(question);
        }
        let recommendations: Vec<Recommendation> = self
            .recommendations
            .iter()
            .filter(|r| r.dimension == original.id)
            .cloned()
            .collect();
        for mut recommendation in recommendations {
            recommendation.id = fresh_id(
                &format!("{}-copy", recommendation.id),
                self.recommendations.iter().map(|r| r.id.as_str()),
            );
            recommendation.dimension = id.clone();
            self.recommendations.push(recommendation);
        }
        Some(id)
    }

    /// Puts a copy of the question at `index` right after it, under a fresh id.
    pub fn duplicate_question(&mut self, index: usize) -> bool {
        let Some(mut copy) = self.questions.get(index).cloned() else {
            return false;
        };
        copy.id = fresh_id(
            &format!("{}-copy", copy.id),
            self.questions.iter().map(|q| q.id.as_str()),
        );
        self.questions.insert(index + 1, copy);
        true
    }

    /// Puts a copy of the recommendation at `index` right after it, under a fresh id.
    pub fn duplicate_recommendation(&mut self, index: usize) -> bool {
        let Some(mut copy) = self.recommendations.get(index).cloned() else {
            return false;
        };
        copy.id = fresh_id(
            &format!("{}-copy", copy.id),
            self.recommendations.iter().map(|r| r.id.as_str()),
        );
        self.recommendations.insert(index + 1, copy);
        true
    }

    /// Renames the id `old` of `kind` to `new`, in its item and in every reference to it.
    /// Returns how many places changed (0 when no item has the id `old`).
    pub fn rename(&mut self, kind: &IdKind, old: &str, new: &str) -> usize {
        let mut changed = 0;
        let mut swap = |id: &mut String| {
            if id == old {
                *id = new.to_string();
                changed += 1;
            }
        };
        let rules = self
            .models
            .iter_mut()
            .flatten()
            .flat_map(|m| m.rules.iter_mut());
        match kind {
            IdKind::Dimension => {
                self.dimensions.iter_mut().for_each(|d| swap(&mut d.id));
                self.questions
                    .iter_mut()
                    .for_each(|q| swap(&mut q.dimension));
                self.recommendations
                    .iter_mut()
                    .for_each(|r| swap(&mut r.dimension));
                self.benchmark
                    .iter_mut()
                    .flat_map(|b| b.dimensions.iter_mut())
                    .flat_map(|d| d.0.iter_mut())
                    .for_each(|(id, _)| swap(id));
            }
            IdKind::Question => {
                self.questions.iter_mut().for_each(|q| swap(&mut q.id));
                rules
                    .filter_map(|r| r.question.as_mut())
                    .for_each(&mut swap);
            }
            IdKind::Profile => {
                self.profile
                    .iter_mut()
                    .flatten()
                    .for_each(|p| swap(&mut p.id));
                rules.filter_map(|r| r.profile.as_mut()).for_each(&mut swap);
            }
            IdKind::ProfileOption(question) => {
                self.profile
                    .iter_mut()
                    .flatten()
                    .filter(|p| p.id == *question)
                    .flat_map(|p| p.options.iter_mut())
                    .for_each(|o| swap(&mut o.id));
                rules
                    .filter(|r| r.profile.as_ref() == Some(question))
                    .flat_map(|r| r.options.iter_mut().flatten())
                    .for_each(&mut swap);
            }
            IdKind::Model => {
                self.models
                    .iter_mut()
                    .flatten()
                    .for_each(|m| swap(&mut m.id));
                self.profile
                    .iter_mut()
                    .flatten()
                    .flat_map(|p| p.options.iter_mut())
                    .filter_map(|o| o.model.as_mut())
                    .for_each(&mut swap);
            }
            IdKind::Recommendation => {
                self.recommendations
                    .iter_mut()
                    .for_each(|r| swap(&mut r.id));
            }
        }
        changed
    }

    /// Adds the language `tag` after the others: every text gets an empty entry for it
    /// (a file of one language becomes one of several, its plain texts that language's).
    /// False when the file has it already or `tag` is empty.
    pub fn add_language(&mut self, tag: &str) -> bool {
        let tag = tag.trim();
        let mut languages = self.language_tags();
        if tag.is_empty() || languages.iter().any(|l| l == tag) {
            return false;
        }
        let from = languages.first().cloned();
        languages.push(tag.to_string());
        self.reshape_texts(&languages, from.as_deref());
        self.language = None;
        self.languages = Some(languages);
        true
    }

    /// Removes the language `tag` and its texts; false when it is not declared or is the
    /// only one.
    pub fn remove_language(&mut self, tag: &str) -> bool {
        let mut languages = self.language_tags();
        if languages.len() < 2 || !languages.iter().any(|l| l == tag) {
            return false;
        }
        languages.retain(|l| l != tag);
        self.reshape_texts(&languages, None);
        if languages.len() == 1 {
            self.languages = None;
            self.language = languages.first().cloned();
        } else {
            self.languages = Some(languages);
        }
        true
    }

    /// Makes `tag` the default language (first in the list).
    pub fn make_default_language(&mut self, tag: &str) -> bool {
        let Some(languages) = &mut self.languages else {
            return false;
        };
        let Some(at) = languages.iter().position(|l| l == tag) else {
            return false;
        };
        move_item(languages, at, 0)
    }
}
