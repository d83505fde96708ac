//! coalitions: local coalitions (*koalicje lokalne*) of the institutions of an area, shared by
//! the municipalities that joined them. Not tenant tables: a coalition belongs to its parties
//! (`coalitions_parties`: each municipality invited, joined by its administrator's consent, or
//! gone), and its own records (`coalitions_members`, `coalitions_meetings`, `coalitions_actions`)
//! are visible only to the municipalities that joined. What links a coalition's action to a
//! task of a municipality's own programme is that municipality's (`coalitions_task_links`, a
//! tenant table).
//!
//! On PostgreSQL row-level security holds this for the server's role: a policy asks
//! `coalitions_standing(coalition)`, the standing of the transaction's municipality in the
//! coalition, from a function that reads the parties as their owner (a policy of the parties'
//! table asking the same table would recurse). The owner itself is not confined on the two
//! tables the functions read; the server's role never owns a table.

use sea_orm_migration::prelude::*;

use crate::sql::{self, date, date_null, integer_null, text, text_null, timestamp, uuid, version};

#[derive(DeriveMigrationName)]
pub struct Migration;

const COALITIONS: &str = "coalitions_coalitions";
const PARTIES: &str = "coalitions_parties";
const MEMBERS: &str = "coalitions_members";
const MEETINGS: &str = "coalitions_meetings";
const ACTIONS: &str = "coalitions_actions";
const LINKS: &str = "coalitions_task_links";

const TENANT: &str = "nullif(current_setting('app.tenant_id', true), '')::uuid";

fn postgres() -> String {
    let mut script = format!(
        "ALTER TABLE {PARTIES} ADD CONSTRAINT {PARTIES}_state CHECK (state IN ('invited', 'joined', 'left'));
        ALTER TABLE {MEMBERS} ADD CONSTRAINT {MEMBERS}_kind CHECK (kind IN ('social_welfare', 'police', 'education', 'health', 'justice', 'probation', 'ngo', 'alcohol_commission', 'church', 'local_government', 'other'));
        ALTER TABLE {MEMBERS} ADD CONSTRAINT {MEMBERS}_days CHECK (left_on IS NULL OR joined_on <= left_on);
        ALTER TABLE {MEETINGS} ADD CONSTRAINT {MEETINGS}_participants CHECK (participants IS NULL OR participants >= 0);
        ALTER TABLE {ACTIONS} ADD CONSTRAINT {ACTIONS}_days CHECK (ends_on IS NULL OR starts_on <= ends_on);
        ALTER TABLE {ACTIONS} ADD CONSTRAINT {ACTIONS}_status CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled'));
        CREATE FUNCTION coalitions_standing(coalition uuid) RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
            SELECT state FROM {PARTIES} WHERE coalition_id = coalition AND municipality_id = {TENANT}
        $fn$;
        CREATE FUNCTION coalitions_founded_here(coalition uuid) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
            SELECT EXISTS (SELECT 1 FROM {COALITIONS} WHERE id = coalition AND founded_by = {TENANT})
        $fn$;
        REVOKE ALL ON FUNCTION coalitions_standing(uuid) FROM PUBLIC;
        REVOKE ALL ON FUNCTION coalitions_founded_here(uuid) FROM PUBLIC;
        DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{app}') THEN
            GRANT EXECUTE ON FUNCTION coalitions_standing(uuid) TO {app};
            GRANT EXECUTE ON FUNCTION coalitions_founded_here(uuid) TO {app};
        END IF; END $$;
        ALTER TABLE {COALITIONS} ENABLE ROW LEVEL SECURITY;
        CREATE POLICY {COALITIONS}_parties ON {COALITIONS} FOR SELECT
            USING (coalitions_standing(id) IN ('invited', 'joined'));
        CREATE POLICY {COALITIONS}_found ON {COALITIONS} FOR INSERT
            WITH CHECK (founded_by = {TENANT});
        CREATE POLICY {COALITIONS}_change ON {COALITIONS} FOR UPDATE
            USING (coalitions_standing(id) = 'joined') WITH CHECK (coalitions_standing(id) = 'joined');
        ALTER TABLE {PARTIES} ENABLE ROW LEVEL SECURITY;
        CREATE POLICY {PARTIES}_see ON {PARTIES} FOR SELECT
            USING (municipality_id = {TENANT} OR coalitions_standing(coalition_id) IN ('invited', 'joined'));
        CREATE POLICY {PARTIES}_found ON {PARTIES} FOR INSERT
            WITH CHECK (municipality_id = {TENANT} AND state = 'joined' AND coalitions_founded_here(coalition_id));
        CREATE POLICY {PARTIES}_invite ON {PARTIES} FOR INSERT
            WITH CHECK (state = 'invited' AND invited_by = {TENANT} AND joined_at IS NULL
                AND consented_by IS NULL AND left_at IS NULL
                AND coalitions_standing(coalition_id) = 'joined');
        CREATE POLICY {PARTIES}_own ON {PARTIES} FOR UPDATE
            USING (municipality_id = {TENANT} AND state IN ('invited', 'joined'))
            WITH CHECK (municipality_id = {TENANT} AND state IN ('joined', 'left'));
        CREATE POLICY {PARTIES}_reinvite ON {PARTIES} FOR UPDATE
            USING (state = 'left' AND coalitions_standing(coalition_id) = 'joined')
            WITH CHECK (state = 'invited' AND invited_by = {TENANT});
        CREATE FUNCTION coalitions_party_moves() RETURNS trigger
        LANGUAGE plpgsql SET search_path = public, pg_temp AS $fn$
        BEGIN
            -- Invited → joined or left; joined → left; left → invited again. Who invited and
            -- when changes only with a new invitation.
            IF NOT ((OLD.state = 'invited' AND NEW.state IN ('joined', 'left'))
                    OR (OLD.state = 'joined' AND NEW.state = 'left')
                    OR (OLD.state = 'left' AND NEW.state = 'invited')) THEN
                RAISE EXCEPTION 'a party of a coalition cannot move from % to %', OLD.state, NEW.state;
            END IF;
            IF NEW.state <> 'invited'
               AND (NEW.invited_by <> OLD.invited_by OR NEW.invited_at <> OLD.invited_at) THEN
                RAISE EXCEPTION 'only a new invitation changes who invited a party';
            END IF;
            RETURN NEW;
        END
        $fn$;
        CREATE TRIGGER coalitions_party_moves BEFORE UPDATE ON {PARTIES}
            FOR EACH ROW EXECUTE FUNCTION coalitions_party_moves();
        CREATE FUNCTION coalitions_offboarded() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
        BEGIN
            UPDATE {PARTIES} SET state = 'left', left_at = now(), version = version + 1
             WHERE municipality_id = NEW.id AND state <> 'left';
            RETURN NEW;
        END
        $fn$;
        REVOKE ALL ON FUNCTION coalitions_offboarded() FROM PUBLIC;
        CREATE TRIGGER coalitions_offboarded AFTER UPDATE OF offboarded_at ON tenancy_tenants
            FOR EACH ROW WHEN (NEW.offboarded_at IS NOT NULL AND OLD.offboarded_at IS NULL)
            EXECUTE FUNCTION coalitions_offboarded();
        ",
        app = crate::APP_ROLE,
    );
    script.push_str(&sql::grant(
        COALITIONS,
        "SELECT, INSERT, UPDATE (name, area, description, updated_at, version)",
    ));
    script.push_str(&sql::grant(
        PARTIES,
        "SELECT, INSERT, UPDATE (state, invited_by, invited_at, joined_at, consented_by, left_at, version)",
    ));
    let records: [(&str, &str); 3] = [
        (
            MEMBERS,
            "institution, kind, contact_person, phone, email, joined_on, left_on",
        ),
        (MEETINGS, "held_on, place, agenda, participants, minutes"),
        (
            ACTIONS,
            "title, description, starts_on, ends_on, status, lead_member_id",
        ),
    ];
    // The records of a coalition: its joined municipalities only, each writing as itself.
    for (table, columns) in records {
        script.push_str(&format!(
            "ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;
            ALTER TABLE {table} FORCE ROW LEVEL SECURITY;
            CREATE POLICY {table}_see ON {table} FOR SELECT
                USING (coalitions_standing(coalition_id) = 'joined');
            CREATE POLICY {table}_record ON {table} FOR INSERT
                WITH CHECK (coalitions_standing(coalition_id) = 'joined' AND recorded_by = {TENANT});
            CREATE POLICY {table}_change ON {table} FOR UPDATE
                USING (coalitions_standing(coalition_id) = 'joined')
                WITH CHECK (coalitions_standing(coalition_id) = 'joined');\n"
        ));
        script.push_str(&sql::grant(
            table,
            &format!("SELECT, INSERT, UPDATE ({columns}, updated_at, version)"),
        ));
    }
    script.push_str(&sql::tenant_tables(&[LINKS], "SELECT, INSERT, DELETE"));
    // A link names an action of a coalition the municipality joined (a foreign key alone would
    // accept any coalition's, unseen).
    script.push_str(&format!(
        "CREATE POLICY {LINKS}_joined ON {LINKS} AS RESTRICTIVE FOR INSERT
            WITH CHECK (EXISTS (SELECT 1 FROM {ACTIONS} a WHERE a.id = action_id));\n"
    ));
    script
}

const SQLITE: &str = "CREATE TRIGGER coalitions_offboarded AFTER UPDATE OF offboarded_at ON tenancy_tenants
    FOR EACH ROW WHEN NEW.offboarded_at IS NOT NULL AND OLD.offboarded_at IS NULL
    BEGIN
        UPDATE coalitions_parties SET state = 'left', left_at = CURRENT_TIMESTAMP, version = version + 1
         WHERE municipality_id = NEW.id AND state <> 'left';
    END;";

/// The columns every record of a coalition has: its coalition, its ID, the municipality that
/// recorded it, when, and its version.
fn record(table: &'static str) -> TableCreateStatement {
    Table::create()
        .table(table)
        .col(uuid("id"))
        .col(uuid("coalition_id"))
        .col(uuid("recorded_by"))
        .col(timestamp("created_at"))
        .col(timestamp("updated_at"))
        .col(version())
        .primary_key(&mut sql::primary_key(table, &["id"]))
        .foreign_key(&mut sql::foreign_key(
            table,
            &["coalition_id"],
            COALITIONS,
            &["id"],
        ))
        .foreign_key(&mut sql::foreign_key(
            table,
            &["recorded_by"],
            "tenancy_tenants",
            &["id"],
        ))
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let coalitions = Table::create()
            .table(COALITIONS)
            .col(uuid("id"))
            .col(text("name"))
            .col(text("area"))
            .col(text_null("description"))
            .col(uuid("founded_by"))
            .col(timestamp("created_at"))
            .col(timestamp("updated_at"))
            .col(version())
            .primary_key(&mut sql::primary_key(COALITIONS, &["id"]))
            .foreign_key(&mut sql::foreign_key(
                COALITIONS,
                &["founded_by"],
                "tenancy_tenants",
                &["id"],
            ))
            .to_owned();
        let parties = Table::create()
            .table(PARTIES)
            .col(uuid("coalition_id"))
            .col(uuid("municipality_id"))
            .col(text("state"))
            .col(uuid("invited_by"))
            .col(timestamp("invited_at"))
            .col(sql::timestamp_null("joined_at"))
            .col(sql::uuid_null("consented_by"))
            .col(sql::timestamp_null("left_at"))
            .col(version())
            .primary_key(&mut sql::primary_key(
                PARTIES,
                &["coalition_id", "municipality_id"],
            ))
            .foreign_key(&mut sql::foreign_key(
                PARTIES,
                &["coalition_id"],
                COALITIONS,
                &["id"],
            ))
            .foreign_key(&mut sql::foreign_key(
                PARTIES,
                &["municipality_id"],
                "tenancy_tenants",
                &["id"],
            ))
            .foreign_key(&mut sql::foreign_key(
                PARTIES,
                &["invited_by"],
                "tenancy_tenants",
                &["id"],
            ))
            .to_owned();
        let members = record(MEMBERS)
            .index(&mut sql::unique(MEMBERS, &["coalition_id", "id"]))
            .col(text("institution"))
            .col(text("kind"))
            .col(text_null("contact_person"))
            .col(text_null("phone"))
            .col(text_null("email"))
            .col(date("joined_on"))
            .col(date_null("left_on"))
            .to_owned();
        let meetings = record(MEETINGS)
            .col(date("held_on"))
            .col(text("place"))
            .col(text("agenda"))
            .col(integer_null("participants"))
            .col(text_null("minutes"))
            .to_owned();
        let actions = record(ACTIONS)
            .col(text("title"))
            .col(text_null("description"))
            .col(date("starts_on"))
            .col(date_null("ends_on"))
            .col(text("status"))
            .col(sql::uuid_null("lead_member_id"))
            // The lead is a member of the same coalition.
            .foreign_key(&mut sql::foreign_key(
                ACTIONS,
                &["coalition_id", "lead_member_id"],
                MEMBERS,
                &["coalition_id", "id"],
            ))
            .to_owned();
        let links = Table::create()
            .table(LINKS)
            .col(uuid("tenant_id"))
            .col(uuid("action_id"))
            .col(uuid("task_id"))
            .col(timestamp("created_at"))
            .primary_key(&mut sql::primary_key(
                LINKS,
                &["tenant_id", "action_id", "task_id"],
            ))
            .foreign_key(&mut sql::tenant_key(LINKS))
            .foreign_key(&mut sql::foreign_key(
                LINKS,
                &["action_id"],
                ACTIONS,
                &["id"],
            ))
            .foreign_key(&mut sql::tenant_reference(
                LINKS,
                "task_id",
                "strategy_tasks",
            ))
            .to_owned();
        sql::create(
            manager,
            vec![coalitions, parties, members, meetings, actions, links],
            vec![
                sql::index(
                    "coalitions_parties_municipality",
                    PARTIES,
                    &["municipality_id"],
                ),
                sql::index("coalitions_members_coalition", MEMBERS, &["coalition_id"]),
                sql::index(
                    "coalitions_meetings_coalition",
                    MEETINGS,
                    &["coalition_id", "held_on"],
                ),
                sql::index("coalitions_actions_coalition", ACTIONS, &["coalition_id"]),
                sql::index(
                    "coalitions_task_links_task",
                    LINKS,
                    &["tenant_id", "task_id"],
                ),
            ],
        )
        .await?;
        sql::run(manager, &postgres(), SQLITE).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::run(
            manager,
            "DROP TRIGGER coalitions_offboarded ON tenancy_tenants;
             DROP FUNCTION coalitions_offboarded();
             DROP TRIGGER coalitions_party_moves ON coalitions_parties;
             DROP FUNCTION coalitions_party_moves();",
            "DROP TRIGGER coalitions_offboarded;",
        )
        .await?;
        sql::drop(
            manager,
            &[LINKS, ACTIONS, MEETINGS, MEMBERS, PARTIES, COALITIONS],
        )
        .await?;
        sql::postgres_only(
            manager,
            "DROP FUNCTION coalitions_standing(uuid); DROP FUNCTION coalitions_founded_here(uuid);",
        )
        .await
    }
}
