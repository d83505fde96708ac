//! Waiting lists close when their edition ends. A person still waiting once the edition's last
//! day is over was never admitted: the enrolment ends as not admitted, on that last day, and an
//! action plan's referral that waited with it is planned again, free for the card's group to
//! act on in another edition. Run on schedule by the worker ([`crate::plugin`]).

use std::collections::BTreeMap;

use chrono::{NaiveDate, Utc};
use kernel::{Result, TenantTx};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, QueryFilter, QuerySelect};
use uuid::Uuid;

use cases::domain::PlanItemStatus;

use crate::domain::EnrolmentStatus;
use crate::store::{edition, enrolment};

/// Ends every enrolment still waiting in an edition whose last day is before `today`; returns
/// how many. An enrolment someone changes meanwhile (admitted a moment before) is left to them.
pub async fn close_ended(tx: &TenantTx, today: NaiveDate) -> Result<u64> {
    let waiting: Vec<(Uuid, Uuid, i32, Option<Uuid>)> = {
        let conn = tx.conn().await?;
        tx.select::<enrolment::Entity>()
            .filter(enrolment::Column::Status.eq(EnrolmentStatus::Waiting))
            .select_only()
            .column(enrolment::Column::Id)
            .column(enrolment::Column::EditionId)
            .column(enrolment::Column::Version)
            .column(enrolment::Column::PlanItemId)
            .into_tuple()
            .all(&*conn)
            .await?
    };
    if waiting.is_empty() {
        return Ok(0);
    }
    let ended: BTreeMap<Uuid, NaiveDate> = {
        let conn = tx.conn().await?;
        tx.select::<edition::Entity>()
            .filter(edition::Column::Id.is_in(waiting.iter().map(|w| w.1)))
            .filter(edition::Column::EndsOn.lt(today))
            .select_only()
            .column(edition::Column::Id)
            .column(edition::Column::EndsOn)
            .into_tuple::<(Uuid, NaiveDate)>()
            .all(&*conn)
            .await?
            .into_iter()
            .collect()
    };
    let mut closed = 0;
    for (id, edition_id, version, plan_item) in waiting {
        let Some(last_day) = ended.get(&edition_id) else {
            continue;
        };
        let claimed = {
            let conn = tx.conn().await?;
            tx.update_many::<enrolment::Entity>()
                .col_expr(
                    enrolment::Column::Status,
                    Expr::value(EnrolmentStatus::NotAdmitted),
                )
                .col_expr(enrolment::Column::FinishedOn, Expr::value(*last_day))
                .col_expr(enrolment::Column::UpdatedAt, Expr::value(Utc::now()))
                .col_expr(enrolment::Column::Version, Expr::value(version + 1))
                .filter(enrolment::Column::Id.eq(id))
                .filter(enrolment::Column::Version.eq(version))
                .exec(&*conn)
                .await?
                .rows_affected
        };
        if claimed == 0 {
            continue;
        }
        if let Some(item) = plan_item {
            cases::referral_progressed(tx, item, PlanItemStatus::Planned, None, None).await?;
        }
        closed += 1;
    }
    Ok(closed)
}
