//! Sessions of an edition and who attended them: recorded by the people running the edition,
//! read by them alone; what each participant attended decides completion.

use std::collections::BTreeMap;

use chrono::Utc;
use kernel::{Result, TenantTx, UserError};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use uuid::Uuid;

use crate::access::{editions_run, runs_edition, ProgrammeAccess};
use crate::domain::{EnrolmentStatus, NewSession, Presence, SessionKind};
use crate::store::{attendance, enrolment, session};
use crate::usecases::{get_edition, today, Outcome};
use crate::{ids, Attended, Session};

/// Records a session held within the edition's dates (not in the future), with the attendance
/// of participants of this edition: exactly one for an individual session. The people running
/// the edition.
pub async fn record_session(
    tx: &TenantTx,
    reader: ProgrammeAccess,
    new: NewSession,
) -> Outcome<Session> {
    let edition = get_edition(tx, new.edition_id).await?;
    if !runs_edition(tx, reader, edition.id).await? {
        return Err(kernel::Error::Forbidden(
            "only the people running the edition record its sessions".to_owned(),
        ));
    }
    // A register sent again is answered by what its first sending recorded, whatever has
    // changed since (a participant who dropped out meanwhile).
    if let Some(key) = new.recording_key {
        let sent = {
            let conn = tx.conn().await?;
            tx.select::<session::Entity>()
                .filter(session::Column::EditionId.eq(edition.id))
                .filter(session::Column::RecordingKey.eq(key))
                .one(&*conn)
                .await?
        };
        if sent.is_some() {
            return sent_before(tx, edition.id, &new).await;
        }
    }
    let mut errors = Vec::new();
    if new.held_on < edition.starts_on || new.held_on > edition.ends_on {
        errors.push(UserError::new(
            &["input", "heldOn"],
            "OUTSIDE_EDITION",
            format!(
                "the edition runs from {} to {}",
                edition.starts_on, edition.ends_on
            ),
        ));
    } else if new.held_on > today() {
        errors.push(UserError::new(
            &["input", "heldOn"],
            "IN_FUTURE",
            "a session is recorded once it was held",
        ));
    }
    if new.kind == SessionKind::Individual && new.attendance.len() != 1 {
        errors.push(UserError::new(
            &["input", "attendance"],
            "INDIVIDUAL_NEEDS_ONE",
            "an individual session has exactly one participant",
        ));
    }
    if new.attendance.is_empty() {
        errors.push(UserError::new(
            &["input", "attendance"],
            "REQUIRED",
            "say who attended, or who did not",
        ));
    }
    let enrolled: Vec<Uuid> = {
        let conn = tx.conn().await?;
        tx.select::<enrolment::Entity>()
            .filter(enrolment::Column::EditionId.eq(edition.id))
            .filter(enrolment::Column::Status.eq(EnrolmentStatus::Enrolled))
            .filter(enrolment::Column::Id.is_in(new.attendance.iter().map(|(e, _)| *e)))
            .all(&*conn)
            .await?
            .into_iter()
            .map(|m| m.id)
            .collect()
    };
    for (i, (person, _)) in new.attendance.iter().enumerate() {
        let index = i.to_string();
        if !enrolled.contains(person) {
            // Asked for and not given: in the trail, as any refused ID.
            tx.deny(ids::enrolment_gid(*person));
            errors.push(UserError::new(
                &["input", "attendance", &index, "enrolmentId"],
                "NOT_ENROLLED",
                "this person is not a participant of the edition",
            ));
        } else if new.attendance[..i].iter().any(|(p, _)| p == person) {
            errors.push(UserError::new(
                &["input", "attendance", &index, "enrolmentId"],
                "DUPLICATE",
                "this participant is already listed",
            ));
        }
    }
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let id = Uuid::now_v7();
    let conn = tx.conn().await?;
    let row = session::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(id),
        edition_id: Set(edition.id),
        held_on: Set(new.held_on),
        minutes: Set(new.minutes),
        kind: Set(new.kind),
        recorded_by: Set(reader.user()),
        created_at: Set(Utc::now()),
        recording_key: Set(new.recording_key),
    };
    if kernel::unique::insert(&conn, row).await?.is_none() {
        // The key was used: the first sending's session, when this is the same register.
        drop(conn);
        return sent_before(tx, edition.id, &new).await;
    }
    attendance::Entity::insert_many(new.attendance.iter().map(|(person, presence)| {
        attendance::ActiveModel {
            tenant_id: Set(tx.tenant()),
            session_id: Set(id),
            enrolment_id: Set(*person),
            presence: Set(*presence),
        }
    }))
    .exec(&*conn)
    .await?;
    tx.touch(ids::session_gid(id));
    for (person, _) in &new.attendance {
        tx.touch(ids::enrolment_gid(*person));
    }
    Ok(Ok(Session {
        id,
        edition_id: edition.id,
        held_on: new.held_on,
        minutes: new.minutes,
        kind: new.kind,
        attendance: new.attendance,
    }))
}

/// The session recorded before under `new`'s key, answered again when `new` is the same
/// register (day, length, kind and attendance); `ALREADY_SENT` when it is not.
async fn sent_before(tx: &TenantTx, edition: Uuid, new: &NewSession) -> Outcome<Session> {
    let conn = tx.conn().await?;
    let found = tx
        .select::<session::Entity>()
        .filter(session::Column::EditionId.eq(edition))
        .filter(session::Column::RecordingKey.eq(new.recording_key))
        .one(&*conn)
        .await?
        .ok_or_else(|| kernel::Error::internal("a recording key without its session"))?;
    let mut attendance: Vec<(Uuid, Presence)> = tx
        .select::<attendance::Entity>()
        .filter(attendance::Column::SessionId.eq(found.id))
        .all(&*conn)
        .await?
        .into_iter()
        .map(|a| (a.enrolment_id, a.presence))
        .collect();
    attendance.sort();
    let mut asked = new.attendance.clone();
    asked.sort();
    if found.held_on != new.held_on
        || found.minutes != new.minutes
        || found.kind != new.kind
        || attendance != asked
    {
        return Ok(Err(vec![UserError::new(
            &["input", "recordingKey"],
            "ALREADY_SENT",
            "this register was sent before with other content and recorded a session",
        )]));
    }
    tx.touch(ids::session_gid(found.id));
    Ok(Ok(Session {
        id: found.id,
        edition_id: found.edition_id,
        held_on: found.held_on,
        minutes: found.minutes,
        kind: found.kind,
        attendance,
    }))
}

/// The sessions of the editions among `editions` the reader runs, the latest first, each with
/// its attendance (two statements whatever their number).
pub async fn sessions_of(
    tx: &TenantTx,
    reader: ProgrammeAccess,
    editions: &[Uuid],
) -> Result<Vec<Session>> {
    let run = editions_run(tx, reader, editions).await?;
    let conn = tx.conn().await?;
    let rows = tx
        .select::<session::Entity>()
        .filter(session::Column::EditionId.is_in(run))
        .order_by_desc(session::Column::HeldOn)
        .order_by_desc(session::Column::Id)
        .all(&*conn)
        .await?;
    let mut present: BTreeMap<Uuid, Vec<(Uuid, Presence)>> = BTreeMap::new();
    for a in tx
        .select::<attendance::Entity>()
        .filter(attendance::Column::SessionId.is_in(rows.iter().map(|s| s.id)))
        .order_by_asc(attendance::Column::EnrolmentId)
        .all(&*conn)
        .await?
    {
        present
            .entry(a.session_id)
            .or_default()
            .push((a.enrolment_id, a.presence));
    }
    Ok(rows
        .into_iter()
        .map(|s| {
            tx.touch(ids::session_gid(s.id));
            Session {
                attendance: present.remove(&s.id).unwrap_or_default(),
                id: s.id,
                edition_id: s.edition_id,
                held_on: s.held_on,
                minutes: s.minutes,
                kind: s.kind,
            }
        })
        .collect())
}

/// What each of `enrolments` attended (present): sessions and minutes, in two statements.
pub(crate) async fn attended(
    tx: &TenantTx,
    enrolments: &[Uuid],
) -> Result<BTreeMap<Uuid, Attended>> {
    let conn = tx.conn().await?;
    let marks = tx
        .select::<attendance::Entity>()
        .filter(attendance::Column::EnrolmentId.is_in(enrolments.iter().copied()))
        .filter(attendance::Column::Presence.eq(Presence::Present))
        .all(&*conn)
        .await?;
    let minutes: BTreeMap<Uuid, i32> = tx
        .select::<session::Entity>()
        .filter(session::Column::Id.is_in(marks.iter().map(|m| m.session_id)))
        .all(&*conn)
        .await?
        .into_iter()
        .map(|s| (s.id, s.minutes))
        .collect();
    let mut out: BTreeMap<Uuid, Attended> = BTreeMap::new();
    for m in marks {
        let a = out.entry(m.enrolment_id).or_default();
        a.sessions += 1;
        a.minutes += i64::from(minutes.get(&m.session_id).copied().unwrap_or(0));
    }
    Ok(out)
}
