//! Compiles the built-in questionnaire in without its indentation: the file in
//! `questionnaires/` stays readable, and the widget's WebAssembly carries about a fifth
//! fewer bytes of it (DESIGN.md, "Size and speed").

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
