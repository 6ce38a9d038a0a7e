from django.urls import path

from . import views

app_name = "licenses"

urlpatterns = [
    path("", views.license_list, name="license_list"),
    path("<slug:license_slug>/", views.license_detail, name="license_detail"),
    path("<slug:license_slug>/<slug:version_slug>/", views.version_detail, name="version_detail"),
    path(
        "<slug:license_slug>/compare/<slug:old_slug>/<slug:new_slug>/",
        views.version_compare,
        name="compare",
    ),
]
