//! The diagnostic group's meetings: the day (the first one starts the diagnosis), the place,
//! the members present, whom the group met and a note. The law has the group meet the victim
//! and the perpetrator separately, so one meeting never records both, and hears a minor only
//! with an adult who is not the perpetrator (`presence`). Everything but the day is sealed
//! with the municipality's key, as the team's minutes are.

use std::collections::HashSet;

use chrono::{NaiveDate, Utc};
use kernel::crypto::DataKey;
use kernel::{Result, TenantTx, UserError};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, Condition, QueryFilter, QueryOrder, Set};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::change::*;
use crate::domain::PersonRole;
use crate::place;
use crate::presence::{companion_errors, Companion};
use crate::procedure::Step;
use crate::read::{persons_of, CaseAccess, VisibleCard};
use crate::store::{card, group_member, meeting};

/// The longest place and note a meeting takes.
const PLACE_MAX: usize = 200;
const NOTE_MAX: usize = 10_000;
/// The most members present or persons met one meeting lists.
const LIST_MAX: usize = 50;

/// A meeting as asked to be recorded.
#[derive(Debug, Clone, Default)]
pub struct NewMeeting {
    pub on: NaiveDate,
    pub place: Option<String>,
    /// Team member IDs of the group's members present.
    pub present: Vec<Uuid>,
    /// The group's members from outside the team present (`outside::OutsideMember` IDs).
    pub present_outside: Vec<Uuid>,
    /// The card's persons the group met.
    pub met: Vec<Uuid>,
    /// The adults with the minors met.
    pub companions: Vec<Companion>,
    pub note: Option<String>,
}

/// What a meeting's sealed column holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingDetails {
    pub place: Option<String>,
    /// The members present: `(team member, user)`, as the group had them that day.
    pub present: Vec<(Uuid, Uuid)>,
    /// The group's members from outside the team present (none in meetings recorded before
    /// they could be).
    #[serde(default)]
    pub present_outside: Vec<Uuid>,
    pub met: Vec<Uuid>,
    /// The adults with the minors met (none in meetings recorded before they were kept).
    #[serde(default)]
    pub companions: Vec<Companion>,
    pub note: Option<String>,
}

/// A recorded meeting of a card's diagnostic group.
#[derive(Debug, Clone)]
pub struct GroupMeeting {
    pub id: Uuid,
    pub card_id: Uuid,
    pub held_on: NaiveDate,
    pub recorded_by: Uuid,
    pub details: MeetingDetails,
}

fn text(raw: Option<String>) -> Option<String> {
    raw.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty())
}

/// A meeting of the diagnostic group, by a member of the group or the chair. The first one
/// starts the diagnosis; a later one is not dated before it. Members present must have been in
/// the group on the day; persons met must be the card's, and never the victim and the
/// perpetrator together.
pub async fn record_group_meeting(
    tx: &TenantTx,
    reader: CaseAccess,
    key: &DataKey,
    id: Uuid,
    expected_version: i32,
    new: NewMeeting,
) -> Result<Result<VisibleCard, Vec<UserError>>> {
    let card = for_change(tx, reader, key, id, expected_version).await?;
    check_may_take(tx, reader, &card, Step::GroupMeeting).await?;
    let step = if Step::FirstGroupMeeting.transition(card.status).is_some() {
        Step::FirstGroupMeeting
    } else {
        Step::GroupMeeting
    };
    // A later meeting is not dated before the first one.
    let not_before = card
        .first_meeting_on
        .or(card.group_set_up_on)
        .unwrap_or(card.initiated_on);
    if let Some(e) = date_errors(new.on, not_before, "on", "the meeting") {
        return Ok(Err(e));
    }
    if let Err(e) = next(&card, step, "have a group meeting") {
        return Ok(Err(e));
    }
    let place = text(new.place);
    if place
        .as_ref()
        .is_some_and(|p| p.chars().count() > PLACE_MAX)
    {
        return Ok(Err(err(
            &["input", "place"],
            "TOO_LONG",
            "a place has at most 200 characters",
        )));
    }
    let note = text(new.note);
    if note.as_ref().is_some_and(|n| n.chars().count() > NOTE_MAX) {
        return Ok(Err(err(
            &["input", "note"],
            "TOO_LONG",
            "a note has at most 10,000 characters",
        )));
    }
    for (field, ids) in [
        ("presentMemberIds", &new.present),
        ("presentOutsideMemberIds", &new.present_outside),
        ("metPersonIds", &new.met),
    ] {
        if ids.len() > LIST_MAX {
            return Ok(Err(err(
                &["input", field],
                "TOO_MANY",
                "at most 50 at one meeting",
            )));
        }
    }
    let group = group_on(tx, card.id, new.on).await?;
    let mut present = Vec::new();
    for member in dedup(&new.present) {
        match group.iter().find(|g| g.team_member_id == member) {
            Some(g) => present.push((g.team_member_id, g.user_id)),
            None => {
                return Ok(Err(err(
                    &["input", "presentMemberIds"],
                    "NOT_IN_GROUP",
                    "only members of the card's diagnostic group can be present",
                )))
            }
        }
    }
    let outside = crate::outside::outside_members_of(tx, key, &[card.id]).await?;
    let errors = crate::outside::presence_errors(&outside, &new.present_outside, new.on);
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let present_outside = dedup(&new.present_outside);
    let persons = persons_of(tx, key, &[card.id]).await?;
    let met = dedup(&new.met);
    let mut roles = HashSet::new();
    for person in &met {
        match persons.iter().find(|p| p.id == *person) {
            Some(p) => {
                roles.insert(p.role);
            }
            None => {
                return Ok(Err(err(
                    &["input", "metPersonIds"],
                    "NOT_FOUND",
                    "only persons of this card can be met",
                )))
            }
        }
    }
    if roles.contains(&PersonRole::Victim) && roles.contains(&PersonRole::Perpetrator) {
        return Ok(Err(err(
            &["input", "metPersonIds"],
            "MET_SEPARATELY",
            "the group meets the victim and the perpetrator separately",
        )));
    }
    let errors = companion_errors(&persons, &met, &new.companions, new.on);
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    claim(tx, &card).await?;
    apply_deadlines(tx, card.id, step, new.on).await?;
    let meeting_id = Uuid::now_v7();
    let details = MeetingDetails {
        place,
        present,
        present_outside,
        met,
        companions: new.companions,
        note,
    };
    {
        let conn = tx.conn().await?;
        meeting::ActiveModel {
            tenant_id: Set(tx.tenant()),
            id: Set(meeting_id),
            card_id: Set(card.id),
            held_on: Set(new.on),
            recorded_by: Set(reader.user()),
            sealed: Set(key.seal_json(&details, &place::meeting(meeting_id))?),
            created_at: Set(Utc::now()),
        }
        .insert(&*conn)
        .await?;
    }
    let changes = if step == Step::FirstGroupMeeting {
        vec![(card::Column::FirstMeetingOn, Expr::value(new.on))]
    } else {
        vec![]
    };
    Ok(Ok(commit(tx, key, &card, step, reader, changes).await?))
}

/// The group's members on `day`: added by then and not yet taken out.
async fn group_on(
    tx: &TenantTx,
    card_id: Uuid,
    day: NaiveDate,
) -> Result<Vec<group_member::Model>> {
    let conn = tx.conn().await?;
    Ok(tx
        .select::<group_member::Entity>()
        .filter(group_member::Column::CardId.eq(card_id))
        .filter(group_member::Column::AddedOn.lte(day))
        .filter(
            Condition::any()
                .add(group_member::Column::LeftOn.is_null())
                .add(group_member::Column::LeftOn.gt(day)),
        )
        .all(&*conn)
        .await?)
}

/// The IDs once each, in the order given.
fn dedup(ids: &[Uuid]) -> Vec<Uuid> {
    let mut seen = HashSet::new();
    ids.iter().copied().filter(|id| seen.insert(*id)).collect()
}

/// The meetings of the cards (which passed need to know), in the order they were held.
pub async fn meetings_of(
    tx: &TenantTx,
    key: &DataKey,
    cards: &[Uuid],
) -> Result<Vec<GroupMeeting>> {
    let rows = {
        let conn = tx.conn().await?;
        tx.select::<meeting::Entity>()
            .filter(meeting::Column::CardId.is_in(cards.iter().copied()))
            .order_by_asc(meeting::Column::HeldOn)
            .order_by_asc(meeting::Column::Id)
            .all(&*conn)
            .await?
    };
    rows.into_iter()
        .map(|m| {
            Ok(GroupMeeting {
                details: key.open_json(&m.sealed, &place::meeting(m.id))?,
                id: m.id,
                card_id: m.card_id,
                held_on: m.held_on,
                recorded_by: m.recorded_by,
            })
        })
        .collect()
}
