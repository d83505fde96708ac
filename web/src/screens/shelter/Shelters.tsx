import { useEffect, useState, type FormEvent } from "react";
import { Button, FieldError, Input, Label, TextField } from "react-aria-components";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import type { SheltersQuery } from "../../gql/graphql.ts";
import { formatDateTime } from "../../lib/format.ts";
import { texts } from "./texts.ts";

const Query = graphql(`
  query Shelters {
    viewer {
      roles
      municipality {
        name
      }
    }
    shelterPoints {
      id
      name
      published
      shelterPlaces {
        free
        updatedAt
        shownToPublic
      }
    }
  }
`);

const Update = graphql(`
  mutation UpdateShelterPlaces($input: UpdateShelterPlacesInput!) {
    updateShelterPlaces(input: $input) {
      helpPoint {
        id
        shelterPlaces {
          free
          updatedAt
          shownToPublic
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

type Point = SheltersQuery["shelterPoints"][number];

/** The free shelter places of the municipality's points; directory editors update them here. */
export function Shelters() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: Query });
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => {
    document.title = texts.documentTitle;
  }, []);
  const forbidden = error?.graphQLErrors.some((e) => e.extensions?.code === "FORBIDDEN") ?? false;
  const roles = data?.viewer.roles ?? [];
  const editor = roles.includes("DIRECTORY_EDITOR") || roles.includes("TENANT_ADMIN");
  const points = data?.shelterPoints ?? [];

  return (
    <>
      <h1>{texts.title}</h1>
      {data?.viewer.municipality && <p className="muted">{texts.municipality(data.viewer.municipality.name)}</p>}
      <p>{texts.intro}</p>
      <p role="status" className="status-line">
        {fetching ? texts.loading : announcement}
      </p>
      {forbidden ? (
        <p role="alert">{texts.forbidden}</p>
      ) : error && !fetching ? (
        <p role="alert">
          {texts.loadError}{" "}
          <Button className="button secondary" onPress={() => refetch({ requestPolicy: "network-only" })}>
            {texts.retry}
          </Button>
        </p>
      ) : null}
      {data && points.length === 0 && <p>{texts.empty}</p>}
      {points.length > 0 && (
        <div className="table-scroll">
          <table className="cards">
            <caption className="visually-hidden">{texts.title}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.columns.point}</th>
                <th scope="col">{texts.columns.free}</th>
                <th scope="col">{texts.columns.counted}</th>
                <th scope="col">{texts.columns.shown}</th>
                {editor && <th scope="col">{texts.columns.update}</th>}
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    {p.name} {p.published === false && <span className="muted">{texts.draft}</span>}
                  </th>
                  <td>{p.shelterPlaces ? texts.free(p.shelterPlaces.free) : texts.notCounted}</td>
                  <td>{p.shelterPlaces ? formatDateTime(p.shelterPlaces.updatedAt) : "—"}</td>
                  <td>{p.shelterPlaces ? (p.shelterPlaces.shownToPublic ? texts.yes : texts.no) : "—"}</td>
                  {editor && (
                    <td>
                      <CountForm point={p} onSaved={setAnnouncement} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** One step: the places free now; the server's refusal is shown on the field. */
function CountForm({ point, onSaved }: { point: Point; onSaved: (message: string) => void }) {
  const [value, setValue] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, update] = useMutation(Update);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = value.trim();
    if (!/^-?\d+$/.test(trimmed)) {
      setProblem(texts.notANumber);
      return;
    }
    const free = Number(trimmed);
    const result = await update({ input: { id: point.id, freePlaces: free } });
    const payload = result.data?.updateShelterPlaces;
    if (!payload) {
      setProblem(texts.saveFailed);
      return;
    }
    if (payload.userErrors.length > 0) {
      // The only field is the count: its refusal (negative, too many) reads as the rule.
      setProblem(texts.notANumber);
      return;
    }
    setProblem(null);
    setValue("");
    onSaved(texts.saved(point.name, free));
  };

  return (
    <form className="count-form" onSubmit={(e) => void submit(e)} noValidate>
      <TextField
        className="field"
        value={value}
        onChange={(v) => {
          setValue(v);
          setProblem(null);
        }}
        isInvalid={problem !== null}
        inputMode="numeric"
      >
        <Label className="visually-hidden">{texts.newCount(point.name)}</Label>
        <Input size={4} />
        <FieldError className="error">{problem}</FieldError>
      </TextField>
      <Button type="submit" className="button secondary" isDisabled={fetching}>
        {fetching ? texts.saving : texts.save}
      </Button>
    </form>
  );
}
