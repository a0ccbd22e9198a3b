//! Times extraction on adversarial documents at two sizes each, to show that
//! time follows size. Run in release mode:
//!
//! ```text
//! cargo run --release --example adversarial
//! ```

use std::time::Instant;

/// A pseudo-random sequence, so the documents are the same on every run.
struct Lcg(u64);

impl Lcg {
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        items[(self.0 >> 33) as usize % items.len()]
    }
}

/// Repeats pieces picked from `items` until the text has `bytes` bytes.
fn fill(bytes: usize, items: &[&str], seed: u64) -> String {
    let mut rng = Lcg(seed);
    let mut text = String::with_capacity(bytes + 64);
    while text.len() < bytes {
        text.push_str(rng.pick(items));
    }
    text
}

/// A document's name, how to make it at a size, and the two sizes.
type Case = (&'static str, Box<dyn Fn(usize) -> String>, [usize; 2]);

/// A capitalised word of its own for each `k`: `Bab`, `Cab`, … .
fn invented_name(mut k: usize) -> String {
    let mut name = String::from("B");
    loop {
        name.push(char::from(b'a' + (k % 26) as u8));
        k /= 26;
        if k == 0 {
            return name;
        }
    }
}

fn main() -> Result<(), sayso::Error> {
    let extractor = sayso::Extractor::new()?;
    let mb = 1 << 20;
    let cases: Vec<Case> = vec![
        (
            "quotation marks",
            Box::new(|n| fill(n, &["“", "”", "\"", "‘", "’", " ", "said ", "Ali "], 1)),
            [2 * mb + mb / 2, 5 * mb],
        ),
        (
            "no whitespace",
            Box::new(|n| {
                fill(
                    n,
                    &["Baghdad,", "Iraq.", "al-", "U.S.", "“", "Hewlêr", "x"],
                    2,
                )
            }),
            [2 * mb + mb / 2, 5 * mb],
        ),
        (
            "nested brackets and quotes",
            Box::new(|n| format!("{}{}", "(“[\"".repeat(n), "\"]”)".repeat(n))),
            [50_000, 100_000],
        ),
        (
            "capitalised words",
            Box::new(|n| {
                fill(
                    n,
                    &[
                        "Ali ", "Hamdani ", "Baghdad ", "Command ", "Agency ", "Saad ", "Maan ",
                        "Iraq ", ", ", "JOC ", "(JOC) ",
                    ],
                    3,
                )
            }),
            [mb / 2, mb],
        ),
        (
            "distinct speakers and namesakes",
            Box::new(|n| {
                let mut text = String::with_capacity(n + 100);
                let mut k = 0;
                while text.len() < n {
                    let name = invented_name(k);
                    text.push_str(&format!(
                        "It rained, and {name} said so. Ali {name} met Sara Smith and Omar \
                         Smith. Smith (2009) and {name} (2010) agreed. "
                    ));
                    k += 1;
                }
                text
            }),
            [mb / 2, mb],
        ),
        (
            "every line a title",
            Box::new(|n| "Maj. Gen. Saad Maan\n".repeat(n / 20)),
            [mb / 2, mb],
        ),
    ];
    println!("| document | size | time | MB/s | ratio of times |");
    println!("|---|---|---|---|---|");
    for (name, make, sizes) in cases {
        let mut previous = None;
        for size in sizes {
            let text = make(size);
            let start = Instant::now();
            let x = extractor.extract(&text);
            let seconds = start.elapsed().as_secs_f64();
            std::hint::black_box(&x);
            let ratio =
                previous.map_or(String::from("—"), |p: f64| format!("{:.2}", seconds / p));
            println!(
                "| {name} | {:.2} MB | {:.3} s | {:.1} | {ratio} |",
                text.len() as f64 / 1e6,
                seconds,
                text.len() as f64 / 1e6 / seconds
            );
            previous = Some(seconds);
        }
    }
    Ok(())
}
