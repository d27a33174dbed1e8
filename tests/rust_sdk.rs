//! The generated Rust SDK where API evolution meets it (see the module doc of `src/diff/rules.rs`):
//! `#[deprecated]` from the spec's `deprecated: true` on operations, parameters and properties,
//! with notes escaped as string literals; `#[non_exhaustive]` on enums, unions and the structs
//! callers only read, while the structs operations send stay exhaustive (callers build them).

use std::path::Path;

use sdkgen::{Generator, Lang};

fn generate(fixture: &str, out: &Path) {
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(fixture);
    Generator::new(spec).languages(&[Lang::Rust]).out_dir(out).generate().unwrap();
}

#[test]
fn deprecations_and_evolution_safe_shapes() {
    let dir = tempfile::tempdir().unwrap();
    generate("ir/deprecated.yaml", dir.path());
    let rust = dir.path().join("rust");
    let service = std::fs::read_to_string(rust.join("src/services/widgets.rs")).unwrap();
    let models = std::fs::read_to_string(rust.join("src/models/widgets.rs")).unwrap();
    // A hostile description ends no doc line or string early: its text stays in doc comments and
    // in the note's string literal.
    for line in service.lines().filter(|l| l.contains("fn evil")) {
        let code = line.trim_start();
        assert!(code.starts_with("///") || code.starts_with("note = \"Deprecated \\\"quoted\\\""), "{line}");
    }
    insta::assert_snapshot!("deprecated_service", service);
    insta::assert_snapshot!("deprecated_models", models);
}

/// Services named `services` and `models`: the modules that hold services and models hold no
/// module of their own name (clippy's `module_inception`, which `-D warnings` makes an error); the
/// Cargo features keep the services' names.
#[test]
fn services_named_like_their_modules() {
    let dir = tempfile::tempdir().unwrap();
    generate("ir/services_named_like_their_modules.yaml", dir.path());
    let rust = dir.path().join("rust");
    let read = |p: &str| std::fs::read_to_string(rust.join(p)).unwrap();
    let services = read("src/services/mod.rs");
    assert!(services.contains("mod services_service;\n"), "{services}");
    assert!(!services.contains("mod services;"), "{services}");
    assert!(services.contains("pub use services_service::ServicesService;"), "{services}");
    let models = read("src/models.rs");
    assert!(models.contains("mod models_service;\n"), "{models}");
    assert!(!models.contains("mod models;"), "{models}");
    assert!(
        rust.join("src/services/services_service.rs").exists() && rust.join("src/models/models_service.rs").exists()
    );
    let manifest = read("Cargo.toml");
    assert!(manifest.contains("\nservices = [") && manifest.contains("\nmodels = ["), "{manifest}");
}

/// Media types as the API names them (`tests/fixtures/ir/json_variants.yaml`): a JSON variant's
/// `Content-Type` and `Accept`, and a binary or text body's declared type, in all three SDKs
/// (each SDK's own defaults are JSON, `application/octet-stream` and `text/plain`).
#[test]
fn media_types_as_the_api_names_them() {
    let dir = tempfile::tempdir().unwrap();
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ir/json_variants.yaml");
    Generator::new(spec).out_dir(dir.path()).generate().unwrap();
    let read = |p: &str| std::fs::read_to_string(dir.path().join(p)).unwrap();
    let rust = read("rust/src/services/articles.rs");
    assert!(rust.contains("request.header(\"content-type\", \"application/vnd.api+json\");"), "{rust}");
    assert!(rust.contains("request.header(\"accept\", \"application/vnd.api+json, application/json\");"), "{rust}");
    assert!(read("rust/src/services/pictures.rs").contains("request.header(\"content-type\", \"image/png\");"));
    assert!(read("rust/src/services/notes.rs").contains("request.header(\"content-type\", \"text/markdown\");"));
    let python = read("python/src/variants/services/articles.py");
    assert!(python.contains("content_type=\"application/vnd.api+json\","), "{python}");
    assert!(python.contains("accept=\"application/vnd.api+json, application/json\","), "{python}");
    let typescript = read("typescript/src/services/subscriptions.ts");
    assert!(typescript.contains("accept: 'application/ld+json, application/json',"), "{typescript}");
    assert!(read("typescript/src/services/articles.ts").contains("contentType: 'application/vnd.api+json',"));
    // Plain JSON names nothing: the runtimes' defaults apply. A text answer (Gatekeeper's audit
    // export) is asked for by its type, as in the other SDKs.
    let gatekeeper = Path::new(env!("CARGO_MANIFEST_DIR")).join("generated/rust/src/services");
    let mut text_answers = 0;
    for entry in std::fs::read_dir(gatekeeper).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        assert!(!text.contains("request.header(\"content-type\""));
        for line in text.lines().filter(|l| l.contains("request.header(\"accept\"")) {
            assert_eq!(line.trim(), "request.header(\"accept\", \"text/plain, application/json\");");
            text_answers += 1;
        }
    }
    assert_eq!(text_answers, 1);
}

/// The Gatekeeper spec with an operation, a parameter and a property deprecated (as in
/// `tests/diff.rs`): each gets its `#[deprecated]`, and the crate allows its own uses.
#[test]
fn gatekeeper_deprecations() {
    use serde_yaml::Value;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut doc: Value =
        serde_yaml::from_str(&std::fs::read_to_string(root.join("spec/gatekeeper.yaml")).unwrap()).unwrap();
    let yes = || (Value::from("deprecated"), Value::from(true));
    let paths = &mut doc["paths"];
    let (k, v) = yes();
    paths["/api/keys/{keyId}/rotate"]["post"].as_mapping_mut().unwrap().insert(k, v);
    let list = paths["/api/tenants/{tenantId}/keys"]["get"]["parameters"].as_sequence_mut().unwrap();
    let status = list.iter_mut().find(|p| p["name"].as_str() == Some("status")).unwrap();
    let (k, v) = yes();
    status.as_mapping_mut().unwrap().insert(k, v);
    let (k, v) = yes();
    doc["components"]["schemas"]["ApiKey"]["properties"]["prefix"].as_mapping_mut().unwrap().insert(k, v);
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("gatekeeper.yaml");
    std::fs::write(&spec, serde_yaml::to_string(&doc).unwrap()).unwrap();
    Generator::new(spec).languages(&[Lang::Rust]).out_dir(dir.path().join("out")).generate().unwrap();
    let rust = dir.path().join("out/rust");
    let read = |p: &str| std::fs::read_to_string(rust.join(p)).unwrap();
    let fixed = "#[deprecated(note = \"Deprecated by the API: it may be removed in a future version.\")]";
    let before = |text: &str, item: &str| {
        let at = text.find(item).unwrap_or_else(|| panic!("{item} not found"));
        text[..at].lines().rev().take(3).any(|l| l.trim() == fixed)
    };
    let keys = read("src/services/keys.rs");
    assert!(before(&keys, "pub fn rotate("), "rotate: {keys}");
    assert!(before(&keys, "pub status: Option<KeyStatus>,"), "the params field: {keys}");
    assert!(before(&keys, "pub fn status("), "the setter: {keys}");
    let scopes = read("src/scopes.rs");
    assert!(before(&scopes, "pub fn rotate("), "the scope's delegate: {scopes}");
    let models = std::fs::read_dir(rust.join("src/models"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap());
    assert!(models.into_iter().any(|m| m.contains("pub struct ApiKey {") && before(&m, "pub prefix: String,")));
    // The method reading the deprecated params field allows it; so do the operation tests.
    assert!(keys.contains("    #[allow(deprecated)]\n    pub fn list("), "{keys}");
    assert!(read("tests/operations.rs").contains("#![allow(deprecated)]"));
}

/// A multipart body whose schema is one value (Jira's attachments: `type: string, format:
/// binary`) is sent as one part, `file` for bytes, else `body`, as multipart fields, not as JSON;
/// the Python and TypeScript SDKs send the same part.
#[test]
fn multipart_single_value_is_one_part() {
    let dir = tempfile::tempdir().unwrap();
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ir/multipart_single_value.yaml");
    Generator::new(spec)
        .languages(&[Lang::Rust, Lang::Python, Lang::TypeScript])
        .out_dir(dir.path())
        .generate()
        .unwrap();
    let read = |p: &str| std::fs::read_to_string(dir.path().join(p)).unwrap();
    let rust = read("rust/src/services/attachments.rs");
    assert!(rust.contains("body.file(\"file\", file);"), "{rust}");
    assert!(rust.contains("body.optional(\"body\", params.body);"), "{rust}");
    assert!(!rust.contains("json_body"), "{rust}");
    let python = read("python/src/tracker/services/attachments.py");
    assert!(python.contains("files={\"file\": file},"), "{python}");
    assert!(python.contains("files=compact({\"body\": body}),"), "{python}");
    let typescript = read("typescript/src/services/attachments.ts");
    assert!(typescript.contains("body: { file: params.file },"), "{typescript}");
}

/// A page's next-cursor field is sent back as the cursor parameter, as a string: an integer
/// cursor, or a next field that is not a string (Jira's failed webhooks: integer `after`, URL
/// `next`), is no pagination; string ones are.
#[test]
fn pagination_needs_string_cursors() {
    let dir = tempfile::tempdir().unwrap();
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ir/pagination_url_next.yaml");
    Generator::new(spec).languages(&[Lang::Rust, Lang::TypeScript]).out_dir(dir.path()).generate().unwrap();
    let read = |p: &str| std::fs::read_to_string(dir.path().join(p)).unwrap();
    for service in ["webhooks", "events"] {
        let rust = read(&format!("rust/src/services/{service}.rs"));
        assert!(!rust.contains("paginated("), "{rust}");
        let typescript = read(&format!("typescript/src/services/{service}.ts"));
        assert!(!typescript.contains("nextCursor"), "{typescript}");
    }
    assert!(read("rust/src/services/logs.rs").contains("request.paginated(\"after\", \"values\", \"next\", None);"));
    assert!(read("typescript/src/services/logs.ts").contains("page: { items: 'values', nextCursor: 'next' },"));
}
