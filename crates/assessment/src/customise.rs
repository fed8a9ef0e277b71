//! Changes a host page may make to a validated questionnaire without writing a file of its
//! own, each keeping every invariant of [`Questionnaire`].

use crate::questionnaire::{ProfileKind, ProfileOption, ProfileOptionId, Questionnaire};
use crate::validate::Problem;

/// The most departments a host may list.
pub const MAX_DEPARTMENTS: usize = 50;
/// The longest department name a host may give, in characters.
pub const MAX_DEPARTMENT_LEN: usize = 80;

impl Questionnaire {
    /// This questionnaire with the options of its department question replaced by
    /// `names`, in order. Ids are made from the names (lower case, `-` between words).
    ///
    /// Refused, with the reason, when there are fewer than two or more than
    /// [`MAX_DEPARTMENTS`] names, a name is empty or longer than [`MAX_DEPARTMENT_LEN`]
    /// characters, two names give the same id, or the questionnaire has no department
    /// question. Changing the list changes what profile answers mean, so share codes made
    /// with another list must not be mixed with these.
    pub fn with_departments(&self, names: &[String]) -> Result<Questionnaire, Problem> {
        let problem = |message: String| Problem {
            path: "departments".to_string(),
            message,
        };
        let Some(index) = self
            .profile
            .iter()
            .position(|p| p.kind == ProfileKind::Department)
        else {
            return Err(problem(
                "This questionnaire has no department question, so a department list cannot be used with it.".into(),
            ));
        };
        if names.len() < 2 || names.len() > MAX_DEPARTMENTS {
            return Err(problem(format!(
                "Give between 2 and {MAX_DEPARTMENTS} departments, separated by commas; {} were given.",
                names.len()
            )));
        }
        let mut options: Vec<ProfileOption> = Vec::with_capacity(names.len());
        for name in names {
            let label = name.trim();
            if label.is_empty() || label.chars().count() > MAX_DEPARTMENT_LEN {
                return Err(problem(format!(
                    "Each department name must have 1 to {MAX_DEPARTMENT_LEN} characters; \"{}\" does not.",
                    label.chars().take(MAX_DEPARTMENT_LEN).collect::<String>()
                )));
            }
            let id = slug(label);
            if options.iter().any(|o| o.id.0 == id) {
                return Err(problem(format!(
                    "Two department names are the same once spaces and capitals are ignored: \"{label}\"."
                )));
            }
            options.push(ProfileOption {
                id: ProfileOptionId(id),
                label: label.to_string(),
                model: None,
            });
        }
        let mut changed = self.clone();
        if let Some(question) = changed.profile.get_mut(index) {
            question.options = options;
        }
        Ok(changed)
    }
}

/// A valid id from a name: `a-z`, `0-9` and `-`, at most 64 characters; a name with no
/// such character gets `d` and eight hex digits of a hash of the name.
fn slug(name: &str) -> String {
    let mut id = String::new();
    // Only ASCII letters and digits are kept, so ASCII lowercasing is all it takes.
    for c in name.chars().map(|c| c.to_ascii_lowercase()) {
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    let trimmed: String = id.trim_end_matches('-').chars().take(64).collect();
    if trimmed.is_empty() {
        // Names in other scripts: a stable id from the name's bytes.
        let hash = name.bytes().fold(0x811c_9dc5_u32, |h, b| {
            (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
        });
        format!("d{hash:08x}")
    } else {
        trimmed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::tiny;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn departments_are_replaced_in_order() {
        let q = tiny();
        let changed = q
            .with_departments(&names(&[
                "Brand & PR",
                " Customer Care ",
                "Vertrieb (DACH)",
                "総務",
            ]))
            .expect("valid list");
        let ids: Vec<&str> = changed.profile()[0]
            .options
            .iter()
            .map(|o| o.id.as_str())
            .collect();
        assert_eq!(ids[..3], ["brand-pr", "customer-care", "vertrieb-dach"]);
        assert!(ids[3].starts_with('d') && ids[3].len() == 9, "{ids:?}");
        assert_eq!(changed.profile()[0].options[1].label, "Customer Care");
        // Everything else is unchanged.
        assert_eq!(changed.questions(), q.questions());
        assert_eq!(changed.profile()[1..], q.profile()[1..]);
    }

    #[test]
    fn bad_lists_are_refused_with_a_reason() {
        let q = tiny();
        let long = "x".repeat(MAX_DEPARTMENT_LEN + 1);
        let many: Vec<String> = (0..=MAX_DEPARTMENTS).map(|i| format!("team {i}")).collect();
        for (list, expected) in [
            (names(&["Only one"]), "between 2 and"),
            (many, "between 2 and"),
            (names(&["Sales", ""]), "1 to 80 characters"),
            (vec!["Sales".to_string(), long], "1 to 80 characters"),
            (names(&["Sales", "SALES"]), "the same"),
        ] {
            let error = q.with_departments(&list).expect_err("refused");
            assert_eq!(error.path, "departments");
            assert!(error.message.contains(expected), "{}", error.message);
        }
    }
}
