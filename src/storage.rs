//! Saved progress in localStorage. This is the only module that touches storage.
//!
//! Each widget writes one key, `<namespace>:<questionnaire id>`, holding the text of
//! [`Session::save`]. A saved text that cannot be restored is never deleted: it is moved
//! to `<key>:set-aside:<time>` so that nothing a user typed is silently lost, and the
//! widget starts fresh with a notice.

use assessment::session::{RestoreError, Session};
use assessment::Questionnaire;

/// Where one widget keeps its progress, or `None` parts when storage is off or unavailable.
#[derive(Clone, Debug, PartialEq)]
pub struct Store {
    key: Option<String>,
}

/// What was found in storage when the widget started.
#[derive(Clone, Debug, PartialEq)]
pub enum Found {
    /// Nothing saved (or storage is off).
    Nothing,
    /// A session that can be resumed.
    Session(Session),
    /// A saved text that could not be restored; it was set aside under `aside_key`.
    SetAside {
        /// Why it could not be restored.
        reason: RestoreError,
    },
}

impl Store {
    /// The store for this questionnaire, or a store that keeps nothing when `namespace` is
    /// `None` (storage switched off by the host).
    pub fn new(namespace: Option<&str>, questionnaire: &Questionnaire) -> Store {
        Store {
            key: namespace.map(|ns| format!("{ns}:{}", questionnaire.id())),
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

    /// Reads the saved session, setting aside anything that cannot be restored.
    pub fn load(&self, questionnaire: &Questionnaire) -> Found {
        let (Some(key), Some(storage)) = (self.key.as_deref(), local_storage()) else {
            return Found::Nothing;
        };
        let Ok(Some(text)) = storage.get_item(key) else {
            return Found::Nothing;
        };
        match Session::restore(questionnaire, &text) {
            Ok(session) => Found::Session(session),
            Err(reason) => {
                let aside = format!("{key}:set-aside:{}", js_sys_now());
                // Only drop the original once its copy is safely written.
                if storage.set_item(&aside, &text).is_ok() {
                    let _ = storage.remove_item(key);
                }
                Found::SetAside { reason }
            }
        }
    }

    /// Saves the session; `false` when it could not be written (storage full or blocked).
    pub fn save(&self, questionnaire: &Questionnaire, session: &Session) -> bool {
        let (Some(key), Some(storage)) = (self.key.as_deref(), local_storage()) else {
            return false;
        };
        storage.set_item(key, &session.save(questionnaire)).is_ok()
    }

    /// Forgets the saved session.
    pub fn clear(&self) {
        if let (Some(key), Some(storage)) = (self.key.as_deref(), local_storage()) {
            let _ = storage.remove_item(key);
        }
    }
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
