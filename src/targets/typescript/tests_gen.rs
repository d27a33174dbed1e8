//! `test/operations.test.ts`: one `node:test` test per operation, calling it with the spec's
//! examples against a mock server (`PRISM_URL`) and comparing the result with the documented example.

use serde_json::Value;

use super::doc;
use super::emit;
use super::ops::{example_args, Model};
use super::Ctx;
use crate::ir::ResponseKind;
use crate::naming;

pub(super) fn operations_test(ctx: &Ctx<'_>, model: &Model<'_>, header: &str) -> String {
    let core = ctx.core_name();
    let mut classes: Vec<String> =
        model.services.iter().filter(|s| !s.ops.is_empty()).map(|s| s.class.clone()).collect();
    let no_operations = classes.is_empty();
    classes.push(core.clone());
    for s in &model.services {
        for o in &s.ops {
            if let Some(class) = error_only(o.op) {
                if !classes.iter().any(|c| c == class) {
                    classes.push(class.to_string());
                }
            }
        }
    }
    classes.sort();
    let mut out = String::from(header);
    out.push('\n');
    out.push_str("import assert from 'node:assert/strict';\n");
    out.push_str("import { test } from 'node:test';\n\n");
    out.push_str(&emit::import(false, &classes, "../src/index.js"));
    out.push_str("\n\n");
    if no_operations {
        // Nothing to call: check that the package loads and a core can be built.
        out.push_str(&format!(
            "test({}, () => {{\n  const core = new {core}({{ baseUrl: 'http://127.0.0.1:4010/' }});\n  \
             assert.equal(core.baseUrl, 'http://127.0.0.1:4010');\n}});\n",
            emit::str_lit(&format!("{core} (the API has no operations)"))
        ));
        return out;
    }
    out.push_str("const baseUrl = process.env['PRISM_URL'];\n");
    out.push_str("const skip = baseUrl === undefined ? 'PRISM_URL is not set' : false;\n");
    let core_opts = emit::object(
        vec![
            emit::prop("baseUrl", doc::text("baseUrl ?? 'http://127.0.0.1:4010'"), false),
            emit::prop("token", doc::text("'test-token'"), true),
            emit::prop("apiKey", doc::text("'test-api-key'"), true),
            emit::prop("maxRetries", doc::text("0"), false),
        ],
        true,
    );
    out.push_str(&emit::statement(
        doc::concat(vec![
            doc::text(format!("const core = new {core}")),
            emit::call_args(vec![(core_opts, true)]),
            doc::text(";"),
        ]),
        0,
    ));
    out.push('\n');
    for s in &model.services {
        let var = format!("{}Service", naming::camel(&s.svc.name));
        for o in &s.ops {
            let op = o.op;
            let name = format!("{}.{}", s.class, o.method);
            out.push('\n');
            let head = format!("test({}, {{ skip }}, async () => {{", emit::str_lit(&name));
            // Prettier hugs the last (arrow function) argument while the others fit on the line.
            let (open, close, ind) = if head.chars().count() <= emit::WIDTH {
                (head, "});".to_string(), 2)
            } else {
                (
                    format!("test(\n  {},\n  {{ skip }},\n  async () => {{", emit::str_lit(&name)),
                    "  },\n);".to_string(),
                    4,
                )
            };
            out.push_str(&open);
            out.push('\n');
            out.push_str(&emit::declare(&format!("const {var}"), emit::new_core_call(&s.class), ind));
            out.push('\n');
            if let Some(class) = error_only(op) {
                // No success response is documented: the mock answers with the documented error.
                let call = doc::concat(vec![
                    doc::text(format!("{var}.{}", o.method)),
                    emit::call_args(example_args(ctx, &o.sig, op)),
                ]);
                let d = doc::concat(vec![
                    doc::text("await assert.rejects"),
                    emit::call_args(vec![(call, false), (doc::text(class), false)]),
                    doc::text(";"),
                ]);
                out.push_str(&emit::statement(d, ind));
                out.push('\n');
                out.push_str(&close);
                out.push('\n');
                continue;
            }
            out.push_str(&emit::declare_call(
                "const result",
                &format!("await {var}.{}", o.method),
                example_args(ctx, &o.sig, op),
                ind,
            ));
            out.push('\n');
            out.push_str(&expectation(op, ind));
            out.push_str(&close);
            out.push('\n');
        }
    }
    out
}

/// The error class a mock answers an operation with when the operation documents no success
/// response at all, only errors (the IR then has an undocumented, empty success response).
fn error_only(op: &crate::ir::Operation) -> Option<&str> {
    let r = &op.response;
    let undocumented = r.kind == ResponseKind::Empty && r.doc.is_none() && r.content_type.is_none();
    let only_errors =
        !op.errors.is_empty() && op.errors.iter().all(|e| e.status != "default" && !e.status.starts_with('2'));
    if !(undocumented && only_errors) {
        return None;
    }
    op.errors.first().and_then(|e| e.class.as_deref())
}

/// The assertion on an operation's result.
fn expectation(op: &crate::ir::Operation, ind: usize) -> String {
    let pad = " ".repeat(ind);
    let example = op.response.example.as_ref();
    match op.response.kind {
        ResponseKind::Empty => format!("{pad}assert.equal(result, undefined);\n"),
        ResponseKind::Text => match example {
            Some(Value::String(s)) => assert_equal("result", emit::json_value(&Value::String(s.clone())), ind),
            _ => format!("{pad}assert.equal(typeof result, 'string');\n"),
        },
        ResponseKind::Binary => format!("{pad}assert.ok(result instanceof ArrayBuffer);\n"),
        ResponseKind::Json => match (example, &op.pagination) {
            (Some(ex), Some(p)) => {
                let page = ex.as_object();
                let items = page.and_then(|o| o.get(&p.items_field)).cloned().unwrap_or(Value::Array(Vec::new()));
                let next = page.and_then(|o| o.get(&p.next_cursor_field)).cloned().unwrap_or(Value::Null);
                let next = match next {
                    Value::String(s) if !s.is_empty() => Value::String(s),
                    _ => Value::Null,
                };
                let more = match p.has_more_field.as_ref().and_then(|h| page.and_then(|o| o.get(h))) {
                    Some(Value::Bool(b)) => *b && !next.is_null(),
                    _ => !next.is_null(),
                };
                let mut expected = serde_json::Map::new();
                expected.insert("items".to_string(), items);
                expected.insert("nextCursor".to_string(), next);
                expected.insert("hasMore".to_string(), Value::Bool(more));
                assert_equal("result", emit::json_value(&Value::Object(expected)), ind)
            }
            (Some(ex), None) => assert_equal("result", emit::json_value(ex), ind),
            (None, _) => format!("{pad}assert.notEqual(result, undefined);\n"),
        },
    }
}

fn assert_equal(actual: &str, expected: doc::Doc, ind: usize) -> String {
    let huggable = matches!(&expected, doc::Doc::Group { .. });
    let d = doc::concat(vec![
        doc::text("assert.deepEqual"),
        emit::call_args(vec![(doc::text(actual), false), (expected, huggable)]),
        doc::text(";"),
    ]);
    format!("{}\n", emit::statement(d, ind))
}
