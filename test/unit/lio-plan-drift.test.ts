// The reconcile planner, case by case: each kind of drift with the exact
// actions (what ReconcileExports reports) and targetcli commands it plans.
import { describe, expect, it } from "vitest";
import { backstoreName, parseBackstoreName, parseTargetIqn, targetIqn } from "../../src/server/lio/names.js";
import { planExports, type Action, type DesiredExport, type Scope } from "../../src/server/lio/plan.js";
import type { LioState } from "../../src/server/lio/state.js";
import { emptyState, simulateAll } from "./lio-sim.js";

const PREFIX = "iqn.2026-11.io.lvmctl";
const A = "iqn.1993-08.org.debian:01:aaaa";
const B = "iqn.1993-08.org.debian:01:bbbb";
const FOREIGN = "iqn.2003-01.org.example:foreign";
const SECRET = "0123456789abcdef0123456789abcdef";
const SERIAL = "0123abcd-0000-4000-8000-00000000abcd";

function desired(lv: string, over: Partial<DesiredExport> = {}): DesiredExport {
  const ref = { vg: "vg0", lv };
  return {
    volume: `vg0/${lv}`,
    targetIqn: targetIqn(PREFIX, ref),
    backstore: backstoreName(ref),
    device: `/dev/vg0/${lv}`,
    serial: SERIAL,
    initiators: [A],
    portals: [{ address: "0.0.0.0", port: 3260 }],
    ...over,
  };
}

const SCOPE: Scope = {
  ownsTarget: (iqn) => parseTargetIqn(PREFIX, iqn)?.vg === "vg0",
  ownsBackstore: (b) => parseBackstoreName(b.name)?.vg === "vg0",
};

const DATA = desired("data");
const IQN = DATA.targetIqn;
const T = `/iscsi/${IQN}/tpg1`;

/** LIO exactly as `want` asks, then the drift. */
function drifted(want: DesiredExport[], drift: string[] = []): LioState {
  const state = emptyState();
  simulateAll(
    state,
    planExports(state, want, SCOPE).flatMap((a) => a.commands),
  );
  expect(planExports(state, want, SCOPE)).toEqual([]);
  return simulateAll(state, drift);
}

const tpg1 = (state: LioState, iqn = IQN) => state.targets.get(iqn)!.tpgs.get(1)!;
const plan = (state: LioState, want: DesiredExport[]) =>
  planExports(state, want, SCOPE).map((a: Action) => [a.kind, a.object, a.description, a.commands]);

describe("backstores", () => {
  it("removes an orphan lvmctl backstore and its target", () => {
    const state = drifted([DATA, desired("gone")]);
    expect(plan(state, [DATA])).toEqual([
      [
        "delete",
        desired("gone").targetIqn,
        `remove target ${desired("gone").targetIqn}: no volume is exported under this name`,
        [`/iscsi delete ${desired("gone").targetIqn}`],
      ],
      [
        "delete",
        "lvmctl:vg0:gone",
        "remove block backstore lvmctl:vg0:gone: no exported volume uses it",
        ["/backstores/block delete lvmctl:vg0:gone"],
      ],
    ]);
  });

  it("keeps a backstore that an owned and a foreign target share, and removes only the owned target", () => {
    const shared = desired("shared");
    const state = drifted(
      [DATA, shared],
      [`/iscsi create ${FOREIGN}`, `/iscsi/${FOREIGN}/tpg1/luns create /backstores/block/${shared.backstore} lun=0`],
    );
    expect(plan(state, [DATA])).toEqual([
      [
        "delete",
        shared.targetIqn,
        `remove target ${shared.targetIqn}: no volume is exported under this name`,
        [`/iscsi delete ${shared.targetIqn}`],
      ],
    ]);
  });

  it("sees a foreign target's use of a backstore in any of its TPGs", () => {
    const shared = desired("shared");
    const state = drifted([DATA, shared], [`/iscsi create ${FOREIGN}`, `/iscsi/${FOREIGN} create 2`]);
    state.targets.get(FOREIGN)!.tpgs.get(2)!.luns.set(0, `block/${shared.backstore}`);
    expect(plan(state, [DATA]).map(([kind, object]) => [kind, object])).toEqual([["delete", shared.targetIqn]]);
  });

  it("re-creates a backstore that is not enabled", () => {
    const state = drifted([DATA]);
    state.backstores.get(`block/${DATA.backstore}`)!.enabled = false;
    expect(plan(state, [DATA])[0]).toEqual([
      "update",
      DATA.backstore,
      're-create block backstore lvmctl:vg0:data: it serves "/dev/vg0/data" and is not enabled, not /dev/vg0/data',
      [
        `/backstores/block delete ${DATA.backstore}`,
        `/backstores/block create name=${DATA.backstore} dev=/dev/vg0/data wwn=${SERIAL}`,
      ],
    ]);
  });
});

describe("targets", () => {
  it("creates an export without CHAP: no credentials, authentication off", () => {
    expect(plan(emptyState(), [desired("data", { initiators: [A, B] })])).toEqual([
      [
        "create",
        DATA.backstore,
        "create block backstore lvmctl:vg0:data on /dev/vg0/data",
        [`/backstores/block create name=${DATA.backstore} dev=/dev/vg0/data wwn=${SERIAL}`],
      ],
      [
        "create",
        IQN,
        `export vg0/data as ${IQN} to ${A}, ${B}`,
        [
          `/iscsi create ${IQN}`,
          `${T} set attribute authentication=0 generate_node_acls=0 demo_mode_write_protect=1 cache_dynamic_acls=0`,
          `${T}/portals create 0.0.0.0 3260`,
          `${T}/luns create /backstores/block/${DATA.backstore} lun=0 add_mapped_luns=false`,
          `${T}/acls create ${A} add_mapped_luns=false`,
          `${T}/acls/${A} create mapped_lun=0 tpg_lun_or_backstore=0 write_protect=false`,
          `${T}/acls create ${B} add_mapped_luns=false`,
          `${T}/acls/${B} create mapped_lun=0 tpg_lun_or_backstore=0 write_protect=false`,
          `${T} enable`,
        ],
      ],
    ]);
  });

  it("removes targetcli's default portal from a new target that does not want it", () => {
    const want = desired("data", { portals: [{ address: "::1", port: 3261 }] });
    const [, [, , , commands]] = plan(emptyState(), [want]);
    expect((commands as string[]).slice(2, 4)).toEqual([
      `${T}/portals delete 0.0.0.0 3260`,
      `${T}/portals create ::1 3261`,
    ]);
  });

  it("re-creates a target that has no TPG 1", () => {
    const state = drifted([DATA], [`/iscsi/${IQN} create 2`, `/iscsi/${IQN} delete 1`]);
    const [[kind, object, description, commands]] = plan(state, [DATA]);
    expect([kind, object, description]).toEqual(["update", IQN, `re-create target ${IQN}: it has no TPG 1`]);
    expect((commands as string[]).slice(0, 2)).toEqual([`/iscsi delete ${IQN}`, `/iscsi create ${IQN}`]);
  });
});

describe("LUNs", () => {
  it("remaps LUN 0 that serves another backstore, deleting it first", () => {
    const state = drifted(
      [DATA],
      [
        `${T}/luns delete lun=0`,
        "/backstores/block create name=extra dev=/dev/vg0/extra",
        `${T}/luns create /backstores/block/extra lun=0`,
      ],
    );
    expect(plan(state, [DATA])).toEqual([
      [
        "update",
        IQN,
        `map LUN 0 of ${IQN} to backstore ${DATA.backstore}`,
        [`${T}/luns delete lun=0`, `${T}/luns create /backstores/block/${DATA.backstore} lun=0 add_mapped_luns=false`],
      ],
      [
        "update",
        `${IQN}/${A}`,
        `map LUN 0 (read-write) and nothing else for ACL ${A} on ${IQN}`,
        [`${T}/acls/${A} create mapped_lun=0 tpg_lun_or_backstore=0 write_protect=false`],
      ],
    ]);
  });

  it("creates a missing LUN 0 without deleting anything", () => {
    const state = drifted([DATA], [`${T}/luns delete lun=0`]);
    expect(plan(state, [DATA])[0]).toEqual([
      "update",
      IQN,
      `map LUN 0 of ${IQN} to backstore ${DATA.backstore}`,
      [`${T}/luns create /backstores/block/${DATA.backstore} lun=0 add_mapped_luns=false`],
    ]);
  });

  it("removes non-zero TPG LUNs; their mapped LUNs go with them", () => {
    const state = drifted(
      [DATA],
      [
        "/backstores/block create name=extra dev=/dev/vg0/extra",
        `${T}/luns create /backstores/block/extra lun=3 add_mapped_luns=false`,
        `${T}/acls/${A} create mapped_lun=1 tpg_lun_or_backstore=3 write_protect=false`,
      ],
    );
    expect(plan(state, [DATA])).toEqual([["update", IQN, `remove LUN 3 of ${IQN}`, [`${T}/luns delete lun=3`]]]);
  });
});

describe("ACLs and mapped LUNs", () => {
  it("removes a second mapping of LUN 0, keeping the right one", () => {
    const state = drifted([DATA], [`${T}/acls/${A} create mapped_lun=1 tpg_lun_or_backstore=0 write_protect=false`]);
    expect(plan(state, [DATA])).toEqual([
      [
        "update",
        `${IQN}/${A}`,
        `map LUN 0 (read-write) and nothing else for ACL ${A} on ${IQN}`,
        [`${T}/acls/${A} delete 1`],
      ],
    ]);
  });

  it("replaces mapped LUN 0 when it maps a LUN other than 0", () => {
    const state = drifted(
      [DATA],
      [
        "/backstores/block create name=extra dev=/dev/vg0/extra",
        `${T}/luns create /backstores/block/extra lun=3 add_mapped_luns=false`,
        `${T}/acls/${A} delete 0`,
        `${T}/acls/${A} create mapped_lun=0 tpg_lun_or_backstore=3 write_protect=false`,
      ],
    );
    expect(plan(state, [DATA])).toEqual([
      ["update", IQN, `remove LUN 3 of ${IQN}`, [`${T}/luns delete lun=3`]],
      [
        "update",
        `${IQN}/${A}`,
        `map LUN 0 (read-write) and nothing else for ACL ${A} on ${IQN}`,
        [`${T}/acls/${A} create mapped_lun=0 tpg_lun_or_backstore=0 write_protect=false`],
      ],
    ]);
  });

  it("replaces a write-protected mapping", () => {
    const state = drifted(
      [DATA],
      [`${T}/acls/${A} delete 0`, `${T}/acls/${A} create mapped_lun=0 tpg_lun_or_backstore=0 write_protect=true`],
    );
    expect(plan(state, [DATA])).toEqual([
      [
        "update",
        `${IQN}/${A}`,
        `map LUN 0 (read-write) and nothing else for ACL ${A} on ${IQN}`,
        [`${T}/acls/${A} delete 0`, `${T}/acls/${A} create mapped_lun=0 tpg_lun_or_backstore=0 write_protect=false`],
      ],
    ]);
  });

  it("removes a mapping whose link cannot be read", () => {
    const state = drifted([DATA]);
    tpg1(state).acls.get(A)!.mappedLuns.set(2, { tpgLun: undefined, writeProtect: false });
    expect(plan(state, [DATA])).toEqual([
      [
        "update",
        `${IQN}/${A}`,
        `map LUN 0 (read-write) and nothing else for ACL ${A} on ${IQN}`,
        [`${T}/acls/${A} delete 2`],
      ],
    ]);
  });

  it("allows a missing initiator and removes a stray one", () => {
    const state = drifted([DATA], [`${T}/acls create ${B} add_mapped_luns=false`]);
    const want = desired("data", { initiators: [B] });
    expect(plan(state, [want])).toEqual([
      ["update", `${IQN}/${A}`, `remove ACL ${A} from ${IQN}`, [`${T}/acls delete ${A}`]],
      [
        "update",
        `${IQN}/${B}`,
        `map LUN 0 (read-write) and nothing else for ACL ${B} on ${IQN}`,
        [`${T}/acls/${B} create mapped_lun=0 tpg_lun_or_backstore=0 write_protect=false`],
      ],
    ]);
    expect(plan(drifted([DATA]), [desired("data", { initiators: [A, B] })])).toEqual([
      [
        "update",
        `${IQN}/${B}`,
        `allow initiator ${B} on ${IQN}`,
        [
          `${T}/acls create ${B} add_mapped_luns=false`,
          `${T}/acls/${B} create mapped_lun=0 tpg_lun_or_backstore=0 write_protect=false`,
        ],
      ],
    ]);
  });

  it("repairs drift of the CHAP userid alone, and of the password alone", () => {
    const chap = desired("data", { chap: { user: "lvmctl-0123456789abcdef", secret: SECRET } });
    const set = [
      "update",
      `${IQN}/${A}`,
      `set the CHAP credentials of ACL ${A} on ${IQN}`,
      [`${T}/acls/${A} set auth userid=lvmctl-0123456789abcdef password=${SECRET}`],
    ];
    expect(plan(drifted([chap], [`${T}/acls/${A} set auth userid=lvmctl-fedcba9876543210`]), [chap])).toEqual([set]);
    expect(
      plan(drifted([chap], [`${T}/acls/${A} set auth password=ffffffffffffffffffffffffffffffff`]), [chap]),
    ).toEqual([set]);
    expect(plan(drifted([DATA], [`${T}/acls/${A} set auth userid=someone`]), [DATA])).toEqual([
      [
        "update",
        `${IQN}/${A}`,
        `clear the CHAP credentials of ACL ${A} on ${IQN}`,
        [`${T}/acls/${A} set auth userid=`, `${T}/acls/${A} set auth password=`],
      ],
    ]);
  });

  it("gives a new ACL its credentials when CHAP is on", () => {
    const want = desired("data", { initiators: [A, B], chap: { user: "u", secret: SECRET } });
    const state = drifted([want], [`${T}/acls delete ${B}`]);
    expect(plan(state, [want])).toEqual([
      [
        "update",
        `${IQN}/${B}`,
        `allow initiator ${B} on ${IQN}`,
        [
          `${T}/acls create ${B} add_mapped_luns=false`,
          `${T}/acls/${B} set auth userid=u password=${SECRET}`,
          `${T}/acls/${B} create mapped_lun=0 tpg_lun_or_backstore=0 write_protect=false`,
        ],
      ],
    ]);
  });
});

describe("attributes and portals", () => {
  it("names every drifted attribute in one action", () => {
    const state = drifted([DATA], [`${T} set attribute generate_node_acls=1 cache_dynamic_acls=1`]);
    expect(plan(state, [DATA])).toEqual([
      [
        "update",
        IQN,
        `set generate_node_acls=0 cache_dynamic_acls=0 on ${IQN}`,
        [`${T} set attribute authentication=0 generate_node_acls=0 demo_mode_write_protect=1 cache_dynamic_acls=0`],
      ],
    ]);
  });

  it("adds and removes portals, IPv6 ones included", () => {
    const state = drifted([DATA], [`${T}/portals create ::1 3261`]);
    const want = desired("data", { portals: [{ address: "fe80::1", port: 3260 }] });
    expect(plan(state, [want])).toEqual([
      ["update", IQN, `remove portal 0.0.0.0:3260 from ${IQN}`, [`${T}/portals delete 0.0.0.0 3260`]],
      ["update", IQN, `remove portal [::1]:3261 from ${IQN}`, [`${T}/portals delete ::1 3261`]],
      ["update", IQN, `add portal [fe80::1]:3260 to ${IQN}`, [`${T}/portals create fe80::1 3260`]],
    ]);
  });
});
