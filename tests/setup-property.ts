/**
 * Property tests run the same cases on every machine: a fixed seed (FC_SEED overrides it to
 * explore, and a failure prints the seed to replay).
 */
import fc from 'fast-check';

const seed = Number(process.env.FC_SEED ?? 20191112);
fc.configureGlobal({ seed, numRuns: 100 });
