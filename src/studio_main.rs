//! The studio's page entry point (studio/index.html): mount the studio and nothing else.

fn main() {
    silo_check::mount_studio();
}
