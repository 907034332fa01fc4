// CSI Identity: who this plugin is, which services it offers, whether it is ready.
import { IdentityService, PluginCapability_Service_Type, type IdentityServer } from "../../gen/csi/v1/csi.js";
import { unaryService } from "../grpc/unary.js";
import { VERSION } from "../../common/version.js";
import type { CsiContext } from "./context.js";

export function identityService(ctx: CsiContext): IdentityServer {
  const services = ctx.cfg.nodeOnly
    ? [PluginCapability_Service_Type.VOLUME_ACCESSIBILITY_CONSTRAINTS]
    : [
        PluginCapability_Service_Type.CONTROLLER_SERVICE,
        PluginCapability_Service_Type.VOLUME_ACCESSIBILITY_CONSTRAINTS,
      ];
  return unaryService(ctx.deps, IdentityService, {
    getPluginInfo: () =>
      Promise.resolve({ name: ctx.cfg.driverName, vendorVersion: VERSION, manifest: { project: "lvmctl" } }),
    getPluginCapabilities: () =>
      Promise.resolve({ capabilities: services.map((type) => ({ service: { type }, volumeExpansion: undefined })) }),
    probe: () => Promise.resolve({ ready: ctx.ready() }),
  });
}
