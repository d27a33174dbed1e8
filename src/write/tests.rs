use super::*;

fn file(path: &str, contents: &str) -> GeneratedFile {
    GeneratedFile::new(path, contents.as_bytes().to_vec())
}

fn meta() -> ManifestMeta {
    ManifestMeta {
        generator_version: "0.1.0".into(),
        spec_sha256: "aa".into(),
        templates_sha256: "bb".into(),
        ..Default::default()
    }
}

fn read(dir: &Path, rel: &str) -> String {
    fs::read_to_string(dir.join(rel)).unwrap()
}

fn mtime(dir: &Path, rel: &str) -> std::time::SystemTime {
    fs::metadata(dir.join(rel)).unwrap().modified().unwrap()
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> =
        fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    v.sort();
    v
}

fn report(path: &str, status: FileStatus) -> FileReport {
    FileReport { path: path.into(), status }
}

#[test]
fn round_trip_and_manifest() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("generated");
    let files = vec![file("typescript/src/index.ts", "export {};\n"), file("python/pkg/__init__.py", "x = 1\n")];
    let r = write_output(&out, &files, &meta(), &["python", "typescript"]).unwrap();
    assert_eq!(r.written, ["python/pkg/__init__.py", "typescript/src/index.ts"]);
    assert!(r.manifest_written);
    assert_eq!(read(&out, "python/pkg/__init__.py"), "x = 1\n");
    let m: Manifest = serde_json::from_str(&read(&out, MANIFEST_FILE)).unwrap();
    assert_eq!(m.files.len(), 2);
    assert_eq!(m.files["python/pkg/__init__.py"], sha256_hex(b"x = 1\n"));
    assert_eq!(m.spec_sha256, "aa");
    assert_eq!(m.languages, BTreeSet::from(["python".to_string(), "typescript".to_string()]));
    let text = read(&out, MANIFEST_FILE);
    assert!(text.ends_with("}\n"));
    let keys: Vec<usize> =
        ["\"config\"", "\"files\"", "\"generator_version\"", "\"languages\"", "\"templates_sha256\""]
            .iter()
            .map(|k| text.find(k).unwrap())
            .collect();
    assert!(keys.windows(2).all(|w| w[0] < w[1]), "sorted keys: {text}");
    assert_eq!(names(&out), [".sdkgen.json", "python", "typescript"], "no staging or lock left");
    let c = check_output(&out, &files, &meta(), &["python", "typescript"]).unwrap();
    assert!(c.is_clean() && c.files.is_empty(), "{c:?}");
    assert!(up_to_date(&out, &meta(), &["python"]).unwrap());
}

#[test]
fn second_write_touches_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path();
    let files = vec![file("python/a.py", "a\n"), file("python/b.py", "b\n")];
    write_output(out, &files, &meta(), &["python"]).unwrap();
    let before = (mtime(out, "python/a.py"), mtime(out, MANIFEST_FILE));
    std::thread::sleep(std::time::Duration::from_millis(20));
    let r = write_output(out, &files, &meta(), &["python"]).unwrap();
    assert!(r.written.is_empty() && r.removed.is_empty() && !r.manifest_written, "{r:?}");
    assert_eq!(r.unchanged, 2);
    assert_eq!((mtime(out, "python/a.py"), mtime(out, MANIFEST_FILE)), before);
    // Only a changed file is rewritten.
    let files2 = vec![file("python/a.py", "a\n"), file("python/b.py", "B\n")];
    let r = write_output(out, &files2, &meta(), &["python"]).unwrap();
    assert_eq!(r.written, ["python/b.py"]);
    assert_eq!(mtime(out, "python/a.py"), before.0);
    assert_eq!(r.to_string(), "1 written, 1 unchanged");
}

#[test]
fn stale_files_removed_and_dirs_pruned_foreign_files_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path();
    let v1 = vec![
        file("python/pkg/a.py", "a"),
        file("python/pkg/old/gone.py", "g"),
        file("python/pkg/shared/gone2.py", "g2"),
        file("rust/src/lib.rs", "r"),
    ];
    write_output(out, &v1, &meta(), &["python", "rust"]).unwrap();
    // The user's own files inside the generated tree.
    fs::create_dir_all(out.join("python/.venv/lib")).unwrap();
    fs::write(out.join("python/.venv/lib/site.py"), "user").unwrap();
    fs::write(out.join("python/pkg/shared/notes.txt"), "user").unwrap();
    fs::write(out.join("python/pkg/mine.py"), "user").unwrap();

    let v2 = vec![file("python/pkg/a.py", "a")];
    let c = check_output(out, &v2, &meta(), &["python"]).unwrap();
    assert_eq!(
        c.files,
        vec![
            report(MANIFEST_FILE, FileStatus::Outdated),
            report("python/pkg/old/gone.py", FileStatus::Stale),
            report("python/pkg/shared/gone2.py", FileStatus::Stale),
        ]
    );
    assert!(!c.is_clean());
    let r = write_output(out, &v2, &meta(), &["python"]).unwrap();
    assert_eq!(r.removed, ["python/pkg/old/gone.py", "python/pkg/shared/gone2.py"]);
    assert!(!out.join("python/pkg/old").exists(), "empty dir pruned");
    assert!(out.join("python/pkg/shared/notes.txt").exists());
    assert_eq!(read(out, "python/.venv/lib/site.py"), "user");
    assert_eq!(read(out, "python/pkg/mine.py"), "user");
    // rust was not regenerated: its file and manifest entry stay.
    assert_eq!(read(out, "rust/src/lib.rs"), "r");
    let m: Manifest = serde_json::from_str(&read(out, MANIFEST_FILE)).unwrap();
    assert_eq!(m.files.keys().collect::<Vec<_>>(), ["python/pkg/a.py", "rust/src/lib.rs"]);
}

#[test]
fn unsafe_paths_rejected_and_nothing_written() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    for bad in [
        "../escape.txt",
        "python/../../escape.txt",
        "/etc/passwd",
        "",
        ".sdkgen.json",
        ".sdkgen.lock",
        ".sdkgenignore",
        ".sdkgen/base/x.zst",
        ".sdkgen-staging-1/x",
        "a\\b",
    ] {
        let files = vec![file("python/ok.py", "ok"), file(bad, "x")];
        let err = write_output(&out, &files, &meta(), &["python"]).unwrap_err();
        assert!(matches!(err, WriteError::UnsafePath { .. }), "{bad}: {err}");
        assert!(check_output(&out, &files, &meta(), &["python"]).is_err());
    }
    assert!(!out.exists(), "nothing was written");
    assert!(!tmp.path().join("escape.txt").exists());
    let dup = vec![file("python/a.py", "1"), file("python/./a.py", "2")];
    assert!(matches!(write_output(&out, &dup, &meta(), &["python"]), Err(WriteError::Duplicate(_))));
    let clash = vec![file("python/a", "1"), file("python/a/b.py", "2")];
    assert!(matches!(write_output(&out, &clash, &meta(), &["python"]), Err(WriteError::Conflict { .. })));
}

#[test]
fn hostile_manifest_cannot_delete_outside() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    fs::create_dir_all(&out).unwrap();
    fs::write(tmp.path().join("precious.txt"), "keep").unwrap();
    let mut m = Manifest::default();
    m.files.insert("python/../../precious.txt".into(), sha256_hex(b"keep"));
    m.files.insert("/abs".into(), "00".into());
    fs::write(out.join(MANIFEST_FILE), m.to_json()).unwrap();
    write_output(&out, &[file("python/a.py", "a")], &meta(), &["python"]).unwrap();
    assert_eq!(read(tmp.path(), "precious.txt"), "keep");
}

#[test]
fn unreadable_manifest_removes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path();
    write_output(out, &[file("python/a.py", "a"), file("python/b.py", "b")], &meta(), &["python"]).unwrap();
    fs::write(out.join(MANIFEST_FILE), "{ not json").unwrap();
    let r = write_output(out, &[file("python/a.py", "a")], &meta(), &["python"]).unwrap();
    assert!(r.removed.is_empty());
    assert!(out.join("python/b.py").exists());
    assert_eq!(r.notes.len(), 1);
}

#[cfg(unix)]
#[test]
fn refuses_to_write_through_symlinks() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let elsewhere = tmp.path().join("elsewhere");
    fs::create_dir_all(&out).unwrap();
    fs::create_dir_all(&elsewhere).unwrap();
    std::os::unix::fs::symlink(&elsewhere, out.join("python")).unwrap();
    let err = write_output(&out, &[file("python/a.py", "a")], &meta(), &["python"]).unwrap_err();
    assert!(matches!(err, WriteError::UnsafePath { .. }), "{err}");
    assert!(!elsewhere.join("a.py").exists());
}

#[test]
fn user_directory_in_the_way_is_never_deleted() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path();
    write_output(out, &[file("python/a.py", "a")], &meta(), &["python"]).unwrap();
    fs::create_dir_all(out.join("python/b.py")).unwrap();
    fs::write(out.join("python/b.py/user.txt"), "user").unwrap();
    let files = vec![file("python/a.py", "A"), file("python/b.py", "b")];
    let err = write_output(out, &files, &meta(), &["python"]).unwrap_err();
    assert!(matches!(err, WriteError::Conflict { .. }), "{err}");
    assert_eq!(read(out, "python/a.py"), "a", "nothing changed");
    assert_eq!(read(out, "python/b.py/user.txt"), "user");
    assert_eq!(names(out), [".sdkgen.json", "python"], "no staging or lock left");
}

#[test]
fn check_tells_drift_from_hand_edits() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path();
    let a1 = "1\n2\n3\n4\n5\n";
    let files = vec![file("ts/a.ts", a1), file("ts/b.ts", "b\n")];
    let c = check_output(out, &files, &meta(), &["ts"]).unwrap();
    assert_eq!(c.files.len(), 3);
    assert!(c.files.iter().all(|d| d.status == FileStatus::Missing));
    write_output(out, &files, &meta(), &["ts"]).unwrap();
    // A hand edit with unchanged output is not drift.
    fs::write(out.join("ts/a.ts"), "1\n2 (mine)\n3\n4\n5\n").unwrap();
    let c = check_output(out, &files, &meta(), &["ts"]).unwrap();
    assert_eq!(c.files, vec![report("ts/a.ts", FileStatus::Edited)]);
    assert!(c.is_clean());
    assert!(!up_to_date(out, &meta(), &["ts"]).unwrap(), "an edited file takes the full path");
    // Generating keeps the edit and the base; check stays clean.
    let r = write_output(out, &files, &meta(), &["ts"]).unwrap();
    assert_eq!(r.files, vec![report("ts/a.ts", FileStatus::Edited)]);
    assert!(check_output(out, &files, &meta(), &["ts"]).unwrap().is_clean());
    // New output that merges cleanly: drift (the output is stale), reported as such.
    let files2 = vec![file("ts/a.ts", "1\n2\n3\n4\n5 (new)\n"), file("ts/b.ts", "b\n")];
    let c = check_output(out, &files2, &meta(), &["ts"]).unwrap();
    assert_eq!(c.files, vec![report(MANIFEST_FILE, FileStatus::Outdated), report("ts/a.ts", FileStatus::Merged)]);
    assert!(!c.is_clean());
    // Overlapping: a conflict, with its line.
    fs::write(out.join("ts/a.ts"), "1\n2\n3\n4\n5 (mine)\n").unwrap();
    let c = check_output(out, &files2, &meta(), &["ts"]).unwrap();
    assert_eq!(c.conflicts().collect::<Vec<_>>(), vec![&report("ts/a.ts", FileStatus::Conflict(vec![5]))]);
    assert_eq!(c.conflicts().next().unwrap().to_string(), "ts/a.ts:5: edited by hand; merge conflict (line 5)");
    // An unedited file whose output changed is plain drift.
    let files3 = vec![file("ts/a.ts", a1), file("ts/b.ts", "B\n")];
    fs::write(out.join("ts/a.ts"), a1).unwrap();
    let c = check_output(out, &files3, &meta(), &["ts"]).unwrap();
    assert_eq!(c.files, vec![report(MANIFEST_FILE, FileStatus::Outdated), report("ts/b.ts", FileStatus::Outdated)]);
    // Other metadata (e.g. a new spec) is manifest drift.
    let m2 = ManifestMeta { spec_sha256: "cc".into(), ..meta() };
    let c = check_output(out, &files, &m2, &["ts"]).unwrap();
    assert_eq!(c.files, vec![report(MANIFEST_FILE, FileStatus::Outdated)]);
    assert_eq!(names(out), [".sdkgen", ".sdkgen.json", "ts"], "check wrote nothing");
}

/// The three-way merge end to end: base from the store after one run with the edit.
#[test]
fn edits_survive_regeneration() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path();
    let v1 = "header\none\ntwo\nthree\nfour\nfive\n";
    write_output(out, &[file("py/m.py", v1)], &meta(), &["py"]).unwrap();
    fs::write(out.join("py/m.py"), "header\none\ntwo (mine)\nthree\nfour\nfive\n").unwrap();
    // The output changes elsewhere: merged. The base came from... nowhere yet (no store, no
    // regenerate): a conflict that keeps both.
    let v2 = "header\none\ntwo\nthree\nfour\nfive (new)\n";
    let r = write_output(out, &[file("py/m.py", v2)], &meta(), &["py"]).unwrap();
    assert!(r.has_conflicts(), "{r:?}");
    assert!(r.notes[0].contains("py/m.py"), "{:?}", r.notes);
    let text = read(out, "py/m.py");
    assert!(text.contains("two (mine)") && text.contains("five (new)"), "{text}");
    // Resolve by hand; the generated version is now stored as the base.
    fs::write(out.join("py/m.py"), "header\none\ntwo (mine)\nthree\nfour\nfive (new)\n").unwrap();
    let m: Manifest = serde_json::from_str(&read(out, MANIFEST_FILE)).unwrap();
    assert!(m.edited.contains("py/m.py"));
    assert!(store::has(out, &sha256_hex(v2.as_bytes())));
    let v3 = "header (v3)\none\ntwo\nthree\nfour\nfive (new)\n";
    let r = write_output(out, &[file("py/m.py", v3)], &meta(), &["py"]).unwrap();
    assert_eq!(r.files, vec![report("py/m.py", FileStatus::Merged)]);
    assert_eq!(read(out, "py/m.py"), "header (v3)\none\ntwo (mine)\nthree\nfour\nfive (new)\n");
    // The store keeps only what the manifest needs.
    assert_eq!(store::list(out).unwrap(), BTreeSet::from([sha256_hex(v3.as_bytes())]));
    // Edits undone: the store empties and its folders go.
    fs::write(out.join("py/m.py"), v3).unwrap();
    write_output(out, &[file("py/m.py", v3)], &meta(), &["py"]).unwrap();
    assert!(!out.join(".sdkgen").exists());
}

/// The base regenerated from the stored spec, verified by its hash.
#[test]
fn base_from_stored_spec() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path();
    let gen = |spec: &str| vec![file("py/m.py", &format!("a\nb\nc\nd\n{spec}\n")), file(".sdkgen/api.json", spec)];
    let meta_for =
        |spec: &str| ManifestMeta { spec_sha256: sha256_hex(spec.as_bytes()), spec: "s.yaml".into(), ..meta() };
    let regenerate = |prev: &PreviousInputs| {
        assert_eq!(prev.spec_name, "s.yaml");
        Some(gen(std::str::from_utf8(&prev.spec).unwrap()))
    };
    let run = |spec: &str, f: &dyn Fn(&Run<'_>) -> Result<WriteReport, WriteError>| {
        let files = gen(spec);
        let m = meta_for(spec);
        let langs = ["py"];
        f(&Run {
            files: &files,
            meta: &m,
            langs: &langs,
            spec: Some(Entry::Bytes(spec.as_bytes())),
            regenerate: Some(&regenerate),
        })
    };
    run("v1", &|r| write_run(out, r)).unwrap();
    assert!(store::has(out, &sha256_hex(b"v1")), "the spec is stored");
    fs::write(out.join("py/m.py"), "a\nB (mine)\nc\nd\nv1\n").unwrap();
    let c = run("v2", &|r| check_run(out, r).map(|c| WriteReport { files: c.files, ..Default::default() })).unwrap();
    assert!(c.files.contains(&report("py/m.py", FileStatus::Merged)), "{:?}", c.files);
    let r = run("v2", &|r| write_run(out, r)).unwrap();
    assert_eq!(r.files, vec![report("py/m.py", FileStatus::Merged)]);
    assert_eq!(read(out, "py/m.py"), "a\nB (mine)\nc\nd\nv2\n");
    // Files outside a language folder are written and tracked like the others.
    assert_eq!(read(out, ".sdkgen/api.json"), "v2");
    let m: Manifest = serde_json::from_str(&read(out, MANIFEST_FILE)).unwrap();
    assert!(m.files.contains_key(".sdkgen/api.json"));
    assert_eq!(store::list(out).unwrap(), BTreeSet::from([sha256_hex(b"v2"), sha256_hex(b"a\nb\nc\nd\nv2\n")]));
}

/// A spec compressed ahead (`Entry::Compressed`) is stored as it is: the same entry as
/// compressing its bytes while writing.
#[test]
fn precompressed_spec_is_stored_as_given() {
    let spec = b"openapi: 3.0.3\n".repeat(100);
    let files = [file("py/m.py", "m\n")];
    let m = ManifestMeta { spec_sha256: sha256_hex(&spec), spec: "s.yaml".into(), ..meta() };
    let langs = ["py"];
    let stored = |entry: Entry<'_>| {
        let tmp = tempfile::tempdir().unwrap();
        let run = Run { files: &files, meta: &m, langs: &langs, spec: Some(entry), regenerate: None };
        write_run(tmp.path(), &run).unwrap();
        assert_eq!(store::get(tmp.path(), &m.spec_sha256).as_deref(), Some(&spec[..]));
        fs::read(store::entry_path(tmp.path(), &m.spec_sha256)).unwrap()
    };
    let zst = compress_entry(&spec).unwrap();
    assert_eq!(stored(Entry::Compressed(&zst)), stored(Entry::Bytes(&spec)));
}

#[test]
fn removed_output_of_an_edited_file_is_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path();
    write_output(out, &[file("py/a.py", "a\n"), file("py/gone.py", "g\n")], &meta(), &["py"]).unwrap();
    fs::write(out.join("py/gone.py"), "g\nmine\n").unwrap();
    let c = check_output(out, &[file("py/a.py", "a\n")], &meta(), &["py"]).unwrap();
    assert!(c.files.contains(&report("py/gone.py", FileStatus::Orphaned)));
    assert!(!c.is_clean());
    let r = write_output(out, &[file("py/a.py", "a\n")], &meta(), &["py"]).unwrap();
    assert_eq!(r.files, vec![report("py/gone.py", FileStatus::Orphaned)]);
    assert!(r.removed.is_empty());
    assert_eq!(read(out, "py/gone.py"), "g\nmine\n");
    let m: Manifest = serde_json::from_str(&read(out, MANIFEST_FILE)).unwrap();
    assert!(!m.files.contains_key("py/gone.py"), "no longer tracked");
}

#[test]
fn sdkgenignore_protects_files() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path();
    let files = vec![file("py/README.md", "gen\n"), file("py/a.py", "a\n"), file("py/docs/x.md", "x\n")];
    write_output(out, &files, &meta(), &["py"]).unwrap();
    fs::write(out.join(IGNORE_FILE), "# mine\npy/README.md\npy/docs/\n").unwrap();
    fs::write(out.join("py/README.md"), "my own readme\n").unwrap();
    let files2 = vec![file("py/README.md", "gen 2\n"), file("py/a.py", "a\n"), file("py/docs/x.md", "x2\n")];
    let c = check_output(out, &files2, &meta(), &["py"]).unwrap();
    assert!(c.files.contains(&report("py/README.md", FileStatus::Skipped)));
    assert!(c.files.contains(&report("py/docs/x.md", FileStatus::Skipped)));
    let r = write_output(out, &files2, &meta(), &["py"]).unwrap();
    assert_eq!(read(out, "py/README.md"), "my own readme\n");
    assert_eq!(read(out, "py/docs/x.md"), "x\n", "a folder pattern covers its files");
    assert_eq!(r.files.iter().filter(|f| f.status == FileStatus::Skipped).count(), 2);
    let m: Manifest = serde_json::from_str(&read(out, MANIFEST_FILE)).unwrap();
    assert!(m.ignored.contains("py/README.md") && !m.files.contains_key("py/README.md"));
    assert!(!m.ignore_sha256.is_empty());
    // Ignored files are not drift, and a no-op stays a no-op.
    assert!(check_output(out, &files2, &meta(), &["py"]).unwrap().is_clean());
    assert!(up_to_date(out, &meta(), &["py"]).unwrap());
    // A changed .sdkgenignore is a changed input; a bad pattern is an error with its line.
    fs::write(out.join(IGNORE_FILE), "py/README.md\n").unwrap();
    assert!(!up_to_date(out, &meta(), &["py"]).unwrap());
    fs::write(out.join(IGNORE_FILE), "ok\n{a\n").unwrap();
    let err = write_output(out, &files2, &meta(), &["py"]).unwrap_err();
    assert!(err.to_string().contains(".sdkgenignore:2"), "{err}");
}

#[test]
fn lock_keeps_a_second_run_out() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path();
    let held = OutputLock::acquire(out).unwrap();
    let err = write_output(out, &[file("py/a.py", "a")], &meta(), &["py"]).unwrap_err();
    let msg = err.to_string();
    assert!(matches!(err, WriteError::Locked { .. }), "{msg}");
    assert!(msg.contains(&format!("pid {}", std::process::id())) && msg.contains("wait for it"), "{msg}");
    drop(held);
    assert!(!out.join(LOCK_FILE).exists());
    write_output(out, &[file("py/a.py", "a")], &meta(), &["py"]).unwrap();
    // A lock file left by a killed run is not held: it does not block.
    fs::write(out.join(LOCK_FILE), "12345").unwrap();
    write_output(out, &[file("py/a.py", "b")], &meta(), &["py"]).unwrap();
    assert!(!out.join(LOCK_FILE).exists());
}

#[test]
fn leftovers_of_a_killed_run_are_cleaned_and_defeat_the_fast_path() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path();
    let files = vec![file("py/a.py", "a")];
    write_output(out, &files, &meta(), &["py"]).unwrap();
    assert!(up_to_date(out, &meta(), &["py"]).unwrap());
    fs::create_dir_all(out.join(".sdkgen-staging-999999")).unwrap();
    fs::write(out.join(".sdkgen-staging-999999/0"), "half").unwrap();
    assert!(!up_to_date(out, &meta(), &["py"]).unwrap());
    write_output(out, &files, &meta(), &["py"]).unwrap();
    assert_eq!(names(out), [".sdkgen.json", "py"]);
    assert!(up_to_date(out, &meta(), &["py"]).unwrap());
}

#[test]
fn fast_path_needs_every_input_and_file() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path();
    let files = vec![file("py/a.py", "a"), file("rs/lib.rs", "r")];
    write_output(out, &files, &meta(), &["py", "rs"]).unwrap();
    assert!(up_to_date(out, &meta(), &["py", "rs"]).unwrap());
    assert!(up_to_date(out, &meta(), &["py"]).unwrap());
    assert!(!up_to_date(out, &meta(), &["ts"]).unwrap(), "a language not generated");
    for changed in [
        ManifestMeta { spec_sha256: "x".into(), ..meta() },
        ManifestMeta { template_inputs_sha256: "x".into(), ..meta() },
        ManifestMeta { generator_version: "9".into(), ..meta() },
        ManifestMeta { generator_sha256: "x".into(), ..meta() },
        ManifestMeta { config: serde_json::json!({"version": "2"}), ..meta() },
    ] {
        assert!(!up_to_date(out, &changed, &["py"]).unwrap(), "{changed:?}");
    }
    fs::write(out.join("rs/lib.rs"), "R").unwrap();
    assert!(!up_to_date(out, &meta(), &["py"]).unwrap(), "a file changed on disk");
    fs::remove_file(out.join("rs/lib.rs")).unwrap();
    assert!(!up_to_date(out, &meta(), &["py"]).unwrap(), "a file deleted");
    // A run with other inputs for one language: the others are no longer "from these inputs".
    write_output(out, &files, &meta(), &["py", "rs"]).unwrap();
    let m2 = ManifestMeta { spec_sha256: "x".into(), ..meta() };
    write_output(out, &[file("py/a.py", "a2")], &m2, &["py"]).unwrap();
    assert!(up_to_date(out, &m2, &["py"]).unwrap());
    assert!(!up_to_date(out, &m2, &["rs"]).unwrap());
}
