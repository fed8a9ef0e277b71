//! The profile questions, which describe the respondent instead of scoring them, and their
//! options; only the options of a question of kind "organisation" can name a model.

use super::ids::Ids;
use super::known::Known;
use super::path::Obj;
use super::phrases::describe;
use super::suggest::suggest;
use super::{Problems, MAX_PROFILE, MAX_PROFILE_OPTIONS};
use crate::questionnaire::{
    ModelId, ProfileId, ProfileKind, ProfileOption, ProfileOptionId, ProfileQuestion,
};

const PROFILE_FIELDS: &[&str] = &["id", "kind", "prompt", "help", "options"];
const PROFILE_OPTION_FIELDS: &[&str] = &["id", "label", "model"];

const KINDS: &[(&str, ProfileKind)] = &[
    ("department", ProfileKind::Department),
    ("role", ProfileKind::Role),
    ("company_size", ProfileKind::CompanySize),
    ("organisation", ProfileKind::Organisation),
    ("other", ProfileKind::Other),
];

impl Problems {
    pub(super) fn profile(&mut self, obj: &Obj<'_>, known: &Known) -> Option<Vec<ProfileQuestion>> {
        let (path, value) = self.required(obj, "profile")?;
        let items = self.list(
            &path,
            value,
            "profile question",
            "profile questions",
            0,
            MAX_PROFILE,
        )?;
        let mut ids = Ids::new("another profile question", "profile question");
        self.each(&path, items, |p, _, path, value| {
            let obj = p.object(value, path, PROFILE_FIELDS)?;
            let id = p.unique_id(&obj, &mut ids);
            let kind = p.kind(&obj);
            let prompt = p.req_text(&obj, "prompt");
            let help = p.opt_text(&obj, "help");
            let options = p.profile_options(&obj, kind, known);
            Some(ProfileQuestion {
                id: ProfileId(id?),
                kind: kind?,
                prompt: prompt?,
                help: help?,
                options: options?,
            })
        })
    }

    fn kind(&mut self, obj: &Obj<'_>) -> Option<ProfileKind> {
        let (path, value) = self.required(obj, "kind")?;
        let name = self.plain(&path, value)?;
        if let Some((_, kind)) = KINDS.iter().find(|(known, _)| *known == name) {
            return Some(*kind);
        }
        let names: Vec<&str> = KINDS.iter().map(|(name, _)| *name).collect();
        let advice = match suggest(&name, names.iter().copied()) {
            Some(near) => format!("did you mean \"{near}\"?"),
            None => "change it to one of those.".to_owned(),
        };
        let message = format!(
            "This must be one of department, role, company_size, organisation or other, but it is {}; {advice}",
            describe(value)
        );
        self.report(&path, message);
        None
    }

    pub(super) fn profile_options(
        &mut self,
        obj: &Obj<'_>,
        kind: Option<ProfileKind>,
        known: &Known,
    ) -> Option<Vec<ProfileOption>> {
        let (path, value) = self.required(obj, "options")?;
        let items = self.list(&path, value, "option", "options", 2, MAX_PROFILE_OPTIONS)?;
        let mut ids = Ids::new("another option of this question", "option");
        self.each(&path, items, |p, _, path, value| {
            let obj = p.object(value, path, PROFILE_OPTION_FIELDS)?;
            let id = p.unique_id(&obj, &mut ids);
            let label = p.req_text(&obj, "label");
            let model = match (obj.get("model"), kind) {
                (None, _) => Some(None),
                (Some((at, _)), Some(kind)) if kind != ProfileKind::Organisation => {
                    let message =
                        "Only the options of a question of kind \"organisation\" can name a model; remove \"model\" here or change the question's kind to \"organisation\".";
                    p.report(&at, message.to_owned());
                    None
                }
                (Some(_), _) => p
                    .reference(&obj, "model", known.models.as_ref(), "model", "$.models")
                    .map(|model| Some(ModelId(model))),
            };
            Some(ProfileOption { id: ProfileOptionId(id?), label: label?, model: model? })
        })
    }
}
