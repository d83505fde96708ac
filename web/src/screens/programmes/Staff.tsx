// The people running an edition, as the administrator names them: one row per person (chosen
// from the active staff who are not administrators) with their qualifications.
import { Button } from "react-aria-components";
import { useQuery } from "urql";
import { Choice, TextInput } from "../../components/fields.tsx";
import { graphql } from "../../gql/index.ts";
import { texts } from "./texts.ts";

const Choices = graphql(`
  query ProgrammeStaffChoices {
    users(first: 100) {
      edges {
        node {
          id
          displayName
          disabled
          roles
        }
      }
    }
  }
`);

export type StaffRow = { userId: string; qualifications: string };
export const emptyRow = (): StaffRow => ({ userId: "", qualifications: "" });

/** Problems of rows left empty, by the API's paths (`staff.0.userId`). */
export function rowProblems(rows: StaffRow[]): Record<string, string> {
  const found: Record<string, string> = {};
  rows.forEach((r, i) => {
    if (!r.userId) found[`staff.${i}.userId`] = "REQUIRED";
    if (!r.qualifications.trim()) found[`staff.${i}.qualifications`] = "REQUIRED";
  });
  return found;
}

/** A row's field name as the summary says it. */
export function rowLabel(path: string): string | undefined {
  const row = /^staff\.(\d+)\.(userId|qualifications)$/.exec(path);
  if (!row) return path === "staff" ? texts.staffPerson(1) : undefined;
  const n = Number(row[1]) + 1;
  return row[2] === "userId" ? texts.staffPerson(n) : texts.qualifications(n);
}

export function StaffRows(props: {
  prefix: string;
  rows: StaffRow[];
  onChange: (rows: StaffRow[]) => void;
  error: (path: string) => string | undefined;
  clear: (path: string) => void;
}) {
  const [{ data }] = useQuery({ query: Choices });
  // Who may run an edition: active staff, never the administrator (the server checks again).
  const choices = Object.fromEntries(
    (data?.users.edges ?? [])
      .map((e) => e.node)
      .filter((u) => !u.disabled && !u.roles.includes("TENANT_ADMIN"))
      .map((u) => [u.id, u.displayName]),
  );
  const { rows, onChange } = props;
  const set = (i: number, change: Partial<StaffRow>) => {
    onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
    for (const key of Object.keys(change)) props.clear(`staff.${i}.${key}`);
  };
  return (
    <>
      {rows.map((row, i) => (
        <fieldset key={i}>
          <legend>{texts.staffPerson(i + 1)}</legend>
          <Choice
            id={`${props.prefix}-staff-${i}-userId`}
            label={texts.staffPerson(i + 1)}
            placeholder={texts.choosePerson}
            options={choices}
            value={row.userId}
            onChange={(v) => set(i, { userId: v })}
            error={props.error(`staff.${i}.userId`)}
            required
          />
          <TextInput
            id={`${props.prefix}-staff-${i}-qualifications`}
            label={texts.qualifications(i + 1)}
            hint={texts.qualificationsHint}
            value={row.qualifications}
            onChange={(v) => set(i, { qualifications: v })}
            error={props.error(`staff.${i}.qualifications`)}
            required
          />
          {rows.length > 1 && (
            <Button className="button secondary" onPress={() => onChange(rows.filter((_, j) => j !== i))}>
              {texts.removeStaff(i + 1)}
            </Button>
          )}
        </fieldset>
      ))}
      <div className="actions">
        <Button className="button secondary" onPress={() => onChange([...rows, emptyRow()])}>
          {texts.addStaff}
        </Button>
      </div>
    </>
  );
}
