import { useEffect, useRef, useState } from "react";
import { Button } from "react-aria-components";
import { useClient, useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import type { AdminUsersQuery, Role } from "../../gql/graphql.ts";
import { formatDateTime, plural } from "../../lib/format.ts";
import { outcomeOf, type Outcome } from "../card/actions.ts";
import {
  currentAfter,
  describeRoles,
  firstPage,
  grantableRoles,
  nextPage,
  pageNumber,
  previousPage,
  roleName,
  type Pages,
} from "./admin.ts";
import { FormAnswer, problemText } from "./FormAnswer.tsx";
import { texts } from "./texts.ts";
import { LoadError } from "../../components/lists.tsx";
import { Choice } from "../../components/fields.tsx";

const PAGE_SIZE = 20;

const Query = graphql(`
  query AdminUsers($first: Int!, $after: String) {
    users(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        login
        displayName
        email
        roles
        grantedRoles
        providerRoles
        disabled
        signsInWithProvider
        lastSignInAt
        version
      }
    }
  }
`);


const Grant = graphql(`
  mutation AdminGrantRole($input: UserRoleInput!) {
    grantRole(input: $input) {
      user {
        id
        version
        roles
        grantedRoles
        disabled
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const Revoke = graphql(`
  mutation AdminRevokeRole($input: UserRoleInput!) {
    revokeRole(input: $input) {
      user {
        id
        version
        roles
        grantedRoles
        disabled
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const Disable = graphql(`
  mutation AdminDisableUser($input: UserVersionInput!) {
    disableUser(input: $input) {
      user {
        id
        version
        roles
        grantedRoles
        disabled
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const Enable = graphql(`
  mutation AdminEnableUser($input: UserVersionInput!) {
    enableUser(input: $input) {
      user {
        id
        version
        roles
        grantedRoles
        disabled
      }
      userErrors {
        field
        code
      }
    }
  }
`);

type User = AdminUsersQuery["users"]["nodes"][number];

/** The municipality's staff, a page at a time, each with their roles and a way to change them. */
export function Users({ selfId, onChanged }: { selfId: string | null; onChanged: () => void }) {
  const [pages, setPages] = useState<Pages>(firstPage);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: Query,
    variables: { first: PAGE_SIZE, after: currentAfter(pages) },
  });
  const [announcement, setAnnouncement] = useState("");
  const reload = () => refetch({ requestPolicy: "network-only" });
  const users = data?.users.nodes ?? [];

  return (
    <>
      <p role="status" className="status-line">
        {fetching ? texts.loading : announcement}
      </p>
      {error && !fetching && (
        <LoadError text={texts.loadError} retry={texts.retry} onRetry={reload} />
      )}
      {users.length > 0 && (
        <div className="table-scroll">
          <table className="cards users">
            <caption className="visually-hidden">
              {texts.sections.users}, {texts.pageOf(pageNumber(pages))}
            </caption>
            <thead>
              <tr>
                <th scope="col">{texts.usersColumns.name}</th>
                <th scope="col">{texts.usersColumns.roles}</th>
                <th scope="col">{texts.usersColumns.status}</th>
                <th scope="col">{texts.usersColumns.lastSignIn}</th>
                <th scope="col">{texts.usersColumns.manage}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id}>
                  <th scope="row">
                    {u.displayName}
                    <br />
                    <span className="muted">{texts.login(u.login)}</span>
                    {u.email && (
                      <>
                        <br />
                        <span className="muted">{u.email}</span>
                      </>
                    )}
                  </th>
                  <td>
                    {u.roles.length === 0 ? (
                      texts.noRoles
                    ) : (
                      <ul className="plain">
                        {describeRoles(u).map((r) => (
                          <li key={r.role}>
                            {r.name}
                            {r.fromProvider && <span className="muted"> ({texts.fromProvider})</span>}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>{u.disabled ? <strong>{texts.disabled}</strong> : texts.active}</td>
                  <td>{u.lastSignInAt ? formatDateTime(u.lastSignInAt) : texts.neverSignedIn}</td>
                  <td>
                    <UserPanel
                      user={u}
                      self={u.id === selfId}
                      onDone={(message) => {
                        setAnnouncement(message);
                        onChanged();
                      }}
                      onReload={reload}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && (
        <div className="pager">
          <span>
            {texts.pageOf(pageNumber(pages))} ({plural(users.length, texts.userCount)})
          </span>
          {pageNumber(pages) > 1 && (
            <Button className="button secondary" onPress={() => setPages(previousPage)}>
              {texts.previousPage}
            </Button>
          )}
          {data.users.pageInfo.hasNextPage && data.users.pageInfo.endCursor && (
            <Button className="button secondary" onPress={() => setPages((p) => nextPage(p, data.users.pageInfo.endCursor!))}>
              {texts.nextPage}
            </Button>
          )}
        </div>
      )}
    </>
  );
}

type Change = { kind: "grant" | "revoke"; role: string } | { kind: "disable" } | { kind: "enable" };

/** One user's roles and account: grant, revoke, disable or enable, each with the user's version. */
function UserPanel({
  user,
  self,
  onDone,
  onReload,
}: {
  user: User;
  self: boolean;
  onDone: (message: string) => void;
  onReload: () => void;
}) {
  const client = useClient();
  const [open, setOpen] = useState(false);
  // The role picked stays picked through a refusal or a reload.
  const [role, setRole] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [reloaded, setReloaded] = useState(false);
  const grantable = grantableRoles(user.roles);
  const panelId = `user-panel-${user.id}`;
  const panel = useRef<HTMLDivElement>(null);
  // A revoked role's button goes when the list reloads: focus stays in the panel, not lost.
  const rolesShown = user.grantedRoles.join(",");
  useEffect(() => {
    if (open && document.activeElement === document.body) panel.current?.focus();
  }, [rolesShown, open]);

  const run = async (change: Change) => {
    // One change at a time; the buttons stay focusable while it is sent.
    if (sending) return;
    setSending(true);
    setReloaded(false);
    const input = { id: user.id, version: user.version };
    let result;
    if (change.kind === "grant") {
      const r = await client.mutation(Grant, { input: { ...input, role: change.role as Role } }).toPromise();
      result = { error: r.error, payload: r.data?.grantRole ?? null };
    } else if (change.kind === "revoke") {
      const r = await client.mutation(Revoke, { input: { ...input, role: change.role as Role } }).toPromise();
      result = { error: r.error, payload: r.data?.revokeRole ?? null };
    } else if (change.kind === "disable") {
      const r = await client.mutation(Disable, { input }).toPromise();
      result = { error: r.error, payload: r.data?.disableUser ?? null };
    } else {
      const r = await client.mutation(Enable, { input }).toPromise();
      result = { error: r.error, payload: r.data?.enableUser ?? null };
    }
    setSending(false);
    const next = outcomeOf(result);
    setOutcome(next);
    if (next.kind !== "done") return;
    if (change.kind === "grant") {
      setRole(null);
      onDone(texts.granted(roleName(change.role), user.displayName));
    } else if (change.kind === "revoke") onDone(texts.revoked(roleName(change.role), user.displayName));
    else if (change.kind === "disable") onDone(texts.disabledDone(user.displayName));
    else onDone(texts.enabledDone(user.displayName));
  };

  const problems = outcome?.kind === "refused" ? outcome.problems : {};
  const roleProblem = problems.role ?? problems.id;
  const granted = user.grantedRoles;

  return (
    <div className="user-panel">
      <Button
        className="button secondary"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onPress={() => setOpen(!open)}
      >
        {texts.manage(user.displayName)}
      </Button>
      {open && (
        <div
          id={panelId}
          ref={panel}
          tabIndex={-1}
          role="group"
          aria-label={texts.managePanel(user.displayName)}
          className="action-form"
        >
          <FormAnswer
            outcome={outcome}
            listed={{}}
            reloaded={reloaded}
            onReload={() => {
              onReload();
              setOutcome(null);
              setReloaded(true);
            }}
          />
          {grantable.length === 0 ? (
            <p>{texts.allRolesGranted}</p>
          ) : (
            <form
              aria-label={texts.grantTitle}
              className="inline-form"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                if (role) void run({ kind: "grant", role });
                else setOutcome({ kind: "refused", problems: { role: "REQUIRED" } });
              }}
            >
              <Choice
                label={texts.roleToGrant}
                placeholder={texts.chooseRole}
                options={Object.fromEntries(grantable.map((r) => [r, roleName(r)]))}
                value={role ?? ""}
                onChange={(v) => {
                  setRole(v || null);
                  setOutcome(null);
                }}
                error={roleProblem ? problemText(roleProblem) : undefined}
              />
              <Button type="submit" className="button primary">
                {sending ? texts.working : texts.grant}
              </Button>
            </form>
          )}
          <h3 className="small-heading">{texts.grantedTitle}</h3>
          {granted.length === 0 ? (
            <p>{texts.noGrantedRoles}</p>
          ) : (
            <ul className="plain revoke-list">
              {granted.map((r) => (
                <li key={r}>
                  <Button
                    className="button secondary"
                   
                    onPress={() => void run({ kind: "revoke", role: r })}
                  >
                    {texts.revoke(roleName(r))}
                  </Button>
                </li>
              ))}
            </ul>
          )}
          {!self && (
            <p>
              <Button
                className="button secondary"
               
                onPress={() => void run({ kind: user.disabled ? "enable" : "disable" })}
              >
                {user.disabled ? texts.enable : texts.disable}
              </Button>{" "}
              {!user.disabled && <span className="hint">{texts.disableHint}</span>}
            </p>
          )}
          <Button className="button secondary" onPress={() => setOpen(false)}>
            {texts.close}
          </Button>
        </div>
      )}
    </div>
  );
}
