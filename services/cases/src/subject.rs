//! What the Blue Card procedure holds about one person, for an access request (GDPR art. 15):
//! every card on which the person's PESEL is recorded (erased cards hold none), with the
//! person's data as it is now and as corrections replaced it, the forms that name them (NK-A
//! listing them, NK-C or NK-D filled with them, a notice to them), the closure of those
//! procedures and the group's meetings with them. Read for the data-protection officer, outside
//! need to know by design; each card and person read is touched in the audit trail.

use async_trait::async_trait;
use kernel::crypto::DataKey;
use kernel::subject::{Held, Subject, SubjectSource};
use kernel::{Result, TenantTx};
use sea_orm::{ColumnTrait, QueryFilter};
use serde_json::json;
use uuid::Uuid;

use crate::ids::{card_gid, form_gid, person_gid};
use crate::read::{card_from, forms_of, persons_of};
use crate::search::pesel_index;
use crate::store::{card, person};
use crate::FormContent;

const REGISTER: &str = "Niebieskie Karty";

/// The Blue Card procedure's records about one person.
pub struct CaseRecords;

fn value<T: serde::Serialize>(v: &T) -> Result<serde_json::Value> {
    serde_json::to_value(v).map_err(|e| kernel::Error::internal(format!("an access export: {e}")))
}

#[async_trait]
impl SubjectSource for CaseRecords {
    fn name(&self) -> &'static str {
        "cases"
    }

    async fn held(&self, tx: &TenantTx, key: &DataKey, subject: &Subject) -> Result<Vec<Held>> {
        let pesel = &subject.pesel;
        let (ids, cards): (Vec<Uuid>, Vec<card::Model>) = {
            let conn = tx.conn().await?;
            let ids: Vec<Uuid> = tx
                .select::<person::Entity>()
                .filter(person::Column::PeselIndex.eq(pesel_index(key, pesel)))
                .all(&*conn)
                .await?
                .into_iter()
                .map(|p| p.id)
                .collect();
            let cards = tx
                .select::<card::Entity>()
                .filter(card::Column::Id.not_in_subquery(crate::search::erased_cards(tx)))
                .filter(
                    card::Column::Id.in_subquery(
                        sea_orm::sea_query::Query::select()
                            .column(person::Column::CardId)
                            .from(person::Entity)
                            .and_where(tx.scope::<person::Entity>())
                            .and_where(person::Column::Id.is_in(ids.iter().copied()))
                            .to_owned(),
                    ),
                )
                .all(&*conn)
                .await?;
            (ids, cards)
        };
        if cards.is_empty() {
            return Ok(Vec::new());
        }
        let card_ids: Vec<Uuid> = cards.iter().map(|c| c.id).collect();
        let persons = persons_of(tx, key, &card_ids).await?;
        let forms = forms_of(tx, key, &card_ids).await?;
        let revisions = crate::revisions_of(tx, key, &card_ids).await?;
        let meetings = crate::meetings_of(tx, key, &card_ids).await?;
        let mut held = Vec::new();
        for c in cards {
            let card = card_from(c, key)?;
            tx.touch(card_gid(card.id));
            held.push(Held {
                register: REGISTER,
                kind: "karta",
                id: card_gid(card.id),
                data: json!({
                    "number": card.number.map(|n| n.to_string()),
                    "status": card.status.as_str(),
                    "initiatedOn": card.initiated_on,
                    "closedOn": card.closed_on,
                    "closureGround": card.closure_ground.map(|g| g.as_str()),
                    "initiatorInstitution": card.initiator_institution.as_str(),
                }),
            });
            for p in persons
                .iter()
                .filter(|p| p.card_id == card.id && ids.contains(&p.id))
            {
                tx.touch(person_gid(p.id));
                held.push(Held {
                    register: REGISTER,
                    kind: "osoba w procedurze",
                    id: person_gid(p.id),
                    data: json!({
                        "card": card_gid(card.id),
                        "role": p.role.as_str(),
                        "sex": p.sex.as_str(),
                        "minorWhenInitiated": p.minor,
                        "data": value(&p.data)?,
                    }),
                });
                for r in revisions.iter().filter(|r| r.person_id == p.id) {
                    held.push(Held {
                        register: REGISTER,
                        kind: "poprawka danych osoby (wartości sprzed poprawki)",
                        id: person_gid(p.id),
                        data: json!({
                            "correctedAt": r.corrected_at,
                            "fields": r.fields,
                            "earlier": value(&r.earlier)?,
                        }),
                    });
                }
            }
            let theirs = |id: &Uuid| ids.contains(id);
            for f in forms.iter().filter(|f| f.card_id == card.id) {
                let names_them = match &f.content {
                    FormContent::NkA { person_ids, .. } => person_ids.iter().any(theirs),
                    FormContent::Diagnosis { person_id, .. } => theirs(person_id),
                    FormContent::PerpetratorNotice { notice } => theirs(&notice.person_id),
                    // The closing of a procedure about them.
                    FormContent::Closure { .. } => true,
                    FormContent::FamilyCourtNotice { .. } => false,
                };
                if names_them {
                    held.push(Held {
                        register: REGISTER,
                        kind: "formularz",
                        id: form_gid(f.id),
                        data: json!({
                            "kind": f.kind.as_str(),
                            "filledOn": f.filled_on,
                            "content": value(&f.content)?,
                        }),
                    });
                }
            }
            for m in meetings
                .iter()
                .filter(|m| m.card_id == card.id && m.details.met.iter().any(theirs))
            {
                held.push(Held {
                    register: REGISTER,
                    kind: "posiedzenie grupy diagnostyczno-pomocowej z udziałem osoby",
                    id: card_gid(card.id),
                    data: json!({
                        "heldOn": m.held_on,
                        "place": m.details.place,
                        "note": m.details.note,
                    }),
                });
            }
        }
        Ok(held)
    }
}
