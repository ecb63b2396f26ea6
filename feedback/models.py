"""One answer to "Was this page helpful?".

Nothing about the visitor is stored: no address, no session, no browser
details. The comment is refused when it looks like it holds contact details
(feedback/comments.py).
"""

from django.db import models

COMMENT_MAX_LENGTH = 500


class PageFeedback(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="feedback"
    )
    helpful = models.BooleanField()
    comment = models.TextField(max_length=COMMENT_MAX_LENGTH, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = "page feedback"
        verbose_name_plural = "page feedback"
        ordering = ["-created_at"]

    def __str__(self):
        answer = "helpful" if self.helpful else "not helpful"
        return f"{answer} ({self.created_at:%Y-%m-%d})"
