// The one urql client of the admin. Headers are computed per request, so a locale switch or a
// sign-in (a token put in sessionStorage) applies to the next request without a new client.
import { Client, cacheExchange, fetchExchange } from 'urql';
import { getLocale } from './i18n';

export const tokenStorageKey = 'regie.token';

function readToken(): string | null {
  try {
    return sessionStorage.getItem(tokenStorageKey);
  } catch {
    return null;
  }
}

export function requestHeaders(): Record<string, string> {
  const headers: Record<string, string> = { 'Accept-Language': getLocale() };
  const token = readToken();
  if (token) headers['Authorization'] = `Bearer ${token}`;
  return headers;
}

export function createGraphqlClient(url = '/graphql'): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    // urql would send small queries as GET; the API expects POST (and CSRF rules favour it).
    preferGetMethod: false,
    fetchOptions: () => ({ headers: requestHeaders() }),
  });
}

export const graphqlClient = createGraphqlClient();
