//! The sentences the domain writes itself, one catalogue a [`Locale`], as the widget's
//! `i18n.rs` keeps its own words.
//!
//! Every message is a field, so a catalogue that lacks one does not compile; the tests below
//! check that every locale's message has the same `{placeholders}`, which
//! [`fill`](crate::text::fill) replaces, and that every message is used. There are three
//! catalogues, so that what the widget links does not carry the team view's texts:
//! [`CodeMessages`] (share codes and saved sessions, which the widget shows),
//! [`ProgressMessages`] (benchmarks, comparisons and the stored history, which only the
//! code that uses them links) and [`TeamMessages`] (the team view: rejected entries, the
//! agenda, the CSV's row labels, dates, benchmark files).
//!
//! To add a language: add a variant to [`Locale`], write a `static` of each catalogue for
//! it and list them in [`code`], [`progress`] and [`team`].

use crate::text::Locale;

macro_rules! catalogue {
    ($(#[$what:meta])* $struct:ident; $($(#[$doc:meta])* $name:ident,)*) => {
        $(#[$what])*
        pub(crate) struct $struct {
            $($(#[$doc])* pub(crate) $name: &'static str,)*
        }

        #[cfg(test)]
        impl $struct {
            /// Every message with its name, for the catalogue tests.
            pub(crate) fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($name), self.$name),)*]
            }
        }
    };
}

/// The share codes' and saved sessions' messages in `locale`.
pub(crate) fn code(locale: Locale) -> &'static CodeMessages {
    match locale {
        Locale::En => &CODE_EN,
        Locale::De => &CODE_DE,
    }
}

/// The texts of progress over time and benchmarks in `locale`.
pub(crate) fn progress(locale: Locale) -> &'static ProgressMessages {
    match locale {
        Locale::En => &PROGRESS_EN,
        Locale::De => &PROGRESS_DE,
    }
}

/// The team view's texts in `locale`.
pub(crate) fn team(locale: Locale) -> &'static TeamMessages {
    match locale {
        Locale::En => &TEAM_EN,
        Locale::De => &TEAM_DE,
    }
}

/// A figure as these sentences have always written it: with the locale's thousands
/// separator ([`Locale::number`]), except in the English sentences that wrote it without
/// one (a character's position, a line, a department's respondents, "not sure" answers),
/// kept so that moving the sentences into catalogues changed no output.
pub(crate) fn figure(locale: Locale, n: usize) -> String {
    match locale {
        Locale::En => n.to_string(),
        Locale::De => locale.number(n),
    }
}

catalogue! {
    /// Why a share code or a saved session could not be opened ([`crate::ShareError`],
    /// [`crate::session::RestoreError`]). Numbers count from one.
    CodeMessages;
    share_empty,
    /// `{n}`: the character's position.
    share_not_base64,
    share_truncated,
    share_newer_format,
    share_other_questionnaire,
    share_other_revision,
    share_corrupted,
    /// `{n}`: the question's number.
    share_invalid_answer,
    /// `{n}`: the profile question's number.
    share_invalid_profile,
    share_too_long,
    restore_unreadable,
    restore_newer_format,
    restore_other_questionnaire,
    restore_other_revision,
}

catalogue! {
    /// Progress over time and benchmarks: where a score stands against a benchmark
    /// ([`crate::benchmark`]), a comparison's notes ([`crate::compare`]) and the stored
    /// history's problems ([`crate::history`]). A catalogue of its own, so that what links
    /// only share codes carries none of it.
    ProgressMessages;
    // Benchmarks (`benchmark.rs`): `{n}` organisations in `{label}`.
    benchmark_quartile_1,
    benchmark_quartile_2,
    benchmark_quartile_3,
    benchmark_quartile_4,
    benchmark_quartile_none,
    /// `{below}`, `{same}`, `{above}`: organisations at a lower, the same, a higher level.
    benchmark_levels,
    /// `{label}`, `{date}` (ISO 8601), `{source}`.
    benchmark_source,
    // Comparisons (`compare.rs`).
    compare_other_questionnaire,
    /// `{earlier}`, `{later}`: the two revisions.
    compare_other_revision,
    // The earlier results kept in the browser (`history.rs`).
    history_unreadable,
    history_newer_format,
    /// `{n}` of `{total}` entries left out.
    history_some_left_out,
    // An earlier result from a downloaded report file (`history.rs`).
    report_file_too_large,
    report_file_not_a_report,
    report_file_damaged,
    report_file_no_share_code,
    report_file_other_questionnaire,
    /// `{report}`: the report's revision; `{current}`: this questionnaire's.
    report_file_other_revision,
    report_file_newer_format,
}

catalogue! {
    /// The team view's texts: why an entry was left out, the label of the respondents
    /// without a department, the generic meaning of a silo signal, the workshop agenda,
    /// the CSV's row labels, and the names in dates.
    TeamMessages;
    // Entries left out (`team/input.rs`).
    rejection_duplicate,
    rejection_too_large,
    rejection_too_many_entries,
    document_too_large,
    document_not_json,
    document_not_a_report,
    document_no_share_code,
    // Aggregation and silo signals.
    not_given,
    generic_gap_meaning,
    // The agenda's steps.
    agenda_goals_title,
    agenda_goals_guidance,
    agenda_efforts_title,
    agenda_efforts_guidance,
    agenda_successes_title,
    agenda_successes_guidance,
    agenda_planning_title,
    agenda_planning_guidance,
    agenda_more_title,
    agenda_more_guidance,
    agenda_staffing_title,
    agenda_staffing_guidance,
    agenda_follow_up_title,
    agenda_follow_up_guidance,
    // The agenda's prompts, step by step.
    agenda_no_answers,
    agenda_not_given_count,
    agenda_department_count,
    agenda_answered_one,
    agenda_answered_many,
    agenda_missing,
    agenda_overall,
    agenda_overall_capped,
    agenda_one_department,
    agenda_no_signals,
    agenda_signal_one,
    agenda_signal_many,
    agenda_more_signals_one,
    agenda_more_signals_many,
    agenda_level_everywhere,
    agenda_strongest_weakest,
    agenda_no_department_named,
    agenda_not_sure,
    agenda_score_range,
    agenda_first_steps,
    agenda_widest_gap,
    agenda_thirty_days,
    agenda_suggested_date,
    /// The follow-up's date in [`Self::agenda_suggested_date`]: a date format, not a
    /// translation, so its placeholders differ between locales (`{weekday}`, `{iso}`,
    /// `{long}`: the weekday, ISO 8601, [`crate::Date::long`]).
    agenda_when,
    agenda_evidence,
    // Parts of the prompts.
    agenda_level,
    agenda_quoted,
    agenda_department,
    agenda_departments,
    agenda_department_dative,
    agenda_departments_dative,
    // The team CSV's row labels.
    csv_all_respondents,
    csv_lowest_score,
    csv_highest_score,
    csv_spread,
    // Dates.
    monday,
    tuesday,
    wednesday,
    thursday,
    friday,
    saturday,
    sunday,
    january,
    february,
    march,
    april,
    may,
    june,
    july,
    august,
    september,
    october,
    november,
    december,
    long_date,
    /// `{day}`, `{month}`, `{year}`: a date without its weekday.
    medium_date,
    // Benchmark files (`benchmark.rs`): `{n}` respondents with an overall score, `{min}`
    // needed.
    benchmark_too_few,
}

static CODE_EN: CodeMessages = CodeMessages {
    share_empty: "There is no share code here. Paste the code or the link you were given.",
    share_not_base64: "Character {n} cannot be part of a share code. Check that the code was copied exactly.",
    share_truncated: "This share code is incomplete; part of it was probably lost when it was copied.",
    share_newer_format: "This share code is damaged, or was made by a newer version of Silo Check (it says code format {version}); if it came from a newer version, open it there.",
    share_other_questionnaire: "This share code was made for a different questionnaire, so its answers cannot be shown here.",
    share_other_revision: "This share code was made with revision {code_revision} of this questionnaire, but this is revision {expected}; its answers cannot be shown here.",
    share_corrupted: "This share code is damaged: a character was probably changed when it was copied.",
    share_invalid_answer: "This share code holds an answer to question {n} that does not exist.",
    share_invalid_profile: "This share code holds an answer to profile question {n} that is not one of its options.",
    share_too_long: "This text is far too long to be a share code.",
    restore_unreadable: "The saved answers are damaged and could not be read.",
    restore_newer_format: "The saved answers come from a newer version of Silo Check.",
    restore_other_questionnaire: "The saved answers belong to a different questionnaire.",
    restore_other_revision: "The saved answers belong to an earlier version of this questionnaire.",
};

static CODE_DE: CodeMessages = CodeMessages {
    share_empty: "Hier steht kein Ergebniscode. Fügen Sie den Code oder den Link ein, den Sie erhalten haben.",
    share_not_base64: "Das {n}. Zeichen kann nicht Teil eines Ergebniscodes sein. Prüfen Sie, ob der Code genau so kopiert wurde, wie Sie ihn erhalten haben.",
    share_truncated: "Dieser Ergebniscode ist unvollständig; vermutlich ist beim Kopieren ein Teil verloren gegangen.",
    share_newer_format: "Dieser Ergebniscode ist beschädigt oder stammt aus einer neueren Version von Silo Check (er nennt Codeformat {version}); stammt er aus einer neueren Version, öffnen Sie ihn dort.",
    share_other_questionnaire: "Dieser Ergebniscode gehört zu einem anderen Fragebogen, daher können seine Antworten hier nicht angezeigt werden.",
    share_other_revision: "Dieser Ergebniscode wurde mit Revision {code_revision} dieses Fragebogens erstellt, hier gilt aber Revision {expected}; seine Antworten können hier nicht angezeigt werden.",
    share_corrupted: "Dieser Ergebniscode ist beschädigt: Vermutlich wurde beim Kopieren ein Zeichen verändert.",
    share_invalid_answer: "Dieser Ergebniscode enthält zu Frage {n} eine Antwort, die es nicht gibt.",
    share_invalid_profile: "Dieser Ergebniscode enthält zu Frage {n} der Angaben zur Person eine Antwort, die nicht zur Auswahl steht.",
    share_too_long: "Dieser Text ist viel zu lang für einen Ergebniscode.",
    restore_unreadable: "Die gespeicherten Antworten sind beschädigt und konnten nicht gelesen werden.",
    restore_newer_format: "Die gespeicherten Antworten stammen aus einer neueren Version von Silo Check.",
    restore_other_questionnaire: "Die gespeicherten Antworten gehören zu einem anderen Fragebogen.",
    restore_other_revision: "Die gespeicherten Antworten gehören zu einer früheren Version dieses Fragebogens.",
};

static PROGRESS_EN: ProgressMessages = ProgressMessages {
    benchmark_quartile_1: "In the lowest quartile of {n} organisations in {label}.",
    benchmark_quartile_2: "In the second quartile of {n} organisations in {label}.",
    benchmark_quartile_3: "In the third quartile of {n} organisations in {label}.",
    benchmark_quartile_4: "In the top quartile of {n} organisations in {label}.",
    benchmark_quartile_none: "Compared with {n} organisations in {label}.",
    benchmark_levels: "{below} of {n} organisations in {label} reached a lower level, {same} the same and {above} a higher one.",
    benchmark_source: "Benchmark: {label}, {date}. Source: {source}.",
    compare_other_questionnaire: "These two results answer different questionnaires, so they cannot be compared.",
    compare_other_revision: "The earlier result answers revision {earlier} of this questionnaire and this one revision {later}: only the areas and questions both revisions share are compared.",
    history_unreadable: "The list of earlier results kept in this browser is damaged and could not be read.",
    history_newer_format: "The list of earlier results kept in this browser comes from a newer version of Silo Check.",
    history_some_left_out: "{n} of the {total} earlier results kept in this browser could not be read and were left out; the others are still here.",
    report_file_too_large: "This file is far larger than any Silo Check report, so it was not read.",
    report_file_not_a_report: "This file is not a Silo Check report. Choose the JSON file that \u{201c}Download JSON\u{201d} saved with your results.",
    report_file_damaged: "This report file is damaged (cut short or edited), so its result cannot be read.",
    report_file_no_share_code: "This report has no share code, so its answers cannot be read.",
    report_file_other_questionnaire: "This report answers another questionnaire, so it cannot be compared with this result.",
    report_file_other_revision: "This report answers revision {report} of this questionnaire and this result revision {current}, so the two cannot be compared here.",
    report_file_newer_format: "This report was made by a newer version of Silo Check, which this one cannot read.",
};

static PROGRESS_DE: ProgressMessages = ProgressMessages {
    benchmark_quartile_1: "Im untersten Quartil von {n} Organisationen in {label}.",
    benchmark_quartile_2: "Im zweiten Quartil von {n} Organisationen in {label}.",
    benchmark_quartile_3: "Im dritten Quartil von {n} Organisationen in {label}.",
    benchmark_quartile_4: "Im obersten Quartil von {n} Organisationen in {label}.",
    benchmark_quartile_none: "Im Vergleich mit {n} Organisationen in {label}.",
    benchmark_levels: "Von {n} Organisationen in {label} erreichten {below} eine niedrigere Stufe, {same} dieselbe und {above} eine höhere.",
    benchmark_source: "Vergleichswerte: {label}, {date}. Quelle: {source}.",
    compare_other_questionnaire: "Diese beiden Ergebnisse gehören zu verschiedenen Fragebögen und lassen sich nicht vergleichen.",
    compare_other_revision: "Das frühere Ergebnis gehört zu Revision {earlier} dieses Fragebogens, dieses zu Revision {later}: Verglichen werden nur die Bereiche und Fragen, die beide Revisionen haben.",
    history_unreadable: "Die Liste früherer Ergebnisse in diesem Browser ist beschädigt und konnte nicht gelesen werden.",
    history_newer_format: "Die Liste früherer Ergebnisse in diesem Browser stammt aus einer neueren Version von Silo Check.",
    history_some_left_out: "{n} der {total} früheren Ergebnisse in diesem Browser konnten nicht gelesen werden und wurden weggelassen; die übrigen sind noch da.",
    report_file_too_large: "Diese Datei ist viel größer als jeder Silo-Check-Bericht und wurde daher nicht gelesen.",
    report_file_not_a_report: "Diese Datei ist kein Silo-Check-Bericht. Wählen Sie die JSON-Datei, die „JSON herunterladen“ bei Ihren Ergebnissen gespeichert hat.",
    report_file_damaged: "Diese Berichtsdatei ist beschädigt (gekürzt oder bearbeitet), ihr Ergebnis lässt sich daher nicht lesen.",
    report_file_no_share_code: "Dieser Bericht enthält keinen Ergebniscode, seine Antworten lassen sich daher nicht lesen.",
    report_file_other_questionnaire: "Dieser Bericht gehört zu einem anderen Fragebogen und lässt sich daher nicht mit diesem Ergebnis vergleichen.",
    report_file_other_revision: "Dieser Bericht beantwortet Revision {report} dieses Fragebogens, dieses Ergebnis Revision {current}; die beiden lassen sich hier daher nicht vergleichen.",
    report_file_newer_format: "Dieser Bericht stammt aus einer neueren Version von Silo Check, die diese nicht lesen kann.",
};

static TEAM_EN: TeamMessages = TeamMessages {
    rejection_duplicate: "These are the same answers as the entry on line {line}, which already counts; each respondent counts once.",
    rejection_too_large: "This text is {size} KiB, but at most {limit} KiB can be read at once; add the codes in smaller parts.",
    rejection_too_many_entries: "Only the first {n} entries can be read; this one and everything after it were left out.",
    document_too_large: "This file is far too large to be a Silo Check report.",
    document_not_json: "This looks like a JSON document, but it cannot be read; it may have been cut short or edited.",
    document_not_a_report: "This JSON document is not a Silo Check report; use the file that \"Download JSON\" saves.",
    document_no_share_code: "This report has no share code, so its answers cannot be added.",
    not_given: crate::team::NOT_GIVEN,
    generic_gap_meaning: crate::team::GENERIC_GAP_MEANING,
    agenda_goals_title: "Start from the company's goals",
    agenda_goals_guidance: "Ask everyone to name the goals of the company as a whole, the ones every budget in the room depends on, and write them up where all can see them; leave departmental goals for later.",
    agenda_efforts_title: "How today's social media work serves those goals",
    agenda_efforts_guidance: "Go round the room: what does each department do on social media today, and which of the goals just written up does it serve? Work that nobody can tie to a goal is a candidate to stop, merge or hand over.",
    agenda_successes_title: "Each team's biggest success and biggest failure",
    agenda_successes_guidance: "Ask each department for its biggest success and its biggest failure on social media, and what each taught them; its strongest and weakest areas are good places to look. Listen for the same event told from two sides.",
    agenda_planning_title: "Editorial planning and calendars",
    agenda_planning_guidance: "Ask who keeps an editorial calendar, how posts are planned and approved, and whether anyone can see every department's plans in one place; if there turns out to be no calendar, write that down as a finding, not a fault.",
    agenda_more_title: "\"If we had more ___, we could ___\"",
    agenda_more_guidance: "Give everyone two minutes to complete the sentence on their own, in writing, before anyone speaks; then read the answers out and group the ones that ask for the same thing.",
    agenda_staffing_title: "Staffing and resources",
    agenda_staffing_guidance: "Take the answers from the last step that ask for people, time, budget, tools or skills, agree which can be met from what the departments already have, and name a person, not a department, for each.",
    agenda_follow_up_title: "Book the follow-up meeting",
    agenda_follow_up_guidance: "Before anyone leaves, book the next meeting with the same people, less than two weeks from today, and put today's open questions and their owners on its agenda.",
    agenda_no_answers: "No answers have been added yet: add each participant's share code, link or report to see where the departments agree and where they split.",
    agenda_not_given_count: "{n} without a department",
    agenda_department_count: "{department} ({n})",
    agenda_answered_one: "{n} person answered: {list}.",
    agenda_answered_many: "{n} people answered: {list}.",
    agenda_missing: "No answers yet from {departments}: ask who speaks for their goals today, and invite them to the follow-up.",
    agenda_overall: "Taken together, the answers put the organisation at {level}, with a score of {score} out of 100. Keep that picture in mind while the goals are written up.",
    agenda_overall_capped: "Taken together, the answers put the organisation at {level}, with a score of {score} out of 100, held back by {dimensions}. Keep that picture in mind while the goals are written up.",
    agenda_one_department: "Answers from at least two departments are needed to see where their views split; until then, ask each person how their own work serves the goals.",
    agenda_no_signals: "The departments place every dimension at the same level. Check that this agreement rests on shared facts, such as the list of accounts or last month's figures, and not on shared assumptions.",
    agenda_signal_one: "{dimension}, {n} level apart: {lowest} put it at {low}, {highest} at {high}. {meaning}",
    agenda_signal_many: "{dimension}, {n} levels apart: {lowest} put it at {low}, {highest} at {high}. {meaning}",
    agenda_more_signals_one: "{n} more dimension split the departments by a level or more; the silo signals list them all.",
    agenda_more_signals_many: "{n} more dimensions split the departments by a level or more; the silo signals list them all.",
    agenda_level_everywhere: "{department}: every area they scored is at {level}.",
    agenda_strongest_weakest: "{department}: strongest on {strong} at {high}, weakest on {weak} at {low}.",
    agenda_no_department_named: "Nobody named a department, so ask each person for a success and a failure from their own team.",
    agenda_not_sure: "{dimension} drew the most \"not sure\" answers ({n} of {total}): what happens there is probably not visible to everyone. Ask who would know, and whether it is planned anywhere people can see.",
    agenda_score_range: "Scores for {dimension} range from {lowest} to {highest} out of 100: people see different parts of the work. Put whatever calendars and plans exist side by side.",
    agenda_first_steps: "For the organisation as a whole, the answers point first to {list}. See whether the blanks people fill in ask for the same things.",
    agenda_widest_gap: "The widest gap, on {dimension}, often comes down to people and time: ask {lowest} what it would take to work at {level}, like {highest}.",
    agenda_thirty_days: "The organisation's 30-day plan needs an owner and time for {list}.",
    agenda_suggested_date: "Suggested date: {when}, {days} days from today ({working_days} working days).",
    agenda_when: "{weekday}, {iso}",
    agenda_evidence: "Ask {departments} to bring evidence on {dimension}, such as documents, figures or recent examples, so that the follow-up can settle where the organisation stands.",
    agenda_level: "level {n} ({name})",
    agenda_quoted: "\"{text}\"",
    agenda_department: "{list}",
    agenda_departments: "{list}",
    agenda_department_dative: "{list}",
    agenda_departments_dative: "{list}",
    csv_all_respondents: "All respondents",
    csv_lowest_score: "Lowest score",
    csv_highest_score: "Highest score",
    csv_spread: "Spread",
    monday: "Monday",
    tuesday: "Tuesday",
    wednesday: "Wednesday",
    thursday: "Thursday",
    friday: "Friday",
    saturday: "Saturday",
    sunday: "Sunday",
    january: "January",
    february: "February",
    march: "March",
    april: "April",
    may: "May",
    june: "June",
    july: "July",
    august: "August",
    september: "September",
    october: "October",
    november: "November",
    december: "December",
    long_date: "{weekday} {day} {month} {year}",
    medium_date: "{day} {month} {year}",
    benchmark_too_few: "A benchmark needs at least {min} respondents with an overall score, so that no figure points to one organisation; there are {n}.",
};

static TEAM_DE: TeamMessages = TeamMessages {
    rejection_duplicate: "Das sind dieselben Antworten wie im Eintrag in Zeile {line}, der bereits zählt; jede Person zählt nur einmal.",
    rejection_too_large: "Dieser Text ist {size} KiB groß, es können aber höchstens {limit} KiB auf einmal gelesen werden; fügen Sie die Codes in kleineren Teilen hinzu.",
    rejection_too_many_entries: "Es können nur die ersten {n} Einträge gelesen werden; dieser und alle folgenden wurden ausgelassen.",
    document_too_large: "Diese Datei ist viel zu groß für einen Silo-Check-Bericht.",
    document_not_json: "Das sieht nach einem JSON-Dokument aus, lässt sich aber nicht lesen; vielleicht wurde es gekürzt oder bearbeitet.",
    document_not_a_report: "Dieses JSON-Dokument ist kein Silo-Check-Bericht; verwenden Sie die Datei, die „JSON herunterladen“ speichert.",
    document_no_share_code: "Dieser Bericht enthält keinen Ergebniscode, daher können seine Antworten nicht hinzugefügt werden.",
    not_given: "Abteilung nicht angegeben",
    generic_gap_meaning: "Wenn Abteilungen dasselbe Handlungsfeld um eine Stufe oder mehr unterschiedlich einschätzen, arbeiten sie meist mit unterschiedlichen Informationen: Jede sieht ihren Teil der Arbeit, und niemand sieht das Ganze.",
    agenda_goals_title: "Mit den Zielen des Unternehmens beginnen",
    agenda_goals_guidance: "Bitten Sie alle, die Ziele des Unternehmens als Ganzes zu nennen, also die, von denen jedes Budget im Raum abhängt, und schreiben Sie sie für alle sichtbar auf; die Ziele der einzelnen Abteilungen kommen später.",
    agenda_efforts_title: "Wie die heutige Social-Media-Arbeit diesen Zielen dient",
    agenda_efforts_guidance: "Gehen Sie reihum: Was macht jede Abteilung heute auf Social Media, und welchem der eben notierten Ziele dient das? Arbeit, die niemand einem Ziel zuordnen kann, ist ein Kandidat zum Einstellen, Zusammenlegen oder Abgeben.",
    agenda_successes_title: "Der größte Erfolg und der größte Misserfolg jedes Teams",
    agenda_successes_guidance: "Fragen Sie jede Abteilung nach ihrem größten Erfolg und ihrem größten Misserfolg auf Social Media und danach, was sie daraus gelernt hat; ihre stärksten und schwächsten Handlungsfelder sind ein guter Ausgangspunkt. Achten Sie darauf, ob dasselbe Ereignis von zwei Seiten erzählt wird.",
    agenda_planning_title: "Redaktionsplanung und Kalender",
    agenda_planning_guidance: "Fragen Sie, wer einen Redaktionsplan führt, wie Beiträge geplant und freigegeben werden und ob irgendjemand die Planung aller Abteilungen an einer Stelle sehen kann; stellt sich heraus, dass es keinen Redaktionsplan gibt, halten Sie das als Befund fest, nicht als Versäumnis.",
    agenda_more_title: "„Wenn wir mehr ___ hätten, könnten wir ___“",
    agenda_more_guidance: "Geben Sie allen zwei Minuten, um den Satz still und schriftlich zu ergänzen, bevor jemand spricht; lesen Sie die Antworten dann vor und fassen Sie die zusammen, die dasselbe verlangen.",
    agenda_staffing_title: "Personal und Ressourcen",
    agenda_staffing_guidance: "Nehmen Sie die Antworten aus dem vorigen Schritt, die nach Personal, Zeit, Budget, Werkzeugen oder Kompetenzen verlangen, klären Sie gemeinsam, welche sich mit dem decken lassen, was die Abteilungen schon haben, und benennen Sie für jede eine Person, keine Abteilung.",
    agenda_follow_up_title: "Den Folgetermin vereinbaren",
    agenda_follow_up_guidance: "Vereinbaren Sie, bevor jemand geht, das nächste Treffen mit denselben Personen, keine zwei Wochen nach heute, und setzen Sie die offenen Fragen von heute mit ihren Verantwortlichen auf dessen Tagesordnung.",
    agenda_no_answers: "Es wurden noch keine Antworten hinzugefügt: Fügen Sie den Ergebniscode, den Link oder den Bericht jeder teilnehmenden Person hinzu, um zu sehen, wo sich die Abteilungen einig sind und wo ihre Sicht auseinandergeht.",
    agenda_not_given_count: "{n} ohne Angabe der Abteilung",
    agenda_department_count: "{department} ({n})",
    agenda_answered_one: "{n} Person hat geantwortet: {list}.",
    agenda_answered_many: "{n} Personen haben geantwortet: {list}.",
    agenda_missing: "Noch keine Antworten von {departments}: Fragen Sie, wer heute für deren Ziele spricht, und laden Sie sie zum Folgetermin ein.",
    agenda_overall: "Zusammengenommen verorten die Antworten das Unternehmen auf {level} mit {score} von 100 Punkten. Behalten Sie dieses Bild im Kopf, während die Ziele notiert werden.",
    agenda_overall_capped: "Zusammengenommen verorten die Antworten das Unternehmen auf {level} mit {score} von 100 Punkten, gebremst durch {dimensions}. Behalten Sie dieses Bild im Kopf, während die Ziele notiert werden.",
    agenda_one_department: "Erst mit Antworten aus mindestens zwei Abteilungen wird sichtbar, wo ihre Sichtweisen auseinandergehen; fragen Sie bis dahin jede Person, wie ihre eigene Arbeit den Zielen dient.",
    agenda_no_signals: "Die Abteilungen sehen jedes Handlungsfeld auf derselben Stufe. Prüfen Sie, ob diese Einigkeit auf gemeinsamen Fakten beruht, etwa der Liste der Konten oder den Zahlen des letzten Monats, und nicht auf gemeinsamen Annahmen.",
    agenda_signal_one: "{dimension}, {n} Stufe Abstand: {lowest} auf {low}, {highest} auf {high}. {meaning}",
    agenda_signal_many: "{dimension}, {n} Stufen Abstand: {lowest} auf {low}, {highest} auf {high}. {meaning}",
    agenda_more_signals_one: "{n} weiteres Handlungsfeld trennt die Abteilungen um eine Stufe oder mehr; die Silo-Signale führen alle auf.",
    agenda_more_signals_many: "{n} weitere Handlungsfelder trennen die Abteilungen um eine Stufe oder mehr; die Silo-Signale führen alle auf.",
    agenda_level_everywhere: "{department}: Alle bewerteten Handlungsfelder liegen auf {level}.",
    agenda_strongest_weakest: "{department}: am stärksten bei {strong} auf {high}, am schwächsten bei {weak} auf {low}.",
    agenda_no_department_named: "Niemand hat eine Abteilung angegeben; fragen Sie daher jede Person nach einem Erfolg und einem Misserfolg aus ihrem eigenen Team.",
    agenda_not_sure: "Bei {dimension} gab es die meisten Antworten „Weiß nicht“ ({n} von {total}): Was dort geschieht, ist vermutlich nicht für alle sichtbar. Fragen Sie, wer es wissen müsste und ob es irgendwo geplant wird, wo alle es sehen können.",
    agenda_score_range: "Bei {dimension} reichen die Werte von {lowest} bis {highest} von 100 Punkten: Die Beteiligten sehen unterschiedliche Teile der Arbeit. Legen Sie alle vorhandenen Kalender und Pläne nebeneinander.",
    agenda_first_steps: "Für das Unternehmen als Ganzes stehen nach den Antworten diese Schritte an erster Stelle: {list}. Achten Sie darauf, ob die ergänzten Sätze dasselbe verlangen.",
    agenda_widest_gap: "Die größte Lücke liegt bei {dimension}, und dahinter stehen oft Personal und Zeit: Fragen Sie {lowest}, was nötig wäre, um wie {highest} auf {level} zu arbeiten.",
    agenda_thirty_days: "Der 30-Tage-Plan des Unternehmens braucht eine verantwortliche Person und Zeit für {list}.",
    agenda_suggested_date: "Vorgeschlagener Termin: {when}, in {days} Tagen (nach {working_days} Arbeitstagen).",
    agenda_when: "{long}",
    agenda_evidence: "Bitten Sie {departments}, Belege zu {dimension} mitzubringen, etwa Dokumente, Zahlen oder aktuelle Beispiele, damit beim Folgetermin geklärt werden kann, wo das Unternehmen steht.",
    agenda_level: "Stufe {n} ({name})",
    agenda_quoted: "„{text}“",
    agenda_department: "die Abteilung {list}",
    agenda_departments: "die Abteilungen {list}",
    agenda_department_dative: "der Abteilung {list}",
    agenda_departments_dative: "den Abteilungen {list}",
    csv_all_respondents: "Alle Befragten",
    csv_lowest_score: "Niedrigster Wert",
    csv_highest_score: "Höchster Wert",
    csv_spread: "Spannweite",
    monday: "Montag",
    tuesday: "Dienstag",
    wednesday: "Mittwoch",
    thursday: "Donnerstag",
    friday: "Freitag",
    saturday: "Samstag",
    sunday: "Sonntag",
    january: "Januar",
    february: "Februar",
    march: "März",
    april: "April",
    may: "Mai",
    june: "Juni",
    july: "Juli",
    august: "August",
    september: "September",
    october: "Oktober",
    november: "November",
    december: "Dezember",
    long_date: "{weekday}, {day}. {month} {year}",
    medium_date: "{day}. {month} {year}",
    benchmark_too_few: "Vergleichswerte brauchen mindestens {min} Teilnehmende mit einem Gesamtwert, damit keine Zahl auf eine einzelne Organisation schließen lässt; es sind {n}.",
};

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// The messages whose placeholders may differ between locales, because they are
    /// formats rather than sentences, with the placeholders they may use.
    const FORMATS: [(&str, &[&str]); 1] = [("agenda_when", &["weekday", "iso", "long"])];

    /// Every message of every catalogue in `locale`.
    fn catalogue(locale: Locale) -> Vec<(&'static str, &'static str)> {
        [
            code(locale).entries(),
            progress(locale).entries(),
            team(locale).entries(),
        ]
        .concat()
    }

    /// The `{placeholders}` of a message, each once.
    fn placeholders(text: &str) -> BTreeSet<&str> {
        text.split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect()
    }

    #[test]
    fn every_locale_has_every_message_with_the_same_placeholders() {
        let english = catalogue(Locale::En);
        for locale in Locale::ALL {
            let entries = catalogue(locale);
            assert_eq!(entries.len(), english.len());
            for ((name, text), (english_name, en)) in entries.iter().zip(&english) {
                assert_eq!(name, english_name);
                assert!(!text.trim().is_empty(), "{locale:?}.{name} is empty");
                assert!(!text.contains("  "), "{locale:?}.{name} has a double space");
                match FORMATS.iter().find(|(format, _)| format == name) {
                    Some((_, allowed)) => {
                        let allowed: BTreeSet<&str> = allowed.iter().copied().collect();
                        assert!(
                            placeholders(text).is_subset(&allowed),
                            "{locale:?}.{name} uses a placeholder a date format does not have"
                        );
                    }
                    None => assert_eq!(
                        placeholders(text),
                        placeholders(en),
                        "{locale:?}.{name} uses other placeholders than English"
                    ),
                }
            }
        }
    }

    #[test]
    fn german_is_translated() {
        // Words and formats that are the same in both languages are allowed; sentences
        // are not.
        for ((name, de), (_, en)) in catalogue(Locale::De).iter().zip(catalogue(Locale::En)) {
            if en.split_whitespace().count() > 3 {
                assert_ne!(*de, en, "German {name} is still English");
            }
        }
    }

    /// Every Rust source of the domain but this catalogue, concatenated.
    fn domain_sources() -> String {
        fn walk(dir: &std::path::Path, out: &mut String) {
            let Ok(entries) = std::fs::read_dir(dir) else {
                return;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs")
                    && !path.ends_with("messages.rs")
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
            !sources
                .get(at + needle.len()..)
                .unwrap_or_default()
                .starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
        })
    }

    #[test]
    fn every_message_is_used() {
        let sources = domain_sources();
        assert!(
            sources.contains("pub fn workshop_agenda_in"),
            "the domain's sources were not found"
        );
        for (name, _) in catalogue(Locale::En) {
            assert!(
                reads_field(&sources, name),
                "the message {name} is never used"
            );
        }
        assert!(!reads_field(".share_empty_x", "share_empty"));
    }

    #[test]
    fn figures_keep_their_old_form() {
        assert_eq!(figure(Locale::En, 1234), "1234");
        assert_eq!(figure(Locale::De, 1234), "1.234");
    }
}
