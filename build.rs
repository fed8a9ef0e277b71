//! Prepares the widget's stylesheet for its shadow root (and the team view's rules, which its
//! page adds to it): every `Nrem` length in `styles/widget.css` and `styles/team.css` becomes `calc(var(--sc-rem) * N)`, so the widget keeps its size
//! whatever `html { font-size }` the host page sets (rem always refers to the page's root).
//! Comments and the whitespace around braces, semicolons and commas are dropped, which
//! the WebAssembly carries about 1 KB (gzip) less for (DESIGN.md, "Size and speed").

use std::env;
use std::fs;
use std::path::Path;

fn main() {
    let Some(dir) = env::var_os("OUT_DIR") else {
        panic!("cargo did not set OUT_DIR");
    };
    let out = Path::new(&dir).join("widget.css");
    // The widget's stylesheet, and the team view's rules its page adds to it.
    for name in ["widget.css", "team.css"] {
        let source = format!("styles/{name}");
        println!("cargo:rerun-if-changed={source}");
        let css = match fs::read_to_string(&source) {
            Ok(css) => css,
            Err(e) => panic!("cannot read {source}: {e}"),
        };
        let file = out.with_file_name(name);
        if let Err(e) = fs::write(&file, minify(&rem_to_custom_property(&css))) {
            panic!("cannot write {}: {e}", file.display());
        }
    }
    let table = out.with_file_name("srgb_linear.rs");
    if let Err(e) = fs::write(&table, srgb_linear_table()) {
        panic!("cannot write {}: {e}", table.display());
    }
}

/// The linear light of each sRGB channel value 0-255, in millionths, as WCAG's relative
/// luminance defines it: computed here, so the widget's contrast checks (`src/contrast.rs`)
/// need no floating-point powers.
fn srgb_linear_table() -> String {
    let values: Vec<String> = (0..=255u32)
        .map(|v| {
            let c = f64::from(v) / 255.0;
            let linear = if c <= 0.040_45 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            };
            format!("{}", (linear * 1_000_000.0).round() as u32)
        })
        .collect();
    format!(
        "/// sRGB channel value to linear light, in millionths (written by build.rs).\nconst SRGB_LINEAR: [u32; 256] = [{}];\n",
        values.join(", ")
    )
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

/// Drops comments, collapses runs of whitespace to one space, and drops the spaces next to
/// `{`, `}`, `;` and `,`. Strings in the stylesheet hold none of these characters, and spaces
/// next to `:` are kept because `a :focus` and `a:focus` differ in a selector.
fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    let mut space = false;
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("/*") {
            rest = rest.find("*/").map_or("", |end| &rest[end + 2..]);
            continue;
        }
        rest = &rest[c.len_utf8()..];
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let tight = |c: char| matches!(c, '{' | '}' | ';' | ',');
        if space && !out.is_empty() && !tight(c) && !out.ends_with(tight) {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_'
}
