// A TCP port free on 127.0.0.1 now, for a server a script or a test starts (the test runner, PHP's server).
import {createServer} from 'node:net';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().on('error', reject).listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}
