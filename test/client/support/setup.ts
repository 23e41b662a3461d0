import { configure } from '@testing-library/react';

// Rendering the whole app under happy-dom takes seconds on a loaded 2-core machine: Testing Library's default
// one-second wait for text made these tests fail by timing, not by behaviour.
configure({ asyncUtilTimeout: 10_000 });
