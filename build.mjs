// Builds Vejviser: compiles the knowledge, bundles the loader and the app with esbuild, copies the
// demo site, prints raw and gzip sizes and fails past the budgets (DESIGN §7).
// Usage: node build.mjs [--no-demo]
import { build, transform } from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const root = import.meta.dirname;
const out = join(root, 'dist');
const widgetOut = join(out, 'vejviser');

/** gzip budgets in bytes, per output file. */
const budgets = { 'vejviser/loader.js': 2.5 * 1024, 'vejviser/app.js': 35 * 1024 };

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

async function bundleWidget() {
  await build({
    entryPoints: { loader: join(root, 'widget/src/loader.ts'), app: join(root, 'widget/src/embed.ts') },
    outdir: widgetOut,
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    plugins: [cssAsText],
    legalComments: 'none',
    logLevel: 'error',
  });
}

/**
 * The demo pages share one header and footer (demo/partials): `{{header}}` or `{{header:kontakt}}`
 * (marking that menu item as the current page) and `{{footer}}` are filled in here.
 */
async function assemblePages() {
  const partials = join(root, 'demo', 'partials');
  const header = await readFile(join(partials, 'header.html'), 'utf8');
  const footer = await readFile(join(partials, 'footer.html'), 'utf8');
  for (const page of ['index.html', 'kontakt.html', 'katalog.html']) {
    const file = join(out, 'demo', page);
    const html = (await readFile(file, 'utf8'))
      .replace(/ *\{\{header(?::([a-z]+))?\}\}\n/, (_, current) => (current
        ? header.replace(`<li><a href="/${current}.html" class="nav-link">`, `<li class="active current"><a href="/${current}.html" class="nav-link" aria-current="page">`)
        : header))
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

async function sizes(files) {
  const rows = [];
  let failed = false;
  for (const file of files) {
    const content = await readFile(join(out, file));
    const gzip = gzipSync(content, { level: 9 }).length;
    const budget = budgets[file];
    const over = budget !== undefined && gzip > budget;
    failed ||= over;
    rows.push({ file, raw: content.length, gzip, budget, over });
  }
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`\n${'file'.padEnd(26)}${'raw'.padStart(10)}${'gzip'.padStart(10)}   budget (gzip)`);
  for (const { file, raw, gzip, budget, over } of rows) {
    const verdict = budget === undefined ? 'reported' : `${kb(budget)} ${over ? 'OVER BUDGET' : 'ok'}`;
    console.log(`${file.padEnd(26)}${kb(raw).padStart(10)}${kb(gzip).padStart(10)}   ${verdict}`);
  }
  return failed;
}

await rm(out, { recursive: true, force: true });
await mkdir(widgetOut, { recursive: true });
const knowledge = await compileKnowledge();
await writeFile(join(widgetOut, 'knowledge.json'), JSON.stringify(knowledge));
await bundleWidget();
if (!process.argv.includes('--no-demo')) {
  await cp(join(root, 'demo/site'), join(out, 'demo'), { recursive: true });
  await assemblePages();
  await bundleCatalogue();
}
console.log(`Vidensbase: ${knowledge.situations.length} situationer.`);
const failed = await sizes(['vejviser/loader.js', 'vejviser/app.js', 'vejviser/knowledge.json']);
if (failed) {
  console.error('\nBuild failed: a bundle is over its gzip budget.');
  process.exit(1);
}
