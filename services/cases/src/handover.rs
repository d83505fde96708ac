//! The move of a procedure the receiving chair accepted (`transfers`): in one database
//! transaction, as the sending municipality, the card and what hangs on it (the filings
//! attached to it, persons and their corrections, forms, plans, notes of work, meetings,
//! members from outside the team, deadlines, history) are read and opened with its key and the
//! card becomes the closed record of the hand-over; then, as the receiving municipality
//! (`TenantTx::continue_as`), the same records are written sealed with the receiving key, the
//! people indexed with its keyed indexes, and the card numbered there and put before its chair.
//! Records take IDs of their own there (`rekey`), and what one sealed value says of another is
//! rewritten with them, so a family that moves back is received beside the record its first
//! municipality kept. What is the sending team's own stays: its group and the access it gave,
//! its staff's notifications and the match proposals. This is the one path by which case data
//! moves between municipalities.

use chrono::{Datelike, Utc};
use kernel::crypto::{DataKey, MasterKey};
use kernel::db::{AuditContext, Db};
use kernel::{Error, Result, TenantTx};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set};
use uuid::Uuid;

use crate::domain::{DeadlineRuleKind, PersonalData, TransferState};
use crate::place;
use crate::procedure::{Status, Step};
use crate::rekey::{received_id, Rekey};
use crate::store::{
    access, card, deadline, form, group_member, meeting, outside_member, person, person_revision,
    plan_item, step, transfer, work,
};
use crate::today;

/// Everything of one card that moves, with each sealed value opened.
struct Carried {
    card: card::Model,
    details: Vec<u8>,
    persons: Vec<(person::Model, Vec<u8>)>,
    revisions: Vec<(person_revision::Model, Vec<u8>)>,
    forms: Vec<(form::Model, Vec<u8>)>,
    plan_items: Vec<(plan_item::Model, Vec<u8>)>,
    work: Vec<(work::Model, Option<Vec<u8>>)>,
    meetings: Vec<(meeting::Model, Vec<u8>)>,
    outside: Vec<(outside_member::Model, Vec<u8>)>,
    deadlines: Vec<deadline::Model>,
    steps: Vec<step::Model>,
}

impl Carried {
    /// The IDs of the records it carries, each of which takes a new one where it arrives.
    fn ids(&self) -> Vec<Uuid> {
        let mut ids = vec![self.card.id];
        ids.extend(self.persons.iter().map(|(m, _)| m.id));
        ids.extend(self.revisions.iter().map(|(m, _)| m.id));
        ids.extend(self.forms.iter().map(|(m, _)| m.id));
        ids.extend(self.plan_items.iter().map(|(m, _)| m.id));
        ids.extend(self.work.iter().map(|(m, _)| m.id));
        ids.extend(self.meetings.iter().map(|(m, _)| m.id));
        ids.extend(self.outside.iter().map(|(m, _)| m.id));
        ids.extend(self.deadlines.iter().map(|m| m.id));
        ids.extend(self.steps.iter().map(|m| m.id));
        ids
    }
}

macro_rules! rows_of {
    ($tx:expr, $conn:expr, $entity:ident, $card:expr) => {
        $tx.select::<$entity::Entity>()
            .filter($entity::Column::CardId.eq($card))
            .all(&*$conn)
            .await?
    };
}

macro_rules! opened {
    ($tx:expr, $conn:expr, $key:expr, $entity:ident, $place:path, $card:expr) => {{
        let mut opened = Vec::new();
        for m in rows_of!($tx, $conn, $entity, $card) {
            let plain = $key.open(&m.sealed, &$place(m.id))?;
            opened.push((m, plain));
        }
        opened
    }};
}

async fn carried(tx: &TenantTx, key: &DataKey, c: card::Model) -> Result<Carried> {
    let conn = tx.conn().await?;
    let id = c.id;
    let mut work_rows = Vec::new();
    for m in rows_of!(tx, conn, work, id) {
        let note = match &m.note_sealed {
            Some(sealed) => Some(key.open(sealed, &place::work(m.id))?),
            None => None,
        };
        work_rows.push((m, note));
    }
    Ok(Carried {
        details: key.open(&c.details_sealed, &place::card(id))?,
        persons: opened!(tx, conn, key, person, place::person, id),
        revisions: opened!(tx, conn, key, person_revision, place::person_revision, id),
        forms: opened!(tx, conn, key, form, place::form, id),
        plan_items: opened!(tx, conn, key, plan_item, place::plan_item, id),
        work: work_rows,
        meetings: opened!(tx, conn, key, meeting, place::meeting, id),
        outside: opened!(tx, conn, key, outside_member, place::outside_member, id),
        deadlines: rows_of!(tx, conn, deadline, id),
        steps: rows_of!(tx, conn, step, id),
        card: c,
    })
}

/// The card and the filings attached to it, however deep (the erasure follows them the same
/// way), the procedure's card first.
async fn cards_of(tx: &TenantTx, procedure: card::Model) -> Result<Vec<card::Model>> {
    let conn = tx.conn().await?;
    let mut cards = vec![procedure];
    let mut parents: Vec<Uuid> = cards.iter().map(|c| c.id).collect();
    while !parents.is_empty() {
        let attached = tx
            .select::<card::Entity>()
            .filter(card::Column::AttachedTo.is_in(parents.iter().copied()))
            .all(&*conn)
            .await?;
        parents = attached
            .iter()
            .map(|c| c.id)
            .filter(|id| !cards.iter().any(|c| c.id == *id))
            .collect();
        cards.extend(attached.into_iter().filter(|c| parents.contains(&c.id)));
    }
    Ok(cards)
}

/// What one attempt at a move came to.
enum Attempt {
    Moved,
    /// Not accepted any more (moved by another process), or the sending procedure ended.
    Nothing,
    /// It cannot be moved: the receiving municipality is not active (or, never expected, holds
    /// a card of an ID the move derives).
    Impossible(&'static str),
}

/// Moves the accepted hand-over `id` of `from` to its receiving municipality. Returns whether
/// it moved: false when it was no longer accepted (moved already, by the worker or another
/// process), or lapsed (the sending procedure ended in the meantime, or the receiving
/// municipality cannot take it). `audit` names the request that accepted it; both
/// municipalities' trails record the card.
pub async fn complete(
    db: &Db,
    master: &MasterKey,
    audit: AuditContext,
    from: Uuid,
    id: Uuid,
) -> Result<bool> {
    match attempt(db, master, audit.clone(), from, id).await? {
        Attempt::Moved => Ok(true),
        Attempt::Nothing => Ok(false),
        Attempt::Impossible(why) => {
            tracing::warn!(transfer = %id, why, "an accepted hand-over lapsed");
            let tx = db.tenant(from, audit).await?;
            if let Some(row) = accepted(&tx, id).await? {
                settle(&tx, &row, TransferState::Lapsed, today(), None).await?;
                tx.touch(crate::ids::transfer_gid(row.id));
            }
            tx.commit().await?;
            Ok(false)
        }
    }
}

async fn accepted(tx: &TenantTx, id: Uuid) -> Result<Option<transfer::Model>> {
    let conn = tx.conn().await?;
    Ok(tx
        .select::<transfer::Entity>()
        .filter(transfer::Column::Id.eq(id))
        .filter(transfer::Column::State.eq(TransferState::Accepted))
        .one(&*conn)
        .await?)
}

async fn attempt(
    db: &Db,
    master: &MasterKey,
    audit: AuditContext,
    from: Uuid,
    id: Uuid,
) -> Result<Attempt> {
    let tx = db.tenant(from, audit.clone()).await?;
    let Some(row) = accepted(&tx, id).await? else {
        tx.finish(false, kernel::Outcome::Ok).await?;
        return Ok(Attempt::Nothing);
    };
    // Each of the three agreed: the move trusts no state that skipped one.
    if row.approved_by.is_none() || row.agreed_by.is_none() || row.decided_by.is_none() {
        return Ok(Attempt::Impossible("a decision is missing"));
    }
    let receives = {
        let platform = db.platform().await?;
        let to = tenancy::find_tenant(&platform, row.to_tenant_id).await?;
        platform.commit().await?;
        to.is_some_and(|t| t.active && t.offboarded_at.is_none())
    };
    if !receives {
        return Ok(Attempt::Impossible(
            "the receiving municipality is not active",
        ));
    }
    let procedure = {
        let conn = tx.conn().await?;
        tx.select::<card::Entity>()
            .filter(card::Column::Id.eq(row.card_id))
            .one(&*conn)
            .await?
            .ok_or_else(|| Error::internal("the card of a hand-over vanished"))?
    };
    // Taken before anything under it is read: a change under way finishes first, one after
    // finds the card moved on (CONFLICT).
    claim(&tx, &procedure).await?;
    let on = today();
    if !procedure.status.may_hand_over() {
        settle(&tx, &row, TransferState::Lapsed, on, None).await?;
        tx.commit().await?;
        return Ok(Attempt::Nothing);
    }
    let arrives_as = received_id(row.to_tenant_id, row.card_id);
    let completed = TransferState::Completed;
    if !settle(&tx, &row, completed, on, Some(arrives_as)).await? {
        tx.finish(false, kernel::Outcome::Ok).await?;
        return Ok(Attempt::Nothing);
    }
    let key = tenancy::data_key(&tx, master).await?;
    let mut cards = Vec::new();
    for c in cards_of(&tx, procedure).await? {
        cards.push(carried(&tx, &key, c).await?);
    }
    let ids: Vec<Uuid> = cards.iter().map(|c| c.card.id).collect();
    close_record(&tx, &row, &ids, on).await?;
    tx.touch(crate::ids::card_gid(row.card_id));
    tx.touch(crate::ids::transfer_gid(row.id));

    let tx = tx.continue_as(row.to_tenant_id, audit).await?;
    let rekey = Rekey::new(row.to_tenant_id, cards.iter().flat_map(Carried::ids));
    let held = {
        let conn = tx.conn().await?;
        tx.select::<card::Entity>()
            .filter(card::Column::Id.is_in(ids.iter().map(|id| rekey.id(*id))))
            .one(&*conn)
            .await?
            .is_some()
    };
    if held {
        // Dropped: nothing of this attempt stays, in either municipality.
        tx.finish(false, kernel::Outcome::Ok).await?;
        return Ok(Attempt::Impossible(
            "the receiving municipality holds a card of a derived ID",
        ));
    }
    let key = tenancy::data_key(&tx, master).await?;
    let team = teams::team(&tx)
        .await?
        .ok_or_else(|| Error::internal("the receiving municipality has no team"))?;
    let first = crate::search::next_numbers(&tx, on.year(), cards.len() as i32).await?;
    let received_by = row
        .decided_by
        .ok_or_else(|| Error::internal("an accepted hand-over names no chair"))?;
    for (i, c) in cards.into_iter().enumerate() {
        let number = crate::search::CardNumber {
            year: first.year,
            seq: first.seq + i as i32,
        };
        write(&tx, &key, &rekey, c, team.id, number, received_by).await?;
    }
    crate::deadlines::add(&tx, arrives_as, DeadlineRuleKind::SetUpGroup, on).await?;
    tx.touch(crate::ids::card_gid(arrives_as));
    tx.touch(crate::ids::transfer_gid(row.id));
    tx.commit().await?;
    Ok(Attempt::Moved)
}

/// Takes the card for the move (its version unchanged: `close_record` moves it on).
async fn claim(tx: &TenantTx, c: &card::Model) -> Result<()> {
    let conn = tx.conn().await?;
    let claimed = tx
        .update_many::<card::Entity>()
        .col_expr(card::Column::Version, Expr::col(card::Column::Version))
        .filter(card::Column::Id.eq(c.id))
        .filter(card::Column::Version.eq(c.version))
        .exec(&*conn)
        .await?
        .rows_affected;
    if claimed == 0 {
        return Err(Error::Conflict(
            "the card changed while it was being handed over; the worker tries again".to_owned(),
        ));
    }
    Ok(())
}

/// Moves the accepted hand-over on to `state`, unless another process did.
async fn settle(
    tx: &TenantTx,
    row: &transfer::Model,
    state: TransferState,
    on: chrono::NaiveDate,
    arrives_as: Option<Uuid>,
) -> Result<bool> {
    let conn = tx.conn().await?;
    let updated = tx
        .update_many::<transfer::Entity>()
        .col_expr(transfer::Column::State, Expr::value(state))
        .col_expr(transfer::Column::CompletedOn, Expr::value(on))
        .col_expr(transfer::Column::ReceivedCardId, Expr::value(arrives_as))
        .col_expr(transfer::Column::UpdatedAt, Expr::value(Utc::now()))
        .col_expr(transfer::Column::Version, Expr::value(row.version + 1))
        .filter(transfer::Column::Id.eq(row.id))
        .filter(transfer::Column::Version.eq(row.version))
        .exec(&*conn)
        .await?;
    Ok(updated.rows_affected == 1)
}

/// The sending card becomes the record of the hand-over: nothing more is written on it, it
/// ends on the day of the hand-over (the retention counts from it), its open deadlines are
/// cancelled, its history says it was handed over, and the group and the NK-A's authors lose
/// their access to it and the filings carried with it (the chair keeps the record).
async fn close_record(
    tx: &TenantTx,
    row: &transfer::Model,
    cards: &[Uuid],
    on: chrono::NaiveDate,
) -> Result<()> {
    let now = Utc::now();
    {
        let conn = tx.conn().await?;
        tx.update_many::<card::Entity>()
            .col_expr(card::Column::Status, Expr::value(Status::HandedOver))
            .col_expr(card::Column::ClosedOn, Expr::value(on))
            .col_expr(
                card::Column::Version,
                Expr::col(card::Column::Version).add(1),
            )
            .col_expr(card::Column::UpdatedAt, Expr::value(now))
            .filter(card::Column::Id.eq(row.card_id))
            .exec(&*conn)
            .await?;
        step::ActiveModel {
            tenant_id: Set(tx.tenant()),
            id: Set(Uuid::now_v7()),
            card_id: Set(row.card_id),
            step: Set(Step::HandedOver),
            status: Set(Status::HandedOver),
            taken_by: Set(row.proposed_by),
            taken_at: Set(now),
        }
        .insert(&*conn)
        .await?;
        tx.update_many::<group_member::Entity>()
            .col_expr(group_member::Column::LeftOn, Expr::value(on))
            .filter(group_member::Column::CardId.is_in(cards.iter().copied()))
            .filter(group_member::Column::LeftOn.is_null())
            .exec(&*conn)
            .await?;
        tx.delete_many::<access::Entity>()
            .filter(access::Column::CardId.is_in(cards.iter().copied()))
            .exec(&*conn)
            .await?;
    }
    crate::deadlines::cancel_open(tx, row.card_id).await
}

/// Writes one carried card in the receiving municipality under the IDs `rekey` gives it,
/// sealed with its key.
async fn write(
    tx: &TenantTx,
    key: &DataKey,
    rekey: &Rekey,
    c: Carried,
    team: Uuid,
    number: crate::search::CardNumber,
    received_by: Uuid,
) -> Result<()> {
    let tenant = tx.tenant();
    let now = Utc::now();
    let id = rekey.id(c.card.id);
    let procedure = c.card.attached_to.is_none();
    let mut new_card = card::ActiveModel {
        tenant_id: Set(tenant),
        id: Set(id),
        attached_to: Set(c.card.attached_to.map(|a| rekey.id(a))),
        ..c.card.clone().into_active_model()
    };
    new_card.team_id = Set(team);
    new_card.details_sealed = Set(key.seal(&rekey.text(c.details), &place::card(id))?);
    new_card.number_year = Set(Some(number.year));
    new_card.number_seq = Set(Some(number.seq));
    new_card.created_at = Set(now);
    new_card.updated_at = Set(now);
    new_card.version = Set(1);
    new_card.next_due_on = Set(None);
    if procedure {
        // Before the receiving chair: the receiving team sets up its own group.
        new_card.status = Set(Status::SentToChair);
        new_card.chair_received_on = Set(Some(today()));
        new_card.group_set_up_on = Set(None);
        new_card.first_meeting_on = Set(None);
        new_card.closed_on = Set(None);
        new_card.closure_ground = Set(None);
        new_card.monitoring_ends_on = Set(None);
    }
    let conn = tx.conn().await?;
    card::Entity::insert(new_card)
        .exec_without_returning(&*conn)
        .await?;
    let mut named = Vec::new();
    for (m, plain) in c.persons {
        let data: PersonalData = serde_json::from_slice(&plain)
            .map_err(|e| Error::internal_from("a carried person's data", e))?;
        let pesel = data
            .pesel
            .as_deref()
            .and_then(|p| kernel::pesel::Pesel::parse(p).ok());
        let person_id = rekey.id(m.id);
        let mut row = person::ActiveModel {
            tenant_id: Set(tenant),
            id: Set(person_id),
            card_id: Set(id),
            ..m.clone().into_active_model()
        };
        row.sealed = Set(key.seal(&rekey.text(plain), &place::person(person_id))?);
        row.pesel_index = Set(pesel.map(|p| crate::search::pesel_index(key, &p)));
        row.identity_index = Set(crate::read::identity_index(key, &data));
        person::Entity::insert(row)
            .exec_without_returning(&*conn)
            .await?;
        named.push((person_id, id, data));
    }
    macro_rules! reseal {
        ($rows:expr, $entity:ident, $place:path, |$m:ident, $row:ident| $extra:block) => {
            for ($m, plain) in $rows {
                let new_id = rekey.id($m.id);
                let mut $row = $entity::ActiveModel {
                    tenant_id: Set(tenant),
                    id: Set(new_id),
                    card_id: Set(id),
                    ..$m.clone().into_active_model()
                };
                $row.sealed = Set(key.seal(&rekey.text(plain), &$place(new_id))?);
                $extra
                $entity::Entity::insert($row)
                    .exec_without_returning(&*conn)
                    .await?;
            }
        };
    }
    reseal!(
        c.revisions,
        person_revision,
        place::person_revision,
        |m, row| {
            row.person_id = Set(rekey.id(m.person_id));
        }
    );
    reseal!(c.forms, form, place::form, |m, row| {});
    reseal!(c.plan_items, plan_item, place::plan_item, |m, row| {
        // The sending team's staff and enrolments are not the receiving team's.
        row.responsible_user_id = Set(None);
        row.followed_by_enrolment = Set(false);
    });
    reseal!(c.meetings, meeting, place::meeting, |m, row| {});
    reseal!(
        c.outside,
        outside_member,
        place::outside_member,
        |m, row| {
            // They were in the sending team's group: they leave it with the procedure.
            if m.left_on.is_none() {
                row.left_on = Set(Some(Ord::max(today(), m.added_on)));
            }
        }
    );
    for (m, note) in c.work {
        let work_id = rekey.id(m.id);
        let mut row = work::ActiveModel {
            tenant_id: Set(tenant),
            id: Set(work_id),
            card_id: Set(id),
            ..m.clone().into_active_model()
        };
        row.note_sealed = Set(match note {
            Some(plain) => Some(key.seal(&plain, &place::work(work_id))?),
            None => None,
        });
        work::Entity::insert(row)
            .exec_without_returning(&*conn)
            .await?;
    }
    for m in c.deadlines {
        // The sending team's open deadlines are not the receiving team's: theirs start anew.
        let open = m.met_on.is_none() && !m.cancelled;
        let row = deadline::ActiveModel {
            tenant_id: Set(tenant),
            id: Set(rekey.id(m.id)),
            card_id: Set(id),
            cancelled: Set(m.cancelled || open),
            ..m.into_active_model()
        };
        deadline::Entity::insert(row)
            .exec_without_returning(&*conn)
            .await?;
    }
    for m in c.steps {
        let row = step::ActiveModel {
            tenant_id: Set(tenant),
            id: Set(rekey.id(m.id)),
            card_id: Set(id),
            ..m.into_active_model()
        };
        step::Entity::insert(row)
            .exec_without_returning(&*conn)
            .await?;
    }
    // Its arrival, on every card carried (a filing too): what the statistics count here is
    // what was written after it (`stats::written_here`).
    step::ActiveModel {
        tenant_id: Set(tenant),
        id: Set(Uuid::now_v7()),
        card_id: Set(id),
        step: Set(Step::HandedOver),
        status: Set(if procedure {
            Status::SentToChair
        } else {
            c.card.status
        }),
        taken_by: Set(received_by),
        taken_at: Set(now),
    }
    .insert(&*conn)
    .await?;
    drop(conn);
    let named: Vec<(Uuid, Uuid, &PersonalData)> =
        named.iter().map(|(p, c, d)| (*p, *c, d)).collect();
    crate::search::index_names(tx, key, &named).await
}

/// Moves what a request that accepted a hand-over could not (it failed or its process ended
/// before the move): the worker's `cases-transfers` job. Returns how many moved; one that
/// fails is logged and left for the next run, and does not stop the others.
pub async fn complete_accepted(
    db: &Db,
    master: &MasterKey,
    audit: &AuditContext,
    from: Uuid,
) -> Result<u64> {
    let tx = db
        .tenant(from, AuditContext::unaudited("cases-transfers"))
        .await?;
    let waiting: Vec<Uuid> = {
        let conn = tx.conn().await?;
        tx.select::<transfer::Entity>()
            .filter(transfer::Column::State.eq(TransferState::Accepted))
            .all(&*conn)
            .await?
            .into_iter()
            .map(|t| t.id)
            .collect()
    };
    tx.commit().await?;
    let mut moved = 0;
    for id in waiting {
        match complete(db, master, audit.clone(), from, id).await {
            Ok(true) => moved += 1,
            Ok(false) => {}
            Err(e) => {
                e.log_if_internal();
                tracing::warn!(transfer = %id, "moving an accepted hand-over failed; tried again on the next run");
            }
        }
    }
    Ok(moved)
}
