//! Demo Blue Cards: in each municipality the social worker `pracownik` has opened a number of
//! procedures over the year so far (`demo.blue_cards`, a different share in each municipality),
//! about invented families: mostly women and their children experiencing violence, mostly men
//! using it, forms filled by the police more often than by anyone else. Enough for the region's
//! first release to show real figures, with the small ones hidden. Deterministic, and once: a
//! municipality that has any card is left as it is.

use chrono::{Datelike, Duration, NaiveDate};
use kernel::crypto::MasterKey;
use kernel::db::AuditContext;
use kernel::input::Errors;
use kernel::pesel::Sex;
use kernel::{Db, Error, Result, Role};

use cases::domain::{FormDetails, PaperInitiator, PersonFields, PersonRole, ViolenceForm};
use cases::NewBlueCard;
use teams::InstitutionKind;

/// Of `demo.blue_cards`, each municipality's share in percent (Żory, Częstochowa, Lubliniec,
/// Jastrzębie-Zdrój): unequal, as real municipalities are.
const SHARES: [u64; 4] = [30, 40, 12, 18];

const WOMEN: [&str; 12] = [
    "Agnieszka",
    "Beata",
    "Danuta",
    "Ewelina",
    "Grażyna",
    "Iwona",
    "Justyna",
    "Krystyna",
    "Małgorzata",
    "Renata",
    "Teresa",
    "Wioletta",
];
const MEN: [&str; 12] = [
    "Andrzej",
    "Bogdan",
    "Dariusz",
    "Grzegorz",
    "Jarosław",
    "Leszek",
    "Mariusz",
    "Przemysław",
    "Roman",
    "Sławomir",
    "Waldemar",
    "Zbigniew",
];
const GIRLS: [&str; 6] = ["Amelia", "Hanna", "Julia", "Lena", "Maja", "Zuzanna"];
const BOYS: [&str; 6] = ["Antoni", "Filip", "Jakub", "Kacper", "Szymon", "Wojciech"];
/// Surnames as (his, hers).
const SURNAMES: [(&str, &str); 12] = [
    ("Borowski", "Borowska"),
    ("Cieślak", "Cieślak"),
    ("Dudek", "Dudek"),
    ("Gajewski", "Gajewska"),
    ("Jabłoński", "Jabłońska"),
    ("Kołodziej", "Kołodziej"),
    ("Leśniak", "Leśniak"),
    ("Michalski", "Michalska"),
    ("Pawlik", "Pawlik"),
    ("Sadowski", "Sadowska"),
    ("Urbański", "Urbańska"),
    ("Zawadzki", "Zawadzka"),
];

/// A deterministic stream of numbers (SplitMix64): the same demo on every start.
pub(crate) struct Dice(pub(crate) u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// 0 to `n - 1`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// True `percent` times in a hundred.
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len() as u64) as usize]
    }
}

struct Person {
    role: PersonRole,
    first: &'static str,
    last: &'static str,
    born_on: NaiveDate,
    sex: Sex,
}

/// One invented family's NK-A, initiated on a day of the year so far.
fn family(
    dice: &mut Dice,
    today: NaiveDate,
) -> (NaiveDate, InstitutionKind, Vec<ViolenceForm>, Vec<Person>) {
    let first_day = NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today);
    let days = (today - first_day).num_days().max(0) as u64;
    let initiated_on = first_day + Duration::days(dice.below(days + 1) as i64);
    let institution = match dice.below(100) {
        0..=54 => InstitutionKind::Police,
        55..=74 => InstitutionKind::SocialWelfare,
        75..=84 => InstitutionKind::Education,
        85..=92 => InstitutionKind::HealthCare,
        _ => InstitutionKind::AlcoholCommission,
    };
    let mut forms = vec![ViolenceForm::Psychological];
    if dice.chance(60) {
        forms.push(ViolenceForm::Physical);
    }
    if dice.chance(20) {
        forms.push(ViolenceForm::Economic);
    }
    let born = |dice: &mut Dice, min_age: u64, max_age: u64| {
        let age = min_age + dice.below(max_age - min_age + 1);
        initiated_on - Duration::days((age * 365 + dice.below(300)) as i64)
    };
    let surname = SURNAMES[dice.below(SURNAMES.len() as u64) as usize];
    let victim_is_woman = dice.chance(82);
    let victim_old = dice.chance(15);
    let victim = Person {
        role: PersonRole::Victim,
        first: if victim_is_woman {
            dice.pick(&WOMEN)
        } else {
            dice.pick(&MEN)
        },
        last: if victim_is_woman {
            surname.1
        } else {
            surname.0
        },
        born_on: if victim_old {
            born(dice, 60, 84)
        } else {
            born(dice, 19, 58)
        },
        sex: if victim_is_woman {
            Sex::Female
        } else {
            Sex::Male
        },
    };
    let perpetrator_is_man = dice.chance(if victim_is_woman { 94 } else { 40 });
    let perpetrator = Person {
        role: PersonRole::Perpetrator,
        first: if perpetrator_is_man {
            dice.pick(&MEN)
        } else {
            dice.pick(&WOMEN)
        },
        last: if perpetrator_is_man {
            surname.0
        } else {
            surname.1
        },
        born_on: born(dice, 20, 66),
        sex: if perpetrator_is_man {
            Sex::Male
        } else {
            Sex::Female
        },
    };
    let mut persons = vec![victim, perpetrator];
    // Children who witness violence are victims of it.
    for _ in 0..dice.below(3).saturating_sub(dice.below(2)) {
        let girl = dice.chance(50);
        persons.push(Person {
            role: PersonRole::Victim,
            first: if girl {
                dice.pick(&GIRLS)
            } else {
                dice.pick(&BOYS)
            },
            last: if girl { surname.1 } else { surname.0 },
            born_on: born(dice, 1, 17),
            sex: if girl { Sex::Female } else { Sex::Male },
        });
    }
    (initiated_on, institution, forms, persons)
}

pub async fn seed(
    db: &Db,
    master: &MasterKey,
    tenants: &[tenancy::Tenant],
    cards: u32,
) -> Result<()> {
    let today = kernel::calendar::today();
    for (index, tenant) in tenants.iter().enumerate() {
        let share = SHARES.get(index).copied().unwrap_or(10);
        let count = u64::from(cards) * share / 100;
        let tx = db
            .tenant(tenant.id, AuditContext::unaudited("demo"))
            .await?;
        let Some(staff) =
            crate::demo_staff::acting(&tx, tenant, "pracownik", Role::SocialWorker).await?
        else {
            continue;
        };
        if cases::any_card(&tx).await? {
            continue;
        }
        let reader = cases::reader(&tx, &staff).await?;
        let key = tenancy::data_key(&tx, master).await?;
        let mut dice = Dice(index as u64 + 1);
        for _ in 0..count {
            cases::open_blue_card(&tx, &staff, reader, &key, new_card(&mut dice, today)?)
                .await?
                .map_err(|_| Error::internal("a demo Blue Card was refused"))?;
        }
        tx.commit().await?;
    }
    Ok(())
}

/// One invented family's NK-A, initiated on a day of `until`'s year up to `until`.
pub(crate) fn new_card(dice: &mut Dice, until: NaiveDate) -> Result<NewBlueCard> {
    let (initiated_on, institution, forms, people) = family(dice, until);
    let today = kernel::calendar::today();
    let mut errors = Errors::input();
    let persons = people
        .iter()
        .filter_map(|p| {
            cases::domain::parse_person(
                PersonFields {
                    role: p.role,
                    first_name: p.first,
                    last_name: p.last,
                    pesel: None,
                    born_on: Some(p.born_on),
                    sex: Some(p.sex),
                    died_on: None,
                    address: None,
                    phone: None,
                    notes: None,
                    about: cases::person_data::AboutFields::default(),
                },
                initiated_on,
                today,
                &mut errors,
            )
        })
        .collect();
    if !errors.is_empty() {
        return Err(Error::internal("an invented person was refused"));
    }
    Ok(NewBlueCard {
        initiated_on,
        initiator_institution: institution,
        violence_forms: forms,
        persons,
        details: FormDetails {
            perpetrator_under_alcohol: dice.chance(45),
            registered_from_paper: paper_initiator(initiated_on, institution),
            ..FormDetails::default()
        },
        nk_b_recipient: None,
        opening_key: None,
    })
}

/// The social worker files the forms of social welfare as her own; another body's form (most
/// come from the police) she registers from paper, with the person who filled it.
/// (The person is picked by the day, not by the dice, so that every other invented value stays
/// as it was.)
fn paper_initiator(day: NaiveDate, body: InstitutionKind) -> Option<PaperInitiator> {
    const NAMES: [&str; 6] = [
        "Jan Wójtowicz",
        "Ewa Białek",
        "Adam Kuś",
        "Marta Szulc",
        "Tomasz Lach",
        "Irena Mróz",
    ];
    let (position, entity) = match body {
        InstitutionKind::SocialWelfare => return None,
        InstitutionKind::Police => ("st. asp.", "Komenda Miejska Policji"),
        InstitutionKind::Education => ("pedagog szkolny", "Szkoła Podstawowa nr 2"),
        InstitutionKind::HealthCare => ("lekarz", "Szpital Miejski"),
        _ => (
            "członek komisji",
            "Miejska Komisja Rozwiązywania Problemów Alkoholowych",
        ),
    };
    let name = NAMES[day.ordinal() as usize % NAMES.len()];
    Some(PaperInitiator {
        name: name.to_owned(),
        position: Some(position.to_owned()),
        entity: entity.to_owned(),
    })
}
