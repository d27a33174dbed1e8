//! The Python templates' own filters, tests and functions, registered after `render::make_env`.
//! They put the layout engine of `code` (ruff's line splitting) behind names the templates use, so a
//! template states the code's shape and the engine only decides where lines break:
//!
//! - expressions: `py_call(func, args)`, `py_kw(name, value)`, `py_list(items)`, `py_tuple(items)`,
//!   `py_dict(pairs)`, `py_subscript(name, items)` build an expression tree; an item is a string (printed as is), a tree, an
//!   argument `{name, value}` (positional when `name` is none) or none (left out);
//! - `py_stmt(indent, prefix, expr)`: the statement `prefix<expr>` at `indent`, split like ruff;
//! - `py_param(param, indent=8)`: one parameter line `name: annotation = default` of a signature;
//! - `py_from_import(module, names, indent)`: one `from module import names`, wrapped like isort;
//! - `py_string`, `py_docstring(indent)`: a string literal, a docstring's text (as ruff formats a
//!   docstring); `py_attribute_doc(indent)`: the text of a string after an assignment or a field
//!   (an attribute docstring, which ruff formats as any string: it is left as written);
//! - `py_annotation_after(annotation, indent, prefix_width)`: a return annotation after `) -> `
//!   (`prefix_width` columns), split inside its brackets when too long;
//! - `py_value(expr, indent, start, suffix)`: an expression that starts at column `start` of a line
//!   indented by `indent` and is followed by `suffix` characters (a dict value), split like ruff;
//! - `py_assert_eq(lhs, rhs, indent)`: `assert <lhs> == <rhs>`, split like ruff;
//! - `py_noqa_long(first=[])`: code whose lines stay too long after ruff's layout (a functional
//!   TypedDict's key, a string literal or a name longer than a line) with `# noqa: E501` on those
//!   lines, and the codes `first` on its first line (`ruff format` keeps a comment after an
//!   opening bracket, a comma, an item or a statement where it is, and does not count it);
//! - test `py_fits`: every line of a rendered statement fits the line length (or is one word).

use std::sync::Arc;

use minijinja::value::{Object, Value, ValueKind};
use minijinja::{Environment, Error, ErrorKind};

use super::code::{self, Py};
use crate::render::escape;

/// An expression tree as a template value.
#[derive(Debug)]
pub struct Expr(pub Py);

impl Object for Expr {
    /// An expression is a value, whatever it spells (`{% if expected %}`).
    fn is_true(self: &Arc<Self>) -> bool {
        true
    }
}

/// `py` as a template value.
pub fn expr(py: Py) -> Value {
    Value::from_object(Expr(py))
}

fn invalid(msg: String) -> Error {
    Error::new(ErrorKind::InvalidOperation, msg)
}

fn is_absent(v: &Value) -> bool {
    v.is_none() || v.is_undefined()
}

/// A template value as an expression tree.
fn to_py(v: &Value) -> Result<Py, Error> {
    if let Some(e) = v.downcast_object_ref::<Expr>() {
        return Ok(e.0.clone());
    }
    match v.kind() {
        ValueKind::String => Ok(Py::Atom(v.as_str().unwrap_or_default().to_string())),
        ValueKind::Number | ValueKind::Bool => Ok(Py::Atom(v.to_string())),
        ValueKind::Map => {
            let value = to_py(&v.get_attr("value")?)?;
            let name = v.get_attr("name")?;
            Ok(if is_absent(&name) { value } else { code::kw(name.to_string(), value) })
        }
        _ => Err(invalid(format!("not a Python expression: {v}"))),
    }
}

/// `f` applied to the expression `v`, without copying it when it is a tree already.
fn with_py<T>(v: &Value, f: impl FnOnce(&Py) -> T) -> Result<T, Error> {
    match v.downcast_object_ref::<Expr>() {
        Some(e) => Ok(f(&e.0)),
        None => Ok(f(&to_py(v)?)),
    }
}

fn items(values: &[Value]) -> Result<Vec<Py>, Error> {
    values.iter().filter(|v| !is_absent(v)).map(to_py).collect()
}

fn fits(text: &str) -> bool {
    text.lines().all(|l| l.chars().count() <= code::LINE || l.split_whitespace().count() == 1)
}

pub fn register(env: &mut Environment<'static>) {
    // A string literal quoted the way `ruff format` quotes it (double quotes unless single quotes
    // need fewer escapes); only printable ASCII appears as is.
    env.add_filter("py_string", |s: String| code::py_string(&s));
    // `py_doc`, then every character outside ASCII as an escape: docstrings keep the spec's text
    // exactly (as their value) while the source stays printable ASCII.
    env.add_filter("py_docstring", |s: String, indent: Option<usize>| {
        let indent = indent.unwrap_or(0);
        code::ascii_doc(&code::ruff_docstring(&escape::python_doc(&s, indent), indent))
    });
    env.add_filter("py_attribute_doc", |s: String, indent: Option<usize>| {
        code::ascii_doc(&escape::python_doc(&s, indent.unwrap_or(0)))
    });
    env.add_function("py_call", |func: String, args: Vec<Value>| -> Result<Value, Error> {
        Ok(expr(code::call(func, items(&args)?)))
    });
    env.add_function("py_kw", |name: String, value: Value| -> Result<Value, Error> {
        Ok(expr(code::kw(name, to_py(&value)?)))
    });
    env.add_function("py_list", |values: Vec<Value>| -> Result<Value, Error> { Ok(expr(Py::List(items(&values)?))) });
    env.add_function("py_tuple", |values: Vec<Value>| -> Result<Value, Error> { Ok(expr(Py::Tuple(items(&values)?))) });
    env.add_function("py_subscript", |name: String, values: Vec<Value>| -> Result<Value, Error> {
        Ok(expr(Py::Subscript(name, items(&values)?)))
    });
    env.add_function("py_annotation_after", |annotation: String, indent: usize, prefix_width: usize| {
        code::annotation_after(indent, prefix_width, &annotation, 1)
    });
    env.add_function("py_value", |value: Value, indent: usize, start: usize, suffix: usize| -> Result<String, Error> {
        with_py(&value, |py| py.render_value(indent, start, suffix))
    });
    env.add_function("py_assert_eq", |lhs: String, rhs: Value, indent: usize| -> Result<String, Error> {
        with_py(&rhs, |py| code::assert_eq(&lhs, py, indent))
    });
    env.add_filter("py_noqa_long", |code: String, first: Option<Vec<String>>| {
        let first = first.unwrap_or_default();
        code::noqa(&code, &first.iter().map(String::as_str).collect::<Vec<_>>())
    });
    env.add_function("py_dict", |pairs: Vec<Vec<Value>>| -> Result<Value, Error> {
        let entries = pairs
            .iter()
            .map(|pair| match pair.as_slice() {
                [k, v] => Ok((k.to_string(), to_py(v)?)),
                _ => Err(invalid("py_dict takes [key, value] pairs".into())),
            })
            .collect::<Result<Vec<_>, Error>>()?;
        Ok(expr(Py::Dict(entries)))
    });
    env.add_function("py_stmt", |indent: usize, prefix: String, value: Value| -> Result<String, Error> {
        with_py(&value, |py| py.statement(indent, &prefix))
    });
    env.add_function("py_param", |p: Value, indent: Option<usize>| -> Result<String, Error> {
        let name = p.get_attr("name")?;
        let annotation = p.get_attr("annotation")?;
        let default = p.get_attr("default")?;
        let default = if is_absent(&default) { None } else { Some(default.to_string()) };
        Ok(code::param_line(
            indent.unwrap_or(8),
            name.as_str().unwrap_or_default(),
            &annotation.to_string(),
            default.as_deref(),
        ))
    });
    env.add_function("py_from_import", |module: String, names: Vec<String>, indent: usize| {
        code::from_import(&module, &names.into_iter().collect(), indent)
    });
    env.add_test("py_fits", |text: String| fits(&text));
}
