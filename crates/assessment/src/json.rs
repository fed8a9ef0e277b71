//! The documents Silo Check writes and reads back, as JSON text. Every document is a serde
//! type (the report in `export`, the team report in `team_export`, the saved session in
//! `session`, a report file read by the team view, the widget's events and host config).
//!
//! Writing is serde_json's: [`to_string`] and [`to_pretty`]. Reading, [`from_str`], goes
//! through the positioned reader the validator walks ([`json_positions`]) and a serde
//! deserializer over its tree, so the widget carries one JSON parser, and a syntax error
//! in a host's config reads as the validator's do. Of a repeated key a struct reads the last
//! value, as serde_json's map keeps it; [`Entries`] read every entry, in document order.
//!
//! Numbers: an integer reaches a visitor as `u64` or `i64`; any other number (`2.5`,
//! `1e3`, `-0`) reaches [`Deserializer::deserialize_any`] as its text, as written, and is
//! refused by every typed request (a string, an integer), so no float is ever made.

use json_positions::Value;
use serde::de::value::BorrowedStrDeserializer;
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, EnumAccess, MapAccess, SeqAccess, VariantAccess,
    Visitor,
};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::marker::PhantomData;

/// `document` as compact JSON, as serde_json writes it.
pub fn to_string<T: Serialize + ?Sized>(document: &T) -> String {
    // serde_json fails only for a map whose keys are not strings, or a value whose
    // `Serialize` reports an error; no document has either, so the empty text is never
    // returned.
    serde_json::to_string(document).unwrap_or_default()
}

/// `document` as JSON indented by two spaces a level, as serde_json writes it.
pub fn to_pretty<T: Serialize + ?Sized>(document: &T) -> String {
    // As in `to_string`, this cannot fail for a document.
    serde_json::to_string_pretty(document).unwrap_or_default()
}

/// Why a text could not be read as a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// The text is not JSON: what is wrong, and where.
    Syntax(json_positions::Error),
    /// The text is JSON, but not of the document's shape: a list where an object belongs,
    /// a text where a number does, a required field missing.
    Shape,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Syntax(error) => error.fmt(f),
            ReadError::Shape => f.write_str("the JSON is not of the expected shape"),
        }
    }
}

impl std::error::Error for ReadError {}

/// Reads `text` as a `T`: a syntax error, or JSON that does not fit `T`, is an error.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, ReadError> {
    let value = json_positions::parse(text).map_err(ReadError::Syntax)?;
    from_value(&value)
}

/// Reads a parsed `value` as a `T`: for a text read as more than one type (its version
/// first, then the document of that version), parsed once.
pub fn from_value<T: DeserializeOwned>(value: &Value) -> Result<T, ReadError> {
    T::deserialize(Tree(value)).map_err(|Mismatch| ReadError::Shape)
}

/// A value read when it has the expected type, and `None` when it is missing
/// (with `#[serde(default)]`) or of another type: for the fields of documents whose reader
/// decides itself what a missing or malformed field means.
///
/// It needs a deserializer over a parsed tree, as [`from_str`] has: a value that does not
/// fit is skipped whole, and the rest of the document is read on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lenient<T>(pub Option<T>);

impl<T> Default for Lenient<T> {
    fn default() -> Self {
        Lenient(None)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Lenient<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Lenient(T::deserialize(deserializer).ok()))
    }
}

/// An object whose keys are data (ids, option names), as its entries: written in the order
/// held, read in document order, repeated keys included.
///
/// A `Vec` rather than a map: documents sort their entries by key ([`Entries::sorted`]),
/// and the domain's one sort routine costs less WebAssembly than a `BTreeMap`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entries<T>(pub Vec<(String, T)>);

impl<T> Entries<T> {
    /// The entries sorted by key (stably), as a sorted map would hold them.
    pub fn sorted(mut entries: Vec<(String, T)>) -> Entries<T> {
        crate::order::sort_by(&mut entries, |a, b| a.0.cmp(&b.0));
        Entries(entries)
    }
}

impl<T: Serialize> Serialize for Entries<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(key, value)| (key, value)))
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Entries<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(EntriesVisitor(PhantomData))
    }
}

struct EntriesVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for EntriesVisitor<T> {
    type Value = Entries<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries<T>, A::Error> {
        let mut entries = Vec::new();
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(Entries(entries))
    }
}

/// The error of the tree deserializer. Nobody reads it (a reader turns it into a typed
/// error of its own), so it keeps no message, and serde's messages stay out of the
/// WebAssembly.
#[derive(Debug)]
struct Mismatch;

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not of the expected shape")
    }
}

impl std::error::Error for Mismatch {}

impl de::Error for Mismatch {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Mismatch
    }
}

/// A serde deserializer over a [`Value`].
#[derive(Clone, Copy)]
struct Tree<'a>(&'a Value);

impl<'de> Deserializer<'de> for Tree<'de> {
    type Error = Mismatch;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Mismatch> {
        match self.0 {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            // The reader gives integers within `i64::MIN..=u64::MAX` only.
            Value::Integer(n) => match (u64::try_from(*n), i64::try_from(*n)) {
                (Ok(n), _) => visitor.visit_u64(n),
                (_, Ok(n)) => visitor.visit_i64(n),
                _ => Err(Mismatch),
            },
            Value::Number(text) | Value::String(text) => visitor.visit_borrowed_str(text),
            Value::Array(items) => visitor.visit_seq(Items(items.iter())),
            Value::Object(fields) => visitor.visit_map(Fields::new(fields, &[])),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Mismatch> {
        match self.0 {
            Value::Bool(b) => visitor.visit_bool(*b),
            _ => Err(Mismatch),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Mismatch> {
        match self.0 {
            Value::String(text) => visitor.visit_borrowed_str(text),
            _ => Err(Mismatch),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Mismatch> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Mismatch> {
        match self.0 {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Mismatch> {
        match self.0 {
            Value::Array(items) => visitor.visit_seq(Items(items.iter())),
            _ => Err(Mismatch),
        }
    }

    /// Every entry, repeated keys included, in document order.
    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Mismatch> {
        match self.0 {
            Value::Object(fields) => visitor.visit_map(Fields::new(fields, &[])),
            _ => Err(Mismatch),
        }
    }

    /// Only from an object (serde_json also takes a list of the fields' values). Of a
    /// field given twice, only the last is read, as a map would keep it (serde's derived
    /// structs refuse a repeat).
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        names: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Mismatch> {
        match self.0 {
            Value::Object(fields) => visitor.visit_map(Fields::new(fields, names)),
            _ => Err(Mismatch),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Mismatch> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Mismatch> {
        visitor.visit_unit()
    }

    /// As serde_json writes an enum: a unit variant as its name, any other as an object
    /// with one field, the variant's name, whose value is the variant's content.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Mismatch> {
        match self.0 {
            Value::String(name) => visitor.visit_enum(BorrowedStrDeserializer::new(name)),
            Value::Object(fields) => match fields.as_slice() {
                [(name, content)] => visitor.visit_enum(Variant { name, content }),
                _ => Err(Mismatch),
            },
            _ => Err(Mismatch),
        }
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char bytes byte_buf unit
        unit_struct tuple tuple_struct identifier
    }
}

/// An enum's variant written as an object of one field: its name and its content.
struct Variant<'a> {
    name: &'a str,
    content: &'a Value,
}

impl<'de> EnumAccess<'de> for Variant<'de> {
    type Error = Mismatch;
    type Variant = Tree<'de>;

    fn variant_seed<V: DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> Result<(V::Value, Tree<'de>), Mismatch> {
        let name = seed.deserialize(BorrowedStrDeserializer::new(self.name))?;
        Ok((name, Tree(self.content)))
    }
}

impl<'de> VariantAccess<'de> for Tree<'de> {
    type Error = Mismatch;

    fn unit_variant(self) -> Result<(), Mismatch> {
        match self.0 {
            Value::Null => Ok(()),
            _ => Err(Mismatch),
        }
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Mismatch> {
        seed.deserialize(self)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Mismatch> {
        self.deserialize_seq(visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Mismatch> {
        self.deserialize_struct("", fields, visitor)
    }
}

/// An array's items, for a visitor.
struct Items<'a>(std::slice::Iter<'a, Value>);

impl<'de> SeqAccess<'de> for Items<'de> {
    type Error = Mismatch;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Mismatch> {
        self.0
            .next()
            .map(|item| seed.deserialize(Tree(item)))
            .transpose()
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

/// An object's fields, for a visitor.
struct Fields<'a> {
    fields: std::iter::Enumerate<std::slice::Iter<'a, (String, Value)>>,
    /// Of each name in `names` that the object has, the position of its last field: the
    /// earlier ones are skipped.
    last: Vec<(&'static str, usize)>,
    value: Option<&'a Value>,
}

impl<'a> Fields<'a> {
    /// The fields, without the earlier repeats of the `names` given. Linear in the fields
    /// for each name, so a hostile document with a million repeats costs a million steps.
    fn new(fields: &'a [(String, Value)], names: &'static [&'static str]) -> Fields<'a> {
        let last = names
            .iter()
            .filter_map(|&name| Some((name, fields.iter().rposition(|(key, _)| key == name)?)))
            .collect();
        Fields {
            fields: fields.iter().enumerate(),
            last,
            value: None,
        }
    }
}

impl<'de> MapAccess<'de> for Fields<'de> {
    type Error = Mismatch;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Mismatch> {
        for (at, (key, value)) in self.fields.by_ref() {
            if self
                .last
                .iter()
                .any(|&(name, last)| name == key && last != at)
            {
                continue;
            }
            self.value = Some(value);
            return seed
                .deserialize(BorrowedStrDeserializer::new(key))
                .map(Some);
        }
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Mismatch> {
        match self.value.take() {
            Some(value) => seed.deserialize(Tree(value)),
            None => Err(Mismatch),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[derive(Debug, Default, Deserialize, PartialEq)]
    #[serde(default)]
    struct Sample {
        count: Lenient<u8>,
        name: Lenient<String>,
        list: Vec<u64>,
        maybe: Option<bool>,
        map: BTreeMap<String, i64>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Strict {
        name: String,
    }

    #[test]
    fn documents_read_as_their_types() {
        let read = from_str::<Sample>(
            r#"{"count": 3, "name": "x", "list": [1, 2], "maybe": null, "map": {"b": -1, "a": 2},
                "other": [1.5, {"deep": true}]}"#,
        );
        let expected = Sample {
            count: Lenient(Some(3)),
            name: Lenient(Some("x".to_owned())),
            list: vec![1, 2],
            maybe: None,
            map: BTreeMap::from([("a".to_owned(), 2), ("b".to_owned(), -1)]),
        };
        assert_eq!(read, Ok(expected));
    }

    #[test]
    fn lenient_fields_of_another_type_are_none_and_the_rest_is_read() {
        let read = from_str::<Sample>(r#"{"count": 300, "name": 1.5, "maybe": true}"#);
        let expected = Sample {
            maybe: Some(true),
            ..Sample::default()
        };
        assert_eq!(read, Ok(expected));
        for text in [r#"{"count": "3"}"#, r#"{"count": -1}"#, r#"{"count": 2.0}"#] {
            assert_eq!(from_str::<Sample>(text), Ok(Sample::default()), "{text}");
        }
    }

    #[test]
    fn the_last_of_a_repeated_key_is_read() {
        let read = from_str::<Strict>(r#"{"name": 1, "name": "last"}"#);
        assert_eq!(
            read,
            Ok(Strict {
                name: "last".to_owned()
            })
        );
    }

    #[test]
    fn a_map_reads_every_entry_in_document_order() {
        let read = from_str::<Entries<u8>>(r#"{"b": 1, "a": 2, "b": 3}"#);
        let entries = [("b", 1), ("a", 2), ("b", 3)].map(|(k, v)| (k.to_owned(), v));
        assert_eq!(read, Ok(Entries(entries.to_vec())));
    }

    #[test]
    fn text_that_does_not_fit_is_an_error() {
        let syntax = from_str::<Strict>("{\"name\": \"x\",}").err();
        assert_eq!(
            syntax.map(|e| e.to_string()),
            Some("trailing comma at line 1 column 14".to_owned())
        );
        for text in [
            "[\"x\"]",
            "{}",
            "{\"name\": 1}",
            "{\"name\": 1.5}",
            "{\"name\": null}",
            "\"x\"",
        ] {
            assert_eq!(from_str::<Strict>(text), Err(ReadError::Shape), "{text}");
        }
    }

    #[test]
    fn numbers_with_fractions_reach_any_as_written() {
        struct Text;
        impl Visitor<'_> for Text {
            type Value = String;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("anything")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<String, E> {
                Ok(text.to_owned())
            }
        }
        let value = json_positions::parse("-1.50e3").unwrap_or(Value::Null);
        assert_eq!(
            Tree(&value).deserialize_any(Text).ok().as_deref(),
            Some("-1.50e3")
        );
    }

    #[test]
    fn written_text_is_serde_json_s() {
        #[derive(Serialize)]
        struct Out {
            text: &'static str,
            list: Vec<u8>,
            none: Option<u8>,
        }
        let out = Out {
            text: "quote \" controls \u{1}\n é",
            list: vec![1, 2],
            none: None,
        };
        assert_eq!(
            to_string(&out),
            r#"{"text":"quote \" controls \u0001\n é","list":[1,2],"none":null}"#
        );
        assert_eq!(
            to_pretty(&out),
            "{\n  \"text\": \"quote \\\" controls \\u0001\\n é\",\n  \"list\": [\n    1,\n    2\n  ],\n  \"none\": null\n}"
        );
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    enum Shape {
        Dot,
        Circle(u32),
        Pair(u32, u32),
        Square { side: u32, label: Option<String> },
    }

    #[test]
    fn enums_read_back_as_serde_json_writes_and_reads_them() {
        let shapes = vec![
            Shape::Dot,
            Shape::Circle(3),
            Shape::Pair(1, 2),
            Shape::Square {
                side: 4,
                label: Some("four".into()),
            },
        ];
        let text = to_string(&shapes);
        assert_eq!(from_str::<Vec<Shape>>(&text), Ok(shapes));
        let oracle: Vec<Shape> = serde_json::from_str(&text).unwrap();
        assert_eq!(from_str::<Vec<Shape>>(&text), Ok(oracle));
        for wrong in [
            r#""Triangle""#,
            r#"{"Circle":1,"Dot":null}"#,
            r#"{"Circle":"one"}"#,
            r#"{"Dot":1}"#,
            "3",
            "{}",
        ] {
            assert_eq!(from_str::<Shape>(wrong), Err(ReadError::Shape), "{wrong}");
            assert!(serde_json::from_str::<Shape>(wrong).is_err(), "{wrong}");
        }
    }
}
