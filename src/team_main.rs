//! The team view's page entry point (team.html): mount the team view and nothing else.

fn main() {
    silo_check::mount_team();
}
