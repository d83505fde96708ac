//! programmes: the other municipalities of its region a programme is run for (a county's
//! programme for perpetrators, a support group for several municipalities), named by the
//! municipality that describes it.

use sea_orm_migration::prelude::*;

use crate::sql::{self, uuid};

#[derive(DeriveMigrationName)]
pub struct Migration;

const SERVED: &str = "programmes_served";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let served = Table::create()
            .table(SERVED)
            .col(uuid("tenant_id"))
            .col(uuid("programme_id"))
            .col(uuid("municipality_id"))
            .primary_key(&mut sql::primary_key(
                SERVED,
                &["tenant_id", "programme_id", "municipality_id"],
            ))
            .foreign_key(&mut sql::tenant_reference(
                SERVED,
                "programme_id",
                "programmes_programmes",
            ))
            .foreign_key(&mut sql::foreign_key(
                SERVED,
                &["municipality_id"],
                "tenancy_tenants",
                &["id"],
            ))
            .to_owned();
        sql::create(manager, vec![served], vec![]).await?;
        sql::postgres_only(manager, &sql::tenant_tables(&[SERVED], "SELECT, INSERT")).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::drop(manager, &[SERVED]).await
    }
}
