// The admin's two date fields, built like TextField (label, hint, message tied together):
// DateField for calendar dates (validity, issue date) and DateTimeField for moments typed on
// the Dutch clock (a discovery, a deadline). Both are text fields whose value is what the
// person typed; date-input.ts turns it into what the API takes, date-rules.ts checks it. The
// expected form is always in the hint, so that nobody has to guess the order.
import { useI18n } from '../i18n';
import { FieldFrame, textField, type FieldProps } from './fields';
import './date-fields.css';

interface DateFieldProps<V extends Record<string, unknown>> extends FieldProps<V> {
  /** What the date means for this field ("today or later"); the format follows it. */
  hint?: string;
}

function DateText<V extends Record<string, unknown>>(
  props: DateFieldProps<V> & { format: string; className: string },
) {
  const hint = props.hint ? `${props.hint} ${props.format}` : props.format;
  const { frame, control } = textField({ ...props, hint });
  return (
    <FieldFrame {...frame}>
      <input
        {...control}
        className={`field__input ${props.className}`}
        type="text"
        autoComplete="off"
        spellCheck={false}
      />
    </FieldFrame>
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
