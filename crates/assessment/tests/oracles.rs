//! The domain's hand-written CSV writer and calendar arithmetic against maintained crates
//! as oracles (DESIGN.md, "Size and speed": why they are hand-written). The share code's
//! base64url and CRC-32 have theirs in `src/share.rs`, where those functions are.

use assessment::team_export::{csv_row, FORMULA_STARTS};
use assessment::{Date, Weekday};
use proptest::prelude::*;

proptest! {
    /// What the team view's CSV download writes, read back by the `csv` crate, is every
    /// field as given (a formula-like field keeps the apostrophe that defuses it).
    #[test]
    fn csv_rows_read_back_with_the_csv_crate(
        fields in proptest::collection::vec("[a-z ,\"\\r\\n\\t;=+@-]{0,12}", 1..6)
    ) {
        // A row of one empty field is an empty line, which CSV readers skip.
        prop_assume!(fields.len() > 1 || !fields[0].is_empty());
        let row = csv_row(&fields);
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(row.as_bytes());
        let read: Vec<String> = match reader.records().next() {
            Some(Ok(record)) => record.iter().map(str::to_string).collect(),
            other => panic!("{row:?} did not read back: {other:?}"),
        };
        let expected: Vec<String> = fields
            .iter()
            .map(|f| if f.starts_with(FORMULA_STARTS) { format!("'{f}") } else { f.clone() })
            .collect();
        prop_assert_eq!(read, expected);
    }

    /// Calendar dates, weekdays, adding days and counting them, as the `time` crate has them.
    #[test]
    fn dates_agree_with_the_time_crate(
        year in 1970u16..2200, month in 1u8..=12, day in 1u8..=31, days in -40_000i64..40_000
    ) {
        let theirs = time::Month::try_from(month)
            .ok()
            .and_then(|m| time::Date::from_calendar_date(i32::from(year), m, day).ok());
        let ours = Date::new(year, month, day);
        prop_assert_eq!(ours.is_some(), theirs.is_some());
        if let (Some(ours), Some(theirs)) = (ours, theirs) {
            let weekday = match theirs.weekday() {
                time::Weekday::Monday => Weekday::Monday,
                time::Weekday::Tuesday => Weekday::Tuesday,
                time::Weekday::Wednesday => Weekday::Wednesday,
                time::Weekday::Thursday => Weekday::Thursday,
                time::Weekday::Friday => Weekday::Friday,
                time::Weekday::Saturday => Weekday::Saturday,
                time::Weekday::Sunday => Weekday::Sunday,
            };
            prop_assert_eq!(ours.weekday(), weekday);
            let text = format!("{year:04}-{month:02}-{day:02}");
            prop_assert_eq!(Date::parse(&text), Some(ours));
            if let Some(later) = theirs.checked_add(time::Duration::days(days)) {
                let moved = ours.add_days(days);
                if (1970..=9999).contains(&later.year()) {
                    prop_assert_eq!(
                        (i32::from(moved.year()), moved.month(), moved.day()),
                        (later.year(), u8::from(later.month()), later.day())
                    );
                    prop_assert_eq!(ours.days_until(moved), days);
                }
            }
        }
    }
}
