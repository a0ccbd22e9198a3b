//! Pairing quotation marks.
//!
//! Marks are paired paragraph by paragraph on the token table: curly and
//! straight double quotes, guillemets, low-high marks (`„…“`), a single
//! mark written twice for a double one (`''…''`, ``` ``…'' ```, `‘‘…’’`)
//! and, where no double quote is open, single quotes used as the outer
//! marks. Single quotes inside a double quotation are part of it, never a
//! quotation of their own.
//!
//! Curly marks close what curly marks open, and straight marks what
//! straight marks open (`"` by position, `''` and ``` `` ``` alike): a
//! pair of the other style inside a quotation is a nested one, part of it
//! (`“He wrote "late" on it,”`). Writers do mix the styles (`“We stay,"
//! he said`), so a mark of the other style closes the quotation when its
//! own closing mark does not come next, before any opening mark; when it
//! does, a closing mark of the other style is stray (`“a 40" screen,”`),
//! never a close. An opening mark of the other style with no own closing
//! mark to come means the first mark was stray, as a second opening mark
//! of the same style always does.
//!
//! A quotation that runs over paragraphs opens each with a mark and closes
//! only the last; each paragraph of it is a quotation of its own, those
//! before the last running unclosed to the end of their paragraph. Any
//! opening mark that never closes is bounded by its paragraph, and dropped
//! when that would make a quotation longer than [`MAX_UNCLOSED_TOKENS`]
//! (one stray mark never swallows an article) unless the next paragraph
//! opens with a mark, as a continued quotation does.
//!
//! Not every mark is a quotation mark. An apostrophe neither opens nor
//! closes: inside a word (`Iraq’s`), after the `s` of a plural possessive
//! before a lower-case word (`the troops’ bases`), before a year (`’90s`)
//! or around one letter (`rock ’n’ roll`). Nor do marks inside a markup
//! tag (`<blockquote class="…">`), or a mark written against `=`
//! (`data-id="…"`) and the next mark of its style, which delimit an
//! attribute value.

use crate::text::{Analysis, Class, Token, TokenRange};

/// The longest quotation, in tokens, taken from an opening mark that is
/// never closed.
pub(crate) const MAX_UNCLOSED_TOKENS: usize = 200;

/// A pair of marks and what lies between them.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Marked {
    /// The opening mark (its first token when a single mark written twice
    /// stands for it).
    pub(crate) open: usize,
    /// The closing mark (its last token when written twice), or the end of
    /// the paragraph when there is none.
    pub(crate) close: usize,
    /// The tokens between the marks.
    pub(crate) inside: TokenRange,
    /// Whether a closing mark was found.
    pub(crate) closed: bool,
}

#[derive(Clone, Copy, Debug, Eq, PartialEq)]
enum Mark {
    /// `“`, `«`, `‘‘`: opens, or closes a quotation opened by `„`.
    Open,
    /// `„`.
    LowOpen,
    /// `”`, `»`, `’’`.
    Close,
    /// `"`, `''`: opens or closes by position.
    Either,
    /// ``` `` ```: opens, in the style of TeX and the treebanks.
    StraightOpen,
    /// `‘`, `` ` ``.
    SingleOpen,
    /// `’`, `'` when not inside a word.
    SingleEither,
}

/// Which marks close what a mark opens.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
enum Style {
    Curly,
    Straight,
    Single,
}

impl Mark {
    fn style(self) -> Style {
        match self {
            Mark::Open | Mark::LowOpen | Mark::Close => Style::Curly,
            Mark::Either | Mark::StraightOpen => Style::Straight,
            Mark::SingleOpen | Mark::SingleEither => Style::Single,
        }
    }
}

fn mark(s: &str) -> Option<Mark> {
    Some(match s {
        "\u{201C}" | "\u{00AB}" | "\u{FF02}" => Mark::Open,
        "\u{201E}" => Mark::LowOpen,
        "\u{201D}" | "\u{00BB}" => Mark::Close,
        "\"" => Mark::Either,
        "\u{2018}" | "`" => Mark::SingleOpen,
        "\u{2019}" | "'" => Mark::SingleEither,
        _ => return None,
    })
}

/// The double mark that the single mark `s` written twice stands for.
fn doubled(s: &str) -> Option<Mark> {
    Some(match s {
        "\u{2018}" => Mark::Open,
        "\u{2019}" => Mark::Close,
        "'" => Mark::Either,
        "`" => Mark::StraightOpen,
        _ => return None,
    })
}

/// A quotation mark as pairing reads it: one token, or two when a single
/// mark written twice stands for a double one.
#[derive(Clone, Copy, Debug)]
struct Event {
    first: usize,
    last: usize,
    mark: Mark,
    /// Whether a curly closing mark comes next in the paragraph, before
    /// any opening mark: an open curly quotation's own closing mark.
    curly_close_next: bool,
    /// Whether a straight mark in closing position comes next, the same
    /// for a straight quotation.
    straight_close_next: bool,
}

impl Event {
    fn new(first: usize, last: usize, mark: Mark) -> Event {
        Event {
            first,
            last,
            mark,
            curly_close_next: false,
            straight_close_next: false,
        }
    }
}

/// A double quotation being read: its opening mark, and whether a nested
/// pair of the other style is open inside it.
#[derive(Clone, Copy, Debug)]
struct Open {
    mark: Event,
    nested: bool,
}

impl Open {
    fn at(mark: &Event) -> Option<Open> {
        Some(Open {
            mark: *mark,
            nested: false,
        })
    }
}

/// The marked spans of a document and the marks they were paired from, in
/// buffers kept from one document to the next.
#[derive(Clone, Debug, Default)]
pub(crate) struct Pairing {
    /// The marked spans, in order.
    pub(crate) marked: Vec<Marked>,
    /// The marks of the paragraph being paired.
    events: Vec<Event>,
}

/// The marked spans of the document, in order, into `pairing.marked`.
pub(crate) fn find(text: &str, analysis: &Analysis, pairing: &mut Pairing) {
    let Pairing {
        marked: out,
        events,
    } = pairing;
    out.clear();
    let reader = Reader {
        text,
        tokens: &analysis.tokens,
    };
    let mut tags = Tags::new(text);
    // Only tokens that fold to a quotation mark can be one.
    let marks = &analysis.quote_marks;
    let mut from = 0;
    // A quotation left open at the end of the paragraph before, and closed
    // in this one.
    let mut carried: Option<Open> = None;
    for (p, paragraph) in analysis.paragraphs.iter().enumerate() {
        let end = paragraph.end as usize;
        let to = from + marks[from..].partition_point(|&i| (i as usize) < end);
        let in_paragraph = &marks[from..to];
        from = to;
        if in_paragraph.is_empty() {
            continue;
        }
        reader.events(in_paragraph, &mut tags, events);
        let Some(o) = reader.pair(events, carried.take(), out) else {
            continue;
        };
        // Closed by the first mark of the next paragraph, which opens with
        // none: one quotation over both (`“We lost.¶It hurt.”`).
        let next = analysis.paragraphs.get(p + 1);
        let first_mark = marks.get(to).map(|&i| i as usize);
        if let (Some(next), Some(i)) = (next, first_mark) {
            if i < next.end as usize && reader.closes_unopened(i, &o) {
                carried = Open::at(&o);
                continue;
            }
        }
        // Unclosed: to the end of the paragraph, however long when the
        // next paragraph continues the quotation.
        let continued = next.is_some_and(|next| reader.opens_with_double(next.start as usize));
        if continued || end - o.first <= MAX_UNCLOSED_TOKENS {
            push(out, &o, end, end, false);
        }
    }
}

/// The tokens of a document with its text.
struct Reader<'a> {
    text: &'a str,
    tokens: &'a [Token],
}

impl Reader<'_> {
    fn str(&self, i: usize) -> &str {
        &self.text[self.tokens[i].span()]
    }

    fn mark_at(&self, i: usize) -> Option<Mark> {
        let t = self.tokens.get(i)?;
        if t.class == Class::Punct {
            mark(self.str(i))
        } else {
            None
        }
    }

    /// Whether token `i` is written against the token before it, in the
    /// same paragraph.
    fn attached_left(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        !t.space_before && !t.paragraph_start
    }

    /// Whether the token after `i` is written against it.
    fn attached_right(&self, i: usize) -> bool {
        i + 1 < self.tokens.len() && self.attached_left(i + 1)
    }

    /// Whether a letter or digit follows token `i` directly (an
    /// apostrophe, not a mark).
    fn attached_right_letter(&self, i: usize) -> bool {
        self.attached_right(i) && self.str(i + 1).starts_with(char::is_alphanumeric)
    }

    /// Whether a mark is written against the text before it and not after
    /// it: where a straight mark closes rather than opens.
    fn closing_position(&self, e: &Event) -> bool {
        self.attached_left(e.first) && !self.attached_right(e.last)
    }

    /// Whether a mark opens a double quotation where none is open. A
    /// straight mark in closing position opens one too when a straight
    /// closing mark comes later in the paragraph: the writer set the space
    /// on the wrong side (`communities," For example, …".`); not after a
    /// number, where it is a measure (`40" wide`).
    fn opens(&self, e: &Event) -> bool {
        match e.mark {
            Mark::Open | Mark::LowOpen | Mark::StraightOpen => true,
            Mark::Either => {
                !self.closing_position(e) || e.straight_close_next && !self.after_digit(e)
            }
            _ => false,
        }
    }

    /// Whether the mark `e` is written against a number (`40''`, `12"`).
    fn after_digit(&self, e: &Event) -> bool {
        self.attached_left(e.first)
            && self
                .str(e.first - 1)
                .ends_with(|c: char| c.is_ascii_digit())
    }

    /// Whether the mark at token `i`, the first of a paragraph, closes the
    /// quotation `open` left open before it: a mark of its style, in
    /// closing position, not one that opens the paragraph.
    fn closes_unopened(&self, i: usize, open: &Event) -> bool {
        let Some(m) = self.mark_at(i) else {
            return false;
        };
        let e = Event::new(i, i, m);
        m.style() == open.mark.style()
            && !self.tokens[i].paragraph_start
            && self.closing_position(&e)
            && matches!(m, Mark::Close | Mark::Either)
    }

    /// Whether token `i` is a double opening mark, or a single one written
    /// twice for it.
    fn opens_with_double(&self, i: usize) -> bool {
        match self.mark_at(i) {
            Some(Mark::Open | Mark::LowOpen | Mark::Either) => true,
            Some(_) => {
                self.attached_right(i)
                    && self.str(i + 1) == self.str(i)
                    && doubled(self.str(i)).is_some_and(|m| m != Mark::Close)
            }
            None => false,
        }
    }

    /// The quotation marks of a paragraph, from its tokens `marks` that
    /// fold to one, into `out`: a single mark written twice is one double
    /// mark; apostrophes and the marks of markup are left out.
    fn events(&self, marks: &[u32], tags: &mut Tags, out: &mut Vec<Event>) {
        out.clear();
        // The style of the mark that closes an attribute value.
        let mut value: Option<Style> = None;
        let mut k = 0;
        while k < marks.len() {
            let i = marks[k] as usize;
            k += 1;
            let Some(m) = self.mark_at(i) else { continue };
            if tags.hold(self.tokens[i].span().start) {
                continue;
            }
            if value == Some(m.style()) {
                value = None;
                continue;
            }
            if self.attached_left(i) && self.str(i - 1) == "=" {
                value = Some(m.style());
                continue;
            }
            if m.style() != Style::Single {
                out.push(Event::new(i, i, m));
                continue;
            }
            // The same single mark written several times over.
            let mut n = 1;
            while marks.get(k + n - 1) == Some(&((i + n) as u32))
                && self.attached_left(i + n)
                && self.str(i + n) == self.str(i)
            {
                n += 1;
            }
            k += n - 1;
            if n > 1 {
                self.run(i, n, out);
            } else if self.around_letter(i) {
                // `rock ’n’ roll`: the closing apostrophe goes too.
                k += usize::from(marks.get(k) == Some(&((i + 2) as u32)));
            } else if !self.before_year(i) && !self.possessive(i) {
                out.push(Event::new(i, i, m));
            }
        }
        self.look_ahead(out);
    }

    /// The marks of `n` single marks written together from token `i`: a
    /// double mark for each two; an odd one is the inner mark, closed first
    /// (`'no'''`) and opened last (`'''No`).
    fn run(&self, i: usize, n: usize, out: &mut Vec<Event>) {
        let Some(double) = doubled(self.str(i)) else {
            return;
        };
        let single = mark(self.str(i)).unwrap_or(Mark::SingleEither);
        let mut first = i;
        if n % 2 == 1 && self.attached_left(i) {
            out.push(Event::new(i, i, single));
            first += 1;
        }
        for j in (first..i + n - 1).step_by(2) {
            out.push(Event::new(j, j + 1, double));
        }
        if n % 2 == 1 && first == i {
            out.push(Event::new(i + n - 1, i + n - 1, single));
        }
    }

    /// Whether the single mark `i` drops the century of a year (`’90s`,
    /// `'07`) rather than opening a quotation.
    fn before_year(&self, i: usize) -> bool {
        self.attached_right(i)
            && matches!(
                self.str(i + 1).as_bytes(),
                [a, b] | [a, b, b's'] if a.is_ascii_digit() && b.is_ascii_digit()
            )
    }

    /// Whether the single mark `i` and the one two tokens on stand for the
    /// letters dropped around one letter (`rock ’n’ roll`).
    fn around_letter(&self, i: usize) -> bool {
        !self.attached_left(i)
            && self.attached_right(i)
            && self.attached_right(i + 1)
            && self.tokens[i + 1].class == Class::Word
            && self.str(i + 1).chars().count() == 1
            && self
                .mark_at(i + 2)
                .is_some_and(|m| m.style() == Style::Single)
            && !self.attached_right_letter(i + 2)
    }

    /// Whether the single mark `i` is the apostrophe of a plural
    /// possessive, after an `s` and before a lower-case word (`the troops’
    /// bases`). It never closes a quotation, even where one could end so.
    fn possessive(&self, i: usize) -> bool {
        self.attached_left(i)
            && self.str(i - 1).ends_with(['s', 'S'])
            && self
                .tokens
                .get(i + 1)
                .is_some_and(|t| t.space_before && !t.paragraph_start && t.class == Class::Word)
            && self.str(i + 1).starts_with(char::is_lowercase)
    }

    /// Sets, for each mark of a paragraph, whether a curly and a straight
    /// closing mark come after it before any opening mark, the closing
    /// marks of the other style left aside (they may be nested or stray).
    fn look_ahead(&self, events: &mut [Event]) {
        let (mut curly, mut straight) = (false, false);
        for e in events.iter_mut().rev() {
            e.curly_close_next = curly;
            e.straight_close_next = straight;
            match e.mark.style() {
                Style::Single => {}
                // Written against a word: a close where one is open
                // (`fight".`), whatever follows it.
                Style::Straight
                    if self.attached_left(e.first) && !self.attached_right_letter(e.last) =>
                {
                    straight = true
                }
                _ if self.opens(e) => (curly, straight) = (false, false),
                Style::Curly => curly = true,
                Style::Straight => straight = true,
            }
        }
    }

    /// Pairs the marks of a paragraph into `out`; returns the opening mark
    /// of a double quotation left open at its end.
    fn pair(
        &self,
        events: &[Event],
        carried: Option<Open>,
        out: &mut Vec<Marked>,
    ) -> Option<Event> {
        let mut open: Option<Open> = carried;
        // An open single quotation, read only where no double one is open.
        let mut single: Option<Event> = None;
        for e in events {
            match open {
                Some(o) => {
                    open = self.inside(o, e, out);
                    if open.is_none() {
                        single = None;
                    }
                }
                None if e.mark.style() == Style::Single => single = self.single(single, e, out),
                None if self.opens(e) => open = Open::at(e),
                None => {}
            }
        }
        open.map(|o| o.mark)
    }

    /// What the mark `e` does to the open double quotation `o`: what is
    /// open after it.
    fn inside(&self, o: Open, e: &Event, out: &mut Vec<Marked>) -> Option<Open> {
        let own = o.mark.mark.style();
        let mut close = || {
            push(out, &o.mark, e.first, e.last, true);
            None
        };
        match e.mark {
            Mark::SingleOpen | Mark::SingleEither => Some(o),
            // `„…“`, `„…”`, `„…"`.
            Mark::Open | Mark::Close | Mark::Either if o.mark.mark == Mark::LowOpen => close(),
            _ if o.mark.mark == Mark::LowOpen => Some(o),
            Mark::Close | Mark::Either if e.mark.style() == own => close(),
            // A second opening mark: the first was stray.
            Mark::Open | Mark::StraightOpen if e.mark.style() == own => Open::at(e),
            Mark::LowOpen => Some(o),
            // A mark of the other style: the nested pair closes first.
            _ if o.nested => Some(Open {
                nested: !matches!(e.mark, Mark::Close | Mark::Either),
                ..o
            }),
            _ => {
                let own_close_next = match own {
                    Style::Curly => e.curly_close_next,
                    _ => e.straight_close_next,
                };
                if own_close_next {
                    // A nested pair opens, or the mark is stray.
                    Some(Open {
                        nested: self.opens(e),
                        ..o
                    })
                } else if self.opens(e) && !self.closing_position(e) {
                    Open::at(e)
                } else {
                    // `…decision.“ However`: a mark of the other style
                    // written where a quotation closes closes it.
                    close()
                }
            }
        }
    }

    /// What the single mark `e` does where no double quotation is open,
    /// after the single quotation `single`: what is open after it.
    fn single(&self, single: Option<Event>, e: &Event, out: &mut Vec<Marked>) -> Option<Event> {
        match single {
            _ if e.mark == Mark::SingleOpen => Some(*e),
            Some(o) if self.attached_left(e.first) && !self.attached_right_letter(e.last) => {
                push(out, &o, e.first, e.last, true);
                None
            }
            None if !self.attached_left(e.first) && self.attached_right(e.last) => Some(*e),
            _ => single,
        }
    }
}

/// The byte spans of the markup tags of a text (`<blockquote …>`, `</p>`),
/// read in order.
struct Tags {
    spans: Vec<(usize, usize)>,
    /// The first span that does not end before the last byte asked about.
    next: usize,
}

impl Tags {
    fn new(text: &str) -> Tags {
        let bytes = text.as_bytes();
        let mut spans = Vec::new();
        let mut at = 0;
        while let Some(k) = memchr::memchr(b'<', &bytes[at..]) {
            let start = at + k;
            at = start + 1;
            let named = bytes
                .get(at)
                .is_some_and(|b| b.is_ascii_alphabetic() || matches!(b, b'/' | b'!'));
            // A tag ends on its line, before another one opens.
            let end = bytes[at..]
                .iter()
                .position(|b| matches!(b, b'>' | b'<' | b'\n' | b'\r'))
                .map(|n| at + n);
            if let Some(end) = end.filter(|&end| named && bytes[end] == b'>') {
                spans.push((start, end + 1));
                at = end + 1;
            }
        }
        Tags { spans, next: 0 }
    }

    /// Whether byte `at` is inside a tag; `at` grows from call to call.
    fn hold(&mut self, at: usize) -> bool {
        while self.spans.get(self.next).is_some_and(|&(_, end)| end <= at) {
            self.next += 1;
        }
        self.spans
            .get(self.next)
            .is_some_and(|&(start, _)| start <= at)
    }
}

/// Records the quotation from the opening mark `open` to the closing mark
/// at tokens `first..=last` (the paragraph end when unclosed), when
/// anything lies between them.
fn push(out: &mut Vec<Marked>, open: &Event, first: usize, last: usize, closed: bool) {
    if first > open.last + 1 {
        out.push(Marked {
            open: open.first,
            close: last,
            inside: TokenRange::new(open.last + 1, first),
            closed,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tests::analyze;

    fn quoted(text: &str) -> Vec<String> {
        let a = analyze(text);
        // Buffers that held another document's marks.
        let mut pairing = Pairing::default();
        find("“Old.”", &analyze("“Old.”"), &mut pairing);
        find(text, &a, &mut pairing);
        pairing
            .marked
            .iter()
            .map(|m| text[a.span_of(m.inside)].to_string())
            .collect()
    }

    const CASES: &[(&str, &str, &[&str])] = &[
        ("curly", "“We stay,” he said.", &["We stay,"]),
        (
            "straight",
            "\"We stay,\" he said. \"Go.\"",
            &["We stay,", "Go."],
        ),
        ("guillemets", "«Nous restons» dit-il.", &["Nous restons"]),
        ("low-high", "„Wir bleiben“, sagte er.", &["Wir bleiben"]),
        (
            "single inside double",
            "“He said ‘no’ twice,” she said.",
            &["He said ‘no’ twice,"],
        ),
        (
            "single as outer marks",
            "He called it ‘a good day’ and left.",
            &["a good day"],
        ),
        (
            "apostrophe is not a mark",
            "Iraq’s and the troops’ bases",
            &[],
        ),
        // Rule: each paragraph of a quotation over paragraphs is its own.
        (
            "over two paragraphs",
            "“We stay.\n“We fight,” he said.",
            &["We stay.", "We fight,"],
        ),
        (
            "over three straight paragraphs",
            "\"The pier is gone.\n\"So is the ferry.\n\"We row now,\" she said.",
            &["The pier is gone.", "So is the ferry.", "We row now,"],
        ),
        (
            "a stray mark does not reach into the next paragraph",
            "The “harbour plan was shelved.\n“We wait,” the mayor said.",
            &["harbour plan was shelved.", "We wait,"],
        ),
        (
            "unclosed is bounded by its paragraph",
            "“We stay and fight\nNext line.",
            &["We stay and fight"],
        ),
        // Rule: a single mark written twice is a double one.
        (
            "doubled apostrophes",
            "''The bridge holds,'' Mr. Orrin said. ''Mostly.''",
            &["The bridge holds,", "Mostly."],
        ),
        (
            "backticks open, apostrophes close",
            "``Nothing moved all night,'' the keeper said.",
            &["Nothing moved all night,"],
        ),
        (
            "a backtick pair nested in a doubled one",
            "``She said `wait' and left,'' he said.",
            &["She said `wait' and left,"],
        ),
        (
            "doubled curly singles",
            "‘‘The vote stands,’’ the clerk said.",
            &["The vote stands,"],
        ),
        (
            "three apostrophes close the inner mark first",
            "''He told me 'later''' she said.",
            &["He told me 'later'"],
        ),
        (
            "three apostrophes open the outer mark first",
            "'''Later' was all he said,'' she said.",
            &["'Later' was all he said,"],
        ),
        (
            "a straight mark with its space on the wrong side",
            "She said,\" We stay and fight\". Then she left.",
            &["We stay and fight"],
        ),
        (
            "a word before a misplaced opening mark",
            "His uncle (who\" was the first to see it\") came.",
            &["was the first to see it"],
        ),
        (
            "a curly opening mark where a quotation closes",
            "\"We stay and we fight.“ Then he left.",
            &["We stay and we fight."],
        ),
        (
            "closed in the next paragraph, which opens with no mark",
            "He said, \"We lost.\nIt hurt.\" Then he left.",
            &["We lost.\nIt hurt."],
        ),
        (
            "doubled apostrophes of a measure",
            "The panel is 40'' wide and 12'' deep.",
            &[],
        ),
        // Rule: each style closes its own; mixed styles still pair.
        (
            "a straight pair nested in a curly quotation",
            "“He wrote \"late\" on the form,” she said.",
            &["He wrote \"late\" on the form,"],
        ),
        (
            "a curly pair nested in a straight quotation",
            "\"She called it “a relief” at noon,\" he said.",
            &["She called it “a relief” at noon,"],
        ),
        (
            "a straight mark closes a curly quotation",
            "“We hold the line,\" the mayor said.",
            &["We hold the line,"],
        ),
        (
            "a curly mark closes a straight quotation",
            "\"We hold the line,” the mayor said.",
            &["We hold the line,"],
        ),
        (
            "mixed styles in two quotations",
            "“We hold,\" she said. \"We wait,” he said.",
            &["We hold,", "We wait,"],
        ),
        (
            "a straight measure does not close a curly quotation",
            "“We bought a 40\" screen,” he said.",
            &["We bought a 40\" screen,"],
        ),
        (
            "a curly mark opened in vain before a straight pair",
            "“The plan. \"We wait,\" he said.",
            &["We wait,"],
        ),
        (
            "a second curly opening mark",
            "“Tuesday. “We vote today,” she said.",
            &["We vote today,"],
        ),
        // Rule: the marks of markup are not quotation marks.
        (
            "marks inside a markup tag",
            "<blockquote class=\"social-post\" data-id=\"4471\">“We open at nine,” \
             the owner wrote.</blockquote>",
            &["We open at nine,"],
        ),
        (
            "an attribute value outside a tag",
            "post-id=\"88\" lang=\"en\" “Doors open at nine,” she wrote.",
            &["Doors open at nine,"],
        ),
        (
            "a curly attribute value",
            "class=“lede” The council said “no” twice.",
            &["no"],
        ),
        (
            "a less-than sign is not a tag",
            "If x <5 and \"y > 2\" holds, it works.",
            &["y > 2"],
        ),
        // Rule: nested quotations stay inside the outer one.
        (
            "single inside an unclosed double",
            "“He said ‘never again’ and left\nThen rain.",
            &["He said ‘never again’ and left"],
        ),
        (
            "single quotations after a double one",
            "“Go,” he said. She called it ‘a fine day’ then.",
            &["Go,", "a fine day"],
        ),
        // Rule: apostrophes never open or close a quotation.
        (
            "a decade",
            "In the ’80s, the fleet’s ships and the ’90s fleet sailed.",
            &[],
        ),
        (
            "the possessive of a decade",
            "Songs of the ’80s’ charts came back.",
            &[],
        ),
        (
            "a straight decade",
            "Back in the '70s the sailors' mess was small.",
            &[],
        ),
        (
            "one letter between apostrophes",
            "They played rock ’n’ roll and the crowds’ cheers rose.",
            &[],
        ),
        (
            "one letter between apostrophes inside a single quotation",
            "He called it ‘rock ’n’ roll at its best,’ and smiled.",
            &["rock ’n’ roll at its best,"],
        ),
        (
            "a plural possessive inside a single quotation",
            "She said ‘the pilots’ union agreed,’ at noon.",
            &["the pilots’ union agreed,"],
        ),
        (
            "a plural possessive after a stray apostrophe",
            "The ’em-dash and the pilots’ union left.",
            &[],
        ),
        ("closing mark alone", "He said” nothing.", &[]),
        ("empty marks", "“” and \"\"", &[]),
    ];

    #[test]
    fn table() {
        for (name, text, want) in CASES {
            assert_eq!(&quoted(text), want, "{name}");
        }
    }

    #[test]
    fn table_names_are_unique() {
        crate::test_util::assert_unique(CASES.iter().map(|c| c.0));
    }

    #[test]
    fn a_stray_mark_does_not_swallow_the_article() {
        let body = "word ".repeat(MAX_UNCLOSED_TOKENS + 10);
        let text = format!("“{body}\nThe end.");
        assert!(quoted(&text).is_empty());
    }
}
