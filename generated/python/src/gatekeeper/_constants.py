"""Enum values that ship with the services, as tuples in the API's order."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from .types import (
        AuditExportFormat,
        JobStatus,
        KeyStatus,
        OAuthProvider,
        QuotaPeriod,
        TenantRole,
        WebhookDeliveryStatus,
        WebhookEventType,
    )

__all__ = [
    "AUDIT_EXPORT_FORMATS",
    "JOB_STATUSES",
    "KEY_STATUSES",
    "OAUTH_PROVIDERS",
    "QUOTA_PERIODS",
    "TENANT_ROLES",
    "WEBHOOK_DELIVERY_STATUSES",
    "WEBHOOK_EVENT_TYPES",
]

TENANT_ROLES: Final[tuple[TenantRole, ...]] = ("owner", "admin", "member")
"""Every value of ``TenantRole``, in the order the API lists them."""

QUOTA_PERIODS: Final[tuple[QuotaPeriod, ...]] = ("hour", "day", "month")
"""Every value of ``QuotaPeriod``, in the order the API lists them."""

KEY_STATUSES: Final[tuple[KeyStatus, ...]] = ("active", "revoked", "expired")
"""Every value of ``KeyStatus``, in the order the API lists them."""

WEBHOOK_EVENT_TYPES: Final[tuple[WebhookEventType, ...]] = (
    "tenant.updated",
    "tenant.deleted",
    "member.added",
    "member.removed",
    "member.role_changed",
    "key.created",
    "key.revoked",
    "key.rotated",
    "key.expired",
    "usage.quota_exceeded",
    "subscription.updated",
    "invoice.issued",
    "webhook.test",
)
"""Every value of ``WebhookEventType``, in the order the API lists them."""

WEBHOOK_DELIVERY_STATUSES: Final[tuple[WebhookDeliveryStatus, ...]] = (
    "pending",
    "succeeded",
    "failed",
)
"""Every value of ``WebhookDeliveryStatus``, in the order the API lists them."""

AUDIT_EXPORT_FORMATS: Final[tuple[AuditExportFormat, ...]] = ("csv", "json", "ndjson")
"""Every value of ``AuditExportFormat``, in the order the API lists them."""

OAUTH_PROVIDERS: Final[tuple[OAuthProvider, ...]] = ("google", "github", "microsoft")
"""Every value of ``OAuthProvider``, in the order the API lists them."""

JOB_STATUSES: Final[tuple[JobStatus, ...]] = (
    "queued",
    "running",
    "succeeded",
    "failed",
    "cancelled",
)
"""Every value of ``JobStatus``, in the order the API lists them."""
