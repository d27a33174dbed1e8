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
    from .scopes.oauth import AsyncOauthScope, OauthScope
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
    "AsyncOAuthService",
    "AsyncOauthScope",
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
    "OAuthService",
    "OauthScope",
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

_EXPORTS: dict[str, str] = {
    "GatekeeperCore": "._client",
    "AsyncGatekeeperCore": "._client",
    "GatekeeperError": "._errors",
    "ValidationError": "._errors",
    "AuthenticationError": "._errors",
    "ForbiddenError": "._errors",
    "NotFoundError": "._errors",
    "ConflictError": "._errors",
    "PreconditionFailedError": "._errors",
    "RateLimitError": "._errors",
    "ServerError": "._errors",
    "InternalServerError": "._errors",
    "BadGatewayError": "._errors",
    "ServiceUnavailableError": "._errors",
    "GatewayTimeoutError": "._errors",
    "UnexpectedStatusError": "._errors",
    "APIConnectionError": "._errors",
    "APITimeoutError": "._errors",
    "BadRequestError": "._errors",
    "ValidationFailedError": "._errors",
    "UnauthorizedError": "._errors",
    "InvalidTokenError": "._errors",
    "TokenExpiredError": "._errors",
    "InvalidCredentialsError": "._errors",
    "InvalidMfaCodeError": "._errors",
    "InvalidKeyError": "._errors",
    "ExpiredKeyError": "._errors",
    "MfaRequiredError": "._errors",
    "EmailNotVerifiedError": "._errors",
    "RevokedKeyError": "._errors",
    "InsufficientScopeError": "._errors",
    "QuotaExceededError": "._errors",
    "RateLimitedError": "._errors",
    "InternalError": "._errors",
    "AuthService": ".services.auth",
    "AsyncAuthService": ".services.auth",
    "TenantsService": ".services.tenants",
    "AsyncTenantsService": ".services.tenants",
    "MfaService": ".services.mfa",
    "AsyncMfaService": ".services.mfa",
    "KeysService": ".services.keys",
    "AsyncKeysService": ".services.keys",
    "UsageService": ".services.usage",
    "AsyncUsageService": ".services.usage",
    "PermissionsService": ".services.permissions",
    "AsyncPermissionsService": ".services.permissions",
    "WebhooksService": ".services.webhooks",
    "AsyncWebhooksService": ".services.webhooks",
    "AuditService": ".services.audit",
    "AsyncAuditService": ".services.audit",
    "BillingService": ".services.billing",
    "AsyncBillingService": ".services.billing",
    "OAuthService": ".services.oauth",
    "AsyncOAuthService": ".services.oauth",
    "RateLimitService": ".services.rate_limit",
    "AsyncRateLimitService": ".services.rate_limit",
    "PlatformBillingService": ".services.platform_billing",
    "AsyncPlatformBillingService": ".services.platform_billing",
    "PlatformJobsService": ".services.platform_jobs",
    "AsyncPlatformJobsService": ".services.platform_jobs",
    "PlatformServiceAccountsService": ".services.platform_service_accounts",
    "AsyncPlatformServiceAccountsService": ".services.platform_service_accounts",
    "HealthService": ".services.health",
    "AsyncHealthService": ".services.health",
    "TenantScope": ".scopes.tenant",
    "AsyncTenantScope": ".scopes.tenant",
    "KeyScope": ".scopes.key",
    "AsyncKeyScope": ".scopes.key",
    "OauthScope": ".scopes.oauth",
    "AsyncOauthScope": ".scopes.oauth",
    "JobScope": ".scopes.job",
    "AsyncJobScope": ".scopes.job",
    "ServiceAccountScope": ".scopes.service_account",
    "AsyncServiceAccountScope": ".scopes.service_account",
    "MemberScope": ".scopes.member",
    "AsyncMemberScope": ".scopes.member",
    "WebhookScope": ".scopes.webhook",
    "AsyncWebhookScope": ".scopes.webhook",
    "DeliveryScope": ".scopes.delivery",
    "AsyncDeliveryScope": ".scopes.delivery",
    "TENANT_ROLES": "._constants",
    "QUOTA_PERIODS": "._constants",
    "KEY_STATUSES": "._constants",
    "WEBHOOK_EVENT_TYPES": "._constants",
    "WEBHOOK_DELIVERY_STATUSES": "._constants",
    "AUDIT_EXPORT_FORMATS": "._constants",
    "OAUTH_PROVIDERS": "._constants",
    "JOB_STATUSES": "._constants",
    "is_login_success": ".types",
    "is_mfa_challenge": ".types",
    "ApiResponse": "._runtime",
    "NOT_GIVEN": "._runtime",
    "NotGiven": "._runtime",
    "Page": "._runtime",
    "RequestOptions": "._runtime",
}


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
