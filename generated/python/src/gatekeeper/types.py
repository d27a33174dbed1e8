"""Types of the Gatekeeper API: a TypedDict per object schema, Literal aliases for enums, unions
for ``oneOf``; plus a type guard per discriminated union variant.

Values are plain ``dict`` objects at run time: these types are for the type checker.
"""

from __future__ import annotations

from typing import Any, Literal, Union

from typing_extensions import NotRequired, TypeAlias, TypedDict, TypeGuard

from ._runtime import tag_of

__all__ = [
    "ApiKey",
    "ApiKeyCreateRequest",
    "ApiKeyPage",
    "ApiKeyPageResponse",
    "ApiKeyResponse",
    "ApiKeyUpdateRequest",
    "AuditActorType",
    "AuditEntry",
    "AuditEntryPage",
    "AuditEntryPageResponse",
    "AuditEntryResponse",
    "AuditExportFormat",
    "AuditRecordRequest",
    "AuthSession",
    "AuthSessionResponse",
    "BillingInterval",
    "CancelSubscriptionRequest",
    "CreatedApiKey",
    "CreatedApiKeyResponse",
    "CreatedServiceAccount",
    "CreatedServiceAccountResponse",
    "Empty",
    "EmptyResponse",
    "EntitlementSource",
    "Entitlements",
    "EntitlementsResponse",
    "ErrorBody",
    "ErrorCode",
    "ErrorEnvelope",
    "ExchangedToken",
    "ExchangedTokenResponse",
    "Health",
    "HealthResponse",
    "HealthStatus",
    "Invoice",
    "InvoiceLine",
    "InvoiceResponse",
    "InvoiceStatus",
    "Job",
    "JobPage",
    "JobPageResponse",
    "JobResponse",
    "JobStatus",
    "KeyInfo",
    "KeyInfoResponse",
    "KeyQuota",
    "KeyStatus",
    "KeyValidateRequest",
    "LoginRequest",
    "LoginResult",
    "LoginResultResponse",
    "LoginSuccess",
    "LogoutRequest",
    "Member",
    "MemberAddRequest",
    "MemberPage",
    "MemberPageResponse",
    "MemberResponse",
    "MemberRoleUpdateRequest",
    "Metadata",
    "MfaChallenge",
    "MfaChallengeVerifyRequest",
    "MfaCodeRequest",
    "MfaMethod",
    "MfaStatus",
    "MfaStatusResponse",
    "OAuthAuthorization",
    "OAuthAuthorizationResponse",
    "OAuthCallbackRequest",
    "OAuthProvider",
    "OkEnvelope",
    "PasswordResetRequest",
    "PermissionCheck",
    "PermissionCheckRequest",
    "PermissionCheckResponse",
    "Plan",
    "PlanLimits",
    "PlanPage",
    "PlanPageResponse",
    "QuotaCheck",
    "QuotaCheckRequest",
    "QuotaCheckResponse",
    "QuotaPeriod",
    "RateLimitCheck",
    "RateLimitCheckRequest",
    "RateLimitCheckResponse",
    "RefreshRequest",
    "ResetPasswordRequest",
    "Role",
    "RoleAssignment",
    "RoleAssignmentResponse",
    "RoleCreateRequest",
    "RolePage",
    "RolePageResponse",
    "RoleResponse",
    "RoleUpdateRequest",
    "ServiceAccount",
    "ServiceAccountCreateRequest",
    "ServiceAccountPage",
    "ServiceAccountPageResponse",
    "ServiceAccountResponse",
    "SignupRequest",
    "SubscribeRequest",
    "Subscription",
    "SubscriptionOverride",
    "SubscriptionOverrideRequest",
    "SubscriptionOverrideResponse",
    "SubscriptionResponse",
    "SubscriptionStatus",
    "Tenant",
    "TenantCreateRequest",
    "TenantPage",
    "TenantPageResponse",
    "TenantResponse",
    "TenantRole",
    "TenantUpdateRequest",
    "TokenExchangeRequest",
    "TokenPair",
    "TokenPairResponse",
    "TotpEnrollment",
    "TotpEnrollmentResponse",
    "UsageEvent",
    "UsageEventPage",
    "UsageEventPageResponse",
    "UsageEventResponse",
    "UsageRecordRequest",
    "UsageSummary",
    "UsageSummaryResponse",
    "UsageTotal",
    "User",
    "UserResponse",
    "VerifyEmailRequest",
    "WebhookDelivery",
    "WebhookDeliveryPage",
    "WebhookDeliveryPageResponse",
    "WebhookDeliveryResponse",
    "WebhookDeliveryStatus",
    "WebhookEndpoint",
    "WebhookEndpointCreateRequest",
    "WebhookEndpointPage",
    "WebhookEndpointPageResponse",
    "WebhookEndpointResponse",
    "WebhookEndpointUpdateRequest",
    "WebhookEventType",
    "WebhookTestRequest",
    "is_login_success",
    "is_mfa_challenge",
]


class OkEnvelope(TypedDict):
    """Common part of every successful JSON response. Each `...Response` schema adds the `data`
    payload to it.
    """

    ok: Literal[True]


class ErrorEnvelope(TypedDict):
    """Body of every error response."""

    ok: Literal[False]
    error: ErrorBody


class ErrorBody(TypedDict):
    """What went wrong."""

    code: ErrorCode
    message: str
    """Human-readable explanation; do not parse it, branch on `code`."""
    details: NotRequired[dict[str, Any]]
    """Extra machine-readable context that depends on the code (e.g. `fields` for
    `validation_failed`, `retryAfter` for `rate_limited`, `currentEtag` for
    `precondition_failed`).
    """


Empty: TypeAlias = dict[str, Any]
"""No payload; `data` is always `{}`."""


class EmptyResponse(TypedDict):
    """Success envelope whose `data` is a `Empty`."""

    ok: Literal[True]
    data: Empty


class UserResponse(TypedDict):
    """Success envelope whose `data` is a `User`."""

    ok: Literal[True]
    data: User


class AuthSessionResponse(TypedDict):
    """Success envelope whose `data` is a `AuthSession`."""

    ok: Literal[True]
    data: AuthSession


class LoginResultResponse(TypedDict):
    """Success envelope whose `data` is a `LoginResult`."""

    ok: Literal[True]
    data: LoginResult


class TokenPairResponse(TypedDict):
    """Success envelope whose `data` is a `TokenPair`."""

    ok: Literal[True]
    data: TokenPair


class TenantResponse(TypedDict):
    """Success envelope whose `data` is a `Tenant`."""

    ok: Literal[True]
    data: Tenant


class TenantPageResponse(TypedDict):
    """Success envelope whose `data` is a `TenantPage`."""

    ok: Literal[True]
    data: TenantPage


class MemberResponse(TypedDict):
    """Success envelope whose `data` is a `Member`."""

    ok: Literal[True]
    data: Member


class MemberPageResponse(TypedDict):
    """Success envelope whose `data` is a `MemberPage`."""

    ok: Literal[True]
    data: MemberPage


class TotpEnrollmentResponse(TypedDict):
    """Success envelope whose `data` is a `TotpEnrollment`."""

    ok: Literal[True]
    data: TotpEnrollment


class MfaStatusResponse(TypedDict):
    """Success envelope whose `data` is a `MfaStatus`."""

    ok: Literal[True]
    data: MfaStatus


class ApiKeyResponse(TypedDict):
    """Success envelope whose `data` is a `ApiKey`."""

    ok: Literal[True]
    data: ApiKey


class ApiKeyPageResponse(TypedDict):
    """Success envelope whose `data` is a `ApiKeyPage`."""

    ok: Literal[True]
    data: ApiKeyPage


class CreatedApiKeyResponse(TypedDict):
    """Success envelope whose `data` is a `CreatedApiKey`."""

    ok: Literal[True]
    data: CreatedApiKey


class KeyInfoResponse(TypedDict):
    """Success envelope whose `data` is a `KeyInfo`."""

    ok: Literal[True]
    data: KeyInfo


class ExchangedTokenResponse(TypedDict):
    """Success envelope whose `data` is a `ExchangedToken`."""

    ok: Literal[True]
    data: ExchangedToken


class UsageEventResponse(TypedDict):
    """Success envelope whose `data` is a `UsageEvent`."""

    ok: Literal[True]
    data: UsageEvent


class UsageEventPageResponse(TypedDict):
    """Success envelope whose `data` is a `UsageEventPage`."""

    ok: Literal[True]
    data: UsageEventPage


class QuotaCheckResponse(TypedDict):
    """Success envelope whose `data` is a `QuotaCheck`."""

    ok: Literal[True]
    data: QuotaCheck


class UsageSummaryResponse(TypedDict):
    """Success envelope whose `data` is a `UsageSummary`."""

    ok: Literal[True]
    data: UsageSummary


class RoleResponse(TypedDict):
    """Success envelope whose `data` is a `Role`."""

    ok: Literal[True]
    data: Role


class RolePageResponse(TypedDict):
    """Success envelope whose `data` is a `RolePage`."""

    ok: Literal[True]
    data: RolePage


class RoleAssignmentResponse(TypedDict):
    """Success envelope whose `data` is a `RoleAssignment`."""

    ok: Literal[True]
    data: RoleAssignment


class PermissionCheckResponse(TypedDict):
    """Success envelope whose `data` is a `PermissionCheck`."""

    ok: Literal[True]
    data: PermissionCheck


class WebhookEndpointResponse(TypedDict):
    """Success envelope whose `data` is a `WebhookEndpoint`."""

    ok: Literal[True]
    data: WebhookEndpoint


class WebhookEndpointPageResponse(TypedDict):
    """Success envelope whose `data` is a `WebhookEndpointPage`."""

    ok: Literal[True]
    data: WebhookEndpointPage


class WebhookDeliveryResponse(TypedDict):
    """Success envelope whose `data` is a `WebhookDelivery`."""

    ok: Literal[True]
    data: WebhookDelivery


class WebhookDeliveryPageResponse(TypedDict):
    """Success envelope whose `data` is a `WebhookDeliveryPage`."""

    ok: Literal[True]
    data: WebhookDeliveryPage


class AuditEntryResponse(TypedDict):
    """Success envelope whose `data` is a `AuditEntry`."""

    ok: Literal[True]
    data: AuditEntry


class AuditEntryPageResponse(TypedDict):
    """Success envelope whose `data` is a `AuditEntryPage`."""

    ok: Literal[True]
    data: AuditEntryPage


class PlanPageResponse(TypedDict):
    """Success envelope whose `data` is a `PlanPage`."""

    ok: Literal[True]
    data: PlanPage


class SubscriptionResponse(TypedDict):
    """Success envelope whose `data` is a `Subscription`."""

    ok: Literal[True]
    data: Subscription


class EntitlementsResponse(TypedDict):
    """Success envelope whose `data` is a `Entitlements`."""

    ok: Literal[True]
    data: Entitlements


class InvoiceResponse(TypedDict):
    """Success envelope whose `data` is a `Invoice`."""

    ok: Literal[True]
    data: Invoice


class OAuthAuthorizationResponse(TypedDict):
    """Success envelope whose `data` is a `OAuthAuthorization`."""

    ok: Literal[True]
    data: OAuthAuthorization


class RateLimitCheckResponse(TypedDict):
    """Success envelope whose `data` is a `RateLimitCheck`."""

    ok: Literal[True]
    data: RateLimitCheck


class SubscriptionOverrideResponse(TypedDict):
    """Success envelope whose `data` is a `SubscriptionOverride`."""

    ok: Literal[True]
    data: SubscriptionOverride


class JobResponse(TypedDict):
    """Success envelope whose `data` is a `Job`."""

    ok: Literal[True]
    data: Job


class JobPageResponse(TypedDict):
    """Success envelope whose `data` is a `JobPage`."""

    ok: Literal[True]
    data: JobPage


class ServiceAccountResponse(TypedDict):
    """Success envelope whose `data` is a `ServiceAccount`."""

    ok: Literal[True]
    data: ServiceAccount


class ServiceAccountPageResponse(TypedDict):
    """Success envelope whose `data` is a `ServiceAccountPage`."""

    ok: Literal[True]
    data: ServiceAccountPage


class CreatedServiceAccountResponse(TypedDict):
    """Success envelope whose `data` is a `CreatedServiceAccount`."""

    ok: Literal[True]
    data: CreatedServiceAccount


class HealthResponse(TypedDict):
    """Success envelope whose `data` is a `Health`."""

    ok: Literal[True]
    data: Health


class TenantPage(TypedDict):
    """A page of `Tenant`. `nextCursor` is null on the last page; otherwise pass it as `cursor`
    to get the next one.
    """

    items: list[Tenant]
    nextCursor: str | None


class MemberPage(TypedDict):
    """A page of `Member`. `nextCursor` is null on the last page; otherwise pass it as `cursor`
    to get the next one.
    """

    items: list[Member]
    nextCursor: str | None


class ApiKeyPage(TypedDict):
    """A page of `ApiKey`. `nextCursor` is null on the last page; otherwise pass it as `cursor`
    to get the next one.
    """

    items: list[ApiKey]
    nextCursor: str | None


class UsageEventPage(TypedDict):
    """A page of `UsageEvent`. `nextCursor` is null on the last page; otherwise pass it as
    `cursor` to get the next one.
    """

    items: list[UsageEvent]
    nextCursor: str | None


class RolePage(TypedDict):
    """A page of `Role`. `nextCursor` is null on the last page; otherwise pass it as `cursor` to
    get the next one.
    """

    items: list[Role]
    nextCursor: str | None


class WebhookEndpointPage(TypedDict):
    """A page of `WebhookEndpoint`. `nextCursor` is null on the last page; otherwise pass it as
    `cursor` to get the next one.
    """

    items: list[WebhookEndpoint]
    nextCursor: str | None


class WebhookDeliveryPage(TypedDict):
    """A page of `WebhookDelivery`. `nextCursor` is null on the last page; otherwise pass it as
    `cursor` to get the next one.
    """

    items: list[WebhookDelivery]
    nextCursor: str | None


class AuditEntryPage(TypedDict):
    """A page of `AuditEntry`. `nextCursor` is null on the last page; otherwise pass it as
    `cursor` to get the next one.
    """

    items: list[AuditEntry]
    nextCursor: str | None


class PlanPage(TypedDict):
    """A page of `Plan`. `nextCursor` is null on the last page; otherwise pass it as `cursor` to
    get the next one.
    """

    items: list[Plan]
    nextCursor: str | None


class JobPage(TypedDict):
    """A page of `Job`. `nextCursor` is null on the last page; otherwise pass it as `cursor` to
    get the next one.
    """

    items: list[Job]
    nextCursor: str | None


class ServiceAccountPage(TypedDict):
    """A page of `ServiceAccount`. `nextCursor` is null on the last page; otherwise pass it as
    `cursor` to get the next one.
    """

    items: list[ServiceAccount]
    nextCursor: str | None


ErrorCode: TypeAlias = Literal[
    "bad_request",
    "validation_failed",
    "unauthorized",
    "invalid_token",
    "token_expired",
    "invalid_credentials",
    "invalid_mfa_code",
    "invalid_key",
    "expired_key",
    "forbidden",
    "mfa_required",
    "email_not_verified",
    "revoked_key",
    "insufficient_scope",
    "not_found",
    "conflict",
    "precondition_failed",
    "quota_exceeded",
    "rate_limited",
    "internal",
    "service_unavailable",
]
"""Machine-readable error code (`error.code`). The catalogue is closed:
clients can branch on it exhaustively. `x-sdk-error-statuses` gives the
HTTP status each code is sent with; `x-enum-descriptions` explains each.
"""


QuotaPeriod: TypeAlias = Literal["hour", "day", "month"]
"""Length of a quota window. Windows are calendar-aligned in UTC."""


AuditExportFormat: TypeAlias = Literal["csv", "json", "ndjson"]
"""Document format of an audit export: CSV with a header row, a JSON array, or NDJSON (one
JSON object a line).
"""


TenantRole: TypeAlias = Literal["owner", "admin", "member"]
"""Built-in role of a member in a tenant. `owner` can do everything including deleting the
tenant and billing; `admin` manages members, keys, roles and webhooks; `member` has read
access plus the permissions of its custom roles.
"""


KeyStatus: TypeAlias = Literal["active", "revoked", "expired"]
"""Lifecycle status of an API key."""


JobStatus: TypeAlias = Literal["queued", "running", "succeeded", "failed", "cancelled"]
"""Status of a background job. `failed` and `cancelled` jobs can be retried."""


WebhookEventType: TypeAlias = Literal[
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
]
"""Event types a webhook endpoint can subscribe to. `webhook.test` is only sent by
`webhooksDispatchTest`.
"""


WebhookDeliveryStatus: TypeAlias = Literal["pending", "succeeded", "failed"]
"""Outcome of a webhook delivery attempt. `failed` means retries are exhausted or the
endpoint answered non-2xx.
"""


SubscriptionStatus: TypeAlias = Literal["trialing", "active", "past_due", "canceled"]
"""Status of a tenant subscription."""


InvoiceStatus: TypeAlias = Literal["draft", "open", "paid", "void", "uncollectible"]
"""Status of an invoice."""


BillingInterval: TypeAlias = Literal["month", "year"]
"""How often a plan is billed."""


EntitlementSource: TypeAlias = Literal["plan", "override"]
"""Where entitlements come from: the tenant's plan, or a platform override."""


AuditActorType: TypeAlias = Literal["user", "api_key", "service_account", "system"]
"""Kind of principal that performed an audited action."""


OAuthProvider: TypeAlias = Literal["google", "github", "microsoft"]
"""Supported external identity providers."""


MfaMethod: TypeAlias = Literal["totp"]
"""Second factor kind."""


HealthStatus: TypeAlias = Literal["ok", "degraded"]
"""Service health."""


Metadata: TypeAlias = dict[str, Any]
"""Free-form JSON attributes (string keys, any JSON values) attached by the caller; stored
and returned as given.
"""


PlanLimits: TypeAlias = dict[str, int]
"""Numeric limits by name (e.g. `apiKeys`, `members`, `monthlyRequests`)."""


class User(TypedDict):
    """A Gatekeeper user."""

    id: str
    """User id (`usr_...`)."""
    email: str
    name: str | None
    """Display name, if given."""
    emailVerified: bool
    mfaEnabled: bool
    """Whether login asks for a second factor."""
    createdAt: str


class TokenPair(TypedDict):
    """An access token and the refresh token to renew it."""

    accessToken: str
    """Bearer JWT for `Authorization`."""
    refreshToken: str
    """Opaque token for `authRefresh`; single use (rotated on refresh)."""
    tokenType: str
    """Always `Bearer`."""
    expiresIn: int
    """Seconds until the access token expires."""


class AuthSession(TypedDict):
    """A new session, with the tokens and the signed-in user."""

    accessToken: str
    """Bearer JWT for `Authorization`."""
    refreshToken: str
    """Opaque token for `authRefresh`; single use (rotated on refresh)."""
    tokenType: str
    """Always `Bearer`."""
    expiresIn: int
    """Seconds until the access token expires."""
    user: User


class LoginSuccess(TypedDict):
    """Login succeeded without a second factor."""

    kind: Literal["session"]
    """Discriminator of `LoginResult`."""
    mfaRequired: Literal[False]
    accessToken: str
    """Bearer JWT for `Authorization`."""
    refreshToken: str
    """Opaque token for `authRefresh`; single use (rotated on refresh)."""
    tokenType: str
    """Always `Bearer`."""
    expiresIn: int
    """Seconds until the access token expires."""
    user: User


class MfaChallenge(TypedDict):
    """The password was right but the user has MFA; complete the login with `mfaVerifyChallenge`."""

    kind: Literal["mfa_challenge"]
    """Discriminator of `LoginResult`."""
    mfaRequired: Literal[True]
    challengeToken: str
    """Single-use token identifying this login attempt."""
    methods: list[MfaMethod]
    """Second factors the user can answer with."""
    expiresAt: str
    """When the challenge expires (5 minutes after login)."""


LoginResult: TypeAlias = Union["LoginSuccess", "MfaChallenge"]
"""Result of a login: a session (`kind: session`, `mfaRequired: false`) or an MFA challenge
(`kind: mfa_challenge`, `mfaRequired: true`). `kind` is the discriminator (a string, as
OpenAPI requires); `mfaRequired` carries the same information as a boolean for simple
checks.
"""


class SignupRequest(TypedDict):
    """New user's credentials."""

    email: str
    password: str
    """At least 8 characters."""
    name: NotRequired[str]
    """Display name."""


class LoginRequest(TypedDict):
    """Email and password."""

    email: str
    password: str


class RefreshRequest(TypedDict):
    """The refresh token to exchange."""

    refreshToken: str


class LogoutRequest(TypedDict):
    """The refresh token of the session to end."""

    refreshToken: str


class PasswordResetRequest(TypedDict):
    """Who asks for a reset link."""

    email: str


class ResetPasswordRequest(TypedDict):
    """Reset token from the email and the new password."""

    token: str
    """Token from the reset link (valid 1 hour, single use)."""
    password: str
    """The new password, at least 8 characters."""


class VerifyEmailRequest(TypedDict):
    """Token from the verification email."""

    token: str
    """Token from the verification link (valid 24 hours)."""


class Tenant(TypedDict):
    """A tenant (workspace) that owns keys, usage, roles, webhooks, audit log and a subscription."""

    id: str
    """Tenant id (`ten_...`)."""
    name: str
    slug: str
    """URL-safe unique handle, derived from the name unless given."""
    ownerId: str
    """User id of the creator."""
    createdAt: str
    updatedAt: str


class TenantCreateRequest(TypedDict):
    """The new tenant."""

    name: str
    slug: NotRequired[str]
    """URL-safe unique handle; derived from `name` when absent."""


class TenantUpdateRequest(TypedDict):
    """Fields to change; absent fields are kept."""

    name: NotRequired[str]
    slug: NotRequired[str]


class Member(TypedDict):
    """A user's membership in a tenant."""

    tenantId: str
    userId: str
    email: str
    name: str | None
    role: TenantRole
    joinedAt: str


class MemberAddRequest(TypedDict):
    """The user to add, by `email` or by `userId` (exactly one), and their `role` (`TenantRole`;
    `member` when absent).
    """

    email: NotRequired[str]
    """Email of an existing user."""
    userId: NotRequired[str]
    """Id of an existing user."""
    role: NotRequired[TenantRole]


class MemberRoleUpdateRequest(TypedDict):
    """The member's new tenant role."""

    role: TenantRole


class TotpEnrollment(TypedDict):
    """A pending TOTP enrollment. The secret and recovery codes are shown only once."""

    secret: str
    """Base32 TOTP secret, for manual entry."""
    otpauthUrl: str
    """`otpauth://` URL to render as a QR code."""
    recoveryCodes: list[str]
    """Single-use codes that replace a TOTP code if the device is lost."""


class MfaStatus(TypedDict):
    """Whether MFA is on for the user."""

    enabled: bool
    method: NotRequired[MfaMethod]
    enabledAt: str | None
    """When MFA was turned on; null when off."""


class MfaCodeRequest(TypedDict):
    """A current 6-digit TOTP code or an unused recovery code."""

    code: str


class MfaChallengeVerifyRequest(TypedDict):
    """The login challenge and the second factor."""

    challengeToken: str
    """`challengeToken` from the login response."""
    code: str
    """A current 6-digit TOTP code or an unused recovery code."""


class KeyQuota(TypedDict):
    """Usage allowed to a key per period. `period` is `month` when absent."""

    limit: int
    """Units allowed per period."""
    period: NotRequired[QuotaPeriod]


class ApiKey(TypedDict):
    """An API key record. The plaintext key is never part of it."""

    id: str
    """Key id (`key_...`)."""
    tenantId: str
    name: str
    """Label for humans; `Untitled key` when not given at creation."""
    prefix: str
    """First characters of the plaintext key, to recognise it in logs and UIs."""
    scopes: list[str]
    """Free-form scope strings (e.g. `read`, `write`) checked by `keysValidate`."""
    status: KeyStatus
    quota: NotRequired[KeyQuota]
    expiresAt: str | None
    """When the key stops working; null for no expiry."""
    lastUsedAt: str | None
    """Last successful validation; null if never used."""
    useCount: int
    """Number of successful validations."""
    metadata: NotRequired[Metadata]
    createdAt: str
    revokedAt: str | None


class ApiKeyCreateRequest(TypedDict):
    """The key to issue. Only `tenantId` is required."""

    tenantId: str
    """Tenant the key belongs to."""
    name: NotRequired[str]
    scopes: NotRequired[list[str]]
    """Scopes granted to the key; none when absent."""
    expiresAt: NotRequired[str]
    """Expiry; the key never expires when absent."""
    quota: NotRequired[KeyQuota]
    metadata: NotRequired[Metadata]


class ApiKeyUpdateRequest(TypedDict):
    """Fields to change; absent fields are kept. `scopes` replaces the whole list."""

    name: NotRequired[str]
    scopes: NotRequired[list[str]]
    quota: NotRequired[KeyQuota]


class CreatedApiKey(TypedDict):
    """A newly issued key and its plaintext, which is shown this once."""

    apiKey: ApiKey
    plainTextKey: str
    """The full key to hand to the client now; Gatekeeper keeps only a hash of it."""


class KeyValidateRequest(TypedDict):
    """What the key must grant."""

    requiredScopes: NotRequired[list[str]]
    """Every one of these scopes must be held (none required when absent)."""


class KeyInfo(TypedDict):
    """A valid key and what it grants."""

    keyId: str
    tenantId: str
    name: str
    scopes: list[str]
    expiresAt: str | None
    quotaRemaining: int | None
    """Units left in the current quota period after this use; null when the key has no quota."""


class TokenExchangeRequest(TypedDict):
    """What the exchanged token should carry."""

    scopes: NotRequired[list[str]]
    """Subset of the key's scopes to put in the token; all of them when absent."""
    ttlSeconds: NotRequired[int]
    """Lifetime of the token in seconds."""


class ExchangedToken(TypedDict):
    """A short-lived bearer JWT minted from an API key."""

    accessToken: str
    tokenType: str
    """Always `Bearer`."""
    expiresIn: int
    """Seconds until the token expires."""
    scopes: list[str]


class UsageRecordRequest(TypedDict):
    """One metered usage event."""

    tenantId: str
    apiKeyId: NotRequired[str]
    """Key that made the metered call, if any; counts against its quota."""
    service: str
    """Metered service (e.g. `inference`)."""
    action: str
    """Action within the service (e.g. `completion`)."""
    quantity: NotRequired[int]
    """Units consumed."""
    metadata: NotRequired[Metadata]


class UsageEvent(TypedDict):
    """A recorded usage event."""

    id: str
    """Usage event id (`uev_...`)."""
    tenantId: str
    apiKeyId: str | None
    service: str
    action: str
    quantity: int
    metadata: NotRequired[Metadata]
    recordedAt: str


class QuotaCheckRequest(TypedDict):
    """The quota to check and how much would be used."""

    tenantId: str
    apiKeyId: NotRequired[str]
    """Check this key's own quota instead of the tenant's plan limit."""
    service: NotRequired[str]
    """Metered service whose plan limit applies (when no `apiKeyId`)."""
    quantity: NotRequired[int]
    """Units that would be consumed."""


class QuotaCheck(TypedDict):
    """Whether the usage fits, and the state of the quota."""

    allowed: bool
    limit: int | None
    """Units per period; null when no quota applies."""
    remaining: int | None
    """Units left in the period before this usage; null when no quota applies."""
    period: NotRequired[QuotaPeriod]
    resetAt: str | None
    """When the current period ends; null when no quota applies."""


class UsageTotal(TypedDict):
    """Total quantity of one service and action."""

    service: str
    action: str
    quantity: int


UsageSummary = TypedDict(
    "UsageSummary",
    {"tenantId": str, "from": str, "to": str, "total": int, "totals": list["UsageTotal"]},
)
"""A tenant's usage totals over a time range."""


class Role(TypedDict):
    """A custom RBAC role of a tenant, a named set of permissions."""

    id: str
    """Role id (`rol_...`)."""
    tenantId: str
    name: str
    description: str | None
    permissions: list[str]
    """Permission strings, `resource:action` (e.g. `billing:write`)."""
    createdAt: str
    updatedAt: str


class RoleCreateRequest(TypedDict):
    """The new role."""

    name: str
    """Unique in the tenant; lowercase letters, digits, `-` and `_`."""
    description: NotRequired[str]
    permissions: list[str]


class RoleUpdateRequest(TypedDict):
    """Fields to change; absent fields are kept. `permissions` replaces the whole list."""

    name: NotRequired[str]
    description: NotRequired[str]
    permissions: NotRequired[list[str]]


class RoleAssignment(TypedDict):
    """A custom role held by a member."""

    tenantId: str
    userId: str
    roleId: str
    assignedAt: str


class PermissionCheckRequest(TypedDict):
    """Who and what to check."""

    userId: str
    permission: str
    """Permission string, `resource:action`."""


class PermissionCheck(TypedDict):
    """The permission decision."""

    allowed: bool
    userId: str
    permission: str
    grantedBy: list[str]
    """Ids of the roles that grant the permission (`owner`/`admin` for the built-in roles); empty
    when denied.
    """


class WebhookEndpoint(TypedDict):
    """A URL that receives a tenant's events."""

    id: str
    """Endpoint id (`whe_...`)."""
    tenantId: str
    url: str
    description: str | None
    events: list[WebhookEventType]
    enabled: bool
    """Paused endpoints receive nothing."""
    createdAt: str
    updatedAt: str


class WebhookEndpointCreateRequest(TypedDict):
    """The endpoint to register."""

    url: str
    """HTTPS URL."""
    description: NotRequired[str]
    events: list[WebhookEventType]
    enabled: NotRequired[bool]


class WebhookEndpointUpdateRequest(TypedDict):
    """Fields to change; absent fields are kept. `events` replaces the whole list."""

    url: NotRequired[str]
    description: NotRequired[str]
    events: NotRequired[list[WebhookEventType]]
    enabled: NotRequired[bool]


class WebhookTestRequest(TypedDict):
    """The synthetic event to send."""

    eventType: NotRequired[WebhookEventType]


class WebhookDelivery(TypedDict):
    """One attempt to deliver an event to an endpoint."""

    id: str
    """Delivery id (`whd_...`)."""
    endpointId: str
    eventId: str
    """Event id (`evt_...`); the same across redeliveries."""
    eventType: WebhookEventType
    status: WebhookDeliveryStatus
    attempt: int
    """1 for the first attempt, then counting retries and redeliveries."""
    responseStatus: int | None
    """HTTP status the endpoint answered; null if it could not be reached."""
    durationMs: int | None
    createdAt: str
    deliveredAt: str | None
    """When the endpoint acknowledged with 2xx; null otherwise."""


class AuditEntry(TypedDict):
    """One entry of a tenant's append-only audit log."""

    id: str
    """Audit entry id (`aud_...`)."""
    tenantId: str
    actorType: AuditActorType
    actorId: str | None
    """Id of the user, key or service account; null for `system`."""
    action: str
    """What happened, `resource.verb` (e.g. `key.revoked`)."""
    resourceType: str
    resourceId: str | None
    ipAddress: str | None
    """Client IP of the request, when there was one."""
    metadata: NotRequired[Metadata]
    occurredAt: str


class AuditRecordRequest(TypedDict):
    """The entry to append. The actor is the caller."""

    action: str
    resourceType: str
    resourceId: NotRequired[str]
    metadata: NotRequired[Metadata]


class Plan(TypedDict):
    """A plan tenants can subscribe to."""

    id: str
    """Plan id (`plan_...`)."""
    name: str
    description: str
    priceCents: int
    """Price per interval in the currency's minor unit."""
    currency: str
    """ISO 4217 code, lowercase."""
    interval: BillingInterval
    features: list[str]
    """Feature flags the plan enables."""
    limits: PlanLimits


class Subscription(TypedDict):
    """A tenant's subscription to a plan."""

    id: str
    """Subscription id (`sub_...`)."""
    tenantId: str
    planId: str
    status: SubscriptionStatus
    currentPeriodStart: str
    currentPeriodEnd: str
    cancelAtPeriodEnd: bool
    """True when the subscription ends at `currentPeriodEnd`."""
    canceledAt: str | None
    """When cancellation was requested; null if not canceled."""


class SubscribeRequest(TypedDict):
    """The plan to move to."""

    planId: str


class CancelSubscriptionRequest(TypedDict):
    """How to cancel."""

    atPeriodEnd: NotRequired[bool]
    """Keep the plan until the end of the paid period (true) or stop now (false)."""
    reason: NotRequired[str]


class Entitlements(TypedDict):
    """What a tenant may use now."""

    tenantId: str
    planId: str
    source: EntitlementSource
    features: list[str]
    limits: PlanLimits


class InvoiceLine(TypedDict):
    """One line of an invoice."""

    description: str
    quantity: int
    unitAmountCents: int
    amountCents: int


class Invoice(TypedDict):
    """An invoice for one billing period."""

    id: str
    """Invoice id (`inv_...`)."""
    tenantId: str
    subscriptionId: str
    status: InvoiceStatus
    currency: str
    amountDueCents: int
    periodStart: str
    periodEnd: str
    lines: list[InvoiceLine]


class OAuthAuthorization(TypedDict):
    """Where to send the browser to sign in with the provider."""

    url: str
    state: str
    """The state to expect back on the callback."""


class OAuthCallbackRequest(TypedDict):
    """What the provider sent back to the redirect URI."""

    code: str
    """Authorization code from the provider."""
    state: str
    redirectUri: NotRequired[str]
    """The `redirectUri` used for `oAuthAuthorize`, if the provider requires it again."""


class RateLimitCheckRequest(TypedDict):
    """The counter to hit and its limit."""

    key: str
    """Any string naming the counter (e.g. `login:<ip>`); scoped to the caller."""
    limit: int
    """Hits allowed per window."""
    window: int
    """Window length in seconds."""
    cost: NotRequired[int]
    """Hits this check counts."""


class RateLimitCheck(TypedDict):
    """The rate-limit decision."""

    allowed: bool
    limit: int
    remaining: int
    """Hits left in the window after this one."""
    resetAt: str
    """When the window ends."""
    retryAfter: int | None
    """Seconds to wait when not allowed; null when allowed."""


class SubscriptionOverride(TypedDict):
    """A platform-set plan that takes precedence over a tenant's subscription."""

    tenantId: str
    planId: str
    reason: str
    expiresAt: str | None
    """When the override lapses; null for never."""
    setBy: str
    """Service account that set it."""
    createdAt: str


class SubscriptionOverrideRequest(TypedDict):
    """The override to set."""

    planId: str
    reason: str
    expiresAt: NotRequired[str]
    """When the override lapses; never when absent."""


class Job(TypedDict):
    """A background job."""

    id: str
    """Job id (`job_...`)."""
    type: str
    """Job kind (e.g. `webhook.deliver`, `usage.rollup`, `billing.invoice`)."""
    status: JobStatus
    tenantId: str | None
    """Tenant the job works for; null for platform-wide jobs."""
    attempts: int
    maxAttempts: int
    lastError: str | None
    payload: Metadata
    createdAt: str
    updatedAt: str
    finishedAt: str | None


class ServiceAccount(TypedDict):
    """A platform service account. Its secret is never part of it."""

    id: str
    """Service account id (`sa_...`)."""
    name: str
    description: str | None
    createdAt: str
    lastUsedAt: str | None
    revokedAt: str | None


class ServiceAccountCreateRequest(TypedDict):
    """The account to create."""

    name: str
    description: NotRequired[str]


class CreatedServiceAccount(TypedDict):
    """A new service account and its secret, shown this once."""

    serviceAccount: ServiceAccount
    secret: str
    """Bearer token for `platformAuth`; Gatekeeper keeps only a hash of it."""


class Health(TypedDict):
    """Service health."""

    status: HealthStatus
    version: str
    time: str


def is_login_success(value: LoginResult) -> TypeGuard[LoginSuccess]:
    """Whether ``value`` is the ``LoginSuccess`` variant of ``LoginResult`` (its ``kind`` tells)."""
    return tag_of(value, "kind") == "session"


def is_mfa_challenge(value: LoginResult) -> TypeGuard[MfaChallenge]:
    """Whether ``value`` is the ``MfaChallenge`` variant of ``LoginResult`` (its ``kind`` tells)."""
    return tag_of(value, "kind") == "mfa_challenge"
