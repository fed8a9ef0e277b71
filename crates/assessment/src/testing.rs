//! Questionnaires built directly from their fields, so the scoring, model and share-code
//! tests do not depend on the parser, plus helpers to write answers compactly.

use crate::answers::{Answer, Answers};
use crate::questionnaire::*;
use proptest::prelude::*;

/// A document as the JSON tree a reader of its text sees, to look into with `doc["field"]`.
pub(crate) fn as_json<T: serde::Serialize>(document: &T) -> json_positions::Value {
    json_positions::parse(&crate::json::to_string(document)).expect("documents are JSON")
}

/// The level numbered `n`; panics outside `1..=5`, which a test never asks for.
pub(crate) fn level(n: u8) -> Level {
    Level::new(n).expect("a level in 1..=5")
}

pub(crate) fn dimension(id: &str) -> DimensionId {
    DimensionId(id.to_string())
}

fn question(id: &str, dimension: &str, not_sure: bool) -> Question {
    Question {
        id: QuestionId(id.to_string()),
        dimension: DimensionId(dimension.to_string()),
        prompt: format!("Question {id}?"),
        help: None,
        options: Level::all()
            .map(|level| Choice {
                level,
                label: format!("{id} at level {}", level.get()),
            })
            .collect(),
        not_sure,
        not_applicable: id == "accounts",
    }
}

fn profile(id: &str, kind: ProfileKind, options: &[(&str, Option<&str>)]) -> ProfileQuestion {
    ProfileQuestion {
        id: ProfileId(id.to_string()),
        kind,
        prompt: format!("Profile {id}?"),
        help: None,
        options: options
            .iter()
            .map(|(option, model)| ProfileOption {
                id: ProfileOptionId(option.to_string()),
                label: option.to_string(),
                model: model.map(|m| ModelId(m.to_string())),
            })
            .collect(),
    }
}

/// `{dimension}-low` for levels 1-2, `-mid` for 3, `-high` for 4-5, with these horizons.
fn recommendations(dimension: &str, horizons: [Horizon; 3]) -> Vec<Recommendation> {
    [("low", &[1, 2][..]), ("mid", &[3]), ("high", &[4, 5])]
        .into_iter()
        .zip(horizons)
        .map(|((band, levels), horizon)| Recommendation {
            id: RecommendationId(format!("{dimension}-{band}")),
            dimension: DimensionId(dimension.to_string()),
            levels: levels.iter().map(|&n| level(n)).collect(),
            title: format!("{dimension} {band}"),
            action: "Do it.".to_string(),
            first_step: "Start.".to_string(),
            horizon,
            when: None,
            alongside: false,
        })
        .collect()
}

fn question_rule(question: &str, min: u8, max: u8) -> RuleSubject {
    RuleSubject::Question {
        question: QuestionId(question.to_string()),
        min: level(min),
        max: level(max),
    }
}

fn profile_rule(profile: &str, options: &[&str]) -> RuleSubject {
    RuleSubject::Profile {
        profile: ProfileId(profile.to_string()),
        options: options
            .iter()
            .map(|o| ProfileOptionId(o.to_string()))
            .collect(),
    }
}

fn model(id: &str, rules: Vec<RuleSubject>) -> Model {
    Model {
        id: ModelId(id.to_string()),
        name: id.to_string(),
        description: format!("The {id} model."),
        rules,
    }
}

fn scale() -> [ScaleLevel; LEVELS as usize] {
    [
        (1, "Ad hoc", 0),
        (2, "Siloed", 20),
        (3, "Defined", 40),
        (4, "Integrated", 60),
        (5, "Embedded", 80),
    ]
    .map(|(n, name, min_score)| ScaleLevel {
        level: level(n),
        name: name.to_string(),
        description: format!("{name}."),
        min_score,
    })
}

fn base(id: &str, revision: u16) -> Questionnaire {
    Questionnaire {
        id: id.to_string(),
        revision,
        language: "en".to_string(),
        languages: vec!["en".to_string()],
        title: "A test questionnaire".to_string(),
        intro: "For tests.".to_string(),
        estimated_minutes: 5,
        scale: scale(),
        dimensions: Vec::new(),
        questions: Vec::new(),
        profile: Vec::new(),
        recommendations: Vec::new(),
        models: Vec::new(),
        methodology: Methodology {
            text: "Tests.".to_string(),
            sources: Vec::new(),
        },
        benchmark: None,
    }
}

/// A small questionnaire, id `tiny`, revision 3. Scale minima 0, 20, 40, 60, 80.
///
/// Only ownership has a `gap_meaning` ("Teams disagree about who decides.").
///
/// | dimension | weight | questions | low / mid / high horizons |
/// |---|---|---|---|
/// | ownership | 3 | owner, accounts (offers "does not apply") | 30 / 60 / 90 |
/// | process | 2 | planning, replies (no "not sure") | 30 / 30 / 60 |
/// | listening | 1 | monitoring | 60 / 90 / 90 |
///
/// Profile: department, role, size, organisation (each-team = organic, one-department =
/// centralized, central-hub = hub-and-spoke, unsure), units (none, one, several).
/// Models: organic, centralized, hub-and-spoke (see `model.rs` tests for their rules).
pub(crate) fn tiny() -> Questionnaire {
    use Horizon::*;
    let mut q = base("tiny", 3);
    q.dimensions = [("ownership", 3), ("process", 2), ("listening", 1)]
        .into_iter()
        .map(|(id, weight)| Dimension {
            id: dimension(id),
            name: id.to_string(),
            description: format!("How {id} works."),
            weight,
            gap_meaning: (id == "ownership")
                .then(|| "Teams disagree about who decides.".to_string()),
        })
        .collect();
    q.questions = vec![
        question("owner", "ownership", true),
        question("accounts", "ownership", true),
        question("planning", "process", true),
        question("replies", "process", false),
        question("monitoring", "listening", true),
    ];
    q.profile = vec![
        profile(
            "department",
            ProfileKind::Department,
            &[("marketing", None), ("sales", None), ("service", None)],
        ),
        profile(
            "role",
            ProfileKind::Role,
            &[("staff", None), ("manager", None), ("executive", None)],
        ),
        profile(
            "size",
            ProfileKind::CompanySize,
            &[("small", None), ("large", None)],
        ),
        profile(
            "organisation",
            ProfileKind::Organisation,
            &[
                ("each-team", Some("organic")),
                ("one-department", Some("centralized")),
                ("central-hub", Some("hub-and-spoke")),
                ("unsure", None),
            ],
        ),
        profile(
            "units",
            ProfileKind::Other,
            &[("none", None), ("one", None), ("several", None)],
        ),
    ];
    q.recommendations = [
        recommendations("ownership", [Days30, Days60, Days90]),
        recommendations("process", [Days30, Days30, Days60]),
        recommendations("listening", [Days60, Days90, Days90]),
    ]
    .concat();
    q.models = vec![
        model(
            "organic",
            vec![
                question_rule("owner", 1, 1),
                question_rule("monitoring", 1, 2),
                profile_rule("units", &["none"]),
            ],
        ),
        model(
            "centralized",
            vec![
                question_rule("owner", 2, 3),
                question_rule("planning", 1, 3),
                profile_rule("units", &["none", "one"]),
            ],
        ),
        model(
            "hub-and-spoke",
            vec![
                question_rule("owner", 3, 5),
                question_rule("planning", 3, 5),
                profile_rule("units", &["none", "one"]),
            ],
        ),
    ];
    q
}

/// A questionnaire of any size, id `sized`, revision 1, no models: dimensions `d0…` of
/// weight 1 with `per_dimension` questions each (`d0-q0…`, grouped by dimension), and
/// `profile` profile questions `p0…` of kind Other with options a, b, c. Dimension `i`'s
/// recommendations `d{i}-low`, `-mid`, `-high` have horizons `ALL[i % 3]`,
/// `ALL[(i + 1) % 3]` and `ALL[(i + 2) % 3]`.
pub(crate) fn sized(
    dimensions: usize,
    per_dimension: usize,
    profile_questions: usize,
) -> Questionnaire {
    let mut q = base("sized", 1);
    for i in 0..dimensions {
        let id = format!("d{i}");
        q.dimensions.push(Dimension {
            id: dimension(&id),
            name: id.clone(),
            description: id.clone(),
            weight: 1,
            gap_meaning: None,
        });
        for k in 0..per_dimension {
            q.questions.push(question(&format!("{id}-q{k}"), &id, true));
        }
        let horizon = |shift: usize| Horizon::ALL[(i + shift) % 3];
        q.recommendations
            .extend(recommendations(&id, [horizon(0), horizon(1), horizon(2)]));
    }
    q.profile = (0..profile_questions)
        .map(|p| {
            profile(
                &format!("p{p}"),
                ProfileKind::Other,
                &[("a", None), ("b", None), ("c", None)],
            )
        })
        .collect();
    q
}

/// Answers written one character a question, in order: `1`-`5` a level, `?` not sure,
/// `x` does not apply, `-` unanswered; spaces are ignored. Panics if the count does not
/// match.
pub(crate) fn answers(q: &Questionnaire, spec: &str) -> Answers {
    let mut a = Answers::new(q);
    let chars: Vec<char> = spec.chars().filter(|c| !c.is_whitespace()).collect();
    assert_eq!(chars.len(), q.questions().len(), "answers spec {spec:?}");
    for (index, c) in chars.into_iter().enumerate() {
        let answer = match c {
            '-' => None,
            '?' => Some(Answer::NotSure),
            'x' => Some(Answer::NotApplicable),
            _ => {
                let n = c.to_digit(10).and_then(|d| u8::try_from(d).ok());
                Some(Answer::Level(level(n.expect("a digit, ? or -"))))
            }
        };
        a.set(index, answer);
    }
    a
}

/// Chooses option `option` of profile question `profile`, by id.
pub(crate) fn pick(q: &Questionnaire, a: &mut Answers, profile: &str, option: &str) {
    let index = q
        .profile_index(&ProfileId(profile.to_string()))
        .expect("a profile question of the test questionnaire");
    let chosen = q.profile()[index]
        .options
        .iter()
        .position(|o| o.id.as_str() == option)
        .expect("an option of that profile question");
    a.set_profile_checked(q, index, Some(chosen));
}

/// Any answers and profile for this questionnaire ("does not apply" only where a question
/// offers it, as a share code or a session can hold it nowhere else).
pub(crate) fn arbitrary_answers(q: Questionnaire) -> impl Strategy<Value = Answers> {
    let questions: Vec<_> = q
        .questions()
        .iter()
        .map(|question| {
            let offered = question.not_applicable;
            prop_oneof![
                Just(None),
                Just(Some(Answer::NotSure)),
                Just(Some(if offered {
                    Answer::NotApplicable
                } else {
                    Answer::NotSure
                })),
                (1u8..=5).prop_map(|n| Some(Answer::Level(level(n)))),
            ]
        })
        .collect();
    let profile: Vec<_> = q
        .profile()
        .iter()
        .map(|p| proptest::option::of(0..p.options.len()))
        .collect();
    (questions, profile).prop_map(move |(questions, profile)| {
        let mut a = Answers::new(&q);
        for (index, answer) in questions.into_iter().enumerate() {
            a.set(index, answer);
        }
        for (index, option) in profile.into_iter().enumerate() {
            a.set_profile_checked(&q, index, option);
        }
        a
    })
}
