//! Runs the shared behaviour matrix (tests/sdk/behaviours.json) against the Rust core.
//!
//! `scripts/test-rust` copies this file into the tests of a build copy of the generated crate
//! and points `SDK_BEHAVIOURS` at the matrix. Each case gets its own local HTTP server (plain
//! std threads, one per connection) that plays the scripted responses and records requests.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use gatekeeper_sdk::{
    ApiRequest, ErrorKind, GatekeeperCore, GatekeeperError, Method, RequestOptions,
};
use serde_json::Value;

#[derive(Debug, Clone)]
struct Recorded {
    path: String,
    query: Vec<(String, String)>,
    headers: BTreeMap<String, String>,
    body: Vec<u8>,
}

struct ScriptServer {
    url: String,
    state: Arc<ServerState>,
}

struct ServerState {
    responses: Vec<Value>,
    requests: Mutex<Vec<Recorded>>,
    next: AtomicUsize,
    stop: AtomicBool,
}

impl ScriptServer {
    fn start(responses: Vec<Value>) -> ScriptServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a local port");
        let url = format!("http://{}", listener.local_addr().expect("local address"));
        let state = Arc::new(ServerState {
            responses,
            requests: Mutex::new(Vec::new()),
            next: AtomicUsize::new(0),
            stop: AtomicBool::new(false),
        });
        let shared = Arc::clone(&state);
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                if shared.stop.load(Ordering::SeqCst) {
                    break;
                }
                if let Ok(stream) = stream {
                    let state = Arc::clone(&shared);
                    std::thread::spawn(move || handle(stream, &state));
                }
            }
        });
        ScriptServer { url, state }
    }

    fn requests(&self) -> Vec<Recorded> {
        self.state.requests.lock().unwrap().clone()
    }
}

impl Drop for ScriptServer {
    fn drop(&mut self) {
        self.state.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.url.trim_start_matches("http://"));
    }
}

fn handle(stream: TcpStream, state: &ServerState) {
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    if reader.read_line(&mut line).unwrap_or(0) == 0 {
        return;
    }
    let target = line.split_whitespace().nth(1).unwrap_or("/").to_string();
    let mut headers = BTreeMap::new();
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).unwrap_or(0) == 0 || header.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = header.trim_end().split_once(':') {
            let name = name.trim().to_ascii_lowercase();
            let value = value.trim().to_string();
            headers
                .entry(name)
                .and_modify(|old: &mut String| *old = format!("{old}, {value}"))
                .or_insert(value);
        }
    }
    let length: usize = headers
        .get("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    if reader.read_exact(&mut body).is_err() {
        return;
    }
    let (path, raw_query) = target.split_once('?').unwrap_or((&target, ""));
    let query = raw_query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect();
    let record = Recorded {
        path: path.to_string(),
        query,
        headers,
        body,
    };
    let response = pick(state, record);
    if let Some(ms) = response.get("delay_ms").and_then(Value::as_u64) {
        std::thread::sleep(Duration::from_millis(ms));
    }
    if response.get("network_error") == Some(&Value::Bool(true)) {
        return;
    }
    let (payload, content_type) = match response.get("json") {
        Some(json) => (json.to_string(), "application/json"),
        None => {
            let text = response.get("text").and_then(Value::as_str).unwrap_or("");
            (text.to_string(), "text/plain")
        }
    };
    let status = response
        .get("status")
        .and_then(Value::as_u64)
        .unwrap_or(200);
    let mut head = format!("HTTP/1.1 {status} Scripted\r\n");
    let mut typed = false;
    if let Some(Value::Object(extra)) = response.get("headers") {
        for (name, value) in extra {
            typed |= name.eq_ignore_ascii_case("content-type");
            head.push_str(&format!("{name}: {}\r\n", value.as_str().unwrap_or("")));
        }
    }
    if !typed {
        head.push_str(&format!("Content-Type: {content_type}\r\n"));
    }
    head.push_str(&format!(
        "Content-Length: {}\r\nConnection: close\r\n\r\n",
        payload.len()
    ));
    let mut stream = reader.into_inner();
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(payload.as_bytes());
    let _ = stream.flush();
}

fn pick(state: &ServerState, record: Recorded) -> Value {
    let mut requests = state.requests.lock().unwrap();
    let response = if state
        .responses
        .iter()
        .any(|r| r.get("match_headers").is_some())
    {
        state
            .responses
            .iter()
            .find(|r| {
                let wanted = r.get("match_headers").and_then(Value::as_object);
                wanted.into_iter().flatten().all(|(k, v)| {
                    record
                        .headers
                        .get(&k.to_ascii_lowercase())
                        .map(String::as_str)
                        == v.as_str()
                })
            })
            .cloned()
            .unwrap_or_else(|| serde_json::json!({"status": 599, "text": "no scripted response"}))
    } else {
        let index = state.next.fetch_add(1, Ordering::SeqCst);
        state.responses[index.min(state.responses.len() - 1)].clone()
    };
    requests.push(record);
    response
}

fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
                match u8::from_str_radix(hex, 16) {
                    Ok(b) => out.push(b),
                    Err(_) => out.extend_from_slice(&bytes[i..i + 3]),
                }
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[derive(Default)]
struct Outcome {
    results: Vec<Value>,
    errors: Vec<GatekeeperError>,
    sleeps: Vec<f64>,
    refresh_calls: usize,
    token_after: Option<String>,
}

fn request_for(call: &Value) -> ApiRequest {
    let method = call["method"].as_str().unwrap_or("GET");
    let method = Method::from_bytes(method.as_bytes()).expect("a method");
    let mut request = ApiRequest::new(method, call["path"].as_str().unwrap_or("/"));
    for (name, value) in call["path_params"].as_object().into_iter().flatten() {
        request.path_param(name, value);
    }
    for (name, value) in call["query"].as_object().into_iter().flatten() {
        request.query(name, value);
    }
    if !call["json"].is_null() {
        request.json_body(&call["json"]);
    }
    let security: Vec<Vec<&str>> = call["security"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|alt| {
            alt.as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect()
        })
        .collect();
    let security: Vec<&[&str]> = security.iter().map(Vec::as_slice).collect();
    request.security(&security);
    if let Some(header) = call["idempotency_header"].as_str() {
        request.idempotency_header(header);
    }
    if let Some(enveloped) = call.get("enveloped").and_then(Value::as_bool) {
        request.enveloped(enveloped);
    }
    let raw = &call["options"];
    let mut options = RequestOptions::new();
    if let Some(n) = raw["max_retries"].as_u64() {
        options = options.max_retries(n as u32);
    }
    if let Some(key) = raw["idempotency_key"].as_str() {
        options = options.idempotency_key(key);
    }
    if let Some(ms) = raw["timeout_ms"].as_u64() {
        options = options.timeout(Duration::from_millis(ms));
    }
    for (name, value) in raw["headers"].as_object().into_iter().flatten() {
        options = options.header(name, value.as_str().unwrap_or(""));
    }
    request.options(options);
    request
}

async fn run(case: &Value, url: &str) -> Outcome {
    let config = &case["core"];
    let call = case["call"].clone();
    let sleeps = Arc::new(Mutex::new(Vec::new()));
    let refresh_calls = Arc::new(AtomicUsize::new(0));
    let recorded = Arc::clone(&sleeps);
    let mut builder = GatekeeperCore::builder(url)
        .max_retries(config["max_retries"].as_u64().unwrap_or(2) as u32)
        .retry_sleep_hook(move |d| recorded.lock().unwrap().push(d.as_secs_f64()));
    if let Some(token) = config["token"].as_str() {
        builder = builder.token(token);
    }
    if let Some(key) = config["api_key"].as_str() {
        builder = builder.api_key(key);
    }
    if let Some(to) = config["refresh_to"].as_str() {
        let to = to.to_string();
        let calls = Arc::clone(&refresh_calls);
        builder = builder.token_refresher(move || {
            let to = to.clone();
            let calls = Arc::clone(&calls);
            async move {
                calls.fetch_add(1, Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(10)).await;
                Ok(to)
            }
        });
    }
    let core = builder.build();
    let parallel = call["parallel"].as_u64().unwrap_or(1);
    let text = call["response_kind"].as_str() == Some("text");
    let mut tasks = Vec::new();
    for _ in 0..parallel {
        let core = core.clone();
        let request = request_for(&call);
        tasks.push(tokio::spawn(async move {
            if text {
                core.request_text(request).await.map(Value::String)
            } else {
                core.request::<Value>(request).await
            }
        }));
    }
    let mut outcome = Outcome::default();
    for task in tasks {
        match task.await.expect("the call task panicked") {
            Ok(value) => outcome.results.push(value),
            Err(error) => outcome.errors.push(error),
        }
    }
    outcome.sleeps = sleeps.lock().unwrap().clone();
    outcome.refresh_calls = refresh_calls.load(Ordering::SeqCst);
    outcome.token_after = core.token();
    outcome
}

fn ensure(ok: bool, what: impl FnOnce() -> String) -> Result<(), String> {
    if ok {
        Ok(())
    } else {
        Err(what())
    }
}

fn check_error(want: &Value, error: &GatekeeperError) -> Result<(), String> {
    if let Some(class) = want["class"].as_str() {
        let matches = match ErrorKind::from_name(class) {
            Some(kind) => error.is_a(kind),
            None => class == "GatekeeperError",
        };
        ensure(matches, || {
            format!("{} is not a {class}", error.kind().name())
        })?;
    }
    if let Some(exact) = want["exact_class"].as_str() {
        ensure(error.kind().name() == exact, || {
            format!("{} is not exactly {exact}", error.kind().name())
        })?;
    }
    let text = |v: Option<&str>| v.map_or(Value::Null, |s| Value::String(s.to_string()));
    let attributes = [
        ("status", error.status().map_or(Value::Null, Value::from)),
        ("code", text(error.code())),
        ("message", Value::String(error.message().to_string())),
        ("request_id", text(error.request_id())),
        ("current_etag", text(error.current_etag())),
        ("body", error.body().cloned().unwrap_or(Value::Null)),
        ("details", error.details().cloned().unwrap_or(Value::Null)),
    ];
    for (name, got) in attributes {
        if let Some(expected) = want.get(name) {
            ensure(&got == expected, || {
                format!("error {name}: {got} != {expected}")
            })?;
        }
    }
    if let Some(expected) = want["retry_after"].as_f64() {
        let got = error.retry_after().map(|d| d.as_secs_f64());
        let close = got.is_some_and(|g| (g - expected).abs() <= 0.01);
        ensure(close, || format!("retry_after {got:?} != {expected}"))?;
    }
    Ok(())
}

fn check_sent(expected: &Value, actual: &Recorded, index: usize) -> Result<(), String> {
    let at = format!("request #{}", index + 1);
    if let Some(path) = expected["path"].as_str() {
        ensure(actual.path == path, || {
            format!("{at}: path {} != {path}", actual.path)
        })?;
    }
    for (name, value) in expected["headers"].as_object().into_iter().flatten() {
        let got = actual.headers.get(&name.to_ascii_lowercase());
        let ok = got.map(String::as_str) == value.as_str();
        ensure(ok, || {
            format!("{at}: header {name} = {got:?}, want {value}")
        })?;
    }
    for name in expected["absent_headers"].as_array().into_iter().flatten() {
        let name = name.as_str().unwrap_or("").to_ascii_lowercase();
        let absent = !actual.headers.contains_key(&name);
        ensure(absent, || format!("{at}: header {name} should be absent"))?;
    }
    for (name, prefix) in expected["header_prefixes"]
        .as_object()
        .into_iter()
        .flatten()
    {
        let got = actual
            .headers
            .get(&name.to_ascii_lowercase())
            .cloned()
            .unwrap_or_default();
        let ok = got.starts_with(prefix.as_str().unwrap_or(""));
        ensure(ok, || {
            format!("{at}: header {name} = {got:?}, want prefix {prefix}")
        })?;
    }
    for (name, value) in expected["query"].as_object().into_iter().flatten() {
        let got: Vec<&str> = actual
            .query
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect();
        let want: Vec<&str> = match value {
            Value::Array(items) => items.iter().filter_map(Value::as_str).collect(),
            other => other.as_str().into_iter().collect(),
        };
        ensure(got == want, || {
            format!("{at}: query {name} = {got:?}, want {want:?}")
        })?;
    }
    for name in expected["absent_query"].as_array().into_iter().flatten() {
        let name = name.as_str().unwrap_or("");
        let absent = actual.query.iter().all(|(k, _)| k != name);
        ensure(absent, || format!("{at}: query {name} should be absent"))?;
    }
    if let Some(json) = expected.get("json") {
        let got: Value = serde_json::from_slice(&actual.body).unwrap_or(Value::Null);
        ensure(&got == json, || format!("{at}: body {got} != {json}"))?;
    }
    Ok(())
}

fn check(case: &Value, outcome: &Outcome, requests: &[Recorded]) -> Result<(), String> {
    let expect = &case["expect"];
    if let Some(n) = expect["requests"].as_u64() {
        let got = requests.len();
        ensure(got as u64 == n, || format!("{got} requests sent, want {n}"))?;
    }
    if expect["rejected_before_send"] == Value::Bool(true) {
        ensure(!outcome.errors.is_empty(), || {
            "the call should have failed".to_string()
        })?;
        ensure(requests.is_empty(), || "a request was sent".to_string())?;
        let unsent = outcome.errors[0].status().is_none();
        ensure(unsent, || "the error has a status".to_string())?;
    }
    if let Some(data) = expect.get("data") {
        ensure(outcome.errors.is_empty(), || {
            format!("unexpected error {:?}", outcome.errors)
        })?;
        let ok = !outcome.results.is_empty() && outcome.results.iter().all(|r| r == data);
        ensure(ok, || format!("data {:?} != {data}", outcome.results))?;
    }
    if let Some(text) = expect.get("text") {
        ensure(outcome.errors.is_empty(), || {
            format!("unexpected error {:?}", outcome.errors)
        })?;
        let ok = outcome.results == [text.clone()];
        ensure(ok, || format!("text {:?} != {text}", outcome.results))?;
    }
    if let Some(want) = expect.get("error") {
        let failed = !outcome.errors.is_empty() && outcome.results.is_empty();
        ensure(failed, || {
            format!("expected an error, got {:?}", outcome.results)
        })?;
        for error in &outcome.errors {
            check_error(want, error)?;
        }
    }
    for (index, expected) in expect["sent"].as_array().into_iter().flatten().enumerate() {
        let actual = requests
            .get(index)
            .ok_or(format!("request #{} not sent", index + 1))?;
        check_sent(expected, actual, index)?;
    }
    if expect["same_idempotency_key"] == Value::Bool(true) {
        let keys: Vec<Option<&String>> = requests
            .iter()
            .map(|r| r.headers.get("idempotency-key"))
            .collect();
        let first = keys.first().copied().flatten();
        let same = first.is_some_and(|k| !k.is_empty()) && keys.iter().all(|k| *k == first);
        ensure(same, || format!("idempotency keys {keys:?}"))?;
    }
    if let Some(n) = expect["refresh_calls"].as_u64() {
        let got = outcome.refresh_calls;
        ensure(got as u64 == n, || format!("{got} refresh calls, want {n}"))?;
    }
    if let Some(token) = expect.get("token_after") {
        let got = outcome
            .token_after
            .clone()
            .map_or(Value::Null, Value::String);
        ensure(&got == token, || format!("token after {got} != {token}"))?;
    }
    if let Some(sleeps) = expect["sleeps"].as_array() {
        let got = &outcome.sleeps;
        ensure(got.len() == sleeps.len(), || {
            format!("sleeps {got:?}, want {sleeps:?}")
        })?;
        for (slept, range) in got.iter().zip(sleeps) {
            let low = range[0].as_f64().unwrap_or(0.0) - 1e-6;
            let high = range[1].as_f64().unwrap_or(0.0) + 1e-6;
            let inside = (low..=high).contains(slept);
            ensure(inside, || format!("sleep {slept} not in {range}"))?;
        }
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn behaviour_matrix() {
    let path = std::env::var("SDK_BEHAVIOURS").expect("SDK_BEHAVIOURS names behaviours.json");
    let text = std::fs::read_to_string(&path).expect("read the behaviour matrix");
    let matrix: Value = serde_json::from_str(&text).expect("the matrix is JSON");
    let only = std::env::var("SDK_BEHAVIOUR_CASE").ok();
    let mut failures = Vec::new();
    let mut passed = 0;
    for case in matrix["cases"].as_array().expect("cases") {
        let name = case["name"].as_str().unwrap_or("?");
        if only.as_deref().is_some_and(|o| o != name) {
            continue;
        }
        let responses = case["responses"].as_array().cloned().unwrap_or_default();
        let server = ScriptServer::start(responses);
        let outcome = run(case, &server.url).await;
        match check(case, &outcome, &server.requests()) {
            Ok(()) => passed += 1,
            Err(why) => failures.push(format!("{name}: {why}")),
        }
    }
    for failure in &failures {
        eprintln!("FAILED {failure}");
    }
    println!("behaviours: {passed} passed, {} failed", failures.len());
    assert!(
        failures.is_empty(),
        "{} behaviour cases failed",
        failures.len()
    );
}
