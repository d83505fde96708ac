//! Regional releases: `ostoja stats publish` counts every sharing municipality in its own tenant
//! transaction and writes a numbered, immutable release; the region's coordinator reads the
//! latest one (as `ostoja_region`), others cannot; one publication runs per region at a time.

use chrono::Datelike;
use sea_orm::{ConnectionTrait, Statement};
use serde_json::{json, Value};

use crate::cases::{audited, nk_a, ok, open, today};
use crate::harness::{code, demo, Backend, Server};
use crate::on_both;

const REGION: &str = "query($r: String!, $p: String!) { regionStatistics(region: $r, period: $p) { \
    region period release { number status municipalities } \
    indicators { key unit dimensions cells { breakdown { dimension value } value suppressed rule } } } }";

const RELEASES: &str = "query($r: String!) { statisticsReleases(region: $r) { \
    number period status done total municipalities requestedBy } }";

/// The last quarter over: the demo's first release, and what the tests release.
fn quarter() -> String {
    stats::schedule::due(today())[0].to_string()
}

/// A day of the last quarter over.
fn in_quarter() -> chrono::NaiveDate {
    stats::schedule::due(today())[0].first_day() + chrono::Days::new(10)
}

async fn publish(server: &Server, period: &str) -> std::process::Output {
    server
        .cli(&[
            "stats", "publish", "--region", "slaskie", "--period", period,
        ])
        .await
}

/// The cell of `indicator` with exactly `breakdown`.
fn cell<'a>(stats: &'a Value, indicator: &str, breakdown: &[(&str, &str)]) -> &'a Value {
    stats["regionStatistics"]["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["key"] == indicator)
        .unwrap_or_else(|| panic!("no {indicator} in {stats}"))["cells"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| {
            let b = c["breakdown"].as_array().unwrap();
            b.len() == breakdown.len()
                && b.iter()
                    .zip(breakdown)
                    .all(|(got, (d, v))| got["dimension"] == *d && got["value"] == *v)
        })
        .unwrap_or_else(|| panic!("no {indicator} {breakdown:?} in {stats}"))
}

async fn a_coordinator_reads_the_latest_release_of_her_region(backend: Backend) {
    let (db, server) = demo(backend).await;
    let coordinator = server.coordinator().await;
    let worker = server.staff("zory", "pracownik").await;
    let vars = json!({ "r": "slaskie", "p": quarter() });

    // The demo publishes the last quarter over at start; another period has no release yet.
    let demo_release = ok(&server, &coordinator, REGION, vars.clone()).await;
    assert_eq!(demo_release["regionStatistics"]["release"]["number"], 1);
    let month = format!("{}-{:02}", today().year(), today().month());
    let none = ok(
        &server,
        &coordinator,
        REGION,
        json!({ "r": "slaskie", "p": month }),
    )
    .await;
    assert_eq!(none["regionStatistics"], Value::Null);

    // One family in Żory: a woman of 38, her daughter of 11, the man.
    open(&server, &worker, nk_a(in_quarter())).await;
    let out = publish(&server, &quarter()).await;
    assert!(out.status.success(), "{out:?}");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("published release 2"), "{said}");

    let first = ok(&server, &coordinator, REGION, vars.clone()).await;
    let stats = &first["regionStatistics"];
    assert_eq!(stats["region"], "slaskie");
    assert_eq!(stats["release"]["number"], 2);
    assert_eq!(stats["release"]["status"], "PUBLISHED");
    // The demo's four municipalities all share their statistics.
    assert_eq!(stats["release"]["municipalities"], 4);
    // One woman of 18–59: suppressed as a count under 10, its value nowhere.
    let woman = cell(
        &first,
        "victims",
        &[("sex", "FEMALE"), ("age_band", "18-59")],
    );
    assert_eq!(woman["suppressed"], true);
    assert_eq!(woman["value"], Value::Null);
    assert_eq!(woman["rule"], "PRIMARY");
    let total = cell(&first, "victims", &[]);
    assert_eq!(total["suppressed"], true, "{first}");
    // Counted indicators and the derived share are all there.
    for key in [
        "blue_cards_opened",
        "perpetrators",
        "team_meetings",
        "intake_entries",
        "help_points",
        "deadlines_met_share",
    ] {
        assert!(
            stats["indicators"]
                .as_array()
                .unwrap()
                .iter()
                .any(|i| i["key"] == key),
            "{key} missing from {stats}"
        );
    }

    // Żory stops sharing (an operator's change): the next release leaves it out.
    let operator = server.operator().await;
    let zory = server.municipality_id("zory").await;
    let version = ok(
        &server,
        &operator,
        "query($id: ID!) { node(id: $id) { ... on Municipality { version } } }",
        json!({ "id": zory }),
    )
    .await["node"]["version"]
        .clone();
    ok(
        &server,
        &operator,
        "mutation($i: UpdateMunicipalityInput!) { updateMunicipality(input: $i) { userErrors { code } } }",
        json!({ "i": { "id": zory, "version": version, "sharesStatistics": false } }),
    )
    .await;
    let out = publish(&server, &quarter()).await;
    assert!(out.status.success(), "{out:?}");
    let second = ok(&server, &coordinator, REGION, vars.clone()).await;
    assert_eq!(second["regionStatistics"]["release"]["number"], 3);
    assert_eq!(second["regionStatistics"]["release"]["municipalities"], 3);

    // The list: all three, the latest first; for the operator too, without values.
    let list = ok(&server, &coordinator, RELEASES, json!({ "r": "slaskie" })).await;
    let numbers: Vec<&Value> = list["statisticsReleases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| &r["number"])
        .collect();
    assert_eq!(numbers, [&json!(3), &json!(2), &json!(1)]);
    let seen = ok(&server, &operator, RELEASES, json!({ "r": "slaskie" })).await;
    assert_eq!(seen, list);
    assert_eq!(list["statisticsReleases"][0]["requestedBy"], "command line");
    assert_eq!(list["statisticsReleases"][0]["done"], 3);

    // A release never changes, whatever the server's role tries.
    let conn = db.connect_as_app().await;
    for sql in [
        "UPDATE stats_releases SET period = '1999' WHERE number = 2",
        "DELETE FROM stats_releases WHERE number = 2",
        "UPDATE stats_release_cells SET value = 1",
        "DELETE FROM stats_release_cells",
    ] {
        let refused = conn
            .execute_raw(Statement::from_string(
                conn.get_database_backend(),
                sql.to_owned(),
            ))
            .await;
        assert!(refused.is_err(), "{sql} was allowed");
    }
    let again = ok(&server, &coordinator, REGION, vars).await;
    assert_eq!(again, second);
}
on_both!(a_coordinator_reads_the_latest_release_of_her_region);

async fn only_the_regions_coordinator_reads_its_figures(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let out = publish(&server, &quarter()).await;
    assert!(out.status.success(), "{out:?}");
    let created = server
        .cli(&[
            "region",
            "create",
            "--slug",
            "malopolskie",
            "--name",
            "Województwo małopolskie",
            "--teryt",
            "12",
        ])
        .await;
    assert!(created.status.success(), "{created:?}");
    let coordinator = server.coordinator().await;
    let vars = |r: &str| json!({ "r": r, "p": quarter() });

    // Another region answers exactly like a region that does not exist.
    let other = server
        .gql(Some(&coordinator), REGION, vars("malopolskie"))
        .await;
    let unknown = server
        .gql(Some(&coordinator), REGION, vars("nieznany"))
        .await;
    assert_eq!(code(&other), Some("NOT_FOUND"));
    assert_eq!(
        other["errors"][0]["message"],
        unknown["errors"][0]["message"]
    );
    let other = server
        .gql(Some(&coordinator), RELEASES, json!({ "r": "malopolskie" }))
        .await;
    assert_eq!(code(&other), Some("NOT_FOUND"));

    // Staff, however senior, and operators never read the figures; the public not at all.
    for token in [
        server.staff("zory", "przewodniczacy").await,
        server.staff("zory", "admin").await,
        server.operator().await,
    ] {
        let refused = server.gql(Some(&token), REGION, vars("slaskie")).await;
        assert_eq!(code(&refused), Some("FORBIDDEN"), "{refused}");
    }
    let staff = server.staff("zory", "przewodniczacy").await;
    let refused = server
        .gql(Some(&staff), RELEASES, json!({ "r": "slaskie" }))
        .await;
    assert_eq!(code(&refused), Some("FORBIDDEN"));
    let anonymous = server.gql(None, REGION, vars("slaskie")).await;
    assert_eq!(code(&anonymous), Some("UNAUTHENTICATED"));

    // Bad periods.
    for period in ["2026-13", "jutro", &format!("{}", today().year() + 1)] {
        let bad = server
            .gql(
                Some(&coordinator),
                REGION,
                json!({ "r": "slaskie", "p": period }),
            )
            .await;
        assert_eq!(code(&bad), Some("BAD_USER_INPUT"), "{period}: {bad}");
    }
}
on_both!(only_the_regions_coordinator_reads_its_figures);

async fn one_publication_runs_per_region_at_a_time(backend: Backend) {
    let (db, server) = demo(backend).await;
    // A publication in progress, alive a moment ago.
    let conn = db.connect_as_app().await;
    let backend_of = conn.get_database_backend();
    let running = |heartbeat: &str| {
        format!(
            "INSERT INTO stats_releases (id, region_id, period, status, requested_by, started_at, \
             heartbeat_at, done, total) SELECT {id}, id, '{p}', 'RUNNING', 'worker', {heartbeat}, \
             {heartbeat}, 0, 3 FROM tenancy_regions WHERE slug = 'slaskie'",
            id = match backend {
                Backend::Postgres => "gen_random_uuid()",
                Backend::Sqlite => "randomblob(16)",
            },
            p = quarter(),
        )
    };
    let now = match backend {
        Backend::Postgres => "now()",
        Backend::Sqlite => "strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')",
    };
    conn.execute_raw(Statement::from_string(backend_of, running(now)))
        .await
        .unwrap();
    let out = publish(&server, &quarter()).await;
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("already running"), "{said}");

    // The same, silent for an hour: cut short, marked failed, and a new one goes ahead.
    conn.execute_raw(Statement::from_string(
        backend_of,
        "UPDATE stats_releases SET status = 'FAILED' WHERE status = 'RUNNING'".to_owned(),
    ))
    .await
    .unwrap();
    let old = match backend {
        Backend::Postgres => "now() - interval '1 hour'",
        Backend::Sqlite => "strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now', '-1 hour')",
    };
    conn.execute_raw(Statement::from_string(backend_of, running(old)))
        .await
        .unwrap();
    let out = publish(&server, &quarter()).await;
    assert!(out.status.success(), "{out:?}");
    let operator = server.operator().await;
    let list = ok(&server, &operator, RELEASES, json!({ "r": "slaskie" })).await;
    let releases = list["statisticsReleases"].as_array().unwrap();
    // The demo's release, the two cut short, and the new one on top, numbered after the demo's.
    assert_eq!(releases.len(), 4, "{list}");
    assert_eq!(releases[0]["status"], "PUBLISHED");
    assert_eq!(releases[0]["number"], 2);
    let failed = releases.iter().filter(|r| r["status"] == "FAILED").count();
    assert_eq!(failed, 2, "{list}");

    // Bad input on the command line: clear, and nothing written. A month of a quarter already
    // released cannot follow it (the quarter less the month's sisters would give it away).
    let this_year = today().year().to_string();
    let last = quarter();
    let a_month = stats::schedule::due(today())[0].months()[0].to_string();
    for (args, says) in [
        (vec!["--region", "nieznany", "--period", &last], "no region"),
        (
            vec!["--region", "slaskie", "--period", "2026-13"],
            "--period",
        ),
        (vec!["--region", "slaskie", "--period", "2999"], "not begun"),
        (
            vec!["--region", "slaskie", "--period", &this_year],
            "is not over yet",
        ),
        (
            vec!["--region", "slaskie", "--period", &a_month],
            "can no longer be released",
        ),
    ] {
        let mut all = vec!["stats", "publish"];
        all.extend(args);
        let out = server.cli(&all).await;
        assert!(!out.status.success());
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(said.contains(says), "{all:?}: {said}");
    }
    let after = ok(&server, &operator, RELEASES, json!({ "r": "slaskie" })).await;
    assert_eq!(after, list);
}
on_both!(one_publication_runs_per_region_at_a_time);

/// Every row of a catalogue query, as text.
async fn texts(conn: &impl ConnectionTrait, sql: &str) -> Vec<String> {
    conn.query_all_raw(Statement::from_string(
        sea_orm::DbBackend::Postgres,
        sql.to_owned(),
    ))
    .await
    .unwrap_or_else(|e| panic!("{sql}: {e}"))
    .into_iter()
    .map(|row| row.try_get_by_index::<String>(0).expect("text"))
    .collect()
}

/// `ostoja_region`, the role regional reads run as, reads published statistics and nothing else,
/// and only its own region's; the grants come from the catalogue, not from a list.
#[tokio::test]
async fn the_region_role_reads_published_statistics_only() {
    let (db, server) = demo(Backend::Postgres).await;
    let out = publish(&server, &quarter()).await;
    assert!(out.status.success(), "{out:?}");
    let superuser = db.connect_as_superuser().await;

    let attributes = texts(
        &superuser,
        "SELECT format('%s %s %s', rolsuper, rolbypassrls, rolcanlogin) FROM pg_roles \
         WHERE rolname = 'ostoja_region'",
    )
    .await;
    assert_eq!(attributes, ["f f f"], "NOBYPASSRLS, no login");
    // Every privilege it holds on any table, and the tables with a tenant_id column.
    let granted = texts(
        &superuser,
        "SELECT format('%s %s', c.relname, p.privilege_type) FROM pg_class c \
         CROSS JOIN (VALUES ('SELECT'), ('INSERT'), ('UPDATE'), ('DELETE'), ('TRUNCATE'), \
         ('REFERENCES'), ('TRIGGER')) AS p(privilege_type) \
         WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'v', 'm', 'p') \
         AND has_table_privilege('ostoja_region', c.oid, p.privilege_type) ORDER BY 1",
    )
    .await;
    assert_eq!(
        granted,
        [
            "stats_release_cells SELECT",
            "stats_release_indicators SELECT",
            "stats_releases SELECT",
        ]
    );
    let columns = texts(
        &superuser,
        "SELECT count(*)::text FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid \
         WHERE c.relnamespace = 'public'::regnamespace AND a.attname = 'tenant_id' \
         AND has_column_privilege('ostoja_region', c.oid, a.attnum, 'SELECT')",
    )
    .await;
    assert_eq!(columns, ["0"], "no tenant column is readable");
    let tenant_tables = texts(
        &superuser,
        "SELECT count(DISTINCT c.relname)::text FROM pg_attribute a JOIN pg_class c \
         ON c.oid = a.attrelid WHERE c.relnamespace = 'public'::regnamespace \
         AND c.relkind = 'r' AND a.attname = 'tenant_id'",
    )
    .await;
    assert_ne!(tenant_tables, ["0"]);

    // As the server takes it: tenant data is refused, and another region sees no release.
    let conn = db.connect_as_app().await;
    let as_region = |region: &str, sql: &str| {
        format!(
            "BEGIN; SET LOCAL ROLE ostoja_region; \
             SET LOCAL app.region_id = '{region}'; {sql}; COMMIT"
        )
    };
    let slaskie = texts(
        &conn,
        "SELECT id::text FROM tenancy_regions WHERE slug = 'slaskie'",
    )
    .await
    .remove(0);
    for table in [
        "cases_blue_cards",
        "cases_persons",
        "identity_users",
        "tenancy_tenants",
    ] {
        let refused = conn
            .execute_unprepared(&as_region(&slaskie, &format!("SELECT 1 FROM {table}")))
            .await;
        let _ = conn.execute_unprepared("ROLLBACK").await;
        let message = refused.expect_err(table).to_string();
        assert!(message.contains("permission denied"), "{table}: {message}");
    }
    let count = |region: &str| {
        format!(
            "SELECT count(*)::text FROM stats_release_cells WHERE EXISTS (SELECT 1 FROM \
             stats_releases r WHERE r.id = release_id AND r.region_id = '{region}')"
        )
    };
    let read = |region: String| {
        let conn = &conn;
        let count = count(&slaskie);
        async move {
            conn.execute_unprepared(&format!(
                "BEGIN; SET LOCAL ROLE ostoja_region; SET LOCAL app.region_id = '{region}'"
            ))
            .await
            .unwrap();
            let n = texts(conn, &count).await;
            conn.execute_unprepared("ROLLBACK").await.unwrap();
            n
        }
    };
    assert_ne!(read(slaskie.clone()).await, ["0"]);
    assert_eq!(
        read("00000000-0000-0000-0000-000000000001".to_owned()).await,
        ["0"]
    );
}

async fn the_worker_publishes_each_period_just_over_once(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let operator = server.operator().await;
    for _ in 0..2 {
        let out = server.cli(&["worker", "--once"]).await;
        assert!(out.status.success(), "{out:?}");
    }
    let list = ok(&server, &operator, RELEASES, json!({ "r": "slaskie" })).await;
    // The demo released the last quarter at start; the worker the rest, each once.
    let mut periods: Vec<String> = list["statisticsReleases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            assert_eq!(r["status"], "PUBLISHED");
            r["period"].as_str().unwrap().to_owned()
        })
        .collect();
    periods.sort();
    let mut expected: Vec<String> = stats::schedule::due(today())
        .iter()
        .map(|p| p.to_string())
        .collect();
    expected.sort();
    assert_eq!(periods, expected, "each due period once");
}
on_both!(the_worker_publishes_each_period_just_over_once);

const SHARING: &str =
    "mutation($i: SetStatisticsSharingInput!) { setStatisticsSharing(input: $i) { \
    municipality { slug sharesStatistics version } userErrors { code } } }";

const MINE: &str = "{ viewer { municipality { slug sharesStatistics version } } }";

async fn the_administrator_decides_her_own_municipalitys_sharing(backend: Backend) {
    let (_db, server) = demo(backend).await;
    let admin = server.staff("czestochowa", "admin").await;
    let before = ok(&server, &admin, MINE, json!({})).await;
    let version = before["viewer"]["municipality"]["version"].clone();
    assert_eq!(before["viewer"]["municipality"]["sharesStatistics"], true);

    let off = ok(
        &server,
        &admin,
        SHARING,
        json!({ "i": { "version": version, "sharesStatistics": false } }),
    )
    .await;
    let municipality = &off["setStatisticsSharing"]["municipality"];
    assert_eq!(municipality["slug"], "czestochowa");
    assert_eq!(municipality["sharesStatistics"], false);
    // A stale version is a conflict, and nothing changes.
    let stale = server
        .gql(
            Some(&admin),
            SHARING,
            json!({ "i": { "version": version, "sharesStatistics": true } }),
        )
        .await;
    assert_eq!(code(&stale), Some("CONFLICT"), "{stale}");
    // Żory is untouched; its people cannot change Częstochowa's, nor their own unless admin.
    let zory_admin = server.staff("zory", "admin").await;
    let zory = ok(&server, &zory_admin, MINE, json!({})).await;
    assert_eq!(zory["viewer"]["municipality"]["sharesStatistics"], true);
    for (tenant, login) in [("zory", "przewodniczacy"), ("czestochowa", "pracownik")] {
        let token = server.staff(tenant, login).await;
        let refused = server
            .gql(
                Some(&token),
                SHARING,
                json!({ "i": { "version": 1, "sharesStatistics": false } }),
            )
            .await;
        assert_eq!(code(&refused), Some("FORBIDDEN"), "{refused}");
    }
    for token in [server.operator().await, server.coordinator().await] {
        let refused = server
            .gql(
                Some(&token),
                SHARING,
                json!({ "i": { "version": 1, "sharesStatistics": false } }),
            )
            .await;
        assert_eq!(code(&refused), Some("FORBIDDEN"), "{refused}");
    }
    // The change is in Częstochowa's audit trail, by its administrator.
    assert!(audited(&server, "czestochowa", "setStatisticsSharing", "admin").await >= 1);
    // The next release leaves it out.
    let out = publish(&server, &quarter()).await;
    assert!(out.status.success(), "{out:?}");
    let coordinator = server.coordinator().await;
    let stats = ok(
        &server,
        &coordinator,
        REGION,
        json!({ "r": "slaskie", "p": quarter() }),
    )
    .await;
    assert_eq!(stats["regionStatistics"]["release"]["municipalities"], 3);

    // Two left sharing: no release could keep them apart, so none is published.
    let lubliniec = server.staff("lubliniec", "admin").await;
    let mine = ok(&server, &lubliniec, MINE, json!({})).await;
    ok(
        &server,
        &lubliniec,
        SHARING,
        json!({ "i": { "version": mine["viewer"]["municipality"]["version"], "sharesStatistics": false } }),
    )
    .await;
    let out = publish(&server, &quarter()).await;
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("only 2 municipalities"), "{said}");
}
on_both!(the_administrator_decides_her_own_municipalitys_sharing);

/// `serve --demo` with its Blue Cards (off in the other tests): the region's first release has
/// real figures at start, the small ones hidden.
async fn the_demo_publishes_real_figures_at_start(backend: Backend) {
    let db = crate::harness::TestDb::new(backend).await;
    let server = Server::start(
        &db,
        crate::harness::ServerOptions {
            demo: true,
            env: vec![("OSTOJA_DEMO__BLUE_CARDS".to_owned(), "200".to_owned())],
            ..Default::default()
        },
    )
    .await;
    let coordinator = server.coordinator().await;
    let stats = ok(
        &server,
        &coordinator,
        REGION,
        json!({ "r": "slaskie", "p": quarter() }),
    )
    .await;
    assert_eq!(stats["regionStatistics"]["release"]["number"], 1);
    assert_eq!(stats["regionStatistics"]["release"]["municipalities"], 4);
    // The quarter's share of the demo's 200 cards over the year so far.
    let opened = cell(&stats, "blue_cards_opened", &[])["value"]
        .as_i64()
        .unwrap_or(0);
    assert!((10..200).contains(&opened), "{stats}");
    let cells: Vec<&Value> = stats["regionStatistics"]["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["key"] == "victims")
        .unwrap()["cells"]
        .as_array()
        .unwrap()
        .iter()
        .collect();
    assert!(cells.iter().any(|c| c["suppressed"] == true), "{stats}");
    assert!(
        cells.iter().any(|c| c["value"].as_i64().unwrap_or(0) >= 10),
        "{stats}"
    );
    // Żory's social worker has the demo's cards on her list.
    let worker = server.staff("zory", "pracownik").await;
    let list = ok(
        &server,
        &worker,
        "{ blueCards(first: 5) { edges { node { id } } } }",
        json!({}),
    )
    .await;
    assert_eq!(list["blueCards"]["edges"].as_array().unwrap().len(), 5);
}
on_both!(the_demo_publishes_real_figures_at_start);

const REGION_EXPORT: &str = "query($r: String!, $p: String!, $f: ExportFormat!) { \
    regionStatisticsExport(region: $r, period: $p, format: $f) { fileName base64 } }";

async fn a_coordinator_exports_a_release_with_its_hidden_cells_said(backend: Backend) {
    use base64::Engine as _;
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    open(&server, &worker, nk_a(in_quarter())).await;
    let out = publish(&server, &quarter()).await;
    assert!(out.status.success(), "{out:?}");
    let coordinator = server.coordinator().await;
    let vars = |r: &str, f: &str| json!({ "r": r, "p": quarter(), "f": f });
    let csv = ok(&server, &coordinator, REGION_EXPORT, vars("slaskie", "CSV")).await;
    let file = &csv["regionStatisticsExport"];
    assert_eq!(
        file["fileName"],
        format!("statystyka-slaskie-{}-wydanie-2.csv", quarter())
    );
    let content = base64::engine::general_purpose::STANDARD
        .decode(file["base64"].as_str().unwrap())
        .unwrap();
    let text = String::from_utf8(content[3..].to_vec()).unwrap();
    // The one woman of the quarter: hidden, said why, her count nowhere.
    assert!(
        text.contains(
            "Osoby doznające przemocy według płci i wieku;Płeć;kobiety;Wiek;18–59 lat;;<10"
        ),
        "{text}"
    );
    let xlsx = ok(
        &server,
        &coordinator,
        REGION_EXPORT,
        vars("slaskie", "XLSX"),
    )
    .await;
    let content = base64::engine::general_purpose::STANDARD
        .decode(xlsx["regionStatisticsExport"]["base64"].as_str().unwrap())
        .unwrap();
    assert_eq!(&content[..2], b"PK");
    // Another region answers like an unknown one; staff and operators get no file.
    let other = server
        .gql(
            Some(&coordinator),
            REGION_EXPORT,
            vars("malopolskie", "CSV"),
        )
        .await;
    assert_eq!(code(&other), Some("NOT_FOUND"));
    for token in [
        server.operator().await,
        server.staff("zory", "przewodniczacy").await,
    ] {
        let refused = server
            .gql(Some(&token), REGION_EXPORT, vars("slaskie", "CSV"))
            .await;
        assert_eq!(code(&refused), Some("FORBIDDEN"), "{refused}");
    }
    // Both files are in the region's trail, the latest first, for the operators only.
    let trail = ok(
        &server,
        &server.operator().await,
        EXPORTS,
        json!({ "r": "slaskie" }),
    )
    .await;
    let trail = trail["statisticsExports"].as_array().unwrap();
    assert_eq!(trail.len(), 2, "{trail:?}");
    assert_eq!(trail[0]["format"], "XLSX");
    assert_eq!(trail[1]["format"], "CSV");
    for entry in trail {
        assert_eq!(entry["releaseNumber"], 2);
        assert_eq!(entry["period"], quarter());
        assert_eq!(entry["coordinator"], "koordynator");
    }
    for (token, want) in [
        (coordinator, "FORBIDDEN"),
        (server.staff("zory", "admin").await, "FORBIDDEN"),
    ] {
        let refused = server
            .gql(Some(&token), EXPORTS, json!({ "r": "slaskie" }))
            .await;
        assert_eq!(code(&refused), Some(want), "{refused}");
    }
    let unknown = server
        .gql(
            Some(&server.operator().await),
            EXPORTS,
            json!({ "r": "nieznany" }),
        )
        .await;
    assert_eq!(code(&unknown), Some("NOT_FOUND"));
}
on_both!(a_coordinator_exports_a_release_with_its_hidden_cells_said);

const EXPORTS: &str = "query($r: String!) { statisticsExports(region: $r) { \
    releaseNumber period coordinator format requestId exportedAt } }";

async fn a_municipality_that_publishes_its_own_figures_is_not_hidden_behind_the_others(
    backend: Backend,
) {
    let (_db, server) = demo(backend).await;
    let worker = server.staff("zory", "pracownik").await;
    for _ in 0..12 {
        open(&server, &worker, nk_a(in_quarter())).await;
    }
    let coordinator = server.coordinator().await;
    let women = |stats: &Value| {
        cell(
            stats,
            "victims",
            &[("sex", "FEMALE"), ("age_band", "18-59")],
        )
        .clone()
    };
    let vars = json!({ "r": "slaskie", "p": quarter() });
    // Twelve women, all of Żory: one municipality's own figure, which only Żory may let out.
    // Żory's administrator lets its own figures be published.
    let admin = server.staff("zory", "admin").await;
    let mine = ok(&server, &admin, MINE_OWN, json!({})).await;
    assert_eq!(
        mine["viewer"]["municipality"]["publishesOwnStatistics"],
        false
    );
    let set = ok(
        &server,
        &admin,
        "mutation($i: SetStatisticsSharingInput!) { setStatisticsSharing(input: $i) { \
         municipality { sharesStatistics publishesOwnStatistics } } }",
        json!({ "i": {
            "version": mine["viewer"]["municipality"]["version"],
            "sharesStatistics": true,
            "publishesOwnStatistics": true,
        } }),
    )
    .await;
    let municipality = &set["setStatisticsSharing"]["municipality"];
    assert_eq!(municipality["sharesStatistics"], true);
    assert_eq!(municipality["publishesOwnStatistics"], true);
    assert!(publish(&server, &quarter()).await.status.success());
    let open_figures = ok(&server, &coordinator, REGION, vars).await;
    assert_eq!(open_figures["regionStatistics"]["release"]["number"], 2);
    assert_eq!(women(&open_figures)["value"], 12, "{open_figures}");
    assert_eq!(women(&open_figures)["suppressed"], false);
    // Its other municipalities' choice is theirs: Częstochowa still does not publish its own.
    let other = ok(
        &server,
        &server.staff("czestochowa", "admin").await,
        MINE_OWN,
        json!({}),
    )
    .await;
    assert_eq!(
        other["viewer"]["municipality"]["publishesOwnStatistics"],
        false
    );
}
on_both!(a_municipality_that_publishes_its_own_figures_is_not_hidden_behind_the_others);

const MINE_OWN: &str = "{ viewer { municipality { version publishesOwnStatistics } } }";
