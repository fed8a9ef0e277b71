//! The team view: many respondents' answers gathered without a server, compared by
//! department, and turned into an organisation-wide report and a workshop agenda.
//!
//! # Input
//!
//! [`read_entries`] (or [`TeamInput::read`], to add more text to what was read before)
//! takes pasted text: share codes and share links (anything [`share::decode`] accepts),
//! team links (`…#team=CODE.CODE…`, see [`team_code`]) and whole exported report
//! documents (JSON with a `"share_code"`, see [`crate::export`]), separated by whitespace
//! or commas. A dropped report file is read the same way: pass its contents.
//!
//! Each entry is handled on its own and keeps its place: it is either accepted as a
//! [`Respondent`] or rejected with a [`Rejection`] that says why (a code for another
//! questionnaire or revision, cut short, altered or unreadable; a duplicate; a JSON
//! document that is not a report). One bad entry never stops the others.
//!
//! **Duplicates.** Two entries are the same respondent when their *canonical* share codes
//! are identical, that is when they carry exactly the same answers and profile answers for
//! the same questionnaire and revision. Share codes are canonical (one code per set of
//! answers), so a code pasted twice, the same code inside a link and inside a report file,
//! or two people who answered everything identically all count once. The first one counts;
//! the later ones are rejected as [`Rejection::Duplicate`].
//!
//! **Limits.** A text longer than [`MAX_INPUT_BYTES`] is refused whole, before any work;
//! after [`MAX_ENTRIES`] entries the next one is rejected as
//! [`Rejection::TooManyEntries`] and reading stops. So a hostile paste costs at most one
//! linear pass over 2 MiB and ten thousand decodes.
//!
//! # Aggregation
//!
//! [`aggregate`] is pure, infallible and independent of the respondents' order: it only
//! sums, counts and takes minima and maxima, in integers. See [`TeamReport`] for what it
//! computes, and [`workshop_agenda`] for the agenda of a cross-department meeting built
//! from it.

use crate::answers::Answers;
use crate::export::REPORT_KIND;
use crate::questionnaire::{
    DimensionId, Level, ProfileKind, ProfileOptionId, Questionnaire,
};
use crate::report::{self, Counts, DimensionResult, Report};
use crate::share::{self, ShareError};
use serde::{Serialize, Serializer};
use serde_json::Value;
use std::cmp::Reverse;
use std::collections::HashMap;
use std::fmt;

/// The most entries one [`TeamInput`] reads; the next one is rejected and reading stops.
pub const MAX_ENTRIES: usize = 10_000;

/// The longest text [`TeamInput::read`] looks at, in bytes (2 MiB); a longer one is refused
/// whole.
pub const MAX_INPUT_BYTES: usize = 2 * 1024 * 1024;

/// The key that marks a team code in a link: a team link ends in `#team=` followed by
/// [`team_code`].
pub const TEAM_KEY: &str = "team=";

/// What a silo signal says when its dimension has no `gap_meaning` of its own.
pub const GENERIC_GAP_MEANING: &str = "When departments see the same area a level or more apart, they usually work from different information: each sees its own part of the work, and nobody sees the whole.";

/// How an entry's text is shortened for display: at most this many characters.
const SHOWN_CHARS: usize = 80;

/// How many working days after the workshop the follow-up meeting is suggested.
pub const FOLLOW_UP_WORKING_DAYS: u32 = 9;

/// How many silo signals the agenda discusses by name.
const AGENDA_SIGNALS: usize = 3;

// ---------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------

/// Everything read from pasted text, dropped files and team links, entry by entry.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TeamInput {
    entries: Vec<Entry>,
    /// Canonical code of every accepted entry, with its index and line.
    seen: HashMap<String, (usize, usize)>,
}

/// One entry of the input, accepted or rejected, where it was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The line of the text it starts on, counting from 1.
    pub line: usize,
    /// What kind of text it came from.
    pub source: Source,
    /// The entry as found, shortened to at most 80 characters for display: the code or
    /// link, or for a report document its share code (or its beginning, if it has none).
    pub text: String,
    /// The respondent it adds, or why it was left out.
    pub outcome: Result<Respondent, Rejection>,
}

/// What kind of text an entry came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    /// A share code or a share link.
    Code,
    /// One of the codes of a team link.
    TeamLink,
    /// An exported report document (JSON).
    Report,
}

/// An accepted entry: one respondent's answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Respondent {
    /// The canonical share code of the answers (what [`share::encode`] gives for them).
    pub code: String,
    /// The answers and profile answers.
    pub answers: Answers,
}

/// Why an entry was left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rejection {
    /// The code cannot be opened with this questionnaire: made for another questionnaire
    /// or revision, cut short, altered, or not a code at all. [`ShareError`] says which.
    Code(ShareError),
    /// A JSON document that does not hold a report's share code.
    Document(DocumentError),
    /// The same answers and profile as an earlier accepted entry (identical canonical share
    /// codes), which already counts.
    Duplicate {
        /// The index of the earlier entry in [`TeamInput::entries`].
        first: usize,
        /// The line the earlier entry starts on.
        line: usize,
    },
    /// The whole text was longer than [`MAX_INPUT_BYTES`]; nothing in it was read.
    TooLarge {
        /// The text's length in bytes.
        bytes: usize,
    },
    /// [`MAX_ENTRIES`] entries had been read already; this one and everything after it
    /// were left out.
    TooManyEntries,
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rejection::Code(error) => error.fmt(f),
            Rejection::Document(error) => error.fmt(f),
            Rejection::Duplicate { line, .. } => write!(
                f,
                "These are the same answers as the entry on line {line}, which already counts; each respondent counts once."
            ),
            Rejection::TooLarge { bytes } => write!(
                f,
                "This text is {} KiB, but at most {} KiB can be read at once; add the codes in smaller parts.",
                bytes.div_ceil(1024),
                MAX_INPUT_BYTES / 1024
            ),
            Rejection::TooManyEntries => write!(
                f,
                "Only the first {} entries can be read; this one and everything after it were left out.",
                thousands(MAX_ENTRIES)
            ),
        }
    }
}

impl std::error::Error for Rejection {}

/// Why a JSON document gave no share code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DocumentError {
    /// The document is longer than [`MAX_INPUT_BYTES`].
    TooLarge,
    /// It is not readable JSON (or it was cut short).
    NotJson,
    /// It is JSON, but not a Silo Check report (its `"kind"` is not `"silo-check-report"`).
    NotAReport,
    /// It is a report without a share code.
    NoShareCode,
}

impl fmt::Display for DocumentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DocumentError::TooLarge => "This file is far too large to be a Silo Check report.",
            DocumentError::NotJson => "This looks like a JSON document, but it cannot be read; it may have been cut short or edited.",
            DocumentError::NotAReport => "This JSON document is not a Silo Check report; use the file that \"Download JSON\" saves.",
            DocumentError::NoShareCode => "This report has no share code, so its answers cannot be added.",
        })
    }
}

impl std::error::Error for DocumentError {}

impl TeamInput {
    /// Nothing read yet.
    pub fn new() -> TeamInput {
        TeamInput::default()
    }

    /// Reads more text into this input, after what was read before; duplicates are found
    /// across everything read. `questionnaire` must be the same on every call.
    ///
    /// Never panics, whatever the text.
    pub fn read(&mut self, questionnaire: &Questionnaire, text: &str) {
        self.read_with(questionnaire, text, false);
    }

    /// Every entry, accepted or rejected, in the order read.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The accepted respondents, in the order read.
    pub fn respondents(&self) -> impl Iterator<Item = &Respondent> + '_ {
        self.entries.iter().filter_map(|e| e.outcome.as_ref().ok())
    }

    /// The accepted respondents' answers, in the order read (for [`aggregate`]).
    pub fn answers(&self) -> impl Iterator<Item = &Answers> + '_ {
        self.respondents().map(|r| &r.answers)
    }

    /// The accepted respondents' canonical codes, in the order read (for [`team_code`]).
    pub fn codes(&self) -> impl Iterator<Item = &str> + '_ {
        self.respondents().map(|r| r.code.as_str())
    }

    /// How many entries were accepted.
    pub fn accepted(&self) -> usize {
        self.seen.len()
    }

    /// The rejected entries with their reasons, in the order read.
    pub fn rejected(&self) -> impl Iterator<Item = (&Entry, Rejection)> + '_ {
        self.entries
            .iter()
            .filter_map(|e| e.outcome.as_ref().err().map(|r| (e, *r)))
    }

    /// Reads `text`; with `dots`, a `.` separates entries too (a bare team code).
    fn read_with(&mut self, questionnaire: &Questionnaire, text: &str, dots: bool) {
        if self.entries.len() > MAX_ENTRIES {
            return;
        }
        if text.len() > MAX_INPUT_BYTES {
            let rejection = Rejection::TooLarge { bytes: text.len() };
            self.add(questionnaire, 1, Source::Code, text, Err(rejection));
            return;
        }
        let is_separator =
            |c: char| c.is_whitespace() || c == ',' || c == '\u{feff}' || (dots && c == '.');
        let mut line = 1;
        let mut rest = text;
        loop {
            let start = rest.trim_start_matches(is_separator);
            let skipped = rest.get(..rest.len() - start.len()).unwrap_or("");
            line += count_lines(skipped);
            rest = start;
            if rest.is_empty() {
                return;
            }
            let go_on = if rest.starts_with('{') {
                let end = json_end(rest);
                let (document, after) = rest.split_at(end);
                let go_on = self.add_document(questionnaire, line, document);
                line += count_lines(document);
                rest = after;
                go_on
            } else {
                let end = rest.find(is_separator).unwrap_or(rest.len());
                let (token, after) = rest.split_at(end);
                rest = after;
                self.add_token(questionnaire, line, token)
            };
            if !go_on {
                return;
            }
        }
    }

    /// A code, a share link or a team link. Returns whether to go on reading.
    fn add_token(&mut self, questionnaire: &Questionnaire, line: usize, token: &str) -> bool {
        let Some(codes) = team_codes(token) else {
            return self.add(questionnaire, line, Source::Code, token, Ok(token));
        };
        for code in codes.split('.').filter(|c| !c.is_empty()) {
            if !self.add(questionnaire, line, Source::TeamLink, code, Ok(code)) {
                return false;
            }
        }
        true
    }

    /// A JSON document. Returns whether to go on reading.
    fn add_document(&mut self, questionnaire: &Questionnaire, line: usize, document: &str) -> bool {
        match entry_from_report_json(document) {
            Ok(code) => self.add(questionnaire, line, Source::Report, &code, Ok(&code)),
            Err(error) => self.add(
                questionnaire,
                line,
                Source::Report,
                document,
                Err(Rejection::Document(error)),
            ),
        }
    }

    /// Adds one entry: the code's respondent, or the rejection. At the cap, adds
    /// [`Rejection::TooManyEntries`] instead and returns `false`.
    fn add(
        &mut self,
        questionnaire: &Questionnaire,
        line: usize,
        source: Source,
        shown: &str,
        code: Result<&str, Rejection>,
    ) -> bool {
        let full = self.entries.len() >= MAX_ENTRIES;
        let outcome = if full {
            Err(Rejection::TooManyEntries)
        } else {
            code.and_then(|code| self.accept(questionnaire, line, code))
        };
        self.entries.push(Entry {
            line,
            source,
            text: shorten(shown),
            outcome,
        });
        !full
    }

    fn accept(
        &mut self,
        questionnaire: &Questionnaire,
        line: usize,
        code: &str,
    ) -> Result<Respondent, Rejection> {
        let answers = share::decode(questionnaire, code).map_err(Rejection::Code)?;
        let canonical = share::encode(questionnaire, &answers);
        if let Some(&(first, line)) = self.seen.get(&canonical) {
            return Err(Rejection::Duplicate { first, line });
        }
        self.seen
            .insert(canonical.clone(), (self.entries.len(), line));
        Ok(Respondent {
            code: canonical,
            answers,
        })
    }
}

/// Reads pasted text: codes, share links, team links and report documents, separated by
/// whitespace or commas. See the module documentation for the rules.
///
/// Never panics, whatever the text.
pub fn read_entries(questionnaire: &Questionnaire, text: &str) -> TeamInput {
    let mut input = TeamInput::new();
    input.read(questionnaire, text);
    input
}

/// The share code inside an exported report document (see [`crate::export`]): the
/// `"share_code"` of a JSON object whose `"kind"` is `"silo-check-report"`.
///
/// The document's version is not checked: the code carries its own format version, and
/// [`share::decode`] refuses one it cannot read.
pub fn entry_from_report_json(text: &str) -> Result<String, DocumentError> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(DocumentError::TooLarge);
    }
    let text = text.trim_start_matches('\u{feff}');
    let value: Value = serde_json::from_str(text).map_err(|_| DocumentError::NotJson)?;
    let object = value.as_object().ok_or(DocumentError::NotAReport)?;
    if object.get("kind").and_then(Value::as_str) != Some(REPORT_KIND) {
        return Err(DocumentError::NotAReport);
    }
    object
        .get("share_code")
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|code| !code.is_empty())
        .map(str::to_owned)
        .ok_or(DocumentError::NoShareCode)
}

/// The team code of a team link: the canonical codes of the respondents gathered so far,
/// joined by `.` (base64url never contains one). A team link is the page's address with
/// `#team=` and this code as its fragment, which browsers never send to a server.
///
/// Only codes that open with `questionnaire` are kept, each once, in the order given, and
/// at most [`MAX_ENTRIES`] of them; so a team code always reads back without rejections.
/// No codes give an empty team code.
pub fn team_code<'a>(
    questionnaire: &Questionnaire,
    codes: impl IntoIterator<Item = &'a str>,
) -> String {
    let mut seen = std::collections::HashSet::new();
    let mut kept: Vec<String> = Vec::new();
    for code in codes {
        if kept.len() == MAX_ENTRIES {
            break;
        }
        if let Ok(answers) = share::decode(questionnaire, code) {
            let canonical = share::encode(questionnaire, &answers);
            if seen.insert(canonical.clone()) {
                kept.push(canonical);
            }
        }
    }
    kept.join(".")
}

/// Reads a team code (what [`team_code`] gives, codes joined by `.`), or a team link or
/// fragment holding one (`…#team=…`).
pub fn parse_team_code(questionnaire: &Questionnaire, text: &str) -> TeamInput {
    let mut input = TeamInput::new();
    if text.contains(TEAM_KEY) {
        input.read(questionnaire, text);
    } else {
        input.read_with(questionnaire, text, true);
    }
    input
}

/// The codes of a team link in `token`: the value of its last `team=` part, when the
/// token is split at `? & # ;` like a share link.
fn team_codes(token: &str) -> Option<&str> {
    token
        .split(['?', '&', '#', ';'])
        .filter_map(|part| part.strip_prefix(TEAM_KEY))
        .last()
}

/// The length of the JSON object or array at the start of `text`: up to the bracket that
/// closes the first one (brackets inside strings do not count), or all of `text` when it is
/// never closed. Linear, without recursion.
fn json_end(text: &str) -> usize {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for (index, byte) in text.bytes().enumerate() {
        if in_string {
            if escaped {
                escaped = false;
            } else if byte == b'\\' {
                escaped = true;
            } else if byte == b'"' {
                in_string = false;
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return index + 1;
                }
            }
            _ => {}
        }
    }
    text.len()
}

fn count_lines(text: &str) -> usize {
    text.bytes().filter(|&b| b == b'\n').count()
}

/// `text` with surrounding whitespace removed, cut to [`SHOWN_CHARS`] characters with `…`.
fn shorten(text: &str) -> String {
    let text = text.trim();
    match text.char_indices().nth(SHOWN_CHARS) {
        None => text.to_owned(),
        Some((end, _)) => {
            let cut = text.get(..end).unwrap_or("");
            let cut = cut
                .char_indices()
                .nth(SHOWN_CHARS - 1)
                .and_then(|(i, _)| cut.get(..i))
                .unwrap_or(cut);
            format!("{cut}…")
        }
    }
}

// ---------------------------------------------------------------------------------------
// Aggregation
// ---------------------------------------------------------------------------------------

/// How a group of respondents is named in the team view: after the first profile question
/// of kind [`ProfileKind::Department`].
pub const NOT_GIVEN: &str = "Department not given";

/// Everything the team view shows, computed from many respondents' answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TeamReport {
    /// How many respondents there are.
    pub respondents: usize,
    /// The respondents by department, with the heatmap: one row for each department that
    /// has respondents, in the order of the department question's options, then
    /// [`Department::NotGiven`] last.
    pub departments: Vec<DepartmentRow>,
    /// The spread of the respondents' scores, one entry per dimension, in questionnaire
    /// order.
    pub dimensions: Vec<TeamDimension>,
    /// The dimensions that departments place a level or more apart, widest gap first
    /// (then higher weight, then questionnaire order).
    pub silo_signals: Vec<SiloSignal>,
    /// The organisation as a whole: each dimension's mean score fed through the same
    /// levels, weakest-link cap, recommendations and plan as a single respondent's
    /// [`Report`]. Its counts add up every respondent's answers, so its confidence is the
    /// share of real answers among all answers the team could have given. Its `model` is
    /// always `None`: a model match rests on one person's answers to particular questions.
    pub organisation: Report,
}

/// A group of respondents, by their answer to the department question.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Department {
    /// The respondents who chose this option of the department question.
    Named(ProfileOptionId),
    /// The respondents who did not answer the department question, or all of them when the
    /// questionnaire has none. Shown in the heatmap, but never part of a silo signal: it
    /// is not a department.
    NotGiven,
}

impl Department {
    /// The department's label as the questionnaire words it, or [`NOT_GIVEN`].
    pub fn label<'a>(&'a self, questionnaire: &'a Questionnaire) -> &'a str {
        match self {
            Department::NotGiven => NOT_GIVEN,
            Department::Named(id) => department_question(questionnaire)
                .and_then(|(_, p)| p.options.iter().find(|o| &o.id == id))
                .map_or(id.as_str(), |o| o.label.as_str()),
        }
    }
}

/// One department's respondents and its row of the heatmap.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DepartmentRow {
    /// Which department.
    pub department: Department,
    /// How many respondents it has (at least one).
    pub respondents: usize,
    /// One cell per dimension, in questionnaire order.
    pub cells: Vec<HeatCell>,
}

/// One department's view of one dimension.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HeatCell {
    /// Which dimension.
    pub dimension: DimensionId,
    /// How many of the department's respondents scored it.
    pub scored: usize,
    /// The mean of their scores, rounded half up; `None` when nobody in the department
    /// scored it.
    pub score: Option<u8>,
    /// The level of that mean; `None` exactly when `score` is.
    pub level: Option<Level>,
}

/// How the respondents' scores of one dimension spread.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TeamDimension {
    /// Which dimension.
    pub dimension: DimensionId,
    /// How many respondents scored it (answered at least one of its questions with a level).
    pub scored: usize,
    /// Mean, lowest, highest and spread of their scores; `None` when nobody scored it.
    pub scores: Option<ScoreRange>,
}

/// The mean and range of some respondents' scores of one dimension, `0..=100`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ScoreRange {
    /// The mean, rounded half up.
    pub mean: u8,
    /// The level the mean reaches.
    pub level: Level,
    /// The lowest score.
    pub lowest: u8,
    /// The highest score.
    pub highest: u8,
    /// `highest - lowest`.
    pub spread: u8,
}

/// A dimension that departments place a level or more apart.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SiloSignal {
    /// Which dimension.
    pub dimension: DimensionId,
    /// How many levels lie between the lowest and the highest department, at least 1.
    pub gap: u8,
    /// The departments at the lowest level.
    pub lowest: LevelGroup,
    /// The departments at the highest level.
    pub highest: LevelGroup,
    /// What a gap here usually means: the dimension's `gap_meaning`, or
    /// [`GENERIC_GAP_MEANING`].
    pub meaning: String,
}

/// The departments that place a dimension at one level.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LevelGroup {
    /// The level.
    pub level: Level,
    /// The departments at it, in the order of the department question's options.
    pub departments: Vec<Department>,
}

/// Compares many respondents: by department, by dimension, and as one organisation.
///
/// Pure and infallible, in integer arithmetic, and independent of the respondents' order.
/// Each respondent's dimension scores are those of [`report::report`]. Every mean is
/// rounded half up, and takes only the respondents who scored that dimension. For one
/// respondent, `organisation` equals their own report except for `model`, which is `None`.
pub fn aggregate<'a>(
    questionnaire: &Questionnaire,
    respondents: impl IntoIterator<Item = &'a Answers>,
) -> TeamReport {
    let q = questionnaire;
    let dimensions = q.dimensions();
    let department = department_question(q);
    let options = department.map_or(0, |(_, p)| p.options.len());
    // One group per option of the department question, then "not given".
    let mut groups = vec![(0usize, vec![Tally::default(); dimensions.len()]); options + 1];
    let mut totals = vec![Tally::default(); dimensions.len()];
    let mut counts = vec![Counts::default(); dimensions.len()];
    let mut count = 0usize;
    for answers in respondents {
        count += 1;
        let group = department
            .and_then(|(index, _)| answers.profile(index))
            .filter(|&option| option < options)
            .unwrap_or(options);
        let results = report::dimension_results(q, answers);
        if let Some((members, tallies)) = groups.get_mut(group) {
            *members += 1;
            for (tally, result) in tallies.iter_mut().zip(&results) {
                tally.add(result.score);
            }
        }
        for ((total, counts), result) in totals.iter_mut().zip(&mut counts).zip(&results) {
            total.add(result.score);
            counts.answered += result.answered;
            counts.not_sure += result.not_sure;
            counts.questions += result.questions;
        }
    }

    let departments: Vec<DepartmentRow> = groups
        .iter()
        .enumerate()
        .filter(|(_, (members, _))| *members > 0)
        .map(|(group, (members, tallies))| DepartmentRow {
            department: department
                .and_then(|(_, p)| p.options.get(group))
                .map_or(Department::NotGiven, |o| Department::Named(o.id.clone())),
            respondents: *members,
            cells: dimensions
                .iter()
                .zip(tallies)
                .map(|(d, tally)| {
                    let score = tally.mean();
                    HeatCell {
                        dimension: d.id.clone(),
                        scored: tally.count,
                        score,
                        level: score.map(|s| q.level_for(s)),
                    }
                })
                .collect(),
        })
        .collect();

    let team_dimensions = dimensions
        .iter()
        .zip(&totals)
        .map(|(d, tally)| TeamDimension {
            dimension: d.id.clone(),
            scored: tally.count,
            scores: tally.mean().map(|mean| ScoreRange {
                mean,
                level: q.level_for(mean),
                lowest: tally.lowest,
                highest: tally.highest,
                spread: tally.highest.saturating_sub(tally.lowest),
            }),
        })
        .collect();

    let results: Vec<DimensionResult> = dimensions
        .iter()
        .zip(&totals)
        .zip(&counts)
        .map(|((d, tally), counts)| report::scored_dimension(q, &d.id, tally.mean(), *counts))
        .collect();
    let answered = counts.iter().map(|c| c.answered).sum();
    let not_sure = counts.iter().map(|c| c.not_sure).sum();
    let questions = count.saturating_mul(q.questions().len());
    let confidence = report::confidence(questions, answered, not_sure, &results);

    TeamReport {
        respondents: count,
        silo_signals: silo_signals(q, &departments),
        departments,
        dimensions: team_dimensions,
        organisation: report::from_dimensions(q, results, confidence, None),
    }
}

/// The first profile question of kind [`ProfileKind::Department`], with its index.
fn department_question(
    questionnaire: &Questionnaire,
) -> Option<(usize, &crate::questionnaire::ProfileQuestion)> {
    questionnaire
        .profile()
        .iter()
        .enumerate()
        .find(|(_, p)| p.kind == ProfileKind::Department)
}

/// A running sum, count, minimum and maximum of scores.
#[derive(Clone, Copy, Debug, Default)]
struct Tally {
    sum: u64,
    count: usize,
    lowest: u8,
    highest: u8,
}

impl Tally {
    fn add(&mut self, score: Option<u8>) {
        let Some(score) = score else { return };
        if self.count == 0 {
            (self.lowest, self.highest) = (score, score);
        } else {
            self.lowest = self.lowest.min(score);
            self.highest = self.highest.max(score);
        }
        self.sum += u64::from(score);
        self.count += 1;
    }

    fn mean(&self) -> Option<u8> {
        (self.count > 0).then(|| report::rounded_mean(self.sum, self.count as u64))
    }
}

fn silo_signals(questionnaire: &Questionnaire, departments: &[DepartmentRow]) -> Vec<SiloSignal> {
    let mut signals: Vec<(Reverse<u8>, Reverse<u32>, usize, SiloSignal)> = Vec::new();
    for (order, dimension) in questionnaire.dimensions().iter().enumerate() {
        let levels: Vec<(&Department, Level)> = departments
            .iter()
            .filter(|row| row.department != Department::NotGiven)
            .filter_map(|row| Some((&row.department, row.cells.get(order)?.level?)))
            .collect();
        let lowest = levels.iter().map(|&(_, level)| level).min();
        let highest = levels.iter().map(|&(_, level)| level).max();
        let (Some(lowest), Some(highest)) = (lowest, highest) else {
            continue;
        };
        if highest <= lowest {
            continue;
        }
        let at = |level: Level| LevelGroup {
            level,
            departments: levels
                .iter()
                .filter(|&&(_, l)| l == level)
                .map(|&(d, _)| d.clone())
                .collect(),
        };
        let gap = highest.get() - lowest.get();
        let signal = SiloSignal {
            dimension: dimension.id.clone(),
            gap,
            lowest: at(lowest),
            highest: at(highest),
            meaning: dimension
                .gap_meaning
                .clone()
                .unwrap_or_else(|| GENERIC_GAP_MEANING.to_owned()),
        };
        signals.push((Reverse(gap), Reverse(dimension.weight), order, signal));
    }
    signals.sort_unstable_by_key(|(gap, weight, order, _)| (*gap, *weight, *order));
    signals.into_iter().map(|(_, _, _, signal)| signal).collect()
}
