"""Every operation answers a query parameter it does not read with a 400 naming it.

An ignored parameter would still make a new URL, so a new cache entry and a fresh render
each time (``/topics/?page=1``, ``?page=2``...); a client that misspells one
(``?topics=``) would get an unfiltered answer without knowing.
"""

from functools import wraps

from django.utils.translation import gettext as _
from ninja.params.models import QueryModel


def query_parameter_names(operation) -> frozenset[str]:
    names = set()
    for model in operation.models:
        if issubclass(model, QueryModel):
            names |= set(getattr(model, "__ninja_flatten_map__", None) or model.model_fields)
    return frozenset(names)


def refuse_unknown_query_parameters(run):
    """A ``view`` decorator of the router: runs before the operation reads its parameters."""
    operation = run.__self__
    accepted = query_parameter_names(operation)

    @wraps(run)
    def checked(request, **kwargs):
        unknown = sorted(set(request.GET) - accepted)
        if unknown:
            detail = (
                _("Unknown query parameter: %(names)s. This operation accepts: %(accepted)s.")
                if accepted
                else _("Unknown query parameter: %(names)s. This operation takes no query parameters.")
            ) % {"names": ", ".join(unknown), "accepted": ", ".join(sorted(accepted))}
            return operation.api.create_response(request, {"detail": detail}, status=400)
        return run(request, **kwargs)

    return checked
