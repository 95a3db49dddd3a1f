import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ApiProvider } from './api/ApiContext';
import { createApiClient, type ApiClient } from './api/client';
import { takeSessionToken } from './api/session-token';
import { httpTransport, ipcTransport } from './api/transports';
import { SessionExpired } from './components/SessionExpired';
import { registerGridModules } from './grids/setup';
import { initI18n } from './i18n';
import { clientMessages } from './i18n/error-text';
import './styles.css';

initI18n();
registerGridModules();

/** The transport is picked once: Electron's preload bridge if present, else browser mode over HTTP. */
function pickClient(): ApiClient | null {
  if (window.ledger) return createApiClient(ipcTransport(window.ledger, clientMessages), { messages: clientMessages });
  const token = takeSessionToken(window.location, window.sessionStorage, window.history);
  if (!token) return null;
  return createApiClient(httpTransport({ token, messages: clientMessages }), { messages: clientMessages });
}

const client = pickClient();
const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

createRoot(root).render(
  <StrictMode>
    {client ? (
      <ApiProvider client={client}>
        <App />
      </ApiProvider>
    ) : (
      <SessionExpired />
    )}
  </StrictMode>,
);
