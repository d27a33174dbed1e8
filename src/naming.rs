//! Words → identifiers. The one place that knows case styles, reserved words of the three target
//! languages, and how two names that would collide are told apart.
//!
//! The IR stores snake_case names that are already unique within their namespace under
//! [`collision_key`] (so they stay distinct in every case style); targets only convert case and
//! escape their language's reserved words with the functions here.

use foldhash::{HashMap, HashSet};

use heck::{ToLowerCamelCase, ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};
use sha2::{Digest, Sha256};

/// Longest identifier we emit; longer ones are cut and given a stable hash suffix.
const MAX_IDENT_LEN: usize = 64;

/// Splits any text into lowercase ASCII words: `"HTTPServer v2 ünïcode"` → `http, server, v2, unicode`.
pub fn split_words(text: &str) -> Vec<String> {
    let ascii = deunicode::deunicode(text);
    let cleaned: String = ascii.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' }).collect();
    let mut words = Vec::new();
    for chunk in cleaned.split_whitespace() {
        let parts: Vec<String> =
            chunk.to_snake_case().split('_').filter(|w| !w.is_empty()).map(str::to_string).collect();
        // heck splits `OAuth` into `o`, `auth` and `ETag` into `e`, `tag`: a lone letter glued to the
        // next word in the source is one word (`oauth`, `etag`).
        let mut i = 0;
        while i < parts.len() {
            if parts[i].len() == 1 && parts[i].chars().all(|c| c.is_ascii_alphabetic()) && i + 1 < parts.len() {
                words.push(format!("{}{}", parts[i], parts[i + 1]));
                i += 2;
            } else {
                words.push(parts[i].clone());
                i += 1;
            }
        }
    }
    words
}

/// Calls `f(text)` through a per-thread cache: the same property and type names recur thousands
/// of times in large documents, and case conversion (deunicode + heck) is the costly part.
fn memoized(
    cache: &'static std::thread::LocalKey<std::cell::RefCell<HashMap<String, String>>>,
    text: &str,
    f: fn(&str) -> String,
) -> String {
    if let Some(hit) = cache.with(|c| c.borrow().get(text).cloned()) {
        return hit;
    }
    let value = f(text);
    cache.with(|c| c.borrow_mut().insert(text.to_string(), value.clone()));
    value
}

thread_local! {
    static SNAKE_CACHE: std::cell::RefCell<HashMap<String, String>> = Default::default();
    static PASCAL_CACHE: std::cell::RefCell<HashMap<String, String>> = Default::default();
}

/// snake_case identifier words for any text; never empty, never starts with a digit.
pub fn snake(text: &str) -> String {
    memoized(&SNAKE_CACHE, text, snake_uncached)
}

fn snake_uncached(text: &str) -> String {
    let words = split_words(text);
    let mut s = words.join("_");
    if s.is_empty() {
        s = fallback_word(text);
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s = format!("n{s}");
    }
    shorten(&s)
}

/// PascalCase for any text; never empty, never starts with a digit. Keeps the source's inner
/// capitals where heck does (`OAuth` stays `OAuth`, `MFA` becomes `Mfa`).
pub fn pascal(text: &str) -> String {
    memoized(&PASCAL_CACHE, text, pascal_uncached)
}

fn pascal_uncached(text: &str) -> String {
    let ascii = deunicode::deunicode(text);
    let cleaned: String = ascii.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' }).collect();
    let mut s = cleaned.to_upper_camel_case();
    if s.is_empty() {
        s = fallback_word(text).to_upper_camel_case();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s = format!("N{s}");
    }
    shorten_with(&s, "")
}

/// lowerCamelCase for any text.
pub fn camel(text: &str) -> String {
    snake(text).to_lower_camel_case()
}

/// SCREAMING_SNAKE_CASE for any text.
pub fn screaming(text: &str) -> String {
    snake(text).to_shouty_snake_case()
}

fn fallback_word(text: &str) -> String {
    // Names made only of symbols (`"+"`, `"-"`, emoji that deunicode drops) still need to be
    // distinct: spell their code points.
    let hex: Vec<String> = text.chars().take(8).map(|c| format!("{:x}", c as u32)).collect();
    if hex.is_empty() {
        "empty".to_string()
    } else {
        format!("x{}", hex.join("_"))
    }
}

fn shorten(s: &str) -> String {
    shorten_with(s, "_")
}

/// Cuts an over-long name and appends a hash of the whole, after `sep`: `_` in snake_case, nothing
/// in PascalCase (so the type name is one identifier that every language spells the same).
fn shorten_with(s: &str, sep: &str) -> String {
    if s.len() <= MAX_IDENT_LEN {
        return s.to_string();
    }
    let digest = Sha256::digest(s.as_bytes());
    let hash: String = digest.iter().take(4).map(|b| format!("{b:02x}")).collect();
    let mut cut = s[..MAX_IDENT_LEN - 9].trim_end_matches('_').to_string();
    cut.push_str(sep);
    cut.push_str(&hash);
    cut
}

/// Two names with the same key would collide in some case style.
pub fn collision_key(name: &str) -> String {
    name.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect()
}

/// Hands out names that are unique under [`collision_key`]; the first claimant keeps the plain
/// name, later ones get `_2`, `_3`... in claim order (deterministic because claims follow spec order).
#[derive(Debug, Default, Clone)]
pub struct NameSet {
    taken: HashSet<String>,
}

impl NameSet {
    pub fn new() -> Self {
        Self::default()
    }

    /// Marks names as used without claiming them (reserved words of the namespace).
    pub fn reserve<'a>(&mut self, names: impl IntoIterator<Item = &'a str>) {
        for n in names {
            self.taken.insert(collision_key(n));
        }
    }

    pub fn contains(&self, name: &str) -> bool {
        self.taken.contains(&collision_key(name))
    }

    /// Claims a snake_case name.
    pub fn claim_snake(&mut self, candidate: &str) -> String {
        self.claim_with(candidate, |base, n| format!("{base}_{n}"))
    }

    /// Claims a PascalCase name.
    pub fn claim_pascal(&mut self, candidate: &str) -> String {
        self.claim_with(candidate, |base, n| format!("{base}{n}"))
    }

    fn claim_with(&mut self, candidate: &str, suffix: impl Fn(&str, usize) -> String) -> String {
        if self.taken.insert(collision_key(candidate)) {
            return candidate.to_string();
        }
        let mut n = 2;
        loop {
            let next = suffix(candidate, n);
            if self.taken.insert(collision_key(&next)) {
                return next;
            }
            n += 1;
        }
    }
}

pub fn is_pascal_identifier(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_uppercase()) && s.chars().all(|c| c.is_ascii_alphanumeric())
}

/// English plural of the last word of a snake_case name: `quota_period` → `quota_periods`.
pub fn pluralize(word: &str) -> String {
    let lower = word.to_ascii_lowercase();
    if ["ss", "x", "ch", "sh", "us"].iter().any(|end| lower.ends_with(end)) {
        format!("{word}es")
    } else if lower.ends_with('s') {
        word.to_string()
    } else if lower.ends_with('y')
        && !lower.ends_with("ay")
        && !lower.ends_with("ey")
        && !lower.ends_with("oy")
        && !lower.ends_with("uy")
    {
        format!("{}ies", &word[..word.len() - 1])
    } else {
        format!("{word}s")
    }
}

/// English singular of the last word of a snake_case name: `policies` → `policy`, `tenants` → `tenant`.
pub fn singularize(word: &str) -> String {
    let lower = word.to_ascii_lowercase();
    if lower.ends_with("ies") && word.len() > 3 {
        format!("{}y", &word[..word.len() - 3])
    } else if (lower.ends_with("sses") || lower.ends_with("xes") || lower.ends_with("ches") || lower.ends_with("shes"))
        && word.len() > 4
    {
        word[..word.len() - 2].to_string()
    } else if lower.ends_with('s')
        && !lower.ends_with("ss")
        && !lower.ends_with("us")
        && !lower.ends_with("is")
        && word.len() > 1
    {
        word[..word.len() - 1].to_string()
    } else {
        word.to_string()
    }
}

/// Python keywords, soft keywords and builtins an identifier must not shadow.
pub const PYTHON_RESERVED: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "match", "case", "type", "self", "cls",
    "print", "id", "list", "dict", "set", "str", "int", "float", "bool", "bytes", "object", "format", "filter", "map",
    "hash", "input", "iter", "len", "max", "min", "next", "open", "range", "sum", "vars", "dir", "any", "all",
];

/// TypeScript/JavaScript reserved words (strict mode) that cannot name a variable or parameter.
pub const TYPESCRIPT_RESERVED: &[&str] = &[
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "enum",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "import",
    "in",
    "instanceof",
    "new",
    "null",
    "return",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "var",
    "void",
    "while",
    "with",
    "as",
    "implements",
    "interface",
    "let",
    "package",
    "private",
    "protected",
    "public",
    "static",
    "yield",
    "any",
    "boolean",
    "constructor",
    "declare",
    "get",
    "module",
    "require",
    "number",
    "set",
    "string",
    "symbol",
    "type",
    "from",
    "of",
    "arguments",
    "eval",
    "await",
    "async",
    "undefined",
    "unknown",
    "never",
    "object",
];

/// Rust keywords (all editions) and names that would shadow the prelude in generated code.
pub const RUST_RESERVED: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for", "if", "impl", "in",
    "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self", "Self", "static", "struct", "super",
    "trait", "true", "type", "unsafe", "use", "where", "while", "async", "await", "dyn", "abstract", "become", "box",
    "do", "final", "macro", "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen", "union", "core",
    "std",
];

/// Type names that would shadow a builtin or a standard type in at least one target language;
/// the IR gives schemas with these names a `Model` suffix so every language agrees.
pub const RESERVED_TYPE_NAMES: &[&str] = &[
    // Rust prelude and std
    "Option",
    "Result",
    "Some",
    "None",
    "Ok",
    "Err",
    "Vec",
    "String",
    "Box",
    "Self",
    "Default",
    "Clone",
    "Copy",
    "Send",
    "Sync",
    "Sized",
    "Drop",
    "Fn",
    "FnMut",
    "FnOnce",
    "Iterator",
    "IntoIterator",
    "ToString",
    "ToOwned",
    "From",
    "Into",
    "Eq",
    "PartialEq",
    "Ord",
    "PartialOrd",
    "Debug",
    "Hash",
    "Value",
    "Bytes",
    "Future",
    "Stream",
    // TypeScript / JavaScript globals
    "Record",
    "Promise",
    "Array",
    "Object",
    "Date",
    "Map",
    "Set",
    "Error",
    "Function",
    "Symbol",
    "Partial",
    "Required",
    "Readonly",
    "Pick",
    "Omit",
    "Exclude",
    "Extract",
    "Awaited",
    "Uint8Array",
    "Blob",
    "File",
    "FormData",
    "Response",
    "Request",
    "Headers",
    "URL",
    "AbortSignal",
    "Number",
    "Boolean",
    "BigInt",
    "JSON",
    "Math",
    // Python typing and builtins
    "Any",
    "Dict",
    "List",
    "Optional",
    "Union",
    "Literal",
    "TypedDict",
    "NotRequired",
    "TypeGuard",
    "Mapping",
    "Sequence",
    "Callable",
    "Type",
    "Tuple",
    "Final",
    "ClassVar",
    "Protocol",
    "Generic",
    "TypeVar",
    "Iterable",
    "AsyncIterator",
    "Exception",
    "BaseException",
    "Enum",
    // the runtimes' own names (Rust: the crate root's exports and the derives and maps the
    // generated modules import; TypeScript: the runtime's classes and types)
    "ApiRequest",
    "Call",
    "RawCall",
    "WithEtag",
    "Paginator",
    "Fields",
    "ResponseKind",
    "Method",
    "ErrorKind",
    "CoreBuilder",
    "Serialize",
    "Deserialize",
    "Deserializer",
    "BTreeMap",
    "Sleeper",
    "TokenRefresher",
    "WithRawResponse",
    "ServiceBase",
    "ApiErrorBase",
    "ErrorInit",
    "Page",
    "AsyncPage",
    "RequestOptions",
    "ApiResponse",
    "RawResponse",
    "Client",
    "Core",
    "Transport",
    "Types",
];

fn escape_reserved(ident: String, reserved: &[&str]) -> String {
    if reserved.contains(&ident.as_str()) {
        format!("{ident}_")
    } else {
        ident
    }
}

/// snake_case Python identifier (functions, parameters, modules, attributes).
pub fn python_ident(name: &str) -> String {
    escape_reserved(snake(name), PYTHON_RESERVED)
}

/// lowerCamel TypeScript identifier (variables, parameters, methods).
pub fn typescript_ident(name: &str) -> String {
    escape_reserved(camel(name), TYPESCRIPT_RESERVED)
}

/// snake_case Rust identifier (functions, fields, modules).
pub fn rust_ident(name: &str) -> String {
    escape_reserved(snake(name), RUST_RESERVED)
}

/// PascalCase type identifier, valid in all three languages.
pub fn type_ident(name: &str) -> String {
    let p = pascal(name);
    if RESERVED_TYPE_NAMES.contains(&p.as_str()) || RUST_RESERVED.contains(&p.as_str()) {
        format!("{p}Model")
    } else {
        p
    }
}

/// Is `s` usable as a bare TypeScript property key (otherwise quote it)?
pub fn is_ts_bare_key(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

/// Is `s` a valid Python identifier that is not a keyword (TypedDict keys must be, for the class syntax)?
pub fn is_python_plain_key(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !PYTHON_KEYWORDS.contains(&s)
}

/// Hard Python keywords (a TypedDict class body cannot use them as keys).
pub const PYTHON_KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_pascal_names_are_shortened_without_separator() {
        let long = "WebhookRegistryPackagePublishedRegistryPackagePackageVersionContainerMetadataLabels";
        let short = pascal(long);
        assert!(short.len() <= MAX_IDENT_LEN && is_pascal_identifier(&short), "{short}");
        assert!(snake(long).contains('_'));
        assert_eq!(short, pascal(long), "deterministic");
    }

    #[test]
    fn runtime_names_of_every_sdk_are_reserved_for_types() {
        for name in ["Call", "Paginator", "WithEtag", "Serialize", "BTreeMap", "Page", "ServiceBase"] {
            assert_eq!(type_ident(name), format!("{name}Model"));
        }
        let unique: HashSet<&str> = RESERVED_TYPE_NAMES.iter().copied().collect();
        assert_eq!(unique.len(), RESERVED_TYPE_NAMES.len(), "no name listed twice");
    }

    #[test]
    fn words_and_cases() {
        assert_eq!(split_words("HTTPServer v2 ünïcode"), ["http", "server", "v2", "unicode"]);
        assert_eq!(snake("tenantId"), "tenant_id");
        assert_eq!(pascal("MFA"), "Mfa");
        assert_eq!(pascal("OAuth"), "OAuth");
        assert_eq!(pascal("platform-jobs"), "PlatformJobs");
        assert_eq!(snake("2fa"), "n2fa");
        assert_eq!(snake("+"), "x2b");
        assert_eq!(screaming("quota_periods"), "QUOTA_PERIODS");
        assert_eq!(snake("OAuthProvider"), "oauth_provider");
        assert_eq!(snake("ETag"), "etag");
        assert_eq!(pascal("2fa"), "N2fa");
    }

    #[test]
    fn reserved_words_are_escaped() {
        assert_eq!(python_ident("type"), "type_");
        assert_eq!(python_ident("None"), "none");
        assert_eq!(typescript_ident("delete"), "delete_");
        assert_eq!(rust_ident("self"), "self_");
        assert_eq!(rust_ident("match"), "match_");
        assert_eq!(type_ident("Self"), "SelfModel");
        assert_eq!(type_ident("error"), "ErrorModel");
    }

    #[test]
    fn collisions_get_stable_suffixes() {
        let mut set = NameSet::new();
        assert_eq!(set.claim_snake("foo_bar"), "foo_bar");
        assert_eq!(set.claim_snake("foobar"), "foobar_2");
        assert_eq!(set.claim_snake("foo_bar"), "foo_bar_3");
    }

    #[test]
    fn long_names_are_cut_with_a_hash() {
        let long = "a".repeat(200);
        let s = snake(&long);
        assert!(s.len() <= MAX_IDENT_LEN);
        assert_eq!(s, snake(&long));
    }

    #[test]
    fn plural_and_singular() {
        assert_eq!(pluralize("quota_period"), "quota_periods");
        assert_eq!(pluralize("policy"), "policies");
        assert_eq!(pluralize("status"), "statuses");
        assert_eq!(singularize("tenants"), "tenant");
        assert_eq!(singularize("policies"), "policy");
        assert_eq!(singularize("status"), "status");
    }
}
