//! The tidy test: invariants of the sources that the compiler and clippy cannot see, read
//! with std alone (ARCHITECTURE.md, "Cross-Cutting Concerns").
//!
//! - No user-visible text is written as a literal in an `html!` block in `src/`: text
//!   children (`{"…"}`, or a literal as a child) and the values of the attributes a reader
//!   sees or hears (`aria-label`, `title`, `alt`, `placeholder`, …) come from the message
//!   catalogues in `src/i18n.rs` or from the questionnaire.
//! - Every class name in `src/` (literals of `class` in `html!`) and every class selector
//!   of `styles/widget.css` starts with `sc-`, so the host page's classes never meet ours.
//! - Every Rust module file under `src/` and `crates/*/src/` is named in ARCHITECTURE.md's
//!   code map, in the section of its crate, by its file name or its path.
//!
//! Each check prints every offence as `file:line: what is wrong: the text`. The reading is
//! rough (tokens and bracket matching, not a Rust parser), so each checker has tests below
//! with bad input it must flag.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

/// Literals allowed as text in `html!` although they are not from a catalogue: symbols
/// that read the same in every language. Reviewed; keep it short.
const ALLOWED_TEXT: &[&str] = &[
    // Between a problem's path and its message.
    ": ",
    // Between a left-out entry and the reason.
    " \u{2014} ",
    // An empty cell of a table.
    "\u{2013}",
];

/// Attributes whose values a reader sees (a tooltip, a placeholder) or a screen reader
/// speaks.
const VISIBLE_ATTRIBUTES: &[&str] = &[
    "aria-label",
    "aria-description",
    "aria-roledescription",
    "aria-valuetext",
    "aria-placeholder",
    "title",
    "alt",
    "placeholder",
];

/// What the class names of Silo Check start with.
const CLASS_PREFIX: &str = "sc-";

// --- The checks on this repository -------------------------------------------------------

#[test]
fn no_user_visible_literal_in_html() {
    let mut found = Vec::new();
    for file in rust_files(&root().join("src")) {
        let source = read(&file);
        let name = relative(&file);
        found.extend(html_literals(&source).iter().map(|o| o.at(&name)));
    }
    assert!(
        found.is_empty(),
        "user-visible text written in html! (put it in both catalogues of src/i18n.rs, \
         or, for a symbol that reads the same in every language, in ALLOWED_TEXT):\n{}",
        found.join("\n")
    );
}

#[test]
fn every_class_starts_with_the_prefix() {
    let mut found = Vec::new();
    for file in rust_files(&root().join("src")) {
        let source = read(&file);
        found.extend(
            html_classes(&source)
                .into_iter()
                .map(|offence| offence.at(&relative(&file))),
        );
    }
    for sheet in ["styles/widget.css", "styles/studio.css"] {
        let css = root().join(sheet);
        found.extend(
            css_classes(&read(&css))
                .into_iter()
                .map(|offence| offence.at(&relative(&css))),
        );
    }
    assert!(
        found.is_empty(),
        "class names without the `{CLASS_PREFIX}` prefix:\n{}",
        found.join("\n")
    );
}

#[test]
fn every_module_file_is_in_the_code_map() {
    let architecture = read(&root().join("ARCHITECTURE.md"));
    let mut modules = Vec::new();
    let mut crates = vec![PathBuf::from(".")];
    crates.extend(
        dirs(&root().join("crates"))
            .into_iter()
            .filter_map(|dir| dir.strip_prefix(root()).ok().map(Path::to_path_buf)),
    );
    for krate in crates {
        let src = root().join(&krate).join("src");
        if !src.is_dir() {
            continue;
        }
        for file in rust_files(&src) {
            let Ok(in_src) = file.strip_prefix(&src) else {
                continue;
            };
            modules.push(Module {
                krate: slashes(&krate),
                path: slashes(in_src),
            });
        }
    }
    assert!(
        !modules.is_empty(),
        "no module files found under {}",
        root().display()
    );
    let found = unmapped_modules(&architecture, &modules);
    assert!(
        found.is_empty(),
        "module files that ARCHITECTURE.md's code map does not name (add them to their \
         crate's section, by file name or path):\n{}",
        found.join("\n")
    );
}

// --- Offences ----------------------------------------------------------------------------

/// One thing wrong, at a line of a file.
#[derive(Debug, PartialEq)]
struct Offence {
    line: usize,
    what: String,
    text: String,
}

impl Offence {
    fn new(line: usize, what: impl Into<String>, text: impl Into<String>) -> Offence {
        Offence {
            line,
            what: what.into(),
            text: text.into(),
        }
    }

    fn at(&self, file: &str) -> String {
        format!("{file}:{}: {}: {}", self.line, self.what, self.text)
    }
}

// --- Tokens ------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Ident,
    Literal,
    Punct(char),
    Open(char),
    Close(char),
    Other,
}

#[derive(Clone, Copy, Debug)]
struct Token<'a> {
    kind: Kind,
    text: &'a str,
    line: usize,
}

/// Rust source as tokens, roughly: comments dropped, string and character literals whole,
/// numbers and lifetimes as `Other`.
fn tokens(source: &str) -> Vec<Token<'_>> {
    let chars: Vec<(usize, char)> = source.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let offset = |i: usize| chars.get(i).map_or(source.len(), |&(o, _)| o);
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while let Some(c) = at(i) {
        let start = i;
        let start_line = line;
        let mut kind = Kind::Other;
        match c {
            '\n' => {
                line += 1;
                i += 1;
                continue;
            }
            c if c.is_whitespace() => {
                i += 1;
                continue;
            }
            '/' if at(i + 1) == Some('/') => {
                while at(i).is_some_and(|c| c != '\n') {
                    i += 1;
                }
                continue;
            }
            '/' if at(i + 1) == Some('*') => {
                let mut depth = 0;
                while let Some(c) = at(i) {
                    if c == '/' && at(i + 1) == Some('*') {
                        depth += 1;
                        i += 2;
                    } else if c == '*' && at(i + 1) == Some('/') {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        line += usize::from(c == '\n');
                        i += 1;
                    }
                }
                continue;
            }
            '"' => {
                i = quoted(&chars, i + 1, &mut line);
                kind = Kind::Literal;
            }
            '\'' => {
                if at(i + 1) == Some('\\') {
                    // The quote, the backslash and the escaped character, then up to the
                    // closing quote (`'\u{2014}'`).
                    i += 3;
                    while at(i).is_some_and(|c| c != '\'') {
                        i += 1;
                    }
                    i += 1;
                    kind = Kind::Literal;
                } else if at(i + 2) == Some('\'') {
                    i += 3;
                    kind = Kind::Literal;
                } else {
                    // A lifetime or a label.
                    i += 1;
                    while at(i).is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        i += 1;
                    }
                }
            }
            c if c.is_alphabetic() || c == '_' => {
                while at(i).is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    i += 1;
                }
                let word = source.get(offset(start)..offset(i)).unwrap_or("");
                let raw = matches!(word, "r" | "br" | "cr");
                if raw && matches!(at(i), Some('"' | '#')) {
                    let mut hashes = 0;
                    while at(i) == Some('#') {
                        hashes += 1;
                        i += 1;
                    }
                    if at(i) == Some('"') {
                        i += 1;
                        loop {
                            match at(i) {
                                None => break,
                                Some('"') if (1..=hashes).all(|h| at(i + h) == Some('#')) => {
                                    i += 1 + hashes;
                                    break;
                                }
                                Some(c) => {
                                    line += usize::from(c == '\n');
                                    i += 1;
                                }
                            }
                        }
                        kind = Kind::Literal;
                    }
                } else if matches!(word, "b" | "c") && at(i) == Some('"') {
                    i = quoted(&chars, i + 1, &mut line);
                    kind = Kind::Literal;
                } else {
                    kind = Kind::Ident;
                }
            }
            c if c.is_ascii_digit() => {
                while at(i).is_some_and(|c| c.is_alphanumeric() || c == '_')
                    || (at(i) == Some('.') && at(i + 1).is_some_and(|c| c.is_ascii_digit()))
                {
                    i += 1;
                }
            }
            '{' | '(' | '[' => {
                i += 1;
                kind = Kind::Open(c);
            }
            '}' | ')' | ']' => {
                i += 1;
                kind = Kind::Close(c);
            }
            c => {
                i += 1;
                kind = Kind::Punct(c);
            }
        }
        out.push(Token {
            kind,
            text: source.get(offset(start)..offset(i)).unwrap_or(""),
            line: start_line,
        });
    }
    out
}

/// The position after the closing quote of a string whose text starts at `i`.
fn quoted(chars: &[(usize, char)], mut i: usize, line: &mut usize) -> usize {
    while let Some(&(_, c)) = chars.get(i) {
        match c {
            '\\' => {
                // A line continuation is a line break too.
                *line += usize::from(chars.get(i + 1).is_some_and(|&(_, c)| c == '\n'));
                i += 2;
            }
            '"' => return i + 1,
            c => {
                *line += usize::from(c == '\n');
                i += 1;
            }
        }
    }
    i
}

/// The text of a string literal token: without its quotes, with its escapes read.
fn literal_text(token: &str) -> String {
    let raw = token.trim_start_matches(['b', 'c']).starts_with('r');
    let body = token.trim_start_matches(['b', 'c', 'r']);
    let hashes = body.len() - body.trim_start_matches('#').len();
    let body = body
        .get(hashes..body.len().saturating_sub(hashes))
        .unwrap_or("");
    let body = body
        .strip_prefix('"')
        .and_then(|b| b.strip_suffix('"'))
        .unwrap_or(body);
    if raw {
        return body.to_owned();
    }
    let mut text = String::new();
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            text.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => text.push('\n'),
            Some('t') => text.push('\t'),
            Some('r') => text.push('\r'),
            Some('0') => text.push('\0'),
            Some('u') => {
                let hex: String = chars
                    .by_ref()
                    .skip_while(|&c| c == '{')
                    .take_while(|&c| c != '}')
                    .collect();
                if let Some(c) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    text.push(c);
                }
            }
            Some('x') => {
                let hex: String = chars.by_ref().take(2).collect();
                if let Some(c) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    text.push(c);
                }
            }
            Some('\n') => {
                // A line continuation: the line break and the next line's indentation go.
                while chars.next_if(|c| c.is_whitespace()).is_some() {}
            }
            Some(c) => text.push(c),
            None => {}
        }
    }
    text
}

/// Whether a literal has letters outside its `{placeholders}`: words, not symbols.
fn has_words(text: &str) -> bool {
    let mut depth = 0usize;
    text.chars().any(|c| {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        depth == 0 && c.is_alphabetic()
    })
}

// --- html! -------------------------------------------------------------------------------

/// Where a literal or a bracket group inside `html!` stands.
#[derive(Clone, Debug, PartialEq)]
enum Place {
    /// A child of an element: shown as text.
    Child,
    /// The value of the attribute with this name.
    Attribute(String),
    /// Rust code whose literals are not shown as they are (arguments, conditions).
    Code,
}

/// A literal or the inside of a bracket group, in `start..end` of the tokens, and where it
/// stands.
struct Site {
    start: usize,
    end: usize,
    place: Place,
}

/// A Rust file's tokens, with its brackets matched.
struct Source<'s> {
    tokens: Vec<Token<'s>>,
    /// For each opening bracket, the position of its closing one.
    closing: Vec<Option<usize>>,
    /// Brackets that do not match, which make the file unreadable.
    unreadable: Vec<Offence>,
}

impl<'s> Source<'s> {
    fn new(text: &'s str) -> Source<'s> {
        let tokens = tokens(text);
        let mut closing = vec![None; tokens.len()];
        let mut unreadable = Vec::new();
        let mut open: Vec<usize> = Vec::new();
        for (i, token) in tokens.iter().enumerate() {
            match token.kind {
                Kind::Open(_) => open.push(i),
                Kind::Close(c) => match open.pop() {
                    Some(o) if tokens.get(o).and_then(|t| closer(t.kind)) == Some(c) => {
                        if let Some(slot) = closing.get_mut(o) {
                            *slot = Some(i);
                        }
                    }
                    _ => unreadable.push(Offence::new(
                        token.line,
                        "unmatched bracket (the tidy test cannot read this file)",
                        token.text,
                    )),
                },
                _ => {}
            }
        }
        if let Some(token) = open.last().and_then(|&o| tokens.get(o)) {
            unreadable.push(Offence::new(
                token.line,
                "unclosed bracket (the tidy test cannot read this file)",
                token.text,
            ));
        }
        Source {
            tokens,
            closing,
            unreadable,
        }
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    fn token(&self, i: usize) -> Option<Token<'s>> {
        self.tokens.get(i).copied()
    }

    /// The bracket group opening at `i`: its bracket and the position of its closing one.
    fn group(&self, i: usize) -> Option<(char, usize)> {
        match self.kind(i)? {
            Kind::Open(c) => Some((c, self.closing.get(i).copied().flatten()?)),
            _ => None,
        }
    }

    /// `html!` followed by a bracket group at `i`: the positions of its brackets.
    fn html_macro(&self, i: usize) -> Option<(usize, usize)> {
        let named = self
            .token(i)
            .is_some_and(|t| t.kind == Kind::Ident && t.text == "html");
        if !named || self.kind(i + 1) != Some(Kind::Punct('!')) {
            return None;
        }
        let (_, close) = self.group(i + 2)?;
        Some((i + 2, close))
    }

    /// Every site in the markup of every `html!` of the file.
    fn sites(&self) -> Vec<Site> {
        let mut sites = Vec::new();
        self.code(0, self.tokens.len(), &Place::Code, &mut sites);
        sites
    }

    /// Rust code in `start..end` standing at `place`: its groups are sites, and its
    /// `html!`s markup.
    fn code(&self, start: usize, end: usize, place: &Place, sites: &mut Vec<Site>) {
        let mut i = start;
        while i < end {
            if let Some((open, close)) = self.html_macro(i) {
                self.markup(open + 1, close, sites);
                i = close + 1;
            } else if let Some((bracket, close)) = self.group(i) {
                // A block of a value is the value (`if a { "x" } else { "y" }`); what is in
                // parentheses is an argument, except that every literal of a class is one.
                let inner = match place {
                    Place::Attribute(name) if name == "class" => place.clone(),
                    _ if bracket == '{' => place.clone(),
                    _ => Place::Code,
                };
                self.group_site(i + 1, close, inner, sites);
                i = close + 1;
            } else {
                i += 1;
            }
        }
    }

    fn group_site(&self, start: usize, end: usize, place: Place, sites: &mut Vec<Site>) {
        let inner = place.clone();
        sites.push(Site { start, end, place });
        self.code(start, end, &inner, sites);
    }

    /// The markup inside an `html!`, in `start..end`.
    fn markup(&self, start: usize, end: usize, sites: &mut Vec<Site>) {
        let mut i = start;
        while i < end {
            let place = self
                .attribute_before(i, start)
                .map_or(Place::Child, Place::Attribute);
            if self.kind(i) == Some(Kind::Literal) {
                sites.push(Site {
                    start: i,
                    end: i + 1,
                    place,
                });
                i += 1;
            } else if let Some((bracket, close)) = self.group(i) {
                let place = if bracket == '{' { place } else { Place::Code };
                self.group_site(i + 1, close, place, sites);
                i = close + 1;
            } else {
                i += 1;
            }
        }
    }

    /// The name of the attribute whose value is at `i` (after `name=`), if it is one.
    fn attribute_before(&self, i: usize, start: usize) -> Option<String> {
        let equals = i.checked_sub(1).filter(|&e| e >= start)?;
        if self.kind(equals) != Some(Kind::Punct('=')) {
            return None;
        }
        // Back from the `=` over `name`, `aria-label` or `xlink:href`.
        let mut parts = Vec::new();
        let mut j = equals;
        let mut want_name = true;
        while let Some(token) = j
            .checked_sub(1)
            .filter(|&p| p >= start)
            .and_then(|p| self.token(p))
        {
            match token.kind {
                Kind::Ident if want_name => parts.push(token.text),
                Kind::Punct('-' | ':') if !want_name => parts.push(token.text),
                _ => break,
            }
            want_name = !want_name;
            j -= 1;
        }
        if want_name {
            // Ended on a `-` or found no name at all.
            parts.pop();
        }
        parts.reverse();
        (!parts.is_empty()).then(|| parts.concat())
    }

    /// The positions of the tokens directly in `start..end`: not in an inner group.
    fn direct(&self, start: usize, end: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut i = start;
        while i < end {
            out.push(i);
            i = self.group(i).map_or(i + 1, |(_, close)| close + 1);
        }
        out
    }

    /// The literals of a site that are shown as text where they stand: all of it, an arm
    /// of a `match` (`=> "…"`), or the text of `format!("…", …)`.
    fn shown_literals(&self, site: &Site) -> Vec<(Token<'s>, bool)> {
        let mut out = Vec::new();
        let direct = self.direct(site.start, site.end);
        for &i in &direct {
            let Some(token) = self.token(i) else { continue };
            let whole = direct.len() == 1;
            let arm = i >= 2
                && self.kind(i - 1) == Some(Kind::Punct('>'))
                && self.kind(i - 2) == Some(Kind::Punct('='));
            if token.kind == Kind::Literal && (whole || arm) {
                out.push((token, false));
            }
            let formats = token.kind == Kind::Ident
                && matches!(token.text, "format" | "concat" | "format_args")
                && self.kind(i + 1) == Some(Kind::Punct('!'))
                && self.kind(i + 2) == Some(Kind::Open('('));
            if let Some(text) = self
                .token(i + 3)
                .filter(|t| formats && t.kind == Kind::Literal)
            {
                out.push((text, true));
            }
        }
        out
    }
}

fn closer(kind: Kind) -> Option<char> {
    match kind {
        Kind::Open('{') => Some('}'),
        Kind::Open('(') => Some(')'),
        Kind::Open('[') => Some(']'),
        _ => None,
    }
}

/// User-visible literals in the `html!` blocks of `text`, and brackets that do not match.
fn html_literals(text: &str) -> Vec<Offence> {
    let source = Source::new(text);
    if !source.unreadable.is_empty() {
        return source.unreadable;
    }
    let mut found = Vec::new();
    for site in source.sites() {
        let what = match &site.place {
            Place::Child => "text in html!".to_owned(),
            Place::Attribute(name) if VISIBLE_ATTRIBUTES.contains(&name.as_str()) => {
                format!("text in html! as the value of {name}")
            }
            _ => continue,
        };
        for (token, formatted) in source.shown_literals(&site) {
            let text = literal_text(token.text);
            // A format string of placeholders and punctuation only writes no words.
            if formatted && has_words(&text) {
                found.push(Offence::new(
                    token.line,
                    format!("{what} (formatted)"),
                    token.text,
                ));
            } else if !formatted && shown(&text) {
                found.push(Offence::new(token.line, what.as_str(), token.text));
            }
        }
    }
    found
}

/// Whether a literal is shown as text: not blank and not an allowed symbol.
fn shown(text: &str) -> bool {
    !text.trim().is_empty() && !ALLOWED_TEXT.contains(&text)
}

/// Class names without the prefix in the `class` attributes of the `html!` blocks of
/// `text`, and brackets that do not match.
fn html_classes(text: &str) -> Vec<Offence> {
    let source = Source::new(text);
    if !source.unreadable.is_empty() {
        return source.unreadable;
    }
    let mut found = Vec::new();
    for site in source.sites() {
        if site.place != Place::Attribute("class".to_owned()) {
            continue;
        }
        for i in source.direct(site.start, site.end) {
            let Some(token) = source.token(i).filter(|t| t.kind == Kind::Literal) else {
                continue;
            };
            for class in literal_text(token.text).split_whitespace() {
                // `format!("sc-level-{level} {extra}")`: a placeholder is no name.
                if !class.starts_with('{') && !class.starts_with(CLASS_PREFIX) {
                    found.push(Offence::new(
                        token.line,
                        format!("class `{class}` does not start with `{CLASS_PREFIX}`"),
                        token.text,
                    ));
                }
            }
        }
    }
    found
}

// --- CSS ---------------------------------------------------------------------------------

/// Class selectors of a stylesheet that do not start with the prefix.
fn css_classes(css: &str) -> Vec<Offence> {
    let mut found = Vec::new();
    let chars: Vec<char> = css.chars().collect();
    let mut prelude = String::new();
    let mut prelude_line = 1;
    let mut line = 1;
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        match c {
            '/' if chars.get(i + 1) == Some(&'*') => {
                i += 2;
                while let Some(&c) = chars.get(i) {
                    if c == '*' && chars.get(i + 1) == Some(&'/') {
                        i += 1;
                        break;
                    }
                    line += usize::from(c == '\n');
                    i += 1;
                }
            }
            '"' | '\'' => {
                prelude.push(c);
                i += 1;
                while let Some(&q) = chars.get(i) {
                    prelude.push(q);
                    if q == '\\' {
                        i += 1;
                        if let Some(&escaped) = chars.get(i) {
                            prelude.push(escaped);
                        }
                    } else if q == c {
                        break;
                    }
                    i += 1;
                }
            }
            '{' => {
                if !prelude.trim_start().starts_with('@') {
                    found.extend(selector_classes(&prelude, prelude_line));
                }
                prelude.clear();
            }
            ';' | '}' => prelude.clear(),
            c => {
                if prelude.trim().is_empty() && !c.is_whitespace() {
                    prelude_line = line;
                    prelude.clear();
                }
                prelude.push(c);
            }
        }
        if chars.get(i) == Some(&'\n') {
            line += 1;
        }
        i += 1;
    }
    found
}

/// The classes of a selector (starting on `line`) that do not start with the prefix.
fn selector_classes(selector: &str, line: usize) -> Vec<Offence> {
    let mut found = Vec::new();
    let mut in_string = None;
    for (n, text) in selector.lines().enumerate() {
        let chars: Vec<char> = text.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            match (in_string, c) {
                (Some(q), c) if c == q => in_string = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => in_string = Some(c),
                (None, '.') => {
                    let name: String = chars
                        .iter()
                        .skip(i + 1)
                        .take_while(|c| c.is_alphanumeric() || **c == '-' || **c == '_')
                        .collect();
                    let is_name = name
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_alphabetic() || c == '-' || c == '_');
                    if is_name && !name.starts_with(CLASS_PREFIX) {
                        found.push(Offence::new(
                            line + n,
                            format!("class `{name}` does not start with `{CLASS_PREFIX}`"),
                            text.trim(),
                        ));
                    }
                }
                _ => {}
            }
        }
    }
    found
}

// --- The code map ------------------------------------------------------------------------

/// A Rust module file: its crate's directory (`.` for the widget) and its path in `src/`.
struct Module {
    krate: String,
    path: String,
}

/// The module files the code map of `architecture` does not name in their crate's section
/// (`### \`src\`` for the widget, `### \`crates/cli\`` for a crate), by file name or path.
fn unmapped_modules(architecture: &str, modules: &[Module]) -> Vec<String> {
    let lines: Vec<&str> = architecture.lines().collect();
    let code_map = lines
        .iter()
        .position(|l| l.trim() == "## Code Map")
        .map(|start| {
            let end = lines
                .iter()
                .skip(start + 1)
                .position(|l| l.starts_with("## "))
                .map_or(lines.len(), |n| start + 1 + n);
            (start, end)
        });
    let Some((start, end)) = code_map else {
        return vec!["ARCHITECTURE.md: no \"## Code Map\" section".to_owned()];
    };
    // Each `### ` heading of the code map with its line number and its text up to the next.
    let mut sections: Vec<(usize, &str, String)> = Vec::new();
    for (n, l) in lines.iter().enumerate().take(end).skip(start + 1) {
        if l.starts_with("### ") {
            sections.push((n + 1, l, String::new()));
        } else if let Some((_, _, text)) = sections.last_mut() {
            text.push_str(l);
            text.push('\n');
        }
    }
    let mut found = Vec::new();
    for module in modules {
        let (heading, full) = if module.krate == "." {
            ("`src`".to_owned(), format!("src/{}", module.path))
        } else {
            (
                format!("`{}`", module.krate),
                format!("{}/src/{}", module.krate, module.path),
            )
        };
        let Some((line, _, text)) = sections.iter().find(|(_, h, _)| h.contains(&heading)) else {
            found.push(format!(
                "ARCHITECTURE.md:{}: the code map has no section `### {heading}` for {full}",
                start + 1
            ));
            continue;
        };
        let name = module.path.rsplit('/').next().unwrap_or(&module.path);
        if !names(text, &module.path) && !names(text, name) && !names(text, &full) {
            found.push(format!(
                "{full}:1: not named in ARCHITECTURE.md's code map (section \"### {heading}\" at ARCHITECTURE.md:{line})"
            ));
        }
    }
    found
}

/// Whether `text` has `name` as a whole word: not part of a longer name or path.
fn names(text: &str, name: &str) -> bool {
    let part = |c: char| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '/');
    text.match_indices(name).any(|(at, _)| {
        let before = text.get(..at).and_then(|t| t.chars().next_back());
        let after = text.get(at + name.len()..).and_then(|t| t.chars().next());
        !before.is_some_and(part) && !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

// --- Files -------------------------------------------------------------------------------

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from(".."), Path::to_path_buf)
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn relative(path: &Path) -> String {
    slashes(path.strip_prefix(root()).unwrap_or(path))
}

fn slashes(path: &Path) -> String {
    let parts: Vec<String> = path
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .filter(|c| c != ".")
        .collect();
    if parts.is_empty() {
        ".".to_owned()
    } else {
        parts.join("/")
    }
}

/// The directories directly in `dir`, in name order.
fn dirs(dir: &Path) -> BTreeSet<PathBuf> {
    entries(dir).into_iter().filter(|p| p.is_dir()).collect()
}

/// The `.rs` files in `dir` and below, in path order.
fn rust_files(dir: &Path) -> BTreeSet<PathBuf> {
    let mut files = BTreeSet::new();
    for path in entries(dir) {
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.insert(path);
        }
    }
    files
}

fn entries(dir: &Path) -> BTreeSet<PathBuf> {
    fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| {
            entry
                .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
                .path()
        })
        .collect()
}

// --- The checkers flag what they must ----------------------------------------------------

#[cfg(test)]
mod checkers {
    use super::*;

    fn lines(offences: &[Offence]) -> Vec<String> {
        offences.iter().map(|o| o.at("f.rs")).collect()
    }

    #[test]
    fn text_children_and_visible_attributes_are_flagged() {
        let source = r#"
fn view(t: &Messages) -> Html {
    html! {
        <section class="sc-card" aria-labelledby="sc-x-title" role="region">
            <h2 id="sc-x-title">{"Your results"}</h2>
            <p>{ t.lead }{" "}</p>
            <img src={src} alt="Company logo" />
            <button type="button" title={format!("Open {}", name)}>{ t.open }</button>
            "Bare text"
            <input placeholder={"Paste codes"} />
            { if done { "Done" } else { "" } }
            <p>{ format!("{} of {}", a, b) }{ format!("{} / 100 \u{b7} {}", a, b) }</p>
            <td>{"\u{2013}"}</td>
            <p>{ match answer { Some(_) => "Yes", None => "\u{2013}" } }</p>
        </section>
    }
}
"#;
        assert_eq!(
            lines(&html_literals(source)),
            [
                "f.rs:5: text in html!: \"Your results\"",
                "f.rs:7: text in html! as the value of alt: \"Company logo\"",
                "f.rs:8: text in html! as the value of title (formatted): \"Open {}\"",
                "f.rs:9: text in html!: \"Bare text\"",
                "f.rs:10: text in html! as the value of placeholder: \"Paste codes\"",
                "f.rs:11: text in html!: \"Done\"",
                "f.rs:12: text in html! (formatted): \"{} of {}\"",
                "f.rs:14: text in html!: \"Yes\"",
            ]
        );
    }

    #[test]
    fn nested_html_is_read_once_and_code_literals_are_not_text() {
        let source = r#"
html! {
    <ul class="sc-list">
        { for items.iter().map(|item| html! {
            <li key={item.id.as_str()} aria-label={"An item"}>{ item.label.replace("{n}", "1") }</li>
        }) }
        { fill(t.answered_of, &[("answered", &n)]) }
    </ul>
}
"#;
        assert_eq!(
            lines(&html_literals(source)),
            ["f.rs:5: text in html! as the value of aria-label: \"An item\""]
        );
    }

    #[test]
    fn comments_and_lifetimes_do_not_confuse_the_reader() {
        let source = r##"
// html! { <p>{"in a comment"}</p> }
/* html! { <p>{"in a block comment"}</p> } */
fn f<'a>(x: &'a str) -> Html {
    let c = '{';
    let q = '\'';
    let long = "a line \
        continued";
    html! { <p>{ r#"Raw "words""# }</p> }
}
"##;
        assert_eq!(
            lines(&html_literals(source)),
            ["f.rs:9: text in html!: r#\"Raw \"words\"\"#"]
        );
    }

    #[test]
    fn unreadable_files_are_flagged() {
        assert_eq!(
            lines(&html_literals("html! { <p>{ t.x </p> }")),
            ["f.rs:1: unclosed bracket (the tidy test cannot read this file): {"]
        );
    }

    #[test]
    fn allowed_text_is_blank_or_listed() {
        assert!(!shown(" "));
        assert!(shown("Hello"));
        for symbol in ALLOWED_TEXT {
            assert!(
                !has_words(symbol),
                "{symbol} has words: it belongs in the catalogue"
            );
        }
    }

    #[test]
    fn classes_without_the_prefix_are_flagged() {
        let source = r#"
html! {
    <div class="sc-card card" id="main">
        <span class={if open { "sc-open" } else { "closed" }}>{ t.x }</span>
        <span class={format!("sc-level-{level} {extra}")} />
    </div>
}
"#;
        assert_eq!(
            lines(&html_classes(source)),
            [
                "f.rs:3: class `card` does not start with `sc-`: \"sc-card card\"",
                "f.rs:4: class `closed` does not start with `sc-`: \"closed\"",
            ]
        );
    }

    #[test]
    fn css_class_selectors_without_the_prefix_are_flagged() {
        let css = "/* .not-a-rule { } */\n:host { margin: .5rem; }\n.sc-card,\n.card > .sc-x:not(.open) { color: red; }\n@media (min-width: 40.5em) {\n  .sc-y { content: \".z\"; }\n  a[href=\".q\"] { }\n}\n";
        assert_eq!(
            lines(&css_classes(css)),
            [
                "f.rs:4: class `card` does not start with `sc-`: .card > .sc-x:not(.open)",
                "f.rs:4: class `open` does not start with `sc-`: .card > .sc-x:not(.open)",
            ]
        );
    }

    #[test]
    fn modules_missing_from_the_code_map_are_flagged() {
        let architecture = "# A\n\n## Code Map\n\n### `crates/a`\n\n- `lib.rs`, `team/input.rs`: the API.\n- `mainly.rs`\n\n### `src` (the widget)\n\n- `app.rs`\n\n## Cross-Cutting Concerns\n\n- `orphan.rs`\n";
        let module = |krate: &str, path: &str| Module {
            krate: krate.to_owned(),
            path: path.to_owned(),
        };
        let modules = [
            module("crates/a", "lib.rs"),
            module("crates/a", "team/input.rs"),
            module("crates/a", "input.rs"),
            module("crates/a", "main.rs"),
            module("crates/a", "app.rs"),
            module(".", "app.rs"),
            module(".", "orphan.rs"),
            module("crates/b", "lib.rs"),
        ];
        assert_eq!(
            unmapped_modules(architecture, &modules),
            [
                "crates/a/src/input.rs:1: not named in ARCHITECTURE.md's code map (section \"### `crates/a`\" at ARCHITECTURE.md:5)",
                "crates/a/src/main.rs:1: not named in ARCHITECTURE.md's code map (section \"### `crates/a`\" at ARCHITECTURE.md:5)",
                "crates/a/src/app.rs:1: not named in ARCHITECTURE.md's code map (section \"### `crates/a`\" at ARCHITECTURE.md:5)",
                "src/orphan.rs:1: not named in ARCHITECTURE.md's code map (section \"### `src`\" at ARCHITECTURE.md:10)",
                "ARCHITECTURE.md:3: the code map has no section `### `crates/b`` for crates/b/src/lib.rs",
            ]
        );
    }
}
