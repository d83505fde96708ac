import { Button } from "react-aria-components";
import { useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import { formatDateTime } from "../../lib/format.ts";
import { roleName } from "./admin.ts";
import { texts } from "./texts.ts";

// Never the client secret: the API has no field for it.
const Query = graphql(`
  query AdminIdentityProvider {
    identityProvider {
      issuer
      clientId
      scopes
      rolesClaim
      roleMapping {
        value
        role
      }
      allowedEmailDomains
      audience
      trustUnverifiedEmail
      updatedAt
    }
  }
`);

/** The municipality's single sign-on, read-only: the operator sets it. */
export function Identity() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: Query });
  if (!data) {
    return fetching ? (
      <p role="status">{texts.loading}</p>
    ) : error ? (
      <p role="alert">
        {texts.loadError}{" "}
        <Button className="button secondary" onPress={() => refetch({ requestPolicy: "network-only" })}>
          {texts.retry}
        </Button>
      </p>
    ) : null;
  }
  const idp = data.identityProvider;
  if (!idp) return <p>{texts.noProvider}</p>;
  const t = texts.identity;
  const list = (items: readonly string[]) => (items.length === 0 ? t.none : items.join(", "));
  return (
    <dl className="settings-list">
      <dt>{t.issuer}</dt>
      <dd>{idp.issuer}</dd>
      <dt>{t.clientId}</dt>
      <dd>{idp.clientId}</dd>
      <dt>{t.scopes}</dt>
      <dd>{list(idp.scopes)}</dd>
      <dt>{t.rolesClaim}</dt>
      <dd>{idp.rolesClaim}</dd>
      <dt>{t.roleMapping}</dt>
      <dd>
        {idp.roleMapping.length === 0 ? (
          t.none
        ) : (
          <ul className="plain">
            {idp.roleMapping.map((m) => (
              <li key={`${m.value}-${m.role}`}>{texts.mapping(m.value, roleName(m.role))}</li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{t.allowedEmailDomains}</dt>
      <dd>{idp.allowedEmailDomains.length === 0 ? t.anyDomain : idp.allowedEmailDomains.join(", ")}</dd>
      <dt>{t.audience}</dt>
      <dd>{idp.audience}</dd>
      <dt>{t.trustUnverifiedEmail}</dt>
      <dd>{idp.trustUnverifiedEmail ? t.yes : t.no}</dd>
      <dt>{t.updatedAt}</dt>
      <dd>{formatDateTime(idp.updatedAt)}</dd>
    </dl>
  );
}
