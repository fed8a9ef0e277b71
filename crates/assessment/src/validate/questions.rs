//! The dimensions and the scored questions: every dimension is scored by some question, and
//! every question is in a known dimension and has one option for each of the five levels.

use super::ids::Ids;
use super::known::Known;
use super::path::Obj;
use super::phrases::levels_phrase;
use super::{Problems, MAX_DIMENSIONS, MAX_QUESTIONS};
use crate::questionnaire::{Choice, Dimension, DimensionId, Level, Question, QuestionId, LEVELS};

const DIMENSION_FIELDS: &[&str] = &["id", "name", "description", "weight", "gap_meaning"];
const QUESTION_FIELDS: &[&str] = &[
    "id",
    "dimension",
    "prompt",
    "help",
    "not_sure",
    "not_applicable",
    "options",
];
const CHOICE_FIELDS: &[&str] = &["level", "label"];

impl Problems {
    pub(super) fn dimensions(&mut self, obj: &Obj<'_>, known: &Known) -> Option<Vec<Dimension>> {
        let (path, value) = self.required(obj, "dimensions")?;
        let items = self.list(&path, value, "dimension", "dimensions", 1, MAX_DIMENSIONS)?;
        let mut ids = Ids::new("another dimension", "dimension");
        self.each(&path, items, |p, _, path, value| {
            let obj = p.object(value, path, DIMENSION_FIELDS)?;
            let id = p.unique_id(&obj, &mut ids);
            let name = p.req_text(&obj, "name");
            let description = p.req_text(&obj, "description");
            let weight = p.req_whole(&obj, "weight", 1, 100);
            let gap_meaning = p.opt_text(&obj, "gap_meaning");
            if let (Some(id), Some(questioned)) = (&id, &known.questioned) {
                if !questioned.contains(id) {
                    let message = format!(
                        "No question scores this dimension; add a question with \"dimension\": \"{id}\" or remove the dimension."
                    );
                    p.report_consequence(path, message);
                }
            }
            Some(Dimension {
                id: DimensionId(id?),
                name: name?,
                description: description?,
                weight: u32::try_from(weight?).ok()?,
                gap_meaning: gap_meaning?,
            })
        })
    }

    pub(super) fn questions(&mut self, obj: &Obj<'_>, known: &Known) -> Option<Vec<Question>> {
        let (path, value) = self.required(obj, "questions")?;
        let items = self.list(&path, value, "question", "questions", 1, MAX_QUESTIONS)?;
        let mut ids = Ids::new("another question", "question");
        self.each(&path, items, |p, _, path, value| {
            let obj = p.object(value, path, QUESTION_FIELDS)?;
            let id = p.unique_id(&obj, &mut ids);
            let dimension = p.reference(
                &obj,
                "dimension",
                known.dimensions.as_ref(),
                "dimension",
                "$.dimensions",
            );
            let prompt = p.req_text(&obj, "prompt");
            let help = p.opt_text(&obj, "help");
            let not_sure = p.opt_bool(&obj, "not_sure");
            let not_applicable = p.opt_bool(&obj, "not_applicable");
            let options = p.choices(&obj);
            Some(Question {
                id: QuestionId(id?),
                dimension: DimensionId(dimension?),
                prompt: prompt?,
                help: help?,
                options: options?,
                not_sure: not_sure?.unwrap_or(true),
                not_applicable: not_applicable?.unwrap_or(false),
            })
        })
    }

    fn choices(&mut self, obj: &Obj<'_>) -> Option<Vec<Choice>> {
        let (path, value) = self.required(obj, "options")?;
        let items = self.list(&path, value, "option", "options", 0, usize::MAX)?;
        let mut holders: [Option<String>; LEVELS as usize] = Default::default();
        let mut unreadable = false;
        let choices = self.each(&path, items, |p, _, path, value| {
            let Some(obj) = p.object(value, path, CHOICE_FIELDS) else {
                unreadable = true;
                return None;
            };
            let level = p.req_level(&obj, "level");
            let label = p.req_text(&obj, "label");
            match level {
                None => unreadable = true,
                Some(level) => {
                    let slot = level.of_mut(&mut holders);
                    if let Some(first) = slot {
                        let message = format!(
                            "Level {} already has an option ({first}); give each of the levels 1 to 5 exactly one option.",
                            level.get()
                        );
                        p.report(&obj.at("level"), message);
                    } else {
                        *slot = Some(path.text.clone());
                    }
                }
            }
            Some(Choice { level: level?, label: label? })
        });
        let missing: Vec<u8> = Level::all()
            .filter(|level| level.of(&holders).is_none())
            .map(Level::get)
            .collect();
        if !missing.is_empty() && !unreadable {
            let message = format!(
                "This question has no option for {}; give each of the levels 1 to 5 exactly one option.",
                levels_phrase(&missing)
            );
            self.report(&path, message);
            return None;
        }
        choices
    }
}
