"""Acupress: guided acupressure at the desk."""

import time

__version__ = "0.1.0"
IMPORTED_AT = time.perf_counter()  # start-up times are told from here where the process start is not known
