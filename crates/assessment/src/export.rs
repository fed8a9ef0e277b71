//! The report as a self-describing JSON document: what "Download JSON" saves, and what a
//! host page receives. Its shape is versioned by [`REPORT_VERSION`].

use crate::answers::Answer;
use crate::report::Report;
use crate::{Answers, Questionnaire};
use serde_json::{json, Map, Value};

/// The version of the exported report's shape. Raised whenever a field changes meaning or
/// disappears; adding a field does not raise it.
pub const REPORT_VERSION: u32 = 1;

/// The value of the document's `"kind"` field, which marks it as a Silo Check report.
pub const REPORT_KIND: &str = "silo-check-report";

/// The report with everything needed to read it without the questionnaire at hand:
/// names and level names next to ids, the share code, the profile and the raw answers.
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
            json!({
                "id": d.dimension,
                "name": name,
                "score": d.score,
                "level": d.level,
                "level_name": d.level.map(level_name),
                "answered": d.answered,
                "not_sure": d.not_sure,
                "questions": d.questions,
                "recommendation": d.recommendation,
            })
        })
        .collect();
    let mut profile = Map::new();
    for (p, a) in questionnaire.profile().iter().zip(answers.all_profile()) {
        if let Some(option) = a.and_then(|o| p.options.get(o)) {
            profile.insert(p.id.as_str().to_string(), json!(option.id));
        }
    }
    let mut raw = Map::new();
    for (q, a) in questionnaire.questions().iter().zip(answers.all()) {
        let value = match a {
            Some(Answer::Level(l)) => json!(l.get()),
            Some(Answer::NotSure) => json!("not_sure"),
            None => continue,
        };
        raw.insert(q.id.as_str().to_string(), value);
    }
    json!({
        "kind": REPORT_KIND,
        "version": REPORT_VERSION,
        "questionnaire": {
            "id": questionnaire.id(),
            "revision": questionnaire.revision(),
            "title": questionnaire.title(),
            "language": questionnaire.language(),
        },
        "share_code": share_code,
        "overall": report.overall.as_ref().map(|o| json!({
            "score": o.score,
            "level": o.level,
            "level_name": level_name(o.level),
            "uncapped_level": o.uncapped_level,
            "capped_by": o.capped_by,
        })),
        "dimensions": dimensions,
        "confidence": report.confidence,
        "start_here": report.start_here,
        "plan": report.plan,
        "model": report.model,
        "profile": profile,
        "answers": raw,
    })
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
        assert_eq!(doc["dimensions"].as_array().map(Vec::len), Some(3));
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
