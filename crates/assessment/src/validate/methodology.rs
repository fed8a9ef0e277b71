//! The methodology: its text and its sources, each with a label and an optional secure web
//! address.

use super::path::Obj;
use super::phrases::quoted;
use super::Problems;
use crate::questionnaire::{Methodology, Source};
use json_positions::Value;

const METHODOLOGY_FIELDS: &[&str] = &["text", "sources"];
const SOURCE_FIELDS: &[&str] = &["label", "url"];

impl Problems {
    pub(super) fn methodology(&mut self, obj: &Obj<'_>) -> Option<Methodology> {
        let (path, value) = self.required(obj, "methodology")?;
        let obj = self.object(value, &path, METHODOLOGY_FIELDS)?;
        let text = self.req_text(&obj, "text");
        let sources = self.required(&obj, "sources").and_then(|(path, value)| {
            let items = self.list(&path, value, "source", "sources", 0, usize::MAX)?;
            self.each(&path, items, |p, _, path, value| {
                let obj = p.object(value, path, SOURCE_FIELDS)?;
                let label = p.req_text(&obj, "label");
                let url = p.url(&obj);
                Some(Source {
                    label: label?,
                    url: url?,
                })
            })
        });
        Some(Methodology {
            text: text?,
            sources: sources?,
        })
    }

    fn url(&mut self, obj: &Obj<'_>) -> Option<Option<String>> {
        // A link is the same in every language, so it is a plain text.
        let url = match obj.get("url") {
            None => None,
            Some((_, Value::String(text))) if text.trim().is_empty() => None,
            Some((path, value)) => Some(self.plain(&path, value)?),
        };
        if let Some(url) = &url {
            let rest = url.strip_prefix("https://").unwrap_or_default();
            if rest.is_empty() || url.chars().any(char::is_whitespace) {
                let message = format!(
                    "This must be a secure web address starting with https://, but it is {}; correct it or remove the \"url\".",
                    quoted(url)
                );
                let at = obj.at("url");
                self.report(&at, message);
                return None;
            }
        }
        Some(url)
    }
}
