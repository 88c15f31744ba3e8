import { describeFirstLoad, FIRST_LOAD_BUDGET_KB, measureFirstLoad } from '../support/first-load.js';

// Reads the client build (`npm test` builds first). A failure here means the first page grew: look for a
// page or library that could load on demand (a lazy route in the feature's routes file, or import()).
describe('client first load', () => {
  it(`stays within ${FIRST_LOAD_BUDGET_KB} kB of gzipped JavaScript`, () => {
    const firstLoad = measureFirstLoad();
    console.log(`First load: ${describeFirstLoad(firstLoad)}; budget ${FIRST_LOAD_BUDGET_KB} kB`);
    expect(firstLoad.chunks.length).toBeGreaterThan(0);
    expect(firstLoad.totalGzipKb).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_KB);
  });
});
