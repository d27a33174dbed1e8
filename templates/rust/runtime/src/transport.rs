//! Sending a request: credentials, retries with backoff, token refresh and error mapping.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::header::{HeaderMap, HeaderName, HeaderValue, ACCEPT, CONTENT_TYPE, USER_AGENT};
use serde_json::Value;

use crate::api::ENVELOPE;
use crate::client::Core;
use crate::definition::SchemeKind;
use crate::error::{header_str, Error};
use crate::errors::ErrorKind;
use crate::request::{percent_encode, ApiRequest, Body, MultipartValue, PageFields, ResponseKind};

/// Statuses worth sending a request again for.
const RETRY_STATUSES: [u16; 5] = [408, 429, 502, 503, 504];
/// First backoff delay, in seconds; doubled after every retry up to [`MAX_BACKOFF`].
const INITIAL_BACKOFF: f64 = 0.5;
const MAX_BACKOFF: f64 = 8.0;
/// A `Retry-After` longer than this is not waited for: the error is returned at once.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);

/// A successful response, before decoding.
#[derive(Debug)]
pub(crate) struct RawResponse {
    pub(crate) status: u16,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Vec<u8>,
    pub(crate) enveloped: bool,
    pub(crate) page: Option<PageFields>,
}

/// The credentials chosen for one attempt.
#[derive(Default)]
struct Auth {
    headers: Vec<(HeaderName, HeaderValue)>,
    query: Vec<(String, String)>,
    bearer: bool,
    generation: u64,
}

impl Core {
    /// Sends `request`, retrying and refreshing the token as configured; a non-2xx response
    /// becomes an [`Error`].
    pub(crate) async fn execute(&self, request: ApiRequest) -> Result<RawResponse, Error> {
        if let Some(message) = &request.error {
            return Err(Error::invalid_request(message.clone()));
        }
        let options = &request.options;
        let max_retries = options.max_retries.unwrap_or(self.inner.max_retries);
        let timeout = options.timeout.unwrap_or(self.inner.timeout);
        let mut headers = HeaderMap::new();
        insert_header(&mut headers, USER_AGENT.as_str(), &self.inner.user_agent)?;
        let accept = match request.response_kind {
            ResponseKind::Json | ResponseKind::Empty => "application/json",
            _ => "*/*",
        };
        insert_header(&mut headers, ACCEPT.as_str(), accept)?;
        for (name, value) in self.inner.default_headers.iter().chain(&request.headers) {
            insert_header(&mut headers, name, value)?;
        }
        for (name, value) in &options.headers {
            insert_header(&mut headers, name, value)?;
        }
        let idempotency_key = match (&options.idempotency_key, &request.idempotency_header) {
            (Some(key), header) => {
                Some((header.as_deref().unwrap_or("Idempotency-Key"), key.clone()))
            }
            (None, Some(header)) if max_retries > 0 => Some((header.as_str(), uuid4())),
            (None, _) => None,
        };
        if let Some((name, key)) = &idempotency_key {
            insert_header(&mut headers, name, key)?;
        }
        let retryable = is_safe(&request.method) || idempotency_key.is_some();
        let url = self.url(&request)?;
        let mut attempt = 0;
        let mut refreshed = false;
        loop {
            let auth = self.auth_for(&request.security)?;
            let result = self
                .send_once(&request, &url, &headers, &auth, timeout)
                .await;
            let (status, response_headers, body) = match result {
                Ok(response) => response,
                Err(_) if retryable && attempt < max_retries => {
                    self.sleep(self.backoff(attempt)).await;
                    attempt += 1;
                    continue;
                }
                Err(error) => return Err(error),
            };
            if (200..300).contains(&status) {
                return Ok(RawResponse {
                    status,
                    headers: response_headers,
                    body,
                    enveloped: request.enveloped,
                    page: request.page.clone(),
                });
            }
            if status == 401 && auth.bearer && !refreshed && self.inner.refresher.is_some() {
                refreshed = true;
                if self.refresh_token(auth.generation).await {
                    continue;
                }
            }
            let retry_after = retry_after(&response_headers);
            let should_retry = match header_str(&response_headers, "x-should-retry").as_deref() {
                Some("true") => true,
                Some("false") => false,
                _ => RETRY_STATUSES.contains(&status),
            };
            let wait_ok = retry_after.is_none_or(|delay| delay <= MAX_RETRY_AFTER);
            if should_retry && wait_ok && retryable && attempt < max_retries {
                let delay = retry_after.unwrap_or_else(|| self.backoff(attempt));
                self.sleep(delay).await;
                attempt += 1;
                continue;
            }
            return Err(error_from_response(
                status,
                response_headers,
                &body,
                retry_after,
            ));
        }
    }

    fn url(&self, request: &ApiRequest) -> Result<String, Error> {
        let mut url = format!("{}{}", self.inner.base_url, request.expanded_path());
        let mut separator = if url.contains('?') { '&' } else { '?' };
        for (name, value) in &request.query {
            url.push(separator);
            url.push_str(&percent_encode(name));
            url.push('=');
            url.push_str(&percent_encode(value));
            separator = '&';
        }
        match reqwest::Url::parse(&url) {
            Ok(_) => Ok(url),
            Err(e) => Err(Error::invalid_request(format!("invalid request URL: {e}"))),
        }
    }

    /// The credentials of the first security alternative the core holds them all for.
    fn auth_for(&self, security: &[Vec<String>]) -> Result<Auth, Error> {
        let credentials = self.read_credentials();
        'alternatives: for alternative in security {
            let mut auth = Auth {
                generation: credentials.generation,
                ..Auth::default()
            };
            for key in alternative {
                let Some(scheme) = self.inner.schemes.iter().find(|s| s.key == key) else {
                    continue 'alternatives;
                };
                let (secret, what) = match scheme.kind {
                    SchemeKind::Bearer => (credentials.token.clone(), "token"),
                    SchemeKind::Basic => match &credentials.basic {
                        Some(basic) => (Some(basic.authorization()?), "username or password"),
                        None => (None, "username or password"),
                    },
                    _ => (credentials.api_key.clone(), "API key"),
                };
                let Some(secret) = secret else {
                    continue 'alternatives;
                };
                let refused =
                    || Error::invalid_request(format!("the {what} is not a valid header value"));
                let mut header = |name: HeaderName, value: String| -> Result<(), Error> {
                    let mut value = HeaderValue::from_str(&value).map_err(|_| refused())?;
                    value.set_sensitive(true);
                    auth.headers.push((name, value));
                    Ok(())
                };
                match scheme.kind {
                    SchemeKind::Bearer => {
                        header(reqwest::header::AUTHORIZATION, format!("Bearer {secret}"))?;
                        auth.bearer = true;
                    }
                    SchemeKind::Basic => {
                        header(reqwest::header::AUTHORIZATION, secret)?;
                    }
                    SchemeKind::ApiKeyHeader(name) => {
                        let name =
                            HeaderName::from_bytes(name.as_bytes()).map_err(|_| refused())?;
                        header(name, secret)?;
                    }
                    SchemeKind::ApiKeyCookie(name) => {
                        header(reqwest::header::COOKIE, format!("{name}={secret}"))?;
                    }
                    SchemeKind::ApiKeyQuery(name) => {
                        auth.query.push((name.to_string(), secret));
                    }
                }
            }
            return Ok(auth);
        }
        Ok(Auth {
            generation: credentials.generation,
            ..Auth::default()
        })
    }

    /// Calls the token refresher unless another call already replaced the token this request
    /// was sent with; true when the request should be replayed.
    async fn refresh_token(&self, used_generation: u64) -> bool {
        let Some(refresher) = self.inner.refresher.clone() else {
            return false;
        };
        let _guard = self.inner.refresh_lock.lock().await;
        if self.read_credentials().generation != used_generation {
            return true;
        }
        match refresher().await {
            Ok(token) => {
                self.set_token(token);
                true
            }
            Err(_) => false,
        }
    }

    async fn send_once(
        &self,
        request: &ApiRequest,
        url: &str,
        headers: &HeaderMap,
        auth: &Auth,
        timeout: Duration,
    ) -> Result<(u16, HeaderMap, Vec<u8>), Error> {
        let mut url = url.to_string();
        for (name, value) in &auth.query {
            url.push(if url.contains('?') { '&' } else { '?' });
            url.push_str(&percent_encode(name));
            url.push('=');
            url.push_str(&percent_encode(value));
        }
        let mut builder = self
            .inner
            .http
            .request(request.method.clone(), url)
            .timeout(timeout);
        let mut headers = headers.clone();
        for (name, value) in &auth.headers {
            if name == reqwest::header::COOKIE {
                append_cookie(&mut headers, value.clone());
            } else {
                headers.insert(name.clone(), value.clone());
            }
        }
        builder = match &request.body {
            Body::None => builder,
            Body::Json(value) => builder.json(value),
            Body::Form(pairs) => {
                let encoded: Vec<String> = pairs
                    .iter()
                    .map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(v)))
                    .collect();
                let content_type = "application/x-www-form-urlencoded";
                builder
                    .header(CONTENT_TYPE, content_type)
                    .body(encoded.join("&"))
            }
            Body::Multipart(parts) => {
                let boundary = format!("----sdk-boundary-{:016x}", random_u64());
                let mut body = Vec::new();
                for part in parts {
                    let name = part.name.replace(['"', '\r', '\n'], "_");
                    body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
                    match &part.value {
                        MultipartValue::Text(text) => {
                            let disposition = format!("form-data; name=\"{name}\"");
                            let head = format!("Content-Disposition: {disposition}\r\n\r\n");
                            body.extend_from_slice(head.as_bytes());
                            body.extend_from_slice(text.as_bytes());
                        }
                        MultipartValue::File(bytes) => {
                            let disposition =
                                format!("form-data; name=\"{name}\"; filename=\"{name}\"");
                            let head = format!(
                                "Content-Disposition: {disposition}\r\n\
                                 Content-Type: application/octet-stream\r\n\r\n"
                            );
                            body.extend_from_slice(head.as_bytes());
                            body.extend_from_slice(bytes);
                        }
                    }
                    body.extend_from_slice(b"\r\n");
                }
                body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
                let content_type = format!("multipart/form-data; boundary={boundary}");
                builder.header(CONTENT_TYPE, content_type).body(body)
            }
            Body::Text(text) => builder
                .header(CONTENT_TYPE, "text/plain; charset=utf-8")
                .body(text.clone()),
            Body::Bytes(bytes) => builder
                .header(CONTENT_TYPE, "application/octet-stream")
                .body(bytes.clone()),
        };
        let response = builder
            .headers(headers)
            .send()
            .await
            .map_err(transport_error)?;
        let status = response.status().as_u16();
        let response_headers = response.headers().clone();
        let body = response.bytes().await.map_err(transport_error)?;
        Ok((status, response_headers, body.to_vec()))
    }

    /// Exponential backoff with jitter: 0.5 s, 1 s, 2 s... up to 8 s, each cut by up to 25 %.
    fn backoff(&self, attempt: u32) -> Duration {
        let exponent = i32::try_from(attempt).unwrap_or(i32::MAX);
        let base = (INITIAL_BACKOFF * 2f64.powi(exponent)).min(MAX_BACKOFF);
        let jitter = 0.75 + 0.25 * (random_u64() as f64 / u64::MAX as f64);
        Duration::from_secs_f64(base * jitter)
    }

    async fn sleep(&self, delay: Duration) {
        if let Some(hook) = &self.inner.sleep_hook {
            hook(delay);
        } else if !delay.is_zero() {
            tokio::time::sleep(delay).await;
        }
    }
}

fn is_safe(method: &reqwest::Method) -> bool {
    matches!(method.as_str(), "GET" | "HEAD" | "OPTIONS" | "TRACE")
}

/// Adds a header, replacing one of the same name (cookies are joined instead); names and
/// values are checked here so that a CR or LF never reaches the wire.
fn insert_header(headers: &mut HeaderMap, name: &str, value: &str) -> Result<(), Error> {
    if value.contains(['\r', '\n']) || name.contains(['\r', '\n']) {
        return Err(Error::invalid_request(format!(
            "header `{}` contains CR or LF",
            name.trim()
        )));
    }
    let header_name = HeaderName::from_bytes(name.as_bytes())
        .map_err(|_| Error::invalid_request(format!("`{name}` is not a valid header name")))?;
    let header_value = HeaderValue::from_str(value)
        .map_err(|_| Error::invalid_request(format!("header `{name}` has an invalid value")))?;
    if header_name == reqwest::header::COOKIE {
        append_cookie(headers, header_value);
    } else {
        headers.insert(header_name, header_value);
    }
    Ok(())
}

fn append_cookie(headers: &mut HeaderMap, value: HeaderValue) {
    let joined = headers
        .get(reqwest::header::COOKIE)
        .and_then(|old| old.to_str().ok())
        .zip(value.to_str().ok())
        .and_then(|(old, new)| HeaderValue::from_str(&format!("{old}; {new}")).ok());
    headers.insert(reqwest::header::COOKIE, joined.unwrap_or(value));
}

/// A failure without a response: timeout or connection error. The URL is left out of the
/// message because it may carry an API key.
fn transport_error(error: reqwest::Error) -> Error {
    let error = error.without_url();
    let mut message = if error.is_timeout() {
        "the request timed out".to_string()
    } else {
        "could not reach the API".to_string()
    };
    let mut source = std::error::Error::source(&error);
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    let kind = if error.is_timeout() {
        ErrorKind::TIMEOUT
    } else {
        ErrorKind::CONNECTION
    };
    Error::new(kind, message).with_source(error)
}

/// The error for a non-2xx response, from its status, the API's error code and the body.
pub(crate) fn error_from_response(
    status: u16,
    headers: HeaderMap,
    body: &[u8],
    retry_after: Option<Duration>,
) -> Error {
    let parsed: Option<Value> = serde_json::from_slice(body).ok();
    let (code, message, details) = parsed.as_ref().map(error_fields).unwrap_or_default();
    let kind = ErrorKind::for_response(status, code.as_deref());
    let message = message.unwrap_or_else(|| default_message(status, body));
    let body = match parsed {
        Some(value) => Some(value),
        None if body.is_empty() => None,
        None => Some(Value::String(String::from_utf8_lossy(body).into_owned())),
    };
    Error::from_response(
        kind,
        status,
        message,
        code,
        details,
        body,
        headers,
        retry_after,
    )
}

type ErrorFields = (Option<String>, Option<String>, Option<Value>);

/// Code, message and details of an error body: the API's error envelope, or common shapes.
pub(crate) fn error_fields(value: &Value) -> ErrorFields {
    let text = |v: Option<&Value>| match v {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    if let Some(envelope) = ENVELOPE {
        if let Some(error) = value.get(envelope.error_field).filter(|e| e.is_object()) {
            let details = envelope.details_field.and_then(|d| error.get(d)).cloned();
            let code = text(error.get(envelope.code_field));
            return (code, text(error.get(envelope.message_field)), details);
        }
    }
    let nested = value.get("error").filter(|e| e.is_object());
    let code = text(value.get("code")).or_else(|| text(nested.and_then(|e| e.get("code"))));
    let message = text(value.get("message"))
        .or_else(|| text(nested.and_then(|e| e.get("message"))))
        .or_else(|| text(value.get("error")))
        .or_else(|| text(value.get("detail")));
    let details = value.get("details").cloned();
    (code, message, details)
}

fn default_message(status: u16, body: &[u8]) -> String {
    let reason = reqwest::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .map(|r| format!(" {r}"))
        .unwrap_or_default();
    let text = String::from_utf8_lossy(body);
    let snippet: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if snippet.is_empty() {
        format!("HTTP {status}{reason}")
    } else {
        let cut: String = snippet.chars().take(200).collect();
        format!("HTTP {status}{reason}: {cut}")
    }
}

/// The delay asked by `retry-after-ms` or `Retry-After` (seconds or an HTTP date).
pub(crate) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let seconds = |text: &str| {
        text.trim()
            .parse::<f64>()
            .ok()
            .filter(|s| s.is_finite() && *s >= 0.0)
    };
    if let Some(ms) = header_str(headers, "retry-after-ms")
        .as_deref()
        .and_then(seconds)
    {
        return Some(Duration::from_secs_f64(ms / 1000.0));
    }
    let value = header_str(headers, "retry-after")?;
    if let Some(s) = seconds(&value) {
        return Some(Duration::from_secs_f64(s));
    }
    let at = parse_http_date(&value)?;
    let now = SystemTime::now().duration_since(UNIX_EPOCH).ok()?.as_secs();
    Some(Duration::from_secs(at.saturating_sub(now)))
}

/// Seconds since the epoch of an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`).
fn parse_http_date(text: &str) -> Option<u64> {
    let parts: Vec<&str> = text.split_whitespace().collect();
    let [_, day, month, year, time, "GMT"] = parts.as_slice() else {
        return None;
    };
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = MONTHS.iter().position(|m| m == month)? as i64 + 1;
    let day: i64 = day.parse().ok()?;
    let year: i64 = year.parse().ok()?;
    let clock: Vec<i64> = time
        .split(':')
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let [hours, minutes, seconds] = clock.as_slice() else {
        return None;
    };
    // Days from civil (Howard Hinnant's algorithm).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    u64::try_from(days * 86_400 + hours * 3_600 + minutes * 60 + seconds).ok()
}

/// 64 pseudo-random bits (not for cryptography: jitter and idempotency keys).
pub(crate) fn random_u64() -> u64 {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    if let Ok(now) = SystemTime::now().duration_since(UNIX_EPOCH) {
        hasher.write_u128(now.as_nanos());
    }
    hasher.finish()
}

/// A random UUID (version 4), for idempotency keys.
pub(crate) fn uuid4() -> String {
    let high = random_u64();
    let low = random_u64();
    let high = (high & 0xffff_ffff_ffff_0fff) | 0x0000_0000_0000_4000;
    let low = (low & 0x3fff_ffff_ffff_ffff) | 0x8000_0000_0000_0000;
    format!(
        "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        high >> 32,
        (high >> 16) & 0xffff,
        high & 0xffff,
        low >> 48,
        low & 0xffff_ffff_ffff
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_dates_parse() {
        assert_eq!(
            parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"),
            Some(784_111_777)
        );
        assert_eq!(parse_http_date("yesterday"), None);
    }

    #[test]
    fn retry_after_prefers_milliseconds() {
        let mut headers = HeaderMap::new();
        headers.insert("retry-after", HeaderValue::from_static("2"));
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(2)));
        headers.insert("retry-after-ms", HeaderValue::from_static("250"));
        assert_eq!(retry_after(&headers), Some(Duration::from_millis(250)));
    }

    #[test]
    fn uuids_look_like_v4() {
        let id = uuid4();
        assert_eq!(id.len(), 36);
        assert_eq!(&id[14..15], "4");
        assert_ne!(id, uuid4());
    }

    /// HTTP Basic authentication, over schemes the API itself may not have.
    mod basic_auth {
        use crate::client::Core;
        use crate::definition::{SchemeKind, SecurityScheme};
        use crate::errors::ErrorKind;
        use crate::request::ApiRequest;
        use reqwest::Method;
        use wiremock::{Mock, MockServer, ResponseTemplate};

        const SCHEMES: &[SecurityScheme] = &[
            SecurityScheme {
                key: "basicAuth",
                kind: SchemeKind::Basic,
            },
            SecurityScheme {
                key: "bearerAuth",
                kind: SchemeKind::Bearer,
            },
            SecurityScheme {
                key: "keyAuth",
                kind: SchemeKind::ApiKeyHeader("X-Key"),
            },
        ];

        async fn server() -> MockServer {
            let server = MockServer::start().await;
            Mock::given(wiremock::matchers::any())
                .respond_with(ResponseTemplate::new(200).set_body_string("{}"))
                .mount(&server)
                .await;
            server
        }

        fn core(server: &MockServer) -> crate::client::CoreBuilder {
            Core::builder(server.uri())
                .security_schemes(SCHEMES)
                .max_retries(0)
        }

        /// The `Authorization` header the server received for a call with `security`.
        async fn authorization(
            core: &Core,
            server: &MockServer,
            security: &[&[&str]],
        ) -> Option<String> {
            let mut request = ApiRequest::new(Method::GET, "/probe");
            request.enveloped(false);
            request.security(security);
            let _: serde_json::Value = core.request(request).await.expect("the call succeeds");
            let received = server.received_requests().await.unwrap_or_default();
            let last = received.last().expect("a request was sent");
            last.headers
                .get("authorization")
                .map(|v| v.to_str().unwrap_or_default().to_string())
        }

        #[tokio::test]
        async fn sent_encoded_and_only_to_basic_operations() {
            let server = server().await;
            let core = core(&server)
                .basic_auth("user", "päss")
                .token("tok")
                .build();
            let basic = Some("Basic dXNlcjpww6Rzcw==".to_string());
            assert_eq!(
                authorization(&core, &server, &[&["basicAuth"]]).await,
                basic
            );
            let bearer = Some("Bearer tok".to_string());
            assert_eq!(
                authorization(&core, &server, &[&["bearerAuth"]]).await,
                bearer
            );
            assert_eq!(authorization(&core, &server, &[]).await, None);
            // No API key: the first alternative cannot be satisfied, the second is Basic.
            let alternatives: &[&[&str]] = &[&["keyAuth"], &["basicAuth"]];
            assert_eq!(authorization(&core, &server, alternatives).await, basic);
            core.set_basic_auth("ada", "");
            let ada = Some("Basic YWRhOg==".to_string());
            assert_eq!(authorization(&core, &server, &[&["basicAuth"]]).await, ada);
            core.clear_basic_auth();
            assert_eq!(authorization(&core, &server, &[&["basicAuth"]]).await, None);
        }

        #[tokio::test]
        async fn the_token_is_never_sent_as_basic_credentials() {
            let server = server().await;
            let core = core(&server).token("user:pass").build();
            assert_eq!(authorization(&core, &server, &[&["basicAuth"]]).await, None);
        }

        #[tokio::test]
        async fn a_colon_in_the_username_or_a_line_break_is_refused_before_sending() {
            let server = server().await;
            let cases = [("sekrit:user", "pw"), ("user", "sekrit\r\nX-Evil: 1")];
            for (username, password) in cases {
                let core = core(&server).basic_auth(username, password).build();
                let mut request = ApiRequest::new(Method::GET, "/probe");
                request.security(&[&["basicAuth"]]);
                let error = core
                    .request::<serde_json::Value>(request)
                    .await
                    .unwrap_err();
                assert_eq!(error.kind(), ErrorKind::InvalidRequest);
                assert!(!error.message().contains("sekrit"));
                assert!(!format!("{error:?}").contains("sekrit"));
            }
            assert!(nothing_received(&server).await);
            let colon = core(&server).basic_auth("a:b", "pw").build();
            let mut request = ApiRequest::new(Method::GET, "/probe");
            request.security(&[&["basicAuth"]]);
            let error = colon
                .request::<serde_json::Value>(request)
                .await
                .unwrap_err();
            assert!(error.message().contains("RFC 7617"), "{}", error.message());
        }

        async fn nothing_received(server: &MockServer) -> bool {
            server
                .received_requests()
                .await
                .unwrap_or_default()
                .is_empty()
        }

        #[test]
        fn debug_output_hides_the_credentials() {
            let core = Core::builder("https://api.test")
                .basic_auth("sekrit-user", "sekrit-pass")
                .build();
            let shown = format!("{core:?}");
            assert!(!shown.contains("sekrit"), "{shown}");
            assert!(shown.contains("basic_auth: \"<redacted>\""), "{shown}");
        }
    }
}
