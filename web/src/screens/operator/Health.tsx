// The deployment's health: the database and Redis as the server answering sees them, and the
// worker's last run of each job.
import { Button } from "react-aria-components";
import { useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import { formatDateTime } from "../../lib/format.ts";
import { Pending } from "./Pending.tsx";
import { texts } from "./texts.ts";

const Query = graphql(`
  query OperatorHealth {
    deploymentHealth {
      version
      database
      redis
      checkedAt
      jobs {
        job
        lastFinishedAt
        failed
        lastError
        lastSuccessAt
        lastDurationMs
        lastDone
        runs
        failures
      }
    }
  }
`);

export function Health() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: Query, requestPolicy: "network-only" });
  const health = data?.deploymentHealth;
  if (!health) {
    return <Pending error={fetching ? null : error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  }
  const state = (s: string) => texts.state[s] ?? s;
  return (
    <>
      <dl className="facts">
        <div>
          <dt>{texts.database}</dt>
          <dd data-state={health.database}>{state(health.database)}</dd>
        </div>
        <div>
          <dt>{texts.redis}</dt>
          <dd data-state={health.redis}>{state(health.redis)}</dd>
        </div>
      </dl>
      <p className="muted">
        {texts.version(health.version)} · {texts.checkedAt(formatDateTime(health.checkedAt))}
      </p>
      {health.jobs.length === 0 ? (
        <p>{texts.noJobs}</p>
      ) : (
        <div className="table-scroll">
          <table className="cards">
            <caption>{texts.jobsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.jobColumns.job}</th>
                <th scope="col">{texts.jobColumns.last}</th>
                <th scope="col">{texts.jobColumns.outcome}</th>
                <th scope="col">{texts.jobColumns.success}</th>
                <th scope="col">{texts.jobColumns.runs}</th>
              </tr>
            </thead>
            <tbody>
              {health.jobs.map((j) => (
                <tr key={j.job}>
                  <th scope="row">
                    {texts.jobNames[j.job] ?? j.job}
                    <br />
                    <span className="muted">{j.job}</span>
                  </th>
                  <td>{formatDateTime(j.lastFinishedAt)}</td>
                  <td>
                    {j.failed ? (
                      <>
                        <strong>{texts.jobFailed}</strong>
                        {j.lastError ? `: ${j.lastError}` : ""}
                      </>
                    ) : (
                      texts.jobOk(j.lastDone, j.lastDurationMs)
                    )}
                  </td>
                  <td>{j.lastSuccessAt ? formatDateTime(j.lastSuccessAt) : texts.never}</td>
                  <td>{texts.runs(j.runs, j.failures)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="actions">
        <Button className="button secondary" onPress={() => refetch({ requestPolicy: "network-only" })}>
          {texts.refresh}
        </Button>
      </div>
    </>
  );
}
