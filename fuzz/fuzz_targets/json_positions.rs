//! `json_positions::parse` against serde_json on any text: both accept the same texts,
//! which read to the same value (repeated keys kept by ours, the last one read by both),
//! and both reject the same texts for the same reason, on the same line when the text is
//! one line (serde_json counts a line break it has just read); ours never panics and its
//! positions count from 1.
//!
//! One difference is intended (see `json_positions`' documentation): a number beyond a
//! 64-bit float's range is JSON to us, kept as written, where serde_json stops with "number
//! out of range". There, the number at serde_json's position must be one std's float
//! parser reads as infinite; with it written as `0 `, both must agree again, and ours must
//! read the text with it and with `0 ` alike, the number aside (as
//! `crates/json-positions/tests/serde_json.rs` checks).
#![no_main]

use json_positions::Value;
use libfuzzer_sys::fuzz_target;
use serde_json::Value as Serde;

fuzz_target!(|data: &[u8]| agree(&String::from_utf8_lossy(data)));

fn agree(text: &str) {
    let ours = json_positions::parse(text);
    let theirs = serde_json::from_str::<Serde>(text);
    if let Err(e) = &theirs {
        if reason(e) == "number out of range" {
            let at = number_at(text, e.line(), e.column());
            let at = at.unwrap_or_else(|| panic!("{text:?}: no number at {e}"));
            let number = text.get(at.clone()).unwrap_or_default();
            assert!(
                number.parse::<f64>().is_ok_and(f64::is_infinite),
                "{text:?}: {number:?} at {e}"
            );
            let zeroed = format!(
                "{}0 {}",
                text.get(..at.start).unwrap_or_default(),
                text.get(at.end..).unwrap_or_default()
            );
            match (&ours, json_positions::parse(&zeroed)) {
                (Ok(a), Ok(b)) => assert_eq!(to_serde(a), to_serde(&b), "{text:?}"),
                (Err(a), Err(b)) => assert_eq!((a.kind, a.line), (b.kind, b.line), "{text:?}"),
                (a, b) => panic!("{text:?}: {a:?}, with 0: {b:?}"),
            }
            return agree(&zeroed);
        }
    }
    match (&ours, &theirs) {
        (Ok(ours), Ok(theirs)) => assert_eq!(&to_serde(ours), theirs, "{text:?}"),
        (Err(ours), Err(theirs)) => {
            assert!(ours.line >= 1 && ours.column >= 1, "{ours:?}");
            assert_eq!(ours.kind.to_string(), reason(theirs), "{text:?}");
            if !text.contains('\n') {
                assert_eq!(ours.line, theirs.line(), "{text:?}");
            }
        }
        _ => panic!("{text:?}: ours {ours:?}, serde_json {theirs:?}"),
    }
}

/// The byte range of the number serde_json was reading at `line` and `column` (it counts
/// columns in bytes, from 1), as JSON's grammar reads it from its start.
fn number_at(text: &str, line: usize, column: usize) -> Option<std::ops::Range<usize>> {
    let line_start = match line {
        0 | 1 => 0,
        _ => text.match_indices('\n').nth(line - 2)?.0 + 1,
    };
    let bytes = text.as_bytes();
    let at = |i: usize| bytes.get(i).copied().unwrap_or(b' ');
    let in_number = |i: usize| at(i).is_ascii_digit() || b"+-.eE".contains(&at(i));
    let start = (0..line_start + column)
        .rev()
        .take_while(|&i| in_number(i))
        .last()?;
    let digits = |mut i: usize| {
        while at(i).is_ascii_digit() {
            i += 1;
        }
        i
    };
    let mut end = start;
    if at(end) == b'-' {
        end += 1;
    }
    end = digits(end);
    if at(end) == b'.' {
        end = digits(end + 1);
    }
    if matches!(at(end), b'e' | b'E') {
        end += 1;
        if matches!(at(end), b'+' | b'-') {
            end += 1;
        }
        end = digits(end);
    }
    Some(start..end)
}

/// Our value as serde_json's. A number kept as written is read by serde_json on its own,
/// which gives the float serde_json gives inside the document; repeated keys keep the last,
/// as serde_json's map does.
fn to_serde(value: &Value) -> Serde {
    match value {
        Value::Null => Serde::Null,
        Value::Bool(b) => Serde::Bool(*b),
        Value::Integer(n) => match (u64::try_from(*n), i64::try_from(*n)) {
            (Ok(n), _) => Serde::from(n),
            (_, Ok(n)) => Serde::from(n),
            _ => panic!("an integer out of range: {n}"),
        },
        // Beyond a float's range (where serde_json stops), as the `0 ` `agree` puts there.
        Value::Number(text) if text.parse::<f64>().is_ok_and(f64::is_infinite) => {
            Serde::from(0u64)
        }
        Value::Number(text) => match serde_json::from_str(text) {
            Ok(number) => number,
            Err(e) => panic!("serde_json cannot read our number {text:?}: {e}"),
        },
        Value::String(s) => Serde::String(s.clone()),
        Value::Array(items) => Serde::Array(items.iter().map(to_serde).collect()),
        Value::Object(fields) => Serde::Object(
            fields
                .iter()
                .map(|(k, v)| (k.clone(), to_serde(v)))
                .collect(),
        ),
    }
}

/// serde_json's error message without its position, in our words for the surrogate cases
/// (serde_json names two of them differently; both are a lone surrogate).
fn reason(error: &serde_json::Error) -> String {
    let full = error.to_string();
    let bare = full.split(" at line ").next().unwrap_or(&full);
    match bare {
        "unexpected end of hex escape" | "lone leading surrogate in hex escape" => {
            "lone surrogate in hex escape".to_owned()
        }
        bare => bare.to_owned(),
    }
}
