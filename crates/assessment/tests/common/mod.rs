//! What more than one integration test needs to know about the questionnaire format.

/// The fields of the format that hold text for people: given in every language of a file,
/// and kept verbatim by the parser. The other fields hold ids, numbers and links.
pub const TEXT_FIELDS: &[&str] = &[
    "title",
    "intro",
    "name",
    "description",
    "prompt",
    "help",
    "label",
    "action",
    "first_step",
    "text",
    "gap_meaning",
];

/// A parsed questionnaire as a JSON tree, every field under its name in the types, so that
/// tests can look through all of it. Structs are taken apart whole, so that a field added
/// to one of them fails to compile here until it is listed.
pub fn questionnaire_json(q: &assessment::Questionnaire) -> serde_json::Value {
    use assessment::questionnaire::Source;
    use assessment::{
        Choice, Dimension, Horizon, Methodology, Model, ProfileKind, ProfileOption,
        ProfileQuestion, Question, Recommendation, RuleSubject, ScaleLevel,
    };
    use serde_json::{json, Value};
    let id = |id: &dyn std::fmt::Display| Value::String(id.to_string());
    let scale: Vec<Value> = q
        .scale()
        .iter()
        .map(|s| {
            let ScaleLevel {
                level,
                name,
                description,
                min_score,
            } = s;
            json!({
                "level": level.get(),
                "name": name,
                "description": description,
                "min_score": min_score,
            })
        })
        .collect();
    let dimensions: Vec<Value> = q
        .dimensions()
        .iter()
        .map(|d| {
            let Dimension {
                id: d_id,
                name,
                description,
                weight,
                gap_meaning,
            } = d;
            json!({
                "id": id(d_id),
                "name": name,
                "description": description,
                "weight": weight,
                "gap_meaning": gap_meaning,
            })
        })
        .collect();
    let questions: Vec<Value> = q
        .questions()
        .iter()
        .map(|question| {
            let Question {
                id: q_id,
                dimension,
                prompt,
                help,
                options,
                not_sure,
                not_applicable,
            } = question;
            let options: Vec<Value> = options
                .iter()
                .map(|Choice { level, label }| json!({ "level": level.get(), "label": label }))
                .collect();
            json!({
                "id": id(q_id),
                "dimension": id(dimension),
                "prompt": prompt,
                "help": help,
                "options": options,
                "not_sure": not_sure,
                "not_applicable": not_applicable,
            })
        })
        .collect();
    let profile: Vec<Value> = q
        .profile()
        .iter()
        .map(|p| {
            let ProfileQuestion {
                id: p_id,
                kind,
                prompt,
                help,
                options,
            } = p;
            let kind = match kind {
                ProfileKind::Department => "department",
                ProfileKind::Role => "role",
                ProfileKind::CompanySize => "company_size",
                ProfileKind::Organisation => "organisation",
                ProfileKind::Other => "other",
            };
            let options: Vec<Value> = options
                .iter()
                .map(
                    |ProfileOption {
                         id: o_id,
                         label,
                         model,
                     }| {
                        json!({
                            "id": id(o_id),
                            "label": label,
                            "model": model.as_ref().map(|m| id(m)),
                        })
                    },
                )
                .collect();
            json!({
                "id": id(p_id),
                "kind": kind,
                "prompt": prompt,
                "help": help,
                "options": options,
            })
        })
        .collect();
    let rule_json = |rule: &RuleSubject| match rule {
        RuleSubject::Question { question, min, max } => {
            json!({
                "question": {
                    "question": id(question),
                    "min": min.get(),
                    "max": max.get(),
                },
            })
        }
        RuleSubject::Profile { profile, options } => {
            let options: Vec<Value> = options.iter().map(|o| id(o)).collect();
            json!({ "profile": { "profile": id(profile), "options": options } })
        }
    };
    let recommendations: Vec<Value> = q
        .recommendations()
        .iter()
        .map(|r| {
            let Recommendation {
                id: r_id,
                dimension,
                levels,
                title,
                action,
                first_step,
                horizon,
                when,
                alongside,
            } = r;
            let levels: Vec<u8> = levels.iter().map(|l| l.get()).collect();
            let horizon = match horizon {
                Horizon::Days30 => "30",
                Horizon::Days60 => "60",
                Horizon::Days90 => "90",
            };
            json!({
                "id": id(r_id),
                "dimension": id(dimension),
                "levels": levels,
                "title": title,
                "action": action,
                "first_step": first_step,
                "horizon": horizon,
                "when": when.as_ref().map(rule_json),
                "alongside": alongside,
            })
        })
        .collect();
    let models: Vec<Value> = q
        .models()
        .iter()
        .map(|m| {
            let Model {
                id: m_id,
                name,
                description,
                rules,
            } = m;
            let rules: Vec<Value> = rules.iter().map(rule_json).collect();
            json!({ "id": id(m_id), "name": name, "description": description, "rules": rules })
        })
        .collect();
    let Methodology { text, sources } = q.methodology();
    let sources: Vec<Value> = sources
        .iter()
        .map(|Source { label, url }| json!({ "label": label, "url": url }))
        .collect();
    json!({
        "id": q.id(),
        "revision": q.revision(),
        "language": q.language(),
        "languages": q.languages(),
        "title": q.title(),
        "intro": q.intro(),
        "estimated_minutes": q.estimated_minutes(),
        "scale": scale,
        "dimensions": dimensions,
        "questions": questions,
        "profile": profile,
        "recommendations": recommendations,
        "models": models,
        "methodology": { "text": text, "sources": sources },
    })
}
