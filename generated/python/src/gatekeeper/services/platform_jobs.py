"""The PlatformJobs service: Platform operators only. Inspect and retry background jobs."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import partial
from typing import TYPE_CHECKING

from .._constants import JOB_STATUSES
from .._runtime import (
    ApiResponse,
    AsyncRequester,
    Page,
    RequestOptions,
    SyncRequester,
    aiterate_pages,
    iterate_pages,
)

if TYPE_CHECKING:
    from ..scopes.job import AsyncJobScope, JobScope
    from ..types import Job, JobStatus

__all__ = [
    "JOB_STATUSES",
    "AsyncPlatformJobsService",
    "AsyncPlatformJobsServiceWithRawResponse",
    "PlatformJobsService",
    "PlatformJobsServiceWithRawResponse",
]


class PlatformJobsService:
    """Platform operators only. Inspect and retry background jobs.

    Constants: ``JOB_STATUSES``.
    """

    def __init__(
        self,
        core: SyncRequester,
    ) -> None:
        """Creates the service over ``core``.

        Args:
            core: The ``GatekeeperCore`` (or any object with its ``request`` methods) to
                send calls with.
        """
        self._core = core

    def list(
        self,
        *,
        status: JobStatus | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[Job]:
        """List background jobs.

        Lists background jobs (webhook deliveries, usage roll-ups, invoice runs...), newest
        first, optionally in one status.

        Args:
            status: Only jobs in this status.
            limit: Maximum number of items in the page. The API's default is ``20``.
            cursor: Opaque cursor from a previous page's `nextCursor`; absent for the
                first page.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            One page of results; pass its ``next_cursor`` back as the cursor for the next
                page.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ForbiddenError: Authenticated but not allowed. Codes: `forbidden`,
                `mfa_required`, `email_not_verified`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result = self._core.request(
            "GET",
            "/api/platform/jobs",
            query={"status": status, "limit": limit, "cursor": cursor},
            security=[["platformAuth"]],
            options=request_options,
        )
        return Page.from_data(result, items_field="items", next_cursor_field="nextCursor")

    def list_all(
        self,
        *,
        status: JobStatus | None = None,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Job]:
        """Iterates over every item of :meth:`list`, fetching one page at a time as needed.

        Args:
            status: Only jobs in this status.
            limit: Maximum number of items in the page. The API's default is ``20``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return iterate_pages(
            partial(self.list, status=status, limit=limit, request_options=request_options),
            "cursor",
        )

    def get(
        self,
        job_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Job:
        """Get a background job.

        Returns one job with its last error.

        Args:
            job_id: Background job id (`job_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The job.

        Raises:
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ForbiddenError: Authenticated but not allowed. Codes: `forbidden`,
                `mfa_required`, `email_not_verified`.
            NotFoundError: The resource does not exist or is not visible to the caller.
                Code: `not_found`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: Job = self._core.request(
            "GET",
            "/api/platform/jobs/{jobId}",
            path_params={"jobId": job_id},
            security=[["platformAuth"]],
            options=request_options,
        )
        return result

    def retry(
        self,
        job_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Job:
        """Retry a background job.

        Queues a failed or cancelled job to run again with a fresh attempt budget. 409 if the
        job is queued, running or succeeded.

        Args:
            job_id: Background job id (`job_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The job, queued again.

        Raises:
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ForbiddenError: Authenticated but not allowed. Codes: `forbidden`,
                `mfa_required`, `email_not_verified`.
            NotFoundError: The resource does not exist or is not visible to the caller.
                Code: `not_found`.
            ConflictError: The request conflicts with the current state (duplicate, wrong
                state). Code: `conflict`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: Job = self._core.request(
            "POST",
            "/api/platform/jobs/{jobId}/retry",
            path_params={"jobId": job_id},
            security=[["platformAuth"]],
            options=request_options,
        )
        return result

    def scope(
        self,
        job_id: str,
    ) -> JobScope:
        """The ``job`` resource as a scoped client: its operations with ``job_id`` bound."""
        from ..scopes.job import JobScope

        return JobScope(self._core, job_id)

    @property
    def with_raw_response(self) -> PlatformJobsServiceWithRawResponse:
        """The same methods, returning an ``ApiResponse`` (``data``, ``status``, ``headers``,
        ``request_id``, ``etag``).
        """
        return PlatformJobsServiceWithRawResponse(self._core)


class PlatformJobsServiceWithRawResponse:
    """The methods of :class:`PlatformJobsService` returning an ``ApiResponse``: the same data
    plus the response's status, headers, request id and ``ETag``.
    """

    def __init__(
        self,
        core: SyncRequester,
    ) -> None:
        """Creates the service over ``core``.

        Args:
            core: The ``GatekeeperCore`` (or any object with its ``request`` methods) to
                send calls with.
        """
        self._core = core

    def list(
        self,
        *,
        status: JobStatus | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Page[Job]]:
        """Like :meth:`PlatformJobsService.list`, with the response's status, headers and ETag."""
        response = self._core.request_raw(
            "GET",
            "/api/platform/jobs",
            "json",
            query={"status": status, "limit": limit, "cursor": cursor},
            security=[["platformAuth"]],
            options=request_options,
        )
        return response.with_data(
            Page.from_data(response.data, items_field="items", next_cursor_field="nextCursor"),
        )

    def get(
        self,
        job_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Job]:
        """Like :meth:`PlatformJobsService.get`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "GET",
            "/api/platform/jobs/{jobId}",
            "json",
            path_params={"jobId": job_id},
            security=[["platformAuth"]],
            options=request_options,
        )

    def retry(
        self,
        job_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Job]:
        """Like :meth:`PlatformJobsService.retry`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "POST",
            "/api/platform/jobs/{jobId}/retry",
            "json",
            path_params={"jobId": job_id},
            security=[["platformAuth"]],
            options=request_options,
        )


class AsyncPlatformJobsService:
    """Platform operators only. Inspect and retry background jobs.

    Coroutine twin of :class:`PlatformJobsService`; every method is awaited.

    Constants: ``JOB_STATUSES``.
    """

    def __init__(
        self,
        core: AsyncRequester,
    ) -> None:
        """Creates the service over ``core``.

        Args:
            core: The ``AsyncGatekeeperCore`` (or any object with its ``request`` methods)
                to send calls with.
        """
        self._core = core

    async def list(
        self,
        *,
        status: JobStatus | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[Job]:
        """List background jobs.

        Lists background jobs (webhook deliveries, usage roll-ups, invoice runs...), newest
        first, optionally in one status.

        Args:
            status: Only jobs in this status.
            limit: Maximum number of items in the page. The API's default is ``20``.
            cursor: Opaque cursor from a previous page's `nextCursor`; absent for the
                first page.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            One page of results; pass its ``next_cursor`` back as the cursor for the next
                page.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ForbiddenError: Authenticated but not allowed. Codes: `forbidden`,
                `mfa_required`, `email_not_verified`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result = await self._core.request(
            "GET",
            "/api/platform/jobs",
            query={"status": status, "limit": limit, "cursor": cursor},
            security=[["platformAuth"]],
            options=request_options,
        )
        return Page.from_data(result, items_field="items", next_cursor_field="nextCursor")

    def list_all(
        self,
        *,
        status: JobStatus | None = None,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Job]:
        """Iterates over every item of :meth:`list`, fetching one page at a time as needed.

        Args:
            status: Only jobs in this status.
            limit: Maximum number of items in the page. The API's default is ``20``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return aiterate_pages(
            partial(self.list, status=status, limit=limit, request_options=request_options),
            "cursor",
        )

    async def get(
        self,
        job_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Job:
        """Get a background job.

        Returns one job with its last error.

        Args:
            job_id: Background job id (`job_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The job.

        Raises:
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ForbiddenError: Authenticated but not allowed. Codes: `forbidden`,
                `mfa_required`, `email_not_verified`.
            NotFoundError: The resource does not exist or is not visible to the caller.
                Code: `not_found`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: Job = await self._core.request(
            "GET",
            "/api/platform/jobs/{jobId}",
            path_params={"jobId": job_id},
            security=[["platformAuth"]],
            options=request_options,
        )
        return result

    async def retry(
        self,
        job_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Job:
        """Retry a background job.

        Queues a failed or cancelled job to run again with a fresh attempt budget. 409 if the
        job is queued, running or succeeded.

        Args:
            job_id: Background job id (`job_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The job, queued again.

        Raises:
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ForbiddenError: Authenticated but not allowed. Codes: `forbidden`,
                `mfa_required`, `email_not_verified`.
            NotFoundError: The resource does not exist or is not visible to the caller.
                Code: `not_found`.
            ConflictError: The request conflicts with the current state (duplicate, wrong
                state). Code: `conflict`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: Job = await self._core.request(
            "POST",
            "/api/platform/jobs/{jobId}/retry",
            path_params={"jobId": job_id},
            security=[["platformAuth"]],
            options=request_options,
        )
        return result

    def scope(
        self,
        job_id: str,
    ) -> AsyncJobScope:
        """The ``job`` resource as a scoped client: its operations with ``job_id`` bound."""
        from ..scopes.job import AsyncJobScope

        return AsyncJobScope(self._core, job_id)

    @property
    def with_raw_response(self) -> AsyncPlatformJobsServiceWithRawResponse:
        """The same methods, returning an ``ApiResponse`` (``data``, ``status``, ``headers``,
        ``request_id``, ``etag``).
        """
        return AsyncPlatformJobsServiceWithRawResponse(self._core)


class AsyncPlatformJobsServiceWithRawResponse:
    """The methods of :class:`AsyncPlatformJobsService` returning an ``ApiResponse``: the same
    data plus the response's status, headers, request id and ``ETag``.
    """

    def __init__(
        self,
        core: AsyncRequester,
    ) -> None:
        """Creates the service over ``core``.

        Args:
            core: The ``AsyncGatekeeperCore`` (or any object with its ``request`` methods)
                to send calls with.
        """
        self._core = core

    async def list(
        self,
        *,
        status: JobStatus | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Page[Job]]:
        """Like :meth:`AsyncPlatformJobsService.list`, with the response's status, headers and
        ETag.
        """
        response = await self._core.request_raw(
            "GET",
            "/api/platform/jobs",
            "json",
            query={"status": status, "limit": limit, "cursor": cursor},
            security=[["platformAuth"]],
            options=request_options,
        )
        return response.with_data(
            Page.from_data(response.data, items_field="items", next_cursor_field="nextCursor"),
        )

    async def get(
        self,
        job_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Job]:
        """Like :meth:`AsyncPlatformJobsService.get`, with the response's status, headers and
        ETag.
        """
        return await self._core.request_raw(
            "GET",
            "/api/platform/jobs/{jobId}",
            "json",
            path_params={"jobId": job_id},
            security=[["platformAuth"]],
            options=request_options,
        )

    async def retry(
        self,
        job_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Job]:
        """Like :meth:`AsyncPlatformJobsService.retry`, with the response's status, headers and
        ETag.
        """
        return await self._core.request_raw(
            "POST",
            "/api/platform/jobs/{jobId}/retry",
            "json",
            path_params={"jobId": job_id},
            security=[["platformAuth"]],
            options=request_options,
        )
