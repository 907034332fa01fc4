// Resolves request names to LVM objects while enforcing the allow-list and
// the ownership tag: the fail-closed rules live here, in one place.
import { LvmctlError } from "./errors.js";
import { KeyedMutex } from "./keyed-mutex.js";
import type { Lvm } from "./lvm/lvm.js";
import { isManaged, type LogicalVolume, type VolumeGroupInfo } from "./lvm/model.js";
import { validateLvName, validateVgName } from "./lvm/names.js";

export class Inventory {
  private readonly mutations = new KeyedMutex();

  constructor(
    readonly lvm: Lvm,
    readonly volumeGroups: readonly string[],
  ) {}

  /** The VG a request means: validated, defaulted, and in the allow-list (checked before any command runs). */
  resolveVg(requested: string, field = "volume_group"): string {
    const vg = requested === "" ? this.volumeGroups[0] : requested;
    validateVgName(field, vg);
    if (!this.volumeGroups.includes(vg)) {
      throw new LvmctlError("PERMISSION_DENIED", `${field}: volume group "${vg}" is not managed by this lvmctld`);
    }
    return vg;
  }

  /** Validates an LV name from a request. */
  lvName(field: string, name: string): string {
    validateLvName(field, name);
    return name;
  }

  /** Runs a mutation with the VG's lock held; reads never take it. */
  mutate<T>(vg: string, fn: () => Promise<T>): Promise<T> {
    return this.mutations.run(vg, fn);
  }

  async vg(vg: string, signal?: AbortSignal): Promise<VolumeGroupInfo> {
    const [info] = await this.lvm.listVgs([vg], signal);
    if (!info) throw new LvmctlError("NOT_FOUND", `volume group "${vg}" not found`);
    return info;
  }

  async lvs(vgs: readonly string[], signal?: AbortSignal): Promise<LogicalVolume[]> {
    return this.lvm.listLvs(vgs, signal);
  }

  async findLv(vg: string, name: string, signal?: AbortSignal): Promise<LogicalVolume | undefined> {
    return (await this.lvs([vg], signal)).find((lv) => lv.name === name);
  }

  async requireLv(vg: string, name: string, signal?: AbortSignal): Promise<LogicalVolume> {
    const lv = await this.findLv(vg, name, signal);
    if (!lv) throw new LvmctlError("NOT_FOUND", `volume "${vg}/${name}" not found`);
    return lv;
  }

  /** Refuses to act on an LV lvmctl does not own. */
  requireManaged(lv: LogicalVolume): LogicalVolume {
    if (!isManaged(lv)) {
      throw new LvmctlError(
        "FAILED_PRECONDITION",
        `volume "${lv.vgName}/${lv.name}" is not managed by lvmctl (no lvmctl.managed tag); it is left untouched`,
      );
    }
    return lv;
  }
}
