import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider as GraphqlProvider } from 'urql';
import { App } from './App';
import { graphqlClient } from './graphql-client';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <GraphqlProvider value={graphqlClient}>
      <App />
    </GraphqlProvider>
  </StrictMode>,
);
