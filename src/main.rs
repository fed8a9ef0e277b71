//! The stand-alone page's entry point: mount the widget and nothing else.

fn main() {
    silo_check::mount();
}
