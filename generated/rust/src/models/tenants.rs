//! The models only the `tenants` feature needs.

use crate::de::{read_object, Object, ReadObject};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A page of `Tenant`. `nextCursor` is null on the last page; otherwise pass it as `cursor` to get the next one.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct TenantPage {
    pub items: Vec<Tenant>,
    pub next_cursor: Option<String>,
}

impl<'de> Deserialize<'de> for TenantPage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for TenantPage {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            items: object.required("items")?,
            next_cursor: object.optional("nextCursor")?,
        })
    }
}

/// A page of `Member`. `nextCursor` is null on the last page; otherwise pass it as `cursor` to get the next one.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct MemberPage {
    pub items: Vec<Member>,
    pub next_cursor: Option<String>,
}

impl<'de> Deserialize<'de> for MemberPage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for MemberPage {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            items: object.required("items")?,
            next_cursor: object.optional("nextCursor")?,
        })
    }
}

/// Built-in role of a member in a tenant. `owner` can do everything including deleting the tenant and billing; `admin` manages members, keys, roles and webhooks; `member` has read access plus the permissions of its custom roles.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TenantRole {
    /// `owner`
    Owner,
    /// `admin`
    Admin,
    /// `member`
    Member,
    /// A value this version of the SDK does not know, kept as received.
    Unknown(String),
}

impl TenantRole {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Owner => "owner",
            Self::Admin => "admin",
            Self::Member => "member",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Display for TenantRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for TenantRole {
    fn from(value: &str) -> Self {
        match value {
            "owner" => Self::Owner,
            "admin" => Self::Admin,
            "member" => Self::Member,
            other => Self::Unknown(other.to_string()),
        }
    }
}

string_enum_serde!(TenantRole);

/// A tenant (workspace) that owns keys, usage, roles, webhooks, audit log and a subscription.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct Tenant {
    /// Tenant id (`ten_...`).
    pub id: String,
    pub name: String,
    /// URL-safe unique handle, derived from the name unless given.
    pub slug: String,
    /// User id of the creator.
    pub owner_id: String,
    pub created_at: String,
    pub updated_at: String,
}

impl<'de> Deserialize<'de> for Tenant {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for Tenant {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            id: object.required("id")?,
            name: object.required("name")?,
            slug: object.required("slug")?,
            owner_id: object.required("ownerId")?,
            created_at: object.required("createdAt")?,
            updated_at: object.required("updatedAt")?,
        })
    }
}

/// The new tenant.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct TenantCreateRequest {
    pub name: String,
    /// URL-safe unique handle; derived from `name` when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
}

impl<'de> Deserialize<'de> for TenantCreateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for TenantCreateRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            name: object.required("name")?,
            slug: object.optional("slug")?,
        })
    }
}

/// Fields to change; absent fields are kept.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct TenantUpdateRequest {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
}

impl<'de> Deserialize<'de> for TenantUpdateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for TenantUpdateRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            name: object.optional("name")?,
            slug: object.optional("slug")?,
        })
    }
}

/// A user's membership in a tenant.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct Member {
    pub tenant_id: String,
    pub user_id: String,
    pub email: String,
    pub name: Option<String>,
    pub role: TenantRole,
    pub joined_at: String,
}

impl<'de> Deserialize<'de> for Member {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for Member {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            tenant_id: object.required("tenantId")?,
            user_id: object.required("userId")?,
            email: object.required("email")?,
            name: object.optional("name")?,
            role: object.required("role")?,
            joined_at: object.required("joinedAt")?,
        })
    }
}

/// The user to add, by `email` or by `userId` (exactly one), and their `role` (`TenantRole`; `member` when absent).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct MemberAddRequest {
    /// Email of an existing user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Id of an existing user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<TenantRole>,
}

impl<'de> Deserialize<'de> for MemberAddRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for MemberAddRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            email: object.optional("email")?,
            user_id: object.optional("userId")?,
            role: object.optional("role")?,
        })
    }
}

/// The member's new tenant role.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct MemberRoleUpdateRequest {
    pub role: TenantRole,
}

impl<'de> Deserialize<'de> for MemberRoleUpdateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for MemberRoleUpdateRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            role: object.required("role")?,
        })
    }
}
