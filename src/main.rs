//! The entry point of the widget that visitors download: the built-in questionnaire only,
//! without the validator (`silo_check::mount_built_in`); a container with a questionnaire
//! of its own is mounted by `silo-check-custom` (src/custom_main.rs), which the loader
//! starts when one asks.

fn main() {
    silo_check::mount_built_in();
}
