//! `json_positions::parse` against serde_json on any text: both accept the same texts,
//! which read to the same value (repeated keys kept by ours, the last one read by both),
//! and both reject the same texts for the same reason, on the same line when the text is
//! one line (serde_json counts a line break it has just read); ours never panics and its
//! positions count from 1.
#![no_main]

use json_positions::Value;
use libfuzzer_sys::fuzz_target;
use serde_json::Value as Serde;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let ours = json_positions::parse(&text);
    let theirs = serde_json::from_str::<Serde>(&text);
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
});

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
