// @vitest-environment jsdom
// Pages and buttons only for the roles that may use them: a procurement officer who opens the
// verification page by its address reads who verifies and as whom they work, and sees no
// buttons; a sector body's reviewer gets the verdict buttons, on that page and on the
// attestation's own page. The viewer comes from a real urql client whose server answers `me`.
import { act, cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../i18n';
import { ViewerProvider } from '../layout/viewer';
import { AttestationPage } from '../registry/attestation-page';
import { VerificationPage } from '../registry/verification-page';
import { ProductFormPage } from '../registry/product-form-page';

type Role = string;

const attestation = {
  __typename: 'Attestation',
  id: 'att-1',
  type: 'ISO27001',
  issuer: 'Certificerende Instelling B.V.',
  issuedOn: '2025-01-01',
  validUntil: '2030-01-01',
  validity: 'VALID',
  visibility: 'PUBLIC',
  verification: 'UNVERIFIED',
  vendor: { __typename: 'Organisation', id: 'vendor-1', name: 'Leerwijs B.V.' },
  products: [],
  scope: 'Hosting en ontwikkeling',
  createdAt: '2025-01-02T10:00:00Z',
  documentSha256: 'ab'.repeat(32),
  verificationNote: null,
  document: {
    __typename: 'FileInfo',
    id: 'f1',
    filename: 'iso.pdf',
    size: 2048,
    url: '/api/files/f1',
  },
  supersedes: null,
  supersededBy: null,
};

/** A server that knows one person, with one membership, and one attestation. */
function server(kind: string, organisation: string, roles: Role[]) {
  const me = {
    __typename: 'User',
    id: 'u1',
    name: 'Anouk de Vries',
    email: 'anouk@example.nl',
    locale: 'NL',
    memberships: [
      {
        __typename: 'Membership',
        roles,
        organisation: { __typename: 'Organisation', id: 'org-1', name: organisation, kind },
      },
    ],
  };
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const { query } = JSON.parse(String(init?.body)) as { query: string };
    const data = query.includes('query Me')
      ? { me }
      : query.includes('query RegistryAttestations')
        ? {
            attestations: {
              __typename: 'AttestationConnection',
              totalCount: 1,
              pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
              edges: [{ __typename: 'AttestationEdge', cursor: 'c1', node: attestation }],
            },
          }
        : query.includes('query RegistryAttestation')
          ? { attestation }
          : query.includes('query RegistryAccessRequests')
            ? {
                attestationAccessRequests: {
                  __typename: 'AttestationAccessRequestConnection',
                  totalCount: 0,
                  pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
                  edges: [],
                },
              }
            : {};
    return new Response(JSON.stringify({ data }), {
      headers: { 'content-type': 'application/json' },
    });
  });
  return new Client({
    url: 'http://regie.test/graphql',
    exchanges: [fetchExchange],
    fetch,
    preferGetMethod: false,
  });
}

async function show(client: Client, path: string) {
  await act(async () => {
    render(
      <Provider value={client}>
        <MemoryRouter initialEntries={[path]}>
          <ViewerProvider fallback={() => <p>laden</p>}>
            <Routes>
              <Route path="/verification" element={<VerificationPage />} />
              <Route path="/attestations/:attestationId" element={<AttestationPage />} />
              <Route path="/products/new" element={<ProductFormPage />} />
            </Routes>
          </ViewerProvider>
        </MemoryRouter>
      </Provider>,
    );
  });
}

describe('pages and buttons for the roles that may use them', () => {
  afterEach(() => {
    cleanup();
    setLocale('nl');
  });

  it('tells a procurement officer who opens the verification page who verifies, with no buttons', async () => {
    await show(server('BOARD', 'Stichting Rivierenland', ['PROCUREMENT']), '/verification');
    await screen.findByRole('heading', { level: 1, name: 'Attesten verifiëren' });
    const note = screen.getByRole('note', { name: 'Deze pagina is niet voor jouw rol' });
    expect(note.textContent).toContain(
      'Dit kan alleen wie beoordelaar bij een sectororganisatie is. Je werkt nu voor Stichting Rivierenland als inkoper.',
    );
    expect(screen.queryByRole('button', { name: /Verifiëren/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Afwijzen/ })).toBeNull();
  });

  it('gives a reviewer the verdict buttons on the verification page', async () => {
    await show(server('SECTOR_BODY', 'Samen Digitaal', ['REVIEWER']), '/verification');
    await screen.findAllByRole('button', { name: /^Verifiëren.*Leerwijs B\.V\.$/ });
    expect(screen.getAllByRole('button', { name: /^Afwijzen.*Leerwijs B\.V\.$/ })).not.toHaveLength(
      0,
    );
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('lets a reviewer verify or reject on the attestation’s own page, and nobody else', async () => {
    await show(server('SECTOR_BODY', 'Samen Digitaal', ['REVIEWER']), '/attestations/att-1');
    await screen.findByRole('heading', { level: 2, name: 'Verifiëren of afwijzen' });
    expect(
      screen.getAllByRole('button', { name: /^Verifiëren.*Leerwijs B\.V\.$/ }),
    ).not.toHaveLength(0);
    cleanup();

    await show(server('SECTOR_BODY', 'Samen Digitaal', ['NEGOTIATOR']), '/attestations/att-1');
    await screen.findByText('Certificerende Instelling B.V.');
    expect(screen.queryByRole('heading', { name: 'Verifiëren of afwijzen' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Verifiëren/ })).toBeNull();
  });

  it('shows a board the explanation, not the form, at the address for a new product', async () => {
    setLocale('en');
    await show(server('BOARD', 'Stichting Rivierenland', ['PRIVACY_OFFICER']), '/products/new');
    await screen.findByRole('note', { name: 'This page is not for your role' });
    expect(screen.getByRole('note').textContent).toContain(
      'Only someone who is editor or administrator at a vendor can do this. You are working for Stichting Rivierenland as data protection officer.',
    );
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
