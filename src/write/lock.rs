//! One writer per output directory: `<out>/.sdkgen.lock`, held with an advisory OS lock (`flock`
//! on Unix, `LockFileEx` on Windows) for the whole run. The OS drops the lock when the process
//! dies, even by SIGKILL, so a killed run never blocks the next; the file holds the owner's pid
//! for the message a second run prints, and is removed when the run ends.

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use super::manifest::LOCK_FILE;
use super::WriteError;

/// Held while it lives.
#[derive(Debug)]
pub struct OutputLock {
    file: Option<File>,
    path: PathBuf,
}

impl OutputLock {
    /// Takes the lock of `out_dir` (created if missing), or fails at once with
    /// [`WriteError::Locked`] when another run holds it.
    pub fn acquire(out_dir: &Path) -> Result<OutputLock, WriteError> {
        fs::create_dir_all(out_dir).map_err(|e| WriteError::io("cannot create directory", out_dir, e))?;
        let path = out_dir.join(LOCK_FILE);
        loop {
            let mut file = OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(&path)
                .map_err(|e| WriteError::io("cannot open", &path, e))?;
            match fs4::FileExt::try_lock(&file) {
                Ok(()) => {}
                Err(fs4::TryLockError::WouldBlock) => {
                    let mut pid = String::new();
                    let _ = file.read_to_string(&mut pid);
                    return Err(WriteError::Locked { out_dir: out_dir.to_path_buf(), holder: pid.trim().to_owned() });
                }
                Err(fs4::TryLockError::Error(e)) => return Err(WriteError::io("cannot lock", &path, e)),
            }
            // The previous holder removes the file when it is done: if we locked a file that is no
            // longer the one at `path`, another run may hold the new one; start again.
            if !same_file(&file, &path) {
                continue;
            }
            let _ = file.set_len(0);
            let _ = file.rewind();
            let _ = write!(file, "{}", std::process::id());
            return Ok(OutputLock { file: Some(file), path });
        }
    }
}

impl Drop for OutputLock {
    fn drop(&mut self) {
        // Remove, then unlock: a run waiting on this file finds it gone and starts over.
        let _ = fs::remove_file(&self.path);
        drop(self.file.take());
    }
}

#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_file: &File, path: &Path) -> bool {
    // Windows does not let a locked file be removed, so the file at `path` is the one we hold.
    path.exists()
}
