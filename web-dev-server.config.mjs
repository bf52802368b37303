// `npm start`: serves the repository, with the demo at the address it prints.
export default {
  rootDir: '.',
  port: 8000,
  open: false,
  watch: false,
  middleware: [
    (context, next) => {
      if (context.path === '/') context.redirect('/demo/');
      return next();
    },
  ],
};
