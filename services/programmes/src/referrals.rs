//! Enrolment from a programme referral of a card's action plan (NK-D), and what the card's
//! diagnostic group sees of it. A member of the group (or the team's chair) enrols the card's
//! perpetrator in an edition of the programme the plan refers to; the person's name, date of
//! birth and phone are copied from the card and sealed as any participant's. The plan item
//! follows the enrolment (in progress, done, abandoned). The group sees where the person is
//! enrolled and how it ended, never the programme's record of the person (sessions, notes);
//! the people running the edition are never told about the card.

use kernel::crypto::DataKey;
use kernel::{Result, TenantTx};
use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use cases::domain::{PlanItemStatus, ProgrammeKind};
use cases::CaseAccess;
use chrono::{DateTime, NaiveDate, Utc};

use crate::access::{editions, enrolment_from, programmes_among};
use crate::domain::{
    DropOutReason, EnrolmentBasis, EnrolmentStatus, NewEnrolment, Participant, ProgrammeType,
};
use crate::enrolments::{enrolment_problems, take_place, Placement};
use crate::store::enrolment;
use crate::usecases::{get_edition, get_programme, refused, Outcome};
use crate::{ids, Edition, Programme, ReferralLink};

/// Whether a programme of type `offered` is one the action plan's referral to `referred` can
/// be acted on with.
pub fn answers(referred: ProgrammeKind, offered: ProgrammeType) -> bool {
    matches!(
        (referred, offered),
        (
            ProgrammeKind::CorrectiveEducational,
            ProgrammeType::CorrectiveEducational
        ) | (
            ProgrammeKind::PsychologicalTherapeutic,
            ProgrammeType::PsychologicalTherapeutic
        )
    )
}

/// An enrolment from a referral as the card's group sees it: the programme, the edition and
/// how far the person got. Made only in this crate (non-exhaustive), after the group's need to
/// know was checked.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct ReferralOutcome {
    pub link: ReferralLink,
    pub enrolment_id: Uuid,
    pub programme: Programme,
    pub edition: Edition,
    pub status: EnrolmentStatus,
    pub consent_on: Option<NaiveDate>,
    pub enrolled_at: DateTime<Utc>,
    pub finished_on: Option<NaiveDate>,
    pub drop_out_reason: Option<DropOutReason>,
}

/// An enrolment asked for from a referral item, for one of the card's perpetrators.
#[derive(Clone, Copy, Debug)]
pub struct ReferralEnrolment {
    pub plan_item_id: Uuid,
    pub person_id: Uuid,
    pub edition_id: Uuid,
    pub consent_on: Option<NaiveDate>,
}

/// Enrols the card's perpetrator from a referral item of its action plan, in an edition of a
/// programme of the kind the plan names: a place, or the waiting list when the edition is
/// full; the item moves to "in progress". The card's diagnostic group and the team's chair;
/// an item of a card the reader may not see is NOT_FOUND.
pub async fn enrol_from_referral(
    tx: &TenantTx,
    reader: CaseAccess,
    key: &DataKey,
    new: ReferralEnrolment,
) -> Outcome<ReferralOutcome> {
    let subject =
        match cases::referral_subject(tx, reader, key, new.plan_item_id, new.person_id).await? {
            Ok(subject) => subject,
            Err(errors) => return Ok(Err(errors)),
        };
    let edition = get_edition(tx, new.edition_id).await?;
    let programme = get_programme(tx, edition.programme_id).await?;
    if !answers(subject.programme, programme.programme_type) {
        return refused(
            &["input", "editionId"],
            "WRONG_PROGRAMME",
            "the action plan refers the person to a programme of another kind",
        );
    }
    if let Some(errors) = enrolment_problems(&edition, EnrolmentBasis::Referral, new.consent_on) {
        return Ok(Err(errors));
    }
    if active_enrolment(tx, subject.plan_item_id).await? {
        return already_enrolled();
    }
    let data = &subject.person.data;
    let enrolment = NewEnrolment {
        edition_id: edition.id,
        basis: EnrolmentBasis::Referral,
        participant: Participant {
            first_name: data.first_name.clone(),
            last_name: data.last_name.clone(),
            date_of_birth: Some(data.born_on),
            phone: data.phone.clone(),
        },
        consent_on: new.consent_on,
    };
    let link = ReferralLink {
        plan_item_id: subject.plan_item_id,
        card_person_id: subject.person.id,
    };
    let id = match take_place(tx, reader.user(), key, &enrolment, Some(link)).await? {
        Placement::Placed(id) => id,
        Placement::ReferralTaken => return already_enrolled(),
        Placement::SamePerson => {
            return refused(
                &["input", "editionId"],
                "ALREADY_ENROLLED",
                "the person already takes part in this edition, or waits for a place",
            )
        }
    };
    cases::referral_progressed(
        tx,
        subject.plan_item_id,
        PlanItemStatus::InProgress,
        Some(reader.user()),
        Some(subject.plan_item_version),
    )
    .await?;
    let mut outcomes = outcomes_of(tx, key, &[subject.plan_item_id]).await?;
    outcomes.retain(|o| o.enrolment_id == id);
    outcomes.pop().map(Ok).ok_or_else(|| {
        kernel::Error::internal("an enrolment from a referral vanished after its insert")
    })
}

fn already_enrolled() -> Outcome<ReferralOutcome> {
    refused(
        &["input", "planItemId"],
        "ALREADY_ENROLLED",
        "someone is already enrolled, or waiting, on this referral",
    )
}

/// Whether a referral item is acted on by an enrolment waiting or enrolled.
async fn active_enrolment(tx: &TenantTx, plan_item_id: Uuid) -> Result<bool> {
    let conn = tx.conn().await?;
    Ok(tx
        .select::<enrolment::Entity>()
        .filter(enrolment::Column::PlanItemId.eq(plan_item_id))
        .filter(
            enrolment::Column::Status.is_in([EnrolmentStatus::Waiting, EnrolmentStatus::Enrolled]),
        )
        .one(&*conn)
        .await?
        .is_some())
}

/// What became of the programme referrals of a card's action plan, the latest enrolment first:
/// for the card's diagnostic group and the team's chair (NOT_FOUND for a card the reader may
/// not see, FORBIDDEN for a reader who sees it outside its group).
pub async fn referral_outcomes(
    tx: &TenantTx,
    reader: CaseAccess,
    key: &DataKey,
    card_id: Uuid,
) -> Result<Vec<ReferralOutcome>> {
    let items: Vec<Uuid> = cases::referrals_of(tx, reader, key, card_id)
        .await?
        .into_iter()
        .map(|i| i.id)
        .collect();
    if items.is_empty() {
        return Ok(Vec::new());
    }
    outcomes_of(tx, key, &items).await
}

/// The enrolments made from `items`, each recorded in the audit trail as read.
async fn outcomes_of(tx: &TenantTx, key: &DataKey, items: &[Uuid]) -> Result<Vec<ReferralOutcome>> {
    let rows = {
        let conn = tx.conn().await?;
        tx.select::<enrolment::Entity>()
            .filter(enrolment::Column::PlanItemId.is_in(items.iter().copied()))
            .order_by_desc(enrolment::Column::Id)
            .all(&*conn)
            .await?
    };
    let enrolments = rows
        .into_iter()
        .map(|m| enrolment_from(m, key))
        .collect::<Result<Vec<_>>>()?;
    let edition_ids: Vec<Uuid> = enrolments.iter().map(|e| e.edition_id).collect();
    let editions = editions(tx, &[], &edition_ids).await?;
    let programme_ids: Vec<Uuid> = editions.iter().map(|e| e.programme_id).collect();
    let programmes = programmes_among(tx, &programme_ids).await?;
    let mut out = Vec::new();
    for e in enrolments {
        let edition = editions.iter().find(|x| x.id == e.edition_id);
        let programme = edition.and_then(|ed| programmes.iter().find(|p| p.id == ed.programme_id));
        let (Some(link), Some(edition), Some(programme)) = (e.referral, edition, programme) else {
            return Err(kernel::Error::internal(
                "an enrolment from a referral without its edition or programme",
            ));
        };
        tx.touch(ids::enrolment_gid(e.id));
        out.push(ReferralOutcome {
            link,
            enrolment_id: e.id,
            programme: programme.clone(),
            edition: edition.clone(),
            status: e.status,
            consent_on: e.consent_on,
            enrolled_at: e.enrolled_at,
            finished_on: e.finished_on,
            drop_out_reason: e.drop_out_reason,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_referral_is_acted_on_by_a_programme_of_its_kind_only() {
        for offered in ProgrammeType::ALL {
            assert_eq!(
                answers(ProgrammeKind::CorrectiveEducational, *offered),
                *offered == ProgrammeType::CorrectiveEducational
            );
            assert_eq!(
                answers(ProgrammeKind::PsychologicalTherapeutic, *offered),
                *offered == ProgrammeType::PsychologicalTherapeutic
            );
        }
    }
}
