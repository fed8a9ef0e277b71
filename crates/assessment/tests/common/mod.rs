//! What more than one integration test needs to know about the questionnaire format.

/// The fields of the format that hold text for people: given in every language of a file,
/// and kept verbatim by the parser. The other fields hold ids, numbers and links.
pub const TEXT_FIELDS: &[&str] = &[
    "title",
    "intro",
    "name",
    "description",
    "prompt",
    "help",
    "label",
    "action",
    "first_step",
    "text",
    "gap_meaning",
];
