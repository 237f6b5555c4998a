// The pages both Express apps serve, and how they listen: on 127.0.0.1, a free port, announced on stdout (SIGTERM ends it).
export const USERS = new Map([['alice', 'wonderland']]);

const html = (title, body) => `<!doctype html><title>${title}</title>${body}`;

export const PAGES = {
  home: html('Home', '<p><a href="/login">Sign in</a></p>'),
  login: html('Sign in', '<form method="post" action="/login"><input name="username">'
    + ' <input name="password" type="password"> <button type="submit">Sign in</button></form>'),
  account: html('Account', '<p>Signed in.</p><form method="post" action="/logout"><button type="submit">Sign out</button></form>'),
  signedOut: html('Signed out', '<p>Signed out.</p>'),
};

export const validLogin = (body) => USERS.get(body?.username ?? '') === body?.password;

/** Listens on 127.0.0.1 (a free port) and says where on stdout. */
export const listenOnFreePort = (app) => {
  const server = app.listen(0, '127.0.0.1', () => {
    console.log(`listening on http://127.0.0.1:${server.address().port}`);
  });
};
