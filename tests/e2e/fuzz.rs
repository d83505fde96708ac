//! A deterministic fuzz run of `/graphql`: thousands of mutated requests (documents, JSON
//! shapes, variables of every type, huge numbers, nulls, headers, GET and POST) against one
//! server. None may answer 5xx or carry the INTERNAL code: whatever a client sends is either
//! served or refused as the client's fault.

use futures::StreamExt;
use reqwest::header::{ACCEPT, CONTENT_TYPE};
use serde_json::{json, Map, Value};

use crate::harness::{Backend, Server, ServerOptions, TestDb};
use crate::on_both;

const SEED: u64 = 0x0057_01A2_2026;
const REQUESTS: u64 = 4000;
const CONCURRENCY: usize = 8;

/// SplitMix64: small, fast and the same everywhere, so a failure names a reproducible case.
struct Rng(u64);

impl Rng {
    fn new(seed: u64, case: u64) -> Rng {
        let mut r = Rng(seed ^ case.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        r.next();
        r
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Valid documents to start from; `$…` variables are typed as the schema has them.
const DOCUMENTS: &[&str] = &[
    "{ viewer { kind login roles municipality { slug name } region { slug } } }",
    "query($id: ID!) { node(id: $id) { id ... on Municipality { slug } ... on BlueCard { id } } }",
    "query($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }",
    "query($n: Int!, $after: String) { auditEvents(first: $n, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }",
    "query($n: Int!, $f: BlueCardFilter) { blueCards(first: $n, filter: $f) { edges { node { id } } } }",
    "query($from: Date!, $to: Date!) { teams { id attendanceReport(from: $from, to: $to) { __typename } } }",
    "query($r: ID) { municipalities(regionId: $r) { id slug } }",
    "query A { viewer { kind } } query B($x: Boolean!) { viewer @include(if: $x) { login } }",
    "query($s: Boolean!) { viewer { login @skip(if: $s) kind } }",
    "{ teams { id meetings(first: 5) { edges { node { id heldOn } } } } }",
    "fragment F on Viewer { kind login } { viewer { ...F ... on Viewer { roles } } }",
    "mutation($input: OpenBlueCardInput!) { openBlueCard(input: $input) { userErrors { field code message } } }",
    "mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { userErrors { code } } }",
    "mutation($input: RecordTeamMeetingInput!) { recordTeamMeeting(input: $input) { userErrors { code } } }",
    "mutation($input: UserRoleInput!) { grantRole(input: $input) { userErrors { code } } }",
    "subscription { blueCardDeadlines { __typename } }",
    "{ __schema { queryType { name } types { name fields { name args { name type { name } } } } } }",
];

const TOKENS: &[&str] = &[
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    ":",
    "$",
    "!",
    "...",
    "@skip(if: true)",
    "@include(if: $x)",
    "\"str\"",
    "\"\"\"block\"\"\"",
    "0",
    "-1",
    "2147483648",
    "1e400",
    "-9223372036854775809",
    "null",
    "true",
    "__typename",
    "fragment",
    "on",
    "query",
    "mutation",
    "subscription",
    "id",
    "node(id: \"x\")",
    "first: -5",
    "first: 100000",
    "a: viewer",
    " ",
    "\n",
    "#",
    ",",
    "=",
    "\u{0}",
    "ż",
    "🏃",
    "$id",
    "input: {}",
    "ids: []",
];

/// A JSON value of any shape, at most `depth` levels deep.
fn value(rng: &mut Rng, depth: usize) -> Value {
    match rng.below(if depth == 0 { 9 } else { 12 }) {
        0 => Value::Null,
        1 => Value::Bool(rng.chance(50)),
        2 => json!(rng.next() as i64),
        3 => json!(*rng.pick(&[
            0.5,
            -0.0,
            1e308,
            -1e308,
            2147483648.0,
            9.007_199_254_740_993e15
        ])),
        4 => json!(*rng.pick(&[
            0i64,
            -1,
            1,
            100,
            101,
            i64::from(i32::MAX),
            i64::from(i32::MIN),
            i64::MAX,
            i64::MIN
        ])),
        5 => json!(*rng.pick(&[
            "",
            "x",
            "2026-02-30",
            "2026-01-01",
            "1970-01-01T00:00:00Z",
            "TWFudWZha3R1cmE=",
            "Qmx1ZUNhcmQ6bm90LWEtdXVpZA",
            "VGVhbTowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA",
            "44051401458",
            "TENANT_ADMIN",
            "VICTIM",
            "\u{0}",
            "ż🏃",
            "' OR 1=1 --",
            "%00",
            "../..",
        ])),
        6 => json!("y".repeat(rng.below(5000))),
        7 => json!(rng.pick(TOKENS).to_string()),
        8 => json!(rng.below(200) as i64 - 100),
        9 | 10 => {
            let n = rng.below(4);
            Value::Array((0..n).map(|_| value(rng, depth - 1)).collect())
        }
        _ => {
            let mut m = Map::new();
            for _ in 0..rng.below(5) {
                let key = rng
                    .pick(&[
                        "id",
                        "ids",
                        "n",
                        "input",
                        "version",
                        "role",
                        "userId",
                        "teamId",
                        "heldOn",
                        "agenda",
                        "persons",
                        "firstName",
                        "lastName",
                        "initiatedOn",
                        "pesel",
                        "status",
                        "x",
                        "s",
                        "from",
                        "to",
                        "f",
                        "after",
                        "r",
                        "",
                    ])
                    .to_string();
                m.insert(key, value(rng, depth - 1));
            }
            Value::Object(m)
        }
    }
}

/// A document: a valid one, often mutated by deleting, inserting, repeating or truncating.
fn document(rng: &mut Rng) -> String {
    let mut doc: Vec<char> = rng.pick(DOCUMENTS).chars().collect();
    let edits = if rng.chance(50) { 0 } else { rng.below(4) + 1 };
    for _ in 0..edits {
        let at = rng.below(doc.len() + 1);
        match rng.below(5) {
            0 if !doc.is_empty() => {
                let end = (at + rng.below(8) + 1).min(doc.len());
                doc.drain(at.min(end)..end);
            }
            1 => {
                let token: Vec<char> = rng.pick(TOKENS).chars().collect();
                doc.splice(at..at, token);
            }
            2 => {
                let end = (at + rng.below(20)).min(doc.len());
                let part: Vec<char> = doc[at.min(end)..end].to_vec();
                doc.splice(at..at, part.repeat(rng.below(4) + 1));
            }
            3 => doc.truncate(at),
            _ => {}
        }
    }
    doc.into_iter().collect()
}

/// Variables for a document: sensible values, wrong types, nulls, missing entries.
fn variables(rng: &mut Rng, id: &Value) -> Value {
    let mut m = Map::new();
    // Some requests get only sensible values, so that execution is reached often.
    let sensible = rng.chance(40);
    for name in [
        "id", "ids", "n", "after", "f", "from", "to", "r", "x", "s", "input",
    ] {
        if !sensible && rng.chance(20) {
            continue;
        }
        let v = if sensible || rng.chance(65) {
            match name {
                "id" | "r" => id.clone(),
                "ids" => json!([id, id, "x"]),
                "n" => json!(rng.below(120)),
                "from" | "to" => json!("2026-01-01"),
                "x" | "s" => json!(rng.chance(50)),
                "input" => json!({
                    "initiatedOn": "2026-01-05", "initiatorInstitution": "POLICE",
                    "violenceForms": ["PSYCHOLOGICAL"], "version": 1,
                    "persons": [{ "role": "VICTIM", "firstName": "A", "lastName": "B", "pesel": "44051401458" }],
                }),
                _ => Value::Null,
            }
        } else {
            value(rng, 3)
        };
        m.insert(name.to_owned(), v);
    }
    Value::Object(m)
}

enum Case {
    Post {
        accept: Option<&'static str>,
        content_type: Option<&'static str>,
        body: Vec<u8>,
    },
    Get {
        accept: Option<&'static str>,
        params: Vec<(String, String)>,
    },
}

const ACCEPTS: &[&str] = &[
    "application/json",
    "application/graphql-response+json",
    "*/*",
    "application/graphql-response+json, application/json;q=0.9",
    "text/html",
    "text/plain",
    "application/json;q=0",
    "application/json;q=nan",
    ",,;;",
];

fn case(rng: &mut Rng, id: &Value) -> Case {
    let accept = match rng.below(10) {
        0..=3 => None,
        4..=7 => Some(*rng.pick(&ACCEPTS[..4])),
        _ => Some(*rng.pick(ACCEPTS)),
    };
    let mut request = Map::new();
    request.insert(
        "query".to_owned(),
        if rng.chance(96) {
            json!(document(rng))
        } else {
            value(rng, 2)
        },
    );
    if rng.chance(85) {
        request.insert(
            "variables".to_owned(),
            if rng.chance(90) {
                variables(rng, id)
            } else {
                value(rng, 2)
            },
        );
    }
    if rng.chance(10) {
        let name = if rng.chance(50) {
            json!(rng.pick(&["A", "B", "Q", ""]).to_string())
        } else {
            value(rng, 1)
        };
        request.insert("operationName".to_owned(), name);
    }
    if rng.chance(5) {
        request.insert("extensions".to_owned(), value(rng, 2));
    }
    if rng.chance(15) {
        let params = request
            .into_iter()
            .map(|(k, v)| {
                let text = match v {
                    Value::String(s) if k == "query" || k == "operationName" => s,
                    other => other.to_string(),
                };
                (k, text)
            })
            .collect();
        return Case::Get { accept, params };
    }
    let mut body = Value::Object(request).to_string().into_bytes();
    match rng.below(40) {
        // Odd JSON shapes and bytes that are not JSON at all.
        0 => body = value(rng, 3).to_string().into_bytes(),
        1 => body.truncate(rng.below(body.len() + 1)),
        2 => body = vec![0xff, 0xfe, b'{', 0x80],
        3 => body.clear(),
        _ => {}
    }
    let content_type = match rng.below(25) {
        0 => None,
        1 => Some("text/plain"),
        2 => Some("application/json; charset=latin1"),
        _ => Some("application/json"),
    };
    Case::Post {
        accept,
        content_type,
        body,
    }
}

async fn send(server: &Server, token: Option<&str>, case: Case) -> (u16, String, String) {
    let (req, shown) = match case {
        Case::Post {
            accept,
            content_type,
            body,
        } => {
            let shown = format!(
                "POST accept={accept:?} content-type={content_type:?} {}",
                String::from_utf8_lossy(&body)
            );
            let mut req = server
                .http
                .post(format!("{}/graphql", server.url))
                .body(body);
            if let Some(ct) = content_type {
                req = req.header(CONTENT_TYPE, ct);
            }
            if let Some(a) = accept {
                req = req.header(ACCEPT, a);
            }
            (req, shown)
        }
        Case::Get { accept, params } => {
            let mut url = reqwest::Url::parse(&format!("{}/graphql", server.url)).unwrap();
            url.query_pairs_mut().extend_pairs(&params);
            let shown = format!("GET accept={accept:?} {url}");
            let mut req = server.http.get(url);
            if let Some(a) = accept {
                req = req.header(ACCEPT, a);
            }
            (req, shown)
        }
    };
    let req = match token {
        Some(t) => req.bearer_auth(t),
        None => req,
    };
    let resp = req.send().await.expect("the server answers");
    let status = resp.status().as_u16();
    (status, resp.text().await.unwrap_or_default(), shown)
}

async fn fuzzed_requests_are_never_internal(backend: Backend) {
    let db = TestDb::new(backend).await;
    let server = Server::start(
        &db,
        ServerOptions {
            demo: true,
            // Thousands of requests from one address in a minute are the point here.
            env: vec![("OSTOJA_RATE_LIMIT__ENABLED".into(), "false".into())],
            ..Default::default()
        },
    )
    .await;
    let tokens = [
        Some(server.staff("zory", "pracownik").await),
        Some(server.staff("zory", "admin").await),
        Some(server.operator().await),
        Some("not.a.token".to_owned()),
        None,
    ];
    let id = server.municipality_id("zory").await;
    let server = &server;
    let tokens = &tokens;
    let id = &id;
    let outcomes: Vec<(u16, bool, Option<String>)> = futures::stream::iter(0..REQUESTS)
        .map(|i| async move {
            let mut rng = Rng::new(SEED, i);
            let token = rng.pick(tokens).clone();
            let c = case(&mut rng, id);
            let (status, body, shown) = send(server, token.as_deref(), c).await;
            let internal = status >= 500 || body.contains("\"INTERNAL\"");
            let executed = body.starts_with("{\"data\":{");
            let failure =
                internal.then(|| format!("case {i}: {status} {body}\n  request: {shown}"));
            (status, executed, failure)
        })
        .buffer_unordered(CONCURRENCY)
        .collect()
        .await;
    let mut statuses = std::collections::BTreeMap::new();
    for (status, _, _) in &outcomes {
        *statuses.entry(*status).or_insert(0) += 1;
    }
    let executed = outcomes.iter().filter(|o| o.1).count();
    println!("statuses: {statuses:?}; {executed} executed with data");
    // Not only refusals: a good share of the cases ran.
    assert!(executed as u64 >= REQUESTS / 20, "{executed} executed");
    let failures: Vec<String> = outcomes.into_iter().filter_map(|o| o.2).collect();
    assert!(
        failures.is_empty(),
        "{} of {REQUESTS} requests failed on the server's side:\n{}",
        failures.len(),
        failures
            .iter()
            .take(10)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
    // Nothing was counted as internal either, and the server still serves.
    let (_, metrics) = server.get("/metrics").await;
    assert!(
        !metrics
            .lines()
            .any(|l| l.starts_with("ostoja_graphql_errors_total") && l.contains("INTERNAL")),
        "{metrics}"
    );
    let body = server.gql(None, "{ viewer { kind } }", json!({})).await;
    assert_eq!(body["data"]["viewer"]["kind"], "ANONYMOUS");
}
on_both!(fuzzed_requests_are_never_internal);
