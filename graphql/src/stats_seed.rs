//! `ostoja stats seed`: invented municipalities for the publication benchmark. Each is created
//! like the demo's (its staff and team), shares its statistics, and gets `cards` Blue Cards of
//! invented families over a year, written as an NK-A writes them (`cases::open_many`: sealed,
//! numbered, names indexed, first deadline set). Municipalities already there keep their cards.

use chrono::NaiveDate;
use futures::{StreamExt, TryStreamExt};
use kernel::crypto::MasterKey;
use kernel::db::AuditContext;
use kernel::principal::Operator;
use kernel::slug::Slug;
use kernel::{Db, Error, Result, Role};
use tenancy::NewTenant;

use crate::demo_cases::{new_card, Dice};

/// How many municipalities one region's seeding may create: TERYT codes of counties 90–99.
pub const MAX_MUNICIPALITIES: usize = 990;

/// Told as each municipality is done.
pub trait Seeded: Sync {
    fn done(&self, done: usize, of: usize);
}

pub async fn seed(
    db: &Db,
    master: &MasterKey,
    region: &Slug,
    municipalities: usize,
    cards: usize,
    year: i32,
    progress: &dyn Seeded,
) -> Result<()> {
    if municipalities == 0 || municipalities > MAX_MUNICIPALITIES {
        return Err(Error::BadUserInput(format!(
            "--municipalities must be between 1 and {MAX_MUNICIPALITIES}"
        )));
    }
    let until = NaiveDate::from_ymd_opt(year, 12, 31)
        .filter(|d| *d < kernel::calendar::today())
        .ok_or_else(|| Error::BadUserInput("--year must be a year that is over".to_owned()))?;
    let operator = Operator::command_line();
    let tx = db.platform_write().await?;
    let found = tenancy::find_region_by_slug(&tx, region)
        .await?
        .ok_or_else(|| Error::BadUserInput(format!("no region has the slug '{region}'")))?;
    let mut tenants = Vec::with_capacity(municipalities);
    for i in 0..municipalities {
        let slug = format!("{region}-{:04}", i + 1);
        let existing = tenancy::find_tenant_by_slug(
            &tx,
            &Slug::parse(&slug).map_err(|_| Error::BadUserInput(format!("slug {slug}")))?,
        )
        .await?;
        let tenant = match existing {
            Some(t) => t,
            None => {
                // Counties 90–99 hold no real municipality.
                let teryt = format!("{}{}{:02}2", found.teryt, 90 + i / 99, i % 99 + 1);
                let new = NewTenant::parse(
                    &slug,
                    &format!("Gmina testowa {}", i + 1),
                    &teryt,
                    region.as_str(),
                    true,
                )
                .map_err(|_| Error::internal("an invented municipality was refused"))?;
                tenancy::create_tenant(&tx, &operator, new)
                    .await?
                    .map_err(|e| {
                        Error::BadUserInput(format!(
                            "municipality {slug} could not be created: {}",
                            e.first().map(|e| e.message.as_str()).unwrap_or("refused")
                        ))
                    })?
            }
        };
        tenants.push(tenant);
    }
    tx.commit().await?;
    // Two municipalities at a time: one writes while the other's cards are being sealed.
    let done = std::sync::atomic::AtomicUsize::new(0);
    let total = tenants.len();
    futures::stream::iter(tenants.iter().enumerate())
        .map(|(i, tenant)| {
            let (done, operator) = (&done, &operator);
            async move {
                seed_one(db, master, operator, tenant, i, cards, until).await?;
                let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
                progress.done(n, total);
                Ok::<(), Error>(())
            }
        })
        .buffer_unordered(2)
        .try_collect::<()>()
        .await?;
    Ok(())
}

async fn seed_one(
    db: &Db,
    master: &MasterKey,
    operator: &Operator,
    tenant: &tenancy::Tenant,
    index: usize,
    cards: usize,
    until: NaiveDate,
) -> Result<()> {
    let tx = db
        .tenant(tenant.id, AuditContext::unaudited("stats-seed"))
        .await?;
    crate::demo::seed_staff(&tx, operator, tenant, index).await?;
    if !cases::any_card(&tx).await? {
        let staff = crate::demo_staff::acting(&tx, tenant, "pracownik", Role::SocialWorker)
            .await?
            .ok_or_else(|| Error::internal("the invented social worker is missing"))?;
        let key = tenancy::data_key(&tx, master).await?;
        let mut dice = Dice(index as u64 + 1);
        let new = (0..cards)
            .map(|_| new_card(&mut dice, until))
            .collect::<Result<Vec<_>>>()?;
        cases::open_many(&tx, &staff, &key, new).await?;
    }
    tx.commit().await
}
