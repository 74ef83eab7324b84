// Adding a product, or changing one: name, kind, description, sectors and Edu-V data services.
import { EduvDataService, ProductCategory, Sector } from '@regie/domain';
import {
  RegistryCreateProductDocument,
  RegistryProductDocument,
  RegistryUpdateProductDocument,
  type ProductCategory as Category,
  type EduvDataService as DataService,
  type Sector as SectorValue,
} from '@regie/graphql-client';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { outcome } from '../api/run-mutation';
import { CheckboxGroup, FormActions, SelectField, SubmitButton, TextField } from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import { maxLength, required } from '../forms/rules';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { RoleGate } from '../auth/role-gate';
import { PageHeading } from '../layout/page-heading';
import { NotFoundPage } from '../not-found-page';
import { DataState } from '../ui/data-state';
import { TextAreaField } from '../forms/fields';
import { useCurrentVendor } from './registry-ui';
import './registry.css';

type ProductValues = {
  name: string;
  category: string;
  description: string;
  sectors: string[];
  dataServices: string[];
};

const empty: ProductValues = {
  name: '',
  category: '',
  description: '',
  sectors: [],
  dataServices: [],
};

export function ProductFormPage() {
  const productId = useParams().productId;
  const [result, reexecute] = useQuery({
    query: RegistryProductDocument,
    variables: { id: productId ?? '' },
    pause: !productId,
  });
  const { t } = useI18n();
  if (!productId)
    return (
      <RoleGate operation="createProduct" title={t('registry.product.createTitle')}>
        <ProductForm initial={empty} />
      </RoleGate>
    );
  const product = result.data?.product;
  if (result.data && !product) return <NotFoundPage />;
  return (
    <DataState
      fetching={result.fetching}
      error={result.error}
      hasData={Boolean(product)}
      retry={() => reexecute({ requestPolicy: 'network-only' })}
    >
      {product && (
        <RoleGate
          operation="updateProduct"
          organisationId={product.vendor.id}
          title={t('registry.product.editTitle', { name: product.name })}
        >
          <ProductForm
            productId={product.id}
            productName={product.name}
            initial={{
              name: product.name,
              category: product.category,
              description: product.description ?? '',
              sectors: [...product.sectors],
              dataServices: [...product.dataServices],
            }}
            reload={() => reexecute({ requestPolicy: 'network-only' })}
          />
        </RoleGate>
      )}
    </DataState>
  );
}

function ProductForm(props: {
  productId?: string;
  productName?: string;
  initial: ProductValues;
  reload?: () => void;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const vendor = useCurrentVendor();
  const [, create] = useMutation(RegistryCreateProductDocument);
  const [, update] = useMutation(RegistryUpdateProductDocument);
  const form = useForm<ProductValues>({
    initialValues: props.initial,
    rules: {
      name: [required, maxLength(200)],
      category: [required],
      description: [maxLength(2000)],
    },
  });
  const editing = Boolean(props.productId);
  const title = editing
    ? t('registry.product.editTitle', { name: props.productName ?? '' })
    : t('registry.product.createTitle');

  const submit = form.onSubmit(async (values) => {
    const fields = {
      name: values.name.trim(),
      category: values.category as Category,
      description: values.description.trim() || null,
      sectors: values.sectors as SectorValue[],
      dataServices: values.dataServices as DataService[],
    };
    if (props.productId) {
      const answer = await outcome(update({ id: props.productId, input: fields }));
      if (!answer.ok) return answer.problem;
      navigate(`/products/${props.productId}`, {
        state: { notice: t('registry.product.saved') },
      });
      return null;
    }
    const answer = await outcome(create({ input: { ...fields, vendorId: vendor?.id ?? '' } }));
    if (!answer.ok) return answer.problem;
    navigate(`/products/${answer.data.createProduct.id}`, {
      state: { notice: t('registry.product.created', { name: fields.name }) },
    });
    return null;
  });

  return (
    <>
      <PageHeading title={title} />
      <form className="form" noValidate onSubmit={submit}>
        <ProblemMessage
          problem={form.problem}
          details={form.otherFieldErrors}
          onReload={props.reload}
        />
        <TextField form={form} name="name" label={t('registry.product.name')} required />
        <SelectField
          form={form}
          name="category"
          label={t('registry.product.category')}
          required
          options={[
            { value: '', label: '' },
            ...Object.values(ProductCategory).map((value) => ({
              value,
              label: t(`productCategory.${value}`),
            })),
          ]}
        />
        <TextAreaField form={form} name="description" label={t('registry.product.description')} />
        <CheckboxGroup
          form={form}
          name="sectors"
          legend={t('registry.product.sectors')}
          options={Object.values(Sector).map((value) => ({
            value,
            label: t(`sector.${value}`),
          }))}
        />
        <CheckboxGroup
          form={form}
          name="dataServices"
          legend={t('registry.product.dataServices')}
          hint={t('registry.product.dataServicesHint')}
          options={Object.values(EduvDataService).map((value) => ({
            value,
            // Edu-V's own names, the same in every language.
            label: value.charAt(0) + value.slice(1).toLowerCase(),
          }))}
        />
        <FormActions>
          <SubmitButton busy={form.submitting} busyLabel={t('action.saving')}>
            {editing ? t('action.save') : t('registry.product.submitCreate')}
          </SubmitButton>
        </FormActions>
      </form>
    </>
  );
}
