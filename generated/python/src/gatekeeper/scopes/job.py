"""Scoped clients for the resources under ``/api/platform/jobs/{jobId}``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import AsyncRequester, RequestOptions, SyncRequester

if TYPE_CHECKING:
    from ..types import Job

__all__ = [
    "AsyncJobScope",
    "JobScope",
]


class JobScope:
    """Client scoped to one job: every operation under ``/api/platform/jobs/{jobId}`` with
    ``job_id`` bound.
    """

    def __init__(
        self,
        core: SyncRequester,
        job_id: str,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            job_id: The ``jobId`` path parameter bound to every call.
        """
        from ..services.platform_jobs import PlatformJobsService

        self._core = core
        self.job_id: str = job_id
        self._platform_jobs = PlatformJobsService(core)

    def get(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Job:
        """Get a background job. Same as :meth:`PlatformJobsService.get`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._platform_jobs.get(job_id=self.job_id, request_options=request_options)

    def retry(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Job:
        """Retry a background job. Same as :meth:`PlatformJobsService.retry`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._platform_jobs.retry(job_id=self.job_id, request_options=request_options)


class AsyncJobScope:
    """Async client scoped to one job: every operation under ``/api/platform/jobs/{jobId}`` with
    ``job_id`` bound.
    """

    def __init__(
        self,
        core: AsyncRequester,
        job_id: str,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            job_id: The ``jobId`` path parameter bound to every call.
        """
        from ..services.platform_jobs import AsyncPlatformJobsService

        self._core = core
        self.job_id: str = job_id
        self._platform_jobs = AsyncPlatformJobsService(core)

    async def get(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Job:
        """Get a background job. Same as :meth:`AsyncPlatformJobsService.get`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._platform_jobs.get(job_id=self.job_id, request_options=request_options)

    async def retry(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Job:
        """Retry a background job. Same as :meth:`AsyncPlatformJobsService.retry`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._platform_jobs.retry(job_id=self.job_id, request_options=request_options)
