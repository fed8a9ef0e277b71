//! The widget's language choice: the questionnaire in the language that suits the
//! visitor best, its other languages for the switcher, and the language of the widget's
//! own words.

use crate::i18n::Lang;
use crate::options::Options;
use crate::questionnaire::{Loaded, Shared};
use assessment::validate::Problem;
use assessment::Questionnaire;
use std::rc::Rc;

/// A questionnaire ready for a widget: in the language that suits the visitor best, with
/// its other languages for the switcher, and the language of the widget's own words.
pub(super) struct Prepared {
    pub(super) loaded: Loaded,
    pub(super) lang: Lang,
    pub(super) translations: Vec<(Lang, Shared)>,
}

impl Prepared {
    pub(super) fn invalid(problem: Problem) -> Prepared {
        Prepared {
            loaded: Loaded::Invalid(Rc::new(vec![problem])),
            lang: Lang::En,
            translations: Vec::new(),
        }
    }
}

/// Parses the questionnaire in the visitor's language (the host's `lang` option first,
/// then the browser's languages), with the host's department list applied.
pub(super) fn prepare(text: &str, options: &Options) -> Prepared {
    let preferred = preferred_languages(options);
    let refs: Vec<&str> = preferred.iter().map(String::as_str).collect();
    let customise = |parsed: Result<Questionnaire, Vec<Problem>>| -> Result<Shared, Vec<Problem>> {
        let questionnaire = parsed?;
        let questionnaire = match &options.departments {
            None => questionnaire,
            Some(names) => questionnaire.with_departments(names).map_err(|p| vec![p])?,
        };
        Ok(Shared(Rc::new(questionnaire)))
    };
    let chosen = match customise(Questionnaire::parse_in(text, &refs)) {
        Ok(q) => q,
        Err(problems) => {
            let lang = refs
                .iter()
                .find_map(|t| Lang::from_tag(t))
                .unwrap_or(Lang::En);
            return Prepared {
                loaded: Loaded::Invalid(Rc::new(problems)),
                lang,
                translations: Vec::new(),
            };
        }
    };
    // The widget's words follow the questionnaire's language when it speaks it, so the two
    // never mix; otherwise the visitor's first language the widget speaks.
    let lang = Lang::from_tag(chosen.language())
        .or_else(|| refs.iter().find_map(|t| Lang::from_tag(t)))
        .unwrap_or(Lang::En);
    let mut translations = Vec::new();
    if chosen.languages().len() > 1 {
        for tag in chosen.languages() {
            let Some(l) = Lang::from_tag(tag) else {
                continue;
            };
            if tag == chosen.language() {
                translations.push((l, chosen.clone()));
            } else if let Ok(q) = customise(Questionnaire::parse_in(text, &[tag.as_str()])) {
                translations.push((l, q));
            }
        }
    }
    Prepared {
        loaded: Loaded::Ready(chosen),
        lang,
        translations,
    }
}

/// The host's language option, then the browser's languages, then English.
pub(super) fn preferred_languages(options: &Options) -> Vec<String> {
    let mut tags: Vec<String> = options.lang.iter().cloned().collect();
    if let Some(navigator) = web_sys::window().map(|w| w.navigator()) {
        tags.extend(navigator.languages().iter().filter_map(|v| v.as_string()));
        tags.extend(navigator.language());
    }
    tags.push("en".to_string());
    tags
}
