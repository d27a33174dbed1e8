//! The IR of every fixture spec (and of spec/gatekeeper.yaml), with its warnings, as reviewed
//! snapshots. A change in lowering shows up here as a diff to accept or reject.

use std::path::{Path, PathBuf};

use sdkgen::pipeline::{build_ir, GenerateOptions};

/// Paths in snapshots are relative to the crate, so they are the same on every machine.
fn relative(path: &Path) -> PathBuf {
    path.strip_prefix(env!("CARGO_MANIFEST_DIR")).map(Path::to_path_buf).unwrap_or_else(|_| path.to_path_buf())
}

fn ir_snapshot(spec: &Path) -> serde_json::Value {
    let opts = GenerateOptions { spec: relative(spec), ..Default::default() };
    let (api, config, warnings, _, _) = match build_ir(&opts) {
        Ok(x) => x,
        Err(e) => panic!("{} failed to lower: {e}", spec.display()),
    };
    let warnings: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    serde_json::json!({ "config": config, "warnings": warnings, "ir": api })
}

#[test]
fn fixture_specs() {
    insta::glob!("fixtures/ir/*.yaml", |path| {
        insta::assert_json_snapshot!(ir_snapshot(path));
    });
}

#[test]
fn hostile_spec() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile.yaml");
    insta::assert_json_snapshot!(ir_snapshot(&path));
}

#[test]
fn gatekeeper_spec() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("spec/gatekeeper.yaml");
    insta::assert_json_snapshot!(ir_snapshot(&path));
}

/// Same input, same IR: lowering twice gives byte-identical JSON.
#[test]
fn lowering_is_deterministic() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("spec/gatekeeper.yaml");
    let a = serde_json::to_string(&ir_snapshot(&path)).unwrap_or_default();
    let b = serde_json::to_string(&ir_snapshot(&path)).unwrap_or_default();
    assert!(!a.is_empty());
    assert_eq!(a, b);
}

/// Services, their method names and scopes, one line each: how operations were grouped and named.
fn names_outline(api: &sdkgen::ir::Api) -> String {
    let mut out = String::new();
    for s in &api.services {
        let origin = match (s.grouped_by, &s.resource_path) {
            (sdkgen::ir::GroupedBy::ActionResource, _) => format!("actions: {}", s.doc.as_deref().unwrap_or_default()),
            (_, Some(p)) => format!("path {p}"),
            (_, None) => format!("tag `{}`", s.tag),
        };
        out.push_str(&format!("{}Service ({origin})\n", s.type_name));
        for o in &s.operations {
            out.push_str(&format!("  {:<32} {} {}\n", o.name, o.method.as_str(), o.path));
        }
    }
    for sc in &api.scopes {
        out.push_str(&format!("{}Scope ({}) of {}\n", sc.type_name, sc.path_prefix, sc.service));
        for m in &sc.methods {
            out.push_str(&format!("  {}\n", m.name));
        }
        for g in &sc.groups {
            let names: Vec<&str> = g.operations.iter().map(|o| o.name.as_str()).collect();
            out.push_str(&format!("  {}.{{{}}}\n", g.name, names.join(", ")));
        }
    }
    out
}

/// Documents without tags (or with a catch-all tag) get services from their paths and method
/// names from the shape of the paths; tagged documents keep their tags' services.
#[test]
fn service_and_method_names() {
    insta::glob!("fixtures/ir/*.yaml", |path| {
        let (api, ..) = build_ir(&GenerateOptions { spec: relative(path), ..Default::default() })
            .unwrap_or_else(|e| panic!("{} failed to lower: {e}", path.display()));
        insta::assert_snapshot!(names_outline(&api));
    });
}

/// The names outline of a fixture lowered with `[services]` renames.
fn renamed_outline(fixture: &str, renames: &[(&str, &str)]) -> String {
    let mut opts = GenerateOptions {
        spec: Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ir").join(fixture),
        ..Default::default()
    };
    for (resource, service) in renames {
        opts.overrides.services.insert((*resource).into(), (*service).into());
    }
    let (api, ..) = build_ir(&opts).unwrap_or_else(|e| panic!("{fixture} failed to lower: {e}"));
    names_outline(&api)
}

/// `[services]` in sdkgen.toml renames a path resource's service; two resources can share one.
#[test]
fn services_table_renames_path_resources() {
    let renames = [("checkout", "payments"), ("balance", "payments"), ("customers", "People")];
    insta::assert_snapshot!(renamed_outline("untagged.yaml", &renames));
}

/// `[services]` renames an action's service too, by its name or its singular resource.
#[test]
fn services_table_renames_action_resources() {
    insta::assert_snapshot!(renamed_outline("actions.yaml", &[("vpcs", "Networks"), ("group", "iam_groups")]));
}

/// Every error class has a name of its own: the base class too, whatever the API is called.
#[test]
fn error_class_names_are_distinct() {
    insta::glob!("fixtures/ir/*.yaml", |path| {
        let (api, ..) = build_ir(&GenerateOptions { spec: relative(path), ..Default::default() })
            .unwrap_or_else(|e| panic!("{} failed to lower: {e}", path.display()));
        let mut names = vec![api.errors.base.as_str()];
        names.extend(api.errors.classes.iter().map(|c| c.name.as_str()));
        let mut seen = std::collections::BTreeSet::new();
        for name in names {
            assert!(seen.insert(name), "{}: error class {name} is defined twice", path.display());
        }
    });
}
