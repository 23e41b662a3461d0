/**
 * k-anonymity of every aggregate shown to the public (issue #11): a figure computed from fewer than this many
 * contributors (companies, applications, testimonials) is not shown. Published figures are also refreshed on a
 * schedule, never per submission, and a group's figures move only once at least this many changes have
 * accumulated since they were last published, so no single submission can be read back by difference.
 */
export const MIN_CONTRIBUTORS = 10;

/** How often the published snapshots are refreshed (EventBridge schedule on AWS, a timer locally). */
export const PUBLICATION_INTERVAL_MINUTES = 60;
