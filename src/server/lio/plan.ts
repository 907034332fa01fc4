// Reconcile planning: from the running LIO state and the desired exports (from
// LV tags) to the targetcli commands that make LIO match. Pure, so every drift
// case is unit-tested. Each command is computed from the state it changes, so
// running the plan again after a partial run (a crash, a failed step) only
// does what is still missing: the steps are idempotent as a whole.
import type { ChapCredentials } from "./chap.js";
import { portalName, type Portal } from "./names.js";
import { targetcli } from "./script.js";
import { backstoreKey, type Backstore, type LioState, type Tpg } from "./state.js";

export interface DesiredExport {
  /** "vg/lv", for descriptions. */
  volume: string;
  targetIqn: string;
  /** Name of its block backstore. */
  backstore: string;
  /** The LV's device path. */
  device: string;
  /** SCSI unit serial given to a new backstore, stable per LV so initiators see the same disk id after a re-create. */
  serial: string;
  /** Sorted. */
  initiators: readonly string[];
  chap?: ChapCredentials;
  portals: readonly Portal[];
}

export type ActionKind = "create" | "delete" | "update";

export interface Action {
  kind: ActionKind;
  /** The LIO object concerned: target IQN, backstore name or "<target IQN>/<initiator>". */
  object: string;
  /** Never contains a secret: it is logged and returned by ReconcileExports. */
  description: string;
  commands: string[];
}

/** Which LIO objects the plan may create, change or delete; everything else is never touched. */
export interface Scope {
  ownsTarget(iqn: string): boolean;
  ownsBackstore(backstore: Backstore): boolean;
}

const BLOCK = "block";
/** targetcli's auto_add_default_portal preference adds this portal to every new target. */
const DEFAULT_PORTAL: Portal = { address: "0.0.0.0", port: 3260 };

/** Access only through the ACLs: never generated ACLs, and demo mode (if ever on) read-only. */
function wantedAttributes(d: DesiredExport): Record<string, string> {
  return {
    authentication: d.chap ? "1" : "0",
    generate_node_acls: "0",
    demo_mode_write_protect: "1",
    cache_dynamic_acls: "0",
  };
}

export function planExports(state: LioState, desired: readonly DesiredExport[], scope: Scope): Action[] {
  const actions: Action[] = [];
  const wantedTargets = new Set(desired.map((d) => d.targetIqn));
  const wantedBackstores = new Set(desired.map((d) => backstoreKey(BLOCK, d.backstore)));

  for (const iqn of state.targets.keys()) {
    if (scope.ownsTarget(iqn) && !wantedTargets.has(iqn)) {
      actions.push({
        kind: "delete",
        object: iqn,
        description: `remove target ${iqn}: no volume is exported under this name`,
        commands: [targetcli.deleteTarget(iqn)],
      });
    }
  }
  // Deleting a backstore also deletes the LUNs that use it (rtslib), so a plan
  // must know which backstores go away before it looks at LUNs.
  const removed = new Set<string>();
  for (const [key, bs] of state.backstores) {
    if (!scope.ownsBackstore(bs) || wantedBackstores.has(key)) continue;
    if (lunUsers(state, key).some((iqn) => !scope.ownsTarget(iqn))) continue; // serves a target lvmctl does not own
    removed.add(key);
    actions.push({
      kind: "delete",
      object: bs.name,
      description: `remove ${bs.plugin} backstore ${bs.name}: no exported volume uses it`,
      commands: [targetcli.deleteBackstore(bs.plugin, bs.name)],
    });
  }
  for (const d of desired) actions.push(...planExport(state, d, removed));
  return actions;
}

function lunUsers(state: LioState, key: string): string[] {
  return [...state.targets]
    .filter(([, t]) => [...t.tpgs.values()].some((tpg) => [...tpg.luns.values()].includes(key)))
    .map(([iqn]) => iqn);
}

function planExport(state: LioState, d: DesiredExport, removed: Set<string>): Action[] {
  const actions: Action[] = [];
  const key = backstoreKey(BLOCK, d.backstore);
  const bs = state.backstores.get(key);
  const createBackstore = targetcli.createBlockBackstore(d.backstore, d.device, d.serial);
  if (!bs) {
    actions.push({
      kind: "create",
      object: d.backstore,
      description: `create block backstore ${d.backstore} on ${d.device}`,
      commands: [createBackstore],
    });
  } else if (bs.device !== d.device || !bs.enabled) {
    removed.add(key);
    actions.push({
      kind: "update",
      object: d.backstore,
      description: `re-create block backstore ${d.backstore}: it serves "${bs.device}"${bs.enabled ? "" : " and is not enabled"}, not ${d.device}`,
      commands: [targetcli.deleteBackstore(BLOCK, d.backstore), createBackstore],
    });
  }

  const target = state.targets.get(d.targetIqn);
  const tpg = target?.tpgs.get(1);
  if (!target) {
    actions.push({
      kind: "create",
      object: d.targetIqn,
      description: `export ${d.volume} as ${d.targetIqn} to ${d.initiators.join(", ")}`,
      commands: createTarget(d),
    });
  } else if (!tpg) {
    actions.push({
      kind: "update",
      object: d.targetIqn,
      description: `re-create target ${d.targetIqn}: it has no TPG 1`,
      commands: [targetcli.deleteTarget(d.targetIqn), ...createTarget(d)],
    });
  } else {
    for (const tag of target.tpgs.keys()) {
      if (tag !== 1)
        update(actions, d.targetIqn, `remove TPG ${tag} of ${d.targetIqn}`, [targetcli.deleteTpg(d.targetIqn, tag)]);
    }
    actions.push(...fixTpg(d, tpg, key, removed));
  }
  return actions;
}

function update(actions: Action[], object: string, description: string, commands: string[]): void {
  actions.push({ kind: "update", object, description, commands });
}

/** A new target, ordered so that it is never reachable with looser access than wanted. */
function createTarget(d: DesiredExport): string[] {
  const iqn = d.targetIqn;
  const wanted = new Set(d.portals.map(portalName));
  return [
    targetcli.createTarget(iqn),
    targetcli.setAttributes(iqn, wantedAttributes(d)),
    // Whether targetcli added its default portal depends on a preference: the
    // delete (or create) that then fails is harmless; verification decides.
    ...(wanted.has(portalName(DEFAULT_PORTAL)) ? [] : [targetcli.deletePortal(iqn, DEFAULT_PORTAL)]),
    ...d.portals.map((p) => targetcli.createPortal(iqn, p)),
    targetcli.createLun(iqn, d.backstore),
    ...d.initiators.flatMap((i) => [
      targetcli.createAcl(iqn, i),
      ...(d.chap ? [targetcli.setAuth(iqn, i, d.chap.user, d.chap.secret)] : []),
      targetcli.createMappedLun(iqn, i),
    ]),
    targetcli.enableTpg(iqn),
  ];
}

function fixTpg(d: DesiredExport, tpg: Tpg, key: string, removed: Set<string>): Action[] {
  const iqn = d.targetIqn;
  const out: Action[] = [];
  // LUNs whose backstore is deleted by this plan are already gone.
  const luns = new Map([...tpg.luns].filter(([, bs]) => bs === undefined || !removed.has(bs)));
  const lunOk = luns.get(0) === key;
  for (const index of luns.keys()) {
    if (index !== 0) update(out, iqn, `remove LUN ${index} of ${iqn}`, [targetcli.deleteLun(iqn, index)]);
  }
  if (!lunOk) {
    update(out, iqn, `map LUN 0 of ${iqn} to backstore ${d.backstore}`, [
      ...(luns.has(0) ? [targetcli.deleteLun(iqn, 0)] : []),
      targetcli.createLun(iqn, d.backstore),
    ]);
  }

  const access: Action[] = [];
  for (const initiator of tpg.acls.keys()) {
    if (!d.initiators.includes(initiator))
      update(access, `${iqn}/${initiator}`, `remove ACL ${initiator} from ${iqn}`, [
        targetcli.deleteAcl(iqn, initiator),
      ]);
  }
  const user = d.chap?.user ?? "";
  const secret = d.chap?.secret ?? "";
  for (const initiator of d.initiators) {
    const object = `${iqn}/${initiator}`;
    const acl = tpg.acls.get(initiator);
    if (!acl) {
      update(access, object, `allow initiator ${initiator} on ${iqn}`, [
        targetcli.createAcl(iqn, initiator),
        ...(d.chap ? [targetcli.setAuth(iqn, initiator, user, secret)] : []),
        targetcli.createMappedLun(iqn, initiator),
      ]);
      continue;
    }
    if (acl.userid !== user || acl.password !== secret) {
      if (d.chap)
        update(access, object, `set the CHAP credentials of ACL ${initiator} on ${iqn}`, [
          targetcli.setAuth(iqn, initiator, user, secret),
        ]);
      else
        update(
          access,
          object,
          `clear the CHAP credentials of ACL ${initiator} on ${iqn}`,
          targetcli.clearAuth(iqn, initiator),
        );
    }
    // A mapped LUN pointing at a TPG LUN that this plan deletes goes with it.
    let mappedOk = false;
    const commands: string[] = [];
    for (const [index, m] of acl.mappedLuns) {
      if (index === 0 && m.tpgLun === 0 && lunOk && !m.writeProtect) mappedOk = true;
      else if (m.tpgLun === undefined || (m.tpgLun === 0 && lunOk))
        commands.push(targetcli.deleteMappedLun(iqn, initiator, index));
    }
    if (!mappedOk || commands.length > 0) {
      update(access, object, `map LUN 0 (read-write) and nothing else for ACL ${initiator} on ${iqn}`, [
        ...commands,
        ...(mappedOk ? [] : [targetcli.createMappedLun(iqn, initiator)]),
      ]);
    }
  }

  const want = wantedAttributes(d);
  const attributes: Action[] = [];
  const drifted = Object.keys(want).filter((a) => tpg.attributes[a] !== want[a]);
  if (drifted.length > 0)
    update(attributes, iqn, `set ${drifted.map((a) => `${a}=${want[a]}`).join(" ")} on ${iqn}`, [
      targetcli.setAttributes(iqn, want),
    ]);
  // Tighten before loosening: with CHAP wanted, enforce it before ACLs change; without, relax it last.
  out.push(...(d.chap ? [...attributes, ...access] : [...access, ...attributes]));

  const wanted = new Map(d.portals.map((p) => [portalName(p), p]));
  for (const name of tpg.portals) {
    if (!wanted.has(name))
      update(out, iqn, `remove portal ${name} from ${iqn}`, [targetcli.deletePortal(iqn, parseConfigfsPortal(name))]);
  }
  for (const [name, p] of wanted) {
    if (!tpg.portals.includes(name)) update(out, iqn, `add portal ${name} to ${iqn}`, [targetcli.createPortal(iqn, p)]);
  }
  if (!tpg.enabled) update(out, iqn, `enable TPG 1 of ${iqn}`, [targetcli.enableTpg(iqn)]);
  return out;
}

/** configfs portal directory name ("1.2.3.4:3260", "[::1]:3260") -> address and port. */
function parseConfigfsPortal(name: string): Portal {
  const i = name.lastIndexOf(":");
  return { address: name.slice(0, i).replace(/^\[(.*)\]$/, "$1"), port: Number(name.slice(i + 1)) };
}
