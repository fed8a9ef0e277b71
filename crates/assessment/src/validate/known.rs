//! The first pass: the ids each section declares, gathered before the full walk so that
//! cross-references can be checked wherever they appear in the file.

use super::ids::valid_id;
use json_positions::Value;
use std::collections::{BTreeMap, BTreeSet};

/// The ids each section declares, gathered before the full walk so that references can be
/// checked wherever they appear. `None` means the section is missing or not a list, in
/// which case references into it are not checked (the section's own problem is reported).
#[derive(Default)]
pub(super) struct Known {
    /// Well-formed dimension ids in file order, without repeats.
    pub(super) dimension_order: Vec<String>,
    pub(super) dimensions: Option<BTreeSet<String>>,
    /// The dimensions some question names.
    pub(super) questioned: Option<BTreeSet<String>>,
    pub(super) questions: Option<BTreeSet<String>>,
    pub(super) profile: Option<BTreeSet<String>>,
    /// The option ids of each profile question, if its options are a list.
    pub(super) profile_options: BTreeMap<String, Option<BTreeSet<String>>>,
    pub(super) models: Option<BTreeSet<String>>,
}

impl Known {
    pub(super) fn gather(root: &[(String, Value)]) -> Known {
        let list = |name: &str| match first(root, name) {
            Some(Value::Array(items)) => Some(items.as_slice()),
            _ => None,
        };
        let ids = |items: &[Value]| -> BTreeSet<String> {
            set_of(
                items
                    .iter()
                    .filter_map(|item| text_field(item, "id"))
                    .filter(|id| valid_id(id)),
            )
        };
        let mut known = Known::default();
        if let Some(items) = list("dimensions") {
            let mut dimensions = BTreeSet::new();
            for id in items.iter().filter_map(|item| text_field(item, "id")) {
                if valid_id(id) && dimensions.insert(id.to_owned()) {
                    known.dimension_order.push(id.to_owned());
                }
            }
            known.dimensions = Some(dimensions);
        }
        if let Some(items) = list("questions") {
            known.questioned = Some(set_of(
                items
                    .iter()
                    .filter_map(|item| text_field(item, "dimension")),
            ));
            known.questions = Some(ids(items));
        }
        if let Some(items) = list("profile") {
            known.profile = Some(ids(items));
            for item in items {
                if let Some(id) = text_field(item, "id").filter(|id| valid_id(id)) {
                    let options = match item {
                        Value::Object(fields) => match first(fields, "options") {
                            Some(Value::Array(options)) => Some(ids(options)),
                            _ => None,
                        },
                        _ => None,
                    };
                    // A repeated id is reported where it repeats; rules naming it are not
                    // checked against either question's options.
                    known
                        .profile_options
                        .entry(id.to_owned())
                        .and_modify(|repeated| *repeated = None)
                        .or_insert(options);
                }
            }
        }
        if let Some(items) = list("models") {
            known.models = Some(ids(items));
        }
        known
    }
}

/// The first field with this name.
fn first<'a>(fields: &'a [(String, Value)], name: &str) -> Option<&'a Value> {
    fields
        .iter()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value)
}

/// The text of a field of an object, if the value is an object with such a text field.
fn text_field<'a>(value: &'a Value, name: &str) -> Option<&'a str> {
    match value {
        Value::Object(fields) => match first(fields, name) {
            Some(Value::String(text)) => Some(text),
            _ => None,
        },
        _ => None,
    }
}

/// The set of `ids`, built by inserting one at a time: `collect` would sort them first,
/// with one more copy of std's sort in the WebAssembly (see `order`).
fn set_of<'a>(ids: impl Iterator<Item = &'a str>) -> BTreeSet<String> {
    let mut set = BTreeSet::new();
    for id in ids {
        set.insert(id.to_owned());
    }
    set
}
