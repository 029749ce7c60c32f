//! A small JSON layer for what the app stores: a value, a strict parser, a compact and a pretty
//! writer, and the two conversion traits each stored type implements (in `stored.rs`).
//!
//! It replaces serde_json, whose generic code was a tenth of the wasm bundle. It writes exactly
//! what serde_json wrote (same escapes, same pretty layout) and refuses what serde_json refused
//! for these types: bad JSON, nesting past 128, a wrong type, a missing required field, an
//! unknown choice, a number out of range or with a fraction.

use std::collections::BTreeMap;

/// Deepest nesting the parser follows (serde_json's limit), so hostile input cannot overflow the
/// stack.
const MAX_NESTING: usize = 128;

/// A parsed JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// A whole number that fits an i64.
    Int(i64),
    /// A whole number above i64::MAX that fits a u64.
    UInt(u64),
    /// Any other number (a fraction, an exponent, or too large): checked, not kept.
    OtherNumber,
    String(String),
    Array(Vec<Value>),
    /// Members in the order written. When a name repeats, the last one counts (as serde_json).
    Object(Vec<(String, Value)>),
}

impl Value {
    /// An object's member, or None for a missing name or a value that is no object.
    pub fn get(&self, name: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().rev().find(|(k, _)| k == name).map(|m| &m.1),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match *self {
            Value::Int(i) => u64::try_from(i).ok(),
            Value::UInt(u) => Some(u),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// Every object's members in name order, as serde_json's own map (a BTreeMap) kept them.
    pub fn sort_keys(&mut self) {
        match self {
            Value::Array(items) => items.iter_mut().for_each(Value::sort_keys),
            Value::Object(members) => {
                // Insertion sort: small objects, often already in order, and little code.
                for i in 1..members.len() {
                    let mut j = i;
                    while j > 0 && members[j - 1].0 > members[j].0 {
                        members.swap(j - 1, j);
                        j -= 1;
                    }
                }
                members.iter_mut().for_each(|m| m.1.sort_keys());
            }
            _ => {}
        }
    }

    /// Compact text, as `serde_json::to_string`.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        write(self, &mut out, None);
        out
    }

    /// Indented text, as `serde_json::to_string_pretty`.
    pub fn to_pretty_text(&self) -> String {
        let mut out = String::new();
        write(self, &mut out, Some(0));
        out
    }
}

fn newline_indent(out: &mut String, level: usize) {
    out.push('\n');
    for _ in 0..level {
        out.push_str("  ");
    }
}

/// `indent` is None for compact text, or the current level for pretty text.
fn write(value: &Value, out: &mut String, indent: Option<usize>) {
    match value {
        Value::Null | Value::OtherNumber => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(i) => {
            if *i < 0 {
                out.push('-');
            }
            write_digits(i.unsigned_abs(), out);
        }
        Value::UInt(u) => write_digits(*u, out),
        Value::String(s) => write_string(s, out),
        Value::Array(items) => {
            out.push('[');
            for (n, item) in items.iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                if let Some(level) = indent {
                    newline_indent(out, level + 1);
                }
                write(item, out, indent.map(|l| l + 1));
            }
            if let (Some(level), false) = (indent, items.is_empty()) {
                newline_indent(out, level);
            }
            out.push(']');
        }
        Value::Object(members) => {
            out.push('{');
            for (n, (name, item)) in members.iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                if let Some(level) = indent {
                    newline_indent(out, level + 1);
                }
                write_string(name, out);
                out.push(':');
                if indent.is_some() {
                    out.push(' ');
                }
                write(item, out, indent.map(|l| l + 1));
            }
            if let (Some(level), false) = (indent, members.is_empty()) {
                newline_indent(out, level);
            }
            out.push('}');
        }
    }
}

fn write_digits(mut n: u64, out: &mut String) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[at..] {
        out.push(d as char);
    }
}

/// A string with serde_json's escapes: quote, backslash, the short forms of \b \f \n \r \t,
/// and `\u00XX` for the other control characters. Everything else is written as it is.
fn write_string(s: &str, out: &mut String) {
    out.push('"');
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let short = match b {
            b'"' => '"',
            b'\\' => '\\',
            b'\n' => 'n',
            b'\r' => 'r',
            b'\t' => 't',
            0x08 => 'b',
            0x0c => 'f',
            0..=0x1f => 'u',
            _ => continue,
        };
        out.push_str(&s[start..i]);
        out.push('\\');
        out.push(short);
        if short == 'u' {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("00");
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 0xf)] as char);
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// Why a text is not JSON: what was wrong and the byte offset where it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub what: &'static str,
    pub at: usize,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} at byte {}", self.what, self.at)
    }
}

/// Parse one JSON value filling the whole text (whitespace around it allowed).
pub fn parse(text: &str) -> Result<Value, ParseError> {
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = p.value(0)?;
    p.skip_space();
    if p.at < p.bytes.len() {
        return Err(p.fail("trailing characters"));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn fail(&self, what: &'static str) -> ParseError {
        ParseError { what, at: self.at }
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, ParseError> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.fail("expected a value"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, ParseError> {
        self.skip_space();
        match self.peek() {
            None => Err(self.fail("unexpected end")),
            Some(b'n') => self.literal("null", Value::Null),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'"') => Ok(Value::String(self.string()?)),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(open @ (b'[' | b'{')) => {
                if depth >= MAX_NESTING {
                    return Err(self.fail("nested too deeply"));
                }
                self.at += 1;
                let close = if open == b'[' { b']' } else { b'}' };
                let mut items = Vec::new();
                let mut members = Vec::new();
                self.skip_space();
                if self.peek() == Some(close) {
                    self.at += 1;
                } else {
                    loop {
                        if open == b'[' {
                            items.push(self.value(depth + 1)?);
                        } else {
                            self.skip_space();
                            if self.peek() != Some(b'"') {
                                return Err(self.fail("expected a member name"));
                            }
                            let name = self.string()?;
                            self.skip_space();
                            if self.peek() != Some(b':') {
                                return Err(self.fail("expected ':'"));
                            }
                            self.at += 1;
                            members.push((name, self.value(depth + 1)?));
                        }
                        self.skip_space();
                        match self.peek() {
                            Some(b',') => self.at += 1,
                            Some(c) if c == close => {
                                self.at += 1;
                                break;
                            }
                            _ => return Err(self.fail("expected ',' or a closing bracket")),
                        }
                    }
                }
                Ok(if open == b'[' {
                    Value::Array(items)
                } else {
                    Value::Object(members)
                })
            }
            Some(_) => Err(self.fail("expected a value")),
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while let Some(b'0'..=b'9') = self.peek() {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Result<Value, ParseError> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let start = self.at;
        let whole = self.digits();
        if whole == 0 {
            return Err(self.fail("invalid number"));
        }
        if whole > 1 && self.bytes[start] == b'0' {
            return Err(self.fail("invalid number"));
        }
        let mut fraction = false;
        if self.peek() == Some(b'.') {
            self.at += 1;
            if self.digits() == 0 {
                return Err(self.fail("invalid number"));
            }
            fraction = true;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.at += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err(self.fail("invalid number"));
            }
            fraction = true;
        }
        if fraction {
            return Ok(Value::OtherNumber);
        }
        let mut n: u64 = 0;
        for &d in &self.bytes[start..start + whole] {
            match n
                .checked_mul(10)
                .and_then(|n| n.checked_add(u64::from(d - b'0')))
            {
                Some(next) => n = next,
                None => return Ok(Value::OtherNumber),
            }
        }
        Ok(match (negative, i64::try_from(n)) {
            // "-0" is a float to serde_json.
            (true, _) if n == 0 => Value::OtherNumber,
            (true, _) => 0i64
                .checked_sub_unsigned(n)
                .map_or(Value::OtherNumber, Value::Int),
            (false, Ok(i)) => Value::Int(i),
            (false, Err(_)) => Value::UInt(n),
        })
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let Some(hex) = self.text.get(self.at..self.at + 4) else {
            return Err(self.fail("invalid escape"));
        };
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(self.fail("invalid escape"));
        }
        self.at += 4;
        u32::from_str_radix(hex, 16).map_err(|_| self.fail("invalid escape"))
    }

    /// A string, the opening quote at `at`.
    fn string(&mut self) -> Result<String, ParseError> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            while let Some(&b) = self.bytes.get(self.at) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            // Cut at ASCII bytes only, so always on a character boundary.
            out.push_str(&self.text[start..self.at]);
            match self.peek() {
                None => return Err(self.fail("unterminated string")),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let Some(e) = self.peek() else {
                        return Err(self.fail("unterminated string"));
                    };
                    self.at += 1;
                    let c = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let first = self.hex4()?;
                            let code = if (0xd800..0xdc00).contains(&first) {
                                if !self.bytes[self.at..].starts_with(b"\\u") {
                                    return Err(self.fail("lone surrogate"));
                                }
                                self.at += 2;
                                let second = self.hex4()?;
                                if !(0xdc00..0xe000).contains(&second) {
                                    return Err(self.fail("lone surrogate"));
                                }
                                0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00)
                            } else {
                                first
                            };
                            char::from_u32(code).ok_or_else(|| self.fail("lone surrogate"))?
                        }
                        _ => return Err(self.fail("invalid escape")),
                    };
                    out.push(c);
                }
                Some(_) => return Err(self.fail("control character in a string")),
            }
        }
    }
}

/// A type written as JSON.
pub trait ToJson {
    fn to_json(&self) -> Value;
}

/// A type read from JSON; the error says what did not fit.
pub trait FromJson: Sized {
    fn from_json(value: Value) -> Result<Self, String>;
}

fn wrong(expected: &str, found: &Value) -> String {
    let found = match found {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Int(_) | Value::UInt(_) | Value::OtherNumber => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    };
    format!("expected {expected}, found {found}")
}

impl ToJson for String {
    fn to_json(&self) -> Value {
        Value::String(self.clone())
    }
}

impl FromJson for String {
    fn from_json(value: Value) -> Result<Self, String> {
        match value {
            Value::String(s) => Ok(s),
            other => Err(wrong("a string", &other)),
        }
    }
}

impl ToJson for bool {
    fn to_json(&self) -> Value {
        Value::Bool(*self)
    }
}

impl FromJson for bool {
    fn from_json(value: Value) -> Result<Self, String> {
        match value {
            Value::Bool(b) => Ok(b),
            other => Err(wrong("a boolean", &other)),
        }
    }
}

/// A whole number in range, from one function for every integer type (less code).
fn integer(value: &Value, min: i64, max: i64) -> Result<i64, String> {
    match *value {
        Value::Int(i) if (min..=max).contains(&i) => Ok(i),
        Value::Int(_) | Value::UInt(_) => Err("a number out of range".into()),
        ref other => Err(wrong("a whole number", other)),
    }
}

impl ToJson for i64 {
    fn to_json(&self) -> Value {
        Value::Int(*self)
    }
}

impl FromJson for i64 {
    fn from_json(value: Value) -> Result<Self, String> {
        integer(&value, i64::MIN, i64::MAX)
    }
}

impl ToJson for u32 {
    fn to_json(&self) -> Value {
        Value::Int(i64::from(*self))
    }
}

impl FromJson for u32 {
    fn from_json(value: Value) -> Result<Self, String> {
        integer(&value, 0, i64::from(u32::MAX)).map(|i| i as u32)
    }
}

impl ToJson for usize {
    fn to_json(&self) -> Value {
        i64::try_from(*self).map_or(Value::UInt(*self as u64), Value::Int)
    }
}

impl FromJson for usize {
    fn from_json(value: Value) -> Result<Self, String> {
        let max = i64::try_from(usize::MAX).unwrap_or(i64::MAX);
        integer(&value, 0, max).map(|i| i as usize)
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self) -> Value {
        self.as_ref().map_or(Value::Null, T::to_json)
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: Value) -> Result<Self, String> {
        match value {
            Value::Null => Ok(None),
            other => T::from_json(other).map(Some),
        }
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self) -> Value {
        Value::Array(self.iter().map(T::to_json).collect())
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: Value) -> Result<Self, String> {
        match value {
            Value::Array(items) => items.into_iter().map(T::from_json).collect(),
            other => Err(wrong("an array", &other)),
        }
    }
}

impl<T: ToJson> ToJson for BTreeMap<String, T> {
    fn to_json(&self) -> Value {
        Value::Object(self.iter().map(|(k, v)| (k.clone(), v.to_json())).collect())
    }
}

impl<T: FromJson> FromJson for BTreeMap<String, T> {
    fn from_json(value: Value) -> Result<Self, String> {
        match value {
            // The last of a repeated name is kept, as serde_json does. (Inserted one by one:
            // collecting into a map compiles a sort.)
            Value::Object(members) => {
                let mut map = BTreeMap::new();
                for (k, v) in members {
                    map.insert(k, T::from_json(v)?);
                }
                Ok(map)
            }
            other => Err(wrong("an object", &other)),
        }
    }
}

/// An object's members being read into a struct, field by field.
pub struct Fields(Vec<(String, Value)>);

impl Fields {
    pub fn of(value: Value) -> Result<Fields, String> {
        match value {
            Value::Object(members) => Ok(Fields(members)),
            other => Err(wrong("an object", &other)),
        }
    }

    /// Take a member's value out (the last one when a name repeats).
    pub fn take(&mut self, name: &str) -> Option<Value> {
        self.0
            .iter_mut()
            .rev()
            .find(|(k, _)| k == name)
            .map(|m| std::mem::replace(&mut m.1, Value::Null))
    }

    /// A field that must be there (an absent Option is None, as with serde).
    pub fn required<T: FromJson>(&mut self, name: &str) -> Result<T, String> {
        match self.take(name) {
            Some(v) => T::from_json(v).map_err(|e| in_field(name, e)),
            None => T::from_json(Value::Null).map_err(|_| format!("missing field `{name}`")),
        }
    }

    /// A field that may be missing: then `T::default()`.
    pub fn or_default<T: FromJson + Default>(&mut self, name: &str) -> Result<T, String> {
        let mut out = T::default();
        self.read(name, &mut out)?;
        Ok(out)
    }

    /// A field that may be missing: then `into` keeps its value (the struct's default).
    pub fn read<T: FromJson>(&mut self, name: &str, into: &mut T) -> Result<(), String> {
        if let Some(v) = self.take(name) {
            *into = T::from_json(v).map_err(|e| in_field(name, e))?;
        }
        Ok(())
    }
}

fn in_field(name: &str, e: String) -> String {
    format!("`{name}`: {e}")
}

/// A choice stored by its key (the `choice_enum!` types).
pub fn choice<T>(value: Value, from_key: fn(&str) -> Option<T>) -> Result<T, String> {
    match value {
        Value::String(s) => from_key(&s).ok_or_else(|| format!("unknown choice `{s}`")),
        other => Err(wrong("a string", &other)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round(text: &str) -> String {
        parse(text).unwrap().to_text()
    }

    #[test]
    fn parses_and_writes_every_kind_of_value() {
        assert_eq!(
            round(r#" {"a" : [1, -2, true, false, null, "x", {}, []], "b":{"c":"d"}} "#),
            r#"{"a":[1,-2,true,false,null,"x",{},[]],"b":{"c":"d"}}"#
        );
        assert_eq!(parse("9223372036854775807").unwrap(), Value::Int(i64::MAX));
        assert_eq!(parse("-9223372036854775808").unwrap(), Value::Int(i64::MIN));
        assert_eq!(
            parse("18446744073709551615").unwrap(),
            Value::UInt(u64::MAX)
        );
        for other in [
            "1.5",
            "1e3",
            "-0",
            "18446744073709551616",
            "-9223372036854775809",
        ] {
            assert_eq!(parse(other).unwrap(), Value::OtherNumber, "{other}");
        }
    }

    #[test]
    fn escapes_are_read_and_written_as_serde_json_does() {
        let value = parse(r#""\"\\\/\b\f\n\r\t\u0000\u001F\u00e9\ud83d\ude00\u2028""#).unwrap();
        assert_eq!(
            value,
            Value::String("\"\\/\u{8}\u{c}\n\r\t\u{0}\u{1f}é😀\u{2028}".into())
        );
        assert_eq!(
            value.to_text(),
            "\"\\\"\\\\/\\b\\f\\n\\r\\t\\u0000\\u001fé😀\u{2028}\""
        );
    }

    #[test]
    fn pretty_text_matches_serde_json() {
        let v = parse(r#"{"a":[1,{"b":[]}],"c":{},"d":"e"}"#).unwrap();
        assert_eq!(
            v.to_pretty_text(),
            "{\n  \"a\": [\n    1,\n    {\n      \"b\": []\n    }\n  ],\n  \"c\": {},\n  \"d\": \"e\"\n}"
        );
    }

    #[test]
    fn bad_json_is_refused() {
        for bad in [
            "",
            " ",
            "{",
            "}",
            "[1,]",
            "[1 2]",
            "{\"a\"}",
            "{\"a\":}",
            "{a:1}",
            "{\"a\":1,}",
            "01",
            "1.",
            ".5",
            "-",
            "1e",
            "+1",
            "tru",
            "nul",
            "\"abc",
            "\"\\x\"",
            "\"\\u12\"",
            "\"\\ud800\"",
            "\"\\ud800\\u0041\"",
            "\"\\udc00\"",
            "\"a\nb\"",
            "1 2",
            "[] x",
            "NaN",
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
        let deep_ok = format!("{}{}", "[".repeat(128), "]".repeat(128));
        assert!(parse(&deep_ok).is_ok());
        let too_deep = format!("{}{}", "[".repeat(129), "]".repeat(129));
        assert!(parse(&too_deep).is_err());
        let very_deep = "[".repeat(100_000);
        assert!(parse(&very_deep).is_err());
    }

    #[test]
    fn repeated_names_keep_the_last_and_keys_sort_as_a_map() {
        let mut v = parse(r#"{"b":1,"a":{"z":1,"y":2},"b":2}"#).unwrap();
        assert_eq!(v.get("b"), Some(&Value::Int(2)));
        let mut f = Fields::of(v.clone()).unwrap();
        assert_eq!(f.required::<i64>("b"), Ok(2));
        v.sort_keys();
        assert_eq!(v.to_text(), r#"{"a":{"y":2,"z":1},"b":1,"b":2}"#);
    }

    #[test]
    fn numbers_are_checked_for_their_type() {
        let n = |t: &str| parse(t).unwrap();
        assert_eq!(u32::from_json(n("4294967295")), Ok(u32::MAX));
        assert!(u32::from_json(n("4294967296")).is_err());
        assert!(u32::from_json(n("-1")).is_err());
        assert!(u32::from_json(n("1.0")).is_err());
        assert!(i64::from_json(n("18446744073709551615")).is_err());
        assert!(i64::from_json(n("null")).is_err());
        assert!(usize::from_json(n("-3")).is_err());
        assert_eq!(Option::<i64>::from_json(n("null")), Ok(None));
        assert_eq!(Option::<i64>::from_json(n("-7")), Ok(Some(-7)));
        assert!(String::from_json(n("1")).is_err());
        assert!(bool::from_json(n("\"true\"")).is_err());
        assert!(Vec::<String>::from_json(n("{}")).is_err());
    }

    #[test]
    fn required_and_optional_fields() {
        let mut f = Fields::of(parse(r#"{"a":1}"#).unwrap()).unwrap();
        assert!(f.required::<i64>("missing").is_err());
        assert_eq!(f.required::<Option<i64>>("missing"), Ok(None));
        assert_eq!(f.or_default::<Vec<String>>("missing"), Ok(Vec::new()));
        let mut kept = 5u32;
        f.read("missing", &mut kept).unwrap();
        assert_eq!(kept, 5);
        f.read("a", &mut kept).unwrap();
        assert_eq!(kept, 1);
        assert!(Fields::of(Value::Array(Vec::new())).is_err());
    }

    /// Checked against serde_json, which wrote everything stored before (native only).
    #[cfg(not(target_arch = "wasm32"))]
    mod against_serde_json {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(512))]

            #[test]
            fn strings_are_written_the_same(text in any::<String>()) {
                prop_assert_eq!(Value::String(text.clone()).to_text(), serde_json::to_string(&text).unwrap());
                prop_assert_eq!(String::from_json(parse(&serde_json::to_string(&text).unwrap()).unwrap()).unwrap(), text);
            }

            #[test]
            fn integers_are_written_the_same(n in any::<i64>(), u in any::<u64>()) {
                prop_assert_eq!(Value::Int(n).to_text(), n.to_string());
                prop_assert_eq!(parse(&u.to_string()).unwrap().as_u64(), Some(u));
            }

            #[test]
            fn the_same_texts_are_json(pos in 0usize..4000, byte in 0u8..128, cut in 0usize..4000) {
                let golden = crate::domain::stored::golden::INCIDENT;
                let mut bytes = golden.as_bytes().to_vec();
                let len = bytes.len();
                bytes[pos % len] = byte;
                bytes.truncate(len - cut.min(len));
                let text = String::from_utf8_lossy(&bytes);
                let theirs = serde_json::from_str::<serde_json::Value>(&text);
                let ours = parse(&text);
                prop_assert_eq!(ours.is_ok(), theirs.is_ok(), "{}", text);
            }
        }
    }
}
