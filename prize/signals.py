"""An application's document goes with it: deleted from the private storage when the
application is deleted (the purge, a call's deletion, by hand)."""

from django.db.models.signals import post_delete
from django.dispatch import receiver

from prize.models import Application


@receiver(post_delete, sender=Application)
def delete_document(sender, instance, **kwargs):
    if instance.document:
        instance.document.storage.delete(instance.document.name)
