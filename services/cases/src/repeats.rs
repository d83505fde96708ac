//! Repeats: an NK-A about the people of a procedure in post-closure monitoring or closed within
//! the last 12 months cannot join it (it ended), but it is not news either. `matching` proposes
//! it to the chair as a repeat; the chair links the new procedure to the earlier one, so that
//! its diagnostic group knows the history, or keeps it apart. Like every match, nothing of it
//! shows before the chair decides, and the filing itself does not change: its author learns
//! nothing from it.

use chrono::{DateTime, NaiveDate, Utc};
use kernel::crypto::DataKey;
use kernel::{Result, TenantTx, UserError};
use sea_orm::{ColumnTrait, QueryFilter};
use uuid::Uuid;

use crate::change::{at_version, claim, err, next};
use crate::domain::ClosureGround;
use crate::matching::{chair_only, decide, undecided};
use crate::procedure::{Status, Step};
use crate::read::{get_card, CaseAccess, VisibleCard};
use crate::store::card;
use crate::store::match_proposal::{self, Decision, Kind};

/// The chair links a filing that reached them to an earlier procedure about the same people,
/// in post-closure monitoring or closed: the filing goes on as a procedure of its own (its
/// group can be set up next) and knows the earlier one.
pub async fn link_to_earlier(
    tx: &TenantTx,
    reader: CaseAccess,
    key: &DataKey,
    filing_id: Uuid,
    expected_version: i32,
    earlier_id: Uuid,
) -> Result<std::result::Result<VisibleCard, Vec<UserError>>> {
    if !reader.is_chair() {
        tx.deny(crate::ids::card_gid(earlier_id));
    }
    let filing = get_card(tx, reader, key, filing_id).await?;
    chair_only(reader)?;
    let filing = at_version(filing, expected_version)?;
    if let Err(e) = next(
        &filing,
        Step::GroupSetUp,
        "be linked to an earlier procedure",
    ) {
        return Ok(Err(e));
    }
    if earlier_id == filing_id {
        return Ok(Err(err(
            &["input", "procedureId"],
            "SAME_CARD",
            "a form cannot be linked to itself",
        )));
    }
    let earlier = get_card(tx, reader, key, earlier_id).await?;
    if !matches!(
        earlier.status,
        Status::PostClosureMonitoring | Status::Closed
    ) {
        return Ok(Err(err(
            &["input", "procedureId"],
            "NOT_ENDED",
            "the procedure is still open: attach the form to it instead",
        )));
    }
    // Holds the card (without changing it) so a concurrent decision waits and then conflicts.
    claim(tx, &filing).await?;
    if !undecided(tx, filing.id).await? {
        return Ok(Err(err(
            &["input", "id"],
            "NO_MATCH",
            "this form has no proposed match to decide",
        )));
    }
    decide(
        tx,
        filing.id,
        Some((earlier.id, Decision::Linked, Kind::Repeat)),
        reader.user(),
    )
    .await?;
    Ok(Ok(filing))
}

/// An earlier procedure a card was linked to, as its group sees it: what it was and how it
/// ended, not its people or forms.
#[derive(Clone, Debug)]
pub struct EarlierProcedure {
    pub card_id: Uuid,
    pub earlier_id: Uuid,
    pub number: Option<crate::search::CardNumber>,
    pub status: Status,
    pub initiated_on: NaiveDate,
    pub closed_on: Option<NaiveDate>,
    pub closure_ground: Option<ClosureGround>,
    pub linked_at: DateTime<Utc>,
}

/// The earlier procedures the chair linked `card` to, for the chair and the card's diagnostic
/// group (who work the new procedure); nobody else, the form's author included, learns of them.
pub async fn earlier_procedures(
    tx: &TenantTx,
    reader: CaseAccess,
    card_id: Uuid,
) -> Result<Vec<EarlierProcedure>> {
    earlier_procedures_of(tx, reader, &[card_id]).await
}

/// The earlier procedures of each of `card_ids` (a list's page) in a constant number of
/// statements, each naming its card in `card_id`, oldest first; for the cards whose group the
/// reader is in, or all of them for the chair.
pub async fn earlier_procedures_of(
    tx: &TenantTx,
    reader: CaseAccess,
    card_ids: &[Uuid],
) -> Result<Vec<EarlierProcedure>> {
    let allowed: Vec<Uuid> = if reader.is_chair() {
        card_ids.to_vec()
    } else {
        let mine: std::collections::HashSet<Uuid> = crate::group_of(tx, card_ids)
            .await?
            .into_iter()
            .filter(|m| m.user_id == reader.user())
            .map(|m| m.card_id)
            .collect();
        card_ids
            .iter()
            .copied()
            .filter(|id| mine.contains(id))
            .collect()
    };
    if allowed.is_empty() {
        return Ok(Vec::new());
    }
    let conn = tx.conn().await?;
    let links = tx
        .select::<match_proposal::Entity>()
        .filter(match_proposal::Column::FilingCardId.is_in(allowed))
        .filter(match_proposal::Column::Decision.eq(Decision::Linked))
        .all(&*conn)
        .await?;
    if links.is_empty() {
        return Ok(Vec::new());
    }
    let cards = tx
        .select::<card::Entity>()
        .filter(card::Column::Id.is_in(links.iter().map(|l| l.procedure_card_id)))
        // One erased at the end of its retention is no longer said to have been.
        .filter(card::Column::Id.not_in_subquery(crate::search::erased_cards(tx)))
        .all(&*conn)
        .await?;
    let mut found: Vec<EarlierProcedure> = links
        .iter()
        .filter_map(|l| {
            let c = cards.iter().find(|c| c.id == l.procedure_card_id)?;
            Some(EarlierProcedure {
                card_id: l.filing_card_id,
                earlier_id: c.id,
                number: crate::search::number_of(c),
                status: c.status,
                initiated_on: c.initiated_on,
                closed_on: c.closed_on,
                closure_ground: c.closure_ground,
                linked_at: l.decided_at.unwrap_or(l.proposed_at),
            })
        })
        .collect();
    found.sort_by_key(|e| e.initiated_on);
    Ok(found)
}
