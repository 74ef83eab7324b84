// On the vendor's product page, beside its leaflet draft: when the draft adds or replaces
// subprocessors of the published leaflet, the announcement GDPR art. 28(2) asks for, with the
// date it takes effect (at least 30 days ahead) and a confirmation, since it binds: every board
// with an agreement in force on the product is told at once. An announced draft says so
// instead, with the way to its change.
import {
  amsterdamDate,
  earliestEffectiveOn,
  SUBPROCESSOR_NOTICE_DAYS,
  subprocessorDiff,
} from '@regie/domain';
import {
  AnnounceSubprocessorChangeDocument,
  type SubprocessorChangeDetailFragment,
} from '@regie/graphql-client';
import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { outcome } from '../api/run-mutation';
import { DateField } from '../forms/date-fields';
import { formatDateInput, parseDateInput } from '../forms/date-input';
import { calendarDate } from '../forms/date-rules';
import { FormActions, SubmitButton } from '../forms/fields';
import { required, type Rule } from '../forms/rules';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { ConfirmDialog, type StepResult } from '../ui/confirm-dialog';
import { SubprocessorDiffTable, type ChangedSubprocessor } from './subprocessor-change-ui';
import './subprocessors.css';

/** Not before `earliest` (YYYY-MM-DD), with the API's own message for it. */
function notBeforeEarliest(earliest: string): Rule<string> {
  return (text) => {
    const date = parseDateInput(text);
    return date && date < earliest
      ? { key: 'subprocessorChange.tooSoon', params: { days: SUBPROCESSOR_NOTICE_DAYS } }
      : null;
  };
}

export function changePath(productId: string, changeId: string): string {
  return `/products/${productId}/subprocessor-changes/${changeId}`;
}

/** The draft's announcement, or the offer to announce it; nothing when there is none to make. */
export function AnnouncePanel(props: {
  product: { id: string; name: string; vendor: { id: string; name: string } };
  draft: { id: string; subprocessors: readonly ChangedSubprocessor[] };
  current: { subprocessors: readonly ChangedSubprocessor[] } | undefined;
  announced: SubprocessorChangeDetailFragment | undefined;
}) {
  const { t, formatDate } = useI18n();
  const { product, draft, announced } = props;
  if (announced)
    return (
      <div className="notice notice--info">
        <p>{t('subprocessors.announced.text', { date: formatDate(announced.effectiveOn) })}</p>
        <p>
          <Link to={changePath(product.id, announced.id)}>{t('subprocessors.announced.link')}</Link>
        </p>
      </div>
    );
  const diff = subprocessorDiff(props.current?.subprocessors ?? [], draft.subprocessors);
  if (diff.added.length === 0) return null;
  return <AnnounceForm product={product} draftId={draft.id} diff={diff} />;
}

function AnnounceForm(props: {
  product: { id: string; name: string; vendor: { id: string; name: string } };
  draftId: string;
  diff: { added: ChangedSubprocessor[]; removed: ChangedSubprocessor[] };
}) {
  const { t, formatDate } = useI18n();
  const navigate = useNavigate();
  const [, announce] = useMutation(AnnounceSubprocessorChangeDocument);
  const earliest = earliestEffectiveOn(amsterdamDate());
  const [effectiveOn, setEffectiveOn] = useState<string | null>(null);
  // Read by onDone right after run resolves, before a re-render: a ref, not state.
  const announced = useRef<SubprocessorChangeDetailFragment | null>(null);
  const form = useForm({
    initialValues: { effectiveOn: formatDateInput(earliest) },
    rules: { effectiveOn: [required, calendarDate, notBeforeEarliest(earliest)] },
  });
  const { product } = props;

  const run = async (): Promise<StepResult> => {
    const answer = await outcome(
      announce({ input: { leafletId: props.draftId, effectiveOn: effectiveOn ?? '' } }),
    );
    if (!answer.ok) return answer;
    announced.current = answer.data.announceSubprocessorChange;
    return { ok: true };
  };

  return (
    <section className="registry-section" aria-labelledby="announce-title">
      <h3 id="announce-title">{t('subprocessors.announce.title')}</h3>
      <p>{t('subprocessors.announce.intro')}</p>
      <SubprocessorDiffTable added={props.diff.added} removed={props.diff.removed} />
      <form
        noValidate
        onSubmit={form.onSubmit(async (values) => {
          setEffectiveOn(parseDateInput(values.effectiveOn));
        })}
      >
        <DateField
          form={form}
          name="effectiveOn"
          required
          label={t('subprocessors.announce.effectiveOn')}
          hint={t('subprocessors.announce.effectiveOnHint', { date: formatDate(earliest) })}
        />
        <FormActions>
          <SubmitButton busy={false} busyLabel={t('subprocessors.announce.busy')}>
            {t('subprocessors.announce.submit')}
          </SubmitButton>
        </FormActions>
      </form>
      <ConfirmDialog
        open={effectiveOn !== null}
        title={t('subprocessors.announce.confirmTitle')}
        binding={t('subprocessors.announce.confirmBinding', {
          vendor: product.vendor.name,
          product: product.name,
          date: effectiveOn ? formatDate(effectiveOn) : '',
        })}
        details={
          <p>
            {t('subprocessors.announce.confirmDetails', {
              date: effectiveOn ? formatDate(effectiveOn) : '',
            })}
          </p>
        }
        confirmLabel={t('subprocessors.announce.confirm', { vendor: product.vendor.name })}
        busyLabel={t('subprocessors.announce.busy')}
        onCancel={() => setEffectiveOn(null)}
        onConfirm={run}
        onDone={() => {
          const change = announced.current;
          setEffectiveOn(null);
          if (!change) return;
          void navigate(changePath(product.id, change.id), {
            state: {
              notice: t('subprocessors.announce.done', { count: change.notifiedBoardCount ?? 0 }),
            },
          });
        }}
      />
    </section>
  );
}
