//! The report as a self-describing JSON document, [`ReportDocument`]: what "Download
//! JSON" saves, and what a host page receives. Its shape is versioned by
//! [`REPORT_VERSION`].

use crate::answers::Answer;
use crate::json::Entries;
use crate::model::ModelMatch;
use crate::questionnaire::{DimensionId, Level, RecommendationId};
use crate::report::{Confidence, DimensionResult, Overall, Plan, Report};
use crate::{Answers, Questionnaire};
use serde::Serialize;

/// The version of the exported report's shape. Raised whenever a field changes meaning or
/// disappears; adding a field does not raise it.
pub const REPORT_VERSION: u32 = 1;

/// The value of the document's `"kind"` field, which marks it as a Silo Check report.
pub const REPORT_KIND: &str = "silo-check-report";

/// The report with everything needed to read it without the questionnaire at hand:
/// names and level names next to ids, the share code, the profile and the raw answers.
///
/// Every object lists its fields in alphabetical order, as the documents did from the
/// first version: serde writes fields in the order they are declared, so they are declared
/// alphabetically here and in the report's own types ([`Report`]'s parts, which the team
/// document carries too). Every field of [`Report`] is here, with [`DimensionDocument`]
/// and [`OverallDocument`] for its parts that gain names ([`report_document`] takes the
/// report apart, so a field added to it does not compile until it is in the document).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReportDocument {
    /// The answers by question id: a level's number, or `"not_sure"`. Unanswered questions
    /// are left out.
    pub answers: Entries<Answer>,
    /// How much of the questionnaire was really answered.
    pub confidence: Confidence,
    /// One entry per dimension, in questionnaire order.
    pub dimensions: Vec<DimensionDocument>,
    /// [`REPORT_KIND`].
    pub kind: &'static str,
    /// The organisational model the answers resemble, if any.
    pub model: Option<ModelMatch>,
    /// The overall score and level, or `None` when no dimension has a score.
    pub overall: Option<OverallDocument>,
    /// The 30/60/90-day plan.
    pub plan: Plan,
    /// The profile by profile question id: the chosen option's id. Skipped questions are
    /// left out.
    pub profile: Entries<String>,
    /// Which questionnaire, revision and language.
    pub questionnaire: QuestionnaireSummary,
    /// The share code of the answers, which reopens the report.
    pub share_code: String,
    /// The recommendations that matter most, most important first.
    pub start_here: Vec<RecommendationId>,
    /// [`REPORT_VERSION`].
    pub version: u32,
}

/// A dimension's result in the [`ReportDocument`]: a [`DimensionResult`] with the
/// dimension's name and level name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DimensionDocument {
    /// Recommendations shown next to `recommendation` at its level.
    pub alongside: Vec<RecommendationId>,
    /// How many of its questions were answered with a level.
    pub answered: usize,
    /// The dimension's id.
    pub id: DimensionId,
    /// The level the score reaches, if it has a score.
    pub level: Option<Level>,
    /// The name of that level on the questionnaire's scale.
    pub level_name: Option<String>,
    /// The dimension's name.
    pub name: String,
    /// How many of its questions were answered "does not apply".
    pub not_applicable: usize,
    /// How many of its questions were answered "not sure".
    pub not_sure: usize,
    /// How many questions it has.
    pub questions: usize,
    /// The recommendation for its level, if it has a score.
    pub recommendation: Option<RecommendationId>,
    /// Its score, `0..=100`, if any of its questions was answered with a level.
    pub score: Option<u8>,
}

/// The overall result in the [`ReportDocument`]: an [`Overall`] with its level's name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OverallDocument {
    /// The weakest dimensions that lowered the level; empty when the cap did not apply.
    pub capped_by: Vec<DimensionId>,
    /// The level reached.
    pub level: Level,
    /// The name of that level on the questionnaire's scale.
    pub level_name: String,
    /// The overall score, `0..=100`.
    pub score: u8,
    /// The level the score alone reaches, before the weakest-link cap.
    pub uncapped_level: Level,
}

/// Which questionnaire a document is about. The report document names its language too;
/// the team document and the `ready` event do not.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct QuestionnaireSummary {
    /// The questionnaire's id.
    pub id: String,
    /// The language of the texts in the document, when it has them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Its revision.
    pub revision: u16,
    /// Its title, in that language.
    pub title: String,
}

impl QuestionnaireSummary {
    /// The questionnaire's id, revision and title, without its language.
    pub fn of(questionnaire: &Questionnaire) -> QuestionnaireSummary {
        QuestionnaireSummary {
            id: questionnaire.id().to_owned(),
            language: None,
            revision: questionnaire.revision(),
            title: questionnaire.title().to_owned(),
        }
    }
}

/// The report document of `report`, made from `answers` to `questionnaire`, whose share
/// code is `share_code`.
pub fn report_document(
    questionnaire: &Questionnaire,
    answers: &Answers,
    report: &Report,
    share_code: &str,
) -> ReportDocument {
    let level_name = |l: Level| questionnaire.scale_level(l).name.clone();
    let Report {
        confidence,
        dimensions,
        model,
        overall,
        plan,
        start_here,
    } = report;
    let dimensions = dimensions
        .iter()
        .map(|d| {
            let DimensionResult {
                alongside,
                answered,
                dimension,
                level,
                not_applicable,
                not_sure,
                questions,
                recommendation,
                score,
            } = d;
            DimensionDocument {
                alongside: alongside.clone(),
                answered: *answered,
                id: dimension.clone(),
                level: *level,
                level_name: level.map(level_name),
                name: questionnaire
                    .dimension(dimension)
                    .map_or_else(String::new, |dim| dim.name.clone()),
                not_applicable: *not_applicable,
                not_sure: *not_sure,
                questions: *questions,
                recommendation: recommendation.clone(),
                score: *score,
            }
        })
        .collect();
    let overall = overall.as_ref().map(|o| {
        let Overall {
            capped_by,
            level,
            score,
            uncapped_level,
        } = o;
        OverallDocument {
            capped_by: capped_by.clone(),
            level: *level,
            level_name: level_name(*level),
            score: *score,
            uncapped_level: *uncapped_level,
        }
    });
    ReportDocument {
        answers: answers_by_id(questionnaire, answers),
        confidence: confidence.clone(),
        dimensions,
        kind: REPORT_KIND,
        model: model.clone(),
        overall,
        plan: plan.clone(),
        profile: profile_by_id(questionnaire, answers),
        questionnaire: QuestionnaireSummary {
            language: Some(questionnaire.language().to_owned()),
            ..QuestionnaireSummary::of(questionnaire)
        },
        share_code: share_code.to_owned(),
        start_here: start_here.clone(),
        version: REPORT_VERSION,
    }
}

/// The answers by question id, sorted by id; unanswered questions are left out. The report
/// document and the saved session share it.
pub(crate) fn answers_by_id(questionnaire: &Questionnaire, answers: &Answers) -> Entries<Answer> {
    let mut by_id = Vec::new();
    for (q, a) in questionnaire.questions().iter().zip(answers.all()) {
        if let Some(answer) = a {
            by_id.push((q.id.as_str().to_owned(), *answer));
        }
    }
    Entries::sorted(by_id)
}

/// The profile by profile question id, sorted by id, each the chosen option's id; skipped
/// questions are left out. The report document and the saved session share it.
pub(crate) fn profile_by_id(questionnaire: &Questionnaire, answers: &Answers) -> Entries<String> {
    let mut by_id = Vec::new();
    for (p, a) in questionnaire.profile().iter().zip(answers.all_profile()) {
        if let Some(option) = a.and_then(|o| p.options.get(o)) {
            by_id.push((p.id.as_str().to_owned(), option.id.as_str().to_owned()));
        }
    }
    Entries::sorted(by_id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::report;
    use crate::share;
    use crate::testing::{answers, as_json, pick, tiny};

    #[test]
    fn the_document_names_everything_it_reports() {
        let q = tiny();
        let mut a = answers(&q, "3 3 ? - 1");
        pick(&q, &mut a, "department", "sales");
        let r = report(&q, &a);
        let code = share::encode(&q, &a);
        let doc = as_json(&report_document(&q, &a, &r, &code));
        assert_eq!(doc["kind"], "silo-check-report");
        assert_eq!(doc["version"], REPORT_VERSION);
        assert_eq!(doc["questionnaire"]["id"], "tiny");
        assert_eq!(doc["questionnaire"]["revision"], 3);
        assert_eq!(doc["share_code"], code.as_str());
        assert_eq!(
            doc["overall"]["score"],
            r.overall.as_ref().map(|o| o.score).unwrap_or(0)
        );
        assert_eq!(doc["dimensions"].as_array().map(<[_]>::len), Some(3));
        assert_eq!(doc["dimensions"][0]["id"], "ownership");
        assert_eq!(doc["dimensions"][0]["score"], 50);
        assert_eq!(doc["profile"]["department"], "sales");
        assert_eq!(doc["answers"]["owner"], 3);
        assert_eq!(doc["answers"]["planning"], "not_sure");
        assert!(
            doc["answers"].get("replies").is_none(),
            "unanswered questions are left out"
        );
    }
}
