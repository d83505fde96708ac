//! tenancy: the server may re-wrap a municipality's data key (`ostoja keys rotate-master`
//! seals it again under the new master key). The key itself never changes here.

use sea_orm_migration::prelude::*;

use crate::sql;

#[derive(DeriveMigrationName)]
pub struct Migration;

const KEYS: &str = "tenancy_data_keys";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::postgres_only(manager, &sql::grant(KEYS, "UPDATE")).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        sql::postgres_only(manager, &sql::revoke(KEYS, "UPDATE")).await
    }
}
