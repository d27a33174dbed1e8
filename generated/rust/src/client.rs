//! The core every service is built over: base URL, credentials, HTTP client and defaults.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use serde::de::DeserializeOwned;

use crate::call::{decode, ApiResponse};
use crate::definition::{SchemeKind, SecurityScheme};
use crate::error::Error;
use crate::request::ApiRequest;

type RefreshFuture = Pin<Box<dyn Future<Output = Result<String, Error>> + Send>>;
pub(crate) type TokenRefresher = Arc<dyn Fn() -> RefreshFuture + Send + Sync>;
pub(crate) type SleepHook = Arc<dyn Fn(Duration) + Send + Sync>;

/// Time limit of a request when neither the core nor the call sets one.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
/// Retries of a failed request when the core does not set `max_retries`.
pub const DEFAULT_MAX_RETRIES: u32 = 2;

/// The connection to the API that every service is built over.
///
/// Holds the base URL, the credentials (a bearer token, an API key, HTTP Basic username and
/// password), the HTTP client and
/// the defaults of every call. Cloning is cheap (the clones share everything, the token
/// included), and the core is `Send + Sync`, so one core can serve a whole application:
/// [`set_token`](Self::set_token) takes `&self` and is seen by every clone.
///
/// ```text
/// let core = Core::builder("https://api.example.com").token("tok_...").build();
/// ```
#[derive(Clone)]
pub struct Core {
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub(crate) base_url: String,
    /// The API's security schemes (`api::SECURITY_SCHEMES`; tests may substitute others).
    pub(crate) schemes: &'static [SecurityScheme],
    pub(crate) http: reqwest::Client,
    pub(crate) credentials: RwLock<Credentials>,
    pub(crate) timeout: Duration,
    pub(crate) default_headers: Vec<(String, String)>,
    pub(crate) user_agent: String,
    pub(crate) max_retries: u32,
    pub(crate) sleep_hook: Option<SleepHook>,
    pub(crate) refresher: Option<TokenRefresher>,
    pub(crate) refresh_lock: tokio::sync::Mutex<()>,
}

#[derive(Default)]
pub(crate) struct Credentials {
    pub(crate) token: Option<String>,
    pub(crate) api_key: Option<String>,
    pub(crate) basic: Option<BasicCredentials>,
    /// Bumped on every token change, so concurrent 401s can tell whether someone refreshed.
    pub(crate) generation: u64,
}

/// The username and password of HTTP Basic authentication (never printed).
#[derive(Clone)]
pub(crate) struct BasicCredentials {
    username: String,
    password: String,
}

impl BasicCredentials {
    /// `Basic base64(username ":" password)` over the UTF-8 bytes (RFC 7617). A username with a
    /// colon, or a control character in either, is refused without echoing the values.
    pub(crate) fn authorization(&self) -> Result<String, Error> {
        if self.username.contains(':') {
            return Err(Error::invalid_request(
                "the username contains ':', which HTTP Basic authentication cannot carry (RFC 7617)",
            ));
        }
        let mut chars = self.username.chars().chain(self.password.chars());
        if chars.any(|c| c.is_ascii_control()) {
            return Err(Error::invalid_request(
                "the username or password contains a control character (CR, LF, NUL...); refusing it",
            ));
        }
        let pair = format!("{}:{}", self.username, self.password);
        Ok(format!("Basic {}", BASE64.encode(pair.as_bytes())))
    }
}

impl Core {
    /// A core for the API at `base_url` (without the `/api` prefix of the paths), with no
    /// credentials and the default configuration.
    pub fn new(base_url: impl Into<String>) -> Self {
        CoreBuilder::new(base_url).build()
    }

    /// A builder to configure the core.
    pub fn builder(base_url: impl Into<String>) -> CoreBuilder {
        CoreBuilder::new(base_url)
    }

    /// A core configured from the environment: `<PREFIX>_BASE_URL` (required),
    /// `<PREFIX>_TOKEN` and `<PREFIX>_API_KEY` (optional) and, when the API has an HTTP Basic
    /// scheme, `<PREFIX>_USERNAME` and `<PREFIX>_PASSWORD` (optional, together), where the prefix
    /// is the API's name in capitals (see the crate documentation).
    pub fn from_env() -> Result<Self, Error> {
        let var = |name: &str| {
            std::env::var(format!("{}_{name}", crate::api::ENV_PREFIX))
                .ok()
                .filter(|v| !v.is_empty())
        };
        let Some(base_url) = var("BASE_URL") else {
            let message = format!("{}_BASE_URL is not set", crate::api::ENV_PREFIX);
            return Err(Error::invalid_request(message));
        };
        let mut builder = CoreBuilder::new(base_url);
        builder.token = var("TOKEN");
        builder.api_key = var("API_KEY");
        let has_basic = crate::api::SECURITY_SCHEMES
            .iter()
            .any(|s| matches!(s.kind, SchemeKind::Basic));
        if has_basic {
            match (var("USERNAME"), var("PASSWORD")) {
                (Some(username), Some(password)) => {
                    builder = builder.basic_auth(username, password)
                }
                (None, None) => {}
                (username, _) => {
                    let missing = if username.is_none() {
                        "USERNAME"
                    } else {
                        "PASSWORD"
                    };
                    let prefix = crate::api::ENV_PREFIX;
                    return Err(Error::invalid_request(format!(
                        "{prefix}_{missing} is not set: HTTP Basic authentication needs \
                         {prefix}_USERNAME and {prefix}_PASSWORD together"
                    )));
                }
            }
        }
        Ok(builder.build())
    }

    /// Replaces the bearer token used by every later call (of this core and all its clones).
    pub fn set_token(&self, token: impl Into<String>) {
        let mut credentials = self.write_credentials();
        credentials.token = Some(token.into());
        credentials.generation += 1;
    }

    /// Removes the bearer token.
    pub fn clear_token(&self) {
        let mut credentials = self.write_credentials();
        credentials.token = None;
        credentials.generation += 1;
    }

    /// Replaces the API key used by every later call.
    pub fn set_api_key(&self, api_key: impl Into<String>) {
        self.write_credentials().api_key = Some(api_key.into());
    }

    /// Replaces the HTTP Basic username and password used by every later call. A username with
    /// a `:` or a control character in either makes the calls that need them fail with
    /// [`ErrorKind::InvalidRequest`](crate::ErrorKind::InvalidRequest) before anything is sent.
    pub fn set_basic_auth(&self, username: impl Into<String>, password: impl Into<String>) {
        self.write_credentials().basic = Some(BasicCredentials {
            username: username.into(),
            password: password.into(),
        });
    }

    /// Removes the HTTP Basic username and password.
    pub fn clear_basic_auth(&self) {
        self.write_credentials().basic = None;
    }

    /// The bearer token the next call will send, if any.
    pub fn token(&self) -> Option<String> {
        self.read_credentials().token.clone()
    }

    /// The base URL every path is appended to.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// Sends `request` and returns the JSON data of the response (unwrapped from the envelope
    /// when the request is enveloped), decoded as `T` (`serde_json::Value` for anything).
    pub async fn request<T: DeserializeOwned>(&self, request: ApiRequest) -> Result<T, Error> {
        let raw = self.execute(request).await?;
        decode::json(raw)
    }

    /// Sends `request` and returns the response body as text.
    pub async fn request_text(&self, mut request: ApiRequest) -> Result<String, Error> {
        request.response_kind = crate::request::ResponseKind::Text;
        let raw = self.execute(request).await?;
        decode::text(raw)
    }

    /// Sends `request` and returns the decoded data with the response's status and headers.
    pub async fn request_with_response<T: DeserializeOwned>(
        &self,
        request: ApiRequest,
    ) -> Result<ApiResponse<T>, Error> {
        let raw = self.execute(request).await?;
        ApiResponse::from_raw(raw, decode::json)
    }

    pub(crate) fn read_credentials(&self) -> std::sync::RwLockReadGuard<'_, Credentials> {
        self.inner
            .credentials
            .read()
            .unwrap_or_else(|e| e.into_inner())
    }

    pub(crate) fn write_credentials(&self) -> std::sync::RwLockWriteGuard<'_, Credentials> {
        self.inner
            .credentials
            .write()
            .unwrap_or_else(|e| e.into_inner())
    }
}

impl fmt::Debug for Core {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let credentials = self.read_credentials();
        let redact = |set: bool| if set { "<redacted>" } else { "<none>" };
        f.debug_struct(crate::api::CORE_NAME)
            .field("base_url", &self.inner.base_url)
            .field("token", &redact(credentials.token.is_some()))
            .field("api_key", &redact(credentials.api_key.is_some()))
            .field("basic_auth", &redact(credentials.basic.is_some()))
            .field("timeout", &self.inner.timeout)
            .field("max_retries", &self.inner.max_retries)
            .field("user_agent", &self.inner.user_agent)
            .finish_non_exhaustive()
    }
}

/// Configures a [`Core`]; made by `Core::builder(base_url)`.
#[must_use]
pub struct CoreBuilder {
    base_url: String,
    token: Option<String>,
    api_key: Option<String>,
    basic: Option<BasicCredentials>,
    schemes: &'static [SecurityScheme],
    timeout: Duration,
    default_headers: Vec<(String, String)>,
    user_agent: Option<String>,
    max_retries: u32,
    sleep_hook: Option<SleepHook>,
    refresher: Option<TokenRefresher>,
    http: Option<reqwest::Client>,
}

impl CoreBuilder {
    fn new(base_url: impl Into<String>) -> Self {
        CoreBuilder {
            base_url: base_url.into(),
            token: None,
            api_key: None,
            basic: None,
            schemes: crate::api::SECURITY_SCHEMES,
            timeout: DEFAULT_TIMEOUT,
            default_headers: Vec::new(),
            user_agent: None,
            max_retries: DEFAULT_MAX_RETRIES,
            sleep_hook: None,
            refresher: None,
            http: None,
        }
    }

    /// The bearer token sent to every operation that accepts a bearer scheme.
    pub fn token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(token.into());
        self
    }

    /// The API key sent to every operation that accepts an API-key scheme.
    pub fn api_key(mut self, api_key: impl Into<String>) -> Self {
        self.api_key = Some(api_key.into());
        self
    }

    /// The username and password of HTTP Basic authentication, sent as
    /// `Authorization: Basic base64(username ":" password)` to every operation that accepts a
    /// Basic scheme (never the bearer token). A username with a `:` (RFC 7617) or a control
    /// character in either makes those calls fail with
    /// [`ErrorKind::InvalidRequest`](crate::ErrorKind::InvalidRequest) before anything is sent.
    pub fn basic_auth(mut self, username: impl Into<String>, password: impl Into<String>) -> Self {
        self.basic = Some(BasicCredentials {
            username: username.into(),
            password: password.into(),
        });
        self
    }

    /// Replaces the API's security schemes (runtime tests of schemes the API does not have).
    #[cfg(test)]
    pub(crate) fn security_schemes(mut self, schemes: &'static [SecurityScheme]) -> Self {
        self.schemes = schemes;
        self
    }

    /// Time limit of each request, body included (default 60 s); calls can override it.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// A header sent with every request.
    pub fn default_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.default_headers.push((name.into(), value.into()));
        self
    }

    /// Your application's product token, sent before the SDK's own in `User-Agent`.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = Some(user_agent.into());
        self
    }

    /// How many times a failed request is retried (default 2; 0 disables retries).
    pub fn max_retries(mut self, max_retries: u32) -> Self {
        self.max_retries = max_retries;
        self
    }

    /// A callback that returns a fresh access token. On a 401 the core calls it, stores the
    /// token and replays the request once; concurrent 401s share one refresh.
    pub fn token_refresher<F, Fut>(mut self, refresher: F) -> Self
    where
        F: Fn() -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<String, Error>> + Send + 'static,
    {
        self.refresher = Some(Arc::new(move || -> RefreshFuture { Box::pin(refresher()) }));
        self
    }

    /// The `reqwest` client to send requests with (proxies, TLS settings, connection pools).
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Replaces the waits between retries by a call to `hook` with the delay (for tests).
    #[doc(hidden)]
    pub fn retry_sleep_hook(mut self, hook: impl Fn(Duration) + Send + Sync + 'static) -> Self {
        self.sleep_hook = Some(Arc::new(hook));
        self
    }

    /// The configured core.
    pub fn build(self) -> Core {
        let sdk = format!(
            "{}/{} rust ({}; {})",
            crate::api::PACKAGE_NAME,
            crate::api::VERSION,
            std::env::consts::OS,
            std::env::consts::ARCH
        );
        let user_agent = match self.user_agent {
            Some(app) => format!("{app} {sdk}"),
            None => sdk,
        };
        Core {
            inner: Arc::new(Inner {
                base_url: self.base_url.trim_end_matches('/').to_string(),
                schemes: self.schemes,
                http: self.http.unwrap_or_default(),
                credentials: RwLock::new(Credentials {
                    token: self.token,
                    api_key: self.api_key,
                    basic: self.basic,
                    generation: 0,
                }),
                timeout: self.timeout,
                default_headers: self.default_headers,
                user_agent,
                max_retries: self.max_retries,
                sleep_hook: self.sleep_hook,
                refresher: self.refresher,
                refresh_lock: tokio::sync::Mutex::new(()),
            }),
        }
    }
}

impl fmt::Debug for CoreBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = format!("{}Builder", crate::api::CORE_NAME);
        f.debug_struct(&name)
            .field("base_url", &self.base_url)
            .field("timeout", &self.timeout)
            .field("max_retries", &self.max_retries)
            .finish_non_exhaustive()
    }
}
