// The layering of src/, checked by `npm run deps:check` (a stage of scripts/test.sh).
// Each layer may import itself and the layers it lists, nothing else in src/; a module
// that is in no layer fails the check until it is given one here.

const LAYERS = {
  gen: { path: "^src/gen/", mayImport: [] },
  common: { path: "^src/common/", mayImport: ["gen"] },
  // Leaf helpers every server layer uses: the error type, sizes, page tokens, the keyed mutex.
  support: { path: "^src/server/(errors|sizes|pagination|keyed-mutex)\\.ts$", mayImport: ["gen", "common"] },
  exec: { path: "^src/server/exec/", mayImport: ["gen", "common", "support"] },
  lvm: { path: "^src/server/lvm/", mayImport: ["gen", "common", "support", "exec"] },
  lio: { path: "^src/server/lio/(?!exporter\\.ts$)", mayImport: ["gen", "common", "support", "exec", "lvm"] },
  // The create journal: a local file of the creations in flight (it knows nothing of LVM).
  journal: { path: "^src/server/journal/", mayImport: ["support"] },
  inventory: {
    path: "^src/server/inventory\\.ts$",
    mayImport: ["gen", "common", "support", "exec", "lvm", "journal"],
  },
  exporter: {
    path: "^src/server/lio/exporter\\.ts$",
    mayImport: ["gen", "common", "support", "exec", "lvm", "lio", "inventory"],
  },
  // The gRPC edge (per-RPC wrapper, status mapping, auth, health, reflection) knows the contract
  // and the error type, never the storage stack.
  grpc: { path: "^src/server/grpc/", mayImport: ["gen", "common", "support"] },
  services: {
    path: "^src/server/services/",
    mayImport: ["gen", "common", "support", "exec", "lvm", "lio", "inventory", "exporter", "grpc"],
  },
  // The CSI services: a second edge over the same storage stack (csi/server.ts is wiring, in top).
  csi: {
    path: "^src/server/csi/(?!server\\.ts$)",
    mayImport: ["gen", "common", "support", "exec", "lvm", "lio", "inventory", "exporter", "grpc"],
  },
  // Prometheus metrics: observers the lower layers call and gauges read from them at scrape time.
  metrics: {
    path: "^src/server/metrics/",
    mayImport: ["gen", "common", "support", "exec", "lvm", "lio", "inventory", "grpc"],
  },
  // Process wiring: flags and configuration file, SIGHUP reload, listeners, connection limits, the daemon itself.
  top: {
    path: "^src/server/(main|daemon|config|config-file|reload|listeners)\\.ts$|^src/server/net/|^src/server/csi/server\\.ts$",
    mayImport: [
      "gen",
      "common",
      "support",
      "exec",
      "lvm",
      "lio",
      "inventory",
      "exporter",
      "grpc",
      "services",
      "csi",
      "metrics",
    ],
  },
  // The CLI and the client library never import the daemon.
  client: { path: "^src/client/", mayImport: ["gen", "common"] },
};

const layerRules = Object.entries(LAYERS).map(([name, layer]) => ({
  name: `layer-${name}`,
  severity: "error",
  comment: `${name} may import only: ${layer.mayImport.join(", ") || "nothing else in src/"}`,
  from: { path: layer.path },
  to: { path: "^src/", pathNot: [layer.path, ...layer.mayImport.map((other) => LAYERS[other].path)] },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "import cycles in src/ hide the real layering",
      from: { path: "^src/" },
      to: { circular: true },
    },
    ...layerRules,
    {
      name: "layer-unassigned",
      severity: "error",
      comment: "every module in src/ belongs to a layer: add it to LAYERS in .dependency-cruiser.cjs",
      from: { path: "^src/", pathNot: Object.values(LAYERS).map((layer) => layer.path) },
      to: {},
    },
    {
      name: "src-not-to-tests",
      severity: "error",
      comment: "shipped code never imports tests, benchmarks or scripts",
      from: { path: "^src/" },
      to: { path: "^(test|bench|scripts)/" },
    },
    {
      name: "src-not-to-dev-deps",
      severity: "error",
      comment: "shipped code runs without devDependencies installed",
      from: { path: "^src/" },
      to: { dependencyTypes: ["npm-dev"], dependencyTypesNot: ["type-only"] },
    },
    {
      name: "no-unresolvable",
      severity: "error",
      from: { path: "^src/" },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Type-only imports count: a type imported from a higher layer is still an upward edge.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    doNotFollow: { path: "node_modules" },
    includeOnly: "^src/|^node_modules/",
  },
};
