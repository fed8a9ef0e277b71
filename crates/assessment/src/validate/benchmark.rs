//! The optional benchmark: a label, a date and a source, and figures for the overall score
//! and for dimensions, each resting on at least five organisations, with quartiles that
//! never fall or a count for each level that adds up.

use super::known::Known;
use super::path::{Obj, Path};
use super::phrases::{describe, thousands};
use super::Problems;
use crate::benchmark::{Benchmark, Figure, MAX_ORGANISATIONS, MIN_RESPONDENTS};
use crate::json::Entries;
use crate::questionnaire::LEVELS;
use crate::Date;
use json_positions::Value;

const BENCHMARK_FIELDS: &[&str] = &["label", "date", "source", "overall", "dimensions"];
const FIGURE_FIELDS: &[&str] = &["organisations", "quartiles", "distribution"];

impl Problems {
    /// The `"benchmark"` field: `Some(None)` when the file has none.
    pub(super) fn benchmark(&mut self, obj: &Obj<'_>, known: &Known) -> Option<Option<Benchmark>> {
        let Some((path, value)) = obj.get("benchmark") else {
            return Some(None);
        };
        let obj = self.object(value, &path, BENCHMARK_FIELDS)?;
        let label = self.req_text(&obj, "label");
        let date = self
            .required(&obj, "date")
            .and_then(|(path, value)| self.date(&path, value));
        let source = self.req_text(&obj, "source");
        let overall = self
            .required(&obj, "overall")
            .and_then(|(path, value)| self.figure(&path, value));
        let dimensions = match obj.get("dimensions") {
            None => Some(Vec::new()),
            Some((path, value)) => self.benchmark_dimensions(&path, value, known),
        };
        Some(Some(Benchmark {
            date: date?,
            dimensions: Entries(dimensions?),
            label: label?,
            overall: overall?,
            source: source?,
        }))
    }

    fn date(&mut self, path: &Path, value: &Value) -> Option<Date> {
        if let Value::String(text) = value {
            if let Some(date) = Date::parse(text.trim()) {
                return Some(date);
            }
        }
        let message = format!(
            "This must be a date written as YYYY-MM-DD, such as \"2026-03-31\", but it is {}; change it.",
            describe(value)
        );
        self.report(path, message);
        None
    }

    /// The dimensions' figures, keyed by dimension id, in the questionnaire's order.
    fn benchmark_dimensions(
        &mut self,
        path: &Path,
        value: &Value,
        known: &Known,
    ) -> Option<Vec<(String, Figure)>> {
        let Value::Object(fields) = value else {
            self.wrong_type(
                path,
                value,
                "a group of fields in curly braces { … }, one for each dimension's id",
            );
            return None;
        };
        let mut all = Some(Vec::with_capacity(fields.len()));
        for (position, (id, value)) in fields.iter().enumerate() {
            let at = path.field(id, position);
            let figure = self.figure(&at, value);
            let repeated = fields
                .iter()
                .take(position)
                .any(|(earlier, _)| earlier == id);
            let resolves = match &known.dimensions {
                Some(dimensions) if !dimensions.contains(id) => {
                    self.missing(&at, id, dimensions, "dimension", "the dimensions");
                    false
                }
                _ => true,
            };
            if repeated {
                let message =
                    format!("The dimension \"{id}\" appears twice here; keep only one of them.");
                self.report(&at, message);
            }
            match (&mut all, figure) {
                (Some(all), Some(figure)) if resolves && !repeated => {
                    all.push((id.clone(), figure));
                }
                _ => all = None,
            }
        }
        let mut all = all?;
        let order = |id: &String| {
            known
                .dimension_order
                .iter()
                .position(|d| d == id)
                .unwrap_or(usize::MAX)
        };
        crate::order::sort_by(&mut all, |a, b| order(&a.0).cmp(&order(&b.0)));
        Some(all)
    }

    fn figure(&mut self, path: &Path, value: &Value) -> Option<Figure> {
        let obj = self.object(value, path, FIGURE_FIELDS)?;
        let organisations = self.required(&obj, "organisations").and_then(|(path, value)| {
            let n = self.whole(&path, value, 0, i128::from(MAX_ORGANISATIONS))?;
            let n = u32::try_from(n).ok()?;
            if n < MIN_RESPONDENTS {
                let message = format!(
                    "A figure must rest on at least {MIN_RESPONDENTS} organisations, so that none of them can be recognised in it, but this one rests on {n}; gather more results or leave this figure out."
                );
                self.report(&path, message);
                return None;
            }
            Some(n)
        });
        let quartiles = match obj.get("quartiles") {
            None => Some(None),
            Some((path, value)) => self.quartiles(&path, value).map(Some),
        };
        let distribution = match (obj.get("distribution"), organisations) {
            (None, _) => Some(None),
            (Some((path, value)), organisations) => {
                self.distribution(&path, value, organisations).map(Some)
            }
        };
        if obj.get("quartiles").is_none() && obj.get("distribution").is_none() {
            let message = "A figure needs \"quartiles\" (the first quartile, the median and the third quartile of the 0-100 scores), \"distribution\" (how many organisations reached each of the five levels), or both; add one.";
            self.report(path, message.to_owned());
            return None;
        }
        Some(Figure {
            distribution: distribution?,
            organisations: organisations?,
            quartiles: quartiles?,
        })
    }

    fn quartiles(&mut self, path: &Path, value: &Value) -> Option<[u8; 3]> {
        let items = self.list(path, value, "quartile", "quartiles", 3, 3)?;
        let read = self.each(path, items, |p, _, path, value| {
            p.whole(path, value, 0, 100)
                .and_then(|n| u8::try_from(n).ok())
        })?;
        let [first, median, third] = <[u8; 3]>::try_from(read).ok()?;
        let mut ok = true;
        for (index, (before, after)) in [(first, median), (median, third)].into_iter().enumerate() {
            if after < before {
                let message = format!(
                    "Quartiles never fall, but this one is {after}, below the one before it ({before}); list the first quartile, the median and the third quartile, lowest first."
                );
                self.report(&path.item(index + 1), message);
                ok = false;
            }
        }
        ok.then_some([first, median, third])
    }

    fn distribution(
        &mut self,
        path: &Path,
        value: &Value,
        organisations: Option<u32>,
    ) -> Option<[u32; LEVELS as usize]> {
        let levels = usize::from(LEVELS);
        let items = self.list(path, value, "count", "counts", levels, levels)?;
        let read = self.each(path, items, |p, _, path, value| {
            p.whole(path, value, 0, i128::from(MAX_ORGANISATIONS))
                .and_then(|n| u32::try_from(n).ok())
        })?;
        let counts = <[u32; LEVELS as usize]>::try_from(read).ok()?;
        let sum: u64 = counts.iter().map(|&n| u64::from(n)).sum();
        if let Some(organisations) = organisations {
            if sum != u64::from(organisations) {
                let message = format!(
                    "These counts of organisations at levels 1 to 5 add up to {}, but \"organisations\" is {}; they must be the same.",
                    thousands(usize::try_from(sum).unwrap_or(usize::MAX)),
                    thousands(usize::try_from(organisations).unwrap_or(usize::MAX))
                );
                self.report(path, message);
                return None;
            }
        }
        Some(counts)
    }
}
