//! Demo data: region `slaskie` with the municipalities `zory`, `czestochowa`, `lubliniec` and
//! `jastrzebie`, staff of every role in each, a coordinator of the region and an operator.
//! Idempotent.

use chrono::NaiveDate;
use identity::{Login, NewUser};
use kernel::db::AuditContext;
use kernel::principal::Operator;
use kernel::principal::{Principal, StaffPrincipal};
use kernel::slug::Slug;
use kernel::text::Name;
use kernel::{Db, Error, Result, Role, TenantTx};
use teams::InstitutionKind;
use tenancy::{NewRegion, NewTenant};

/// (slug, name, TERYT, shares statistics, staff: (login, name, roles))
const MUNICIPALITIES: [(&str, &str, &str, bool); 4] = [
    ("zory", "Miasto Żory", "2479011", true),
    ("czestochowa", "Miasto Częstochowa", "2464011", true),
    ("lubliniec", "Gmina Lubliniec", "2408011", true),
    ("jastrzebie", "Miasto Jastrzębie-Zdrój", "2467011", true),
];

/// (login, a name in each municipality, roles)
const STAFF: [(&str, [&str; 4], &[Role]); 12] = [
    (
        "admin",
        [
            "Katarzyna Wójcik",
            "Tomasz Lewandowski",
            "Magdalena Kaczmarek",
            "Dorota Kubiak",
        ],
        &[Role::TenantAdmin],
    ),
    (
        "przewodniczacy",
        [
            "Barbara Nowak",
            "Krzysztof Zieliński",
            "Agnieszka Szymańska",
            "Grzegorz Wilk",
        ],
        &[Role::TeamChair, Role::TeamMember],
    ),
    (
        "czlonek",
        [
            "Marek Kowalczyk",
            "Joanna Woźniak",
            "Paweł Dąbrowski",
            "Beata Lis",
        ],
        &[Role::TeamMember],
    ),
    (
        "pracownik",
        [
            "Anna Kamińska",
            "Ewa Jankowska",
            "Monika Mazur",
            "Iwona Kołodziej",
        ],
        &[Role::SocialWorker, Role::TeamMember],
    ),
    (
        "policjant",
        [
            "Piotr Grabowski",
            "Michał Pawłowski",
            "Łukasz Michalski",
            "Adam Sowa",
        ],
        &[Role::TeamMember],
    ),
    (
        "komisja",
        [
            "Stanisław Piątek",
            "Elżbieta Krawczyk",
            "Wojciech Malinowski",
            "Urszula Sadowska",
        ],
        &[Role::TeamMember],
    ),
    (
        "lekarz",
        [
            "Małgorzata Zając",
            "Andrzej Wróblewski",
            "Ewelina Jasińska",
            "Ryszard Kozieł",
        ],
        &[Role::TeamMember],
    ),
    (
        "kurator",
        [
            "Danuta Makowska",
            "Sławomir Czarnecki",
            "Jadwiga Bąk",
            "Dariusz Pietrzak",
        ],
        &[Role::TeamMember],
    ),
    (
        "fundacja",
        [
            "Natalia Sobczak",
            "Kinga Rutkowska",
            "Marcin Szewczyk",
            "Aleksandra Ostrowska",
        ],
        &[Role::TeamMember],
    ),
    (
        "iod",
        [
            "Halina Wróbel",
            "Jerzy Sikora",
            "Renata Baran",
            "Teresa Gajda",
        ],
        &[Role::DataProtectionOfficer],
    ),
    (
        "redaktor",
        [
            "Zofia Adamczyk",
            "Robert Górski",
            "Alicja Duda",
            "Kamil Nowicki",
        ],
        &[Role::DirectoryEditor],
    ),
    (
        "rejestracja",
        [
            "Teresa Kozłowska",
            "Grażyna Kubiak",
            "Bożena Wieczorek",
            "Jolanta Mazur",
        ],
        &[Role::IntakeStaff],
    ),
];

pub const LOGINS: [&str; 12] = [
    "admin",
    "przewodniczacy",
    "czlonek",
    "pracownik",
    "policjant",
    "komisja",
    "lekarz",
    "kurator",
    "fundacja",
    "iod",
    "redaktor",
    "rejestracja",
];

fn parse_slug(s: &str) -> Result<Slug> {
    Slug::parse(s).map_err(|_| Error::internal("demo slug"))
}

fn parse_login(s: &str) -> Result<Login> {
    Login::parse(s).map_err(|_| Error::internal("demo login"))
}

pub async fn seed(
    db: &Db,
    master: &kernel::crypto::MasterKey,
    config: &crate::config::DemoConfig,
) -> Result<()> {
    let operator = Operator::command_line();
    let region_slug = parse_slug("slaskie")?;
    let tx = db.platform_write().await?;
    let region = match tenancy::find_region_by_slug(&tx, &region_slug).await? {
        Some(r) => r,
        None => {
            let new = NewRegion::parse("slaskie", "Województwo śląskie", "24")
                .map_err(|_| Error::internal("demo region"))?;
            tenancy::create_region(&tx, &operator, new)
                .await?
                .map_err(|_| Error::internal("creating the demo region"))?
        }
    };
    identity::ensure_coordinator(
        &tx,
        &operator,
        region.id,
        &parse_login("koordynator")?,
        "Elżbieta Wróbel",
    )
    .await?;
    identity::ensure_operator(
        &tx,
        &operator,
        &parse_login("operator")?,
        "Operator Platformy",
    )
    .await?;
    let mut tenants = Vec::new();
    for (slug, name, teryt, shares) in MUNICIPALITIES {
        let tenant = match tenancy::find_tenant_by_slug(&tx, &parse_slug(slug)?).await? {
            Some(t) => t,
            None => {
                let new = NewTenant::parse(slug, name, teryt, "slaskie", shares)
                    .map_err(|_| Error::internal("demo municipality"))?;
                tenancy::create_tenant(&tx, &operator, new)
                    .await?
                    .map_err(|_| Error::internal("creating a demo municipality"))?
            }
        };
        tenants.push(tenant);
    }
    tx.commit().await?;

    for (index, tenant) in tenants.iter().enumerate() {
        let tx = db
            .tenant(tenant.id, AuditContext::unaudited("demo"))
            .await?;
        seed_staff(&tx, &operator, tenant, index).await?;
        tx.commit().await?;
    }
    crate::demo_directory::seed(db, &tenants).await?;
    crate::demo_intake::seed(db, master, &tenants).await?;
    crate::demo_cases::seed(db, master, &tenants, config.blue_cards).await?;
    first_release(db, &region_slug).await
}

/// The demo's staff of a municipality (the `index`-th: each has its own names) and its team,
/// once: people already there are left as they are.
pub(crate) async fn seed_staff(
    tx: &TenantTx,
    operator: &Operator,
    tenant: &tenancy::Tenant,
    index: usize,
) -> Result<()> {
    for (login, names, roles) in STAFF {
        let login_parsed = parse_login(login)?;
        if identity::find_user_by_login(tx, &login_parsed)
            .await?
            .is_some()
        {
            continue;
        }
        let name = names.get(index).copied().unwrap_or("Pracownik");
        let email = format!("{login}@{}.example.pl", tenant.slug);
        let mut new = NewUser::parse(login, name, Some(&email), roles)
            .map_err(|_| Error::internal("demo user"))?;
        // The demo's people say how they are addressed; Polish women's first names end
        // in "a" (every demo name does: Barbara, Iwona; Grzegorz, Piotr).
        new.form_of_address = Some(
            if name.split(' ').next().is_some_and(|n| n.ends_with('a')) {
                identity::domain::FormOfAddress::Feminine
            } else {
                identity::domain::FormOfAddress::Masculine
            },
        );
        identity::create_user(tx, operator, new)
            .await?
            .map_err(|_| Error::internal("creating a demo user"))?;
    }
    seed_team(tx, tenant).await
}

/// The region's first statistics release, of the last quarter over, so that its coordinator
/// has figures at once. Once: a region with a release is left as it is.
async fn first_release(db: &Db, region: &Slug) -> Result<()> {
    let tx = db.platform().await?;
    let Some(found) = tenancy::find_region_by_slug(&tx, region).await? else {
        return Ok(());
    };
    let published = stats::publish::publications(tx.conn(), found.id).await?;
    tx.commit().await?;
    if !published.is_empty() {
        return Ok(());
    }
    let today = kernel::calendar::today();
    let Some(quarter) = stats::schedule::due(today).into_iter().next() else {
        return Ok(());
    };
    stats::publish::publish(
        db,
        &crate::schema::indicator_sources(),
        region,
        quarter,
        today,
        "demo",
        &stats::publish::Quiet,
    )
    .await?;
    Ok(())
}

/// (login, institution, institution's name, chair): every institution the act requires
/// (art. 9a ust. 3), the school's teacher besides.
const TEAM: [(&str, InstitutionKind, &str, bool); 8] = [
    (
        "przewodniczacy",
        InstitutionKind::SocialWelfare,
        "Miejski Ośrodek Pomocy Społecznej",
        true,
    ),
    (
        "pracownik",
        InstitutionKind::SocialWelfare,
        "Miejski Ośrodek Pomocy Społecznej",
        false,
    ),
    (
        "policjant",
        InstitutionKind::Police,
        "Komenda Miejska Policji",
        false,
    ),
    (
        "czlonek",
        InstitutionKind::Education,
        "Szkoła Podstawowa nr 1",
        false,
    ),
    (
        "komisja",
        InstitutionKind::AlcoholCommission,
        "Miejska Komisja Rozwiązywania Problemów Alkoholowych",
        false,
    ),
    (
        "lekarz",
        InstitutionKind::HealthCare,
        "Miejska Przychodnia Zdrowia",
        false,
    ),
    (
        "kurator",
        InstitutionKind::Probation,
        "Zespół Kuratorskiej Służby Sądowej Sądu Rejonowego",
        false,
    ),
    (
        "fundacja",
        InstitutionKind::Ngo,
        "Stowarzyszenie „Bezpieczny Dom”",
        false,
    ),
];

/// The municipality's interdisciplinary team, its chair and members, all with signed
/// confidentiality statements.
async fn seed_team(tx: &TenantTx, tenant: &tenancy::Tenant) -> Result<()> {
    if teams::team(tx).await?.is_some() {
        return Ok(());
    }
    let admin_login = parse_login("admin")?;
    let admin = identity::find_user_by_login(tx, &admin_login)
        .await?
        .ok_or_else(|| Error::internal("demo administrator missing"))?;
    let principal = Principal::Staff(StaffPrincipal {
        tenant: tenant.id,
        tenant_slug: tenant.slug.clone(),
        region: tenant.region_id,
        user: admin.id,
        login: admin_login.as_str().to_owned(),
        display_name: admin.display_name.clone(),
        roles: [Role::TenantAdmin].into_iter().collect(),
    });
    let admin = principal
        .tenant_admin()
        .ok_or_else(|| Error::internal("demo administrator capability"))?;
    let appointed =
        NaiveDate::from_ymd_opt(2023, 9, 28).ok_or_else(|| Error::internal("demo date"))?;
    let text = |s: &str| Name::parse(s).map_err(|_| Error::internal("demo text"));
    let team = teams::create_team(
        tx,
        &admin,
        teams::NewTeam {
            name: text(&format!("Zespół Interdyscyplinarny — {}", tenant.name))?,
            act_number: text("Zarządzenie nr 120/2023")?,
            act_issued_on: appointed,
        },
    )
    .await?
    .map_err(|_| Error::internal("creating the demo team"))?;
    for (login, institution, institution_name, chair) in TEAM {
        let user = identity::find_user_by_login(tx, &parse_login(login)?)
            .await?
            .ok_or_else(|| Error::internal("demo team member missing"))?;
        teams::add_member(
            tx,
            &admin,
            teams::NewMember {
                team_id: team.id,
                user_id: user.id,
                institution,
                institution_name: text(institution_name)?,
                chair,
                confidentiality_signed_on: Some(appointed),
                confidentiality_valid_until: None,
                joined_on: appointed,
            },
        )
        .await?
        .map_err(|_| Error::internal("adding a demo team member"))?;
    }
    Ok(())
}

/// What `serve --demo` prints after the URL.
pub fn instructions(url: &str, token_ttl_minutes: i64) -> String {
    let mut text = String::from(
        "Demo data: region slaskie; municipalities zory, czestochowa, lubliniec, jastrzebie;\n\
         staff in each: admin (tenant administrator), przewodniczacy (team chair), czlonek (team member),\n\
         pracownik (social worker), policjant (team member from the police), redaktor (help directory editor),\n\
         komisja, lekarz, kurator, fundacja (team members from the alcohol commission, health care, probation, an NGO);\n\
         each municipality's interdisciplinary team: przewodniczacy (chair), pracownik, policjant, czlonek,\n\
         komisja, lekarz, kurator, fundacja: every institution the act requires;\n\
         coordinator of slaskie: koordynator; operator: operator.\n\n\
         Get a token from another terminal in this directory (valid {TTL}):\n",
    )
    .replace("{TTL}", &ttl_text(token_ttl_minutes));
    text.insert_str(
        0,
        &format!(
            "Web application: {url}/?tenant=zory (development sign-in: choose a person).\n\
             Public help directory (no sign-in): {url}/pomoc\n\n"
        ),
    );
    text.push_str("  ostoja dev-token --tenant zory --user pracownik\n");
    text.push_str("  ostoja dev-token --tenant czestochowa --user admin\n");
    text.push_str("  ostoja dev-token --region slaskie --user koordynator\n");
    text.push_str("  ostoja dev-token --operator --user operator\n\n");
    text.push_str("Then ask who you are:\n");
    text.push_str(&format!(
        "  curl -s {url}/graphql -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' \\\n    -d '{{\"query\":\"{{ viewer {{ login displayName roles municipality {{ name }} }} }}\"}}'\n"
    ));
    text
}

fn ttl_text(minutes: i64) -> String {
    if minutes % 60 == 0 {
        format!("{} h", minutes / 60)
    } else {
        format!("{minutes} min")
    }
}
