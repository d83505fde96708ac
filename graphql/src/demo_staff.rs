//! The demo's staff member who records a municipality's demo data, as the principal the
//! services expect of a person doing it.

use identity::Login;
use kernel::principal::StaffPrincipal;
use kernel::{Error, Result, Role, TenantTx};

/// `login` of `tenant` acting in `role`, or `None` when the demo has no such person there.
pub async fn acting(
    tx: &TenantTx,
    tenant: &tenancy::Tenant,
    login: &str,
    role: Role,
) -> Result<Option<StaffPrincipal>> {
    let login = Login::parse(login).map_err(|_| Error::internal("demo login"))?;
    let Some(user) = identity::find_user_by_login(tx, &login).await? else {
        return Ok(None);
    };
    Ok(Some(StaffPrincipal {
        tenant: tenant.id,
        tenant_slug: tenant.slug.clone(),
        region: tenant.region_id,
        user: user.id,
        login: login.as_str().to_owned(),
        display_name: user.display_name,
        roles: [role].into_iter().collect(),
    }))
}
