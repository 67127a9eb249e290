import { createServer } from 'node:net';

/** A port given on the command line is in use: say so before a service fails obscurely. */
export class PortBusyError extends Error {
  constructor(
    readonly port: number,
    service: string,
  ) {
    super(`Port ${port} (${service}) is already in use. Stop whatever listens there (lsof -i :${port}) or omit the port flag to use a free port.`);
    this.name = 'PortBusyError';
  }
}

/** Resolves when `port` can be bound on 127.0.0.1, rejects with PortBusyError otherwise. */
export function assertPortFree(port: number, service: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', () => reject(new PortBusyError(port, service)));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}
