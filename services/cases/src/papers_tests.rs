use std::collections::HashMap;

use chrono::{NaiveDate, Utc};
use kernel::pesel::Sex;
use uuid::Uuid;

use super::*;
use crate::closure::ClosureReport;
use crate::domain::{ClosureGround, PaperInitiator, PersonalData, ViolenceForm};
use crate::notices::{NoticeDelivery, PerpetratorNotice};
use crate::procedure::Status;
use crate::BlueCard;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn card() -> BlueCard {
    BlueCard {
        id: Uuid::now_v7(),
        team_id: Uuid::nil(),
        status: Status::Diagnosis,
        initiated_on: d(2026, 3, 2),
        initiator_user_id: Uuid::nil(),
        initiator_institution: teams::InstitutionKind::Police,
        violence_forms: vec![ViolenceForm::Physical],
        details: FormDetails::default(),
        chair_received_on: None,
        group_set_up_on: None,
        first_meeting_on: None,
        closed_on: None,
        closure_ground: None,
        monitoring_ends_on: Some(d(2026, 12, 9)),
        attached_to: None,
        number: Some(crate::search::CardNumber {
            year: 2026,
            seq: 42,
        }),
        next_due_on: None,
        created_at: Utc::now(),
        updated_at: Utc::now(),
        version: 1,
    }
}

fn person(role: PersonRole, first: &str, last: &str, sex: Sex) -> Person {
    Person {
        id: Uuid::now_v7(),
        card_id: Uuid::nil(),
        role,
        sex,
        minor: false,
        data: PersonalData {
            first_name: first.to_owned(),
            last_name: last.to_owned(),
            pesel: None,
            born_on: d(1980, 2, 3),
            died_on: None,
            address: Some("ul. Różana 5, 44-240 Żory".to_owned()),
            phone: None,
            notes: None,
            about: Default::default(),
        },
    }
}

fn form(kind: FormKind, content: FormContent) -> Form {
    Form {
        id: Uuid::now_v7(),
        card_id: Uuid::nil(),
        kind,
        filled_on: d(2026, 3, 4),
        filled_by: Uuid::nil(),
        content,
    }
}

/// Every string of the sheet, in order, as one text.
fn words(sheet: &Sheet) -> String {
    serde_json::to_string(sheet).unwrap()
}

#[test]
fn nk_a_names_the_officer_who_filled_it_on_paper_and_the_persons() {
    let card = card();
    let victim = person(PersonRole::Victim, "Anna", "Żółkiewska", Sex::Female);
    let perpetrator = person(PersonRole::Perpetrator, "Jan", "Żółkiewski", Sex::Male);
    let persons = vec![victim.clone(), perpetrator.clone()];
    let names = HashMap::from([(Uuid::nil(), "Ewa Jankowska".to_owned())]);
    let around = Around {
        card: &card,
        municipality: "Miasto Żory",
        persons: &persons,
        plans: &[],
        names: &names,
        group: Vec::new(),
    };
    let details = FormDetails {
        nk_b_handed_over: true,
        nk_b_recipient: Some(victim.id),
        perpetrator_under_alcohol: true,
        registered_from_paper: Some(PaperInitiator {
            name: "Marek Wiśniewski".to_owned(),
            position: Some("st. asp.".to_owned()),
            entity: "Komenda Miejska Policji w Żorach".to_owned(),
        }),
        ..FormDetails::default()
    };
    let sheet = sheet(
        &form(
            FormKind::NkA,
            FormContent::NkA {
                details,
                violence_forms: vec![ViolenceForm::Physical, ViolenceForm::Economic],
                person_ids: vec![victim.id, perpetrator.id],
            },
        ),
        &around,
    );
    let text = words(&sheet);
    for expected in [
        "Formularz „Niebieska Karta – A”",
        "NK/2026/0042",
        "Marek Wiśniewski",
        "Komenda Miejska Policji w Żorach",
        "Ewa Jankowska",
        "Anna Żółkiewska, ur. 03.02.1980, adres: ul. Różana 5, 44-240 Żory",
        "Przemoc fizyczna, Przemoc ekonomiczna",
        "tak — Anna Żółkiewska",
        "Marek Wiśniewski — osoba wypełniająca formularz",
    ] {
        assert!(text.contains(expected), "{expected}: {text}");
    }
    // The perpetrator is listed as one, never as a victim.
    let victims = &sheet.sections[1];
    assert_eq!(victims.items.len(), 1);
}

#[test]
fn the_notice_speaks_to_the_perpetrator_and_the_protocol_gives_the_basis() {
    let card = card();
    let perpetrator = person(PersonRole::Perpetrator, "Jan", "Nowak", Sex::Male);
    let persons = vec![perpetrator.clone()];
    let names = HashMap::new();
    let around = Around {
        card: &card,
        municipality: "Miasto Żory",
        persons: &persons,
        plans: &[],
        names: &names,
        group: vec!["Ewa Jankowska (jednostka organizacyjna pomocy społecznej)".to_owned()],
    };
    let notice = sheet(
        &form(
            FormKind::PerpetratorNotice,
            FormContent::PerpetratorNotice {
                notice: PerpetratorNotice {
                    person_id: perpetrator.id,
                    way: NoticeDelivery::RegisteredLetter,
                    note: None,
                },
            },
        ),
        &around,
    );
    assert_eq!(notice.addressee, ["Jan Nowak", "ul. Różana 5, 44-240 Żory"]);
    let text = words(&notice);
    assert!(text.contains("przez Pana przemocy domowej"), "{text}");
    assert!(text.contains("02.03.2026"), "{text}");
    // The letter leaves the team: no delivery record, no internal note.
    assert!(!text.contains("Listem poleconym"), "{text}");

    let protocol = sheet(
        &form(
            FormKind::Closure,
            FormContent::Closure {
                report: ClosureReport {
                    ground: ClosureGround::Unfounded,
                    results: "Rodzina objęta wsparciem.".to_owned(),
                    basis: Some("Zgłoszenie się nie potwierdziło.".to_owned()),
                },
            },
        ),
        &around,
    );
    let text = words(&protocol);
    for expected in [
        "Protokół zakończenia procedury",
        "art. 9h ust. 1 pkt 2",
        "Rodzina objęta wsparciem.",
        "Uzasadnienie rozstrzygnięcia o braku zasadności",
        "Zgłoszenie się nie potwierdziło.",
        "09.12.2026",
        "Ewa Jankowska (jednostka organizacyjna pomocy społecznej)",
        "osoba stosująca przemoc: Jan Nowak",
    ] {
        assert!(text.contains(expected), "{expected}: {text}");
    }
}

#[test]
fn typed_markup_is_printed_as_text() {
    let card = card();
    let mut victim = person(PersonRole::Victim, "#panic()", "*x*", Sex::Female);
    victim.data.address = Some("$ 1 + 1 $ [link]".to_owned());
    let persons = vec![victim.clone()];
    let names = HashMap::new();
    let around = Around {
        card: &card,
        municipality: "Miasto Żory",
        persons: &persons,
        plans: &[],
        names: &names,
        group: Vec::new(),
    };
    let sheet = sheet(
        &form(
            FormKind::NkA,
            FormContent::NkA {
                details: FormDetails {
                    description: Some("= nagłówek\n#let x = 1".to_owned()),
                    ..FormDetails::default()
                },
                violence_forms: vec![ViolenceForm::Psychological],
                person_ids: vec![victim.id],
            },
        ),
        &around,
    );
    let pdf = documents::render(SHEET, &sheet).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let leaflet = crate::leaflet::leaflet(
        "Miasto Żory",
        vec![crate::leaflet::LeafletPlace {
            name: "Ośrodek Interwencji Kryzysowej".to_owned(),
            lines: vec!["tel. 32 434 00 00".to_owned()],
        }],
        Vec::new(),
    );
    let pdf = documents::render(crate::leaflet::NK_B, &leaflet).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
}
