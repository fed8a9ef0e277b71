//! The entry point of the widget for hosts that give their own questionnaire: every
//! container, whatever its questionnaire, with the validator (see `silo_check::mount`).

fn main() {
    silo_check::mount();
}
