//! The models only the `permissions` feature needs.

use serde::{Deserialize, Serialize};

/// A page of `Role`. `nextCursor` is null on the last page; otherwise pass it as `cursor` to get the next one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct RolePage {
    pub items: Vec<Role>,
    #[serde(default)]
    pub next_cursor: Option<String>,
}

/// A custom RBAC role of a tenant, a named set of permissions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct Role {
    /// Role id (`rol_...`).
    pub id: String,
    pub tenant_id: String,
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    /// Permission strings, `resource:action` (e.g. `billing:write`).
    pub permissions: Vec<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// The new role.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RoleCreateRequest {
    /// Unique in the tenant; lowercase letters, digits, `-` and `_`.
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub permissions: Vec<String>,
}

/// Fields to change; absent fields are kept. `permissions` replaces the whole list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RoleUpdateRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<String>>,
}

/// A custom role held by a member.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct RoleAssignment {
    pub tenant_id: String,
    pub user_id: String,
    pub role_id: String,
    pub assigned_at: String,
}

/// Who and what to check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct PermissionCheckRequest {
    pub user_id: String,
    /// Permission string, `resource:action`.
    pub permission: String,
}

/// The permission decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct PermissionCheck {
    pub allowed: bool,
    pub user_id: String,
    pub permission: String,
    /// Ids of the roles that grant the permission (`owner`/`admin` for the built-in roles); empty when denied.
    pub granted_by: Vec<String>,
}
