"""Static checks of spec/gatekeeper.yaml against the conventions sdkgen relies
on (tags, operationIds, envelope, errors, security, pagination, ETags,
idempotency, named enums, examples, SDK call shapes). No server needed."""
from __future__ import annotations

import pytest

from spec_util import load_spec, lower_camel, operations, parameters, resolve, security_of, words

SPEC = load_spec()
OPS = list(operations(SPEC))
SCHEMAS = SPEC["components"]["schemas"]
REF = "#/components/"

TAGS = [
    "Auth", "Tenants", "MFA", "Keys", "Usage", "Permissions", "Webhooks", "Audit",
    "Billing", "OAuth", "RateLimit", "PlatformBilling", "PlatformJobs",
    "PlatformServiceAccounts", "Health",
]
SERVICES = [
    "AuthService", "TenantsService", "MfaService", "KeysService", "UsageService",
    "PermissionsService", "WebhooksService", "AuditService", "BillingService",
    "OAuthService", "RateLimitService", "PlatformBillingService", "PlatformJobsService",
    "PlatformServiceAccountsService", "HealthService",
]
PUBLIC = {
    "authSignup", "authLogin", "authRefresh", "authRequestPasswordReset",
    "authResetPassword", "authVerifyEmail", "mfaVerifyChallenge",
    "oAuthAuthorize", "oAuthCallback", "healthCheck",
}
API_KEY_OPS = {"keysValidate", "keysExchangeToken"}
PATH_PARAMS = {"tenantId", "keyId", "userId", "roleId", "endpointId", "deliveryId", "jobId", "accountId", "provider"}
NAMED_ENUMS = {
    "QuotaPeriod": ["hour", "day", "month"],
    "AuditExportFormat": ["csv", "json", "ndjson"],
    "TenantRole": ["owner", "admin", "member"],
    "KeyStatus": ["active", "revoked", "expired"],
}
ERROR_CODES = {
    "invalid_credentials", "token_expired", "invalid_token", "mfa_required", "invalid_key",
    "expired_key", "revoked_key", "insufficient_scope", "quota_exceeded", "rate_limited",
    "validation_failed", "bad_request", "unauthorized", "forbidden", "not_found", "conflict",
    "precondition_failed", "email_not_verified", "internal", "service_unavailable",
}
ERROR_RESPONSES = {
    "BadRequest": 400, "Unauthorized": 401, "Forbidden": 403, "NotFound": 404, "Conflict": 409,
    "PreconditionFailed": 412, "ValidationFailed": 422, "RateLimited": 429,
    "InternalError": 500, "ServiceUnavailable": 503,
}


def op_ids():
    return [op["operationId"] for *_, op in OPS]


def by_id(operation_id):
    for path, method, item, op in OPS:
        if op["operationId"] == operation_id:
            return path, method, item, op
    raise KeyError(operation_id)


def data_schema_name(op):
    """Name of the payload schema under `data` of the 2xx JSON response."""
    code = next(c for c in op["responses"] if str(c).startswith("2"))
    media = op["responses"][code]["content"].get("application/json")
    if media is None:
        return None
    env = resolve(SPEC, media["schema"])
    return env["allOf"][1]["properties"]["data"]["$ref"].rsplit("/", 1)[1]


def test_openapi_version_and_server():
    assert SPEC["openapi"] == "3.0.3"
    assert SPEC["servers"][0]["url"] == "https://gatekeeper-api.example.workers.dev"
    assert SPEC["security"] == [{"bearerAuth": []}]


def test_tags_in_order_with_descriptions():
    assert [t["name"] for t in SPEC["tags"]] == TAGS
    assert all(t.get("description") for t in SPEC["tags"])
    service_names = ["".join(w[:1].upper() + w[1:].lower() for w in words(t)) + "Service" for t in TAGS]
    assert service_names == SERVICES


def test_sdk_defaults_extension():
    defaults = {t["name"]: t.get("x-sdk-defaults") for t in SPEC["tags"]}
    assert defaults.pop("Keys") == ["scopes", "quota.period"]
    assert defaults.pop("Audit") == ["format"]
    assert defaults.pop("Tenants") == ["role"]
    assert all(v is None for v in defaults.values())
    # each default names an optional input of some operation of the tag
    create = resolve(SPEC, by_id("keysCreate")[3]["requestBody"]["content"]["application/json"]["schema"])
    assert "scopes" in create["properties"] and "scopes" not in create["required"]
    quota = resolve(SPEC, create["properties"]["quota"])
    assert quota["properties"]["period"] == {"$ref": REF + "schemas/QuotaPeriod"}
    assert "period" not in quota["required"]
    fmt = [p for p in parameters(SPEC, {}, by_id("auditExport")[3]) if p["name"] == "format"][0]
    assert not fmt["required"] and fmt["schema"] == {"$ref": REF + "schemas/AuditExportFormat"}
    assert SCHEMAS["AuditExportFormat"]["default"] == "json"
    add = resolve(SPEC, by_id("tenantsAddMember")[3]["requestBody"]["content"]["application/json"]["schema"])
    assert add["properties"]["role"] == {"$ref": REF + "schemas/TenantRole"}
    assert "role" not in add.get("required", [])


def test_operation_count_is_in_range():
    assert 60 <= len(OPS) <= 75
    assert len(set(op_ids())) == len(OPS)


@pytest.mark.parametrize("path,method,item,op", OPS, ids=op_ids())
def test_operation_shape(path, method, item, op):
    oid = op["operationId"]
    assert path.startswith("/api/")
    assert op.get("summary") and op.get("description")
    assert len(op["tags"]) == 1 and op["tags"][0] in TAGS
    prefix = lower_camel(words(op["tags"][0]))
    assert oid.startswith(prefix), f"{oid} should start with {prefix}"
    rest = oid[len(prefix):]
    assert rest and rest[0].isupper(), f"{oid}: no method name after {prefix}"
    for p in parameters(SPEC, item, op):
        assert "example" in p, f"{oid}: parameter {p['name']} has no example"
        if p["in"] == "path":
            assert p["name"] in PATH_PARAMS
    if "requestBody" in op:
        for media in op["requestBody"]["content"].values():
            assert "example" in media, f"{oid}: request body without example"
    # responses: one 2xx, errors through components, 429 everywhere
    codes = [str(c) for c in op["responses"]]
    assert len([c for c in codes if c.startswith("2")]) == 1
    assert "429" in codes, f"{oid}: not declared rate limited"
    for code, response in op["responses"].items():
        if str(code).startswith("2"):
            for ctype, media in response["content"].items():
                assert "example" in media, f"{oid}: {code} {ctype} without example"
                if ctype == "application/json":
                    env = resolve(SPEC, media["schema"])
                    assert env["allOf"][0] == {"$ref": REF + "schemas/OkEnvelope"}
                    assert env["allOf"][1]["required"] == ["data"]
                    assert media["example"]["ok"] is True and "data" in media["example"]
        else:
            assert "$ref" in response, f"{oid}: {code} not a reusable response"
            resolved = resolve(SPEC, response)
            media = resolved["content"]["application/json"]
            assert media["schema"] == {"$ref": REF + "schemas/ErrorEnvelope"}
            status = SCHEMAS["ErrorCode"]["x-sdk-error-statuses"][media["example"]["error"]["code"]]
            assert status == int(code), f"{oid}: {code} example code has status {status}"
            if str(code) == "429":
                assert "Retry-After" in resolved["headers"]


@pytest.mark.parametrize("path,method,item,op", OPS, ids=op_ids())
def test_security(path, method, item, op):
    oid = op["operationId"]
    sec = security_of(SPEC, op)
    if oid in PUBLIC:
        assert op.get("security") == []
    elif oid in API_KEY_OPS:
        assert sec == [{"apiKeyAuth": []}]
    elif path.startswith("/api/platform/"):
        assert sec == [{"platformAuth": []}]
    else:
        assert sec == [{"bearerAuth": []}] and "security" not in op
        assert "401" in op["responses"]


def test_security_schemes():
    s = SPEC["components"]["securitySchemes"]
    assert s["bearerAuth"] == {**s["bearerAuth"], "type": "http", "scheme": "bearer", "bearerFormat": "JWT"}
    assert s["apiKeyAuth"]["type"] == "apiKey" and s["apiKeyAuth"]["in"] == "header"
    assert s["apiKeyAuth"]["name"] == "X-API-Key"
    assert s["platformAuth"]["type"] == "http" and s["platformAuth"]["scheme"] == "bearer"
    assert "service-account" in s["platformAuth"]["description"]


def test_error_catalogue():
    code = SCHEMAS["ErrorCode"]
    enum = code["enum"]
    assert ERROR_CODES <= set(enum) and len(enum) == len(set(enum))
    assert set(code["x-sdk-error-statuses"]) == set(enum)
    assert set(code["x-enum-descriptions"]) == set(enum)
    statuses = code["x-sdk-error-statuses"]
    assert statuses["invalid_key"] == statuses["expired_key"] == 401
    assert statuses["revoked_key"] == statuses["insufficient_scope"] == 403
    assert statuses["quota_exceeded"] == statuses["rate_limited"] == 429
    responses = SPEC["components"]["responses"]
    for name, status in ERROR_RESPONSES.items():
        media = responses[name]["content"]["application/json"]
        assert media["schema"] == {"$ref": REF + "schemas/ErrorEnvelope"}
        assert statuses[media["example"]["error"]["code"]] == status
    for name, response in responses.items():
        example_code = response["content"]["application/json"]["example"]["error"]["code"]
        assert example_code in enum, name
    assert SCHEMAS["OkEnvelope"] == {**SCHEMAS["OkEnvelope"], "type": "object", "required": ["ok"],
                                     "properties": {"ok": {"type": "boolean", "enum": [True]}}}
    err = SCHEMAS["ErrorEnvelope"]
    assert err["required"] == ["ok", "error"]
    assert err["properties"]["ok"] == {"type": "boolean", "enum": [False]}
    assert err["properties"]["error"] == {"$ref": REF + "schemas/ErrorBody"}


@pytest.mark.parametrize("path,method,item,op", OPS, ids=op_ids())
def test_pagination(path, method, item, op):
    name = data_schema_name(op)
    refs = [p.get("$ref") for p in op.get("parameters", [])]
    paged = name is not None and name.endswith("Page")
    assert (REF + "parameters/Limit" in refs) == paged
    assert (REF + "parameters/Cursor" in refs) == paged
    if paged:
        page = SCHEMAS[name]
        assert page["required"] == ["items", "nextCursor"]
        assert page["properties"]["nextCursor"] == {"type": "string", "nullable": True}
        assert page["properties"]["items"]["type"] == "array"
    limit = SPEC["components"]["parameters"]["Limit"]["schema"]
    assert (limit["minimum"], limit["maximum"], limit["default"]) == (1, 100, 20)


@pytest.mark.parametrize(
    "get_id,patch_id",
    [("tenantsGet", "tenantsUpdate"), ("keysGet", "keysUpdate"),
     ("permissionsGetRole", "permissionsUpdateRole"), ("webhooksGet", "webhooksUpdate")],
)
def test_etag_and_if_match(get_id, patch_id):
    get_path, get_method, _, get_op = by_id(get_id)
    patch_path, patch_method, _, patch_op = by_id(patch_id)
    assert (get_method, patch_method, get_path) == ("get", "patch", patch_path)
    assert get_op["responses"]["200"]["headers"]["ETag"] == {"$ref": REF + "headers/ETag"}
    assert {"$ref": REF + "parameters/IfMatch"} in patch_op["parameters"]
    assert "412" in patch_op["responses"]


@pytest.mark.parametrize("path,method,item,op", OPS, ids=op_ids())
def test_idempotency(path, method, item, op):
    creates = "201" in op["responses"] or op["operationId"] == "billingSubscribe"
    has_key = {"$ref": REF + "parameters/IdempotencyKey"} in op.get("parameters", [])
    if method == "post" and creates:
        assert has_key, f"{op['operationId']} creates but takes no Idempotency-Key"
    if has_key:
        assert method == "post"


def walk(node, where=""):
    if isinstance(node, dict):
        yield where, node
        for k, v in node.items():
            yield from walk(v, f"{where}/{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, f"{where}/{i}")


def test_named_enums_are_referenced_not_duplicated():
    for name, values in NAMED_ENUMS.items():
        assert SCHEMAS[name]["type"] == "string" and SCHEMAS[name]["enum"] == values
    for name in ("JobStatus", "WebhookEventType"):
        assert SCHEMAS[name]["type"] == "string" and SCHEMAS[name]["enum"]
    named = {tuple(s["enum"]) for n, s in SCHEMAS.items() if "enum" in s and s.get("type") == "string"}
    for where, node in walk(SPEC):
        if where.startswith("/components/schemas/") and where.count("/") == 3:
            continue  # the named enum itself
        if isinstance(node.get("enum"), list) and node.get("type") == "string" and "example" not in where:
            assert tuple(node["enum"]) not in named, f"inline copy of a named enum at {where}"


def test_call_shapes_of_the_seeds():
    def body(oid):
        return resolve(SPEC, by_id(oid)[3]["requestBody"]["content"]["application/json"]["schema"])

    signup = body("authSignup")
    assert signup["required"] == ["email", "password"]
    assert list(signup["properties"]) == ["email", "password", "name"]
    assert body("authLogin")["required"] == ["email", "password"]
    assert body("tenantsCreate")["required"] == ["name"]
    assert body("keysCreate")["required"] == ["tenantId"]
    usage = body("usageRecord")
    assert list(usage["properties"]) == ["tenantId", "apiKeyId", "service", "action", "quantity", "metadata"]
    assert usage["required"] == ["tenantId", "service", "action"]
    assert body("mfaVerifyChallenge")["required"] == ["challengeToken", "code"]
    assert list(body("mfaVerifyChallenge")["properties"]) == ["challengeToken", "code"]
    created = SCHEMAS["CreatedApiKey"]
    assert created["required"] == ["apiKey", "plainTextKey"]
    assert created["properties"]["apiKey"] == {"$ref": REF + "schemas/ApiKey"}
    for schema in ("ApiKey", "UsageEvent", "Tenant"):
        assert "id" in SCHEMAS[schema]["required"]
    assert by_id("billingPlans")[:2] == ("/api/billing/plans", "get")
    assert by_id("keysCreate")[:2] == ("/api/keys", "post")
    assert by_id("tenantsCreate")[:2] == ("/api/tenants", "post")
    assert by_id("authSignup")[:2] == ("/api/auth/signup", "post")
    assert by_id("healthCheck")[:2] == ("/api/health", "get")
    export = by_id("auditExport")[3]["responses"]["200"]["content"]
    assert list(export) == ["text/plain"]
    login = SCHEMAS["LoginResult"]
    assert len(login["oneOf"]) == 2 and login["discriminator"]["propertyName"]
    assert SCHEMAS["MfaChallenge"]["properties"]["mfaRequired"]["enum"] == [True]
    assert "challengeToken" in SCHEMAS["MfaChallenge"]["required"]
