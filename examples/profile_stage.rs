fn main() {
    let e = sayso::Extractor::new().unwrap();
    let text = include_str!("../benches/data/us-gov-news.txt").repeat(4);
    let mut a = sayso::stages::Analyzed::default();
    let mut n = 0;
    for _ in 0..60 {
        n += sayso::stages::analyze(&e, &text, &mut a);
    }
    println!("{n}");
}
