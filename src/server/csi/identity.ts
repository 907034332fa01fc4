// CSI Identity: who this plugin is, which services it offers, whether it is ready.
import {
  IdentityService,
  PluginCapability_Service_Type,
  PluginCapability_VolumeExpansion_Type,
  type IdentityServer,
  type PluginCapability,
} from "../../gen/csi/v1/csi.js";
import { unaryService } from "../grpc/unary.js";
import { VERSION } from "../../common/version.js";
import type { CsiContext } from "./context.js";

export function identityService(ctx: CsiContext): IdentityServer {
  const capabilities: PluginCapability[] = [
    ...(ctx.cfg.nodeOnly ? [] : [{ service: { type: PluginCapability_Service_Type.CONTROLLER_SERVICE } }]),
    { service: { type: PluginCapability_Service_Type.VOLUME_ACCESSIBILITY_CONSTRAINTS } },
    // Volumes grow while in use: lvextend, then the node rescans and grows the filesystem.
    ...(ctx.cfg.nodeOnly ? [] : [{ volumeExpansion: { type: PluginCapability_VolumeExpansion_Type.ONLINE } }]),
  ];
  return unaryService(ctx.deps, IdentityService, {
    getPluginInfo: () =>
      Promise.resolve({ name: ctx.cfg.driverName, vendorVersion: VERSION, manifest: { project: "lvmctl" } }),
    getPluginCapabilities: () => Promise.resolve({ capabilities }),
    probe: () => Promise.resolve({ ready: ctx.ready() }),
  });
}
