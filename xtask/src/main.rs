//! Project commands for Silo Check: `cargo xtask <command>`.
//!
//! Every command first makes sure the tools it needs are present, installing only what is
//! missing, at pinned versions; a second run with everything present skips every install.
//! A prerequisite that cannot be installed stops the command with one line saying what
//! failed and what to do.

use std::env;
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

/// The Trunk release these machines can build (0.22 needs a newer rustc).
const TRUNK_VERSION: &str = "0.21.14";
/// The address `serve` listens on.
const SERVE_ADDRESS: &str = "127.0.0.1";
/// The port `serve` listens on.
const SERVE_PORT: &str = "8080";
/// The cargo-fuzz release `fuzz` installs when it is missing.
const CARGO_FUZZ_VERSION: &str = "0.13.2";
/// How long `fuzz` runs each target unless told otherwise, in seconds.
const FUZZ_SECONDS: u64 = 60;

const USAGE: &str = "\
Silo Check project commands

usage: cargo xtask <command>

commands:
  serve    build the widget and serve it on http://127.0.0.1:8080 (rebuilds on change)
  test     run every check: rustfmt, clippy (native and wasm32), native tests,
           component tests in headless Chromium, a release build, and the
           end-to-end tests against it
  build    build the release widget into dist/
  package  build the release widget and make the installable package from it:
           target/package/silo-check-widget-<version>.tgz (npm) and .zip
  setup    install whatever is missing (wasm target, trunk, wasm-bindgen-cli,
           Chromium and ChromeDriver, npm packages) and nothing else
  fuzz [SECONDS_PER_TARGET]
           run each fuzz target in fuzz/ for that long (default 60) on the nightly
           toolchain, installing cargo-fuzz if missing; fails if any input crashes
  bench [RUNS]
           build the release widget, run the domain's criterion benchmarks briefly,
           then load Silo Check and the same questionnaire in SurveyJS RUNS times
           each (default 7) in headless Chromium and print size, speed and memory
           side by side (all figures in bench/results/latest.json), and time the
           team view with 1,000 respondents (bench/results/team.json)
";

/// A failed step: one line for the user.
struct Failure(String);

type Step = Result<(), Failure>;

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let root = project_root();
    // Tools installed by the set-up (cargo's bin folder, npm's wasm-opt) must be found by
    // every command we start, whatever the caller's PATH. Nothing else runs yet.
    env::set_var("PATH", tool_path(&root));
    let outcome = match args.first().map(String::as_str) {
        Some("serve") => serve(&root),
        Some("test") => test(&root),
        Some("build") => setup(&root, Needs::BUILD).and_then(|()| release_build(&root)),
        Some("package") => setup(&root, Needs::BUILD)
            .and_then(|()| release_build(&root))
            .and_then(|()| package(&root)),
        Some("setup") => setup(&root, Needs::ALL),
        Some("fuzz") => fuzz(&root, args.get(1).map(String::as_str)),
        Some("bench") => bench(&root, args.get(1).map(String::as_str)),
        Some("-h" | "--help" | "help") | None => {
            print!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(Failure(format!(
            "unknown command `{other}`; run `cargo xtask --help` for the list"
        ))),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(line)) => {
            eprintln!("xtask: {line}");
            ExitCode::FAILURE
        }
    }
}

fn project_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest
        .parent()
        .map_or(manifest.clone(), Path::to_path_buf)
}

// ---------------------------------------------------------------------------------------
// Commands

fn serve(root: &Path) -> Step {
    setup(root, Needs::BUILD)?;
    // The built-in questionnaire's files, the widget for hosts' own questionnaires, the
    // results screen and the team view's page are built once, before serving; Trunk copies them into every rebuild
    // of the widget's page (index.html), but does not rebuild them on change.
    built_in_questionnaire(root)?;
    custom_widget(root, Profile::Debug)?;
    results_screen(root, Profile::Debug)?;
    team_page(root, Profile::Debug)?;
    studio_page(root, Profile::Debug)?;
    println!("xtask: serving on http://{SERVE_ADDRESS}:{SERVE_PORT}/ (Ctrl-C to stop)");
    run(
        Command::new("trunk")
            .args(["serve", "--address", SERVE_ADDRESS, "--port", SERVE_PORT])
            .current_dir(root),
        "trunk serve",
    )
}

fn test(root: &Path) -> Step {
    let started = Instant::now();
    setup(root, Needs::ALL)?;
    let stage = |name: &str| println!("\nxtask: == {name} ({}s)", started.elapsed().as_secs());

    stage("rustfmt");
    run(
        Command::new("cargo")
            .args(["fmt", "--all", "--check"])
            .current_dir(root),
        "cargo fmt --check (run `cargo fmt --all` to fix)",
    )?;

    stage("clippy, native");
    run(
        Command::new("cargo")
            .args([
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ])
            .current_dir(root),
        "clippy (native)",
    )?;

    stage("clippy, wasm32");
    // The widget with its component tests, and the domain library as the widget uses it
    // (the domain's own tests use proptest, which is native-only).
    // The widget that visitors download is built without default features (no studio,
    // and its results screen a module of its own): linted as it is built, too.
    for scope in [
        &["--package", "silo-check", "--all-targets"][..],
        &["--package", "silo-check", "--bins", "--no-default-features"][..],
        &["--package", "assessment", "--lib"][..],
    ] {
        run(
            Command::new("cargo")
                .args(["clippy", "--target", "wasm32-unknown-unknown"])
                .args(scope)
                .args(["--", "-D", "warnings"])
                .current_dir(root),
            "clippy (wasm32)",
        )?;
    }

    stage("native tests");
    run(
        Command::new("cargo")
            .args(["test", "--workspace"])
            .current_dir(root),
        "native tests",
    )?;

    stage("component tests in headless Chromium");
    run(
        Command::new("cargo")
            .args([
                "test",
                "--package",
                "silo-check",
                "--target",
                "wasm32-unknown-unknown",
            ])
            .current_dir(root)
            .env("CHROMEDRIVER", "/usr/bin/chromedriver")
            .env("WASM_BINDGEN_TEST_TIMEOUT", "120"),
        "component tests (wasm-bindgen-test)",
    )?;

    stage("release build");
    release_build(root)?;

    stage("size budget");
    size_budget(root)?;

    stage("package");
    package(root)?;

    stage("end-to-end tests");
    run(
        Command::new("npx")
            .args([
                "--no-install",
                "playwright",
                "test",
                "--config",
                "tests/e2e/playwright.config.mjs",
            ])
            .current_dir(root),
        "end-to-end tests (Playwright)",
    )?;

    println!(
        "\nxtask: every check passed in {}s",
        started.elapsed().as_secs()
    );
    Ok(())
}

fn release_build(root: &Path) -> Step {
    built_in_questionnaire(root)?;
    custom_widget(root, Profile::Release)?;
    results_screen(root, Profile::Release)?;
    team_page(root, Profile::Release)?;
    studio_page(root, Profile::Release)?;
    run(
        Command::new("trunk")
            .args(["build", "--release"])
            .current_dir(root),
        "trunk build --release",
    )?;
    precompress(root)
}

/// Makes the installable package (npm tarball and zip) from the release build in dist/
/// (scripts/package.mjs); the end-to-end tests install it into an empty folder.
fn package(root: &Path) -> Step {
    run(
        Command::new("node")
            .args(["scripts/package.mjs"])
            .current_dir(root),
        "the package (node scripts/package.mjs)",
    )
}

/// How Trunk builds a page.
#[derive(Clone, Copy)]
enum Profile {
    Debug,
    Release,
}

/// Where the team view's page is built, for index.html to copy into dist/team/.
const TEAM_DIST: &str = "target/team-dist";

/// Where the widget for hosts' own questionnaires is built (custom.html), for index.html
/// to copy beside the widget's own files in dist/.
const CUSTOM_DIST: &str = "target/custom-dist";

/// Where the results screen of the widget that visitors download is built (results.html),
/// for index.html to copy beside the widget's own files in dist/.
const RESULTS_DIST: &str = "target/results-dist";

/// Where the built-in questionnaire's compiled files are written, for index.html to copy
/// into dist/questionnaires/.
const BUILT_IN_DIST: &str = "target/built-in";

/// Writes the built-in questionnaire into [`BUILT_IN_DIST`] once per language, validated
/// here and compiled (`assessment::compiled`), whole and as its start, so the widget that visitors download reads
/// it without the validator (DESIGN.md, "Size and speed"). A questionnaire with a problem
/// stops the build with every problem listed.
fn built_in_questionnaire(root: &Path) -> Step {
    use assessment::Questionnaire;
    let source = root.join("questionnaires/social-media-integration.json");
    let text = fs::read_to_string(&source)
        .map_err(|e| Failure(format!("cannot read {}: {e}", source.display())))?;
    let problems = |problems: Vec<assessment::Problem>| {
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        Failure(format!(
            "the built-in questionnaire has problems:\n  {}",
            list.join("\n  ")
        ))
    };
    let first = Questionnaire::parse(&text).map_err(problems)?;
    let out = root.join(BUILT_IN_DIST);
    // Only this build's files: a language dropped from the questionnaire leaves no file.
    let _ = fs::remove_dir_all(&out);
    fs::create_dir_all(&out)
        .map_err(|e| Failure(format!("cannot create {}: {e}", out.display())))?;
    for tag in first.languages() {
        let q = Questionnaire::parse_in(&text, &[tag.as_str()]).map_err(problems)?;
        // The whole questionnaire, and its start (without the texts only the results
        // show), which the widget shows first.
        for (part, text) in [
            ("", assessment::compiled::write(&q)),
            ("start.", assessment::compiled::write_start(&q)),
        ] {
            let file = out.join(format!("{}.{tag}.{part}compiled.json", q.id()));
            fs::write(&file, text)
                .map_err(|e| Failure(format!("cannot write {}: {e}", file.display())))?;
        }
    }
    Ok(())
}

/// Builds the widget for hosts that give their own questionnaire (custom.html: the same
/// widget with the validator, `silo-check-custom`) into [`CUSTOM_DIST`]; the loader fetches
/// it only for such a host, so a visitor of the built-in questionnaire never downloads it.
fn custom_widget(root: &Path, profile: Profile) -> Step {
    let mut trunk = Command::new("trunk");
    trunk.args(["build", "custom.html", "--dist", CUSTOM_DIST]);
    if let Profile::Release = profile {
        trunk.arg("--release");
    }
    run(trunk.current_dir(root), "trunk build custom.html")
}

/// Builds the results screen of the widget that visitors download (results.html,
/// `silo-check-results`) into [`RESULTS_DIST`]; the loader fetches it with the first
/// answer, so a first visit carries only what the questions need.
fn results_screen(root: &Path, profile: Profile) -> Step {
    let mut trunk = Command::new("trunk");
    trunk.args(["build", "results.html", "--dist", RESULTS_DIST]);
    if let Profile::Release = profile {
        trunk.arg("--release");
    }
    run(trunk.current_dir(root), "trunk build results.html")
}

/// Builds the team view's page (team.html, its own WebAssembly: a consultant's tool that a
/// visitor never downloads) into [`TEAM_DIST`]; the widget's build copies it to dist/team/.
fn team_page(root: &Path, profile: Profile) -> Step {
    let mut trunk = Command::new("trunk");
    trunk.args(["build", "team.html", "--dist", TEAM_DIST]);
    if let Profile::Release = profile {
        trunk.arg("--release");
    }
    run(trunk.current_dir(root), "trunk build team.html")
}

/// Builds the studio's page (studio/index.html with studio/Trunk.toml: a consultant's tool
/// with its own WebAssembly) into target/studio-dist; the widget's build copies it to
/// dist/studio/.
fn studio_page(root: &Path, profile: Profile) -> Step {
    let mut trunk = Command::new("trunk");
    trunk.arg("build");
    if let Profile::Release = profile {
        trunk.arg("--release");
    }
    run(
        trunk.current_dir(root.join("studio")),
        "trunk build studio/index.html",
    )
}

// ---------------------------------------------------------------------------------------
// Size and speed (bench/)

/// How many cold loads of each side `bench` measures unless told otherwise.
const BENCH_RUNS: u32 = 7;

/// Writes a .gz and a .br next to every file of dist/ (bench/precompress.mjs).
fn precompress(root: &Path) -> Step {
    run(
        Command::new("node")
            .args(["bench/precompress.mjs", "dist"])
            .current_dir(root),
        "precompressing dist/ (node bench/precompress.mjs)",
    )
}

/// Fails when the release build in dist/ is over its gzip size budget
/// (bench/size-budget.mjs says what is counted).
fn size_budget(root: &Path) -> Step {
    run(
        Command::new("node")
            .args(["bench/size-budget.mjs", "dist"])
            .current_dir(root),
        "size budget (node bench/size-budget.mjs lists every file)",
    )
}

/// Builds the release widget, runs the domain's criterion benchmarks with short times, then
/// measures Silo Check against SurveyJS in headless Chromium (bench/run.mjs).
fn bench(root: &Path, runs: Option<&str>) -> Step {
    let runs = match runs {
        None => BENCH_RUNS,
        Some(text) => text.parse::<u32>().ok().filter(|&n| n > 0).ok_or_else(|| {
            Failure(format!(
                "`{text}` is not a number of runs; run for example `cargo xtask bench 9`"
            ))
        })?,
    };
    let started = Instant::now();
    setup(root, Needs::ALL)?;
    println!("\nxtask: == release build");
    release_build(root)?;
    println!("\nxtask: == domain benchmarks (criterion, short measurement times)");
    run(
        Command::new("cargo")
            .args([
                "bench",
                "--package",
                "assessment",
                "--bench",
                "domain",
                "--",
                "--warm-up-time",
                "0.3",
                "--measurement-time",
                "1",
                "--output-format",
                "bencher",
            ])
            .current_dir(root),
        "criterion benchmarks (cargo bench -p assessment --bench domain)",
    )?;
    println!("\nxtask: == Silo Check and SurveyJS in headless Chromium, {runs} cold loads each");
    run(
        Command::new("node")
            .args(["bench/run.mjs", "--runs", &runs.to_string()])
            .current_dir(root),
        "browser benchmark (node bench/run.mjs)",
    )?;
    println!("\nxtask: == the team view with 1,000 respondents in headless Chromium");
    run(
        Command::new("node")
            .args(["bench/team.mjs", "--runs", "5"])
            .current_dir(root),
        "team view benchmark (node bench/team.mjs)",
    )?;
    println!(
        "\nxtask: benchmarks done in {}s",
        started.elapsed().as_secs()
    );
    Ok(())
}

/// Runs every cargo-fuzz target for `seconds` each (with debug assertions, so arithmetic
/// overflow counts as a crash), prints the executions and time of each, and fails if any
/// target found an input that crashes it. The growing corpus stays in `fuzz/corpus/`, the
/// committed seeds in `fuzz/seeds/` are only read, and crashing inputs land in
/// `fuzz/artifacts/<target>/`.
fn fuzz(root: &Path, seconds: Option<&str>) -> Step {
    let seconds = match seconds {
        None => FUZZ_SECONDS,
        Some(text) => text.parse::<u64>().ok().filter(|&s| s > 0).ok_or_else(|| {
            Failure(format!(
                "`{text}` is not a number of seconds; run for example `cargo xtask fuzz 120`"
            ))
        })?,
    };
    ensure_nightly()?;
    ensure_cargo_tool(
        "cargo-fuzz",
        CARGO_FUZZ_VERSION,
        &[
            "install",
            "cargo-fuzz",
            "--version",
            CARGO_FUZZ_VERSION,
            "--locked",
        ],
        Some(&["install", "cargo-fuzz", "--version", CARGO_FUZZ_VERSION]),
    )?;
    let dir = root.join("fuzz");
    let listed = output(
        Command::new("cargo")
            .args(["+nightly", "fuzz", "list"])
            .current_dir(&dir),
    )
    .ok_or_else(|| Failure("`cargo +nightly fuzz list` failed in fuzz/".into()))?;
    let targets: Vec<&str> = listed
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    println!(
        "xtask: building {} fuzz targets: {}",
        targets.len(),
        targets.join(", ")
    );
    run(
        Command::new("cargo")
            .args(["+nightly", "fuzz", "build", "--debug-assertions"])
            .current_dir(&dir),
        "cargo +nightly fuzz build",
    )?;
    let logs = dir.join("target").join("logs");
    fs::create_dir_all(&logs).map_err(|e| Failure(format!("cannot create {logs:?}: {e}")))?;
    let mut summary = Vec::new();
    let mut crashed = Vec::new();
    for target in &targets {
        println!("xtask: fuzzing {target} for {seconds}s");
        let (finished, log) = fuzz_target(&dir, &logs, target, seconds)?;
        let runs = executions(&log).map_or_else(|| "?".to_string(), |n| n.to_string());
        let verdict = if finished.crashed { ", CRASHED" } else { "" };
        let line = format!(
            "{target}: {runs} executions in {}s{verdict}",
            finished.seconds
        );
        println!("xtask: {line}");
        summary.push(line);
        if finished.crashed {
            for found in log.lines().filter(|l| l.contains("Test unit written to")) {
                println!("xtask: {target}: {}", found.trim());
            }
            println!(
                "xtask: {target}: the whole log is {}",
                logs.join(format!("{target}.log")).display()
            );
            crashed.push(*target);
        }
    }
    println!("\nxtask: fuzzing, {seconds}s a target:");
    for line in &summary {
        println!("  {line}");
    }
    if crashed.is_empty() {
        return Ok(());
    }
    Err(Failure(format!(
        "fuzz target(s) {} found crashing inputs, saved in fuzz/artifacts/<target>/; reproduce one with `cargo +nightly fuzz run <target> <file>` in fuzz/ and turn it into a regression test",
        crashed.join(", ")
    )))
}

/// How a fuzz run went: its wall-clock seconds, and whether it stopped on a crash.
struct Finished {
    seconds: u64,
    crashed: bool,
}

/// Runs one target for `seconds`, writing libFuzzer's output to `<logs>/<target>.log`, and
/// returns how it went with that log.
fn fuzz_target(
    dir: &Path,
    logs: &Path,
    target: &str,
    seconds: u64,
) -> Result<(Finished, String), Failure> {
    let corpus = dir.join("corpus").join(target);
    fs::create_dir_all(&corpus).map_err(|e| Failure(format!("cannot create {corpus:?}: {e}")))?;
    let log_path = logs.join(format!("{target}.log"));
    let log = fs::File::create(&log_path)
        .and_then(|file| Ok((file.try_clone()?, file)))
        .map_err(|e| Failure(format!("cannot write {log_path:?}: {e}")))?;
    let mut command = Command::new("cargo");
    command
        .args(["+nightly", "fuzz", "run", "--debug-assertions", target])
        .arg(&corpus);
    let seeds = dir.join("seeds").join(target);
    if seeds.is_dir() {
        command.arg(&seeds);
    }
    // A slow input is a finding too: ten seconds is thousands of times the usual run.
    command.args([
        "--".to_string(),
        format!("-max_total_time={seconds}"),
        "-timeout=10".to_string(),
        "-print_final_stats=1".to_string(),
    ]);
    let dictionary = dir.join("dicts").join(format!("{target}.dict"));
    if dictionary.is_file() {
        command.arg(format!("-dict={}", dictionary.display()));
    }
    let started = Instant::now();
    let status = command
        .current_dir(dir)
        .stdout(log.0)
        .stderr(log.1)
        .status()
        .map_err(|e| Failure(format!("cargo fuzz run could not start: {e}")))?;
    let finished = Finished {
        seconds: started.elapsed().as_secs(),
        crashed: !status.success(),
    };
    Ok((finished, fs::read_to_string(&log_path).unwrap_or_default()))
}

/// The number of inputs libFuzzer ran, from its final statistics or, when it stopped on a
/// crash, its last status line (`#1234 NEW ...`, `#1234 DONE ...`).
fn executions(log: &str) -> Option<u64> {
    let stat = log.lines().rev().find_map(|line| {
        line.strip_prefix("stat::number_of_executed_units:")
            .and_then(|n| n.trim().parse().ok())
    });
    stat.or_else(|| {
        log.lines().rev().find_map(|line| {
            let (count, _) = line.strip_prefix('#')?.split_once(char::is_whitespace)?;
            count.parse().ok()
        })
    })
}

// ---------------------------------------------------------------------------------------
// Set-up

/// Which prerequisites a command needs.
#[derive(Clone, Copy)]
struct Needs {
    browser: bool,
}

impl Needs {
    const BUILD: Needs = Needs { browser: false };
    const ALL: Needs = Needs { browser: true };
}

fn setup(root: &Path, needs: Needs) -> Step {
    ensure_wasm_target()?;
    ensure_cargo_tool(
        "trunk",
        TRUNK_VERSION,
        &["install", "trunk", "--version", TRUNK_VERSION, "--locked"],
        None,
    )?;
    let bindgen = wasm_bindgen_version(root)?;
    ensure_cargo_tool(
        "wasm-bindgen",
        &bindgen,
        &[
            "install",
            "wasm-bindgen-cli",
            "--version",
            &bindgen,
            "--locked",
        ],
        // `--locked` can fail when the lock file names a version the registry mirror lacks.
        Some(&["install", "wasm-bindgen-cli", "--version", &bindgen]),
    )?;
    ensure_npm_packages(root)?;
    if needs.browser {
        ensure_chromium()?;
    }
    Ok(())
}

fn ensure_wasm_target() -> Step {
    let installed = output(Command::new("rustup").args(["target", "list", "--installed"]))
        .ok_or_else(|| {
            Failure("rustup is not on PATH: install Rust with rustup, then run this again".into())
        })?;
    if installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    println!("xtask: adding the wasm32-unknown-unknown target");
    run(
        Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]),
        "`rustup target add wasm32-unknown-unknown` failed: check access to static.rust-lang.org",
    )
}

/// Makes sure the nightly toolchain is there, which cargo-fuzz needs for its sanitizer flags.
fn ensure_nightly() -> Step {
    let toolchains =
        output(Command::new("rustup").args(["toolchain", "list"])).ok_or_else(|| {
            Failure("rustup is not on PATH: install Rust with rustup, then run this again".into())
        })?;
    if toolchains.lines().any(|l| l.starts_with("nightly")) {
        return Ok(());
    }
    println!("xtask: installing the nightly toolchain, which cargo-fuzz needs");
    run(
        Command::new("rustup").args(["toolchain", "install", "nightly", "--profile", "minimal"]),
        "`rustup toolchain install nightly` failed: check access to static.rust-lang.org",
    )
}

/// Installs `tool` with `cargo install` unless `tool --version` already prints `version`.
fn ensure_cargo_tool(
    tool: &str,
    version: &str,
    install: &[&str],
    fallback: Option<&[&str]>,
) -> Step {
    if let Some(found) = output(Command::new(tool).arg("--version")) {
        if found.split_whitespace().any(|word| word == version) {
            return Ok(());
        }
        println!(
            "xtask: {tool} is {}, but this project needs {version}",
            found.trim()
        );
    }
    println!("xtask: installing {tool} {version} with cargo (several minutes, once)");
    if run(Command::new("cargo").args(install), tool).is_ok() {
        return Ok(());
    }
    if let Some(args) = fallback {
        println!("xtask: retrying without --locked");
        if run(Command::new("cargo").args(args), tool).is_ok() {
            return Ok(());
        }
    }
    Err(Failure(format!(
        "could not install {tool} {version} (`cargo {}`): check access to crates.io and the output above",
        install.join(" ")
    )))
}

/// The wasm-bindgen version in Cargo.lock, which wasm-bindgen-cli must equal exactly.
fn wasm_bindgen_version(root: &Path) -> Result<String, Failure> {
    let lock = fs::read_to_string(root.join("Cargo.lock")).map_err(|e| {
        Failure(format!(
            "cannot read Cargo.lock ({e}): run `cargo generate-lockfile`"
        ))
    })?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = \""))
            {
                return Ok(version.trim_end_matches('"').to_string());
            }
        }
    }
    Err(Failure(
        "Cargo.lock has no wasm-bindgen entry: run `cargo generate-lockfile`".into(),
    ))
}

/// Runs `npm ci` when node_modules does not match the committed package-lock.json.
fn ensure_npm_packages(root: &Path) -> Step {
    let lock = fs::read(root.join("package-lock.json")).map_err(|e| {
        Failure(format!(
            "cannot read package-lock.json ({e}): it is committed with the project"
        ))
    })?;
    let stamp = root.join("node_modules").join(".silo-check-lock");
    let wanted = format!("{:016x}", fnv1a(&lock));
    let ready = fs::read_to_string(&stamp).is_ok_and(|s| s.trim() == wanted)
        && root.join("node_modules/.bin/wasm-opt").exists()
        && root.join("node_modules/.bin/playwright").exists();
    if ready {
        return Ok(());
    }
    println!("xtask: installing npm packages from package-lock.json");
    run(
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(root),
        "`npm ci` failed: check access to the npm registry and that Node and npm are installed",
    )?;
    fs::write(&stamp, wanted).map_err(|e| Failure(format!("cannot write {stamp:?}: {e}")))
}

fn ensure_chromium() -> Step {
    let present = |p: &str| Path::new(p).exists();
    if present("/usr/bin/chromium") && present("/usr/bin/chromedriver") {
        return Ok(());
    }
    println!("xtask: installing Debian's chromium and chromium-driver");
    let apt = |args: &[&str]| {
        Command::new("apt-get")
            .args(args)
            .env("DEBIAN_FRONTEND", "noninteractive")
            .status()
            .is_ok_and(|s| s.success())
    };
    let install = [
        "install",
        "-y",
        "--no-install-recommends",
        "chromium",
        "chromium-driver",
    ];
    if apt(&install) || (apt(&["update"]) && apt(&install)) {
        return Ok(());
    }
    Err(Failure(
        "could not install chromium and chromium-driver with apt-get: run `apt-get install chromium chromium-driver` as root".into(),
    ))
}

// ---------------------------------------------------------------------------------------
// Helpers

/// PATH with the project's npm tools (wasm-opt) and cargo's bin folder in front.
fn tool_path(root: &Path) -> OsString {
    let mut dirs = vec![root.join("node_modules").join(".bin")];
    if let Some(home) = env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
    {
        dirs.push(home.join("bin"));
    }
    if let Some(path) = env::var_os("PATH") {
        dirs.extend(env::split_paths(&path));
    }
    env::join_paths(dirs).unwrap_or_default()
}

fn run(command: &mut Command, what: &str) -> Step {
    match command.status() {
        Ok(status) if status.success() => Ok(()),
        Ok(status) => Err(Failure(format!("{what} failed ({status})"))),
        Err(e) => Err(Failure(format!("{what} could not start: {e}"))),
    }
}

fn output(command: &mut Command) -> Option<String> {
    let out = command.output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}
