"""A Flask app with Flask's default session (a signed cookie, itsdangerous) for the e2e frameworks test.

Run: /usr/bin/python3 app.py (Debian's python3-flask 2.2). Serves on 127.0.0.1 (a free port) with
Werkzeug's threaded server and prints `listening on http://127.0.0.1:<port>` once it accepts requests.
No SESSION_COOKIE_* setting is changed: every attribute of the session cookie is Flask's default.
"""
from flask import Flask, abort, redirect, request, session
from werkzeug.serving import make_server

app = Flask(__name__)
app.secret_key = 'crumbtrail-e2e-only-not-a-secret'

USERS = {'alice': 'wonderland'}
LOGIN_FORM = '''<!doctype html><title>Flask sign in</title>
<form method="post" action="/login">
  <input name="username"> <input name="password" type="password">
  <button type="submit">Sign in</button>
</form>'''


@app.get('/')
def home():
    # An anonymous visitor already has a session cookie before logging in (a visit counter).
    session['visits'] = session.get('visits', 0) + 1
    return '<!doctype html><title>Flask home</title><p><a href="/login">Sign in</a></p>'


@app.get('/login')
def login_form():
    return LOGIN_FORM


@app.post('/login')
def login():
    username = request.form.get('username', '')
    if USERS.get(username) != request.form.get('password'):
        abort(403)
    # A new session for the signed-in user: the cookie's content, and so its value, changes.
    session.clear()
    session['user'] = username
    return redirect('/account')


@app.get('/account')
def account():
    if 'user' not in session:
        return redirect('/login')
    return ('<!doctype html><title>Flask account</title><p>Signed in.</p>'
            '<form method="post" action="/logout"><button type="submit">Sign out</button></form>')


@app.post('/logout')
def logout():
    # An emptied session makes Flask delete the cookie in this response.
    session.clear()
    return redirect('/signed-out')


@app.get('/signed-out')
def signed_out():
    return '<!doctype html><title>Signed out</title><p>Signed out.</p>'


if __name__ == '__main__':
    server = make_server('127.0.0.1', 0, app, threaded=True)
    print(f'listening on http://127.0.0.1:{server.server_port}', flush=True)
    server.serve_forever()
