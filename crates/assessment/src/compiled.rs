//! The built-in questionnaire as the build hands it to the widget: validated once, at build
//! time, and written in one language as the serde form of [`Questionnaire`] itself, so the
//! widget that visitors download reads it without carrying the validator (DESIGN.md, "Size
//! and speed").
//!
//! `cargo xtask build` writes one such file per language ([`write`]); the widget reads it
//! back with [`read`]. A file is never trusted for having come from the build: reading it
//! checks every invariant the rest of the domain relies on (the ones documented on
//! [`Questionnaire`]), so a file damaged on the way, edited by hand or left over from
//! another version gives one clear [`Problem`] and never a wrong result or a panic.

use crate::questionnaire::{Level, Questionnaire, RuleSubject, LEVELS};
use crate::validate::Problem;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The fingerprint of the questionnaire's types (`build.rs`): the parts of a compiled file
/// are lists of their fields' values in the order `questionnaire.rs` declares them, so a
/// file is read only by a widget built from the same declarations, and any other is named
/// as written by another build, never misread.
pub const COMPILED_FORMAT: &str = env!("SILO_CHECK_QUESTIONNAIRE_TYPES");

/// The file's own shape: the fingerprint, then the questionnaire.
#[derive(Serialize, Deserialize)]
struct Compiled<S, Q> {
    compiled: S,
    questionnaire: Q,
}

/// The compiled file for `questionnaire`, in the language it is in.
pub fn write(questionnaire: &Questionnaire) -> String {
    crate::json::to_string(&Compiled {
        compiled: COMPILED_FORMAT,
        questionnaire,
    })
}

/// The questionnaire as the screens before the results need it: every text that only the
/// results show (the recommendations', the models' and the methodology's, the levels'
/// descriptions, and what a gap between departments means) is left empty, and everything
/// else (ids, levels, rules, questions) is as it was, so it upholds every invariant and
/// scores the same answers the same way. The widget shows it first and fetches the whole
/// file with the visitor's first answer ([`complete`]), so a visitor who reads only the
/// start screen never downloads the advice (DESIGN.md, "Size and speed").
pub fn start_of(questionnaire: &Questionnaire) -> Questionnaire {
    let mut start = questionnaire.clone();
    for r in &mut start.recommendations {
        r.title.clear();
        r.action.clear();
        r.first_step.clear();
    }
    for m in &mut start.models {
        m.name.clear();
        m.description.clear();
    }
    for d in &mut start.dimensions {
        d.gap_meaning = None;
    }
    for level in &mut start.scale {
        level.description.clear();
    }
    start.methodology.text.clear();
    start.methodology.sources.clear();
    // Only the results place a score against the benchmark.
    start.benchmark = None;
    start
}

/// The compiled file of [`start_of`]`(questionnaire)`.
pub fn write_start(questionnaire: &Questionnaire) -> String {
    write(&start_of(questionnaire))
}

/// Reads the whole file of the questionnaire whose start (`start`, as [`start_of`] made
/// it, with the same host customisation applied by `customise`) is shown: refused unless
/// it is the same questionnaire, so the answers given so far keep their meaning.
pub fn complete(
    start: &Questionnaire,
    text: &str,
    customise: impl FnOnce(Questionnaire) -> Questionnaire,
) -> Result<Questionnaire, Problem> {
    let whole = customise(read(text)?);
    if start_of(&whole) != *start {
        return Err(refused(
            "it is not the questionnaire shown until now (another revision or language?)".into(),
        ));
    }
    Ok(whole)
}

fn refused(why: String) -> Problem {
    Problem {
        path: "$".into(),
        message: format!(
            "The built-in questionnaire's file cannot be used: {why}. The site must publish every file of one build of Silo Check together."
        ),
    }
}

/// Reads a compiled file back, checking it as described in the module's documentation.
pub fn read(text: &str) -> Result<Questionnaire, Problem> {
    #[derive(Deserialize)]
    struct Version {
        compiled: String,
    }
    let not_ours = || refused("it is not a file that Silo Check's build writes".into());
    // Parsed once, read as its version first, then as the file of that version.
    let tree = json_positions::parse(text).map_err(|_| not_ours())?;
    let version = crate::json::from_value::<Version>(&tree).map_err(|_| not_ours())?;
    if version.compiled != COMPILED_FORMAT {
        return Err(refused(format!(
            "it was written by another build of Silo Check (types {}, this widget's are {COMPILED_FORMAT})",
            version.compiled
        )));
    }
    let file = crate::json::from_value::<Compiled<String, Questionnaire>>(&tree)
        .map_err(|_| refused("part of it is missing or of the wrong kind".into()))?;
    check(&file.questionnaire).map_err(refused)?;
    Ok(file.questionnaire)
}

/// Every invariant documented on [`Questionnaire`] and its parts, or the first one broken.
pub(crate) fn check(q: &Questionnaire) -> Result<(), String> {
    fn unique<'a>(what: &str, ids: impl Iterator<Item = &'a str>) -> Result<(), String> {
        let mut seen = HashSet::new();
        for id in ids {
            if !seen.insert(id) {
                return Err(format!("two {what} have the id \"{id}\""));
            }
        }
        Ok(())
    }
    if !q.languages.contains(&q.language) {
        return Err(format!(
            "its texts are in \"{}\", which is not one of its languages",
            q.language
        ));
    }
    let mut previous: Option<u8> = None;
    for (i, step) in q.scale.iter().enumerate() {
        let rises = match previous {
            None => step.min_score == 0,
            Some(p) => step.min_score > p,
        };
        if usize::from(step.level.get()) != i + 1 || !rises || step.min_score > 100 {
            return Err(format!(
                "its scale's level {} is out of order or its lowest score does not rise from 0 to at most 100",
                i + 1
            ));
        }
        previous = Some(step.min_score);
    }
    unique("dimensions", q.dimensions.iter().map(|d| d.id.as_str()))?;
    unique("questions", q.questions.iter().map(|x| x.id.as_str()))?;
    unique("profile questions", q.profile.iter().map(|p| p.id.as_str()))?;
    unique(
        "recommendations",
        q.recommendations.iter().map(|r| r.id.as_str()),
    )?;
    unique("models", q.models.iter().map(|m| m.id.as_str()))?;
    if q.dimensions.is_empty() {
        return Err("it has no dimension".into());
    }
    for d in &q.dimensions {
        if !(1..=100).contains(&d.weight) {
            return Err(format!("dimension \"{}\" has a weight outside 1-100", d.id));
        }
        if q.questions_of(&d.id).next().is_none() {
            return Err(format!("dimension \"{}\" has no question", d.id));
        }
        for level in Level::all() {
            let covering = q
                .recommendations
                .iter()
                .filter(|r| {
                    r.dimension == d.id
                        && r.levels.contains(&level)
                        && r.when.is_none()
                        && !r.alongside
                })
                .count();
            if covering != 1 {
                return Err(format!(
                    "dimension \"{}\" has {covering} unconditional recommendations for level {}, not one",
                    d.id,
                    level.get()
                ));
            }
        }
    }
    for question in &q.questions {
        if q.dimension(&question.dimension).is_none() {
            return Err(format!(
                "question \"{}\" scores dimension \"{}\", which it does not have",
                question.id, question.dimension
            ));
        }
        let every_level_once = question.options.len() == usize::from(LEVELS)
            && Level::all().all(|l| question.options.iter().any(|o| o.level == l));
        if !every_level_once {
            return Err(format!(
                "question \"{}\" does not have one answer for each level",
                question.id
            ));
        }
    }
    for p in &q.profile {
        unique(
            "options of one profile question",
            p.options.iter().map(|o| o.id.as_str()),
        )?;
        if p.options.len() < 2 {
            return Err(format!(
                "profile question \"{}\" has fewer than two options",
                p.id
            ));
        }
        if let Some(model) = p
            .options
            .iter()
            .filter_map(|o| o.model.as_ref())
            .find(|m| q.model(m).is_none())
        {
            return Err(format!(
                "profile question \"{}\" names model \"{model}\", which it does not have",
                p.id
            ));
        }
    }
    let sound = |rule: &RuleSubject| match rule {
        RuleSubject::Question { question, min, max } => {
            min <= max && q.question_index(question).is_some()
        }
        RuleSubject::Profile { profile, options } => q.profile_index(profile).is_some_and(|i| {
            q.profile.get(i).is_some_and(|p| {
                !options.is_empty() && options.iter().all(|o| p.options.iter().any(|x| &x.id == o))
            })
        }),
    };
    for r in &q.recommendations {
        let ascending = r.levels.windows(2).all(|w| matches!(w, [a, b] if a < b));
        if q.dimension(&r.dimension).is_none() || r.levels.is_empty() || !ascending {
            return Err(format!(
                "recommendation \"{}\" names no dimension it has, or no levels in order",
                r.id
            ));
        }
        if r.when.as_ref().is_some_and(|rule| !sound(rule)) {
            return Err(format!(
                "recommendation \"{}\" has a rule that names something it does not have",
                r.id
            ));
        }
    }
    for m in &q.models {
        if m.rules.is_empty() || !m.rules.iter().all(sound) {
            return Err(format!(
                "model \"{}\" has no rules, or a rule that names something it does not have",
                m.id
            ));
        }
    }
    if let Some(benchmark) = &q.benchmark {
        benchmark.check(q)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::{DimensionId, QuestionId};

    fn built_in() -> Questionnaire {
        Questionnaire::parse(crate::BUILT_IN_JSON).unwrap_or_else(|p| panic!("{p:?}"))
    }

    fn every_language() -> Vec<Questionnaire> {
        let first = built_in();
        first
            .languages()
            .iter()
            .map(|tag| {
                Questionnaire::parse_in(crate::BUILT_IN_JSON, &[tag.as_str()])
                    .unwrap_or_else(|p| panic!("{p:?}"))
            })
            .collect()
    }

    #[test]
    fn every_language_of_the_built_in_questionnaire_reads_back_as_validated() {
        for q in every_language() {
            assert_eq!(check(&q), Ok(()));
            assert_eq!(read(&write(&q)), Ok(q));
        }
    }

    #[test]
    fn the_fixtures_read_back_as_validated() {
        for text in [
            include_str!("../tests/fixtures/minimal.json"),
            include_str!("../tests/fixtures/bilingual.json"),
        ] {
            let q = Questionnaire::parse(text).unwrap_or_else(|p| panic!("{p:?}"));
            assert_eq!(read(&write(&q)), Ok(q));
        }
    }

    fn refused(q: &Questionnaire) -> String {
        match read(&write(q)) {
            Ok(_) => panic!("a broken questionnaire was read"),
            Err(problem) => {
                assert_eq!(problem.path, "$");
                problem.message
            }
        }
    }

    #[test]
    fn each_broken_invariant_is_refused_and_named() {
        let good = built_in();
        type Damage = Box<dyn Fn(&mut Questionnaire)>;
        let mut cases: Vec<(Damage, &str)> = Vec::new();
        cases.push((Box::new(|q| q.language = "fr".into()), "\"fr\""));
        cases.push((Box::new(|q| q.scale[0].min_score = 5), "scale's level 1"));
        cases.push((Box::new(|q| q.scale[3].min_score = 1), "scale's level 4"));
        cases.push((Box::new(|q| q.scale.swap(1, 2)), "scale's level 2"));
        cases.push((Box::new(|q| q.dimensions.clear()), "no dimension"));
        cases.push((Box::new(|q| q.dimensions[1].weight = 0), "weight"));
        cases.push((
            Box::new(|q| {
                let copy = q.dimensions[0].clone();
                q.dimensions.push(copy);
            }),
            "two dimensions",
        ));
        cases.push((
            Box::new(|q| {
                let first = q.dimensions[0].id.clone();
                q.questions.retain(|x| x.dimension != first);
            }),
            "has no question",
        ));
        cases.push((
            Box::new(|q| q.questions[0].dimension = DimensionId("nowhere".into())),
            "\"nowhere\"",
        ));
        cases.push((
            Box::new(|q| q.questions[0].id = q.questions[1].id.clone()),
            "two questions",
        ));
        cases.push((
            Box::new(|q| q.questions[2].options.pop().map(drop).unwrap_or(())),
            "one answer for each level",
        ));
        cases.push((
            Box::new(|q| q.questions[2].options[1].level = Level::MIN),
            "one answer for each level",
        ));
        cases.push((
            Box::new(|q| q.recommendations.pop().map(drop).unwrap_or(())),
            "recommendations for level",
        ));
        cases.push((
            Box::new(|q| {
                let copy = q.recommendations[0].clone();
                q.recommendations.push(crate::Recommendation {
                    id: crate::RecommendationId("again".into()),
                    ..copy
                });
            }),
            "2 unconditional recommendations",
        ));
        cases.push((
            Box::new(|q| {
                let conditional = q.recommendations.iter_mut().find(|r| r.when.is_some());
                if let Some(r) = conditional {
                    r.when = None;
                }
            }),
            "2 unconditional recommendations",
        ));
        cases.push((
            Box::new(|q| {
                let conditional = q.recommendations.iter_mut().find(|r| r.when.is_some());
                if let Some(r) = conditional {
                    r.when = Some(RuleSubject::Question {
                        question: QuestionId("gone".into()),
                        min: Level::MIN,
                        max: Level::MIN,
                    });
                }
            }),
            "has a rule that names something",
        ));
        cases.push((
            Box::new(|q| {
                let banded = q.recommendations.iter_mut().find(|r| r.levels.len() > 1);
                if let Some(r) = banded {
                    r.levels.reverse();
                }
            }),
            "levels in order",
        ));
        cases.push((
            Box::new(|q| q.profile[0].options.truncate(1)),
            "fewer than two",
        ));
        cases.push((Box::new(|q| q.models[0].rules.clear()), "has no rules"));
        cases.push((
            Box::new(|q| {
                for rule in &mut q.models[0].rules {
                    if let RuleSubject::Question { question, .. } = rule {
                        *question = QuestionId("gone".into());
                    }
                }
                q.models[0]
                    .rules
                    .retain(|r| matches!(r, RuleSubject::Question { .. }));
            }),
            "names something",
        ));
        for (i, (damage, named)) in cases.iter().enumerate() {
            let mut q = good.clone();
            damage(&mut q);
            assert_ne!(q, good, "case {i} changed nothing");
            let message = refused(&q);
            assert!(message.contains(named), "case {i}: {message}");
        }
    }

    #[test]
    fn a_file_of_another_kind_or_version_is_refused_and_says_so() {
        let text = write(&built_in());
        let older = text.replacen(
            &format!("\"compiled\":\"{COMPILED_FORMAT}\""),
            "\"compiled\":\"0123456789abcdef\"",
            1,
        );
        assert_ne!(older, text);
        assert!(read(&older).is_err_and(
            |p| p.message.contains("another build") && p.message.contains("0123456789abcdef")
        ));
        let same = format!("{{\"compiled\":\"{COMPILED_FORMAT}\"}}");
        for other in [
            "",
            "{}",
            "[1]",
            crate::BUILT_IN_JSON,
            "{\"compiled\":1}",
            &same,
        ] {
            let problem = read(other)
                .err()
                .unwrap_or_else(|| panic!("{other:.20} was read"));
            assert!(problem
                .message
                .starts_with("The built-in questionnaire's file cannot be used"));
        }
        // A truncated file, as a broken download leaves it.
        assert!(read(&text[..text.len() / 2]).is_err());
    }

    #[test]
    fn the_start_keeps_everything_but_the_results_texts_and_completes_only_from_its_own_file() {
        let whole = built_in();
        let start = start_of(&whole);
        assert_eq!(check(&start), Ok(()));
        assert_eq!(read(&write_start(&whole)), Ok(start.clone()));
        // The screens before the results have all they show, and the scoring is the same.
        assert_eq!(start.questions(), whole.questions());
        assert_eq!(start.profile(), whole.profile());
        for (s, w) in start.scale().iter().zip(whole.scale()) {
            assert_eq!(
                (s.level, &s.name, s.min_score),
                (w.level, &w.name, w.min_score)
            );
        }
        assert_eq!(start.title(), whole.title());
        let spec = "3 2 4 1 5 3 3 2 4 1 5 3 3 2 4 1 5 3 3 2 4 1 5 3 3 2 4 1 5 3 3 2";
        let answers = crate::testing::answers(&whole, spec);
        let (a, b) = (
            crate::report(&whole, &answers),
            crate::report(&start, &answers),
        );
        assert_eq!(a.overall, b.overall);
        assert_eq!(a.dimensions, b.dimensions);
        assert!(start
            .recommendations()
            .iter()
            .all(|r| r.title.is_empty() && r.action.is_empty()));
        assert!(start.models().iter().all(|m| m.description.is_empty()));
        assert!(write_start(&whole).len() * 5 < write(&whole).len() * 3);

        assert_eq!(complete(&start, &write(&whole), |q| q), Ok(whole.clone()));
        // Another questionnaire's file, or another language's, does not complete this one.
        let mut other = whole.clone();
        other.revision += 1;
        let refused = complete(&start, &write(&other), |q| q);
        assert!(refused.is_err_and(|p| p.message.contains("not the questionnaire shown")));
        let german = Questionnaire::parse_in(crate::BUILT_IN_JSON, &["de"]).unwrap();
        assert!(complete(&start, &write(&german), |q| q).is_err());
        // The host's customisation is applied to the whole file as it was to the start.
        let departments = ["Sales".to_string(), "Legal".to_string()];
        let custom = |q: Questionnaire| q.with_departments(&departments).unwrap();
        let custom_start = custom(start.clone());
        assert_eq!(
            complete(&custom_start, &write(&whole), custom),
            Ok(custom(whole.clone()))
        );
        assert!(complete(&custom_start, &write(&whole), |q| q).is_err());
    }
}
