//! The entry point of the results screen of the widget that visitors download
//! (results.html): shows the results of every widget that asks for them
//! (`silo_check::mount_results`). The loader starts it with the first answer.

fn main() {
    silo_check::mount_results();
}
