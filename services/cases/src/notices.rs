//! The diagnostic group's notices, each kept as a form of the card, sealed, read by the group
//! and the team's chair: to a perpetrator who was absent when the card was opened (art. 9b ust.
//! 8 UPPD: whom, on which day and how it was delivered), and to the family court about a minor
//! suspected of violence (who cannot be a perpetrator on NK-A).

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
    let person = notice.notice.person_id;
    let sent = Sent {
        step: Step::PerpetratorNotified,
        kind: FormKind::PerpetratorNotice,
        on: notice.delivered_on,
        field: "deliveredOn",
    };
    let content = FormContent::PerpetratorNotice {
        notice: notice.notice,
    };
    record(
        tx,
        reader,
        key,
        (id, expected_version),
        sent,
        content,
        |persons| match persons
            .iter()
            .find(|p| p.id == person && p.role == PersonRole::Perpetrator)
        {
            Some(p) if p.data.died_on.is_some() => err(
                &["input", "personId"],
                "DIED",
                "this person has died: nobody is notified",
            ),
            Some(_) => Vec::new(),
            None => err(
                &["input", "personId"],
                "NOT_FOUND",
                "not a perpetrator in this procedure",
            ),
        },
    )
    .await
}

/// What the card keeps of a notice to the family court about a minor suspected of violence:
/// a minor is never a perpetrator on NK-A (`PERPETRATOR_MINOR`), and no NK-D is filled with
/// them; the court is told instead. Sealed: it names a child.
#[derive(Clone, Serialize, Deserialize)]
pub struct FamilyCourtNotice {
    pub first_name: String,
    pub last_name: String,
    pub born_on: NaiveDate,
    /// The court notified, e.g. "Sąd Rejonowy w Żorach, III Wydział Rodzinny i Nieletnich".
    pub court: String,
    pub note: Option<String>,
}

/// A notice to the family court as the group records it, sent on `sent_on`.
pub struct NewFamilyCourtNotice {
    pub sent_on: NaiveDate,
    pub notice: FamilyCourtNotice,
}

impl NewFamilyCourtNotice {
    /// The person is a minor on the day the court is told: an adult is named on NK-A.
    pub fn errors(&self) -> Vec<UserError> {
        if self.notice.born_on > self.sent_on {
            return err(
                &["input", "dateOfBirth"],
                "INVALID",
                "the date of birth is after the notice",
            );
        }
        if crate::domain::adult_on(self.notice.born_on, self.sent_on) {
            return err(
                &["input", "dateOfBirth"],
                "NOT_A_MINOR",
                "an adult suspected of violence is named as a perpetrator on form NK-A",
            );
        }
        Vec::new()
    }
}

/// Records that the group told the family court about a minor suspected of violence.
pub async fn record_family_court_notice(
    tx: &TenantTx,
    reader: CaseAccess,
    key: &DataKey,
    id: Uuid,
    expected_version: i32,
    notice: NewFamilyCourtNotice,
) -> Result<Result<VisibleCard, Vec<UserError>>> {
    let sent = Sent {
        step: Step::FamilyCourtNotified,
        kind: FormKind::FamilyCourtNotice,
        on: notice.sent_on,
        field: "sentOn",
    };
    let content = FormContent::FamilyCourtNotice {
        notice: notice.notice,
    };
    record(
        tx,
        reader,
        key,
        (id, expected_version),
        sent,
        content,
        |_| Vec::new(),
    )
    .await
}

/// A notice the group sent: its step, its form, the day and the input field that holds it.
struct Sent {
    step: Step,
    kind: FormKind,
    on: NaiveDate,
    field: &'static str,
}

/// Records a notice of the group's on the card at `expected_version`: the group alone takes it,
/// while the procedure runs, not dated before the group was set up nor in the future, and
/// `check` finds nothing wrong with it against the card's persons.
async fn record(
    tx: &TenantTx,
    reader: CaseAccess,
    key: &DataKey,
    (id, expected_version): (Uuid, i32),
    sent: Sent,
    content: FormContent,
    check: impl FnOnce(&[crate::Person]) -> Vec<UserError>,
) -> Result<Result<VisibleCard, Vec<UserError>>> {
    let card = for_change(tx, reader, key, id, expected_version).await?;
    check_may_take(tx, reader, &card, sent.step).await?;
    if let Err(e) = next(&card, sent.step, "record a notice") {
        return Ok(Err(e));
    }
    // The group notifies: not before it was set up.
    if let Some(e) = date_errors(
        sent.on,
        card.group_set_up_on.unwrap_or(card.initiated_on),
        sent.field,
        "the notice",
    ) {
        return Ok(Err(e));
    }
    let errors = check(&persons_of(tx, key, &[card.id]).await?);
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    claim(tx, &card).await?;
    insert_form(
        tx,
        key,
        (card.id, sent.kind, sent.on, reader.user()),
        &content,
    )
    .await?;
    Ok(Ok(commit(tx, key, &card, sent.step, reader, vec![]).await?))
}
