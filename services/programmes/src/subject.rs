//! What the programmes hold about one person, for an access request (GDPR art. 15). A participant
//! is recorded without PESEL, so the person is found by the name the request gives and the date
//! of birth the PESEL holds (`kernel::subject::Subject::is`; one whose date of birth was not
//! recorded is listed too, for the officer to check); without a name nothing is searched here.
//! Each enrolment is opened in the server to look; those of the person are exported — the
//! programme and its edition, the participant as recorded, the enrolment's course and the
//! sessions attended — and touched in the audit trail.

use async_trait::async_trait;
use kernel::crypto::DataKey;
use kernel::subject::{Held, Subject, SubjectSource};
use kernel::{Result, TenantTx};
use sea_orm::{ColumnTrait, QueryFilter};
use serde_json::json;

use crate::domain::{Participant, Presence};
use crate::store::{attendance, edition, enrolment, programme};
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
        for m in tx.select::<enrolment::Entity>().all(&*conn).await? {
            let who: Participant = key.open_json(&m.sealed, &place::enrolment(m.id))?;
            if subject.is(&who.first_name, &who.last_name, who.date_of_birth) {
                theirs.push((m, who));
            }
        }
        if theirs.is_empty() {
            return Ok(Vec::new());
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
        let attended = tx
            .select::<attendance::Entity>()
            .filter(attendance::Column::EnrolmentId.is_in(theirs.iter().map(|(m, _)| m.id)))
            .filter(attendance::Column::Presence.eq(Presence::Present))
            .all(&*conn)
            .await?;
        let mut held = Vec::new();
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
                    "sessionsAttended": attended.iter().filter(|a| a.enrolment_id == m.id).count(),
                }),
            });
        }
        Ok(held)
    }
}
