//! `sayso`: the people, organizations, places and quotations of news
//! articles, as JSON lines or HTML pages.

use std::io::{self, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use sayso::{Extractor, Gazetteer};
use sayso_cli::{Output, Pages, check_gazetteer, run_files, run_jsonl};

const EXIT_CODES: &str = "\
Exit status:
  0  every input was processed
  1  some inputs failed: each got an error line and a message on stderr,
     and the others were still processed
  2  a usage error, a gazetteer that does not load, or output that cannot
     be written";

const EXAMPLES: &str = "\
Examples:
  sayso extract article.txt other.txt > extractions.jsonl
  sayso extract --jsonl --threads 4 < articles.jsonl > extractions.jsonl
  sayso extract --gazetteer my-gazetteer/ --explain article.txt
  sayso html pages/ articles/*.txt      # then open pages/index.html
  sayso check my-gazetteer/";

#[derive(Parser)]
#[command(
    name = "sayso",
    version,
    about = "Finds the people, organizations and places news articles name, and who said what.",
    after_help = format!("{EXAMPLES}\n\n{EXIT_CODES}"),
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Extract(ExtractArgs),
    Html(HtmlArgs),
    Check(CheckArgs),
}

/// Prints one JSON line per article.
///
/// Each file gives `{"file": …, "entities": […], "quotes": […]}`: entities
/// with their mentions (`start`/`end` are UTF-8 byte offsets into the
/// text) and quotations with their speakers. With --jsonl, each input line
/// `{"id": …, "text": …}` gives a line with the same `id`, in input order,
/// in constant memory. An input that cannot be read or parsed gets a line
/// `{"error": …, "file"|"id"|"line": …}` and a message on stderr; the
/// others are still processed.
#[derive(Args)]
#[command(after_help = format!("Examples:
  sayso extract article.txt other.txt > extractions.jsonl
  sayso extract --jsonl < articles.jsonl > extractions.jsonl
  sayso extract --html pages/ article.txt

{EXIT_CODES}"))]
struct ExtractArgs {
    #[command(flatten)]
    options: Options,
    /// Also write one HTML page per article, and index.html, into DIR
    #[arg(long, value_name = "DIR")]
    html: Option<PathBuf>,
    #[command(flatten)]
    input: Input,
}

/// Writes one HTML page per article, and index.html listing them, into DIR.
///
/// Each page is self-contained (no script, no external asset): mentions of
/// one entity share a colour, quotations are shaded in their speaker's.
#[derive(Args)]
#[command(after_help = format!("Examples:
  sayso html pages/ articles/*.txt
  sayso html pages/ --jsonl < articles.jsonl

{EXIT_CODES}"))]
struct HtmlArgs {
    /// The directory to write the pages into (created if needed)
    #[arg(value_name = "DIR")]
    dir: PathBuf,
    #[command(flatten)]
    options: Options,
    #[command(flatten)]
    input: Input,
}

/// Checks a gazetteer directory and prints what it holds.
///
/// Loads the directory's `.tsv` files with the bundled word lists, as
/// --gazetteer does (the format is in gazetteer/README.md), and builds the
/// extractor. Prints what each file added, the entities by kind, their
/// aliases, the rows of each word list and the patterns the extractor
/// matches. A file with a mistake gets its file:line and the problem on
/// stderr, and exit status 2.
#[derive(Args)]
#[command(after_help = "Examples:
  sayso check my-gazetteer/

Exit status:
  0  the gazetteer loads and builds
  2  it does not: stderr names the file and line at fault")]
struct CheckArgs {
    /// The directory of `.tsv` files
    #[arg(value_name = "GAZETTEER_DIR")]
    dir: PathBuf,
}

/// The options of every extracting command.
#[derive(Args)]
struct Options {
    /// Say how each mention was found and why it went to its entity
    #[arg(long)]
    explain: bool,
    /// Use the `.tsv` files of DIR (with the bundled word lists) instead of
    /// the bundled gazetteer
    #[arg(long, value_name = "DIR")]
    gazetteer: Option<PathBuf>,
    /// Extract on N threads [default: all cores]; the output is the same
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,
}

/// Files, or JSON lines on stdin.
#[derive(Args)]
struct Input {
    /// Read `{"id": …, "text": …}` lines from stdin instead of files
    #[arg(long, conflicts_with = "files")]
    jsonl: bool,
    /// The articles: UTF-8 text files
    #[arg(value_name = "FILE", required_unless_present = "jsonl")]
    files: Vec<PathBuf>,
}

/// How the command ended, as its exit status.
enum Status {
    Done,
    SomeFailed,
    Fatal,
}

impl From<Status> for ExitCode {
    fn from(status: Status) -> ExitCode {
        match status {
            Status::Done => ExitCode::SUCCESS,
            Status::SomeFailed => ExitCode::from(1),
            Status::Fatal => ExitCode::from(2),
        }
    }
}

fn main() -> ExitCode {
    let status = match Cli::parse().command {
        Command::Extract(args) => extract(args),
        Command::Html(args) => html(args),
        Command::Check(args) => check(&args.dir),
    };
    status.into()
}

fn extract(args: ExtractArgs) -> Status {
    let output = Output::new(BufWriter::new(io::stdout()));
    let output = match &args.html {
        Some(dir) => match create_pages(dir) {
            Some(pages) => output.with_pages(pages),
            None => return Status::Fatal,
        },
        None => output,
    };
    run(&args.options, &args.input, output)
}

fn html(args: HtmlArgs) -> Status {
    match create_pages(&args.dir) {
        Some(pages) => run(
            &args.options,
            &args.input,
            Output::new(io::sink()).with_pages(pages),
        ),
        None => Status::Fatal,
    }
}

fn create_pages(dir: &Path) -> Option<Pages> {
    Pages::create(dir)
        .map_err(|e| eprintln!("sayso: {}: {e}", dir.display()))
        .ok()
}

/// Builds the extractor and the thread pool, then extracts every input.
fn run<W: Write + Send>(options: &Options, input: &Input, output: Output<W>) -> Status {
    let extractor = match build_extractor(options) {
        Ok(extractor) => extractor,
        Err(e) => {
            eprintln!("sayso: {e}");
            return Status::Fatal;
        }
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads.map_or(0, usize::from))
        .build();
    let pool = match pool {
        Ok(pool) => pool,
        Err(e) => {
            eprintln!("sayso: cannot start threads: {e}");
            return Status::Fatal;
        }
    };
    let output = output.with_progress_on_terminal();
    let result = pool.install(|| run_batch(&extractor, input, output));
    match result {
        Ok(0) => Status::Done,
        Ok(_) => Status::SomeFailed,
        // A reader that stopped early, as `head` does, is no failure.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Status::Done,
        Err(e) => {
            eprintln!("sayso: cannot write output: {e}");
            Status::Fatal
        }
    }
}

/// Extracts every input; returns the number that failed.
fn run_batch<W: Write>(
    extractor: &Extractor,
    input: &Input,
    mut output: Output<W>,
) -> io::Result<usize> {
    let failures = if input.jsonl {
        run_jsonl(extractor, BufReader::new(io::stdin()), &mut output)?
    } else {
        run_files(extractor, &input.files, &mut output)?
    };
    output.finish()?;
    Ok(failures)
}

fn build_extractor(options: &Options) -> Result<Extractor, sayso::Error> {
    let gazetteer = match &options.gazetteer {
        Some(dir) => Gazetteer::from_dir(dir)?,
        None => Gazetteer::bundled()?,
    };
    Extractor::builder()
        .explain(options.explain)
        .build(gazetteer)
}

fn check(dir: &Path) -> Status {
    match check_gazetteer(dir) {
        Ok(report) => {
            let mut stdout = io::stdout().lock();
            match write!(stdout, "{report}").and_then(|()| stdout.flush()) {
                Ok(()) => Status::Done,
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Status::Done,
                Err(e) => {
                    eprintln!("sayso: cannot write output: {e}");
                    Status::Fatal
                }
            }
        }
        Err(e) => {
            eprintln!("sayso: {e}");
            Status::Fatal
        }
    }
}
