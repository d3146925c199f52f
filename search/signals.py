"""Index a page when it is published, forget it when it is unpublished."""

from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from search.indexing import remove_entry, update_entry


@receiver(page_published)
def index_published_page(sender, instance, **kwargs):
    update_entry(instance)


@receiver(page_unpublished)
def forget_unpublished_page(sender, instance, **kwargs):
    remove_entry(instance)
