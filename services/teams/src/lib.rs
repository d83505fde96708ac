//! Teams: the municipality's interdisciplinary team (zespół interdyscyplinarny), its members and
//! their confidentiality statements, and its meetings with attendance.
//!
//! Other services ask [`membership`] and [`chair`] who may work on cases; they never read these
//! tables.

pub mod domain;
pub mod graphql;
pub mod plugin;
mod store;

use std::collections::{BTreeMap, HashMap};

use chrono::{NaiveDate, Utc};
use kernel::crypto::{DataKey, MasterKey};
use kernel::principal::{StaffPrincipal, TenantAdmin};
use kernel::{Error, Result, Role, TenantTx, UserError};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

pub use domain::{
    Attendance, AttendanceCount, InstitutionKind, Meeting, Member, MemberChange, NewMeeting,
    NewMember, NewTeam, Team,
};
use store::{attendance, meeting, member, team};

fn team_from(m: team::Model) -> Team {
    Team {
        id: m.id,
        name: m.name,
        act_number: m.act_number,
        act_issued_on: m.act_issued_on,
        created_at: m.created_at,
        version: m.version,
    }
}

fn member_from(m: member::Model) -> Result<Member> {
    Ok(Member {
        id: m.id,
        team_id: m.team_id,
        user_id: m.user_id,
        institution: m.institution,
        institution_name: m.institution_name,
        is_chair: m.is_chair,
        confidentiality_signed_on: m.confidentiality_signed_on,
        joined_on: m.joined_on,
        version: m.version,
    })
}

fn today() -> NaiveDate {
    kernel::calendar::today()
}

/// The municipality's interdisciplinary team, if it has been set up.
pub async fn team(tx: &TenantTx) -> Result<Option<Team>> {
    let conn = tx.conn().await?;
    Ok(tx
        .select::<team::Entity>()
        .one(&*conn)
        .await?
        .map(team_from))
}

pub async fn find_teams(tx: &TenantTx, ids: &[Uuid]) -> Result<Vec<Team>> {
    let conn = tx.conn().await?;
    Ok(tx
        .select::<team::Entity>()
        .filter(team::Column::Id.is_in(ids.iter().copied()))
        .all(&*conn)
        .await?
        .into_iter()
        .map(team_from)
        .collect())
}

const TEAM_TAKEN: &str = "this municipality already has an interdisciplinary team";

/// Sets up the municipality's team. There is one per municipality (art. 9a UPPD).
pub async fn create_team(
    tx: &TenantTx,
    _by: &TenantAdmin<'_>,
    new: NewTeam,
) -> Result<Result<Team, Vec<UserError>>> {
    if new.act_issued_on > today() {
        return Ok(Err(vec![UserError::new(
            &["input", "actIssuedOn"],
            "IN_FUTURE",
            "the appointing act cannot be dated in the future",
        )]));
    }
    if team(tx).await?.is_some() {
        return Ok(Err(vec![UserError::new(&["input"], "TAKEN", TEAM_TAKEN)]));
    }
    let now = Utc::now();
    let row = team::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(Uuid::now_v7()),
        name: Set(new.name.into_string()),
        act_number: Set(new.act_number.into_string()),
        act_issued_on: Set(new.act_issued_on),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
    };
    // Another administrator may have set it up since the check: the database decides.
    let created = {
        let conn = tx.conn().await?;
        kernel::unique::insert_or_taken(&conn, row, &["input"], TEAM_TAKEN).await?
    };
    Ok(created
        .map(|created| {
            tx.touch(graphql::team_gid(created.id));
            team_from(created)
        })
        .map_err(|taken| vec![taken]))
}

/// Members of a team, the chair first, then in the order they joined.
pub async fn members(tx: &TenantTx, team_id: Uuid) -> Result<Vec<Member>> {
    let conn = tx.conn().await?;
    tx.select::<member::Entity>()
        .filter(member::Column::TeamId.eq(team_id))
        .order_by_desc(member::Column::IsChair)
        .order_by_asc(member::Column::Id)
        .all(&*conn)
        .await?
        .into_iter()
        .map(member_from)
        .collect()
}

pub async fn find_members(tx: &TenantTx, ids: &[Uuid]) -> Result<Vec<Member>> {
    let conn = tx.conn().await?;
    tx.select::<member::Entity>()
        .filter(member::Column::Id.is_in(ids.iter().copied()))
        .all(&*conn)
        .await?
        .into_iter()
        .map(member_from)
        .collect()
}

/// The user's membership in the municipality's team, if any.
pub async fn membership(tx: &TenantTx, user_id: Uuid) -> Result<Option<Member>> {
    let conn = tx.conn().await?;
    tx.select::<member::Entity>()
        .filter(member::Column::UserId.eq(user_id))
        .one(&*conn)
        .await?
        .map(member_from)
        .transpose()
}

/// The team's chair, if one has been chosen.
pub async fn chair(tx: &TenantTx) -> Result<Option<Member>> {
    let conn = tx.conn().await?;
    tx.select::<member::Entity>()
        .filter(member::Column::IsChair.eq(true))
        .one(&*conn)
        .await?
        .map(member_from)
        .transpose()
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
    if let Some(signed) = new.confidentiality_signed_on {
        if signed > today() {
            errors.push(UserError::new(
                &["input", "confidentialitySignedOn"],
                "IN_FUTURE",
                "the confidentiality statement cannot be dated in the future",
            ));
        }
    }
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    if let Some(taken) = member_taken(tx, new.user_id, new.chair).await? {
        return Ok(Err(vec![taken]));
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
        joined_on: Set(new.joined_on),
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
        let taken = member_taken(tx, user_id, as_chair).await?;
        return Ok(Err(vec![taken.unwrap_or_else(chair_taken)]));
    };
    tx.touch(graphql::member_gid(created.id));
    Ok(Ok(member_from(created)?))
}

/// Why the user cannot join the team: the user is a member already, or the team has its chair.
async fn member_taken(tx: &TenantTx, user_id: Uuid, as_chair: bool) -> Result<Option<UserError>> {
    if membership(tx, user_id).await?.is_some() {
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

fn chair_taken() -> UserError {
    UserError::new(
        &["input", "chair"],
        "TAKEN",
        "the team already has a chair; make them an ordinary member first",
    )
}

fn stale(current: i32) -> Error {
    Error::Conflict(format!(
        "this was changed by someone else (now at version {current}); reload and try again"
    ))
}

/// Changes a member if it is still at `expected_version` (CONFLICT otherwise).
pub async fn update_member(
    tx: &TenantTx,
    by: &TenantAdmin<'_>,
    change: MemberChange,
) -> Result<Result<Member, Vec<UserError>>> {
    let current = find_members(tx, &[change.member_id])
        .await?
        .pop()
        .ok_or(Error::NotFound)?;
    if current.version != change.expected_version {
        return Err(stale(current.version));
    }
    if current.user_id == by.user() {
        let mut errors = Vec::new();
        if change.chair == Some(true) {
            errors.push(self_vouching("chair"));
        }
        if change.confidentiality_signed_on.is_some() {
            errors.push(self_vouching("confidentialitySignedOn"));
        }
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
    }
    if let Some(signed) = change.confidentiality_signed_on {
        if signed > today() {
            return Ok(Err(vec![UserError::new(
                &["input", "confidentialitySignedOn"],
                "IN_FUTURE",
                "the confidentiality statement cannot be dated in the future",
            )]));
        }
    }
    if change.chair == Some(true) && !current.is_chair {
        if let Some(chair) = chair(tx).await? {
            if chair.id != current.id {
                return Ok(Err(vec![chair_taken()]));
            }
        }
    }
    let mut update = tx
        .update_many::<member::Entity>()
        .col_expr(member::Column::Version, Expr::value(current.version + 1))
        .col_expr(member::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(member::Column::Id.eq(current.id))
        .filter(member::Column::Version.eq(change.expected_version));
    if let Some(kind) = change.institution {
        update = update.col_expr(member::Column::Institution, Expr::value(kind));
    }
    if let Some(name) = change.institution_name {
        update = update.col_expr(
            member::Column::InstitutionName,
            Expr::value(name.into_string()),
        );
    }
    if let Some(chair) = change.chair {
        update = update.col_expr(member::Column::IsChair, Expr::value(chair));
    }
    if let Some(signed) = change.confidentiality_signed_on {
        update = update.col_expr(member::Column::ConfidentialitySignedOn, Expr::value(signed));
    }
    let updated = {
        let conn = tx.conn().await?;
        kernel::unique::update(&conn, update).await?
    };
    // Another member was made chair since the check: the one-chair index refused this one.
    let Some(updated) = updated else {
        return Ok(Err(vec![chair_taken()]));
    };
    if updated.rows_affected == 0 {
        let now = find_members(tx, &[current.id]).await?.pop();
        return Err(stale(now.map_or(current.version, |m| m.version)));
    }
    tx.touch(graphql::member_gid(current.id));
    find_members(tx, &[current.id])
        .await?
        .pop()
        .map(Ok)
        .ok_or(Error::NotFound)
}

fn sealed_minutes_place(meeting: Uuid) -> String {
    format!("teams_meetings.minutes:{meeting}")
}

/// Records a team meeting with its attendance. The chair or a tenant administrator does it.
pub async fn record_meeting(
    tx: &TenantTx,
    by: &StaffPrincipal,
    master: &MasterKey,
    new: NewMeeting,
) -> Result<Result<Meeting, Vec<UserError>>> {
    let is_chair = chair(tx).await?.is_some_and(|c| c.user_id == by.user);
    if !is_chair && !by.roles.contains(&Role::TenantAdmin) {
        return Err(Error::Forbidden(
            "only the team's chair or a tenant administrator records meetings".to_owned(),
        ));
    }
    if find_teams(tx, &[new.team_id]).await?.is_empty() {
        return Ok(Err(vec![UserError::new(
            &["input", "teamId"],
            "NOT_FOUND",
            "no such team",
        )]));
    }
    let mut errors = Vec::new();
    if new.held_on > today() {
        errors.push(UserError::new(
            &["input", "heldOn"],
            "IN_FUTURE",
            "a meeting cannot be recorded before it is held",
        ));
    }
    let team_members: HashMap<Uuid, Member> = members(tx, new.team_id)
        .await?
        .into_iter()
        .map(|m| (m.id, m))
        .collect();
    let mut seen = std::collections::HashSet::new();
    for (i, a) in new.attendance.iter().enumerate() {
        let index = i.to_string();
        if !team_members.contains_key(&a.member_id) {
            errors.push(UserError::new(
                &["input", "attendance", &index, "memberId"],
                "NOT_FOUND",
                "not a member of this team",
            ));
        } else if !seen.insert(a.member_id) {
            errors.push(UserError::new(
                &["input", "attendance", &index, "memberId"],
                "DUPLICATE",
                "this member is listed twice",
            ));
        }
    }
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let id = Uuid::now_v7();
    let minutes_sealed = match &new.minutes {
        Some(m) => {
            let key = tenancy::data_key(tx, master).await?;
            Some(key.seal(m.as_str().as_bytes(), &sealed_minutes_place(id))?)
        }
        None => None,
    };
    let row = meeting::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(id),
        team_id: Set(new.team_id),
        held_on: Set(new.held_on),
        agenda: Set(new.agenda.as_str().to_owned()),
        minutes_sealed: Set(minutes_sealed),
        recorded_by: Set(by.user),
        created_at: Set(Utc::now()),
    };
    {
        let conn = tx.conn().await?;
        row.insert(&*conn).await?;
        if !new.attendance.is_empty() {
            attendance::Entity::insert_many(new.attendance.iter().map(|a| {
                attendance::ActiveModel {
                    tenant_id: Set(tx.tenant()),
                    meeting_id: Set(id),
                    member_id: Set(a.member_id),
                    present: Set(a.present),
                }
            }))
            .exec(&*conn)
            .await?;
        }
    }
    tx.touch(graphql::meeting_gid(id));
    Ok(Ok(Meeting {
        id,
        team_id: new.team_id,
        held_on: new.held_on,
        agenda: new.agenda.into_string(),
        minutes: new.minutes.map(|m| m.into_string()),
        recorded_by: by.user,
        attendance: new.attendance,
    }))
}

/// Meetings of a team, newest first, after the cursor `before` (a meeting id). Minutes are
/// opened only when `key` is given (for members allowed to read them).
pub async fn meetings(
    tx: &TenantTx,
    team_id: Uuid,
    key: Option<&DataKey>,
    ids: Option<&[Uuid]>,
    before: Option<Uuid>,
    limit: u64,
) -> Result<Vec<Meeting>> {
    let rows = {
        let conn = tx.conn().await?;
        let mut query = tx
            .select::<meeting::Entity>()
            .filter(meeting::Column::TeamId.eq(team_id))
            .order_by_desc(meeting::Column::Id)
            .limit(limit);
        if let Some(ids) = ids {
            query = query.filter(meeting::Column::Id.is_in(ids.iter().copied()));
        }
        if let Some(before) = before {
            query = query.filter(meeting::Column::Id.lt(before));
        }
        query.all(&*conn).await?
    };
    let ids: Vec<Uuid> = rows.iter().map(|m| m.id).collect();
    let mut by_meeting: HashMap<Uuid, Vec<Attendance>> = HashMap::new();
    if !ids.is_empty() {
        let conn = tx.conn().await?;
        for a in tx
            .select::<attendance::Entity>()
            .filter(attendance::Column::MeetingId.is_in(ids))
            .all(&*conn)
            .await?
        {
            by_meeting
                .entry(a.meeting_id)
                .or_default()
                .push(Attendance {
                    member_id: a.member_id,
                    present: a.present,
                });
        }
    }
    rows.into_iter()
        .map(|m| {
            let minutes = match (key, &m.minutes_sealed) {
                (Some(key), Some(sealed)) => Some(
                    String::from_utf8(key.open(sealed, &sealed_minutes_place(m.id))?)
                        .map_err(|_| Error::corrupt("minutes"))?,
                ),
                _ => None,
            };
            tx.touch(graphql::meeting_gid(m.id));
            Ok(Meeting {
                attendance: by_meeting.remove(&m.id).unwrap_or_default(),
                id: m.id,
                team_id: m.team_id,
                held_on: m.held_on,
                agenda: m.agenda,
                minutes,
                recorded_by: m.recorded_by,
            })
        })
        .collect()
}

/// The date of the team's last meeting.
pub async fn last_meeting_on(tx: &TenantTx, team_id: Uuid) -> Result<Option<NaiveDate>> {
    let conn = tx.conn().await?;
    Ok(tx
        .select::<meeting::Entity>()
        .filter(meeting::Column::TeamId.eq(team_id))
        .order_by_desc(meeting::Column::HeldOn)
        .one(&*conn)
        .await?
        .map(|m| m.held_on))
}

/// Whether the team is overdue for a meeting on `today`: it has not met (or, never having met,
/// was not appointed) within the last three months.
pub fn meeting_overdue(team: &Team, last: Option<NaiveDate>, today: NaiveDate) -> bool {
    let since = last.unwrap_or(team.act_issued_on);
    since
        .checked_add_months(chrono::Months::new(domain::MEETING_INTERVAL_MONTHS))
        .is_some_and(|limit| limit < today)
}

/// Attendance between `from` and `to` (inclusive), by member and by kind of institution.
pub async fn attendance_report(
    tx: &TenantTx,
    team_id: Uuid,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<(
    Vec<(Member, AttendanceCount)>,
    Vec<(InstitutionKind, AttendanceCount)>,
)> {
    let team_members = members(tx, team_id).await?;
    let held: Vec<Uuid> = {
        let conn = tx.conn().await?;
        tx.select::<meeting::Entity>()
            .filter(meeting::Column::TeamId.eq(team_id))
            .filter(meeting::Column::HeldOn.gte(from))
            .filter(meeting::Column::HeldOn.lte(to))
            .all(&*conn)
            .await?
            .into_iter()
            .map(|m| m.id)
            .collect()
    };
    let mut present: HashMap<Uuid, u32> = HashMap::new();
    if !held.is_empty() {
        let conn = tx.conn().await?;
        for a in tx
            .select::<attendance::Entity>()
            .filter(attendance::Column::MeetingId.is_in(held.iter().copied()))
            .all(&*conn)
            .await?
        {
            if a.present {
                *present.entry(a.member_id).or_default() += 1;
            }
        }
    }
    let meetings = u32::try_from(held.len()).unwrap_or(u32::MAX);
    let mut by_institution: BTreeMap<InstitutionKind, AttendanceCount> = BTreeMap::new();
    let by_member = team_members
        .into_iter()
        .map(|m| {
            // A meeting without the member on its attendance list counts as an absence.
            let count = AttendanceCount {
                meetings,
                present: present.get(&m.id).copied().unwrap_or(0),
            };
            let kind = by_institution
                .entry(m.institution)
                .or_insert(AttendanceCount {
                    meetings: 0,
                    present: 0,
                });
            kind.meetings += count.meetings;
            kind.present += count.present;
            (m, count)
        })
        .collect();
    Ok((by_member, by_institution.into_iter().collect()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn team_appointed(on: NaiveDate) -> Team {
        Team {
            id: Uuid::nil(),
            name: "ZI".into(),
            act_number: "1/2026".into(),
            act_issued_on: on,
            created_at: Utc::now(),
            version: 1,
        }
    }

    #[test]
    fn warns_after_three_months_without_a_meeting() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let team = team_appointed(d(2026, 1, 10));
        assert!(!meeting_overdue(&team, None, d(2026, 4, 10)));
        assert!(meeting_overdue(&team, None, d(2026, 4, 11)));
        assert!(!meeting_overdue(
            &team,
            Some(d(2026, 8, 31)),
            d(2026, 11, 30)
        ));
        assert!(meeting_overdue(&team, Some(d(2026, 8, 31)), d(2026, 12, 1)));
    }
}
