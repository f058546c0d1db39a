import { packageBuild } from '../../tsup.base';

// The bin is ESM only (it is run, not imported); the library entry is dual like the others.
export default [
  packageBuild(['src/index.ts'], { clean: false }),
  packageBuild(['src/bin.ts'], { format: ['esm'], dts: false, clean: false, banner: { js: '#!/usr/bin/env node' } }),
];
