// Temporary probe, not committed.
use aho_corasick::{AhoCorasick, MatchKind};
use std::hint::black_box;
#[inline(never)]
fn scan_all(ac: &AhoCorasick, docs: &[String]) -> usize {
    docs.iter()
        .map(|d| ac.find_iter(black_box(d.as_str())).count())
        .sum()
}
#[inline(never)]
fn sayso_all(ex: &sayso::Extractor, docs: &[String]) -> usize {
    docs.iter()
        .map(|d| ex.extract(black_box(d)).mentions().len())
        .sum()
}
fn main() {
    let which = std::env::args().nth(1).unwrap();
    let news = include_str!("../benches/data/us-gov-news.txt");
    let docs: Vec<String> = news.split("\n\n").map(str::to_owned).collect();
    let ex = sayso::Extractor::new().unwrap();
    if which == "scan" {
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(sayso::stages::alias_patterns(&ex))
            .unwrap();
        let t = std::time::Instant::now();
        let mut n = 0;
        for _ in 0..20 {
            n += scan_all(&ac, &docs);
        }
        eprintln!("scan {n} {:?}", t.elapsed() / 20);
    } else if which == "bench" {
        sayso::stages::forget_spellings();
        ex.extract(include_str!("../benches/data/uk-gov-news.txt"));
        let known = sayso::stages::remembered_spellings();
        let big = vec![news.to_owned()];
        let set = if std::env::args().nth(2).as_deref() == Some("big") {
            &big
        } else {
            &docs
        };
        let t = std::time::Instant::now();
        let mut n = 0;
        for _ in 0..20 {
            sayso::stages::forget_spellings_after(known);
            n += sayso_all(&ex, set);
        }
        eprintln!("bench {n} {:?}", t.elapsed() / 20);
    } else {
        sayso_all(&ex, &docs);
        let t = std::time::Instant::now();
        let mut n = 0;
        for _ in 0..20 {
            n += sayso_all(&ex, &docs);
        }
        eprintln!("sayso {n} {:?}", t.elapsed() / 20);
    }
}
