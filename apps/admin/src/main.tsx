import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { Provider as GraphqlProvider } from 'urql';
import { createGraphqlClient } from './api/graphql-client';
import { useSession } from './auth/session';
import { createRouter } from './router';
import './styles.css';

const router = createRouter();

/** One GraphQL client per session: whatever one person's answers cached, the next never sees. */
function App() {
  const session = useSession();
  const token = session?.accessToken;
  const client = useMemo(() => createGraphqlClient(), [token]);
  return (
    <GraphqlProvider value={client}>
      <RouterProvider router={router} />
    </GraphqlProvider>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
