//! Demo entries of the intake register: in each municipality the intake staff member
//! `rejestracja` took a report by phone (answered with a referral to the municipality's first
//! help point, or with advice where there is none), an anonymous report by e-mail still
//! awaiting its response, and a consultation for a school. Idempotent: a municipality whose
//! register has entries is left as it is.

use chrono::{Duration, Utc};
use intake::domain::{
    EntryContent, IntakeActionKind, IntakeChannel, IntakeKind, NewAction, NewEntry, NewPerson,
    PersonData, PersonRole, Reporter, Urgency,
};
use kernel::crypto::MasterKey;
use kernel::db::AuditContext;
use kernel::{Db, Error, Result, Role};

fn person(role: PersonRole, first: &str, last: &str) -> NewPerson {
    NewPerson {
        role,
        data: PersonData {
            first_name: first.to_owned(),
            last_name: Some(last.to_owned()),
            pesel: None,
            born_on: None,
            sex: None,
            address: None,
            phone: None,
        },
        pesel: None,
    }
}

fn refused<E>(_: E) -> Error {
    Error::internal("a demo intake entry was refused")
}

pub async fn seed(db: &Db, master: &MasterKey, tenants: &[tenancy::Tenant]) -> Result<()> {
    for tenant in tenants {
        let tx = db
            .tenant(tenant.id, AuditContext::unaudited("demo"))
            .await?;
        let Some(staff) =
            crate::demo_staff::acting(&tx, tenant, "rejestracja", Role::IntakeStaff).await?
        else {
            continue;
        };
        let reader = intake::reader(&staff);
        let key = tenancy::data_key(&tx, master).await?;
        let none = intake::list_entries(&tx, reader, &key, &Default::default(), None, 1)
            .await?
            .is_empty();
        if none {
            let now = Utc::now();
            let report = intake::record_entry(
                &tx,
                reader,
                &key,
                NewEntry {
                    received_at: now - Duration::hours(3),
                    channel: IntakeChannel::Phone,
                    kind: IntakeKind::Report,
                    urgency: Urgency::Urgent,
                    content: EntryContent {
                        reporter: Some(Reporter {
                            name: Some("Sąsiadka z klatki".to_owned()),
                            contact: Some("600 100 200".to_owned()),
                        }),
                        account: "Od kilku dni słychać krzyki i płacz dziecka z mieszkania obok; \
                                  sąsiadka widziała siniaki na ręku kobiety."
                            .to_owned(),
                    },
                    persons: vec![
                        person(PersonRole::Victim, "Jolanta", "Przykładowa"),
                        person(PersonRole::Perpetrator, "Ryszard", "Przykładowy"),
                    ],
                },
            )
            .await?
            .map_err(refused)?;
            let point = directory::published_points(&tx)
                .await?
                .first()
                .map(|p| p.id);
            intake::respond(
                &tx,
                reader,
                &key,
                report.id,
                report.version,
                NewAction {
                    kind: if point.is_some() {
                        IntakeActionKind::ReferredToHelpPoint
                    } else {
                        IntakeActionKind::AdviceGiven
                    },
                    on: kernel::calendar::today(),
                    help_point: point,
                    note: Some("Przekazano informację, gdzie szukać pomocy.".to_owned()),
                },
            )
            .await?
            .map_err(refused)?;
            intake::record_entry(
                &tx,
                reader,
                &key,
                NewEntry {
                    received_at: now - Duration::minutes(40),
                    channel: IntakeChannel::Email,
                    kind: IntakeKind::Report,
                    urgency: Urgency::Routine,
                    content: EntryContent {
                        reporter: None,
                        account: "Anonimowa wiadomość: starszy pan pod numerem 5 jest \
                                  zastraszany przez syna."
                            .to_owned(),
                    },
                    persons: vec![person(PersonRole::Victim, "Henryk", "Nieznany")],
                },
            )
            .await?
            .map_err(refused)?;
            intake::record_entry(
                &tx,
                reader,
                &key,
                NewEntry {
                    received_at: now - Duration::minutes(10),
                    channel: IntakeChannel::Phone,
                    kind: IntakeKind::InstitutionConsultation,
                    urgency: Urgency::Routine,
                    content: EntryContent {
                        reporter: Some(Reporter {
                            name: Some("Pedagog szkolny, Szkoła Podstawowa nr 1".to_owned()),
                            contact: None,
                        }),
                        account: "Pytanie, kiedy szkoła wszczyna procedurę „Niebieskie Karty”."
                            .to_owned(),
                    },
                    persons: Vec::new(),
                },
            )
            .await?
            .map_err(refused)?;
        }
        tx.commit().await?;
    }
    Ok(())
}
