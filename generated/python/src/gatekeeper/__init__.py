"""Python SDK for the Gatekeeper API.

Build a :class:`GatekeeperCore` (or :class:`AsyncGatekeeperCore`) once, then the services you
need over it. Every name of the package is imported on first use, so ``import gatekeeper``
stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._client import AsyncGatekeeperCore, GatekeeperCore
    from ._constants import (
        AUDIT_EXPORT_FORMATS,
        JOB_STATUSES,
        KEY_STATUSES,
        OAUTH_PROVIDERS,
        QUOTA_PERIODS,
        TENANT_ROLES,
        WEBHOOK_DELIVERY_STATUSES,
        WEBHOOK_EVENT_TYPES,
    )
    from ._errors import (
        APIConnectionError,
        APITimeoutError,
        AuthenticationError,
        BadGatewayError,
        BadRequestError,
        ConflictError,
        EmailNotVerifiedError,
        ExpiredKeyError,
        ForbiddenError,
        GatekeeperError,
        GatewayTimeoutError,
        InsufficientScopeError,
        InternalError,
        InternalServerError,
        InvalidCredentialsError,
        InvalidKeyError,
        InvalidMfaCodeError,
        InvalidTokenError,
        MfaRequiredError,
        NotFoundError,
        PreconditionFailedError,
        QuotaExceededError,
        RateLimitedError,
        RateLimitError,
        RevokedKeyError,
        ServerError,
        ServiceUnavailableError,
        TokenExpiredError,
        UnauthorizedError,
        UnexpectedStatusError,
        ValidationError,
        ValidationFailedError,
    )
    from ._runtime import NOT_GIVEN, ApiResponse, NotGiven, Page, RequestOptions
    from .scopes.delivery import AsyncDeliveryScope, DeliveryScope
    from .scopes.job import AsyncJobScope, JobScope
    from .scopes.key import AsyncKeyScope, KeyScope
    from .scopes.member import AsyncMemberScope, MemberScope
    from .scopes.oauth import AsyncOAuthScope, OAuthScope
    from .scopes.service_account import AsyncServiceAccountScope, ServiceAccountScope
    from .scopes.tenant import AsyncTenantScope, TenantScope
    from .scopes.webhook import AsyncWebhookScope, WebhookScope
    from .services.audit import AsyncAuditService, AuditService
    from .services.auth import AsyncAuthService, AuthService
    from .services.billing import AsyncBillingService, BillingService
    from .services.health import AsyncHealthService, HealthService
    from .services.keys import AsyncKeysService, KeysService
    from .services.mfa import AsyncMfaService, MfaService
    from .services.oauth import AsyncOAuthService, OAuthService
    from .services.permissions import AsyncPermissionsService, PermissionsService
    from .services.platform_billing import AsyncPlatformBillingService, PlatformBillingService
    from .services.platform_jobs import AsyncPlatformJobsService, PlatformJobsService
    from .services.platform_service_accounts import (
        AsyncPlatformServiceAccountsService,
        PlatformServiceAccountsService,
    )
    from .services.rate_limit import AsyncRateLimitService, RateLimitService
    from .services.tenants import AsyncTenantsService, TenantsService
    from .services.usage import AsyncUsageService, UsageService
    from .services.webhooks import AsyncWebhooksService, WebhooksService
    from .types import is_login_success, is_mfa_challenge

__version__ = "1.0.0"

__all__ = [
    "AUDIT_EXPORT_FORMATS",
    "JOB_STATUSES",
    "KEY_STATUSES",
    "NOT_GIVEN",
    "OAUTH_PROVIDERS",
    "QUOTA_PERIODS",
    "TENANT_ROLES",
    "WEBHOOK_DELIVERY_STATUSES",
    "WEBHOOK_EVENT_TYPES",
    "APIConnectionError",
    "APITimeoutError",
    "ApiResponse",
    "AsyncAuditService",
    "AsyncAuthService",
    "AsyncBillingService",
    "AsyncDeliveryScope",
    "AsyncGatekeeperCore",
    "AsyncHealthService",
    "AsyncJobScope",
    "AsyncKeyScope",
    "AsyncKeysService",
    "AsyncMemberScope",
    "AsyncMfaService",
    "AsyncOAuthScope",
    "AsyncOAuthService",
    "AsyncPermissionsService",
    "AsyncPlatformBillingService",
    "AsyncPlatformJobsService",
    "AsyncPlatformServiceAccountsService",
    "AsyncRateLimitService",
    "AsyncServiceAccountScope",
    "AsyncTenantScope",
    "AsyncTenantsService",
    "AsyncUsageService",
    "AsyncWebhookScope",
    "AsyncWebhooksService",
    "AuditService",
    "AuthService",
    "AuthenticationError",
    "BadGatewayError",
    "BadRequestError",
    "BillingService",
    "ConflictError",
    "DeliveryScope",
    "EmailNotVerifiedError",
    "ExpiredKeyError",
    "ForbiddenError",
    "GatekeeperCore",
    "GatekeeperError",
    "GatewayTimeoutError",
    "HealthService",
    "InsufficientScopeError",
    "InternalError",
    "InternalServerError",
    "InvalidCredentialsError",
    "InvalidKeyError",
    "InvalidMfaCodeError",
    "InvalidTokenError",
    "JobScope",
    "KeyScope",
    "KeysService",
    "MemberScope",
    "MfaRequiredError",
    "MfaService",
    "NotFoundError",
    "NotGiven",
    "OAuthScope",
    "OAuthService",
    "Page",
    "PermissionsService",
    "PlatformBillingService",
    "PlatformJobsService",
    "PlatformServiceAccountsService",
    "PreconditionFailedError",
    "QuotaExceededError",
    "RateLimitError",
    "RateLimitService",
    "RateLimitedError",
    "RequestOptions",
    "RevokedKeyError",
    "ServerError",
    "ServiceAccountScope",
    "ServiceUnavailableError",
    "TenantScope",
    "TenantsService",
    "TokenExpiredError",
    "UnauthorizedError",
    "UnexpectedStatusError",
    "UsageService",
    "ValidationError",
    "ValidationFailedError",
    "WebhookScope",
    "WebhooksService",
    "__version__",
    "is_login_success",
    "is_mfa_challenge",
]

_MODULES: dict[str, tuple[str, ...]] = {
    "._client": ("GatekeeperCore", "AsyncGatekeeperCore"),
    "._errors": (
        "GatekeeperError",
        "ValidationError",
        "AuthenticationError",
        "ForbiddenError",
        "NotFoundError",
        "ConflictError",
        "PreconditionFailedError",
        "RateLimitError",
        "ServerError",
        "InternalServerError",
        "BadGatewayError",
        "ServiceUnavailableError",
        "GatewayTimeoutError",
        "UnexpectedStatusError",
        "APIConnectionError",
        "APITimeoutError",
        "BadRequestError",
        "ValidationFailedError",
        "UnauthorizedError",
        "InvalidTokenError",
        "TokenExpiredError",
        "InvalidCredentialsError",
        "InvalidMfaCodeError",
        "InvalidKeyError",
        "ExpiredKeyError",
        "MfaRequiredError",
        "EmailNotVerifiedError",
        "RevokedKeyError",
        "InsufficientScopeError",
        "QuotaExceededError",
        "RateLimitedError",
        "InternalError",
    ),
    ".services.auth": ("AuthService", "AsyncAuthService"),
    ".services.tenants": ("TenantsService", "AsyncTenantsService"),
    ".services.mfa": ("MfaService", "AsyncMfaService"),
    ".services.keys": ("KeysService", "AsyncKeysService"),
    ".services.usage": ("UsageService", "AsyncUsageService"),
    ".services.permissions": ("PermissionsService", "AsyncPermissionsService"),
    ".services.webhooks": ("WebhooksService", "AsyncWebhooksService"),
    ".services.audit": ("AuditService", "AsyncAuditService"),
    ".services.billing": ("BillingService", "AsyncBillingService"),
    ".services.oauth": ("OAuthService", "AsyncOAuthService"),
    ".services.rate_limit": ("RateLimitService", "AsyncRateLimitService"),
    ".services.platform_billing": ("PlatformBillingService", "AsyncPlatformBillingService"),
    ".services.platform_jobs": ("PlatformJobsService", "AsyncPlatformJobsService"),
    ".services.platform_service_accounts": (
        "PlatformServiceAccountsService",
        "AsyncPlatformServiceAccountsService",
    ),
    ".services.health": ("HealthService", "AsyncHealthService"),
    ".scopes.tenant": ("TenantScope", "AsyncTenantScope"),
    ".scopes.key": ("KeyScope", "AsyncKeyScope"),
    ".scopes.oauth": ("OAuthScope", "AsyncOAuthScope"),
    ".scopes.job": ("JobScope", "AsyncJobScope"),
    ".scopes.service_account": ("ServiceAccountScope", "AsyncServiceAccountScope"),
    ".scopes.member": ("MemberScope", "AsyncMemberScope"),
    ".scopes.webhook": ("WebhookScope", "AsyncWebhookScope"),
    ".scopes.delivery": ("DeliveryScope", "AsyncDeliveryScope"),
    "._constants": (
        "TENANT_ROLES",
        "QUOTA_PERIODS",
        "KEY_STATUSES",
        "WEBHOOK_EVENT_TYPES",
        "WEBHOOK_DELIVERY_STATUSES",
        "AUDIT_EXPORT_FORMATS",
        "OAUTH_PROVIDERS",
        "JOB_STATUSES",
    ),
    ".types": ("is_login_success", "is_mfa_challenge"),
    "._runtime": ("ApiResponse", "NOT_GIVEN", "NotGiven", "Page", "RequestOptions"),
}
_EXPORTS = {name: module for module, names in _MODULES.items() for name in names}


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
