//! Saved progress in localStorage. This is the only module that touches storage.
//!
//! Each widget writes one key, `<namespace>:<questionnaire id>`, holding the text of
//! [`Session::save`]. A saved text that cannot be restored is never deleted: it is moved
//! to `<key>:set-aside:<time>` so that nothing a user typed is silently lost, and the
//! widget starts fresh with a notice. When the copy cannot be written (storage full), the
//! text stays where it is and the widget does not write over it or remove it until a copy
//! succeeds: saving fails, and the widget says so, as it does when storage is full.
//!
//! A saved session is never written over by another unless the visitor chose so (Start
//! over), and then it is set aside first (issue 19): the store remembers the text it may
//! write over (the one it last wrote, or the one the visitor resumed), and before each
//! write it sets aside any other text it finds under the key: one another tab saved, one
//! the visitor neither resumed nor started over from (after "Take it yourself", say).
//! A saved session with answers to questions the questionnaire no longer has is resumed
//! without them, and a copy of the whole text is set aside first.

use assessment::session::{RestoreError, Session};
use assessment::Questionnaire;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// Where one widget keeps its progress, or `None` parts when storage is off or unavailable.
#[derive(Clone, Debug, PartialEq)]
pub struct Store {
    key: Option<String>,
    /// The key holds a text that could not be restored nor copied aside: it must not be
    /// written over or removed until a copy succeeds.
    held: Rc<Cell<bool>>,
    /// The text under the key that this widget may write over: the one it last wrote, or
    /// the saved session the visitor chose to resume.
    known: Rc<RefCell<Option<String>>>,
    /// The saved session's text found at [`Store::load`], known once it is resumed.
    found: Rc<RefCell<Option<String>>>,
}

/// What [`Store::save`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    /// Written.
    Written,
    /// Written, after setting aside other answers found under the key (another tab's).
    SetOtherAside,
    /// Not written (storage full or blocked, or other answers could not be set aside).
    Failed,
}

/// What was found in storage when the widget started.
#[derive(Clone, Debug, PartialEq)]
pub enum Found {
    /// Nothing saved (or storage is off).
    Nothing,
    /// A session that can be resumed.
    Session(Session),
    /// A session that can be resumed without `dropped` answers to questions this
    /// questionnaire no longer has; the whole text was copied aside first (`moved`), or,
    /// when storage is too full for the copy, is left in place and never overwritten.
    Partly {
        /// The answers that could be kept.
        session: Session,
        /// How many answers were to questions the questionnaire does not have.
        dropped: usize,
        /// Whether the copy was made.
        moved: bool,
    },
    /// A saved text that could not be restored: set aside under `<key>:set-aside:<time>`,
    /// or, when storage is too full for the copy, left in place and never overwritten.
    SetAside {
        /// Why it could not be restored.
        reason: RestoreError,
        /// Whether the copy was made (`false`: the text is still under the key).
        moved: bool,
    },
}

impl Store {
    /// The store for this questionnaire, or a store that keeps nothing when `namespace` is
    /// `None` (storage switched off by the host).
    pub fn new(namespace: Option<&str>, questionnaire: &Questionnaire) -> Store {
        Store {
            key: namespace.map(|ns| format!("{ns}:{}", questionnaire.id())),
            held: Rc::new(Cell::new(false)),
            known: Rc::new(RefCell::new(None)),
            found: Rc::new(RefCell::new(None)),
        }
    }

    /// Whether storage is switched on and the browser lets us write to it.
    pub fn available(&self) -> bool {
        let Some(key) = self.key.as_deref() else {
            return false;
        };
        let Some(storage) = local_storage() else {
            return false;
        };
        // Within this widget's own key space, like everything else it writes.
        let probe = format!("{key}:probe");
        let ok = storage.set_item(&probe, "1").is_ok();
        let _ = storage.remove_item(&probe);
        ok
    }

    /// Whether the host switched storage on.
    pub fn enabled(&self) -> bool {
        self.key.is_some()
    }

    /// Calls `changed` each time another tab or window writes other answers under this
    /// store's key (the `storage` event), until the returned listener is dropped.
    pub fn on_other_change(
        &self,
        changed: impl Fn() + 'static,
    ) -> Option<gloo::events::EventListener> {
        let key = self.key.clone()?;
        let known = self.known.clone();
        let window = web_sys::window()?;
        Some(gloo::events::EventListener::new(
            &window,
            "storage",
            move |event| {
                let field = |name: &str| {
                    js_sys::Reflect::get(event, &name.into())
                        .ok()
                        .and_then(|v| v.as_string())
                };
                let value = field("newValue");
                if field("key").as_deref() == Some(key.as_str())
                    && value.is_some()
                    && value != *known.borrow()
                {
                    changed();
                }
            },
        ))
    }

    /// The saved session as far as it can be restored, changing nothing in storage.
    pub fn peek(&self, questionnaire: &Questionnaire) -> Option<Session> {
        let text = local_storage()?.get_item(self.key.as_deref()?).ok()??;
        Session::restore(questionnaire, &text).ok()
    }

    /// Reads the saved session, setting aside anything that cannot be restored.
    pub fn load(&self, questionnaire: &Questionnaire) -> Found {
        let (Some(key), Some(storage)) = (self.key.as_deref(), local_storage()) else {
            return Found::Nothing;
        };
        let Ok(Some(text)) = storage.get_item(key) else {
            return Found::Nothing;
        };
        match Session::restore_counting(questionnaire, &text) {
            Ok((session, 0)) => {
                self.found.replace(Some(text));
                Found::Session(session)
            }
            Ok((session, dropped)) => {
                let moved = set_aside(&storage, key);
                self.held.set(!moved);
                Found::Partly {
                    session,
                    dropped,
                    moved,
                }
            }
            Err(reason) => {
                let moved = set_aside(&storage, key);
                self.held.set(!moved);
                Found::SetAside { reason, moved }
            }
        }
    }

    /// The visitor chose to resume the saved session [`Store::load`] found: from now on the
    /// widget may write over it.
    pub fn adopt(&self) {
        let found = self.found.borrow_mut().take();
        self.known.replace(found);
    }

    /// Saves the session. Other answers found under the key (not the text this widget last
    /// wrote or resumed) are set aside first; if they cannot be, nothing is written.
    pub fn save(&self, questionnaire: &Questionnaire, session: &Session) -> Saved {
        let (Some(key), Some(storage)) = (self.key.as_deref(), local_storage()) else {
            return Saved::Failed;
        };
        if !self.release(&storage, key) {
            return Saved::Failed;
        }
        let current = storage.get_item(key).ok().flatten();
        let other = current.is_some() && current != *self.known.borrow();
        if other && !set_aside(&storage, key) {
            return Saved::Failed;
        }
        let text = session.save(questionnaire);
        if storage.set_item(key, &text).is_err() {
            return Saved::Failed;
        }
        self.known.replace(Some(text));
        if other {
            Saved::SetOtherAside
        } else {
            Saved::Written
        }
    }

    /// Forgets the saved session ("Clear my answers": the visitor asked for them to go).
    pub fn clear(&self) {
        if let (Some(key), Some(storage)) = (self.key.as_deref(), local_storage()) {
            if self.release(&storage, key) {
                let _ = storage.remove_item(key);
                self.known.replace(None);
            }
        }
    }

    /// Sets the saved session aside ("Start over": the visitor begins again, and what they
    /// had is kept, not deleted). While the copy cannot be written, the text stays under
    /// the key and is not written over.
    pub fn put_aside(&self) {
        if let (Some(key), Some(storage)) = (self.key.as_deref(), local_storage()) {
            let moved = set_aside(&storage, key);
            self.held.set(!moved);
            self.known.replace(None);
            self.found.replace(None);
        }
    }

    /// Whether the key may be written: `false` while it holds a text that could not be set
    /// aside, after trying once more to copy it aside.
    fn release(&self, storage: &web_sys::Storage, key: &str) -> bool {
        if !self.held.get() {
            return true;
        }
        let copied = set_aside(storage, key);
        self.held.set(!copied);
        copied
    }
}

/// Copies the text under `key` to a new `<key>:set-aside:<time>` key and, only once the
/// copy is written, removes `key`. Returns whether nothing is left to set aside.
///
/// The text is copied as the browser holds it, never through a Rust `String`, which would
/// replace unpaired surrogates (text damaged by another script, say) and so change it.
fn set_aside(storage: &web_sys::Storage, key: &str) -> bool {
    let text = match call(storage, "getItem", &[key.into()]) {
        Some(text) if text.is_null() => return true,
        Some(text) => text,
        None => return false,
    };
    let now = js_sys_now();
    // Never over an earlier copy made in the same millisecond.
    let aside = (0..100)
        .map(|n| match n {
            0 => format!("{key}:set-aside:{now}"),
            n => format!("{key}:set-aside:{now}-{n}"),
        })
        .find(|k| matches!(storage.get_item(k), Ok(None)));
    let Some(aside) = aside else {
        return false;
    };
    if call(storage, "setItem", &[aside.into(), text]).is_none() {
        return false;
    }
    let _ = storage.remove_item(key);
    true
}

/// Calls a method of `storage` with JavaScript values; `None` when it throws.
fn call(
    storage: &web_sys::Storage,
    method: &str,
    args: &[wasm_bindgen::JsValue],
) -> Option<wasm_bindgen::JsValue> {
    let function: js_sys::Function = js_sys::Reflect::get(storage, &method.into())
        .ok()?
        .dyn_into()
        .ok()?;
    let args: js_sys::Array = args.iter().collect();
    js_sys::Reflect::apply(&function, storage, &args).ok()
}

/// The page's localStorage, or `None` when the browser refuses it (disabled, sandboxed).
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn js_sys_now() -> u64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0, |p| (p.time_origin() + p.now()) as u64)
}

/// Removes every saved session of a widget's storage namespace (`<namespace>:<questionnaire
/// id>`), for the `<silo-check>` element's `reset()`: the host asked for a fresh start.
pub fn forget_namespace(namespace: &str) {
    let Some(storage) = local_storage() else {
        return;
    };
    let prefix = format!("{namespace}:");
    let keys: Vec<String> = (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(&prefix))
        .collect();
    for key in keys {
        let _ = storage.remove_item(&key);
    }
}

/// Whether the browser refuses storage because the widget runs in a frame from another
/// site (third-party storage blocked), rather than because storage is full or off: the
/// notice then says so, and what the site can do.
pub fn blocked_in_frame() -> bool {
    let framed = web_sys::window()
        .and_then(|w| w.parent().ok().flatten().map(|parent| parent != w))
        .unwrap_or(false);
    framed && local_storage().is_none()
}

/// The studio's autosaved draft: the text of the questionnaire being edited.
const DRAFT_KEY: &str = "silo-check-studio:draft";

/// The studio's autosaved draft, if there is one.
pub fn read_draft() -> Option<String> {
    local_storage()?.get_item(DRAFT_KEY).ok().flatten()
}

/// Saves the studio's draft; false when the browser refuses (storage full or off).
pub fn write_draft(text: &str) -> bool {
    local_storage().is_some_and(|storage| storage.set_item(DRAFT_KEY, text).is_ok())
}

/// Keeps a copy of a draft under `silo-check-studio:draft:set-aside:<time>` before it is
/// replaced (another file opened) or found unreadable, so that nothing typed is lost.
/// False when the copy could not be written.
pub fn set_draft_aside(text: &str) -> bool {
    local_storage().is_some_and(|storage| {
        storage
            .set_item(&format!("{DRAFT_KEY}:set-aside:{}", js_sys_now()), text)
            .is_ok()
    })
}

/// The visitor's earlier results of one questionnaire (issue 18), under
/// `<namespace>:<questionnaire id>:history`, beside the saved session: the text of
/// [`assessment::history::write`]. Only the results screen uses it. A stored list that
/// cannot be read whole is copied aside (`<key>:set-aside:<time>`) before the readable
/// entries are written back, and while the copy cannot be made it is never written over.
///
/// The visitor's choice to keep no results is remembered for the whole namespace under
/// `<namespace>:history.off` (see [`HistoryStore::opted_out`]).
#[derive(Clone, Debug, PartialEq)]
pub struct HistoryStore {
    key: String,
    off_key: String,
}

/// The key, after `<namespace>:`, that holds the visitor's choice to keep no results. A
/// questionnaire id has no `.`, so no saved session or list can be stored under it.
const HISTORY_OFF: &str = "history.off";

/// What [`HistoryStore::load`] found.
pub struct LoadedHistory {
    /// The entries that could be read, and what could not.
    pub history: assessment::history::History,
    /// Whether the list may be written (`false`: storage refused, or a damaged list could
    /// not be copied aside and must stay as it is).
    pub writable: bool,
}

impl HistoryStore {
    /// The list of `questionnaire_id`'s results in the widget's storage `namespace`.
    pub fn new(namespace: &str, questionnaire_id: &str) -> HistoryStore {
        HistoryStore {
            key: format!("{namespace}:{questionnaire_id}:history"),
            off_key: format!("{namespace}:{HISTORY_OFF}"),
        }
    }

    /// Whether the visitor chose to keep no results in this browser (for every
    /// questionnaire of the namespace). Storage that cannot be read counts as no choice.
    pub fn opted_out(&self) -> bool {
        local_storage()
            .and_then(|storage| storage.get_item(&self.off_key).ok().flatten())
            .is_some()
    }

    /// Remembers the visitor's choice (`true`: keep no results; `false` removes the
    /// choice, so results are kept again); false when storage refused.
    pub fn set_opted_out(&self, off: bool) -> bool {
        local_storage().is_some_and(|storage| {
            if off {
                storage.set_item(&self.off_key, "1").is_ok()
            } else {
                storage.remove_item(&self.off_key).is_ok()
            }
        })
    }

    /// Reads the list; a damaged one is copied aside first, so that writing back what
    /// was readable loses nothing.
    pub fn load(&self) -> LoadedHistory {
        let Some(storage) = local_storage() else {
            return LoadedHistory {
                history: assessment::history::History::default(),
                writable: false,
            };
        };
        let Ok(text) = storage.get_item(&self.key) else {
            return LoadedHistory {
                history: assessment::history::History::default(),
                writable: false,
            };
        };
        let Some(text) = text else {
            return LoadedHistory {
                history: assessment::history::History::default(),
                writable: true,
            };
        };
        let history = assessment::history::read(&text);
        let writable = history.problem.is_none() || set_aside(&storage, &self.key);
        LoadedHistory { history, writable }
    }

    /// Writes the list (removes the key when it is empty); false when storage refused.
    pub fn save(&self, entries: &[assessment::history::HistoryEntry]) -> bool {
        let Some(storage) = local_storage() else {
            return false;
        };
        if entries.is_empty() {
            storage.remove_item(&self.key).is_ok()
        } else {
            storage
                .set_item(&self.key, &assessment::history::write(entries))
                .is_ok()
        }
    }
}
