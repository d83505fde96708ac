//! Printable documents in Polish: PDF made with typst from templates kept in the repository,
//! with DejaVu Sans (Polish letters included) embedded in the binary. Every document of Ostoja
//! (programme certificates and notices, the Blue Card forms, reports) is made here.
//!
//! Values reach a template as `sys.inputs` (strings, lists, dictionaries), never as generated
//! source: a name like `#panic()` or `*x*` is printed as typed. The PDF is tagged and, when
//! every character has a glyph in the font, PDF/A-2a and PDF/UA-1; otherwise plain tagged PDF
//! 1.7 (a missing glyph would refuse the standards).

mod world;

use async_graphql::SimpleObject;
use chrono::{Datelike, Timelike, Utc};
use kernel::{Error, Result};
use serde::Serialize;
use typst::foundations::{Datetime, Dict, Smart};
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

/// A document's template: its path among the templates (`/programmes/certificate.typ`) and
/// its source. `/common.typ` (the page, the issuer, rows and signatures) is available to all.
#[derive(Clone, Copy, Debug)]
pub struct Template {
    pub path: &'static str,
    pub source: &'static str,
}

/// Renders `template` with `data` as its `sys.inputs` into a PDF titled by the data's `title`.
/// CPU-bound (tens of milliseconds): use [`pdf`] from async code.
pub fn render<T: Serialize>(template: Template, data: &T) -> Result<Vec<u8>> {
    let inputs: Dict = serde_json::to_value(data)
        .and_then(serde_json::from_value)
        .map_err(|e| Error::internal(format!("a document's data: {e}")))?;
    let world = world::DocumentWorld::new(template, inputs)?;
    let warned = typst::compile::<typst_layout::PagedDocument>(&world);
    for warning in &warned.warnings {
        tracing::warn!(template = template.path, warning = %warning.message, "typst warning");
    }
    let document = warned.output.map_err(|e| {
        Error::internal(format!(
            "typst refused {}: {}",
            template.path,
            world::describe(&e)
        ))
    })?;
    let now = Utc::now();
    let timestamp = u8::try_from(now.month())
        .ok()
        .zip(u8::try_from(now.day()).ok())
        .and_then(|(m, d)| {
            Datetime::from_ymd_hms(
                now.year(),
                m,
                d,
                u8::try_from(now.hour()).ok()?,
                u8::try_from(now.minute()).ok()?,
                u8::try_from(now.second()).ok()?,
            )
        })
        .map(Timestamp::new_utc);
    let options = |standards: PdfStandards| PdfOptions {
        ident: Smart::Custom(template.path.to_owned()),
        timestamp,
        standards,
        ..PdfOptions::default()
    };
    let archival = PdfStandards::new(&[PdfStandard::A_2a, PdfStandard::Ua_1])
        .map_err(|e| Error::internal(format!("PDF standards: {}", e.message())))?;
    let pdf = match typst_pdf::pdf(&document, &options(archival)) {
        Ok(pdf) => pdf,
        Err(refused) => {
            tracing::warn!(
                template = template.path,
                why = %world::describe(&refused),
                "a document is not PDF/A or PDF/UA; written as tagged PDF"
            );
            typst_pdf::pdf(&document, &options(PdfStandards::default()))
                .map_err(|e| Error::internal(format!("PDF export: {}", world::describe(&e))))?
        }
    };
    // The memo cache is global: keep it bounded in a server that runs for months.
    typst::comemo::evict(10);
    Ok(pdf)
}

/// [`render`] on the blocking pool, so that a document never holds up the requests around it.
pub async fn pdf<T: Serialize + Send + 'static>(template: Template, data: T) -> Result<Vec<u8>> {
    tokio::task::spawn_blocking(move || render(template, &data))
        .await
        .map_err(|e| Error::internal(format!("a document's rendering stopped: {e}")))?
}

/// The most documents one request makes: each is rendered on the blocking pool, so a list that
/// asked for every row's document would tie up the server (the app asks for one at a time).
pub const MAX_PER_REQUEST: usize = 4;

/// Counts a document against the request's allowance; BAD_USER_INPUT past
/// [`MAX_PER_REQUEST`], before anything is rendered.
pub fn admit(req: &kernel::request::RequestContext) -> Result<()> {
    struct Made(std::sync::atomic::AtomicUsize);
    let made = req.slot(|| Made(std::sync::atomic::AtomicUsize::new(0)))?;
    let before = made.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    if before >= MAX_PER_REQUEST {
        return Err(Error::BadUserInput(format!(
            "at most {MAX_PER_REQUEST} documents in one request: ask for them one at a time"
        )));
    }
    Ok(())
}

/// Plik — a document as the API sends it: its name, its type and its bytes in base64.
#[derive(SimpleObject, Clone, Debug)]
#[graphql(name = "DocumentFile")]
pub struct DocumentFile {
    /// A name to save it under (`zaswiadczenie-2026-12-06.pdf`).
    pub file_name: String,
    pub media_type: String,
    /// The file's bytes in base64.
    pub base64: String,
}

impl DocumentFile {
    pub fn pdf(file_name: String, bytes: &[u8]) -> Self {
        Self::new(file_name, "application/pdf", bytes)
    }

    pub fn new(file_name: String, media_type: &str, bytes: &[u8]) -> Self {
        use base64::Engine as _;
        DocumentFile {
            file_name,
            media_type: media_type.to_owned(),
            base64: base64::engine::general_purpose::STANDARD.encode(bytes),
        }
    }
}

/// A day as documents print it: `06.12.2026`.
pub fn day(on: chrono::NaiveDate) -> String {
    on.format("%d.%m.%Y").to_string()
}

#[cfg(test)]
mod tests;
