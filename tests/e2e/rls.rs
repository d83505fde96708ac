//! Row-level security at the SQL level, connected as the server's role `ostoja_app`.
//!
//! The tenant tables are read from the catalogue, not listed by hand: a table added with a
//! `tenant_id` column and no forced row-level security fails these tests.

use sea_orm::{ConnectionTrait, Database, DatabaseConnection, Statement, TransactionTrait};
use serde_json::json;

use crate::harness::{demo, Backend, TestDb};

async fn try_fetch<T: sea_orm::TryGetable>(
    conn: &impl ConnectionTrait,
    sql: &str,
) -> Result<T, String> {
    let row = conn
        .query_one_raw(Statement::from_string(
            sea_orm::DbBackend::Postgres,
            sql.to_owned(),
        ))
        .await
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("{sql}: no row"))?;
    row.try_get_by_index::<T>(0).map_err(|e| e.to_string())
}

async fn fetch<T: sea_orm::TryGetable>(conn: &impl ConnectionTrait, sql: &str) -> T {
    try_fetch(conn, sql)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

pub(crate) async fn scalar(conn: &impl ConnectionTrait, sql: &str) -> i64 {
    fetch(conn, sql).await
}

pub(crate) async fn text(conn: &impl ConnectionTrait, sql: &str) -> String {
    fetch(conn, sql).await
}

pub(crate) async fn texts(conn: &impl ConnectionTrait, sql: &str) -> Vec<String> {
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

pub(crate) async fn tenant_id(conn: &DatabaseConnection, slug: &str) -> String {
    text(
        conn,
        &format!("SELECT id::text FROM tenancy_tenants WHERE slug = '{slug}'"),
    )
    .await
}

/// Every base table of schema `public` with a `tenant_id` column. Read as the superuser: the
/// catalogue views show a role only the tables it has privileges on.
pub(crate) async fn tenant_tables(superuser: &DatabaseConnection) -> Vec<String> {
    texts(
        superuser,
        "SELECT DISTINCT c.table_name::text FROM information_schema.columns c \
         JOIN information_schema.tables t USING (table_schema, table_name) \
         WHERE c.table_schema = 'public' AND c.column_name = 'tenant_id' \
         AND t.table_type = 'BASE TABLE' ORDER BY 1",
    )
    .await
}

/// Runs `sql` as the server's role in a transaction of `tenant` (none: no tenant set).
pub(crate) async fn as_tenant(
    app: &DatabaseConnection,
    tenant: Option<&str>,
    sql: &str,
) -> Result<i64, String> {
    let tx = app.begin().await.expect("begin");
    if let Some(tenant) = tenant {
        tx.execute_unprepared(&format!("SET LOCAL app.tenant_id = '{tenant}'"))
            .await
            .expect("set tenant");
    }
    let outcome = if sql.starts_with("SELECT") {
        try_fetch::<i64>(&tx, sql).await
    } else {
        tx.execute_unprepared(sql)
            .await
            .map(|r| i64::try_from(r.rows_affected()).unwrap_or(i64::MAX))
            .map_err(|e| e.to_string())
    };
    let _ = tx.rollback().await;
    outcome
}

fn refused_by_policy(outcome: &Result<i64, String>) -> bool {
    outcome
        .as_ref()
        .err()
        .is_some_and(|e| e.contains("row-level security") || e.contains("permission denied"))
}

/// What is wrong with `table`'s isolation, checked as the server's role: forced row-level
/// security, permissive policies that all confine to the tenant of the transaction, nothing
/// visible or insertable without a tenant, no row of `other` visible or insertable with `tenant`
/// set.
async fn rls_defects(
    app: &DatabaseConnection,
    table: &str,
    tenant: &str,
    other: &str,
) -> Vec<String> {
    let mut defects = Vec::new();
    let flags = scalar(
        app,
        &format!(
            "SELECT count(*) FROM pg_class WHERE oid = 'public.{table}'::regclass \
             AND relrowsecurity AND relforcerowsecurity"
        ),
    )
    .await;
    if flags != 1 {
        defects.push("row-level security is not enabled and forced".to_owned());
    }
    // As SQL text inside a quoted LIKE pattern.
    let confining = "current_setting(''app.tenant_id''::text, true)";
    let policies = scalar(
        app,
        &format!(
            "SELECT count(*) FROM pg_policies WHERE schemaname = 'public' AND tablename = '{table}' \
             AND permissive = 'PERMISSIVE'"
        ),
    )
    .await;
    if policies == 0 {
        defects.push("no policy".to_owned());
    }
    // Permissive policies are OR-ed: one that does not confine to the tenant opens the table.
    let loose = scalar(
        app,
        &format!(
            "SELECT count(*) FROM pg_policies WHERE schemaname = 'public' AND tablename = '{table}' \
             AND permissive = 'PERMISSIVE' \
             AND ((cmd <> 'INSERT' AND coalesce(qual, '') NOT LIKE '%{confining}%') \
                  OR (cmd IN ('ALL', 'INSERT', 'UPDATE') AND coalesce(with_check, qual, '') NOT LIKE '%{confining}%'))"
        ),
    )
    .await;
    if loose > 0 {
        defects.push(format!(
            "{loose} permissive policies not confined to app.tenant_id"
        ));
    }
    match as_tenant(app, None, &format!("SELECT count(*) FROM {table}")).await {
        Ok(0) => {}
        Ok(n) => defects.push(format!("{n} rows visible without a tenant")),
        Err(e) if e.contains("permission denied") => {}
        Err(e) => defects.push(format!("reading without a tenant: {e}")),
    }
    let insert = |t: &str| format!("INSERT INTO {table} (tenant_id) VALUES ('{t}')");
    let outcome = as_tenant(app, None, &insert(tenant)).await;
    if !refused_by_policy(&outcome) {
        defects.push(format!(
            "an insert without a tenant was not refused by a policy: {outcome:?}"
        ));
    }
    let outcome = as_tenant(app, Some(tenant), &insert(other)).await;
    if !refused_by_policy(&outcome) {
        defects.push(format!(
            "an insert for another tenant was not refused by a policy: {outcome:?}"
        ));
    }
    match as_tenant(
        app,
        Some(tenant),
        &format!("SELECT count(*) FROM {table} WHERE tenant_id <> '{tenant}'"),
    )
    .await
    {
        Ok(0) => {}
        Ok(n) => defects.push(format!("{n} rows of other tenants visible")),
        Err(e) if e.contains("permission denied") => {}
        Err(e) => defects.push(format!("reading as a tenant: {e}")),
    }
    defects
}

/// Makes rows in every tenant table of zory through the API, the way users do.
pub(crate) async fn seed_zory(server: &crate::harness::Server) {
    for tenant in ["zory", "czestochowa"] {
        let admin = server.staff(tenant, "admin").await;
        let body = server.gql(Some(&admin), "mutation { updateTenantSettings(input: { version: 0, auditRetentionDays: 400 }) { settings { version } } }", json!({})).await;
        assert_eq!(
            body["data"]["updateTenantSettings"]["settings"]["version"], 1,
            "{body}"
        );
    }
    let admin = server.staff("zory", "admin").await;
    let body = server
        .gql(
            Some(&admin),
            "mutation { setDeadlineRule(input: { kind: FORWARD_TO_CHAIR, amount: 7, unit: WORKING_DAYS, version: 0 }) { rule { version } userErrors { code } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        body["data"]["setDeadlineRule"]["rule"]["version"], 1,
        "{body}"
    );
    let worker = server.staff("zory", "pracownik").await;
    let chair = server.staff("zory", "przewodniczacy").await;
    let ids = crate::cases::card_in_diagnosis(server, &worker, &chair).await;
    let body = server
        .gql(
            Some(&chair),
            "mutation($input: RecordTeamMeetingInput!) { recordTeamMeeting(input: $input) { meeting { id } userErrors { code } } }",
            json!({ "input": { "teamId": ids.team, "heldOn": chrono::Utc::now().date_naive().to_string(), "agenda": "Posiedzenie", "attendance": [{ "memberId": ids.member, "present": true }] } }),
        )
        .await;
    assert_eq!(
        body["data"]["recordTeamMeeting"]["userErrors"],
        json!([]),
        "{body}"
    );
    let body = server
        .gql(
            Some(&worker),
            "mutation($input: RecordCaseWorkInput!) { recordCaseWork(input: $input) { work { kind } userErrors { code } } }",
            json!({ "input": { "blueCardId": ids.card, "kind": "SOCIAL_CONTRACT" } }),
        )
        .await;
    assert_eq!(
        body["data"]["recordCaseWork"]["userErrors"],
        json!([]),
        "{body}"
    );
    // A member from outside the team in the group.
    crate::cases::step(
        server,
        &chair,
        "addOutsideGroupMember",
        json!({ "id": ids.card, "version": 5, "name": "Ewa Nowak", "organisation": "SP 3",
                "institution": "EDUCATION", "statementSignedOn": crate::cases::today().to_string() }),
    )
    .await;
    // A person's phone corrected: a revision kept.
    let card = crate::cases::card(server, &worker, &ids.card).await;
    let person = &card["persons"][0];
    let body = server
        .gql(
            Some(&worker),
            "mutation($input: CorrectBlueCardPersonInput!) { correctBlueCardPerson(input: $input) { userErrors { code } } }",
            json!({ "input": {
                "id": person["id"], "version": card["version"], "firstName": person["firstName"],
                "lastName": person["lastName"], "pesel": person["pesel"],
                "dateOfBirth": person["dateOfBirth"], "sex": person["sex"], "phone": "600 000 001",
            } }),
        )
        .await;
    assert_eq!(
        body["data"]["correctBlueCardPerson"]["userErrors"],
        json!([]),
        "{body}"
    );
    // A form sent with its opening key, as the web application sends every NK-A.
    let mut form = crate::cases::nk_a(crate::cases::today());
    form["openingKey"] = json!(uuid::Uuid::new_v4().to_string());
    crate::cases::open(server, &worker, form).await;
    // The register's rows, an overdue one among them for the worker below to notify.
    crate::intake::rows_in_every_table(server).await;
    crate::programmes::rows_in_every_table(server).await;
    crate::families::rows_in_every_table(server).await;
    crate::strategy::rows_in_every_table(server).await;
    crate::standards::rows_in_every_table(server).await;
    crate::events::rows_in_every_table(server).await;
    crate::coalitions::rows_in_every_table(server).await;
    crate::cases::overdue_card_notified(server, &worker).await;
    // A second form about the same family: a match proposed to the chair.
    let police = server.staff("zory", "policjant").await;
    let mut police_form = crate::cases::nk_a(crate::cases::days_ago(1));
    police_form["initiatorInstitution"] = json!("POLICE");
    crate::cases::open(server, &police, police_form).await;
}

#[tokio::test]
async fn row_level_security_as_the_server_role() {
    let (db, server) = demo(Backend::Postgres).await;
    seed_zory(&server).await;
    // Kept apart from the shared seed: an erased card stays erased only with its migration.
    crate::retention::rows_in_every_table(&server).await;
    // Hand-overs shared by zory and jastrzebie: czestochowa sees none of them.
    crate::transfers::proposed_row(&server).await;
    server.stop().await;

    let superuser = db.connect_as_superuser().await;
    let tables = tenant_tables(&superuser).await;
    // Today's schema has 19; fewer means the catalogue query broke, not that tables went away.
    assert!(tables.len() >= 19, "{tables:?}");
    // A view over a tenant table runs with its owner's rights unless it is a security invoker.
    let views = texts(
        &superuser,
        "SELECT DISTINCT c.relname::text FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid \
         WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('v', 'm') \
         AND a.attname = 'tenant_id' AND NOT a.attisdropped \
         AND NOT coalesce(c.reloptions @> ARRAY['security_invoker=true'], false)",
    )
    .await;
    assert_eq!(
        views,
        Vec::<String>::new(),
        "views bypassing row-level security"
    );

    let conn = db.connect_as_app().await;
    assert_eq!(text(&conn, "SELECT current_user::text").await, "ostoja_app");
    assert_eq!(scalar(&conn, "SELECT count(*) FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolbypassrls)").await, 0);
    assert_eq!(scalar(&conn, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user").await, 0, "the server role owns nothing");
    let zory = tenant_id(&conn, "zory").await;
    let czestochowa = tenant_id(&conn, "czestochowa").await;

    let mut defects = Vec::new();
    for table in &tables {
        for problem in rls_defects(&conn, table, &czestochowa, &zory).await {
            defects.push(format!("{table}: {problem}"));
        }
        // zory's rows exist (the seed reaches every table), are all visible to zory and to
        // nobody else.
        let rows = scalar(
            &superuser,
            &format!("SELECT count(*) FROM {table} WHERE tenant_id = '{zory}'"),
        )
        .await;
        if rows == 0 {
            defects.push(format!("{table}: no row of zory; extend seed_zory"));
            continue;
        }
        let select = format!("SELECT count(*) FROM {table} WHERE tenant_id = '{zory}'");
        let outcome = as_tenant(&conn, Some(&zory), &select).await;
        if !matches!(outcome, Ok(n) if n == rows) && !refused_by_policy(&outcome) {
            defects.push(format!("{table}: zory sees {outcome:?} of its {rows} rows"));
        }
        for (who, tenant) in [
            ("czestochowa", Some(czestochowa.as_str())),
            ("no tenant", None),
        ] {
            let outcome = as_tenant(&conn, tenant, &select).await;
            if !matches!(outcome, Ok(0)) && !refused_by_policy(&outcome) {
                defects.push(format!("{table}: {who} sees {outcome:?} rows of zory"));
            }
            let update =
                format!("UPDATE {table} SET tenant_id = tenant_id WHERE tenant_id = '{zory}'");
            let outcome = as_tenant(&conn, tenant, &update).await;
            if !matches!(outcome, Ok(0)) && !refused_by_policy(&outcome) {
                defects.push(format!("{table}: {who} updated {outcome:?} rows of zory"));
            }
        }
    }
    assert!(defects.is_empty(), "{defects:#?}");

    // Moving a row to another tenant fails.
    let outcome = as_tenant(
        &conn,
        Some(&zory),
        &format!("UPDATE identity_users SET tenant_id = '{czestochowa}' WHERE login = 'admin'"),
    )
    .await;
    assert!(refused_by_policy(&outcome), "{outcome:?}");
    let failures = [
        // The audit trail is append-only for the server's role.
        "UPDATE audit_events SET operation = 'forged'",
        "DELETE FROM audit_events",
        // Retention may not go below a year, even through the purge function.
        "SELECT audit_purge_expired(30)",
    ];
    for sql in failures {
        let outcome = as_tenant(&conn, Some(&zory), sql).await;
        let message = outcome.err().unwrap_or_default();
        assert!(
            ["permission denied", "at least 365 days"]
                .iter()
                .any(|m| message.contains(m)),
            "must fail as ostoja_app for the right reason: {sql}: {message}"
        );
    }
    // The receiving municipality sees a hand-over only once the sending administrator agreed
    // to it (never one withdrawn before), and cannot move one it does not see.
    let jastrzebie = tenant_id(&conn, "jastrzebie").await;
    let all = "SELECT count(*) FROM cases_transfers";
    let unapproved = "SELECT count(*) FROM cases_transfers WHERE approved_on IS NULL";
    assert_eq!(scalar(&superuser, all).await, 2);
    assert_eq!(scalar(&superuser, unapproved).await, 1);
    assert_eq!(as_tenant(&conn, Some(&zory), all).await, Ok(2));
    assert_eq!(as_tenant(&conn, Some(&jastrzebie), all).await, Ok(1));
    assert_eq!(as_tenant(&conn, Some(&jastrzebie), unapproved).await, Ok(0));
    let agree = "UPDATE cases_transfers SET state = 'agreed' WHERE approved_on IS NULL";
    assert_eq!(as_tenant(&conn, Some(&jastrzebie), agree).await, Ok(0));
    // Nor does the sender take the receiver's decisions, or a party take one out of order.
    let accept = "UPDATE cases_transfers SET state = 'accepted', decided_by = approved_by, \
                  decided_on = approved_on WHERE state = 'approved'";
    for (tenant, sql) in [(&zory, agree), (&zory, accept), (&jastrzebie, accept)] {
        let outcome = as_tenant(&conn, Some(tenant), sql).await;
        assert!(
            outcome.as_ref().is_err_and(|e| e.contains("in its order")),
            "{sql}: {outcome:?}"
        );
    }
    // The tenant setting does not outlive its transaction.
    assert_eq!(
        scalar(&conn, "SELECT count(*) FROM identity_users").await,
        0
    );
}

/// The check above catches a new tenant table without forced row-level security, or with a
/// policy that lets everything through.
#[tokio::test]
async fn a_new_tenant_table_without_row_level_security_is_caught() {
    let db = TestDb::new(Backend::Postgres).await;
    let owner = Database::connect(db.owner_url())
        .await
        .expect("connect as owner");
    let app = db.connect_as_app().await;
    let superuser = db.connect_as_superuser().await;
    let (a, b) = (
        uuid::Uuid::new_v4().to_string(),
        uuid::Uuid::new_v4().to_string(),
    );
    let run = |sql: &'static str| {
        let owner = &owner;
        async move {
            owner
                .execute_unprepared(sql)
                .await
                .unwrap_or_else(|e| panic!("{sql}: {e}"));
        }
    };
    run(
        "CREATE TABLE drift_probe (tenant_id uuid NOT NULL, note text); \
         GRANT SELECT, INSERT, UPDATE ON drift_probe TO ostoja_app",
    )
    .await;
    owner
        .execute_unprepared(&format!("INSERT INTO drift_probe VALUES ('{b}', 'b')"))
        .await
        .expect("seed");
    assert!(tenant_tables(&superuser)
        .await
        .contains(&"drift_probe".to_owned()));

    let defects = rls_defects(&app, "drift_probe", &a, &b).await;
    assert!(defects.len() >= 5, "{defects:#?}");

    // Enabled, with a policy, but not forced: the owner role would bypass it.
    run("ALTER TABLE drift_probe ENABLE ROW LEVEL SECURITY; \
         CREATE POLICY drift_probe_tenant ON drift_probe \
         USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) \
         WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)")
    .await;
    let defects = rls_defects(&app, "drift_probe", &a, &b).await;
    assert_eq!(defects, ["row-level security is not enabled and forced"]);

    run("ALTER TABLE drift_probe FORCE ROW LEVEL SECURITY").await;
    assert_eq!(
        rls_defects(&app, "drift_probe", &a, &b).await,
        Vec::<String>::new()
    );

    // A second permissive policy that confines nothing opens the table again.
    run("CREATE POLICY drift_probe_open ON drift_probe FOR SELECT USING (true)").await;
    let defects = rls_defects(&app, "drift_probe", &a, &b).await;
    assert!(
        defects.iter().any(|d| d.contains("not confined")),
        "{defects:#?}"
    );
    assert!(
        defects.iter().any(|d| d.contains("visible")),
        "{defects:#?}"
    );
}
