//! The rule table of `sdkgen diff`: every kind of API change the IR can tell apart, in the order
//! changes are listed, with a stable id and its impact on each generated SDK.
//!
//! The impacts describe the SDKs as sdkgen generates them today (read from `generated/`):
//! - **Rust**: required inputs are positional arguments; optional inputs live in a
//!   `#[non_exhaustive]` `<Service><Method>Params` struct with setters (the argument exists only
//!   when the operation has optional inputs). Models are structs with public fields; a field that
//!   is not required is `Option<T>`. A struct that no operation sends is `#[non_exhaustive]`
//!   (callers read it and build one by deserializing, so a new field is compatible); a struct
//!   that operations send stays exhaustive (callers build it with a struct literal, which must
//!   name every field). Enums and unions are `#[non_exhaustive]` enums with an `Unknown` variant
//!   (a `match` needs a wildcard arm, so a new variant is compatible). `ErrorKind` is
//!   `#[non_exhaustive]` and each variant's discriminant is fixed by its name (a new class shifts
//!   no other). Deprecated operations (service and scope methods), optional inputs (params
//!   fields and setters) and properties (model fields) carry `#[deprecated(note = "..")]`, a
//!   warning for callers, not an error.
//! - **Python**: required inputs are positional-or-keyword parameters in IR order, optional ones
//!   keyword-only with a `None` default. Models are `TypedDict`s (optional fields `NotRequired`),
//!   enums closed `Literal[...]` aliases, unions `Union[...]` aliases. Types only guide the type
//!   checker; nothing is checked at run time. Enums stay closed on purpose: one alias serves inputs
//!   and responses, and an open `Literal[...] | str` would hide removed values and input typos from
//!   the type checker. Deprecated operations carry `@typing_extensions.deprecated` (a type-checker
//!   finding and a run-time `DeprecationWarning`, not a break); deprecated inputs and fields are
//!   documented only. A large API's services are imported from their modules (`Layout`).
//! - **TypeScript**: no inputs: `(options?)`; one required input (a path parameter, or with at most
//!   one other input): `(value, params?, options?)`; otherwise `(params, options?)` with a
//!   `<Service><Method>Params` interface (`= {}` when every input is optional). Models are
//!   interfaces (optional fields `?:`). An enum that responses carry is an open literal union
//!   (`'a' | 'b' | (string & {})`: editors complete the known values, any other value type-checks,
//!   so old code already handles a value added later); an enum only sent stays closed. Unions are
//!   closed type unions (an open variant would defeat narrowing on a discriminator). Deprecated
//!   operations, parameters (members of the params interface) and properties carry `@deprecated`.
//!
//! "breaking" means code that compiled (type-checked, for Python) against the old SDK may not
//! against the new one; "compatible" is new surface (a minor release); "none" changes no code a
//! caller writes (a patch release). `call-shape-changed` is judged per language from the call
//! shapes above; type changes are judged on each language's spelling of the type (an `int32`
//! that becomes `int64` changes Rust's `i32`, not Python's `int` nor TypeScript's `number`), and
//! a language whose spelling did not change gets `none`.

use serde::Serialize;

/// What a change does to one SDK.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Impact {
    /// No code a caller writes changes: a patch release.
    None,
    /// New surface, old code still compiles: a minor release.
    Compatible,
    /// Old code may stop compiling (or type-checking): a major release.
    Breaking,
}

impl Impact {
    pub fn as_str(self) -> &'static str {
        match self {
            Impact::None => "none",
            Impact::Compatible => "compatible",
            Impact::Breaking => "breaking",
        }
    }
}

/// Where a change goes in a changelog when it is not breaking for that language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Added,
    Removed,
    Changed,
    Deprecated,
    Docs,
}

/// One rule: a kind of change and its impact per language.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Rule {
    /// Stable id, used in output and `--format json`.
    pub id: &'static str,
    pub kind: Kind,
    pub python: Impact,
    pub typescript: Impact,
    pub rust: Impact,
    /// When the rule fires.
    pub when: &'static str,
    /// Why the impacts are what they are.
    pub why: &'static str,
}

use Impact::{Breaking as B, Compatible as C, None as N};

const fn rule(
    id: &'static str,
    kind: Kind,
    [python, typescript, rust]: [Impact; 3],
    when: &'static str,
    why: &'static str,
) -> Rule {
    Rule { id, kind, python, typescript, rust, when, why }
}

/// Every rule, in the order changes are reported. Ids never change meaning; new rules are added.
pub const RULES: &[Rule] = &[
    rule("operation-removed", Kind::Removed, [B, B, B], "an operation is gone", "its method is gone"),
    rule(
        "operation-renamed",
        Kind::Changed,
        [B, B, B],
        "the same method and path get another method name or service (operationId or tag changed)",
        "callers use the old name; judged per language on the spelled name",
    ),
    rule(
        "call-shape-changed",
        Kind::Changed,
        [B, B, B],
        "the positional parameters of a method, or whether it takes a params struct/object, change",
        "positional calls no longer match (Rust gains a `params` argument with its first optional \
         input; TypeScript moves between `(value)`, `(value, params)` and `(params)`)",
    ),
    rule("required-input-added", Kind::Changed, [B, B, B], "a new required parameter, body field or field of a request type", "every caller must pass it"),
    rule("input-removed", Kind::Removed, [B, B, B], "a parameter, body field or field of a request type is gone", "callers passing it fail"),
    rule("input-type-changed", Kind::Changed, [B, B, B], "an input's type changes", "values of the old type no longer fit"),
    rule("input-became-required", Kind::Changed, [B, B, B], "an optional input becomes required", "callers that left it out fail"),
    rule(
        "input-became-optional",
        Kind::Changed,
        [B, C, B],
        "a required parameter or body field becomes optional",
        "Python: a positional parameter becomes keyword-only; Rust: a positional argument moves into the params struct; \
         TypeScript: the property gains `?`",
    ),
    rule(
        "input-field-became-optional",
        Kind::Changed,
        [C, C, B],
        "a required field of a request type becomes optional",
        "Rust: the struct field becomes `Option<T>`; Python and TypeScript accept both",
    ),
    rule(
        "input-became-nullable",
        Kind::Changed,
        [C, C, B],
        "an input or a field of a request type accepts null",
        "Rust: `T` becomes `Option<T>`; Python and TypeScript widen the type",
    ),
    rule("response-type-changed", Kind::Changed, [B, B, B], "what an operation returns changes type", "code using the result sees another type"),
    rule("response-field-removed", Kind::Removed, [B, B, B], "a field of a response type is gone", "code reading it fails"),
    rule("response-field-type-changed", Kind::Changed, [B, B, B], "a field of a response type changes type", "code reading it sees another type"),
    rule(
        "response-field-became-nullable",
        Kind::Changed,
        [C, B, B],
        "a field of a response type may be null",
        "TypeScript: `null` in the type fails strict reads; Rust: `Option<T>`; Python: `None` in the type only asks a type checker for a None check, code keeps running",
    ),
    rule(
        "response-field-became-optional",
        Kind::Changed,
        [C, B, B],
        "a required field of a response type becomes optional",
        "TypeScript: `x?: T` fails strict reads; Rust: `Option<T>`; Python: `NotRequired`, reads keep working",
    ),
    rule(
        "response-field-narrowed",
        Kind::Changed,
        [C, C, B],
        "a field of a response type becomes required or non-nullable",
        "Rust: `Option<T>` becomes `T`; Python and TypeScript readers see a narrower type",
    ),
    rule("enum-value-removed", Kind::Removed, [B, B, B], "an enum loses a value", "code naming the value fails"),
    rule(
        "enum-value-added",
        Kind::Added,
        [B, C, C],
        "an enum that responses carry gains a value",
        "Python `Literal`s are closed, so exhaustive `match`/`assert_never` checks fail; TypeScript: the enum is open \
         (its union ends with `(string & {})`), so code already handles other values; Rust: the enum is \
         `#[non_exhaustive]`, so every `match` already has a wildcard arm",
    ),
    rule(
        "input-enum-value-added",
        Kind::Added,
        [C, C, C],
        "an enum used only in inputs gains a value",
        "callers may send more values (Rust: a variant of a `#[non_exhaustive]` enum)",
    ),
    rule("union-variant-removed", Kind::Removed, [B, B, B], "a union loses a variant", "code naming the variant fails"),
    rule(
        "union-variant-added",
        Kind::Added,
        [B, B, C],
        "a union that responses carry gains a variant",
        "Python and TypeScript: exhaustive narrowing fails (TypeScript keeps unions closed: an open variant would \
         defeat narrowing on the discriminator); Rust: the enum is `#[non_exhaustive]`, so every `match` already has \
         a wildcard arm",
    ),
    rule(
        "input-union-variant-added",
        Kind::Added,
        [C, C, C],
        "a union used only in inputs gains a variant",
        "callers may send more shapes (Rust: a variant of a `#[non_exhaustive]` enum)",
    ),
    rule("type-changed", Kind::Changed, [B, B, B], "a named type changes kind (object, enum, union, alias) or an alias its target", "code using the type sees another one"),
    rule(
        "response-field-added",
        Kind::Added,
        [C, C, C],
        "a response type gains a field",
        "callers read it: Python `TypedDict`s and TypeScript interfaces gain a key, Rust's `#[non_exhaustive]` \
         struct a field (a type that requests also use is an exhaustive Rust struct: `optional-input-field-added` \
         or `required-input-added` fires for it too)",
    ),
    rule(
        "optional-input-field-added",
        Kind::Added,
        [C, C, B],
        "a request type gains an optional field",
        "Rust: callers build request types with struct literals (they stay exhaustive), which must name the new \
         field; Python and TypeScript: an optional key",
    ),
    rule("error-code-removed", Kind::Removed, [B, B, B], "the API's error model loses a code", "its error class or variant is gone"),
    rule("operation-added", Kind::Added, [C, C, C], "a new operation", "a new method"),
    rule(
        "optional-input-added",
        Kind::Added,
        [C, C, C],
        "a new optional parameter or body field",
        "Python: a keyword argument with a default; TypeScript: an optional property; Rust: a field and setter of the \
         `#[non_exhaustive]` params struct (when the method had none, `call-shape-changed` says so too)",
    ),
    rule(
        "security-scheme-removed",
        Kind::Changed,
        [C, C, C],
        "a security scheme is gone (or changes kind)",
        "the clients' credential settings are generic (bearer token, API key, Basic), so no code breaks, but calls \
         stop sending that credential: callers may need to configure another",
    ),
    rule(
        "security-scheme-added",
        Kind::Added,
        [C, C, C],
        "a new security scheme",
        "operations may accept another credential (the clients' credential settings are generic)",
    ),
    rule(
        "error-code-added",
        Kind::Added,
        [C, C, C],
        "the API's error model gains a code",
        "a new error class to catch; Rust: a variant of the `#[non_exhaustive]` error-code enum and of \
         `ErrorKind` (whose discriminants are fixed per name, so no other shifts)",
    ),
    rule(
        "security-changed",
        Kind::Changed,
        [C, C, C],
        "the security requirements of an operation change",
        "signatures stay; the client may need another credential configured",
    ),
    rule(
        "deprecated",
        Kind::Deprecated,
        [C, C, C],
        "an operation, input or field becomes deprecated",
        "still there, marked for removal: a type-checker or compiler warning where the language has a marker \
         (`@typing_extensions.deprecated` on Python methods, `@deprecated` in TypeScript, `#[deprecated]` in Rust)",
    ),
    rule("error-response-added", Kind::Changed, [N, N, N], "an operation documents a new error status", "raised as the error class of its status"),
    rule("error-response-removed", Kind::Changed, [N, N, N], "an operation no longer documents an error status", "the error classes stay"),
    rule("operation-path-changed", Kind::Changed, [N, N, N], "an operation (same operationId) moves to another method or path", "the method stays; it calls the new URL"),
    rule("operation-id-changed", Kind::Changed, [N, N, N], "the operationId changes but no method name does", "no name a caller uses changes"),
    rule("undeprecated", Kind::Changed, [N, N, N], "an operation, input or field is no longer deprecated", "no code changes"),
    rule("default-changed", Kind::Changed, [N, N, N], "an input's default value changes", "calls that leave it out send another value"),
    rule("docs-changed", Kind::Docs, [N, N, N], "a summary, description or doc comment changes", "documentation only"),
];

/// The rule with this id.
pub fn rule_by_id(id: &str) -> &'static Rule {
    RULES.iter().find(|r| r.id == id).unwrap_or_else(|| panic!("unknown diff rule `{id}`"))
}

/// Position of a rule in [`RULES`] (the report order).
pub fn rank(id: &str) -> usize {
    RULES.iter().position(|r| r.id == id).unwrap_or(usize::MAX)
}

impl Rule {
    pub fn impact(&self, lang: crate::diff::Lang) -> Impact {
        match lang {
            crate::diff::Lang::Python => self.python,
            crate::diff::Lang::Typescript => self.typescript,
            crate::diff::Lang::Rust => self.rust,
        }
    }
}

/// The table as Markdown (README's rule table is checked against it by a test).
pub fn markdown_table() -> String {
    let mut s =
        String::from("| rule id | Python | TypeScript | Rust | when | why |\n| --- | --- | --- | --- | --- | --- |\n");
    for r in RULES {
        s.push_str(&format!(
            "| `{}` | {} | {} | {} | {} | {} |\n",
            r.id,
            r.python.as_str(),
            r.typescript.as_str(),
            r.rust.as_str(),
            r.when,
            r.why
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_kebab_case() {
        let mut seen = std::collections::BTreeSet::new();
        for r in RULES {
            assert!(seen.insert(r.id), "duplicate rule id {}", r.id);
            assert!(r.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'), "{}", r.id);
        }
    }
}
