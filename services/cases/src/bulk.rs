//! Many NK-A forms loaded at once (a benchmark's data, or cards carried over from another
//! system): each card is written as [`crate::open_blue_card`] writes it (the same rows, sealed
//! the same way, numbered, its names indexed, its first deadline set), a few hundred per
//! statement. No match with another procedure is looked for and nothing is read back: the
//! caller vouches that the forms are new and about different people.

use chrono::{Datelike, Utc};
use kernel::crypto::DataKey;
use kernel::principal::StaffPrincipal;
use kernel::{Error, Result, TenantTx};
use sea_orm::{EntityTrait, Set};
use uuid::Uuid;

use crate::opening::{card_rows, CardRows, NewBlueCard};
use crate::procedure::Step;
use crate::store::{access, card, deadline, form, person, step};

/// Cards per statement: well under PostgreSQL's 65,535 parameters, with their people and names.
const CHUNK: usize = 400;

/// Opens `cards` as `initiator`'s filings; how many were opened.
pub async fn open_many(
    tx: &TenantTx,
    initiator: &StaffPrincipal,
    key: &DataKey,
    mut cards: Vec<NewBlueCard>,
) -> Result<usize> {
    let team = teams::team(tx)
        .await?
        .ok_or_else(|| Error::BadUserInput("the municipality has no team yet".to_owned()))?;
    let rule = Step::Opened
        .effects()
        .adds
        .ok_or_else(|| Error::internal("opening a card sets no deadline"))?;
    let period = crate::deadlines::period(tx, rule).await?;
    // Numbered in the order they were filed, as if one by one.
    cards.sort_by_key(|c| c.initiated_on);
    let mut opened = 0;
    for chunk in cards.chunks(CHUNK) {
        let mut rows: Vec<(CardRows, chrono::NaiveDate)> = Vec::with_capacity(chunk.len());
        let mut year_start = 0;
        while year_start < chunk.len() {
            let year = chunk[year_start].initiated_on.year();
            let count = chunk[year_start..]
                .iter()
                .take_while(|c| c.initiated_on.year() == year)
                .count();
            let first = crate::search::next_numbers(tx, year, count as i32).await?;
            for (i, new) in chunk[year_start..year_start + count].iter().enumerate() {
                let number = crate::search::CardNumber {
                    year,
                    seq: first.seq + i as i32,
                };
                let mut row = card_rows(tx.tenant(), team.id, initiator.user, key, new, number)?;
                let due_on = period.due_from(new.initiated_on);
                row.card.next_due_on = Set(Some(due_on));
                rows.push((row, due_on));
            }
            year_start += count;
        }
        let deadlines: Vec<deadline::ActiveModel> = rows
            .iter()
            .map(|(row, due_on)| deadline::ActiveModel {
                tenant_id: Set(tx.tenant()),
                id: Set(Uuid::now_v7()),
                card_id: Set(row.id),
                kind: Set(rule.deadline()),
                due_on: Set(*due_on),
                met_on: Set(None),
                cancelled: Set(false),
                created_at: Set(Utc::now()),
            })
            .collect();
        let named: Vec<(Uuid, Uuid, &crate::PersonalData)> = rows
            .iter()
            .zip(chunk)
            .flat_map(|((row, _), new)| {
                row.person_ids
                    .iter()
                    .zip(&new.persons)
                    .map(|(person, p)| (*person, row.id, &p.data))
            })
            .collect();
        let mut cards_rows = Vec::new();
        let mut persons = Vec::new();
        let mut forms = Vec::new();
        let mut accesses = Vec::new();
        let mut steps = Vec::new();
        for (row, _) in rows {
            cards_rows.push(row.card);
            persons.extend(row.persons);
            forms.push(row.form);
            accesses.push(row.access);
            steps.push(row.step);
        }
        let conn = tx.conn().await?;
        card::Entity::insert_many(cards_rows)
            .exec_without_returning(&*conn)
            .await?;
        for people in persons.chunks(CHUNK * 2) {
            person::Entity::insert_many(people.to_vec())
                .exec_without_returning(&*conn)
                .await?;
        }
        form::Entity::insert_many(forms)
            .exec_without_returning(&*conn)
            .await?;
        access::Entity::insert_many(accesses)
            .exec_without_returning(&*conn)
            .await?;
        step::Entity::insert_many(steps)
            .exec_without_returning(&*conn)
            .await?;
        deadline::Entity::insert_many(deadlines)
            .exec_without_returning(&*conn)
            .await?;
        drop(conn);
        crate::search::index_names(tx, key, &named).await?;
        opened += chunk.len();
    }
    Ok(opened)
}
