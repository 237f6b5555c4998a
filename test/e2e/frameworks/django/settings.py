"""Settings of the e2e Django project: nothing about sessions, CSRF or cookies is set, so every one of them
is Django's default (db sessions, sessionid and csrftoken as global_settings.py has them)."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

SECRET_KEY = 'crumbtrail-e2e-only-not-a-secret'
DEBUG = False
ALLOWED_HOSTS = ['.example.test', '127.0.0.1']
ROOT_URLCONF = 'urls'
INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'django.contrib.sessions']
MIDDLEWARE = [
    'django.contrib.sessions.middleware.SessionMiddleware',
    'django.middleware.csrf.CsrfViewMiddleware',
    'django.contrib.auth.middleware.AuthenticationMiddleware',
]
DATABASES = {'default': {
    'ENGINE': 'django.db.backends.sqlite3',
    'NAME': os.path.join(os.environ['CRUMBTRAIL_DATA_DIR'], 'db.sqlite3'),
}}
TEMPLATES = [{
    'BACKEND': 'django.template.backends.django.DjangoTemplates',
    'DIRS': [os.path.join(HERE, 'templates')],
    'OPTIONS': {'context_processors': ['django.template.context_processors.request']},
}]
DEFAULT_AUTO_FIELD = 'django.db.models.AutoField'
USE_TZ = True
LOGIN_URL = '/login/'
LOGIN_REDIRECT_URL = '/account/'
