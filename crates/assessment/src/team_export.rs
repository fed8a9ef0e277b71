//! The team report as files: CSV for spreadsheets and a versioned JSON document.

use crate::export::QuestionnaireSummary;
use crate::messages;
use crate::report::Report;
use crate::team::{Agenda, DepartmentRow, SiloSignal, TeamDimension, TeamReport};
use crate::text::Locale;
use crate::Questionnaire;
use serde::Serialize;

/// The version of the team JSON document's shape.
pub const TEAM_REPORT_VERSION: u32 = 1;

/// The team report as CSV: one row for all respondents, one for each department, and rows
/// for the lowest and highest scores and the spread; a score column and a level column for
/// each dimension. The row labels are in English; [`team_csv_in`] writes them in another
/// locale.
pub fn team_csv(questionnaire: &Questionnaire, team: &TeamReport) -> String {
    team_csv_in(questionnaire, team, Locale::En)
}

/// [`team_csv`] with the row labels ("All respondents", "Department not given", "Lowest
/// score"…) in `locale`. The header row keeps its ids (`group`, `ownership_score`…), so a
/// script reads every language's file the same way; numbers are written without
/// separators, as spreadsheets read them.
pub fn team_csv_in(questionnaire: &Questionnaire, team: &TeamReport, locale: Locale) -> String {
    let m = messages::team(locale);
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut header = vec!["group".to_string(), "respondents".to_string()];
    for d in questionnaire.dimensions() {
        header.push(format!("{}_score", d.id));
        header.push(format!("{}_level", d.id));
    }
    rows.push(header);

    let number = |n: Option<u8>| n.map_or(String::new(), |n| n.to_string());
    let mut all = vec![
        m.csv_all_respondents.to_string(),
        team.respondents.to_string(),
    ];
    for d in &team.dimensions {
        all.push(number(d.scores.as_ref().map(|s| s.mean)));
        all.push(number(d.scores.as_ref().map(|s| s.level.get())));
    }
    rows.push(all);
    for row in &team.departments {
        let mut cells = vec![
            row.department.label_in(questionnaire, locale).to_string(),
            row.respondents.to_string(),
        ];
        for cell in &row.cells {
            cells.push(number(cell.score));
            cells.push(number(cell.level.map(|l| l.get())));
        }
        rows.push(cells);
    }
    for (name, pick) in [
        (m.csv_lowest_score, 0usize),
        (m.csv_highest_score, 1),
        (m.csv_spread, 2),
    ] {
        let mut cells = vec![name.to_string(), team.respondents.to_string()];
        for d in &team.dimensions {
            let value = d.scores.as_ref().map(|s| match pick {
                0 => s.lowest,
                1 => s.highest,
                _ => s.spread,
            });
            cells.push(number(value));
            cells.push(String::new());
        }
        rows.push(cells);
    }
    let mut out = String::new();
    for row in rows {
        out.push_str(&csv_row(&row));
    }
    out
}

/// The characters a spreadsheet may take as the start of a formula (OWASP's list, "CSV
/// Injection": `=`, `+`, `-`, `@`, tab and carriage return).
pub const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The line ending of every CSV file the domain and the CLI write: CRLF, as RFC 4180 says.
pub const CSV_LINE_END: &str = "\r\n";

/// A CSV row: each field through [`csv_field`], joined by commas, ended by
/// [`CSV_LINE_END`].
pub fn csv_row<S: AsRef<str>>(fields: &[S]) -> String {
    let mut line = fields
        .iter()
        .map(|f| csv_field(f.as_ref()))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str(CSV_LINE_END);
    line
}

/// A CSV field: quoted when needed, and with text a spreadsheet would run as a formula
/// (starting with one of [`FORMULA_STARTS`]) defused by a leading apostrophe.
pub fn csv_field(text: &str) -> String {
    let text = if text.starts_with(FORMULA_STARTS) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// The team report as a self-describing JSON document, with the agenda and the codes it
/// was built from (so it can be read back into a team view): what the team view's
/// "Download JSON" saves.
///
/// Every object lists its fields in alphabetical order, as
/// [`crate::export::ReportDocument`] does; every field of [`TeamReport`] is here
/// ([`team_document`] takes the report apart, so a new field does not compile until it is).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TeamDocument<'a> {
    /// The workshop agenda.
    pub agenda: &'a Agenda,
    /// The canonical share codes of the respondents.
    pub codes: &'a [&'a str],
    /// The heatmap's rows: one for each department.
    pub departments: &'a [DepartmentRow],
    /// Each dimension's scores across the respondents.
    pub dimensions: &'a [TeamDimension],
    /// `"silo-check-team-report"`.
    pub kind: &'static str,
    /// The organisation-wide report.
    pub organisation: &'a Report,
    /// Which questionnaire and revision.
    pub questionnaire: QuestionnaireSummary,
    /// How many respondents.
    pub respondents: usize,
    /// The dimensions where departments' levels differ, widest gap first.
    pub silo_signals: &'a [SiloSignal],
    /// [`TEAM_REPORT_VERSION`].
    pub version: u32,
}

/// The team document of `team`, with its `agenda` and the `codes` it was built from.
pub fn team_document<'a>(
    questionnaire: &Questionnaire,
    team: &'a TeamReport,
    agenda: &'a Agenda,
    codes: &'a [&'a str],
) -> TeamDocument<'a> {
    let TeamReport {
        departments,
        dimensions,
        organisation,
        respondents,
        silo_signals,
    } = team;
    TeamDocument {
        agenda,
        codes,
        departments,
        dimensions,
        kind: "silo-check-team-report",
        organisation,
        questionnaire: QuestionnaireSummary::of(questionnaire),
        respondents: *respondents,
        silo_signals,
        version: TEAM_REPORT_VERSION,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::team::{aggregate, workshop_agenda};
    use crate::testing::{answers, as_json, pick, tiny};

    #[test]
    fn csv_has_a_row_per_group_and_columns_per_dimension() {
        let q = tiny();
        let mut a = answers(&q, "1 1 2 2 1");
        pick(&q, &mut a, "department", "sales");
        let mut b = answers(&q, "5 5 4 4 5");
        pick(&q, &mut b, "department", "service");
        let team = aggregate(&q, [&a, &b]);
        let csv = team_csv(&q, &team);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(
            lines[0],
            "group,respondents,ownership_score,ownership_level,process_score,process_level,listening_score,listening_level"
        );
        assert_eq!(lines.len(), 1 + 1 + 2 + 3, "{csv}");
        assert!(
            lines[1].starts_with("All respondents,2,50,3,"),
            "{}",
            lines[1]
        );
        assert!(lines[2].starts_with("sales,1,0,1,"), "{}", lines[2]);
        assert!(lines[3].starts_with("service,1,100,5,"), "{}", lines[3]);
        assert!(lines[6].starts_with("Spread,2,100,,"), "{}", lines[6]);
    }

    #[test]
    fn csv_row_labels_are_localized() {
        let q = tiny();
        let mut a = answers(&q, "1 1 2 2 1");
        pick(&q, &mut a, "department", "sales");
        let b = answers(&q, "5 5 4 4 5");
        let team = aggregate(&q, [&a, &b]);
        let (en, de) = (team_csv(&q, &team), team_csv_in(&q, &team, Locale::De));
        let first = |csv: &str| -> Vec<String> {
            csv.lines()
                .map(|l| l.split(',').next().unwrap_or("").to_string())
                .collect()
        };
        assert_eq!(
            first(&en),
            [
                "group",
                "All respondents",
                "sales",
                "Department not given",
                "Lowest score",
                "Highest score",
                "Spread"
            ]
        );
        assert_eq!(
            first(&de),
            [
                "group",
                "Alle Befragten",
                "sales",
                "Abteilung nicht angegeben",
                "Niedrigster Wert",
                "Höchster Wert",
                "Spannweite"
            ]
        );
        let rest = |csv: &str| -> Vec<String> {
            csv.lines()
                .map(|l| l.split_once(',').map_or("", |(_, r)| r).to_string())
                .collect()
        };
        assert_eq!(rest(&en), rest(&de), "only the labels differ");
    }

    #[test]
    fn department_labels_starting_with_tab_or_cr_are_defused() {
        let mut q = tiny();
        let labels = ["\t=HYPERLINK(\"x\")", "\r@SUM(A1)"];
        for (option, label) in q
            .profile
            .iter_mut()
            .filter(|p| p.kind == crate::questionnaire::ProfileKind::Department)
            .flat_map(|p| p.options.iter_mut())
            .skip(1)
            .zip(labels)
        {
            option.label = label.to_string();
        }
        let mut a = answers(&q, "1 1 2 2 1");
        pick(&q, &mut a, "department", "sales");
        let mut b = answers(&q, "5 5 4 4 5");
        pick(&q, &mut b, "department", "service");
        let csv = team_csv(&q, &aggregate(&q, [&a, &b]));
        assert!(
            csv.contains("\r\n\"'\t=HYPERLINK(\"\"x\"\")\",1,"),
            "{csv:?}"
        );
        assert!(csv.contains("\r\n\"'\r@SUM(A1)\",1,"), "{csv:?}");
        // Every line ends in CRLF (RFC 4180), none in a bare LF.
        assert!(csv.ends_with("\r\n"));
        assert_eq!(
            csv.matches('\n').count(),
            csv.matches("\r\n").count(),
            "{csv:?}"
        );
    }

    #[test]
    fn document_names_its_kind_version_and_codes() {
        let q = tiny();
        let a = answers(&q, "3 3 3 3 3");
        let team = aggregate(&q, [&a]);
        let agenda = workshop_agenda(&q, &team, Date::new(2026, 11, 23).expect("a date"));
        let doc = as_json(&team_document(&q, &team, &agenda, &["abc"]));
        assert_eq!(doc["kind"], "silo-check-team-report");
        assert_eq!(doc["version"], TEAM_REPORT_VERSION);
        assert_eq!(doc["respondents"], 1);
        assert_eq!(doc["codes"][0], "abc");
        assert_eq!(doc["agenda"]["steps"].as_array().map(<[_]>::len), Some(7));
    }

    #[test]
    fn formulas_are_defused() {
        assert_eq!(csv_field("=SUM(A1)"), "'=SUM(A1)");
        // Issue 19: OWASP's whole list, tab and carriage return too.
        for start in FORMULA_STARTS {
            let text = format!("{start}1+1");
            let field = csv_field(&text);
            assert!(
                field.starts_with('\'') || field.starts_with("\"'"),
                "{text:?}: {field:?}"
            );
        }
        assert_eq!(csv_field("\t=cmd"), "'\t=cmd");
        assert_eq!(csv_field("\r=cmd"), "\"'\r=cmd\"");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }
}
