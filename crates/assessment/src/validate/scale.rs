//! The scale: exactly five levels, numbered 1 to 5 in order, with thresholds that start at
//! 0 and rise.

use super::path::Obj;
use super::phrases::count;
use super::Problems;
use crate::questionnaire::{ScaleLevel, LEVELS};

const SCALE_FIELDS: &[&str] = &["level", "name", "description", "min_score"];

impl Problems {
    pub(super) fn scale(&mut self, obj: &Obj<'_>) -> Option<[ScaleLevel; LEVELS as usize]> {
        let (path, value) = self.required(obj, "scale")?;
        let items = self.list(&path, value, "level", "levels", 0, usize::MAX)?;
        if items.len() != usize::from(LEVELS) {
            let message = format!(
                "The scale has {}, but it needs exactly five, numbered 1 to 5 in order; add or remove levels.",
                count(items.len(), "level", "levels")
            );
            self.report(&path, message);
        }
        let mut previous: Option<i128> = None;
        self.each(&path, items, |p, index, path, value| {
            let obj = p.object(value, path, SCALE_FIELDS);
            let Some(obj) = obj else {
                previous = None;
                return None;
            };
            let level = p.req_level(&obj, "level");
            let name = p.req_text(&obj, "name");
            let description = p.req_text(&obj, "description");
            let min_score = p.required(&obj, "min_score").and_then(|(at, value)| {
                let score = p.whole(&at, value, 0, 100)?;
                Some((at, score))
            });
            if let (Some(level), true) = (level, index < usize::from(LEVELS)) {
                if level.index() != index {
                    let message = format!(
                        "This entry is level {}, but entry {} of the scale must be level {}; list the levels 1 to 5 in order.",
                        level.get(),
                        index + 1,
                        index + 1
                    );
                    p.report(&obj.at("level"), message);
                }
            }
            if let Some((at, score)) = &min_score {
                if index == 0 && *score != 0 {
                    let message =
                        "The lowest level must start at score 0 so that every score reaches a level; change this to 0.";
                    p.report(at, message.to_owned());
                } else if let Some(before) = previous.filter(|before| score <= before) {
                    let message = format!(
                        "This threshold ({score}) must be higher than the one of the level before ({before}); make each level need a higher score than the one below it."
                    );
                    p.report(at, message);
                }
            }
            previous = min_score.as_ref().map(|(_, score)| *score);
            Some(ScaleLevel {
                level: level?,
                name: name?,
                description: description?,
                min_score: u8::try_from(min_score?.1).ok()?,
            })
        })
        // Another number of levels than five is reported above.
        .and_then(|levels| levels.try_into().ok())
    }
}
