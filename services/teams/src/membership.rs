//! Membership of the team from joining to leaving, and the one rule of who works on cases.
//!
//! A staff member works on cases only while all of these hold, checked on every request and
//! every event of a subscription ([`case_standing`]): the account and the municipality are
//! active (the sign-in checks that), they hold a case role (social worker, team member or
//! chair) and not the data-protection officer's, they are on the team (a membership that has
//! not ended) and their confidentiality statement holds (signed, not withdrawn, not expired).
//! Revoking the role, ending the membership, withdrawing the statement or letting it expire,
//! and disabling the account each end it, at the next request.

use std::collections::{BTreeSet, HashSet};

use chrono::Utc;
use kernel::principal::{StaffPrincipal, TenantAdmin};
use kernel::{Error, Result, Role, TenantTx, UserError};
use sea_orm::sea_query::{Expr, SimpleExpr};
use sea_orm::{ColumnTrait, QueryFilter, Set};
use uuid::Uuid;

use crate::domain::{ChairHandover, MemberChange, MembershipEnd, NewMember, StatementWithdrawal};
use crate::store::member;
use crate::{chair, find_members, find_teams, graphql, member_from, membership, today, Member};

/// What other contexts do, in the same transaction, when a membership ends (the cases context
/// takes the person out of every diagnostic group). Registered by the gateway as schema data
/// ([`TeamHooks`]), so that teams needs to know nothing of them.
#[async_trait::async_trait]
pub trait MembershipEnds: Send + Sync {
    async fn membership_ended(
        &self,
        tx: &TenantTx,
        user: Uuid,
        on: chrono::NaiveDate,
    ) -> Result<()>;
}

/// The hooks the gateway registers (schema data).
#[derive(Clone, Default)]
pub struct TeamHooks(pub Vec<std::sync::Arc<dyn MembershipEnds>>);

/// The roles that work on cases.
const CASE_ROLES: [Role; 3] = [Role::SocialWorker, Role::TeamMember, Role::TeamChair];

/// Whether a staff member may work on cases now, and if not, why (in words they can act on).
#[derive(Debug, Clone)]
pub enum CaseStanding {
    /// On the team with a statement that holds, with a case role: the membership.
    Works(Member),
    Refused(&'static str),
}

/// The roles' side of the rule: a case role, and not the data-protection officer's.
fn roles_work(roles: &BTreeSet<Role>) -> bool {
    !roles.contains(&Role::DataProtectionOfficer) && CASE_ROLES.iter().any(|r| roles.contains(r))
}

/// Those of `members` who work on cases today by the whole rule (on the team, a statement that
/// holds, an enabled account with a case role): their user IDs. For choosing who may be given
/// work (a group, a plan item, the chair, a deadline's notice) by the same rule that decides
/// who may read.
pub async fn working(tx: &TenantTx, members: &[Member]) -> Result<HashSet<Uuid>> {
    let day = today();
    let candidates: Vec<Uuid> = members
        .iter()
        .filter(|m| m.works_on(day))
        .map(|m| m.user_id)
        .collect();
    if candidates.is_empty() {
        return Ok(HashSet::new());
    }
    Ok(identity::find_users(tx, &candidates)
        .await?
        .into_iter()
        .filter(|u| !u.disabled && roles_work(&u.roles()))
        .map(|u| u.id)
        .collect())
}

/// The one rule of who works on cases (see the module's documentation).
pub async fn case_standing(tx: &TenantTx, staff: &StaffPrincipal) -> Result<CaseStanding> {
    if staff.roles.contains(&Role::DataProtectionOfficer) {
        // The officer reads the whole audit trail, where a filing's matches are recorded: a
        // case of theirs would tell them what its author must not learn.
        return Ok(CaseStanding::Refused(
            "the data-protection officer audits cases and does not work on them",
        ));
    }
    // The team's side first: its refusals say what to do (join, sign) to whoever is not on it.
    let day = today();
    let member = match membership(tx, staff.user).await? {
        Some(m) if !m.active_on(day) => {
            return Ok(CaseStanding::Refused(
                "your membership of the interdisciplinary team has ended",
            ))
        }
        Some(m) if !m.statement_holds_on(day) => {
            return Ok(CaseStanding::Refused(
                "sign the team's confidentiality statement before working on cases",
            ))
        }
        Some(m) => m,
        None => {
            return Ok(CaseStanding::Refused(
                "only members of the interdisciplinary team work on cases; ask the administrator to add you",
            ))
        }
    };
    if !roles_work(&staff.roles) {
        return Ok(CaseStanding::Refused(
            "only social workers and members of the interdisciplinary team work on cases",
        ));
    }
    Ok(CaseStanding::Works(member))
}

/// An administrator may not vouch for themself: making oneself chair or recording one's own
/// confidentiality statement would open every case to the person who manages the accounts.
fn self_vouching(field: &str) -> UserError {
    UserError::new(
        &["input", field],
        "SELF",
        "another administrator must record this for you",
    )
}

fn error(field: &str, code: &str, message: &str) -> Vec<UserError> {
    vec![UserError::new(&["input", field], code, message)]
}

fn ended_error(field: &str) -> Vec<UserError> {
    error(field, "ENDED", "this membership of the team has ended")
}

fn chair_taken() -> UserError {
    UserError::new(
        &["input", "chair"],
        "TAKEN",
        "the team already has a chair; hand the chair over instead",
    )
}

fn stale(current: i32) -> Error {
    Error::Conflict(format!(
        "this was changed by someone else (now at version {current}); reload and try again"
    ))
}

fn statement_dates_errors(
    signed: Option<chrono::NaiveDate>,
    valid_until: Option<chrono::NaiveDate>,
) -> Vec<UserError> {
    let mut errors = Vec::new();
    if let Some(signed) = signed {
        if signed > today() {
            errors.push(UserError::new(
                &["input", "confidentialitySignedOn"],
                "IN_FUTURE",
                "the confidentiality statement cannot be dated in the future",
            ));
        }
    }
    match (signed, valid_until) {
        (Some(signed), Some(until)) if until < signed => errors.push(UserError::new(
            &["input", "confidentialityValidUntil"],
            "BEFORE_SIGNED",
            "a statement cannot end before it was signed",
        )),
        (None, Some(_)) => errors.push(UserError::new(
            &["input", "confidentialityValidUntil"],
            "REQUIRED",
            "give the day the statement was signed with its end",
        )),
        _ => {}
    }
    errors
}

/// The member `id` of this municipality; NOT_FOUND otherwise (another municipality's member
/// answers exactly like one that does not exist).
async fn current_member(tx: &TenantTx, id: Uuid, expected_version: i32) -> Result<Member> {
    let current = find_members(tx, &[id])
        .await?
        .pop()
        .ok_or(Error::NotFound)?;
    if current.version != expected_version {
        return Err(stale(current.version));
    }
    Ok(current)
}

/// Applies `columns` (and the next version) to the member if it is still at its version.
async fn write_member(
    tx: &TenantTx,
    current: &Member,
    columns: Vec<(member::Column, SimpleExpr)>,
) -> Result<Option<Member>> {
    let mut update = tx
        .update_many::<member::Entity>()
        .col_expr(member::Column::Version, Expr::value(current.version + 1))
        .col_expr(member::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(member::Column::Id.eq(current.id))
        .filter(member::Column::Version.eq(current.version));
    for (column, value) in columns {
        update = update.col_expr(column, value);
    }
    let updated = {
        let conn = tx.conn().await?;
        kernel::unique::update(&conn, update).await?
    };
    // The one-chair index refused it: another member was made chair since the check.
    let Some(updated) = updated else {
        return Ok(None);
    };
    if updated.rows_affected == 0 {
        let now = find_members(tx, &[current.id]).await?.pop();
        return Err(stale(now.map_or(current.version, |m| m.version)));
    }
    tx.touch(graphql::member_gid(current.id));
    find_members(tx, &[current.id])
        .await?
        .pop()
        .map(Some)
        .ok_or(Error::NotFound)
}

/// Adds a user to the team. A person whose membership ended joins again on the same record
/// (its history stays in the audit trail), with a statement to be signed anew.
pub async fn add_member(
    tx: &TenantTx,
    by: &TenantAdmin<'_>,
    new: NewMember,
) -> Result<Result<Member, Vec<UserError>>> {
    let mut errors = Vec::new();
    if new.user_id == by.user() {
        if new.chair {
            errors.push(self_vouching("chair"));
        }
        if new.confidentiality_signed_on.is_some() {
            errors.push(self_vouching("confidentialitySignedOn"));
        }
    }
    if find_teams(tx, &[new.team_id]).await?.is_empty() {
        errors.push(UserError::new(
            &["input", "teamId"],
            "NOT_FOUND",
            "no such team",
        ));
    }
    if identity::find_users(tx, &[new.user_id]).await?.is_empty() {
        errors.push(UserError::new(
            &["input", "userId"],
            "NOT_FOUND",
            "no such user in this municipality",
        ));
    }
    errors.extend(statement_dates_errors(
        new.confidentiality_signed_on,
        new.confidentiality_valid_until,
    ));
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let former = membership(tx, new.user_id).await?;
    if let Some(taken) = member_taken(tx, former.as_ref(), new.chair).await? {
        return Ok(Err(vec![taken]));
    }
    if let Some(former) = former {
        return rejoin(tx, &former, new).await;
    }
    let now = Utc::now();
    let row = member::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(Uuid::now_v7()),
        team_id: Set(new.team_id),
        user_id: Set(new.user_id),
        institution: Set(new.institution),
        institution_name: Set(new.institution_name.into_string()),
        is_chair: Set(new.chair),
        confidentiality_signed_on: Set(new.confidentiality_signed_on),
        confidentiality_withdrawn_on: Set(None),
        confidentiality_valid_until: Set(new.confidentiality_valid_until),
        joined_on: Set(new.joined_on),
        left_on: Set(None),
        left_reason: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
    };
    let (user_id, as_chair) = (new.user_id, new.chair);
    let created = {
        let conn = tx.conn().await?;
        kernel::unique::insert(&conn, row).await?
    };
    let Some(created) = created else {
        // Someone added the same user, or another chair, since the check: say which.
        let former = membership(tx, user_id).await?;
        let taken = member_taken(tx, former.as_ref(), as_chair).await?;
        return Ok(Err(vec![taken.unwrap_or_else(chair_taken)]));
    };
    tx.touch(graphql::member_gid(created.id));
    Ok(Ok(member_from(created)?))
}

/// A former member joins again: the same record, a new period, the statement to sign anew.
async fn rejoin(
    tx: &TenantTx,
    former: &Member,
    new: NewMember,
) -> Result<Result<Member, Vec<UserError>>> {
    if former.left_on.is_some_and(|left| new.joined_on < left) {
        return Ok(Err(error(
            "joinedOn",
            "TOO_EARLY",
            "the person left the team after this day; they can join again from the day they left",
        )));
    }
    let rejoined = write_member(
        tx,
        former,
        vec![
            (member::Column::Institution, Expr::value(new.institution)),
            (
                member::Column::InstitutionName,
                Expr::value(new.institution_name.into_string()),
            ),
            (member::Column::IsChair, Expr::value(new.chair)),
            (
                member::Column::ConfidentialitySignedOn,
                Expr::value(new.confidentiality_signed_on),
            ),
            (
                member::Column::ConfidentialityWithdrawnOn,
                Expr::value(Option::<chrono::NaiveDate>::None),
            ),
            (
                member::Column::ConfidentialityValidUntil,
                Expr::value(new.confidentiality_valid_until),
            ),
            (member::Column::JoinedOn, Expr::value(new.joined_on)),
            (
                member::Column::LeftOn,
                Expr::value(Option::<chrono::NaiveDate>::None),
            ),
            (
                member::Column::LeftReason,
                Expr::value(Option::<String>::None),
            ),
        ],
    )
    .await?;
    Ok(rejoined.ok_or_else(|| vec![chair_taken()]))
}

/// Why the user cannot join the team: they are on it already, or the team has its chair.
async fn member_taken(
    tx: &TenantTx,
    former: Option<&Member>,
    as_chair: bool,
) -> Result<Option<UserError>> {
    if former.is_some_and(|m| m.left_on.is_none()) {
        return Ok(Some(UserError::new(
            &["input", "userId"],
            "TAKEN",
            "this user is already a member of the team",
        )));
    }
    if as_chair && chair(tx).await?.is_some() {
        return Ok(Some(chair_taken()));
    }
    Ok(None)
}

/// Changes a member if it is still at `expected_version` (CONFLICT otherwise). The chair moves
/// only by [`hand_over_chair`] once the team has one: never two chairs, never none.
pub async fn update_member(
    tx: &TenantTx,
    by: &TenantAdmin<'_>,
    change: MemberChange,
) -> Result<Result<Member, Vec<UserError>>> {
    let current = current_member(tx, change.member_id, change.expected_version).await?;
    if current.left_on.is_some() {
        return Ok(Err(ended_error("id")));
    }
    let mut errors = Vec::new();
    if current.user_id == by.user() {
        if change.chair == Some(true) {
            errors.push(self_vouching("chair"));
        }
        if change.confidentiality_signed_on.is_some() {
            errors.push(self_vouching("confidentialitySignedOn"));
        }
        if change.confidentiality_valid_until.is_some() {
            errors.push(self_vouching("confidentialityValidUntil"));
        }
    }
    if change.confidentiality_valid_until.is_some()
        && change.confidentiality_signed_on.is_none()
        && !current.statement_holds_on(today())
    {
        // A statement that expired or was withdrawn is not revived by a new end date.
        errors.push(UserError::new(
            &["input", "confidentialityValidUntil"],
            "SIGN_ANEW",
            "this statement no longer holds; record a statement signed anew",
        ));
    }
    if change.confidentiality_valid_until.is_some() {
        let signed = change
            .confidentiality_signed_on
            .or(current.confidentiality_signed_on);
        errors.extend(statement_dates_errors(
            signed,
            change.confidentiality_valid_until,
        ));
    } else {
        errors.extend(statement_dates_errors(
            change.confidentiality_signed_on,
            None,
        ));
    }
    if change.chair == Some(false) && current.is_chair {
        errors.push(UserError::new(
            &["input", "chair"],
            "CHAIR_REQUIRED",
            "the team must have a chair: hand the chair to another member instead",
        ));
    }
    if change.chair == Some(true) && !current.is_chair && chair(tx).await?.is_some() {
        errors.push(chair_taken());
    }
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let mut columns = Vec::new();
    if let Some(kind) = change.institution {
        columns.push((member::Column::Institution, Expr::value(kind)));
    }
    if let Some(name) = change.institution_name {
        columns.push((
            member::Column::InstitutionName,
            Expr::value(name.into_string()),
        ));
    }
    if let Some(chair) = change.chair {
        columns.push((member::Column::IsChair, Expr::value(chair)));
    }
    if let Some(signed) = change.confidentiality_signed_on {
        // A statement signed anew replaces the one before, withdrawn or expired.
        columns.push((member::Column::ConfidentialitySignedOn, Expr::value(signed)));
        columns.push((
            member::Column::ConfidentialityWithdrawnOn,
            Expr::value(Option::<chrono::NaiveDate>::None),
        ));
        columns.push((
            member::Column::ConfidentialityValidUntil,
            Expr::value(change.confidentiality_valid_until),
        ));
    } else if let Some(until) = change.confidentiality_valid_until {
        columns.push((
            member::Column::ConfidentialityValidUntil,
            Expr::value(until),
        ));
    }
    Ok(write_member(tx, &current, columns)
        .await?
        .ok_or_else(|| vec![chair_taken()]))
}

/// Ends a membership from `on`: the person no longer works on cases from that day. The record
/// stays (what they wrote keeps its author; their former cards stay with their groups, which
/// the chair completes). The chair hands the chair over first.
pub async fn end_membership(
    tx: &TenantTx,
    _by: &TenantAdmin<'_>,
    end: MembershipEnd,
) -> Result<Result<Member, Vec<UserError>>> {
    let current = current_member(tx, end.member_id, end.expected_version).await?;
    if current.left_on.is_some() {
        return Ok(Err(ended_error("id")));
    }
    if current.is_chair {
        return Ok(Err(error(
            "id",
            "CHAIR",
            "hand the chair to another member before this membership ends",
        )));
    }
    if end.on > today() {
        return Ok(Err(error(
            "on",
            "IN_FUTURE",
            "a membership ends on the day it is recorded or earlier",
        )));
    }
    if end.on < current.joined_on {
        return Ok(Err(error(
            "on",
            "TOO_EARLY",
            "a membership cannot end before the person joined",
        )));
    }
    Ok(write_member(
        tx,
        &current,
        vec![
            (member::Column::LeftOn, Expr::value(end.on)),
            (
                member::Column::LeftReason,
                Expr::value(end.reason.into_string()),
            ),
        ],
    )
    .await?
    .ok_or_else(|| vec![chair_taken()]))
}

/// Withdraws a member's confidentiality statement from `on`: from that day they no longer
/// work on cases, until a statement is signed anew (`updateTeamMember`).
pub async fn withdraw_statement(
    tx: &TenantTx,
    _by: &TenantAdmin<'_>,
    withdrawal: StatementWithdrawal,
) -> Result<Result<Member, Vec<UserError>>> {
    let current = current_member(tx, withdrawal.member_id, withdrawal.expected_version).await?;
    if current.left_on.is_some() {
        return Ok(Err(ended_error("id")));
    }
    if current.is_chair {
        return Ok(Err(error(
            "id",
            "CHAIR",
            "hand the chair to another member before the chair's statement is withdrawn",
        )));
    }
    let Some(signed) = current.confidentiality_signed_on else {
        return Ok(Err(error(
            "id",
            "NOT_SIGNED",
            "this member has no confidentiality statement to withdraw",
        )));
    };
    if current.confidentiality_withdrawn_on.is_some() {
        return Ok(Err(error(
            "id",
            "ALREADY_WITHDRAWN",
            "this statement has already been withdrawn",
        )));
    }
    if withdrawal.on > today() {
        return Ok(Err(error(
            "on",
            "IN_FUTURE",
            "a statement is withdrawn on the day it is recorded or earlier",
        )));
    }
    if withdrawal.on < signed {
        return Ok(Err(error(
            "on",
            "TOO_EARLY",
            "a statement cannot be withdrawn before it was signed",
        )));
    }
    Ok(write_member(
        tx,
        &current,
        vec![(
            member::Column::ConfidentialityWithdrawnOn,
            Expr::value(withdrawal.on),
        )],
    )
    .await?
    .ok_or_else(|| vec![chair_taken()]))
}

/// Hands the chair to another member in one step: the chair before becomes an ordinary member
/// in the same transaction, so the team never has two chairs or none.
pub async fn hand_over_chair(
    tx: &TenantTx,
    by: &TenantAdmin<'_>,
    handover: ChairHandover,
) -> Result<Result<Member, Vec<UserError>>> {
    let Some(next) = find_members(tx, &[handover.member_id]).await?.pop() else {
        return Ok(Err(error(
            "memberId",
            "NOT_FOUND",
            "not a member of this municipality's team",
        )));
    };
    if next.version != handover.expected_version {
        return Err(stale(next.version));
    }
    let day = today();
    let refusal = if next.left_on.is_some() {
        Some(ended_error("memberId"))
    } else if next.is_chair {
        Some(error(
            "memberId",
            "ALREADY_CHAIR",
            "this member already chairs the team",
        ))
    } else if next.user_id == by.user() {
        Some(vec![self_vouching("memberId")])
    } else if !next.works_on(day) {
        Some(error(
            "memberId",
            "CONFIDENTIALITY_NOT_SIGNED",
            "the new chair must have a confidentiality statement that holds",
        ))
    } else if !working(tx, std::slice::from_ref(&next))
        .await?
        .contains(&next.user_id)
    {
        Some(error(
            "memberId",
            "NO_CASE_ROLE",
            "the new chair must work on cases: an enabled account with a case role",
        ))
    } else {
        None
    };
    if let Some(refusal) = refusal {
        return Ok(Err(refusal));
    }
    if let Some(before) = chair(tx).await? {
        let cleared = write_member(
            tx,
            &before,
            vec![(member::Column::IsChair, Expr::value(false))],
        )
        .await?;
        if cleared.is_none() {
            return Err(Error::internal(
                "clearing the chair broke the one-chair rule",
            ));
        }
    }
    match write_member(
        tx,
        &next,
        vec![(member::Column::IsChair, Expr::value(true))],
    )
    .await?
    {
        Some(chair) => Ok(Ok(chair)),
        // Another chair appeared since the check: fail the whole change, so the chair cleared
        // above is rolled back with it (a team never stays without one).
        None => Err(Error::Conflict(
            "the team's chair changed meanwhile; reload and try again".to_owned(),
        )),
    }
}
