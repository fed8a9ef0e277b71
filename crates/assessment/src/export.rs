//! The report as a self-describing JSON document: what "Download JSON" saves, and what a
//! host page receives. Its shape is versioned by [`REPORT_VERSION`].

use crate::answers::Answer;
use crate::json::{object, ToJson, Value};
use crate::model::{ModelMatch, ModelScore};
use crate::report::{
    Confidence, ConfidenceLevel, DimensionResult, Overall, Plan, PlanEntry, Report,
};
use crate::{Answers, Questionnaire};

/// The version of the exported report's shape. Raised whenever a field changes meaning or
/// disappears; adding a field does not raise it.
pub const REPORT_VERSION: u32 = 1;

/// The value of the document's `"kind"` field, which marks it as a Silo Check report.
pub const REPORT_KIND: &str = "silo-check-report";

/// The report with everything needed to read it without the questionnaire at hand:
/// names and level names next to ids, the share code, the profile and the raw answers.
///
/// Every object lists its fields in alphabetical order (the profile and the answers by id),
/// as the documents written before Silo Check had its own JSON writer did; so do the
/// [`ToJson`] forms of the report's parts below, which the team document uses too.
pub fn report_document(
    questionnaire: &Questionnaire,
    answers: &Answers,
    report: &Report,
    share_code: &str,
) -> Value {
    let level_name = |l: crate::Level| questionnaire.scale_level(l).name.clone();
    let dimensions: Vec<Value> = report
        .dimensions
        .iter()
        .map(|d| {
            let name = questionnaire
                .dimension(&d.dimension)
                .map_or("", |dim| dim.name.as_str());
            object! {
                "answered": d.answered,
                "id": d.dimension,
                "level": d.level,
                "level_name": d.level.map(level_name),
                "name": name,
                "not_sure": d.not_sure,
                "questions": d.questions,
                "recommendation": d.recommendation,
                "score": d.score,
            }
        })
        .collect();
    let mut profile = Vec::new();
    for (p, a) in questionnaire.profile().iter().zip(answers.all_profile()) {
        if let Some(option) = a.and_then(|o| p.options.get(o)) {
            profile.push((p.id.as_str().to_owned(), option.id.to_json()));
        }
    }
    let overall = report.overall.as_ref().map(|o| {
        object! {
            "capped_by": o.capped_by,
            "level": o.level,
            "level_name": level_name(o.level),
            "score": o.score,
            "uncapped_level": o.uncapped_level,
        }
    });
    object! {
        "answers": answers_by_id(questionnaire, answers),
        "confidence": report.confidence,
        "dimensions": dimensions,
        "kind": REPORT_KIND,
        "model": report.model,
        "overall": overall,
        "plan": report.plan,
        "profile": Value::sorted_object(profile),
        "questionnaire": object! {
            "id": questionnaire.id(),
            "language": questionnaire.language(),
            "revision": questionnaire.revision(),
            "title": questionnaire.title(),
        },
        "share_code": share_code,
        "start_here": report.start_here,
        "version": REPORT_VERSION,
    }
}

/// The answers as an object from question id to level or `"not_sure"`, sorted by id;
/// unanswered questions are left out. The report document and the saved session share it.
pub(crate) fn answers_by_id(questionnaire: &Questionnaire, answers: &Answers) -> Value {
    let mut fields = Vec::new();
    for (q, a) in questionnaire.questions().iter().zip(answers.all()) {
        let value = match a {
            Some(Answer::Level(l)) => l.to_json(),
            Some(Answer::NotSure) => "not_sure".to_json(),
            None => continue,
        };
        fields.push((q.id.as_str().to_owned(), value));
    }
    Value::sorted_object(fields)
}

impl ToJson for Report {
    fn to_json(&self) -> Value {
        object! {
            "confidence": self.confidence,
            "dimensions": self.dimensions,
            "model": self.model,
            "overall": self.overall,
            "plan": self.plan,
            "start_here": self.start_here,
        }
    }
}

impl ToJson for Overall {
    fn to_json(&self) -> Value {
        object! {
            "capped_by": self.capped_by,
            "level": self.level,
            "score": self.score,
            "uncapped_level": self.uncapped_level,
        }
    }
}

impl ToJson for DimensionResult {
    fn to_json(&self) -> Value {
        object! {
            "answered": self.answered,
            "dimension": self.dimension,
            "level": self.level,
            "not_sure": self.not_sure,
            "questions": self.questions,
            "recommendation": self.recommendation,
            "score": self.score,
        }
    }
}

impl ToJson for Confidence {
    fn to_json(&self) -> Value {
        object! {
            "answered": self.answered,
            "level": self.level,
            "not_sure": self.not_sure,
            "questions": self.questions,
            "unanswered": self.unanswered,
            "unscored": self.unscored,
        }
    }
}

impl ToJson for ConfidenceLevel {
    fn to_json(&self) -> Value {
        let name = match self {
            ConfidenceLevel::High => "high",
            ConfidenceLevel::Medium => "medium",
            ConfidenceLevel::Low => "low",
        };
        name.to_json()
    }
}

impl ToJson for Plan {
    fn to_json(&self) -> Value {
        object! {
            "days_30": self.days_30,
            "days_60": self.days_60,
            "days_90": self.days_90,
        }
    }
}

impl ToJson for PlanEntry {
    fn to_json(&self) -> Value {
        object! {
            "dimension": self.dimension,
            "recommendation": self.recommendation,
        }
    }
}

impl ToJson for ModelMatch {
    fn to_json(&self) -> Value {
        object! {
            "best": self.best,
            "contradicts": self.contradicts,
            "runner_up": self.runner_up,
            "scores": self.scores,
            "stated": self.stated,
        }
    }
}

impl ToJson for ModelScore {
    fn to_json(&self) -> Value {
        object! {
            "met": self.met,
            "model": self.model,
            "percent": self.percent,
            "total": self.total,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::report;
    use crate::share;
    use crate::testing::{answers, pick, tiny};

    #[test]
    fn the_document_names_everything_it_reports() {
        let q = tiny();
        let mut a = answers(&q, "3 3 ? - 1");
        pick(&q, &mut a, "department", "sales");
        let r = report(&q, &a);
        let code = share::encode(&q, &a);
        let doc = report_document(&q, &a, &r, &code);
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
