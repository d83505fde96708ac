//! Teams: the municipality's interdisciplinary team (zespół interdyscyplinarny), its members and
//! their confidentiality statements, and its meetings with attendance.
//!
//! Other services ask [`membership`] and [`chair`] who may work on cases; they never read these
//! tables.

pub mod domain;
pub mod graphql;
mod membership;
pub mod plugin;
mod stats;
mod store;

pub use membership::{
    add_member, case_standing, end_membership, hand_over_chair, update_member, withdraw_statement,
    working, CaseStanding, MembershipEnds, TeamHooks,
};

use std::collections::{BTreeMap, HashMap};

use chrono::{NaiveDate, Utc};
use kernel::crypto::{DataKey, MasterKey};
use kernel::principal::{StaffPrincipal, TenantAdmin};
use kernel::{Error, Result, Role, TenantTx, UserError};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

pub use domain::{
    missing_institutions, Attendance, AttendanceCount, ChairHandover, InstitutionKind, Meeting,
    Member, MemberChange, MembershipEnd, NewMeeting, NewMember, NewTeam, StatementWithdrawal, Team,
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
        confidentiality_withdrawn_on: m.confidentiality_withdrawn_on,
        confidentiality_valid_until: m.confidentiality_valid_until,
        joined_on: m.joined_on,
        left_on: m.left_on,
        left_reason: m.left_reason,
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

/// Members of a team now (their membership has not ended), the chair first, then in the order
/// they joined.
pub async fn members(tx: &TenantTx, team_id: Uuid) -> Result<Vec<Member>> {
    members_where(tx, team_id, member::Column::LeftOn.is_null()).await
}

/// Former members of a team (their membership ended), in the order they joined.
pub async fn former_members(tx: &TenantTx, team_id: Uuid) -> Result<Vec<Member>> {
    members_where(tx, team_id, member::Column::LeftOn.is_not_null()).await
}

async fn members_where(
    tx: &TenantTx,
    team_id: Uuid,
    condition: sea_orm::sea_query::SimpleExpr,
) -> Result<Vec<Member>> {
    let conn = tx.conn().await?;
    tx.select::<member::Entity>()
        .filter(member::Column::TeamId.eq(team_id))
        .filter(condition)
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

fn sealed_minutes_place(meeting: Uuid) -> String {
    format!("teams_meetings.minutes:{meeting}")
}

fn sealed_agenda_place(meeting: Uuid) -> String {
    format!("teams_meetings.agenda:{meeting}")
}

fn open_text(key: &DataKey, sealed: &str, place: &str, what: &str) -> Result<String> {
    String::from_utf8(key.open(sealed, place)?).map_err(|_| Error::corrupt(what))
}

/// Records a team meeting with its attendance. The chair or a tenant administrator does it.
pub async fn record_meeting(
    tx: &TenantTx,
    by: &StaffPrincipal,
    master: &MasterKey,
    new: NewMeeting,
) -> Result<Result<Meeting, Vec<UserError>>> {
    let is_chair = matches!(
        case_standing(tx, by).await?,
        CaseStanding::Works(m) if m.is_chair
    );
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
    // The agenda names cases ("the case of …") as often as the minutes do: both are sealed.
    let key = tenancy::data_key(tx, master).await?;
    let agenda_sealed = key.seal(new.agenda.as_str().as_bytes(), &sealed_agenda_place(id))?;
    let minutes_sealed = match &new.minutes {
        Some(m) => Some(key.seal(m.as_str().as_bytes(), &sealed_minutes_place(id))?),
        None => None,
    };
    let row = meeting::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(id),
        team_id: Set(new.team_id),
        held_on: Set(new.held_on),
        agenda: Set(String::new()),
        agenda_sealed: Set(Some(agenda_sealed)),
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
        agenda: Some(new.agenda.into_string()),
        minutes: new.minutes.map(|m| m.into_string()),
        recorded_by: by.user,
        attendance: new.attendance,
    }))
}

/// Seals every agenda still in the clear (written before agendas were sealed) and blanks the
/// clear column; returns how many it sealed.
pub async fn seal_agendas(tx: &TenantTx, master: &MasterKey) -> Result<u64> {
    let clear = {
        let conn = tx.conn().await?;
        tx.select::<meeting::Entity>()
            .filter(meeting::Column::AgendaSealed.is_null())
            .all(&*conn)
            .await?
    };
    if clear.is_empty() {
        return Ok(0);
    }
    let key = tenancy::data_key(tx, master).await?;
    for m in &clear {
        let sealed = key.seal(m.agenda.as_bytes(), &sealed_agenda_place(m.id))?;
        let conn = tx.conn().await?;
        tx.update_many::<meeting::Entity>()
            .col_expr(
                meeting::Column::AgendaSealed,
                sea_orm::sea_query::Expr::value(sealed),
            )
            .col_expr(
                meeting::Column::Agenda,
                sea_orm::sea_query::Expr::value(String::new()),
            )
            .filter(meeting::Column::Id.eq(m.id))
            .exec(&*conn)
            .await?;
    }
    Ok(clear.len() as u64)
}

/// Meetings of a team, newest first, after the cursor `before` (a meeting id). The agenda and
/// the minutes are opened only when `key` is given (for members allowed to read them).
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
            let (agenda, minutes) = match key {
                Some(key) => (
                    Some(match &m.agenda_sealed {
                        Some(sealed) => {
                            open_text(key, sealed, &sealed_agenda_place(m.id), "agenda")?
                        }
                        // Written before agendas were sealed; the worker's `seal_agendas`
                        // seals it on its next run.
                        None => m.agenda.clone(),
                    }),
                    match &m.minutes_sealed {
                        Some(sealed) => Some(open_text(
                            key,
                            sealed,
                            &sealed_minutes_place(m.id),
                            "minutes",
                        )?),
                        None => None,
                    },
                ),
                None => (None, None),
            };
            tx.touch(graphql::meeting_gid(m.id));
            Ok(Meeting {
                attendance: by_meeting.remove(&m.id).unwrap_or_default(),
                id: m.id,
                team_id: m.team_id,
                held_on: m.held_on,
                agenda,
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
