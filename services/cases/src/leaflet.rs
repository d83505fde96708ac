//! Formularz NK-B: the information for the person experiencing domestic violence that the
//! person filling NK-A hands over — what domestic violence is (art. 2 pkt 1 of the act, word for
//! word), what the person can do, and where help is: the municipality's published help points
//! and the national helplines.

use documents::{DocumentFile, Template};
use kernel::{Result, TenantTx};
use serde::Serialize;

use crate::papers::{Part, FORMS_BASIS};
use crate::read::VisibleCard;

pub(crate) const NK_B: Template = Template {
    path: "/cases/nk_b.typ",
    source: include_str!("../templates/nk_b.typ"),
};

/// A help point as NK-B lists it: its name and the lines under it.
#[derive(Serialize, Clone, Debug)]
pub struct LeafletPlace {
    pub name: String,
    pub lines: Vec<String>,
}

/// What `nk_b.typ` prints.
#[derive(Serialize)]
pub(crate) struct Leaflet {
    title: String,
    subtitle: String,
    issuer: String,
    sections: Vec<Part>,
    places_heading: String,
    places: Vec<LeafletPlace>,
    no_places: String,
    helplines_heading: String,
    helplines: Vec<LeafletPlace>,
    footer: String,
}

pub(crate) fn leaflet(
    municipality: &str,
    places: Vec<LeafletPlace>,
    helplines: Vec<LeafletPlace>,
) -> Leaflet {
    Leaflet {
        title: "Formularz „Niebieska Karta – B”".to_owned(),
        subtitle: "Informacje dla osoby doznającej przemocy domowej".to_owned(),
        issuer: format!("Zespół Interdyscyplinarny — {municipality}"),
        sections: vec![
            Part::new("Czym jest przemoc domowa")
                .text(
                    "Przemoc domowa to jednorazowe albo powtarzające się umyślne działanie lub zaniechanie, \
                     wykorzystujące przewagę fizyczną, psychiczną lub ekonomiczną, naruszające prawa lub dobra \
                     osobiste osoby doznającej przemocy domowej, w szczególności (art. 2 pkt 1 ustawy \
                     o przeciwdziałaniu przemocy domowej):",
                )
                .items(
                    vec![
                        "narażające tę osobę na niebezpieczeństwo utraty życia, zdrowia lub mienia,".to_owned(),
                        "naruszające jej godność, nietykalność cielesną lub wolność, w tym seksualną,".to_owned(),
                        "powodujące szkody na jej zdrowiu fizycznym lub psychicznym, wywołujące u tej osoby cierpienie lub krzywdę,".to_owned(),
                        "ograniczające lub pozbawiające tę osobę dostępu do środków finansowych lub możliwości podjęcia pracy lub uzyskania samodzielności finansowej,".to_owned(),
                        "istotnie naruszające prywatność tej osoby lub wzbudzające u niej poczucie zagrożenia, poniżenia lub udręczenia, w tym podejmowane za pomocą środków komunikacji elektronicznej.".to_owned(),
                    ],
                    "",
                ),
            Part::new("Co możesz zrobić")
                .text("Wiele form przemocy domowej to przestępstwa, np. znęcanie się (art. 207 Kodeksu karnego), ścigane z urzędu. Nie jesteś winna ani winny temu, co się dzieje. Masz prawo do pomocy.")
                .items(
                    vec![
                        "W sytuacji zagrożenia życia lub zdrowia dzwoń pod numer alarmowy 112.".to_owned(),
                        "Policja może wydać osobie stosującej przemoc nakaz natychmiastowego opuszczenia wspólnie zajmowanego mieszkania lub zakaz zbliżania się, a także zakaz kontaktowania się z Tobą.".to_owned(),
                        "Możesz złożyć zawiadomienie o popełnieniu przestępstwa na policji lub w prokuraturze.".to_owned(),
                        "Lekarz wydaje bezpłatnie zaświadczenie o przyczynach i rodzaju obrażeń związanych z przemocą domową — zachowaj je.".to_owned(),
                        "Masz prawo do bezpłatnej pomocy: poradnictwa, interwencji kryzysowej i schronienia, także dla dzieci.".to_owned(),
                        "Procedura „Niebieskie Karty” nie wymaga Twojej zgody; grupa diagnostyczno-pomocowa skontaktuje się z Tobą i wspólnie z Tobą ustali plan pomocy.".to_owned(),
                    ],
                    "",
                ),
        ],
        places_heading: format!("Gdzie szukać pomocy — {municipality}"),
        places,
        no_places: "Zapytaj osobę, która przekazała Ci ten formularz, o najbliższe miejsca pomocy.".to_owned(),
        helplines_heading: "Telefony zaufania i infolinie ogólnopolskie".to_owned(),
        helplines,
        footer: FORMS_BASIS.to_owned(),
    }
}

/// NK-B for a card the reader sees: the leaflet with `places` (the municipality's published
/// help points) and the national `helplines`, as PDF.
pub async fn nk_b_document(
    tx: &TenantTx,
    card: &VisibleCard,
    municipality: &str,
    places: Vec<LeafletPlace>,
    helplines: Vec<LeafletPlace>,
) -> Result<DocumentFile> {
    tx.touch(crate::ids::card_gid(card.id));
    let pdf = documents::pdf(NK_B, leaflet(municipality, places, helplines)).await?;
    Ok(DocumentFile::pdf(
        format!(
            "niebieska-karta-b-{}.pdf",
            kernel::calendar::today().format("%Y-%m-%d")
        ),
        &pdf,
    ))
}
