//! Two creators at once. Both pass the service's uniqueness check; the database refuses the
//! second insert. Its answer is still the field's userError, and its transaction still commits
//! (on PostgreSQL a failed statement would otherwise abort it). SQLite takes the write lock at
//! BEGIN, so the race cannot happen there; the kernel's own tests cover its refusal.

use std::time::{Duration, Instant};

use kernel::db::{AuditContext, PoolOptions};
use kernel::principal::{Operator, StaffPrincipal};
use kernel::text::Name;
use kernel::{Outcome, Principal, Role, UserError};
use sea_orm::{ConnectionTrait, DatabaseConnection, Statement};

use crate::harness::{Backend, TestDb};

/// Waits until a statement of this database waits for a lock: the second insert, blocked on
/// the first one's uncommitted row.
async fn until_an_insert_waits(superuser: &DatabaseConnection) {
    let deadline = Instant::now() + Duration::from_secs(20);
    let sql = "SELECT count(*) AS waiting FROM pg_stat_activity \
               WHERE datname = current_database() AND wait_event_type = 'Lock'";
    loop {
        let row = superuser
            .query_one_raw(Statement::from_string(
                sea_orm::DatabaseBackend::Postgres,
                sql,
            ))
            .await
            .unwrap()
            .unwrap();
        if row.try_get::<i64>("", "waiting").unwrap() > 0 {
            return;
        }
        assert!(Instant::now() < deadline, "the second insert never waited");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn a_team_created_twice_at_once_answers_taken() {
    let db = TestDb::new(Backend::Postgres).await;
    let app = kernel::Db::connect(&db.app_url(), &PoolOptions::default())
        .await
        .unwrap();
    let operator = Operator::command_line();
    let platform = app.platform_write().await.unwrap();
    let region = tenancy::NewRegion::parse("slaskie", "Śląskie", "24").unwrap();
    tenancy::create_region(&platform, &operator, region)
        .await
        .unwrap()
        .unwrap();
    let new = tenancy::NewTenant::parse("zory", "Żory", "2479011", "slaskie", false).unwrap();
    let tenant = tenancy::create_tenant(&platform, &operator, new)
        .await
        .unwrap()
        .unwrap();
    platform.commit().await.unwrap();

    let principal = Principal::Staff(StaffPrincipal {
        tenant: tenant.id,
        tenant_slug: tenant.slug.clone(),
        region: tenant.region_id,
        user: uuid::Uuid::now_v7(),
        login: "admin".to_owned(),
        display_name: "Administrator".to_owned(),
        roles: [Role::TenantAdmin].into_iter().collect(),
    });
    let admin = principal.tenant_admin().unwrap();
    let team = || teams::NewTeam {
        name: Name::parse("Zespół Interdyscyplinarny").unwrap(),
        act_number: Name::parse("1/2026").unwrap(),
        act_issued_on: kernel::calendar::today(),
    };

    let first = app
        .tenant(tenant.id, AuditContext::unaudited("test"))
        .await
        .unwrap();
    let second = app
        .tenant(tenant.id, AuditContext::unaudited("test"))
        .await
        .unwrap();
    teams::create_team(&first, &admin, team())
        .await
        .unwrap()
        .unwrap();
    let superuser = db.connect_as_superuser().await;
    // The second creator checks (no team is visible yet) and inserts; the first commits while
    // that insert waits.
    let (answer, ()) = tokio::join!(teams::create_team(&second, &admin, team()), async {
        until_an_insert_waits(&superuser).await;
        first.finish(true, Outcome::Ok).await.unwrap();
    });
    assert_eq!(
        answer.unwrap().unwrap_err(),
        [UserError::new(
            &["input"],
            "TAKEN",
            "this municipality already has an interdisciplinary team",
        )]
    );
    second.finish(true, Outcome::Ok).await.unwrap();
    assert!(teams::team(
        &app.tenant(tenant.id, AuditContext::unaudited("test"))
            .await
            .unwrap()
    )
    .await
    .unwrap()
    .is_some());
}
