//! What every generated method returns: a call to await, with per-call options.

use std::fmt;
use std::future::{Future, IntoFuture};
use std::ops::Deref;
use std::pin::Pin;
use std::time::Duration;

use reqwest::header::HeaderMap;

use crate::client::Core;
use crate::error::{header_str, Error};
use crate::request::{ApiRequest, RequestOptions};
use crate::transport::RawResponse;

pub(crate) type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send + 'static>>;
pub(crate) type Decoder<T> = fn(RawResponse) -> Result<T, Error>;

/// One API call, sent when awaited: `let tenant = tenants.get("ten_123").await?;`.
///
/// Before awaiting, per-call options can be set: [`timeout`](Self::timeout),
/// [`header`](Self::header), [`idempotency_key`](Self::idempotency_key),
/// [`max_retries`](Self::max_retries); [`with_response`](Self::with_response) returns the
/// status, headers and request id with the data. Dropping the future cancels the call.
#[must_use = "a call does nothing until it is awaited"]
pub struct Call<T> {
    core: Core,
    request: ApiRequest,
    decode: Decoder<T>,
}

impl<T> Call<T> {
    #[allow(dead_code, reason = "not every API uses it")]
    pub(crate) fn new(core: &Core, request: ApiRequest, decode: Decoder<T>) -> Self {
        Call {
            core: core.clone(),
            request,
            decode,
        }
    }

    /// Sets every option of the call at once.
    pub fn options(mut self, options: RequestOptions) -> Self {
        self.request.options = options;
        self
    }

    /// Time limit of this call, body included.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.request.options.timeout = Some(timeout);
        self
    }

    /// Adds a header to this call (replacing a default header of the same name).
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.request
            .options
            .headers
            .push((name.into(), value.into()));
        self
    }

    /// The idempotency key of this call; the same key is sent on every retry.
    pub fn idempotency_key(mut self, key: impl Into<String>) -> Self {
        self.request.options.idempotency_key = Some(key.into());
        self
    }

    /// How many times this call may be retried (0 disables retries).
    pub fn max_retries(mut self, max_retries: u32) -> Self {
        self.request.options.max_retries = Some(max_retries);
        self
    }

    /// The request this call sends.
    pub fn request(&self) -> &ApiRequest {
        &self.request
    }

    #[allow(dead_code, reason = "not every API uses it")]
    pub(crate) fn into_request(self) -> ApiRequest {
        self.request
    }

    /// Returns the response's status, headers and request id along with the data.
    pub fn with_response(self) -> RawCall<T> {
        RawCall { call: self }
    }
}

impl<T> fmt::Debug for Call<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Call")
            .field("method", &self.request.method)
            .field("path", &self.request.path)
            .finish_non_exhaustive()
    }
}

impl<T: Send + 'static> IntoFuture for Call<T> {
    type Output = Result<T, Error>;
    type IntoFuture = BoxFuture<Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(async move {
            let raw = self.core.execute(self.request).await?;
            (self.decode)(raw)
        })
    }
}

/// A [`Call`] that returns an [`ApiResponse`]: made by [`Call::with_response`].
#[must_use = "a call does nothing until it is awaited"]
#[derive(Debug)]
pub struct RawCall<T> {
    call: Call<T>,
}

impl<T: Send + 'static> IntoFuture for RawCall<T> {
    type Output = Result<ApiResponse<T>, Error>;
    type IntoFuture = BoxFuture<Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        let Call {
            core,
            request,
            decode,
        } = self.call;
        Box::pin(async move {
            let raw = core.execute(request).await?;
            ApiResponse::from_raw(raw, decode)
        })
    }
}

/// The data of a response with its status and headers, for debugging and logging.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ApiResponse<T> {
    /// The decoded data.
    pub data: T,
    /// The HTTP status.
    pub status: u16,
    /// The response headers.
    pub headers: HeaderMap,
}

impl<T> ApiResponse<T> {
    pub(crate) fn from_raw(raw: RawResponse, decode: Decoder<T>) -> Result<Self, Error> {
        let status = raw.status;
        let headers = raw.headers.clone();
        Ok(ApiResponse {
            data: decode(raw)?,
            status,
            headers,
        })
    }

    /// The `x-request-id` of the response.
    pub fn request_id(&self) -> Option<&str> {
        self.headers
            .get("x-request-id")
            .and_then(|v| v.to_str().ok())
    }

    /// The `ETag` of the response.
    pub fn etag(&self) -> Option<&str> {
        self.headers.get("etag").and_then(|v| v.to_str().ok())
    }

    /// The data, without the response.
    pub fn into_data(self) -> T {
        self.data
    }
}

/// A resource with the `ETag` of the response that returned it; dereferences to the resource.
///
/// Pass the ETag back as `if_match` to update the resource only if nobody changed it since.
#[derive(Debug, Clone, PartialEq)]
pub struct WithEtag<T> {
    data: T,
    etag: Option<String>,
}

impl<T> WithEtag<T> {
    /// The `ETag` header of the response, as sent (quotes included).
    pub fn etag(&self) -> Option<&str> {
        self.etag.as_deref()
    }

    /// The resource, without its ETag.
    pub fn into_inner(self) -> T {
        self.data
    }
}

impl<T> Deref for WithEtag<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.data
    }
}

/// Turning a successful response into what a method returns.
pub(crate) mod decode {
    use serde::de::DeserializeOwned;
    use serde_json::Value;

    use super::{header_str, WithEtag};
    use crate::api::ENVELOPE;
    use crate::error::Error;
    use crate::errors::ErrorKind;
    use crate::pagination::Page;
    use crate::transport::{error_fields, retry_after, RawResponse};

    /// The JSON data of the response, unwrapped from the envelope when the request says so.
    pub(crate) fn json_value(raw: &RawResponse) -> Result<Value, Error> {
        let invalid = |e: serde_json::Error| {
            Error::invalid_response(format!("the response is not valid JSON: {e}"), raw.status)
        };
        let value: Value = if raw.body.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&raw.body).map_err(invalid)?
        };
        let Some(envelope) = ENVELOPE.filter(|_| raw.enveloped) else {
            return Ok(value);
        };
        if value.get(envelope.ok_field) == Some(&Value::Bool(false)) {
            let (code, message, details) = error_fields(&value);
            let kind = ErrorKind::for_response(raw.status, code.as_deref());
            let message = message.unwrap_or_else(|| "the API reported an error".to_string());
            let headers = raw.headers.clone();
            let retry = retry_after(&headers);
            let error = Error::from_response(
                kind,
                raw.status,
                message,
                code,
                details,
                Some(value),
                headers,
                retry,
            );
            return Err(error);
        }
        match value {
            Value::Object(mut map) if map.contains_key(envelope.data_field) => {
                Ok(map.remove(envelope.data_field).unwrap_or(Value::Null))
            }
            Value::Object(_) => Ok(Value::Null),
            other => Ok(other),
        }
    }

    fn from_value<T: DeserializeOwned>(value: Value, status: u16) -> Result<T, Error> {
        crate::de::from_value(value).map_err(|e| {
            let message = format!("the response does not have the documented shape: {e}");
            Error::invalid_response(message, status)
        })
    }

    pub(crate) fn json<T: DeserializeOwned>(raw: RawResponse) -> Result<T, Error> {
        from_value(json_value(&raw)?, raw.status)
    }

    #[allow(dead_code, reason = "not every API uses it")]
    pub(crate) fn json_with_etag<T: DeserializeOwned>(
        raw: RawResponse,
    ) -> Result<WithEtag<T>, Error> {
        let etag = header_str(&raw.headers, "etag");
        let data = json(raw)?;
        Ok(WithEtag { data, etag })
    }

    #[allow(dead_code, reason = "not every API uses it")]
    pub(crate) fn page<T: DeserializeOwned>(raw: RawResponse) -> Result<Page<T>, Error> {
        let status = raw.status;
        let value = json_value(&raw)?;
        let Some(fields) = raw.page else {
            let items = from_value(value, status)?;
            return Ok(Page {
                items,
                next_cursor: None,
                has_more: false,
            });
        };
        let items = value
            .get(&fields.items)
            .cloned()
            .unwrap_or(Value::Array(Vec::new()));
        let next_cursor = match value.get(&fields.next_cursor) {
            Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
            Some(Value::Number(n)) => Some(n.to_string()),
            _ => None,
        };
        let has_more = match fields.has_more.as_ref().and_then(|f| value.get(f)) {
            Some(Value::Bool(more)) => *more && next_cursor.is_some(),
            _ => next_cursor.is_some(),
        };
        Ok(Page {
            items: from_value(items, status)?,
            next_cursor,
            has_more,
        })
    }

    pub(crate) fn text(raw: RawResponse) -> Result<String, Error> {
        String::from_utf8(raw.body).map_err(|_| {
            Error::invalid_response("the response is not valid UTF-8 text", raw.status)
        })
    }

    #[allow(dead_code, reason = "not every API uses it")]
    pub(crate) fn bytes(raw: RawResponse) -> Result<Vec<u8>, Error> {
        Ok(raw.body)
    }

    #[allow(dead_code, reason = "not every API uses it")]
    pub(crate) fn empty(_raw: RawResponse) -> Result<(), Error> {
        Ok(())
    }
}
