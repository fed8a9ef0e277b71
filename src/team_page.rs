//! The root component of the team view's page (`team.html`): the team view on its own, for
//! the questionnaire the page was given, with the codes of the team link it was opened by.
//!
//! It takes the same props as the widget's [`App`](crate::app::App), so the same mounting
//! code serves both pages; what it does not need (storage, events, the switcher) it leaves.

use crate::app::AppProps;
use crate::i18n::{messages, Lang};
use crate::links;
use crate::questionnaire::Loaded;
use crate::storage::{Found, Store};
use crate::ui::problems_panel::problems_panel;
use crate::ui::team_view::TeamView;
use assessment::{share, Questionnaire};
use yew::prelude::*;

/// The team view's page: the problems of an invalid questionnaire, or the team view.
#[component]
pub fn TeamPage(props: &AppProps) -> Html {
    let lang = props.lang;
    let body = match &props.loaded {
        Loaded::Invalid(problems) => problems_panel(problems, messages(lang), lang),
        Loaded::Ready(questionnaire) => html! {
            <TeamView
                questionnaire={questionnaire.clone()}
                initial={AttrValue::from(links::team_code_in_address().unwrap_or_default())}
                own_code={own_code(props.storage_namespace.as_deref(), questionnaire)}
                instance={props.instance.clone()}
                on_close={Callback::from(|()| links::leave_team_page())}
            />
        },
    };
    html! {
        <ContextProvider<Lang> context={lang}>
            <div class="sc-root" lang={lang.tag()}>{body}</div>
        </ContextProvider<Lang>>
    }
}

/// The share code of the answers saved in this browser for this questionnaire, if any, so
/// the visitor can add their own result to a colleague's team link.
fn own_code(namespace: Option<&str>, questionnaire: &Questionnaire) -> Option<AttrValue> {
    match Store::new(namespace, questionnaire).load(questionnaire) {
        Found::Session(session) if session.answers().answered() > 0 => Some(AttrValue::from(
            share::encode(questionnaire, session.answers()),
        )),
        Found::Session(_) | Found::Nothing | Found::SetAside { .. } => None,
    }
}
