//! The data types of the API, as serde models.
//!
//! Enums keep values this version does not know in their `Unknown` variant, and unions keep
//! unknown variants as raw JSON, so a newer server never breaks an older client and the value
//! survives a read-modify-write round trip.
//!
//! Each model compiles with the features of the services that use it (one module per set of
//! features, all re-exported here).
//!
//! The schemas of the API description that no operation uses (such as webhook payloads or error
//! bodies) are here too with the `all-models` feature.

/// `Serialize` and `Deserialize` for a string enum, through its `as_str` and `From<&str>`.
macro_rules! string_enum_serde {
    ($name:ident) => {
        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = String::deserialize(deserializer)?;
                Ok(Self::from(value.as_str()))
            }
        }
    };
}

#[cfg(feature = "audit")]
mod audit;
#[cfg(feature = "auth")]
mod auth;
#[cfg(feature = "billing")]
mod billing;
#[cfg(feature = "all-models")]
mod extra;
#[cfg(feature = "health")]
mod health;
#[cfg(feature = "keys")]
mod keys;
#[cfg(feature = "mfa")]
mod mfa;
#[cfg(feature = "oauth")]
mod oauth;
#[cfg(feature = "permissions")]
mod permissions;
#[cfg(feature = "platform_billing")]
mod platform_billing;
#[cfg(feature = "platform_jobs")]
mod platform_jobs;
#[cfg(feature = "platform_service_accounts")]
mod platform_service_accounts;
#[cfg(feature = "rate_limit")]
mod rate_limit;
#[cfg(any(
    feature = "audit",
    feature = "keys",
    feature = "platform_jobs",
    feature = "usage"
))]
mod shared_1;
#[cfg(any(
    feature = "auth",
    feature = "keys",
    feature = "permissions",
    feature = "platform_billing",
    feature = "tenants",
    feature = "webhooks"
))]
mod shared_2;
#[cfg(any(feature = "auth", feature = "mfa"))]
mod shared_3;
#[cfg(any(feature = "auth", feature = "mfa", feature = "oauth"))]
mod shared_4;
#[cfg(any(feature = "keys", feature = "usage"))]
mod shared_5;
#[cfg(feature = "tenants")]
mod tenants;
#[cfg(feature = "usage")]
mod usage;
#[cfg(feature = "webhooks")]
mod webhooks;

#[cfg(feature = "audit")]
pub use audit::*;
#[cfg(feature = "auth")]
pub use auth::*;
#[cfg(feature = "billing")]
pub use billing::*;
#[cfg(feature = "all-models")]
pub use extra::*;
#[cfg(feature = "health")]
pub use health::*;
#[cfg(feature = "keys")]
pub use keys::*;
#[cfg(feature = "mfa")]
pub use mfa::*;
#[cfg(feature = "oauth")]
pub use oauth::*;
#[cfg(feature = "permissions")]
pub use permissions::*;
#[cfg(feature = "platform_billing")]
pub use platform_billing::*;
#[cfg(feature = "platform_jobs")]
pub use platform_jobs::*;
#[cfg(feature = "platform_service_accounts")]
pub use platform_service_accounts::*;
#[cfg(feature = "rate_limit")]
pub use rate_limit::*;
#[cfg(any(
    feature = "audit",
    feature = "keys",
    feature = "platform_jobs",
    feature = "usage"
))]
pub use shared_1::*;
#[cfg(any(
    feature = "auth",
    feature = "keys",
    feature = "permissions",
    feature = "platform_billing",
    feature = "tenants",
    feature = "webhooks"
))]
pub use shared_2::*;
#[cfg(any(feature = "auth", feature = "mfa"))]
pub use shared_3::*;
#[cfg(any(feature = "auth", feature = "mfa", feature = "oauth"))]
pub use shared_4::*;
#[cfg(any(feature = "keys", feature = "usage"))]
pub use shared_5::*;
#[cfg(feature = "tenants")]
pub use tenants::*;
#[cfg(feature = "usage")]
pub use usage::*;
#[cfg(feature = "webhooks")]
pub use webhooks::*;
