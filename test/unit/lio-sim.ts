// A model of what targetcli (rtslib) does to LIO for the commands lvmctl
// emits, faithful where planning depends on it: a new target gets TPG 1,
// enabled, with the default portal; deleting a backstore deletes its LUNs, and
// deleting a LUN its mapped LUNs; a failing command changes nothing and the
// script goes on (as piped targetcli does).
import { backstoreKey, type LioState, type Tpg } from "../../src/server/lio/state.js";

export function emptyState(): LioState {
  return { backstores: new Map(), targets: new Map() };
}

function newTpg(): Tpg {
  return {
    enabled: true,
    attributes: { authentication: "0", generate_node_acls: "0", demo_mode_write_protect: "1", cache_dynamic_acls: "0" },
    luns: new Map(),
    acls: new Map(),
    portals: [],
  };
}

function deleteLun(tpg: Tpg, index: number): void {
  tpg.luns.delete(index);
  for (const acl of tpg.acls.values()) {
    for (const [i, m] of acl.mappedLuns) if (m.tpgLun === index) acl.mappedLuns.delete(i);
  }
}

const portalOf = (address: string, port: string) =>
  address.includes(":") ? `[${address}]:${port}` : `${address}:${port}`;

/** Runs one command; returns false when targetcli would have printed an error. */
export function simulate(state: LioState, line: string, opts = { defaultPortal: true }): boolean {
  const [path, command, ...args] = line.split(" ");
  // configshell's grammar: "key=" followed by another word takes that word as its value.
  const kv: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const eq = args[i].indexOf("=");
    if (eq < 0) continue;
    const key = args[i].slice(0, eq);
    let value = args[i].slice(eq + 1);
    if (value === "" && i + 1 < args.length) value = args[++i];
    kv[key] = value;
  }
  const fail = () => false;
  let m: RegExpExecArray | null;

  if ((m = /^\/backstores\/(\w+)$/.exec(path))) {
    const key = backstoreKey(m[1], command === "create" ? kv.name : args[0]);
    if (command === "create") {
      if (state.backstores.has(key)) return fail();
      state.backstores.set(key, { plugin: m[1], name: kv.name, device: kv.dev, enabled: true });
      return true;
    }
    if (!state.backstores.delete(key)) return fail();
    for (const t of state.targets.values()) {
      for (const tpg of t.tpgs.values()) for (const [i, bs] of tpg.luns) if (bs === key) deleteLun(tpg, i);
    }
    return true;
  }
  if (path === "/iscsi") {
    if (command === "create") {
      if (state.targets.has(args[0])) return fail();
      const tpg = newTpg();
      if (opts.defaultPortal) tpg.portals.push("0.0.0.0:3260");
      state.targets.set(args[0], { tpgs: new Map([[1, tpg]]) });
      return true;
    }
    return state.targets.delete(args[0]);
  }
  if ((m = /^\/iscsi\/([^/]+)$/.exec(path))) {
    const t = state.targets.get(m[1]);
    if (!t) return fail();
    if (command === "create") {
      if (t.tpgs.has(Number(args[0]))) return fail();
      t.tpgs.set(Number(args[0]), newTpg());
      return true;
    }
    return t.tpgs.delete(Number(args[0]));
  }
  m = /^\/iscsi\/([^/]+)\/tpg1(\/.*)?$/.exec(path);
  const tpg = m ? state.targets.get(m[1])?.tpgs.get(1) : undefined;
  if (!m || !tpg) return fail();
  const sub = m[2] ?? "";
  if (sub === "") {
    if (command === "enable") tpg.enabled = true;
    else if (command === "disable") tpg.enabled = false;
    else if (command === "set" && args[0] === "attribute") Object.assign(tpg.attributes, kv);
    else return fail();
    return true;
  }
  if (sub === "/luns") {
    if (command === "create") {
      const key = `${args[0].split("/")[2]}/${args[0].split("/").slice(3).join("/")}`;
      const index = Number(kv.lun);
      if (!state.backstores.has(key) || tpg.luns.has(index)) return fail();
      tpg.luns.set(index, key);
      return true;
    }
    if (!tpg.luns.has(Number(kv.lun))) return fail();
    deleteLun(tpg, Number(kv.lun));
    return true;
  }
  if (sub === "/acls") {
    if (command === "create") {
      if (tpg.acls.has(args[0])) return fail();
      tpg.acls.set(args[0], { userid: "", password: "", mappedLuns: new Map() });
      return true;
    }
    return tpg.acls.delete(args[0]);
  }
  if ((m = /^\/acls\/(.+)$/.exec(sub))) {
    const acl = tpg.acls.get(m[1]);
    if (!acl) return fail();
    if (command === "create") {
      const index = Number(kv.mapped_lun);
      if (acl.mappedLuns.has(index) || !tpg.luns.has(Number(kv.tpg_lun_or_backstore))) return fail();
      acl.mappedLuns.set(index, { tpgLun: Number(kv.tpg_lun_or_backstore), writeProtect: kv.write_protect === "true" });
      return true;
    }
    if (command === "delete") return acl.mappedLuns.delete(Number(args[0]));
    if ("userid" in kv) acl.userid = kv.userid;
    if ("password" in kv) acl.password = kv.password;
    return true;
  }
  if (sub === "/portals") {
    const name = portalOf(args[0], args[1]);
    if (command === "create") {
      if (tpg.portals.includes(name)) return fail();
      tpg.portals.push(name);
      tpg.portals.sort();
      return true;
    }
    if (!tpg.portals.includes(name)) return fail();
    tpg.portals.splice(tpg.portals.indexOf(name), 1);
    return true;
  }
  return fail();
}

export function simulateAll(state: LioState, lines: readonly string[], opts = { defaultPortal: true }): LioState {
  for (const line of lines) simulate(state, line, opts);
  return state;
}
