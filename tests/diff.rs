//! `sdkgen diff` and `sdkgen release`: one fixture pair per rule (tests/fixtures/diff/<rule>/,
//! written by make.py there) with its verdict per language in a snapshot, the Gatekeeper spec
//! changed in each of those ways, exit codes, `--since-generated` and the changelog.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use sdkgen::diff::{self, rules::RULES, Impact};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn sdkgen(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sdkgen")).args(args).current_dir(dir).output().expect("sdkgen runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn letter(i: Impact) -> &'static str {
    match i {
        Impact::Breaking => "breaking",
        Impact::Compatible => "compatible",
        Impact::None => "none",
    }
}

/// The changes between two specs, one line each: rule, impact per language, names, message, lines.
fn verdict(old: &Path, new: &Path) -> (Vec<diff::Change>, String) {
    let (o, _, _) = diff::digest_spec(old).expect("old spec loads");
    let (n, _, _) = diff::digest_spec(new).expect("new spec loads");
    let changes = diff::compare(&o.digest, &n.digest);
    let mut s = String::new();
    for c in &changes {
        let line = |l: &Option<diff::Loc>| l.as_ref().map_or("-".to_string(), |l| l.line.to_string());
        s.push_str(&format!(
            "{}\n  python {:<10} {}\n  typescript {:<10} {}\n  rust {:<10} {}\n  {}\n  old line {}, new line {}\n",
            c.rule,
            letter(c.impact.python),
            c.names.python,
            letter(c.impact.typescript),
            c.names.typescript,
            letter(c.impact.rust),
            c.names.rust,
            c.message,
            line(&c.old),
            line(&c.new),
        ));
    }
    (changes, s)
}

/// Every rule has a fixture pair whose first change is that rule; the verdicts are snapshots.
#[test]
fn every_rule_has_a_fixture_with_its_verdict() {
    let dir = root().join("tests/fixtures/diff");
    for rule in RULES {
        let pair = dir.join(rule.id);
        assert!(pair.join("old.yaml").is_file(), "no fixture pair for rule {} (run make.py there)", rule.id);
        let (changes, shown) = verdict(&pair.join("old.yaml"), &pair.join("new.yaml"));
        assert!(changes.iter().any(|c| c.rule == rule.id), "fixture {} does not show its rule:\n{shown}", rule.id);
        for c in &changes {
            assert!(c.old.is_some() || c.new.is_some(), "unlocated change: {c:?}");
            for l in [&c.old, &c.new].into_iter().flatten() {
                assert!(l.line > 0, "change without a line: {c:?}");
            }
        }
        insta::with_settings!({ snapshot_suffix => rule.id, prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!("diff_fixture", shown);
        });
    }
}

/// The README's rule table is the table of `rules.rs`.
#[test]
fn readme_lists_the_rule_table() {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README");
    let table = diff::rules::markdown_table();
    assert!(readme.contains(&table), "README.md's rule table differs from rules.rs; put this in it:\n{table}");
}

/// The Gatekeeper spec, changed in one way per case: the rule each change must produce.
#[test]
fn gatekeeper_changed_in_each_way() {
    use serde_yaml::Value;
    let base: Value =
        serde_yaml::from_str(&std::fs::read_to_string(root().join("spec/gatekeeper.yaml")).unwrap()).unwrap();
    type Edit = fn(&mut Value);
    fn at<'a>(v: &'a mut Value, path: &[&str]) -> &'a mut Value {
        let mut cur = v;
        for p in path {
            cur = match cur {
                Value::Sequence(s) => &mut s[p.parse::<usize>().unwrap()],
                other => other.get_mut(*p).unwrap_or_else(|| panic!("no {p} in {path:?}")),
            };
        }
        cur
    }
    fn schema<'a>(v: &'a mut Value, name: &str) -> &'a mut Value {
        at(v, &["components", "schemas", name])
    }
    fn push(v: &mut Value, item: Value) {
        v.as_sequence_mut().expect("a list").push(item);
    }
    fn yaml(s: &str) -> Value {
        serde_yaml::from_str(s).unwrap()
    }
    let cases: Vec<(&str, Edit)> = vec![
        ("operation-removed", |d| {
            at(d, &["paths", "/api/keys/{keyId}/rotate"]).as_mapping_mut().unwrap().remove("post");
        }),
        ("operation-renamed", |d| {
            *at(d, &["paths", "/api/keys/{keyId}/rotate", "post", "operationId"]) = yaml("keysRegenerate")
        }),
        ("operation-added", |d| {
            at(d, &["paths"]).as_mapping_mut().unwrap().insert(
                yaml("/api/ping"),
                yaml("get: {operationId: healthPing, tags: [Health], security: [], responses: {'204': {description: pong}}}"),
            );
        }),
        ("enum-value-added", |d| push(at(schema(d, "KeyStatus"), &["enum"]), yaml("suspended"))),
        ("enum-value-removed", |d| {
            at(schema(d, "KeyStatus"), &["enum"]).as_sequence_mut().unwrap().retain(|v| v != &yaml("expired"))
        }),
        ("response-field-added", |d| {
            at(schema(d, "ApiKey"), &["properties"])
                .as_mapping_mut()
                .unwrap()
                .insert(yaml("label"), yaml("{type: string}"));
        }),
        ("response-field-removed", |d| {
            at(schema(d, "ApiKey"), &["properties"]).as_mapping_mut().unwrap().remove("lastUsedAt");
        }),
        ("response-field-became-nullable", |d| {
            at(schema(d, "ApiKey"), &["properties", "prefix"])
                .as_mapping_mut()
                .unwrap()
                .insert(yaml("nullable"), yaml("true"));
        }),
        ("response-field-type-changed", |d| {
            *at(schema(d, "ApiKey"), &["properties", "prefix"]) = yaml("{type: integer}")
        }),
        ("optional-input-added", |d| {
            push(
                at(d, &["paths", "/api/tenants/{tenantId}/keys", "get", "parameters"]),
                yaml("{name: prefix, in: query, schema: {type: string}}"),
            )
        }),
        ("required-input-added", |d| {
            push(
                at(d, &["paths", "/api/tenants/{tenantId}/keys", "get", "parameters"]),
                yaml("{name: region, in: query, required: true, schema: {type: string}}"),
            )
        }),
        ("input-removed", |d| {
            at(d, &["paths", "/api/tenants/{tenantId}/keys", "get", "parameters"])
                .as_sequence_mut()
                .unwrap()
                .retain(|p| p.get("name") != Some(&yaml("status")))
        }),
        ("deprecated", |d| {
            at(d, &["paths", "/api/keys/{keyId}/rotate", "post"])
                .as_mapping_mut()
                .unwrap()
                .insert(yaml("deprecated"), yaml("true"));
        }),
        ("docs-changed", |d| *at(d, &["paths", "/api/keys/{keyId}/rotate", "post", "summary"]) = yaml("Rotate it")),
        ("response-field-became-optional", |d| {
            at(schema(d, "ApiKey"), &["required"]).as_sequence_mut().unwrap().retain(|v| v != &yaml("prefix"))
        }),
        ("input-became-required", |d| {
            let params = at(d, &["paths", "/api/tenants/{tenantId}/keys", "get", "parameters"]);
            let status = params.as_sequence_mut().unwrap().iter_mut().find(|p| p.get("name") == Some(&yaml("status")));
            status.unwrap().as_mapping_mut().unwrap().insert(yaml("required"), yaml("true"));
        }),
        ("error-code-added", |d| push(at(schema(d, "ErrorCode"), &["enum"]), yaml("key_locked"))),
        ("security-scheme-added", |d| {
            at(d, &["components", "securitySchemes"])
                .as_mapping_mut()
                .unwrap()
                .insert(yaml("cookieAuth"), yaml("{type: apiKey, in: cookie, name: session}"));
        }),
        ("union-variant-added", |d| {
            schema(d, "MfaChallenge"); // exists
            let schemas = at(d, &["components", "schemas"]).as_mapping_mut().unwrap();
            schemas.insert(
                yaml("PasskeyChallenge"),
                yaml("{type: object, required: [kind, challenge], properties: {kind: {type: string, enum: [passkey]}, challenge: {type: string}}}"),
            );
            let login = at(d, &["components", "schemas", "LoginResult"]);
            push(at(login, &["oneOf"]), yaml("{$ref: '#/components/schemas/PasskeyChallenge'}"));
            at(login, &["discriminator", "mapping"])
                .as_mapping_mut()
                .unwrap()
                .insert(yaml("passkey"), yaml("'#/components/schemas/PasskeyChallenge'"));
        }),
        ("security-changed", |d| {
            at(d, &["paths", "/api/keys/{keyId}/rotate", "post"])
                .as_mapping_mut()
                .unwrap()
                .insert(yaml("security"), yaml("[]"));
        }),
    ];
    let tmp = tempfile::tempdir().unwrap();
    let old = tmp.path().join("old.yaml");
    std::fs::write(&old, serde_yaml::to_string(&base).unwrap()).unwrap();
    for (rule, edit) in cases {
        let mut doc = base.clone();
        edit(&mut doc);
        let new = tmp.path().join(format!("{rule}.yaml"));
        std::fs::write(&new, serde_yaml::to_string(&doc).unwrap()).unwrap();
        let (changes, shown) = verdict(&old, &new);
        let c = changes.iter().find(|c| c.rule == rule).unwrap_or_else(|| panic!("{rule}: not reported:\n{shown}"));
        let r = diff::rules::rule_by_id(rule);
        for lang in diff::LANGS {
            assert!(*c.impact.get(lang) <= r.impact(lang), "{rule}: impact above the rule's");
        }
        assert!(c.old.as_ref().or(c.new.as_ref()).is_some_and(|l| l.line > 0), "{rule}: no line:\n{shown}");
    }
}

#[test]
fn bumps_follow_semver_and_the_zero_major_convention() {
    use diff::bump;
    assert_eq!(bump("1.2.3", Some(Impact::Breaking)), ("major", "2.0.0".into()));
    assert_eq!(bump("1.2.3", Some(Impact::Compatible)), ("minor", "1.3.0".into()));
    assert_eq!(bump("1.2.3", Some(Impact::None)), ("patch", "1.2.4".into()));
    assert_eq!(bump("0.4.1", Some(Impact::Breaking)), ("minor", "0.5.0".into()));
    assert_eq!(bump("0.4.1", Some(Impact::Compatible)), ("patch", "0.4.2".into()));
    assert_eq!(bump("1.2.3", None), ("none", "1.2.3".into()));
}

#[test]
fn code_spans_cannot_be_escaped() {
    assert_eq!(diff::code("a"), "`a`");
    assert_eq!(diff::code("a`b"), "``a`b``");
    assert_eq!(diff::code("`x"), "`` `x ``");
    assert_eq!(diff::code("a\nb"), "`a b`");
}

fn fixture(rule: &str, side: &str) -> PathBuf {
    root().join("tests/fixtures/diff").join(rule).join(side)
}

#[test]
fn exit_codes() {
    let dir = root();
    let (old, new) = (fixture("enum-value-added", "old.yaml"), fixture("enum-value-added", "new.yaml"));
    let (o, n) = (old.to_str().unwrap(), new.to_str().unwrap());
    let out = sdkgen(&["diff", o, n, "--fail-on", "breaking"], &dir);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("enum-value-added"));
    let out = sdkgen(&["diff", o, n], &dir);
    assert_eq!(out.status.code(), Some(0));
    let (old, new) = (fixture("operation-added", "old.yaml"), fixture("operation-added", "new.yaml"));
    let out = sdkgen(&["diff", old.to_str().unwrap(), new.to_str().unwrap(), "--fail-on", "breaking"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // Invalid input: exit 2 with the file and line.
    let bad = root().join("tests/fixtures/invalid/dangling_ref.yaml");
    let out = sdkgen(&["diff", o, bad.to_str().unwrap()], &dir);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains("dangling_ref.yaml:") && !err.contains("panicked"), "{err}");
    // No digest to compare with, or a broken one: exit 2 naming the file.
    let tmp = tempfile::tempdir().unwrap();
    let out = sdkgen(&["diff", "--since-generated", "--out", tmp.path().to_str().unwrap(), "--spec", n], &dir);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("api.json"), "{}", text(&out.stderr));
    std::fs::create_dir_all(tmp.path().join(".sdkgen")).unwrap();
    std::fs::write(tmp.path().join(".sdkgen/api.json"), "{\n  \"format\": 1,\n  oops\n}").unwrap();
    let out = sdkgen(&["diff", "--since-generated", "--out", tmp.path().to_str().unwrap(), "--spec", n], &dir);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("api.json: line 3"), "{}", text(&out.stderr));
    // Usage: neither OLD nor --since-generated.
    assert_eq!(sdkgen(&["diff"], &dir).status.code(), Some(2));
}

#[test]
fn json_output_has_the_documented_schema() {
    let (old, new) =
        (fixture("optional-input-field-added", "old.yaml"), fixture("optional-input-field-added", "new.yaml"));
    let out = sdkgen(&["diff", old.to_str().unwrap(), new.to_str().unwrap(), "--format", "json"], &root());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["schema"], "sdkgen-diff/1");
    let rust = v["packages"].as_array().unwrap().iter().find(|p| p["language"] == "rust").unwrap();
    assert_eq!(
        (rust["current"].as_str(), rust["bump"].as_str(), rust["next"].as_str()),
        (Some("1.0.0"), Some("major"), Some("2.0.0"))
    );
    let py = v["packages"].as_array().unwrap().iter().find(|p| p["language"] == "python").unwrap();
    assert_eq!(py["next"], "1.1.0");
    let c = &v["changes"][0];
    assert_eq!(c["rule"], "optional-input-field-added");
    assert!(c["new"]["pointer"].as_str().unwrap().ends_with("/properties/burst"));
    assert!(c["new"]["line"].as_u64().unwrap() > 0);
    assert_eq!(c["impact"]["typescript"], "compatible");
    let md = sdkgen(&["diff", old.to_str().unwrap(), new.to_str().unwrap(), "--format", "markdown"], &root());
    assert!(text(&md.stdout).contains("| `vault-sdk` | Rust | `1.0.0` | major | `2.0.0` |"), "{}", text(&md.stdout));
}

/// generate OLD, edit the spec, `diff --since-generated` sees what `diff OLD NEW` sees; `release`
/// bumps sdkgen.toml (keeping its comments), regenerates and prepends to each CHANGELOG.md; a
/// second release keeps the first entry; `generate` leaves the changelogs alone.
#[test]
fn since_generated_and_release() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let spec = d.join("api.yaml");
    std::fs::copy(fixture("optional-input-field-added", "old.yaml"), &spec).unwrap();
    std::fs::write(
        d.join("sdkgen.toml"),
        "# our settings\nsdk_name = \"Vault\"\n\n[rust]\nversion = \"0.3.0\" # pre-1.0\n",
    )
    .unwrap();
    let run = |args: &[&str]| {
        let out = sdkgen(args, d);
        assert!(out.status.success(), "{args:?}: {}{}", text(&out.stdout), text(&out.stderr));
        text(&out.stdout)
    };
    run(&["generate", "-q", "--spec", "api.yaml", "--out", "out"]);
    assert!(d.join("out/.sdkgen/api.json").is_file());
    let nothing = run(&["diff", "--since-generated", "--spec", "api.yaml", "--out", "out"]);
    assert!(nothing.contains("no changes"), "{nothing}");
    std::fs::copy(fixture("optional-input-field-added", "new.yaml"), &spec).unwrap();
    let since = run(&["diff", "--since-generated", "--spec", "api.yaml", "--out", "out", "--format", "json"]);
    let direct = run(&[
        "diff",
        fixture("optional-input-field-added", "old.yaml").to_str().unwrap(),
        "api.yaml",
        "--format",
        "json",
    ]);
    let changes = |s: &str| serde_json::from_str::<serde_json::Value>(s).unwrap()["changes"].clone();
    assert_eq!(changes(&since), changes(&direct));

    // --dry-run writes nothing.
    let before = std::fs::read_to_string(d.join("sdkgen.toml")).unwrap();
    let dry = run(&["release", "--dry-run", "--spec", "api.yaml", "--out", "out", "--date", "2026-01-02"]);
    assert!(dry.contains("would set [rust] version = \"0.4.0\""), "{dry}");
    assert_eq!(std::fs::read_to_string(d.join("sdkgen.toml")).unwrap(), before);
    assert!(!d.join("out/python/CHANGELOG.md").exists());

    run(&["release", "-q", "--spec", "api.yaml", "--out", "out", "--date", "2026-01-02"]);
    let toml = std::fs::read_to_string(d.join("sdkgen.toml")).unwrap();
    assert!(toml.starts_with("# our settings\nsdk_name = \"Vault\"\n"), "{toml}");
    assert!(toml.contains("version = \"0.4.0\" # pre-1.0"), "{toml}");
    assert!(toml.contains("[python]\nversion = \"1.1.0\""), "{toml}");
    let cargo = std::fs::read_to_string(d.join("out/rust/Cargo.toml")).unwrap();
    assert!(cargo.contains("version = \"0.4.0\""), "{cargo}");
    let py_log = std::fs::read_to_string(d.join("out/python/CHANGELOG.md")).unwrap();
    assert!(py_log.contains("## [1.1.0] - 2026-01-02\n\n### Added\n\n- `Quota[\"burst\"]`"), "{py_log}");
    let rs_log = std::fs::read_to_string(d.join("out/rust/CHANGELOG.md")).unwrap();
    assert!(rs_log.contains("## [0.4.0] - 2026-01-02\n\n### Breaking\n\n- `Quota.burst`"), "{rs_log}");
    // The tree is up to date, and stays so: the changelog is not generated output.
    let out = sdkgen(&["check", "--spec", "api.yaml", "--out", "out"], d);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(run(&["diff", "--since-generated", "--spec", "api.yaml", "--out", "out"]).contains("no changes"));

    // A second release prepends; the first entry stays.
    std::fs::copy(fixture("deprecated", "new.yaml"), &spec).unwrap();
    run(&["release", "-q", "--spec", "api.yaml", "--out", "out", "--date", "2026-02-03"]);
    let py_log = std::fs::read_to_string(d.join("out/python/CHANGELOG.md")).unwrap();
    let (second, first) =
        (py_log.find("] - 2026-02-03").unwrap_or(usize::MAX), py_log.find("## [1.1.0] - 2026-01-02").unwrap());
    assert!(second < first, "{py_log}");
    run(&["generate", "-q", "--force", "--spec", "api.yaml", "--out", "out"]);
    assert_eq!(std::fs::read_to_string(d.join("out/python/CHANGELOG.md")).unwrap(), py_log);

    // The digest is sdkgen's own record: an edited one is replaced, never merged.
    let digest = std::fs::read_to_string(d.join("out/.sdkgen/api.json")).unwrap();
    std::fs::write(d.join("out/.sdkgen/api.json"), "edited\n").unwrap();
    run(&["generate", "-q", "--spec", "api.yaml", "--out", "out"]);
    assert_eq!(std::fs::read_to_string(d.join("out/.sdkgen/api.json")).unwrap(), digest);
}

/// Names from a hostile spec stay inside code spans in Markdown and changelogs.
#[test]
fn hostile_names_stay_in_code_spans() {
    let tmp = tempfile::tempdir().unwrap();
    let old = fixture("response-field-added", "old.yaml");
    let text_old = std::fs::read_to_string(&old).unwrap();
    let evil = "x`](http://evil)<script>|y";
    let new_text =
        text_old.replacen("        note:\n", &format!("        '{evil}':\n          type: string\n        note:\n"), 1);
    assert_ne!(new_text, text_old);
    let new = tmp.path().join("new.yaml");
    std::fs::write(&new, new_text).unwrap();
    let out = sdkgen(&["diff", old.to_str().unwrap(), new.to_str().unwrap(), "--format", "markdown"], &root());
    let md = text(&out.stdout);
    let line = md.lines().find(|l| l.contains("<script>")).unwrap_or_else(|| panic!("{md}"));
    // Every occurrence is inside a double-backtick span.
    assert!(line.contains("``x`](http://evil)<script>|y``"), "{line}");
}

/// `.sdkgen/api.json` is written element by element; it must hold every field of the digest, in
/// field order, and read back as the same digest.
#[test]
fn digest_text_holds_every_field_in_order() {
    let (d, _, _) = diff::digest_spec(&root().join("spec/gatekeeper.yaml")).expect("spec loads");
    let text = d.digest.to_json();
    let value: serde_json::Value = serde_json::from_str(&text).expect("the digest text is JSON");
    assert_eq!(value, serde_json::to_value(&d.digest).unwrap());
    let keys: Vec<&String> = value.as_object().unwrap().keys().collect();
    let expected = serde_json::to_value(&d.digest).unwrap();
    assert_eq!(keys, expected.as_object().unwrap().keys().collect::<Vec<_>>());
    let back: diff::digest::Digest = serde_json::from_str(&text).unwrap();
    assert_eq!(back, d.digest);
}
