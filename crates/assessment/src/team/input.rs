//! Team input: pasted share codes, share links, team links and report documents, read
//! entry by entry into accepted respondents and typed rejections (see the [`super`]
//! module's documentation for the rules).

use crate::answers::Answers;
use crate::export::REPORT_KIND;
use crate::json::{self, Lenient, ReadError};
use crate::messages;
use crate::questionnaire::Questionnaire;
use crate::share::{self, ShareError};
use crate::text::{fill, Locale};
use serde::Deserialize;
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

/// How an entry's text is shortened for display: at most this many characters.
const SHOWN_CHARS: usize = 80;

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
        /// The line the earlier entry starts on, in the text it was read from.
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

impl Rejection {
    /// Why the entry was left out, in `locale`, for the person who pasted it.
    /// [`fmt::Display`] gives the English message.
    pub fn message(&self, locale: Locale) -> String {
        let m = messages::team(locale);
        match self {
            Rejection::Code(error) => error.message(locale),
            Rejection::Document(error) => error.message(locale),
            Rejection::Duplicate { line, .. } => fill(
                m.rejection_duplicate,
                &[("line", &messages::figure(locale, *line))],
            ),
            Rejection::TooLarge { bytes } => fill(
                m.rejection_too_large,
                &[
                    ("size", &locale.number(bytes.div_ceil(1024))),
                    ("limit", &locale.number(MAX_INPUT_BYTES / 1024)),
                ],
            ),
            Rejection::TooManyEntries => fill(
                m.rejection_too_many_entries,
                &[("n", &locale.number(MAX_ENTRIES))],
            ),
        }
    }
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Locale::En))
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

impl DocumentError {
    /// Why the document gave no share code, in `locale`. [`fmt::Display`] gives the English
    /// message.
    pub fn message(&self, locale: Locale) -> String {
        let m = messages::team(locale);
        match self {
            DocumentError::TooLarge => m.document_too_large,
            DocumentError::NotJson => m.document_not_json,
            DocumentError::NotAReport => m.document_not_a_report,
            DocumentError::NoShareCode => m.document_no_share_code,
        }
        .to_owned()
    }
}

impl fmt::Display for DocumentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Locale::En))
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

    /// The accepted respondents' answers, in the order read (for
    /// [`aggregate`](super::aggregate)).
    pub fn answers(&self) -> impl Iterator<Item = &Answers> + '_ {
        self.respondents().map(|r| &r.answers)
    }

    /// The accepted respondents' canonical codes, in the order read (for [`team_code`]).
    pub fn codes(&self) -> impl Iterator<Item = &str> + '_ {
        self.respondents().map(|r| r.code.as_str())
    }

    /// The team code of the accepted respondents: [`team_code`] of [`TeamInput::codes`],
    /// without opening each code again (they are canonical, and each is there once).
    pub fn team_code(&self) -> String {
        let codes: Vec<&str> = self.codes().take(MAX_ENTRIES).collect();
        codes.join(".")
    }

    /// How many entries were accepted.
    pub fn accepted(&self) -> usize {
        self.seen.len()
    }

    /// The accepted entries alone, as they were read: a paste or a team link that was
    /// mostly junk (up to [`MAX_ENTRIES`] of it) is dropped and leaves room for more
    /// entries, without losing a respondent.
    pub fn without_rejected(&self) -> TeamInput {
        let mut kept = TeamInput::new();
        for entry in &self.entries {
            if let Ok(respondent) = &entry.outcome {
                kept.seen
                    .insert(respondent.code.clone(), (kept.entries.len(), entry.line));
                kept.entries.push(entry.clone());
            }
        }
        kept
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
                let (document, after) = rest.split_at_checked(end).unwrap_or((rest, ""));
                let go_on = self.add_document(questionnaire, line, document);
                line += count_lines(document);
                rest = after;
                go_on
            } else {
                let end = rest.find(is_separator).unwrap_or(rest.len());
                let (token, after) = rest.split_at_checked(end).unwrap_or((rest, ""));
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
    let file: ReportFile = json::from_str(text).map_err(|e| match e {
        ReadError::Syntax(_) => DocumentError::NotJson,
        ReadError::Shape => DocumentError::NotAReport,
    })?;
    if file.kind.0.as_deref() != Some(REPORT_KIND) {
        return Err(DocumentError::NotAReport);
    }
    file.share_code
        .0
        .as_deref()
        .map(str::trim)
        .filter(|code| !code.is_empty())
        .map(str::to_owned)
        .ok_or(DocumentError::NoShareCode)
}

/// What the team view reads of a report document ([`crate::export::ReportDocument`]): its
/// kind and its share code, each of which may be missing or of another type (a report
/// without them is not one the team view can use); the scores in it are ignored and
/// recomputed from the code.
#[derive(Default, Deserialize)]
#[serde(default)]
struct ReportFile {
    kind: Lenient<String>,
    share_code: Lenient<String>,
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
        .rsplit(['?', '&', '#', ';'])
        .find_map(|part| part.strip_prefix(TEAM_KEY))
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

/// `text` with surrounding whitespace removed, cut to [`SHOWN_CHARS`] characters with `…`,
/// and each character a reader cannot see or may take for another (a zero-width space in
/// a pasted code) written as `[U+200B]` (issue 19).
fn shorten(text: &str) -> String {
    let text = text.trim();
    match text.char_indices().nth(SHOWN_CHARS) {
        None => crate::text::visible(text).0,
        Some((end, _)) => {
            let cut = text.get(..end).unwrap_or("");
            let cut = cut
                .char_indices()
                .nth(SHOWN_CHARS - 1)
                .and_then(|(i, _)| cut.get(..i))
                .unwrap_or(cut);
            format!("{}…", crate::text::visible(cut).0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::report_document;
    use crate::report::report;
    use crate::team::aggregate;
    use crate::team::tests::respondent;
    use crate::testing::{answers, arbitrary_answers, sized, tiny};
    use proptest::prelude::*;

    /// `tiny()` at another revision.
    fn revised() -> Questionnaire {
        let mut q = tiny();
        q.revision = 4;
        q
    }

    /// The template with `{a}`, `{b}`, `{c}` (codes of three respondents), `{rev}` (another
    /// revision), `{other}` (another questionnaire), `{cut}` (a code cut short), `{typo}`
    /// (a code with one character changed) and `{doc}` (a's report document) filled in.
    fn fill(template: &str) -> String {
        let q = tiny();
        let a = respondent("33 33 3", Some("marketing"));
        let code =
            |spec: &str, department: &str| share::encode(&q, &respondent(spec, Some(department)));
        let a_code = share::encode(&q, &a);
        let mut typo = a_code.clone().into_bytes();
        typo[10] = if typo[10] == b'A' { b'B' } else { b'A' };
        let doc = report_document(&q, &a, &report(&q, &a), &a_code);
        template
            .replace("{a}", &a_code)
            .replace("{b}", &code("11 11 1", "sales"))
            .replace("{c}", &code("55 55 5", "service"))
            .replace("{rev}", &share::encode(&revised(), &a))
            .replace(
                "{other}",
                &share::encode(&sized(3, 1, 0), &Answers::new(&sized(3, 1, 0))),
            )
            .replace("{cut}", a_code.get(..20).unwrap_or(""))
            .replace("{typo}", &String::from_utf8(typo).unwrap())
            .replace("{doc}", &crate::json::to_pretty(&doc))
    }

    /// Reads the filled-in template and compares each entry, as `line source outcome`,
    /// with `expected`.
    fn check(template: &str, expected: &[&str]) {
        let q = tiny();
        let text = fill(template);
        let input = read_entries(&q, &text);
        let got: Vec<String> = input
            .entries()
            .iter()
            .map(|e| match &e.outcome {
                Ok(_) => format!("{} {:?} ok", e.line, e.source),
                Err(r) => format!("{} {:?} {r:?}", e.line, e.source),
            })
            .collect();
        assert_eq!(got, expected, "{template:?}");
        assert_eq!(input.accepted(), input.respondents().count());
        for (entry, rejection) in input.rejected() {
            let message = rejection.to_string();
            assert!(
                message.starts_with(char::is_uppercase) && message.ends_with('.'),
                "not a sentence: {message}"
            );
            assert!(entry.text.chars().count() <= SHOWN_CHARS);
        }
    }

    #[test]
    fn each_entry_is_accepted_or_rejected_with_its_reason() {
        check("{a}", &["1 Code ok"]);
        check("", &[]);
        check(" ,\n\t, ", &[]);
        check(
            "{a} {b},{c}\n\n{a}",
            &[
                "1 Code ok",
                "1 Code ok",
                "1 Code ok",
                "3 Code Duplicate { first: 0, line: 1 }",
            ],
        );
        check(
            "https://example.org/check#r={a}\n  https://example.org/check?code={b}&lang=en\n",
            &["1 Code ok", "2 Code ok"],
        );
        check(
            "{rev}",
            &["1 Code Code(OtherRevision { code_revision: 4, expected: 3 })"],
        );
        check("{other}", &["1 Code Code(OtherQuestionnaire)"]);
        check("{cut}", &["1 Code Code(Truncated)"]);
        check("{typo}", &["1 Code Code(Corrupted)"]);
        check("hello!", &["1 Code Code(NotBase64 { position: 5 })"]);
        check(
            "{a}, {rev}, hello, {a}, {b}",
            &[
                "1 Code ok",
                "1 Code Code(OtherRevision { code_revision: 4, expected: 3 })",
                "1 Code Code(Truncated)",
                "1 Code Duplicate { first: 0, line: 1 }",
                "1 Code ok",
            ],
        );
    }

    #[test]
    fn team_links_add_each_of_their_codes() {
        check(
            "https://example.org/check#team={a}.{b}.{a}..{typo}\n{c}",
            &[
                "1 TeamLink ok",
                "1 TeamLink ok",
                "1 TeamLink Duplicate { first: 0, line: 1 }",
                "1 TeamLink Code(Corrupted)",
                "2 Code ok",
            ],
        );
        check("#team=", &[]);
        check("team={b}", &["1 TeamLink ok"]);
        check("?lang=en&team={b};x", &["1 TeamLink ok"]);
    }

    #[test]
    fn report_documents_are_read_whole() {
        // The document is pretty-printed over many lines; the code after it gets its line.
        let lines = fill("{doc}").lines().count();
        let after = format!("{} Code Duplicate {{ first: 0, line: 1 }}", lines + 1);
        check("{doc}\n{a}", &["1 Report ok", &after]);
        check("\u{feff}{doc}", &["1 Report ok"]);
        check(
            "{b}\n{doc} {doc}",
            &[
                "1 Code ok",
                "2 Report ok",
                &format!("{} Report Duplicate {{ first: 1, line: 2 }}", lines + 1),
            ],
        );
        check(
            "{\"kind\": \"other\", \"share_code\": \"{a}\"}",
            &["1 Report Document(NotAReport)"],
        );
        check(
            "{\"kind\": \"silo-check-report\"}",
            &["1 Report Document(NoShareCode)"],
        );
        check(
            "{\"kind\": \"silo-check-report\", \"share_code\": \"{typo}\"} {b}",
            &["1 Report Code(Corrupted)", "1 Code ok"],
        );
        check(
            "{\"kind\": \"silo-check-report\", \"share_code\": \"}\"}",
            &["1 Report Code(NotBase64 { position: 0 })"],
        );
        check("{\"a\": [1, 2}", &["1 Report Document(NotJson)"]);
        check("{ \"unclosed\": \"{b}", &["1 Report Document(NotJson)"]);
        check(
            &format!("{}{}", "{".repeat(500), "}".repeat(500)),
            &["1 Report Document(NotJson)"],
        );

        assert_eq!(entry_from_report_json(&fill("{doc}")), Ok(fill("{a}")));
        assert_eq!(entry_from_report_json("[]"), Err(DocumentError::NotAReport));
        assert_eq!(entry_from_report_json(""), Err(DocumentError::NotJson));
        assert_eq!(
            entry_from_report_json("{\"kind\": \"silo-check-report\", \"share_code\": \" \"}"),
            Err(DocumentError::NoShareCode)
        );
        let huge = format!("\"{}\"", "a".repeat(MAX_INPUT_BYTES));
        assert_eq!(entry_from_report_json(&huge), Err(DocumentError::TooLarge));
    }

    #[test]
    fn report_files_of_odd_shapes_get_the_reason_that_fits() {
        let read = entry_from_report_json;
        assert_eq!(read("\"x\""), Err(DocumentError::NotAReport));
        assert_eq!(
            read("{\"share_code\": \"abc\"}"),
            Err(DocumentError::NotAReport)
        );
        assert_eq!(
            read("{\"kind\": 1, \"share_code\": \"abc\"}"),
            Err(DocumentError::NotAReport)
        );
        for code in ["5", "1.5", "null", "[\"abc\"]", "{}"] {
            let text = format!("{{\"kind\": \"silo-check-report\", \"share_code\": {code}}}");
            assert_eq!(read(&text), Err(DocumentError::NoShareCode), "{text}");
        }
        // Of a repeated field the last counts, other fields are ignored, and the code is
        // trimmed.
        let text = r#"{"kind": "other", "kind": "silo-check-report", "x": [1.5, {}],
            "share_code": 5, "share_code": " abc "}"#;
        assert_eq!(read(text), Ok("abc".to_owned()));
    }

    #[test]
    fn input_beyond_the_limits_is_rejected_not_read() {
        let q = tiny();
        let huge = " ".repeat(MAX_INPUT_BYTES + 1);
        let input = read_entries(&q, &huge);
        assert_eq!(input.entries().len(), 1);
        assert_eq!(
            input.entries()[0].outcome,
            Err(Rejection::TooLarge {
                bytes: MAX_INPUT_BYTES + 1
            })
        );
        assert_eq!(
            Rejection::TooLarge {
                bytes: MAX_INPUT_BYTES + 1
            }
            .to_string(),
            "This text is 2,049 KiB, but at most 2,048 KiB can be read at once; add the codes in smaller parts."
        );

        let code = fill("{a}");
        let text = format!("{code}\n{}", "x\n".repeat(MAX_ENTRIES + 5));
        let mut input = read_entries(&q, &text);
        assert_eq!(input.entries().len(), MAX_ENTRIES + 1);
        assert_eq!(input.accepted(), 1);
        let last = &input.entries()[MAX_ENTRIES];
        assert_eq!(last.outcome, Err(Rejection::TooManyEntries));
        assert_eq!(last.line, MAX_ENTRIES + 1);
        input.read(&q, &fill("{b}"));
        assert_eq!(
            input.entries().len(),
            MAX_ENTRIES + 1,
            "nothing more is read"
        );
        assert_eq!(
            Rejection::TooManyEntries.to_string(),
            "Only the first 10,000 entries can be read; this one and everything after it were left out."
        );
    }

    #[test]
    fn reading_more_finds_duplicates_across_texts() {
        let q = tiny();
        let mut input = TeamInput::new();
        input.read(&q, &fill("{a} {b}"));
        input.read(&q, &fill("{doc}"));
        input.read(&q, &fill("#team={c}.{b}"));
        let outcomes: Vec<Result<(), Rejection>> = input
            .entries()
            .iter()
            .map(|e| e.outcome.as_ref().map(|_| ()).map_err(|r| *r))
            .collect();
        let dup = |first| Err(Rejection::Duplicate { first, line: 1 });
        assert_eq!(outcomes, [Ok(()), Ok(()), dup(0), Ok(()), dup(1)]);
        let codes: Vec<&str> = input.codes().collect();
        assert_eq!(codes, [fill("{a}"), fill("{b}"), fill("{c}")]);
        assert_eq!(input.answers().count(), 3);
    }

    #[test]
    fn a_team_code_carries_the_canonical_codes_once() {
        let q = tiny();
        let (a, b) = (fill("{a}"), fill("{b}"));
        let link = format!("https://example.org/#r={a}");
        let garbage = fill("{typo}");
        let rev = fill("{rev}");
        let team = team_code(&q, [a.as_str(), &link, &b, &garbage, &rev, &a]);
        assert_eq!(team, format!("{a}.{b}"));
        assert_eq!(team_code(&q, []), "");
        for text in [
            team.clone(),
            format!("#team={team}"),
            format!("https://example.org/check?lang=en#team={team}"),
        ] {
            let input = parse_team_code(&q, &text);
            let codes: Vec<&str> = input.codes().collect();
            assert_eq!(codes, [a.as_str(), b.as_str()], "{text}");
            assert_eq!(input.rejected().count(), 0);
        }
        let input = read_entries(&q, &format!("https://example.org/#team={team}"));
        assert_eq!(input.accepted(), 2);
    }

    #[test]
    fn dropping_the_rejected_entries_keeps_every_respondent_and_leaves_room() {
        let q = tiny();
        let a = share::encode(&q, &answers(&q, "1 2 3 4 5"));
        let b = share::encode(&q, &answers(&q, "5 4 3 2 1"));
        let junk = vec!["junk"; MAX_ENTRIES].join("\n");
        let mut input = read_entries(&q, &format!("{a}\n{junk}"));
        // Full: a real code added now is left out.
        input.read(&q, &b);
        assert_eq!(input.accepted(), 1);
        assert_eq!(
            input.rejected().last().map(|(_, why)| why),
            Some(Rejection::TooManyEntries)
        );
        let mut kept = input.without_rejected();
        assert_eq!((kept.accepted(), kept.rejected().count()), (1, 0));
        kept.read(&q, &format!("{b}\n{a}"));
        assert_eq!(kept.accepted(), 2);
        assert!(matches!(
            kept.rejected().map(|(_, why)| why).collect::<Vec<_>>()[..],
            [Rejection::Duplicate { first: 0, line: 1 }]
        ));
    }

    #[test]
    fn messages_are_sentences() {
        for rejection in [
            Rejection::Duplicate { first: 0, line: 3 },
            Rejection::TooManyEntries,
            Rejection::TooLarge { bytes: 3_000_000 },
            Rejection::Document(DocumentError::NotJson),
            Rejection::Code(ShareError::Corrupted),
        ] {
            let message = rejection.to_string();
            assert!(
                message.starts_with(char::is_uppercase) && message.ends_with('.'),
                "{message}"
            );
        }
        for error in [
            DocumentError::TooLarge,
            DocumentError::NotJson,
            DocumentError::NotAReport,
            DocumentError::NoShareCode,
        ] {
            assert!(error.to_string().ends_with('.'));
        }
        assert_eq!(shorten(&"é".repeat(100)).chars().count(), SHOWN_CHARS);
        assert_eq!(shorten(&"é".repeat(80)), "é".repeat(80));
        assert_eq!(shorten(" AB\u{200B}C\u{202E}D "), "AB[U+200B]C[U+202E]D");
    }

    /// How to write one entry of a mixed paste.
    #[derive(Clone, Debug)]
    enum Kind {
        Valid(Answers),
        /// Again the `n`-th valid entry (modulo how many came before).
        Again(usize),
        OtherRevision(Answers),
        Garbage(String),
    }

    fn kind() -> impl Strategy<Value = Kind> {
        prop_oneof![
            3 => arbitrary_answers(tiny()).prop_map(Kind::Valid),
            1 => any::<usize>().prop_map(Kind::Again),
            1 => arbitrary_answers(tiny()).prop_map(Kind::OtherRevision),
            1 => "[a-z!]{1,10}".prop_map(Kind::Garbage),
        ]
    }

    fn codes(q: &Questionnaire, all: &[Answers]) -> Vec<String> {
        all.iter().map(|a| share::encode(q, a)).collect()
    }

    proptest! {
        #[test]
        fn a_duplicate_changes_nothing(
            all in proptest::collection::vec(arbitrary_answers(tiny()), 1..6),
            which in any::<usize>(),
            at in any::<usize>(),
        ) {
            let q = tiny();
            let mut codes = codes(&q, &all);
            let without = read_entries(&q, &codes.join("\n"));
            let again = codes[which % codes.len()].clone();
            codes.insert(at % (codes.len() + 1), again);
            let with = read_entries(&q, &codes.join(" , "));
            prop_assert_eq!(with.accepted(), without.accepted());
            prop_assert_eq!(with.rejected().count(), without.rejected().count() + 1);
            let all_duplicates = with
                .rejected()
                .all(|(_, r)| matches!(r, Rejection::Duplicate { .. }));
            prop_assert!(all_duplicates);
            prop_assert_eq!(aggregate(&q, with.answers()), aggregate(&q, without.answers()));
        }

        #[test]
        fn mixed_input_counts_only_the_valid_entries(
            kinds in proptest::collection::vec(kind(), 0..12),
            separators in proptest::collection::vec(prop_oneof![Just(" "), Just(","), Just("\n"), Just(" ,\n\t")], 12),
        ) {
            let (q, revised) = (tiny(), revised());
            let mut text = String::new();
            let mut valid: Vec<String> = Vec::new();
            let mut expected: Vec<Result<String, &str>> = Vec::new();
            for (kind, separator) in kinds.iter().zip(&separators) {
                let code = match kind {
                    Kind::Valid(a) => {
                        let code = share::encode(&q, a);
                        expected.push(if valid.contains(&code) { Err("duplicate") } else { Ok(code.clone()) });
                        valid.push(code.clone());
                        code
                    }
                    Kind::Again(n) if !valid.is_empty() => {
                        expected.push(Err("duplicate"));
                        valid[n % valid.len()].clone()
                    }
                    Kind::Again(_) => continue,
                    Kind::OtherRevision(a) => {
                        expected.push(Err("revision"));
                        share::encode(&revised, a)
                    }
                    Kind::Garbage(g) => {
                        expected.push(Err("code"));
                        g.clone()
                    }
                };
                text.push_str(&code);
                text.push_str(separator);
            }
            let input = read_entries(&q, &text);
            let got: Vec<Result<String, &str>> = input
                .entries()
                .iter()
                .map(|e| match &e.outcome {
                    Ok(r) => Ok(r.code.clone()),
                    Err(Rejection::Duplicate { .. }) => Err("duplicate"),
                    Err(Rejection::Code(ShareError::OtherRevision { code_revision: 4, expected: 3 })) => Err("revision"),
                    Err(Rejection::Code(_)) => Err("code"),
                    Err(_) => Err("other"),
                })
                .collect();
            prop_assert_eq!(&got, &expected);
            let distinct: std::collections::HashSet<&String> = valid.iter().collect();
            prop_assert_eq!(input.accepted(), distinct.len());
            prop_assert_eq!(aggregate(&q, input.answers()).respondents, distinct.len());
        }

        #[test]
        fn a_team_code_reads_back_its_respondents(
            all in proptest::collection::vec(arbitrary_answers(tiny()), 0..6)
        ) {
            let q = tiny();
            let codes = codes(&q, &all);
            let team = team_code(&q, codes.iter().map(String::as_str));
            let input = parse_team_code(&q, &team);
            prop_assert_eq!(input.rejected().count(), 0);
            let mut distinct: Vec<&str> = Vec::new();
            for code in &codes {
                if !distinct.contains(&code.as_str()) {
                    distinct.push(code);
                }
            }
            prop_assert_eq!(input.codes().collect::<Vec<_>>(), distinct);
            let mut pasted = TeamInput::new();
            pasted.read(&q, &codes.join("\n"));
            prop_assert_eq!(pasted.team_code(), team.clone());
            prop_assert_eq!(read_entries(&q, &format!("https://x.example/#team={team}")).codes().count(), input.accepted());
        }

        #[test]
        fn read_entries_never_panics(text in any::<String>()) {
            let input = read_entries(&tiny(), &text);
            prop_assert!(input.entries().len() <= MAX_ENTRIES + 1);
            prop_assert!(input.entries().windows(2).all(|w| w[0].line <= w[1].line));
        }
    }
}
