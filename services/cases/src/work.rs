//! Work recorded against a card (interventions, advice, social contracts, shelter, medical help).

use chrono::{NaiveDate, Utc};
use kernel::crypto::DataKey;
use kernel::{Result, TenantTx, UserError};
use sea_orm::{ActiveModelTrait, Set};
use uuid::Uuid;

use crate::read::CaseAccess;

use crate::change::*;

use crate::domain::{WorkKind, WorkVariant};
use crate::read::get_card;
use crate::store::work;
use crate::{place, WorkRecord};

/// Work done in the case: an intervention, a consultation, a social contract, a shelter
/// placement, medical help organised.
pub struct NewWork {
    pub kind: WorkKind,
    pub variant: Option<WorkVariant>,
    pub occurred_on: NaiveDate,
    pub note: Option<String>,
}

pub async fn record_work(
    tx: &TenantTx,
    reader: CaseAccess,
    key: &DataKey,
    card_id: Uuid,
    new: NewWork,
) -> Result<Result<WorkRecord, Vec<UserError>>> {
    let card = get_card(tx, reader, key, card_id).await?;
    if !crate::procedure::may_record_work(card.status) {
        return Ok(Err(illegal(&card, "have work recorded")));
    }
    if let Some(problem) = new.kind.variant_problem(new.variant) {
        return Ok(Err(vec![problem]));
    }
    if let Some(e) = date_errors(new.occurred_on, card.initiated_on, "occurredOn", "the work") {
        return Ok(Err(e));
    }
    crate::change::hold(tx, card.id, card.status).await?;
    let id = Uuid::now_v7();
    let note_sealed = new
        .note
        .as_deref()
        .map(|n| key.seal(n.as_bytes(), &place::work(id)))
        .transpose()?;
    {
        let conn = tx.conn().await?;
        work::ActiveModel {
            tenant_id: Set(tx.tenant()),
            id: Set(id),
            card_id: Set(card.id),
            kind: Set(new.kind),
            variant: Set(new.variant),
            occurred_on: Set(new.occurred_on),
            recorded_by: Set(reader.user()),
            note_sealed: Set(note_sealed),
            created_at: Set(Utc::now()),
        }
        .insert(&*conn)
        .await?;
    }
    tx.touch(crate::ids::work_gid(id));
    Ok(Ok(WorkRecord {
        id,
        card_id: card.id,
        kind: new.kind,
        variant: new.variant,
        occurred_on: new.occurred_on,
        recorded_by: reader.user(),
        note: new.note,
    }))
}
