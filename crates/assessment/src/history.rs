//! The visitor's earlier results, as the widget keeps them in their own browser: each a
//! share code with its questionnaire, revision and date, in a versioned list.
//!
//! [`write`] gives the text to store; [`read`] reads it back and survives any damage, as
//! the saved session's reader does ([`crate::session`]): an entry that cannot be read is
//! left out and counted, the others are kept, and [`HistoryProblem::message`] says what
//! happened. Nothing here leaves the browser; the domain only decides the format.
//!
//! An earlier result can also come from elsewhere, for someone on another device: a
//! share link (which [`share::decode`] opens) or a downloaded report file, which
//! [`from_report_file`] opens with the team view's reader of report documents
//! ([`crate::team::entry_from_report_json`]), so there is one reader of them.

use crate::json::{self, Lenient};
use crate::messages;
use crate::questionnaire::Questionnaire;
use crate::share::{self, ShareError};
use crate::team::{entry_from_report_json, DocumentError};
use crate::text::{fill, Locale};
use crate::{Answers, Date};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The version of the stored list this crate writes.
pub const HISTORY_FORMAT: u64 = 1;

/// The most entries a list keeps: adding one more drops the oldest.
pub const MAX_ENTRIES: usize = 100;

/// The longest stored text [`read`] looks at (a full list is about 10 KB).
const MAX_TEXT: usize = 256 * 1024;

/// One earlier result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEntry {
    /// Its canonical share code.
    pub code: String,
    /// The day it was completed.
    pub date: Date,
    /// The id of the questionnaire it answers.
    pub questionnaire: String,
    /// The revision of that questionnaire.
    pub revision: u16,
}

impl HistoryEntry {
    /// The entry for these answers to `questionnaire`, completed on `date`.
    pub fn new(questionnaire: &Questionnaire, answers: &Answers, date: Date) -> HistoryEntry {
        HistoryEntry {
            code: share::encode(questionnaire, answers),
            date,
            questionnaire: questionnaire.id().to_owned(),
            revision: questionnaire.revision(),
        }
    }

    /// Whether this entry belongs to `questionnaire` and its revision, so that
    /// [`share::decode`] opens its code with it.
    pub fn is_for(&self, questionnaire: &Questionnaire) -> bool {
        self.questionnaire == questionnaire.id() && self.revision == questionnaire.revision()
    }
}

/// The stored list, as [`write`] writes it. Fields in alphabetical order.
#[derive(Serialize)]
struct Stored<'a> {
    entries: &'a [HistoryEntry],
    format: u64,
}

/// What [`read`] found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    /// The entries that could be read, oldest first.
    pub entries: Vec<HistoryEntry>,
    /// What could not be read, if anything.
    pub problem: Option<HistoryProblem>,
}

/// What was wrong with a stored list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryProblem {
    /// The text is not a list of results at all (or far too long): nothing could be kept.
    Unreadable,
    /// It was written by a newer version of Silo Check: nothing could be kept.
    NewerFormat,
    /// Some entries were damaged and left out; the rest are kept.
    SomeLeftOut {
        /// How many were left out.
        left_out: usize,
        /// How many entries the list had.
        total: usize,
    },
}

impl HistoryProblem {
    /// The message for the visitor, in `locale`. [`fmt::Display`] gives the English one.
    pub fn message(&self, locale: Locale) -> String {
        let m = messages::progress(locale);
        match *self {
            HistoryProblem::Unreadable => m.history_unreadable.to_owned(),
            HistoryProblem::NewerFormat => m.history_newer_format.to_owned(),
            HistoryProblem::SomeLeftOut { left_out, total } => fill(
                m.history_some_left_out,
                &[
                    ("n", &locale.number(left_out)),
                    ("total", &locale.number(total)),
                ],
            ),
        }
    }
}

impl fmt::Display for HistoryProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Locale::En))
    }
}

/// Why a report file gave no earlier result to compare with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportFileError {
    /// Longer than any report could be (over [`crate::team::MAX_INPUT_BYTES`]).
    TooLarge,
    /// Not a Silo Check report: not JSON at all, or JSON of another kind.
    NotAReport,
    /// A report that was cut short or edited: its JSON cannot be read, or its share code
    /// is damaged.
    Damaged,
    /// A report without a share code.
    NoShareCode,
    /// A report of another questionnaire.
    OtherQuestionnaire,
    /// A report of another revision of this questionnaire.
    OtherRevision {
        /// The report's revision.
        report: u16,
        /// This questionnaire's revision.
        current: u16,
    },
    /// A report whose share code was made by a newer version of Silo Check.
    NewerFormat,
}

impl ReportFileError {
    /// The message for the visitor, in `locale`. [`fmt::Display`] gives the English one.
    pub fn message(&self, locale: Locale) -> String {
        let m = messages::progress(locale);
        match *self {
            ReportFileError::TooLarge => m.report_file_too_large.to_owned(),
            ReportFileError::NotAReport => m.report_file_not_a_report.to_owned(),
            ReportFileError::Damaged => m.report_file_damaged.to_owned(),
            ReportFileError::NoShareCode => m.report_file_no_share_code.to_owned(),
            ReportFileError::OtherQuestionnaire => m.report_file_other_questionnaire.to_owned(),
            ReportFileError::OtherRevision { report, current } => fill(
                m.report_file_other_revision,
                &[("report", &report), ("current", &current)],
            ),
            ReportFileError::NewerFormat => m.report_file_newer_format.to_owned(),
        }
    }
}

impl fmt::Display for ReportFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Locale::En))
    }
}

impl std::error::Error for ReportFileError {}

/// The earlier result in a downloaded report file (the document "Download JSON" saves,
/// [`crate::export::ReportDocument`]): the answers of its share code, opened with
/// `questionnaire` exactly as a pasted share link is. The scores in the file are ignored
/// (they are recomputed from the code), and only its `"kind"` and `"share_code"` are read.
///
/// Never panics, whatever the text.
pub fn from_report_file(
    questionnaire: &Questionnaire,
    text: &str,
) -> Result<Answers, ReportFileError> {
    let code = entry_from_report_json(text).map_err(|e| match e {
        DocumentError::TooLarge => ReportFileError::TooLarge,
        // Text that does not even begin like a JSON object is some other file.
        DocumentError::NotJson
            if text
                .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
                .starts_with('{') =>
        {
            ReportFileError::Damaged
        }
        DocumentError::NotJson | DocumentError::NotAReport => ReportFileError::NotAReport,
        DocumentError::NoShareCode => ReportFileError::NoShareCode,
    })?;
    share::decode(questionnaire, &code).map_err(|e| match e {
        ShareError::OtherQuestionnaire => ReportFileError::OtherQuestionnaire,
        ShareError::OtherRevision {
            code_revision,
            expected,
        } => ReportFileError::OtherRevision {
            report: code_revision,
            current: expected,
        },
        ShareError::NewerFormat { .. } => ReportFileError::NewerFormat,
        ShareError::Empty => ReportFileError::NoShareCode,
        ShareError::NotBase64 { .. }
        | ShareError::Truncated
        | ShareError::Corrupted
        | ShareError::InvalidAnswer { .. }
        | ShareError::InvalidProfile { .. }
        | ShareError::TooLong => ReportFileError::Damaged,
    })
}

/// The text to store for these entries (oldest first, at most [`MAX_ENTRIES`]: the oldest
/// beyond that are not written).
pub fn write(entries: &[HistoryEntry]) -> String {
    let skip = entries.len().saturating_sub(MAX_ENTRIES);
    json::to_string(&Stored {
        entries: entries.get(skip..).unwrap_or_default(),
        format: HISTORY_FORMAT,
    })
}

/// Adds an entry at the end (newest), after removing an earlier entry with the same code,
/// and drops the oldest beyond [`MAX_ENTRIES`].
pub fn push(entries: &mut Vec<HistoryEntry>, entry: HistoryEntry) {
    entries.retain(|e| e.code != entry.code);
    entries.push(entry);
    let extra = entries.len().saturating_sub(MAX_ENTRIES);
    entries.drain(..extra);
}

/// The stored list as [`read`] sees it: any field may be missing or malformed.
#[derive(Default, Deserialize)]
#[serde(default)]
struct Fields {
    entries: Lenient<Vec<Lenient<EntryFields>>>,
    format: Lenient<u64>,
}

#[derive(Deserialize)]
struct EntryFields {
    code: String,
    date: String,
    questionnaire: String,
    revision: u16,
}

/// Reads a stored list. Never fails and never panics: what cannot be read is left out and
/// said in [`History::problem`]. An entry is kept only when its date is a date and its code
/// is an undamaged share code for the questionnaire and revision it names.
pub fn read(text: &str) -> History {
    let unreadable = History {
        entries: Vec::new(),
        problem: Some(HistoryProblem::Unreadable),
    };
    if text.len() > MAX_TEXT {
        return unreadable;
    }
    let Ok(fields) = json::from_str::<Fields>(text) else {
        return unreadable;
    };
    match fields.format.0 {
        Some(HISTORY_FORMAT) => {}
        Some(n) if n > HISTORY_FORMAT => {
            return History {
                entries: Vec::new(),
                problem: Some(HistoryProblem::NewerFormat),
            }
        }
        _ => return unreadable,
    }
    let Some(stored) = fields.entries.0 else {
        return unreadable;
    };
    let total = stored.len();
    let entries: Vec<HistoryEntry> = stored
        .into_iter()
        .filter_map(|entry| entry.0)
        .filter_map(|e| {
            let date = Date::parse(&e.date)?;
            let header = share::peek(&e.code).ok()?;
            let belongs = header.revision == e.revision
                && header.fingerprint == share::fingerprint(&e.questionnaire);
            belongs.then_some(HistoryEntry {
                code: e.code,
                date,
                questionnaire: e.questionnaire,
                revision: e.revision,
            })
        })
        .collect();
    let left_out = total - entries.len();
    History {
        problem: (left_out > 0).then_some(HistoryProblem::SomeLeftOut { left_out, total }),
        entries,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{answers, tiny};

    fn entries() -> Vec<HistoryEntry> {
        let q = tiny();
        let day = |d| Date::new(2026, 3, d).unwrap();
        vec![
            HistoryEntry::new(&q, &answers(&q, "11 11 1"), day(1)),
            HistoryEntry::new(&q, &answers(&q, "22 2? 2"), day(15)),
            HistoryEntry::new(&q, &answers(&q, "3x 33 3"), day(31)),
        ]
    }

    #[test]
    fn a_list_reads_back_as_written() {
        let list = entries();
        let text = write(&list);
        assert!(text.starts_with("{\"entries\":[{\"code\":\""), "{text}");
        assert!(text.contains("\"date\":\"2026-03-01\",\"questionnaire\":\"tiny\",\"revision\":3}"));
        assert_eq!(
            read(&text),
            History {
                entries: list.clone(),
                problem: None
            }
        );
        assert!(list.iter().all(|e| e.is_for(&tiny())));
        let q = tiny();
        assert_eq!(share::decode(&q, &list[2].code), Ok(answers(&q, "3x 33 3")));
    }

    #[test]
    fn damaged_entries_are_left_out_and_the_rest_kept() {
        let list = entries();
        let text = write(&list)
            // A code altered by hand, a date that is none, an entry of another kind.
            .replacen(&list[0].code, "AAAA", 1)
            .replacen("2026-03-15", "15 March", 1);
        let text = text.replacen("{\"entries\":[", "{\"entries\":[42,", 1);
        let history = read(&text);
        assert_eq!(history.entries, list[2..].to_vec());
        assert_eq!(
            history.problem,
            Some(HistoryProblem::SomeLeftOut {
                left_out: 3,
                total: 4
            })
        );
        assert_eq!(
            history.problem.unwrap().to_string(),
            "3 of the 4 earlier results kept in this browser could not be read and were left out; the others are still here."
        );
    }

    #[test]
    fn a_code_that_names_another_revision_is_left_out() {
        let list = entries();
        let text = write(&list).replacen("\"revision\":3", "\"revision\":2", 1);
        assert_eq!(read(&text).entries.len(), 2);
    }

    #[test]
    fn anything_else_is_unreadable_and_never_panics() {
        for text in [
            "",
            "null",
            "[]",
            "{\"format\":1}",
            "{\"entries\":{},\"format\":1}",
            "{\"entries\":[]}",
            "{",
            "\u{feff}x",
        ] {
            assert_eq!(
                read(text).problem,
                Some(HistoryProblem::Unreadable),
                "{text:?}"
            );
            assert!(read(text).entries.is_empty());
        }
        let newer = read("{\"entries\":[],\"format\":2}");
        assert_eq!(newer.problem, Some(HistoryProblem::NewerFormat));
        assert!(!HistoryProblem::NewerFormat.message(Locale::De).is_empty());
        assert_eq!(
            read(&"x".repeat(MAX_TEXT + 1)).problem,
            Some(HistoryProblem::Unreadable)
        );
        assert_eq!(read("{\"entries\":[],\"format\":1}"), History::default());
    }

    #[test]
    fn the_list_keeps_each_code_once_and_the_newest_entries() {
        let mut list = entries();
        let again = list[0].clone();
        push(&mut list, again.clone());
        assert_eq!(list.len(), 3);
        assert_eq!(list.last(), Some(&again));
        let q = tiny();
        for i in 0..(MAX_ENTRIES as u8 + 5) {
            let mut a = Answers::new(&q);
            a.set_profile_checked(&q, 0, Some(usize::from(i % 3)));
            a.set_profile_checked(&q, 1, Some(usize::from(i / 3 % 3)));
            a.set_profile_checked(&q, 4, Some(usize::from(i / 9 % 3)));
            a.set(
                0,
                crate::Level::new(i / 27 % 5 + 1).map(crate::Answer::Level),
            );
            push(
                &mut list,
                HistoryEntry::new(&q, &a, Date::new(2026, 4, 1).unwrap()),
            );
        }
        assert_eq!(list.len(), MAX_ENTRIES);
        assert_eq!(read(&write(&list)).entries, list);
    }

    /// A report file's text for these answers to `q`, as "Download JSON" writes it.
    fn report_file(q: &Questionnaire, a: &Answers) -> String {
        let code = share::encode(q, a);
        let doc = crate::export::report_document(q, a, &crate::report::report(q, a), &code);
        json::to_pretty(&doc)
    }

    /// Opens `text` as a report file with `tiny()`: the answers' spec, or the error.
    fn check_file(text: &str, expected: Result<&str, ReportFileError>) {
        let q = tiny();
        let expected = expected.map(|spec| answers(&q, spec));
        assert_eq!(from_report_file(&q, text), expected, "{text:.80}");
    }

    #[test]
    fn a_report_file_opens_as_its_share_code_does() {
        let q = tiny();
        let a = answers(&q, "3x 2? 4");
        let file = report_file(&q, &a);
        check_file(&file, Ok("3x 2? 4"));
        // A byte order mark and blank lines around it, as some editors save.
        check_file(&format!("\u{feff}\n{file}\n\n"), Ok("3x 2? 4"));
        // The scores in the file are ignored: the code alone decides.
        let edited = file.replacen("\"score\": ", "\"score\": 1", 1);
        assert_ne!(edited, file);
        check_file(&edited, Ok("3x 2? 4"));
    }

    #[test]
    fn a_file_that_gives_no_earlier_result_says_why() {
        let q = tiny();
        let a = answers(&q, "3x 2? 4");
        let file = report_file(&q, &a);
        let code = share::encode(&q, &a);
        let mut revised = tiny();
        revised.revision = 4;
        let other = crate::testing::sized(3, 1, 0);
        let mut typo = code.clone().into_bytes();
        typo[10] = if typo[10] == b'A' { b'B' } else { b'A' };
        let typo = String::from_utf8(typo).unwrap();
        let cases: Vec<(String, ReportFileError)> = vec![
            ("name,score\nsales,40\n".into(), ReportFileError::NotAReport),
            ("".into(), ReportFileError::NotAReport),
            ("[1, 2]".into(), ReportFileError::NotAReport),
            (
                "{\"kind\": \"silo-check-benchmark\"}".into(),
                ReportFileError::NotAReport,
            ),
            (
                file.get(..file.len() / 2).unwrap().into(),
                ReportFileError::Damaged,
            ),
            (file.replacen(&code, &typo, 1), ReportFileError::Damaged),
            (
                file.replacen(&code, code.get(..12).unwrap(), 1),
                ReportFileError::Damaged,
            ),
            (file.replacen(&code, "", 1), ReportFileError::NoShareCode),
            (
                report_file(&other, &Answers::new(&other)),
                ReportFileError::OtherQuestionnaire,
            ),
            (
                report_file(&revised, &a),
                ReportFileError::OtherRevision {
                    report: 4,
                    current: 3,
                },
            ),
            (
                format!(
                    "{{\"kind\": \"silo-check-report\", \"share_code\": \"{}\"}}",
                    "x".repeat(crate::team::MAX_INPUT_BYTES)
                ),
                ReportFileError::TooLarge,
            ),
        ];
        for (text, error) in cases {
            check_file(&text, Err(error));
            for locale in [Locale::En, Locale::De] {
                assert!(!error.message(locale).is_empty());
            }
        }
        assert_eq!(
            ReportFileError::OtherRevision { report: 4, current: 3 }.to_string(),
            "This report answers revision 4 of this questionnaire and this result revision 3, so the two cannot be compared here."
        );
    }

    proptest::proptest! {
        #[test]
        fn reading_any_text_never_panics(text in ".{0,300}") {
            let _ = read(&text);
        }

        #[test]
        fn opening_any_report_file_never_panics(text in "\\{?.{0,300}") {
            let _ = from_report_file(&tiny(), &text);
        }
    }
}
