//! Helpers shared by the integration tests.

use std::path::Path;
use std::process::{Command, Output};

/// Fails the test, with the command's stderr, unless it succeeded.
pub fn assert_success(out: &Output) {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Runs a Python check script (with `arg` as `sys.argv[1]`) that uses networkx, and fails the
/// test when the script fails. Outside CI, a machine without python3 or networkx only prints a
/// notice; CI installs both, so there the check always runs.
pub fn networkx_check(what: &str, script: &str, arg: &Path) {
    let outside_ci = std::env::var_os("CI").is_none();
    match Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(arg)
        .output()
    {
        Ok(o)
            if outside_ci
                && String::from_utf8_lossy(&o.stderr).contains("No module named 'networkx'") =>
        {
            skipped(&format!(
                "networkx is not installed; {what} not checked against it (pip install networkx)"
            ));
        }
        Ok(o) => assert!(
            o.status.success(),
            "networkx check of {what} failed: {}",
            String::from_utf8_lossy(&o.stderr)
        ),
        Err(e) => {
            assert!(outside_ci, "python3 missing in CI: {e}");
            skipped(&format!(
                "python3 is not installed; {what} not checked against networkx"
            ));
        }
    }
}

/// Says that a check was skipped, past the test harness's capture of `eprintln!` (which shows
/// output only for failing tests), so that a passing run shows what it did not check.
pub fn skipped(why: &str) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "SKIPPED: {why}");
}
