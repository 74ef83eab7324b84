// The one urql client of the admin. Headers are computed per request, so a locale switch or a
// sign-in applies to the next request without a new client. An UNAUTHENTICATED answer to a
// request made while signed in means the sign-in has ended: the session store hears it, and the
// signed-in layout sends the person to the sign-in page, keeping where they were.
import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import { getLocale } from '../i18n';
import { isUnauthenticated } from './api-problem';
import { endSession, getAccessToken, getSession } from '../auth/session';

export function requestHeaders(): Record<string, string> {
  const headers: Record<string, string> = { 'Accept-Language': getLocale() };
  const token = getAccessToken();
  if (token) headers['Authorization'] = `Bearer ${token}`;
  return headers;
}

export function createGraphqlClient(url = '/graphql'): Client {
  return new Client({
    url,
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error) {
          // Without a session an UNAUTHENTICATED is a failed sign-in, which its form shows.
          if (isUnauthenticated(error) && getSession()) endSession('expired');
        },
      }),
      fetchExchange,
    ],
    // urql would send small queries as GET; the API expects POST (and CSRF rules favour it).
    preferGetMethod: false,
    fetchOptions: () => ({ headers: requestHeaders() }),
  });
}

export const graphqlClient = createGraphqlClient();
