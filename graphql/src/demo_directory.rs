//! Demo help points, as the offices publish them (`shared/seeds`): Żory's team at ul. Boryńska
//! 13, Częstochowa's specialist section and its crisis intervention centre, Jastrzębie-Zdrój's
//! crisis intervention point at ul. Opolska 9 (its page gives no hours: none are made up), and
//! the national helplines. Idempotent: a municipality that has points, or helplines that exist,
//! are left as they are.

use directory::domain::{
    Address, Email, HelpPointDetails, HelpPointKind as Kind, HelpService as S, Language,
    PhoneNumber, PlaceCount, PostalCode,
};
use directory::hours::{DayHours, OpeningHours, TimeRange, WeeklyHours};
use kernel::db::AuditContext;
use kernel::principal::{Operator, Principal, StaffPrincipal};
use kernel::text::{Name, Text};
use kernel::{Db, Error, Result, Role};

fn internal<E>(_: E) -> Error {
    Error::internal("demo help point")
}

fn day(opens: &str, closes: &str) -> Result<DayHours> {
    DayHours::parse(vec![TimeRange::parse(opens, closes).map_err(internal)?]).map_err(internal)
}

fn details(
    name: &str,
    kind: Kind,
    address: Option<(&str, Option<&str>, &str)>,
    phones: &[&str],
    hours: OpeningHours,
    services: &[S],
) -> Result<HelpPointDetails> {
    Ok(HelpPointDetails {
        name: Name::parse(name).map_err(internal)?,
        kind,
        description: None,
        address: match address {
            None => None,
            Some((street, code, city)) => Some(Address {
                street: Name::parse(street).map_err(internal)?,
                postal_code: code.map(PostalCode::parse).transpose().map_err(internal)?,
                city: Text::parse(city).map_err(internal)?,
            }),
        },
        coordinates: None,
        phones: phones
            .iter()
            .map(|p| PhoneNumber::parse(p).map_err(internal))
            .collect::<Result<_>>()?,
        email: None,
        web: None,
        hours,
        services: directory::domain::set_of(services.iter().copied()),
        languages: vec![Language::parse("pl").map_err(internal)?],
        accessibility: Vec::new(),
    })
}

/// As [`details`], with the e-mail address the office publishes.
fn with_email(mut d: HelpPointDetails, email: &str) -> Result<HelpPointDetails> {
    d.email = Some(Email::parse(email).map_err(internal)?);
    Ok(d)
}

/// Seeds the points of `zory`, `czestochowa` and `jastrzebie` and the national helplines.
pub async fn seed(db: &Db, tenants: &[tenancy::Tenant]) -> Result<()> {
    let operator = Operator::command_line();
    let tx = db.platform_write().await?;
    if directory::helplines(&tx, false).await?.is_empty() {
        let always = || OpeningHours::DayAndNight;
        for (name, phone, hours) in [
            (
                "Niebieska Linia — Ogólnopolskie Pogotowie dla Ofiar Przemocy w Rodzinie",
                "800 120 002",
                always(),
            ),
            (
                "Telefon Zaufania dla Dzieci i Młodzieży",
                "116 111",
                always(),
            ),
            ("Numer alarmowy", "112", always()),
        ] {
            let d = details(
                name,
                Kind::Helpline,
                None,
                &[phone],
                hours,
                &[S::Psychological],
            )?;
            directory::create_helpline(&tx, &operator, d).await?;
        }
        let evenings = WeeklyHours {
            monday: day("14:00", "22:00")?,
            tuesday: day("14:00", "22:00")?,
            wednesday: day("14:00", "22:00")?,
            thursday: day("14:00", "22:00")?,
            friday: day("14:00", "22:00")?,
            saturday: day("14:00", "22:00")?,
            sunday: day("14:00", "22:00")?,
        };
        let d = details(
            "Kryzysowy Telefon Zaufania",
            Kind::Helpline,
            None,
            &["116 123"],
            OpeningHours::weekly(evenings, vec![], true).map_err(internal)?,
            &[S::Psychological],
        )?;
        directory::create_helpline(&tx, &operator, d).await?;
    }
    tx.commit().await?;

    for tenant in tenants {
        let points = match tenant.slug.as_str() {
            "zory" => vec![(
                details(
                    "Zespół ds. Przeciwdziałania Przemocy w Rodzinie — MOPS w Żorach",
                    Kind::SocialWelfareBranch,
                    Some(("ul. Boryńska 13", Some("44-240"), "Żory")),
                    &["(32) 43 57 840", "691 329 299"],
                    OpeningHours::weekly(WeeklyHours::weekdays(day("7:30", "15:30")?), vec![], false)
                        .map_err(internal)?,
                    &[S::Social, S::Psychological, S::Legal, S::Pedagogical],
                )?,
                None,
            )],
            "czestochowa" => vec![
                (
                    details(
                        "Sekcja Pomocy Specjalistycznej dla Rodzin Zagrożonych Przemocą — MOPS w Częstochowie",
                        Kind::SocialWelfareBranch,
                        Some(("ul. Polskiej Organizacji Wojskowej 2", None, "Częstochowa")),
                        &["34 372 42 02"],
                        OpeningHours::weekly(
                            WeeklyHours {
                                monday: day("7:30", "15:30")?,
                                tuesday: day("7:30", "16:00")?,
                                wednesday: day("7:30", "15:30")?,
                                thursday: day("7:30", "15:30")?,
                                friday: day("7:30", "15:00")?,
                                ..WeeklyHours::default()
                            },
                            vec![],
                            false,
                        )
                        .map_err(internal)?,
                        &[S::Social, S::Therapy],
                    )?,
                    None,
                ),
                (
                    details(
                        "Częstochowskie Centrum Interwencji Kryzysowej",
                        Kind::CrisisInterventionCentre,
                        Some(("ul. Rejtana 7B", None, "Częstochowa")),
                        &["34 366 31 21"],
                        OpeningHours::DayAndNight,
                        &[S::Psychological, S::Legal, S::FamilyCounselling, S::Shelter],
                    )?,
                    // The page says the hostel has safe places; the count is the demo's.
                    Some(PlaceCount::parse(2).map_err(internal)?),
                ),
            ],
            "jastrzebie" => vec![(
                with_email(
                    details(
                        "Punkt Interwencji Kryzysowej — OPS w Jastrzębiu-Zdroju",
                        Kind::CrisisInterventionPoint,
                        Some(("ul. Opolska 9", None, "Jastrzębie-Zdrój")),
                        &["32 43 19 627", "32 43 19 628"],
                        // Not published on the office's page: shown as "ask by phone".
                        OpeningHours::weekly(WeeklyHours::default(), vec![], false)
                            .map_err(internal)?,
                        &[S::Psychological, S::Pedagogical, S::Shelter],
                    )?,
                    "pik@ops.jastrzebie.pl",
                )?,
                None,
            )],
            _ => Vec::new(),
        };
        if points.is_empty() {
            continue;
        }
        let tx = db
            .tenant(tenant.id, AuditContext::unaudited("demo"))
            .await?;
        let admin = Principal::Staff(StaffPrincipal {
            tenant: tenant.id,
            tenant_slug: tenant.slug.clone(),
            region: tenant.region_id,
            user: uuid::Uuid::nil(),
            login: "demo".to_owned(),
            display_name: "Demo".to_owned(),
            roles: [Role::DirectoryEditor].into_iter().collect(),
        });
        let editor = admin.require_directory_editor()?;
        if directory::points(&tx, &editor).await?.is_empty() {
            for (d, places) in points {
                let point = directory::create_point(&tx, &editor, d).await?;
                directory::set_published(&tx, &editor, point.id, true).await?;
                if let Some(free) = places {
                    directory::update_shelter_places(&tx, &editor, point.id, free, Some(true))
                        .await?;
                }
            }
        }
        tx.commit().await?;
    }
    Ok(())
}
