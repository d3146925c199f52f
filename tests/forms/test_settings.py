"""The staff address: shown and editable for superusers and form managers only; the
retention period: superusers only."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from forms.models import FormsSettings

URL = "/admin/settings/forms/formssettings/"


@pytest.fixture
def editor(db):
    """An editor whose group may change the forms settings, but who is no superuser."""
    group = Group.objects.create(name="Forms settings editors")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="change_formssettings"),
    )
    user = get_user_model().objects.create_user("editor", "editor@example.org", "pw-123456789")
    user.groups.add(group)
    return user


def test_superuser_edits_the_staff_address(client, db):
    admin = get_user_model().objects.create_superuser("admin", "a@example.org", "pw-123456789")
    client.force_login(admin)
    response = client.get(URL, follow=True)
    assert response.status_code == 200
    assert 'name="staff_email"' in response.content.decode()
    response = client.post(edit_url(), {"staff_email": "desk@example.org", "retention_days": "180"})
    assert response.status_code == 302
    settings = FormsSettings.load()
    assert (settings.staff_email, settings.retention_days) == ("desk@example.org", 180)


def test_an_editor_cannot_change_the_staff_address(client, editor):
    client.force_login(editor)
    response = client.get(URL, follow=True)
    content = response.content.decode()
    assert 'name="staff_email"' not in content
    assert 'name="retention_days"' not in content
    client.post(edit_url(), {"staff_email": "attacker@example.org", "retention_days": "99999"})
    settings = FormsSettings.load()
    assert settings.staff_email == ""
    assert settings.retention_days == 365


def test_a_form_manager_changes_the_staff_address_only(client, editor):
    editor.groups.get().permissions.add(
        Permission.objects.get(codename="change_notification_settings")
    )
    client.force_login(editor)
    content = client.get(URL, follow=True).content.decode()
    assert 'name="staff_email"' in content
    assert 'name="retention_days"' not in content
    client.post(edit_url(), {"staff_email": "desk@example.org", "retention_days": "99999"})
    settings = FormsSettings.load()
    assert (settings.staff_email, settings.retention_days) == ("desk@example.org", 365)


def edit_url():
    return f"{URL}{FormsSettings.load().pk}/"
