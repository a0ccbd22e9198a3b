//! Batches of inputs, extracted in parallel and written in input order.

use std::io::{self, BufRead, IsTerminal, Write};
use std::path::PathBuf;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use sayso::Extractor;

use crate::pages::Pages;
use crate::render::{Rendered, render_file, render_line};

/// Inputs read and extracted together: memory stays bounded whatever the
/// input's size, and output keeps the input's order. Large enough to keep
/// every thread busy.
const CHUNK: usize = 256;

/// Where a batch goes: JSON lines, HTML pages if wanted, a progress bar,
/// and the count of inputs that failed.
pub struct Output<W: Write> {
    lines: W,
    pages: Option<Pages>,
    progress: ProgressBar,
    failures: usize,
}

impl<W: Write> Output<W> {
    /// JSON lines to `lines`, no pages, no progress bar.
    pub fn new(lines: W) -> Output<W> {
        Output {
            lines,
            pages: None,
            progress: ProgressBar::hidden(),
            failures: 0,
        }
    }

    /// Also writes each article's page into `pages`.
    pub fn with_pages(mut self, pages: Pages) -> Output<W> {
        self.pages = Some(pages);
        self
    }

    /// Shows a progress bar on stderr when stderr is a terminal; a pipe or
    /// a file gets none, so logs stay clean.
    pub fn with_progress_on_terminal(mut self) -> Output<W> {
        if io::stderr().is_terminal() {
            self.progress = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        }
        self
    }

    /// Flushes the lines, writes the pages' index and clears the progress
    /// bar; gives back the writer of the lines.
    pub fn finish(mut self) -> io::Result<W> {
        self.progress.finish_and_clear();
        self.lines.flush()?;
        if let Some(pages) = &self.pages {
            pages.finish()?;
        }
        Ok(self.lines)
    }

    /// Writes a rendered input, and says on stderr why it failed if it did.
    fn emit(&mut self, rendered: Rendered) -> io::Result<()> {
        self.lines.write_all(&rendered.line)?;
        if let (Some(pages), Some(page)) = (&mut self.pages, rendered.page) {
            pages.write(page)?;
        }
        if let Some(message) = rendered.error {
            self.failures += 1;
            // Above the bar, which redraws below it.
            self.progress.suspend(|| eprintln!("sayso: {message}"));
        }
        Ok(())
    }

    /// Renders `inputs` on the current rayon pool and writes them in order.
    fn render_chunk<T: Sync>(
        &mut self,
        inputs: &[T],
        render: impl Fn(&T) -> Rendered + Sync,
    ) -> io::Result<()> {
        let progress = &self.progress;
        let rendered: Vec<Rendered> = inputs
            .par_iter()
            .map(|input| {
                let r = render(input);
                progress.inc(1);
                r
            })
            .collect();
        rendered.into_iter().try_for_each(|r| self.emit(r))
    }
}

/// Writes one line per file, `{"file": …, "entities": […], "quotes": […]}`
/// or `{"error": …, "file": …}`; returns the number of files that failed.
pub fn run_files<W: Write>(
    extractor: &Extractor,
    files: &[PathBuf],
    output: &mut Output<W>,
) -> io::Result<usize> {
    let before = output.failures;
    output.progress.set_length(files.len() as u64);
    output
        .progress
        .set_style(style("{wide_bar} {pos}/{len} files, {elapsed} (ETA {eta})"));
    let want_pages = output.pages.is_some();
    for chunk in files.chunks(CHUNK) {
        output.render_chunk(chunk, |file| render_file(extractor, file, want_pages))?;
    }
    Ok(output.failures - before)
}

/// Reads `{"id": …, "text": …}` lines and writes one line each, with the
/// same `id`, in input order and in constant memory; returns the number of
/// lines that failed. A line that is empty, not JSON or has no string
/// `text` gives `{"error": …, "id"|"line": …}`.
pub fn run_jsonl<W: Write>(
    extractor: &Extractor,
    input: impl BufRead,
    output: &mut Output<W>,
) -> io::Result<usize> {
    let before = output.failures;
    output
        .progress
        .set_style(style("{spinner} {human_pos} lines read, {elapsed}"));
    let want_pages = output.pages.is_some();
    let mut lines = input.split(b'\n').enumerate();
    loop {
        let chunk = read_chunk(&mut lines)?;
        if chunk.is_empty() {
            return Ok(output.failures - before);
        }
        output.render_chunk(&chunk, |(n, line)| {
            render_line(extractor, *n, line, want_pages)
        })?;
    }
}

/// The next lines, numbered from 1, without their line ends.
fn read_chunk(
    lines: &mut impl Iterator<Item = (usize, io::Result<Vec<u8>>)>,
) -> io::Result<Vec<(usize, Vec<u8>)>> {
    let mut chunk = Vec::with_capacity(CHUNK);
    for (n, line) in lines.by_ref() {
        let mut line = line?;
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        chunk.push((n + 1, line));
        if chunk.len() == CHUNK {
            break;
        }
    }
    Ok(chunk)
}

fn style(template: &str) -> ProgressStyle {
    ProgressStyle::with_template(template).expect("the progress templates are valid")
}
