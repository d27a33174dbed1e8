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
//! 3. in such a document, an operation whose path names no resource but an action in its fragment
//!    or query ([`ACTION_KEYS`]: `/#Action=DescribeInstances`, `/#X-Amz-Target=SageMaker.CreateModel`,
//!    the query protocols of AWS and others) goes to the service of the action's resource
//!    ([`action_places`]): the words after the verb, or after a preposition
//!    (`AddUserToGroup` → `groups`), cut to the shortest prefix that is itself some action's whole
//!    resource (`CreateTransitGatewayRoute` → `transit_gateways` when `CreateTransitGateway` exists);
//! 4. an untagged operation of a tagged document, or one whose path names neither a resource nor
//!    an action (`/`, `/{id}`), goes to the `default` service.
//!
//! Method names of path-grouped operations whose operationId only restates the method and the path
//! (`GetCustomersCustomerSources`, or no operationId at all) come from the path's shape
//! ([`shape_name`]): `list` / `create` on a collection, `retrieve` / `update` / `delete` on an item or a
//! singleton, the action's own name for `POST /customers/{customer}/verify`, followed by the nested
//! resources below the service's own (`create_source`). Other operationIds keep their words.
//! Operations placed by their action whose operationId only restates the action (`GET_CreateVpc`,
//! `CreateVpc`) are named by the verb and the words the service does not already say:
//! `VpcsService.create`, `TransitGatewaysService.create_route`, `GroupsService.add_user`; where the
//! same action is offered by several HTTP methods (AWS offers GET and POST), POST keeps the name and
//! the others add `_via_<method>`.

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
pub const SERVICE_RULES: &[ServiceRule] =
    &[ServiceRule::Tag, ServiceRule::PathResource, ServiceRule::ActionResource, ServiceRule::Default];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServiceRule {
    /// The first tag, unless it is the catch-all.
    Tag,
    /// The path's resource (renamed by `[services]` in `sdkgen.toml`), when the document has no tags
    /// or a catch-all tag and the operation has none or the catch-all.
    PathResource,
    /// The resource of the action the path's fragment or query names, under the same conditions.
    ActionResource,
    /// `default`.
    Default,
}

/// Fragment or query keys whose value names the operation (the rest of the path names no resource).
/// A dotted value keeps its last part: `SageMaker.CreateModel` → `CreateModel`.
pub const ACTION_KEYS: &[&str] = &["Action", "X-Amz-Target"];

/// Leading words of an action that belong to its verb: `BatchCreatePartition` → `batch_create`.
pub const VERB_PREFIXES: &[&str] = &["batch"];

/// Words between an action's object and the resource it acts on: `AddUserToGroup` is `add_user` on
/// a group, `ListTagsForResource` is `list_tags` on a resource.
pub const ACTION_PREPOSITIONS: &[&str] = &["to", "from", "for", "in", "on", "with"];

/// Nouns that a service named after an action's resource keeps singular (`GetPasswordData` →
/// `password_data`, `EnableSerialConsoleAccess` → `serial_console_access`).
pub const UNCOUNTABLE: &[&str] =
    &["access", "data", "default", "egress", "information", "ingress", "metadata", "software", "status"];

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
    /// A service named after an action's resource: its snake_case name (plural) and the resource's
    /// words (`transit gateways`).
    Action { name: String, resource: String },
    /// The default service.
    Default,
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
    /// Paths that name an action ([`ACTION_KEYS`]), with where the action goes.
    actions: HashMap<String, ActionPlace>,
}

/// An action's resource and the words of its method name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionPlace {
    /// The action as written (`CreateTransitGatewayRoute`).
    pub action: String,
    /// The resource's words, last one singular: `["transit", "gateway"]`.
    pub resource: Vec<String>,
    /// The service's words: the resource as some action writes it in the plural
    /// (`DescribeTransitGateways`), else made plural unless [`UNCOUNTABLE`] (`password data`).
    pub service: Vec<String>,
    /// The method's words: the verb, then what the resource does not already say: `["create", "route"]`.
    pub method: Vec<String>,
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
        let actions = if by_path { action_places(doc.paths.paths.keys()) } else { HashMap::new() };
        let mut grouping =
            Grouping { by_path, catch_all, overrides, collections, methods, shared: HashSet::new(), actions };
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
                ServiceRule::ActionResource => {
                    if !grouped_by_path {
                        continue;
                    }
                    if let Some(place) = self.actions.get(path) {
                        let service = place.service.join("_");
                        let name = self
                            .overrides
                            .get(&service)
                            .or_else(|| self.overrides.get(&place.resource.join("_")))
                            .map_or_else(|| service.clone(), |n| naming::snake(n));
                        return Placement::Action { name, resource: place.service.join(" ") };
                    }
                }
                ServiceRule::Default => return Placement::Default,
            }
        }
        Placement::Default
    }

    /// The method name of an operation placed by its action: by the action's words when the
    /// operationId only restates the action (with or without the HTTP method), else `None`.
    pub fn action_method_name(&self, id: &str, method: HttpMethod, path: &str) -> Option<String> {
        let place = self.actions.get(path)?;
        let verb = method.as_str().to_ascii_lowercase();
        let mut id_words = naming::split_words(id);
        if id_words.first() == Some(&verb) && id_words.len() > 1 {
            id_words.remove(0);
        }
        if id_words != naming::split_words(&place.action) {
            return None;
        }
        let mut words = place.method.clone();
        let on = self.methods.get(path).map_or(&[][..], Vec::as_slice);
        let preferred = if on.contains(&HttpMethod::Post) { Some(HttpMethod::Post) } else { on.first().copied() };
        if preferred.is_some_and(|p| p != method) {
            words.extend(["via".to_string(), verb]);
        }
        Some(words.join("_"))
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

/// The action a path names in its fragment or query (`/#Action=CreateVpc` → `CreateVpc`), when the
/// path itself names no resource.
pub fn action(path: &str) -> Option<&str> {
    if resource(path).is_some() {
        return None;
    }
    let rest = &path[path_part(path).len()..];
    let pairs = rest.get(1..)?.split(['&', '#', '?']);
    pairs.filter_map(|pair| pair.split_once('=')).find_map(|(key, value)| {
        ACTION_KEYS.iter().any(|k| k.eq_ignore_ascii_case(key)).then(|| value.rsplit('.').next().unwrap_or(value))
    })
}

/// The words of an action: `AddUserToGroup` → verb `add`, object `user`, preposition `to`,
/// resource `group`; `CreateTransitGateway` → verb `create`, resource `transit gateway`.
struct ActionWords {
    verb: Vec<String>,
    object: Vec<String>,
    preposition: Option<String>,
    resource: Vec<String>,
}

/// An action's words; `None` when nothing follows the verb (`Search`).
fn action_words(action: &str) -> Option<ActionWords> {
    let words = naming::split_words(action);
    let verb_len = if words.len() > 2 && VERB_PREFIXES.contains(&words[0].as_str()) { 2 } else { 1 };
    if words.len() <= verb_len {
        return None;
    }
    let (verb, rest) = words.split_at(verb_len);
    let cut = (0..rest.len().saturating_sub(1)).find(|&i| ACTION_PREPOSITIONS.contains(&rest[i].as_str()));
    let verb = verb.to_vec();
    Some(match cut {
        Some(i) => ActionWords {
            verb,
            object: rest[..i].to_vec(),
            preposition: Some(rest[i].clone()),
            resource: rest[i + 1..].to_vec(),
        },
        None => ActionWords { verb, object: Vec::new(), preposition: None, resource: rest.to_vec() },
    })
}

/// Resource words with the last one plural, unless it is [`UNCOUNTABLE`].
fn plural_last(words: &[String]) -> Vec<String> {
    let mut out = words.to_vec();
    // A last word ending in a single `s` is plural already, or a noun like `gpus` best left alone.
    let keep = |w: &String| {
        UNCOUNTABLE.contains(&w.as_str())
            || (w.ends_with('s') && !w.ends_with("ss"))
            || w.ends_with(|c: char| c.is_ascii_digit())
    };
    if let Some(last) = out.last_mut().filter(|w| !keep(w)) {
        *last = naming::pluralize(last);
    }
    out
}

/// Resource words with the last one singular (`transit gateways` → `transit gateway`).
fn singular_last(words: &[String]) -> Vec<String> {
    let mut out = words.to_vec();
    if let Some(last) = out.last_mut() {
        *last = naming::singularize(last);
    }
    out
}

/// Where each action-naming path goes: the resource is the shortest leading run of the action's
/// resource words that is some action's whole resource (`transit gateway` for
/// `CreateTransitGatewayRoute` when `CreateTransitGateway` exists), so related actions share a
/// service; the method keeps the verb, the object, and the resource words below the service's.
fn action_places<'a>(paths: impl Iterator<Item = &'a String>) -> HashMap<String, ActionPlace> {
    let parsed: Vec<(&String, &str, _)> = paths
        .filter_map(|p| action(p).map(|a| (p, a)))
        .filter_map(|(p, a)| action_words(a).map(|w| (p, a, w)))
        .collect();
    // Each whole resource (last word singular), with the plural some action writes, if any.
    let mut whole: HashMap<Vec<String>, Option<Vec<String>>> = HashMap::new();
    for (_, _, words) in &parsed {
        let res = &words.resource;
        let singular = singular_last(res);
        let plural = (singular != *res).then(|| res.clone());
        let seen = whole.entry(singular).or_default();
        if seen.is_none() {
            *seen = plural;
        }
    }
    let mut places = HashMap::new();
    for (path, action, ActionWords { verb, object, preposition, resource: res }) in parsed {
        let cut = (1..=res.len()).find(|&i| whole.contains_key(&singular_last(&res[..i]))).unwrap_or(res.len());
        let resource = singular_last(&res[..cut]);
        let service = whole.get(&resource).cloned().flatten().unwrap_or_else(|| plural_last(&resource));
        let below = &res[cut..];
        let mut method = verb;
        method.extend(object);
        if !below.is_empty() {
            method.extend(preposition);
            method.extend(below.iter().cloned());
        }
        places.insert(path.clone(), ActionPlace { action: action.to_string(), resource, service, method });
    }
    places
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
    singular_last(&snake.split('_').map(str::to_string).collect::<Vec<_>>()).join("_")
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
    fn actions_are_read_from_fragments_and_queries() {
        assert_eq!(action("/#Action=DescribeInstances"), Some("DescribeInstances"));
        assert_eq!(action("/#X-Amz-Target=SageMaker.CreateModel"), Some("CreateModel"));
        assert_eq!(action("/?Version=2010-05-08&Action=CreateUser"), Some("CreateUser"));
        assert_eq!(action("/#x-amz-target=Lightsail_20161128.AttachDisk"), Some("AttachDisk"));
        assert_eq!(action("/v1/customers#Action=CreateUser"), None, "the path names a resource");
        assert_eq!(action("/#tagKeys=x"), None);
        assert_eq!(action("/"), None);
    }

    #[test]
    fn actions_go_to_the_shortest_resource_that_some_action_names_whole() {
        let paths: Vec<String> = [
            "CreateTransitGateway",
            "DescribeTransitGateways",
            "CreateTransitGatewayRouteTable",
            "AddUserToGroup",
            "RemoveFromGlobalCluster",
            "GetPasswordData",
            "BatchDeletePartition",
            "DescribeElasticGpus",
            "RestoreFromS3",
            "Search",
        ]
        .iter()
        .map(|a| format!("/#Action={a}"))
        .collect();
        let places = action_places(paths.iter());
        let place = |a: &str| {
            let p = &places[&format!("/#Action={a}")];
            (p.service.join("_"), p.method.join("_"))
        };
        let pair = |s: &str, m: &str| (s.to_string(), m.to_string());
        assert_eq!(place("CreateTransitGateway"), pair("transit_gateways", "create"));
        assert_eq!(place("DescribeTransitGateways"), pair("transit_gateways", "describe"));
        assert_eq!(place("CreateTransitGatewayRouteTable"), pair("transit_gateways", "create_route_table"));
        assert_eq!(place("AddUserToGroup"), pair("groups", "add_user"));
        assert_eq!(place("RemoveFromGlobalCluster"), pair("global_clusters", "remove"));
        assert_eq!(place("GetPasswordData"), pair("password_data", "get"));
        assert_eq!(place("BatchDeletePartition"), pair("partitions", "batch_delete"));
        assert_eq!(place("DescribeElasticGpus"), pair("elastic_gpus", "describe"));
        assert_eq!(place("RestoreFromS3"), pair("s3", "restore"));
        assert!(!places.contains_key("/#Action=Search"), "no resource: the default service");
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
