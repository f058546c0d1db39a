import { packageBuild } from '../../tsup.base';

// The bin is ESM only (it is run, not imported); the library entry is dual like the others.
// `kamtibmas extract` starts worker threads on dist/extractWorker.js, found beside the code that
// starts them through import.meta.url (shimmed in the CommonJS build).
export default [
  packageBuild(['src/index.ts'], { clean: false, shims: true }),
  packageBuild(['src/bin.ts'], { format: ['esm'], dts: false, clean: false, banner: { js: '#!/usr/bin/env node' } }),
  packageBuild({ extractWorker: 'src/extract/extractWorker.ts' }, { format: ['esm'], dts: false, clean: false }),
];
