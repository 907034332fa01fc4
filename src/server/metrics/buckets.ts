// Latency buckets in seconds, shared by every duration histogram: lvm reads take
// milliseconds, lvcreate tens of milliseconds to seconds, and a stuck command runs
// into the 120 s default --command-timeout, so the buckets reach past that.
export const LATENCY_BUCKETS = [
  0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300,
];
