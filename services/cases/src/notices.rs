//! The notice to a perpetrator who was absent when the card was opened (art. 9b ust. 8 UPPD):
//! the diagnostic group records whom it notified, on which day and how the notice was
//! delivered. Kept as a form of the card, sealed, read by the group and the team's chair.

use chrono::NaiveDate;
use kernel::crypto::DataKey;
use kernel::{stored_enum, Result, TenantTx, UserError};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::change::*;
use crate::domain::{FormKind, PersonRole};
use crate::procedure::Step;
use crate::read::{persons_of, CaseAccess, VisibleCard};
use crate::FormContent;

stored_enum! {
    /// Sposób doręczenia zawiadomienia.
    NoticeDelivery {
        /// Osobiście, za potwierdzeniem odbioru.
        InPerson = "in_person",
        /// Listem poleconym za potwierdzeniem odbioru.
        RegisteredLetter = "registered_letter",
        /// Za pośrednictwem policji.
        ThroughPolice = "through_police",
        /// W inny sposób, opisany w uwagach.
        Other = "other",
    }
}

/// What the card keeps of a notice, sealed.
#[derive(Clone, Serialize, Deserialize)]
pub struct PerpetratorNotice {
    pub person_id: Uuid,
    pub way: NoticeDelivery,
    pub note: Option<String>,
}

/// A notice as the group records it: to whom, delivered on which day, how.
pub struct NewPerpetratorNotice {
    pub delivered_on: NaiveDate,
    pub notice: PerpetratorNotice,
}

impl NewPerpetratorNotice {
    /// A notice delivered in another way says how in its note.
    pub fn errors(&self) -> Vec<UserError> {
        if self.notice.way == NoticeDelivery::Other && self.notice.note.is_none() {
            return err(
                &["input", "note"],
                "REQUIRED",
                "say how the notice was delivered",
            );
        }
        Vec::new()
    }
}

/// Records that the perpetrator `notice` names was notified that the procedure was opened.
pub async fn record_perpetrator_notice(
    tx: &TenantTx,
    reader: CaseAccess,
    key: &DataKey,
    id: Uuid,
    expected_version: i32,
    notice: NewPerpetratorNotice,
) -> Result<Result<VisibleCard, Vec<UserError>>> {
    let card = for_change(tx, reader, key, id, expected_version).await?;
    check_may_take(tx, reader, &card, Step::PerpetratorNotified).await?;
    if let Err(e) = next(
        &card,
        Step::PerpetratorNotified,
        "record a notice to the perpetrator",
    ) {
        return Ok(Err(e));
    }
    // The group notifies: not before it was set up.
    if let Some(e) = date_errors(
        notice.delivered_on,
        card.group_set_up_on.unwrap_or(card.initiated_on),
        "deliveredOn",
        "the notice's delivery",
    ) {
        return Ok(Err(e));
    }
    let persons = persons_of(tx, key, &[card.id]).await?;
    if !persons
        .iter()
        .any(|p| p.id == notice.notice.person_id && p.role == PersonRole::Perpetrator)
    {
        return Ok(Err(err(
            &["input", "personId"],
            "NOT_FOUND",
            "not a perpetrator in this procedure",
        )));
    }
    claim(tx, &card).await?;
    insert_form(
        tx,
        key,
        (
            card.id,
            FormKind::PerpetratorNotice,
            notice.delivered_on,
            reader.user(),
        ),
        &FormContent::PerpetratorNotice {
            notice: notice.notice,
        },
    )
    .await?;
    Ok(Ok(commit(
        tx,
        key,
        &card,
        Step::PerpetratorNotified,
        reader,
        vec![],
    )
    .await?))
}
