//! The argument values of the generated per-operation tests: synthesised where the spec gives no
//! example, they must be values of the declared types, or the tests fail the type checkers.

use std::path::Path;

use sdkgen::{Generator, Lang};

/// A required list of strings nested seven levels deep (aliases, arrays, properties), as in
/// SageMaker's CreateAlgorithm: the synthesiser's depth cut wrote `[None]` / `[null]` there
/// (mypy, pyright and tsc errors); below the cut a required string is still a string.
#[test]
fn deep_required_values_conform() {
    let dir = tempfile::tempdir().unwrap();
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ir/deep_required_arrays.yaml");
    Generator::new(spec).languages(&Lang::ALL).out_dir(dir.path()).generate().unwrap();
    let read = |p: &str| std::fs::read_to_string(dir.path().join(p)).unwrap();

    let python = read("python/tests/test_operations.py");
    assert!(python.contains(r#""content_types": ["example"]"#), "{python}");
    assert!(!python.contains("None]"), "{python}");

    let typescript = read("typescript/test/operations.test.ts");
    assert!(typescript.contains("content_types: ['string']"), "{typescript}");
    assert!(!typescript.contains("null"), "{typescript}");

    let examples: serde_json::Value = serde_json::from_str(&read("rust/tests/examples.json")).unwrap();
    let channel = &examples["algorithms.create_algorithm.training"]["channels"][0];
    assert_eq!(channel["content_types"], serde_json::json!(["string"]), "{examples}");
}

/// A type that requires itself three times has no finite value: the synthesised one stops at the
/// depth cut instead of growing threefold with every level past it (which took 24 GB and was
/// killed when the cut let every type go on).
#[test]
fn recursive_required_values_stay_small() {
    let (_dir, out) = generate_all(
        "openapi: 3.0.3\ninfo: {title: Tree, version: 1.0.0}\npaths:\n  /nodes:\n    post:\n      operationId: createNode\n      tags: [nodes]\n      requestBody:\n        required: true\n        content:\n          application/json:\n            schema: {$ref: '#/components/schemas/Node'}\n      responses:\n        '204': {description: ok}\ncomponents:\n  schemas:\n    Node:\n      type: object\n      required: [left, right, mid]\n      properties:\n        left: {$ref: '#/components/schemas/Node'}\n        right: {$ref: '#/components/schemas/Node'}\n        mid: {$ref: '#/components/schemas/Node'}\n",
    );
    for test in ["python/tests/test_operations.py", "typescript/test/operations.test.ts", "rust/tests/examples.json"] {
        let size = std::fs::metadata(out.join(test)).unwrap().len();
        assert!(size < 1_000_000, "{test}: {size} bytes");
    }
}

/// An example that does not match its string format (train-travel's "uuid" `4f4e4e1-...`, a
/// date-time where `format: date` is declared) is refused by a validating server such as Prism:
/// the tests send a synthesised value of the format instead, in all three SDKs.
#[test]
fn examples_that_miss_their_format_are_not_sent() {
    let (_dir, out) = generate_all(
        "openapi: 3.0.3\ninfo: {title: Bookings, version: 1.0.0}\npaths:\n  /bookings:\n    post:\n      operationId: createBooking\n      tags: [bookings]\n      parameters:\n        - {name: day, in: query, required: true, schema: {type: string, format: date, example: '2025-10-15T13:51:00.230Z'}}\n      requestBody:\n        required: true\n        content:\n          application/json:\n            schema:\n              type: object\n              required: [trip_id]\n              properties:\n                trip_id: {type: string, format: uuid, example: 4f4e4e1-c824-4d63-b37a-d8d698862f1d}\n      responses:\n        '204': {description: ok}\n",
    );
    for test in ["python/tests/test_operations.py", "typescript/test/operations.test.ts", "rust/tests/examples.json"] {
        let text = std::fs::read_to_string(out.join(test)).unwrap();
        assert!(!text.contains("4f4e4e1-c824") && !text.contains("13:51:00"), "{test}: {text}");
        assert!(text.contains("00000000-0000-4000-8000-000000000000") && text.contains("2026-01-01"), "{test}: {text}");
    }
}

/// An operation that documents only errors (petstore's `updatePet`: 400, 404) is answered with
/// the first of them by a mock of the API: its generated test expects that error, in all three
/// SDKs. One that documents a success, even without a description (`200: {description: ''}`),
/// is expected to succeed.
#[test]
fn operations_that_document_only_errors_are_expected_to_fail() {
    let (_dir, out) = generate_all(
        "openapi: 3.0.3\ninfo: {title: Pets, version: 1.0.0}\npaths:\n  /pets/{id}:\n    parameters:\n      - {name: id, in: path, required: true, schema: {type: integer}}\n    put:\n      operationId: updatePet\n      tags: [pets]\n      responses:\n        '400': {description: Invalid ID}\n        '404': {description: Not found}\n    delete:\n      operationId: deletePet\n      tags: [pets]\n      responses:\n        '200': {description: ''}\n        '404': {description: Not found}\n",
    );
    let read = |path: &str| std::fs::read_to_string(out.join(path)).unwrap();
    let python = read("python/tests/test_operations.py");
    assert_eq!(python.matches("    with pytest.raises(ValidationError):\n        ").count(), 2, "{python}");
    assert!(!python.contains("NotFoundError"), "{python}");
    let typescript = read("typescript/test/operations.test.ts");
    assert_eq!(typescript.matches("assert.rejects(").count(), 1, "{typescript}");
    assert!(typescript.contains("ValidationError") && !typescript.contains("NotFoundError"), "{typescript}");
    let rust = read("rust/tests/operations.rs");
    assert!(rust.contains("check_rejects(\"pets.update_pet\", result, ErrorKind::Validation);"), "{rust}");
    assert!(rust.contains("check(\"pets.delete_pet\", result);"), "{rust}");
}

/// A body that is optional as a whole but whose schema requires fields (common in documents of
/// Swagger 2 origin) is refused by a validating server when sent without them: the generated tests
/// pass those fields (a synthesised value without an example), in all three SDKs. The generated
/// tests also give the core HTTP Basic credentials, which an operation secured by a Basic scheme
/// needs (Twilio).
#[test]
fn an_optional_body_is_sent_with_the_fields_its_schema_requires() {
    let (_dir, out) = generate_all(
        "openapi: 3.0.3\ninfo: {title: Pages, version: 1.0.0}\ncomponents:\n  securitySchemes:\n    basic: {type: http, scheme: basic}\nsecurity: [{basic: []}]\npaths:\n  /pages:\n    post:\n      operationId: createPage\n      tags: [pages]\n      requestBody:\n        content:\n          application/json:\n            schema:\n              type: object\n              required: [slug, title]\n              properties:\n                slug: {type: string}\n                title: {type: string, example: Welcome}\n                notes: {type: string}\n      responses:\n        '204': {description: ok}\n",
    );
    let read = |path: &str| std::fs::read_to_string(out.join(path)).unwrap();
    let python = read("python/tests/test_operations.py");
    assert!(python.contains("service.create_page(slug=\"example\", title=\"Welcome\")"), "{python}");
    assert!(python.contains("username=\"test-user\",\n        password=\"test-password\","), "{python}");
    let typescript = read("typescript/test/operations.test.ts");
    assert!(typescript.contains("slug: ") && typescript.contains("title: 'Welcome'"), "{typescript}");
    assert!(!typescript.contains("notes"), "{typescript}");
    assert!(typescript.contains("username: 'test-user',\n  password: 'test-password',"), "{typescript}");
    let rust = read("rust/tests/operations.rs");
    assert!(rust.contains("params.slug = example(") && rust.contains("params.title = example("), "{rust}");
    assert!(!rust.contains("params.notes"), "{rust}");
    assert!(rust.contains(".basic_auth(\"test-user\", \"test-password\")"), "{rust}");
}

/// A string input with a `pattern` (Twilio's SIDs, `^MG[0-9a-fA-F]{32}$`) is refused by a
/// validating server as `"string"`: the tests send a string generated from the pattern, the same
/// in all three SDKs and on every run, and leave out an example that misses the pattern.
#[test]
fn string_inputs_match_their_pattern() {
    let spec = "openapi: 3.0.3\ninfo: {title: Sids, version: 1.0.0}\npaths:\n  /services/{sid}:\n    get:\n      operationId: getService\n      tags: [services]\n      parameters:\n        - {name: sid, in: path, required: true, schema: {type: string, pattern: '^MG[0-9a-fA-F]{32}$'}}\n        - {name: code, in: query, required: true, schema: {type: string, pattern: '^[A-Z]{3}$', example: abc}}\n      responses:\n        '204': {description: ok}\n";
    let (_dir, out) = generate_all(spec);
    let sid = regex::Regex::new("MG[0-9a-fA-F]{32}").unwrap();
    let code = regex::Regex::new("\"[A-Z]{3}\"|'[A-Z]{3}'").unwrap();
    let mut sids = Vec::new();
    for test in ["python/tests/test_operations.py", "typescript/test/operations.test.ts", "rust/tests/examples.json"] {
        let text = std::fs::read_to_string(out.join(test)).unwrap();
        let found = sid.find(&text).unwrap_or_else(|| panic!("{test}: {text}"));
        sids.push(found.as_str().to_string());
        assert!(code.is_match(&text) && !text.contains("\"abc\"") && !text.contains("'abc'"), "{test}: {text}");
    }
    assert!(sids.iter().all(|s| *s == sids[0]), "{sids:?}");
    let (_again, out_again) = generate_all(spec);
    let again = std::fs::read_to_string(out_again.join("rust/tests/examples.json")).unwrap();
    assert!(again.contains(&sids[0]), "the same on every run: {again}");
}

/// The three SDKs of the spec `yaml`: the temporary folder (kept while it lives) and the output.
fn generate_all(yaml: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("spec.yaml");
    std::fs::write(&spec, yaml).unwrap();
    let out = dir.path().join("out");
    Generator::new(spec).languages(&Lang::ALL).out_dir(&out).generate().unwrap();
    (dir, out)
}

/// Bounds, lengths and item counts (`per_page: {minimum: 10}`, `minLength`, `minItems`) are
/// refused by a validating server when the tests send the plain sample (1, `"string"`, one item):
/// the tests send the sample brought within them, and leave out an example that misses them.
#[test]
fn inputs_meet_their_bounds_and_lengths() {
    let spec = "openapi: 3.0.3\ninfo: {title: Bounds, version: 1.0.0}\npaths:\n  /reports:\n    get:\n      operationId: listReports\n      tags: [reports]\n      parameters:\n        - {name: per_page, in: query, required: true, schema: {type: integer, minimum: 10, maximum: 100}}\n        - {name: year, in: query, required: true, schema: {type: integer, minimum: 2000, maximum: 2100, example: 1990}}\n        - {name: ratio, in: query, required: true, schema: {type: number, minimum: 0, maximum: 1, exclusiveMaximum: true}}\n        - {name: code, in: query, required: true, schema: {type: string, minLength: 9}}\n        - {name: tags, in: query, required: true, schema: {type: array, minItems: 2, items: {type: string}}}\n      responses:\n        '204': {description: ok}\n";
    let (_dir, out) = generate_all(spec);
    let read = |p: &str| std::fs::read_to_string(out.join(p)).unwrap();

    let python = read("python/tests/test_operations.py");
    for sent in ["55", "2050", "0.5", "\"exampleex\"", "[\"example\", \"example\"]"] {
        assert!(python.contains(sent), "{sent}: {python}");
    }
    assert!(!python.contains("1990"), "{python}");

    let typescript = read("typescript/test/operations.test.ts");
    for sent in ["55", "2050", "0.5", "'stringstr'", "['string', 'string']"] {
        assert!(typescript.contains(sent), "{sent}: {typescript}");
    }
    assert!(!typescript.contains("1990"), "{typescript}");

    let examples: serde_json::Value = serde_json::from_str(&read("rust/tests/examples.json")).unwrap();
    let sent = |input: &str| examples[format!("reports.list_reports.{input}")].clone();
    assert_eq!(sent("per_page"), serde_json::json!(55), "{examples}");
    assert_eq!(sent("year"), serde_json::json!(2050), "{examples}");
    assert_eq!(sent("ratio"), serde_json::json!(0.5), "{examples}");
    assert_eq!(sent("code"), serde_json::json!("stringstr"), "{examples}");
    assert_eq!(sent("tags"), serde_json::json!(["string", "string"]), "{examples}");
}

/// An example the Rust decoder would refuse (a `"true"` for a boolean) is not sent, as in the
/// other SDKs' tests (the decoder failed before the request was made); and an optional input that
/// has an example is set, as the Python and TypeScript tests pass it.
#[test]
fn rust_tests_send_what_the_other_sdks_send() {
    let spec = "openapi: 3.0.3\ninfo: {title: Items, version: 1.0.0}\npaths:\n  /items:\n    get:\n      operationId: listItems\n      tags: [items]\n      parameters:\n        - {name: active, in: query, required: true, schema: {type: boolean}, example: 'true'}\n        - {name: count, in: query, required: false, schema: {type: integer}, example: 3}\n      responses:\n        '204': {description: ok}\n";
    let (_dir, out) = generate_all(spec);
    let read = |p: &str| std::fs::read_to_string(out.join(p)).unwrap();
    let python = read("python/tests/test_operations.py");
    assert!(python.contains("True, count=3"), "{python}");
    let examples: serde_json::Value = serde_json::from_str(&read("rust/tests/examples.json")).unwrap();
    assert_eq!(examples["items.list_items.active"], serde_json::json!(true), "{examples}");
    assert_eq!(examples["items.list_items.count"], serde_json::json!(3), "{examples}");
    let rust = read("rust/tests/operations.rs");
    assert!(rust.contains("params.count = example(\"items.list_items.count\");"), "{rust}");
}

/// The required properties of a synthesised object get the same rules as inputs, in all three
/// SDKs: an example of the wrong type is not used (DigitalOcean's maintenance `hour`, a string
/// with the example `840`, which Rust's decoder refused), and a bound is met.
#[test]
fn nested_properties_meet_their_types_and_bounds() {
    let spec = "openapi: 3.0.3\ninfo: {title: Things, version: 1.0.0}\npaths:\n  /things:\n    post:\n      operationId: createThing\n      tags: [things]\n      requestBody:\n        required: true\n        content:\n          application/json:\n            schema:\n              type: object\n              required: [window]\n              properties:\n                window:\n                  type: object\n                  required: [hour, size]\n                  properties:\n                    hour: {type: string, example: 840}\n                    size: {type: integer, minimum: 5}\n      responses:\n        '204': {description: ok}\n";
    let (_dir, out) = generate_all(spec);
    let read = |p: &str| std::fs::read_to_string(out.join(p)).unwrap();
    let python = read("python/tests/test_operations.py");
    assert!(python.contains("\"hour\": \"example\"") && python.contains("\"size\": 5"), "{python}");
    let typescript = read("typescript/test/operations.test.ts");
    assert!(typescript.contains("hour: 'string'") && typescript.contains("size: 5"), "{typescript}");
    let examples: serde_json::Value = serde_json::from_str(&read("rust/tests/examples.json")).unwrap();
    assert_eq!(examples["things.create_thing.window"], serde_json::json!({"hour": "string", "size": 5}), "{examples}");
}
