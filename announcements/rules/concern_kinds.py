"""What a concern is about (a fixed vocabulary shared by blocks, sections and feeds)."""

from django.utils.translation import gettext_lazy as _


class ConcernKind:
    """What a concern is about. Only license-clause concerns must cite a license."""

    LICENSE_CLAUSE = "license_clause"
    MODEL_QUALITY = "model_quality"
    ECOSYSTEM = "ecosystem"
    BUSINESS = "business"

    CHOICES = [
        (LICENSE_CLAUSE, _("License clause")),
        (MODEL_QUALITY, _("Model quality")),
        (ECOSYSTEM, _("Ecosystem")),
        (BUSINESS, _("Business")),
    ]
