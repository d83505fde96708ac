//! The documents of an enrolment's end, in Polish, as PDF: the certificate of completion (for
//! the participant) and the notice to the interdisciplinary team's diagnostic group that the
//! person completed the programme or stopped taking part. Made on request from what is stored,
//! for those who may read the enrolment (the people running its edition) or its outcome (the
//! card's group, for a referral): [`Printable`] is implemented only for what their checks make.

use chrono::NaiveDate;
use documents::{day, DocumentFile, Template};
use kernel::crypto::DataKey;
use kernel::{Error, Result, TenantTx};
use serde::Serialize;
use uuid::Uuid;

use crate::access::enrolment_from;
use crate::domain::{EnrolmentStatus, ProgrammeType};
use crate::store::enrolment;
use crate::{Attended, Edition, Enrolment, Programme, ReferralOutcome, VisibleEnrolment};

const CERTIFICATE: Template = Template {
    path: "/programmes/certificate.typ",
    source: include_str!("../templates/certificate.typ"),
};
const NOTICE: Template = Template {
    path: "/programmes/notice.typ",
    source: include_str!("../templates/notice.typ"),
};

/// Dokument udziału w programie — which document of an enrolment.
#[derive(async_graphql::Enum, Clone, Copy, Debug, PartialEq, Eq)]
#[graphql(name = "ProgrammeDocument")]
pub enum Paper {
    /// Zaświadczenie o ukończeniu programu.
    Certificate,
    /// Informacja dla zespołu interdyscyplinarnego o ukończeniu programu lub przerwaniu udziału.
    Notice,
}

impl Paper {
    /// Whether an enrolment in `status` has this document: a certificate once completed; the
    /// notice to the diagnostic group once an enrolment from a card's referral (a perpetrator's,
    /// in a KE or PT programme) completed or dropped out — nobody else has a group to tell.
    pub fn exists_for(self, status: EnrolmentStatus, referred: bool) -> bool {
        match self {
            Paper::Certificate => status == EnrolmentStatus::Completed,
            Paper::Notice => {
                referred
                    && matches!(
                        status,
                        EnrolmentStatus::Completed | EnrolmentStatus::DroppedOut
                    )
            }
        }
    }

    /// The documents an enrolment has now.
    pub fn available(of: &impl Printable) -> Vec<Paper> {
        [Paper::Certificate, Paper::Notice]
            .into_iter()
            .filter(|p| p.exists_for(of.status(), of.referred()))
            .collect()
    }
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for crate::VisibleEnrolment {}
    impl Sealed for crate::ReferralOutcome {}
}

/// An enrolment whose documents the reader may have: one read through the edition's need to
/// know, or a referral's outcome read by the card's group.
pub trait Printable: sealed::Sealed {
    fn enrolment_id(&self) -> Uuid;
    fn status(&self) -> EnrolmentStatus;
    /// Whether it was made from a card's referral.
    fn referred(&self) -> bool;
}

impl Printable for VisibleEnrolment {
    fn enrolment_id(&self) -> Uuid {
        self.id
    }
    fn status(&self) -> EnrolmentStatus {
        self.status
    }
    fn referred(&self) -> bool {
        self.referral.is_some()
    }
}

impl Printable for ReferralOutcome {
    fn enrolment_id(&self) -> Uuid {
        self.enrolment_id
    }
    fn status(&self) -> EnrolmentStatus {
        self.status
    }
    fn referred(&self) -> bool {
        true
    }
}

/// What the templates print: strings only, so that nothing typed is ever run as markup.
#[derive(Serialize)]
struct Content {
    title: String,
    issuer: String,
    municipality: String,
    place_and_day: String,
    participant: String,
    born: String,
    programme: String,
    programme_type: String,
    edition: String,
    edition_place: String,
    basis: String,
    enrolled_on: String,
    outcome: String,
    outcome_sentence: String,
    finished_on: String,
    reason: String,
    attended: String,
    required: String,
    staff: Vec<String>,
}

/// The programme's kind as a label (nominative).
fn programme_type(t: ProgrammeType) -> String {
    match t {
        ProgrammeType::CorrectiveEducational => "program korekcyjno-edukacyjny",
        ProgrammeType::PsychologicalTherapeutic => "program psychologiczno-terapeutyczny",
        ProgrammeType::VictimsSupportGroup => "grupa wsparcia",
        ProgrammeType::ParentingPrevention => "program rodzicielski lub profilaktyczny",
        ProgrammeType::Other => "inny program",
    }
    .to_owned()
}

/// The basis of taking part, as an official document says it.
fn basis(b: crate::domain::EnrolmentBasis) -> String {
    use crate::domain::EnrolmentBasis::*;
    match b {
        CourtOrder => "zobowiązanie przez sąd",
        OwnWill => "z własnej woli",
        Referral => "skierowanie",
    }
    .to_owned()
}

fn attended(a: Attended) -> String {
    format!(
        "obecność na zajęciach: {}, łącznie {} godz. {} min",
        a.sessions,
        a.minutes / 60,
        a.minutes % 60
    )
}

fn required(p: &Programme) -> String {
    let mut parts = Vec::new();
    if let Some(n) = p.required_sessions {
        parts.push(format!("liczba zajęć z obecnością: co najmniej {n}"));
    }
    if let Some(h) = p.required_hours {
        parts.push(format!("liczba godzin zajęć z obecnością: co najmniej {h}"));
    }
    parts.join("; ")
}

/// What is known of a finished enrolment, for its documents.
struct Finished<'a> {
    enrolment: &'a Enrolment,
    on: NaiveDate,
    edition: &'a Edition,
    programme: &'a Programme,
    attendance: Attended,
    staff: Vec<String>,
}

/// The words of one document of a finished enrolment.
fn content(paper: Paper, municipality: &str, f: Finished<'_>) -> Content {
    let Finished {
        enrolment: e,
        on,
        edition,
        programme,
        attendance,
        staff,
    } = f;
    let completed = e.status == EnrolmentStatus::Completed;
    let reason = e
        .drop_out_reason
        .map(|r| r.label().to_lowercase())
        .unwrap_or_default();
    let outcome_sentence = if completed {
        format!("ukończyła program w dniu {}.", day(on))
    } else {
        format!("przerwała udział w programie w dniu {}.", day(on))
    };
    Content {
        title: match paper {
            Paper::Certificate => "Zaświadczenie o ukończeniu programu".to_owned(),
            Paper::Notice => "Informacja o udziale w programie".to_owned(),
        },
        issuer: programme.provider.clone(),
        municipality: municipality.to_owned(),
        place_and_day: format!("Dnia {}", day(on)),
        participant: format!("{} {}", e.participant.first_name, e.participant.last_name),
        born: e.participant.date_of_birth.map(day).unwrap_or_default(),
        programme: programme.name.clone(),
        programme_type: programme_type(programme.programme_type),
        edition: format!("od {} do {}", day(edition.starts_on), day(edition.ends_on)),
        edition_place: edition.place.clone(),
        basis: basis(e.basis),
        enrolled_on: day(e.enrolled_at.date_naive()),
        outcome: if completed {
            "ukończenie programu".to_owned()
        } else {
            "przerwanie udziału".to_owned()
        },
        outcome_sentence,
        finished_on: day(on),
        reason,
        attended: attended(attendance),
        required: required(programme),
        staff,
    }
}

/// The `paper` of an enrolment the reader may have, as PDF; `None` while the enrolment has not
/// reached it (a certificate before completion, a notice before the end).
pub async fn paper(
    tx: &TenantTx,
    key: &DataKey,
    of: &impl Printable,
    paper: Paper,
    municipality: &str,
) -> Result<Option<DocumentFile>> {
    if !paper.exists_for(of.status(), of.referred()) {
        return Ok(None);
    }
    let id = of.enrolment_id();
    let row = {
        let conn = tx.conn().await?;
        tx.select_by_id::<enrolment::Entity>(id).one(&*conn).await?
    };
    let e = enrolment_from(row.ok_or(Error::NotFound)?, key)?;
    let on = e
        .finished_on
        .ok_or_else(|| Error::internal("a finished enrolment without its day"))?;
    let edition = crate::get_edition(tx, e.edition_id).await?;
    let programme = crate::get_programme(tx, edition.programme_id).await?;
    let attendance = crate::sessions::attended(tx, &[id])
        .await?
        .remove(&id)
        .unwrap_or_default();
    let staff = crate::staff_of(tx, &[edition.id]).await?;
    let users: Vec<Uuid> = staff.iter().map(|s| s.user_id).collect();
    let names = identity::find_users(tx, &users).await?;
    let signers = staff
        .iter()
        .filter_map(|s| {
            names
                .iter()
                .find(|u| u.id == s.user_id)
                .map(|u| format!("{} — {}", u.display_name, s.qualifications))
        })
        .collect();
    let words = content(
        paper,
        municipality,
        Finished {
            enrolment: &e,
            on,
            edition: &edition,
            programme: &programme,
            attendance,
            staff: signers,
        },
    );
    let (template, name) = match paper {
        Paper::Certificate => (CERTIFICATE, "zaswiadczenie-o-ukonczeniu-programu"),
        Paper::Notice => (NOTICE, "informacja-o-udziale-w-programie"),
    };
    tx.touch(crate::ids::enrolment_gid(id));
    let pdf = documents::pdf(template, words).await?;
    Ok(Some(DocumentFile::pdf(
        format!("{name}-{}.pdf", on.format("%Y-%m-%d")),
        &pdf,
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_follow_the_enrolments_end() {
        use EnrolmentStatus::*;
        for status in EnrolmentStatus::ALL {
            for referred in [false, true] {
                assert_eq!(
                    Paper::Certificate.exists_for(*status, referred),
                    *status == Completed
                );
                assert_eq!(
                    Paper::Notice.exists_for(*status, referred),
                    referred && matches!(status, Completed | DroppedOut)
                );
            }
        }
    }
}
