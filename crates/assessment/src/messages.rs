//! The sentences the domain writes itself, one catalogue a [`Locale`], as the widget's
//! `i18n.rs` keeps its own words.
//!
//! Every message is a field, so a catalogue that lacks one does not compile; the tests below
//! check that every locale's message has the same `{placeholders}`, which
//! [`fill`](crate::text::fill) replaces, and that every message is used. There are two
//! catalogues, so that what the widget links does not carry the team view's texts:
//! [`CodeMessages`] (share codes and saved sessions, which the widget shows) and
//! [`TeamMessages`] (the team view: rejected entries, the CSV's row labels, dates).
//!
//! To add a language: add a variant to [`Locale`], write a `static` of each catalogue for
//! it and list them in [`code`] and [`team`].

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
    /// The team view's texts: why an entry was left out, the label of the respondents
    /// without a department, the generic meaning of a silo signal, the CSV's row labels,
    /// and the names in dates.
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
};

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// Every message of every catalogue in `locale`.
    fn catalogue(locale: Locale) -> Vec<(&'static str, &'static str)> {
        [code(locale).entries(), team(locale).entries()].concat()
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
                assert_eq!(
                    placeholders(text),
                    placeholders(en),
                    "{locale:?}.{name} uses other placeholders than English"
                );
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
