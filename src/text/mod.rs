//! The text layer: paragraphs, sentences, tokens and their folded forms, all
//! over the caller's original text.
//!
//! After [`Analysis::run`], every token carries its span in the original
//! text and its *spelling*: the distinct way it is written, folded once
//! however often it recurs. Spellings are remembered from one document to
//! the next until [`Analysis::forget_spellings`]: the words of news repeat
//! from article to article, and a known word is neither folded nor looked
//! up again. So are *chunks*, the runs of text between ASCII whitespace
//! (`Iraq’s`, `U.S.-led`, `said,`), with the tokens they split into: a
//! chunk met before is not tokenized again, and its tokens are not looked
//! up one by one. A spelling's fold lies in the *haystack*, a string in which
//! every fold is preceded and followed by one space:
//! `" maj gen tahsin al - khafaji said "`. Gazetteer aliases are folded by
//! the same code, word by word.

mod chars;
pub(crate) mod fold;
pub(crate) mod key_table;
pub(crate) mod segment;
mod sentence;
pub(crate) mod token;
pub(crate) mod word_map;

use std::collections::hash_map::Entry;

use rustc_hash::FxHashMap as HashMap;

use crate::span::Span;

pub(crate) use fold::Folder;
pub(crate) use token::{Class, Shape};

/// One token of the document, in 24 bytes: the token table is written and
/// read by every stage, and on a long document it outgrows the cache.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    /// Where the token lies in the original text, as the tokenizer found
    /// it.
    piece: token::Piece,
    /// Where its fold starts and ends in the haystack (without the
    /// surrounding spaces), which never outgrows 32-bit offsets either.
    fold_start: u32,
    fold_end: u32,
    /// Its spelling: an index into [`Analysis::spellings`].
    pub(crate) spelling: u32,
    pub(crate) class: Class,
    pub(crate) shape: Shape,
    /// Whether whitespace separates it from the previous token.
    pub(crate) space_before: bool,
    /// Whether it is the first token of a paragraph.
    pub(crate) paragraph_start: bool,
}

impl Token {
    /// Where the token is in the original text.
    #[inline]
    pub(crate) fn span(&self) -> Span {
        self.piece.span()
    }

    /// Where its fold is in the haystack.
    #[inline]
    pub(crate) fn folded(&self) -> std::ops::Range<usize> {
        self.fold_start as usize..self.fold_end as usize
    }
}

/// A distinct way a token is written, with what follows from the writing
/// alone.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Spelling {
    /// Where its fold is in the haystack.
    pub(crate) folded: Span,
    pub(crate) class: Class,
    pub(crate) shape: Shape,
    /// Whether the fold is known to be the spelling's plain fold
    /// ([`fold::fold_plain`]), which the word facts would otherwise build
    /// to compare: true for most words, which no rule rewrites.
    pub(crate) plain: bool,
    /// For a spelling too long to be its own key, where its text is kept in
    /// [`Analysis::long_spellings`]; empty otherwise.
    written: Span,
}

/// A half-open range of token indices.
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub(crate) struct TokenRange {
    pub(crate) start: u32,
    pub(crate) end: u32,
}

impl TokenRange {
    pub(crate) fn new(start: usize, end: usize) -> TokenRange {
        // Documents are limited to u32::MAX bytes, so token indices fit.
        TokenRange {
            start: start as u32,
            end: end as u32,
        }
    }

    pub(crate) fn indices(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// A number or nothing for each token of a document (the mention, hit or
/// cue covering it), as `number + 1` with 0 for nothing, so that emptying
/// a table is zeroing it. Several are filled per document, each in a
/// buffer kept from one document to the next.
#[derive(Clone, Debug, Default)]
pub(crate) struct PerToken(Vec<u32>);

impl PerToken {
    /// Empties the table for a document of `n` tokens, all without a
    /// number.
    pub(crate) fn reset(&mut self, n: usize) {
        self.0.clear();
        self.0.resize(n, 0);
    }

    /// Gives every token of `range` the number `value`.
    pub(crate) fn set(&mut self, range: TokenRange, value: usize) {
        self.0[range.indices()].fill(value as u32 + 1);
    }

    /// The number of token `i`, if it has one (and exists).
    #[inline]
    pub(crate) fn get(&self, i: usize) -> Option<usize> {
        let stored = *self.0.get(i)?;
        stored.checked_sub(1).map(|v| v as usize)
    }
}

/// The analysed text of one document, with the spellings of the documents
/// analysed before it. Its buffers are reused from one document to the
/// next.
#[derive(Clone, Debug, Default)]
pub(crate) struct Analysis {
    pub(crate) tokens: Vec<Token>,
    /// The distinct spellings of this document and of those before it since
    /// spellings were last forgotten, in order of first occurrence.
    pub(crate) spellings: Vec<Spelling>,
    /// The fold of every spelling, each between spaces.
    pub(crate) haystack: String,
    pub(crate) paragraphs: Vec<TokenRange>,
    pub(crate) sentences: Vec<TokenRange>,
    /// For each token, the index of its sentence: one number per token
    /// rather than three (start, end, paragraph), since the token tables
    /// are written for every token and read only here and there.
    sentence_of: Vec<u32>,
    /// For each sentence, the index of its paragraph.
    paragraph_of_sentence: Vec<u32>,
    /// The words written with a capital, in order: the only tokens where
    /// most discovery rules can fire.
    pub(crate) capitalized: Vec<u32>,
    /// The punctuation that folds to a quotation mark (`"` or `'`), in
    /// order: the only tokens where a quotation opens or closes.
    pub(crate) quote_marks: Vec<u32>,
    /// The punctuation that folds to a comma, in order: the only tokens
    /// where an apposition starts or ends.
    pub(crate) commas: Vec<u32>,
    /// The tokens that may end a sentence, in order: the only ones the
    /// sentence rules look at.
    sentence_ends: Vec<u32>,
    /// The first token of each spelling this document added, in the order
    /// of the spellings: the last of [`Analysis::spellings`]. What the
    /// word lists say of a spelling is looked up once, at its first token,
    /// which the lookup finds here rather than by reading every token.
    pub(crate) new_spelling_tokens: Vec<u32>,
    spans: Vec<token::Piece>,
    /// The spelling of each token text, by its packed bytes or, when too
    /// long to pack, a lossy key of them: most tokens repeat one seen
    /// before, and are neither folded nor looked up again. The same bytes
    /// as a whole chunk (a run of text between ASCII whitespace) also say
    /// what the chunk was tokenized into: see [`Known`].
    spelling_of: HashMap<u128, Known>,
    /// The text of each spelling whose key is lossy, to confirm a match of
    /// the key in any later document.
    long_spellings: String,
    scratch: String,
    /// The tokens of the remembered chunks of several tokens, in order of
    /// first occurrence.
    chunk_tokens: Vec<ChunkToken>,
}

/// What the bytes of one key are known as: the spelling of a token with
/// those bytes, and what a chunk of those bytes was tokenized into.
///
/// Most chunks of news recur (`said`, `Iraq,`, `U.S.-led`), and a known
/// chunk is neither tokenized nor looked up token by token: a chunk of one
/// token is found by the same lookup as that token, and one of several
/// lists them in [`Analysis::chunk_tokens`].
#[derive(Clone, Copy, Debug)]
struct Known {
    /// The spelling of the token, or [`Known::NO_SPELLING`] when these
    /// bytes are known only as a chunk of several tokens.
    spelling: u32,
    /// [`Known::UNKNOWN_CHUNK`]; [`Known::WHOLE_CHUNK`] when the chunk is
    /// this one token; else [`Known::LIST`] over where its tokens start in
    /// `chunk_tokens`, shifted by four bits, and their number in the low
    /// four (a chunk of fifteen bytes has at most fifteen tokens).
    chunk: u32,
    /// What a token of a whole chunk needs of its spelling, when known.
    written: Written,
}

/// A spelling's fold, class and shape, kept beside its key: a chunk of
/// one token met again is found by its key alone, and the table of
/// spellings, in which the key's spelling lies anywhere among every
/// spelling the thread knows, need not be read. The table's slots have
/// room for it: a `u128` key pads its value to sixteen bytes.
#[derive(Clone, Copy, Debug)]
struct Written {
    fold_start: u32,
    /// The fold's length; 0 when not recorded (no fold is empty).
    fold_len: u16,
    class: Class,
    shape: Shape,
}

impl Written {
    const UNKNOWN: Written = Written {
        fold_start: 0,
        fold_len: 0,
        class: Class::Punct,
        shape: Shape::Other,
    };

    /// What `spelling` says of its tokens, if its fold is short enough to
    /// record.
    fn of(spelling: &Spelling) -> Written {
        match (
            u32::try_from(spelling.folded.start),
            u16::try_from(spelling.folded.len()),
        ) {
            (Ok(fold_start), Ok(fold_len)) => Written {
                fold_start,
                fold_len,
                class: spelling.class,
                shape: spelling.shape,
            },
            _ => Written::UNKNOWN,
        }
    }

    /// The spelling recorded, with `plain` and `written` left out (the
    /// tokens do not read them), or `None`.
    fn spelling(self) -> Option<Spelling> {
        let start = self.fold_start as usize;
        (self.fold_len != 0).then(|| Spelling {
            folded: Span::new(start, start + usize::from(self.fold_len)),
            class: self.class,
            shape: self.shape,
            plain: false,
            written: Span::default(),
        })
    }
}

impl Known {
    const NO_SPELLING: u32 = u32::MAX;
    const UNKNOWN_CHUNK: u32 = 0;
    const WHOLE_CHUNK: u32 = 1;
    const LIST: u32 = 1 << 31;

    /// A token's spelling, with nothing known of the chunk.
    fn token(spelling: u32) -> Known {
        Known {
            spelling,
            chunk: Known::UNKNOWN_CHUNK,
            written: Written::UNKNOWN,
        }
    }

    /// The range of `chunk_tokens` a listed chunk's tokens take.
    fn list(self) -> Option<std::ops::Range<usize>> {
        (self.chunk & Known::LIST != 0).then(|| {
            let first = ((self.chunk & !Known::LIST) >> 4) as usize;
            first..first + (self.chunk & 15) as usize
        })
    }
}

/// The most tokens of chunk lists kept (1 MB of them, with at most half as
/// many entries in the table of spellings, which has room for them beside
/// the most spellings a thread keeps); past this, the lists are forgotten,
/// and the chunks that recur most are soon met again.
const MAX_CHUNK_TOKENS: usize = 1 << 17;

/// One token of a remembered chunk: where it lies in the chunk, and its
/// spelling.
#[derive(Clone, Copy, Debug)]
struct ChunkToken {
    start: u8,
    end: u8,
    spelling: u32,
}

/// Where [`Analysis::run`] writes each token and the lists that pick
/// tokens out, as it meets them.
struct TokenSink<'a> {
    tokens: &'a mut Vec<Token>,
    paragraphs: &'a mut Vec<TokenRange>,
    capitalized: &'a mut Vec<u32>,
    quote_marks: &'a mut Vec<u32>,
    commas: &'a mut Vec<u32>,
    sentence_ends: &'a mut Vec<u32>,
    /// The end of the previous token.
    previous_end: usize,
    /// The first token of the current paragraph.
    paragraph_start: usize,
}

impl TokenSink<'_> {
    /// Appends the token at `piece` of `text`, of spelling `id`.
    /// `newline` says whether a line break comes before it since the
    /// previous token: only the whitespace between chunks holds one.
    #[inline(always)]
    fn push(
        &mut self,
        text: &[u8],
        haystack: &str,
        piece: token::Piece,
        (id, spelling): (u32, Spelling),
        newline: bool,
    ) {
        let i = self.tokens.len();
        let span = piece.span();
        let new_paragraph = i == 0 || newline;
        if new_paragraph && i > 0 {
            self.paragraphs
                .push(TokenRange::new(self.paragraph_start, i));
            self.paragraph_start = i;
        }
        let Spelling {
            folded,
            class,
            shape,
            ..
        } = spelling;
        if class == Class::Word && shape.is_capital() {
            self.capitalized.push(i as u32);
        } else if class == Class::Punct {
            match haystack.as_bytes()[folded.range()] {
                [b'"' | b'\''] => self.quote_marks.push(i as u32),
                [b','] => self.commas.push(i as u32),
                _ => {}
            }
        }
        // Tokens are never empty.
        if sentence::may_end_sentence(text[span.end - 1]) {
            self.sentence_ends.push(i as u32);
        }
        self.tokens.push(Token {
            piece,
            fold_start: folded.start as u32,
            fold_end: folded.end as u32,
            spelling: id,
            class,
            shape,
            space_before: span.start != self.previous_end,
            paragraph_start: new_paragraph,
        });
        self.previous_end = span.end;
    }
}

/// Whether the tokens `spans` of the chunk `start..end` are one token
/// that is the whole chunk.
#[inline]
fn is_one_token(spans: &[token::Piece], start: usize, end: usize) -> bool {
    matches!(spans, [piece] if piece.span() == Span::new(start, end))
}

/// The end of the chunk that starts at `i`: the first ASCII whitespace
/// after it, or the end of the text. Eight bytes are tested at once for
/// one below `!`, the only bytes that may be whitespace.
#[inline]
fn chunk_end(bytes: &[u8], mut i: usize) -> usize {
    const LOW: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    while let Some(chunk) = bytes.get(i..).and_then(|rest| rest.first_chunk::<8>()) {
        let word = u64::from_le_bytes(*chunk);
        // The lowest byte flagged is below `!` (a borrow may flag bytes
        // above it, never below); non-ASCII bytes are never flagged.
        let below = word.wrapping_sub(LOW * u64::from(b'!')) & !word & HIGH;
        if below == 0 {
            i += 8;
            continue;
        }
        i += below.trailing_zeros() as usize / 8;
        if bytes[i].is_ascii_whitespace() {
            return i;
        }
        // A control character: go on after it.
        i += 1;
    }
    while bytes.get(i).is_some_and(|b| !b.is_ascii_whitespace()) {
        i += 1;
    }
    i
}

impl Analysis {
    /// Tokenizes, folds and splits `text`, replacing the previous document
    /// but keeping the spellings known from it: they must have been folded
    /// by the same `folder`, or forgotten since.
    pub(crate) fn run(&mut self, text: &str, folder: &Folder) {
        self.run_within(text, folder, u32::MAX as usize);
    }

    /// [`Analysis::run`], with the haystack kept within `limit` bytes so
    /// that tokens can hold their folds' offsets in 32 bits. Folds can be
    /// longer than their words, so a document of nearly 4 GB could need
    /// more: it is analysed up to the token whose fold would not fit, as a
    /// text over [`MAX_DOCUMENT_BYTES`](crate::MAX_DOCUMENT_BYTES) is
    /// analysed up to the limit.
    fn run_within(&mut self, text: &str, folder: &Folder, limit: usize) {
        // Every entry point passes through here: tokens hold 32-bit offsets.
        let text = crate::extract::within_limit(text);
        self.tokens.clear();
        self.paragraphs.clear();
        self.sentences.clear();
        self.sentence_of.clear();
        self.paragraph_of_sentence.clear();
        self.capitalized.clear();
        self.quote_marks.clear();
        self.commas.clear();
        self.sentence_ends.clear();
        self.new_spelling_tokens.clear();
        self.haystack.reserve(text.len() + 2);
        if self.haystack.is_empty() {
            self.haystack.push(' ');
        }
        if self.chunk_tokens.len() > MAX_CHUNK_TOKENS {
            self.forget_chunk_lists();
        }
        let Analysis {
            tokens,
            spellings,
            haystack,
            paragraphs,
            capitalized,
            quote_marks,
            commas,
            sentence_ends,
            new_spelling_tokens,
            spans,
            spelling_of,
            long_spellings,
            scratch,
            chunk_tokens,
            ..
        } = self;
        let mut sink = TokenSink {
            tokens,
            paragraphs,
            capitalized,
            quote_marks,
            commas,
            sentence_ends,
            previous_end: 0,
            paragraph_start: 0,
        };
        let bytes = text.as_bytes();
        let mut at = 0;
        // Whether a line break came since the last token: a chunk may
        // have no token, so it is kept until one comes.
        let mut newline = false;
        'chunks: loop {
            while let Some(&b) = bytes.get(at).filter(|b| b.is_ascii_whitespace()) {
                newline |= b == b'\n';
                at += 1;
            }
            if at >= bytes.len() {
                break;
            }
            let start = at;
            let end = chunk_end(bytes, start);
            at = end;
            let chunk_key = if end - start <= word_map::INLINE {
                word_map::key_in(bytes, start..end)
            } else {
                None
            };
            let mut tokenized = false;
            if let Some(key) = chunk_key {
                match spelling_of.entry(key) {
                    Entry::Occupied(known) => {
                        let known = *known.get();
                        if known.chunk == Known::WHOLE_CHUNK {
                            let spelling = known
                                .written
                                .spelling()
                                .unwrap_or_else(|| spellings[known.spelling as usize]);
                            let piece = token::Piece::new(start, end);
                            sink.push(bytes, haystack, piece, (known.spelling, spelling), newline);
                            newline = false;
                            continue;
                        }
                        if let Some(list) = known.list() {
                            for part in &chunk_tokens[list] {
                                let piece = token::Piece::new(
                                    start + usize::from(part.start),
                                    start + usize::from(part.end),
                                );
                                let spelling = spellings[part.spelling as usize];
                                sink.push(
                                    bytes,
                                    haystack,
                                    piece,
                                    (part.spelling, spelling),
                                    newline,
                                );
                                newline = false;
                            }
                            continue;
                        }
                    }
                    Entry::Vacant(vacant) => {
                        // A plain word is one token without tokenizing.
                        let one_token = token::is_plain_word(bytes, start, end) || {
                            spans.clear();
                            token::tokenize_range(text, start, end, spans);
                            tokenized = true;
                            is_one_token(spans, start, end)
                        };
                        if one_token {
                            // A new chunk of one new token, the common case
                            // of a word met for the first time: entered
                            // under the key just looked up.
                            let mark = haystack.len();
                            let folded =
                                fold_spelling(&text[start..end], folder, haystack, scratch);
                            if haystack.len() > limit {
                                haystack.truncate(mark);
                                break 'chunks;
                            }
                            let id = spellings.len() as u32;
                            vacant.insert(Known {
                                spelling: id,
                                chunk: Known::WHOLE_CHUNK,
                                written: Written::of(&folded),
                            });
                            spellings.push(folded);
                            new_spelling_tokens.push(sink.tokens.len() as u32);
                            let piece = token::Piece::new(start, end);
                            sink.push(bytes, haystack, piece, (id, folded), newline);
                            newline = false;
                            continue;
                        }
                    }
                }
            }
            // A chunk not met before: tokenized, and each token looked up.
            if !tokenized {
                spans.clear();
                token::tokenize_range(text, start, end, spans);
            }
            // A chunk of one token has that token's key: its lookup below
            // records the chunk too.
            let whole = is_one_token(spans, start, end);
            let chunk = if whole {
                Known::WHOLE_CHUNK
            } else {
                Known::UNKNOWN_CHUNK
            };
            let list_start = chunk_tokens.len();
            for &piece in spans.iter() {
                let span = piece.span();
                // Sliced (and its bounds checked) only when a new or long
                // spelling needs its text; a known word is found by its key.
                let token_text = || &text[span];
                let new = spellings.len() as u32;
                let key = word_map::key_in(bytes, span.range());
                // The key a new spelling was entered under, if it was.
                let mut entered = None;
                let known = match key {
                    Some(key) => match spelling_of.entry(key) {
                        Entry::Occupied(mut known) => {
                            let known = known.get_mut();
                            if whole {
                                known.chunk = Known::WHOLE_CHUNK;
                                if let Some(spelling) = spellings.get(known.spelling as usize) {
                                    known.written = Written::of(spelling);
                                }
                            }
                            if known.spelling == Known::NO_SPELLING {
                                // Known only as a chunk of several tokens.
                                known.spelling = new;
                                entered = Some(key);
                                None
                            } else {
                                Some(known.spelling)
                            }
                        }
                        Entry::Vacant(vacant) => {
                            vacant.insert(Known {
                                spelling: new,
                                chunk,
                                written: Written::UNKNOWN,
                            });
                            entered = Some(key);
                            None
                        }
                    },
                    // Too long to pack: known by a lossy key, and the same
                    // spelling only if the bytes are the same.
                    None => match spelling_of.entry(long_key(token_text().as_bytes())) {
                        Entry::Vacant(vacant) => {
                            entered = Some(*vacant.key());
                            vacant.insert(Known::token(new));
                            None
                        }
                        Entry::Occupied(known) => {
                            let known = known.get().spelling;
                            let written = spellings[known as usize].written;
                            (long_spellings[written.range()] == *token_text()).then_some(known)
                        }
                    },
                };
                // A new spelling is used as folded rather than read back from
                // the list, where it was just stored in pieces.
                let (id, spelling) = match known {
                    Some(known) => (known, spellings[known as usize]),
                    None => {
                        let word = token_text();
                        let mark = haystack.len();
                        let mut folded = fold_spelling(word, folder, haystack, scratch);
                        if haystack.len() > limit {
                            haystack.truncate(mark);
                            if let Some(key) = entered {
                                forget_entered(spelling_of, key);
                            }
                            chunk_tokens.truncate(list_start);
                            break 'chunks;
                        }
                        if key.is_none() {
                            // Known by a lossy key: its text is kept to confirm it.
                            let start = long_spellings.len();
                            long_spellings.push_str(word);
                            folded.written = Span::new(start, long_spellings.len());
                        }
                        spellings.push(folded);
                        new_spelling_tokens.push(sink.tokens.len() as u32);
                        (new, folded)
                    }
                };
                sink.push(bytes, haystack, piece, (id, spelling), newline);
                newline = false;
                if chunk_key.is_some() && !whole {
                    chunk_tokens.push(ChunkToken {
                        start: (span.start - start) as u8,
                        end: (span.end - start) as u8,
                        spelling: id,
                    });
                }
            }
            // A chunk of several tokens is listed; its bytes may also be
            // some token's spelling (`’s` alone is two tokens).
            if let (Some(key), false) = (chunk_key, whole) {
                let listed = u32::try_from(list_start)
                    .ok()
                    .filter(|&first| first < 1 << 27)
                    .map(|first| Known::LIST | first << 4 | spans.len() as u32);
                match listed {
                    Some(chunk) => {
                        spelling_of
                            .entry(key)
                            .or_insert(Known {
                                spelling: Known::NO_SPELLING,
                                chunk,
                                written: Written::UNKNOWN,
                            })
                            .chunk = chunk;
                    }
                    None => chunk_tokens.truncate(list_start),
                }
            }
        }
        let paragraph_start = sink.paragraph_start;
        if !self.tokens.is_empty() {
            self.paragraphs
                .push(TokenRange::new(paragraph_start, self.tokens.len()));
        }
        let mut sentence_ends = &self.sentence_ends[..];
        for (p, &paragraph) in self.paragraphs.iter().enumerate() {
            let first = self.sentences.len();
            let within = sentence_ends.partition_point(|&i| i < paragraph.end);
            let candidates;
            (candidates, sentence_ends) = sentence_ends.split_at(within);
            sentence::split(
                text,
                &self.tokens,
                paragraph,
                candidates,
                &mut self.sentences,
            );
            let added = self.sentences.len() - first;
            self.paragraph_of_sentence
                .extend(std::iter::repeat_n(p as u32, added));
        }
        for (k, s) in self.sentences.iter().enumerate() {
            self.sentence_of
                .extend(std::iter::repeat_n(k as u32, s.indices().len()));
        }
        debug_assert_eq!(self.sentence_of.len(), self.tokens.len());
    }

    /// Forgets every spelling, as before the first document: for a new
    /// folder, or to bound the memory they take.
    pub(crate) fn forget_spellings(&mut self) {
        self.spellings.clear();
        self.new_spelling_tokens.clear();
        self.spelling_of.clear();
        self.haystack.clear();
        self.long_spellings.clear();
        self.chunk_tokens.clear();
    }

    /// Forgets the chunks of several tokens, but not the spellings they
    /// name, nor the chunks of one token.
    fn forget_chunk_lists(&mut self) {
        self.spelling_of.retain(|_, known| {
            if known.list().is_some() {
                known.chunk = Known::UNKNOWN_CHUNK;
            }
            known.spelling != Known::NO_SPELLING
        });
        self.chunk_tokens.clear();
    }

    /// Forgets the spellings met after the first `kept`, as if the
    /// documents that brought them had not been analysed. Spellings are
    /// stored in order of first occurrence, their folds and texts too, so
    /// the later ones are a tail of each.
    pub(crate) fn forget_spellings_after(&mut self, kept: usize) {
        let Some(&first_forgotten) = self.spellings.get(kept) else {
            return;
        };
        self.haystack.truncate(first_forgotten.folded.start);
        self.new_spelling_tokens.clear();
        if let Some(long) = self.spellings[kept..]
            .iter()
            .find(|s| !s.written.is_empty())
        {
            self.long_spellings.truncate(long.written.start);
        }
        self.spellings.truncate(kept);
        // Chunk lists are stored in order of first occurrence: those from
        // the first that names a forgotten spelling on are forgotten.
        let cut = self
            .chunk_tokens
            .iter()
            .position(|part| part.spelling as usize >= kept)
            .unwrap_or(self.chunk_tokens.len());
        self.chunk_tokens.truncate(cut);
        self.spelling_of.retain(|_, known| {
            if known.list().is_some_and(|list| list.end > cut) {
                known.chunk = Known::UNKNOWN_CHUNK;
            }
            match known.spelling {
                Known::NO_SPELLING => known.chunk != Known::UNKNOWN_CHUNK,
                spelling => (spelling as usize) < kept,
            }
        });
    }

    /// A bit for each spelling of the capitalised tokens `keep` keeps,
    /// asked in text order: a table of the document's spellings that a
    /// rule asks of many words.
    pub(crate) fn capitalised_spellings(&self, mut keep: impl FnMut(usize) -> bool) -> Vec<u64> {
        // Grown to the largest spelling kept, in the one pass: sized by
        // every spelling the thread knows, it would be zeroed at length.
        let mut bits = Vec::new();
        for &t in &self.capitalized {
            let t = t as usize;
            if keep(t) {
                let s = self.tokens[t].spelling as usize;
                if s / 64 >= bits.len() {
                    bits.resize(s / 64 + 1, 0u64);
                }
                bits[s / 64] |= 1 << (s % 64);
            }
        }
        bits
    }

    /// The spellings of capitalised words written somewhere right after
    /// another capitalised word inside a sentence, as
    /// [`Analysis::capitalised_spellings`]: the later parts of names
    /// (`Tomas Varnholt`).
    pub(crate) fn spellings_after_capitals(&self) -> Vec<u64> {
        self.capitalised_spellings(|t| {
            t > 0
                && self.tokens[t - 1].class == Class::Word
                && self.tokens[t - 1].shape.is_capital()
                && t != self.sentence_start(t)
        })
    }

    /// Whether the spelling of token `i` has its bit in `bits`.
    #[inline]
    pub(crate) fn spelling_in(&self, bits: &[u64], i: usize) -> bool {
        let s = self.tokens[i].spelling as usize;
        bits.get(s / 64)
            .is_some_and(|word| word & (1 << (s % 64)) != 0)
    }

    /// The sentence of token `i`, if there is such a token.
    #[inline]
    pub(crate) fn sentence_at(&self, i: usize) -> Option<TokenRange> {
        self.sentences
            .get(*self.sentence_of.get(i)? as usize)
            .copied()
    }

    /// The first token of token `i`'s sentence.
    #[inline]
    pub(crate) fn sentence_start(&self, i: usize) -> usize {
        self.sentences[self.sentence_of[i] as usize].start as usize
    }

    /// The end of token `i`'s sentence (one past its last token).
    #[inline]
    pub(crate) fn sentence_end(&self, i: usize) -> usize {
        self.sentences[self.sentence_of[i] as usize].end as usize
    }

    /// The index of token `i`'s paragraph.
    #[inline]
    pub(crate) fn paragraph_of(&self, i: usize) -> usize {
        self.paragraph_of_sentence[self.sentence_of[i] as usize] as usize
    }

    /// The index of token `i`'s paragraph, if there is such a token.
    #[inline]
    pub(crate) fn paragraph_at(&self, i: usize) -> Option<usize> {
        Some(self.paragraph_of_sentence[*self.sentence_of.get(i)? as usize] as usize)
    }

    /// Whether token `i` ends in a mark that may end a sentence (`.`, `!`,
    /// `?`, `…`): a word's stop (`Hon.`) or the mark itself.
    pub(crate) fn ends_in_stop_mark(&self, i: usize) -> bool {
        u32::try_from(i).is_ok_and(|i| self.sentence_ends.binary_search(&i).is_ok())
    }

    /// The fold of token `i`.
    #[inline]
    pub(crate) fn folded(&self, i: usize) -> &str {
        self.fold_of(&self.tokens[i])
    }

    /// The fold of `token`, one of this analysis's tokens.
    #[inline]
    pub(crate) fn fold_of(&self, token: &Token) -> &str {
        &self.haystack[token.folded()]
    }

    /// Whether `token` is punctuation that folds to a hyphen alone: a
    /// pattern goes on through it (`al - khafaji`).
    pub(crate) fn is_hyphen(&self, token: &Token) -> bool {
        token.class == Class::Punct && self.haystack.as_bytes()[token.folded()] == [b'-']
    }

    /// The original-text span from the start of token `range.start` to the
    /// end of token `range.end - 1`.
    pub(crate) fn span_of(&self, range: TokenRange) -> Span {
        Span::new(
            self.tokens[range.start as usize].span().start,
            self.tokens[range.end as usize - 1].span().end,
        )
    }
}

/// Folds a token's text into `haystack`, followed by one space, and
/// classifies it.
fn fold_spelling(
    piece: &str,
    folder: &Folder,
    haystack: &mut String,
    scratch: &mut String,
) -> Spelling {
    let start = haystack.len();
    let (class, shape, plain) = match folder.fold_ascii(piece, haystack) {
        Some(fold) => (fold.class, fold.shape, fold.plain),
        // Non-ASCII and dotted tokens (`U.S.`, `’s`): the general path.
        None => {
            let class = classify(piece);
            folder.fold(piece, class, haystack, scratch);
            (class, Shape::of(piece), false)
        }
    };
    let folded = Span::new(start, haystack.len());
    haystack.push(' ');
    Spelling {
        folded,
        class,
        shape,
        plain,
        written: Span::default(),
    }
}

/// The key of a token too long for [`word_map::inline_key`]: its first and
/// last eight bytes and its length, under a top byte no inline key has. Two
/// tokens may share it, so a hit is confirmed by comparing the bytes.
fn long_key(bytes: &[u8]) -> u128 {
    let (first, last) = match (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        (Some(first), Some(last)) => (u64::from_le_bytes(*first), u64::from_le_bytes(*last)),
        _ => (0, 0),
    };
    let mixed = first ^ (last >> 56) ^ (bytes.len() as u64).rotate_left(32);
    0xFF << 120 | u128::from(last & (u64::MAX >> 8)) << 64 | u128::from(mixed)
}

/// Undoes the entry of a new spelling under `key`, keeping what is known
/// of a chunk of the same bytes.
fn forget_entered(spelling_of: &mut HashMap<u128, Known>, key: u128) {
    if let Entry::Occupied(mut entry) = spelling_of.entry(key) {
        let known = entry.get_mut();
        if known.list().is_some() {
            known.spelling = Known::NO_SPELLING;
        } else {
            entry.remove();
        }
    }
}

/// The folds of the tokens of a short phrase (an alias, a cue word), as
/// the text's tokens would fold.
pub(crate) fn fold_phrase(folder: &Folder, phrase: &str) -> Vec<String> {
    let mut spans = Vec::new();
    token::tokenize(phrase, &mut spans);
    let mut scratch = String::new();
    spans
        .into_iter()
        .map(|span| {
            let piece = &phrase[span.span()];
            let mut folded = String::new();
            folder.fold(piece, classify(piece), &mut folded, &mut scratch);
            folded
        })
        .collect()
}

/// The class of a token from its text.
pub(crate) fn classify(piece: &str) -> Class {
    let bytes = piece.as_bytes();
    if bytes.is_ascii() {
        return if bytes.iter().any(u8::is_ascii_alphanumeric) {
            if matches!(bytes, [b'\'', b's' | b'S']) {
                Class::Possessive
            } else {
                Class::Word
            }
        } else {
            Class::Punct
        };
    }
    let is_clitic = matches!(
        bytes,
        [b'\'', b's' | b'S'] | [0xE2, 0x80, 0x99, b's' | b'S']
    );
    if is_clitic {
        Class::Possessive
    } else if piece.chars().any(chars::is_alphanumeric) {
        Class::Word
    } else {
        Class::Punct
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn test_folder() -> Folder {
        Folder::new(&[("ee".into(), "i".into()), ("ss".into(), "s".into())], &[])
    }

    pub(crate) fn analyze(text: &str) -> Analysis {
        let mut a = Analysis::default();
        a.run(text, &test_folder());
        a
    }

    #[test]
    fn what_a_key_knows_fits_in_the_padding_of_its_slot() {
        // A `u128` key pads its value to sixteen bytes: the fold, class and
        // shape kept beside the spelling cost the table nothing.
        assert_eq!(std::mem::size_of::<(u128, Known)>(), 32);
    }

    #[test]
    fn a_chunk_met_again_gives_its_token_the_spelling_it_was_given() {
        // The second document meets every chunk again, from the key alone;
        // its tokens must be those a fresh analysis gives.
        let text = "Said said: “said,” and Said’s U.S.-led said. said";
        let mut again = analyze("Said said: said, and said Said");
        again.run(text, &test_folder());
        let fresh = analyze(text);
        let view = |a: &Analysis| {
            a.tokens
                .iter()
                .map(|t| (t.span(), a.fold_of(t).to_owned(), t.class, t.shape))
                .collect::<Vec<_>>()
        };
        assert_eq!(view(&again), view(&fresh));
    }

    #[test]
    fn haystack_delimits_every_fold_with_one_space() {
        let a = analyze("Maj. Gen. Tahseen al-Khafaji’s “view”");
        assert_eq!(a.haystack, " maj gen tahsin al - khafaji 's \" view \" ");
        for t in &a.tokens {
            let folded = t.folded();
            assert_eq!(&a.haystack[folded.start - 1..folded.start], " ");
            assert_eq!(&a.haystack[folded.end..folded.end + 1], " ");
        }
    }

    #[test]
    fn a_document_whose_folds_outgrow_the_haystack_ends_where_they_would() {
        let folder = test_folder();
        let mut a = Analysis::default();
        // " alpha beta " is 12 bytes; "gamma" would take it to 18.
        a.run_within("alpha beta alpha gamma beta", &folder, 15);
        let folds: Vec<&str> = (0..a.tokens.len()).map(|i| a.folded(i)).collect();
        assert_eq!(folds, ["alpha", "beta", "alpha"]);
        assert_eq!(a.haystack, " alpha beta ");
        assert_eq!(a.sentence_of.len(), 3);
        // Nothing of `gamma` is remembered: the next document folds it anew.
        a.run("gamma alpha", &folder);
        let folds: Vec<&str> = (0..a.tokens.len()).map(|i| a.folded(i)).collect();
        assert_eq!(folds, ["gamma", "alpha"]);
        assert_eq!(a.spellings.len(), 3);
    }

    #[test]
    fn a_recurring_spelling_is_folded_once() {
        let text = "Iraq, IRAQ and Iraq. Iraq";
        let a = analyze(text);
        assert_eq!(a.haystack, " iraq , iraq and . ");
        let spellings: Vec<u32> = a.tokens.iter().map(|t| t.spelling).collect();
        assert_eq!(spellings, [0, 1, 2, 3, 0, 4, 0]);
        assert_eq!(a.spellings.len(), 5);
        for (i, t) in a.tokens.iter().enumerate() {
            let s = a.spellings[t.spelling as usize];
            assert_eq!(
                (s.folded.range(), s.class, s.shape),
                (t.folded(), t.class, t.shape)
            );
            assert_eq!(a.folded(i), text[t.span()].to_lowercase());
        }
        // Beyond the length of an inline key too; a shared long key is not
        // a shared spelling.
        let long =
            analyze("Counterinsurgency counterinsurgency Counterinsurgency Контрнаступление");
        let spellings: Vec<u32> = long.tokens.iter().map(|t| t.spelling).collect();
        assert_eq!(spellings, [0, 1, 0, 2]);
        assert_eq!(long.folded(0), long.folded(1));
        assert_eq!(long.folded(3), "контрнаступление");
        // The ninth byte is outside the key: the second word shares the
        // first's key, but not its spelling.
        let (word, other) = ("Counterinsurgency", "CounteriXsurgency");
        assert_eq!(long_key(word.as_bytes()), long_key(other.as_bytes()));
        let shared = analyze(&format!("{word} {other} {word} {other}"));
        let spellings: Vec<u32> = shared.tokens.iter().map(|t| t.spelling).collect();
        assert_eq!(spellings, [0, 1, 0, 2]);
        assert_eq!(shared.folded(3), "counterixsurgency");
    }

    #[test]
    fn spellings_are_remembered_from_one_document_to_the_next() {
        let folder = test_folder();
        let mut a = Analysis::default();
        a.run("Iraq and Counterinsurgency", &folder);
        assert_eq!(a.spellings.len(), 3);
        // Known spellings keep their fold; only new ones are added, and a
        // long one is told from another with the same lossy key by the
        // text kept for it, not by the earlier document.
        a.run("IRAQ and Iraq CounteriXsurgency Counterinsurgency", &folder);
        let spellings: Vec<u32> = a.tokens.iter().map(|t| t.spelling).collect();
        assert_eq!(spellings, [3, 1, 0, 4, 2]);
        let folds: Vec<&str> = (0..a.tokens.len()).map(|i| a.folded(i)).collect();
        assert_eq!(
            folds,
            [
                "iraq",
                "and",
                "iraq",
                "counterixsurgency",
                "counterinsurgency"
            ]
        );
        a.forget_spellings();
        a.run("and Iraq", &folder);
        assert_eq!(a.haystack, " and iraq ");
        assert_eq!(a.spellings.len(), 2);
    }

    #[test]
    fn spellings_met_after_a_point_are_forgotten_alone() {
        let folder = test_folder();
        let mut a = Analysis::default();
        a.run("Iraq and Counterinsurgency", &folder);
        let (haystack, long) = (a.haystack.clone(), a.long_spellings.clone());
        a.run("Mosul and Counterterrorism Iraq", &folder);
        assert_eq!(a.spellings.len(), 5);
        a.forget_spellings_after(3);
        assert_eq!(
            (a.haystack.as_str(), a.long_spellings.as_str()),
            (&*haystack, &*long)
        );
        assert_eq!(a.spellings.len(), 3);
        // The forgotten are new again and numbered as before; the kept are
        // still known, the long one by the text kept for it.
        a.run(
            "Counterterrorism Counterinsurgency Mosul iraq Iraq",
            &folder,
        );
        let spellings: Vec<u32> = a.tokens.iter().map(|t| t.spelling).collect();
        assert_eq!(spellings, [3, 2, 4, 5, 0]);
        assert_eq!(a.folded(0), "counterterrorism");
        // Keeping as many as there are, or more, forgets nothing.
        a.forget_spellings_after(6);
        a.forget_spellings_after(60);
        assert_eq!(a.spellings.len(), 6);
    }

    /// Everything a document's analysis says, with folds rather than
    /// spelling numbers, which depend on what was met before.
    fn snapshot(a: &Analysis) -> String {
        let mut out = String::new();
        for (i, t) in a.tokens.iter().enumerate() {
            out += &format!(
                "{:?} {} {:?} {:?} space:{} para:{} sentence:{}\n",
                t.span(),
                a.folded(i),
                t.class,
                t.shape,
                t.space_before,
                t.paragraph_start,
                a.sentence_start(i),
            );
        }
        out += &format!(
            "{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n",
            a.paragraphs, a.sentences, a.capitalized, a.quote_marks, a.commas
        );
        out
    }

    /// Chunks of one token and of several, of every kind of tokenizing
    /// rule, recurring within the text and from one text to the next.
    const CHUNKY: &str = "Maj. Gen. Tahseen al-Khafaji’s “view”, said (JOC) in U.S.-led \
        Baghdad:The\u{a0}Iraq.The 1,500 e.g. Iraq’s Iraq's ’s 's \"Yes,\" said.\n\n\
        Counterinsurgency-operations, Mosul. Mosul.. MOSUL ’s Iraq’s view”, \u{a0} x";

    #[test]
    fn a_known_chunk_gives_the_tokens_it_gave_when_new() {
        let folder = test_folder();
        let a = analyze(CHUNKY);
        let fresh = snapshot(&a);
        let mut pieces = Vec::new();
        token::tokenize(CHUNKY, &mut pieces);
        let spans: Vec<Span> = a.tokens.iter().map(Token::span).collect();
        assert_eq!(spans, pieces.iter().map(|p| p.span()).collect::<Vec<_>>());
        let mut warm = Analysis::default();
        warm.run(CHUNKY, &folder);
        warm.run("Iraq’s view, said Mosul.", &folder);
        warm.run(CHUNKY, &folder);
        assert_eq!(snapshot(&warm), fresh);
        // Chunk lists forgotten alone leave the spellings, and the chunks
        // are tokenized again.
        warm.forget_chunk_lists();
        assert!(warm.chunk_tokens.is_empty());
        warm.run(CHUNKY, &folder);
        assert_eq!(snapshot(&warm), fresh);
    }

    #[test]
    fn a_chunk_is_remembered_once_with_its_tokens() {
        let folder = test_folder();
        let mut a = Analysis::default();
        a.run("Iraq’s Iraq’s Iraq Iraq, Iraq", &folder);
        // `Iraq’s` lists two tokens, `Iraq,` two; `Iraq` is one token,
        // whole, known as its own spelling.
        assert_eq!(a.chunk_tokens.len(), 4);
        let iraq = word_map::inline_key(b"Iraq").unwrap();
        assert_eq!(a.spelling_of[&iraq].chunk, Known::WHOLE_CHUNK);
        let listed = word_map::inline_key("Iraq’s".as_bytes()).unwrap();
        assert_eq!(a.spelling_of[&listed].spelling, Known::NO_SPELLING);
        assert_eq!(a.spelling_of[&listed].list(), Some(0..2));
        // Forgetting the spelling the last document added forgets the list
        // that names it, and keeps the earlier lists.
        a.run("Mosul’s", &folder);
        let before = a.spellings.len();
        a.forget_spellings_after(before - 1);
        let mosul = word_map::inline_key("Mosul’s".as_bytes()).unwrap();
        assert!(!a.spelling_of.contains_key(&mosul));
        assert_eq!(a.chunk_tokens.len(), 4);
        a.run("Mosul’s Iraq’s", &folder);
        let folds: Vec<&str> = (0..a.tokens.len()).map(|i| a.folded(i)).collect();
        assert_eq!(folds, ["mosul", "'s", "iraq", "'s"]);
    }

    proptest::proptest! {
        /// Whatever was met before, and whatever of it was forgotten since,
        /// a text is analysed as it is by a thread that has met nothing.
        #[test]
        fn memory_never_changes_an_analysis(
            before in "([A-Za-z’'.,:\"“”()\u{a0}é-]{1,6}[ \n]){0,12}",
            text in "([A-Za-z’'.,:\"“”()\u{a0}é1-]{1,7}[ \n\t]{1,2}){0,16}",
            kept in 0usize..40,
        ) {
            let folder = test_folder();
            let fresh = snapshot(&analyze(&text));
            let mut warm = Analysis::default();
            warm.run(&before, &folder);
            warm.run(&text, &folder);
            warm.forget_spellings_after(kept);
            warm.run(&text, &folder);
            proptest::prop_assert_eq!(snapshot(&warm), fresh.clone());
            warm.run(&before, &folder);
            warm.run(&text, &folder);
            proptest::prop_assert_eq!(snapshot(&warm), fresh);
        }

        /// The first token recorded for each spelling a document adds is
        /// the first of its tokens with that spelling, whatever the
        /// document before it added.
        #[test]
        fn new_spellings_are_recorded_at_their_first_token(
            before in "([A-Za-z’'.,:\"“”()\u{a0}é-]{1,6}[ \n]){0,12}",
            text in "([A-Za-z’'.,:\"“”()\u{a0}é1-]{1,7}[ \n\t]{1,2}){0,16}",
        ) {
            let folder = test_folder();
            let mut a = Analysis::default();
            a.run(&before, &folder);
            let known = a.spellings.len();
            a.run(&text, &folder);
            let mut want = Vec::new();
            for (i, token) in a.tokens.iter().enumerate() {
                if token.spelling as usize == known + want.len() {
                    want.push(i as u32);
                }
            }
            proptest::prop_assert_eq!(known + want.len(), a.spellings.len());
            proptest::prop_assert_eq!(&a.new_spelling_tokens, &want);
        }
    }

    #[test]
    fn paragraphs_are_lines() {
        let a = analyze("Hoda Jassim (Baghdad)\nYesterday, Iraq confirmed.\n\n  Next one");
        assert_eq!(a.paragraphs.len(), 3);
        assert!(a.tokens[a.paragraphs[1].start as usize].paragraph_start);
        assert_eq!(a.sentences.len(), 3);
        // Tokens 0–4 (`Hoda Jassim ( Baghdad )`), 5–9, 10–11.
        let n = a.tokens.len();
        let paragraphs: Vec<usize> = (0..n).map(|i| a.paragraph_of(i)).collect();
        assert_eq!(paragraphs, [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2]);
        let starts: Vec<usize> = (0..n).map(|i| a.sentence_start(i)).collect();
        assert_eq!(starts, [0, 0, 0, 0, 0, 5, 5, 5, 5, 5, 10, 10]);
        let ends: Vec<usize> = (0..n).map(|i| a.sentence_end(i)).collect();
        assert_eq!(ends, [5, 5, 5, 5, 5, 10, 10, 10, 10, 10, 12, 12]);
        assert_eq!(a.sentence_at(n), None);
        assert_eq!((a.paragraph_at(5), a.paragraph_at(n)), (Some(1), None));
    }

    #[test]
    fn quotation_marks_are_listed_by_their_fold() {
        // Curly, straight, low and angled marks; not the apostrophe of a
        // possessive, nor a hyphen.
        let text = "“Yes,” he said. \"No\" — «non» „ja“ Iraq’s ‘bases’ - x";
        let a = analyze(text);
        let marks: Vec<&str> = a
            .quote_marks
            .iter()
            .map(|&i| &text[a.tokens[i as usize].span()])
            .collect();
        assert_eq!(marks, ["“", "”", "\"", "\"", "«", "»", "„", "“", "‘", "’"]);
    }

    #[test]
    fn commas_are_listed_by_their_fold() {
        // Not the comma inside a number, nor other punctuation, nor the
        // ideographic comma, which keeps a fold of its own.
        let text = "Baghdad, Iraq, 1,500 troops; said: yes、no, then";
        let a = analyze(text);
        let commas: Vec<usize> = a
            .commas
            .iter()
            .map(|&i| a.tokens[i as usize].span().start)
            .collect();
        let expected: Vec<usize> = ["Baghdad,", "Iraq,", "no,"]
            .iter()
            .map(|w| text.find(w).unwrap() + w.len() - 1)
            .collect();
        assert_eq!(commas, expected);
    }

    #[test]
    fn per_token_numbers() {
        let mut table = PerToken::default();
        table.reset(5);
        table.set(TokenRange::new(1, 3), 0);
        table.set(TokenRange::new(3, 4), 7);
        let got: Vec<Option<usize>> = (0..6).map(|i| table.get(i)).collect();
        assert_eq!(got, [None, Some(0), Some(0), Some(7), None, None]);
        // Reused for a shorter document, the table keeps no number.
        table.reset(4);
        let got: Vec<Option<usize>> = (0..5).map(|i| table.get(i)).collect();
        assert_eq!(got, [None; 5]);
    }

    #[test]
    fn classes() {
        assert_eq!(classify("’s"), Class::Possessive);
        assert_eq!(classify("'S"), Class::Possessive);
        assert_eq!(classify("Iraq"), Class::Word);
        assert_eq!(classify("5,000"), Class::Word);
        assert_eq!(classify("“"), Class::Punct);
    }

    proptest::proptest! {
        /// The one-pass ASCII fold and classification equals the general
        /// path whenever it takes a token.
        #[test]
        fn ascii_fold_agrees_with_the_general_path(token in "[!-~]{1,12}|[A-Za-z]{1,12}") {
            let folder = test_folder();
            let mut fast = String::from("x");
            if let Some(fold) = folder.fold_ascii(&token, &mut fast) {
                let (mut general, mut scratch) = (String::from("x"), String::new());
                folder.fold(&token, classify(&token), &mut general, &mut scratch);
                proptest::prop_assert_eq!(&fast, &general);
                proptest::prop_assert_eq!((fold.class, fold.shape), (classify(&token), Shape::of(&token)));
                // A fold said to be plain is the token's plain fold.
                if fold.plain {
                    let mut plain = String::from("x");
                    fold::fold_plain(&token, &mut plain);
                    proptest::prop_assert_eq!(fast, plain);
                }
            } else {
                proptest::prop_assert_eq!(fast, "x");
            }
        }
    }

    #[test]
    fn empty_and_blank_text() {
        for text in ["", "   \n\n\t "] {
            let a = analyze(text);
            assert!(a.tokens.is_empty() && a.paragraphs.is_empty() && a.sentences.is_empty());
            assert_eq!(a.haystack, " ");
        }
    }
}
