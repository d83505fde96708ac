//! Retention in the API: the period a municipality keeps closed procedures and the reports of
//! what the worker erased, for the tenant administrator and the data-protection officer.

use async_graphql::{Context, InputObject, Object, SimpleObject, ID};
use kernel::date::Date;
use kernel::input::{Errors, Payload};
use kernel::request::ContextExt;

use crate::retention::{Erasure, Retention, RetentionYears};

/// Okres przechowywania zakończonych procedur: whole years from 1 January of the year after a
/// procedure's post-closure monitoring ended.
#[derive(SimpleObject)]
#[graphql(name = "CaseRetention")]
pub struct RetentionObject {
    /// Whole years from 1 January of the year after the procedure ended.
    years: i32,
    /// Whether the default applies (the municipality set none).
    is_default: bool,
    /// 0 while the default applies.
    version: i32,
    default_years: i32,
    minimum_years: i32,
    maximum_years: i32,
}

impl From<Retention> for RetentionObject {
    fn from(r: Retention) -> Self {
        RetentionObject {
            years: r.years.years() as i32,
            is_default: r.default,
            version: r.version,
            default_years: RetentionYears::DEFAULT.years() as i32,
            minimum_years: RetentionYears::MIN as i32,
            maximum_years: RetentionYears::MAX as i32,
        }
    }
}

/// Raport usunięcia danych — one card whose personal data was erased at the end of its
/// retention: no personal data, the card's number and dates and how much was erased.
#[derive(SimpleObject)]
#[graphql(name = "CaseErasure")]
pub struct ErasureObject {
    id: ID,
    /// The card's number (`NK/2026/0042`), when it had one.
    number: Option<String>,
    initiated_on: Date,
    closed_on: Option<Date>,
    erased_on: Date,
    /// The retention in force when it was erased.
    years: i32,
    /// The persons whose data was erased.
    persons: i32,
    /// The other records erased (NK-A details, corrections, forms, plan items, notes of work,
    /// meetings, members from outside the team).
    records: i32,
}

impl From<Erasure> for ErasureObject {
    fn from(e: Erasure) -> Self {
        ErasureObject {
            id: ID(e.id.to_string()),
            number: e.number,
            initiated_on: Date(e.initiated_on),
            closed_on: e.closed_on.map(Date),
            erased_on: Date(e.erased_on),
            years: e.years as i32,
            persons: e.persons as i32,
            records: e.records as i32,
        }
    }
}

#[derive(Default)]
pub struct RetentionQuery;

#[Object]
impl RetentionQuery {
    /// How long the municipality keeps closed procedures. The tenant administrator and the
    /// data-protection officer.
    async fn case_retention(&self, ctx: &Context<'_>) -> async_graphql::Result<RetentionObject> {
        let req = ctx.request()?;
        req.principal.require_audit_reader()?;
        Ok(crate::retention::retention(req.tenant_tx().await?)
            .await?
            .into())
    }

    /// What the worker erased at the end of retention, the latest first. The tenant
    /// administrator (without the cards' numbers) and the data-protection officer.
    async fn case_erasures(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = 50, desc = "at most 200")] first: i32,
    ) -> async_graphql::Result<Vec<ErasureObject>> {
        let req = ctx.request()?;
        let reader = req.principal.require_audit_reader()?;
        let first = u64::try_from(first.clamp(1, 200)).unwrap_or(50);
        Ok(crate::retention::erasures(req.tenant_tx().await?, first)
            .await?
            .into_iter()
            .map(|mut e| {
                // A card's number is case data: the officer's, not the administrator's.
                if !reader.sees_case_data() {
                    e.number = None;
                }
                ErasureObject::from(e)
            })
            .collect())
    }
}

/// Input of `setCaseRetention`: the years, and the version read (0 while the default applies).
#[derive(InputObject)]
pub struct SetCaseRetentionInput {
    pub years: i32,
    pub version: i32,
}

kernel::payload! {
    /// Result of `setCaseRetention`: the retention now in force, or why it was refused.
    SetCaseRetentionPayload { retention: RetentionObject }
}

#[derive(Default)]
pub struct RetentionMutation;

#[Object]
impl RetentionMutation {
    /// Sets how long the municipality keeps closed procedures: five years at least (TOO_SHORT),
    /// fifty at most (TOO_LONG). The tenant administrator: the controller decides it, the
    /// data-protection officer advises (art. 38 ust. 6 RODO).
    async fn set_case_retention(
        &self,
        ctx: &Context<'_>,
        input: SetCaseRetentionInput,
    ) -> async_graphql::Result<SetCaseRetentionPayload> {
        let req = ctx.request()?;
        req.principal.require_tenant_admin()?;
        let years = match RetentionYears::parse(i64::from(input.years)) {
            Ok(years) => years,
            Err(code) => {
                let mut errors = Errors::input();
                errors.add(
                    "years",
                    code,
                    format!(
                        "keep closed procedures {} to {} years",
                        RetentionYears::MIN,
                        RetentionYears::MAX
                    ),
                );
                return Ok(SetCaseRetentionPayload::refused(errors.into_vec()));
            }
        };
        let set =
            crate::retention::set_retention(req.tenant_tx().await?, years, input.version).await?;
        Ok(SetCaseRetentionPayload::done(set.into()))
    }
}
