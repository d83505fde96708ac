//! Social contracts (kontrakt socjalny) under a family's file: concluded by those working with
//! the family for a period, with a review day and the terms (what it is to achieve, what the
//! family and the centre undertake), then settled as fulfilled, partly fulfilled, not fulfilled
//! or terminated. A contract is reached through its file: whoever may not read the file gets
//! what a contract that does not exist gets. Concluding one counts as help of the kind
//! `SOCIAL_CONTRACT` on the day it was signed.

use chrono::{NaiveDate, Utc};
use kernel::crypto::DataKey;
use kernel::{Error, Result, TenantTx, UserError};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, QueryFilter, QueryOrder, Set};
use uuid::Uuid;

use crate::access::{lock_file, FamilyAccess, VisibleFile};
use crate::domain::{ContractOutcome, ContractTerms, NewContract, NewHelp, Settlement};
use crate::place;
use crate::store::contract;
use crate::usecases::{closed_problem, insert_help, Outcome};

/// Kontrakt socjalny, as those working with the family read it.
#[derive(Clone, Debug)]
pub struct SocialContract {
    pub id: Uuid,
    pub file_id: Uuid,
    pub signed_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub review_on: Option<NaiveDate>,
    pub terms: ContractTerms,
    pub recorded_by: Uuid,
    /// How it ended, when, and the note on it.
    pub settled: Option<(ContractOutcome, NaiveDate, Option<String>)>,
    pub version: i32,
}

fn refused<T>(field: &str, code: &str, message: impl Into<String>) -> Outcome<T> {
    Ok(Err(vec![UserError::new(&["input", field], code, message)]))
}

/// Concludes a contract under an open file: signed neither in the future nor before the file
/// was opened, ending on or after that day, reviewed within the period. Those working with the
/// family; the help it is counts in the same transaction.
pub async fn conclude_contract(
    tx: &TenantTx,
    reader: FamilyAccess,
    key: &DataKey,
    new: NewContract,
) -> Outcome<SocialContract> {
    let file = lock_file(tx, reader, key, new.file_id).await?;
    if let Some(problem) = closed_problem(&file, "fileId") {
        return Ok(Err(problem));
    }
    if new.signed_on > kernel::calendar::today() {
        return refused("signedOn", "IN_FUTURE", "the day cannot be in the future");
    }
    if new.signed_on < file.opened_on {
        return refused(
            "signedOn",
            "TOO_EARLY",
            format!("the file was opened on {}", file.opened_on),
        );
    }
    if new.ends_on < new.signed_on {
        return refused(
            "endsOn",
            "BEFORE_START",
            "a contract ends after it is signed",
        );
    }
    if new
        .review_on
        .is_some_and(|r| r < new.signed_on || r > new.ends_on)
    {
        return refused(
            "reviewOn",
            "OUTSIDE_PERIOD",
            "the review falls within the contract's period",
        );
    }
    let id = Uuid::now_v7();
    {
        let conn = tx.conn().await?;
        contract::ActiveModel {
            tenant_id: Set(tx.tenant()),
            id: Set(id),
            file_id: Set(file.id),
            signed_on: Set(new.signed_on),
            ends_on: Set(new.ends_on),
            review_on: Set(new.review_on),
            terms_sealed: Set(key.seal_json(&new.terms, &place::terms(id))?),
            recorded_by: Set(reader.user()),
            created_at: Set(Utc::now()),
            outcome: Set(None),
            settled_on: Set(None),
            settled_by: Set(None),
            settlement_sealed: Set(None),
            version: Set(1),
        }
        .insert(&*conn)
        .await?;
    }
    let counted = NewHelp {
        file_id: file.id,
        kind: cases::domain::WorkKind::SocialContract,
        variant: None,
        occurred_on: new.signed_on,
        note: None,
    };
    if let Err(errors) = insert_help(tx, reader, key, &file, counted, Some(id)).await? {
        return Err(Error::internal(format!(
            "a contract's help was refused: {errors:?}"
        )));
    }
    Ok(Ok(SocialContract {
        id,
        file_id: file.id,
        signed_on: new.signed_on,
        ends_on: new.ends_on,
        review_on: new.review_on,
        terms: new.terms,
        recorded_by: reader.user(),
        settled: None,
        version: 1,
    }))
}

/// Settles a contract of an open file at its version: how it ended, on a day neither in the
/// future nor before it was signed. Those working with the family; once only.
pub async fn settle_contract(
    tx: &TenantTx,
    reader: FamilyAccess,
    key: &DataKey,
    settlement: Settlement,
) -> Outcome<SocialContract> {
    // Need to know first: only a contract of a file the reader works on is looked for, so one
    // of another file is answered exactly as one that does not exist.
    let row = if crate::access::works(reader) {
        let conn = tx.conn().await?;
        tx.select::<contract::Entity>()
            .filter(contract::Column::Id.eq(settlement.id))
            .filter(contract::Column::FileId.in_subquery(crate::access::worked_on(tx, reader)))
            .one(&*conn)
            .await?
    } else {
        None
    };
    let Some(row) = row else {
        tx.deny(crate::ids::contract_gid(settlement.id));
        return Err(Error::NotFound);
    };
    let file = lock_file(tx, reader, key, row.file_id).await?;
    if row.version != settlement.version {
        return Err(Error::Conflict(
            "this contract was changed by someone else; reload and try again".into(),
        ));
    }
    if let Some(problem) = closed_problem(&file, "id") {
        return Ok(Err(problem));
    }
    if row.outcome.is_some() {
        return refused("id", "ALREADY_SETTLED", "the contract was settled before");
    }
    if settlement.settled_on > kernel::calendar::today() {
        return refused("settledOn", "IN_FUTURE", "the day cannot be in the future");
    }
    if settlement.settled_on < row.signed_on {
        return refused(
            "settledOn",
            "TOO_EARLY",
            format!("the contract was signed on {}", row.signed_on),
        );
    }
    let note = settlement
        .note
        .as_deref()
        .map(|n| key.seal(n.as_bytes(), &place::settlement(row.id)))
        .transpose()?;
    {
        let conn = tx.conn().await?;
        let claimed = tx
            .update_many::<contract::Entity>()
            .col_expr(contract::Column::Outcome, Expr::value(settlement.outcome))
            .col_expr(
                contract::Column::SettledOn,
                Expr::value(settlement.settled_on),
            )
            .col_expr(contract::Column::SettledBy, Expr::value(reader.user()))
            .col_expr(contract::Column::SettlementSealed, Expr::value(note))
            .col_expr(contract::Column::Version, Expr::value(row.version + 1))
            .filter(contract::Column::Id.eq(row.id))
            .filter(contract::Column::Version.eq(row.version))
            .exec(&*conn)
            .await?;
        if claimed.rows_affected == 0 {
            return Err(Error::Conflict(
                "this contract was changed by someone else; reload and try again".into(),
            ));
        }
    }
    let mut done = contract_from(row, key)?;
    done.settled = Some((settlement.outcome, settlement.settled_on, settlement.note));
    done.version += 1;
    Ok(Ok(done))
}

fn contract_from(m: contract::Model, key: &DataKey) -> Result<SocialContract> {
    let note = m
        .settlement_sealed
        .as_deref()
        .map(|n| {
            key.open(n, &place::settlement(m.id)).and_then(|b| {
                String::from_utf8(b).map_err(|_| Error::internal("a contract's note is not UTF-8"))
            })
        })
        .transpose()?;
    Ok(SocialContract {
        terms: key.open_json(&m.terms_sealed, &place::terms(m.id))?,
        settled: m.outcome.zip(m.settled_on).map(|(o, on)| (o, on, note)),
        id: m.id,
        file_id: m.file_id,
        signed_on: m.signed_on,
        ends_on: m.ends_on,
        review_on: m.review_on,
        recorded_by: m.recorded_by,
        version: m.version,
    })
}

/// The contracts of each of `files`, the latest signed first.
pub async fn contracts_of(
    tx: &TenantTx,
    key: &DataKey,
    files: &[&VisibleFile],
) -> Result<Vec<SocialContract>> {
    let rows = {
        let conn = tx.conn().await?;
        tx.select::<contract::Entity>()
            .filter(contract::Column::FileId.is_in(files.iter().map(|f| f.id)))
            .order_by_desc(contract::Column::SignedOn)
            .order_by_desc(contract::Column::Id)
            .all(&*conn)
            .await?
    };
    rows.into_iter().map(|m| contract_from(m, key)).collect()
}
