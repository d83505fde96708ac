//! The Blue Card documents in the API: a form's document and NK-B, made on request for a card
//! (and a form) the viewer reads, at most `documents::MAX_PER_REQUEST` in one request.

use async_graphql::Context;
use directory::HelpPoint;
use documents::DocumentFile;
use kernel::request::ContextExt;
use tokio::sync::OnceCell;

use super::loaders::scope;
use crate::leaflet::LeafletPlace;
use crate::read::VisibleCard;
use crate::Form;

/// The name of the viewer's municipality, as documents print it: read once per request, however
/// many documents it makes.
async fn municipality(ctx: &Context<'_>) -> kernel::Result<String> {
    #[derive(Default)]
    struct Name(OnceCell<String>);
    let req = ctx.request()?;
    let tenant = req.principal.require_staff()?.tenant;
    let cell = req.slot(Name::default)?;
    Ok(cell
        .0
        .get_or_try_init(|| async {
            tenancy::municipality_name(req.db(), tenant)
                .await?
                .ok_or_else(|| kernel::Error::internal("the reader's municipality vanished"))
        })
        .await?
        .clone())
}

/// The help points NK-B lists, the same for every card of the request: the municipality's
/// published points and the national helplines, read once per request.
#[derive(Default)]
struct LeafletPlaces(OnceCell<(Vec<LeafletPlace>, Vec<LeafletPlace>)>);

/// The document of `form`, one of `card`'s forms the viewer reads.
pub(crate) async fn form_document(
    ctx: &Context<'_>,
    card: &VisibleCard,
    form: &Form,
) -> kernel::Result<DocumentFile> {
    documents::admit(ctx.request()?)?;
    let name = municipality(ctx).await?;
    let s = scope(ctx).await?;
    crate::papers::form_document(s.tx().await?, &s.key, card, form, &name).await
}

/// A help point as NK-B lists it: its kind, address, phones, e-mail and web address.
fn place(p: &HelpPoint) -> LeafletPlace {
    let d = &p.details;
    let mut lines = vec![d.kind.label().to_owned()];
    if let Some(a) = &d.address {
        let town = match &a.postal_code {
            Some(code) => format!("{} {}", code.as_str(), a.city.as_str()),
            None => a.city.as_str().to_owned(),
        };
        lines.push(format!("{}, {town}", a.street.as_str()));
    }
    if !d.phones.is_empty() {
        let phones: Vec<String> = d.phones.iter().map(ToString::to_string).collect();
        lines.push(format!("tel. {}", phones.join(", ")));
    }
    if let Some(email) = &d.email {
        lines.push(format!("e-mail: {}", email.as_str()));
    }
    if let Some(web) = &d.web {
        lines.push(web.as_str().to_owned());
    }
    if matches!(d.hours, directory::hours::OpeningHours::DayAndNight) {
        lines.push("czynne całą dobę".to_owned());
    }
    LeafletPlace {
        name: d.name.as_str().to_owned(),
        lines,
    }
}

/// NK-B for `card`: the municipality's published help points and the national helplines.
pub(crate) async fn nk_b(ctx: &Context<'_>, card: &VisibleCard) -> kernel::Result<DocumentFile> {
    let req = ctx.request()?;
    documents::admit(req)?;
    let name = municipality(ctx).await?;
    let s = scope(ctx).await?;
    let tx = s.tx().await?;
    let cell = req.slot(LeafletPlaces::default)?;
    let (places, helplines) = cell
        .0
        .get_or_try_init(|| async {
            let helplines = {
                let tx = req.db().platform().await?;
                let lines = directory::helplines(&tx, true).await?;
                tx.commit().await?;
                lines
            };
            let places = directory::published_points(tx).await?;
            Ok::<_, kernel::Error>((
                places.iter().map(place).collect(),
                helplines.iter().map(place).collect(),
            ))
        })
        .await?
        .clone();
    crate::leaflet::nk_b_document(tx, card, &name, places, helplines).await
}
