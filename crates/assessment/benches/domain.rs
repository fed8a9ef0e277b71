//! How long the domain takes for what the widget does: parse and validate the built-in
//! questionnaire, read its compiled files back, score one respondent, encode and decode a
//! share code, and read and aggregate a team of 10 to 10,000 respondents, add one
//! respondent to a team of 1,000 (recomputed, and with the running tally), and write its
//! workshop agenda.
//!
//! `cargo bench -p assessment --bench domain -- --warm-up-time 1 --measurement-time 2`

use assessment::team::{aggregate, read_entries, workshop_agenda, TeamTally};
use assessment::{report, share, Answer, Answers, Date, Level, Locale, ProfileKind, Questionnaire};
use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;

/// The team sizes the team view is measured at.
const TEAM_SIZES: [usize; 4] = [10, 100, 1_000, 10_000];

fn built_in() -> Questionnaire {
    match Questionnaire::parse(assessment::BUILT_IN_JSON) {
        Ok(q) => q,
        Err(problems) => panic!("the built-in questionnaire is invalid: {problems:?}"),
    }
}

/// A small deterministic generator (64-bit LCG), so every run measures the same answers.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

/// Respondent `seed`'s answers: mostly levels, some "not sure" and unanswered, a department
/// and a role.
fn respondent(q: &Questionnaire, seed: u64) -> Answers {
    let mut rng = Lcg(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ 0x5eed);
    let mut answers = Answers::new(q);
    for index in 0..q.questions().len() {
        let answer = match rng.below(8) {
            0 => None,
            1 => Some(Answer::NotSure),
            n => Level::new(u8::try_from(n - 1).unwrap_or(1)).map(Answer::Level),
        };
        answers.set(index, answer);
    }
    for (index, p) in q.profile().iter().enumerate() {
        if matches!(p.kind, ProfileKind::Department | ProfileKind::Role) {
            answers.set_profile_checked(q, index, Some(rng.below(p.options.len())));
        }
    }
    answers
}

/// `n` respondents' share codes, one a line, as they would be pasted.
fn pasted_codes(q: &Questionnaire, n: usize) -> String {
    let codes: Vec<String> = (0..n as u64)
        .map(|seed| share::encode(q, &respondent(q, seed)))
        .collect();
    codes.join("\n")
}

fn single(c: &mut Criterion) {
    let q = built_in();
    let answers = respondent(&q, 7);
    let code = share::encode(&q, &answers);
    c.bench_function("questionnaire/parse built-in", |b| {
        b.iter(|| Questionnaire::parse(black_box(assessment::BUILT_IN_JSON)))
    });
    // What the widget reads at its start (the start file) and the results screen reads
    // with the first answer (the whole file): the files `cargo xtask build` writes.
    let whole = assessment::compiled::write(&q);
    let start = assessment::compiled::write_start(&q);
    c.bench_function("compiled/read start file", |b| {
        b.iter(|| assessment::compiled::read(black_box(&start)))
    });
    c.bench_function("compiled/read whole file", |b| {
        b.iter(|| assessment::compiled::read(black_box(&whole)))
    });
    c.bench_function("report/report", |b| {
        b.iter(|| report(black_box(&q), black_box(&answers)))
    });
    c.bench_function("share/encode", |b| {
        b.iter(|| share::encode(black_box(&q), black_box(&answers)))
    });
    c.bench_function("share/decode", |b| {
        b.iter(|| share::decode(black_box(&q), black_box(&code)))
    });
}

fn team(c: &mut Criterion) {
    let q = built_in();
    let today = Date::new(2026, 11, 23).unwrap_or(Date::MIN);
    let mut group = c.benchmark_group("team");
    group.sample_size(20);
    for n in TEAM_SIZES {
        let text = pasted_codes(&q, n);
        let input = read_entries(&q, &text);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(
            BenchmarkId::new("read_entries+aggregate", n),
            &text,
            |b, text| {
                b.iter(|| {
                    let input = read_entries(&q, black_box(text));
                    aggregate(&q, input.answers())
                })
            },
        );
        group.bench_with_input(BenchmarkId::new("aggregate", n), &input, |b, input| {
            b.iter(|| aggregate(&q, black_box(input).answers()))
        });
    }
    group.finish();

    // One more respondent for a team of 1,000: aggregating all 1,001 again (as the team
    // view did) against adding one to a running tally and making the report from it.
    let input = read_entries(&q, &pasted_codes(&q, 1_000));
    let extra = respondent(&q, 1_000_001);
    let mut tally = TeamTally::new(&q);
    for answers in input.answers() {
        tally.add(&q, answers);
    }
    let mut group = c.benchmark_group("team/add one to 1000");
    group.sample_size(20);
    group.bench_function("recompute", |b| {
        b.iter(|| aggregate(&q, input.answers().chain([black_box(&extra)])))
    });
    group.bench_function("incremental", |b| {
        b.iter_batched(
            || tally.clone(),
            |mut tally| {
                tally.add(&q, black_box(&extra));
                tally.report_in(&q, Locale::En)
            },
            BatchSize::SmallInput,
        )
    });
    group.finish();

    let team = aggregate(&q, input.answers());
    c.bench_function("team/workshop_agenda of 1000", |b| {
        b.iter(|| workshop_agenda(&q, black_box(&team), today))
    });
}

criterion_group!(benches, single, team);
criterion_main!(benches);
