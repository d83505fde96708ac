//! Corrections of a person after NK-A (GDPR art. 16: the right to rectification): names,
//! PESEL, date of birth, sex, address, phone and notes, by anyone who may change the card, on
//! the card's version. The person's role stays: who experienced and who used violence is a
//! finding of the procedure, not a typo (a date of birth that would make a witness a child is
//! refused: that is a new NK-A). What a correction replaced is kept sealed in
//! `cases_person_revisions` and shown in the card's history; the indexes that find the person
//! (PESEL, name and birth, name tokens) follow the corrected data.

use chrono::{DateTime, Utc};
use kernel::crypto::DataKey;
use kernel::input::Errors;
use kernel::pesel::Sex;
use kernel::{Error, Result, TenantTx, UserError};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, QueryFilter, QueryOrder, Set};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::change::{check_may_take, claim, for_change, next};
use crate::domain::{parse_person, PersonFields};
use crate::procedure::Step;
use crate::read::{person_from, person_keys, CaseAccess, VisibleCard};
use crate::store::{person, person_revision, person_token};
use crate::{place, today, PersonalData};

/// An earlier version of a person's data, replaced by a correction.
#[derive(Clone)]
pub struct PersonRevision {
    pub id: Uuid,
    pub person_id: Uuid,
    pub card_id: Uuid,
    pub corrected_by: Uuid,
    pub corrected_at: DateTime<Utc>,
    /// The fields the correction changed, by their API names (`firstName`, `pesel`, …).
    pub fields: Vec<String>,
    /// The person's data before the correction.
    pub earlier: PersonalData,
    pub earlier_sex: Sex,
}

/// What is sealed of a revision: which fields changed and the values they had.
#[derive(Serialize, Deserialize)]
struct Sealed {
    fields: Vec<String>,
    earlier: PersonalData,
    earlier_sex: Sex,
}

/// Corrects person `person_id` to `fields` (every field as it should now be; the role in
/// `fields` is ignored) if their card is still at `expected_version`. A person on a card the
/// reader may not see is NOT_FOUND, as a person who does not exist.
pub async fn correct_person(
    tx: &TenantTx,
    reader: CaseAccess,
    key: &DataKey,
    person_id: Uuid,
    expected_version: i32,
    fields: PersonFields<'_>,
) -> Result<Result<VisibleCard, Vec<UserError>>> {
    let row = {
        let conn = tx.conn().await?;
        tx.select::<person::Entity>()
            .filter(person::Column::Id.eq(person_id))
            .one(&*conn)
            .await?
    };
    let Some(row) = row else {
        tx.deny(crate::ids::person_gid(person_id));
        return Err(Error::NotFound);
    };
    let card = for_change(tx, reader, key, row.card_id, expected_version).await?;
    if let Err(e) = next(&card, Step::PersonCorrected, "have its persons corrected") {
        return Ok(Err(e));
    }
    check_may_take(tx, reader, &card, Step::PersonCorrected).await?;
    let current = person_from(row.clone(), key)?;
    let mut errors = Errors::input();
    let parsed = parse_person(
        PersonFields {
            role: current.role,
            ..fields
        },
        card.initiated_on,
        today(),
        &mut errors,
    );
    let Some(mut corrected) = parsed.filter(|_| errors.is_empty()) else {
        // The input has no role: a rule about the role is the date of birth's.
        let mut errors = errors.into_vec();
        for e in &mut errors {
            if e.field.last().is_some_and(|f| f == "role") {
                e.field = vec!["input".to_owned(), "dateOfBirth".to_owned()];
            }
        }
        return Ok(Err(errors));
    };
    // A witness whose corrected date of birth makes them a child would become a victim: that
    // is a finding of the procedure (a new NK-A), not a correction.
    if corrected.role != current.role {
        return Ok(Err(vec![UserError::new(
            &["input", "dateOfBirth"],
            "ROLE_WOULD_CHANGE",
            "with this date of birth the person was a minor when the procedure was initiated, \
             which changes their role; record it with a new NK-A",
        )]));
    }
    // Whom NK-B went to stays someone who may receive it: a date of birth that makes the
    // recipient (or the only child victim) what the regulation excludes is refused, unless the
    // card broke the rule before (recorded before it was kept).
    if card.details.nk_b_recipient.is_some() && corrected.minor != current.minor {
        let mut persons = crate::read::persons_of(tx, key, &[card.id]).await?;
        let kept = crate::presence::nk_b_errors(&persons, &card.details).is_empty();
        for p in persons.iter_mut().filter(|p| p.id == person_id) {
            p.minor = corrected.minor;
        }
        let broken = crate::presence::nk_b_errors(&persons, &card.details);
        if let Some(e) = broken.into_iter().next().filter(|_| kept) {
            return Ok(Err(vec![UserError {
                field: vec!["input".to_owned(), "dateOfBirth".to_owned()],
                message: format!(
                    "with this date of birth form NK-B would have gone to someone who may not \
                     receive it ({}); correct whom it was handed to first",
                    e.message
                ),
                code: e.code,
            }]));
        }
    }
    // Health and addictions are the diagnosis's: whoever does not read it (the NK-A author
    // outside the group) neither sees nor changes them, and their correction keeps them.
    let in_group = crate::read::group_of(tx, &[card.id])
        .await?
        .iter()
        .any(|m| m.user_id == reader.user());
    if !reader.is_chair() && !in_group {
        corrected.data.about.health = current.data.about.health.clone();
        corrected.data.about.addictions = current.data.about.addictions.clone();
    }
    let changed = changed_fields(&current.data, current.sex, &corrected.data, corrected.sex);
    if changed.is_empty() {
        return Ok(Ok(card));
    }
    claim(tx, &card).await?;
    let keys = person_keys(key, &corrected);
    let now = Utc::now();
    let revision_id = Uuid::now_v7();
    let sealed = Sealed {
        fields: changed.iter().map(|f| (*f).to_owned()).collect(),
        earlier: current.data.clone(),
        earlier_sex: current.sex,
    };
    {
        let conn = tx.conn().await?;
        let updated = tx
            .update_many::<person::Entity>()
            .col_expr(
                person::Column::Sealed,
                Expr::value(key.seal_json(&corrected.data, &place::person(person_id))?),
            )
            .col_expr(person::Column::PeselIndex, Expr::value(keys.pesel))
            .col_expr(person::Column::IdentityIndex, Expr::value(keys.identity))
            .col_expr(person::Column::Sex, Expr::value(corrected.sex))
            .col_expr(person::Column::Minor, Expr::value(corrected.minor))
            .col_expr(
                person::Column::AgeBand,
                Expr::value(kernel::stats::age_band(
                    corrected.data.born_on,
                    card.initiated_on,
                )),
            )
            .filter(person::Column::Id.eq(person_id))
            .filter(person::Column::Sealed.eq(row.sealed.clone()))
            .exec(&*conn)
            .await?;
        if updated.rows_affected == 0 {
            return Err(crate::change::stale(card.version + 1));
        }
        person_revision::ActiveModel {
            tenant_id: Set(tx.tenant()),
            id: Set(revision_id),
            person_id: Set(person_id),
            card_id: Set(card.id),
            sealed: Set(key.seal_json(&sealed, &place::person_revision(revision_id))?),
            corrected_by: Set(reader.user()),
            corrected_at: Set(now),
        }
        .insert(&*conn)
        .await?;
        if changed
            .iter()
            .any(|f| *f == "firstName" || *f == "lastName")
        {
            tx.delete_many::<person_token::Entity>()
                .filter(person_token::Column::PersonId.eq(person_id))
                .exec(&*conn)
                .await?;
        }
    }
    if changed
        .iter()
        .any(|f| *f == "firstName" || *f == "lastName")
    {
        crate::search::index_names(tx, key, &[(person_id, card.id, &corrected.data)]).await?;
    }
    if changed
        .iter()
        .any(|f| matches!(*f, "firstName" | "lastName" | "pesel" | "dateOfBirth"))
    {
        crate::matching::rematch(tx, &card).await?;
    }
    tx.touch(crate::ids::person_gid(person_id));
    Ok(Ok(crate::change::commit(
        tx,
        key,
        &card,
        Step::PersonCorrected,
        reader,
        Vec::new(),
    )
    .await?))
}

/// The fields that differ, by their API names.
fn changed_fields(
    before: &PersonalData,
    before_sex: Sex,
    after: &PersonalData,
    after_sex: Sex,
) -> Vec<&'static str> {
    let mut changed = Vec::new();
    let mut check = |name: &'static str, differs: bool| {
        if differs {
            changed.push(name);
        }
    };
    check("firstName", before.first_name != after.first_name);
    check("lastName", before.last_name != after.last_name);
    check("pesel", before.pesel != after.pesel);
    check("dateOfBirth", before.born_on != after.born_on);
    check("sex", before_sex != after_sex);
    check("diedOn", before.died_on != after.died_on);
    check("address", before.address != after.address);
    check("phone", before.phone != after.phone);
    check("notes", before.notes != after.notes);
    let (b, a) = (&before.about, &after.about);
    check("relationToVictim", b.relation != a.relation);
    check(
        "livesWithVictim",
        b.lives_with_victim != a.lives_with_victim,
    );
    check("health", b.health != a.health);
    check("addictions", b.addictions != a.addictions);
    check("school", b.school != a.school);
    check("email", b.email != a.email);
    changed
}

/// The corrections of the cards' persons, oldest first. Only for cards the caller already
/// read through need to know.
pub async fn revisions_of(
    tx: &TenantTx,
    key: &DataKey,
    cards: &[Uuid],
) -> Result<Vec<PersonRevision>> {
    let rows = {
        let conn = tx.conn().await?;
        tx.select::<person_revision::Entity>()
            .filter(person_revision::Column::CardId.is_in(cards.iter().copied()))
            .order_by_asc(person_revision::Column::Id)
            .all(&*conn)
            .await?
    };
    rows.into_iter()
        .map(|m| {
            let sealed: Sealed = key.open_json(&m.sealed, &place::person_revision(m.id))?;
            Ok(PersonRevision {
                id: m.id,
                person_id: m.person_id,
                card_id: m.card_id,
                corrected_by: m.corrected_by,
                corrected_at: m.corrected_at,
                fields: sealed.fields,
                earlier: sealed.earlier,
                earlier_sex: sealed.earlier_sex,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn data() -> PersonalData {
        PersonalData {
            first_name: "Anna".into(),
            last_name: "Wójcik".into(),
            pesel: None,
            born_on: NaiveDate::from_ymd_opt(1990, 1, 1).unwrap(),
            died_on: None,
            address: Some("ul. Polna 1".into()),
            phone: None,
            notes: None,
            about: Default::default(),
        }
    }

    #[test]
    fn only_the_fields_that_differ_are_named() {
        let before = data();
        assert!(changed_fields(&before, Sex::Female, &before, Sex::Female).is_empty());
        let mut after = data();
        after.last_name = "Wójcikowa".into();
        after.phone = Some("600100200".into());
        assert_eq!(
            changed_fields(&before, Sex::Female, &after, Sex::Male),
            ["lastName", "sex", "phone"]
        );
    }
}
