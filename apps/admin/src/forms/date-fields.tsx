// The admin's two date fields, built like TextField (label, hint, message tied together):
// DateField for calendar dates (validity, issue date) and DateTimeField for moments typed on
// the Dutch clock (a discovery, a deadline). Both are text fields whose value is what the
// person typed; date-input.ts turns it into what the API takes, date-rules.ts checks it. The
// expected form is always in the hint, so that nobody has to guess the order.
import { useI18n } from '../i18n';
import { describedBy, FieldMessage } from './fields';
import './date-fields.css';
import type { FormState } from './use-form';

type StringKeys<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V];

interface DateFieldProps<V extends Record<string, unknown>> {
  form: FormState<V>;
  name: StringKeys<V>;
  label: string;
  /** What the date means for this field ("today or later"); the format follows it. */
  hint?: string;
  required?: boolean;
}

function DateText<V extends Record<string, unknown>>(
  props: DateFieldProps<V> & { format: string; className: string },
) {
  const { form, name } = props;
  const ids = form.ids(name);
  const message = form.error(name);
  return (
    <div className={`field${message ? ' field--invalid' : ''}`}>
      <label htmlFor={ids.control} className="field__label">
        {props.label}
        {props.required && <span className="field__required"> *</span>}
      </label>
      <p id={ids.hint} className="field__hint">
        {props.hint ? `${props.hint} ${props.format}` : props.format}
      </p>
      <input
        id={ids.control}
        name={String(name)}
        className={`field__input ${props.className}`}
        type="text"
        autoComplete="off"
        spellCheck={false}
        aria-required={props.required || undefined}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(ids, true, Boolean(message))}
        value={form.values[name] as string}
        onChange={(event) => form.set(name, event.target.value as V[typeof name])}
        onBlur={() => form.touch(name)}
      />
      <FieldMessage id={ids.error} message={message} />
    </div>
  );
}

/** A calendar date, typed "31-12-2027"; parseDateInput gives the API's YYYY-MM-DD. */
export function DateField<V extends Record<string, unknown>>(props: DateFieldProps<V>) {
  const { t } = useI18n();
  return <DateText {...props} format={t('field.dateFormat')} className="field__input--date" />;
}

/** A moment typed on the Dutch clock, "31-12-2027 14:30"; parseDateTimeInput gives the instant. */
export function DateTimeField<V extends Record<string, unknown>>(props: DateFieldProps<V>) {
  const { t } = useI18n();
  return (
    <DateText {...props} format={t('field.dateTimeFormat')} className="field__input--datetime" />
  );
}
