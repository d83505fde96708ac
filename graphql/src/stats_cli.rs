//! `ostoja stats`: publishing a region's statistics release, with a progress bar, and listing
//! the region's publications.

use anyhow::anyhow;
use clap::Subcommand;
use indicatif::{ProgressBar, ProgressStyle};
use kernel::slug::Slug;
use stats::publish::{self, Progress, Release, Status};

use kernel::Db;

fn describe(e: kernel::Error) -> anyhow::Error {
    anyhow!(e.describe())
}

#[derive(Subcommand)]
pub enum StatsCommand {
    /// Publish a release of a region's anonymized statistics for a period, from the
    /// municipalities that share theirs now. Refused while another publication of the region runs.
    Publish {
        /// Slug of the region.
        #[arg(long)]
        region: String,
        /// A year (2026), a quarter (2026-Q3) or a month (2026-09) that is over.
        #[arg(long)]
        period: String,
    },
    /// List a region's publications, the latest first (status and progress, never values).
    Releases {
        /// Slug of the region.
        #[arg(long)]
        region: String,
    },
    /// For the publication benchmark: create invented municipalities in a region (its slug
    /// followed by -0001, -0002, …), each sharing its statistics, with its staff, its team and
    /// Blue Cards of invented families over a year. Municipalities already there keep their cards.
    Seed {
        /// Slug of an existing region.
        #[arg(long)]
        region: String,
        /// How many municipalities (1–990).
        #[arg(long, default_value_t = 300)]
        municipalities: usize,
        /// Blue Cards in each.
        #[arg(long, default_value_t = 10_000)]
        cards: usize,
        /// The year the cards are of (one that is over).
        #[arg(long)]
        year: i32,
    },
}

impl crate::stats_seed::Seeded for Bar {
    fn done(&self, done: usize, of: usize) {
        self.0.set_length(of as u64);
        self.0.set_position(done as u64);
    }
}

/// A progress bar on standard error (hidden when it is not a terminal).
struct Bar(ProgressBar);

impl Progress for Bar {
    fn begun(&self, municipalities: usize) {
        self.0.set_length(municipalities as u64);
    }

    fn counted(&self, done: usize, municipality: &str) {
        self.0.set_position(done as u64);
        self.0.set_message(municipality.to_owned());
    }
}

pub async fn run(config: &crate::config::Config, db: &Db, cmd: StatsCommand) -> anyhow::Result<()> {
    match cmd {
        StatsCommand::Seed {
            region,
            municipalities,
            cards,
            year,
        } => {
            let slug = Slug::parse(&region).map_err(|e| anyhow!("--region: {e}"))?;
            let master = crate::app::master_key(config, db).await?;
            let bar = ProgressBar::new(0).with_style(
                ProgressStyle::with_template("{bar:40} {pos}/{len} municipalities {elapsed}")
                    .map_err(|e| anyhow!("{e}"))?,
            );
            crate::stats_seed::seed(
                db,
                &master,
                &slug,
                municipalities,
                cards,
                year,
                &Bar(bar.clone()),
            )
            .await
            .map_err(describe)?;
            bar.finish_and_clear();
            println!(
                "region {slug}: {municipalities} municipalities sharing, {cards} Blue Cards each in {year}"
            );
        }
        StatsCommand::Publish { region, period } => {
            let slug = Slug::parse(&region).map_err(|e| anyhow!("--region: {e}"))?;
            let today = kernel::calendar::today();
            let period = stats::local::period(&period, today)
                .map_err(|e| anyhow!("--period: {}", e.describe()))?;
            let bar = ProgressBar::new(0).with_style(
                ProgressStyle::with_template("{bar:40} {pos}/{len} municipalities {msg}")
                    .map_err(|e| anyhow!("{e}"))?,
            );
            let sources = crate::schema::indicator_sources();
            let release = publish::publish(
                db,
                &sources,
                &slug,
                period,
                today,
                "command line",
                &Bar(bar.clone()),
            )
            .await
            .map_err(describe)?;
            bar.finish_and_clear();
            println!(
                "published release {} of region {slug} for {period}: {} municipalities",
                release.number.unwrap_or_default(),
                release.municipalities.unwrap_or_default()
            );
        }
        StatsCommand::Releases { region } => {
            let slug = Slug::parse(&region).map_err(|e| anyhow!("--region: {e}"))?;
            let tx = db.platform().await.map_err(describe)?;
            let region = tenancy::find_region_by_slug(&tx, &slug)
                .await
                .map_err(describe)?
                .ok_or_else(|| anyhow!("--region: no region '{slug}'"))?;
            for r in publish::publications(tx.conn(), region.id)
                .await
                .map_err(describe)?
            {
                println!("{}", line(&r));
            }
        }
    }
    Ok(())
}

fn line(r: &Release) -> String {
    let status = match r.status {
        Status::Running => format!("running {}/{}", r.done, r.total),
        Status::Published => format!(
            "published, {} municipalities",
            r.municipalities.unwrap_or_default()
        ),
        Status::Failed => "failed".to_owned(),
    };
    format!(
        "{}\t{}\t{status}\t{}\t{}",
        r.number
            .map(|n| n.to_string())
            .unwrap_or_else(|| "-".to_owned()),
        r.period,
        r.started_at.format("%Y-%m-%d %H:%M:%S UTC"),
        r.requested_by
    )
}
