//! The diagnostic group of a card: set up by the chair, changed later, and a member taken out.
//! The group keeps the members it had: one taken out (or left out of a new composition) stays
//! recorded with the day they left, and loses the card at once (unless they filed it).

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use kernel::crypto::DataKey;
use kernel::{Error, Result, TenantTx, UserError};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, QueryFilter, Set};
use uuid::Uuid;

use crate::change::*;
use crate::procedure::Step;
use crate::read::{get_card, group_of, CaseAccess, VisibleCard};
use crate::store::{access, card, group_member};
use teams::InstitutionKind;

/// The chair sets up the diagnostic group (or changes it later). It must include a social
/// worker and a police officer; every member must have signed the confidentiality statement.
pub async fn set_up_group(
    tx: &TenantTx,
    reader: CaseAccess,
    key: &DataKey,
    id: Uuid,
    expected_version: i32,
    team_member_ids: &[Uuid],
    on: NaiveDate,
) -> Result<Result<VisibleCard, Vec<UserError>>> {
    if !reader.is_chair() {
        // Visible to the caller but not theirs to decide: only the chair sets up groups.
        get_card(tx, reader, key, id).await?;
        return Err(Error::Forbidden(
            "only the team's chair sets up a diagnostic group".to_owned(),
        ));
    }
    let card = for_change(tx, reader, key, id, expected_version).await?;
    let first = Step::GroupSetUp.transition(card.status).is_some();
    if first && crate::matching::undecided(tx, card.id).await? {
        return Ok(Err(err(
            &["input", "id"],
            "MATCH_UNDECIDED",
            "this form names the people of another open procedure: attach it there or keep it separate first",
        )));
    }
    let step = if first {
        Step::GroupSetUp
    } else {
        Step::GroupChanged
    };
    if let Err(e) = next(&card, step, "get a diagnostic group") {
        return Ok(Err(e));
    }
    let not_before = card.chair_received_on.unwrap_or(card.initiated_on);
    if let Some(e) = date_errors(on, not_before, "on", "the date the group was set up") {
        return Ok(Err(e));
    }
    let found: HashMap<Uuid, teams::Member> = teams::find_members(tx, team_member_ids)
        .await?
        .into_iter()
        .map(|m| (m.id, m))
        .collect();
    let mut errors = Vec::new();
    let mut seen = HashSet::new();
    for (i, id) in team_member_ids.iter().enumerate() {
        let at = ["input", "memberIds", &i.to_string()].map(str::to_owned);
        let at: Vec<&str> = at.iter().map(String::as_str).collect();
        match found.get(id) {
            None => errors.push(UserError::new(&at, "NOT_FOUND", "not a member of the team")),
            Some(m) if m.left_on.is_some() => errors.push(UserError::new(
                &at,
                "ENDED",
                "this person is no longer on the team",
            )),
            Some(m) if !m.may_work_on_cases() => errors.push(UserError::new(
                &at,
                "CONFIDENTIALITY_NOT_SIGNED",
                "this member has not signed the confidentiality statement",
            )),
            Some(_) if !seen.insert(*id) => errors.push(UserError::new(
                &at,
                "DUPLICATE",
                "this member is listed twice",
            )),
            Some(_) => {}
        }
    }
    if errors.is_empty() {
        // The roles' side of the rule too: a member without a case role (or whose account is
        // disabled) would sit in the group without seeing the card.
        let chosen: Vec<teams::Member> = team_member_ids
            .iter()
            .filter_map(|id| found.get(id).cloned())
            .collect();
        let workers = teams::working(tx, &chosen).await?;
        for (i, id) in team_member_ids.iter().enumerate() {
            if found.get(id).is_some_and(|m| !workers.contains(&m.user_id)) {
                errors.push(UserError::new(
                    &["input", "memberIds", &i.to_string()],
                    "NO_CASE_ROLE",
                    "this person does not work on cases (no case role, or the account is disabled)",
                ));
            }
        }
    }
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let institutions: Vec<InstitutionKind> = found.values().map(|m| m.institution).collect();
    let composition = group_composition_errors(&institutions);
    if !composition.is_empty() {
        return Ok(Err(composition));
    }
    claim(tx, &card).await?;
    let members: Vec<&teams::Member> = team_member_ids
        .iter()
        .filter_map(|id| found.get(id))
        .collect();
    write_group(tx, card.id, &members, on).await?;
    if !first {
        return Ok(Ok(commit(
            tx,
            key,
            &card,
            Step::GroupChanged,
            reader,
            vec![],
        )
        .await?));
    }
    apply_deadlines(tx, card.id, Step::GroupSetUp, on).await?;
    Ok(Ok(commit(
        tx,
        key,
        &card,
        Step::GroupSetUp,
        reader,
        vec![(card::Column::GroupSetUpOn, Expr::value(on))],
    )
    .await?))
}

/// Writes the group as `members` from `on`: members no longer in it are kept with the day they
/// left; members new to it (or back in it) are added; each member's access follows.
async fn write_group(
    tx: &TenantTx,
    card_id: Uuid,
    members: &[&teams::Member],
    on: NaiveDate,
) -> Result<()> {
    let conn = tx.conn().await?;
    let rows = tx
        .select::<group_member::Entity>()
        .filter(group_member::Column::CardId.eq(card_id))
        .all(&*conn)
        .await?;
    let staying: HashSet<Uuid> = members.iter().map(|m| m.user_id).collect();
    for row in rows.iter().filter(|r| r.left_on.is_none()) {
        if !staying.contains(&row.user_id) {
            tx.update_many::<group_member::Entity>()
                .col_expr(group_member::Column::LeftOn, Expr::value(on))
                .filter(group_member::Column::CardId.eq(card_id))
                .filter(group_member::Column::UserId.eq(row.user_id))
                .exec(&*conn)
                .await?;
        }
    }
    tx.delete_many::<access::Entity>()
        .filter(access::Column::CardId.eq(card_id))
        .filter(access::Column::Reason.eq(access::Reason::Group))
        .exec(&*conn)
        .await?;
    let mut added = HashSet::new();
    for m in members {
        if !added.insert(m.user_id) {
            continue;
        }
        match rows.iter().find(|r| r.user_id == m.user_id) {
            Some(row) => {
                let mut update = tx
                    .update_many::<group_member::Entity>()
                    .col_expr(group_member::Column::TeamMemberId, Expr::value(m.id))
                    .col_expr(
                        group_member::Column::Institution,
                        Expr::value(m.institution),
                    )
                    .filter(group_member::Column::CardId.eq(card_id))
                    .filter(group_member::Column::UserId.eq(m.user_id));
                if row.left_on.is_some() {
                    update = update
                        .col_expr(group_member::Column::AddedOn, Expr::value(on))
                        .col_expr(
                            group_member::Column::LeftOn,
                            Expr::value(Option::<NaiveDate>::None),
                        );
                }
                update.exec(&*conn).await?;
            }
            None => {
                group_member::ActiveModel {
                    tenant_id: Set(tx.tenant()),
                    card_id: Set(card_id),
                    user_id: Set(m.user_id),
                    team_member_id: Set(m.id),
                    institution: Set(m.institution),
                    added_on: Set(on),
                    left_on: Set(None),
                }
                .insert(&*conn)
                .await?;
            }
        }
        access::ActiveModel {
            tenant_id: Set(tx.tenant()),
            card_id: Set(card_id),
            user_id: Set(m.user_id),
            reason: Set(access::Reason::Group),
        }
        .insert(&*conn)
        .await?;
    }
    Ok(())
}

/// The chair takes a member out of the card's diagnostic group from `on`. The group keeps its
/// statutory members: the last social worker or police officer cannot be taken out
/// (`SOCIAL_WORKER_REQUIRED`, `POLICE_OFFICER_REQUIRED`: put another in with
/// `setUpDiagnosticGroup` first). The member stays recorded with the day they left.
pub async fn remove_group_member(
    tx: &TenantTx,
    reader: CaseAccess,
    key: &DataKey,
    id: Uuid,
    expected_version: i32,
    team_member_id: Uuid,
    on: NaiveDate,
) -> Result<Result<VisibleCard, Vec<UserError>>> {
    if !reader.is_chair() {
        get_card(tx, reader, key, id).await?;
        return Err(Error::Forbidden(
            "only the team's chair changes a diagnostic group".to_owned(),
        ));
    }
    let card = for_change(tx, reader, key, id, expected_version).await?;
    if let Err(e) = next(&card, Step::GroupChanged, "change its diagnostic group") {
        return Ok(Err(e));
    }
    let group = group_of(tx, &[card.id]).await?;
    let Some(leaving) = group.iter().find(|m| m.team_member_id == team_member_id) else {
        return Ok(Err(err(
            &["input", "memberId"],
            "NOT_IN_GROUP",
            "this person is not in the card's diagnostic group",
        )));
    };
    let not_before = group
        .iter()
        .map(|m| m.added_on)
        .chain(card.group_set_up_on)
        .max()
        .unwrap_or(card.initiated_on);
    if let Some(e) = date_errors(on, not_before, "on", "the change") {
        return Ok(Err(e));
    }
    let remaining: Vec<InstitutionKind> = group
        .iter()
        .filter(|m| m.user_id != leaving.user_id)
        .map(|m| m.institution)
        .collect();
    let composition: Vec<UserError> = group_composition_errors(&remaining)
        .into_iter()
        .map(|e| UserError::new(&["input", "memberId"], &e.code, e.message))
        .collect();
    if !composition.is_empty() {
        return Ok(Err(composition));
    }
    claim(tx, &card).await?;
    {
        let conn = tx.conn().await?;
        tx.update_many::<group_member::Entity>()
            .col_expr(group_member::Column::LeftOn, Expr::value(on))
            .filter(group_member::Column::CardId.eq(card.id))
            .filter(group_member::Column::UserId.eq(leaving.user_id))
            .exec(&*conn)
            .await?;
        tx.delete_many::<access::Entity>()
            .filter(access::Column::CardId.eq(card.id))
            .filter(access::Column::UserId.eq(leaving.user_id))
            .filter(access::Column::Reason.eq(access::Reason::Group))
            .exec(&*conn)
            .await?;
    }
    Ok(Ok(commit(
        tx,
        key,
        &card,
        Step::GroupChanged,
        reader,
        Vec::<(card::Column, sea_orm::sea_query::SimpleExpr)>::new(),
    )
    .await?))
}

/// Takes `user` out of every diagnostic group they are in, from `on` (or from the day they
/// joined a group, if later), and removes the access the groups gave them. Each card touched is
/// recorded in the request's audit entry.
pub(crate) async fn leave_every_group(tx: &TenantTx, user: Uuid, on: NaiveDate) -> Result<()> {
    let conn = tx.conn().await?;
    let rows = tx
        .select::<group_member::Entity>()
        .filter(group_member::Column::UserId.eq(user))
        .filter(group_member::Column::LeftOn.is_null())
        .all(&*conn)
        .await?;
    for row in &rows {
        tx.update_many::<group_member::Entity>()
            .col_expr(
                group_member::Column::LeftOn,
                Expr::value(on.max(row.added_on)),
            )
            .filter(group_member::Column::CardId.eq(row.card_id))
            .filter(group_member::Column::UserId.eq(user))
            .exec(&*conn)
            .await?;
        tx.touch(crate::ids::card_gid(row.card_id));
    }
    tx.delete_many::<access::Entity>()
        .filter(access::Column::UserId.eq(user))
        .filter(access::Column::Reason.eq(access::Reason::Group))
        .exec(&*conn)
        .await?;
    Ok(())
}

/// Checks that a diagnostic group's institutions include a social worker and a police officer.
pub fn group_composition_errors(institutions: &[InstitutionKind]) -> Vec<UserError> {
    let mut errors = Vec::new();
    if !institutions.contains(&InstitutionKind::SocialWelfare) {
        errors.push(UserError::new(
            &["input", "memberIds"],
            "SOCIAL_WORKER_REQUIRED",
            "a diagnostic group must include a social worker",
        ));
    }
    if !institutions.contains(&InstitutionKind::Police) {
        errors.push(UserError::new(
            &["input", "memberIds"],
            "POLICE_OFFICER_REQUIRED",
            "a diagnostic group must include a police officer",
        ));
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_needs_a_social_worker_and_a_police_officer() {
        use teams::InstitutionKind as I;
        assert!(group_composition_errors(&[I::SocialWelfare, I::Police, I::Education]).is_empty());
        assert_eq!(
            group_composition_errors(&[I::SocialWelfare])[0].code,
            "POLICE_OFFICER_REQUIRED"
        );
        assert_eq!(group_composition_errors(&[]).len(), 2);
    }
}
