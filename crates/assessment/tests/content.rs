//! The built-in questionnaire's content rules (issue 17): what makes its questions and its
//! advice trustworthy beyond being a valid file. How each question's levels build on each
//! other is a review, written down in DESIGN.md ("The built-in questionnaire (revision 2)").
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test file: clippy allows these in `#[test]` functions but not in their helpers, where a failure is as much a failed test"
)]

use assessment::{
    report, Answer, Answers, Level, ProfileKind, Questionnaire, Recommendation, RuleSubject,
};
use std::collections::{BTreeMap, BTreeSet, HashMap};

fn english() -> Questionnaire {
    Questionnaire::parse(assessment::BUILT_IN_JSON).unwrap()
}

fn german() -> Questionnaire {
    Questionnaire::parse_in(assessment::BUILT_IN_JSON, &["de"]).unwrap()
}

fn level(n: u8) -> Level {
    Level::new(n).unwrap()
}

/// Every question of `q` answered at `n`, no profile.
fn all_at(q: &Questionnaire, n: u8) -> Answers {
    let mut a = Answers::new(q);
    for i in 0..q.questions().len() {
        a.set(i, Some(Answer::Level(level(n))));
    }
    a
}

fn set(q: &Questionnaire, a: &mut Answers, question: &str, n: u8) {
    let index = q
        .questions()
        .iter()
        .position(|x| x.id.as_str() == question)
        .unwrap();
    a.set(index, Some(Answer::Level(level(n))));
}

fn pick(q: &Questionnaire, a: &mut Answers, kind: ProfileKind, option: &str) {
    let index = q.profile().iter().position(|p| p.kind == kind).unwrap();
    let chosen = q.profile()[index]
        .options
        .iter()
        .position(|o| o.id.as_str() == option);
    assert!(chosen.is_some(), "no option {option}");
    a.set_profile_checked(q, index, chosen);
}

/// The recommendation chosen for a dimension.
fn chosen(q: &Questionnaire, a: &Answers, dimension: &str) -> String {
    let r = report(q, a);
    let d = r
        .dimensions
        .iter()
        .find(|d| d.dimension.as_str() == dimension)
        .unwrap();
    d.recommendation.as_ref().unwrap().to_string()
}

#[test]
fn every_dimension_has_its_own_recommendation_for_each_level() {
    let q = english();
    for d in q.dimensions() {
        for l in Level::all() {
            let own: Vec<&Recommendation> = q
                .recommendations()
                .iter()
                .filter(|r| {
                    r.dimension == d.id && r.when.is_none() && !r.alongside && r.levels.contains(&l)
                })
                .collect();
            assert_eq!(own.len(), 1, "{} at level {}", d.id, l.get());
            // One level each: five per dimension, none shared between levels.
            assert_eq!(own[0].levels, [l], "{}", own[0].id);
            assert_eq!(
                own[0].id.as_str(),
                format!("{}-{}", d.id, l.get()),
                "ids name dimension and level"
            );
        }
    }
}

#[test]
fn level_5_advice_is_about_sustaining_and_spreading() {
    for (q, phrase) in [
        (english(), "To stay here"),
        (german(), "Um diese Stufe zu halten"),
    ] {
        for d in q.dimensions() {
            let r = q.recommendation_for(&d.id, level(5));
            assert!(r.action.starts_with(phrase), "{}: {}", r.id, r.action);
        }
    }
}

#[test]
fn every_recommendation_names_who_does_what_by_when() {
    // "By when" is its horizon, said in the text as well: within N days, or a near date
    // in the first step. "Who" is a role, or "you" in advice written for one role.
    let roles = [
        "owner",
        "lead",
        "head",
        "HR",
        "sponsor",
        "manager",
        "person",
        "whoever",
        "Whoever",
        "departments",
        "meeting",
        "You ",
        "you ",
        "holder",
    ];
    let mut missing = Vec::new();
    for r in english().recommendations() {
        let days = format!("Within {} days", r.horizon.days());
        let when = r.action.contains(&days)
            || r.action.contains(&days.to_ascii_lowercase())
            || r.action.starts_with("To stay here")
            || r.alongside;
        if !when {
            missing.push(format!("{}: says no time in {:?}", r.id, r.action));
        }
        if !roles.iter().any(|who| r.action.contains(who)) {
            missing.push(format!("{}: names nobody in {:?}", r.id, r.action));
        }
        let dated = [
            "today",
            "Today",
            "this week",
            "This week",
            "by Friday",
            "within",
            "Within",
            "Before",
            "before",
            "now",
            "next",
            "month",
        ];
        if !dated.iter().any(|d| r.first_step.contains(d)) {
            missing.push(format!(
                "{}: first step has no date: {:?}",
                r.id, r.first_step
            ));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// The lower-cased words of a text, without punctuation.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect()
}

/// Every run of `n` consecutive words.
fn runs(text: &str, n: usize) -> BTreeSet<String> {
    words(text).windows(n).map(|w| w.join(" ")).collect()
}

#[test]
fn no_recommendation_repeats_another() {
    for q in [english(), german()] {
        let mut titles = BTreeMap::new();
        let mut seen: HashMap<String, String> = HashMap::new();
        let mut repeats = Vec::new();
        for r in q.recommendations() {
            if let Some(other) = titles.insert(r.title.to_ascii_lowercase(), r.id.to_string()) {
                repeats.push(format!(
                    "{} and {other} share the title {:?}",
                    r.id, r.title
                ));
            }
            for text in [&r.action, &r.first_step] {
                for run in runs(text, 8) {
                    match seen.get(&run) {
                        Some(other) if other != r.id.as_str() => {
                            repeats.push(format!("{} repeats {other}: {run:?}", r.id));
                        }
                        _ => {
                            seen.insert(run, r.id.to_string());
                        }
                    }
                }
            }
        }
        assert!(repeats.is_empty(), "{}", repeats.join("\n"));
    }
}

#[test]
fn the_seven_point_meeting_is_shown_whenever_integration_is_below_level_4() {
    let q = english();
    let meeting = q
        .recommendations()
        .iter()
        .find(|r| r.alongside && r.dimension.as_str() == "integration")
        .unwrap();
    for step in 1..=7 {
        assert!(
            meeting.first_step.contains(&format!("{step}. ")),
            "step {step}"
        );
    }
    for n in 1..=5 {
        let r = report(&q, &all_at(&q, n));
        let integration = r
            .dimensions
            .iter()
            .find(|d| d.dimension.as_str() == "integration")
            .unwrap();
        let shown = integration.alongside.contains(&meeting.id);
        assert_eq!(shown, n < 4, "integration at level {n}");
        // Every other dimension has nothing alongside.
        assert!(r
            .dimensions
            .iter()
            .filter(|d| d.dimension.as_str() != "integration")
            .all(|d| d.alongside.is_empty()));
    }
}

#[test]
fn advice_follows_the_weakest_answer_not_the_average() {
    let q = english();
    // Process at level 4 on average, but no shared answer library at all.
    let mut a = all_at(&q, 4);
    set(&q, &mut a, "responses", 1);
    assert_eq!(report(&q, &a).dimensions[3].level, Some(level(4)));
    assert_eq!(chosen(&q, &a, "process"), "process-1");
    // When no answer is below the mean's level, the mean's level decides.
    assert_eq!(chosen(&q, &all_at(&q, 4), "process"), "process-4");
}

#[test]
fn company_size_and_role_change_the_advice_where_it_matters() {
    let q = english();
    let variants: Vec<&Recommendation> = q
        .recommendations()
        .iter()
        .filter(|r| r.when.is_some())
        .collect();
    let mut kinds = BTreeSet::new();
    for r in &variants {
        let Some(RuleSubject::Profile { profile, .. }) = &r.when else {
            panic!("{}: a variant by company size or role", r.id)
        };
        let kind = q.profile().iter().find(|p| &p.id == profile).unwrap().kind;
        assert!(matches!(kind, ProfileKind::CompanySize | ProfileKind::Role));
        kinds.insert(format!("{kind:?}"));
    }
    assert_eq!(kinds.len(), 2, "both size and role are used");

    let mut a = all_at(&q, 2);
    assert_eq!(chosen(&q, &a, "staffing"), "staffing-2");
    pick(&q, &mut a, ProfileKind::CompanySize, "1-49");
    assert_eq!(chosen(&q, &a, "staffing"), "staffing-2-small");
    pick(&q, &mut a, ProfileKind::CompanySize, "5000-plus");
    assert_eq!(chosen(&q, &a, "staffing"), "staffing-1-large");

    let mut a = all_at(&q, 1);
    assert_eq!(chosen(&q, &a, "sponsorship"), "sponsorship-1");
    pick(&q, &mut a, ProfileKind::Role, "contributor");
    assert_eq!(chosen(&q, &a, "sponsorship"), "sponsorship-1-staff");
    pick(&q, &mut a, ProfileKind::Role, "executive");
    assert_eq!(chosen(&q, &a, "sponsorship"), "sponsorship-1-leader");
}

#[test]
fn every_department_role_of_the_articles_has_a_question_a_small_firm_can_answer() {
    let q = english();
    for id in [
        "brand",
        "pr",
        "search",
        "service",
        "recruiting",
        "product",
        "it",
        "email",
        "sales",
    ] {
        let question = q.questions().iter().find(|x| x.id.as_str() == id);
        assert!(
            question.is_some_and(|x| x.not_applicable),
            "{id}: a question that offers \"does not apply\""
        );
    }
    // "Does not apply" leaves the score as "not sure" does.
    let mut a = all_at(&q, 3);
    set(&q, &mut a, "sales", 1);
    let mut b = a.clone();
    let sales = q
        .questions()
        .iter()
        .position(|x| x.id.as_str() == "sales")
        .unwrap();
    a.set(sales, Some(Answer::NotApplicable));
    b.set(sales, Some(Answer::NotSure));
    let (ra, rb) = (report(&q, &a), report(&q, &b));
    assert_eq!(ra.overall, rb.overall);
    assert_eq!(
        ra.dimensions.iter().map(|d| d.score).collect::<Vec<_>>(),
        rb.dimensions.iter().map(|d| d.score).collect::<Vec<_>>()
    );
    // The shared code carries it.
    let code = assessment::share::encode(&q, &a);
    assert_eq!(assessment::share::decode(&q, &code), Ok(a));
}

#[test]
fn no_wording_assumes_a_large_hierarchy() {
    for q in [english(), german()] {
        for question in q.questions() {
            let texts = question
                .options
                .iter()
                .map(|o| o.label.as_str())
                .chain([question.prompt.as_str()])
                .chain(question.help.as_deref());
            for text in texts {
                // "Managing director" is what a small firm calls its head.
                let text = text.replace("managing director", "");
                for title in [
                    " VP",
                    "C-level",
                    "Vice President",
                    "director",
                    "Director",
                    "Vorstand",
                ] {
                    assert!(
                        !text.contains(title),
                        "{}: {title} in {text:?}",
                        question.id
                    );
                }
            }
        }
    }
}

#[test]
fn each_prompt_asks_one_thing() {
    for question in english().questions() {
        let p = &question.prompt;
        assert_eq!(p.matches('?').count(), 1, "{p}");
        for joined in [
            " and what ",
            " and who ",
            " and how ",
            " and when ",
            " and whether ",
            ", and ",
        ] {
            assert!(!p.contains(joined), "{}: {p:?}", question.id);
        }
    }
}

#[test]
fn the_german_texts_avoid_the_errors_of_the_first_version() {
    let q = german();
    let mut texts: Vec<&str> = vec![q.title(), q.intro(), &q.methodology().text];
    for s in q.scale() {
        texts.push(&s.description);
    }
    for d in q.dimensions() {
        texts.extend([d.description.as_str()]);
        texts.extend(d.gap_meaning.as_deref());
    }
    for question in q.questions() {
        texts.push(&question.prompt);
        texts.extend(question.help.as_deref());
        texts.extend(question.options.iter().map(|o| o.label.as_str()));
    }
    for r in q.recommendations() {
        texts.extend([r.title.as_str(), &r.action, &r.first_step]);
    }
    for m in q.models() {
        texts.push(&m.description);
    }
    let mut wrongs = Vec::new();
    for text in texts {
        // Paired forms are neutral; a lone "Kunden" is the generic masculine.
        let text = text
            .replace("Kundinnen und Kunden", "")
            .replace("einer Kundin oder eines Kunden", "");
        for wrong in [
            "vertraut fühlen",
            "Eskalationsstufen",
            "Nadelöhr",
            "Kanalzahlen",
            "Fürsprecher",
            " Kunden ",
            " du ",
            " Du ",
            " dein",
            " dich ",
            " dir ",
        ] {
            if text.contains(wrong) {
                wrongs.push(format!("{wrong:?} in {text:?}"));
            }
        }
    }
    assert!(wrongs.is_empty(), "{}", wrongs.join("\n"));
    // The hub and a central team stay apart: "Kernteam" and "zentrales Team".
    let owner = q
        .questions()
        .iter()
        .find(|x| x.id.as_str() == "owner")
        .unwrap();
    let four = &owner.options[3].label;
    assert!(
        four.contains("Kernteam") && four.contains("zentrales Team"),
        "{four}"
    );
}

#[test]
fn the_time_estimate_matches_the_length() {
    // The domain's rule (200 words a minute, 5 seconds an answer: see DESIGN.md) gives
    // the figure; the file's own estimated_minutes agrees with it, so that a reader of
    // the JSON is told the same as a visitor.
    let q = english();
    let minutes = q.minutes_to_answer();
    assert_eq!(
        usize::from(q.estimated_minutes()),
        minutes,
        "{} words",
        q.words_to_read()
    );
    assert!(german().minutes_to_answer() >= minutes);
    assert!(q.intro().contains(&q.questions().len().to_string()));
    assert!(german().intro().contains(&q.questions().len().to_string()));
}

/// Every place outside the widget that tells a visitor how long the built-in questionnaire
/// takes says what the widget's start screen says: the pages (the stand-alone page and
/// the examples that embed the built-in questionnaire; a page with a questionnaire of its
/// own has its author's words) in every mention of minutes, the README in its first
/// description.
#[test]
fn the_time_estimate_is_the_same_wherever_it_is_written() {
    let minutes = english().minutes_to_answer();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut pages = vec![root.join("index.html")];
    for entry in std::fs::read_dir(root.join("examples")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "html") {
            pages.push(path);
        }
    }
    for page in &pages {
        let text = std::fs::read_to_string(page).unwrap();
        if text.contains("data-questionnaire=") {
            continue;
        }
        for (at, _) in text.match_indices("minute") {
            let before = &text[..at];
            // A questionnaire's field (`"estimated_minutes": 2`) is not a sentence.
            if before.ends_with('_') {
                continue;
            }
            let tail: Vec<char> = before.chars().rev().take(30).collect();
            let context: String = tail.into_iter().rev().collect();
            let word = before
                .trim_end_matches(['-', ' '])
                .rsplit([' ', '>', '"', '('])
                .next()
                .unwrap_or("");
            assert_eq!(
                word,
                minutes.to_string(),
                "{}: \"…{}minute\" should say {minutes}",
                page.display(),
                context
            );
        }
    }
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let phrase = format!("about {minutes} minutes");
    let intro = readme.split("\n## ").next().unwrap();
    assert!(
        intro.contains(&phrase),
        "README.md's introduction should say \"{phrase}\""
    );
}

#[test]
fn a_code_of_revision_1_is_refused_with_a_clear_message() {
    let q = english();
    assert_eq!(q.revision(), 2);
    let json = assessment::BUILT_IN_JSON.replacen("\"revision\":2", "\"revision\":1", 1);
    assert_ne!(json, assessment::BUILT_IN_JSON);
    let old = Questionnaire::parse(&json).unwrap();
    let code = assessment::share::encode(&old, &all_at(&old, 3));
    let refused = assessment::share::decode(&q, &code).unwrap_err();
    assert_eq!(
        refused,
        assessment::ShareError::OtherRevision {
            code_revision: 1,
            expected: 2
        }
    );
    assert!(refused
        .message(assessment::Locale::En)
        .contains("revision 1 of this questionnaire, but this is revision 2"));
}
