//! The yearly report of a programme over GraphQL: `MunicipalProgramme.yearlyReport`, a PDF or
//! an XLSX workbook made from the same read as the rest of the answer.

use async_graphql::{Context, Enum};
use documents::DocumentFile;
use kernel::request::ContextExt;
use stats::local::Sources;

use super::indicators::{value_in, Counted};
use crate::report::{basis_words, ReportedIndicator, YearReport};
use crate::{IndicatorYear, MunicipalProgramme, Plans, ProgrammeIndicator};

/// What an answer read of the municipality's programmes, for a report of one of them.
pub(super) struct Read<'a> {
    pub plans: &'a Plans,
    pub indicators: &'a [ProgrammeIndicator],
    pub indicator_years: &'a [IndicatorYear],
    pub counted: &'a Counted,
}

/// Format sprawozdania.
#[derive(Enum, Clone, Copy, Debug, PartialEq, Eq)]
#[graphql(name = "MunicipalProgrammeReportFormat")]
pub enum ReportFormat {
    /// A document to print and sign (PDF).
    Pdf,
    /// An Excel workbook: the tasks and the indicators, one sheet each.
    Xlsx,
}

/// The report of `programme` for `year` (one of its years that has begun).
pub(super) async fn yearly_report(
    ctx: &Context<'_>,
    read: Read<'_>,
    programme: &MunicipalProgramme,
    year: i32,
    format: ReportFormat,
) -> async_graphql::Result<DocumentFile> {
    let today = kernel::calendar::today();
    if !(programme.years.first()..=programme.years.last()).contains(&year) {
        return Err(kernel::Error::BadUserInput(format!(
            "the programme covers the years {}–{}",
            programme.years.first(),
            programme.years.last()
        ))
        .into());
    }
    if !crate::countable(year, today) {
        return Err(kernel::Error::BadUserInput(
            "a year's report once the year has begun".to_owned(),
        )
        .into());
    }
    let req = ctx.request()?;
    documents::admit(req)?;
    let sources = ctx.data::<Sources>()?;
    let goals: Vec<uuid::Uuid> = read
        .plans
        .goals
        .iter()
        .filter(|g| g.programme_id == programme.id)
        .map(|g| g.id)
        .collect();
    let mut indicators = Vec::new();
    for indicator in read
        .indicators
        .iter()
        .filter(|i| i.programme_id == programme.id)
    {
        let statistic = match &indicator.basis {
            crate::domain::IndicatorBasis::Computed { statistic, filter } => {
                let label = sources
                    .indicators()
                    .iter()
                    .find(|i| i.key == statistic)
                    .map_or_else(|| statistic.clone(), |i| i.label.to_owned());
                Some(match filter {
                    Some((d, v)) => format!("{label}: {}", sources.value_label(statistic, d, v)),
                    None => label,
                })
            }
            crate::domain::IndicatorBasis::Manual { .. } => None,
        };
        let actual = value_in(ctx, read.counted, indicator, read.indicator_years, year).await?;
        indicators.push(ReportedIndicator {
            indicator: indicator.clone(),
            goal_number: indicator.goal_id.and_then(|g| {
                goals
                    .iter()
                    .position(|x| *x == g)
                    .map(|n| (n + 1).to_string())
            }),
            basis: basis_words(&indicator.basis, statistic.as_deref()),
            target: read
                .indicator_years
                .iter()
                .find(|y| y.indicator_id == indicator.id && y.year == year)
                .and_then(|y| y.target),
            actual,
        });
    }
    let tenant = req.principal.require_staff()?.tenant;
    let platform = req.db().platform().await?;
    let municipality = tenancy::find_tenant(&platform, tenant)
        .await?
        .ok_or_else(|| kernel::Error::internal("the reader's municipality vanished"))?
        .name;
    platform.commit().await?;
    let report = YearReport {
        municipality: &municipality,
        programme,
        plans: read.plans,
        indicators,
        year,
        today,
    };
    req.tenant_tx()
        .await?
        .touch(crate::ids::programme_gid(programme.id));
    let name = format!("sprawozdanie-program-gminny-{year}");
    Ok(match format {
        ReportFormat::Pdf => {
            let pdf = documents::pdf(crate::REPORT, report.words()).await?;
            DocumentFile::pdf(format!("{name}.pdf"), &pdf)
        }
        ReportFormat::Xlsx => {
            let [(a, tasks), (b, indicators)] = report.sheets();
            let bytes = stats::export::workbook(&[(a, &tasks), (b, &indicators)])?;
            DocumentFile::new(
                format!("{name}.xlsx"),
                stats::export::Format::Xlsx.media_type(),
                &bytes,
            )
        }
    })
}
