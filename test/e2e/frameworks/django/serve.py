"""Runs the e2e Django project: /usr/bin/python3 serve.py (Debian's python3-django 3.2).

Migrates a sqlite database in $CRUMBTRAIL_DATA_DIR, creates the user alice, then serves on 127.0.0.1 (a
free port) with Django's own threaded WSGI server, printing `listening on http://127.0.0.1:<port>` once
the socket accepts connections.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ['DJANGO_SETTINGS_MODULE'] = 'settings'

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler  # noqa: E402
from django.core.wsgi import get_wsgi_application  # noqa: E402

call_command('migrate', verbosity=0, interactive=False)
User.objects.create_user('alice', password='wonderland')

server = ThreadedWSGIServer(('127.0.0.1', 0), WSGIRequestHandler)
server.set_app(get_wsgi_application())
print(f'listening on http://127.0.0.1:{server.server_port}', flush=True)
server.serve_forever()
