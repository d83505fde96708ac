// The families a social worker works with (newest file first) and the form that opens a file.
import { useEffect, useState } from "react";
import { useQuery } from "urql";
import { LoadError } from "../../components/lists.tsx";
import { Paging } from "../../components/paging.tsx";
import { graphql } from "../../gql/index.ts";
import { formatDate, todayInPoland } from "../../lib/format.ts";
import { ROUTES, navigate } from "../../lib/route.ts";
import { FileForm } from "./FileForm.tsx";
import { contractAttention, type Attention } from "./form.ts";
import { texts } from "./texts.ts";

const FileList = graphql(`
  query FamilyFileList($after: String) {
    familyFiles(first: 20, after: $after) {
      nodes {
        id
        name
        openedOn
        members {
          firstName
        }
        help {
          occurredOn
        }
        blueCardIds
        contracts {
          endsOn
          reviewOn
          overdue
          outcome
        }
        closedOn
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export function FamiliesList() {
  // Cursors of the pages before this one, to go back; null is the first page.
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const after = pages[pages.length - 1] ?? null;
  const [{ data, fetching, error }, refetch] = useQuery({ query: FileList, variables: { after } });
  const [notice] = useState<string | null>(() => (window.history.state as { notice?: string } | null)?.notice ?? null);
  useEffect(() => {
    document.title = texts.documentTitle;
  }, []);
  const files = data?.familyFiles.nodes ?? [];
  const today = todayInPoland();
  const pageInfo = data?.familyFiles.pageInfo;
  return (
    <>
      <h1>{texts.title}</h1>
      <p className="muted">{texts.intro}</p>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      <p>
        <a className="button primary" href={ROUTES.newFamily}>
          {texts.newFile}
        </a>
      </p>
      <div aria-live="polite" className="status-line">
        {fetching ? texts.loading : ""}
      </div>
      {error && !fetching && (
        <LoadError text={texts.loadError} retry={texts.retry} onRetry={() => refetch({ requestPolicy: "network-only" })} />
      )}
      {data && files.length === 0 && <p>{texts.empty}</p>}
      {files.length > 0 && (
        <div className="table-scroll">
          <table className="cards">
            <caption className="visually-hidden">{texts.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.columns.name}</th>
                <th scope="col">{texts.columns.openedOn}</th>
                <th scope="col">{texts.columns.people}</th>
                <th scope="col">{texts.columns.help}</th>
                <th scope="col">{texts.columns.cards}</th>
                <th scope="col">{texts.columns.contract}</th>
                <th scope="col">{texts.columns.state}</th>
              </tr>
            </thead>
            <tbody>
              {files.map((f) => (
                <tr key={f.id}>
                  <th scope="row">
                    <a href={ROUTES.family(f.id)}>{f.name}</a>
                  </th>
                  <td>{formatDate(f.openedOn)}</td>
                  <td>{texts.people(f.members.length)}</td>
                  <td>{f.help[0] ? formatDate(f.help[0].occurredOn) : texts.noHelpYet}</td>
                  <td>{f.blueCardIds.length > 0 ? texts.hasCard : texts.noCard}</td>
                  <td>
                    <ContractState contracts={f.contracts} today={today} />
                  </td>
                  <td>{f.closedOn ? texts.closedState(formatDate(f.closedOn)) : texts.openState}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Paging pages={pages} setPages={setPages} pageInfo={pageInfo} previous={texts.previous} next={texts.next} />
    </>
  );
}

/** What the family's social contracts need: settling one past its end first, then the next
 * review, then the end of one in force. */
function ContractState({ contracts, today }: { contracts: readonly Attention[]; today: string }) {
  const said = contractAttention(contracts, today);
  if (!said) return <>{texts.noContract}</>;
  return said.urgent ? <strong>{said.text}</strong> : <>{said.text}</>;
}

/** `/rodziny/nowa`: the form that opens a family's file. */
export function FamilyFileForm() {
  useEffect(() => {
    document.title = texts.documentTitle;
  }, []);
  return (
    <>
      <p>
        <a href={ROUTES.families}>{texts.backToList}</a>
      </p>
      <h1>{texts.newTitle}</h1>
      <FileForm onDone={(id, name) => navigate(ROUTES.family(id), false, { notice: texts.opened(name) })} />
    </>
  );
}
