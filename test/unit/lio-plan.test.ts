import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { backstoreName, parseBackstoreName, parseTargetIqn, targetIqn } from "../../src/server/lio/names.js";
import { planExports, type Action, type DesiredExport, type Scope } from "../../src/server/lio/plan.js";
import { renderScript } from "../../src/server/lio/script.js";
import type { LioState } from "../../src/server/lio/state.js";
import { emptyState, simulate, simulateAll } from "./lio-sim.js";

const PREFIX = "iqn.2026-11.io.lvmctl";
const A = "iqn.1993-08.org.debian:01:aaaa";
const B = "iqn.1993-08.org.debian:01:bbbb";
const SECRET = "0123456789abcdef0123456789abcdef";

function desired(lv: string, over: Partial<DesiredExport> = {}): DesiredExport {
  const ref = { vg: "vg0", lv };
  return {
    volume: `vg0/${lv}`,
    targetIqn: targetIqn(PREFIX, ref),
    backstore: backstoreName(ref),
    device: `/dev/vg0/${lv}`,
    serial: "0123abcd-0000-4000-8000-00000000abcd",
    initiators: [A],
    portals: [{ address: "0.0.0.0", port: 3260 }],
    ...over,
  };
}

/** Everything named by lvmctl for vg0 is owned, as in a reconcile. */
const ALL: Scope = {
  ownsTarget: (iqn) => parseTargetIqn(PREFIX, iqn)?.vg === "vg0",
  ownsBackstore: (b) => parseBackstoreName(b.name)?.vg === "vg0",
};

/** What an export must look like in LIO, stated independently of the planner. */
function exported(state: LioState, d: DesiredExport): unknown {
  const key = `block/${d.backstore}`;
  const tpgs = state.targets.get(d.targetIqn)?.tpgs;
  const tpg = tpgs?.get(1);
  return {
    backstore: state.backstores.get(key),
    tpgs: tpgs && [...tpgs.keys()],
    enabled: tpg?.enabled,
    attributes: tpg?.attributes,
    luns: tpg && [...tpg.luns],
    portals: tpg?.portals,
    acls:
      tpg &&
      Object.fromEntries(
        [...tpg.acls].map(([i, a]) => [i, { userid: a.userid, password: a.password, mapped: [...a.mappedLuns] }]),
      ),
  };
}

function expectExported(state: LioState, d: DesiredExport): void {
  expect(exported(state, d)).toEqual({
    backstore: { plugin: "block", name: d.backstore, device: d.device, enabled: true },
    tpgs: [1],
    enabled: true,
    attributes: {
      authentication: d.chap ? "1" : "0",
      generate_node_acls: "0",
      demo_mode_write_protect: "1",
      cache_dynamic_acls: "0",
    },
    luns: [[0, key(d)]],
    portals: d.portals
      .map((p) => (p.address.includes(":") ? `[${p.address}]:${p.port}` : `${p.address}:${p.port}`))
      .sort(),
    acls: Object.fromEntries(
      d.initiators.map((i) => [
        i,
        {
          userid: d.chap?.user ?? "",
          password: d.chap?.secret ?? "",
          mapped: [[0, { tpgLun: 0, writeProtect: false }]],
        },
      ]),
    ),
  });
}

const key = (d: DesiredExport) => `block/${d.backstore}`;

const commands = (actions: Action[]) => actions.flatMap((a) => a.commands);

/** Plans, runs the plan, and returns the state. */
function converge(state: LioState, want: DesiredExport[], scope = ALL): LioState {
  return simulateAll(state, commands(planExports(state, want, scope)));
}

function foreign(state: LioState): LioState {
  return simulateAll(state, [
    "/backstores/fileio create name=foreign dev=/srv/foreign.img",
    "/iscsi create iqn.2003-01.org.example:foreign",
    "/iscsi/iqn.2003-01.org.example:foreign/tpg1/luns create /backstores/fileio/foreign lun=0",
    // lvmctl's naming, but serving a target lvmctl does not own: never deleted.
    "/backstores/block create name=lvmctl:vg0:lent dev=/dev/vg0/lent",
    "/iscsi/iqn.2003-01.org.example:foreign/tpg1/luns create /backstores/block/lvmctl:vg0:lent lun=1",
    // Another VG's export (not configured here) is left alone too.
    "/iscsi create iqn.2026-11.io.lvmctl:vg9:data",
  ]);
}

describe("planning an export", () => {
  it("creates a missing export in an order that is never looser than wanted", () => {
    const actions = planExports(
      emptyState(),
      [desired("data", { chap: { user: "lvmctl-u", secret: SECRET }, initiators: [A, B] })],
      ALL,
    );
    expect(actions.map((a) => [a.kind, a.object])).toEqual([
      ["create", "lvmctl:vg0:data"],
      ["create", "iqn.2026-11.io.lvmctl:vg0:data"],
    ]);
    const t = "/iscsi/iqn.2026-11.io.lvmctl:vg0:data/tpg1";
    expect(commands(actions)).toEqual([
      "/backstores/block create name=lvmctl:vg0:data dev=/dev/vg0/data wwn=0123abcd-0000-4000-8000-00000000abcd",
      "/iscsi create iqn.2026-11.io.lvmctl:vg0:data",
      `${t} set attribute authentication=1 generate_node_acls=0 demo_mode_write_protect=1 cache_dynamic_acls=0`,
      `${t}/portals create 0.0.0.0 3260`,
      `${t}/luns create /backstores/block/lvmctl:vg0:data lun=0 add_mapped_luns=false`,
      `${t}/acls create ${A} add_mapped_luns=false`,
      `${t}/acls/${A} set auth userid=lvmctl-u password=${SECRET}`,
      `${t}/acls/${A} create mapped_lun=0 tpg_lun_or_backstore=0 write_protect=false`,
      `${t}/acls create ${B} add_mapped_luns=false`,
      `${t}/acls/${B} set auth userid=lvmctl-u password=${SECRET}`,
      `${t}/acls/${B} create mapped_lun=0 tpg_lun_or_backstore=0 write_protect=false`,
      `${t} enable`,
    ]);
    expect(renderScript(commands(actions)).endsWith("\nsaveconfig\n")).toBe(true);
  });

  it("plans nothing once LIO matches, whatever targetcli's default-portal preference", () => {
    for (const defaultPortal of [true, false]) {
      for (const portals of [
        [{ address: "0.0.0.0", port: 3260 }],
        [
          { address: "127.0.0.1", port: 3261 },
          { address: "::1", port: 3260 },
        ],
      ]) {
        const want = [
          desired("data", { portals }),
          desired("other", { initiators: [A, B], chap: { user: "u", secret: SECRET }, portals }),
        ];
        const state = simulateAll(emptyState(), commands(planExports(emptyState(), want, ALL)), { defaultPortal });
        expect(planExports(state, want, ALL)).toEqual([]);
        for (const d of want) expectExported(state, d);
      }
    }
  });

  it("removes orphans it owns and nothing else", () => {
    const state = foreign(converge(emptyState(), [desired("data"), desired("gone")]));
    const actions = planExports(state, [desired("data")], ALL);
    expect(actions.map((a) => [a.kind, a.object])).toEqual([
      ["delete", "iqn.2026-11.io.lvmctl:vg0:gone"],
      ["delete", "lvmctl:vg0:gone"],
    ]);
    const after = simulateAll(state, commands(actions));
    expect([...after.targets.keys()].sort()).toEqual([
      "iqn.2003-01.org.example:foreign",
      "iqn.2026-11.io.lvmctl:vg0:data",
      "iqn.2026-11.io.lvmctl:vg9:data",
    ]);
    expect([...after.backstores.keys()].sort()).toEqual([
      "block/lvmctl:vg0:data",
      "block/lvmctl:vg0:lent",
      "fileio/foreign",
    ]);
  });

  it("touches only the one volume's objects when scoped to it", () => {
    const state = converge(emptyState(), [desired("data"), desired("other")]);
    const d = desired("data");
    const scope: Scope = { ownsTarget: (t) => t === d.targetIqn, ownsBackstore: (b) => b.name === d.backstore };
    const actions = planExports(state, [], scope);
    expect(actions.map((a) => [a.kind, a.object])).toEqual([
      ["delete", d.targetIqn],
      ["delete", d.backstore],
    ]);
    expect([...simulateAll(state, commands(actions)).targets.keys()]).toEqual([desired("other").targetIqn]);
  });

  it("repairs every kind of drift", () => {
    const want = desired("data", { initiators: [A, B] });
    const t = "/iscsi/iqn.2026-11.io.lvmctl:vg0:data";
    const state = simulateAll(converge(emptyState(), [want]), [
      `${t}/tpg1/acls delete ${B}`,
      `${t}/tpg1/acls create iqn.2026-01.com.example:stray add_mapped_luns=false`,
      `${t}/tpg1/acls/${A} set auth userid=old password=oldsecret`,
      `${t}/tpg1/portals create 127.0.0.1 3261`,
      `${t}/tpg1 set attribute generate_node_acls=1`,
      `${t}/tpg1 disable`,
      `${t} create 2`,
      "/backstores/block create name=extra dev=/dev/vg0/extra",
      `${t}/tpg1/luns create /backstores/block/extra lun=3 add_mapped_luns=false`,
    ]);
    const actions = planExports(state, [want], ALL);
    expect(actions.every((a) => a.kind === "update")).toBe(true);
    expect(actions.map((a) => a.description)).toEqual([
      "remove TPG 2 of iqn.2026-11.io.lvmctl:vg0:data",
      "remove LUN 3 of iqn.2026-11.io.lvmctl:vg0:data",
      "remove ACL iqn.2026-01.com.example:stray from iqn.2026-11.io.lvmctl:vg0:data",
      `clear the CHAP credentials of ACL ${A} on iqn.2026-11.io.lvmctl:vg0:data`,
      `allow initiator ${B} on iqn.2026-11.io.lvmctl:vg0:data`,
      "set generate_node_acls=0 on iqn.2026-11.io.lvmctl:vg0:data",
      "remove portal 127.0.0.1:3261 from iqn.2026-11.io.lvmctl:vg0:data",
      "enable TPG 1 of iqn.2026-11.io.lvmctl:vg0:data",
    ]);
    expect(planExports(simulateAll(state, commands(actions)), [want], ALL)).toEqual([]);
    expectExported(state, want);
  });

  it("re-creates a backstore that serves the wrong device, and the LUN and mapped LUNs with it", () => {
    const want = desired("data");
    const state = converge(emptyState(), [want]);
    state.backstores.get("block/lvmctl:vg0:data")!.device = "/dev/vg0/old";
    const actions = planExports(state, [want], ALL);
    expect(actions.map((a) => a.description)).toEqual([
      're-create block backstore lvmctl:vg0:data: it serves "/dev/vg0/old", not /dev/vg0/data',
      "map LUN 0 of iqn.2026-11.io.lvmctl:vg0:data to backstore lvmctl:vg0:data",
      `map LUN 0 (read-write) and nothing else for ACL ${A} on iqn.2026-11.io.lvmctl:vg0:data`,
    ]);
    const after = simulateAll(state, commands(actions));
    expect(planExports(after, [want], ALL)).toEqual([]);
    expectExported(after, want);
  });

  it("turns CHAP on before changing ACLs, and off after", () => {
    const plain = desired("data", { initiators: [A] });
    const chap = desired("data", { initiators: [B], chap: { user: "u", secret: SECRET } });
    const on = planExports(converge(emptyState(), [plain]), [chap], ALL).map((a) => a.description);
    expect(on[0]).toMatch(/^set authentication=1/);
    const state = converge(emptyState(), [chap]);
    const off = planExports(state, [plain], ALL);
    expect(off.at(-1)?.description).toMatch(/^set authentication=0/);
    expectExported(simulateAll(state, commands(off)), plain);
  });

  it("never puts a secret in a description", () => {
    const want = desired("data", { initiators: [A, B], chap: { user: "u", secret: SECRET } });
    const drifted = simulateAll(converge(emptyState(), [want]), [
      `/iscsi/${want.targetIqn}/tpg1/acls/${A} set auth userid=u password=x`,
    ]);
    for (const actions of [planExports(emptyState(), [want], ALL), planExports(drifted, [want], ALL)]) {
      expect(actions.length).toBeGreaterThan(0);
      for (const a of actions) expect(a.description).not.toContain(SECRET);
    }
  });
});

describe("crash safety", () => {
  // Any drift, then a run of the plan cut short at any command (kill -9 of
  // lvmctld or targetcli), then one more plan-and-run: LIO matches the tags
  // exactly, and objects lvmctl does not own are untouched.
  const drift = fc.constantFrom(
    `/iscsi delete ${desired("data").targetIqn}`,
    "/backstores/block delete lvmctl:vg0:data",
    `/iscsi/${desired("data").targetIqn}/tpg1/acls delete ${A}`,
    `/iscsi/${desired("data").targetIqn}/tpg1/acls/${A} delete 0`,
    `/iscsi/${desired("data").targetIqn}/tpg1/luns delete lun=0`,
    `/iscsi/${desired("data").targetIqn}/tpg1/acls/${A} create mapped_lun=1 tpg_lun_or_backstore=0 write_protect=false`,
    `/iscsi/${desired("data").targetIqn}/tpg1/acls/${A} create mapped_lun=0 tpg_lun_or_backstore=0 write_protect=true`,
    `/iscsi/${desired("data").targetIqn}/tpg1/portals delete 0.0.0.0 3260`,
    `/iscsi/${desired("data").targetIqn}/tpg1 disable`,
    `/iscsi/${desired("data").targetIqn} create 2`,
    `/iscsi/${desired("data").targetIqn} delete 1`,
    "/iscsi create iqn.2026-11.io.lvmctl:vg0:orphan",
    "/backstores/block create name=lvmctl:vg0:orphan dev=/dev/vg0/orphan",
    "/backstores/fileio create name=lvmctl:vg0:data dev=/srv/x",
  );
  const wants = fc.constantFrom<DesiredExport[]>(
    [],
    [desired("data")],
    [desired("data", { initiators: [A, B], chap: { user: "u", secret: SECRET } }), desired("two", { initiators: [B] })],
  );

  it("converges after any crash point", () => {
    fc.assert(
      fc.property(wants, wants, fc.array(drift, { maxLength: 6 }), fc.nat(), (before, after, drifts, cut) => {
        const state = simulateAll(foreign(converge(emptyState(), before)), drifts);
        const untouched = JSON.stringify(
          [...state.targets]
            .filter(([iqn]) => !ALL.ownsTarget(iqn))
            .map(([, t]) => [...t.tpgs.values()].map((tpg) => [...tpg.luns])),
        );
        const planned = commands(planExports(state, after, ALL));
        for (const line of planned.slice(0, cut % (planned.length + 1))) simulate(state, line);
        converge(state, after);
        expect(planExports(state, after, ALL)).toEqual([]);
        for (const d of after) expectExported(state, d);
        const wantedTargets = after.map((d) => d.targetIqn).sort();
        expect([...state.targets.keys()].filter((iqn) => ALL.ownsTarget(iqn)).sort()).toEqual(wantedTargets);
        expect(
          JSON.stringify(
            [...state.targets]
              .filter(([iqn]) => !ALL.ownsTarget(iqn))
              .map(([, t]) => [...t.tpgs.values()].map((tpg) => [...tpg.luns])),
          ),
        ).toBe(untouched);
      }),
      { numRuns: 500 },
    );
  });
});
