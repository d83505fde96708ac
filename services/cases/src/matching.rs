//! Subsequent NK-A forms (kolejny formularz NK-A w toku procedury). Every NK-A opens as its
//! author's own filing; one that names the victim (and, when it names perpetrators, one of the
//! perpetrators) of another open procedure is recorded as a proposed match. The chair sees the
//! match once the filing has been forwarded to them, and attaches the filing to that procedure
//! or keeps it a procedure of its own; a filing with an undecided match gets no diagnostic
//! group. Nobody else sees a match: the author of a filing cannot tell from anything they read
//! whether its people are in another procedure, and no card changes before the chair decides.
//! A form about the people of a procedure in post-closure monitoring or closed within 12 months
//! is proposed the same way as a repeat (`repeats`): it cannot join the ended procedure, and the
//! chair links it or keeps it apart.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use kernel::crypto::DataKey;
use kernel::{Result, TenantTx, UserError};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, Condition, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

use crate::read::{CaseAccess, VisibleCard};

use crate::change::{
    apply_deadlines, at_version, claim, commit, date_errors, err, for_change, next, violence_set,
};
use crate::domain::{FormKind, PersonRole};
use crate::procedure::Status;
use crate::procedure::Step;
use crate::read::get_card;
use crate::read::{same_person, PersonKeys};
use crate::store::match_proposal::{self, Basis, Decision, Kind};
use crate::store::{card, form, person};
use crate::{place, FormContent};

/// A procedure about the people of a new form, why it matched, and whether it is still open
/// (the form can join it) or ended recently (the form is a repeat).
pub(crate) struct Match {
    procedure: Uuid,
    basis: Basis,
    kind: Kind,
}

/// How long after closing a procedure a new form about its people is shown to the chair as a
/// repeat.
const REPEAT_WINDOW: chrono::Months = chrono::Months::new(12);

/// Procedures naming one of the form's victims as a victim and, when the form names
/// perpetrators, one of them as a perpetrator: open ones (`Subsequent`), and those in
/// post-closure monitoring or closed within 12 months before `initiated_on` (`Repeat`).
/// `people` are the form's persons by role, with the keys that find them.
pub(crate) async fn procedures_about(
    tx: &TenantTx,
    people: &[(PersonRole, &PersonKeys)],
    initiated_on: NaiveDate,
) -> Result<Vec<Match>> {
    let open: Vec<&str> = Status::ALL
        .iter()
        .filter(|s| s.is_open())
        .map(|s| s.as_str())
        .collect();
    let cutoff = initiated_on
        .checked_sub_months(REPEAT_WINDOW)
        .unwrap_or(NaiveDate::MIN);
    let ended = Condition::any()
        .add(card::Column::Status.eq(Status::PostClosureMonitoring))
        .add(
            Condition::all()
                .add(card::Column::Status.eq(Status::Closed))
                .add(card::Column::ClosedOn.gte(cutoff)),
        );
    // Two statements whether or not anything matches, so that filing costs the same either way.
    let mut found = matching_cards(
        tx,
        people,
        Condition::all().add(card::Column::Status.is_in(open)),
        Kind::Subsequent,
    )
    .await?;
    found.extend(matching_cards(tx, people, ended, Kind::Repeat).await?);
    Ok(found)
}

/// The cards under `cards` naming the form's victim (and perpetrator), as matches of `kind`.
async fn matching_cards(
    tx: &TenantTx,
    people: &[(PersonRole, &PersonKeys)],
    cards: Condition,
    kind: Kind,
) -> Result<Vec<Match>> {
    let of_role = |role: PersonRole| -> Vec<&PersonKeys> {
        people
            .iter()
            .filter(|(r, _)| *r == role)
            .map(|(_, k)| *k)
            .collect()
    };
    let victims = of_role(PersonRole::Victim);
    let perpetrators = of_role(PersonRole::Perpetrator);
    let all: Vec<String> = people
        .iter()
        .flat_map(|(_, k)| k.pesel.clone().into_iter().chain([k.identity.clone()]))
        .collect();
    let conn = tx.conn().await?;
    let rows = tx
        .select::<person::Entity>()
        .filter(
            Condition::any()
                .add(person::Column::PeselIndex.is_in(all.clone()))
                .add(person::Column::IdentityIndex.is_in(all)),
        )
        .filter(
            person::Column::CardId.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(card::Column::Id)
                    .from(card::Entity)
                    .and_where(tx.scope::<card::Entity>())
                    .cond_where(cards)
                    .to_owned(),
            ),
        )
        .all(&*conn)
        .await?;
    let matching = |row: &person::Model, wanted: &[&PersonKeys]| {
        wanted
            .iter()
            .find(|k| same_person(k, row.pesel_index.as_deref(), &row.identity_index))
            .map(|k| match (&k.pesel, &row.pesel_index) {
                (Some(_), Some(_)) => Basis::Pesel,
                _ => Basis::NameAndBirthDate,
            })
    };
    // Per card: how its victim matched (a PESEL beats a name), and whether a perpetrator did.
    let mut per_card: HashMap<Uuid, (Option<Basis>, bool)> = HashMap::new();
    for row in &rows {
        let entry = per_card.entry(row.card_id).or_default();
        if row.role == PersonRole::Victim {
            if let Some(basis) = matching(row, &victims) {
                if entry.0 != Some(Basis::Pesel) {
                    entry.0 = Some(basis);
                }
            }
        }
        if row.role == PersonRole::Perpetrator && matching(row, &perpetrators).is_some() {
            entry.1 = true;
        }
    }
    let mut found: Vec<Match> = per_card
        .into_iter()
        .filter_map(|(procedure, (victim, perpetrator))| {
            victim
                .filter(|_| perpetrators.is_empty() || perpetrator)
                .map(|basis| Match {
                    procedure,
                    basis,
                    kind,
                })
        })
        .collect();
    found.sort_by_key(|m| m.procedure);
    Ok(found)
}

/// After a correction of a filing's persons, while the chair has not yet set up its group: the
/// filing's undecided proposals are replaced by those its corrected persons give, so that a
/// PESEL whose typo is fixed brings the earlier procedure to the chair, and a match made only by
/// the typo goes. Procedures the chair already decided on are not proposed again. The same
/// statements run whatever is found: the correction's answer says nothing of other cards.
pub(crate) async fn rematch(tx: &TenantTx, filing: &crate::BlueCard) -> Result<()> {
    if !matches!(filing.status, Status::Opened | Status::SentToChair) {
        return Ok(());
    }
    let (rows, decided) = {
        let conn = tx.conn().await?;
        let rows = tx
            .select::<person::Entity>()
            .filter(person::Column::CardId.eq(filing.id))
            .all(&*conn)
            .await?;
        let proposals = tx
            .select::<match_proposal::Entity>()
            .filter(match_proposal::Column::FilingCardId.eq(filing.id))
            .all(&*conn)
            .await?;
        tx.delete_many::<match_proposal::Entity>()
            .filter(match_proposal::Column::FilingCardId.eq(filing.id))
            .filter(match_proposal::Column::Decision.is_null())
            .exec(&*conn)
            .await?;
        let decided: Vec<Uuid> = proposals
            .iter()
            .filter(|p| p.decision.is_some())
            .map(|p| p.procedure_card_id)
            .collect();
        (rows, decided)
    };
    let keys: Vec<PersonKeys> = rows
        .iter()
        .map(|r| PersonKeys {
            pesel: r.pesel_index.clone(),
            identity: r.identity_index.clone(),
        })
        .collect();
    let people: Vec<(PersonRole, &PersonKeys)> =
        rows.iter().map(|r| r.role).zip(keys.iter()).collect();
    let mut found = procedures_about(tx, &people, filing.initiated_on).await?;
    found.retain(|m| m.procedure != filing.id && !decided.contains(&m.procedure));
    propose(tx, filing.id, &found).await
}

/// Records the matches of a new filing for the chair. The procedures' IDs go into the audit
/// entry of the filing (the data-protection officer sees them; nobody else does).
pub(crate) async fn propose(tx: &TenantTx, filing: Uuid, matches: &[Match]) -> Result<()> {
    if matches.is_empty() {
        return Ok(());
    }
    let now = Utc::now();
    let rows = matches.iter().map(|m| match_proposal::ActiveModel {
        tenant_id: Set(tx.tenant()),
        id: Set(Uuid::now_v7()),
        filing_card_id: Set(filing),
        procedure_card_id: Set(m.procedure),
        basis: Set(m.basis),
        kind: Set(m.kind),
        proposed_at: Set(now),
        decision: Set(None),
        decided_by: Set(None),
        decided_at: Set(None),
    });
    match_proposal::Entity::insert_many(rows)
        .exec_without_returning(&*tx.conn().await?)
        .await?;
    for m in matches {
        tx.touch(crate::ids::card_gid(m.procedure));
    }
    Ok(())
}

/// Podstawa dopasowania — why a form was matched with another procedure.
#[derive(async_graphql::Enum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchBasis {
    /// The same PESEL of a person experiencing violence.
    Pesel,
    /// The same name and date of birth (one of the two had no PESEL).
    NameAndBirthDate,
    /// Found by the chair, who attached the form without a proposal.
    Chair,
}

/// Rodzaj dopasowania — whether the form can join the procedure it matched.
#[derive(async_graphql::Enum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchKind {
    /// Kolejny formularz NK-A: the procedure is open; the form can join it.
    Subsequent,
    /// Ponowna procedura: the procedure is in post-closure monitoring or closed within the
    /// last 12 months; the form goes on as a new procedure, linked to it or not.
    Repeat,
}

/// A proposed match as the chair sees it.
#[derive(Clone, Debug)]
pub struct MatchProposal {
    pub id: Uuid,
    pub filing_card_id: Uuid,
    pub procedure_card_id: Uuid,
    pub basis: MatchBasis,
    pub kind: MatchKind,
    pub proposed_at: DateTime<Utc>,
    /// None while the chair has not decided.
    pub decision: Option<Decision>,
    pub decided_by: Option<Uuid>,
    pub decided_at: Option<DateTime<Utc>>,
}

/// The proposals about `cards` (as filing or as procedure) that the reader may see: the chair
/// sees those whose filing has reached them; anyone else sees none.
pub async fn proposals_of(
    tx: &TenantTx,
    reader: CaseAccess,
    cards: &[Uuid],
) -> Result<Vec<MatchProposal>> {
    if !reader.is_chair() || cards.is_empty() {
        return Ok(Vec::new());
    }
    let conn = tx.conn().await?;
    let rows = tx
        .select::<match_proposal::Entity>()
        .filter(
            Condition::any()
                .add(match_proposal::Column::FilingCardId.is_in(cards.iter().copied()))
                .add(match_proposal::Column::ProcedureCardId.is_in(cards.iter().copied())),
        )
        .filter(
            match_proposal::Column::FilingCardId.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(card::Column::Id)
                    .from(card::Entity)
                    .and_where(tx.scope::<card::Entity>())
                    .and_where(card::Column::Status.ne(Status::Opened))
                    .to_owned(),
            ),
        )
        // A card erased at the end of its retention is matched with nothing any more.
        .filter(
            match_proposal::Column::FilingCardId.not_in_subquery(crate::search::erased_cards(tx)),
        )
        .filter(
            match_proposal::Column::ProcedureCardId
                .not_in_subquery(crate::search::erased_cards(tx)),
        )
        .all(&*conn)
        .await?;
    let mut found: Vec<MatchProposal> = rows
        .into_iter()
        .map(|m| MatchProposal {
            id: m.id,
            filing_card_id: m.filing_card_id,
            procedure_card_id: m.procedure_card_id,
            basis: match m.basis {
                Basis::Pesel => MatchBasis::Pesel,
                Basis::NameAndBirthDate => MatchBasis::NameAndBirthDate,
                Basis::Chair => MatchBasis::Chair,
            },
            kind: match m.kind {
                Kind::Subsequent => MatchKind::Subsequent,
                Kind::Repeat => MatchKind::Repeat,
            },
            proposed_at: m.proposed_at,
            decision: m.decision,
            decided_by: m.decided_by,
            decided_at: m.decided_at,
        })
        .collect();
    found.sort_by_key(|p| p.id);
    Ok(found)
}

/// Whether the filing still has a match the chair has not decided on.
pub(crate) async fn undecided(tx: &TenantTx, filing: Uuid) -> Result<bool> {
    let conn = tx.conn().await?;
    Ok(tx
        .select::<match_proposal::Entity>()
        .filter(match_proposal::Column::FilingCardId.eq(filing))
        .filter(match_proposal::Column::Decision.is_null())
        .one(&*conn)
        .await?
        .is_some())
}

/// Decides the filing's open proposals: the one naming the chosen procedure (recorded if the
/// chair found it themself) gets `decision` (attached, or linked as a repeat), every other is
/// kept separate.
pub(crate) async fn decide(
    tx: &TenantTx,
    filing: Uuid,
    chosen: Option<(Uuid, Decision, Kind)>,
    by: Uuid,
) -> Result<()> {
    let now = Utc::now();
    let conn = tx.conn().await?;
    if let Some((procedure, decision, kind)) = chosen {
        let updated = tx
            .update_many::<match_proposal::Entity>()
            .col_expr(match_proposal::Column::Decision, Expr::value(decision))
            .col_expr(match_proposal::Column::DecidedBy, Expr::value(by))
            .col_expr(match_proposal::Column::DecidedAt, Expr::value(now))
            .filter(match_proposal::Column::FilingCardId.eq(filing))
            .filter(match_proposal::Column::ProcedureCardId.eq(procedure))
            .exec(&*conn)
            .await?
            .rows_affected;
        if updated == 0 {
            match_proposal::ActiveModel {
                tenant_id: Set(tx.tenant()),
                id: Set(Uuid::now_v7()),
                filing_card_id: Set(filing),
                procedure_card_id: Set(procedure),
                basis: Set(Basis::Chair),
                kind: Set(kind),
                proposed_at: Set(now),
                decision: Set(Some(decision)),
                decided_by: Set(Some(by)),
                decided_at: Set(Some(now)),
            }
            .insert(&*conn)
            .await?;
        }
    }
    tx.update_many::<match_proposal::Entity>()
        .col_expr(
            match_proposal::Column::Decision,
            Expr::value(Decision::KeptSeparate),
        )
        .col_expr(match_proposal::Column::DecidedBy, Expr::value(by))
        .col_expr(match_proposal::Column::DecidedAt, Expr::value(now))
        .filter(match_proposal::Column::FilingCardId.eq(filing))
        .filter(match_proposal::Column::Decision.is_null())
        .exec(&*conn)
        .await?;
    Ok(())
}

pub(crate) fn chair_only(reader: CaseAccess) -> Result<()> {
    if reader.is_chair() {
        Ok(())
    } else {
        Err(kernel::Error::Forbidden(
            "only the team's chair decides where a form belongs".to_owned(),
        ))
    }
}

/// The chair attaches a filing that reached them to an open procedure about the same people:
/// its NK-A joins that procedure as a subsequent form, with the persons the procedure did not
/// have yet and its forms of violence; the filing ends as `ATTACHED`. Both cards must still be
/// at the versions the chair saw.
#[allow(clippy::too_many_arguments)]
pub async fn attach(
    tx: &TenantTx,
    reader: CaseAccess,
    key: &DataKey,
    filing_id: Uuid,
    filing_version: i32,
    procedure_id: Uuid,
    procedure_version: i32,
    on: NaiveDate,
) -> Result<std::result::Result<(VisibleCard, VisibleCard), Vec<UserError>>> {
    if !reader.is_chair() {
        // Asked for, and not theirs to see or decide: recorded with the refusal.
        tx.deny(crate::ids::card_gid(procedure_id));
    }
    // Visible to the caller but not theirs to decide: FORBIDDEN; invisible: NOT_FOUND.
    let filing = get_card(tx, reader, key, filing_id).await?;
    chair_only(reader)?;
    let filing = at_version(filing, filing_version)?;
    if let Err(e) = next(&filing, Step::Attached, "be attached to another procedure") {
        return Ok(Err(e));
    }
    if procedure_id == filing_id {
        return Ok(Err(err(
            &["input", "procedureId"],
            "SAME_CARD",
            "a form cannot be attached to itself",
        )));
    }
    let procedure = for_change(tx, reader, key, procedure_id, procedure_version).await?;
    if Step::SubsequentNkA.transition(procedure.status).is_none() {
        return Ok(Err(err(
            &["input", "procedureId"],
            "ILLEGAL_TRANSITION",
            format!(
                "a card in status {} takes no more forms",
                procedure.status.as_str().replace('_', " ")
            ),
        )));
    }
    let not_before = filing.chair_received_on.unwrap_or(filing.initiated_on);
    if let Some(e) = date_errors(on, not_before, "on", "the day of attaching") {
        return Ok(Err(e));
    }
    // Claimed in a fixed order, so two decisions about the same pair never deadlock.
    let (first, second) = if filing.id < procedure.id {
        (&filing, &procedure)
    } else {
        (&procedure, &filing)
    };
    claim(tx, first).await?;
    claim(tx, second).await?;

    let now = Utc::now();
    let (filed, known) = {
        let conn = tx.conn().await?;
        let mut rows = tx
            .select::<person::Entity>()
            .filter(person::Column::CardId.is_in([filing.id, procedure.id]))
            .all(&*conn)
            .await?;
        rows.sort_by_key(|p| p.id);
        rows.into_iter()
            .partition::<Vec<_>, _>(|p| p.card_id == filing.id)
    };
    // Each person of the filing on the procedure: the one already there, or a copy sealed for
    // its new place.
    let mut on_procedure: HashMap<Uuid, Uuid> = HashMap::new();
    let mut copied: Vec<(Uuid, crate::domain::PersonalData)> = Vec::new();
    // The procedure's persons' roles and whether each is a minor, with the copies.
    let mut procedure_roles: HashMap<Uuid, (crate::domain::PersonRole, bool)> = known
        .iter()
        .map(|row| (row.id, (row.role, row.minor)))
        .collect();
    {
        let conn = tx.conn().await?;
        for p in &filed {
            let keys = PersonKeys {
                pesel: p.pesel_index.clone(),
                identity: p.identity_index.clone(),
            };
            if let Some(existing) = known
                .iter()
                .find(|row| same_person(&keys, row.pesel_index.as_deref(), &row.identity_index))
            {
                on_procedure.insert(p.id, existing.id);
                continue;
            }
            let data: crate::domain::PersonalData =
                key.open_json(&p.sealed, &place::person(p.id))?;
            let id = Uuid::now_v7();
            person::ActiveModel {
                tenant_id: Set(tx.tenant()),
                id: Set(id),
                card_id: Set(procedure.id),
                role: Set(p.role),
                sex: Set(p.sex),
                minor: Set(p.minor),
                sealed: Set(key.seal_json(&data, &place::person(id))?),
                pesel_index: Set(p.pesel_index.clone()),
                identity_index: Set(p.identity_index.clone()),
                created_at: Set(now),
                age_band: Set(Some(
                    kernel::stats::age_band(data.born_on, procedure.initiated_on).to_owned(),
                )),
            }
            .insert(&*conn)
            .await?;
            on_procedure.insert(p.id, id);
            procedure_roles.insert(id, (p.role, p.minor));
            copied.push((id, data));
        }
        // The filing's NK-A as it stands (with the corrections made to it since), and the
        // forms attached to the filing before, if the chair attached others to it.
        let forms = tx
            .select::<form::Entity>()
            .filter(form::Column::CardId.eq(filing.id))
            .filter(form::Column::Kind.is_in([FormKind::NkA, FormKind::NkASubsequent]))
            .all(&*conn)
            .await?;
        for f in forms {
            let content: FormContent = key.open_json(&f.sealed, &place::form(f.id))?;
            let own = f.kind == FormKind::NkA;
            let content = match content {
                FormContent::NkA {
                    details,
                    violence_forms,
                    person_ids,
                } => FormContent::NkA {
                    details: {
                        let mut details = if own { filing.details.clone() } else { details };
                        // NK-B's recipient as the procedure holds them, if they may have it
                        // there (a match found by name may be the procedure's perpetrator).
                        details.nk_b_recipient = details
                            .nk_b_recipient
                            .and_then(|p| on_procedure.get(&p).copied())
                            .filter(|p| {
                                let minor_victim = procedure_roles.values().any(|(role, minor)| {
                                    *minor && *role == crate::domain::PersonRole::Victim
                                });
                                procedure_roles.get(p).is_some_and(|(role, minor)| {
                                    crate::presence::nk_b_refusal(*role, !*minor, minor_victim)
                                        .is_none()
                                })
                            });
                        details
                    },
                    violence_forms: if own {
                        filing.violence_forms.clone()
                    } else {
                        violence_forms
                    },
                    person_ids: person_ids
                        .iter()
                        .filter_map(|p| on_procedure.get(p).copied())
                        .collect(),
                },
                other => other,
            };
            let id = Uuid::now_v7();
            form::ActiveModel {
                tenant_id: Set(tx.tenant()),
                id: Set(id),
                card_id: Set(procedure.id),
                kind: Set(FormKind::NkASubsequent),
                filled_on: Set(f.filled_on),
                filled_by: Set(f.filled_by),
                sealed: Set(key.seal_json(&content, &place::form(id))?),
                created_at: Set(now),
            }
            .insert(&*conn)
            .await?;
        }
    }
    let named: Vec<(Uuid, Uuid, &crate::domain::PersonalData)> = copied
        .iter()
        .map(|(id, data)| (*id, procedure.id, data))
        .collect();
    crate::search::index_names(tx, key, &named).await?;
    decide(
        tx,
        filing.id,
        Some((procedure.id, Decision::Attached, Kind::Subsequent)),
        reader.user(),
    )
    .await?;
    apply_deadlines(tx, filing.id, Step::Attached, on).await?;
    let mut forms = procedure.violence_forms.clone();
    forms.extend(filing.violence_forms.iter().copied());
    let procedure = commit(
        tx,
        key,
        &procedure,
        Step::SubsequentNkA,
        reader,
        vec![(
            card::Column::ViolenceForms,
            Expr::value(violence_set(&forms)),
        )],
    )
    .await?;
    let filing = commit(
        tx,
        key,
        &filing,
        Step::Attached,
        reader,
        vec![(card::Column::AttachedTo, Expr::value(Some(procedure.id)))],
    )
    .await?;
    Ok(Ok((filing, procedure)))
}

/// The chair keeps a filing with a proposed match a procedure of its own; the diagnostic group
/// can be set up next. The decision is the chair's record only: the filing itself (its
/// version, history, deadlines) stays exactly as a filing without a match, so its author
/// learns nothing from it.
pub async fn keep_separate(
    tx: &TenantTx,
    reader: CaseAccess,
    key: &DataKey,
    filing_id: Uuid,
    expected_version: i32,
) -> Result<std::result::Result<VisibleCard, Vec<UserError>>> {
    let filing = get_card(tx, reader, key, filing_id).await?;
    chair_only(reader)?;
    let filing = at_version(filing, expected_version)?;
    // Keeping a filing separate is a decision about its match, not a step of its procedure:
    // it is taken where the group could be set up next.
    if let Err(e) = next(
        &filing,
        Step::GroupSetUp,
        "be kept as a procedure of its own",
    ) {
        return Ok(Err(e));
    }
    // Holds the card (without changing it) so a concurrent attach waits and then conflicts.
    claim(tx, &filing).await?;
    if !undecided(tx, filing.id).await? {
        return Ok(Err(err(
            &["input", "id"],
            "NO_MATCH",
            "this form has no proposed match to decide",
        )));
    }
    decide(tx, filing.id, None, reader.user()).await?;
    Ok(Ok(filing))
}
