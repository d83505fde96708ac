//! The Blue Card documents in Polish, as PDF: each form as filled (NK-A, NK-C, NK-D), the
//! group's notices (to a perpetrator absent at NK-A, to the family court about a minor), the
//! closure protocol, and NK-B, the leaflet for the person experiencing violence with the
//! municipality's help points. Made on request from what is stored, only from a card that passed
//! the reader's need to know ([`VisibleCard`]) and a form the reader may read; each one is
//! recorded in the request's audit entry with the card and the form.

use std::collections::HashMap;

use documents::{day, DocumentFile, Template};
use kernel::crypto::DataKey;
use kernel::pesel::Sex;
use kernel::{Result, TenantTx};
use serde::Serialize;
use uuid::Uuid;

use crate::domain::{FormDetails, FormKind, PersonRole, PlanKind};
use crate::read::{group_on, persons_of, plan_items_of, VisibleCard};
use crate::{Form, FormContent, Person, PlanItem};

const SHEET: Template = Template {
    path: "/cases/sheet.typ",
    source: include_str!("../templates/sheet.typ"),
};

/// The regulation the forms are filled under (the layout is Ostoja's own).
pub(crate) const FORMS_BASIS: &str = "Na podstawie: rozporządzenie Rady Ministrów z dnia 6 września 2023 r. \
    w sprawie procedury „Niebieskie Karty” oraz wzorów formularzy „Niebieska Karta” (Dz.U. z 2023 r. poz. 1870)";
const PERSONAL_DATA: &str = "Dokument zawiera dane osobowe, w tym dane szczególnych kategorii \
    (art. 9c ustawy o przeciwdziałaniu przemocy domowej). Chroń go przed dostępem osób nieuprawnionych.";
/// The footer of a letter that leaves the team (to the perpetrator, to the court).
const LETTER: &str = "Pismo zawiera dane osobowe.";

/// A numbered part of a document: rows of a label and a value, paragraphs, a list.
#[derive(Serialize, Default)]
pub(crate) struct Part {
    heading: String,
    rows: Vec<(String, String)>,
    paragraphs: Vec<String>,
    items: Vec<String>,
}

impl Part {
    pub(crate) fn new(heading: &str) -> Part {
        Part {
            heading: heading.to_owned(),
            ..Part::default()
        }
    }
    pub(crate) fn row(mut self, label: &str, value: impl Into<String>) -> Part {
        self.rows.push((label.to_owned(), value.into()));
        self
    }
    pub(crate) fn text(mut self, text: impl Into<String>) -> Part {
        self.paragraphs.push(text.into());
        self
    }
    pub(crate) fn items(mut self, items: Vec<String>, none: &str) -> Part {
        if items.is_empty() {
            self.paragraphs.push(none.to_owned());
        } else {
            self.items.extend(items);
        }
        self
    }
}

/// What `sheet.typ` prints: strings only, so that nothing typed is ever run as markup.
#[derive(Serialize)]
pub(crate) struct Sheet {
    title: String,
    subtitle: String,
    issuer: String,
    place_and_day: String,
    addressee: Vec<String>,
    intro: Vec<String>,
    sections: Vec<Part>,
    signatures: Vec<String>,
    footer: String,
}

/// What is known around a form when its document is made.
pub(crate) struct Around<'a> {
    pub card: &'a crate::BlueCard,
    pub municipality: &'a str,
    pub persons: &'a [Person],
    pub plans: &'a [PlanItem],
    /// Display names of the users the document names (the filer, the group, the responsible).
    pub names: &'a HashMap<Uuid, String>,
    /// The group's members: (user, institution) and those from outside the team, by name.
    pub group: Vec<String>,
}

impl Around<'_> {
    fn name(&self, user: Uuid) -> String {
        self.names
            .get(&user)
            .cloned()
            .unwrap_or_else(|| "—".to_owned())
    }
    fn person(&self, id: Uuid) -> Option<&Person> {
        self.persons.iter().find(|p| p.id == id)
    }
    fn number(&self) -> String {
        self.card
            .number
            .map_or_else(|| "—".to_owned(), |n| n.to_string())
    }
    fn issuer(&self) -> String {
        format!("Zespół Interdyscyplinarny — {}", self.municipality)
    }
}

fn yes_no(value: bool) -> &'static str {
    if value {
        "tak"
    } else {
        "nie"
    }
}

fn full_name(p: &Person) -> String {
    format!("{} {}", p.data.first_name, p.data.last_name)
}

/// One person as the forms list them: name, birth, PESEL, address, contact, relation and
/// household, a child's school; their health and addictions only on the group's forms (NK-C,
/// NK-D), which only the group and the chair read.
fn person_line(p: &Person, health: bool) -> String {
    let mut parts = vec![full_name(p), format!("ur. {}", day(p.data.born_on))];
    if let Some(pesel) = &p.data.pesel {
        parts.push(format!("PESEL {pesel}"));
    }
    if let Some(address) = &p.data.address {
        parts.push(format!("adres: {address}"));
    }
    if let Some(phone) = &p.data.phone {
        parts.push(format!("tel. {phone}"));
    }
    let about = &p.data.about;
    if let Some(email) = &about.email {
        parts.push(format!("e-mail: {email}"));
    }
    if let Some(relation) = about.relation {
        parts.push(format!(
            "stosunek do osoby doznającej przemocy: {}",
            relation.label().to_lowercase()
        ));
    }
    match about.lives_with_victim {
        Some(true) => parts.push("zamieszkuje wspólnie z osobą doznającą przemocy".to_owned()),
        Some(false) => parts.push("nie zamieszkuje wspólnie z osobą doznającą przemocy".to_owned()),
        None => {}
    }
    if let Some(school) = &about.school {
        parts.push(format!("szkoła i klasa: {school}"));
    }
    if let Some(note) = about.health.as_ref().filter(|_| health) {
        parts.push(format!("stan zdrowia: {note}"));
    }
    if health && !about.addictions.is_empty() {
        let kinds: Vec<String> = about
            .addictions
            .iter()
            .map(|a| a.label().to_lowercase())
            .collect();
        parts.push(format!("uzależnienie: {}", kinds.join(", ")));
    }
    if p.minor {
        parts.push("osoba małoletnia".to_owned());
    }
    if let Some(died) = p.data.died_on {
        parts.push(format!("zm. {}", day(died)));
    }
    parts.join(", ")
}

fn persons_in(persons: &[&Person], role: PersonRole) -> Vec<String> {
    persons
        .iter()
        .filter(|p| p.role == role)
        .map(|p| person_line(p, false))
        .collect()
}

/// The document of `form`, as its words.
pub(crate) fn sheet(form: &Form, a: &Around<'_>) -> Sheet {
    let mut sheet = Sheet {
        title: String::new(),
        subtitle: String::new(),
        issuer: a.issuer(),
        place_and_day: format!("{}, {}", a.municipality, day(form.filled_on)),
        addressee: Vec::new(),
        intro: Vec::new(),
        sections: Vec::new(),
        signatures: Vec::new(),
        footer: PERSONAL_DATA.to_owned(),
    };
    match &form.content {
        FormContent::NkA {
            details,
            violence_forms,
            person_ids,
        } => {
            let persons: Vec<&Person> = person_ids.iter().filter_map(|id| a.person(*id)).collect();
            nk_a(&mut sheet, form, a, details, violence_forms, &persons);
        }
        FormContent::Diagnosis {
            person_id,
            details,
            companions,
        } => {
            let nk_c = form.kind == FormKind::NkC;
            sheet.title = if nk_c {
                "Formularz „Niebieska Karta – C”".to_owned()
            } else {
                "Formularz „Niebieska Karta – D”".to_owned()
            };
            sheet.subtitle = FORMS_BASIS.to_owned();
            let mut person = Part::new(if nk_c {
                "I. Osoba doznająca przemocy domowej"
            } else {
                "I. Osoba stosująca przemoc domową"
            })
            .row("Numer karty", a.number())
            .row("Data wypełnienia", day(form.filled_on))
            .row(
                "Osoba",
                a.person(*person_id)
                    .map_or_else(|| "—".to_owned(), |p| person_line(p, true)),
            );
            for c in companions {
                let who = c
                    .person_id
                    .and_then(|id| a.person(id))
                    .map(full_name)
                    .or_else(|| c.name.clone())
                    .unwrap_or_default();
                person = person.row(
                    "W obecności",
                    format!("{who} ({})", c.relation.label().to_lowercase()),
                );
            }
            sheet.sections.push(person);
            sheet
                .sections
                .push(Part::new("II. Ocena sytuacji (diagnoza)").text(details.diagnosis.clone()));
            if let Some(history) = &details.history {
                sheet.sections.push(
                    Part::new("III. Historia przemocy: pierwsze, powtarzające się, najbardziej niebezpieczne i ostatnie zdarzenie")
                        .text(history.clone()),
                );
            }
            let plan = if nk_c {
                PlanKind::HelpPlan
            } else {
                PlanKind::ActionPlan
            };
            let heading = if nk_c {
                "Plan pomocy (stan na dzień wydruku)"
            } else {
                "Plan działań (stan na dzień wydruku)"
            };
            let items = a
                .plans
                .iter()
                .filter(|i| i.plan == plan)
                .map(|i| plan_line(i, a))
                .collect();
            sheet
                .sections
                .push(Part::new(heading).items(items, "Plan nie ma jeszcze pozycji."));
            sheet.signatures = vec![format!(
                "{} — za grupę diagnostyczno-pomocową",
                a.name(form.filled_by)
            )];
        }
        FormContent::PerpetratorNotice { notice } => {
            let person = a.person(notice.person_id);
            sheet.title = "Zawiadomienie o wszczęciu procedury „Niebieskie Karty”".to_owned();
            if let Some(p) = person {
                sheet.addressee.push(full_name(p));
                sheet.addressee.extend(p.data.address.clone());
            }
            let you = match person.map(|p| p.sex) {
                Some(Sex::Female) => "Panią",
                Some(Sex::Male) => "Pana",
                None => "Panią/Pana",
            };
            sheet.intro = vec![
                format!(
                    "Grupa diagnostyczno-pomocowa Zespołu Interdyscyplinarnego ({}) zawiadamia, że w dniu {} \
                     wszczęto procedurę „Niebieskie Karty” (karta nr {}) w związku z podejrzeniem stosowania \
                     przez {you} przemocy domowej.",
                    a.municipality,
                    day(a.card.initiated_on),
                    a.number()
                ),
                "Zawiadomienie jest sporządzane na podstawie art. 9b ustawy z dnia 29 lipca 2005 r. \
                 o przeciwdziałaniu przemocy domowej. Prowadzenie procedury nie wymaga zgody osoby doznającej \
                 przemocy domowej ani osoby stosującej przemoc domową (art. 9d ust. 1 ustawy)."
                    .to_owned(),
            ];
            sheet.footer = LETTER.to_owned();
            sheet.signatures = vec![format!(
                "{} — za grupę diagnostyczno-pomocową",
                a.name(form.filled_by)
            )];
        }
        FormContent::FamilyCourtNotice { notice } => {
            sheet.title = "Zawiadomienie o okolicznościach wskazujących na stosowanie przemocy domowej przez osobę małoletnią".to_owned();
            sheet.addressee = vec![notice.court.clone()];
            sheet.intro = vec![format!(
                "Grupa diagnostyczno-pomocowa Zespołu Interdyscyplinarnego ({}), prowadząca procedurę \
                 „Niebieskie Karty” (karta nr {}), zawiadamia sąd rodzinny o okolicznościach wskazujących, \
                 że osoba małoletnia może stosować przemoc domową. Wobec osoby małoletniej nie wypełnia się \
                 formularza „Niebieska Karta – D”.",
                a.municipality,
                a.number()
            )];
            let mut minor = Part::new("Osoba małoletnia")
                .row(
                    "Imię i nazwisko",
                    format!("{} {}", notice.first_name, notice.last_name),
                )
                .row("Data urodzenia", day(notice.born_on))
                .row("Data wysłania zawiadomienia", day(form.filled_on));
            if let Some(note) = &notice.note {
                minor = minor.row("Uwagi", note.clone());
            }
            sheet.sections.push(minor);
            sheet.footer = LETTER.to_owned();
            sheet.signatures = vec![format!(
                "{} — za grupę diagnostyczno-pomocową",
                a.name(form.filled_by)
            )];
        }
        FormContent::Closure { report } => {
            closure(&mut sheet, form, a, report);
        }
    }
    sheet
}

fn nk_a(
    sheet: &mut Sheet,
    form: &Form,
    a: &Around<'_>,
    details: &FormDetails,
    violence_forms: &[crate::domain::ViolenceForm],
    persons: &[&Person],
) {
    sheet.title = "Formularz „Niebieska Karta – A”".to_owned();
    sheet.subtitle = if form.kind == FormKind::NkASubsequent {
        format!("Kolejny formularz w toczącej się procedurze. {FORMS_BASIS}")
    } else {
        FORMS_BASIS.to_owned()
    };
    let mut filer = Part::new("I. Osoba wypełniająca formularz")
        .row("Numer karty", a.number())
        .row("Data wypełnienia", day(form.filled_on));
    match &details.registered_from_paper {
        Some(paper) => {
            filer = filer.row("Imię i nazwisko", paper.name.clone());
            if let Some(position) = &paper.position {
                filer = filer.row("Stanowisko lub stopień", position.clone());
            }
            filer = filer
                .row("Podmiot", paper.entity.clone())
                .row("Wprowadził(a) do systemu", a.name(form.filled_by));
        }
        None => {
            filer = filer.row("Imię i nazwisko", a.name(form.filled_by));
            // A subsequent NK-A was filed by another body than the one that opened the card.
            if form.kind == FormKind::NkA {
                filer = filer.row("Podmiot", a.card.initiator_institution.label());
            }
        }
    }
    sheet.sections.push(filer);
    for (heading, role, none) in [
        (
            "II. Osoby doznające przemocy domowej",
            PersonRole::Victim,
            "Nie wskazano.",
        ),
        (
            "III. Osoby stosujące przemoc domową",
            PersonRole::Perpetrator,
            "Nie wskazano.",
        ),
        ("IV. Świadkowie", PersonRole::Witness, "Nie wskazano."),
    ] {
        sheet
            .sections
            .push(Part::new(heading).items(persons_in(persons, role), none));
    }
    let forms: Vec<&str> = violence_forms.iter().map(|f| f.label()).collect();
    sheet.sections.push(
        Part::new("V. Formy przemocy domowej")
            .row("Formy przemocy", forms.join(", "))
            .row(
                "Obrażenia",
                details
                    .injuries
                    .clone()
                    .unwrap_or_else(|| "nie stwierdzono".to_owned()),
            ),
    );
    sheet.sections.push(
        Part::new("VI. Stan osoby stosującej przemoc")
            .row(
                "Pod wpływem alkoholu",
                yes_no(details.perpetrator_under_alcohol),
            )
            .row(
                "Pod wpływem środków odurzających",
                yes_no(details.perpetrator_under_drugs),
            ),
    );
    sheet.sections.push(
        Part::new("VII. Dzieci w gospodarstwie domowym")
            .row("Liczba dzieci", details.children_in_household.to_string()),
    );
    sheet
        .sections
        .push(Part::new("VIII. Dostęp do broni palnej").row(
            "Osoba stosująca przemoc ma dostęp do broni",
            yes_no(details.firearm_access),
        ));
    sheet
        .sections
        .push(Part::new("IX. Poczucie bezpieczeństwa").row(
            "Osoba doznająca przemocy czuje się bezpieczna",
            match details.victim_feels_safe {
                Some(safe) => yes_no(safe),
                None => "nie ustalono",
            },
        ));
    let actions = details
        .actions_taken
        .iter()
        .map(|t| match t {
            crate::domain::ActionTaken::Other => "inne działania".to_owned(),
            t => t.label().to_owned(),
        })
        .collect();
    sheet.sections.push(
        Part::new("X. Podjęte działania interwencyjne")
            .items(actions, "Nie podjęto działań interwencyjnych."),
    );
    let handed = match (details.nk_b_handed_over, details.nk_b_recipient) {
        (false, _) => "nie".to_owned(),
        (true, Some(to)) => format!(
            "tak — {}",
            a.person(to).map_or_else(|| "—".to_owned(), full_name)
        ),
        (true, None) => "tak".to_owned(),
    };
    sheet.sections.push(
        Part::new("XI. Formularz „Niebieska Karta – B”").row("Przekazano formularz NK-B", handed),
    );
    sheet.sections.push(
        Part::new("XII. Opis sytuacji").text(
            details
                .description
                .clone()
                .unwrap_or_else(|| "—".to_owned()),
        ),
    );
    if let Some(more) = &details.additional_information {
        sheet
            .sections
            .push(Part::new("XIII. Dodatkowe informacje").text(more.clone()));
    }
    let signer = details
        .registered_from_paper
        .as_ref()
        .map_or_else(|| a.name(form.filled_by), |p| p.name.clone());
    sheet.signatures = vec![format!("{signer} — osoba wypełniająca formularz")];
}

fn closure(sheet: &mut Sheet, form: &Form, a: &Around<'_>, report: &crate::closure::ClosureReport) {
    use crate::domain::ClosureGround;
    sheet.title = "Protokół zakończenia procedury „Niebieskie Karty”".to_owned();
    sheet.subtitle =
        "Art. 9h ustawy z dnia 29 lipca 2005 r. o przeciwdziałaniu przemocy domowej".to_owned();
    let point = match report.ground {
        ClosureGround::ViolenceStoppedAndPlanCarriedOut => "art. 9h ust. 1 pkt 1",
        ClosureGround::Unfounded => "art. 9h ust. 1 pkt 2",
    };
    let mut procedure = Part::new("I. Procedura")
        .row("Numer karty", a.number())
        .row("Data wszczęcia", day(a.card.initiated_on))
        .row("Data zakończenia", day(form.filled_on))
        .row(
            "Podstawa zakończenia",
            format!("{} ({point})", report.ground.label()),
        );
    if let Some(until) = a.card.monitoring_ends_on {
        procedure = procedure.row("Monitorowanie sytuacji do dnia", day(until));
    }
    sheet.sections.push(procedure);
    let all: Vec<&Person> = a.persons.iter().collect();
    let mut people = persons_in(&all, PersonRole::Victim)
        .into_iter()
        .map(|l| format!("osoba doznająca przemocy: {l}"))
        .collect::<Vec<_>>();
    people.extend(
        persons_in(&all, PersonRole::Perpetrator)
            .into_iter()
            .map(|l| format!("osoba stosująca przemoc: {l}")),
    );
    sheet
        .sections
        .push(Part::new("II. Osoby objęte procedurą").items(people, "Nie wskazano."));
    sheet.sections.push(
        Part::new("III. Sprawozdanie grupy diagnostyczno-pomocowej z wyników pracy")
            .text(report.results.clone()),
    );
    if let Some(basis) = &report.basis {
        sheet.sections.push(
            Part::new("IV. Uzasadnienie rozstrzygnięcia o braku zasadności podejmowania działań")
                .text(basis.clone()),
        );
    }
    sheet.sections.push(
        Part::new("Skład grupy diagnostyczno-pomocowej").items(a.group.clone(), "Nie wskazano."),
    );
    sheet.signatures = vec![
        format!(
            "{} — za grupę diagnostyczno-pomocową",
            a.name(form.filled_by)
        ),
        "Przewodniczący(-a) zespołu interdyscyplinarnego".to_owned(),
    ];
}

fn plan_line(item: &PlanItem, a: &Around<'_>) -> String {
    let mut line = item.description.clone();
    if let Some(programme) = item.programme {
        line.push_str(&format!(" ({})", programme.label().to_lowercase()));
    }
    if let Some(due) = item.due_on {
        line.push_str(&format!("; termin: {}", day(due)));
    }
    if let Some(user) = item.responsible_user_id {
        line.push_str(&format!("; odpowiada: {}", a.name(user)));
    }
    line.push_str(&format!("; stan: {}", status(item.status)));
    line
}

fn status(s: crate::domain::PlanItemStatus) -> &'static str {
    use crate::domain::PlanItemStatus::*;
    match s {
        Planned => "zaplanowane",
        InProgress => "w realizacji",
        Done => "zrealizowane",
        Abandoned => "zaniechane",
    }
}

/// The file a form's document is saved under.
fn file_name(form: &Form) -> String {
    let what = match form.kind {
        FormKind::NkA | FormKind::NkASubsequent => "niebieska-karta-a",
        FormKind::NkC => "niebieska-karta-c",
        FormKind::NkD => "niebieska-karta-d",
        FormKind::Closure => "protokol-zakonczenia-procedury",
        FormKind::PerpetratorNotice => "zawiadomienie-o-wszczeciu-procedury",
        FormKind::FamilyCourtNotice => "zawiadomienie-sadu-rodzinnego",
    };
    format!("{what}-{}.pdf", form.filled_on.format("%Y-%m-%d"))
}

/// The document of `form` (one of `card`'s the reader may read), as PDF.
pub async fn form_document(
    tx: &TenantTx,
    key: &DataKey,
    card: &VisibleCard,
    form: &Form,
    municipality: &str,
) -> Result<DocumentFile> {
    let persons = persons_of(tx, key, &[card.id]).await?;
    let plans = match form.kind {
        FormKind::NkC | FormKind::NkD => plan_items_of(tx, key, &[card.id], None).await?,
        _ => Vec::new(),
    };
    // The group as it was on the day the form was filled, whenever it is printed.
    let group = group_on(tx, card.id, form.filled_on).await?;
    let outside = crate::outside::outside_members_of(tx, key, &[card.id]).await?;
    let mut users: Vec<Uuid> = vec![form.filled_by];
    users.extend(group.iter().map(|m| m.user_id));
    users.extend(plans.iter().filter_map(|i| i.responsible_user_id));
    let names: HashMap<Uuid, String> = identity::find_users(tx, &users)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    let mut members: Vec<String> = group
        .iter()
        .map(|m| {
            format!(
                "{} ({})",
                names.get(&m.user_id).map_or("—", String::as_str),
                m.institution.label().to_lowercase()
            )
        })
        .collect();
    let day = form.filled_on;
    let on_day = |m: &&crate::outside::OutsideMember| {
        m.added_on <= day && m.left_on.is_none_or(|left| left >= day)
    };
    members.extend(outside.iter().filter(on_day).map(|m| {
        format!(
            "{} ({}, spoza zespołu)",
            m.details.name.as_str(),
            m.details.organisation.as_str()
        )
    }));
    let around = Around {
        card,
        municipality,
        persons: &persons,
        plans: &plans,
        names: &names,
        group: members,
    };
    let words = sheet(form, &around);
    tx.touch(crate::ids::form_gid(form.id));
    let pdf = documents::pdf(SHEET, words).await?;
    Ok(DocumentFile::pdf(file_name(form), &pdf))
}

#[cfg(test)]
#[path = "papers_tests.rs"]
mod tests;
