"""The Python examples of the seeds (000: README usage and configuration, 001: the full flow), run
against a mock server of the API (Prism, ``PRISM_URL``). The code of each example is copied
verbatim from the seed; only the base URL differs (and the names the seed leaves undefined:
``url``, ``token``, ``base_url``).
"""

from __future__ import annotations

import os

import pytest

PRISM_URL = os.environ.get("PRISM_URL", "")

pytestmark = pytest.mark.skipif(not PRISM_URL, reason="PRISM_URL is not set")


def test_seed_000_usage() -> None:
    from gatekeeper import GatekeeperCore, AuthService, KeysService, BillingService, is_mfa_challenge

    core = GatekeeperCore(PRISM_URL)

    # Auth
    auth = AuthService(core)
    tokens = auth.signup("a@b.com", "hunter2pass")
    core.set_token(tokens["accessToken"])
    me = auth.me()

    # MFA - if login returns a challenge instead of tokens, complete it
    login = auth.login("a@b.com", "hunter2pass")
    if is_mfa_challenge(login):
        # MfaService(core).verify_challenge(login["challengeToken"], "123456")
        ...

    # API keys
    keys = KeysService(core)
    created = keys.create(tenant_id="t1", scopes=["read"])

    # Billing
    billing = BillingService(core)
    plans = billing.plans()

    assert me["email"] and created["plainTextKey"] and plans


def test_seed_000_context_manager() -> None:
    from gatekeeper import AuthService, GatekeeperCore

    url, token = PRISM_URL, "tok_test"

    with GatekeeperCore(url, token=token) as core:
        AuthService(core).me()


def test_seed_000_configuration(monkeypatch: pytest.MonkeyPatch) -> None:
    from gatekeeper import AuditService, GatekeeperCore, KeysService, TenantsService

    base_url, token = PRISM_URL, "tok_test"
    monkeypatch.setenv("GATEKEEPER_BASE_URL", PRISM_URL)
    monkeypatch.setenv("GATEKEEPER_TOKEN", token)

    core = GatekeeperCore(
        base_url,
        token=token,
        timeout=10.0,
        default_headers={"x-trace": "abc"},
        user_agent="myapp/1.0",
    )

    # or from env: GATEKEEPER_BASE_URL + GATEKEEPER_TOKEN
    core2 = GatekeeperCore.from_env()

    # per-service defaults
    keys = KeysService(core, default_scopes=["read"], default_quota_period="month")
    audit = AuditService(core, default_format="csv")
    tenants = TenantsService(core, default_role="admin")

    from gatekeeper import AUDIT_EXPORT_FORMATS, QUOTA_PERIODS, TENANT_ROLES

    assert "month" in QUOTA_PERIODS and "csv" in AUDIT_EXPORT_FORMATS and "admin" in TENANT_ROLES
    assert core2.token == token
    assert keys.create(tenant_id="ten_8fK2mP0qLs3Z")["plainTextKey"]
    assert isinstance(audit.export("ten_8fK2mP0qLs3Z"), str)
    assert tenants.add_member("ten_8fK2mP0qLs3Z", email="ada@example.com")
    core.close()
    core2.close()


def test_seed_001_full_flow(capsys: pytest.CaptureFixture[str]) -> None:
    from gatekeeper import (
        GatekeeperCore,
        AuthService,
        TenantsService,
        KeysService,
        UsageService,
        GatekeeperError,
    )

    core = GatekeeperCore(PRISM_URL)
    try:
        # 1 + 2. Sign up - returns access + refresh tokens and the user.
        auth = AuthService(core)
        tokens = auth.signup("founder@example.com", "hunter2pass", name="Founder")
        # 3. Apply the token so the next calls are authenticated.
        core.set_token(tokens["accessToken"])
        # 4. Create a tenant (positional name).
        tenants = TenantsService(core)
        tenant = tenants.create("Acme Inc")
        # 5. Create an API key for the tenant. plainTextKey is shown once.
        keys = KeysService(core)
        created = keys.create(tenant_id=tenant["id"], name="server-key", scopes=["read", "write"])
        print("store this now, it is not retrievable later:", created["plainTextKey"])
        # 6. Record a unit of metered usage against the tenant.
        usage = UsageService(core)
        event = usage.record(
            tenant["id"], "inference", "completion", api_key_id=created["apiKey"]["id"], quantity=1
        )
        print("recorded usage event", event["id"])
    except GatekeeperError as err:
        # 7. Every non-ok response raises GatekeeperError.
        print(f"Gatekeeper error {err.status} ({err.code or 'no-code'}): {err.message}")
        if err.status == 429 and err.retry_after is not None:
            print(f"rate limited, retry after {err.retry_after}s")
        raise

    try:
        auth.login("nobody@example.com", "wrong")
    except GatekeeperError as err:
        print(err.status, err.code, err.message)

    out = capsys.readouterr().out
    assert "store this now" in out and "recorded usage event" in out
