//! Benchmarks a consultant provides: how other organisations scored, so a result can be
//! placed among them ("in the second quartile of 48 organisations in …").
//!
//! A questionnaire may carry one optional [`Benchmark`] (the file's `"benchmark"` field,
//! checked by the validator like every other field and again by [`compiled`](crate::compiled)):
//! a figure for the overall score and, optionally, one for each dimension. Each figure says
//! how many organisations it rests on (at least [`MIN_RESPONDENTS`]) and gives the quartiles
//! of their scores, how many of them reached each level, or both. The built-in
//! questionnaire ships none: figures come from a consultant, never from Silo Check.
//!
//! [`place`] puts one score against a figure and [`placements`] a whole report against the
//! questionnaire's benchmark; [`Placement::sentence`] says it in words. [`from_scores`]
//! writes a benchmark from many respondents' reports, refusing any figure that rests on
//! fewer than five of them, in exactly the form the `"benchmark"` field accepts.
//!
//! [`Benchmark`] and [`Figure`] are parts of the compiled questionnaire, so their serde
//! form is a list of their fields' values, as every part's is (no field names to match in
//! the widget's WebAssembly); [`file_text`] writes the file's form, with field names. The
//! fields of every type here are declared alphabetically (ARCHITECTURE.md, `json.rs`).

use crate::json::Entries;
use crate::messages;
use crate::questionnaire::{DimensionId, Level, Questionnaire, LEVELS};
use crate::report::{Report, MAX_SCORE};
use crate::text::{fill, Locale};
use crate::Date;
use serde::Serialize;
use serde_tuple::{Deserialize_tuple, Serialize_tuple};

/// The fewest respondents (organisations) a figure may rest on: fewer could be recognised.
pub const MIN_RESPONDENTS: u32 = 5;

/// The most organisations a figure may claim.
pub const MAX_ORGANISATIONS: u32 = 1_000_000;

/// A benchmark, as the questionnaire file's `"benchmark"` field holds it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize_tuple, Deserialize_tuple)]
pub struct Benchmark {
    /// When the figures were taken (ISO 8601, `YYYY-MM-DD`).
    pub date: Date,
    /// A figure for some of the dimensions, by dimension id; in the questionnaire's order
    /// once validated. May be empty.
    pub dimensions: Entries<Figure>,
    /// Whose results they are, for people: "Acme's 2026 client base".
    pub label: String,
    /// The overall score's figure.
    pub overall: Figure,
    /// Where the figures come from, for people: who collected them and how.
    pub source: String,
}

/// How some organisations' scores spread: quartiles, a count for each level, or both.
#[derive(Clone, Debug, PartialEq, Eq, Serialize_tuple, Deserialize_tuple)]
pub struct Figure {
    /// How many organisations reached each level, level 1 first; they add up to
    /// `organisations`.
    pub distribution: Option<[u32; LEVELS as usize]>,
    /// How many organisations the figure rests on, at least [`MIN_RESPONDENTS`].
    pub organisations: u32,
    /// The first quartile, the median and the third quartile of their 0-100 scores, which
    /// never fall.
    pub quartiles: Option<[u8; 3]>,
}

/// Where a score stands against one [`Figure`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Placement {
    /// From the distribution, when the figure has one: how many organisations reached a
    /// lower level, the same level, and a higher one.
    pub levels: Option<LevelStanding>,
    /// How many organisations the figure rests on.
    pub organisations: u32,
    /// From the quartiles, when the figure has them: 1 (the lowest quarter) to 4 (the
    /// top quarter). A score equal to a quartile counts in the quarter above it.
    pub quartile: Option<u8>,
}

/// How many organisations of a distribution are below, at and above a level.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct LevelStanding {
    /// At a higher level.
    pub above: u32,
    /// At a lower level.
    pub below: u32,
    /// At the same level.
    pub same: u32,
}

/// A whole report placed against a questionnaire's benchmark.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Placements {
    /// When the benchmark's figures were taken.
    pub date: Date,
    /// The dimensions that have both a score and a figure, in questionnaire order.
    pub dimensions: Vec<DimensionPlacement>,
    /// The benchmark's label.
    pub label: String,
    /// The overall score's placement, when the report has an overall score.
    pub overall: Option<Placement>,
    /// The benchmark's source.
    pub source: String,
}

/// One dimension's placement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DimensionPlacement {
    /// Which dimension.
    pub dimension: DimensionId,
    /// Where its score stands.
    pub placement: Placement,
}

impl Figure {
    /// Whether the figure upholds the format's rules: at least [`MIN_RESPONDENTS`] and at
    /// most [`MAX_ORGANISATIONS`] organisations, quartiles or a distribution, quartiles
    /// within 0-100 that never fall, a distribution that adds up to `organisations`.
    pub fn is_valid(&self) -> bool {
        let organisations = (MIN_RESPONDENTS..=MAX_ORGANISATIONS).contains(&self.organisations);
        let quartiles = self
            .quartiles
            .is_none_or(|[a, b, c]| a <= b && b <= c && c <= MAX_SCORE);
        let distribution = self.distribution.is_none_or(|counts| {
            counts.iter().map(|&n| u64::from(n)).sum::<u64>() == u64::from(self.organisations)
        });
        organisations
            && quartiles
            && distribution
            && (self.quartiles.is_some() || self.distribution.is_some())
    }
}

impl Benchmark {
    /// The figure for a dimension, if the benchmark has one.
    pub fn dimension(&self, id: &DimensionId) -> Option<&Figure> {
        self.dimensions
            .0
            .iter()
            .find(|(key, _)| key == id.as_str())
            .map(|(_, figure)| figure)
    }

    /// Every rule the format has for a benchmark, against its questionnaire, or the first
    /// one broken (for [`compiled`](crate::compiled), which cannot name a JSON path).
    pub(crate) fn check(&self, questionnaire: &Questionnaire) -> Result<(), String> {
        let dimensions = questionnaire.dimensions();
        let position = |id: &str| dimensions.iter().position(|d| d.id.as_str() == id);
        let mut previous: Option<usize> = None;
        let mut sound = self.overall.is_valid()
            && !self.label.trim().is_empty()
            && !self.source.trim().is_empty();
        for (id, figure) in &self.dimensions.0 {
            // Each names one of the questionnaire's dimensions, in its order, once.
            let at = position(id);
            sound &= at.is_some() && at > previous && figure.is_valid();
            previous = at;
        }
        if sound {
            Ok(())
        } else {
            // One sentence for every rule: the build validated the file with paths.
            Err("its benchmark breaks the format's rules".into())
        }
    }
}

/// Where `score` (at `level` on the questionnaire's scale) stands against `figure`.
pub fn place(figure: &Figure, score: u8, level: Level) -> Placement {
    let quartile = figure.quartiles.map(|[first, median, third]| {
        if score < first {
            1
        } else if score < median {
            2
        } else if score < third {
            3
        } else {
            4
        }
    });
    let levels = figure.distribution.map(|counts| {
        let mut standing = LevelStanding {
            above: 0,
            below: 0,
            same: 0,
        };
        for (at, n) in Level::all().zip(counts) {
            let slot = match at.cmp(&level) {
                std::cmp::Ordering::Less => &mut standing.below,
                std::cmp::Ordering::Equal => &mut standing.same,
                std::cmp::Ordering::Greater => &mut standing.above,
            };
            *slot = slot.saturating_add(n);
        }
        standing
    });
    Placement {
        levels,
        organisations: figure.organisations,
        quartile,
    }
}

/// The report placed against the questionnaire's benchmark, or `None` when the
/// questionnaire has none (so nothing is shown).
pub fn placements(questionnaire: &Questionnaire, report: &Report) -> Option<Placements> {
    let benchmark = questionnaire.benchmark()?;
    let overall = report
        .overall
        .as_ref()
        .map(|o| place(&benchmark.overall, o.score, o.level));
    let dimensions = report
        .dimensions
        .iter()
        .filter_map(|d| {
            let figure = benchmark.dimension(&d.dimension)?;
            let placement = place(figure, d.score?, d.level?);
            Some(DimensionPlacement {
                dimension: d.dimension.clone(),
                placement,
            })
        })
        .collect();
    Some(Placements {
        date: benchmark.date,
        dimensions,
        label: benchmark.label.clone(),
        overall,
        source: benchmark.source.clone(),
    })
}

impl Placement {
    /// Where the score stands, in one sentence in `locale`: by quartile when the figure
    /// has quartiles, else by level. `label` is the benchmark's label.
    pub fn sentence(&self, label: &str, locale: Locale) -> String {
        let m = messages::progress(locale);
        let n = locale.number(usize::try_from(self.organisations).unwrap_or(usize::MAX));
        let count = |n: u32| locale.number(usize::try_from(n).unwrap_or(usize::MAX));
        match (self.quartile, self.levels) {
            (Some(quartile), _) => {
                let template = match quartile {
                    1 => m.benchmark_quartile_1,
                    2 => m.benchmark_quartile_2,
                    3 => m.benchmark_quartile_3,
                    _ => m.benchmark_quartile_4,
                };
                fill(template, &[("n", &n), ("label", &label)])
            }
            (None, Some(levels)) => fill(
                m.benchmark_levels,
                &[
                    ("n", &n),
                    ("label", &label),
                    ("below", &count(levels.below)),
                    ("same", &count(levels.same)),
                    ("above", &count(levels.above)),
                ],
            ),
            (None, None) => fill(m.benchmark_quartile_none, &[("n", &n), ("label", &label)]),
        }
    }
}

impl Placements {
    /// Where the figures come from, in one sentence in `locale`: the label, date and source.
    pub fn source_sentence(&self, locale: Locale) -> String {
        fill(
            messages::progress(locale).benchmark_source,
            &[
                ("label", &self.label),
                ("date", &self.date),
                ("source", &self.source),
            ],
        )
    }
}

/// A benchmark written from many respondents' reports ([`from_reports`]), with what had to
/// be left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    /// The benchmark, ready for a questionnaire's `"benchmark"` field.
    pub benchmark: Benchmark,
    /// The dimensions left out because fewer than [`MIN_RESPONDENTS`] respondents scored
    /// them, with how many did, in questionnaire order.
    pub left_out: Vec<(DimensionId, u32)>,
}

/// Why no benchmark could be written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BenchmarkError {
    /// Fewer than [`MIN_RESPONDENTS`] respondents have an overall score.
    TooFew {
        /// How many have one.
        respondents: u32,
    },
}

impl BenchmarkError {
    /// The message in `locale`, for the consultant.
    pub fn message(&self, locale: Locale) -> String {
        match *self {
            BenchmarkError::TooFew { respondents } => fill(
                messages::team(locale).benchmark_too_few,
                &[
                    (
                        "n",
                        &locale.number(usize::try_from(respondents).unwrap_or(usize::MAX)),
                    ),
                    ("min", &MIN_RESPONDENTS),
                ],
            ),
        }
    }
}

impl std::fmt::Display for BenchmarkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Locale::En))
    }
}

impl std::error::Error for BenchmarkError {}

/// What the benchmark says about itself: for people, as [`Benchmark`]'s fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct About {
    /// [`Benchmark::label`].
    pub label: String,
    /// [`Benchmark::source`].
    pub source: String,
    /// [`Benchmark::date`].
    pub date: Date,
}

/// Writes a benchmark from respondents' reports (one respondent a report, each counted as
/// one organisation): anonymised, as it holds only quartiles and counts, and refusing any
/// figure that rests on fewer than [`MIN_RESPONDENTS`] of them: the whole benchmark when
/// fewer have an overall score, a dimension when fewer scored it (it is then left out and
/// listed in [`Written::left_out`]).
///
/// Quartiles are by nearest rank: the `k`-th quartile of `n` sorted scores is the one at
/// rank ⌈k·n/4⌉, always a score someone had. Levels are counted on the questionnaire's
/// scale.
pub fn from_reports<'a>(
    questionnaire: &Questionnaire,
    reports: impl IntoIterator<Item = &'a Report>,
    about: About,
) -> Result<Written, BenchmarkError> {
    let dimensions = questionnaire.dimensions();
    let mut overall = Histogram::default();
    let mut per_dimension = vec![Histogram::default(); dimensions.len()];
    for report in reports {
        if let Some(o) = &report.overall {
            overall.add(o.score, o.level);
        }
        for (histogram, result) in per_dimension.iter_mut().zip(&report.dimensions) {
            if let (Some(score), Some(level)) = (result.score, result.level) {
                histogram.add(score, level);
            }
        }
    }
    if overall.count < MIN_RESPONDENTS {
        return Err(BenchmarkError::TooFew {
            respondents: overall.count,
        });
    }
    let mut kept = Vec::new();
    let mut left_out = Vec::new();
    for (d, histogram) in dimensions.iter().zip(&per_dimension) {
        match histogram.figure() {
            Some(figure) => kept.push((d.id.as_str().to_owned(), figure)),
            None => left_out.push((d.id.clone(), histogram.count)),
        }
    }
    let overall = overall.figure().ok_or(BenchmarkError::TooFew {
        respondents: overall.count,
    })?;
    Ok(Written {
        benchmark: Benchmark {
            date: about.date,
            dimensions: Entries(kept),
            label: about.label,
            overall,
            source: about.source,
        },
        left_out,
    })
}

/// [`from_reports`] of each respondent's [`report`](crate::report::report).
pub fn from_answers<'a>(
    questionnaire: &Questionnaire,
    respondents: impl IntoIterator<Item = &'a crate::Answers>,
    about: About,
) -> Result<Written, BenchmarkError> {
    let reports: Vec<Report> = respondents
        .into_iter()
        .map(|answers| crate::report::report(questionnaire, answers))
        .collect();
    from_reports(questionnaire, &reports, about)
}

/// The benchmark as the text to paste as the value of the questionnaire's `"benchmark"`
/// field (formatted JSON). In a file of several languages, the label and the source are
/// written once for each of `questionnaire`'s languages (the same words, to translate), as
/// the format asks of every text for people.
pub fn file_text(benchmark: &Benchmark, questionnaire: &Questionnaire) -> String {
    /// A text for people: plain, or the same words for each language.
    enum Words<'a> {
        Plain(&'a str),
        Each(&'a [String], &'a str),
    }
    impl Serialize for Words<'_> {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            match self {
                Words::Plain(text) => serializer.serialize_str(text),
                Words::Each(languages, text) => {
                    serializer.collect_map(languages.iter().map(|tag| (tag, text)))
                }
            }
        }
    }
    /// [`Benchmark`]'s fields, in its order, with their names.
    #[derive(Serialize)]
    struct File<'a> {
        date: Date,
        dimensions: Entries<Named<'a>>,
        label: Words<'a>,
        overall: Named<'a>,
        source: Words<'a>,
    }
    /// [`Figure`]'s fields, with their names; a part it does not have is left out.
    #[derive(Serialize)]
    struct Named<'a> {
        #[serde(skip_serializing_if = "Option::is_none")]
        distribution: Option<&'a [u32; LEVELS as usize]>,
        organisations: u32,
        #[serde(skip_serializing_if = "Option::is_none")]
        quartiles: Option<&'a [u8; 3]>,
    }
    fn named(f: &Figure) -> Named<'_> {
        Named {
            distribution: f.distribution.as_ref(),
            organisations: f.organisations,
            quartiles: f.quartiles.as_ref(),
        }
    }
    let languages = questionnaire.languages();
    let text = |text| match languages {
        [_] | [] => Words::Plain(text),
        many => Words::Each(many, text),
    };
    crate::json::to_pretty(&File {
        date: benchmark.date,
        dimensions: Entries(
            benchmark
                .dimensions
                .0
                .iter()
                .map(|(id, figure)| (id.clone(), named(figure)))
                .collect(),
        ),
        label: text(&benchmark.label),
        overall: named(&benchmark.overall),
        source: text(&benchmark.source),
    })
}

/// How many respondents had each score and each level.
#[derive(Clone, Debug)]
struct Histogram {
    scores: [u32; MAX_SCORE as usize + 1],
    levels: [u32; LEVELS as usize],
    count: u32,
}

impl Default for Histogram {
    fn default() -> Histogram {
        Histogram {
            scores: [0; MAX_SCORE as usize + 1],
            levels: [0; LEVELS as usize],
            count: 0,
        }
    }
}

impl Histogram {
    fn add(&mut self, score: u8, level: Level) {
        if let Some(slot) = self.scores.get_mut(usize::from(score)) {
            *slot = slot.saturating_add(1);
            *level.of_mut(&mut self.levels) += 1;
            self.count = self.count.saturating_add(1);
        }
    }

    /// The score at `rank` (counting from 1) in ascending order.
    fn at_rank(&self, rank: u32) -> u8 {
        let mut seen = 0u32;
        for (score, &n) in (0..=MAX_SCORE).zip(&self.scores) {
            seen = seen.saturating_add(n);
            if seen >= rank {
                return score;
            }
        }
        MAX_SCORE
    }

    /// The figure, or `None` when it would rest on fewer than [`MIN_RESPONDENTS`].
    fn figure(&self) -> Option<Figure> {
        if self.count < MIN_RESPONDENTS {
            return None;
        }
        let n = u64::from(self.count);
        let rank = |k: u64| u32::try_from((k * n).div_ceil(4)).unwrap_or(u32::MAX);
        Some(Figure {
            distribution: Some(self.levels),
            organisations: self.count,
            quartiles: Some([
                self.at_rank(rank(1)),
                self.at_rank(rank(2)),
                self.at_rank(rank(3)),
            ]),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::report;
    use crate::testing::{answers, level, tiny};

    fn figure(
        organisations: u32,
        quartiles: Option<[u8; 3]>,
        distribution: Option<[u32; 5]>,
    ) -> Figure {
        Figure {
            distribution,
            organisations,
            quartiles,
        }
    }

    #[test]
    fn a_score_falls_in_the_quarter_of_its_quartiles() {
        let f = figure(48, Some([30, 50, 70]), None);
        let quartile = |score| place(&f, score, level(1)).quartile;
        assert_eq!(quartile(0), Some(1));
        assert_eq!(quartile(29), Some(1));
        assert_eq!(quartile(30), Some(2));
        assert_eq!(quartile(49), Some(2));
        assert_eq!(quartile(50), Some(3));
        assert_eq!(quartile(70), Some(4));
        assert_eq!(quartile(100), Some(4));
        assert_eq!(place(&f, 40, level(2)).levels, None);
    }

    #[test]
    fn a_level_is_placed_in_the_distribution() {
        let f = figure(20, None, Some([2, 5, 8, 4, 1]));
        let p = place(&f, 55, level(3));
        assert_eq!(p.quartile, None);
        assert_eq!(
            p.levels,
            Some(LevelStanding {
                below: 7,
                same: 8,
                above: 5
            })
        );
        assert_eq!(
            p.sentence("Acme's clients", Locale::En),
            "7 of 20 organisations in Acme's clients reached a lower level, 8 the same and 5 a higher one."
        );
    }

    #[test]
    fn sentences_name_the_quartile_and_the_benchmark() {
        let f = figure(48, Some([30, 50, 70]), None);
        let p = place(&f, 40, level(2));
        assert_eq!(
            p.sentence("Acme's 2026 client base", Locale::En),
            "In the second quartile of 48 organisations in Acme's 2026 client base."
        );
        assert!(p
            .sentence("Acme", Locale::De)
            .contains("zweiten Quartil von 48 Organisationen"));
        let top = place(&f, 90, level(5)).sentence("Acme", Locale::En);
        assert!(top.starts_with("In the top quartile"), "{top}");
    }

    #[test]
    fn figures_follow_the_rules() {
        assert!(figure(5, Some([0, 0, 100]), None).is_valid());
        assert!(figure(5, None, Some([1, 1, 1, 1, 1])).is_valid());
        assert!(!figure(4, Some([10, 20, 30]), None).is_valid(), "too few");
        assert!(!figure(5, Some([30, 20, 40]), None).is_valid(), "falling");
        assert!(!figure(5, Some([30, 40, 101]), None).is_valid(), "over 100");
        assert!(!figure(5, None, Some([1, 1, 1, 1, 2])).is_valid(), "sum");
        assert!(!figure(5, None, None).is_valid(), "nothing");
    }

    fn about() -> About {
        About {
            label: "Test clients".into(),
            source: "Workshops".into(),
            date: Date::new(2026, 3, 31).unwrap(),
        }
    }

    #[test]
    fn a_benchmark_needs_five_respondents_for_each_figure() {
        let q = tiny();
        // Listening (the last question) is answered by four respondents only.
        let specs = ["11111", "22222", "3333?", "4444?", "55555", "1234?"];
        let reports: Vec<Report> = specs.iter().map(|s| report(&q, &answers(&q, s))).collect();
        let written = from_reports(&q, &reports, about()).unwrap();
        let b = &written.benchmark;
        assert_eq!(b.overall.organisations, 6);
        let keys: Vec<&str> = b.dimensions.0.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["ownership", "process"]);
        assert_eq!(
            written.left_out,
            [(crate::testing::dimension("listening"), 3)]
        );
        // Ownership scores: 0, 25, 50, 75, 100, 13 → sorted 0 13 25 50 75 100; ranks 2, 3, 5.
        assert_eq!(
            b.dimension(&crate::testing::dimension("ownership"))
                .unwrap()
                .quartiles,
            Some([13, 25, 75])
        );
        assert!(b.overall.is_valid());
        assert_eq!(b.check(&q), Ok(()));

        let four = from_reports(&q, reports.iter().take(4), about());
        assert_eq!(four, Err(BenchmarkError::TooFew { respondents: 4 }));
        assert_eq!(
            BenchmarkError::TooFew { respondents: 4 }.to_string(),
            "A benchmark needs at least 5 respondents with an overall score, so that no figure points to one organisation; there are 4."
        );
    }

    /// The built-in questionnaire with `"benchmark": text` added.
    fn built_in_with(text: &str) -> Result<Questionnaire, Vec<crate::Problem>> {
        let body = crate::BUILT_IN_JSON
            .trim_end()
            .strip_suffix('}')
            .unwrap_or_default();
        Questionnaire::parse(&format!("{body},\"benchmark\":{text}}}"))
    }

    /// Respondents of the built-in questionnaire: respondent `i` answers every question at
    /// level `i % 5 + 1`, except that only the first `scored` answer the first dimension.
    fn respondents(q: &Questionnaire, n: usize, scored: usize) -> Vec<crate::Answers> {
        let first = &q.dimensions()[0].id;
        (0..n)
            .map(|i| {
                let mut a = crate::Answers::new(q);
                for (index, question) in q.questions().iter().enumerate() {
                    let answer = if &question.dimension == first && i >= scored {
                        crate::Answer::NotSure
                    } else {
                        crate::Answer::Level(level(u8::try_from(i % 5 + 1).unwrap()))
                    };
                    a.set(index, Some(answer));
                }
                a
            })
            .collect()
    }

    #[test]
    fn an_exported_benchmark_is_accepted_by_the_questionnaire_it_came_from() {
        let q = Questionnaire::parse(crate::BUILT_IN_JSON).unwrap();
        assert_eq!(
            q.benchmark(),
            None,
            "the built-in questionnaire ships no benchmark"
        );
        let team = respondents(&q, 7, 4);
        let written = from_answers(&q, &team, about()).unwrap();
        // The first dimension rests on four respondents only: left out.
        assert_eq!(written.left_out, [(q.dimensions()[0].id.clone(), 4)]);
        assert_eq!(
            written.benchmark.dimensions.0.len(),
            q.dimensions().len() - 1
        );
        let text = file_text(&written.benchmark, &q);
        assert!(
            text.contains(
                "\"label\": {\n    \"en\": \"Test clients\",\n    \"de\": \"Test clients\""
            ),
            "{text}"
        );
        let with = built_in_with(&text).unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(with.benchmark(), Some(&written.benchmark));
        // And the respondents are placed against it.
        let r = report(&with, &team[0]);
        let placed = placements(&with, &r).unwrap();
        // Overall scores 0, 0, 25, 25, 50, 75, 100: the first quartile is 0, and a score
        // equal to a quartile counts in the quarter above it.
        assert_eq!(written.benchmark.overall.quartiles, Some([0, 25, 75]));
        assert_eq!(placed.overall.and_then(|p| p.quartile), Some(2));
        // The compiled form carries it.
        let compiled = crate::compiled::read(&crate::compiled::write(&with)).unwrap();
        assert_eq!(compiled.benchmark(), Some(&written.benchmark));
        assert_eq!(crate::compiled::start_of(&with).benchmark(), None);
    }

    #[test]
    fn an_export_of_fewer_than_five_is_refused() {
        let q = Questionnaire::parse(crate::BUILT_IN_JSON).unwrap();
        for n in 0..5 {
            let team = respondents(&q, n, n);
            assert_eq!(
                from_answers(&q, &team, about()),
                Err(BenchmarkError::TooFew {
                    respondents: u32::try_from(n).unwrap()
                })
            );
        }
    }

    #[test]
    fn a_report_is_placed_only_where_the_benchmark_has_a_figure() {
        let mut q = tiny();
        let r = report(&q, &answers(&q, "33333"));
        assert_eq!(placements(&q, &r), None, "no benchmark, nothing shown");
        q.benchmark = Some(Benchmark {
            date: Date::new(2026, 3, 31).unwrap(),
            dimensions: Entries(vec![(
                "process".into(),
                figure(9, Some([10, 20, 30]), None),
            )]),
            label: "Peers".into(),
            overall: figure(12, Some([40, 60, 80]), Some([2, 2, 4, 2, 2])),
            source: "Survey".into(),
        });
        let p = placements(&q, &r).unwrap();
        let overall = p.overall.clone().unwrap();
        assert_eq!(overall.quartile, Some(2));
        assert_eq!(overall.levels.map(|l| l.same), Some(4));
        assert_eq!(p.dimensions.len(), 1);
        assert_eq!(p.dimensions[0].placement.quartile, Some(4));
        assert_eq!(
            p.source_sentence(Locale::En),
            "Benchmark: Peers, 2026-03-31. Source: Survey."
        );
    }
}
