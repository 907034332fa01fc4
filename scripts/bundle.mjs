#!/usr/bin/env node
// Bundles the daemon and the CLI with esbuild; these are the package's `bin`
// entries, so what users run is what docs/performance.md (P5) measures:
//   dist-bundle/lvmctld.mjs       the daemon (src/server/main.ts)
//   dist-bundle/lvmctld-chunks/   what it imports lazily (execa)
//   dist-bundle/lvmctl.cjs        the CLI (src/client/cli.ts): commander and the command tree
//   dist-bundle/lvmctl-lib/       what a CLI command loads when it runs (HTTP/2 client, one
//                                 service's generated code, completion, vg watch's grpc-js client)
// plus dist-bundle/vendor/ with the .proto files two dependencies read at run
// time. Node resolves and reads no node_modules at start-up, and the bundles
// need none installed: `npm run build` runs this script.
//
//   node scripts/bundle.mjs [--outdir dir] [--minify]   (--minify: the daemon's names too)
import { build } from "esbuild";
import { chmodSync, cpSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const outdir = args.includes("--outdir") ? args[args.indexOf("--outdir") + 1] : join(ROOT, "dist-bundle");
const minify = args.includes("--minify");

/**
 * Dependencies that find files relative to their own source (__dirname).
 * In the bundle, __dirname of such a module points into outdir/vendor/, where
 * those files are copied, so the bundle directory can be moved as a whole.
 */
const ASSETS = [
  ["grpc-health-check", "proto"],
  ["@grpc/reflection", "build/proto"],
];

const NODE_MODULES = join(ROOT, "node_modules") + sep;

/** Rewrites __dirname in dependencies to their mirror under outdir/vendor. */
const vendorDirname = {
  name: "vendor-dirname",
  setup(b) {
    b.onLoad({ filter: /node_modules[\\/].*\.[cm]?js$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      if (!source.includes("__dirname") || !args.path.startsWith(NODE_MODULES)) return undefined;
      const dir = relative(NODE_MODULES, dirname(args.path)).split(sep).join("/");
      return {
        contents: source.replace(/\b__dirname\b/g, `__lvmctlVendor(${JSON.stringify(dir)})`),
        loader: "js",
        resolveDir: dirname(args.path),
      };
    });
  },
};

/**
 * The generated code imports grpc-js for its client classes, which the CLI
 * never uses: it calls lvmctld over node:http2 (src/client/h2-channel.ts).
 * Loading grpc-js would double the CLI's start-up, so in the CLI bundle the
 * generated code gets a stand-in that fails loudly if ever used.
 */
const noGrpcInCli = {
  name: "no-grpc-in-cli",
  setup(b) {
    b.onResolve({ filter: /^@grpc\/grpc-js$/ }, (args) =>
      args.importer.includes(`${sep}src${sep}gen${sep}`) ? { path: "grpc-js", namespace: "cli-stub" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "cli-stub" }, () => ({
      loader: "js",
      contents: [
        "const absent = () => { throw new Error('grpc-js is not part of the lvmctl CLI bundle'); };",
        "export class Client { constructor() { absent(); } }",
        "export function makeGenericClientConstructor() { return Client; }",
      ].join("\n"),
    }));
  },
};

/**
 * Every source module the CLI imports dynamically becomes its own CommonJS file
 * in lvmctl-lib/, required on first use: a command reads and compiles only what
 * it runs. Modules found while bundling those files get the same treatment.
 */
function lazyImports(found, prefix) {
  return {
    name: "lazy-imports",
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== "dynamic-import" || args.pluginData?.lazy) return undefined;
        const { path, errors } = await b.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          importer: args.importer,
          pluginData: { lazy: true },
        });
        if (errors.length > 0 || !path.startsWith(join(ROOT, "src") + sep)) return undefined;
        const name = relative(join(ROOT, "src"), path).replace(/\.ts$/, "").split(sep).join("-");
        found.set(path, name);
        return { path: `${prefix}${name}.cjs`, external: true };
      });
    },
  };
}

/**
 * The CLI is CommonJS: Node then starts it without its ES module loader, ~10 ms
 * of CPU less per command (docs/performance.md, CLI start-up). What `lvmctl
 * volume get` loads (the entry, the HTTP/2 client, a service's generated code)
 * must not hold grpc-js: only vg watch, which streams, loads it.
 */
async function bundleCli() {
  const cjs = {
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    // import() becomes require(), so no module loader but CommonJS's.
    supported: { "dynamic-import": false },
    // Less to read and parse at every start; the CLI prints errors as one line, never a stack.
    minify: true,
    legalComments: "none",
    logLevel: "warning",
    metafile: true,
  };
  const found = new Map();
  const metafiles = [];
  const entry = await build({
    ...cjs,
    entryPoints: [join(ROOT, "src/client/cli.ts")],
    outfile: join(outdir, "lvmctl.cjs"),
    plugins: [noGrpcInCli, lazyImports(found, "./lvmctl-lib/")],
  });
  metafiles.push(entry.metafile);
  for (const done = new Set(); done.size < found.size;) {
    for (const [path, name] of [...found].filter(([p]) => !done.has(p))) {
      done.add(path);
      const lib = await build({
        ...cjs,
        entryPoints: [path],
        outfile: join(outdir, "lvmctl-lib", `${name}.cjs`),
        plugins: [noGrpcInCli, lazyImports(found, "./")],
      });
      metafiles.push(lib.metafile);
    }
  }
  for (const m of metafiles) {
    const [[out, o]] = Object.entries(m.outputs);
    const callPath = o.entryPoint.endsWith("src/client/cli.ts") || /src\/(gen\/|client\/h2-channel)/.test(o.entryPoint);
    const grpc = Object.keys(o.inputs).find((i) => i.includes("node_modules/@grpc/"));
    if (callPath && grpc) throw new Error(`lvmctl's call path must not load grpc-js, but ${out} holds ${grpc}`);
  }
  chmodSync(join(outdir, "lvmctl.cjs"), 0o755);
}

const banner = [
  "import { createRequire as __lvmctlRequire } from 'node:module';",
  "import { fileURLToPath as __lvmctlPath } from 'node:url';",
  "import { dirname as __lvmctlDir, join as __lvmctlJoin } from 'node:path';",
  "const require = __lvmctlRequire(import.meta.url);",
  "const __filename = __lvmctlPath(import.meta.url);",
  "const __dirname = __lvmctlDir(__filename);",
  "const __lvmctlVendor = (dir) => __lvmctlJoin(__dirname, 'vendor', dir);",
].join("");

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  legalComments: "none",
  // The entry files' own #! line stays first.
  banner: { js: banner },
  logLevel: "warning",
  metafile: true,
};
const started = performance.now();
await Promise.all([
  build({
    ...common,
    entryPoints: { lvmctld: join(ROOT, "src/server/main.ts") },
    outdir,
    outExtension: { ".js": ".mjs" },
    // What the daemon imports lazily (execa, for commands outside the lvm shell) stays out of its start-up.
    splitting: true,
    chunkNames: "lvmctld-chunks/[name]-[hash]",
    // V8 keeps the whole source in memory: without whitespace and comments the
    // idle daemon holds ~2 MiB less (docs/performance.md, P5). Names stay, so
    // stack traces in the logs stay readable.
    minifyWhitespace: true,
    minifySyntax: true,
    minifyIdentifiers: minify,
    plugins: [vendorDirname],
  }),
  bundleCli(),
]);
chmodSync(join(outdir, "lvmctld.mjs"), 0o755);
for (const [pkg, dir] of ASSETS) {
  cpSync(join(NODE_MODULES, pkg, dir), join(outdir, "vendor", pkg, dir), { recursive: true });
}
process.stderr.write(
  `bundled lvmctld and lvmctl into ${relative(process.cwd(), outdir) || "."} in ${Math.round(performance.now() - started)} ms\n`,
);
