// The expected status of any request, from the documented contract and LVM's
// own naming rules (checked against lvcreate 2.03 on this host), written
// independently of the daemon's code. Static defects (a bad field, a VG
// outside the allow-list) are answered before anything is read; state-dependent
// answers follow the RPC's documented semantics.

export const MiB = 1024n * 1024n;
export const MAX_U64 = 2n ** 64n - 1n;
/** LVM's largest LV (8 EiB), the documented upper bound of size_bytes. */
export const MAX_SIZE = 2n ** 63n;

/** lvm2 2.03 apply_lvname_restrictions(): prefixes and substrings lvcreate refuses. */
export const RESERVED_PREFIXES = ["snapshot", "pvmove"];
export const RESERVED_SUBSTRINGS = [
  "_cdata",
  "_cmeta",
  "_corig",
  "_cpool",
  "_cvol",
  "_imeta",
  "_iorig",
  "_mimage",
  "_mlog",
  "_pmspare",
  "_rimage",
  "_rmeta",
  "_tdata",
  "_tmeta",
  "_vdata",
  "_vorigin",
  "_wcorig",
];
/** lvcreate refuses "vg/lv" names longer than this ("LV name ... length N is not supported"). */
export const MAX_VG_PLUS_LV = 124;

export function nameDefect(name: string): string | undefined {
  if (name === "") return "empty";
  if (name.length > 127) return "longer than 127";
  if (!/^[A-Za-z0-9+_.-]+$/.test(name)) return "characters outside A-Z a-z 0-9 + _ . -";
  if (name.startsWith("-")) return "leading '-'";
  if (name === "." || name === "..") return "reserved . or ..";
  return undefined;
}

export function lvNameDefect(name: string): string | undefined {
  const d = nameDefect(name);
  if (d) return d;
  for (const p of RESERVED_PREFIXES) if (name.startsWith(p)) return `reserved prefix ${p}`;
  for (const s of RESERVED_SUBSTRINGS) if (name.includes(s)) return `reserved substring ${s}`;
  return undefined;
}

/** RFC 3720 names as lvmctl documents them: iqn.YYYY-MM.reversed.domain[:unique] or eui. + 16 hex digits. */
export function iqnDefect(iqn: string): string | undefined {
  const v = iqn.toLowerCase();
  if (v.length > 223) return "longer than 223 bytes";
  const label = "[a-z0-9](?:[a-z0-9-]*[a-z0-9])?";
  if (new RegExp(`^iqn\\.\\d{4}-(?:0[1-9]|1[0-2])\\.${label}(?:\\.${label})+(?::[a-z0-9.:-]+)?$`).test(v))
    return undefined;
  if (/^eui\.[0-9a-f]{16}$/.test(v)) return undefined;
  return "not an iqn./eui. name";
}

/**
 * Page tokens are sealed by the daemon with a key only it holds, so every
 * non-empty token a client makes up (or alters) is refused.
 */
export function pageTokenDefect(token: string): string | undefined {
  return token === "" ? undefined : "not issued by this daemon";
}

export interface WorldLv {
  size: bigint;
  managed: boolean;
}

export interface World {
  vg: string;
  extent: bigint;
  free: bigint;
  lvs: Map<string, WorldLv>;
  metadataOnly: boolean;
}

export interface Expectation {
  codes: string[];
  /** The request would legitimately change the host: the hostile suite never sends those. */
  mutates: boolean;
  why: string;
}

const roundUp = (size: bigint, extent: bigint) => ((size + extent - 1n) / extent) * extent;

class Exp {
  statics: Array<[string, string]> = [];
  constructor(readonly world: World) {}

  lv(field: string, name: string) {
    const d = lvNameDefect(name);
    if (d) this.statics.push(["INVALID_ARGUMENT", `${field}: ${d}`]);
    return !d;
  }

  size(field: string, size: bigint) {
    const bad = size === 0n || size > MAX_SIZE;
    if (bad) this.statics.push(["INVALID_ARGUMENT", `${field}: ${size}`]);
    return !bad;
  }

  /** The VG a request names ("" = the daemon's default). */
  vg(requested: string): boolean {
    const vg = requested === "" ? this.world.vg : requested;
    const d = nameDefect(vg);
    if (d) this.statics.push(["INVALID_ARGUMENT", `volume_group: ${d}`]);
    else if (vg !== this.world.vg) this.statics.push(["PERMISSION_DENIED", `volume group ${vg} not configured`]);
    return !d && vg === this.world.vg;
  }

  /** A name that is valid on its own but too long together with the VG's name for lvcreate. */
  fullName(field: string, name: string) {
    if (!lvNameDefect(name) && this.world.vg.length + name.length > MAX_VG_PLUS_LV) {
      this.statics.push(["INVALID_ARGUMENT", `${field}: "${this.world.vg}/${name}" too long for LVM`]);
    }
  }

  done(state: () => { code: string; mutates?: boolean; why: string }, disabledFirst = false): Expectation {
    if (this.statics.length > 0) {
      // A service that is switched off may refuse every call before looking at it.
      if (disabledFirst) this.statics.push(["FAILED_PRECONDITION", "exports disabled on this host"]);
      return {
        codes: [...new Set(this.statics.map(([c]) => c))],
        mutates: false,
        why: this.statics.map(([, w]) => w).join("; "),
      };
    }
    const s = state();
    return { codes: [s.code], mutates: s.mutates ?? false, why: s.why };
  }
}

type Req = Record<string, unknown>;
const str = (r: Req, k: string) => (typeof r[k] === "string" ? r[k] : "");
const big = (r: Req, k: string) => (typeof r[k] === "bigint" ? r[k] : 0n);
const num = (r: Req, k: string) => (typeof r[k] === "number" ? r[k] : 0);
const bool = (r: Req, k: string) => r[k] === true;
const list = (r: Req, k: string) => (Array.isArray(r[k]) ? (r[k] as string[]) : []);

/** Expected outcome of one RPC (by its proto name) with a fully defaulted request. */
export function expect(world: World, rpc: string, r: Req): Expectation {
  const e = new Exp(world);
  const lv = (name: string) => world.lvs.get(name);
  switch (rpc) {
    case "CreateVolume": {
      const name = str(r, "name");
      const pool = str(r, "pool");
      const size = big(r, "sizeBytes");
      e.lv("name", name);
      e.size("size_bytes", size);
      if (pool !== "") e.lv("pool", pool);
      if (e.vg(str(r, "volumeGroup"))) e.fullName("name", name);
      return e.done(() => {
        const rounded = roundUp(size, world.extent);
        const existing = lv(name);
        if (existing) {
          if (!existing.managed) return { code: "ALREADY_EXISTS", why: "unmanaged LV of that name" };
          if (existing.size === rounded && pool === "") return { code: "OK", why: "idempotent retry" };
          return { code: "ALREADY_EXISTS", why: "exists with another size or pool" };
        }
        if (pool !== "") {
          if (lv(pool)) return { code: "INVALID_ARGUMENT", why: "pool is not a thin pool" };
          return { code: "NOT_FOUND", why: "no such pool" };
        }
        if (rounded > world.free) return { code: "RESOURCE_EXHAUSTED", why: "larger than the free space" };
        return { code: "OK", mutates: true, why: "would create" };
      });
    }
    case "GetVolume": {
      const name = str(r, "name");
      e.lv("name", name);
      e.vg(str(r, "volumeGroup"));
      return e.done(() => (lv(name) ? { code: "OK", why: "exists" } : { code: "NOT_FOUND", why: "missing" }));
    }
    case "ListVolumes": {
      if (str(r, "volumeGroup") !== "") e.vg(str(r, "volumeGroup"));
      const size = num(r, "pageSize");
      if (size < 0 || size > 1000) e.statics.push(["INVALID_ARGUMENT", `page_size ${size}`]);
      const t = pageTokenDefect(str(r, "pageToken"));
      if (t) e.statics.push(["INVALID_ARGUMENT", `page_token: ${t}`]);
      return e.done(() => ({ code: "OK", why: "list" }));
    }
    case "ResizeVolume": {
      const name = str(r, "name");
      const size = big(r, "sizeBytes");
      e.lv("name", name);
      e.size("size_bytes", size);
      e.vg(str(r, "volumeGroup"));
      return e.done(() => {
        const existing = lv(name);
        if (!existing) return { code: "NOT_FOUND", why: "missing" };
        if (!existing.managed) return { code: "FAILED_PRECONDITION", why: "unmanaged" };
        const rounded = roundUp(size, world.extent);
        if (rounded < existing.size) return { code: "INVALID_ARGUMENT", why: "would shrink" };
        if (rounded === existing.size) return { code: "OK", why: "same size: no-op" };
        if (rounded - existing.size > world.free)
          return { code: "RESOURCE_EXHAUSTED", why: "growth larger than the free space" };
        return { code: "OK", mutates: true, why: "would grow" };
      });
    }
    case "DeleteVolume": {
      const name = str(r, "name");
      e.lv("name", name);
      e.vg(str(r, "volumeGroup"));
      return e.done(() => {
        const existing = lv(name);
        if (!existing)
          return bool(r, "allowMissing")
            ? { code: "OK", why: "missing, allow_missing" }
            : { code: "NOT_FOUND", why: "missing" };
        if (!existing.managed) return { code: "FAILED_PRECONDITION", why: "unmanaged" };
        return { code: "OK", mutates: true, why: "would delete" };
      });
    }
    case "CreateSnapshot": {
      const name = str(r, "name");
      const source = str(r, "sourceName");
      const size = big(r, "sizeBytes");
      e.lv("name", name);
      e.lv("source_name", source);
      if (e.vg(str(r, "volumeGroup"))) e.fullName("name", name);
      return e.done(() => {
        const src = lv(source);
        if (!src) return { code: "NOT_FOUND", why: "no such source" };
        if (!src.managed) return { code: "FAILED_PRECONDITION", why: "unmanaged source" };
        if (size === 0n || size > MAX_SIZE)
          return { code: "INVALID_ARGUMENT", why: "snapshot of a thick volume needs a size" };
        if (lv(name)) return { code: "ALREADY_EXISTS", why: "name taken" };
        if (world.metadataOnly) return { code: "FAILED_PRECONDITION", why: "snapshots need device-mapper" };
        if (roundUp(size, world.extent) > world.free)
          return { code: "RESOURCE_EXHAUSTED", why: "larger than the free space" };
        return { code: "OK", mutates: true, why: "would snapshot" };
      });
    }
    case "ListVolumeGroups":
      return e.done(() => ({ code: "OK", why: "list" }));
    case "GetVolumeGroup":
      e.vg(str(r, "name"));
      return e.done(() => ({ code: "OK", why: "exists" }));
    // Exports: static checks are strict; what a well-formed request gets depends on LIO
    // (disabled on a metadata-only host), so any documented non-OK answer is accepted there.
    case "CreateExport":
    case "UpdateExport": {
      const name = str(r, "volumeName");
      e.lv("volume_name", name);
      e.vg(str(r, "volumeGroup"));
      const iqns = list(r, "initiatorIqns");
      if (rpc === "CreateExport" && iqns.length === 0) e.statics.push(["INVALID_ARGUMENT", "no initiators"]);
      for (const i of iqns) {
        const d = iqnDefect(i);
        if (d) e.statics.push(["INVALID_ARGUMENT", `initiator ${JSON.stringify(i).slice(0, 40)}: ${d}`]);
      }
      if (new Set(iqns.map((i) => i.toLowerCase())).size > 64)
        e.statics.push(["INVALID_ARGUMENT", "more than 64 initiators"]);
      return e.done(() => exportState(world, name, rpc), world.metadataOnly);
    }
    case "GetExport":
    case "DeleteExport": {
      const name = str(r, "volumeName");
      e.lv("volume_name", name);
      e.vg(str(r, "volumeGroup"));
      return e.done(() => exportState(world, name, rpc), world.metadataOnly);
    }
    case "ListExports": {
      if (str(r, "volumeGroup") !== "") e.vg(str(r, "volumeGroup"));
      const size = num(r, "pageSize");
      if (size < 0 || size > 1000) e.statics.push(["INVALID_ARGUMENT", `page_size ${size}`]);
      const t = pageTokenDefect(str(r, "pageToken"));
      if (t) e.statics.push(["INVALID_ARGUMENT", `page_token: ${t}`]);
      return e.done(
        () => ({ code: "OK|FAILED_PRECONDITION", why: "list (exports may be disabled)" }),
        world.metadataOnly,
      );
    }
    case "ReconcileExports":
      return e.done(() => ({
        code: bool(r, "dryRun") ? "OK|FAILED_PRECONDITION" : "FAILED_PRECONDITION",
        mutates: !world.metadataOnly && !bool(r, "dryRun"),
        why: "reconcile",
      }));
    default:
      return { codes: ["UNIMPLEMENTED"], mutates: false, why: `unknown RPC ${rpc}` };
  }
}

function exportState(world: World, name: string, rpc: string): { code: string; mutates?: boolean; why: string } {
  const s = exportStateEnabled(world, name, rpc);
  // A host with exports disabled may refuse before looking the volume up.
  return world.metadataOnly ? { ...s, code: `${s.code}|FAILED_PRECONDITION`, mutates: false } : s;
}

function exportStateEnabled(world: World, name: string, rpc: string): { code: string; mutates?: boolean; why: string } {
  const existing = world.lvs.get(name);
  if (!existing) return { code: "NOT_FOUND", why: "no such volume" };
  if (!existing.managed)
    return {
      code: rpc === "GetExport" ? "NOT_FOUND|FAILED_PRECONDITION" : "FAILED_PRECONDITION",
      why: "unmanaged volume",
    };
  if (world.metadataOnly)
    return { code: "FAILED_PRECONDITION|NOT_FOUND", why: "exports disabled (metadata-only host)" };
  return { code: "OK", mutates: rpc !== "GetExport", why: "would export" };
}

/** Whether `got` satisfies an expectation (codes may list alternatives as "A|B"). */
export function matches(exp: Expectation, got: string): boolean {
  return exp.codes.some((c) => c.split("|").includes(got));
}
