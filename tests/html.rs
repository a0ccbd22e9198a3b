//! The HTML view: structure, escaping, and a real browser's rendering.

use std::process::Command;

use sayso::html;

use crate::test_extractor;

const ARTICLE: &str = "Baghdad talks <b>resume</b>\n\
“We stay & we fight,” Senator Maria Lopez said on Monday.\n\
Karim Nouri, the ministry spokesman, said the Islamic State (IS) \"lost\" ground near Erbil.\n\
<script>alert('x')</script> “The border is secure,” he added.";

/// The article's part of the page with the speaker labels and tags
/// removed and the entities decoded: the original text again.
fn visible_text(page: &str) -> String {
    let article = &page[page.find("<article>").unwrap() + 9..page.find("</article>").unwrap()];
    let mut out = String::new();
    let mut rest = article;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let tag_end = rest[lt..].find('>').unwrap() + lt + 1;
        if rest[lt..].starts_with("<span class=\"who\"") {
            // Skip the label and its text.
            rest = &rest[tag_end..];
            rest = &rest[rest.find("</span>").unwrap() + 7..];
        } else {
            rest = &rest[tag_end..];
        }
    }
    out.push_str(rest);
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[test]
fn every_mention_and_quote_is_on_the_page() {
    let x = test_extractor().extract(ARTICLE);
    let page = html::page("Talks", ARTICLE, &x);
    assert_eq!(page.matches("<a class=\"m ").count(), x.mentions().len());
    assert_eq!(
        page.matches("<span class=\"who\"").count(),
        x.quotes().len()
    );
    for e in x.entities() {
        assert!(
            page.contains(&format!("<li id=\"{}\"", e.id())),
            "{} in the side list",
            e.name()
        );
    }
    assert!(page.contains("Maria Lopez</b>: “We stay &amp; we fight,”"));
}

#[test]
fn article_text_is_escaped_and_round_trips() {
    let x = test_extractor().extract(ARTICLE);
    let page = html::page("Talks <b>", ARTICLE, &x);
    assert!(!page.contains("<script>") && !page.contains("<b>resume"));
    assert!(page.contains("<title>Talks &lt;b&gt;</title>"));
    assert_eq!(visible_text(&page), ARTICLE);
}

#[test]
fn index_lists_articles_with_counts() {
    let x = test_extractor().extract(ARTICLE);
    let row = html::IndexRow::new("Talks & more", "talks.html", &x);
    assert_eq!(row.people, ["Maria Lopez", "Karim Nouri"]);
    let page = html::index(&[row]);
    assert!(page.contains("<a href=\"talks.html\">Talks &amp; more</a>"));
    assert!(page.contains("<td>Maria Lopez, Karim Nouri</td>"));
}

/// Renders a page in headless Chromium and checks the screenshot: a PNG of
/// the window's size that is not blank. Runs where `SAYSO_BROWSER` names
/// the browser (CI installs Debian's `chromium` and sets it).
#[test]
fn a_browser_renders_the_page() {
    let Ok(browser) = std::env::var("SAYSO_BROWSER") else {
        eprintln!("SAYSO_BROWSER is not set: the browser check is skipped");
        return;
    };
    let dir = std::env::temp_dir().join(format!("sayso-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page_path = dir.join("article.html");
    let shot = dir.join("shot.png");
    let x = test_extractor().extract(ARTICLE);
    std::fs::write(&page_path, html::page("Talks", ARTICLE, &x)).unwrap();
    let profile = dir.join("profile");
    let status = Command::new(&browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            "--window-size=1200,800",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!("file://{}", page_path.display()))
        .status()
        .expect("the browser starts");
    assert!(status.success(), "the browser exits cleanly");
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&shot).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut pixels).unwrap();
    assert_eq!((info.width, info.height), (1200, 800));
    let pixels = &pixels[..info.buffer_size()];
    let step = info.color_type.samples();
    let mut colours: Vec<&[u8]> = pixels.chunks(step).collect();
    colours.sort_unstable();
    colours.dedup();
    assert!(
        colours.len() > 50,
        "a rendered page has many colours, found {}",
        colours.len()
    );
    let _ = std::fs::remove_dir_all(&dir);
}
