//! The world a template is compiled in: the template and `/common.typ`, the embedded fonts, and
//! nothing else (no packages, no files of the machine, no network).

use std::path::PathBuf;
use std::sync::LazyLock;

use kernel::{Error, Result};
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Dict, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use crate::Template;

static REGULAR: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");
const COMMON: &str = include_str!("../templates/common.typ");

struct Fonts {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

static FONTS: LazyLock<Fonts> = LazyLock::new(|| {
    let fonts: Vec<Font> = [REGULAR, BOLD]
        .into_iter()
        .flat_map(|data| Font::iter(Bytes::new(data)))
        .collect();
    Fonts {
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
    }
});

pub(crate) struct DocumentWorld {
    library: LazyHash<Library>,
    template: Template,
    main: FileId,
}

/// File IDs are interned for the life of the process: only the templates' fixed paths.
fn file_id(path: &str) -> Result<FileId> {
    let vpath = VirtualPath::new(path)
        .map_err(|e| Error::internal(format!("a template's path {path}: {e:?}")))?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

impl DocumentWorld {
    pub(crate) fn new(template: Template, inputs: Dict) -> Result<Self> {
        Ok(DocumentWorld {
            library: LazyHash::new(Library::builder().with_inputs(inputs).build()),
            template,
            main: file_id(template.path)?,
        })
    }

    fn text(&self, id: FileId) -> FileResult<&'static str> {
        let found = if *id.root() != VirtualRoot::Project {
            None
        } else {
            match id.vpath().get_with_slash() {
                "/common.typ" => Some(COMMON),
                path if path == self.template.path => Some(self.template.source),
                _ => None,
            }
        };
        found.ok_or_else(|| FileError::NotFound(PathBuf::from(id.vpath().get_without_slash())))
    }
}

impl World for DocumentWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        Ok(Source::new(id, self.text(id)?.to_owned()))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        Ok(Bytes::from_string(self.text(id)?.to_owned()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

/// Typst's diagnostics as one line each, with their hints.
pub(crate) fn describe(diagnostics: &[SourceDiagnostic]) -> String {
    diagnostics
        .iter()
        .map(|d| {
            let hints: Vec<&str> = d.hints.iter().map(|h| h.v.as_str()).collect();
            if hints.is_empty() {
                d.message.to_string()
            } else {
                format!("{} (hint: {})", d.message, hints.join("; "))
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}
