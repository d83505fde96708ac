//! Finding cards: each card's human-readable number (`NK/2026/0042`, per municipality and the
//! year the procedure was initiated), and its persons' names through a keyed blind index of
//! their folded tokens (`kernel::search`), so that a surname finds a card while names stay
//! sealed at rest. Every search runs inside the reader's need to know (`read::list_cards`): a
//! name on a card the reader may not see answers exactly like a name on no card.
//!
//! What the index reveals to someone holding the database but not the municipality's key:
//! which persons share a name token (equal HMACs), and how many tokens each name has; not the
//! names. The key is the municipality's own, so tokens never compare across municipalities.

use std::fmt;

use kernel::crypto::DataKey;
use kernel::pesel::Pesel;
use kernel::{Result, TenantTx};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, Query};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};
use uuid::Uuid;

use crate::domain::PersonalData;
use crate::store::{card, card_number, person, person_token};

/// Numer karty — a card's number in its municipality: the year the procedure was initiated and
/// its place among that year's cards.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct CardNumber {
    pub year: i32,
    pub seq: i32,
}

impl fmt::Display for CardNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "NK/{}/{:04}", self.year, self.seq)
    }
}

/// The number a stored card has, if it was numbered.
pub(crate) fn number_of(m: &crate::store::card::Model) -> Option<CardNumber> {
    m.number_year
        .zip(m.number_seq)
        .map(|(year, seq)| CardNumber { year, seq })
}

impl CardNumber {
    /// A number as people write it: `NK/2026/0042`, `nk 2026/42` or `2026/42`.
    pub fn parse(raw: &str) -> Option<CardNumber> {
        let text = raw.trim().to_ascii_uppercase();
        let text = text.strip_prefix("NK").unwrap_or(&text).trim_start();
        let text = text.strip_prefix('/').unwrap_or(text).trim();
        let (year, seq) = text.split_once('/')?;
        let (year, seq) = (year.trim(), seq.trim());
        let digits = |s: &str, max: usize| {
            !s.is_empty() && s.len() <= max && s.bytes().all(|b| b.is_ascii_digit())
        };
        if !digits(year, 4) || year.len() != 4 || !digits(seq, 6) {
            return None;
        }
        let number = CardNumber {
            year: year.parse().ok()?,
            seq: seq.parse().ok()?,
        };
        (number.year >= 2000 && number.seq >= 1).then_some(number)
    }
}

/// What a search of the card list asks for: a PESEL (eleven digits), a card number, or names
/// (every token must be a token of some person of the card).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CardSearch {
    Pesel(Pesel),
    Number(CardNumber),
    Names(Vec<String>),
}

/// Why a search cannot be run, as a code the web application words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SearchProblem {
    /// Fewer than two letters to look for.
    TooShort,
    /// Eleven digits that are no PESEL.
    InvalidPesel,
}

impl SearchProblem {
    pub fn code(self) -> &'static str {
        match self {
            SearchProblem::TooShort => "SEARCH_TOO_SHORT",
            SearchProblem::InvalidPesel => "INVALID_PESEL",
        }
    }
}

impl CardSearch {
    pub fn parse(raw: &str) -> std::result::Result<CardSearch, SearchProblem> {
        let text = raw.trim();
        if text.len() == 11 && text.bytes().all(|b| b.is_ascii_digit()) {
            return Pesel::parse(text)
                .map(CardSearch::Pesel)
                .map_err(|_| SearchProblem::InvalidPesel);
        }
        if let Some(number) = CardNumber::parse(text) {
            return Ok(CardSearch::Number(number));
        }
        let tokens = kernel::search::tokens(text);
        if tokens.is_empty() {
            return Err(SearchProblem::TooShort);
        }
        Ok(CardSearch::Names(tokens))
    }
}

/// A PESEL as its keyed blind index (exact match only).
pub(crate) fn pesel_index(key: &DataKey, pesel: &Pesel) -> String {
    key.blind_index("pesel", pesel.as_str())
}

fn token_index(key: &DataKey, token: &str) -> String {
    key.blind_index("person.name", token)
}

/// The condition that keeps the cards a search finds (to add to a need-to-know query).
pub(crate) fn condition(tx: &TenantTx, key: &DataKey, search: &CardSearch) -> sea_orm::Condition {
    let mut all = sea_orm::Condition::all();
    match search {
        CardSearch::Pesel(pesel) => {
            all = all.add(
                card::Column::Id.in_subquery(
                    Query::select()
                        .column(person::Column::CardId)
                        .from(person::Entity)
                        .and_where(tx.scope::<person::Entity>())
                        .and_where(person::Column::PeselIndex.eq(pesel_index(key, pesel)))
                        .to_owned(),
                ),
            );
        }
        CardSearch::Number(number) => {
            all = all
                .add(card::Column::NumberYear.eq(number.year))
                .add(card::Column::NumberSeq.eq(number.seq));
        }
        CardSearch::Names(tokens) => {
            for token in tokens {
                all = all.add(
                    card::Column::Id.in_subquery(
                        Query::select()
                            .column(person_token::Column::CardId)
                            .from(person_token::Entity)
                            .and_where(tx.scope::<person_token::Entity>())
                            .and_where(person_token::Column::Token.eq(token_index(key, token)))
                            .to_owned(),
                    ),
                );
            }
        }
    }
    all
}

/// The next number of `year` in the transaction's municipality. On PostgreSQL the counter's row
/// lock makes two openings at once take two numbers; SQLite's write lock serialises them anyway.
pub(crate) async fn next_number(tx: &TenantTx, year: i32) -> Result<CardNumber> {
    next_numbers(tx, year, 1).await
}

/// The first of `count` consecutive numbers of `year`, all taken.
pub(crate) async fn next_numbers(tx: &TenantTx, year: i32, count: i32) -> Result<CardNumber> {
    let conn = tx.conn().await?;
    card_number::Entity::insert(card_number::ActiveModel {
        tenant_id: Set(tx.tenant()),
        year: Set(year),
        last: Set(0),
    })
    .on_conflict(
        OnConflict::columns([card_number::Column::TenantId, card_number::Column::Year])
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(&*conn)
    .await?;
    tx.update_many::<card_number::Entity>()
        .col_expr(
            card_number::Column::Last,
            Expr::col(card_number::Column::Last).add(count),
        )
        .filter(card_number::Column::Year.eq(year))
        .exec(&*conn)
        .await?;
    let seq = tx
        .select::<card_number::Entity>()
        .filter(card_number::Column::Year.eq(year))
        .select_only()
        .column(card_number::Column::Last)
        .into_tuple::<i32>()
        .one(&*conn)
        .await?
        .ok_or_else(|| kernel::Error::internal("a card counter vanished"))?;
    Ok(CardNumber {
        year,
        seq: seq - count + 1,
    })
}

/// Indexes the names of `persons` (each `(person, card, data)`) for search, in one statement.
pub(crate) async fn index_names(
    tx: &TenantTx,
    key: &DataKey,
    persons: &[(Uuid, Uuid, &PersonalData)],
) -> Result<()> {
    let mut rows = Vec::new();
    for (person_id, card_id, data) in persons {
        let names = format!("{} {}", data.first_name, data.last_name);
        for token in kernel::search::tokens(&names) {
            rows.push(person_token::ActiveModel {
                tenant_id: Set(tx.tenant()),
                person_id: Set(*person_id),
                token: Set(token_index(key, &token)),
                card_id: Set(*card_id),
            });
        }
    }
    if rows.is_empty() {
        return Ok(());
    }
    let conn = tx.conn().await?;
    person_token::Entity::insert_many(rows)
        .on_conflict(
            OnConflict::columns([
                person_token::Column::TenantId,
                person_token::Column::PersonId,
                person_token::Column::Token,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(&*conn)
        .await?;
    Ok(())
}

/// How many cards and persons one run of the worker numbers and indexes at most.
const BACKFILL_BATCH: u64 = 500;

/// Numbers the cards and indexes the persons written before numbers and the name index existed
/// (a batch per run; afterwards it finds nothing to do). Returns how many it did.
pub async fn backfill(tx: &TenantTx, master: &kernel::crypto::MasterKey) -> Result<u64> {
    let unnumbered: Vec<(Uuid, chrono::NaiveDate)> = {
        let conn = tx.conn().await?;
        tx.select::<card::Entity>()
            .filter(card::Column::NumberSeq.is_null())
            .select_only()
            .column(card::Column::Id)
            .column(card::Column::InitiatedOn)
            .order_by_asc(card::Column::InitiatedOn)
            .order_by_asc(card::Column::Id)
            .limit(BACKFILL_BATCH)
            .into_tuple()
            .all(&*conn)
            .await?
    };
    for (id, initiated_on) in &unnumbered {
        let number = next_number(tx, chrono::Datelike::year(initiated_on)).await?;
        let conn = tx.conn().await?;
        tx.update_many::<card::Entity>()
            .col_expr(card::Column::NumberYear, Expr::value(number.year))
            .col_expr(card::Column::NumberSeq, Expr::value(number.seq))
            .filter(card::Column::Id.eq(*id))
            .exec(&*conn)
            .await?;
    }
    let unindexed = {
        let conn = tx.conn().await?;
        tx.select::<person::Entity>()
            .filter(
                person::Column::Id.not_in_subquery(
                    Query::select()
                        .column(person_token::Column::PersonId)
                        .from(person_token::Entity)
                        .and_where(tx.scope::<person_token::Entity>())
                        .to_owned(),
                ),
            )
            .filter(person::Column::CardId.not_in_subquery(erased_cards(tx)))
            .limit(BACKFILL_BATCH)
            .all(&*conn)
            .await?
    };
    if !unindexed.is_empty() {
        let key = tenancy::data_key(tx, master).await?;
        let mut opened = Vec::new();
        for p in &unindexed {
            let data: PersonalData = key.open_json(&p.sealed, &crate::place::person(p.id))?;
            opened.push((p.id, p.card_id, data));
        }
        let named: Vec<(Uuid, Uuid, &PersonalData)> =
            opened.iter().map(|(p, c, d)| (*p, *c, d)).collect();
        index_names(tx, &key, &named).await?;
    }
    let banded = backfill_age_bands(tx, master).await?;
    let flagged = backfill_alcohol(tx, master).await?;
    Ok(unnumbered.len() as u64 + unindexed.len() as u64 + banded + flagged)
}

/// Whether the perpetrator acted under alcohol, for cards written before it was kept in the
/// clear: their sealed details opened once.
async fn backfill_alcohol(tx: &TenantTx, master: &kernel::crypto::MasterKey) -> Result<u64> {
    let unflagged = {
        let conn = tx.conn().await?;
        tx.select::<card::Entity>()
            .filter(card::Column::PerpetratorUnderAlcohol.is_null())
            .filter(card::Column::Id.not_in_subquery(erased_cards(tx)))
            .select_only()
            .column(card::Column::Id)
            .column(card::Column::DetailsSealed)
            .limit(BACKFILL_BATCH)
            .into_tuple::<(Uuid, String)>()
            .all(&*conn)
            .await?
    };
    if unflagged.is_empty() {
        return Ok(0);
    }
    let key = tenancy::data_key(tx, master).await?;
    for (id, sealed) in &unflagged {
        let details: crate::domain::FormDetails =
            key.open_json(sealed, &crate::place::card(*id))?;
        let conn = tx.conn().await?;
        tx.update_many::<card::Entity>()
            .col_expr(
                card::Column::PerpetratorUnderAlcohol,
                Expr::value(details.perpetrator_under_alcohol),
            )
            .filter(card::Column::Id.eq(*id))
            .exec(&*conn)
            .await?;
    }
    Ok(unflagged.len() as u64)
}

/// The age band on the day of initiation of persons written before bands were kept: their
/// sealed date of birth opened once.
async fn backfill_age_bands(tx: &TenantTx, master: &kernel::crypto::MasterKey) -> Result<u64> {
    let (unbanded, initiated) = {
        let conn = tx.conn().await?;
        let unbanded = tx
            .select::<person::Entity>()
            .filter(person::Column::AgeBand.is_null())
            .filter(person::Column::CardId.not_in_subquery(erased_cards(tx)))
            .limit(BACKFILL_BATCH)
            .all(&*conn)
            .await?;
        let initiated: std::collections::HashMap<Uuid, chrono::NaiveDate> = tx
            .select::<card::Entity>()
            .filter(card::Column::Id.is_in(unbanded.iter().map(|p| p.card_id)))
            .select_only()
            .column(card::Column::Id)
            .column(card::Column::InitiatedOn)
            .into_tuple()
            .all(&*conn)
            .await?
            .into_iter()
            .collect();
        (unbanded, initiated)
    };
    if unbanded.is_empty() {
        return Ok(0);
    }
    let key = tenancy::data_key(tx, master).await?;
    for p in &unbanded {
        let band = match initiated.get(&p.card_id) {
            Some(on) => {
                let data: PersonalData = key.open_json(&p.sealed, &crate::place::person(p.id))?;
                kernel::stats::age_band(data.born_on, *on)
            }
            None => "unknown",
        };
        let conn = tx.conn().await?;
        tx.update_many::<person::Entity>()
            .col_expr(person::Column::AgeBand, Expr::value(band))
            .filter(person::Column::Id.eq(p.id))
            .exec(&*conn)
            .await?;
    }
    Ok(unbanded.len() as u64)
}

/// The cards whose personal data was erased (those with a report).
pub(crate) fn erased_cards(tx: &TenantTx) -> sea_orm::sea_query::SelectStatement {
    Query::select()
        .column(crate::store::erasure::Column::CardId)
        .from(crate::store::erasure::Entity)
        .and_where(tx.scope::<crate::store::erasure::Entity>())
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn numbers_read_as_people_write_them() {
        let n = CardNumber {
            year: 2026,
            seq: 42,
        };
        assert_eq!(n.to_string(), "NK/2026/0042");
        for raw in [
            "NK/2026/0042",
            "nk/2026/42",
            "NK 2026/42",
            "2026/42",
            " 2026 / 0042 ",
        ] {
            assert_eq!(CardNumber::parse(raw), Some(n), "{raw}");
        }
        for raw in [
            "NK/26/42",
            "2026/0",
            "2026/",
            "/42",
            "Kowalska",
            "NK/2026/1234567",
            "1999/1",
        ] {
            assert_eq!(CardNumber::parse(raw), None, "{raw}");
        }
    }

    #[test]
    fn a_search_is_a_pesel_a_number_or_names() {
        assert_eq!(
            CardSearch::parse("2026/7"),
            Ok(CardSearch::Number(CardNumber { year: 2026, seq: 7 }))
        );
        assert_eq!(
            CardSearch::parse("Wójcik Anna"),
            Ok(CardSearch::Names(vec!["wojcik".into(), "anna".into()]))
        );
        assert_eq!(CardSearch::parse(" a "), Err(SearchProblem::TooShort));
        assert_eq!(
            CardSearch::parse("12345678901"),
            Err(SearchProblem::InvalidPesel)
        );
        assert!(matches!(
            CardSearch::parse("44051401359"),
            Ok(CardSearch::Pesel(_))
        ));
    }

    proptest! {
        #[test]
        fn every_number_reads_back(year in 2000i32..2999, seq in 1i32..999_999) {
            let n = CardNumber { year, seq };
            prop_assert_eq!(CardNumber::parse(&n.to_string()), Some(n));
        }
    }
}
