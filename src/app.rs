//! The root component: owns the one store of a widget and picks the screen for its step.

use crate::i18n::{fill, messages, Lang};
use crate::links;
use crate::options::Options;
use crate::questionnaire::{Loaded, Shared, Translation};
use crate::storage::{Found, Saved, Store};
use crate::ui::problems_panel::problems_panel;
use crate::ui::profile_step::{profile_step, ProfileStepProps};
use crate::ui::question_step::{question_step, QuestionStepProps};
use crate::ui::review_step::{review_step, ReviewStepProps};
use crate::ui::start_screen::{start_screen, Resumable, StartScreenProps};
use assessment::session::{Action, Session, Step};
use assessment::{share, Questionnaire};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What the widget tells its host page (see `embed/events.rs`).
#[derive(Clone, Debug, PartialEq)]
pub enum WidgetEvent {
    /// The number of answered questions changed.
    Progress {
        /// Questions answered (a level or "not sure").
        answered: usize,
        /// Questions in all.
        total: usize,
    },
    /// The respondent reached the results: the exported report document, with the
    /// comparison with their most recent earlier result when there is one. Only builds
    /// with the results screen send it (the results module sends its own otherwise).
    #[cfg(feature = "results")]
    Complete(Rc<crate::results_page::Completed>),
}

/// The widget's options.
#[derive(Properties, Clone, PartialEq)]
pub struct AppProps {
    /// The questionnaire, or why it cannot be used.
    pub loaded: Loaded,
    /// A prefix for element ids, unique on the page, so two widgets never collide.
    pub instance: AttrValue,
    /// The localStorage namespace, or `None` to keep nothing.
    pub storage_namespace: Option<AttrValue>,
    /// The host's presentation options (start text, logo, report sections).
    #[prop_or_default]
    pub options: Rc<Options>,
    /// Receives progress and completion, for the host page.
    #[prop_or_default]
    pub on_event: Callback<WidgetEvent>,
    /// The language of the widget's own words at start.
    #[prop_or(Lang::En)]
    pub lang: Lang,
    /// The questionnaire in each language both it and the widget speak, for the language
    /// switcher (shown when there are two or more).
    #[prop_or_default]
    pub translations: Rc<Vec<(Lang, Translation)>>,
    /// Where the whole questionnaire is, when `loaded` is only its start
    /// (`assessment::compiled::start_of`): fetched with the first answer.
    #[prop_or_default]
    pub whole: Option<AttrValue>,
}

/// The root component: shows the problems of an invalid questionnaire, or the assessment.
#[component]
pub fn App(props: &AppProps) -> Html {
    match &props.loaded {
        Loaded::Invalid(problems) => html! {
            <div class="sc-root" lang={props.lang.tag()}>
                { problems_panel(problems, messages(props.lang), props.lang) }
            </div>
        },
        Loaded::Ready(questionnaire) => html! {
            <Assessment
                questionnaire={questionnaire.clone()}
                instance={props.instance.clone()}
                storage_namespace={props.storage_namespace.clone()}
                options={props.options.clone()}
                on_event={props.on_event.clone()}
                lang={props.lang}
                translations={props.translations.clone()}
                whole={props.whole.clone()}
            />
        },
    }
}

/// The store: a questionnaire and the session on it, and what the widget shows around
/// them (its language, notices, a saved session to resume). Every change of the session
/// goes through [`Session::apply`]; the reducer only adds the widget's own messages.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Model {
    questionnaire: Shared,
    session: Session,
    /// Answers opened from a share link are shown read-only.
    shared_view: bool,
    /// The language of the widget's own words (the questionnaire's, when it speaks it).
    lang: Lang,
    notices: Notices,
    /// A saved session the start screen offers to continue.
    resumable: Option<Resumable>,
}

/// What the widget does to its store.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Msg {
    /// A respondent's action, handled by the domain.
    Do(Action),
    /// Continue the saved session the start screen offered.
    Resume,
    /// Begin again from the first step, leaving the saved session (the caller removes it
    /// from storage).
    StartOver,
    /// Clear every answer (the caller removes them from storage).
    Clear,
    /// Leave a shared report and take the assessment oneself, offered the saved session
    /// (read when the visitor chose this), with what was found.
    TakeItYourself(Option<Resumable>, Option<StartProblem>),
    /// Show the same questionnaire in another language (same ids, so answers carry over),
    /// with the widget's words in that language: one action, so the two never disagree.
    Translate(Lang, Shared),
    /// Saving failed: say so, once.
    StorageFailed,
    /// Show a problem above the screen.
    Problem(StartProblem),
    /// The address's fragment changed without a reload: open the share link it now holds.
    OpenLink(Result<Option<String>, links::TooLong>),
}

impl Reducible for Model {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let q = &self.questionnaire;
        let mut next = (*self).clone();
        match msg {
            Msg::Do(_) if self.shared_view => return self,
            Msg::Do(action) => next.session = self.session.apply(q, action),
            Msg::Resume => match next.resumable.take() {
                Some(saved) => next.session = saved.session,
                None => return self,
            },
            Msg::StartOver => {
                next.resumable = None;
                next.session = self.session.apply(q, Action::Reset).apply(q, Action::Begin);
            }
            Msg::Clear => {
                next.resumable = None;
                next.session = self.session.apply(q, Action::Reset);
            }
            Msg::TakeItYourself(resumable, problem) => {
                next.session = Session::new(q);
                next.shared_view = false;
                next.resumable = resumable;
                if problem.is_some() {
                    next.notices.problem = problem;
                }
            }
            // Every translation is a whole questionnaire.
            Msg::Translate(lang, questionnaire) => {
                next.lang = lang;
                next.questionnaire = questionnaire;
            }
            Msg::StorageFailed => next.notices.storage = true,
            Msg::Problem(problem) => next.notices.problem = Some(problem),
            Msg::OpenLink(Ok(None)) => return self,
            Msg::OpenLink(Ok(Some(code))) => match share::decode(q, &code) {
                Ok(answers) => {
                    next.session = Session::with_answers(answers);
                    next.shared_view = true;
                    next.resumable = None;
                    next.notices.problem = None;
                }
                Err(e) => next.notices.problem = Some(StartProblem::ShareLink(e)),
            },
            Msg::OpenLink(Err(links::TooLong)) => {
                next.notices.problem = Some(StartProblem::LinkTooLong)
            }
        }
        if next == *self {
            return self;
        }
        Rc::new(next)
    }
}

/// Notices shown once above the current screen.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Notices {
    /// Storage could not be used; the widget works without it.
    storage: bool,
    /// A saved session was set aside, or a share link could not be opened.
    problem: Option<StartProblem>,
}

/// A problem found when the widget started, kept as data so it is worded in the language
/// shown (which the visitor can change).
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum StartProblem {
    ShareLink(assessment::ShareError),
    SetAside(assessment::session::RestoreError),
    /// Could not be restored, and storage had no room to set it aside: left in place.
    KeptInPlace(assessment::session::RestoreError),
    /// Another tab or window just saved other answers.
    OtherTabSaved,
    /// Answers another tab or window saved were set aside before this widget saved.
    OtherSetAside,
    /// The saved session had this many answers to questions the questionnaire no longer
    /// has: copied aside (`true`), or left in place for want of room (`false`).
    Dropped(usize, bool),
    /// The questionnaire in the language chosen could not be loaded, with the reason.
    Translation(Lang, String),
    /// The share link's code is too long to read.
    LinkTooLong,
}

impl StartProblem {
    fn text(&self, lang: Lang) -> String {
        let t = messages(lang);
        match self {
            StartProblem::ShareLink(e) => {
                fill(t.share_link_failed, &[("reason", &e.message(lang))])
            }
            StartProblem::SetAside(e) => fill(t.saved_set_aside, &[("reason", &e.message(lang))]),
            StartProblem::KeptInPlace(e) => fill(t.saved_kept, &[("reason", &e.message(lang))]),
            StartProblem::LinkTooLong => fill(t.share_link_failed, &[("reason", &t.link_too_long)]),
            StartProblem::OtherTabSaved => t.saved_in_other_tab.to_string(),
            StartProblem::OtherSetAside => t.saved_other_set_aside.to_string(),
            StartProblem::Dropped(n, moved) => {
                let reason =
                    crate::i18n::plural(*n, t.saved_dropped_one, t.saved_dropped_many, lang);
                let then = if *moved {
                    t.saved_dropped_aside
                } else {
                    t.saved_kept
                };
                fill(then, &[("reason", &reason)])
            }
            StartProblem::Translation(chosen, reason) => fill(
                t.translation_failed,
                &[("language", &chosen.name()), ("reason", reason)],
            ),
        }
    }
}

#[derive(Properties, Clone, PartialEq)]
struct AssessmentProps {
    questionnaire: Shared,
    instance: AttrValue,
    storage_namespace: Option<AttrValue>,
    options: Rc<Options>,
    on_event: Callback<WidgetEvent>,
    lang: Lang,
    translations: Rc<Vec<(Lang, Translation)>>,
    whole: Option<AttrValue>,
}

#[component]
fn Assessment(props: &AssessmentProps) -> Html {
    let questionnaire = props.questionnaire.clone();
    let store = use_memo(
        (props.storage_namespace.clone(), questionnaire.clone()),
        |(ns, q)| Store::new(ns.as_deref(), q),
    );

    // Everything read once when the widget starts: a share link, saved progress, notices.
    let initial = use_memo(questionnaire.clone(), |q| {
        start_state(q, &store, props.lang, &props.options)
    });
    let model = {
        let initial = initial.clone();
        use_reducer(move || initial.model.clone())
    };
    let lang = model.lang;
    let t = messages(lang);
    // A team link made before the team view had its own page opens that page instead.
    {
        let options = props.options.clone();
        let team = initial.team.clone();
        let tag = lang.tag();
        use_effect_with((), move |()| {
            if let Some(codes) = team {
                links::move_to_team_page(&codes, options.fetched_from(), tag);
            }
        });
    }

    // Another share link opened in this tab changes only the fragment: open its report
    // (or, for an old team link, the team view's page). The listener goes with the widget.
    {
        let model = model.clone();
        let options = props.options.clone();
        use_effect_with((), move |()| {
            let listener = links::on_fragment_change(move || {
                let found = links::share_code_in_address();
                if found == Ok(None) {
                    if let Ok(Some(codes)) = links::team_code_in_address() {
                        links::move_to_team_page(&codes, options.fetched_from(), model.lang.tag());
                        return;
                    }
                }
                model.dispatch(Msg::OpenLink(found));
            });
            move || drop(listener)
        });
    }

    // Another tab or window saving other answers is said at once: going on here sets
    // them aside, never writes over them. The listener goes with the widget.
    {
        let store = store.clone();
        let model = model.clone();
        use_effect_with((), move |()| {
            let listener = store
                .on_other_change(move || model.dispatch(Msg::Problem(StartProblem::OtherTabSaved)));
            move || drop(listener)
        });
    }

    // Save every change at once; say so, once, if saving fails.
    {
        let store = store.clone();
        let model = model.clone();
        use_effect_with(model.session.clone(), move |session| {
            if !model.shared_view && store.enabled() && session.has_progress() {
                match store.save(&questionnaire, session) {
                    Saved::Written => {}
                    Saved::SetOtherAside => {
                        model.dispatch(Msg::Problem(StartProblem::OtherSetAside))
                    }
                    Saved::Failed => model.dispatch(Msg::StorageFailed),
                }
            }
        });
    }

    // Tell the host how far the respondent is, and hand it the report on completion.
    {
        let on_event = props.on_event.clone();
        let total = model.questionnaire.questions().len();
        use_effect_with(model.session.answers().answered(), move |&answered| {
            on_event.emit(WidgetEvent::Progress { answered, total });
        });
    }
    // Move focus to the new step's heading when the step changes (not on first render, so
    // the widget never steals focus from the page it is embedded in).
    let root = use_node_ref();
    {
        let root = root.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(model.session.step(), move |_| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            focus_heading(&root);
        });
    }

    // Each step is a history entry under the widget's own fragment key, so the browser's
    // Back goes to the previous step instead of leaving the page (not for a shared report,
    // whose address is its link). A step opened from the history makes no new entry.
    {
        let key = format!("{}-step=", props.instance);
        let restoring = use_mut_ref(|| None::<Step>);
        let first = use_mut_ref(|| true);
        {
            let (key, restoring) = (key.clone(), restoring.clone());
            let (q, shared) = (model.questionnaire.clone(), model.shared_view);
            use_effect_with(model.session.step(), move |&step| {
                let initial = std::mem::replace(&mut *first.borrow_mut(), false);
                let restored = restoring.borrow_mut().take();
                if !initial && !shared && restored != Some(step) {
                    links::push_step(&key, step.name(&q));
                }
            });
        }
        let model = model.clone();
        use_effect_with((), move |()| {
            let listener = web_sys::window().map(|window| {
                gloo::events::EventListener::new(&window, "popstate", move |_| {
                    let step = links::step_in_address(&key)
                        .and_then(|name| Step::named(&model.questionnaire, &name))
                        .unwrap_or(Step::Start);
                    *restoring.borrow_mut() = Some(step);
                    model.dispatch(Msg::Do(Action::Open(step)));
                })
            });
            move || drop(listener)
        });
    }

    let dispatch = {
        let model = model.clone();
        Callback::from(move |action: Action| model.dispatch(Msg::Do(action)))
    };
    let on_resume = {
        let model = model.clone();
        let store = store.clone();
        Callback::from(move |()| {
            store.adopt();
            model.dispatch(Msg::Resume)
        })
    };
    // Starting over sets the saved session aside rather than deleting it.
    let on_start_over = {
        let model = model.clone();
        let store = store.clone();
        Callback::from(move |()| {
            store.put_aside();
            model.dispatch(Msg::StartOver);
        })
    };
    let on_clear = {
        let model = model.clone();
        let store = store.clone();
        Callback::from(move |()| {
            store.clear();
            model.dispatch(Msg::Clear);
        })
    };
    let on_take_it_yourself = {
        let model = model.clone();
        let store = store.clone();
        Callback::from(move |()| {
            links::clear_share_code();
            let (resumable, problem) = saved_state(&store, &model.questionnaire);
            model.dispatch(Msg::TakeItYourself(resumable, problem));
        })
    };

    // A language chosen in the switcher: at once when it was parsed at the start, after its
    // file arrives for the built-in questionnaire (each file is fetched once).
    let fetched = use_mut_ref(Vec::<(Lang, Shared)>::new);
    let on_language = {
        let model = model.clone();
        let fetched = fetched.clone();
        let translations = props.translations.clone();
        let options = props.options.clone();
        Callback::from(move |e: Event| {
            let chosen = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .and_then(|s| Lang::find(&s.value()));
            let Some((l, translation)) =
                chosen.and_then(|l| translations.iter().find(|(tl, _)| *tl == l))
            else {
                return;
            };
            let l = *l;
            let show = {
                let model = model.clone();
                move |questionnaire: Shared| model.dispatch(Msg::Translate(l, questionnaire))
            };
            let known = fetched
                .borrow()
                .iter()
                .find(|(fl, _)| *fl == l)
                .map(|(_, q)| q.clone());
            match (translation, known) {
                (Translation::Ready(q), _) => show(q.clone()),
                (Translation::Fetch(_), Some(q)) => show(q),
                (Translation::Fetch(url), None) => {
                    let (url, options) = (url.clone(), options.clone());
                    let (fetched, model) = (fetched.clone(), model.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        match crate::embed::load_translation(&url, l, &options).await {
                            Ok(q) => {
                                fetched.borrow_mut().push((l, q.clone()));
                                show(q);
                            }
                            Err(reason) => {
                                model.dispatch(Msg::Problem(StartProblem::Translation(l, reason)))
                            }
                        }
                    });
                }
            }
        })
    };

    // The results screen of the widget that visitors download is a WebAssembly of its
    // own: the loader starts it when asked, and it shows beside this widget's root.
    #[cfg(not(feature = "results"))]
    {
        let in_results = model.session.step() == Step::Results;
        let (root, dispatch, on_clear, on_take) = (
            root.clone(),
            dispatch.clone(),
            on_clear.clone(),
            on_take_it_yourself.clone(),
        );
        let asked = use_mut_ref(|| false);
        let key = (in_results, model.lang, model.session.answers().clone());
        use_effect_with(key, move |&(in_results, ..)| {
            let element = root.cast::<web_sys::Element>();
            let request = element.as_ref().and_then(|r| {
                r.query_selector(crate::embed::RESULTS_REQUEST)
                    .ok()
                    .flatten()
            });
            // Asked when the results begin, and told when they end.
            let was_in_results = std::mem::replace(&mut *asked.borrow_mut(), in_results);
            if let Some(root) = element.as_ref().filter(|_| in_results || was_in_results) {
                ask_for_results(root);
            }
            let listener = request.filter(|_| in_results).map(|request| {
                gloo::events::EventListener::new(
                    &request,
                    crate::embed::RESULTS_ACTION,
                    move |event| {
                        let detail = event
                            .dyn_ref::<web_sys::CustomEvent>()
                            .and_then(|e| e.detail().as_string());
                        match detail.as_deref() {
                            Some("back") => dispatch.emit(Action::Back),
                            Some("clear") => on_clear.emit(()),
                            Some("take") => on_take.emit(()),
                            _ => {}
                        }
                    },
                )
            });
            move || drop(listener)
        });
    }

    let q = &model.questionnaire;
    let session = &model.session;
    let answered = session.answers().answered();
    let total = q.questions().len();
    let announcement = announce(lang, q, session.step(), answered, total);

    // The steps are functions, not components: each one's <section> has its own key, so
    // a new step gets new elements instead of the last step's reshaped (a reused button
    // would fade from its old colours to its new ones).
    let screen = match session.step() {
        Step::Start => html! {
            { start_screen(&StartScreenProps {
                questionnaire: q.clone(),
                options: props.options.clone(),
                resumable: model.resumable.as_ref().map(|r| (r.answered, total)),
                on_begin: dispatch.reform(|()| Action::Begin),
                on_resume,
                on_start_over,
            }, t, lang) }
        },
        Step::Profile => html! {
            { profile_step(&ProfileStepProps {
                questionnaire: q.clone(),
                answers: session.answers().clone(),
                instance: props.instance.clone(),
                on_action: dispatch.clone(),
            }, t) }
        },
        Step::Dimension(d) => html! {
            { question_step(&QuestionStepProps {
                questionnaire: q.clone(),
                dimension: d,
                answers: session.answers().clone(),
                left_unanswered: session.left_unanswered(q),
                instance: props.instance.clone(),
                on_action: dispatch.clone(),
                on_clear: on_clear.clone(),
            }, t) }
        },
        Step::Review => html! {
            { review_step(&ReviewStepProps {
                questionnaire: q.clone(),
                answers: session.answers().clone(),
                on_action: dispatch.clone(),
            }, t, lang) }
        },
        Step::Results => {
            let code = AttrValue::from(share::encode(q, session.answers()));
            results_step(
                &model,
                props,
                code,
                &dispatch,
                &on_clear,
                &on_take_it_yourself,
            )
        }
    };

    let switcher_id = format!("{}-language", props.instance);
    html! {
        <ContextProvider<Lang> context={lang}>
        <div class="sc-root" lang={q.language().to_string()} ref={root}>
            if props.translations.len() > 1 {
                <div class="sc-language sc-no-print">
                    <label for={switcher_id.clone()}>{t.language_label}</label>
                    <select id={switcher_id} class="sc-select sc-select--small" onchange={on_language}>
                        { for props.translations.iter().map(|(l, _)| html! {
                            <option value={l.tag()} selected={*l == lang} lang={l.tag()}>{l.name()}</option>
                        }) }
                    </select>
                </div>
            }
            if model.notices.storage {
                <div class="sc-notice" role="status"><p>{
                    if crate::storage::blocked_in_frame() { t.storage_blocked_in_frame } else { t.storage_failed }
                }</p></div>
            }
            if let Some(problem) = &model.notices.problem {
                <div class="sc-notice sc-notice--error" role="alert"><p>{problem.text(lang)}</p></div>
            }
            <div class="sc-visually-hidden" aria-live="polite" aria-atomic="true">{announcement}</div>
            {screen}
        </div>
        </ContextProvider<Lang>>
    }
}

/// The results step in the same WebAssembly as the questions (the widget for hosts' own
/// questionnaires): the report, once the questionnaire has every text it shows.
#[cfg(feature = "results")]
fn results_step(
    model: &Model,
    props: &AssessmentProps,
    code: AttrValue,
    on_action: &Callback<Action>,
    on_clear: &Callback<()>,
    on_take_it_yourself: &Callback<()>,
) -> Html {
    let on_complete = props.on_event.reform(WidgetEvent::Complete);
    // Only the start of a questionnaire has `whole`, and only in the language first shown.
    let whole = props
        .whole
        .clone()
        .filter(|_| model.questionnaire == props.questionnaire);
    let key = format!("{}{code}", model.lang.tag());
    html! {
        <crate::results_page::ResultsPage
            {key}
            questionnaire={Some(model.questionnaire.clone())}
            {whole}
            {code}
            shared_view={model.shared_view}
            options={props.options.clone()}
            lang={model.lang}
            on_action={on_action.clone()}
            on_clear={on_clear.clone()}
            on_take_it_yourself={on_take_it_yourself.clone()}
            {on_complete}
        />
    }
}

/// Tells the loader, and the results screen once it runs, that this widget's results
/// step began or ended (`silo-check:results`, from inside the shadow root to the page).
#[cfg(not(feature = "results"))]
fn ask_for_results(root: &web_sys::Element) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    if let Ok(event) =
        web_sys::CustomEvent::new_with_event_init_dict(crate::embed::RESULTS_EVENT, &init)
    {
        let _ = root.dispatch_event(&event);
    }
}

/// The results step of the widget that visitors download, whose results screen is a
/// WebAssembly of its own (`silo-check-results`, `embed/results.rs`): an element that asks
/// for it, with the answers' share code, and a card saying the results are on their way,
/// which that screen hides once it shows beside this widget's root. The screen sends the
/// visitor's actions back as `silo-check:results-action` events on the element.
#[cfg(not(feature = "results"))]
fn results_step(
    model: &Model,
    props: &AssessmentProps,
    code: AttrValue,
    _on_action: &Callback<Action>,
    _on_clear: &Callback<()>,
    _on_take_it_yourself: &Callback<()>,
) -> Html {
    let t = messages(model.lang);
    let product = props.options.product_name.as_deref().unwrap_or(t.product);
    html! {
        <>
            <div key={format!("request-{}-{code}", model.lang.tag())} class="sc-results-request" hidden=true
                data-code={code} data-lang={model.lang.tag()}
                data-shared={model.shared_view.then_some("")}></div>
            <section key="waiting" class="sc-card sc-results-waiting" aria-labelledby="sc-results-waiting">
                <h2 class="sc-title" id="sc-results-waiting" tabindex="-1" data-step-heading="">
                    { fill(if model.shared_view { t.shared_title } else { t.results_title }, &[("product", &product)]) }
                </h2>
                <p class="sc-lead" role="status">{t.results_loading}</p>
            </section>
        </>
    }
}

/// What the widget found when it started.
#[derive(Clone, Debug, PartialEq)]
struct StartState {
    model: Model,
    team: Option<AttrValue>,
}

fn start_state(questionnaire: &Shared, store: &Store, lang: Lang, options: &Options) -> StartState {
    let mut notices = Notices::default();
    if store.enabled() && !store.available() {
        notices.storage = true;
    }
    // A share link opens the report it carries, read-only.
    let found = links::share_code_in_address();
    if found == Err(links::TooLong) {
        notices.problem = Some(StartProblem::LinkTooLong);
    }
    let shared = match &found {
        Ok(Some(code)) => share::decode(questionnaire, code)
            .map_err(|e| notices.problem = Some(StartProblem::ShareLink(e)))
            .ok(),
        _ => None,
    };
    let shared_view = shared.is_some();
    let (session, resumable) = match shared {
        Some(answers) => (Session::with_answers(answers), None),
        None => {
            let (resumable, problem) = saved_state(store, questionnaire);
            if problem.is_some() {
                notices.problem = problem;
            }
            // A reload on the results shows the results again, not an offer to resume.
            if let Some(saved) = resumable
                .as_ref()
                .filter(|r| r.session.step() == Step::Results)
            {
                store.adopt();
                return StartState {
                    model: Model {
                        questionnaire: questionnaire.clone(),
                        session: saved.session.clone(),
                        shared_view: false,
                        lang,
                        notices,
                        resumable: None,
                    },
                    team: None,
                };
            }
            // The host's step, unless the start screen offers saved answers to continue:
            // those are the visitor's, and a page's option must not hide them.
            let mut session = Session::new(questionnaire);
            if let (None, Some(name)) = (&resumable, &options.step) {
                // Not the results: without answers they say nothing (a share link opens those).
                match Step::named(questionnaire, name).filter(|&step| step != Step::Results) {
                    Some(step) => session = session.apply(questionnaire, Action::Open(step)),
                    None => crate::embed::warn(format_args!(
                        "The option \"step\" cannot be \"{name}\"; use start, profile, review or a dimension's id. It was ignored."
                    )),
                }
            }
            (session, resumable)
        }
    };
    StartState {
        model: Model {
            questionnaire: questionnaire.clone(),
            session,
            shared_view,
            lang,
            notices,
            resumable,
        },
        // Not with a share code: that link is for the report it carries.
        team: (found == Ok(None))
            .then(links::team_code_in_address)
            .and_then(Result::ok)
            .flatten()
            .map(AttrValue::from),
    }
}

/// The saved session to offer, and what to say about what was found.
fn saved_state(
    store: &Store,
    questionnaire: &Questionnaire,
) -> (Option<Resumable>, Option<StartProblem>) {
    let offer = |session: Session| {
        session.has_progress().then(|| Resumable {
            answered: session.answers().answered(),
            session,
        })
    };
    match store.load(questionnaire) {
        Found::Session(session) => (offer(session), None),
        Found::Nothing => (None, None),
        Found::Partly {
            session,
            dropped,
            moved,
        } => (offer(session), Some(StartProblem::Dropped(dropped, moved))),
        Found::SetAside { reason, moved } => (
            None,
            Some(if moved {
                StartProblem::SetAside(reason)
            } else {
                StartProblem::KeptInPlace(reason)
            }),
        ),
    }
}

/// The sentence the live region reads when the step changes.
fn announce(lang: Lang, q: &Questionnaire, step: Step, answered: usize, total: usize) -> String {
    let t = messages(lang);
    match step {
        Step::Start => String::new(),
        Step::Profile => t.announce_profile.to_string(),
        Step::Dimension(d) => {
            let name = q.dimensions().get(d).map_or("", |d| d.name.as_str());
            fill(
                t.announce_part,
                &[
                    ("part", &(d + 1)),
                    ("parts", &q.dimensions().len()),
                    ("name", &name),
                    ("answered", &answered),
                    ("total", &total),
                ],
            )
        }
        Step::Review => fill(t.announce_review, &[("n", &total.saturating_sub(answered))]),
        Step::Results => t.announce_results.to_string(),
    }
}

fn focus_heading(root: &NodeRef) {
    let Some(root) = root.cast::<web_sys::Element>() else {
        return;
    };
    if let Ok(Some(heading)) = root.query_selector("[data-step-heading]") {
        if let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>() {
            let _ = heading.focus();
        }
    }
}
