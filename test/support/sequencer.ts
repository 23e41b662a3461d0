import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest in the whole suite (about 35–60 s each, alone), started first. Vitest orders files by
 * their last durations when it has them, but a fresh clone (CI) has none and it starts the largest files first, which
 * left the short load run, a small file, to run last, alone on one core, for a minute and more.
 */
const LONGEST_FIRST = [
  'test/reliability/load.api.test.ts',
  'test/local/start.test.ts',
  // After those two: the platform it runs against loads its demo data meanwhile (test/browser/global-setup.ts).
  'test/browser/web-app.test.ts',
  'test/security/authorization-matrix.api.test.ts',
  'test/reliability/every-mutation-faults.api.test.ts',
  'test/security/fuzz.api.test.ts',
];

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const index = LONGEST_FIRST.findIndex((path) => spec.moduleId.endsWith(path));
      return index === -1 ? LONGEST_FIRST.length : index;
    };
    // Array.prototype.sort is stable: the other files keep vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
