//! The widget's components, one a file. They render values from the domain and send
//! actions up; none of them computes a score.

pub mod history;
pub mod logo;
pub mod problems_panel;
pub mod profile_step;
pub mod progress;
pub mod question_card;
pub mod question_step;
pub mod radar;
pub mod recommendation_card;
pub mod results;
pub mod review_step;
pub mod share_box;
pub mod start_screen;
pub mod team_report;
pub mod team_view;
