// The GraphQL documents of the comparison, Regie's and PostGraphile's side by side. Both
// ask for the same rows: a page of vendors by name (then id), each with its products by
// name (then id) and the attestations the viewer may see (DOMAIN.md: PUBLIC to everyone,
// SECTOR to boards and sector bodies and to the vendor itself, RESTRICTED's metadata to
// everyone). Regie decides that from the viewer's memberships; PostGraphile, which runs
// without row-level security, is told it by the query's conditions.

/** The vendor list of a procurement officer: the 50-vendor nested read. */
export const REGIE_VENDOR_PAGE = /* GraphQL */ `
  query BenchVendorPage($first: Int!, $after: String) {
    vendors(first: $first, after: $after) {
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          name
          country
          website
          products {
            id
            name
            category
            description
            sectors
          }
          attestations {
            id
            type
            issuer
            validUntil
            visibility
            verification
          }
        }
      }
    }
  }
`;

const PG_PRODUCTS = `productsByVendorId(orderBy: [NAME_ASC, ROW_ID_ASC]) {
            nodes { rowId name category description sectors }
          }`;
const PG_ATTESTATION_FIELDS = `nodes { rowId type issuer validUntil visibility verification }`;
const PG_ATTESTATION_ORDER = `orderBy: [VALID_UNTIL_DESC, ROW_ID_ASC]`;

function pgVendorPage(attestations: string, extraVariables = ''): string {
  return /* GraphQL */ `
  query BenchVendorPage($first: Int!, $after: Cursor${extraVariables}) {
    allOrganisations(first: $first, after: $after, condition: { kind: VENDOR }, orderBy: [NAME_ASC, ROW_ID_ASC]) {
      pageInfo { endCursor hasNextPage }
      edges {
        cursor
        node {
          rowId
          name
          country
          website
          ${PG_PRODUCTS}
          ${attestations}
        }
      }
    }
  }
`;
}

/** A board's or a sector body's page: they see every attestation. */
export const PG_VENDOR_PAGE_ALL = pgVendorPage(
  `attestationsByVendorId(${PG_ATTESTATION_ORDER}) { ${PG_ATTESTATION_FIELDS} }`,
);

/** A vendor's page: PUBLIC and RESTRICTED ones, and its own SECTOR ones ($own). */
export const PG_VENDOR_PAGE_VENDOR = pgVendorPage(
  `public: attestationsByVendorId(condition: { visibility: PUBLIC }, ${PG_ATTESTATION_ORDER}) { ${PG_ATTESTATION_FIELDS} }
          restricted: attestationsByVendorId(condition: { visibility: RESTRICTED }, ${PG_ATTESTATION_ORDER}) { ${PG_ATTESTATION_FIELDS} }
          own: attestationsByVendorId(condition: { visibility: SECTOR, vendorId: $own }, ${PG_ATTESTATION_ORDER}) { ${PG_ATTESTATION_FIELDS} }`,
  ', $own: UUID!',
);

/** The admin's vendor search (libs/graphql-client discovery.graphql, DiscoveryVendors). */
export const REGIE_VENDOR_SEARCH = /* GraphQL */ `
  query BenchVendorSearch($filter: VendorFilter, $first: Int, $after: String) {
    vendors(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          name
          country
          website
          products {
            id
            name
            category
            description
            sectors
          }
        }
      }
    }
  }
`;

/** The admin's agreement list (agreements.graphql, AgreementsList with AgreementsRow). */
export const REGIE_AGREEMENT_PAGE = /* GraphQL */ `
  query BenchAgreementPage($filter: AgreementFilter, $first: Int, $after: String) {
    agreements(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          status
          source
          modelVersion
          validFrom
          validUntil
          updatedAt
          version
          board {
            id
            name
          }
          vendor {
            id
            name
          }
          products {
            id
            name
          }
          signatures {
            party
          }
        }
      }
    }
  }
`;

/** The same page from PostGraphile, for one board ($board), newest first. */
export const PG_AGREEMENT_PAGE = /* GraphQL */ `
  query BenchAgreementPage($board: UUID!, $first: Int) {
    allAgreements(
      condition: { boardId: $board }
      orderBy: [CREATED_AT_DESC, ROW_ID_DESC]
      first: $first
    ) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          rowId
          status
          source
          modelVersion
          validFrom
          validUntil
          updatedAt
          version
          organisationByBoardId {
            rowId
            name
          }
          organisationByVendorId {
            rowId
            name
          }
          agreementProductsByAgreementId {
            nodes {
              productByProductId {
                rowId
                name
              }
            }
          }
          agreementSignaturesByAgreementId {
            nodes {
              party
            }
          }
        }
      }
    }
  }
`;

export const REGIE_LOGIN = /* GraphQL */ `
  mutation BenchLogin($input: LoginInput!) {
    login(input: $input) {
      accessToken
      user {
        id
        memberships {
          organisation {
            id
            kind
          }
          roles
        }
      }
    }
  }
`;
