//! tenancy: offboarding a municipality (`ostoja tenant offboard`). The municipality's row stays
//! as a tombstone (`offboarded_at`), so its slug is never reused and the platform trail can name
//! it; `tenancy_offboard()` removes every row of the tenant's tables and its identity provider
//! in one transaction, its data key among them (crypto-shredding: what backups still hold of
//! its sealed columns cannot be opened once they age out with that key). Only the owner runs
//! it (`ostoja tenant offboard` connects with `database.migration_url`): the server's role may
//! neither delete audit entries nor call it. `audit_platform_events` is the platform's
//! own append-only trail, for what no municipality's trail can keep.

use sea_orm_migration::prelude::*;

use crate::sql;

#[derive(DeriveMigrationName)]
pub struct Migration;

const TENANTS: &str = "tenancy_tenants";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(TENANTS)
                    .add_column(sql::timestamp_null("offboarded_at"))
                    .to_owned(),
            )
            .await?;
        let postgres = format!(
            "CREATE TABLE audit_platform_events (
                id uuid PRIMARY KEY,
                occurred_at timestamptz NOT NULL,
                actor text NOT NULL,
                operation text NOT NULL,
                municipality_id uuid REFERENCES tenancy_tenants (id),
                details text NOT NULL
            );
            CREATE INDEX audit_platform_events_occurred ON audit_platform_events (occurred_at);
            {grant}
            CREATE FUNCTION tenancy_offboard() RETURNS jsonb
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
            DECLARE
                tenant uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
                remaining text[];
                name text;
                removed bigint;
                progress boolean;
                counts jsonb := '{{}}'::jsonb;
            BEGIN
                IF tenant IS NULL THEN
                    RAISE EXCEPTION 'tenancy_offboard needs a tenant';
                END IF;
                PERFORM 1 FROM tenancy_tenants
                 WHERE id = tenant AND NOT active AND offboarded_at IS NULL FOR UPDATE;
                IF NOT FOUND THEN
                    RAISE EXCEPTION 'only a disabled municipality not yet offboarded can be offboarded';
                END IF;
                SELECT coalesce(array_agg(c.relname::text ORDER BY c.relname), '{{}}') INTO remaining
                  FROM pg_class c
                  JOIN pg_attribute a ON a.attrelid = c.oid
                 WHERE c.relnamespace = current_schema()::regnamespace
                   AND c.relkind IN ('r', 'p')
                   AND a.attname = 'tenant_id' AND NOT a.attisdropped;
                -- Referring tables first: a table goes once no remaining table refers to it.
                WHILE cardinality(remaining) > 0 LOOP
                    progress := false;
                    FOREACH name IN ARRAY remaining LOOP
                        IF NOT EXISTS (
                            SELECT 1 FROM pg_constraint k
                              JOIN pg_class c ON c.oid = k.conrelid
                             WHERE k.contype = 'f'
                               AND k.confrelid = format('%I', name)::regclass
                               AND k.conrelid <> k.confrelid
                               AND c.relname = ANY (remaining)
                        ) THEN
                            -- The filter is explicit: an owner with BYPASSRLS must not empty a
                            -- table of every municipality.
                            EXECUTE format('DELETE FROM %I WHERE tenant_id = $1', name) USING tenant;
                            GET DIAGNOSTICS removed = ROW_COUNT;
                            counts := counts || jsonb_build_object(name, removed);
                            remaining := array_remove(remaining, name);
                            progress := true;
                        END IF;
                    END LOOP;
                    IF NOT progress THEN
                        RAISE EXCEPTION 'the foreign keys of % form a cycle', remaining;
                    END IF;
                END LOOP;
                DELETE FROM identity_providers WHERE scope_kind = 'tenant' AND scope_id = tenant;
                GET DIAGNOSTICS removed = ROW_COUNT;
                counts := counts || jsonb_build_object('identity_providers', removed);
                UPDATE tenancy_tenants
                   SET offboarded_at = now(), shares_statistics = false,
                       publishes_own_statistics = false, updated_at = now(), version = version + 1
                 WHERE id = tenant;
                RETURN counts;
            END
            $fn$;
            REVOKE ALL ON FUNCTION tenancy_offboard() FROM PUBLIC;",
            grant = sql::grant("audit_platform_events", "SELECT, INSERT"),
        );
        let sqlite = "CREATE TABLE audit_platform_events (
                id blob PRIMARY KEY,
                occurred_at text NOT NULL,
                actor text NOT NULL,
                operation text NOT NULL,
                municipality_id blob REFERENCES tenancy_tenants (id),
                details text NOT NULL
            );
            CREATE INDEX audit_platform_events_occurred ON audit_platform_events (occurred_at);
            CREATE TRIGGER audit_platform_events_no_update BEFORE UPDATE ON audit_platform_events
            BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
            CREATE TRIGGER audit_platform_events_no_delete BEFORE DELETE ON audit_platform_events
            BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;";
        sql::run(manager, &postgres, sqlite).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::run(
            manager,
            "DROP FUNCTION tenancy_offboard(); DROP TABLE audit_platform_events;",
            "DROP TABLE audit_platform_events;",
        )
        .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(TENANTS)
                    .drop_column("offboarded_at")
                    .to_owned(),
            )
            .await
    }
}
