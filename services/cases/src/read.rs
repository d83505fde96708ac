//! Reading cards and what hangs under them. Every card query applies the reader's need to know;
//! the loaders of children take card ids that already passed it.

use chrono::NaiveDate;
use kernel::crypto::DataKey;
use kernel::principal::StaffPrincipal;
use kernel::{Result, TenantTx};
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, Condition, QueryFilter, QueryOrder, QuerySelect, Select};
use uuid::Uuid;

use crate::domain::NewPerson;
pub(crate) use crate::search::pesel_index;
use crate::store::{access, card, deadline, form, group_member, person, plan_item, step, work};
use crate::{
    place, BlueCard, Deadline, Form, GroupMember, HistoryEntry, Person, PlanItem, WorkRecord,
};

/// Need to know as a value: who reads, whether they work on cases at all (the one rule of
/// `teams::case_standing`: a case role, a membership of the team that has not ended and a
/// confidentiality statement that holds), and whether they chair the team and so see every
/// card; anyone else who works on cases sees the cards `cases_access` gives them. Only
/// [`reader`] makes one, from the principal as it is on this request: no code can build "a
/// reader who sees everything", and none keeps one past its request or event.
#[derive(Clone, Copy, Debug)]
pub struct CaseAccess {
    user: Uuid,
    chair: bool,
    refusal: Option<&'static str>,
}

impl CaseAccess {
    pub fn user(&self) -> Uuid {
        self.user
    }

    /// The team's chair, who sees every card of the municipality.
    pub fn is_chair(&self) -> bool {
        self.chair
    }

    /// Whether the reader works on cases now; one who does not sees no card at all.
    pub fn works_on_cases(&self) -> bool {
        self.refusal.is_none()
    }

    /// FORBIDDEN, saying why, unless the reader works on cases (for opening a card, which
    /// concerns no card the reader could be told about).
    pub fn require_work(&self) -> Result<()> {
        match self.refusal {
            None => Ok(()),
            Some(why) => Err(kernel::Error::Forbidden(why.to_owned())),
        }
    }
}

/// The reader's need to know, from the principal as it is now.
/// Whether the municipality has any Blue Card at all (for seeding, never for a reader: it
/// answers about cards nobody asked to see).
pub async fn any_card(tx: &TenantTx) -> Result<bool> {
    let conn = tx.conn().await?;
    Ok(tx
        .select::<card::Entity>()
        .select_only()
        .column(card::Column::Id)
        .limit(1)
        .into_tuple::<Uuid>()
        .one(&*conn)
        .await?
        .is_some())
}

pub async fn reader(tx: &TenantTx, staff: &StaffPrincipal) -> Result<CaseAccess> {
    Ok(match teams::case_standing(tx, staff).await? {
        teams::CaseStanding::Works(member) => CaseAccess {
            user: staff.user,
            chair: member.is_chair,
            refusal: None,
        },
        teams::CaseStanding::Refused(why) => CaseAccess {
            user: staff.user,
            chair: false,
            refusal: Some(why),
        },
    })
}

/// A card that passed the reader's need to know. Only this module makes one (from the queries
/// that apply it), and only a `VisibleCard` can become a GraphQL object.
#[derive(Clone)]
pub struct VisibleCard(BlueCard);

impl std::ops::Deref for VisibleCard {
    type Target = BlueCard;

    fn deref(&self) -> &BlueCard {
        &self.0
    }
}

/// A card row read through [`visible_cards`], recorded in the audit trail as read.
pub(crate) fn seen(tx: &TenantTx, m: card::Model, key: &DataKey) -> Result<VisibleCard> {
    tx.touch(crate::ids::card_gid(m.id));
    card_from(m, key).map(VisibleCard)
}

/// The cards of the transaction's tenant the reader may see.
pub(crate) fn visible_cards(tx: &TenantTx, reader: CaseAccess) -> Select<card::Entity> {
    // A card whose personal data was erased at the end of its retention is nobody's to read.
    let cards = tx
        .select::<card::Entity>()
        .filter(card::Column::Id.not_in_subquery(crate::search::erased_cards(tx)));
    if !reader.works_on_cases() {
        return cards.filter(card::Column::Id.is_in(Vec::<Uuid>::new()));
    }
    if reader.is_chair() {
        return cards;
    }
    cards.filter(
        card::Column::Id.in_subquery(
            Query::select()
                .column(access::Column::CardId)
                .from(access::Entity)
                .and_where(tx.scope::<access::Entity>())
                .and_where(access::Column::UserId.eq(reader.user()))
                .to_owned(),
        ),
    )
}

pub(crate) fn card_from(m: card::Model, key: &DataKey) -> Result<BlueCard> {
    Ok(BlueCard {
        details: key.open_json(&m.details_sealed, &place::card(m.id))?,
        // Read before the fields moved out of the row below.
        number: crate::search::number_of(&m),
        next_due_on: m.next_due_on,
        id: m.id,
        team_id: m.team_id,
        status: m.status,
        initiated_on: m.initiated_on,
        initiator_user_id: m.initiator_user_id,
        initiator_institution: m.initiator_institution,
        violence_forms: m.violence_forms.into_vec(),
        chair_received_on: m.chair_received_on,
        group_set_up_on: m.group_set_up_on,
        first_meeting_on: m.first_meeting_on,
        closed_on: m.closed_on,
        closure_ground: m.closure_ground,
        monitoring_ends_on: m.monitoring_ends_on,
        attached_to: m.attached_to,
        created_at: m.created_at,
        updated_at: m.updated_at,
        version: m.version,
    })
}

/// The cards among `ids` the reader may see, each recorded in the audit trail.
pub async fn find_cards(
    tx: &TenantTx,
    reader: CaseAccess,
    key: &DataKey,
    ids: &[Uuid],
) -> Result<Vec<VisibleCard>> {
    let rows = {
        let conn = tx.conn().await?;
        visible_cards(tx, reader)
            .filter(card::Column::Id.is_in(ids.iter().copied()))
            .all(&*conn)
            .await?
    };
    for id in ids.iter().filter(|id| !rows.iter().any(|m| m.id == **id)) {
        tx.deny(crate::ids::card_gid(*id));
    }
    rows.into_iter().map(|m| seen(tx, m, key)).collect()
}

/// Whether the reader may see the card now, without reading it (for notifications, which name
/// the card only).
pub(crate) async fn may_see(tx: &TenantTx, reader: CaseAccess, card_id: Uuid) -> Result<bool> {
    let conn = tx.conn().await?;
    Ok(visible_cards(tx, reader)
        .select_only()
        .column(card::Column::Id)
        .filter(card::Column::Id.eq(card_id))
        .into_tuple::<Uuid>()
        .one(&*conn)
        .await?
        .is_some())
}

/// Which of `ids` the reader may see now, without reading the cards or recording anything (for
/// a link another service shows as a card's ID only, to whoever may follow it).
pub async fn visible_card_ids(
    tx: &TenantTx,
    reader: CaseAccess,
    ids: &[Uuid],
) -> Result<Vec<Uuid>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let conn = tx.conn().await?;
    Ok(visible_cards(tx, reader)
        .select_only()
        .column(card::Column::Id)
        .filter(card::Column::Id.is_in(ids.iter().copied()))
        .into_tuple::<Uuid>()
        .all(&*conn)
        .await?)
}

/// One card the reader may see; NOT_FOUND otherwise, exactly as for a card that does not exist.
pub async fn get_card(
    tx: &TenantTx,
    reader: CaseAccess,
    key: &DataKey,
    id: Uuid,
) -> Result<VisibleCard> {
    find_cards(tx, reader, key, &[id])
        .await?
        .pop()
        .ok_or(kernel::Error::NotFound)
}

/// A person's identity without a PESEL: name and date of birth, case- and space-insensitive.
pub(crate) fn identity_index(key: &DataKey, data: &crate::PersonalData) -> String {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    key.blind_index(
        "person",
        &format!(
            "{}|{}|{}",
            norm(&data.first_name),
            norm(&data.last_name),
            data.born_on
        ),
    )
}

pub(crate) fn person_from(m: person::Model, key: &DataKey) -> Result<Person> {
    Ok(Person {
        data: key.open_json(&m.sealed, &place::person(m.id))?,
        id: m.id,
        card_id: m.card_id,
        role: m.role,
        sex: m.sex,
        minor: m.minor,
    })
}

/// Persons of the cards, in the order they were recorded.
pub async fn persons_of(tx: &TenantTx, key: &DataKey, cards: &[Uuid]) -> Result<Vec<Person>> {
    let rows = {
        let conn = tx.conn().await?;
        tx.select::<person::Entity>()
            .filter(person::Column::CardId.is_in(cards.iter().copied()))
            .order_by_asc(person::Column::Id)
            .all(&*conn)
            .await?
    };
    rows.into_iter().map(|m| person_from(m, key)).collect()
}

pub async fn group_of(tx: &TenantTx, cards: &[Uuid]) -> Result<Vec<GroupMember>> {
    members(tx, cards, group_member::Column::LeftOn.is_null()).await
}

/// The diagnostic group of `card` on `day`, as a document dated that day names it: those who
/// joined by then and were still in it that day (one who left that day included).
pub(crate) async fn group_on(
    tx: &TenantTx,
    card: Uuid,
    day: NaiveDate,
) -> Result<Vec<GroupMember>> {
    let on_day = Condition::all()
        .add(group_member::Column::AddedOn.lte(day))
        .add(
            Condition::any()
                .add(group_member::Column::LeftOn.is_null())
                .add(group_member::Column::LeftOn.gte(day)),
        );
    members(tx, &[card], on_day).await
}

async fn members(
    tx: &TenantTx,
    cards: &[Uuid],
    when: impl sea_orm::sea_query::IntoCondition,
) -> Result<Vec<GroupMember>> {
    let conn = tx.conn().await?;
    tx.select::<group_member::Entity>()
        .filter(group_member::Column::CardId.is_in(cards.iter().copied()))
        .filter(when)
        .order_by_asc(group_member::Column::AddedOn)
        .all(&*conn)
        .await?
        .into_iter()
        .map(|m| {
            Ok(GroupMember {
                card_id: m.card_id,
                user_id: m.user_id,
                team_member_id: m.team_member_id,
                institution: m.institution,
                added_on: m.added_on,
            })
        })
        .collect()
}

pub(crate) fn deadline_from(m: deadline::Model) -> Result<Deadline> {
    Ok(Deadline {
        id: m.id,
        card_id: m.card_id,
        kind: m.kind,
        due_on: m.due_on,
        met_on: m.met_on,
        cancelled: m.cancelled,
    })
}

/// Deadlines of the cards, earliest due first.
pub async fn deadlines_of(tx: &TenantTx, cards: &[Uuid]) -> Result<Vec<Deadline>> {
    let conn = tx.conn().await?;
    tx.select::<deadline::Entity>()
        .filter(deadline::Column::CardId.is_in(cards.iter().copied()))
        .order_by_asc(deadline::Column::DueOn)
        .order_by_asc(deadline::Column::Id)
        .all(&*conn)
        .await?
        .into_iter()
        .map(deadline_from)
        .collect()
}

pub async fn forms_of(tx: &TenantTx, key: &DataKey, cards: &[Uuid]) -> Result<Vec<Form>> {
    let rows = {
        let conn = tx.conn().await?;
        tx.select::<form::Entity>()
            .filter(form::Column::CardId.is_in(cards.iter().copied()))
            .order_by_asc(form::Column::Id)
            .all(&*conn)
            .await?
    };
    rows.into_iter()
        .map(|m| {
            Ok(Form {
                content: key.open_json(&m.sealed, &place::form(m.id))?,
                id: m.id,
                card_id: m.card_id,
                kind: m.kind,
                filled_on: m.filled_on,
                filled_by: m.filled_by,
            })
        })
        .collect()
}

pub async fn steps_of(tx: &TenantTx, cards: &[Uuid]) -> Result<Vec<HistoryEntry>> {
    let conn = tx.conn().await?;
    tx.select::<step::Entity>()
        .filter(step::Column::CardId.is_in(cards.iter().copied()))
        .order_by_asc(step::Column::Id)
        .all(&*conn)
        .await?
        .into_iter()
        .map(|m| {
            Ok(HistoryEntry {
                id: m.id,
                card_id: m.card_id,
                step: m.step,
                status: m.status,
                taken_by: m.taken_by,
                taken_at: m.taken_at,
            })
        })
        .collect()
}

pub(crate) fn plan_item_from(m: plan_item::Model, key: &DataKey) -> Result<PlanItem> {
    let text: crate::domain::PlanItemText = key.open_json(&m.sealed, &place::plan_item(m.id))?;
    Ok(PlanItem {
        id: m.id,
        card_id: m.card_id,
        plan: m.plan,
        kind: m.kind,
        programme: m.programme,
        description: text.description,
        responsible_user_id: m.responsible_user_id,
        due_on: m.due_on,
        status: m.status,
        version: m.version,
        followed_by_enrolment: m.followed_by_enrolment,
    })
}

pub async fn plan_items_of(
    tx: &TenantTx,
    key: &DataKey,
    cards: &[Uuid],
    ids: Option<&[Uuid]>,
) -> Result<Vec<PlanItem>> {
    let rows = {
        let conn = tx.conn().await?;
        let mut query = tx
            .select::<plan_item::Entity>()
            .filter(plan_item::Column::CardId.is_in(cards.iter().copied()))
            .order_by_asc(plan_item::Column::Id);
        if let Some(ids) = ids {
            query = query.filter(plan_item::Column::Id.is_in(ids.iter().copied()));
        }
        query.all(&*conn).await?
    };
    rows.into_iter().map(|m| plan_item_from(m, key)).collect()
}

pub async fn work_of(tx: &TenantTx, key: &DataKey, cards: &[Uuid]) -> Result<Vec<WorkRecord>> {
    let rows = {
        let conn = tx.conn().await?;
        tx.select::<work::Entity>()
            .filter(work::Column::CardId.is_in(cards.iter().copied()))
            .order_by_asc(work::Column::OccurredOn)
            .order_by_asc(work::Column::Id)
            .all(&*conn)
            .await?
    };
    rows.into_iter()
        .map(|m| {
            Ok(WorkRecord {
                note: m
                    .note_sealed
                    .as_deref()
                    .map(|s| {
                        key.open(s, &place::work(m.id)).and_then(|b| {
                            String::from_utf8(b).map_err(|_| kernel::Error::corrupt("work note"))
                        })
                    })
                    .transpose()?,
                id: m.id,
                card_id: m.card_id,
                kind: m.kind,
                variant: m.variant,
                occurred_on: m.occurred_on,
                recorded_by: m.recorded_by,
            })
        })
        .collect()
}

/// When the procedure of each of `ids` ran: the day it was initiated and the day it was closed
/// (none while it runs). For the statistics another service counts, which hold no reader:
/// nothing is read about the cards but these days, nothing recorded.
pub async fn procedure_periods(
    tx: &TenantTx,
    ids: &[Uuid],
) -> Result<Vec<(Uuid, chrono::NaiveDate, Option<chrono::NaiveDate>)>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let conn = tx.conn().await?;
    Ok(tx
        .select::<card::Entity>()
        .select_only()
        .column(card::Column::Id)
        .column(card::Column::InitiatedOn)
        .column(card::Column::ClosedOn)
        .filter(card::Column::Id.is_in(ids.iter().copied()))
        .into_tuple::<(Uuid, chrono::NaiveDate, Option<chrono::NaiveDate>)>()
        .all(&*conn)
        .await?)
}

/// The card a plan item belongs to, so the item's readers can be checked against the card.
pub async fn plan_item_card(tx: &TenantTx, item: Uuid) -> Result<Option<Uuid>> {
    let conn = tx.conn().await?;
    Ok(tx
        .select_by_id::<plan_item::Entity>(item)
        .one(&*conn)
        .await?
        .map(|m| m.card_id))
}

pub(crate) struct PersonKeys {
    pub(crate) pesel: Option<String>,
    pub(crate) identity: String,
}

pub(crate) fn person_keys(key: &DataKey, p: &NewPerson) -> PersonKeys {
    PersonKeys {
        pesel: p.pesel.as_ref().map(|x| pesel_index(key, x)),
        identity: identity_index(key, &p.data),
    }
}

/// The same PESEL, or the same name and date of birth unless both have PESELs that differ.
pub(crate) fn same_person(k: &PersonKeys, pesel: Option<&str>, identity: &str) -> bool {
    match (k.pesel.as_deref(), pesel) {
        (Some(a), Some(b)) => a == b,
        _ => k.identity == identity,
    }
}
