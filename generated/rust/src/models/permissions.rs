//! The models only the `permissions` feature needs.

use crate::de::{read_object, Object, ReadObject};
use serde::{Deserialize, Deserializer, Serialize};

/// A page of `Role`. `nextCursor` is null on the last page; otherwise pass it as `cursor` to get the next one.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct RolePage {
    pub items: Vec<Role>,
    pub next_cursor: Option<String>,
}

impl<'de> Deserialize<'de> for RolePage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for RolePage {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            items: object.required("items")?,
            next_cursor: object.optional("nextCursor")?,
        })
    }
}

/// A custom RBAC role of a tenant, a named set of permissions.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct Role {
    /// Role id (`rol_...`).
    pub id: String,
    pub tenant_id: String,
    pub name: String,
    pub description: Option<String>,
    /// Permission strings, `resource:action` (e.g. `billing:write`).
    pub permissions: Vec<String>,
    pub created_at: String,
    pub updated_at: String,
}

impl<'de> Deserialize<'de> for Role {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for Role {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            id: object.required("id")?,
            tenant_id: object.required("tenantId")?,
            name: object.required("name")?,
            description: object.optional("description")?,
            permissions: object.required("permissions")?,
            created_at: object.required("createdAt")?,
            updated_at: object.required("updatedAt")?,
        })
    }
}

/// The new role.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RoleCreateRequest {
    /// Unique in the tenant; lowercase letters, digits, `-` and `_`.
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub permissions: Vec<String>,
}

impl<'de> Deserialize<'de> for RoleCreateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for RoleCreateRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            name: object.required("name")?,
            description: object.optional("description")?,
            permissions: object.required("permissions")?,
        })
    }
}

/// Fields to change; absent fields are kept. `permissions` replaces the whole list.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RoleUpdateRequest {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<String>>,
}

impl<'de> Deserialize<'de> for RoleUpdateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for RoleUpdateRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            name: object.optional("name")?,
            description: object.optional("description")?,
            permissions: object.optional("permissions")?,
        })
    }
}

/// A custom role held by a member.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct RoleAssignment {
    pub tenant_id: String,
    pub user_id: String,
    pub role_id: String,
    pub assigned_at: String,
}

impl<'de> Deserialize<'de> for RoleAssignment {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for RoleAssignment {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            tenant_id: object.required("tenantId")?,
            user_id: object.required("userId")?,
            role_id: object.required("roleId")?,
            assigned_at: object.required("assignedAt")?,
        })
    }
}

/// Who and what to check.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct PermissionCheckRequest {
    pub user_id: String,
    /// Permission string, `resource:action`.
    pub permission: String,
}

impl<'de> Deserialize<'de> for PermissionCheckRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for PermissionCheckRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            user_id: object.required("userId")?,
            permission: object.required("permission")?,
        })
    }
}

/// The permission decision.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct PermissionCheck {
    pub allowed: bool,
    pub user_id: String,
    pub permission: String,
    /// Ids of the roles that grant the permission (`owner`/`admin` for the built-in roles); empty when denied.
    pub granted_by: Vec<String>,
}

impl<'de> Deserialize<'de> for PermissionCheck {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for PermissionCheck {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            allowed: object.required("allowed")?,
            user_id: object.required("userId")?,
            permission: object.required("permission")?,
            granted_by: object.required("grantedBy")?,
        })
    }
}
