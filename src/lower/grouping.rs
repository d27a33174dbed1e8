//! Operations → services, and method names from the shape of a path. The rules are ordered tables,
//! read from the top; the first rule that applies decides.
//!
//! Which service an operation belongs to ([`SERVICE_RULES`]):
//! 1. a tagged operation goes to the service of its first tag, unless that tag is a catch-all (one
//!    tag on at least [`CATCH_ALL_SHARE`] of the operations, spread over at least
//!    [`CATCH_ALL_RESOURCES`] resources: it says nothing about grouping);
//! 2. in a document that has no tags (or a catch-all tag), an untagged or catch-all operation goes to
//!    the service of its path's resource: the first static segment after any version or API prefix
//!    ([`PREFIX_RULES`]; `/v1/customers/{customer}/sources` → `customers`), renamed by the
//!    `[services]` table of `sdkgen.toml` when it lists the resource;
//! 3. an untagged operation of a tagged document, or one whose path has no resource (`/`,
//!    `/{id}`), goes to the `default` service.
//!
//! Method names of path-grouped operations whose operationId only restates the method and the path
//! (`GetCustomersCustomerSources`, or no operationId at all) come from the path's shape
//! ([`shape_name`]): `list` / `create` on a collection, `retrieve` / `update` / `delete` on an item or a
//! singleton, the action's own name for `POST /customers/{customer}/verify`, followed by the nested
//! resources below the service's own (`create_source`). Other operationIds keep their words.

use std::collections::{HashMap, HashSet};

use indexmap::IndexMap;
use openapiv3::{OpenAPI, ReferenceOr};

use crate::ir::HttpMethod;
use crate::lower::operations;
use crate::naming;

/// Service of operations that no rule places elsewhere.
pub const DEFAULT_SERVICE: &str = "default";

/// A tag on at least this share of the operations is a catch-all...
pub const CATCH_ALL_SHARE: f64 = 0.8;
/// ...when its operations span at least this many path resources.
pub const CATCH_ALL_RESOURCES: usize = 3;

/// The rules that place an operation in a service, in the order they are tried (see the module doc).
pub const SERVICE_RULES: &[ServiceRule] = &[ServiceRule::Tag, ServiceRule::PathResource, ServiceRule::Default];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServiceRule {
    /// The first tag, unless it is the catch-all.
    Tag,
    /// The path's resource (renamed by `[services]` in `sdkgen.toml`), when the document has no tags
    /// or a catch-all tag and the operation has none or the catch-all.
    PathResource,
    /// `default`.
    Default,
}

/// A named test on one path segment.
pub type SegmentRule = (&'static str, fn(&str) -> bool);

/// Leading path segments that are not resources, skipped before the resource segment.
pub const PREFIX_RULES: &[SegmentRule] = &[
    ("version: v1, V2, v1beta2, v3.1", is_version),
    ("dated version: 2010-04-01", is_dated_version),
    ("numeric version: 1, 2.0", is_numeric_version),
    ("API root: api, rest", is_api_root),
];

fn is_version(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    let Some(rest) = lower.strip_prefix('v') else { return false };
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && {
        let tail = &rest[digits..];
        tail.is_empty()
            || ["alpha", "beta"].iter().any(|w| tail.trim_start_matches(['.', '_', '-']).starts_with(w))
            || tail.starts_with('.') && tail[1..].chars().all(|c| c.is_ascii_digit() || c == '.')
    }
}

fn is_dated_version(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10 && b.iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() })
}

fn is_numeric_version(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_digit() || c == '.') && s.starts_with(|c: char| c.is_ascii_digit())
}

fn is_api_root(s: &str) -> bool {
    ["api", "rest"].contains(&s.to_ascii_lowercase().as_str())
}

/// One path segment: static text (without a file extension: `Calls.json` → `Calls`) or a parameter.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Seg {
    Static(String),
    Param,
}

fn segments(path: &str) -> Vec<Seg> {
    path_part(path)
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| {
            if s.contains('{') {
                Seg::Param
            } else {
                let stem = match s.rsplit_once('.') {
                    Some((stem, ext))
                        if !stem.is_empty()
                            && (1..=5).contains(&ext.len())
                            && ext.chars().all(|c| c.is_ascii_lowercase()) =>
                    {
                        stem
                    }
                    _ => s,
                };
                Seg::Static(stem.to_string())
            }
        })
        .collect()
}

/// The path without a query or fragment some documents put in path keys
/// (`/#X-Amz-Target=Lambda.ListFunctions`, `/items?kind=a`): they name no resource.
fn path_part(path: &str) -> &str {
    path.split(['#', '?']).next().unwrap_or("")
}

/// Index of the resource segment: the first static segment that no prefix rule skips, when the
/// segments before it are static prefixes too.
fn resource_index(segs: &[Seg]) -> Option<usize> {
    for (i, s) in segs.iter().enumerate() {
        match s {
            Seg::Param => return None,
            Seg::Static(s) if PREFIX_RULES.iter().any(|(_, skip)| skip(s)) => continue,
            Seg::Static(s) if naming::split_words(s).is_empty() => return None,
            Seg::Static(_) => return Some(i),
        }
    }
    None
}

/// The resource of a path as written (`customers` for `/v1/customers/{id}`) and the path up to it.
pub fn resource(path: &str) -> Option<(String, String)> {
    let raw: Vec<&str> = path_part(path).split('/').filter(|s| !s.is_empty()).collect();
    let segs = segments(path);
    let i = resource_index(&segs)?;
    let Seg::Static(name) = &segs[i] else { return None };
    let prefix: String = raw[..i].iter().map(|s| format!("/{s}")).collect::<String>() + "/" + name;
    Some((name.clone(), prefix))
}

/// Where an operation goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Placement {
    /// The service of this tag.
    Tag(String),
    /// A service named after a path resource: its snake_case name and the path prefix it covers.
    Path { name: String, prefix: String },
}

/// What the grouping rules need to know about the whole document.
pub struct Grouping<'c> {
    /// Whether rule 2 applies at all: the document has no tags, or a catch-all tag.
    by_path: bool,
    catch_all: Option<String>,
    overrides: &'c IndexMap<String, String>,
    /// Path prefixes (in segment form) followed by a parameter somewhere: collections.
    collections: HashSet<Vec<Seg>>,
    /// Methods defined on each path.
    methods: HashMap<String, Vec<HttpMethod>>,
    /// Services that hold several path resources (by a `[services]` rename): their method names
    /// keep the resource's words.
    shared: HashSet<String>,
}

impl<'c> Grouping<'c> {
    pub fn new(doc: &OpenAPI, overrides: &'c IndexMap<String, String>) -> Self {
        let mut tag_counts: IndexMap<&str, (usize, HashSet<String>)> = IndexMap::new();
        let mut total = 0usize;
        let mut collections = HashSet::new();
        let mut methods: HashMap<String, Vec<HttpMethod>> = HashMap::new();
        for (path, item) in &doc.paths.paths {
            let ReferenceOr::Item(item) = item else { continue };
            let segs = segments(path);
            for i in 1..segs.len() {
                if segs[i] == Seg::Param && matches!(segs[i - 1], Seg::Static(_)) {
                    collections.insert(segs[..i].to_vec());
                }
            }
            let res = resource(path).map(|(r, _)| naming::snake(&r)).unwrap_or_default();
            for (m, op) in item.iter() {
                let Some(method) = operations::method_of(m) else { continue };
                methods.entry(path.clone()).or_default().push(method);
                total += 1;
                if let Some(tag) = op.tags.first() {
                    let e = tag_counts.entry(tag.as_str()).or_default();
                    e.0 += 1;
                    e.1.insert(res.clone());
                }
            }
        }
        let catch_all = tag_counts
            .iter()
            .find(|(_, (n, resources))| {
                total > 0 && (*n as f64) >= CATCH_ALL_SHARE * total as f64 && resources.len() >= CATCH_ALL_RESOURCES
            })
            .map(|(t, _)| t.to_string());
        let by_path = tag_counts.is_empty() || catch_all.is_some();
        let mut grouping = Grouping { by_path, catch_all, overrides, collections, methods, shared: HashSet::new() };
        let mut resources: HashMap<String, HashSet<String>> = HashMap::new();
        for (path, item) in &doc.paths.paths {
            let ReferenceOr::Item(item) = item else { continue };
            for (m, op) in item.iter() {
                if operations::method_of(m).is_none() {
                    continue;
                }
                if let (Placement::Path { name, .. }, Some((res, _))) =
                    (grouping.place(op.tags.first().map(String::as_str), path), resource(path))
                {
                    resources.entry(naming::collision_key(&name)).or_default().insert(naming::snake(&res));
                }
            }
        }
        grouping.shared = resources.into_iter().filter(|(_, r)| r.len() > 1).map(|(k, _)| k).collect();
        grouping
    }

    /// The catch-all tag, when the document has one.
    pub fn catch_all(&self) -> Option<&str> {
        self.catch_all.as_deref()
    }

    /// The service of an operation with this first tag on this path ([`SERVICE_RULES`]).
    pub fn place(&self, tag: Option<&str>, path: &str) -> Placement {
        let grouped_by_path = self.by_path && (tag.is_none() || tag == self.catch_all.as_deref());
        for rule in SERVICE_RULES {
            match rule {
                ServiceRule::Tag => {
                    if let Some(t) = tag.filter(|_| !grouped_by_path) {
                        return Placement::Tag(t.to_string());
                    }
                }
                ServiceRule::PathResource => {
                    if !grouped_by_path {
                        continue;
                    }
                    if let Some((res, prefix)) = resource(path) {
                        let name = self
                            .overrides
                            .get(&res)
                            .or_else(|| self.overrides.get(&naming::snake(&res)))
                            .map_or_else(|| naming::snake(&res), |n| naming::snake(n));
                        return Placement::Path { name, prefix };
                    }
                }
                ServiceRule::Default => return Placement::Tag(DEFAULT_SERVICE.to_string()),
            }
        }
        Placement::Tag(DEFAULT_SERVICE.to_string())
    }

    /// The method name of a path-grouped operation in service `service`: by the path's shape when the
    /// operationId only restates the method and path, else `None` (the operationId's words are kept).
    pub fn shape_method_name(&self, id: &str, method: HttpMethod, path: &str, service: &str) -> Option<String> {
        if !restates_method_and_path(id, method, path) {
            return None;
        }
        let alone = !self.shared.contains(&naming::collision_key(service));
        let on = self.methods.get(path).map_or(&[][..], Vec::as_slice);
        Some(shape_name(method, path, alone, &self.collections, on))
    }
}

/// True when the operationId's words are the HTTP method and words of the path, nothing else
/// (`GetAccountBankAccountsId` for `GET /v1/account/bank_accounts/{id}`).
pub fn restates_method_and_path(id: &str, method: HttpMethod, path: &str) -> bool {
    let verb = method.as_str().to_ascii_lowercase();
    let id_words = naming::split_words(id);
    let path_words: HashSet<String> = naming::split_words(path)
        .into_iter()
        .flat_map(|w| [naming::singularize(&w), naming::pluralize(&w), w])
        .collect();
    id_words.contains(&verb) && id_words.iter().all(|w| *w == verb || path_words.contains(w))
}

/// Verbs by shape: what the method does to a collection, or to an item or a singleton.
fn collection_verb(method: HttpMethod) -> String {
    match method {
        HttpMethod::Get => "list".into(),
        HttpMethod::Post => "create".into(),
        HttpMethod::Put | HttpMethod::Patch => "update".into(),
        HttpMethod::Delete => "delete".into(),
        other => other.as_str().to_ascii_lowercase(),
    }
}

fn item_verb(method: HttpMethod) -> String {
    match method {
        HttpMethod::Get => "retrieve".into(),
        HttpMethod::Post | HttpMethod::Put | HttpMethod::Patch => "update".into(),
        HttpMethod::Delete => "delete".into(),
        other => other.as_str().to_ascii_lowercase(),
    }
}

fn is_plural(word: &str) -> bool {
    naming::singularize(word) != word
}

/// The name of an operation by the shape of its path, relative to the service's resource:
///
/// | last segment | shape | name |
/// |---|---|---|
/// | `{param}` | item | `retrieve`, `update` (POST, PUT, PATCH), `delete` |
/// | static, followed by `{param}` in some path | collection | `list`, `create`, `update`, `delete` |
/// | other static, POST and no GET on the path | action | the segment: `verify` |
/// | other static, plural, GET | list | `list` |
/// | other static after static | operation | the segment: `search` |
/// | other static | singleton | `retrieve`, `update` (POST, PUT, PATCH), `delete` |
///
/// followed by the static segments between the service's resource and the last segment (singular,
/// the last one plural for `list`): `create_source`, `list_session_line_items`, `verify_source`;
/// in a service that holds several resources (`alone` false), from the resource on (`list_invoices`).
fn shape_name(
    method: HttpMethod,
    path: &str,
    alone: bool,
    collections: &HashSet<Vec<Seg>>,
    path_methods: &[HttpMethod],
) -> String {
    let segs = segments(path);
    let Some(start) = resource_index(&segs) else { return item_verb(method) };
    let word = |s: &Seg| if let Seg::Static(s) = s { naming::snake(s) } else { String::new() };
    // The resource itself is a noun when the service holds several (a `[services]` rename).
    let first = if alone { start + 1 } else { start };
    let last = segs.len() - 1;
    let mut nouns: Vec<String> = segs[first..].iter().filter(|s| matches!(s, Seg::Static(_))).map(&word).collect();
    let (verb, plural_last) = match &segs[last] {
        Seg::Param => (item_verb(method), false),
        Seg::Static(s) => {
            let after_param = last > 0 && segs[last - 1] == Seg::Param;
            let plural = is_plural(&naming::snake(s));
            if collections.contains(&segs[..=last]) {
                (collection_verb(method), method == HttpMethod::Get)
            } else if method == HttpMethod::Post && !path_methods.contains(&HttpMethod::Get) {
                nouns.pop();
                (naming::snake(s), false)
            } else if method == HttpMethod::Get && plural {
                ("list".into(), true)
            } else if !after_param && last > start {
                nouns.pop();
                (naming::snake(s), false)
            } else {
                (item_verb(method), false)
            }
        }
    };
    let n = nouns.len();
    let mut words = vec![verb];
    for (i, noun) in nouns.into_iter().enumerate() {
        words.push(if i + 1 == n && plural_last { noun } else { singular_words(&noun) });
    }
    naming::snake(&words.join("_"))
}

/// `balance_transactions` → `balance_transaction` (the last word singular).
fn singular_words(snake: &str) -> String {
    match snake.rsplit_once('_') {
        Some((head, last)) => format!("{head}_{}", naming::singularize(last)),
        None => naming::singularize(snake),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collections(paths: &[&str]) -> HashSet<Vec<Seg>> {
        let mut out = HashSet::new();
        for p in paths {
            let segs = segments(p);
            for i in 1..segs.len() {
                if segs[i] == Seg::Param && matches!(segs[i - 1], Seg::Static(_)) {
                    out.insert(segs[..i].to_vec());
                }
            }
        }
        out
    }

    #[test]
    fn resources_skip_version_and_api_prefixes() {
        for (path, res) in [
            ("/v1/customers/{customer}/sources", Some("customers")),
            ("/api/v2beta1/things", Some("things")),
            ("/2010-04-01/Accounts/{AccountSid}/Calls.json", Some("Accounts")),
            ("/1.0/pets", Some("pets")),
            ("/rest/V3/orders", Some("orders")),
            ("/version", Some("version")),
            ("/v1", None),
            ("/{id}", None),
            ("/#X-Amz-Target=AmazonSageMaker.CreateAction", None),
            ("/v1/jobs.json", Some("jobs")),
            ("/v1/accounts.CreateAction", Some("accounts.CreateAction")),
            ("/", None),
        ] {
            assert_eq!(resource(path).map(|(r, _)| r), res.map(str::to_string), "{path}");
        }
        assert_eq!(resource("/v1/customers/{id}").map(|(_, p)| p), Some("/v1/customers".to_string()));
    }

    #[test]
    fn mechanical_operation_ids_are_detected() {
        use HttpMethod::*;
        assert!(restates_method_and_path("GetAccountBankAccountsId", Get, "/v1/account/bank_accounts/{id}"));
        assert!(restates_method_and_path("PostCustomersCustomerSources", Post, "/v1/customers/{customer}/sources"));
        assert!(restates_method_and_path("get_api_tenants_tenant_id", Get, "/api/tenants/{tenantId}"));
        assert!(!restates_method_and_path("listPets", Get, "/pets"));
        assert!(!restates_method_and_path("getPetById", Get, "/pet/{petId}"));
        assert!(!restates_method_and_path("customers", Get, "/customers"));
    }

    #[test]
    fn names_follow_the_shape_of_the_path() {
        use HttpMethod::*;
        let paths = [
            "/v1/customers/{customer}",
            "/v1/customers/{customer}/sources/{id}",
            "/v1/checkout/sessions/{session}",
            "/v1/customers/{customer}/balance_transactions/{transaction}",
        ];
        let c = collections(&paths);
        let name = |m, p: &str, svc: &str, on: &[HttpMethod]| shape_name(m, p, svc != "billing", &c, on);
        assert_eq!(name(Get, "/v1/customers", "customers", &[Get, Post]), "list");
        assert_eq!(name(Post, "/v1/customers", "customers", &[Get, Post]), "create");
        assert_eq!(name(Get, "/v1/customers/{customer}", "customers", &[]), "retrieve");
        assert_eq!(name(Post, "/v1/customers/{customer}", "customers", &[]), "update");
        assert_eq!(name(Delete, "/v1/customers/{customer}", "customers", &[]), "delete");
        assert_eq!(name(Post, "/v1/customers/{customer}/verify", "customers", &[Post]), "verify");
        assert_eq!(name(Get, "/v1/customers/search", "customers", &[Get]), "search");
        assert_eq!(name(Post, "/v1/customers/{customer}/sources", "customers", &[Get, Post]), "create_source");
        assert_eq!(name(Get, "/v1/customers/{customer}/sources", "customers", &[Get, Post]), "list_sources");
        assert_eq!(name(Post, "/v1/customers/{customer}/sources/{id}/verify", "customers", &[Post]), "verify_source");
        assert_eq!(
            name(Get, "/v1/customers/{customer}/balance_transactions/{transaction}", "customers", &[Get]),
            "retrieve_balance_transaction"
        );
        assert_eq!(name(Get, "/v1/customers/{customer}/discount", "customers", &[Get, Delete]), "retrieve_discount");
        assert_eq!(name(Delete, "/v1/customers/{customer}/discount", "customers", &[Get, Delete]), "delete_discount");
        assert_eq!(
            name(Get, "/v1/checkout/sessions/{session}/line_items", "checkout", &[Get]),
            "list_session_line_items"
        );
        assert_eq!(name(Get, "/v1/checkout/sessions", "checkout", &[Get]), "list_sessions");
        assert_eq!(name(Get, "/v1/balance", "balance", &[Get]), "retrieve");
        assert_eq!(name(Post, "/v1/account", "account", &[Get, Post]), "update");
        assert_eq!(name(Post, "/login", "login", &[Post]), "login");
        assert_eq!(name(Get, "/v1/reporting/report_runs", "reporting", &[Get]), "list_report_runs");
        assert_eq!(name(Get, "/v1/invoices", "billing", &[Get]), "list_invoices");
        assert_eq!(name(Get, "/v1/invoices/{invoice}", "billing", &[Get]), "retrieve_invoice");
    }
}
