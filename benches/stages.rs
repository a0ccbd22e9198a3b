//! One criterion group per stage of the pipeline, on real news text.
//!
//! Corpora (see `benches/data/README.md`): `article` is one CENTCOM press
//! release, `us-gov-news` 45 CENTCOM and US State Department texts, and
//! `us-gov-news-x16` the same repeated sixteen times, for a steady state;
//! `udhr` is the Universal Declaration of Human Rights in eight languages and
//! six scripts, for the paths that leave ASCII. `end_to_end` also extracts
//! the paragraphs of `us-gov-news` one by one, as separate documents.
//!
//! A thread remembers the spellings of the documents it has extracted.
//! No iteration here knows those of the text it measures, so a corpus is
//! measured as a document never seen, not as its own repetition: the stage
//! groups start from no spelling, `end_to_end` both from none and from
//! those of other news.

use std::hint::black_box;

use aho_corasick::{AhoCorasick, MatchKind};
use criterion::{BatchSize, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use sayso::{Extractor, stages};

fn corpora() -> Vec<(&'static str, String)> {
    let news = include_str!("data/us-gov-news.txt");
    vec![
        (
            "article",
            include_str!("../examples/data/centcom-sdf-patches.txt").to_owned(),
        ),
        ("us-gov-news", news.to_owned()),
        ("us-gov-news-x16", news.repeat(16)),
        ("udhr", include_str!("data/udhr.txt").to_owned()),
    ]
}

fn build(c: &mut Criterion) {
    let mut group = c.benchmark_group("build");
    group.sample_size(10);
    group.bench_function("bundled", |b| {
        b.iter(|| black_box(Extractor::new().unwrap()))
    });
    group.finish();
}

fn tokenize(c: &mut Criterion) {
    let extractor = Extractor::new().unwrap();
    let mut group = c.benchmark_group("tokenize");
    for (name, text) in corpora() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        let mut analyzed = stages::Analyzed::default();
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, text| {
            b.iter(|| stages::analyze(&extractor, black_box(text), &mut analyzed))
        });
    }
    group.finish();
}

fn matching(c: &mut Criterion) {
    let extractor = Extractor::new().unwrap();
    let mut group = c.benchmark_group("match");
    for (name, text) in corpora() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        let mut analyzed = stages::Analyzed::default();
        stages::analyze(&extractor, &text, &mut analyzed);
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, text| {
            b.iter(|| stages::scan(&extractor, black_box(text), &analyzed))
        });
    }
    group.finish();
}

/// sayso's whole job beside the baseline it must beat: a plain
/// leftmost-longest `aho-corasick` scan of the text with the same folded
/// alias set (case-insensitive, the usual hand-rolled gazetteer matcher).
///
/// sayso runs two ways. `sayso` is a thread at work: it has read other
/// news (`uk-gov-news`), and each iteration forgets what the measured text
/// taught it, so the text is unseen but common words are known.
/// `sayso-first-document` is a thread's first document: no spelling known.
fn end_to_end(c: &mut Criterion) {
    let extractor = Extractor::new().unwrap();
    let baseline = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .build(stages::alias_patterns(&extractor))
        .unwrap();
    let mut group = c.benchmark_group("end_to_end");
    let mut inputs: Vec<(&str, Vec<String>)> = corpora()
        .into_iter()
        .map(|(name, text)| (name, vec![text]))
        .collect();
    // A stream of short documents: each paragraph of the news corpus on
    // its own, in order.
    let news = include_str!("data/us-gov-news.txt");
    let stream = news.split("\n\n").map(str::to_owned).collect();
    inputs.push(("us-gov-news-paragraphs", stream));
    for (name, documents) in &inputs {
        let bytes = documents.iter().map(String::len).sum::<usize>();
        group.throughput(Throughput::Bytes(bytes as u64));
        let extract_all = || {
            documents
                .iter()
                .map(|d| extractor.extract(black_box(d)).mentions().len())
                .sum::<usize>()
        };
        group.bench_function(BenchmarkId::new("sayso", name), |b| {
            let known = prime(&extractor);
            b.iter_batched(
                || stages::forget_spellings_after(known),
                |()| extract_all(),
                BatchSize::PerIteration,
            )
        });
        group.bench_function(BenchmarkId::new("sayso-first-document", name), |b| {
            b.iter_batched(
                stages::forget_spellings,
                |()| extract_all(),
                BatchSize::PerIteration,
            )
        });
        group.bench_function(BenchmarkId::new("aho-corasick-scan", name), |b| {
            b.iter(|| {
                documents
                    .iter()
                    .map(|d| baseline.find_iter(black_box(d.as_str())).count())
                    .sum::<usize>()
            })
        });
    }
    group.finish();
}

/// Makes this thread read other news than the corpora measured, from no
/// spelling known; returns how many spellings it then knows.
fn prime(extractor: &Extractor) -> usize {
    stages::forget_spellings();
    extractor.extract(include_str!("data/uk-gov-news.txt"));
    stages::remembered_spellings()
}

/// Resolution alone: choosing entries, discovering unknown names, clustering
/// variants, on documents already tokenized and scanned.
fn resolve(c: &mut Criterion) {
    let extractor = Extractor::new().unwrap();
    let mut group = c.benchmark_group("resolve");
    for (name, text) in corpora() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        let mut scanned = stages::Scanned::default();
        stages::analyze_and_scan(&extractor, &text, &mut scanned);
        let mut resolved = stages::Resolved::default();
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, text| {
            b.iter(|| stages::resolve(&extractor, black_box(text), &scanned, &mut resolved))
        });
    }
    group.finish();
}

/// Quotation finding and attribution alone, on documents already resolved.
fn quotes(c: &mut Criterion) {
    let extractor = Extractor::new().unwrap();
    let mut group = c.benchmark_group("quotes");
    for (name, text) in corpora() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        let mut scanned = stages::Scanned::default();
        stages::analyze_and_scan(&extractor, &text, &mut scanned);
        let mut resolved = stages::Resolved::default();
        stages::resolve(&extractor, &text, &scanned, &mut resolved);
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, text| {
            b.iter(|| stages::quotes(&extractor, black_box(text), &scanned, &mut resolved))
        });
    }
    group.finish();
}

criterion_group!(
    benches, build, tokenize, matching, resolve, quotes, end_to_end
);
criterion_main!(benches);
