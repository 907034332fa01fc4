// Edge findings on a real daemon: page tokens a client made, altered, took
// from another query or kept across a daemon restart are INVALID_ARGUMENT;
// genuine tokens page through a VG that changes between calls; a repeated
// --volume-group stops lvmctld at start-up with a usage error.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { status } from "@grpc/grpc-js";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ListVolumesRequest } from "../../src/gen/lvmctl/v1/volume.js";
import { DAEMON_JS } from "../support/daemon.js";
import { createLoopVg, type LoopVg } from "../support/loop-vg.js";
import { requireRootAndLvm, SKIP_ROOT_TESTS } from "../support/prereq.js";
import { launch, type WatchedDaemon } from "./lib/daemon.js";
import { Figures } from "./lib/figures.js";
import { scale, SEED } from "./lib/mode.js";
import { MiB } from "./lib/oracle.js";

const figures = new Figures("edges", "Edges: page tokens, repeated flags");

/** Forged or altered tokens generated per kind (distinct ones are sent). */
const PER_KIND = scale(1000, 100);
const VOLUMES = scale(40, 10);
const CHURN_ROUNDS = scale(20, 3);
const PARALLEL = 16;

const codeOf = (err: unknown) => status[(err as { code?: number }).code ?? -1] ?? String(err);

describe.skipIf(SKIP_ROOT_TESTS)("edges", () => {
  let vgA: LoopVg;
  let vgB: LoopVg;
  let d: WatchedDaemon;
  const stable: string[] = [];

  const list = (req: Partial<ListVolumesRequest>, daemon = d) => daemon.client.volumes.listVolumes(req);
  async function codeOfList(req: Partial<ListVolumesRequest>, daemon = d): Promise<{ code: string; details: string }> {
    try {
      await list(req, daemon);
      return { code: "OK", details: "" };
    } catch (err) {
      return { code: codeOf(err), details: String((err as { details?: string }).details) };
    }
  }

  /** Sends every token (in parallel batches) and tallies the answers under `kind`. */
  async function tryTokens(
    kind: string,
    requests: Array<Partial<ListVolumesRequest>>,
    expected: string,
    daemon = d,
  ): Promise<void> {
    for (let i = 0; i < requests.length; i += PARALLEL) {
      const answers = await Promise.all(requests.slice(i, i + PARALLEL).map((r) => codeOfList(r, daemon)));
      for (const a of answers) {
        figures.tally("page tokens", { kind, expected, got: a.code });
        figures.add("distinct forged, altered or foreign tokens tried");
        if (a.code === expected) figures.add(`answered ${expected}`);
        else figures.note(`${kind}: expected ${expected}, got ${a.code} ${a.details}`);
      }
    }
  }

  beforeAll(async () => {
    requireRootAndLvm();
    vgA = createLoopVg("lvmctledga", 512);
    vgB = createLoopVg("lvmctledgb", 64);
    d = await launch(figures, [vgA.name, vgB.name]);
    for (let i = 0; i < VOLUMES; i++) {
      const name = `s${String(i).padStart(3, "0")}`;
      await d.client.volumes.createVolume({ volumeGroup: vgA.name, name, sizeBytes: 4n * MiB });
      stable.push(name);
    }
    figures.set("managed volumes listed", VOLUMES);
  });

  afterAll(async () => {
    await d?.stop();
    vgA?.destroy();
    vgB?.destroy();
    figures.save();
  });

  it("refuses page tokens that lvmctld did not issue for the query with INVALID_ARGUMENT", async () => {
    const b64 = (s: string | Buffer) => Buffer.from(s).toString("base64url");
    const sample = <T>(arb: fc.Arbitrary<T>, salt: number) => fc.sample(arb, { numRuns: PER_KIND, seed: SEED + salt });
    const distinct = (tokens: string[]) => [...new Set(tokens)].map((pageToken) => ({ ...query, pageToken }));
    const query = { volumeGroup: vgA.name, pageSize: 3 };
    const genuine = (await list(query)).nextPageToken;
    expect(genuine).not.toBe("");
    const name = fc.oneof(fc.constantFrom(...stable, "", "zzz", "s", "\u{10ffff}"), fc.string({ maxLength: 24 }));

    // The unsigned format the daemon used to accept, for its own VGs and for one outside the allow-list.
    await tryTokens(
      "unsigned {v,vg,name}",
      distinct(
        sample(fc.tuple(fc.constantFrom(vgA.name, vgB.name, "zzz"), name), 1).map(([vg, n]) =>
          b64(JSON.stringify({ v: 1, vg, name: n })),
        ),
      ),
      "INVALID_ARGUMENT",
    );
    // A random 32-byte MAC in front of a well-formed payload.
    await tryTokens(
      "random MAC",
      distinct(
        sample(fc.tuple(fc.uint8Array({ minLength: 32, maxLength: 32 }), name), 2).map(([mac, n]) =>
          b64(Buffer.concat([mac, Buffer.from(JSON.stringify([vgA.name, n]))])),
        ),
      ),
      "INVALID_ARGUMENT",
    );
    // A genuine token with one character changed, cut short or extended.
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const altered = fc.oneof(
      fc
        .tuple(fc.nat({ max: genuine.length - 1 }), fc.constantFrom(...alphabet))
        .filter(([i, c]) => genuine[i] !== c)
        .map(([i, c]) => genuine.slice(0, i) + c + genuine.slice(i + 1)),
      fc
        .nat({ max: genuine.length - 1 })
        .map((n) => genuine.slice(0, n))
        .filter((t) => t !== ""),
      fc.string({ unit: fc.constantFrom(...alphabet), minLength: 1, maxLength: 4 }).map((s) => genuine + s),
    );
    await tryTokens("altered genuine token", distinct(sample(altered, 3)), "INVALID_ARGUMENT");
    // The genuine token with other filters: all VGs, the other VG, unmanaged volumes included.
    const otherQueries: Array<Partial<ListVolumesRequest>> = [
      { volumeGroup: "" },
      { volumeGroup: vgB.name },
      { volumeGroup: vgA.name, includeUnmanaged: true },
    ];
    await tryTokens(
      "genuine token, other query",
      otherQueries.map((q) => ({ ...q, pageToken: genuine })),
      "INVALID_ARGUMENT",
    );
    // A VG outside the allow-list is refused before the token is looked at.
    await tryTokens(
      "genuine token, VG outside the allow-list",
      [{ volumeGroup: "zzz", pageToken: genuine }],
      "PERMISSION_DENIED",
    );
    // The genuine token itself still works after all that.
    expect((await list({ ...query, pageToken: genuine })).volumes.map((v) => v.name)).toEqual(stable.slice(3, 6));

    const tried = figures.data.counters["distinct forged, altered or foreign tokens tried"] ?? 0;
    const refused =
      (figures.data.counters["answered INVALID_ARGUMENT"] ?? 0) +
      (figures.data.counters["answered PERMISSION_DENIED"] ?? 0);
    figures.check("every forged, altered or foreign token refused", String(tried), String(refused));
    expect(refused).toBe(tried);
  });

  it("pages through a VG whose volumes change between calls: each lasting volume exactly once", async () => {
    let pages = 0;
    let duplicates = 0;
    let missing = 0;
    let churn = 0;
    let lastAdded: string | undefined;
    for (let round = 0; round < CHURN_ROUNDS; round++) {
      const seen: string[] = [];
      let pageToken = "";
      do {
        const res = await list({ volumeGroup: vgA.name, pageSize: 3, pageToken });
        seen.push(...res.volumes.map((v) => v.name));
        pageToken = res.nextPageToken;
        pages++;
        // Between pages: a new volume, before the lasting ones or after them, and the previous new one removed.
        const added = `${pages % 2 ? "a" : "z"}${pages}`;
        await d.client.volumes.createVolume({ volumeGroup: vgA.name, name: added, sizeBytes: 4n * MiB });
        if (lastAdded) await d.client.volumes.deleteVolume({ volumeGroup: vgA.name, name: lastAdded });
        lastAdded = added;
        churn++;
      } while (pageToken !== "");
      duplicates += seen.length - new Set(seen).size;
      missing += stable.filter((n) => !seen.includes(n)).length;
    }
    figures.set("paging rounds with volumes added and removed between pages", CHURN_ROUNDS);
    figures.set("pages walked", pages);
    figures.set("volumes added (and the one before removed) between pages", churn);
    figures.check("volumes listed twice in one walk", "0", String(duplicates));
    figures.check("lasting volumes missing from a walk", "0", String(missing));
    expect({ duplicates, missing }).toEqual({ duplicates: 0, missing: 0 });
  });

  it("refuses every token issued before a daemon restart", async () => {
    const tokens: string[] = [];
    for (const pageSize of [1, 2, 3, 5, 7])
      tokens.push((await list({ volumeGroup: vgA.name, pageSize })).nextPageToken);
    await d.stop();
    d = await launch(figures, [vgA.name, vgB.name]);
    await tryTokens(
      "issued before a restart",
      tokens.map((pageToken) => ({ volumeGroup: vgA.name, pageToken })),
      "INVALID_ARGUMENT",
    );
    const refused = figures.data.tables["page tokens"]
      .filter((r) => r.kind === "issued before a restart" && r.got === "INVALID_ARGUMENT")
      .reduce((n, r) => n + Number(r.count), 0);
    figures.check("tokens from before a restart refused", String(tokens.length), String(refused));
    expect(refused).toBe(tokens.length);
  });

  it("stops at start-up with a usage error naming a repeated --volume-group", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lvmctl-edges-"));
    try {
      const child = spawn(
        process.execPath,
        [
          DAEMON_JS,
          "--listen",
          `unix://${join(dir, "s.sock")}`,
          "--volume-group",
          vgA.name,
          "--volume-group",
          vgB.name,
          "--volume-group",
          vgA.name,
          "--metadata-only",
        ],
        { stdio: ["ignore", "ignore", "pipe"] },
      );
      let stderr = "";
      child.stderr.on("data", (c) => (stderr += c));
      // A daemon that accepted the flags would serve for ever: give it 20 s to refuse them.
      const refusedInTime = setTimeout(() => child.kill("SIGKILL"), 20_000);
      const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
      clearTimeout(refusedInTime);
      figures.check("lvmctld --volume-group A --volume-group B --volume-group A: exit code", "2", String(code));
      expect(code).toBe(2);
      expect(stderr).toBe(`lvmctld: --volume-group ${vgA.name} is given more than once\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
