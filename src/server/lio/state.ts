// The running LIO configuration, read from configfs (/sys/kernel/config/target):
// machine-readable, always the live state (not the last save), and free of
// process starts — one targetcli start costs seconds under emulation.
import { readdir, readFile, readlink } from "node:fs/promises";
import { join } from "node:path";

export const CONFIGFS_TARGET = "/sys/kernel/config/target";

export interface Backstore {
  /** targetcli's name for the kind: block, fileio, pscsi, ramdisk, user. */
  plugin: string;
  name: string;
  /** The device or file it serves (configfs udev_path). */
  device: string;
  enabled: boolean;
}

export interface MappedLun {
  /** The TPG LUN it points at; undefined when the link is unreadable. */
  tpgLun: number | undefined;
  writeProtect: boolean;
}

export interface Acl {
  userid: string;
  password: string;
  mappedLuns: Map<number, MappedLun>;
}

export interface Tpg {
  enabled: boolean;
  /** attrib/<name> -> value, for the attributes lvmctl enforces. */
  attributes: Record<string, string>;
  /** LUN index -> backstore key ("plugin/name"), undefined when the link is unreadable. */
  luns: Map<number, string | undefined>;
  acls: Map<string, Acl>;
  /** Portal names as configfs has them: "0.0.0.0:3260", "[::1]:3260". */
  portals: string[];
}

export interface Target {
  tpgs: Map<number, Tpg>;
}

export interface LioState {
  /** Keyed by backstoreKey(plugin, name). */
  backstores: Map<string, Backstore>;
  /** iSCSI targets by IQN. */
  targets: Map<string, Target>;
}

export const backstoreKey = (plugin: string, name: string) => `${plugin}/${name}`;

export const TPG_ATTRIBUTES = [
  "authentication",
  "generate_node_acls",
  "demo_mode_write_protect",
  "cache_dynamic_acls",
] as const;

/** configfs HBA directory prefix -> targetcli backstore kind. */
const PLUGINS: Record<string, string> = {
  iblock: "block",
  fileio: "fileio",
  pscsi: "pscsi",
  rd_mcp: "ramdisk",
  user: "user",
};

async function dirs(path: string): Promise<string[]> {
  try {
    return (await readdir(path, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw err;
  }
}

async function links(path: string): Promise<string[]> {
  const entries = await readdir(path, { withFileTypes: true });
  return Promise.all(entries.filter((d) => d.isSymbolicLink()).map((d) => readlink(join(path, d.name))));
}

/** A configfs attribute without its trailing newline; "" when it cannot be read. */
async function attr(path: string): Promise<string> {
  try {
    return (await readFile(path, "utf8")).replace(/\n$/, "");
  } catch {
    return "";
  }
}

/** "lun_3" -> 3 */
function index(dir: string, prefix: string): number | undefined {
  const m = new RegExp(`^${prefix}(\\d+)$`).exec(dir);
  return m ? Number(m[1]) : undefined;
}

async function readBackstores(root: string): Promise<Map<string, Backstore>> {
  const out = new Map<string, Backstore>();
  for (const hba of await dirs(join(root, "core"))) {
    const m = /^([a-z_]+?)_(\d+)$/.exec(hba);
    if (!m) continue; // core/alua
    const plugin = PLUGINS[m[1]] ?? m[1];
    for (const name of await dirs(join(root, "core", hba))) {
      const dir = join(root, "core", hba, name);
      const [device, enabled] = await Promise.all([attr(join(dir, "udev_path")), attr(join(dir, "enable"))]);
      out.set(backstoreKey(plugin, name), { plugin, name, device, enabled: enabled === "1" });
    }
  }
  return out;
}

/** A LUN links to ".../core/<hba>/<backstore>". */
function backstoreOfLink(link: string): string | undefined {
  const parts = link.split("/");
  const m = /^([a-z_]+?)_\d+$/.exec(parts.at(-2) ?? "");
  return m ? backstoreKey(PLUGINS[m[1]] ?? m[1], parts.at(-1)!) : undefined;
}

async function readAcl(dir: string): Promise<Acl> {
  const mappedLuns = new Map<number, MappedLun>();
  for (const sub of await dirs(dir)) {
    const i = index(sub, "lun_");
    if (i === undefined) continue;
    const [link] = await links(join(dir, sub));
    mappedLuns.set(i, {
      tpgLun: link === undefined ? undefined : index(link.split("/").at(-1) ?? "", "lun_"),
      writeProtect: (await attr(join(dir, sub, "write_protect"))) === "1",
    });
  }
  // LIO shows cleared credentials as "NULL" (what rtslib writes to clear them).
  const [userid, password] = (
    await Promise.all([attr(join(dir, "auth", "userid")), attr(join(dir, "auth", "password"))])
  ).map((v) => (v === "NULL" ? "" : v));
  return { userid, password, mappedLuns };
}

async function readTpg(dir: string): Promise<Tpg> {
  const attributes: Record<string, string> = {};
  for (const a of TPG_ATTRIBUTES) attributes[a] = await attr(join(dir, "attrib", a));
  const luns = new Map<number, string | undefined>();
  for (const sub of await dirs(join(dir, "lun"))) {
    const i = index(sub, "lun_");
    if (i === undefined) continue;
    const [link] = await links(join(dir, "lun", sub));
    luns.set(i, link === undefined ? undefined : backstoreOfLink(link));
  }
  const acls = new Map<string, Acl>();
  for (const initiator of await dirs(join(dir, "acls")))
    acls.set(initiator, await readAcl(join(dir, "acls", initiator)));
  return {
    enabled: (await attr(join(dir, "enable"))) === "1",
    attributes,
    luns,
    acls,
    portals: (await dirs(join(dir, "np"))).sort(),
  };
}

async function readTargets(root: string): Promise<Map<string, Target>> {
  const out = new Map<string, Target>();
  for (const wwn of await dirs(join(root, "iscsi"))) {
    if (wwn === "discovery_auth") continue;
    const tpgs = new Map<number, Tpg>();
    for (const sub of await dirs(join(root, "iscsi", wwn))) {
      const tag = index(sub, "tpgt_");
      if (tag !== undefined) tpgs.set(tag, await readTpg(join(root, "iscsi", wwn, sub)));
    }
    out.set(wwn, { tpgs });
  }
  return out;
}

/** Reads the LIO state under `root`; a missing iscsi directory (module not loaded yet) means no targets. */
export async function readLioState(root = CONFIGFS_TARGET): Promise<LioState> {
  const [backstores, targets] = await Promise.all([readBackstores(root), readTargets(root)]);
  return { backstores, targets };
}
