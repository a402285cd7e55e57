// Builds Vejviser: compiles the knowledge, bundles the loader and the app with esbuild, copies the
// demo site, prints raw and gzip sizes and fails past the budgets.
// Usage: node build.mjs [--no-demo]
import { build, transform } from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const root = import.meta.dirname;
const out = join(root, 'dist');
const widgetOut = join(out, 'vejviser');

/** gzip budgets in bytes: the loader, what the app loads when it opens, and each on-demand chunk. */
const budgets = { loader: 2.5 * 1024, app: 36.5 * 1024, lazyChunk: 10 * 1024 };

/** Bundles CSS as minified text, adopted at run time as a constructable stylesheet. */
const cssAsText = {
  name: 'css-as-text',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.css$/ }, async ({ path }) => {
      const { code } = await transform(await readFile(path, 'utf8'), { loader: 'css', minify: true });
      return { contents: code, loader: 'text' };
    });
  },
};

async function compileKnowledge() {
  // The compiler is TypeScript; bundle it for node so the build needs no TS runtime.
  const cache = join(root, 'node_modules', '.cache', 'vejviser');
  await build({
    entryPoints: [join(root, 'knowledge/compiler/read.ts'), join(root, 'knowledge/compiler/problems.ts')],
    outdir: cache, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'error',
  });
  const { compileKnowledgeDir } = await import(join(cache, 'read.js'));
  const { formatProblem } = await import(join(cache, 'problems.js'));
  const { knowledge, problems } = await compileKnowledgeDir(join(root, 'knowledge'), root);
  const errors = problems.filter((problem) => problem.severity === 'fejl');
  // Errors stop the build and are shown in full; warnings only counted, to keep `npm start` readable.
  if (errors.length) console.error(errors.map(formatProblem).join('\n\n'));
  const warnings = problems.length - errors.length;
  if (warnings) console.log(`Vidensbasen har ${warnings} advarsler (se dem med npm run knowledge:check).`);
  if (!knowledge) {
    console.error('\nVidensbasen har fejl (se ovenfor). Ret dem og byg igen.');
    process.exit(1);
  }
  return knowledge;
}

/** Shared esbuild options for the widget's browser code. */
const browserOptions = {
  bundle: true, format: 'esm', minify: true, target: 'es2022', jsx: 'automatic', jsxImportSource: 'preact',
  plugins: [cssAsText], legalComments: 'none', logLevel: 'error',
};

/**
 * The loader on its own (it must never pull in a shared chunk before the citizen interacts), and
 * the app with code splitting, so parts only some citizens need (booking) load on demand.
 * Returns the files app.js loads at once, for the budget.
 */
async function bundleWidget() {
  await build({ ...browserOptions, entryPoints: { loader: join(root, 'widget/src/loader.ts') }, outdir: widgetOut });
  const { metafile } = await build({
    ...browserOptions,
    entryPoints: { app: join(root, 'widget/src/embed.ts') },
    outdir: widgetOut,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
  });
  const staticClosure = new Set();
  const visit = (file) => {
    if (staticClosure.has(file)) return;
    staticClosure.add(file);
    for (const { path, kind } of metafile.outputs[file].imports) if (kind === 'import-statement') visit(path);
  };
  const appFile = Object.keys(metafile.outputs).find((file) => file.endsWith('/app.js'));
  visit(appFile);
  const lazy = Object.keys(metafile.outputs).filter((file) => file.endsWith('.js') && !staticClosure.has(file));
  const relative = (file) => file.slice(file.indexOf('vejviser/'));
  return { eager: [...staticClosure].map(relative), lazy: lazy.map(relative) };
}

/**
 * The demo pages share one <head>, header and footer (demo/partials): `{{head}}` (charset,
 * viewport, icon and stylesheets; each page keeps its own title and description), `{{header}}` or `{{header:kontakt}}`
 * (marking that menu item as the current page), `{{breadcrumbs:Page title}}` and `{{footer}}` are
 * filled in here.
 */
async function assemblePages() {
  // DKFDS breadcrumbs: the front page, then the current page, which is not a link.
  const breadcrumbs = (current) => `    <nav class="breadcrumbs mb-6" aria-label="Brødkrumme">
      <ol class="breadcrumbs__list">
        <li class="breadcrumbs__list-item">
          <a class="breadcrumbs__link" href="/">Forside</a>
        </li>
        <li class="breadcrumbs__list-item" aria-current="page">
          <svg class="icon-svg" focusable="false" aria-hidden="true"><use href="/dkfds/img/all-svg-icons.svg#chevron-right"></use></svg>
          ${current}
        </li>
      </ol>
    </nav>
`;
  const partials = join(root, 'demo', 'partials');
  const head = await readFile(join(partials, 'head.html'), 'utf8');
  const header = await readFile(join(partials, 'header.html'), 'utf8');
  const footer = await readFile(join(partials, 'footer.html'), 'utf8');
  for (const page of ['index.html', 'kontakt.html', 'katalog.html', 'personale.html']) {
    const file = join(out, 'demo', page);
    const html = (await readFile(file, 'utf8'))
      .replace(/ *\{\{head\}\}\n/, head)
      .replace(/ *\{\{header(?::([a-z]+))?\}\}\n/, (_, current) => (current
        ? header.replace(`<li><a href="/${current}.html" class="nav-link">`, `<li class="active current"><a href="/${current}.html" class="nav-link" aria-current="page">`)
        : header))
      .replace(/ *\{\{breadcrumbs:([^}]+)\}\}\n/, (_, current) => breadcrumbs(current))
      .replace(/ *\{\{footer\}\}\n/, footer);
    if (html.includes('{{')) throw new Error(`demo/site/${page}: unknown {{…}} placeholder`);
    await writeFile(file, html);
  }
}

/** The demo's catalogue page for editors and staff; not part of what a site embeds. */
async function bundleCatalogue() {
  await build({
    entryPoints: [join(root, 'demo/catalogue/catalogue.tsx')],
    outfile: join(out, 'demo', 'catalogue.js'),
    bundle: true, format: 'esm', minify: true, target: 'es2022', jsx: 'automatic', jsxImportSource: 'preact',
    plugins: [cssAsText], legalComments: 'none', logLevel: 'error',
  });
}

/** The staff page's script (personale.html): appointments and call-backs from the booking API. */
async function bundleStaffPage() {
  await build({
    entryPoints: [join(root, 'demo/staff/personale.ts')],
    outfile: join(out, 'demo', 'personale.js'),
    bundle: true, format: 'esm', minify: true, target: 'es2022', legalComments: 'none', logLevel: 'error',
  });
}

async function sizes(files, bundles) {
  const gz = new Map();
  const rows = [];
  for (const file of files) {
    const content = await readFile(join(out, file));
    gz.set(file, gzipSync(content, { level: 9 }).length);
    rows.push({ file, raw: content.length, gzip: gz.get(file) });
  }
  // What loads when the widget opens is app.js and the chunks it imports: that is the app budget.
  const appTotal = bundles.eager.reduce((sum, file) => sum + gz.get(file), 0);
  const lazyOver = bundles.lazy.filter((file) => gz.get(file) > budgets.lazyChunk);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`\n${'file'.padEnd(40)}${'raw'.padStart(10)}${'gzip'.padStart(10)}`);
  for (const { file, raw, gzip } of rows) {
    const note = bundles.lazy.includes(file) ? '  on demand' : bundles.eager.includes(file) ? '  at open' : '';
    console.log(`${file.padEnd(40)}${kb(raw).padStart(10)}${kb(gzip).padStart(10)}${note}`);
  }
  const loader = gz.get('vejviser/loader.js');
  console.log(`\nloader ${kb(loader)} (budget ${kb(budgets.loader)}) · app at open ${kb(appTotal)} (budget ${kb(budgets.app)}) · each on-demand chunk ≤ ${kb(budgets.lazyChunk)}`);
  return loader > budgets.loader || appTotal > budgets.app || lazyOver.length > 0;
}

await rm(out, { recursive: true, force: true });
await mkdir(widgetOut, { recursive: true });
const knowledge = await compileKnowledge();
await writeFile(join(widgetOut, 'knowledge.json'), JSON.stringify(knowledge));
const bundles = await bundleWidget();
if (!process.argv.includes('--no-demo')) {
  await cp(join(root, 'demo/site'), join(out, 'demo'), { recursive: true });
  await assemblePages();
  await bundleCatalogue();
  await bundleStaffPage();
}
console.log(`Vidensbase: ${knowledge.situations.length} situationer.`);
const failed = await sizes(['vejviser/loader.js', ...bundles.eager, ...bundles.lazy, 'vejviser/knowledge.json'], bundles);
if (failed) {
  console.error('\nBuild failed: a bundle is over its gzip budget.');
  process.exit(1);
}
