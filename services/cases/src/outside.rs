//! Members of a diagnostic group from outside the interdisciplinary team (art. 9a UPPD): a
//! teacher, a doctor, a probation officer the group asks to help with one case. The chair adds
//! each by name, with the body they come from and the day they signed a confidentiality
//! statement for this case; the statement is signed before they join. They have no account in
//! Ostoja: they take part in the group's meetings (recorded as present), and their membership
//! gives them no card. Who they are is sealed: a child's school or doctor tells about the family.

use std::collections::HashSet;

use chrono::{NaiveDate, Utc};
use kernel::crypto::DataKey;
use kernel::text::Name;
use kernel::{Error, Result, TenantTx, UserError};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, QueryFilter, QueryOrder, Set};
use serde::{Deserialize, Serialize};
use teams::InstitutionKind;
use uuid::Uuid;

use crate::change::*;
use crate::procedure::Step;
use crate::read::{get_card, CaseAccess, VisibleCard};
use crate::store::outside_member;

/// Who an outside member is, as kept sealed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutsideMemberDetails {
    pub name: Name,
    /// The body they come from, e.g. "Szkoła Podstawowa nr 3 w Żorach".
    pub organisation: Name,
    pub position: Option<Name>,
}

/// An outside member as the chair adds them.
#[derive(Clone, Debug)]
pub struct NewOutsideMember {
    pub details: OutsideMemberDetails,
    pub institution: InstitutionKind,
    /// The day they signed the confidentiality statement for this case.
    pub statement_signed_on: NaiveDate,
    /// The day they join the group.
    pub on: NaiveDate,
}

impl NewOutsideMember {
    /// The statement for this case comes first: no one joins the group before signing it.
    pub fn errors(&self) -> Vec<UserError> {
        if self.statement_signed_on > self.on {
            return err(
                &["input", "statementSignedOn"],
                "STATEMENT_AFTER_JOINING",
                "the confidentiality statement for this case is signed before joining the group",
            );
        }
        Vec::new()
    }
}

/// A member of a card's diagnostic group from outside the team, with the days they joined and
/// (once taken out) left.
#[derive(Clone, Debug)]
pub struct OutsideMember {
    pub id: Uuid,
    pub card_id: Uuid,
    pub institution: InstitutionKind,
    pub details: OutsideMemberDetails,
    pub statement_signed_on: NaiveDate,
    pub added_on: NaiveDate,
    pub left_on: Option<NaiveDate>,
}

impl OutsideMember {
    /// Whether they were in the group on `day`: joined by then and not yet left.
    pub fn in_group_on(&self, day: NaiveDate) -> bool {
        self.added_on <= day && self.left_on.is_none_or(|left| left > day)
    }
}

/// Only the chair changes a group; anyone else who sees the card is told so, anyone who does
/// not is told the card does not exist.
async fn chair_only(tx: &TenantTx, reader: CaseAccess, key: &DataKey, id: Uuid) -> Result<()> {
    if reader.is_chair() {
        return Ok(());
    }
    get_card(tx, reader, key, id).await?;
    Err(Error::Forbidden(
        "only the team's chair changes a diagnostic group".to_owned(),
    ))
}

/// The chair adds a member from outside the team to the card's diagnostic group from `new.on`.
/// The group must be set up; the same person (name and organisation) is in it once.
pub async fn add_outside_member(
    tx: &TenantTx,
    reader: CaseAccess,
    key: &DataKey,
    id: Uuid,
    expected_version: i32,
    new: NewOutsideMember,
) -> Result<Result<VisibleCard, Vec<UserError>>> {
    chair_only(tx, reader, key, id).await?;
    let card = for_change(tx, reader, key, id, expected_version).await?;
    if let Err(e) = next(&card, Step::GroupChanged, "change its diagnostic group") {
        return Ok(Err(e));
    }
    let not_before = card.group_set_up_on.unwrap_or(card.initiated_on);
    if let Some(e) = date_errors(new.on, not_before, "on", "the day they join the group") {
        return Ok(Err(e));
    }
    let errors = new.errors();
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    if new.statement_signed_on < card.initiated_on {
        return Ok(Err(err(
            &["input", "statementSignedOn"],
            "TOO_EARLY",
            "a statement for this case is signed once the procedure began",
        )));
    }
    let members = outside_members_of(tx, key, &[card.id]).await?;
    let same = |m: &&OutsideMember| {
        same_text(m.details.name.as_str(), new.details.name.as_str())
            && same_text(
                m.details.organisation.as_str(),
                new.details.organisation.as_str(),
            )
    };
    if members.iter().filter(same).any(|m| m.left_on.is_none()) {
        return Ok(Err(err(
            &["input", "name"],
            "ALREADY_IN_GROUP",
            "this person is already in the card's diagnostic group",
        )));
    }
    // Back in the group: not before the day they left it.
    if members
        .iter()
        .filter(same)
        .any(|m| m.left_on.is_some_and(|left| new.on < left))
    {
        return Ok(Err(err(
            &["input", "on"],
            "TOO_EARLY",
            "this person was in the group until a later day",
        )));
    }
    claim(tx, &card).await?;
    {
        let conn = tx.conn().await?;
        let member_id = Uuid::now_v7();
        outside_member::ActiveModel {
            tenant_id: Set(tx.tenant()),
            id: Set(member_id),
            card_id: Set(card.id),
            institution: Set(new.institution),
            sealed: Set(key.seal_json(&new.details, &crate::place::outside_member(member_id))?),
            statement_signed_on: Set(new.statement_signed_on),
            added_on: Set(new.on),
            left_on: Set(None),
            added_by: Set(reader.user()),
            created_at: Set(Utc::now()),
        }
        .insert(&*conn)
        .await?;
    }
    Ok(Ok(commit(
        tx,
        key,
        &card,
        Step::GroupChanged,
        reader,
        vec![],
    )
    .await?))
}

/// The chair takes an outside member out of the card's diagnostic group from `on` (not before
/// they joined). They stay recorded with the day they left, as the meetings they attended do.
pub async fn remove_outside_member(
    tx: &TenantTx,
    reader: CaseAccess,
    key: &DataKey,
    id: Uuid,
    expected_version: i32,
    member_id: Uuid,
    on: NaiveDate,
) -> Result<Result<VisibleCard, Vec<UserError>>> {
    chair_only(tx, reader, key, id).await?;
    let card = for_change(tx, reader, key, id, expected_version).await?;
    if let Err(e) = next(&card, Step::GroupChanged, "change its diagnostic group") {
        return Ok(Err(e));
    }
    let members = outside_members_of(tx, key, &[card.id]).await?;
    let Some(leaving) = members
        .iter()
        .find(|m| m.id == member_id && m.left_on.is_none())
    else {
        return Ok(Err(err(
            &["input", "memberId"],
            "NOT_IN_GROUP",
            "this person is not in the card's diagnostic group",
        )));
    };
    // Not before they joined, nor before a meeting recorded with them present.
    let attended = crate::meetings_of(tx, key, &[card.id])
        .await?
        .into_iter()
        .filter(|m| m.details.present_outside.contains(&member_id))
        .map(|m| m.held_on)
        .max();
    let not_before = attended.map_or(leaving.added_on, |d| d.max(leaving.added_on));
    if let Some(e) = date_errors(on, not_before, "on", "the change") {
        return Ok(Err(e));
    }
    claim(tx, &card).await?;
    {
        let conn = tx.conn().await?;
        tx.update_many::<outside_member::Entity>()
            .col_expr(outside_member::Column::LeftOn, Expr::value(on))
            .filter(outside_member::Column::Id.eq(member_id))
            .filter(outside_member::Column::CardId.eq(card.id))
            .exec(&*conn)
            .await?;
    }
    Ok(Ok(commit(
        tx,
        key,
        &card,
        Step::GroupChanged,
        reader,
        vec![],
    )
    .await?))
}

/// Names compared as people read them: case and spaces aside.
fn same_text(a: &str, b: &str) -> bool {
    let folded = |t: &str| {
        t.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    folded(a) == folded(b)
}

/// The outside members the cards (which passed need to know) ever had, in the order they
/// joined, those who left included.
pub async fn outside_members_of(
    tx: &TenantTx,
    key: &DataKey,
    cards: &[Uuid],
) -> Result<Vec<OutsideMember>> {
    let conn = tx.conn().await?;
    tx.select::<outside_member::Entity>()
        .filter(outside_member::Column::CardId.is_in(cards.iter().copied()))
        .order_by_asc(outside_member::Column::AddedOn)
        .order_by_asc(outside_member::Column::CreatedAt)
        .all(&*conn)
        .await?
        .into_iter()
        .map(|m| {
            Ok(OutsideMember {
                details: key.open_json(&m.sealed, &crate::place::outside_member(m.id))?,
                id: m.id,
                card_id: m.card_id,
                institution: m.institution,
                statement_signed_on: m.statement_signed_on,
                added_on: m.added_on,
                left_on: m.left_on,
            })
        })
        .collect()
}

/// The refusal of `present` (outside members said to be at a meeting held `on`), given the
/// card's outside members: each was in the group that day.
pub fn presence_errors(
    members: &[OutsideMember],
    present: &[Uuid],
    on: NaiveDate,
) -> Vec<UserError> {
    let mut seen = HashSet::new();
    for id in present {
        if !seen.insert(*id) {
            continue;
        }
        if !members.iter().any(|m| m.id == *id && m.in_group_on(on)) {
            return err(
                &["input", "presentOutsideMemberIds"],
                "NOT_IN_GROUP",
                "only members of the card's diagnostic group can be present",
            );
        }
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn member(added_on: NaiveDate, left_on: Option<NaiveDate>) -> OutsideMember {
        OutsideMember {
            id: Uuid::now_v7(),
            card_id: Uuid::nil(),
            institution: InstitutionKind::Education,
            details: OutsideMemberDetails {
                name: Name::parse("Ewa Nowak").unwrap(),
                organisation: Name::parse("SP 3").unwrap(),
                position: None,
            },
            statement_signed_on: added_on,
            added_on,
            left_on,
        }
    }

    #[test]
    fn the_statement_is_signed_before_joining() {
        let new = |signed| NewOutsideMember {
            details: member(d(2026, 3, 1), None).details,
            institution: InstitutionKind::HealthCare,
            statement_signed_on: signed,
            on: d(2026, 3, 2),
        };
        assert!(new(d(2026, 3, 2)).errors().is_empty());
        assert!(new(d(2026, 3, 1)).errors().is_empty());
        assert_eq!(
            new(d(2026, 3, 3)).errors()[0].code,
            "STATEMENT_AFTER_JOINING"
        );
    }

    #[test]
    fn present_only_while_in_the_group() {
        let left = member(d(2026, 3, 2), Some(d(2026, 3, 10)));
        let members = vec![left.clone()];
        assert!(presence_errors(&members, &[left.id], d(2026, 3, 2)).is_empty());
        assert!(presence_errors(&members, &[left.id, left.id], d(2026, 3, 9)).is_empty());
        for day in [d(2026, 3, 1), d(2026, 3, 10), d(2026, 4, 1)] {
            assert_eq!(
                presence_errors(&members, &[left.id], day)[0].code,
                "NOT_IN_GROUP"
            );
        }
        assert_eq!(
            presence_errors(&members, &[Uuid::now_v7()], d(2026, 3, 3))[0].code,
            "NOT_IN_GROUP"
        );
    }

    #[test]
    fn the_same_person_is_found_whatever_the_case() {
        assert!(same_text("Ewa Nowak ", "ewa nowak"));
        assert!(same_text("Ewa  Nowak", "EWA NOWAK"));
        assert!(!same_text("Ewa Nowak", "Ewa Nowakowska"));
    }
}
