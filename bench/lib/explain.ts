import type { Client } from 'pg';

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; Plans?: PlanNode[] };

/**
 * EXPLAINs a query and says how it reads the big tables: the indexes it uses, and any
 * sequential scan of a table with many rows (a hot path must have none).
 */
export async function explainAccess(client: Client, sql: string, params: unknown[], bigTables: Set<string>) {
  if (/^\s*EXPLAIN\b/i.test(sql)) return { indexes: [], seqScans: [] }; // a plan the code asked for itself reads nothing
  const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
  const plan = (rows[0]['QUERY PLAN'] as { Plan: PlanNode }[])[0]!.Plan;
  const indexes = new Set<string>();
  const seqScans = new Set<string>();
  const walk = (node: PlanNode) => {
    if (node['Index Name']) indexes.add(node['Index Name']);
    if (node['Node Type'] === 'Seq Scan' && node['Relation Name'] && bigTables.has(node['Relation Name'])) seqScans.add(node['Relation Name']);
    node.Plans?.forEach(walk);
  };
  walk(plan);
  return { indexes: [...indexes], seqScans: [...seqScans] };
}
