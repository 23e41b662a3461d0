// Every browser test in one file, in this order (the journeys share the platform's state), so that the browser
// project is one file among the server's: it runs in one of the two workers while the other goes on with the
// server files, instead of alone after them with a core idle. One test file, one Chromium (support.ts).
import './home.browser.js';
import './journeys.browser.js';
import './pme-journeys.browser.js';
import './subsidy-file.browser.js';
import './publications.browser.js';
import './accessibility.browser.js';
