"""The e2e Django project's pages: Django's own LoginView and LogoutView around a home and an account page."""
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import LoginView, LogoutView
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import path


def home(request):
    # An anonymous visitor gets a session before logging in, so login() has a session key to cycle.
    request.session['visits'] = request.session.get('visits', 0) + 1
    return render(request, 'home.html')


@login_required
def account(request):
    return render(request, 'account.html')


def signed_out(request):
    # Touches no session, so the logout's deletion of sessionid is the last word on it.
    return HttpResponse('<!doctype html><title>Signed out</title><p>Signed out.</p>')


urlpatterns = [
    path('', home),
    path('login/', LoginView.as_view(template_name='login.html')),
    path('account/', account),
    path('logout/', LogoutView.as_view(next_page='/signed-out/')),
    path('signed-out/', signed_out),
]
