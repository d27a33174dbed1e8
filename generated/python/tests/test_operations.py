"""Calls every operation of every service once, sync and async, with the examples of the API
description, against a mock server of the API (Prism: it validates each request and answers with
the documented example). Set ``PRISM_URL`` to the mock server's base URL.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator

import pytest

from gatekeeper import (
    AsyncAuditService,
    AsyncAuthService,
    AsyncBillingService,
    AsyncGatekeeperCore,
    AsyncHealthService,
    AsyncKeysService,
    AsyncMfaService,
    AsyncOAuthService,
    AsyncPermissionsService,
    AsyncPlatformBillingService,
    AsyncPlatformJobsService,
    AsyncPlatformServiceAccountsService,
    AsyncRateLimitService,
    AsyncTenantsService,
    AsyncUsageService,
    AsyncWebhooksService,
    AuditService,
    AuthService,
    BillingService,
    GatekeeperCore,
    HealthService,
    KeysService,
    MfaService,
    OAuthService,
    PermissionsService,
    PlatformBillingService,
    PlatformJobsService,
    PlatformServiceAccountsService,
    RateLimitService,
    TenantsService,
    UsageService,
    WebhooksService,
)

BASE_URL = os.environ.get("PRISM_URL", "")

pytestmark = pytest.mark.skipif(not BASE_URL, reason="PRISM_URL is not set")


@pytest.fixture
def core() -> Iterator[GatekeeperCore]:
    with GatekeeperCore(
        BASE_URL,
        token="test-token",
        api_key="test-api-key",
        username="test-user",
        password="test-password",
        max_retries=0,
    ) as client:
        yield client


@pytest.fixture
async def async_core() -> AsyncIterator[AsyncGatekeeperCore]:
    async with AsyncGatekeeperCore(
        BASE_URL,
        token="test-token",
        api_key="test-api-key",
        username="test-user",
        password="test-password",
        max_retries=0,
    ) as client:
        yield client


def test_auth_signup(core: GatekeeperCore) -> None:
    service = AuthService(core)
    result = service.signup("founder@example.com", "hunter2pass", name="Founder")
    assert result == {
        "accessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfMng3S3BROW1WYk40IiwiZXhwIjoxNzcyMzU2NDAwfQ.8Jx3XQmT0yq1Ff2Zk7vR4sW9nB6cD5eA1hG3jK0lM2o",
        "refreshToken": "rt_Zk3Lp9Qx2Vb7Nm4Ty8Rw1Cs6",
        "tokenType": "Bearer",
        "expiresIn": 900,
        "user": {
            "id": "usr_2x7KpQ9mVbN4",
            "email": "founder@example.com",
            "name": "Founder",
            "emailVerified": False,
            "mfaEnabled": False,
            "createdAt": "2026-03-01T09:00:00Z",
        },
    }


async def test_async_auth_signup(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncAuthService(async_core)
    result = await service.signup("founder@example.com", "hunter2pass", name="Founder")
    assert result == {
        "accessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfMng3S3BROW1WYk40IiwiZXhwIjoxNzcyMzU2NDAwfQ.8Jx3XQmT0yq1Ff2Zk7vR4sW9nB6cD5eA1hG3jK0lM2o",
        "refreshToken": "rt_Zk3Lp9Qx2Vb7Nm4Ty8Rw1Cs6",
        "tokenType": "Bearer",
        "expiresIn": 900,
        "user": {
            "id": "usr_2x7KpQ9mVbN4",
            "email": "founder@example.com",
            "name": "Founder",
            "emailVerified": False,
            "mfaEnabled": False,
            "createdAt": "2026-03-01T09:00:00Z",
        },
    }


def test_auth_login(core: GatekeeperCore) -> None:
    service = AuthService(core)
    result = service.login("founder@example.com", "hunter2pass")
    assert result == {
        "kind": "session",
        "mfaRequired": False,
        "accessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfMng3S3BROW1WYk40IiwiZXhwIjoxNzcyMzU2NDAwfQ.8Jx3XQmT0yq1Ff2Zk7vR4sW9nB6cD5eA1hG3jK0lM2o",
        "refreshToken": "rt_Zk3Lp9Qx2Vb7Nm4Ty8Rw1Cs6",
        "tokenType": "Bearer",
        "expiresIn": 900,
        "user": {
            "id": "usr_2x7KpQ9mVbN4",
            "email": "founder@example.com",
            "name": "Founder",
            "emailVerified": True,
            "mfaEnabled": False,
            "createdAt": "2026-03-01T09:00:00Z",
        },
    }


async def test_async_auth_login(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncAuthService(async_core)
    result = await service.login("founder@example.com", "hunter2pass")
    assert result == {
        "kind": "session",
        "mfaRequired": False,
        "accessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfMng3S3BROW1WYk40IiwiZXhwIjoxNzcyMzU2NDAwfQ.8Jx3XQmT0yq1Ff2Zk7vR4sW9nB6cD5eA1hG3jK0lM2o",
        "refreshToken": "rt_Zk3Lp9Qx2Vb7Nm4Ty8Rw1Cs6",
        "tokenType": "Bearer",
        "expiresIn": 900,
        "user": {
            "id": "usr_2x7KpQ9mVbN4",
            "email": "founder@example.com",
            "name": "Founder",
            "emailVerified": True,
            "mfaEnabled": False,
            "createdAt": "2026-03-01T09:00:00Z",
        },
    }


def test_auth_refresh(core: GatekeeperCore) -> None:
    service = AuthService(core)
    result = service.refresh("rt_Zk3Lp9Qx2Vb7Nm4Ty8Rw1Cs6")
    assert result == {
        "accessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfMng3S3BROW1WYk40IiwiZXhwIjoxNzcyMzU3MzAwfQ.Rk2Tn8Vw3Xy5Za7Bc9De1Fg3Hi5Jk7Lm9No1Pq3Rs5t",
        "refreshToken": "rt_Pq8Wn2Xc5Vb1Mz7Lk4Jh9Gf3",
        "tokenType": "Bearer",
        "expiresIn": 900,
    }


async def test_async_auth_refresh(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncAuthService(async_core)
    result = await service.refresh("rt_Zk3Lp9Qx2Vb7Nm4Ty8Rw1Cs6")
    assert result == {
        "accessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfMng3S3BROW1WYk40IiwiZXhwIjoxNzcyMzU3MzAwfQ.Rk2Tn8Vw3Xy5Za7Bc9De1Fg3Hi5Jk7Lm9No1Pq3Rs5t",
        "refreshToken": "rt_Pq8Wn2Xc5Vb1Mz7Lk4Jh9Gf3",
        "tokenType": "Bearer",
        "expiresIn": 900,
    }


def test_auth_logout(core: GatekeeperCore) -> None:
    service = AuthService(core)
    result = service.logout("rt_Zk3Lp9Qx2Vb7Nm4Ty8Rw1Cs6")
    assert result == {}


async def test_async_auth_logout(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncAuthService(async_core)
    result = await service.logout("rt_Zk3Lp9Qx2Vb7Nm4Ty8Rw1Cs6")
    assert result == {}


def test_auth_logout_all(core: GatekeeperCore) -> None:
    service = AuthService(core)
    result = service.logout_all()
    assert result == {}


async def test_async_auth_logout_all(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncAuthService(async_core)
    result = await service.logout_all()
    assert result == {}


def test_auth_me(core: GatekeeperCore) -> None:
    service = AuthService(core)
    result = service.me()
    assert result == {
        "id": "usr_2x7KpQ9mVbN4",
        "email": "founder@example.com",
        "name": "Founder",
        "emailVerified": True,
        "mfaEnabled": False,
        "createdAt": "2026-03-01T09:00:00Z",
    }


async def test_async_auth_me(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncAuthService(async_core)
    result = await service.me()
    assert result == {
        "id": "usr_2x7KpQ9mVbN4",
        "email": "founder@example.com",
        "name": "Founder",
        "emailVerified": True,
        "mfaEnabled": False,
        "createdAt": "2026-03-01T09:00:00Z",
    }


def test_auth_request_password_reset(core: GatekeeperCore) -> None:
    service = AuthService(core)
    result = service.request_password_reset("founder@example.com")
    assert result == {}


async def test_async_auth_request_password_reset(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncAuthService(async_core)
    result = await service.request_password_reset("founder@example.com")
    assert result == {}


def test_auth_reset_password(core: GatekeeperCore) -> None:
    service = AuthService(core)
    result = service.reset_password("prt_Vd4Lm8Qs2Xn6Kb1Wz9Hy", "correct-horse-battery")
    assert result == {}


async def test_async_auth_reset_password(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncAuthService(async_core)
    result = await service.reset_password("prt_Vd4Lm8Qs2Xn6Kb1Wz9Hy", "correct-horse-battery")
    assert result == {}


def test_auth_verify_email(core: GatekeeperCore) -> None:
    service = AuthService(core)
    result = service.verify_email("emv_Gh5Jk8Lm2Np4Qr7St9Vw")
    assert result == {
        "id": "usr_2x7KpQ9mVbN4",
        "email": "founder@example.com",
        "name": "Founder",
        "emailVerified": True,
        "mfaEnabled": False,
        "createdAt": "2026-03-01T09:00:00Z",
    }


async def test_async_auth_verify_email(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncAuthService(async_core)
    result = await service.verify_email("emv_Gh5Jk8Lm2Np4Qr7St9Vw")
    assert result == {
        "id": "usr_2x7KpQ9mVbN4",
        "email": "founder@example.com",
        "name": "Founder",
        "emailVerified": True,
        "mfaEnabled": False,
        "createdAt": "2026-03-01T09:00:00Z",
    }


def test_auth_resend_verification(core: GatekeeperCore) -> None:
    service = AuthService(core)
    result = service.resend_verification()
    assert result == {}


async def test_async_auth_resend_verification(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncAuthService(async_core)
    result = await service.resend_verification()
    assert result == {}


def test_tenants_list(core: GatekeeperCore) -> None:
    service = TenantsService(core)
    page = service.list(limit=20, cursor="eyJpZCI6InRlbl84ZksybVAwcUxzM1oifQ")
    assert page.raw == {
        "items": [
            {
                "id": "ten_8fK2mP0qLs3Z",
                "name": "Acme Inc",
                "slug": "acme-inc",
                "ownerId": "usr_2x7KpQ9mVbN4",
                "createdAt": "2026-03-01T09:05:00Z",
                "updatedAt": "2026-03-01T09:05:00Z",
            },
        ],
        "nextCursor": None,
    }


async def test_async_tenants_list(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncTenantsService(async_core)
    page = await service.list(limit=20, cursor="eyJpZCI6InRlbl84ZksybVAwcUxzM1oifQ")
    assert page.raw == {
        "items": [
            {
                "id": "ten_8fK2mP0qLs3Z",
                "name": "Acme Inc",
                "slug": "acme-inc",
                "ownerId": "usr_2x7KpQ9mVbN4",
                "createdAt": "2026-03-01T09:05:00Z",
                "updatedAt": "2026-03-01T09:05:00Z",
            },
        ],
        "nextCursor": None,
    }


def test_tenants_create(core: GatekeeperCore) -> None:
    service = TenantsService(core)
    result = service.create("Acme Inc")
    assert result == {
        "id": "ten_8fK2mP0qLs3Z",
        "name": "Acme Inc",
        "slug": "acme-inc",
        "ownerId": "usr_2x7KpQ9mVbN4",
        "createdAt": "2026-03-01T09:05:00Z",
        "updatedAt": "2026-03-01T09:05:00Z",
    }


async def test_async_tenants_create(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncTenantsService(async_core)
    result = await service.create("Acme Inc")
    assert result == {
        "id": "ten_8fK2mP0qLs3Z",
        "name": "Acme Inc",
        "slug": "acme-inc",
        "ownerId": "usr_2x7KpQ9mVbN4",
        "createdAt": "2026-03-01T09:05:00Z",
        "updatedAt": "2026-03-01T09:05:00Z",
    }


def test_tenants_get(core: GatekeeperCore) -> None:
    service = TenantsService(core)
    result = service.get("ten_8fK2mP0qLs3Z")
    assert result == {
        "id": "ten_8fK2mP0qLs3Z",
        "name": "Acme Inc",
        "slug": "acme-inc",
        "ownerId": "usr_2x7KpQ9mVbN4",
        "createdAt": "2026-03-01T09:05:00Z",
        "updatedAt": "2026-03-01T09:05:00Z",
    }


async def test_async_tenants_get(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncTenantsService(async_core)
    result = await service.get("ten_8fK2mP0qLs3Z")
    assert result == {
        "id": "ten_8fK2mP0qLs3Z",
        "name": "Acme Inc",
        "slug": "acme-inc",
        "ownerId": "usr_2x7KpQ9mVbN4",
        "createdAt": "2026-03-01T09:05:00Z",
        "updatedAt": "2026-03-01T09:05:00Z",
    }


def test_tenants_delete(core: GatekeeperCore) -> None:
    service = TenantsService(core)
    result = service.delete("ten_8fK2mP0qLs3Z")
    assert result == {}


async def test_async_tenants_delete(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncTenantsService(async_core)
    result = await service.delete("ten_8fK2mP0qLs3Z")
    assert result == {}


def test_tenants_update(core: GatekeeperCore) -> None:
    service = TenantsService(core)
    result = service.update("ten_8fK2mP0qLs3Z", name="Acme Incorporated", if_match='"5f2b8c1e"')
    assert result == {
        "id": "ten_8fK2mP0qLs3Z",
        "name": "Acme Incorporated",
        "slug": "acme-inc",
        "ownerId": "usr_2x7KpQ9mVbN4",
        "createdAt": "2026-03-01T09:05:00Z",
        "updatedAt": "2026-03-02T14:30:00Z",
    }


async def test_async_tenants_update(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncTenantsService(async_core)
    result = await service.update(
        "ten_8fK2mP0qLs3Z",
        name="Acme Incorporated",
        if_match='"5f2b8c1e"',
    )
    assert result == {
        "id": "ten_8fK2mP0qLs3Z",
        "name": "Acme Incorporated",
        "slug": "acme-inc",
        "ownerId": "usr_2x7KpQ9mVbN4",
        "createdAt": "2026-03-01T09:05:00Z",
        "updatedAt": "2026-03-02T14:30:00Z",
    }


def test_tenants_list_members(core: GatekeeperCore) -> None:
    service = TenantsService(core)
    page = service.list_members(
        "ten_8fK2mP0qLs3Z",
        limit=20,
        cursor="eyJpZCI6InRlbl84ZksybVAwcUxzM1oifQ",
    )
    assert page.raw == {
        "items": [
            {
                "tenantId": "ten_8fK2mP0qLs3Z",
                "userId": "usr_2x7KpQ9mVbN4",
                "email": "founder@example.com",
                "name": "Founder",
                "role": "owner",
                "joinedAt": "2026-03-01T09:05:00Z",
            },
            {
                "tenantId": "ten_8fK2mP0qLs3Z",
                "userId": "usr_5hR1tW8yXcD6",
                "email": "dana@example.com",
                "name": "Dana Lee",
                "role": "admin",
                "joinedAt": "2026-03-02T10:15:00Z",
            },
        ],
        "nextCursor": None,
    }


async def test_async_tenants_list_members(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncTenantsService(async_core)
    page = await service.list_members(
        "ten_8fK2mP0qLs3Z",
        limit=20,
        cursor="eyJpZCI6InRlbl84ZksybVAwcUxzM1oifQ",
    )
    assert page.raw == {
        "items": [
            {
                "tenantId": "ten_8fK2mP0qLs3Z",
                "userId": "usr_2x7KpQ9mVbN4",
                "email": "founder@example.com",
                "name": "Founder",
                "role": "owner",
                "joinedAt": "2026-03-01T09:05:00Z",
            },
            {
                "tenantId": "ten_8fK2mP0qLs3Z",
                "userId": "usr_5hR1tW8yXcD6",
                "email": "dana@example.com",
                "name": "Dana Lee",
                "role": "admin",
                "joinedAt": "2026-03-02T10:15:00Z",
            },
        ],
        "nextCursor": None,
    }


def test_tenants_add_member(core: GatekeeperCore) -> None:
    service = TenantsService(core)
    result = service.add_member("ten_8fK2mP0qLs3Z", email="dana@example.com")
    assert result == {
        "tenantId": "ten_8fK2mP0qLs3Z",
        "userId": "usr_5hR1tW8yXcD6",
        "email": "dana@example.com",
        "name": "Dana Lee",
        "role": "admin",
        "joinedAt": "2026-03-02T10:15:00Z",
    }


async def test_async_tenants_add_member(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncTenantsService(async_core)
    result = await service.add_member("ten_8fK2mP0qLs3Z", email="dana@example.com")
    assert result == {
        "tenantId": "ten_8fK2mP0qLs3Z",
        "userId": "usr_5hR1tW8yXcD6",
        "email": "dana@example.com",
        "name": "Dana Lee",
        "role": "admin",
        "joinedAt": "2026-03-02T10:15:00Z",
    }


def test_tenants_remove_member(core: GatekeeperCore) -> None:
    service = TenantsService(core)
    result = service.remove_member("ten_8fK2mP0qLs3Z", "usr_5hR1tW8yXcD6")
    assert result == {}


async def test_async_tenants_remove_member(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncTenantsService(async_core)
    result = await service.remove_member("ten_8fK2mP0qLs3Z", "usr_5hR1tW8yXcD6")
    assert result == {}


def test_tenants_update_member_role(core: GatekeeperCore) -> None:
    service = TenantsService(core)
    result = service.update_member_role("ten_8fK2mP0qLs3Z", "usr_5hR1tW8yXcD6", "member")
    assert result == {
        "tenantId": "ten_8fK2mP0qLs3Z",
        "userId": "usr_5hR1tW8yXcD6",
        "email": "dana@example.com",
        "name": "Dana Lee",
        "role": "member",
        "joinedAt": "2026-03-02T10:15:00Z",
    }


async def test_async_tenants_update_member_role(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncTenantsService(async_core)
    result = await service.update_member_role("ten_8fK2mP0qLs3Z", "usr_5hR1tW8yXcD6", "member")
    assert result == {
        "tenantId": "ten_8fK2mP0qLs3Z",
        "userId": "usr_5hR1tW8yXcD6",
        "email": "dana@example.com",
        "name": "Dana Lee",
        "role": "member",
        "joinedAt": "2026-03-02T10:15:00Z",
    }


def test_mfa_enroll_totp(core: GatekeeperCore) -> None:
    service = MfaService(core)
    result = service.enroll_totp()
    assert result == {
        "secret": "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
        "otpauthUrl": "otpauth://totp/Gatekeeper:founder%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Gatekeeper&digits=6&period=30",
        "recoveryCodes": [
            "7f3k-9qz2",
            "m4p8-x1vd",
            "b6n2-t5rw",
            "h9c3-l8ye",
            "s2j7-w4ua",
            "q5g1-e6ko",
            "z8r4-d3mi",
            "u1x6-p7fb",
        ],
    }


async def test_async_mfa_enroll_totp(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncMfaService(async_core)
    result = await service.enroll_totp()
    assert result == {
        "secret": "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
        "otpauthUrl": "otpauth://totp/Gatekeeper:founder%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Gatekeeper&digits=6&period=30",
        "recoveryCodes": [
            "7f3k-9qz2",
            "m4p8-x1vd",
            "b6n2-t5rw",
            "h9c3-l8ye",
            "s2j7-w4ua",
            "q5g1-e6ko",
            "z8r4-d3mi",
            "u1x6-p7fb",
        ],
    }


def test_mfa_verify_enrollment(core: GatekeeperCore) -> None:
    service = MfaService(core)
    result = service.verify_enrollment("492039")
    assert result == {"enabled": True, "method": "totp", "enabledAt": "2026-03-03T08:20:00Z"}


async def test_async_mfa_verify_enrollment(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncMfaService(async_core)
    result = await service.verify_enrollment("492039")
    assert result == {"enabled": True, "method": "totp", "enabledAt": "2026-03-03T08:20:00Z"}


def test_mfa_disable(core: GatekeeperCore) -> None:
    service = MfaService(core)
    result = service.disable("492039")
    assert result == {"enabled": False, "enabledAt": None}


async def test_async_mfa_disable(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncMfaService(async_core)
    result = await service.disable("492039")
    assert result == {"enabled": False, "enabledAt": None}


def test_mfa_verify_challenge(core: GatekeeperCore) -> None:
    service = MfaService(core)
    result = service.verify_challenge("mfa_ch_7Hd2Kq9LmX4pR8sT", "492039")
    assert result == {
        "accessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfMng3S3BROW1WYk40IiwiZXhwIjoxNzcyMzU2NDAwfQ.8Jx3XQmT0yq1Ff2Zk7vR4sW9nB6cD5eA1hG3jK0lM2o",
        "refreshToken": "rt_Zk3Lp9Qx2Vb7Nm4Ty8Rw1Cs6",
        "tokenType": "Bearer",
        "expiresIn": 900,
        "user": {
            "id": "usr_2x7KpQ9mVbN4",
            "email": "founder@example.com",
            "name": "Founder",
            "emailVerified": True,
            "mfaEnabled": True,
            "createdAt": "2026-03-01T09:00:00Z",
        },
    }


async def test_async_mfa_verify_challenge(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncMfaService(async_core)
    result = await service.verify_challenge("mfa_ch_7Hd2Kq9LmX4pR8sT", "492039")
    assert result == {
        "accessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfMng3S3BROW1WYk40IiwiZXhwIjoxNzcyMzU2NDAwfQ.8Jx3XQmT0yq1Ff2Zk7vR4sW9nB6cD5eA1hG3jK0lM2o",
        "refreshToken": "rt_Zk3Lp9Qx2Vb7Nm4Ty8Rw1Cs6",
        "tokenType": "Bearer",
        "expiresIn": 900,
        "user": {
            "id": "usr_2x7KpQ9mVbN4",
            "email": "founder@example.com",
            "name": "Founder",
            "emailVerified": True,
            "mfaEnabled": True,
            "createdAt": "2026-03-01T09:00:00Z",
        },
    }


def test_keys_create(core: GatekeeperCore) -> None:
    service = KeysService(core)
    result = service.create(
        "ten_8fK2mP0qLs3Z",
        name="server-key",
        expires_at="2027-03-01T00:00:00Z",
    )
    assert result == {
        "apiKey": {
            "id": "key_4nQ7vB2xZr9L",
            "tenantId": "ten_8fK2mP0qLs3Z",
            "name": "server-key",
            "prefix": "gk_live_4nQ7",
            "scopes": ["read", "write"],
            "status": "active",
            "quota": {"limit": 10000, "period": "month"},
            "expiresAt": "2027-03-01T00:00:00Z",
            "lastUsedAt": None,
            "useCount": 0,
            "createdAt": "2026-03-01T09:10:00Z",
            "revokedAt": None,
        },
        "plainTextKey": "gk_live_4nQ7vB2xZr9LmT5wY8pK3sD6fH1jA0cE",
    }


async def test_async_keys_create(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncKeysService(async_core)
    result = await service.create(
        "ten_8fK2mP0qLs3Z",
        name="server-key",
        expires_at="2027-03-01T00:00:00Z",
    )
    assert result == {
        "apiKey": {
            "id": "key_4nQ7vB2xZr9L",
            "tenantId": "ten_8fK2mP0qLs3Z",
            "name": "server-key",
            "prefix": "gk_live_4nQ7",
            "scopes": ["read", "write"],
            "status": "active",
            "quota": {"limit": 10000, "period": "month"},
            "expiresAt": "2027-03-01T00:00:00Z",
            "lastUsedAt": None,
            "useCount": 0,
            "createdAt": "2026-03-01T09:10:00Z",
            "revokedAt": None,
        },
        "plainTextKey": "gk_live_4nQ7vB2xZr9LmT5wY8pK3sD6fH1jA0cE",
    }


def test_keys_list(core: GatekeeperCore) -> None:
    service = KeysService(core)
    page = service.list(
        "ten_8fK2mP0qLs3Z",
        status="active",
        limit=20,
        cursor="eyJpZCI6InRlbl84ZksybVAwcUxzM1oifQ",
    )
    assert page.raw == {
        "items": [
            {
                "id": "key_4nQ7vB2xZr9L",
                "tenantId": "ten_8fK2mP0qLs3Z",
                "name": "server-key",
                "prefix": "gk_live_4nQ7",
                "scopes": ["read", "write"],
                "status": "active",
                "quota": {"limit": 10000, "period": "month"},
                "expiresAt": "2027-03-01T00:00:00Z",
                "lastUsedAt": "2026-03-04T16:42:10Z",
                "useCount": 1284,
                "createdAt": "2026-03-01T09:10:00Z",
                "revokedAt": None,
            },
        ],
        "nextCursor": "eyJpZCI6ImtleV80blE3dkIyeFpyOUwifQ",
    }


async def test_async_keys_list(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncKeysService(async_core)
    page = await service.list(
        "ten_8fK2mP0qLs3Z",
        status="active",
        limit=20,
        cursor="eyJpZCI6InRlbl84ZksybVAwcUxzM1oifQ",
    )
    assert page.raw == {
        "items": [
            {
                "id": "key_4nQ7vB2xZr9L",
                "tenantId": "ten_8fK2mP0qLs3Z",
                "name": "server-key",
                "prefix": "gk_live_4nQ7",
                "scopes": ["read", "write"],
                "status": "active",
                "quota": {"limit": 10000, "period": "month"},
                "expiresAt": "2027-03-01T00:00:00Z",
                "lastUsedAt": "2026-03-04T16:42:10Z",
                "useCount": 1284,
                "createdAt": "2026-03-01T09:10:00Z",
                "revokedAt": None,
            },
        ],
        "nextCursor": "eyJpZCI6ImtleV80blE3dkIyeFpyOUwifQ",
    }


def test_keys_get(core: GatekeeperCore) -> None:
    service = KeysService(core)
    result = service.get("key_4nQ7vB2xZr9L")
    assert result == {
        "id": "key_4nQ7vB2xZr9L",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "name": "server-key",
        "prefix": "gk_live_4nQ7",
        "scopes": ["read", "write"],
        "status": "active",
        "quota": {"limit": 10000, "period": "month"},
        "expiresAt": "2027-03-01T00:00:00Z",
        "lastUsedAt": "2026-03-04T16:42:10Z",
        "useCount": 1284,
        "createdAt": "2026-03-01T09:10:00Z",
        "revokedAt": None,
    }


async def test_async_keys_get(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncKeysService(async_core)
    result = await service.get("key_4nQ7vB2xZr9L")
    assert result == {
        "id": "key_4nQ7vB2xZr9L",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "name": "server-key",
        "prefix": "gk_live_4nQ7",
        "scopes": ["read", "write"],
        "status": "active",
        "quota": {"limit": 10000, "period": "month"},
        "expiresAt": "2027-03-01T00:00:00Z",
        "lastUsedAt": "2026-03-04T16:42:10Z",
        "useCount": 1284,
        "createdAt": "2026-03-01T09:10:00Z",
        "revokedAt": None,
    }


def test_keys_delete(core: GatekeeperCore) -> None:
    service = KeysService(core)
    result = service.delete("key_4nQ7vB2xZr9L")
    assert result == {}


async def test_async_keys_delete(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncKeysService(async_core)
    result = await service.delete("key_4nQ7vB2xZr9L")
    assert result == {}


def test_keys_update(core: GatekeeperCore) -> None:
    service = KeysService(core)
    result = service.update(
        "key_4nQ7vB2xZr9L",
        name="server-key-prod",
        scopes=["read", "write", "admin"],
        quota={"limit": 50000, "period": "month"},
        if_match='"5f2b8c1e"',
    )
    assert result == {
        "id": "key_4nQ7vB2xZr9L",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "name": "server-key-prod",
        "prefix": "gk_live_4nQ7",
        "scopes": ["read", "write", "admin"],
        "status": "active",
        "quota": {"limit": 50000, "period": "month"},
        "expiresAt": "2027-03-01T00:00:00Z",
        "lastUsedAt": "2026-03-04T16:42:10Z",
        "useCount": 1284,
        "createdAt": "2026-03-01T09:10:00Z",
        "revokedAt": None,
    }


async def test_async_keys_update(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncKeysService(async_core)
    result = await service.update(
        "key_4nQ7vB2xZr9L",
        name="server-key-prod",
        scopes=["read", "write", "admin"],
        quota={"limit": 50000, "period": "month"},
        if_match='"5f2b8c1e"',
    )
    assert result == {
        "id": "key_4nQ7vB2xZr9L",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "name": "server-key-prod",
        "prefix": "gk_live_4nQ7",
        "scopes": ["read", "write", "admin"],
        "status": "active",
        "quota": {"limit": 50000, "period": "month"},
        "expiresAt": "2027-03-01T00:00:00Z",
        "lastUsedAt": "2026-03-04T16:42:10Z",
        "useCount": 1284,
        "createdAt": "2026-03-01T09:10:00Z",
        "revokedAt": None,
    }


def test_keys_revoke(core: GatekeeperCore) -> None:
    service = KeysService(core)
    result = service.revoke("key_4nQ7vB2xZr9L")
    assert result == {
        "id": "key_4nQ7vB2xZr9L",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "name": "server-key",
        "prefix": "gk_live_4nQ7",
        "scopes": ["read", "write"],
        "status": "revoked",
        "quota": {"limit": 10000, "period": "month"},
        "expiresAt": "2027-03-01T00:00:00Z",
        "lastUsedAt": "2026-03-04T16:42:10Z",
        "useCount": 1284,
        "createdAt": "2026-03-01T09:10:00Z",
        "revokedAt": "2026-03-05T11:00:00Z",
    }


async def test_async_keys_revoke(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncKeysService(async_core)
    result = await service.revoke("key_4nQ7vB2xZr9L")
    assert result == {
        "id": "key_4nQ7vB2xZr9L",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "name": "server-key",
        "prefix": "gk_live_4nQ7",
        "scopes": ["read", "write"],
        "status": "revoked",
        "quota": {"limit": 10000, "period": "month"},
        "expiresAt": "2027-03-01T00:00:00Z",
        "lastUsedAt": "2026-03-04T16:42:10Z",
        "useCount": 1284,
        "createdAt": "2026-03-01T09:10:00Z",
        "revokedAt": "2026-03-05T11:00:00Z",
    }


def test_keys_rotate(core: GatekeeperCore) -> None:
    service = KeysService(core)
    result = service.rotate("key_4nQ7vB2xZr9L")
    assert result == {
        "apiKey": {
            "id": "key_7wE3rT9yU1iO",
            "tenantId": "ten_8fK2mP0qLs3Z",
            "name": "server-key",
            "prefix": "gk_live_7wE3",
            "scopes": ["read", "write"],
            "status": "active",
            "quota": {"limit": 10000, "period": "month"},
            "expiresAt": "2027-03-01T00:00:00Z",
            "lastUsedAt": None,
            "useCount": 0,
            "createdAt": "2026-03-05T11:00:00Z",
            "revokedAt": None,
        },
        "plainTextKey": "gk_live_7wE3rT9yU1iOpA2sD4fG6hJ8kL0zX5cV",
    }


async def test_async_keys_rotate(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncKeysService(async_core)
    result = await service.rotate("key_4nQ7vB2xZr9L")
    assert result == {
        "apiKey": {
            "id": "key_7wE3rT9yU1iO",
            "tenantId": "ten_8fK2mP0qLs3Z",
            "name": "server-key",
            "prefix": "gk_live_7wE3",
            "scopes": ["read", "write"],
            "status": "active",
            "quota": {"limit": 10000, "period": "month"},
            "expiresAt": "2027-03-01T00:00:00Z",
            "lastUsedAt": None,
            "useCount": 0,
            "createdAt": "2026-03-05T11:00:00Z",
            "revokedAt": None,
        },
        "plainTextKey": "gk_live_7wE3rT9yU1iOpA2sD4fG6hJ8kL0zX5cV",
    }


def test_keys_validate(core: GatekeeperCore) -> None:
    service = KeysService(core)
    result = service.validate(required_scopes=["read"])
    assert result == {
        "keyId": "key_4nQ7vB2xZr9L",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "name": "server-key",
        "scopes": ["read", "write"],
        "expiresAt": "2027-03-01T00:00:00Z",
        "quotaRemaining": 8715,
    }


async def test_async_keys_validate(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncKeysService(async_core)
    result = await service.validate(required_scopes=["read"])
    assert result == {
        "keyId": "key_4nQ7vB2xZr9L",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "name": "server-key",
        "scopes": ["read", "write"],
        "expiresAt": "2027-03-01T00:00:00Z",
        "quotaRemaining": 8715,
    }


def test_keys_exchange_token(core: GatekeeperCore) -> None:
    service = KeysService(core)
    result = service.exchange_token(ttl_seconds=300)
    assert result == {
        "accessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJrZXlfNG5RN3ZCMnhacjlMIiwidGVuIjoidGVuXzhmSzJtUDBxTHMzWiIsInNjb3BlIjoicmVhZCJ9.Yt4Ua6Wc8Ye0Ag2Ci4Ek6Gm8Io0Kq2Ms4Ou6Qw8Sy0",
        "tokenType": "Bearer",
        "expiresIn": 300,
        "scopes": ["read"],
    }


async def test_async_keys_exchange_token(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncKeysService(async_core)
    result = await service.exchange_token(ttl_seconds=300)
    assert result == {
        "accessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJrZXlfNG5RN3ZCMnhacjlMIiwidGVuIjoidGVuXzhmSzJtUDBxTHMzWiIsInNjb3BlIjoicmVhZCJ9.Yt4Ua6Wc8Ye0Ag2Ci4Ek6Gm8Io0Kq2Ms4Ou6Qw8Sy0",
        "tokenType": "Bearer",
        "expiresIn": 300,
        "scopes": ["read"],
    }


def test_usage_record(core: GatekeeperCore) -> None:
    service = UsageService(core)
    result = service.record(
        "ten_8fK2mP0qLs3Z",
        "inference",
        "completion",
        api_key_id="key_4nQ7vB2xZr9L",
        quantity=1,
        metadata={"model": "gk-small", "promptTokens": 412},
    )
    assert result == {
        "id": "uev_9aB3cD5eF7gH",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "apiKeyId": "key_4nQ7vB2xZr9L",
        "service": "inference",
        "action": "completion",
        "quantity": 1,
        "metadata": {"model": "gk-small", "promptTokens": 412},
        "recordedAt": "2026-03-04T16:42:10Z",
    }


async def test_async_usage_record(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncUsageService(async_core)
    result = await service.record(
        "ten_8fK2mP0qLs3Z",
        "inference",
        "completion",
        api_key_id="key_4nQ7vB2xZr9L",
        quantity=1,
        metadata={"model": "gk-small", "promptTokens": 412},
    )
    assert result == {
        "id": "uev_9aB3cD5eF7gH",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "apiKeyId": "key_4nQ7vB2xZr9L",
        "service": "inference",
        "action": "completion",
        "quantity": 1,
        "metadata": {"model": "gk-small", "promptTokens": 412},
        "recordedAt": "2026-03-04T16:42:10Z",
    }


def test_usage_check_quota(core: GatekeeperCore) -> None:
    service = UsageService(core)
    result = service.check_quota(
        "ten_8fK2mP0qLs3Z",
        api_key_id="key_4nQ7vB2xZr9L",
        service="inference",
        quantity=1,
    )
    assert result == {
        "allowed": True,
        "limit": 10000,
        "remaining": 8715,
        "period": "month",
        "resetAt": "2026-04-01T00:00:00Z",
    }


async def test_async_usage_check_quota(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncUsageService(async_core)
    result = await service.check_quota(
        "ten_8fK2mP0qLs3Z",
        api_key_id="key_4nQ7vB2xZr9L",
        service="inference",
        quantity=1,
    )
    assert result == {
        "allowed": True,
        "limit": 10000,
        "remaining": 8715,
        "period": "month",
        "resetAt": "2026-04-01T00:00:00Z",
    }


def test_usage_summary(core: GatekeeperCore) -> None:
    service = UsageService(core)
    result = service.summary(
        "ten_8fK2mP0qLs3Z",
        from_="2026-03-01T00:00:00Z",
        to="2026-04-01T00:00:00Z",
        service="inference",
    )
    assert result == {
        "tenantId": "ten_8fK2mP0qLs3Z",
        "from": "2026-03-01T00:00:00Z",
        "to": "2026-04-01T00:00:00Z",
        "total": 1285,
        "totals": [
            {"service": "inference", "action": "completion", "quantity": 1284},
            {"service": "inference", "action": "embedding", "quantity": 1},
        ],
    }


async def test_async_usage_summary(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncUsageService(async_core)
    result = await service.summary(
        "ten_8fK2mP0qLs3Z",
        from_="2026-03-01T00:00:00Z",
        to="2026-04-01T00:00:00Z",
        service="inference",
    )
    assert result == {
        "tenantId": "ten_8fK2mP0qLs3Z",
        "from": "2026-03-01T00:00:00Z",
        "to": "2026-04-01T00:00:00Z",
        "total": 1285,
        "totals": [
            {"service": "inference", "action": "completion", "quantity": 1284},
            {"service": "inference", "action": "embedding", "quantity": 1},
        ],
    }


def test_usage_list_events(core: GatekeeperCore) -> None:
    service = UsageService(core)
    page = service.list_events(
        "ten_8fK2mP0qLs3Z",
        service="inference",
        api_key_id="key_4nQ7vB2xZr9L",
        from_="2026-03-01T00:00:00Z",
        to="2026-04-01T00:00:00Z",
        limit=20,
        cursor="eyJpZCI6InRlbl84ZksybVAwcUxzM1oifQ",
    )
    assert page.raw == {
        "items": [
            {
                "id": "uev_9aB3cD5eF7gH",
                "tenantId": "ten_8fK2mP0qLs3Z",
                "apiKeyId": "key_4nQ7vB2xZr9L",
                "service": "inference",
                "action": "completion",
                "quantity": 1,
                "metadata": {"model": "gk-small", "promptTokens": 412},
                "recordedAt": "2026-03-04T16:42:10Z",
            },
        ],
        "nextCursor": "eyJpZCI6InVldl85YUIzY0Q1ZUY3Z0gifQ",
    }


async def test_async_usage_list_events(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncUsageService(async_core)
    page = await service.list_events(
        "ten_8fK2mP0qLs3Z",
        service="inference",
        api_key_id="key_4nQ7vB2xZr9L",
        from_="2026-03-01T00:00:00Z",
        to="2026-04-01T00:00:00Z",
        limit=20,
        cursor="eyJpZCI6InRlbl84ZksybVAwcUxzM1oifQ",
    )
    assert page.raw == {
        "items": [
            {
                "id": "uev_9aB3cD5eF7gH",
                "tenantId": "ten_8fK2mP0qLs3Z",
                "apiKeyId": "key_4nQ7vB2xZr9L",
                "service": "inference",
                "action": "completion",
                "quantity": 1,
                "metadata": {"model": "gk-small", "promptTokens": 412},
                "recordedAt": "2026-03-04T16:42:10Z",
            },
        ],
        "nextCursor": "eyJpZCI6InVldl85YUIzY0Q1ZUY3Z0gifQ",
    }


def test_permissions_list_roles(core: GatekeeperCore) -> None:
    service = PermissionsService(core)
    page = service.list_roles(
        "ten_8fK2mP0qLs3Z",
        limit=20,
        cursor="eyJpZCI6InRlbl84ZksybVAwcUxzM1oifQ",
    )
    assert page.raw == {
        "items": [
            {
                "id": "rol_3kL9mN2pQ5rS",
                "tenantId": "ten_8fK2mP0qLs3Z",
                "name": "billing-admin",
                "description": "Manages the subscription and reads invoices.",
                "permissions": ["billing:read", "billing:write", "invoices:read"],
                "createdAt": "2026-03-02T11:00:00Z",
                "updatedAt": "2026-03-02T11:00:00Z",
            },
        ],
        "nextCursor": None,
    }


async def test_async_permissions_list_roles(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncPermissionsService(async_core)
    page = await service.list_roles(
        "ten_8fK2mP0qLs3Z",
        limit=20,
        cursor="eyJpZCI6InRlbl84ZksybVAwcUxzM1oifQ",
    )
    assert page.raw == {
        "items": [
            {
                "id": "rol_3kL9mN2pQ5rS",
                "tenantId": "ten_8fK2mP0qLs3Z",
                "name": "billing-admin",
                "description": "Manages the subscription and reads invoices.",
                "permissions": ["billing:read", "billing:write", "invoices:read"],
                "createdAt": "2026-03-02T11:00:00Z",
                "updatedAt": "2026-03-02T11:00:00Z",
            },
        ],
        "nextCursor": None,
    }


def test_permissions_create_role(core: GatekeeperCore) -> None:
    service = PermissionsService(core)
    result = service.create_role(
        "ten_8fK2mP0qLs3Z",
        "billing-admin",
        ["billing:read", "billing:write", "invoices:read"],
        description="Manages the subscription and reads invoices.",
    )
    assert result == {
        "id": "rol_3kL9mN2pQ5rS",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "name": "billing-admin",
        "description": "Manages the subscription and reads invoices.",
        "permissions": ["billing:read", "billing:write", "invoices:read"],
        "createdAt": "2026-03-02T11:00:00Z",
        "updatedAt": "2026-03-02T11:00:00Z",
    }


async def test_async_permissions_create_role(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncPermissionsService(async_core)
    result = await service.create_role(
        "ten_8fK2mP0qLs3Z",
        "billing-admin",
        ["billing:read", "billing:write", "invoices:read"],
        description="Manages the subscription and reads invoices.",
    )
    assert result == {
        "id": "rol_3kL9mN2pQ5rS",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "name": "billing-admin",
        "description": "Manages the subscription and reads invoices.",
        "permissions": ["billing:read", "billing:write", "invoices:read"],
        "createdAt": "2026-03-02T11:00:00Z",
        "updatedAt": "2026-03-02T11:00:00Z",
    }


def test_permissions_get_role(core: GatekeeperCore) -> None:
    service = PermissionsService(core)
    result = service.get_role("ten_8fK2mP0qLs3Z", "rol_3kL9mN2pQ5rS")
    assert result == {
        "id": "rol_3kL9mN2pQ5rS",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "name": "billing-admin",
        "description": "Manages the subscription and reads invoices.",
        "permissions": ["billing:read", "billing:write", "invoices:read"],
        "createdAt": "2026-03-02T11:00:00Z",
        "updatedAt": "2026-03-02T11:00:00Z",
    }


async def test_async_permissions_get_role(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncPermissionsService(async_core)
    result = await service.get_role("ten_8fK2mP0qLs3Z", "rol_3kL9mN2pQ5rS")
    assert result == {
        "id": "rol_3kL9mN2pQ5rS",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "name": "billing-admin",
        "description": "Manages the subscription and reads invoices.",
        "permissions": ["billing:read", "billing:write", "invoices:read"],
        "createdAt": "2026-03-02T11:00:00Z",
        "updatedAt": "2026-03-02T11:00:00Z",
    }


def test_permissions_delete_role(core: GatekeeperCore) -> None:
    service = PermissionsService(core)
    result = service.delete_role("ten_8fK2mP0qLs3Z", "rol_3kL9mN2pQ5rS")
    assert result == {}


async def test_async_permissions_delete_role(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncPermissionsService(async_core)
    result = await service.delete_role("ten_8fK2mP0qLs3Z", "rol_3kL9mN2pQ5rS")
    assert result == {}


def test_permissions_update_role(core: GatekeeperCore) -> None:
    service = PermissionsService(core)
    result = service.update_role(
        "ten_8fK2mP0qLs3Z",
        "rol_3kL9mN2pQ5rS",
        permissions=["billing:read", "billing:write", "invoices:read", "usage:read"],
        if_match='"5f2b8c1e"',
    )
    assert result == {
        "id": "rol_3kL9mN2pQ5rS",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "name": "billing-admin",
        "description": "Manages the subscription and reads invoices.",
        "permissions": ["billing:read", "billing:write", "invoices:read", "usage:read"],
        "createdAt": "2026-03-02T11:00:00Z",
        "updatedAt": "2026-03-03T09:30:00Z",
    }


async def test_async_permissions_update_role(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncPermissionsService(async_core)
    result = await service.update_role(
        "ten_8fK2mP0qLs3Z",
        "rol_3kL9mN2pQ5rS",
        permissions=["billing:read", "billing:write", "invoices:read", "usage:read"],
        if_match='"5f2b8c1e"',
    )
    assert result == {
        "id": "rol_3kL9mN2pQ5rS",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "name": "billing-admin",
        "description": "Manages the subscription and reads invoices.",
        "permissions": ["billing:read", "billing:write", "invoices:read", "usage:read"],
        "createdAt": "2026-03-02T11:00:00Z",
        "updatedAt": "2026-03-03T09:30:00Z",
    }


def test_permissions_assign_role(core: GatekeeperCore) -> None:
    service = PermissionsService(core)
    result = service.assign_role("ten_8fK2mP0qLs3Z", "usr_5hR1tW8yXcD6", "rol_3kL9mN2pQ5rS")
    assert result == {
        "tenantId": "ten_8fK2mP0qLs3Z",
        "userId": "usr_5hR1tW8yXcD6",
        "roleId": "rol_3kL9mN2pQ5rS",
        "assignedAt": "2026-03-02T11:05:00Z",
    }


async def test_async_permissions_assign_role(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncPermissionsService(async_core)
    result = await service.assign_role("ten_8fK2mP0qLs3Z", "usr_5hR1tW8yXcD6", "rol_3kL9mN2pQ5rS")
    assert result == {
        "tenantId": "ten_8fK2mP0qLs3Z",
        "userId": "usr_5hR1tW8yXcD6",
        "roleId": "rol_3kL9mN2pQ5rS",
        "assignedAt": "2026-03-02T11:05:00Z",
    }


def test_permissions_unassign_role(core: GatekeeperCore) -> None:
    service = PermissionsService(core)
    result = service.unassign_role("ten_8fK2mP0qLs3Z", "usr_5hR1tW8yXcD6", "rol_3kL9mN2pQ5rS")
    assert result == {}


async def test_async_permissions_unassign_role(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncPermissionsService(async_core)
    result = await service.unassign_role("ten_8fK2mP0qLs3Z", "usr_5hR1tW8yXcD6", "rol_3kL9mN2pQ5rS")
    assert result == {}


def test_permissions_check(core: GatekeeperCore) -> None:
    service = PermissionsService(core)
    result = service.check("ten_8fK2mP0qLs3Z", "usr_5hR1tW8yXcD6", "billing:write")
    assert result == {
        "allowed": True,
        "userId": "usr_5hR1tW8yXcD6",
        "permission": "billing:write",
        "grantedBy": ["rol_3kL9mN2pQ5rS"],
    }


async def test_async_permissions_check(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncPermissionsService(async_core)
    result = await service.check("ten_8fK2mP0qLs3Z", "usr_5hR1tW8yXcD6", "billing:write")
    assert result == {
        "allowed": True,
        "userId": "usr_5hR1tW8yXcD6",
        "permission": "billing:write",
        "grantedBy": ["rol_3kL9mN2pQ5rS"],
    }


def test_webhooks_list(core: GatekeeperCore) -> None:
    service = WebhooksService(core)
    page = service.list("ten_8fK2mP0qLs3Z", limit=20, cursor="eyJpZCI6InRlbl84ZksybVAwcUxzM1oifQ")
    assert page.raw == {
        "items": [
            {
                "id": "whe_6tY8uI0oP2aS",
                "tenantId": "ten_8fK2mP0qLs3Z",
                "url": "https://hooks.acme.example/gatekeeper",
                "description": "Key lifecycle events for the ops channel",
                "events": ["key.created", "key.revoked", "usage.quota_exceeded"],
                "enabled": True,
                "createdAt": "2026-03-02T12:00:00Z",
                "updatedAt": "2026-03-02T12:00:00Z",
            },
        ],
        "nextCursor": None,
    }


async def test_async_webhooks_list(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncWebhooksService(async_core)
    page = await service.list(
        "ten_8fK2mP0qLs3Z",
        limit=20,
        cursor="eyJpZCI6InRlbl84ZksybVAwcUxzM1oifQ",
    )
    assert page.raw == {
        "items": [
            {
                "id": "whe_6tY8uI0oP2aS",
                "tenantId": "ten_8fK2mP0qLs3Z",
                "url": "https://hooks.acme.example/gatekeeper",
                "description": "Key lifecycle events for the ops channel",
                "events": ["key.created", "key.revoked", "usage.quota_exceeded"],
                "enabled": True,
                "createdAt": "2026-03-02T12:00:00Z",
                "updatedAt": "2026-03-02T12:00:00Z",
            },
        ],
        "nextCursor": None,
    }


def test_webhooks_create(core: GatekeeperCore) -> None:
    service = WebhooksService(core)
    result = service.create(
        "ten_8fK2mP0qLs3Z",
        "https://hooks.acme.example/gatekeeper",
        ["key.created", "key.revoked", "usage.quota_exceeded"],
        description="Key lifecycle events for the ops channel",
        enabled=True,
    )
    assert result == {
        "id": "whe_6tY8uI0oP2aS",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "url": "https://hooks.acme.example/gatekeeper",
        "description": "Key lifecycle events for the ops channel",
        "events": ["key.created", "key.revoked", "usage.quota_exceeded"],
        "enabled": True,
        "createdAt": "2026-03-02T12:00:00Z",
        "updatedAt": "2026-03-02T12:00:00Z",
    }


async def test_async_webhooks_create(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncWebhooksService(async_core)
    result = await service.create(
        "ten_8fK2mP0qLs3Z",
        "https://hooks.acme.example/gatekeeper",
        ["key.created", "key.revoked", "usage.quota_exceeded"],
        description="Key lifecycle events for the ops channel",
        enabled=True,
    )
    assert result == {
        "id": "whe_6tY8uI0oP2aS",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "url": "https://hooks.acme.example/gatekeeper",
        "description": "Key lifecycle events for the ops channel",
        "events": ["key.created", "key.revoked", "usage.quota_exceeded"],
        "enabled": True,
        "createdAt": "2026-03-02T12:00:00Z",
        "updatedAt": "2026-03-02T12:00:00Z",
    }


def test_webhooks_get(core: GatekeeperCore) -> None:
    service = WebhooksService(core)
    result = service.get("ten_8fK2mP0qLs3Z", "whe_6tY8uI0oP2aS")
    assert result == {
        "id": "whe_6tY8uI0oP2aS",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "url": "https://hooks.acme.example/gatekeeper",
        "description": "Key lifecycle events for the ops channel",
        "events": ["key.created", "key.revoked", "usage.quota_exceeded"],
        "enabled": True,
        "createdAt": "2026-03-02T12:00:00Z",
        "updatedAt": "2026-03-02T12:00:00Z",
    }


async def test_async_webhooks_get(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncWebhooksService(async_core)
    result = await service.get("ten_8fK2mP0qLs3Z", "whe_6tY8uI0oP2aS")
    assert result == {
        "id": "whe_6tY8uI0oP2aS",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "url": "https://hooks.acme.example/gatekeeper",
        "description": "Key lifecycle events for the ops channel",
        "events": ["key.created", "key.revoked", "usage.quota_exceeded"],
        "enabled": True,
        "createdAt": "2026-03-02T12:00:00Z",
        "updatedAt": "2026-03-02T12:00:00Z",
    }


def test_webhooks_delete(core: GatekeeperCore) -> None:
    service = WebhooksService(core)
    result = service.delete("ten_8fK2mP0qLs3Z", "whe_6tY8uI0oP2aS")
    assert result == {}


async def test_async_webhooks_delete(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncWebhooksService(async_core)
    result = await service.delete("ten_8fK2mP0qLs3Z", "whe_6tY8uI0oP2aS")
    assert result == {}


def test_webhooks_update(core: GatekeeperCore) -> None:
    service = WebhooksService(core)
    result = service.update(
        "ten_8fK2mP0qLs3Z",
        "whe_6tY8uI0oP2aS",
        events=["key.created", "key.revoked", "key.rotated", "usage.quota_exceeded"],
        enabled=True,
        if_match='"5f2b8c1e"',
    )
    assert result == {
        "id": "whe_6tY8uI0oP2aS",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "url": "https://hooks.acme.example/gatekeeper",
        "description": "Key lifecycle events for the ops channel",
        "events": ["key.created", "key.revoked", "key.rotated", "usage.quota_exceeded"],
        "enabled": True,
        "createdAt": "2026-03-02T12:00:00Z",
        "updatedAt": "2026-03-03T15:20:00Z",
    }


async def test_async_webhooks_update(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncWebhooksService(async_core)
    result = await service.update(
        "ten_8fK2mP0qLs3Z",
        "whe_6tY8uI0oP2aS",
        events=["key.created", "key.revoked", "key.rotated", "usage.quota_exceeded"],
        enabled=True,
        if_match='"5f2b8c1e"',
    )
    assert result == {
        "id": "whe_6tY8uI0oP2aS",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "url": "https://hooks.acme.example/gatekeeper",
        "description": "Key lifecycle events for the ops channel",
        "events": ["key.created", "key.revoked", "key.rotated", "usage.quota_exceeded"],
        "enabled": True,
        "createdAt": "2026-03-02T12:00:00Z",
        "updatedAt": "2026-03-03T15:20:00Z",
    }


def test_webhooks_dispatch_test(core: GatekeeperCore) -> None:
    service = WebhooksService(core)
    result = service.dispatch_test(
        "ten_8fK2mP0qLs3Z",
        "whe_6tY8uI0oP2aS",
        event_type="webhook.test",
    )
    assert result == {
        "id": "whd_1qW3eR5tY7uI",
        "endpointId": "whe_6tY8uI0oP2aS",
        "eventId": "evt_0pL2kJ4hG6fD",
        "eventType": "webhook.test",
        "status": "succeeded",
        "attempt": 1,
        "responseStatus": 200,
        "durationMs": 184,
        "createdAt": "2026-03-02T12:01:00Z",
        "deliveredAt": "2026-03-02T12:01:00Z",
    }


async def test_async_webhooks_dispatch_test(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncWebhooksService(async_core)
    result = await service.dispatch_test(
        "ten_8fK2mP0qLs3Z",
        "whe_6tY8uI0oP2aS",
        event_type="webhook.test",
    )
    assert result == {
        "id": "whd_1qW3eR5tY7uI",
        "endpointId": "whe_6tY8uI0oP2aS",
        "eventId": "evt_0pL2kJ4hG6fD",
        "eventType": "webhook.test",
        "status": "succeeded",
        "attempt": 1,
        "responseStatus": 200,
        "durationMs": 184,
        "createdAt": "2026-03-02T12:01:00Z",
        "deliveredAt": "2026-03-02T12:01:00Z",
    }


def test_webhooks_list_deliveries(core: GatekeeperCore) -> None:
    service = WebhooksService(core)
    page = service.list_deliveries(
        "ten_8fK2mP0qLs3Z",
        "whe_6tY8uI0oP2aS",
        status="failed",
        limit=20,
        cursor="eyJpZCI6InRlbl84ZksybVAwcUxzM1oifQ",
    )
    assert page.raw == {
        "items": [
            {
                "id": "whd_8uJ2nH4bG6vF",
                "endpointId": "whe_6tY8uI0oP2aS",
                "eventId": "evt_3sA5dF7gH9jK",
                "eventType": "key.revoked",
                "status": "failed",
                "attempt": 3,
                "responseStatus": 503,
                "durationMs": 10000,
                "createdAt": "2026-03-05T11:00:01Z",
                "deliveredAt": None,
            },
        ],
        "nextCursor": None,
    }


async def test_async_webhooks_list_deliveries(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncWebhooksService(async_core)
    page = await service.list_deliveries(
        "ten_8fK2mP0qLs3Z",
        "whe_6tY8uI0oP2aS",
        status="failed",
        limit=20,
        cursor="eyJpZCI6InRlbl84ZksybVAwcUxzM1oifQ",
    )
    assert page.raw == {
        "items": [
            {
                "id": "whd_8uJ2nH4bG6vF",
                "endpointId": "whe_6tY8uI0oP2aS",
                "eventId": "evt_3sA5dF7gH9jK",
                "eventType": "key.revoked",
                "status": "failed",
                "attempt": 3,
                "responseStatus": 503,
                "durationMs": 10000,
                "createdAt": "2026-03-05T11:00:01Z",
                "deliveredAt": None,
            },
        ],
        "nextCursor": None,
    }


def test_webhooks_redeliver(core: GatekeeperCore) -> None:
    service = WebhooksService(core)
    result = service.redeliver("ten_8fK2mP0qLs3Z", "whe_6tY8uI0oP2aS", "whd_8uJ2nH4bG6vF")
    assert result == {
        "id": "whd_2zX4cV6bN8mL",
        "endpointId": "whe_6tY8uI0oP2aS",
        "eventId": "evt_3sA5dF7gH9jK",
        "eventType": "key.revoked",
        "status": "succeeded",
        "attempt": 4,
        "responseStatus": 200,
        "durationMs": 212,
        "createdAt": "2026-03-05T12:30:00Z",
        "deliveredAt": "2026-03-05T12:30:00Z",
    }


async def test_async_webhooks_redeliver(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncWebhooksService(async_core)
    result = await service.redeliver("ten_8fK2mP0qLs3Z", "whe_6tY8uI0oP2aS", "whd_8uJ2nH4bG6vF")
    assert result == {
        "id": "whd_2zX4cV6bN8mL",
        "endpointId": "whe_6tY8uI0oP2aS",
        "eventId": "evt_3sA5dF7gH9jK",
        "eventType": "key.revoked",
        "status": "succeeded",
        "attempt": 4,
        "responseStatus": 200,
        "durationMs": 212,
        "createdAt": "2026-03-05T12:30:00Z",
        "deliveredAt": "2026-03-05T12:30:00Z",
    }


def test_audit_query(core: GatekeeperCore) -> None:
    service = AuditService(core)
    page = service.query(
        "ten_8fK2mP0qLs3Z",
        action="key.revoked",
        actor_id="usr_2x7KpQ9mVbN4",
        resource_type="api_key",
        from_="2026-03-01T00:00:00Z",
        to="2026-04-01T00:00:00Z",
        limit=20,
        cursor="eyJpZCI6InRlbl84ZksybVAwcUxzM1oifQ",
    )
    assert page.raw == {
        "items": [
            {
                "id": "aud_7zX9cV1bN3mQ",
                "tenantId": "ten_8fK2mP0qLs3Z",
                "actorType": "user",
                "actorId": "usr_2x7KpQ9mVbN4",
                "action": "key.revoked",
                "resourceType": "api_key",
                "resourceId": "key_4nQ7vB2xZr9L",
                "ipAddress": "203.0.113.42",
                "metadata": {"reason": "leaked in a public repository"},
                "occurredAt": "2026-03-05T11:00:00Z",
            },
        ],
        "nextCursor": "eyJpZCI6ImF1ZF83elg5Y1YxYk4zbVEifQ",
    }


async def test_async_audit_query(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncAuditService(async_core)
    page = await service.query(
        "ten_8fK2mP0qLs3Z",
        action="key.revoked",
        actor_id="usr_2x7KpQ9mVbN4",
        resource_type="api_key",
        from_="2026-03-01T00:00:00Z",
        to="2026-04-01T00:00:00Z",
        limit=20,
        cursor="eyJpZCI6InRlbl84ZksybVAwcUxzM1oifQ",
    )
    assert page.raw == {
        "items": [
            {
                "id": "aud_7zX9cV1bN3mQ",
                "tenantId": "ten_8fK2mP0qLs3Z",
                "actorType": "user",
                "actorId": "usr_2x7KpQ9mVbN4",
                "action": "key.revoked",
                "resourceType": "api_key",
                "resourceId": "key_4nQ7vB2xZr9L",
                "ipAddress": "203.0.113.42",
                "metadata": {"reason": "leaked in a public repository"},
                "occurredAt": "2026-03-05T11:00:00Z",
            },
        ],
        "nextCursor": "eyJpZCI6ImF1ZF83elg5Y1YxYk4zbVEifQ",
    }


def test_audit_record(core: GatekeeperCore) -> None:
    service = AuditService(core)
    result = service.record(
        "ten_8fK2mP0qLs3Z",
        "key.revoked",
        "api_key",
        resource_id="key_4nQ7vB2xZr9L",
        metadata={"reason": "leaked in a public repository"},
    )
    assert result == {
        "id": "aud_7zX9cV1bN3mQ",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "actorType": "user",
        "actorId": "usr_2x7KpQ9mVbN4",
        "action": "key.revoked",
        "resourceType": "api_key",
        "resourceId": "key_4nQ7vB2xZr9L",
        "ipAddress": "203.0.113.42",
        "metadata": {"reason": "leaked in a public repository"},
        "occurredAt": "2026-03-05T11:00:00Z",
    }


async def test_async_audit_record(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncAuditService(async_core)
    result = await service.record(
        "ten_8fK2mP0qLs3Z",
        "key.revoked",
        "api_key",
        resource_id="key_4nQ7vB2xZr9L",
        metadata={"reason": "leaked in a public repository"},
    )
    assert result == {
        "id": "aud_7zX9cV1bN3mQ",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "actorType": "user",
        "actorId": "usr_2x7KpQ9mVbN4",
        "action": "key.revoked",
        "resourceType": "api_key",
        "resourceId": "key_4nQ7vB2xZr9L",
        "ipAddress": "203.0.113.42",
        "metadata": {"reason": "leaked in a public repository"},
        "occurredAt": "2026-03-05T11:00:00Z",
    }


def test_audit_export(core: GatekeeperCore) -> None:
    service = AuditService(core)
    text = service.export(
        "ten_8fK2mP0qLs3Z",
        action="key.revoked",
        actor_id="usr_2x7KpQ9mVbN4",
        resource_type="api_key",
        from_="2026-03-01T00:00:00Z",
        to="2026-04-01T00:00:00Z",
    )
    assert (
        text
        == "id,occurredAt,actorType,actorId,action,resourceType,resourceId,ipAddress\naud_7zX9cV1bN3mQ,2026-03-05T11:00:00Z,user,usr_2x7KpQ9mVbN4,key.revoked,api_key,key_4nQ7vB2xZr9L,203.0.113.42\n"
    )


async def test_async_audit_export(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncAuditService(async_core)
    text = await service.export(
        "ten_8fK2mP0qLs3Z",
        action="key.revoked",
        actor_id="usr_2x7KpQ9mVbN4",
        resource_type="api_key",
        from_="2026-03-01T00:00:00Z",
        to="2026-04-01T00:00:00Z",
    )
    assert (
        text
        == "id,occurredAt,actorType,actorId,action,resourceType,resourceId,ipAddress\naud_7zX9cV1bN3mQ,2026-03-05T11:00:00Z,user,usr_2x7KpQ9mVbN4,key.revoked,api_key,key_4nQ7vB2xZr9L,203.0.113.42\n"
    )


def test_billing_plans(core: GatekeeperCore) -> None:
    service = BillingService(core)
    page = service.plans(limit=20, cursor="eyJpZCI6InRlbl84ZksybVAwcUxzM1oifQ")
    assert page.raw == {
        "items": [
            {
                "id": "plan_free",
                "name": "Free",
                "description": "For side projects and evaluation.",
                "priceCents": 0,
                "currency": "usd",
                "interval": "month",
                "features": ["api_keys"],
                "limits": {"apiKeys": 2, "members": 3, "monthlyRequests": 1000},
            },
            {
                "id": "plan_pro",
                "name": "Pro",
                "description": "For production workloads.",
                "priceCents": 4900,
                "currency": "usd",
                "interval": "month",
                "features": ["api_keys", "webhooks", "audit_export", "mfa_enforcement"],
                "limits": {"apiKeys": 50, "members": 25, "monthlyRequests": 100000},
            },
        ],
        "nextCursor": None,
    }


async def test_async_billing_plans(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncBillingService(async_core)
    page = await service.plans(limit=20, cursor="eyJpZCI6InRlbl84ZksybVAwcUxzM1oifQ")
    assert page.raw == {
        "items": [
            {
                "id": "plan_free",
                "name": "Free",
                "description": "For side projects and evaluation.",
                "priceCents": 0,
                "currency": "usd",
                "interval": "month",
                "features": ["api_keys"],
                "limits": {"apiKeys": 2, "members": 3, "monthlyRequests": 1000},
            },
            {
                "id": "plan_pro",
                "name": "Pro",
                "description": "For production workloads.",
                "priceCents": 4900,
                "currency": "usd",
                "interval": "month",
                "features": ["api_keys", "webhooks", "audit_export", "mfa_enforcement"],
                "limits": {"apiKeys": 50, "members": 25, "monthlyRequests": 100000},
            },
        ],
        "nextCursor": None,
    }


def test_billing_get_subscription(core: GatekeeperCore) -> None:
    service = BillingService(core)
    result = service.get_subscription("ten_8fK2mP0qLs3Z")
    assert result == {
        "id": "sub_2dF4gH6jK8lZ",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "planId": "plan_pro",
        "status": "active",
        "currentPeriodStart": "2026-03-01T00:00:00Z",
        "currentPeriodEnd": "2026-04-01T00:00:00Z",
        "cancelAtPeriodEnd": False,
        "canceledAt": None,
    }


async def test_async_billing_get_subscription(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncBillingService(async_core)
    result = await service.get_subscription("ten_8fK2mP0qLs3Z")
    assert result == {
        "id": "sub_2dF4gH6jK8lZ",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "planId": "plan_pro",
        "status": "active",
        "currentPeriodStart": "2026-03-01T00:00:00Z",
        "currentPeriodEnd": "2026-04-01T00:00:00Z",
        "cancelAtPeriodEnd": False,
        "canceledAt": None,
    }


def test_billing_subscribe(core: GatekeeperCore) -> None:
    service = BillingService(core)
    result = service.subscribe("ten_8fK2mP0qLs3Z", "plan_pro")
    assert result == {
        "id": "sub_2dF4gH6jK8lZ",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "planId": "plan_pro",
        "status": "active",
        "currentPeriodStart": "2026-03-01T00:00:00Z",
        "currentPeriodEnd": "2026-04-01T00:00:00Z",
        "cancelAtPeriodEnd": False,
        "canceledAt": None,
    }


async def test_async_billing_subscribe(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncBillingService(async_core)
    result = await service.subscribe("ten_8fK2mP0qLs3Z", "plan_pro")
    assert result == {
        "id": "sub_2dF4gH6jK8lZ",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "planId": "plan_pro",
        "status": "active",
        "currentPeriodStart": "2026-03-01T00:00:00Z",
        "currentPeriodEnd": "2026-04-01T00:00:00Z",
        "cancelAtPeriodEnd": False,
        "canceledAt": None,
    }


def test_billing_cancel(core: GatekeeperCore) -> None:
    service = BillingService(core)
    result = service.cancel(
        "ten_8fK2mP0qLs3Z",
        at_period_end=True,
        reason="Moving to an annual contract",
    )
    assert result == {
        "id": "sub_2dF4gH6jK8lZ",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "planId": "plan_pro",
        "status": "active",
        "currentPeriodStart": "2026-03-01T00:00:00Z",
        "currentPeriodEnd": "2026-04-01T00:00:00Z",
        "cancelAtPeriodEnd": True,
        "canceledAt": "2026-03-06T10:00:00Z",
    }


async def test_async_billing_cancel(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncBillingService(async_core)
    result = await service.cancel(
        "ten_8fK2mP0qLs3Z",
        at_period_end=True,
        reason="Moving to an annual contract",
    )
    assert result == {
        "id": "sub_2dF4gH6jK8lZ",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "planId": "plan_pro",
        "status": "active",
        "currentPeriodStart": "2026-03-01T00:00:00Z",
        "currentPeriodEnd": "2026-04-01T00:00:00Z",
        "cancelAtPeriodEnd": True,
        "canceledAt": "2026-03-06T10:00:00Z",
    }


def test_billing_entitlements(core: GatekeeperCore) -> None:
    service = BillingService(core)
    result = service.entitlements("ten_8fK2mP0qLs3Z")
    assert result == {
        "tenantId": "ten_8fK2mP0qLs3Z",
        "planId": "plan_pro",
        "source": "plan",
        "features": ["api_keys", "webhooks", "audit_export", "mfa_enforcement"],
        "limits": {"apiKeys": 50, "members": 25, "monthlyRequests": 100000},
    }


async def test_async_billing_entitlements(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncBillingService(async_core)
    result = await service.entitlements("ten_8fK2mP0qLs3Z")
    assert result == {
        "tenantId": "ten_8fK2mP0qLs3Z",
        "planId": "plan_pro",
        "source": "plan",
        "features": ["api_keys", "webhooks", "audit_export", "mfa_enforcement"],
        "limits": {"apiKeys": 50, "members": 25, "monthlyRequests": 100000},
    }


def test_billing_current_invoice(core: GatekeeperCore) -> None:
    service = BillingService(core)
    result = service.current_invoice("ten_8fK2mP0qLs3Z")
    assert result == {
        "id": "inv_5xC7vB9nM1qW",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "subscriptionId": "sub_2dF4gH6jK8lZ",
        "status": "open",
        "currency": "usd",
        "amountDueCents": 4900,
        "periodStart": "2026-03-01T00:00:00Z",
        "periodEnd": "2026-04-01T00:00:00Z",
        "lines": [
            {
                "description": "Pro plan (Mar 2026)",
                "quantity": 1,
                "unitAmountCents": 4900,
                "amountCents": 4900,
            },
        ],
    }


async def test_async_billing_current_invoice(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncBillingService(async_core)
    result = await service.current_invoice("ten_8fK2mP0qLs3Z")
    assert result == {
        "id": "inv_5xC7vB9nM1qW",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "subscriptionId": "sub_2dF4gH6jK8lZ",
        "status": "open",
        "currency": "usd",
        "amountDueCents": 4900,
        "periodStart": "2026-03-01T00:00:00Z",
        "periodEnd": "2026-04-01T00:00:00Z",
        "lines": [
            {
                "description": "Pro plan (Mar 2026)",
                "quantity": 1,
                "unitAmountCents": 4900,
                "amountCents": 4900,
            },
        ],
    }


def test_oauth_authorize(core: GatekeeperCore) -> None:
    service = OAuthService(core)
    result = service.authorize(
        "github",
        "https://app.acme.example/auth/callback",
        state="st_Qw8Er2Ty6Ui0",
    )
    assert result == {
        "url": "https://github.com/login/oauth/authorize?client_id=Iv1.8a61f9b3a7aba766&redirect_uri=https%3A%2F%2Fapp.acme.example%2Fauth%2Fcallback&scope=read%3Auser+user%3Aemail&state=st_Qw8Er2Ty6Ui0",
        "state": "st_Qw8Er2Ty6Ui0",
    }


async def test_async_oauth_authorize(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncOAuthService(async_core)
    result = await service.authorize(
        "github",
        "https://app.acme.example/auth/callback",
        state="st_Qw8Er2Ty6Ui0",
    )
    assert result == {
        "url": "https://github.com/login/oauth/authorize?client_id=Iv1.8a61f9b3a7aba766&redirect_uri=https%3A%2F%2Fapp.acme.example%2Fauth%2Fcallback&scope=read%3Auser+user%3Aemail&state=st_Qw8Er2Ty6Ui0",
        "state": "st_Qw8Er2Ty6Ui0",
    }


def test_oauth_callback(core: GatekeeperCore) -> None:
    service = OAuthService(core)
    result = service.callback(
        "github",
        "6f1c2a9b8e7d4c3a",
        "st_Qw8Er2Ty6Ui0",
        redirect_uri="https://app.acme.example/auth/callback",
    )
    assert result == {
        "accessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfMng3S3BROW1WYk40IiwiZXhwIjoxNzcyMzU2NDAwfQ.8Jx3XQmT0yq1Ff2Zk7vR4sW9nB6cD5eA1hG3jK0lM2o",
        "refreshToken": "rt_Zk3Lp9Qx2Vb7Nm4Ty8Rw1Cs6",
        "tokenType": "Bearer",
        "expiresIn": 900,
        "user": {
            "id": "usr_2x7KpQ9mVbN4",
            "email": "founder@example.com",
            "name": "Founder",
            "emailVerified": True,
            "mfaEnabled": False,
            "createdAt": "2026-03-01T09:00:00Z",
        },
    }


async def test_async_oauth_callback(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncOAuthService(async_core)
    result = await service.callback(
        "github",
        "6f1c2a9b8e7d4c3a",
        "st_Qw8Er2Ty6Ui0",
        redirect_uri="https://app.acme.example/auth/callback",
    )
    assert result == {
        "accessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfMng3S3BROW1WYk40IiwiZXhwIjoxNzcyMzU2NDAwfQ.8Jx3XQmT0yq1Ff2Zk7vR4sW9nB6cD5eA1hG3jK0lM2o",
        "refreshToken": "rt_Zk3Lp9Qx2Vb7Nm4Ty8Rw1Cs6",
        "tokenType": "Bearer",
        "expiresIn": 900,
        "user": {
            "id": "usr_2x7KpQ9mVbN4",
            "email": "founder@example.com",
            "name": "Founder",
            "emailVerified": True,
            "mfaEnabled": False,
            "createdAt": "2026-03-01T09:00:00Z",
        },
    }


def test_rate_limit_check(core: GatekeeperCore) -> None:
    service = RateLimitService(core)
    result = service.check("login:203.0.113.42", 10, 60, cost=1)
    assert result == {
        "allowed": True,
        "limit": 10,
        "remaining": 7,
        "resetAt": "2026-03-04T16:43:00Z",
        "retryAfter": None,
    }


async def test_async_rate_limit_check(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncRateLimitService(async_core)
    result = await service.check("login:203.0.113.42", 10, 60, cost=1)
    assert result == {
        "allowed": True,
        "limit": 10,
        "remaining": 7,
        "resetAt": "2026-03-04T16:43:00Z",
        "retryAfter": None,
    }


def test_platform_billing_get_override(core: GatekeeperCore) -> None:
    service = PlatformBillingService(core)
    result = service.get_override("ten_8fK2mP0qLs3Z")
    assert result == {
        "tenantId": "ten_8fK2mP0qLs3Z",
        "planId": "plan_pro",
        "reason": "Design partner, free Pro until launch",
        "expiresAt": "2026-06-30T23:59:59Z",
        "setBy": "sa_3mN5bV7cX9zL",
        "createdAt": "2026-03-06T09:00:00Z",
    }


async def test_async_platform_billing_get_override(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncPlatformBillingService(async_core)
    result = await service.get_override("ten_8fK2mP0qLs3Z")
    assert result == {
        "tenantId": "ten_8fK2mP0qLs3Z",
        "planId": "plan_pro",
        "reason": "Design partner, free Pro until launch",
        "expiresAt": "2026-06-30T23:59:59Z",
        "setBy": "sa_3mN5bV7cX9zL",
        "createdAt": "2026-03-06T09:00:00Z",
    }


def test_platform_billing_set_override(core: GatekeeperCore) -> None:
    service = PlatformBillingService(core)
    result = service.set_override(
        "ten_8fK2mP0qLs3Z",
        "plan_pro",
        "Design partner, free Pro until launch",
        expires_at="2026-06-30T23:59:59Z",
    )
    assert result == {
        "tenantId": "ten_8fK2mP0qLs3Z",
        "planId": "plan_pro",
        "reason": "Design partner, free Pro until launch",
        "expiresAt": "2026-06-30T23:59:59Z",
        "setBy": "sa_3mN5bV7cX9zL",
        "createdAt": "2026-03-06T09:00:00Z",
    }


async def test_async_platform_billing_set_override(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncPlatformBillingService(async_core)
    result = await service.set_override(
        "ten_8fK2mP0qLs3Z",
        "plan_pro",
        "Design partner, free Pro until launch",
        expires_at="2026-06-30T23:59:59Z",
    )
    assert result == {
        "tenantId": "ten_8fK2mP0qLs3Z",
        "planId": "plan_pro",
        "reason": "Design partner, free Pro until launch",
        "expiresAt": "2026-06-30T23:59:59Z",
        "setBy": "sa_3mN5bV7cX9zL",
        "createdAt": "2026-03-06T09:00:00Z",
    }


def test_platform_billing_clear_override(core: GatekeeperCore) -> None:
    service = PlatformBillingService(core)
    result = service.clear_override("ten_8fK2mP0qLs3Z")
    assert result == {}


async def test_async_platform_billing_clear_override(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncPlatformBillingService(async_core)
    result = await service.clear_override("ten_8fK2mP0qLs3Z")
    assert result == {}


def test_platform_jobs_list(core: GatekeeperCore) -> None:
    service = PlatformJobsService(core)
    page = service.list(status="failed", limit=20, cursor="eyJpZCI6InRlbl84ZksybVAwcUxzM1oifQ")
    assert page.raw == {
        "items": [
            {
                "id": "job_8pO6iU4yT2rE",
                "type": "webhook.deliver",
                "status": "failed",
                "tenantId": "ten_8fK2mP0qLs3Z",
                "attempts": 3,
                "maxAttempts": 3,
                "lastError": "endpoint answered 503 Service Unavailable",
                "payload": {"deliveryId": "whd_8uJ2nH4bG6vF"},
                "createdAt": "2026-03-05T11:00:01Z",
                "updatedAt": "2026-03-05T11:15:01Z",
                "finishedAt": "2026-03-05T11:15:01Z",
            },
        ],
        "nextCursor": None,
    }


async def test_async_platform_jobs_list(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncPlatformJobsService(async_core)
    page = await service.list(
        status="failed",
        limit=20,
        cursor="eyJpZCI6InRlbl84ZksybVAwcUxzM1oifQ",
    )
    assert page.raw == {
        "items": [
            {
                "id": "job_8pO6iU4yT2rE",
                "type": "webhook.deliver",
                "status": "failed",
                "tenantId": "ten_8fK2mP0qLs3Z",
                "attempts": 3,
                "maxAttempts": 3,
                "lastError": "endpoint answered 503 Service Unavailable",
                "payload": {"deliveryId": "whd_8uJ2nH4bG6vF"},
                "createdAt": "2026-03-05T11:00:01Z",
                "updatedAt": "2026-03-05T11:15:01Z",
                "finishedAt": "2026-03-05T11:15:01Z",
            },
        ],
        "nextCursor": None,
    }


def test_platform_jobs_get(core: GatekeeperCore) -> None:
    service = PlatformJobsService(core)
    result = service.get("job_8pO6iU4yT2rE")
    assert result == {
        "id": "job_8pO6iU4yT2rE",
        "type": "webhook.deliver",
        "status": "failed",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "attempts": 3,
        "maxAttempts": 3,
        "lastError": "endpoint answered 503 Service Unavailable",
        "payload": {"deliveryId": "whd_8uJ2nH4bG6vF"},
        "createdAt": "2026-03-05T11:00:01Z",
        "updatedAt": "2026-03-05T11:15:01Z",
        "finishedAt": "2026-03-05T11:15:01Z",
    }


async def test_async_platform_jobs_get(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncPlatformJobsService(async_core)
    result = await service.get("job_8pO6iU4yT2rE")
    assert result == {
        "id": "job_8pO6iU4yT2rE",
        "type": "webhook.deliver",
        "status": "failed",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "attempts": 3,
        "maxAttempts": 3,
        "lastError": "endpoint answered 503 Service Unavailable",
        "payload": {"deliveryId": "whd_8uJ2nH4bG6vF"},
        "createdAt": "2026-03-05T11:00:01Z",
        "updatedAt": "2026-03-05T11:15:01Z",
        "finishedAt": "2026-03-05T11:15:01Z",
    }


def test_platform_jobs_retry(core: GatekeeperCore) -> None:
    service = PlatformJobsService(core)
    result = service.retry("job_8pO6iU4yT2rE")
    assert result == {
        "id": "job_8pO6iU4yT2rE",
        "type": "webhook.deliver",
        "status": "queued",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "attempts": 0,
        "maxAttempts": 3,
        "lastError": "endpoint answered 503 Service Unavailable",
        "payload": {"deliveryId": "whd_8uJ2nH4bG6vF"},
        "createdAt": "2026-03-05T11:00:01Z",
        "updatedAt": "2026-03-05T12:29:00Z",
        "finishedAt": None,
    }


async def test_async_platform_jobs_retry(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncPlatformJobsService(async_core)
    result = await service.retry("job_8pO6iU4yT2rE")
    assert result == {
        "id": "job_8pO6iU4yT2rE",
        "type": "webhook.deliver",
        "status": "queued",
        "tenantId": "ten_8fK2mP0qLs3Z",
        "attempts": 0,
        "maxAttempts": 3,
        "lastError": "endpoint answered 503 Service Unavailable",
        "payload": {"deliveryId": "whd_8uJ2nH4bG6vF"},
        "createdAt": "2026-03-05T11:00:01Z",
        "updatedAt": "2026-03-05T12:29:00Z",
        "finishedAt": None,
    }


def test_platform_service_accounts_list(core: GatekeeperCore) -> None:
    service = PlatformServiceAccountsService(core)
    page = service.list(limit=20, cursor="eyJpZCI6InRlbl84ZksybVAwcUxzM1oifQ")
    assert page.raw == {
        "items": [
            {
                "id": "sa_3mN5bV7cX9zL",
                "name": "billing-reconciler",
                "description": "Nightly job that syncs plan overrides from the CRM",
                "createdAt": "2026-03-01T08:00:00Z",
                "lastUsedAt": "2026-03-06T09:00:00Z",
                "revokedAt": None,
            },
        ],
        "nextCursor": None,
    }


async def test_async_platform_service_accounts_list(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncPlatformServiceAccountsService(async_core)
    page = await service.list(limit=20, cursor="eyJpZCI6InRlbl84ZksybVAwcUxzM1oifQ")
    assert page.raw == {
        "items": [
            {
                "id": "sa_3mN5bV7cX9zL",
                "name": "billing-reconciler",
                "description": "Nightly job that syncs plan overrides from the CRM",
                "createdAt": "2026-03-01T08:00:00Z",
                "lastUsedAt": "2026-03-06T09:00:00Z",
                "revokedAt": None,
            },
        ],
        "nextCursor": None,
    }


def test_platform_service_accounts_create(core: GatekeeperCore) -> None:
    service = PlatformServiceAccountsService(core)
    result = service.create(
        "billing-reconciler",
        description="Nightly job that syncs plan overrides from the CRM",
    )
    assert result == {
        "serviceAccount": {
            "id": "sa_3mN5bV7cX9zL",
            "name": "billing-reconciler",
            "description": "Nightly job that syncs plan overrides from the CRM",
            "createdAt": "2026-03-01T08:00:00Z",
            "lastUsedAt": None,
            "revokedAt": None,
        },
        "secret": "gksa_3mN5bV7cX9zL_Xy7Qp2Lr8Tv4Wn6Bz1Kd",
    }


async def test_async_platform_service_accounts_create(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncPlatformServiceAccountsService(async_core)
    result = await service.create(
        "billing-reconciler",
        description="Nightly job that syncs plan overrides from the CRM",
    )
    assert result == {
        "serviceAccount": {
            "id": "sa_3mN5bV7cX9zL",
            "name": "billing-reconciler",
            "description": "Nightly job that syncs plan overrides from the CRM",
            "createdAt": "2026-03-01T08:00:00Z",
            "lastUsedAt": None,
            "revokedAt": None,
        },
        "secret": "gksa_3mN5bV7cX9zL_Xy7Qp2Lr8Tv4Wn6Bz1Kd",
    }


def test_platform_service_accounts_revoke(core: GatekeeperCore) -> None:
    service = PlatformServiceAccountsService(core)
    result = service.revoke("sa_3mN5bV7cX9zL")
    assert result == {
        "id": "sa_3mN5bV7cX9zL",
        "name": "billing-reconciler",
        "description": "Nightly job that syncs plan overrides from the CRM",
        "createdAt": "2026-03-01T08:00:00Z",
        "lastUsedAt": "2026-03-06T09:00:00Z",
        "revokedAt": "2026-03-07T10:00:00Z",
    }


async def test_async_platform_service_accounts_revoke(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncPlatformServiceAccountsService(async_core)
    result = await service.revoke("sa_3mN5bV7cX9zL")
    assert result == {
        "id": "sa_3mN5bV7cX9zL",
        "name": "billing-reconciler",
        "description": "Nightly job that syncs plan overrides from the CRM",
        "createdAt": "2026-03-01T08:00:00Z",
        "lastUsedAt": "2026-03-06T09:00:00Z",
        "revokedAt": "2026-03-07T10:00:00Z",
    }


def test_health_check(core: GatekeeperCore) -> None:
    service = HealthService(core)
    result = service.check()
    assert result == {"status": "ok", "version": "1.0.0", "time": "2026-03-04T16:42:10Z"}


async def test_async_health_check(async_core: AsyncGatekeeperCore) -> None:
    service = AsyncHealthService(async_core)
    result = await service.check()
    assert result == {"status": "ok", "version": "1.0.0", "time": "2026-03-04T16:42:10Z"}
