//! A calendar date without a clock: the workshop agenda suggests a follow-up date, and the
//! domain cannot read the time, so the widget passes today's date in.

use crate::messages;
use crate::text::{fill, Locale};
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A calendar date (proleptic Gregorian), years 1 to 9999. The domain has no clock: the
/// widget passes today's date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// A day of the week.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    /// Monday.
    Monday,
    /// Tuesday.
    Tuesday,
    /// Wednesday.
    Wednesday,
    /// Thursday.
    Thursday,
    /// Friday.
    Friday,
    /// Saturday.
    Saturday,
    /// Sunday.
    Sunday,
}

impl Weekday {
    /// Every day of the week, Monday first.
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// The day's English name.
    pub fn name(self) -> &'static str {
        self.name_in(Locale::En)
    }

    /// The day's name in `locale`: "Monday", "Montag".
    pub fn name_in(self, locale: Locale) -> &'static str {
        let m = messages::team(locale);
        match self {
            Weekday::Monday => m.monday,
            Weekday::Tuesday => m.tuesday,
            Weekday::Wednesday => m.wednesday,
            Weekday::Thursday => m.thursday,
            Weekday::Friday => m.friday,
            Weekday::Saturday => m.saturday,
            Weekday::Sunday => m.sunday,
        }
    }

    /// Whether it is Monday to Friday.
    pub fn is_working_day(self) -> bool {
        !matches!(self, Weekday::Saturday | Weekday::Sunday)
    }
}

/// Days from 1970-01-01 to 0001-01-01 and to 9999-12-31.
const FIRST_DAY: i64 = -719_162;
const LAST_DAY: i64 = 2_932_896;

impl Date {
    /// The earliest date, 0001-01-01.
    pub const MIN: Date = Date {
        year: 1,
        month: 1,
        day: 1,
    };
    /// The latest date, 9999-12-31.
    pub const MAX: Date = Date {
        year: 9999,
        month: 12,
        day: 31,
    };

    /// The date, if it exists and its year is within `1..=9999`.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && (1..=days_in_month(year, month)).contains(&day);
        valid.then_some(Date { year, month, day })
    }

    /// Reads an ISO 8601 calendar date, `YYYY-MM-DD` exactly (what [`fmt::Display`] writes).
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u16> {
            let digits = text.get(range)?;
            digits
                .bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| digits.parse().ok())?
        };
        let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
        Date::new(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
    }

    /// The year, `1..=9999`.
    pub fn year(self) -> u16 {
        self.year
    }
    /// The month, `1..=12`.
    pub fn month(self) -> u8 {
        self.month
    }
    /// The day of the month, from 1.
    pub fn day(self) -> u8 {
        self.day
    }

    /// The date `days` later (earlier when negative), held within [`Date::MIN`] and
    /// [`Date::MAX`].
    pub fn add_days(self, days: i64) -> Date {
        Date::from_days(self.days().saturating_add(days))
    }

    /// The working day (Monday to Friday) `days` working days later; `0` gives this date.
    pub fn add_working_days(self, days: u32) -> Date {
        let mut date = self;
        let mut left = days;
        while left > 0 && date < Date::MAX {
            date = date.add_days(1);
            if date.weekday().is_working_day() {
                left -= 1;
            }
        }
        date
    }

    /// The date written out for readers of `locale`, with its weekday: "Friday 4 December
    /// 2026", "Freitag, 4. Dezember 2026". ([`fmt::Display`] writes ISO 8601.)
    pub fn long(self, locale: Locale) -> String {
        self.written(locale, messages::team(locale).long_date)
    }

    /// The date written out for readers of `locale`, without its weekday, where space is
    /// short (a choice in a list on a phone): "4 December 2026", "4. Dezember 2026".
    pub fn medium(self, locale: Locale) -> String {
        self.written(locale, messages::team(locale).medium_date)
    }

    /// The date in `template`'s form, with the month's name in `locale`.
    fn written(self, locale: Locale, template: &str) -> String {
        let m = messages::team(locale);
        let months = [
            m.january,
            m.february,
            m.march,
            m.april,
            m.may,
            m.june,
            m.july,
            m.august,
            m.september,
            m.october,
            m.november,
            m.december,
        ];
        let index = usize::from(self.month).saturating_sub(1);
        fill(
            template,
            &[
                ("weekday", &self.weekday().name_in(locale)),
                ("day", &self.day),
                ("month", &months.get(index).copied().unwrap_or("")),
                ("year", &self.year),
            ],
        )
    }

    /// How many days lie from this date to `other` (negative when `other` is earlier).
    pub fn days_until(self, other: Date) -> i64 {
        other.days() - self.days()
    }

    /// The day of the week.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday, index 3 from Monday.
        let index = (self.days() + 3).rem_euclid(7);
        usize::try_from(index)
            .ok()
            .and_then(|i| Weekday::ALL.get(i))
            .copied()
            .unwrap_or(Weekday::Monday)
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    fn days(self) -> i64 {
        let (month, day) = (i64::from(self.month), i64::from(self.day));
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date `days` after 1970-01-01, held within the range (`civil_from_days`).
    fn from_days(days: i64) -> Date {
        let z = days.clamp(FIRST_DAY, LAST_DAY) + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
        let month = if shifted_month < 10 {
            shifted_month + 3
        } else {
            shifted_month - 9
        };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        match (u16::try_from(year), u8::try_from(month), u8::try_from(day)) {
            (Ok(year), Ok(month), Ok(day)) => Date::new(year, month, day).unwrap_or(Date::MIN),
            _ => Date::MIN,
        }
    }
}

impl fmt::Display for Date {
    /// ISO 8601: `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    /// The ISO 8601 text, as a string.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    /// An ISO 8601 text, `YYYY-MM-DD` exactly ([`Date::parse`]).
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        struct DateVisitor;
        impl Visitor<'_> for DateVisitor {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date, YYYY-MM-DD")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Date, E> {
                Date::parse(text).ok_or_else(|| E::invalid_value(de::Unexpected::Str(text), &self))
            }
        }
        deserializer.deserialize_str(DateVisitor)
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn dates() {
        let date = |y, m, d| Date::new(y, m, d).unwrap();
        let weekdays: Vec<&str> = [
            date(1970, 1, 1),
            date(2000, 2, 29),
            date(2026, 11, 23),
            date(1, 1, 1),
            date(9999, 12, 31),
        ]
        .iter()
        .map(|d| d.weekday().name())
        .collect();
        assert_eq!(
            weekdays,
            ["Thursday", "Tuesday", "Monday", "Monday", "Friday"]
        );
        assert_eq!(Date::MIN.days(), FIRST_DAY);
        assert_eq!(Date::MAX.days(), LAST_DAY);
        assert_eq!(date(2026, 12, 31).add_days(1).to_string(), "2027-01-01");
        assert_eq!(date(2024, 2, 28).add_days(1).to_string(), "2024-02-29");
        assert_eq!(date(2100, 2, 28).add_days(1).to_string(), "2100-03-01");
        assert_eq!(date(2026, 3, 1).add_days(-1).to_string(), "2026-02-28");
        assert_eq!(Date::MAX.add_days(1), Date::MAX);
        assert_eq!(Date::MIN.add_days(i64::MIN), Date::MIN);
        assert_eq!(Date::MAX.add_days(i64::MAX), Date::MAX);
        assert_eq!(Date::MAX.add_working_days(3), Date::MAX);
        assert_eq!(date(7, 8, 9).to_string(), "0007-08-09");
        assert_eq!(Date::parse("2026-11-23"), Some(date(2026, 11, 23)));
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-1-01",
            "0000-01-01",
            "+202-01-01",
            "2024-01-01 ",
            "2024/01/01",
            "",
            "２０２４-01-01",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert_eq!(Date::new(2024, 4, 31), None);
        assert_eq!(Date::new(10000, 1, 1), None);
        assert_eq!(crate::json::to_string(&date(2026, 1, 5)), "\"2026-01-05\"");
        assert_eq!(date(2026, 12, 4).long(Locale::En), "Friday 4 December 2026");
        assert_eq!(date(2026, 3, 1).long(Locale::De), "Sonntag, 1. März 2026");
        assert_eq!(date(2026, 12, 4).medium(Locale::En), "4 December 2026");
        assert_eq!(date(2026, 3, 1).medium(Locale::De), "1. März 2026");
        for weekday in Weekday::ALL {
            crate::text::tests::check_localized(&format!("{weekday:?}"), false, |locale| {
                weekday.name_in(locale).to_owned()
            });
        }
        for month in 1..=12 {
            let date = date(2026, month, 1);
            assert_ne!(date.long(Locale::En), date.long(Locale::De));
            for locale in Locale::ALL {
                assert!(!date.long(locale).contains("  "), "{}", date.long(locale));
            }
        }
        assert_eq!(date(2026, 11, 23).add_working_days(0), date(2026, 11, 23));
        assert_eq!(date(2026, 11, 27).add_working_days(1), date(2026, 11, 30));
    }

    proptest! {
        #[test]
        fn days_add_up(days in 0i64..3_000_000, shift in -100_000i64..100_000) {
            let date = Date::from_days(FIRST_DAY + days);
            let moved = date.add_days(shift);
            if (FIRST_DAY..=LAST_DAY).contains(&(date.days() + shift)) {
                prop_assert_eq!(date.days_until(moved), shift);
                prop_assert_eq!(moved.add_days(-shift), date);
            }
            prop_assert_eq!(Date::parse(&date.to_string()), Some(date));
            prop_assert_eq!(date.cmp(&moved), 0.cmp(&date.days_until(moved)));
            let weekday = Weekday::ALL[usize::try_from((date.days() + 3).rem_euclid(7)).unwrap()];
            prop_assert_eq!(date.weekday(), weekday);
        }

    }
}
