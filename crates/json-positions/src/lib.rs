//! A strict JSON reader that keeps what a validator needs and a map loses: an object's
//! fields in document order, repeated keys included ([`Value::get`] reads the last, as
//! most parsers do), integers as integers, and, for a syntax error, what is wrong with its
//! line and column ([`Error`]).
//!
//! It reads RFC 8259 and nothing else: no comments, no trailing commas, no byte order
//! mark, no lone surrogates in `\u` escapes. Numbers with a fraction or an exponent are
//! kept as written ([`Value::Number`]), so no float parser and its tables are needed. It
//! nests at most [`MAX_DEPTH`] levels, as serde_json does, and never panics. It accepts and
//! rejects exactly what serde_json does, for the same reasons in the same words (its tests
//! and a fuzz target check that), with one intended difference: a number beyond a 64-bit
//! float's range, such as `1e400`, is valid JSON (RFC 8259, section 6, leaves the range to
//! the reader) and is kept as written, where serde_json says "number out of range", so that
//! the reader of a field can say the number is out of that field's range, with its path.
//!
//! There is no writer: the documents Silo Check writes are serde types.
#![deny(missing_docs)]
#![forbid(unsafe_code)]
#![deny(clippy::indexing_slicing)]

use std::fmt;
use std::ops::Index;

/// The deepest nesting of arrays and objects [`parse`] accepts, as in serde_json.
pub const MAX_DEPTH: usize = 127;

/// A JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number written without fraction or exponent. [`parse`] gives one only within
    /// `i64::MIN..=u64::MAX` (where serde_json gave an integer); larger integers, and `-0`,
    /// are a [`Value::Number`].
    Integer(i128),
    /// Any other number, as written, such as `2.5`, `1e3` or `-0`.
    Number(String),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object: its fields in order, repeated keys included.
    Object(Vec<(String, Value)>),
}

/// What [`parse`] found wrong, and where.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Error {
    /// What is wrong.
    pub kind: ErrorKind,
    /// The line, counted from 1.
    pub line: usize,
    /// The column on that line, in characters, counted from 1: the character that is
    /// wrong, or the last one when the text ends too early.
    pub column: usize,
}

/// The kinds of [`Error`]. Their texts are serde_json's (which named lone surrogates in
/// two ways), so messages built on them read as they did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// The text ends inside an array.
    EndInList,
    /// The text ends inside an object.
    EndInObject,
    /// The text ends inside a string.
    EndInString,
    /// The text ends where a value should be (or is empty).
    EndInValue,
    /// No `:` after a key.
    ExpectedColon,
    /// No `,` or `]` after an array's item.
    ExpectedListCommaOrEnd,
    /// No `,` or `}` after an object's field.
    ExpectedObjectCommaOrEnd,
    /// A word other than `true`, `false` or `null`.
    ExpectedIdent,
    /// Something that starts no value.
    ExpectedValue,
    /// A backslash escape JSON does not have, or a `\u` without four hex digits.
    InvalidEscape,
    /// A malformed number, such as `01`, `1.` or `-`.
    InvalidNumber,
    /// A `\u` escape of half a surrogate pair without its other half.
    LoneSurrogate,
    /// A control character (U+0000 to U+001F) inside a string.
    ControlCharacter,
    /// An object key that is not a string.
    KeyMustBeString,
    /// A comma before a closing bracket.
    TrailingComma,
    /// Something after the value.
    TrailingCharacters,
    /// Arrays and objects nested deeper than [`MAX_DEPTH`].
    TooDeep,
}

/// Reads `text` as one JSON value, with nothing but whitespace around it.
pub fn parse(text: &str) -> Result<Value, Error> {
    let mut parser = Parser { text, index: 0 };
    let value = parser.value(0)?;
    match parser.skip_whitespace() {
        None => Ok(value),
        Some(_) => Err(parser.error(ErrorKind::TrailingCharacters)),
    }
}

impl Value {
    /// The value of an object's field `key` (the last, when the key is repeated); `None`
    /// for a missing key or a value that is not an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object()?
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    /// The text of a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// An integer within `0..=u64::MAX`.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Integer(n) => u64::try_from(*n).ok(),
            _ => None,
        }
    }

    /// A boolean.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// An array's items.
    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    /// An object's fields, in order, repeated keys included.
    pub fn as_object(&self) -> Option<&[(String, Value)]> {
        match self {
            Value::Object(fields) => Some(fields),
            _ => None,
        }
    }

    /// Whether this is `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
}

static NULL: Value = Value::Null;

impl Index<&str> for Value {
    type Output = Value;

    /// The field `key`, as [`Value::get`], or `null`.
    fn index(&self, key: &str) -> &Value {
        self.get(key).unwrap_or(&NULL)
    }
}

impl Index<usize> for Value {
    type Output = Value;

    /// The array item at `index`, or `null`.
    fn index(&self, index: usize) -> &Value {
        self.as_array()
            .and_then(|items| items.get(index))
            .unwrap_or(&NULL)
    }
}

impl PartialEq<str> for Value {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == Some(other)
    }
}

impl PartialEq<&str> for Value {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == Some(*other)
    }
}

impl PartialEq<bool> for Value {
    fn eq(&self, other: &bool) -> bool {
        self.as_bool() == Some(*other)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.kind, self.line, self.column
        )
    }
}

impl std::error::Error for Error {}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ErrorKind::EndInList => "EOF while parsing a list",
            ErrorKind::EndInObject => "EOF while parsing an object",
            ErrorKind::EndInString => "EOF while parsing a string",
            ErrorKind::EndInValue => "EOF while parsing a value",
            ErrorKind::ExpectedColon => "expected `:`",
            ErrorKind::ExpectedListCommaOrEnd => "expected `,` or `]`",
            ErrorKind::ExpectedObjectCommaOrEnd => "expected `,` or `}`",
            ErrorKind::ExpectedIdent => "expected ident",
            ErrorKind::ExpectedValue => "expected value",
            ErrorKind::InvalidEscape => "invalid escape",
            ErrorKind::InvalidNumber => "invalid number",
            ErrorKind::LoneSurrogate => "lone surrogate in hex escape",
            ErrorKind::ControlCharacter => {
                "control character (\\u0000-\\u001F) found while parsing a string"
            }
            ErrorKind::KeyMustBeString => "key must be a string",
            ErrorKind::TrailingComma => "trailing comma",
            ErrorKind::TrailingCharacters => "trailing characters",
            ErrorKind::TooDeep => "recursion limit exceeded",
        })
    }
}

macro_rules! integer_eq {
    ($($t:ty),*) => {$(
        impl PartialEq<$t> for Value {
            fn eq(&self, other: &$t) -> bool {
                matches!(self, Value::Integer(n) if i128::try_from(*other) == Ok(*n))
            }
        }
    )*};
}

integer_eq!(u8, u16, u32, u64, usize, i32, i64);

// ---------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------

struct Parser<'a> {
    text: &'a str,
    /// The byte index of the next character to read.
    index: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.index).copied()
    }

    /// Skips whitespace and returns the next byte, without taking it.
    fn skip_whitespace(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.index += 1;
        }
        self.peek()
    }

    /// An error at the next character, or, at the end of the text, at its last character.
    fn error(&self, kind: ErrorKind) -> Error {
        self.error_at(self.index, kind)
    }

    /// An error at the character starting at byte `index`.
    fn error_at(&self, index: usize, kind: ErrorKind) -> Error {
        let before = self.text.get(..index).unwrap_or(self.text);
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let line = 1 + before.bytes().filter(|&b| b == b'\n').count();
        let chars = before.get(line_start..).map_or(0, |s| s.chars().count());
        let column = if index < self.text.len() {
            chars + 1
        } else {
            chars.max(1)
        };
        Error { kind, line, column }
    }

    fn value(&mut self, depth: usize) -> Result<Value, Error> {
        let Some(byte) = self.skip_whitespace() else {
            return Err(self.error(ErrorKind::EndInValue));
        };
        match byte {
            b'n' => self.word("null", Value::Null),
            b't' => self.word("true", Value::Bool(true)),
            b'f' => self.word("false", Value::Bool(false)),
            b'"' => self.string().map(Value::String),
            b'-' | b'0'..=b'9' => self.number(),
            b'[' | b'{' if depth >= MAX_DEPTH => Err(self.error(ErrorKind::TooDeep)),
            b'[' => self.array(depth + 1),
            b'{' => self.object(depth + 1),
            _ => Err(self.error(ErrorKind::ExpectedValue)),
        }
    }

    fn word(&mut self, word: &str, value: Value) -> Result<Value, Error> {
        for expected in word.bytes() {
            match self.peek() {
                None => return Err(self.error(ErrorKind::EndInValue)),
                Some(b) if b != expected => return Err(self.error(ErrorKind::ExpectedIdent)),
                Some(_) => self.index += 1,
            }
        }
        Ok(value)
    }

    fn array(&mut self, depth: usize) -> Result<Value, Error> {
        self.index += 1;
        let mut items = Vec::new();
        match self.skip_whitespace() {
            Some(b']') => {
                self.index += 1;
                return Ok(Value::Array(items));
            }
            None => return Err(self.error(ErrorKind::EndInList)),
            Some(_) => {}
        }
        loop {
            items.push(self.value(depth)?);
            match self.skip_whitespace() {
                Some(b',') => {
                    self.index += 1;
                    match self.skip_whitespace() {
                        Some(b']') => return Err(self.error(ErrorKind::TrailingComma)),
                        // A value must follow the comma: serde_json says so too.
                        None => return Err(self.error(ErrorKind::EndInValue)),
                        Some(_) => {}
                    }
                }
                Some(b']') => {
                    self.index += 1;
                    return Ok(Value::Array(items));
                }
                Some(_) => return Err(self.error(ErrorKind::ExpectedListCommaOrEnd)),
                None => return Err(self.error(ErrorKind::EndInList)),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, Error> {
        self.index += 1;
        let mut fields = Vec::new();
        match self.skip_whitespace() {
            Some(b'}') => {
                self.index += 1;
                return Ok(Value::Object(fields));
            }
            Some(b'"') => {}
            Some(_) => return Err(self.error(ErrorKind::KeyMustBeString)),
            None => return Err(self.error(ErrorKind::EndInObject)),
        }
        loop {
            let key = self.string()?;
            match self.skip_whitespace() {
                Some(b':') => self.index += 1,
                Some(_) => return Err(self.error(ErrorKind::ExpectedColon)),
                None => return Err(self.error(ErrorKind::EndInObject)),
            }
            fields.push((key, self.value(depth)?));
            match self.skip_whitespace() {
                Some(b',') => {
                    self.index += 1;
                    match self.skip_whitespace() {
                        Some(b'"') => {}
                        Some(b'}') => return Err(self.error(ErrorKind::TrailingComma)),
                        Some(_) => return Err(self.error(ErrorKind::KeyMustBeString)),
                        // A value must follow the comma: serde_json says so too.
                        None => return Err(self.error(ErrorKind::EndInValue)),
                    }
                }
                Some(b'}') => {
                    self.index += 1;
                    return Ok(Value::Object(fields));
                }
                Some(_) => return Err(self.error(ErrorKind::ExpectedObjectCommaOrEnd)),
                None => return Err(self.error(ErrorKind::EndInObject)),
            }
        }
    }

    /// A string, the next byte being its opening quote.
    fn string(&mut self) -> Result<String, Error> {
        self.index += 1;
        let mut out = String::new();
        loop {
            let start = self.index;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.index += 1;
            }
            // The run stops at an ASCII byte or the end, so it is whole characters.
            out.push_str(self.text.get(start..self.index).unwrap_or(""));
            match self.peek() {
                None => return Err(self.error(ErrorKind::EndInString)),
                Some(b'"') => {
                    self.index += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.index += 1;
                    self.escape(&mut out)?;
                }
                Some(_) => return Err(self.error(ErrorKind::ControlCharacter)),
            }
        }
    }

    /// The escape after a backslash.
    fn escape(&mut self, out: &mut String) -> Result<(), Error> {
        let Some(byte) = self.peek() else {
            return Err(self.error(ErrorKind::EndInString));
        };
        let c = match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                self.index += 1;
                return self.unicode_escape(out);
            }
            _ => return Err(self.error(ErrorKind::InvalidEscape)),
        };
        self.index += 1;
        out.push(c);
        Ok(())
    }

    /// The four hex digits after `\u`, and a second escape after a leading surrogate.
    fn unicode_escape(&mut self, out: &mut String) -> Result<(), Error> {
        let first = self.hex()?;
        let code = match first {
            0xDC00..=0xDFFF => return Err(self.error_at(self.index - 1, ErrorKind::LoneSurrogate)),
            0xD800..=0xDBFF => {
                for expected in [b'\\', b'u'] {
                    match self.peek() {
                        None => return Err(self.error(ErrorKind::EndInString)),
                        Some(b) if b != expected => {
                            return Err(self.error(ErrorKind::LoneSurrogate))
                        }
                        Some(_) => self.index += 1,
                    }
                }
                let second = self.hex()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.error_at(self.index - 1, ErrorKind::LoneSurrogate));
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            code => code,
        };
        match char::from_u32(code) {
            Some(c) => {
                out.push(c);
                Ok(())
            }
            None => Err(self.error_at(self.index - 1, ErrorKind::LoneSurrogate)),
        }
    }

    /// Four hex digits.
    fn hex(&mut self) -> Result<u32, Error> {
        let digits = self.text.as_bytes().get(self.index..self.index + 4);
        let Some(digits) = digits else {
            self.index = self.text.len();
            return Err(self.error(ErrorKind::EndInString));
        };
        let mut code = 0;
        for &digit in digits {
            let value = match digit {
                b'0'..=b'9' => digit - b'0',
                b'a'..=b'f' => digit - b'a' + 10,
                b'A'..=b'F' => digit - b'A' + 10,
                _ => {
                    // Points at the last of the four, wherever the wrong one is.
                    let last = self.last_char_start(self.index + 4);
                    return Err(self.error_at(last, ErrorKind::InvalidEscape));
                }
            };
            code = code * 16 + u32::from(value);
        }
        self.index += 4;
        Ok(code)
    }

    /// The start of the character that ends just before byte `end`.
    fn last_char_start(&self, end: usize) -> usize {
        (0..end)
            .rev()
            .find(|&i| self.text.is_char_boundary(i))
            .unwrap_or(0)
    }

    fn number(&mut self) -> Result<Value, Error> {
        let start = self.index;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.index += 1;
        }
        match self.peek() {
            Some(b'0') => {
                self.index += 1;
                if let Some(b'0'..=b'9') = self.peek() {
                    return Err(self.error(ErrorKind::InvalidNumber));
                }
            }
            Some(b'1'..=b'9') => self.digits(),
            Some(_) => return Err(self.error(ErrorKind::InvalidNumber)),
            None => return Err(self.error(ErrorKind::EndInValue)),
        }
        let mut integer = true;
        if self.peek() == Some(b'.') {
            self.index += 1;
            self.required_digits()?;
            integer = false;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.index += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.index += 1;
            }
            self.required_digits()?;
            integer = false;
        }
        let text = self.text.get(start..self.index).unwrap_or("");
        if integer {
            let magnitude = text.trim_start_matches('-').parse::<u64>().ok();
            let value = match (negative, magnitude) {
                (false, Some(n)) => Some(i128::from(n)),
                (true, Some(n)) if n > 0 && n <= 1 << 63 => Some(-i128::from(n)),
                _ => None,
            };
            if let Some(n) = value {
                return Ok(Value::Integer(n));
            }
        }
        Ok(Value::Number(text.to_owned()))
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.index += 1;
        }
    }

    /// At least one digit, after a `.` or an exponent's `e`.
    fn required_digits(&mut self) -> Result<(), Error> {
        match self.peek() {
            Some(b'0'..=b'9') => {
                self.digits();
                Ok(())
            }
            Some(_) => Err(self.error(ErrorKind::InvalidNumber)),
            None => Err(self.error(ErrorKind::EndInValue)),
        }
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The value as JSON text, compact or indented by two spaces a level: for the tests
    /// only (the crate has no writer); numbers as kept, strings with the escapes JSON needs.
    pub(crate) fn show(value: &Value, indent: Option<usize>) -> String {
        let mut out = String::new();
        write(&mut out, value, indent);
        out
    }

    fn write(out: &mut String, value: &Value, indent: Option<usize>) {
        let line = |out: &mut String, level: usize| {
            out.push('\n');
            out.push_str(&"  ".repeat(level));
        };
        let items = |out: &mut String, open, close, values: Vec<(Option<&str>, &Value)>| {
            out.push(open);
            let inner = indent.map(|level| level + 1);
            for (i, (key, value)) in values.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                if let Some(level) = inner {
                    line(out, level);
                }
                if let Some(key) = key {
                    string(out, key);
                    out.push_str(if inner.is_some() { ": " } else { ":" });
                }
                write(out, value, inner);
            }
            if let (Some(level), false) = (indent, values.is_empty()) {
                line(out, level);
            }
            out.push(close);
        };
        match value {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(&b.to_string()),
            Value::Integer(n) => out.push_str(&n.to_string()),
            Value::Number(text) => out.push_str(text),
            Value::String(text) => string(out, text),
            Value::Array(values) => {
                items(out, '[', ']', values.iter().map(|v| (None, v)).collect())
            }
            Value::Object(fields) => items(
                out,
                '{',
                '}',
                fields.iter().map(|(k, v)| (Some(k.as_str()), v)).collect(),
            ),
        }
    }

    fn string(out: &mut String, text: &str) {
        out.push('"');
        for c in text.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\u{8}' => out.push_str("\\b"),
                '\u{c}' => out.push_str("\\f"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if c < ' ' => out.push_str(&format!("\\u{:04x}", u32::from(c))),
                c => out.push(c),
            }
        }
        out.push('"');
    }

    /// Parses `text` and compares the value shown compact, or the error, with `expected`.
    fn check(text: &str, expected: &str) {
        let actual = match parse(text) {
            Ok(value) => show(&value, None),
            Err(error) => format!("error: {error}"),
        };
        assert_eq!(actual, expected, "parsing {text:?}");
    }

    #[test]
    fn values() {
        check("null", "null");
        check(" \t\r\n true ", "true");
        check("false", "false");
        check("0", "0");
        check("-0", "-0");
        check("-12", "-12");
        check("18446744073709551615", "18446744073709551615");
        check("18446744073709551616", "18446744073709551616");
        check("-9223372036854775808", "-9223372036854775808");
        check("-9223372036854775809", "-9223372036854775809");
        check("1.50", "1.50");
        check("1E+2", "1E+2");
        check("-1e-400", "-1e-400");
        check("0.000e999999999999999999", "0.000e999999999999999999");
        check("17976931348623157e292", "17976931348623157e292");
        check("-1.7976931348623158e308", "-1.7976931348623158e308");
        check(
            r#""a\"\\\/\b\f\n\r\t\u00e9\uD83D\uDE00""#,
            r#""a\"\\/\b\f\n\r\té😀""#,
        );
        check("[]", "[]");
        check("[1, [2, {}], \"x\"]", "[1,[2,{}],\"x\"]");
        check(r#"{"b": 1, "a": 2, "b": 3}"#, r#"{"b":1,"a":2,"b":3}"#);
    }

    #[test]
    fn errors() {
        check("", "error: EOF while parsing a value at line 1 column 1");
        check(
            "[1, 2",
            "error: EOF while parsing a list at line 1 column 5",
        );
        check(
            "{\"a\": 1\n",
            "error: EOF while parsing an object at line 2 column 1",
        );
        check(
            "\"abc",
            "error: EOF while parsing a string at line 1 column 4",
        );
        check("{\"a\" 1}", "error: expected `:` at line 1 column 6");
        check("[1 2]", "error: expected `,` or `]` at line 1 column 4");
        check(
            "{\n  \"a\": 1\n  \"b\": 2\n}",
            "error: expected `,` or `}` at line 3 column 3",
        );
        check("tru}", "error: expected ident at line 1 column 4");
        check("+1", "error: expected value at line 1 column 1");
        check("\"\\x\"", "error: invalid escape at line 1 column 3");
        check("\"\\u12x4\"", "error: invalid escape at line 1 column 7");
        check("01", "error: invalid number at line 1 column 2");
        // Beyond a 64-bit float's range is still JSON, kept as written (where serde_json
        // says "number out of range"): the field's reader says what is wrong.
        check("1e400", "1e400");
        check("[-0.18e310]", "[-0.18e310]");
        check(
            &format!("1{}", "0".repeat(309)),
            &format!("1{}", "0".repeat(309)),
        );
        // After a comma the text must go on with a value (serde_json says so too).
        check("[1,", "error: EOF while parsing a value at line 1 column 3");
        check(
            "{\"a\": 1,\n ",
            "error: EOF while parsing a value at line 2 column 1",
        );
        check("1.", "error: EOF while parsing a value at line 1 column 2");
        check("1.e5", "error: invalid number at line 1 column 3");
        check("-", "error: EOF while parsing a value at line 1 column 1");
        check(
            "\"\\ud800\"",
            "error: lone surrogate in hex escape at line 1 column 8",
        );
        check(
            "\"\\udc00\"",
            "error: lone surrogate in hex escape at line 1 column 7",
        );
        check(
            "\"\\ud800\\u0041\"",
            "error: lone surrogate in hex escape at line 1 column 13",
        );
        check(
            "\"a\tb\"",
            "error: control character (\\u0000-\\u001F) found while parsing a string at line 1 column 3",
        );
        check("{1: 2}", "error: key must be a string at line 1 column 2");
        check("{\"a\": 1,}", "error: trailing comma at line 1 column 9");
        check("[1,]", "error: trailing comma at line 1 column 4");
        check("{} x", "error: trailing characters at line 1 column 4");
        check("\u{feff}{}", "error: expected value at line 1 column 1");
        check("[\"é\", x]", "error: expected value at line 1 column 7");
        check("// no\n{}", "error: expected value at line 1 column 1");
    }

    #[test]
    fn depth() {
        let nested = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(parse(&nested(MAX_DEPTH)).is_ok());
        let error = parse(&nested(MAX_DEPTH + 1)).err();
        assert_eq!(
            error.map(|e| (e.kind, e.column)),
            Some((ErrorKind::TooDeep, MAX_DEPTH + 1))
        );
        assert_eq!(
            parse(&"{\"a\":".repeat(100_000)).err().map(|e| e.kind),
            Some(ErrorKind::TooDeep)
        );
    }

    #[test]
    fn reading() {
        let value =
            parse(r#"{"a": [1, "x", true], "b": null, "a": {"c": 2}}"#).unwrap_or(Value::Null);
        assert_eq!(value["a"]["c"], 2);
        assert_eq!(
            value
                .get("a")
                .and_then(|a| a.get("c"))
                .and_then(Value::as_u64),
            Some(2)
        );
        assert!(value["b"].is_null());
        assert!(value["missing"][3].is_null());
        assert_eq!(value.as_object().map(<[_]>::len), Some(3));
        let list = parse("[1, \"x\", true, -1]").unwrap_or(Value::Null);
        assert_eq!(list[1], "x");
        assert_eq!(list[2], true);
        assert_eq!(list[3].as_u64(), None);
        assert_eq!(list[0].as_u64(), Some(1));
    }

    /// Arbitrary JSON values: any text, numbers of every kind, nesting, repeated keys.
    fn arbitrary_values() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(|n| Value::Integer(i128::from(n))),
            any::<u64>().prop_map(|n| Value::Integer(i128::from(n))),
            "-?(0|[1-9][0-9]{0,30})(\\.[0-9]{1,5})?([eE][+-]?[0-9]{1,2})?".prop_map(Value::Number),
            any::<String>().prop_map(Value::String),
        ];
        leaf.prop_recursive(6, 64, 8, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
                prop::collection::vec(("[a-c]{0,2}|.*", inner), 0..8).prop_map(Value::Object),
            ]
        })
    }

    /// Whether two values are the same; a `Number` may read back as an `Integer`.
    fn same(a: &Value, b: &Value) -> bool {
        match (a, b) {
            (Value::Number(x), Value::Integer(y)) | (Value::Integer(y), Value::Number(x)) => {
                *x == y.to_string()
            }
            (Value::Array(x), Value::Array(y)) => {
                x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b))
            }
            (Value::Object(x), Value::Object(y)) => {
                x.len() == y.len() && x.iter().zip(y).all(|((k, a), (l, b))| k == l && same(a, b))
            }
            _ => a == b,
        }
    }

    proptest! {
        #[test]
        fn written_values_read_back(value in arbitrary_values()) {
            let compact = parse(&show(&value, None));
            let pretty = parse(&show(&value, Some(0)));
            let (compact_ok, pretty_ok) = (
                compact.as_ref().is_ok_and(|v| same(v, &value)),
                pretty.as_ref().is_ok_and(|v| same(v, &value)),
            );
            prop_assert!(compact_ok, "{value:?} gives {compact:?}");
            prop_assert!(pretty_ok, "{value:?} gives {pretty:?}");
        }

        #[test]
        fn any_text_parses_or_fails_cleanly(text in any::<String>()) {
            if let Err(error) = parse(&text) {
                prop_assert!(error.line >= 1 && error.column >= 1);
            }
        }
    }
}
