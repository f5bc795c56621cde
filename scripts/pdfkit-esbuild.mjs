/**
 * esbuild plugin for bundling @react-pdf/renderer's pdfkit into the backend worker (one CJS
 * file, no node_modules beside it in the packaged app). pdfkit loads its standard fonts at run
 * time with createRequire(import.meta.url)('#standard-fonts/…'), which a bundle cannot resolve;
 * this rewrites those calls into static requires of the font modules, so esbuild bundles them.
 * The worker bundle also defines import.meta.url (see build-electron.mjs), which pdfkit uses
 * for that require and for its ICC profile path (read only for PDF/A, which the letters do not use).
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export const pdfkitPlugin = {
  name: 'pdfkit-standard-fonts',
  setup(build) {
    build.onLoad({ filter: /[\\/]pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/ }, async (args) => {
      const fontsDir = join(dirname(args.path), 'standard-fonts');
      const source = await readFile(args.path, 'utf8');
      const contents = source.replace(/require\$1\('#standard-fonts\/(\w+)'\)/g, (_, name) =>
        `require(${JSON.stringify(join(fontsDir, `${name}.cjs`))})`,
      );
      return { contents, loader: 'js' };
    });
  },
};

/** For the worker bundle: import.meta.url of the bundle itself. */
export const importMetaUrl = {
  define: { 'import.meta.url': '__bundle_import_meta_url' },
  banner: { js: 'var __bundle_import_meta_url = require("url").pathToFileURL(__filename).href;' },
};
