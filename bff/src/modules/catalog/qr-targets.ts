import { type Connection } from 'mongoose';
import { type QrTarget } from '@onetrip/shared';

/** Whether `target` names something that exists, for a kind of code whose targets another module owns. */
export type QrTargetCheck = (conn: Connection, target: string) => Promise<boolean>;

/**
 * The checks of QR targets owned by other modules (`app.qrTargets`): the hall
 * says which window codes point to a window group (it depends on the catalog,
 * so the catalog cannot ask it directly). One per app, like the other
 * registries, so two apps in one process never share checks.
 */
export class QrTargets {
  private readonly checks = new Map<QrTarget['kind'], QrTargetCheck>();

  register(kind: QrTarget['kind'], check: QrTargetCheck): void {
    this.checks.set(kind, check);
  }

  /** True when the kind's owner knows the target; false when it does not, or no module owns the kind. */
  async exists(conn: Connection, { kind, target }: QrTarget): Promise<boolean> {
    const check = this.checks.get(kind);
    return check ? check(conn, target) : false;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    qrTargets: QrTargets;
  }
}
