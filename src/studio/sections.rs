//! The form of each section of the format: general, scale, dimensions, questions, profile
//! questions, recommendations, models, methodology. Each renders the document's values
//! and dispatches the domain's editing operations; none decides a rule of the format.

use super::fields::{
    action_button, check_field, field_id, item_controls, number_field, plain_field, select_field,
    text_field, Ctx, ListOps,
};
use super::state::{edit, Action, Notice, Store};
use crate::i18n::fill;
use assessment::format::edit::{duplicate_item, move_item, remove_item};
use assessment::format::{Document, IdKind};
use std::rc::Rc;
use yew::prelude::*;

/// An id field whose change renames the id everywhere it is referred to, refused (with a
/// notice) when another item of its kind has the new id already.
fn id_field(ctx: &Ctx, path: &str, value: &str, kind: IdKind, taken: Vec<String>) -> Html {
    let old = value.to_string();
    plain_field(
        ctx,
        path,
        ctx.m.id,
        value,
        Some(ctx.m.id_hint),
        move |store: &Store, new: String| {
            if new == old {
                return;
            }
            if taken.contains(&new) {
                store.dispatch(Action::Say(Some(Notice::IdTaken(new))));
                return;
            }
            let (old, kind) = (old.clone(), kind.clone());
            edit(store, None, move |d| {
                d.rename(&kind, &old, &new);
            });
        },
    )
}

/// A list's operations from three functions on the document.
fn ops(
    moved: impl Fn(&mut Document, usize, usize) + 'static,
    duplicated: impl Fn(&mut Document, usize) + 'static,
    removed: impl Fn(&mut Document, usize) + 'static,
) -> ListOps {
    ListOps {
        moved: Rc::new(moved),
        duplicated: Rc::new(duplicated),
        removed: Rc::new(removed),
    }
}

/// An item of a list (a dimension, a question, a rule…): a group named by its heading, not
/// a landmark, so that a long questionnaire does not fill the landmarks' list.
fn item(title: String, controls: Html, body: Html, id: String) -> Html {
    html! {
        <div class="sc-studio-item" role="group" aria-labelledby={id.clone()}>
            <div class="sc-studio-item__header">
                <h3 class="sc-studio-item__title" id={id}>{title}</h3>
                {controls}
            </div>
            <div class="sc-studio-item__body">{body}</div>
        </div>
    }
}

/// Title, introduction, minutes, id, revision and languages.
pub fn general(ctx: &Ctx) -> Html {
    let m = ctx.m;
    let d = &ctx.document;
    let languages = ctx.languages.clone();
    let several = languages.len() > 1;
    let language_rows = languages.iter().enumerate().map(|(i, tag)| {
        let remove = {
            let tag = tag.clone();
            action_button(
                ctx,
                &fill(m.remove_language, &[("language", &tag)]),
                move |d| {
                    d.remove_language(&tag);
                },
            )
        };
        let make_default = {
            let tag = tag.clone();
            action_button(
                ctx,
                &fill(m.make_default, &[("language", &tag)]),
                move |d| {
                    d.make_default_language(&tag);
                },
            )
        };
        html! {
            <li class="sc-studio-language">
                <span class="sc-studio-language__tag">{tag.clone()}</span>
                if i == 0 {
                    <span class="sc-studio-hint">{m.default_language}</span>
                } else {
                    {make_default}
                }
                if several { {remove} }
            </li>
        }
    });
    let add_language = {
        let store = ctx.store.clone();
        let existing = languages.clone();
        move |_: &Store, tag: String| {
            if tag.is_empty() || existing.contains(&tag) {
                return;
            }
            edit(&store, None, move |d| {
                d.add_language(&tag);
            });
        }
    };
    html! {
        <>
            {text_field(ctx, "$.title", m.title, false, false)}
            {text_field(ctx, "$.intro", m.intro, true, false)}
            <div class="sc-studio-grid">
                {plain_field(ctx, "$.id", m.questionnaire_id, &d.id, Some(m.questionnaire_id_hint), |store: &Store, v: String| {
                    edit(store, None, move |d| d.id = v.clone());
                })}
                {number_field(ctx, "$.revision", m.revision, d.revision, 1, 65535, |d, n| d.revision = n)}
                {number_field(ctx, "$.estimated_minutes", m.minutes, d.estimated_minutes, 1, 120, |d, n| d.estimated_minutes = n)}
            </div>
            <p class="sc-studio-hint">{m.revision_hint}</p>
            <fieldset class="sc-studio-texts" id={field_id("$.languages")}>
                <legend>{m.languages}</legend>
                <ul class="sc-studio-languages">{for language_rows}</ul>
                {plain_field(ctx, "$.languages.new", m.add_language, "", Some(m.add_language_hint), add_language)}
            </fieldset>
        </>
    }
}

/// The five levels: names, descriptions and thresholds.
pub fn scale(ctx: &Ctx) -> Html {
    let m = ctx.m;
    let levels = ctx.document.scale.iter().enumerate().map(|(i, level)| {
        let path = format!("$.scale[{i}]");
        let title = fill(m.level_n, &[("n", &level.level)]);
        let body = html! {
            <>
                {text_field(ctx, &format!("{path}.name"), m.name, false, false)}
                {text_field(ctx, &format!("{path}.description"), m.description, true, false)}
                {number_field(ctx, &format!("{path}.min_score"), m.min_score, level.min_score, 0, 100, move |d, n| {
                    if let Some(l) = d.scale.get_mut(i) { l.min_score = n; }
                })}
            </>
        };
        item(title, html! {}, body, field_id(&path))
    });
    html! {
        <>
            <p class="sc-studio-hint">{m.scale_hint}</p>
            {for levels}
        </>
    }
}

/// The dimensions.
pub fn dimensions(ctx: &Ctx) -> Html {
    let m = ctx.m;
    let d = &ctx.document;
    let ids: Vec<String> = d.dimensions.iter().map(|x| x.id.clone()).collect();
    let list_ops = ops(
        |d, from, to| {
            move_item(&mut d.dimensions, from, to);
        },
        |d, i| {
            d.duplicate_dimension(i);
        },
        |d, i| {
            d.remove_dimension(i);
        },
    );
    let len = d.dimensions.len();
    let items = d.dimensions.iter().enumerate().map(|(i, dimension)| {
        let path = format!("$.dimensions[{i}]");
        let name = fill(m.dimension_n, &[("n", &(i + 1)), ("id", &dimension.id)]);
        let questions = d.questions.iter().filter(|q| q.dimension == dimension.id).count();
        let body = html! {
            <>
                {id_field(ctx, &format!("{path}.id"), &dimension.id, IdKind::Dimension, ids.clone())}
                {text_field(ctx, &format!("{path}.name"), m.name, false, false)}
                {text_field(ctx, &format!("{path}.description"), m.description, true, false)}
                {number_field(ctx, &format!("{path}.weight"), m.weight, dimension.weight, 1, 100, move |d, n| {
                    if let Some(x) = d.dimensions.get_mut(i) { x.weight = n; }
                })}
                {text_field(ctx, &format!("{path}.gap_meaning"), m.gap_meaning, true, true)}
                <p class="sc-studio-hint">{fill(m.dimension_counts, &[("n", &questions)])}</p>
                {{
                    let id = dimension.id.clone();
                    action_button(ctx, m.add_question_here, move |d| { d.add_question(&id); })
                }}
            </>
        };
        item(name.clone(), item_controls(ctx, &list_ops, i, len, &name), body, field_id(&path))
    });
    html! {
        <>
            {for items}
            {action_button(ctx, m.add_dimension, |d| { d.add_dimension(); })}
        </>
    }
}

/// The scored questions with their five answers.
pub fn questions(ctx: &Ctx) -> Html {
    let m = ctx.m;
    let d = &ctx.document;
    let ids: Vec<String> = d.questions.iter().map(|x| x.id.clone()).collect();
    let dimensions: Vec<(String, String)> = d
        .dimensions
        .iter()
        .map(|x| (x.id.clone(), x.id.clone()))
        .collect();
    let list_ops = ops(
        |d, from, to| {
            move_item(&mut d.questions, from, to);
        },
        |d, i| {
            d.duplicate_question(i);
        },
        |d, i| {
            remove_item(&mut d.questions, i);
        },
    );
    let len = d.questions.len();
    let items = d.questions.iter().enumerate().map(|(i, question)| {
        let path = format!("$.questions[{i}]");
        let name = fill(m.question_n, &[("n", &(i + 1)), ("id", &question.id)]);
        let options = question.options.iter().enumerate().map(|(j, option)| {
            text_field(
                ctx,
                &format!("{path}.options[{j}].label"),
                &fill(m.answer_at_level, &[("n", &option.level)]),
                false,
                false,
            )
        });
        let body = html! {
            <>
                <div class="sc-studio-grid">
                    {id_field(ctx, &format!("{path}.id"), &question.id, IdKind::Question, ids.clone())}
                    {select_field(ctx, &format!("{path}.dimension"), m.dimension, &question.dimension, dimensions.clone(), move |d, v| {
                        if let Some(q) = d.questions.get_mut(i) { q.dimension = v; }
                    })}
                </div>
                {text_field(ctx, &format!("{path}.prompt"), m.prompt, true, false)}
                {text_field(ctx, &format!("{path}.help"), m.help, true, true)}
                {check_field(ctx, &format!("{path}.not_sure"), m.not_sure, question.not_sure.unwrap_or(true), move |d, on| {
                    if let Some(q) = d.questions.get_mut(i) { q.not_sure = if on { None } else { Some(false) }; }
                })}
                <p class="sc-studio-hint">{m.answers_hint}</p>
                {for options}
            </>
        };
        item(name.clone(), item_controls(ctx, &list_ops, i, len, &name), body, field_id(&path))
    });
    let first = d
        .dimensions
        .first()
        .map(|x| x.id.clone())
        .unwrap_or_default();
    html! {
        <>
            {for items}
            {action_button(ctx, m.add_question, move |d| { d.add_question(&first); })}
        </>
    }
}

/// The profile questions and their answers.
pub fn profile(ctx: &Ctx) -> Html {
    let m = ctx.m;
    let d = &ctx.document;
    let questions = d.profile.clone().unwrap_or_default();
    let ids: Vec<String> = questions.iter().map(|x| x.id.clone()).collect();
    let models: Vec<(String, String)> = std::iter::once((String::new(), m.no_model.to_string()))
        .chain(
            d.models
                .iter()
                .flatten()
                .map(|x| (x.id.clone(), x.id.clone())),
        )
        .collect();
    let kinds: Vec<(String, String)> = [
        ("department", m.kind_department),
        ("role", m.kind_role),
        ("company_size", m.kind_company_size),
        ("organisation", m.kind_organisation),
        ("other", m.kind_other),
    ]
    .into_iter()
    .map(|(v, t)| (v.to_string(), t.to_string()))
    .collect();
    let list_ops = ops(
        |d, from, to| {
            if let Some(p) = &mut d.profile {
                move_item(p, from, to);
            }
        },
        |d, i| {
            if let Some(p) = &mut d.profile {
                duplicate_item(p, i);
                let taken: Vec<String> = p.iter().map(|x| x.id.clone()).collect();
                if let Some(copy) = p.get_mut(i + 1) {
                    copy.id = assessment::format::fresh_id(
                        &format!("{}-copy", copy.id),
                        taken.iter().map(String::as_str),
                    );
                }
            }
        },
        |d, i| {
            if let Some(p) = &mut d.profile {
                remove_item(p, i);
            }
        },
    );
    let len = questions.len();
    let items = questions.iter().enumerate().map(|(i, question)| {
        let path = format!("$.profile[{i}]");
        let name = fill(m.profile_n, &[("n", &(i + 1)), ("id", &question.id)]);
        let option_ids: Vec<String> = question.options.iter().map(|o| o.id.clone()).collect();
        let option_ops = ops(
            move |d, from, to| {
                if let Some(q) = d.profile.as_mut().and_then(|p| p.get_mut(i)) { move_item(&mut q.options, from, to); }
            },
            move |d, j| {
                if let Some(q) = d.profile.as_mut().and_then(|p| p.get_mut(i)) {
                    duplicate_item(&mut q.options, j);
                    let taken: Vec<String> = q.options.iter().map(|x| x.id.clone()).collect();
                    if let Some(copy) = q.options.get_mut(j + 1) {
                        copy.id = assessment::format::fresh_id(&format!("{}-copy", copy.id), taken.iter().map(String::as_str));
                    }
                }
            },
            move |d, j| {
                if let Some(q) = d.profile.as_mut().and_then(|p| p.get_mut(i)) { remove_item(&mut q.options, j); }
            },
        );
        let option_len = question.options.len();
        let names_models = question.kind == "organisation";
        let options = question.options.iter().enumerate().map(|(j, option)| {
            let option_path = format!("{path}.options[{j}]");
            let option_name = fill(m.answer_n, &[("n", &(j + 1)), ("id", &option.id)]);
            let body = html! {
                <>
                    {id_field(ctx, &format!("{option_path}.id"), &option.id, IdKind::ProfileOption(question.id.clone()), option_ids.clone())}
                    {text_field(ctx, &format!("{option_path}.label"), m.label, false, false)}
                    if names_models {
                        {select_field(ctx, &format!("{option_path}.model"), m.model, option.model.as_deref().unwrap_or_default(), models.clone(), move |d, v| {
                            if let Some(o) = d.profile.as_mut().and_then(|p| p.get_mut(i)).and_then(|q| q.options.get_mut(j)) {
                                o.model = (!v.is_empty()).then_some(v);
                            }
                        })}
                    }
                </>
            };
            item(option_name.clone(), item_controls(ctx, &option_ops, j, option_len, &option_name), body, field_id(&option_path))
        });
        let body = html! {
            <>
                <div class="sc-studio-grid">
                    {id_field(ctx, &format!("{path}.id"), &question.id, IdKind::Profile, ids.clone())}
                    {select_field(ctx, &format!("{path}.kind"), m.kind, &question.kind, kinds.clone(), move |d, v| {
                        if let Some(q) = d.profile.as_mut().and_then(|p| p.get_mut(i)) { q.kind = v; }
                    })}
                </div>
                {text_field(ctx, &format!("{path}.prompt"), m.prompt, true, false)}
                {text_field(ctx, &format!("{path}.help"), m.help, true, true)}
                <div class="sc-studio-nested">{for options}</div>
                {action_button(ctx, m.add_answer, move |d| d.add_profile_option(i))}
            </>
        };
        item(name.clone(), item_controls(ctx, &list_ops, i, len, &name), body, field_id(&path))
    });
    html! {
        <>
            <p class="sc-studio-hint">{m.profile_hint}</p>
            {for items}
            {action_button(ctx, m.add_profile_question, |d| d.add_profile_question())}
        </>
    }
}

/// The recommendations for each dimension and band of levels.
pub fn recommendations(ctx: &Ctx) -> Html {
    let m = ctx.m;
    let d = &ctx.document;
    let ids: Vec<String> = d.recommendations.iter().map(|x| x.id.clone()).collect();
    let dimensions: Vec<(String, String)> = d
        .dimensions
        .iter()
        .map(|x| (x.id.clone(), x.id.clone()))
        .collect();
    let horizons: Vec<(String, String)> = [30, 60, 90]
        .into_iter()
        .map(|n| (n.to_string(), fill(m.days, &[("n", &n)])))
        .collect();
    let list_ops = ops(
        |d, from, to| {
            move_item(&mut d.recommendations, from, to);
        },
        |d, i| {
            d.duplicate_recommendation(i);
        },
        |d, i| {
            remove_item(&mut d.recommendations, i);
        },
    );
    let len = d.recommendations.len();
    let items = d.recommendations.iter().enumerate().map(|(i, r)| {
        let path = format!("$.recommendations[{i}]");
        let name = fill(m.recommendation_n, &[("n", &(i + 1)), ("id", &r.id)]);
        let levels = (1..=5u32).map(|level| {
            check_field(ctx, &format!("{path}.levels.{level}"), &fill(m.level_n, &[("n", &level)]), r.levels.contains(&level), move |d, on| {
                if let Some(r) = d.recommendations.get_mut(i) {
                    let before = r.levels.clone();
                    r.levels = (1..=5)
                        .filter(|l| if *l == level { on } else { before.contains(l) })
                        .collect();
                }
            })
        });
        let body = html! {
            <>
                <div class="sc-studio-grid">
                    {id_field(ctx, &format!("{path}.id"), &r.id, IdKind::Recommendation, ids.clone())}
                    {select_field(ctx, &format!("{path}.dimension"), m.dimension, &r.dimension, dimensions.clone(), move |d, v| {
                        if let Some(r) = d.recommendations.get_mut(i) { r.dimension = v; }
                    })}
                    {select_field(ctx, &format!("{path}.horizon"), m.horizon, &r.horizon.to_string(), horizons.clone(), move |d, v| {
                        if let (Some(r), Ok(n)) = (d.recommendations.get_mut(i), v.parse()) { r.horizon = n; }
                    })}
                </div>
                <fieldset class="sc-studio-levels" id={field_id(&format!("{path}.levels"))}>
                    <legend>{m.levels}</legend>
                    {for levels}
                </fieldset>
                {text_field(ctx, &format!("{path}.title"), m.title, false, false)}
                {text_field(ctx, &format!("{path}.action"), m.action, true, false)}
                {text_field(ctx, &format!("{path}.first_step"), m.first_step, true, false)}
            </>
        };
        item(name.clone(), item_controls(ctx, &list_ops, i, len, &name), body, field_id(&path))
    });
    let first = d
        .dimensions
        .first()
        .map(|x| x.id.clone())
        .unwrap_or_default();
    html! {
        <>
            <p class="sc-studio-hint">{m.recommendations_hint}</p>
            {for items}
            {action_button(ctx, m.add_recommendation, move |d| { d.add_recommendation(&first); })}
        </>
    }
}

/// The organisational models and their rules.
pub fn models(ctx: &Ctx) -> Html {
    let m = ctx.m;
    let d = &ctx.document;
    let models = d.models.clone().unwrap_or_default();
    let ids: Vec<String> = models.iter().map(|x| x.id.clone()).collect();
    let questions: Vec<(String, String)> = d
        .questions
        .iter()
        .map(|q| (q.id.clone(), q.id.clone()))
        .collect();
    let profiles: Vec<(String, String)> = d
        .profile
        .iter()
        .flatten()
        .map(|p| (p.id.clone(), p.id.clone()))
        .collect();
    let list_ops = ops(
        |d, from, to| {
            if let Some(x) = &mut d.models {
                move_item(x, from, to);
            }
        },
        |d, i| {
            if let Some(x) = &mut d.models {
                duplicate_item(x, i);
                let taken: Vec<String> = x.iter().map(|m| m.id.clone()).collect();
                if let Some(copy) = x.get_mut(i + 1) {
                    copy.id = assessment::format::fresh_id(
                        &format!("{}-copy", copy.id),
                        taken.iter().map(String::as_str),
                    );
                }
            }
        },
        |d, i| {
            if let Some(x) = &mut d.models {
                remove_item(x, i);
            }
        },
    );
    let len = models.len();
    let items = models.iter().enumerate().map(|(i, model)| {
        let path = format!("$.models[{i}]");
        let name = fill(m.model_n, &[("n", &(i + 1)), ("id", &model.id)]);
        let rule_ops = ops(
            move |d, from, to| {
                if let Some(x) = d.models.as_mut().and_then(|x| x.get_mut(i)) { move_item(&mut x.rules, from, to); }
            },
            move |d, j| {
                if let Some(x) = d.models.as_mut().and_then(|x| x.get_mut(i)) { duplicate_item(&mut x.rules, j); }
            },
            move |d, j| {
                if let Some(x) = d.models.as_mut().and_then(|x| x.get_mut(i)) { remove_item(&mut x.rules, j); }
            },
        );
        let rule_len = model.rules.len();
        let rules = model.rules.iter().enumerate().map(|(j, rule)| {
            let rule_path = format!("{path}.rules[{j}]");
            let rule_name = fill(m.rule_n, &[("n", &(j + 1))]);
            let on_profile = rule.profile.is_some();
            let kind_options = vec![
                ("question".to_string(), m.rule_on_question.to_string()),
                ("profile".to_string(), m.rule_on_profile.to_string()),
            ];
            let first_question = d.questions.first().map(|q| q.id.clone());
            let first_profile = d.profile.iter().flatten().next().map(|p| p.id.clone());
            let body = html! {
                <>
                    {select_field(ctx, &format!("{rule_path}.kind"), m.rule_kind, if on_profile { "profile" } else { "question" }, kind_options, move |d, v| {
                        let (q, p) = (first_question.clone(), first_profile.clone());
                        if let Some(r) = rule_at(d, i, j) {
                            if v == "profile" {
                                *r = assessment::format::Rule { profile: p, options: Some(Vec::new()), ..Default::default() };
                            } else {
                                *r = assessment::format::Rule { question: q, min: Some(1), max: Some(5), ..Default::default() };
                            }
                        }
                    })}
                    if on_profile {
                        {select_field(ctx, &format!("{rule_path}.profile"), m.profile_question, rule.profile.as_deref().unwrap_or_default(), profiles.clone(), move |d, v| {
                            if let Some(r) = rule_at(d, i, j) { r.profile = Some(v); r.options = Some(Vec::new()); }
                        })}
                        <fieldset class="sc-studio-levels" id={field_id(&format!("{rule_path}.options"))}>
                            <legend>{m.rule_options}</legend>
                            {for d.profile.iter().flatten().filter(|p| Some(&p.id) == rule.profile.as_ref()).flat_map(|p| p.options.iter()).map(|o| {
                                let id = o.id.clone();
                                let on = rule.options.iter().flatten().any(|x| *x == id);
                                let label = id.clone();
                                check_field(ctx, &format!("{rule_path}.options.{label}"), &label, on, move |d, on| {
                                    if let Some(r) = rule_at(d, i, j) {
                                        let list = r.options.get_or_insert_with(Vec::new);
                                        list.retain(|x| *x != id);
                                        if on { list.push(id.clone()); }
                                    }
                                })
                            })}
                        </fieldset>
                    } else {
                        <div class="sc-studio-grid">
                            {select_field(ctx, &format!("{rule_path}.question"), m.question, rule.question.as_deref().unwrap_or_default(), questions.clone(), move |d, v| {
                                if let Some(r) = rule_at(d, i, j) { r.question = Some(v); }
                            })}
                            {number_field(ctx, &format!("{rule_path}.min"), m.rule_min, rule.min.unwrap_or(1), 1, 5, move |d, n| {
                                if let Some(r) = rule_at(d, i, j) { r.min = Some(n); }
                            })}
                            {number_field(ctx, &format!("{rule_path}.max"), m.rule_max, rule.max.unwrap_or(5), 1, 5, move |d, n| {
                                if let Some(r) = rule_at(d, i, j) { r.max = Some(n); }
                            })}
                        </div>
                    }
                </>
            };
            item(rule_name.clone(), item_controls(ctx, &rule_ops, j, rule_len, &format!("{name}, {rule_name}")), body, field_id(&rule_path))
        });
        let body = html! {
            <>
                {id_field(ctx, &format!("{path}.id"), &model.id, IdKind::Model, ids.clone())}
                {text_field(ctx, &format!("{path}.name"), m.name, false, false)}
                {text_field(ctx, &format!("{path}.description"), m.description, true, false)}
                <div class="sc-studio-nested">{for rules}</div>
                {action_button(ctx, m.add_rule, move |d| d.add_rule(i))}
            </>
        };
        item(name.clone(), item_controls(ctx, &list_ops, i, len, &name), body, field_id(&path))
    });
    html! {
        <>
            <p class="sc-studio-hint">{m.models_hint}</p>
            {for items}
            {action_button(ctx, m.add_model, |d| d.add_model())}
        </>
    }
}

/// The rule `j` of the model `i`.
fn rule_at(d: &mut Document, i: usize, j: usize) -> Option<&mut assessment::format::Rule> {
    d.models.as_mut()?.get_mut(i)?.rules.get_mut(j)
}

/// The methodology's text and sources.
pub fn methodology(ctx: &Ctx) -> Html {
    let m = ctx.m;
    let sources = ctx.document.methodology.clone().unwrap_or_default().sources;
    let list_ops = ops(
        |d, from, to| {
            if let Some(x) = &mut d.methodology {
                move_item(&mut x.sources, from, to);
            }
        },
        |d, i| {
            if let Some(x) = &mut d.methodology {
                duplicate_item(&mut x.sources, i);
            }
        },
        |d, i| {
            if let Some(x) = &mut d.methodology {
                remove_item(&mut x.sources, i);
            }
        },
    );
    let len = sources.len();
    let items = sources.iter().enumerate().map(|(i, source)| {
        let path = format!("$.methodology.sources[{i}]");
        let name = fill(m.source_n, &[("n", &(i + 1))]);
        let body = html! {
            <>
                {text_field(ctx, &format!("{path}.label"), m.source_label, false, false)}
                {plain_field(ctx, &format!("{path}.url"), m.source_url, source.url.as_deref().unwrap_or_default(), Some(m.source_url_hint), move |store: &Store, v: String| {
                    edit(store, None, move |d| {
                        if let Some(s) = d.methodology.as_mut().and_then(|x| x.sources.get_mut(i)) {
                            s.url = (!v.is_empty()).then(|| v.clone());
                        }
                    });
                })}
            </>
        };
        item(name.clone(), item_controls(ctx, &list_ops, i, len, &name), body, field_id(&path))
    });
    html! {
        <>
            {text_field(ctx, "$.methodology.text", m.methodology_text, true, false)}
            {for items}
            {action_button(ctx, m.add_source, |d| d.add_source())}
        </>
    }
}
