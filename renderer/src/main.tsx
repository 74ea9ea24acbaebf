import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/600.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createApiClient } from '../../shared/api/client';
import { ApiProvider } from './api/api-context';
import { pickTransport } from './api/transport';
import { App } from './app/App';
import { createI18n, preferredLocale } from './i18n/i18n';
import { UnsavedChangesProvider } from './unsaved/unsaved-changes';

const client = createApiClient(pickTransport());
// The language remembered in the data folder wins over the browser's; if the first call fails,
// the app still starts (in the browser's language) and shows the error.
const status = await client.call('app.status', {});
const i18n = await createI18n((status.ok ? status.value.locale : null) ?? preferredLocale(navigator.languages));
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ApiProvider client={client}>
          <UnsavedChangesProvider>
            <App />
          </UnsavedChangesProvider>
        </ApiProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}
