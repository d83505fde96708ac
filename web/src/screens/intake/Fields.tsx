// The intake screens' fields: react-aria widgets with their label, hint and error tied to them.
import type { ReactNode } from "react";
import {
  Button,
  Checkbox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
  TextArea,
  TextField,
} from "react-aria-components";
import { texts } from "./texts.ts";

export const message = (code: string) => texts.errors[code] ?? texts.unknownError(code);

export function TextInput(props: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  problem?: string;
  hint?: string;
  type?: string;
  numeric?: boolean;
  multiline?: boolean;
  wide?: boolean;
}) {
  return (
    <TextField
      className={props.wide ? "field wide" : "field"}
      type={props.type ?? "text"}
      value={props.value}
      onChange={props.onChange}
      isInvalid={!!props.problem}
      inputMode={props.numeric ? "numeric" : undefined}
      autoComplete="off"
    >
      <Label>{props.label}</Label>
      {props.multiline ? <TextArea id={props.id} rows={5} /> : <Input id={props.id} />}
      {props.hint && (
        <Text slot="description" className="hint">
          {props.hint}
        </Text>
      )}
      <FieldError className="error">{message(props.problem ?? "")}</FieldError>
    </TextField>
  );
}

export function Choice(props: {
  id: string;
  label: string;
  placeholder?: string;
  options: Record<string, string>;
  value: string;
  onChange: (v: string) => void;
  problem?: string;
}) {
  return (
    <Select
      className="field"
      selectedKey={props.value || null}
      onSelectionChange={(k) => props.onChange(k == null ? "" : String(k))}
      isInvalid={!!props.problem}
      placeholder={props.placeholder}
    >
      <Label>{props.label}</Label>
      <Button className="select-button" id={props.id}>
        <SelectValue />
        <span aria-hidden="true"> ▾</span>
      </Button>
      <Popover className="popover">
        <ListBox className="listbox">
          {Object.entries(props.options).map(([id, name]) => (
            <ListBoxItem key={id} id={id} className="option">
              {name}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
      <FieldError className="error">{message(props.problem ?? "")}</FieldError>
    </Select>
  );
}

export function Flag(props: { label: string; value: boolean; onChange: (v: boolean) => void; id?: string }) {
  return (
    <Checkbox className="check" isSelected={props.value} onChange={props.onChange} id={props.id}>
      <Box>{props.label}</Box>
    </Checkbox>
  );
}

/** The visible box of a react-aria checkbox, then its label. */
export function Box({ children }: { children: ReactNode }) {
  return (
    <>
      <span className="box" aria-hidden="true" />
      {children}
    </>
  );
}

/** An announced list of the problems, each linked to its field. */
export function Summary({
  problems,
  failure,
  idOf,
  refObject,
}: {
  problems: [string, string][];
  failure: string;
  idOf: (path: string) => string;
  refObject: React.RefObject<HTMLDivElement | null>;
}) {
  return (
    <div ref={refObject} tabIndex={-1} role="alert" className={problems.length || failure ? "summary" : undefined}>
      {failure && <p>{failure}</p>}
      {problems.length > 0 && (
        <>
          <p>{texts.summary}</p>
          <ul>
            {problems.map(([path, code]) => (
              <li key={path}>
                <a href={`#${idOf(path)}`}>{message(code)}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
