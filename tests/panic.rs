//! The error panel a panic leaves behind, in headless Chromium (wasm-bindgen-test).
//!
//! The release build aborts on panic, which stops the whole WebAssembly instance, so a real
//! panic cannot be observed from inside it. These tests call what the panic hook calls
//! (`embed::stop_all`, `embed::show_error`) on widgets mounted the way a host page mounts
//! them, and check the panel, the DOM event and its payload. `tests/e2e/errors.spec.mjs`
//! causes a real panic in the release build and checks the same from the outside, with the
//! Restart button the loader handles.
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test file: clippy allows these in `#[test]` functions but not in `#[wasm_bindgen_test]` ones or their helpers, where a failure is as much a failed test"
)]

use silo_check::embed::{self, ERROR_ATTRIBUTE, RESTART_ATTRIBUTE};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A `<div>` on the page with these attributes.
fn container(attributes: &[(&str, &str)]) -> web_sys::HtmlElement {
    let document = gloo::utils::document();
    let div = document.create_element("div").expect("create div");
    for (name, value) in attributes {
        div.set_attribute(name, value).expect("attribute");
    }
    gloo::utils::body().append_child(&div).expect("append");
    div.dyn_into().expect("an HTML element")
}

/// Records the `detail` of every `silo-check:error` event on `target`.
fn errors(target: &web_sys::HtmlElement) -> Rc<RefCell<Vec<serde_json::Value>>> {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let sink = seen.clone();
    let listener =
        Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
            let json = js_sys::JSON::stringify(&e.detail())
                .ok()
                .and_then(|s| s.as_string())
                .unwrap_or_default();
            sink.borrow_mut()
                .push(serde_json::from_str(&json).unwrap_or_default());
        });
    target
        .add_event_listener_with_callback("silo-check:error", listener.as_ref().unchecked_ref())
        .expect("listener");
    listener.forget();
    seen
}

fn shadow_text(container: &web_sys::HtmlElement) -> String {
    container
        .shadow_root()
        .and_then(|s| s.text_content())
        .unwrap_or_default()
}

/// Where a panel stands, read from the shadow root: (role=alert elements, restart buttons,
/// widget screens still there).
fn panel_parts(container: &web_sys::HtmlElement) -> (u32, u32, u32) {
    let shadow = container.shadow_root().expect("a shadow root");
    let count = |selector: &str| {
        shadow
            .query_selector_all(selector)
            .expect("selector")
            .length()
    };
    (
        count("[role=alert]"),
        count(&format!("button[type=button][{RESTART_ATTRIBUTE}]")),
        count("[data-step-heading]"),
    )
}

#[wasm_bindgen_test]
async fn a_panic_replaces_every_mounted_widget_with_a_panel_and_tells_its_host() {
    // The built-in questionnaire's files sit beside a built widget, not beside the test
    // runner's module: the page hands it over in an element instead.
    let questions = gloo::utils::document()
        .create_element("script")
        .expect("create script");
    questions.set_id("panic-test-questions");
    questions
        .set_attribute("type", "application/json")
        .expect("attribute");
    questions.set_text_content(Some(assessment::BUILT_IN_JSON));
    gloo::utils::body()
        .append_child(&questions)
        .expect("append");
    let first = container(&[
        ("data-silo-check", ""),
        ("data-questionnaire", "#panic-test-questions"),
        ("data-storage-namespace", "panic-test-a"),
    ]);
    let second = container(&[
        ("data-silo-check", ""),
        ("data-questionnaire", "#panic-test-questions"),
        ("data-storage", "off"),
        ("data-storage-namespace", "panic-test-b"),
    ]);
    embed::mount_all::<silo_check::app::App>("./", embed::Build::with_validator());
    yew::scheduler::flush().await;
    assert!(
        shadow_text(&first).contains("Start"),
        "mounted: {}",
        shadow_text(&first)
    );
    assert_eq!(panel_parts(&first).2, 1, "the start screen is shown");
    // Events bubble and cross the shadow boundary, so a listener on the page hears them.
    let on_first = errors(&first);
    let on_body = errors(&gloo::utils::body());

    embed::stop_all("Silo Check stopped after an internal error (src/app.rs:1).");

    for widget in [&first, &second] {
        assert!(widget.has_attribute(ERROR_ATTRIBUTE));
        assert_eq!(
            panel_parts(widget),
            (1, 1, 0),
            "one alert, one Restart button, no screen of the widget left"
        );
        assert!(shadow_text(widget).contains("Something went wrong in Silo Check."));
        assert!(shadow_text(widget).contains("Restart"));
    }
    // What the panel says about the answers follows the host's storage option.
    assert!(shadow_text(&first).contains("Your answers are saved in this browser."));
    assert!(shadow_text(&second).contains("Your answers could not be saved in this browser."));

    let expected = serde_json::json!({
        "source": "silo-check",
        "type": "error",
        "version": embed::EVENTS_VERSION,
        "payload": { "message": "Silo Check stopped after an internal error (src/app.rs:1)." },
    });
    assert_eq!(*on_first.borrow(), vec![expected.clone()]);
    assert_eq!(*on_body.borrow(), vec![expected.clone(), expected]);

    // The panel is shown once; a second report only tells the host again.
    embed::stop_all("again");
    assert_eq!(panel_parts(&first), (1, 1, 0));
    assert_eq!(on_first.borrow().len(), 2);
}

#[wasm_bindgen_test]
fn the_panel_works_in_a_bare_shadow_root_and_carries_the_message_as_data() {
    let host = container(&[]);
    let shadow = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .expect("shadow");
    shadow
        .append_child(&gloo::utils::document().create_element("p").expect("p"))
        .expect("append");
    let seen = errors(&host);
    let message = "<img src=x onerror=\"window.__pwned=1\">";
    embed::show_error(&host, &[], true, message);
    assert_eq!(panel_parts(&host), (1, 1, 0));
    assert_eq!(
        shadow.query_selector_all("img").expect("selector").length(),
        0
    );
    let payload = seen.borrow()[0]["payload"].clone();
    assert_eq!(payload, serde_json::json!({ "message": message }));
    assert!(js_sys::Reflect::get(&js_sys::global(), &"__pwned".into())
        .expect("global")
        .is_undefined());
}
