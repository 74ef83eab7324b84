// ESLint rule `regie/org-owned-access`: organisation-owned rows are read and written
// only through the data-access layer (apps/api/src/data-access). Outside it, this
// fails any raw repository or query-builder access to an organisation-owned entity
// (`getRepository(AgreementEntity)`, `em.findOneBy(OfferEntity, …)`,
// `.from('agreement', 'a')`, `.innerJoin(TenderEntity, …)`) and any SQL text that
// reads or writes such a table (`FROM agreement`, `JOIN offer`, `UPDATE tender`).
//
// Which tables are organisation-owned is not listed here: it is read from the
// visibility rules themselves (every `table: '…'` in data-access/rules), and the
// entity classes from the `@Entity('table')` files, so the lint and the rules cannot
// drift apart.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const API = join(ROOT, 'apps/api/src');
const LAYER = join(API, 'data-access') + sep;

function walk(dir, test) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name), test) : test(d.name) ? [join(dir, d.name)] : [],
  );
}

function orgOwned() {
  const tables = new Set();
  for (const file of walk(join(API, 'data-access/rules'), (n) => n.endsWith('.rules.ts'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/table:\s*'([a-z_]+)'/g)) tables.add(m[1]);
  }
  const entities = new Map();
  for (const file of walk(API, (n) => n.endsWith('.entity.ts'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/@Entity\('([a-z_]+)'\)[\s\S]*?export class (\w+)/g)) {
      if (tables.has(m[1])) entities.set(m[2], m[1]);
    }
  }
  return { tables, entities };
}

const { tables, entities } = orgOwned();
const SQL = new RegExp(
  `\\b(?:from|join|update|into)\\s+(?:"?public"?\\.)?"?(${[...tables].join('|')})"?(?![\\w])`,
  'i',
);

/**
 * Methods whose first argument names the table or entity they read or write
 * (`create` and `merge` only build objects in memory, so they are not here).
 */
const TABLE_ARGUMENT = new Set([
  'getRepository',
  'createQueryBuilder',
  'find',
  'findOne',
  'findBy',
  'findOneBy',
  'findOneOrFail',
  'findOneByOrFail',
  'findAndCount',
  'findAndCountBy',
  'count',
  'countBy',
  'exists',
  'existsBy',
  'sum',
  'average',
  'minimum',
  'maximum',
  'insert',
  'update',
  'upsert',
  'delete',
  'remove',
  'save',
  'increment',
  'decrement',
  'preload',
  'from',
  'into',
  'innerJoin',
  'leftJoin',
  'innerJoinAndSelect',
  'leftJoinAndSelect',
  'innerJoinAndMapOne',
  'innerJoinAndMapMany',
  'leftJoinAndMapOne',
  'leftJoinAndMapMany',
]);

const WRITES = new Set(['save', 'insert', 'upsert', 'remove']);

/** `this.da.writer(X, em)`, `writerIn(em, X)`, or a variable holding one (`writer…`). */
function isWriter(node) {
  if (node?.type === 'CallExpression') {
    const c = node.callee;
    if (c.type === 'Identifier') return c.name === 'writerIn';
    if (c.type === 'MemberExpression' && c.property.type === 'Identifier')
      return c.property.name === 'writer';
  }
  return node?.type === 'Identifier' && /^writer/i.test(node.name);
}

function namedTable(node) {
  if (!node) return null;
  if (node.type === 'Identifier' && entities.has(node.name)) return entities.get(node.name);
  if (node.type === 'Literal' && typeof node.value === 'string' && tables.has(node.value))
    return node.value;
  return null;
}

export default {
  meta: {
    type: 'problem',
    docs: {
      description:
        'organisation-owned rows are read and written only through apps/api/src/data-access',
    },
    schema: [],
    messages: {
      raw: "'{{table}}' is organisation-owned: read it with DataAccess.visible and write it with DataAccess.writer (apps/api/src/data-access), not with {{how}}.",
    },
  },
  create(context) {
    const file = context.filename;
    const inApi = file.startsWith(API + sep);
    if (!inApi || file.startsWith(LAYER) || file.includes(`${sep}migrations${sep}`)) return {};
    const report = (node, table, how) =>
      context.report({ node, messageId: 'raw', data: { table, how } });
    const checkText = (node, text) => {
      const m = SQL.exec(text);
      if (m) report(node, m[1].toLowerCase(), 'SQL of its own');
    };
    return {
      CallExpression(node) {
        const callee = node.callee;
        const name =
          callee.type === 'MemberExpression' && callee.property.type === 'Identifier'
            ? callee.property.name
            : null;
        if (!name) return;
        if (TABLE_ARGUMENT.has(name)) {
          const table = namedTable(node.arguments[0]);
          if (table) report(node, table, `${name}()`);
        }
        // em.save(em.create(AgreementEntity, …)) writes the entity that create() names,
        // unless the save is a data-access writer's.
        if (WRITES.has(name) && !isWriter(callee.object)) {
          const arg = node.arguments[0];
          if (
            arg?.type === 'CallExpression' &&
            arg.callee.type === 'MemberExpression' &&
            arg.callee.property.type === 'Identifier' &&
            arg.callee.property.name === 'create'
          ) {
            const table = namedTable(arg.arguments[0]);
            if (table) report(node, table, `${name}(create())`);
          }
        }
      },
      Literal(node) {
        if (typeof node.value === 'string') checkText(node, node.value);
      },
      TemplateLiteral(node) {
        checkText(node, node.quasis.map((q) => q.value.cooked ?? q.value.raw).join(' ? '));
      },
    };
  },
};

export const orgOwnedTables = () => [...tables].sort();
export const relativeToRoot = (f) => relative(ROOT, f);
