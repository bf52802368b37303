// `npm start`: serves demo/ with the built bundle; the address is printed on start.
export default {
  rootDir: '.',
  port: 8000,
  open: false,
  watch: false,
  appIndex: 'demo/index.html',
  nodeResolve: false,
};
