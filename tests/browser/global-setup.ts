/**
 * Before the "site" project: build the site at the root and under the sub-path `/archive/`
 * (dist-test/root, dist-test/archive), from the gates' small content tree (gateContent.ts). `npm test` builds them as steps of its own and sets
 * SITE_TEST_PREBUILT=1, so they are not built twice.
 */
import { existsSync } from 'node:fs';
import { BUILT_SITES, buildSite } from '../../scripts/test-sites/builtSites.ts';
import {
  GATE_BUILD_ENV,
  GATE_CONTENT_ENV,
  writeGateContent,
} from '../../scripts/test-sites/gateContent.ts';

export default async function setup(): Promise<void> {
  if (process.env['SITE_TEST_PREBUILT'] === '1') {
    for (const { dir } of Object.values(BUILT_SITES)) {
      if (!existsSync(dir)) throw new Error(`SITE_TEST_PREBUILT=1 but ${dir} does not exist`);
    }
    return;
  }
  console.log(`gate content: ${writeGateContent()} articles in ${GATE_CONTENT_ENV}/`);
  for (const [name, site] of Object.entries(BUILT_SITES)) {
    const started = performance.now();
    await buildSite({
      outDir: site.dir,
      base: site.base,
      env: GATE_BUILD_ENV,
    });
    console.log(
      `built ${name} site (base ${site.base}) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
}
