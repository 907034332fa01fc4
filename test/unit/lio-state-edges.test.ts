// Reading configfs where it departs from the common case: every backstore
// kind, disabled objects, unreadable links and attributes, write-protected
// mapped LUNs, HBA directories that are not backstore kinds, and errors that
// must not be mistaken for "no targets".
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readLioState } from "../../src/server/lio/state.js";

const roots: string[] = [];
afterEach(async () => {
  for (const root of roots.splice(0)) await rm(root, { recursive: true, force: true });
});

/** A configfs-like tree: a path ending in "/" is a directory, a string a file, { link } a symlink. */
async function tree(entries: Record<string, string | { link: string } | null>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "lvmctl-configfs-"));
  roots.push(root);
  for (const [path, value] of Object.entries(entries)) {
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

const backstore = (hba: string, name: string, udev: string | undefined, enable = "1\n") => ({
  [`core/${hba}/${name}/`]: null,
  [`core/${hba}/${name}/enable`]: enable,
  ...(udev === undefined ? {} : { [`core/${hba}/${name}/udev_path`]: udev }),
});

const IQN = "iqn.2026-11.io.lvmctl:vg0:data";
const T = `iscsi/${IQN}/tpgt_1`;
const INI = "iqn.1993-08.org.debian:01:host";

describe("backstores in configfs", () => {
  it("names every kind as targetcli does, and reads what each serves", async () => {
    const root = await tree({
      "core/alua/": null,
      ...backstore("iblock_10", "lvmctl:vg0:data", "/dev/vg0/data\n"),
      ...backstore("fileio_1", "file", "/srv/file.img\n"),
      ...backstore("pscsi_2", "passthrough", "/dev/sdb\n"),
      ...backstore("rd_mcp_3", "ram", "\n"),
      ...backstore("user_4", "tcmu", "\n"),
      ...backstore("newkind_5", "future", "x\n"),
      ...backstore("fileio_6", "stopped", "/srv/stopped.img\n", "0\n"),
      ...backstore("fileio_7", "blank", undefined),
      ...backstore("fileio_8", "twolines", "/srv/a\nb\n"),
      // Not HBA directories: never read as backstores.
      ...backstore("Iblock_9", "upper", "/dev/x\n"),
      ...backstore("iblock_9x", "suffix", "/dev/x\n"),
      ...backstore("iblock", "nonumber", "/dev/x\n"),
    });
    const state = await readLioState(root);
    expect(Object.fromEntries(state.backstores)).toEqual({
      "block/lvmctl:vg0:data": { plugin: "block", name: "lvmctl:vg0:data", device: "/dev/vg0/data", enabled: true },
      "fileio/file": { plugin: "fileio", name: "file", device: "/srv/file.img", enabled: true },
      "pscsi/passthrough": { plugin: "pscsi", name: "passthrough", device: "/dev/sdb", enabled: true },
      "ramdisk/ram": { plugin: "ramdisk", name: "ram", device: "", enabled: true },
      "user/tcmu": { plugin: "user", name: "tcmu", device: "", enabled: true },
      "newkind/future": { plugin: "newkind", name: "future", device: "x", enabled: true },
      "fileio/stopped": { plugin: "fileio", name: "stopped", device: "/srv/stopped.img", enabled: false },
      "fileio/blank": { plugin: "fileio", name: "blank", device: "", enabled: true },
      "fileio/twolines": { plugin: "fileio", name: "twolines", device: "/srv/a\nb", enabled: true },
    });
  });

  it("reports a configfs it cannot read instead of an empty LIO", async () => {
    const root = await tree({ "core/": null, iscsi: "not a directory" });
    await expect(readLioState(root)).rejects.toMatchObject({ code: "ENOTDIR" });
  });
});

describe("targets in configfs", () => {
  it("reads disabled TPGs, unreadable LUN links, write-protected and dangling mapped LUNs, sorted portals", async () => {
    const root = await tree({
      ...backstore("iblock_0", "lvmctl:vg0:data", "/dev/vg0/data\n"),
      [`${T}/enable`]: "0\n",
      [`${T}/lun/lun_0/a1`]: { link: "../../../../../../target/core/iblock_0/lvmctl:vg0:data" },
      [`${T}/lun/lun_1/`]: null, // a LUN whose link is missing
      [`${T}/lun/lun_2/b2`]: { link: "lvmctl:vg0:data" }, // a link that names no HBA
      [`${T}/lun/not_a_lun/`]: null,
      // Links into HBA directories: only "<kind>_<number>" is one.
      [`${T}/lun/lun_3/e5`]: { link: "../../../../../../target/core/Iblock_0/lvmctl:vg0:data" },
      [`${T}/lun/lun_4/f6`]: { link: "../../../../../../target/core/iblock_0x/lvmctl:vg0:data" },
      [`${T}/lun/lun_5/g7`]: { link: "../../../../../../target/core/iblock_10/lvmctl:vg0:data" },
      [`${T}/acls/${INI}/lun_0/c3`]: { link: `../../../../../../../target/iscsi/${IQN}/tpgt_1/lun/lun_0` },
      [`${T}/acls/${INI}/lun_0/write_protect`]: "1\n",
      [`${T}/acls/${INI}/lun_1/`]: null, // a mapped LUN without a link
      [`${T}/acls/${INI}/lun_2/d4`]: { link: `../../../../../../../target/iscsi/${IQN}/tpgt_1/lun/lun_x` },
      [`${T}/acls/${INI}/lun_2/write_protect`]: "0\n",
      [`${T}/acls/${INI}/auth/userid`]: "someone\n",
      [`${T}/acls/${INI}/auth/password`]: "NULL\n",
      [`${T}/np/[::1]:3261/`]: null,
      [`${T}/np/10.0.0.2:3260/`]: null,
      [`${T}/np/0.0.0.0:3260/`]: null,
      [`${T}/np/10.0.0.10:3260/`]: null,
      [`iscsi/${IQN}/tpgt_7/enable`]: "1\n",
      [`iscsi/${IQN}/fabric_statistics/`]: null,
    });
    const target = (await readLioState(root)).targets.get(IQN)!;
    expect([...target.tpgs.keys()].sort()).toEqual([1, 7]);
    const tpg = target.tpgs.get(1)!;
    expect(tpg.enabled).toBe(false);
    expect(target.tpgs.get(7)!.enabled).toBe(true);
    expect(tpg.attributes).toEqual({
      authentication: "",
      generate_node_acls: "",
      demo_mode_write_protect: "",
      cache_dynamic_acls: "",
    });
    expect(new Map([...tpg.luns].sort())).toEqual(
      new Map<number, string | undefined>([
        [0, "block/lvmctl:vg0:data"],
        [1, undefined],
        [2, undefined],
        [3, undefined],
        [4, undefined],
        [5, "block/lvmctl:vg0:data"],
      ]),
    );
    const acl = tpg.acls.get(INI)!;
    expect([acl.userid, acl.password]).toEqual(["someone", ""]);
    expect(new Map([...acl.mappedLuns].sort())).toEqual(
      new Map([
        [0, { tpgLun: 0, writeProtect: true }],
        [1, { tpgLun: undefined, writeProtect: false }],
        [2, { tpgLun: undefined, writeProtect: false }],
      ]),
    );
    expect(tpg.portals).toEqual(["0.0.0.0:3260", "10.0.0.10:3260", "10.0.0.2:3260", "[::1]:3261"]);
  });
});
