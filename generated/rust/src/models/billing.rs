//! The models only the `billing` feature needs.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;
use std::fmt;

/// A page of `Plan`. `nextCursor` is null on the last page; otherwise pass it as `cursor` to get the next one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct PlanPage {
    pub items: Vec<Plan>,
    #[serde(default)]
    pub next_cursor: Option<String>,
}

/// Status of a tenant subscription.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SubscriptionStatus {
    /// `trialing`
    Trialing,
    /// `active`
    Active,
    /// `past_due`
    PastDue,
    /// `canceled`
    Canceled,
    /// A value this version of the SDK does not know, kept as received.
    Unknown(String),
}

impl SubscriptionStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Trialing => "trialing",
            Self::Active => "active",
            Self::PastDue => "past_due",
            Self::Canceled => "canceled",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Display for SubscriptionStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for SubscriptionStatus {
    fn from(value: &str) -> Self {
        match value {
            "trialing" => Self::Trialing,
            "active" => Self::Active,
            "past_due" => Self::PastDue,
            "canceled" => Self::Canceled,
            other => Self::Unknown(other.to_string()),
        }
    }
}

string_enum_serde!(SubscriptionStatus);

/// Status of an invoice.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InvoiceStatus {
    /// `draft`
    Draft,
    /// `open`
    Open,
    /// `paid`
    Paid,
    /// `void`
    Void,
    /// `uncollectible`
    Uncollectible,
    /// A value this version of the SDK does not know, kept as received.
    Unknown(String),
}

impl InvoiceStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "draft",
            Self::Open => "open",
            Self::Paid => "paid",
            Self::Void => "void",
            Self::Uncollectible => "uncollectible",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Display for InvoiceStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for InvoiceStatus {
    fn from(value: &str) -> Self {
        match value {
            "draft" => Self::Draft,
            "open" => Self::Open,
            "paid" => Self::Paid,
            "void" => Self::Void,
            "uncollectible" => Self::Uncollectible,
            other => Self::Unknown(other.to_string()),
        }
    }
}

string_enum_serde!(InvoiceStatus);

/// How often a plan is billed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BillingInterval {
    /// `month`
    Month,
    /// `year`
    Year,
    /// A value this version of the SDK does not know, kept as received.
    Unknown(String),
}

impl BillingInterval {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Month => "month",
            Self::Year => "year",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Display for BillingInterval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for BillingInterval {
    fn from(value: &str) -> Self {
        match value {
            "month" => Self::Month,
            "year" => Self::Year,
            other => Self::Unknown(other.to_string()),
        }
    }
}

string_enum_serde!(BillingInterval);

/// Where entitlements come from: the tenant's plan, or a platform override.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EntitlementSource {
    /// `plan`
    Plan,
    /// `override`
    Override,
    /// A value this version of the SDK does not know, kept as received.
    Unknown(String),
}

impl EntitlementSource {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Plan => "plan",
            Self::Override => "override",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Display for EntitlementSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for EntitlementSource {
    fn from(value: &str) -> Self {
        match value {
            "plan" => Self::Plan,
            "override" => Self::Override,
            other => Self::Unknown(other.to_string()),
        }
    }
}

string_enum_serde!(EntitlementSource);

/// Numeric limits by name (e.g. `apiKeys`, `members`, `monthlyRequests`).
pub type PlanLimits = BTreeMap<String, i64>;

/// A plan tenants can subscribe to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    /// Plan id (`plan_...`).
    pub id: String,
    pub name: String,
    pub description: String,
    /// Price per interval in the currency's minor unit.
    pub price_cents: i64,
    /// ISO 4217 code, lowercase.
    pub currency: String,
    pub interval: BillingInterval,
    /// Feature flags the plan enables.
    pub features: Vec<String>,
    pub limits: PlanLimits,
}

/// A tenant's subscription to a plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct Subscription {
    /// Subscription id (`sub_...`).
    pub id: String,
    pub tenant_id: String,
    pub plan_id: String,
    pub status: SubscriptionStatus,
    pub current_period_start: String,
    pub current_period_end: String,
    /// True when the subscription ends at `currentPeriodEnd`.
    pub cancel_at_period_end: bool,
    /// When cancellation was requested; null if not canceled.
    #[serde(default)]
    pub canceled_at: Option<String>,
}

/// The plan to move to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct SubscribeRequest {
    pub plan_id: String,
}

/// How to cancel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct CancelSubscriptionRequest {
    /// Keep the plan until the end of the paid period (true) or stop now (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_period_end: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// What a tenant may use now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct Entitlements {
    pub tenant_id: String,
    pub plan_id: String,
    pub source: EntitlementSource,
    pub features: Vec<String>,
    pub limits: PlanLimits,
}

/// One line of an invoice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct InvoiceLine {
    pub description: String,
    pub quantity: i64,
    pub unit_amount_cents: i64,
    pub amount_cents: i64,
}

/// An invoice for one billing period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct Invoice {
    /// Invoice id (`inv_...`).
    pub id: String,
    pub tenant_id: String,
    pub subscription_id: String,
    pub status: InvoiceStatus,
    pub currency: String,
    pub amount_due_cents: i64,
    pub period_start: String,
    pub period_end: String,
    pub lines: Vec<InvoiceLine>,
}
