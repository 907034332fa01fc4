// Reads configfs trees captured from real LIO in the test VM
// (test/vm/capture-configfs.mjs), materialized in a temporary directory.
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { backstoreName, parseBackstoreName, parseTargetIqn, targetIqn } from "../../src/server/lio/names.js";
import { planExports, type DesiredExport } from "../../src/server/lio/plan.js";
import { readLioState } from "../../src/server/lio/state.js";
import { readExportTags } from "../../src/server/lio/tags.js";

const FIXTURES = join(import.meta.dirname, "../fixtures/lio");
const roots: string[] = [];

async function materialize(fixture: string): Promise<string> {
  const tree = JSON.parse(await readFile(join(FIXTURES, fixture), "utf8")) as Record<
    string,
    null | string | { link: string }
  >;
  const root = await mkdtemp(join(tmpdir(), "lvmctl-configfs-"));
  roots.push(root);
  for (const [path, value] of Object.entries(tree)) {
    const full = join(root, path);
    if (value === null) await mkdir(full, { recursive: true });
    else {
      await mkdir(dirname(full), { recursive: true });
      if (typeof value === "string") await writeFile(full, value);
      else await symlink(value.link, full);
    }
  }
  return root;
}

afterEach(async () => {
  for (const root of roots.splice(0)) await rm(root, { recursive: true, force: true });
});

describe("reading LIO from configfs", () => {
  it("decodes a configuration made with targetcli by hand", async () => {
    const state = await readLioState(await materialize("configfs-manual.json"));
    expect([...state.backstores.values()]).toEqual([
      { plugin: "fileio", name: "foreign", device: "/tmp/foreign.img", enabled: true },
      { plugin: "block", name: "lvmctl:vg0:data", device: "/dev/vg0/data", enabled: true },
    ]);
    expect([...state.targets.keys()]).toEqual([
      "iqn.2003-01.org.example:foreign",
      "iqn.2026-11.io.lvmctl:vg0:data",
      "iqn.2026-11.io.lvmctl:vg0:orphan",
    ]);
    const tpg = state.targets.get("iqn.2026-11.io.lvmctl:vg0:data")!.tpgs.get(1)!;
    expect(tpg).toEqual({
      enabled: true,
      attributes: {
        authentication: "0",
        generate_node_acls: "0",
        demo_mode_write_protect: "1",
        cache_dynamic_acls: "0",
      },
      luns: new Map([[0, "block/lvmctl:vg0:data"]]),
      acls: new Map([
        [
          "iqn.1993-08.org.debian:01:7ac3e2910a2",
          { userid: "", password: "", mappedLuns: new Map([[0, { tpgLun: 0, writeProtect: false }]]) },
        ],
      ]),
      portals: ["0.0.0.0:3260", "[::1]:3261"],
    });
    expect(state.targets.get("iqn.2003-01.org.example:foreign")!.tpgs.get(1)!.luns).toEqual(
      new Map([[0, "fileio/foreign"]]),
    );
    expect([...state.targets.get("iqn.2026-11.io.lvmctl:vg0:orphan")!.tpgs.keys()]).toEqual([1, 2]);
  });

  it('reads credentials cleared by targetcli ("NULL" in configfs) as none', async () => {
    const root = await materialize("configfs-exports.json");
    const auth = join(
      root,
      "iscsi/iqn.2026-11.io.lvmctl:e2e:thin/tpgt_1/acls/iqn.1993-08.org.debian:01:7ac3e2910a2/auth",
    );
    await writeFile(join(auth, "userid"), "NULL\n");
    await writeFile(join(auth, "password"), "NULL\n");
    const acl = (await readLioState(root)).targets
      .get("iqn.2026-11.io.lvmctl:e2e:thin")!
      .tpgs.get(1)!
      .acls.get("iqn.1993-08.org.debian:01:7ac3e2910a2")!;
    expect([acl.userid, acl.password]).toEqual(["", ""]);
  });

  it("plans the repair of that configuration, leaving the foreign target alone", async () => {
    const state = await readLioState(await materialize("configfs-manual.json"));
    const desired = [
      {
        volume: "vg0/data",
        targetIqn: "iqn.2026-11.io.lvmctl:vg0:data",
        backstore: "lvmctl:vg0:data",
        device: "/dev/vg0/data",
        serial: "0123abcd-0000-4000-8000-00000000abcd",
        initiators: ["iqn.1993-08.org.debian:01:7ac3e2910a2"],
        portals: [{ address: "0.0.0.0", port: 3260 }],
      },
    ];
    const scope = {
      ownsTarget: (iqn: string) => parseTargetIqn("iqn.2026-11.io.lvmctl", iqn) !== undefined,
      ownsBackstore: (b: { name: string }) => parseBackstoreName(b.name) !== undefined,
    };
    expect(planExports(state, desired, scope).map((a) => a.description)).toEqual([
      "remove target iqn.2026-11.io.lvmctl:vg0:orphan: no volume is exported under this name",
      "remove portal [::1]:3261 from iqn.2026-11.io.lvmctl:vg0:data",
    ]);
  });

  it("reads back what lvmctld made in the VM as exactly what the tags want", async () => {
    // configfs-exports.json: LIO after `lvmctl export create thick -i <guest>` and
    // `lvmctl export create thin -i <guest> --chap` in test/vm/e2e.bats (a
    // throwaway VM, so its CHAP secret is no secret); the LVs' tags then were:
    const tags = {
      thick: "lvmctl.export,lvmctl.export.initiator=iqn.1993-08.org.debian:01:7ac3e2910a2,lvmctl.managed",
      thin: "lvmctl.export,lvmctl.export.chap=8f8e8adbe4d8add4,lvmctl.export.initiator=iqn.1993-08.org.debian:01:7ac3e2910a2,lvmctl.managed",
    };
    const state = await readLioState(await materialize("configfs-exports.json"));
    const desired: DesiredExport[] = Object.entries(tags).map(([lv, t]) => {
      const s = readExportTags(t.split(","))!;
      const ref = { vg: "e2e", lv };
      return {
        volume: `e2e/${lv}`,
        targetIqn: targetIqn("iqn.2026-11.io.lvmctl", ref),
        backstore: backstoreName(ref),
        device: `/dev/e2e/${lv}`,
        serial: "0123abcd-0000-4000-8000-00000000abcd",
        initiators: s.initiators,
        chap: s.chapNonce ? { user: `lvmctl-${s.chapNonce}`, secret: "f30c65d2692275fa61a5d1afe6f4e35c" } : undefined,
        portals: [{ address: "0.0.0.0", port: 3260 }],
      };
    });
    const scope = {
      ownsTarget: (iqn: string) => parseTargetIqn("iqn.2026-11.io.lvmctl", iqn) !== undefined,
      ownsBackstore: (b: { name: string }) => parseBackstoreName(b.name) !== undefined,
    };
    expect(planExports(state, desired, scope)).toEqual([]);
    expect(planExports(state, desired.slice(0, 1), scope).map((a) => a.description)).toEqual([
      "remove target iqn.2026-11.io.lvmctl:e2e:thin: no volume is exported under this name",
      "remove block backstore lvmctl:e2e:thin: no exported volume uses it",
    ]);
  });

  it("reads a host without targets (iscsi module not loaded yet) as empty", async () => {
    const root = await mkdtemp(join(tmpdir(), "lvmctl-configfs-"));
    roots.push(root);
    await mkdir(join(root, "core", "alua"), { recursive: true });
    expect(await readLioState(root)).toEqual({ backstores: new Map(), targets: new Map() });
  });
});
