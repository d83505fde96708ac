//! Form NK-A: every form opens as its author's own filing (see `matching` for what happens when
//! its people are in another open procedure).

use chrono::{Datelike, NaiveDate, Utc};
use kernel::crypto::DataKey;
use kernel::principal::StaffPrincipal;
use kernel::{Backend, Result, TenantTx, UserError};
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};
use uuid::Uuid;

use crate::read::VisibleCard;

use crate::change::*;
use crate::read::{person_keys, PersonKeys};

use crate::domain::{FormDetails, FormKind, NewPerson, PersonRole, ViolenceForm};
use crate::procedure::Step;
use crate::read::{get_card, CaseAccess};
use crate::store::{access, card, form, opening_key, person, step};
use crate::{place, today, FormContent};
use teams::InstitutionKind;

/// An NK-A form, parsed.
pub struct NewBlueCard {
    pub initiated_on: NaiveDate,
    pub initiator_institution: InstitutionKind,
    pub violence_forms: Vec<ViolenceForm>,
    pub persons: Vec<NewPerson>,
    pub details: FormDetails,
    /// Whom NK-B was handed to, by place in `persons`.
    pub nk_b_recipient: Option<usize>,
    /// The client's key for this form: the same key from the same author, sent again after
    /// a lost answer, returns the card the first sending opened.
    pub opening_key: Option<Uuid>,
}

/// Fills an NK-A. Every form opens as its author's own filing, whether or not its people are
/// in another procedure: what the author gets back and can read later never depends on a card
/// they may not see, and no card they may not see changes. A filing about the victim (and
/// perpetrator) of another open procedure is recorded as a match for the chair to decide
/// (`matching`).
pub async fn open_blue_card(
    tx: &TenantTx,
    staff: &StaffPrincipal,
    reader: CaseAccess,
    key: &DataKey,
    new: NewBlueCard,
) -> Result<Result<VisibleCard, Vec<UserError>>> {
    reader.require_work()?;
    if new.initiated_on > today() {
        return Ok(Err(err(
            &["input", "initiatedOn"],
            "IN_FUTURE",
            "a Blue Card cannot be initiated in the future",
        )));
    }
    if new.violence_forms.is_empty() {
        return Ok(Err(err(
            &["input", "violenceForms"],
            "REQUIRED",
            "name at least one form of violence",
        )));
    }
    if !new.persons.iter().any(|p| p.role == PersonRole::Victim) {
        return Ok(Err(err(
            &["input", "persons"],
            "VICTIM_REQUIRED",
            "an NK-A names at least one person experiencing violence",
        )));
    }
    let Some(team) = teams::team(tx).await? else {
        return Ok(Err(err(
            &["input"],
            "NO_TEAM",
            "the municipality has no interdisciplinary team to receive the form yet",
        )));
    };
    let mut errors = kernel::input::Errors::input();
    crate::initiators::own_body_errors(
        tx,
        staff.user,
        new.initiator_institution,
        new.details.registered_from_paper.is_some(),
        &mut errors,
    )
    .await?;
    if !errors.is_empty() {
        return Ok(Err(errors.into_vec()));
    }
    let digest = input_digest(key, &new);
    if let Some(opening) = new.opening_key {
        if let Some((card, sent)) = opened_with(tx, staff.user, opening).await? {
            // The same form again: the card its first sending opened. Another form with the
            // same key would lose its changes: refused.
            if sent.is_some_and(|sent| sent != digest) {
                return Ok(Err(err(
                    &["input"],
                    "ALREADY_SENT",
                    "this form was sent before with other content and opened a card; find it on the work list and correct it there",
                )));
            }
            return get_card(tx, reader, key, card).await.map(Ok);
        }
    }
    let keys: Vec<PersonKeys> = new.persons.iter().map(|p| person_keys(key, p)).collect();
    if tx.backend() == Backend::Postgres {
        // Two forms about the same victim at once must each see the other as a match: any two
        // forms that could match share a victim's PESEL or name-and-birth index, so those are
        // locked until commit (in order, so that two forms never wait on each other). Forms
        // about other people go on in parallel. SQLite's write lock already serialises.
        let mut locks: Vec<String> = new
            .persons
            .iter()
            .zip(&keys)
            .filter(|(p, _)| p.role == PersonRole::Victim)
            .flat_map(|(_, k)| k.pesel.clone().into_iter().chain([k.identity.clone()]))
            .map(|k| format!("cases:open:{}:{k}", tx.tenant()))
            .collect();
        locks.sort_unstable();
        locks.dedup();
        for lock in locks {
            lock_until_commit(tx, lock).await?;
        }
    }
    // Looked for before the new card exists, so the filing never matches itself.
    let people: Vec<_> = new
        .persons
        .iter()
        .map(|p| p.role)
        .zip(keys.iter())
        .collect();
    let matches = crate::matching::procedures_about(tx, &people, new.initiated_on).await?;
    let number = crate::search::next_number(tx, new.initiated_on.year()).await?;
    let rows = card_rows(tx.tenant(), team.id, staff.user, key, &new, number)?;
    let id = rows.id;
    let conn = tx.conn().await?;
    rows.card.insert(&*conn).await?;
    for person in rows.persons {
        person.insert(&*conn).await?;
    }
    rows.form.insert(&*conn).await?;
    rows.access.insert(&*conn).await?;
    rows.step.insert(&*conn).await?;
    if let Some(opening) = new.opening_key {
        opening_key::ActiveModel {
            tenant_id: Set(tx.tenant()),
            author_id: Set(staff.user),
            opening_key: Set(opening),
            card_id: Set(id),
            created_at: Set(Utc::now()),
            input_digest: Set(Some(digest)),
        }
        .insert(&*conn)
        .await?;
    }
    drop(conn);
    let named: Vec<(Uuid, Uuid, &crate::PersonalData)> = rows
        .person_ids
        .iter()
        .zip(&new.persons)
        .map(|(person, p)| (*person, id, &p.data))
        .collect();
    crate::search::index_names(tx, key, &named).await?;
    apply_deadlines(tx, id, Step::Opened, new.initiated_on).await?;
    crate::matching::propose(tx, id, &matches).await?;
    get_card(tx, reader, key, id).await.map(Ok)
}

/// PostgreSQL's transaction-scoped advisory lock on `name`, released at commit or rollback.
async fn lock_until_commit(tx: &TenantTx, name: String) -> Result<()> {
    let conn = tx.conn().await?;
    conn.execute_raw(sea_orm::Statement::from_sql_and_values(
        sea_orm::DbBackend::Postgres,
        "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))",
        [name.into()],
    ))
    .await?;
    Ok(())
}

/// A keyed hash of the form as parsed (under the municipality's blind-index key: it reveals
/// nothing of the personal data in it), to tell the same form sent again from another.
fn input_digest(key: &DataKey, new: &NewBlueCard) -> String {
    let persons: Vec<serde_json::Value> = new
        .persons
        .iter()
        .map(|p| {
            serde_json::json!({
                "role": p.role.as_str(),
                "sex": p.sex.as_str(),
                "minor": p.minor,
                "recordedAsVictim": p.recorded_as_victim,
                "data": p.data,
            })
        })
        .collect();
    let mut form = serde_json::json!({
        "initiatedOn": new.initiated_on,
        "institution": new.initiator_institution.as_str(),
        "violenceForms": new.violence_forms,
        "details": new.details,
        "persons": persons,
    });
    if let Some(at) = new.nk_b_recipient {
        form["nkBRecipient"] = serde_json::json!(at);
    }
    key.blind_index("cases.opening", &form.to_string())
}

/// The card an earlier sending with this key opened, and the digest of what it sent, if one
/// committed. Two sendings at once wait for each other on the key (PostgreSQL; SQLite's write
/// lock serialises), so the second finds the first's card rather than open its own.
async fn opened_with(
    tx: &TenantTx,
    author: Uuid,
    opening: Uuid,
) -> Result<Option<(Uuid, Option<String>)>> {
    if tx.backend() == Backend::Postgres {
        lock_until_commit(
            tx,
            format!("cases:opening:{}:{author}:{opening}", tx.tenant()),
        )
        .await?;
    }
    use sea_orm::{ColumnTrait, QueryFilter};
    let conn = tx.conn().await?;
    let found = tx
        .select::<opening_key::Entity>()
        .filter(opening_key::Column::AuthorId.eq(author))
        .filter(opening_key::Column::OpeningKey.eq(opening))
        .one(&*conn)
        .await?;
    Ok(found.map(|row| (row.card_id, row.input_digest)))
}

/// The rows an NK-A writes when it opens a card, sealed with the municipality's key: the card
/// (its first deadline not yet set), its people, the form, the initiator's access and the
/// first step.
pub(crate) struct CardRows {
    pub id: Uuid,
    pub person_ids: Vec<Uuid>,
    pub card: card::ActiveModel,
    pub persons: Vec<person::ActiveModel>,
    pub form: form::ActiveModel,
    pub access: access::ActiveModel,
    pub step: step::ActiveModel,
}

pub(crate) fn card_rows(
    tenant: Uuid,
    team: Uuid,
    initiator: Uuid,
    key: &DataKey,
    new: &NewBlueCard,
    number: crate::search::CardNumber,
) -> Result<CardRows> {
    let now = Utc::now();
    let id = Uuid::now_v7();
    let person_ids: Vec<Uuid> = new.persons.iter().map(|_| Uuid::now_v7()).collect();
    let mut details = new.details.clone();
    details.nk_b_recipient = new
        .nk_b_recipient
        .and_then(|at| person_ids.get(at).copied());
    let card = card::ActiveModel {
        tenant_id: Set(tenant),
        id: Set(id),
        team_id: Set(team),
        status: Set(crate::procedure::START),
        initiated_on: Set(new.initiated_on),
        initiator_user_id: Set(initiator),
        initiator_institution: Set(new.initiator_institution),
        violence_forms: Set(violence_set(&new.violence_forms)),
        details_sealed: Set(key.seal_json(&details, &place::card(id))?),
        chair_received_on: Set(None),
        group_set_up_on: Set(None),
        first_meeting_on: Set(None),
        closed_on: Set(None),
        closure_ground: Set(None),
        monitoring_ends_on: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
        attached_to: Set(None),
        number_year: Set(Some(number.year)),
        number_seq: Set(Some(number.seq)),
        // Set with the first deadline.
        next_due_on: Set(None),
        perpetrator_under_alcohol: Set(Some(new.details.perpetrator_under_alcohol)),
    };
    let mut persons = Vec::new();
    for (p, &person_id) in new.persons.iter().zip(&person_ids) {
        let k = person_keys(key, p);
        persons.push(person::ActiveModel {
            tenant_id: Set(tenant),
            id: Set(person_id),
            card_id: Set(id),
            role: Set(p.role),
            sex: Set(p.sex),
            minor: Set(p.minor),
            sealed: Set(key.seal_json(&p.data, &place::person(person_id))?),
            pesel_index: Set(k.pesel),
            identity_index: Set(k.identity),
            created_at: Set(now),
            age_band: Set(Some(
                kernel::stats::age_band(p.data.born_on, new.initiated_on).to_owned(),
            )),
        });
    }
    let form_id = Uuid::now_v7();
    let content = FormContent::NkA {
        details: details.clone(),
        violence_forms: new.violence_forms.clone(),
        person_ids: person_ids.clone(),
    };
    let form = form::ActiveModel {
        tenant_id: Set(tenant),
        id: Set(form_id),
        card_id: Set(id),
        kind: Set(FormKind::NkA),
        filled_on: Set(new.initiated_on),
        filled_by: Set(initiator),
        sealed: Set(key.seal_json(&content, &place::form(form_id))?),
        created_at: Set(now),
    };
    let access = access::ActiveModel {
        tenant_id: Set(tenant),
        card_id: Set(id),
        user_id: Set(initiator),
        reason: Set(access::Reason::Initiator),
    };
    let step = step::ActiveModel {
        tenant_id: Set(tenant),
        id: Set(Uuid::now_v7()),
        card_id: Set(id),
        step: Set(Step::Opened),
        status: Set(crate::procedure::START),
        taken_by: Set(initiator),
        taken_at: Set(now),
    };
    Ok(CardRows {
        id,
        person_ids,
        card,
        persons,
        form,
        access,
        step,
    })
}
