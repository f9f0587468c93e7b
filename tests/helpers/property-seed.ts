/**
 * One random seed per test run for every property test (fast-check), so each run tries inputs the last did
 * not; PROPERTY_SEED=N repeats a run. tests/setup.ts makes it fast-check's default and prints it when a test fails.
 */
const given = process.env.PROPERTY_SEED

export const PROPERTY_SEED: number =
  given !== undefined && /^-?\d+$/.test(given) ? Number(given) : Math.floor(Math.random() * 2 ** 31)
