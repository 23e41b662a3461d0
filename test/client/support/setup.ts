import { vi } from 'vitest';
import { configure } from '@testing-library/react';

// Rendering the whole app under happy-dom takes seconds on a loaded 2-core machine: Testing Library's default
// one-second wait for text made these tests fail by timing, not by behaviour.
configure({ asyncUtilTimeout: 10_000 });

// The header's notification bell asks the API on its own; the pages' tests stub the API per page and count its calls,
// so the bell is left out of them. test/client/notification-bell.test.tsx tests the real one.
vi.mock('../../../client/src/notifications/NotificationBell', () => ({ NotificationBell: () => null }));
