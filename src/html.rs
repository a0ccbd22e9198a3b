//! A self-contained HTML page of an article: its entities highlighted, its
//! quotations shaded by speaker, and a side list of who is named and who
//! said what.
//!
//! The page needs no script and no external asset. Every piece of the
//! article's text is escaped, so an article can never inject markup.
//!
//! ```
//! let extractor = sayso::Extractor::shared()?;
//! let text = "“We stay,” said Maj. Gen. Saad Maan in Baghdad.";
//! let page = sayso::html::page("Example", text, &extractor.extract(text));
//! assert!(page.starts_with("<!DOCTYPE html>"));
//! assert!(page.contains("Saad Maan"));
//! # Ok::<(), sayso::Error>(())
//! ```

use std::fmt::Write;

use crate::entities::{Entity, EntityKind};
use crate::extract::Extraction;
use crate::quotes::{Quote, QuoteKind};
use crate::span::Span;

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    escape_into(text, &mut out);
    out
}

fn escape_into(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// A hue for entity number `n`, spread by the golden angle so that
/// neighbours differ.
fn hue(n: usize) -> u32 {
    ((n as f64 * 137.508) % 360.0) as u32
}

const STYLE: &str = r#"
:root { color-scheme: light; font-family: Georgia, 'DejaVu Serif', serif; }
body { margin: 0; background: #fafaf7; color: #1d1d1b; }
header { padding: 1.2rem 2rem; background: #24303a; color: #f5f5f0; }
header h1 { margin: 0; font-size: 1.35rem; font-weight: normal; }
header p { margin: .3rem 0 0; font: .85rem/1.3 system-ui, sans-serif; opacity: .8; }
main { display: flex; gap: 2rem; padding: 1.5rem 2rem; align-items: flex-start; }
article { flex: 1 1 36rem; max-width: 46rem; font-size: 1.05rem; line-height: 1.75; }
article p { margin: 0 0 1rem; }
aside { flex: 0 0 20rem; font: .9rem/1.45 system-ui, sans-serif; position: sticky; top: 1rem; }
aside h2 { font-size: .8rem; letter-spacing: .08em; text-transform: uppercase; color: #5b636a; margin: 1.2rem 0 .4rem; }
aside ul { list-style: none; margin: 0; padding: 0; }
aside li { margin: .15rem 0; padding: .15rem .4rem; border-left: 4px solid hsl(var(--h) 55% 45%); background: hsl(var(--h) 70% 95%); }
aside li small { color: #5b636a; }
aside a { color: inherit; }
.m { color: inherit; text-decoration: none; background: hsl(var(--h) 80% 88%); border-bottom: 2px solid hsl(var(--h) 60% 38%); border-radius: 2px; padding: 0 1px; }
.m.organization { border-bottom-style: double; border-bottom-width: 3px; }
.m.place { border-bottom-style: dotted; }
.q { background: hsl(var(--h) 65% 93%); box-shadow: inset 3px 0 0 hsl(var(--h) 55% 50%); padding: .05rem .15rem; }
.q.indirect { background: none; box-shadow: none; border-bottom: 1px dashed hsl(var(--h) 55% 50%); }
.who { font: .72rem/1 system-ui, sans-serif; color: hsl(var(--h) 60% 30%); background: hsl(var(--h) 70% 90%); border-radius: 3px; padding: .05rem .3rem; margin-left: .2rem; white-space: nowrap; }
.spk { outline: 2px solid hsl(var(--h) 60% 40%); outline-offset: 1px; border-radius: 2px; }
.cue { text-decoration: underline wavy #8a6d1f; text-underline-offset: 3px; }
.legend span { margin-right: .8rem; }
table { border-collapse: collapse; font: .9rem/1.4 system-ui, sans-serif; margin: 1.5rem 2rem; }
th, td { text-align: left; padding: .35rem .8rem; border-bottom: 1px solid #ddd; vertical-align: top; }
th { font-size: .75rem; text-transform: uppercase; letter-spacing: .06em; color: #5b636a; }
"#;

/// One layer of markup over a span of the text.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
enum Layer {
    Quote(usize),
    Speaker(usize),
    Mention(usize),
    Cue,
}

impl Layer {
    /// Outer layers open first when spans start together.
    fn depth(self) -> u8 {
        match self {
            Layer::Quote(_) => 0,
            Layer::Speaker(_) => 1,
            Layer::Mention(_) => 2,
            Layer::Cue => 3,
        }
    }
}

/// The name a quotation's speaker goes by on the page, and its hue.
fn speaker_label(x: &Extraction, text: &str, q: &Quote) -> (String, u32) {
    match q.speaker() {
        Some(s) => match s.entity().and_then(|id| x.entity(id)) {
            Some(e) => (e.name().to_owned(), hue(e.id().as_usize())),
            None => (
                text[s.span()]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
                30,
            ),
        },
        None => ("unattributed".to_owned(), 0),
    }
}

/// Renders one article as a complete HTML page.
pub fn page(title: &str, text: &str, x: &Extraction) -> String {
    let mut out = String::with_capacity(text.len() * 3 + 8192);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    let _ = write!(
        out,
        "<title>{}</title><style>{STYLE}</style></head><body>",
        escape(title)
    );
    let quotes = x
        .quotes()
        .iter()
        .filter(|q| q.kind() != QuoteKind::Indirect)
        .count();
    let _ = write!(
        out,
        "<header><h1>{}</h1><p>{} entities · {} mentions · {} quotations · \
         <span class=\"legend\"><span>solid: person</span><span>double: organization</span>\
         <span>dotted: place</span><span>wavy: speech cue</span><span>boxed: the speaker's mention</span></span></p></header>",
        escape(title),
        x.entities().len(),
        x.mentions().len(),
        quotes
    );
    out.push_str("<main><article>");
    body(text, x, &mut out);
    out.push_str("</article>");
    side(text, x, &mut out);
    out.push_str("</main></body></html>\n");
    out
}

/// The article, paragraph by paragraph, with its markup.
fn body(text: &str, x: &Extraction, out: &mut String) {
    // Every span with its layer; quotes outermost.
    let mut spans: Vec<(Span, Layer)> = Vec::new();
    for (i, q) in x.quotes().iter().enumerate() {
        let shown = if q.kind() == QuoteKind::Indirect {
            q.span()
        } else {
            with_marks(text, q.span())
        };
        spans.push((shown, Layer::Quote(i)));
        if let Some(s) = q.speaker() {
            spans.push((s.span(), Layer::Speaker(i)));
        }
        if let Some(cue) = q.cue() {
            spans.push((cue, Layer::Cue));
        }
    }
    for (i, m) in x.mentions().iter().enumerate() {
        spans.push((m.span(), Layer::Mention(i)));
    }
    spans.retain(|(s, _)| {
        !s.is_empty()
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    });
    spans.sort_by_key(|(s, l)| (s.start, std::cmp::Reverse(s.end), l.depth()));
    // The same speaker span may serve several quotations: mark it once.
    spans.dedup_by(|a, b| {
        a.0 == b.0
            && matches!(
                (a.1, b.1),
                (Layer::Speaker(_), Layer::Speaker(_)) | (Layer::Cue, Layer::Cue)
            )
    });

    let mut open: Vec<(Span, Layer)> = Vec::new();
    let mut at = 0;
    let mut next = spans.iter().peekable();
    out.push_str("<p>");
    loop {
        // The next position where something opens or closes.
        let close_at = open.iter().map(|(s, _)| s.end).min();
        let open_at = next.peek().map(|(s, _)| s.start);
        let Some(pos) = [close_at, open_at].into_iter().flatten().min() else {
            break;
        };
        write_text(&text[at..pos], &open, x, text, out);
        at = pos;
        // Close everything that ends here, with the layers opened after
        // it, and reopen those of them that go on.
        if let Some(i) = open.iter().position(|(s, _)| s.end == pos) {
            let popped: Vec<(Span, Layer)> = open.drain(i..).collect();
            for (span, layer) in popped.iter().rev() {
                close_tag(*layer, x, text, out, span.end > pos);
            }
            for item in popped.into_iter().filter(|(s, _)| s.end > pos) {
                open_tag(item.1, x, text, out);
                open.push(item);
            }
            continue;
        }
        if let Some(&&(span, layer)) = next.peek() {
            if span.start == pos {
                next.next();
                open_tag(layer, x, text, out);
                open.push((span, layer));
            }
        }
    }
    write_text(&text[at..], &open, x, text, out);
    out.push_str("</p>");
}

/// A quotation's span widened to the quotation marks right around it, so
/// that the shading and the speaker's label sit outside the marks.
fn with_marks(text: &str, span: Span) -> Span {
    let is_mark = |c: char| matches!(c, '"' | '“' | '”' | '«' | '»' | '„' | '‘' | '’' | '\'');
    let mut out = span;
    if let Some(c) = text.get(..span.start).and_then(|t| t.chars().next_back()) {
        if is_mark(c) {
            out.start -= c.len_utf8();
        }
    }
    if let Some(c) = text.get(span.end..).and_then(|t| t.chars().next()) {
        if is_mark(c) {
            out.end += c.len_utf8();
        }
    }
    out
}

/// Writes text, turning newlines into paragraph breaks (closing and
/// reopening the layers that span them).
fn write_text(piece: &str, open: &[(Span, Layer)], x: &Extraction, text: &str, out: &mut String) {
    let mut lines = piece.split('\n').peekable();
    while let Some(line) = lines.next() {
        escape_into(line, out);
        if lines.peek().is_some() {
            for (_, layer) in open.iter().rev() {
                close_tag(*layer, x, text, out, true);
            }
            out.push_str("</p>\n<p>");
            for (_, layer) in open {
                open_tag(*layer, x, text, out);
            }
        }
    }
}

fn open_tag(layer: Layer, x: &Extraction, text: &str, out: &mut String) {
    match layer {
        Layer::Quote(i) => {
            let q = &x.quotes()[i];
            let (_, h) = speaker_label(x, text, q);
            let kind = match q.kind() {
                QuoteKind::Indirect => "q indirect",
                _ => "q",
            };
            let _ = write!(out, "<span class=\"{kind}\" style=\"--h:{h}\">");
        }
        Layer::Speaker(i) => {
            let (_, h) = speaker_label(x, text, &x.quotes()[i]);
            let _ = write!(out, "<span class=\"spk\" style=\"--h:{h}\">");
        }
        Layer::Mention(i) => {
            let m = &x.mentions()[i];
            let Some(e) = x.entity(m.entity()) else {
                out.push_str("<span>");
                return;
            };
            let _ = write!(
                out,
                "<a class=\"m {}\" href=\"#{}\" style=\"--h:{}\" title=\"{} · {}\">",
                e.kind(),
                e.id(),
                hue(e.id().as_usize()),
                escape(e.name()),
                e.kind()
            );
        }
        Layer::Cue => out.push_str("<span class=\"cue\">"),
    }
}

fn close_tag(layer: Layer, x: &Extraction, text: &str, out: &mut String, broken: bool) {
    match layer {
        Layer::Quote(i) => {
            out.push_str("</span>");
            if !broken {
                let q = &x.quotes()[i];
                let (name, h) = speaker_label(x, text, q);
                let _ = write!(
                    out,
                    "<span class=\"who\" style=\"--h:{h}\">{}</span>",
                    escape(&name)
                );
            }
        }
        Layer::Mention(i) => {
            let known = x.entity(x.mentions()[i].entity()).is_some();
            out.push_str(if known { "</a>" } else { "</span>" });
        }
        Layer::Speaker(_) | Layer::Cue => out.push_str("</span>"),
    }
}

/// The side list: entities by kind with their counts and identifiers, and
/// who said what.
fn side(text: &str, x: &Extraction, out: &mut String) {
    out.push_str("<aside>");
    let mut mentions = vec![0usize; x.entities().len()];
    for m in x.mentions() {
        if let Some(c) = mentions.get_mut(m.entity().as_usize()) {
            *c += 1;
        }
    }
    let mut said = vec![0usize; x.entities().len()];
    for q in x.quotes() {
        if let Some(id) = q.speaker().and_then(|s| s.entity()) {
            if let Some(c) = said.get_mut(id.as_usize()) {
                *c += 1;
            }
        }
    }
    for (kind, heading) in [
        (EntityKind::Person, "People"),
        (EntityKind::Organization, "Organizations"),
        (EntityKind::Place, "Places"),
    ] {
        let mut of_kind: Vec<&Entity> = x.entities().iter().filter(|e| e.kind() == kind).collect();
        if of_kind.is_empty() {
            continue;
        }
        of_kind.sort_by_key(|e| std::cmp::Reverse(mentions[e.id().as_usize()]));
        let _ = write!(out, "<h2>{heading}</h2><ul>");
        for e in of_kind {
            let n = e.id().as_usize();
            let _ = write!(
                out,
                "<li id=\"{}\" style=\"--h:{}\"><b>{}</b> <small>×{}",
                e.id(),
                hue(n),
                escape(e.name()),
                mentions[n]
            );
            if said[n] > 0 {
                let _ = write!(out, " · {} quoted", said[n]);
            }
            match e.gazetteer_id() {
                Some(gid) => {
                    let _ = write!(out, " · {}", identifier_link(gid));
                }
                None => out.push_str(" · discovered"),
            }
            out.push_str("</small></li>");
        }
        out.push_str("</ul>");
    }
    let quotes: Vec<&Quote> = x
        .quotes()
        .iter()
        .filter(|q| q.kind() != QuoteKind::Indirect)
        .collect();
    if !quotes.is_empty() {
        out.push_str("<h2>Who said what</h2><ul>");
        for q in quotes {
            let (name, h) = speaker_label(x, text, q);
            let said: String = text[q.span()].chars().take(90).collect();
            let more = if text[q.span()].chars().count() > 90 {
                "…"
            } else {
                ""
            };
            let _ = write!(
                out,
                "<li style=\"--h:{h}\"><b>{}</b>: “{}{more}”</li>",
                escape(&name),
                escape(&said)
            );
        }
        out.push_str("</ul>");
    }
    out.push_str("</aside>");
}

/// A gazetteer identifier, linked to its registry when it has one.
fn identifier_link(id: &str) -> String {
    let url = if let Some(n) = id.strip_prefix("geonames:") {
        Some(format!("https://www.geonames.org/{n}"))
    } else {
        id.strip_prefix("wikidata:")
            .map(|q| format!("https://www.wikidata.org/wiki/{q}"))
    };
    match url {
        Some(url) => format!("<a href=\"{}\">{}</a>", escape(&url), escape(id)),
        None => escape(id),
    }
}

/// One row of the index page.
#[derive(Clone, Debug)]
pub struct IndexRow {
    /// The article's title or file name.
    pub title: String,
    /// The page's file name, relative to the index.
    pub href: String,
    /// The people, organizations and places it names, most mentioned first.
    pub people: Vec<String>,
    /// See `people`.
    pub organizations: Vec<String>,
    /// See `people`.
    pub places: Vec<String>,
    /// The number of quotations (direct and partial).
    pub quotes: usize,
}

impl IndexRow {
    /// The row for an article and its extraction.
    pub fn new(title: &str, href: &str, x: &Extraction) -> IndexRow {
        let mut counts = vec![0usize; x.entities().len()];
        for m in x.mentions() {
            if let Some(c) = counts.get_mut(m.entity().as_usize()) {
                *c += 1;
            }
        }
        let names = |kind: EntityKind| {
            let mut es: Vec<&Entity> = x.entities().iter().filter(|e| e.kind() == kind).collect();
            es.sort_by_key(|e| std::cmp::Reverse(counts[e.id().as_usize()]));
            es.iter().map(|e| e.name().to_owned()).collect()
        };
        IndexRow {
            title: title.to_owned(),
            href: href.to_owned(),
            people: names(EntityKind::Person),
            organizations: names(EntityKind::Organization),
            places: names(EntityKind::Place),
            quotes: x
                .quotes()
                .iter()
                .filter(|q| q.kind() != QuoteKind::Indirect)
                .count(),
        }
    }
}

/// The index page of a set of article pages.
pub fn index(rows: &[IndexRow]) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>sayso: {} articles</title><style>{STYLE}</style></head><body>\
         <header><h1>{} articles</h1></header><table><tr><th>Article</th><th>People</th><th>Organizations</th><th>Places</th><th>Quotes</th></tr>",
        rows.len(),
        rows.len()
    );
    let list = |names: &[String]| {
        let shown: Vec<String> = names.iter().take(6).map(|n| escape(n)).collect();
        let more = names.len().saturating_sub(6);
        if more > 0 {
            format!("{} <small>+{more}</small>", shown.join(", "))
        } else {
            shown.join(", ")
        }
    };
    for r in rows {
        let _ = write!(
            out,
            "<tr><td><a href=\"{}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&r.href),
            escape(&r.title),
            list(&r.people),
            list(&r.organizations),
            list(&r.places),
            r.quotes
        );
    }
    out.push_str("</table></body></html>\n");
    out
}
