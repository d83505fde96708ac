//! How a staff member is addressed: each says it for themself (Pani, Pan, or nothing), with a
//! versioned update; the team names its chair with it.

use serde_json::json;

use crate::cases::ok;
use crate::harness::{code, demo, Backend};
use crate::on_both;

const SET: &str = "mutation($f: FormOfAddress, $v: Int!) { setMyFormOfAddress(input: { formOfAddress: $f, version: $v }) { user { formOfAddress version } userErrors { code } } }";
const ME: &str = "{ viewer { user { formOfAddress version } } }";

async fn each_says_how_they_are_addressed(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let worker = server.staff("zory", "pracownik").await;
    // The demo's Barbara Nowak is addressed as Pani; the team names her so.
    let me = ok(&server, &chair, ME, json!({})).await["viewer"]["user"].clone();
    assert_eq!(me["formOfAddress"], "FEMININE");
    let team = ok(
        &server,
        &worker,
        "{ teams { members { displayName chair formOfAddress } } }",
        json!({}),
    )
    .await;
    let chair_row = team["teams"][0]["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["chair"] == true)
        .unwrap()
        .clone();
    assert_eq!(chair_row["displayName"], "Barbara Nowak");
    assert_eq!(chair_row["formOfAddress"], "FEMININE");

    let version = me["version"].as_i64().unwrap();
    let data = ok(&server, &chair, SET, json!({ "f": null, "v": version })).await;
    assert_eq!(
        data["setMyFormOfAddress"]["user"]["formOfAddress"],
        json!(null)
    );
    // A stale version: CONFLICT, nothing changed.
    let body = server
        .gql(Some(&chair), SET, json!({ "f": "MASCULINE", "v": version }))
        .await;
    assert_eq!(code(&body), Some("CONFLICT"), "{body}");
    let me = ok(&server, &chair, ME, json!({})).await["viewer"]["user"].clone();
    assert_eq!(me["formOfAddress"], json!(null));
    let data = ok(
        &server,
        &chair,
        SET,
        json!({ "f": "FEMININE", "v": me["version"] }),
    )
    .await;
    assert_eq!(
        data["setMyFormOfAddress"]["user"]["formOfAddress"],
        "FEMININE"
    );
    // Only one's own: the mutation takes no one else's ID, and the worker's record is theirs.
    let other = ok(&server, &worker, ME, json!({})).await;
    assert_eq!(other["viewer"]["user"]["formOfAddress"], "FEMININE");
    // A coordinator or an operator has no staff record to change.
    let operator = server.operator().await;
    let body = server
        .gql(Some(&operator), SET, json!({ "f": "MASCULINE", "v": 1 }))
        .await;
    assert_eq!(code(&body), Some("FORBIDDEN"), "{body}");
}
on_both!(each_says_how_they_are_addressed);
