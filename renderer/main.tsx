import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/dates/styles.css';
import 'dayjs/locale/vi';
import { DatesProvider } from '@mantine/dates';
import './app/print.css';
import './app/openable.css';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { LockGate } from './app-lock/LockGate';
import { CrashBoundary } from './app/CrashBoundary';
import { cssVariablesResolver, theme } from './app/theme';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        {/* Dates in Vietnamese whatever the system's language: day first, weeks from Monday. */}
        <DatesProvider settings={{ locale: 'vi', firstDayOfWeek: 1 }}>
          <ModalsProvider labels={{ confirm: 'Đồng ý', cancel: 'Hủy' }}>
            {/* In the lower part of the side bar, below the sections: a toast there covers
                no title, field or button of a screen or a dialog (top-centre sat on modal titles). */}
            <Notifications position="bottom-left" containerWidth={214} limit={3} zIndex={400} />
            <CrashBoundary>
              <LockGate>
                <App />
              </LockGate>
            </CrashBoundary>
          </ModalsProvider>
        </DatesProvider>
      </MantineProvider>
    </StrictMode>,
  );
}
