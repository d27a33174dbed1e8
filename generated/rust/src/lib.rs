//! Gatekeeper is a multi-tenant identity, API-key, metering and billing service.
//! It serves JSON under `/api`.
//!
//! Every JSON response body is an envelope: `{ "ok": true, "data": ... }` on
//! success, `{ "ok": false, "error": { "code", "message", "details"? } }` on
//! failure. `error.code` is one of the `ErrorCode` values; every 429 response
//! carries a `Retry-After` header (seconds). List endpoints are cursor
//! paginated with `limit` and `cursor` and return `{ items, nextCursor }`.
//!
//! # Usage
//!
//! Build one [`GatekeeperCore`] and the services you need over it:
//!
//! ```no_run
//! # async fn run() -> Result<(), gatekeeper_sdk::GatekeeperError> {
//! use gatekeeper_sdk::{GatekeeperCore, AuthService};
//!
//! let core = GatekeeperCore::builder("https://gatekeeper-api.example.workers.dev")
//!     .token("token")
//!     .build();
//! let auth = AuthService::new(&core);
//! # let _ = auth;
//! # Ok(())
//! # }
//! ```
//!
//! Every method returns a [`Call`]: await it for `Result<T, GatekeeperError>`, or set per-call
//! options first (`.timeout(..)`, `.header(..)`, `.idempotency_key(..)`, `.max_retries(..)`,
//! `.with_response()` for the status and headers).
//!
//! [`GatekeeperCore::from_env`] reads `GATEKEEPER_BASE_URL`, `GATEKEEPER_TOKEN` and
//! `GATEKEEPER_API_KEY`.

// A build with some of the services leaves parts of the shared code unused.
#![cfg_attr(not(feature = "full"), allow(unused_imports, unused_macros, dead_code))]

mod api;
mod call;
mod client;
mod constants;
mod de;
mod definition;
mod error;
mod errors;
pub mod models;
mod pagination;
mod request;
mod scopes;
mod services;
mod transport;

pub use call::{ApiResponse, Call, RawCall, WithEtag};
pub use client::{Core as GatekeeperCore, CoreBuilder as GatekeeperCoreBuilder};
pub use constants::*;
pub use error::Error as GatekeeperError;
pub use errors::ErrorKind;
pub use pagination::{Page, Paginator};
pub use request::{ApiRequest, Fields, RequestOptions, ResponseKind};
pub use reqwest::Method;
pub use scopes::*;
pub use services::*;
