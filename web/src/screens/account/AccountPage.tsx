import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button, Label, Radio, RadioGroup, Text } from "react-aria-components";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import type { FormOfAddress } from "../../gql/graphql.ts";
import { rolesSaid } from "../../lib/roles.ts";
import { texts } from "./texts.ts";

const AccountQuery = graphql(`
  query Account {
    viewer {
      roles
      displayName
      user {
        id
        login
        displayName
        formOfAddress
        version
      }
    }
  }
`);

const SetFormOfAddress = graphql(`
  mutation SetMyFormOfAddress($input: SetMyFormOfAddressInput!) {
    setMyFormOfAddress(input: $input) {
      user {
        id
        formOfAddress
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const NONE = "NONE";

/** The signed-in person's account: who they are, their roles, and how they are addressed. */
export function AccountPage() {
  const [{ data, error }, refetch] = useQuery({ query: AccountQuery });
  const [{ fetching }, save] = useMutation(SetFormOfAddress);
  const user = data?.viewer.user;
  const [choice, setChoice] = useState<string | null>(null);
  const [answer, setAnswer] = useState<string | null>(null);
  // The version the last save returned, ahead of the query's refetch: a second save at once
  // is not refused as a conflict with one's own first.
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const answerRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    document.title = texts.documentTitle;
  }, []);
  useEffect(() => {
    if (answer) answerRef.current?.focus();
  }, [answer]);

  if (error && !data) return <p role="alert">{texts.loadError}</p>;
  if (!data || !user) return <p role="status">{texts.loading}</p>;
  const current = choice ?? user.formOfAddress ?? NONE;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const form = current === NONE ? null : (current as FormOfAddress);
    const version = Math.max(savedVersion ?? 0, user.version);
    const result = await save({ input: { formOfAddress: form, version } });
    const saved = result.data?.setMyFormOfAddress.user;
    const codes = (result.error?.graphQLErrors ?? []).map((g) => g.extensions?.code);
    if (saved) {
      setSavedVersion(saved.version);
      setAnswer(texts.saved(rolesSaid(data.viewer.roles, saved.formOfAddress)));
      // The header names the roles anew.
      refetch({ requestPolicy: "network-only" });
    } else {
      setAnswer(codes.includes("CONFLICT") ? texts.conflict : texts.failed);
    }
  };
  return (
    <>
      <h1>{texts.title}</h1>
      <dl className="facts">
        <dt>{texts.name}</dt>
        <dd>{user.displayName}</dd>
        <dt>{texts.login}</dt>
        <dd>{user.login}</dd>
        <dt>{texts.roles}</dt>
        <dd>{rolesSaid(data.viewer.roles, user.formOfAddress) || texts.noRoles}</dd>
      </dl>
      <p role="status" ref={answerRef} tabIndex={-1} className={answer ? "notice" : undefined}>
        {answer}
      </p>
      <form onSubmit={submit} aria-label={texts.formLabel}>
        <RadioGroup className="checks" value={current} onChange={setChoice}>
          <Label className="group-label">{texts.formLabel}</Label>
          <Text slot="description" className="hint">
            {texts.formHint}
          </Text>
          {Object.entries(texts.forms).map(([id, name]) => (
            <Radio key={id} value={id} className="check">
              <span className="box round" aria-hidden="true" />
              {name}
            </Radio>
          ))}
        </RadioGroup>
        <div className="actions">
          <Button type="submit" className="button primary" isDisabled={fetching}>
            {fetching ? texts.sending : texts.save}
          </Button>
        </div>
      </form>
    </>
  );
}
