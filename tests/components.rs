//! Component tests in headless Chromium (wasm-bindgen-test): each renders one component
//! (or one of the functions that render a part of a screen) into a fresh element and
//! checks it by role, label and text, never by whole HTML.
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test file: clippy allows these in `#[test]` functions but not in `#[wasm_bindgen_test]` ones or their helpers, where a failure is as much a failed test"
)]

use assessment::report::report;
use assessment::session::Action;
use assessment::{share, Answer, Answers, Level, Questionnaire};
use silo_check::app::{App, AppProps};
use silo_check::i18n::{messages, Lang};
use silo_check::questionnaire::{Loaded, Shared};
use silo_check::ui::progress::{progress, ProgressProps};
use silo_check::ui::question_card::{question_card, QuestionCardProps};
use silo_check::ui::results::{results, ResultsProps};
use silo_check::ui::team_view::{TeamView, TeamViewProps};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::{AttrValue, Callback, Html, NodeRef, Properties};

wasm_bindgen_test_configure!(run_in_browser);

fn questionnaire() -> Shared {
    match Questionnaire::parse(assessment::BUILT_IN_JSON) {
        Ok(q) => Shared(Rc::new(q)),
        Err(problems) => panic!("built-in questionnaire is invalid: {problems:?}"),
    }
}

/// Props of [`Shown`].
#[derive(Properties, PartialEq)]
struct ShownProps {
    html: Html,
}

/// Mounts what a rendering function returned, for the parts of a screen that are plain
/// functions rather than components.
#[yew::component]
fn Shown(props: &ShownProps) -> Html {
    props.html.clone()
}

/// A fresh element on the page to render into.
fn container() -> web_sys::Element {
    let document = gloo::utils::document();
    let div = document.create_element("div").expect("create div");
    gloo::utils::body().append_child(&div).expect("append");
    div
}

fn all(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let list = root.query_selector_all(selector).expect("selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .collect()
}

fn one(root: &web_sys::Element, selector: &str) -> web_sys::Element {
    root.query_selector(selector)
        .expect("selector")
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn text(e: &web_sys::Element) -> String {
    e.text_content().unwrap_or_default()
}

async fn click(e: &web_sys::Element) {
    e.dyn_ref::<web_sys::HtmlElement>()
        .expect("html element")
        .click();
    yew::scheduler::flush().await;
}

fn button(root: &web_sys::Element, name: &str) -> web_sys::Element {
    all(root, "button")
        .into_iter()
        .find(|b| text(b).trim() == name)
        .unwrap_or_else(|| panic!("no button named {name:?}"))
}

#[wasm_bindgen_test]
async fn the_app_shows_the_title_and_leads_to_the_first_question() {
    let q = questionnaire();
    let root = container();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            loaded: Loaded::Ready(q.clone()),
            instance: "t1".into(),
            storage_namespace: None,
            options: Default::default(),
            on_event: Callback::noop(),
            lang: silo_check::i18n::Lang::En,
            translations: Default::default(),
            whole: None,
        },
    )
    .render();
    yew::scheduler::flush().await;
    assert_eq!(text(&one(&root, "h2")), q.title());
    click(&button(&root, "Start")).await;
    assert_eq!(text(&one(&root, "h2")), "About you");
    click(&button(&root, "Skip")).await;
    let legend = one(&root, "fieldset legend");
    assert!(
        text(&legend).contains(&q.questions()[0].prompt),
        "first legend: {}",
        text(&legend)
    );
}

#[wasm_bindgen_test]
async fn a_question_is_a_labelled_radio_group_answered_by_click_or_number_key() {
    let q = questionnaire();
    let chosen = Rc::new(RefCell::new(Vec::new()));
    let root = container();
    let sink = chosen.clone();
    let html = question_card(
        &QuestionCardProps {
            index: 0,
            number: 1,
            question: &q.questions()[0],
            answer: None,
            instance: "t2".into(),
            on_select: Callback::from(move |pick| sink.borrow_mut().push(pick)),
        },
        messages(Lang::En),
    );
    yew::Renderer::<Shown>::with_root_and_props(root.clone(), ShownProps { html }).render();
    yew::scheduler::flush().await;

    let fieldset = one(&root, "fieldset");
    assert!(text(&one(&fieldset, "legend")).contains(&q.questions()[0].prompt));
    let radios = all(&fieldset, "input[type=radio]");
    assert_eq!(radios.len(), 6, "five anchored options and Not sure");
    // Every radio has a label naming it.
    for radio in &radios {
        let id = radio.id();
        let label = one(&root, &format!("label[for='{id}']"));
        assert!(!text(&label).trim().is_empty());
    }

    click(&radios[2]).await;
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("5");
    init.set_bubbles(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    radios[0].dispatch_event(&event).expect("dispatch");
    init.set_key("6");
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    radios[0].dispatch_event(&event).expect("dispatch");
    yew::scheduler::flush().await;

    let level = |n| Answer::Level(Level::new(n).expect("level"));
    assert_eq!(
        *chosen.borrow(),
        vec![(0, level(3)), (0, level(5)), (0, Answer::NotSure)]
    );
}

#[wasm_bindgen_test]
async fn a_question_about_a_department_a_firm_may_not_have_offers_does_not_apply() {
    let q = questionnaire();
    let index = q
        .questions()
        .iter()
        .position(|x| x.not_applicable)
        .expect("the built-in questionnaire has such a question");
    let chosen = Rc::new(RefCell::new(Vec::new()));
    let root = container();
    let sink = chosen.clone();
    let html = question_card(
        &QuestionCardProps {
            index,
            number: index + 1,
            question: &q.questions()[index],
            answer: None,
            instance: "t9".into(),
            on_select: Callback::from(move |pick| sink.borrow_mut().push(pick)),
        },
        messages(Lang::En),
    );
    yew::Renderer::<Shown>::with_root_and_props(root.clone(), ShownProps { html }).render();
    yew::scheduler::flush().await;

    let fieldset = one(&root, "fieldset");
    let radios = all(&fieldset, "input[type=radio]");
    assert_eq!(
        radios.len(),
        7,
        "five levels, Not sure and Does not apply to us"
    );
    let last = one(&root, &format!("label[for='{}']", radios[6].id()));
    assert!(
        text(&last).contains("Does not apply to us"),
        "{}",
        text(&last)
    );
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("7");
    init.set_bubbles(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    radios[0].dispatch_event(&event).expect("dispatch");
    yew::scheduler::flush().await;
    assert_eq!(*chosen.borrow(), vec![(index, Answer::NotApplicable)]);
}

#[wasm_bindgen_test]
async fn progress_names_the_part_and_counts_answers() {
    let q = questionnaire();
    let mut answers = Answers::new(&q);
    for i in 0..5 {
        answers.set(i, Some(Answer::NotSure));
    }
    let sent = Rc::new(RefCell::new(Vec::new()));
    let on_action = {
        let sent = sent.clone();
        Callback::from(move |a: Action| sent.borrow_mut().push(a))
    };
    let root = container();
    let html = progress(
        &ProgressProps {
            questionnaire: &q,
            answers: &answers,
            current: Some(1),
            on_action: &on_action,
        },
        messages(Lang::En),
    );
    yew::Renderer::<Shown>::with_root_and_props(root.clone(), ShownProps { html }).render();
    yew::scheduler::flush().await;
    let bar = one(&root, "[role=progressbar]");
    assert_eq!(bar.get_attribute("aria-valuenow").as_deref(), Some("5"));
    assert_eq!(
        bar.get_attribute("aria-valuemax"),
        Some(q.questions().len().to_string())
    );
    let part = one(&root, ".sc-progress__part");
    assert_eq!(
        text(&part),
        format!(
            "Part 2 of {}: {}",
            q.dimensions().len(),
            q.dimensions()[1].name
        )
    );
    // The parts are behind a disclosure; each is a button to its first question.
    let details = one(&root, "details");
    assert!(!details.has_attribute("open"));
    let current = one(&root, "[aria-current=step]");
    assert!(text(&current).contains(&q.dimensions()[1].name));
    assert_eq!(all(&root, ".sc-progress__step").len(), q.dimensions().len());
    let buttons = all(&root, "button.sc-progress__step");
    assert_eq!(buttons.len(), q.dimensions().len());
    let third = &q.dimensions()[2];
    let first_of_third = q.questions_of(&third.id).next().unwrap().0;
    let button = buttons
        .iter()
        .find(|b| text(b).starts_with(&third.name))
        .unwrap();
    button.dyn_ref::<web_sys::HtmlElement>().unwrap().click();
    assert_eq!(*sent.borrow(), vec![Action::GoToQuestion(first_of_third)]);
}

/// The results screen drawn for every answer at `level`, with the dimension at index 1
/// opened, and the sections under "Start here" drawn when `lower`.
async fn shown_results(level: u8, lower: bool) -> (Shared, web_sys::Element) {
    let q = questionnaire();
    let mut answers = Answers::new(&q);
    for i in 0..q.questions().len() {
        answers.set(i, Level::new(level).map(Answer::Level));
    }
    let props = ResultsProps {
        questionnaire: q.clone(),
        options: Default::default(),
        report: Rc::new(report(&q, &answers)),
        answers: answers.clone(),
        code: AttrValue::from(share::encode(&q, &answers)),
        shared_view: false,
        on_action: Callback::from(|_: Action| {}),
        on_clear: Callback::noop(),
        on_take_it_yourself: Callback::noop(),
        team_link: AttrValue::from("team/#team="),
        heading: NodeRef::default(),
        earlier: None,
        over_time: Html::default(),
        opened: Rc::new([1].into_iter().collect()),
        on_toggle: Callback::noop(),
        printing: false,
        on_print: Callback::noop(),
        lower,
    };
    let root = container();
    let html = results(&props, messages(Lang::En), Lang::En);
    yew::Renderer::<Shown>::with_root_and_props(root.clone(), ShownProps { html }).render();
    yew::scheduler::flush().await;
    (q, root)
}

#[wasm_bindgen_test]
async fn results_show_score_level_chart_table_and_recommendations() {
    let (q, root) = shown_results(3, true).await;
    assert_eq!(text(&one(&root, ".sc-score__number")), "50");
    // Only the dimension opened has its detail drawn; the others only their summary.
    let details = all(&root, "details.sc-dimension");
    assert_eq!(details.len(), q.dimensions().len());
    let drawn: Vec<bool> = details
        .iter()
        .map(|d| d.query_selector(".sc-ladder").ok().flatten().is_some())
        .collect();
    assert_eq!(
        drawn,
        (0..q.dimensions().len())
            .map(|i| i == 1)
            .collect::<Vec<_>>()
    );
    assert!(text(&root).contains("Level 3: Defined"));
    assert!(one(&root, "svg[role=img]")
        .get_attribute("aria-label")
        .is_some_and(|l| l.contains("Radar")));
    assert_eq!(
        all(&root, "table tbody tr").len(),
        q.dimensions().len(),
        "one table row a dimension"
    );
    let headings: Vec<String> = all(&root, "h3").iter().map(text).collect();
    assert!(headings.iter().any(|h| h == "Start here"), "{headings:?}");
    assert_eq!(all(&root, ".sc-rec--top").len(), 3);
    let link = one(&root, "#sc-share-link");
    let value = link
        .dyn_ref::<web_sys::HtmlInputElement>()
        .map(|i| i.value())
        .unwrap_or_default();
    assert!(value.contains("#r="), "share link: {value}");
}

#[wasm_bindgen_test]
async fn the_first_pass_of_the_results_draws_the_score_and_start_here_only() {
    let (_, root) = shown_results(2, false).await;
    assert!(!text(&one(&root, ".sc-score__number")).is_empty());
    assert!(text(&root).contains("Level 2"));
    let headings: Vec<String> = all(&root, "h3").iter().map(text).collect();
    assert_eq!(headings, vec!["Start here".to_string()]);
    assert_eq!(all(&root, ".sc-rec--top").len(), 3);
    // The chart, the plan, the dimensions and the share box come in the second pass.
    assert!(all(&root, "svg").is_empty());
    assert!(all(&root, "details").is_empty());
    assert!(all(&root, "#sc-share-link").is_empty());
}

#[wasm_bindgen_test]
async fn the_team_view_counts_valid_codes_and_lists_the_rest() {
    let q = questionnaire();
    let code = |level: u8, department: usize| {
        let mut a = Answers::new(&q);
        for i in 0..q.questions().len() {
            a.set(i, Level::new(level).map(Answer::Level));
        }
        a.set_profile_checked(&q, 0, Some(department));
        share::encode(&q, &a)
    };
    let (sales, it) = (code(1, 2), code(5, 6));
    let initial = assessment::team::team_code(&q, [sales.as_str(), it.as_str()]);
    let root = container();
    yew::Renderer::<TeamView>::with_root_and_props(
        root.clone(),
        TeamViewProps {
            questionnaire: q.clone(),
            initial: initial.into(),
            own_code: None,
            instance: "t5".into(),
            on_close: Callback::noop(),
        },
    )
    .render();
    yew::scheduler::flush().await;
    assert!(
        text(&root).contains("2 respondents counted."),
        "{}",
        text(&root)
    );
    // A silo map row for each department, and a signal for every dimension (four levels apart).
    assert_eq!(all(&root, ".sc-heatmap tbody tr").len(), 2);
    let signals = all(&root, "#sc-team-signals-title + ul > li");
    assert_eq!(signals.len(), q.dimensions().len());
    assert!(
        text(&signals[0]).contains("4 levels apart"),
        "{}",
        text(&signals[0])
    );
    assert_eq!(all(&root, ".sc-agenda > li").len(), 7);
}

#[wasm_bindgen_test]
async fn the_comparison_with_an_earlier_result_shows_each_change_and_the_list_deletes() {
    use assessment::compare::compare;
    use silo_check::i18n::history_messages;
    use silo_check::ui::history::{
        earlier_results, since_earlier, Earlier, EarlierResults, FromElsewhere, SinceEarlier,
    };
    let q = questionnaire();
    let at = |level: u8| {
        let mut answers = Answers::new(&q);
        for i in 0..q.questions().len() {
            answers.set(i, Level::new(level).map(Answer::Level));
        }
        answers
    };
    let (before, now) = (at(2), at(4));
    let comparison = compare(&q, &before, &now);
    let date = assessment::date::Date::new(2026, 3, 31).unwrap();
    let entry = Earlier {
        code: share::encode(&q, &before),
        date,
        score: Some(25),
        other_revision: None,
    };
    let old = Earlier {
        code: "old".into(),
        date,
        score: None,
        other_revision: Some(1),
    };
    let deleted = Rc::new(RefCell::new(Vec::<String>::new()));
    let kept = Rc::new(RefCell::new(Vec::<bool>::new()));
    let (t, h) = (messages(Lang::En), history_messages(Lang::En));
    let html = yew::html! {
        <>
            { since_earlier(&SinceEarlier {
                questionnaire: &q,
                choices: std::slice::from_ref(&entry),
                chosen: Some(&entry.code),
                elsewhere: Some(FromElsewhere { code: "from-file", file: Some("report.json") }),
                comparison: Some(&comparison),
                paste_error: None,
                file_error: Some("Not a report".into()),
                id: "sc",
                paste_box: NodeRef::default(),
                on_choose: Callback::noop(),
                on_paste: Callback::noop(),
                on_file: Callback::noop(),
            }, t, h, Lang::En) }
            { earlier_results(&EarlierResults {
                entries: &[entry.clone(), old],
                revision: q.revision(),
                problem: None,
                not_kept: false,
                keeping: Some(true),
                keep_notice: None,
                on_keep: {
                    let kept = kept.clone();
                    Callback::from(move |keep: bool| kept.borrow_mut().push(keep))
                },
                id: "sc",
                on_delete: {
                    let deleted = deleted.clone();
                    Callback::from(move |code: String| deleted.borrow_mut().push(code))
                },
                on_delete_all: Callback::noop(),
            }, h, Lang::En) }
        </>
    };
    let root = container();
    yew::Renderer::<Shown>::with_root_and_props(root.clone(), ShownProps { html }).render();
    yew::scheduler::flush().await;
    assert!(text(&root).contains("Overall score: 25 then, 75 now (up 50)."));
    let rows = all(&root, ".sc-comparison tbody tr");
    assert_eq!(rows.len(), q.dimensions().len());
    assert!(rows.iter().all(|r| text(r).ends_with("up 50")));
    assert!(text(&root).contains("Done since then"));
    // The entry of another revision says it cannot be compared, and is not offered.
    assert!(text(&root).contains("answers revision 1 of this questionnaire"));
    // The report file is offered after the results kept here, by its name.
    let options = all(&root, "select option");
    assert_eq!(options.len(), 2);
    assert_eq!(text(&options[1]), "The report file report.json");
    // The file picker has its label, and a file refused says why.
    let picker = all(&root, "input[type=file]");
    assert_eq!(picker.len(), 1);
    let label = all(&root, &format!("label[for='{}']", picker[0].id()));
    assert!(text(&label[0]).starts_with("Or a report file you downloaded"));
    assert!(all(&root, "[role=alert]")
        .iter()
        .any(|a| text(a) == "Not a report"));
    let delete = all(&root, "button[aria-label^='Delete the result of']");
    assert_eq!(delete.len(), 2);
    click(&delete[0]).await;
    assert_eq!(*deleted.borrow(), vec![entry.code.clone()]);
    // Keeping results is a checkbox, checked, that says what turning it off does.
    let keep = all(&root, "input[type=checkbox]");
    assert_eq!(keep.len(), 1);
    assert!(text(&root).contains("Turning this off deletes the results kept here"));
    click(&keep[0]).await;
    assert_eq!(*kept.borrow(), vec![false]);
}
