//! The widget's language choice: the questionnaire in the language that suits the
//! visitor best, its other languages for the switcher, and the language of the widget's
//! own words.

use super::fetch::{Failure, Mode, Part, TIMEOUT_MS};
use crate::i18n::Lang;
use crate::options::Options;
use crate::questionnaire::{Loaded, Shared, Translation};
use assessment::validate::Problem;
use assessment::Questionnaire;
use std::rc::Rc;

/// A questionnaire ready for a widget: in the language that suits the visitor best, with
/// its other languages for the switcher, and the language of the widget's own words.
pub(super) struct Prepared {
    pub(super) loaded: Loaded,
    pub(super) lang: Lang,
    pub(super) translations: Vec<(Lang, Translation)>,
    /// Where the whole questionnaire is, when `loaded` is only its start.
    pub(super) whole: Option<yew::AttrValue>,
}

impl Prepared {
    pub(super) fn invalid(problem: Problem) -> Prepared {
        Prepared {
            loaded: Loaded::Invalid(Rc::new(vec![problem])),
            lang: Lang::En,
            translations: Vec::new(),
            whole: None,
        }
    }
}

/// Parses the questionnaire in the visitor's language (the host's `lang` option first,
/// then the browser's languages), with the host's department list applied.
pub(super) fn prepare(text: &str, options: &Options) -> Prepared {
    let preferred = preferred_languages(options);
    let refs: Vec<&str> = preferred.iter().map(String::as_str).collect();
    let chosen = match customise(Questionnaire::parse_in(text, &refs), options, true) {
        Ok(q) => q,
        Err(problems) => {
            let lang = refs.iter().find_map(|t| Lang::find(t)).unwrap_or(Lang::En);
            return Prepared {
                loaded: Loaded::Invalid(Rc::new(problems)),
                lang,
                translations: Vec::new(),
                whole: None,
            };
        }
    };
    // The widget's words follow the questionnaire's language when it speaks it, so the two
    // never mix; otherwise the visitor's first language the widget speaks.
    let lang = Lang::find(chosen.language())
        .or_else(|| refs.iter().find_map(|t| Lang::find(t)))
        .unwrap_or(Lang::En);
    let mut translations = Vec::new();
    if chosen.languages().len() > 1 {
        for tag in chosen.languages() {
            let Some(l) = Lang::find(tag) else {
                continue;
            };
            if tag == chosen.language() {
                translations.push((l, Translation::Ready(chosen.clone())));
            } else if let Ok(q) = customise(
                Questionnaire::parse_in(text, &[tag.as_str()]),
                options,
                false,
            ) {
                translations.push((l, Translation::Ready(q)));
            }
        }
    }
    Prepared {
        loaded: Loaded::Ready(chosen),
        lang,
        translations,
        whole: None,
    }
}

/// The questionnaire with the host's department list applied. A list the questionnaire
/// cannot take is a bad host option like any other: ignored, with a console warning
/// naming it when `warn` (once a widget, not once a language), and the widget runs.
fn customise(
    parsed: Result<Questionnaire, Vec<Problem>>,
    options: &Options,
    warn: bool,
) -> Result<Shared, Vec<Problem>> {
    Ok(Shared(Rc::new(departments(parsed?, options, warn))))
}

fn departments(questionnaire: Questionnaire, options: &Options, warn: bool) -> Questionnaire {
    match &options.departments {
        None => questionnaire,
        Some(names) => match questionnaire.with_departments(names) {
            Ok(customised) => customised,
            Err(problem) => {
                if warn {
                    super::warn(format_args!(
                        "The option \"departments\" cannot be used with this questionnaire ({}); it was ignored.",
                        problem.message
                    ));
                }
                questionnaire
            }
        },
    }
}

/// The language of the built-in questionnaire to show first: the host's or the browser's
/// preference among the languages the widget speaks (the built-in questionnaire has a file
/// for each), else English.
pub(super) fn built_in_language(options: &Options) -> Lang {
    let preferred = preferred_languages(options);
    let refs: Vec<&str> = preferred.iter().map(String::as_str).collect();
    let tags = Lang::ALL.map(Lang::tag);
    assessment::language::negotiate(&tags, &refs)
        .and_then(|i| Lang::ALL.get(i).copied())
        .unwrap_or(Lang::En)
}

/// The built-in questionnaire in `lang`, read from the `text` of its compiled file, whole
/// or its start (`first`; the whole file is then fetched with the first answer), with
/// the switcher offering the widget's other languages, each fetched whole from `url(lang)`
/// when chosen.
pub(super) fn prepare_built_in(
    text: &str,
    lang: Lang,
    options: &Options,
    url: impl Fn(Lang) -> Option<String>,
    first: Part,
) -> Prepared {
    let read = assessment::compiled::read(text).map_err(|problem| vec![problem]);
    let chosen = match customise(read, options, true) {
        Ok(q) => q,
        Err(problems) => {
            return Prepared {
                loaded: Loaded::Invalid(Rc::new(problems)),
                lang,
                translations: Vec::new(),
                whole: None,
            }
        }
    };
    let whole = (first == Part::Start)
        .then(|| url(lang))
        .flatten()
        .map(yew::AttrValue::from);
    // Its own language is fetched whole too when the questionnaire shown is its start.
    let translations = Lang::ALL
        .into_iter()
        .filter_map(|l| {
            if l == lang && whole.is_none() {
                Some((l, Translation::Ready(chosen.clone())))
            } else {
                url(l).map(|u| (l, Translation::Fetch(u.into())))
            }
        })
        .collect();
    Prepared {
        loaded: Loaded::Ready(chosen),
        lang,
        translations,
        whole,
    }
}

/// A translation of the built-in questionnaire, fetched when the visitor chose it: its
/// compiled file for `lang`, with the host's options applied as to the first.
pub(crate) async fn load_translation(
    url: &str,
    lang: Lang,
    options: &Options,
) -> Result<Shared, String> {
    #[cfg(feature = "results")]
    let ahead = read_already(url);
    #[cfg(not(feature = "results"))]
    let ahead = None;
    let read = match ahead {
        Some(read) => Ok(read),
        None => {
            let text = fetch_built_in(url, lang).await?;
            let read = assessment::compiled::read(&text).map_err(|problem| vec![problem]);
            #[cfg(feature = "results")]
            if let Ok(read) = &read {
                keep_read(url, read);
            }
            read
        }
    };
    customise(read, options, false).map_err(|problems| {
        problems
            .first()
            .map_or_else(String::new, |p| format!("{}: {}", p.path, p.message))
    })
}

#[cfg(feature = "results")]
thread_local! {
    /// Built-in questionnaire files already read, by address: read ahead ([`warm`]) or
    /// by an earlier results screen, so that showing the results again (after Change
    /// answers) neither fetches nor reads the file a second time.
    static READ: std::cell::RefCell<Vec<(String, Questionnaire)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Fetches and reads one of the built-in questionnaire's files now, for the results
/// screen to come ([`ready_now`], [`load_translation`]): the results screen's module,
/// started with the visitor's first answer, reads the whole questionnaire while the other
/// questions are answered, not after the last. A file that does not arrive or cannot be
/// read is left to [`load_translation`], which says why.
#[cfg(feature = "results")]
pub(crate) fn warm(url: String, lang: Lang) {
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(text) = fetch_built_in(&url, lang).await else {
            return;
        };
        if let Ok(read) = assessment::compiled::read(&text) {
            keep_read(&url, &read);
        }
    });
}

/// Keeps a file read from `url` for the results screens to come.
#[cfg(feature = "results")]
fn keep_read(url: &str, read: &Questionnaire) {
    let _ = READ.try_with(|kept| {
        kept.try_borrow_mut().map(|mut kept| {
            if !kept.iter().any(|(u, _)| u == url) {
                kept.push((url.to_string(), read.clone()));
            }
        })
    });
}

/// The file at `url`, if it has been read already.
#[cfg(feature = "results")]
fn read_already(url: &str) -> Option<Questionnaire> {
    READ.try_with(|kept| {
        let kept = kept.try_borrow().ok()?;
        kept.iter().find(|(u, _)| u == url).map(|(_, q)| q.clone())
    })
    .ok()
    .flatten()
}

/// The questionnaire at `url` with the host's options applied, now, if its file has
/// been read already: the results screen is then drawn in one pass, without a
/// "Preparing your results" card first or a wait for the next task.
#[cfg(feature = "results")]
pub(crate) fn ready_now(url: &str, options: &Options) -> Option<Shared> {
    customise(Ok(read_already(url)?), options, false).ok()
}

/// The whole built-in questionnaire, fetched with the first answer, in place of its
/// `start` shown until then: refused unless it is the same questionnaire
/// (`assessment::compiled::complete`), with the host's options applied as to the start.
#[cfg(feature = "results")]
pub(crate) async fn load_whole(
    url: &str,
    lang: Lang,
    options: &Options,
    start: &Shared,
) -> Result<Shared, String> {
    let text = fetch_built_in(url, lang).await?;
    assessment::compiled::complete(start, &text, |q| departments(q, options, false))
        .map(|q| Shared(Rc::new(q)))
        .map_err(|p| p.message)
}

/// One of the built-in questionnaire's files, or why it did not arrive, in `lang`.
async fn fetch_built_in(url: &str, lang: Lang) -> Result<String, String> {
    super::fetch::fetch_text(url, url, Mode::Cors, TIMEOUT_MS)
        .await
        .map_err(|failure| match failure {
            Failure::Problem(p) => p.message,
            Failure::TimedOut => crate::i18n::messages(lang).load_timed_out.to_string(),
        })
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
