//! Files in and out, without any server: downloads made from text in the browser, the
//! text of files a visitor picks or drops, the clipboard and printing.

use wasm_bindgen::JsCast;

/// Offers `text` as a file download.
pub fn download(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let anchor = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(a) = anchor {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Copies `text` to the clipboard, then tells `done` whether the browser allowed it. A page
/// that is not served over https has no `navigator.clipboard` at all: then `done` hears
/// `false` at once, and the caller offers the text to copy by hand.
pub fn copy(text: &str, done: yew::Callback<bool>) {
    let clipboard = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"clipboard".into()).ok())
        .filter(|c| !c.is_undefined() && !c.is_null())
        .and_then(|c| c.dyn_into::<web_sys::Clipboard>().ok());
    let Some(clipboard) = clipboard else {
        done.emit(false);
        return;
    };
    let promise = clipboard.write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        done.emit(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// The keys that copy a selection here: ⌘C on a Mac, Ctrl+C elsewhere.
pub fn copy_keys() -> &'static str {
    let mac = web_sys::window()
        .and_then(|w| w.navigator().user_agent().ok())
        .is_some_and(|agent| agent.contains("Mac"));
    if mac {
        "\u{2318}C"
    } else {
        "Ctrl+C"
    }
}

/// Opens the browser's print dialog (the print stylesheet leaves out every control).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Marks, while printing, the host page's `<html>` and the widget's container: the page's
/// print rule ([`PAGE_PRINT_CSS`]) then shows only that container.
const PRINTING: &str = "data-silo-check-printing";

/// Hides everything of the host page but the widget being printed, and only while one is
/// (the rule needs `<html>` marked). A constructed stylesheet, which a
/// Content-Security-Policy without 'unsafe-inline' allows.
const PAGE_PRINT_CSS: &str = "@media print{html[data-silo-check-printing] body :not(:has([data-silo-check-printing])):not([data-silo-check-printing]){display:none!important}html[data-silo-check-printing] [data-silo-check-printing]{margin:0!important;padding:0!important}}";

/// Prints only the widget `inside` is part of: the host page's header, article and footer
/// are left out, and every closed `<details>` of the widget (the methodology, each
/// dimension) is opened for the print and closed again after it.
pub fn print_widget(inside: &web_sys::Element) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let root = inside.get_root_node();
    let shadow = root.dyn_ref::<web_sys::ShadowRoot>();
    let marked: Vec<web_sys::Element> = shadow
        .map(|s| s.host())
        .into_iter()
        .chain(document.document_element())
        .collect();
    if shadow.is_some() {
        add_page_print_rule(&document);
        for element in &marked {
            let _ = element.set_attribute(PRINTING, "");
        }
    }
    let closed = shadow
        .and_then(|s| s.query_selector_all("details:not([open])").ok())
        .or_else(|| document.query_selector_all("details:not([open])").ok());
    let closed: Vec<web_sys::Element> = closed.map_or_else(Vec::new, |list| {
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
            .collect()
    });
    for details in &closed {
        let _ = details.set_attribute("open", "");
    }
    // After the dialog (some browsers return from `print` before it closes).
    gloo::events::EventListener::once(&window, "afterprint", move |_| {
        for element in &marked {
            let _ = element.remove_attribute(PRINTING);
        }
        for details in &closed {
            let _ = details.remove_attribute("open");
        }
    })
    .forget();
    let _ = window.print();
}

/// Adds [`PAGE_PRINT_CSS`] to the host page's adopted stylesheets, once.
fn add_page_print_rule(document: &web_sys::Document) {
    thread_local! {
        static ADDED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if ADDED.try_with(|a| a.replace(true)).unwrap_or(true) {
        return;
    }
    let Ok(sheet) = web_sys::CssStyleSheet::new() else {
        return;
    };
    if sheet.replace_sync(PAGE_PRINT_CSS).is_err() {
        return;
    }
    let sheets = document.adopted_style_sheets();
    sheets.push(&sheet);
    document.set_adopted_style_sheets(&sheets);
}

/// Today, from the browser's clock.
pub fn today() -> assessment::date::Date {
    use assessment::date::Date;
    let now = js_sys::Date::new_0();
    let (y, m, d) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    u16::try_from(y)
        .ok()
        .zip(u8::try_from(m).ok())
        .zip(u8::try_from(d).ok())
        .and_then(|((y, m), d)| Date::new(y, m, d))
        .unwrap_or(Date::MIN)
}

/// The largest file read, in bytes; bigger files are reported instead of read.
pub const MAX_FILE_BYTES: f64 = 2.0 * 1024.0 * 1024.0;

/// A file's name and its text, or why it was not read.
pub struct FileText {
    /// The file's name.
    pub name: String,
    /// Its text, or why it could not be read.
    pub text: Result<String, FileError>,
}

/// Why a file was not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileError {
    /// Larger than [`MAX_FILE_BYTES`].
    TooBig,
    /// Not text.
    NotText,
    /// The browser refused or failed.
    Unreadable,
}

/// The files of a file list, taken out of it at once: a list from an `<input type=file>`
/// empties when the input is reset.
pub fn take(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    list.map_or_else(Vec::new, |list| {
        (0..list.length()).filter_map(|i| list.item(i)).collect()
    })
}

/// Reads the text of every file.
pub async fn read_all(files: Vec<web_sys::File>) -> Vec<FileText> {
    let mut out = Vec::new();
    for file in files {
        let name = file.name();
        let text = if file.size() > MAX_FILE_BYTES {
            Err(FileError::TooBig)
        } else {
            match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                Ok(value) => value.as_string().ok_or(FileError::NotText),
                Err(_) => Err(FileError::Unreadable),
            }
        };
        out.push(FileText { name, text });
    }
    out
}
