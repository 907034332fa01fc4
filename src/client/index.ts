// Public programmatic API of the lvmctl package.
export { LvmctlClient, DEFAULT_SERVER, type ConnectOptions, type PromiseClient } from "./client.js";
export { parseSize, formatSize } from "../common/size.js";
export * as volumeV1 from "../gen/lvmctl/v1/volume.js";
export * as volumeGroupV1 from "../gen/lvmctl/v1/volume_group.js";
export * as exportV1 from "../gen/lvmctl/v1/export.js";
