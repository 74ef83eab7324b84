// Mutations answer either data or a classified problem, so that a form hands the problem to
// its ProblemMessage and its fields without looking at urql's error shape.
import type { OperationResult } from 'urql';
import { apiProblem, type ApiProblem } from './api-problem';

export type Outcome<T> = { ok: true; data: T } | { ok: false; problem: ApiProblem };

export async function outcome<T>(result: Promise<OperationResult<T>>): Promise<Outcome<T>> {
  const answer = await result;
  const problem = apiProblem(answer.error);
  if (problem) return { ok: false, problem };
  if (!answer.data) return { ok: false, problem: { kind: 'network' } };
  return { ok: true, data: answer.data };
}
