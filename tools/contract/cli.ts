// `npm run contract`: how much of the public contract the API implements, and every place
// where what it implements differs from the contract. Exit code 1 on any mismatch.
//   node -r @swc-node/register tools/contract/cli.ts [--missing]
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { compareSchemas } from './compare-schemas';

const repoRoot = path.resolve(__dirname, '../..');
const generatedPath = path.join(repoRoot, 'apps/api/schema.gql');
const contractPath = path.resolve(repoRoot, '../shared/contract/schema.graphql');

function main(argv: string[]): number {
  const showMissing = argv.includes('--missing');

  if (!existsSync(generatedPath)) {
    console.log(
      `contract: ${path.relative(repoRoot, generatedPath)} does not exist yet; generate it with npm run schema`,
    );
    return 1;
  }

  let comparison;
  try {
    comparison = compareSchemas(
      readFileSync(contractPath, 'utf8'),
      readFileSync(generatedPath, 'utf8'),
    );
  } catch (error) {
    console.log(`contract: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }

  const { implemented, total, mismatches, missing } = comparison;
  console.log(
    `contract: ${implemented} of ${total} fields implemented, ${mismatches.length} mismatches`,
  );
  for (const { path: where, problem } of mismatches)
    console.log(`  mismatch: ${where}: ${problem}`);
  if (showMissing) for (const field of missing) console.log(`  missing: ${field}`);
  return mismatches.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
