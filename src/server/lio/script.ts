// targetcli commands, one line each, fed to a single targetcli process on
// stdin. Every value is validated by its producer (IQNs, encoded names, LV
// paths, portals, hex credentials); the token check below is a last line of
// defence so that nothing can smuggle a second command into the script.
import { LvmctlError } from "../errors.js";
import type { Portal } from "./names.js";

/** Characters configshell accepts in paths and values; no whitespace, no quoting. */
const TOKEN = /^[A-Za-z0-9:_.[\]/+=-]+$/;

function line(...tokens: string[]): string {
  for (const t of tokens) {
    if (!TOKEN.test(t)) throw new LvmctlError("INTERNAL", `refusing to pass "${t}" to targetcli`);
  }
  return tokens.join(" ");
}

const tpg = (iqn: string) => `/iscsi/${iqn}/tpg1`;
const acl = (iqn: string, initiator: string) => `${tpg(iqn)}/acls/${initiator}`;

export const targetcli = {
  createBlockBackstore: (name: string, device: string, serial: string) =>
    line("/backstores/block", "create", `name=${name}`, `dev=${device}`, `wwn=${serial}`),
  deleteBackstore: (plugin: string, name: string) => line(`/backstores/${plugin}`, "delete", name),
  createTarget: (iqn: string) => line("/iscsi", "create", iqn),
  deleteTarget: (iqn: string) => line("/iscsi", "delete", iqn),
  deleteTpg: (iqn: string, tag: number) => line(`/iscsi/${iqn}`, "delete", String(tag)),
  createLun: (iqn: string, backstore: string) =>
    line(`${tpg(iqn)}/luns`, "create", `/backstores/block/${backstore}`, "lun=0", "add_mapped_luns=false"),
  deleteLun: (iqn: string, lun: number) => line(`${tpg(iqn)}/luns`, "delete", `lun=${lun}`),
  createAcl: (iqn: string, initiator: string) => line(`${tpg(iqn)}/acls`, "create", initiator, "add_mapped_luns=false"),
  deleteAcl: (iqn: string, initiator: string) => line(`${tpg(iqn)}/acls`, "delete", initiator),
  createMappedLun: (iqn: string, initiator: string) =>
    line(acl(iqn, initiator), "create", "mapped_lun=0", "tpg_lun_or_backstore=0", "write_protect=false"),
  deleteMappedLun: (iqn: string, initiator: string, lun: number) => line(acl(iqn, initiator), "delete", String(lun)),
  setAuth: (iqn: string, initiator: string, user: string, secret: string) =>
    line(acl(iqn, initiator), "set", "auth", `userid=${user}`, `password=${secret}`),
  /**
   * An empty value clears (rtslib writes "NULL"), but only at the end of a
   * line: configshell would read "userid= password=" as userid "password=".
   */
  clearAuth: (iqn: string, initiator: string) => [
    line(acl(iqn, initiator), "set", "auth", "userid="),
    line(acl(iqn, initiator), "set", "auth", "password="),
  ],
  createPortal: (iqn: string, p: Portal) => line(`${tpg(iqn)}/portals`, "create", p.address, String(p.port)),
  deletePortal: (iqn: string, p: Portal) => line(`${tpg(iqn)}/portals`, "delete", p.address, String(p.port)),
  setAttributes: (iqn: string, attrs: Record<string, string>) =>
    line(tpg(iqn), "set", "attribute", ...Object.entries(attrs).map(([k, v]) => `${k}=${v}`)),
  enableTpg: (iqn: string) => line(tpg(iqn), "enable"),
};

/** The whole script: the steps, then saving the result for LIO's restore at boot. */
export function renderScript(commands: readonly string[]): string {
  return `${[...commands, "saveconfig"].join("\n")}\n`;
}
