//! Repeats in GraphQL: the chair's link of a new procedure to an earlier one, and the earlier
//! procedures a card was linked to, as its group sees them.

use async_graphql::{Context, InputObject, Object, ID};
use chrono::{DateTime, Utc};
use kernel::date::Date;

use super::loaders::scope;
use super::objects::{load_cards, BlueCardObject};
use crate::domain::ClosureGround;
use crate::procedure::Status;
use crate::EarlierProcedure;

/// Input of `linkBlueCardToEarlierProcedure`.
#[derive(InputObject)]
pub struct LinkBlueCardToEarlierProcedureInput {
    /// The form's own card (status `SENT_TO_CHAIR`), with a repeat proposed.
    pub id: ID,
    pub version: i32,
    /// The earlier procedure, in post-closure monitoring or closed.
    pub procedure_id: ID,
}

/// The earlier procedures the card was linked to (for the chair and the card's group).
pub(crate) async fn earlier_of(
    ctx: &Context<'_>,
    card: uuid::Uuid,
) -> async_graphql::Result<Vec<EarlierProcedureObject>> {
    let s = scope(ctx).await?;
    let found = crate::earlier_procedures(s.tx().await?, s.reader, card).await?;
    Ok(found.into_iter().map(EarlierProcedureObject).collect())
}

pub struct EarlierProcedureObject(EarlierProcedure);

/// Wcześniejsza procedura — an earlier procedure about the same people that the chair linked
/// this one to: what it was and how it ended.
#[Object(name = "EarlierProcedure")]
impl EarlierProcedureObject {
    /// Its number, `NK/2025/0007`.
    async fn number(&self) -> Option<String> {
        self.0.number.map(|n| n.to_string())
    }
    async fn status(&self) -> Status {
        self.0.status
    }
    async fn initiated_on(&self) -> Date {
        Date(self.0.initiated_on)
    }
    /// The day it was closed (post-closure monitoring began).
    async fn closed_on(&self) -> Option<Date> {
        self.0.closed_on.map(Date)
    }
    async fn closure_ground(&self) -> Option<ClosureGround> {
        self.0.closure_ground
    }
    /// When the chair linked the new procedure to it.
    async fn linked_at(&self) -> DateTime<Utc> {
        self.0.linked_at
    }
    /// The earlier card itself, if the viewer may see it.
    async fn blue_card(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<BlueCardObject>> {
        Ok(load_cards(ctx, &[self.0.earlier_id]).await?.pop())
    }
}
