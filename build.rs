//! Prepares the widget's stylesheet for its shadow root: every `Nrem` length in
//! `styles/widget.css` becomes `calc(var(--sc-rem) * N)`, so the widget keeps its size
//! whatever `html { font-size }` the host page sets (rem always refers to the page's root).

use std::env;
use std::fs;
use std::path::Path;

fn main() {
    let source = "styles/widget.css";
    println!("cargo:rerun-if-changed={source}");
    let css = match fs::read_to_string(source) {
        Ok(css) => css,
        Err(e) => panic!("cannot read {source}: {e}"),
    };
    let out = env::var_os("OUT_DIR").map(|d| Path::new(&d).join("widget.css"));
    let Some(out) = out else {
        panic!("cargo did not set OUT_DIR");
    };
    if let Err(e) = fs::write(&out, rem_to_custom_property(&css)) {
        panic!("cannot write {}: {e}", out.display());
    }
}

/// Rewrites `1.5rem` as `calc(var(--sc-rem) * 1.5)`; everything else is copied unchanged.
fn rem_to_custom_property(css: &str) -> String {
    let bytes = css.as_bytes();
    let mut out = String::with_capacity(css.len() * 2);
    let mut i = 0;
    while i < bytes.len() {
        let starts_number =
            (bytes[i].is_ascii_digit() || bytes[i] == b'.') && (i == 0 || !is_word(bytes[i - 1]));
        if starts_number {
            let mut j = i;
            while j < bytes.len() && (bytes[j].is_ascii_digit() || bytes[j] == b'.') {
                j += 1;
            }
            let unit_is_rem =
                css[j..].starts_with("rem") && bytes.get(j + 3).is_none_or(|&b| !is_word(b));
            if unit_is_rem {
                out.push_str("calc(var(--sc-rem) * ");
                out.push_str(&css[i..j]);
                out.push(')');
                i = j + 3;
                continue;
            }
            out.push_str(&css[i..j]);
            i = j;
            continue;
        }
        let len = css[i..].chars().next().map_or(1, char::len_utf8);
        out.push_str(&css[i..i + len]);
        i += len;
    }
    out
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_'
}
