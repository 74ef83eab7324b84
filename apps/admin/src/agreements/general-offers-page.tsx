// General offers: a vendor's signatory publishes signed standing terms for products and can
// withdraw them; a board's FG or procurement officer accepts one, which creates the board's
// agreement for review. Everyone signed in sees the published offers.
import {
  AgreementsAcceptGeneralOfferDocument,
  AgreementsGeneralOffersDocument,
  AgreementsPublishGeneralOfferDocument,
  AgreementsVendorProductsDocument,
  AgreementsWithdrawGeneralOfferDocument,
  type AgreementsGeneralOfferFragment,
} from '@regie/graphql-client';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { ApiProblem } from '../api/api-problem';
import { outcome } from '../api/run-mutation';
import { may } from '../auth/permissions';
import { FileUploadField } from '../files/file-upload-field';
import { CheckboxGroup, FormActions, SubmitButton, TextField } from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import { required } from '../forms/rules';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { DataState } from '../ui/data-state';
import { usePager } from '../ui/pager';
import { Pagination } from '../ui/pagination';
import { Section } from './agreement-ui';

const pageSize = 25;

export function GeneralOffersPage() {
  const { t, formatList, formatDate } = useI18n();
  const { user, current } = useViewer();
  const navigate = useNavigate();
  const pager = usePager();
  const organisation = current?.organisation;
  const isVendor = organisation?.kind === 'VENDOR';
  const canPublish = isVendor && may(user, 'publishGeneralOffer', organisation.id);
  const canAccept =
    organisation?.kind === 'BOARD' && may(user, 'acceptGeneralOffer', organisation.id);
  const [result, reexecute] = useQuery({
    query: AgreementsGeneralOffersDocument,
    // A vendor sees its own offers, withdrawn ones included; a board sees every vendor's.
    variables: { vendorId: isVendor ? organisation.id : null, first: pageSize, after: pager.after },
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const [, accept] = useMutation(AgreementsAcceptGeneralOfferDocument);
  const [, withdraw] = useMutation(AgreementsWithdrawGeneralOfferDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const connection = result.data?.generalOffers;

  const onAccept = async (offer: AgreementsGeneralOfferFragment) => {
    if (!organisation) return;
    setProblem(null);
    const answer = await outcome(
      accept({ input: { boardId: organisation.id, generalOfferId: offer.id } }),
    );
    if (!answer.ok) return setProblem(answer.problem);
    navigate(`/agreements/${answer.data.acceptGeneralOffer.id}`);
  };
  const onWithdraw = async (offer: AgreementsGeneralOfferFragment) => {
    setProblem(null);
    setSaid(null);
    const answer = await outcome(withdraw({ id: offer.id }));
    if (!answer.ok) return setProblem(answer.problem);
    setSaid(t('agreements.offers.withdrawn'));
    reload();
  };

  return (
    <>
      <PageHeading title={t('agreements.offers.title')} />
      <p>{isVendor ? t('agreements.offers.introVendor') : t('agreements.offers.introBoard')}</p>
      <p role="status" className={said ? 'notice notice--success' : 'visually-hidden'}>
        {said ?? ''}
      </p>
      <ProblemMessage problem={problem} onReload={reload} />
      <DataState
        fetching={result.fetching}
        error={result.error}
        hasData={Boolean(connection)}
        retry={reload}
      >
        {connection && (
          <>
            <p>{t('agreements.offers.count', { count: connection.totalCount })}</p>
            {connection.edges.length === 0 ? (
              <p>{t('agreements.offers.none')}</p>
            ) : (
              <table className="table">
                <caption className="visually-hidden">{t('agreements.offers.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('agreements.offers.vendor')}</th>
                    <th scope="col">{t('agreements.offers.products')}</th>
                    <th scope="col">{t('agreements.offers.published')}</th>
                    <th scope="col">{t('agreements.offers.status')}</th>
                    <th scope="col">{t('agreements.offers.terms')}</th>
                    {(canAccept || canPublish) && <th scope="col">{t('table.actions')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {connection.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <th scope="row">{node.vendor.name}</th>
                      <td>{formatList(node.products.map((p) => p.name))}</td>
                      <td>{formatDate(node.publishedAt)}</td>
                      <td>{t(`agreements.offers.status${node.status}`)}</td>
                      <td>
                        <a href={node.terms.url} download={node.terms.filename}>
                          {t('agreements.offers.termsLink', { vendor: node.vendor.name })}
                        </a>
                      </td>
                      {(canAccept || canPublish) && (
                        <td>
                          {canAccept && node.status === 'PUBLISHED' && (
                            <button
                              type="button"
                              className="button"
                              aria-label={t('agreements.offers.acceptFor', {
                                vendor: node.vendor.name,
                              })}
                              onClick={() => void onAccept(node)}
                            >
                              {t('agreements.offers.accept')}
                            </button>
                          )}
                          {canPublish && node.status === 'PUBLISHED' && (
                            <button
                              type="button"
                              className="button button--danger-outline"
                              aria-label={t('agreements.offers.withdrawOf', {
                                date: formatDate(node.publishedAt),
                              })}
                              onClick={() => void onWithdraw(node)}
                            >
                              {t('agreements.offers.withdraw')}
                            </button>
                          )}
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <Pagination pager={pager} pageSize={pageSize} connection={connection} />
          </>
        )}
      </DataState>
      {canPublish && organisation && (
        <PublishOfferForm
          vendorId={organisation.id}
          onPublished={() => {
            setSaid(t('agreements.offers.published.done'));
            reload();
          }}
        />
      )}
    </>
  );
}

function PublishOfferForm(props: { vendorId: string; onPublished: () => void }) {
  const { t } = useI18n();
  const [products] = useQuery({
    query: AgreementsVendorProductsDocument,
    variables: { vendorId: props.vendorId },
  });
  const [, publish] = useMutation(AgreementsPublishGeneralOfferDocument);
  const form = useForm({
    initialValues: { productIds: [] as string[], modelVersion: '4.0', termsFileId: '' },
    rules: { productIds: [required], modelVersion: [required], termsFileId: [required] },
  });
  return (
    <Section id="publish-offer" title={t('agreements.offers.publishTitle')}>
      <form
        noValidate
        onSubmit={form.onSubmit(async (values) => {
          const result = await outcome(
            publish({
              input: {
                vendorId: props.vendorId,
                productIds: values.productIds,
                modelVersion: values.modelVersion.trim(),
                termsFileId: values.termsFileId,
              },
            }),
          );
          if (!result.ok) return result.problem;
          form.reset();
          props.onPublished();
        })}
      >
        <ProblemMessage problem={form.problem} details={form.otherFieldErrors} />
        <CheckboxGroup
          form={form}
          name="productIds"
          required
          legend={t('agreements.offers.products')}
          options={(products.data?.organisation?.products ?? []).map((p) => ({
            value: p.id,
            label: p.name,
          }))}
        />
        <TextField
          form={form}
          name="modelVersion"
          required
          label={t('agreements.create.modelVersion')}
        />
        <FileUploadField
          form={form}
          name="termsFileId"
          required
          label={t('agreements.offers.termsFile')}
          organisationId={props.vendorId}
        />
        <FormActions>
          <SubmitButton busy={form.submitting} busyLabel={t('action.saving')}>
            {t('agreements.offers.publish')}
          </SubmitButton>
        </FormActions>
      </form>
    </Section>
  );
}
