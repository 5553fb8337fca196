/**
 * Simulated seconds of ONE Apps Script execution of each heavy command, on the fakes' execution
 * clock (the cost of each service call: tests/fakes/costs.ts), through the built bundle: a refresh
 * and the Gantt view of 5 000 tasks, the daily reminder run for 300 people, the plan and the
 * progress report of 5 000 tasks as Google Docs. Google stops an execution at 360 s.
 */
import { simulatedSeconds } from '../../tests/gas/scale.fixture';

export async function figures(): Promise<Record<string, number>> {
  return simulatedSeconds();
}
