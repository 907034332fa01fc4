// A grpc.health.v1 check made with grpc-js and the health proto, independent of lvmctl's own client.
import { credentials, loadPackageDefinition, type Client, type ServiceError } from "@grpc/grpc-js";
import { loadSync } from "@grpc/proto-loader";
import { protoPath } from "grpc-health-check";

type HealthClient = Client & {
  check(
    req: { service: string },
    opts: { deadline: Date },
    cb: (err: ServiceError | null, res: { status: string }) => void,
  ): void;
};

const pkg = loadPackageDefinition(loadSync(protoPath, { enums: String })) as unknown as {
  grpc: {
    health: {
      v1: { Health: new (target: string, creds: ReturnType<typeof credentials.createInsecure>) => HealthClient };
    };
  };
};

export function checkHealth(server: string, service = ""): Promise<string> {
  const client = new pkg.grpc.health.v1.Health(server, credentials.createInsecure());
  return new Promise<string>((resolve, reject) => {
    client.check({ service }, { deadline: new Date(Date.now() + 2000) }, (err, res) => {
      client.close();
      if (err) reject(err);
      else resolve(res.status);
    });
  });
}
