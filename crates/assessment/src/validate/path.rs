//! Where a value is: JSON paths that sort into document order, and the objects being read
//! with their paths.

use json_positions::Value;

/// Where a value is: its JSON path, and a key that sorts paths into document order.
#[derive(Clone, Debug)]
pub(super) struct Path {
    pub(super) text: String,
    /// For each step, the position of the field in its object or of the item in its list.
    pub(super) order: Vec<usize>,
}

impl Path {
    pub(super) fn root() -> Path {
        Path {
            text: "$".to_owned(),
            order: Vec::new(),
        }
    }

    pub(super) fn field(&self, name: &str, position: usize) -> Path {
        let plain = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        let mut text = self.text.clone();
        if plain {
            text.push('.');
            text.push_str(name);
        } else {
            // Quoted as in JSON (not with Rust's `{:?}`, whose Unicode tables would come
            // into the WebAssembly with it).
            // Characters a reader cannot see (a zero-width space, a bidirectional override)
            // are written as JSON escapes, `\u200b`, so the path shows them (issue 19).
            text.push('[');
            for c in crate::json::to_string(name).chars() {
                if crate::text::unclear(c, false).is_some() {
                    let mut units = [0u16; 2];
                    for unit in c.encode_utf16(&mut units) {
                        text.push_str(&format!("\\u{unit:04x}"));
                    }
                } else {
                    text.push(c);
                }
            }
            text.push(']');
        }
        Path {
            text,
            order: self.step(position),
        }
    }

    pub(super) fn item(&self, index: usize) -> Path {
        Path {
            text: format!("{}[{index}]", self.text),
            order: self.step(index),
        }
    }

    fn step(&self, position: usize) -> Vec<usize> {
        let mut order = Vec::with_capacity(self.order.len() + 1);
        order.extend_from_slice(&self.order);
        order.push(position);
        order
    }
}

/// An object being read, with its path.
pub(super) struct Obj<'a> {
    pub(super) path: Path,
    pub(super) fields: &'a [(String, Value)],
}

impl<'a> Obj<'a> {
    /// The first field with this name, with its path.
    pub(super) fn get(&self, name: &str) -> Option<(Path, &'a Value)> {
        self.fields
            .iter()
            .enumerate()
            .find(|(_, (key, _))| key == name)
            .map(|(position, (_, value))| (self.path.field(name, position), value))
    }

    /// The path of the field with this name, or of the object if it has none.
    pub(super) fn at(&self, name: &str) -> Path {
        self.get(name)
            .map_or_else(|| self.path.clone(), |(path, _)| path)
    }
}
