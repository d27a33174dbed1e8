//! Three-way merge of a hand-edited file with new output (diffy's merge; no diff algorithm here).
//!
//! base = what sdkgen generated last time, ours = the file on disk, theirs = the new output.
//! Conflicts are written with git's markers, labelled for what they hold:
//!
//! ```text
//! <<<<<<< edited
//! the lines as you edited them
//! =======
//! the lines sdkgen generates now
//! >>>>>>> generated
//! ```

/// The markers sdkgen writes.
pub const MARK_START: &str = "<<<<<<< edited";
pub const MARK_MID: &str = "=======";
pub const MARK_END: &str = ">>>>>>> generated";

/// The result of a merge: the file's new contents and the 1-based lines where a conflict starts
/// (empty when the merge is clean).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    pub contents: Vec<u8>,
    pub conflicts: Vec<usize>,
}

/// Merges `ours` and `theirs` from their common `base`; with no base (unknown, or a file sdkgen
/// did not write) everything the two sides do not share is a conflict, so nothing is lost.
pub fn merge3(base: Option<&[u8]>, ours: &[u8], theirs: &[u8]) -> Merged {
    if ours == theirs || base == Some(theirs) {
        return Merged { contents: ours.to_vec(), conflicts: unresolved_conflicts(ours) };
    }
    if base == Some(ours) {
        return Merged { contents: theirs.to_vec(), conflicts: Vec::new() };
    }
    let base = base.unwrap_or_default();
    // diffy labels its markers `ours`/`theirs`; pick a marker length that no line of the inputs
    // can be mistaken for, then relabel exactly those lines.
    let len = (7..).find(|&n| ![base, ours, theirs].iter().any(|t| has_diffy_marker(t, n))).unwrap_or(7);
    let (start, mid, end) = diffy_markers(len);
    let mut opts = diffy::MergeOptions::new();
    opts.set_conflict_style(diffy::ConflictStyle::Merge).set_conflict_marker_length(len);
    match opts.merge_bytes(base, ours, theirs) {
        Ok(clean) => {
            let conflicts = unresolved_conflicts(&clean);
            Merged { contents: clean, conflicts }
        }
        Err(marked) => {
            let mut contents = Vec::with_capacity(marked.len());
            let mut conflicts = Vec::new();
            for (i, line) in marked.split_inclusive(|&b| b == b'\n').enumerate() {
                let bare = line.strip_suffix(b"\n").unwrap_or(line);
                let relabelled = if bare == start.as_bytes() {
                    conflicts.push(i + 1);
                    Some(MARK_START)
                } else if bare == mid.as_bytes() {
                    Some(MARK_MID)
                } else if bare == end.as_bytes() {
                    Some(MARK_END)
                } else {
                    None
                };
                match relabelled {
                    Some(m) => {
                        contents.extend_from_slice(m.as_bytes());
                        contents.push(b'\n');
                    }
                    None => contents.extend_from_slice(line),
                }
            }
            Merged { contents, conflicts }
        }
    }
}

fn diffy_markers(len: usize) -> (String, String, String) {
    (format!("{} ours", "<".repeat(len)), "=".repeat(len), format!("{} theirs", ">".repeat(len)))
}

fn has_diffy_marker(text: &[u8], len: usize) -> bool {
    let (start, mid, end) = diffy_markers(len);
    lines(text).any(|l| l == start.as_bytes() || l == mid.as_bytes() || l == end.as_bytes())
}

fn lines(text: &[u8]) -> impl Iterator<Item = &[u8]> {
    text.split(|&b| b == b'\n').map(|l| l.strip_suffix(b"\r").unwrap_or(l))
}

/// Lines (1-based) of conflicts sdkgen wrote earlier and nobody resolved: a start marker
/// followed by a separator and an end marker.
pub fn unresolved_conflicts(text: &[u8]) -> Vec<usize> {
    let mut found = Vec::new();
    let mut open: Option<(usize, bool)> = None;
    for (i, line) in lines(text).enumerate() {
        if line == MARK_START.as_bytes() {
            open = Some((i + 1, false));
        } else if line == MARK_MID.as_bytes() {
            if let Some((start, _)) = open {
                open = Some((start, true));
            }
        } else if line == MARK_END.as_bytes() {
            if let Some((start, true)) = open.take() {
                found.push(start);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(base: Option<&str>, ours: &str, theirs: &str) -> (String, Vec<usize>) {
        let r = merge3(base.map(str::as_bytes), ours.as_bytes(), theirs.as_bytes());
        (String::from_utf8(r.contents).unwrap(), r.conflicts)
    }

    #[test]
    fn clean_merge_keeps_both_changes() {
        let base = "a\nb\nc\nd\ne\n";
        let ours = "a\nB (edited)\nc\nd\ne\n";
        let theirs = "a\nb\nc\nd\nE (new spec)\n";
        assert_eq!(m(Some(base), ours, theirs), ("a\nB (edited)\nc\nd\nE (new spec)\n".into(), vec![]));
    }

    #[test]
    fn trivial_cases() {
        assert_eq!(m(Some("x\n"), "x\n", "y\n").0, "y\n", "unedited: the new output");
        assert_eq!(m(Some("x\n"), "mine\n", "x\n").0, "mine\n", "output unchanged: the edit");
        assert_eq!(m(Some("x\n"), "same\n", "same\n").0, "same\n");
    }

    #[test]
    fn overlapping_change_is_a_labelled_conflict_with_its_line() {
        let (text, lines) = m(Some("a\nb\nc\n"), "a\nmine\nc\n", "a\ntheirs\nc\n");
        assert_eq!(text, "a\n<<<<<<< edited\nmine\n=======\ntheirs\n>>>>>>> generated\nc\n");
        assert_eq!(lines, vec![2]);
    }

    #[test]
    fn no_base_keeps_both_sides() {
        let (text, lines) = m(None, "user file\n", "generated file\n");
        assert!(text.contains("user file") && text.contains("generated file"), "{text}");
        assert_eq!(lines, vec![1]);
    }

    #[test]
    fn content_that_looks_like_markers_is_not_relabelled() {
        // An RST heading (`=======`) and a literal `<<<<<<< ours` line stay as they are.
        let base = "Title\n=======\nx\n<<<<<<< ours\n";
        let ours = "Title\n=======\nmine\n<<<<<<< ours\n";
        let theirs = "Title\n=======\ntheirs\n<<<<<<< ours\n";
        let (text, lines) = m(Some(base), ours, theirs);
        assert_eq!(text, "Title\n=======\n<<<<<<< edited\nmine\n=======\ntheirs\n>>>>>>> generated\n<<<<<<< ours\n");
        assert_eq!(lines, vec![3]);
    }

    #[test]
    fn unresolved_markers_are_found_again() {
        let text = "a\n<<<<<<< edited\nx\n=======\ny\n>>>>>>> generated\nb\n";
        assert_eq!(unresolved_conflicts(text.as_bytes()), vec![2]);
        // Merging a file that still has them reports them again.
        let base = "a\nb\n";
        assert_eq!(m(Some(base), text, base).1, vec![2]);
        assert!(unresolved_conflicts(b"<<<<<<< edited\nno end\n").is_empty());
    }
}
