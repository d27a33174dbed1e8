//! The view model of `test/operations.test.ts`: one `node:test` test per operation, calling it with
//! the spec's examples against a mock server (`PRISM_URL`) and comparing the result with the
//! documented example. Runs of tests are rendered in parallel by `test/operations.items.ts.j2`
//! (macro in `macros/test.ts.j2`), the file joined by `test/operations.test.ts.j2`.

use serde::Serialize;
use serde_json::Value;

use super::ops::{example_args, Model, OpModel, ServiceModel};
use super::service_view::ImportView;
use super::{emit, layout, Ctx};
use crate::ir::ResponseKind;
use crate::naming;

/// The file: the tests, each already rendered.
#[derive(Serialize)]
pub(crate) struct TestsView {
    pub header: String,
    pub core: String,
    /// The classes the tests use, from the package index.
    pub import: ImportView,
    pub tests: Vec<String>,
}

#[derive(Serialize)]
pub(crate) struct TestView {
    /// `KeysService.create`.
    name: String,
    /// The test's head `test('name', { skip }, async () => {` fits on one line.
    fits: bool,
    var: String,
    class: String,
    method: String,
    /// The example call's arguments, as layout markup.
    args: Vec<String>,
    /// No success response is documented: the call rejects with this class.
    rejects: Option<String>,
    /// What the result is checked for: `undefined`, `string`, `array_buffer`, `defined` or
    /// `equal` (to `expected`).
    expect: &'static str,
    /// The value the result must equal, as a literal (layout markup).
    expected: Option<String>,
}

/// The operation of each test, in service order, and the file's view without the tests (`tests`
/// empty; the caller renders [`test_view`] of each operation and fills them in).
pub(super) fn tests_view<'m>(ctx: &Ctx<'_>, model: &'m Model<'_>) -> (TestsView, Vec<TestOp<'m>>) {
    let core = ctx.core_name();
    let mut classes: Vec<String> =
        model.services.iter().filter(|s| !s.ops.is_empty()).map(|s| s.class.clone()).collect();
    classes.push(core.clone());
    let ops: Vec<_> = model.services.iter().flat_map(|s| s.ops.iter().map(move |o| (s, o))).collect();
    for (_, o) in &ops {
        if let Some(class) = o.op.only_error_class() {
            if !classes.iter().any(|c| c == class) {
                classes.push(class.to_string());
            }
        }
    }
    let view = TestsView {
        header: ctx.header(),
        core,
        import: ImportView::new(false, &classes, "../src/index.js"),
        tests: Vec::new(),
    };
    (view, ops)
}

/// The operation a test calls, with its service.
pub(super) type TestOp<'m> = (&'m ServiceModel<'m>, &'m OpModel<'m>);

/// One operation's test. Built where it renders (inside the render's scope, see
/// `layout::with_handles`), its arguments and expected value are passed to the template by handle.
pub(super) fn test_view(ctx: &Ctx<'_>, (s, o): TestOp<'_>) -> TestView {
    let op = o.op;
    let name = format!("{}.{}", s.class, o.method);
    let head = format!("test({}, {{ skip }}, async () => {{", emit::str_lit(&name));
    let (expect, expected) = expectation(op);
    TestView {
        name,
        fits: head.chars().count() <= emit::WIDTH,
        var: format!("{}Service", naming::camel(&s.svc.name)),
        class: s.class.clone(),
        method: o.method.clone(),
        args: example_args(ctx, &o.sig, op).into_iter().map(|(d, _)| layout::pass(d)).collect(),
        rejects: op.only_error_class().map(str::to_string),
        expect,
        expected: expected.map(|v| layout::pass(emit::json_value(&v))),
    }
}

/// What an operation's result is checked for, and the value it must equal.
fn expectation(op: &crate::ir::Operation) -> (&'static str, Option<Value>) {
    let example = op.response.example.as_ref();
    match op.response.kind {
        ResponseKind::Empty => ("undefined", None),
        ResponseKind::Text => match example {
            Some(Value::String(s)) => ("equal", Some(Value::String(s.clone()))),
            _ => ("string", None),
        },
        ResponseKind::Binary => ("array_buffer", None),
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
                ("equal", Some(Value::Object(expected)))
            }
            (Some(ex), None) => ("equal", Some(ex.clone())),
            (None, _) => ("defined", None),
        },
    }
}
