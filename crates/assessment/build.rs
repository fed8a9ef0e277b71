//! Compiles the built-in questionnaire in without its indentation (for the domain and the
//! command-line tool; the file in `questionnaires/` stays readable), and fingerprints the
//! questionnaire's types for the compiled files (`src/compiled.rs`).

use std::env;
use std::fs;
use std::path::Path;

fn main() {
    let source = "../../questionnaires/social-media-integration.json";
    println!("cargo:rerun-if-changed={source}");
    let json = match fs::read_to_string(source) {
        Ok(json) => json,
        Err(e) => panic!("cannot read {source}: {e}"),
    };
    let Some(dir) = env::var_os("OUT_DIR") else {
        panic!("cargo did not set OUT_DIR");
    };
    let out = Path::new(&dir).join("social-media-integration.json");
    if let Err(e) = fs::write(&out, without_whitespace(&json)) {
        panic!("cannot write {}: {e}", out.display());
    }

    // The compiled questionnaire (src/compiled.rs) lists each part's fields by position, so
    // a file and a widget must come from the same types: every compiled file carries this
    // fingerprint of the source that declares them, and a widget reads only its own.
    // The benchmark's types are part of the questionnaire's, in a file of their own.
    let mut source = Vec::new();
    for types in ["src/questionnaire.rs", "src/benchmark.rs"] {
        println!("cargo:rerun-if-changed={types}");
        match fs::read(types) {
            Ok(bytes) => source.extend(bytes),
            Err(e) => panic!("cannot read {types}: {e}"),
        }
    }
    println!(
        "cargo:rustc-env=SILO_CHECK_QUESTIONNAIRE_TYPES={:016x}",
        fnv1a(&source)
    );
}

/// The 64-bit FNV-1a hash: stable across machines, toolchains and runs.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The JSON text without the whitespace between tokens; strings are copied unchanged.
fn without_whitespace(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let mut in_string = false;
    let mut escaped = false;
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !matches!(c, ' ' | '\t' | '\n' | '\r') {
            out.push(c);
        }
    }
    out
}
