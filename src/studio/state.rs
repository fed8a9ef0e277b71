//! The studio's one store: the document being edited, its undo and redo history, the
//! section shown and what the studio has to say. Every change of the document goes
//! through [`Action::Edit`], whose function is one of the domain's editing operations
//! (`assessment::format`), so the history has every step.

use crate::i18n::Lang;
use assessment::format::Document;
use std::rc::Rc;
use yew::prelude::*;

/// How many steps undo goes back.
const HISTORY: usize = 200;

/// A part of the format, each with a form of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// Title, introduction, languages, id and revision.
    General,
    /// The five levels.
    Scale,
    /// The dimensions.
    Dimensions,
    /// The scored questions.
    Questions,
    /// The profile questions.
    Profile,
    /// The recommendations.
    Recommendations,
    /// The organisational models.
    Models,
    /// The methodology and sources.
    Methodology,
    /// Every text in every language.
    Translation,
    /// The file and the snippet.
    Export,
}

impl Section {
    /// Every section, in the order of the navigation.
    pub const ALL: [Section; 10] = [
        Section::General,
        Section::Scale,
        Section::Dimensions,
        Section::Questions,
        Section::Profile,
        Section::Recommendations,
        Section::Models,
        Section::Methodology,
        Section::Translation,
        Section::Export,
    ];

    /// The section whose form has the field at a problem's JSON path.
    pub fn of_path(path: &str) -> Section {
        let first = path
            .trim_start_matches('$')
            .trim_start_matches('.')
            .split(['.', '['])
            .next()
            .unwrap_or_default();
        match first {
            "scale" => Section::Scale,
            "dimensions" => Section::Dimensions,
            "questions" => Section::Questions,
            "profile" => Section::Profile,
            "recommendations" => Section::Recommendations,
            "models" => Section::Models,
            "methodology" => Section::Methodology,
            _ => Section::General,
        }
    }
}

/// Where the document being edited came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The built-in questionnaire.
    BuiltIn,
    /// The starter template.
    Starter,
    /// A file picked or dropped, by name.
    File(String),
    /// The draft saved in this browser.
    Draft,
}

/// Something the studio tells the consultant, above the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A file could not be opened: its name and why (the validator's words).
    CannotOpen(String, Vec<String>),
    /// The saved draft could not be read; a copy was kept (or not).
    DraftUnreadable(bool),
    /// The draft could not be saved in this browser.
    DraftNotSaved,
    /// An id could not be renamed because another item has it.
    IdTaken(String),
    /// The file was downloaded.
    Exported(String),
    /// Something was opened.
    Opened(Origin),
}

/// The studio's state.
#[derive(Clone, Debug, PartialEq)]
pub struct Studio {
    /// The document, or `None` before anything is opened.
    pub document: Option<Rc<Document>>,
    /// Earlier versions, the latest last.
    pub undo: Vec<Rc<Document>>,
    /// Versions undone, the latest undone last.
    pub redo: Vec<Rc<Document>>,
    /// The field the last edit changed: typing in one field is one step of the history.
    pub last_field: Option<String>,
    /// Whether the document changed since it was opened or exported.
    pub unsaved: bool,
    /// The section shown.
    pub section: Section,
    /// The studio's own language.
    pub lang: Lang,
    /// What the studio has to say.
    pub notice: Option<Notice>,
    /// The field to focus after the next render, and a counter so a second request for
    /// the same field focuses it again.
    pub focus: Option<(String, u32)>,
}

impl Studio {
    /// A studio with nothing open.
    pub fn new(lang: Lang) -> Studio {
        Studio {
            document: None,
            undo: Vec::new(),
            redo: Vec::new(),
            last_field: None,
            unsaved: false,
            section: Section::General,
            lang,
            notice: None,
            focus: None,
        }
    }
}

/// An editing operation: a function that changes the document.
pub type Change = Rc<dyn Fn(&mut Document)>;

/// What changes the studio's state.
pub enum Action {
    /// Change the document. `field` names the field typed in (consecutive edits of one
    /// field are one step of the history); `None` for any other operation.
    Edit {
        /// The field typed in.
        field: Option<String>,
        /// The change.
        change: Change,
    },
    /// Open a document (replacing the one open, which undo brings back).
    Open(Box<Document>, Origin),
    /// Go back one step.
    Undo,
    /// Go forward one step undone.
    Redo,
    /// Show a section.
    Show(Section),
    /// Focus the field at a JSON path, showing its section first.
    Focus(String),
    /// Change the studio's language.
    Language(Lang),
    /// Say something (or stop saying it).
    Say(Option<Notice>),
    /// The file was downloaded: nothing is unsaved.
    Exported(String),
}

impl Reducible for Studio {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit { field, change } => {
                let Some(current) = &self.document else {
                    return self;
                };
                let mut document = (**current).clone();
                change(&mut document);
                if document == **current {
                    return self;
                }
                let same_field = field.is_some() && field == self.last_field;
                if !same_field {
                    next.undo.push(current.clone());
                    if next.undo.len() > HISTORY {
                        next.undo.remove(0);
                    }
                }
                next.redo.clear();
                next.last_field = field;
                next.document = Some(Rc::new(document));
                next.unsaved = true;
            }
            Action::Open(document, origin) => {
                if let Some(current) = &self.document {
                    next.undo.push(current.clone());
                }
                next.redo.clear();
                next.last_field = None;
                next.document = Some(Rc::new(*document));
                next.unsaved = origin == Origin::Draft && self.unsaved;
                next.section = Section::General;
                next.notice = Some(Notice::Opened(origin));
            }
            Action::Undo => {
                let Some(previous) = next.undo.pop() else {
                    return self;
                };
                if let Some(current) = next.document.replace(previous) {
                    next.redo.push(current);
                }
                next.last_field = None;
                next.unsaved = true;
            }
            Action::Redo => {
                let Some(later) = next.redo.pop() else {
                    return self;
                };
                if let Some(current) = next.document.replace(later) {
                    next.undo.push(current);
                }
                next.last_field = None;
                next.unsaved = true;
            }
            Action::Show(section) => next.section = section,
            Action::Focus(path) => {
                next.section = Section::of_path(&path);
                let count = self.focus.as_ref().map_or(0, |(_, n)| n.wrapping_add(1));
                next.focus = Some((path, count));
            }
            Action::Language(lang) => next.lang = lang,
            Action::Say(notice) => next.notice = notice,
            Action::Exported(name) => {
                next.unsaved = false;
                next.notice = Some(Notice::Exported(name));
            }
        }
        Rc::new(next)
    }
}

/// The studio's store, as components hold it.
pub type Store = UseReducerHandle<Studio>;

/// Dispatches an edit of the field `field` (typing) or, with `None`, any other operation.
pub fn edit(store: &Store, field: Option<String>, change: impl Fn(&mut Document) + 'static) {
    store.dispatch(Action::Edit {
        field,
        change: Rc::new(change),
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use assessment::format::STARTER_JSON;

    fn opened() -> Rc<Studio> {
        let document = Document::read(STARTER_JSON).unwrap();
        Rc::new(Studio::new(Lang::En)).reduce(Action::Open(Box::new(document), Origin::Starter))
    }

    fn typed(studio: Rc<Studio>, field: &str, value: &'static str) -> Rc<Studio> {
        studio.reduce(Action::Edit {
            field: Some(field.to_string()),
            change: Rc::new(move |d: &mut Document| {
                d.set_text("$.title", "en", value);
            }),
        })
    }

    fn title(studio: &Studio) -> String {
        studio.document.as_ref().unwrap().text("$.title", "en")
    }

    #[test]
    fn typing_in_one_field_is_one_step_and_undo_redo_walk_the_history() {
        let studio = opened();
        let before = title(&studio);
        let studio = typed(studio, "title", "A");
        let studio = typed(studio, "title", "AB");
        assert_eq!(studio.undo.len(), 1);
        assert!(studio.unsaved);
        let studio = typed(studio, "intro", "ABC");
        assert_eq!(studio.undo.len(), 2);
        let studio = studio.reduce(Action::Undo);
        assert_eq!(title(&studio), "AB");
        let studio = studio.reduce(Action::Undo);
        assert_eq!(title(&studio), before);
        let studio = studio.reduce(Action::Redo).reduce(Action::Redo);
        assert_eq!(title(&studio), "ABC");
        let studio = studio.reduce(Action::Exported("x.json".into()));
        assert!(!studio.unsaved);
    }

    #[test]
    fn a_problem_shows_the_section_of_its_field() {
        assert_eq!(
            Section::of_path("$.questions[2].prompt"),
            Section::Questions
        );
        assert_eq!(
            Section::of_path("$.methodology.sources[0].label"),
            Section::Methodology
        );
        assert_eq!(Section::of_path("$.title.de"), Section::General);
        assert_eq!(Section::of_path("$"), Section::General);
        let studio = opened().reduce(Action::Focus("$.recommendations[1].title".into()));
        assert_eq!(studio.section, Section::Recommendations);
        assert!(studio.focus.is_some());
    }
}
