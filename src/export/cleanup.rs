//! The temporary files of outputs being written, so that a signal that ends the process
//! (Ctrl-C, SIGTERM, SIGHUP) can remove them: a killed run must not leave a hidden
//! `.actorgraph-*.tmp` of hundreds of megabytes beside its output.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Temporary files being written now.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn pending() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    // A panic while the list was held leaves it as it was: still usable.
    PENDING.lock().unwrap_or_else(|e| e.into_inner())
}

/// A temporary file listed for [`remove_pending`] while this lives.
#[derive(Debug)]
pub(crate) struct Registered(PathBuf);

impl Registered {
    /// Creates a temporary file with `make` and lists it, holding the list meanwhile: a signal
    /// that arrives between the file's creation and its listing waits for the listing, so no
    /// file is ever on disk unlisted.
    pub(crate) fn create<T>(
        make: impl FnOnce() -> std::io::Result<T>,
        path_of: impl Fn(&T) -> &Path,
    ) -> std::io::Result<(T, Registered)> {
        let mut list = pending();
        let made = make()?;
        let path = path_of(&made).to_path_buf();
        list.push(path.clone());
        Ok((made, Registered(path)))
    }
}

impl Drop for Registered {
    fn drop(&mut self) {
        let mut list = pending();
        if let Some(i) = list.iter().position(|p| *p == self.0) {
            list.swap_remove(i);
        }
    }
}

/// Holds off [`remove_pending`] while the guard lives: for renaming a folder's files into place
/// together (a signal meanwhile waits, then finds every temporary file gone or none).
pub(crate) fn hold() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    pending()
}

/// Removes every temporary file of an output being written, and returns how many there were.
/// For a signal handler that then ends the process (it must not return to the writers).
pub fn remove_pending() -> usize {
    let list = pending();
    for p in list.iter() {
        let _ = std::fs::remove_file(p);
    }
    list.len()
}
