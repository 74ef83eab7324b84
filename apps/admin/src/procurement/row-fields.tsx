// Controls for lists inside a form (award criteria, price tiers, requirements, scores):
// labelled, with their message tied to them, as forms/fields.tsx does for single fields. Dates
// are forms/date-fields.tsx's.
import { useId } from 'react';
import { describedBy, FieldFrame } from '../forms/fields';

export function PlainField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  inputMode?: 'numeric' | 'decimal' | 'text';
  required?: boolean;
  multiline?: boolean;
  id?: string;
  className?: string;
}) {
  const generated = useId();
  const id = props.id ?? generated;
  const ids = { control: id, hint: `${id}-hint`, error: `${id}-error` };
  const common = {
    id,
    className: 'field__input',
    value: props.value,
    'aria-required': props.required || undefined,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy(ids, Boolean(props.hint), Boolean(props.error)),
  };
  return (
    <FieldFrame
      ids={ids}
      label={props.label}
      hint={props.hint}
      required={props.required}
      message={props.error}
      className={props.className}
    >
      {props.multiline ? (
        <textarea {...common} rows={4} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={props.inputMode}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </FieldFrame>
  );
}
