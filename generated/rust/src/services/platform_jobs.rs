//! The `PlatformJobsService`.

use crate::call::{decode, Call};
use crate::client::Core;
use crate::models::*;
use crate::pagination::{Page, Paginator};
use crate::request::ApiRequest;
use crate::scopes::*;
use reqwest::Method;

/// Platform operators only. Inspect and retry background jobs.
///
/// Built over a shared core: `PlatformJobsService::new(&core)`.
#[derive(Debug, Clone)]
pub struct PlatformJobsService {
    core: Core,
}

impl PlatformJobsService {
    /// A `PlatformJobsService` over `core` (cloning the core is cheap).
    pub fn new(core: &Core) -> Self {
        Self { core: core.clone() }
    }

    /// Every known value of [`JobStatus`].
    pub const JOB_STATUSES: &'static [JobStatus] = crate::constants::JOB_STATUSES;

    /// List background jobs
    ///
    /// Lists background jobs (webhook deliveries, usage roll-ups, invoice runs...), newest first, optionally in one status.
    pub fn list(&self, params: PlatformJobsListParams) -> Call<Page<Job>> {
        let mut request = ApiRequest::new(Method::GET, "/api/platform/jobs");
        request.query("status", &params.status);
        request.query("limit", &params.limit);
        request.query("cursor", &params.cursor);
        request.security(&[&["platformAuth"]]);
        request.paginated("cursor", "items", "nextCursor", None);
        Call::new(&self.core, request, decode::page)
    }

    /// Every item of [`list`](Self::list), fetched lazily page by page.
    pub fn list_all(&self, params: PlatformJobsListParams) -> Paginator<Job> {
        let call = self.list(params);
        Paginator::new(&self.core, call.into_request())
    }

    /// Get a background job
    ///
    /// Returns one job with its last error.
    pub fn get(&self, job_id: &str) -> Call<Job> {
        let mut request = ApiRequest::new(Method::GET, "/api/platform/jobs/{jobId}");
        request.path_param("jobId", job_id);
        request.security(&[&["platformAuth"]]);
        Call::new(&self.core, request, decode::json)
    }

    /// Retry a background job
    ///
    /// Queues a failed or cancelled job to run again with a fresh attempt budget. 409 if the job is queued, running or succeeded.
    pub fn retry(&self, job_id: &str) -> Call<Job> {
        let mut request = ApiRequest::new(Method::POST, "/api/platform/jobs/{jobId}/retry");
        request.path_param("jobId", job_id);
        request.security(&[&["platformAuth"]]);
        Call::new(&self.core, request, decode::json)
    }

    /// The operations on one job (`/api/platform/jobs/{jobId}`), with its `jobId` bound.
    #[cfg(feature = "platform_jobs")]
    pub fn scope(&self, job_id: impl Into<String>) -> JobScope {
        JobScope::new(&self.core, job_id)
    }
}

/// Optional inputs of [`PlatformJobsService::list`]; set those you need, e.g.
/// `PlatformJobsListParams::new().status(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PlatformJobsListParams {
    /// Only jobs in this status.
    pub status: Option<JobStatus>,
    /// Maximum number of items in the page.
    pub limit: Option<i64>,
    /// Opaque cursor from a previous page's `nextCursor`; absent for the first page.
    pub cursor: Option<String>,
}

impl PlatformJobsListParams {
    /// No optional input set.
    pub fn new() -> Self {
        Default::default()
    }

    /// Only jobs in this status.
    pub fn status(mut self, status: JobStatus) -> Self {
        self.status = Some(status);
        self
    }

    /// Maximum number of items in the page.
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Opaque cursor from a previous page's `nextCursor`; absent for the first page.
    pub fn cursor(mut self, cursor: impl Into<String>) -> Self {
        self.cursor = Some(cursor.into());
        self
    }
}
