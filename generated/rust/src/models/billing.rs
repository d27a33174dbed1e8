//! The models only the `billing` feature needs.

use crate::de::{read_object, Object, ReadObject};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;
use std::fmt;

/// A page of `Plan`. `nextCursor` is null on the last page; otherwise pass it as `cursor` to get the next one.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct PlanPage {
    pub items: Vec<Plan>,
    pub next_cursor: Option<String>,
}

impl<'de> Deserialize<'de> for PlanPage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for PlanPage {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            items: object.required("items")?,
            next_cursor: object.optional("nextCursor")?,
        })
    }
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
#[derive(Debug, Clone, PartialEq, Serialize)]
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

impl<'de> Deserialize<'de> for Plan {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for Plan {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            id: object.required("id")?,
            name: object.required("name")?,
            description: object.required("description")?,
            price_cents: object.required("priceCents")?,
            currency: object.required("currency")?,
            interval: object.required("interval")?,
            features: object.required("features")?,
            limits: object.required("limits")?,
        })
    }
}

/// A tenant's subscription to a plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
    pub canceled_at: Option<String>,
}

impl<'de> Deserialize<'de> for Subscription {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for Subscription {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            id: object.required("id")?,
            tenant_id: object.required("tenantId")?,
            plan_id: object.required("planId")?,
            status: object.required("status")?,
            current_period_start: object.required("currentPeriodStart")?,
            current_period_end: object.required("currentPeriodEnd")?,
            cancel_at_period_end: object.required("cancelAtPeriodEnd")?,
            canceled_at: object.optional("canceledAt")?,
        })
    }
}

/// The plan to move to.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct SubscribeRequest {
    pub plan_id: String,
}

impl<'de> Deserialize<'de> for SubscribeRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for SubscribeRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            plan_id: object.required("planId")?,
        })
    }
}

/// How to cancel.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct CancelSubscriptionRequest {
    /// Keep the plan until the end of the paid period (true) or stop now (false).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at_period_end: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl<'de> Deserialize<'de> for CancelSubscriptionRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for CancelSubscriptionRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            at_period_end: object.optional("atPeriodEnd")?,
            reason: object.optional("reason")?,
        })
    }
}

/// What a tenant may use now.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct Entitlements {
    pub tenant_id: String,
    pub plan_id: String,
    pub source: EntitlementSource,
    pub features: Vec<String>,
    pub limits: PlanLimits,
}

impl<'de> Deserialize<'de> for Entitlements {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for Entitlements {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            tenant_id: object.required("tenantId")?,
            plan_id: object.required("planId")?,
            source: object.required("source")?,
            features: object.required("features")?,
            limits: object.required("limits")?,
        })
    }
}

/// One line of an invoice.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct InvoiceLine {
    pub description: String,
    pub quantity: i64,
    pub unit_amount_cents: i64,
    pub amount_cents: i64,
}

impl<'de> Deserialize<'de> for InvoiceLine {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for InvoiceLine {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            description: object.required("description")?,
            quantity: object.required("quantity")?,
            unit_amount_cents: object.required("unitAmountCents")?,
            amount_cents: object.required("amountCents")?,
        })
    }
}

/// An invoice for one billing period.
#[derive(Debug, Clone, PartialEq, Serialize)]
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

impl<'de> Deserialize<'de> for Invoice {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for Invoice {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            id: object.required("id")?,
            tenant_id: object.required("tenantId")?,
            subscription_id: object.required("subscriptionId")?,
            status: object.required("status")?,
            currency: object.required("currency")?,
            amount_due_cents: object.required("amountDueCents")?,
            period_start: object.required("periodStart")?,
            period_end: object.required("periodEnd")?,
            lines: object.required("lines")?,
        })
    }
}
