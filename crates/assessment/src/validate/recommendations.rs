//! The recommendations: each in a known dimension, with its levels, texts and horizon, so
//! that every level of every dimension is covered by exactly one of them that has no
//! `when` rule and is not `alongside`. A recommendation with a `when` rule (read like a
//! model's rule) replaces that one for respondents who meet it; one marked `alongside` is
//! shown next to it.

use super::ids::Ids;
use super::known::Known;
use super::path::{Obj, Path};
use super::phrases::{describe, levels_phrase};
use super::{Problems, MAX_RECOMMENDATIONS};
use crate::questionnaire::{DimensionId, Horizon, Level, Recommendation, RecommendationId, LEVELS};
use json_positions::Value;
use std::collections::{HashMap, HashSet};

const RECOMMENDATION_FIELDS: &[&str] = &[
    "id",
    "dimension",
    "levels",
    "title",
    "action",
    "first_step",
    "horizon",
    "when",
    "alongside",
];

impl Problems {
    pub(super) fn recommendations(
        &mut self,
        obj: &Obj<'_>,
        known: &Known,
    ) -> Option<Vec<Recommendation>> {
        let (path, value) = self.required(obj, "recommendations")?;
        let items = self.list(
            &path,
            value,
            "recommendation",
            "recommendations",
            0,
            MAX_RECOMMENDATIONS,
        )?;
        let mut ids = Ids::new("another recommendation", "recommendation");
        // For each dimension and level, which recommendation covers it first.
        let mut covered: HashMap<String, [Option<String>; LEVELS as usize]> = HashMap::new();
        // Dimensions with a recommendation whose levels could not be read.
        let mut uncertain: HashSet<String> = HashSet::new();
        let recommendations = self.each(&path, items, |p, _, path, value| {
            let obj = p.object(value, path, RECOMMENDATION_FIELDS)?;
            let id = p.unique_id(&obj, &mut ids);
            let dimension = p.reference(
                &obj,
                "dimension",
                known.dimensions.as_ref(),
                "dimension",
                "$.dimensions",
            );
            let levels = p.recommendation_levels(&obj);
            let title = p.req_text(&obj, "title");
            let action = p.req_text(&obj, "action");
            let first_step = p.req_text(&obj, "first_step");
            let horizon = p.horizon(&obj);
            let when = match obj.get("when") {
                None => Some(None),
                Some((at, value)) => p.rule(&at, value, known).map(Some),
            };
            let alongside = p.opt_bool(&obj, "alongside");
            // Only the unconditional, non-alongside recommendations cover levels.
            let covers = matches!((&when, &alongside), (Some(None), Some(None | Some(false))));
            match (&dimension, &levels) {
                (Some(dimension), Some(levels)) if covers => {
                    let holder = match &id {
                        Some(id) => format!("recommendation \"{id}\""),
                        None => format!("the recommendation at {}", path.text),
                    };
                    let slots = covered.entry(dimension.clone()).or_default();
                    for (at, level) in levels {
                        match level.of_mut(slots) {
                            Some(first) => {
                                let message = format!(
                                    "Level {} of dimension \"{dimension}\" is already covered by {first}; cover each level of a dimension with exactly one recommendation.",
                                    level.get()
                                );
                                p.report(at, message);
                            }
                            slot @ None => *slot = Some(holder.clone()),
                        }
                    }
                }
                (Some(dimension), None) if covers => {
                    uncertain.insert(dimension.clone());
                }
                (Some(dimension), _) if when.is_none() || alongside.is_none() => {
                    uncertain.insert(dimension.clone());
                }
                _ => {}
            }
            let mut levels: Vec<Level> = levels?.into_iter().map(|(_, level)| level).collect();
            crate::order::sort_by(&mut levels, Ord::cmp);
            Some(Recommendation {
                id: RecommendationId(id?),
                dimension: DimensionId(dimension?),
                levels,
                title: title?,
                action: action?,
                first_step: first_step?,
                horizon: horizon?,
                when: when?,
                alongside: alongside?.unwrap_or(false),
            })
        });
        for dimension in &known.dimension_order {
            if uncertain.contains(dimension) {
                continue;
            }
            let slots = covered.get(dimension);
            let missing: Vec<u8> = Level::all()
                .filter(|level| slots.is_none_or(|slots| level.of(slots).is_none()))
                .map(Level::get)
                .collect();
            if !missing.is_empty() {
                let them = if missing.len() == 1 { "it" } else { "them" };
                let message = format!(
                    "Dimension \"{dimension}\" has no recommendation for {}; add a recommendation that covers {them}.",
                    levels_phrase(&missing)
                );
                self.report_consequence(&path, message);
            }
        }
        recommendations
    }

    /// A recommendation's levels with their paths, each level once.
    fn recommendation_levels(&mut self, obj: &Obj<'_>) -> Option<Vec<(Path, Level)>> {
        let (path, value) = self.required(obj, "levels")?;
        let items = self.list(&path, value, "level", "levels", 1, usize::MAX)?;
        let mut seen = [false; LEVELS as usize];
        self.each(&path, items, |p, _, path, value| {
            let level = p.level(path, value)?;
            if std::mem::replace(level.of_mut(&mut seen), true) {
                let message = format!(
                    "Level {} is already listed in this recommendation; list each level once.",
                    level.get()
                );
                p.report(path, message);
                return None;
            }
            Some((path.clone(), level))
        })
    }

    fn horizon(&mut self, obj: &Obj<'_>) -> Option<Horizon> {
        let (path, value) = self.required(obj, "horizon")?;
        let horizon = match value {
            Value::Integer(30) => Some(Horizon::Days30),
            Value::Integer(60) => Some(Horizon::Days60),
            Value::Integer(90) => Some(Horizon::Days90),
            _ => None,
        };
        if horizon.is_none() {
            let message = format!(
                "This must be 30, 60 or 90 (days), but it is {}; change it to one of those.",
                describe(value)
            );
            self.report(&path, message);
        }
        horizon
    }
}
