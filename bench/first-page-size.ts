// What a browser downloads for the admin's first page (the sign-in page), production build,
// gzip -9: index.html, the scripts and styles it names (entry, modulepreloads, CSS), and the
// sign-in page's chunk with every chunk it imports statically. Prints each file and the total.
//
//   node -r @swc-node/register bench/first-page-size.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(__dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'regie-first-page-'));

function staticImports(file: string): string[] {
  const code = readFileSync(join(out, file), 'utf8');
  // `import … from "./x.js"` and `import "./x.js"`; never `import("./x.js")`, which is lazy.
  const found = code.matchAll(/(?:^|[;}\s])import\s*(?:[^"'();]*?from\s*)?["'](\.\/[^"']+)["']/g);
  return [...found].map((m) => normalize(join(dirname(file), m[1])));
}

try {
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'apps/admin/vite.config.mts',
      '--outDir',
      out,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  const files = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]));
  const signIn = readdirSync(join(out, 'assets')).filter((f) => f.startsWith('sign-in-page'));
  const queue = [...files].filter((f) => f.endsWith('.js'));
  for (const f of signIn) {
    files.add(`assets/${f}`);
    queue.push(`assets/${f}`);
  }
  while (queue.length) {
    for (const next of staticImports(queue.pop()!)) {
      if (!files.has(next)) {
        files.add(next);
        queue.push(next);
      }
    }
  }
  const gz = (path: string) => gzipSync(readFileSync(join(out, path)), { level: 9 }).length;
  const rows = [...files].map((f) => ({ file: f, bytes: gz(f) })).sort((a, b) => b.bytes - a.bytes);
  const htmlBytes = gz('index.html');
  for (const row of rows)
    console.log(`${(row.bytes / 1024).toFixed(1).padStart(7)} KiB  ${row.file}`);
  console.log(`${(htmlBytes / 1024).toFixed(1).padStart(7)} KiB  index.html`);
  const total = rows.reduce((sum, row) => sum + row.bytes, htmlBytes);
  console.log(`first page: ${total} B = ${(total / 1024).toFixed(1)} KiB gzip`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
