//! The root component of the team view's page (`team.html`): the team view on its own, for
//! the questionnaire the page was given, with the codes of the team link it was opened by.
//!
//! It takes the same props as the widget's [`App`](crate::app::App), so the same mounting
//! code serves both pages; what it does not need (storage, events, the switcher) it leaves.

use crate::app::AppProps;
use crate::i18n::{messages, team_messages, Lang};
use crate::links;
use crate::questionnaire::Loaded;
use crate::storage::Store;
use crate::ui::problems_panel::problems_panel;
use crate::ui::team_view::TeamView;
use assessment::{share, Questionnaire};
use yew::prelude::*;

/// The team view's page: the problems of an invalid questionnaire, or the team view.
#[component]
pub fn TeamPage(props: &AppProps) -> Html {
    let lang = props.lang;
    // The team link in the address, and how many times it changed: another team link
    // opened in this tab (only the fragment changes) gives a new team view.
    let link = use_state(|| (0_u32, links::team_code_in_address()));
    let changes = use_mut_ref(|| 0_u32);
    {
        let link = link.clone();
        use_effect_with((), move |()| {
            let listener = links::on_fragment_change(move || {
                let mut changes = changes.borrow_mut();
                *changes = changes.wrapping_add(1);
                link.set((*changes, links::team_code_in_address()));
            });
            move || drop(listener)
        });
    }
    let (version, found) = &*link;
    let too_long = found.is_err();
    let initial = found.clone().ok().flatten().unwrap_or_default();
    let body = match &props.loaded {
        Loaded::Invalid(problems) => problems_panel(problems, messages(lang), lang),
        Loaded::Ready(questionnaire) => html! {
            <TeamView
                key={*version}
                questionnaire={questionnaire.clone()}
                initial={AttrValue::from(initial)}
                own_code={own_code(props.storage_namespace.as_deref(), questionnaire)}
                instance={props.instance.clone()}
                on_close={Callback::from(|()| links::leave_team_page())}
            />
        },
    };
    html! {
        <ContextProvider<Lang> context={lang}>
            <div class="sc-root" lang={lang.tag()}>
                if too_long {
                    <div class="sc-notice sc-notice--error" role="alert">
                        <p>{team_messages(lang).team_link_too_long}</p>
                    </div>
                }
                {body}
            </div>
        </ContextProvider<Lang>>
    }
}

/// The share code of the answers saved in this browser for this questionnaire, if any, so
/// the visitor can add their own result to a colleague's team link.
fn own_code(namespace: Option<&str>, questionnaire: &Questionnaire) -> Option<AttrValue> {
    // Read only: what cannot be restored is the widget's to set aside, when it starts.
    Store::new(namespace, questionnaire)
        .peek(questionnaire)
        .filter(|session| session.answers().answered() > 0)
        .map(|session| AttrValue::from(share::encode(questionnaire, session.answers())))
}
