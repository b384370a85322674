# Each domain's models are imported from their own module (learning.models.catalog, ...); importing
# the modules here registers them with Django.
from . import catalog, portfolios  # noqa: F401
