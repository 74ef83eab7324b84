// A form control the shared forms/ do not have, built the same way (label, hint, message tied
// together): a single yes/no box.
import { describedBy, FieldMessage } from '../forms/fields';
import type { FormState } from '../forms/use-form';

type BooleanKeys<V> = { [K in keyof V]: V[K] extends boolean ? K : never }[keyof V];

export function CheckboxField<V extends Record<string, unknown>>(props: {
  form: FormState<V>;
  name: BooleanKeys<V>;
  label: string;
}) {
  const { form, name } = props;
  const ids = form.ids(name);
  const message = form.error(name);
  return (
    <div className={`field${message ? ' field--invalid' : ''}`}>
      <label className="checkbox">
        <input
          id={ids.control}
          type="checkbox"
          name={String(name)}
          checked={Boolean(form.values[name])}
          aria-describedby={describedBy(ids, false, Boolean(message))}
          onChange={(event) => form.set(name, event.target.checked as V[typeof name])}
        />
        {props.label}
      </label>
      <FieldMessage id={ids.error} message={message} />
    </div>
  );
}
