//! The statistics service's GraphQL: a municipality's own figures for its statistics readers
//! and its team's chair, and a region's releases for its coordinators.

use async_graphql::{Context, Object, SimpleObject};
use kernel::date::Date;
use kernel::request::ContextExt;
use kernel::stats::{Measure, Period, PeriodKind};

use crate::export;
use crate::local::{self, Counted, Sources};

mod regional;
pub use regional::RegionalQuery;

#[derive(Default)]
pub struct StatsQuery;

#[Object]
impl StatsQuery {
    /// Statystyka gminy — the municipality's own figures for a period: a year (`2026`), a
    /// quarter (`2026-Q3`) or a month (`2026-09`), begun by today. For the municipality's
    /// statistics readers and its team's chair; counts, never names.
    async fn municipality_statistics(
        &self,
        ctx: &Context<'_>,
        period: String,
    ) -> async_graphql::Result<MunicipalityStatistics> {
        let req = ctx.request()?;
        req.principal.require_statistics_reader()?;
        let today = kernel::calendar::today();
        let period = local::period(&period, today)?;
        let sources = ctx.data::<Sources>()?;
        let tx = req.tenant_tx().await?;
        let indicators = local::count(tx, sources, period, today).await?;
        Ok(MunicipalityStatistics { period, indicators })
    }

    /// Eksport statystyki gminy — the same figures as a file (CSV or XLSX) with Polish headers,
    /// recorded in the municipality's audit trail. For the same readers.
    async fn municipality_statistics_export(
        &self,
        ctx: &Context<'_>,
        period: String,
        format: ExportFormat,
    ) -> async_graphql::Result<StatisticsFile> {
        let req = ctx.request()?;
        let reader = req.principal.require_statistics_reader()?;
        let today = kernel::calendar::today();
        let period = local::period(&period, today)?;
        let sources = ctx.data::<Sources>()?;
        let tx = req.tenant_tx().await?;
        let counted = local::count(tx, sources, period, today).await?;
        tx.touch(tenancy::graphql::municipality_gid(reader.tenant()).0);
        let rows = export::municipality_rows(&counted, sources);
        Ok(StatisticsFile::of(
            format,
            &format!("statystyka-gminy-{period}"),
            &rows,
        )?)
    }

    /// Sprawozdanie roczne — the report of a year (begun by today) the municipality files on the
    /// Government Programme for Counteracting Domestic Violence 2024–2030, as a file (CSV or
    /// XLSX) in Polish: Blue Cards by initiating sector, victims women / men / minors,
    /// perpetrators, the team's work, closures, referrals and help outside a card. Recorded in
    /// the municipality's audit trail. For its statistics readers and its team's chair.
    async fn government_programme_report(
        &self,
        ctx: &Context<'_>,
        year: i32,
        format: ExportFormat,
    ) -> async_graphql::Result<StatisticsFile> {
        let req = ctx.request()?;
        let reader = req.principal.require_statistics_reader()?;
        let today = kernel::calendar::today();
        let period = local::period(&year.to_string(), today)?;
        let sources = ctx.data::<Sources>()?;
        let platform = req.db().platform().await?;
        let municipality = tenancy::find_tenant(&platform, reader.tenant())
            .await?
            .ok_or(kernel::Error::NotFound)?;
        platform.commit().await?;
        let tx = req.tenant_tx().await?;
        let counted = local::count(tx, sources, period, today).await?;
        tx.touch(tenancy::graphql::municipality_gid(reader.tenant()).0);
        let sheet = crate::report::government_programme(
            &municipality.name,
            period,
            period.is_over(today),
            &counted,
            sources,
        );
        Ok(StatisticsFile::of_sheet(
            format,
            &format!("sprawozdanie-program-rzadowy-{period}"),
            "Sprawozdanie",
            &sheet,
        )?)
    }
}

/// A file format of an export.
#[derive(async_graphql::Enum, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// UTF-8 with a byte-order mark, `;`-separated.
    Csv,
    /// An Excel workbook.
    Xlsx,
}

impl From<ExportFormat> for export::Format {
    fn from(f: ExportFormat) -> Self {
        match f {
            ExportFormat::Csv => export::Format::Csv,
            ExportFormat::Xlsx => export::Format::Xlsx,
        }
    }
}

/// Plik — an export, its content in base64.
#[derive(SimpleObject)]
pub struct StatisticsFile {
    /// A name to save it under (`statystyka-gminy-2026-Q3.csv`).
    file_name: String,
    media_type: String,
    /// The file's bytes in base64.
    base64: String,
}

impl StatisticsFile {
    pub(crate) fn of(
        format: ExportFormat,
        name: &str,
        rows: &[export::Row],
    ) -> kernel::Result<StatisticsFile> {
        Self::of_sheet(format, name, "Statystyka", &export::Sheet::of_rows(rows))
    }

    pub(crate) fn of_sheet(
        format: ExportFormat,
        name: &str,
        sheet_name: &str,
        sheet: &export::Sheet,
    ) -> kernel::Result<StatisticsFile> {
        use base64::Engine as _;
        let format = export::Format::from(format);
        let bytes = match format {
            export::Format::Csv => export::csv(sheet),
            export::Format::Xlsx => export::xlsx(sheet_name, sheet)?,
        };
        Ok(StatisticsFile {
            file_name: format!("{name}.{}", format.extension()),
            media_type: format.media_type().to_owned(),
            base64: base64::engine::general_purpose::STANDARD.encode(bytes),
        })
    }
}

pub struct MunicipalityStatistics {
    period: Period,
    indicators: Vec<Counted>,
}

/// Statystyka gminy za okres — every indicator's figures for one period.
#[Object]
impl MunicipalityStatistics {
    /// The period as asked for (`2026-Q3`).
    async fn period(&self) -> String {
        self.period.to_string()
    }

    /// The period's first day.
    async fn from(&self) -> Date {
        Date(self.period.first_day())
    }

    /// The period's last day.
    async fn to(&self) -> Date {
        Date(self.period.last_day())
    }

    /// Every indicator the services declare, with its figures.
    async fn indicators(&self) -> Vec<StatisticsIndicator> {
        self.indicators
            .iter()
            .map(StatisticsIndicator::from)
            .collect()
    }

    /// The same figures month by month (a month's own for a month), for charts over time.
    async fn months(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<MunicipalityStatistics>> {
        // A month's only month is itself: counted already.
        if matches!(self.period.kind(), PeriodKind::Month(_)) {
            return Ok(vec![MunicipalityStatistics {
                period: self.period,
                indicators: self.indicators.clone(),
            }]);
        }
        let req = ctx.request()?;
        let sources = ctx.data::<Sources>()?;
        let tx = req.tenant_tx().await?;
        let today = kernel::calendar::today();
        let mut out = Vec::new();
        for month in self.period.months() {
            if !month.has_begun(today) {
                break;
            }
            let indicators = local::count(tx, sources, month, today).await?;
            out.push(MunicipalityStatistics {
                period: month,
                indicators,
            });
        }
        Ok(out)
    }
}

/// Wskaźnik — one indicator and its figures.
#[derive(SimpleObject)]
pub struct StatisticsIndicator {
    /// The indicator's key (`victims`).
    key: String,
    /// Its name in Polish.
    label: String,
    /// The dimensions its figures are broken down by, in order (`sex`, `age_band`).
    dimensions: Vec<String>,
    /// Whether figures add up over time (things that happened in the period) or are a state at
    /// the period's end (or today, for a period not yet over).
    cumulative: bool,
    /// One figure per combination of the dimensions' values that occurred; any other is zero.
    figures: Vec<StatisticsFigure>,
    /// The sum of the figures.
    total: i64,
}

impl From<&Counted> for StatisticsIndicator {
    fn from(c: &Counted) -> Self {
        Self {
            key: c.indicator.key.to_owned(),
            label: c.indicator.label.to_owned(),
            dimensions: c
                .indicator
                .dimensions
                .iter()
                .map(|d| (*d).to_owned())
                .collect(),
            cumulative: c.indicator.measure == Measure::Flow,
            figures: c
                .figures
                .iter()
                .map(|f| StatisticsFigure {
                    breakdown: f
                        .breakdown
                        .iter()
                        .map(|(dimension, value)| StatisticsBreakdown {
                            dimension: (*dimension).to_owned(),
                            value: value.clone(),
                        })
                        .collect(),
                    value: f.value,
                })
                .collect(),
            total: c.total(),
        }
    }
}

/// Liczba — a count for one combination of an indicator's dimensions.
#[derive(SimpleObject)]
pub struct StatisticsFigure {
    breakdown: Vec<StatisticsBreakdown>,
    value: i64,
}

/// A dimension's value (`sex`: `FEMALE`).
#[derive(SimpleObject)]
pub struct StatisticsBreakdown {
    pub(crate) dimension: String,
    pub(crate) value: String,
}
