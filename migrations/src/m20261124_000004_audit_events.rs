//! audit: the append-only trail. The server's role may only SELECT and INSERT; retention runs
//! through a SECURITY DEFINER function that deletes only the current tenant's expired entries
//! and refuses a retention shorter than a year.

use sea_orm_migration::prelude::*;

use crate::{sql, APP_ROLE};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let postgres = format!(
            "CREATE TABLE audit_events (
                tenant_id uuid NOT NULL REFERENCES tenancy_tenants (id),
                id uuid NOT NULL,
                occurred_at timestamptz NOT NULL,
                actor_kind text NOT NULL,
                actor_id uuid,
                actor_login text NOT NULL,
                operation text NOT NULL,
                object_ids text NOT NULL,
                request_id text,
                PRIMARY KEY (tenant_id, id)
            );
            CREATE INDEX audit_events_occurred ON audit_events (tenant_id, occurred_at);
            {rls}{grant}
            CREATE FUNCTION audit_purge_expired(retention_days integer) RETURNS bigint
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
            DECLARE
                tenant uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
                purged bigint;
            BEGIN
                IF tenant IS NULL THEN
                    RAISE EXCEPTION 'audit_purge_expired needs a tenant';
                END IF;
                IF retention_days < 365 THEN
                    RAISE EXCEPTION 'audit retention must be at least 365 days';
                END IF;
                DELETE FROM audit_events
                 WHERE tenant_id = tenant
                   AND occurred_at < now() - make_interval(days => retention_days);
                GET DIAGNOSTICS purged = ROW_COUNT;
                RETURN purged;
            END
            $fn$;
            REVOKE ALL ON FUNCTION audit_purge_expired(integer) FROM PUBLIC;
            DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{APP_ROLE}') THEN
                GRANT EXECUTE ON FUNCTION audit_purge_expired(integer) TO {APP_ROLE};
            END IF; END $$;",
            rls = sql::tenant_rls("audit_events"),
            grant = sql::grant("audit_events", "SELECT, INSERT"),
        );
        let sqlite = "CREATE TABLE audit_events (
                tenant_id blob NOT NULL REFERENCES tenancy_tenants (id),
                id blob NOT NULL,
                occurred_at text NOT NULL,
                actor_kind text NOT NULL,
                actor_id blob,
                actor_login text NOT NULL,
                operation text NOT NULL,
                object_ids text NOT NULL,
                request_id text,
                PRIMARY KEY (tenant_id, id)
            );
            CREATE INDEX audit_events_occurred ON audit_events (tenant_id, occurred_at);
            CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
            BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;";
        sql::run(manager, &postgres, sqlite).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::run(
            manager,
            "DROP FUNCTION audit_purge_expired(integer); DROP TABLE audit_events;",
            "DROP TABLE audit_events;",
        )
        .await
    }
}
