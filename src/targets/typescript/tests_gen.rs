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
    let mut classes: Vec<String> = model.services.iter().map(|s| s.class.clone()).collect();
    classes.push(core.clone());
    let mut out = String::from(header);
    out.push('\n');
    out.push_str("import assert from 'node:assert/strict';\n");
    out.push_str("import { test } from 'node:test';\n\n");
    out.push_str(&emit::import(false, &classes, "../src/index.js"));
    out.push_str("\n\n");
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
        doc::concat(vec![doc::text(format!("const core = new {core}")), emit::call_args(vec![(core_opts, true)]), doc::text(";")]),
        0,
    ));
    out.push('\n');
    for s in &model.services {
        let var = format!("{}Service", naming::camel(&s.svc.name));
        for o in &s.ops {
            let op = o.op;
            let name = format!("{}.{}", s.class, o.method);
            out.push('\n');
            out.push_str(&format!("test({}, {{ skip }}, async () => {{\n", emit::str_lit(&name)));
            out.push_str(&format!("  const {var} = new {}(core);\n", s.class));
            let call = doc::concat(vec![
                doc::text(format!("const result = await {var}.{}", o.method)),
                emit::call_args(example_args(ctx, &o.sig, op)),
                doc::text(";"),
            ]);
            out.push_str(&emit::statement(call, 2));
            out.push('\n');
            out.push_str(&expectation(op));
            out.push_str("});\n");
        }
    }
    out
}

/// The assertion on an operation's result.
fn expectation(op: &crate::ir::Operation) -> String {
    let example = op.response.example.as_ref();
    match op.response.kind {
        ResponseKind::Empty => "  assert.equal(result, undefined);\n".to_string(),
        ResponseKind::Text => match example {
            Some(Value::String(s)) => assert_equal("result", emit::json_value(&Value::String(s.clone()))),
            _ => "  assert.equal(typeof result, 'string');\n".to_string(),
        },
        ResponseKind::Binary => "  assert.ok(result instanceof ArrayBuffer);\n".to_string(),
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
                assert_equal("result", emit::json_value(&Value::Object(expected)))
            }
            (Some(ex), None) => assert_equal("result", emit::json_value(ex)),
            (None, _) => "  assert.notEqual(result, undefined);\n".to_string(),
        },
    }
}

fn assert_equal(actual: &str, expected: doc::Doc) -> String {
    let huggable = matches!(&expected, doc::Doc::Group { .. });
    let d = doc::concat(vec![
        doc::text("assert.deepEqual"),
        emit::call_args(vec![(doc::text(actual), false), (expected, huggable)]),
        doc::text(";"),
    ]);
    format!("{}\n", emit::statement(d, 2))
}
