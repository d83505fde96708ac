//! What the programmes hold about one person, for an access request (GDPR art. 15). A participant
//! is recorded without PESEL, so the person is found by the name the request gives and the date
//! of birth the PESEL holds (`kernel::subject::Subject::match_of`); without a name nothing is
//! searched here. Each enrolment is opened in the server to look. One of the person with that
//! date of birth is exported — the programme and its edition, the participant as recorded, the
//! enrolment's course and each session with their presence; one of someone of that name whose
//! date of birth was not recorded, only as that name and the enrolment's ID, for the officer to
//! check. Each one exported, and each session, is touched in the audit trail.

use async_trait::async_trait;
use kernel::crypto::DataKey;
use kernel::subject::{Held, Match, Subject, SubjectSource};
use kernel::{Result, TenantTx};
use sea_orm::{ColumnTrait, QueryFilter};
use serde_json::json;

use crate::domain::Participant;
use crate::store::{attendance, edition, enrolment, programme, session};
use crate::{ids, place};

const REGISTER: &str = "Programy";

/// The programmes' records about one person.
pub struct ParticipantRecords;

#[async_trait]
impl SubjectSource for ParticipantRecords {
    fn name(&self) -> &'static str {
        "programmes"
    }

    async fn held(&self, tx: &TenantTx, key: &DataKey, subject: &Subject) -> Result<Vec<Held>> {
        if !subject.is_named() {
            return Ok(Vec::new());
        }
        let conn = tx.conn().await?;
        let mut theirs = Vec::new();
        let mut held = Vec::new();
        for m in tx.select::<enrolment::Entity>().all(&*conn).await? {
            let who: Participant = key.open_json(&m.sealed, &place::enrolment(m.id))?;
            match subject.match_of(&who.first_name, &who.last_name, who.date_of_birth) {
                Match::Certain => theirs.push((m, who)),
                Match::NameOnly => {
                    tx.touch(ids::enrolment_gid(m.id));
                    held.push(Held {
                        register: REGISTER,
                        kind: "uczestnictwo w programie (do sprawdzenia)",
                        id: ids::enrolment_gid(m.id),
                        data: json!({
                            "check": "zapis osoby o tym imieniu i nazwisku bez daty urodzenia",
                            "participant": {
                                "firstName": who.first_name,
                                "lastName": who.last_name,
                                "dateOfBirthKnown": false,
                            },
                        }),
                    });
                }
                Match::No => {}
            }
        }
        if theirs.is_empty() {
            return Ok(held);
        }
        let editions = tx
            .select::<edition::Entity>()
            .filter(edition::Column::Id.is_in(theirs.iter().map(|(m, _)| m.edition_id)))
            .all(&*conn)
            .await?;
        let programmes = tx
            .select::<programme::Entity>()
            .filter(programme::Column::Id.is_in(editions.iter().map(|e| e.programme_id)))
            .all(&*conn)
            .await?;
        let attendance = tx
            .select::<attendance::Entity>()
            .filter(attendance::Column::EnrolmentId.is_in(theirs.iter().map(|(m, _)| m.id)))
            .all(&*conn)
            .await?;
        let sessions = tx
            .select::<session::Entity>()
            .filter(session::Column::Id.is_in(attendance.iter().map(|a| a.session_id)))
            .all(&*conn)
            .await?;
        for (m, who) in theirs {
            let edition = editions.iter().find(|e| e.id == m.edition_id);
            let programme =
                edition.and_then(|e| programmes.iter().find(|p| p.id == e.programme_id));
            tx.touch(ids::enrolment_gid(m.id));
            held.push(Held {
                register: REGISTER,
                kind: "uczestnictwo w programie",
                id: ids::enrolment_gid(m.id),
                data: json!({
                    "programme": programme.map(|p| p.name.clone()),
                    "provider": programme.map(|p| p.provider.clone()),
                    "editionStartsOn": edition.map(|e| e.starts_on),
                    "editionEndsOn": edition.map(|e| e.ends_on),
                    "place": edition.map(|e| e.place.clone()),
                    "participant": {
                        "firstName": who.first_name,
                        "lastName": who.last_name,
                        "dateOfBirth": who.date_of_birth,
                        "dateOfBirthKnown": who.date_of_birth.is_some(),
                        "phone": who.phone,
                    },
                    "basis": m.basis.as_str(),
                    "status": m.status.as_str(),
                    "consentOn": m.consent_on,
                    "enrolledAt": m.enrolled_at,
                    "admittedAt": m.admitted_at,
                    "finishedOn": m.finished_on,
                    "dropOutReason": m.drop_out_reason.map(|r| r.as_str()),
                    "sessions": attendance
                        .iter()
                        .filter(|a| a.enrolment_id == m.id)
                        .filter_map(|a| sessions.iter().find(|s| s.id == a.session_id).map(|s| (a, s)))
                        .map(|(a, s)| {
                            tx.touch(ids::session_gid(s.id));
                            json!({
                                "heldOn": s.held_on,
                                "minutes": s.minutes,
                                "kind": s.kind.as_str(),
                                "presence": a.presence.as_str(),
                            })
                        })
                        .collect::<Vec<_>>(),
                }),
            });
        }
        Ok(held)
    }
}
