//! json-positions against serde_json: the same texts are accepted and rejected for the same
//! reason, with the same line, and they read to the same values. (The fuzz target
//! `json_positions` in `fuzz/` checks the same on libFuzzer's inputs.)

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

/// Checks that both parsers agree on `text`.
fn agree(text: &str) -> Result<(), TestCaseError> {
    let ours = json::parse(text);
    let theirs = serde_json::from_str::<Serde>(text);
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
