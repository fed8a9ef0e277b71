//! json-positions against serde_json: the same texts are accepted and rejected for the same
//! reason, with the same line, and they read to the same values. (The fuzz target
//! `json_positions` in `fuzz/` checks the same on libFuzzer's inputs.)
//!
//! One difference is intended: a number beyond a 64-bit float's range (`1e400`) is JSON to
//! us, kept as written, where serde_json stops with "number out of range". Where it does,
//! the number at serde_json's position must be one std's float parser reads as infinite;
//! with it written as `0 `, both must agree again, and ours must read the text with it and
//! with `0 ` alike (the number aside).

use json_positions::{self as json, Value};
use proptest::prelude::*;
use serde_json::Value as Serde;

/// Our value as serde_json's: repeated keys keep the last, as serde_json's map does.
fn to_serde(value: &Value) -> Serde {
    match value {
        Value::Null => Serde::Null,
        Value::Bool(b) => Serde::Bool(*b),
        Value::Integer(n) => match (u64::try_from(*n), i64::try_from(*n)) {
            (Ok(n), _) => Serde::from(n),
            (_, Ok(n)) => Serde::from(n),
            _ => Serde::from(*n as f64),
        },
        // Beyond a float's range (where serde_json stops), as the `0` `agree` puts there.
        Value::Number(text) if text.parse::<f64>().is_ok_and(f64::is_infinite) => Serde::from(0u64),
        Value::Number(text) => serde_json::from_str(text).unwrap_or(Serde::Null),
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

/// Whether two serde_json values are equal, floats within a few units in the last place
/// (serde_json's default float parsing is not always correctly rounded; ours is).
fn close(a: &Serde, b: &Serde) -> bool {
    match (a, b) {
        (Serde::Number(x), Serde::Number(y)) if x.is_f64() && y.is_f64() => {
            let (x, y) = (x.as_f64().unwrap_or(0.0), y.as_f64().unwrap_or(0.0));
            // serde_json reads floats to within a unit in the last place (without its
            // float_roundtrip feature), which for subnormal numbers is far more than
            // 1e-15 relative: below the smallest normal number, any difference is equal.
            x == y
                || (x - y).abs() <= x.abs().max(y.abs()) * 1e-15
                || (x - y).abs() < f64::MIN_POSITIVE
        }
        (Serde::Array(x), Serde::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| close(a, b))
        }
        (Serde::Object(x), Serde::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y)
                    .all(|((k, a), (l, b))| k == l && close(a, b))
        }
        _ => a == b,
    }
}

/// serde_json's error message without its position, in our words for the surrogate cases
/// (serde_json names two of them differently; both are a lone surrogate).
fn serde_reason(error: &serde_json::Error) -> String {
    let full = error.to_string();
    let bare = full.split(" at line ").next().unwrap_or(&full);
    match bare {
        "unexpected end of hex escape" | "lone leading surrogate in hex escape" => {
            "lone surrogate in hex escape".to_owned()
        }
        bare => bare.to_owned(),
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
    let mut end = start;
    let digits = |mut i: usize| {
        while at(i).is_ascii_digit() {
            i += 1;
        }
        i
    };
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

/// Checks that both parsers agree on `text`.
fn agree(text: &str) -> Result<(), TestCaseError> {
    let ours = json::parse(text);
    let theirs = serde_json::from_str::<Serde>(text);
    if let Err(e) = &theirs {
        if serde_reason(e) == "number out of range" {
            // The intended difference (see the top of this file).
            let number = number_at(text, e.line(), e.column());
            let number = number.and_then(|at| Some((text.get(at.clone())?, at)));
            let Some((number, at)) = number else {
                return Err(TestCaseError::fail(format!("{text:?}: no number at {e}")));
            };
            prop_assert!(
                number.parse::<f64>().is_ok_and(f64::is_infinite),
                "{text:?}: {number:?} at {e}"
            );
            // `0 `, so that what follows is not read as part of it.
            let zeroed = format!(
                "{}0 {}",
                text.get(..at.start).unwrap_or(""),
                text.get(at.end..).unwrap_or("")
            );
            match (&ours, json::parse(&zeroed)) {
                (Ok(a), Ok(b)) => prop_assert!(close(&to_serde(a), &to_serde(&b)), "{text:?}"),
                (Err(a), Err(b)) => {
                    prop_assert_eq!(a.kind, b.kind, "{:?}", text);
                    prop_assert_eq!(a.line, b.line, "{:?}", text);
                }
                (a, b) => prop_assert!(false, "{text:?}: {a:?}, with 0: {b:?}"),
            }
            return agree(&zeroed);
        }
    }
    match (&ours, &theirs) {
        (Ok(ours), Ok(theirs)) => {
            prop_assert!(
                close(&to_serde(ours), theirs),
                "{text:?}: {ours:?} vs {theirs}"
            );
        }
        (Err(ours), Err(theirs)) => {
            prop_assert_eq!(ours.kind.to_string(), serde_reason(theirs), "{:?}", text);
            // Lines agree except where serde_json counts a line break it has just read.
            if !text.contains('\n') {
                prop_assert_eq!(ours.line, theirs.line(), "{:?}", text);
            }
        }
        _ => prop_assert!(false, "{text:?}: ours {ours:?}, serde_json {theirs:?}"),
    }
    Ok(())
}

/// JSON-like text: mostly the characters JSON is made of.
fn json_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"",
        "\"a\"",
        "\"é\"",
        " ",
        "\n",
        "\t",
        "0",
        "1",
        "9",
        "-",
        "+",
        ".",
        "e",
        "E",
        "true",
        "false",
        "null",
        "tru",
        "\\",
        "\\n",
        "\\u00e9",
        "\\ud83d",
        "\\ude00",
        "\\x",
        "/",
        "\u{1}",
        "x",
        "1e999",
        "-1e400",
        "1.8e308",
        "12345678901234567890",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|pieces| pieces.concat())
}

/// Arbitrary serde_json values.
fn serde_values() -> impl Strategy<Value = Serde> {
    let leaf = prop_oneof![
        Just(Serde::Null),
        any::<bool>().prop_map(Serde::Bool),
        any::<i64>().prop_map(Serde::from),
        any::<u64>().prop_map(Serde::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Serde::from),
        (-1e-3f64..1e-3).prop_map(Serde::from),
        any::<String>().prop_map(Serde::String),
    ];
    leaf.prop_recursive(5, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Serde::Array),
            prop::collection::btree_map(any::<String>(), inner, 0..6)
                .prop_map(|map| Serde::Object(map.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn both_parsers_agree_on_json_like_text(text in json_like()) {
        agree(&text)?;
    }

    #[test]
    fn both_parsers_agree_on_any_text(text in any::<String>()) {
        agree(&text)?;
    }

    #[test]
    fn both_parsers_agree_on_mutated_json(
        value in serde_values(),
        at in any::<prop::sample::Index>(),
        byte in prop::sample::select(&b"{}[],:\"\\ 0-.e\n"[..]),
    ) {
        let mut text = value.to_string().into_bytes();
        let at = at.index(text.len() + 1);
        text.insert(at, byte);
        agree(&String::from_utf8_lossy(&text))?;
    }

    #[test]
    fn we_read_what_serde_json_writes(value in serde_values()) {
        for text in [serde_json::to_string(&value), serde_json::to_string_pretty(&value)] {
            let text = text.unwrap_or_default();
            let ours = json::parse(&text);
            let same = ours.as_ref().is_ok_and(|ours| close(&to_serde(ours), &value));
            prop_assert!(same, "{text}: {ours:?}");
        }
    }
}

#[test]
fn repeated_keys_are_kept_in_order_and_the_last_one_is_read() {
    let text = r#"{"b": 1, "a": 2, "b": 3}"#;
    let ours = json::parse(text).unwrap_or(Value::Null);
    let keys: Vec<&str> = ours
        .as_object()
        .unwrap_or_default()
        .iter()
        .map(|(key, _)| key.as_str())
        .collect();
    assert_eq!(keys, ["b", "a", "b"]);
    assert_eq!(ours["b"], 3);
    let theirs: Serde = serde_json::from_str(text).unwrap_or_default();
    assert_eq!(to_serde(&ours), theirs);
}

#[test]
fn nesting_is_limited_as_in_serde_json() {
    for depth in [json::MAX_DEPTH, json::MAX_DEPTH + 1] {
        for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
            let text = format!("{}0{}", open.repeat(depth), close.repeat(depth));
            let ours = json::parse(&text)
                .map(|_| ())
                .map_err(|e| e.kind.to_string());
            let theirs = serde_json::from_str::<Serde>(&text)
                .map(|_| ())
                .map_err(|e| serde_reason(&e));
            assert_eq!(ours, theirs, "depth {depth}");
        }
    }
}
