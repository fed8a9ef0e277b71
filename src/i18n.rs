//! The widget's own words, one catalogue a language.
//!
//! Every message is a field of [`Messages`], so a catalogue that lacks one does not
//! compile; the tests below check that every catalogue uses the same placeholders. Texts
//! of the questionnaire come from the questionnaire file, in the same language.
//!
//! To add a language: add a variant to the domain's `Locale` (with its tag and name), write
//! a `static XX: Messages` beside [`EN`] and [`DE`] (and a `TeamMessages`), and list them
//! in [`messages`] and [`team_messages`].

use yew::prelude::*;

/// A language the widget speaks: the domain's [`Locale`](assessment::text::Locale), one
/// type for the widget, the domain and the command-line tool (`Lang::ALL`, `tag`, `name`,
/// and `Lang::find` for a tag such as `de-AT`).
pub use assessment::text::Locale as Lang;

/// The catalogue of a language.
pub fn messages(lang: Lang) -> &'static Messages {
    match lang {
        Lang::En => &EN,
        Lang::De => &DE,
    }
}

/// The team view's catalogue in a language.
pub fn team_messages(lang: Lang) -> &'static TeamMessages {
    match lang {
        Lang::En => &TEAM_EN,
        Lang::De => &TEAM_DE,
    }
}

/// The catalogue of the results screen's history and comparison in a language.
pub fn history_messages(lang: Lang) -> &'static HistoryMessages {
    match lang {
        Lang::En => &HISTORY_EN,
        Lang::De => &HISTORY_DE,
    }
}

/// The current widget's catalogue (English outside a widget, as in component tests).
#[hook]
pub fn use_t() -> &'static Messages {
    use_context::<Lang>().map_or(&EN, messages)
}

/// The current widget's language (English outside a widget).
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or(Lang::En)
}

pub use assessment::text::fill;

/// `one` for 1, `many` otherwise, each filled with `{n}` written as [`count`] writes it.
pub fn plural(n: usize, one: &str, many: &str, lang: Lang) -> String {
    fill(if n == 1 { one } else { many }, &[("n", &count(n, lang))])
}

/// A whole number with the language's thousands separator (1,000 or 1.000).
pub fn count(n: usize, lang: Lang) -> String {
    lang.number(n)
}

macro_rules! catalogue {
    ($(#[$what:meta])* $struct:ident; $($(#[$doc:meta])* $name:ident,)*) => {
        $(#[$what])*
        #[allow(missing_docs)]
        pub struct $struct {
            $($(#[$doc])* pub $name: &'static str,)*
        }

        impl $struct {
            /// Every message with its name, for the catalogue tests.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($name), self.$name),)*]
            }
        }
    };
}

catalogue! {
    /// Every message of the widget. Placeholders are written `{name}`.
    Messages;
    language_label,
    // Start screen.
    start,
    resume,
    start_over,
    fact_questions,
    fact_areas,
    fact_minutes,
    fact_minutes_text,
    fact_private,
    fact_private_text,
    welcome_back,
    // Notices.
    storage_failed,
    storage_blocked_in_frame,
    share_link_failed,
    saved_set_aside,
    // Progress and steps.
    progress_label,
    progress_bar_label,
    part_named,
    all_parts,
    before_you_start,
    answered_of,
    step_current,
    step_complete,
    announce_profile,
    announce_part,
    announce_review,
    announce_results,
    // Profile.
    about_you,
    about_you_lead,
    prefer_not_to_say,
    skip,
    // Questions.
    question_number,
    not_sure,
    not_applicable,
    keys_hint,
    // Next on a step with unanswered questions.
    left_here_one,
    left_here_many,
    left_here_lead,
    go_on_anyway,
    show_first_unanswered,
    // The results' methodology section links to ACCESSIBILITY.md with this text.
    accessibility_statement,
    back,
    next,
    see_results,
    clear_answers,
    // Review.
    unanswered_one,
    unanswered_many,
    review_lead,
    answer,
    answer_question,
    // Results.
    product,
    results_title,
    shared_title,
    shared_notice,
    take_it_yourself,
    out_of_100,
    level_named,
    capped,
    no_score_yet,
    confidence,
    confidence_high,
    confidence_medium,
    confidence_low,
    trust_high,
    trust_medium,
    trust_low,
    not_sure_count_one,
    not_sure_count_many,
    not_applicable_count_one,
    not_applicable_count_many,
    unanswered_count_one,
    unanswered_count_many,
    and,
    no_score_for,
    profile_by_dimension,
    your_answers,
    radar_label,
    dimension_status,
    no_score_dimension,
    scores_by_dimension,
    dimension,
    score,
    level,
    none,
    how_organised,
    model_resembles,
    model_signs,
    runner_up,
    model_contradiction,
    no_model_fits_all,
    model_tied,
    model_weak,
    model_closest,
    model_stated_fits,
    start_here,
    start_here_lead,
    plan_title,
    within_days,
    plan_lead,
    all_recommendations,
    all_recommendations_lead,
    benchmark_title,
    benchmark_dimension,
    see_start_here,
    ladder_label,
    next_level_title,
    top_level,
    printed_on,
    first_step,
    horizon_meta,
    compare_title,
    compare_text,
    open_team_view,
    share_title,
    share_lead,
    share_link_label,
    copy_link,
    download_json,
    print,
    change_answers,
    retake,
    link_copied,
    copy_failed,
    how_it_works,
    // Problems panel.
    problems_title,
    problems_lead_one,
    problems_lead_many,
    // Team view.
    // Start-up and errors.
    loading,
    load_timed_out,
    try_again,
    results_loading,
    whole_failed,
    link_too_long,
    translation_failed,
    saved_kept,
    saved_other_set_aside,
    saved_in_other_tab,
    saved_dropped_one,
    saved_dropped_many,
    saved_dropped_aside,
    error_title,
    error_saved,
    error_not_saved,
    restart,
}

catalogue! {
    /// Every message of the team view's page, apart from the widget's, so that the widget's
    /// WebAssembly does not carry them. Placeholders are written `{name}`.
    TeamMessages;
    team_signals_title,
    team_title,
    team_lead,
    team_codes_label,
    team_add,
    team_add_own,
    team_files_label,
    team_counted_none,
    team_counted_one,
    team_counted_many,
    team_left_out_one,
    team_left_out_many,
    team_left_out_title,
    team_line,
    team_more,
    team_org_title,
    team_by_department,
    team_dims_title,
    team_dims_caption,
    team_mean,
    team_lowest,
    team_highest,
    team_spread,
    team_nobody,
    team_heat_title,
    team_heat_caption,
    team_department,
    team_dims_region,
    team_heat_region,
    team_no_signals,
    team_signal_title_one,
    team_signal_title_many,
    team_signal_sees,
    team_signal_see,
    team_radar_title,
    team_radar_label,
    team_whole_org,
    team_recs_title,
    team_agenda_title,
    team_follow_up,
    team_share_lead,
    team_link_label,
    team_copy_link,
    team_link_copied,
    download_csv,
    team_remove_all,
    team_remove_left_out,
    team_start_new,
    team_link_mostly_unread,
    file_too_big,
    file_not_text,
    file_unreadable,
    team_link_too_long,
    team_time_title,
    team_time_lead,
    team_time_label,
    team_time_compare,
    team_time_counted,
    team_time_region,
    team_time_caption,
    team_time_earlier,
    team_time_now,
    team_time_change,
    team_time_overall,
    team_bench_title,
    team_bench_lead,
    team_bench_label,
    team_bench_source,
    team_bench_export,
    team_bench_unlabelled,
    team_bench_written,
    team_bench_left_out,
    team_bench_left_out_one,
}

/// English.
pub static EN: Messages = Messages {
    language_label: "Language",
    start: "Start",
    resume: "Resume",
    start_over: "Start over",
    fact_questions: "{n} questions",
    fact_areas: "in {n} areas of integration",
    fact_minutes: "About {n} minutes",
    fact_minutes_text: "Your progress is kept if you leave",
    fact_private: "Private by design",
    fact_private_text: "Your answers never leave this browser",
    welcome_back: "Welcome back. You have answered {answered} of {total} questions.",
    storage_failed: "Your browser is not letting Silo Check save your answers (storage is full or switched off). You can still finish, but your answers will be lost if you leave this page.",
    storage_blocked_in_frame: "This browser does not let Silo Check save anything here, because it runs in a frame from another site (third-party storage is blocked). You can still finish and share your results, but your answers will not be kept if you leave this page.",
    share_link_failed: "This share link could not be opened: {reason}",
    saved_set_aside: "{reason} They have been set aside in your browser, and you are starting afresh.",
    progress_label: "Progress",
    progress_bar_label: "Questions answered",
    part_named: "Part {part} of {parts}: {name}",
    all_parts: "All parts",
    before_you_start: "Before you start",
    answered_of: "{answered} of {total} answered",
    step_current: ", current",
    step_complete: ", complete",
    announce_profile: "About you: optional questions.",
    announce_part: "Part {part} of {parts}: {name}. {answered} of {total} questions answered.",
    announce_review: "{n} questions are still unanswered.",
    announce_results: "Your results are ready.",
    about_you: "About you",
    about_you_lead: "These questions are optional and are not scored. They help compare views across departments and show which organisational model your answers resemble.",
    prefer_not_to_say: "Prefer not to say",
    skip: "Skip",
    question_number: "Question {n}: ",
    not_sure: "Not sure",
    not_applicable: "Does not apply to us",
    keys_hint: "Tip: use the arrow keys or the number keys 1 to 5 (6 for \u{201c}Not sure\u{201d}, 7 for \u{201c}Does not apply to us\u{201d}) to answer, and Enter to go on.",
    left_here_one: "One question on this step has no answer yet.",
    left_here_many: "{n} questions on this step have no answer yet.",
    left_here_lead: "You can answer them now, or go on and come back later: before the results, Silo Check lists every question still open.",
    go_on_anyway: "Go on anyway",
    show_first_unanswered: "Show the first one",
    accessibility_statement: "Accessibility: what is tested, and what is known not to work",
    back: "Back",
    next: "Next",
    see_results: "See my results",
    clear_answers: "Clear my answers",
    unanswered_one: "{n} question is still unanswered",
    unanswered_many: "{n} questions are still unanswered",
    review_lead: "Answer them for a fuller picture, or see your results now: unanswered questions are left out of the scores, and the report says how confident it can be.",
    answer: "Answer",
    answer_question: "Answer question {n}: {prompt}",
    product: "Silo Check",
    results_title: "Your {product} results",
    shared_title: "A shared {product} report",
    shared_notice: "Someone shared this report with you. It is read-only; take the assessment yourself to see where you stand.",
    take_it_yourself: "Take it yourself",
    out_of_100: "out of 100",
    level_named: "Level {n}: {name}",
    capped: "Your average alone would place you at level {level} ({name}), but {dimensions} holds the overall level back: an organisation is only as mature as its weakest area, so the overall level is at most one above the lowest dimension.",
    no_score_yet: "No question was answered with one of its options, so there is no score yet. Answer at least one question in each area to see where you stand.",
    confidence: "Confidence: {level}. {answered} of {total} questions have a real answer; {details}. Those leave the scores rather than count as zero. {trust}{missing}",
    confidence_high: "high",
    confidence_medium: "medium",
    confidence_low: "low",
    trust_high: "The report still rests on most of the questionnaire.",
    trust_medium: "Treat the scores as a fair indication rather than a verdict.",
    trust_low: "Treat the scores as a rough first look: much of the picture is missing.",
    not_sure_count_one: "{n} answer was \u{201c}Not sure\u{201d}",
    not_sure_count_many: "{n} answers were \u{201c}Not sure\u{201d}",
    not_applicable_count_one: "{n} question does not apply to you and was left out",
    not_applicable_count_many: "{n} questions do not apply to you and were left out",
    unanswered_count_one: "{n} question was unanswered",
    unanswered_count_many: "{n} questions were unanswered",
    and: " and ",
    no_score_for: " No score could be given for {dimensions}.",
    profile_by_dimension: "Your profile by dimension",
    your_answers: "Your answers",
    radar_label: "Radar chart of the score of each dimension; the same numbers are listed beside it.",
    dimension_status: "{score}/100 \u{b7} level {level}, {name}",
    no_score_dimension: "No score: no question answered",
    scores_by_dimension: "Scores by dimension",
    dimension: "Dimension",
    score: "Score",
    level: "Level",
    none: "none",
    how_organised: "How you are organised",
    model_resembles: "Your answers most resemble the {model} model",
    model_signs: " ({n}% of its signs are present).",
    runner_up: "Runner-up: {model} ({n}%).",
    model_contradiction: "You described your organisation as {stated}, but your answers look more like {best}. That gap is worth discussing: how people think the work is organised and how it actually runs have drifted apart.",
    no_model_fits_all: "No model is right for everyone: the best one fits your size, regulation and culture.",
    model_tied: "No single model stands out: {models} each show {n}% of their signs.",
    model_weak: "No model stands out: the closest, {model}, shows only {n}% of its signs.",
    model_closest: "The closest, {model}:",
    model_stated_fits: "You described your organisation as {stated}, and your answers fit it as well as any other model.",
    start_here: "Start here",
    start_here_lead: "The three changes that would move you most, weighing how far each area is from the top by how much it matters.",
    plan_title: "Your 30/60/90-day plan",
    within_days: "Within {n} days",
    plan_lead: "The advice below, ordered by when to start it. Each piece is written out once, in Start here or under its dimension.",
    all_recommendations: "Every dimension in detail",
    benchmark_title: "How you compare with others",
    benchmark_dimension: "{dimension}: {placement}",
    all_recommendations_lead: "Open a dimension to see where it stands on the five levels, what the next level looks like, and its advice.",
    see_start_here: "Its advice, \u{201c}{title}\u{201d}, is one of the three under Start here.",
    ladder_label: "The five levels of {dimension}",
    next_level_title: "What level {n}, {name}, looks like here",
    top_level: "This dimension is at the top level: keep what works, and let other teams learn from it.",
    printed_on: "{questionnaire} (revision {revision}), printed on {date}. This report online: {link}",
    first_step: "First step: ",
    horizon_meta: "{dimension} \u{b7} within {n} days",
    compare_title: "Compare with colleagues",
    compare_text: "Each department sees this differently. Ask colleagues from other departments to take the assessment, then put everyone's results side by side: where you agree, where you split, and an agenda for the meeting that follows.",
    open_team_view: "Open the team view",
    share_title: "Share and keep",
    share_lead: "The link holds your answers in its last part, after the #, which browsers never send to any server.",
    share_link_label: "Link to this report",
    copy_link: "Copy link",
    download_json: "Download JSON",
    print: "Print or save as PDF",
    change_answers: "Change answers",
    retake: "Retake (clear my answers)",
    link_copied: "Link copied. Anyone who opens it sees this report, read-only.",
    copy_failed: "Your browser did not allow copying. The link below is selected: press {keys} to copy it.",
    how_it_works: "How this assessment works",
    problems_title: "This questionnaire cannot be used",
    problems_lead_one: "The questionnaire file has {n} problem. Fix it and reload the page:",
    problems_lead_many: "The questionnaire file has {n} problems. Fix them and reload the page:",
    loading: "Loading the questionnaire\u{2026}",
    load_timed_out: "The questionnaire did not arrive in time. The server may be busy or the connection slow; try again in a moment.",
    try_again: "Try again",
    results_loading: "Preparing your results\u{2026}",
    whole_failed: "Your results need the rest of the questionnaire, which could not be loaded ({reason}). Your answers are kept.",
    link_too_long: "The part of the link after the # is longer than 512 KB, too long to read.",
    translation_failed: "The questionnaire in {language} could not be loaded, so it stays in this language. ({reason})",
    saved_kept: "{reason} Your browser has no room to set them aside, so they stay where they are and nothing new is saved until there is room.",
    saved_other_set_aside: "Answers saved in another tab or window differed from these; they have been set aside in your browser, not overwritten.",
    saved_in_other_tab: "Other answers to this questionnaire were just saved in another tab or window. If you go on here, they will be set aside in your browser, not overwritten.",
    saved_dropped_one: "{n} saved answer is for a question this questionnaire no longer has.",
    saved_dropped_many: "{n} saved answers are for questions this questionnaire no longer has.",
    saved_dropped_aside: "{reason} A copy of everything saved has been set aside in your browser; you can resume the other answers.",
    error_title: "Something went wrong in Silo Check.",
    error_saved: "Your answers are saved in this browser.",
    error_not_saved: "Your answers could not be saved in this browser.",
    restart: "Restart",
};

/// English, for the team view.
pub static TEAM_EN: TeamMessages = TeamMessages {
    team_signals_title: "Silo signals",
    team_title: "Team view: where departments agree and where they split",
    team_lead: "Ask colleagues from other departments to take the assessment and send you their share links. Paste them here, or drop their downloaded report files: everything is read in this browser, and nothing is sent anywhere.",
    team_codes_label: "Share codes or links, one per line",
    team_add: "Add to the team view",
    team_add_own: "Add my own result",
    team_files_label: "Or add report files (JSON), or drop them here",
    team_counted_none: "No respondents yet",
    team_counted_one: "{n} respondent counted",
    team_counted_many: "{n} respondents counted",
    team_left_out_one: "; {n} entry left out",
    team_left_out_many: "; {n} entries left out",
    team_left_out_title: "Entries left out, and why",
    team_line: "Line {n}: ",
    team_more: "\u{2026} and {n} more.",
    team_org_title: "The organisation as a whole",
    team_by_department: "Respondents by department",
    team_dims_title: "Each dimension across respondents",
    team_dims_caption: "Mean, lowest and highest score, and the spread between them",
    team_mean: "Mean",
    team_lowest: "Lowest",
    team_highest: "Highest",
    team_spread: "Spread",
    team_nobody: "No score: nobody answered it",
    team_heat_title: "Silo map: each department's level",
    team_heat_caption: "Maturity level by department and dimension (mean score in brackets)",
    team_department: "Department",
    team_dims_region: "Dimensions table",
    team_heat_region: "Silo map table",
    team_no_signals: "No silo signals: every department places every dimension within one level of the others. Views are aligned, which is the ground integration is built on.",
    team_signal_title_one: "{dimension}: {n} level apart",
    team_signal_title_many: "{dimension}: {n} levels apart",
    team_signal_sees: "{departments} sees level {level} ({name})",
    team_signal_see: "{departments} see level {level} ({name})",
    team_radar_title: "Departments side by side",
    team_radar_label: "Radar chart overlaying each department's scores with the whole organisation's; the same numbers are in the silo map table.",
    team_whole_org: "Whole organisation",
    team_recs_title: "Where the organisation should start",
    team_agenda_title: "Workshop agenda for a cross-department meeting",
    team_follow_up: "Suggested follow-up meeting: {date}.",
    team_share_lead: "The team link carries every code gathered so far after its #, which browsers never send to a server. Whoever opens it can add their own result and pass it on.",
    team_link_label: "Team link",
    team_copy_link: "Copy team link",
    team_link_copied: "Team link copied. Send it on: each colleague can add their own result to it.",
    download_csv: "Download CSV",
    team_remove_all: "Remove everyone",
    team_remove_left_out: "Remove the entries left out",
    team_start_new: "Start a new team view",
    team_link_mostly_unread: "Most of this team link could not be read: {n} of its {total} entries are left out. It may be damaged, or made for another questionnaire. Remove them to make room for real codes, or start a new team view.",
    file_too_big: "The file is larger than 2 MB, so it was not read.",
    file_not_text: "The file is not text.",
    file_unreadable: "The browser could not read the file.",
    team_link_too_long: "This team link could not be opened: the part after the # is longer than 512 KB, too long to read.",
    team_time_title: "Progress over time",
    team_time_lead: "Paste an earlier team link (last quarter's, say) or its codes to see how far the team has come since: the organisation's overall score and each dimension's mean then and now.",
    team_time_label: "An earlier team's link or codes",
    team_time_compare: "Compare with today's team",
    team_time_counted: "Earlier: {earlier} respondents ({left_out} entries left out); today: {now}.",
    team_time_region: "Progress over time table",
    team_time_caption: "Mean score then and now, and the change in points",
    team_time_earlier: "Earlier",
    team_time_now: "Today",
    team_time_change: "Change",
    team_time_overall: "Overall",
    team_bench_title: "Export a benchmark",
    team_bench_lead: "With one code for each organisation, this writes a benchmark file to paste into a questionnaire's \"benchmark\" field (or open in the studio): only quartiles and counts, no codes and no departments. Every figure must rest on at least {min} organisations; a dimension fewer of them scored is left out.",
    team_bench_label: "Whose results these are (such as \"our 2026 clients\")",
    team_bench_source: "Source (who collected them, and how)",
    team_bench_export: "Download benchmark",
    team_bench_unlabelled: "Write whose results these are and where they come from first: a benchmark without them cannot be read.",
    team_bench_written: "Benchmark of {n} organisations downloaded.",
    team_bench_left_out: "Left out, because fewer than {min} organisations scored them:",
    team_bench_left_out_one: "{dimension} ({n})",
};

/// German, written for German readers.
pub static DE: Messages = Messages {
    language_label: "Sprache",
    start: "Los geht\u{2019}s",
    resume: "Weitermachen",
    start_over: "Neu beginnen",
    fact_questions: "{n} Fragen",
    fact_areas: "aus {n} Handlungsfeldern",
    fact_minutes: "Etwa {n} Minuten",
    fact_minutes_text: "Ihr Fortschritt bleibt gespeichert, wenn Sie die Seite verlassen",
    fact_private: "Vertraulich",
    fact_private_text: "Ihre Antworten verlassen diesen Browser nicht",
    welcome_back: "Willkommen zur\u{fc}ck. Sie haben {answered} von {total} Fragen beantwortet.",
    storage_failed: "Ihr Browser erlaubt Silo Check nicht, Ihre Antworten zu speichern (der Speicher ist voll oder abgeschaltet). Sie k\u{f6}nnen trotzdem fertig werden, aber wenn Sie die Seite verlassen, gehen Ihre Antworten verloren.",
    storage_blocked_in_frame: "Dieser Browser l\u{e4}sst Silo Check hier nichts speichern, weil es in einem Rahmen einer anderen Website l\u{e4}uft (Speicher f\u{fc}r Drittanbieter ist gesperrt). Sie k\u{f6}nnen den Check trotzdem abschlie\u{df}en und das Ergebnis teilen, aber Ihre Antworten bleiben nicht erhalten, wenn Sie die Seite verlassen.",
    share_link_failed: "Dieser Link zu einem Ergebnis lie\u{df} sich nicht \u{f6}ffnen: {reason}",
    saved_set_aside: "{reason} Sie wurden in Ihrem Browser beiseitegelegt, und Sie beginnen von vorn.",
    progress_label: "Fortschritt",
    progress_bar_label: "Beantwortete Fragen",
    part_named: "Teil {part} von {parts}: {name}",
    all_parts: "Alle Teile",
    before_you_start: "Vorab",
    answered_of: "{answered} von {total} beantwortet",
    step_current: ", aktuell",
    step_complete: ", erledigt",
    announce_profile: "Zu Ihrer Person: freiwillige Fragen.",
    announce_part: "Teil {part} von {parts}: {name}. {answered} von {total} Fragen beantwortet.",
    announce_review: "{n} Fragen sind noch offen.",
    announce_results: "Ihr Ergebnis liegt vor.",
    about_you: "Zu Ihrer Person",
    about_you_lead: "Diese Fragen sind freiwillig und flie\u{df}en nicht in die Bewertung ein. Sie helfen, die Sicht verschiedener Abteilungen zu vergleichen, und zeigen, welchem Organisationsmodell Ihre Antworten \u{e4}hneln.",
    prefer_not_to_say: "Keine Angabe",
    skip: "\u{dc}berspringen",
    question_number: "Frage {n}: ",
    not_sure: "Wei\u{df} nicht",
    not_applicable: "Trifft auf uns nicht zu",
    keys_hint: "Tipp: Antworten Sie mit den Pfeiltasten oder den Zifferntasten 1 bis 5 (6 f\u{fc}r \u{201e}Wei\u{df} nicht\u{201c}, 7 f\u{fc}r \u{201e}Trifft auf uns nicht zu\u{201c}), und gehen Sie mit der Eingabetaste weiter.",
    left_here_one: "Eine Frage auf dieser Seite ist noch nicht beantwortet.",
    left_here_many: "{n} Fragen auf dieser Seite sind noch nicht beantwortet.",
    left_here_lead: "Sie k\u{f6}nnen sie jetzt beantworten oder weitergehen und sp\u{e4}ter zur\u{fc}ckkommen: Vor dem Ergebnis zeigt Silo Check jede noch offene Frage.",
    go_on_anyway: "Trotzdem weiter",
    show_first_unanswered: "Zur ersten offenen Frage",
    accessibility_statement: "Barrierefreiheit: was getestet ist und was bekannterma\u{df}en nicht funktioniert",
    back: "Zur\u{fc}ck",
    next: "Weiter",
    see_results: "Zum Ergebnis",
    clear_answers: "Meine Antworten l\u{f6}schen",
    unanswered_one: "{n} Frage ist noch offen",
    unanswered_many: "{n} Fragen sind noch offen",
    review_lead: "Beantworten Sie sie f\u{fc}r ein vollst\u{e4}ndigeres Bild, oder sehen Sie sich Ihr Ergebnis gleich an: Offene Fragen z\u{e4}hlen nicht zur Bewertung, und der Bericht sagt, wie belastbar er ist.",
    answer: "Beantworten",
    answer_question: "Frage {n} beantworten: {prompt}",
    product: "Silo-Check",
    results_title: "Ihr {product}-Ergebnis",
    shared_title: "Ein geteiltes {product}-Ergebnis",
    shared_notice: "Jemand hat dieses Ergebnis mit Ihnen geteilt. Sie k\u{f6}nnen es nur ansehen; machen Sie den Check selbst, um zu sehen, wo Ihr Unternehmen aus Ihrer Sicht steht.",
    take_it_yourself: "Selbst den Check machen",
    out_of_100: "von 100",
    level_named: "Stufe {n}: {name}",
    capped: "Nach dem Durchschnitt allein l\u{e4}gen Sie auf Stufe {level} ({name}), doch {dimensions} bremst die Gesamtstufe: Ein Unternehmen ist nur so reif wie sein schw\u{e4}chstes Handlungsfeld, deshalb liegt die Gesamtstufe h\u{f6}chstens eine Stufe \u{fc}ber dem niedrigsten.",
    no_score_yet: "Keine Frage wurde mit einer der Antworten beantwortet, daher gibt es noch keine Bewertung. Beantworten Sie in jedem Handlungsfeld mindestens eine Frage.",
    confidence: "Aussagekraft: {level}. {answered} von {total} Fragen haben eine inhaltliche Antwort; {details}. Diese z\u{e4}hlen nicht als null, sondern bleiben au\u{df}en vor. {trust}{missing}",
    confidence_high: "hoch",
    confidence_medium: "mittel",
    confidence_low: "gering",
    trust_high: "Der Bericht st\u{fc}tzt sich trotzdem auf den Gro\u{df}teil des Fragebogens.",
    trust_medium: "Verstehen Sie die Werte als gute Orientierung, nicht als Urteil.",
    trust_low: "Verstehen Sie die Werte als ersten groben Eindruck: Vieles fehlt noch im Bild.",
    not_sure_count_one: "{n}-mal wurde \u{201e}Wei\u{df} nicht\u{201c} gew\u{e4}hlt",
    not_sure_count_many: "{n}-mal wurde \u{201e}Wei\u{df} nicht\u{201c} gew\u{e4}hlt",
    not_applicable_count_one: "{n} Frage trifft auf Sie nicht zu und wurde ausgelassen",
    not_applicable_count_many: "{n} Fragen treffen auf Sie nicht zu und wurden ausgelassen",
    unanswered_count_one: "{n} Frage blieb offen",
    unanswered_count_many: "{n} Fragen blieben offen",
    and: " und ",
    no_score_for: " F\u{fc}r {dimensions} lie\u{df} sich keine Bewertung ermitteln.",
    profile_by_dimension: "Ihr Profil nach Handlungsfeldern",
    your_answers: "Ihre Antworten",
    radar_label: "Netzdiagramm mit der Bewertung jedes Handlungsfelds; dieselben Zahlen stehen daneben.",
    dimension_status: "{score}/100 \u{b7} Stufe {level}, {name}",
    no_score_dimension: "Keine Bewertung: keine Frage beantwortet",
    scores_by_dimension: "Bewertung nach Handlungsfeldern",
    dimension: "Handlungsfeld",
    score: "Wert",
    level: "Stufe",
    none: "keine",
    how_organised: "Wie Sie organisiert sind",
    model_resembles: "Ihre Antworten \u{e4}hneln am meisten dem Modell {model}",
    model_signs: " ({n} % seiner Merkmale treffen zu).",
    runner_up: "Danach: {model} ({n} %).",
    model_contradiction: "Sie haben Ihr Unternehmen als {stated} beschrieben, Ihre Antworten sprechen aber eher f\u{fc}r {best}. Diese L\u{fc}cke lohnt ein Gespr\u{e4}ch: Wie man glaubt, dass die Arbeit organisiert ist, und wie sie tats\u{e4}chlich l\u{e4}uft, ist auseinandergedriftet.",
    no_model_fits_all: "Kein Modell passt f\u{fc}r alle: Das beste ist das, das zu Ihrer Gr\u{f6}\u{df}e, Ihrer Regulierung und Ihrer Kultur passt.",
    model_tied: "Kein einzelnes Modell sticht heraus: {models} zeigen je {n} % ihrer Merkmale.",
    model_weak: "Kein Modell sticht heraus: Das n\u{e4}chstliegende, {model}, zeigt nur {n} % seiner Merkmale.",
    model_closest: "Am n\u{e4}chsten liegt {model}:",
    model_stated_fits: "Sie haben Ihr Unternehmen als {stated} beschrieben, und Ihre Antworten passen dazu so gut wie zu jedem anderen Modell.",
    start_here: "Hier anfangen",
    start_here_lead: "Die drei Schritte, die Sie am weitesten bringen: wie weit jedes Handlungsfeld von der Spitze entfernt ist, gewichtet nach seiner Bedeutung.",
    plan_title: "Ihr 30/60/90-Tage-Plan",
    within_days: "Innerhalb von {n} Tagen",
    plan_lead: "Die Empfehlungen unten, geordnet danach, wann Sie damit beginnen. Jede steht nur einmal ausgeschrieben: unter \u{201e}Hier anfangen\u{201c} oder bei ihrem Handlungsfeld.",
    all_recommendations: "Jedes Handlungsfeld im Detail",
    benchmark_title: "Wie Sie im Vergleich stehen",
    benchmark_dimension: "{dimension}: {placement}",
    all_recommendations_lead: "\u{d6}ffnen Sie ein Handlungsfeld: Sie sehen, wo es auf den f\u{fc}nf Stufen steht, wie die n\u{e4}chste Stufe aussieht, und was Sie tun k\u{f6}nnen.",
    see_start_here: "Die Empfehlung dazu, \u{201e}{title}\u{201c}, ist eine der drei unter \u{201e}Hier anfangen\u{201c}.",
    ladder_label: "Die f\u{fc}nf Stufen von {dimension}",
    next_level_title: "So sieht Stufe {n}, {name}, hier aus",
    top_level: "Dieses Handlungsfeld steht auf der obersten Stufe: Behalten Sie bei, was funktioniert, und lassen Sie andere Teams davon lernen.",
    printed_on: "{questionnaire} (Version {revision}), gedruckt am {date}. Dieser Bericht online: {link}",
    first_step: "Erster Schritt: ",
    horizon_meta: "{dimension} \u{b7} innerhalb von {n} Tagen",
    compare_title: "Mit Kolleginnen und Kollegen vergleichen",
    compare_text: "Jede Abteilung sieht das anders. Bitten Sie Kolleginnen und Kollegen aus anderen Abteilungen, den Check zu machen, und legen Sie die Ergebnisse nebeneinander: wo Sie sich einig sind, wo nicht, und eine Agenda f\u{fc}r das Treffen danach.",
    open_team_view: "Teamansicht \u{f6}ffnen",
    share_title: "Teilen und aufbewahren",
    share_lead: "Der Link tr\u{e4}gt Ihre Antworten im letzten Teil nach dem #, den Browser nie an einen Server senden.",
    share_link_label: "Link zu diesem Ergebnis",
    copy_link: "Link kopieren",
    download_json: "JSON herunterladen",
    print: "Drucken oder als PDF sichern",
    change_answers: "Antworten \u{e4}ndern",
    retake: "Neu beginnen (Antworten l\u{f6}schen)",
    link_copied: "Link kopiert. Wer ihn \u{f6}ffnet, sieht dieses Ergebnis, ohne es \u{e4}ndern zu k\u{f6}nnen.",
    copy_failed: "Ihr Browser hat das Kopieren nicht erlaubt. Der Link unten ist markiert: Dr\u{fc}cken Sie {keys}, um ihn zu kopieren.",
    how_it_works: "So funktioniert der Check",
    problems_title: "Dieser Fragebogen kann nicht verwendet werden",
    problems_lead_one: "Die Fragebogendatei enth\u{e4}lt {n} Fehler. Beheben Sie ihn und laden Sie die Seite neu:",
    problems_lead_many: "Die Fragebogendatei enth\u{e4}lt {n} Fehler. Beheben Sie sie und laden Sie die Seite neu:",
    loading: "Der Fragebogen wird geladen\u{2026}",
    load_timed_out: "Der Fragebogen ist nicht rechtzeitig angekommen. Vielleicht ist der Server ausgelastet oder die Verbindung langsam; versuchen Sie es gleich noch einmal.",
    try_again: "Erneut versuchen",
    results_loading: "Ihre Ergebnisse werden vorbereitet\u{2026}",
    whole_failed: "F\u{fc}r Ihre Ergebnisse fehlt noch der Rest des Fragebogens, der nicht geladen werden konnte ({reason}). Ihre Antworten bleiben erhalten.",
    link_too_long: "Der Teil des Links nach dem # ist l\u{e4}nger als 512 KB und damit zu lang, um ihn zu lesen.",
    translation_failed: "Der Fragebogen auf {language} konnte nicht geladen werden; er bleibt deshalb in dieser Sprache. ({reason})",
    saved_kept: "{reason} Ihr Browser hat keinen Platz, sie beiseitezulegen; sie bleiben deshalb, wo sie sind, und Neues wird erst gespeichert, wenn wieder Platz ist.",
    saved_other_set_aside: "In einem anderen Tab oder Fenster wurden andere Antworten gespeichert; sie wurden in Ihrem Browser beiseitegelegt, nicht \u{fc}berschrieben.",
    saved_in_other_tab: "Soeben wurden in einem anderen Tab oder Fenster andere Antworten zu diesem Fragebogen gespeichert. Wenn Sie hier weitermachen, werden diese in Ihrem Browser beiseitegelegt, nicht \u{fc}berschrieben.",
    saved_dropped_one: "{n} gespeicherte Antwort geh\u{f6}rt zu einer Frage, die dieser Fragebogen nicht mehr enth\u{e4}lt.",
    saved_dropped_many: "{n} gespeicherte Antworten geh\u{f6}ren zu Fragen, die dieser Fragebogen nicht mehr enth\u{e4}lt.",
    saved_dropped_aside: "{reason} Eine Kopie aller gespeicherten Antworten wurde in Ihrem Browser beiseitegelegt; die \u{fc}brigen Antworten k\u{f6}nnen Sie fortsetzen.",
    error_title: "In Silo Check ist ein Fehler aufgetreten.",
    error_saved: "Ihre Antworten sind in diesem Browser gespeichert.",
    error_not_saved: "Ihre Antworten konnten in diesem Browser nicht gespeichert werden.",
    restart: "Neu starten",
};

/// German, for the team view.
pub static TEAM_DE: TeamMessages = TeamMessages {
    team_signals_title: "Silo-Signale",
    team_title: "Teamansicht: wo die Abteilungen \u{fc}bereinstimmen und wo nicht",
    team_lead: "Bitten Sie Kolleginnen und Kollegen aus anderen Abteilungen, den Check zu machen und Ihnen ihren Ergebnislink zu schicken. F\u{fc}gen Sie die Links hier ein oder ziehen Sie heruntergeladene Ergebnisdateien hierher: Alles wird in diesem Browser gelesen, nichts wird verschickt.",
    team_codes_label: "Ergebniscodes oder Links, einer pro Zeile",
    team_add: "Zur Teamansicht hinzuf\u{fc}gen",
    team_add_own: "Mein eigenes Ergebnis hinzuf\u{fc}gen",
    team_files_label: "Oder Ergebnisdateien (JSON) w\u{e4}hlen oder hierher ziehen",
    team_counted_none: "Noch keine Teilnehmenden",
    team_counted_one: "{n} Teilnehmende gez\u{e4}hlt",
    team_counted_many: "{n} Teilnehmende gez\u{e4}hlt",
    team_left_out_one: "; {n} Eintrag nicht ber\u{fc}cksichtigt",
    team_left_out_many: "; {n} Eintr\u{e4}ge nicht ber\u{fc}cksichtigt",
    team_left_out_title: "Nicht ber\u{fc}cksichtigte Eintr\u{e4}ge und warum",
    team_line: "Zeile {n}: ",
    team_more: "\u{2026} und {n} weitere.",
    team_org_title: "Das Unternehmen als Ganzes",
    team_by_department: "Teilnehmende nach Abteilung",
    team_dims_title: "Jedes Handlungsfeld \u{fc}ber alle Teilnehmenden",
    team_dims_caption: "Mittelwert, niedrigster und h\u{f6}chster Wert und die Spanne dazwischen",
    team_mean: "Mittel",
    team_lowest: "Niedrigster",
    team_highest: "H\u{f6}chster",
    team_spread: "Spanne",
    team_nobody: "Keine Bewertung: niemand hat geantwortet",
    team_heat_title: "Silo-Karte: die Stufe jeder Abteilung",
    team_heat_caption: "Reifegrad nach Abteilung und Handlungsfeld (Mittelwert in Klammern)",
    team_department: "Abteilung",
    team_dims_region: "Tabelle der Handlungsfelder",
    team_heat_region: "Tabelle der Silo-Karte",
    team_no_signals: "Keine Silo-Signale: Alle Abteilungen sehen jedes Handlungsfeld h\u{f6}chstens eine Stufe auseinander. Die Sichtweisen passen zusammen \u{2013} die Grundlage, auf der Integration gelingt.",
    team_signal_title_one: "{dimension}: {n} Stufe auseinander",
    team_signal_title_many: "{dimension}: {n} Stufen auseinander",
    team_signal_sees: "{departments} sieht Stufe {level} ({name})",
    team_signal_see: "{departments} sehen Stufe {level} ({name})",
    team_radar_title: "Die Abteilungen im Vergleich",
    team_radar_label: "Netzdiagramm, das die Werte jeder Abteilung mit denen des ganzen Unternehmens \u{fc}berlagert; dieselben Zahlen stehen in der Silo-Karte.",
    team_whole_org: "Ganzes Unternehmen",
    team_recs_title: "Wo das Unternehmen anfangen sollte",
    team_agenda_title: "Agenda f\u{fc}r einen abteilungs\u{fc}bergreifenden Workshop",
    team_follow_up: "Vorschlag f\u{fc}r das Folgetreffen: {date}.",
    team_share_lead: "Der Teamlink tr\u{e4}gt alle bisher gesammelten Codes nach dem #, den Browser nie an einen Server senden. Wer ihn \u{f6}ffnet, kann sein eigenes Ergebnis hinzuf\u{fc}gen und ihn weitergeben.",
    team_link_label: "Teamlink",
    team_copy_link: "Teamlink kopieren",
    team_link_copied: "Teamlink kopiert. Geben Sie ihn weiter: Alle k\u{f6}nnen ihr eigenes Ergebnis hinzuf\u{fc}gen.",
    download_csv: "Als CSV herunterladen",
    team_remove_all: "Alle entfernen",
    team_remove_left_out: "Nicht ber\u{fc}cksichtigte Eintr\u{e4}ge entfernen",
    team_start_new: "Neue Teamansicht beginnen",
    team_link_mostly_unread: "Der gr\u{f6}\u{df}te Teil dieses Teamlinks lie\u{df} sich nicht lesen: {n} seiner {total} Eintr\u{e4}ge wurden nicht ber\u{fc}cksichtigt. Vielleicht ist er besch\u{e4}digt oder f\u{fc}r einen anderen Fragebogen erstellt. Entfernen Sie diese Eintr\u{e4}ge, um Platz f\u{fc}r echte Codes zu schaffen, oder beginnen Sie eine neue Teamansicht.",
    file_too_big: "Die Datei ist gr\u{f6}\u{df}er als 2 MB und wurde nicht gelesen.",
    file_not_text: "Die Datei enth\u{e4}lt keinen Text.",
    file_unreadable: "Der Browser konnte die Datei nicht lesen.",
    team_link_too_long: "Dieser Teamlink lie\u{df} sich nicht \u{f6}ffnen: Der Teil nach dem # ist l\u{e4}nger als 512 KB und damit zu lang, um ihn zu lesen.",
    team_time_title: "Fortschritt \u{fc}ber die Zeit",
    team_time_lead: "F\u{fc}gen Sie einen fr\u{fc}heren Teamlink (etwa vom letzten Quartal) oder seine Codes ein, um zu sehen, wie weit das Team seitdem gekommen ist: den Gesamtwert des Unternehmens und den Mittelwert jedes Handlungsfelds damals und heute.",
    team_time_label: "Link oder Codes eines fr\u{fc}heren Teams",
    team_time_compare: "Mit dem heutigen Team vergleichen",
    team_time_counted: "Damals: {earlier} Teilnehmende ({left_out} Eintr\u{e4}ge nicht ber\u{fc}cksichtigt); heute: {now}.",
    team_time_region: "Tabelle des Fortschritts \u{fc}ber die Zeit",
    team_time_caption: "Mittelwert damals und heute und die Ver\u{e4}nderung in Punkten",
    team_time_earlier: "Damals",
    team_time_now: "Heute",
    team_time_change: "Ver\u{e4}nderung",
    team_time_overall: "Gesamt",
    team_bench_title: "Vergleichswerte exportieren",
    team_bench_lead: "Mit einem Code je Organisation entsteht hier eine Datei mit Vergleichswerten, die Sie in das Feld \"benchmark\" eines Fragebogens einf\u{fc}gen (oder im Studio \u{f6}ffnen): nur Quartile und Anzahlen, keine Codes und keine Abteilungen. Jede Zahl muss auf mindestens {min} Organisationen beruhen; ein Handlungsfeld, das weniger bewertet haben, f\u{e4}llt weg.",
    team_bench_label: "Wessen Ergebnisse das sind (etwa \u{201e}unsere Kunden 2026\u{201c})",
    team_bench_source: "Quelle (wer sie erhoben hat und wie)",
    team_bench_export: "Vergleichswerte herunterladen",
    team_bench_unlabelled: "Schreiben Sie zuerst, wessen Ergebnisse das sind und woher sie stammen: Vergleichswerte ohne diese Angaben sind nicht zu verstehen.",
    team_bench_written: "Vergleichswerte von {n} Organisationen heruntergeladen.",
    team_bench_left_out: "Weggelassen, weil weniger als {min} Organisationen sie bewertet haben:",
    team_bench_left_out_one: "{dimension} ({n})",
};

catalogue! {
    /// The words of the results screen's history and comparison with an earlier result,
    /// apart from the widget's, so that the questions' WebAssembly does not carry them
    /// (only the results screen reads them). Placeholders are written `{name}`.
    HistoryMessages;
    // The list of earlier results.
    history_title,
    history_lead,
    history_entry,
    history_entry_no_score,
    history_entry_other_revision,
    history_delete,
    history_delete_label,
    history_delete_all,
    history_not_kept,
    // The comparison.
    progress_title,
    progress_lead,
    progress_select_label,
    progress_pasted_option,
    progress_overall,
    progress_up,
    progress_down,
    progress_same,
    progress_unknown,
    progress_caption,
    progress_then,
    progress_now,
    progress_change,
    progress_other_questions,
    progress_new,
    progress_done,
    progress_open,
    progress_earlier_series,
    progress_pasted_series,
    progress_paste_label,
    progress_paste_button,
    progress_paste_failed,
    // An earlier result from a report file, and keeping results or not.
    progress_file_label,
    progress_file_option,
    progress_file_series,
    progress_file_failed,
    progress_file_unreadable,
    progress_file_compared,
    history_none,
    history_keep_label,
    history_keep_on_note,
    history_keep_off_note,
    history_keep_on_done,
    history_keep_off_done,
    history_keep_not_remembered,
}

/// English, for the results screen's history and comparison.
pub static HISTORY_EN: HistoryMessages = HistoryMessages {
    history_title: "Your earlier results",
    history_lead: "Kept in this browser only, and never sent anywhere. Delete any of them whenever you like.",
    history_entry: "{date}: {score} out of 100",
    history_entry_no_score: "{date}: no overall score",
    history_entry_other_revision: "{date}: answers revision {revision} of this questionnaire, so it cannot be compared here with this result (revision {current})",
    history_delete: "Delete",
    history_delete_label: "Delete the result of {date}",
    history_delete_all: "Delete all earlier results",
    history_not_kept: "This browser did not let the widget keep this result among your earlier ones (storage is full or blocked).",
    progress_title: "Since an earlier result",
    progress_lead: "What changed since an earlier result of yours. The earlier profile is drawn on the chart above as well.",
    progress_select_label: "Compare with",
    progress_pasted_option: "The result pasted below",
    progress_overall: "Overall score: {earlier} then, {later} now ({change}).",
    progress_up: "up {n}",
    progress_down: "down {n}",
    progress_same: "no change",
    progress_unknown: "no score on one side",
    progress_caption: "Scores by dimension, then and now",
    progress_then: "Then",
    progress_now: "Now",
    progress_change: "Change",
    progress_other_questions: "Not the same questions carry these scores then and now (a \u{201c}Not sure\u{201d}, \u{201c}Does not apply\u{201d} or skipped answer on one side), so part of their change is which questions were answered: {dimensions}.",
    progress_new: "New recommendations",
    progress_done: "Done since then",
    progress_open: "Still open",
    progress_earlier_series: "Earlier result ({date})",
    progress_pasted_series: "Earlier result (pasted)",
    progress_paste_label: "An earlier result from elsewhere: paste its share link or code",
    progress_paste_button: "Compare with this result",
    progress_paste_failed: "This result cannot be compared: {reason}",
    progress_file_label: "Or a report file you downloaded with \u{201c}Download JSON\u{201d}: choose it, or drop it here",
    progress_file_option: "The report file {name}",
    progress_file_series: "Earlier result ({name})",
    progress_file_failed: "\u{201c}{name}\u{201d} cannot be compared: {reason}",
    progress_file_unreadable: "The browser could not read this file.",
    progress_file_compared: "Compared above with the report file {name}.",
    history_none: "No earlier result is kept in this browser yet.",
    history_keep_label: "Keep my results in this browser",
    history_keep_on_note: "Each result you complete is kept here, on this device only, to compare with later ones. Turning this off deletes the results kept here and keeps no new ones.",
    history_keep_off_note: "No results are kept in this browser. Turning this on keeps this result and the ones you complete later.",
    history_keep_on_done: "Your results are kept in this browser again, starting with this one.",
    history_keep_off_done: "Your results are no longer kept in this browser: the ones kept here were deleted, and new ones will not be added.",
    history_keep_not_remembered: "This browser did not let the widget remember your choice (storage is full or blocked), so it holds only until you leave this page.",
};

/// German, for the results screen's history and comparison.
pub static HISTORY_DE: HistoryMessages = HistoryMessages {
    history_title: "Ihre fr\u{fc}heren Ergebnisse",
    history_lead: "Nur in diesem Browser gespeichert und nirgendwohin gesendet. Sie k\u{f6}nnen jedes davon jederzeit l\u{f6}schen.",
    history_entry: "{date}: {score} von 100",
    history_entry_no_score: "{date}: kein Gesamtwert",
    history_entry_other_revision: "{date}: beantwortet Revision {revision} dieses Fragebogens und l\u{e4}sst sich hier daher nicht mit diesem Ergebnis (Revision {current}) vergleichen",
    history_delete: "L\u{f6}schen",
    history_delete_label: "Das Ergebnis vom {date} l\u{f6}schen",
    history_delete_all: "Alle fr\u{fc}heren Ergebnisse l\u{f6}schen",
    history_not_kept: "Dieser Browser hat nicht erlaubt, dieses Ergebnis zu Ihren fr\u{fc}heren zu legen (der Speicher ist voll oder gesperrt).",
    progress_title: "Seit einem fr\u{fc}heren Ergebnis",
    progress_lead: "Was sich seit einem Ihrer fr\u{fc}heren Ergebnisse ge\u{e4}ndert hat. Das fr\u{fc}here Profil ist auch im Diagramm oben eingezeichnet.",
    progress_select_label: "Vergleichen mit",
    progress_pasted_option: "Das unten eingef\u{fc}gte Ergebnis",
    progress_overall: "Gesamtwert: damals {earlier}, jetzt {later} ({change}).",
    progress_up: "plus {n}",
    progress_down: "minus {n}",
    progress_same: "unver\u{e4}ndert",
    progress_unknown: "auf einer Seite kein Wert",
    progress_caption: "Werte je Handlungsfeld, damals und jetzt",
    progress_then: "Damals",
    progress_now: "Jetzt",
    progress_change: "\u{c4}nderung",
    progress_other_questions: "Diese Werte beruhen damals und jetzt nicht auf denselben Fragen (auf einer Seite \u{201e}Wei\u{df} nicht\u{201c}, \u{201e}Trifft nicht zu\u{201c} oder eine \u{fc}bersprungene Antwort), ein Teil ihrer \u{c4}nderung kommt also daher, welche Fragen beantwortet wurden: {dimensions}.",
    progress_new: "Neue Empfehlungen",
    progress_done: "Seitdem erledigt",
    progress_open: "Noch offen",
    progress_earlier_series: "Fr\u{fc}heres Ergebnis ({date})",
    progress_pasted_series: "Fr\u{fc}heres Ergebnis (eingef\u{fc}gt)",
    progress_paste_label: "Ein fr\u{fc}heres Ergebnis von anderswo: f\u{fc}gen Sie seinen Link oder Code ein",
    progress_paste_button: "Mit diesem Ergebnis vergleichen",
    progress_paste_failed: "Dieses Ergebnis l\u{e4}sst sich nicht vergleichen: {reason}",
    progress_file_label: "Oder eine Berichtsdatei, die Sie mit \u{201e}JSON herunterladen\u{201c} gespeichert haben: w\u{e4}hlen Sie sie aus oder ziehen Sie sie hierher",
    progress_file_option: "Die Berichtsdatei {name}",
    progress_file_series: "Fr\u{fc}heres Ergebnis ({name})",
    progress_file_failed: "\u{201e}{name}\u{201c} l\u{e4}sst sich nicht vergleichen: {reason}",
    progress_file_unreadable: "Der Browser konnte diese Datei nicht lesen.",
    progress_file_compared: "Oben verglichen mit der Berichtsdatei {name}.",
    history_none: "In diesem Browser ist noch kein fr\u{fc}heres Ergebnis gespeichert.",
    history_keep_label: "Meine Ergebnisse in diesem Browser aufbewahren",
    history_keep_on_note: "Jedes Ergebnis, das Sie abschlie\u{df}en, wird hier aufbewahrt, nur auf diesem Ger\u{e4}t, damit Sie es mit sp\u{e4}teren vergleichen k\u{f6}nnen. Schalten Sie das aus, werden die hier aufbewahrten Ergebnisse gel\u{f6}scht und keine neuen mehr aufbewahrt.",
    history_keep_off_note: "In diesem Browser werden keine Ergebnisse aufbewahrt. Schalten Sie das ein, wird dieses Ergebnis aufbewahrt und jedes, das Sie sp\u{e4}ter abschlie\u{df}en.",
    history_keep_on_done: "Ihre Ergebnisse werden wieder in diesem Browser aufbewahrt, von diesem an.",
    history_keep_off_done: "Ihre Ergebnisse werden nicht mehr in diesem Browser aufbewahrt: Die bisher aufbewahrten wurden gel\u{f6}scht, neue kommen nicht hinzu.",
    history_keep_not_remembered: "Dieser Browser hat nicht erlaubt, Ihre Wahl zu speichern (der Speicher ist voll oder gesperrt); sie gilt daher nur, bis Sie diese Seite verlassen.",
};

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// The `{placeholders}` of a message, each once.
    fn placeholders(text: &str) -> BTreeSet<&str> {
        text.split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect()
    }

    #[test]
    fn every_language_has_every_message_with_the_same_placeholders() {
        let catalogue = |lang| {
            [
                messages(lang).entries(),
                team_messages(lang).entries(),
                history_messages(lang).entries(),
            ]
            .concat()
        };
        let english = catalogue(Lang::En);
        for lang in Lang::ALL {
            let entries = catalogue(lang);
            assert_eq!(entries.len(), english.len());
            for ((name, text), (_, en)) in entries.iter().zip(&english) {
                assert!(!text.trim().is_empty(), "{lang:?}.{name} is empty");
                assert_eq!(
                    placeholders(text),
                    placeholders(en),
                    "{lang:?}.{name} uses other placeholders than English"
                );
            }
        }
    }

    /// Every Rust source of the widget but this catalogue, concatenated.
    fn widget_sources() -> String {
        fn walk(dir: &std::path::Path, out: &mut String) {
            let Ok(entries) = std::fs::read_dir(dir) else {
                return;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("i18n.rs")
                {
                    out.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
                }
            }
        }
        let mut out = String::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut out,
        );
        out
    }

    /// Whether `sources` read the field `name` somewhere (`.name` not followed by more of
    /// an identifier).
    fn reads_field(sources: &str, name: &str) -> bool {
        let needle = format!(".{name}");
        sources.match_indices(&needle).any(|(at, _)| {
            !sources[at + needle.len()..]
                .starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
        })
    }

    /// Messages written for a screen another branch is changing, which places them; the
    /// test below fails once one is used, so the list only shrinks.
    const PLACED_ELSEWHERE: &[&str] = &[];

    #[test]
    fn every_message_is_used() {
        let sources = widget_sources();
        assert!(
            sources.contains("fn App"),
            "the widget's sources were not found"
        );
        for (name, _) in [EN.entries(), TEAM_EN.entries(), HISTORY_EN.entries()].concat() {
            if PLACED_ELSEWHERE.contains(&name) {
                assert!(
                    !reads_field(&sources, name),
                    "{name} is used now: remove it from PLACED_ELSEWHERE"
                );
                continue;
            }
            assert!(
                reads_field(&sources, name),
                "the message {name} is never used"
            );
        }
        assert!(!reads_field(".team_add_own", "team_add"));
    }

    #[test]
    fn the_widget_words_name_no_topic_the_questionnaire_brings() {
        // A consultant's questionnaire on another subject must read right: what the
        // assessment is about comes from the questionnaire, never from the widget.
        for lang in Lang::ALL {
            for (name, text) in [
                messages(lang).entries(),
                team_messages(lang).entries(),
                history_messages(lang).entries(),
            ]
            .concat()
            {
                assert!(
                    !text.to_ascii_lowercase().contains("social media"),
                    "{lang:?}.{name} speaks of social media: {text}"
                );
            }
        }
    }

    #[test]
    fn german_is_translated() {
        // Words that are the same in both languages are allowed; whole sentences are not.
        let german = [DE.entries(), TEAM_DE.entries(), HISTORY_DE.entries()].concat();
        let english = [EN.entries(), TEAM_EN.entries(), HISTORY_EN.entries()].concat();
        for ((name, de), (_, en)) in german.iter().zip(english) {
            if en.split_whitespace().count() > 3 {
                assert_ne!(*de, en, "DE.{name} is still English");
            }
        }
    }

    #[test]
    fn numbers_and_tags_follow_the_language() {
        assert_eq!(count(1234567, Lang::En), "1,234,567");
        assert_eq!(count(1000, Lang::De), "1.000");
        assert_eq!(count(999, Lang::De), "999");
        assert_eq!(Lang::find("de-AT"), Some(Lang::De));
        assert_eq!(Lang::find("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::find("fr"), None);
    }

    #[test]
    fn fill_and_plural() {
        assert_eq!(fill("{a} of {b}", &[("a", &1), ("b", &"two")]), "1 of two");
        assert_eq!(
            plural(1, "{n} question", "{n} questions", Lang::En),
            "1 question"
        );
        assert_eq!(
            plural(2000, "{n} Frage", "{n} Fragen", Lang::De),
            "2.000 Fragen"
        );
    }
}
