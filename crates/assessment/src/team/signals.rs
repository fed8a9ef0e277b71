//! Silo signals: the dimensions that departments place a level or more apart, and what
//! such a gap usually means.

use super::{Department, DepartmentRow};
use crate::messages;
use crate::questionnaire::{DimensionId, Level, Questionnaire};
use crate::text::Locale;
use serde::Serialize;
use std::cmp::Reverse;

/// What a silo signal says when its dimension has no `gap_meaning` of its own, in English;
/// [`generic_gap_meaning`] gives it in each locale.
pub const GENERIC_GAP_MEANING: &str = "When departments see the same area a level or more apart, they usually work from different information: each sees its own part of the work, and nobody sees the whole.";

/// What a silo signal says, in `locale`, when its dimension has no `gap_meaning` of its own.
pub fn generic_gap_meaning(locale: Locale) -> &'static str {
    messages::team(locale).generic_gap_meaning
}

/// A dimension that departments place a level or more apart.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SiloSignal {
    /// Which dimension.
    pub dimension: DimensionId,
    /// How many levels lie between the lowest and the highest department, at least 1.
    pub gap: u8,
    /// The departments at the highest level.
    pub highest: LevelGroup,
    /// The departments at the lowest level.
    pub lowest: LevelGroup,
    /// What a gap here usually means: the dimension's `gap_meaning`, or
    /// [`generic_gap_meaning`] in the locale of [`aggregate_in`](super::aggregate_in)
    /// ([`GENERIC_GAP_MEANING`] for [`aggregate`](super::aggregate)).
    pub meaning: String,
}

/// The departments that place a dimension at one level.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LevelGroup {
    /// The departments at it, in the order of the department question's options.
    pub departments: Vec<Department>,
    /// The level.
    pub level: Level,
}

/// What a gap in `dimension` usually means: its own `gap_meaning`, or the generic one.
pub(super) fn gap_meaning(dimension: &crate::questionnaire::Dimension, locale: Locale) -> String {
    dimension
        .gap_meaning
        .clone()
        .unwrap_or_else(|| generic_gap_meaning(locale).to_owned())
}

pub(super) fn silo_signals(
    questionnaire: &Questionnaire,
    departments: &[DepartmentRow],
    locale: Locale,
) -> Vec<SiloSignal> {
    let mut signals: Vec<(Reverse<u8>, Reverse<u32>, usize, SiloSignal)> = Vec::new();
    for (order, dimension) in questionnaire.dimensions().iter().enumerate() {
        let levels: Vec<(&Department, Level)> = departments
            .iter()
            .filter(|row| row.department != Department::NotGiven)
            .filter_map(|row| Some((&row.department, row.cells.get(order)?.level?)))
            .collect();
        let lowest = levels.iter().map(|&(_, level)| level).min();
        let highest = levels.iter().map(|&(_, level)| level).max();
        let (Some(lowest), Some(highest)) = (lowest, highest) else {
            continue;
        };
        if highest <= lowest {
            continue;
        }
        let at = |level: Level| LevelGroup {
            level,
            departments: levels
                .iter()
                .filter(|&&(_, l)| l == level)
                .map(|&(d, _)| d.clone())
                .collect(),
        };
        let gap = highest.get() - lowest.get();
        let signal = SiloSignal {
            dimension: dimension.id.clone(),
            gap,
            lowest: at(lowest),
            highest: at(highest),
            meaning: gap_meaning(dimension, locale),
        };
        signals.push((Reverse(gap), Reverse(dimension.weight), order, signal));
    }
    crate::order::sort_by(&mut signals, |a, b| (a.0, a.1, a.2).cmp(&(b.0, b.1, b.2)));
    signals
        .into_iter()
        .map(|(_, _, _, signal)| signal)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::team::tests::respondent;
    use crate::team::{
        aggregate, aggregate_in, workshop_agenda, workshop_agenda_in, Date, TeamReport,
    };
    use crate::testing::tiny;

    #[test]
    fn the_generic_gap_meaning_follows_the_locale() {
        let q = tiny();
        let all = [
            respondent("55 55 5", Some("marketing")),
            respondent("11 11 1", Some("sales")),
        ];
        let (en, de) = (aggregate(&q, &all), aggregate_in(&q, &all, Locale::De));
        let meanings = |team: &TeamReport| -> Vec<String> {
            team.silo_signals
                .iter()
                .map(|s| s.meaning.clone())
                .collect()
        };
        // "ownership" has a meaning of its own, "listening" none.
        assert_eq!(
            meanings(&de),
            [
                "Teams disagree about who decides.",
                generic_gap_meaning(Locale::De),
                generic_gap_meaning(Locale::De)
            ]
        );
        let strip = |team: &TeamReport| {
            let mut team = team.clone();
            team.silo_signals.iter_mut().for_each(|s| s.meaning.clear());
            team
        };
        assert_eq!(strip(&en), strip(&de), "nothing else depends on the locale");
        // The agenda takes the meaning from the questionnaire, whichever locale aggregated.
        let today = Date::new(2026, 11, 23).unwrap();
        assert_eq!(
            workshop_agenda_in(&q, &en, today, Locale::De),
            workshop_agenda_in(&q, &de, today, Locale::De)
        );
        assert_eq!(
            workshop_agenda(&q, &en, today),
            workshop_agenda(&q, &de, today)
        );
    }
}
